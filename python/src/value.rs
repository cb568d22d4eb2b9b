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
