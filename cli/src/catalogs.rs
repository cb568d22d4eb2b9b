//! The 事项清单 subcommands: lint, stats, diff, and catalog import, export and template.

use crate::commands::cannot_write;
use crate::commands::{chrono_today, embedded};
use crate::commands::{cite, cited, load, out, pick, Ctx, Fail, Loaded, Progress, FINDINGS, OK};
use crate::render::{severity, severity_colour, table};
use crate::texts::Said;
use crate::CatalogCommand;
use serde_json::{json, Value};
use std::path::Path;
use zhengwu_sheets::{book, export};

pub(crate) fn lint(
    ctx: &Ctx,
    file: Option<&Path>,
    catalog: Option<Loaded>,
    xlsx: Option<&Path>,
) -> Result<i32, Fail> {
    let cat = pick(file, catalog)?;
    let progress = Progress::start(Said::Checking { n: cat.matters() });
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

pub(crate) fn stats(ctx: &Ctx, file: Option<&Path>, catalog: Option<Loaded>) -> Result<i32, Fail> {
    let cat = pick(file, catalog)?;
    let progress = Progress::start(Said::Counting { n: cat.matters() });
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
                if t["applicable"] == false {
                    format!("—（{}/{}）", t["count"], t["of"])
                } else {
                    format!("{}（{}/{}）", pct(&t["value"]), t["count"], t["of"])
                },
                pct(&t["target"]),
                if t["applicable"] == false {
                    ctx.t("不适用", "n/a")
                } else if t["met"] == true {
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
        .map(|t| match (&t["applicable"], &t["met"]) {
            (Value::Bool(false), _) => None,
            (_, Value::Bool(true)) => Some("32"),
            _ => Some("31"),
        })
        .collect();
    let headings = if ctx.en {
        ["measure", "value", "target", "", "source"]
    } else {
        ["指标", "数值", "目标", "结果", "依据"]
    };
    out(&table(&headings, &rows, &colours, ctx.colour));
    Ok(OK)
}

pub(crate) fn diff(
    ctx: &Ctx,
    old: &Path,
    new: &Path,
    on: Option<String>,
    xlsx: Option<&Path>,
) -> Result<i32, Fail> {
    let (a, b) = (load(old)?, load(new)?);
    let progress = Progress::start(Said::Comparing {
        n: a.matters().max(b.matters()),
    });
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
        book::write_xlsx(path, &export::diff(&answer, &a.value, &b.value))?;
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
    // Names as the clerk knows them: a department by its name, not its id.
    let names = |list: &str| -> std::collections::HashMap<String, String> {
        let mut map = std::collections::HashMap::new();
        for cat in [&a.value, &b.value] {
            for x in cat[list].as_array().into_iter().flatten() {
                let key = if list == "matters" {
                    &x["code"]
                } else {
                    &x["id"]
                };
                if let (Some(k), Some(n)) = (key.as_str(), x["name"].as_str()) {
                    map.insert(k.to_string(), n.to_string());
                }
            }
        }
        map
    };
    let department_names = names("departments");
    let compared = export::Compared::new(&a.value, &b.value);
    let department = |id: &Value| match id.as_str() {
        Some(id) => department_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string()),
        None => ctx.t("（未写明）", "(not stated)").to_string(),
    };
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
                    department(&c["department"])
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
        let (name, fields) = compared.modified(m);
        rows.push(vec![
            "修改".into(),
            m.into(),
            name,
            publish.get(m).cloned().unwrap_or_default(),
            if fields.is_empty() {
                String::new()
            } else {
                format!("{}{}", ctx.t("改动：", "changed: "), fields.join("、"))
            },
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

pub(crate) fn catalog_cmd(
    ctx: &Ctx,
    what: CatalogCommand,
    catalog: Option<Loaded>,
) -> Result<i32, Fail> {
    match what {
        CatalogCommand::Export { out: path } => {
            let cat = catalog.unwrap_or_else(embedded);
            book::write_xlsx(&path, &export::catalog(&cat.value))?;
            crate::commands::err(
                &Said::WroteMatters {
                    file: &path.display().to_string(),
                    n: cat.matters(),
                }
                .message(),
            );
            Ok(OK)
        }
        CatalogCommand::Template { out: path } => {
            book::write_xlsx(&path, &export::catalog(&json!({})))?;
            crate::commands::err(
                &Said::WroteTemplate {
                    file: &path.display().to_string(),
                }
                .message(),
            );
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
                    std::fs::write(&p, text).map_err(|e| cannot_write(&p, e))?;
                    crate::commands::err(
                        &Said::WroteMatters {
                            file: &p.display().to_string(),
                            n: cat.matters(),
                        }
                        .message(),
                    );
                }
                None => out(&text),
            }
            let _ = ctx;
            Ok(OK)
        }
    }
}
