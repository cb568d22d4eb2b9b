//! The transcript of the conformance corpus in both languages: every vector's answer (or error)
//! as one JSON line, first in Chinese, then in English. Two transcripts of two builds compared
//! line by line show every message a change moved.
//!
//! `cargo run -q -p zhengwu --example transcript > transcript.txt`

use serde_json::Value;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("tests/vectors") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut all = Vec::new();
    files(&root, &mut all);
    all.sort();
    for f in &all {
        let text = std::fs::read_to_string(f).expect("vector file");
        let vectors: Vec<Value> = serde_json::from_str(&text).expect("vector JSON");
        let rel = f.strip_prefix(&root).unwrap_or(f).display().to_string();
        for (i, v) in vectors.iter().enumerate() {
            let cfg = v
                .get("config")
                .cloned()
                .unwrap_or(Value::Object(Default::default()));
            let op = v["op"].as_str().unwrap_or("");
            let input = match v.get("input_raw") {
                Some(raw) => raw.as_str().unwrap_or("").to_string(),
                None => serde_json::to_string(&v["input"]).unwrap_or_default(),
            };
            for lang in ["zh", "en"] {
                let mut c = cfg.clone();
                if c.get("lang").is_none() {
                    c["lang"] = lang.into();
                }
                let out = match zhengwu::Engine::new(&c).and_then(|e| e.call_json(op, &input)) {
                    Ok(t) => t,
                    Err(e) => serde_json::to_string(&e).unwrap_or_default(),
                };
                println!("{rel}#{i} {lang} {out}");
            }
        }
    }
}
