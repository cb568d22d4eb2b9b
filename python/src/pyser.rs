//! A serde serializer that builds Python objects: the engine's typed answer written straight into
//! dicts, lists, strings and numbers — what `json.loads` of the JSON door's text gives, with no
//! text between. It counts the bytes that text would have (serde_json's compact form), so that an
//! answer over `max_output_bytes` is refused as the JSON door refuses it.

use crate::intern::{Held, Tables};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyList};
use serde::ser::{self, Serialize};
use std::fmt;

/// A fault while building: Python's own, or the answer passing the byte budget.
#[derive(Debug)]
pub(crate) enum Fault {
    Python(PyErr),
    OverBudget,
    Other(String),
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Python(e) => write!(f, "{e}"),
            Fault::OverBudget => f.write_str("the answer is over max_output_bytes"),
            Fault::Other(s) => f.write_str(s),
        }
    }
}

impl std::error::Error for Fault {}

impl ser::Error for Fault {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Fault::Other(msg.to_string())
    }
}

impl From<PyErr> for Fault {
    fn from(e: PyErr) -> Self {
        Fault::Python(e)
    }
}

/// The bytes the JSON text would have so far, and the most allowed; and the thread's tables of
/// strings, held while the answer is built.
pub(crate) struct Budget {
    used: usize,
    max: usize,
    strings: Held,
}

impl Budget {
    pub(crate) fn new(max: usize) -> Self {
        Budget {
            used: 0,
            max,
            strings: Tables::take(),
        }
    }

    fn take(&mut self, n: usize) -> Result<(), Fault> {
        self.used += n;
        if self.used > self.max {
            Err(Fault::OverBudget)
        } else {
            Ok(())
        }
    }
}

/// Builds one Python object.
pub(crate) struct PySer<'py, 'b> {
    pub(crate) py: Python<'py>,
    pub(crate) budget: &'b mut Budget,
}

type Out<'py> = Bound<'py, PyAny>;

/// The length of `s` as serde_json writes it, quotes included.
pub(crate) fn escaped_len(s: &str) -> usize {
    zhengwu::wire::json_str_len(s)
}

fn digits(n: u128) -> usize {
    let mut d = 1;
    let mut n = n / 10;
    while n > 0 {
        d += 1;
        n /= 10;
    }
    d
}

impl<'py> PySer<'py, '_> {
    fn int(self, neg: bool, abs: u128, obj: PyResult<Out<'py>>) -> Result<Out<'py>, Fault> {
        self.budget.take(usize::from(neg) + digits(abs))?;
        Ok(obj?)
    }

    fn str(self, s: &str) -> Result<Out<'py>, Fault> {
        self.budget.take(escaped_len(s))?;
        Ok(self.budget.strings.text(self.py, s).into_any())
    }

    fn null(self) -> Result<Out<'py>, Fault> {
        self.budget.take(4)?;
        Ok(self.py.None().into_bound(self.py))
    }

    fn float(self, f: f64) -> Result<Out<'py>, Fault> {
        if !f.is_finite() {
            return self.null();
        }
        self.budget
            .take(serde_json::to_string(&f).map_or(24, |t| t.len()))?;
        Ok(PyFloat::new(self.py, f).into_any())
    }

    fn reborrow(&mut self) -> PySer<'py, '_> {
        PySer {
            py: self.py,
            budget: self.budget,
        }
    }
}

macro_rules! ints {
    ($($name:ident: $t:ty),*) => {$(
        fn $name(self, v: $t) -> Result<Out<'py>, Fault> {
            let obj = v.into_pyobject(self.py).map(|o| o.into_any()).map_err(PyErr::from);
            #[allow(unused_comparisons)]
            let neg = v < 0;
            self.int(neg, (v as i128).unsigned_abs(), obj)
        }
    )*};
}

impl<'py, 'b> ser::Serializer for PySer<'py, 'b> {
    type Ok = Out<'py>;
    type Error = Fault;
    type SerializeSeq = Seq<'py, 'b>;
    type SerializeTuple = Seq<'py, 'b>;
    type SerializeTupleStruct = Seq<'py, 'b>;
    type SerializeTupleVariant = Variant<'py, 'b, Seq<'py, 'b>>;
    type SerializeMap = Dict<'py, 'b>;
    type SerializeStruct = Dict<'py, 'b>;
    type SerializeStructVariant = Variant<'py, 'b, Dict<'py, 'b>>;

    fn serialize_bool(self, v: bool) -> Result<Out<'py>, Fault> {
        self.budget.take(if v { 4 } else { 5 })?;
        Ok(PyBool::new(self.py, v).to_owned().into_any())
    }
    ints!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
          serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);
    fn serialize_f32(self, v: f32) -> Result<Out<'py>, Fault> {
        if !v.is_finite() {
            return self.null();
        }
        self.budget
            .take(serde_json::to_string(&v).map_or(24, |t| t.len()))?;
        Ok(PyFloat::new(self.py, f64::from(v)).into_any())
    }
    fn serialize_f64(self, v: f64) -> Result<Out<'py>, Fault> {
        self.float(v)
    }
    fn serialize_char(self, v: char) -> Result<Out<'py>, Fault> {
        self.str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<Out<'py>, Fault> {
        self.str(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Out<'py>, Fault> {
        use ser::SerializeSeq;
        let mut s = self.serialize_seq(Some(v.len()))?;
        for b in v {
            s.serialize_element(b)?;
        }
        s.end()
    }
    fn serialize_none(self) -> Result<Out<'py>, Fault> {
        self.null()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<Out<'py>, Fault> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<Out<'py>, Fault> {
        self.null()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Out<'py>, Fault> {
        self.null()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Out<'py>, Fault> {
        let (o, json) = self.budget.strings.name(self.py, variant);
        self.budget.take(json)?;
        Ok(o.into_any())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<Out<'py>, Fault> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<Out<'py>, Fault> {
        // {"variant":value}
        self.budget.take(2 + escaped_len(variant) + 1)?;
        let d = PyDict::new(self.py);
        let inner = v.serialize(PySer {
            py: self.py,
            budget: self.budget,
        })?;
        d.set_item(variant, inner)?;
        Ok(d.into_any())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq<'py, 'b>, Fault> {
        self.budget.take(2)?;
        let _ = len;
        Ok(Seq {
            ser: self,
            list: Vec::new(),
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'py, 'b>, Fault> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq<'py, 'b>, Fault> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, Fault> {
        self.budget.take(2 + escaped_len(variant) + 1)?;
        let py = self.py;
        Ok(Variant {
            py,
            variant,
            inner: self.serialize_seq(Some(len))?,
            _b: std::marker::PhantomData,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Dict<'py, 'b>, Fault> {
        self.budget.take(2)?;
        let dict = PyDict::new(self.py);
        Ok(Dict {
            ser: self,
            dict,
            key: None,
            first: true,
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Dict<'py, 'b>, Fault> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, Fault> {
        self.budget.take(2 + escaped_len(variant) + 1)?;
        let py = self.py;
        Ok(Variant {
            py,
            variant,
            inner: self.serialize_map(Some(len))?,
            _b: std::marker::PhantomData,
        })
    }
}

/// A list being built.
pub(crate) struct Seq<'py, 'b> {
    ser: PySer<'py, 'b>,
    list: Vec<Out<'py>>,
}

impl<'py> Seq<'py, '_> {
    fn push<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Fault> {
        if !self.list.is_empty() {
            self.ser.budget.take(1)?;
        }
        let x = v.serialize(self.ser.reborrow())?;
        self.list.push(x);
        Ok(())
    }

    fn finish(self) -> Result<Out<'py>, Fault> {
        Ok(PyList::new(self.ser.py, self.list)?.into_any())
    }
}

impl<'py> ser::SerializeSeq for Seq<'py, '_> {
    type Ok = Out<'py>;
    type Error = Fault;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Fault> {
        self.push(v)
    }
    fn end(self) -> Result<Out<'py>, Fault> {
        self.finish()
    }
}

impl<'py> ser::SerializeTuple for Seq<'py, '_> {
    type Ok = Out<'py>;
    type Error = Fault;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Fault> {
        self.push(v)
    }
    fn end(self) -> Result<Out<'py>, Fault> {
        self.finish()
    }
}

impl<'py> ser::SerializeTupleStruct for Seq<'py, '_> {
    type Ok = Out<'py>;
    type Error = Fault;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Fault> {
        self.push(v)
    }
    fn end(self) -> Result<Out<'py>, Fault> {
        self.finish()
    }
}

/// A dict being built.
pub(crate) struct Dict<'py, 'b> {
    ser: PySer<'py, 'b>,
    dict: Bound<'py, PyDict>,
    key: Option<Out<'py>>,
    first: bool,
}

impl<'py> Dict<'py, '_> {
    fn key_str(&mut self, k: &str) -> Result<Out<'py>, Fault> {
        self.ser
            .budget
            .take(escaped_len(k) + 1 + usize::from(!self.first))?;
        self.first = false;
        // A map's keys (a flattened struct's fields among them) repeat from answer to answer:
        // kept like short texts, so that a repeated key costs no decode and no new hash.
        Ok(self.ser.budget.strings.text(self.ser.py, k).into_any())
    }

    fn put<T: ?Sized + Serialize>(&mut self, k: Out<'py>, v: &T) -> Result<(), Fault> {
        let x = v.serialize(self.ser.reborrow())?;
        self.dict.set_item(k, x)?;
        Ok(())
    }
}

impl<'py> ser::SerializeMap for Dict<'py, '_> {
    type Ok = Out<'py>;
    type Error = Fault;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, k: &T) -> Result<(), Fault> {
        let name = k.serialize(KeyName)?;
        self.key = Some(self.key_str(&name)?);
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Fault> {
        let k = self
            .key
            .take()
            .ok_or_else(|| Fault::Other("a map value without its key".into()))?;
        self.put(k, v)
    }
    fn end(self) -> Result<Out<'py>, Fault> {
        Ok(self.dict.into_any())
    }
}

impl<'py> ser::SerializeStruct for Dict<'py, '_> {
    type Ok = Out<'py>;
    type Error = Fault;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        k: &'static str,
        v: &T,
    ) -> Result<(), Fault> {
        let (k, json) = self.ser.budget.strings.name(self.ser.py, k);
        self.ser.budget.take(json + 1 + usize::from(!self.first))?;
        self.first = false;
        self.put(k.into_any(), v)
    }
    fn end(self) -> Result<Out<'py>, Fault> {
        Ok(self.dict.into_any())
    }
}

/// `{"variant": inner}`.
pub(crate) struct Variant<'py, 'b, I> {
    py: Python<'py>,
    variant: &'static str,
    inner: I,
    _b: std::marker::PhantomData<&'b ()>,
}

impl<'py, 'b> ser::SerializeTupleVariant for Variant<'py, 'b, Seq<'py, 'b>> {
    type Ok = Out<'py>;
    type Error = Fault;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Fault> {
        self.inner.push(v)
    }
    fn end(self) -> Result<Out<'py>, Fault> {
        let d = PyDict::new(self.py);
        d.set_item(self.variant, self.inner.finish()?)?;
        Ok(d.into_any())
    }
}

impl<'py, 'b> ser::SerializeStructVariant for Variant<'py, 'b, Dict<'py, 'b>> {
    type Ok = Out<'py>;
    type Error = Fault;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        k: &'static str,
        v: &T,
    ) -> Result<(), Fault> {
        ser::SerializeStruct::serialize_field(&mut self.inner, k, v)
    }
    fn end(self) -> Result<Out<'py>, Fault> {
        let d = PyDict::new(self.py);
        d.set_item(self.variant, self.inner.dict)?;
        Ok(d.into_any())
    }
}

/// A map key as serde_json writes it: a string, or a number or bool as its text.
struct KeyName;

macro_rules! key_ints {
    ($($name:ident: $t:ty),*) => {$(
        fn $name(self, v: $t) -> Result<String, Fault> {
            Ok(v.to_string())
        }
    )*};
}

impl ser::Serializer for KeyName {
    type Ok = String;
    type Error = Fault;
    type SerializeSeq = ser::Impossible<String, Fault>;
    type SerializeTuple = ser::Impossible<String, Fault>;
    type SerializeTupleStruct = ser::Impossible<String, Fault>;
    type SerializeTupleVariant = ser::Impossible<String, Fault>;
    type SerializeMap = ser::Impossible<String, Fault>;
    type SerializeStruct = ser::Impossible<String, Fault>;
    type SerializeStructVariant = ser::Impossible<String, Fault>;

    fn serialize_str(self, v: &str) -> Result<String, Fault> {
        Ok(v.to_string())
    }
    fn serialize_char(self, v: char) -> Result<String, Fault> {
        Ok(v.to_string())
    }
    fn serialize_bool(self, v: bool) -> Result<String, Fault> {
        Ok(v.to_string())
    }
    key_ints!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
              serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);
    fn serialize_f32(self, _: f32) -> Result<String, Fault> {
        Err(Fault::Other("a float as a map key".into()))
    }
    fn serialize_f64(self, _: f64) -> Result<String, Fault> {
        Err(Fault::Other("a float as a map key".into()))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, Fault> {
        Err(Fault::Other("bytes as a map key".into()))
    }
    fn serialize_none(self) -> Result<String, Fault> {
        Err(Fault::Other("null as a map key".into()))
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<String, Fault> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<String, Fault> {
        Err(Fault::Other("null as a map key".into()))
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, Fault> {
        Err(Fault::Other("null as a map key".into()))
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, Fault> {
        Ok(variant.to_string())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<String, Fault> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, Fault> {
        Err(Fault::Other("a variant as a map key".into()))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Fault> {
        Err(Fault::Other("a list as a map key".into()))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Fault> {
        Err(Fault::Other("a list as a map key".into()))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Fault> {
        Err(Fault::Other("a list as a map key".into()))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Fault> {
        Err(Fault::Other("a list as a map key".into()))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Fault> {
        Err(Fault::Other("a map as a map key".into()))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Fault> {
        Err(Fault::Other("a map as a map key".into()))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Fault> {
        Err(Fault::Other("a map as a map key".into()))
    }
}
