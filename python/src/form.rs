//! A merged form held natively: parsed once, then prefilled, validated and split without being
//! sent or parsed again (only the values travel); answers and errors are the JSON door's.

use crate::{to_py_err, Engine};
use pyo3::prelude::*;

/// A merged form (一表申报) held natively.
#[pyclass(frozen, module = "zhengwu._native", name = "Form")]
pub(crate) struct Form {
    inner: zhengwu::form::Form,
}

#[pymethods]
impl Form {
    /// Reads a form from its JSON text (`form.merge`'s answer, or one stored).
    #[staticmethod]
    fn from_json(py: Python<'_>, engine: &Engine, text: &str) -> PyResult<Form> {
        py.detach(|| zhengwu::Error::guard(|| engine.inner.form_from_json(text)))
            .map(|inner| Form { inner })
            .map_err(|e| to_py_err(py, &e))
    }

    /// The form as JSON text, for storage.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        self.inner.to_json().map_err(|e| to_py_err(py, &e))
    }

    /// `form.validate` on this form; `values` is JSON text. The GIL is released while it runs.
    fn validate_json(&self, py: Python<'_>, engine: &Engine, values: &str) -> PyResult<String> {
        py.detach(|| zhengwu::Error::guard(|| engine.inner.form_validate_json(&self.inner, values)))
            .map_err(|e| to_py_err(py, &e))
    }

    /// `form.split` on this form.
    fn split_json(&self, py: Python<'_>, engine: &Engine, values: &str) -> PyResult<String> {
        py.detach(|| zhengwu::Error::guard(|| engine.inner.form_split_json(&self.inner, values)))
            .map_err(|e| to_py_err(py, &e))
    }

    /// `form.prefill` on this form; `shared` and `values` are JSON text.
    fn prefill_json(
        &self,
        py: Python<'_>,
        engine: &Engine,
        shared: &str,
        values: &str,
        overwrite: bool,
    ) -> PyResult<String> {
        py.detach(|| {
            zhengwu::Error::guard(|| {
                engine
                    .inner
                    .form_prefill_json(&self.inner, shared, values, overwrite)
            })
        })
        .map_err(|e| to_py_err(py, &e))
    }
}
