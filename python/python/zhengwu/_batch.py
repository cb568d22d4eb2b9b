"""NumPy, pandas and list inputs of the batch functions, and their outputs (no copies where the
buffer protocol allows)."""

from __future__ import annotations

import array
import datetime as _dt
import operator
from typing import Any, Sequence, Tuple, Union

from ._native import InputError, InternalError

_EPOCH = _dt.date(1970, 1, 1)
_NAT = -(2**63)
Dates = Union[Sequence[_dt.date], Any]  # a list of dates, a NumPy datetime64[D]/int array, or a pandas Series


def _error(code: str, message: str, path: Any = None) -> InputError:
    """An ``InputError`` with ``code``, ``message`` and ``path`` set, as the native door raises."""
    err = InputError(f"{code}: {message}" + (f" (at {path})" if path else ""))
    err.code, err.path, err.message = code, path, message
    return err


def _day(d: Any, what: str) -> int:
    """Days since 1970-01-01 of one date: a ``datetime.date`` (or ``datetime``, pandas
    ``Timestamp``: its calendar date), a NumPy ``datetime64`` of any unit or an ISO
    ``YYYY-MM-DD`` string; anything else is ``input.wrong_type`` at ``what``."""
    if type(d).__name__ == "datetime64":  # a NumPy scalar, any unit
        days = d.astype("datetime64[D]")
        if days != days:
            raise _error("input.invalid_date", "NaT is not a date", what)
        return int(days.astype("int64"))
    if isinstance(d, _dt.datetime):
        d = d.date()
    elif isinstance(d, str):
        try:
            d = _dt.date.fromisoformat(d)
        except ValueError:
            raise _error("input.invalid_date", f"{d[:32]!r} is not a date (YYYY-MM-DD)", what) from None
    if not isinstance(d, _dt.date):
        raise _error("input.wrong_type", f"expected a date, got {type(d).__name__}", what)
    return (d - _EPOCH).days


def _count(n: Any, what: str) -> int:
    """A count of days: an integer (anything with ``__index__``) that fits in 64 bits."""
    if isinstance(n, bool):
        raise _error("input.wrong_type", "expected an integer count of days, got bool", what)
    try:
        v = operator.index(n)
    except Exception:
        raise _error("input.wrong_type", f"expected an integer count of days, got {type(n).__name__}", what) from None
    if not -(2**63) <= v < 2**63:
        raise _error("input.invalid_value", "the count of days does not fit in 64 bits", what)
    return v


def _numpy() -> Any:
    try:
        import numpy

        return numpy
    except ImportError:  # pragma: no cover - NumPy is optional
        return None


def _epoch_days(values: Any, what: str) -> Tuple[bytes, int, bool]:
    """Packs dates as little-endian i64 days since 1970-01-01; says whether the input was NumPy
    (or pandas), so that the output can be NumPy too. No Python object per element for arrays."""
    np = _numpy()
    if hasattr(values, "to_numpy") and np is not None:  # pandas Series / Index
        values = values.to_numpy()
    if np is not None and isinstance(values, np.ndarray):
        if np.issubdtype(values.dtype, np.datetime64):
            arr = values.astype("datetime64[D]", copy=False).view("<i8")
        elif np.issubdtype(values.dtype, np.integer):
            arr = values.astype("<i8", copy=False)
        elif values.dtype == object:
            arr = np.asarray([(d - _EPOCH).days for d in values], dtype="<i8")
        else:
            raise InputError(f"input.wrong_type: {what} must hold dates (datetime64[D]) or day numbers")
        return arr.tobytes(), len(arr), True
    days = array.array("q", ((d - _EPOCH).days for d in values))
    if days.itemsize != 8:  # pragma: no cover
        raise InternalError("internal.panic: array('q') is not 8 bytes here")
    return days.tobytes(), len(days), False


def _counts(values: Any, n: int) -> bytes:
    np = _numpy()
    if isinstance(values, int):
        return array.array("q", [values]).tobytes()
    if hasattr(values, "to_numpy"):
        values = values.to_numpy()
    if np is not None and isinstance(values, np.ndarray):
        return bytes(values.astype("<i8", copy=False).tobytes())
    return array.array("q", values).tobytes()


def _dates_out(buf: bytes, as_numpy: bool) -> Any:
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
