//! The calendar data format (same shape as `data/cn-mainland-calendar.json`) and its checks.
//!
//! The State Council announces each year's holidays (国务院办公厅关于部分节假日安排的通知) in
//! November; hosts add the new year through the engine configuration without a new release.
//! Data is checked hard on load: a wrong holiday list would shift every deadline after it.

use super::messages::{DataText, Listed};
use crate::error::{Error, ErrorCode, Result};
use crate::lang::zh_date;
use crate::message::Named;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A calendar file: a name and, per year, the days off and the adjusted working days.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CalendarData {
    /// Calendar name, e.g. `cn-mainland`.
    pub calendar: String,
    /// Free text about the data's source.
    #[serde(default)]
    pub description: Option<String>,
    /// Where the data comes from (free text).
    #[serde(default)]
    pub source: Option<String>,
    /// In an engine configuration: `true` replaces the embedded calendar instead of adding years.
    #[serde(default)]
    pub replace: bool,
    /// Years by their four-digit number.
    pub years: BTreeMap<String, YearData>,
}

/// One year of official arrangements.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct YearData {
    /// The notice the year's arrangement comes from; answers that depend on the year cite it.
    #[serde(default)]
    pub source: Option<YearSource>,
    /// Number of working days in the year, when the source states it; checked against the lists.
    #[serde(default)]
    pub working_days_in_year: Option<u32>,
    /// 放假日 — days off, including weekend days inside a holiday block.
    pub days_off: Vec<DayOff>,
    /// 调休上班日 — weekend days declared working days.
    pub workdays: Vec<AdjustedDay>,
}

/// 国务院办公厅关于部分节假日安排的通知 — the notice that sets one year's arrangement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct YearSource {
    /// Title, e.g. 国务院办公厅关于2027年部分节假日安排的通知; `None` when the data does not say
    /// (holiday-cn's files name the notice's address, not its title): none is made up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 文号, e.g. 国办发明电〔2026〕N号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Issuer (国务院办公厅).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Day of issue.
    #[serde(
        default,
        with = "crate::date::ymd_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<NaiveDate>,
    /// Where it is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A day off with the holiday it belongs to.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DayOff {
    /// The day.
    #[serde(with = "crate::date::ymd")]
    pub date: NaiveDate,
    /// Holiday name, e.g. 春节.
    pub holiday: String,
}

/// A weekend day declared a working day, with the holiday it makes up for.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AdjustedDay {
    /// The day.
    #[serde(with = "crate::date::ymd")]
    pub date: NaiveDate,
    /// The holiday the day is worked for.
    #[serde(rename = "for")]
    pub for_holiday: String,
}

/// The name of the mainland calendar, whose years the statutory check applies to.
pub const CN_MAINLAND: &str = "cn-mainland";

/// What a single day is, before tables are built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark<'a> {
    Off(&'a str),
    Work(&'a str),
}

/// Checked content of one year: its number and its marked days.
pub(crate) struct CheckedYear<'a> {
    pub year: i32,
    pub marks: Vec<(NaiveDate, Mark<'a>)>,
}

impl CalendarData {
    /// Parses calendar JSON text, with the path of any bad field.
    pub fn from_json(text: &str) -> Result<CalendarData> {
        let v: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            Error::new(
                ErrorCode::CalendarInvalidData,
                DataText::NotJson {
                    error: e.to_string(),
                }
                .message(),
            )
        })?;
        crate::wire::parse::<CalendarData>(&v).map_err(|e| {
            Error::new(ErrorCode::CalendarInvalidData, e.message()).at(e.path().unwrap_or(""))
        })
    }

    /// Checks every year and returns them in order; errors carry the path inside this data
    /// (`years.2027.days_off[3].date`). A `cn-mainland` year must also hold every statutory
    /// holiday of 全国年节及纪念日放假办法 (`calendar.incomplete_year`).
    pub(crate) fn check(&self) -> Result<Vec<CheckedYear<'_>>> {
        let mut out = Vec::with_capacity(self.years.len());
        for (key, y) in &self.years {
            let at = format!("years.{key}");
            let year = parse_year(key)
                .ok_or_else(|| invalid(DataText::BadYearKey { key }.message()).at(&at))?;
            let checked = check_year(year, y, &at)?;
            if self.calendar == CN_MAINLAND {
                require_statutory(&checked, &at)?;
            }
            out.push(checked);
        }
        if out.is_empty() {
            return Err(invalid("calendar data has no years").at("years"));
        }
        Ok(out)
    }
}

fn parse_year(key: &str) -> Option<i32> {
    if key.len() != 4 || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = key.parse().ok()?;
    (1900..=2199).contains(&y).then_some(y)
}

fn invalid(msg: impl Into<std::borrow::Cow<'static, str>>) -> Error {
    let msg: std::borrow::Cow<'static, str> = msg.into();
    Error::new(ErrorCode::CalendarInvalidData, msg.into_owned())
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

pub(crate) fn check_year<'a>(year: i32, y: &'a YearData, at: &str) -> Result<CheckedYear<'a>> {
    plausible(year, y, at)?;
    let mut marks: BTreeMap<NaiveDate, (Mark<'a>, String)> = BTreeMap::new();
    for (i, d) in y.days_off.iter().enumerate() {
        let here = format!("{at}.days_off[{i}]");
        if d.date.year() != year {
            return Err(
                invalid(DataText::NotInYear { date: d.date, year }.message())
                    .at(format!("{here}.date")),
            );
        }
        if d.holiday.trim().is_empty() {
            return Err(invalid(DataText::HolidayEmpty.message()).at(format!("{here}.holiday")));
        }
        if let Some((_, first)) = marks.insert(d.date, (Mark::Off(&d.holiday), here.clone())) {
            return Err(invalid(
                DataText::Twice {
                    date: d.date,
                    first: &first,
                }
                .message(),
            )
            .at(format!("{here}.date")));
        }
    }
    for (i, d) in y.workdays.iter().enumerate() {
        let here = format!("{at}.workdays[{i}]");
        if d.date.year() != year {
            return Err(
                invalid(DataText::NotInYear { date: d.date, year }.message())
                    .at(format!("{here}.date")),
            );
        }
        if !is_weekend(d.date) {
            return Err(invalid(DataText::WeekdayWorkday { date: d.date }.message())
                .at(format!("{here}.date")));
        }
        if let Some((_, first)) = marks.insert(d.date, (Mark::Work(&d.for_holiday), here.clone())) {
            return Err(invalid(
                DataText::Twice {
                    date: d.date,
                    first: &first,
                }
                .message(),
            )
            .at(format!("{here}.date")));
        }
    }
    if let Some(expected) = y.working_days_in_year {
        let (first, last) = year_bounds(year);
        let count = first
            .iter_days()
            .take_while(|d| *d <= last)
            .filter(|d| match marks.get(d) {
                Some((Mark::Off(_), _)) => false,
                Some((Mark::Work(_), _)) => true,
                None => !is_weekend(*d),
            })
            .count();
        let count = u32::try_from(count).unwrap_or(u32::MAX);
        if count != expected {
            return Err(invalid(
                DataText::WorkingDays {
                    year,
                    count,
                    expected,
                }
                .message(),
            )
            .at(format!("{at}.working_days_in_year")));
        }
    }
    Ok(CheckedYear {
        year,
        marks: marks.into_iter().map(|(d, (m, _))| (d, m)).collect(),
    })
}

/// The most a real year has had, with room to spare: the notices 2004–2026 set at most 33 days
/// off (2026), 23 of them Monday to Friday (2013), and 12 调休 working days (2013). A year past
/// 40, 25 and 16 is a mistake in the data (a list of every day, a year pasted twice), not a
/// holiday arrangement.
pub const MAX_DAYS_OFF: usize = 40;
/// See [`MAX_DAYS_OFF`].
pub const MAX_WEEKDAYS_OFF: usize = 25;
/// See [`MAX_DAYS_OFF`].
pub const MAX_ADJUSTED_WORKDAYS: usize = 16;

/// Refuses a year beyond what any notice has set (`calendar.implausible_year`), naming the figure.
fn plausible(year: i32, y: &YearData, at: &str) -> Result<()> {
    let weekdays = y.days_off.iter().filter(|d| !is_weekend(d.date)).count();
    let figures = [
        (
            y.days_off.len(),
            MAX_DAYS_OFF,
            "days_off",
            "放假日",
            "days off",
        ),
        (
            weekdays,
            MAX_WEEKDAYS_OFF,
            "days_off",
            "周一至周五的放假日",
            "weekday days off",
        ),
        (
            y.workdays.len(),
            MAX_ADJUSTED_WORKDAYS,
            "workdays",
            "调休上班日",
            "adjusted working days",
        ),
    ];
    for (n, max, field, zh, en) in figures {
        if n > max {
            return Err(Error::new(
                ErrorCode::CalendarImplausibleYear,
                DataText::Implausible {
                    year,
                    n,
                    what: Named(zh, en),
                    max,
                }
                .message(),
            )
            .at(format!("{at}.{field}")));
        }
    }
    Ok(())
}

/// The statutory days off (全国年节及纪念日放假办法 第二条) that a year's lists do not give as days
/// off. Empty for a complete year, and for years the law or the table does not cover.
pub(crate) fn missing_statutory(year: &CheckedYear<'_>) -> Vec<super::statutory::StatutoryDay> {
    let Ok(days) = super::statutory::days(year.year) else {
        return Vec::new();
    };
    days.into_iter()
        .filter(|d| {
            year.marks
                .binary_search_by_key(&d.date, |(date, _)| *date)
                .map_or(true, |i| !matches!(year.marks[i].1, Mark::Off(_)))
        })
        .collect()
}

/// Refuses a year that lacks a statutory holiday, naming every one it lacks.
pub(crate) fn require_statutory(year: &CheckedYear<'_>, at: &str) -> Result<()> {
    let missing = missing_statutory(year);
    if missing.is_empty() {
        return Ok(());
    }
    let named: Vec<String> = missing
        .iter()
        .map(|d| format!("{}{}（{}）", d.holiday, d.day, zh_date(d.date)))
        .collect();
    Err(Error::new(
        ErrorCode::CalendarIncompleteYear,
        DataText::Incomplete {
            year: year.year,
            missing: Listed(&named),
        }
        .message(),
    )
    .at(at))
}

/// First and last day of a year in the supported range.
pub(crate) fn year_bounds(year: i32) -> (NaiveDate, NaiveDate) {
    // parse_year keeps years within 1900..=2199, where both dates exist.
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MIN);
    (first, last)
}
