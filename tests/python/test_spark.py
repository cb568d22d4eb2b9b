"""zhengwu on Spark (a real local[2] session on this machine's JDK) and on Dask: a million rows
with nulls through the registered zw_* SQL functions, every answer equal to the per-row API's."""

import datetime as dt
import os
import sys

import numpy as np
import pandas as pd
import pytest

import zhengwu

N = 1_000_000
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _resident(body):
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]


# A pool of identifiers: valid ones of several regions (retired 塘沽区 among them), typed with
# spaces, with a wrong check character, and short.
POOL = [_resident(f"{r}19{y:02d}0{m}1{d}00{s}") for r in ("110105", "120107", "440305", "371402") for y, m, d, s in ((49, 1, 2, 3), (85, 6, 5, 8), (99, 9, 8, 1))]
POOL += ["110105 19491231 002X", "110105194912310021", "12345", "91350100M000100Y43"]


@pytest.fixture(scope="module")
def spark():
    pyspark = pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    s = (
        SparkSession.builder.master("local[2]").appName("zhengwu-test")
        .config("spark.ui.enabled", "false").config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.driver.memory", "2g").config("spark.sql.session.timeZone", "Asia/Shanghai").getOrCreate()
    )
    s.sparkContext.setLogLevel("ERROR")
    assert pyspark.__version__
    yield s
    s.stop()


def test_a_million_rows_on_spark_equal_the_per_row_api(spark):
    import zhengwu.spark

    zhengwu.spark.register(spark)
    spark.sql(
        f"""select id,
              case when id % 13 = 0 then null else date_add(date'2019-01-01', cast((id * 7919) % 2900 as int)) end as d,
              case when id % 29 = 0 then null else cast(id % 45 as int) end as n,
              case when id % 17 = 0 then null else element_at(array({",".join(repr(p) for p in POOL)}), cast(id % {len(POOL)} as int) + 1) end as rid
            from range({N})"""
    ).createOrReplaceTempView("rows")
    got = spark.sql(
        """select id, d, n, rid, zw_is_workday(d) as workday, zw_add_workdays(d, n) as added,
                  zw_workdays_between(d, date'2026-06-30') as between, zw_deadline(d, n) as due,
                  zw_resident_id_valid(rid) as valid, zw_resident_id_region(rid).county as county,
                  zw_resident_id_birth_date(rid) as birth, zw_uscc_valid(rid) as uscc
           from rows order by id"""
    ).toPandas()
    assert len(got) == N
    engine = zhengwu.Engine()
    cal = engine.calendar
    memo = {}

    def per_row(key, f):
        """The per-row API's answer, None where it refuses (a day past the calendar's years):
        there the Spark function answers null rather than fail the job."""
        if key not in memo:
            try:
                memo[key] = f()
            except zhengwu.CalendarError:
                memo[key] = None
        return memo[key]

    def date(x):
        return None if x is None or pd.isna(x) else pd.Timestamp(x).date()

    nulls = {"workday": 0, "added": 0, "valid": 0}
    for row in got.itertuples(index=False):
        d, n, rid = date(row.d), None if pd.isna(row.n) else int(row.n), None if pd.isna(row.rid) else row.rid
        if d is None:
            assert pd.isna(row.workday) and pd.isna(row.added) and pd.isna(row.due)
            nulls["workday"] += 1
        else:
            assert (None if pd.isna(row.workday) else bool(row.workday)) == per_row(("w", d), lambda: cal.is_workday(d))
            assert (None if pd.isna(row.between) else int(row.between)) == per_row(("b", d), lambda: cal.workdays_between(d, dt.date(2026, 6, 30)))
            if n is None:
                assert pd.isna(row.added)
                nulls["added"] += 1
            else:
                assert date(row.added) == per_row(("a", d, n), lambda: cal.add_workdays(d, n))
                due = per_row(("d", d, n), lambda: cal.deadline(d, workdays=n))
                assert date(row.due) == (due.due if due is not None else None)
        if rid is None:
            assert pd.isna(row.valid) and pd.isna(row.county)
            nulls["valid"] += 1
        else:
            check = per_row(("r", rid), lambda: zhengwu.check_resident_id(rid))
            assert bool(row.valid) == check.valid
            assert (None if pd.isna(row.county) else row.county) == (check.region or {}).get("name")
            assert date(row.birth) == check.birth_date
            assert bool(row.uscc) == per_row(("u", rid), lambda: zhengwu.is_valid_uscc(rid))
    assert nulls["workday"] == len(range(0, N, 13)) and nulls["valid"] == len(range(0, N, 17)) and nulls["added"] > 0


def test_credit_status_and_a_paused_deadline_on_spark(spark):
    import zhengwu.spark

    zhengwu.spark.register(spark)
    row = spark.sql(
        """select zw_deadline_paused(date'2024-09-20', 20, date'2024-10-09', date'2024-10-11') as due,
                  zw_credit_status('[{"type":"judgement","on":"2024-03-01","judgement":"dishonest","form":"falsified","severity":"severe"}]', date'2024-06-03') as s,
                  zw_credit_status('not json', date'2024-06-03') as bad,
                  zw_is_workday(date'2031-01-01') as beyond"""
    ).collect()[0]
    assert row.due == dt.date(2024, 10, 28)
    assert row.s.blacklisted and row.s.severe and not row.s.commitment_allowed and row.s.inspection == "increased"
    assert row.s.listed_since == dt.date(2024, 3, 1)
    assert row.bad.blacklisted is None, "a bad row is null, not a failed job"
    assert row.beyond is None


def test_dask_map_partitions_equals_pandas():
    dd = pytest.importorskip("dask.dataframe")
    rng = np.random.default_rng(3)
    frame = pd.DataFrame(
        {"d": pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 2900, 20_000), unit="D"), "id": rng.choice(POOL, 20_000)}
    )
    frame.loc[::11, "d"] = pd.NaT
    engine = zhengwu.Engine()
    direct = frame.d.zw.add_workdays(5, engine=engine)
    parts = dd.from_pandas(frame, npartitions=4)
    via_dask = parts.map_partitions(lambda p: p.d.zw.add_workdays(5, engine=engine), meta=("d", "datetime64[s]")).compute()
    pd.testing.assert_series_equal(via_dask.sort_index(), direct, check_names=False)
    valid = parts.map_partitions(lambda p: p.id.zw.resident_id()["valid"], meta=("valid", "boolean")).compute()
    pd.testing.assert_series_equal(valid.sort_index(), frame.id.zw.resident_id()["valid"], check_names=False)
