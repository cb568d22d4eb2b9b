//! An answer given back to be explained is read as that operation's answer and checked against
//! what such an answer always holds — or refused as `explain.invalid_answer`. A 明白纸 tells an
//! applicant what the law gives them ("行政机关不得拒绝"); it must never say so of an empty
//! object, a string where a flag belongs, an error, or a contradiction.

use super::texts::ExplainText;
use crate::error::{Error, ErrorCode, Result};
use crate::message::Enumerated;
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

fn refuse(path: &str, why: ExplainText) -> Error {
    Error::new(ErrorCode::ExplainInvalidAnswer, why.message())
        .at(format!("answer.{path}").trim_end_matches('.').to_string())
}

fn flag(a: &Map<String, Value>, op: &str, key: &str) -> Result<bool> {
    match a.get(key) {
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(refuse(key, ExplainText::NotFlag { op, key })),
        None => Err(refuse(key, ExplainText::Missing { op, key })),
    }
}

fn list<'a>(a: &'a Map<String, Value>, key: &str, required: bool, op: &str) -> Result<&'a [Value]> {
    match a.get(key) {
        Some(Value::Array(l)) => Ok(l),
        None if !required => Ok(&[]),
        _ => Err(refuse(key, ExplainText::NotList { op, key })),
    }
}

fn day(a: &Map<String, Value>, key: &str, required: bool, op: &str) -> Result<()> {
    match a.get(key) {
        None | Some(Value::Null) if !required => Ok(()),
        Some(Value::String(s)) if crate::date::parse_ymd(s).is_some() => Ok(()),
        _ => Err(refuse(key, ExplainText::NotDate { op, key })),
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
                ExplainText::NotLine { op, key },
            ));
        }
    }
    Ok(())
}

/// Checks `answer` as an answer of `op`, before anything of it is explained.
pub fn check(op: &str, answer: &Value) -> Result<()> {
    let Some(a) = answer.as_object() else {
        return Err(refuse("", ExplainText::NotAnswer));
    };
    if a.contains_key("code")
        && a.get("message").is_some_and(Value::is_string)
        && !a.contains_key("reasons")
    {
        return Err(refuse(
            "code",
            ExplainText::AnError {
                code: a["code"].as_str().unwrap_or("?"),
                op,
            },
        ));
    }
    let mut count = 0usize;
    for key in ["reasons", "findings", "alerts", "errors", "materials"] {
        let items = list(a, key, false, op)?;
        count += items.len();
        if count > MAX_LINES {
            return Err(refuse(key, ExplainText::TooManyLines { max: MAX_LINES }));
        }
        if key != "materials" {
            lines(items, key, op)?;
        }
    }
    if let Some(c) = a.get("credit") {
        let Some(c) = c.as_object() else {
            return Err(refuse("credit", ExplainText::CreditNotObject { op }));
        };
        let r = list(c, "reasons", false, op)?;
        if count + r.len() > MAX_LINES {
            return Err(refuse(
                "credit.reasons",
                ExplainText::TooManyCreditLines { max: MAX_LINES },
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
                return Err(refuse("commitment_allowed", ExplainText::Contradiction));
            }
        }
        "form.validate" => {
            let valid = flag(a, op, "valid")?;
            let errors = list(a, "errors", true, op)?;
            if valid != errors.is_empty() {
                return Err(refuse(
                    "valid",
                    ExplainText::ValidityContradiction {
                        valid: if valid { "true" } else { "false" },
                        errors: errors.len(),
                    },
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
                        ExplainText::BadMaterial {
                            statuses: Enumerated(&all),
                        },
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
                    ExplainText::BadCaseStatus {
                        statuses: Enumerated(&all),
                    },
                ));
            }
        }
        _ => {}
    }
    Ok(())
}
