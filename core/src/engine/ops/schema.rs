//! The JSON Schema of every operation's input and answer, derived from the types the operation
//! reads and writes (with the `schema` feature). `cargo run -p zhengwu --features schema --example
//! schema` writes it to `core/data/schema.json`, which `meta.schema` serves and from which the
//! doors' types are generated (`tools/schema/generate.py`).

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value};

/// One operation's input and answer types.
pub struct OpSchema {
    name: &'static str,
    input: fn(&mut SchemaGenerator) -> Schema,
    answer: fn(&mut SchemaGenerator) -> Schema,
}

fn sub<T: JsonSchema>(g: &mut SchemaGenerator) -> Schema {
    g.subschema_for::<T>()
}

/// The operation `name` reads an `I` and answers an `A`.
pub const fn op<I: JsonSchema, A: JsonSchema>(name: &'static str) -> OpSchema {
    OpSchema {
        name,
        input: sub::<I>,
        answer: sub::<A>,
    }
}

/// Every area's declarations.
fn declared() -> impl Iterator<Item = &'static OpSchema> {
    [
        super::meta::SCHEMAS,
        super::reasons::SCHEMAS,
        super::calendar::SCHEMAS,
        super::notice::SCHEMAS,
        super::diff_years::SCHEMAS,
        super::id::SCHEMAS,
        super::catalog::SCHEMAS,
        super::materials::SCHEMAS,
        super::commitment::SCHEMAS,
        super::credit::SCHEMAS,
        super::form::SCHEMAS,
        super::case::SCHEMAS,
    ]
    .into_iter()
    .flatten()
}

/// The document: `{"ops": {name: {"input", "answer"}}, "$defs": {...}}`, the operations in the
/// order of `meta.ops`. Inputs are described as they are read and answers as they are written
/// (a key an answer leaves out when empty is optional there); a type that differs between the
/// two keeps its name for the answer and is `<Name>Input` for the input. Fails naming every
/// operation declared twice, or not at all.
pub fn document() -> Result<Value, String> {
    let mut gi = SchemaSettings::draft2020_12()
        .for_deserialize()
        .into_generator();
    let mut ga = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut ops = Vec::new();
    let mut faults = Vec::new();
    for o in super::OPS {
        let found: Vec<&OpSchema> = declared().filter(|s| s.name == o.name).collect();
        match found.as_slice() {
            [s] => ops.push((
                o.name,
                (s.input)(&mut gi).to_value(),
                (s.answer)(&mut ga).to_value(),
            )),
            [] => faults.push(format!("{}: no schema declared", o.name)),
            _ => faults.push(format!("{}: declared {} times", o.name, found.len())),
        }
    }
    for s in declared() {
        if super::find(s.name).is_none() {
            faults.push(format!("{}: declared but no such operation", s.name));
        }
    }
    if !faults.is_empty() {
        return Err(faults.join("\n"));
    }
    let mut defs: Map<String, Value> = ga.take_definitions(true).into_iter().collect();
    let inputs: Map<String, Value> = gi.take_definitions(true).into_iter().collect();
    let renamed: Vec<String> = inputs
        .iter()
        .filter(|(k, v)| defs.get(*k).is_some_and(|a| a != *v))
        .map(|(k, _)| k.clone())
        .collect();
    let rename = |mut v: Value| {
        rename_refs(&mut v, &renamed);
        v
    };
    for (k, v) in inputs {
        let name = if renamed.contains(&k) {
            format!("{k}Input")
        } else {
            k
        };
        defs.insert(name, rename(v));
    }
    defs.sort_keys();
    let ops: Map<String, Value> = ops
        .into_iter()
        .map(|(name, input, answer)| {
            let io = serde_json::json!({"input": rename(input), "answer": answer});
            (name.to_string(), io)
        })
        .collect();
    Ok(serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "zhengwu operations: the input and answer of each",
        "ops": ops,
        "$defs": defs,
    }))
}

/// Points every `$ref` to a renamed input type at its `…Input` name.
fn rename_refs(v: &mut Value, renamed: &[String]) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get_mut("$ref") {
                if let Some(name) = r.strip_prefix("#/$defs/") {
                    if renamed.iter().any(|n| n == name) {
                        *r = format!("#/$defs/{name}Input");
                    }
                }
            }
            m.values_mut().for_each(|x| rename_refs(x, renamed));
        }
        Value::Array(a) => a.iter_mut().for_each(|x| rename_refs(x, renamed)),
        _ => {}
    }
}
