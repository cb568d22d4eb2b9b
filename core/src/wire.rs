//! 线上数据 — reading wire values (JSON) into typed structs, for the engine and the domain alike.
//!
//! Every fault becomes a structured [`Error`] whose code says what kind of fault it was and whose
//! `path` points into the input (`pauses[1].to`). The kind is recorded when serde reports it
//! (through [`serde::de::Error`]'s `missing_field`, `unknown_field`, `invalid_type`, …) by a
//! deserializer of our own over [`serde_json::Value`], so no code depends on the wording of a
//! message. Domain modules (calendar data, catalogs, subjects) parse their wire forms here; the
//! engine depends on this module, never the other way round.

use crate::error::{Error, ErrorCode, Result};
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use serde::{forward_to_deserialize_any, Deserialize};
use serde_json::{Number, Value};
use std::fmt;

/// Deserializes an operation's input — which must be a JSON object — into `T`. (serde would
/// otherwise accept `["2024-02-10"]` for a struct.)
pub fn parse<'de, T: Deserialize<'de>>(v: &'de Value) -> Result<T> {
    if !v.is_object() {
        return Err(Error::new(
            ErrorCode::InputWrongType,
            format!("the input must be a JSON object, not {}", kind(v)),
        ));
    }
    parse_any(v)
}

/// Deserializes `T` from any JSON value, with paths and stable codes.
pub fn parse_any<'de, T: Deserialize<'de>>(v: &'de Value) -> Result<T> {
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

/// Parses JSON text into a value, as `input.invalid_json` on failure. An object naming a key
/// twice is `input.duplicate_key` at that key: which of the two would count is not a guess to
/// make (`{"date": "2030-01-01", "date": "2024-01-01"}`).
pub fn parse_text(text: &str) -> Result<Value> {
    let invalid = |e: &dyn fmt::Display| {
        Error::new(
            ErrorCode::InputInvalidJson,
            format!("input is not valid JSON: {e}"),
        )
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let v = serde_path_to_error::deserialize::<_, Strict>(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        match inner.strip_prefix(DUPLICATE_TAG) {
            Some(rest) => {
                let (key, msg) = rest.split_once('\u{1}').unwrap_or(("", rest));
                let msg = msg.split(" at line ").next().unwrap_or(msg);
                let at = if path == "." || path.is_empty() {
                    key.to_string()
                } else {
                    format!("{path}.{key}")
                };
                Error::new(ErrorCode::InputDuplicateKey, msg.to_string()).at(at)
            }
            None => invalid(&inner),
        }
    })?;
    de.end().map_err(|e| invalid(&e))?;
    Ok(v.0)
}

/// The marker of a duplicate key in serde_json's error text (our own, not serde's wording).
const DUPLICATE_TAG: &str = "\u{1}input.duplicate_key\u{1}";

/// A JSON value read with every object checked for duplicate keys.
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Strict, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> std::result::Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> std::result::Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> std::result::Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
        Strict::deserialize(d).map(|s| s.0)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> std::result::Result<Value, A::Error> {
        let mut v = Vec::with_capacity(a.size_hint().unwrap_or(0).min(4096));
        while let Some(Strict(x)) = a.next_element()? {
            v.push(x);
        }
        Ok(Value::Array(v))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> std::result::Result<Value, A::Error> {
        let mut m = serde_json::Map::new();
        while let Some(k) = a.next_key::<String>()? {
            if m.contains_key(&k) {
                return Err(de::Error::custom(format_args!(
                    "{DUPLICATE_TAG}{}\u{1}the key {:?} appears twice in one object",
                    clip(&k),
                    clip(&k)
                )));
            }
            let Strict(v) = a.next_value()?;
            m.insert(k, v);
        }
        Ok(Value::Object(m))
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

/// A deserialization fault with its kind, as serde reported it.
#[derive(Debug)]
pub struct WireError {
    code: ErrorCode,
    message: String,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WireError {}

impl WireError {
    fn new(code: ErrorCode, message: String) -> Self {
        WireError { code, message }
    }
}

impl de::Error for WireError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let text = msg.to_string();
        // The one marker of our own: a date that is not a real day (see `crate::date`).
        match text.strip_prefix(crate::date::INVALID_DATE_TAG) {
            Some(rest) => WireError::new(ErrorCode::InputInvalidDate, rest.to_string()),
            None => WireError::new(ErrorCode::InputInvalidValue, text),
        }
    }
    fn invalid_type(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        WireError::new(
            ErrorCode::InputWrongType,
            format!("invalid type: {unexp}, expected {exp}"),
        )
    }
    fn invalid_value(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        WireError::new(
            ErrorCode::InputInvalidValue,
            format!("invalid value: {unexp}, expected {exp}"),
        )
    }
    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        WireError::new(
            ErrorCode::InputInvalidValue,
            format!("invalid length {len}, expected {exp}"),
        )
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        WireError::new(
            ErrorCode::InputInvalidValue,
            format!(
                "unknown variant `{}`, expected {}",
                clip(variant),
                one_of(expected)
            ),
        )
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        WireError::new(
            ErrorCode::InputUnknownField,
            format!(
                "unknown field `{}`, expected {}",
                clip(field),
                one_of(expected)
            ),
        )
    }
    fn missing_field(field: &'static str) -> Self {
        WireError::new(
            ErrorCode::InputMissingField,
            format!("missing field `{field}`"),
        )
    }
    fn duplicate_field(field: &'static str) -> Self {
        WireError::new(
            ErrorCode::InputInvalidValue,
            format!("duplicate field `{field}`"),
        )
    }
}

/// serde's wording of the expected names.
fn one_of(names: &[&str]) -> String {
    match names {
        [] => "there are no fields".into(),
        [a] => format!("`{a}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => {
            let all: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", all.join(", "))
        }
    }
}

/// A caller's name as far as a message needs it: at most 64 characters.
fn clip(s: &str) -> String {
    match s.char_indices().nth(64) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Number requests: a JSON number, else a wrong type.
macro_rules! forward_numbers {
    ($($name:ident)*) => {$(
        fn $name<V: Visitor<'de>>(self, v: V) -> std::result::Result<V::Value, WireError> {
            match self.0 {
                Value::Number(n) => visit_number(n, v),
                other => Err(de::Error::invalid_type(unexpected(other), &v)),
            }
        }
    )*};
}

/// A deserializer over a borrowed [`Value`] whose errors are [`WireError`]s.
struct ValueDe<'de>(&'de Value);

fn visit_number<'de, V: Visitor<'de>>(
    n: &Number,
    v: V,
) -> std::result::Result<V::Value, WireError> {
    if let Some(u) = n.as_u64() {
        v.visit_u64(u)
    } else if let Some(i) = n.as_i64() {
        v.visit_i64(i)
    } else {
        v.visit_f64(n.as_f64().unwrap_or(f64::NAN))
    }
}

impl<'de> Deserializer<'de> for ValueDe<'de> {
    type Error = WireError;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> std::result::Result<V::Value, WireError> {
        match self.0 {
            Value::Null => v.visit_unit(),
            Value::Bool(b) => v.visit_bool(*b),
            Value::Number(n) => visit_number(n, v),
            Value::String(s) => v.visit_borrowed_str(s),
            Value::Array(a) => {
                let mut seq = Seq(a.iter());
                let out = v.visit_seq(&mut seq)?;
                match seq.0.len() {
                    0 => Ok(out),
                    _ => Err(de::Error::invalid_length(
                        a.len(),
                        &"fewer elements in array",
                    )),
                }
            }
            Value::Object(m) => v.visit_map(Obj {
                iter: m.iter(),
                value: None,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> std::result::Result<V::Value, WireError> {
        match self.0 {
            Value::Null => v.visit_none(),
            _ => v.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        v: V,
    ) -> std::result::Result<V::Value, WireError> {
        v.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> std::result::Result<V::Value, WireError> {
        match self.0 {
            Value::String(s) => v.visit_enum(Variant {
                name: s,
                value: None,
            }),
            Value::Object(m) if m.len() == 1 => {
                let (name, value) = m.iter().next().unwrap_or_else(|| unreachable!("one entry"));
                v.visit_enum(Variant {
                    name,
                    value: Some(value),
                })
            }
            other => Err(de::Error::invalid_type(
                unexpected(other),
                &"a string or an object with one key",
            )),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(
        self,
        v: V,
    ) -> std::result::Result<V::Value, WireError> {
        v.visit_unit()
    }

    // Type-directed requests are strict, as serde_json's own `Value` deserializer is: a number
    // where a string is asked for is a wrong type, not a string.
    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> std::result::Result<V::Value, WireError> {
        match self.0 {
            Value::Bool(b) => v.visit_bool(*b),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> std::result::Result<V::Value, WireError> {
        match self.0 {
            Value::String(s) => v.visit_borrowed_str(s),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> std::result::Result<V::Value, WireError> {
        self.deserialize_str(v)
    }

    fn deserialize_char<V: Visitor<'de>>(self, v: V) -> std::result::Result<V::Value, WireError> {
        self.deserialize_str(v)
    }

    fn deserialize_identifier<V: Visitor<'de>>(
        self,
        v: V,
    ) -> std::result::Result<V::Value, WireError> {
        self.deserialize_str(v)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> std::result::Result<V::Value, WireError> {
        match self.0 {
            Value::Null => v.visit_unit(),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        v: V,
    ) -> std::result::Result<V::Value, WireError> {
        self.deserialize_unit(v)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> std::result::Result<V::Value, WireError> {
        match self.0 {
            Value::Array(_) => self.deserialize_any(v),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _: usize,
        v: V,
    ) -> std::result::Result<V::Value, WireError> {
        self.deserialize_seq(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        v: V,
    ) -> std::result::Result<V::Value, WireError> {
        self.deserialize_seq(v)
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> std::result::Result<V::Value, WireError> {
        match self.0 {
            Value::Object(_) => self.deserialize_any(v),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> std::result::Result<V::Value, WireError> {
        match self.0 {
            Value::Object(_) | Value::Array(_) => self.deserialize_any(v),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    forward_numbers! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64
    }

    forward_to_deserialize_any! {
        bytes byte_buf
    }
}

fn unexpected(v: &Value) -> de::Unexpected<'_> {
    match v {
        Value::Null => de::Unexpected::Unit,
        Value::Bool(b) => de::Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => de::Unexpected::Unsigned(u),
            (_, Some(i)) => de::Unexpected::Signed(i),
            _ => de::Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => de::Unexpected::Str(s),
        Value::Array(_) => de::Unexpected::Seq,
        Value::Object(_) => de::Unexpected::Map,
    }
}

struct Seq<'de>(std::slice::Iter<'de, Value>);

impl<'de> SeqAccess<'de> for Seq<'de> {
    type Error = WireError;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> std::result::Result<Option<T::Value>, WireError> {
        self.0
            .next()
            .map(|v| seed.deserialize(ValueDe(v)))
            .transpose()
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Obj<'de> {
    iter: serde_json::map::Iter<'de>,
    value: Option<&'de Value>,
}

impl<'de> MapAccess<'de> for Obj<'de> {
    type Error = WireError;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> std::result::Result<Option<K::Value>, WireError> {
        match self.iter.next() {
            Some((k, v)) => {
                self.value = Some(v);
                let key = de::value::BorrowedStrDeserializer::<'de, WireError>::new(k.as_str());
                seed.deserialize(key).map(Some)
            }
            None => Ok(None),
        }
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> std::result::Result<V::Value, WireError> {
        match self.value.take() {
            Some(v) => seed.deserialize(ValueDe(v)),
            None => Err(de::Error::custom("a value without its key")),
        }
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

struct Variant<'de> {
    name: &'de str,
    value: Option<&'de Value>,
}

impl<'de> EnumAccess<'de> for Variant<'de> {
    type Error = WireError;
    type Variant = Self;
    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> std::result::Result<(V::Value, Self), WireError> {
        let key = de::value::BorrowedStrDeserializer::<'de, WireError>::new(self.name);
        Ok((seed.deserialize(key)?, self))
    }
}

impl<'de> VariantAccess<'de> for Variant<'de> {
    type Error = WireError;
    fn unit_variant(self) -> std::result::Result<(), WireError> {
        match self.value {
            None | Some(Value::Null) => Ok(()),
            Some(v) => Err(de::Error::invalid_type(unexpected(v), &"a unit variant")),
        }
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> std::result::Result<T::Value, WireError> {
        match self.value {
            Some(v) => seed.deserialize(ValueDe(v)),
            None => Err(de::Error::invalid_type(
                de::Unexpected::UnitVariant,
                &"a newtype variant",
            )),
        }
    }
    fn tuple_variant<V: Visitor<'de>>(
        self,
        _: usize,
        v: V,
    ) -> std::result::Result<V::Value, WireError> {
        match self.value {
            Some(Value::Array(a)) => ValueDe_seq(a, v),
            _ => Err(de::Error::invalid_type(
                de::Unexpected::UnitVariant,
                &"a tuple variant",
            )),
        }
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        v: V,
    ) -> std::result::Result<V::Value, WireError> {
        match self.value {
            Some(Value::Object(m)) => v.visit_map(Obj {
                iter: m.iter(),
                value: None,
            }),
            _ => Err(de::Error::invalid_type(
                de::Unexpected::UnitVariant,
                &"a struct variant",
            )),
        }
    }
}

#[allow(non_snake_case)]
fn ValueDe_seq<'de, V: Visitor<'de>>(
    a: &'de [Value],
    v: V,
) -> std::result::Result<V::Value, WireError> {
    let mut seq = Seq(a.iter());
    v.visit_seq(&mut seq)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
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
