// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Dates are 'YYYY-MM-DD' strings.

import type { IsoDate, Reason } from './ops-common.mjs';

/** 机构类别 — the kind of body within its authority (second character). */
export type EntityType = {
  /** The code character. */
  code: string;
  /** Its name, when the code is assigned for this authority. */
  name?: string | null;
};
/** 主体标识码 — the organisation code (characters 9–17) and its own GB 11714 check. */
export type OrganizationCode = {
  /** The nine characters. */
  code: string;
  /** Whether its ninth character is the GB 11714 check of the first eight. */
  check_valid: boolean;
};
/** A region named by a six-digit administrative division code. */
export type Region = {
  /** The six-digit code. */
  code: string;
  /** The province-level division. */
  province: string;
  /** The prefecture-level division (地级), where there is one with a name; for a district or county of a 直辖市 (北京、天津、上海、重庆) the city itself. None for a province-level code, a prefecture's own code, and a county-level city directly under its province (省直辖县级行政区划: 仙桃市 429004). */
  prefecture?: string | null;
  /** The code's own name below the province (its latest), where the table knows it. */
  name?: string | null;
  /** The year the code went out of use, for a retired code (its numbers stay valid). */
  retired_in?: number | null;
};
/** 登记管理部门 — the registering authority (first character). */
export type RegistrationAuthority = {
  /** The code character. */
  code: string;
  /** Its name, when the code is assigned. */
  name?: string | null;
};
export type ResidentBatchIn = {
  /** The numbers; `null` for a missing one. */
  ids: Array<string | null>;
  today?: (IsoDate | null);
};
/** Columns of `id.resident_batch`: one array per field, one entry per number, names resolved from the region table. No number is echoed back: only what was read from it. */
export type ResidentBatchOut = {
  valid: boolean[];
  reason: string[];
  region: Array<string | null>;
  province: Array<string | null>;
  prefecture: Array<string | null>;
  county: Array<string | null>;
  birth_date: Array<string | null>;
  sex: Array<(Sex | null)>;
};
/** The check of one 公民身份号码: verdict, parsed fields and reasons. `Debug` shows the masked number only. */
export type ResidentIdCheck = {
  /** Whether the number is a valid GB 11643 number. */
  valid: boolean;
  /** The number masked for display. */
  masked: string;
  /** 地址码 — where the number was first issued. */
  region?: (Region | null);
  /** 出生日期码. */
  birth_date?: (IsoDate | null);
  /** 性别. */
  sex?: (Sex | null);
  /** Why the number is valid or not. */
  reasons: Reason[];
};
export type ResidentIn = {
  id: string;
  /** When given, a birth date after it makes the number invalid. */
  today?: (IsoDate | null);
};
/** 性别 — read from the parity of the sequence code (GB 11643 顺序码). */
export type Sex = ("male" | "female");
export type UsccBatchIn = {
  codes: Array<string | null>;
};
export type UsccBatchOut = {
  valid: boolean[];
  reason: string[];
  code: Array<string | null>;
  registration_authority: Array<string | null>;
  entity_type: Array<string | null>;
  region: Array<string | null>;
  province: Array<string | null>;
  prefecture: Array<string | null>;
  county: Array<string | null>;
  organization_code_valid: Array<boolean | null>;
};
/** The check of one 统一社会信用代码. */
export type UsccCheck = {
  /** Format and check character conform to GB 32100. */
  valid: boolean;
  /** The code as checked (upper-cased). */
  code?: string | null;
  /** 登记管理部门. */
  registration_authority?: (RegistrationAuthority | null);
  /** 机构类别. */
  entity_type?: (EntityType | null);
  /** 登记管理机关行政区划码. */
  region?: (Region | null);
  /** 主体标识码. */
  organization_code?: (OrganizationCode | null);
  /** Why. */
  reasons: Reason[];
};
export type UsccIn = {
  code: string;
};
/** The input of each id operation, by name. */
export interface IdOpInputs {
  "id.resident": ResidentIn;
  "id.uscc": UsccIn;
  "id.resident_batch": ResidentBatchIn;
  "id.uscc_batch": UsccBatchIn;
}
/** The answer of each id operation, by name. */
export interface IdOpAnswers {
  "id.resident": ResidentIdCheck;
  "id.uscc": UsccCheck;
  "id.resident_batch": ResidentBatchOut;
  "id.uscc_batch": UsccBatchOut;
}
