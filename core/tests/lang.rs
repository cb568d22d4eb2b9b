//! Chinese first: every vector answered in the default language has its reasons, findings and
//! error messages in Chinese, with no English sentence; the same inputs with `"lang": "en"` give
//! English text and exactly the same codes, paths, citations and data.

use serde_json::Value;
use std::path::{Path, PathBuf};

const TEXT_KEYS: &[&str] = &["message", "meaning", "note", "notes", "about", "until"];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

/// The answer with its human text replaced, and the texts collected.
fn split(v: &Value, key: &str, texts: &mut Vec<String>) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, x)| (k.clone(), split(x, k, texts)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(|x| split(x, key, texts)).collect()),
        Value::String(s) if TEXT_KEYS.contains(&key) && zhengwu::date::parse_ymd(s).is_none() => {
            texts.push(s.clone());
            Value::String("<text>".into())
        }
        other => other.clone(),
    }
}

/// Whether a text still holds an English sentence: three Latin words in a row, outside quoted
/// names, code spans and dotted identifiers.
fn english_sentence(t: &str) -> bool {
    let mut cleaned = String::new();
    let mut skip: Option<char> = None;
    for c in t.chars() {
        match skip {
            Some(end) if c == end => skip = None,
            Some(_) => {}
            None if c == '`' || c == '"' => skip = Some(c),
            None => cleaned.push(c),
        }
    }
    let mut run = 0;
    for w in cleaned.split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == ':') {
        let latin = w.len() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic()) && !w.contains('.');
        run = if latin { run + 1 } else { 0 };
        if run >= 3 {
            return true;
        }
    }
    false
}

fn has_chinese(t: &str) -> bool {
    t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn every_message_is_chinese_by_default_and_english_on_request() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut all = Vec::new();
    files(&root, &mut all);
    all.sort();
    let (mut checked, mut texts_checked) = (0, 0);
    let mut failures = Vec::new();
    for f in &all {
        let vectors: Vec<Value> =
            serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        for v in &vectors {
            let cfg = v
                .get("config")
                .cloned()
                .unwrap_or(Value::Object(Default::default()));
            if cfg.get("lang").is_some() {
                continue;
            }
            let mut en_cfg = cfg.clone();
            en_cfg["lang"] = "en".into();
            let op = v["op"].as_str().unwrap();
            let input = match v.get("input_raw") {
                Some(raw) => raw.as_str().unwrap().to_string(),
                None => serde_json::to_string(&v["input"]).unwrap(),
            };
            let run = |c: &Value| -> Value {
                match zhengwu::Engine::new(c).and_then(|e| e.call_json(op, &input)) {
                    Ok(t) => serde_json::from_str(&t).unwrap(),
                    Err(e) => serde_json::to_value(&e).unwrap(),
                }
            };
            let (zh, en) = (run(&cfg), run(&en_cfg));
            let (mut zt, mut et) = (Vec::new(), Vec::new());
            let (zs, es) = (split(&zh, "", &mut zt), split(&en, "", &mut et));
            let name = v["name"].as_str().unwrap_or("?");
            if zs != es {
                failures.push(format!(
                    "{name}: codes, paths or data differ between zh and en"
                ));
            }
            for t in &zt {
                texts_checked += 1;
                if !has_chinese(t) || english_sentence(t) {
                    failures.push(format!("{name}: not Chinese: {t}"));
                }
            }
            if zt != et && zt.iter().zip(&et).all(|(a, b)| a == b) {
                failures.push(format!("{name}: the English text is missing"));
            }
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} vectors");
    assert!(texts_checked > 700, "only {texts_checked} texts");
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
