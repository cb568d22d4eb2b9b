//! 电子监察 and 综合考评 at scale: a synthetic year of cases (seeded; not data of any real
//! district) supervised as columns (1,000,000 cases), the figures over them, and the JSON door's
//! batch over cases given as events. Figures in BENCHMARKS.md ("Case supervision").

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use zhengwu::calendar::Calendar;
use zhengwu::case::{self, CaseColumns, NA};
use zhengwu::catalog::Catalog;
use zhengwu::date::to_epoch_days;
use zhengwu::Engine;

/// Owned columns of synthetic cases.
#[derive(Debug, Clone, Default)]
struct SynthCases {
    /// Matter codes.
    pub matter_codes: Vec<String>,
    /// Matter index per case.
    pub matter: Vec<u32>,
    /// 收件.
    pub received: Vec<i64>,
    /// First supplement notice.
    pub first_supplement: Vec<i64>,
    /// Supplement notices.
    pub supplements: Vec<u32>,
    /// 受理.
    pub accepted: Vec<i64>,
    /// Pause start.
    pub pause_from: Vec<i64>,
    /// Pause end.
    pub pause_to: Vec<i64>,
    /// Extension.
    pub extension: Vec<u32>,
    /// 决定.
    pub decided: Vec<i64>,
    /// 送达.
    pub delivered: Vec<i64>,
    /// Visits.
    pub visits: Vec<u32>,
    /// 好差评 (0 none, 1–5).
    pub evaluation: Vec<u8>,
}

/// `n` cases of the catalog's matters received on the working days of `year`, from `seed`.
/// Each department works at its own pace, so that the figures differ between departments.
fn year_of_cases(catalog: &Catalog, cal: &Calendar, year: i32, n: usize, seed: u64) -> SynthCases {
    let mut x = seed | 1;
    let mut rnd = move |m: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % m.max(1)
    };
    let matters = &catalog.data().matters;
    let mut s = SynthCases {
        matter_codes: matters.iter().map(|m| m.code.clone()).collect(),
        ..SynthCases::default()
    };
    let first = NaiveDate::from_ymd_opt(year, 1, 2).map_or(0, to_epoch_days);
    let add = |d: i64, k: i64| cal.add_workdays_epoch(d, k).unwrap_or(d);
    let last = NaiveDate::from_ymd_opt(year, 12, 31).map_or(0, to_epoch_days);
    for _ in 0..n {
        let mi = rnd(matters.len() as u64) as usize;
        let m = &matters[mi];
        let pace = m.department.as_deref().map_or(0, |d| d.len() as u64 % 4);
        let promised = m
            .time_limit
            .as_ref()
            .and_then(|t| t.promised_workdays)
            .unwrap_or(5);
        let received = add(first, rnd(240) as i64);
        let supplements = [0, 0, 0, 0, 0, 0, 0, 1, 1, 2][rnd(10) as usize];
        let first_supplement = if supplements > 0 {
            add(received, 1 + rnd(6 + pace) as i64)
        } else {
            NA
        };
        let accepted = if supplements > 0 {
            add(first_supplement, 1 + rnd(5) as i64)
        } else {
            received
        };
        let paused = rnd(20) == 0;
        let (pause_from, pause_to) = if paused {
            let f = add(accepted, 1);
            (f, f + rnd(10) as i64)
        } else {
            (NA, NA)
        };
        let handling = (rnd(u64::from(promised) + 1 + pace * 2) + rnd(2)) as i64;
        let decided = add(if paused { pause_to } else { accepted }, handling);
        let delivered = add(decided, rnd(8 + pace) as i64);
        let (decided, delivered) = match (decided > last, delivered > last) {
            (true, _) => (NA, NA),
            (false, true) => (decided, NA),
            _ => (decided, delivered),
        };
        s.matter.push(mi as u32);
        s.received.push(received);
        s.first_supplement.push(first_supplement);
        s.supplements.push(supplements);
        s.accepted.push(accepted);
        s.pause_from.push(pause_from);
        s.pause_to.push(pause_to);
        s.extension.push(0);
        s.decided.push(decided);
        s.delivered.push(delivered);
        s.visits.push([0, 1, 1, 1, 2][rnd(5 + pace) as usize % 5]);
        s.evaluation.push([0, 0, 1, 1, 2, 2, 3, 4][rnd(8) as usize]);
    }
    s
}

impl SynthCases {
    fn columns<'a>(&'a self, codes: &'a [&'a str]) -> CaseColumns<'a> {
        CaseColumns {
            matter_codes: codes,
            matter: &self.matter,
            received: &self.received,
            first_supplement: &self.first_supplement,
            supplements: &self.supplements,
            accepted: &self.accepted,
            pause_from: &self.pause_from,
            pause_to: &self.pause_to,
            extension: &self.extension,
            decided: &self.decided,
            delivered: &self.delivered,
            visits: &self.visits,
            evaluation: &self.evaluation,
        }
    }
}

fn cases(c: &mut Criterion) {
    let e = Engine::default();
    let (cat, cal) = (e.catalog(), e.calendar());
    let n = 1_000_000;
    let s = year_of_cases(cat, cal, 2024, n, 7);
    let codes: Vec<&str> = s.matter_codes.iter().map(String::as_str).collect();
    let cols = s.columns(&codes);
    let today = to_epoch_days(NaiveDate::from_ymd_opt(2025, 3, 31).unwrap());
    let mut g = c.benchmark_group("cases");
    g.sample_size(10);
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function("supervise_columns/1000000", |b| {
        b.iter(|| case::supervise_columns(cat, cal, black_box(&cols), today, false, None).unwrap())
    });
    g.bench_function("supervise_columns+stats/1000000", |b| {
        b.iter(|| {
            let mut rows = Vec::with_capacity(n);
            let mut keep = |m, r| rows.push((m, r));
            case::supervise_columns(cat, cal, black_box(&cols), today, false, Some(&mut keep))
                .unwrap();
            case::stats(cat, rows).cases
        })
    });
    // The JSON door: 10,000 cases as events.
    let json_cases: Vec<serde_json::Value> = (0..10_000)
        .map(|i| {
            let day = |d: i64| zhengwu::date::from_epoch_days(d).map(zhengwu::date::format_ymd);
            let mut ev = vec![serde_json::json!({"type": "received", "on": day(s.received[i])})];
            if s.first_supplement[i] != NA {
                ev.push(serde_json::json!({"type": "supplement_requested", "on": day(s.first_supplement[i])}));
                ev.push(serde_json::json!({"type": "supplement_received", "on": day(s.accepted[i])}));
            }
            ev.push(serde_json::json!({"type": "accepted", "on": day(s.accepted[i])}));
            if s.decided[i] != NA {
                ev.push(serde_json::json!({"type": "decided", "on": day(s.decided[i]), "result": "granted"}));
            }
            serde_json::json!({"matter": codes[s.matter[i] as usize], "events": ev})
        })
        .collect();
    let input = serde_json::json!({"cases": json_cases, "today": "2025-03-31"}).to_string();
    e.call_json("case.supervise_batch", &input).unwrap();
    g.throughput(Throughput::Elements(10_000));
    g.bench_function("json/case.supervise_batch/10000", |b| {
        b.iter(|| {
            e.call_json("case.supervise_batch", black_box(&input))
                .unwrap()
        })
    });
    g.bench_function("json/case.stats/10000", |b| {
        b.iter(|| e.call_json("case.stats", black_box(&input)).unwrap())
    });
    g.finish();
}

criterion_group!(benches, cases);
criterion_main!(benches);
