//! 状态校验 — a stored state comes back from a host's database, and may have been edited or
//! corrupted there. Before any event or tick it is checked: a status its history can reach, the
//! statuses it returns to, dates in order and inside the calendar, and deadlines that follow from
//! the periods it records. A state that breaks one is `commitment.invalid_state` with the path of
//! the field (`deadlines.materials_due`), never a silently wrong answer.

use super::open::due;
use super::{State, Status};
use crate::calendar::Calendar;
use crate::commitment::messages::StateText;
use crate::error::{Error, ErrorCode, Result};
use chrono::NaiveDate;

/// The deepest nesting of `resume_to`: recommitment within suspension within rectification.
const MAX_RESUME_DEPTH: usize = 4;

fn invalid(at: &str, msg: String) -> Error {
    Error::new(ErrorCode::CommitmentInvalidState, msg).at(at)
}

/// Checks a state's invariants on the engine's calendar.
pub fn check(cal: &Calendar, s: &State) -> Result<()> {
    statuses(s)?;
    materials(s)?;
    rectification(s)?;
    dates(cal, s)?;
    deadlines(cal, s)?;
    Ok(())
}

/// The status and what it returns to agree with each other and with the materials owed.
fn statuses(s: &State) -> Result<()> {
    use Status::*;
    if s.resume_to.len() > MAX_RESUME_DEPTH {
        return Err(invalid(
            "resume_to",
            StateText::TooDeep {
                depth: s.resume_to.len(),
                max: MAX_RESUME_DEPTH,
            }
            .message()
            .into_owned(),
        ));
    }
    for (i, r) in s.resume_to.iter().enumerate() {
        if !matches!(r, Active | Extended | Fulfilled | UnderRectification) {
            return Err(invalid(
                &format!("resume_to[{i}]"),
                StateText::NeverReturnsTo { status: *r }
                    .message()
                    .into_owned(),
            ));
        }
    }
    match s.status {
        Revoked | Overdue if !s.resume_to.is_empty() => {
            return Err(invalid(
                "resume_to",
                StateText::EndedReturns { status: s.status }
                    .message()
                    .into_owned(),
            ))
        }
        Active | Extended | Fulfilled if !s.resume_to.is_empty() => {
            return Err(invalid(
                "resume_to",
                StateText::RunningReturns { status: s.status }
                    .message()
                    .into_owned(),
            ))
        }
        Suspended | UnderRectification | RecommitRequired if s.resume_to.is_empty() => {
            return Err(invalid(
                "resume_to",
                StateText::HaltedReturnsNowhere { status: s.status }
                    .message()
                    .into_owned(),
            ))
        }
        _ => {}
    }
    if s.status == Fulfilled && !s.missing.is_empty() {
        return Err(invalid(
            "missing",
            StateText::FulfilledOwes.message().into_owned(),
        ));
    }
    if matches!(s.status, Active | Extended) && s.missing.is_empty() {
        return Err(invalid(
            "status",
            StateText::OwesNothing { status: s.status }
                .message()
                .into_owned(),
        ));
    }
    if !s.extended && (s.status == Extended || s.resume_to.contains(&Extended)) {
        return Err(invalid(
            "extended",
            StateText::ExtensionFlag.message().into_owned(),
        ));
    }
    Ok(())
}

/// Each material once, and never both missing and supplied (it would be fulfilled and owed).
fn materials(s: &State) -> Result<()> {
    // Each material once, and never both missing and supplied (it would be fulfilled and owed).
    let mut seen = std::collections::HashSet::with_capacity(s.missing.len() + s.supplied.len());
    for (list, name) in [(&s.missing, "missing"), (&s.supplied, "supplied")] {
        for (i, m) in list.iter().enumerate() {
            if !seen.insert(m.as_str()) {
                let twice = name == "missing" || s.supplied[..i].contains(m);
                return Err(invalid(
                    &format!("{name}[{i}]"),
                    if twice {
                        StateText::MaterialTwice { material: m }.message()
                    } else {
                        StateText::MaterialBoth { material: m }.message()
                    }
                    .into_owned(),
                ));
            }
        }
    }
    Ok(())
}

/// A rectification deadline exactly while under rectification.
fn rectification(s: &State) -> Result<()> {
    use Status::*;
    if matches!(s.status, Active | Extended | Fulfilled) && s.deadlines.rectification_due.is_some()
    {
        return Err(invalid(
            "deadlines.rectification_due",
            StateText::RectificationDeadlineOutside { status: s.status }
                .message()
                .into_owned(),
        ));
    }
    let under = s.status == UnderRectification;
    if under && s.deadlines.rectification_due.is_none() {
        return Err(invalid(
            "deadlines.rectification_due",
            StateText::RectificationWithoutDeadline
                .message()
                .into_owned(),
        ));
    }
    Ok(())
}

/// Dates in order, inside the calendar.
fn dates(cal: &Calendar, s: &State) -> Result<()> {
    // Dates in order, inside the calendar.
    let order: [(&str, NaiveDate, NaiveDate); 2] = [
        ("decided_on", s.committed_on, s.decided_on),
        ("last_event_on", s.decided_on, s.last_event_on),
    ];
    for (at, before, after) in order {
        if after < before {
            return Err(invalid(
                at,
                StateText::Before { after, before }.message().into_owned(),
            ));
        }
    }
    for (at, d) in [
        ("committed_on", s.committed_on),
        ("last_event_on", s.last_event_on),
    ] {
        cal.day(d)
            .map_err(|e| invalid(at, e.message().to_string()))?;
    }
    if let Some(r) = s.deadlines.rectification_due {
        if r > s.deadlines.rectification_cap {
            return Err(invalid(
                "deadlines.rectification_due",
                StateText::PastCap {
                    due: r,
                    cap: s.deadlines.rectification_cap,
                }
                .message()
                .into_owned(),
            ));
        }
    }
    Ok(())
}

/// Deadlines follow from the recorded periods (a provisional state is re-based instead).
fn deadlines(cal: &Calendar, s: &State) -> Result<()> {
    // Deadlines follow from the recorded periods (a provisional state is re-based instead).
    if !s.provisional {
        let p = &s.policy;
        let mut materials = due(cal, s.committed_on, p.materials_period)
            .map_err(|e| invalid("deadlines.materials_due", e.message().to_string()))?;
        if s.extended {
            materials = due(cal, materials, p.extension_period)
                .map_err(|e| invalid("deadlines.materials_due", e.message().to_string()))?;
        }
        let expected = [
            (
                "deadlines.materials_due",
                materials,
                s.deadlines.materials_due,
            ),
            (
                "deadlines.supervision_start_due",
                due(cal, s.decided_on, p.supervision_start)?,
                s.deadlines.supervision_start_due,
            ),
            (
                "deadlines.verification_due",
                due(cal, s.decided_on, p.verification_period)?,
                s.deadlines.verification_due,
            ),
            (
                "deadlines.rectification_cap",
                due(cal, s.decided_on, p.rectification_cap)?,
                s.deadlines.rectification_cap,
            ),
            (
                "deadlines.publication_due",
                due(cal, s.committed_on, p.letter_publication)?,
                s.deadlines.publication_due,
            ),
        ];
        for (at, want, got) in expected {
            if want != got {
                return Err(invalid(
                    at,
                    StateText::NotFollowing { got, want }.message().into_owned(),
                ));
            }
        }
    }
    Ok(())
}
