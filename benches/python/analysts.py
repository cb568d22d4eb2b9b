"""The analyst's audit at a million rows, side by side with the peers in one run: deadlines with
pauses (the .zw accessor against a per-row loop over the typed API, and workalendar's
add_working_days where a peer exists), resident IDs parsed to columns (against python-stdnum's
cn.ric on the same IDs, answers compared first), credit standing as columns (against the JSON
door per subject), and a Spark job on local[2] with the vectorised zw_* functions against the
same job with row-at-a-time Python UDFs. Synthetic, seeded inputs; best of 3 except Spark (one
run after a warm-up).

usage: python benches/python/analysts.py [ROWS] [--no-spark]
"""

import datetime as dt
import json
import os
import sys
import time

import numpy as np
import pandas as pd
import pyarrow as pa

import zhengwu

N = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1_000_000
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
rng = np.random.default_rng(2024)


def best(f, runs=3):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        out = f()
        times.append(time.perf_counter() - t)
    return min(times), out


def line(what, n, secs, unit="row"):
    print(f"{what}: {n:,} {unit}s in {secs:.3f} s = {secs / n * 1e9:,.0f} ns per {unit}")


engine = zhengwu.Engine()

# Deadlines with one pause per row.
starts = pd.Series(pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 2500, N), unit="D"))
limits = pd.Series(rng.integers(1, 60, N))
paused = rng.random(N) < 0.3
pf = (starts + pd.to_timedelta(rng.integers(1, 20, N), unit="D")).where(paused)
pt = (pf + pd.to_timedelta(rng.integers(0, 10, N), unit="D")).where(paused)
frame = pd.DataFrame({"start": starts, "limit": limits, "pf": pf, "pt": pt})
secs, out = best(lambda: frame.zw.deadline("start", workdays="limit", pause_from="pf", pause_to="pt", engine=engine))
line("deadlines with pauses, frame.zw.deadline", N, secs)
k = 20_000
sample = frame.head(k)
t = time.perf_counter()
loop = [
    engine.calendar.deadline(r.start, workdays=int(r.limit), pauses=[(r.pf, r.pt)] if not pd.isna(r.pf) else []).due
    for r in sample.itertuples()
]
line("deadlines with pauses, per-row typed API", k, time.perf_counter() - t)
assert [d.date() for d in out.due.head(k)] == loop, "accessor and per-row API disagree"
try:
    from workalendar.asia import China

    china = China()
    t = time.perf_counter()
    peer = [china.add_working_days(d.date(), int(n)) for d, n in zip(starts.head(k), limits.head(k))]
    line("deadlines without pauses, workalendar China.add_working_days", k, time.perf_counter() - t)
except Exception as e:  # the peer covers fewer years or is not installed
    print(f"workalendar: {type(e).__name__}: {e}")

# Resident IDs to columns.
regions = np.array(["110105", "120107", "440305", "371402", "120116", "310101"])
bodies = [f"{r}{y}{m:02d}{d:02d}{s:03d}" for r, y, m, d, s in zip(
    rng.choice(regions, N), rng.integers(1950, 2006, N), rng.integers(1, 13, N), rng.integers(1, 29, N), rng.integers(0, 1000, N))]
ids = [b + "10X98765432"[sum(int(c) * w for c, w in zip(b, W)) % 11] for b in bodies]
for what, col in (("pyarrow", pa.array(ids)), ("pandas str", pd.Series(ids))):
    secs, df = best(lambda: zhengwu.parse_resident_ids(col))
    line(f"resident IDs to columns ({what})", N, secs)
assert bool(df.valid.all())
try:
    from stdnum.cn import ric

    k = 100_000
    t = time.perf_counter()
    peer = [(ric.is_valid(x), ric.get_birth_date(x) if ric.is_valid(x) else None) for x in ids[:k]]
    line("resident IDs, python-stdnum cn.ric is_valid + get_birth_date", k, time.perf_counter() - t)
    agree = sum(p[0] == bool(v) for p, v in zip(peer, df.valid[:k]))
    print(f"  python-stdnum agrees on validity for {agree:,} of {k:,} (it refuses address codes its own table lacks)")
except ImportError:
    print("python-stdnum: not installed")

# Credit standing.
kinds = [
    "[]",
    json.dumps([{"type": "judgement", "on": "2024-01-01", "judgement": "honest"}]),
    json.dumps([{"type": "judgement", "on": "2024-03-01", "judgement": "dishonest", "form": "late_materials", "severity": "general"},
                {"type": "rectified", "on": "2024-04-01"}]),
]
records = pa.array([kinds[i] for i in rng.integers(0, 3, N)])
secs, cs = best(lambda: zhengwu.credit_status(records, "2025-06-03", engine=engine))
line("credit standing as columns", N, secs, "subject")
k = 20_000
t = time.perf_counter()
for r in records[:k].to_pylist():
    engine.call("credit.status", {"subject": {"uscc": "91350100M000100Y43"}, "records": json.loads(r), "today": "2025-06-03"})
line("credit standing, JSON door per subject", k, time.perf_counter() - t, "subject")

if "--no-spark" in sys.argv:
    sys.exit(0)

os.environ["PYSPARK_PYTHON"] = sys.executable
from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql.functions import udf  # noqa: E402

import zhengwu.spark  # noqa: E402

spark = (SparkSession.builder.master("local[2]").appName("zhengwu-bench").config("spark.ui.enabled", "false")
         .config("spark.sql.execution.arrow.pyspark.enabled", "true").config("spark.driver.memory", "2g").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
zhengwu.spark.register(spark)
_row_engine = {}


def _eng():
    if "e" not in _row_engine:
        _row_engine["e"] = zhengwu.Engine()
    return _row_engine["e"]


spark.udf.register("row_add_workdays", udf(lambda d, n: None if d is None or n is None else _eng().calendar.add_workdays(d, n), "date"))
spark.udf.register("row_resident_id_valid", udf(lambda s: None if s is None else zhengwu.is_valid_resident_id(s), "boolean"))
spark.createDataFrame(pd.DataFrame({"d": starts.dt.date, "n": limits.astype("int32"), "rid": ids})).createOrReplaceTempView("rows")
spark.sql("cache table rows")
for name, sql in (
    ("vectorised zw_* (Arrow)", "select count(zw_add_workdays(d, n)), sum(cast(zw_resident_id_valid(rid) as int)) from rows"),
    ("row-at-a-time Python UDFs", "select count(row_add_workdays(d, n)), sum(cast(row_resident_id_valid(rid) as int)) from rows"),
):
    spark.sql(sql.replace("from rows", "from rows limit 1000")).collect()  # warm-up: workers started
    t = time.perf_counter()
    r = spark.sql(sql).collect()[0]
    secs = time.perf_counter() - t
    print(f"Spark local[2], {name}: {N:,} rows in {secs:.2f} s = {N / secs:,.0f} rows/s  {tuple(r)}")
spark.stop()
