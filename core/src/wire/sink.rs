//! An answer as a stream of events, for a door that builds its own objects (the Python door's
//! dicts and lists) instead of reading JSON text.
//!
//! The door implements [`Sink`] — one small method per kind of value, called through a trait
//! object — and [`write()`] walks any serializable answer into it. The walk is compiled once per
//! answer type inside the library, so a door pays one indirect call per value and keeps no state
//! of the walk itself: where a type-erased serializer moved a serializer's whole state in and out
//! of a box at every value, this hands the door a text or a number.
//!
//! The events are those of the JSON door's text: variants become `{"variant": …}`, map keys are
//! texts (numbers and booleans as their text), non-finite floats are `null` — so what a door
//! builds equals what `json.loads` of the JSON door gives.

use serde::ser::{self, Impossible, Serialize};
use std::fmt::{self, Write as _};

use super::stop::Stop;

type Res<T = ()> = std::result::Result<T, Stop>;

/// What a door does with each value of an answer. Containers open and close around their
/// values; a dict's values each follow their key.
pub trait Sink {
    /// `null`.
    fn null(&mut self) -> Res;
    /// `true` or `false`.
    fn bool(&mut self, v: bool) -> Res;
    /// A signed integer.
    fn i64(&mut self, v: i64) -> Res;
    /// An unsigned integer.
    fn u64(&mut self, v: u64) -> Res;
    /// A finite float that was an `f32` (its text is shorter than the same `f64`'s).
    fn f32(&mut self, v: f32) -> Res;
    /// A finite float.
    fn f64(&mut self, v: f64) -> Res;
    /// A text.
    fn str(&mut self, v: &str) -> Res;
    /// A text fixed in the program (a variant's name): a door may keep one object for it.
    fn name(&mut self, v: &'static str) -> Res;
    /// A list opens (`len` when known).
    fn begin_list(&mut self, len: Option<usize>) -> Res;
    /// The open list closes.
    fn end_list(&mut self) -> Res;
    /// A dict opens (`len` when known).
    fn begin_dict(&mut self, len: Option<usize>) -> Res;
    /// The next key of the open dict.
    fn key(&mut self, k: &str) -> Res;
    /// The next key of the open dict, fixed in the program (a field's name).
    fn field(&mut self, k: &'static str) -> Res;
    /// The open dict closes.
    fn end_dict(&mut self) -> Res;
}

/// Walks `value` into `sink`.
pub fn write<T: Serialize + ?Sized>(value: &T, sink: &mut dyn Sink) -> Res {
    let mut ctx = Ctx {
        sink,
        scratch: String::new(),
    };
    value.serialize(Walk(&mut ctx))
}

/// The door, and one buffer for the texts the walk formats itself (a citation's text, a number
/// as a key), kept for the whole answer.
struct Ctx<'b> {
    sink: &'b mut dyn Sink,
    scratch: String,
}

impl<'b> std::ops::Deref for Ctx<'b> {
    type Target = dyn Sink + 'b;
    fn deref(&self) -> &Self::Target {
        self.sink
    }
}

impl std::ops::DerefMut for Ctx<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.sink
    }
}

impl Ctx<'_> {
    /// `v` formatted into the buffer, then handed to the door by `give`.
    fn formatted(
        &mut self,
        v: &(impl fmt::Display + ?Sized),
        give: impl FnOnce(&mut dyn Sink, &str) -> Res,
    ) -> Res {
        self.scratch.clear();
        write!(self.scratch, "{v}").map_err(|e| Stop::Refused(e.to_string()))?;
        give(&mut *self.sink, &self.scratch)
    }
}

/// The serializer that turns serde's calls into [`Sink`] events.
struct Walk<'a, 'b>(&'a mut Ctx<'b>);

/// Integers of every width handed to the door as 64 bits.
macro_rules! widened {
    ($to:ident: $($f:ident: $t:ty),*) => {$(
        fn $f(self, v: $t) -> Res {
            self.0.$to(v.into())
        }
    )*};
}

fn too_wide<T>() -> Res<T> {
    Err(Stop::Refused("an integer wider than 64 bits".into()))
}

impl<'a, 'b> ser::Serializer for Walk<'a, 'b> {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Walk<'a, 'b>;
    type SerializeTuple = Walk<'a, 'b>;
    type SerializeTupleStruct = Walk<'a, 'b>;
    type SerializeTupleVariant = Walk<'a, 'b>;
    type SerializeMap = Walk<'a, 'b>;
    type SerializeStruct = Walk<'a, 'b>;
    type SerializeStructVariant = Walk<'a, 'b>;

    fn serialize_bool(self, v: bool) -> Res {
        self.0.bool(v)
    }
    widened!(i64: serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64);
    fn serialize_i128(self, v: i128) -> Res {
        match (i64::try_from(v), u64::try_from(v)) {
            (Ok(i), _) => self.0.i64(i),
            (_, Ok(u)) => self.0.u64(u),
            _ => too_wide(),
        }
    }
    widened!(u64: serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);
    fn serialize_u128(self, v: u128) -> Res {
        u64::try_from(v).map_or_else(|_| too_wide(), |u| self.0.u64(u))
    }
    fn serialize_f32(self, v: f32) -> Res {
        if v.is_finite() {
            self.0.f32(v)
        } else {
            self.0.null()
        }
    }
    fn serialize_f64(self, v: f64) -> Res {
        if v.is_finite() {
            self.0.f64(v)
        } else {
            self.0.null()
        }
    }
    fn serialize_char(self, v: char) -> Res {
        self.0.str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Res {
        self.0.str(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Res {
        self.0.begin_list(Some(v.len()))?;
        for &b in v {
            self.0.u64(b.into())?;
        }
        self.0.end_list()
    }
    fn serialize_none(self) -> Res {
        self.0.null()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Res {
        self.0.null()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Res {
        self.0.null()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Res {
        self.0.name(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Res {
        self.0.begin_dict(Some(1))?;
        self.0.field(variant)?;
        v.serialize(Walk(&mut *self.0))?;
        self.0.end_dict()
    }
    fn serialize_seq(self, len: Option<usize>) -> Res<Self> {
        self.0.begin_list(len)?;
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Res<Self> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Res<Self> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Res<Self> {
        self.0.begin_dict(Some(1))?;
        self.0.field(variant)?;
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, len: Option<usize>) -> Res<Self> {
        self.0.begin_dict(len)?;
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Res<Self> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Res<Self> {
        self.0.begin_dict(Some(1))?;
        self.0.field(variant)?;
        self.serialize_map(Some(len))
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, v: &T) -> Res {
        self.0.formatted(v, |sink, s| sink.str(s))
    }
}

#[path = "sink_parts.rs"]
mod parts;

#[cfg(test)]
#[path = "sink_tests.rs"]
mod tests;
