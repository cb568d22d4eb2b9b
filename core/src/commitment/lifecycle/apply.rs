//! 事件处理 — one event applied to a state: the transition table and what each transition does.

use super::*;
use crate::calendar::Calendar;
use crate::commitment::messages::CommitmentText;
use crate::credit::{DishonestForm, Judgement, Severity};
use crate::error::{Error, ErrorCode, Result};
use crate::reason::Citation;
use chrono::NaiveDate;

/// 不再换发普通证照 (`tj-2018-commitment` 第十四条(三)).
pub(super) fn no_reissue() -> Effect {
    Effect::NoReissue {
        note: tr!(
            "标明“承诺审批”的证照继续有效，不再换发普通证照",
            "the certificate marked 承诺审批 stays valid; no ordinary certificate is re-issued"
        ),
        citation: Citation::new(C, "第十四条(三)"),
    }
}

fn invalid(s: &State, e: &Event) -> Error {
    Error::new(
        ErrorCode::CommitmentInvalidTransition,
        CommitmentText::Transition {
            status: s.status,
            event: e.name(),
        }
        .message(),
    )
    .at("event.type")
}

/// The credit judgement of a case (信用承诺办法 第七条, 第九条) and the record to append.
fn judgement(
    s: &State,
    on: NaiveDate,
    judgement: Judgement,
    form: Option<DishonestForm>,
    severity: Option<Severity>,
) -> Effect {
    Effect::CreditJudgement {
        judgement,
        form,
        severity,
        record: RecordOut {
            on,
            kind: "judgement",
            judgement: Some(judgement),
            form,
            severity,
            matter: s.matter.clone(),
        },
        citation: Citation::new(C, form.map_or("第九条", DishonestForm::article)),
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

pub(super) fn revoke_in_place(
    s: &mut State,
    on: NaiveDate,
    reason: RevocationReason,
) -> Vec<Effect> {
    let (form, severity) = match reason {
        RevocationReason::LateMaterials => (DishonestForm::LateMaterials, Severity::Severe),
        RevocationReason::Nonconforming => (DishonestForm::NonconformingRevoked, Severity::General),
        RevocationReason::Falsified => (DishonestForm::Falsified, Severity::Severe),
        RevocationReason::Mismatch => (DishonestForm::NonconformingRevoked, Severity::General),
        RevocationReason::Other => (DishonestForm::Other, Severity::General),
    };
    let mut effects = vec![
        Effect::RevokeLicense {
            matter: s.matter.clone(),
            reason,
            citation: Citation::new(C, "第十六条"),
        },
        judgement(s, on, Judgement::Dishonest, Some(form), Some(severity)),
    ];
    if reason == RevocationReason::Mismatch || reason == RevocationReason::Falsified {
        effects.push(Effect::CreditRecord {
            record: RecordOut {
                on,
                kind: "revoked_for_mismatch",
                judgement: None,
                form: None,
                severity: None,
                matter: s.matter.clone(),
            },
            citation: Citation::new(S, "第十七条"),
        });
    }
    effects.push(Effect::NotifySupervisor {
        sends: None,
        about: Some(tr!("撤销许可决定", "revocation")),
        citation: Citation::new(C, "第十六条"),
    });
    s.status = Status::Revoked;
    s.resume_to.clear();
    s.last_event_on = s.last_event_on.max(on);
    effects
}

/// The transition table: the events each status admits (the verification and publication
/// flags, and the one extension, add their own conditions). Everything else is
/// `commitment.invalid_transition`.
fn admits(s: &State, e: &Event) -> bool {
    use Status::*;
    match (s.status, e) {
        (Active | Extended | Suspended | UnderRectification, Event::MaterialsSupplied { .. }) => {
            true
        }
        (Active, Event::ExtensionApproved { .. }) => !s.extended,
        (Revoked | Overdue, Event::VerificationStarted { .. }) => false,
        (_, Event::VerificationStarted { .. }) => s.verification == Verification::NotStarted,
        (Revoked, Event::VerificationCompleted { .. }) => false,
        (_, Event::VerificationCompleted { .. }) => s.verification == Verification::Started,
        (Active | Extended | Fulfilled, Event::RectificationOrdered { .. }) => true,
        (UnderRectification, Event::Rectified { .. }) => true,
        (Revoked, Event::Revoked { .. }) => false,
        (_, Event::Revoked { .. }) => true,
        (Active | Extended | Fulfilled | UnderRectification, Event::SubjectChanged { .. }) => true,
        (RecommitRequired, Event::Recommitted { .. }) => true,
        (Active | Extended | UnderRectification, Event::SubjectBlacklisted { .. }) => true,
        (Suspended, Event::SubjectCleared { .. }) => true,
        (Revoked, Event::LetterPublished { .. }) => false,
        (_, Event::LetterPublished { .. }) => !s.letter_published,
        _ => false,
    }
}

/// Applies one event.
pub fn apply(cal: &Calendar, state: &State, event: &Event) -> Result<Outcome> {
    let on = event.on();
    check_time(state, on)?;
    if !admits(state, event) {
        return Err(invalid(state, event));
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
            if let Some(done) =
                materials_supplied(&mut s, on, materials, *conforming, &mut effects)?
            {
                return Ok(done);
            }
        }
        Event::ExtensionApproved { .. } => {
            extend(cal, &mut s, on, &mut effects)?;
        }
        Event::VerificationStarted { .. } => {
            s.verification = Verification::Started;
        }
        Event::VerificationCompleted { conforming, .. } => {
            s.verification = Verification::Completed;
            if !conforming {
                effects.push(Effect::OrderRectification {
                    latest: s.deadlines.rectification_cap,
                    citation: Citation::new(S, "第十一条"),
                });
            }
        }
        Event::RectificationOrdered { deadline, .. } => {
            order_rectification(&mut s, st, on, *deadline, &mut effects)?;
        }
        Event::Rectified { conforming, .. } => {
            let late = s.deadlines.rectification_due.is_some_and(|d| on > d);
            if !conforming || late {
                // Rectification is ordered only for a mismatch with the commitment (第十一条), so
                // its failure is a revocation for that mismatch, with the bar of 第十七条.
                return Ok(revoke(s, on, RevocationReason::Mismatch));
            }
            s.status = s.resume_to.pop().unwrap_or(Active);
            s.deadlines.rectification_due = None;
            effects.push(Effect::ResumeActivities {
                citation: Citation::new(S, "第十一条"),
            });
        }
        Event::Revoked { reason, .. } => {
            return Ok(revoke(s, on, *reason));
        }
        Event::SubjectChanged { change, .. } => {
            s.resume_to.push(st);
            s.status = RecommitRequired;
            effects.push(Effect::RequireNewLetter {
                change: *change,
                citation: Citation::new(C, "第十四条(二)"),
            });
        }
        Event::Recommitted { .. } => {
            s.status = s.resume_to.pop().unwrap_or(Active);
        }
        Event::SubjectBlacklisted { .. } => {
            s.resume_to.push(st);
            s.status = Suspended;
            effects.push(Effect::Suspend {
                until: tr!(
                    "补齐材料或主体信用修复为止",
                    "materials supplied or subject cleared"
                ),
                citation: Citation::new(C, "第九条"),
            });
        }
        Event::SubjectCleared { .. } => {
            s.status = s.resume_to.pop().unwrap_or(Active);
            effects.push(Effect::Resume {
                note: None,
                citation: Citation::new(C, "第九条"),
            });
        }
        Event::LetterPublished { .. } => {
            s.letter_published = true;
        }
    }
    Ok(Outcome {
        state: s,
        effects,
        alerts: Vec::new(),
    })
}

/// Events may not go back in time.
fn check_time(state: &State, on: NaiveDate) -> Result<()> {
    if on < state.last_event_on {
        return Err(Error::new(
            ErrorCode::CommitmentInvalidEvent,
            CommitmentText::BackInTime {
                on,
                last: state.last_event_on,
            }
            .message(),
        )
        .at("event.on"));
    }
    Ok(())
}

/// 补交材料 (第十六条, 第九条): the committed materials come in; late, they revoke (第十六条);
/// all in, the commitment is fulfilled or the halted approval continues. `Some` is the outcome
/// when the event ends the case.
fn materials_supplied(
    s: &mut State,
    on: NaiveDate,
    materials: &[String],
    conforming: bool,
    effects: &mut Vec<Effect>,
) -> Result<Option<Outcome>> {
    use Status::*;
    let st = s.status;
    if let Some((i, m)) = materials
        .iter()
        .enumerate()
        .find(|(_, m)| !s.missing.contains(m) && !s.supplied.contains(m))
    {
        return Err(Error::new(
            ErrorCode::CommitmentInvalidEvent,
            CommitmentText::NotCommitted { material: m }.message(),
        )
        .at(format!("event.materials[{i}]")));
    }
    if matches!(st, Active | Extended) && on > s.deadlines.materials_due {
        return Ok(Some(revoke(s.clone(), on, RevocationReason::LateMaterials)));
    }
    if !conforming {
        effects.push(Effect::MaterialsRejected {
            materials: materials.to_vec(),
            citation: Citation::new(C, "第十六条"),
        });
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
                    effects.push(judgement(s, on, Judgement::Honest, None, None));
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
                    effects.push(Effect::Resume {
                        note: Some(tr!(
                            "材料已补齐，中止的审批继续进行",
                            "materials supplied: the halted approval continues"
                        )),
                        citation: Citation::new(C, "第九条"),
                    });
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
    Ok(None)
}

/// 延期 (第十七条): the one extension of the materials' deadline, before it falls due.
fn extend(cal: &Calendar, s: &mut State, on: NaiveDate, effects: &mut Vec<Effect>) -> Result<()> {
    if on > s.deadlines.materials_due {
        return Err(Error::new(
            ErrorCode::CommitmentInvalidEvent,
            CommitmentText::LateExtension.message(),
        )
        .at("event.on"));
    }
    s.deadlines.materials_due = due(cal, s.deadlines.materials_due, s.policy.extension_period)?;
    s.provisional |= cal.is_projected(s.deadlines.materials_due);
    s.extended = true;
    s.status = Status::Extended;
    effects.push(Effect::LiabilityExtended {
        until: s.deadlines.materials_due,
        citation: Citation::new(C, "第十七条"),
    });
    Ok(())
}

/// 责令整改 (全程监督办法 第十一条): a deadline after today and within the cap.
fn order_rectification(
    s: &mut State,
    st: Status,
    on: NaiveDate,
    deadline: NaiveDate,
    effects: &mut Vec<Effect>,
) -> Result<()> {
    if deadline <= on || deadline > s.deadlines.rectification_cap {
        return Err(Error::new(
            ErrorCode::CommitmentInvalidEvent,
            CommitmentText::RectificationBounds {
                after: on,
                cap: s.deadlines.rectification_cap,
            }
            .message(),
        )
        .at("event.deadline"));
    }
    s.deadlines.rectification_due = Some(deadline);
    s.resume_to.push(st);
    s.status = Status::UnderRectification;
    effects.push(Effect::StopActivities {
        until: deadline,
        citation: Citation::new(S, "第十一条"),
    });
    Ok(())
}
