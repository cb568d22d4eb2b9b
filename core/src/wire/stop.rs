//! Why writing an answer stopped — one error for both writers, the JSON text
//! ([`write`](super::write)) and the events a door builds from ([`sink`](super::sink)) — and
//! the map keys both refuse alike.

use serde::ser;
use std::fmt;

/// Why a writer stopped.
#[derive(Debug)]
pub enum Stop {
    /// The JSON text would be longer than its limit.
    Over,
    /// The door refused (a sink keeps its own reason: over its budget, its runtime's error).
    Door,
    /// The answer holds what JSON cannot (a key that is no text, a non-finite float as a key,
    /// an integer over 64 bits) or a value refused to be written: its own message.
    Refused(String),
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::Over => f.write_str("answer too large"),
            Stop::Door => f.write_str("the door refused the answer"),
            Stop::Refused(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Stop {}

impl ser::Error for Stop {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Stop::Refused(msg.to_string())
    }
}

/// A map key that is not a text, a number or a boolean (JSON keys are texts).
pub(crate) fn not_a_key<T>() -> Result<T, Stop> {
    Err(Stop::Refused("key must be a string".into()))
}

/// A float as a map key: its shortest text, as serde_json writes it; a non-finite float has
/// none.
pub(crate) fn float_key<F: zmij::Float + Into<f64>>(
    v: F,
    put: impl FnOnce(&str) -> Result<(), Stop>,
) -> Result<(), Stop> {
    if !v.into().is_finite() {
        return Err(Stop::Refused("float key must be finite".into()));
    }
    put(zmij::Buffer::new().format_finite(v))
}
