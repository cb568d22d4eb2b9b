//! `credit.*` (SPEC §5).

use super::commitment::Applicant;
use super::to_value;
use crate::credit::judge::{judge, CaseFacts};
use crate::credit::repair::{check, Application};
use crate::credit::status::status;
use crate::credit::{Record, Subject};
use crate::date::ymd;
use crate::engine::Engine;
use crate::engine::Reply;
use crate::error::Result;
use crate::policy::ParamId;
use crate::wire::{parse, parse_any};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{json, Value};

pub fn judge_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let facts: CaseFacts = parse(input)?;
    Reply::typed(judge(
        &facts,
        e.calendar(),
        e.policy().period(ParamId::CreditEntry),
    )?)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusIn {
    subject: Value,
    #[serde(default)]
    records: Vec<Record>,
    #[serde(with = "ymd")]
    today: NaiveDate,
}

fn status_json(
    e: &Engine,
    subject: Subject,
    records: &[Record],
    today: NaiveDate,
) -> Result<Value> {
    let st = status(subject, records, today, e.policy(), e.calendar())?;
    let mut v = to_value(&st)?;
    v["policy"] = e
        .policy()
        .used(&[ParamId::BlacklistRemoval, ParamId::DistrictCreditRule]);
    if !st.late_entries.is_empty() {
        v["policy"] = e.policy().used(&[
            ParamId::BlacklistRemoval,
            ParamId::DistrictCreditRule,
            ParamId::CreditEntry,
        ]);
    }
    Ok(v)
}

pub fn status_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: StatusIn = parse(input)?;
    let subject = Subject::from_json(&i.subject, false).map_err(|x| x.within("subject"))?;
    status_json(e, subject, &i.records, i.today)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusBatchIn {
    subjects: Vec<Value>,
    #[serde(with = "ymd")]
    today: NaiveDate,
}

/// Many subjects at once; a bad item gives an `error` in its slot, not a failed batch.
pub fn status_batch_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: StatusBatchIn = parse(input)?;
    let mut results = Vec::with_capacity(i.subjects.len());
    for (k, v) in i.subjects.iter().enumerate() {
        let at = format!("subjects[{k}]");
        let r = parse_any::<Applicant>(v)
            .map_err(|x| x.within(&at))
            .and_then(|a| Ok((a.subject_at(&at)?, a.records)))
            .and_then(|(s, records)| {
                status_json(e, s, &records, i.today).map_err(|x| x.within(&at))
            });
        results.push(match r {
            Ok(v) => v,
            Err(err) => json!({ "error": err.to_value() }),
        });
    }
    Ok(json!({ "results": results }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RepairIn {
    application: Application,
}

pub fn repair_check_op(_: &Engine, input: &Value) -> Result<Value> {
    let i: RepairIn = parse(input)?;
    let missing = check(&i.application);
    Ok(json!({ "complete": missing.is_empty(), "missing": to_value(&missing)? }))
}
