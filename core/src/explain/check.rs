//! An answer given back to be explained is read as that operation's answer and checked against
//! what such an answer always holds — or refused as `explain.invalid_answer`. A 明白纸 tells an
//! applicant what the law gives them ("行政机关不得拒绝"); it must never say so of an empty
//! object, a string where a flag belongs, an error, or a contradiction.

use crate::error::{Error, ErrorCode, Result};
use serde_json::{Map, Value};

/// Most lines a 明白纸 explains (reasons, findings, alerts, materials, errors together). No
/// operation answers an applicant with more; a longer answer is not one to explain.
pub const MAX_LINES: usize = 1_000;

fn case_status(s: &str) -> bool {
    crate::case::CaseStatus::ALL.iter().any(|c| c.name() == s)
}

fn material_status(s: &str) -> bool {
    crate::materials::resolve::Status::ALL
        .iter()
        .any(|c| c.name() == s)
}

fn refuse(path: &str, zh: String, en: String) -> Error {
    Error::new(ErrorCode::ExplainInvalidAnswer, msg!(zh, en))
        .at(format!("answer.{path}").trim_end_matches('.').to_string())
}

fn flag(a: &Map<String, Value>, op: &str, key: &str) -> Result<bool> {
    match a.get(key) {
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(refuse(
            key,
            format!("{op} 的答复中 {key} 须为 true 或 false"),
            format!("in an answer of {op}, {key} is true or false"),
        )),
        None => Err(refuse(
            key,
            format!("这不是 {op} 的答复：缺少 {key}"),
            format!("not an answer of {op}: {key} is missing"),
        )),
    }
}

fn list<'a>(a: &'a Map<String, Value>, key: &str, required: bool, op: &str) -> Result<&'a [Value]> {
    match a.get(key) {
        Some(Value::Array(l)) => Ok(l),
        None if !required => Ok(&[]),
        _ => Err(refuse(
            key,
            format!("{op} 的答复中 {key} 须为列表"),
            format!("in an answer of {op}, {key} is a list"),
        )),
    }
}

fn day(a: &Map<String, Value>, key: &str, required: bool, op: &str) -> Result<()> {
    match a.get(key) {
        None | Some(Value::Null) if !required => Ok(()),
        Some(Value::String(s)) if crate::date::parse_ymd(s).is_some() => Ok(()),
        _ => Err(refuse(
            key,
            format!("{op} 的答复中 {key} 须为 YYYY-MM-DD 日期"),
            format!("in an answer of {op}, {key} is a YYYY-MM-DD date"),
        )),
    }
}

/// Each line of `items` is an object whose `message` (when `text` says so) is a string.
fn lines(items: &[Value], key: &str, op: &str) -> Result<()> {
    for (i, r) in items.iter().enumerate() {
        let ok = r.as_object().is_some_and(|o| {
            o.get("message").is_none_or(Value::is_string)
                && o.get("citation").is_none_or(|c| {
                    c.as_object().is_some_and(|c| {
                        c.get("doc").is_none_or(Value::is_string)
                            && c.get("article").is_none_or(Value::is_string)
                    })
                })
        });
        if !ok {
            return Err(refuse(
                &format!("{key}[{i}]"),
                format!("{op} 的答复中 {key} 的每一项须为带 message（文字）的对象"),
                format!("in an answer of {op}, each of {key} is an object with a message (text)"),
            ));
        }
    }
    Ok(())
}

/// Checks `answer` as an answer of `op`, before anything of it is explained.
pub fn check(op: &str, answer: &Value) -> Result<()> {
    let Some(a) = answer.as_object() else {
        return Err(refuse(
            "",
            "answer 须为一次操作的答复（对象）".into(),
            "answer is the answer of an operation (an object)".into(),
        ));
    };
    if a.contains_key("code")
        && a.get("message").is_some_and(Value::is_string)
        && !a.contains_key("reasons")
    {
        return Err(refuse(
            "code",
            format!(
                "这是一个错误（{}），不是 {op} 的答复；错误不作说明",
                a["code"].as_str().unwrap_or("?")
            ),
            format!(
                "this is an error ({}), not an answer of {op}; errors are not explained",
                a["code"].as_str().unwrap_or("?")
            ),
        ));
    }
    let mut count = 0usize;
    for key in ["reasons", "findings", "alerts", "errors", "materials"] {
        let items = list(a, key, false, op)?;
        count += items.len();
        if count > MAX_LINES {
            return Err(refuse(
                key,
                format!("答复共有超过{MAX_LINES}条理由、发现、提醒或材料；明白纸不说明这样的答复"),
                format!("the answer has more than {MAX_LINES} reasons, findings, alerts or materials; a 明白纸 does not explain it"),
            ));
        }
        if key != "materials" {
            lines(items, key, op)?;
        }
    }
    if let Some(c) = a.get("credit") {
        let Some(c) = c.as_object() else {
            return Err(refuse(
                "credit",
                format!("{op} 的答复中 credit 须为对象"),
                format!("in an answer of {op}, credit is an object"),
            ));
        };
        let r = list(c, "reasons", false, op)?;
        if count + r.len() > MAX_LINES {
            return Err(refuse(
                "credit.reasons",
                format!("答复超过{MAX_LINES}条"),
                format!("the answer has more than {MAX_LINES} lines"),
            ));
        }
        lines(r, "credit.reasons", op)?;
    }
    if let Some(d) = a.get("deadlines").and_then(Value::as_object) {
        day(d, "materials_due", false, op).map_err(|e| e.within("deadlines"))?;
    }
    day(a, "removal_eligible_on", false, op)?;
    match op {
        "credit.status" => {
            let (listed, allowed) = (
                flag(a, op, "blacklisted")?,
                flag(a, op, "commitment_allowed")?,
            );
            if listed && allowed {
                return Err(refuse(
                    "commitment_allowed",
                    "答复自相矛盾：列入黑名单的主体不能适用告知承诺审批（信用承诺办法第七条）".into(),
                    "the answer contradicts itself: a blacklisted subject cannot use commitment approval".into(),
                ));
            }
        }
        "form.validate" => {
            let valid = flag(a, op, "valid")?;
            let errors = list(a, "errors", true, op)?;
            if valid != errors.is_empty() {
                return Err(refuse(
                    "valid",
                    format!(
                        "答复自相矛盾：valid 为 {valid}，而 errors 有{}项",
                        errors.len()
                    ),
                    format!(
                        "the answer contradicts itself: valid is {valid} with {} errors",
                        errors.len()
                    ),
                ));
            }
        }
        "commitment.eligibility" => {
            flag(a, op, "eligible")?;
        }
        "calendar.deadline" => day(a, "due", true, op)?,
        "materials.resolve" => {
            for (i, m) in list(a, "materials", true, op)?.iter().enumerate() {
                let ok = m.as_object().is_some_and(|m| {
                    m.get("name").is_some_and(Value::is_string)
                        && m.get("status")
                            .and_then(Value::as_str)
                            .is_some_and(material_status)
                });
                if !ok {
                    let all: Vec<&str> = crate::materials::resolve::Status::ALL
                        .iter()
                        .map(|c| c.name())
                        .collect();
                    return Err(refuse(
                        &format!("materials[{i}]"),
                        format!("材料须有 name 和 status（{}之一）", all.join("、")),
                        format!(
                            "a material has a name and a status (one of {})",
                            all.join(", ")
                        ),
                    ));
                }
            }
        }
        "case.supervise" => {
            let s = a.get("status").and_then(Value::as_str).unwrap_or("");
            if !case_status(s) {
                let all: Vec<&str> = crate::case::CaseStatus::ALL
                    .iter()
                    .map(|c| c.name())
                    .collect();
                return Err(refuse(
                    "status",
                    format!("case.supervise 的答复中 status 须为{}之一", all.join("、")),
                    format!(
                        "in an answer of case.supervise, status is one of {}",
                        all.join(", ")
                    ),
                ));
            }
        }
        _ => {}
    }
    Ok(())
}
