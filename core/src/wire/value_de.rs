//! A deserializer over a borrowed `Value` whose errors record their kind as serde reports it
//! (`missing_field`, `invalid_type` …), so no code is chosen from a message's wording.

use super::{clip, WireText};
use crate::error::ErrorCode;
use crate::message::{Named, Pair};
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use serde::forward_to_deserialize_any;
use serde_json::{Number, Value};
use std::fmt;

/// A deserialization fault with its kind, as serde reported it.
#[derive(Debug)]
pub struct WireError {
    pub(super) code: ErrorCode,
    pub(super) message: String,
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
        mismatch(
            ErrorCode::InputWrongType,
            Named("类型", "type"),
            &unexp,
            exp,
        )
    }
    fn invalid_value(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        mismatch(
            ErrorCode::InputInvalidValue,
            Named("取值", "value"),
            &unexp,
            exp,
        )
    }
    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        let expected = Pair(zh_expected(exp), exp.to_string());
        said(
            ErrorCode::InputInvalidValue,
            WireText::Length { len, expected },
        )
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let (variant, expected) = (clip(variant), Pair(zh_one_of(expected), one_of(expected)));
        said(
            ErrorCode::InputInvalidValue,
            WireText::UnknownVariant { variant, expected },
        )
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let (field, expected) = (clip(field), Pair(zh_one_of(expected), one_of(expected)));
        said(
            ErrorCode::InputUnknownField,
            WireText::UnknownField { field, expected },
        )
    }
    fn missing_field(field: &'static str) -> Self {
        said(
            ErrorCode::InputMissingField,
            WireText::MissingField { field },
        )
    }
    fn duplicate_field(field: &'static str) -> Self {
        said(
            ErrorCode::InputInvalidValue,
            WireText::DuplicateField { field },
        )
    }
}

fn said(code: ErrorCode, text: WireText<'_>) -> WireError {
    WireError::new(code, text.message().into_owned())
}

/// A value that is not what was expected: its kind (`类型`/`type`, `取值`/`value`), what came and
/// what was expected, in the language of the call.
fn mismatch(
    code: ErrorCode,
    what: Named,
    unexp: &de::Unexpected<'_>,
    exp: &dyn de::Expected,
) -> WireError {
    let expected = Pair(zh_expected(exp), exp.to_string());
    let came = Pair(zh_unexpected(unexp), unexp.to_string());
    said(
        code,
        WireText::Mismatch {
            what,
            expected,
            came,
        },
    )
}

/// The expected names in Chinese.
fn zh_one_of(names: &[&str]) -> String {
    if names.is_empty() {
        return "无".into();
    }
    let all: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    all.join("、")
}

/// What serde expected, in Chinese: the kinds it names, else the name as written (a field or
/// type name, in backticks).
fn zh_expected(exp: &dyn de::Expected) -> String {
    let e = exp.to_string();
    let t = e.trim_start_matches("a ").trim_start_matches("an ");
    let kind = match t {
        _ if t.starts_with("struct ") || t == "map" || t == "object" => "对象",
        _ if t.starts_with("sequence") || t.starts_with("tuple") || t == "array" => "数组",
        _ if t.starts_with("string") || t == "char" || t == "borrowed string" => "字符串",
        "boolean" | "bool" => "布尔值",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize"
        | "integer" => "整数",
        "f32" | "f64" | "number" => "数值",
        _ if t.starts_with("enum ") || t.starts_with("variant identifier") => "取值之一",
        _ if t.starts_with("field identifier") => "字段名",
        _ if t.contains("unit variant") => "不带内容的取值",
        _ if t.contains("fewer elements") => "更少的元素",
        _ if t.contains("string or an object with one key") => "字符串或只有一个键的对象",
        _ => return format!("`{}`", clip(&e)),
    };
    kind.to_string()
}

/// What serde found, in Chinese.
fn zh_unexpected(u: &de::Unexpected<'_>) -> String {
    use de::Unexpected as U;
    match u {
        U::Bool(b) => format!("布尔值 {b}"),
        U::Unsigned(n) => format!("数值 {n}"),
        U::Signed(n) => format!("数值 {n}"),
        U::Float(n) => format!("数值 {n}"),
        U::Char(c) => format!("字符 {c:?}"),
        U::Str(s) => format!("字符串 {:?}", clip(s)),
        U::Bytes(_) => "字节串".into(),
        U::Unit => "null".into(),
        U::Option => "可选值".into(),
        U::NewtypeStruct => "包装值".into(),
        U::Seq => "数组".into(),
        U::Map => "对象".into(),
        U::Enum => "枚举值".into(),
        U::UnitVariant | U::NewtypeVariant | U::TupleVariant | U::StructVariant => "枚举值".into(),
        U::Other(s) => (*s).to_string(),
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
pub(super) struct ValueDe<'de>(pub(super) &'de Value);

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
            Value::Array(a) => visit_array(a, v),
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
            None => Err(de::Error::custom(WireText::ValueWithoutKey.message())),
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
            Some(Value::Array(a)) => visit_array(a, v),
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

/// An array to a visitor; elements it does not take are an error, as in serde_json.
fn visit_array<'de, V: Visitor<'de>>(
    a: &'de [Value],
    v: V,
) -> std::result::Result<V::Value, WireError> {
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
