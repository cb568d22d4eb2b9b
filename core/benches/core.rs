//! Criterion benchmarks of the core: calendar add/count/deadline, identifier checks, and the
//! JSON door's overhead. Figures go to BENCHMARKS.md.

use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use serde_json::json;
use zhengwu::calendar::{Calendar, Pause, Period};
use zhengwu::catalog::Catalog;
use zhengwu::date::{parse_ymd, to_epoch_days};
use zhengwu::id::{
    check_resident_id, check_uscc, is_valid_resident_id, is_valid_uscc, resident_check_character,
    uscc_check_character,
};
use zhengwu::materials::resolve::{resolve, Dossier};
use zhengwu::Engine;

/// Deterministic inputs: dates spread over 2018-2025, day counts in -100..=100.
fn cases(n: usize) -> Vec<(chrono::NaiveDate, i64, chrono::NaiveDate)> {
    let first = parse_ymd("2018-01-01").unwrap();
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let a = first + chrono::Days::new(x % 2900);
            let b = first + chrono::Days::new((x >> 20) % 2900);
            (a, (x >> 40) as i64 % 201 - 100, b)
        })
        .collect()
}

fn ids(n: usize) -> (Vec<String>, Vec<String>) {
    let mut resident = Vec::with_capacity(n);
    let mut uscc = Vec::with_capacity(n);
    let alphabet = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
    for i in 0..n {
        let body = format!(
            "1201{:02}{}{:02}{:02}{:03}",
            1 + i % 19,
            1950 + i % 60,
            1 + i % 12,
            1 + i % 28,
            i % 1000
        );
        resident.push(format!(
            "{body}{}",
            resident_check_character(body.as_bytes()).unwrap()
        ));
        let mut b = String::from("91120116");
        for k in 0..9 {
            b.push(alphabet[(i * 7 + k * 13) % 31] as char);
        }
        uscc.push(format!(
            "{b}{}",
            uscc_check_character(b.as_bytes()).unwrap()
        ));
    }
    (resident, uscc)
}

fn calendar(c: &mut Criterion) {
    let cal = Calendar::cn_mainland().unwrap();
    let input = cases(100_000);
    let mut g = c.benchmark_group("calendar");
    g.throughput(Throughput::Elements(input.len() as u64));
    g.bench_function("add_workdays x100k", |b| {
        b.iter(|| {
            let mut ok = 0u32;
            for &(d, n, _) in &input {
                ok += u32::from(cal.add_workdays(black_box(d), black_box(n)).is_ok());
            }
            ok
        })
    });
    g.bench_function("workdays_between x100k", |b| {
        b.iter(|| {
            let mut s = 0i64;
            for &(a, _, bb) in &input {
                s += cal
                    .workdays_between(black_box(a), black_box(bb))
                    .unwrap_or(0);
            }
            s
        })
    });
    let epoch: Vec<(i64, i64, i64)> = input
        .iter()
        .map(|&(a, n, b)| (to_epoch_days(a), n, to_epoch_days(b)))
        .collect();
    g.bench_function("add_workdays_epoch x100k", |b| {
        b.iter(|| {
            let mut s = 0i64;
            for &(d, n, _) in &epoch {
                s += cal
                    .add_workdays_epoch(black_box(d), black_box(n))
                    .unwrap_or(0);
            }
            s
        })
    });
    g.bench_function("workdays_between_epoch x100k", |b| {
        b.iter(|| {
            let mut s = 0i64;
            for &(a, _, bb) in &epoch {
                s += cal
                    .workdays_between_epoch(black_box(a), black_box(bb))
                    .unwrap_or(0);
            }
            s
        })
    });
    g.bench_function("is_workday x100k", |b| {
        b.iter(|| {
            input
                .iter()
                .filter(|(d, _, _)| cal.is_workday(black_box(*d)).unwrap_or(false))
                .count()
        })
    });
    g.finish();
    let start = parse_ymd("2024-09-20").unwrap();
    let pauses = [Pause {
        from: parse_ymd("2024-10-09").unwrap(),
        to: parse_ymd("2024-10-11").unwrap(),
        step: None,
    }];
    c.bench_function("calendar/deadline 60 workdays, 1 pause", |b| {
        b.iter(|| {
            cal.deadline(black_box(start), Period::Workdays(60), black_box(&pauses))
                .unwrap()
                .due
        })
    });
    c.bench_function("calendar/deadline 60 natural days", |b| {
        b.iter(|| {
            cal.deadline(black_box(start), Period::NaturalDays(60), &[])
                .unwrap()
                .due
        })
    });
}

fn identifiers(c: &mut Criterion) {
    let (resident, uscc) = ids(100_000);
    let mut g = c.benchmark_group("id");
    g.throughput(Throughput::Elements(resident.len() as u64));
    g.bench_function("resident check character x100k", |b| {
        b.iter(|| {
            resident
                .iter()
                .filter(|s| {
                    resident_check_character(&s.as_bytes()[..17]) == Some(s.as_bytes()[17] as char)
                })
                .count()
        })
    });
    g.bench_function("uscc check character x100k", |b| {
        b.iter(|| {
            uscc.iter()
                .filter(|s| {
                    uscc_check_character(&s.as_bytes()[..17]) == Some(s.as_bytes()[17] as char)
                })
                .count()
        })
    });
    g.bench_function("is_valid_resident_id x100k", |b| {
        b.iter(|| {
            resident
                .iter()
                .filter(|s| is_valid_resident_id(black_box(s)))
                .count()
        })
    });
    g.bench_function("is_valid_uscc x100k", |b| {
        b.iter(|| uscc.iter().filter(|s| is_valid_uscc(black_box(s))).count())
    });
    g.bench_function("check_resident_id (full, with reasons) x100k", |b| {
        b.iter(|| {
            resident
                .iter()
                .filter(|s| check_resident_id(s, None).valid)
                .count()
        })
    });
    g.bench_function("check_uscc (full, with reasons) x100k", |b| {
        b.iter(|| uscc.iter().filter(|s| check_uscc(s).valid).count())
    });
    g.finish();
}

fn json_door(c: &mut Criterion) {
    let engine = Engine::default();
    let text = r#"{"date":"2024-09-30","days":1}"#;
    c.bench_function("call_json calendar.add_workdays", |b| {
        b.iter(|| {
            engine
                .call_json(black_box("calendar.add_workdays"), black_box(text))
                .unwrap()
        })
    });
    let v = json!({"date": "2024-09-30", "days": 1});
    c.bench_function("call (Value) calendar.add_workdays", |b| {
        b.iter(|| {
            engine
                .call(black_box("calendar.add_workdays"), black_box(&v))
                .unwrap()
        })
    });
    c.bench_function("call_json id.resident", |b| {
        b.iter(|| {
            engine
                .call_json("id.resident", black_box(r#"{"id":"11010519491231002X"}"#))
                .unwrap()
        })
    });
    c.bench_function("Engine::default (shared embedded calendar)", |b| {
        b.iter_batched(|| (), |_| Engine::default(), BatchSize::SmallInput)
    });
    c.bench_function("calendar build from embedded JSON", |b| {
        let data = Calendar::cn_mainland_data().unwrap();
        b.iter(|| Calendar::from_data(black_box(data)).unwrap())
    });
}

fn materials(c: &mut Criterion) {
    let cat = Catalog::tianjin_sample().unwrap();
    // 企业开办's four matters; the dossier holds one material already on file.
    let matters: Vec<String> = [
        "TJ-SCJGW-0001",
        "TJ-GAJ-0001",
        "TJ-RSJ-0001",
        "TJ-GJJZX-0001",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let dossier: Dossier = serde_json::from_value(json!({
        "today": "2024-06-03",
        "on_file": [{"material": "articles", "submitted_on": "2024-01-15"}]
    }))
    .unwrap();
    c.bench_function("materials/resolve enterprise-opening (4 matters)", |b| {
        b.iter(|| resolve(&cat, black_box(&matters), black_box(&dossier)).unwrap())
    });
}

criterion_group!(benches, calendar, identifiers, json_door, materials);
criterion_main!(benches);
