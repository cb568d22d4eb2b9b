// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Dates are 'YYYY-MM-DD' strings.

import type { Citation, CreditRecord, DishonestForm, Error, IsoDate, Judgement, PolicyUsed, Reason, Severity, Subject } from './ops-common.mjs';

/** The items of a repair application (第十二条(一)…(六)). */
export type Application = {
  /** (一) 修复申请书 */
  application_letter?: boolean;
  /** (二) 行政相对人主体资格证明 */
  subject_qualification?: boolean;
  /** (三) 按照事项行政审批条件补齐相关申请材料证明 */
  materials_supplied_proof?: boolean;
  /** (四) 依法履行行政处罚决定证明材料 */
  penalties_fulfilled_proof?: boolean;
  /** (五) 对违法行为进行整改、消除危害后果的证明材料 */
  rectification_proof?: boolean;
  /** (六) 行政机关需要的其他材料: what the authority asked for … */
  other_requested?: string[];
  /** … and what was provided of it. */
  other_provided?: string[];
};
/** The facts of one finished case. */
export type CaseFacts = {
  /** All committed materials were supplied within the period (or none were missing). */
  supplied_on_time?: boolean;
  /** The supplied materials meet the legal conditions. */
  conforming?: boolean;
  /** The licensing decision was revoked. */
  decision_revoked?: boolean;
  /** Materials were falsified, concealed or fraudulent (弄虚作假、欺诈隐瞒、恶意欺骗). */
  falsified?: boolean;
  /** Another ground of dishonesty the law sets, named. */
  other_ground?: string | null;
  /** Serious harm to people's health or life. */
  serious_harm?: boolean;
  /** Serious damage to fair competition or social order. */
  serious_disorder?: boolean;
  /** The licensed activity was carried on without the licence. */
  acted_without_license?: boolean;
  /** The revocation had serious consequences. */
  serious_consequences?: boolean;
  /** A minor lapse such as a late annual inspection (年检年审逾期). */
  minor?: boolean;
  /** The day of the judgement; when given, the answer carries the record to append. */
  on?: (IsoDate | null);
  /** The day the violation was found in enforcement: the record is due within the credit-entry period (7 working days, `tj-2018-discipline` 第七条). */
  found_on?: (IsoDate | null);
  /** The matter of the case, carried into the record. */
  matter?: string | null;
};
/** 检查频次. */
export type Inspection = ("reduced" | "normal" | "increased");
/** A record entered later than the credit-entry period after the violation was found (失信信息纳入期限, `tj-2018-discipline` 第七条: "应当在7个工作日内…纳入社会信用不良记录"). */
export type LateEntry = {
  /** Index of the record. */
  record: number;
  /** The day the violation was found. */
  found_on: IsoDate;
  /** The day the record was due. */
  due: IsoDate;
  /** The day it was entered. */
  entered_on: IsoDate;
};
export type RepairIn = {
  application: Application;
};
/** One missing item. */
export type RepairMissing = {
  /** Field name. */
  item: string;
  /** The item as 第十二条 names it. */
  label: string;
  /** Where it is required. */
  citation: Citation;
};
export type RepairOut = {
  complete: boolean;
  missing: RepairMissing[];
};
/** A restriction in force. */
export type Restriction = {
  /** Stable name. */
  area: string;
  /** The Chinese term. */
  label: string;
  /** Where it comes from. */
  citation: Citation;
};
export type StatusBatchIn = {
  subjects: unknown[];
  today: IsoDate;
};
export type StatusColumnsIn = {
  /** Each subject's records (the list `credit.status` takes), `null` for a missing row. */
  records: unknown[];
  today: IsoDate;
};
export type StatusColumnsOut = {
  blacklisted: Array<boolean | null>;
  listed_since: Array<string | null>;
  severe: Array<boolean | null>;
  commitment_allowed: Array<boolean | null>;
  green_channel: Array<boolean | null>;
  inspection: Array<(Inspection | null)>;
  removal_eligible_on: Array<string | null>;
};
export type StatusIn = {
  subject: unknown;
  records?: CreditRecord[];
  today: IsoDate;
};
/** A subject's status with the parameters it used. */
export type StatusOut = {
  /** The subject (resident IDs masked). */
  subject: Subject;
  /** On the blacklist. */
  blacklisted: boolean;
  /** Since when, when listed. */
  listed_since?: (IsoDate | null);
  /** Severe dishonesty in force (joint punishment). */
  severe: boolean;
  /** Whether commitment approval is open to the subject. */
  commitment_allowed: boolean;
  /** Restrictions in force. */
  restrictions: Restriction[];
  /** 绿色通道. */
  green_channel: boolean;
  /** Inspection tier. */
  inspection: Inspection;
  /** From when the authority may move the subject off the list; absent when not listed. */
  removal_eligible_on?: (IsoDate | null);
  /** Records entered after the credit-entry period (`tj-2018-discipline` 第七条). */
  late_entries?: LateEntry[];
  /** Why. */
  reasons: Reason[];
  policy: PolicyUsed;
};
/** The judgement, its form and severity, and the reasons. */
export type Verdict = {
  /** Honest or dishonest. */
  judgement: Judgement;
  /** Form of dishonesty (第九条). */
  form?: (DishonestForm | null);
  /** Severity. */
  severity?: (Severity | null);
  /** The day the record is due in the credit record, when `found_on` was given (第七条). */
  record_due?: (IsoDate | null);
  /** The record to append to the subject's 诚信档案, when `on` was given. */
  record?: (CreditRecord | null);
  /** Why. */
  reasons: Reason[];
};
/** The input of each credit operation, by name. */
export interface CreditOpInputs {
  "credit.judge": CaseFacts;
  "credit.status": StatusIn;
  "credit.status_batch": StatusBatchIn;
  "credit.status_columns": StatusColumnsIn;
  "credit.repair_check": RepairIn;
}
/** The answer of each credit operation, by name. */
export interface CreditOpAnswers {
  "credit.judge": Verdict;
  "credit.status": StatusOut;
  "credit.status_batch": {
    results: Array<(StatusOut | {
      error: Error;
    })>;
  };
  "credit.status_columns": StatusColumnsOut;
  "credit.repair_check": RepairOut;
}
