//! The calendar against an independent reading of the official data: a naive day-by-day walk
//! over the raw JSON lists, compared for every pair of dates tried.

use super::*;
use crate::date::parse_ymd;
use serde_json::Value;
use std::collections::HashMap;

/// Independent oracle: reads the raw JSON (not through CalendarData) and walks day by day.
struct Oracle {
    marks: HashMap<NaiveDate, bool>,
    first: NaiveDate,
    last: NaiveDate,
}

impl Oracle {
    fn new() -> Oracle {
        let v: Value = serde_json::from_str(CN_MAINLAND_JSON).unwrap();
        let mut marks = HashMap::new();
        for (_, y) in v["years"].as_object().unwrap() {
            for d in y["days_off"].as_array().unwrap() {
                marks.insert(parse_ymd(d["date"].as_str().unwrap()).unwrap(), false);
            }
            for d in y["workdays"].as_array().unwrap() {
                marks.insert(parse_ymd(d["date"].as_str().unwrap()).unwrap(), true);
            }
        }
        Oracle {
            marks,
            first: parse_ymd("2004-01-01").unwrap(),
            last: parse_ymd("2026-12-31").unwrap(),
        }
    }
    fn work(&self, d: NaiveDate) -> bool {
        *self
            .marks
            .get(&d)
            .unwrap_or(&!matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
    }
    fn add(&self, d: NaiveDate, n: i64) -> Option<NaiveDate> {
        let mut d = d;
        let mut left = n.abs();
        while left > 0 {
            d = if n > 0 { d.succ_opt()? } else { d.pred_opt()? };
            if d < self.first || d > self.last {
                return None;
            }
            if self.work(d) {
                left -= 1;
            }
        }
        Some(d)
    }
    fn between(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        if b >= a {
            a.iter_days()
                .skip(1)
                .take_while(|d| *d <= b)
                .filter(|d| self.work(*d))
                .count() as i64
        } else {
            -(b.iter_days()
                .take_while(|d| *d < a)
                .filter(|d| self.work(*d))
                .count() as i64)
        }
    }
}

/// A small deterministic generator (xorshift), so failures replay.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn cal() -> Arc<Calendar> {
    Calendar::cn_mainland().unwrap()
}

#[test]
fn every_day_agrees_with_the_raw_lists() {
    let c = cal();
    let o = Oracle::new();
    let mut workdays = HashMap::<i32, u32>::new();
    for d in o.first.iter_days().take_while(|d| *d <= o.last) {
        assert_eq!(c.is_workday(d).unwrap(), o.work(d), "{d}");
        *workdays.entry(d.year()).or_default() += u32::from(o.work(d));
    }
    // The published yearly totals (working_days_in_year) hold too.
    let v: Value = serde_json::from_str(CN_MAINLAND_JSON).unwrap();
    for (y, n) in workdays {
        assert_eq!(
            v["years"][y.to_string()]["working_days_in_year"].as_u64(),
            Some(u64::from(n))
        );
    }
}

#[test]
fn add_and_count_agree_with_the_walk_for_random_pairs() {
    let c = cal();
    let o = Oracle::new();
    let span = (o.last - o.first).num_days() as u64 + 1;
    let mut rng = Rng(0x5eed_1234_abcd_0042);
    for _ in 0..20_000 {
        let a = o.first + chrono::Days::new(rng.below(span));
        let b = o.first + chrono::Days::new(rng.below(span));
        let n = rng.below(400) as i64 - 200;
        assert_eq!(
            c.workdays_between(a, b).unwrap(),
            o.between(a, b),
            "{a} → {b}"
        );
        match o.add(a, n) {
            Some(expected) => assert_eq!(c.add_workdays(a, n).unwrap(), expected, "{a} + {n}"),
            None => assert_eq!(
                c.add_workdays(a, n).unwrap_err().code(),
                ErrorCode::CalendarOutOfRange
            ),
        }
        if o.work(b) {
            let k = c.workdays_between(a, b).unwrap();
            assert_eq!(c.add_workdays(a, k).unwrap(), b, "round trip {a} → {b}");
        }
    }
}

#[test]
fn epoch_day_entry_points_give_the_date_answers() {
    use crate::date::{from_epoch_days, to_epoch_days};
    let c = cal();
    let (first, last) = c.range();
    let (e0, e1) = (to_epoch_days(first), to_epoch_days(last));
    let mut rng = Rng(0x0e0c_4da7_5eed_0001);
    // Every day, and a margin outside the data on both sides.
    for day in e0 - 40..=e1 + 40 {
        let d = from_epoch_days(day).unwrap();
        assert_eq!(to_epoch_days(d), day);
        let n = rng.below(500) as i64 - 250;
        let by_date = c.add_workdays(d, n).map(to_epoch_days);
        let by_epoch = c.add_workdays_epoch(day, n);
        assert_eq!(by_epoch, by_date, "{d} + {n}");
        assert_eq!(c.is_workday_epoch(day), c.is_workday(d), "{d}");
        let other = e0 + rng.below((e1 - e0 + 1) as u64) as i64;
        let od = from_epoch_days(other).unwrap();
        assert_eq!(
            c.workdays_between_epoch(day, other),
            c.workdays_between(d, od),
            "{d} → {od}"
        );
    }
    // Day counts chrono cannot represent are errors, not wrapped around.
    for day in [i64::MIN, i64::MIN + 1, -1_000_000_000_000, i64::MAX] {
        assert_eq!(
            c.add_workdays_epoch(day, 1).unwrap_err().code(),
            ErrorCode::InputInvalidDate
        );
    }
}

#[test]
fn official_cases() {
    let c = cal();
    let d = |s| parse_ymd(s).unwrap();
    // 2020: the Spring Festival holiday was extended to 02-02 (国务院办公厅, 2020-01-26).
    assert_eq!(c.day(d("2020-01-31")).unwrap().kind, DayKind::Holiday);
    assert_eq!(c.add_workdays(d("2020-01-23"), 1).unwrap(), d("2020-02-03"));
    // 调休: 2024-02-04 (Sunday) and 2024-02-18 (Sunday) are working days for 春节.
    let s = c.day(d("2024-02-04")).unwrap();
    assert_eq!(
        (s.kind, s.adjusted_for),
        (DayKind::AdjustedWorkday, Some("春节"))
    );
    assert_eq!(c.day(d("2024-10-05")).unwrap().holiday, Some("国庆节"));
    assert_eq!(
        c.workdays_between(d("2024-09-30"), d("2024-10-08"))
            .unwrap(),
        1
    );
    assert_eq!(
        c.workdays_between(d("2024-10-08"), d("2024-09-30"))
            .unwrap(),
        -1
    );
}

#[test]
fn out_of_range_is_an_error_not_a_guess() {
    let c = cal();
    let d = |s| parse_ymd(s).unwrap();
    for bad in ["2003-12-31", "2027-01-01"] {
        assert_eq!(
            c.day(d(bad)).unwrap_err().code(),
            ErrorCode::CalendarOutOfRange
        );
    }
    assert_eq!(
        c.add_workdays(d("2026-12-30"), 5).unwrap_err().code(),
        ErrorCode::CalendarOutOfRange
    );
    assert_eq!(
        c.add_workdays(d("2004-01-05"), -5).unwrap_err().code(),
        ErrorCode::CalendarOutOfRange
    );
}

#[test]
fn deadlines_match_a_day_by_day_walk_with_pauses() {
    let c = cal();
    let o = Oracle::new();
    let mut rng = Rng(0xdead_beef_0bad_cafe);
    for _ in 0..3_000 {
        let start = o.first + chrono::Days::new(rng.below(365 * 7));
        let n = rng.below(70) as u32;
        let mut pauses = Vec::new();
        for _ in 0..rng.below(3) {
            let from = start + chrono::Days::new(rng.below(90));
            let to = from + chrono::Days::new(rng.below(20));
            pauses.push(Pause {
                from,
                to,
                step: None,
            });
        }
        let paused = |d: NaiveDate| pauses.iter().any(|p| p.from <= d && d <= p.to);
        // Working days: walk, counting working days outside pauses.
        let mut d = start;
        let mut left = n;
        while left > 0 {
            d = d.succ_opt().unwrap();
            if o.work(d) && !paused(d) {
                left -= 1;
            }
        }
        let got = c.deadline(start, Period::Workdays(n), &pauses).unwrap();
        assert_eq!(got.due, d, "{start} + {n} wd, pauses {pauses:?}");
        // Natural days: walk counting every unpaused day, then roll to an unpaused working day.
        let mut d = start;
        let mut left = n;
        while left > 0 {
            d = d.succ_opt().unwrap();
            if !paused(d) {
                left -= 1;
            }
        }
        while !o.work(d) || paused(d) {
            d = d.succ_opt().unwrap();
        }
        let got = c.deadline(start, Period::NaturalDays(n), &pauses).unwrap();
        assert_eq!(got.due, d, "{start} + {n} nd, pauses {pauses:?}");
    }
}

#[test]
fn counted_steps_do_not_pause() {
    let c = cal();
    let d = |s| parse_ymd(s).unwrap();
    let survey = Pause {
        from: d("2024-03-04"),
        to: d("2024-03-08"),
        step: Some(crate::step::SpecialStep::SiteSurvey),
    };
    let hearing = Pause {
        step: Some(crate::step::SpecialStep::Hearing),
        ..survey
    };
    let plain = c
        .deadline(d("2024-03-01"), Period::Workdays(10), &[])
        .unwrap()
        .due;
    assert_eq!(
        c.deadline(d("2024-03-01"), Period::Workdays(10), &[survey])
            .unwrap()
            .due,
        plain
    );
    let paused = c
        .deadline(d("2024-03-01"), Period::Workdays(10), &[hearing])
        .unwrap();
    assert_eq!(paused.paused_days, 5);
    assert_eq!(paused.due, c.add_workdays(plain, 5).unwrap());
}

#[test]
fn host_years_extend_and_bad_data_is_refused() {
    let base = Calendar::cn_mainland_data().unwrap();
    // A 2027 with 元旦 alone lacks the rest of the statutory holidays: refused, each named.
    let partial = CalendarData::from_json(
        r#"{"calendar":"cn-mainland","years":{"2027":{"days_off":[{"date":"2027-01-01","holiday":"元旦"}],"workdays":[]}}}"#,
    )
    .unwrap();
    let e = Calendar::extended(base, &partial).unwrap_err();
    assert_eq!(e.code(), ErrorCode::CalendarIncompleteYear);
    assert_eq!(e.path(), Some("years.2027"));
    assert!(
        e.message().contains("春节除夕（2027年2月5日）"),
        "{}",
        e.message()
    );
    assert!(!e.message().contains("元旦"), "{}", e.message());
    // The fixture year, in holiday-cn's shape, is complete.
    let fixture: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/calendar-2027.holiday-cn.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let file = YearFile::from_value(&fixture).unwrap();
    let merged = with_year_files(base, &[file]).unwrap();
    let c = Calendar::from_data(&merged).unwrap();
    assert_eq!(c.range().1, parse_ymd("2027-12-31").unwrap());
    assert!(!c.is_workday(parse_ymd("2027-02-08").unwrap()).unwrap());
    assert!(c.is_workday(parse_ymd("2027-02-20").unwrap()).unwrap());
    // holiday-cn's file names the notice's address only: no title or issuer is made up.
    let src = c.source(2027).unwrap();
    assert_eq!((src.title.as_deref(), src.issuer.as_deref()), (None, None));
    assert!(src.url.is_some());
    assert_eq!(c.year_citation(2027).doc, "host-calendar");
    // Years must be contiguous (a calendar without the statutory check, to reach that rule).
    let gap = CalendarData::from_json(
        r#"{"calendar":"x","years":{"2027":{"days_off":[],"workdays":[]},"2029":{"days_off":[],"workdays":[]}}}"#,
    )
    .unwrap();
    let e = Calendar::from_data(&gap).unwrap_err();
    assert_eq!(
        (e.code(), e.path()),
        (ErrorCode::CalendarInvalidData, Some("years.2029"))
    );
    let weekday = CalendarData::from_json(
        r#"{"calendar":"x","years":{"2027":{"days_off":[],"workdays":[{"date":"2027-01-04","for":"元旦"}]}}}"#,
    )
    .unwrap();
    let e = Calendar::from_data(&weekday).unwrap_err();
    assert_eq!(e.path(), Some("years.2027.workdays[0].date"));
}

/// The embedded 2004–2026 data, day by day, against the legal-holiday table of tyme4rs (an
/// independent transcription of the same notices). It lacks two working days the 2013 notice set
/// (三、清明节 "4月7日（星期日）上班"; 七、国庆节 "9月29日（星期日）、10月12日（星期六）上班"): without
/// them 4月5日 and 10月7日 would be weekdays off that no weekend pays back.
#[test]
fn embedded_years_agree_with_tyme4rs_day_by_day() {
    use tyme4rs::tyme::holiday::LegalHoliday;
    let c = Calendar::cn_mainland().unwrap();
    let (first, last) = c.range();
    assert_eq!((first.year(), last.year()), (2004, 2026));
    let theirs_lacking = [
        parse_ymd("2013-04-07").unwrap(),
        parse_ymd("2013-10-12").unwrap(),
    ];
    let mut checked = 0;
    for d in first.iter_days().take_while(|d| *d <= last) {
        let h = LegalHoliday::from_ymd(d.year() as isize, d.month() as usize, d.day() as usize);
        let weekend = matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
        let theirs = match h {
            Some(h) => h.is_work(),
            None => !weekend,
        };
        if theirs_lacking.contains(&d) {
            assert!(c.is_workday(d).unwrap() && !theirs, "{d}");
            continue;
        }
        assert_eq!(c.is_workday(d).unwrap(), theirs, "{d}");
        checked += 1;
    }
    assert_eq!(checked, 8401 - 2);
}

/// The projection rule against the official years: every statutory day off the projection
/// computes for 2025 and 2026 is a day off in the published arrangement, and the projected
/// calendar agrees with the official one on every day that is neither a 调休 working day nor a
/// bridging day off.
#[test]
fn projection_rule_matches_the_official_2025_and_2026() {
    let c = Calendar::cn_mainland().unwrap();
    for year in [2025, 2026] {
        for s in statutory::days(year).unwrap() {
            assert!(
                !c.is_workday(s.date).unwrap(),
                "{year}: {} {}",
                s.holiday,
                s.day
            );
        }
    }
    // Cut the data at 2024 and project: 2025 counts as provisional and keeps its statutory days.
    let mut data = Calendar::cn_mainland_data().unwrap().clone();
    data.years.retain(|y, _| y.as_str() <= "2024");
    let p = Calendar::build(&data, Projection::Statutory).unwrap();
    assert_eq!(p.official_end(), parse_ymd("2024-12-31").unwrap());
    assert!(p.is_projected(parse_ymd("2025-01-01").unwrap()));
    let official = Calendar::cn_mainland().unwrap();
    let mut differing = 0;
    for d in parse_ymd("2025-01-01").unwrap().iter_days().take(365) {
        let (a, b) = (p.is_workday(d).unwrap(), official.is_workday(d).unwrap());
        if a != b {
            // Only 调休: a weekend worked, or a weekday off to bridge a holiday.
            let kind = official.day(d).unwrap().kind;
            assert!(
                kind == DayKind::AdjustedWorkday || (kind == DayKind::Holiday && a),
                "{d}"
            );
            differing += 1;
        }
    }
    assert!(differing > 0 && differing < 20, "{differing}");
    // Without projection the same data stops at its end.
    let off = Calendar::build(&data, Projection::Off).unwrap();
    assert!(off.is_workday(parse_ymd("2025-01-02").unwrap()).is_err());
}
