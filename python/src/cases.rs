//! Cases as columns (电子监察 for analysts): packed little-endian buffers in and out, the GIL
//! released while the core works.

use crate::{to_py_err, Engine};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use zhengwu::case::{self, CaseColumns};

fn ints<T>(
    b: &[u8],
    width: usize,
    what: &str,
    f: impl Fn(&[u8]) -> T,
) -> Result<Vec<T>, zhengwu::Error> {
    if b.len() % width != 0 {
        return Err(zhengwu::Error::new(
            zhengwu::ErrorCode::InputInvalidValue,
            crate::texts::Said::NotMultiple { what, width }.to_string(),
        )
        .at(what));
    }
    Ok(b.chunks_exact(width).map(f).collect())
}

fn i64s(b: &[u8], what: &str) -> Result<Vec<i64>, zhengwu::Error> {
    ints(b, 8, what, |c| {
        i64::from_le_bytes(c.try_into().unwrap_or([0; 8]))
    })
}

fn u32s(b: &[u8], what: &str) -> Result<Vec<u32>, zhengwu::Error> {
    ints(b, 4, what, |c| {
        u32::from_le_bytes(c.try_into().unwrap_or([0; 4]))
    })
}

type Out<'py> = (
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Option<String>,
);

fn le<T: Copy>(v: &[T], f: impl Fn(T) -> Vec<u8>) -> Vec<u8> {
    v.iter().flat_map(|x| f(*x)).collect()
}

/// Supervises cases given as columns (see `zhengwu.case.CaseColumns`): `matter` u32 indexes into
/// `matter_codes`; dates i64 days since 1970-01-01 (i64::MIN for none); counts u32; `evaluation`
/// u8. Returns status u8, accepted/promised_due/statutory_due/delivery_due/handling i64, on_time
/// i8, findings u32, and with `with_stats` the `case.stats` JSON of the rows.
#[pyfunction]
#[pyo3(signature = (engine, matter_codes, matter, received, first_supplement, supplements, accepted, pause_from, pause_to, extension, decided, delivered, visits, evaluation, today, coerce, with_stats))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn case_columns<'py>(
    py: Python<'py>,
    engine: PyRef<'_, Engine>,
    matter_codes: Vec<String>,
    matter: &[u8],
    received: &[u8],
    first_supplement: &[u8],
    supplements: &[u8],
    accepted: &[u8],
    pause_from: &[u8],
    pause_to: &[u8],
    extension: &[u8],
    decided: &[u8],
    delivered: &[u8],
    visits: &[u8],
    evaluation: &[u8],
    today: i64,
    coerce: bool,
    with_stats: bool,
) -> PyResult<Out<'py>> {
    let e = &engine.inner;
    let r = py.detach(|| {
        e.scoped(|| {
            zhengwu::Error::guard(|| {
                let codes: Vec<&str> = matter_codes.iter().map(String::as_str).collect();
                let (m, rc, fs, sp, ac) = (
                    u32s(matter, "matter")?,
                    i64s(received, "received")?,
                    i64s(first_supplement, "first_supplement")?,
                    u32s(supplements, "supplements")?,
                    i64s(accepted, "accepted")?,
                );
                let (pf, pt, ex, dc, dl, vs) = (
                    i64s(pause_from, "pause_from")?,
                    i64s(pause_to, "pause_to")?,
                    u32s(extension, "extension")?,
                    i64s(decided, "decided")?,
                    i64s(delivered, "delivered")?,
                    u32s(visits, "visits")?,
                );
                let cols = CaseColumns {
                    matter_codes: &codes,
                    matter: &m,
                    received: &rc,
                    first_supplement: &fs,
                    supplements: &sp,
                    accepted: &ac,
                    pause_from: &pf,
                    pause_to: &pt,
                    extension: &ex,
                    decided: &dc,
                    delivered: &dl,
                    visits: &vs,
                    evaluation,
                };
                let mut rows = Vec::new();
                let mut keep = |mt, row| rows.push((mt, row));
                let out = case::supervise_columns(
                    e.catalog(),
                    e.calendar(),
                    &cols,
                    today,
                    coerce,
                    if with_stats { Some(&mut keep) } else { None },
                )?;
                let stats = if with_stats {
                    let s = case::stats(e.catalog(), rows);
                    Some(s.to_json()?)
                } else {
                    None
                };
                Ok((out, stats))
            })
        })
    });
    let (o, stats) = r.map_err(|x| to_py_err(py, &x))?;
    let b = |v: Vec<u8>| PyBytes::new(py, &v);
    let i = |v: &[i64]| b(le(v, |x| x.to_le_bytes().to_vec()));
    Ok((
        b(o.status.clone()),
        i(&o.accepted),
        i(&o.promised_due),
        i(&o.statutory_due),
        i(&o.delivery_due),
        i(&o.handling),
        b(le(&o.on_time, |x| x.to_le_bytes().to_vec())),
        b(le(&o.findings, |x| x.to_le_bytes().to_vec())),
        stats,
    ))
}
