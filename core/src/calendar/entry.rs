//! The calendar's typed entry points for the doors (C, Python, WASM): days as counts from
//! 1970-01-01 in and out, with exactly the JSON door's error codes and paths — a day outside the
//! data is `calendar.out_of_range` at `date` (or `from`/`to`), a count that runs past it is the
//! same code at `days`. Doors convert their own date types to day counts and call these, so no
//! door re-implements a check.

use super::Calendar;
use crate::error::Result;

/// `calendar.day`'s answer to "is it a working day?" (errors at `date`).
pub fn is_workday(cal: &Calendar, day: i64) -> Result<bool> {
    cal.is_workday_epoch(day).map_err(|e| e.at("date"))
}

/// `calendar.add_workdays` (errors at `date`, then at `days`).
pub fn add_workdays(cal: &Calendar, day: i64, n: i64) -> Result<i64> {
    cal.is_workday_epoch(day).map_err(|e| e.at("date"))?;
    cal.add_workdays_epoch(day, n).map_err(|e| e.at("days"))
}

/// `calendar.workdays_between` (errors at `from`, then at `to`).
pub fn workdays_between(cal: &Calendar, from: i64, to: i64) -> Result<i64> {
    cal.is_workday_epoch(from).map_err(|e| e.at("from"))?;
    cal.is_workday_epoch(to).map_err(|e| e.at("to"))?;
    cal.workdays_between_epoch(from, to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{parse_ymd, to_epoch_days};

    #[test]
    fn paths_are_the_json_doors() {
        let cal = Calendar::cn_mainland().unwrap();
        let d = |s| to_epoch_days(parse_ymd(s).unwrap());
        assert_eq!(
            add_workdays(&cal, d("2024-09-30"), 1).unwrap(),
            d("2024-10-08")
        );
        assert_eq!(
            add_workdays(&cal, d("2031-01-01"), 1).unwrap_err().path(),
            Some("date")
        );
        assert_eq!(
            add_workdays(&cal, d("2026-12-30"), 5).unwrap_err().path(),
            Some("days")
        );
        assert_eq!(
            workdays_between(&cal, d("2024-01-01"), d("2031-01-01"))
                .unwrap_err()
                .path(),
            Some("to")
        );
        assert_eq!(
            is_workday(&cal, d("2003-12-31")).unwrap_err().path(),
            Some("date")
        );
    }
}
