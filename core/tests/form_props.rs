//! The algebra of one form, on generated catalogs: merge does not depend on the order the
//! matters are given in; merging one matter gives its own form; splitting a merged form's values
//! gives each matter exactly its own fields and values; prefill never overwrites what the
//! applicant typed unless asked.

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use zhengwu::catalog::Catalog;
use zhengwu::form::merge::{merge, Request};
use zhengwu::form::prefill::prefill;
use zhengwu::form::split::split;

mod common;
use common::Rng;

/// A random, acyclic catalog: elements of several types with constraints, matters whose forms
/// use random subsets of them (with stricter constraints of their own), 前置 edges only to
/// earlier matters.
fn catalog(seed: u64) -> (Catalog, Vec<String>) {
    let mut r = Rng(seed | 1);
    let n_el = 3 + r.below(10) as usize;
    let n_m = 1 + r.below(8) as usize;
    let opts = ["a", "b", "c", "d"];
    let mut elements = Vec::new();
    for i in 0..n_el {
        let mut e = json!({"id": format!("e{i}"), "label": format!("要素{i}")});
        match r.below(4) {
            0 => {
                e["type"] = "string".into();
                e["max_len"] = (10 + r.below(50)).into();
            }
            1 => {
                e["type"] = "integer".into();
                e["min"] = 0.into();
                e["max"] = 1000.into();
            }
            2 => {
                e["type"] = "enum".into();
                e["options"] = json!(opts);
            }
            _ => e["type"] = "date".into(),
        }
        if r.chance(40) {
            e["shared_source"] = ["人口库", "法人库"][r.below(2) as usize].into();
        }
        elements.push(e);
    }
    let mut matters = Vec::new();
    for m in 0..n_m {
        let mut form = Vec::new();
        for (i, e) in elements.iter().enumerate() {
            if !r.chance(45) {
                continue;
            }
            let mut f = json!({"element": format!("e{i}"), "required": r.chance(50)});
            if r.chance(30) {
                f["label"] = format!("事项{m}的要素{i}").into();
            }
            match e["type"].as_str() {
                Some("string") if r.chance(50) => f["max_len"] = (5 + r.below(40)).into(),
                Some("integer") if r.chance(50) => f["min"] = r.below(100).into(),
                Some("enum") if r.chance(50) => {
                    let k = 2 + r.below(3) as usize;
                    f["options"] = json!(opts[..k]);
                }
                _ => {}
            }
            form.push(f);
        }
        let after: Vec<String> = (0..m)
            .filter(|_| r.chance(25))
            .map(|j| format!("M{j}"))
            .collect();
        matters.push(json!({"code": format!("M{m}"), "name": format!("事项{m}"), "department": "d1", "form": form, "after": after}));
    }
    let cat = json!({"departments": [{"id": "d1", "name": "市某局"}], "elements": elements, "matters": matters});
    let codes = (0..n_m).map(|m| format!("M{m}")).collect();
    (
        Catalog::from_json(&cat).expect("generated catalogs load"),
        codes,
    )
}

fn permute(codes: &[String], seed: u64) -> Vec<String> {
    let mut v = codes.to_vec();
    let mut r = Rng(seed | 1);
    for i in (1..v.len()).rev() {
        let j = r.below(i as u64 + 1) as usize;
        v.swap(i, j);
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn merge_ignores_the_order_given(seed in any::<u64>(), perm in any::<u64>()) {
        let (cat, codes) = catalog(seed);
        let a = merge(&cat, Request::Matters(&codes)).unwrap();
        let shuffled = permute(&codes, perm);
        let b = merge(&cat, Request::Matters(&shuffled)).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn one_matter_gives_its_own_form(seed in any::<u64>()) {
        let (cat, codes) = catalog(seed);
        for code in &codes {
            let own = &cat.matter(code).unwrap().form;
            let f = merge(&cat, Request::Matters(std::slice::from_ref(code))).unwrap();
            let got: Vec<(&str, bool)> = f.fields.iter().map(|x| (&*x.element, x.required)).collect();
            let want: Vec<(&str, bool)> = own.iter().map(|x| (&*x.element, x.required)).collect();
            prop_assert_eq!(got, want);
            prop_assert!(f.fields.iter().all(|x| !x.common && x.needed_by.len() == 1 && *x.needed_by[0] == **code));
            prop_assert!(f.conflicts.is_empty());
        }
    }

    #[test]
    fn split_gives_each_matter_exactly_its_own(seed in any::<u64>(), vseed in any::<u64>()) {
        let (cat, codes) = catalog(seed);
        let form = merge(&cat, Request::Matters(&codes)).unwrap();
        // Each element appears once in the merged form.
        let mut seen = std::collections::HashSet::new();
        prop_assert!(form.fields.iter().all(|f| seen.insert(f.element.clone())));
        let mut r = Rng(vseed | 1);
        let mut values = Map::new();
        for f in &form.fields {
            if r.chance(70) {
                values.insert(f.element.to_string(), Value::from(format!("value-{}", r.below(1000))));
            }
        }
        let (packets, _) = split(&form, &values);
        prop_assert_eq!(packets.len(), codes.len());
        for p in &packets {
            let own = &cat.matter(&p.matter).unwrap().form;
            let keys: Vec<&String> = p.values.keys().collect();
            let want: Vec<&String> = own.iter().map(|f| &f.element).collect();
            prop_assert_eq!(keys, want);
            for f in own {
                prop_assert_eq!(&p.values[&*f.element], values.get(&*f.element).unwrap_or(&Value::Null));
            }
            let labels: Vec<&str> = p.fields.iter().map(|x| &*x.label).collect();
            let own_labels: Vec<String> = own.iter().map(|f| f.label.clone().unwrap_or_else(|| cat.element(&f.element).unwrap().label.clone())).collect();
            prop_assert_eq!(labels, own_labels.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }

    #[test]
    fn prefill_keeps_typed_values_unless_asked(seed in any::<u64>(), vseed in any::<u64>()) {
        let (cat, codes) = catalog(seed);
        let form = merge(&cat, Request::Matters(&codes)).unwrap();
        let mut r = Rng(vseed | 1);
        let mut typed = Map::new();
        let mut shared = Map::new();
        for f in &form.fields {
            if r.chance(40) {
                typed.insert(f.element.to_string(), Value::from("typed"));
            }
            if let Some(src) = &f.shared_source {
                let entry = shared.entry(src.clone()).or_insert_with(|| Value::Object(Map::new()));
                entry[&*f.element] = Value::from("shared");
            }
        }
        let kept = prefill(&form, &shared, &typed, false);
        for (k, v) in &typed {
            prop_assert_eq!(&kept.values[k], v);
        }
        let over = prefill(&form, &shared, &typed, true);
        for f in &form.fields {
            if f.shared_source.is_some() {
                prop_assert_eq!(&over.values[&*f.element], &Value::from("shared"));
            } else if let Some(v) = typed.get(&*f.element) {
                prop_assert_eq!(&over.values[&*f.element], v);
            }
        }
        // Nothing typed is lost, and the input was not changed.
        prop_assert!(typed.values().all(|v| v == &Value::from("typed")));
    }
}
