//! Buffers the library hands out and the text it reads.

use crate::*;
use std::ffi::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};
use zhengwu::ErrorCode;

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

/// Reads `len` bytes at `ptr` as UTF-8 (NULL with len 0 is the empty string).
///
/// # Safety
/// `ptr` is NULL or valid for reads of `len` bytes.
pub(crate) unsafe fn text<'a>(
    ptr: *const c_char,
    len: usize,
) -> Result<&'a str, (zw_status, String)> {
    if ptr.is_null() {
        if len == 0 {
            return Ok("");
        }
        return Err((
            zw_status::ZW_STATUS_NULL_ARGUMENT,
            error_json(
                ErrorCode::InputNullArgument.as_str(),
                &crate::error::Said::NullText.to_string(),
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
                &crate::error::Said::NotUtf8 {
                    error: e.to_string(),
                }
                .to_string(),
            ),
        )
    })
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
