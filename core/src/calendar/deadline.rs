//! 办理期限 — deadlines in working or natural days, with paused intervals (SPEC §1).
//!
//! - Working days: the N-th working day after the start, the start not counted
//!   (`prc-licensing-law` 第八十二条, `prc-civil-code` 第二百零一条).
//! - Natural days (自然日): start + N; a last day that is not a working day moves to the next
//!   working day (`prc-civil-code` 第二百零三条).
//! - Pauses: the days of 听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审 are not counted
//!   (`tj-2018-disclosure` 第十四条, `prc-licensing-law` 第四十五条). A pause covers both end
//!   days; no paused day is counted in either kind of period; the rest-day roll applies after.

use super::messages::{CalendarText, DayCount, DeadlineMsg, Ordinal};
use super::Calendar;
use crate::error::{Error, ErrorCode, Result};
use crate::reason::Reason;
use crate::step::SpecialStep;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// A period: so many working days (工作日) or natural days (自然日).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// 工作日 — counted on the working-day calendar.
    Workdays(u32),
    /// 自然日 — counted on the plain calendar, last day rolled to a working day.
    NaturalDays(u32),
}

impl Period {
    /// The length, whatever the unit.
    pub const fn len(self) -> u32 {
        match self {
            Period::Workdays(n) | Period::NaturalDays(n) => n,
        }
    }

    /// Whether the period has length zero.
    pub const fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// `60个工作日` / `60个自然日` (`60 working days` / `60 natural days` in English), for
    /// messages.
    pub fn describe(self) -> String {
        let mut s = String::new();
        crate::message::Arg::show(&self, crate::lang::current(), &mut s);
        s
    }
}

/// A period in words: `5个工作日`, `5 working days`.
impl crate::message::Arg for Period {
    fn show(&self, lang: crate::lang::Lang, out: &mut String) {
        use std::fmt::Write;
        let plural = |n: u32| if n == 1 { "" } else { "s" };
        let _ = match (lang, *self) {
            (crate::lang::Lang::Zh, Period::Workdays(n)) => write!(out, "{n}个工作日"),
            (crate::lang::Lang::Zh, Period::NaturalDays(n)) => write!(out, "{n}个自然日"),
            (crate::lang::Lang::En, Period::Workdays(n)) => {
                write!(out, "{n} working day{}", plural(n))
            }
            (crate::lang::Lang::En, Period::NaturalDays(n)) => {
                write!(out, "{n} natural day{}", plural(n))
            }
        };
    }
}

/// A paused interval: both end days included; `step` names the special step when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pause {
    /// First paused day.
    #[serde(with = "crate::date::ymd")]
    pub from: NaiveDate,
    /// Last paused day.
    #[serde(with = "crate::date::ymd")]
    pub to: NaiveDate,
    /// The special step that takes the time, if given. Steps whose time is counted
    /// (现场踏勘、审图、公示, …) do not pause the clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<SpecialStep>,
}

/// A computed deadline and why it falls where it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// The last day of the period.
    pub due: NaiveDate,
    /// Days within the period that pauses kept from being counted (working days for a
    /// working-day period, natural days otherwise).
    pub paused_days: u32,
    /// For natural-day periods whose last day fell on a rest day: that day.
    pub rolled_from: Option<NaiveDate>,
    /// The reasons, with citations.
    pub reasons: Vec<Reason>,
}

fn plus_days(d: NaiveDate, n: u64) -> Result<NaiveDate> {
    d.checked_add_days(Days::new(n)).ok_or_else(|| {
        Error::new(
            ErrorCode::CalendarOutOfRange,
            CalendarText::PlusDays {
                day: d.to_string(),
                n,
            }
            .message(),
        )
    })
}

/// Sorted, merged pause intervals that stop the clock, plus reasons for any that do not.
fn effective_pauses(
    pauses: &[Pause],
    reasons: &mut Vec<Reason>,
) -> Result<Vec<(NaiveDate, NaiveDate)>> {
    let mut v = Vec::with_capacity(pauses.len());
    for (i, p) in pauses.iter().enumerate() {
        if p.to < p.from {
            return Err(Error::new(
                ErrorCode::CalendarInvalidPause,
                CalendarText::PauseBackwards {
                    from: p.from,
                    to: p.to,
                }
                .message(),
            )
            .at(format!("pauses[{i}]")));
        }
        match p.step {
            Some(s) if !s.pauses_the_clock() => reasons.push(
                DeadlineMsg::PauseCounted {
                    from: p.from,
                    to: p.to,
                    step: s.label(),
                }
                .reason(),
            ),
            _ => v.push((p.from, p.to)),
        }
    }
    v.sort_unstable();
    let mut merged: Vec<(NaiveDate, NaiveDate)> = Vec::with_capacity(v.len());
    for (a, b) in v {
        match merged.last_mut() {
            Some(last) if a <= last.1.succ_opt().unwrap_or(last.1) => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    Ok(merged)
}

impl Calendar {
    /// The deadline of `period` counted from `start`, skipping `pauses`.
    ///
    /// ```
    /// use zhengwu::calendar::{Calendar, Period};
    /// use zhengwu::date::parse_ymd;
    /// let cal = Calendar::cn_mainland().unwrap();
    /// // 2024-01-31 + 20 working days crosses 春节 (02-10…02-17) and the 调休 Sunday 02-04.
    /// let d = cal.deadline(parse_ymd("2024-01-31").unwrap(), Period::Workdays(20), &[]).unwrap();
    /// assert_eq!(d.due, parse_ymd("2024-03-04").unwrap());
    /// ```
    pub fn deadline(&self, start: NaiveDate, period: Period, pauses: &[Pause]) -> Result<Deadline> {
        self.index(start)?;
        let mut notes = Vec::new();
        let merged = effective_pauses(pauses, &mut notes)?;
        let n = period.len();
        let counted_end = self.count_forward(start, period, &merged)?;
        let mut reasons = match period {
            Period::Workdays(_) => vec![
                DeadlineMsg::Workdays {
                    start,
                    n: Ordinal(n),
                }
                .reason(),
                DeadlineMsg::StartExcluded { start }.reason(),
            ],
            Period::NaturalDays(_) => vec![DeadlineMsg::NaturalDays {
                start,
                period,
                n: period.len(),
            }
            .reason()],
        };
        reasons.append(&mut notes);
        let mut due = counted_end;
        let mut rolled_from = None;
        if let Period::NaturalDays(_) = period {
            let rolled = self.roll_forward(counted_end, &merged)?;
            if rolled != counted_end {
                let day = self.day(counted_end)?;
                reasons.push(
                    match day.holiday {
                        Some(h) => DeadlineMsg::RollHoliday {
                            last: counted_end,
                            holiday: h.to_string(),
                            due: rolled,
                        },
                        None if day.kind.is_workday() => DeadlineMsg::RollPaused {
                            last: counted_end,
                            due: rolled,
                        },
                        None => DeadlineMsg::RollWeekend {
                            last: counted_end,
                            due: rolled,
                        },
                    }
                    .reason(),
                );
                rolled_from = Some(counted_end);
                due = rolled;
            }
        }
        let mut paused_days = 0u32;
        let mut excluded = false;
        if n > 0 {
            let window_start = start.succ_opt().unwrap_or(start);
            for &(from, to) in &merged {
                let a = from.max(window_start);
                let b = to.min(counted_end);
                if a > b {
                    continue;
                }
                let days = match period {
                    Period::Workdays(_) => {
                        self.workdays_between(a.pred_opt().unwrap_or(a), b)? as u32
                    }
                    Period::NaturalDays(_) => b.signed_duration_since(a).num_days() as u32 + 1,
                };
                paused_days += days;
                excluded = true;
                reasons.push(
                    match period {
                        Period::Workdays(_) => DeadlineMsg::PausedWorkdays {
                            from,
                            to,
                            days: Period::Workdays(days),
                        },
                        Period::NaturalDays(_) => DeadlineMsg::PausedDays {
                            from,
                            to,
                            days: DayCount(days),
                        },
                    }
                    .reason(),
                );
            }
            if excluded {
                reasons.push(DeadlineMsg::PauseLaw.reason());
            }
        }
        Ok(Deadline {
            due,
            paused_days,
            rolled_from,
            reasons,
        })
    }

    /// The last counted day of `period` from `start`, pauses skipped, before any rest-day roll.
    pub(super) fn count_forward(
        &self,
        start: NaiveDate,
        period: Period,
        pauses: &[(NaiveDate, NaiveDate)],
    ) -> Result<NaiveDate> {
        let advance = |from: NaiveDate, k: u64| match period {
            Period::Workdays(_) => self.add_workdays(from, k as i64),
            Period::NaturalDays(_) => plus_days(from, k),
        };
        let mut cursor = start;
        let mut remaining = u64::from(period.len());
        if remaining == 0 {
            return Ok(start);
        }
        for &(from, to) in pauses {
            if to <= cursor {
                continue;
            }
            if from > cursor {
                let candidate = advance(cursor, remaining)?;
                if candidate < from {
                    return Ok(candidate);
                }
                // cursor < from ≤ candidate: the days up to the pause are all counted.
                let last_counted = from.pred_opt().unwrap_or(from);
                let used = match period {
                    Period::Workdays(_) => self.workdays_between(cursor, last_counted)? as u64,
                    Period::NaturalDays(_) => {
                        last_counted.signed_duration_since(cursor).num_days() as u64
                    }
                };
                remaining -= used.min(remaining);
            }
            cursor = to;
        }
        advance(cursor, remaining)
    }

    /// The first working day on or after `d` that lies in no pause.
    pub(super) fn roll_forward(
        &self,
        mut d: NaiveDate,
        pauses: &[(NaiveDate, NaiveDate)],
    ) -> Result<NaiveDate> {
        loop {
            d = self.next_workday_on_or_after(d)?;
            match pauses.iter().find(|(a, b)| *a <= d && d <= *b) {
                Some(&(_, b)) => d = plus_days(b, 1)?,
                None => return Ok(d),
            }
        }
    }
}
