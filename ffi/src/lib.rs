//! C ABI of zhengwu. Thin: every function checks its pointers, converts text, calls the core
//! engine inside `catch_unwind`, and hands results back in buffers the caller frees with
//! [`zw_buf_free`]. The header `include/zhengwu.h` is generated from this file by cbindgen.
#![allow(non_camel_case_types)]
#![deny(unsafe_op_in_unsafe_fn)]

use std::cell::RefCell;
use std::ffi::{c_char, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};
use zhengwu::{Engine, Error, ErrorCode};

/// Major version of the library (semantic versioning).
pub const ZW_VERSION_MAJOR: u32 = 0;
/// Minor version of the library.
pub const ZW_VERSION_MINOR: u32 = 1;
/// Patch version of the library.
pub const ZW_VERSION_PATCH: u32 = 0;
/// Version of the JSON door's contract (operations, shapes, error codes).
pub const ZW_ABI_VERSION: u32 = 1;

/// Status of a call. Stable: a value, once published, keeps its meaning.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum zw_status {
    /// Success.
    ZW_STATUS_OK = 0,
    /// A required pointer argument was NULL.
    ZW_STATUS_NULL_ARGUMENT = 1,
    /// Text given to the library was not valid UTF-8.
    ZW_STATUS_INVALID_UTF8 = 2,
    /// The input was malformed or had a bad field (error codes `input.*`).
    ZW_STATUS_INPUT = 3,
    /// No operation has the given name (`op.unknown`).
    ZW_STATUS_UNKNOWN_OP = 4,
    /// The engine configuration was refused (`config.*`).
    ZW_STATUS_CONFIG = 5,
    /// A calendar rule refused the request, e.g. a date outside the data (`calendar.*`).
    ZW_STATUS_CALENDAR = 6,
    /// Another domain rule refused the request (catalog, commitment, credit, form, …).
    ZW_STATUS_DOMAIN = 7,
    /// An internal fault was caught (`internal.panic`); the engine remains usable.
    ZW_STATUS_PANIC = 8,
}

/// A byte buffer owned by the library, handed to the caller. Holds UTF-8 JSON text followed by
/// a NUL byte that `len` does not count. Release it with zw_buf_free(); never with free().
#[repr(C)]
#[derive(Debug)]
pub struct zw_buf {
    /// First byte, or NULL for an empty (released) buffer.
    pub ptr: *mut u8,
    /// Number of bytes, not counting the trailing NUL.
    pub len: usize,
}

/// An engine: calendar, policy profile and (later) catalog, immutable once built. Opaque.
pub struct zw_engine {
    engine: Engine,
}

thread_local! {
    static LAST_ERROR: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn status_of(e: &Error) -> zw_status {
    match e.code().area() {
        "input" => zw_status::ZW_STATUS_INPUT,
        "op" => zw_status::ZW_STATUS_UNKNOWN_OP,
        "config" => zw_status::ZW_STATUS_CONFIG,
        "calendar" => zw_status::ZW_STATUS_CALENDAR,
        "internal" => zw_status::ZW_STATUS_PANIC,
        _ => zw_status::ZW_STATUS_DOMAIN,
    }
}

fn error_json(code: &str, message: &str) -> String {
    serde_json::json!({ "code": code, "message": message }).to_string()
}

fn into_buf(text: String) -> zw_buf {
    let mut bytes = text.into_bytes();
    bytes.push(0);
    let boxed: Box<[u8]> = bytes.into_boxed_slice();
    let len = boxed.len() - 1;
    let ptr = Box::into_raw(boxed) as *mut u8;
    zw_buf { ptr, len }
}

/// Records `json` as this thread's last error and, when `out` is given, hands it over there.
///
/// # Safety
/// `out` is NULL or points to writable memory for a `zw_buf`.
unsafe fn fail(status: zw_status, json: String, out: *mut zw_buf) -> zw_status {
    if !out.is_null() {
        // SAFETY: checked non-NULL; the caller guarantees it is writable.
        unsafe { out.write(into_buf(json.clone())) };
    }
    LAST_ERROR.with(|l| *l.borrow_mut() = Some(json));
    status
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    let detail = p
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    zhengwu::id::mask_text(&format!("internal fault: {detail}"))
}

/// Reads `len` bytes at `ptr` as UTF-8 (NULL with len 0 is the empty string).
///
/// # Safety
/// `ptr` is NULL or valid for reads of `len` bytes.
unsafe fn text<'a>(ptr: *const c_char, len: usize) -> Result<&'a str, (zw_status, String)> {
    if ptr.is_null() {
        if len == 0 {
            return Ok("");
        }
        return Err((
            zw_status::ZW_STATUS_NULL_ARGUMENT,
            error_json(
                ErrorCode::InputNullArgument.as_str(),
                "a text pointer was NULL with a non-zero length",
            ),
        ));
    }
    // SAFETY: the caller guarantees ptr is valid for len bytes.
    let bytes = unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), len) };
    std::str::from_utf8(bytes).map_err(|e| {
        (
            zw_status::ZW_STATUS_INVALID_UTF8,
            error_json(
                ErrorCode::InputInvalidUtf8.as_str(),
                &format!("text is not valid UTF-8: {e}"),
            ),
        )
    })
}

/// Builds an engine.
///
/// @param config_json  UTF-8 JSON configuration `{"calendar"?, "policy"?}`, or NULL for the
///                     embedded defaults (cn-mainland calendar 2018–2026, profile tianjin-2018).
/// @param len          Length of config_json in bytes (ignored when config_json is NULL).
/// @param out          Receives the new engine; set to NULL on failure. Owned by the caller,
///                     released with zw_engine_free().
/// @return ZW_STATUS_OK, or an error status with the error in zw_last_error().
///
/// # Safety
/// `config_json` is NULL or valid for `len` bytes; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_engine_new(
    config_json: *const c_char,
    len: usize,
    out: *mut *mut zw_engine,
) -> zw_status {
    if out.is_null() {
        // SAFETY: NULL out buffer is allowed by fail().
        return unsafe {
            fail(
                zw_status::ZW_STATUS_NULL_ARGUMENT,
                error_json(ErrorCode::InputNullArgument.as_str(), "out is NULL"),
                std::ptr::null_mut(),
            )
        };
    }
    // SAFETY: out checked non-NULL.
    unsafe { out.write(std::ptr::null_mut()) };
    let result = catch_unwind(AssertUnwindSafe(|| {
        let cfg = if config_json.is_null() {
            ""
        } else {
            // SAFETY: the caller guarantees config_json is valid for len bytes.
            match unsafe { text(config_json, len) } {
                Ok(t) => t,
                Err(e) => return Err(e),
            }
        };
        Engine::from_config_json(cfg).map_err(|e| (status_of(&e), e.to_json()))
    }));
    match result {
        Ok(Ok(engine)) => {
            let boxed = Box::new(zw_engine { engine });
            // SAFETY: out checked non-NULL.
            unsafe { out.write(Box::into_raw(boxed)) };
            zw_status::ZW_STATUS_OK
        }
        // SAFETY: NULL out buffer is allowed by fail().
        Ok(Err((status, json))) => unsafe { fail(status, json, std::ptr::null_mut()) },
        Err(p) => unsafe {
            fail(
                zw_status::ZW_STATUS_PANIC,
                error_json(ErrorCode::InternalPanic.as_str(), &panic_message(&*p)),
                std::ptr::null_mut(),
            )
        },
    }
}

/// Releases an engine. Accepts NULL. The engine must not be in use by another thread.
///
/// # Safety
/// `engine` is NULL or was returned by zw_engine_new() and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn zw_engine_free(engine: *mut zw_engine) {
    if engine.is_null() {
        return;
    }
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the caller passes a pointer from zw_engine_new, freed once.
        drop(unsafe { Box::from_raw(engine) });
    }));
}

/// Runs one operation through the JSON door.
///
/// @param engine      The engine (thread-safe; may be shared by many threads).
/// @param op          Operation name, NUL-terminated UTF-8 (e.g. "calendar.add_workdays").
/// @param input_json  UTF-8 JSON object; may be NULL when len is 0 (read as `{}`).
/// @param len         Length of input_json in bytes.
/// @param out         Receives the output JSON on success, or the error JSON on failure.
///                    Owned by the caller, released with zw_buf_free().
/// @return ZW_STATUS_OK or an error status (the error is also in zw_last_error()).
///
/// # Safety
/// `engine` is NULL or a live engine; `op` is NULL or NUL-terminated; `input_json` is NULL or
/// valid for `len` bytes; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_engine_call(
    engine: *const zw_engine,
    op: *const c_char,
    input_json: *const c_char,
    len: usize,
    out: *mut zw_buf,
) -> zw_status {
    if !out.is_null() {
        // SAFETY: checked non-NULL.
        unsafe {
            out.write(zw_buf {
                ptr: std::ptr::null_mut(),
                len: 0,
            })
        };
    }
    if engine.is_null() || op.is_null() || out.is_null() {
        let which = if engine.is_null() {
            "engine"
        } else if op.is_null() {
            "op"
        } else {
            "out"
        };
        // SAFETY: out is NULL or writable.
        return unsafe {
            fail(
                zw_status::ZW_STATUS_NULL_ARGUMENT,
                error_json(
                    ErrorCode::InputNullArgument.as_str(),
                    &format!("{which} is NULL"),
                ),
                out,
            )
        };
    }
    let result = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the caller guarantees op is NUL-terminated.
        let op = unsafe { CStr::from_ptr(op) };
        let op = op.to_str().map_err(|e| {
            (
                zw_status::ZW_STATUS_INVALID_UTF8,
                error_json(
                    ErrorCode::InputInvalidUtf8.as_str(),
                    &format!("op is not valid UTF-8: {e}"),
                ),
            )
        })?;
        // SAFETY: the caller guarantees input_json is valid for len bytes.
        let input = unsafe { text(input_json, len) }?;
        // SAFETY: engine checked non-NULL; the caller guarantees it is live.
        let engine = unsafe { &(*engine).engine };
        engine
            .call_json(op, input)
            .map_err(|e| (status_of(&e), e.to_json()))
    }));
    match result {
        Ok(Ok(json)) => {
            // SAFETY: out checked non-NULL.
            unsafe { out.write(into_buf(json)) };
            zw_status::ZW_STATUS_OK
        }
        // SAFETY: out checked non-NULL.
        Ok(Err((status, json))) => unsafe { fail(status, json, out) },
        Err(p) => unsafe {
            fail(
                zw_status::ZW_STATUS_PANIC,
                error_json(ErrorCode::InternalPanic.as_str(), &panic_message(&*p)),
                out,
            )
        },
    }
}

/// Releases a buffer filled by the library and resets it to empty. Accepts NULL and an
/// already-released buffer.
///
/// # Safety
/// `buf` is NULL or points to a zw_buf that the library filled and that was not modified.
#[no_mangle]
pub unsafe extern "C" fn zw_buf_free(buf: *mut zw_buf) {
    if buf.is_null() {
        return;
    }
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: buf checked non-NULL.
        let b = unsafe { &mut *buf };
        if !b.ptr.is_null() {
            let slice = std::ptr::slice_from_raw_parts_mut(b.ptr, b.len + 1);
            // SAFETY: ptr/len+1 describe the boxed slice made by into_buf.
            drop(unsafe { Box::from_raw(slice) });
        }
        b.ptr = std::ptr::null_mut();
        b.len = 0;
    }));
}

/// Copies the calling thread's last error object (JSON) into `out`.
///
/// @param out  Receives the error JSON, or an empty buffer (ptr NULL) when there was none.
///             Released with zw_buf_free().
/// @return ZW_STATUS_OK, or ZW_STATUS_NULL_ARGUMENT when out is NULL.
///
/// # Safety
/// `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_last_error(out: *mut zw_buf) -> zw_status {
    if out.is_null() {
        return zw_status::ZW_STATUS_NULL_ARGUMENT;
    }
    let last = LAST_ERROR.with(|l| l.borrow().clone());
    let buf = match last {
        Some(json) => into_buf(json),
        None => zw_buf {
            ptr: std::ptr::null_mut(),
            len: 0,
        },
    };
    // SAFETY: out checked non-NULL.
    unsafe { out.write(buf) };
    zw_status::ZW_STATUS_OK
}

/// The library version as a static NUL-terminated string ("0.1.0"). Never NULL; do not free.
#[no_mangle]
pub extern "C" fn zw_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// The JSON door's contract version (ZW_ABI_VERSION of the library actually loaded).
#[no_mangle]
pub extern "C" fn zw_abi_version() -> u32 {
    zhengwu::ABI_VERSION
}

/// A static NUL-terminated name for a status value ("ZW_STATUS_CALENDAR"), or "ZW_STATUS_UNKNOWN"
/// for a value this library does not define. Never NULL; do not free.
#[no_mangle]
pub extern "C" fn zw_status_name(status: i32) -> *const c_char {
    let s: &'static str = match status {
        0 => "ZW_STATUS_OK\0",
        1 => "ZW_STATUS_NULL_ARGUMENT\0",
        2 => "ZW_STATUS_INVALID_UTF8\0",
        3 => "ZW_STATUS_INPUT\0",
        4 => "ZW_STATUS_UNKNOWN_OP\0",
        5 => "ZW_STATUS_CONFIG\0",
        6 => "ZW_STATUS_CALENDAR\0",
        7 => "ZW_STATUS_DOMAIN\0",
        8 => "ZW_STATUS_PANIC\0",
        _ => "ZW_STATUS_UNKNOWN\0",
    };
    s.as_ptr().cast()
}

#[cfg(test)]
mod tests {
    use super::*;
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
