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

/// What an operation returns: a typed answer, rendered by the door that asked.
pub struct Reply<'a>(Box<dyn Answer + 'a>);

impl<'a> Reply<'a> {
    /// A typed answer.
    pub fn typed<T: Serialize + 'a>(t: T) -> Result<Self> {
        Ok(Reply(Box::new(t)))
    }

    /// As a JSON value.
    pub fn into_value(self) -> Result<Value> {
        self.0.to_value()
    }

    /// As JSON text.
    pub fn to_json(&self) -> Result<String> {
        self.0.to_json()
    }
}
