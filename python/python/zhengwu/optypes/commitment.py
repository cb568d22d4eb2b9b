"""Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

The types of the commitment operations (re-exported by `zhengwu.optypes`)."""

from typing import Any, Literal, TypedDict, Union

from .common import Citation, CreditRecord, DishonestForm, IsoDate, Judgement, NotRequired, Period, PolicyUsed, Reason, Severity, Subject

Affirmations = TypedDict('Affirmations', {"studied_rules": NotRequired[bool], "meets_conditions": NotRequired[bool], "will_supply_in_time": NotRequired[bool], "materials_true": NotRequired[bool], "copies_identical": NotRequired[bool], "accepts_supervision": NotRequired[bool], "bears_consequences": NotRequired[bool], "statements_true": NotRequired[bool]})
"""The eight affirmations of 第十二条."""

Agent = TypedDict('Agent', {"name": NotRequired[Union[str, None]], "authorized": NotRequired[bool]})
"""委托代理人 (第十四条(二))."""

Alert = TypedDict('Alert', {"deadline": "CommitmentDeadlineKind", "due": "IsoDate", "kind": "AlertKind", "workdays_left": int, "citation": "Citation"})
"""A deadline due or passed (自动预警)."""

Applicant = TypedDict('Applicant', {"subject": Any, "records": NotRequired[list["CreditRecord"]]})

ApplyIn = TypedDict('ApplyIn', {"state": "State", "event": "CommitmentEvent"})

CommitmentPolicy = TypedDict('CommitmentPolicy', {"profile": str, "materials_period": "Period", "extension_period": "Period", "supervision_start": "Period", "verification_period": "Period", "rectification_cap": "Period", "letter_publication": "Period"})
"""The periods a commitment was opened under (kept in the state so replays need no profile)."""

CommitmentStep = TypedDict('CommitmentStep', {"state": "State", "deadlines": "Deadlines", "alerts": list["Alert"], "effects": list["Effect"], "provisional": NotRequired[Literal[True]], "reasons": NotRequired[list["Reason"]], "policy": NotRequired["CommitmentPolicy"], "notes": NotRequired[list[str]]})
"""A step of a commitment: the state after it, its deadlines, alerts and effects; `open` adds its reasons, the policy used and notes."""

CreditBrief = TypedDict('CreditBrief', {"blacklisted": bool, "commitment_allowed": bool, "subject": "Subject"})

Deadlines = TypedDict('Deadlines', {"materials_due": "IsoDate", "supervision_start_due": "IsoDate", "verification_due": "IsoDate", "rectification_cap": "IsoDate", "publication_due": "IsoDate", "rectification_due": NotRequired[Union["IsoDate", None]]})
"""Every deadline of a commitment."""

EligibilityIn = TypedDict('EligibilityIn', {"matter": str, "applicant": "Applicant", "missing": NotRequired[list[str]], "today": NotRequired[Union["IsoDate", None]]})

EligibilityOut = TypedDict('EligibilityOut', {"eligible": bool, "reasons": list["Reason"], "credit": "CreditBrief", "policy": "PolicyUsed"})

Letter = TypedDict('Letter', {"applicant_name": NotRequired[Union[str, None]], "affirmations": NotRequired["Affirmations"], "signatures": NotRequired["Signatures"], "copies": NotRequired[int], "agent": NotRequired[Union["Agent", None]]})
"""A commitment letter."""

LetterApplicant = TypedDict('LetterApplicant', {"name": str, "subject": NotRequired[Any], "agent": NotRequired[Union[str, None]]})

LetterIn = TypedDict('LetterIn', {"letter": "Letter"})

LetterMissing = TypedDict('LetterMissing', {"item": str, "label": str, "citation": "Citation"})
"""One missing part of a letter."""

LetterOut = TypedDict('LetterOut', {"complete": bool, "missing": list["LetterMissing"]})

OpenIn = TypedDict('OpenIn', {"matter": str, "applicant": "Applicant", "committed_on": "IsoDate", "decided_on": NotRequired[Union["IsoDate", None]], "missing": NotRequired[list[str]], "letter": NotRequired[Union["Letter", None]]})

RebaseIn = TypedDict('RebaseIn', {"state": "State"})

RecordOut = TypedDict('RecordOut', {"on": "IsoDate", "type": str, "judgement": NotRequired[Union["Judgement", None]], "form": NotRequired[Union["DishonestForm", None]], "severity": NotRequired[Union["Severity", None]], "matter": str})
"""A credit record an effect hands over: `{"on", "type", "judgement"?, "form"?, "severity"?, "matter"}`."""

RenderLetterIn = TypedDict('RenderLetterIn', {"matter": str, "applicant": "LetterApplicant", "committed_on": "IsoDate", "missing": NotRequired[list[str]]})

RenderedLetter = TypedDict('RenderedLetter', {"matter": str, "materials_due": "IsoDate", "provisional": bool, "text": str, "html": str, "reasons": list["Reason"]})
"""The rendered letter."""

Signatures = TypedDict('Signatures', {"applicant": NotRequired[bool], "authority": NotRequired[bool]})
"""Who signed."""

State = TypedDict('State', {"matter": str, "subject": "Subject", "status": "CommitmentStatus", "resume_to": NotRequired[list["CommitmentStatus"]], "committed_on": "IsoDate", "decided_on": "IsoDate", "last_event_on": "IsoDate", "missing": list[str], "supplied": list[str], "extended": bool, "verification": "Verification", "letter_published": bool, "deadlines": "Deadlines", "policy": "CommitmentPolicy", "provisional": NotRequired[bool]})
"""A commitment's state: what a host stores between events."""

TickBatchIn = TypedDict('TickBatchIn', {"states": list[Any], "today": "IsoDate"})

TickIn = TypedDict('TickIn', {"state": "State", "today": "IsoDate"})

AlertKind = Literal["approaching", "due_today", "passed"]
"""How close a deadline is (自动预警)."""

CommitmentDeadlineKind = Literal["materials_due", "supervision_start_due", "verification_due", "rectification_cap", "publication_due", "rectification_due"]
"""The deadlines of a commitment."""

CommitmentStatus = Literal["active", "extended", "fulfilled", "under_rectification", "suspended", "recommit_required", "overdue", "revoked"]
"""Where a commitment stands."""

RevocationReason = Literal["late_materials", "nonconforming", "falsified", "mismatch", "other"]
"""Why a licence is revoked."""

SubjectChange = Literal["legal_representative", "responsible_person", "name"]
"""What changed about the subject (第十四条(二))."""

Verification = Literal["not_started", "started", "completed"]
"""Progress of the supervising authority's verification (核查)."""

CommitmentEvent = dict[str, Any]
"""One event."""

Effect = dict[str, Any]
"""What the host must do, as data: `{"type", …details…, "citation"}`, each with the article behind it."""
