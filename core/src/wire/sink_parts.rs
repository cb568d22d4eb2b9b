//! The containers of a [`Walk`](super::Walk), and a map's keys: JSON has only text keys, so
//! numbers and booleans are given as their text and every other kind is refused, as the JSON
//! door's writer does.

use super::{Ctx, Impossible, Res, Serialize, Walk};
use crate::wire::stop::{float_key, not_a_key, Stop};
use serde::ser;

/// The list-like containers: each value is an element; a tuple variant closes its list and the
/// dict around it.
macro_rules! elements {
    ($($tr:ident :: $f:ident => $($close:ident),+;)*) => {$(
        impl ser::$tr for Walk<'_, '_> {
            type Ok = ();
            type Error = Stop;
            fn $f<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
                v.serialize(Walk(&mut *self.0))
            }
            fn end(self) -> Res {
                $(self.0.$close()?;)+
                Ok(())
            }
        }
    )*};
}

elements! {
    SerializeSeq::serialize_element => end_list;
    SerializeTuple::serialize_element => end_list;
    SerializeTupleStruct::serialize_field => end_list;
    SerializeTupleVariant::serialize_field => end_list, end_dict;
}

impl ser::SerializeMap for Walk<'_, '_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Res {
        k.serialize(Key(&mut *self.0))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        v.serialize(Walk(&mut *self.0))
    }
    fn end(self) -> Res {
        self.0.end_dict()
    }
}

/// The struct-like containers: each value follows its field's name; a struct variant closes
/// its dict and the one around it.
macro_rules! fields {
    ($($tr:ident => $($close:ident),+;)*) => {$(
        impl ser::$tr for Walk<'_, '_> {
            type Ok = ();
            type Error = Stop;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, k: &'static str, v: &T) -> Res {
                self.0.field(k)?;
                v.serialize(Walk(&mut *self.0))
            }
            fn end(self) -> Res {
                $(self.0.$close()?;)+
                Ok(())
            }
        }
    )*};
}

fields! {
    SerializeStruct => end_dict;
    SerializeStructVariant => end_dict, end_dict;
}

/// A map's key.
struct Key<'a, 'b>(&'a mut Ctx<'b>);

impl Key<'_, '_> {
    fn text(self, v: impl std::fmt::Display) -> Res {
        self.0.formatted(&v, |sink, s| sink.key(s))
    }
}

macro_rules! as_text {
    ($($f:ident: $t:ty),*) => {$(
        fn $f(self, v: $t) -> Res {
            self.text(v)
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

type No = Impossible<(), Stop>;

impl ser::Serializer for Key<'_, '_> {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = No;
    type SerializeTuple = No;
    type SerializeTupleStruct = No;
    type SerializeTupleVariant = No;
    type SerializeMap = No;
    type SerializeStruct = No;
    type SerializeStructVariant = No;

    fn serialize_str(self, v: &str) -> Res {
        self.0.key(v)
    }
    fn serialize_char(self, v: char) -> Res {
        self.0.key(v.encode_utf8(&mut [0; 4]))
    }
    as_text!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128);
    fn serialize_f32(self, v: f32) -> Res {
        float_key(v, |t| self.0.key(t))
    }
    fn serialize_f64(self, v: f64) -> Res {
        float_key(v, |t| self.0.key(t))
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Res {
        self.0.field(variant)
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
    fn collect_str<T: std::fmt::Display + ?Sized>(self, v: &T) -> Res {
        self.text(v)
    }
    refused!(serialize_bytes(&[u8]) -> (), serialize_none() -> (), serialize_unit() -> (),
        serialize_unit_struct(&'static str) -> (), serialize_seq(Option<usize>) -> No,
        serialize_tuple(usize) -> No, serialize_tuple_struct(&'static str, usize) -> No,
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> No,
        serialize_map(Option<usize>) -> No, serialize_struct(&'static str, usize) -> No,
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> No);
}
