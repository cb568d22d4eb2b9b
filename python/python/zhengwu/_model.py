"""Typed records of zhengwu's outputs: dataclasses with Python types (``datetime.date``,
``decimal.Decimal`` for money, ``str`` enums), built from the JSON the engine returns."""

from __future__ import annotations

import datetime as _dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Dict, Mapping, Optional, Tuple


def _date(s: Optional[str]) -> Optional[_dt.date]:
    return None if s is None else _dt.date.fromisoformat(s)


class DayKind(str, enum.Enum):
    """What kind of day a date is."""

    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    ADJUSTED_WORKDAY = "adjusted_workday"


class Sex(str, enum.Enum):
    """性别, from the sequence code of a 公民身份号码."""

    MALE = "male"
    FEMALE = "female"


class Severity(str, enum.Enum):
    """Severity of a lint finding."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class MaterialStatus(str, enum.Enum):
    """What a material comes to for an applicant."""

    SHARED = "shared"
    ON_FILE = "on_file"
    LETTER = "letter"
    DEFERRED = "deferred"
    REQUIRED = "required"


class CommitmentStatus(str, enum.Enum):
    """Where a commitment stands."""

    ACTIVE = "active"
    EXTENDED = "extended"
    FULFILLED = "fulfilled"
    UNDER_RECTIFICATION = "under_rectification"
    SUSPENDED = "suspended"
    RECOMMIT_REQUIRED = "recommit_required"
    OVERDUE = "overdue"
    REVOKED = "revoked"


class Inspection(str, enum.Enum):
    """Inspection tier of a credit subject."""

    REDUCED = "reduced"
    NORMAL = "normal"
    INCREASED = "increased"


@dataclass(frozen=True)
class Citation:
    """The source document and article a decision rests on; ``text`` is the citation as printed
    (``《天津市“一制三化”改革信用承诺办法(试行)》第三条``)."""

    doc: str
    article: str
    text: str = ""

    def __str__(self) -> str:
        return self.text or f"{self.doc} {self.article}"


@dataclass(frozen=True)
class Reason:
    """One reason behind a decision."""

    code: str
    message: str
    citation: Citation

    @classmethod
    def from_json(cls, v: Mapping[str, Any]) -> "Reason":
        return cls(v["code"], v["message"], Citation(**v["citation"]))


def _reasons(v: Mapping[str, Any]) -> Tuple[Reason, ...]:
    return tuple(Reason.from_json(r) for r in v.get("reasons", ()))


@dataclass(frozen=True)
class Day:
    """One day of the calendar."""

    date: _dt.date
    workday: bool
    kind: DayKind
    holiday: Optional[str] = None
    adjusted_for: Optional[str] = None
    #: 1 = Monday … 7 = Sunday.
    weekday: int = 0
    #: The day lies in a projected year (暂定): its notice is not loaded.
    provisional: bool = False
    #: The notice of the day's year, or the projection rule, when either applies.
    reasons: Tuple[Reason, ...] = ()

    @classmethod
    def from_json(cls, v: Mapping[str, Any]) -> "Day":
        return cls(
            _dt.date.fromisoformat(v["date"]), v["workday"], DayKind(v["kind"]), v.get("holiday"), v.get("adjusted_for"),
            v["weekday"], bool(v.get("provisional", False)), tuple(Reason.from_json(r) for r in v.get("reasons", ())),
        )


@dataclass(frozen=True)
class Deadline:
    """A deadline and why it falls where it does."""

    start: _dt.date
    due: _dt.date
    paused_days: int
    rolled_from: Optional[_dt.date]
    reasons: Tuple[Reason, ...]
    #: The due date used a projected day (暂定): the year's holiday notice is not loaded.
    provisional: bool = False

    @classmethod
    def from_json(cls, v: Mapping[str, Any]) -> "Deadline":
        return cls(
            _dt.date.fromisoformat(v["start"]), _dt.date.fromisoformat(v["due"]), v["paused_days"], _date(v.get("rolled_from")), _reasons(v),
            bool(v.get("provisional", False)),
        )


@dataclass(frozen=True)
class ResidentIdCheck:
    """The check of a 公民身份号码 (only the masked form is kept)."""

    valid: bool
    masked: str
    region: Optional[Dict[str, Any]]
    birth_date: Optional[_dt.date]
    sex: Optional[Sex]
    reasons: Tuple[Reason, ...]

    @classmethod
    def from_json(cls, v: Mapping[str, Any]) -> "ResidentIdCheck":
        return cls(v["valid"], v["masked"], v.get("region"), _date(v.get("birth_date")), Sex(v["sex"]) if "sex" in v else None, _reasons(v))


@dataclass(frozen=True)
class UsccCheck:
    """The check of a 统一社会信用代码."""

    valid: bool
    code: Optional[str]
    registration_authority: Optional[Dict[str, Any]]
    entity_type: Optional[Dict[str, Any]]
    region: Optional[Dict[str, Any]]
    organization_code: Optional[Dict[str, Any]]
    reasons: Tuple[Reason, ...]

    @classmethod
    def from_json(cls, v: Mapping[str, Any]) -> "UsccCheck":
        return cls(v["valid"], v.get("code"), v.get("registration_authority"), v.get("entity_type"), v.get("region"), v.get("organization_code"), _reasons(v))


@dataclass(frozen=True)
class Department:
    """A department or unit."""

    id: str
    name: str


def _dept(d: Mapping[str, Any]) -> Department:
    return Department(d["id"], d["name"])


@dataclass(frozen=True)
class BundleMatter:
    """A matter as a bundle lists it."""

    code: str
    name: str
    department: Department
    co_departments: Tuple[Department, ...] = ()


@dataclass(frozen=True)
class Bundle:
    """一件事: related matters handled as one."""

    id: str
    name: str
    audience: str
    lead: Department
    matters: Tuple[BundleMatter, ...]
    together: Tuple[Tuple[str, ...], ...] = ()
    co_leads: Tuple[Department, ...] = ()
    number: Optional[int] = None

    @classmethod
    def from_json(cls, v: Mapping[str, Any]) -> "Bundle":
        dept = _dept
        matters = tuple(
            BundleMatter(m["code"], m["name"], dept(m["department"]), tuple(dept(d) for d in m.get("co_departments", ())))
            for m in v.get("matters", ())
        )
        return cls(v["id"], v["name"], v["audience"], dept(v["lead"]), matters, tuple(tuple(g) for g in v.get("together", ())),
                   tuple(dept(d) for d in v.get("co_leads", ())), v.get("number"))


@dataclass(frozen=True)
class Fee:
    """收费: amount in yuan as a Decimal."""

    amount: Decimal
    standard: Optional[str] = None
    basis: Optional[str] = None


@dataclass(frozen=True)
class Matter:
    """政务服务事项 (the common fields; ``raw`` holds the whole record)."""

    code: str
    name: str
    kind: Optional[str]
    department: Optional[str]
    modes: Tuple[str, ...]
    statutory_workdays: Optional[int]
    promised_workdays: Optional[int]
    fee: Optional[Fee]
    commitment_allowed: bool
    materials: Tuple[str, ...]
    form: Tuple[str, ...]
    after: Tuple[str, ...]
    raw: Dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_json(cls, v: Mapping[str, Any]) -> "Matter":
        t = v.get("time_limit") or {}
        fee = v.get("fee")
        return cls(
            v["code"], v["name"], v.get("kind"), v.get("department"), tuple(v.get("modes", ())),
            t.get("statutory_workdays"), t.get("promised_workdays"),
            Fee(Decimal(fee["amount"]), fee.get("standard"), fee.get("basis")) if fee else None,
            bool(v.get("commitment", {}).get("allowed")), tuple(m["material"] for m in v.get("materials", ())),
            tuple(f["element"] for f in v.get("form", ())), tuple(v.get("after", ())), dict(v),
        )


@dataclass(frozen=True)
class Finding:
    """One lint finding."""

    rule: str
    severity: Severity
    path: str
    message: str
    citation: Citation
    matter: Optional[str] = None
    material: Optional[str] = None
    bundle: Optional[str] = None

    @classmethod
    def from_json(cls, v: Mapping[str, Any]) -> "Finding":
        return cls(v["rule"], Severity(v["severity"]), v["path"], v["message"], Citation(**v["citation"]), v.get("matter"), v.get("material"), v.get("bundle"))


@dataclass(frozen=True)
class ResolvedMaterial:
    """A material and what it comes to."""

    material: str
    name: str
    status: MaterialStatus
    needed_by: Tuple[str, ...]
    reasons: Tuple[Reason, ...]

    @classmethod
    def from_json(cls, v: Mapping[str, Any]) -> "ResolvedMaterial":
        return cls(v["material"], v["name"], MaterialStatus(v["status"]), tuple(v["needed_by"]), _reasons(v))


@dataclass(frozen=True)
class CreditStatus:
    """A subject's credit position on a day."""

    subject: Dict[str, str]
    blacklisted: bool
    severe: bool
    commitment_allowed: bool
    green_channel: bool
    inspection: Inspection
    restrictions: Tuple[str, ...]
    listed_since: Optional[_dt.date]
    removal_eligible_on: Optional[_dt.date]
    reasons: Tuple[Reason, ...]
    #: Records entered after the 7 working days of 失信惩戒办法 第七条: index, found_on, due, entered_on.
    late_entries: Tuple[Dict[str, Any], ...] = ()

    @classmethod
    def from_json(cls, v: Mapping[str, Any]) -> "CreditStatus":
        return cls(
            dict(v["subject"]), v["blacklisted"], v["severe"], v["commitment_allowed"], v["green_channel"], Inspection(v["inspection"]),
            tuple(r["area"] for r in v["restrictions"]), _date(v.get("listed_since")), _date(v.get("removal_eligible_on")), _reasons(v),
            tuple(dict(x) for x in v.get("late_entries", ())),
        )


@dataclass(frozen=True)
class Alert:
    """A deadline due or passed."""

    deadline: str
    due: _dt.date
    kind: str
    workdays_left: int
    citation: Citation

    @classmethod
    def from_json(cls, v: Mapping[str, Any]) -> "Alert":
        return cls(v["deadline"], _dt.date.fromisoformat(v["due"]), v["kind"], v["workdays_left"], Citation(**v["citation"]))


@dataclass(frozen=True)
class FieldError:
    """A problem with one value of a form."""

    element: str
    code: str
    message: str


@dataclass(frozen=True)
class Packet:
    """What one matter's department receives. ``values`` carry the applicant's data whole — a
    公民身份号码 must reach the department — but ``repr`` shows them masked, for logs."""

    matter: str
    name: str
    department: Department
    values: Dict[str, Any]
    labels: Dict[str, str]

    def __repr__(self) -> str:
        from ._native import mask_resident_id

        def shown(v: Any) -> Any:
            return mask_resident_id(v) if isinstance(v, str) and _looks_like_id(v) else v

        values = {k: shown(v) for k, v in self.values.items()}
        return f"Packet(matter={self.matter!r}, name={self.name!r}, department={self.department!r}, values={values!r}, labels={self.labels!r})"


def _looks_like_id(s: str) -> bool:
    """An 18- or 15-character resident ID number, ASCII or full-width, separators ignored."""
    folded = "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" or c in "Ｘｘ" else c for c in s if c not in " -－\u3000")
    return (len(folded) == 18 and folded[:17].isdigit() and folded[17] in "0123456789Xx") or (len(folded) == 15 and folded.isdigit())
