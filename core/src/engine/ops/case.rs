//! `case.*` — 电子监察 and 综合考评 of cases (SPEC §8).

use super::batch::{Results, Slot};
use crate::case::{self, Case};
use crate::date::ymd;
use crate::engine::{Engine, Reply};
use crate::error::{Error, Result};
use crate::wire::{parse, parse_any};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

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
    let i: SuperviseIn = parse(input)?;
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
struct BatchIn {
    cases: Vec<Value>,
    #[serde(with = "ymd")]
    today: NaiveDate,
    #[serde(default = "alert_default")]
    alert_workdays: u32,
}

/// Supervises many cases; a bad case gives an `error` in its slot. The length is checked before
/// any work; each answer is worked out as it is written.
pub fn supervise_batch_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let n = super::batch::batch_len(input, "cases");
    e.limits().check_batch(n, "cases")?;
    let i: BatchIn = parse(input)?;
    let (today, alert) = (i.today, i.alert_workdays);
    let one = move |k: usize, v: &Value| {
        let at = format!("cases[{k}]");
        let r = parse_any::<Case>(v)
            .map_err(|x| x.within(&at))
            .and_then(|c| {
                case::supervise(e.catalog(), e.calendar(), &c, today, alert)
                    .map_err(|x| x.within(&at))
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
            .map(|(k, v)| serde_json::to_vec(&one(k, v)).map_or(0, |b| b.len() + 1))
            .sum();
        e.limits()
            .check_output(measured / sample * i.cases.len(), "cases")?;
    }
    let items = i
        .cases
        .into_iter()
        .enumerate()
        .map(move |(k, v)| one(k, &v));
    Reply::typed(Results {
        results: super::batch::Lazy::new(items),
    })
}

/// How many cases a batch answers first to estimate the size of its whole answer.
const ESTIMATE_SAMPLE: usize = 32;

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct StatsIn {
    cases: Vec<Value>,
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
    let i: StatsIn = parse(input)?;
    let (mut refused, mut listed) = (0usize, Vec::new());
    let mut rows = Vec::with_capacity(i.cases.len());
    for (k, v) in i.cases.iter().enumerate() {
        let at = format!("cases[{k}]");
        let r = parse_any::<Case>(v)
            .map_err(|x| x.within(&at))
            .and_then(|c| {
                let a = case::supervise(e.catalog(), e.calendar(), &c, i.today, 0)
                    .map_err(|x| x.within(&at))?;
                let m = e.catalog().require_matter(&c.matter, || at.clone())?;
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
        op::<BatchIn, super::batch::Batch<crate::case::Assessment<'static>>>(
            "case.supervise_batch",
        ),
        op::<StatsIn, StatsOut<'static>>("case.stats"),
    ]
};
