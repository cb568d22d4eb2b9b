//! The JSON door per operation (text in, text out), as every binding calls it: the cost of
//! parsing, deciding and rendering together.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use zhengwu::Engine;

fn door(c: &mut Criterion) {
    let e = Engine::default();
    let merged = e
        .call_json("form.merge", r#"{"bundle":"enterprise-opening"}"#)
        .unwrap();
    let validate = format!(r#"{{"form":{merged},"values":{{"uscc":"91350100M000100Y43"}}}}"#);
    let cases: Vec<(&str, String)> = vec![
        ("policy.get", "{}".into()),
        ("bundle.list", r#"{"with_matters":true}"#.into()),
        ("catalog.stats", "{}".into()),
        ("catalog.lint", "{}".into()),
        (
            "materials.resolve",
            r#"{"matters":["TJ-SCJGW-0001","TJ-SWJ-0001"]}"#.into(),
        ),
        (
            "credit.status",
            r#"{"subject":{"uscc":"91350100M000100Y43"},"records":[{"type":"judgement","on":"2024-03-01","judgement":"dishonest","form":"late_materials","severity":"severe"},{"type":"rectified","on":"2024-04-01"}],"today":"2025-06-02"}"#.into(),
        ),
        (
            "commitment.open",
            r#"{"matter":"TJ-SCJGW-0001","applicant":{"subject":{"uscc":"91350100M000100Y43"},"records":[]},"committed_on":"2024-03-01","missing":["domicile-proof"]}"#.into(),
        ),
        ("form.validate", validate.clone()),
        ("form.split", validate),
    ];
    for (op, input) in &cases {
        e.call_json(op, input).unwrap();
        c.bench_function(&format!("door/{op}"), |b| {
            b.iter(|| e.call_json(black_box(op), black_box(input)).unwrap())
        });
    }
}

criterion_group!(benches, door);
criterion_main!(benches);
