//! Scaling of the loops over caller data that were once quadratic: each input is measured at n and
//! 10 n; a linear loop takes about ten times as long (time per item flat), a quadratic one a
//! hundred. Figures in BENCHMARKS.md ("Scaling").

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde_json::{json, Value};
use zhengwu::Engine;

/// `credit.repair_check` with n other materials requested and provided (a look-up per item).
fn repair_check(n: usize) -> String {
    let items: Vec<String> = (0..n).map(|i| format!("m{i}")).collect();
    json!({"application": {"other_requested": items, "other_provided": items}}).to_string()
}

/// `catalog.diff` of two catalogs of n matters, half of them changed (a look-up per matter).
fn diff(n: usize) -> String {
    let cat = |tag: &str| -> Value {
        let matters: Vec<Value> = (0..n)
            .map(|i| {
                let name = if i % 2 == 0 {
                    format!("事项{i}")
                } else {
                    format!("事项{i}{tag}")
                };
                json!({"code": format!("M{i}"), "name": name})
            })
            .collect();
        json!({"matters": matters})
    };
    json!({"from": cat("甲"), "to": cat("乙")}).to_string()
}

/// `form.merge` of n matters of a host catalog, every one naming the same element and a
/// department of its own (departments and picks looked up, not searched).
fn merge(n: usize) -> (Engine, String) {
    let departments: Vec<Value> = (0..n)
        .map(|i| json!({"id": format!("d{i}"), "name": format!("部门{i}")}))
        .collect();
    let matters: Vec<Value> = (0..n)
        .map(|i| {
            json!({"code": format!("M{i}"), "name": format!("事项{i}"), "department": format!("d{i}"),
                   "form": [{"element": "name", "required": true}]})
        })
        .collect();
    let catalog = json!({"departments": departments, "matters": matters,
                         "elements": [{"id": "name", "label": "名称", "type": "string"}]});
    // A catalog this large is over the default configuration budget (about a million values):
    // the host raises it in the configuration's own `limits`, as the budget's message says.
    let config = json!({"catalog": catalog, "limits": {"max_config_values": 1u64 << 24}});
    let engine = Engine::from_config_json(&config.to_string()).expect("a host catalog");
    let codes: Vec<String> = (0..n).map(|i| format!("M{i}")).collect();
    (engine, json!({"matters": codes}).to_string())
}

fn scaling(c: &mut Criterion) {
    let e = Engine::default();
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for n in [10_000, 100_000] {
        g.throughput(Throughput::Elements(n as u64));
        let input = repair_check(n);
        e.call_json("credit.repair_check", &input).unwrap();
        g.bench_with_input(
            BenchmarkId::new("credit.repair_check", n),
            &input,
            |b, i| b.iter(|| e.call_json("credit.repair_check", black_box(i)).unwrap()),
        );
        let input = diff(n);
        e.call_json("catalog.diff", &input).unwrap();
        g.bench_with_input(BenchmarkId::new("catalog.diff", n), &input, |b, i| {
            b.iter(|| e.call_json("catalog.diff", black_box(i)).unwrap())
        });
        let (host, input) = merge(n);
        host.call_json("form.merge", &input).unwrap();
        g.bench_with_input(BenchmarkId::new("form.merge", n), &input, |b, i| {
            b.iter(|| host.call_json("form.merge", black_box(i)).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
