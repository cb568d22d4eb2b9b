//! 承诺状态 — what a host stores between events: status, dates, materials, deadlines and the
//! periods they were computed with (so replays need no profile).

use crate::calendar::Period;
use crate::credit::Subject;
use crate::policy::{ParamId, Policy};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

wire_enum! {
    /// Where a commitment stands.
    #[cfg_attr(feature = "schema", schemars(rename = "CommitmentStatus"))]
    Status {
        /// Decided; materials still to come.
        Active => "active", "办理中";
        /// Decided; the one extension approved.
        Extended => "extended", "已延期";
        /// All committed materials supplied and conforming.
        Fulfilled => "fulfilled", "已履诺";
        /// A mismatch found; rectification ordered, activities stopped.
        UnderRectification => "under_rectification", "整改中";
        /// The subject is blacklisted; the approval is halted until materials are supplied.
        Suspended => "suspended", "已中止";
        /// Legal representative, responsible person or name changed: a new letter is needed.
        RecommitRequired => "recommit_required", "需重新承诺";
        /// The materials deadline passed while suspended; the deciding authority decides.
        Overdue => "overdue", "已逾期";
        /// The licence is revoked. Terminal.
        Revoked => "revoked", "已撤销";
    }
}

wire_enum! {
    /// Progress of the supervising authority's verification (核查).
    Verification {
        /// Not started.
        NotStarted => "not_started", "未启动核查";
        /// Started.
        Started => "started", "核查中";
        /// Completed.
        Completed => "completed", "核查完成";
    }
}

wire_enum! {
    /// What changed about the subject (第十四条(二)).
    SubjectChange {
        /// 法定代表人
        LegalRepresentative => "legal_representative", "法定代表人";
        /// 负责人
        ResponsiblePerson => "responsible_person", "负责人";
        /// 主体名称
        Name => "name", "主体名称";
    }
}

wire_enum! {
    /// Why a licence is revoked.
    RevocationReason {
        /// Materials not supplied in time.
        LateMaterials => "late_materials", "未按时补齐材料";
        /// Supplied materials do not meet the conditions.
        Nonconforming => "nonconforming", "材料不符合要求";
        /// Falsified materials.
        Falsified => "falsified", "提供虚假材料";
        /// The facts do not match the commitment (`tj-2018-supervision` 第十七条).
        Mismatch => "mismatch", "实际情况与承诺内容不符";
        /// Another legal ground.
        Other => "other", "其他法定情形";
    }
}

/// Every deadline of a commitment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Deadlines {
    /// Committed materials due (moves later with an extension).
    #[serde(with = "crate::date::ymd")]
    pub materials_due: NaiveDate,
    /// Supervision to start by.
    #[serde(with = "crate::date::ymd")]
    pub supervision_start_due: NaiveDate,
    /// Verification to be completed by.
    #[serde(with = "crate::date::ymd")]
    pub verification_due: NaiveDate,
    /// No rectification deadline may pass this day.
    #[serde(with = "crate::date::ymd")]
    pub rectification_cap: NaiveDate,
    /// The letter to be published by.
    #[serde(with = "crate::date::ymd")]
    pub publication_due: NaiveDate,
    /// The rectification deadline, once ordered.
    #[serde(
        default,
        with = "crate::date::ymd_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub rectification_due: Option<NaiveDate>,
}

/// The periods a commitment was opened under (kept in the state so replays need no profile).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "CommitmentPolicy"))]
pub struct PolicyUsed {
    /// Profile name.
    pub profile: String,
    /// 承诺补齐材料期限.
    pub materials_period: Period,
    /// 延期.
    pub extension_period: Period,
    /// 启动核查.
    pub supervision_start: Period,
    /// 完成核查.
    pub verification_period: Period,
    /// 整改期限上限.
    pub rectification_cap: Period,
    /// 承诺书公开.
    pub letter_publication: Period,
}

/// A commitment's state: what a host stores between events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct State {
    /// The matter's code.
    pub matter: String,
    /// The applicant (a resident ID is stored masked).
    #[serde(deserialize_with = "subject_from_state")]
    pub subject: Subject,
    /// Where it stands.
    pub status: Status,
    /// The statuses to return to, innermost last: suspension, rectification and recommitment
    /// can nest (blacklisted while under rectification), so this is a stack.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resume_to: Vec<Status>,
    /// Day of the commitment.
    #[serde(with = "crate::date::ymd")]
    pub committed_on: NaiveDate,
    /// Day of the decision.
    #[serde(with = "crate::date::ymd")]
    pub decided_on: NaiveDate,
    /// Day of the latest event (events must not go back in time).
    #[serde(with = "crate::date::ymd")]
    pub last_event_on: NaiveDate,
    /// Materials still missing.
    pub missing: Vec<String>,
    /// Materials supplied and conforming.
    pub supplied: Vec<String>,
    /// Whether the one extension has been used.
    pub extended: bool,
    /// The supervising authority's verification.
    pub verification: Verification,
    /// Whether the letter has been published.
    pub letter_published: bool,
    /// The deadlines.
    pub deadlines: Deadlines,
    /// The periods used.
    pub policy: PolicyUsed,
    /// Some deadline falls in a projected year (暂定): re-based once the year's notice is loaded
    /// (`commitment.rebase`, or `commitment.tick` on its own).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub provisional: bool,
}

impl Deadlines {
    /// The latest of the deadlines.
    pub fn latest(&self) -> NaiveDate {
        [
            self.materials_due,
            self.supervision_start_due,
            self.verification_due,
            self.rectification_cap,
            self.publication_due,
        ]
        .into_iter()
        .chain(self.rectification_due)
        .max()
        .unwrap_or(self.materials_due)
    }
}

fn subject_from_state<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Subject, D::Error> {
    let v = Value::deserialize(d)?;
    Subject::from_json(&v, true).map_err(|e| serde::de::Error::custom(e.message()))
}

/// The periods of the profile, as stored in a state.
pub fn policy_used(p: &Policy) -> PolicyUsed {
    PolicyUsed {
        profile: p.profile_name().to_string(),
        materials_period: p.period(ParamId::MaterialsPeriod),
        extension_period: p.period(ParamId::ExtensionPeriod),
        supervision_start: p.period(ParamId::SupervisionStart),
        verification_period: p.period(ParamId::VerificationPeriod),
        rectification_cap: p.period(ParamId::RectificationCap),
        letter_publication: p.period(ParamId::LetterPublication),
    }
}
