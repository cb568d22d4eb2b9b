"""Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

The types of the meta operations (re-exported by `zhengwu.optypes`)."""

from typing import Any, Literal, TypedDict, Union

from .common import Citation, IsoDate, LintSeverity, NotRequired, ParamValue

CalendarOut = TypedDict('CalendarOut', {"name": str, "from": "IsoDate", "to": "IsoDate"})

DocsOut = TypedDict('DocsOut', {"docs": list["Source"]})

ErrorOut = TypedDict('ErrorOut', {"code": str, "area": str, "description": str})

ExplainIn = TypedDict('ExplainIn', {"op": str, "answer": Any})

Explanation = TypedDict('Explanation', {"title": str, "summary": str, "actions": list["Line"], "reasons": list["Line"], "text": str, "html": str})
"""A 明白纸."""

Line = TypedDict('Line', {"text": str, "citation": NotRequired[Union[str, None]]})
"""One line of an explanation."""

OpsOut = TypedDict('OpsOut', {"ops": list[str]})

Policy = TypedDict('Policy', {"profile": str, "parameters": list["PolicyParameter"]})
"""The profile as `policy.get` answers it."""

PolicyParameter = TypedDict('PolicyParameter', {"name": str, "label": str, "value": "ParamValue", "citation": "Citation", "effective": Union["IsoDate", None], "overridden": NotRequired[Union[bool, None]], "profile_value": NotRequired[Union["ParamValue", None]]})
"""One parameter of the profile."""

ReasonOut = TypedDict('ReasonOut', {"code": str, "variants": list["Variant"]})

ReasonsOut = TypedDict('ReasonsOut', {"reasons": list["ReasonOut"], "errors": list["ErrorOut"], "lint_rules": list["RuleOut"]})

RuleOut = TypedDict('RuleOut', {"id": str, "severity": "LintSeverity", "citation": "Citation", "description": str})

Source = TypedDict('Source', {"id": str, "title": str, "number": Union[str, None], "issuer": Union[str, None], "date": Union[str, None], "scope": "Scope", "applies_to": str, "note": NotRequired[Union[str, None]]})
"""One cited source."""

Variant = TypedDict('Variant', {"zh": str, "en": str, "args": list[str], "citation": "Citation"})

VersionOut = TypedDict('VersionOut', {"version": str, "abi": int, "calendar": "CalendarOut", "policy": str})

Scope = Literal["national", "tianjin", "baodi", "jizhou"]
"""Where a source applies."""
