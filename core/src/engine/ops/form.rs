//! `form.*` (SPEC §7).

use crate::engine::Engine;
use crate::engine::Reply;
use crate::error::{Error, ErrorCode, Result};
use crate::form::merge::{merge, Request};
use crate::form::messages::FormText;
use crate::form::prefill::prefill;

use crate::form::Form;
use crate::wire::{parse, parse_any};
use serde::Deserialize;
use serde_json::{Map, Value};

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct MergeIn {
    #[serde(default)]
    matters: Option<Vec<String>>,
    #[serde(default)]
    bundle: Option<String>,
    #[serde(default)]
    choose: Option<Vec<String>>,
}

pub fn merge_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: MergeIn = parse(input)?;
    let req = match (&i.matters, &i.bundle) {
        (Some(m), None) if i.choose.is_none() => Request::Matters(m),
        (None, Some(b)) => Request::Bundle {
            id: b,
            choose: i.choose.as_deref(),
        },
        (Some(_), None) => {
            return Err(Error::new(
                ErrorCode::InputInvalidValue,
                FormText::ChooseWithoutBundle.message(),
            )
            .at("choose"))
        }
        _ => {
            return Err(Error::new(
                ErrorCode::InputInvalidValue,
                FormText::NothingToMerge.message(),
            ))
        }
    };
    Reply::typed(merge(e.catalog(), req)?)
}

fn form_of(v: &Value) -> Result<Form> {
    parse_any::<Form>(v).map_err(|e| e.within("form"))
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct PrefillIn {
    form: Value,
    #[serde(default)]
    shared: Map<String, Value>,
    #[serde(default)]
    values: Map<String, Value>,
    #[serde(default)]
    overwrite: bool,
}

pub fn prefill_op<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: PrefillIn = parse(input)?;
    let form = form_of(&i.form)?;
    for (k, v) in &i.shared {
        if !v.is_object() {
            return Err(Error::new(
                ErrorCode::InputWrongType,
                FormText::SharedNotObject { source: k }.message(),
            )
            .at(format!("shared.{k}")));
        }
    }
    Reply::typed(prefill(&form, &i.shared, &i.values, i.overwrite))
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ValuesIn {
    form: Value,
    #[serde(default)]
    values: Map<String, Value>,
}

pub fn validate_op<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: ValuesIn = parse(input)?;
    Reply::typed(form_of(&i.form)?.validation(&i.values))
}

pub fn split_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: ValuesIn = parse(input)?;
    let form = form_of(&i.form)?;
    // Each packet copies its values: refuse before building an answer past the limit.
    e.limits()
        .check_output(form.split_size(&i.values), "values")?;
    Reply::typed(form.split_values(&i.values))
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[
        op::<MergeIn, crate::form::Form>("form.merge"),
        op::<PrefillIn, crate::form::prefill::Prefill>("form.prefill"),
        op::<ValuesIn, crate::form::Validation>("form.validate"),
        op::<ValuesIn, crate::form::Split>("form.split"),
    ]
};
