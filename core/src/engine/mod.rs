//! The engine: one immutable value holding a calendar, a policy profile and a catalog, answering
//! operations through one JSON door.
//!
//! Every binding — C, Python, WASM — calls [`Engine::call_json`], so the same input gives the
//! same output bytes everywhere. An engine is `Send + Sync`; clone it freely (clones share data).

mod config;
mod held;
pub mod limits;
mod ops;
mod reply;
pub(crate) mod texts;

pub use config::Config;
pub use limits::Limits;
#[cfg(feature = "schema")]
pub use ops::schema::document as schema_document;
pub use ops::{Op, OpFn, OPS};
pub use reply::{Answer, Reply};

use crate::calendar::Calendar;
use crate::error::{Error, ErrorCode, Result};
use crate::policy::Policy;
use serde_json::Value;
use std::sync::Arc;
use texts::EngineText;

/// Version of the JSON door's contract (operations, shapes, error codes); bumped on any change
/// that could break a caller.
pub const ABI_VERSION: u32 = 1;

/// The library version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The zhengwu engine.
///
/// ```
/// use zhengwu::Engine;
/// use serde_json::json;
/// let engine = Engine::try_default().unwrap();
/// let out = engine.call("calendar.add_workdays", &json!({"date": "2024-09-30", "days": 1})).unwrap();
/// assert_eq!(out, json!({"date": "2024-10-08"}));
/// let err = engine.call("calendar.day", &json!({"date": "2031-01-01"})).unwrap_err();
/// assert_eq!(err.code().as_str(), "calendar.out_of_range");
/// ```
#[derive(Clone)]
pub struct Engine {
    inner: Arc<Config>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("calendar", &self.inner.calendar)
            .field("policy", &self.inner.policy.profile_name())
            .finish()
    }
}

impl Default for Engine {
    /// The embedded defaults. The embedded data is compiled in and checked by the test suite,
    /// so building from it cannot fail at run time.
    fn default() -> Self {
        match Engine::try_default() {
            Ok(e) => e,
            Err(e) => unreachable!("embedded defaults are checked by tests: {e}"),
        }
    }
}

impl Engine {
    /// The embedded defaults: cn-mainland calendar 2004–2026, profile `tianjin-2018`, and the
    /// Tianjin sample catalog with the 23 bundles of `tj-2022-onething`.
    pub fn try_default() -> Result<Engine> {
        Ok(Engine::from_config(Config::defaults()?))
    }

    /// An engine from a configuration object `{"calendar"?, "catalog"?, "policy"?}`; `null` gives
    /// the defaults. The configuration is checked against its own budget first (its nesting and
    /// values, `limits.max_config_values`), as an input is.
    pub fn new(config: &Value) -> Result<Engine> {
        if config.is_null() {
            return Engine::try_default();
        }
        config::config_limits(config.get("limits"))?.check_config_value(config)?;
        Ok(Engine::from_config(Config::from_json(config)?))
    }

    /// An engine from configuration JSON text (empty text gives the defaults). The text is
    /// checked before it is parsed: its size, nesting and number of values, against the budget
    /// of its own `limits` (defaults in [`Limits`]).
    pub fn from_config_json(text: &str) -> Result<Engine> {
        if text.trim().is_empty() {
            return Engine::try_default();
        }
        let own = limits::top_level_object_text(text, "limits")
            .and_then(|t| serde_json::from_str::<Value>(t).ok());
        config::config_limits(own.as_ref())?.check_config_text(text)?;
        let v: Value = serde_json::from_str(text).map_err(|e| {
            Error::new(
                ErrorCode::ConfigInvalid,
                EngineText::ConfigNotJson {
                    error: e.to_string(),
                }
                .message(),
            )
        })?;
        Engine::new(&v)
    }

    /// An engine from an already-built configuration.
    pub fn from_config(config: Config) -> Engine {
        Engine {
            inner: Arc::new(config),
        }
    }

    /// The working-day calendar.
    pub fn calendar(&self) -> &Calendar {
        &self.inner.calendar
    }

    /// The data the calendar was built from, and its projection (for what-if calendars).
    pub(crate) fn calendar_data(
        &self,
    ) -> (&crate::calendar::CalendarData, crate::calendar::Projection) {
        (&self.inner.calendar_data, self.inner.projection)
    }

    /// The policy profile in force.
    pub fn policy(&self) -> &Policy {
        &self.inner.policy
    }

    /// The catalog.
    pub fn catalog(&self) -> &crate::catalog::Catalog {
        &self.inner.catalog
    }

    /// Runs operation `op` on `input` (a JSON object).
    pub fn call(&self, op: &str, input: &Value) -> Result<Value> {
        self.scoped(|| {
            let f = self.find(op)?;
            self.inner.limits.check_value(input)?;
            (f.run)(self, input)?.into_value()
        })
    }

    /// Runs `op` on an input already read, and returns its typed answer for the caller to write
    /// ([`Reply::write_to`]): for a door that builds its own objects from it. The input is
    /// checked as [`call`](Self::call) checks it; the answer is the caller's to bound.
    pub fn call_reply<'a>(&'a self, op: &str, input: &'a Value) -> Result<Reply<'a>> {
        self.scoped(|| {
            let f = self.find(op)?;
            self.inner.limits.check_value(input)?;
            (f.run)(self, input)
        })
    }

    /// Runs `op` on JSON text read straight into its typed input, and returns its typed answer
    /// for the caller to write ([`Reply::write_to`]): for a door that builds its own objects and
    /// has the input as text. `None` when the operation has no way straight from text or leaves
    /// this text to the two-step way (the caller then reads it into a value and calls
    /// [`call_reply`](Self::call_reply)). The text is checked as [`call_json`](Self::call_json)
    /// checks it.
    pub fn call_reply_text<'a>(&'a self, op: &str, input: &'a str) -> Option<Result<Reply<'a>>> {
        self.scoped(|| {
            let f = match self.find(op) {
                Ok(f) => f,
                Err(e) => return Some(Err(e)),
            };
            let direct = f.text?;
            if let Err(e) = self.inner.limits.check_text(input) {
                return Some(Err(e));
            }
            if let Some(key) = f.batch {
                if let Err(e) = self.inner.limits.check_batch_text(input, key) {
                    return Some(Err(e));
                }
            }
            direct(self, input)
        })
    }

    /// The language of this engine's messages.
    pub fn lang(&self) -> crate::lang::Lang {
        self.inner.lang
    }

    /// Runs `f` with messages in this engine's language: for doors that call the core's
    /// functions directly rather than through [`call`](Self::call).
    pub fn scoped<R>(&self, f: impl FnOnce() -> R) -> R {
        crate::lang::scoped(self.inner.lang, f)
    }

    /// Runs `op` on JSON text and returns JSON text (the door every binding uses). Empty input
    /// text is read as `{}`. The engine's [`Limits`] are checked on the text before it is parsed.
    pub fn call_json(&self, op: &str, input: &str) -> Result<String> {
        self.scoped(|| self.call_json_here(op, input))
    }

    fn call_json_here(&self, op: &str, input: &str) -> Result<String> {
        let f = self.find(op)?;
        let value = if input.trim().is_empty() {
            Value::Object(serde_json::Map::new())
        } else {
            self.inner.limits.check_text(input)?;
            if let Some(key) = f.batch {
                self.inner.limits.check_batch_text(input, key)?;
            }
            if let Some(reply) = f.text.and_then(|direct| direct(self, input)) {
                return reply?.to_json(self.inner.limits.max_output_bytes);
            }
            crate::wire::parse_text(input)?
        };
        let out = (f.run)(self, &value)?;
        out.to_json(self.inner.limits.max_output_bytes)
    }

    /// The GB/T 2260 table this engine names regions from.
    pub fn regions(&self) -> &crate::id::RegionTable {
        &self.inner.regions
    }

    /// The same table, shared (for work that outlives a borrow of the engine).
    pub fn regions_shared(&self) -> Arc<crate::id::RegionTable> {
        Arc::clone(&self.inner.regions)
    }

    /// The input limits in force.
    pub fn limits(&self) -> &Limits {
        &self.inner.limits
    }

    fn find(&self, op: &str) -> Result<&'static ops::Op> {
        if self.inner.fault_injection && op == FAULT_PANIC_OP {
            panic!("fault injection: {FAULT_PANIC_OP} panics on purpose");
        }
        ops::find(op).ok_or_else(|| {
            Error::new(
                ErrorCode::OpUnknown,
                EngineText::UnknownOp {
                    op: truncate(op, 64),
                }
                .message(),
            )
        })
    }
}

/// The operation that panics when the configuration sets `fault_injection` (see [`Config`]).
pub const FAULT_PANIC_OP: &str = "fault.panic";

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
