//! Statuses, the thread's last error, and the guard that keeps panics inside.

use crate::*;
use std::cell::RefCell;
use std::ffi::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};
use zhengwu::{Area, Error, ErrorCode};

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

thread_local! {
    static LAST_ERROR: RefCell<Option<String>> = const { RefCell::new(None) };
}

pub(crate) fn status_of(e: &Error) -> zw_status {
    match e.code().area() {
        Area::Input | Area::Explain => zw_status::ZW_STATUS_INPUT,
        Area::Op => zw_status::ZW_STATUS_UNKNOWN_OP,
        Area::Config => zw_status::ZW_STATUS_CONFIG,
        Area::Calendar => zw_status::ZW_STATUS_CALENDAR,
        Area::Internal => zw_status::ZW_STATUS_PANIC,
        Area::Catalog | Area::Credit | Area::Commitment | Area::Form | Area::Case => {
            zw_status::ZW_STATUS_DOMAIN
        }
    }
}

pub(crate) fn error_json(code: &str, message: &str) -> String {
    serde_json::json!({ "code": code, "message": message }).to_string()
}

pub(crate) fn into_buf(text: String) -> zw_buf {
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
pub(crate) unsafe fn fail(status: zw_status, json: String, out: *mut zw_buf) -> zw_status {
    if !out.is_null() {
        // SAFETY: checked non-NULL; the caller guarantees it is writable.
        unsafe { out.write(into_buf(json.clone())) };
    }
    LAST_ERROR.with(|l| *l.borrow_mut() = Some(json));
    status
}

pub(crate) fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    zhengwu::Error::from_panic(p).message().to_string()
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

pub(crate) fn record(e: &Error) -> zw_status {
    let st = status_of(e);
    LAST_ERROR.with(|l| *l.borrow_mut() = Some(e.to_json()));
    st
}

/// Runs `f` behind `catch_unwind`; a panic becomes ZW_STATUS_PANIC with its message recorded.
pub(crate) fn guarded(f: impl FnOnce() -> zw_status) -> zw_status {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(st) => st,
        Err(p) => {
            let json = error_json(ErrorCode::InternalPanic.as_str(), &panic_message(&*p));
            LAST_ERROR.with(|l| *l.borrow_mut() = Some(json));
            zw_status::ZW_STATUS_PANIC
        }
    }
}

zhengwu::texts! {
    /// What the C door says about how it was called, in the engine's language where there is an
    /// engine (Chinese where there is none).
    pub(crate) enum Said<'a> {
        /// A NULL pointer argument.
        Null { which: &'a str } => "{which} 为 NULL", "{which} is NULL";
        /// A NULL text pointer with a length.
        NullText => "文本指针为 NULL 而长度不为零", "a text pointer was NULL with a non-zero length";
        /// Text not UTF-8.
        NotUtf8 { error: String } => "文本不是有效的 UTF-8：{error}", "text is not valid UTF-8: {error}";
        /// Not a YYYYMMDD date.
        NotYmd { ymd: i32 } => "{ymd} 不是 YYYYMMDD 格式的日期", "{ymd} is not a YYYYMMDD date";
    }
}

pub(crate) fn null_arg(which: &str) -> zw_status {
    let json = error_json(
        ErrorCode::InputNullArgument.as_str(),
        &Said::Null { which }.to_string(),
    );
    LAST_ERROR.with(|l| *l.borrow_mut() = Some(json));
    zw_status::ZW_STATUS_NULL_ARGUMENT
}

/// Builds a library object behind `catch_unwind` and hands the boxed pointer to `out` (already
/// set to NULL by the caller); a failure or a panic is recorded as this thread's last error.
///
/// # Safety
/// `out` is non-NULL and writable.
pub(crate) unsafe fn construct<T>(
    out: *mut *mut T,
    f: impl FnOnce() -> Result<T, (zw_status, String)>,
) -> zw_status {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(Ok(value)) => {
            // SAFETY: the caller checked out non-NULL.
            unsafe { out.write(Box::into_raw(Box::new(value))) };
            zw_status::ZW_STATUS_OK
        }
        // SAFETY: a NULL buffer is allowed by fail().
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
