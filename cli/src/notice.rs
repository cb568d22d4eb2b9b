//! `zhengwu calendar import NOTICE.txt [--out FILE]`: the State Council's holiday notice, pasted
//! into a text file the day it appears, read into a year file — with each item's days, the
//! statutory check, and what it changes against the projection the engine used until then.

use crate::commands::cannot_write;
use crate::commands::{err, out, Ctx, Fail, FINDINGS, OK};
use crate::render::table;
use crate::texts::Said;
use serde_json::{json, Value};
use std::path::Path;

/// Dates as runs: "2024-02-10至02-17、2024-02-19".
fn days(v: &Value) -> String {
    let dates: Vec<i64> = v
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(zhengwu::date::parse_ymd)
        .map(zhengwu::date::to_epoch_days)
        .collect();
    let mut runs: Vec<(i64, i64)> = Vec::new();
    for d in dates {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == d => *end = d,
            _ => runs.push((d, d)),
        }
    }
    let text = |d: i64| {
        zhengwu::date::from_epoch_days(d)
            .map(zhengwu::date::format_ymd)
            .unwrap_or_default()
    };
    runs.iter()
        .map(|&(a, b)| {
            if a == b {
                text(a)
            } else {
                format!("{}至{}", text(a), text(b).get(5..).unwrap_or_default())
            }
        })
        .collect::<Vec<_>>()
        .join("、")
}

pub(crate) fn import(ctx: &Ctx, file: &Path, out_file: Option<&Path>) -> Result<i32, Fail> {
    let name = file.display().to_string();
    let text = zhengwu::ingress::read_text(file, crate::commands::limits().max_file_bytes)
        .map_err(|f| Fail(f.message(&name).into_owned()))?;
    let engine = ctx.engine(None)?;
    let a = ctx
        .call(
            &engine,
            "calendar.parse_notice",
            json!({"text": text}),
            None,
        )
        .map_err(|Fail(m)| {
            Fail(
                Said::About {
                    file: &name,
                    message: m,
                }
                .to_string(),
            )
        })?;
    let year_file = a["year_files"][0].clone();
    if let Some(p) = out_file {
        let body = serde_json::to_string_pretty(&year_file).unwrap_or_default() + "\n";
        std::fs::write(p, body).map_err(|e| cannot_write(p, e))?;
        err(&Said::WroteYearFile {
            file: &p.display().to_string(),
        }
        .message());
    }
    if ctx.json {
        ctx.print_json(&a);
        return Ok(if a["complete"] == true { OK } else { FINDINGS });
    }
    let src = &a["source"];
    out(&format!(
        "{}年：{}{}{}\n\n",
        a["year"],
        src["title"].as_str().unwrap_or("（文本未载明标题）"),
        src["number"]
            .as_str()
            .map_or(String::new(), |n| format!("（{n}）")),
        src["date"]
            .as_str()
            .map_or(String::new(), |d| format!("，{d}")),
    ));
    let rows: Vec<Vec<String>> = a["holidays"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|h| {
            vec![
                h["name"].as_str().unwrap_or_default().to_string(),
                format!("{}天", h["days_off"].as_array().map_or(0, Vec::len)),
                days(&h["days_off"]),
                days(&h["workdays"]),
            ]
        })
        .collect();
    out(&table(
        &["节日", "放假", "放假日", "调休上班"],
        &rows,
        &[],
        ctx.colour,
    ));
    let complete = a["complete"] == true;
    out(&format!(
        "\n核对：{}；全年工作日 {} 天\n",
        if complete {
            "法定节假日齐全"
        } else {
            "法定节假日不全（见下）"
        },
        a["working_days"]
    ));
    let changes: Vec<Vec<String>> = a["changes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            let now = if c["workday"] == true {
                "上班"
            } else {
                "放假"
            };
            let before = if c["projected_workday"] == true {
                "工作日"
            } else {
                "休息日"
            };
            vec![
                c["date"].as_str().unwrap_or_default().to_string(),
                format!("推算为{before}，通知定为{now}"),
                c["holiday"].as_str().unwrap_or_default().to_string(),
            ]
        })
        .collect();
    if !changes.is_empty() {
        out(&format!(
            "\n与载入通知前的推算（周末与法定节假日）相比改变的 {} 天：\n",
            changes.len()
        ));
        out(&table(&["日期", "变化", "节日"], &changes, &[], ctx.colour));
    }
    out(&format!("\n{}", crate::commands::reasons(&a, ctx.en)));
    if out_file.is_none() {
        out("（加 --out 年份.json 写出年度文件，再以 --config 的 calendar_files 载入）\n");
    }
    Ok(if complete { OK } else { FINDINGS })
}
