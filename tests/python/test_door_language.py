"""The Python door speaks its engine's language: its own errors (made on the Python side, before
the core is reached) are Chinese by default and English with ``{"lang": "en"}``, with the same
code and path either way — as the core's errors are."""

import re
import string

import numpy as np
import pandas as pd
import pytest
import zhengwu
from zhengwu._texts import TEXTS

HAN = re.compile(r"[\u4e00-\u9fff]")


def _raised(f):
    with pytest.raises(zhengwu.ZhengwuError) as e:
        f()
    return e.value


def _cases(engine):
    cal = engine.calendar
    return {
        "one period": lambda: cal.deadline("2024-01-01"),
        "not a date": lambda: cal.add_workdays("2024-13-01", 3),
        "a bool count": lambda: cal.add_workdays("2024-01-02", True),
        "a pause": lambda: cal.deadline("2024-01-01", workdays=3, pauses=[42]),
        "input not JSON": lambda: engine.call("calendar.day", {"date": b"x"}),
        "op not str": lambda: engine.call_json(1, "{}"),
        "errors mode": lambda: pd.Series(["2024-01-02"]).zw.is_workday(engine=engine, errors="ignore"),
        "starts and ends": lambda: pd.Series(["2024-01-02", "2024-01-03"]).zw.workdays_between(
            pd.Series(["2024-01-05"]), engine=engine
        ),
        "column output": lambda: zhengwu.parse_resident_ids(["x"], engine=engine, output="excel"),
        "credit columns": lambda: zhengwu.credit_status_long(pd.DataFrame({"x": [1]}), "2024-01-01", engine=engine),
        "days past 64 bits": lambda: cal.add_workdays_batch(np.array(["2024-01-02"], dtype="datetime64[D]"), np.array([2**63], dtype=np.uint64)),
    }


def test_the_doors_own_errors_follow_the_engine_language():
    zh, en = zhengwu.Engine(), zhengwu.Engine({"lang": "en"})
    seen = 0
    for (name, in_zh), (_, in_en) in zip(_cases(zh).items(), _cases(en).items()):
        a, b = _raised(in_zh), _raised(in_en)
        assert (a.code, a.path) == (b.code, b.path), name
        assert HAN.search(a.message), f"{name}: not Chinese: {a.message}"
        assert not HAN.search(b.message.replace("好差评", "")), f"{name}: not English: {b.message}"
        assert b.message in str(b) and a.message in str(a), name
        seen += 1
    assert seen == 11


def _native_cases(engine):
    """The core's errors met on the native column paths, and the native module's own buffer
    checks."""
    cal = engine.calendar
    far = np.array(["2024-01-02"], dtype="datetime64[D]")
    return {
        "batch past the calendar": lambda: cal.add_workdays_batch(far, np.array([100000])),
        "column past the calendar": lambda: pd.Series(["2024-01-02"]).zw.add_workdays(100000, engine=engine),
        "buffer width": lambda: engine._native.add_workdays_batch(b"123", b"12345678", False),
        "day counts": lambda: engine._native.add_workdays_batch(b"\0" * 16, b"\0" * 24, False),
        "starts and ends": lambda: engine._native.workdays_between_batch(b"\0" * 16, b"\0" * 8, False),
        "null flags": lambda: zhengwu._native.resident_columns(b"a", None, 1, b"", engine=engine._native),
    }


def test_the_native_paths_speak_the_engine_language():
    zh, en = zhengwu.Engine(), zhengwu.Engine({"lang": "en"})
    for (name, in_zh), (_, in_en) in zip(_native_cases(zh).items(), _native_cases(en).items()):
        a, b = _raised(in_zh), _raised(in_en)
        assert (a.code, a.path) == (b.code, b.path), name
        assert HAN.search(a.message), f"{name}: not Chinese: {a.message}"
        assert not HAN.search(b.message), f"{name}: not English: {b.message}"


def test_a_configuration_error_is_said_in_the_configurations_language():
    bad = {"calendar_years": [set()]}
    assert HAN.search(_raised(lambda: zhengwu.Engine(bad)).message)
    e = _raised(lambda: zhengwu.Engine({**bad, "lang": "en"}))
    assert e.code == "config.invalid" and not HAN.search(e.message)


def test_every_text_has_both_templates_with_the_same_arguments():
    names = lambda t: {f for _, f, _, _ in string.Formatter().parse(t) if f}
    for key, (zh, en) in TEXTS.items():
        assert HAN.search(zh), key
        assert names(zh) == names(en), key


def test_an_english_engine_survives_pickling_with_its_language():
    import pickle

    en = pickle.loads(pickle.dumps(zhengwu.Engine({"lang": "en"})))
    assert not HAN.search(_raised(lambda: en.calendar.deadline("2024-01-01")).message)
