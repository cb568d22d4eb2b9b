"""The typed and batch APIs agree with the JSON door; objects carry Python types, pickle, and
work from threads."""

import datetime as dt
import pickle
import random
import threading
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

import zhengwu

D = dt.date


def days_2018_2025(n, seed):
    r = random.Random(seed)
    start = D(2018, 7, 1)
    return [start + dt.timedelta(days=r.randrange(0, 365 * 7)) for _ in range(n)]


def test_calendar_typed_equals_call(engine):
    cal = engine.calendar
    r = random.Random(7)
    for a, b in zip(days_2018_2025(500, 1), days_2018_2025(500, 2)):
        k = r.randrange(-100, 101)
        via = engine.call("calendar.add_workdays", {"date": a.isoformat(), "days": k})["date"]
        assert cal.add_workdays(a, k).isoformat() == via
        assert cal.workdays_between(a, b) == engine.call("calendar.workdays_between", {"from": a.isoformat(), "to": b.isoformat()})["days"]
        assert cal.is_workday(a) == engine.call("calendar.day", {"date": a.isoformat()})["workday"]
    day = cal.day(D(2024, 2, 10))
    assert (day.kind, day.holiday) == (zhengwu.DayKind.HOLIDAY, "春节")
    d = cal.deadline(D(2024, 3, 1), workdays=10, pauses=[(D(2024, 3, 4), D(2024, 3, 8))])
    assert d.paused_days == 5 and isinstance(d.due, dt.date)
    assert d.reasons[0].citation == zhengwu.Citation("prc-licensing-law", "第八十二条", "《中华人民共和国行政许可法》第八十二条")


def test_batch_lists_numpy_and_pandas(engine):
    cal = engine.calendar
    dates = days_2018_2025(2000, 3)
    counts = [random.Random(i).randrange(-50, 51) for i in range(2000)]
    want = [cal.add_workdays(d, k) for d, k in zip(dates, counts)]
    assert cal.add_workdays_batch(dates, counts) == want
    arr = np.array(dates, dtype="datetime64[D]")
    got = cal.add_workdays_batch(arr, np.array(counts))
    assert got.dtype == np.dtype("datetime64[D]")
    assert [x.astype(object) for x in got] == want
    series = pd.Series(arr)
    assert (cal.add_workdays_batch(series, counts) == got).all()
    ends = days_2018_2025(2000, 4)
    between = cal.workdays_between_batch(arr, np.array(ends, dtype="datetime64[D]"))
    assert between.tolist() == [cal.workdays_between(a, b) for a, b in zip(dates, ends)]
    flags = cal.is_workday_batch(arr)
    assert flags.dtype == bool and flags.tolist() == [cal.is_workday(d) for d in dates]
    # One count for all.
    assert cal.add_workdays_batch(dates[:10], 5) == [cal.add_workdays(d, 5) for d in dates[:10]]


def test_batch_errors_raise_with_index_or_coerce(engine):
    cal = engine.calendar
    dates = [D(2024, 1, 2), D(2030, 1, 2), D(2024, 1, 3)]
    with pytest.raises(zhengwu.CalendarError) as info:
        cal.add_workdays_batch(dates, 1)
    assert info.value.path == "dates[1]"
    assert cal.add_workdays_batch(dates, 1, errors="coerce") == [D(2024, 1, 3), None, D(2024, 1, 4)]
    out = cal.add_workdays_batch(np.array(dates, dtype="datetime64[D]"), 1, errors="coerce")
    assert np.isnat(out[1]) and not np.isnat(out[0])
    nat = np.array(["2024-01-02", "NaT"], dtype="datetime64[D]")
    assert np.isnat(cal.add_workdays_batch(nat, 1, errors="coerce")[1])


def test_identifier_batches_agree(engine):
    r = random.Random(11)
    ids = []
    for _ in range(3000):
        body = "".join(r.choice("0123456789") for _ in range(17))
        body = "11" + body[2:6] + "19900101" + body[14:]
        ids.append(body + r.choice("0123456789X"))
    ids += ["11010519491231002X", "", "短", None]
    want = [isinstance(i, str) and zhengwu.is_valid_resident_id(i) for i in ids]
    assert zhengwu.is_valid_resident_id_batch(ids) == want
    assert zhengwu.is_valid_resident_id_batch(np.array(ids, dtype=object)).tolist() == want
    assert sum(want) > 100
    codes = pd.Series(["91350100M000100Y43", "91350100M000100Y44", "x"])
    assert zhengwu.is_valid_uscc_batch(codes).tolist() == [True, False, False]
    with pytest.raises(zhengwu.InputError):
        zhengwu.is_valid_uscc_batch(["a\0b", "c"])


def test_exceptions_by_area(engine):
    for op, inp, cls, code in [
        ("calendar.day", {"date": "2031-01-01"}, zhengwu.CalendarError, "calendar.out_of_range"),
        ("calendar.day", {"date": "x"}, zhengwu.InputError, "input.invalid_date"),
        ("nope", {}, zhengwu.InputError, "op.unknown"),
        ("bundle.get", {"bundle": "x"}, zhengwu.CatalogError, "catalog.unknown_bundle"),
        ("credit.status", {"subject": {"uscc": "1"}, "records": [], "today": "2024-01-01"}, zhengwu.CreditError, "credit.invalid_subject"),
    ]:
        with pytest.raises(cls) as info:
            engine.call(op, inp)
        assert isinstance(info.value, zhengwu.ZhengwuError) and isinstance(info.value, ValueError)
        assert info.value.code == code
    with pytest.raises(zhengwu.ConfigError):
        zhengwu.Engine({"policy": "x"})


def test_typed_objects(engine):
    b = engine.bundle("enterprise-opening")
    assert b.lead == zhengwu.Department("tj-scjgw", "市市场监管委") and len(b.matters) == 5
    assert len(engine.bundles("enterprise")) == 10
    id_card = next(m for m in engine.matters() if m.name == "核发居民身份证")
    assert id_card.fee.amount == Decimal("20.00") and isinstance(id_card.fee.amount, Decimal)
    findings = engine.lint()
    assert all(isinstance(f.severity, zhengwu.Severity) for f in findings)
    resolved = engine.resolve_materials([m.code for m in b.matters], {"commitment": True})
    assert {m.status for m in resolved} >= {zhengwu.MaterialStatus.SHARED, zhengwu.MaterialStatus.DEFERRED}
    setup = b.matters[0].code
    c = engine.open_commitment(setup, {"uscc": "91350100M000100Y43"}, D(2024, 1, 31), ["domicile-proof"])
    assert c.status is zhengwu.CommitmentStatus.ACTIVE and c.deadlines["materials_due"] == D(2024, 4, 29)
    late = c.tick(D(2024, 4, 30))
    assert late.status is zhengwu.CommitmentStatus.REVOKED
    record = next(e["record"] for e in late.effects if e["type"] == "credit_judgement")
    status = engine.credit_status({"uscc": "91350100M000100Y43"}, [record], D(2024, 5, 6))
    assert status.blacklisted and status.inspection is zhengwu.Inspection.INCREASED and status.removal_eligible_on is None
    ok, reasons = engine.commitment_eligibility(setup, {"uscc": "91350100M000100Y43"}, ["domicile-proof"], [record], D(2024, 5, 6))
    assert not ok and reasons[0].code == "commitment.blacklisted"
    form = engine.merge_form(bundle="enterprise-opening")
    errors = form.validate({"seal_count": 9})
    assert any(e.code == "form.max" for e in errors)
    packets = form.split({"entity_name": "某公司"})
    assert packets[0].values["entity_name"] == "某公司" and packets[3].labels["contact_name"] == "社保经办人"
    batch = engine.credit_status_batch([{"subject": {"uscc": "91350100M000100Y43"}, "records": [record]}, {"subject": {"uscc": "bad"}}], D(2024, 5, 6))
    assert batch[0].blacklisted and isinstance(batch[1], zhengwu.ZhengwuError) and batch[1].code == "credit.invalid_subject"


def test_objects_pickle(engine):
    b = engine.bundle("newborn")
    assert pickle.loads(pickle.dumps(b)) == b
    c = engine.open_commitment(b.matters[0].code if False else engine.bundle("enterprise-opening").matters[0].code, {"uscc": "91350100M000100Y43"}, D(2024, 1, 31), ["domicile-proof"])
    c2 = pickle.loads(pickle.dumps(c))
    assert c2.state == c.state and c2.tick(D(2024, 4, 30)).status is zhengwu.CommitmentStatus.REVOKED
    f = engine.merge_form(bundle="newborn")
    assert pickle.loads(pickle.dumps(f)).data == f.data
    st = engine.credit_status({"resident_id": "11010519491231002X"}, [], D(2024, 1, 1))
    assert pickle.loads(pickle.dumps(st)) == st and st.subject == {"resident_id": "110105********002X"}
    try:
        engine.call("calendar.day", {"date": "2031-01-01"})
    except zhengwu.CalendarError as e:
        e2 = pickle.loads(pickle.dumps(e))
        assert type(e2) is zhengwu.CalendarError and e2.code == "calendar.out_of_range" and e2.path == "date"


def test_batch_from_threads(engine):
    cal = engine.calendar
    arr = np.array(days_2018_2025(20000, 5), dtype="datetime64[D]")
    want = cal.add_workdays_batch(arr, 7)
    results = [None] * 8

    def work(k):
        results[k] = cal.add_workdays_batch(arr, 7)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all((r == want).all() for r in results)


def test_reprs_are_useful(engine):
    assert "tianjin-2018" in repr(engine)
    assert "cn-mainland" in repr(engine.calendar)
    assert "Bundle(id='newborn'" in repr(engine.bundle("newborn"))
    assert "11010519491231002X" not in repr(zhengwu.check_resident_id("11010519491231002X"))
