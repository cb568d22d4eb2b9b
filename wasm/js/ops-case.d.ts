// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Dates are 'YYYY-MM-DD' strings.

import type { Citation, Error, IsoDate, SpecialStep } from './ops-common.mjs';

/** 自动预警 level (`baodi-2018` 三(四)). */
export type AlertLevel = ("approaching" | "due_today" | "passed");
export type BatchIn = {
  cases: unknown[];
  today: IsoDate;
  alert_workdays?: number;
};
/** 办件 — one applicant's case of a catalog matter, as its trail of dated events (过程留痕). */
export type Case = {
  /** The host's case number (办件编号), echoed back. */
  id?: string | null;
  /** The matter's code in the catalog. */
  matter: string;
  /** The events, in date order; the first is `received`. */
  events: CaseEvent[];
};
/** 预警: a limit still open that is near, due today or passed. */
export type CaseAlert = {
  level: AlertLevel;
  deadline: CaseDeadlineKind;
  due: IsoDate;
  workdays_left: number;
  message: string;
  citation: Citation;
};
/** A limit of the case: which, its last day, its length and pauses in working days, the day it was met (null while open), whether late. */
export type CaseDeadline = {
  kind: CaseDeadlineKind;
  label: string;
  due: IsoDate;
  limit_workdays: number;
  paused_workdays: number;
  met_on: (IsoDate | null);
  late: boolean;
  citation: Citation;
};
/** A limit of a case. */
export type CaseDeadlineKind = ("supplement_notice" | "promised_decision" | "statutory_decision" | "delivery");
/** The decision (决定, `tj-2018-disclosure` 第十三条(四)). */
export type CaseDecision = ("granted" | "refused");
/** One event of a case. */
export type CaseEvent = ({
  type: "received";
  /** Day. */
  on: IsoDate;
  /** Online or at the window (a window receipt is a visit). */
  channel?: (Channel | null);
} | {
  type: "supplement_requested";
  /** Day. */
  on: IsoDate;
  /** The materials asked for (material ids of the catalog). */
  materials?: string[];
} | {
  type: "supplement_received";
  /** Day. */
  on: IsoDate;
} | {
  type: "accepted";
  /** Day. */
  on: IsoDate;
} | {
  type: "special_step_started";
  /** Day. */
  on: IsoDate;
  /** Which step. */
  step: SpecialStep;
} | {
  type: "special_step_ended";
  /** Day. */
  on: IsoDate;
  /** Which step. */
  step: SpecialStep;
} | {
  type: "extension_approved";
  /** Day. */
  on: IsoDate;
  /** Working days added to the statutory limit (the law allows 10). */
  workdays: number;
} | {
  type: "decided";
  /** Day. */
  on: IsoDate;
  /** Granted or refused. */
  result: CaseDecision;
} | {
  type: "delivered";
  /** Day. */
  on: IsoDate;
} | {
  type: "fee_charged";
  /** Day. */
  on: IsoDate;
  /** Amount in yuan, as a decimal string (`"20.00"`). */
  amount: string;
} | {
  type: "material_requested";
  /** Day. */
  on: IsoDate;
  /** Material id. */
  material: string;
} | {
  type: "visit";
  /** Day. */
  on: IsoDate;
} | {
  type: "evaluation";
  /** Day. */
  on: IsoDate;
  /** Grade. */
  grade: Grade;
});
/** 电子监察 finding: its code, its Chinese name, its category, the day, the detail of its kind (due and late_workdays; material; step; charged and published; count and allowed), its message and citation. */
export type CaseFinding = {
  code: "case.late_supplement_notice" | "case.repeated_supplement" | "case.late_promised" | "case.late_statutory" | "case.late_delivery" | "case.extension_beyond_law" | "case.unpublished_step" | "case.unpublished_material" | "case.shared_material_asked" | "case.fee_not_published" | "case.too_many_visits";
  kind: "补正告知超期" | "多次补正" | "超承诺时限" | "超法定时限" | "送达超期" | "延期超过法定" | "增加环节" | "增加要件" | "重复提交共享材料" | "收费与公示不符" | "跑动超过一次";
  category: FindingCategory;
  on: (IsoDate | null);
  due?: IsoDate;
  late_workdays?: number;
  material?: string;
  step?: string;
  charged?: string;
  published?: string | null;
  count?: number;
  allowed?: number;
  message: string;
  citation: Citation;
};
/** `case.stats`: the figures of every department and matter. */
export type CaseStatsOut = {
  today: IsoDate;
  refused: number;
  refused_cases: Error[];
  /** Cases counted. */
  cases: number;
  /** All cases together. */
  overall: Figures;
  /** Per department, by id. */
  departments: DepartmentFigures[];
  /** Per matter, by code. */
  matters: MatterFigures[];
  /** What each figure means. */
  legend: Legend[];
};
/** Where a case stands. */
export type CaseStatus = ("received" | "awaiting_supplement" | "accepted" | "paused" | "decided" | "delivered");
/** 电子监察 of one case: its status, its limits, the working days it took, visits, evaluation, alerts and findings. */
export type CaseSupervision = {
  id?: string;
  matter: string;
  department: string | null;
  status: CaseStatus;
  received: IsoDate;
  accepted_on: (IsoDate | null);
  deemed_accepted: boolean;
  deadlines: CaseDeadline[];
  handling_workdays: number | null;
  on_time: boolean | null;
  visits: number;
  allowed_visits: number | null;
  evaluation: (Grade | null);
  alerts: CaseAlert[];
  findings: CaseFinding[];
};
/** A reform target, measured on the records. */
export type CaseTarget = {
  /** `one_visit` (share of cases with at most one visit) or `time_reduction` (1 − handling working days / statutory working days, over decided cases). */
  target: string;
  /** The measured value. */
  value: number | null;
  /** The threshold. */
  threshold: number;
  /** Whether met (none without cases to measure). */
  met: boolean | null;
  /** Why. */
  citation: Citation;
};
/** How the application came in (申请方式, `tj-2018-disclosure` 第十三条(一)). */
export type Channel = ("online" | "window");
/** A department's figures. */
export type DepartmentFigures = {
  /** Department id (none for matters without one). */
  department: string | null;
  /** Its name. */
  name: string | null;
  /** Cases. */
  cases: number;
  /** Decided cases. */
  decided: number;
  /** Decided within the promised (else statutory) limit. */
  on_time: number;
  /** on_time / decided. */
  on_time_share: number | null;
  /** Median handling working days (nearest rank). */
  handling_median_workdays: number | null;
  /** 90th percentile of handling working days (nearest rank). */
  handling_p90_workdays: number | null;
  /** Findings by kind (kinds with none left out). */
  findings: Record<string, number>;
  /** Visits per case. */
  visits_per_case: number | null;
  /** Cases evaluated (好差评). */
  evaluated: number;
  /** Evaluations by grade. */
  evaluations: Record<string, number>;
  /** 非常满意 + 满意 + 基本满意 over evaluated. */
  satisfied_share: number | null;
  /** The reform targets. */
  targets: CaseTarget[];
};
/** The figures of one department or matter. */
export type Figures = {
  /** Cases. */
  cases: number;
  /** Decided cases. */
  decided: number;
  /** Decided within the promised (else statutory) limit. */
  on_time: number;
  /** on_time / decided. */
  on_time_share: number | null;
  /** Median handling working days (nearest rank). */
  handling_median_workdays: number | null;
  /** 90th percentile of handling working days (nearest rank). */
  handling_p90_workdays: number | null;
  /** Findings by kind (kinds with none left out). */
  findings: Record<string, number>;
  /** Visits per case. */
  visits_per_case: number | null;
  /** Cases evaluated (好差评). */
  evaluated: number;
  /** Evaluations by grade. */
  evaluations: Record<string, number>;
  /** 非常满意 + 满意 + 基本满意 over evaluated. */
  satisfied_share: number | null;
  /** The reform targets. */
  targets: CaseTarget[];
};
/** What a finding is about (`tj-2018-onenet` 第三十四条: 时效性、流程合法性、内容规范性, 收费; and 最多跑一次). */
export type FindingCategory = ("timeliness" | "process" | "content" | "fee" | "visits");
/** 好差评 grade (`tj-2022-onething` 四(四)). */
export type Grade = ("very_satisfied" | "satisfied" | "basic" | "unsatisfied" | "very_unsatisfied");
/** What each figure means and the article behind it. */
export type Legend = {
  /** Figure name. */
  figure: string;
  /** Meaning. */
  meaning: string;
  /** Why. */
  citation: Citation;
};
/** A matter's figures, with its published limits. */
export type MatterFigures = {
  /** Code. */
  matter: string;
  /** Name. */
  name: string;
  /** Department. */
  department: string | null;
  /** 承诺办结时限. */
  promised_workdays: number | null;
  /** 法定办结时限. */
  statutory_workdays: number | null;
  /** Cases. */
  cases: number;
  /** Decided cases. */
  decided: number;
  /** Decided within the promised (else statutory) limit. */
  on_time: number;
  /** on_time / decided. */
  on_time_share: number | null;
  /** Median handling working days (nearest rank). */
  handling_median_workdays: number | null;
  /** 90th percentile of handling working days (nearest rank). */
  handling_p90_workdays: number | null;
  /** Findings by kind (kinds with none left out). */
  findings: Record<string, number>;
  /** Visits per case. */
  visits_per_case: number | null;
  /** Cases evaluated (好差评). */
  evaluated: number;
  /** Evaluations by grade. */
  evaluations: Record<string, number>;
  /** 非常满意 + 满意 + 基本满意 over evaluated. */
  satisfied_share: number | null;
  /** The reform targets. */
  targets: CaseTarget[];
};
export type StatsIn = {
  cases: unknown[];
  today: IsoDate;
};
export type SuperviseIn = {
  case: Case;
  today: IsoDate;
  alert_workdays?: number;
};
/** The input of each case operation, by name. */
export interface CaseOpInputs {
  "case.supervise": SuperviseIn;
  "case.supervise_batch": BatchIn;
  "case.stats": StatsIn;
}
/** The answer of each case operation, by name. */
export interface CaseOpAnswers {
  "case.supervise": CaseSupervision;
  "case.supervise_batch": {
    results: Array<(CaseSupervision | {
      error: Error;
    })>;
  };
  "case.stats": CaseStatsOut;
}
