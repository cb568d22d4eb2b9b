//! C ABI of zhengwu. Thin: every function checks its pointers, converts text, calls the core
//! engine inside `catch_unwind`, and hands results back in buffers the caller frees with
//! [`zw_buf_free`]. The header `include/zhengwu.h` is generated from this crate by cbindgen; the
//! modules hold one concern each: engines, the JSON door, buffers, errors, held forms, the
//! typed calendar and identifier entry points.
#![allow(non_camel_case_types)]
#![deny(unsafe_op_in_unsafe_fn)]

mod buf;
mod calendar;
mod call;
mod engine;
mod error;
mod form;
mod id;

pub use buf::*;
pub use calendar::*;
pub use call::*;
pub use engine::*;
pub use error::*;
pub use form::*;
pub use id::*;

/// Major version of the library (semantic versioning).
pub const ZW_VERSION_MAJOR: u32 = 0;
/// Minor version of the library.
pub const ZW_VERSION_MINOR: u32 = 1;
/// Patch version of the library.
pub const ZW_VERSION_PATCH: u32 = 0;
/// Version of the JSON door's contract (operations, shapes, error codes).
pub const ZW_ABI_VERSION: u32 = 1;

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;
    use std::ptr::null_mut;

    fn call(e: *const zw_engine, op: &str, input: &str) -> (zw_status, String) {
        let op = std::ffi::CString::new(op).unwrap();
        let mut out = zw_buf {
            ptr: null_mut(),
            len: 0,
        };
        let st =
            unsafe { zw_engine_call(e, op.as_ptr(), input.as_ptr().cast(), input.len(), &mut out) };
        let s = if out.ptr.is_null() {
            String::new()
        } else {
            let bytes = unsafe { std::slice::from_raw_parts(out.ptr, out.len + 1) };
            assert_eq!(bytes[out.len], 0, "NUL-terminated");
            String::from_utf8(bytes[..out.len].to_vec()).unwrap()
        };
        unsafe { zw_buf_free(&mut out) };
        assert!(out.ptr.is_null());
        (st, s)
    }

    #[test]
    fn versions_agree_with_the_crate() {
        assert_eq!(
            ZW_VERSION_MAJOR.to_string(),
            env!("CARGO_PKG_VERSION_MAJOR")
        );
        assert_eq!(
            ZW_VERSION_MINOR.to_string(),
            env!("CARGO_PKG_VERSION_MINOR")
        );
        assert_eq!(
            ZW_VERSION_PATCH.to_string(),
            env!("CARGO_PKG_VERSION_PATCH")
        );
        assert_eq!(ZW_ABI_VERSION, zhengwu::ABI_VERSION);
        let v = unsafe { CStr::from_ptr(zw_version()) }.to_str().unwrap();
        assert_eq!(v, env!("CARGO_PKG_VERSION"));
    }

    #[test]
    fn calls_and_errors() {
        let mut e = null_mut();
        assert_eq!(
            unsafe { zw_engine_new(std::ptr::null(), 0, &mut e) },
            zw_status::ZW_STATUS_OK
        );
        let (st, out) = call(
            e,
            "calendar.add_workdays",
            r#"{"date":"2024-09-30","days":1}"#,
        );
        assert_eq!(
            (st, out.as_str()),
            (zw_status::ZW_STATUS_OK, r#"{"date":"2024-10-08"}"#)
        );
        let (st, out) = call(e, "calendar.day", r#"{"date":"2031-01-01"}"#);
        assert_eq!(st, zw_status::ZW_STATUS_CALENDAR);
        assert!(out.contains("calendar.out_of_range"));
        let mut last = zw_buf {
            ptr: null_mut(),
            len: 0,
        };
        unsafe { zw_last_error(&mut last) };
        assert_eq!(last.len, out.len());
        unsafe { zw_buf_free(&mut last) };
        let (st, _) = call(e, "nope", "{}");
        assert_eq!(st, zw_status::ZW_STATUS_UNKNOWN_OP);
        let bad = [b'{', 0xff, b'}'];
        let mut out = zw_buf {
            ptr: null_mut(),
            len: 0,
        };
        let op = std::ffi::CString::new("meta.version").unwrap();
        let st = unsafe { zw_engine_call(e, op.as_ptr(), bad.as_ptr().cast(), 3, &mut out) };
        assert_eq!(st, zw_status::ZW_STATUS_INVALID_UTF8);
        unsafe { zw_buf_free(&mut out) };
        let st = unsafe {
            zw_engine_call(
                std::ptr::null(),
                op.as_ptr(),
                bad.as_ptr().cast(),
                3,
                &mut out,
            )
        };
        assert_eq!(st, zw_status::ZW_STATUS_NULL_ARGUMENT);
        unsafe { zw_buf_free(&mut out) };
        unsafe { zw_buf_free(std::ptr::null_mut()) };
        unsafe { zw_engine_free(e) };
        unsafe { zw_engine_free(null_mut()) };
    }

    #[test]
    fn bad_config_is_refused() {
        let cfg = r#"{"policy":"nowhere-2030"}"#;
        let mut e = null_mut();
        let st = unsafe { zw_engine_new(cfg.as_ptr().cast(), cfg.len(), &mut e) };
        assert_eq!(st, zw_status::ZW_STATUS_CONFIG);
        assert!(e.is_null());
        let st = unsafe { zw_engine_new(cfg.as_ptr().cast(), cfg.len(), std::ptr::null_mut()) };
        assert_eq!(st, zw_status::ZW_STATUS_NULL_ARGUMENT);
    }

    #[test]
    fn status_names_are_unique() {
        let names: std::collections::HashSet<_> = (0..9)
            .map(|i| {
                unsafe { CStr::from_ptr(zw_status_name(i)) }
                    .to_str()
                    .unwrap()
            })
            .collect();
        assert_eq!(names.len(), 9);
    }
}
