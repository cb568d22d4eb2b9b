"""Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

The types of the form operations (re-exported by `zhengwu.optypes`)."""

from typing import Any, Literal, TypedDict, Union

from .common import NotRequired

Conflict = TypedDict('Conflict', {"element": str, "kind": str, "sides": list["Side"], "message": str})
"""Constraints that cannot all hold."""

DepartmentPacket = TypedDict('DepartmentPacket', {"department": "FormDepartment", "matters": list[str]})
"""What one department receives: its matters."""

Field = TypedDict('Field', {"element": str, "label": str, "type": "ElementType", "required": bool, "constraints": "FieldConstraints", "shared_source": NotRequired[Union[str, None]], "common": bool, "needed_by": list[str], "departments": list[str], "produced_by": NotRequired[Union[str, None]]})
"""One field of the merged form."""

FieldConstraints = TypedDict('FieldConstraints', {"max_len": NotRequired[Union[int, None]], "min": NotRequired[Any], "max": NotRequired[Any], "patterns": NotRequired[list[str]], "options": NotRequired[Union[list[str], None]]})
"""Constraints of a merged field: the strictest of all forms."""

FieldError = TypedDict('FieldError', {"element": str, "code": str, "message": str})
"""One problem with one value."""

Form = TypedDict('Form', {"bundle": NotRequired[Union[str, None]], "order": list[str], "matters": list["FormMatter"], "fields": list["Field"], "materials": list["FormMaterial"], "conflicts": list["Conflict"], "reasons": list["StoredReason"]})
"""A merged form."""

FormDepartment = TypedDict('FormDepartment', {"id": str, "name": str})
"""A department as the form names it."""

FormMaterial = TypedDict('FormMaterial', {"material": str, "name": str, "required": bool, "common": bool, "needed_by": list[str], "produced_by": NotRequired[Union[str, None]]})
"""A material of the merged form, asked for once."""

FormMatter = TypedDict('FormMatter', {"code": str, "name": str, "department": "FormDepartment", "pulled_in_by": NotRequired[Union[str, None]], "fields": list["OwnField"]})
"""A matter in the merged form."""

MergeIn = TypedDict('MergeIn', {"matters": NotRequired[Union[list[str], None]], "bundle": NotRequired[Union[str, None]], "choose": NotRequired[Union[list[str], None]]})

OwnField = TypedDict('OwnField', {"element": str, "label": str, "required": bool})
"""One field of a matter's own form, as that matter labels it."""

Packet = TypedDict('Packet', {"matter": str, "name": str, "department": "FormDepartment", "values": dict[str, Any], "fields": list["PacketField"]})
"""What one matter receives."""

PacketField = TypedDict('PacketField', {"element": str, "label": str, "required": bool, "value": Any})
"""One field of a packet."""

Prefill = TypedDict('Prefill', {"values": dict[str, Any], "filled_from": dict[str, Any], "kept": list[str], "to_fill": list[str], "required_to_fill": list[str]})
"""The result of a prefill."""

PrefillIn = TypedDict('PrefillIn', {"form": Any, "shared": NotRequired[dict[str, Any]], "values": NotRequired[dict[str, Any]], "overwrite": NotRequired[bool]})

Side = TypedDict('Side', {"source": str, "value": Any})
"""One side of a conflict."""

Split = TypedDict('Split', {"packets": list["Packet"], "departments": list["DepartmentPacket"]})
"""`form.split`'s answer."""

StoredCitation = TypedDict('StoredCitation', {"doc": str, "article": str, "text": NotRequired[Union[str, None]]})
"""A citation as stored data."""

StoredReason = TypedDict('StoredReason', {"code": str, "message": str, "citation": "StoredCitation"})
"""A reason as stored data (in a merged form a host keeps): the same JSON as [`Reason`], with owned text so that it can be read back."""

Validation = TypedDict('Validation', {"valid": bool, "errors": list["FieldError"]})
"""`form.validate`'s answer."""

ValuesIn = TypedDict('ValuesIn', {"form": Any, "values": NotRequired[dict[str, Any]]})

ElementType = Literal["string", "text", "date", "integer", "decimal", "boolean", "enum", "phone", "resident_id", "uscc"]
"""数据元素类型 — the type of a form field's data element."""
