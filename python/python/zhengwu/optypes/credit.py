"""Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

The types of the credit operations (re-exported by `zhengwu.optypes`)."""

from typing import Any, Literal, TypedDict, Union

from .common import Citation, CreditRecord, DishonestForm, IsoDate, Judgement, NotRequired, PolicyUsed, Reason, Severity, Subject

Application = TypedDict('Application', {"application_letter": NotRequired[bool], "subject_qualification": NotRequired[bool], "materials_supplied_proof": NotRequired[bool], "penalties_fulfilled_proof": NotRequired[bool], "rectification_proof": NotRequired[bool], "other_requested": NotRequired[list[str]], "other_provided": NotRequired[list[str]]})
"""The items of a repair application (第十二条(一)…(六))."""

CaseFacts = TypedDict('CaseFacts', {"supplied_on_time": NotRequired[bool], "conforming": NotRequired[bool], "decision_revoked": NotRequired[bool], "falsified": NotRequired[bool], "other_ground": NotRequired[Union[str, None]], "serious_harm": NotRequired[bool], "serious_disorder": NotRequired[bool], "acted_without_license": NotRequired[bool], "serious_consequences": NotRequired[bool], "minor": NotRequired[bool], "on": NotRequired[Union["IsoDate", None]], "found_on": NotRequired[Union["IsoDate", None]], "matter": NotRequired[Union[str, None]]})
"""The facts of one finished case."""

LateEntry = TypedDict('LateEntry', {"record": int, "found_on": "IsoDate", "due": "IsoDate", "entered_on": "IsoDate"})
"""A record entered later than the credit-entry period after the violation was found (失信信息纳入期限, `tj-2018-discipline` 第七条: "应当在7个工作日内…纳入社会信用不良记录")."""

RepairIn = TypedDict('RepairIn', {"application": "Application"})

RepairMissing = TypedDict('RepairMissing', {"item": str, "label": str, "citation": "Citation"})
"""One missing item."""

RepairOut = TypedDict('RepairOut', {"complete": bool, "missing": list["RepairMissing"]})

Restriction = TypedDict('Restriction', {"area": str, "label": str, "citation": "Citation"})
"""A restriction in force."""

StatusBatchIn = TypedDict('StatusBatchIn', {"subjects": list[Any], "today": "IsoDate"})

StatusColumnsIn = TypedDict('StatusColumnsIn', {"records": list[Any], "today": "IsoDate"})

StatusColumnsOut = TypedDict('StatusColumnsOut', {"blacklisted": list[Union[bool, None]], "listed_since": list[Union[str, None]], "severe": list[Union[bool, None]], "commitment_allowed": list[Union[bool, None]], "green_channel": list[Union[bool, None]], "inspection": list[Union["Inspection", None]], "removal_eligible_on": list[Union[str, None]]})

StatusIn = TypedDict('StatusIn', {"subject": Any, "records": NotRequired[list["CreditRecord"]], "today": "IsoDate"})

StatusOut = TypedDict('StatusOut', {"subject": "Subject", "blacklisted": bool, "listed_since": NotRequired[Union["IsoDate", None]], "severe": bool, "commitment_allowed": bool, "restrictions": list["Restriction"], "green_channel": bool, "inspection": "Inspection", "removal_eligible_on": NotRequired[Union["IsoDate", None]], "late_entries": NotRequired[list["LateEntry"]], "reasons": list["Reason"], "policy": "PolicyUsed"})
"""A subject's status with the parameters it used."""

Verdict = TypedDict('Verdict', {"judgement": "Judgement", "form": NotRequired[Union["DishonestForm", None]], "severity": NotRequired[Union["Severity", None]], "record_due": NotRequired[Union["IsoDate", None]], "record": NotRequired[Union["CreditRecord", None]], "reasons": list["Reason"]})
"""The judgement, its form and severity, and the reasons."""

Inspection = Literal["reduced", "normal", "increased"]
"""检查频次."""
