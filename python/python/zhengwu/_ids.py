"""Identifier checks (公民身份号码, 统一社会信用代码): one at a time, in batches, and the full check
with reasons on a default engine."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Dict, Optional

from . import _native
from ._batch import _error, _flags_out, _texts
from ._model import (
    ResidentIdCheck,
    UsccCheck,
)

if TYPE_CHECKING:
    from ._engine import Engine


def is_valid_resident_id(id: str) -> bool:
    """Whether ``id`` is a valid 公民身份号码 (GB 11643)."""
    return _native.is_valid_resident_id(id)


def is_valid_uscc(code: str) -> bool:
    """Whether ``code`` is a valid 统一社会信用代码 (GB 32100)."""
    return _native.is_valid_uscc(code)


def is_valid_resident_id_batch(ids: Any) -> Any:
    """Validity of many resident ID numbers (a list, NumPy array or pandas Series of str);
    NumPy bool array out for NumPy/pandas input, else a list. Non-strings count as invalid."""
    buf, n, as_numpy = _texts(ids)
    return _flags_out(_native.resident_valid_batch(buf, n), as_numpy)


def is_valid_uscc_batch(codes: Any) -> Any:
    """Validity of many USCCs; as :func:`is_valid_resident_id_batch`."""
    buf, n, as_numpy = _texts(codes)
    return _flags_out(_native.uscc_valid_batch(buf, n), as_numpy)


def mask_resident_id(id: str) -> str:
    """The masked display form (``110105********002X``). Text that is not a ``str``, or holds a
    lone surrogate (no UTF-8 text can), is an :class:`InputError`."""
    if not isinstance(id, str):
        raise _error("input.wrong_type", "want_str", kind=type(id).__name__)
    try:
        return _native.mask_resident_id(id)
    except UnicodeEncodeError:
        raise _error("input.invalid_value", "utf8_surrogate") from None


_DEFAULT: Optional["Engine"] = None


def _default() -> "Engine":
    global _DEFAULT
    if _DEFAULT is None:
        from ._engine import Engine

        _DEFAULT = Engine()
    return _DEFAULT


def _engine(engine: Optional["Engine"]) -> "Engine":
    """``engine``, or the default engine."""
    return engine if engine is not None else _default()


def check_resident_id(id: str, today: Optional[_dt.date] = None) -> ResidentIdCheck:
    """The full check of a 公民身份号码, with reasons."""
    inp: Dict[str, Any] = {"id": id}
    if today is not None:
        inp["today"] = today.isoformat()
    return ResidentIdCheck.from_json(_default().call("id.resident", inp))


def check_uscc(code: str) -> UsccCheck:
    """The full check of a 统一社会信用代码, with reasons."""
    return UsccCheck.from_json(_default().call("id.uscc", {"code": code}))
