//! An operation's answer before it takes its final form: a `Value` for [`Engine::call`], JSON
//! text for [`Engine::call_json`] (the door every binding uses).
//!
//! Typed answers (a merged form, a deadline, an identifier check) are serialized straight to
//! text by the JSON door instead of being built as a `Value` first: for a merged form that
//! intermediate tree cost more than the merge itself.
//!
//! [`Engine::call`]: super::Engine::call
//! [`Engine::call_json`]: super::Engine::call_json

use super::texts::EngineText;
use crate::error::{Error, ErrorCode, Result};
use crate::wire::sink::Sink;
use crate::wire::Stop;
use serde::Serialize;
use serde_json::Value;

/// A serializable answer, with the two renderings the doors need.
pub trait Answer {
    /// As a JSON value.
    fn to_value(&self) -> Result<Value>;
    /// As JSON text of at most `max` bytes (`None` when it would be longer; rendering stops
    /// there, so no answer is ever held beyond the limit).
    fn to_json(&self, max: usize) -> Result<Option<String>>;
    /// As events for a door that builds its own objects from the answer.
    fn to_sink(&self, sink: &mut dyn Sink) -> std::result::Result<(), Stop>;
}

impl<T: Serialize> Answer for T {
    fn to_value(&self) -> Result<Value> {
        serde_json::to_value(self).map_err(unserializable)
    }
    fn to_sink(&self, sink: &mut dyn Sink) -> std::result::Result<(), Stop> {
        crate::wire::sink::write(self, sink)
    }
    fn to_json(&self, max: usize) -> Result<Option<String>> {
        match crate::wire::write::to_json_bounded(self, max) {
            Ok(text) => Ok(Some(text)),
            Err(crate::wire::Stop::Over) => Ok(None),
            Err(e) => Err(unserializable(e)),
        }
    }
}

fn unserializable(e: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorCode::InternalPanic,
        EngineText::OutputNotSerializable {
            error: e.to_string(),
        }
        .message(),
    )
}

/// What an operation returns: a typed answer, rendered by the door that asked.
pub struct Reply<'a>(Box<dyn Answer + Send + 'a>);

impl<'a> Reply<'a> {
    /// A typed answer.
    pub fn typed<T: Serialize + Send + 'a>(t: T) -> Result<Self> {
        Ok(Reply(Box::new(t)))
    }

    /// As a JSON value.
    pub fn into_value(self) -> Result<Value> {
        self.0.to_value()
    }

    /// Written into a door's [`Sink`]: the typed answer itself, with no JSON text or value tree
    /// between (the Python door builds its objects this way). Run it in the engine's language
    /// ([`Engine::scoped`](super::Engine::scoped)): a batch's items are worked out as they are
    /// written.
    pub fn write_to(&self, sink: &mut dyn Sink) -> std::result::Result<(), Stop> {
        self.0.to_sink(sink)
    }

    /// As JSON text of at most `max` bytes, or `input.too_large`.
    pub fn to_json(&self, max: usize) -> Result<String> {
        self.0
            .to_json(max)?
            .ok_or_else(|| super::limits::too_large_answer(max))
    }
}
