//! 时效监察 — a case's deadlines, status, alerts (自动预警) and the findings its dates show.

use super::event::Grade;
use super::facts::{Facts, NA};
use super::finding::{ymd, Detail, Finding, FindingKind};
use super::messages::CaseText;
use crate::calendar::Calendar;
use crate::catalog::types::Mode;
use crate::catalog::Matter;
use crate::error::Result;
use crate::reason::{doc, Citation};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

/// Working days to tell the applicant what to supplement (`prc-licensing-law` 第三十二条).
pub const SUPPLEMENT_NOTICE_WORKDAYS: u32 = 5;
/// Working days to deliver a decision (`prc-licensing-law` 第四十四条).
pub const DELIVERY_WORKDAYS: u32 = 10;
/// The statutory limit where the law is silent (`prc-licensing-law` 第四十二条).
pub const DEFAULT_STATUTORY_WORKDAYS: u32 = 20;
/// The extension the law allows (第四十二条).
pub const EXTENSION_WORKDAYS: u32 = 10;

wire_enum! {
    /// A limit of a case.
    #[cfg_attr(feature = "schema", schemars(rename = "CaseDeadlineKind"))]
    DeadlineKind {
        /// 补正告知 — 5 working days from receipt.
        SupplementNotice => "supplement_notice", "补正告知";
        /// 承诺办结时限 — from acceptance.
        PromisedDecision => "promised_decision", "承诺办结时限";
        /// 法定办结时限 — from acceptance, with any extension.
        StatutoryDecision => "statutory_decision", "法定办结时限";
        /// 送达 — 10 working days from the decision.
        Delivery => "delivery", "送达";
    }
}

impl DeadlineKind {
    /// The article that sets the limit.
    pub const fn citation(self) -> Citation {
        match self {
            DeadlineKind::SupplementNotice => Citation::new(doc::PRC_LICENSING_LAW, "第三十二条"),
            DeadlineKind::PromisedDecision => Citation::new(doc::TJ_2018_DISCLOSURE, "第十四条"),
            DeadlineKind::StatutoryDecision => Citation::new(doc::PRC_LICENSING_LAW, "第四十二条"),
            DeadlineKind::Delivery => Citation::new(doc::PRC_LICENSING_LAW, "第四十四条"),
        }
    }
}

wire_enum! {
    /// Where a case stands.
    CaseStatus {
        /// 已收件 — not yet accepted, no supplement asked.
        Received => "received", "已收件";
        /// 待补正 — a supplement asked and not yet received.
        AwaitingSupplement => "awaiting_supplement", "待补正";
        /// 已受理 — in review.
        Accepted => "accepted", "已受理";
        /// 特殊环节中 — a step that stops the clock is running.
        Paused => "paused", "特殊环节中";
        /// 已办结 — decided, not yet delivered.
        Decided => "decided", "已办结";
        /// 已送达.
        Delivered => "delivered", "已送达";
    }
}

wire_enum! {
    /// 自动预警 level (`baodi-2018` 三(四)).
    AlertLevel {
        /// 临期 — within the alert window.
        Approaching => "approaching", "临期预警";
        /// 当日到期.
        DueToday => "due_today", "当日到期";
        /// 已超期.
        Passed => "passed", "超期";
    }
}

/// One limit: its last day, its length, the paused working days it was lengthened by, and when
/// (if) it was met. Days in epoch days, [`NA`] where absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueDate {
    /// Which limit.
    pub kind: DeadlineKind,
    /// Last day.
    pub due: i64,
    /// Length in working days.
    pub limit: u32,
    /// Working days inside paused special steps before the due day.
    pub paused: u32,
    /// The day the obligation was met.
    pub met_on: i64,
    /// Met after the due day, or still open after it.
    pub late: bool,
}

/// An alert of a limit still open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alert {
    /// Level.
    pub level: AlertLevel,
    /// Which limit.
    pub deadline: DeadlineKind,
    /// Its last day.
    pub due: i64,
    /// Working days from today to the due day (negative once passed).
    pub workdays_left: i64,
}

/// A case supervised: status, limits, alerts and findings.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment<'a> {
    /// The host's case number.
    pub id: Option<String>,
    /// The matter's code.
    pub matter: &'a str,
    /// The matter's implementing department.
    pub department: Option<&'a str>,
    /// Status.
    pub status: CaseStatus,
    /// 收件.
    pub received: i64,
    /// Acceptance in law: the recorded day, or the receipt when the supplement notice did not
    /// come within 5 working days (`prc-licensing-law` 第三十二条).
    pub accepted: i64,
    /// Whether acceptance is the receipt by that rule.
    pub deemed_accepted: bool,
    /// The limits, indexed by [`DeadlineKind`] (absent before they start).
    pub deadlines: [Option<DueDate>; 4],
    /// Working days from acceptance to decision, without paused days.
    pub handling_workdays: i64,
    /// Visits.
    pub visits: u32,
    /// The visits the matter's 办理方式 allows (最多跑一次: 1), if it limits them.
    pub allowed_visits: Option<u32>,
    /// The latest 好差评.
    pub evaluation: Option<Grade>,
    /// Whether the decision refused.
    pub refused: bool,
    /// Alerts of limits still open.
    pub alerts: Vec<Alert>,
    /// Findings.
    pub findings: Vec<Finding>,
}

impl Assessment<'_> {
    /// A limit, if it has started.
    pub fn deadline(&self, kind: DeadlineKind) -> Option<&DueDate> {
        self.deadlines[kind as usize].as_ref()
    }

    /// Whether the decision came within the promised limit (the statutory one where the matter
    /// promises none); `None` while undecided.
    pub fn on_time(&self) -> Option<bool> {
        let d = self
            .deadline(DeadlineKind::PromisedDecision)
            .or(self.deadline(DeadlineKind::StatutoryDecision))?;
        (d.met_on != NA).then_some(!d.late)
    }

    /// The findings as a bit mask of [`FindingKind::bit`].
    pub fn finding_mask(&self) -> u32 {
        self.findings.iter().fold(0, |m, f| m | f.kind.bit())
    }

    pub(super) fn sort_findings(&mut self) {
        self.findings.sort_by_key(|f| (f.on, f.kind));
    }
}

/// The `n`-th working day after `start` not counting the working days inside `pauses` (sorted,
/// merged, both ends in), and how many paused working days were passed on the way — the same
/// day as [`Calendar::deadline`] with those pauses.
pub fn due_after(cal: &Calendar, start: i64, n: u32, pauses: &[(i64, i64)]) -> Result<(i64, u32)> {
    let (mut cursor, mut left, mut paused) = (start, i64::from(n), 0i64);
    for &(a, b) in pauses {
        if b <= cursor {
            continue;
        }
        let a = a.max(cursor + 1);
        let before = cal.workdays_between_epoch(cursor, a - 1)?;
        if before >= left {
            break;
        }
        left -= before;
        paused += cal.workdays_between_epoch(a - 1, b)?;
        cursor = b;
    }
    let due = cal.add_workdays_epoch(cursor, left)?;
    Ok((due, u32::try_from(paused).unwrap_or(u32::MAX)))
}

/// Working days inside `pauses` with `a < d ≤ b`.
fn paused_between(cal: &Calendar, a: i64, b: i64, pauses: &[(i64, i64)]) -> Result<i64> {
    let mut n = 0;
    for &(x, y) in pauses {
        let (x, y) = (x.max(a + 1), y.min(b));
        if x <= y {
            n += cal.workdays_between_epoch(x - 1, y)?;
        }
    }
    Ok(n)
}

/// Works out the limits, status, alerts and timeliness findings of `facts` on `today` (epoch
/// days). Content findings (materials, steps, fees) need the events: see [`super::supervise`].
pub fn assess<'a>(
    cal: &Calendar,
    matter: &'a Matter,
    f: &Facts,
    today: i64,
    alert_workdays: u32,
) -> Result<Assessment<'a>> {
    let mut findings = Vec::new();
    let mut deadlines = [None; 4];
    let (accepted, deemed, answer) =
        supplement_notice(cal, f, today, &mut deadlines, &mut findings)?;
    let handling = decision(
        cal,
        matter,
        f,
        accepted,
        today,
        &mut deadlines,
        &mut findings,
    )?;
    delivery(cal, f, today, &mut deadlines, &mut findings)?;
    let allowed_visits = visits(matter, f, &mut findings);
    let open = Open { accepted, answer };
    let alerts = alerts(cal, &deadlines, f, open, today, alert_workdays)?;
    let status = status(f, accepted);
    Ok(Assessment {
        id: None,
        matter: &matter.code,
        department: matter.department.as_deref(),
        status,
        received: f.received,
        accepted,
        deemed_accepted: deemed,
        deadlines,
        handling_workdays: handling,
        visits: f.visits,
        allowed_visits,
        evaluation: f.evaluation,
        refused: f.refused,
        alerts,
        findings,
    })
}

/// A late deadline: how many working days late.
fn late(cal: &Calendar, due: i64, on: i64) -> Result<Detail> {
    Ok(Detail::Late {
        due,
        by: cal.workdays_between_epoch(due, on)?,
    })
}

type Deadlines = [Option<DueDate>; 4];

/// 补正告知 (行政许可法 第三十二条): the notice's deadline, and when the case counts as accepted
/// (deemed at receipt when the notice came late or never): `(accepted, deemed, answer)`.
fn supplement_notice(
    cal: &Calendar,
    f: &Facts,
    today: i64,
    deadlines: &mut Deadlines,
    findings: &mut Vec<Finding>,
) -> Result<(i64, bool, i64)> {
    // 补正告知: within 5 working days of receipt, or accepted on receipt (第三十二条).
    let notice_due = cal.add_workdays_epoch(f.received, i64::from(SUPPLEMENT_NOTICE_WORKDAYS))?;
    let answer = match (f.first_supplement, f.accepted) {
        (NA, x) | (x, NA) => x,
        (x, y) => x.min(y),
    };
    let answered_in_time = answer != NA && answer <= notice_due;
    let (accepted, deemed) = if answered_in_time {
        (f.accepted, false)
    } else if answer != NA || today > notice_due || f.decided != NA {
        (f.received, true)
    } else {
        (NA, false)
    };
    deadlines[DeadlineKind::SupplementNotice as usize] = Some(DueDate {
        kind: DeadlineKind::SupplementNotice,
        due: notice_due,
        limit: SUPPLEMENT_NOTICE_WORKDAYS,
        paused: 0,
        met_on: if answered_in_time { answer } else { NA },
        late: f.first_supplement != NA && f.first_supplement > notice_due,
    });
    if f.first_supplement != NA && f.first_supplement > notice_due {
        findings.push(Finding {
            kind: FindingKind::LateSupplementNotice,
            on: f.first_supplement,
            detail: late(cal, notice_due, f.first_supplement)?,
        });
    }
    if f.supplements > 1 {
        findings.push(Finding {
            kind: FindingKind::RepeatedSupplement,
            on: f.second_supplement,
            detail: Detail::Count {
                count: f.supplements,
                allowed: 1,
            },
        });
    }
    Ok((accepted, deemed, answer))
}

/// 办结时限 (第四十二条): promised and statutory, from acceptance, without paused days; the
/// handling time in working days (`NA` until decided).
fn decision(
    cal: &Calendar,
    matter: &Matter,
    f: &Facts,
    accepted: i64,
    today: i64,
    deadlines: &mut Deadlines,
    findings: &mut Vec<Finding>,
) -> Result<i64> {
    // 办结时限: promised and statutory, from acceptance, without paused days.
    let mut handling = NA;
    if accepted != NA {
        let limits = matter.time_limit.as_ref();
        let statutory = limits
            .and_then(|t| t.statutory_workdays)
            .unwrap_or(DEFAULT_STATUTORY_WORKDAYS)
            .saturating_add(f.extension);
        let promised = limits.and_then(|t| t.promised_workdays);
        let decision = [
            (
                DeadlineKind::PromisedDecision,
                promised,
                FindingKind::LatePromised,
            ),
            (
                DeadlineKind::StatutoryDecision,
                Some(statutory),
                FindingKind::LateStatutory,
            ),
        ];
        for (kind, limit, finding) in decision {
            let Some(limit) = limit else { continue };
            let (due, paused) = due_after(cal, accepted, limit, &f.pauses)?;
            let end = if f.decided != NA { f.decided } else { today };
            let is_late = end > due;
            if is_late {
                findings.push(Finding {
                    kind: finding,
                    on: end,
                    detail: late(cal, due, end)?,
                });
            }
            deadlines[kind as usize] = Some(DueDate {
                kind,
                due,
                limit,
                paused,
                met_on: f.decided,
                late: is_late,
            });
        }
        if f.decided != NA {
            handling = cal.workdays_between_epoch(accepted, f.decided)?
                - paused_between(cal, accepted, f.decided, &f.pauses)?;
        }
    }
    if f.extension > EXTENSION_WORKDAYS {
        findings.push(Finding {
            kind: FindingKind::ExtensionBeyondLaw,
            on: NA,
            detail: Detail::Count {
                count: f.extension,
                allowed: EXTENSION_WORKDAYS,
            },
        });
    }
    Ok(handling)
}

/// 送达 (第四十四条): 10 working days from the decision.
fn delivery(
    cal: &Calendar,
    f: &Facts,
    today: i64,
    deadlines: &mut Deadlines,
    findings: &mut Vec<Finding>,
) -> Result<()> {
    // 送达: 10 working days from the decision (第四十四条).
    if f.decided != NA {
        let due = cal.add_workdays_epoch(f.decided, i64::from(DELIVERY_WORKDAYS))?;
        let end = if f.delivered != NA {
            f.delivered
        } else {
            today
        };
        let is_late = end > due;
        if is_late {
            findings.push(Finding {
                kind: FindingKind::LateDelivery,
                on: end,
                detail: late(cal, due, end)?,
            });
        }
        deadlines[DeadlineKind::Delivery as usize] = Some(DueDate {
            kind: DeadlineKind::Delivery,
            due,
            limit: DELIVERY_WORKDAYS,
            paused: 0,
            met_on: f.delivered,
            late: is_late,
        });
    }
    Ok(())
}

/// 最多跑一次: 一次办, 网上办 and 马上办 allow one visit at most.
fn visits(matter: &Matter, f: &Facts, findings: &mut Vec<Finding>) -> Option<u32> {
    // 最多跑一次: 一次办, 网上办 and 马上办 allow one visit at most.
    let allowed_visits = matter
        .modes
        .iter()
        .any(|m| matches!(m, Mode::OneVisit | Mode::Online | Mode::Immediate))
        .then_some(1);
    if let Some(allowed) = allowed_visits {
        if f.visits > allowed {
            findings.push(Finding {
                kind: FindingKind::TooManyVisits,
                on: f.last_visit,
                detail: Detail::Count {
                    count: f.visits,
                    allowed,
                },
            });
        }
    }
    allowed_visits
}

/// What is still open: whether the case is accepted, and when the notice was answered.
#[derive(Clone, Copy)]
struct Open {
    accepted: i64,
    answer: i64,
}

/// 预警 (宝坻 三(四)): open deadlines passed, due today or within `alert_workdays`.
fn alerts(
    cal: &Calendar,
    deadlines: &Deadlines,
    f: &Facts,
    o: Open,
    today: i64,
    alert_workdays: u32,
) -> Result<Vec<Alert>> {
    let (accepted, answer) = (o.accepted, o.answer);
    let mut alerts = Vec::new();
    for d in deadlines.iter().flatten() {
        let open = match d.kind {
            DeadlineKind::SupplementNotice => accepted == NA && answer == NA,
            DeadlineKind::Delivery => f.delivered == NA,
            _ => f.decided == NA,
        };
        if !open {
            continue;
        }
        let left = cal.workdays_between_epoch(today, d.due)?;
        let level = if today > d.due {
            AlertLevel::Passed
        } else if today == d.due {
            AlertLevel::DueToday
        } else if left <= i64::from(alert_workdays) {
            AlertLevel::Approaching
        } else {
            continue;
        };
        alerts.push(Alert {
            level,
            deadline: d.kind,
            due: d.due,
            workdays_left: left,
        });
    }
    Ok(alerts)
}

/// Where the case stands.
fn status(f: &Facts, accepted: i64) -> CaseStatus {
    if f.delivered != NA {
        CaseStatus::Delivered
    } else if f.decided != NA {
        CaseStatus::Decided
    } else if f.paused_now && accepted != NA {
        CaseStatus::Paused
    } else if accepted != NA {
        CaseStatus::Accepted
    } else if f.supplied < f.supplements {
        CaseStatus::AwaitingSupplement
    } else {
        CaseStatus::Received
    }
}

const ALERT_CITATION: Citation = Citation::new(doc::BAODI_2018, "三(四)");

struct DueOut<'a>(&'a DueDate);

impl Serialize for DueOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let d = self.0;
        let mut m = s.serialize_struct("CaseDeadline", 8)?;
        m.serialize_field("kind", &d.kind)?;
        m.serialize_field("label", d.kind.label())?;
        m.serialize_field("due", &ymd(d.due))?;
        m.serialize_field("limit_workdays", &d.limit)?;
        m.serialize_field("paused_workdays", &d.paused)?;
        m.serialize_field("met_on", &ymd(d.met_on))?;
        m.serialize_field("late", &d.late)?;
        m.serialize_field("citation", &d.kind.citation())?;
        m.end()
    }
}

struct AlertOut<'a>(&'a Alert);

impl Serialize for AlertOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let a = self.0;
        let mut m = s.serialize_struct("CaseAlert", 6)?;
        m.serialize_field("level", &a.level)?;
        m.serialize_field("deadline", &a.deadline)?;
        m.serialize_field("due", &ymd(a.due))?;
        m.serialize_field("workdays_left", &a.workdays_left)?;
        m.serialize_field(
            "message",
            &CaseText::Alert {
                deadline: a.deadline,
                level: a.level,
                due: crate::date::from_epoch_days(a.due),
            }
            .message(),
        )?;
        m.serialize_field("citation", &ALERT_CITATION)?;
        m.end()
    }
}

impl Serialize for Assessment<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        // Structs, not maps: field names fixed in the program are known to a writer by address.
        let mut m = s.serialize_struct("CaseSupervision", 17)?;
        if let Some(id) = &self.id {
            m.serialize_field("id", id)?;
        }
        m.serialize_field("matter", self.matter)?;
        m.serialize_field("department", &self.department)?;
        m.serialize_field("status", &self.status)?;
        m.serialize_field("received", &ymd(self.received))?;
        m.serialize_field("accepted_on", &ymd(self.accepted))?;
        m.serialize_field("deemed_accepted", &self.deemed_accepted)?;
        let deadlines: Vec<DueOut<'_>> = self.deadlines.iter().flatten().map(DueOut).collect();
        m.serialize_field("deadlines", &deadlines)?;
        m.serialize_field(
            "handling_workdays",
            &(self.handling_workdays != NA).then_some(self.handling_workdays),
        )?;
        m.serialize_field("on_time", &self.on_time())?;
        m.serialize_field("visits", &self.visits)?;
        m.serialize_field("allowed_visits", &self.allowed_visits)?;
        m.serialize_field("evaluation", &self.evaluation)?;
        let alerts: Vec<AlertOut<'_>> = self.alerts.iter().map(AlertOut).collect();
        m.serialize_field("alerts", &alerts)?;
        m.serialize_field("findings", &self.findings)?;
        m.end()
    }
}

impl Assessment<'_> {
    /// What the figures of [`super::stats`] need of this case.
    pub fn row(&self) -> super::stats::Row {
        let decided = self.status == CaseStatus::Decided || self.status == CaseStatus::Delivered;
        super::stats::Row {
            decided,
            on_time: self.on_time(),
            handling: (self.handling_workdays != NA).then_some(self.handling_workdays),
            statutory: self
                .deadline(DeadlineKind::StatutoryDecision)
                .map_or(DEFAULT_STATUTORY_WORKDAYS, |d| d.limit),
            visits: self.visits,
            evaluation: self.evaluation,
            findings: self.finding_mask(),
        }
    }
}
