"""Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

The types of the catalog operations (re-exported by `zhengwu.optypes`)."""

from typing import Any, TypedDict, Union

from .common import Citation, IsoDate, LintRule, LintSeverity, NotRequired, PolicyUsed, Reason

Added = TypedDict('Added', {"matter": str, "name": str})
"""A matter of the new catalog that the old one lacked."""

Cancelled = TypedDict('Cancelled', {"matter": str, "name": str, "reason": Union[str, None], "complete": bool})
"""A cancelled matter (取消) and its written reason."""

CatalogStats = TypedDict('CatalogStats', {"matters": int, "in_scope": int, "targets": list["StatsTarget"], "limits": "Limits", "materials": "Materials", "departments": list["DepartmentShare"], "policy": "PolicyUsed"})
"""The statistics of a catalog (`catalog.stats`)."""

ChangeFinding = TypedDict('ChangeFinding', {"rule": str, "matter": str, "message": str, "citation": "Citation"})
"""A change lacking what 通知 三(一) requires."""

DepartmentShare = TypedDict('DepartmentShare', {"department": str, "name": str, "matters": int, "at_most_once": int, "share": str, "target": str, "met": bool})
"""最多跑一次 per department."""

Devolved = TypedDict('Devolved', {"matter": str, "name": str, "from": str, "to": str, "power": Union[str, None], "department": Union[str, None], "complete": bool})
"""A devolved matter (下放): the power and the implementing department."""

DiffIn = TypedDict('DiffIn', {"from": Any, "to": NotRequired[Any], "changed_on": NotRequired[Union["IsoDate", None]]})

DiffOut = TypedDict('DiffOut', {"added": list["Added"], "cancelled": list["Cancelled"], "devolved": list["Devolved"], "merged": list["Merged"], "cancelled_materials": list[str], "material_reduction": "MaterialReduction", "findings": list["ChangeFinding"], "modified": list[str], "reductions": "Reductions", "publication": NotRequired[Union["Publication", None]], "policy": NotRequired[Union["PolicyUsed", None]]})
"""What changed between two catalogs (`catalog.diff`)."""

Finding = TypedDict('Finding', {"rule": "LintRule", "severity": "LintSeverity", "matter": NotRequired[Union[str, None]], "material": NotRequired[Union[str, None]], "bundle": NotRequired[Union[str, None]], "path": str, "message": str, "citation": "Citation"})
"""One lint finding."""

Limits = TypedDict('Limits', {"matters_with_limits": int, "average_statutory_workdays": str, "average_promised_workdays": str, "average_compression": str, "compression_target": str})
"""Time limits over the matters that state both."""

LintOut = TypedDict('LintOut', {"findings": list["Finding"], "summary": "LintSummary", "policy": "PolicyUsed"})

LintSummary = TypedDict('LintSummary', {"errors": int, "warnings": int, "infos": int})

MaterialReduction = TypedDict('MaterialReduction', {"before": int, "after": int, "share": str, "target": str, "met": bool, "reasons": list["Reason"]})
"""The material reduction against `baodi-2018` 一(三)."""

Materials = TypedDict('Materials', {"references": int, "distinct": int, "per_matter": str})
"""Material references."""

MaybeCatalog = TypedDict('MaybeCatalog', {"catalog": NotRequired[Any]})
"""The fields are only checked here (present, known): the catalog is read from the input where it lies, not copied — a copy of a 16 MiB catalog's value tree costs some 300 MB."""

Merged = TypedDict('Merged', {"matter": str, "name": str, "into": Union[str, None], "complete": bool})
"""A merged matter (合并) and what it was merged into."""

Publication = TypedDict('Publication', {"changed_on": "IsoDate", "publish_due": "IsoDate", "reading_places_from": "IsoDate", "reading_places_due": "IsoDate", "matters": list["PublicationMatter"], "reasons": list["Reason"]})
"""The publication due dates of a change made on a day."""

PublicationMatter = TypedDict('PublicationMatter', {"matter": str, "change": str, "publish_due": "IsoDate", "reading_places_due": "IsoDate"})
"""One changed matter's publication due dates."""

Reduction = TypedDict('Reduction', {"before": int, "after": int, "met": bool, "reasons": list["Reason"]})
"""A "减少" target (通知 三(三), 三(五)): a count before and after."""

Reductions = TypedDict('Reductions', {"special_steps": "Reduction", "certificates": "Reduction"})
"""The reductions the notice asks for."""

StatsTarget = TypedDict('StatsTarget', {"name": str, "label": str, "value": str, "target": str, "met": bool, "applicable": bool, "count": int, "of": int, "citation": "Citation", "by": NotRequired[Union["IsoDate", None]]})
"""A reform target measured on the catalog."""
