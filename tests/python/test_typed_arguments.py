"""The typed calendar helpers refuse what they cannot read with a ZhengwuError that has a code and
the argument's name as its path — never a bare TypeError or OverflowError."""

import datetime as dt

import pytest

import zhengwu

E = zhengwu.Engine()
D = dt.date(2024, 1, 2)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        if self.v is None:
            raise RuntimeError("no index")
        return self.v


@pytest.mark.parametrize(
    "call, code, path",
    [
        (lambda: E.calendar.add_workdays(D, 2**70), "input.invalid_value", "days"),
        (lambda: E.calendar.add_workdays(D, "3"), "input.wrong_type", "days"),
        (lambda: E.calendar.add_workdays(D, 1.5), "input.wrong_type", "days"),
        (lambda: E.calendar.add_workdays(D, Index(None)), "input.wrong_type", "days"),
        (lambda: E.calendar.add_workdays(D, True), "input.wrong_type", "days"),
        (lambda: E.calendar.is_workday(b"2024-01-02"), "input.wrong_type", "date"),
        (lambda: E.calendar.is_workday("2024-13-01"), "input.invalid_date", "date"),
        (lambda: E.calendar.is_workday(20240102), "input.wrong_type", "date"),
        (lambda: E.calendar.workdays_between(D, None), "input.wrong_type", "end"),
        (lambda: E.calendar.day([D]), "input.wrong_type", "date"),
        (lambda: E.calendar.deadline(D, workdays=5, pauses=[(D, 3)]), "input.wrong_type", "pauses[0].to"),
    ],
)
def test_bad_arguments_are_zhengwu_errors(call, code, path):
    with pytest.raises(zhengwu.ZhengwuError) as e:
        call()
    assert (e.value.code, e.value.path) == (code, path)


def test_dates_as_text_datetimes_and_index_counts_are_read():
    c = E.calendar
    assert c.add_workdays("2024-09-30", Index(1)) == c.add_workdays(D.replace(month=9, day=30), 1) == dt.date(2024, 10, 8)
    assert c.is_workday(dt.datetime(2024, 2, 10, 23, 59)) is False
    assert c.workdays_between("2024-09-30", "2024-10-08") == 1
    assert c.deadline("2024-09-20", workdays=20, pauses=[("2024-10-09", "2024-10-11")]).due == c.deadline(dt.date(2024, 9, 20), workdays=20, pauses=[(dt.date(2024, 10, 9), dt.date(2024, 10, 11))]).due
