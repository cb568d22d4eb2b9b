"""The typed working-day calendar of an engine (期限计算)."""

from __future__ import annotations

import array
import datetime as _dt
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union

from ._batch import (
    _EPOCH,
    _NAT,
    Dates,
    _count,
    _counts_array,
    _dates_out,
    _day,
    _epoch_array,
    _epoch_days,
    _error,
    _in_slices,
    _ints_out,
    _numpy,
)
from ._model import (
    Day,
    Deadline,
)
from ._texts import speaking_class

if TYPE_CHECKING:
    from ._engine import Engine


DateLike = Union[_dt.date, str]  # a date (datetime and pandas Timestamp too) or "YYYY-MM-DD"


def _iso(d: Any, what: str) -> str:
    return (_EPOCH + _dt.timedelta(days=_day(d, what))).isoformat()


@speaking_class
class Calendar:
    """The working-day calendar of an engine (期限计算). Dates are :class:`datetime.date` (a
    ``datetime`` or pandas ``Timestamp`` counts as its calendar date) or ``"YYYY-MM-DD"`` text;
    anything else, or a count that is not a 64-bit integer, is an :class:`InputError` with a code
    and the argument's name as its path."""

    __slots__ = ("_engine",)

    def __init__(self, engine: "Engine") -> None:
        self._engine = engine

    def day(self, d: DateLike) -> Day:
        """The kind of a day, with the holiday's name."""
        return Day.from_json(self._engine.call("calendar.day", {"date": _iso(d, "date")}))

    def is_workday(self, d: DateLike) -> bool:
        """Whether ``d`` is a working day (调休 weekend days are)."""
        return self._engine._native.is_workday_epoch(_day(d, "date"))

    def add_workdays(self, d: DateLike, days: int) -> _dt.date:
        """The ``days``-th working day after ``d`` (``d`` not counted; negative counts back)."""
        return _EPOCH + _dt.timedelta(days=self._engine._native.add_workdays_epoch(_day(d, "date"), _count(days, "days")))

    def workdays_between(self, start: DateLike, end: DateLike) -> int:
        """Working days from ``start`` to ``end`` (``start < d <= end``; negative backwards)."""
        return self._engine._native.workdays_between_epoch(_day(start, "start"), _day(end, "end"))

    def deadline(
        self,
        start: DateLike,
        *,
        workdays: Optional[int] = None,
        natural_days: Optional[int] = None,
        pauses: Iterable[Any] = (),
    ) -> Deadline:
        """A deadline in working or natural days, skipping paused intervals (both ends in).
        Each pause is ``(from, to)``, ``(from, to, step)`` — ``step`` the special step's name
        (``"hearing"``, ``"expert_review"`` …), whose time may or may not stop the clock — or a
        dict ``{"from", "to", "step"?}`` as the JSON door takes it."""
        if (workdays is None) == (natural_days is None):
            raise _error("input.invalid_value", "one_period", "workdays")
        period = {"workdays": workdays} if workdays is not None else {"natural_days": natural_days}
        p: List[Dict[str, Any]] = []
        for i, pause in enumerate(pauses):
            if isinstance(pause, Mapping):
                a, b, step = pause.get("from"), pause.get("to"), pause.get("step")
            elif isinstance(pause, (tuple, list)) and len(pause) in (2, 3):
                a, b, step = pause[0], pause[1], pause[2] if len(pause) == 3 else None
            else:
                raise _error("input.wrong_type", "pause_shape", f"pauses[{i}]")
            one: Dict[str, Any] = {"from": _iso(a, f"pauses[{i}].from"), "to": _iso(b, f"pauses[{i}].to")}
            if step is not None:
                one["step"] = step
            p.append(one)
        return Deadline.from_json(self._engine.call("calendar.deadline", {"start": _iso(start, "start"), "period": period, "pauses": p}))

    @property
    def official_end(self) -> _dt.date:
        """The last day of official data. With ``calendar_projection="statutory"`` a later day
        lies in a year whose notice is not loaded: an answer reaching past it is provisional
        (暂定). With projection off no answer can."""
        return _EPOCH + _dt.timedelta(days=self._engine._native.official_end_epoch())

    def provisional(self, dates: Dates) -> Any:
        """Which of ``dates`` (a batch's answer, say) lie past :attr:`official_end`: a NumPy bool
        array for NumPy/pandas input, else a list (``None`` for a missing date)."""
        end = self._engine._native.official_end_epoch()
        buf, _, as_numpy = _epoch_days(dates, "dates")
        if as_numpy:
            # NaT is the smallest day number: never past the end.
            return _numpy().frombuffer(buf, dtype="<i8") > end
        days = array.array("q")
        days.frombytes(buf)
        return [None if d == _NAT else d > end for d in days]

    def add_workdays_batch(self, dates: Dates, days: Union[int, Sequence[int], Any], *, errors: str = "raise", provisional: bool = False) -> Any:
        """``add_workdays`` over many dates at once (GIL released). ``dates``: a list of dates, a
        NumPy ``datetime64[D]`` (or day-number) array, or a pandas Series; ``days``: one count or
        one per date. Returns a NumPy ``datetime64[D]`` array for NumPy/pandas input, else a list.
        ``errors="coerce"`` gives NaT (``None`` in lists) for dates that fail. With
        ``provisional=True`` returns ``(dates, mask)``, the mask true where the answer lies past
        :attr:`official_end` (a projected year); without it nothing extra is computed."""
        arr, as_numpy = _epoch_array(dates, "dates")
        coerce = errors == "coerce"
        out = _in_slices(lambda d, c, at: self._engine._native.add_workdays_batch(d, c, coerce, at), arr, _counts_array(days, len(arr)))
        result = _dates_out(out, as_numpy)
        if not provisional:
            return result
        return result, self.provisional(result)

    def workdays_between_batch(self, starts: Dates, ends: Dates, *, errors: str = "raise") -> Any:
        """``workdays_between`` over pairs of dates at once; NumPy int64 out for NumPy input."""
        a, _, as_numpy = _epoch_days(starts, "starts")
        b, _, _ = _epoch_days(ends, "ends")
        return _ints_out(self._engine._native.workdays_between_batch(a, b, errors == "coerce"), as_numpy)

    def is_workday_batch(self, dates: Dates, *, errors: str = "raise") -> Any:
        """``is_workday`` over many dates; a NumPy bool array for NumPy input, else a list. A
        missing date (None, NaN, NaT) is missing out: ``None`` in a list; in a NumPy answer,
        which has no missing booleans, False (use ``series.zw.is_workday()`` for a nullable
        answer). ``errors="coerce"`` treats a date outside the calendar the same way."""
        buf, _, as_numpy = _epoch_days(dates, "dates")
        out = self._engine._native.is_workday_batch(buf, errors == "coerce")
        if as_numpy:
            return _numpy().frombuffer(out, dtype="u1") == 1
        return [None if b == 255 else b == 1 for b in out]

    def __repr__(self) -> str:
        meta = self._engine.call("meta.version")["calendar"]
        return f"<zhengwu.Calendar {meta['name']} {meta['from']}..{meta['to']}>"
