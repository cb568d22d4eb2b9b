//! `calendar.diff_years` — what loading a year changes, before it is loaded: the days whose status
//! moves (against the engine's calendar now — its projection, or no data at all), and over the
//! host's stored work — commitment states and supervised cases — which deadlines move, from when
//! to when (`cn-holiday-notice`; 行政许可法 第八十二条 counts the working days).

use crate::calendar::messages::YearMsg;
use crate::calendar::notice::{parse as parse_notice, year_file};
use crate::calendar::{with_year_files, Calendar, YearFile};
use crate::case::{self, Case};
use crate::commitment::lifecycle::{Effect, State};
use crate::date::ymd;
use crate::engine::texts::EngineText;
use crate::engine::{Engine, Reply};
use crate::error::{Error, ErrorCode, Result};
use crate::reason::Reason;
use crate::wire::{parse, parse_any};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "DiffYearsIn"))]
struct In {
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    year: Option<i32>,
    #[serde(default)]
    year_file: Option<Value>,
    #[serde(default)]
    states: Vec<Value>,
    #[serde(default)]
    cases: Vec<Value>,
    #[serde(default, with = "crate::date::ymd_opt")]
    today: Option<NaiveDate>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct DayMove {
    #[serde(with = "ymd")]
    date: NaiveDate,
    /// A working day on the engine's calendar now (`null`: no data for the day).
    before: Option<bool>,
    /// Projected now.
    provisional: bool,
    /// A working day once the year is loaded.
    after: bool,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Move {
    deadline: &'static str,
    #[serde(with = "crate::date::ymd_opt")]
    from: Option<NaiveDate>,
    #[serde(with = "ymd")]
    to: NaiveDate,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Moved {
    index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    matter: String,
    moves: Vec<Move>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Failed {
    list: &'static str,
    index: usize,
    error: Error,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "YearChangesSummary"))]
struct Summary {
    days: usize,
    commitments: usize,
    cases: usize,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "YearChanges"))]
struct Out {
    year: i32,
    days: Vec<DayMove>,
    commitments: Vec<Moved>,
    cases: Vec<Moved>,
    errors: Vec<Failed>,
    summary: Summary,
    reasons: Vec<Reason>,
}

fn one_of(i: &In) -> Result<(Value, &'static str)> {
    match (&i.text, &i.year_file) {
        (Some(t), None) => Ok((year_file(&parse_notice(t, i.year)?), "text")),
        (None, Some(f)) => Ok((f.clone(), "year_file")),
        _ => Err(Error::new(
            ErrorCode::InputInvalidValue,
            EngineText::NoYearGiven.message(),
        )),
    }
}

pub fn diff_years<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    for key in ["states", "cases"] {
        e.limits()
            .check_batch(super::batch::batch_len(input, key), key)?;
    }
    let i: In = parse(input)?;
    let (file, at) = one_of(&i)?;
    let f = YearFile::from_value(&file).map_err(|x| x.within(at))?;
    let year = f.year;
    let (data, projection) = e.calendar_data();
    let merged = with_year_files(data, std::slice::from_ref(&f)).map_err(|x| x.within(at))?;
    let after = Calendar::build(&merged, projection).map_err(|x| x.within(at))?;
    let now = e.calendar();

    let (first, last) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    );
    let mut days = Vec::new();
    if let (Some(first), Some(last)) = (first, last) {
        for d in first.iter_days().take_while(|d| *d <= last) {
            let b = now.is_workday(d).ok();
            let a = after.is_workday(d)?;
            if b != Some(a) {
                days.push(DayMove {
                    date: d,
                    before: b,
                    provisional: b.is_some() && now.is_projected(d),
                    after: a,
                });
            }
        }
    }

    let mut errors = Vec::new();
    let mut commitments = Vec::new();
    for (k, v) in i.states.iter().enumerate() {
        let r = parse_any::<State>(v).and_then(|s| {
            let o = crate::commitment::rebase::rebase(&after, &s)?;
            Ok((s, o))
        });
        match r {
            Ok((s, o)) => {
                let moves: Vec<Move> = o
                    .effects
                    .iter()
                    .filter_map(|x| match x {
                        Effect::DeadlineChanged {
                            deadline, from, to, ..
                        } => Some(Move {
                            deadline: deadline.name(),
                            from: Some(*from),
                            to: *to,
                        }),
                        _ => None,
                    })
                    .collect();
                if !moves.is_empty() {
                    commitments.push(Moved {
                        index: k,
                        id: None,
                        matter: s.matter.clone(),
                        moves,
                    });
                }
            }
            Err(x) => errors.push(Failed {
                list: "states",
                index: k,
                error: x.within(&format!("states[{k}]")),
            }),
        }
    }

    let mut cases = Vec::new();
    if !i.cases.is_empty() {
        let today = i.today.ok_or_else(|| {
            Error::new(
                ErrorCode::InputMissingField,
                EngineText::CasesNeedToday.message(),
            )
            .at("today")
        })?;
        for (k, v) in i.cases.iter().enumerate() {
            let r = parse_any::<Case>(v).and_then(|c| {
                let new = case::supervise(e.catalog(), &after, &c, today, 3)?;
                let old = case::supervise(e.catalog(), now, &c, today, 3).ok();
                let moves: Vec<Move> = new
                    .deadlines
                    .iter()
                    .flatten()
                    .filter_map(|n| {
                        let before = old
                            .as_ref()
                            .and_then(|o| o.deadlines.iter().flatten().find(|x| x.kind == n.kind))
                            .map(|x| x.due);
                        (before != Some(n.due)).then(|| Move {
                            deadline: n.kind.name(),
                            from: before.and_then(crate::date::from_epoch_days),
                            to: crate::date::from_epoch_days(n.due).unwrap_or(NaiveDate::MIN),
                        })
                    })
                    .collect();
                Ok((c, moves))
            });
            match r {
                Ok((c, moves)) if !moves.is_empty() => cases.push(Moved {
                    index: k,
                    id: c.id.clone(),
                    matter: c.matter.clone(),
                    moves,
                }),
                Ok(_) => {}
                Err(x) => errors.push(Failed {
                    list: "cases",
                    index: k,
                    error: x.within(&format!("cases[{k}]")),
                }),
            }
        }
    }
    let summary = Summary {
        days: days.len(),
        commitments: commitments.len(),
        cases: cases.len(),
    };
    let reasons = vec![YearMsg::YearChanges {
        year,
        days: summary.days,
        commitments: summary.commitments,
        cases: summary.cases,
        source: after.year_citation(year),
    }
    .reason()];
    Reply::typed(Out {
        year,
        days,
        commitments,
        cases,
        errors,
        summary,
        reasons,
    })
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[op::<In, Out>("calendar.diff_years")]
};
