//! Judgements the seeds decide, run through `Engine::call` as a host would: the bar of
//! 全程监督办法 第十七条 on the supervision path and after false materials, and the severe
//! dishonesty that 失信惩戒办法 第五条 names on its own.

use serde_json::{json, Value};
use zhengwu::Engine;

const USCC: &str = "91350100M000100Y43";

fn call(e: &Engine, op: &str, input: Value) -> Value {
    e.call(op, &input)
        .unwrap_or_else(|err| panic!("{op}: {}", err.to_json()))
}

fn apply(e: &Engine, state: &Value, event: Value) -> Value {
    call(
        e,
        "commitment.apply",
        json!({"state": state, "event": event}),
    )
}

fn cites(reasons: &Value, doc: &str, article: &str) -> bool {
    reasons
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["citation"]["doc"] == doc && r["citation"]["article"] == article)
}

/// open → verification finds a mismatch → rectification fails → revoked → later rectified,
/// one year, removed: the subject is still refused commitment approval.
#[test]
fn a_failed_rectification_bars_commitment_approval_for_good() {
    let e = Engine::default();
    let opened = call(
        &e,
        "commitment.open",
        json!({"matter": "TJ-SCJGW-0001", "applicant": {"subject": {"uscc": USCC}, "records": []},
               "committed_on": "2024-03-01", "missing": ["domicile-proof"]}),
    );
    let mut state = opened["state"].clone();
    for ev in [
        json!({"type": "verification_started", "on": "2024-03-04"}),
        json!({"type": "verification_completed", "on": "2024-03-20", "conforming": false}),
        json!({"type": "rectification_ordered", "on": "2024-03-21", "deadline": "2024-04-15"}),
    ] {
        state = apply(&e, &state, ev)["state"].clone();
    }
    assert_eq!(state["status"], "under_rectification");
    let revoked = apply(
        &e,
        &state,
        json!({"type": "rectified", "on": "2024-04-12", "conforming": false}),
    );
    assert_eq!(revoked["state"]["status"], "revoked");
    let effects = revoked["effects"].as_array().unwrap();
    let bar = effects
        .iter()
        .find(|x| x["type"] == "credit_record")
        .expect("the revocation carries the bar record");
    assert_eq!(bar["record"]["type"], "revoked_for_mismatch");
    assert_eq!(bar["citation"]["article"], "第十七条");
    let mut records: Vec<Value> = effects
        .iter()
        .filter_map(|x| x.get("record").cloned())
        .collect();
    records.push(json!({"type": "rectified", "on": "2024-05-06"}));
    records.push(json!({"type": "removed", "on": "2025-05-07"}));
    let status = call(
        &e,
        "credit.status",
        json!({"subject": {"uscc": USCC}, "records": records, "today": "2025-06-02"}),
    );
    assert_eq!(status["blacklisted"], false, "removed from the list");
    assert_eq!(status["commitment_allowed"], false, "but still barred");
    assert!(cites(&status["reasons"], "tj-2018-supervision", "第十七条"));
}

/// The same when the rectification deadline passes and a tick revokes.
#[test]
fn a_passed_rectification_deadline_carries_the_bar_too() {
    let e = Engine::default();
    let mut state = call(
        &e,
        "commitment.open",
        json!({"matter": "TJ-SCJGW-0001", "applicant": {"subject": {"uscc": USCC}, "records": []},
               "committed_on": "2024-03-01", "missing": []}),
    )["state"]
        .clone();
    state = apply(
        &e,
        &state,
        json!({"type": "rectification_ordered", "on": "2024-03-21", "deadline": "2024-04-15"}),
    )["state"]
        .clone();
    let ticked = call(
        &e,
        "commitment.tick",
        json!({"state": state, "today": "2024-04-17"}),
    );
    assert_eq!(ticked["state"]["status"], "revoked");
    assert!(ticked["effects"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["record"]["type"] == "revoked_for_mismatch"));
}

/// 第十七条 "提供虚假材料申请的…不再适用承诺审批": the falsified judgement bars by itself, through
/// repair and removal alike, and `credit.judge` hands over the record that does it.
#[test]
fn false_materials_bar_commitment_approval_after_repair_or_removal() {
    let e = Engine::default();
    let verdict = call(
        &e,
        "credit.judge",
        json!({"falsified": true, "on": "2024-03-01"}),
    );
    assert!(cites(
        &verdict["reasons"],
        "tj-2018-supervision",
        "第十七条"
    ));
    let record = verdict["record"].clone();
    assert_eq!(record["form"], "falsified");
    for clearing in [
        json!([{"type": "rectified", "on": "2024-04-01"}, {"type": "removed", "on": "2025-04-02"}]),
        json!([{"type": "repair_approved", "on": "2024-09-02"}]),
    ] {
        let mut records = vec![record.clone()];
        records.extend(clearing.as_array().unwrap().iter().cloned());
        let status = call(
            &e,
            "credit.status",
            json!({"subject": {"uscc": USCC}, "records": records, "today": "2025-06-02"}),
        );
        assert_eq!(status["blacklisted"], false);
        assert_eq!(status["commitment_allowed"], false);
        assert!(cites(&status["reasons"], "tj-2018-supervision", "第十七条"));
    }
}

/// 失信惩戒办法 第五条 facts on their own, and 第十四条's minor lapse, are judgements of 失信.
#[test]
fn discipline_facts_alone_are_dishonest() {
    let e = Engine::default();
    for (fact, item, severity) in [
        ("serious_harm", "第五条(一)", "severe"),
        ("serious_disorder", "第五条(二)", "severe"),
        ("acted_without_license", "第五条(三)", "severe"),
        ("minor", "第十四条", "minor"),
    ] {
        let v = call(&e, "credit.judge", json!({ fact: true }));
        assert_eq!(v["judgement"], "dishonest", "{fact}");
        assert_eq!(v["form"], "other", "{fact}");
        assert_eq!(v["severity"], severity, "{fact}");
        assert!(cites(&v["reasons"], "tj-2018-discipline", item), "{fact}");
    }
}

/// 第七条: the record is due 7 working days after the violation was found; a late entry is named.
#[test]
fn credit_entry_due_and_late_entries() {
    let e = Engine::default();
    let v = call(
        &e,
        "credit.judge",
        json!({"supplied_on_time": false, "found_on": "2024-09-27"}),
    );
    // 9-29 and 10-12 are 调休 working days; 10-1…10-7 National Day.
    assert_eq!(v["record_due"], "2024-10-12");
    let late = json!({"type": "judgement", "on": "2024-10-14", "judgement": "dishonest",
                      "form": "late_materials", "severity": "severe", "found_on": "2024-09-27"});
    let s = call(
        &e,
        "credit.status",
        json!({"subject": {"uscc": USCC}, "records": [late], "today": "2024-10-15"}),
    );
    assert_eq!(s["late_entries"][0]["due"], "2024-10-12");
    let mut in_time = late.clone();
    in_time["on"] = json!("2024-10-12");
    let s = call(
        &e,
        "credit.status",
        json!({"subject": {"uscc": USCC}, "records": [in_time], "today": "2024-10-15"}),
    );
    assert!(s.get("late_entries").is_none());
}
