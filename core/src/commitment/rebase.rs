//! 重新计算期限 — a commitment opened while a year's holiday notice was not yet published has
//! deadlines computed on projected days (暂定). Once the notice is loaded, its deadlines are
//! computed again from the periods recorded in the state (so no profile is needed), and every
//! deadline that moves is an effect `deadline_changed` with the old and new dates, citing the
//! notice of the year the new date falls in.
//!
//! A deadline the authority set itself (the rectification deadline) is not recomputed.

use super::lifecycle::{due, DeadlineKind, Effect, Outcome, State};
use crate::calendar::Calendar;
use crate::error::Result;
use chrono::{Datelike, NaiveDate};

/// Recomputes a state's deadlines on the engine's calendar.
pub fn rebase(cal: &Calendar, state: &State) -> Result<Outcome> {
    let mut s = state.clone();
    let p = &state.policy;
    let mut materials_due = due(cal, s.committed_on, p.materials_period)?;
    if s.extended {
        materials_due = due(cal, materials_due, p.extension_period)?;
    }
    let fresh = [
        (DeadlineKind::MaterialsDue, materials_due),
        (
            DeadlineKind::SupervisionStartDue,
            due(cal, s.decided_on, p.supervision_start)?,
        ),
        (
            DeadlineKind::VerificationDue,
            due(cal, s.decided_on, p.verification_period)?,
        ),
        (
            DeadlineKind::RectificationCap,
            due(cal, s.decided_on, p.rectification_cap)?,
        ),
        (
            DeadlineKind::PublicationDue,
            due(cal, s.committed_on, p.letter_publication)?,
        ),
    ];
    let d = &mut s.deadlines;
    let slots: [&mut NaiveDate; 5] = [
        &mut d.materials_due,
        &mut d.supervision_start_due,
        &mut d.verification_due,
        &mut d.rectification_cap,
        &mut d.publication_due,
    ];
    let mut effects: Vec<Effect> = Vec::new();
    for ((name, new), slot) in fresh.into_iter().zip(slots) {
        if *slot != new {
            effects.push(Effect::DeadlineChanged {
                deadline: name,
                from: *slot,
                to: new,
                citation: cal.year_citation(new.year()),
            });
            *slot = new;
        }
    }
    s.provisional = cal.is_projected(s.deadlines.latest());
    Ok(Outcome {
        state: s,
        effects,
        alerts: Vec::new(),
    })
}
