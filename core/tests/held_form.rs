//! A held form answers exactly as the JSON door does for the same form and values, errors
//! included, without the form being sent again.

use serde_json::{json, Value};
use zhengwu::Engine;

#[test]
fn held_form_answers_are_the_json_doors() {
    let e = Engine::default();
    let merged = e
        .call_json("form.merge", r#"{"bundle":"enterprise-opening"}"#)
        .unwrap();
    let form = e.form_from_json(&merged).unwrap();
    let form_v: Value = serde_json::from_str(&merged).unwrap();
    for values in [
        json!({}),
        json!({"uscc": "91350100M000100Y43", "legal_rep_name": "张三"}),
        json!({"uscc": "not a code", "registered_capital": "x"}),
    ] {
        let vt = values.to_string();
        let door = |op: &str| {
            e.call_json(op, &json!({"form": form_v, "values": values}).to_string())
                .unwrap()
        };
        assert_eq!(
            e.form_validate_json(&form, &vt).unwrap(),
            door("form.validate")
        );
        assert_eq!(e.form_split_json(&form, &vt).unwrap(), door("form.split"));
    }
    let shared = json!({"法人库": {"uscc": "91350100M000100Y43"}}).to_string();
    let door = e
        .call_json(
            "form.prefill",
            &json!({"form": form_v, "shared": serde_json::from_str::<Value>(&shared).unwrap(), "values": {}, "overwrite": false}).to_string(),
        )
        .unwrap();
    assert_eq!(
        e.form_prefill_json(&form, &shared, "{}", false).unwrap(),
        door
    );
    // Errors: values that are not an object, a broken form.
    let err = e.form_validate_json(&form, "[1]").unwrap_err();
    assert_eq!(
        (err.code().as_str(), err.path()),
        ("input.wrong_type", Some("values"))
    );
    let err = e.form_from_json(r#"{"order": 1}"#).unwrap_err();
    assert_eq!(err.path(), Some("form.order"));
}
