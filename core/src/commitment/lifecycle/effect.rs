//! 效果与预警 — what the host must do after an event (revoke, judge credit, notify …), the
//! alerts of deadlines due or passed (自动预警), and the outcome of a step.

use super::*;
use crate::credit::{DishonestForm, Judgement, Severity};
use crate::reason::Citation;
use chrono::NaiveDate;
use serde::Serialize;

/// What the host must do, as data: `{"type", …details…, "citation"}`, each with the article
/// behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Effect {
    /// 证照标明"承诺审批" (信用承诺办法 第十四条(三)).
    MarkCertificate {
        /// The marking.
        marking: &'static str,
        /// Why.
        citation: Citation,
    },
    /// 告知监管机关: what is sent on opening, or what it is about on revocation.
    NotifySupervisor {
        /// What is sent (on opening).
        #[serde(skip_serializing_if = "Option::is_none")]
        sends: Option<[&'static str; 3]>,
        /// What it is about (on revocation).
        #[serde(skip_serializing_if = "Option::is_none")]
        about: Option<&'static str>,
        /// Why.
        citation: Citation,
    },
    /// 启动核查 by the due day.
    StartSupervision {
        /// Due.
        #[serde(with = "crate::date::ymd")]
        due: NaiveDate,
        /// Why.
        citation: Citation,
    },
    /// 承诺书公开 by the due day.
    PublishLetter {
        /// Due.
        #[serde(with = "crate::date::ymd")]
        due: NaiveDate,
        /// Why.
        citation: Citation,
    },
    /// 撤销行政许可决定.
    RevokeLicense {
        /// The matter.
        matter: String,
        /// Why.
        reason: RevocationReason,
        /// The article.
        citation: Citation,
    },
    /// 信用评判, with the record to append to the subject's records.
    CreditJudgement {
        /// Honest or dishonest.
        judgement: Judgement,
        /// Form (dishonest only).
        #[serde(skip_serializing_if = "Option::is_none")]
        form: Option<DishonestForm>,
        /// Severity (dishonest only).
        #[serde(skip_serializing_if = "Option::is_none")]
        severity: Option<Severity>,
        /// The record.
        record: RecordOut,
        /// Why.
        citation: Citation,
    },
    /// 记入诚信档案: a `revoked_for_mismatch` record (全程监督办法 第十七条).
    CreditRecord {
        /// The record.
        record: RecordOut,
        /// Why.
        citation: Citation,
    },
    /// Supplied materials rejected.
    MaterialsRejected {
        /// Which.
        materials: Vec<String>,
        /// Why.
        citation: Citation,
    },
    /// 不再换发普通证照.
    NoReissue {
        /// Note.
        note: &'static str,
        /// Why.
        citation: Citation,
    },
    /// The halted approval continues.
    Resume {
        /// Note.
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<&'static str>,
        /// Why.
        citation: Citation,
    },
    /// 限期整改: the latest day a rectification deadline may be set.
    OrderRectification {
        /// Latest deadline.
        #[serde(with = "crate::date::ymd")]
        latest: NaiveDate,
        /// Why.
        citation: Citation,
    },
    /// 责令停止从事许可事项的相关活动.
    StopActivities {
        /// Until.
        #[serde(with = "crate::date::ymd")]
        until: NaiveDate,
        /// Why.
        citation: Citation,
    },
    /// Activities may resume.
    ResumeActivities {
        /// Why.
        citation: Citation,
    },
    /// 重新作出承诺.
    RequireNewLetter {
        /// What changed.
        change: SubjectChange,
        /// Why.
        citation: Citation,
    },
    /// 中止.
    Suspend {
        /// Until.
        until: &'static str,
        /// Why.
        citation: Citation,
    },
    /// 告知作出决定的机关.
    NotifyDecidingAuthority {
        /// About.
        about: &'static str,
        /// Why.
        citation: Citation,
    },
    /// 法律责任 extends with the extension (信用承诺办法 第十七条).
    LiabilityExtended {
        /// Until.
        #[serde(with = "crate::date::ymd")]
        until: NaiveDate,
        /// Why.
        citation: Citation,
    },
    /// A deadline moved when its year's notice was loaded.
    DeadlineChanged {
        /// Which deadline.
        deadline: DeadlineKind,
        /// Old date.
        #[serde(with = "crate::date::ymd")]
        from: NaiveDate,
        /// New date.
        #[serde(with = "crate::date::ymd")]
        to: NaiveDate,
        /// The year's notice.
        citation: Citation,
    },
}

impl Effect {
    /// The wire name of the effect (`revoke_license`, …).
    pub fn kind(&self) -> &'static str {
        match self {
            Effect::MarkCertificate { .. } => "mark_certificate",
            Effect::NotifySupervisor { .. } => "notify_supervisor",
            Effect::StartSupervision { .. } => "start_supervision",
            Effect::PublishLetter { .. } => "publish_letter",
            Effect::RevokeLicense { .. } => "revoke_license",
            Effect::CreditJudgement { .. } => "credit_judgement",
            Effect::CreditRecord { .. } => "credit_record",
            Effect::MaterialsRejected { .. } => "materials_rejected",
            Effect::NoReissue { .. } => "no_reissue",
            Effect::Resume { .. } => "resume",
            Effect::OrderRectification { .. } => "order_rectification",
            Effect::StopActivities { .. } => "stop_activities",
            Effect::ResumeActivities { .. } => "resume_activities",
            Effect::RequireNewLetter { .. } => "require_new_letter",
            Effect::Suspend { .. } => "suspend",
            Effect::NotifyDecidingAuthority { .. } => "notify_deciding_authority",
            Effect::LiabilityExtended { .. } => "liability_extended",
            Effect::DeadlineChanged { .. } => "deadline_changed",
        }
    }
}

/// A credit record an effect hands over: `{"on", "type", "judgement"?, "form"?, "severity"?,
/// "matter"}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RecordOut {
    /// Day.
    #[serde(with = "crate::date::ymd")]
    pub on: NaiveDate,
    /// `judgement` or `revoked_for_mismatch`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Honest or dishonest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub judgement: Option<Judgement>,
    /// Form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<DishonestForm>,
    /// Severity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// The matter.
    pub matter: String,
}

wire_enum! {
    /// The deadlines of a commitment.
    #[cfg_attr(feature = "schema", schemars(rename = "CommitmentDeadlineKind"))]
    DeadlineKind {
        /// 补齐材料期限 (信用承诺办法 第三条; 第十六条 when extended).
        MaterialsDue => "materials_due", "补齐材料期限";
        /// 启动核查期限 (全程监督办法 第九条).
        SupervisionStartDue => "supervision_start_due", "启动核查期限";
        /// 核查完成期限 (信用承诺办法 第十六条).
        VerificationDue => "verification_due", "核查完成期限";
        /// 整改期限上限 (全程监督办法 第十一条).
        RectificationCap => "rectification_cap", "整改期限上限";
        /// 承诺书公开期限 (信用承诺办法 第十三条).
        PublicationDue => "publication_due", "承诺书公开期限";
        /// 整改期限 (全程监督办法 第十一条).
        RectificationDue => "rectification_due", "整改期限";
    }
}

wire_enum! {
    /// How close a deadline is (自动预警).
    AlertKind {
        /// Three working days or fewer left.
        Approaching => "approaching", "即将到期";
        /// Due today.
        DueToday => "due_today", "今日到期";
        /// Passed.
        Passed => "passed", "已逾期";
    }
}

/// A deadline due or passed (自动预警).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Alert {
    /// Which deadline.
    pub deadline: DeadlineKind,
    /// Its day.
    #[serde(with = "crate::date::ymd")]
    pub due: NaiveDate,
    /// Approaching (within 3 working days), due today, or passed.
    pub kind: AlertKind,
    /// Working days left (negative once passed).
    pub workdays_left: i64,
    /// The article that sets it.
    pub citation: Citation,
}

/// The result of an event or a tick.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The next state.
    pub state: State,
    /// What the host must do.
    pub effects: Vec<Effect>,
    /// Deadlines due or passed (tick only).
    pub alerts: Vec<Alert>,
}
