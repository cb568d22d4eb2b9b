//! Identifier parsers on arbitrary text: the full checks and the fast predicates agree, and the
//! masked form never shows the whole number.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let r = zhengwu::id::check_resident_id(s, None);
    assert_eq!(r.valid, zhengwu::id::is_valid_resident_id(s), "{:?}", r.masked);
    assert!(!zhengwu::id::contains_unmasked_resident_id(&r.masked));
    let u = zhengwu::id::check_uscc(s);
    assert_eq!(u.valid, zhengwu::id::is_valid_uscc(s));
    let _ = zhengwu::id::mask_text(s);
});
