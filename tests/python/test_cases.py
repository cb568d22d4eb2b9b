"""Case supervision through the Python door: the table path gives what the JSON door gives for
the same cases, keeps the index and dtypes, reads every date form, and refuses bad rows with a
located error (or leaves them empty with errors="coerce")."""

import datetime as dt
import json
import pathlib

import numpy as np
import pandas as pd
import pytest

import zhengwu

E = zhengwu.Engine()
VECTORS = json.loads((pathlib.Path(__file__).parents[1] / "vectors/case/supervise.json").read_text("utf-8"))


def _row(case):
    """The table row of a case given as events (what the columns can carry)."""
    ev = {e["type"]: e for e in case["events"]}
    sup = [e for e in case["events"] if e["type"] == "supplement_requested"]
    started = ev.get("special_step_started")
    return {
        "matter": case["matter"],
        "received": ev["received"]["on"],
        "first_supplement": sup[0]["on"] if sup else None,
        "supplements": len(sup),
        "accepted": ev.get("accepted", {}).get("on"),
        "pause_from": started["on"] if started and started["step"] == "hearing" else None,
        "pause_to": ev.get("special_step_ended", {}).get("on") if started and started["step"] == "hearing" else None,
        "extension_workdays": sum(e["workdays"] for e in case["events"] if e["type"] == "extension_approved"),
        "decided": ev.get("decided", {}).get("on"),
        "delivered": ev.get("delivered", {}).get("on"),
        "visits": sum(1 for e in case["events"] if e["type"] == "visit") + (ev["received"].get("channel") == "window"),
        "evaluation": ev.get("evaluation", {}).get("grade"),
    }


HOST_VECTORS = [v for v in VECTORS if v["op"] == "case.supervise" and "expect" in v and v.get("config") and v["input"].get("alert_workdays") is None]


def test_the_table_gives_what_the_json_door_gives():
    config = HOST_VECTORS[0]["config"]
    engine = zhengwu.Engine(config)
    by_today = {}
    for v in HOST_VECTORS:
        by_today.setdefault(v["input"]["today"], []).append(v)
    checked = 0
    for today, vs in by_today.items():
        table = pd.DataFrame([_row(v["input"]["case"]) for v in vs], index=[v["name"] for v in vs])
        out = engine.supervise_cases(table, today)
        for v in vs:
            want, got = v["expect"], out.loc[v["name"]]
            assert got["status"] == want["status"], v["name"]
            assert (None if pd.isna(got["accepted_on"]) else got["accepted_on"].date().isoformat()) == want["accepted_on"], v["name"]
            dues = {d["kind"]: d["due"] for d in want["deadlines"]}
            for col, kind in (("promised_due", "promised_decision"), ("statutory_due", "statutory_decision"), ("delivery_due", "delivery")):
                assert (None if pd.isna(got[col]) else got[col].date().isoformat()) == dues.get(kind), (v["name"], col)
            assert (None if pd.isna(got["handling_workdays"]) else int(got["handling_workdays"])) == want["handling_workdays"], v["name"]
            assert (None if pd.isna(got["on_time"]) else bool(got["on_time"])) == want["on_time"], v["name"]
            kinds = {f["code"][5:] for f in want["findings"]}
            for k in zhengwu._cases.COLUMN_FINDINGS:
                assert bool(got[k]) == (k in kinds), (v["name"], k)
            checked += 1
    assert checked >= 20


def test_index_dtypes_and_date_forms():
    table = pd.DataFrame(
        {
            "matter": ["TJ-SCJGW-0001"] * 4,
            "received": [dt.date(2024, 3, 4), "2024-03-04", pd.Timestamp("2024-03-04 15:00"), dt.datetime(2024, 3, 4, 9)],
            "accepted": ["2024-03-04", None, pd.NaT, np.datetime64("2024-03-04")],
            "decided": pd.array(["2024-03-05", None, None, "2024-03-06"], dtype="string"),
        },
        index=pd.Index([10, 20, 30, 40], name="case_no"),
    )
    out = E.supervise_cases(table, dt.date(2024, 3, 27))
    assert out.index.equals(table.index)
    assert str(out["status"].dtype) == "category"
    assert str(out["promised_due"].dtype) == "datetime64[s]"
    assert str(out["handling_workdays"].dtype) == "Int64" and str(out["on_time"].dtype) == "boolean"
    assert list(out["status"]) == ["decided", "accepted", "accepted", "decided"]
    assert pd.isna(out.loc[20, "handling_workdays"]) and pd.isna(out.loc[20, "on_time"])


def test_bad_rows_are_located_or_coerced():
    table = pd.DataFrame({"matter": ["TJ-SCJGW-0001", "TJ-SCJGW-0001"], "received": ["2024-03-04", "2024-03-04"], "accepted": ["2024-03-04", "2024-03-01"]})
    with pytest.raises(zhengwu.CaseError) as e:
        E.supervise_cases(table, "2024-03-27")
    assert (e.value.code, e.value.path) == ("case.invalid_events", "accepted[1]")
    out = E.supervise_cases(table, "2024-03-27", errors="coerce")
    assert out["status"].iloc[0] == "accepted" and pd.isna(out["status"].iloc[1])
    with pytest.raises(zhengwu.ZhengwuError) as e:
        E.supervise_cases({"matter": ["NOPE"], "received": ["2024-03-04"]}, "2024-03-27")
    assert e.value.code == "catalog.unknown_matter"
    with pytest.raises(zhengwu.ZhengwuError) as e:
        E.supervise_cases({"matter": ["TJ-SCJGW-0001"], "received": ["2024-03-04"], "evaluation": ["great"]}, "2024-03-27")
    assert (e.value.code, e.value.path) == ("input.invalid_value", "evaluation[0]")
    with pytest.raises(zhengwu.ZhengwuError) as e:
        E.supervise_cases({"matter": ["TJ-SCJGW-0001"], "received": ["2024-03-04", "2024-03-05"]}, "2024-03-27")
    assert e.value.path == "received"


def test_stats_from_the_table_match_the_json_door():
    v = next(v for v in VECTORS if v["op"] == "case.stats" and v["input"]["cases"])
    engine = zhengwu.Engine(v["config"])
    table = pd.DataFrame([_row(c) for c in v["input"]["cases"]])
    got = engine.case_stats(table, v["input"]["today"])
    want = v["expect"]
    assert got["refused"] == want["refused"]
    for key in ("overall", "departments", "matters", "legend"):
        assert got[key] == want[key], key


def test_one_case_through_the_typed_method():
    out = E.supervise_case({"matter": "TJ-GAJ-0007", "events": [{"type": "received", "on": dt.date(2024, 9, 27)}, {"type": "fee_charged", "on": dt.date(2024, 9, 27), "amount": "25.00"}]}, dt.date(2024, 9, 30))
    assert [f["code"] for f in out["findings"]] == ["case.fee_not_published"]


def test_letter_explanation_and_sources_through_the_typed_methods():
    out = E.commitment_letter("TJ-SCJGW-0001", "天津某某科技有限公司", dt.date(2024, 3, 1), ["domicile-proof"], agent="张三")
    assert out["materials_due"] == "2024-05-28" and not out["provisional"]
    assert "（八）以上陈述真实、有效，是其真实意思的表示。" in out["text"] and "张三" in out["html"]
    answer = E.call("commitment.eligibility", {"matter": "TJ-SCJGW-0001", "applicant": {"subject": {"uscc": "91350100M000100Y43"}, "records": []}, "missing": ["domicile-proof"], "today": "2024-03-01"})
    sheet = E.explain("commitment.eligibility", answer)
    assert sheet["summary"].startswith("您可以选择告知承诺方式办理")
    assert any("第十五条" in (r.get("citation") or "") for r in sheet["reasons"])
    docs = {d["id"]: d for d in E.docs()}
    assert docs["baodi-2018"]["issuer"] == "天津市宝坻区人民政府" and docs["baodi-2018"]["date"] == "2018-12-04"


def test_guides_through_the_typed_methods():
    g = E.matter_guide("TJ-SCJGW-0001")
    assert [s["title"] for s in g["sections"]][:2] == ["办理主体", "事项名称"]
    missing = {e["key"] for s in g["sections"] for e in s["elements"] if e["status"] == "missing"}
    assert missing == {g_["element"] for g_ in g["gaps"] if g_["rule"] in ("matter.missing_contact", "convenience.missing")}
    assert "办理地点：（未公布）" in g["text"] and g["html"].startswith("<!DOCTYPE html>")
    b = E.bundle_guide("enterprise-opening")
    assert b["bundle"] == "enterprise-opening" and "合计承诺时限" in b["text"]
    with pytest.raises(zhengwu.CatalogError):
        E.matter_guide("NO-SUCH")


def test_the_holiday_notice_through_the_typed_method():
    text = (pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "notices" / "2024.txt").read_text(encoding="utf-8")
    n = E.parse_notice(text)
    assert n["year"] == 2024 and n["complete"] and len(n["changes"]) == 18
    loaded = zhengwu.Engine({"calendar_years": n["year_files"]})
    assert loaded.call("calendar.day", {"date": "2024-02-04"})["workday"] is True
    with pytest.raises(zhengwu.CalendarError):
        E.parse_notice("二、春节：2月4日（星期六）上班。", 2024)


def test_the_typed_fast_paths_say_which_answers_are_provisional():
    assert E.calendar.official_end == dt.date(2026, 12, 31)
    projecting = zhengwu.Engine(calendar_projection="statutory")
    starts = np.array(["2026-12-01", "2026-12-30", "NaT"], dtype="datetime64[D]")
    due, mask = projecting.calendar.add_workdays_batch(starts, 10, provisional=True)
    assert due[0] == np.datetime64("2026-12-15") and due[1] > np.datetime64("2026-12-31")
    assert mask.tolist() == [False, True, False]
    assert projecting.calendar.provisional([dt.date(2027, 1, 5), None]) == [True, None]
    frame = pd.DataFrame({"start": pd.to_datetime(["2026-12-01", "2026-12-30"])})
    out = frame.zw.deadline("start", workdays=10, engine=projecting, provisional=True)
    assert out["provisional"].tolist() == [False, True]
    assert "provisional" not in frame.zw.deadline("start", workdays=5, engine=projecting).columns
    # Without the flag nothing extra is returned.
    assert isinstance(projecting.calendar.add_workdays_batch(starts[:2], 10), np.ndarray)
