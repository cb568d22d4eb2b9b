use super::*;
use crate::calendar::{Pause, Period};
use crate::date::{parse_ymd, to_epoch_days};
use crate::step::SpecialStep;
use crate::ErrorCode;

fn d(s: &str) -> NaiveDate {
    parse_ymd(s).unwrap()
}

fn case(matter: &str, events: serde_json::Value) -> Case {
    serde_json::from_value(serde_json::json!({"matter": matter, "events": events})).unwrap()
}

#[test]
fn due_after_is_the_calendars_deadline_with_the_same_pauses() {
    let cal = Calendar::cn_mainland().unwrap();
    // A small deterministic generator: starts across 2019–2025 (Spring Festivals included),
    // limits 0–60, up to three pauses of up to 20 days.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |m: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % m
    };
    let base = d("2019-01-01");
    for _ in 0..5_000 {
        let start = base + chrono::Days::new(next(2400));
        let n = next(61) as u32;
        let mut pauses = Vec::new();
        for _ in 0..next(4) {
            let from = start + chrono::Days::new(next(90));
            let to = from + chrono::Days::new(next(21));
            pauses.push(Pause {
                from,
                to,
                step: Some(SpecialStep::Hearing),
            });
        }
        let want = cal.deadline(start, Period::Workdays(n), &pauses).unwrap();
        let mut f: Vec<(i64, i64)> = pauses
            .iter()
            .map(|p| (to_epoch_days(p.from), to_epoch_days(p.to)))
            .collect();
        f.sort_unstable();
        let mut merged: Vec<(i64, i64)> = Vec::new();
        for (a, b) in f {
            match merged.last_mut() {
                Some(l) if a <= l.1 + 1 => l.1 = l.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let (due, paused) = assess::due_after(&cal, to_epoch_days(start), n, &merged).unwrap();
        assert_eq!(
            due,
            to_epoch_days(want.due),
            "{start} + {n} with {pauses:?}"
        );
        assert_eq!(paused, want.paused_days, "{start} + {n} with {pauses:?}");
    }
}

#[test]
fn a_published_hearing_pauses_the_decision_limits() {
    let mut cat: serde_json::Value =
        serde_json::from_str(crate::catalog::TIANJIN_SAMPLE_JSON).unwrap();
    let matters = cat["matters"].as_array_mut().unwrap();
    let m = matters
        .iter_mut()
        .find(|m| m["code"] == "TJ-SCJGW-0002")
        .unwrap();
    m["special_steps"] = serde_json::json!(["site_survey", "hearing"]);
    let catalog = Catalog::from_json(&cat).unwrap();
    let cal = Calendar::cn_mainland().unwrap();
    let c = case(
        "TJ-SCJGW-0002",
        serde_json::json!([
            {"type": "received", "on": "2024-01-29"},
            {"type": "accepted", "on": "2024-01-30"},
            {"type": "special_step_started", "on": "2024-02-01", "step": "hearing"},
            {"type": "special_step_ended", "on": "2024-02-06", "step": "hearing"}
        ]),
    );
    let a = supervise(&catalog, &cal, &c, d("2024-02-07"), 3).unwrap();
    let statutory = a.deadline(DeadlineKind::StatutoryDecision).unwrap();
    let want = cal
        .deadline(
            d("2024-01-30"),
            Period::Workdays(20),
            &[Pause {
                from: d("2024-02-01"),
                to: d("2024-02-06"),
                step: Some(SpecialStep::Hearing),
            }],
        )
        .unwrap();
    assert_eq!(statutory.due, to_epoch_days(want.due));
    // 02-04 is a 调休 working Sunday: 02-01, 02-02, 02-04, 02-05, 02-06 are paused working days.
    assert_eq!(statutory.paused, 5);
    assert_eq!(a.status, CaseStatus::Accepted);
    assert!(a.findings.is_empty(), "{:?}", a.findings);
}

#[test]
fn trails_that_cannot_have_happened_are_refused_at_the_event() {
    let catalog = Catalog::tianjin_sample().unwrap();
    let cal = Calendar::cn_mainland().unwrap();
    let refused = |events: serde_json::Value, at: &str| {
        let e = supervise(
            &catalog,
            &cal,
            &case("TJ-SCJGW-0001", events),
            d("2024-06-03"),
            3,
        )
        .unwrap_err();
        assert_eq!(
            (e.code(), e.path()),
            (ErrorCode::CaseInvalidEvents, Some(at)),
            "{e}"
        );
    };
    refused(
        serde_json::json!([{"type": "accepted", "on": "2024-03-01"}]),
        "events[0]",
    );
    refused(
        serde_json::json!([{"type": "received", "on": "2024-03-05"}, {"type": "accepted", "on": "2024-03-01"}]),
        "events[1]",
    );
    refused(
        serde_json::json!([{"type": "received", "on": "2024-03-05"}, {"type": "delivered", "on": "2024-03-06"}]),
        "events[1]",
    );
    refused(
        serde_json::json!([{"type": "received", "on": "2024-03-05"}, {"type": "visit", "on": "2024-07-01"}]),
        "events[1]",
    );
    refused(
        serde_json::json!([
            {"type": "received", "on": "2024-03-05"},
            {"type": "supplement_requested", "on": "2024-03-06"},
            {"type": "decided", "on": "2024-03-07", "result": "granted"}
        ]),
        "events[2]",
    );
    refused(
        serde_json::json!([{"type": "received", "on": "2024-03-05"}, {"type": "special_step_ended", "on": "2024-03-06", "step": "hearing"}]),
        "events[1]",
    );
    refused(serde_json::json!([]), "events");
}

#[test]
fn no_notice_within_five_working_days_means_accepted_on_receipt() {
    let catalog = Catalog::tianjin_sample().unwrap();
    let cal = Calendar::cn_mainland().unwrap();
    // Received the Friday before 春节 2024: the 5 working days run to 2024-02-19 (02-18 is a
    // 调休 working Sunday: 02-08, 02-09, 02-18, 02-19 … counted after 02-04, 02-05 …).
    let c = case(
        "TJ-SCJGW-0001",
        serde_json::json!([
            {"type": "received", "on": "2024-02-02"},
            {"type": "supplement_requested", "on": "2024-02-20", "materials": ["articles"]}
        ]),
    );
    let a = supervise(&catalog, &cal, &c, d("2024-02-21"), 3).unwrap();
    assert!(a.deemed_accepted);
    assert_eq!(a.accepted, to_epoch_days(d("2024-02-02")));
    let notice = a.deadline(DeadlineKind::SupplementNotice).unwrap();
    assert_eq!(
        notice.due,
        to_epoch_days(cal.add_workdays(d("2024-02-02"), 5).unwrap())
    );
    assert_eq!(a.findings[0].kind, FindingKind::LateSupplementNotice);
}
