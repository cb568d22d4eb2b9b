//! Hardening: limits, a forced panic, personal data in every error, stored state that must
//! round-trip (and refuse fields it does not know), and one engine under 8 threads.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use zhengwu::catalog::Catalog;
use zhengwu::credit::Record;
use zhengwu::form::merge::{merge, Request};
use zhengwu::form::Form;
use zhengwu::id::contains_unmasked_resident_id;
use zhengwu::{Engine, Error, ErrorCode};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every conformance vector (op, input text, config).
fn vectors() -> Vec<(String, String, Option<Value>, Value)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "json") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&repo().join("tests/vectors"), &mut files);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let Some(cases) = doc.as_array() else {
            continue;
        };
        for v in cases {
            let Some(op) = v["op"].as_str() else { continue };
            let text = match v.get("input_raw") {
                Some(Value::String(s)) => s.clone(),
                _ => v.get("input").cloned().unwrap_or(json!({})).to_string(),
            };
            out.push((op.to_string(), text, v.get("config").cloned(), v.clone()));
        }
    }
    assert!(out.len() > 400, "the vectors are found");
    out
}

#[test]
fn inputs_over_the_limits_are_refused_in_the_door() {
    let e = Engine::default();
    // Default depth limit: 64.
    let deep = format!("{}{}", "[".repeat(65), "]".repeat(65));
    let err = e
        .call_json("calendar.day", &format!(r#"{{"date":{deep}}}"#))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InputTooDeep);
    // Far deeper than serde_json's own recursion limit: still our error, not theirs.
    let very = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        e.call_json("calendar.day", &very).unwrap_err().code(),
        ErrorCode::InputTooDeep
    );
    let v: Value = serde_json::from_str(&format!(r#"{{"date":{deep}}}"#)).unwrap_or(Value::Null);
    if !v.is_null() {
        assert_eq!(
            e.call("calendar.day", &v).unwrap_err().code(),
            ErrorCode::InputTooDeep
        );
    }
    // Configured limits.
    let small = Engine::new(&json!({"limits": {"max_input_bytes": 64, "max_depth": 3}})).unwrap();
    let big = format!(r#"{{"date":"2024-01-02","x":"{}"}}"#, "a".repeat(100));
    assert_eq!(
        small.call_json("calendar.day", &big).unwrap_err().code(),
        ErrorCode::InputTooLarge
    );
    assert_eq!(
        small
            .call_json("calendar.deadline", r#"{"start":"2024-01-02","period":{"workdays":1},"pauses":[{"from":"2024-01-03","to":"2024-01-04","step":{"x":[1]}}]}"#)
            .unwrap_err()
            .code(),
        ErrorCode::InputTooLarge
    );
    assert_eq!(
        small
            .call_json("calendar.day", r#"{"a":[[{}]]}"#)
            .unwrap_err()
            .code(),
        ErrorCode::InputTooDeep
    );
    // Under the limits the same engine answers.
    assert!(small
        .call_json("calendar.day", r#"{"date":"2024-01-02"}"#)
        .is_ok());
    // Catalog size: in an input, and in the configuration.
    let cat = json!({"departments": [{"id": "d", "name": "市某局"}], "matters": [
        {"code": "A", "name": "甲", "department": "d"}, {"code": "B", "name": "乙", "department": "d"}]});
    let tight = Engine::new(&json!({"limits": {"max_catalog_matters": 1}})).unwrap();
    let err = tight
        .call("catalog.stats", &json!({ "catalog": cat }))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InputTooLarge);
    assert_eq!(err.path(), Some("catalog.matters"));
    let err =
        Engine::new(&json!({"limits": {"max_catalog_matters": 1}, "catalog": cat})).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InputTooLarge);
    assert_eq!(err.path(), Some("catalog.matters"));
    // A malformed limit is a configuration error with its path.
    let err = Engine::new(&json!({"limits": {"max_depth": "deep"}})).unwrap_err();
    assert_eq!(err.code(), ErrorCode::ConfigInvalid);
    assert_eq!(err.path(), Some("limits.max_depth"));
}

#[test]
fn a_forced_panic_is_caught_and_the_engine_still_answers() {
    let plain = Engine::default();
    assert_eq!(
        plain.call_json("fault.panic", "{}").unwrap_err().code(),
        ErrorCode::OpUnknown,
        "without fault_injection the op does not exist"
    );
    let e = Engine::new(&json!({"fault_injection": true})).unwrap();
    let err = Error::guard(|| e.call_json("fault.panic", "{}")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InternalPanic);
    assert!(err.message().contains("fault.panic"), "{}", err.message());
    let out = e
        .call_json("calendar.add_workdays", r#"{"date":"2024-09-30","days":1}"#)
        .unwrap();
    assert_eq!(out, r#"{"date":"2024-10-08"}"#);
}

#[test]
fn no_error_shows_a_full_resident_id_number() {
    let mut errors = 0;
    let mut engines = std::collections::HashMap::new();
    for (op, text, config, _) in vectors() {
        let key = config.as_ref().map(Value::to_string).unwrap_or_default();
        let e = engines
            .entry(key)
            .or_insert_with(|| Engine::new(config.as_ref().unwrap_or(&Value::Null)));
        let Ok(e) = e else { continue };
        if let Err(err) = e.call_json(&op, &text) {
            errors += 1;
            for shown in [err.to_json(), err.to_string(), format!("{err:?}")] {
                assert!(!contains_unmasked_resident_id(&shown), "{op}: {shown}");
            }
        }
    }
    // The fuzz corpus: inputs the fuzzer kept, many of them malformed.
    let e = Engine::default();
    let dir = repo().join("fuzz/corpus/call_json");
    for f in std::fs::read_dir(&dir).unwrap() {
        let data = std::fs::read(f.unwrap().path()).unwrap();
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        let (op, input) = text.split_once('\n').unwrap_or((text, ""));
        if let Err(err) = e.call_json(op, input) {
            errors += 1;
            assert!(
                !contains_unmasked_resident_id(&err.to_json()),
                "{op}: {}",
                err.to_json()
            );
        }
    }
    // IDs planted where errors quote the input: unknown fields, wrong types, unknown ops.
    let id = "11010519491231002X";
    for (op, input) in [
        ("id.resident", json!({"id": id, id: 1}).to_string()),
        ("id.resident", json!({"id": [id]}).to_string()),
        ("calendar.day", json!({"date": id}).to_string()),
        (id, "{}".to_string()),
        ("credit.status", json!({"subject": {"resident_id": id}, "records": [{"type": id}], "today": "2024-01-02"}).to_string()),
        ("form.validate", json!({"bundle": "newborn", "values": {id: id}}).to_string()),
    ] {
        let err = e.call_json(op, &input).unwrap_err();
        errors += 1;
        assert!(!contains_unmasked_resident_id(&err.to_json()), "{op}: {}", err.to_json());
    }
    assert!(errors > 100, "{errors} errors scanned");
}

#[test]
fn stored_state_round_trips_and_refuses_unknown_fields() {
    let e = Engine::default();
    // Merged forms of every bundle: text → Form → text is the identity.
    let cat = Catalog::tianjin_sample().unwrap();
    for b in &cat.data().bundles {
        let f = merge(
            &cat,
            Request::Bundle {
                id: &b.id,
                choose: None,
            },
        )
        .unwrap();
        let text = serde_json::to_string(&f).unwrap();
        let back: Form = serde_json::from_str(&text).unwrap();
        assert_eq!(back, f);
        assert_eq!(serde_json::to_string(&back).unwrap(), text);
    }
    // Credit records of every kind the vectors use.
    let mut seen = 0;
    for (op, _, _, v) in vectors() {
        if op != "credit.status" {
            continue;
        }
        for r in v["input"]["records"].as_array().into_iter().flatten() {
            let Ok(rec) = serde_json::from_value::<Record>(r.clone()) else {
                continue;
            };
            let text = serde_json::to_string(&rec).unwrap();
            assert_eq!(serde_json::from_str::<Record>(&text).unwrap(), rec);
            seen += 1;
        }
    }
    assert!(seen > 10, "{seen} records");
    // A field from a future version is an error with its path — never silently dropped.
    let opened = e
        .call(
            "commitment.open",
            &json!({"matter": "TJ-SCJGW-0001",
                    "applicant": {"subject": {"uscc": "91350100M000100Y43"}, "records": []},
                    "committed_on": "2024-06-03", "missing": ["domicile-proof"]}),
        )
        .unwrap();
    let mut state = opened["state"].clone();
    assert!(e
        .call(
            "commitment.tick",
            &json!({"state": state, "today": "2024-06-04"})
        )
        .is_ok());
    state["future_field"] = json!(1);
    let err = e
        .call(
            "commitment.tick",
            &json!({"state": state, "today": "2024-06-04"}),
        )
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InputUnknownField);
    assert!(
        err.path().unwrap_or("").starts_with("state"),
        "{:?}",
        err.path()
    );
    let err = e
        .call(
            "credit.status",
            &json!({"subject": {"uscc": "91350100M000100Y43"}, "today": "2024-06-04",
                    "records": [{"type": "rectified", "on": "2024-01-02", "future_field": true}]}),
        )
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InputUnknownField);
    let mut form = e.call("form.merge", &json!({"bundle": "newborn"})).unwrap();
    form["fields"][0]["future_field"] = json!("x");
    let err = e.call("form.prefill", &json!({"form": form})).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InputUnknownField);
    assert_eq!(err.path(), Some("form.fields[0].future_field"));
}

#[test]
fn eight_threads_on_one_engine_give_the_single_threaded_answers() {
    // Cheap operations of every kind the vectors hold for them (calendar, identifiers, credit,
    // materials), with their single-threaded answers (outputs or errors) as the reference.
    let cases: Vec<(String, String)> = vectors()
        .into_iter()
        .filter(|(op, _, config, _)| {
            config.is_none()
                && ["calendar.", "id.", "credit.", "material.", "meta."]
                    .iter()
                    .any(|p| op.starts_with(p))
        })
        .map(|(op, text, _, _)| (op, text))
        .collect();
    assert!(cases.len() > 100, "{} cases", cases.len());
    let e = Engine::default();
    let answer = |op: &str, text: &str| match e.call_json(op, text) {
        Ok(out) => out,
        Err(err) => err.to_json(),
    };
    let expected: Vec<String> = cases.iter().map(|(op, t)| answer(op, t)).collect();
    let per_thread: usize = std::env::var("ZW_STRESS_CALLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let mismatches = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for k in 0..8usize {
            let (cases, expected, mismatches, answer) = (&cases, &expected, &mismatches, &answer);
            s.spawn(move || {
                for i in 0..per_thread {
                    let j = (i * 7 + k * 13) % cases.len();
                    if answer(&cases[j].0, &cases[j].1) != expected[j] {
                        mismatches.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                }
            });
        }
    });
    assert_eq!(mismatches.into_inner(), 0);
}

/// Every leaf and every key of every vector input replaced, one at a time, by a resident ID
/// number in three forms (ASCII, full-width, with separators): no error, no path, no reason and no
/// finding message shows it whole.
#[test]
fn planted_ids_never_show_in_errors_paths_or_reasons() {
    const FORMS: [&str; 3] = [
        "11010519491231002X",
        "１１０１０５１９４９１２３１００２Ｘ",
        "110105-19491231-002X",
    ];
    fn plants(v: &Value, id: &str, out: &mut Vec<Value>, limit: usize) {
        fn go(
            root: &Value,
            path: &mut Vec<Result<usize, String>>,
            id: &str,
            out: &mut Vec<Value>,
            limit: usize,
        ) {
            if out.len() >= limit {
                return;
            }
            let here = get(root, path);
            match here {
                Some(Value::Object(m)) => {
                    for k in m.keys().cloned().collect::<Vec<_>>() {
                        // The key itself.
                        let mut c = root.clone();
                        if let Some(Value::Object(mm)) = get_mut(&mut c, path) {
                            if let Some(x) = mm.remove(&k) {
                                mm.insert(id.to_string(), x);
                            }
                        }
                        out.push(c);
                        path.push(Err(k));
                        go(root, path, id, out, limit);
                        path.pop();
                    }
                }
                Some(Value::Array(a)) => {
                    for i in 0..a.len().min(3) {
                        path.push(Ok(i));
                        go(root, path, id, out, limit);
                        path.pop();
                    }
                }
                Some(_) => {
                    let mut c = root.clone();
                    if let Some(x) = get_mut(&mut c, path) {
                        *x = Value::String(id.to_string());
                    }
                    out.push(c);
                }
                None => {}
            }
        }
        fn get<'a>(v: &'a Value, path: &[Result<usize, String>]) -> Option<&'a Value> {
            path.iter().try_fold(v, |v, p| match p {
                Ok(i) => v.get(*i),
                Err(k) => v.get(k),
            })
        }
        fn get_mut<'a>(v: &'a mut Value, path: &[Result<usize, String>]) -> Option<&'a mut Value> {
            path.iter().try_fold(v, |v, p| match p {
                Ok(i) => v.get_mut(*i),
                Err(k) => v.get_mut(k),
            })
        }
        go(v, &mut Vec::new(), id, out, limit);
    }
    /// Messages and paths anywhere, and the `element` of validation errors. (Packets and
    /// prefilled values carry what the applicant gave on purpose: it must reach the department.)
    fn shown(v: &Value, elements: bool, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    if matches!(k.as_str(), "message" | "path") || (elements && k == "element") {
                        if let Some(s) = x.as_str() {
                            out.push(s.to_string());
                        }
                    }
                    shown(x, elements, out);
                }
            }
            Value::Array(a) => a.iter().for_each(|x| shown(x, elements, out)),
            _ => {}
        }
    }
    let default = Engine::default();
    let (mut calls, mut leaks) = (0usize, Vec::new());
    for (op, text, config, _) in vectors() {
        let Ok(input) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        let engine = match &config {
            Some(c) => match Engine::new(c) {
                Ok(e) => e,
                Err(_) => continue,
            },
            None => default.clone(),
        };
        for id in FORMS {
            let mut cases = Vec::new();
            plants(&input, id, &mut cases, 40);
            for case in cases {
                calls += 1;
                let mut texts = Vec::new();
                match engine.call_json(&op, &case.to_string()) {
                    Ok(out) => shown(
                        &serde_json::from_str(&out).unwrap(),
                        op == "form.validate",
                        &mut texts,
                    ),
                    Err(e) => texts.push(e.to_json()),
                }
                for t in texts {
                    if contains_unmasked_resident_id(&t) {
                        leaks.push(format!("{op}: {t}"));
                    }
                }
            }
        }
    }
    assert!(calls > 5_000, "{calls} calls");
    leaks.sort();
    leaks.dedup();
    assert!(
        leaks.is_empty(),
        "{} leaks, e.g.:\n{}",
        leaks.len(),
        leaks[..leaks.len().min(10)].join("\n")
    );
}
