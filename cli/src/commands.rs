//! What every subcommand shares: reading the configuration and catalogs, the engine, the exit
//! codes, writing to stdout, citations. The subcommands are in `catalogs` (the 事项清单) and
//! `everyday` (deadlines, identifiers, calendars, forms, the JSON door).

use crate::catalogs::{catalog_cmd, diff, lint, stats};
use crate::everyday::{calendar, call, deadline, form, guide, ids};
use crate::texts::Said;
use crate::{Cli, Command};
use serde_json::{Map, Value};
use std::io::Write;
use std::path::Path;
use std::time::Instant;
use zhengwu::engine::limits::Limits;
use zhengwu::Engine;
use zhengwu_sheets::book;
use zhengwu_sheets::headings::Headings;
use zhengwu_sheets::import::{self, Imported};

/// A file that cannot be written.
pub(crate) fn cannot_write(p: &Path, e: std::io::Error) -> Fail {
    Fail(
        Said::CannotWrite {
            file: &p.display().to_string(),
            error: e.to_string(),
        }
        .to_string(),
    )
}

/// Exit codes.
pub(crate) const OK: i32 = 0;
pub(crate) const FINDINGS: i32 = 1;
pub(crate) const INPUT: i32 = 2;

/// A failure to report: a message for stderr, exit code 2.
pub(crate) struct Fail(pub(crate) String);

impl From<String> for Fail {
    fn from(s: String) -> Self {
        Fail(s)
    }
}

pub(crate) struct Ctx {
    pub(crate) json: bool,
    pub(crate) colour: bool,
    pub(crate) en: bool,
    pub(crate) config: Map<String, Value>,
}

/// Writes to stdout through the one egress ([`crate::render::safe`]: IDs masked, control
/// characters quoted); a closed pipe (`| head`) ends the command quietly.
pub(crate) fn out(s: &str) {
    let mut o = std::io::stdout().lock();
    if o.write_all(crate::render::safe(s).as_bytes())
        .and_then(|_| o.flush())
        .is_err()
    {
        std::process::exit(OK);
    }
}

/// Writes the JSON door's answer as the door gave it: JSON text escapes every control
/// character, and the answer carries a full number only where a department must receive it
/// (`form.split`'s packets), as in every other door.
pub(crate) fn out_json(s: &str) {
    let mut o = std::io::stdout().lock();
    if o.write_all(s.as_bytes()).and_then(|_| o.flush()).is_err() {
        std::process::exit(OK);
    }
}

/// Writes a line to stderr through the same egress as [`out`].
pub(crate) fn err(s: &str) {
    let mut e = std::io::stderr().lock();
    let _ = writeln!(e, "{}", crate::render::safe(s));
}

static LIMITS: std::sync::OnceLock<Limits> = std::sync::OnceLock::new();
static HEADINGS: std::sync::OnceLock<Headings> = std::sync::OnceLock::new();

/// The limits the command reads files under: the configuration's `limits` (its
/// `max_file_bytes` for every file and stdin, its `max_catalog_matters` for a workbook's rows),
/// or the defaults.
pub(crate) fn limits() -> Limits {
    LIMITS.get().copied().unwrap_or_default()
}

impl Ctx {
    pub(crate) fn t<'a>(&self, zh: &'a str, en: &'a str) -> &'a str {
        if self.en {
            en
        } else {
            zh
        }
    }

    /// An engine of the configuration, with `catalog` when given; a fault in the catalog is
    /// traced back to its cell when it came from a workbook.
    pub(crate) fn engine(&self, catalog: Option<&Loaded>) -> Result<Engine, Fail> {
        let mut cfg = self.config.clone();
        if let Some(c) = catalog {
            cfg.insert("catalog".into(), c.value.clone());
        }
        Engine::new(&Value::Object(cfg)).map_err(|e| Fail(self.explain(&e, catalog)))
    }

    pub(crate) fn explain(&self, e: &zhengwu::Error, catalog: Option<&Loaded>) -> String {
        let located = catalog
            .and_then(|c| c.imported.as_ref().map(|i| (i, &c.name)))
            .zip(e.path())
            .and_then(|((imp, name), p)| imp.locate(p, e.message()).map(|l| (l, name)));
        let (message, code) = (e.message(), e.code().as_str());
        match located {
            Some((place, file)) => Said::Located {
                file,
                place: place.to_string(),
                code,
            },
            None => match e.path() {
                Some(path) => Said::AtPath {
                    message,
                    code,
                    path,
                },
                None => Said::Plain { message, code },
            },
        }
        .to_string()
    }

    pub(crate) fn call(
        &self,
        engine: &Engine,
        op: &str,
        input: Value,
        catalog: Option<&Loaded>,
    ) -> Result<Value, Fail> {
        engine
            .call(op, &input)
            .map_err(|e| Fail(self.explain(&e, catalog)))
    }

    pub(crate) fn print_json(&self, v: &Value) {
        out_json(&format!("{v}\n"));
    }
}

/// A catalog as read from a file, with where its records came from when it was a workbook.
pub(crate) struct Loaded {
    pub(crate) value: Value,
    pub(crate) imported: Option<Imported>,
    /// The file it came from, as given.
    pub(crate) name: String,
}

impl Loaded {
    pub(crate) fn matters(&self) -> usize {
        self.value["matters"].as_array().map_or(0, Vec::len)
    }
}

pub(crate) fn read_json(path: &Path) -> Result<Value, Fail> {
    read_json_within(path, limits().max_file_bytes)
}

/// Reads a JSON file of at most `max_bytes`, a regular file only; its nesting and values are
/// checked against the configuration budget before it is parsed.
pub(crate) fn read_json_within(path: &Path, max_bytes: usize) -> Result<Value, Fail> {
    let name = path.display().to_string();
    let text = zhengwu::ingress::read_text(path, max_bytes)
        .map_err(|f| Fail(f.message(&name).into_owned()))?;
    limits().check_config_text(&text).map_err(|e| {
        Fail(
            Said::About {
                file: &name,
                message: e.message().to_string(),
            }
            .to_string(),
        )
    })?;
    serde_json::from_str(&text).map_err(|e| {
        Fail(
            Said::NotJson {
                file: &name,
                error: e.to_string(),
            }
            .to_string(),
        )
    })
}

/// The host's column headings: a JSON object, each other name → the standard heading it means.
fn headings(path: &Path) -> Result<Headings, Fail> {
    let bad = || {
        Fail(
            Said::BadHeadings {
                file: &path.display().to_string(),
            }
            .to_string(),
        )
    };
    let Value::Object(m) = read_json(path)? else {
        return Err(bad());
    };
    let mut names = Vec::with_capacity(m.len());
    for (k, v) in m {
        names.push((k, v.as_str().ok_or_else(bad)?.to_string()));
    }
    Ok(Headings::new().with(names))
}

pub(crate) fn load(path: &Path) -> Result<Loaded, Fail> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if ext == "json" {
        let v = read_json(path)?;
        // A configuration-shaped file ({"catalog": {...}}) or the catalog itself.
        let value = v.get("catalog").cloned().unwrap_or(v);
        return Ok(Loaded {
            value,
            imported: None,
            name: path.display().to_string(),
        });
    }
    let budget = zhengwu_sheets::budget::Budget::for_limits(&limits());
    let tables = book::read_with(path, &budget)?;
    let names = HEADINGS.get().cloned().unwrap_or_default();
    let imported = import::catalog_with(&tables, &names).map_err(|l| {
        Fail(
            Said::About {
                file: &path.display().to_string(),
                message: l.to_string(),
            }
            .to_string(),
        )
    })?;
    Ok(Loaded {
        value: imported.catalog.clone(),
        imported: Some(imported),
        name: path.display().to_string(),
    })
}

pub(crate) fn embedded() -> Loaded {
    let v: Value =
        serde_json::from_str(zhengwu::catalog::TIANJIN_SAMPLE_JSON).unwrap_or(Value::Null);
    Loaded {
        value: v.get("catalog").cloned().unwrap_or(v),
        imported: None,
        name: String::new(),
    }
}

/// Runs the command; returns the exit code.
pub fn run(cli: Cli) -> i32 {
    let mut config = Map::new();
    let mut ctx = Ctx {
        json: cli.json,
        colour: crate::render::colour(),
        en: zhengwu::lang::current() == zhengwu::lang::Lang::En,
        config: Map::new(),
    };
    if cli.lang != "zh" && cli.lang != "en" {
        err(&format!("{}{}", Said::Error, Said::LangInvalid));
        return INPUT;
    }
    let prepared = (|| -> Result<(), Fail> {
        if let Some(p) = &cli.config {
            match read_json(p)? {
                Value::Object(m) => {
                    if let Some(l) = m.get("limits") {
                        let l: Limits = serde_json::from_value(l.clone()).map_err(|e| {
                            Fail(
                                Said::BadLimits {
                                    file: &p.display().to_string(),
                                    error: e.to_string(),
                                }
                                .to_string(),
                            )
                        })?;
                        let _ = LIMITS.set(l);
                    }
                    config = m
                }
                _ => {
                    return Err(Fail(
                        Said::ConfigNotObject {
                            file: &p.display().to_string(),
                        }
                        .to_string(),
                    ))
                }
            }
        }
        if let Some(p) = &cli.headings {
            let _ = HEADINGS.set(headings(p)?);
        }
        if ctx.en {
            config.insert("lang".into(), Value::from("en"));
        }
        Ok(())
    })();
    if let Err(Fail(m)) = prepared {
        err(&format!("{}{m}", Said::Error));
        return INPUT;
    }
    ctx.config = config;
    let catalog = match cli.catalog.as_deref().map(load).transpose() {
        Ok(c) => c,
        Err(Fail(m)) => {
            err(&format!("{}{m}", Said::Error));
            return INPUT;
        }
    };
    let result = match cli.command {
        Command::Lint { file, xlsx } => lint(&ctx, file.as_deref(), catalog, xlsx.as_deref()),
        Command::Stats { file } => stats(&ctx, file.as_deref(), catalog),
        Command::Diff { old, new, on, xlsx } => diff(&ctx, &old, &new, on, xlsx.as_deref()),
        Command::Deadline(a) => deadline(&ctx, a, catalog.as_ref()),
        Command::Id { values } => ids(&ctx, &values),
        Command::Calendar { what } => calendar(&ctx, what),
        Command::Form { what } => form(&ctx, what, catalog.as_ref()),
        Command::Guide { target, html } => guide(&ctx, &target, html.as_deref(), catalog.as_ref()),
        Command::Catalog { what } => catalog_cmd(&ctx, what, catalog),
        Command::Commitment { what } => match what {
            crate::CommitmentCommand::Open(a) => {
                crate::cases::commitment_open(&ctx, &a, catalog.as_ref())
            }
            crate::CommitmentCommand::Tick { state, today } => {
                crate::cases::commitment_tick(&ctx, &state, today, catalog.as_ref())
            }
        },
        Command::Case { what } => match what {
            crate::CaseCommand::Supervise { file, today } => {
                crate::cases::case_supervise(&ctx, &file, today, catalog.as_ref())
            }
        },
        Command::Call { op, input } => call(&ctx, &op, input, catalog.as_ref()),
    };
    match result {
        Ok(code) => code,
        Err(Fail(m)) => {
            err(&format!("{}{m}", Said::Error));
            INPUT
        }
    }
}

pub(crate) fn pick(file: Option<&Path>, catalog: Option<Loaded>) -> Result<Loaded, Fail> {
    match file {
        Some(f) => load(f),
        None => Ok(catalog.unwrap_or_else(embedded)),
    }
}

/// Says on stderr that a long run has started, and how long it took.
pub(crate) struct Progress(Option<Instant>);

impl Progress {
    pub(crate) fn start(what: Said) -> Progress {
        let n = match what {
            Said::Checking { n } | Said::Counting { n } | Said::Comparing { n } => n,
            _ => 0,
        };
        if n >= 10_000 {
            err(&what.message());
            Progress(Some(Instant::now()))
        } else {
            Progress(None)
        }
    }
    pub(crate) fn done(self) {
        if let Some(t) = self.0 {
            let seconds = format!("{:.1}", t.elapsed().as_secs_f64());
            err(&Said::Done { seconds }.message());
        }
    }
}

pub(crate) fn cite(v: &Value) -> String {
    v["citation"]["text"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Today in China (UTC+8), `YYYY-MM-DD`.
pub(crate) fn chrono_today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        + 8 * 3600;
    zhengwu::date::from_epoch_days((secs / 86_400) as i64)
        .map(zhengwu::date::format_ymd)
        .unwrap_or_default()
}

/// A message with its citation, bracketed as the language writes it.
pub(crate) fn cited(v: &Value, en: bool) -> String {
    let (m, c) = (v["message"].as_str().unwrap_or_default(), cite(v));
    if en {
        format!("{m} ({c})")
    } else {
        format!("{m}（{c}）")
    }
}

/// The reasons of an answer, one a line, each with its citation.
pub(crate) fn reasons(v: &Value, en: bool) -> String {
    v["reasons"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| format!("  · {}\n", cited(r, en)))
        .collect()
}
