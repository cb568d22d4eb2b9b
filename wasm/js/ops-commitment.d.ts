// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Dates are 'YYYY-MM-DD' strings.

import type { Citation, CreditRecord, DishonestForm, Error, IsoDate, Judgement, Period, PolicyUsed, Reason, Severity, Subject } from './ops-common.mjs';

/** The eight affirmations of 第十二条. */
export type Affirmations = {
  /** (一) 已认真学习了相关法律法规规章和规范性文件 */
  studied_rules?: boolean;
  /** (二) 自身能够满足办理该事项的条件、标准和技术要求 */
  meets_conditions?: boolean;
  /** (三) 对于尚未提供的材料，能够在规定期限内予以提供，并符合法定形式和标准 */
  will_supply_in_time?: boolean;
  /** (四) 所提供的申请材料实质内容均真实、合法、有效 */
  materials_true?: boolean;
  /** (五) 所提供的纸质申请材料和电子申请材料内容完全一致 */
  copies_identical?: boolean;
  /** (六) 主动接受有关监管部门的监督和管理 */
  accepts_supervision?: boolean;
  /** (七) 愿意承担违反承诺的法律责任和后果 */
  bears_consequences?: boolean;
  /** (八) 以上陈述真实、有效，是其真实意思的表示 */
  statements_true?: boolean;
};
/** 委托代理人 (第十四条(二)). */
export type Agent = {
  /** The agent's name. */
  name?: string | null;
  /** Whether a written authorisation (授权委托书) is attached. */
  authorized?: boolean;
};
/** A deadline due or passed (自动预警). */
export type Alert = {
  /** Which deadline. */
  deadline: CommitmentDeadlineKind;
  /** Its day. */
  due: IsoDate;
  /** Approaching (within 3 working days), due today, or passed. */
  kind: AlertKind;
  /** Working days left (negative once passed). */
  workdays_left: number;
  /** The article that sets it. */
  citation: Citation;
};
/** How close a deadline is (自动预警). */
export type AlertKind = ("approaching" | "due_today" | "passed");
export type Applicant = {
  subject: unknown;
  records?: CreditRecord[];
};
export type ApplyIn = {
  state: State;
  event: CommitmentEvent;
};
/** The deadlines of a commitment. */
export type CommitmentDeadlineKind = ("materials_due" | "supervision_start_due" | "verification_due" | "rectification_cap" | "publication_due" | "rectification_due");
/** One event. */
export type CommitmentEvent = ({
  type: "materials_supplied";
  /** Day. */
  on: IsoDate;
  /** Which. */
  materials: string[];
  /** Whether they meet the requirements. */
  conforming?: boolean;
} | {
  type: "extension_approved";
  /** Day. */
  on: IsoDate;
} | {
  type: "verification_started";
  /** Day. */
  on: IsoDate;
} | {
  type: "verification_completed";
  /** Day. */
  on: IsoDate;
  /** Whether the facts match the commitment. */
  conforming?: boolean;
} | {
  type: "rectification_ordered";
  /** Day. */
  on: IsoDate;
  /** Deadline (no later than 60 working days after the decision). */
  deadline: IsoDate;
} | {
  type: "rectified";
  /** Day. */
  on: IsoDate;
  /** Whether the conditions are now met. */
  conforming?: boolean;
} | {
  type: "revoked";
  /** Day. */
  on: IsoDate;
  /** Why. */
  reason: RevocationReason;
} | {
  type: "subject_changed";
  /** Day. */
  on: IsoDate;
  /** What changed. */
  change: SubjectChange;
} | {
  type: "recommitted";
  /** Day. */
  on: IsoDate;
} | {
  type: "subject_blacklisted";
  /** Day. */
  on: IsoDate;
} | {
  type: "subject_cleared";
  /** Day. */
  on: IsoDate;
} | {
  type: "letter_published";
  /** Day. */
  on: IsoDate;
});
/** The periods a commitment was opened under (kept in the state so replays need no profile). */
export type CommitmentPolicy = {
  /** Profile name. */
  profile: string;
  /** 承诺补齐材料期限. */
  materials_period: Period;
  /** 延期. */
  extension_period: Period;
  /** 启动核查. */
  supervision_start: Period;
  /** 完成核查. */
  verification_period: Period;
  /** 整改期限上限. */
  rectification_cap: Period;
  /** 承诺书公开. */
  letter_publication: Period;
};
/** Where a commitment stands. */
export type CommitmentStatus = ("active" | "extended" | "fulfilled" | "under_rectification" | "suspended" | "recommit_required" | "overdue" | "revoked");
/** A step of a commitment: the state after it, its deadlines, alerts and effects; `open` adds its reasons, the policy used and notes. */
export type CommitmentStep = {
  state: State;
  deadlines: Deadlines;
  alerts: Alert[];
  effects: Effect[];
  provisional?: true;
  reasons?: Reason[];
  policy?: CommitmentPolicy;
  notes?: string[];
};
export type CreditBrief = {
  blacklisted: boolean;
  commitment_allowed: boolean;
  subject: Subject;
};
/** Every deadline of a commitment. */
export type Deadlines = {
  /** Committed materials due (moves later with an extension). */
  materials_due: IsoDate;
  /** Supervision to start by. */
  supervision_start_due: IsoDate;
  /** Verification to be completed by. */
  verification_due: IsoDate;
  /** No rectification deadline may pass this day. */
  rectification_cap: IsoDate;
  /** The letter to be published by. */
  publication_due: IsoDate;
  /** The rectification deadline, once ordered. */
  rectification_due?: (IsoDate | null);
};
/** What the host must do, as data: `{"type", …details…, "citation"}`, each with the article behind it. */
export type Effect = ({
  type: "mark_certificate";
  /** The marking. */
  marking: string;
  /** Why. */
  citation: Citation;
} | {
  type: "notify_supervisor";
  /** What is sent (on opening). */
  sends?: string[] | null;
  /** What it is about (on revocation). */
  about?: string | null;
  /** Why. */
  citation: Citation;
} | {
  type: "start_supervision";
  /** Due. */
  due: IsoDate;
  /** Why. */
  citation: Citation;
} | {
  type: "publish_letter";
  /** Due. */
  due: IsoDate;
  /** Why. */
  citation: Citation;
} | {
  type: "revoke_license";
  /** The matter. */
  matter: string;
  /** Why. */
  reason: RevocationReason;
  /** The article. */
  citation: Citation;
} | {
  type: "credit_judgement";
  /** Honest or dishonest. */
  judgement: Judgement;
  /** Form (dishonest only). */
  form?: (DishonestForm | null);
  /** Severity (dishonest only). */
  severity?: (Severity | null);
  /** The record. */
  record: RecordOut;
  /** Why. */
  citation: Citation;
} | {
  type: "credit_record";
  /** The record. */
  record: RecordOut;
  /** Why. */
  citation: Citation;
} | {
  type: "materials_rejected";
  /** Which. */
  materials: string[];
  /** Why. */
  citation: Citation;
} | {
  type: "no_reissue";
  /** Note. */
  note: string;
  /** Why. */
  citation: Citation;
} | {
  type: "resume";
  /** Note. */
  note?: string | null;
  /** Why. */
  citation: Citation;
} | {
  type: "order_rectification";
  /** Latest deadline. */
  latest: IsoDate;
  /** Why. */
  citation: Citation;
} | {
  type: "stop_activities";
  /** Until. */
  until: IsoDate;
  /** Why. */
  citation: Citation;
} | {
  type: "resume_activities";
  /** Why. */
  citation: Citation;
} | {
  type: "require_new_letter";
  /** What changed. */
  change: SubjectChange;
  /** Why. */
  citation: Citation;
} | {
  type: "suspend";
  /** Until. */
  until: string;
  /** Why. */
  citation: Citation;
} | {
  type: "notify_deciding_authority";
  /** About. */
  about: string;
  /** Why. */
  citation: Citation;
} | {
  type: "liability_extended";
  /** Until. */
  until: IsoDate;
  /** Why. */
  citation: Citation;
} | {
  type: "deadline_changed";
  /** Which deadline. */
  deadline: CommitmentDeadlineKind;
  /** Old date. */
  from: IsoDate;
  /** New date. */
  to: IsoDate;
  /** The year's notice. */
  citation: Citation;
});
export type EligibilityIn = {
  matter: string;
  applicant: Applicant;
  missing?: string[];
  today?: (IsoDate | null);
};
export type EligibilityOut = {
  eligible: boolean;
  reasons: Reason[];
  credit: CreditBrief;
  policy: PolicyUsed;
};
/** A commitment letter. */
export type Letter = {
  /** 行政相对人基本信息 (name as it appears in the letter). */
  applicant_name?: string | null;
  /** The eight affirmations. */
  affirmations?: Affirmations;
  /** The signatures. */
  signatures?: Signatures;
  /** Copies made (一式两份). */
  copies?: number;
  /** The agent, when one signs for the applicant. */
  agent?: (Agent | null);
};
export type LetterApplicant = {
  name: string;
  subject?: unknown;
  agent?: string | null;
};
export type LetterIn = {
  letter: Letter;
};
/** One missing part of a letter. */
export type LetterMissing = {
  /** Field path in the letter. */
  item: string;
  /** What is missing. */
  label: string;
  /** Where it is required. */
  citation: Citation;
};
export type LetterOut = {
  complete: boolean;
  missing: LetterMissing[];
};
export type OpenIn = {
  matter: string;
  applicant: Applicant;
  committed_on: IsoDate;
  decided_on?: (IsoDate | null);
  missing?: string[];
  letter?: (Letter | null);
};
export type RebaseIn = {
  state: State;
};
/** A credit record an effect hands over: `{"on", "type", "judgement"?, "form"?, "severity"?, "matter"}`. */
export type RecordOut = {
  /** Day. */
  on: IsoDate;
  /** `judgement` or `revoked_for_mismatch`. */
  type: string;
  /** Honest or dishonest. */
  judgement?: (Judgement | null);
  /** Form. */
  form?: (DishonestForm | null);
  /** Severity. */
  severity?: (Severity | null);
  /** The matter. */
  matter: string;
};
export type RenderLetterIn = {
  matter: string;
  applicant: LetterApplicant;
  committed_on: IsoDate;
  missing?: string[];
};
/** The rendered letter. */
export type RenderedLetter = {
  /** The matter's code. */
  matter: string;
  /** The last day to supply the missing materials. */
  materials_due: IsoDate;
  /** Whether that day rests on a projected (暂定) calendar. */
  provisional: boolean;
  /** The letter as plain text. */
  text: string;
  /** The letter as a printable HTML page. */
  html: string;
  /** Why it says what it says. */
  reasons: Reason[];
};
/** Why a licence is revoked. */
export type RevocationReason = ("late_materials" | "nonconforming" | "falsified" | "mismatch" | "other");
/** Who signed. */
export type Signatures = {
  /** 行政相对人签章 (or its agent). */
  applicant?: boolean;
  /** 履行审批职责的行政机关签章. */
  authority?: boolean;
};
/** A commitment's state: what a host stores between events. */
export type State = {
  /** The matter's code. */
  matter: string;
  /** The applicant (a resident ID is stored masked). */
  subject: Subject;
  /** Where it stands. */
  status: CommitmentStatus;
  /** The statuses to return to, innermost last: suspension, rectification and recommitment can nest (blacklisted while under rectification), so this is a stack. */
  resume_to?: CommitmentStatus[];
  /** Day of the commitment. */
  committed_on: IsoDate;
  /** Day of the decision. */
  decided_on: IsoDate;
  /** Day of the latest event (events must not go back in time). */
  last_event_on: IsoDate;
  /** Materials still missing. */
  missing: string[];
  /** Materials supplied and conforming. */
  supplied: string[];
  /** Whether the one extension has been used. */
  extended: boolean;
  /** The supervising authority's verification. */
  verification: Verification;
  /** Whether the letter has been published. */
  letter_published: boolean;
  /** The deadlines. */
  deadlines: Deadlines;
  /** The periods used. */
  policy: CommitmentPolicy;
  /** Some deadline falls in a projected year (暂定): re-based once the year's notice is loaded (`commitment.rebase`, or `commitment.tick` on its own). */
  provisional?: boolean;
};
/** What changed about the subject (第十四条(二)). */
export type SubjectChange = ("legal_representative" | "responsible_person" | "name");
export type TickBatchIn = {
  states: unknown[];
  today: IsoDate;
};
export type TickIn = {
  state: State;
  today: IsoDate;
};
/** Progress of the supervising authority's verification (核查). */
export type Verification = ("not_started" | "started" | "completed");
/** The input of each commitment operation, by name. */
export interface CommitmentOpInputs {
  "commitment.eligibility": EligibilityIn;
  "commitment.letter_check": LetterIn;
  "commitment.letter": RenderLetterIn;
  "commitment.open": OpenIn;
  "commitment.apply": ApplyIn;
  "commitment.tick": TickIn;
  "commitment.rebase": RebaseIn;
  "commitment.tick_batch": TickBatchIn;
}
/** The answer of each commitment operation, by name. */
export interface CommitmentOpAnswers {
  "commitment.eligibility": EligibilityOut;
  "commitment.letter_check": LetterOut;
  "commitment.letter": RenderedLetter;
  "commitment.open": CommitmentStep;
  "commitment.apply": CommitmentStep;
  "commitment.tick": CommitmentStep;
  "commitment.rebase": CommitmentStep;
  "commitment.tick_batch": {
    results: Array<(CommitmentStep | {
      error: Error;
    })>;
  };
}
