// Types of zhengwu's typed JS API. Dates are 'YYYY-MM-DD' strings (or Date objects where noted);
// money is a decimal string. Every error is thrown as a ZhengwuError.

import type { OpAnswers, OpInputs, OpName } from './ops.mjs';
/** Every operation's input and answer types, written from `meta.schema`. */
export type { OpAnswers, OpInputs, OpName } from './ops.mjs';
export * as Schema from './ops.mjs';

export type IsoDate = string;
export type DateLike = IsoDate | Date;

/** An error from zhengwu: `code` is the stable dotted code, `path` points into the input. */
export interface ZhengwuError extends Error {
  name: 'ZhengwuError';
  code: string;
  path: string | null;
}

/** Where a rule comes from; `text` is the citation as printed: 《全称》条目. */
export interface Citation { doc: string; article: string; text: string }
export interface Reason { code: string; message: string; citation: Citation }

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted_workday';
export interface Day { date: IsoDate; workday: boolean; kind: DayKind; holiday?: string; adjusted_for?: string; weekday: number; provisional?: true; reasons?: Reason[] }
export type Period = { workdays: number } | { natural_days: number };
export type SpecialStep =
  | 'paper_review' | 'site_survey' | 'drawing_review' | 'publicity' | 'hearing' | 'bidding' | 'auction'
  | 'inspection' | 'testing' | 'quarantine' | 'appraisal' | 'expert_review' | 'quantity_limit';
export interface Pause { from: DateLike; to: DateLike; step?: SpecialStep }
export interface Deadline { start: IsoDate; period: Period; due: IsoDate; paused_days: number; rolled_from?: IsoDate; provisional?: true; reasons: Reason[] }

export interface Region { code: string; province: string; prefecture?: string; name?: string; retired_in?: number }
export interface ResidentIdCheck { valid: boolean; masked: string; region?: Region; birth_date?: IsoDate; sex?: 'male' | 'female'; reasons: Reason[] }
export interface UsccCheck {
  valid: boolean;
  code?: string;
  registration_authority?: { code: string; name?: string };
  entity_type?: { code: string; name?: string };
  region?: Region;
  organization_code?: { code: string; check_valid: boolean };
  reasons: Reason[];
}

export interface Department { id: string; name: string }
export interface BundleMatter { code: string; name: string; department: Department; co_departments?: Department[] }
export interface Bundle {
  id: string; number?: number; name: string; audience: 'enterprise' | 'personal'; lead: Department; co_leads?: Department[];
  matters: BundleMatter[]; together: string[][];
}

export type ElementType = 'string' | 'text' | 'date' | 'integer' | 'decimal' | 'boolean' | 'enum' | 'phone' | 'resident_id' | 'uscc';
export interface FieldConstraints { max_len?: number; min?: number | string; max?: number | string; patterns?: string[]; options?: string[] }
export interface FormField {
  element: string; label: string; type: ElementType; required: boolean; constraints: FieldConstraints;
  shared_source?: string; common: boolean; needed_by: string[]; departments: string[];
  /** The earlier matter of the form whose result produces it: not asked of the applicant. */
  produced_by?: string;
}
export interface OwnField { element: string; label: string; required: boolean }
export interface FormMatter { code: string; name: string; department: Department; pulled_in_by?: string; fields: OwnField[] }
export interface FormMaterial { material: string; name: string; required: boolean; common: boolean; needed_by: string[]; produced_by?: string }
export interface Conflict { element: string; kind: 'options' | 'range' | 'length' | 'type'; sides: { source: string; value: unknown }[]; message: string }
export interface Form {
  bundle?: string; order: string[]; matters: FormMatter[]; fields: FormField[]; materials: FormMaterial[]; conflicts: Conflict[]; reasons: Reason[];
}
export type MergeRequest = { matters: string[] } | { bundle: string; choose?: string[] };
export type Values = Record<string, unknown>;
export interface Prefill { values: Values; filled_from: Record<string, string>; kept: string[]; to_fill: string[]; required_to_fill: string[] }
export interface FieldError { element: string; code: string; message: string }
export interface Validation { valid: boolean; errors: FieldError[] }
export interface Packet { matter: string; name: string; department: Department; values: Values; fields: (OwnField & { value: unknown })[] }
export interface Split { packets: Packet[]; departments: { department: Department; matters: string[] }[] }

export type Subject = { uscc: string } | { resident_id: string };
export type CreditRecord = { on: DateLike; type: string; [key: string]: unknown };
export interface Applicant { subject: Subject; records?: CreditRecord[] }
export type CommitmentStatus =
  | 'active' | 'extended' | 'fulfilled' | 'under_rectification' | 'suspended' | 'recommit_required' | 'overdue' | 'revoked';
export interface Deadlines {
  materials_due: IsoDate; supervision_start_due: IsoDate; verification_due: IsoDate; rectification_cap: IsoDate;
  publication_due: IsoDate; rectification_due?: IsoDate;
}
export interface CommitmentState { matter: string; status: CommitmentStatus; deadlines: Deadlines; [key: string]: unknown }
export interface Alert { deadline: string; due: IsoDate; kind: 'approaching' | 'due_today' | 'passed'; workdays_left: number; citation: Citation }
export interface Effect { type: string; citation: Citation; [key: string]: unknown }
export interface Step { state: CommitmentState; deadlines: Deadlines; alerts: Alert[]; effects: Effect[]; provisional?: true }
export interface Opened extends Step { reasons: Reason[]; policy: Record<string, unknown>; notes?: string[] }
export interface Eligibility { eligible: boolean; reasons: Reason[]; credit: { blacklisted: boolean; commitment_allowed: boolean; subject: Subject }; policy: Record<string, unknown> }
export interface CommitmentEvent { type: string; on: DateLike; [key: string]: unknown }
export interface CreditStatus {
  subject: Subject; blacklisted: boolean; listed_since?: IsoDate; severe: boolean; commitment_allowed: boolean;
  restrictions: { area: string; label: string; citation: Citation }[]; green_channel: boolean;
  inspection: 'reduced' | 'normal' | 'increased'; removal_eligible_on?: IsoDate;
  late_entries?: { record: number; found_on: IsoDate; due: IsoDate; entered_on: IsoDate }[]; reasons: Reason[];
  policy: Record<string, unknown>;
}
export interface Judgement {
  judgement: 'honest' | 'dishonest'; form?: 'falsified' | 'late_materials' | 'nonconforming_revoked' | 'other';
  severity?: 'minor' | 'general' | 'severe'; record_due?: IsoDate; record?: CreditRecord; reasons: Reason[];
}
/** One item of a holiday notice: a holiday (or 国庆节、中秋节) and the days it sets. */
export interface NoticeHoliday { name: string; days_off: IsoDate[]; workdays: IsoDate[] }
/** `calendar.parse_notice`'s answer. */
export interface ParsedNotice {
  year: number; source: { title: string | null; number: string | null; date: IsoDate | null };
  days_off: IsoDate[]; workdays: IsoDate[]; holidays: NoticeHoliday[]; year_files: object[];
  complete: boolean; statutory: { holiday: string; day: string; date: IsoDate; present: boolean }[]; working_days: number;
  changes: { date: IsoDate; workday: boolean; projected_workday: boolean; holiday: string }[]; reasons: Reason[];
}
export interface DeadlineMove { deadline: string; from: IsoDate | null; to: IsoDate }
/** `calendar.diff_years`'s answer. */
export interface YearChanges {
  year: number; days: { date: IsoDate; before: boolean | null; provisional: boolean; after: boolean }[];
  commitments: { index: number; id?: string; matter: string; moves: DeadlineMove[] }[];
  cases: { index: number; id?: string; matter: string; moves: DeadlineMove[] }[];
  errors: { list: 'states' | 'cases'; index: number; error: { code: string; message: string; path: string | null } }[];
  summary: { days: number; commitments: number; cases: number }; reasons: Reason[];
}
/** One element of a 办事指南: published, a legal default, or missing (the lint's gap). */
export interface GuideElement { key: string; label: string; value: string | null; status: 'present' | 'default' | 'missing'; citation: Citation; findings?: string[] }
export interface GuideSection { key: string; title: string; citation: Citation; elements: GuideElement[] }
export interface GuideGap { matter: string; rule: string; severity: 'error' | 'warning' | 'info'; element: string; message: string; citation: Citation }
/** 办事指南 (公开公示办法 第七条; 一件事: tj-2022-onething 三(一)1). */
export interface Guide { matter?: string; bundle?: string; name: string; sample: boolean; sections: GuideSection[]; gaps: GuideGap[]; text: string; html: string; reasons: Reason[] }
export interface Finding { rule: string; severity: 'error' | 'warning' | 'info'; matter?: string; material?: string; bundle?: string; path: string; message: string; citation: Citation }
export interface ResolvedMaterial { material: string; name: string; status: 'shared' | 'on_file' | 'letter' | 'deferred' | 'required'; needed_by: string[]; reasons: Reason[] }

export type CaseEventType =
  | 'received' | 'supplement_requested' | 'supplement_received' | 'accepted' | 'special_step_started'
  | 'special_step_ended' | 'extension_approved' | 'decided' | 'delivered' | 'fee_charged'
  | 'material_requested' | 'visit' | 'evaluation';
export interface CaseEvent { type: CaseEventType; on: DateLike; [key: string]: unknown }
export interface Case { id?: string; matter: string; events: CaseEvent[] }
export interface CaseDeadline {
  kind: 'supplement_notice' | 'promised_decision' | 'statutory_decision' | 'delivery'; label: string; due: IsoDate;
  limit_workdays: number; paused_workdays: number; met_on: IsoDate | null; late: boolean; citation: Citation;
}
export interface CaseAlert {
  level: 'approaching' | 'due_today' | 'passed'; deadline: CaseDeadline['kind']; due: IsoDate; workdays_left: number;
  message: string; citation: Citation;
}
export interface CaseFinding {
  code: string; kind: string; category: 'timeliness' | 'process' | 'content' | 'fee' | 'visits'; on: IsoDate | null;
  due?: IsoDate | null; late_workdays?: number; material?: string; step?: string; charged?: string; published?: string | null;
  count?: number; allowed?: number; message: string; citation: Citation;
}
export interface CaseSupervision {
  id?: string; matter: string; department: string | null;
  status: 'received' | 'awaiting_supplement' | 'accepted' | 'paused' | 'decided' | 'delivered';
  received: IsoDate; accepted_on: IsoDate | null; deemed_accepted: boolean; deadlines: CaseDeadline[];
  handling_workdays: number | null; on_time: boolean | null; visits: number; allowed_visits: number | null;
  evaluation: string | null; alerts: CaseAlert[]; findings: CaseFinding[];
}
export interface CaseFigures {
  cases: number; decided: number; on_time: number; on_time_share: number | null; handling_median_workdays: number | null;
  handling_p90_workdays: number | null; findings: Record<string, number>; visits_per_case: number | null; evaluated: number;
  evaluations: Record<string, number>; satisfied_share: number | null;
  targets: { target: string; value: number | null; threshold: number; met: boolean | null; citation: Citation }[];
}
export interface CaseStats {
  today: IsoDate; refused: number; refused_cases: { code: string; message: string; path?: string }[]; cases: number;
  overall: CaseFigures; departments: (CaseFigures & { department: string | null; name: string | null })[];
  matters: (CaseFigures & { matter: string; name: string; department: string | null; promised_workdays: number | null; statutory_workdays: number | null })[];
  legend: { figure: string; meaning: string; citation: Citation }[];
}

export interface RawEngine {
  call(op: string, input: unknown): any;
  callJson(op: string, input: string): string;
  callJsonBytes(op: string, input: string): Uint8Array;
  isWorkdayEpoch(day: number): boolean;
  addWorkdaysEpoch(day: number, n: number): number;
  workdaysBetweenEpoch(from: number, to: number): number;
  free(): void;
}

export interface Engine {
  readonly raw: RawEngine;
  /** Any operation through the JSON door, typed by its name (`OpInputs` / `OpAnswers`). */
  call<K extends OpName>(op: K, input?: OpInputs[K]): OpAnswers[K];
  /** Any operation through the JSON door. */
  call(op: string, input?: object): any;
  /** JSON text in and out: the same bytes as every other door. */
  callJson(op: string, text: string): string;
  /** As callJson, the answer as UTF-8 bytes (for passing on without making a JS string). */
  callJsonBytes(op: string, text: string): Uint8Array;
  version(): { version: string; abi: number; calendar: { name: string; from: IsoDate; to: IsoDate }; policy: string };
  calendar: {
    day(date: DateLike): Day;
    isWorkday(date: DateLike): boolean;
    addWorkdays(date: DateLike, days: number): IsoDate;
    workdaysBetween(from: DateLike, to: DateLike): number;
    deadline(start: DateLike, period: Period, pauses?: Pause[]): Deadline;
    /** The last day of official data; a typed answer past it lies in a projected (暂定) year. */
    officialEnd(): IsoDate;
    /** Whether a day (a typed answer, say) lies past the official data: provisional. */
    isProvisional(date: DateLike): boolean;
    /** 国务院办公厅关于部分节假日安排的通知 as published, read into days and a year file to load. */
    parseNotice(text: string, year?: number): ParsedNotice;
    /** What loading a year would change: days, and the deadlines of stored states and cases that move. */
    diffYears(input: { text?: string; year?: number; year_file?: object; states?: object[]; cases?: object[]; today?: DateLike }): YearChanges;
  };
  ids: { resident(id: string, today?: DateLike): ResidentIdCheck; uscc(code: string): UsccCheck };
  bundles(audience?: 'enterprise' | 'personal'): Bundle[];
  bundle(id: string): Bundle;
  matter(code: string): Record<string, unknown>;
  /** 办事指南 of a matter: the ten sections of 公开公示办法 第七条, `text` and printable `html`. */
  matterGuide(code: string): Guide;
  /** 办事指南 of a 一件事: matters in 前置 order, one set of materials, the total promised time. */
  bundleGuide(bundle: string): Guide;
  lint(catalog?: object): { findings: Finding[]; summary: { errors: number; warnings: number; infos: number } };
  stats(catalog?: object): Record<string, unknown>;
  resolveMaterials(matters: string[], dossier?: object): { materials: ResolvedMaterial[]; optional: unknown[]; summary: Record<string, number> };
  form: {
    merge(request: MergeRequest): Form;
    prefill(form: Form, shared: Record<string, Values>, values?: Values, overwrite?: boolean): Prefill;
    validate(form: Form, values: Values): Validation;
    split(form: Form, values: Values): Split;
    /** The form held in WebAssembly memory: validated, split and prefilled without being sent again. */
    hold(form: Form | string): HeldForm;
  };
  commitment: {
    /** 告知承诺书 as text and printable HTML. */
    letter(input: { matter: string; applicant: { name: string; subject?: Subject; agent?: string }; committed_on: DateLike; missing?: string[] }): { matter: string; materials_due: IsoDate; provisional: boolean; text: string; html: string; reasons: Reason[] };
    eligibility(input: { matter: string; applicant: Applicant; missing?: string[]; today?: DateLike }): Eligibility;
    open(input: { matter: string; applicant: Applicant; committed_on: DateLike; decided_on?: DateLike; missing?: string[]; letter?: object }): Opened;
    apply(state: CommitmentState, event: CommitmentEvent): Step;
    tick(state: CommitmentState, today: DateLike): Step;
  };
  credit: {
    judge(facts: object): Judgement;
    status(subject: Subject, records: CreditRecord[], today: DateLike): CreditStatus;
    repairCheck(application: object): { complete: boolean; missing: { item: string; label: string; citation: Citation }[] };
  };
  /** 电子监察 and 综合考评 of cases (办件). */
  cases: {
    supervise(c: Case, today: DateLike, alertWorkdays?: number): CaseSupervision;
    superviseBatch(cases: Case[], today: DateLike): (CaseSupervision | { error: { code: string; message: string; path?: string } })[];
    stats(cases: Case[], today: DateLike): CaseStats;
  };
  /** 明白纸: any answer explained in Chinese — what was decided, what to do by when, and why. */
  explain(op: string, answer: object): { title: string; summary: string; actions: { text: string; citation?: string }[]; reasons: { text: string; citation?: string }[]; text: string; html: string };
  /** Every cited source: title, 文号, issuer, date, where it applies. */
  docs(): { id: string; title: string; number: string | null; issuer: string | null; date: IsoDate | null; scope: string; applies_to: string; note?: string }[];
  /** Releases the WASM memory now (it is also released when the engine is garbage-collected). */
  free(): void;
}

export interface EngineConfig {
  calendar?: object;
  /** Year files (zhengwu's or holiday-cn's shape), e.g. the year the State Council just announced. */
  calendar_years?: object[];
  /** Paths to year files (Node only: read by `createEngine`). */
  calendar_files?: string[];
  /** `"statutory"`: later years from the statutory holidays, answers marked provisional. */
  calendar_projection?: 'off' | 'statutory';
  catalog?: object;
  policy?: string | { profile?: string; overrides?: Record<string, unknown> };
  limits?: { max_input_bytes?: number; max_depth?: number; max_catalog_matters?: number };
  /** The language of messages and reasons: Chinese (`"zh"`, the default) or English. */
  lang?: 'zh' | 'en';
}

export interface HeldForm {
  validate(values: Values): Validation;
  split(values: Values): Split;
  prefill(shared: Record<string, Values>, values?: Values, overwrite?: boolean): Prefill;
  validateJson(valuesJson: string): string;
  splitJson(valuesJson: string): string;
  toJSON(): Form;
  toJson(): string;
  free(): void;
}

export function wrap(raw: RawEngine, RawForm?: unknown): Engine;
