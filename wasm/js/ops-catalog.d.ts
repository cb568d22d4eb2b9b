// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Dates are 'YYYY-MM-DD' strings.

import type { Citation, IsoDate, LintRule, LintSeverity, PolicyUsed, Reason } from './ops-common.mjs';

/** A matter of the new catalog that the old one lacked. */
export type Added = {
  /** Code. */
  matter: string;
  /** Name. */
  name: string;
};
/** A cancelled matter (取消) and its written reason. */
export type Cancelled = {
  /** Code. */
  matter: string;
  /** Name. */
  name: string;
  /** The written reason. */
  reason: string | null;
  /** Whether the reason is given. */
  complete: boolean;
};
/** The statistics of a catalog (`catalog.stats`). */
export type CatalogStats = {
  /** Matters in the catalog. */
  matters: number;
  /** Of which in the scope of 政务服务事项. */
  in_scope: number;
  /** The reform targets. */
  targets: StatsTarget[];
  /** Time limits. */
  limits: Limits;
  /** Materials. */
  materials: Materials;
  /** Per department. */
  departments: DepartmentShare[];
  /** The parameters used. */
  policy: PolicyUsed;
};
/** A change lacking what 通知 三(一) requires. */
export type ChangeFinding = {
  /** Rule id. */
  rule: string;
  /** The matter. */
  matter: string;
  /** What is missing. */
  message: string;
  /** 通知 三(一). */
  citation: Citation;
};
/** 最多跑一次 per department. */
export type DepartmentShare = {
  /** Department id. */
  department: string;
  /** Its name. */
  name: string;
  /** Its in-scope matters. */
  matters: number;
  /** Of which 最多跑一次. */
  at_most_once: number;
  /** The share. */
  share: string;
  /** The target share. */
  target: string;
  /** Whether it is met. */
  met: boolean;
};
/** A devolved matter (下放): the power and the implementing department. */
export type Devolved = {
  /** Code. */
  matter: string;
  /** Name. */
  name: string;
  /** Level before. */
  from: string;
  /** Level after. */
  to: string;
  /** The power devolved. */
  power: string | null;
  /** The implementing department. */
  department: string | null;
  /** Whether both are named. */
  complete: boolean;
};
export type DiffIn = {
  from: unknown;
  to?: unknown;
  changed_on?: (IsoDate | null);
};
/** What changed between two catalogs (`catalog.diff`). */
export type DiffOut = {
  /** Matters added. */
  added: Added[];
  /** Matters cancelled. */
  cancelled: Cancelled[];
  /** Matters devolved. */
  devolved: Devolved[];
  /** Matters merged. */
  merged: Merged[];
  /** Materials no matter asks for any more. */
  cancelled_materials: string[];
  /** The material reduction. */
  material_reduction: MaterialReduction;
  /** Changes lacking their required reason. */
  findings: ChangeFinding[];
  /** Matters present in both whose record changed. */
  modified: string[];
  /** Special steps and certificates. */
  reductions: Reductions;
  publication?: (Publication | null);
  policy?: (PolicyUsed | null);
};
/** One lint finding. */
export type Finding = {
  /** The rule (serialized as its id, e.g. `limit.promised_exceeds_statutory`). */
  rule: LintRule;
  /** Severity. */
  severity: LintSeverity;
  /** The matter concerned (code). */
  matter?: string | null;
  /** The material concerned (id). */
  material?: string | null;
  /** The bundle concerned (id). */
  bundle?: string | null;
  /** Path into the catalog. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** The article the rule rests on. */
  citation: Citation;
};
/** Time limits over the matters that state both. */
export type Limits = {
  /** Matters with a promised limit. */
  matters_with_limits: number;
  /** Average statutory working days. */
  average_statutory_workdays: string;
  /** Average promised working days. */
  average_promised_workdays: string;
  /** Average compression (statutory − promised) / statutory. */
  average_compression: string;
  /** The compression target. */
  compression_target: string;
};
export type LintOut = {
  findings: Finding[];
  summary: LintSummary;
  policy: PolicyUsed;
};
export type LintSummary = {
  errors: number;
  warnings: number;
  infos: number;
};
/** The material reduction against `baodi-2018` 一(三). */
export type MaterialReduction = {
  /** Material requirements before. */
  before: number;
  /** After. */
  after: number;
  /** The share reduced. */
  share: string;
  /** The target share. */
  target: string;
  /** Whether it is met. */
  met: boolean;
  /** Why. */
  reasons: Reason[];
};
/** Material references. */
export type Materials = {
  /** References from matters. */
  references: number;
  /** Distinct materials referenced. */
  distinct: number;
  /** References per in-scope matter. */
  per_matter: string;
};
/** The fields are only checked here (present, known): the catalog is read from the input where it lies, not copied — a copy of a 16 MiB catalog's value tree costs some 300 MB. */
export type MaybeCatalog = {
  catalog?: unknown;
};
/** A merged matter (合并) and what it was merged into. */
export type Merged = {
  /** Code. */
  matter: string;
  /** Name. */
  name: string;
  /** The matter it went into. */
  into: string | null;
  /** Whether that matter is in the new catalog. */
  complete: boolean;
};
/** The publication due dates of a change made on a day. */
export type Publication = {
  /** The day of the change. */
  changed_on: IsoDate;
  /** Published by. */
  publish_due: IsoDate;
  /** The day the reading places' period runs from: 第二十三条 counts it from publication ("自信息公开后"), so from the latest day of publication, `publish_due` — a host that publishes earlier may count from its own day. */
  reading_places_from: IsoDate;
  /** Given to the reading places by. */
  reading_places_due: IsoDate;
  /** Per changed matter. */
  matters: PublicationMatter[];
  /** Why. */
  reasons: Reason[];
};
/** One changed matter's publication due dates. */
export type PublicationMatter = {
  /** Code. */
  matter: string;
  /** `added`, `cancelled`, `devolved`, `merged` or `modified`. */
  change: string;
  /** Published by (第二十二条). */
  publish_due: IsoDate;
  /** Given to the reading places by (第二十三条). */
  reading_places_due: IsoDate;
};
/** A "减少" target (通知 三(三), 三(五)): a count before and after. */
export type Reduction = {
  /** Before. */
  before: number;
  /** After. */
  after: number;
  /** Met when it went down (or stayed at none). */
  met: boolean;
  /** Why. */
  reasons: Reason[];
};
/** The reductions the notice asks for. */
export type Reductions = {
  /** 特殊环节 (三(三)). */
  special_steps: Reduction;
  /** 证照 (三(五)). */
  certificates: Reduction;
};
/** A reform target measured on the catalog. */
export type StatsTarget = {
  /** Stable name. */
  name: string;
  /** The Chinese term. */
  label: string;
  /** The share reached (decimal string). */
  value: string;
  /** The share required. */
  target: string;
  /** Whether the target is met (never when it does not apply). */
  met: boolean;
  /** Whether any matter falls under the target (不适用 when none: a catalog without a matter that issues a 许可证照 neither meets nor misses the licence target). */
  applicable: boolean;
  /** Matters that count. */
  count: number;
  /** Out of. */
  of: number;
  /** Where the target comes from. */
  citation: Citation;
  /** The day by which it is due, for dated targets. */
  by?: (IsoDate | null);
};
/** The input of each catalog operation, by name. */
export interface CatalogOpInputs {
  "catalog.lint": MaybeCatalog;
  "catalog.stats": MaybeCatalog;
  "catalog.diff": DiffIn;
}
/** The answer of each catalog operation, by name. */
export interface CatalogOpAnswers {
  "catalog.lint": LintOut;
  "catalog.stats": CatalogStats;
  "catalog.diff": DiffOut;
}
