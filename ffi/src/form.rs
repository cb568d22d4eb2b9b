//! Merged forms held natively (一表申报): parsed once with zw_form_from_json(), then validated,
//! split and prefilled without being sent again — only the values travel. Answers and errors are
//! the JSON door's (`form.validate`, `form.split`, `form.prefill`) for the same form and values.

use crate::*;
use std::ffi::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};
use zhengwu::ErrorCode;

/// A merged form held by the library. Opaque; released with zw_form_free().
pub struct zw_form {
    form: zhengwu::form::Form,
}

/// Runs `f` behind `catch_unwind` and hands its JSON text (or error) to `out`.
///
/// # Safety
/// `out` is non-NULL and writable.
pub(crate) unsafe fn answer(
    out: *mut zw_buf,
    f: impl FnOnce() -> Result<String, (zw_status, String)>,
) -> zw_status {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(json)) => {
            // SAFETY: the caller checked out non-NULL.
            unsafe { out.write(into_buf(json)) };
            zw_status::ZW_STATUS_OK
        }
        // SAFETY: out is writable.
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

/// # Safety
/// `out` is NULL or writable.
unsafe fn null(out: *mut zw_buf, what: &str) -> zw_status {
    // SAFETY: forwarded.
    unsafe {
        fail(
            zw_status::ZW_STATUS_NULL_ARGUMENT,
            error_json(
                ErrorCode::InputNullArgument.as_str(),
                &crate::error::Said::Null { which: what }.to_string(),
            ),
            out,
        )
    }
}

fn err(e: &zhengwu::Error) -> (zw_status, String) {
    (status_of(e), e.to_json())
}

/// Reads a merged form from its JSON text (zw_engine_call("form.merge", …)'s answer, or one
/// stored with zw_form_to_json()).
///
/// @param engine  The engine (its limits).
/// @param json    UTF-8 JSON text of the form.
/// @param len     Its length in bytes.
/// @param out     Receives the form, released with zw_form_free(); NULL on failure.
/// @return ZW_STATUS_OK, or an error status with the error in zw_last_error().
///
/// # Safety
/// `engine` is NULL or live; `json` is valid for `len` bytes; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_form_from_json(
    engine: *const zw_engine,
    json: *const c_char,
    len: usize,
    out: *mut *mut zw_form,
) -> zw_status {
    if out.is_null() || engine.is_null() {
        // SAFETY: a NULL buffer is allowed.
        return unsafe { null(std::ptr::null_mut(), "engine or out") };
    }
    // SAFETY: checked non-NULL.
    unsafe { out.write(std::ptr::null_mut()) };
    // SAFETY: out checked non-NULL; json valid for len bytes by contract; engine live.
    unsafe {
        construct(out, || {
            let text = text(json, len)?;
            let engine = &(*engine).engine;
            engine
                .form_from_json(text)
                .map(|form| zw_form { form })
                .map_err(|e| err(&e))
        })
    }
}

/// Releases a form. Accepts NULL.
///
/// # Safety
/// `form` is NULL or was returned by zw_form_from_json() and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn zw_form_free(form: *mut zw_form) {
    if !form.is_null() {
        // SAFETY: the caller guarantees it came from Box::into_raw and is freed once.
        drop(unsafe { Box::from_raw(form) });
    }
}

/// The form as JSON text, for storage.
///
/// # Safety
/// `form` is NULL or live; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_form_to_json(form: *const zw_form, out: *mut zw_buf) -> zw_status {
    if form.is_null() || out.is_null() {
        // SAFETY: out is NULL or writable.
        return unsafe { null(out, "form or out") };
    }
    // SAFETY: checked non-NULL; live by contract.
    let form = unsafe { &(*form).form };
    // SAFETY: out checked non-NULL.
    unsafe { answer(out, || form.to_json().map_err(|e| err(&e))) }
}

/// Runs `f` on a held form and its values (UTF-8 JSON object), the answer in `out`.
///
/// # Safety
/// `engine` and `form` are NULL or live; `values` is valid for `len` bytes; `out` is NULL or
/// writable.
unsafe fn on_values(
    engine: *const zw_engine,
    form: *const zw_form,
    values: *const c_char,
    len: usize,
    out: *mut zw_buf,
    f: impl FnOnce(&zhengwu::Engine, &zhengwu::form::Form, &str) -> Result<String, (zw_status, String)>,
) -> zw_status {
    if engine.is_null() || form.is_null() || out.is_null() {
        // SAFETY: out is NULL or writable.
        return unsafe { null(out, "engine, form or out") };
    }
    // SAFETY: checked non-NULL; live by contract.
    let (engine, form) = unsafe { (&(*engine).engine, &(*form).form) };
    // SAFETY: out checked non-NULL; values valid for len bytes by contract.
    unsafe {
        answer(out, || {
            let v = text(values, len)?;
            f(engine, form, v)
        })
    }
}

/// `form.validate` on a held form: `values` (UTF-8 JSON object) in, the answer in `out`.
///
/// # Safety
/// `engine` and `form` are NULL or live; `values` is valid for `len` bytes; `out` is NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn zw_form_validate(
    engine: *const zw_engine,
    form: *const zw_form,
    values: *const c_char,
    len: usize,
    out: *mut zw_buf,
) -> zw_status {
    // SAFETY: forwarded caller guarantees.
    unsafe {
        on_values(engine, form, values, len, out, |e, f, v| {
            e.form_validate_json(f, v).map_err(|x| err(&x))
        })
    }
}

/// `form.split` on a held form.
///
/// # Safety
/// As zw_form_validate().
#[no_mangle]
pub unsafe extern "C" fn zw_form_split(
    engine: *const zw_engine,
    form: *const zw_form,
    values: *const c_char,
    len: usize,
    out: *mut zw_buf,
) -> zw_status {
    // SAFETY: forwarded caller guarantees.
    unsafe {
        on_values(engine, form, values, len, out, |e, f, v| {
            e.form_split_json(f, v).map_err(|x| err(&x))
        })
    }
}

/// `form.prefill` on a held form: `shared` maps each source to its element values; a non-zero
/// `overwrite` replaces what the applicant typed.
///
/// # Safety
/// `shared` is valid for `shared_len` bytes and `values` for `len` bytes; otherwise as
/// zw_form_validate().
// A C function takes its arguments flat.
#[allow(clippy::too_many_arguments)]
#[no_mangle]
pub unsafe extern "C" fn zw_form_prefill(
    engine: *const zw_engine,
    form: *const zw_form,
    shared: *const c_char,
    shared_len: usize,
    values: *const c_char,
    len: usize,
    overwrite: i32,
    out: *mut zw_buf,
) -> zw_status {
    // SAFETY: forwarded caller guarantees; shared is valid for shared_len bytes.
    unsafe {
        on_values(engine, form, values, len, out, |e, f, v| {
            let s = text(shared, shared_len)?;
            e.form_prefill_json(f, s, v, overwrite != 0)
                .map_err(|x| err(&x))
        })
    }
}
