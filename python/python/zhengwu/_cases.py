"""Cases (办件) for analysts: 电子监察 of a whole table of cases in one call, and 综合考评 figures.

A table holds one row per case; columns (dates as ``datetime64`` of any unit, ``datetime.date``,
``datetime.datetime``, pandas ``Timestamp`` or ``"YYYY-MM-DD"``; missing values ``None``/``NaT``):

``matter`` (code, required), ``received`` (required), ``first_supplement``, ``supplements``
(count), ``accepted``, ``pause_from``/``pause_to`` (one published special step that stops the
clock), ``extension_workdays``, ``decided``, ``delivered``, ``visits``, ``evaluation`` (好差评
grade name). Missing optional columns read as none/zero.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import json
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional

from . import _native
from ._batch import _EPOCH, _day, _error, _missing, _numpy, _shown

if TYPE_CHECKING:
    from ._engine import Engine

NA = -(2**63)
_DATES = ("received", "first_supplement", "accepted", "pause_from", "pause_to", "decided", "delivered")
_COUNTS = (("supplements", "supplements"), ("extension_workdays", "extension"), ("visits", "visits"))
# Findings the columns can show (the others need the events: Engine.call("case.supervise", …)).
COLUMN_FINDINGS = (
    "late_supplement_notice",
    "repeated_supplement",
    "late_promised",
    "late_statutory",
    "late_delivery",
    "extension_beyond_law",
    "too_many_visits",
)


def _iso_day(d: Any) -> str:
    return (_EPOCH + _dt.timedelta(days=_day(d, "today"))).isoformat()


def _np() -> Any:
    np = _numpy()
    if np is None:  # pragma: no cover - NumPy is a dependency of the table functions
        raise _error("input.wrong_type", "needs_numpy_cases", None)
    return np


def _column(table: Any, name: str) -> Any:
    if isinstance(table, Mapping):
        return table.get(name)
    columns = getattr(table, "columns", None)
    return table[name] if columns is not None and name in columns else None


def _day_column(values: Any, n: int, what: str) -> Any:
    np = _np()
    if values is None:
        return np.full(n, NA, dtype="<i8")
    if hasattr(values, "to_numpy"):
        values = values.to_numpy()
    arr = np.asarray(values)
    if arr.dtype.kind == "M":
        days = arr.astype("datetime64[D]")
        out = days.view("<i8").astype("<i8", copy=True)
        out[np.isnat(days)] = NA
        return out
    if arr.dtype.kind in "iu":
        return arr.astype("<i8")

    def one(i: int, x: Any) -> int:
        return NA if _missing(x) else _day(x, f"{what}[{i}]")

    return np.fromiter((one(i, x) for i, x in enumerate(arr.tolist())), dtype="<i8", count=len(arr))


def _count_column(values: Any, n: int, what: str) -> Any:
    np = _np()
    if values is None:
        return np.zeros(n, dtype="<u4")
    if hasattr(values, "to_numpy"):
        values = values.to_numpy()
    raw = np.asarray(values)
    if raw.dtype.kind == "O":
        raw = np.asarray([0 if _missing(x) else x for x in raw.tolist()], dtype="float64")
    arr = np.nan_to_num(raw.astype("float64"), nan=0.0)
    if (arr < 0).any() or (arr > 2**32 - 1).any() or (arr != np.floor(arr)).any():
        raise _error("input.invalid_value", "counts_whole", what)
    return arr.astype("<u4")


def _sized(arr: Any, n: int, what: str) -> bytes:
    if len(arr) != n:
        raise _error("input.invalid_value", "rows_differ", what, what=what, rows=len(arr), n=n)
    return bytes(arr.tobytes())


def _columns(table: Any, today: Any) -> Dict[str, Any]:
    np = _np()
    matter = _column(table, "matter")
    received = _column(table, "received")
    if matter is None or received is None:
        raise _error("input.missing_field", "case_columns", "matter" if matter is None else "received")
    codes: Dict[str, int] = {}
    m = np.fromiter((codes.setdefault(str(c), len(codes)) for c in (matter.tolist() if hasattr(matter, "tolist") else matter)), dtype="<u4")
    n = len(m)
    cols: Dict[str, Any] = {"matter_codes": list(codes), "matter": m.tobytes()}
    for name in _DATES:
        cols[name] = _sized(_day_column(_column(table, name), n, name), n, name)
    for name, key in _COUNTS:
        cols[key] = _sized(_count_column(_column(table, name), n, name), n, name)
    grades = {g: i + 1 for i, g in enumerate(_native.CASE_GRADES)}
    ev = _column(table, "evaluation")
    if ev is not None and len(ev) != n:
        raise _error("input.invalid_value", "rows_differ", "evaluation", what="evaluation", rows=len(ev), n=n)
    if ev is None:
        cols["evaluation"] = bytes(n)
    else:
        out = bytearray(n)
        for i, g in enumerate(ev.tolist() if hasattr(ev, "tolist") else ev):
            if _missing(g):
                continue
            if g not in grades:
                raise _error("input.invalid_value", "not_grade", f"evaluation[{i}]", value=_shown(str(g)), grades=", ".join(grades))
            out[i] = grades[g]
        cols["evaluation"] = bytes(out)
    cols["today"] = _day(today, "today")
    return cols


def _call(engine: "Engine", table: Any, today: Any, coerce: bool, with_stats: bool) -> Any:
    c = _columns(table, today)
    return _native.case_columns(
        engine._native, c["matter_codes"], c["matter"], c["received"], c["first_supplement"], c["supplements"],
        c["accepted"], c["pause_from"], c["pause_to"], c["extension"], c["decided"], c["delivered"], c["visits"],
        c["evaluation"], c["today"], coerce, with_stats,
    )


def supervise_cases(engine: "Engine", table: Any, today: Any, *, errors: str = "raise") -> Any:
    """电子监察 of every row: status, acceptance in law, the due days, handling working days,
    on time, and one boolean column per finding the columns can show. A pandas DataFrame in gives
    a DataFrame with the same index (``category`` status, ``datetime64[s]`` dates, nullable
    ``Int64``/``boolean``); a mapping of columns gives a dict of NumPy arrays. ``errors="coerce"``
    leaves a row that cannot have happened empty instead of raising."""
    np = _np()
    status, accepted, promised, statutory, delivery, handling, on_time, findings, _ = _call(engine, table, today, errors == "coerce", False)
    st = np.frombuffer(status, dtype="u1")
    names = np.array(list(_native.CASE_STATUSES) + [None], dtype=object)
    out: Dict[str, Any] = {"status": names[np.minimum(st, len(names) - 1)]}

    def dates(b: bytes) -> Any:
        d = np.frombuffer(b, dtype="<i8")
        r = d.astype("datetime64[D]").astype("datetime64[s]")
        r[d == NA] = np.datetime64("NaT")
        return r

    out["accepted_on"] = dates(accepted)
    out["promised_due"] = dates(promised)
    out["statutory_due"] = dates(statutory)
    out["delivery_due"] = dates(delivery)
    h = np.frombuffer(handling, dtype="<i8")
    ot = np.frombuffer(on_time, dtype="i1")
    mask = np.frombuffer(findings, dtype="<u4")
    bits = {k: 1 << i for i, k in enumerate(_native.CASE_FINDINGS)}
    pd = _pandas_for(table)
    if pd is None:
        out["handling_workdays"] = np.where(h == NA, -1, h)
        out["on_time"] = ot
        for k in COLUMN_FINDINGS:
            out[k] = (mask & bits[k]) != 0
        return out
    frame = pd.DataFrame(index=table.index)
    frame["status"] = pd.Categorical(out["status"], categories=list(_native.CASE_STATUSES))
    for k in ("accepted_on", "promised_due", "statutory_due", "delivery_due"):
        frame[k] = out[k]
    frame["handling_workdays"] = pd.array(np.where(h == NA, 0, h), dtype="Int64")
    frame.loc[h == NA, "handling_workdays"] = pd.NA
    on = pd.array(ot == 1, dtype="boolean")
    on[ot == -1] = pd.NA
    frame["on_time"] = on
    for k in COLUMN_FINDINGS:
        frame[k] = (mask & bits[k]) != 0
    return frame


def _pandas_for(table: Any) -> Optional[Any]:
    if not hasattr(table, "columns") or not hasattr(table, "index"):
        return None
    try:
        return importlib.import_module("pandas")
    except ImportError:  # pragma: no cover
        return None


def case_stats(engine: "Engine", table: Any, today: Any) -> Dict[str, Any]:
    """综合考评 over a table of cases: the ``case.stats`` figures (per department and matter, with
    the targets), as a dict. Rows that cannot have happened are counted in ``refused``."""
    np = _np()
    status, *_, stats = _call(engine, table, today, True, True)
    refused = int((np.frombuffer(status, dtype="u1") == 255).sum())
    day = _EPOCH + _dt.timedelta(days=_day(today, "today"))
    return {"today": day.isoformat(), "refused": refused, **json.loads(stats)}
