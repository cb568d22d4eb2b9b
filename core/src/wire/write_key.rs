//! A map's key: JSON has only string keys, so numbers and booleans are written quoted and every
//! other kind is refused — as serde_json does.

use super::{Res, Writer};
use crate::wire::stop::{float_key, not_a_key, Stop};
use serde::ser::{self, Impossible, Serialize};

pub(super) struct KeyWriter<'a>(pub(super) &'a mut Writer);

macro_rules! quoted {
    ($($f:ident: $t:ty),*) => {$(
        fn $f(self, v: $t) -> Res {
            self.0.string(itoa::Buffer::new().format(v))
        }
    )*};
}

macro_rules! refused {
    ($($f:ident($($t:ty),*) -> $r:ty),*) => {$(
        fn $f(self, $(_: $t),*) -> Res<$r> {
            not_a_key()
        }
    )*};
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Impossible<(), Stop>;
    type SerializeTuple = Impossible<(), Stop>;
    type SerializeTupleStruct = Impossible<(), Stop>;
    type SerializeTupleVariant = Impossible<(), Stop>;
    type SerializeMap = Impossible<(), Stop>;
    type SerializeStruct = Impossible<(), Stop>;
    type SerializeStructVariant = Impossible<(), Stop>;

    fn serialize_str(self, v: &str) -> Res {
        self.0.string(v)
    }
    fn serialize_char(self, v: char) -> Res {
        self.0.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_bool(self, v: bool) -> Res {
        self.0.string(if v { "true" } else { "false" })
    }
    quoted!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128);
    fn serialize_f32(self, v: f32) -> Res {
        float_key(v, |t| self.0.string(t))
    }
    fn serialize_f64(self, v: f64) -> Res {
        float_key(v, |t| self.0.string(t))
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Res {
        self.0.string(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Res {
        not_a_key()
    }
    refused!(serialize_bytes(&[u8]) -> (), serialize_none() -> (), serialize_unit() -> (),
        serialize_unit_struct(&'static str) -> (),
        serialize_seq(Option<usize>) -> Impossible<(), Stop>,
        serialize_tuple(usize) -> Impossible<(), Stop>,
        serialize_tuple_struct(&'static str, usize) -> Impossible<(), Stop>,
        serialize_tuple_variant(&'static str, u32, &'static str, usize)
            -> Impossible<(), Stop>,
        serialize_map(Option<usize>) -> Impossible<(), Stop>,
        serialize_struct(&'static str, usize) -> Impossible<(), Stop>,
        serialize_struct_variant(&'static str, u32, &'static str, usize)
            -> Impossible<(), Stop>);
}
