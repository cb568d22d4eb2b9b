//! The reasons of credit (信用承诺办法, 失信惩戒办法, 全程监督办法): every message the credit
//! judgement and the credit status can give, with its code, citation and both templates.

use crate::lang::Lang;
use crate::message::Arg;
use crate::reason::{doc, Citation};
use chrono::NaiveDate;

const C: &str = doc::TJ_2018_COMMITMENT;
const D: &str = doc::TJ_2018_DISCIPLINE;
const S: &str = doc::TJ_2018_SUPERVISION;
const B: &str = doc::BAODI_2018;

messages! {
    /// 信用状况 (`credit.status`): the listing, its consequences and its end.
    pub enum StatusMsg {
        /// 移出黑名单 by the authority (第七条).
        Removed { on: NaiveDate } => "credit.removed", Citation::new(C, "第七条"),
            "{on}移出黑名单",
            "moved off the list on {on}";
        /// 信用修复 approved (失信惩戒办法 第十三条).
        Repaired { on: NaiveDate } => "credit.repaired", Citation::new(D, "第十三条"),
            "{on}移出黑名单",
            "moved off the list on {on}";
        /// Listed by one dishonest judgement (第七条).
        Blacklisted => "credit.blacklisted", Citation::new(C, "第七条"),
            "承诺审批中被评判为失信，列入黑名单",
            "a dishonest judgement in commitment approval puts the subject on the blacklist";
        /// 轻微失信 (失信惩戒办法 第十四条).
        Minor => "credit.minor", Citation::new(D, "第十四条"),
            "属轻微失信：以教育为主，从轻或免予惩戒",
            "the dishonesty is minor: education first, lighter or no punishment";
        /// Listed elsewhere, merged in (第八条).
        ExternalList => "credit.external_list", Citation::new(C, "第八条"),
            "被信用信息平台或联合奖惩系统列入名单，并入黑名单",
            "listed by the credit platform or the joint reward-and-punishment system, merged into the blacklist";
        /// 联合惩戒 (失信惩戒办法 第九条).
        JointPunishment => "credit.joint_punishment", Citation::new(D, "第九条"),
            "严重失信：在登记注册、行政许可、评优表彰、资质认定、土地供应、招标投标和政府采购等方面实施联合惩戒",
            "severe dishonesty: joint punishment in registration, licensing, honours, qualifications, land supply, bidding and procurement";
        /// Barred after a revocation for mismatch (全程监督办法 第十七条).
        Barred => "credit.barred", Citation::new(S, "第十七条"),
            "曾因实际情况与承诺内容不符被撤销许可，不再适用承诺审批",
            "a licence was revoked for a mismatch with the commitment: commitment approval no longer applies";
        /// Barred after false materials (全程监督办法 第十七条).
        BarredFalseMaterials => "credit.barred_false_materials", Citation::new(S, "第十七条"),
            "曾在申请中提供虚假材料，不再适用承诺审批",
            "false materials were provided in an application: commitment approval no longer applies";
        /// A record entered after the credit-entry period (失信惩戒办法 第七条).
        LateEntry { record: usize, found_on: NaiveDate, due: NaiveDate, entered_on: NaiveDate }
            => "credit.late_entry", Citation::new(D, "第七条"),
            "records[{record}]：{found_on}发现，应于{due}前记入信用记录，实际于{entered_on}记入",
            "records[{record}]: found on {found_on}, due in the credit record by {due}, entered on {entered_on}";
        /// The district rule, for an unfulfilled judgement (宝坻 二(三)).
        DistrictRuleEnforcement => "credit.district_rule", Citation::new(B, "二(三)"),
            "有未履行的法院判决（失信被执行人）：按区级规定不适用承诺审批",
            "an unfulfilled court judgement (失信被执行人): no commitment approval under the district rule";
        /// The district rule, for a dishonesty record (宝坻 二(三)).
        DistrictRuleRecord => "credit.district_rule", Citation::new(B, "二(三)"),
            "有失信记录：按区级规定不适用承诺审批",
            "a dishonesty record: no commitment approval under the district rule";
        /// 不得拒绝 (第十五条).
        CommitmentOpen => "credit.commitment_open", Citation::new(C, "第十五条"),
            "未列入黑名单：申请人要求承诺审批的，不得拒绝",
            "not on the blacklist: commitment approval may not be refused";
        /// 绿色通道 (失信惩戒办法 第十条).
        GreenChannel => "credit.green_channel", Citation::new(D, "第十条"),
            "诚实守信主体：在行政审批、招标投标、政策扶持等方面开辟绿色通道",
            "an honest subject: green channel in approvals, bidding and subsidies";
        /// 增加检查频次 (全程监督办法 第十六条).
        InspectionIncreased => "credit.inspection", Citation::new(S, "第十六条"),
            "列为重点监管对象：增加检查频次",
            "under close supervision: more frequent inspections";
        /// 减少检查频次 (全程监督办法 第十六条).
        InspectionReduced => "credit.inspection", Citation::new(S, "第十六条"),
            "信用良好：减少检查频次",
            "good credit: fewer inspections";
        /// Removal possible now (第七条).
        RemovalEligible { rectified: NaiveDate, years: u32 } => "credit.removal_eligible", Citation::new(C, "第七条"),
            "已于{rectified}整改，此后{years}年内无新的失信行为：行政机关可将其移出黑名单（酌情决定）",
            "rectified on {rectified} with no dishonesty since for {years} year(s): the authority may move the subject off the list (discretionary)";
        /// Removal possible later (第七条).
        RemovalWaiting { rectified: NaiveDate, eligible: NaiveDate } => "credit.removal_waiting", Citation::new(C, "第七条"),
            "已于{rectified}整改：如无新的失信行为，自{eligible}起可申请移出黑名单",
            "rectified on {rectified}: removal possible from {eligible} if no new dishonesty";
        /// Not rectified (第七条).
        RectifyFirst => "credit.rectify_first", Citation::new(C, "第七条"),
            "尚未整改：须先整改，并在此后一年内无新的失信行为，方可移出黑名单",
            "not rectified: removal needs rectification and then one year without new dishonesty";
    }
}

messages! {
    /// 失信评判 (`credit.judge`): the form of dishonesty (第九条), its severity (失信惩戒办法 第五条,
    /// 第十四条) and the credit-entry period (失信惩戒办法 第七条).
    pub enum JudgeMsg {
        /// 第九条(一).
        Falsified => "credit.falsified", Citation::new(C, "第九条(一)"),
            "申请材料存在弄虚作假、欺诈隐瞒、恶意欺骗情形",
            "materials were falsified, concealed or fraudulent";
        /// 第九条(二).
        LateMaterials => "credit.late_materials", Citation::new(C, "第九条(二)"),
            "未按时提交约定的申请材料",
            "the committed materials were not supplied in time";
        /// 第九条(三).
        NonconformingRevoked => "credit.nonconforming_revoked", Citation::new(C, "第九条(三)"),
            "提交的申请材料不符合法定条件，行政许可决定被撤销",
            "the supplied materials did not meet the conditions and the decision was revoked";
        /// 第九条(四), a ground the caller names (masked).
        OtherGround { ground: String } => "credit.other_ground", Citation::new(C, "第九条(四)"),
            "法律法规规定的其他情形：{ground}",
            "another legal ground: {ground}";
        /// 第九条(四), a ground of 失信惩戒办法 第五条(一)–(三).
        DisciplineGround { ground: Ground, article: &'static str } => "credit.discipline_ground", Citation::new(C, "第九条(四)"),
            "{ground}：本身即属严重失信（《失信惩戒办法》{article}），按其他情形记录",
            "{ground}: a severe dishonesty in its own right (失信惩戒办法 {article}), recorded as another ground";
        /// 第九条(四), a minor lapse.
        MinorGround => "credit.minor_ground", Citation::new(C, "第九条(四)"),
            "逾期年检等轻微失信行为，按其他情形记录",
            "a minor dishonesty such as a late annual inspection, recorded as another ground";
        /// 第九条: honest.
        Honest => "credit.honest", Citation::new(C, "第九条"),
            "已按约定按时提交全部材料，且符合法定条件",
            "all materials were supplied as agreed and in time, and they meet the law";
        /// 第九条(三) not met yet.
        NonconformingNotRevoked => "credit.nonconforming_not_revoked", Citation::new(C, "第九条(三)"),
            "材料不符合要求但许可决定未被撤销：尚不构成第九条所列失信情形",
            "materials did not conform but the decision was not revoked: no form of dishonesty of 第九条 applies yet";
        /// Nothing to enter (失信惩戒办法 第七条).
        NoEntry { found: NaiveDate } => "credit.no_entry", Citation::new(D, "第七条"),
            "{found}的事实未构成失信行为：无违法违规信息需记入信用记录，不设记入期限",
            "the facts found on {found} are not dishonest: no violation enters the credit record, so there is no entry deadline";
        /// 严重失信 on one ground of 失信惩戒办法 第五条.
        Severe { ground: Ground } => "credit.severe", Citation::new(D, ground.article()); listed Citation::new(D, "第五条"),
            "严重失信：{ground}",
            "severe dishonesty: {ground}";
        /// 轻微失信 (失信惩戒办法 第十四条).
        Minor => "credit.minor", Citation::new(D, "第十四条"),
            "轻微失信：以教育为主，从轻或免予惩戒",
            "a minor lapse: education first, lighter or no punishment";
        /// 列入黑名单 (第七条).
        Blacklist => "credit.blacklist", Citation::new(C, "第七条"),
            "承诺审批中一次评判为失信的，列入黑名单",
            "one dishonest judgement in commitment approval puts the subject on the blacklist";
        /// 不再适用承诺审批 (全程监督办法 第十七条).
        CommitmentBarred => "credit.commitment_barred", Citation::new(S, "第十七条"),
            "提供虚假材料：撤销许可决定，记入诚信档案，该主体不再适用承诺审批",
            "false materials: the decision is revoked, the fact enters the 诚信档案 and commitment approval no longer applies to the subject";
        /// The credit-entry period (失信惩戒办法 第七条).
        RecordDue { found: NaiveDate, due: NaiveDate } => "credit.record_due", Citation::new(D, "第七条"),
            "{found}发现失信行为，应于{due}前记入信用记录",
            "found on {found}: the information enters the credit record by {due}";
        /// Entered late (失信惩戒办法 第七条).
        LateEntry { on: NaiveDate, due: NaiveDate } => "credit.late_entry", Citation::new(D, "第七条"),
            "{on}才记入，晚于应记入日{due}",
            "entered on {on}, after the due day {due}";
    }
}

/// 严重失信的情形 — the grounds of 失信惩戒办法 第五条(一)–(六), shown by their words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ground {
    /// (一) 严重损害人民群众身体健康和生命安全.
    Harm,
    /// (二) 严重破坏市场公平竞争秩序和社会正常秩序.
    Disorder,
    /// (三) 未取得许可擅自从事相关活动.
    Unlicensed,
    /// (四) 未按时提交约定的申请材料.
    LateMaterials,
    /// (五) 申请材料弄虚作假、欺诈隐瞒.
    Falsified,
    /// (六) 材料不符合法定条件、许可决定被撤销且造成严重后果.
    NonconformingSerious,
}

impl Ground {
    /// The item of 第五条.
    pub const fn article(self) -> &'static str {
        match self {
            Ground::Harm => "第五条(一)",
            Ground::Disorder => "第五条(二)",
            Ground::Unlicensed => "第五条(三)",
            Ground::LateMaterials => "第五条(四)",
            Ground::Falsified => "第五条(五)",
            Ground::NonconformingSerious => "第五条(六)",
        }
    }

    /// The ground in words: `[Chinese, English]`.
    pub const fn words(self) -> [&'static str; 2] {
        match self {
            Ground::Harm => [
                "严重损害人民群众身体健康和生命安全",
                "serious harm to people's health or life",
            ],
            Ground::Disorder => [
                "严重破坏市场公平竞争秩序和社会正常秩序",
                "serious damage to fair competition or social order",
            ],
            Ground::Unlicensed => [
                "未取得许可擅自从事相关活动",
                "the activity was carried on without the licence",
            ],
            Ground::LateMaterials => [
                "未按时提交约定的申请材料",
                "committed materials not supplied in time",
            ],
            Ground::Falsified => [
                "申请材料弄虚作假、欺诈隐瞒",
                "falsified, concealed or fraudulent materials",
            ],
            Ground::NonconformingSerious => [
                "材料不符合法定条件、许可决定被撤销且造成严重后果",
                "non-conforming materials, decision revoked, serious consequences",
            ],
        }
    }
}

impl Arg for Ground {
    fn show(&self, lang: Lang, out: &mut String) {
        out.push_str(self.words()[usize::from(lang == Lang::En)]);
    }
}

texts! {
    /// What credit refuses: a subject it cannot read, records out of order.
    pub enum CreditText {
        /// Not a valid USCC.
        BadUscc => "不是有效的统一社会信用代码（可用 id.uscc 核对）", "not a valid 统一社会信用代码 (check with id.uscc)";
        /// Not a valid resident ID.
        BadResidentId => "不是有效的公民身份号码（可用 id.resident 核对）", "not a valid 公民身份号码 (check with id.resident)";
        /// Neither.
        SubjectShape => "主体须为 {{\"uscc\": …}} 或 {{\"resident_id\": …}}", "a subject is {{\"uscc\": …}} or {{\"resident_id\": …}}";
        /// A violation found after its record.
        FoundAfterRecord { found: NaiveDate, on: NaiveDate } => "发现失信行为的日期（{found}）不能晚于其记录日期（{on}）", "the violation cannot be found ({found}) after its record ({on})";
        /// Records out of order.
        Unordered => "记录须按日期先后排列，最早的在前", "records must be in date order, oldest first";
        /// A record after today.
        AfterToday { on: NaiveDate, today: NaiveDate } => "记录日期{on}晚于今天（{today}）", "a record dated {on} lies after today ({today})";
        /// Columns of different lengths.
        TodayRows { rows: usize, n: usize } => "today 有{rows}行，records 有{n}行", "today has {rows} rows, records {n}";
        /// A day out of range.
        DayOutOfRange => "日期超出范围", "the day is out of range";
    }
}
