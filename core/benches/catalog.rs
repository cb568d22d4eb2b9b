//! Catalog load and lint at scale: synthetic catalogs of 1k, 10k and 100k matters, built by
//! repeating the embedded sample's matters under fresh codes (materials, elements and
//! departments shared, 前置 relations kept inside each copy).

use criterion::{
    black_box, criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput,
};
use serde_json::Value;
use zhengwu::catalog::{lint::lint, Catalog, CatalogData};
use zhengwu::policy::Policy;

fn synthetic(n: usize) -> Value {
    let sample: Value = serde_json::from_str(zhengwu::catalog::TIANJIN_SAMPLE_JSON).unwrap();
    let matters = sample["matters"].as_array().unwrap();
    let mut out = Vec::with_capacity(n);
    let mut copy = 0;
    while out.len() < n {
        for m in matters {
            if out.len() == n {
                break;
            }
            let mut m = m.clone();
            let code = format!("{}-{copy}", m["code"].as_str().unwrap());
            m["code"] = code.into();
            let after: Vec<Value> = m["after"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| format!("{}-{copy}", a.as_str().unwrap()).into())
                .collect();
            m["after"] = after.into();
            out.push(m);
        }
        copy += 1;
    }
    // Keep only 前置 references that exist in the truncated last copy.
    let codes: std::collections::HashSet<String> = out
        .iter()
        .map(|m| m["code"].as_str().unwrap().to_string())
        .collect();
    for m in &mut out {
        let kept: Vec<Value> = m["after"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| codes.contains(a.as_str().unwrap()))
            .cloned()
            .collect();
        m["after"] = kept.into();
    }
    let mut cat = sample.clone();
    cat["matters"] = out.into();
    cat["bundles"] = Value::Array(vec![]);
    cat
}

fn catalog(c: &mut Criterion) {
    let policy = Policy::default();
    let mut g = c.benchmark_group("catalog");
    g.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        let json = synthetic(n);
        let text = serde_json::to_string(&json).unwrap();
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("parse+load", n), &text, |b, text| {
            b.iter(|| {
                let v: Value = serde_json::from_str(black_box(text)).unwrap();
                Catalog::from_json(&v).unwrap()
            })
        });
        let data: CatalogData = serde_json::from_value(json.clone()).unwrap();
        // The clone (and the drop of the result) stay outside the timed part.
        g.bench_with_input(BenchmarkId::new("index+check", n), &data, |b, data| {
            b.iter_batched(
                || data.clone(),
                |d| Catalog::from_data(black_box(d)).unwrap(),
                BatchSize::LargeInput,
            )
        });
        let cat = Catalog::from_json(&json).unwrap();
        g.bench_with_input(BenchmarkId::new("lint", n), &cat, |b, cat| {
            b.iter(|| lint(black_box(cat), &policy))
        });
    }
    g.finish();
}

criterion_group!(benches, catalog);
criterion_main!(benches);
