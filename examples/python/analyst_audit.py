"""An analyst's audit of a district's year, in a few vectorised calls (notebook-style: run it
cell by cell in Jupyter, or as a script). A synthetic, seeded year of cases with applicants'
ID numbers and credit codes (not data of any real district): who applied (regions and ages from
the ID numbers), which deadlines were kept (overdue share by month, the spread of deadlines),
and the applicants' credit tiers. Plots are written with matplotlib when it is installed
(``pip install zhengwu[plots]``); the tables print either way.

usage: python examples/python/analyst_audit.py [ROWS] [OUT_DIR]
"""

import json
import pathlib
import sys
import time

import numpy as np
import pandas as pd

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from synthetic_cases import year_of_cases  # noqa: E402

import zhengwu  # noqa: E402

n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
out_dir = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "target/examples")
out_dir.mkdir(parents=True, exist_ok=True)
engine = zhengwu.Engine()
rng = np.random.default_rng(11)

# %% The year's cases, with applicants: a resident ID (some typed with spaces, some missing,
# a few wrong) and, for half, an organisation's credit code.
cases = year_of_cases(n, seed=11)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
regions = ["120101", "120102", "120103", "120104", "120105", "120106", "120107", "120116", "110105", "130102"]
bodies = [f"{r}{y}{m:02d}{d:02d}{s:03d}" for r, y, m, d, s in zip(
    rng.choice(regions, n), rng.integers(1950, 2004, n), rng.integers(1, 13, n), rng.integers(1, 29, n), rng.integers(0, 1000, n))]
ids = pd.Series([b + "10X98765432"[sum(int(c) * w for c, w in zip(b, W)) % 11] for b in bodies], index=cases.index, dtype="str")
ids[rng.random(n) < 0.02] = None
typo = rng.random(n) < 0.01
ids[typo] = ids[typo].str.slice(0, 17) + "0"
spaced = rng.random(n) < 0.05
ids[spaced] = ids[spaced].str.slice(0, 6) + " " + ids[spaced].str.slice(6)
cases["applicant_id"] = ids

# %% Who applied: every ID read in one call (index kept; no full number in the answer).
t = time.perf_counter()
people = cases["applicant_id"].zw.resident_id(today="2024-12-31")
print(f"read {len(people):,} ID numbers in {time.perf_counter() - t:.3f} s")
print(people["reason"].value_counts(dropna=False).to_string())
print(people.groupby("county", observed=True).size().sort_values(ascending=False).head(8).to_string())
age = (pd.Timestamp("2024-12-31") - people["birth_date"]).dt.days // 365

# %% Which deadlines were kept: every case supervised in one call.
sup = engine.supervise_cases(cases, "2025-03-31")
month = cases["received"].dt.to_period("M")
overdue = (sup["late_promised"]).groupby(month).mean()
print("overdue share by month of receipt:")
print(overdue.map("{:.1%}".format).to_string())
spread = (sup["promised_due"] - cases["accepted"]).dt.days
print(f"deadline after acceptance, calendar days: median {spread.median():.0f}, p90 {spread.quantile(0.9):.0f}")

# %% Credit tiers of the organisations among the applicants: one standing per subject.
subjects = pd.Series([f"S{i:05d}" for i in range(5000)])
kinds = [
    [],
    [{"type": "judgement", "on": "2024-02-01", "judgement": "honest"}],
    [{"type": "judgement", "on": "2024-02-01", "judgement": "honest"}, {"type": "judgement", "on": "2024-05-01", "judgement": "honest"}],
    [{"type": "judgement", "on": "2024-03-01", "judgement": "dishonest", "form": "late_materials", "severity": "general"}],
    [{"type": "judgement", "on": "2023-03-01", "judgement": "dishonest", "form": "falsified", "severity": "severe"}, {"type": "rectified", "on": "2023-05-01"}],
]
records = pd.Series([json.dumps(kinds[k]) for k in rng.choice(len(kinds), len(subjects), p=[0.55, 0.25, 0.12, 0.06, 0.02])], index=subjects)
credit = zhengwu.credit_status(records, "2024-12-31")
tiers = credit["inspection"].value_counts().reindex(["reduced", "normal", "increased"])
print("inspection tiers (双随机抽查):")
print(tiers.to_string())
print(f"blacklisted: {int(credit['blacklisted'].sum())}, removal possible by year end: {int((credit['removal_eligible_on'] <= '2024-12-31').sum())}")

# %% Pictures, where matplotlib is installed.
try:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
except ImportError:
    print("matplotlib is not installed: no plots (pip install zhengwu[plots])")
    sys.exit(0)
for family in ("Noto Sans CJK SC", "WenQuanYi Zen Hei", "Source Han Sans SC"):
    if any(f.name == family for f in matplotlib.font_manager.fontManager.ttflist):
        plt.rcParams["font.family"] = family
        break
fig, axes = plt.subplots(2, 2, figsize=(11, 7.5))
ax = axes[0][0]
ax.bar([str(p) for p in overdue.index], overdue.values * 100, color="#b5473a")
ax.set_title("超过承诺时限的办件占比（按收件月份）")
ax.set_ylabel("%")
ax.tick_params(axis="x", labelrotation=60, labelsize=7)
ax = axes[0][1]
ax.hist(spread.dropna(), bins=range(0, 60), color="#3a6fb5")
ax.set_title("受理至承诺办结的自然日数")
ax = axes[1][0]
ax.bar(["减少检查频次", "正常检查频次", "增加检查频次"], tiers.values, color=["#4a9a5b", "#999999", "#b5473a"])
ax.set_title("信用分级：检查频次")
ax = axes[1][1]
ax.hist(age.dropna(), bins=range(15, 80, 2), color="#7a5ab5")
ax.set_title("申请人年龄（据公民身份号码）")
fig.tight_layout()
path = out_dir / "analyst_audit.png"
fig.savefig(path, dpi=110)
print(f"wrote {path}")
