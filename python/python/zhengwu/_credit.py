"""信用状况 as columns: the credit standing of many subjects at once — blacklisted, listed since,
severe, commitment allowed, green channel, inspection tier, removal eligible on — from each
subject's records (as ``credit.status`` takes them), or from a long table of records with one row
per record. The same decision as ``credit.status``, without a JSON object per subject."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, List, Optional

from . import _native
from ._batch import _epoch_days, _error, _missing
from ._columns import _output, _texts
from ._ids import _engine
from ._texts import by_engine_kwarg, speaks

if TYPE_CHECKING:
    from ._engine import Engine

INSPECTIONS = ["reduced", "normal", "increased"]
_NAT = -(2**63)




def _days(today: Any, n: int) -> bytes:
    """``today`` as packed epoch days: one date, or one per subject."""
    if hasattr(today, "__len__") and not isinstance(today, str):
        days, m, _ = _epoch_days(today, "today")
        if m != n:
            raise _error("input.invalid_value", "subjects_days", "today", n=n, m=m)
        return days
    return _epoch_days([today], "today")[0]


def _items(records: Any) -> Optional[List[Any]]:
    """The entries of a list, tuple or object Series/array as one list; ``None`` for text,
    Arrow data and typed columns, which go to the native module as they are. (A pandas Series
    also offers Arrow's stream protocol, so its dtype is asked first.)"""
    if isinstance(records, (str, bytes)):
        return None
    if hasattr(records, "dtype"):
        return records.tolist() if str(records.dtype) == "object" else None
    if hasattr(records, "__arrow_c_array__") or hasattr(records, "__arrow_c_stream__"):
        return None
    return list(records)


def _as_rows(records: Any) -> Optional[List[Any]]:
    """Records given as lists of dicts, with ``None`` for a missing subject: the rows as one
    list the native module reads straight, or ``None`` for any other shape (text, Arrow, NaN
    for a missing row), which goes as text."""
    items = _items(records)
    if items is not None and all(r is None or type(r) is list for r in items) and any(r is not None for r in items):
        return items
    return None


def _as_text(records: Any) -> Any:
    """Records given as lists of dicts become JSON text; text (and Arrow) passes through."""
    items = _items(records)
    if items is None:
        return records
    first = next((r for r in items if not (r is None or isinstance(r, float) and r != r)), None)
    if not isinstance(first, (list, tuple)):
        return records
    text = [r if isinstance(r, str) or r is None or not isinstance(r, (list, tuple)) and _missing(r) else json.dumps(r, ensure_ascii=False, default=str) for r in items]
    if type(records).__module__.startswith("pandas"):
        import pandas as pd

        return pd.Series(text, index=records.index, dtype=object)
    return text


@speaks(by_engine_kwarg)
def credit_status(
    records: Any, today: Any, *, engine: Optional["Engine"] = None, errors: str = "raise", output: Optional[str] = None
) -> Any:
    """The standing of each subject: ``records`` holds one entry per subject — its records as a
    list of dicts or as JSON text (a list, Series or Arrow array; null for a missing row) —
    and ``today`` is one date or one per subject. Returns ``blacklisted``, ``severe``,
    ``commitment_allowed``, ``green_channel`` (nullable ``boolean``), ``inspection``
    (``category``), ``listed_since`` and ``removal_eligible_on`` (``datetime64[s]``), keeping a
    Series' index. A row that fails (records out of date order, an unknown record type) raises
    with the row in its path, or is missing with ``errors="coerce"``."""
    import numpy as np

    from ._columns import _bools, _categorical

    if errors not in ("raise", "coerce"):
        raise _error("input.invalid_value", "errors_mode", "errors", given=repr(errors))
    native = _engine(engine)._native
    rows = _as_rows(records)
    cols = None
    if rows is not None:
        index = getattr(records, "index", None) if type(records).__module__.startswith("pandas") else None
        n = len(rows)
        cols = _native.credit_status_rows(native, rows, _days(today, n), errors == "coerce")
    if cols is None:
        data, offsets, n, missing, index = _texts(_as_text(records))
        cols = _native.credit_status_columns(native, data, offsets, n, missing, _days(today, n), errors == "coerce")
    flag = [np.frombuffer(c, dtype="u1") for c in cols[:4]]
    tier = np.frombuffer(cols[4], dtype="u1").astype("<i4")
    tier[tier == 255] = -1
    dates = [np.frombuffer(c, dtype="<i8").view("datetime64[D]").astype("datetime64[s]") for c in cols[5:]]
    out = {
        "blacklisted": _bools(flag[0] == 1, flag[0] == 255),
        "severe": _bools(flag[1] == 1, flag[1] == 255),
        "commitment_allowed": _bools(flag[2] == 1, flag[2] == 255),
        "green_channel": _bools(flag[3] == 1, flag[3] == 255),
        "inspection": _categorical(tier, INSPECTIONS, np),
        "listed_since": dates[0],
        "removal_eligible_on": dates[1],
    }
    return _output(out, index, output)


@speaks(by_engine_kwarg)
def credit_status_long(
    table: Any, today: Any, *, subject: str = "subject", engine: Optional["Engine"] = None, errors: str = "raise"
) -> Any:
    """The standing of every subject of a long table of records (one row per record, in any
    order: ``subject``, ``type``, ``on`` and the record's other fields as ``credit.status`` names
    them; missing fields are left out). Returns one row per subject, indexed by it."""
    import pandas as pd

    frame = pd.DataFrame(table).copy()
    if subject not in frame.columns or "on" not in frame.columns or "type" not in frame.columns:
        raise _error("input.missing_field", "credit_columns", subject, subject=repr(subject))
    frame["on"] = pd.to_datetime(frame["on"]).dt.strftime("%Y-%m-%d")
    for c in frame.columns:
        if c != subject and pd.api.types.is_datetime64_any_dtype(frame[c]):
            frame[c] = frame[c].dt.strftime("%Y-%m-%d")
    frame = frame.sort_values([subject, "on"], kind="stable")
    fields = [c for c in frame.columns if c != subject]
    texts = {}
    for key, group in frame.groupby(subject, sort=True):
        rows = group[fields].to_dict("records")
        texts[key] = json.dumps([{k: v for k, v in r.items() if not _missing(v)} for r in rows], ensure_ascii=False, default=str)
    s = pd.Series(texts, dtype=object)
    s.index.name = subject
    return credit_status(s, today, engine=engine, errors=errors)


def credit_status_json(engine: "Engine", records: Any, today: Any) -> Any:
    """Spark's ``zw_credit_status``: the columns as plain Python values (dates as ``date``)."""
    import pandas as pd

    df = credit_status(pd.Series(records).reset_index(drop=True), pd.Series(today).reset_index(drop=True), engine=engine, errors="coerce")
    out = pd.DataFrame(
        {
            "blacklisted": df.blacklisted.astype(object),
            "commitment_allowed": df.commitment_allowed.astype(object),
            "severe": df.severe.astype(object),
            "inspection": df.inspection.astype(object),
            "listed_since": df.listed_since.dt.date.astype(object),
            "removal_eligible_on": df.removal_eligible_on.dt.date.astype(object),
        }
    )
    return out.where(out.notna(), None)
