//! Native module `zhengwu._native`: the engine and its JSON door. The typed Python API lives in
//! the pure-Python facade (`python/zhengwu/__init__.py`); this module stays small.

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

create_exception!(
    _native,
    ZhengwuError,
    PyValueError,
    "An error from zhengwu: `.code` is the stable dotted code, `.path` the place in the input."
);

fn to_py_err(py: Python<'_>, e: zhengwu::Error) -> PyErr {
    let err = ZhengwuError::new_err(e.to_string());
    let value = err.value(py);
    // Setting attributes on a fresh exception instance cannot fail in practice; if it ever did,
    // the exception still carries the code and message in its text.
    let _ = value.setattr("code", e.code().as_str());
    let _ = value.setattr("path", e.path());
    let _ = value.setattr("message", e.message());
    err
}

/// The engine: calendar, policy profile and catalog, immutable and shareable across threads.
#[pyclass(frozen, module = "zhengwu._native", name = "Engine")]
struct Engine {
    inner: zhengwu::Engine,
    config: Option<String>,
}

#[pymethods]
impl Engine {
    #[new]
    #[pyo3(signature = (config_json=None))]
    fn new(py: Python<'_>, config_json: Option<String>) -> PyResult<Self> {
        let text = config_json.clone().unwrap_or_default();
        let inner = py
            .detach(|| zhengwu::Engine::from_config_json(&text))
            .map_err(|e| to_py_err(py, e))?;
        Ok(Engine {
            inner,
            config: config_json,
        })
    }

    /// Runs `op` on JSON text and returns JSON text; the GIL is released while it runs.
    fn call_json(&self, py: Python<'_>, op: &str, input: &str) -> PyResult<String> {
        py.detach(|| self.inner.call_json(op, input))
            .map_err(|e| to_py_err(py, e))
    }

    /// The configuration this engine was built from (JSON text), for pickling.
    #[getter]
    fn config_json(&self) -> Option<String> {
        self.config.clone()
    }
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Engine>()?;
    m.add("ZhengwuError", m.py().get_type::<ZhengwuError>())?;
    m.add("__version__", zhengwu::VERSION)?;
    m.add("ABI_VERSION", zhengwu::ABI_VERSION)?;
    Ok(())
}
