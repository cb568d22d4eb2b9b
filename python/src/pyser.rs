//! The engine's typed answer built straight into Python objects — dicts, lists, strings and
//! numbers, what `json.loads` of the JSON door's text gives, with no text between.
//!
//! The core walks the answer ([`zhengwu::wire::sink`]) and hands this builder one event per
//! value; the builder keeps the open dicts and lists on a stack (the elements of every open list
//! on one shared stack, so a list costs no allocation of its own before it is made). It counts
//! the bytes the JSON text would have (serde_json's compact form), so that an answer over
//! `max_output_bytes` is refused as the JSON door refuses it.

use crate::intern::{Held, Tables};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyList, PyString};
use std::fmt;
use zhengwu::wire::sink::Sink;
use zhengwu::wire::Stop;

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

/// The length of `s` as serde_json writes it, quotes included.
pub(crate) fn escaped_len(s: &str) -> usize {
    zhengwu::wire::json_str_len(s)
}

fn digits(mut n: u64) -> usize {
    let mut d = 1;
    while n >= 10 {
        d += 1;
        n /= 10;
    }
    d
}

/// A container being built.
enum Frame<'py> {
    /// A list whose elements are `items[start..]`.
    List { start: usize },
    /// A dict, the key of its next value, and whether it has any yet (for the text's commas).
    Dict {
        dict: Bound<'py, PyDict>,
        key: Option<Bound<'py, PyString>>,
        first: bool,
    },
}

/// Builds one answer's Python objects.
pub(crate) struct PySink<'py> {
    py: Python<'py>,
    /// The bytes the JSON text would have so far, and the most allowed.
    used: usize,
    max: usize,
    /// The thread's tables of strings, held while the answer is built.
    strings: Held,
    frames: Vec<Frame<'py>>,
    items: Vec<Bound<'py, PyAny>>,
    root: Option<Bound<'py, PyAny>>,
    fault: Option<Fault>,
}

impl<'py> PySink<'py> {
    pub(crate) fn new(py: Python<'py>, max: usize) -> Self {
        PySink {
            py,
            used: 0,
            max,
            strings: Tables::take(),
            frames: Vec::new(),
            items: Vec::new(),
            root: None,
            fault: None,
        }
    }

    /// The built object, or why there is none.
    pub(crate) fn finish(self, walked: Result<(), Stop>) -> Result<Bound<'py, PyAny>, Fault> {
        match (walked, self.fault) {
            (_, Some(f)) => Err(f),
            (Err(e), None) => Err(Fault::Other(e.to_string())),
            (Ok(()), None) => self
                .root
                .filter(|_| self.frames.is_empty())
                .ok_or_else(|| Fault::Other("an answer left unfinished".into())),
        }
    }

    fn refuse(&mut self, f: Fault) -> Stop {
        self.fault = Some(f);
        Stop::Door
    }

    fn take(&mut self, n: usize) -> Result<(), Stop> {
        self.used += n;
        if self.used > self.max {
            Err(self.refuse(Fault::OverBudget))
        } else {
            Ok(())
        }
    }

    /// A value into the open container (or as the answer itself).
    fn put(&mut self, v: Bound<'py, PyAny>) -> Result<(), Stop> {
        match self.frames.last_mut() {
            Some(Frame::List { start }) => {
                let comma = self.items.len() > *start;
                self.items.push(v);
                self.take(usize::from(comma))
            }
            Some(Frame::Dict { dict, key, .. }) => {
                let Some(k) = key.take() else {
                    return Err(self.refuse(Fault::Other("a dict value without its key".into())));
                };
                match dict.set_item(k, v) {
                    Ok(()) => Ok(()),
                    Err(e) => Err(self.refuse(Fault::Python(e))),
                }
            }
            None => {
                self.root = Some(v);
                Ok(())
            }
        }
    }

    /// The next key of the open dict, `json` its length in the text.
    fn set_key(&mut self, k: Bound<'py, PyString>, json: usize) -> Result<(), Stop> {
        let Some(Frame::Dict { key, first, .. }) = self.frames.last_mut() else {
            return Err(self.refuse(Fault::Other("a key outside a dict".into())));
        };
        let comma = !*first;
        *first = false;
        *key = Some(k);
        self.take(json + 1 + usize::from(comma))
    }

    fn int(&mut self, neg: bool, abs: u64, obj: Bound<'py, PyAny>) -> Result<(), Stop> {
        self.take(usize::from(neg) + digits(abs))?;
        self.put(obj)
    }
}

impl Sink for PySink<'_> {
    fn null(&mut self) -> Result<(), Stop> {
        self.take(4)?;
        self.put(self.py.None().into_bound(self.py))
    }
    fn bool(&mut self, v: bool) -> Result<(), Stop> {
        self.take(if v { 4 } else { 5 })?;
        self.put(PyBool::new(self.py, v).to_owned().into_any())
    }
    fn i64(&mut self, v: i64) -> Result<(), Stop> {
        let obj = v
            .into_pyobject(self.py)
            .map_or_else(|e| match e {}, Bound::into_any);
        self.int(v < 0, v.unsigned_abs(), obj)
    }
    fn u64(&mut self, v: u64) -> Result<(), Stop> {
        let obj = v
            .into_pyobject(self.py)
            .map_or_else(|e| match e {}, Bound::into_any);
        self.int(false, v, obj)
    }
    fn f32(&mut self, v: f32) -> Result<(), Stop> {
        self.take(serde_json::to_string(&v).map_or(24, |t| t.len()))?;
        self.put(PyFloat::new(self.py, f64::from(v)).into_any())
    }
    fn f64(&mut self, v: f64) -> Result<(), Stop> {
        self.take(serde_json::to_string(&v).map_or(24, |t| t.len()))?;
        self.put(PyFloat::new(self.py, v).into_any())
    }
    fn str(&mut self, v: &str) -> Result<(), Stop> {
        if v.len() > crate::intern::TEXT_MAX {
            // Counted before it is made: a text past the budget is never copied.
            self.take(escaped_len(v))?;
            return self.put(PyString::new(self.py, v).into_any());
        }
        let (o, json) = self.strings.text(self.py, v);
        self.take(json)?;
        self.put(o.into_any())
    }
    fn name(&mut self, v: &'static str) -> Result<(), Stop> {
        let (o, json) = self.strings.name(self.py, v);
        self.take(json)?;
        self.put(o.into_any())
    }
    fn begin_list(&mut self, _: Option<usize>) -> Result<(), Stop> {
        self.take(2)?;
        self.frames.push(Frame::List {
            start: self.items.len(),
        });
        Ok(())
    }
    fn end_list(&mut self) -> Result<(), Stop> {
        let Some(Frame::List { start }) = self.frames.pop() else {
            return Err(self.refuse(Fault::Other("a list closed that was not open".into())));
        };
        match PyList::new(self.py, self.items.drain(start..)) {
            Ok(list) => self.put(list.into_any()),
            Err(e) => Err(self.refuse(Fault::Python(e))),
        }
    }
    fn begin_dict(&mut self, _: Option<usize>) -> Result<(), Stop> {
        self.take(2)?;
        self.frames.push(Frame::Dict {
            dict: PyDict::new(self.py),
            key: None,
            first: true,
        });
        Ok(())
    }
    fn key(&mut self, k: &str) -> Result<(), Stop> {
        // A map's keys (a flattened struct's fields among them) repeat from answer to answer:
        // kept like short texts, so that a repeated key costs no decode and no new hash.
        let (o, json) = self.strings.text(self.py, k);
        self.set_key(o, json)
    }
    fn field(&mut self, k: &'static str) -> Result<(), Stop> {
        let (o, json) = self.strings.name(self.py, k);
        self.set_key(o, json)
    }
    fn end_dict(&mut self) -> Result<(), Stop> {
        let Some(Frame::Dict { dict, .. }) = self.frames.pop() else {
            return Err(self.refuse(Fault::Other("a dict closed that was not open".into())));
        };
        self.put(dict.into_any())
    }
}
