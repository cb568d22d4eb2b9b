//! Reading operation inputs: typed structs deserialized from JSON, with every fault turned into
//! a structured [`Error`] whose `path` points into the input (`pauses[1].to`).

use crate::date::INVALID_DATE_TAG;
use crate::error::{Error, ErrorCode, Result};
use serde::Deserialize;
use serde_json::Value;

/// Deserializes an operation's input — which must be a JSON object — into `T`, mapping serde's
/// faults onto stable error codes. (serde would otherwise accept `["2024-02-10"]` for a struct.)
pub fn parse<'de, T: Deserialize<'de>>(v: &'de Value) -> Result<T> {
    if !v.is_object() {
        return Err(Error::new(
            ErrorCode::InputWrongType,
            format!("the input must be a JSON object, not {}", kind(v)),
        ));
    }
    parse_any(v)
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Deserializes `T` from any JSON value, with paths and stable codes.
pub fn parse_any<'de, T: Deserialize<'de>>(v: &'de Value) -> Result<T> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        let (code, message) = classify(&inner);
        let err = Error::new(code, message);
        if path == "." || path.is_empty() {
            err
        } else {
            err.at(path)
        }
    })
}

fn classify(msg: &str) -> (ErrorCode, String) {
    if let Some(rest) = msg.strip_prefix(INVALID_DATE_TAG) {
        return (ErrorCode::InputInvalidDate, rest.to_string());
    }
    let code = if msg.starts_with("missing field") {
        ErrorCode::InputMissingField
    } else if msg.starts_with("unknown field") {
        ErrorCode::InputUnknownField
    } else if msg.starts_with("invalid type") {
        ErrorCode::InputWrongType
    } else {
        // invalid value / invalid length / unknown variant / custom checks.
        ErrorCode::InputInvalidValue
    };
    (code, msg.to_string())
}

/// Parses JSON text into a value, as `input.invalid_json` on failure.
pub fn parse_text(text: &str) -> Result<Value> {
    serde_json::from_str(text).map_err(|e| {
        Error::new(
            ErrorCode::InputInvalidJson,
            format!("input is not valid JSON: {e}"),
        )
    })
}
