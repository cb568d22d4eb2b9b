//! WASM package `zhengwu`: the engine and its JSON door for browsers and Node.
//!
//! `call(op, input)` takes and returns plain JS objects (through `JSON.stringify`/`JSON.parse`,
//! so the bytes are those of every other door); `callJson` takes and returns text. Errors are
//! thrown as JS `Error`s with `code` and `path` properties.

use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
mod alloc;
mod text;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: alloc::Allocator = alloc::Allocator::new();

fn to_js_error(e: &zhengwu::Error) -> JsValue {
    let err = js_sys::Error::new(e.message());
    // Reflect::set on a fresh Error object does not fail.
    let _ = js_sys::Reflect::set(&err, &"code".into(), &e.code().as_str().into());
    let path: JsValue = e.path().map_or(JsValue::NULL, JsValue::from);
    let _ = js_sys::Reflect::set(&err, &"path".into(), &path);
    err.set_name("ZhengwuError");
    err.into()
}

zhengwu::texts! {
    /// What the WASM door says about its arguments, in the engine's language.
    enum Said<'a> {
        NotJson { what: &'a str } => "{what} 无法写成 JSON", "{what} cannot be written as JSON";
        NotString { what: &'a str } => "{what} 须为字符串", "{what} must be a string";
        Surrogate { what: &'a str } => "{what} 中含有单独的代理字符，UTF-8 的 JSON 文本无法承载", "{what} holds a lone surrogate, which no JSON text in UTF-8 can carry";
        NotWhole { x: String } => "{x} 不是整数", "{x} is not a whole number";
    }
}

fn stringify(v: &JsValue, what: &str) -> Result<String, JsValue> {
    if v.is_undefined() || v.is_null() {
        return Ok(String::new());
    }
    let not_json = || {
        to_js_error(&zhengwu::Error::new(
            zhengwu::ErrorCode::InputInvalidJson,
            Said::NotJson { what }.to_string(),
        ))
    };
    // `JSON.stringify` throws on cycles and BigInts, and answers `undefined` for a function or
    // a symbol: both are refused alike.
    match js_sys::JSON::stringify(v) {
        Ok(s) if s.is_string() => Ok(text::utf8(&s)),
        _ => Err(not_json()),
    }
}

/// A string argument as Rust text: anything but a string is `input.wrong_type`, and a string with
/// a lone surrogate (which UTF-8 cannot hold) is `input.invalid_json` — what the object door
/// answers for the same text, instead of a silent U+FFFD.
fn text_arg(v: &impl AsRef<JsValue>, what: &str) -> Result<String, JsValue> {
    let Some(s) = JsValue::dyn_ref::<js_sys::JsString>(v.as_ref()) else {
        return Err(to_js_error(&zhengwu::Error::new(
            zhengwu::ErrorCode::InputWrongType,
            Said::NotString { what }.to_string(),
        )));
    };
    if !text::well_formed(s) {
        return Err(to_js_error(&zhengwu::Error::new(
            zhengwu::ErrorCode::InputInvalidJson,
            Said::Surrogate { what }.to_string(),
        )));
    }
    Ok(text::utf8(s))
}

/// The zhengwu engine.
#[wasm_bindgen]
pub struct Engine {
    inner: zhengwu::Engine,
}

#[wasm_bindgen]
impl Engine {
    /// `new Engine(config?)`: embedded defaults, or a configuration `{calendar?, calendar_years?,
    /// calendar_projection?, catalog?, policy?, limits?, fault_injection?}` (`calendar_files` needs a
    /// file system: the Node package reads the files and passes `calendar_years`).
    #[wasm_bindgen(constructor)]
    pub fn new(config: JsValue) -> Result<Engine, JsValue> {
        let text = stringify(&config, "config")?;
        zhengwu::Engine::from_config_json(&text)
            .map(|inner| Engine { inner })
            .map_err(|e| to_js_error(&e))
    }

    /// Runs `op` on a JS object and returns a JS object.
    pub fn call(&self, op: JsValue, input: JsValue) -> Result<JsValue, JsValue> {
        self.inner.scoped(|| {
            let op = text_arg(&op, "op")?;
            let text = stringify(&input, "input")?;
            let out = self
                .inner
                .call_json(&op, &text)
                .map_err(|e| to_js_error(&e))?;
            js_sys::JSON::parse(&out)
        })
    }

    /// Runs `op` on JSON text and returns JSON text, byte-identical to every other door.
    #[wasm_bindgen(js_name = callJson)]
    pub fn call_json(&self, op: JsValue, input: JsValue) -> Result<String, JsValue> {
        self.inner.scoped(|| {
            let (op, input) = (text_arg(&op, "op")?, text_arg(&input, "input")?);
            self.inner
                .call_json(&op, &input)
                .map_err(|e| to_js_error(&e))
        })
    }

    /// As `callJson`, but the answer is UTF-8 bytes (a `Uint8Array`): for hosts that pass the
    /// JSON on (a `fetch` body, a file, a worker) without making a JS string of it — building
    /// that string costs V8 about as much as a form merge.
    #[wasm_bindgen(js_name = callJsonBytes)]
    pub fn call_json_bytes(&self, op: JsValue, input: JsValue) -> Result<Vec<u8>, JsValue> {
        self.inner.scoped(|| {
            let (op, input) = (text_arg(&op, "op")?, text_arg(&input, "input")?);
            self.inner
                .call_json(&op, &input)
                .map(String::into_bytes)
                .map_err(|e| to_js_error(&e))
        })
    }
}

/// A JS number that must be a whole number of days (the typed API only sends safe integers).
fn whole(x: f64, path: &str) -> Result<i64, JsValue> {
    if x.is_finite() && x.fract() == 0.0 && x.abs() <= 9_007_199_254_740_991.0 {
        Ok(x as i64)
    } else {
        Err(to_js_error(
            &zhengwu::Error::new(
                zhengwu::ErrorCode::InputWrongType,
                Said::NotWhole { x: x.to_string() }.to_string(),
            )
            .at(path),
        ))
    }
}

#[wasm_bindgen]
impl Engine {
    /// `isWorkdayEpoch(day)`: whether a day (days since 1970-01-01) is a working day. The typed
    /// API's fast path; errors as the JSON door's `calendar.day` gives them.
    #[wasm_bindgen(js_name = isWorkdayEpoch)]
    pub fn is_workday_epoch(&self, day: f64) -> Result<bool, JsValue> {
        self.inner.scoped(|| {
            let day = whole(day, "date")?;
            zhengwu::calendar::entry::is_workday(self.inner.calendar(), day)
                .map_err(|e| to_js_error(&e))
        })
    }

    /// `addWorkdaysEpoch(day, n)`: the `n`-th working day after `day` (days since 1970-01-01 in
    /// and out); errors as `calendar.add_workdays` gives them.
    #[wasm_bindgen(js_name = addWorkdaysEpoch)]
    pub fn add_workdays_epoch(&self, day: f64, n: f64) -> Result<f64, JsValue> {
        self.inner.scoped(|| {
            let (day, n) = (whole(day, "date")?, whole(n, "days")?);
            zhengwu::calendar::entry::add_workdays(self.inner.calendar(), day, n)
                .map(|d| d as f64)
                .map_err(|e| to_js_error(&e))
        })
    }

    /// `workdaysBetweenEpoch(from, to)`: working days between two days (days since 1970-01-01);
    /// errors as `calendar.workdays_between` gives them.
    #[wasm_bindgen(js_name = workdaysBetweenEpoch)]
    pub fn workdays_between_epoch(&self, from: f64, to: f64) -> Result<f64, JsValue> {
        self.inner.scoped(|| {
            let (a, b) = (whole(from, "from")?, whole(to, "to")?);
            zhengwu::calendar::entry::workdays_between(self.inner.calendar(), a, b)
                .map(|d| d as f64)
                .map_err(|e| to_js_error(&e))
        })
    }
}

/// The library version.
#[wasm_bindgen]
pub fn version() -> String {
    zhengwu::VERSION.to_string()
}

/// A merged form (一表申报) held in WebAssembly memory: parsed once, then prefilled, validated
/// and split without being sent again (only the values travel). Answers are the JSON door's.
/// Release it with `free()` when done.
#[wasm_bindgen]
pub struct Form {
    inner: zhengwu::form::Form,
}

#[wasm_bindgen]
impl Form {
    /// `Form.fromJson(engine, text)`: a form from `form.merge`'s answer or a stored one.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(engine: &Engine, text: &js_sys::JsString) -> Result<Form, JsValue> {
        let text = text_arg(text, "text")?;
        engine
            .inner
            .form_from_json(&text)
            .map(|inner| Form { inner })
            .map_err(|e| to_js_error(&e))
    }

    /// The form as JSON text, for storage.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> Result<String, JsValue> {
        self.inner.to_json().map_err(|e| to_js_error(&e))
    }

    /// `form.validate` on this form: values as JSON text in, the answer as JSON text out.
    #[wasm_bindgen(js_name = validateJson)]
    pub fn validate_json(
        &self,
        engine: &Engine,
        values: &js_sys::JsString,
    ) -> Result<String, JsValue> {
        let values = text_arg(values, "values")?;
        engine
            .inner
            .form_validate_json(&self.inner, &values)
            .map_err(|e| to_js_error(&e))
    }

    /// `form.split` on this form.
    #[wasm_bindgen(js_name = splitJson)]
    pub fn split_json(
        &self,
        engine: &Engine,
        values: &js_sys::JsString,
    ) -> Result<String, JsValue> {
        let values = text_arg(values, "values")?;
        engine
            .inner
            .form_split_json(&self.inner, &values)
            .map_err(|e| to_js_error(&e))
    }

    /// `form.prefill` on this form.
    #[wasm_bindgen(js_name = prefillJson)]
    pub fn prefill_json(
        &self,
        engine: &Engine,
        shared: &js_sys::JsString,
        values: &js_sys::JsString,
        overwrite: bool,
    ) -> Result<String, JsValue> {
        let (shared, values) = (text_arg(shared, "shared")?, text_arg(values, "values")?);
        engine
            .inner
            .form_prefill_json(&self.inner, &shared, &values, overwrite)
            .map_err(|e| to_js_error(&e))
    }
}
