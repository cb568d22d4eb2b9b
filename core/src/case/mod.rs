//! 办件电子监察 — a case (办件) of a catalog matter, recorded as dated events, supervised for
//! timeliness, process legality, content and fees, and evaluated with its department's other
//! cases (综合考评).
//!
//! The platform supervises every case electronically (`tj-2018-onenet` 第三十四条: 时效性、流程合法性、
//! 内容规范性, by 时限、流程、内容、裁量(收费)), keeps its trail and raises alerts before and after each
//! limit (`baodi-2018` 三(四) "过程留痕、自动预警"), and evaluates departments on the records
//! (`tj-2018-onenet` 第二十三条; 好差评, `tj-2022-onething` 四(四)).
//!
//! A case is data: `{"matter": code, "events": [{"type", "on", …}]}`. [`supervise`] replays the
//! events with time as an argument — a pure function, so a stored case is checked again on every
//! call (events in date order, one receipt first, a decision after acceptance, …) and gives the
//! same answer whenever it is replayed. The limits come from the published matter:
//! - supplement notice: 5 working days from receipt, or the application counts as accepted on
//!   receipt (`prc-licensing-law` 第三十二条; days of that law are working days, 第八十二条);
//! - decision: the promised limit (`tj-2018-disclosure` 第十四条) and the statutory one (20 working
//!   days where the law is silent, plus an approved extension, `prc-licensing-law` 第四十二条), both
//!   from acceptance, without the days of the published special steps that stop the clock
//!   (听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审: 第十四条, `prc-licensing-law` 第四十五条);
//! - delivery: 10 working days from the decision (`prc-licensing-law` 第四十四条).

mod assess;
mod columns;
mod event;
mod facts;
mod finding;
pub mod messages;
#[cfg(feature = "schema")]
mod schema;
mod stats;

pub use assess::{assess, Alert, AlertLevel, Assessment, CaseStatus, DeadlineKind, DueDate};
pub use columns::{supervise_columns, CaseColumns, ColumnsOut, NA};
pub use event::{Case, Channel, Decision, Event, Grade};
pub use facts::Facts;
pub use finding::{Finding, FindingKind};
pub use stats::{stats, Figures, Row, Stats};

use crate::calendar::Calendar;
use crate::catalog::Catalog;
use crate::error::Result;
use chrono::NaiveDate;

/// Supervises one case on `today`: replays its events (refused as `case.invalid_events` with the
/// event's path, `events[3]`, when they cannot have happened), then works out its deadlines, alerts and
/// findings against the published matter. `alert_workdays`: how many working days ahead a limit
/// raises an `approaching` alert.
pub fn supervise<'a>(
    catalog: &'a Catalog,
    cal: &Calendar,
    case: &Case,
    today: NaiveDate,
    alert_workdays: u32,
) -> Result<Assessment<'a>> {
    let matter = catalog.require_matter(&case.matter, || "matter".into())?;
    let today = crate::date::to_epoch_days(today);
    let facts = Facts::replay(case, matter, today)?;
    let mut a = assess(cal, matter, &facts, today, alert_workdays)?;
    a.id.clone_from(&case.id);
    finding::content_findings(catalog, matter, case, &mut a.findings);
    a.sort_findings();
    Ok(a)
}

#[cfg(test)]
mod tests;
