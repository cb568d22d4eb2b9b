//! 明白纸 — any answer of the library, explained to the applicant in a few Chinese lines: what
//! was decided, what to do and by when, and why (each reason with its citation as printed).
//! The explanation is made from the answer alone, so a host can render it for an answer it
//! stored; it reads only the keys it knows and walks each list once.

mod check;
mod texts;

pub use check::{check, MAX_LINES};

use crate::lang::zh_date;
use crate::sources::citation_text;
use serde::Serialize;
use serde_json::Value;
use std::fmt::Write as _;

/// One line of an explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Line {
    /// What it says.
    pub text: String,
    /// The citation as printed, when the line rests on one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
}

/// A 明白纸.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Explanation {
    /// 标题.
    pub title: String,
    /// 结论: what was decided.
    pub summary: String,
    /// 需要您做的: what the applicant must do, by when.
    pub actions: Vec<Line>,
    /// 依据: why.
    pub reasons: Vec<Line>,
    /// The whole as plain text.
    pub text: String,
    /// The whole as a printable HTML page.
    pub html: String,
}

fn day(v: &Value) -> Option<String> {
    v.as_str().and_then(crate::date::parse_ymd).map(zh_date)
}

fn cite(v: &Value) -> Option<String> {
    let c = v.get("citation")?;
    Some(citation_text(
        c.get("doc")?.as_str()?,
        c.get("article")?.as_str()?,
    ))
}

fn lines_of(list: Option<&Value>, out: &mut Vec<Line>) {
    for r in list.and_then(Value::as_array).into_iter().flatten() {
        if let Some(m) = r.get("message").and_then(Value::as_str) {
            out.push(Line {
                text: m.to_string(),
                citation: cite(r),
            });
        }
    }
}

fn names(list: Option<&Value>, status: &str) -> Vec<String> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|m| m.get("status").and_then(Value::as_str) == Some(status))
        .filter_map(|m| m.get("name").and_then(Value::as_str).map(str::to_string))
        .collect()
}

/// Explains `answer`, the answer of operation `op` — as it is: check it first with [`check`]
/// (the JSON door's `explain.answer` does).
pub fn explain(op: &str, answer: &Value) -> Explanation {
    let a = answer;
    let mut actions = Vec::new();
    let mut reasons = Vec::new();
    let provisional = if a.get("provisional").and_then(Value::as_bool) == Some(true) {
        "（暂定）"
    } else {
        ""
    };
    let (title, summary) = verdict(op, a, provisional, &mut actions, &mut reasons);
    // Dates the applicant must keep.
    if let Some(d) = a.pointer("/deadlines/materials_due").and_then(day) {
        actions.push(Line {
            text: format!("请于{d}{provisional}前补交容缺材料；逾期未补交的，许可决定将被撤销并记入信用记录。"),
            citation: Some(citation_text("tj-2018-commitment", "第三条")),
        });
    }
    if let Some(d) = a.get("removal_eligible_on").and_then(day) {
        actions.push(Line {
            text: format!("自{d}起可申请移出黑名单（如无新的失信行为）。"),
            citation: Some(citation_text("tj-2018-commitment", "第七条")),
        });
    }
    for al in a
        .get("alerts")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(m) = al.get("message").and_then(Value::as_str) {
            actions.push(Line {
                text: m.to_string(),
                citation: cite(al),
            });
        }
    }
    lines_of(a.get("reasons"), &mut reasons);
    lines_of(a.get("findings"), &mut reasons);
    if let Some(c) = a.get("credit") {
        lines_of(c.get("reasons"), &mut reasons);
    }
    let text = text(title, &summary, &actions, &reasons);
    let html = html(title, &summary, &actions, &reasons);
    // The one egress rule: nothing of the answer given back is shown with a full ID number.
    let mut e = Explanation {
        title: title.to_string(),
        summary,
        actions,
        reasons,
        text,
        html,
    };
    for l in e.actions.iter_mut().chain(e.reasons.iter_mut()) {
        crate::egress::mask_in_place(&mut l.text);
    }
    crate::egress::mask_in_place(&mut e.summary);
    crate::egress::mask_in_place(&mut e.text);
    crate::egress::mask_in_place(&mut e.html);
    e
}

/// The title and the one-sentence conclusion of each kind of answer.
fn verdict(
    op: &str,
    a: &Value,
    provisional: &str,
    actions: &mut Vec<Line>,
    reasons: &mut Vec<Line>,
) -> (&'static str, String) {
    let flag = |k: &str| a.get(k).and_then(Value::as_bool);
    match op {
        "commitment.eligibility" => (
            "告知承诺审批明白纸",
            if flag("eligible") == Some(true) {
                "您可以选择告知承诺方式办理：签署告知承诺书后，行政机关当场作出决定，容缺材料在承诺期限内补交。".to_string()
            } else {
                "本次申请不能适用告知承诺审批，请按一般程序提交全部材料。".to_string()
            },
        ),
        "calendar.deadline" => (
            "办理期限明白纸",
            match day(&a["due"]) {
                Some(d) => format!("期限届满日为{d}{provisional}。"),
                None => "未能算出期限。".to_string(),
            },
        ),
        "materials.resolve" => {
            let list = a.get("materials");
            let need = names(list, "required");
            if !need.is_empty() {
                actions.push(Line { text: format!("请携带或上传：{}", need.join("、")), citation: None });
            }
            let deferred = names(list, "deferred");
            if !deferred.is_empty() {
                actions.push(Line { text: format!("可容缺后补（签署承诺书后在承诺期限内补交）：{}", deferred.join("、")), citation: None });
            }
            let mut free = names(list, "shared");
            free.extend(names(list, "on_file"));
            free.extend(names(list, "letter"));
            let s = if free.is_empty() {
                format!("本次需要准备{}项材料。", need.len() + deferred.len())
            } else {
                format!("本次需要准备{}项材料；{}无需您提交（通过共享获取、已存档或以函代证）。", need.len() + deferred.len(), free.join("、"))
            };
            for m in list.and_then(Value::as_array).into_iter().flatten() {
                lines_of(m.get("reasons"), reasons);
            }
            ("申请材料明白纸", s)
        }
        "credit.status" => (
            "信用状况明白纸",
            match (flag("blacklisted"), flag("commitment_allowed")) {
                (Some(true), _) => "您目前在失信黑名单中，不能适用告知承诺审批；整改并满一年无新的失信行为后，可申请移出。".to_string(),
                (_, Some(false)) => "您目前不能适用告知承诺审批。".to_string(),
                _ => "您未列入失信黑名单，可以申请告知承诺审批，行政机关不得拒绝。".to_string(),
            },
        ),
        "form.validate" => {
            for e in a.get("errors").and_then(Value::as_array).into_iter().flatten() {
                if let Some(m) = e.get("message").and_then(Value::as_str) {
                    actions.push(Line { text: format!("请修改：{m}"), citation: None });
                }
            }
            (
                "表单填写明白纸",
                if flag("valid") == Some(true) {
                    "表单填写完整、格式正确，可以提交。".to_string()
                } else {
                    format!("表单有{}处需要修改，修改后再提交。", actions.len())
                },
            )
        }
        "case.supervise" => (
            "办件进度明白纸",
            format!(
                "办件状态：{}。",
                case_status(a.get("status").and_then(Value::as_str).unwrap_or(""))
            ),
        ),
        _ => ("办理结果明白纸", "以下是本次办理结果的说明。".to_string()),
    }
}

/// A case's status in words: its term (`CaseStatus`), with what it means for the applicant.
fn case_status(name: &str) -> String {
    use crate::case::CaseStatus;
    match CaseStatus::ALL.iter().find(|s| s.name() == name) {
        Some(s @ CaseStatus::Accepted) => format!("{}，审查中", s.label()),
        Some(s @ CaseStatus::Paused) => format!("{}（不计入办理时限）", s.label()),
        Some(s) => s.label().to_string(),
        None => "未知".to_string(),
    }
}

/// The explanation as plain text.
fn text(title: &str, summary: &str, actions: &[Line], reasons: &[Line]) -> String {
    let mut text = format!("{title}\n\n结论：{summary}\n");
    if !actions.is_empty() {
        text.push_str("\n需要您做的：\n");
        for (i, l) in actions.iter().enumerate() {
            let _ = writeln!(text, "{}. {}", i + 1, l.text);
        }
    }
    if !reasons.is_empty() {
        text.push_str("\n依据：\n");
        for (i, l) in reasons.iter().enumerate() {
            let _ = writeln!(
                text,
                "{}. {}{}",
                i + 1,
                l.text,
                l.citation
                    .as_deref()
                    .map_or(String::new(), |c| format!("（{c}）"))
            );
        }
    }
    text.push_str("\n如有疑问，请拨打12345政务服务便民热线或88908890行政审批咨询投诉电话。\n");
    text
}

/// The explanation as an A4 HTML page.
fn html(title: &str, summary: &str, actions: &[Line], reasons: &[Line]) -> String {
    let e = crate::commitment::render::escape;
    let mut html =
        String::from("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>");
    html.push_str(&e(title));
    html.push_str("</title><style>@page{size:A4;margin:20mm}body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;font-size:12pt;line-height:1.8;max-width:170mm;margin:0 auto}h1{text-align:center;font-size:16pt}.cite{color:#333;font-size:10.5pt}</style></head><body>");
    let _ = write!(
        html,
        "<h1>{}</h1><p><strong>结论：</strong>{}</p>",
        e(title),
        e(summary)
    );
    for (head, list) in [("需要您做的", actions), ("依据", reasons)] {
        if list.is_empty() {
            continue;
        }
        let _ = write!(html, "<h2>{head}</h2><ol>");
        for l in list {
            let _ = write!(html, "<li>{}", e(&l.text));
            if let Some(c) = &l.citation {
                let _ = write!(html, " <span class=\"cite\">（{}）</span>", e(c));
            }
            html.push_str("</li>");
        }
        html.push_str("</ol>");
    }
    html.push_str("<p>如有疑问，请拨打12345政务服务便民热线或88908890行政审批咨询投诉电话。</p></body></html>\n");
    html
}
