//! `meta.version`, `meta.ops`, `policy.get`.

use super::super::{Engine, ABI_VERSION, VERSION};
use crate::engine::texts::EngineText;
use crate::engine::Reply;
use crate::error::Result;
use crate::wire::parse;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(super) struct Empty {}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct CalendarOut<'a> {
    name: &'a str,
    #[serde(with = "crate::date::ymd")]
    from: NaiveDate,
    #[serde(with = "crate::date::ymd")]
    to: NaiveDate,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct VersionOut<'a> {
    version: &'static str,
    abi: u32,
    calendar: CalendarOut<'a>,
    policy: &'a str,
}

pub fn version<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let Empty {} = parse(input)?;
    let (from, to) = e.calendar().range();
    Reply::typed(VersionOut {
        version: VERSION,
        abi: ABI_VERSION,
        calendar: CalendarOut {
            name: e.calendar().name(),
            from,
            to,
        },
        policy: e.policy().profile_name(),
    })
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct OpsOut {
    ops: Vec<&'static str>,
}

pub fn ops<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let Empty {} = parse(input)?;
    Reply::typed(OpsOut {
        ops: super::OPS.iter().map(|o| o.name).collect(),
    })
}

pub fn policy<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let Empty {} = parse(input)?;
    Reply::typed(e.policy())
}

/// The JSON Schema of every operation's input and answer, as `core/data/schema.json` holds it
/// (written from the types; see `ops/schema.rs`).
const SCHEMA: &str = include_str!("../../../data/schema.json");

/// `meta.schema`: the document, read once.
pub fn schema<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    static DOC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    let Empty {} = parse(input)?;
    Reply::typed(DOC.get_or_init(|| serde_json::from_str(SCHEMA).unwrap_or(Value::Null)))
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct DocsOut {
    docs: &'static [crate::sources::Source],
}

/// Every cited source: id, full title, 文号, issuer, date, where it applies.
pub fn docs<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let Empty {} = parse(input)?;
    Reply::typed(DocsOut {
        docs: crate::sources::SOURCES,
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ExplainIn {
    op: String,
    /// Checked present here and read where it lies (not copied).
    #[allow(dead_code)]
    #[cfg_attr(feature = "schema", schemars(with = "serde_json::Value"))]
    answer: serde::de::IgnoredAny,
}

/// 明白纸: the answer of `op` explained in Chinese, with what to do, by when, and why.
pub fn explain<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: ExplainIn = parse(input)?;
    let answer = &input["answer"];
    if !answer.is_object() {
        return Err(crate::error::Error::new(
            crate::error::ErrorCode::InputWrongType,
            EngineText::NotAnAnswer.message(),
        )
        .at("answer"));
    }
    crate::explain::check(&i.op, answer)?;
    Reply::typed(crate::explain::explain(&i.op, answer))
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[
        op::<Empty, VersionOut<'static>>("meta.version"),
        op::<Empty, OpsOut>("meta.ops"),
        op::<Empty, DocsOut>("meta.docs"),
        op::<Empty, crate::policy::Policy>("policy.get"),
        op::<ExplainIn, crate::explain::Explanation>("explain.answer"),
        op::<Empty, serde_json::Value>("meta.schema"),
    ]
};
