//! The reasons of commitment approval (信用承诺办法; 全程监督办法): eligibility, the deadlines of
//! an open commitment, and the letter — each message with its code, citation and both templates.

use super::lifecycle::Status;
use crate::calendar::Period;
use crate::reason::{doc, Citation};
use chrono::NaiveDate;

const C: &str = doc::TJ_2018_COMMITMENT;
const S: &str = doc::TJ_2018_SUPERVISION;
const B: &str = doc::BAODI_2018;

messages! {
    /// 是否适用告知承诺 (`commitment.eligibility`).
    pub enum EligibilityMsg<'a> {
        /// The matter offers none (第四条).
        NotOffered { matter: &'a str } => "commitment.not_offered", Citation::new(C, "第四条"),
            "{matter}不适用告知承诺审批",
            "{matter} does not offer commitment approval";
        /// An excluded domain (第四条).
        ExcludedDomain { matter: &'a str, domains: String } => "commitment.excluded_domain", Citation::new(C, "第四条"),
            "{matter}涉及{domains}，不适用告知承诺",
            "{matter} concerns {domains}";
        /// An irrevocable decision (第四条).
        Irrevocable => "commitment.irrevocable", Citation::new(C, "第四条"),
            "该许可决定不可撤销，不适用告知承诺",
            "the licensing decision cannot be revoked";
        /// Not a material of the matter (第十一条).
        UnknownMaterial { id: &'a str, matter: &'a str } => "commitment.unknown_material", Citation::new(C, "第十一条"),
            "{id} 不是{matter}的申请材料",
            "{id} is not a material of {matter}";
        /// Not deferrable (第四条: the departments name what may be deferred).
        MaterialNotDeferrable { name: &'a str } => "commitment.material_not_deferrable", Citation::new(C, "第四条"),
            "{name}不能容缺后补；只有标明可容缺的材料才能后补",
            "{name} may not be supplied later; only materials marked deferrable may be missing";
        /// On the blacklist (第十四条(三)).
        Blacklisted => "commitment.blacklisted", Citation::new(C, "第十四条(三)"),
            "申请人已列入黑名单",
            "the applicant is on the blacklist";
        /// Barred after a revocation for mismatch (全程监督办法 第十七条).
        BarredMismatch => "commitment.barred", Citation::new(S, "第十七条"),
            "曾因实际情况与承诺内容不符被撤销许可，不再适用告知承诺审批",
            "a licence was revoked for a mismatch with an earlier commitment: commitment approval no longer applies";
        /// Barred after false materials (全程监督办法 第十七条).
        BarredFalseMaterials => "commitment.barred", Citation::new(S, "第十七条"),
            "曾在申请中提供虚假材料，不再适用告知承诺审批",
            "false materials were provided in an earlier application: commitment approval no longer applies";
        /// Refused under the district rule (宝坻 二(三)).
        DistrictCreditRule => "commitment.district_credit_rule", Citation::new(B, "二(三)"),
            "有失信记录或未履行法院判决，按区级规定不予承诺审批",
            "a dishonesty record or an unfulfilled court judgement: refused under the district rule";
        /// Eligible (第三条).
        Eligible { matter: &'a str } => "commitment.eligible", Citation::new(C, "第三条"),
            "{matter}适用告知承诺审批，所缺材料均可容缺后补，申请人未列入黑名单",
            "{matter} offers commitment approval, only deferrable materials are missing, and the applicant is not on the blacklist";
        /// 不得拒绝 (第十五条).
        MayNotRefuse => "commitment.may_not_refuse", Citation::new(C, "第十五条"),
            "未列入黑名单的申请人要求采取承诺审批方式的，行政机关不得拒绝",
            "an applicant not on the blacklist who asks for commitment approval may not be refused";
        /// The district rule met (宝坻 二(三)).
        DistrictRuleMet => "commitment.district_rule_met", Citation::new(B, "二(三)"),
            "无失信记录，无未履行的法院判决",
            "no dishonesty record and no unfulfilled court judgement";
    }
}

messages! {
    /// The deadlines of an open commitment.
    pub enum DeadlineMsg {
        /// 容缺后补 (第三条).
        MaterialsDue { committed_on: NaiveDate, period: Period, due: NaiveDate }
            => "deadline.materials_due", Citation::new(C, "第三条"),
            "容缺材料应自承诺之日（{committed_on}）起{period}内补齐：{due}",
            "missing materials within {period} of the commitment ({committed_on}): {due}";
        /// 容缺后补, extended (第十六条).
        MaterialsDueExtended { committed_on: NaiveDate, period: Period, due: NaiveDate, extension: Period }
            => "deadline.materials_due", Citation::new(C, "第十六条"),
            "容缺材料应自承诺之日（{committed_on}）起{period}内补齐：{due}，已延期{extension}",
            "missing materials within {period} of the commitment ({committed_on}): {due}, extended by {extension}";
        /// 启动核查 (全程监督办法 第九条).
        SupervisionStartDue { decided_on: NaiveDate, period: Period, due: NaiveDate }
            => "deadline.supervision_start_due", Citation::new(S, "第九条"),
            "监管部门应自作出决定之日（{decided_on}）起{period}内启动核查：{due}",
            "supervision starts within {period} of the decision ({decided_on}): {due}";
        /// 完成核查 (第十六条).
        VerificationDue { period: Period, due: NaiveDate } => "deadline.verification_due", Citation::new(C, "第十六条"),
            "应自作出决定之日起{period}内完成核查：{due}",
            "verification completed within {period} of the decision: {due}";
        /// 整改期限上限 (全程监督办法 第十一条).
        RectificationCap { period: Period, due: NaiveDate } => "deadline.rectification_cap", Citation::new(S, "第十一条"),
            "整改期限最迟不超过作出决定之日起{period}：{due}",
            "a rectification deadline may not pass {period} after the decision: {due}";
        /// 公开承诺书 (第十三条).
        PublicationDue { period: Period, due: NaiveDate } => "deadline.publication_due", Citation::new(C, "第十三条"),
            "承诺书应自签署之日起{period}内公开：{due}",
            "the letter is published within {period} of signing: {due}";
        /// 责令整改 (第十六条).
        RectificationDue { due: NaiveDate } => "deadline.rectification_due", Citation::new(C, "第十六条"),
            "已责令整改，期限至{due}",
            "rectification ordered, due {due}";
        /// 承担法律责任的期间 (第十七条), extended.
        LiabilityPeriodExtended { committed_on: NaiveDate, until: NaiveDate }
            => "deadline.liability_period", Citation::new(C, "第十七条"),
            "自承诺之日（{committed_on}）起至补齐全部材料（含延期）期间，申请人对依许可决定从事的活动承担法律责任：最迟至{until}",
            "from the commitment ({committed_on}) until every material is supplied, extension included, the applicant bears the legal liability for acts under the decision: at the latest until {until}";
        /// 承担法律责任的期间 (第十七条).
        LiabilityPeriod { committed_on: NaiveDate, until: NaiveDate }
            => "deadline.liability_period", Citation::new(C, "第十七条"),
            "自承诺之日（{committed_on}）起至补齐全部材料（含延期）期间，申请人对依许可决定从事的活动承担法律责任：最迟至{until}（如获延期则相应延后）",
            "from the commitment ({committed_on}) until every material is supplied, extension included, the applicant bears the legal liability for acts under the decision: at the latest until {until} (later if an extension is approved)";
    }
}

messages! {
    /// 告知承诺书 (`commitment.letter`).
    pub enum LetterMsg {
        /// 八项确认和承诺 (第十二条).
        Affirmations => "letter.affirmations", Citation::new(C, "第十二条"),
            "承诺书载明第十二条所列八项确认和承诺",
            "the letter carries the eight affirmations of 第十二条";
        /// 一式两份 and publication (第十三条); the period as the letter writes it.
        Copies { publish: String } => "letter.copies", Citation::new(C, "第十三条"),
            "一式两份，双方签章后各执一份，{publish}内公开",
            "two copies, signed by both sides, published within {publish}";
        /// 容缺材料的期限 (第三条).
        MaterialsDue { due: NaiveDate } => "letter.materials_due", Citation::new(C, "第三条"),
            "容缺材料应于{due}前补齐",
            "the missing materials are due by {due}";
        /// 容缺材料的期限, on a projected calendar (第三条).
        MaterialsDueProvisional { due: NaiveDate } => "letter.materials_due", Citation::new(C, "第三条"),
            "容缺材料应于{due}（暂定）前补齐",
            "the missing materials are due by {due} (provisional)";
        /// 委托代理人 (第十四条(二)).
        Agent => "letter.agent", Citation::new(C, "第十四条(二)"),
            "可委托代理人作出承诺，须附授权委托书",
            "an agent may commit for the applicant, with a written authorisation";
    }
}

texts! {
    /// What is wrong with a stored commitment state (`commitment.invalid_state`).
    pub enum StateText<'a> {
        /// Nested too deep.
        TooDeep { depth: usize, max: usize } => "待恢复的状态有{depth}层；承诺最多嵌套{max}层", "{depth} statuses to return to; a commitment nests at most {max}";
        /// A status nothing returns to.
        NeverReturnsTo { status: Status } => "承诺不会恢复到“{status}”状态", "a commitment never returns to {status}";
        /// An ended commitment with somewhere to return.
        EndedReturns { status: Status } => "“{status}”状态的承诺没有可恢复的状态", "a {status} commitment returns to nothing";
        /// A running commitment with somewhere to return.
        RunningReturns { status: Status } => "“{status}”状态的承诺不应有待恢复的状态", "an {status} commitment has nothing to return to";
        /// A halted commitment without where to return.
        HaltedReturnsNowhere { status: Status } => "“{status}”状态的承诺须写明恢复到哪个状态", "a {status} commitment must say what it returns to";
        /// Fulfilled yet owing.
        FulfilledOwes => "已履行的承诺不应有待补材料", "a fulfilled commitment has no materials missing";
        /// Running yet owing nothing.
        OwesNothing { status: Status } => "“{status}”状态的承诺应有待补材料", "an {status} commitment has materials missing";
        /// The extension flag against the status.
        ExtensionFlag => "延期标记与状态不符", "the extension flag does not match the status";
        /// A material twice.
        MaterialTwice { material: &'a str } => "材料 {material:?} 重复列出", "material {material:?} is listed twice";
        /// A material both missing and supplied.
        MaterialBoth { material: &'a str } => "材料 {material:?} 既列为待补又列为已补", "material {material:?} is both missing and supplied";
        /// A rectification deadline outside rectification.
        RectificationDeadlineOutside { status: Status } => "“{status}”状态的承诺不在整改中，不应有整改期限", "an {status} commitment is not under rectification and has no rectification deadline";
        /// Under rectification without its deadline.
        RectificationWithoutDeadline => "整改中的承诺应有整改期限", "a commitment under rectification has a rectification deadline";
        /// Dates out of order.
        Before { after: NaiveDate, before: NaiveDate } => "{after}早于{before}", "{after} lies before {before}";
        /// A rectification deadline past its cap.
        PastCap { due: NaiveDate, cap: NaiveDate } => "{due}超过整改期限上限{cap}", "{due} passes the cap {cap}";
        /// A deadline the recorded periods do not give.
        NotFollowing { got: NaiveDate, want: NaiveDate } => "{got}与记录的期限推算结果（{want}）不符", "{got} does not follow from the recorded periods ({want})";
    }
}

texts! {
    /// What commitment approval refuses: a letter for a matter without it, an event the status
    /// does not admit, an incomplete letter, a stored state naming what is not there.
    pub enum CommitmentText<'a> {
        /// The matter offers none (第四条).
        NotOffered { matter: &'a str } => "{matter}不适用告知承诺审批", "{matter} does not offer commitment approval";
        /// An excluded domain (第四条).
        ExcludedDomain { matter: &'a str, domains: String } => "{matter}涉及{domains}，不适用告知承诺", "{matter} concerns {domains}";
        /// An irrevocable decision (第四条).
        Irrevocable { matter: &'a str } => "{matter}的许可决定不可撤销，不适用告知承诺", "the licensing decision of {matter} cannot be revoked";
        /// No letter for such a matter (第四条).
        NoLetter { why: String } => "{why}，不制作告知承诺书（《天津市“一制三化”改革信用承诺办法(试行)》第四条）", "{why}: no commitment letter is made (tj-2018-commitment 第四条)";
        /// Not a material of the matter.
        UnknownMaterial { id: &'a str, matter: &'a str } => "{id} 不是{matter}的申请材料", "{id} is not a material of {matter}";
        /// An event the status does not admit.
        Transition { status: Status, event: &'a str } => "承诺处于“{status}”状态时不能发生事件 {event}", "{event} is not allowed when the commitment is {status}";
        /// An event before the last one.
        BackInTime { on: NaiveDate, last: NaiveDate } => "事件不能早于上一事件：{on}早于{last}", "events must not go back in time: {on} is before {last}";
        /// A material not owed.
        NotCommitted { material: &'a str } => "{material} 不是本案承诺补交的材料", "{material} is not a committed material of this case";
        /// An extension after the due day.
        LateExtension => "延期须在补交材料期限届满前批准", "an extension must be approved before the materials are due";
        /// A rectification deadline out of bounds.
        RectificationBounds { after: NaiveDate, cap: NaiveDate } => "整改期限须晚于{after}且不晚于{cap}", "the rectification deadline must lie after {after} and no later than {cap}";
        /// A letter lacking items (第十二条).
        LetterLacks { items: String } => "承诺书缺少：{items}", "the letter lacks: {items}";
        /// Not eligible: the reasons (Chinese) or their codes (English).
        NotOpen { messages: String, codes: String } => "本案不适用告知承诺审批：{messages}", "commitment approval is not open here: {codes}";
        /// A stored state naming a matter not in the catalog.
        NoMatter { code: &'a str } => "事项清单中没有事项 {code:?}", "the catalog has no matter {code:?}";
        /// A stored state naming no profile.
        NoProfile { name: &'a str } => "没有名为 {name:?} 的政策配置", "no policy profile is named {name:?}";
        /// A decision before the commitment.
        DecisionFirst => "决定日期不能早于承诺日期", "the decision cannot precede the commitment";
    }
}

// Shown as its term in Chinese and its wire name in English.
wire_args!(Status);
