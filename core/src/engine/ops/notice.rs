//! `calendar.parse_notice` — the State Council's holiday notice, pasted as published, read into
//! the days it sets, a year file the engine loads, the statutory check, and what it changes against
//! the projection the engine used before it appeared.

use super::calendar::StatutoryOut;
use crate::calendar::messages::{Listed, YearMsg};
use crate::calendar::notice::{parse as parse_text, year_file, Holiday};
use crate::calendar::statutory;
use crate::calendar::{check_year_file, YearFile};
use crate::date::{ymd, ymd_vec};
use crate::engine::{Engine, Reply};
use crate::error::Result;
use crate::lang::zh_date;
use crate::reason::Reason;
use crate::wire::parse;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "ParseNoticeIn"))]
struct In {
    text: String,
    #[serde(default)]
    year: Option<i32>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct SourceOut {
    title: Option<String>,
    number: Option<String>,
    #[serde(with = "crate::date::ymd_opt")]
    date: Option<NaiveDate>,
}

/// A day the notice sets otherwise than the projection (weekends and the statutory days alone).
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Change {
    #[serde(with = "ymd")]
    date: NaiveDate,
    /// A working day by the notice.
    workday: bool,
    /// A working day by the projection.
    projected_workday: bool,
    holiday: String,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "ParsedNotice"))]
struct Out {
    year: i32,
    source: SourceOut,
    #[serde(serialize_with = "ymd_vec")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::date::ymd>"))]
    days_off: Vec<NaiveDate>,
    #[serde(serialize_with = "ymd_vec")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::date::ymd>"))]
    workdays: Vec<NaiveDate>,
    holidays: Vec<Holiday>,
    year_files: Vec<Value>,
    complete: bool,
    statutory: Vec<StatutoryOut>,
    working_days: u32,
    changes: Vec<Change>,
    reasons: Vec<Reason>,
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

pub fn parse_notice<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: In = parse(input)?;
    let n = parse_text(&i.text, i.year)?;
    let file = year_file(&n);
    // The year file goes through the loader's own checks: plausibility refuses, completeness is
    // reported.
    let f = YearFile::from_value(&file).map_err(|e| e.within("text"))?;
    let check = check_year_file(&f).map_err(|e| e.within("text"))?;
    let year = n.year;
    let days_off = n.days_off();
    let workdays = n.workdays();
    let statutory_days: Vec<NaiveDate> = statutory::days(year)
        .unwrap_or_default()
        .into_iter()
        .map(|d| d.date)
        .collect();
    let name_of = |d: NaiveDate, work: bool| -> String {
        n.holidays
            .iter()
            .find(|h| {
                if work {
                    h.workdays.contains(&d)
                } else {
                    h.days_off.contains(&d)
                }
            })
            .map_or(String::new(), |h| h.name.clone())
    };
    let mut changes = Vec::new();
    for d in days_off.iter().chain(&workdays).copied() {
        if d.year() != year {
            continue;
        }
        let workday = workdays.binary_search(&d).is_ok();
        let projected_workday = !is_weekend(d) && statutory_days.binary_search(&d).is_err();
        if workday != projected_workday {
            changes.push(Change {
                date: d,
                workday,
                projected_workday,
                holiday: name_of(d, workday),
            });
        }
    }
    changes.sort_by_key(|c| c.date);
    let complete = check.complete() && !check.statutory.is_empty();
    let mut reasons = vec![match &n.heading.title {
        Some(_) => YearMsg::NoticeRead {
            year,
            items: n.holidays.len(),
        },
        None => YearMsg::NoticeReadUntitled {
            year,
            items: n.holidays.len(),
        },
    }
    .reason()];
    let missing: Vec<String> = check
        .statutory
        .iter()
        .filter(|(_, present)| !present)
        .map(|(d, _)| format!("{}{}（{}）", d.holiday, d.day, zh_date(d.date)))
        .collect();
    if !missing.is_empty() {
        reasons.push(
            YearMsg::MissingHolidays {
                missing: Listed(&missing),
            }
            .reason(),
        );
    } else if complete {
        reasons.push(YearMsg::CompleteNotice { year }.reason());
    }
    reasons.push(
        YearMsg::ProjectionChanges {
            year,
            days: changes.len(),
        }
        .reason(),
    );
    Reply::typed(Out {
        year,
        source: SourceOut {
            title: n.heading.title.clone(),
            number: n.heading.number.clone(),
            date: n.heading.date,
        },
        days_off,
        workdays,
        holidays: n.holidays.clone(),
        year_files: vec![file],
        complete,
        statutory: check
            .statutory
            .iter()
            .map(|(d, present)| StatutoryOut {
                holiday: d.holiday,
                day: d.day,
                date: d.date,
                present: *present,
            })
            .collect(),
        working_days: check.working_days,
        changes,
        reasons,
    })
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[op::<In, Out>("calendar.parse_notice")]
};
