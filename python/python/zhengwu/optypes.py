"""Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

The input and answer of every operation as typed dictionaries (`OPS`: operation → input and
answer types), for type checkers and editors; the engine itself takes and gives plain dicts."""

import sys
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Union

if TYPE_CHECKING or sys.version_info >= (3, 11):
    from typing import NotRequired
else:  # Python 3.10 reads the types; only type checkers need NotRequired

    class NotRequired:
        def __class_getitem__(cls, item: Any) -> Any:
            return item

AddIn = TypedDict('AddIn', {"date": "IsoDate", "days": int})

Added = TypedDict('Added', {"matter": str, "name": str})
"""A matter of the new catalog that the old one lacked."""

Affirmations = TypedDict('Affirmations', {"studied_rules": NotRequired[bool], "meets_conditions": NotRequired[bool], "will_supply_in_time": NotRequired[bool], "materials_true": NotRequired[bool], "copies_identical": NotRequired[bool], "accepts_supervision": NotRequired[bool], "bears_consequences": NotRequired[bool], "statements_true": NotRequired[bool]})
"""The eight affirmations of 第十二条."""

Agent = TypedDict('Agent', {"name": NotRequired[Union[str, None]], "authorized": NotRequired[bool]})
"""委托代理人 (第十四条(二))."""

Alert = TypedDict('Alert', {"deadline": "CommitmentDeadlineKind", "due": "IsoDate", "kind": "AlertKind", "workdays_left": int, "citation": "Citation"})
"""A deadline due or passed (自动预警)."""

AlertKind = Literal["approaching", "due_today", "passed"]
"""How close a deadline is (自动预警)."""

AlertLevel = Literal["approaching", "due_today", "passed"]
"""自动预警 level (`baodi-2018` 三(四))."""

Applicant = TypedDict('Applicant', {"subject": Any, "records": NotRequired[list["CreditRecord"]]})

Application = TypedDict('Application', {"application_letter": NotRequired[bool], "subject_qualification": NotRequired[bool], "materials_supplied_proof": NotRequired[bool], "penalties_fulfilled_proof": NotRequired[bool], "rectification_proof": NotRequired[bool], "other_requested": NotRequired[list[str]], "other_provided": NotRequired[list[str]]})
"""The items of a repair application (第十二条(一)…(六))."""

ApplyIn = TypedDict('ApplyIn', {"state": "State", "event": "CommitmentEvent"})

Audience = Literal["natural_person", "legal_person", "both"]
"""服务对象 (`tj-2018-disclosure` 第八条(四))."""

BasisKind = Literal["law", "administrative_regulation", "local_regulation", "department_rules", "local_government_rules", "normative_document", "department_document", "habit", "none"]
"""The kind of norm a requirement rests on (法律规范的位阶)."""

BasisUse = Literal["setting", "other"]
"""What a 法定依据 is to the matter (`tj-2018-disclosure` 第十一条)."""

BatchIn = TypedDict('BatchIn', {"cases": list[Any], "today": "IsoDate", "alert_workdays": NotRequired[int]})

BetweenIn = TypedDict('BetweenIn', {"from": "IsoDate", "to": "IsoDate"})

BundleIn = TypedDict('BundleIn', {"bundle": str})

BundleMatterOut = TypedDict('BundleMatterOut', {"code": str, "name": str, "department": "Department", "co_departments": NotRequired[list["Department"]]})

BundleOut = TypedDict('BundleOut', {"id": str, "number": NotRequired[Union[int, None]], "name": str, "audience": str, "lead": "Department", "co_leads": NotRequired[list["Department"]], "matters": NotRequired[Union[list["BundleMatterOut"], None]], "matter_count": NotRequired[Union[int, None]], "together": list[list[str]]})

CalendarOut = TypedDict('CalendarOut', {"name": str, "from": "IsoDate", "to": "IsoDate"})

Cancelled = TypedDict('Cancelled', {"matter": str, "name": str, "reason": Union[str, None], "complete": bool})
"""A cancelled matter (取消) and its written reason."""

Case = TypedDict('Case', {"id": NotRequired[Union[str, None]], "matter": str, "events": list["CaseEvent"]})
"""办件 — one applicant's case of a catalog matter, as its trail of dated events (过程留痕)."""

CaseAlert = TypedDict('CaseAlert', {"level": "AlertLevel", "deadline": "CaseDeadlineKind", "due": "IsoDate", "workdays_left": int, "message": str, "citation": "Citation"})
"""预警: a limit still open that is near, due today or passed."""

CaseDeadline = TypedDict('CaseDeadline', {"kind": "CaseDeadlineKind", "label": str, "due": "IsoDate", "limit_workdays": int, "paused_workdays": int, "met_on": Union["IsoDate", None], "late": bool, "citation": "Citation"})
"""A limit of the case: which, its last day, its length and pauses in working days, the day it was met (null while open), whether late."""

CaseDeadlineKind = Literal["supplement_notice", "promised_decision", "statutory_decision", "delivery"]
"""A limit of a case."""

CaseDecision = Literal["granted", "refused"]
"""The decision (决定, `tj-2018-disclosure` 第十三条(四))."""

CaseEvent = dict[str, Any]
"""One event of a case."""

CaseFacts = TypedDict('CaseFacts', {"supplied_on_time": NotRequired[bool], "conforming": NotRequired[bool], "decision_revoked": NotRequired[bool], "falsified": NotRequired[bool], "other_ground": NotRequired[Union[str, None]], "serious_harm": NotRequired[bool], "serious_disorder": NotRequired[bool], "acted_without_license": NotRequired[bool], "serious_consequences": NotRequired[bool], "minor": NotRequired[bool], "on": NotRequired[Union["IsoDate", None]], "found_on": NotRequired[Union["IsoDate", None]], "matter": NotRequired[Union[str, None]]})
"""The facts of one finished case."""

CaseFinding = TypedDict('CaseFinding', {"code": Literal["case.late_supplement_notice", "case.repeated_supplement", "case.late_promised", "case.late_statutory", "case.late_delivery", "case.extension_beyond_law", "case.unpublished_step", "case.unpublished_material", "case.shared_material_asked", "case.fee_not_published", "case.too_many_visits"], "kind": Literal["补正告知超期", "多次补正", "超承诺时限", "超法定时限", "送达超期", "延期超过法定", "增加环节", "增加要件", "重复提交共享材料", "收费与公示不符", "跑动超过一次"], "category": "FindingCategory", "on": Union["IsoDate", None], "due": NotRequired["IsoDate"], "late_workdays": NotRequired[int], "material": NotRequired[str], "step": NotRequired[str], "charged": NotRequired[str], "published": NotRequired[Union[str, None]], "count": NotRequired[int], "allowed": NotRequired[int], "message": str, "citation": "Citation"})
"""电子监察 finding: its code, its Chinese name, its category, the day, the detail of its kind (due and late_workdays; material; step; charged and published; count and allowed), its message and citation."""

CaseStatsOut = TypedDict('CaseStatsOut', {"today": "IsoDate", "refused": int, "refused_cases": list["Error"], "cases": int, "overall": "Figures", "departments": list["DepartmentFigures"], "matters": list["MatterFigures"], "legend": list["Legend"]})
"""`case.stats`: the figures of every department and matter."""

CaseStatus = Literal["received", "awaiting_supplement", "accepted", "paused", "decided", "delivered"]
"""Where a case stands."""

CaseSupervision = TypedDict('CaseSupervision', {"id": NotRequired[str], "matter": str, "department": Union[str, None], "status": "CaseStatus", "received": "IsoDate", "accepted_on": Union["IsoDate", None], "deemed_accepted": bool, "deadlines": list["CaseDeadline"], "handling_workdays": Union[int, None], "on_time": Union[bool, None], "visits": int, "allowed_visits": Union[int, None], "evaluation": Union["Grade", None], "alerts": list["CaseAlert"], "findings": list["CaseFinding"]})
"""电子监察 of one case: its status, its limits, the working days it took, visits, evaluation, alerts and findings."""

CaseTarget = TypedDict('CaseTarget', {"target": str, "value": Union[float, None], "threshold": float, "met": Union[bool, None], "citation": "Citation"})
"""A reform target, measured on the records."""

CatalogStats = TypedDict('CatalogStats', {"matters": int, "in_scope": int, "targets": list["StatsTarget"], "limits": "Limits", "materials": "Materials", "departments": list["DepartmentShare"], "policy": "PolicyUsed"})
"""The statistics of a catalog (`catalog.stats`)."""

Change = TypedDict('Change', {"date": "IsoDate", "workday": bool, "projected_workday": bool, "holiday": str})
"""A day the notice sets otherwise than the projection (weekends and the statutory days alone)."""

ChangeFinding = TypedDict('ChangeFinding', {"rule": str, "matter": str, "message": str, "citation": "Citation"})
"""A change lacking what 通知 三(一) requires."""

Channel = Literal["online", "window"]
"""How the application came in (申请方式, `tj-2018-disclosure` 第十三条(一))."""

CheckYearIn = TypedDict('CheckYearIn', {"file": Any})

CheckYearOut = TypedDict('CheckYearOut', {"year": int, "complete": bool, "working_days": int, "statutory": list["StatutoryOut"], "source": NotRequired[Union["YearSource", None]], "reasons": list["Reason"]})

Citation = TypedDict('Citation', {"doc": str, "article": str, "text": str})
"""Where a rule comes from: the source's id, its article, and the citation as printed (《全称》条目)."""

CommitmentDeadlineKind = Literal["materials_due", "supervision_start_due", "verification_due", "rectification_cap", "publication_due", "rectification_due"]
"""The deadlines of a commitment."""

CommitmentEvent = dict[str, Any]
"""One event."""

CommitmentPolicy = TypedDict('CommitmentPolicy', {"profile": str, "materials_period": "Period", "extension_period": "Period", "supervision_start": "Period", "verification_period": "Period", "rectification_cap": "Period", "letter_publication": "Period"})
"""The periods a commitment was opened under (kept in the state so replays need no profile)."""

CommitmentSettings = TypedDict('CommitmentSettings', {"allowed": bool, "domains": NotRequired[list["Domain"]], "revocable": bool})
"""承诺审批 settings of a matter (`tj-2018-commitment` 第四条)."""

CommitmentStatus = Literal["active", "extended", "fulfilled", "under_rectification", "suspended", "recommit_required", "overdue", "revoked"]
"""Where a commitment stands."""

CommitmentStep = TypedDict('CommitmentStep', {"state": "State", "deadlines": "Deadlines", "alerts": list["Alert"], "effects": list["Effect"], "provisional": NotRequired[Literal[True]], "reasons": NotRequired[list["Reason"]], "policy": NotRequired["CommitmentPolicy"], "notes": NotRequired[list[str]]})
"""A step of a commitment: the state after it, its deadlines, alerts and effects; `open` adds its reasons, the policy used and notes."""

Conflict = TypedDict('Conflict', {"element": str, "kind": str, "sides": list["Side"], "message": str})
"""Constraints that cannot all hold."""

Convenience = TypedDict('Convenience', {"delivery": bool, "appointment": bool, "joint": bool, "joint_departments": NotRequired[list[str]], "faq": NotRequired[list["Faq"]], "scope": NotRequired[Union["ServiceScope", None]]})
"""办理便捷度 (`tj-2018-disclosure` 第十七条)."""

CoverageOut = TypedDict('CoverageOut', {"calendar": str, "official": "Range", "projected": NotRequired[Union["Range", None]], "sources": list["CoverageYear"], "reasons": list["Reason"]})

CoverageYear = TypedDict('CoverageYear', {"year": int, "source": "YearSource"})

CreditBrief = TypedDict('CreditBrief', {"blacklisted": bool, "commitment_allowed": bool, "subject": "Subject"})

CreditRecord = dict[str, Any]
"""One fact of a subject's credit history."""

DateOut = TypedDict('DateOut', {"date": "IsoDate", "provisional": NotRequired[bool], "reasons": NotRequired[list["Reason"]]})

DayIn = TypedDict('DayIn', {"date": "IsoDate"})

DayMove = TypedDict('DayMove', {"date": "IsoDate", "before": Union[bool, None], "provisional": bool, "after": bool})

DayOut = TypedDict('DayOut', {"date": "IsoDate", "workday": bool, "kind": str, "holiday": NotRequired[Union[str, None]], "adjusted_for": NotRequired[Union[str, None]], "weekday": int, "provisional": NotRequired[bool], "reasons": NotRequired[list["Reason"]]})

DaysOut = TypedDict('DaysOut', {"days": int, "provisional": NotRequired[bool], "reasons": NotRequired[list["Reason"]]})

DeadlineIn = TypedDict('DeadlineIn', {"start": "IsoDate", "period": "Period", "pauses": NotRequired[list["Pause"]]})

DeadlineOut = TypedDict('DeadlineOut', {"start": "IsoDate", "period": "Period", "due": "IsoDate", "paused_days": int, "rolled_from": NotRequired[Union["IsoDate", None]], "provisional": NotRequired[bool], "reasons": list["Reason"]})

Deadlines = TypedDict('Deadlines', {"materials_due": "IsoDate", "supervision_start_due": "IsoDate", "verification_due": "IsoDate", "rectification_cap": "IsoDate", "publication_due": "IsoDate", "rectification_due": NotRequired[Union["IsoDate", None]]})
"""Every deadline of a commitment."""

Department = TypedDict('Department', {"id": str, "name": str})

DepartmentFigures = TypedDict('DepartmentFigures', {"department": Union[str, None], "name": Union[str, None], "cases": int, "decided": int, "on_time": int, "on_time_share": Union[float, None], "handling_median_workdays": Union[int, None], "handling_p90_workdays": Union[int, None], "findings": dict[str, int], "visits_per_case": Union[float, None], "evaluated": int, "evaluations": dict[str, int], "satisfied_share": Union[float, None], "targets": list["CaseTarget"]})
"""A department's figures."""

DepartmentPacket = TypedDict('DepartmentPacket', {"department": "FormDepartment", "matters": list[str]})
"""What one department receives: its matters."""

DepartmentShare = TypedDict('DepartmentShare', {"department": str, "name": str, "matters": int, "at_most_once": int, "share": str, "target": str, "met": bool})
"""最多跑一次 per department."""

Devolved = TypedDict('Devolved', {"matter": str, "name": str, "from": str, "to": str, "power": Union[str, None], "department": Union[str, None], "complete": bool})
"""A devolved matter (下放): the power and the implementing department."""

DiffIn = TypedDict('DiffIn', {"from": Any, "to": NotRequired[Any], "changed_on": NotRequired[Union["IsoDate", None]]})

DiffOut = TypedDict('DiffOut', {"added": list["Added"], "cancelled": list["Cancelled"], "devolved": list["Devolved"], "merged": list["Merged"], "cancelled_materials": list[str], "material_reduction": "MaterialReduction", "findings": list["ChangeFinding"], "modified": list[str], "reductions": "Reductions", "publication": NotRequired[Union["Publication", None]], "policy": NotRequired[Union["PolicyUsed", None]]})
"""What changed between two catalogs (`catalog.diff`)."""

DiffYearsIn = TypedDict('DiffYearsIn', {"text": NotRequired[Union[str, None]], "year": NotRequired[Union[int, None]], "year_file": NotRequired[Any], "states": NotRequired[list[Any]], "cases": NotRequired[list[Any]], "today": NotRequired[Union["IsoDate", None]]})

DishonestForm = Literal["falsified", "late_materials", "nonconforming_revoked", "other"]
"""失信的表现形式 (`tj-2018-commitment` 第九条)."""

DocsOut = TypedDict('DocsOut', {"docs": list["Source"]})

Domain = Literal["national_security", "public_security", "ecological_security", "financial_security", "cultural_security", "production_safety", "public_interest", "health_life_property"]
"""Domains where commitment approval is excluded (`tj-2018-commitment` 第四条)."""

Dossier = TypedDict('Dossier', {"today": NotRequired[Union["IsoDate", None]], "on_file": NotRequired[list["OnFile"]], "unavailable_sources": NotRequired[list[str]], "commitment": NotRequired[bool]})
"""What the platform knows about the applicant's case."""

Effect = dict[str, Any]
"""What the host must do, as data: `{"type", …details…, "citation"}`, each with the article behind it."""

Element = TypedDict('Element', {"key": str, "label": str, "value": Union[str, None], "status": "ElementStatus", "citation": "Citation", "findings": NotRequired[list["LintRule"]]})
"""One element of a guide."""

ElementStatus = Literal["present", "default", "missing"]
"""Whether an element of the guide is published."""

ElementType = Literal["string", "text", "date", "integer", "decimal", "boolean", "enum", "phone", "resident_id", "uscc"]
"""数据元素类型 — the type of a form field's data element."""

EligibilityIn = TypedDict('EligibilityIn', {"matter": str, "applicant": "Applicant", "missing": NotRequired[list[str]], "today": NotRequired[Union["IsoDate", None]]})

EligibilityOut = TypedDict('EligibilityOut', {"eligible": bool, "reasons": list["Reason"], "credit": "CreditBrief", "policy": "PolicyUsed"})

Empty = dict[str, Any]

EnforcementStatus = Literal["unfulfilled", "fulfilled"]
"""The state of a court enforcement against the subject (失信被执行人, `baodi-2018` 二(三))."""

EntityType = TypedDict('EntityType', {"code": str, "name": NotRequired[Union[str, None]]})
"""机构类别 — the kind of body within its authority (second character)."""

Error = TypedDict('Error', {"code": "ErrorCode", "message": str, "path": NotRequired[Union[str, None]]})
"""An error with a stable code, a human message and, when the fault lies in the input, the path to it (`pauses[1].to`, `calendar.years.2027.days_off[3].date`)."""

ErrorCode = Literal["input.invalid_json", "input.missing_field", "input.unknown_field", "input.wrong_type", "input.invalid_value", "input.invalid_date", "input.too_large", "input.too_deep", "input.duplicate_key", "input.null_argument", "input.invalid_utf8", "op.unknown", "config.invalid", "config.unknown_profile", "config.unknown_parameter", "calendar.out_of_range", "calendar.invalid_data", "calendar.invalid_pause", "calendar.incomplete_year", "calendar.implausible_year", "calendar.invalid_notice", "catalog.invalid", "catalog.duplicate_id", "catalog.unknown_department", "catalog.unknown_material", "catalog.unknown_element", "catalog.unknown_matter", "catalog.unknown_bundle", "credit.invalid_subject", "credit.records_unordered", "commitment.invalid_transition", "commitment.incomplete_letter", "commitment.not_eligible", "commitment.invalid_event", "commitment.invalid_state", "case.invalid_events", "form.cycle", "form.not_in_bundle", "form.invalid", "explain.invalid_answer", "internal.panic"]
"""A stable error code."""

ErrorOut = TypedDict('ErrorOut', {"code": str, "area": str, "description": str})

ExplainIn = TypedDict('ExplainIn', {"op": str, "answer": Any})

Explanation = TypedDict('Explanation', {"title": str, "summary": str, "actions": list["Line"], "reasons": list["Line"], "text": str, "html": str})
"""A 明白纸."""

Failed = TypedDict('Failed', {"list": str, "index": int, "error": "Error"})

Faq = TypedDict('Faq', {"q": str, "a": str})
"""One question and answer."""

Fee = TypedDict('Fee', {"amount": str, "standard": NotRequired[Union[str, None]], "basis": NotRequired[Union[str, None]]})
"""收费 (`tj-2018-disclosure` 第十五条)."""

Field = TypedDict('Field', {"element": str, "label": str, "type": "ElementType", "required": bool, "constraints": "FieldConstraints", "shared_source": NotRequired[Union[str, None]], "common": bool, "needed_by": list[str], "departments": list[str], "produced_by": NotRequired[Union[str, None]]})
"""One field of the merged form."""

FieldConstraints = TypedDict('FieldConstraints', {"max_len": NotRequired[Union[int, None]], "min": NotRequired[Any], "max": NotRequired[Any], "patterns": NotRequired[list[str]], "options": NotRequired[Union[list[str], None]]})
"""Constraints of a merged field: the strictest of all forms."""

FieldError = TypedDict('FieldError', {"element": str, "code": str, "message": str})
"""One problem with one value."""

Figures = TypedDict('Figures', {"cases": int, "decided": int, "on_time": int, "on_time_share": Union[float, None], "handling_median_workdays": Union[int, None], "handling_p90_workdays": Union[int, None], "findings": dict[str, int], "visits_per_case": Union[float, None], "evaluated": int, "evaluations": dict[str, int], "satisfied_share": Union[float, None], "targets": list["CaseTarget"]})
"""The figures of one department or matter."""

Finding = TypedDict('Finding', {"rule": "LintRule", "severity": "LintSeverity", "matter": NotRequired[Union[str, None]], "material": NotRequired[Union[str, None]], "bundle": NotRequired[Union[str, None]], "path": str, "message": str, "citation": "Citation"})
"""One lint finding."""

FindingCategory = Literal["timeliness", "process", "content", "fee", "visits"]
"""What a finding is about (`tj-2018-onenet` 第三十四条: 时效性、流程合法性、内容规范性, 收费; and 最多跑一次)."""

Form = TypedDict('Form', {"bundle": NotRequired[Union[str, None]], "order": list[str], "matters": list["FormMatter"], "fields": list["Field"], "materials": list["FormMaterial"], "conflicts": list["Conflict"], "reasons": list["StoredReason"]})
"""A merged form."""

FormDepartment = TypedDict('FormDepartment', {"id": str, "name": str})
"""A department as the form names it."""

FormField = TypedDict('FormField', {"element": str, "required": bool, "label": NotRequired[Union[str, None]], "max_len": NotRequired[Union[int, None]], "min": NotRequired[Any], "max": NotRequired[Any], "pattern": NotRequired[Union[str, None]], "options": NotRequired[Union[list[str], None]]})
"""A field of a matter's own form: a data element, under the matter's own label."""

FormMaterial = TypedDict('FormMaterial', {"material": str, "name": str, "required": bool, "common": bool, "needed_by": list[str], "produced_by": NotRequired[Union[str, None]]})
"""A material of the merged form, asked for once."""

FormMatter = TypedDict('FormMatter', {"code": str, "name": str, "department": "FormDepartment", "pulled_in_by": NotRequired[Union[str, None]], "fields": list["OwnField"]})
"""A matter in the merged form."""

Gap = TypedDict('Gap', {"matter": str, "rule": "LintRule", "severity": "LintSeverity", "element": str, "message": str, "citation": "Citation"})
"""A gap of the guide: one lint finding about the matter, located at the guide's element."""

GetIn = TypedDict('GetIn', {"bundle": str})

GetOut = TypedDict('GetOut', {"bundle": "BundleOut"})

Grade = Literal["very_satisfied", "satisfied", "basic", "unsatisfied", "very_unsatisfied"]
"""好差评 grade (`tj-2022-onething` 四(四))."""

Guide = TypedDict('Guide', {"matter": NotRequired[Union[str, None]], "bundle": NotRequired[Union[str, None]], "name": str, "sample": bool, "sections": list["Section"], "gaps": list["Gap"], "text": str, "html": str, "reasons": list["Reason"]})
"""A guide: data, plain text and a printable page, with the reasons."""

Holiday = TypedDict('Holiday', {"name": str, "days_off": list["IsoDate"], "workdays": list["IsoDate"]})
"""One item of the notice: a holiday (or two merged, 国庆节、中秋节) and the days it sets."""

Inspection = Literal["reduced", "normal", "increased"]
"""检查频次."""

IsoDate = str

ItemLevel = Literal["major", "sub", "type"]
"""事项层级 — 大项 → 子项 → 类型项 (`tj-2018-disclosure` 第九条)."""

Judgement = Literal["honest", "dishonest"]
"""评判等级 (`tj-2018-commitment` 第七条)."""

LateEntry = TypedDict('LateEntry', {"record": int, "found_on": "IsoDate", "due": "IsoDate", "entered_on": "IsoDate"})
"""A record entered later than the credit-entry period after the violation was found (失信信息纳入期限, `tj-2018-discipline` 第七条: "应当在7个工作日内…纳入社会信用不良记录")."""

LegalBasis = TypedDict('LegalBasis', {"law": str, "article": NotRequired[Union[str, None]], "kind": NotRequired[Union["BasisUse", None]], "norm": NotRequired[Union["BasisKind", None]]})
"""法定依据 (`tj-2018-disclosure` 第十一条): 设定依据 or 其他依据."""

Legend = TypedDict('Legend', {"figure": str, "meaning": str, "citation": "Citation"})
"""What each figure means and the article behind it."""

Letter = TypedDict('Letter', {"applicant_name": NotRequired[Union[str, None]], "affirmations": NotRequired["Affirmations"], "signatures": NotRequired["Signatures"], "copies": NotRequired[int], "agent": NotRequired[Union["Agent", None]]})
"""A commitment letter."""

LetterApplicant = TypedDict('LetterApplicant', {"name": str, "subject": NotRequired[Any], "agent": NotRequired[Union[str, None]]})

LetterIn = TypedDict('LetterIn', {"letter": "Letter"})

LetterMissing = TypedDict('LetterMissing', {"item": str, "label": str, "citation": "Citation"})
"""One missing part of a letter."""

LetterOut = TypedDict('LetterOut', {"complete": bool, "missing": list["LetterMissing"]})

Level = Literal["national", "provincial", "municipal", "district", "township", "village"]
"""行使层级 (`tj-2018-disclosure` 第十二条(一))."""

Limits = TypedDict('Limits', {"matters_with_limits": int, "average_statutory_workdays": str, "average_promised_workdays": str, "average_compression": str, "compression_target": str})
"""Time limits over the matters that state both."""

Line = TypedDict('Line', {"text": str, "citation": NotRequired[Union[str, None]]})
"""One line of an explanation."""

LintOut = TypedDict('LintOut', {"findings": list["Finding"], "summary": "LintSummary", "policy": "PolicyUsed"})

LintRule = Literal["matter.missing_element", "matter.missing_contact", "matter.duplicate_code", "matter.name_mismatch", "matter.hierarchy", "matter.out_of_scope", "matter.after_cycle", "item.department_rule_only", "matter.default_validity", "mode.immediate_with_special_steps", "mode.online_without_url", "mode.id_card_only_needs_more", "limit.statutory_missing", "limit.promised_missing", "limit.promised_exceeds_statutory", "limit.compression_below_target", "limit.license_over_target", "fee.missing_standard_or_basis", "convenience.missing", "convenience.joint_without_departments", "commitment.excluded_domain", "commitment.irrevocable", "commitment.deferrable_without_commitment", "material.missing_rank", "material.missing_attribute", "material.missing_source", "material.missing_notes", "material.applicant_without_template", "material.form_without_blank_or_sample", "material.shared_but_asked", "bundle.department_mismatch"]
"""A rule of the catalog lint, by its id."""

LintSeverity = Literal["error", "warning", "info"]
"""How serious a finding is."""

LintSummary = TypedDict('LintSummary', {"errors": int, "warnings": int, "infos": int})

ListIn = TypedDict('ListIn', {"audience": NotRequired[Union[str, None]], "with_matters": NotRequired[bool]})

ListOut = TypedDict('ListOut', {"bundles": list["BundleOut"]})

ListSource = Literal["credit_platform", "joint_system"]
"""The source of an external blacklist merged into the 诚信档案 (`tj-2018-commitment` 第八条)."""

MaterialReduction = TypedDict('MaterialReduction', {"before": int, "after": int, "share": str, "target": str, "met": bool, "reasons": list["Reason"]})
"""The material reduction against `baodi-2018` 一(三)."""

MaterialStatus = Literal["shared", "on_file", "letter", "deferred", "required"]
"""What a material comes to."""

Materials = TypedDict('Materials', {"references": int, "distinct": int, "per_matter": str})
"""Material references."""

Matter = TypedDict('Matter', {"code": str, "name": str, "parent": NotRequired[Union[str, None]], "item_level": NotRequired[Union["ItemLevel", None]], "kind": NotRequired[Union["MatterKind", None]], "category": NotRequired[Union["MatterCategory", None]], "level": NotRequired[Union["Level", None]], "department": NotRequired[Union[str, None]], "authority": NotRequired[Union[str, None]], "competent_department": NotRequired[Union[str, None]], "audience": NotRequired[Union["Audience", None]], "modes": list["Mode"], "online_url": NotRequired[Union[str, None]], "legal_basis": list["LegalBasis"], "conditions": NotRequired[list[str]], "time_limit": NotRequired[Union["TimeLimit", None]], "special_steps": list["SpecialStep"], "issues_license": bool, "quantity_limit": NotRequired[Union[str, None]], "outcome": NotRequired[Union["Outcome", None]], "validity": NotRequired[Union[str, None]], "scope": NotRequired[Union[str, None]], "fee": Union["Fee", None], "consult_phone": NotRequired[Union[str, None]], "place": NotRequired[Union[str, None]], "complaint_phone": NotRequired[Union[str, None]], "convenience": NotRequired[Union["Convenience", None]], "commitment": "CommitmentSettings", "materials": list["MatterMaterial"], "form": list["FormField"], "after": list[str], "produces": NotRequired[list[str]], "published_on": NotRequired[Union["IsoDate", None]], "sample": NotRequired[bool], "extra": NotRequired[Union[dict[str, Any], None]]})
"""政务服务事项 — a matter with the elements the disclosure measure requires (`tj-2018-disclosure` 第七条…第十七条)."""

MatterCategory = Literal["general", "franchise", "recognition", "approval", "registration", "other"]
"""办理类别 (`tj-2018-disclosure` 第十条)."""

MatterFigures = TypedDict('MatterFigures', {"matter": str, "name": str, "department": Union[str, None], "promised_workdays": Union[int, None], "statutory_workdays": Union[int, None], "cases": int, "decided": int, "on_time": int, "on_time_share": Union[float, None], "handling_median_workdays": Union[int, None], "handling_p90_workdays": Union[int, None], "findings": dict[str, int], "visits_per_case": Union[float, None], "evaluated": int, "evaluations": dict[str, int], "satisfied_share": Union[float, None], "targets": list["CaseTarget"]})
"""A matter's figures, with its published limits."""

MatterIn = TypedDict('MatterIn', {"code": str})

MatterKind = Literal["licensing", "penalty", "coercion", "levy", "benefit", "inspection", "confirmation", "award", "adjudication", "other", "public_service", "internal"]
"""事项类型 — the kind of power or service (`gb-t-39046` A.1). Only some are in scope of 政务服务事项 (`tj-2018-notice` 一(二)); the others parse so that the lint can name them."""

MatterMaterial = TypedDict('MatterMaterial', {"material": str, "required": bool, "deferrable": bool, "acceptance": NotRequired[Union[str, None]], "copies": NotRequired[Union[int, None]]})
"""A material as one matter asks for it."""

MatterOut = TypedDict('MatterOut', {"matter": "Matter"})

MaybeCatalog = TypedDict('MaybeCatalog', {"catalog": NotRequired[Any]})
"""The fields are only checked here (present, known): the catalog is read from the input where it lies, not copied — a copy of a 16 MiB catalog's value tree costs some 300 MB."""

MergeIn = TypedDict('MergeIn', {"matters": NotRequired[Union[list[str], None]], "bundle": NotRequired[Union[str, None]], "choose": NotRequired[Union[list[str], None]]})

Merged = TypedDict('Merged', {"matter": str, "name": str, "into": Union[str, None], "complete": bool})
"""A merged matter (合并) and what it was merged into."""

Mode = Literal["immediate", "online", "nearby", "one_visit", "unmanned", "id_card_only"]
"""办理方式 (`tj-2018-disclosure` 第十条; 无人审批 `baodi-2018` 二(五); 一证通办 `tj-2018-notice` 一(三)4)."""

Move = TypedDict('Move', {"deadline": str, "from": Union["IsoDate", None], "to": "IsoDate"})

Moved = TypedDict('Moved', {"index": int, "id": NotRequired[Union[str, None]], "matter": str, "moves": list["Move"]})

OnFile = TypedDict('OnFile', {"material": str, "submitted_on": NotRequired[Union["IsoDate", None]], "valid_until": NotRequired[Union["IsoDate", None]]})
"""A material the applicant submitted before."""

OpenIn = TypedDict('OpenIn', {"matter": str, "applicant": "Applicant", "committed_on": "IsoDate", "decided_on": NotRequired[Union["IsoDate", None]], "missing": NotRequired[list[str]], "letter": NotRequired[Union["Letter", None]]})

OpsOut = TypedDict('OpsOut', {"ops": list[str]})

Optional = TypedDict('Optional', {"material": str, "name": str, "needed_by": list[str]})
"""An optional material (no matter requires it)."""

OrganizationCode = TypedDict('OrganizationCode', {"code": str, "check_valid": bool})
"""主体标识码 — the organisation code (characters 9–17) and its own GB 11714 check."""

Outcome = TypedDict('Outcome', {"form": str, "sample": NotRequired[Union[str, None]]})
"""办理结果."""

OwnField = TypedDict('OwnField', {"element": str, "label": str, "required": bool})
"""One field of a matter's own form, as that matter labels it."""

Packet = TypedDict('Packet', {"matter": str, "name": str, "department": "FormDepartment", "values": dict[str, Any], "fields": list["PacketField"]})
"""What one matter receives."""

PacketField = TypedDict('PacketField', {"element": str, "label": str, "required": bool, "value": Any})
"""One field of a packet."""

ParamValue = Union["Period", str, dict[str, Any], bool]
"""A parameter's value: a period, a ratio as a decimal string, whole years, or a flag."""

ParseNoticeIn = TypedDict('ParseNoticeIn', {"text": str, "year": NotRequired[Union[int, None]]})

ParsedNotice = TypedDict('ParsedNotice', {"year": int, "source": "SourceOut", "days_off": list["IsoDate"], "workdays": list["IsoDate"], "holidays": list["Holiday"], "year_files": list[Any], "complete": bool, "statutory": list["StatutoryOut"], "working_days": int, "changes": list["Change"], "reasons": list["Reason"]})

Pause = TypedDict('Pause', {"from": "IsoDate", "to": "IsoDate", "step": NotRequired[Union["SpecialStep", None]]})
"""A paused interval: both end days included; `step` names the special step when known."""

Period = dict[str, Any]
"""A period: so many working days (工作日) or natural days (自然日)."""

Policy = TypedDict('Policy', {"profile": str, "parameters": list["PolicyParameter"]})
"""The profile as `policy.get` answers it."""

PolicyParameter = TypedDict('PolicyParameter', {"name": str, "label": str, "value": "ParamValue", "citation": "Citation", "effective": Union["IsoDate", None], "overridden": NotRequired[Union[bool, None]], "profile_value": NotRequired[Union["ParamValue", None]]})
"""One parameter of the profile."""

PolicyUsed = TypedDict('PolicyUsed', {"profile": str})
"""The parameters an answer used: the profile's name and each parameter by name."""

Prefill = TypedDict('Prefill', {"values": dict[str, Any], "filled_from": dict[str, Any], "kept": list[str], "to_fill": list[str], "required_to_fill": list[str]})
"""The result of a prefill."""

PrefillIn = TypedDict('PrefillIn', {"form": Any, "shared": NotRequired[dict[str, Any]], "values": NotRequired[dict[str, Any]], "overwrite": NotRequired[bool]})

ProofFacts = TypedDict('ProofFacts', {"name": NotRequired[Union[str, None]], "basis": "BasisKind", "basis_text": NotRequired[Union[str, None]], "basis_reasonable": NotRequired[bool], "obtainable_internally": NotRequired[bool], "proven_by_certificate": NotRequired[bool], "replaceable_by_commitment": NotRequired[bool], "issuer_cannot_verify": NotRequired[bool], "covered_by_other": NotRequired[bool], "checkable_online": NotRequired[bool], "intermediary_commissionable": NotRequired[bool], "decision_of_other_department": NotRequired[bool], "unobtainable_by_normal_means": NotRequired[bool], "no_major_effect": NotRequired[bool]})
"""The facts of one proof or material under review."""

Publication = TypedDict('Publication', {"changed_on": "IsoDate", "publish_due": "IsoDate", "reading_places_from": "IsoDate", "reading_places_due": "IsoDate", "matters": list["PublicationMatter"], "reasons": list["Reason"]})
"""The publication due dates of a change made on a day."""

PublicationMatter = TypedDict('PublicationMatter', {"matter": str, "change": str, "publish_due": "IsoDate", "reading_places_due": "IsoDate"})
"""One changed matter's publication due dates."""

Range = TypedDict('Range', {"from": "IsoDate", "to": "IsoDate"})

Reason = TypedDict('Reason', {"code": str, "message": str, "citation": "Citation"})
"""理由 — one reason behind a decision: a stable code, a message for people, and its citation."""

ReasonOut = TypedDict('ReasonOut', {"code": str, "variants": list["Variant"]})

ReasonsOut = TypedDict('ReasonsOut', {"reasons": list["ReasonOut"], "errors": list["ErrorOut"], "lint_rules": list["RuleOut"]})

RebaseIn = TypedDict('RebaseIn', {"state": "State"})

RecordOut = TypedDict('RecordOut', {"on": "IsoDate", "type": str, "judgement": NotRequired[Union["Judgement", None]], "form": NotRequired[Union["DishonestForm", None]], "severity": NotRequired[Union["Severity", None]], "matter": str})
"""A credit record an effect hands over: `{"on", "type", "judgement"?, "form"?, "severity"?, "matter"}`."""

Reduction = TypedDict('Reduction', {"before": int, "after": int, "met": bool, "reasons": list["Reason"]})
"""A "减少" target (通知 三(三), 三(五)): a count before and after."""

Reductions = TypedDict('Reductions', {"special_steps": "Reduction", "certificates": "Reduction"})
"""The reductions the notice asks for."""

Region = TypedDict('Region', {"code": str, "province": str, "prefecture": NotRequired[Union[str, None]], "name": NotRequired[Union[str, None]], "retired_in": NotRequired[Union[int, None]]})
"""A region named by a six-digit administrative division code."""

RegistrationAuthority = TypedDict('RegistrationAuthority', {"code": str, "name": NotRequired[Union[str, None]]})
"""登记管理部门 — the registering authority (first character)."""

RenderLetterIn = TypedDict('RenderLetterIn', {"matter": str, "applicant": "LetterApplicant", "committed_on": "IsoDate", "missing": NotRequired[list[str]]})

RenderedLetter = TypedDict('RenderedLetter', {"matter": str, "materials_due": "IsoDate", "provisional": bool, "text": str, "html": str, "reasons": list["Reason"]})
"""The rendered letter."""

RepairIn = TypedDict('RepairIn', {"application": "Application"})

RepairMissing = TypedDict('RepairMissing', {"item": str, "label": str, "citation": "Citation"})
"""One missing item."""

RepairOut = TypedDict('RepairOut', {"complete": bool, "missing": list["RepairMissing"]})

ResidentBatchIn = TypedDict('ResidentBatchIn', {"ids": list[Union[str, None]], "today": NotRequired[Union["IsoDate", None]]})

ResidentBatchOut = TypedDict('ResidentBatchOut', {"valid": list[bool], "reason": list[str], "region": list[Union[str, None]], "province": list[Union[str, None]], "prefecture": list[Union[str, None]], "county": list[Union[str, None]], "birth_date": list[Union[str, None]], "sex": list[Union["Sex", None]]})
"""Columns of `id.resident_batch`: one array per field, one entry per number, names resolved from the region table. No number is echoed back: only what was read from it."""

ResidentIdCheck = TypedDict('ResidentIdCheck', {"valid": bool, "masked": str, "region": NotRequired[Union["Region", None]], "birth_date": NotRequired[Union["IsoDate", None]], "sex": NotRequired[Union["Sex", None]], "reasons": list["Reason"]})
"""The check of one 公民身份号码: verdict, parsed fields and reasons. `Debug` shows the masked number only."""

ResidentIn = TypedDict('ResidentIn', {"id": str, "today": NotRequired[Union["IsoDate", None]]})

ResolveIn = TypedDict('ResolveIn', {"matters": list[str], "dossier": NotRequired["Dossier"]})

ResolveOut = TypedDict('ResolveOut', {"materials": list["Resolved"], "optional": list["Optional"], "summary": "ResolveSummary"})

ResolveSummary = TypedDict('ResolveSummary', {"shared": int, "on_file": int, "letter": int, "deferred": int, "required": int})

Resolved = TypedDict('Resolved', {"material": str, "name": str, "status": "MaterialStatus", "needed_by": list[str], "reasons": list["Reason"]})
"""One resolved material."""

Restriction = TypedDict('Restriction', {"area": str, "label": str, "citation": "Citation"})
"""A restriction in force."""

ReviewDecision = Literal["cancel", "keep"]
"""The outcome of a review."""

ReviewOut = TypedDict('ReviewOut', {"decision": "ReviewDecision", "reasons": list["Reason"]})

RevocationReason = Literal["late_materials", "nonconforming", "falsified", "mismatch", "other"]
"""Why a licence is revoked."""

RuleOut = TypedDict('RuleOut', {"id": str, "severity": "LintSeverity", "citation": "Citation", "description": str})

Scope = Literal["national", "tianjin", "baodi", "jizhou"]
"""Where a source applies."""

Section = TypedDict('Section', {"key": str, "title": str, "citation": "Citation", "elements": list["Element"]})
"""One section of a guide, in the order of 第七条."""

ServiceScope = Literal["national", "cross_province", "cross_city", "cross_county"]
"""通办范围 (`tj-2018-disclosure` 第十七条)."""

Severity = Literal["minor", "general", "severe"]
"""Severity: 严重失信 (`tj-2018-discipline` 第五条), general, or 轻微失信 (第十四条)."""

Sex = Literal["male", "female"]
"""性别 — read from the parity of the sequence code (GB 11643 顺序码)."""

Side = TypedDict('Side', {"source": str, "value": Any})
"""One side of a conflict."""

Signatures = TypedDict('Signatures', {"applicant": NotRequired[bool], "authority": NotRequired[bool]})
"""Who signed."""

Source = TypedDict('Source', {"id": str, "title": str, "number": Union[str, None], "issuer": Union[str, None], "date": Union[str, None], "scope": "Scope", "applies_to": str, "note": NotRequired[Union[str, None]]})
"""One cited source."""

SourceOut = TypedDict('SourceOut', {"title": Union[str, None], "number": Union[str, None], "date": Union["IsoDate", None]})

SpecialStep = Literal["paper_review", "site_survey", "drawing_review", "publicity", "hearing", "bidding", "auction", "inspection", "testing", "quarantine", "appraisal", "expert_review", "quantity_limit"]
"""A special review step (特殊环节), `tj-2018-disclosure` 第十三条(三)."""

Split = TypedDict('Split', {"packets": list["Packet"], "departments": list["DepartmentPacket"]})
"""`form.split`'s answer."""

State = TypedDict('State', {"matter": str, "subject": "Subject", "status": "CommitmentStatus", "resume_to": NotRequired[list["CommitmentStatus"]], "committed_on": "IsoDate", "decided_on": "IsoDate", "last_event_on": "IsoDate", "missing": list[str], "supplied": list[str], "extended": bool, "verification": "Verification", "letter_published": bool, "deadlines": "Deadlines", "policy": "CommitmentPolicy", "provisional": NotRequired[bool]})
"""A commitment's state: what a host stores between events."""

StatsIn = TypedDict('StatsIn', {"cases": list[Any], "today": "IsoDate"})

StatsTarget = TypedDict('StatsTarget', {"name": str, "label": str, "value": str, "target": str, "met": bool, "applicable": bool, "count": int, "of": int, "citation": "Citation", "by": NotRequired[Union["IsoDate", None]]})
"""A reform target measured on the catalog."""

StatusBatchIn = TypedDict('StatusBatchIn', {"subjects": list[Any], "today": "IsoDate"})

StatusColumnsIn = TypedDict('StatusColumnsIn', {"records": list[Any], "today": "IsoDate"})

StatusColumnsOut = TypedDict('StatusColumnsOut', {"blacklisted": list[Union[bool, None]], "listed_since": list[Union[str, None]], "severe": list[Union[bool, None]], "commitment_allowed": list[Union[bool, None]], "green_channel": list[Union[bool, None]], "inspection": list[Union["Inspection", None]], "removal_eligible_on": list[Union[str, None]]})

StatusIn = TypedDict('StatusIn', {"subject": Any, "records": NotRequired[list["CreditRecord"]], "today": "IsoDate"})

StatusOut = TypedDict('StatusOut', {"subject": "Subject", "blacklisted": bool, "listed_since": NotRequired[Union["IsoDate", None]], "severe": bool, "commitment_allowed": bool, "restrictions": list["Restriction"], "green_channel": bool, "inspection": "Inspection", "removal_eligible_on": NotRequired[Union["IsoDate", None]], "late_entries": NotRequired[list["LateEntry"]], "reasons": list["Reason"], "policy": "PolicyUsed"})
"""A subject's status with the parameters it used."""

StatutoryOut = TypedDict('StatutoryOut', {"holiday": str, "day": str, "date": "IsoDate", "present": bool})
"""A statutory day off of the year and whether the year's data gives it as a day off."""

StoredCitation = TypedDict('StoredCitation', {"doc": str, "article": str, "text": NotRequired[Union[str, None]]})
"""A citation as stored data."""

StoredReason = TypedDict('StoredReason', {"code": str, "message": str, "citation": "StoredCitation"})
"""A reason as stored data (in a merged form a host keeps): the same JSON as [`Reason`], with owned text so that it can be read back."""

Subject = dict[str, Any]
"""信用主体: an enterprise by its 统一社会信用代码 or a person by the 公民身份号码 (masked in answers)."""

SubjectChange = Literal["legal_representative", "responsible_person", "name"]
"""What changed about the subject (第十四条(二))."""

SuperviseIn = TypedDict('SuperviseIn', {"case": "Case", "today": "IsoDate", "alert_workdays": NotRequired[int]})

TickBatchIn = TypedDict('TickBatchIn', {"states": list[Any], "today": "IsoDate"})

TickIn = TypedDict('TickIn', {"state": "State", "today": "IsoDate"})

TimeLimit = TypedDict('TimeLimit', {"statutory_workdays": NotRequired[Union[int, None]], "promised_workdays": NotRequired[Union[int, None]]})
"""办理时限 (`tj-2018-disclosure` 第十四条), in working days, paused steps excluded."""

UsccBatchIn = TypedDict('UsccBatchIn', {"codes": list[Union[str, None]]})

UsccBatchOut = TypedDict('UsccBatchOut', {"valid": list[bool], "reason": list[str], "code": list[Union[str, None]], "registration_authority": list[Union[str, None]], "entity_type": list[Union[str, None]], "region": list[Union[str, None]], "province": list[Union[str, None]], "prefecture": list[Union[str, None]], "county": list[Union[str, None]], "organization_code_valid": list[Union[bool, None]]})

UsccCheck = TypedDict('UsccCheck', {"valid": bool, "code": NotRequired[Union[str, None]], "registration_authority": NotRequired[Union["RegistrationAuthority", None]], "entity_type": NotRequired[Union["EntityType", None]], "region": NotRequired[Union["Region", None]], "organization_code": NotRequired[Union["OrganizationCode", None]], "reasons": list["Reason"]})
"""The check of one 统一社会信用代码."""

UsccIn = TypedDict('UsccIn', {"code": str})

Validation = TypedDict('Validation', {"valid": bool, "errors": list["FieldError"]})
"""`form.validate`'s answer."""

ValuesIn = TypedDict('ValuesIn', {"form": Any, "values": NotRequired[dict[str, Any]]})

Variant = TypedDict('Variant', {"zh": str, "en": str, "args": list[str], "citation": "Citation"})

Verdict = TypedDict('Verdict', {"judgement": "Judgement", "form": NotRequired[Union["DishonestForm", None]], "severity": NotRequired[Union["Severity", None]], "record_due": NotRequired[Union["IsoDate", None]], "record": NotRequired[Union["CreditRecord", None]], "reasons": list["Reason"]})
"""The judgement, its form and severity, and the reasons."""

Verification = Literal["not_started", "started", "completed"]
"""Progress of the supervising authority's verification (核查)."""

VersionOut = TypedDict('VersionOut', {"version": str, "abi": int, "calendar": "CalendarOut", "policy": str})

YearChanges = TypedDict('YearChanges', {"year": int, "days": list["DayMove"], "commitments": list["Moved"], "cases": list["Moved"], "errors": list["Failed"], "summary": "YearChangesSummary", "reasons": list["Reason"]})

YearChangesSummary = TypedDict('YearChangesSummary', {"days": int, "commitments": int, "cases": int})

YearSource = TypedDict('YearSource', {"title": NotRequired[Union[str, None]], "number": NotRequired[Union[str, None]], "issuer": NotRequired[Union[str, None]], "date": NotRequired[Union["IsoDate", None]], "url": NotRequired[Union[str, None]]})
"""国务院办公厅关于部分节假日安排的通知 — the notice that sets one year's arrangement."""

OpName = Literal["meta.version", "meta.ops", "meta.docs", "meta.reasons", "meta.schema", "explain.answer", "policy.get", "calendar.day", "calendar.add_workdays", "calendar.workdays_between", "calendar.deadline", "calendar.check_year", "calendar.coverage", "calendar.parse_notice", "calendar.diff_years", "id.resident", "id.uscc", "id.resident_batch", "id.uscc_batch", "catalog.lint", "catalog.stats", "catalog.diff", "matter.get", "matter.guide", "bundle.list", "bundle.get", "bundle.guide", "material.review", "materials.resolve", "commitment.eligibility", "commitment.letter_check", "commitment.letter", "commitment.open", "commitment.apply", "commitment.tick", "commitment.rebase", "commitment.tick_batch", "credit.judge", "credit.status", "credit.status_batch", "credit.status_columns", "credit.repair_check", "form.merge", "form.prefill", "form.validate", "form.split", "case.supervise", "case.supervise_batch", "case.stats"]
"""Every operation's name."""

OPS: dict[str, tuple[Any, Any]] = {
    "meta.version": (Empty, VersionOut),
    "meta.ops": (Empty, OpsOut),
    "meta.docs": (Empty, DocsOut),
    "meta.reasons": (Empty, ReasonsOut),
    "meta.schema": (Empty, dict[str, Any]),
    "explain.answer": (ExplainIn, Explanation),
    "policy.get": (Empty, Policy),
    "calendar.day": (DayIn, DayOut),
    "calendar.add_workdays": (AddIn, DateOut),
    "calendar.workdays_between": (BetweenIn, DaysOut),
    "calendar.deadline": (DeadlineIn, DeadlineOut),
    "calendar.check_year": (CheckYearIn, CheckYearOut),
    "calendar.coverage": (Empty, CoverageOut),
    "calendar.parse_notice": (ParseNoticeIn, ParsedNotice),
    "calendar.diff_years": (DiffYearsIn, YearChanges),
    "id.resident": (ResidentIn, ResidentIdCheck),
    "id.uscc": (UsccIn, UsccCheck),
    "id.resident_batch": (ResidentBatchIn, ResidentBatchOut),
    "id.uscc_batch": (UsccBatchIn, UsccBatchOut),
    "catalog.lint": (MaybeCatalog, LintOut),
    "catalog.stats": (MaybeCatalog, CatalogStats),
    "catalog.diff": (DiffIn, DiffOut),
    "matter.get": (MatterIn, MatterOut),
    "matter.guide": (MatterIn, Guide),
    "bundle.list": (ListIn, ListOut),
    "bundle.get": (GetIn, GetOut),
    "bundle.guide": (BundleIn, Guide),
    "material.review": (ProofFacts, ReviewOut),
    "materials.resolve": (ResolveIn, ResolveOut),
    "commitment.eligibility": (EligibilityIn, EligibilityOut),
    "commitment.letter_check": (LetterIn, LetterOut),
    "commitment.letter": (RenderLetterIn, RenderedLetter),
    "commitment.open": (OpenIn, CommitmentStep),
    "commitment.apply": (ApplyIn, CommitmentStep),
    "commitment.tick": (TickIn, CommitmentStep),
    "commitment.rebase": (RebaseIn, CommitmentStep),
    "commitment.tick_batch": (TickBatchIn, dict[str, Any]),
    "credit.judge": (CaseFacts, Verdict),
    "credit.status": (StatusIn, StatusOut),
    "credit.status_batch": (StatusBatchIn, dict[str, Any]),
    "credit.status_columns": (StatusColumnsIn, StatusColumnsOut),
    "credit.repair_check": (RepairIn, RepairOut),
    "form.merge": (MergeIn, Form),
    "form.prefill": (PrefillIn, Prefill),
    "form.validate": (ValuesIn, Validation),
    "form.split": (ValuesIn, Split),
    "case.supervise": (SuperviseIn, CaseSupervision),
    "case.supervise_batch": (BatchIn, dict[str, Any]),
    "case.stats": (StatsIn, CaseStatsOut),
}
"""Each operation's input and answer types, by name."""
