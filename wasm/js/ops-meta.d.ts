// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Dates are 'YYYY-MM-DD' strings.

import type { Citation, Empty, IsoDate, LintSeverity, ParamValue } from './ops-common.mjs';

export type CalendarOut = {
  name: string;
  from: IsoDate;
  to: IsoDate;
};
export type DocsOut = {
  docs: Source[];
};
export type ErrorOut = {
  code: string;
  area: string;
  description: string;
};
export type ExplainIn = {
  op: string;
  /** Checked present here and read where it lies (not copied). */
  answer: unknown;
};
/** A 明白纸. */
export type Explanation = {
  /** 标题. */
  title: string;
  /** 结论: what was decided. */
  summary: string;
  /** 需要您做的: what the applicant must do, by when. */
  actions: Line[];
  /** 依据: why. */
  reasons: Line[];
  /** The whole as plain text. */
  text: string;
  /** The whole as a printable HTML page. */
  html: string;
};
/** One line of an explanation. */
export type Line = {
  /** What it says. */
  text: string;
  /** The citation as printed, when the line rests on one. */
  citation?: string | null;
};
export type OpsOut = {
  ops: string[];
};
/** The profile as `policy.get` answers it. */
export type Policy = {
  profile: string;
  parameters: PolicyParameter[];
};
/** One parameter of the profile. */
export type PolicyParameter = {
  name: string;
  label: string;
  value: ParamValue;
  citation: Citation;
  effective: (IsoDate | null);
  overridden?: boolean | null;
  profile_value?: (ParamValue | null);
};
export type ReasonOut = {
  code: string;
  variants: Variant[];
};
export type ReasonsOut = {
  reasons: ReasonOut[];
  errors: ErrorOut[];
  lint_rules: RuleOut[];
};
export type RuleOut = {
  id: string;
  severity: LintSeverity;
  citation: Citation;
  description: string;
};
/** Where a source applies. */
export type Scope = ("national" | "tianjin" | "baodi" | "jizhou");
/** One cited source. */
export type Source = {
  /** The citation id (`tj-2018-commitment`). */
  id: string;
  /** 全称. */
  title: string;
  /** 文号, where the source shows it. */
  number: string | null;
  /** 制发机关. */
  issuer: string | null;
  /** 印发或公布日期 (`YYYY-MM-DD`), where the source shows it. */
  date: string | null;
  /** Where it applies. */
  scope: Scope;
  /** `全国`, `天津市`, `天津市宝坻区` … */
  applies_to: string;
  /** A note on the text used (draft, forwarded, …). */
  note?: string | null;
};
export type Variant = {
  zh: string;
  en: string;
  args: string[];
  citation: Citation;
};
export type VersionOut = {
  version: string;
  abi: number;
  calendar: CalendarOut;
  policy: string;
};
/** The input of each meta operation, by name. */
export interface MetaOpInputs {
  "meta.version": Empty;
  "meta.ops": Empty;
  "meta.docs": Empty;
  "meta.reasons": Empty;
  "meta.schema": Empty;
  "explain.answer": ExplainIn;
  "policy.get": Empty;
}
/** The answer of each meta operation, by name. */
export interface MetaOpAnswers {
  "meta.version": VersionOut;
  "meta.ops": OpsOut;
  "meta.docs": DocsOut;
  "meta.reasons": ReasonsOut;
  "meta.schema": unknown;
  "explain.answer": Explanation;
  "policy.get": Policy;
}
