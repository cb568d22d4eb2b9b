"""Hardening through the Python door: a forced panic, limits, personal data in repr and errors,
and one engine shared by 8 threads (the GIL released in the native calls)."""

import datetime as dt
import json
import re
import threading

import pytest

import zhengwu
from conftest import ROOT

ID = "11010519491231002X"
UNMASKED = re.compile(r"\d{15,}")


def test_a_forced_panic_raises_internal_panic_and_the_engine_still_answers() -> None:
    e = zhengwu.Engine({"fault_injection": True})
    with pytest.raises(zhengwu.ZhengwuError) as info:
        e.call("fault.panic")
    assert info.value.code == "internal.panic"
    assert isinstance(info.value, zhengwu.InternalError)
    assert e.call("calendar.add_workdays", {"date": "2024-09-30", "days": 1}) == {"date": "2024-10-08"}
    with pytest.raises(zhengwu.ZhengwuError) as info:
        zhengwu.Engine().call("fault.panic")
    assert info.value.code == "op.unknown"


def test_limits_are_errors_with_codes() -> None:
    e = zhengwu.Engine()
    with pytest.raises(zhengwu.InputError) as info:
        e.call_json("calendar.day", "[" * 100_000 + "]" * 100_000)
    assert info.value.code == "input.too_deep"
    small = zhengwu.Engine({"limits": {"max_input_bytes": 32}})
    with pytest.raises(zhengwu.InputError) as info:
        small.call("calendar.day", {"date": "2024-01-02", "note": "x" * 64})
    assert info.value.code == "input.too_large"
    assert small.call("calendar.day", {"date": "2024-01-02"})["workday"] is True


def test_no_repr_or_error_shows_a_full_resident_id() -> None:
    e = zhengwu.Engine()
    shown = []
    for op, inp in [
        ("id.resident", {"id": ID, ID: 1}),
        ("calendar.day", {"date": ID}),
        (ID, {}),
        ("credit.status", {"subject": {"resident_id": ID}, "records": [{"type": ID}], "today": "2024-01-02"}),
    ]:
        with pytest.raises(zhengwu.ZhengwuError) as info:
            e.call(op, inp)
        shown += [str(info.value), repr(info.value), str(info.value.path), info.value.message]
    shown.append(repr(zhengwu.check_resident_id(ID)))
    c = e.open_commitment("TJ-SCJGW-0001", {"resident_id": ID}, dt.date(2024, 1, 31), ["domicile-proof"])
    shown += [repr(c), str(c)]
    s = e.credit_status({"resident_id": ID}, [], dt.date(2024, 3, 1))
    shown += [repr(s), str(s)]
    for text in shown:
        assert not UNMASKED.search(text), text


def _mixed_inputs() -> list:
    """Cheap operations from the conformance vectors (calendar, identifiers, credit), with their
    single-threaded answers."""
    cases = []
    for path in sorted((ROOT / "tests" / "vectors").rglob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, list):
            continue
        for v in doc:
            if v.get("op", "").split(".")[0] in ("calendar", "id", "credit") and "config" not in v:
                text = v["input_raw"] if "input_raw" in v else json.dumps(v["input"], ensure_ascii=False)
                cases.append((v["op"], text))
    return cases


def _answer(e: zhengwu.Engine, op: str, text: str) -> str:
    try:
        return e.call_json(op, text)
    except zhengwu.ZhengwuError as err:
        return f"error {err.code} {err.path}"


def test_eight_threads_on_one_engine_give_the_single_threaded_answers() -> None:
    e = zhengwu.Engine()
    cases = _mixed_inputs()
    assert len(cases) > 100
    expected = [_answer(e, op, text) for op, text in cases]
    per_thread = 100_000
    failures: list = []

    def work(k: int) -> None:
        n = len(cases)
        for i in range(per_thread):
            j = (i * 7 + k * 13) % n
            got = _answer(e, *cases[j])
            if got != expected[j]:
                failures.append((k, j, got))
                return

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_inputs_json_cannot_carry_are_input_errors(engine):
    import datetime

    for bad in ({"date": b"2024-01-01"}, {"days": 2**70}, {"date": "\ud800"}):
        with pytest.raises(zhengwu.InputError) as info:
            engine.call("calendar.add_workdays", bad)
        assert info.value.code in ("input.wrong_type", "input.invalid_json")
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(zhengwu.ZhengwuError):
        engine.call("calendar.day", {"date": deep})
    with pytest.raises(zhengwu.InputError):
        engine.call_json("calendar.day", '{"date":"\ud800"}')
    assert engine.call("calendar.day", {"date": "2024-02-10"})["kind"] == "holiday"
    assert isinstance(datetime.date.today(), datetime.date)


def test_a_batch_count_past_its_bytes_is_refused_before_allocating():
    from zhengwu import _native

    with pytest.raises(zhengwu.ZhengwuError):
        _native.resident_valid_batch(b"a", 2**40)


def test_duplicate_keys_are_refused(engine):
    with pytest.raises(zhengwu.InputError) as info:
        engine.call_json("calendar.day", '{"date":"2030-01-01","date":"2024-01-01"}')
    assert (info.value.code, info.value.path) == ("input.duplicate_key", "date")


# --- every surface through the one egress and the one ingress -------------------------------

_IDS = ["11010519491231002X", "１１０１０５１９４９１２３１００２Ｘ", "\x0011010519491231002X", "110105.19491231.002X"]


def _shows_id(text: str) -> bool:
    return "19491231" in text or "１９４９１２３１" in text


@pytest.mark.parametrize("value", _IDS)
def test_column_functions_never_echo_an_id_in_a_date_column(value):
    import pandas as pd

    e = zhengwu.Engine()
    calls = [
        lambda: pd.Series([value]).zw.is_workday(),
        lambda: pd.Series([value]).zw.add_workdays(3),
        lambda: pd.Series([value]).zw.workdays_between("2024-01-02"),
        lambda: e.calendar.is_workday_batch([value]),
        lambda: pd.DataFrame({"start": [value]}).zw.deadline("start", workdays=5),
    ]
    for call in calls:
        with pytest.raises(zhengwu.ZhengwuError) as info:
            call()
        shown = f"{info.value} {info.value!r} {info.value.message} {info.value.path}"
        assert not _shows_id(shown), shown


def test_python_leftovers_are_zhengwu_errors():
    class Raising(dict):
        def items(self):
            raise RuntimeError("boom")

    e = zhengwu.Engine()
    with pytest.raises(zhengwu.InputError) as info:
        e.call("calendar.day", Raising(date="2024-01-02"))
    assert info.value.code == "input.wrong_type"
    with pytest.raises(zhengwu.ConfigError) as info:
        zhengwu.Engine({"policy": {1, 2}})
    assert info.value.code == "config.invalid"
    with pytest.raises(zhengwu.InputError) as info:
        e.calendar.add_workdays_batch(["2024-01-02"], 2**64)
    assert (info.value.code, info.value.path) == ("input.invalid_value", "days")
    with pytest.raises(zhengwu.InputError):
        zhengwu.mask_resident_id("\ud800" + "1" * 17)
    import pandas as pd

    with pytest.raises(zhengwu.InputError) as info:
        pd.Series([True, False]).zw.is_workday()
    assert info.value.code and info.value.path


@pytest.mark.parametrize("path", ["/dev/zero", "FIFO", "DIR"])
def test_calendar_files_are_regular_files_under_a_budget(path, tmp_path):
    import os

    if path == "FIFO":
        path = str(tmp_path / "fifo")
        os.mkfifo(path)
    elif path == "DIR":
        path = str(tmp_path)
    with pytest.raises(zhengwu.ConfigError) as info:
        zhengwu.Engine(calendar_files=[path])
    assert info.value.code == "config.invalid"


def test_configuration_lists_are_refused_before_they_are_written():
    with pytest.raises(zhengwu.InputError) as info:
        zhengwu.Engine({"regions": [{"code": "110105", "name": "x"}] * 100_001})
    assert (info.value.code, info.value.path) == ("input.too_large", "regions")
    with pytest.raises(zhengwu.CalendarError) as info:
        days = [{"date": f"2030-01-{d:02}", "holiday": "假"} for d in range(1, 32)]
        days += [{"date": f"2030-02-{d:02}", "holiday": "假"} for d in range(1, 29)]
        zhengwu.Engine({"calendar": {"calendar": "cn-mainland", "years": {"2030": {"days_off": days, "workdays": []}}}})
    assert info.value.code == "calendar.implausible_year"


def test_uscc_check_of_a_resident_id_does_not_restore_it():
    answer = zhengwu.Engine().call("id.uscc", {"code": "11010519491231002X"})
    assert not _shows_id(json.dumps(answer, ensure_ascii=False)), answer
