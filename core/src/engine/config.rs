//! Engine configuration: `{"calendar"?, "catalog"?, "policy"?}`.

use crate::calendar::{Calendar, CalendarData};
use crate::catalog::Catalog;
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
}

impl Config {
    /// The embedded defaults.
    pub fn defaults() -> Result<Config> {
        Ok(Config {
            calendar: Calendar::cn_mainland()?,
            policy: Policy::default(),
            catalog: Catalog::tianjin_sample()?,
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
                    cfg.catalog =
                        Arc::new(Catalog::from_json(value).map_err(|e| e.within("catalog"))?)
                }
                other => {
                    return Err(Error::new(
                        ErrorCode::ConfigInvalid,
                        format!(
                            "unknown configuration key {other:?}; known: calendar, catalog, policy"
                        ),
                    )
                    .at(other))
                }
            }
        }
        Ok(cfg)
    }
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
