//! 信用状况 as columns for analysts: many subjects' records in, the standing of each out as packed
//! little-endian buffers, the GIL released while the core decides (《天津市社会信用条例》 as the
//! core's `credit` module applies it).

use crate::{bytes_vec, check_len, i64s, ids, to_py_err, value, Engine, NAT};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList};
use std::cell::Cell;
use zhengwu::credit::{status::Inspection, CreditColumns};

/// The columns as bytes: blacklisted, severe, commitment_allowed, green_channel as u8 (1, 0,
/// 255 missing), inspection u8 (0 reduced, 1 normal, 2 increased, 255 missing), listed_since and
/// removal_eligible_on as i64 days (NaT missing).
fn packed(c: &CreditColumns) -> Vec<Vec<u8>> {
    let flags = |v: &[Option<bool>]| v.iter().map(|b| b.map_or(0xff, u8::from)).collect();
    let dates = |v: &[Option<chrono::NaiveDate>]| {
        let mut out = Vec::with_capacity(v.len() * 8);
        for d in v {
            out.extend_from_slice(&d.map_or(NAT, zhengwu::date::to_epoch_days).to_le_bytes());
        }
        out
    };
    let tier = c
        .inspection
        .iter()
        .map(|t| {
            t.map_or(0xff, |t| {
                Inspection::ALL
                    .iter()
                    .position(|x| *x == t)
                    .map_or(0xff, |k| k as u8)
            })
        })
        .collect();
    vec![
        flags(&c.blacklisted),
        flags(&c.severe),
        flags(&c.commitment_allowed),
        flags(&c.green_channel),
        tier,
        dates(&c.listed_since),
        dates(&c.removal_eligible_on),
    ]
}

/// Runs `work` with the GIL released and returns its columns as Python bytes.
fn columns<'py>(
    py: Python<'py>,
    engine: &Engine,
    work: impl FnOnce() -> Result<CreditColumns, zhengwu::Error> + Send,
) -> PyResult<Vec<Bound<'py, PyBytes>>> {
    let e = &engine.inner;
    let cols = py
        .detach(|| e.scoped(|| zhengwu::Error::guard(|| work().map(|c| packed(&c)))))
        .map_err(|x| to_py_err(py, &x))?;
    Ok(cols.into_iter().map(|c| bytes_vec(py, c)).collect())
}

/// Credit standing as columns: each subject's records as JSON text (joined by NULs or with
/// Arrow offsets; `missing` one byte per row), packed i64 `today` (one or one per row).
#[pyfunction]
#[pyo3(signature = (engine, joined, offsets, count, missing, today, coerce))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn credit_status_columns<'py>(
    py: Python<'py>,
    engine: PyRef<'_, Engine>,
    joined: &[u8],
    offsets: Option<&[u8]>,
    count: usize,
    missing: &[u8],
    today: &[u8],
    coerce: bool,
) -> PyResult<Vec<Bound<'py, PyBytes>>> {
    let e = &engine.inner;
    columns(py, &engine, || {
        let rows = ids::split(joined, offsets, count, missing)?;
        check_len(today, "today")?;
        let days: Vec<i64> = i64s(today).collect();
        zhengwu::credit::status_columns(&rows, &days, e.policy(), e.calendar(), coerce)
    })
}

/// The same columns from each subject's records as Python lists of dicts (`None` for a missing
/// row), each row read straight into the engine's value as the dict door reads it (`value.rs`,
/// within the engine's input limits) when its turn comes, and decided at once. `None` when a row
/// is anything else, and the caller then takes the text route, whose answers and errors are the
/// reference.
#[pyfunction]
pub(crate) fn credit_status_rows<'py>(
    py: Python<'py>,
    engine: PyRef<'_, Engine>,
    rows: &Bound<'py, PyList>,
    today: &[u8],
    coerce: bool,
) -> PyResult<Option<Vec<Bound<'py, PyBytes>>>> {
    let e = &engine.inner;
    let mut entries = Vec::with_capacity(rows.len());
    for row in rows.iter() {
        if row.is_none() {
            entries.push(None);
        } else if row.is_exact_instance_of::<PyList>() {
            entries.push(Some(row));
        } else {
            return Ok(None);
        }
    }
    let unread = Cell::new(false);
    let read = |row: &Bound<'py, PyAny>| match value::input(row, e.limits()) {
        Some(v) => zhengwu::credit::records_of_value(&v),
        None => {
            unread.set(true);
            Err(zhengwu::Error::new(
                zhengwu::ErrorCode::InputInvalidValue,
                String::new(),
            ))
        }
    };
    let work = || {
        check_len(today, "today")?;
        let days: Vec<i64> = i64s(today).collect();
        let c = zhengwu::credit::status_columns_with(
            &entries,
            &days,
            e.policy(),
            e.calendar(),
            coerce,
            read,
        )?;
        Ok(packed(&c))
    };
    let cols = e.scoped(|| zhengwu::Error::guard(work));
    if unread.get() {
        return Ok(None);
    }
    let cols = cols.map_err(|x| to_py_err(py, &x))?;
    Ok(Some(cols.into_iter().map(|c| bytes_vec(py, c)).collect()))
}
