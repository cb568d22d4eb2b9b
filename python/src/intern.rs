//! Python strings the answers repeat, made once per thread: field and variant names keyed by
//! their address in the binary, short value texts keyed by content. Both tables are fixed in
//! size, so what they hold is bounded by the code, never by an input.

use pyo3::prelude::*;
use pyo3::types::PyString;
use std::cell::RefCell;

/// Slots of [`NAMES`]: more than the answers' distinct field and variant names.
const SLOTS: usize = 1024;

/// The Python strings of the answer's field and variant names, made once per thread and kept
/// in a direct-mapped table keyed by the name's address: they are `&'static str` in the binary,
/// so the table is bounded by the code, never by an input, and a lookup is one index.
struct Names(Vec<Option<(usize, usize, Py<PyString>)>>);

impl Drop for Names {
    fn drop(&mut self) {
        // At a thread's end the interpreter may be gone: the strings are left to it.
        std::mem::take(&mut self.0)
            .into_iter()
            .for_each(std::mem::forget);
    }
}

thread_local! {
    static NAMES: RefCell<Names> = const { RefCell::new(Names(Vec::new())) };
}

/// `s` as a Python string, taken from [`NAMES`].
pub(crate) fn name<'py>(py: Python<'py>, s: &'static str) -> Bound<'py, PyString> {
    let (at, len) = (s.as_ptr() as usize, s.len());
    let slot = ((at >> 3) ^ len) % SLOTS;
    NAMES.with(|names| {
        let Ok(mut names) = names.try_borrow_mut() else {
            return PyString::intern(py, s);
        };
        if names.0.is_empty() {
            names.0.resize_with(SLOTS, || None);
        }
        match &names.0[slot] {
            Some((a, l, o)) if *a == at && *l == len => o.bind(py).clone(),
            _ => {
                let o = PyString::intern(py, s);
                names.0[slot] = Some((at, len, o.clone().unbind()));
                o
            }
        }
    })
}

/// Short texts an answer repeats (labels, names, codes, kinds) kept as Python strings between
/// calls, content-keyed in a direct-mapped table of [`SLOTS`] entries: a repeated label costs a
/// hash and a compare instead of a decode and an allocation. Texts that might carry personal
/// numbers (six digits or more) are never kept.
struct Texts(Vec<Option<(Box<str>, Py<PyString>)>>);

impl Drop for Texts {
    fn drop(&mut self) {
        std::mem::take(&mut self.0)
            .into_iter()
            .for_each(|e| std::mem::forget(e.map(|(_, o)| o)));
    }
}

thread_local! {
    static TEXTS: RefCell<Texts> = const { RefCell::new(Texts(Vec::new())) };
}

/// The longest text [`TEXTS`] keeps, in bytes.
const TEXT_MAX: usize = 48;

/// A hash of a short text and whether it may be kept (fewer than six digits in all, however
/// separated), in one pass over its bytes. Full-width digits (`EF BC 90`–`EF BC 99`) count by
/// their last byte; other text with such bytes is at worst not kept.
fn keepable_hash(s: &str) -> Option<u64> {
    if s.len() > TEXT_MAX {
        return None;
    }
    let digits = s
        .bytes()
        .filter(|b| matches!(b, b'0'..=b'9' | 0x90..=0x99))
        .count();
    if digits >= 6 {
        return None;
    }
    let word = |at: &[u8]| {
        let mut w = [0u8; 8];
        w[..at.len()].copy_from_slice(at);
        u64::from_le_bytes(w)
    };
    let bytes = s.as_bytes();
    let head = word(&bytes[..bytes.len().min(8)]);
    let tail = word(&bytes[bytes.len().saturating_sub(8)..]);
    let h =
        (head ^ tail.rotate_left(29) ^ (bytes.len() as u64)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    Some(h >> 32)
}

/// `s` as a Python string, from [`TEXTS`] where it may be kept.
pub(crate) fn text<'py>(py: Python<'py>, s: &str) -> Bound<'py, PyString> {
    let Some(h) = keepable_hash(s) else {
        return PyString::new(py, s);
    };
    let slot = (h % SLOTS as u64) as usize;
    TEXTS.with(|texts| {
        let Ok(mut texts) = texts.try_borrow_mut() else {
            return PyString::new(py, s);
        };
        if texts.0.is_empty() {
            texts.0.resize_with(SLOTS, || None);
        }
        match &texts.0[slot] {
            Some((k, o)) if &**k == s => o.bind(py).clone(),
            _ => {
                let o = PyString::new(py, s);
                texts.0[slot] = Some((s.into(), o.clone().unbind()));
                o
            }
        }
    })
}
