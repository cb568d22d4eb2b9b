//! 线上数据 — reading wire values (JSON) into typed structs, for the engine and the domain alike,
//! and writing answers back: as JSON text ([`write`](mod@write)), or as events a door builds its
//! own objects from ([`sink`]).
//!
//! Every fault becomes a structured [`Error`] whose code says what kind of fault it was and whose
//! `path` points into the input (`pauses[1].to`). The kind is recorded when serde reports it
//! (through [`serde::de::Error`]'s `missing_field`, `unknown_field`, `invalid_type`, …) by a
//! deserializer of our own over [`serde_json::Value`], so no code depends on the wording of a
//! message. Domain modules (calendar data, catalogs, subjects) parse their wire forms here; the
//! engine depends on this module, never the other way round.

pub mod sink;
mod stop;
mod strict;
#[cfg(test)]
mod test_values;
mod text_len;
mod value_de;
pub mod write;

pub use stop::Stop;
pub use text_len::json_str_len;

pub use value_de::WireError;

use crate::error::{Error, ErrorCode, Result};
use crate::message::{Named, Pair};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;
/// A free-form value that refuses a key named twice: for a [`parse_direct`] type that holds one.
pub(crate) use strict::Strict;
use strict::DUPLICATE_TAG;
use value_de::ValueDe;

/// Deserializes an operation's input — which must be a JSON object — into `T`. (serde would
/// otherwise accept `["2024-02-10"]` for a struct.)
pub fn parse<'de, T: Deserialize<'de>>(v: &'de Value) -> Result<T> {
    if !v.is_object() {
        return Err(Error::new(
            ErrorCode::InputWrongType,
            WireText::NotObject {
                what: zh_kind(v),
                kind: kind(v),
            }
            .message(),
        ));
    }
    parse_any(v)
}

/// Deserializes `T` from any JSON value, with paths and stable codes. The value is read once
/// without tracking where the reader is (tracking keeps each key it passes as a string of its
/// own), and only a value that fails is read again with the tracking, for the error's path: the
/// same reader over the same value fails the same way, so the error is the one tracking alone
/// would give, and a good value pays for no path.
pub fn parse_any<'de, T: Deserialize<'de>>(v: &'de Value) -> Result<T> {
    match T::deserialize(ValueDe(v)) {
        Ok(t) => Ok(t),
        Err(_) => parse_tracked(v),
    }
}

/// [`parse_any`]'s second reading: with the path to the fault.
#[cold]
fn parse_tracked<'de, T: Deserialize<'de>>(v: &'de Value) -> Result<T> {
    serde_path_to_error::deserialize(ValueDe(v)).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let err = Error::new(inner.code, inner.message);
        if path == "." || path.is_empty() {
            err
        } else {
            err.at(path)
        }
    })
}

/// Reads an operation's input text straight into `T`, with no value tree between — or `None`,
/// and the caller takes the two-step way ([`parse_text`], then [`parse`]), which gives the
/// answer or the error. Only for types each of whose objects is a struct that denies unknown
/// fields (no maps, nothing skipped; a free-form value read as `Strict`): serde then refuses a
/// key named twice, as [`parse_text`] does, so a text this reads is one the two-step way reads
/// alike. The input must be an object, as [`parse`] requires (serde would take an array for a
/// struct).
pub fn parse_direct<'de, T: Deserialize<'de>>(text: &'de str) -> Option<T> {
    if !text.trim_start().starts_with('{') {
        return None;
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let v = T::deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(v)
}

/// Parses JSON text into a value, as `input.invalid_json` on failure. An object naming a key
/// twice is `input.duplicate_key` at that key: which of the two would count is not a guess to
/// make (`{"date": "2030-01-01", "date": "2024-01-01"}`).
pub fn parse_text(text: &str) -> Result<Value> {
    let invalid = |e: &dyn fmt::Display| {
        Error::new(
            ErrorCode::InputInvalidJson,
            WireText::NotJson {
                detail: zh_json_error(&e.to_string()),
                error: e.to_string(),
            }
            .message(),
        )
    };
    // The common case reads without tracking paths; only a duplicate key is read again to say
    // where it is.
    let mut de = serde_json::Deserializer::from_str(text);
    match Strict::deserialize(&mut de) {
        Ok(v) => {
            de.end().map_err(|e| invalid(&e))?;
            Ok(v.0)
        }
        Err(e) if e.to_string().starts_with(DUPLICATE_TAG) => Err(duplicate_at(text)),
        Err(e) => Err(invalid(&e)),
    }
}

/// The duplicate-key error of `text`, with the path of the key.
#[cold]
fn duplicate_at(text: &str) -> Error {
    let mut de = serde_json::Deserializer::from_str(text);
    let Err(e) = serde_path_to_error::deserialize::<_, Strict>(&mut de) else {
        return Error::new(
            ErrorCode::InputDuplicateKey,
            WireText::DuplicateKey.message(),
        );
    };
    let path = e.path().to_string();
    let inner = e.into_inner().to_string();
    let rest = inner.strip_prefix(DUPLICATE_TAG).unwrap_or(&inner);
    let (key, msg) = rest.split_once('\u{1}').unwrap_or(("", rest));
    let msg = msg.split(" at line ").next().unwrap_or(msg);
    let at = if path == "." || path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    };
    Error::new(ErrorCode::InputDuplicateKey, msg.to_string()).at(at)
}

fn zh_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "布尔值",
        Value::Number(_) => "数值",
        Value::String(_) => "字符串",
        Value::Array(_) => "数组",
        Value::Object(_) => "对象",
    }
}

/// serde_json's syntax error in Chinese: what went wrong and where (line, column).
fn zh_json_error(e: &str) -> String {
    let (what, at) = e.split_once(" at line ").unwrap_or((e, ""));
    let what = match what {
        "EOF while parsing a value"
        | "EOF while parsing an object"
        | "EOF while parsing a list"
        | "EOF while parsing a string" => "内容不完整",
        "expected value" => "此处应为一个值",
        "expected `:`" => "此处应为冒号",
        "expected `,` or `}`" => "此处应为逗号或右花括号",
        "expected `,` or `]`" => "此处应为逗号或右方括号",
        "key must be a string" => "键须为字符串",
        "trailing characters" => "结尾有多余字符",
        "trailing comma" => "多余的逗号",
        "invalid escape" => "无效的转义",
        "invalid number" | "number out of range" => "无效的数值",
        "control character (\\u0000-\\u001F) found while parsing a string" => "字符串中有控制字符",
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
            "无效的 Unicode 转义"
        }
        "recursion limit exceeded" => "嵌套过深",
        _ if what.starts_with("invalid type") || what.starts_with("invalid value") => "内容不符",
        _ if what.contains("unicode") || what.contains("surrogate") => "无效的 Unicode 字符",
        _ => "语法错误",
    };
    match at.split_once(" column ") {
        Some((line, col)) => format!("{what}（第{line}行第{col}列）"),
        None => what.to_string(),
    }
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

/// A caller's name as far as a message needs it: at most 64 characters.
fn clip(s: &str) -> String {
    match s.char_indices().nth(64) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct S {
        #[serde(with = "crate::date::ymd")]
        date: chrono::NaiveDate,
        n: u8,
        #[serde(default)]
        kind: Option<K>,
    }

    #[derive(Debug, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    enum K {
        A,
        B,
    }

    fn code(v: Value) -> (ErrorCode, Option<String>) {
        let e = parse::<S>(&v).unwrap_err();
        (e.code(), e.path().map(str::to_string))
    }

    /// Each kind of fault gets its code from the kind serde reported, not from its wording.
    #[test]
    fn faults_are_classified_by_kind() {
        let p = |s: &str| Some(s.to_string());
        assert_eq!(code(json!({"n": 1})), (ErrorCode::InputMissingField, None));
        assert_eq!(
            code(json!({"date": "2024-01-01", "n": 1, "x": 0})),
            (ErrorCode::InputUnknownField, p("x"))
        );
        assert_eq!(
            code(json!({"date": "2024-01-01", "n": "1"})),
            (ErrorCode::InputWrongType, p("n"))
        );
        assert_eq!(
            code(json!({"date": "2024-01-01", "n": 300})),
            (ErrorCode::InputInvalidValue, p("n"))
        );
        assert_eq!(
            code(json!({"date": "2024-02-30", "n": 1})),
            (ErrorCode::InputInvalidDate, p("date"))
        );
        assert_eq!(
            code(json!({"date": "2024-01-01", "n": 1, "kind": "c"})),
            (ErrorCode::InputInvalidValue, p("kind"))
        );
        assert!(parse::<S>(&json!({"date": "2024-01-01", "n": 1, "kind": "b"})).is_ok());
        assert_eq!(
            parse::<S>(&json!(["2024-01-01"])).unwrap_err().code(),
            ErrorCode::InputWrongType
        );
    }
}

texts! {
    /// What reading an input says.
    pub(crate) enum WireText<'a> {
        /// Not an object: its kind in Chinese (`what`) and in English (`kind`).
        NotObject { what: &'a str, kind: &'a str } => "输入须为 JSON 对象，收到的是{what}", "the input must be a JSON object, not {kind}";
        /// Not JSON: the parser's reason in Chinese (`detail`) and as it gave it (`error`).
        NotJson { detail: String, error: String } => "输入不是有效的 JSON：{detail}", "input is not valid JSON: {error}";
        /// A key twice.
        DuplicateKey => "同一对象中有重复的键", "a key appears twice in one object";
        /// A key twice, named.
        KeyTwice { key: String } => "键 {key:?} 在同一对象中出现两次", "the key {key:?} appears twice in one object";
        /// A list of the wrong length.
        Length { len: usize, expected: Pair } => "长度不符：应为{expected}，收到{len}项", "invalid length {len}, expected {expected}";
        /// A value not among the names.
        UnknownVariant { variant: String, expected: Pair } => "未知取值 `{variant}`，可用取值：{expected}", "unknown variant `{variant}`, expected {expected}";
        /// A key not among the fields.
        UnknownField { field: String, expected: Pair } => "未知字段 `{field}`，可用字段：{expected}", "unknown field `{field}`, expected {expected}";
        /// A field missing.
        MissingField { field: &'a str } => "缺少字段 `{field}`", "missing field `{field}`";
        /// A field twice.
        DuplicateField { field: &'a str } => "字段 `{field}` 重复", "duplicate field `{field}`";
        /// A value of another type or form than expected (`what`: 类型 or 取值).
        Mismatch { what: Named, expected: Pair, came: Pair } => "{what}不符：应为{expected}，收到{came}", "invalid {what}: {came}, expected {expected}";
        /// A map value whose key never came.
        ValueWithoutKey => "缺少键的值", "a value without its key";
    }
}
