"""Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

The types several areas share (re-exported by `zhengwu.optypes`)."""

import sys
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Union

if TYPE_CHECKING or sys.version_info >= (3, 11):
    from typing import NotRequired as NotRequired
else:  # Python 3.10 reads the types; only type checkers need NotRequired

    class NotRequired:
        def __class_getitem__(cls, item: Any) -> Any:
            return item

Citation = TypedDict('Citation', {"doc": str, "article": str, "text": str})
"""Where a rule comes from: the source's id, its article, and the citation as printed (《全称》条目)."""

Error = TypedDict('Error', {"code": "ErrorCode", "message": str, "path": NotRequired[Union[str, None]]})
"""An error with a stable code, a human message and, when the fault lies in the input, the path to it (`pauses[1].to`, `calendar.years.2027.days_off[3].date`)."""

PolicyUsed = TypedDict('PolicyUsed', {"profile": str})
"""The parameters an answer used: the profile's name and each parameter by name."""

Reason = TypedDict('Reason', {"code": str, "message": str, "citation": "Citation"})
"""理由 — one reason behind a decision: a stable code, a message for people, and its citation."""

DishonestForm = Literal["falsified", "late_materials", "nonconforming_revoked", "other"]
"""失信的表现形式 (`tj-2018-commitment` 第九条)."""

Empty = dict[str, Any]

EnforcementStatus = Literal["unfulfilled", "fulfilled"]
"""The state of a court enforcement against the subject (失信被执行人, `baodi-2018` 二(三))."""

ErrorCode = Literal["input.invalid_json", "input.missing_field", "input.unknown_field", "input.wrong_type", "input.invalid_value", "input.invalid_date", "input.too_large", "input.too_deep", "input.duplicate_key", "input.null_argument", "input.invalid_utf8", "op.unknown", "config.invalid", "config.unknown_profile", "config.unknown_parameter", "calendar.out_of_range", "calendar.invalid_data", "calendar.invalid_pause", "calendar.incomplete_year", "calendar.implausible_year", "calendar.invalid_notice", "catalog.invalid", "catalog.duplicate_id", "catalog.unknown_department", "catalog.unknown_material", "catalog.unknown_element", "catalog.unknown_matter", "catalog.unknown_bundle", "credit.invalid_subject", "credit.records_unordered", "commitment.invalid_transition", "commitment.incomplete_letter", "commitment.not_eligible", "commitment.invalid_event", "commitment.invalid_state", "case.invalid_events", "form.cycle", "form.not_in_bundle", "form.invalid", "explain.invalid_answer", "internal.panic"]
"""A stable error code."""

IsoDate = str

Judgement = Literal["honest", "dishonest"]
"""评判等级 (`tj-2018-commitment` 第七条)."""

LintRule = Literal["matter.missing_element", "matter.missing_contact", "matter.duplicate_code", "matter.name_mismatch", "matter.hierarchy", "matter.out_of_scope", "matter.after_cycle", "item.department_rule_only", "matter.default_validity", "mode.immediate_with_special_steps", "mode.online_without_url", "mode.id_card_only_needs_more", "limit.statutory_missing", "limit.promised_missing", "limit.promised_exceeds_statutory", "limit.compression_below_target", "limit.license_over_target", "fee.missing_standard_or_basis", "convenience.missing", "convenience.joint_without_departments", "commitment.excluded_domain", "commitment.irrevocable", "commitment.deferrable_without_commitment", "material.missing_rank", "material.missing_attribute", "material.missing_source", "material.missing_notes", "material.applicant_without_template", "material.form_without_blank_or_sample", "material.shared_but_asked", "bundle.department_mismatch"]
"""A rule of the catalog lint, by its id."""

LintSeverity = Literal["error", "warning", "info"]
"""How serious a finding is."""

ListSource = Literal["credit_platform", "joint_system"]
"""The source of an external blacklist merged into the 诚信档案 (`tj-2018-commitment` 第八条)."""

Period = dict[str, Any]
"""A period: so many working days (工作日) or natural days (自然日)."""

Severity = Literal["minor", "general", "severe"]
"""Severity: 严重失信 (`tj-2018-discipline` 第五条), general, or 轻微失信 (第十四条)."""

SpecialStep = Literal["paper_review", "site_survey", "drawing_review", "publicity", "hearing", "bidding", "auction", "inspection", "testing", "quarantine", "appraisal", "expert_review", "quantity_limit"]
"""A special review step (特殊环节), `tj-2018-disclosure` 第十三条(三)."""

Subject = dict[str, Any]
"""信用主体: an enterprise by its 统一社会信用代码 or a person by the 公民身份号码 (masked in answers)."""

CreditRecord = dict[str, Any]
"""One fact of a subject's credit history."""

ParamValue = Union[Period, str, dict[str, Any], bool]
"""A parameter's value: a period, a ratio as a decimal string, whole years, or a flag."""
