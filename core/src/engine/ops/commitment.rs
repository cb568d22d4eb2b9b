//! `commitment.*` (SPEC §4).

use super::to_value;
use crate::commitment::eligibility::{self as elig, eligibility};
use crate::commitment::letter::{check as check_letter, Letter};
use crate::commitment::lifecycle::{self, deadline_reasons, Event, Outcome, State};
use crate::credit::{Record, Subject};
use crate::date::ymd;
use crate::engine::Engine;
use crate::error::{Error, ErrorCode, Result};
use crate::wire::{parse, parse_any};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Applicant {
    pub subject: Value,
    #[serde(default)]
    pub records: Vec<Record>,
}

impl Applicant {
    /// The checked subject; errors point at `<at>.subject…`.
    pub fn subject_at(&self, at: &str) -> Result<Subject> {
        Subject::from_json(&self.subject, false).map_err(|e| e.within(&format!("{at}.subject")))
    }

    pub fn subject(&self) -> Result<Subject> {
        self.subject_at("applicant")
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EligibilityIn {
    matter: String,
    applicant: Applicant,
    #[serde(default)]
    missing: Vec<String>,
    #[serde(default, with = "crate::date::ymd_opt")]
    today: Option<NaiveDate>,
}

fn last_record_day(records: &[Record]) -> NaiveDate {
    records
        .iter()
        .map(Record::on)
        .max()
        .unwrap_or(NaiveDate::MIN)
}

pub fn eligibility_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: EligibilityIn = parse(input)?;
    let today = i
        .today
        .unwrap_or_else(|| last_record_day(&i.applicant.records));
    let el = eligibility(
        e.catalog(),
        e.policy(),
        e.calendar(),
        &i.matter,
        elig::Applicant {
            subject: i.applicant.subject()?,
            records: &i.applicant.records,
            today,
        },
        &i.missing,
    )?;
    Ok(json!({
        "eligible": el.eligible,
        "reasons": to_value(&el.reasons)?,
        "credit": {"blacklisted": el.credit.blacklisted, "commitment_allowed": el.credit.commitment_allowed, "subject": el.credit.subject.to_json()},
        "policy": e.policy().used(&[crate::policy::ParamId::DistrictCreditRule]),
    }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LetterIn {
    letter: Letter,
}

pub fn letter_check_op(_: &Engine, input: &Value) -> Result<Value> {
    let i: LetterIn = parse(input)?;
    let missing = check_letter(&i.letter);
    Ok(json!({ "complete": missing.is_empty(), "missing": to_value(&missing)? }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OpenIn {
    matter: String,
    applicant: Applicant,
    #[serde(with = "ymd")]
    committed_on: NaiveDate,
    #[serde(default, with = "crate::date::ymd_opt")]
    decided_on: Option<NaiveDate>,
    #[serde(default)]
    missing: Vec<String>,
    #[serde(default)]
    letter: Option<Letter>,
}

fn outcome_json(e: &Engine, o: &Outcome, with_policy: bool) -> Result<Value> {
    let mut v = json!({
        "state": to_value(&o.state)?,
        "deadlines": to_value(&o.state.deadlines)?,
        "alerts": to_value(&o.alerts)?,
        "effects": to_value(&o.effects)?,
    });
    if o.state.provisional {
        v["provisional"] = true.into();
    }
    if with_policy {
        let mut reasons = deadline_reasons(&o.state);
        let (_, more) = e
            .calendar()
            .provenance(o.state.committed_on, o.state.deadlines.latest());
        reasons.extend(more);
        v["reasons"] = to_value(&reasons)?;
        v["policy"] = to_value(&o.state.policy)?;
    }
    Ok(v)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RebaseIn {
    state: Value,
}

/// `commitment.rebase {state}`: the deadlines computed again on the engine's calendar (after a
/// year's notice is loaded), each move an effect `deadline_changed`.
pub fn rebase_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: RebaseIn = parse(input)?;
    let state = state_of(&i.state)?;
    let o = crate::commitment::rebase::rebase(e.calendar(), &state).map_err(|x| {
        if x.path().is_some() {
            x
        } else {
            x.at("state.deadlines")
        }
    })?;
    outcome_json(e, &o, false)
}

pub fn open_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: OpenIn = parse(input)?;
    if let Some(letter) = &i.letter {
        let missing = check_letter(letter);
        if !missing.is_empty() {
            let items: Vec<&str> = missing.iter().map(|m| m.label).collect();
            return Err(Error::new(
                ErrorCode::CommitmentIncompleteLetter,
                format!("the letter lacks: {}", items.join("；")),
            )
            .at(format!("letter.{}", missing[0].item)));
        }
    }
    let el = eligibility(
        e.catalog(),
        e.policy(),
        e.calendar(),
        &i.matter,
        elig::Applicant {
            subject: i.applicant.subject()?,
            records: &i.applicant.records,
            today: i.committed_on,
        },
        &i.missing,
    )?;
    if !el.eligible {
        let codes: Vec<&str> = el.reasons.iter().map(|r| r.code).collect();
        return Err(Error::new(
            ErrorCode::CommitmentNotEligible,
            format!("commitment approval is not open here: {}", codes.join(", ")),
        ));
    }
    let decided_on = i.decided_on.unwrap_or(i.committed_on);
    let code = e
        .catalog()
        .matter(&i.matter)
        .map_or(i.matter.clone(), |m| m.code.clone());
    let o = lifecycle::open(
        e.calendar(),
        e.policy(),
        &code,
        el.credit.subject,
        i.committed_on,
        decided_on,
        i.missing,
    )?;
    let mut v = outcome_json(e, &o, true)?;
    if i.letter.is_none() {
        v["notes"] =
            json!(["no letter given: check it with commitment.letter_check before signing"]);
    }
    Ok(v)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ApplyIn {
    state: Value,
    event: Value,
}

fn state_of(v: &Value) -> Result<State> {
    parse_any::<State>(v).map_err(|e| e.within("state"))
}

pub fn apply_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: ApplyIn = parse(input)?;
    let state = state_of(&i.state)?;
    let event: Event = parse_any(&i.event).map_err(|x| x.within("event"))?;
    let o = lifecycle::apply(e.calendar(), &state, &event)?;
    outcome_json(e, &o, false)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TickIn {
    state: Value,
    #[serde(with = "ymd")]
    today: NaiveDate,
}

pub fn tick_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: TickIn = parse(input)?;
    let state = state_of(&i.state)?;
    let o = lifecycle::tick(e.calendar(), &state, i.today).map_err(|x| {
        if x.path().is_some() {
            x
        } else {
            x.at("today")
        }
    })?;
    outcome_json(e, &o, false)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TickBatchIn {
    states: Vec<Value>,
    #[serde(with = "ymd")]
    today: NaiveDate,
}

/// Ticks many commitments at once; a bad item gives an `error` in its slot, not a failed batch.
pub fn tick_batch_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: TickBatchIn = parse(input)?;
    let mut results = Vec::with_capacity(i.states.len());
    for (k, v) in i.states.iter().enumerate() {
        let r = parse_any::<State>(v)
            .map_err(|x| x.within(&format!("states[{k}]")))
            .and_then(|s| lifecycle::tick(e.calendar(), &s, i.today))
            .and_then(|o| outcome_json(e, &o, false));
        results.push(match r {
            Ok(v) => v,
            Err(err) => json!({ "error": err.to_value() }),
        });
    }
    Ok(json!({ "results": results }))
}
