//! 承诺审批全过程 — the life of one commitment as a pure state machine (`tj-2018-commitment`
//! 第十三条, 第十四条, 第十六条; `tj-2018-supervision` 第八条…第十二条).
//!
//! [`open`] computes every deadline from the calendar and the policy profile and stores them,
//! with the periods used, in the state. [`apply`] takes one event and returns the next state and
//! the effects the host must carry out (revoke the licence, judge credit, notify the supervising
//! authority …), or `commitment.invalid_transition` when the event is not allowed in the current
//! state. [`tick`] takes `today`, raises alerts for deadlines due or passed (自动预警) and moves
//! overdue commitments on. Time enters only as an argument, so replaying the same events gives
//! the same state.

use crate::calendar::{Calendar, Period};
use crate::credit::{DishonestForm, Judgement, Severity, Subject};
use crate::error::{Error, ErrorCode, Result};
use crate::policy::{ParamId, Policy};
use crate::reason::{doc, Citation, Reason};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

const C: &str = doc::TJ_2018_COMMITMENT;
const S: &str = doc::TJ_2018_SUPERVISION;

/// Where a commitment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Decided; materials still to come.
    Active,
    /// Decided; the one extension approved.
    Extended,
    /// All committed materials supplied and conforming.
    Fulfilled,
    /// A mismatch found; rectification ordered, activities stopped.
    UnderRectification,
    /// The subject is blacklisted; the approval is halted until materials are supplied.
    Suspended,
    /// Legal representative, responsible person or name changed: a new letter is needed.
    RecommitRequired,
    /// The materials deadline passed while suspended; the deciding authority decides.
    Overdue,
    /// The licence is revoked. Terminal.
    Revoked,
}

impl Status {
    fn name(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Extended => "extended",
            Status::Fulfilled => "fulfilled",
            Status::UnderRectification => "under_rectification",
            Status::Suspended => "suspended",
            Status::RecommitRequired => "recommit_required",
            Status::Overdue => "overdue",
            Status::Revoked => "revoked",
        }
    }
}

/// Progress of the supervising authority's verification (核查).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    /// Not started.
    NotStarted,
    /// Started.
    Started,
    /// Completed.
    Completed,
}

/// What changed about the subject (第十四条(二)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectChange {
    /// 法定代表人
    LegalRepresentative,
    /// 负责人
    ResponsiblePerson,
    /// 主体名称
    Name,
}

/// Why a licence is revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RevocationReason {
    /// Materials not supplied in time.
    LateMaterials,
    /// Supplied materials do not meet the conditions.
    Nonconforming,
    /// Falsified materials.
    Falsified,
    /// The facts do not match the commitment (`tj-2018-supervision` 第十七条).
    Mismatch,
    /// Another legal ground.
    Other,
}

/// Every deadline of a commitment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[serde(deny_unknown_fields)]
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

/// One event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Event {
    /// Materials handed in.
    MaterialsSupplied {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Which.
        materials: Vec<String>,
        /// Whether they meet the requirements.
        #[serde(default = "yes")]
        conforming: bool,
    },
    /// The one written extension, approved by the deciding authority's legal representative.
    ExtensionApproved {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// The supervising authority started verification.
    VerificationStarted {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// The supervising authority completed verification.
    VerificationCompleted {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Whether the facts match the commitment.
        #[serde(default = "yes")]
        conforming: bool,
    },
    /// Rectification ordered, activities stopped.
    RectificationOrdered {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Deadline (no later than 60 working days after the decision).
        #[serde(with = "crate::date::ymd")]
        deadline: NaiveDate,
    },
    /// Rectification done.
    Rectified {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Whether the conditions are now met.
        #[serde(default = "yes")]
        conforming: bool,
    },
    /// The licence revoked by the deciding authority.
    Revoked {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Why.
        reason: RevocationReason,
    },
    /// Legal representative, responsible person or name changed.
    SubjectChanged {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// What changed.
        change: SubjectChange,
    },
    /// A new letter signed after a subject change.
    Recommitted {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// The subject was put on the blacklist.
    SubjectBlacklisted {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// The subject left the blacklist.
    SubjectCleared {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// The letter was published.
    LetterPublished {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
}

fn yes() -> bool {
    true
}

impl Event {
    /// The event's day.
    pub fn on(&self) -> NaiveDate {
        match self {
            Event::MaterialsSupplied { on, .. }
            | Event::ExtensionApproved { on }
            | Event::VerificationStarted { on }
            | Event::VerificationCompleted { on, .. }
            | Event::RectificationOrdered { on, .. }
            | Event::Rectified { on, .. }
            | Event::Revoked { on, .. }
            | Event::SubjectChanged { on, .. }
            | Event::Recommitted { on }
            | Event::SubjectBlacklisted { on }
            | Event::SubjectCleared { on }
            | Event::LetterPublished { on } => *on,
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Event::MaterialsSupplied { .. } => "materials_supplied",
            Event::ExtensionApproved { .. } => "extension_approved",
            Event::VerificationStarted { .. } => "verification_started",
            Event::VerificationCompleted { .. } => "verification_completed",
            Event::RectificationOrdered { .. } => "rectification_ordered",
            Event::Rectified { .. } => "rectified",
            Event::Revoked { .. } => "revoked",
            Event::SubjectChanged { .. } => "subject_changed",
            Event::Recommitted { .. } => "recommitted",
            Event::SubjectBlacklisted { .. } => "subject_blacklisted",
            Event::SubjectCleared { .. } => "subject_cleared",
            Event::LetterPublished { .. } => "letter_published",
        }
    }
}

/// What the host must do, as data.
///
/// Serialized flat: `{"type", …details…, "citation"}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    /// `revoke_license`, `credit_judgement`, `credit_record`, `notify_supervisor`,
    /// `notify_deciding_authority`, `publish_letter`, `start_supervision`, `mark_certificate`,
    /// `stop_activities`, `resume_activities`, `suspend`, `resume`, `require_new_letter`,
    /// `order_rectification`, `materials_rejected`, `no_reissue`.
    pub kind: &'static str,
    /// Details.
    pub detail: Detail,
    /// The article behind it.
    pub citation: Citation,
}

/// The details of an effect. The frequent ones are typed (a million ticks must not build a
/// million JSON maps); the rest carry their JSON.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// `{"matter", "reason"}` of a revocation.
    Revoke {
        /// The matter.
        matter: String,
        /// Why.
        reason: RevocationReason,
    },
    /// A credit judgement and the record to append to the subject's records.
    Judgement {
        /// Honest or dishonest.
        judgement: Judgement,
        /// Form (dishonest only).
        form: Option<DishonestForm>,
        /// Severity (dishonest only).
        severity: Option<Severity>,
        /// Day of the record.
        on: NaiveDate,
        /// The matter.
        matter: String,
    },
    /// A `revoked_for_mismatch` record to append.
    MismatchRecord {
        /// Day.
        on: NaiveDate,
        /// The matter.
        matter: String,
    },
    /// `{"about": …}`.
    About(&'static str),
    /// Any other details, as JSON.
    Json(serde_json::Map<String, Value>),
}

#[derive(Serialize)]
struct RecordOut<'a> {
    #[serde(with = "crate::date::ymd")]
    on: NaiveDate,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    judgement: Option<Judgement>,
    #[serde(skip_serializing_if = "Option::is_none")]
    form: Option<DishonestForm>,
    #[serde(skip_serializing_if = "Option::is_none")]
    severity: Option<Severity>,
    matter: &'a str,
}

impl Serialize for Effect {
    fn serialize<Z: serde::Serializer>(&self, z: Z) -> std::result::Result<Z::Ok, Z::Error> {
        use serde::ser::SerializeMap;
        let mut m = z.serialize_map(None)?;
        m.serialize_entry("type", self.kind)?;
        match &self.detail {
            Detail::Revoke { matter, reason } => {
                m.serialize_entry("matter", matter)?;
                m.serialize_entry("reason", reason)?;
            }
            Detail::Judgement {
                judgement,
                form,
                severity,
                on,
                matter,
            } => {
                m.serialize_entry("judgement", judgement)?;
                if let Some(f) = form {
                    m.serialize_entry("form", f)?;
                }
                if let Some(s) = severity {
                    m.serialize_entry("severity", s)?;
                }
                let record = RecordOut {
                    on: *on,
                    kind: "judgement",
                    judgement: Some(*judgement),
                    form: *form,
                    severity: *severity,
                    matter,
                };
                m.serialize_entry("record", &record)?;
            }
            Detail::MismatchRecord { on, matter } => {
                let record = RecordOut {
                    on: *on,
                    kind: "revoked_for_mismatch",
                    judgement: None,
                    form: None,
                    severity: None,
                    matter,
                };
                m.serialize_entry("record", &record)?;
            }
            Detail::About(a) => m.serialize_entry("about", a)?,
            Detail::Json(map) => {
                for (k, v) in map {
                    m.serialize_entry(k, v)?;
                }
            }
        }
        m.serialize_entry("citation", &self.citation)?;
        m.end()
    }
}

pub(crate) fn effect(kind: &'static str, data: Value, citation: Citation) -> Effect {
    let data = match data {
        Value::Object(m) => m,
        _ => serde_json::Map::new(),
    };
    Effect {
        kind,
        detail: Detail::Json(data),
        citation,
    }
}

/// A deadline due or passed (自动预警).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alert {
    /// Which deadline.
    pub deadline: &'static str,
    /// Its day.
    #[serde(with = "crate::date::ymd")]
    pub due: NaiveDate,
    /// `approaching` (within 3 working days), `due_today` or `passed`.
    pub kind: &'static str,
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

/// Why each deadline falls where it does.
pub fn deadline_reasons(s: &State) -> Vec<Reason> {
    let p = &s.policy;
    let d = &s.deadlines;
    let mut r = vec![
        Reason::new(
            "deadline.materials_due",
            format!(
                "missing materials within {} of the commitment ({}): {}{}",
                p.materials_period.describe(),
                s.committed_on,
                d.materials_due,
                if s.extended {
                    format!(", extended by {}", p.extension_period.describe())
                } else {
                    String::new()
                }
            ),
            if s.extended {
                Citation::new(C, "第十六条")
            } else {
                Citation::new(C, "第三条")
            },
        ),
        Reason::new(
            "deadline.supervision_start_due",
            format!(
                "supervision starts within {} of the decision ({}): {}",
                p.supervision_start.describe(),
                s.decided_on,
                d.supervision_start_due
            ),
            Citation::new(S, "第九条"),
        ),
        Reason::new(
            "deadline.verification_due",
            format!(
                "verification completed within {} of the decision: {}",
                p.verification_period.describe(),
                d.verification_due
            ),
            Citation::new(C, "第十六条"),
        ),
        Reason::new(
            "deadline.rectification_cap",
            format!(
                "a rectification deadline may not pass {} after the decision: {}",
                p.rectification_cap.describe(),
                d.rectification_cap
            ),
            Citation::new(S, "第十一条"),
        ),
        Reason::new(
            "deadline.publication_due",
            format!(
                "the letter is published within {} of signing: {}",
                p.letter_publication.describe(),
                d.publication_due
            ),
            Citation::new(C, "第十三条"),
        ),
    ];
    if let Some(due) = d.rectification_due {
        r.push(Reason::new(
            "deadline.rectification_due",
            format!("rectification ordered, due {due}"),
            Citation::new(C, "第十六条"),
        ));
    }
    r.push(Reason::new(
        "deadline.liability_period",
        format!(
            "from the commitment ({}) until every material is supplied, extension included, the applicant bears the legal liability for acts under the decision: at the latest until {}{}",
            s.committed_on,
            d.materials_due,
            if s.extended { "" } else { " (later if an extension is approved)" }
        ),
        Citation::new(C, "第十七条"),
    ));
    r
}

pub(crate) fn due(cal: &Calendar, start: NaiveDate, p: Period) -> Result<NaiveDate> {
    Ok(cal.deadline(start, p, &[])?.due)
}

/// Opens a commitment: the state after the decision, with every deadline computed.
pub fn open(
    cal: &Calendar,
    policy: &Policy,
    matter: &str,
    subject: Subject,
    committed_on: NaiveDate,
    decided_on: NaiveDate,
    missing: Vec<String>,
) -> Result<Outcome> {
    if decided_on < committed_on {
        return Err(Error::new(
            ErrorCode::CommitmentInvalidEvent,
            "the decision cannot precede the commitment",
        )
        .at("decided_on"));
    }
    let pu = policy_used(policy);
    let deadlines = Deadlines {
        materials_due: due(cal, committed_on, pu.materials_period)
            .map_err(|e| e.at("committed_on"))?,
        supervision_start_due: due(cal, decided_on, pu.supervision_start)
            .map_err(|e| e.at("decided_on"))?,
        verification_due: due(cal, decided_on, pu.verification_period)
            .map_err(|e| e.at("decided_on"))?,
        rectification_cap: due(cal, decided_on, pu.rectification_cap)
            .map_err(|e| e.at("decided_on"))?,
        publication_due: due(cal, committed_on, pu.letter_publication)
            .map_err(|e| e.at("committed_on"))?,
        rectification_due: None,
    };
    let fulfilled = missing.is_empty();
    let state = State {
        matter: matter.to_string(),
        subject: subject.masked(),
        status: if fulfilled {
            Status::Fulfilled
        } else {
            Status::Active
        },
        resume_to: Vec::new(),
        committed_on,
        decided_on,
        last_event_on: decided_on,
        missing,
        supplied: Vec::new(),
        extended: false,
        verification: Verification::NotStarted,
        letter_published: false,
        provisional: cal.is_projected(deadlines.latest()),
        deadlines,
        policy: pu,
    };
    let d = &state.deadlines;
    let effects = vec![
        effect(
            "mark_certificate",
            json!({"marking": "承诺审批"}),
            Citation::new(C, "第十四条(三)"),
        ),
        effect(
            "notify_supervisor",
            json!({"sends": ["申请材料", "承诺书", "办理结果"]}),
            Citation::new(C, "第十六条"),
        ),
        effect(
            "start_supervision",
            json!({"due": crate::date::format_ymd(d.supervision_start_due)}),
            Citation::new(S, "第九条"),
        ),
        effect(
            "publish_letter",
            json!({"due": crate::date::format_ymd(d.publication_due)}),
            Citation::new(C, "第十三条"),
        ),
    ];
    Ok(Outcome {
        state,
        effects,
        alerts: Vec::new(),
    })
}

/// 不再换发普通证照 (`tj-2018-commitment` 第十四条(三)).
fn no_reissue() -> Effect {
    effect(
        "no_reissue",
        json!({"note": "the certificate marked 承诺审批 stays valid; no ordinary certificate is re-issued"}),
        Citation::new(C, "第十四条(三)"),
    )
}

fn invalid(s: &State, e: &Event) -> Error {
    Error::new(
        ErrorCode::CommitmentInvalidTransition,
        format!(
            "{} is not allowed when the commitment is {}",
            e.name(),
            s.status.name()
        ),
    )
    .at("event.type")
}

fn judgement_effect(s: &State, on: NaiveDate, form: DishonestForm, severity: Severity) -> Effect {
    Effect {
        kind: "credit_judgement",
        detail: Detail::Judgement {
            judgement: Judgement::Dishonest,
            form: Some(form),
            severity: Some(severity),
            on,
            matter: s.matter.clone(),
        },
        citation: Citation::new(C, form.article()),
    }
}

fn revoke(mut s: State, on: NaiveDate, reason: RevocationReason) -> Outcome {
    let effects = revoke_in_place(&mut s, on, reason);
    Outcome {
        state: s,
        effects,
        alerts: Vec::new(),
    }
}

fn revoke_in_place(s: &mut State, on: NaiveDate, reason: RevocationReason) -> Vec<Effect> {
    let (form, severity) = match reason {
        RevocationReason::LateMaterials => (DishonestForm::LateMaterials, Severity::Severe),
        RevocationReason::Nonconforming => (DishonestForm::NonconformingRevoked, Severity::General),
        RevocationReason::Falsified => (DishonestForm::Falsified, Severity::Severe),
        RevocationReason::Mismatch => (DishonestForm::NonconformingRevoked, Severity::General),
        RevocationReason::Other => (DishonestForm::Other, Severity::General),
    };
    let mut effects = vec![
        effect(
            "revoke_license",
            json!({"matter": s.matter, "reason": reason}),
            Citation::new(C, "第十六条"),
        ),
        judgement_effect(s, on, form, severity),
    ];
    if reason == RevocationReason::Mismatch || reason == RevocationReason::Falsified {
        effects.push(Effect {
            kind: "credit_record",
            detail: Detail::MismatchRecord {
                on,
                matter: s.matter.clone(),
            },
            citation: Citation::new(S, "第十七条"),
        });
    }
    effects.push(Effect {
        kind: "notify_supervisor",
        detail: Detail::About("revocation"),
        citation: Citation::new(C, "第十六条"),
    });
    s.status = Status::Revoked;
    s.resume_to.clear();
    s.last_event_on = s.last_event_on.max(on);
    effects
}

/// Applies one event.
pub fn apply(cal: &Calendar, state: &State, event: &Event) -> Result<Outcome> {
    let on = event.on();
    if on < state.last_event_on {
        return Err(Error::new(
            ErrorCode::CommitmentInvalidEvent,
            format!(
                "events must not go back in time: {on} is before {}",
                state.last_event_on
            ),
        )
        .at("event.on"));
    }
    let mut s = state.clone();
    s.last_event_on = on;
    let st = s.status;
    use Status::*;
    let mut effects = Vec::new();
    match event {
        Event::MaterialsSupplied {
            materials,
            conforming,
            ..
        } => {
            if !matches!(st, Active | Extended | Suspended | UnderRectification) {
                return Err(invalid(state, event));
            }
            if let Some((i, m)) = materials
                .iter()
                .enumerate()
                .find(|(_, m)| !s.missing.contains(m) && !s.supplied.contains(m))
            {
                return Err(Error::new(
                    ErrorCode::CommitmentInvalidEvent,
                    format!("{m} is not a committed material of this case"),
                )
                .at(format!("event.materials[{i}]")));
            }
            if matches!(st, Active | Extended) && on > s.deadlines.materials_due {
                return Ok(revoke(s, on, RevocationReason::LateMaterials));
            }
            if !conforming {
                effects.push(effect(
                    "materials_rejected",
                    json!({"materials": materials}),
                    Citation::new(C, "第十六条"),
                ));
            } else {
                for m in materials {
                    if let Some(p) = s.missing.iter().position(|x| x == m) {
                        s.supplied.push(s.missing.remove(p));
                    }
                }
                if s.missing.is_empty() {
                    match st {
                        Active | Extended => {
                            s.status = Fulfilled;
                            effects.push(no_reissue());
                            effects.push(Effect {
                                kind: "credit_judgement",
                                detail: Detail::Judgement {
                                    judgement: Judgement::Honest,
                                    form: None,
                                    severity: None,
                                    on,
                                    matter: s.matter.clone(),
                                },
                                citation: Citation::new(C, "第九条"),
                            });
                        }
                        Suspended => {
                            // The halted approval continues; what it returns to is now fulfilled.
                            s.status = match s.resume_to.pop() {
                                Some(UnderRectification) => {
                                    if let Some(top) = s.resume_to.last_mut() {
                                        *top = Fulfilled;
                                    }
                                    UnderRectification
                                }
                                _ => Fulfilled,
                            };
                            effects.push(effect("resume", json!({"note": "materials supplied: the halted approval continues"}), Citation::new(C, "第九条")));
                            if s.status == Fulfilled {
                                effects.push(no_reissue());
                            }
                        }
                        _ => {
                            // Under rectification: the materials are in; rectification still decides.
                            if let Some(top) = s.resume_to.last_mut() {
                                *top = Fulfilled;
                            }
                        }
                    }
                }
            }
        }
        Event::ExtensionApproved { .. } => {
            if st != Active || s.extended {
                return Err(invalid(state, event));
            }
            if on > s.deadlines.materials_due {
                return Err(Error::new(
                    ErrorCode::CommitmentInvalidEvent,
                    "an extension must be approved before the materials are due",
                )
                .at("event.on"));
            }
            s.deadlines.materials_due =
                due(cal, s.deadlines.materials_due, s.policy.extension_period)?;
            s.provisional |= cal.is_projected(s.deadlines.materials_due);
            s.extended = true;
            s.status = Extended;
            effects.push(effect(
                "liability_extended",
                json!({"until": crate::date::format_ymd(s.deadlines.materials_due)}),
                Citation::new(C, "第十七条"),
            ));
        }
        Event::VerificationStarted { .. } => {
            if matches!(st, Revoked | Overdue) || s.verification != Verification::NotStarted {
                return Err(invalid(state, event));
            }
            s.verification = Verification::Started;
        }
        Event::VerificationCompleted { conforming, .. } => {
            if matches!(st, Revoked) || s.verification != Verification::Started {
                return Err(invalid(state, event));
            }
            s.verification = Verification::Completed;
            if !conforming {
                effects.push(effect(
                    "order_rectification",
                    json!({"latest": crate::date::format_ymd(s.deadlines.rectification_cap)}),
                    Citation::new(S, "第十一条"),
                ));
            }
        }
        Event::RectificationOrdered { deadline, .. } => {
            if !matches!(st, Active | Extended | Fulfilled) {
                return Err(invalid(state, event));
            }
            if *deadline <= on || *deadline > s.deadlines.rectification_cap {
                return Err(Error::new(
                    ErrorCode::CommitmentInvalidEvent,
                    format!(
                        "the rectification deadline must lie after {on} and no later than {}",
                        s.deadlines.rectification_cap
                    ),
                )
                .at("event.deadline"));
            }
            s.deadlines.rectification_due = Some(*deadline);
            s.resume_to.push(st);
            s.status = UnderRectification;
            effects.push(effect(
                "stop_activities",
                json!({"until": crate::date::format_ymd(*deadline)}),
                Citation::new(S, "第十一条"),
            ));
        }
        Event::Rectified { conforming, .. } => {
            if st != UnderRectification {
                return Err(invalid(state, event));
            }
            let late = s.deadlines.rectification_due.is_some_and(|d| on > d);
            if !conforming || late {
                // Rectification is ordered only for a mismatch with the commitment (第十一条), so
                // its failure is a revocation for that mismatch, with the bar of 第十七条.
                return Ok(revoke(s, on, RevocationReason::Mismatch));
            }
            s.status = s.resume_to.pop().unwrap_or(Active);
            s.deadlines.rectification_due = None;
            effects.push(effect(
                "resume_activities",
                json!({}),
                Citation::new(S, "第十一条"),
            ));
        }
        Event::Revoked { reason, .. } => {
            if st == Revoked {
                return Err(invalid(state, event));
            }
            return Ok(revoke(s, on, *reason));
        }
        Event::SubjectChanged { change, .. } => {
            if !matches!(st, Active | Extended | Fulfilled | UnderRectification) {
                return Err(invalid(state, event));
            }
            s.resume_to.push(st);
            s.status = RecommitRequired;
            effects.push(effect(
                "require_new_letter",
                json!({"change": change}),
                Citation::new(C, "第十四条(二)"),
            ));
        }
        Event::Recommitted { .. } => {
            if st != RecommitRequired {
                return Err(invalid(state, event));
            }
            s.status = s.resume_to.pop().unwrap_or(Active);
        }
        Event::SubjectBlacklisted { .. } => {
            if !matches!(st, Active | Extended | UnderRectification) {
                return Err(invalid(state, event));
            }
            s.resume_to.push(st);
            s.status = Suspended;
            effects.push(effect(
                "suspend",
                json!({"until": "materials supplied or subject cleared"}),
                Citation::new(C, "第九条"),
            ));
        }
        Event::SubjectCleared { .. } => {
            if st != Suspended {
                return Err(invalid(state, event));
            }
            s.status = s.resume_to.pop().unwrap_or(Active);
            effects.push(effect("resume", json!({}), Citation::new(C, "第九条")));
        }
        Event::LetterPublished { .. } => {
            if s.letter_published || st == Revoked {
                return Err(invalid(state, event));
            }
            s.letter_published = true;
        }
    }
    Ok(Outcome {
        state: s,
        effects,
        alerts: Vec::new(),
    })
}

fn alert(
    cal: &Calendar,
    today: NaiveDate,
    name: &'static str,
    due: NaiveDate,
    citation: Citation,
    out: &mut Vec<Alert>,
) -> Result<()> {
    let left = cal.workdays_between(today, due)?;
    let kind = if today > due {
        "passed"
    } else if today == due {
        "due_today"
    } else if left <= 3 {
        "approaching"
    } else {
        return Ok(());
    };
    out.push(Alert {
        deadline: name,
        due,
        kind,
        workdays_left: left,
        citation,
    });
    Ok(())
}

/// The alerts of a state on `today`, without moving it. No allocation unless an alert is due.
pub fn alerts(cal: &Calendar, s: &State, today: NaiveDate) -> Result<Vec<Alert>> {
    let mut out = Vec::new();
    if s.status == Status::Revoked {
        return Ok(out);
    }
    let d = &s.deadlines;
    if !s.missing.is_empty() && !matches!(s.status, Status::Fulfilled | Status::Overdue) {
        alert(
            cal,
            today,
            "materials_due",
            d.materials_due,
            Citation::new(C, "第三条"),
            &mut out,
        )?;
    }
    if s.verification == Verification::NotStarted {
        alert(
            cal,
            today,
            "supervision_start_due",
            d.supervision_start_due,
            Citation::new(S, "第九条"),
            &mut out,
        )?;
    }
    if s.verification != Verification::Completed {
        alert(
            cal,
            today,
            "verification_due",
            d.verification_due,
            Citation::new(C, "第十六条"),
            &mut out,
        )?;
    }
    if let (Status::UnderRectification, Some(r)) = (s.status, d.rectification_due) {
        alert(
            cal,
            today,
            "rectification_due",
            r,
            Citation::new(S, "第十一条"),
            &mut out,
        )?;
    }
    if !s.letter_published {
        alert(
            cal,
            today,
            "publication_due",
            d.publication_due,
            Citation::new(C, "第十三条"),
            &mut out,
        )?;
    }
    Ok(out)
}

/// Whether `tick` on `today` would move the state on (cheap: a few date comparisons).
pub fn needs_move(s: &State, today: NaiveDate) -> bool {
    let late = !s.missing.is_empty() && today > s.deadlines.materials_due;
    match s.status {
        Status::Active | Status::Extended | Status::Suspended => late,
        Status::UnderRectification => s.deadlines.rectification_due.is_some_and(|r| today > r),
        _ => false,
    }
}

/// Moves a state on to `today`: revokes a commitment whose materials are late or whose
/// rectification deadline passed, marks a suspended one overdue; raises alerts.
pub fn tick(cal: &Calendar, state: &State, today: NaiveDate) -> Result<Outcome> {
    let mut s = state.clone();
    let (effects, alerts) = tick_mut(cal, &mut s, today)?;
    Ok(Outcome {
        state: s,
        effects,
        alerts,
    })
}

/// [`tick`] on a state the caller owns, moved on in place (no copy of the state): for hosts
/// that tick many stored commitments. Returns the effects and the alerts.
pub fn tick_mut(
    cal: &Calendar,
    s: &mut State,
    today: NaiveDate,
) -> Result<(Vec<Effect>, Vec<Alert>)> {
    // A provisional state is re-based first when the engine now holds official data for it.
    let mut rebased = Vec::new();
    if s.provisional && !cal.is_projected(s.deadlines.latest()) {
        if let Ok(o) = super::rebase::rebase(cal, s) {
            *s = o.state;
            rebased = o.effects;
        }
    }
    let alerts = alerts(cal, s, today)?;
    if !needs_move(s, today) {
        return Ok((rebased, alerts));
    }
    let mut effects = match s.status {
        Status::Active | Status::Extended => {
            let day = s
                .deadlines
                .materials_due
                .succ_opt()
                .unwrap_or(s.deadlines.materials_due);
            revoke_in_place(s, day, RevocationReason::LateMaterials)
        }
        Status::UnderRectification => {
            let day = s
                .deadlines
                .rectification_due
                .and_then(|d| d.succ_opt())
                .unwrap_or(today);
            revoke_in_place(s, day, RevocationReason::Mismatch)
        }
        _ => {
            s.status = Status::Overdue;
            s.resume_to.clear();
            s.deadlines.rectification_due = None;
            vec![effect(
                "notify_deciding_authority",
                json!({"about": "materials overdue while the approval is suspended"}),
                Citation::new(C, "第十六条"),
            )]
        }
    };
    if !rebased.is_empty() {
        rebased.append(&mut effects);
        effects = rebased;
    }
    Ok((effects, alerts))
}
