//! 状态校验 — a stored state comes back from a host's database, and may have been edited or
//! corrupted there. Before any event or tick it is checked: a status its history can reach, the
//! statuses it returns to, dates in order and inside the calendar, and deadlines that follow from
//! the periods it records. A state that breaks one is `commitment.invalid_state` with the path of
//! the field (`deadlines.materials_due`), never a silently wrong answer.

use super::open::due;
use super::{State, Status};
use crate::calendar::Calendar;
use crate::error::{Error, ErrorCode, Result};
use chrono::NaiveDate;

/// The deepest nesting of `resume_to`: recommitment within suspension within rectification.
const MAX_RESUME_DEPTH: usize = 4;

fn invalid(at: &str, msg: String) -> Error {
    Error::new(ErrorCode::CommitmentInvalidState, msg).at(at)
}

/// Checks a state's invariants on the engine's calendar.
pub fn check(cal: &Calendar, s: &State) -> Result<()> {
    use Status::*;
    if s.resume_to.len() > MAX_RESUME_DEPTH {
        return Err(invalid(
            "resume_to",
            format!(
                "{} statuses to return to; a commitment nests at most {MAX_RESUME_DEPTH}",
                s.resume_to.len()
            ),
        ));
    }
    for (i, r) in s.resume_to.iter().enumerate() {
        if !matches!(r, Active | Extended | Fulfilled | UnderRectification) {
            return Err(invalid(
                &format!("resume_to[{i}]"),
                format!("a commitment never returns to {}", r.name()),
            ));
        }
    }
    match s.status {
        Revoked | Overdue if !s.resume_to.is_empty() => {
            return Err(invalid(
                "resume_to",
                format!("a {} commitment returns to nothing", s.status.name()),
            ))
        }
        Active | Extended | Fulfilled if !s.resume_to.is_empty() => {
            return Err(invalid(
                "resume_to",
                format!("an {} commitment has nothing to return to", s.status.name()),
            ))
        }
        Suspended | UnderRectification | RecommitRequired if s.resume_to.is_empty() => {
            return Err(invalid(
                "resume_to",
                format!(
                    "a {} commitment must say what it returns to",
                    s.status.name()
                ),
            ))
        }
        _ => {}
    }
    if s.status == Fulfilled && !s.missing.is_empty() {
        return Err(invalid(
            "missing",
            "a fulfilled commitment has no materials missing".into(),
        ));
    }
    if matches!(s.status, Active | Extended) && s.missing.is_empty() {
        return Err(invalid(
            "status",
            format!("an {} commitment has materials missing", s.status.name()),
        ));
    }
    if !s.extended && (s.status == Extended || s.resume_to.contains(&Extended)) {
        return Err(invalid(
            "extended",
            "the extension flag does not match the status".into(),
        ));
    }
    let under = s.status == UnderRectification;
    if under && s.deadlines.rectification_due.is_none() {
        return Err(invalid(
            "deadlines.rectification_due",
            "a commitment under rectification has a rectification deadline".into(),
        ));
    }
    // Dates in order, inside the calendar.
    let order: [(&str, NaiveDate, NaiveDate); 2] = [
        ("decided_on", s.committed_on, s.decided_on),
        ("last_event_on", s.decided_on, s.last_event_on),
    ];
    for (at, before, after) in order {
        if after < before {
            return Err(invalid(at, format!("{after} lies before {before}")));
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
                format!("{r} passes the cap {}", s.deadlines.rectification_cap),
            ));
        }
    }
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
                    format!("{got} does not follow from the recorded periods ({want})"),
                ));
            }
        }
    }
    Ok(())
}
