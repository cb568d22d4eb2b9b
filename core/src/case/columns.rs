//! Cases as columns — a year of a district's cases in one call, for analysts: one row per case,
//! dates as days since 1970-01-01 ([`NA`] for none), no event lists. Columns carry what the
//! timeliness rules read (receipt, supplement notices, acceptance, one paused interval, extension,
//! decision, delivery, visits, 好差评); the content findings need the events (`case.supervise`).

use super::assess::{assess, DeadlineKind};
use super::event::Grade;
use super::facts::Facts;
pub use super::facts::NA;
use super::messages::CaseText;
use super::stats::Row;
use crate::calendar::Calendar;
use crate::catalog::{Catalog, Matter};
use crate::error::{Error, ErrorCode, Result};

/// The columns of many cases; every slice has one entry per case.
#[derive(Debug, Clone, Copy)]
pub struct CaseColumns<'a> {
    /// The matters the cases refer to (codes), each once.
    pub matter_codes: &'a [&'a str],
    /// Each case's matter, as an index into `matter_codes`.
    pub matter: &'a [u32],
    /// 收件.
    pub received: &'a [i64],
    /// The first supplement notice ([`NA`]: none).
    pub first_supplement: &'a [i64],
    /// How many supplement notices.
    pub supplements: &'a [u32],
    /// 受理 ([`NA`]: not yet).
    pub accepted: &'a [i64],
    /// First day of a paused special step (a published step that stops the clock), or [`NA`].
    pub pause_from: &'a [i64],
    /// Its last day ([`NA`]: still running).
    pub pause_to: &'a [i64],
    /// Working days of approved extension.
    pub extension: &'a [u32],
    /// 决定 ([`NA`]: not yet).
    pub decided: &'a [i64],
    /// 送达 ([`NA`]: not yet).
    pub delivered: &'a [i64],
    /// Visits, a window receipt included.
    pub visits: &'a [u32],
    /// 好差评: 0 none, 1 非常满意 … 5 非常不满意 (the order of [`Grade::ALL`]).
    pub evaluation: &'a [u8],
}

/// The answer, one entry per case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnsOut {
    /// [`super::CaseStatus`] as its index in `CaseStatus::ALL`; 255 for a case that was refused
    /// (with `errors = coerce`).
    pub status: Vec<u8>,
    /// Acceptance in law (the receipt when deemed).
    pub accepted: Vec<i64>,
    /// Promised-limit due day.
    pub promised_due: Vec<i64>,
    /// Statutory-limit due day.
    pub statutory_due: Vec<i64>,
    /// Delivery due day.
    pub delivery_due: Vec<i64>,
    /// Handling working days.
    pub handling: Vec<i64>,
    /// 1 on time, 0 late, -1 undecided.
    pub on_time: Vec<i8>,
    /// Findings, as [`super::FindingKind::bit`]s.
    pub findings: Vec<u32>,
}

fn lengths(c: &CaseColumns<'_>) -> Result<usize> {
    let n = c.matter.len();
    let cols: [(&str, usize); 12] = [
        ("received", c.received.len()),
        ("first_supplement", c.first_supplement.len()),
        ("supplements", c.supplements.len()),
        ("accepted", c.accepted.len()),
        ("pause_from", c.pause_from.len()),
        ("pause_to", c.pause_to.len()),
        ("extension", c.extension.len()),
        ("decided", c.decided.len()),
        ("delivered", c.delivered.len()),
        ("visits", c.visits.len()),
        ("evaluation", c.evaluation.len()),
        ("matter", n),
    ];
    match cols.iter().find(|(_, len)| *len != n) {
        Some((name, len)) => Err(Error::new(
            ErrorCode::InputInvalidValue,
            CaseText::ColumnRows { name, len: *len, n }.message(),
        )
        .at(*name)),
        None => Ok(n),
    }
}

fn row_error(i: usize, column: &str, message: &str) -> Error {
    Error::new(ErrorCode::CaseInvalidEvents, message.to_string()).at(format!("{column}[{i}]"))
}

/// The facts of row `i`, checked as the events are (order, nothing after today).
fn facts_of(c: &CaseColumns<'_>, i: usize, today: i64) -> Result<Facts> {
    let received = c.received[i];
    if received == NA {
        return Err(row_error(
            i,
            "received",
            tr!("每件都须有收件日期", "every case has its receipt"),
        ));
    }
    let order = [
        ("first_supplement", c.first_supplement[i], received),
        (
            "accepted",
            c.accepted[i],
            received.max(c.first_supplement[i]),
        ),
        ("decided", c.decided[i], received.max(c.accepted[i])),
        ("delivered", c.delivered[i], c.decided[i]),
        ("pause_from", c.pause_from[i], received),
        ("pause_to", c.pause_to[i], c.pause_from[i]),
    ];
    for (name, day, not_before) in order {
        if day == NA {
            continue;
        }
        if not_before == NA && name != "first_supplement" {
            return Err(row_error(
                i,
                name,
                tr!(
                    "记录了日期，却没有其前一环节的日期",
                    "a day recorded without the one it follows"
                ),
            ));
        }
        if day < not_before || day > today {
            return Err(row_error(
                i,
                name,
                tr!(
                    "日期先后顺序不对，或晚于今天",
                    "a day out of order, or after today"
                ),
            ));
        }
    }
    if c.supplements[i] > 0 && c.first_supplement[i] == NA {
        return Err(row_error(
            i,
            "first_supplement",
            tr!(
                "有补正次数，却没有首次补正告知日期",
                "supplement notices counted without the first one's day"
            ),
        ));
    }
    if c.decided[i] != NA && c.accepted[i] == NA && c.supplements[i] > 0 {
        return Err(row_error(
            i,
            "accepted",
            tr!(
                "补正告知之后作出决定，须先受理",
                "a decision after a supplement notice needs the acceptance before it"
            ),
        ));
    }
    let mut pauses = Vec::new();
    let mut paused_now = false;
    if c.pause_from[i] != NA {
        let end = match (c.pause_to[i], c.decided[i]) {
            (NA, NA) => {
                paused_now = true;
                today
            }
            (NA, d) => d,
            (t, _) => t,
        };
        pauses.push((c.pause_from[i], end));
    }
    let evaluation = match c.evaluation[i] {
        0 => None,
        g => Some(*Grade::ALL.get(usize::from(g) - 1).ok_or_else(|| {
            row_error(
                i,
                "evaluation",
                tr!("评价等级为0（无）或1至5", "a grade is 0 (none) or 1 to 5"),
            )
        })?),
    };
    Ok(Facts {
        received,
        first_supplement: c.first_supplement[i],
        second_supplement: NA,
        supplements: c.supplements[i],
        supplied: 0,
        accepted: c.accepted[i],
        decided: c.decided[i],
        refused: false,
        delivered: c.delivered[i],
        extension: c.extension[i],
        pauses,
        paused_now,
        visits: c.visits[i],
        last_visit: NA,
        evaluation,
    })
}

/// Supervises every row on `today` (epoch days). A row that cannot have happened is an error
/// at its column and index, or, with `coerce`, status 255 and [`NA`] everywhere. With `rows`,
/// the figures' rows are handed out as they are made (for [`super::stats`]).
pub fn supervise_columns<'a>(
    catalog: &'a Catalog,
    cal: &Calendar,
    c: &CaseColumns<'_>,
    today: i64,
    coerce: bool,
    mut rows: Option<&mut dyn FnMut(&'a Matter, Row)>,
) -> Result<ColumnsOut> {
    let n = lengths(c)?;
    let mut matters = Vec::with_capacity(c.matter_codes.len());
    for (k, code) in c.matter_codes.iter().enumerate() {
        matters.push(catalog.require_matter(code, || format!("matter_codes[{k}]"))?);
    }
    let mut out = ColumnsOut {
        status: Vec::with_capacity(n),
        accepted: Vec::with_capacity(n),
        promised_due: Vec::with_capacity(n),
        statutory_due: Vec::with_capacity(n),
        delivery_due: Vec::with_capacity(n),
        handling: Vec::with_capacity(n),
        on_time: Vec::with_capacity(n),
        findings: Vec::with_capacity(n),
    };
    for i in 0..n {
        let Some(&matter) = matters.get(c.matter[i] as usize) else {
            let e = row_error(
                i,
                "matter",
                tr!(
                    "不是 matter_codes 的有效序号",
                    "not an index into matter_codes"
                ),
            );
            if coerce {
                out.refused();
                continue;
            }
            return Err(e);
        };
        let a = facts_of(c, i, today).and_then(|f| assess(cal, matter, &f, today, 0));
        let a = match a {
            Ok(a) => a,
            Err(e) if coerce => {
                let _ = e;
                out.refused();
                continue;
            }
            Err(e) => return Err(e),
        };
        let due = |k: DeadlineKind| a.deadline(k).map_or(NA, |d| d.due);
        out.status.push(a.status as u8);
        out.accepted.push(a.accepted);
        out.promised_due.push(due(DeadlineKind::PromisedDecision));
        out.statutory_due.push(due(DeadlineKind::StatutoryDecision));
        out.delivery_due.push(due(DeadlineKind::Delivery));
        out.handling.push(a.handling_workdays);
        out.on_time.push(a.on_time().map_or(-1, i8::from));
        out.findings.push(a.finding_mask());
        if let Some(f) = rows.as_mut() {
            f(matter, a.row());
        }
    }
    Ok(out)
}

impl ColumnsOut {
    fn refused(&mut self) {
        self.status.push(u8::MAX);
        for v in [
            &mut self.accepted,
            &mut self.promised_due,
            &mut self.statutory_due,
            &mut self.delivery_due,
            &mut self.handling,
        ] {
            v.push(NA);
        }
        self.on_time.push(-1);
        self.findings.push(0);
    }
}
