//! `credit.*` (SPEC §5).

use super::batch::{read_direct, Results, Slot};
use super::commitment::Applicant;
use crate::credit::judge::{judge, CaseFacts};
use crate::credit::repair::{check, Application, Missing};
use crate::credit::status::{status, Status};
use crate::credit::{Record, Subject};
use crate::date::ymd;
use crate::engine::{Engine, Reply};
use crate::error::Result;
use crate::policy::{ParamId, Used};
use crate::wire::{parse, parse_any, Strict};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub fn judge_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let facts: CaseFacts = parse(input)?;
    Reply::typed(judge(
        &facts,
        e.calendar(),
        e.policy().period(ParamId::CreditEntry),
    )?)
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct StatusIn {
    subject: Value,
    #[serde(default)]
    records: Vec<Record>,
    #[serde(with = "ymd")]
    today: NaiveDate,
}

/// A subject's status with the parameters it used.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct StatusOut<'a> {
    #[serde(flatten)]
    status: Status,
    policy: Used<'a>,
}

const USED: &[ParamId] = &[ParamId::BlacklistRemoval, ParamId::DistrictCreditRule];
const USED_WITH_ENTRY: &[ParamId] = &[
    ParamId::BlacklistRemoval,
    ParamId::DistrictCreditRule,
    ParamId::CreditEntry,
];

fn status_out<'a>(
    e: &'a Engine,
    subject: Subject,
    records: &[Record],
    today: NaiveDate,
) -> Result<StatusOut<'a>> {
    let st = status(subject, records, today, e.policy(), e.calendar())?;
    let ids = if st.late_entries.is_empty() {
        USED
    } else {
        USED_WITH_ENTRY
    };
    Ok(StatusOut {
        status: st,
        policy: e.policy().used(ids),
    })
}

pub fn status_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: StatusIn = parse(input)?;
    let subject = Subject::from_json(&i.subject, false).map_err(|x| x.within("subject"))?;
    Reply::typed(status_out(e, subject, &i.records, i.today)?)
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct StatusBatchIn {
    subjects: Vec<Value>,
    #[serde(with = "ymd")]
    today: NaiveDate,
}

/// `credit.status_batch` as read straight from text: each subject read at once, its free-form
/// `subject` refusing a key named twice as the two-step way does.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusBatchText {
    subjects: Vec<ApplicantText>,
    #[serde(with = "ymd")]
    today: NaiveDate,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ApplicantText {
    subject: Strict,
    #[serde(default)]
    records: Vec<Record>,
}

/// Many subjects at once; a bad item gives an `error` in its slot, not a failed batch. The length
/// is checked before any work; each answer is worked out as it is written.
pub fn status_batch_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let n = super::batch::batch_len(input, "subjects");
    e.limits().check_batch(n, "subjects")?;
    let i: StatusBatchIn = parse(input)?;
    status_many(e, i.subjects, i.today, |v| parse_any::<Applicant>(&v))
}

/// `credit.status_batch` read straight from text: one subject that cannot be read sends the batch
/// the two-step way, which gives it its slot's error.
pub fn status_batch_text<'a>(e: &'a Engine, text: &'a str) -> Option<Result<Reply<'a>>> {
    let len = |i: &StatusBatchText| i.subjects.len();
    read_direct(e, text, "subjects", len, |i| {
        status_many(e, i.subjects, i.today, |a| {
            Ok(Applicant {
                subject: a.subject.0,
                records: a.records,
            })
        })
    })
}

fn status_many<'a, T: Send + 'a>(
    e: &'a Engine,
    subjects: Vec<T>,
    today: NaiveDate,
    read: fn(T) -> Result<Applicant>,
) -> Result<Reply<'a>> {
    let at = |k: usize| format!("subjects[{k}]");
    let items = subjects.into_iter().enumerate().map(move |(k, v)| {
        let r = read(v)
            .map_err(|x| x.within(&at(k)))
            .and_then(|a| Ok((a.subject_at(&at(k))?, a.records)))
            .and_then(|(s, records)| {
                status_out(e, s, &records, today).map_err(|x| x.within(&at(k)))
            });
        Slot::from(r)
    });
    Reply::typed(Results {
        results: super::batch::Lazy::new(items),
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RepairIn {
    application: Application,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct RepairOut {
    complete: bool,
    missing: Vec<Missing>,
}

pub fn repair_check_op<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: RepairIn = parse(input)?;
    let missing = check(&i.application);
    Reply::typed(RepairOut {
        complete: missing.is_empty(),
        missing,
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct StatusColumnsIn {
    /// Each subject's records (the list `credit.status` takes), `null` for a missing row.
    records: Vec<Option<Value>>,
    #[serde(with = "crate::date::ymd")]
    today: NaiveDate,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct StatusColumnsOut {
    blacklisted: Vec<Option<bool>>,
    listed_since: Vec<Option<String>>,
    severe: Vec<Option<bool>>,
    commitment_allowed: Vec<Option<bool>>,
    green_channel: Vec<Option<bool>>,
    inspection: Vec<Option<crate::credit::status::Inspection>>,
    removal_eligible_on: Vec<Option<String>>,
}

/// `credit.status_columns`: the compact standing of many subjects, one array per field.
pub fn status_columns_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    e.limits()
        .check_batch(super::batch::batch_len(input, "records"), "records")?;
    let i: StatusColumnsIn = parse(input)?;
    let c = crate::credit::status_columns_of_values(
        &i.records,
        &[crate::date::to_epoch_days(i.today)],
        e.policy(),
        e.calendar(),
        false,
    )
    .map_err(|x| x.within("records"))?;
    let days = |v: Vec<Option<NaiveDate>>| {
        v.into_iter()
            .map(|d| d.map(crate::date::format_ymd))
            .collect()
    };
    Reply::typed(StatusColumnsOut {
        blacklisted: c.blacklisted,
        listed_since: days(c.listed_since),
        severe: c.severe,
        commitment_allowed: c.commitment_allowed,
        green_channel: c.green_channel,
        inspection: c.inspection,
        removal_eligible_on: days(c.removal_eligible_on),
    })
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[
        op::<crate::credit::judge::CaseFacts, crate::credit::judge::Verdict>("credit.judge"),
        op::<StatusIn, StatusOut<'static>>("credit.status"),
        op::<StatusBatchIn, super::batch::Batch<StatusOut<'static>>>("credit.status_batch"),
        op::<StatusColumnsIn, StatusColumnsOut>("credit.status_columns"),
        op::<RepairIn, RepairOut>("credit.repair_check"),
    ]
};
