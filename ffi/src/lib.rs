//! C ABI of zhengwu. Thin: every function checks its pointers, converts text, calls the core
//! engine inside `catch_unwind`, and hands results back in buffers the caller frees with
//! [`zw_buf_free`]. The header `include/zhengwu.h` is generated from this file by cbindgen.
#![allow(non_camel_case_types)]
#![deny(unsafe_op_in_unsafe_fn)]

use std::cell::RefCell;
use std::ffi::{c_char, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};
use zhengwu::{Area, Engine, Error, ErrorCode};

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
        Area::Input => zw_status::ZW_STATUS_INPUT,
        Area::Op => zw_status::ZW_STATUS_UNKNOWN_OP,
        Area::Config => zw_status::ZW_STATUS_CONFIG,
        Area::Calendar => zw_status::ZW_STATUS_CALENDAR,
        Area::Internal => zw_status::ZW_STATUS_PANIC,
        Area::Catalog | Area::Credit | Area::Commitment | Area::Form => zw_status::ZW_STATUS_DOMAIN,
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
    zhengwu::Error::from_panic(p).message().to_string()
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
    if op.is_null() {
        if !out.is_null() {
            // SAFETY: checked non-NULL.
            unsafe {
                out.write(zw_buf {
                    ptr: std::ptr::null_mut(),
                    len: 0,
                })
            };
        }
        // SAFETY: out is NULL or writable.
        return unsafe {
            fail(
                zw_status::ZW_STATUS_NULL_ARGUMENT,
                error_json(ErrorCode::InputNullArgument.as_str(), "op is NULL"),
                out,
            )
        };
    }
    // SAFETY: the caller guarantees op is NUL-terminated.
    let op_len = unsafe { CStr::from_ptr(op) }.to_bytes().len();
    // SAFETY: forwarded caller guarantees.
    unsafe { zw_engine_call_n(engine, op, op_len, input_json, len, out) }
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

// ---------------------------------------------------------------------------------------------
// Typed entry points: no JSON, no allocation on success. Dates are YYYYMMDD integers
// (20240930); an integer that is not a real date is ZW_STATUS_INPUT (input.invalid_date).

fn ymd_to_date(ymd: i32) -> Result<chrono::NaiveDate, Error> {
    let (y, m, d) = (ymd / 10_000, (ymd / 100) % 100, ymd % 100);
    if ymd <= 0 {
        return Err(Error::new(
            ErrorCode::InputInvalidDate,
            format!("{ymd} is not a YYYYMMDD date"),
        ));
    }
    chrono::NaiveDate::from_ymd_opt(y, m as u32, d as u32).ok_or_else(|| {
        Error::new(
            ErrorCode::InputInvalidDate,
            format!("{ymd} is not a YYYYMMDD date"),
        )
    })
}

fn date_to_ymd(d: chrono::NaiveDate) -> i32 {
    use chrono::Datelike;
    d.year() * 10_000 + d.month() as i32 * 100 + d.day() as i32
}

fn record(e: &Error) -> zw_status {
    let st = status_of(e);
    LAST_ERROR.with(|l| *l.borrow_mut() = Some(e.to_json()));
    st
}

/// Runs `f` behind `catch_unwind`; a panic becomes ZW_STATUS_PANIC with its message recorded.
fn guarded(f: impl FnOnce() -> zw_status) -> zw_status {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(st) => st,
        Err(p) => {
            let json = error_json(ErrorCode::InternalPanic.as_str(), &panic_message(&*p));
            LAST_ERROR.with(|l| *l.borrow_mut() = Some(json));
            zw_status::ZW_STATUS_PANIC
        }
    }
}

fn null_arg(which: &str) -> zw_status {
    let json = error_json(
        ErrorCode::InputNullArgument.as_str(),
        &format!("{which} is NULL"),
    );
    LAST_ERROR.with(|l| *l.borrow_mut() = Some(json));
    zw_status::ZW_STATUS_NULL_ARGUMENT
}

/// Whether a day is a working day.
///
/// @param engine       The engine (its calendar).
/// @param ymd          The day as YYYYMMDD.
/// @param out_workday  Receives 1 for a working day (including 调休 weekend days), 0 otherwise.
/// @return ZW_STATUS_OK; ZW_STATUS_INPUT for an impossible date; ZW_STATUS_CALENDAR for a date
///         outside the calendar's data; ZW_STATUS_NULL_ARGUMENT.
///
/// # Safety
/// `engine` is NULL or live; `out_workday` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_is_workday(
    engine: *const zw_engine,
    ymd: i32,
    out_workday: *mut i32,
) -> zw_status {
    if engine.is_null() || out_workday.is_null() {
        return null_arg(if engine.is_null() {
            "engine"
        } else {
            "out_workday"
        });
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees they are live and writable.
        let (engine, out) = unsafe { (&(*engine).engine, &mut *out_workday) };
        match ymd_to_date(ymd).and_then(|d| engine.calendar().is_workday(d)) {
            Ok(w) => {
                *out = i32::from(w);
                zw_status::ZW_STATUS_OK
            }
            Err(e) => record(&e),
        }
    })
}

/// The `days`-th working day after `ymd` (negative: before), the start day not counted.
///
/// @param engine   The engine.
/// @param ymd      Start day, YYYYMMDD.
/// @param days     Working days to add (may be negative; 0 gives the start day).
/// @param out_ymd  Receives the resulting day as YYYYMMDD.
/// @return ZW_STATUS_OK, ZW_STATUS_INPUT, ZW_STATUS_CALENDAR (outside the data) or
///         ZW_STATUS_NULL_ARGUMENT. O(1).
///
/// # Safety
/// `engine` is NULL or live; `out_ymd` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_add_workdays(
    engine: *const zw_engine,
    ymd: i32,
    days: i32,
    out_ymd: *mut i32,
) -> zw_status {
    if engine.is_null() || out_ymd.is_null() {
        return null_arg(if engine.is_null() {
            "engine"
        } else {
            "out_ymd"
        });
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees they are live and writable.
        let (engine, out) = unsafe { (&(*engine).engine, &mut *out_ymd) };
        match ymd_to_date(ymd).and_then(|d| engine.calendar().add_workdays(d, i64::from(days))) {
            Ok(d) => {
                *out = date_to_ymd(d);
                zw_status::ZW_STATUS_OK
            }
            Err(e) => record(&e),
        }
    })
}

/// Working days from `from_ymd` to `to_ymd`: for to ≥ from, the working days d with
/// from < d ≤ to; for to < from, minus those with to ≤ d < from.
///
/// @param engine    The engine.
/// @param from_ymd  First day, YYYYMMDD.
/// @param to_ymd    Last day, YYYYMMDD.
/// @param out_days  Receives the count.
/// @return ZW_STATUS_OK, ZW_STATUS_INPUT, ZW_STATUS_CALENDAR or ZW_STATUS_NULL_ARGUMENT. O(1).
///
/// # Safety
/// `engine` is NULL or live; `out_days` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_workdays_between(
    engine: *const zw_engine,
    from_ymd: i32,
    to_ymd: i32,
    out_days: *mut i32,
) -> zw_status {
    if engine.is_null() || out_days.is_null() {
        return null_arg(if engine.is_null() {
            "engine"
        } else {
            "out_days"
        });
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees they are live and writable.
        let (engine, out) = unsafe { (&(*engine).engine, &mut *out_days) };
        let r = ymd_to_date(from_ymd)
            .and_then(|a| Ok((a, ymd_to_date(to_ymd)?)))
            .and_then(|(a, b)| engine.calendar().workdays_between(a, b));
        match r {
            Ok(n) => {
                *out = n as i32;
                zw_status::ZW_STATUS_OK
            }
            Err(e) => record(&e),
        }
    })
}

/// Runs a typed day function over arrays: item i's status goes to `out_status[i]` (when given),
/// failed items' outputs are 0; returns ZW_STATUS_OK when every item succeeded, else the first
/// failing item's status (its error is in zw_last_error()).
///
/// # Safety
/// Every pointer is valid for `n` items; `out_status` may be NULL.
unsafe fn over_arrays(
    n: usize,
    out: *mut i32,
    out_status: *mut zw_status,
    mut item: impl FnMut(usize) -> Result<i32, Error>,
) -> zw_status {
    // SAFETY: the caller guarantees `out` (and `out_status` when non-NULL) hold n items.
    let out = unsafe { std::slice::from_raw_parts_mut(out, n) };
    let mut statuses = if out_status.is_null() {
        None
    } else {
        // SAFETY: as above.
        Some(unsafe { std::slice::from_raw_parts_mut(out_status, n) })
    };
    let mut first = zw_status::ZW_STATUS_OK;
    for i in 0..n {
        let st = match item(i) {
            Ok(v) => {
                out[i] = v;
                zw_status::ZW_STATUS_OK
            }
            Err(e) => {
                out[i] = 0;
                let st = status_of(&e);
                if first == zw_status::ZW_STATUS_OK {
                    first = record(&e);
                }
                st
            }
        };
        if let Some(s) = statuses.as_deref_mut() {
            s[i] = st;
        }
    }
    first
}

/// Array form of zw_calendar_is_workday().
///
/// @param engine      The engine.
/// @param ymd         n days, YYYYMMDD.
/// @param n           Number of items (0 is allowed; pointers may then be NULL).
/// @param out_workday n results (1/0).
/// @param out_status  NULL, or n per-item statuses.
/// @return ZW_STATUS_OK if every item succeeded, else the first failing item's status.
///
/// # Safety
/// `ymd` and `out_workday` hold `n` items; `out_status` is NULL or holds `n` items.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_is_workday_array(
    engine: *const zw_engine,
    ymd: *const i32,
    n: usize,
    out_workday: *mut i32,
    out_status: *mut zw_status,
) -> zw_status {
    if n == 0 {
        return zw_status::ZW_STATUS_OK;
    }
    if engine.is_null() || ymd.is_null() || out_workday.is_null() {
        return null_arg("engine, ymd or out_workday");
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees n items.
        let (engine, ymd) = unsafe { (&(*engine).engine, std::slice::from_raw_parts(ymd, n)) };
        let cal = engine.calendar();
        // SAFETY: forwarded caller guarantees.
        unsafe {
            over_arrays(n, out_workday, out_status, |i| {
                Ok(i32::from(cal.is_workday(ymd_to_date(ymd[i])?)?))
            })
        }
    })
}

/// Array form of zw_calendar_add_workdays().
///
/// @param engine      The engine.
/// @param ymd         n start days, YYYYMMDD.
/// @param days        n day counts.
/// @param n           Number of items.
/// @param out_ymd     n results, YYYYMMDD.
/// @param out_status  NULL, or n per-item statuses.
/// @return ZW_STATUS_OK if every item succeeded, else the first failing item's status.
///
/// # Safety
/// `ymd`, `days` and `out_ymd` hold `n` items; `out_status` is NULL or holds `n` items.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_add_workdays_array(
    engine: *const zw_engine,
    ymd: *const i32,
    days: *const i32,
    n: usize,
    out_ymd: *mut i32,
    out_status: *mut zw_status,
) -> zw_status {
    if n == 0 {
        return zw_status::ZW_STATUS_OK;
    }
    if engine.is_null() || ymd.is_null() || days.is_null() || out_ymd.is_null() {
        return null_arg("engine, ymd, days or out_ymd");
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees n items.
        let (engine, ymd, days) = unsafe {
            (
                &(*engine).engine,
                std::slice::from_raw_parts(ymd, n),
                std::slice::from_raw_parts(days, n),
            )
        };
        let cal = engine.calendar();
        // SAFETY: forwarded caller guarantees.
        unsafe {
            over_arrays(n, out_ymd, out_status, |i| {
                Ok(date_to_ymd(
                    cal.add_workdays(ymd_to_date(ymd[i])?, i64::from(days[i]))?,
                ))
            })
        }
    })
}

/// Array form of zw_calendar_workdays_between().
///
/// @param engine      The engine.
/// @param from_ymd    n first days, YYYYMMDD.
/// @param to_ymd      n last days, YYYYMMDD.
/// @param n           Number of items.
/// @param out_days    n counts.
/// @param out_status  NULL, or n per-item statuses.
/// @return ZW_STATUS_OK if every item succeeded, else the first failing item's status.
///
/// # Safety
/// `from_ymd`, `to_ymd` and `out_days` hold `n` items; `out_status` is NULL or holds `n` items.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_workdays_between_array(
    engine: *const zw_engine,
    from_ymd: *const i32,
    to_ymd: *const i32,
    n: usize,
    out_days: *mut i32,
    out_status: *mut zw_status,
) -> zw_status {
    if n == 0 {
        return zw_status::ZW_STATUS_OK;
    }
    if engine.is_null() || from_ymd.is_null() || to_ymd.is_null() || out_days.is_null() {
        return null_arg("engine, from_ymd, to_ymd or out_days");
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees n items.
        let (engine, a, b) = unsafe {
            (
                &(*engine).engine,
                std::slice::from_raw_parts(from_ymd, n),
                std::slice::from_raw_parts(to_ymd, n),
            )
        };
        let cal = engine.calendar();
        // SAFETY: forwarded caller guarantees.
        unsafe {
            over_arrays(n, out_days, out_status, |i| {
                Ok(cal.workdays_between(ymd_to_date(a[i])?, ymd_to_date(b[i])?)? as i32)
            })
        }
    })
}

/// Whether text is a valid 公民身份号码 (GB 11643: format, region, birth date, check character).
///
/// @param id        UTF-8 text (not necessarily NUL-terminated).
/// @param len       Its length in bytes.
/// @param out_valid Receives 1 or 0.
/// @return ZW_STATUS_OK or ZW_STATUS_NULL_ARGUMENT. Needs no engine; never records the number.
///
/// # Safety
/// `id` is valid for `len` bytes (or NULL with len 0); `out_valid` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_id_resident_valid(
    id: *const c_char,
    len: usize,
    out_valid: *mut i32,
) -> zw_status {
    if out_valid.is_null() || (id.is_null() && len > 0) {
        return null_arg("id or out_valid");
    }
    guarded(|| {
        // SAFETY: checked; the caller guarantees len readable bytes.
        let bytes = if len == 0 {
            &[][..]
        } else {
            unsafe { std::slice::from_raw_parts(id.cast::<u8>(), len) }
        };
        let valid = std::str::from_utf8(bytes).is_ok_and(zhengwu::id::is_valid_resident_id);
        // SAFETY: checked non-NULL.
        unsafe { *out_valid = i32::from(valid) };
        zw_status::ZW_STATUS_OK
    })
}

/// Whether text is a valid 统一社会信用代码 (GB 32100: format and check character).
///
/// @param code      UTF-8 text.
/// @param len       Its length in bytes.
/// @param out_valid Receives 1 or 0.
/// @return ZW_STATUS_OK or ZW_STATUS_NULL_ARGUMENT. Needs no engine.
///
/// # Safety
/// `code` is valid for `len` bytes (or NULL with len 0); `out_valid` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_id_uscc_valid(
    code: *const c_char,
    len: usize,
    out_valid: *mut i32,
) -> zw_status {
    if out_valid.is_null() || (code.is_null() && len > 0) {
        return null_arg("code or out_valid");
    }
    guarded(|| {
        // SAFETY: checked; the caller guarantees len readable bytes.
        let bytes = if len == 0 {
            &[][..]
        } else {
            unsafe { std::slice::from_raw_parts(code.cast::<u8>(), len) }
        };
        let valid = std::str::from_utf8(bytes).is_ok_and(zhengwu::id::is_valid_uscc);
        // SAFETY: checked non-NULL.
        unsafe { *out_valid = i32::from(valid) };
        zw_status::ZW_STATUS_OK
    })
}

/// Array form of zw_id_resident_valid(): `n` texts given as pointers and lengths.
///
/// @param ids        n pointers to UTF-8 text (a NULL pointer counts as invalid).
/// @param lens       n lengths in bytes.
/// @param n          Number of items.
/// @param out_valid  n results (1/0).
/// @return ZW_STATUS_OK or ZW_STATUS_NULL_ARGUMENT.
///
/// # Safety
/// `ids`, `lens` and `out_valid` hold `n` items; each `ids[i]` is NULL or valid for `lens[i]` bytes.
#[no_mangle]
pub unsafe extern "C" fn zw_id_resident_valid_array(
    ids: *const *const c_char,
    lens: *const usize,
    n: usize,
    out_valid: *mut u8,
) -> zw_status {
    // SAFETY: forwarded caller guarantees.
    unsafe { id_array(ids, lens, n, out_valid, zhengwu::id::is_valid_resident_id) }
}

/// Array form of zw_id_uscc_valid().
///
/// @param codes      n pointers to UTF-8 text (a NULL pointer counts as invalid).
/// @param lens       n lengths in bytes.
/// @param n          Number of items.
/// @param out_valid  n results (1/0).
/// @return ZW_STATUS_OK or ZW_STATUS_NULL_ARGUMENT.
///
/// # Safety
/// `codes`, `lens` and `out_valid` hold `n` items; each `codes[i]` is NULL or valid for `lens[i]` bytes.
#[no_mangle]
pub unsafe extern "C" fn zw_id_uscc_valid_array(
    codes: *const *const c_char,
    lens: *const usize,
    n: usize,
    out_valid: *mut u8,
) -> zw_status {
    // SAFETY: forwarded caller guarantees.
    unsafe { id_array(codes, lens, n, out_valid, zhengwu::id::is_valid_uscc) }
}

/// # Safety
/// As the public array functions.
unsafe fn id_array(
    ptrs: *const *const c_char,
    lens: *const usize,
    n: usize,
    out: *mut u8,
    check: fn(&str) -> bool,
) -> zw_status {
    if n == 0 {
        return zw_status::ZW_STATUS_OK;
    }
    if ptrs.is_null() || lens.is_null() || out.is_null() {
        return null_arg("texts, lengths or out_valid");
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees n items each.
        let (ptrs, lens, out) = unsafe {
            (
                std::slice::from_raw_parts(ptrs, n),
                std::slice::from_raw_parts(lens, n),
                std::slice::from_raw_parts_mut(out, n),
            )
        };
        for i in 0..n {
            out[i] = if ptrs[i].is_null() {
                0
            } else {
                // SAFETY: the caller guarantees lens[i] readable bytes at ptrs[i].
                let bytes = unsafe { std::slice::from_raw_parts(ptrs[i].cast::<u8>(), lens[i]) };
                u8::from(std::str::from_utf8(bytes).is_ok_and(check))
            };
        }
        zw_status::ZW_STATUS_OK
    })
}

/// zw_engine_call() with the operation name as pointer + length (no NUL needed).
///
/// @param engine      The engine.
/// @param op          Operation name, UTF-8.
/// @param op_len      Its length in bytes.
/// @param input_json  UTF-8 JSON object; may be NULL when len is 0 (read as `{}`).
/// @param len         Length of input_json in bytes.
/// @param out         Receives the output or error JSON; release with zw_buf_free().
/// @return As zw_engine_call().
///
/// # Safety
/// `op` is valid for `op_len` bytes; otherwise as zw_engine_call().
#[no_mangle]
pub unsafe extern "C" fn zw_engine_call_n(
    engine: *const zw_engine,
    op: *const c_char,
    op_len: usize,
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
        // SAFETY: out is NULL or writable.
        return unsafe {
            fail(
                zw_status::ZW_STATUS_NULL_ARGUMENT,
                error_json(
                    ErrorCode::InputNullArgument.as_str(),
                    "engine, op or out is NULL",
                ),
                out,
            )
        };
    }
    let result = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the caller guarantees op_len readable bytes.
        let op = unsafe { text(op, op_len) }?;
        // SAFETY: the caller guarantees len readable bytes.
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
