// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Dates are 'YYYY-MM-DD' strings.

import type { Citation, IsoDate, LintRule, LintSeverity, Reason, SpecialStep } from './ops-common.mjs';

/** 服务对象 (`tj-2018-disclosure` 第八条(四)). */
export type Audience = ("natural_person" | "legal_person" | "both");
/** The kind of norm a requirement rests on (法律规范的位阶). */
export type BasisKind = ("law" | "administrative_regulation" | "local_regulation" | "department_rules" | "local_government_rules" | "normative_document" | "department_document" | "habit" | "none");
/** What a 法定依据 is to the matter (`tj-2018-disclosure` 第十一条). */
export type BasisUse = ("setting" | "other");
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
/** 承诺审批 settings of a matter (`tj-2018-commitment` 第四条). */
export type CommitmentSettings = {
  /** Whether commitment approval is offered. */
  allowed: boolean;
  /** Excluded domains the matter touches. */
  domains?: Domain[];
  /** Whether the licensing decision can be revoked. */
  revocable: boolean;
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
export type Department = {
  id: string;
  name: string;
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
/** 事项层级 — 大项 → 子项 → 类型项 (`tj-2018-disclosure` 第九条). */
export type ItemLevel = ("major" | "sub" | "type");
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
/** 行使层级 (`tj-2018-disclosure` 第十二条(一)). */
export type Level = ("national" | "provincial" | "municipal" | "district" | "township" | "village");
export type ListIn = {
  audience?: string | null;
  with_matters?: boolean;
};
export type ListOut = {
  bundles: BundleOut[];
};
/** What a material comes to. */
export type MaterialStatus = ("shared" | "on_file" | "letter" | "deferred" | "required");
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
/** 办理方式 (`tj-2018-disclosure` 第十条; 无人审批 `baodi-2018` 二(五); 一证通办 `tj-2018-notice` 一(三)4). */
export type Mode = ("immediate" | "online" | "nearby" | "one_visit" | "unmanned" | "id_card_only");
/** A material the applicant submitted before. */
export type OnFile = {
  /** Material id. */
  material: string;
  /** When it was submitted. */
  submitted_on?: (IsoDate | null);
  /** Last day it is valid. */
  valid_until?: (IsoDate | null);
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
/** 办理结果. */
export type Outcome = {
  /** 结果形式 (证照, 批文 …). */
  form: string;
  /** 示范样本. */
  sample?: string | null;
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
/** The outcome of a review. */
export type ReviewDecision = ("cancel" | "keep");
export type ReviewOut = {
  decision: ReviewDecision;
  reasons: Reason[];
};
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
/** 办理时限 (`tj-2018-disclosure` 第十四条), in working days, paused steps excluded. */
export type TimeLimit = {
  /** 法定办结时限; when absent, 20 working days (`prc-licensing-law` 第四十二条). */
  statutory_workdays?: number | null;
  /** 承诺办结时限. */
  promised_workdays?: number | null;
};
/** The input of each matter operation, by name. */
export interface MatterOpInputs {
  "matter.get": MatterIn;
  "matter.guide": MatterIn;
  "bundle.list": ListIn;
  "bundle.get": GetIn;
  "bundle.guide": BundleIn;
  "material.review": ProofFacts;
  "materials.resolve": ResolveIn;
}
/** The answer of each matter operation, by name. */
export interface MatterOpAnswers {
  "matter.get": MatterOut;
  "matter.guide": Guide;
  "bundle.list": ListOut;
  "bundle.get": GetOut;
  "bundle.guide": Guide;
  "material.review": ReviewOut;
  "materials.resolve": ResolveOut;
}
