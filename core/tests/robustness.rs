//! No input makes an operation panic: generated JSON — built from the operations' own field
//! names, with wrong types, extreme numbers, odd strings and edge dates — goes into every
//! operation; each call must return either an output or a structured error with a known code.

use serde_json::{json, Map, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};
use zhengwu::{Engine, ErrorCode};

mod common;
use common::Rng;

const FIELDS: &[&str] = &[
    "date",
    "days",
    "from",
    "to",
    "start",
    "period",
    "pauses",
    "step",
    "workdays",
    "natural_days",
    "id",
    "today",
    "code",
    "x",
];

fn leaf(r: &mut Rng) -> Value {
    let strings = [
        "2024-02-10",
        "2017-12-31",
        "2027-01-01",
        "2026-12-31",
        "2018-01-01",
        "2024-02-30",
        "0000-01-01",
        "9999-12-31",
        "",
        "11010519491231002X",
        "91350100M000100Y43",
        "hearing",
        "site_survey",
        "💥",
        "２０２４-01-01",
        "2024-1-1",
        "\u{0}",
    ];
    match r.next() % 8 {
        0 => Value::Null,
        1 => Value::Bool(r.next() % 2 == 0),
        2 => json!(*r.pick(&[
            0i64,
            1,
            -1,
            60,
            -60,
            i64::MAX,
            i64::MIN,
            4_000,
            u32::MAX as i64 + 1
        ])),
        3 => json!(*r.pick(&[0.5f64, -1e300, 1e300])),
        _ => json!(*r.pick(&strings)),
    }
}

fn value(r: &mut Rng, depth: u32) -> Value {
    if depth > 3 {
        return leaf(r);
    }
    match r.next() % 6 {
        0 => Value::Array((0..r.next() % 4).map(|_| value(r, depth + 1)).collect()),
        1 | 2 => {
            let mut m = Map::new();
            for _ in 0..r.next() % 5 {
                m.insert(r.pick(FIELDS).to_string(), value(r, depth + 1));
            }
            Value::Object(m)
        }
        _ => leaf(r),
    }
}

#[test]
fn generated_inputs_never_panic() {
    let engine = Engine::default();
    let mut r = Rng(0x0dd_ba11_5eed);
    let mut outcomes = [0usize; 2];
    for round in 0..40_000 {
        let op = zhengwu::engine::OPS[round % zhengwu::engine::OPS.len()].name;
        let mut input = Map::new();
        for _ in 0..r.next() % 5 {
            input.insert(r.pick(FIELDS).to_string(), value(&mut r, 1));
        }
        let input = if round % 50 == 0 {
            value(&mut r, 0)
        } else {
            Value::Object(input)
        };
        let result = catch_unwind(AssertUnwindSafe(|| engine.call(op, &input)));
        match result {
            Ok(Ok(_)) => outcomes[0] += 1,
            Ok(Err(e)) => {
                assert!(ErrorCode::from_name(e.code().as_str()).is_some());
                assert!(
                    !e.message().contains("11010519491231002X"),
                    "{}",
                    e.message()
                );
                outcomes[1] += 1;
            }
            Err(_) => panic!("{op} panicked on {input}"),
        }
    }
    // The generator reaches both outcomes, so the test exercises real work, not only refusals.
    assert!(outcomes[0] > 500 && outcomes[1] > 500, "{outcomes:?}");
}

#[test]
fn text_door_survives_garbage() {
    let engine = Engine::default();
    let deep = "[".repeat(10_000);
    for text in [
        "",
        " ",
        "{",
        "}",
        "nul",
        "\"",
        "{\"date\":}",
        "[]",
        "1e999",
        &deep,
        "{\"a\":1,\"a\":2}",
    ] {
        for op in zhengwu::engine::OPS.iter().map(|o| o.name) {
            let r = catch_unwind(AssertUnwindSafe(|| engine.call_json(op, text)));
            assert!(
                r.is_ok(),
                "{op} panicked on {:?}",
                &text[..text.len().min(20)]
            );
        }
    }
}
