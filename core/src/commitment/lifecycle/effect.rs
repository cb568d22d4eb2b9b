//! 效果与预警 — what the host must do after an event (revoke, judge credit, notify …), the
//! alerts of deadlines due or passed (自动预警), and the outcome of a step.

use super::*;
use crate::credit::{DishonestForm, Judgement, Severity};
use crate::reason::Citation;
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

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
