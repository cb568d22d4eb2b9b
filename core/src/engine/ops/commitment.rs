//! `commitment.*` (SPEC §4).

use super::batch::{Results, Slot};
use crate::commitment::eligibility::{self as elig, eligibility};
use crate::commitment::letter::{check as check_letter, Letter, Missing};
use crate::commitment::lifecycle::{self, deadline_reasons, Event, Outcome, State};
use crate::commitment::messages::CommitmentText;
use crate::credit::{Record, Subject};
use crate::date::ymd;
use crate::engine::{Engine, Reply};
use crate::error::{Error, ErrorCode, Result};
use crate::policy::{ParamId, Used};
use crate::reason::Reason;
use crate::wire::{parse, parse_any};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct CreditBrief {
    blacklisted: bool,
    commitment_allowed: bool,
    subject: Subject,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct EligibilityOut<'a> {
    eligible: bool,
    reasons: Vec<Reason>,
    credit: CreditBrief,
    policy: Used<'a>,
}

pub fn eligibility_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
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
    Reply::typed(EligibilityOut {
        eligible: el.eligible,
        reasons: el.reasons,
        credit: CreditBrief {
            blacklisted: el.credit.blacklisted,
            commitment_allowed: el.credit.commitment_allowed,
            subject: el.credit.subject,
        },
        policy: e.policy().used(&[ParamId::DistrictCreditRule]),
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct LetterIn {
    letter: Letter,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct LetterOut {
    complete: bool,
    missing: Vec<Missing>,
}

pub fn letter_check_op<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: LetterIn = parse(input)?;
    let missing = check_letter(&i.letter);
    Reply::typed(LetterOut {
        complete: missing.is_empty(),
        missing,
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// A step's answer: `state`, `deadlines`, `alerts`, `effects`, then `provisional` when a deadline
/// is projected, and for `open` the `reasons`, `policy` and `notes`.
struct OutcomeOut {
    outcome: Outcome,
    reasons: Option<Vec<Reason>>,
    notes: Option<&'static str>,
}

impl Serialize for OutcomeOut {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let o = &self.outcome;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("state", &o.state)?;
        m.serialize_entry("deadlines", &o.state.deadlines)?;
        m.serialize_entry("alerts", &o.alerts)?;
        m.serialize_entry("effects", &o.effects)?;
        if o.state.provisional {
            m.serialize_entry("provisional", &true)?;
        }
        if let Some(r) = &self.reasons {
            m.serialize_entry("reasons", r)?;
            m.serialize_entry("policy", &o.state.policy)?;
        }
        if let Some(n) = self.notes {
            m.serialize_entry("notes", &[n])?;
        }
        m.end()
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for OutcomeOut {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CommitmentStep".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        use crate::commitment::lifecycle::{Alert, Deadlines, Effect};
        let (state, deadlines) = (g.subschema_for::<State>(), g.subschema_for::<Deadlines>());
        let (alerts, effects) = (
            g.subschema_for::<Vec<Alert>>(),
            g.subschema_for::<Vec<Effect>>(),
        );
        let (reasons, policy) = (
            g.subschema_for::<Vec<Reason>>(),
            g.subschema_for::<crate::commitment::lifecycle::PolicyUsed>(),
        );
        schemars::json_schema!({
            "description": "A step of a commitment: the state after it, its deadlines, alerts and effects; `open` adds its reasons, the policy used and notes.",
            "type": "object",
            "properties": {
                "state": state,
                "deadlines": deadlines,
                "alerts": alerts,
                "effects": effects,
                "provisional": {"const": true},
                "reasons": reasons,
                "policy": policy,
                "notes": {"type": "array", "items": {"type": "string"}}
            },
            "required": ["state", "deadlines", "alerts", "effects"]
        })
    }
}

fn outcome_out(e: &Engine, outcome: Outcome, with_reasons: bool) -> OutcomeOut {
    let reasons = with_reasons.then(|| {
        let mut r = deadline_reasons(&outcome.state);
        let (_, more) = e
            .calendar()
            .provenance(outcome.state.committed_on, outcome.state.deadlines.latest());
        r.extend(more);
        r
    });
    OutcomeOut {
        outcome,
        reasons,
        notes: None,
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RebaseIn {
    state: State,
}

/// `commitment.rebase {state}`: the deadlines computed again on the engine's calendar (after a
/// year's notice is loaded), each move an effect `deadline_changed`.
pub fn rebase_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: RebaseIn = parse(input)?;
    let o = crate::commitment::rebase::rebase(e.calendar(), &i.state).map_err(|x| {
        if x.path().is_some() {
            x
        } else {
            x.at("state.deadlines")
        }
    })?;
    Reply::typed(outcome_out(e, o, false))
}

pub fn open_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: OpenIn = parse(input)?;
    if let Some(letter) = &i.letter {
        let missing = check_letter(letter);
        if !missing.is_empty() {
            let items: Vec<&str> = missing.iter().map(|m| m.label).collect();
            return Err(Error::new(
                ErrorCode::CommitmentIncompleteLetter,
                CommitmentText::LetterLacks {
                    items: items.join("；"),
                }
                .message(),
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
            CommitmentText::NotOpen {
                messages: el
                    .reasons
                    .iter()
                    .map(|r| r.message.as_ref())
                    .collect::<Vec<_>>()
                    .join("；"),
                codes: codes.join(", "),
            }
            .message(),
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
    let mut out = outcome_out(e, o, true);
    if i.letter.is_none() {
        out.notes = Some(tr!(
            "未提交承诺书：签署前请用 commitment.letter_check 核对",
            "no letter given: check it with commitment.letter_check before signing"
        ));
    }
    Reply::typed(out)
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ApplyIn {
    state: State,
    event: Event,
}

/// The stored state checked against its invariants (errors at `state…`), and against this
/// engine: a matter of its catalog, a policy profile it knows.
fn checked(e: &Engine, s: &State, at: &str) -> Result<()> {
    lifecycle::check(e.calendar(), s).map_err(|x| x.within(at))?;
    let invalid = |path: &str, m: std::borrow::Cow<'static, str>| {
        Error::new(ErrorCode::CommitmentInvalidState, m)
            .at(path)
            .within(at)
    };
    if e.catalog().matter(&s.matter).is_none() {
        return Err(invalid(
            "matter",
            CommitmentText::NoMatter { code: &s.matter }.message(),
        ));
    }
    if crate::policy::Policy::profile(&s.policy.profile).is_err() {
        return Err(invalid(
            "policy.profile",
            CommitmentText::NoProfile {
                name: &s.policy.profile,
            }
            .message(),
        ));
    }
    Ok(())
}

pub fn apply_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: ApplyIn = parse(input)?;
    checked(e, &i.state, "state")?;
    let o = lifecycle::apply(e.calendar(), &i.state, &i.event)?;
    Reply::typed(outcome_out(e, o, false))
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct TickIn {
    state: State,
    #[serde(with = "ymd")]
    today: NaiveDate,
}

pub fn tick_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: TickIn = parse(input)?;
    checked(e, &i.state, "state")?;
    let o = lifecycle::tick(e.calendar(), &i.state, i.today).map_err(|x| {
        if x.path().is_some() {
            x
        } else {
            x.at("today")
        }
    })?;
    Reply::typed(outcome_out(e, o, false))
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct TickBatchIn {
    states: Vec<Value>,
    #[serde(with = "ymd")]
    today: NaiveDate,
}

/// Ticks many commitments at once; a bad item gives an `error` in its slot, not a failed batch.
/// The length is checked before any work; each answer is worked out as it is written.
pub fn tick_batch_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let n = super::batch::batch_len(input, "states");
    e.limits().check_batch(n, "states")?;
    let i: TickBatchIn = parse(input)?;
    let today = i.today;
    let items = i.states.into_iter().enumerate().map(move |(k, v)| {
        let r = parse_any::<State>(&v)
            .map_err(|x| x.within(&format!("states[{k}]")))
            .and_then(|s| checked(e, &s, &format!("states[{k}]")).map(|()| s))
            .and_then(|s| lifecycle::tick(e.calendar(), &s, today));
        Slot::from(r.map(|o| outcome_out(e, o, false)))
    });
    Reply::typed(Results {
        results: super::batch::Lazy::new(items),
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RenderLetterIn {
    matter: String,
    applicant: LetterApplicant,
    #[serde(with = "ymd")]
    committed_on: NaiveDate,
    #[serde(default)]
    missing: Vec<String>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct LetterApplicant {
    name: String,
    #[serde(default)]
    subject: Option<Value>,
    #[serde(default)]
    agent: Option<String>,
}

/// 告知承诺书 as text and printable HTML.
pub fn letter_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: RenderLetterIn = parse(input)?;
    let code = match &i.applicant.subject {
        None => None,
        Some(s) => Some(
            match Subject::from_json(s, false).map_err(|x| x.within("applicant.subject"))? {
                Subject::Uscc(c) | Subject::ResidentId(c) => c,
            },
        ),
    };
    let req = crate::commitment::render::LetterRequest {
        matter: &i.matter,
        applicant_name: &i.applicant.name,
        applicant_code: code.as_deref(),
        agent_name: i.applicant.agent.as_deref(),
        committed_on: i.committed_on,
        missing: &i.missing,
    };
    Reply::typed(crate::commitment::render::render(
        e.catalog(),
        e.calendar(),
        e.policy(),
        &req,
    )?)
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[
        op::<EligibilityIn, EligibilityOut<'static>>("commitment.eligibility"),
        op::<LetterIn, LetterOut>("commitment.letter_check"),
        op::<RenderLetterIn, crate::commitment::render::RenderedLetter>("commitment.letter"),
        op::<OpenIn, OutcomeOut>("commitment.open"),
        op::<ApplyIn, OutcomeOut>("commitment.apply"),
        op::<TickIn, OutcomeOut>("commitment.tick"),
        op::<RebaseIn, OutcomeOut>("commitment.rebase"),
        op::<TickBatchIn, super::batch::Batch<OutcomeOut>>("commitment.tick_batch"),
    ]
};
