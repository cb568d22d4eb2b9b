use super::*;
use proptest::prelude::*;
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeMap;

fn same<T: Serialize + ?Sized>(v: &T) {
    let ours = to_json_bounded(v, usize::MAX).unwrap();
    assert_eq!(ours, serde_json::to_string(v).unwrap());
}

#[test]
fn every_ascii_byte_at_every_offset_after_wide_text() {
    for b in 0u8..0x80 {
        for at in 0..35 {
            let mut s = "办".repeat(at % 3) + &"a".repeat(at);
            s.push(b as char);
            s.push_str("件事");
            same(&s);
        }
    }
}

#[test]
fn every_kind_of_value_as_serde_json_writes_it() {
    #[derive(Serialize)]
    enum E {
        Unit,
        New(u8),
        Tuple(i8, f32),
        Struct { a: Option<f64> },
    }
    struct Bytes(&'static [u8]);
    impl Serialize for Bytes {
        fn serialize<S: ser::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            s.serialize_bytes(self.0)
        }
    }
    same(&Bytes(&[0, 9, 255]));
    #[derive(Serialize)]
    struct S<'a> {
        #[serde(rename = "类型")]
        kind: E,
        bytes: &'a [u8],
        c: char,
        t: (u128, i128),
        unit: (),
        skipped: Option<u8>,
        floats: [f64; 5],
    }
    same(&S {
        kind: E::Unit,
        bytes: &[0, 255],
        c: '\u{1}',
        t: (u128::MAX, i128::MIN),
        unit: (),
        skipped: None,
        floats: [0.1, -0.0, 1e300, f64::NAN, f64::INFINITY],
    });
    same(&[
        E::New(7),
        E::Tuple(-1, 0.1),
        E::Struct { a: Some(2.5) },
        E::Unit,
    ]);
    same(
        &json!({"a": [], "b": {}, "c": [null, true, false, -3, 18446744073709551615u64, 1.5],
        "\"\\\n": "\u{7f}\u{1f}\u{0}"}),
    );
    let keys: BTreeMap<i32, bool> = [(-1, true), (2, false)].into_iter().collect();
    same(&keys);
    let keys: BTreeMap<bool, u8> = [(true, 1)].into_iter().collect();
    same(&keys);
    let keys: BTreeMap<char, u8> = [('"', 1)].into_iter().collect();
    same(&keys);
}

#[test]
fn keys_json_cannot_hold_are_refused() {
    let m: BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into_iter().collect();
    assert!(matches!(
        to_json_bounded(&m, usize::MAX),
        Err(Stop::Refused(_))
    ));
    assert!(serde_json::to_string(&m).is_err());
    let m: Vec<(f64, u8)> = vec![(f64::NAN, 1)];
    let m: BTreeMap<String, Vec<(f64, u8)>> = [("a".into(), m)].into_iter().collect();
    same(&m);
}

#[test]
fn stops_at_the_limit_and_not_before() {
    let v = json!({"事项": ["一件事", "a\"b"], "n": 12});
    let text = serde_json::to_string(&v).unwrap();
    assert_eq!(to_json_bounded(&v, text.len()).unwrap(), text);
    for max in 0..text.len() {
        assert!(matches!(to_json_bounded(&v, max), Err(Stop::Over)), "{max}");
    }
}

proptest! {
    #[test]
    fn any_value_as_serde_json_writes_it(v in super::super::test_values::value()) {
        prop_assert_eq!(to_json_bounded(&v, usize::MAX).unwrap(), serde_json::to_string(&v).unwrap());
    }
}
