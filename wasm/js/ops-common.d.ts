// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Dates are 'YYYY-MM-DD' strings.

/** Where a rule comes from: the source's id, its article, and the citation as printed (《全称》条目). */
export type Citation = {
  doc: string;
  article: string;
  text: string;
};
/** One fact of a subject's credit history. */
export type CreditRecord = ({
  type: "judgement";
  /** Date. */
  on: IsoDate;
  /** Honest or dishonest. */
  judgement: Judgement;
  /** Form of dishonesty. */
  form?: (DishonestForm | null);
  /** Severity of dishonesty. */
  severity?: (Severity | null);
  /** The matter of the case. */
  matter?: string | null;
  /** The day the violation was found in enforcement; the record is due within the credit-entry period after it (`tj-2018-discipline` 第七条). */
  found_on?: (IsoDate | null);
} | {
  type: "external_blacklist";
  /** Date. */
  on: IsoDate;
  /** Which system. */
  source: ListSource;
} | {
  type: "rectified";
  /** Date. */
  on: IsoDate;
} | {
  type: "repair_approved";
  /** Date. */
  on: IsoDate;
} | {
  type: "removed";
  /** Date. */
  on: IsoDate;
} | {
  type: "revoked_for_mismatch";
  /** Date. */
  on: IsoDate;
  /** The matter. */
  matter?: string | null;
} | {
  type: "enforcement";
  /** Date. */
  on: IsoDate;
  /** Fulfilled or not. */
  status: EnforcementStatus;
});
/** 失信的表现形式 (`tj-2018-commitment` 第九条). */
export type DishonestForm = ("falsified" | "late_materials" | "nonconforming_revoked" | "other");
export type Empty = Record<string, unknown>;
/** The state of a court enforcement against the subject (失信被执行人, `baodi-2018` 二(三)). */
export type EnforcementStatus = ("unfulfilled" | "fulfilled");
/** An error with a stable code, a human message and, when the fault lies in the input, the path to it (`pauses[1].to`, `calendar.years.2027.days_off[3].date`). */
export type Error = {
  code: ErrorCode;
  message: string;
  path?: string | null;
};
/** A stable error code. */
export type ErrorCode = "input.invalid_json" | "input.missing_field" | "input.unknown_field" | "input.wrong_type" | "input.invalid_value" | "input.invalid_date" | "input.too_large" | "input.too_deep" | "input.duplicate_key" | "input.null_argument" | "input.invalid_utf8" | "op.unknown" | "config.invalid" | "config.unknown_profile" | "config.unknown_parameter" | "calendar.out_of_range" | "calendar.invalid_data" | "calendar.invalid_pause" | "calendar.incomplete_year" | "calendar.implausible_year" | "calendar.invalid_notice" | "catalog.invalid" | "catalog.duplicate_id" | "catalog.unknown_department" | "catalog.unknown_material" | "catalog.unknown_element" | "catalog.unknown_matter" | "catalog.unknown_bundle" | "credit.invalid_subject" | "credit.records_unordered" | "commitment.invalid_transition" | "commitment.incomplete_letter" | "commitment.not_eligible" | "commitment.invalid_event" | "commitment.invalid_state" | "case.invalid_events" | "form.cycle" | "form.not_in_bundle" | "form.invalid" | "explain.invalid_answer" | "internal.panic";
export type IsoDate = string;
/** 评判等级 (`tj-2018-commitment` 第七条). */
export type Judgement = ("honest" | "dishonest");
/** A rule of the catalog lint, by its id. */
export type LintRule = "matter.missing_element" | "matter.missing_contact" | "matter.duplicate_code" | "matter.name_mismatch" | "matter.hierarchy" | "matter.out_of_scope" | "matter.after_cycle" | "item.department_rule_only" | "matter.default_validity" | "mode.immediate_with_special_steps" | "mode.online_without_url" | "mode.id_card_only_needs_more" | "limit.statutory_missing" | "limit.promised_missing" | "limit.promised_exceeds_statutory" | "limit.compression_below_target" | "limit.license_over_target" | "fee.missing_standard_or_basis" | "convenience.missing" | "convenience.joint_without_departments" | "commitment.excluded_domain" | "commitment.irrevocable" | "commitment.deferrable_without_commitment" | "material.missing_rank" | "material.missing_attribute" | "material.missing_source" | "material.missing_notes" | "material.applicant_without_template" | "material.form_without_blank_or_sample" | "material.shared_but_asked" | "bundle.department_mismatch";
/** How serious a finding is. */
export type LintSeverity = ("error" | "warning" | "info");
/** The source of an external blacklist merged into the 诚信档案 (`tj-2018-commitment` 第八条). */
export type ListSource = ("credit_platform" | "joint_system");
/** A parameter's value: a period, a ratio as a decimal string, whole years, or a flag. */
export type ParamValue = (Period | string | {
  years: number;
} | boolean);
/** A period: so many working days (工作日) or natural days (自然日). */
export type Period = ({
  workdays: number;
} | {
  natural_days: number;
});
/** The parameters an answer used: the profile's name and each parameter by name. */
export type PolicyUsed = {
  profile: string;
  [key: string]: unknown;
};
/** 理由 — one reason behind a decision: a stable code, a message for people, and its citation. */
export type Reason = {
  /** Stable dotted code (`period.workdays`, `id.check_character`, …). */
  code: string;
  /** What was decided and why, in plain words (never a full resident ID number). Fixed messages are borrowed, so building a reason need not allocate. */
  message: string;
  /** The article the decision rests on. */
  citation: Citation;
};
/** Severity: 严重失信 (`tj-2018-discipline` 第五条), general, or 轻微失信 (第十四条). */
export type Severity = ("minor" | "general" | "severe");
/** A special review step (特殊环节), `tj-2018-disclosure` 第十三条(三). */
export type SpecialStep = ("paper_review" | "site_survey" | "drawing_review" | "publicity" | "hearing" | "bidding" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "quantity_limit");
/** 信用主体: an enterprise by its 统一社会信用代码 or a person by the 公民身份号码 (masked in answers). */
export type Subject = ({
  uscc: string;
} | {
  resident_id: string;
});
