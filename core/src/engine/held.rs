//! Values a host holds natively between calls. A merged form (一表申报) is parsed once — from
//! `form.merge`'s answer or from storage — and then prefilled, validated and split as often as
//! needed without being sent or parsed again; only the values travel. Each method answers with
//! exactly the JSON text of the JSON door's operation (`form.prefill`, `form.validate`,
//! `form.split`) for the same form and values, and the same errors and paths.

use super::texts::EngineText;
use super::Engine;
use crate::error::{Error, ErrorCode, Result};
use crate::form::prefill::prefill;
use crate::form::split::split;
use crate::form::validate::validate;
use crate::form::{Form, Split, Validation};
use crate::wire::{parse_any, parse_text};
use serde::Serialize;
use serde_json::{Map, Value};

impl Engine {
    /// Reads a merged form from its JSON text (`form.merge`'s answer, or one stored); errors at
    /// `form…`, within the engine's input limits.
    pub fn form_from_json(&self, text: &str) -> Result<Form> {
        self.scoped(|| {
            let v = self.checked(text)?;
            parse_any::<Form>(&v).map_err(|e| e.within("form"))
        })
    }

    /// `form.validate` on a held form; `values_json` is the `values` object.
    pub fn form_validate_json(&self, form: &Form, values_json: &str) -> Result<String> {
        self.scoped(|| {
            let values = self.object(values_json, "values")?;
            self.render(&form.validation(&values))
        })
    }

    /// `form.split` on a held form.
    pub fn form_split_json(&self, form: &Form, values_json: &str) -> Result<String> {
        self.scoped(|| {
            let values = self.object(values_json, "values")?;
            let estimate = form.split_size(&values);
            self.limits().check_output(estimate, "values")?;
            self.render(&form.split_values(&values))
        })
    }

    /// `form.prefill` on a held form; `shared_json` maps each source to its element values.
    pub fn form_prefill_json(
        &self,
        form: &Form,
        shared_json: &str,
        values_json: &str,
        overwrite: bool,
    ) -> Result<String> {
        self.scoped(|| self.prefill_here(form, shared_json, values_json, overwrite))
    }

    fn prefill_here(
        &self,
        form: &Form,
        shared_json: &str,
        values_json: &str,
        overwrite: bool,
    ) -> Result<String> {
        let shared = self.object(shared_json, "shared")?;
        for (k, v) in &shared {
            if !v.is_object() {
                return Err(Error::new(
                    ErrorCode::InputWrongType,
                    EngineText::SharedNotObject { source: k }.message(),
                )
                .at(format!("shared.{k}")));
            }
        }
        let values = self.object(values_json, "values")?;
        self.render(&prefill(form, &shared, &values, overwrite))
    }

    fn checked(&self, text: &str) -> Result<Value> {
        self.limits().check_text(text)?;
        let v = parse_text(text)?;
        self.limits().check_value(&v)?;
        Ok(v)
    }

    /// JSON text that must be an object (empty text reads as `{}`), errors at `path`.
    fn object(&self, text: &str, path: &str) -> Result<Map<String, Value>> {
        if text.trim().is_empty() {
            return Ok(Map::new());
        }
        match self.checked(text)? {
            Value::Object(m) => Ok(m),
            _ => Err(Error::new(
                ErrorCode::InputWrongType,
                format!("{path} must be an object"),
            )
            .at(path)),
        }
    }
}

fn to_json<T: Serialize>(t: &T) -> Result<String> {
    serde_json::to_string(t).map_err(|e| {
        Error::new(
            ErrorCode::InternalPanic,
            EngineText::OutputNotSerializable {
                error: e.to_string(),
            }
            .message(),
        )
    })
}

impl Engine {
    /// An answer as JSON text within `limits.max_output_bytes`.
    fn render<T: Serialize + Sync>(&self, t: &T) -> Result<String> {
        super::Reply::typed(t)?.to_json(self.limits().max_output_bytes)
    }
}

impl Form {
    /// The form as JSON text (what `form.merge` answered), for storage.
    pub fn to_json(&self) -> Result<String> {
        to_json(self)
    }

    /// `form.validate`'s answer for these values.
    pub fn validation(&self, values: &Map<String, Value>) -> Validation {
        let errors = validate(self, values);
        Validation {
            valid: errors.is_empty(),
            errors,
        }
    }

    /// A lower bound of the size of `form.split`'s answer for these values.
    pub fn split_size(&self, values: &Map<String, Value>) -> usize {
        crate::form::split::size(self, values)
    }

    /// `form.split`'s answer for these values.
    pub fn split_values(&self, values: &Map<String, Value>) -> Split {
        let (packets, departments) = split(self, values);
        Split {
            packets,
            departments,
        }
    }
}
