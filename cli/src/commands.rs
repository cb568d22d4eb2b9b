//! What each subcommand does: read its files, ask the engine, print Chinese tables (or the JSON
//! door's answer with `--json`), and say how it went in the exit code.

use crate::render::{severity, severity_colour, table};
use crate::{CalendarCommand, CatalogCommand, Cli, Command, DeadlineArgs, FormCommand};
use serde_json::{json, Map, Value};
use std::io::Write;
use std::path::Path;
use std::time::Instant;
use zhengwu::Engine;
use zhengwu_sheets::import::{self, Imported};
use zhengwu_sheets::{book, export};

/// Exit codes.
const OK: i32 = 0;
const FINDINGS: i32 = 1;
const INPUT: i32 = 2;

/// A failure to report: a message for stderr, exit code 2.
struct Fail(String);

impl From<String> for Fail {
    fn from(s: String) -> Self {
        Fail(s)
    }
}

struct Ctx {
    json: bool,
    colour: bool,
    en: bool,
    config: Map<String, Value>,
}

/// Writes to stdout; a closed pipe (`| head`) ends the command quietly.
fn out(s: &str) {
    let mut o = std::io::stdout().lock();
    if o.write_all(s.as_bytes()).and_then(|_| o.flush()).is_err() {
        std::process::exit(OK);
    }
}

impl Ctx {
    fn t<'a>(&self, zh: &'a str, en: &'a str) -> &'a str {
        if self.en {
            en
        } else {
            zh
        }
    }

    /// An engine of the configuration, with `catalog` when given; a fault in the catalog is
    /// traced back to its cell when it came from a workbook.
    fn engine(&self, catalog: Option<&Loaded>) -> Result<Engine, Fail> {
        let mut cfg = self.config.clone();
        if let Some(c) = catalog {
            cfg.insert("catalog".into(), c.value.clone());
        }
        Engine::new(&Value::Object(cfg)).map_err(|e| Fail(self.explain(&e, catalog)))
    }

    fn explain(&self, e: &zhengwu::Error, catalog: Option<&Loaded>) -> String {
        let located = catalog
            .and_then(|c| c.imported.as_ref().map(|i| (i, &c.name)))
            .zip(e.path())
            .and_then(|((imp, name), p)| imp.locate(p, e.message()).map(|l| (l, name)));
        match located {
            Some((l, name)) => format!("{name}：{l}（{}）", e.code().as_str()),
            None => match e.path() {
                Some(p) => format!("{}（{}，位置 {p}）", e.message(), e.code().as_str()),
                None => format!("{}（{}）", e.message(), e.code().as_str()),
            },
        }
    }

    fn call(
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

    fn print_json(&self, v: &Value) {
        out(&format!("{v}\n"));
    }
}

/// A catalog as read from a file, with where its records came from when it was a workbook.
struct Loaded {
    value: Value,
    imported: Option<Imported>,
    /// The file it came from, as given.
    name: String,
}

impl Loaded {
    fn matters(&self) -> usize {
        self.value["matters"].as_array().map_or(0, Vec::len)
    }
}

fn read_json(path: &Path) -> Result<Value, Fail> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Fail(format!("{}：无法读取（{e}）", path.display())))?;
    serde_json::from_str(&text)
        .map_err(|e| Fail(format!("{}：不是有效的 JSON（{e}）", path.display())))
}

fn load(path: &Path) -> Result<Loaded, Fail> {
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
    let tables = book::read(path)?;
    let imported =
        import::catalog(&tables).map_err(|l| Fail(format!("{}：{l}", path.display())))?;
    Ok(Loaded {
        value: imported.catalog.clone(),
        imported: Some(imported),
        name: path.display().to_string(),
    })
}

fn embedded() -> Loaded {
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
        en: cli.lang == "en",
        config: Map::new(),
    };
    if cli.lang != "zh" && cli.lang != "en" {
        eprintln!("错误：--lang 只能是 zh 或 en");
        return INPUT;
    }
    let prepared = (|| -> Result<(), Fail> {
        if let Some(p) = &cli.config {
            match read_json(p)? {
                Value::Object(m) => config = m,
                _ => return Err(Fail(format!("{}：配置须为 JSON 对象", p.display()))),
            }
        }
        if ctx.en {
            config.insert("lang".into(), Value::from("en"));
        }
        Ok(())
    })();
    if let Err(Fail(m)) = prepared {
        eprintln!("{}{m}", ctx.t("错误：", "error: "));
        return INPUT;
    }
    ctx.config = config;
    let catalog = match cli.catalog.as_deref().map(load).transpose() {
        Ok(c) => c,
        Err(Fail(m)) => {
            eprintln!("{}{m}", ctx.t("错误：", "error: "));
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
        Command::Catalog { what } => catalog_cmd(&ctx, what, catalog),
        Command::Call { op, input } => call(&ctx, &op, input, catalog.as_ref()),
    };
    match result {
        Ok(code) => code,
        Err(Fail(m)) => {
            eprintln!("{}{m}", ctx.t("错误：", "error: "));
            INPUT
        }
    }
}

fn pick(file: Option<&Path>, catalog: Option<Loaded>) -> Result<Loaded, Fail> {
    match file {
        Some(f) => load(f),
        None => Ok(catalog.unwrap_or_else(embedded)),
    }
}

/// Says on stderr that a long run has started, and how long it took.
struct Progress(Option<Instant>);

impl Progress {
    fn start(what: &str, n: usize) -> Progress {
        if n >= 10_000 {
            eprintln!("正在{what} {n} 个事项…");
            Progress(Some(Instant::now()))
        } else {
            Progress(None)
        }
    }
    fn done(self) {
        if let Some(t) = self.0 {
            eprintln!("完成，用时 {:.1} 秒", t.elapsed().as_secs_f64());
        }
    }
}

fn cite(v: &Value) -> String {
    v["citation"]["text"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn lint(
    ctx: &Ctx,
    file: Option<&Path>,
    catalog: Option<Loaded>,
    xlsx: Option<&Path>,
) -> Result<i32, Fail> {
    let cat = pick(file, catalog)?;
    let progress = Progress::start("检查", cat.matters());
    let engine = ctx.engine(Some(&cat))?;
    let answer = ctx.call(&engine, "catalog.lint", json!({}), Some(&cat))?;
    progress.done();
    if let Some(path) = xlsx {
        book::write_xlsx(path, &export::findings(&answer))?;
    }
    let s = &answer["summary"];
    let errors = s["errors"].as_u64().unwrap_or(0);
    if ctx.json {
        ctx.print_json(&answer);
    } else {
        let findings = answer["findings"].as_array().cloned().unwrap_or_default();
        out(&format!(
            "{}\n",
            if ctx.en {
                format!(
                    "catalog: {} matters; {} errors, {} warnings, {} notes",
                    cat.matters(),
                    errors,
                    s["warnings"],
                    s["infos"]
                )
            } else {
                format!(
                    "事项清单：{} 个事项；错误 {} 个，警告 {} 个，提示 {} 个",
                    cat.matters(),
                    errors,
                    s["warnings"],
                    s["infos"]
                )
            }
        ));
        if !findings.is_empty() {
            let located = |f: &Value| -> String {
                let path = f["path"].as_str().unwrap_or_default();
                cat.imported
                    .as_ref()
                    .and_then(|i| i.locate(path, ""))
                    .map(|l| {
                        let mut s = format!("{}", l);
                        s.truncate(s.trim_end_matches('：').len());
                        s
                    })
                    .unwrap_or_else(|| path.to_string())
            };
            let rows: Vec<Vec<String>> = findings
                .iter()
                .map(|f| {
                    vec![
                        severity(f["severity"].as_str().unwrap_or_default()).to_string(),
                        f["matter"].as_str().unwrap_or("—").to_string(),
                        located(f),
                        cited(f, ctx.en),
                    ]
                })
                .collect();
            let colours: Vec<Option<&str>> = findings
                .iter()
                .map(|f| Some(severity_colour(f["severity"].as_str().unwrap_or_default())))
                .collect();
            let headings = if ctx.en {
                ["level", "matter", "where", "finding (source)"]
            } else {
                ["级别", "事项", "位置", "问题（依据）"]
            };
            out(&format!(
                "\n{}",
                table(&headings, &rows, &colours, ctx.colour)
            ));
        }
    }
    Ok(if errors > 0 { FINDINGS } else { OK })
}

fn stats(ctx: &Ctx, file: Option<&Path>, catalog: Option<Loaded>) -> Result<i32, Fail> {
    let cat = pick(file, catalog)?;
    let progress = Progress::start("统计", cat.matters());
    let engine = ctx.engine(Some(&cat))?;
    let answer = ctx.call(&engine, "catalog.stats", json!({}), Some(&cat))?;
    progress.done();
    if ctx.json {
        ctx.print_json(&answer);
        return Ok(OK);
    }
    out(&format!(
        "{}\n\n",
        if ctx.en {
            format!(
                "{} matters, {} in scope of 政务服务事项",
                answer["matters"], answer["in_scope"]
            )
        } else {
            format!(
                "事项 {} 个，属于政务服务事项的 {} 个",
                answer["matters"], answer["in_scope"]
            )
        }
    ));
    let targets = answer["targets"].as_array().cloned().unwrap_or_default();
    let pct = |v: &Value| {
        v.as_str()
            .and_then(|s| s.parse::<f64>().ok())
            .map_or("—".to_string(), |x| format!("{:.1}%", x * 100.0))
    };
    let rows: Vec<Vec<String>> = targets
        .iter()
        .map(|t| {
            vec![
                t["label"].as_str().unwrap_or_default().to_string(),
                format!("{}（{}/{}）", pct(&t["value"]), t["count"], t["of"]),
                pct(&t["target"]),
                if t["met"] == true {
                    ctx.t("达标", "met")
                } else {
                    ctx.t("未达标", "not met")
                }
                .to_string(),
                cite(t),
            ]
        })
        .collect();
    let colours: Vec<Option<&str>> = targets
        .iter()
        .map(|t| Some(if t["met"] == true { "32" } else { "31" }))
        .collect();
    let headings = if ctx.en {
        ["measure", "value", "target", "", "source"]
    } else {
        ["指标", "数值", "目标", "结果", "依据"]
    };
    out(&table(&headings, &rows, &colours, ctx.colour));
    Ok(OK)
}

fn diff(
    ctx: &Ctx,
    old: &Path,
    new: &Path,
    on: Option<String>,
    xlsx: Option<&Path>,
) -> Result<i32, Fail> {
    let (a, b) = (load(old)?, load(new)?);
    let progress = Progress::start("比对", a.matters().max(b.matters()));
    let engine = ctx.engine(None)?;
    let on = on.unwrap_or_else(chrono_today);
    let answer = ctx.call(
        &engine,
        "catalog.diff",
        json!({"from": a.value, "to": b.value, "changed_on": on}),
        None,
    )?;
    progress.done();
    if let Some(path) = xlsx {
        book::write_xlsx(path, &export::diff(&answer))?;
    }
    let findings = answer["findings"].as_array().cloned().unwrap_or_default();
    if ctx.json {
        ctx.print_json(&answer);
        return Ok(if findings.is_empty() { OK } else { FINDINGS });
    }
    let publish: std::collections::HashMap<String, String> = answer["publication"]["matters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| {
            Some((
                p["matter"].as_str()?.to_string(),
                p["publish_due"].as_str()?.to_string(),
            ))
        })
        .collect();
    let mut rows = Vec::new();
    for (key, zh) in [
        ("added", "新增"),
        ("cancelled", "取消"),
        ("devolved", "下放"),
        ("merged", "合并"),
    ] {
        for c in answer[key].as_array().into_iter().flatten() {
            let m = c["matter"].as_str().unwrap_or_default();
            let detail = match key {
                "cancelled" => format!("理由：{}", c["reason"].as_str().unwrap_or("（未写明）")),
                "devolved" => format!(
                    "下放：{}；承接部门：{}",
                    c["power"].as_str().unwrap_or("（未写明）"),
                    c["department"].as_str().unwrap_or("（未写明）")
                ),
                "merged" => format!("并入：{}", c["into"].as_str().unwrap_or("（未写明）")),
                _ => String::new(),
            };
            rows.push(vec![
                zh.to_string(),
                m.to_string(),
                c["name"].as_str().unwrap_or_default().to_string(),
                publish.get(m).cloned().unwrap_or_default(),
                detail,
            ]);
        }
    }
    for m in answer["modified"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        rows.push(vec![
            "修改".into(),
            m.into(),
            String::new(),
            publish.get(m).cloned().unwrap_or_default(),
            String::new(),
        ]);
    }
    let p = &answer["publication"];
    out(&format!(
        "{}\n\n",
        if ctx.en {
            format!(
                "changed on {}: publish by {} (第二十二条), reading places by {} (第二十三条)",
                p["changed_on"].as_str().unwrap_or_default(),
                p["publish_due"].as_str().unwrap_or_default(),
                p["reading_places_due"].as_str().unwrap_or_default()
            )
        } else {
            format!(
                "变更日 {}：应于 {} 前公布（公开公示办法 第二十二条），{} 前送达查阅场所（第二十三条）",
                p["changed_on"].as_str().unwrap_or_default(),
                p["publish_due"].as_str().unwrap_or_default(),
                p["reading_places_due"].as_str().unwrap_or_default()
            )
        }
    ));
    let headings = if ctx.en {
        ["change", "matter", "name", "publish by", "detail"]
    } else {
        ["变更", "事项编码", "事项名称", "公布期限", "说明"]
    };
    out(&table(&headings, &rows, &[], ctx.colour));
    if let Some(r) = answer["material_reduction"].as_object() {
        out(&format!(
            "\n{}（{}）\n",
            r["reasons"][0]["message"].as_str().unwrap_or_default(),
            cite(&r["reasons"][0])
        ));
    }
    if !findings.is_empty() {
        let rows: Vec<Vec<String>> = findings
            .iter()
            .map(|f| {
                vec![
                    f["matter"].as_str().unwrap_or("—").to_string(),
                    cited(f, ctx.en),
                ]
            })
            .collect();
        let colours = vec![Some("31"); rows.len()];
        out(&format!(
            "\n{}",
            table(
                &[
                    ctx.t("事项", "matter"),
                    ctx.t("问题（依据）", "finding (source)")
                ],
                &rows,
                &colours,
                ctx.colour
            )
        ));
    }
    Ok(if findings.is_empty() { OK } else { FINDINGS })
}

/// Today in China (UTC+8), `YYYY-MM-DD`.
fn chrono_today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        + 8 * 3600;
    zhengwu::date::from_epoch_days((secs / 86_400) as i64)
        .map(zhengwu::date::format_ymd)
        .unwrap_or_default()
}

/// A message with its citation, bracketed as the language writes it.
fn cited(v: &Value, en: bool) -> String {
    let (m, c) = (v["message"].as_str().unwrap_or_default(), cite(v));
    if en {
        format!("{m} ({c})")
    } else {
        format!("{m}（{c}）")
    }
}

/// The reasons of an answer, one a line, each with its citation.
fn reasons(v: &Value, en: bool) -> String {
    v["reasons"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| format!("  · {}\n", cited(r, en)))
        .collect()
}

fn deadline(ctx: &Ctx, a: DeadlineArgs, catalog: Option<&Loaded>) -> Result<i32, Fail> {
    let engine = ctx.engine(catalog)?;
    let mut pauses = Vec::new();
    for p in &a.pause {
        let (range, step) = match p.split_once(':') {
            Some((r, s)) => (r, Some(s)),
            None => (p.as_str(), None),
        };
        let (from, to) = range.split_once("..").ok_or_else(|| {
            Fail(format!(
                "--pause {p}：应写作 起..止 或 起..止:环节（如 2024-10-09..2024-10-11:hearing）"
            ))
        })?;
        let mut one = json!({"from": from, "to": to});
        if let Some(s) = step {
            one["step"] = Value::from(s);
        }
        pauses.push(one);
    }
    let period = match (a.workdays, a.natural_days) {
        (Some(n), _) => json!({"workdays": n}),
        (None, Some(n)) => json!({"natural_days": n}),
        (None, None) => return Err(Fail("--workdays 或 --natural-days 须给出一个".into())),
    };
    let answer = ctx.call(
        &engine,
        "calendar.deadline",
        json!({"start": a.start, "period": period, "pauses": pauses}),
        None,
    )?;
    if ctx.json {
        ctx.print_json(&answer);
        return Ok(OK);
    }
    let due = answer["due"].as_str().unwrap_or_default();
    let paused = answer["paused_days"].as_u64().unwrap_or(0);
    out(&format!(
        "{}{}\n{}",
        if ctx.en {
            format!("due {due}")
        } else {
            format!("办结期限：{due}")
        },
        if paused > 0 {
            if ctx.en {
                format!(" ({paused} days paused)")
            } else {
                format!("（暂停计时 {paused} 天）")
            }
        } else {
            String::new()
        },
        reasons(&answer, ctx.en)
    ));
    Ok(OK)
}

fn ids(ctx: &Ctx, values: &[String]) -> Result<i32, Fail> {
    let engine = ctx.engine(None)?;
    let mut rows = Vec::new();
    let mut answers = Vec::new();
    let mut invalid = false;
    for v in values {
        let compact = zhengwu::id::compact(v);
        let person = compact.len() == 18 && compact[..17].bytes().all(|b| b.is_ascii_digit())
            || compact.len() == 15;
        let (op, input) = if person {
            ("id.resident", json!({"id": v}))
        } else {
            ("id.uscc", json!({"code": v}))
        };
        let a = ctx.call(&engine, op, input, None)?;
        invalid |= a["valid"] != true;
        let region = |r: &Value| {
            [
                r["province"].as_str(),
                r["prefecture"].as_str(),
                r["name"].as_str(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("")
        };
        let detail = if person {
            let sex = match a["sex"].as_str() {
                Some("male") => ctx.t("男", "male"),
                Some("female") => ctx.t("女", "female"),
                _ => "",
            };
            [
                region(&a["region"]),
                a["birth_date"].as_str().unwrap_or_default().to_string(),
                sex.to_string(),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("，")
        } else {
            [
                a["registration_authority"]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                a["entity_type"]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                region(&a["region"]),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("，")
        };
        let shown = if person {
            a["masked"].as_str().unwrap_or_default().to_string()
        } else {
            a["code"].as_str().unwrap_or(&compact).to_string()
        };
        let why = a["reasons"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        rows.push(vec![
            shown,
            if person {
                ctx.t("公民身份号码", "resident ID")
            } else {
                ctx.t("统一社会信用代码", "USCC")
            }
            .to_string(),
            if a["valid"] == true {
                ctx.t("有效", "valid")
            } else {
                ctx.t("无效", "invalid")
            }
            .to_string(),
            if a["valid"] == true { detail } else { why },
        ]);
        answers.push(a);
    }
    if ctx.json {
        for a in &answers {
            ctx.print_json(a);
        }
    } else {
        let colours: Vec<Option<&str>> = answers
            .iter()
            .map(|a| Some(if a["valid"] == true { "32" } else { "31" }))
            .collect();
        let headings = if ctx.en {
            ["number", "kind", "result", "detail"]
        } else {
            ["号码", "类型", "结果", "说明"]
        };
        out(&table(&headings, &rows, &colours, ctx.colour));
    }
    Ok(if invalid { FINDINGS } else { OK })
}

fn calendar(ctx: &Ctx, what: CalendarCommand) -> Result<i32, Fail> {
    let engine = ctx.engine(None)?;
    match what {
        CalendarCommand::Check { file } => {
            let v = read_json(&file)?;
            let a = ctx.call(&engine, "calendar.check_year", json!({"file": v}), None)?;
            if ctx.json {
                ctx.print_json(&a);
            } else {
                let complete = a["complete"] == true;
                out(&format!(
                    "{} 年：{}，工作日 {} 天\n",
                    a["year"],
                    if complete {
                        "法定节假日齐全"
                    } else {
                        "法定节假日不全"
                    },
                    a["working_days"]
                ));
                let missing: Vec<Vec<String>> = a["statutory"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|s| s["present"] != true)
                    .map(|s| {
                        vec![
                            s["holiday"].as_str().unwrap_or_default().into(),
                            s["day"].as_str().unwrap_or_default().into(),
                            s["date"].as_str().unwrap_or_default().into(),
                        ]
                    })
                    .collect();
                if !missing.is_empty() {
                    out(&format!(
                        "\n未列为放假日的法定节假日：\n{}",
                        table(&["节日", "日子", "日期"], &missing, &[], ctx.colour)
                    ));
                }
                out(&reasons(&a, ctx.en));
            }
            Ok(if a["complete"] == true { OK } else { FINDINGS })
        }
        CalendarCommand::Show { year } => {
            let mut days = Vec::new();
            let mut rows = Vec::new();
            let start = zhengwu::date::parse_ymd(&format!("{year:04}-01-01"))
                .ok_or_else(|| Fail(format!("{year} 不是有效的年份")))?;
            let mut d = start;
            while d.format("%Y").to_string() == format!("{year:04}") {
                let a = ctx.call(
                    &engine,
                    "calendar.day",
                    json!({"date": zhengwu::date::format_ymd(d)}),
                    None,
                )?;
                let kind = a["kind"].as_str().unwrap_or_default();
                if kind == "holiday" || kind == "adjusted_workday" {
                    let what = if kind == "holiday" {
                        format!("放假（{}）", a["holiday"].as_str().unwrap_or_default())
                    } else {
                        format!(
                            "调休上班（{}）",
                            a["adjusted_for"].as_str().unwrap_or_default()
                        )
                    };
                    rows.push(vec![
                        zhengwu::date::format_ymd(d),
                        "一二三四五六日"
                            .chars()
                            .nth(a["weekday"].as_u64().unwrap_or(1) as usize - 1)
                            .map(|c| format!("星期{c}"))
                            .unwrap_or_default(),
                        what,
                    ]);
                }
                days.push(a);
                d = d.succ_opt().ok_or_else(|| Fail("日期超出范围".into()))?;
            }
            if ctx.json {
                ctx.print_json(&Value::Array(days));
            } else {
                let work = days.iter().filter(|a| a["workday"] == true).count();
                out(&format!(
                    "{year} 年：工作日 {work} 天，放假和调休安排：\n\n{}",
                    table(&["日期", "星期", "安排"], &rows, &[], ctx.colour)
                ));
            }
            Ok(OK)
        }
        CalendarCommand::Coverage => {
            let a = ctx.call(&engine, "calendar.coverage", json!({}), None)?;
            if ctx.json {
                ctx.print_json(&a);
            } else {
                out(&format!(
                    "日历 {}：官方安排 {} 至 {}\n",
                    a["calendar"].as_str().unwrap_or_default(),
                    a["official"]["from"].as_str().unwrap_or_default(),
                    a["official"]["to"].as_str().unwrap_or_default()
                ));
                if let Some(p) = a["projected"].as_object() {
                    out(&format!(
                        "推算（仅法定节假日，标记为暂定）：{} 至 {}\n",
                        p["from"].as_str().unwrap_or_default(),
                        p["to"].as_str().unwrap_or_default()
                    ));
                }
                out(&reasons(&a, ctx.en));
            }
            Ok(OK)
        }
    }
}

fn form(ctx: &Ctx, what: FormCommand, catalog: Option<&Loaded>) -> Result<i32, Fail> {
    let engine = ctx.engine(catalog)?;
    let FormCommand::Merge { bundle, matters } = what;
    let input = match bundle {
        Some(b) => json!({"bundle": b}),
        None => json!({"matters": matters}),
    };
    let a = ctx.call(&engine, "form.merge", input, catalog)?;
    if ctx.json {
        ctx.print_json(&a);
        return Ok(OK);
    }
    let order: Vec<String> = a["matters"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| {
            format!(
                "{}（{}）",
                m["name"].as_str().unwrap_or_default(),
                m["department"]["name"].as_str().unwrap_or_default()
            )
        })
        .collect();
    out(&format!("一表申报：{}\n\n", order.join(" → ")));
    let rows: Vec<Vec<String>> = a["fields"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            vec![
                f["label"].as_str().unwrap_or_default().to_string(),
                if f["required"] == true {
                    "必填"
                } else {
                    "选填"
                }
                .to_string(),
                f["shared_source"]
                    .as_str()
                    .map_or(String::new(), |s| format!("可由{s}预填")),
                format!("{} 个事项", f["needed_by"].as_array().map_or(0, Vec::len)),
            ]
        })
        .collect();
    out(&table(
        &["字段", "", "共享数据", "用于"],
        &rows,
        &[],
        ctx.colour,
    ));
    out(&reasons(&a, ctx.en));
    Ok(OK)
}

fn catalog_cmd(ctx: &Ctx, what: CatalogCommand, catalog: Option<Loaded>) -> Result<i32, Fail> {
    match what {
        CatalogCommand::Export { out: path } => {
            let cat = catalog.unwrap_or_else(embedded);
            book::write_xlsx(&path, &export::catalog(&cat.value))?;
            eprintln!("已写出 {}（{} 个事项）", path.display(), cat.matters());
            Ok(OK)
        }
        CatalogCommand::Template { out: path } => {
            book::write_xlsx(&path, &export::catalog(&json!({})))?;
            eprintln!("已写出空白模板 {}", path.display());
            Ok(OK)
        }
        CatalogCommand::Import { file, out: path } => {
            let cat = load(&file)?;
            ctx.engine(Some(&cat))?; // every fault the engine finds, located in the workbook
            let text = serde_json::to_string_pretty(&json!({"catalog": cat.value}))
                .unwrap_or_default()
                + "\n";
            match path {
                Some(p) => {
                    std::fs::write(&p, text)
                        .map_err(|e| Fail(format!("{}：无法写入（{e}）", p.display())))?;
                    eprintln!("已写出 {}（{} 个事项）", p.display(), cat.matters());
                }
                None => out(&text),
            }
            let _ = ctx;
            Ok(OK)
        }
    }
}

fn call(ctx: &Ctx, op: &str, input: Option<String>, catalog: Option<&Loaded>) -> Result<i32, Fail> {
    let engine = ctx.engine(catalog)?;
    let text = match input.as_deref() {
        None => "{}".to_string(),
        Some("-") => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                .map_err(|e| Fail(format!("无法读取标准输入（{e}）")))?;
            s
        }
        Some(t) => t.to_string(),
    };
    match engine.call_json(op, &text) {
        Ok(v) => {
            out(&format!("{v}\n"));
            Ok(OK)
        }
        Err(e) => {
            out(&format!("{}\n", e.to_value()));
            Ok(INPUT)
        }
    }
}
