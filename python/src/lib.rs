//! Native module `zhengwu._native`: the engine, its JSON door, and batch kernels that take and
//! return packed little-endian buffers (so a NumPy column crosses without a Python object per
//! element, and the work runs with the GIL released). The typed Python API lives in the facade
//! (`python/zhengwu/__init__.py`); this module stays small.

mod cases;
mod credit;
mod form;
mod ids;
mod intern;
mod kernels;
mod pyser;
mod texts;
mod value;

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

create_exception!(
    zhengwu._native,
    ZhengwuError,
    PyValueError,
    "An error from zhengwu: `.code` is the stable dotted code, `.path` the place in the input."
);
create_exception!(
    zhengwu._native,
    InputError,
    ZhengwuError,
    "Malformed input (input.*, op.unknown)."
);
create_exception!(
    zhengwu._native,
    ConfigError,
    ZhengwuError,
    "A configuration was refused (config.*)."
);
create_exception!(
    zhengwu._native,
    CalendarError,
    ZhengwuError,
    "A calendar rule refused (calendar.*)."
);
create_exception!(
    zhengwu._native,
    CatalogError,
    ZhengwuError,
    "A catalog was refused (catalog.*)."
);
create_exception!(
    zhengwu._native,
    CommitmentError,
    ZhengwuError,
    "A commitment rule refused (commitment.*)."
);
create_exception!(
    zhengwu._native,
    CreditError,
    ZhengwuError,
    "A credit rule refused (credit.*)."
);
create_exception!(
    zhengwu._native,
    FormError,
    ZhengwuError,
    "A form rule refused (form.*)."
);
create_exception!(
    zhengwu._native,
    CaseError,
    ZhengwuError,
    "A case's events were refused (case.*)."
);
create_exception!(
    zhengwu._native,
    InternalError,
    ZhengwuError,
    "An internal fault (internal.panic)."
);

pub(crate) fn to_py_err(py: Python<'_>, e: &zhengwu::Error) -> PyErr {
    let msg = e.to_string();
    use zhengwu::Area;
    let err = match e.code().area() {
        Area::Input | Area::Op | Area::Explain => InputError::new_err(msg),
        Area::Config => ConfigError::new_err(msg),
        Area::Calendar => CalendarError::new_err(msg),
        Area::Catalog => CatalogError::new_err(msg),
        Area::Commitment => CommitmentError::new_err(msg),
        Area::Credit => CreditError::new_err(msg),
        Area::Form => FormError::new_err(msg),
        Area::Case => CaseError::new_err(msg),
        Area::Internal => InternalError::new_err(msg),
    };
    let value = err.value(py);
    // Setting attributes on a fresh exception instance does not fail; if it ever did, the
    // exception still carries code and message in its text.
    let _ = value.setattr("code", e.code().as_str());
    let _ = value.setattr("path", e.path());
    let _ = value.setattr("message", e.message());
    err
}

/// The engine: calendar, policy profile and catalog, immutable and shareable across threads.
#[pyclass(frozen, module = "zhengwu._native", name = "Engine")]
pub(crate) struct Engine {
    pub(crate) inner: zhengwu::Engine,
    config: Option<String>,
}

/// NumPy's NaT (and the value failed items get when errors are coerced).
pub(crate) const NAT: i64 = i64::MIN;

/// The little-endian i64 values of a packed buffer (its length already checked).
pub(crate) fn i64s(b: &[u8]) -> impl Iterator<Item = i64> + '_ {
    b.chunks_exact(8).map(le_i64)
}

/// One little-endian i64 of an 8-byte chunk; inlined into the kernels' loops (called as a
/// function per row it cost more than the calendar's own work).
#[inline(always)]
fn le_i64(c: &[u8]) -> i64 {
    i64::from_le_bytes(c.try_into().unwrap_or([0; 8]))
}

pub(crate) fn item_error(field: &str, i: usize, e: zhengwu::Error) -> zhengwu::Error {
    e.at(format!("{field}[{i}]"))
}

pub(crate) fn check_len(bytes: &[u8], what: &str) -> Result<usize, zhengwu::Error> {
    if bytes.len() % 8 != 0 {
        return Err(zhengwu::Error::new(
            zhengwu::ErrorCode::InputInvalidValue,
            texts::Said::NotMultiple { what, width: 8 }.to_string(),
        ));
    }
    Ok(bytes.len() / 8)
}

#[pymethods]
impl Engine {
    #[new]
    #[pyo3(signature = (config_json=None))]
    fn new(py: Python<'_>, config_json: Option<String>) -> PyResult<Self> {
        let text = config_json.clone().unwrap_or_default();
        let inner = py
            .detach(|| zhengwu::Engine::from_config_json(&text))
            .map_err(|e| to_py_err(py, &e))?;
        Ok(Engine {
            inner,
            config: config_json,
        })
    }

    /// Runs `op` on JSON text and returns JSON text; the GIL is released while it runs.
    fn call_json(&self, py: Python<'_>, op: &str, input: &str) -> PyResult<String> {
        py.detach(|| zhengwu::Error::guard(|| self.inner.call_json(op, input)))
            .map_err(|e| to_py_err(py, &e))
    }

    /// Runs `op` on a dict and returns a dict, with no JSON text between: the input read straight
    /// from the Python objects (`value.rs`), the typed answer written straight into Python objects
    /// (`pyser.rs`). A batch's items are worked out with the GIL released (into a value, then
    /// objects); a single answer is written as it is built. `None` when the input or the answer
    /// must take the text route (see `value.rs`), which the caller then takes.
    fn call_value<'py>(
        &self,
        py: Python<'py>,
        op: &str,
        input: &Bound<'py, PyAny>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        let e = &self.inner;
        let limits = e.limits();
        let found = zhengwu::engine::OPS.iter().find(|o| o.name == op);
        let batch = found.is_some_and(|o| o.batch.is_some());
        if found.is_some_and(|o| o.text.is_some()) && !batch {
            if let Some(built) = call_text_way(e, py, op, input)? {
                return Ok(Some(built));
            }
        }
        let Some(v) = value::input(input, limits) else {
            return Ok(None);
        };
        if batch {
            let answer = py
                .detach(|| zhengwu::Error::guard(|| e.call(op, &v)))
                .map_err(|x| to_py_err(py, &x))?;
            build(py, limits, |sink| zhengwu::wire::sink::write(&answer, sink))
        } else {
            let reply = py
                .detach(|| zhengwu::Error::guard(|| e.call_reply(op, &v)))
                .map_err(|x| to_py_err(py, &x))?;
            build(py, limits, |sink| e.scoped(|| reply.write_to(sink)))
        }
    }

    /// The configuration this engine was built from (JSON text), for pickling.
    #[getter]
    fn config_json(&self) -> Option<String> {
        self.config.clone()
    }

    /// The last day of official data (days since 1970-01-01): later days are projected.
    fn official_end_epoch(&self) -> i64 {
        zhengwu::date::to_epoch_days(self.inner.calendar().official_end())
    }

    /// Whether a day (days since 1970-01-01) is a working day.
    fn is_workday_epoch(&self, py: Python<'_>, days: i64) -> PyResult<bool> {
        zhengwu::calendar::entry::is_workday(self.inner.calendar(), days)
            .map_err(|e| to_py_err(py, &e))
    }

    /// The `n`-th working day after a day; days since 1970-01-01 in and out.
    fn add_workdays_epoch(&self, py: Python<'_>, days: i64, n: i64) -> PyResult<i64> {
        zhengwu::calendar::entry::add_workdays(self.inner.calendar(), days, n)
            .map_err(|e| to_py_err(py, &e))
    }

    /// Working days between two days (days since 1970-01-01).
    fn workdays_between_epoch(&self, py: Python<'_>, a: i64, b: i64) -> PyResult<i64> {
        zhengwu::calendar::entry::workdays_between(self.inner.calendar(), a, b)
            .map_err(|e| to_py_err(py, &e))
    }

    /// Batch add: `dates` and `days` are packed little-endian i64 (days since 1970-01-01 and
    /// day counts; `days` may hold one value for all). Returns packed i64 dates. With `coerce`,
    /// failed items become NaT; otherwise the first failure raises with its index in `path`,
    /// counted from `first_row` (the row of `dates[0]` when a column goes in slices).
    #[pyo3(signature = (dates, days, coerce, first_row = 0))]
    fn add_workdays_batch<'py>(
        &self,
        py: Python<'py>,
        dates: &[u8],
        days: &[u8],
        coerce: bool,
        first_row: usize,
    ) -> PyResult<Bound<'py, PyBytes>> {
        kernels::add_workdays(self, py, dates, days, coerce, first_row)
    }

    /// Batch count: packed i64 starts and ends (days since 1970-01-01); packed i64 counts out
    /// (i64::MIN for failed items when coerced).
    fn workdays_between_batch<'py>(
        &self,
        py: Python<'py>,
        starts: &[u8],
        ends: &[u8],
        coerce: bool,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let cal = self.inner.calendar();
        bytes_kernel(py, Some(&self.inner), || {
            let n = check_len(starts, "starts")?;
            if check_len(ends, "ends")? != n {
                return Err(zhengwu::Error::new(
                    zhengwu::ErrorCode::InputInvalidValue,
                    texts::Said::StartsEnds.to_string(),
                )
                .at("ends"));
            }
            let mut out = Vec::with_capacity(n * 8);
            for (i, (a, b)) in i64s(starts).zip(i64s(ends)).enumerate() {
                put_i64(
                    &mut out,
                    if a == NAT || b == NAT {
                        Ok(NAT)
                    } else {
                        cal.workdays_between_epoch(a, b)
                    },
                    coerce,
                    "starts",
                    i,
                )?;
            }
            Ok(out)
        })
    }

    /// Batch deadlines: packed i64 starts, counts (one or one per row), pause_from and pause_to
    /// (NaT for none); packed i64 due dates and paused days out (NaT for missing rows).
    #[allow(clippy::too_many_arguments)]
    fn deadline_batch<'py>(
        &self,
        py: Python<'py>,
        starts: &[u8],
        counts: &[u8],
        workdays: bool,
        pause_from: &[u8],
        pause_to: &[u8],
        coerce: bool,
    ) -> PyResult<(Bound<'py, PyBytes>, Bound<'py, PyBytes>)> {
        kernels::deadline(
            self,
            py,
            (starts, counts, pause_from, pause_to),
            workdays,
            coerce,
        )
    }

    /// Batch is-workday: packed i64 dates in; one byte per item out (1, 0, or 255 for a missing
    /// date or, when coerced, after a failure).
    fn is_workday_batch<'py>(
        &self,
        py: Python<'py>,
        dates: &[u8],
        coerce: bool,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let cal = self.inner.calendar();
        bytes_kernel(py, Some(&self.inner), || {
            let n = check_len(dates, "dates")?;
            let mut out = Vec::with_capacity(n);
            for (i, x) in i64s(dates).enumerate() {
                if x == NAT {
                    out.push(255);
                    continue;
                }
                match cal.is_workday_epoch(x) {
                    Ok(w) => out.push(u8::from(w)),
                    Err(_) if coerce => out.push(255),
                    Err(e) => return Err(item_error("dates", i, e)),
                }
            }
            Ok(out)
        })
    }
}

/// Runs a batch kernel with the GIL released and panics caught (`internal.panic`); its packed
/// output becomes `bytes`, its error a `ZhengwuError`.
/// Bytes for Python from a column the core built.
pub(crate) fn bytes_vec(py: Python<'_>, v: Vec<u8>) -> Bound<'_, PyBytes> {
    PyBytes::new(py, &v)
}

fn bytes_kernel<'py>(
    py: Python<'py>,
    engine: Option<&zhengwu::Engine>,
    kernel: impl FnOnce() -> Result<Vec<u8>, zhengwu::Error> + Send,
) -> PyResult<Bound<'py, PyBytes>> {
    py.detach(|| scoped(engine, || zhengwu::Error::guard(kernel)))
        .map(|b| PyBytes::new(py, &b))
        .map_err(|e| to_py_err(py, &e))
}

/// Runs `f` in the engine's language (the default engine's, Chinese, without one): the messages
/// made on the way are said in it.
fn scoped<R>(engine: Option<&zhengwu::Engine>, f: impl FnOnce() -> R) -> R {
    match engine {
        Some(e) => e.scoped(f),
        None => f(),
    }
}

/// Appends one little-endian i64 result: the value, NaT for a failure when coercing, else the
/// failure with the item's index in its path.
fn put_i64(
    out: &mut Vec<u8>,
    r: Result<i64, zhengwu::Error>,
    coerce: bool,
    field: &str,
    i: usize,
) -> Result<(), zhengwu::Error> {
    match r {
        Ok(v) => out.extend_from_slice(&v.to_le_bytes()),
        Err(_) if coerce => out.extend_from_slice(&NAT.to_le_bytes()),
        Err(e) => return Err(item_error(field, i, e)),
    }
    Ok(())
}

fn valid_batch<'py>(
    py: Python<'py>,
    joined: &[u8],
    count: usize,
    check: fn(&str) -> bool,
) -> PyResult<Bound<'py, PyBytes>> {
    bytes_kernel(py, None, || {
        // `count` items joined by NULs take at least count − 1 bytes: a larger count is a caller
        // error, refused before anything is allocated for it.
        if count > joined.len().saturating_add(1) {
            return Err(zhengwu::Error::new(
                zhengwu::ErrorCode::InputInvalidValue,
                texts::Said::CannotJoin {
                    count,
                    bytes: joined.len(),
                }
                .to_string(),
            ));
        }
        let mut out = Vec::with_capacity(count);
        if count > 0 {
            for part in joined.split(|&b| b == 0) {
                out.push(u8::from(std::str::from_utf8(part).is_ok_and(check)));
            }
        }
        if out.len() != count {
            return Err(zhengwu::Error::new(
                zhengwu::ErrorCode::InputInvalidValue,
                texts::Said::CountFoundNul {
                    count,
                    found: out.len(),
                }
                .to_string(),
            ));
        }
        Ok(out)
    })
}

/// Validity of `count` resident ID numbers joined by NUL bytes; one byte (1/0) per item out.
#[pyfunction]
fn resident_valid_batch<'py>(
    py: Python<'py>,
    joined: &[u8],
    count: usize,
) -> PyResult<Bound<'py, PyBytes>> {
    valid_batch(py, joined, count, zhengwu::id::is_valid_resident_id)
}

/// Validity of `count` USCCs joined by NUL bytes; one byte (1/0) per item out.
#[pyfunction]
fn uscc_valid_batch<'py>(
    py: Python<'py>,
    joined: &[u8],
    count: usize,
) -> PyResult<Bound<'py, PyBytes>> {
    valid_batch(py, joined, count, zhengwu::id::is_valid_uscc)
}

/// Whether one resident ID number is valid.
#[pyfunction]
fn is_valid_resident_id(id: &str) -> bool {
    zhengwu::id::is_valid_resident_id(id)
}

/// Reads a 事项清单 workbook (.xlsx, or a .csv of matters) into the catalog's JSON text; a fault
/// is `catalog.invalid` located by sheet, row and column heading.
/// `headings`: the host's column names beside the built-in ones (other name → standard heading).
#[pyfunction]
#[pyo3(signature = (path, headings=None))]
fn catalog_from_xlsx(
    py: Python<'_>,
    path: std::path::PathBuf,
    headings: Option<Vec<(String, String)>>,
) -> PyResult<String> {
    let names = zhengwu_sheets::headings::Headings::new().with(headings.unwrap_or_default());
    let budget = zhengwu_sheets::budget::Budget::default();
    py.detach(|| {
        zhengwu_sheets::read_catalog_named(&path, &budget, &names).map(|i| i.catalog.to_string())
    })
    .map_err(|m| {
        to_py_err(
            py,
            &zhengwu::Error::new(zhengwu::ErrorCode::CatalogInvalid, m),
        )
    })
}

/// Writes a catalog (JSON text) as a 事项清单 workbook in the layout `catalog_from_xlsx` reads.
#[pyfunction]
fn catalog_to_xlsx(py: Python<'_>, catalog_json: &str, path: std::path::PathBuf) -> PyResult<()> {
    let v: serde_json::Value = serde_json::from_str(catalog_json).map_err(|e| {
        to_py_err(
            py,
            &zhengwu::Error::new(zhengwu::ErrorCode::InputInvalidJson, e.to_string()),
        )
    })?;
    py.detach(|| zhengwu_sheets::write_catalog(&path, &v))
        .map_err(|m| {
            to_py_err(
                py,
                &zhengwu::Error::new(zhengwu::ErrorCode::InputInvalidValue, m),
            )
        })
}

/// Whether one USCC is valid.
#[pyfunction]
fn is_valid_uscc(code: &str) -> bool {
    zhengwu::id::is_valid_uscc(code)
}

/// Masks a resident ID number for display.
#[pyfunction]
fn mask_resident_id(id: &str) -> String {
    zhengwu::id::mask_resident_id(id)
}

/// Text safe to show: every resident ID number in it masked (the one egress rule of the core,
/// [`zhengwu::egress::text`]); Python's own messages pass through it.
#[pyfunction]
fn mask_text(text: &str) -> String {
    zhengwu::egress::text(text).into_owned()
}

/// Reads a regular file of at most `max_bytes` as UTF-8 text ([`zhengwu::ingress`]): a FIFO,
/// a device or a directory is refused before it is opened, and the read stops at the budget.
#[pyfunction]
fn read_text_file(py: Python<'_>, path: std::path::PathBuf, max_bytes: usize) -> PyResult<String> {
    let name = format!("{:?}", zhengwu::egress::text(&path.display().to_string()));
    py.detach(|| zhengwu::ingress::read_text(&path, max_bytes))
        .map_err(|f| to_py_err(py, &f.to_error(zhengwu::ErrorCode::ConfigInvalid, &name)))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Engine>()?;
    m.add_class::<form::Form>()?;
    m.add("ZhengwuError", py.get_type::<ZhengwuError>())?;
    m.add("InputError", py.get_type::<InputError>())?;
    m.add("ConfigError", py.get_type::<ConfigError>())?;
    m.add("CalendarError", py.get_type::<CalendarError>())?;
    m.add("CatalogError", py.get_type::<CatalogError>())?;
    m.add("CommitmentError", py.get_type::<CommitmentError>())?;
    m.add("CreditError", py.get_type::<CreditError>())?;
    m.add("FormError", py.get_type::<FormError>())?;
    m.add("CaseError", py.get_type::<CaseError>())?;
    m.add("InternalError", py.get_type::<InternalError>())?;
    m.add_function(wrap_pyfunction!(cases::case_columns, m)?)?;
    m.add_function(wrap_pyfunction!(credit::credit_status_columns, m)?)?;
    m.add_function(wrap_pyfunction!(credit::credit_status_rows, m)?)?;
    // The wire names of the case enums, in order (the columnar answer's codes index them).
    use zhengwu::case::{CaseStatus, FindingKind, Grade};
    let statuses: Vec<&str> = CaseStatus::ALL.iter().map(|s| s.name()).collect();
    let findings: Vec<&str> = FindingKind::ALL.iter().map(|s| s.name()).collect();
    let grades: Vec<&str> = Grade::ALL.iter().map(|s| s.name()).collect();
    for (name, list) in [
        ("CASE_STATUSES", statuses),
        ("CASE_FINDINGS", findings),
        ("CASE_GRADES", grades),
    ] {
        m.add(name, list)?;
    }
    m.add_function(wrap_pyfunction!(resident_valid_batch, m)?)?;
    m.add_function(wrap_pyfunction!(ids::resident_columns, m)?)?;
    m.add_function(wrap_pyfunction!(catalog_from_xlsx, m)?)?;
    m.add_function(wrap_pyfunction!(catalog_to_xlsx, m)?)?;
    m.add_function(wrap_pyfunction!(ids::uscc_columns, m)?)?;
    m.add_function(wrap_pyfunction!(uscc_valid_batch, m)?)?;
    m.add_function(wrap_pyfunction!(is_valid_resident_id, m)?)?;
    m.add_function(wrap_pyfunction!(is_valid_uscc, m)?)?;
    m.add_function(wrap_pyfunction!(mask_resident_id, m)?)?;
    m.add_function(wrap_pyfunction!(mask_text, m)?)?;
    m.add_function(wrap_pyfunction!(read_text_file, m)?)?;
    m.add("__version__", zhengwu::VERSION)?;
    m.add("ABI_VERSION", zhengwu::ABI_VERSION)?;
    Ok(())
}

/// An answer built into Python objects by `walk`; `None` when the text route must say what went
/// wrong (over the output budget, the answer's own fault, a panic while writing).
fn build<'py>(
    py: Python<'py>,
    limits: &zhengwu::engine::Limits,
    walk: impl FnOnce(&mut pyser::PySink<'py>) -> Result<(), zhengwu::wire::Stop>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let mut sink = pyser::PySink::new(py, limits.max_output_bytes);
    let walked = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| walk(&mut sink))) {
        Ok(r) => r,
        Err(_) => return Ok(None),
    };
    match sink.finish(walked) {
        Ok(obj) => Ok(Some(obj)),
        Err(pyser::Fault::Python(x)) => Err(x),
        Err(_) => Ok(None),
    }
}

/// `call_value` for an operation the engine reads straight from text: the dict written as
/// JSON text in Rust (no value tree to build and drop), the typed answer built into Python
/// objects as `call_value` builds it. `None` where the value way must decide.
fn call_text_way<'py>(
    e: &zhengwu::Engine,
    py: Python<'py>,
    op: &str,
    input: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let limits = e.limits();
    let Some(text) = value::text(input, limits) else {
        return Ok(None);
    };
    let Some(reply) = py
        .detach(|| zhengwu::Error::guard(|| Ok(e.call_reply_text(op, &text))))
        .map_err(|x| to_py_err(py, &x))?
    else {
        return Ok(None);
    };
    let reply = reply.map_err(|x| to_py_err(py, &x))?;
    build(py, limits, |sink| e.scoped(|| reply.write_to(sink)))
}
