//! An operation's answer before it takes its final form: a `Value` for [`Engine::call`], JSON
//! text for [`Engine::call_json`] (the door every binding uses).
//!
//! Typed answers (a merged form, a deadline, an identifier check) are serialized straight to
//! text by the JSON door instead of being built as a `Value` first: for a merged form that
//! intermediate tree cost more than the merge itself.
//!
//! [`Engine::call`]: super::Engine::call
//! [`Engine::call_json`]: super::Engine::call_json

use crate::error::{Error, ErrorCode, Result};
use serde::Serialize;
use serde_json::Value;

/// A serializable answer, with the two renderings the doors need.
pub trait Answer {
    /// As a JSON value.
    fn to_value(&self) -> Result<Value>;
    /// As JSON text.
    fn to_json(&self) -> Result<String>;
}

impl<T: Serialize> Answer for T {
    fn to_value(&self) -> Result<Value> {
        serde_json::to_value(self).map_err(unserializable)
    }
    fn to_json(&self) -> Result<String> {
        serde_json::to_string(self).map_err(unserializable)
    }
}

fn unserializable(e: serde_json::Error) -> Error {
    Error::new(
        ErrorCode::InternalPanic,
        format!("output not serializable: {e}"),
    )
}

/// What an operation returns.
pub enum Reply<'a> {
    /// An answer already built as a `Value`.
    Value(Value),
    /// A typed answer, rendered by the door that asked.
    Typed(Box<dyn Answer + 'a>),
}

impl<'a> Reply<'a> {
    /// A typed answer.
    pub fn typed<T: Serialize + 'a>(t: T) -> Result<Self> {
        Ok(Reply::Typed(Box::new(t)))
    }

    /// As a JSON value (moves a `Value` answer; renders a typed one).
    pub fn into_value(self) -> Result<Value> {
        match self {
            Reply::Value(v) => Ok(v),
            Reply::Typed(t) => t.to_value(),
        }
    }

    /// As JSON text.
    pub fn to_json(&self) -> Result<String> {
        match self {
            Reply::Value(v) => v.to_json(),
            Reply::Typed(t) => t.to_json(),
        }
    }
}

impl From<Value> for Reply<'_> {
    fn from(v: Value) -> Self {
        Reply::Value(v)
    }
}
