//! The calendar's batch kernels over packed little-endian columns (期限计算 over an analyst's
//! table), written straight into the answer's bytes with the GIL released. A million rows handed
//! over whole cost more in fresh memory than in the calendar, so long columns go in slices: the
//! facade hands `add_workdays` slices of `_batch._CHUNK` rows (sparing the copies of its
//! inputs too); the deadline kernel, whose facade packs four columns, slices them here in
//! [`SLICE`] rows through reused buffers.

use crate::{check_len, i64s, item_error, texts, to_py_err, Engine, NAT};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

/// Rows per slice where a kernel goes through a long column in slices (the facade's
/// `_batch._CHUNK` is the same).
const SLICE: usize = 1 << 16;

/// Batch add (see `Engine.add_workdays_batch`).
pub(crate) fn add_workdays<'py>(
    engine: &Engine,
    py: Python<'py>,
    dates: &[u8],
    days: &[u8],
    coerce: bool,
    first_row: usize,
) -> PyResult<Bound<'py, PyBytes>> {
    let cal = engine.inner.calendar();
    let shape = || -> Result<(usize, usize), zhengwu::Error> {
        let n = check_len(dates, "dates")?;
        let m = check_len(days, "days")?;
        if m != n && m != 1 {
            return Err(zhengwu::Error::new(
                zhengwu::ErrorCode::InputInvalidValue,
                texts::Said::DayCounts {
                    dates: n,
                    counts: m,
                }
                .to_string(),
            )
            .at("days"));
        }
        Ok((n, m))
    };
    let (n, m) = engine.inner.scoped(shape).map_err(|e| to_py_err(py, &e))?;
    // Written straight into the answer's bytes with the GIL released: no second buffer, no
    // copy. Rows that pass take the fast path; a failing row is asked again for its error.
    let fill = |out: &mut [u8]| -> Result<(), zhengwu::Error> {
        let one = i64s(days).next().unwrap_or(0);
        let mut counts = i64s(days);
        for (i, (slot, d)) in out.chunks_exact_mut(8).zip(i64s(dates)).enumerate() {
            let add = if m == 1 {
                one
            } else {
                counts.next().unwrap_or(0)
            };
            let v = match cal.try_add_workdays_epoch(d, add) {
                Some(v) => v,
                // A missing date (NaT) is missing out, whatever `coerce` says.
                None if d == NAT => NAT,
                None => match cal.add_workdays_epoch(d, add) {
                    Ok(v) => v,
                    Err(_) if coerce => NAT,
                    Err(e) => return Err(item_error("dates", first_row.saturating_add(i), e)),
                },
            };
            slot.copy_from_slice(&v.to_le_bytes());
        }
        Ok(())
    };
    PyBytes::new_with(py, n * 8, |out| {
        py.detach(|| engine.inner.scoped(|| zhengwu::Error::guard(|| fill(out))))
            .map_err(|e| to_py_err(py, &e))
    })
}

/// Batch deadlines (see `Engine.deadline_batch`): starts, counts, pause_from, pause_to.
pub(crate) fn deadline<'py>(
    engine: &Engine,
    py: Python<'py>,
    (starts, counts, pause_from, pause_to): (&[u8], &[u8], &[u8], &[u8]),
    workdays: bool,
    coerce: bool,
) -> PyResult<(Bound<'py, PyBytes>, Bound<'py, PyBytes>)> {
    let cal = engine.inner.calendar();
    let e = &engine.inner;
    let shape = || -> Result<usize, zhengwu::Error> {
        let n = check_len(starts, "start")?;
        for (b, what) in [
            (counts, "counts"),
            (pause_from, "pause_from"),
            (pause_to, "pause_to"),
        ] {
            check_len(b, what)?;
        }
        Ok(n)
    };
    let n = e.scoped(shape).map_err(|x| to_py_err(py, &x))?;
    // In slices of SLICE rows through reused buffers, written straight into the answer's
    // bytes: a million rows handed over whole cost more in fresh memory than in the calendar.
    let fill = |due: &mut [u8], paused: &mut [u8]| -> Result<(), zhengwu::Error> {
        let col = |b: &[u8], at: usize, len: usize, into: &mut Vec<i64>| {
            into.clear();
            if b.len() == 8 && n != 1 {
                into.extend(i64s(b)); // one for all rows
            } else if !b.is_empty() {
                into.extend(i64s(b.get(at * 8..(at + len) * 8).unwrap_or(b)));
            }
        };
        if (counts.len() != 8 && counts.len() != n * 8)
            || [pause_from, pause_to]
                .iter()
                .any(|p| !p.is_empty() && p.len() != n * 8)
        {
            // Lengths that do not agree: the whole columns, for the core to say which.
            let all = |b: &[u8]| i64s(b).collect::<Vec<i64>>();
            let slice = (
                &all(starts)[..],
                &all(counts)[..],
                &all(pause_from)[..],
                &all(pause_to)[..],
            );
            let mut out = zhengwu::calendar::DeadlineColumns::default();
            return zhengwu::calendar::deadline_rows(cal, 0, slice, workdays, coerce, &mut out);
        }
        let (mut s, mut c, mut f, mut t) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut out = zhengwu::calendar::DeadlineColumns::default();
        for at in (0..n).step_by(SLICE) {
            let len = SLICE.min(n - at);
            col(starts, at, len, &mut s);
            col(counts, at, len, &mut c);
            col(pause_from, at, len, &mut f);
            col(pause_to, at, len, &mut t);
            out.due.clear();
            out.paused_days.clear();
            zhengwu::calendar::deadline_rows(
                cal,
                at,
                (&s, &c, &f, &t),
                workdays,
                coerce,
                &mut out,
            )?;
            for (k, (d, p)) in out.due.iter().zip(&out.paused_days).enumerate() {
                let o = (at + k) * 8;
                due[o..o + 8].copy_from_slice(&d.to_le_bytes());
                paused[o..o + 8].copy_from_slice(&p.to_le_bytes());
            }
        }
        Ok(())
    };
    let mut paused_bytes = None;
    let due = PyBytes::new_with(py, n * 8, |due| {
        let paused = PyBytes::new_with(py, n * 8, |paused| {
            py.detach(|| e.scoped(|| zhengwu::Error::guard(|| fill(due, paused))))
                .map_err(|x| to_py_err(py, &x))
        })?;
        paused_bytes = Some(paused);
        Ok(())
    })?;
    let paused = paused_bytes.unwrap_or_else(|| PyBytes::new(py, &[]));
    Ok((due, paused))
}
