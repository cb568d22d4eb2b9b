"""The ``.zw`` accessor on pandas Series and DataFrames, registered by ``import zhengwu`` when
pandas is present. Every method keeps the caller's index and returns pandas dtypes: nullable
``boolean`` and ``Int64``, ``datetime64[s]``, ``category`` for codes and names. Dates may be
``datetime64`` of any unit, ``datetime.date``/``datetime``/``Timestamp`` objects or ISO text;
a missing value in is a missing value out. ``errors="coerce"`` turns a date the calendar cannot
answer (outside its years) into a missing value instead of raising."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from ._batch import _epoch_days, _error
from ._columns import parse_resident_ids, parse_usccs
from ._ids import _engine
from ._texts import by_engine_kwarg, speaks

if TYPE_CHECKING:
    from ._engine import Engine

_NAT = -(2**63)




def _check_errors(errors: str) -> bool:
    if errors not in ("raise", "coerce"):
        raise _error("input.invalid_value", "errors_mode", "errors", given=repr(errors))
    return errors == "coerce"


class SeriesAccessor:
    """``series.zw``: identifiers and working days over a Series."""

    def __init__(self, series: Any) -> None:
        self._s = series

    def _what(self, default: str) -> str:
        """The path an error names: the Series's name (the column), else ``default``."""
        name = self._s.name
        return default if name is None else str(name)

    @speaks(by_engine_kwarg)
    def resident_id(self, *, today: Any = None, engine: Optional["Engine"] = None) -> Any:
        """公民身份号码 read into a DataFrame (see :func:`zhengwu.parse_resident_ids`)."""
        return parse_resident_ids(self._s, today=today, engine=engine)

    @speaks(by_engine_kwarg)
    def uscc(self, *, engine: Optional["Engine"] = None) -> Any:
        """统一社会信用代码 read into a DataFrame (see :func:`zhengwu.parse_usccs`)."""
        return parse_usccs(self._s, engine=engine)

    @speaks(by_engine_kwarg)
    def is_workday(self, *, engine: Optional["Engine"] = None, errors: str = "raise") -> Any:
        """Whether each date is a working day: a nullable ``boolean`` Series."""
        import numpy as np
        import pandas as pd

        coerce = _check_errors(errors)
        buf, _, _ = _epoch_days(self._s, self._what("dates"))
        out = np.frombuffer(_engine(engine)._native.is_workday_batch(buf, coerce), dtype="u1")
        return pd.Series(pd.arrays.BooleanArray(out == 1, out == 255), index=self._s.index, name=self._s.name)

    @speaks(by_engine_kwarg)
    def add_workdays(self, days: Any, *, engine: Optional["Engine"] = None, errors: str = "raise") -> Any:
        """The ``days``-th working day after each date (one count, or a Series/array of counts):
        a ``datetime64[s]`` Series."""
        import numpy as np
        import pandas as pd

        from ._batch import _counts_array, _epoch_array, _in_slices

        coerce = _check_errors(errors)
        arr, _ = _epoch_array(self._s, self._what("dates"))
        counts = getattr(days, "to_numpy", lambda: days)()
        if not isinstance(counts, int):
            counts = np.asarray(pd.Series(counts).fillna(0), dtype="<i8")
        native = _engine(engine)._native
        out = np.frombuffer(_in_slices(lambda d, c, at: native.add_workdays_batch(d, c, coerce, at), arr, _counts_array(counts, len(arr))), dtype="<i8")
        return pd.Series(out.view("datetime64[D]").astype("datetime64[s]"), index=self._s.index, name=self._s.name)

    @speaks(by_engine_kwarg)
    def workdays_between(self, end: Any, *, engine: Optional["Engine"] = None, errors: str = "raise") -> Any:
        """Working days from each date to ``end`` (a date or a Series of them): a nullable
        ``Int64`` Series."""
        import numpy as np
        import pandas as pd

        coerce = _check_errors(errors)
        a, n, _ = _epoch_days(self._s, self._what("starts"))
        if hasattr(end, "__len__") and not isinstance(end, str):
            b, m, _ = _epoch_days(end, "ends")
        else:
            b, m, _ = _epoch_days([end] * n, "ends")
        if m != n:
            raise _error("input.invalid_value", "starts_ends", "ends", n=n, m=m)
        out = np.frombuffer(_engine(engine)._native.workdays_between_batch(a, b, coerce), dtype="<i8")
        return pd.Series(pd.arrays.IntegerArray(out.copy(), out == _NAT), index=self._s.index, name=self._s.name)


class DataFrameAccessor:
    """``frame.zw``: deadlines over the rows of a DataFrame."""

    def __init__(self, frame: Any) -> None:
        self._f = frame

    @speaks(by_engine_kwarg)
    def deadline(
        self,
        start: str,
        *,
        workdays: Any = None,
        natural_days: Any = None,
        pause_from: Optional[str] = None,
        pause_to: Optional[str] = None,
        engine: Optional["Engine"] = None,
        errors: str = "raise",
        provisional: bool = False,
    ) -> Any:
        """The due date of each row: ``start`` names the start column; ``workdays`` or
        ``natural_days`` is a count or a column name; ``pause_from``/``pause_to`` name the columns
        of one paused interval per row (特殊环节, both ends in; missing where there is none).
        Returns ``due`` (``datetime64[s]``) and ``paused_days`` (``Int64``) with the frame's
        index; with ``provisional=True`` also ``provisional`` (bool): the due date lies in a
        projected year (``calendar_projection="statutory"``, the year's notice not loaded)."""
        import numpy as np
        import pandas as pd

        coerce = _check_errors(errors)
        if (workdays is None) == (natural_days is None):
            raise _error("input.invalid_value", "one_period", "period")
        f = self._f
        n = len(f)
        count = workdays if workdays is not None else natural_days
        if isinstance(count, str):
            col = f[count]
            nulls = col.isna().to_numpy()
            counts = np.asarray(col.fillna(0) if nulls.any() else col, dtype="<i8")
        else:
            nulls = np.zeros(n, dtype=bool)
            counts = np.asarray([count], dtype="<i8")
        s, _, _ = _epoch_days(f[start], str(start))
        if nulls.any():  # a missing count makes the row missing
            starts = np.frombuffer(s, dtype="<i8").copy()
            starts[nulls] = _NAT
            s = starts.tobytes()

        def days(col: Optional[str], what: str) -> bytes:
            if col is None:
                return b""
            return _epoch_days(f[col], str(col))[0]

        due, paused = _engine(engine)._native.deadline_batch(
            s, counts.tobytes(), workdays is not None, days(pause_from, "pause_from"), days(pause_to, "pause_to"), coerce
        )
        eng = _engine(engine)
        d = np.frombuffer(due, dtype="<i8")
        p = np.frombuffer(paused, dtype="<i8")
        cols = {"due": d.view("datetime64[D]").astype("datetime64[s]"), "paused_days": pd.arrays.IntegerArray(p.copy(), p == _NAT)}
        if provisional:
            cols["provisional"] = d > eng._native.official_end_epoch()  # NaT is never past it
        return pd.DataFrame(cols, index=f.index)


def register() -> bool:
    """Registers ``.zw`` on pandas Series and DataFrames; False when pandas is not installed."""
    try:
        import pandas as pd
    except ImportError:
        return False
    import warnings

    with warnings.catch_warnings():  # re-registering on reload is not worth a warning
        warnings.simplefilter("ignore")
        pd.api.extensions.register_series_accessor("zw")(SeriesAccessor)
        pd.api.extensions.register_dataframe_accessor("zw")(DataFrameAccessor)
    return True
