//! `Engine::call_json` across every operation: the first line of the input is the operation
//! name, the rest is the input text. Every answer must be JSON (output or a structured error),
//! and no error may show a full resident ID number.
#![no_main]

use libfuzzer_sys::fuzz_target;
use once::engine;

mod once {
    use std::sync::OnceLock;
    pub fn engine() -> &'static zhengwu::Engine {
        static E: OnceLock<zhengwu::Engine> = OnceLock::new();
        E.get_or_init(zhengwu::Engine::default)
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (op, input) = text.split_once('\n').unwrap_or((text, ""));
    match engine().call_json(op, input) {
        Ok(out) => {
            serde_json::from_str::<serde_json::Value>(&out).expect("output is JSON");
        }
        Err(e) => {
            let json = e.to_json();
            serde_json::from_str::<serde_json::Value>(&json).expect("error is JSON");
            assert!(
                !zhengwu::id::contains_unmasked_resident_id(&json),
                "unmasked resident ID in {json}"
            );
        }
    }
});
