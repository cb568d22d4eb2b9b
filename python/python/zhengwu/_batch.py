"""NumPy, pandas and list inputs of the batch functions, and their outputs (no copies where the
buffer protocol allows)."""

from __future__ import annotations

import array
import datetime as _dt
import operator
from typing import Any, Sequence, Tuple, Union

from ._native import InputError, InternalError, mask_text
from ._texts import say

_EPOCH = _dt.date(1970, 1, 1)
_NAT = -(2**63)
# The day of a moment is its day in China (UTC+8, without summer time since 1991): a timestamp
# with a time zone is moved there before its date is taken, in every door (JS reads a Date so).
_CHINA = _dt.timezone(_dt.timedelta(hours=8))
_CHINA_NS = 8 * 3600 * 10**9
# An integer at or past this is no day number of the calendar's range (10000101 days is the year
# 29349): one written as yyyymmdd (20240920) is refused as such, not read as a day in 57387.
_YYYYMMDD_FROM = 10_000_101
Dates = Union[Sequence[_dt.date], Any]  # a list of dates, a NumPy datetime64[D]/int array, or a pandas Series


def _error(code: str, text: str, path: Any = None, **args: Any) -> InputError:
    """An ``InputError`` with ``code``, ``message`` and ``path`` set, as the native door raises.
    The one way the Python side makes an error: its message is the text ``text`` of ``_texts``
    (Chinese; re-said in the engine's language as it leaves a method that knows its engine), and
    it and the path pass the core's egress rule (``mask_text``), so no value echoed in it shows a
    full resident ID number."""
    message = mask_text(say(text, "zh", **args))
    if isinstance(path, str):
        path = mask_text(path)
    err = InputError(f"{code}: {message}" + (f" (at {path})" if path else ""))
    err.code, err.path, err.message = code, path, message
    err._text, err._args, err._lang = text, args, "zh"  # type: ignore[attr-defined]
    return err


def _shown(value: str) -> str:
    """A caller's value as an error may show it: cut, masked, then quoted (masked first, so a
    control character in front cannot hide a number from the mask)."""
    return repr(mask_text(value[:32]))


def _day(d: Any, what: str) -> int:
    """Days since 1970-01-01 of one date: a ``datetime.date`` (or ``datetime``, pandas
    ``Timestamp``: its calendar date), a NumPy ``datetime64`` of any unit or an ISO
    ``YYYY-MM-DD`` string; anything else is ``input.wrong_type`` at ``what``."""
    if type(d).__name__ == "datetime64":  # a NumPy scalar, any unit
        days = d.astype("datetime64[D]")
        if days != days:
            raise _error("input.invalid_date", "nat", what)
        return int(days.astype("int64"))
    if isinstance(d, _dt.datetime):
        d = (d.astimezone(_CHINA) if d.utcoffset() is not None else d).date()
    elif isinstance(d, str):
        try:
            d = _dt.date.fromisoformat(d)
        except ValueError:
            raise _error("input.invalid_date", "not_date", what, value=_shown(d)) from None
    if not isinstance(d, _dt.date):
        if isinstance(d, int) and not isinstance(d, bool) and _looks_yyyymmdd(d):
            raise _error("input.wrong_type", "yyyymmdd", what, value=d)
        raise _error("input.wrong_type", "want_date", what, kind=type(d).__name__)
    return (d - _EPOCH).days


def _looks_yyyymmdd(n: int) -> bool:
    """Whether an integer reads as a date written yyyymmdd (20240920)."""
    if not _YYYYMMDD_FROM <= n <= 99_991_231:
        return False
    try:
        _dt.date(n // 10_000, n // 100 % 100, n % 100)
    except ValueError:
        return False
    return True


def _int_days(arr: Any, what: str) -> Any:
    """An integer column as day numbers; a value written yyyymmdd is refused at its row."""
    np = _numpy()
    big = np.flatnonzero(np.abs(arr) >= _YYYYMMDD_FROM) if len(arr) else ()
    for i in big[:1]:
        v = int(arr[i])
        if _looks_yyyymmdd(v):
            raise _error("input.wrong_type", "yyyymmdd", f"{what}[{i}]", value=v)
    return arr


def _china_moments(values: Any) -> Any:
    """A pandas or Arrow column of timestamps with a time zone as naive timestamps in China
    (see ``_CHINA``); anything else as it is."""
    tz = getattr(getattr(values, "dtype", None), "tz", None)
    if tz is not None and type(values).__module__.startswith("pandas"):  # Series or Index
        moved = values.dt.tz_convert(_CHINA) if hasattr(values, "dt") else values.tz_convert(_CHINA)
        return moved.dt.tz_localize(None) if hasattr(moved, "dt") else moved.tz_localize(None)
    kind = getattr(values, "type", None)
    if getattr(kind, "tz", None) and "pyarrow" in type(values).__module__:
        np = _numpy()
        raw = values.to_numpy(zero_copy_only=False)
        return raw.astype("datetime64[ns]") + np.timedelta64(_CHINA_NS, "ns")
    return values


def _count(n: Any, what: str) -> int:
    """A count of days: an integer (anything with ``__index__``) that fits in 64 bits."""
    if isinstance(n, bool):
        raise _error("input.wrong_type", "count_bool", what)
    try:
        v = operator.index(n)
    except Exception:
        raise _error("input.wrong_type", "want_count", what, kind=type(n).__name__) from None
    if not -(2**63) <= v < 2**63:
        raise _error("input.invalid_value", "count_64", what)
    return v


def _numpy() -> Any:
    try:
        import numpy

        return numpy
    except ImportError:  # pragma: no cover - NumPy is optional
        return None


def _missing(x: Any) -> bool:
    """None, NaN, NaT or pandas.NA: a missing value, which goes out missing."""
    if x is None:
        return True
    try:
        return bool(x != x)
    except (TypeError, ValueError):  # pandas.NA
        return True


def _arrow_values(values: Any) -> Any:
    """An object with the Arrow PyCapsule interface (pyarrow, Polars, DuckDB) as a pyarrow
    array, or ``values`` itself when it has none."""
    arrowish = hasattr(values, "__arrow_c_array__") or hasattr(values, "__arrow_c_stream__")
    if not arrowish or type(values).__module__.startswith("pandas"):
        return values
    try:
        import pyarrow as pa
    except ImportError:
        raise _error("input.wrong_type", "needs_pyarrow", None) from None
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        arr = values
    elif hasattr(values, "__arrow_c_stream__"):
        arr = pa.chunked_array(values) if not hasattr(values, "__arrow_c_array__") else pa.array(values)
    else:
        arr = pa.array(values)
    if pa.types.is_struct(arr.type):  # a one-column table (DuckDB): its column
        if arr.type.num_fields != 1:
            raise _error("input.wrong_type", "one_column", None, n=arr.type.num_fields)
        arr = pa.chunked_array([c.field(0) for c in (arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr])], type=arr.type.field(0).type)
    return arr


def _epoch_days(values: Any, what: str) -> Tuple[bytes, int, bool]:
    """Packs dates as little-endian i64 days since 1970-01-01 (missing ones as NaT); says
    whether the input was NumPy (or pandas, or Arrow), so that the output can be NumPy too.
    Accepts ``datetime64`` of any unit, day numbers, and objects: ``datetime.date``,
    ``datetime``, pandas ``Timestamp``, ISO text, None/NaN/NaT/NA."""
    arr, as_numpy = _epoch_array(values, what)
    return arr.tobytes(), len(arr), as_numpy


def _epoch_array(values: Any, what: str) -> Tuple[Any, bool]:
    """The days of :func:`_epoch_days` as an i64 NumPy array (for NumPy, pandas or Arrow input:
    a view where the input already holds day numbers) or an ``array('q')``."""
    np = _numpy()
    values = _china_moments(_arrow_values(values))
    if hasattr(values, "to_numpy") and np is not None:  # pandas Series / Index, pyarrow arrays
        values = values.to_numpy(zero_copy_only=False) if "pyarrow" in type(values).__module__ else values.to_numpy()
    if np is not None and isinstance(values, np.ndarray):
        if np.issubdtype(values.dtype, np.datetime64):
            arr = values.astype("datetime64[D]", copy=False).view("<i8")  # NaT is already i64::MIN
        elif np.issubdtype(values.dtype, np.integer):
            arr = _int_days(values.astype("<i8", copy=False), what)
        elif values.dtype.kind in "OUSf":
            arr = np.fromiter((_NAT if _missing(d) else _day(d, f"{what}[{i}]") for i, d in enumerate(values.tolist())), dtype="<i8", count=len(values))
        else:
            raise _error("input.wrong_type", "date_column", what, what=what)
        return arr, True
    days = array.array("q", (_NAT if _missing(d) else _day(d, f"{what}[{i}]") for i, d in enumerate(values)))
    if days.itemsize != 8:  # pragma: no cover
        raise InternalError("internal.panic: array('q') is not 8 bytes here")
    return days, False


# Rows per call of a native kernel on NumPy columns. A million-row column handed over whole is
# packed into fresh buffers of megabytes each time, and the kernel then waits on the memory
# system more than it computes (page faults were most of the cost); slices of this size stay in
# the cache and reuse the same memory, and cost a few microseconds of Python per slice.
_CHUNK = 1 << 16


def _in_slices(kernel: Any, days: Any, counts: Any) -> Any:
    """``kernel(days_bytes, counts_bytes, first_row)`` (a native batch kernel returning packed
    i64, which names a failing row from ``first_row`` on) over NumPy ``days`` and ``counts``
    (one count, or one a row), slice by slice into one i64 array; whole, as the kernel's bytes,
    where slicing does not apply (short input, counts of another length — the kernel then says
    so)."""
    np = _numpy()
    n = len(days)
    if np is None or not isinstance(days, np.ndarray) or not isinstance(counts, np.ndarray) or n <= _CHUNK or len(counts) not in (1, n):
        return kernel(days.tobytes(), counts.tobytes(), 0)
    out = np.empty(n, dtype="<i8")
    one = counts.tobytes() if len(counts) == 1 else None
    for at in range(0, n, _CHUNK):
        part = one if one is not None else counts[at : at + _CHUNK].tobytes()
        out[at : at + _CHUNK] = np.frombuffer(kernel(days[at : at + _CHUNK].tobytes(), part, at), dtype="<i8")
    return out


def _counts(values: Any, n: int) -> bytes:
    """Counts of days as 64-bit integers: one for all rows, or one a row. A count past 64 bits, or
    anything not an integer, is an ``InputError`` at ``days`` (never an ``OverflowError``)."""
    return bytes(_counts_array(values, n).tobytes())


def _counts_array(values: Any, n: int) -> Any:
    """The counts of :func:`_counts` as an i64 NumPy array (for NumPy input, or one count when
    NumPy is there) or an ``array('q')``."""
    np = _numpy()
    try:
        if isinstance(values, int):
            one = _count(values, "days")
            return np.array([one], dtype="<i8") if np is not None else array.array("q", [one])
        if hasattr(values, "to_numpy"):
            values = values.to_numpy()
        if np is not None and isinstance(values, np.ndarray):
            if values.dtype.kind == "u" and values.size and int(values.max()) >= 2**63:
                raise _error("input.invalid_value", "count_64", "days")
            return values.astype("<i8", copy=False)
        return array.array("q", values)
    except (OverflowError, TypeError) as e:
        raise _error("input.invalid_value" if isinstance(e, OverflowError) else "input.wrong_type", "days_64", "days", kind=type(e).__name__) from None


def _dates_out(buf: Any, as_numpy: bool) -> Any:
    """Packed i64 days (bytes, or an i64 array) as ``datetime64[D]`` for NumPy input, else as a
    list of dates with ``None`` for NaT."""
    if as_numpy:
        np = _numpy()
        return np.frombuffer(buf, dtype="<i8").view("datetime64[D]")
    ints = array.array("q")
    ints.frombytes(buf)
    return [None if x == _NAT else _EPOCH + _dt.timedelta(days=x) for x in ints]


def _ints_out(buf: bytes, as_numpy: bool) -> Any:
    if as_numpy:
        return _numpy().frombuffer(buf, dtype="<i8")
    ints = array.array("q")
    ints.frombytes(buf)
    return [None if x == _NAT else x for x in ints]


def _texts(values: Any) -> Tuple[bytes, int, bool]:
    np = _numpy()
    as_numpy = False
    if hasattr(values, "to_numpy"):
        values = values.to_numpy()
    if np is not None and isinstance(values, np.ndarray):
        as_numpy = True
        values = values.tolist()
    try:
        joined = "\0".join(values)
    except TypeError:
        joined = "\0".join(v if isinstance(v, str) else "" for v in values)
    return joined.encode("utf-8"), len(values), as_numpy


def _flags_out(buf: bytes, as_numpy: bool) -> Any:
    if as_numpy:
        return _numpy().frombuffer(buf, dtype="u1").astype(bool)
    return [b == 1 for b in buf]
