//! `calendar.*` operations (SPEC §1).

use crate::calendar::messages::YearMsg;
use crate::calendar::statutory::Law;
use crate::calendar::{check_year_file, Pause, Period, YearFile};
use crate::date::ymd;
use crate::engine::Engine;
use crate::engine::Reply;
use crate::error::Result;
use crate::reason::Reason;
use crate::wire::parse;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct DayIn {
    #[serde(with = "ymd")]
    date: NaiveDate,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct DayOut<'a> {
    #[serde(with = "ymd")]
    date: NaiveDate,
    workday: bool,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    holiday: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    adjusted_for: Option<&'a str>,
    weekday: u32,
    #[serde(skip_serializing_if = "is_false")]
    provisional: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    reasons: Vec<Reason>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

pub fn day<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: DayIn = parse(input)?;
    let d = e.calendar().day(i.date).map_err(|x| x.at("date"))?;
    let (provisional, reasons) = e.calendar().provenance(i.date, i.date);
    Reply::typed(DayOut {
        provisional,
        reasons,
        date: d.date,
        workday: d.kind.is_workday(),
        kind: d.kind.name(),
        holiday: d.holiday,
        adjusted_for: d.adjusted_for,
        weekday: d.date.weekday().number_from_monday(),
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct AddIn {
    #[serde(with = "ymd")]
    date: NaiveDate,
    days: i64,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct DateOut {
    #[serde(with = "ymd")]
    date: NaiveDate,
    #[serde(skip_serializing_if = "is_false")]
    provisional: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    reasons: Vec<Reason>,
}

pub fn add_workdays<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: AddIn = parse(input)?;
    let cal = e.calendar();
    cal.day(i.date).map_err(|x| x.at("date"))?;
    let d = cal.add_workdays(i.date, i.days).map_err(|x| x.at("days"))?;
    let (provisional, reasons) = cal.provenance(i.date, d);
    Reply::typed(DateOut {
        date: d,
        provisional,
        reasons,
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct BetweenIn {
    #[serde(with = "ymd")]
    from: NaiveDate,
    #[serde(with = "ymd")]
    to: NaiveDate,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct DaysOut {
    days: i64,
    #[serde(skip_serializing_if = "is_false")]
    provisional: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    reasons: Vec<Reason>,
}

pub fn workdays_between<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: BetweenIn = parse(input)?;
    let cal = e.calendar();
    cal.day(i.from).map_err(|x| x.at("from"))?;
    cal.day(i.to).map_err(|x| x.at("to"))?;
    let n = cal.workdays_between(i.from, i.to)?;
    let (provisional, reasons) = cal.provenance(i.from, i.to);
    Reply::typed(DaysOut {
        days: n,
        provisional,
        reasons,
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct DeadlineIn {
    #[serde(with = "ymd")]
    start: NaiveDate,
    period: Period,
    #[serde(default)]
    pauses: Vec<Pause>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct DeadlineOut {
    #[serde(with = "ymd")]
    start: NaiveDate,
    period: Period,
    #[serde(with = "ymd")]
    due: NaiveDate,
    paused_days: u32,
    #[serde(skip_serializing_if = "Option::is_none", with = "crate::date::ymd_opt")]
    rolled_from: Option<NaiveDate>,
    #[serde(skip_serializing_if = "is_false")]
    provisional: bool,
    reasons: Vec<Reason>,
}

pub fn deadline<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: DeadlineIn = parse(input)?;
    e.calendar().day(i.start).map_err(|x| x.at("start"))?;
    let d = e
        .calendar()
        .deadline(i.start, i.period, &i.pauses)
        .map_err(|x| {
            if x.path().is_some() {
                x
            } else {
                x.at("period")
            }
        })?;
    let (provisional, more) = e.calendar().provenance(i.start, d.due);
    let mut reasons = d.reasons;
    reasons.extend(more);
    Reply::typed(DeadlineOut {
        start: i.start,
        period: i.period,
        due: d.due,
        paused_days: d.paused_days,
        rolled_from: d.rolled_from,
        provisional,
        reasons,
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct CheckYearIn {
    file: Value,
}

/// A statutory day off of the year and whether the year's data gives it as a day off.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub(super) struct StatutoryOut {
    pub(super) holiday: &'static str,
    pub(super) day: &'static str,
    #[serde(with = "ymd")]
    pub(super) date: NaiveDate,
    pub(super) present: bool,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct CheckYearOut {
    year: i32,
    complete: bool,
    working_days: u32,
    statutory: Vec<StatutoryOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<crate::calendar::YearSource>,
    reasons: Vec<Reason>,
}

/// `calendar.check_year {file}`: a year file (zhengwu's or holiday-cn's shape) checked as on
/// load, and every statutory holiday of the year present or not.
pub fn check_year<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: CheckYearIn = parse(input)?;
    let f = YearFile::from_value(&i.file).map_err(|x| x.within("file"))?;
    let c = check_year_file(&f)?;
    let law = Law::in_force(c.year);
    let mut reasons = Vec::new();
    for (d, present) in &c.statutory {
        if !present {
            reasons.push(
                YearMsg::MissingHoliday {
                    holiday: d.holiday,
                    day: d.day,
                    date: d.date,
                }
                .reason(),
            );
        }
    }
    if law.is_none() || c.statutory.is_empty() {
        reasons.push(
            YearMsg::StatutoryUnknown {
                year: c.year,
                last: crate::calendar::statutory::last_year(),
            }
            .reason(),
        );
    } else if reasons.is_empty() {
        reasons.push(
            YearMsg::CompleteYear {
                year: c.year,
                law: law.map_or("", Law::decree),
            }
            .reason(),
        );
    }
    Reply::typed(CheckYearOut {
        year: c.year,
        complete: c.complete() && !c.statutory.is_empty(),
        working_days: c.working_days,
        statutory: c
            .statutory
            .iter()
            .map(|(d, present)| StatutoryOut {
                holiday: d.holiday,
                day: d.day,
                date: d.date,
                present: *present,
            })
            .collect(),
        source: f.data.source,
        reasons,
    })
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Range {
    #[serde(with = "ymd")]
    from: NaiveDate,
    #[serde(with = "ymd")]
    to: NaiveDate,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct CoverageYear<'a> {
    year: i32,
    source: &'a crate::calendar::YearSource,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct CoverageOut<'a> {
    calendar: &'a str,
    official: Range,
    #[serde(skip_serializing_if = "Option::is_none")]
    projected: Option<Range>,
    sources: Vec<CoverageYear<'a>>,
    reasons: Vec<Reason>,
}

/// `calendar.coverage {}`: the official range, the projected range and each loaded year's notice.
pub fn coverage<'a>(e: &'a Engine, _: &'a Value) -> Result<Reply<'a>> {
    let cal = e.calendar();
    let (from, to) = cal.range();
    let official_end = cal.official_end();
    let projected = (to > official_end).then(|| Range {
        from: official_end.succ_opt().unwrap_or(official_end),
        to,
    });
    let mut reasons = vec![YearMsg::OfficialRange {
        from,
        to: official_end,
    }
    .reason()];
    if let Some(p) = &projected {
        reasons.push(
            YearMsg::ProvisionalRange {
                from: p.from,
                to: p.to,
            }
            .reason(),
        );
    }
    Reply::typed(CoverageOut {
        calendar: cal.name(),
        official: Range {
            from,
            to: official_end,
        },
        projected,
        sources: cal
            .sources()
            .iter()
            .map(|(year, source)| CoverageYear {
                year: *year,
                source,
            })
            .collect(),
        reasons,
    })
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[
        op::<DayIn, DayOut<'static>>("calendar.day"),
        op::<AddIn, DateOut>("calendar.add_workdays"),
        op::<BetweenIn, DaysOut>("calendar.workdays_between"),
        op::<DeadlineIn, DeadlineOut>("calendar.deadline"),
        op::<CheckYearIn, CheckYearOut>("calendar.check_year"),
        op::<super::meta::Empty, CoverageOut<'static>>("calendar.coverage"),
    ]
};
