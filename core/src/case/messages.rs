//! The findings of 电子监察 (`case.supervise`): each finding's message with its code, citation and
//! both templates (行政许可法 第三十二条、第四十二条、第四十四条; 通知 六(一)、三(四); 公开公示办法
//! 第十四条、第十五条; 全程监督办法 第八条; 一网通办办法 第二十二条).

use super::assess::{AlertLevel, DeadlineKind};
use crate::reason::{doc, Citation};
use chrono::NaiveDate;
use rust_decimal::Decimal;

const LAW_32: Citation = Citation::new(doc::PRC_LICENSING_LAW, "第三十二条");
const LAW_42: Citation = Citation::new(doc::PRC_LICENSING_LAW, "第四十二条");
const LAW_44: Citation = Citation::new(doc::PRC_LICENSING_LAW, "第四十四条");
const SUPERVISION_8: Citation = Citation::new(doc::TJ_2018_SUPERVISION, "第八条");
const FEES: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十五条");

messages! {
    /// What 电子监察 finds in a case.
    pub enum FindingMsg<'a> {
        /// 补正告知超期 (第三十二条).
        LateSupplementNotice { by: i64, due: Option<NaiveDate> } => "case.late_supplement_notice", LAW_32,
            "补正告知超过法定的5个工作日{by}个工作日（应于{due}前告知）：视为自收到申请之日起受理",
            "the supplement notice came {by} working day(s) after the 5 allowed (due {due}): the application counts as accepted on receipt";
        /// 多次补正 (通知 六(一)).
        RepeatedSupplement { count: u32 } => "case.repeated_supplement", Citation::new(doc::TJ_2018_NOTICE, "六(一)"),
            "{count}次补正告知：需补正的材料应一次性告知",
            "{count} supplement notices: what is missing is told once and all at once (一次性告知)";
        /// 超承诺时限 (公开公示办法 第十四条).
        LatePromised { by: i64, due: Option<NaiveDate> } => "case.late_promised", Citation::new(doc::TJ_2018_DISCLOSURE, "第十四条"),
            "超过承诺办结时限{by}个工作日（应于{due}前办结）",
            "decided {by} working day(s) after the promised limit (承诺办结时限, due {due})";
        /// 超法定时限 (第四十二条).
        LateStatutory { by: i64, due: Option<NaiveDate> } => "case.late_statutory", LAW_42,
            "超过法定办结时限{by}个工作日（应于{due}前办结）",
            "decided {by} working day(s) after the statutory limit (法定办结时限, due {due})";
        /// 送达超期 (第四十四条).
        LateDelivery { by: i64, due: Option<NaiveDate> } => "case.late_delivery", LAW_44,
            "决定送达超过10个工作日的期限{by}个工作日（应于{due}前送达）",
            "the decision reached the applicant {by} working day(s) after the 10 allowed (due {due})";
        /// 延期超过法定 (第四十二条).
        ExtensionBeyondLaw { count: u32, allowed: u32 } => "case.extension_beyond_law", LAW_42,
            "延长期限共{count}个工作日，法律只允许{allowed}个工作日",
            "extensions of {count} working days; the law allows {allowed}";
        /// 增加环节 (全程监督办法 第八条).
        UnpublishedStep { step: &'static str } => "case.unpublished_step", SUPERVISION_8,
            "{step}不是该事项公布的办理环节（不得擅自增加环节）",
            "{step} is not a published step of the matter (不得增加环节)";
        /// 增加要件 (全程监督办法 第八条).
        UnpublishedMaterial { material: &'a str } => "case.unpublished_material", SUPERVISION_8,
            "{material:?}不是该事项公布的申请材料（不得擅自增加要件、索要证明）",
            "{material:?} is not a published material of the matter (不得增加要件、索要证明)";
        /// 重复提交共享材料 (一网通办办法 第二十二条).
        SharedMaterialAsked { material: &'a str } => "case.shared_material_asked", Citation::new(doc::TJ_2018_ONENET, "第二十二条"),
            "{material:?}可通过信息共享获取，不得要求重复提交",
            "{material:?} is held by shared data and may not be asked again (能共享的材料不得要求重复提交)";
        /// 收费与公示不符 (公开公示办法 第十五条).
        FeeDiffers { charged: Decimal, published: Decimal } => "case.fee_not_published", FEES,
            "收费{charged}元，与公布的收费标准{published}元不符",
            "charged {charged} yuan; the published fee is {published} yuan";
        /// 收费而未公示 (公开公示办法 第十五条).
        FeeUnpublished { charged: Decimal } => "case.fee_not_published", FEES,
            "收费{charged}元，而该事项未公布任何收费",
            "charged {charged} yuan for a matter that publishes no fee";
        /// 跑动超过一次 (通知 三(四)).
        TooManyVisits { count: u32, allowed: u32 } => "case.too_many_visits", Citation::new(doc::TJ_2018_NOTICE, "三(四)"),
            "跑动{count}次；该事项的办理方式最多跑{allowed}次（最多跑一次）",
            "{count} visits; the matter's 办理方式 allows at most {allowed} (最多跑一次)";
    }
}

texts! {
    /// What is wrong with a case's events (`case.invalid_events`): the trail a host sends is read
    /// in date order against what 行政许可法 allows to follow what.
    pub enum EventsText<'a> {
        /// No events.
        NoEvents => "办件至少有收件事件（received）", "a case has at least its receipt (received)";
        /// Out of date order.
        OutOfOrder { on: NaiveDate } => "{on}早于上一事件：事件须按日期先后排列", "{on} comes before the event above it: events are in date order";
        /// After today.
        AfterToday { on: NaiveDate } => "{on}晚于今天", "{on} is after today";
        /// The first event is not the receipt.
        FirstNotReceived => "办件的第一个事件须为收件（received）", "the first event of a case is its receipt (received)";
        /// Received again.
        ReceivedAgain => "收件只能有一次，且为第一个事件", "a case is received once, as its first event";
        /// A supplement asked after acceptance.
        SupplementAfterAcceptance => "补正告知须在受理之前", "a supplement is asked before acceptance";
        /// A supplement received after the decision.
        SupplementAfterDecision => "决定之后不能再收到补正材料", "no supplement is received after the decision";
        /// A supplement nobody asked for.
        SupplementUnasked => "收到了未要求的补正材料", "a supplement received that nobody asked for";
        /// Accepted twice, or after the decision.
        AcceptedAgain => "受理只能有一次，且在决定之前", "a case is accepted once, before its decision";
        /// A step started twice, or after the decision.
        StepAgain { step: &'a str } => "{step}在进行中再次开始，或在决定之后开始", "{step} starts while it runs, or after the decision";
        /// A step ended without its start.
        StepNotStarted { step: &'a str } => "{step}未开始就结束", "{step} ends without having started";
        /// An extension between a supplement notice and acceptance.
        ExtensionBeforeAcceptance => "补正告知之后、受理之前不能延长办理期限", "no extension between a supplement notice and the acceptance";
        /// An extension of nothing, or after the decision.
        ExtensionInvalid => "延期须增加工作日，且在决定之前", "an extension adds working days, before the decision";
        /// Decided twice.
        DecidedAgain => "决定只能有一次", "a case is decided once";
        /// A decision after a supplement notice without acceptance.
        DecisionBeforeAcceptance => "补正告知之后作出决定，须先受理", "a decision after a supplement notice needs the acceptance before it";
        /// Delivered twice, or before the decision.
        DeliveredAgain => "送达只能有一次，且在决定之后", "a decision is delivered once, after it is made";
        /// An evaluation before the decision.
        EvaluationEarly => "好差评在办结（作出决定）之后", "an evaluation comes after the decision";
        /// A negative fee.
        NegativeFee { amount: Decimal } => "收费金额{amount}元为负数", "a fee of {amount} yuan is negative";
    }
}

texts! {
    /// What supervision says beside its findings: alerts, and what it refuses of a case table.
    pub enum CaseText<'a> {
        /// An alert (预警): which deadline, how near, when due.
        Alert { deadline: DeadlineKind, level: AlertLevel, due: Option<NaiveDate> } => "{deadline}{level}：{due}到期", "{deadline} {level}: due {due}";
        /// Columns of different lengths.
        ColumnRows { name: &'a str, len: usize, n: usize } => "{name} 有{len}行，matter 有{n}行：每列须每件一行", "{name} has {len} entries; matter has {n}: every column has one per case";
        /// Figures that cannot be written.
        FiguresNotWritten { error: String } => "统计结果无法写出：{error}", "figures not written: {error}";
    }
}

// A status shows as its term in Chinese and its wire name in English.
wire_args!(DeadlineKind, AlertLevel);

#[cfg(test)]
mod tests {
    use super::super::finding::{Detail, Finding, FindingKind};
    use crate::step::SpecialStep;
    use rust_decimal::Decimal;

    /// Each kind's message is the catalog's, under the kind's own code and citation.
    #[test]
    fn every_kind_speaks_through_the_catalog_with_its_code_and_citation() {
        let late = Detail::Late { due: 19_000, by: 2 };
        let count = Detail::Count {
            count: 3,
            allowed: 1,
        };
        let material = Detail::Material("营业执照".into());
        let fee = Detail::Fee {
            charged: Decimal::new(50, 0),
            published: None,
        };
        for kind in FindingKind::ALL.iter().copied() {
            let detail = match kind {
                FindingKind::LateSupplementNotice
                | FindingKind::LatePromised
                | FindingKind::LateStatutory
                | FindingKind::LateDelivery => late.clone(),
                FindingKind::UnpublishedStep => Detail::Step(SpecialStep::Hearing),
                FindingKind::UnpublishedMaterial | FindingKind::SharedMaterialAsked => {
                    material.clone()
                }
                FindingKind::FeeNotPublished => fee.clone(),
                _ => count.clone(),
            };
            let f = Finding {
                kind,
                on: 19_000,
                detail,
            };
            let m = f.catalogued().expect("a catalogued message");
            assert_eq!(m.code(), kind.code());
            assert_eq!(m.citation(), kind.citation());
            assert!(!f.message().contains('{'), "{}", f.message());
        }
    }
}
