//! `form.prefill` — "共享数据自动调用、个性信息自行填报" (`tj-2022-onething` 三(一)2;
//! `tj-2018-onenet` 第二十二条): fields whose element a shared source holds are filled from it;
//! what the applicant typed is kept unless the host asks to overwrite.

use super::Form;
use serde::Serialize;
use serde_json::{Map, Value};

/// The result of a prefill.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Prefill {
    /// Values after prefilling, in the form's field order.
    pub values: Map<String, Value>,
    /// Which shared source filled which element.
    pub filled_from: Map<String, Value>,
    /// Elements the applicant typed and the shared source holds differently; kept as typed.
    pub kept: Vec<String>,
    /// Elements still without a value.
    pub to_fill: Vec<String>,
    /// Of those, the required ones.
    pub required_to_fill: Vec<String>,
}

/// Prefills `typed` from `shared` (`{"<source>": {"<element>": value}}`).
pub fn prefill(
    form: &Form,
    shared: &Map<String, Value>,
    typed: &Map<String, Value>,
    overwrite: bool,
) -> Prefill {
    let mut values = Map::new();
    let mut filled_from = Map::new();
    let mut kept = Vec::new();
    let mut to_fill = Vec::new();
    let mut required_to_fill = Vec::new();
    for f in &form.fields {
        let mine = typed.get(&*f.element).filter(|v| !v.is_null());
        let theirs = f
            .shared_source
            .as_deref()
            .and_then(|s| {
                shared
                    .get(s)
                    .and_then(|src| src.get(&*f.element))
                    .map(|v| (s, v))
            })
            .filter(|(_, v)| !v.is_null());
        match (mine, theirs) {
            (Some(_), Some((src, t))) if overwrite => {
                values.insert(f.element.to_string(), t.clone());
                filled_from.insert(f.element.to_string(), src.into());
            }
            (Some(m), Some((_, t))) => {
                values.insert(f.element.to_string(), m.clone());
                if m != t {
                    kept.push(f.element.to_string());
                }
            }
            (Some(m), None) => {
                values.insert(f.element.to_string(), m.clone());
            }
            (None, Some((src, t))) => {
                values.insert(f.element.to_string(), t.clone());
                filled_from.insert(f.element.to_string(), src.into());
            }
            (None, None) => {
                to_fill.push(f.element.to_string());
                if f.required {
                    required_to_fill.push(f.element.to_string());
                }
            }
        }
    }
    // Typed values for elements outside the form are kept too (validate reports them).
    for (k, v) in typed {
        if !values.contains_key(k) {
            values.insert(k.clone(), v.clone());
        }
    }
    Prefill {
        values,
        filled_from,
        kept,
        to_fill,
        required_to_fill,
    }
}
