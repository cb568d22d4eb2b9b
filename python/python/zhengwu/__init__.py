"""zhengwu (政务): the rules of Chinese government-service administration.

One engine, one JSON door, and a typed API beside it::

    >>> import datetime, zhengwu
    >>> engine = zhengwu.Engine()
    >>> engine.call("calendar.add_workdays", {"date": "2024-09-30", "days": 1})
    {'date': '2024-10-08'}
    >>> engine.calendar.add_workdays(datetime.date(2024, 9, 30), 1)
    datetime.date(2024, 10, 8)

Errors are :class:`ZhengwuError` (a :class:`ValueError`) with a stable ``code`` and a ``path``
into the input, raised as the subclass of their area::

    >>> try:
    ...     engine.call("calendar.day", {"date": "2031-01-01"})
    ... except zhengwu.CalendarError as e:
    ...     print(e.code, e.path)
    calendar.out_of_range date
"""
from __future__ import annotations

from ._accessor import register as _register_accessor
from ._calendar import Calendar
from ._columns import parse_resident_ids, parse_usccs
from ._commitment import Commitment
from ._credit import credit_status, credit_status_long
from ._engine import (
    Engine,
    _restore,  # noqa: F401 — pickles made by earlier versions name zhengwu._restore
)
from ._forms import Form
from ._ids import (
    check_resident_id,
    check_uscc,
    is_valid_resident_id,
    is_valid_resident_id_batch,
    is_valid_uscc,
    is_valid_uscc_batch,
    mask_resident_id,
)
from ._model import (
    Alert,
    Bundle,
    BundleMatter,
    Citation,
    CommitmentStatus,
    CreditStatus,
    Day,
    DayKind,
    Deadline,
    Department,
    Fee,
    FieldError,
    Finding,
    Inspection,
    MaterialStatus,
    Matter,
    Packet,
    Reason,
    ResidentIdCheck,
    ResolvedMaterial,
    Severity,
    Sex,
    UsccCheck,
)
from ._native import (
    ABI_VERSION,
    CalendarError,
    CaseError,
    CatalogError,
    CommitmentError,
    ConfigError,
    CreditError,
    FormError,
    InputError,
    InternalError,
    ZhengwuError,
    __version__,
)
from ._sheets import catalog_from_xlsx, catalog_to_xlsx

__all__ = [
    "ABI_VERSION", "Alert", "Bundle", "BundleMatter", "Calendar", "CalendarError", "CatalogError", "Citation",
    "Commitment", "CommitmentError", "CommitmentStatus", "ConfigError", "CreditError", "CreditStatus", "Day",
    "DayKind", "Deadline", "Department", "Engine", "Fee", "FieldError", "Finding", "Form", "FormError", "CaseError",
    "InputError", "Inspection", "InternalError", "MaterialStatus", "Matter", "Packet", "Reason",
    "ResidentIdCheck", "ResolvedMaterial", "Severity", "Sex", "UsccCheck", "ZhengwuError", "__version__",
    "check_resident_id", "check_uscc", "is_valid_resident_id", "is_valid_resident_id_batch", "is_valid_uscc",
    "is_valid_uscc_batch", "mask_resident_id", "parse_resident_ids", "parse_usccs", "credit_status", "credit_status_long", "catalog_from_xlsx", "catalog_to_xlsx",
]

_register_accessor()
