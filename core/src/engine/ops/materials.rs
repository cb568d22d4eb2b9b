//! `material.review` and `materials.resolve` (SPEC §3).

use super::to_value;
use crate::engine::Engine;
use crate::error::Result;
use crate::materials::resolve::{resolve, Dossier, Status};
use crate::materials::review::{review, ProofFacts};
use crate::wire::parse;
use serde::Deserialize;
use serde_json::{json, Value};

pub fn review_op(_: &Engine, input: &Value) -> Result<Value> {
    let facts: ProofFacts = parse(input)?;
    let (decision, reasons) = review(&facts);
    Ok(json!({ "decision": to_value(&decision)?, "reasons": to_value(&reasons)? }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResolveIn {
    matters: Vec<String>,
    #[serde(default)]
    dossier: Dossier,
}

pub fn resolve_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: ResolveIn = parse(input)?;
    let (resolved, optional) = resolve(e.catalog(), &i.matters, &i.dossier)?;
    let count = |s: Status| resolved.iter().filter(|r| r.status == s).count();
    Ok(json!({
        "materials": to_value(&resolved)?,
        "optional": to_value(&optional)?,
        "summary": {
            "shared": count(Status::Shared), "on_file": count(Status::OnFile), "letter": count(Status::Letter),
            "deferred": count(Status::Deferred), "required": count(Status::Required),
        },
    }))
}
