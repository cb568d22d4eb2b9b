//! A map's key: JSON has only string keys, so numbers and booleans are written quoted and every
//! other kind is refused — as serde_json does.

use super::{Res, WriteError, Writer};
use serde::ser::{self, Impossible, Serialize};

pub(super) struct KeyWriter<'a>(pub(super) &'a mut Writer);

fn not_a_string<T>() -> Res<T> {
    Err(WriteError::Refused("key must be a string".into()))
}

fn not_finite() -> Res {
    Err(WriteError::Refused("float key must be finite".into()))
}

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
            not_a_string()
        }
    )*};
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = Impossible<(), WriteError>;
    type SerializeTuple = Impossible<(), WriteError>;
    type SerializeTupleStruct = Impossible<(), WriteError>;
    type SerializeTupleVariant = Impossible<(), WriteError>;
    type SerializeMap = Impossible<(), WriteError>;
    type SerializeStruct = Impossible<(), WriteError>;
    type SerializeStructVariant = Impossible<(), WriteError>;

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
        if !v.is_finite() {
            return not_finite();
        }
        self.0.string(zmij::Buffer::new().format_finite(v))
    }
    fn serialize_f64(self, v: f64) -> Res {
        if !v.is_finite() {
            return not_finite();
        }
        self.0.string(zmij::Buffer::new().format_finite(v))
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
        not_a_string()
    }
    refused!(serialize_bytes(&[u8]) -> (), serialize_none() -> (), serialize_unit() -> (),
        serialize_unit_struct(&'static str) -> (),
        serialize_seq(Option<usize>) -> Impossible<(), WriteError>,
        serialize_tuple(usize) -> Impossible<(), WriteError>,
        serialize_tuple_struct(&'static str, usize) -> Impossible<(), WriteError>,
        serialize_tuple_variant(&'static str, u32, &'static str, usize)
            -> Impossible<(), WriteError>,
        serialize_map(Option<usize>) -> Impossible<(), WriteError>,
        serialize_struct(&'static str, usize) -> Impossible<(), WriteError>,
        serialize_struct_variant(&'static str, u32, &'static str, usize)
            -> Impossible<(), WriteError>);
}
