//! Runs every conformance vector in `tests/vectors/` through `Engine::call_json` and compares
//! the output exactly (as JSON values). Also writes each raw output to
//! `target/conformance/rust.txt`, which the test script compares byte for byte with the other
//! doors' transcripts.

use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn vector_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            vector_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "json") {
            out.push(p);
        }
    }
}

#[test]
fn conformance_vectors() {
    let engine = zhengwu::Engine::default();
    let dir = root().join("tests/vectors");
    let mut files = Vec::new();
    vector_files(&dir, &mut files);
    assert!(!files.is_empty(), "no vectors found in {}", dir.display());
    let mut transcript = String::new();
    let mut failures = Vec::new();
    let mut count = 0;
    for file in &files {
        let rel = file
            .strip_prefix(&dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let vectors: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(file).unwrap())
            .unwrap_or_else(|e| panic!("{rel}: {e}"));
        for (i, v) in vectors.iter().enumerate() {
            count += 1;
            let name = v["name"].as_str().unwrap_or("?");
            let op = v["op"].as_str().expect("op");
            let input = match v.get("input_raw") {
                Some(raw) => raw.as_str().expect("input_raw is text").to_string(),
                None => serde_json::to_string(&v["input"]).unwrap(),
            };
            let result = match v.get("config") {
                None => engine.call_json(op, &input),
                Some(cfg) => zhengwu::Engine::new(cfg).and_then(|e| e.call_json(op, &input)),
            };
            let (status, raw) = match &result {
                Ok(s) => ("ok", s.clone()),
                Err(e) => ("error", e.to_json()),
            };
            writeln!(transcript, "{rel}#{i}\t{status}\t{raw}").unwrap();
            let label = format!("{rel}#{i} {name}");
            match (v.get("expect"), v.get("error"), result) {
                (Some(expect), None, Ok(out)) => {
                    let got: Value = serde_json::from_str(&out).unwrap();
                    if &got != expect {
                        failures.push(format!("{label}\n  expected {expect}\n  got      {got}"));
                    }
                }
                (None, Some(code), Err(e)) => {
                    if e.code().as_str() != code.as_str().unwrap_or("") {
                        failures.push(format!(
                            "{label}\n  expected error {code}\n  got {}",
                            e.to_json()
                        ));
                    } else if let Some(path) = v.get("path") {
                        if e.path() != path.as_str() {
                            failures.push(format!(
                                "{label}\n  expected path {path}\n  got {:?}",
                                e.path()
                            ));
                        }
                    }
                }
                (_, _, r) => failures.push(format!("{label}\n  unexpected result {r:?}")),
            }
        }
    }
    let out_dir = root().join("target/conformance");
    std::fs::create_dir_all(&out_dir).unwrap();
    std::fs::write(out_dir.join("rust.txt"), &transcript).unwrap();
    assert!(
        failures.is_empty(),
        "{} of {count} vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("{count} vectors passed");
}
