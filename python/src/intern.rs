//! Python strings the answers repeat, made once per thread: field and variant names keyed by
//! their address in the binary, short value texts keyed by content. Both tables are fixed in
//! size, so what they hold is bounded by the code, never by an input.
//!
//! An answer takes the thread's tables once ([`Tables::take`]) and gives them back when it is
//! built (on drop): one thread-local access per answer instead of one per string, which in a
//! shared library is a call into the dynamic linker each time.

use pyo3::prelude::*;
use pyo3::types::PyString;
use std::cell::RefCell;

/// Slots of each table: more than the answers' distinct field and variant names.
const SLOTS: usize = 1024;

/// The longest text the texts table keeps, in bytes.
const TEXT_MAX: usize = 48;

/// The Python strings of the answer's field and variant names, keyed by the name's address
/// (they are `&'static str` in the binary, so the table is bounded by the code, never by an
/// input, and a lookup is one index), with the length each takes in JSON. And short texts an
/// answer repeats (labels, names, codes, kinds), content-keyed: a repeated label costs a hash
/// and a compare instead of a decode and an allocation. Texts that might carry personal numbers
/// (six digits or more) are never kept.
#[derive(Default)]
pub(crate) struct Tables {
    names: Vec<Option<Name>>,
    texts: Vec<Option<(Box<str>, Py<PyString>)>>,
}

impl Drop for Tables {
    fn drop(&mut self) {
        // At a thread's end the interpreter may be gone: the strings are left to it.
        std::mem::take(&mut self.names)
            .into_iter()
            .for_each(std::mem::forget);
        std::mem::take(&mut self.texts)
            .into_iter()
            .for_each(std::mem::forget);
    }
}

/// A name's entry: its address and length (the key), its length in JSON, its Python string.
type Name = (usize, usize, usize, Py<PyString>);

thread_local! {
    static TABLES: RefCell<Tables> = RefCell::new(Tables::default());
}

/// The thread's tables, held by one answer while it is built and given back when dropped.
pub(crate) struct Held(Tables);

impl Drop for Held {
    fn drop(&mut self) {
        let t = std::mem::take(&mut self.0);
        // Given back unless the thread is ending; a table left here (its slot was in use) is
        // let go with the strings left to the interpreter.
        let _ = TABLES.try_with(|slot| {
            if let Ok(mut slot) = slot.try_borrow_mut() {
                *slot = t;
            }
        });
    }
}

impl Tables {
    /// The thread's tables for one answer (empty ones where another answer on this thread holds
    /// them: its strings are made afresh).
    pub(crate) fn take() -> Held {
        let t = TABLES
            .try_with(|slot| slot.try_borrow_mut().map(|mut t| std::mem::take(&mut *t)))
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default();
        Held(t)
    }
}

impl Held {
    /// `s`, a field or variant name, as a Python string and its length in JSON.
    pub(crate) fn name<'py>(
        &mut self,
        py: Python<'py>,
        s: &'static str,
    ) -> (Bound<'py, PyString>, usize) {
        let names = &mut self.0.names;
        let (at, len) = (s.as_ptr() as usize, s.len());
        let slot = ((at >> 3) ^ len) % SLOTS;
        if names.is_empty() {
            names.resize_with(SLOTS, || None);
        }
        match &names[slot] {
            Some((a, l, json, o)) if *a == at && *l == len => (o.bind(py).clone(), *json),
            _ => {
                let o = PyString::intern(py, s);
                let json = crate::pyser::escaped_len(s);
                names[slot] = Some((at, len, json, o.clone().unbind()));
                (o, json)
            }
        }
    }

    /// `s` as a Python string, from the texts table where it may be kept.
    pub(crate) fn text<'py>(&mut self, py: Python<'py>, s: &str) -> Bound<'py, PyString> {
        let Some(h) = keepable_hash(s) else {
            return PyString::new(py, s);
        };
        let texts = &mut self.0.texts;
        if texts.is_empty() {
            texts.resize_with(SLOTS, || None);
        }
        let slot = (h % SLOTS as u64) as usize;
        match &texts[slot] {
            Some((k, o)) if &**k == s => o.bind(py).clone(),
            _ => {
                let o = PyString::new(py, s);
                texts[slot] = Some((s.into(), o.clone().unbind()));
                o
            }
        }
    }
}

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
