"""One rule for the day of a moment in every Python route: a timestamp with a time zone is the
day it is in China (UTC+8), as the JS door reads a Date; a naive one is the day it says. An
integer written yyyymmdd is refused at its row and column, never read as a day number."""

import datetime as dt

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
import zhengwu

# 2024-09-22 20:00 UTC is Monday 2024-09-23 04:00 in China (a working day); its UTC day is a
# Sunday.
MOMENT = "2024-09-22 20:00"


@pytest.fixture(scope="module")
def cal():
    return zhengwu.Engine().calendar


def _utc():
    return pd.Series(pd.to_datetime([MOMENT, MOMENT]).tz_localize("UTC"), name="received")


@pytest.mark.parametrize(
    "route",
    [
        lambda s: s,
        lambda s: pd.DatetimeIndex(s),
        lambda s: s.dt.tz_convert("America/New_York"),
        lambda s: pa.array(s),
        lambda s: pa.chunked_array([pa.array(s)]),
        lambda s: list(s),
        lambda s: [t.to_pydatetime() for t in s],
    ],
    ids=["series", "index", "other zone", "arrow", "arrow chunked", "timestamps", "datetimes"],
)
def test_a_moment_with_a_zone_is_its_day_in_china(cal, route):
    assert list(cal.is_workday_batch(route(_utc()))) == [True, True]
    days = cal.add_workdays_batch(route(_utc()), 0)
    assert [str(d)[:10] for d in days] == ["2024-09-23", "2024-09-23"]


def test_the_accessors_and_the_scalars_say_the_same(cal):
    s = _utc()
    assert s.zw.is_workday().tolist() == [True, True]
    assert cal.is_workday(s[0]) is True
    assert cal.is_workday(dt.datetime(2024, 9, 22, 20, tzinfo=dt.timezone.utc)) is True
    frame = pd.DataFrame({"received": s, "limit": [1, 1]})
    assert frame.zw.deadline("received", workdays="limit").due.dt.strftime("%Y-%m-%d").tolist() == ["2024-09-24"] * 2


def test_a_naive_moment_is_the_day_it_says(cal):
    naive = pd.Series(pd.to_datetime([MOMENT]))
    assert list(cal.is_workday_batch(naive)) == [False]
    assert cal.is_workday(dt.datetime(2024, 9, 22, 20)) is False


@pytest.mark.parametrize(
    "column",
    [np.array([19_000, 20240920]), pd.Series([19_000, 20240920]), [dt.date(2024, 1, 2), 20240920], pa.array([19_000, 20240920])],
    ids=["numpy", "pandas", "list", "arrow"],
)
def test_an_integer_written_yyyymmdd_is_refused_at_its_row(cal, column):
    with pytest.raises(zhengwu.InputError) as e:
        cal.add_workdays_batch(column, 1)
    assert e.value.code == "input.wrong_type" and e.value.path == "dates[1]"
    assert "yyyymmdd" in str(e.value)


def test_the_refusal_names_the_column(cal):
    with pytest.raises(zhengwu.InputError) as e:
        pd.Series([20240920], name="received").zw.add_workdays(1)
    assert e.value.path == "received[0]"
    frame = pd.DataFrame({"accepted": [20240920], "limit": [5]})
    with pytest.raises(zhengwu.InputError) as e:
        frame.zw.deadline("accepted", workdays="limit")
    assert e.value.path == "accepted[0]"


def test_day_numbers_still_read_as_day_numbers(cal):
    assert str(cal.add_workdays_batch(np.array([19_986]), 0)[0]) == "2024-09-20"
    # Past the calendar, but no date written yyyymmdd (month 13): out of range, as before.
    with pytest.raises(zhengwu.CalendarError):
        cal.add_workdays_batch(np.array([20241301]), 1)
