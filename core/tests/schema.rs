//! `meta.schema` serves the schema of every operation, and every reference in it resolves.

use serde_json::{json, Value};
use zhengwu::engine::OPS;
use zhengwu::Engine;

fn refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("$ref") {
                out.push(r);
            }
            m.values().for_each(|x| refs(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
        _ => {}
    }
}

#[test]
fn every_operation_has_its_input_and_answer() {
    let e = Engine::default();
    let doc = e.call("meta.schema", &json!({})).unwrap();
    let ops = doc["ops"].as_object().unwrap();
    let names: Vec<&str> = ops.keys().map(String::as_str).collect();
    let table: Vec<&str> = OPS.iter().map(|o| o.name).collect();
    assert_eq!(
        names, table,
        "meta.schema lists the operations of meta.ops, in order"
    );
    for (name, io) in ops {
        assert!(
            io.get("input").is_some() && io.get("answer").is_some(),
            "{name}"
        );
    }
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(all.len() > 100);
    for r in all {
        let name = r.strip_prefix("#/$defs/").expect("local reference");
        assert!(doc["$defs"].get(name).is_some(), "{r} does not resolve");
    }
    let day = &doc["$defs"]["DayIn"]["properties"]["date"];
    assert_eq!(
        day["$ref"], "#/$defs/IsoDate",
        "a date is read through one type"
    );
    assert!(e.call("meta.schema", &json!({"x": 1})).is_err());
}
