//! What a calendar answer cites: the year's notice (国务院办公厅关于部分节假日安排的通知,
//! `cn-holiday-notice`), or — for a year the host loaded without naming its notice by title — the
//! host's data (`host-calendar`), never a made-up title.

use super::messages::{Notice, YearMsg};
use super::{Calendar, CalendarData, YearData, YearSource};
use crate::reason::{doc, Citation, Reason};
use std::sync::LazyLock;

/// The reason citing the notice a year's data comes from.
pub(super) fn source_reason(year: i32, src: &YearSource) -> Reason {
    let notice = Notice(src);
    if src.title.is_some() {
        YearMsg::OfficialYear { year, notice }.reason()
    } else {
        YearMsg::HostYear { year, notice }.reason()
    }
}

/// The years of `data` whose notice is not named by its title, other than the embedded years
/// (whose notices the embedded data is transcribed from).
pub(super) fn unsourced(data: &CalendarData) -> Vec<i32> {
    let embedded = Calendar::cn_mainland_data().ok();
    let same = |a: &YearData, b: &YearData| {
        let off = |y: &YearData| {
            y.days_off
                .iter()
                .map(|d| (d.date, d.holiday.clone()))
                .collect::<Vec<_>>()
        };
        let work = |y: &YearData| {
            y.workdays
                .iter()
                .map(|d| (d.date, d.for_holiday.clone()))
                .collect::<Vec<_>>()
        };
        off(a) == off(b) && work(a) == work(b)
    };
    data.years
        .iter()
        .filter(|(_, y)| y.source.as_ref().is_none_or(|s| s.title.is_none()))
        .filter(|(k, y)| {
            !embedded
                .filter(|e| e.calendar == data.calendar)
                .and_then(|e| e.years.get(*k))
                .is_some_and(|e| same(e, y))
        })
        .filter_map(|(k, _)| k.parse().ok())
        .collect()
}

impl Calendar {
    /// What a deadline in `year` rests on: the year's notice, or — for a year the host loaded
    /// without naming its notice — the host's data (`host-calendar`), never a made-up title.
    pub fn year_citation(&self, year: i32) -> Citation {
        if self.unsourced.contains(&year) {
            Citation::new(doc::HOST_CALENDAR, year_str(year))
        } else {
            notice_citation(year)
        }
    }
}

/// The citation of a year's holiday notice (国务院办公厅关于部分节假日安排的通知, the year as
/// its article).
pub fn notice_citation(year: i32) -> Citation {
    Citation::new(doc::CN_HOLIDAY_NOTICE, year_str(year))
}

/// A year as static text (the article of a `cn-holiday-notice` citation).
pub(super) fn year_str(year: i32) -> &'static str {
    static YEARS: LazyLock<Box<[String]>> =
        LazyLock::new(|| (1900..=2199).map(|y| y.to_string()).collect());
    usize::try_from(year - 1900)
        .ok()
        .and_then(|i| YEARS.get(i))
        .map_or("", String::as_str)
}
