//! Columns for analysts: 1,000,000 resident ID numbers and 1,000,000 USCCs read into columns
//! (validity, reason, region, birth date, sex; authority, type, region, organisation-code check).
//! Synthetic numbers, seeded. Figures in BENCHMARKS.md ("Columns for analysts").

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use zhengwu::id::{
    resident_check_character, resident_id_columns, uscc_check_character, uscc_columns,
};

/// A small deterministic generator (no dependency for a benchmark's inputs).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

const REGIONS: [&str; 6] = ["110105", "120107", "440305", "371402", "120116", "310101"];

fn resident_ids(n: usize) -> Vec<String> {
    let mut g = Lcg(7);
    (0..n)
        .map(|_| {
            let body = format!(
                "{}{}{:02}{:02}{:03}",
                REGIONS[g.next(6) as usize],
                1950 + g.next(55),
                1 + g.next(12),
                1 + g.next(28),
                g.next(1000)
            );
            let check = resident_check_character(body.as_bytes()).unwrap_or('0');
            format!("{body}{check}")
        })
        .collect()
}

fn usccs(n: usize) -> Vec<String> {
    let mut g = Lcg(11);
    const ALNUM: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
    (0..n)
        .map(|_| {
            let mut body = format!("91{}", REGIONS[g.next(6) as usize]);
            for _ in 0..9 {
                body.push(ALNUM[g.next(31) as usize] as char);
            }
            let check = uscc_check_character(body.as_bytes()).unwrap_or('0');
            format!("{body}{check}")
        })
        .collect()
}

fn columns(c: &mut Criterion) {
    const N: usize = 1_000_000;
    let ids = resident_ids(N);
    let codes = usccs(N);
    let mut g = c.benchmark_group("columns");
    g.sample_size(10);
    g.throughput(Throughput::Elements(N as u64));
    g.bench_function("resident_id_columns_1m", |b| {
        b.iter(|| resident_id_columns(black_box(&ids).iter().map(|s| Some(s.as_str())), None))
    });
    g.bench_function("uscc_columns_1m", |b| {
        b.iter(|| uscc_columns(black_box(&codes).iter().map(|s| Some(s.as_str()))))
    });
    g.finish();
    let cal = zhengwu::calendar::Calendar::cn_mainland().unwrap();
    let policy = zhengwu::policy::Policy::tianjin_2018();
    let today = zhengwu::date::to_epoch_days(zhengwu::date::parse_ymd("2025-06-03").unwrap());
    let records: Vec<String> = (0..100_000)
        .map(|k| match k % 3 {
            0 => "[]".to_string(),
            1 => r#"[{"type":"judgement","on":"2024-03-01","judgement":"honest"}]"#.to_string(),
            _ => r#"[{"type":"judgement","on":"2024-03-01","judgement":"dishonest","form":"late_materials","severity":"general"},{"type":"rectified","on":"2024-04-01"}]"#.to_string(),
        })
        .collect();
    // Deadlines: 1,000,000 starts over 2019–2025, 1–59 working days, one in three with a pause.
    let mut lcg = Lcg(3);
    let base = zhengwu::date::to_epoch_days(zhengwu::date::parse_ymd("2019-01-01").unwrap());
    let starts: Vec<i64> = (0..N).map(|_| base + lcg.next(2500) as i64).collect();
    let counts: Vec<i64> = (0..N).map(|_| 1 + lcg.next(59) as i64).collect();
    let pause_from: Vec<i64> = starts
        .iter()
        .map(|s| {
            if lcg.next(3) == 0 {
                s + 1 + lcg.next(19) as i64
            } else {
                zhengwu::calendar::NA_DAY
            }
        })
        .collect();
    let pause_to: Vec<i64> = pause_from
        .iter()
        .map(|p| {
            if *p == zhengwu::calendar::NA_DAY {
                *p
            } else {
                p + lcg.next(10) as i64
            }
        })
        .collect();
    let mut g = c.benchmark_group("deadlines");
    g.sample_size(10);
    g.throughput(Throughput::Elements(N as u64));
    g.bench_function("deadline_columns_1m", |b| {
        b.iter(|| {
            zhengwu::calendar::deadline_columns(
                &cal,
                black_box(&starts),
                &counts,
                true,
                &pause_from,
                &pause_to,
                false,
            )
        })
    });
    g.finish();
    let mut g = c.benchmark_group("credit");
    g.sample_size(10);
    g.throughput(Throughput::Elements(records.len() as u64));
    g.bench_function("status_columns_100k", |b| {
        let refs: Vec<Option<&str>> = records.iter().map(|s| Some(s.as_str())).collect();
        b.iter(|| zhengwu::credit::status_columns(black_box(&refs), &[today], &policy, &cal, false))
    });
    g.finish();
}

criterion_group!(benches, columns);
criterion_main!(benches);
