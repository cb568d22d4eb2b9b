//! Engine configurations from arbitrary text: an engine or a structured error, never a panic;
//! an engine built answers; no error shows a full resident ID number.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match zhengwu::Engine::from_config_json(text) {
        Ok(engine) => {
            let _ = engine.call_json("calendar.day", r#"{"date":"2024-02-10"}"#);
            let _ = engine.call_json("catalog.stats", "{}");
        }
        Err(e) => {
            assert!(!zhengwu::id::contains_unmasked_resident_id(&e.to_string()), "{e}");
        }
    }
});
