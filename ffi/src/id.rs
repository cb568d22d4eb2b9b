//! Typed identifier checks (公民身份号码, 统一社会信用代码), one at a time and over arrays.

use crate::*;
use std::ffi::c_char;

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
pub(crate) unsafe fn id_array(
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
