"""The engine: configuration, the JSON door, and the typed API's entry points."""

from __future__ import annotations

import datetime as _dt
import json
import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from . import _cases, _native
from ._batch import _error, _shown
from ._calendar import Calendar
from ._commitment import Commitment, _iso
from ._forms import Form
from ._model import (
    Bundle,
    CreditStatus,
    Finding,
    Matter,
    Reason,
    ResolvedMaterial,
)
from ._native import ConfigError, InputError, ZhengwuError
from ._texts import resay, say, speaking_class


def _json_default(v: Any) -> Any:
    """What ``json`` cannot write itself: dates as ``YYYY-MM-DD``, NumPy scalars as their values."""
    if isinstance(v, _dt.date):
        return (v.date() if isinstance(v, _dt.datetime) else v).isoformat()
    kind = type(v).__name__
    if kind == "datetime64":
        return str(v.astype("datetime64[D]"))
    if hasattr(v, "item") and type(v).__module__ == "numpy":
        return v.item()
    raise TypeError(f"{kind} is not JSON")


@speaking_class
class Engine:
    """A zhengwu engine: working-day calendar, policy profile and catalog.

    ``Engine()`` loads the embedded defaults (cn-mainland calendar 2004–2026, profile
    ``tianjin-2018``, the Tianjin sample catalog). ``config`` may hold ``"calendar"``,
    ``"calendar_years"``, ``"calendar_files"``, ``"calendar_projection"``, ``"catalog"``,
    ``"policy"``, ``"regions"`` (rows ``{"code", "name", "from"?, "to"?}`` that extend the embedded
GB/T 2260 table — newer codes, or names a host keeps) and ``"limits"``. ``calendar_files`` names year files (zhengwu's or holiday-cn's
    shape) to load — the year the State Council has just announced; they are read here and
    travel with the engine's configuration, so a pickled engine needs no files where it lands.
    ``calendar_projection="statutory"`` answers later years from the statutory holidays, marked
    provisional. Engines are immutable, safe to share between threads, and pickle by their
    configuration.
    """

    __slots__ = ("_native", "_lang")

    def __init__(
        self,
        config: Optional[Mapping[str, Any]] = None,
        *,
        calendar_files: Optional[Sequence[Union[str, "os.PathLike[str]"]]] = None,
        calendar_projection: Optional[str] = None,
    ) -> None:
        lang = config.get("lang") if isinstance(config, Mapping) else None
        self._lang = lang if lang in ("zh", "en") else "zh"
        try:
            self._init(config, calendar_files=calendar_files, calendar_projection=calendar_projection)
        except ZhengwuError as e:
            resay(e, self._lang)
            raise

    def _init(
        self,
        config: Optional[Mapping[str, Any]] = None,
        *,
        calendar_files: Optional[Sequence[Union[str, "os.PathLike[str]"]]] = None,
        calendar_projection: Optional[str] = None,
    ) -> None:
        if calendar_files is not None or calendar_projection is not None:
            merged: Dict[str, Any] = dict(config or {})
            years = list(merged.get("calendar_years", []))
            for i, path in enumerate(calendar_files or ()):
                # Read by the core's ingress rule: a regular file of at most 64 MiB (a FIFO or
                # /dev/zero is refused before it is read), then parsed here.
                year_text = _native.read_text_file(os.fspath(path), _MAX_FILE_BYTES)
                try:
                    years.append(json.loads(year_text))
                except ValueError as e:
                    raise _config_error("calendar.invalid_data", "file_not_json", f"calendar_files[{i}]", file=_shown(os.fspath(path)), error=e) from None
            if years:
                merged["calendar_years"] = years
            if calendar_projection is not None:
                merged["calendar_projection"] = calendar_projection
            config = merged
        try:
            if config is not None:
                _too_many_values(config)
            text = None if config is None else json.dumps(config, ensure_ascii=False, separators=(",", ":"), check_circular=False)
        except ZhengwuError:
            raise
        except Exception as e:  # a set, bytes, a mapping that raises: not a configuration
            raise _config_error("config.invalid", "config_not_json", None, kind=type(e).__name__) from None
        try:
            self._native = _native.Engine(text)
        except UnicodeEncodeError:
            raise _config_error("config.invalid", "config_surrogate", None) from None

    def _said(self, err: ZhengwuError) -> ZhengwuError:
        resay(err, self._lang)
        return err

    def call(self, op: str, input: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """Runs operation ``op`` on ``input`` (a dict; ``None`` means ``{}``) and returns a dict.
        Dates in the input may be ``datetime.date``, ``datetime`` or pandas ``Timestamp`` (their
        calendar day) or NumPy ``datetime64``; NumPy numbers and booleans are their values.
        An input JSON cannot carry (a ``bytes`` value, an integer past 64 bits, nesting deeper
        than Python allows, a lone surrogate) is an :class:`InputError` with a code, like every
        other fault of the input."""
        if type(op) is str:
            # Straight from the dict to the engine and back, when the input is plain JSON data
            # inside the limits; otherwise (dates, NumPy values, a Mapping, …) through the text.
            fast = self._native.call_value(op, {} if input is None else input)
            if fast is not None:
                return fast
        try:
            text = "{}" if input is None else json.dumps(input, ensure_ascii=False, default=_json_default, separators=(",", ":"), check_circular=False)
        except Exception as e:  # TypeError, ValueError, RecursionError, or whatever a Mapping's own items() raises
            raise self._said(_input_error("input.wrong_type", "input_not_json", kind=type(e).__name__)) from None
        result: Dict[str, Any] = json.loads(self.call_json(op, text))
        return result

    def call_json(self, op: str, input_json: str) -> str:
        """Runs ``op`` on JSON text and returns JSON text, byte-identical to every other door."""
        if not isinstance(op, str) or not isinstance(input_json, str):
            raise self._said(_input_error("input.wrong_type", "op_str"))
        try:
            return self._native.call_json(op, input_json)
        except UnicodeEncodeError:
            raise self._said(_input_error("input.invalid_json", "text_surrogate")) from None

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

    # --- documents
    def commitment_letter(self, matter: str, applicant_name: str, committed_on: Any, missing: Sequence[str] = (), *, subject: Optional[Mapping[str, str]] = None, agent: Optional[str] = None) -> Dict[str, Any]:
        """告知承诺书 for ``matter``: ``text`` and printable ``html``, ``materials_due`` (暂定 when
        ``provisional``) and the reasons."""
        applicant: Dict[str, Any] = {"name": applicant_name}
        if subject is not None:
            applicant["subject"] = dict(subject)
        if agent is not None:
            applicant["agent"] = agent
        return self.call("commitment.letter", {"matter": matter, "applicant": applicant, "committed_on": _cases._iso_day(committed_on), "missing": list(missing)})

    def parse_notice(self, text: str, year: Optional[int] = None) -> Dict[str, Any]:
        """国务院办公厅关于部分节假日安排的通知 as published, read: ``days_off``, ``workdays``,
        ``holidays``, ``year_files`` (load with ``Engine({"calendar_years": …})``), ``complete``, ``changes``
        against the projection and the reasons. A text that cannot be read without guessing
        raises ``CalendarError`` (``calendar.invalid_notice``) naming the item and phrase."""
        inp: Dict[str, Any] = {"text": text}
        if year is not None:
            inp["year"] = year
        return self.call("calendar.parse_notice", inp)

    def diff_years(self, *, text: Optional[str] = None, year_file: Optional[Mapping[str, Any]] = None, states: Sequence[Mapping[str, Any]] = (), cases: Sequence[Mapping[str, Any]] = (), today: Any = None) -> Dict[str, Any]:
        """What loading a year (a notice's ``text`` or a ``year_file``) would change: the days,
        and the deadlines of stored commitment ``states`` and supervised ``cases`` that move."""
        inp: Dict[str, Any] = {"states": [dict(s) for s in states], "cases": [dict(c) for c in cases]}
        if text is not None:
            inp["text"] = text
        if year_file is not None:
            inp["year_file"] = dict(year_file)
        if today is not None:
            inp["today"] = _cases._iso_day(today)
        return self.call("calendar.diff_years", inp)

    def matter_guide(self, code: str) -> Dict[str, Any]:
        """办事指南 of the matter ``code`` (公开公示办法 第七条): ``sections`` in the order of 第七条
        (each element ``present``, a legal ``default`` or ``missing``), ``gaps`` (the lint's findings
        about it), ``text`` and printable ``html``."""
        return self.call("matter.guide", {"code": code})

    def bundle_guide(self, bundle: str) -> Dict[str, Any]:
        """办事指南 of the 一件事 ``bundle``: its matters in 前置 order, one set of materials, the
        total promised time, places and phones; ``text`` and printable ``html``."""
        return self.call("bundle.guide", {"bundle": bundle})

    def explain(self, op: str, answer: Mapping[str, Any]) -> Dict[str, Any]:
        """明白纸 for the answer of ``op``: ``summary``, ``actions`` (what to do, by when),
        ``reasons`` (why, with citations), as ``text`` and ``html``."""
        return self.call("explain.answer", {"op": op, "answer": dict(answer)})

    def docs(self) -> List[Dict[str, Any]]:
        """Every cited source: title, 文号, issuer, date, where it applies."""
        return list(self.call("meta.docs")["docs"])

    # --- cases (电子监察, 综合考评)
    def supervise_case(self, case: Mapping[str, Any], today: Any, *, alert_workdays: int = 3) -> Dict[str, Any]:
        """电子监察 of one case (``{"matter", "events": [{"type", "on", …}]}``): status, every
        limit, alerts and findings, each cited (the ``case.supervise`` answer)."""
        return self.call("case.supervise", {"case": _iso(dict(case)), "today": _cases._iso_day(today), "alert_workdays": alert_workdays})

    def supervise_cases(self, table: Any, today: Any, *, errors: str = "raise") -> Any:
        """电子监察 of a table of cases in one call (see :mod:`zhengwu._cases` for the columns):
        a DataFrame with the same index for a DataFrame, else a dict of NumPy arrays."""
        return _cases.supervise_cases(self, table, today, errors=errors)

    def case_stats(self, table: Any, today: Any) -> Dict[str, Any]:
        """综合考评 figures per department and matter over a table of cases (``case.stats``)."""
        return _cases.case_stats(self, table, today)

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
        text = self._native.call_json("form.merge", json.dumps(inp, ensure_ascii=False))
        return Form(self, json.loads(text), _native.Form.from_json(self._native, text))

    def __reduce__(self) -> Any:
        return (_restore, (self._native.config_json,))

    def __repr__(self) -> str:
        meta = self.call("meta.version")
        cal = meta["calendar"]
        return f"<zhengwu.Engine policy={meta['policy']!r} calendar={cal['name']} {cal['from']}..{cal['to']}>"


def _input_error(code: str, text: str, **args: Any) -> InputError:
    return _error(code, text, None, **args)


def _too_many_values(config: Mapping[str, Any]) -> None:
    """A list longer than ``limits.max_config_values`` is past the core's value budget by itself
    (each item is a value): refused here with the core's own error, before seconds are spent
    writing it as JSON only to be refused."""
    if not isinstance(config, Mapping):
        return
    given = config.get("limits")
    limits: Mapping[str, Any] = given if isinstance(given, Mapping) else {}
    most = limits.get("max_config_values", 1 << 20)
    catalog = config.get("catalog")
    lists = [*config.values(), *(catalog.values() if isinstance(catalog, Mapping) else ())]
    if isinstance(most, int) and any(isinstance(v, (list, tuple)) and len(v) > most for v in lists):
        err = _error("input.too_large", "too_many_config_values", most=most)
        resay(err, "en" if config.get("lang") == "en" else "zh")
        raise err


#: The largest calendar file read (the core's ``limits.max_file_bytes`` default).
_MAX_FILE_BYTES = 64 << 20


def _config_error(code: str, text: str, path: Optional[str], **args: Any) -> ConfigError:
    """A ``ConfigError`` as the native door raises it, through the same egress (masked), its
    text one of ``_texts`` (re-said in the configuration's language by ``Engine.__init__``)."""
    message = _native.mask_text(say(text, "zh", **args))
    err = ConfigError(f"{code}: {message}" + (f" (at {path})" if path else ""))
    err.code, err.path, err.message = code, path, message
    err._text, err._args, err._lang = text, args, "zh"  # type: ignore[attr-defined]
    return err


def _restore(config_json: Optional[str]) -> Engine:
    engine = Engine.__new__(Engine)
    engine._native = _native.Engine(config_json)
    lang = json.loads(config_json).get("lang") if config_json else None
    engine._lang = lang if lang in ("zh", "en") else "zh"
    return engine
