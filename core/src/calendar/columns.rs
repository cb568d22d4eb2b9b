//! 期限 as columns — the due date of a million applications in one call: starts, periods and one
//! paused interval (特殊环节) per row, as day numbers. The same counting as
//! [`Calendar::deadline`] (a property test holds them equal) without its reasons, which an
//! analyst reading a column does not need row by row.

use super::messages::CalendarText;
use super::{Calendar, Period};
use crate::date::{from_epoch_days, to_epoch_days};
use crate::error::{Error, ErrorCode, Result};
use chrono::NaiveDate;

/// Missing value in a day or count column (NaT).
pub const NA: i64 = i64::MIN;

/// Due dates and paused days, one per row; [`NA`] for a missing row (or a failed one, coerced).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeadlineColumns {
    /// The due date, days since 1970-01-01.
    pub due: Vec<i64>,
    /// Days not counted for the pause (working days for a period in working days).
    pub paused_days: Vec<i64>,
}

impl Calendar {
    /// [`due`](Self::due) for a period of `len` working days from `start` with one pause, all
    /// as days since 1970-01-01: the same steps on the calendar's day index, no date built.
    /// `None` where `due` would fail (a day outside the calendar, a pause ending before it
    /// begins), for the caller to ask `due` why.
    pub fn due_workdays_epoch(
        &self,
        start: i64,
        len: u32,
        pause: (i64, i64),
    ) -> Option<(i64, i64)> {
        let (from, to) = pause;
        if to < from {
            return None;
        }
        self.index_epoch(start).ok()?;
        let len = i64::from(len);
        if len == 0 {
            return Some((start, 0));
        }
        // count_forward with one pause
        let (mut cursor, mut remaining) = (start, len);
        if to > cursor {
            if from > cursor {
                let candidate = self.try_add_workdays_epoch(cursor, remaining)?;
                if candidate < from {
                    return self
                        .paused_epoch(start, candidate, pause)
                        .map(|p| (candidate, p));
                }
                let used = self.workdays_between_epoch(cursor, from - 1).ok()?;
                remaining -= used.min(remaining);
            }
            cursor = to;
        }
        let end = self.try_add_workdays_epoch(cursor, remaining)?;
        self.paused_epoch(start, end, pause).map(|p| (end, p))
    }

    /// The working days of the pause that fell inside the counted span.
    fn paused_epoch(&self, start: i64, end: i64, (from, to): (i64, i64)) -> Option<i64> {
        let (a, b) = (from.max(start + 1), to.min(end));
        if a > b {
            return Some(0);
        }
        self.workdays_between_epoch(a - 1, b).ok()
    }

    /// The due date and paused days of `period` from `start`, the clock stopped from `pause.0`
    /// to `pause.1` (both in); what [`Calendar::deadline`] answers, without reasons.
    pub fn due(
        &self,
        start: NaiveDate,
        period: Period,
        pause: Option<(NaiveDate, NaiveDate)>,
    ) -> Result<(NaiveDate, u32)> {
        self.index(start)?;
        if let Some((a, b)) = pause {
            if b < a {
                return Err(Error::new(
                    ErrorCode::CalendarInvalidPause,
                    CalendarText::PauseBackwardsIso {
                        from: a.to_string(),
                        to: b.to_string(),
                    }
                    .message(),
                ));
            }
        }
        let merged: &[(NaiveDate, NaiveDate)] = match &pause {
            Some(p) => std::slice::from_ref(p),
            None => &[],
        };
        let counted_end = self.count_forward(start, period, merged)?;
        let due = match period {
            Period::NaturalDays(_) => self.roll_forward(counted_end, merged)?,
            Period::Workdays(_) => counted_end,
        };
        let mut paused = 0u32;
        if let (Some((from, to)), true) = (pause, !period.is_empty()) {
            let a = from.max(start.succ_opt().unwrap_or(start));
            let b = to.min(counted_end);
            if a <= b {
                paused = match period {
                    Period::Workdays(_) => {
                        self.workdays_between(a.pred_opt().unwrap_or(a), b)? as u32
                    }
                    Period::NaturalDays(_) => b.signed_duration_since(a).num_days() as u32 + 1,
                };
            }
        }
        Ok((due, paused))
    }
}

/// Due dates over columns: `starts` and the optional `pause_from`/`pause_to` as days since
/// 1970-01-01 ([`NA`] for none), `counts` one per row or one for all, in working days when
/// `workdays` else natural days. A missing start or count gives a missing row; a failing row
/// (outside the calendar, a pause that ends before it starts, a count out of range) is an error
/// with the row in its path, or [`NA`] when `coerce`.
pub fn deadline_columns(
    cal: &Calendar,
    starts: &[i64],
    counts: &[i64],
    workdays: bool,
    pause_from: &[i64],
    pause_to: &[i64],
    coerce: bool,
) -> Result<DeadlineColumns> {
    let mut out = DeadlineColumns {
        due: Vec::with_capacity(starts.len()),
        paused_days: Vec::with_capacity(starts.len()),
    };
    deadline_rows(
        cal,
        0,
        (starts, counts, pause_from, pause_to),
        workdays,
        coerce,
        &mut out,
    )?;
    Ok(out)
}

/// The columns of one slice of rows: starts, counts, pause_from, pause_to as
/// [`deadline_columns`] takes them.
pub type DeadlineSlice<'a> = (&'a [i64], &'a [i64], &'a [i64], &'a [i64]);

/// [`deadline_columns`] over a slice of a longer column, appended to `out`: a host that hands
/// a million rows over in slices reuses its buffers, and a failing row is named by its row in
/// the whole column (`first_row` is the row of the slice's first).
pub fn deadline_rows(
    cal: &Calendar,
    first_row: usize,
    (starts, counts, pause_from, pause_to): DeadlineSlice<'_>,
    workdays: bool,
    coerce: bool,
    out: &mut DeadlineColumns,
) -> Result<()> {
    let n = starts.len();
    let bad = |what: &str, m: usize| {
        Error::new(
            ErrorCode::InputInvalidValue,
            CalendarText::RowsDiffer { what, m, n }.message(),
        )
        .at(what)
    };
    if counts.len() != n && counts.len() != 1 {
        return Err(bad("counts", counts.len()));
    }
    for (what, col) in [("pause_from", pause_from), ("pause_to", pause_to)] {
        if col.len() != n && !col.is_empty() {
            return Err(bad(what, col.len()));
        }
    }
    for i in 0..n {
        let count = if counts.len() == 1 {
            counts[0]
        } else {
            counts[i]
        };
        let day = |col: &[i64]| {
            col.get(i)
                .copied()
                .filter(|d| *d != NA)
                .and_then(from_epoch_days)
        };
        if starts[i] == NA || count == NA {
            out.due.push(NA);
            out.paused_days.push(NA);
            continue;
        }
        let raw = |col: &[i64]| col.get(i).copied().filter(|d| *d != NA);
        if let (true, Some(a), Some(b), Ok(len)) = (
            workdays,
            raw(pause_from),
            raw(pause_to),
            u32::try_from(count),
        ) {
            // A row in working days with its pause, on the day numbers; any row this does not
            // answer (out of range, a backwards pause) goes the long way for its error.
            if let Some((due, paused)) = cal.due_workdays_epoch(starts[i], len, (a, b)) {
                out.due.push(due);
                out.paused_days.push(paused);
                continue;
            }
        }
        let pause = day(pause_from).zip(day(pause_to));
        if workdays && pause.is_none() && u32::try_from(count).is_ok() {
            // The common row — working days, no pause — straight on the day numbers.
            match cal.add_workdays_epoch(starts[i], count) {
                Ok(due) => {
                    out.due.push(due);
                    out.paused_days.push(0);
                }
                Err(_) if coerce => {
                    out.due.push(NA);
                    out.paused_days.push(NA);
                }
                Err(e) => return Err(e.within(&format!("[{}]", first_row + i))),
            }
            continue;
        }
        let row = (|| {
            let start = from_epoch_days(starts[i]).ok_or_else(|| {
                Error::new(
                    ErrorCode::InputInvalidDate,
                    CalendarText::StartOutOfRange.message(),
                )
            })?;
            let len = u32::try_from(count).map_err(|_| {
                Error::new(
                    ErrorCode::InputInvalidValue,
                    CalendarText::NotACount { count }.message(),
                )
            })?;
            let period = if workdays {
                Period::Workdays(len)
            } else {
                Period::NaturalDays(len)
            };
            cal.due(start, period, pause)
        })();
        match row {
            Ok((due, paused)) => {
                out.due.push(to_epoch_days(due));
                out.paused_days.push(i64::from(paused));
            }
            Err(_) if coerce => {
                out.due.push(NA);
                out.paused_days.push(NA);
            }
            Err(e) => return Err(e.within(&format!("[{}]", first_row + i))),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Pause;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn the_day_number_path_agrees_with_due(start in 17_600i64..20_400, len in 0u32..90,
                                               a in -30i64..80, b in -30i64..80) {
            let cal = Calendar::cn_mainland().unwrap();
            let day = |d: i64| from_epoch_days(start + d).unwrap();
            let slow = cal.due(day(0), Period::Workdays(len), Some((day(a), day(b))));
            let fast = cal.due_workdays_epoch(start, len, (start + a, start + b));
            match slow {
                Ok((due, paused)) => prop_assert_eq!(fast, Some((to_epoch_days(due), i64::from(paused)))),
                Err(_) => prop_assert_eq!(fast, None),
            }
        }

        #[test]
        fn columns_agree_with_the_deadline(start in 17_600i64..20_400, len in 0u32..90, workdays in any::<bool>(),
                                          pause in prop::option::of((-30i64..80, 0i64..15))) {
            let cal = Calendar::cn_mainland().unwrap();
            let s = from_epoch_days(start).unwrap();
            let period = if workdays { Period::Workdays(len) } else { Period::NaturalDays(len) };
            let p = pause.map(|(a, l)| (from_epoch_days(start + a).unwrap(), from_epoch_days(start + a + l).unwrap()));
            let pauses: Vec<Pause> = p.iter().map(|&(from, to)| Pause { from, to, step: None }).collect();
            let full = cal.deadline(s, period, &pauses);
            let cols = deadline_columns(&cal, &[start], &[i64::from(len)], workdays,
                &[p.map_or(NA, |p| to_epoch_days(p.0))], &[p.map_or(NA, |p| to_epoch_days(p.1))], true).unwrap();
            match full {
                Ok(d) => {
                    prop_assert_eq!(cols.due[0], to_epoch_days(d.due));
                    prop_assert_eq!(cols.paused_days[0], i64::from(d.paused_days));
                }
                Err(_) => prop_assert_eq!(cols.due[0], NA),
            }
        }
    }

    #[test]
    fn missing_rows_and_errors() {
        let cal = Calendar::cn_mainland().unwrap();
        let d = |s: &str| to_epoch_days(crate::date::parse_ymd(s).unwrap());
        let c = deadline_columns(
            &cal,
            &[d("2024-09-20"), NA],
            &[20],
            true,
            &[d("2024-10-09"), NA],
            &[d("2024-10-11"), NA],
            false,
        )
        .unwrap();
        assert_eq!(c.due, [d("2024-10-28"), NA]);
        assert_eq!(c.paused_days, [3, NA]);
        let e =
            deadline_columns(&cal, &[d("2031-01-01")], &[1], true, &[], &[], false).unwrap_err();
        assert_eq!(e.path(), Some("[0]"));
        let c = deadline_columns(&cal, &[d("2031-01-01")], &[1], true, &[], &[], true).unwrap();
        assert_eq!(c.due, [NA]);
    }
}
