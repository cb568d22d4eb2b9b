//! `zhengwu commitment` and `zhengwu case`: a commitment (告知承诺) opened and ticked from the
//! state file the host keeps, and a workbook of cases (办件) supervised (电子监察) — the answers
//! of `commitment.open`, `commitment.tick` and `case.supervise_batch` as tables.

use crate::commands::{out, read_json, Ctx, Fail, Loaded, FINDINGS, OK};
use crate::render::table;
use crate::texts::Said;
use serde_json::{json, Map, Value};
use std::path::Path;
use zhengwu::case::CaseStatus;
use zhengwu::commitment::lifecycle::{AlertKind, DeadlineKind, Status};
use zhengwu_sheets::book::{self, Cell};

fn label<T: Copy>(
    all: &[T],
    name: impl Fn(T) -> &'static str,
    zh: impl Fn(T) -> &'static str,
    wire: &str,
) -> String {
    all.iter()
        .find(|v| name(**v) == wire)
        .map_or_else(|| wire.to_string(), |v| zh(*v).to_string())
}

fn write_state(path: &Path, state: &Value) -> Result<(), Fail> {
    let text = serde_json::to_string_pretty(state).unwrap_or_default();
    std::fs::write(path, text + "\n").map_err(|e| {
        Fail(
            Said::CannotWrite {
                file: &path.display().to_string(),
                error: e.to_string(),
            }
            .to_string(),
        )
    })
}

/// The state's deadlines and the alerts of a tick, as a table; whether any has passed.
fn show(ctx: &Ctx, answer: &Value) -> bool {
    let state = &answer["state"];
    let status = state["status"].as_str().unwrap_or_default();
    let status = if ctx.en {
        status.to_string()
    } else {
        label(Status::ALL, Status::name, Status::label, status)
    };
    out(&format!("{}{}\n", ctx.t("承诺状态：", "status: "), status));
    let alerts = answer["alerts"].as_array().cloned().unwrap_or_default();
    let mut passed = false;
    let rows: Vec<Vec<String>> = state["deadlines"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, due)| {
            let a = alerts.iter().find(|a| a["deadline"] == k.as_str());
            let kind = a.and_then(|a| a["kind"].as_str()).unwrap_or_default();
            passed |= kind == "passed";
            vec![
                if ctx.en {
                    k.clone()
                } else {
                    label(
                        DeadlineKind::ALL,
                        DeadlineKind::name,
                        DeadlineKind::label,
                        k,
                    )
                },
                due.as_str().unwrap_or_default().to_string(),
                if ctx.en || kind.is_empty() {
                    kind.to_string()
                } else {
                    label(AlertKind::ALL, AlertKind::name, AlertKind::label, kind)
                },
                a.map(|a| a["workdays_left"].to_string())
                    .unwrap_or_default(),
                a.and_then(|a| a["citation"]["text"].as_str())
                    .unwrap_or_default()
                    .to_string(),
            ]
        })
        .collect();
    let colours: Vec<Option<&str>> = rows
        .iter()
        .map(|r| match r[2].as_str() {
            "passed" | "已逾期" => Some("31"),
            "" => None,
            _ => Some("33"),
        })
        .collect();
    let headings = if ctx.en {
        ["deadline", "due", "alert", "working days left", "source"]
    } else {
        ["期限", "到期日", "提醒", "剩余工作日", "依据"]
    };
    out(&table(&headings, &rows, &colours, ctx.colour));
    passed
}

/// `zhengwu commitment open`: a commitment opened, its state written to `state_file`.
pub(crate) fn commitment_open(
    ctx: &Ctx,
    a: &crate::CommitmentOpen,
    catalog: Option<&Loaded>,
) -> Result<i32, Fail> {
    let engine = ctx.engine(catalog)?;
    let subject = match (&a.uscc, &a.resident_id) {
        (Some(u), _) => json!({"uscc": u}),
        (None, Some(id)) => json!({"resident_id": id}),
        (None, None) => return Err(Fail(Said::SubjectMissing.to_string())),
    };
    let mut input = json!({
        "matter": a.matter,
        "applicant": {"subject": subject, "records": []},
        "committed_on": a.committed_on,
        "missing": a.missing,
    });
    if let Some(d) = &a.decided_on {
        input["decided_on"] = Value::from(d.clone());
    }
    let answer = ctx.call(&engine, "commitment.open", input, catalog)?;
    write_state(&a.state, &answer["state"])?;
    if ctx.json {
        ctx.print_json(&answer);
        return Ok(OK);
    }
    show(ctx, &answer);
    out(&format!(
        "{}{}\n",
        ctx.t("状态已写入 ", "state written to "),
        a.state.display()
    ));
    Ok(OK)
}

/// `zhengwu commitment tick`: the state file moved to `today`, alerts shown, the file rewritten.
pub(crate) fn commitment_tick(
    ctx: &Ctx,
    state_file: &Path,
    today: Option<String>,
    catalog: Option<&Loaded>,
) -> Result<i32, Fail> {
    let engine = ctx.engine(catalog)?;
    let state = read_json(state_file)?;
    let today = today.unwrap_or_else(crate::commands::chrono_today);
    let answer = ctx.call(
        &engine,
        "commitment.tick",
        json!({"state": state, "today": today}),
        catalog,
    )?;
    write_state(state_file, &answer["state"])?;
    if ctx.json {
        ctx.print_json(&answer);
        return Ok(OK);
    }
    let passed = show(ctx, &answer);
    Ok(if passed { FINDINGS } else { OK })
}

/// The columns of a workbook of cases, by heading: (heading, event type or field).
const CASE_COLUMNS: &[(&str, &str)] = &[
    ("办件编号", "id"),
    ("事项编码", "matter"),
    ("收件日期", "received"),
    ("补正告知日期", "supplement_requested"),
    ("补正日期", "supplement_received"),
    ("受理日期", "accepted"),
    ("决定日期", "decided"),
    ("决定结果", "result"),
    ("送达日期", "delivered"),
];

/// Cases from a workbook (one row a case, the columns of [`CASE_COLUMNS`], the heading row the
/// first that names 事项编码 and 收件日期) or a JSON list of cases.
fn cases_of(path: &Path) -> Result<Vec<Value>, Fail> {
    if path.extension().and_then(|e| e.to_str()) == Some("json") {
        return match read_json(path)? {
            Value::Array(a) => Ok(a),
            Value::Object(mut m) => Ok(m
                .remove("cases")
                .and_then(|c| c.as_array().cloned())
                .unwrap_or_default()),
            _ => Err(Fail(
                Said::CasesShape {
                    file: &path.display().to_string(),
                }
                .to_string(),
            )),
        };
    }
    let budget = zhengwu_sheets::budget::Budget::for_limits(&crate::commands::limits());
    let tables = book::read_with(path, &budget)?;
    let file = path.display().to_string();
    let table = tables
        .first()
        .ok_or_else(|| Fail(Said::CasesShape { file: &file }.to_string()))?;
    let heads = |row: &[Cell]| -> Vec<Option<&'static str>> {
        row.iter()
            .map(|c| {
                let h = zhengwu_sheets::headings::normal(&c.text());
                CASE_COLUMNS
                    .iter()
                    .find(|(zh, _)| *zh == h)
                    .map(|(_, f)| *f)
            })
            .collect()
    };
    let at = table
        .rows
        .iter()
        .take(zhengwu_sheets::headings::SEARCH_ROWS)
        .position(|r| {
            let h = heads(r);
            h.contains(&Some("matter")) && h.contains(&Some("received"))
        })
        .ok_or_else(|| Fail(Said::CasesShape { file: &file }.to_string()))?;
    let cols = heads(&table.rows[at]);
    let mut cases = Vec::new();
    for row in table.rows.iter().skip(at + 1) {
        if row.iter().all(Cell::is_empty) {
            continue;
        }
        let mut fields = Map::new();
        for (c, cell) in row.iter().enumerate() {
            if let (Some(Some(f)), false) = (cols.get(c), cell.is_empty()) {
                let text = match cell {
                    Cell::Date(d) => d.clone(),
                    _ => cell.text(),
                };
                fields.insert((*f).to_string(), Value::from(text));
            }
        }
        let mut events = Vec::new();
        for (_, kind) in &CASE_COLUMNS[2..] {
            if *kind == "result" {
                continue;
            }
            if let Some(on) = fields.get(*kind).and_then(Value::as_str) {
                let on = zhengwu_sheets::cells_date(on).unwrap_or_else(|| on.to_string());
                let mut e = json!({"type": kind, "on": on});
                if *kind == "decided" {
                    let r = fields
                        .get("result")
                        .and_then(Value::as_str)
                        .unwrap_or("准予");
                    e["result"] = Value::from(if r == "不予" || r == "refused" {
                        "refused"
                    } else {
                        "granted"
                    });
                }
                events.push(e);
            }
        }
        let mut case = json!({"matter": fields.get("matter").cloned().unwrap_or(Value::Null), "events": events});
        if let Some(id) = fields.get("id") {
            case["id"] = id.clone();
        }
        cases.push(case);
    }
    Ok(cases)
}

/// `zhengwu case supervise`: every case of a workbook as of `today`: status, the decision's
/// due days, late or not, alerts. Exit 1 when a case is late or alerted.
pub(crate) fn case_supervise(
    ctx: &Ctx,
    file: &Path,
    today: Option<String>,
    catalog: Option<&Loaded>,
) -> Result<i32, Fail> {
    let engine = ctx.engine(catalog)?;
    let cases = cases_of(file)?;
    let today = today.unwrap_or_else(crate::commands::chrono_today);
    let answer = ctx.call(
        &engine,
        "case.supervise_batch",
        json!({"today": today, "cases": cases}),
        catalog,
    )?;
    if ctx.json {
        ctx.print_json(&answer);
        return Ok(OK);
    }
    let mut attention = false;
    let mut rows = Vec::new();
    let mut colours = Vec::new();
    for (i, r) in answer["results"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let id = cases
            .get(i)
            .and_then(|c| c["id"].as_str())
            .unwrap_or_default()
            .to_string();
        let status = r["status"].as_str().unwrap_or_default();
        let status = if ctx.en {
            status.to_string()
        } else {
            label(CaseStatus::ALL, CaseStatus::name, CaseStatus::label, status)
        };
        let due = |kind: &str| {
            r["deadlines"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|d| d["kind"] == kind)
                .map(|d| {
                    format!(
                        "{}{}",
                        d["due"].as_str().unwrap_or_default(),
                        if d["late"] == true {
                            ctx.t("（超期）", " (late)")
                        } else {
                            ""
                        }
                    )
                })
                .unwrap_or_default()
        };
        let late = r["deadlines"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|d| d["late"] == true);
        let alerts: Vec<String> = r["alerts"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a["message"].as_str().map(str::to_string))
            .collect();
        attention |= late || !alerts.is_empty();
        colours.push(if late {
            Some("31")
        } else if alerts.is_empty() {
            None
        } else {
            Some("33")
        });
        rows.push(vec![
            id,
            r["matter"].as_str().unwrap_or_default().to_string(),
            status,
            due("promised_decision"),
            due("statutory_decision"),
            alerts.join("；"),
        ]);
    }
    let headings = if ctx.en {
        [
            "case",
            "matter",
            "status",
            "promised by",
            "statutory by",
            "alerts",
        ]
    } else {
        [
            "办件编号",
            "事项编码",
            "状态",
            "承诺期限",
            "法定期限",
            "提醒",
        ]
    };
    out(&table(&headings, &rows, &colours, ctx.colour));
    Ok(if attention { FINDINGS } else { OK })
}
