"""信用状况 as columns (`zhengwu.credit_status`): records given as lists of dicts are read straight
by the native module; records given as JSON text are the reference. Both give the same columns,
the same errors (code and row path) and the same missing rows, and a pandas Series keeps its
index whichever way its records come."""

import json
import pathlib

import pandas as pd
import pytest

import zhengwu

VECTORS = pathlib.Path(__file__).parents[1] / "vectors" / "credit"


def status_inputs():
    """The records and day of every `credit.status` vector without its own configuration."""
    out = []
    for v in json.loads((VECTORS / "status.json").read_text(encoding="utf-8")):
        inp = v["input"]
        if "config" in v or not isinstance(inp.get("records"), list) or not isinstance(inp.get("today"), str):
            continue
        out.append((v["name"], inp["records"], inp["today"]))
    return out


def as_text(records):
    return [None if r is None else json.dumps(r, ensure_ascii=False) for r in records]


def outcome(f):
    try:
        return ("ok", f())
    except zhengwu.ZhengwuError as e:
        return ("error", e.code, e.path)


@pytest.mark.parametrize("name,records,today", status_inputs(), ids=[n for n, _, _ in status_inputs()])
def test_each_vector_the_same_from_dicts_and_from_text(name, records, today):
    engine = zhengwu.Engine()
    rows = [records, None, records]
    by_dicts = outcome(lambda: zhengwu.credit_status(rows, today, engine=engine))
    by_text = outcome(lambda: zhengwu.credit_status(as_text(rows), today, engine=engine))
    assert by_dicts[0] == by_text[0]
    if by_dicts[0] == "ok":
        pd.testing.assert_frame_equal(by_dicts[1], by_text[1])
        # the column decides as credit.status decides
        single = engine.call("credit.status", {"subject": {"uscc": "91350100M000100Y43"}, "records": records, "today": today})
        assert bool(by_dicts[1].blacklisted[0]) == single["blacklisted"]
        assert by_dicts[1].blacklisted.isna().tolist() == [False, True, False]
    else:
        assert by_dicts == by_text
        assert by_dicts[2].startswith("[0]")


BAD = [{"type": "judgement", "on": "2024-03-01", "judgement": "maybe"}]
GOOD = [{"type": "judgement", "on": "2024-01-01", "judgement": "honest"}]


def test_a_bad_row_raises_with_its_row_or_is_missing_when_coerced():
    engine = zhengwu.Engine()
    rows = [GOOD, BAD, []]
    by_dicts = outcome(lambda: zhengwu.credit_status(rows, "2024-06-03", engine=engine))
    by_text = outcome(lambda: zhengwu.credit_status(as_text(rows), "2024-06-03", engine=engine))
    assert by_dicts == by_text
    assert by_dicts[0] == "error" and by_dicts[2].startswith("[1]")
    coerced = zhengwu.credit_status(rows, "2024-06-03", engine=engine, errors="coerce")
    assert coerced.blacklisted.isna().tolist() == [False, True, False]
    pd.testing.assert_frame_equal(coerced, zhengwu.credit_status(as_text(rows), "2024-06-03", engine=engine, errors="coerce"))


def test_a_series_of_lists_keeps_its_index():
    engine = zhengwu.Engine()
    s = pd.Series([GOOD, None, []], index=["甲", "乙", "丙"])
    out = zhengwu.credit_status(s, "2024-06-03", engine=engine)
    assert out.index.tolist() == ["甲", "乙", "丙"]
    assert out.green_channel.tolist()[0] is True and pd.isna(out.green_channel.tolist()[1])


@pytest.mark.parametrize(
    "odd",
    [
        [tuple(GOOD), None, []],  # a tuple row
        [GOOD, float("nan"), []],  # NaN for a missing row
        [GOOD, None, [{"type": "judgement", "on": "2024-01-01", "judgement": "honest", 1: "x"}]],  # a key that is not text
        [GOOD, None, [{"type": "judgement", "on": "2024-01-01", "judgement": "honest", "n": 2**70}]],  # past 64 bits
    ],
)
def test_rows_the_native_reader_does_not_take_go_as_text(odd):
    engine = zhengwu.Engine()
    by_rows = outcome(lambda: zhengwu.credit_status(odd, "2024-06-03", engine=engine, errors="coerce"))
    text = [r if r is None or r != r else json.dumps(list(r), ensure_ascii=False, default=str) for r in odd]
    by_text = outcome(lambda: zhengwu.credit_status([None if t != t else t for t in text], "2024-06-03", engine=engine, errors="coerce"))
    assert by_rows[0] == by_text[0] == "ok"
    pd.testing.assert_frame_equal(by_rows[1], by_text[1])


def test_a_row_past_the_input_limit_goes_as_text_and_is_answered_as_text():
    engine = zhengwu.Engine({"limits": {"max_input_bytes": 200}})
    big = [dict(GOOD[0], note="x" * 400)]
    by_dicts = outcome(lambda: zhengwu.credit_status([big], "2024-06-03", engine=engine))
    by_text = outcome(lambda: zhengwu.credit_status(as_text([big]), "2024-06-03", engine=engine))
    assert by_dicts == by_text
