//! Writing an answer as compact JSON text, bounded.
//!
//! The text is byte for byte what `serde_json::to_string` writes (the conformance corpus holds
//! every door to it, and a property test here holds the two writers equal), with two
//! differences in how it gets there:
//!
//! - it is written into a `String`, not a byte vector, so the answer needs no UTF-8 check at the
//!   end (every piece pushed is already text: for a 13 KB merged form, mostly Chinese, that
//!   check was a sixth of the JSON door);
//! - a text with nothing to escape — almost every text an answer holds — is found so in blocks
//!   of 16 bytes and copied whole, where serde_json looks each byte up in its escape table.
//!
//! Writing stops at `max` bytes: no answer is ever held beyond the limit.

use serde::ser::{self, Serialize};

use super::stop::Stop;

type Res<T = ()> = std::result::Result<T, Stop>;

/// `value` as compact JSON text of at most `max` bytes.
pub fn to_json_bounded<T: Serialize + ?Sized>(value: &T, max: usize) -> Res<String> {
    let mut w = Writer {
        out: String::with_capacity(256),
        max,
        plain_names: [(0, 0); NAME_SLOTS],
    };
    value.serialize(&mut w)?;
    Ok(w.out)
}

/// Slots of the table of field names found to need no escaping.
const NAME_SLOTS: usize = 32;

struct Writer {
    out: String,
    max: usize,
    /// Field names (address and length: they are fixed in the program, so an address is never
    /// another name's) already found to need no escaping: a struct's fields repeat in every
    /// element of a list, and each is checked once per answer.
    plain_names: [(usize, usize); NAME_SLOTS],
}

impl Writer {
    #[inline]
    fn push(&mut self, s: &str) -> Res {
        if self.out.len() + s.len() > self.max {
            return Err(Stop::Over);
        }
        self.out.push_str(s);
        Ok(())
    }

    /// A JSON string: quoted, with `"`, `\` and the control characters escaped as serde_json
    /// escapes them. The common case — nothing to escape, room left — is small enough to be
    /// inlined where it is called.
    #[inline]
    fn string(&mut self, s: &str) -> Res {
        if plain(s.as_bytes()) && self.out.len() + s.len() + 2 <= self.max {
            self.out.reserve(s.len() + 2);
            self.out.push('"');
            self.out.push_str(s);
            self.out.push('"');
            Ok(())
        } else {
            self.escaped(s)
        }
    }

    /// A field name and its colon.
    #[inline]
    fn key(&mut self, k: &'static str) -> Res {
        let id = (k.as_ptr() as usize, k.len());
        let slot = ((id.0 >> 3) ^ id.1) % NAME_SLOTS;
        let known = self.plain_names[slot] == id || {
            let p = plain(k.as_bytes());
            if p {
                self.plain_names[slot] = id;
            }
            p
        };
        if known && self.out.len() + k.len() + 3 <= self.max {
            self.out.reserve(k.len() + 3);
            self.out.push('"');
            self.out.push_str(k);
            self.out.push_str("\":");
            Ok(())
        } else {
            self.escaped(k)?;
            self.push(":")
        }
    }

    /// A JSON string with something to escape, or that may not fit.
    #[cold]
    #[inline(never)]
    fn escaped(&mut self, s: &str) -> Res {
        if self.out.len() + s.len() + 2 > self.max {
            return Err(Stop::Over);
        }
        self.push("\"")?;
        let mut run = 0;
        for (i, &b) in s.as_bytes().iter().enumerate() {
            let esc: &str = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                0x08 => "\\b",
                b'\t' => "\\t",
                b'\n' => "\\n",
                0x0C => "\\f",
                b'\r' => "\\r",
                0..=0x1F => "",
                _ => continue,
            };
            // Every byte that ends a run is ASCII, so the run is whole characters.
            self.push(&s[run..i])?;
            run = i + 1;
            if esc.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let u = [
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 0xF)],
                ];
                self.push(std::str::from_utf8(&u).unwrap_or_default())?;
            } else {
                self.push(esc)?;
            }
        }
        self.push(&s[run..])?;
        self.push("\"")
    }
}

/// Whether no byte needs escaping. Texts of 16 bytes or more are folded in blocks of 16 without
/// an early exit (the compiler turns that into vector compares), the last block overlapping the
/// one before; shorter ones are tested 8 bytes at a time in a word, also overlapping.
#[inline]
fn plain(b: &[u8]) -> bool {
    #[inline]
    fn ok(c: u8) -> bool {
        c >= 0x20 && c != b'"' && c != b'\\'
    }
    #[inline]
    fn block_ok(block: &[u8]) -> bool {
        block.iter().fold(true, |a, &c| a & ok(c))
    }
    /// Whether no byte of the word is below 0x20, a quote or a backslash (exact for the word as a
    /// whole, the classic "has a byte less than n" and "has a zero byte" tests).
    #[inline]
    fn word_ok(x: u64) -> bool {
        const ONES: u64 = u64::MAX / 255;
        const HIGH: u64 = ONES * 0x80;
        let zero = |y: u64| y.wrapping_sub(ONES) & !y & HIGH;
        let below = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        (below | zero(x ^ (ONES * u64::from(b'"'))) | zero(x ^ (ONES * u64::from(b'\\')))) == 0
    }
    let n = b.len();
    let word = |at: usize| {
        b.get(at..at + 8)
            .map_or(0, |w| u64::from_le_bytes(w.try_into().unwrap_or_default()))
    };
    let half = |at: usize| {
        b.get(at..at + 4)
            .map_or(0, |w| u32::from_le_bytes(w.try_into().unwrap_or_default()))
    };
    if n >= 16 {
        let mut all = true;
        for block in b.chunks_exact(16) {
            all &= block_ok(block);
        }
        all && block_ok(&b[n - 16..])
    } else if n >= 8 {
        word_ok(word(0)) && word_ok(word(n - 8))
    } else if n >= 4 {
        word_ok(u64::from(half(0)) | u64::from(half(n - 4)) << 32)
    } else {
        b.iter().all(|&c| ok(c))
    }
}

macro_rules! int {
    ($($f:ident: $t:ty),*) => {$(
        fn $f(self, v: $t) -> Res {
            self.push(itoa::Buffer::new().format(v))
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Res {
        self.push(if v { "true" } else { "false" })
    }
    int!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128);
    fn serialize_f32(self, v: f32) -> Res {
        if v.is_finite() {
            self.push(zmij::Buffer::new().format_finite(v))
        } else {
            self.push("null")
        }
    }
    fn serialize_f64(self, v: f64) -> Res {
        if v.is_finite() {
            self.push(zmij::Buffer::new().format_finite(v))
        } else {
            self.push("null")
        }
    }
    fn serialize_char(self, v: char) -> Res {
        self.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Res {
        self.string(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Res {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Res {
        self.push("null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Res {
        self.push("null")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Res {
        self.push("null")
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Res {
        self.string(variant)
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
        self.push("{")?;
        self.string(variant)?;
        self.push(":")?;
        v.serialize(&mut *self)?;
        self.push("}")
    }
    fn serialize_seq(self, _: Option<usize>) -> Res<Compound<'a>> {
        Compound::open(self, None, "[", "]")
    }
    fn serialize_tuple(self, len: usize) -> Res<Compound<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Res<Compound<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Res<Compound<'a>> {
        Compound::open(self, Some(variant), "[", "]}")
    }
    fn serialize_map(self, _: Option<usize>) -> Res<Compound<'a>> {
        Compound::open(self, None, "{", "}")
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Res<Compound<'a>> {
        Compound::open(self, None, "{", "}")
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Res<Compound<'a>> {
        Compound::open(self, Some(variant), "{", "}}")
    }
}

/// An array or object being written.
pub struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
    close: &'static str,
}

impl<'a> Compound<'a> {
    fn open(
        w: &'a mut Writer,
        variant: Option<&str>,
        open: &str,
        close: &'static str,
    ) -> Res<Self> {
        if let Some(v) = variant {
            w.push("{")?;
            w.string(v)?;
            w.push(":")?;
        }
        w.push(open)?;
        Ok(Compound {
            w,
            first: true,
            close,
        })
    }
    #[inline]
    fn comma(&mut self) -> Res {
        if self.first {
            self.first = false;
            Ok(())
        } else {
            self.w.push(",")
        }
    }
    fn element<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        self.comma()?;
        v.serialize(&mut *self.w)
    }
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Res {
        self.comma()?;
        self.w.key(key)?;
        v.serialize(&mut *self.w)
    }
    fn close(self) -> Res {
        self.w.push(self.close)
    }
}

/// The list-like containers: each value is an element.
macro_rules! elements {
    ($($tr:ident :: $f:ident),*) => {$(
        impl ser::$tr for Compound<'_> {
            type Ok = ();
            type Error = Stop;
            fn $f<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
                self.element(v)
            }
            fn end(self) -> Res {
                self.close()
            }
        }
    )*};
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Res {
        self.comma()?;
        key.serialize(KeyWriter(&mut *self.w))?;
        self.w.push(":")
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        v.serialize(&mut *self.w)
    }
    fn end(self) -> Res {
        self.close()
    }
}

/// The struct-like containers: each value follows its field's name.
macro_rules! fields {
    ($($tr:ident),*) => {$(
        impl ser::$tr for Compound<'_> {
            type Ok = ();
            type Error = Stop;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Res {
                self.field(key, v)
            }
            fn end(self) -> Res {
                self.close()
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);

#[path = "write_key.rs"]
mod key;
use key::KeyWriter;

#[cfg(test)]
#[path = "write_tests.rs"]
mod tests;
