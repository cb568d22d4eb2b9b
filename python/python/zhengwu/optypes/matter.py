"""Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

The types of the matter operations (re-exported by `zhengwu.optypes`)."""

from typing import Any, Literal, TypedDict, Union

from .common import Citation, IsoDate, LintRule, LintSeverity, NotRequired, Reason, SpecialStep

BundleIn = TypedDict('BundleIn', {"bundle": str})

BundleMatterOut = TypedDict('BundleMatterOut', {"code": str, "name": str, "department": "Department", "co_departments": NotRequired[list["Department"]]})

BundleOut = TypedDict('BundleOut', {"id": str, "number": NotRequired[Union[int, None]], "name": str, "audience": str, "lead": "Department", "co_leads": NotRequired[list["Department"]], "matters": NotRequired[Union[list["BundleMatterOut"], None]], "matter_count": NotRequired[Union[int, None]], "together": list[list[str]]})

CommitmentSettings = TypedDict('CommitmentSettings', {"allowed": bool, "domains": NotRequired[list["Domain"]], "revocable": bool})
"""承诺审批 settings of a matter (`tj-2018-commitment` 第四条)."""

Convenience = TypedDict('Convenience', {"delivery": bool, "appointment": bool, "joint": bool, "joint_departments": NotRequired[list[str]], "faq": NotRequired[list["Faq"]], "scope": NotRequired[Union["ServiceScope", None]]})
"""办理便捷度 (`tj-2018-disclosure` 第十七条)."""

Department = TypedDict('Department', {"id": str, "name": str})

Dossier = TypedDict('Dossier', {"today": NotRequired[Union["IsoDate", None]], "on_file": NotRequired[list["OnFile"]], "unavailable_sources": NotRequired[list[str]], "commitment": NotRequired[bool]})
"""What the platform knows about the applicant's case."""

Element = TypedDict('Element', {"key": str, "label": str, "value": Union[str, None], "status": "ElementStatus", "citation": "Citation", "findings": NotRequired[list["LintRule"]]})
"""One element of a guide."""

Faq = TypedDict('Faq', {"q": str, "a": str})
"""One question and answer."""

Fee = TypedDict('Fee', {"amount": str, "standard": NotRequired[Union[str, None]], "basis": NotRequired[Union[str, None]]})
"""收费 (`tj-2018-disclosure` 第十五条)."""

FormField = TypedDict('FormField', {"element": str, "required": bool, "label": NotRequired[Union[str, None]], "max_len": NotRequired[Union[int, None]], "min": NotRequired[Any], "max": NotRequired[Any], "pattern": NotRequired[Union[str, None]], "options": NotRequired[Union[list[str], None]]})
"""A field of a matter's own form: a data element, under the matter's own label."""

Gap = TypedDict('Gap', {"matter": str, "rule": "LintRule", "severity": "LintSeverity", "element": str, "message": str, "citation": "Citation"})
"""A gap of the guide: one lint finding about the matter, located at the guide's element."""

GetIn = TypedDict('GetIn', {"bundle": str})

GetOut = TypedDict('GetOut', {"bundle": "BundleOut"})

Guide = TypedDict('Guide', {"matter": NotRequired[Union[str, None]], "bundle": NotRequired[Union[str, None]], "name": str, "sample": bool, "sections": list["Section"], "gaps": list["Gap"], "text": str, "html": str, "reasons": list["Reason"]})
"""A guide: data, plain text and a printable page, with the reasons."""

LegalBasis = TypedDict('LegalBasis', {"law": str, "article": NotRequired[Union[str, None]], "kind": NotRequired[Union["BasisUse", None]], "norm": NotRequired[Union["BasisKind", None]]})
"""法定依据 (`tj-2018-disclosure` 第十一条): 设定依据 or 其他依据."""

ListIn = TypedDict('ListIn', {"audience": NotRequired[Union[str, None]], "with_matters": NotRequired[bool]})

ListOut = TypedDict('ListOut', {"bundles": list["BundleOut"]})

Matter = TypedDict('Matter', {"code": str, "name": str, "parent": NotRequired[Union[str, None]], "item_level": NotRequired[Union["ItemLevel", None]], "kind": NotRequired[Union["MatterKind", None]], "category": NotRequired[Union["MatterCategory", None]], "level": NotRequired[Union["Level", None]], "department": NotRequired[Union[str, None]], "authority": NotRequired[Union[str, None]], "competent_department": NotRequired[Union[str, None]], "audience": NotRequired[Union["Audience", None]], "modes": list["Mode"], "online_url": NotRequired[Union[str, None]], "legal_basis": list["LegalBasis"], "conditions": NotRequired[list[str]], "time_limit": NotRequired[Union["TimeLimit", None]], "special_steps": list["SpecialStep"], "issues_license": bool, "quantity_limit": NotRequired[Union[str, None]], "outcome": NotRequired[Union["Outcome", None]], "validity": NotRequired[Union[str, None]], "scope": NotRequired[Union[str, None]], "fee": Union["Fee", None], "consult_phone": NotRequired[Union[str, None]], "place": NotRequired[Union[str, None]], "complaint_phone": NotRequired[Union[str, None]], "convenience": NotRequired[Union["Convenience", None]], "commitment": "CommitmentSettings", "materials": list["MatterMaterial"], "form": list["FormField"], "after": list[str], "produces": NotRequired[list[str]], "published_on": NotRequired[Union["IsoDate", None]], "sample": NotRequired[bool], "extra": NotRequired[Union[dict[str, Any], None]]})
"""政务服务事项 — a matter with the elements the disclosure measure requires (`tj-2018-disclosure` 第七条…第十七条)."""

MatterIn = TypedDict('MatterIn', {"code": str})

MatterMaterial = TypedDict('MatterMaterial', {"material": str, "required": bool, "deferrable": bool, "acceptance": NotRequired[Union[str, None]], "copies": NotRequired[Union[int, None]]})
"""A material as one matter asks for it."""

MatterOut = TypedDict('MatterOut', {"matter": "Matter"})

OnFile = TypedDict('OnFile', {"material": str, "submitted_on": NotRequired[Union["IsoDate", None]], "valid_until": NotRequired[Union["IsoDate", None]]})
"""A material the applicant submitted before."""

Optional = TypedDict('Optional', {"material": str, "name": str, "needed_by": list[str]})
"""An optional material (no matter requires it)."""

Outcome = TypedDict('Outcome', {"form": str, "sample": NotRequired[Union[str, None]]})
"""办理结果."""

ProofFacts = TypedDict('ProofFacts', {"name": NotRequired[Union[str, None]], "basis": "BasisKind", "basis_text": NotRequired[Union[str, None]], "basis_reasonable": NotRequired[bool], "obtainable_internally": NotRequired[bool], "proven_by_certificate": NotRequired[bool], "replaceable_by_commitment": NotRequired[bool], "issuer_cannot_verify": NotRequired[bool], "covered_by_other": NotRequired[bool], "checkable_online": NotRequired[bool], "intermediary_commissionable": NotRequired[bool], "decision_of_other_department": NotRequired[bool], "unobtainable_by_normal_means": NotRequired[bool], "no_major_effect": NotRequired[bool]})
"""The facts of one proof or material under review."""

ResolveIn = TypedDict('ResolveIn', {"matters": list[str], "dossier": NotRequired["Dossier"]})

ResolveOut = TypedDict('ResolveOut', {"materials": list["Resolved"], "optional": list["Optional"], "summary": "ResolveSummary"})

ResolveSummary = TypedDict('ResolveSummary', {"shared": int, "on_file": int, "letter": int, "deferred": int, "required": int})

Resolved = TypedDict('Resolved', {"material": str, "name": str, "status": "MaterialStatus", "needed_by": list[str], "reasons": list["Reason"]})
"""One resolved material."""

ReviewOut = TypedDict('ReviewOut', {"decision": "ReviewDecision", "reasons": list["Reason"]})

Section = TypedDict('Section', {"key": str, "title": str, "citation": "Citation", "elements": list["Element"]})
"""One section of a guide, in the order of 第七条."""

TimeLimit = TypedDict('TimeLimit', {"statutory_workdays": NotRequired[Union[int, None]], "promised_workdays": NotRequired[Union[int, None]]})
"""办理时限 (`tj-2018-disclosure` 第十四条), in working days, paused steps excluded."""

Audience = Literal["natural_person", "legal_person", "both"]
"""服务对象 (`tj-2018-disclosure` 第八条(四))."""

BasisKind = Literal["law", "administrative_regulation", "local_regulation", "department_rules", "local_government_rules", "normative_document", "department_document", "habit", "none"]
"""The kind of norm a requirement rests on (法律规范的位阶)."""

BasisUse = Literal["setting", "other"]
"""What a 法定依据 is to the matter (`tj-2018-disclosure` 第十一条)."""

Domain = Literal["national_security", "public_security", "ecological_security", "financial_security", "cultural_security", "production_safety", "public_interest", "health_life_property"]
"""Domains where commitment approval is excluded (`tj-2018-commitment` 第四条)."""

ElementStatus = Literal["present", "default", "missing"]
"""Whether an element of the guide is published."""

ItemLevel = Literal["major", "sub", "type"]
"""事项层级 — 大项 → 子项 → 类型项 (`tj-2018-disclosure` 第九条)."""

Level = Literal["national", "provincial", "municipal", "district", "township", "village"]
"""行使层级 (`tj-2018-disclosure` 第十二条(一))."""

MaterialStatus = Literal["shared", "on_file", "letter", "deferred", "required"]
"""What a material comes to."""

MatterCategory = Literal["general", "franchise", "recognition", "approval", "registration", "other"]
"""办理类别 (`tj-2018-disclosure` 第十条)."""

MatterKind = Literal["licensing", "penalty", "coercion", "levy", "benefit", "inspection", "confirmation", "award", "adjudication", "other", "public_service", "internal"]
"""事项类型 — the kind of power or service (`gb-t-39046` A.1). Only some are in scope of 政务服务事项 (`tj-2018-notice` 一(二)); the others parse so that the lint can name them."""

Mode = Literal["immediate", "online", "nearby", "one_visit", "unmanned", "id_card_only"]
"""办理方式 (`tj-2018-disclosure` 第十条; 无人审批 `baodi-2018` 二(五); 一证通办 `tj-2018-notice` 一(三)4)."""

ReviewDecision = Literal["cancel", "keep"]
"""The outcome of a review."""

ServiceScope = Literal["national", "cross_province", "cross_city", "cross_county"]
"""通办范围 (`tj-2018-disclosure` 第十七条)."""
