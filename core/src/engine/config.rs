//! Engine configuration: `{"calendar"?, "calendar_years"?, "calendar_files"?,
//! "calendar_projection"?, "catalog"?,
//! "policy"?, "regions"?, "limits"?, "lang"?, "fault_injection"?}`.

use super::texts::EngineText;
use crate::calendar::{with_year_files, Calendar, CalendarData, Projection, YearFile};
use crate::catalog::Catalog;
use crate::engine::limits::Limits;
use crate::error::{Error, ErrorCode, Result};
use crate::id::RegionTable;
use crate::message::Enumerated;
use crate::policy::Policy;
use serde_json::Value;
use std::sync::Arc;

/// What an engine is built from.
#[derive(Debug, Clone)]
pub struct Config {
    /// The calendar (embedded cn-mainland by default).
    pub calendar: Arc<Calendar>,
    /// The data the calendar was built from (the embedded years with the host's), and whether
    /// it projects past them: what `calendar.diff_years` adds a notice's year to.
    pub calendar_data: Arc<CalendarData>,
    /// The calendar's projection past its data.
    pub projection: Projection,
    /// The policy profile (`tianjin-2018` by default).
    pub policy: Policy,
    /// The catalog (the embedded Tianjin sample by default).
    pub catalog: Arc<Catalog>,
    /// The GB/T 2260 table naming regions (the embedded one, or extended by `"regions"`).
    pub regions: Arc<RegionTable>,
    /// Input limits (defaults in [`Limits`]).
    pub limits: Limits,
    /// When true, the operation `fault.panic` panics inside the engine — for hosts (and this
    /// library's tests) to prove that a panic never crosses their door. Off by default, and
    /// `fault.panic` is then an unknown operation.
    pub fault_injection: bool,
    /// The language of messages (`"lang": "zh" | "en"`, Chinese by default).
    pub lang: crate::lang::Lang,
}

impl Config {
    /// The embedded defaults.
    pub fn defaults() -> Result<Config> {
        Ok(Config {
            calendar: Calendar::cn_mainland()?,
            calendar_data: Arc::new(Calendar::cn_mainland_data()?.clone()),
            projection: Projection::Off,
            policy: Policy::default(),
            catalog: Catalog::tianjin_sample()?,
            regions: RegionTable::embedded(),
            limits: Limits::default(),
            fault_injection: false,
            lang: crate::lang::Lang::Zh,
        })
    }

    /// Reads a configuration object; errors carry the path inside it (`calendar.years.2027…`)
    /// and are written in the configuration's own `lang`.
    pub fn from_json(v: &Value) -> Result<Config> {
        let lang = match v.get("lang") {
            None => crate::lang::Lang::Zh,
            Some(Value::String(s)) if s == "zh" => crate::lang::Lang::Zh,
            Some(Value::String(s)) if s == "en" => crate::lang::Lang::En,
            Some(_) => {
                return Err(
                    Error::new(ErrorCode::ConfigInvalid, EngineText::LangInvalid.message())
                        .at("lang"),
                )
            }
        };
        let mut cfg = crate::lang::scoped(lang, || Config::read(v))?;
        cfg.lang = lang;
        Ok(cfg)
    }

    fn read(v: &Value) -> Result<Config> {
        let obj = v.as_object().ok_or_else(|| {
            Error::new(
                ErrorCode::ConfigInvalid,
                EngineText::ConfigNotObject.message(),
            )
        })?;
        let mut cfg = Config::defaults()?;
        // Limits first: they apply to the catalog given beside them.
        cfg.limits = config_limits(obj.get("limits"))?;
        let mut calendar: Option<CalendarData> = None;
        let mut year_files: Vec<YearFile> = Vec::new();
        let mut projection = Projection::Off;
        for (key, value) in obj {
            match key.as_str() {
                "calendar" => {
                    let years = value
                        .get("years")
                        .and_then(Value::as_object)
                        .map_or(0, |y| y.len());
                    count_within(
                        years,
                        cfg.limits.max_calendar_years,
                        "max_calendar_years",
                        "calendar.years",
                    )?;
                    calendar = Some(
                        crate::wire::parse(value)
                            .map_err(|e| {
                                Error::new(ErrorCode::CalendarInvalidData, e.message())
                                    .at(e.path().unwrap_or(""))
                            })
                            .map_err(|e| e.within("calendar"))?,
                    );
                }
                "calendar_years" => {
                    let list = value.as_array().ok_or_else(|| {
                        Error::new(ErrorCode::ConfigInvalid, EngineText::YearsNotList.message())
                            .at("calendar_years")
                    })?;
                    count_within(
                        list.len(),
                        cfg.limits.max_calendar_years,
                        "max_calendar_years",
                        "calendar_years",
                    )?;
                    for (i, v) in list.iter().enumerate() {
                        year_files.push(
                            YearFile::from_value(v)
                                .map_err(|e| e.within(&format!("calendar_years[{i}]")))?,
                        );
                    }
                }
                "calendar_files" => {
                    let list = value.as_array().ok_or_else(|| {
                        Error::new(ErrorCode::ConfigInvalid, EngineText::FilesNotList.message())
                            .at("calendar_files")
                    })?;
                    count_within(
                        list.len(),
                        cfg.limits.max_calendar_years,
                        "max_calendar_years",
                        "calendar_files",
                    )?;
                    for (i, p) in list.iter().enumerate() {
                        let at = format!("calendar_files[{i}]");
                        let path = p.as_str().ok_or_else(|| {
                            Error::new(
                                ErrorCode::ConfigInvalid,
                                EngineText::PathNotString.message(),
                            )
                            .at(&at)
                        })?;
                        year_files.push(read_year_file(path, cfg.limits.max_file_bytes, &at)?);
                    }
                }
                "calendar_projection" => {
                    projection = match value.as_str() {
                        Some("off") => Projection::Off,
                        Some("statutory") => Projection::Statutory,
                        _ => {
                            return Err(Error::new(
                                ErrorCode::ConfigInvalid,
                                EngineText::ProjectionInvalid.message(),
                            )
                            .at("calendar_projection"))
                        }
                    }
                }
                "policy" => cfg.policy = policy_from_json(value).map_err(|e| e.within("policy"))?,
                "regions" => {
                    let rows = value.as_array().map_or(0, Vec::len);
                    count_within(rows, cfg.limits.max_regions, "max_regions", "regions")?;
                    cfg.regions =
                        Arc::new(RegionTable::extended(value).map_err(|e| e.within("regions"))?)
                }
                "catalog" => {
                    cfg.limits
                        .check_catalog(matter_count(value))
                        .map_err(|e| e.within("catalog"))?;
                    cfg.catalog =
                        Arc::new(Catalog::from_json(value).map_err(|e| e.within("catalog"))?)
                }
                "limits" | "lang" => {}
                "fault_injection" => {
                    cfg.fault_injection = value.as_bool().ok_or_else(|| {
                        Error::new(
                            ErrorCode::ConfigInvalid,
                            EngineText::FaultInjectionInvalid.message(),
                        )
                        .at("fault_injection")
                    })?
                }
                other => {
                    return Err(Error::new(
                        ErrorCode::ConfigInvalid,
                        EngineText::UnknownKey {
                            key: other,
                            known: Enumerated(super::texts::CONFIG_KEYS),
                        }
                        .message(),
                    )
                    .at(other))
                }
            }
        }
        if calendar.is_some() || !year_files.is_empty() || projection != Projection::Off {
            let (cal, data) = build_calendar(calendar, &year_files, projection)?;
            cfg.calendar = Arc::new(cal);
            cfg.calendar_data = Arc::new(data);
            cfg.projection = projection;
        }
        Ok(cfg)
    }
}

/// Reads one year file from disk: a regular file of at most `max_bytes` (`limits.max_file_bytes`;
/// the same shapes as `calendar_years`).
fn read_year_file(path: &str, max_bytes: usize, at: &str) -> Result<YearFile> {
    let name = crate::egress::text(path).into_owned();
    let text = crate::ingress::read_text(std::path::Path::new(path), max_bytes).map_err(|f| {
        f.to_error(ErrorCode::ConfigInvalid, &format!("{name:?}"))
            .at(at)
    })?;
    let v: Value = serde_json::from_str(&text).map_err(|e| {
        Error::new(
            ErrorCode::CalendarInvalidData,
            EngineText::FileNotJson {
                file: &name,
                error: e.to_string(),
            }
            .message(),
        )
        .at(at)
    })?;
    YearFile::from_value(&v).map_err(|e| e.within(at))
}

/// Refuses a configuration list longer than its limit (`limits.{key}`), before it is read.
fn count_within(n: usize, max: usize, key: &str, at: &str) -> Result<()> {
    if n > max {
        return Err(Error::new(
            ErrorCode::InputTooLarge,
            EngineText::TooManyEntries { at, n, max, key }.message(),
        )
        .at(at));
    }
    Ok(())
}

/// The limits a configuration sets for itself (`limits`), or the defaults.
pub(crate) fn config_limits(v: Option<&Value>) -> Result<Limits> {
    match v {
        None => Ok(Limits::default()),
        Some(l) => crate::wire::parse(l)
            .map_err(|e| {
                Error::new(ErrorCode::ConfigInvalid, e.message()).at(e.path().unwrap_or(""))
            })
            .map_err(|e| e.within("limits")),
    }
}

/// The engine's calendar: the embedded data, extended (or replaced) by `calendar`, then the
/// loaded year files, then the projection.
fn build_calendar(
    calendar: Option<CalendarData>,
    year_files: &[YearFile],
    projection: Projection,
) -> Result<(Calendar, CalendarData)> {
    let embedded = Calendar::cn_mainland_data()?;
    let base = match calendar {
        None => embedded.clone(),
        Some(data) if data.replace || data.calendar != embedded.calendar => data,
        Some(data) => {
            let mut merged = embedded.clone();
            merged.years.extend(data.years);
            // Errors point into the host's data.
            Calendar::from_data(&merged).map_err(|e| e.within("calendar"))?;
            merged
        }
    };
    if year_files.is_empty() && projection == Projection::Off {
        let cal = Calendar::from_data(&base).map_err(|e| e.within("calendar"))?;
        return Ok((cal, base));
    }
    let merged = with_year_files(&base, year_files)?;
    let cal = Calendar::build(&merged, projection)?;
    Ok((cal, merged))
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
                        EngineText::UnknownPolicyKey { key: k }.message(),
                    )
                    .at(k.as_str()));
                }
            }
            let policy = match m.get("profile") {
                None => Policy::default(),
                Some(Value::String(name)) => Policy::profile(name).map_err(|e| e.at("profile"))?,
                Some(_) => {
                    return Err(Error::new(
                        ErrorCode::ConfigInvalid,
                        EngineText::ProfileNotString.message(),
                    )
                    .at("profile"))
                }
            };
            match m.get("overrides") {
                None => Ok(policy),
                Some(Value::Object(o)) => policy.with_overrides(o),
                Some(_) => Err(Error::new(
                    ErrorCode::ConfigInvalid,
                    EngineText::OverridesNotObject.message(),
                )
                .at("overrides")),
            }
        }
        _ => Err(Error::new(
            ErrorCode::ConfigInvalid,
            EngineText::PolicyShape.message(),
        )),
    }
}
