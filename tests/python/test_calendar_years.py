"""Loading next year's notice the day it is published, the provisional projection, re-basing."""

import pathlib
import pickle

import pytest

import zhengwu

FIXTURE = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "calendar-2027.holiday-cn.json"
TODAY = {"start": "2026-11-30", "period": {"workdays": 60}}


def test_default_engine_refuses_the_year_it_has_no_data_for(engine):
    with pytest.raises(zhengwu.ZhengwuError) as info:
        engine.call("calendar.deadline", TODAY)
    assert info.value.code == "calendar.out_of_range"


def test_calendar_files_load_a_holiday_cn_year_and_cite_what_it_gives():
    e = zhengwu.Engine(calendar_files=[FIXTURE])
    out = e.call("calendar.deadline", TODAY)
    assert out["due"] == "2027-03-01" and "provisional" not in out
    # holiday-cn's file names the notice's address, not its title: the year is cited as the
    # host's data, and no title is made up.
    cited = [r["citation"] for r in out["reasons"]]
    assert {"doc": "host-calendar", "article": "2027", "text": "宿主载入的2027年节假日安排（未载明所依据的通知）"} in cited
    assert not any("关于2027年部分节假日安排的通知" in c["text"] for c in cited)
    # The files travel in the configuration: a pickled engine needs no file where it lands.
    again = pickle.loads(pickle.dumps(e))
    assert again.call("calendar.deadline", TODAY) == out


def test_projection_is_opt_in_and_marked():
    e = zhengwu.Engine(calendar_projection="statutory")
    out = e.call("calendar.deadline", TODAY)
    assert out["provisional"] is True and out["due"] == "2027-02-25"
    assert out["reasons"][-1]["code"] == "calendar.provisional"


def test_incomplete_year_is_refused_naming_the_holiday(tmp_path):
    partial = tmp_path / "2027.json"
    partial.write_text('{"year": 2027, "days_off": [{"date": "2027-01-01", "holiday": "元旦"}], "workdays": []}', "utf-8")
    with pytest.raises(zhengwu.ZhengwuError) as info:
        zhengwu.Engine(calendar_files=[partial])
    assert info.value.code == "calendar.incomplete_year"
    assert "春节除夕（2027年2月5日）" in str(info.value)


def test_a_provisional_commitment_is_rebased_after_loading():
    opened = zhengwu.Engine(calendar_projection="statutory").call(
        "commitment.open",
        {"matter": "TJ-SCJGW-0001", "applicant": {"subject": {"uscc": "91350100M000100Y43"}, "records": []},
         "committed_on": "2026-11-30", "missing": ["domicile-proof"]},
    )
    assert opened["state"]["provisional"] is True
    rebased = zhengwu.Engine(calendar_files=[FIXTURE]).call("commitment.rebase", {"state": opened["state"]})
    changed = {x["deadline"]: (x["from"], x["to"]) for x in rebased["effects"] if x["type"] == "deadline_changed"}
    assert changed["materials_due"] == ("2027-02-25", "2027-03-01")
    assert "provisional" not in rebased["state"]
