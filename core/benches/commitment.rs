//! Commitment ticks and credit statuses at scale (1k to 1M items): per-item cost should stay
//! flat. The states are opened once through the real `open` (varied commitment dates over
//! 2019–2025), then ticked on a day when some are due, some passed and most are quiet.

use chrono::{Days, NaiveDate};
use criterion::{
    black_box, criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput,
};
use zhengwu::calendar::Calendar;
use zhengwu::commitment::lifecycle::{open, tick, tick_mut, State};
use zhengwu::credit::status::status;
use zhengwu::credit::{DishonestForm, Judgement, Record, Severity, Subject};
use zhengwu::policy::Policy;

fn states(n: usize) -> Vec<State> {
    let cal = Calendar::cn_mainland().unwrap();
    let policy = Policy::default();
    let first = NaiveDate::from_ymd_opt(2019, 1, 2).unwrap();
    (0..n)
        .map(|i| {
            let on = first + Days::new((i as u64 * 7919) % 2400);
            let subject = Subject::Uscc("91350100M000100Y43".into());
            open(
                &cal,
                &policy,
                "TJ-SCJGW-0001",
                subject,
                on,
                on,
                vec!["domicile-proof".into()],
            )
            .unwrap()
            .state
        })
        .collect()
}

fn records(n: usize) -> Vec<(Subject, Vec<Record>)> {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    (0..n)
        .map(|i| {
            let subject = Subject::Uscc("91350100M000100Y43".into());
            let recs = match i % 4 {
                0 => vec![],
                1 => vec![Record::Judgement {
                    on: d(2022, 3, 1),
                    judgement: Judgement::Honest,
                    form: None,
                    severity: None,
                    matter: None,
                    found_on: None,
                }],
                2 => vec![
                    Record::Judgement {
                        on: d(2022, 3, 1),
                        judgement: Judgement::Dishonest,
                        form: Some(DishonestForm::LateMaterials),
                        severity: Some(Severity::Severe),
                        matter: None,
                        found_on: None,
                    },
                    Record::Rectified { on: d(2022, 5, 1) },
                ],
                _ => vec![
                    Record::Judgement {
                        on: d(2021, 3, 1),
                        judgement: Judgement::Dishonest,
                        form: Some(DishonestForm::Other),
                        severity: Some(Severity::General),
                        matter: None,
                        found_on: None,
                    },
                    Record::Rectified { on: d(2021, 5, 1) },
                    Record::Removed { on: d(2022, 6, 1) },
                ],
            };
            (subject, recs)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let cal = Calendar::cn_mainland().unwrap();
    let policy = Policy::default();
    let today = NaiveDate::from_ymd_opt(2024, 6, 3).unwrap();
    let mut g = c.benchmark_group("scale");
    g.sample_size(10);
    for n in [1_000usize, 10_000, 100_000, 1_000_000] {
        let st = states(n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("commitment.tick", n), &st, |b, st| {
            b.iter(|| {
                let mut moved = 0usize;
                for s in st {
                    let o = tick(&cal, black_box(s), today).unwrap();
                    moved += o.effects.len();
                }
                moved
            })
        });
        // The host's own stored states, moved on in place (the copy is made outside the timing).
        g.bench_with_input(BenchmarkId::new("commitment.tick_mut", n), &st, |b, st| {
            b.iter_batched(
                || st.clone(),
                |mut st| {
                    let mut moved = 0usize;
                    for s in st.iter_mut() {
                        moved += tick_mut(&cal, black_box(s), today).unwrap().0.len();
                    }
                    (moved, st)
                },
                BatchSize::PerIteration,
            )
        });
        let rs = records(n);
        g.bench_with_input(BenchmarkId::new("credit.status", n), &rs, |b, rs| {
            b.iter(|| {
                let mut listed = 0usize;
                for (s, r) in rs {
                    listed += usize::from(
                        status(s.clone(), black_box(r), today, &policy, &cal)
                            .unwrap()
                            .blacklisted,
                    );
                }
                listed
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
