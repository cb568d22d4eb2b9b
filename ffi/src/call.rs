//! The JSON door: one operation, JSON in, JSON out.

use crate::*;
use std::ffi::{c_char, CStr};
use zhengwu::ErrorCode;

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
                error_json(
                    ErrorCode::InputNullArgument.as_str(),
                    &crate::error::Said::Null { which: "op" }.to_string(),
                ),
                out,
            )
        };
    }
    // SAFETY: the caller guarantees op is NUL-terminated.
    let op_len = unsafe { CStr::from_ptr(op) }.to_bytes().len();
    // SAFETY: forwarded caller guarantees.
    unsafe { zw_engine_call_n(engine, op, op_len, input_json, len, out) }
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
                    &crate::error::Said::Null {
                        which: "engine, op or out",
                    }
                    .to_string(),
                ),
                out,
            )
        };
    }
    // SAFETY: out checked non-NULL.
    unsafe {
        answer(out, || {
            // SAFETY: the caller guarantees op_len readable bytes.
            let op = text(op, op_len)?;
            // SAFETY: the caller guarantees len readable bytes.
            let input = text(input_json, len)?;
            // SAFETY: engine checked non-NULL; the caller guarantees it is live.
            let engine = &(*engine).engine;
            engine
                .call_json(op, input)
                .map_err(|e| (status_of(&e), e.to_json()))
        })
    }
}
