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
pub(crate) const TEXT_MAX: usize = 128;

/// The Python strings of the answer's field and variant names, keyed by the name's address
/// (they are `&'static str` in the binary, so the table is bounded by the code, never by an
/// input, and a lookup is one index), with the length each takes in JSON. And short texts an
/// answer repeats (labels, names, codes, kinds), content-keyed: a repeated label costs a hash
/// and a compare instead of a decode and an allocation. Texts that might carry personal numbers
/// (six digits or more) are never kept.
#[derive(Default)]
pub(crate) struct Tables {
    names: Vec<Option<Name>>,
    texts: Vec<Option<Text>>,
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

/// A text's entry: the text (the key), its length in JSON, its Python string.
type Text = (Box<str>, usize, Py<PyString>);

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
        if names.is_empty() {
            names.resize_with(SLOTS, || None);
        }
        let slot = pair_of(mix(at as u64, len as u64));
        for i in [slot, slot ^ 1] {
            if let Some((a, l, json, o)) = &names[i] {
                if *a == at && *l == len {
                    return (o.bind(py).clone(), *json);
                }
            }
        }
        let o = PyString::intern(py, s);
        let json = crate::pyser::escaped_len(s);
        let at_slot = free_of(names, slot);
        names[at_slot] = Some((at, len, json, o.clone().unbind()));
        (o, json)
    }

    /// `s` as a Python string, from the texts table where it may be kept, with its length in
    /// JSON. A text found in the table was checked for digits when it was put there.
    pub(crate) fn text<'py>(&mut self, py: Python<'py>, s: &str) -> (Bound<'py, PyString>, usize) {
        if s.len() > TEXT_MAX {
            return (PyString::new(py, s), crate::pyser::escaped_len(s));
        }
        let texts = &mut self.0.texts;
        if texts.is_empty() {
            texts.resize_with(SLOTS, || None);
        }
        let slot = pair_of(short_hash(s));
        for i in [slot, slot ^ 1] {
            if let Some((k, json, o)) = &texts[i] {
                if &**k == s {
                    return (o.bind(py).clone(), *json);
                }
            }
        }
        let o = PyString::new(py, s);
        let json = crate::pyser::escaped_len(s);
        if keepable(s) {
            let at_slot = free_of(texts, slot);
            texts[at_slot] = Some((s.into(), json, o.clone().unbind()));
        }
        (o, json)
    }
}

/// The first slot of the pair a hash falls in: each entry may sit in either slot of its pair,
/// so two entries one answer uses in turn that fall in the same pair do not keep replacing each
/// other.
fn pair_of(h: u64) -> usize {
    (h % SLOTS as u64) as usize & !1
}

/// The slot of the pair at `slot` to put a new entry in: an empty one, else the second (the
/// first keeps what was put there first).
fn free_of<T>(table: &[Option<T>], slot: usize) -> usize {
    if table[slot].is_none() {
        slot
    } else {
        slot | 1
    }
}

/// A folded multiply of two words: every bit of both moves every bit of the result.
fn mix(a: u64, b: u64) -> u64 {
    let m = u128::from(a ^ b.rotate_left(32)) * u128::from(0x9E37_79B9_7F4A_7C15_u64);
    (m as u64) ^ ((m >> 64) as u64)
}

/// Whether a text may be kept between answers: fewer than six digits in all, however
/// separated. Full-width digits (`EF BC 90`–`EF BC 99`) count by their last byte; other text
/// with such bytes is at worst not kept.
fn keepable(s: &str) -> bool {
    s.bytes()
        .filter(|b| matches!(b, b'0'..=b'9' | 0x90..=0x99))
        .count()
        < 6
}

/// A hash of a short text (at most [`TEXT_MAX`] bytes).
fn short_hash(s: &str) -> u64 {
    // Every eight bytes read as a word in place (the last word overlapping the one before), each
    // mixed in by a folded multiply: texts that share their first and last bytes still part.
    let bytes = s.as_bytes();
    let n = bytes.len();
    let word = |w: &[u8]| u64::from_le_bytes(w.try_into().unwrap_or_default());
    let mut h = mix(0x243F_6A88_85A3_08D3, n as u64);
    if n >= 8 {
        for w in bytes.chunks_exact(8) {
            h = mix(h, word(w));
        }
        h = mix(h, word(&bytes[n - 8..]));
    } else if n >= 4 {
        let half = |w: &[u8]| u64::from(u32::from_le_bytes(w.try_into().unwrap_or_default()));
        h = mix(h, half(&bytes[..4]) | half(&bytes[n - 4..]) << 32);
    } else {
        h = mix(h, bytes.iter().fold(0, |a, &b| a << 8 | u64::from(b)));
    }
    h
}
