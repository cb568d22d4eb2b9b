//! `material.review` and `materials.resolve` (SPEC §3).

use crate::engine::{Engine, Reply};
use crate::error::Result;
use crate::materials::resolve::{resolve, Dossier, Resolved, Status};
use crate::materials::review::{review, Decision, ProofFacts};
use crate::reason::Reason;
use crate::wire::parse;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct ReviewOut {
    decision: Decision,
    reasons: Vec<Reason>,
}

pub fn review_op<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let facts: ProofFacts = parse(input)?;
    let (decision, reasons) = review(&facts);
    Reply::typed(ReviewOut { decision, reasons })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ResolveIn {
    matters: Vec<String>,
    #[serde(default)]
    dossier: Dossier,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "ResolveSummary"))]
struct Summary {
    shared: usize,
    on_file: usize,
    letter: usize,
    deferred: usize,
    required: usize,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct ResolveOut<M: Serialize, O: Serialize> {
    materials: M,
    optional: O,
    summary: Summary,
}

pub fn resolve_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: ResolveIn = parse(input)?;
    let (resolved, optional) = resolve(e.catalog(), &i.matters, &i.dossier)?;
    let count = |s: Status| {
        resolved
            .iter()
            .filter(|r: &&Resolved| r.status == s)
            .count()
    };
    let summary = Summary {
        shared: count(Status::Shared),
        on_file: count(Status::OnFile),
        letter: count(Status::Letter),
        deferred: count(Status::Deferred),
        required: count(Status::Required),
    };
    Reply::typed(ResolveOut {
        materials: resolved,
        optional,
        summary,
    })
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[
        op::<crate::materials::review::ProofFacts, ReviewOut>("material.review"),
        op::<
            ResolveIn,
            ResolveOut<
                Vec<crate::materials::resolve::Resolved>,
                Vec<crate::materials::resolve::Optional>,
            >,
        >("materials.resolve"),
    ]
};
