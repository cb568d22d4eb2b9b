//! 期限计算 — the working-day calendar (SPEC §1).
//!
//! Licensing time limits are counted in working days, statutory holidays excluded
//! (`prc-licensing-law` 第八十二条). A working day is Monday–Friday that is not a day off, or a
//! weekend day declared a working day (调休). The embedded data covers 2004–2026
//! (cn-mainland, 国务院办公厅关于部分节假日安排的通知); hosts add years through the engine
//! configuration. Any date outside the data is a `calendar.out_of_range` error — never a guess.
//!
//! Construction builds three tables over the covered days — the kind of every day, the number of
//! working days before every day (`pre`), and the index of every working day (`workdays`) — so
//! that [`Calendar::add_workdays`] and [`Calendar::workdays_between`] are O(1).

mod citation;
mod columns;
mod data;
mod deadline;
pub mod entry;
pub mod messages;
pub mod notice;
pub mod statutory;
mod year_file;

pub use citation::notice_citation;
use citation::{source_reason, unsourced};
pub use columns::{deadline_columns, deadline_rows, DeadlineColumns, DeadlineSlice, NA as NA_DAY};
pub use data::{AdjustedDay, CalendarData, DayOff, YearData, YearSource};
pub use deadline::{Deadline, Pause, Period};
use messages::CalendarText;
pub use year_file::{check_year_file, with_year_files, YearCheck, YearFile};

use crate::error::{Error, ErrorCode, Result};
use crate::reason::Reason;
use chrono::{Datelike, NaiveDate, Weekday};
use data::{year_bounds, Mark};
use std::sync::Arc;
use std::sync::LazyLock;

/// The embedded cn-mainland data (2004–2026), as published.
pub const CN_MAINLAND_JSON: &str = include_str!("../../data/cn-mainland-calendar.json");

static CN_MAINLAND_DATA: LazyLock<Result<CalendarData>> =
    LazyLock::new(|| CalendarData::from_json(CN_MAINLAND_JSON));
static CN_MAINLAND: LazyLock<Result<Arc<Calendar>>> = LazyLock::new(|| {
    let data = CN_MAINLAND_DATA.as_ref().map_err(Clone::clone)?;
    Calendar::from_data(data).map(Arc::new)
});

wire_enum! {
    /// What kind of day a date is.
    DayKind {
        /// Monday–Friday, not a day off.
        Workday => "workday", "工作日";
        /// Saturday or Sunday, not declared a working day.
        Weekend => "weekend", "休息日";
        /// 法定节假日 — a day off of an official holiday (weekend days inside the block included).
        Holiday => "holiday", "法定节假日";
        /// 调休上班日 — a weekend day declared a working day.
        AdjustedWorkday => "adjusted_workday", "调休上班日";
    }
}

impl DayKind {
    /// Whether time limits count this day.
    pub const fn is_workday(self) -> bool {
        matches!(self, DayKind::Workday | DayKind::AdjustedWorkday)
    }
}

/// One day as the calendar sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day<'a> {
    /// The date.
    pub date: NaiveDate,
    /// Its kind.
    pub kind: DayKind,
    /// For a holiday: the holiday's name (春节, 国庆节, …).
    pub holiday: Option<&'a str>,
    /// For an adjusted working day: the holiday it is worked for.
    pub adjusted_for: Option<&'a str>,
}

const NO_NAME: u16 = u16::MAX;

/// A working-day calendar over a contiguous run of years.
///
/// ```
/// use zhengwu::calendar::Calendar;
/// use zhengwu::date::parse_ymd;
/// let cal = Calendar::cn_mainland().unwrap();
/// // 2024-09-30 (Mon) + 1 working day: 10-01…10-07 is 国庆节, so 2024-10-08.
/// let d = cal.add_workdays(parse_ymd("2024-09-30").unwrap(), 1).unwrap();
/// assert_eq!(d, parse_ymd("2024-10-08").unwrap());
/// ```
#[derive(Clone)]
pub struct Calendar {
    name: String,
    first: NaiveDate,
    /// `first` as days since 1970-01-01.
    base_epoch: i64,
    first_year: i32,
    last_year: i32,
    kinds: Box<[DayKind]>,
    labels: Box<[u16]>,
    names: Box<[String]>,
    /// `pre[i]` = number of working days among days `0..i`; length `days + 1`.
    pre: Box<[u32]>,
    /// Day index of every working day, ascending.
    workdays: Box<[u32]>,
    /// The last year of official data; later years are projected (暂定).
    official_last_year: i32,
    /// The notices of the years that name theirs.
    sources: Box<[(i32, YearSource)]>,
    /// Years the host loaded without naming their notice: cited as the host's data, never with a
    /// made-up title.
    unsourced: Box<[i32]>,
}

/// What the calendar answers for years after its official data (engine configuration
/// `"calendar_projection"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Projection {
    /// `"off"` (default): a date after the data is `calendar.out_of_range`.
    #[default]
    Off,
    /// `"statutory"`: weekends and the statutory holidays of 全国年节及纪念日放假办法 are days off,
    /// with no 调休, through the last year the statutory table covers; every answer that used
    /// such a day is marked provisional.
    Statutory,
}

impl std::fmt::Debug for Calendar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Calendar")
            .field("name", &self.name)
            .field("years", &(self.first_year..=self.last_year))
            .field("official_to", &self.official_last_year)
            .finish()
    }
}

impl Calendar {
    /// The embedded cn-mainland calendar, 2004–2026 (built once, shared).
    pub fn cn_mainland() -> Result<Arc<Calendar>> {
        CN_MAINLAND.as_ref().map(Arc::clone).map_err(Clone::clone)
    }

    /// The embedded cn-mainland data, parsed.
    pub fn cn_mainland_data() -> Result<&'static CalendarData> {
        CN_MAINLAND_DATA.as_ref().map_err(Clone::clone)
    }

    /// Builds a calendar from data; the years must be contiguous.
    pub fn from_data(data: &CalendarData) -> Result<Calendar> {
        Calendar::build(data, Projection::Off)
    }

    /// Builds a calendar from data and, with [`Projection::Statutory`], the statutory days off of
    /// the years after it (mainland data only).
    pub fn build(data: &CalendarData, projection: Projection) -> Result<Calendar> {
        let years = data.check()?;
        let first_year = years[0].year;
        let official_last_year = years[years.len() - 1].year;
        for w in years.windows(2) {
            if w[1].year != w[0].year + 1 {
                return Err(Error::new(
                    ErrorCode::CalendarInvalidData,
                    CalendarText::NotContiguous {
                        year: w[0].year,
                        next: w[1].year,
                    }
                    .message(),
                )
                .at(format!("years.{}", w[1].year)));
            }
        }
        let mut marks: Vec<&[(NaiveDate, Mark<'_>)]> =
            years.iter().map(|y| y.marks.as_slice()).collect();
        let projected: Vec<Vec<(NaiveDate, Mark<'static>)>> =
            if projection == Projection::Statutory && data.calendar == data::CN_MAINLAND {
                (official_last_year + 1..=statutory::last_year())
                    .map(|y| {
                        statutory::days(y)
                            .unwrap_or_default()
                            .into_iter()
                            .map(|d| (d.date, Mark::Off(d.holiday)))
                            .collect()
                    })
                    .collect()
            } else {
                Vec::new()
            };
        marks.extend(projected.iter().map(Vec::as_slice));
        let last_year = official_last_year + projected.len() as i32;
        let first = year_bounds(first_year).0;
        let last = year_bounds(last_year).1;
        let n = usize::try_from(last.signed_duration_since(first).num_days() + 1).unwrap_or(0);
        let mut kinds = Vec::with_capacity(n);
        for d in first.iter_days().take(n) {
            kinds.push(if matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
                DayKind::Weekend
            } else {
                DayKind::Workday
            });
        }
        let mut labels = vec![NO_NAME; n];
        let mut names: Vec<String> = Vec::new();
        let mut index: std::collections::HashMap<&str, u16> = std::collections::HashMap::new();
        let base = first.num_days_from_ce();
        for (date, mark) in marks.iter().flat_map(|m| m.iter()) {
            let i = usize::try_from(date.num_days_from_ce() - base).unwrap_or(0);
            let (kind, name) = match *mark {
                Mark::Off(h) => (DayKind::Holiday, h),
                Mark::Work(h) => (DayKind::AdjustedWorkday, h),
            };
            kinds[i] = kind;
            let idx = match index.get(name) {
                Some(&p) => p,
                None => {
                    // NO_NAME marks "no name": the names must stay below it, never lost.
                    let p = u16::try_from(names.len())
                        .ok()
                        .filter(|&p| p < NO_NAME)
                        .ok_or_else(|| {
                            Error::new(
                                ErrorCode::CalendarInvalidData,
                                CalendarText::TooManyNames {
                                    max: usize::from(NO_NAME),
                                }
                                .message(),
                            )
                        })?;
                    names.push(name.to_string());
                    index.insert(name, p);
                    p
                }
            };
            labels[i] = idx;
        }
        let sources: Vec<(i32, YearSource)> = data
            .years
            .iter()
            .filter_map(|(k, y)| Some((k.parse().ok()?, y.source.clone()?)))
            .collect();
        let mut pre = Vec::with_capacity(n + 1);
        let mut workdays = Vec::with_capacity(n);
        pre.push(0u32);
        for (i, k) in kinds.iter().enumerate() {
            if k.is_workday() {
                workdays.push(i as u32);
            }
            pre.push(workdays.len() as u32);
        }
        Ok(Calendar {
            name: data.calendar.clone(),
            first,
            base_epoch: crate::date::to_epoch_days(first),
            first_year,
            last_year,
            kinds: kinds.into(),
            labels: labels.into(),
            names: names.into(),
            pre: pre.into(),
            workdays: workdays.into(),
            official_last_year,
            sources: sources.into(),
            unsourced: unsourced(data).into(),
        })
    }

    /// The last day of official data (later days, if any, are projected).
    pub fn official_end(&self) -> NaiveDate {
        year_bounds(self.official_last_year).1
    }

    /// Whether `d` lies in a projected year (its arrangement not yet published).
    #[inline]
    pub fn is_projected(&self, d: NaiveDate) -> bool {
        d.year() > self.official_last_year
    }

    /// The years whose data names its notice, with the notice.
    pub fn sources(&self) -> &[(i32, YearSource)] {
        &self.sources
    }

    /// What an answer that used the days from `a` to `b` (either order) rests on: whether any of
    /// them is projected, and the reasons — the notice of every year in the span whose data
    /// names one (`cn-holiday-notice`), and for a projected year the rule it was projected by
    /// (`calendar.provisional`, 全国年节及纪念日放假办法 第二条). Empty for the embedded years.
    pub fn provenance(&self, a: NaiveDate, b: NaiveDate) -> (bool, Vec<Reason>) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let mut reasons = Vec::new();
        if !self.sources.is_empty() {
            for (y, src) in self.sources.iter() {
                if (lo.year()..=hi.year()).contains(y) {
                    reasons.push(source_reason(*y, src));
                }
            }
        }
        let provisional = self.is_projected(hi);
        if provisional {
            let year = lo.year().max(self.official_last_year + 1);
            let law = statutory::Law::in_force(year).map_or("", statutory::Law::decree);
            reasons.push(messages::YearMsg::Provisional { year, law }.reason());
        }
        (provisional, reasons)
    }

    /// The notice of `year`, when its data names one.
    pub fn source(&self, year: i32) -> Option<&YearSource> {
        self.sources
            .iter()
            .find(|(y, _)| *y == year)
            .map(|(_, s)| s)
    }

    /// The calendar's name (`cn-mainland`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// First and last day with data.
    pub fn range(&self) -> (NaiveDate, NaiveDate) {
        (self.first, year_bounds(self.last_year).1)
    }

    fn out_of_range(&self, d: NaiveDate) -> Error {
        let (a, b) = self.range();
        Error::new(
            ErrorCode::CalendarOutOfRange,
            CalendarText::OutOfRange {
                day: d,
                from: a,
                to: b,
            }
            .message(),
        )
    }

    #[inline]
    fn index(&self, d: NaiveDate) -> Result<usize> {
        self.index_epoch(crate::date::to_epoch_days(d))
    }

    #[inline]
    fn date_at(&self, i: u32) -> NaiveDate {
        // i is a valid day index (< number of days), so the addition stays in range.
        self.first + chrono::Days::new(u64::from(i))
    }

    /// The kind of a day, with holiday names.
    pub fn day(&self, d: NaiveDate) -> Result<Day<'_>> {
        let i = self.index(d)?;
        let kind = self.kinds[i];
        let name = match self.labels[i] {
            NO_NAME => None,
            l => self.names.get(usize::from(l)).map(String::as_str),
        };
        Ok(Day {
            date: d,
            kind,
            holiday: if kind == DayKind::Holiday { name } else { None },
            adjusted_for: if kind == DayKind::AdjustedWorkday {
                name
            } else {
                None
            },
        })
    }

    /// Whether `d` is a working day.
    #[inline]
    pub fn is_workday(&self, d: NaiveDate) -> Result<bool> {
        Ok(self.kinds[self.index(d)?].is_workday())
    }

    /// The `n`-th working day after `d` (`d` itself not counted, `prc-civil-code` 第二百零一条);
    /// `n = 0` gives `d`; negative `n` counts backwards (the `|n|`-th working day before `d`).
    /// O(1).
    #[inline]
    pub fn add_workdays(&self, d: NaiveDate, n: i64) -> Result<NaiveDate> {
        let i = self.index(d)?;
        if n == 0 {
            return Ok(d);
        }
        match self.add_index(i, n) {
            Some(w) => Ok(self.date_at(w)),
            None => Err(self.add_out_of_range(d, n)),
        }
    }

    /// The day index `n` working days after day index `i` (n ≠ 0), if inside the data.
    #[inline]
    fn add_index(&self, i: usize, n: i64) -> Option<u32> {
        let target = if n > 0 {
            i64::from(self.pre[i + 1]).checked_add(n - 1)
        } else {
            i64::from(self.pre[i]).checked_add(n)
        };
        match target {
            Some(t) if t >= 0 && (t as u64) < self.workdays.len() as u64 => {
                Some(self.workdays[t as usize])
            }
            _ => None,
        }
    }

    #[cold]
    fn add_out_of_range(&self, d: NaiveDate, n: i64) -> Error {
        let (a, b) = self.range();
        Error::new(
            ErrorCode::CalendarOutOfRange,
            CalendarText::AddOutOfRange {
                day: d,
                n,
                from: a,
                to: b,
            }
            .message(),
        )
    }

    /// Day index of a day given as days since 1970-01-01 (NumPy's `datetime64[D]`, JavaScript
    /// time / 86,400,000): integer arithmetic only.
    #[inline]
    fn index_epoch(&self, day: i64) -> Result<usize> {
        let i = day.wrapping_sub(self.base_epoch);
        if i < 0 || i as u64 >= self.kinds.len() as u64 {
            return Err(self.epoch_out_of_range(day));
        }
        Ok(i as usize)
    }

    #[cold]
    fn epoch_out_of_range(&self, day: i64) -> Error {
        match crate::date::from_epoch_days(day) {
            Some(d) => self.out_of_range(d),
            None => Error::new(
                ErrorCode::InputInvalidDate,
                CalendarText::NotADayNumber { day }.message(),
            ),
        }
    }

    /// [`add_workdays`](Self::add_workdays) on days counted from 1970-01-01 — the form batch
    /// callers (NumPy, JavaScript) hold dates in; same answers, no calendar-date conversion.
    #[inline]
    pub fn add_workdays_epoch(&self, day: i64, n: i64) -> Result<i64> {
        let i = self.index_epoch(day)?;
        if n == 0 {
            return Ok(day);
        }
        match self.add_index(i, n) {
            Some(w) => Ok(self.base_epoch + i64::from(w)),
            None => Err(self.add_out_of_range(self.date_at(i as u32), n)),
        }
    }

    /// [`add_workdays_epoch`](Self::add_workdays_epoch) where it succeeds, `None` where it would
    /// fail: the batch kernels' fast path, which builds no error for the rows that pass and leaves
    /// the failing ones to the call that says why.
    #[inline]
    pub fn try_add_workdays_epoch(&self, day: i64, n: i64) -> Option<i64> {
        let i = day.wrapping_sub(self.base_epoch);
        if i < 0 || i as u64 >= self.kinds.len() as u64 {
            return None;
        }
        if n == 0 {
            return Some(day);
        }
        self.add_index(i as usize, n)
            .map(|w| self.base_epoch + i64::from(w))
    }

    /// [`workdays_between`](Self::workdays_between) on days counted from 1970-01-01.
    #[inline]
    pub fn workdays_between_epoch(&self, a: i64, b: i64) -> Result<i64> {
        let ia = self.index_epoch(a)?;
        let ib = self.index_epoch(b)?;
        Ok(self.between_index(ia, ib))
    }

    /// [`is_workday`](Self::is_workday) on a day counted from 1970-01-01.
    #[inline]
    pub fn is_workday_epoch(&self, day: i64) -> Result<bool> {
        Ok(self.kinds[self.index_epoch(day)?].is_workday())
    }

    #[inline]
    fn between_index(&self, ia: usize, ib: usize) -> i64 {
        if ib >= ia {
            i64::from(self.pre[ib + 1]) - i64::from(self.pre[ia + 1])
        } else {
            -(i64::from(self.pre[ia]) - i64::from(self.pre[ib]))
        }
    }

    /// Working days from `a` to `b`: for `b ≥ a`, the working days `d` with `a < d ≤ b`; for
    /// `b < a`, minus the working days `d` with `b ≤ d < a`. Either way
    /// `add_workdays(a, workdays_between(a, b)) == b` whenever `b` is a working day. O(1).
    #[inline]
    pub fn workdays_between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64> {
        let ia = self.index(a)?;
        let ib = self.index(b)?;
        Ok(self.between_index(ia, ib))
    }

    /// The first working day on or after `d`. O(1).
    pub fn next_workday_on_or_after(&self, d: NaiveDate) -> Result<NaiveDate> {
        let i = self.index(d)?;
        match self.workdays.get(self.pre[i] as usize) {
            Some(&w) => Ok(self.date_at(w)),
            None => Err(self.out_of_range(d)),
        }
    }

    /// The calendar with the years of `extra` added (a year present in both is taken from
    /// `extra`), or replaced by `extra` when it is a different calendar or says `"replace": true`.
    pub fn extended(base: &CalendarData, extra: &CalendarData) -> Result<Calendar> {
        if extra.replace || extra.calendar != base.calendar {
            return Calendar::from_data(extra);
        }
        let mut merged = base.clone();
        for (y, data) in &extra.years {
            merged.years.insert(y.clone(), data.clone());
        }
        // Errors point into the host's data where the year came from it.
        Calendar::from_data(&merged)
    }
}

#[cfg(test)]
mod tests;
