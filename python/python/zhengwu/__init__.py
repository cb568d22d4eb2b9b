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

import array
import datetime as _dt
import json
import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from . import _native
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

__all__ = [
    "ABI_VERSION", "Alert", "Bundle", "BundleMatter", "Calendar", "CalendarError", "CatalogError", "Citation",
    "Commitment", "CommitmentError", "CommitmentStatus", "ConfigError", "CreditError", "CreditStatus", "Day",
    "DayKind", "Deadline", "Department", "Engine", "Fee", "FieldError", "Finding", "Form", "FormError",
    "InputError", "Inspection", "InternalError", "MaterialStatus", "Matter", "Packet", "Reason",
    "ResidentIdCheck", "ResolvedMaterial", "Severity", "Sex", "UsccCheck", "ZhengwuError", "__version__",
    "check_resident_id", "check_uscc", "is_valid_resident_id", "is_valid_resident_id_batch", "is_valid_uscc",
    "is_valid_uscc_batch", "mask_resident_id",
]

_EPOCH = _dt.date(1970, 1, 1)
_NAT = -(2**63)
Dates = Union[Sequence[_dt.date], Any]  # a list of dates, a NumPy datetime64[D]/int array, or a pandas Series


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


class Calendar:
    """The working-day calendar of an engine (期限计算). Dates are :class:`datetime.date`."""

    __slots__ = ("_engine",)

    def __init__(self, engine: "Engine") -> None:
        self._engine = engine

    def day(self, d: _dt.date) -> Day:
        """The kind of a day, with the holiday's name."""
        return Day.from_json(self._engine.call("calendar.day", {"date": d.isoformat()}))

    def is_workday(self, d: _dt.date) -> bool:
        """Whether ``d`` is a working day (调休 weekend days are)."""
        return self._engine._native.is_workday_epoch((d - _EPOCH).days)

    def add_workdays(self, d: _dt.date, days: int) -> _dt.date:
        """The ``days``-th working day after ``d`` (``d`` not counted; negative counts back)."""
        return _EPOCH + _dt.timedelta(days=self._engine._native.add_workdays_epoch((d - _EPOCH).days, days))

    def workdays_between(self, start: _dt.date, end: _dt.date) -> int:
        """Working days from ``start`` to ``end`` (``start < d <= end``; negative backwards)."""
        return self._engine._native.workdays_between_epoch((start - _EPOCH).days, (end - _EPOCH).days)

    def deadline(
        self,
        start: _dt.date,
        *,
        workdays: Optional[int] = None,
        natural_days: Optional[int] = None,
        pauses: Iterable[Tuple[_dt.date, _dt.date]] = (),
    ) -> Deadline:
        """A deadline in working or natural days, skipping paused intervals (both ends in)."""
        if (workdays is None) == (natural_days is None):
            raise InputError("input.invalid_value: give exactly one of workdays= or natural_days=")
        period = {"workdays": workdays} if workdays is not None else {"natural_days": natural_days}
        p = [{"from": a.isoformat(), "to": b.isoformat()} for a, b in pauses]
        return Deadline.from_json(self._engine.call("calendar.deadline", {"start": start.isoformat(), "period": period, "pauses": p}))

    def add_workdays_batch(self, dates: Dates, days: Union[int, Sequence[int], Any], *, errors: str = "raise") -> Any:
        """``add_workdays`` over many dates at once (GIL released). ``dates``: a list of dates, a
        NumPy ``datetime64[D]`` (or day-number) array, or a pandas Series; ``days``: one count or
        one per date. Returns a NumPy ``datetime64[D]`` array for NumPy/pandas input, else a list.
        ``errors="coerce"`` gives NaT (``None`` in lists) for dates that fail."""
        buf, n, as_numpy = _epoch_days(dates, "dates")
        out = self._engine._native.add_workdays_batch(buf, _counts(days, n), errors == "coerce")
        return _dates_out(out, as_numpy)

    def workdays_between_batch(self, starts: Dates, ends: Dates, *, errors: str = "raise") -> Any:
        """``workdays_between`` over pairs of dates at once; NumPy int64 out for NumPy input."""
        a, _, as_numpy = _epoch_days(starts, "starts")
        b, _, _ = _epoch_days(ends, "ends")
        return _ints_out(self._engine._native.workdays_between_batch(a, b, errors == "coerce"), as_numpy)

    def is_workday_batch(self, dates: Dates) -> Any:
        """``is_workday`` over many dates; a NumPy bool array for NumPy input, else a list."""
        buf, _, as_numpy = _epoch_days(dates, "dates")
        out = self._engine._native.is_workday_batch(buf, False)
        if as_numpy:
            return _numpy().frombuffer(out, dtype="u1").astype(bool)
        return [b == 1 for b in out]

    def __repr__(self) -> str:
        meta = self._engine.call("meta.version")["calendar"]
        return f"<zhengwu.Calendar {meta['name']} {meta['from']}..{meta['to']}>"


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
    """The masked display form (``110105********002X``)."""
    return _native.mask_resident_id(id)


_DEFAULT: Optional["Engine"] = None


def _default() -> "Engine":
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Engine()
    return _DEFAULT


def check_resident_id(id: str, today: Optional[_dt.date] = None) -> ResidentIdCheck:
    """The full check of a 公民身份号码, with reasons."""
    inp: Dict[str, Any] = {"id": id}
    if today is not None:
        inp["today"] = today.isoformat()
    return ResidentIdCheck.from_json(_default().call("id.resident", inp))


def check_uscc(code: str) -> UsccCheck:
    """The full check of a 统一社会信用代码, with reasons."""
    return UsccCheck.from_json(_default().call("id.uscc", {"code": code}))


def _iso(v: Any) -> Any:
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _iso(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_iso(x) for x in v]
    return v


class Commitment:
    """A commitment (承诺审批) as stored state, moved on by events and ticks. Immutable: each
    step returns a new :class:`Commitment`; ``effects`` and ``alerts`` say what to do."""

    __slots__ = ("_engine", "state", "effects", "alerts")

    def __init__(self, engine: "Engine", state: Dict[str, Any], effects: Sequence[Dict[str, Any]] = (), alerts: Sequence[Dict[str, Any]] = ()) -> None:
        self._engine = engine
        self.state = state
        self.effects = list(effects)
        self.alerts = [Alert.from_json(a) for a in alerts]

    @property
    def status(self) -> CommitmentStatus:
        return CommitmentStatus(self.state["status"])

    @property
    def deadlines(self) -> Dict[str, _dt.date]:
        return {k: _dt.date.fromisoformat(v) for k, v in self.state["deadlines"].items()}

    def apply(self, event: Mapping[str, Any]) -> "Commitment":
        """Applies one event (``{"type", "on", ...}``; dates may be :class:`datetime.date`)."""
        out = self._engine.call("commitment.apply", {"state": self.state, "event": _iso(dict(event))})
        return Commitment(self._engine, out["state"], out["effects"], out["alerts"])

    def tick(self, today: _dt.date) -> "Commitment":
        """Raises alerts for deadlines due or passed and moves an overdue commitment on."""
        out = self._engine.call("commitment.tick", {"state": self.state, "today": today.isoformat()})
        return Commitment(self._engine, out["state"], out["effects"], out["alerts"])

    def __reduce__(self) -> Any:
        return (Commitment, (self._engine, self.state, self.effects, []))

    def __repr__(self) -> str:
        d = self.state["deadlines"]
        return f"<zhengwu.Commitment {self.state['matter']} {self.status.value} materials_due={d['materials_due']}>"


class Form:
    """A merged form (一表申报): fields, materials and conflicts, with prefill, validate, split."""

    __slots__ = ("_engine", "data")

    def __init__(self, engine: "Engine", data: Dict[str, Any]) -> None:
        self._engine = engine
        self.data = data

    @property
    def order(self) -> List[str]:
        return list(self.data["order"])

    @property
    def fields(self) -> List[Dict[str, Any]]:
        return list(self.data["fields"])

    @property
    def conflicts(self) -> List[Dict[str, Any]]:
        return list(self.data["conflicts"])

    def prefill(self, shared: Mapping[str, Mapping[str, Any]], values: Optional[Mapping[str, Any]] = None, *, overwrite: bool = False) -> Dict[str, Any]:
        """Fills what shared sources hold; keeps what the applicant typed unless ``overwrite``."""
        return self._engine.call("form.prefill", {"form": self.data, "shared": _iso(dict(shared)), "values": _iso(dict(values or {})), "overwrite": overwrite})

    def validate(self, values: Mapping[str, Any]) -> List[FieldError]:
        """Problems with the values, one per element and code; empty when valid."""
        out = self._engine.call("form.validate", {"form": self.data, "values": _iso(dict(values))})
        return [FieldError(**e) for e in out["errors"]]

    def split(self, values: Mapping[str, Any]) -> List[Packet]:
        """Each matter's own fields and values, under its own labels."""
        out = self._engine.call("form.split", {"form": self.data, "values": _iso(dict(values))})
        return [
            Packet(p["matter"], p["name"], Department(**p["department"]), dict(p["values"]), {f["element"]: f["label"] for f in p["fields"]})
            for p in out["packets"]
        ]

    def __reduce__(self) -> Any:
        return (Form, (self._engine, self.data))

    def __repr__(self) -> str:
        return f"<zhengwu.Form {len(self.data['order'])} matters, {len(self.data['fields'])} fields, {len(self.data['conflicts'])} conflicts>"


class Engine:
    """A zhengwu engine: working-day calendar, policy profile and catalog.

    ``Engine()`` loads the embedded defaults (cn-mainland calendar 2018–2026, profile
    ``tianjin-2018``, the Tianjin sample catalog). ``config`` may hold ``"calendar"``,
    ``"calendar_years"``, ``"calendar_files"``, ``"calendar_projection"``, ``"catalog"``,
    ``"policy"`` and ``"limits"``. ``calendar_files`` names year files (zhengwu's or holiday-cn's
    shape) to load — the year the State Council has just announced; they are read here and
    travel with the engine's configuration, so a pickled engine needs no files where it lands.
    ``calendar_projection="statutory"`` answers later years from the statutory holidays, marked
    provisional. Engines are immutable, safe to share between threads, and pickle by their
    configuration.
    """

    __slots__ = ("_native",)

    def __init__(
        self,
        config: Optional[Mapping[str, Any]] = None,
        *,
        calendar_files: Optional[Sequence[Union[str, "os.PathLike[str]"]]] = None,
        calendar_projection: Optional[str] = None,
    ) -> None:
        if calendar_files is not None or calendar_projection is not None:
            merged: Dict[str, Any] = dict(config or {})
            years = list(merged.get("calendar_years", []))
            for path in calendar_files or ():
                with open(path, encoding="utf-8") as f:
                    years.append(json.load(f))
            if years:
                merged["calendar_years"] = years
            if calendar_projection is not None:
                merged["calendar_projection"] = calendar_projection
            config = merged
        text = None if config is None else json.dumps(config, ensure_ascii=False)
        self._native = _native.Engine(text)

    def call(self, op: str, input: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """Runs operation ``op`` on ``input`` (a dict; ``None`` means ``{}``) and returns a dict."""
        text = "{}" if input is None else json.dumps(input, ensure_ascii=False)
        result: Dict[str, Any] = json.loads(self._native.call_json(op, text))
        return result

    def call_json(self, op: str, input_json: str) -> str:
        """Runs ``op`` on JSON text and returns JSON text, byte-identical to every other door."""
        return self._native.call_json(op, input_json)

    @property
    def calendar(self) -> Calendar:
        """The working-day calendar."""
        return Calendar(self)

    def policy(self) -> Dict[str, Any]:
        """The policy profile: every parameter with its value, citation and effective date."""
        return self.call("policy.get")

    # --- catalog
    def bundles(self, audience: Optional[str] = None) -> List[Bundle]:
        """The 一件事 bundles (with their matters)."""
        inp: Dict[str, Any] = {"with_matters": True}
        if audience is not None:
            inp["audience"] = audience
        return [Bundle.from_json(b) for b in self.call("bundle.list", inp)["bundles"]]

    def bundle(self, id: str) -> Bundle:
        """One bundle."""
        return Bundle.from_json(self.call("bundle.get", {"bundle": id})["bundle"])

    def matter(self, code: str) -> Matter:
        """One matter."""
        return Matter.from_json(self.call("matter.get", {"code": code})["matter"])

    def matters(self) -> List[Matter]:
        """Every matter of the catalog's bundles, each once, in bundle order."""
        seen: Dict[str, Matter] = {}
        for b in self.bundles():
            for m in b.matters:
                if m.code not in seen:
                    seen[m.code] = self.matter(m.code)
        return list(seen.values())

    def lint(self, catalog: Optional[Mapping[str, Any]] = None) -> List[Finding]:
        """The catalog's findings against the reform rules."""
        inp = {} if catalog is None else {"catalog": catalog}
        return [Finding.from_json(f) for f in self.call("catalog.lint", inp)["findings"]]

    def stats(self, catalog: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """The catalog's measures against the §2 targets."""
        return self.call("catalog.stats", {} if catalog is None else {"catalog": catalog})

    def resolve_materials(self, matters: Sequence[str], dossier: Optional[Mapping[str, Any]] = None) -> List[ResolvedMaterial]:
        """What the applicant still brings for ``matters``."""
        out = self.call("materials.resolve", {"matters": list(matters), "dossier": _iso(dict(dossier or {}))})
        return [ResolvedMaterial.from_json(m) for m in out["materials"]]

    # --- commitment and credit
    def commitment_eligibility(self, matter: str, subject: Mapping[str, str], missing: Sequence[str] = (), records: Sequence[Mapping[str, Any]] = (), today: Optional[_dt.date] = None) -> Tuple[bool, Tuple[Reason, ...]]:
        """Whether commitment approval must be offered, and why."""
        inp: Dict[str, Any] = {"matter": matter, "applicant": {"subject": dict(subject), "records": _iso(list(records))}, "missing": list(missing)}
        if today is not None:
            inp["today"] = today.isoformat()
        out = self.call("commitment.eligibility", inp)
        return out["eligible"], tuple(Reason.from_json(r) for r in out["reasons"])

    def open_commitment(self, matter: str, subject: Mapping[str, str], committed_on: _dt.date, missing: Sequence[str], *, decided_on: Optional[_dt.date] = None, records: Sequence[Mapping[str, Any]] = ()) -> Commitment:
        """Opens a commitment: every deadline computed from the calendar and the profile."""
        inp: Dict[str, Any] = {"matter": matter, "applicant": {"subject": dict(subject), "records": _iso(list(records))}, "committed_on": committed_on.isoformat(), "missing": list(missing)}
        if decided_on is not None:
            inp["decided_on"] = decided_on.isoformat()
        out = self.call("commitment.open", inp)
        return Commitment(self, out["state"], out["effects"], out["alerts"])

    def credit_status(self, subject: Mapping[str, str], records: Sequence[Mapping[str, Any]], today: _dt.date) -> CreditStatus:
        """A subject's credit position on ``today``."""
        return CreditStatus.from_json(self.call("credit.status", {"subject": dict(subject), "records": _iso(list(records)), "today": today.isoformat()}))

    def credit_status_batch(self, subjects: Iterable[Mapping[str, Any]], today: _dt.date) -> List[Union[CreditStatus, ZhengwuError]]:
        """Many subjects (``{"subject", "records"}`` each) in one call; a bad item gives its error
        in its slot instead of failing the batch."""
        out = self.call("credit.status_batch", {"subjects": _iso(list(subjects)), "today": today.isoformat()})
        results: List[Union[CreditStatus, ZhengwuError]] = []
        for r in out["results"]:
            if "error" in r:
                err = ZhengwuError(f"{r['error']['code']}: {r['error']['message']}")
                err.code, err.path, err.message = r["error"]["code"], r["error"].get("path"), r["error"]["message"]
                results.append(err)
            else:
                results.append(CreditStatus.from_json(r))
        return results

    # --- one form
    def merge_form(self, matters: Optional[Sequence[str]] = None, *, bundle: Optional[str] = None, choose: Optional[Sequence[str]] = None) -> Form:
        """One form for ``matters``, or for a ``bundle`` (optionally only ``choose``)."""
        inp: Dict[str, Any] = {}
        if matters is not None:
            inp["matters"] = list(matters)
        if bundle is not None:
            inp["bundle"] = bundle
        if choose is not None:
            inp["choose"] = list(choose)
        return Form(self, self.call("form.merge", inp))

    def __reduce__(self) -> Any:
        return (_restore, (self._native.config_json,))

    def __repr__(self) -> str:
        meta = self.call("meta.version")
        cal = meta["calendar"]
        return f"<zhengwu.Engine policy={meta['policy']!r} calendar={cal['name']} {cal['from']}..{cal['to']}>"


def _restore(config_json: Optional[str]) -> Engine:
    engine = Engine.__new__(Engine)
    engine._native = _native.Engine(config_json)
    return engine
