// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Dates are 'YYYY-MM-DD' strings.

export type AddIn = {
  date: IsoDate;
  days: number;
};
/** A matter of the new catalog that the old one lacked. */
export type Added = {
  /** Code. */
  matter: string;
  /** Name. */
  name: string;
};
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
/** 自动预警 level (`baodi-2018` 三(四)). */
export type AlertLevel = ("approaching" | "due_today" | "passed");
export type Applicant = {
  subject: unknown;
  records?: CreditRecord[];
};
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
export type ApplyIn = {
  state: State;
  event: CommitmentEvent;
};
/** 服务对象 (`tj-2018-disclosure` 第八条(四)). */
export type Audience = ("natural_person" | "legal_person" | "both");
/** The kind of norm a requirement rests on (法律规范的位阶). */
export type BasisKind = ("law" | "administrative_regulation" | "local_regulation" | "department_rules" | "local_government_rules" | "normative_document" | "department_document" | "habit" | "none");
/** What a 法定依据 is to the matter (`tj-2018-disclosure` 第十一条). */
export type BasisUse = ("setting" | "other");
export type BatchIn = {
  cases: unknown[];
  today: IsoDate;
  alert_workdays?: number;
};
export type BetweenIn = {
  from: IsoDate;
  to: IsoDate;
};
export type BundleIn = {
  bundle: string;
};
export type BundleMatterOut = {
  code: string;
  name: string;
  department: Department;
  co_departments?: Department[];
};
export type BundleOut = {
  id: string;
  number?: number | null;
  name: string;
  audience: string;
  lead: Department;
  co_leads?: Department[];
  matters?: BundleMatterOut[] | null;
  matter_count?: number | null;
  together: Array<string[]>;
};
export type CalendarOut = {
  name: string;
  from: IsoDate;
  to: IsoDate;
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
/** A day the notice sets otherwise than the projection (weekends and the statutory days alone). */
export type Change = {
  date: IsoDate;
  /** A working day by the notice. */
  workday: boolean;
  /** A working day by the projection. */
  projected_workday: boolean;
  holiday: string;
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
/** How the application came in (申请方式, `tj-2018-disclosure` 第十三条(一)). */
export type Channel = ("online" | "window");
export type CheckYearIn = {
  file: unknown;
};
export type CheckYearOut = {
  year: number;
  complete: boolean;
  working_days: number;
  statutory: StatutoryOut[];
  source?: (YearSource | null);
  reasons: Reason[];
};
/** Where a rule comes from: the source's id, its article, and the citation as printed (《全称》条目). */
export type Citation = {
  doc: string;
  article: string;
  text: string;
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
/** 承诺审批 settings of a matter (`tj-2018-commitment` 第四条). */
export type CommitmentSettings = {
  /** Whether commitment approval is offered. */
  allowed: boolean;
  /** Excluded domains the matter touches. */
  domains?: Domain[];
  /** Whether the licensing decision can be revoked. */
  revocable: boolean;
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
/** Constraints that cannot all hold. */
export type Conflict = {
  /** Data element. */
  element: string;
  /** `options`, `range`, `length` or `type`. */
  kind: string;
  /** Every side. */
  sides: Side[];
  /** What cannot hold. */
  message: string;
};
/** 办理便捷度 (`tj-2018-disclosure` 第十七条). */
export type Convenience = {
  /** 是否物流快递. */
  delivery: boolean;
  /** 是否支持预约. */
  appointment: boolean;
  /** 是否涉及联办. */
  joint: boolean;
  /** 联办部门 (required when `joint`). */
  joint_departments?: string[];
  /** 问题和解答. */
  faq?: Faq[];
  /** 通办范围. */
  scope?: (ServiceScope | null);
};
export type CoverageOut = {
  calendar: string;
  official: Range;
  projected?: (Range | null);
  sources: CoverageYear[];
  reasons: Reason[];
};
export type CoverageYear = {
  year: number;
  source: YearSource;
};
export type CreditBrief = {
  blacklisted: boolean;
  commitment_allowed: boolean;
  subject: Subject;
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
export type DateOut = {
  date: IsoDate;
  provisional?: boolean;
  reasons?: Reason[];
};
export type DayIn = {
  date: IsoDate;
};
export type DayMove = {
  date: IsoDate;
  /** A working day on the engine's calendar now (`null`: no data for the day). */
  before: boolean | null;
  /** Projected now. */
  provisional: boolean;
  /** A working day once the year is loaded. */
  after: boolean;
};
export type DayOut = {
  date: IsoDate;
  workday: boolean;
  kind: string;
  holiday?: string | null;
  adjusted_for?: string | null;
  weekday: number;
  provisional?: boolean;
  reasons?: Reason[];
};
export type DaysOut = {
  days: number;
  provisional?: boolean;
  reasons?: Reason[];
};
export type DeadlineIn = {
  start: IsoDate;
  period: Period;
  pauses?: Pause[];
};
export type DeadlineOut = {
  start: IsoDate;
  period: Period;
  due: IsoDate;
  paused_days: number;
  rolled_from?: (IsoDate | null);
  provisional?: boolean;
  reasons: Reason[];
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
export type Department = {
  id: string;
  name: string;
};
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
/** What one department receives: its matters. */
export type DepartmentPacket = {
  /** The department. */
  department: FormDepartment;
  /** Its matters, in form order. */
  matters: string[];
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
export type DiffYearsIn = {
  text?: string | null;
  year?: number | null;
  year_file?: unknown;
  states?: unknown[];
  cases?: unknown[];
  today?: (IsoDate | null);
};
/** 失信的表现形式 (`tj-2018-commitment` 第九条). */
export type DishonestForm = ("falsified" | "late_materials" | "nonconforming_revoked" | "other");
export type DocsOut = {
  docs: Source[];
};
/** Domains where commitment approval is excluded (`tj-2018-commitment` 第四条). */
export type Domain = ("national_security" | "public_security" | "ecological_security" | "financial_security" | "cultural_security" | "production_safety" | "public_interest" | "health_life_property");
/** What the platform knows about the applicant's case. */
export type Dossier = {
  /** The day of the application (needed when validity dates are involved). */
  today?: (IsoDate | null);
  /** Materials submitted before. */
  on_file?: OnFile[];
  /** Shared sources the platform cannot reach for this case. */
  unavailable_sources?: string[];
  /** Whether the applicant asks for commitment approval (and may have it). */
  commitment?: boolean;
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
/** One element of a guide. */
export type Element = {
  /** Where it stands in the matter (`time_limit.promised_workdays`, `materials[2]`). */
  key: string;
  /** The element's name in the measure (办理地点, 承诺办结时限 …). */
  label: string;
  /** What the guide says; `null` when missing. */
  value: string | null;
  /** Published, a legal default, or missing. */
  status: ElementStatus;
  /** The article that defines the element. */
  citation: Citation;
  /** The lint's rules that found something about this element. */
  findings?: LintRule[];
};
/** Whether an element of the guide is published. */
export type ElementStatus = ("present" | "default" | "missing");
/** 数据元素类型 — the type of a form field's data element. */
export type ElementType = ("string" | "text" | "date" | "integer" | "decimal" | "boolean" | "enum" | "phone" | "resident_id" | "uscc");
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
export type Empty = Record<string, unknown>;
/** The state of a court enforcement against the subject (失信被执行人, `baodi-2018` 二(三)). */
export type EnforcementStatus = ("unfulfilled" | "fulfilled");
/** 机构类别 — the kind of body within its authority (second character). */
export type EntityType = {
  /** The code character. */
  code: string;
  /** Its name, when the code is assigned for this authority. */
  name?: string | null;
};
/** An error with a stable code, a human message and, when the fault lies in the input, the path to it (`pauses[1].to`, `calendar.years.2027.days_off[3].date`). */
export type Error = {
  code: ErrorCode;
  message: string;
  path?: string | null;
};
/** A stable error code. */
export type ErrorCode = "input.invalid_json" | "input.missing_field" | "input.unknown_field" | "input.wrong_type" | "input.invalid_value" | "input.invalid_date" | "input.too_large" | "input.too_deep" | "input.duplicate_key" | "input.null_argument" | "input.invalid_utf8" | "op.unknown" | "config.invalid" | "config.unknown_profile" | "config.unknown_parameter" | "calendar.out_of_range" | "calendar.invalid_data" | "calendar.invalid_pause" | "calendar.incomplete_year" | "calendar.implausible_year" | "calendar.invalid_notice" | "catalog.invalid" | "catalog.duplicate_id" | "catalog.unknown_department" | "catalog.unknown_material" | "catalog.unknown_element" | "catalog.unknown_matter" | "catalog.unknown_bundle" | "credit.invalid_subject" | "credit.records_unordered" | "commitment.invalid_transition" | "commitment.incomplete_letter" | "commitment.not_eligible" | "commitment.invalid_event" | "commitment.invalid_state" | "case.invalid_events" | "form.cycle" | "form.not_in_bundle" | "form.invalid" | "explain.invalid_answer" | "internal.panic";
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
export type Failed = {
  list: string;
  index: number;
  error: Error;
};
/** One question and answer. */
export type Faq = {
  /** 问题. */
  q: string;
  /** 解答. */
  a: string;
};
/** 收费 (`tj-2018-disclosure` 第十五条). */
export type Fee = {
  /** Amount in yuan, as a decimal string (`"12.50"`). */
  amount: string;
  /** 收费标准. */
  standard?: string | null;
  /** 收费依据. */
  basis?: string | null;
};
/** One field of the merged form. */
export type Field = {
  /** Data element. */
  element: string;
  /** Label (the element's). */
  label: string;
  /** Type. */
  type: ElementType;
  /** Required if any matter's form requires it. */
  required: boolean;
  /** The strictest constraints. */
  constraints: FieldConstraints;
  /** The shared source that holds it, if any. */
  shared_source?: string | null;
  /** Needed by more than one matter. */
  common: boolean;
  /** The matters that need it. */
  needed_by: string[];
  /** Their departments. */
  departments: string[];
  /** The earlier matter of this form whose result produces it: not asked of the applicant (the platform fills it in once that matter is decided). */
  produced_by?: string | null;
};
/** Constraints of a merged field: the strictest of all forms. */
export type FieldConstraints = {
  /** Maximum length. */
  max_len?: number | null;
  /** Minimum. */
  min?: unknown;
  /** Maximum. */
  max?: unknown;
  /** Patterns; a value must match all. */
  patterns?: string[];
  /** Allowed values. */
  options?: string[] | null;
};
/** One problem with one value. */
export type FieldError = {
  /** Data element. */
  element: string;
  /** `form.required`, `form.type`, `form.date`, `form.integer`, `form.decimal`, `form.phone`, `form.resident_id`, `form.uscc`, `form.options`, `form.max_len`, `form.min`, `form.max`, `form.pattern`, `form.unknown_element`. */
  code: string;
  /** What is wrong (never the identifier itself). */
  message: string;
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
/** What a finding is about (`tj-2018-onenet` 第三十四条: 时效性、流程合法性、内容规范性, 收费; and 最多跑一次). */
export type FindingCategory = ("timeliness" | "process" | "content" | "fee" | "visits");
/** A merged form. */
export type Form = {
  /** The bundle, when one was chosen. */
  bundle?: string | null;
  /** Matter codes in 前置 order. */
  order: string[];
  /** The matters with their own forms. */
  matters: FormMatter[];
  /** The merged fields: common first, then each matter's own. */
  fields: Field[];
  /** One set of materials. */
  materials: FormMaterial[];
  /** Conflicts found. */
  conflicts: Conflict[];
  /** Why matters were added or ordered. */
  reasons: StoredReason[];
};
/** A department as the form names it. */
export type FormDepartment = {
  /** Id. */
  id: string;
  /** Name. */
  name: string;
};
/** A field of a matter's own form: a data element, under the matter's own label. */
export type FormField = {
  /** The data element. */
  element: string;
  /** Whether the matter requires a value. */
  required: boolean;
  /** The matter's own label, when it differs from the element's. */
  label?: string | null;
  /** Maximum length in characters. */
  max_len?: number | null;
  /** Minimum (numbers; dates as `YYYY-MM-DD`). */
  min?: unknown;
  /** Maximum. */
  max?: unknown;
  /** A pattern the text must match. */
  pattern?: string | null;
  /** Allowed values of an `enum` value. */
  options?: string[] | null;
};
/** A material of the merged form, asked for once. */
export type FormMaterial = {
  /** Material id. */
  material: string;
  /** Name. */
  name: string;
  /** Required by at least one matter. */
  required: boolean;
  /** Used by more than one matter. */
  common: boolean;
  /** The matters that need it. */
  needed_by: string[];
  /** The earlier matter of this form whose result produces it: not asked of the applicant. */
  produced_by?: string | null;
};
/** A matter in the merged form. */
export type FormMatter = {
  /** Code. */
  code: string;
  /** Name. */
  name: string;
  /** The responsible department (the bundle's 责任单位, else the implementing department). */
  department: FormDepartment;
  /** Why it is in the form when it was not chosen (`together`). */
  pulled_in_by?: string | null;
  /** Its own form, in its own order and labels. */
  fields: OwnField[];
};
/** A gap of the guide: one lint finding about the matter, located at the guide's element. */
export type Gap = {
  /** The matter (code). */
  matter: string;
  /** The lint's rule. */
  rule: LintRule;
  /** Its severity. */
  severity: LintSeverity;
  /** The element concerned (the key of [`Element`], or the field of the matter). */
  element: string;
  /** What is wrong. */
  message: string;
  /** The article the rule rests on. */
  citation: Citation;
};
export type GetIn = {
  bundle: string;
};
export type GetOut = {
  bundle: BundleOut;
};
/** 好差评 grade (`tj-2022-onething` 四(四)). */
export type Grade = ("very_satisfied" | "satisfied" | "basic" | "unsatisfied" | "very_unsatisfied");
/** A guide: data, plain text and a printable page, with the reasons. */
export type Guide = {
  /** The matter's code (matter guides). */
  matter?: string | null;
  /** The bundle's id (bundle guides). */
  bundle?: string | null;
  /** The title. */
  name: string;
  /** Illustrative sample data, not an official guide. */
  sample: boolean;
  /** The sections in the order of 第七条 (or of the bundle guide). */
  sections: Section[];
  /** What the lint finds about the matters: the same gaps the sections mark. */
  gaps: Gap[];
  /** The guide as plain text. */
  text: string;
  /** The guide as a printable HTML page (A4, no external resources). */
  html: string;
  /** Why it says what it says. */
  reasons: Reason[];
};
/** One item of the notice: a holiday (or two merged, 国庆节、中秋节) and the days it sets. */
export type Holiday = {
  /** As the notice names it (元旦, 国庆节、中秋节 …). */
  name: string;
  /** Its days off, in date order. */
  days_off: IsoDate[];
  /** The weekend days worked for it (调休上班), in date order. */
  workdays: IsoDate[];
};
/** 检查频次. */
export type Inspection = ("reduced" | "normal" | "increased");
export type IsoDate = string;
/** 事项层级 — 大项 → 子项 → 类型项 (`tj-2018-disclosure` 第九条). */
export type ItemLevel = ("major" | "sub" | "type");
/** 评判等级 (`tj-2018-commitment` 第七条). */
export type Judgement = ("honest" | "dishonest");
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
/** 法定依据 (`tj-2018-disclosure` 第十一条): 设定依据 or 其他依据. */
export type LegalBasis = {
  /** The law, regulation or rule. */
  law: string;
  /** The article. */
  article?: string | null;
  /** `setting` (设定依据, default) or `other` (其他依据); anything else is refused, so a norm put in the wrong field (`"department_rules"`) is not read as a 设定依据. */
  kind?: (BasisUse | null);
  /** The kind of norm (法律、行政法规、地方性法规、部门规章…): a 子项 or 类型项 whose setting rests on a 部门规章 alone is cancelled (`tj-2018-notice` 三(一)). */
  norm?: (BasisKind | null);
};
/** What each figure means and the article behind it. */
export type Legend = {
  /** Figure name. */
  figure: string;
  /** Meaning. */
  meaning: string;
  /** Why. */
  citation: Citation;
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
/** 行使层级 (`tj-2018-disclosure` 第十二条(一)). */
export type Level = ("national" | "provincial" | "municipal" | "district" | "township" | "village");
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
/** One line of an explanation. */
export type Line = {
  /** What it says. */
  text: string;
  /** The citation as printed, when the line rests on one. */
  citation?: string | null;
};
export type LintOut = {
  findings: Finding[];
  summary: LintSummary;
  policy: PolicyUsed;
};
/** A rule of the catalog lint, by its id. */
export type LintRule = "matter.missing_element" | "matter.missing_contact" | "matter.duplicate_code" | "matter.name_mismatch" | "matter.hierarchy" | "matter.out_of_scope" | "matter.after_cycle" | "item.department_rule_only" | "matter.default_validity" | "mode.immediate_with_special_steps" | "mode.online_without_url" | "mode.id_card_only_needs_more" | "limit.statutory_missing" | "limit.promised_missing" | "limit.promised_exceeds_statutory" | "limit.compression_below_target" | "limit.license_over_target" | "fee.missing_standard_or_basis" | "convenience.missing" | "convenience.joint_without_departments" | "commitment.excluded_domain" | "commitment.irrevocable" | "commitment.deferrable_without_commitment" | "material.missing_rank" | "material.missing_attribute" | "material.missing_source" | "material.missing_notes" | "material.applicant_without_template" | "material.form_without_blank_or_sample" | "material.shared_but_asked" | "bundle.department_mismatch";
/** How serious a finding is. */
export type LintSeverity = ("error" | "warning" | "info");
export type LintSummary = {
  errors: number;
  warnings: number;
  infos: number;
};
export type ListIn = {
  audience?: string | null;
  with_matters?: boolean;
};
export type ListOut = {
  bundles: BundleOut[];
};
/** The source of an external blacklist merged into the 诚信档案 (`tj-2018-commitment` 第八条). */
export type ListSource = ("credit_platform" | "joint_system");
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
/** What a material comes to. */
export type MaterialStatus = ("shared" | "on_file" | "letter" | "deferred" | "required");
/** Material references. */
export type Materials = {
  /** References from matters. */
  references: number;
  /** Distinct materials referenced. */
  distinct: number;
  /** References per in-scope matter. */
  per_matter: string;
};
/** 政务服务事项 — a matter with the elements the disclosure measure requires (`tj-2018-disclosure` 第七条…第十七条). */
export type Matter = {
  /** 事项编码 — "同一事项、同一标准、同一编码" (第九条). */
  code: string;
  /** 事项名称. */
  name: string;
  /** The 大项 or 子项 this item belongs to. */
  parent?: string | null;
  /** 大项 / 子项 / 类型项. */
  item_level?: (ItemLevel | null);
  /** 事项类型. */
  kind?: (MatterKind | null);
  /** 办理类别. */
  category?: (MatterCategory | null);
  /** 行使层级. */
  level?: (Level | null);
  /** 实施部门. */
  department?: string | null;
  /** 行政主体, when it differs from the implementing department. */
  authority?: string | null;
  /** 业务主管部门 (municipal). */
  competent_department?: string | null;
  /** 服务对象. */
  audience?: (Audience | null);
  /** 办理方式. */
  modes: Mode[];
  /** 网上办 address. */
  online_url?: string | null;
  /** 法定依据. */
  legal_basis: LegalBasis[];
  /** 申请条件; empty means complete materials suffice (第十二条(三)). */
  conditions?: string[];
  /** 办理时限. */
  time_limit?: (TimeLimit | null);
  /** 特殊环节. */
  special_steps: SpecialStep[];
  /** Whether the result is a licence or qualification (许可证照、资质资格类). */
  issues_license: boolean;
  /** 数量限制, when the law sets one. */
  quantity_limit?: string | null;
  /** 办理结果. */
  outcome?: (Outcome | null);
  /** 有效期限; 长期有效 when the law is silent (第十三条(六)). */
  validity?: string | null;
  /** 适用范围; 全国 when the law sets no regional limit (第十三条(六)). */
  scope?: string | null;
  /** 收费; null when free. */
  fee: (Fee | null);
  /** 咨询电话 (`tj-2018-disclosure` 第十三条(一)3). */
  consult_phone?: string | null;
  /** 办理地点 — where to apply, down to the window or office (`tj-2018-disclosure` 第十三条(一)2: "应明确到窗口号或科室名称"). */
  place?: string | null;
  /** 效能投诉电话 (88908890 is the city-wide line). */
  complaint_phone?: string | null;
  /** 办理便捷度. */
  convenience?: (Convenience | null);
  /** 承诺审批. */
  commitment: CommitmentSettings;
  /** 申请材料. */
  materials: MatterMaterial[];
  /** The matter's own form. */
  form: FormField[];
  /** 前置 — matters that must be done before this one. */
  after: string[];
  /** 办理结果 that later matters use: the data elements and materials this matter's result produces (设立登记 → 统一社会信用代码, 营业执照). In one form they are not asked of the applicant for the matters that come after it (`tj-2022-onething` 三(一)2). */
  produces?: string[];
  /** The day the matter was published in the 事项清单 (`tj-2018-notice` 一(五)): read by the coverage targets of `catalog.stats`. */
  published_on?: (IsoDate | null);
  /** Marks illustrative sample data (not an official guide). */
  sample?: boolean;
  /** The host's own data, kept as given. */
  extra?: Record<string, unknown> | null;
};
/** 办理类别 (`tj-2018-disclosure` 第十条). */
export type MatterCategory = ("general" | "franchise" | "recognition" | "approval" | "registration" | "other");
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
export type MatterIn = {
  code: string;
};
/** 事项类型 — the kind of power or service (`gb-t-39046` A.1). Only some are in scope of 政务服务事项 (`tj-2018-notice` 一(二)); the others parse so that the lint can name them. */
export type MatterKind = ("licensing" | "penalty" | "coercion" | "levy" | "benefit" | "inspection" | "confirmation" | "award" | "adjudication" | "other" | "public_service" | "internal");
/** A material as one matter asks for it. */
export type MatterMaterial = {
  /** The material's id in the catalog. */
  material: string;
  /** Whether it must be submitted (or may be omitted). */
  required: boolean;
  /** Whether this matter lets it be deferred under a commitment. */
  deferrable: boolean;
  /** 受理标准 for this matter. */
  acceptance?: string | null;
  /** Number of copies. */
  copies?: number | null;
};
export type MatterOut = {
  matter: Matter;
};
/** The fields are only checked here (present, known): the catalog is read from the input where it lies, not copied — a copy of a 16 MiB catalog's value tree costs some 300 MB. */
export type MaybeCatalog = {
  catalog?: unknown;
};
export type MergeIn = {
  matters?: string[] | null;
  bundle?: string | null;
  choose?: string[] | null;
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
/** 办理方式 (`tj-2018-disclosure` 第十条; 无人审批 `baodi-2018` 二(五); 一证通办 `tj-2018-notice` 一(三)4). */
export type Mode = ("immediate" | "online" | "nearby" | "one_visit" | "unmanned" | "id_card_only");
export type Move = {
  deadline: string;
  from: (IsoDate | null);
  to: IsoDate;
};
export type Moved = {
  index: number;
  id?: string | null;
  matter: string;
  moves: Move[];
};
/** A material the applicant submitted before. */
export type OnFile = {
  /** Material id. */
  material: string;
  /** When it was submitted. */
  submitted_on?: (IsoDate | null);
  /** Last day it is valid. */
  valid_until?: (IsoDate | null);
};
export type OpenIn = {
  matter: string;
  applicant: Applicant;
  committed_on: IsoDate;
  decided_on?: (IsoDate | null);
  missing?: string[];
  letter?: (Letter | null);
};
export type OpsOut = {
  ops: string[];
};
/** An optional material (no matter requires it). */
export type Optional = {
  /** Material id. */
  material: string;
  /** Its name. */
  name: string;
  /** The matters that list it. */
  needed_by: string[];
};
/** 主体标识码 — the organisation code (characters 9–17) and its own GB 11714 check. */
export type OrganizationCode = {
  /** The nine characters. */
  code: string;
  /** Whether its ninth character is the GB 11714 check of the first eight. */
  check_valid: boolean;
};
/** 办理结果. */
export type Outcome = {
  /** 结果形式 (证照, 批文 …). */
  form: string;
  /** 示范样本. */
  sample?: string | null;
};
/** One field of a matter's own form, as that matter labels it. */
export type OwnField = {
  /** Data element. */
  element: string;
  /** The matter's own label. */
  label: string;
  /** Whether the matter requires it. */
  required: boolean;
};
/** What one matter receives. */
export type Packet = {
  /** Matter code. */
  matter: string;
  /** Matter name. */
  name: string;
  /** Its department. */
  department: FormDepartment;
  /** Values keyed by element id: exactly the elements of this matter's form. */
  values: Record<string, unknown>;
  /** The same, in the matter's own order and labels. */
  fields: PacketField[];
};
/** One field of a packet. */
export type PacketField = {
  /** Data element. */
  element: string;
  /** The matter's own label. */
  label: string;
  /** Whether the matter requires it. */
  required: boolean;
  /** The value (null when none was given). */
  value: unknown;
};
/** A parameter's value: a period, a ratio as a decimal string, whole years, or a flag. */
export type ParamValue = (Period | string | {
  years: number;
} | boolean);
export type ParseNoticeIn = {
  text: string;
  year?: number | null;
};
export type ParsedNotice = {
  year: number;
  source: SourceOut;
  days_off: IsoDate[];
  workdays: IsoDate[];
  holidays: Holiday[];
  year_files: unknown[];
  complete: boolean;
  statutory: StatutoryOut[];
  working_days: number;
  changes: Change[];
  reasons: Reason[];
};
/** A paused interval: both end days included; `step` names the special step when known. */
export type Pause = {
  /** First paused day. */
  from: IsoDate;
  /** Last paused day. */
  to: IsoDate;
  /** The special step that takes the time, if given. Steps whose time is counted (现场踏勘、审图、公示, …) do not pause the clock. */
  step?: (SpecialStep | null);
};
/** A period: so many working days (工作日) or natural days (自然日). */
export type Period = ({
  workdays: number;
} | {
  natural_days: number;
});
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
/** The parameters an answer used: the profile's name and each parameter by name. */
export type PolicyUsed = {
  profile: string;
  [key: string]: unknown;
};
/** The result of a prefill. */
export type Prefill = {
  /** Values after prefilling, in the form's field order. */
  values: Record<string, unknown>;
  /** Which shared source filled which element. */
  filled_from: Record<string, unknown>;
  /** Elements the applicant typed and the shared source holds differently; kept as typed. */
  kept: string[];
  /** Elements still without a value. */
  to_fill: string[];
  /** Of those, the required ones. */
  required_to_fill: string[];
};
export type PrefillIn = {
  form: unknown;
  shared?: Record<string, unknown>;
  values?: Record<string, unknown>;
  overwrite?: boolean;
};
/** The facts of one proof or material under review. */
export type ProofFacts = {
  /** Its name. */
  name?: string | null;
  /** What kind of norm requires it. */
  basis: BasisKind;
  /** The norm and article, when there is one. */
  basis_text?: string | null;
  /** For a local regulation: whether its requirement is reasonable and necessary. */
  basis_reasonable?: boolean;
  /** Obtainable by internal investigation or data sharing. */
  obtainable_internally?: boolean;
  /** A valid ID or certificate the applicant holds proves it. */
  proven_by_certificate?: boolean;
  /** A written commitment, signed statement or agreement can replace it. */
  replaceable_by_commitment?: boolean;
  /** The issuing unit has no power or no means to verify it. */
  issuer_cannot_verify?: boolean;
  /** Another material covers or replaces it. */
  covered_by_other?: boolean;
  /** It can be checked online. */
  checkable_online?: boolean;
  /** An intermediary's material that the authority can commission itself. */
  intermediary_commissionable?: boolean;
  /** Another department's decision, which a letter from it can convey (以函代证). */
  decision_of_other_department?: boolean;
  /** The applicant cannot obtain it by normal means in practice (无法通过正常途径获得). */
  unobtainable_by_normal_means?: boolean;
  /** Without it no major effect follows, the authority managing the matter by supervision during and after (强化事中事后监管…不会产生重大影响). */
  no_major_effect?: boolean;
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
export type Range = {
  from: IsoDate;
  to: IsoDate;
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
export type ReasonOut = {
  code: string;
  variants: Variant[];
};
export type ReasonsOut = {
  reasons: ReasonOut[];
  errors: ErrorOut[];
  lint_rules: RuleOut[];
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
export type ResolveIn = {
  matters: string[];
  dossier?: Dossier;
};
export type ResolveOut = {
  materials: Resolved[];
  optional: Optional[];
  summary: ResolveSummary;
};
export type ResolveSummary = {
  shared: number;
  on_file: number;
  letter: number;
  deferred: number;
  required: number;
};
/** One resolved material. */
export type Resolved = {
  /** Material id. */
  material: string;
  /** Its name. */
  name: string;
  /** What it comes to. */
  status: MaterialStatus;
  /** The matters that need it, in the order given. */
  needed_by: string[];
  /** Why. */
  reasons: Reason[];
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
/** The outcome of a review. */
export type ReviewDecision = ("cancel" | "keep");
export type ReviewOut = {
  decision: ReviewDecision;
  reasons: Reason[];
};
/** Why a licence is revoked. */
export type RevocationReason = ("late_materials" | "nonconforming" | "falsified" | "mismatch" | "other");
export type RuleOut = {
  id: string;
  severity: LintSeverity;
  citation: Citation;
  description: string;
};
/** Where a source applies. */
export type Scope = ("national" | "tianjin" | "baodi" | "jizhou");
/** One section of a guide, in the order of 第七条. */
export type Section = {
  /** Stable key (`subject`, `procedure` …). */
  key: string;
  /** Its title (办理主体, 办理程序 …). */
  title: string;
  /** The article that defines it. */
  citation: Citation;
  /** Its elements. */
  elements: Element[];
};
/** 通办范围 (`tj-2018-disclosure` 第十七条). */
export type ServiceScope = ("national" | "cross_province" | "cross_city" | "cross_county");
/** Severity: 严重失信 (`tj-2018-discipline` 第五条), general, or 轻微失信 (第十四条). */
export type Severity = ("minor" | "general" | "severe");
/** 性别 — read from the parity of the sequence code (GB 11643 顺序码). */
export type Sex = ("male" | "female");
/** One side of a conflict. */
export type Side = {
  /** The matter (or `element` for the element's own constraint). */
  source: string;
  /** The constraint's value there. */
  value: unknown;
};
/** Who signed. */
export type Signatures = {
  /** 行政相对人签章 (or its agent). */
  applicant?: boolean;
  /** 履行审批职责的行政机关签章. */
  authority?: boolean;
};
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
export type SourceOut = {
  title: string | null;
  number: string | null;
  date: (IsoDate | null);
};
/** A special review step (特殊环节), `tj-2018-disclosure` 第十三条(三). */
export type SpecialStep = ("paper_review" | "site_survey" | "drawing_review" | "publicity" | "hearing" | "bidding" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "quantity_limit");
/** `form.split`'s answer. */
export type Split = {
  /** Each matter's own fields and values. */
  packets: Packet[];
  /** The matters of each department. */
  departments: DepartmentPacket[];
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
export type StatsIn = {
  cases: unknown[];
  today: IsoDate;
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
/** A statutory day off of the year and whether the year's data gives it as a day off. */
export type StatutoryOut = {
  holiday: string;
  day: string;
  date: IsoDate;
  present: boolean;
};
/** A citation as stored data. */
export type StoredCitation = {
  /** Source document id. */
  doc: string;
  /** Article. */
  article: string;
  /** The citation as printed. */
  text?: string | null;
};
/** A reason as stored data (in a merged form a host keeps): the same JSON as [`Reason`], with owned text so that it can be read back. */
export type StoredReason = {
  /** Code. */
  code: string;
  /** Message. */
  message: string;
  /** Citation. */
  citation: StoredCitation;
};
/** 信用主体: an enterprise by its 统一社会信用代码 or a person by the 公民身份号码 (masked in answers). */
export type Subject = ({
  uscc: string;
} | {
  resident_id: string;
});
/** What changed about the subject (第十四条(二)). */
export type SubjectChange = ("legal_representative" | "responsible_person" | "name");
export type SuperviseIn = {
  case: Case;
  today: IsoDate;
  alert_workdays?: number;
};
export type TickBatchIn = {
  states: unknown[];
  today: IsoDate;
};
export type TickIn = {
  state: State;
  today: IsoDate;
};
/** 办理时限 (`tj-2018-disclosure` 第十四条), in working days, paused steps excluded. */
export type TimeLimit = {
  /** 法定办结时限; when absent, 20 working days (`prc-licensing-law` 第四十二条). */
  statutory_workdays?: number | null;
  /** 承诺办结时限. */
  promised_workdays?: number | null;
};
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
/** `form.validate`'s answer. */
export type Validation = {
  /** No errors. */
  valid: boolean;
  /** One per element and code. */
  errors: FieldError[];
};
export type ValuesIn = {
  form: unknown;
  values?: Record<string, unknown>;
};
export type Variant = {
  zh: string;
  en: string;
  args: string[];
  citation: Citation;
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
/** Progress of the supervising authority's verification (核查). */
export type Verification = ("not_started" | "started" | "completed");
export type VersionOut = {
  version: string;
  abi: number;
  calendar: CalendarOut;
  policy: string;
};
export type YearChanges = {
  year: number;
  days: DayMove[];
  commitments: Moved[];
  cases: Moved[];
  errors: Failed[];
  summary: YearChangesSummary;
  reasons: Reason[];
};
export type YearChangesSummary = {
  days: number;
  commitments: number;
  cases: number;
};
/** 国务院办公厅关于部分节假日安排的通知 — the notice that sets one year's arrangement. */
export type YearSource = {
  /** Title, e.g. 国务院办公厅关于2027年部分节假日安排的通知; `None` when the data does not say (holiday-cn's files name the notice's address, not its title): none is made up. */
  title?: string | null;
  /** 文号, e.g. 国办发明电〔2026〕N号. */
  number?: string | null;
  /** Issuer (国务院办公厅). */
  issuer?: string | null;
  /** Day of issue. */
  date?: (IsoDate | null);
  /** Where it is published. */
  url?: string | null;
};

/** The input of each operation, by name. */
export interface OpInputs {
  "meta.version": Empty;
  "meta.ops": Empty;
  "meta.docs": Empty;
  "meta.reasons": Empty;
  "meta.schema": Empty;
  "explain.answer": ExplainIn;
  "policy.get": Empty;
  "calendar.day": DayIn;
  "calendar.add_workdays": AddIn;
  "calendar.workdays_between": BetweenIn;
  "calendar.deadline": DeadlineIn;
  "calendar.check_year": CheckYearIn;
  "calendar.coverage": Empty;
  "calendar.parse_notice": ParseNoticeIn;
  "calendar.diff_years": DiffYearsIn;
  "id.resident": ResidentIn;
  "id.uscc": UsccIn;
  "id.resident_batch": ResidentBatchIn;
  "id.uscc_batch": UsccBatchIn;
  "catalog.lint": MaybeCatalog;
  "catalog.stats": MaybeCatalog;
  "catalog.diff": DiffIn;
  "matter.get": MatterIn;
  "matter.guide": MatterIn;
  "bundle.list": ListIn;
  "bundle.get": GetIn;
  "bundle.guide": BundleIn;
  "material.review": ProofFacts;
  "materials.resolve": ResolveIn;
  "commitment.eligibility": EligibilityIn;
  "commitment.letter_check": LetterIn;
  "commitment.letter": RenderLetterIn;
  "commitment.open": OpenIn;
  "commitment.apply": ApplyIn;
  "commitment.tick": TickIn;
  "commitment.rebase": RebaseIn;
  "commitment.tick_batch": TickBatchIn;
  "credit.judge": CaseFacts;
  "credit.status": StatusIn;
  "credit.status_batch": StatusBatchIn;
  "credit.status_columns": StatusColumnsIn;
  "credit.repair_check": RepairIn;
  "form.merge": MergeIn;
  "form.prefill": PrefillIn;
  "form.validate": ValuesIn;
  "form.split": ValuesIn;
  "case.supervise": SuperviseIn;
  "case.supervise_batch": BatchIn;
  "case.stats": StatsIn;
}
/** The answer of each operation, by name. */
export interface OpAnswers {
  "meta.version": VersionOut;
  "meta.ops": OpsOut;
  "meta.docs": DocsOut;
  "meta.reasons": ReasonsOut;
  "meta.schema": unknown;
  "explain.answer": Explanation;
  "policy.get": Policy;
  "calendar.day": DayOut;
  "calendar.add_workdays": DateOut;
  "calendar.workdays_between": DaysOut;
  "calendar.deadline": DeadlineOut;
  "calendar.check_year": CheckYearOut;
  "calendar.coverage": CoverageOut;
  "calendar.parse_notice": ParsedNotice;
  "calendar.diff_years": YearChanges;
  "id.resident": ResidentIdCheck;
  "id.uscc": UsccCheck;
  "id.resident_batch": ResidentBatchOut;
  "id.uscc_batch": UsccBatchOut;
  "catalog.lint": LintOut;
  "catalog.stats": CatalogStats;
  "catalog.diff": DiffOut;
  "matter.get": MatterOut;
  "matter.guide": Guide;
  "bundle.list": ListOut;
  "bundle.get": GetOut;
  "bundle.guide": Guide;
  "material.review": ReviewOut;
  "materials.resolve": ResolveOut;
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
  "credit.judge": Verdict;
  "credit.status": StatusOut;
  "credit.status_batch": {
    results: Array<(StatusOut | {
      error: Error;
    })>;
  };
  "credit.status_columns": StatusColumnsOut;
  "credit.repair_check": RepairOut;
  "form.merge": Form;
  "form.prefill": Prefill;
  "form.validate": Validation;
  "form.split": Split;
  "case.supervise": CaseSupervision;
  "case.supervise_batch": {
    results: Array<(CaseSupervision | {
      error: Error;
    })>;
  };
  "case.stats": CaseStatsOut;
}
/** Every operation's name. */
export type OpName = keyof OpAnswers;
