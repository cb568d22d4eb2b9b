use super::*;
use proptest::prelude::*;
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// A door that builds `serde_json::Value`s: what it builds must be what serde_json builds.
#[derive(Default)]
struct Tree {
    stack: Vec<(Value, Option<String>)>,
    root: Option<Value>,
}

impl Tree {
    fn put(&mut self, v: Value) -> Res {
        match self.stack.last_mut() {
            Some((Value::Array(a), _)) => a.push(v),
            Some((Value::Object(m), key)) => {
                let k = key.take().ok_or(Stop::Door)?;
                m.insert(k, v);
            }
            Some(_) => return Err(Stop::Door),
            None => self.root = Some(v),
        }
        Ok(())
    }
    fn close(&mut self) -> Res {
        let (v, _) = self.stack.pop().ok_or(Stop::Door)?;
        self.put(v)
    }
}

impl Sink for Tree {
    fn null(&mut self) -> Res {
        self.put(Value::Null)
    }
    fn bool(&mut self, v: bool) -> Res {
        self.put(v.into())
    }
    fn i64(&mut self, v: i64) -> Res {
        self.put(v.into())
    }
    fn u64(&mut self, v: u64) -> Res {
        self.put(v.into())
    }
    fn f32(&mut self, v: f32) -> Res {
        self.put(v.into())
    }
    fn f64(&mut self, v: f64) -> Res {
        self.put(v.into())
    }
    fn str(&mut self, v: &str) -> Res {
        self.put(v.into())
    }
    fn name(&mut self, v: &'static str) -> Res {
        self.put(v.into())
    }
    fn begin_list(&mut self, _: Option<usize>) -> Res {
        self.stack.push((Value::Array(Vec::new()), None));
        Ok(())
    }
    fn end_list(&mut self) -> Res {
        self.close()
    }
    fn begin_dict(&mut self, _: Option<usize>) -> Res {
        self.stack.push((Value::Object(Map::new()), None));
        Ok(())
    }
    fn key(&mut self, k: &str) -> Res {
        match self.stack.last_mut() {
            Some((Value::Object(_), key @ None)) => {
                *key = Some(k.to_string());
                Ok(())
            }
            _ => Err(Stop::Door),
        }
    }
    fn field(&mut self, k: &'static str) -> Res {
        self.key(k)
    }
    fn end_dict(&mut self) -> Res {
        self.close()
    }
}

fn built<T: Serialize + ?Sized>(v: &T) -> Res<Value> {
    let mut t = Tree::default();
    write(v, &mut t)?;
    assert!(t.stack.is_empty());
    t.root.ok_or(Stop::Door)
}

fn same<T: Serialize + ?Sized>(v: &T) {
    assert_eq!(built(v).unwrap(), serde_json::to_value(v).unwrap());
}

#[test]
fn every_kind_of_value_as_serde_json_builds_it() {
    #[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
    enum E {
        Unit,
        New(u8),
        Tuple(i8, u32),
        Struct { a: Option<i64> },
    }
    /// Written by `collect_str`, as dates are.
    struct Shown(&'static str);
    impl Serialize for Shown {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            s.collect_str(self.0)
        }
    }
    #[derive(Serialize)]
    struct S {
        #[serde(rename = "类型")]
        kind: E,
        c: char,
        t: (u128, i128),
        unit: (),
        floats: [f64; 4],
        small: f32,
        date: Shown,
    }
    same(&S {
        kind: E::Unit,
        c: '\u{1}',
        t: (u128::from(u64::MAX), i128::from(i64::MIN)),
        unit: (),
        floats: [0.1, -0.0, f64::NAN, f64::INFINITY],
        small: 0.1,
        date: Shown("2024-10-01"),
    });
    same(&[
        E::New(7),
        E::Tuple(-1, 3),
        E::Struct { a: Some(-2) },
        E::Unit,
    ]);
    let keys: BTreeMap<i32, bool> = [(-1, true), (2, false)].into_iter().collect();
    same(&keys);
    let keys: BTreeMap<bool, u8> = [(true, 1)].into_iter().collect();
    same(&keys);
    let keys: BTreeMap<E, u8> = [(E::Unit, 1)].into_iter().collect();
    same(&keys);
    // Texts the walk formats itself share one buffer: a long one after a short one is whole.
    let long: &'static str = "办理一件事".repeat(40).leak();
    same(&[Shown("短"), Shown(long), Shown("短")]);
    same(&json!({ "k": long }));
}

#[test]
fn what_json_cannot_hold_is_refused() {
    let m: BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into_iter().collect();
    assert!(matches!(built(&m), Err(Stop::Refused(_))));
    assert!(matches!(built(&u128::MAX), Err(Stop::Refused(_))));
    assert!(matches!(built(&i128::MIN), Err(Stop::Refused(_))));
}

proptest! {
    #[test]
    fn any_value_as_serde_json_builds_it(v in super::super::test_values::value()) {
        prop_assert_eq!(built(&v).unwrap(), v);
    }
}
