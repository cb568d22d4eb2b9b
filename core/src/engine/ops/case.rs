//! `case.*` — 电子监察 and 综合考评 of cases (SPEC §8).

use super::batch::{read_direct, Results, Slot};
use crate::case::{self, Case};
use crate::date::ymd;
use crate::engine::{Engine, Reply};
use crate::error::{Error, Result};
use crate::wire::{parse, parse_any, parse_direct};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::borrow::Cow;

/// Working days ahead of a limit that raise an `approaching` alert, unless the input says.
const ALERT_WORKDAYS: u32 = 3;

fn alert_default() -> u32 {
    ALERT_WORKDAYS
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct SuperviseIn {
    case: Case,
    #[serde(with = "ymd")]
    today: NaiveDate,
    #[serde(default = "alert_default")]
    alert_workdays: u32,
}

pub fn supervise_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    supervise_one(e, parse(input)?)
}

/// `case.supervise` read straight from text (see [`crate::wire::parse_direct`]).
pub fn supervise_text<'a>(e: &'a Engine, text: &'a str) -> Option<Result<Reply<'a>>> {
    Some(supervise_one(e, parse_direct(text)?))
}

fn supervise_one(e: &Engine, i: SuperviseIn) -> Result<Reply<'_>> {
    let a = case::supervise(
        e.catalog(),
        e.calendar(),
        &i.case,
        i.today,
        i.alert_workdays,
    )
    .map_err(|x| x.within("case"))?;
    Reply::typed(a)
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct BatchIn<C> {
    cases: Vec<C>,
    #[serde(with = "ymd")]
    today: NaiveDate,
    #[serde(default = "alert_default")]
    alert_workdays: u32,
}

/// Where a case of a batch is, for its error.
fn at(k: usize) -> String {
    format!("cases[{k}]")
}

/// A case of a batch as a value, read when its turn comes: its fault is its slot's error.
fn read_value(v: &Value) -> Result<Cow<'_, Case>> {
    parse_any(v).map(Cow::Owned)
}

/// A case of a batch already read (the whole batch was read straight from text).
fn read_typed(c: &Case) -> Result<Cow<'_, Case>> {
    Ok(Cow::Borrowed(c))
}

/// Supervises many cases; a bad case gives an `error` in its slot. The length is checked before
/// any work; each answer is worked out as it is written.
pub fn supervise_batch_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let n = super::batch::batch_len(input, "cases");
    e.limits().check_batch(n, "cases")?;
    supervise_many(e, parse(input)?, read_value)
}

/// `case.supervise_batch` read straight from text: every case read at once, so that one case
/// that cannot be read sends the batch the two-step way, which gives it its slot's error.
pub fn supervise_batch_text<'a>(e: &'a Engine, text: &'a str) -> Option<Result<Reply<'a>>> {
    let len = |i: &BatchIn<Case>| i.cases.len();
    read_direct(e, text, "cases", len, |i| supervise_many(e, i, read_typed))
}

fn supervise_many<'a, C: Send + 'a>(
    e: &'a Engine,
    i: BatchIn<C>,
    read: for<'x> fn(&'x C) -> Result<Cow<'x, Case>>,
) -> Result<Reply<'a>> {
    let (today, alert) = (i.today, i.alert_workdays);
    let one = move |k: usize, c: &C| {
        let r = read(c).map_err(|x| x.within(&at(k))).and_then(|c| {
            case::supervise(e.catalog(), e.calendar(), &c, today, alert)
                .map_err(|x| x.within(&at(k)))
        });
        Slot::from(r)
    };
    // An answer that cannot fit is refused before the work: the first cases are answered and
    // measured, and the batch's answer estimated from them (rendering stops at the limit too).
    let sample = i.cases.len().min(ESTIMATE_SAMPLE);
    if i.cases.len() > sample {
        let measured: usize = i.cases[..sample]
            .iter()
            .enumerate()
            .map(|(k, c)| serde_json::to_vec(&one(k, c)).map_or(0, |b| b.len() + 1))
            .sum();
        e.limits()
            .check_output(measured / sample * i.cases.len(), "cases")?;
    }
    let items = i
        .cases
        .into_iter()
        .enumerate()
        .map(move |(k, c)| one(k, &c));
    Reply::typed(Results {
        results: super::batch::Lazy::new(items),
    })
}

/// How many cases a batch answers first to estimate the size of its whole answer.
const ESTIMATE_SAMPLE: usize = 32;

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct StatsIn<C> {
    cases: Vec<C>,
    #[serde(with = "ymd")]
    today: NaiveDate,
}

/// The first refused cases a `case.stats` answer lists.
const REFUSED_LISTED: usize = 100;

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "CaseStatsOut"))]
struct StatsOut<'a> {
    #[serde(with = "ymd")]
    today: NaiveDate,
    refused: usize,
    refused_cases: Vec<Error>,
    #[serde(flatten)]
    stats: case::Stats<'a>,
}

/// Figures per department and matter over many cases; cases whose events cannot have happened
/// are counted out (`refused`, the first 100 listed with their errors).
pub fn stats_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let n = super::batch::batch_len(input, "cases");
    e.limits().check_batch(n, "cases")?;
    stats_of(e, parse(input)?, read_value)
}

/// `case.stats` read straight from text (see [`supervise_batch_text`]).
pub fn stats_text<'a>(e: &'a Engine, text: &'a str) -> Option<Result<Reply<'a>>> {
    let len = |i: &StatsIn<Case>| i.cases.len();
    read_direct(e, text, "cases", len, |i| stats_of(e, i, read_typed))
}

fn stats_of<'a, C>(
    e: &'a Engine,
    i: StatsIn<C>,
    read: for<'x> fn(&'x C) -> Result<Cow<'x, Case>>,
) -> Result<Reply<'a>> {
    let (mut refused, mut listed) = (0usize, Vec::new());
    let mut rows = Vec::with_capacity(i.cases.len());
    for (k, v) in i.cases.iter().enumerate() {
        let r = read(v).map_err(|x| x.within(&at(k))).and_then(|c| {
            let a = case::supervise(e.catalog(), e.calendar(), &c, i.today, 0)
                .map_err(|x| x.within(&at(k)))?;
            let m = e.catalog().require_matter(&c.matter, || at(k))?;
            Ok((m, a.row()))
        });
        match r {
            Ok(row) => rows.push(row),
            Err(x) => {
                refused += 1;
                if listed.len() < REFUSED_LISTED {
                    listed.push(x);
                }
            }
        }
    }
    Reply::typed(StatsOut {
        today: i.today,
        refused,
        refused_cases: listed,
        stats: case::stats(e.catalog(), rows),
    })
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[
        op::<SuperviseIn, crate::case::Assessment<'static>>("case.supervise"),
        op::<BatchIn<Value>, super::batch::Batch<crate::case::Assessment<'static>>>(
            "case.supervise_batch",
        ),
        op::<StatsIn<Value>, StatsOut<'static>>("case.stats"),
    ]
};
