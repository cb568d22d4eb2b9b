//! Operations read straight from text (no value tree between) must answer and fail exactly as the
//! two-step way does. Every conformance vector of such an operation, and mutants of each input —
//! each key removed, each value swapped for another kind, each object with a key named twice, an
//! extra key in each object — go through `call_json` (straight from text) and `call` (the value
//! way), and the answers or errors (code, path, message) must be equal — and so must the typed
//! answer a door builds its own objects from (`call_reply_text`).

use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use zhengwu::engine::OPS;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The answer or the error, as one comparable value.
fn outcome(r: zhengwu::Result<Value>) -> Value {
    match r {
        Ok(v) => serde_json::json!({ "ok": v }),
        Err(e) => {
            serde_json::json!({ "error": serde_json::from_str::<Value>(&e.to_json()).unwrap() })
        }
    }
}

/// Every node of `v` by its address (indices into objects' entries and arrays).
fn addresses(v: &Value, at: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(at.clone());
    let kids: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        Value::Object(m) => m.values().collect(),
        _ => return,
    };
    for (i, k) in kids.into_iter().enumerate() {
        at.push(i);
        addresses(k, at, out);
        at.pop();
    }
}

fn node<'v>(v: &'v mut Value, at: &[usize]) -> &'v mut Value {
    at.iter().fold(v, |v, &i| match v {
        Value::Array(a) => &mut a[i],
        Value::Object(m) => m.values_mut().nth(i).unwrap(),
        _ => unreachable!(),
    })
}

/// JSON text of `v` with the first key of the object at `dup` written twice.
fn text_with_duplicate(v: &Value, dup: &[usize], at: &mut Vec<usize>, out: &mut String) {
    match v {
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                at.push(i);
                text_with_duplicate(x, dup, at, out);
                at.pop();
            }
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(k).unwrap());
                out.push(':');
                at.push(i);
                text_with_duplicate(x, dup, at, out);
                at.pop();
                if i == 0 && at.as_slice() == dup {
                    out.push(',');
                    out.push_str(&serde_json::to_string(k).unwrap());
                    out.push(':');
                    out.push_str(&serde_json::to_string(x).unwrap());
                }
            }
            out.push('}');
        }
        _ => out.push_str(&serde_json::to_string(v).unwrap()),
    }
}

/// The inputs made from one input: itself, then its mutants.
fn mutants(input: &Value) -> Vec<Value> {
    let mut addrs = Vec::new();
    addresses(input, &mut Vec::new(), &mut addrs);
    let mut out = vec![input.clone()];
    let swaps = [
        Value::Null,
        Value::from(7),
        Value::from(-1.5),
        Value::from("x"),
        Value::Array(vec![]),
        Value::Object(Map::new()),
    ];
    for a in &addrs {
        for s in &swaps {
            let mut m = input.clone();
            *node(&mut m, a) = s.clone();
            out.push(m);
        }
        let mut extra = input.clone();
        let first = match node(&mut extra, a) {
            Value::Object(o) => {
                let first = o.keys().next().cloned();
                o.insert("unknown_key".into(), Value::from(1));
                first
            }
            _ => continue,
        };
        out.push(extra);
        if let Some(k) = first {
            let mut m = input.clone();
            if let Value::Object(o) = node(&mut m, a) {
                o.shift_remove(&k);
            }
            out.push(m);
        }
    }
    out
}

#[test]
fn straight_from_text_answers_as_the_value_way() {
    // Vectors of every operation read straight from text.
    let direct: Vec<&str> = OPS
        .iter()
        .filter(|o| o.text.is_some())
        .map(|o| o.name)
        .collect();
    assert!(direct.contains(&"case.supervise"), "{direct:?}");
    let mut seen = std::collections::BTreeSet::new();
    let default = zhengwu::Engine::default();
    let (mut inputs, mut duplicates, mut replies) = (0, 0, 0);
    let dirs = ["case", "credit"].map(|d| std::fs::read_dir(root().join("tests/vectors").join(d)));
    for path in dirs
        .into_iter()
        .flat_map(|d| d.unwrap())
        .map(|e| e.unwrap().path())
    {
        let vectors: Vec<Value> =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for v in vectors {
            let op = v["op"].as_str().unwrap();
            if !direct.contains(&op) || v.get("input_raw").is_some() {
                continue;
            }
            let engine = match v.get("config") {
                Some(c) => zhengwu::Engine::new(c).unwrap(),
                None => default.clone(),
            };
            let name = v["name"].as_str().unwrap_or("?");
            seen.insert(op.to_string());
            for m in mutants(&v["input"]) {
                inputs += 1;
                let text = serde_json::to_string(&m).unwrap();
                let by_text = outcome(
                    engine
                        .call_json(op, &text)
                        .map(|s| serde_json::from_str(&s).unwrap()),
                );
                let by_value = outcome(engine.call(op, &m));
                assert_eq!(by_text, by_value, "{op} {name}: {text}");
                // The typed answer a door builds its own objects from, straight from text.
                if let Some(r) = engine.call_reply_text(op, &text) {
                    replies += 1;
                    let by_reply = outcome(r.and_then(|reply| {
                        Ok(serde_json::from_str(&reply.to_json(usize::MAX)?).unwrap())
                    }));
                    assert_eq!(by_reply, by_value, "{op} {name} (reply): {text}");
                };
            }
            let mut addrs = Vec::new();
            addresses(&v["input"], &mut Vec::new(), &mut addrs);
            for a in addrs {
                if !matches!(node(&mut v["input"].clone(), &a), Value::Object(o) if !o.is_empty()) {
                    continue;
                }
                duplicates += 1;
                let mut text = String::new();
                text_with_duplicate(&v["input"], &a, &mut Vec::new(), &mut text);
                let e = engine.call_json(op, &text).unwrap_err();
                assert_eq!(
                    serde_json::to_value(e.code()).unwrap(),
                    "input.duplicate_key",
                    "{op} {name}: {text}"
                );
            }
        }
    }
    eprintln!(
        "{inputs} inputs ({replies} also as typed replies), {duplicates} with a key named twice, \
         operations {seen:?}"
    );
    assert_eq!(
        seen.len(),
        direct.len(),
        "an operation read from text has no vector: {seen:?}"
    );
    assert!(
        inputs > 1000 && duplicates > 100 && replies > 200,
        "{inputs} inputs, {duplicates} duplicates, {replies} replies"
    );
}

#[test]
fn an_array_for_the_input_is_refused_as_the_value_way_refuses_it() {
    let e = zhengwu::Engine::default();
    for op in ["case.supervise", "case.supervise_batch", "case.stats"] {
        let text = r#"[{"matter": "X", "events": []}, "2024-01-02"]"#;
        let v: Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            outcome(
                e.call_json(op, text)
                    .map(|s| serde_json::from_str(&s).unwrap())
            ),
            outcome(e.call(op, &v)),
            "{op}"
        );
    }
}
