//! The spreadsheets shipped in `examples/catalog/`: a blank template, the embedded sample catalog
//! (`sample.xlsx`) and a later version of it (`sample-2025.xlsx`: one matter cancelled with its
//! reason, one devolved, one merged without naming where — a finding — one limit shortened and
//! one matter added). They are written from the catalog by the command itself; this test writes
//! them again and checks that the shipped files read back to the same catalogs
//! (`ZW_UPDATE_SAMPLES=1` rewrites them). It also proves the round trip: the embedded catalog →
//! workbook → catalog keeps every field, and lints with the same findings.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn embedded() -> Value {
    let v: Value = serde_json::from_str(zhengwu::catalog::TIANJIN_SAMPLE_JSON).unwrap();
    v.get("catalog").cloned().unwrap_or(v)
}

/// The sample's later version.
fn later(mut c: Value) -> Value {
    // Matters no other matter names as a prerequisite; the bundles that list them drop them.
    let referred: Vec<String> = c["matters"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|m| m["after"].as_array().cloned().unwrap_or_default())
        .filter_map(|a| a.as_str().map(str::to_string))
        .collect();
    let free = |m: &Value| !referred.iter().any(|r| r == m["code"].as_str().unwrap());
    let matters = c["matters"].as_array_mut().unwrap();
    let mut take = || {
        let at = matters.iter().rposition(free).unwrap();
        matters.remove(at)
    };
    let (cancelled, merged) = (take(), take());
    let gone = [&cancelled["code"], &merged["code"]].map(|c| c.as_str().unwrap().to_string());
    for b in c["bundles"].as_array_mut().unwrap() {
        b["matters"]
            .as_array_mut()
            .unwrap()
            .retain(|m| !gone.iter().any(|g| m["matter"] == g.as_str()));
        if let Some(t) = b.get_mut("together").and_then(Value::as_array_mut) {
            for group in t.iter_mut() {
                group
                    .as_array_mut()
                    .unwrap()
                    .retain(|m| !gone.iter().any(|g| m == g.as_str()));
            }
            t.retain(|g| g.as_array().unwrap().len() > 1);
        }
    }
    let matters = c["matters"].as_array_mut().unwrap();
    matters[0]["time_limit"]["promised_workdays"] = json!(0);
    // Devolved: the same matter, now exercised at district level.
    let devolved = matters
        .iter_mut()
        .rev()
        .find(|m| m["level"] == "municipal")
        .unwrap();
    devolved["level"] = json!("district");
    let devolved = devolved.clone();
    let mut added = matters[5].clone();
    added["code"] = json!("TJ-SCJGW-0901");
    added["name"] = json!("食品经营许可（仅销售预包装食品）备案");
    added["published_on"] = json!("2025-03-03");
    matters.push(added);
    c["changes"] = json!([
        {"matter": cancelled["code"], "type": "cancelled", "reason": "法律依据已废止"},
        {"matter": devolved["code"], "type": "devolved", "power": "受理、审查、决定", "department": devolved["department"]},
        {"matter": merged["code"], "type": "merged"}
    ]);
    c["description"] = json!("天津市政务服务事项清单示例（2025年版；虚构的变更，用于演示比对）");
    c
}

/// A catalog with its defaults made explicit-free: false, empty and null fields dropped.
fn norm(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, x)| (k.clone(), norm(x)))
                .filter(|(_, x)| {
                    !matches!(x, Value::Null | Value::Bool(false))
                        && x != &json!([])
                        && x != &json!({})
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(norm).collect()),
        other => other.clone(),
    }
}

fn check(name: &str, catalog: &Value) {
    let shipped = root().join("examples/catalog").join(name);
    if std::env::var_os("ZW_UPDATE_SAMPLES").is_some() {
        zhengwu_sheets::write_catalog(&shipped, catalog).unwrap();
    }
    let back = zhengwu_sheets::read_catalog(&shipped).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        norm(&back.catalog),
        norm(catalog),
        "{name} is not current: ZW_UPDATE_SAMPLES=1 cargo test -p zhengwu-cli --test samples"
    );
}

#[test]
fn shipped_spreadsheets_are_current() {
    let dir = root().join("examples/catalog");
    std::fs::create_dir_all(&dir).unwrap();
    check("sample.xlsx", &embedded());
    check("sample-2025.xlsx", &later(embedded()));
    if std::env::var_os("ZW_UPDATE_SAMPLES").is_some() {
        zhengwu_sheets::write_catalog(&dir.join("template.xlsx"), &json!({})).unwrap();
    }
    let t = zhengwu_sheets::book::read(&dir.join("template.xlsx")).unwrap();
    let names: Vec<&str> = t.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "说明",
            "事项",
            "申请材料",
            "材料",
            "部门",
            "数据元素",
            "一件事",
            "变更"
        ]
    );
    assert!(
        t.iter().skip(1).all(|s| s.rows.len() == 1),
        "the template has headings only"
    );
}

#[test]
fn round_trip_keeps_every_field_and_every_finding() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("round-trip.xlsx");
    let original = embedded();
    zhengwu_sheets::write_catalog(&path, &original).unwrap();
    let back = zhengwu_sheets::read_catalog(&path).unwrap().catalog;
    assert_eq!(norm(&back), norm(&original));
    let lint = |c: &Value| {
        zhengwu::Engine::new(&json!({"catalog": c}))
            .unwrap()
            .call("catalog.lint", &json!({}))
            .unwrap()
    };
    let stats = |c: &Value| {
        zhengwu::Engine::new(&json!({"catalog": c}))
            .unwrap()
            .call("catalog.stats", &json!({}))
            .unwrap()
    };
    assert_eq!(lint(&back), lint(&original));
    assert_eq!(stats(&back), stats(&original));
    // Every kind of column is exercised by the sample: a field the export dropped would show here.
    let text = serde_json::to_string(&back).unwrap();
    for key in [
        "\"legal_basis\"",
        "\"special_steps\"",
        "\"fee\"",
        "\"convenience\"",
        "\"form\"",
        "\"produces\"",
        "\"bundles\"",
        "\"elements\"",
    ] {
        assert!(text.contains(key), "{key} lost");
    }
}
