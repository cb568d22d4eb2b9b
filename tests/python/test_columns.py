"""Columns for analysts: identifiers and deadlines over columns agree with the row-by-row API,
keep the caller's index, take every date type and Arrow input, and carry missing values through."""

import datetime as dt
import json

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

import zhengwu
from conftest import ROOT

IDS = ["11010519491231002X", "110105 19491231 002X", None, "120107197001010016", "110105194912310021", "1", "44030519900101001X"]


def vectors(op):
    out = []
    for f in sorted((ROOT / "tests" / "vectors").rglob("*.json")):
        data = json.loads(f.read_text("utf-8"))
        if isinstance(data, list):
            out += [v for v in data if v.get("op") == op and "expect" in v and "config" not in v]
    assert out, op
    return out


def test_resident_columns_agree_with_the_full_check_on_every_vector():
    ids = [v["input"]["id"] for v in vectors("id.resident") if set(v["input"]) == {"id"}]
    df = zhengwu.parse_resident_ids(ids)
    for i, x in enumerate(ids):
        c = zhengwu.check_resident_id(x)
        assert bool(df.valid[i]) == c.valid, x
        assert df.reason[i] == c.reasons[0].code, x
        assert (None if pd.isna(df.birth_date[i]) else df.birth_date[i].date()) == c.birth_date
        if c.region is not None:
            assert df.region[i] == c.region["code"] and df.province[i] == c.region["province"]


def test_json_door_and_columns_say_the_same(engine):
    door = engine.call("id.resident_batch", {"ids": IDS})
    df = zhengwu.parse_resident_ids(IDS)
    assert [None if pd.isna(v) else bool(v) for v in df.valid] == [None if r == "id.missing" else v for v, r in zip(door["valid"], door["reason"])]
    assert [None if pd.isna(r) else r for r in df.reason] == [None if r == "id.missing" else r for r in door["reason"]]
    for col in ("region", "province", "prefecture", "county", "sex"):
        assert [None if pd.isna(v) else v for v in df[col]] == door[col], col
    assert [None if pd.isna(d) else str(d.date()) for d in df.birth_date] == door["birth_date"]
    door = engine.call("id.uscc_batch", {"codes": ["91 350100 M000100Y43", None, "x"]})
    df = zhengwu.parse_usccs(["91 350100 M000100Y43", None, "x"])
    assert [None if pd.isna(v) else v for v in df.code] == door["code"]
    assert [None if pd.isna(v) else v for v in df.prefecture] == door["prefecture"]


def test_dtypes_nulls_and_no_full_number():
    df = zhengwu.parse_resident_ids(pd.Series(IDS, index=list("abcdefg")))
    assert list(df.index) == list("abcdefg")
    assert str(df.valid.dtype) == "boolean" and str(df.birth_date.dtype) == "datetime64[s]"
    assert all(str(df[c].dtype) == "category" for c in ("reason", "region", "province", "prefecture", "county", "sex"))
    assert df.loc["c"].isna().all(), "a null in is a null out in every column"
    assert df.loc["b", "county"] == "朝阳区" and df.loc["d", "county"] == "塘沽区"
    assert "11010519491231002X" not in df.to_csv()


@pytest.mark.parametrize(
    "make",
    [
        lambda x: x,
        lambda x: np.asarray(x, dtype=object),
        lambda x: pd.Series(x, dtype=object),
        lambda x: pd.Series(x, dtype="string"),
        lambda x: pa.array(x),
        lambda x: pa.chunked_array([x[:3], x[3:]]),
        lambda x: __import__("polars").Series(x),
        lambda x: __import__("duckdb").sql("select unnest($v) as id", params={"v": x}),
    ],
    ids=["list", "numpy", "pandas-object", "pandas-string", "pyarrow", "pyarrow-chunked", "polars", "duckdb"],
)
def test_every_input_kind(make):
    df = zhengwu.parse_resident_ids(make(IDS))
    assert [None if pd.isna(v) else bool(v) for v in df.valid] == [True, True, None, True, False, False, False]
    assert zhengwu.parse_resident_ids(make(IDS), output="arrow").num_rows == len(IDS)
    assert set(zhengwu.parse_resident_ids(make(IDS), output="numpy")) == set(df.columns)


DATES = [
    dt.date(2024, 9, 30),
    dt.datetime(2024, 9, 30, 15, 0),
    pd.Timestamp("2024-09-30 08:00"),
    np.datetime64("2024-09-30T12:00:00.000000000"),
    np.datetime64("2024-09-30", "D"),
    "2024-09-30",
]


@pytest.mark.parametrize("d", DATES, ids=[type(d).__name__ + str(i) for i, d in enumerate(DATES)])
def test_every_date_type_in_the_typed_api_and_the_accessor(engine, d):
    assert engine.calendar.add_workdays(d, 1) == dt.date(2024, 10, 8)
    s = pd.Series([d, None], index=[10, 20], dtype=object)
    out = s.zw.add_workdays(1, engine=engine)
    assert list(out.index) == [10, 20] and out[10] == pd.Timestamp("2024-10-08") and pd.isna(out[20])
    assert engine.call("calendar.add_workdays", {"date": d if not isinstance(d, str) else d, "days": 1}) == {"date": "2024-10-08"}


def test_datetime64_of_any_unit_and_missing_values_in_the_accessor(engine):
    for unit in ("s", "ms", "us", "ns"):
        s = pd.Series(np.array(["2024-02-10", "NaT", "2024-02-04"], dtype=f"datetime64[{unit}]"), index=["x", "y", "z"])
        w = s.zw.is_workday(engine=engine)
        assert str(w.dtype) == "boolean" and list(w.index) == ["x", "y", "z"]
        assert w["x"] is np.False_ or w["x"] == False  # noqa: E712 — 春节
        assert pd.isna(w["y"]) and bool(w["z"])  # 调休 Sunday
    between = pd.Series(["2024-02-01", None]).zw.workdays_between("2024-02-29", engine=engine)
    assert str(between.dtype) == "Int64" and between[0] == 17 and pd.isna(between[1])


def test_errors_coerce_everywhere(engine):
    s = pd.Series(["2024-02-10", "2031-01-01", None])
    with pytest.raises(zhengwu.CalendarError):
        s.zw.is_workday(engine=engine)
    out = s.zw.is_workday(engine=engine, errors="coerce")
    assert out[0] == False and pd.isna(out[1]) and pd.isna(out[2])  # noqa: E712
    assert pd.isna(s.zw.add_workdays(3, engine=engine, errors="coerce")[1])
    assert engine.calendar.is_workday_batch(["2024-02-10", None]) == [False, None]


def test_deadline_columns_equal_the_per_row_api(engine):
    rng = np.random.default_rng(5)
    n = 400
    starts = pd.Series(pd.to_datetime("2019-01-01") + pd.to_timedelta(rng.integers(0, 2400, n), unit="D"), index=rng.permutation(n) + 1000)
    limits = pd.Series(rng.integers(1, 60, n), index=starts.index)
    has_pause = rng.random(n) < 0.5
    pf = starts + pd.to_timedelta(rng.integers(1, 30, n), unit="D")
    pt = pf + pd.to_timedelta(rng.integers(0, 10, n), unit="D")
    frame = pd.DataFrame({"start": starts, "limit": limits, "pf": pf.where(has_pause), "pt": pt.where(has_pause)})
    frame.loc[frame.index[:5], "start"] = pd.NaT
    out = frame.zw.deadline("start", workdays="limit", pause_from="pf", pause_to="pt", engine=engine)
    assert list(out.index) == list(frame.index)
    for k, row in frame.iterrows():
        if pd.isna(row.start):
            assert pd.isna(out.due[k]) and pd.isna(out.paused_days[k])
            continue
        pauses = [(row.pf, row.pt)] if not pd.isna(row.pf) else []
        d = engine.calendar.deadline(row.start, workdays=int(row.limit), pauses=pauses)
        assert out.due[k].date() == d.due and out.paused_days[k] == d.paused_days, k


def test_typed_deadline_takes_steps_and_dicts(engine):
    d = engine.calendar.deadline(dt.date(2024, 9, 20), workdays=20, pauses=[(dt.date(2024, 10, 9), "2024-10-11", "hearing")])
    assert d.due == dt.date(2024, 10, 28)
    same = engine.calendar.deadline("2024-09-20", workdays=20, pauses=[{"from": "2024-10-09", "to": "2024-10-11", "step": "hearing"}])
    assert same.due == d.due
    with pytest.raises(zhengwu.InputError) as e:
        engine.calendar.deadline("2024-09-20", workdays=20, pauses=["2024-10-09"])
    assert e.value.path == "pauses[0]"
    typed = engine.call("calendar.deadline", {"start": dt.date(2024, 9, 20), "period": {"workdays": np.int64(20)}})
    assert typed == engine.call("calendar.deadline", {"start": "2024-09-20", "period": {"workdays": 20}})


def test_a_hosts_region_rows_name_codes_in_the_columns():
    engine = zhengwu.Engine({"regions": [{"code": "110199", "name": "某新区", "from": 2023}]})
    body = "11019920000101001"
    number = body + "10X98765432"[sum(int(c) * w for c, w in zip(body, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11]
    s = pd.Series([number, "11010519491231002X"])
    assert list(s.zw.resident_id(engine=engine).county) == ["某新区", "朝阳区"]
    assert pd.isna(s.zw.resident_id().county[0]), "the embedded table alone does not know 110199"
    assert engine.call("id.resident", {"id": number})["region"]["name"] == "某新区"


def test_catalog_workbooks_from_python(tmp_path):
    sample = zhengwu.catalog_from_xlsx(ROOT / "examples" / "catalog" / "sample.xlsx")
    engine = zhengwu.Engine({"catalog": sample})
    assert engine.call("catalog.lint") == zhengwu.Engine().call("catalog.lint")
    zhengwu.catalog_to_xlsx(sample, tmp_path / "again.xlsx")
    assert zhengwu.catalog_from_xlsx(tmp_path / "again.xlsx") == sample
    bad = tmp_path / "bad.csv"
    bad.write_text("事项编码,事项名称,法定办结时限\nX-1,某许可,二十\n", "utf-8")
    with pytest.raises(zhengwu.CatalogError) as e:
        zhengwu.catalog_from_xlsx(bad)
    assert e.value.code == "catalog.invalid" and "第2行「法定办结时限」" in str(e.value)


def test_a_long_numpy_column_goes_in_slices_with_the_same_answers_and_row_numbers():
    """Columns past one slice (65,536 rows) are handed to the kernel slice by slice: the answers
    equal the per-date ones, and a failing row is named by its row in the whole column."""
    import numpy as np

    engine = zhengwu.Engine()
    cal = engine.calendar
    n = 150_000
    days = (np.datetime64("2019-01-01") + np.arange(n) % 2000).astype("datetime64[D]")
    counts = np.arange(n) % 40 - 10
    out = cal.add_workdays_batch(days, counts)
    for k in range(0, n, 4999):
        assert out[k] == np.datetime64(cal.add_workdays(days[k].item(), int(counts[k])))
    assert (cal.add_workdays_batch(days, 7) == cal.add_workdays_batch(days, np.full(n, 7))).all()
    bad = days.copy()
    bad[140_001] = np.datetime64("2300-01-01")
    with pytest.raises(zhengwu.CalendarError) as e:
        cal.add_workdays_batch(bad, counts)
    assert e.value.path == "dates[140001]"
    coerced = cal.add_workdays_batch(bad, counts, errors="coerce")
    assert np.isnat(coerced).nonzero()[0].tolist() == [140_001]
    with pytest.raises(zhengwu.CalendarError) as e:
        pd.Series(bad).zw.add_workdays(3)
    assert e.value.path == "dates[140001]"


def test_deadlines_of_a_long_frame_go_in_slices_with_the_same_answers_and_row_numbers():
    import numpy as np

    engine = zhengwu.Engine()
    n = 140_000
    rng = np.random.default_rng(5)
    start = pd.Series(pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 2000, n), unit="D"))
    pf = start + pd.to_timedelta(rng.integers(-10, 20, n), unit="D")
    frame = pd.DataFrame({"start": start, "limit": rng.integers(0, 60, n), "pf": pf, "pt": pf + pd.to_timedelta(rng.integers(0, 10, n), unit="D")})
    frame.loc[frame.index % 7 == 0, "pf"] = pd.NaT
    whole = frame.zw.deadline("start", workdays="limit", pause_from="pf", pause_to="pt", engine=engine)
    for k in range(3, n, 9_973):
        row = frame.iloc[[k]]
        one = row.zw.deadline("start", workdays="limit", pause_from="pf", pause_to="pt", engine=engine)
        assert one.due.iloc[0] == whole.due.iloc[k] and one.paused_days.iloc[0] == whole.paused_days.iloc[k]
        pause = [] if pd.isna(row.pf.iloc[0]) else [{"from": str(row.pf.iloc[0].date()), "to": str(row.pt.iloc[0].date())}]
        d = engine.call("calendar.deadline", {"start": str(row.start.iloc[0].date()), "period": {"workdays": int(row.limit.iloc[0])}, "pauses": pause})
        assert d["due"] == str(whole.due.iloc[k].date())
    frame.loc[130_001, "pt"] = frame.loc[130_001, "pf"] - pd.Timedelta(days=3)
    with pytest.raises(zhengwu.CalendarError) as e:
        frame.zw.deadline("start", workdays="limit", pause_from="pf", pause_to="pt", engine=engine)
    assert e.value.path.startswith("[130001]")
    coerced = frame.zw.deadline("start", workdays="limit", pause_from="pf", pause_to="pt", engine=engine, errors="coerce")
    assert coerced.due.isna().to_numpy().nonzero()[0].tolist() == [130_001]
