//! The dict door without JSON text: Python objects read straight into the engine's input, the
//! answer built straight into Python objects.
//!
//! The text route (`json.dumps`, `call_json`, `json.loads`) is the reference: this path takes only
//! what it reads exactly as `json.dumps` writes it — exact `dict` with `str` keys, `list`,
//! `tuple`, `str`, `int` within 64 bits, finite `float`, `bool`, `None` — and only while the
//! input is clearly inside the engine's limits, counted as the text would count (bytes, nesting,
//! values). Anything else returns `None` and the caller takes the text route, whose answers and
//! errors are then the ones given. The answer is built by `pyser.rs`.

use crate::pyser::escaped_len;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::{Map, Number, Value};
use zhengwu::engine::Limits;

/// What the text of an input would hold: its bytes (an upper bound where a float's `repr` length
/// is not worked out), its values as the limits count them (containers and separators).
struct Count {
    bytes: usize,
    values: usize,
    max_depth: usize,
}

/// The longest `repr` of a finite float (`-2.2250738585072014e-308`).
const FLOAT_REPR_MAX: usize = 24;

/// The input as a JSON value, or `None` where the text route must decide.
pub(crate) fn input(obj: &Bound<'_, PyAny>, limits: &Limits) -> Option<Value> {
    let mut c = Count {
        bytes: 0,
        values: 0,
        max_depth: limits.max_depth,
    };
    let v = read(obj, 1, &mut c)?;
    (c.bytes <= limits.max_input_bytes && c.values <= limits.max_input_values).then_some(v)
}

fn read(obj: &Bound<'_, PyAny>, depth: usize, c: &mut Count) -> Option<Value> {
    if obj.is_none() {
        c.bytes += 4;
        return Some(Value::Null);
    }
    if let Ok(s) = obj.cast_exact::<PyString>() {
        let s = s.to_cow().ok()?;
        c.bytes += escaped_len(&s);
        return Some(Value::String(s.into_owned()));
    }
    if let Ok(b) = obj.cast_exact::<PyBool>() {
        let b = b.is_true();
        c.bytes += if b { 4 } else { 5 };
        return Some(Value::Bool(b));
    }
    if obj.is_exact_instance_of::<PyInt>() {
        let n = if let Ok(i) = obj.extract::<i64>() {
            Number::from(i)
        } else {
            Number::from(obj.extract::<u64>().ok()?)
        };
        c.bytes += n.to_string().len();
        return Some(Value::Number(n));
    }
    if let Ok(f) = obj.cast_exact::<PyFloat>() {
        let n = Number::from_f64(f.value())?;
        c.bytes += FLOAT_REPR_MAX;
        return Some(Value::Number(n));
    }
    if depth > c.max_depth {
        return None;
    }
    if let Ok(d) = obj.cast_exact::<PyDict>() {
        let mut m = Map::with_capacity(d.len());
        c.values += 1 + d.len().saturating_sub(1);
        c.bytes += 2 + d.len().saturating_sub(1);
        for (k, v) in d.iter() {
            let k = k.cast_exact::<PyString>().ok()?.to_cow().ok()?;
            c.bytes += escaped_len(&k) + 1;
            let v = read(&v, depth + 1, c)?;
            m.insert(k.into_owned(), v);
        }
        return Some(Value::Object(m));
    }
    let items: Vec<Bound<'_, PyAny>> = if let Ok(l) = obj.cast_exact::<PyList>() {
        l.iter().collect()
    } else if let Ok(t) = obj.cast_exact::<PyTuple>() {
        t.iter().collect()
    } else {
        return None;
    };
    c.values += 1 + items.len().saturating_sub(1);
    c.bytes += 2 + items.len().saturating_sub(1);
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        out.push(read(x, depth + 1, c)?);
    }
    Some(Value::Array(out))
}

/// The input as JSON text, for an operation the engine reads straight from text (no value tree
/// between), or `None` where the value way must decide: the same exact types as [`input`] but
/// floats, at most `max_input_bytes` of text — the bytes of the text route's own text, which is
/// written the same way — and `max_depth` of nesting (the engine counts the rest on the text).
pub(crate) fn text(obj: &Bound<'_, PyAny>, limits: &Limits) -> Option<String> {
    let what = In {
        obj,
        depth: 1,
        max_depth: limits.max_depth,
    };
    zhengwu::wire::write::to_json_bounded(&what, limits.max_input_bytes).ok()
}

/// A Python object written as JSON text: only what [`read`] reads.
struct In<'a, 'py> {
    obj: &'a Bound<'py, PyAny>,
    depth: usize,
    max_depth: usize,
}

impl<'py> In<'_, 'py> {
    fn inner<'b>(&self, obj: &'b Bound<'py, PyAny>) -> In<'b, 'py> {
        In {
            obj,
            depth: self.depth + 1,
            max_depth: self.max_depth,
        }
    }
}

impl serde::Serialize for In<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeMap, SerializeSeq};
        let other = || S::Error::custom("not read as JSON");
        let obj = self.obj;
        if obj.is_none() {
            return s.serialize_unit();
        }
        if let Ok(t) = obj.cast_exact::<PyString>() {
            return s.serialize_str(&t.to_cow().map_err(|_| other())?);
        }
        if let Ok(b) = obj.cast_exact::<PyBool>() {
            return s.serialize_bool(b.is_true());
        }
        if obj.is_exact_instance_of::<PyInt>() {
            if let Ok(i) = obj.extract::<i64>() {
                return s.serialize_i64(i);
            }
            return s.serialize_u64(obj.extract::<u64>().map_err(|_| other())?);
        }
        // A float's text here (shortest round trip) may be shorter than Python's `repr` the text
        // route counts against the limits: an input with one takes the value way, which counts
        // floats at their longest.
        if self.depth > self.max_depth {
            return Err(other());
        }
        if let Ok(d) = obj.cast_exact::<PyDict>() {
            let mut m = s.serialize_map(Some(d.len()))?;
            for (k, v) in d.iter() {
                let k = k.cast_exact::<PyString>().map_err(|_| other())?;
                m.serialize_entry(&*k.to_cow().map_err(|_| other())?, &self.inner(&v))?;
            }
            return m.end();
        }
        let items: Vec<Bound<'_, PyAny>> = if let Ok(l) = obj.cast_exact::<PyList>() {
            l.iter().collect()
        } else if let Ok(t) = obj.cast_exact::<PyTuple>() {
            t.iter().collect()
        } else {
            return Err(other());
        };
        let mut q = s.serialize_seq(Some(items.len()))?;
        for x in &items {
            q.serialize_element(&self.inner(x))?;
        }
        q.end()
    }
}
