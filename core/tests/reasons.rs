//! `meta.reasons` lists every reason and error code the conformance corpus meets, each with its
//! templates (both languages) and citation.

use serde_json::{json, Value};
use std::collections::BTreeSet;

fn walk(v: &Value, reasons: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(c)), Some(_), Some(_)) =
                (m.get("code"), m.get("message"), m.get("citation"))
            {
                reasons.insert(c.clone());
            }
            m.values().for_each(|x| walk(x, reasons));
        }
        Value::Array(a) => a.iter().for_each(|x| walk(x, reasons)),
        _ => {}
    }
}

fn placeholders(t: &str) -> BTreeSet<&str> {
    zhengwu::message::placeholders(t).into_iter().collect()
}

fn vectors(dir: &std::path::Path, out: &mut Vec<Value>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            vectors(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            out.extend(v.as_array().unwrap().iter().cloned());
        }
    }
}

#[test]
fn every_code_the_corpus_meets_is_listed_with_its_templates_and_citation() {
    let answer = zhengwu::Engine::default()
        .call("meta.reasons", &json!({}))
        .unwrap();
    let listed: BTreeSet<&str> = answer["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    for r in answer["reasons"].as_array().unwrap() {
        for v in r["variants"].as_array().unwrap() {
            assert!(v["citation"]["doc"].is_string(), "{r}");
            // Each template names only its arguments, and both languages name the same ones.
            let args: BTreeSet<&str> = v["args"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap())
                .collect();
            let zh: BTreeSet<&str> = placeholders(v["zh"].as_str().unwrap());
            let en: BTreeSet<&str> = placeholders(v["en"].as_str().unwrap());
            assert!(zh.is_subset(&args) && en.is_subset(&args), "{r}");
            assert!(!v["zh"].as_str().unwrap().is_empty(), "{r}");
        }
    }
    let errors: BTreeSet<&str> = answer["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert_eq!(errors.len(), zhengwu::ErrorCode::ALL.len());
    assert!(answer["errors"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| !e["description"].as_str().unwrap().is_empty()));
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut all = Vec::new();
    vectors(&root, &mut all);
    let mut met = BTreeSet::new();
    for v in &all {
        if let Some(e) = v.get("expect") {
            walk(e, &mut met);
        }
        if let Some(Value::String(code)) = v.get("error") {
            assert!(errors.contains(code.as_str()), "error {code} is not listed");
        }
    }
    // The lint's findings and case findings carry `rule`/`kind`, not reason codes; everything
    // shaped as a reason must be listed.
    let rules: BTreeSet<&str> = answer["lint_rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let missing: Vec<&String> = met
        .iter()
        .filter(|c| !listed.contains(c.as_str()) && !rules.contains(c.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "reason codes met but not listed: {missing:?}"
    );
}
