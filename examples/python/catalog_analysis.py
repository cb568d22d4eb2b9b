"""Notebook-style analysis of the embedded catalog with pandas: the matters as a DataFrame,
deadlines for a column of dates in one batch call, and the catalog's measures against the
reform targets."""

import datetime as dt

import numpy as np
import pandas as pd

import zhengwu

engine = zhengwu.Engine()

# %% The catalog's matters as a DataFrame, with the bundles they belong to.
rows = []
for b in engine.bundles():
    for m in b.matters:
        rows.append({"bundle": b.name, "audience": b.audience, "code": m.code, "matter": m.name, "department": m.department.name})
bundles = pd.DataFrame(rows)
matters = pd.DataFrame(
    [
        {"code": m.code, "kind": m.kind, "statutory": m.statutory_workdays, "promised": m.promised_workdays,
         "online": "online" in m.modes, "commitment": m.commitment_allowed, "fee": m.fee.amount if m.fee else None}
        for m in engine.matters()
    ]
)
df = bundles.merge(matters, on="code")
print(df.groupby("audience")["code"].nunique().rename("matters"))
print(df.groupby("department")["code"].nunique().sort_values(ascending=False).head(5))

# %% Deadlines for a column of application dates: the promised limit, in working days.
applications = pd.DataFrame({
    "code": np.resize(matters["code"].to_numpy(), 1000),
    "applied_on": pd.to_datetime("2024-01-02") + pd.to_timedelta(np.arange(1000) % 300, unit="D"),
})
applications = applications.merge(matters[["code", "promised"]], on="code")
applications["due"] = engine.calendar.add_workdays_batch(applications["applied_on"], applications["promised"].to_numpy())
applications["natural_days"] = (applications["due"] - applications["applied_on"]).dt.days
print(applications.head())
print("longest wait in natural days for a promised limit:", applications.loc[applications["natural_days"].idxmax(), ["applied_on", "promised", "due"]].to_dict())
spring = applications[(applications["applied_on"] >= "2024-02-05") & (applications["applied_on"] <= "2024-02-09")]
assert (spring["natural_days"] >= spring["promised"]).all()

# %% The catalog against the §2 targets.
stats = engine.stats()
targets = pd.DataFrame(stats["targets"])[["label", "value", "target", "met", "count", "of"]]
print(targets.to_string(index=False))
print(pd.DataFrame(stats["departments"])[["name", "matters", "share", "met"]].to_string(index=False))
assert len(df["bundle"].unique()) == 23
