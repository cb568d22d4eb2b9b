//! Catalog loading and linting from arbitrary JSON: an error or a catalog, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    if let Ok(cat) = zhengwu::catalog::Catalog::from_json(&v) {
        let _ = zhengwu::catalog::lint::lint(&cat, &zhengwu::policy::Policy::default());
    }
});
