import pickle
import threading

import pytest

import zhengwu


def test_error_is_a_value_error_with_code_and_path(engine):
    with pytest.raises(ValueError) as info:
        engine.call("calendar.add_workdays", {"date": "2024-01-02", "days": "x"})
    e = info.value
    assert isinstance(e, zhengwu.ZhengwuError)
    assert (e.code, e.path) == ("input.wrong_type", "days")


def test_resident_ids_never_appear_in_errors(engine):
    with pytest.raises(zhengwu.ZhengwuError) as info:
        engine.call("calendar.add_workdays", {"date": "2024-01-02", "days": "11010519491231002X"})
    assert "11010519491231002X" not in str(info.value)
    assert "11010519491231002X" not in repr(info.value)
    assert "110105********002X" in str(info.value)


def test_config_profiles_and_bad_config():
    e = zhengwu.Engine({"policy": "baodi-2018"})
    assert e.call("meta.version")["policy"] == "baodi-2018"
    with pytest.raises(zhengwu.ZhengwuError) as info:
        zhengwu.Engine({"policy": {"profile": "tianjin-2018", "overrides": {"nope": 1}}})
    assert (info.value.code, info.value.path) == ("config.unknown_parameter", "policy.overrides.nope")


def test_config_adds_a_year():
    import json, pathlib
    fixture = json.loads((pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "calendar-2027.holiday-cn.json").read_text("utf-8"))
    e = zhengwu.Engine({"calendar_years": [fixture]})
    assert e.call("calendar.day", {"date": "2027-01-01"})["kind"] == "holiday"
    with pytest.raises(zhengwu.ZhengwuError):
        zhengwu.Engine().call("calendar.day", {"date": "2027-01-01"})
    # A year with 元旦 alone is incomplete: refused, not silently accepted.
    partial = {"calendar": {"calendar": "cn-mainland", "years": {"2027": {"days_off": [{"date": "2027-01-01", "holiday": "元旦"}], "workdays": []}}}}
    with pytest.raises(zhengwu.ZhengwuError) as info:
        zhengwu.Engine(partial)
    assert info.value.code == "calendar.incomplete_year"


def test_input_is_not_mutated(engine):
    inp = {"start": "2024-03-01", "period": {"workdays": 10}, "pauses": [{"from": "2024-03-04", "to": "2024-03-08"}]}
    before = repr(inp)
    engine.call("calendar.deadline", inp)
    assert repr(inp) == before


def test_pickle_round_trip():
    e = zhengwu.Engine({"policy": "tianjin-2018-notice"})
    e2 = pickle.loads(pickle.dumps(e))
    assert e2.call("meta.version") == e.call("meta.version")
    assert "tianjin-2018-notice" in repr(e2)


def test_threads_share_one_engine(engine):
    inputs = [{"date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "days": i % 121 - 60} for i in range(2000)]
    expected = [engine.call_json("calendar.add_workdays", __import__("json").dumps(x)) for x in inputs]
    results = [None] * 8

    def work(k):
        results[k] = [engine.call_json("calendar.add_workdays", __import__("json").dumps(x)) for x in inputs]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results)


def test_package_doctests_run_and_pass():
    import doctest

    result = doctest.testmod(zhengwu, verbose=False)
    assert result.attempted >= 3
    assert result.failed == 0
