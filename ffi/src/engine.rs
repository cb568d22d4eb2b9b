//! Engines: built from a configuration, freed, and the library's versions.

use crate::*;
use std::ffi::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};
use zhengwu::{Engine, ErrorCode};

/// An engine: calendar, policy profile, catalog and limits, immutable once built. Opaque.
pub struct zw_engine {
    pub(crate) engine: Engine,
}

/// Builds an engine.
///
/// @param config_json  UTF-8 JSON configuration `{"calendar"?, "calendar_years"?,
///                     "calendar_files"?, "calendar_projection"?, "catalog"?, "policy"?,
///                     "limits"?, "fault_injection"?}`, or NULL for the embedded defaults
///                     (cn-mainland calendar 2004–2026, profile tianjin-2018, the Tianjin sample
///                     catalog, default limits). `calendar_files` are paths read on this call.
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
                error_json(
                    ErrorCode::InputNullArgument.as_str(),
                    &crate::error::Said::Null { which: "out" }.to_string(),
                ),
                std::ptr::null_mut(),
            )
        };
    }
    // SAFETY: out checked non-NULL.
    unsafe { out.write(std::ptr::null_mut()) };
    // SAFETY: out checked non-NULL.
    unsafe {
        construct(out, || {
            let cfg = if config_json.is_null() {
                ""
            } else {
                // SAFETY: the caller guarantees config_json is valid for len bytes.
                text(config_json, len)?
            };
            Engine::from_config_json(cfg)
                .map(|engine| zw_engine { engine })
                .map_err(|e| (status_of(&e), e.to_json()))
        })
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
