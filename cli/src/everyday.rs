//! The everyday subcommands: a deadline, identifiers, the calendar, one form, any operation of
//! the JSON door.

use crate::commands::cannot_write;
use crate::commands::{out, Ctx, Fail, Loaded, FINDINGS, INPUT, OK};
use crate::commands::{read_json, reasons};
use crate::render::table;
use crate::texts::Said;
use crate::{CalendarCommand, DeadlineArgs, FormCommand};
use serde_json::{json, Value};

pub(crate) fn deadline(ctx: &Ctx, a: DeadlineArgs, catalog: Option<&Loaded>) -> Result<i32, Fail> {
    let engine = ctx.engine(catalog)?;
    let mut pauses = Vec::new();
    for p in &a.pause {
        let (range, step) = match p.split_once(':') {
            Some((r, s)) => (r, Some(s)),
            None => (p.as_str(), None),
        };
        let (from, to) = range
            .split_once("..")
            .ok_or_else(|| Fail(Said::PauseForm { given: p }.to_string()))?;
        let mut one = json!({"from": from, "to": to});
        if let Some(s) = step {
            // The step as the workbooks write it (听证, 专家评审) or by its wire name (hearing).
            let s = s.trim();
            let wire = zhengwu::step::SpecialStep::ALL
                .iter()
                .find(|v| v.label() == s)
                .map_or(s, |v| v.name());
            one["step"] = Value::from(wire);
        }
        pauses.push(one);
    }
    let period = match (a.workdays, a.natural_days) {
        (Some(n), _) => json!({"workdays": n}),
        (None, Some(n)) => json!({"natural_days": n}),
        (None, None) => return Err(Fail(Said::PeriodMissing.to_string())),
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

pub(crate) fn ids(ctx: &Ctx, values: &[String]) -> Result<i32, Fail> {
    let engine = ctx.engine(None)?;
    let mut rows = Vec::new();
    let mut answers = Vec::new();
    let mut invalid = false;
    for v in values {
        let compact = zhengwu::id::compact(v);
        // Full-width digits and dots are a resident ID number as people type it, too.
        let person = compact.len() == 18 && compact[..17].bytes().all(|b| b.is_ascii_digit())
            || compact.len() == 15
            || zhengwu::id::contains_unmasked_resident_id(v);
        let (op, input) = if person {
            ("id.resident", json!({"id": v}))
        } else {
            ("id.uscc", json!({"code": v}))
        };
        let a = ctx.call(&engine, op, input, None)?;
        invalid |= a["valid"] != true;
        // 天津市宝坻区, not 天津市天津市宝坻区: a 直辖市 is its own prefecture.
        let region = |r: &Value| {
            let province = r["province"].as_str();
            let prefecture = r["prefecture"].as_str().filter(|p| Some(*p) != province);
            [province, prefecture, r["name"].as_str()]
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

pub(crate) fn calendar(ctx: &Ctx, what: CalendarCommand) -> Result<i32, Fail> {
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
        CalendarCommand::Import { file, out } => crate::notice::import(ctx, &file, out.as_deref()),
        CalendarCommand::Show { year } => {
            let mut days = Vec::new();
            let mut rows = Vec::new();
            let start = zhengwu::date::parse_ymd(&format!("{year:04}-01-01"))
                .ok_or_else(|| Fail(Said::NotAYear { year }.to_string()))?;
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
                d = d
                    .succ_opt()
                    .ok_or_else(|| Fail(Said::DateOutOfRange.to_string()))?;
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

pub(crate) fn form(ctx: &Ctx, what: FormCommand, catalog: Option<&Loaded>) -> Result<i32, Fail> {
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

/// `zhengwu guide MATTER|BUNDLE [--html FILE]`: the 办事指南 as text, its gaps with their articles,
/// and the printable page when asked.
pub(crate) fn guide(
    ctx: &Ctx,
    target: &str,
    html: Option<&std::path::Path>,
    catalog: Option<&Loaded>,
) -> Result<i32, Fail> {
    let engine = ctx.engine(catalog)?;
    let is_bundle = engine
        .call("bundle.get", &json!({"bundle": target}))
        .is_ok();
    let a = if is_bundle {
        ctx.call(&engine, "bundle.guide", json!({"bundle": target}), catalog)?
    } else {
        match engine.call("matter.guide", &json!({"code": target})) {
            Ok(a) => a,
            Err(e) if e.code() == zhengwu::ErrorCode::CatalogUnknownMatter => {
                let target = format!("{target:?}");
                return Err(Fail(Said::NotMatterOrBundle { target }.to_string()));
            }
            Err(e) => return Err(Fail(ctx.explain(&e, catalog))),
        }
    };
    if let Some(p) = html {
        let page = a["html"].as_str().unwrap_or_default();
        std::fs::write(p, page).map_err(|e| cannot_write(p, e))?;
        crate::commands::err(
            &Said::Wrote {
                file: &p.display().to_string(),
            }
            .message(),
        );
    }
    if ctx.json {
        ctx.print_json(&a);
        return Ok(OK);
    }
    out(a["text"].as_str().unwrap_or_default());
    let gaps = a["gaps"].as_array().map_or(&[][..], Vec::as_slice);
    if !gaps.is_empty() {
        let n = gaps.len();
        let zh = format!("事项清单检查的发现（{n}项，zhengwu lint 同样列出）：");
        let en = format!("What the catalog check finds ({n}; zhengwu lint lists the same):");
        out(&format!("\n{}\n", ctx.t(&zh, &en)));
        for g in gaps {
            out(&format!("  · {}\n", crate::commands::cited(g, ctx.en)));
        }
    }
    out(&format!("\n{}", reasons(&a, ctx.en)));
    Ok(OK)
}

pub(crate) fn call(
    ctx: &Ctx,
    op: &str,
    input: Option<String>,
    catalog: Option<&Loaded>,
) -> Result<i32, Fail> {
    let engine = ctx.engine(catalog)?;
    let text = match input.as_deref() {
        None => "{}".to_string(),
        Some("-") => {
            let max = crate::commands::limits().max_file_bytes;
            let bytes = zhengwu::ingress::read_stream(std::io::stdin().lock(), max)
                .map_err(|f| Fail(f.message(&Said::Stdin.message()).into_owned()))?;
            String::from_utf8(bytes).map_err(|_| Fail(Said::StdinNotUtf8.to_string()))?
        }
        Some(t) => t.to_string(),
    };
    match engine.call_json(op, &text) {
        Ok(v) => {
            crate::commands::out_json(&format!("{v}\n"));
            Ok(OK)
        }
        Err(e) => {
            crate::commands::out_json(&format!("{}\n", e.to_value()));
            Ok(INPUT)
        }
    }
}
