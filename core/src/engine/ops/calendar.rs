//! `calendar.*` operations (SPEC §1).

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
#[serde(deny_unknown_fields)]
struct CheckYearIn {
    file: Value,
}

/// A statutory day off of the year and whether the year's data gives it as a day off.
#[derive(Serialize)]
pub(super) struct StatutoryOut {
    pub(super) holiday: &'static str,
    pub(super) day: &'static str,
    #[serde(with = "ymd")]
    pub(super) date: NaiveDate,
    pub(super) present: bool,
}

#[derive(Serialize)]
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
            reasons.push(Reason::new(
                "calendar.missing_holiday",
                msg!(
                    format!(
                        "{}{}（{}）在文件中未列为放假日",
                        d.holiday,
                        d.day,
                        crate::lang::zh_date(d.date)
                    ),
                    format!(
                        "{} {} ({}) is not a day off in the file",
                        d.holiday, d.day, d.date
                    )
                ),
                Law::CITATION,
            ));
        }
    }
    if law.is_none() || c.statutory.is_empty() {
        reasons.push(Reason::new(
            "calendar.statutory_unknown",
            msg!(
                format!(
                    "未核对{}年的法定节假日（可核对2008年至{}年）",
                    c.year,
                    crate::calendar::statutory::last_year()
                ),
                format!(
                    "the statutory holidays of {} are not checked (2008 to {})",
                    c.year,
                    crate::calendar::statutory::last_year()
                )
            ),
            Law::CITATION,
        ));
    } else if reasons.is_empty() {
        reasons.push(Reason::new(
            "calendar.complete_year",
            msg!(
                format!(
                    "{}年《全国年节及纪念日放假办法》（{}）规定的法定节假日均已列为放假日",
                    c.year,
                    law.map_or("", Law::decree)
                ),
                format!(
                    "every statutory holiday of {} under 全国年节及纪念日放假办法 ({}) is a day off",
                    c.year,
                    law.map_or("", Law::decree)
                )
            ),
            Law::CITATION,
        ));
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
struct Range {
    #[serde(with = "ymd")]
    from: NaiveDate,
    #[serde(with = "ymd")]
    to: NaiveDate,
}

#[derive(Serialize)]
struct CoverageYear<'a> {
    year: i32,
    source: &'a crate::calendar::YearSource,
}

#[derive(Serialize)]
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
    let mut reasons = vec![Reason::new(
        "calendar.official_range",
        msg!(
            format!(
                "{}至{}为官方公布的节假日安排",
                crate::lang::zh_date(from),
                crate::lang::zh_date(official_end)
            ),
            format!("official arrangements from {from} to {official_end}")
        ),
        crate::reason::Citation::new(crate::reason::doc::PRC_LICENSING_LAW, "第八十二条"),
    )];
    if let Some(p) = &projected {
        reasons.push(Reason::new(
            "calendar.provisional",
            msg!(
                format!(
                    "{}至{}：仅按休息日和《全国年节及纪念日放假办法》规定的法定节假日推算，不含调休——暂定",
                    crate::lang::zh_date(p.from),
                    crate::lang::zh_date(p.to)
                ),
                format!(
                    "from {} to {}: weekends and the statutory holidays of 全国年节及纪念日放假办法 only, without 调休 — provisional (暂定)",
                    p.from, p.to
                )
            ),
            Law::CITATION,
        ));
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
