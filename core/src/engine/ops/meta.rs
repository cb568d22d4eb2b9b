//! `meta.version`, `meta.ops`, `policy.get`.

use super::super::{Engine, ABI_VERSION, VERSION};
use crate::date::format_ymd;
use crate::error::Result;
use crate::wire::parse;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Empty {}

pub fn version(e: &Engine, input: &Value) -> Result<Value> {
    let Empty {} = parse(input)?;
    let (from, to) = e.calendar().range();
    Ok(json!({
        "version": VERSION,
        "abi": ABI_VERSION,
        "calendar": {"name": e.calendar().name(), "from": format_ymd(from), "to": format_ymd(to)},
        "policy": e.policy().profile_name(),
    }))
}

pub fn ops(_: &Engine, input: &Value) -> Result<Value> {
    let Empty {} = parse(input)?;
    let names: Vec<&str> = super::OPS.iter().map(|(n, _)| *n).collect();
    Ok(json!({ "ops": names }))
}

pub fn policy(e: &Engine, input: &Value) -> Result<Value> {
    let Empty {} = parse(input)?;
    Ok(e.policy().to_json())
}
