"""Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

The types of the id operations (re-exported by `zhengwu.optypes`)."""

from typing import Literal, TypedDict, Union

from .common import IsoDate, NotRequired, Reason

EntityType = TypedDict('EntityType', {"code": str, "name": NotRequired[Union[str, None]]})
"""机构类别 — the kind of body within its authority (second character)."""

OrganizationCode = TypedDict('OrganizationCode', {"code": str, "check_valid": bool})
"""主体标识码 — the organisation code (characters 9–17) and its own GB 11714 check."""

Region = TypedDict('Region', {"code": str, "province": str, "prefecture": NotRequired[Union[str, None]], "name": NotRequired[Union[str, None]], "retired_in": NotRequired[Union[int, None]]})
"""A region named by a six-digit administrative division code."""

RegistrationAuthority = TypedDict('RegistrationAuthority', {"code": str, "name": NotRequired[Union[str, None]]})
"""登记管理部门 — the registering authority (first character)."""

ResidentBatchIn = TypedDict('ResidentBatchIn', {"ids": list[Union[str, None]], "today": NotRequired[Union["IsoDate", None]]})

ResidentBatchOut = TypedDict('ResidentBatchOut', {"valid": list[bool], "reason": list[str], "region": list[Union[str, None]], "province": list[Union[str, None]], "prefecture": list[Union[str, None]], "county": list[Union[str, None]], "birth_date": list[Union[str, None]], "sex": list[Union["Sex", None]]})
"""Columns of `id.resident_batch`: one array per field, one entry per number, names resolved from the region table. No number is echoed back: only what was read from it."""

ResidentIdCheck = TypedDict('ResidentIdCheck', {"valid": bool, "masked": str, "region": NotRequired[Union["Region", None]], "birth_date": NotRequired[Union["IsoDate", None]], "sex": NotRequired[Union["Sex", None]], "reasons": list["Reason"]})
"""The check of one 公民身份号码: verdict, parsed fields and reasons. `Debug` shows the masked number only."""

ResidentIn = TypedDict('ResidentIn', {"id": str, "today": NotRequired[Union["IsoDate", None]]})

UsccBatchIn = TypedDict('UsccBatchIn', {"codes": list[Union[str, None]]})

UsccBatchOut = TypedDict('UsccBatchOut', {"valid": list[bool], "reason": list[str], "code": list[Union[str, None]], "registration_authority": list[Union[str, None]], "entity_type": list[Union[str, None]], "region": list[Union[str, None]], "province": list[Union[str, None]], "prefecture": list[Union[str, None]], "county": list[Union[str, None]], "organization_code_valid": list[Union[bool, None]]})

UsccCheck = TypedDict('UsccCheck', {"valid": bool, "code": NotRequired[Union[str, None]], "registration_authority": NotRequired[Union["RegistrationAuthority", None]], "entity_type": NotRequired[Union["EntityType", None]], "region": NotRequired[Union["Region", None]], "organization_code": NotRequired[Union["OrganizationCode", None]], "reasons": list["Reason"]})
"""The check of one 统一社会信用代码."""

UsccIn = TypedDict('UsccIn', {"code": str})

Sex = Literal["male", "female"]
"""性别 — read from the parity of the sequence code (GB 11643 顺序码)."""
