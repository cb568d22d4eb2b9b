//! Engine configuration: `{"calendar"?, "catalog"?, "policy"?, "limits"?, "fault_injection"?}`.

use crate::calendar::{Calendar, CalendarData};
use crate::catalog::Catalog;
use crate::engine::limits::Limits;
use crate::error::{Error, ErrorCode, Result};
use crate::policy::Policy;
use serde_json::Value;
use std::sync::Arc;

/// What an engine is built from.
#[derive(Debug, Clone)]
pub struct Config {
    /// The calendar (embedded cn-mainland by default).
    pub calendar: Arc<Calendar>,
    /// The policy profile (`tianjin-2018` by default).
    pub policy: Policy,
    /// The catalog (the embedded Tianjin sample by default).
    pub catalog: Arc<Catalog>,
    /// Input limits (defaults in [`Limits`]).
    pub limits: Limits,
    /// When true, the operation `fault.panic` panics inside the engine — for hosts (and this
    /// library's tests) to prove that a panic never crosses their door. Off by default, and
    /// `fault.panic` is then an unknown operation.
    pub fault_injection: bool,
}

impl Config {
    /// The embedded defaults.
    pub fn defaults() -> Result<Config> {
        Ok(Config {
            calendar: Calendar::cn_mainland()?,
            policy: Policy::default(),
            catalog: Catalog::tianjin_sample()?,
            limits: Limits::default(),
            fault_injection: false,
        })
    }

    /// Reads a configuration object; errors carry the path inside it (`calendar.years.2027…`).
    pub fn from_json(v: &Value) -> Result<Config> {
        let obj = v.as_object().ok_or_else(|| {
            Error::new(
                ErrorCode::ConfigInvalid,
                "the configuration must be a JSON object",
            )
        })?;
        let mut cfg = Config::defaults()?;
        // Limits first: they apply to the catalog given beside them.
        if let Some(l) = obj.get("limits") {
            cfg.limits = crate::engine::input::parse(l)
                .map_err(|e| {
                    Error::new(ErrorCode::ConfigInvalid, e.message()).at(e.path().unwrap_or(""))
                })
                .map_err(|e| e.within("limits"))?;
        }
        for (key, value) in obj {
            match key.as_str() {
                "calendar" => {
                    let data: CalendarData = crate::engine::input::parse(value)
                        .map_err(|e| {
                            Error::new(ErrorCode::CalendarInvalidData, e.message())
                                .at(e.path().unwrap_or(""))
                        })
                        .map_err(|e| e.within("calendar"))?;
                    let base = Calendar::cn_mainland_data()?;
                    cfg.calendar = Arc::new(
                        Calendar::extended(base, &data).map_err(|e| e.within("calendar"))?,
                    );
                }
                "policy" => cfg.policy = policy_from_json(value).map_err(|e| e.within("policy"))?,
                "catalog" => {
                    cfg.limits
                        .check_catalog(matter_count(value))
                        .map_err(|e| e.within("catalog"))?;
                    cfg.catalog =
                        Arc::new(Catalog::from_json(value).map_err(|e| e.within("catalog"))?)
                }
                "limits" => {}
                "fault_injection" => {
                    cfg.fault_injection = value.as_bool().ok_or_else(|| {
                        Error::new(ErrorCode::ConfigInvalid, "fault_injection is true or false")
                            .at("fault_injection")
                    })?
                }
                other => {
                    return Err(Error::new(
                        ErrorCode::ConfigInvalid,
                        format!(
                            "unknown configuration key {other:?}; known: calendar, catalog, policy, limits, fault_injection"
                        ),
                    )
                    .at(other))
                }
            }
        }
        Ok(cfg)
    }
}

/// The number of matters a catalog value lists (0 when it lists none or is malformed: loading
/// reports that).
pub(crate) fn matter_count(catalog: &Value) -> usize {
    catalog
        .get("matters")
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}

fn policy_from_json(v: &Value) -> Result<Policy> {
    match v {
        Value::String(name) => Policy::profile(name),
        Value::Object(m) => {
            for k in m.keys() {
                if k != "profile" && k != "overrides" {
                    return Err(Error::new(
                        ErrorCode::ConfigInvalid,
                        format!("unknown policy key {k:?}; known: profile, overrides"),
                    )
                    .at(k.as_str()));
                }
            }
            let policy = match m.get("profile") {
                None => Policy::default(),
                Some(Value::String(name)) => Policy::profile(name).map_err(|e| e.at("profile"))?,
                Some(_) => {
                    return Err(
                        Error::new(ErrorCode::ConfigInvalid, "profile must be a string")
                            .at("profile"),
                    )
                }
            };
            match m.get("overrides") {
                None => Ok(policy),
                Some(Value::Object(o)) => policy.with_overrides(o),
                Some(_) => Err(
                    Error::new(ErrorCode::ConfigInvalid, "overrides must be an object")
                        .at("overrides"),
                ),
            }
        }
        _ => Err(Error::new(
            ErrorCode::ConfigInvalid,
            "policy must be a profile name or {\"profile\", \"overrides\"}",
        )),
    }
}
