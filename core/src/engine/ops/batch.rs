//! The plumbing every batch operation shares: the length check on the batch array, one slot per
//! item (its answer or its error), and a list worked out while the answer is written.

use crate::engine::{Engine, Reply};
use crate::error::{Error, Result};
use crate::wire::parse_direct;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The length of the batch array under `key` (0 when there is none: parsing reports that).
pub(super) fn batch_len(input: &Value, key: &str) -> usize {
    input.get(key).and_then(Value::as_array).map_or(0, Vec::len)
}

/// A batch read straight from text ([`parse_direct`]): its array under `key` (of `len` items)
/// checked against the limit as the two-step way checks it, then `body` run on the input. `None`
/// when the text cannot be read so (one item that cannot be read among them): the two-step way
/// then answers, with that item's error in its slot.
pub(super) fn read_direct<'a, I: Deserialize<'a>>(
    e: &Engine,
    text: &'a str,
    key: &str,
    len: fn(&I) -> usize,
    body: impl FnOnce(I) -> Result<Reply<'a>>,
) -> Option<Result<Reply<'a>>> {
    let i: I = parse_direct(text)?;
    Some(e.limits().check_batch(len(&i), key).and_then(|()| body(i)))
}

/// One slot of a batch: the answer, or the error of that item.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(inline))]
#[serde(untagged)]
pub(super) enum Slot<T> {
    Ok(T),
    Err { error: Error },
}

impl<T> From<crate::error::Result<T>> for Slot<T> {
    fn from(r: crate::error::Result<T>) -> Self {
        match r {
            Ok(v) => Slot::Ok(v),
            Err(error) => Slot::Err { error },
        }
    }
}

/// A batch's answer: `{"results": [...]}`.
#[derive(Serialize)]
pub(super) struct Results<L> {
    pub(super) results: L,
}

/// The schema of a batch's answer: `{"results": [answer or {"error"}]}`.
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[schemars(inline)]
pub(super) struct Batch<T> {
    #[allow(dead_code)]
    results: Vec<Slot<T>>,
}

/// A list whose items are worked out while the answer is written: a batch's answer is never held
/// whole, and writing stops at `limits.max_output_bytes`.
pub(super) struct Lazy<I>(std::cell::RefCell<Option<I>>);

impl<I> Lazy<I> {
    pub(super) fn new(items: I) -> Self {
        Lazy(std::cell::RefCell::new(Some(items)))
    }
}

impl<I: Iterator<Item = T>, T: Serialize> Serialize for Lazy<I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let items = self.0.borrow_mut().take();
        let mut seq = s.serialize_seq(None)?;
        for item in items.into_iter().flatten() {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}
