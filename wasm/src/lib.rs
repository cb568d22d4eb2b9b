//! WASM package `zhengwu`: the engine and its JSON door for browsers and Node.
//!
//! `call(op, input)` takes and returns plain JS objects (through `JSON.stringify`/`JSON.parse`,
//! so the bytes are those of every other door); `callJson` takes and returns text. Errors are
//! thrown as JS `Error`s with `code` and `path` properties.

use wasm_bindgen::prelude::*;

fn to_js_error(e: &zhengwu::Error) -> JsValue {
    let err = js_sys::Error::new(e.message());
    // Reflect::set on a fresh Error object does not fail.
    let _ = js_sys::Reflect::set(&err, &"code".into(), &e.code().as_str().into());
    let path: JsValue = e.path().map_or(JsValue::NULL, JsValue::from);
    let _ = js_sys::Reflect::set(&err, &"path".into(), &path);
    err.set_name("ZhengwuError");
    err.into()
}

fn stringify(v: &JsValue, what: &str) -> Result<String, JsValue> {
    if v.is_undefined() || v.is_null() {
        return Ok(String::new());
    }
    js_sys::JSON::stringify(v).map(String::from).map_err(|_| {
        to_js_error(&zhengwu::Error::new(
            zhengwu::ErrorCode::InputInvalidJson,
            format!("{what} cannot be written as JSON"),
        ))
    })
}

/// The zhengwu engine.
#[wasm_bindgen]
pub struct Engine {
    inner: zhengwu::Engine,
}

#[wasm_bindgen]
impl Engine {
    /// `new Engine(config?)`: embedded defaults, or `{calendar?, policy?}`.
    #[wasm_bindgen(constructor)]
    pub fn new(config: JsValue) -> Result<Engine, JsValue> {
        let text = stringify(&config, "config")?;
        zhengwu::Engine::from_config_json(&text)
            .map(|inner| Engine { inner })
            .map_err(|e| to_js_error(&e))
    }

    /// Runs `op` on a JS object and returns a JS object.
    pub fn call(&self, op: &str, input: JsValue) -> Result<JsValue, JsValue> {
        let text = stringify(&input, "input")?;
        let out = self
            .inner
            .call_json(op, &text)
            .map_err(|e| to_js_error(&e))?;
        js_sys::JSON::parse(&out)
    }

    /// Runs `op` on JSON text and returns JSON text, byte-identical to every other door.
    #[wasm_bindgen(js_name = callJson)]
    pub fn call_json(&self, op: &str, input: &str) -> Result<String, JsValue> {
        self.inner.call_json(op, input).map_err(|e| to_js_error(&e))
    }

    /// As `callJson`, but the answer is UTF-8 bytes (a `Uint8Array`): for hosts that pass the
    /// JSON on (a `fetch` body, a file, a worker) without making a JS string of it — building
    /// that string costs V8 about as much as a form merge.
    #[wasm_bindgen(js_name = callJsonBytes)]
    pub fn call_json_bytes(&self, op: &str, input: &str) -> Result<Vec<u8>, JsValue> {
        self.inner
            .call_json(op, input)
            .map(String::into_bytes)
            .map_err(|e| to_js_error(&e))
    }
}

/// The library version.
#[wasm_bindgen]
pub fn version() -> String {
    zhengwu::VERSION.to_string()
}
