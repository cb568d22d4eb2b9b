//! 作出承诺审批 — opening a commitment: every deadline computed and the reasons for each.

use super::*;
use crate::calendar::{Calendar, Period};
use crate::commitment::messages::{CommitmentText, DeadlineMsg};
use crate::credit::Subject;
use crate::error::{Error, ErrorCode, Result};
use crate::policy::Policy;
use crate::reason::{Citation, Reason};
use chrono::NaiveDate;

/// Why each deadline falls where it does.
pub fn deadline_reasons(s: &State) -> Vec<Reason> {
    let p = &s.policy;
    let d = &s.deadlines;
    let mut r = vec![
        if s.extended {
            DeadlineMsg::MaterialsDueExtended {
                committed_on: s.committed_on,
                period: p.materials_period,
                due: d.materials_due,
                extension: p.extension_period,
            }
            .reason()
        } else {
            DeadlineMsg::MaterialsDue {
                committed_on: s.committed_on,
                period: p.materials_period,
                due: d.materials_due,
            }
            .reason()
        },
        DeadlineMsg::SupervisionStartDue {
            decided_on: s.decided_on,
            period: p.supervision_start,
            due: d.supervision_start_due,
        }
        .reason(),
        DeadlineMsg::VerificationDue {
            period: p.verification_period,
            due: d.verification_due,
        }
        .reason(),
        DeadlineMsg::RectificationCap {
            period: p.rectification_cap,
            due: d.rectification_cap,
        }
        .reason(),
        DeadlineMsg::PublicationDue {
            period: p.letter_publication,
            due: d.publication_due,
        }
        .reason(),
    ];
    if let Some(due) = d.rectification_due {
        r.push(DeadlineMsg::RectificationDue { due }.reason());
    }
    r.push(if s.extended {
        DeadlineMsg::LiabilityPeriodExtended {
            committed_on: s.committed_on,
            until: d.materials_due,
        }
        .reason()
    } else {
        DeadlineMsg::LiabilityPeriod {
            committed_on: s.committed_on,
            until: d.materials_due,
        }
        .reason()
    });
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
            CommitmentText::DecisionFirst.message(),
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
        Effect::MarkCertificate {
            marking: "承诺审批",
            citation: Citation::new(C, "第十四条(三)"),
        },
        Effect::NotifySupervisor {
            sends: Some(["申请材料", "承诺书", "办理结果"]),
            about: None,
            citation: Citation::new(C, "第十六条"),
        },
        Effect::StartSupervision {
            due: d.supervision_start_due,
            citation: Citation::new(S, "第九条"),
        },
        Effect::PublishLetter {
            due: d.publication_due,
            citation: Citation::new(C, "第十三条"),
        },
    ];
    Ok(Outcome {
        state,
        effects,
        alerts: Vec::new(),
    })
}
