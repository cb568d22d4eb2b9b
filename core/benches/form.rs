//! One-form benchmarks: the default bundles, and synthetic requests of 1 to 10,000 matters with
//! 30 fields each over 300 shared data elements (cost should be linear in the fields).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde_json::{json, Map, Value};
use zhengwu::catalog::Catalog;
use zhengwu::form::merge::{merge, Request};
use zhengwu::form::prefill::prefill;
use zhengwu::form::split::split;
use zhengwu::form::validate::validate;

fn synthetic(n: usize) -> (Catalog, Vec<String>) {
    let elements: Vec<Value> = (0..300)
        .map(|i| match i % 3 {
            0 => json!({"id": format!("e{i}"), "label": format!("要素{i}"), "type": "string", "max_len": 100, "shared_source": "人口库"}),
            1 => json!({"id": format!("e{i}"), "label": format!("要素{i}"), "type": "integer", "min": 0, "max": 1000}),
            _ => json!({"id": format!("e{i}"), "label": format!("要素{i}"), "type": "enum", "options": ["a", "b", "c"]}),
        })
        .collect();
    let mut x = 0x2545_f491_4f6c_dd1du64;
    let matters: Vec<Value> = (0..n)
        .map(|m| {
            let form: Vec<Value> = (0..30)
                .map(|k| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    json!({"element": format!("e{}", (m * 7 + k * 11 + (x % 5) as usize) % 300), "required": x % 2 == 0})
                })
                .collect();
            // Keep each form's elements distinct.
            let mut seen = std::collections::HashSet::new();
            let form: Vec<Value> = form.into_iter().filter(|f| seen.insert(f["element"].as_str().unwrap_or("").to_string())).collect();
            let after = if m > 0 && m % 3 == 0 { json!([format!("M{}", m - 1)]) } else { json!([]) };
            json!({"code": format!("M{m}"), "name": format!("事项{m}"), "department": "d1", "form": form, "after": after})
        })
        .collect();
    let cat = json!({"departments": [{"id": "d1", "name": "市某局"}], "elements": elements, "matters": matters});
    (
        Catalog::from_json(&cat).unwrap(),
        (0..n).map(|m| format!("M{m}")).collect(),
    )
}

fn bench(c: &mut Criterion) {
    let cat = Catalog::tianjin_sample().unwrap();
    for id in [
        "enterprise-opening",
        "staff-hiring",
        "newborn",
        "second-hand-house",
        "after-death",
        "military-discharge",
    ] {
        c.bench_function(&format!("form/merge bundle {id}"), |b| {
            b.iter(|| {
                merge(
                    &cat,
                    Request::Bundle {
                        id: black_box(id),
                        choose: None,
                    },
                )
                .unwrap()
            })
        });
    }
    // The JSON door, to compare with the WASM build's callJson (benches/js/merge.mjs).
    let engine = zhengwu::Engine::default();
    for id in ["enterprise-opening", "after-death"] {
        let input = format!("{{\"bundle\":\"{id}\"}}");
        c.bench_function(&format!("form/call_json form.merge {id}"), |b| {
            b.iter(|| engine.call_json("form.merge", black_box(&input)).unwrap())
        });
    }
    let form = merge(
        &cat,
        Request::Bundle {
            id: "enterprise-opening",
            choose: None,
        },
    )
    .unwrap();
    let mut values = Map::new();
    for f in &form.fields {
        values.insert(f.element.to_string(), Value::from("x"));
    }
    let shared: Map<String, Value> = serde_json::from_value(
        json!({"法人库": {"uscc": "91350100M000100Y43", "entity_name": "某公司"}}),
    )
    .unwrap();
    c.bench_function("form/prefill enterprise-opening", |b| {
        b.iter(|| prefill(&form, black_box(&shared), &Map::new(), false))
    });
    c.bench_function("form/validate enterprise-opening", |b| {
        b.iter(|| validate(&form, black_box(&values)))
    });
    c.bench_function("form/split enterprise-opening", |b| {
        b.iter(|| split(&form, black_box(&values)))
    });

    let mut g = c.benchmark_group("form/merge synthetic (30 fields per matter)");
    g.sample_size(10);
    for n in [1usize, 10, 100, 1_000, 10_000] {
        let (cat, codes) = synthetic(n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &codes, |b, codes| {
            b.iter(|| merge(&cat, Request::Matters(black_box(codes))).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
