//! One year's arrangement as a host loads it the day the notice is published, in either of two
//! shapes:
//!
//! - zhengwu's: `{"year": 2027, "source"?: {"title", "number"?, "issuer"?, "date"?, "url"?},
//!   "days_off": [{"date", "holiday"}], "workdays": [{"date", "for"}], "working_days_in_year"?}`;
//! - holiday-cn's (the widely used community data): `{"year": 2027, "papers": [url…],
//!   "days": [{"name", "date", "isOffDay"}]}` — the notice's address is the first paper; its
//!   title is not in the file, and none is made up.
//!
//! A notice may settle days of the year before (2019's moved 2018-12-29…31): such days are kept
//! apart and added to that year when the calendar is built.

use super::data::{
    check_year, missing_statutory, require_statutory, year_bounds, AdjustedDay, CalendarData,
    DayOff, Mark, YearData, YearSource, CN_MAINLAND,
};
use super::messages::CalendarText;
use super::statutory::StatutoryDay;
use crate::error::{Error, ErrorCode, Result};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Deserialize;
use serde_json::Value;

/// A parsed year file: the year, its data, and days it settles in other years.
#[derive(Debug, Clone)]
pub struct YearFile {
    /// The year.
    pub year: i32,
    /// Its days off and adjusted working days (only days of this year).
    pub data: YearData,
    /// Days of another year the notice settles: (date, off?, holiday).
    pub other_years: Vec<(NaiveDate, bool, String)>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct Own {
    year: i32,
    #[serde(default)]
    source: Option<YearSource>,
    #[serde(default)]
    working_days_in_year: Option<u32>,
    days_off: Vec<DayOff>,
    workdays: Vec<AdjustedDay>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct HolidayCn {
    year: i32,
    #[serde(default)]
    papers: Vec<String>,
    days: Vec<HolidayCnDay>,
    #[serde(default, rename = "$schema")]
    _schema: Option<String>,
    #[serde(default, rename = "$id")]
    _id: Option<String>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct HolidayCnDay {
    name: String,
    #[serde(with = "crate::date::ymd")]
    date: NaiveDate,
    #[serde(rename = "isOffDay")]
    is_off_day: bool,
}

fn invalid(e: Error) -> Error {
    Error::new(ErrorCode::CalendarInvalidData, e.message()).at(e.path().unwrap_or(""))
}

impl YearFile {
    /// Reads a year file in either shape (holiday-cn's is recognised by its `days` list).
    pub fn from_value(v: &Value) -> Result<YearFile> {
        if v.get("days").is_some() {
            let h: HolidayCn = crate::wire::parse(v).map_err(invalid)?;
            return Ok(from_holiday_cn(h));
        }
        let o: Own = crate::wire::parse(v).map_err(invalid)?;
        let (days_off, other_off): (Vec<_>, Vec<_>) = o
            .days_off
            .into_iter()
            .partition(|d| d.date.year() == o.year);
        let (workdays, other_work): (Vec<_>, Vec<_>) = o
            .workdays
            .into_iter()
            .partition(|d| d.date.year() == o.year);
        let mut other_years: Vec<(NaiveDate, bool, String)> = other_off
            .into_iter()
            .map(|d| (d.date, true, d.holiday))
            .collect();
        other_years.extend(
            other_work
                .into_iter()
                .map(|d| (d.date, false, d.for_holiday)),
        );
        Ok(YearFile {
            year: o.year,
            data: YearData {
                source: o.source,
                working_days_in_year: o.working_days_in_year,
                days_off,
                workdays,
            },
            other_years,
        })
    }
}

fn from_holiday_cn(h: HolidayCn) -> YearFile {
    let mut data = YearData {
        source: Some(YearSource {
            title: None,
            number: None,
            issuer: None,
            date: None,
            url: h.papers.into_iter().next(),
        }),
        working_days_in_year: None,
        days_off: Vec::new(),
        workdays: Vec::new(),
    };
    let mut other_years = Vec::new();
    for d in h.days {
        if d.date.year() != h.year {
            other_years.push((d.date, d.is_off_day, d.name));
        } else if d.is_off_day {
            data.days_off.push(DayOff {
                date: d.date,
                holiday: d.name,
            });
        } else {
            data.workdays.push(AdjustedDay {
                date: d.date,
                for_holiday: d.name,
            });
        }
    }
    YearFile {
        year: h.year,
        data,
        other_years,
    }
}

/// `base` with the year files added (a year present in both is taken from the file), each file
/// checked on its own first so that errors point at it (`calendar_years[i]…`). Days a notice
/// settles in the year before are added to that year; a weekend day off of a year without data
/// needs no record, anything else there is refused.
pub fn with_year_files(base: &CalendarData, files: &[YearFile]) -> Result<CalendarData> {
    let mut merged = base.clone();
    for (i, f) in files.iter().enumerate() {
        let at = format!("calendar_years[{i}]");
        let checked = check_year(f.year, &f.data, &at)?;
        if merged.calendar == CN_MAINLAND {
            require_statutory(&checked, &at)?;
        }
        merged.years.insert(f.year.to_string(), f.data.clone());
    }
    for (i, f) in files.iter().enumerate() {
        for (date, off, name) in &f.other_years {
            let Some(y) = merged.years.get_mut(&date.year().to_string()) else {
                if *off && is_weekend(*date) {
                    continue;
                }
                return Err(Error::new(
                    ErrorCode::CalendarInvalidData,
                    CalendarText::YearWithoutData {
                        year: f.year,
                        date: *date,
                        of: date.year(),
                    }
                    .message(),
                )
                .at(format!("calendar_years[{i}]")));
            };
            y.days_off.retain(|d| d.date != *date);
            y.workdays.retain(|d| d.date != *date);
            if *off {
                y.days_off.push(DayOff {
                    date: *date,
                    holiday: name.clone(),
                });
            } else {
                y.workdays.push(AdjustedDay {
                    date: *date,
                    for_holiday: name.clone(),
                });
            }
        }
    }
    Ok(merged)
}

/// The check of one year file (`calendar.check_year`): its lists are well formed (or an error,
/// as on load), and which statutory days off it holds.
#[derive(Debug, Clone)]
pub struct YearCheck {
    /// The year.
    pub year: i32,
    /// Every statutory day off of the year, and whether the file gives it as a day off.
    pub statutory: Vec<(StatutoryDay, bool)>,
    /// Working days in the year by the file's lists.
    pub working_days: u32,
}

impl YearCheck {
    /// Whether every statutory day off is present.
    pub fn complete(&self) -> bool {
        self.statutory.iter().all(|(_, present)| *present)
    }
}

/// Checks a year file: structure (errors as on load) and the statutory holidays.
pub fn check_year_file(f: &YearFile) -> Result<YearCheck> {
    let checked = check_year(f.year, &f.data, "file")?;
    let missing = missing_statutory(&checked);
    let statutory = super::statutory::days(f.year)
        .unwrap_or_default()
        .into_iter()
        .map(|d| (d, !missing.contains(&d)))
        .collect();
    let (first, last) = year_bounds(f.year);
    let working_days = first
        .iter_days()
        .take_while(|d| *d <= last)
        .filter(|d| {
            match checked
                .marks
                .binary_search_by_key(d, |(date, _)| *date)
                .map(|i| checked.marks[i].1)
            {
                Ok(Mark::Off(_)) => false,
                Ok(Mark::Work(_)) => true,
                Err(_) => !is_weekend(*d),
            }
        })
        .count() as u32;
    Ok(YearCheck {
        year: f.year,
        statutory,
        working_days,
    })
}

/// Whether a day is a weekend day (a day off that needs no listing).
fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}
