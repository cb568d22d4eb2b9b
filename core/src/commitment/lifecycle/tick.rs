//! 期限推进 — a state moved on to today: alerts, revocations of late commitments, re-basing.

use super::apply::revoke_in_place;
use super::*;
use crate::calendar::Calendar;
use crate::error::Result;
use crate::reason::Citation;
use chrono::NaiveDate;

fn alert(
    cal: &Calendar,
    today: NaiveDate,
    name: DeadlineKind,
    due: NaiveDate,
    citation: Citation,
    out: &mut Vec<Alert>,
) -> Result<()> {
    let left = cal.workdays_between(today, due)?;
    let kind = if today > due {
        AlertKind::Passed
    } else if today == due {
        AlertKind::DueToday
    } else if left <= 3 {
        AlertKind::Approaching
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
            DeadlineKind::MaterialsDue,
            d.materials_due,
            Citation::new(C, "第三条"),
            &mut out,
        )?;
    }
    if s.verification == Verification::NotStarted {
        alert(
            cal,
            today,
            DeadlineKind::SupervisionStartDue,
            d.supervision_start_due,
            Citation::new(S, "第九条"),
            &mut out,
        )?;
    }
    if s.verification != Verification::Completed {
        alert(
            cal,
            today,
            DeadlineKind::VerificationDue,
            d.verification_due,
            Citation::new(C, "第十六条"),
            &mut out,
        )?;
    }
    if let (Status::UnderRectification, Some(r)) = (s.status, d.rectification_due) {
        alert(
            cal,
            today,
            DeadlineKind::RectificationDue,
            r,
            Citation::new(S, "第十一条"),
            &mut out,
        )?;
    }
    if !s.letter_published {
        alert(
            cal,
            today,
            DeadlineKind::PublicationDue,
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
        if let Ok(o) = crate::commitment::rebase::rebase(cal, s) {
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
            vec![Effect::NotifyDecidingAuthority {
                about: tr!(
                    "审批中止期间容缺材料逾期未补",
                    "materials overdue while the approval is suspended"
                ),
                citation: Citation::new(C, "第十六条"),
            }]
        }
    };
    if !rebased.is_empty() {
        rebased.append(&mut effects);
        effects = rebased;
    }
    Ok((effects, alerts))
}
