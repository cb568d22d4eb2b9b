//! `calendar.*` operations (SPEC §1).

use crate::calendar::{Pause, Period};
use crate::date::ymd;
use crate::engine::input::parse;
use crate::engine::Engine;
use crate::engine::Reply;
use crate::error::Result;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DayIn {
    #[serde(with = "ymd")]
    date: NaiveDate,
}

#[derive(Serialize)]
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
}

pub fn day<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: DayIn = parse(input)?;
    let d = e.calendar().day(i.date).map_err(|x| x.at("date"))?;
    Reply::typed(DayOut {
        date: d.date,
        workday: d.kind.is_workday(),
        kind: d.kind.name(),
        holiday: d.holiday,
        adjusted_for: d.adjusted_for,
        weekday: d.date.weekday().number_from_monday(),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AddIn {
    #[serde(with = "ymd")]
    date: NaiveDate,
    days: i64,
}

#[derive(Serialize)]
struct DateOut {
    #[serde(with = "ymd")]
    date: NaiveDate,
}

pub fn add_workdays<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: AddIn = parse(input)?;
    let cal = e.calendar();
    cal.day(i.date).map_err(|x| x.at("date"))?;
    let d = cal.add_workdays(i.date, i.days).map_err(|x| x.at("days"))?;
    Reply::typed(DateOut { date: d })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BetweenIn {
    #[serde(with = "ymd")]
    from: NaiveDate,
    #[serde(with = "ymd")]
    to: NaiveDate,
}

#[derive(Serialize)]
struct DaysOut {
    days: i64,
}

pub fn workdays_between<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: BetweenIn = parse(input)?;
    let cal = e.calendar();
    cal.day(i.from).map_err(|x| x.at("from"))?;
    cal.day(i.to).map_err(|x| x.at("to"))?;
    let n = cal.workdays_between(i.from, i.to)?;
    Reply::typed(DaysOut { days: n })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineIn {
    #[serde(with = "ymd")]
    start: NaiveDate,
    period: Period,
    #[serde(default)]
    pauses: Vec<Pause>,
}

#[derive(Serialize)]
struct DeadlineOut {
    #[serde(with = "ymd")]
    start: NaiveDate,
    period: Period,
    #[serde(with = "ymd")]
    due: NaiveDate,
    paused_days: u32,
    #[serde(skip_serializing_if = "Option::is_none", with = "crate::date::ymd_opt")]
    rolled_from: Option<NaiveDate>,
    reasons: Vec<crate::reason::Reason>,
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
    Reply::typed(DeadlineOut {
        start: i.start,
        period: i.period,
        due: d.due,
        paused_days: d.paused_days,
        rolled_from: d.rolled_from,
        reasons: d.reasons,
    })
}
