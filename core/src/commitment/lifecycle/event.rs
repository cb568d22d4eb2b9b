//! 事件 — what happens to a commitment, dated: materials supplied, extension, verification,
//! rectification, revocation, subject changes, blacklisting, publication.

use super::*;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "CommitmentEvent"))]
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

    pub(super) fn name(&self) -> &'static str {
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
