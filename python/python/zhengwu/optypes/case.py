"""Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

The types of the case operations (re-exported by `zhengwu.optypes`)."""

from typing import Any, Literal, TypedDict, Union

from .common import Citation, Error, IsoDate, NotRequired

BatchIn = TypedDict('BatchIn', {"cases": list[Any], "today": "IsoDate", "alert_workdays": NotRequired[int]})

Case = TypedDict('Case', {"id": NotRequired[Union[str, None]], "matter": str, "events": list["CaseEvent"]})
"""办件 — one applicant's case of a catalog matter, as its trail of dated events (过程留痕)."""

CaseAlert = TypedDict('CaseAlert', {"level": "AlertLevel", "deadline": "CaseDeadlineKind", "due": "IsoDate", "workdays_left": int, "message": str, "citation": "Citation"})
"""预警: a limit still open that is near, due today or passed."""

CaseDeadline = TypedDict('CaseDeadline', {"kind": "CaseDeadlineKind", "label": str, "due": "IsoDate", "limit_workdays": int, "paused_workdays": int, "met_on": Union["IsoDate", None], "late": bool, "citation": "Citation"})
"""A limit of the case: which, its last day, its length and pauses in working days, the day it was met (null while open), whether late."""

CaseFinding = TypedDict('CaseFinding', {"code": Literal["case.late_supplement_notice", "case.repeated_supplement", "case.late_promised", "case.late_statutory", "case.late_delivery", "case.extension_beyond_law", "case.unpublished_step", "case.unpublished_material", "case.shared_material_asked", "case.fee_not_published", "case.too_many_visits"], "kind": Literal["补正告知超期", "多次补正", "超承诺时限", "超法定时限", "送达超期", "延期超过法定", "增加环节", "增加要件", "重复提交共享材料", "收费与公示不符", "跑动超过一次"], "category": "FindingCategory", "on": Union["IsoDate", None], "due": NotRequired["IsoDate"], "late_workdays": NotRequired[int], "material": NotRequired[str], "step": NotRequired[str], "charged": NotRequired[str], "published": NotRequired[Union[str, None]], "count": NotRequired[int], "allowed": NotRequired[int], "message": str, "citation": "Citation"})
"""电子监察 finding: its code, its Chinese name, its category, the day, the detail of its kind (due and late_workdays; material; step; charged and published; count and allowed), its message and citation."""

CaseStatsOut = TypedDict('CaseStatsOut', {"today": "IsoDate", "refused": int, "refused_cases": list["Error"], "cases": int, "overall": "Figures", "departments": list["DepartmentFigures"], "matters": list["MatterFigures"], "legend": list["Legend"]})
"""`case.stats`: the figures of every department and matter."""

CaseSupervision = TypedDict('CaseSupervision', {"id": NotRequired[str], "matter": str, "department": Union[str, None], "status": "CaseStatus", "received": "IsoDate", "accepted_on": Union["IsoDate", None], "deemed_accepted": bool, "deadlines": list["CaseDeadline"], "handling_workdays": Union[int, None], "on_time": Union[bool, None], "visits": int, "allowed_visits": Union[int, None], "evaluation": Union["Grade", None], "alerts": list["CaseAlert"], "findings": list["CaseFinding"]})
"""电子监察 of one case: its status, its limits, the working days it took, visits, evaluation, alerts and findings."""

CaseTarget = TypedDict('CaseTarget', {"target": str, "value": Union[float, None], "threshold": float, "met": Union[bool, None], "citation": "Citation"})
"""A reform target, measured on the records."""

DepartmentFigures = TypedDict('DepartmentFigures', {"department": Union[str, None], "name": Union[str, None], "cases": int, "decided": int, "on_time": int, "on_time_share": Union[float, None], "handling_median_workdays": Union[int, None], "handling_p90_workdays": Union[int, None], "findings": dict[str, int], "visits_per_case": Union[float, None], "evaluated": int, "evaluations": dict[str, int], "satisfied_share": Union[float, None], "targets": list["CaseTarget"]})
"""A department's figures."""

Figures = TypedDict('Figures', {"cases": int, "decided": int, "on_time": int, "on_time_share": Union[float, None], "handling_median_workdays": Union[int, None], "handling_p90_workdays": Union[int, None], "findings": dict[str, int], "visits_per_case": Union[float, None], "evaluated": int, "evaluations": dict[str, int], "satisfied_share": Union[float, None], "targets": list["CaseTarget"]})
"""The figures of one department or matter."""

Legend = TypedDict('Legend', {"figure": str, "meaning": str, "citation": "Citation"})
"""What each figure means and the article behind it."""

MatterFigures = TypedDict('MatterFigures', {"matter": str, "name": str, "department": Union[str, None], "promised_workdays": Union[int, None], "statutory_workdays": Union[int, None], "cases": int, "decided": int, "on_time": int, "on_time_share": Union[float, None], "handling_median_workdays": Union[int, None], "handling_p90_workdays": Union[int, None], "findings": dict[str, int], "visits_per_case": Union[float, None], "evaluated": int, "evaluations": dict[str, int], "satisfied_share": Union[float, None], "targets": list["CaseTarget"]})
"""A matter's figures, with its published limits."""

StatsIn = TypedDict('StatsIn', {"cases": list[Any], "today": "IsoDate"})

SuperviseIn = TypedDict('SuperviseIn', {"case": "Case", "today": "IsoDate", "alert_workdays": NotRequired[int]})

AlertLevel = Literal["approaching", "due_today", "passed"]
"""自动预警 level (`baodi-2018` 三(四))."""

CaseDeadlineKind = Literal["supplement_notice", "promised_decision", "statutory_decision", "delivery"]
"""A limit of a case."""

CaseDecision = Literal["granted", "refused"]
"""The decision (决定, `tj-2018-disclosure` 第十三条(四))."""

CaseStatus = Literal["received", "awaiting_supplement", "accepted", "paused", "decided", "delivered"]
"""Where a case stands."""

Channel = Literal["online", "window"]
"""How the application came in (申请方式, `tj-2018-disclosure` 第十三条(一))."""

FindingCategory = Literal["timeliness", "process", "content", "fee", "visits"]
"""What a finding is about (`tj-2018-onenet` 第三十四条: 时效性、流程合法性、内容规范性, 收费; and 最多跑一次)."""

Grade = Literal["very_satisfied", "satisfied", "basic", "unsatisfied", "very_unsatisfied"]
"""好差评 grade (`tj-2022-onething` 四(四))."""

CaseEvent = dict[str, Any]
"""One event of a case."""
