//! `form.validate` — what the applicant typed, checked against the merged form: types,
//! constraints, check characters of resident IDs and USCCs, dates, decimals. One error per
//! problem, per element, with a code; identifiers are never echoed.

use super::messages::FieldMsg;
use super::{Field, Form};
use crate::catalog::types::ElementType;
use crate::date::parse_ymd;
use crate::id::{check_resident_id, check_uscc, Verdict};
use crate::message::Enumerated;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{Map, Value};

/// One problem with one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FieldError {
    /// Data element.
    pub element: String,
    /// `form.required`, `form.type`, `form.date`, `form.integer`, `form.decimal`, `form.phone`,
    /// `form.resident_id`, `form.uscc`, `form.options`, `form.max_len`, `form.min`, `form.max`,
    /// `form.pattern`, `form.unknown_element`.
    pub code: &'static str,
    /// What is wrong (never the identifier itself).
    pub message: String,
}

/// A three-way comparison result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ordering3 {
    /// a < b
    Less,
    /// a = b
    Equal,
    /// a > b
    Greater,
}

/// A JSON number or decimal string as a decimal.
pub fn decimal_of(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) => n
            .to_string()
            .parse()
            .ok()
            .or_else(|| Decimal::from_scientific(&n.to_string()).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Compares two values of a type (numbers as decimals, dates as dates).
pub fn compare(kind: ElementType, a: &Value, b: &Value) -> Option<Ordering3> {
    let ord = match kind {
        ElementType::Date => parse_ymd(a.as_str()?)?.cmp(&parse_ymd(b.as_str()?)?),
        _ => decimal_of(a)?.cmp(&decimal_of(b)?),
    };
    Some(match ord {
        std::cmp::Ordering::Less => Ordering3::Less,
        std::cmp::Ordering::Equal => Ordering3::Equal,
        std::cmp::Ordering::Greater => Ordering3::Greater,
    })
}

fn is_phone(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |x: &[u8]| !x.is_empty() && x.iter().all(u8::is_ascii_digit);
    // Mobile 1[3-9]xxxxxxxxx; landline 0AA(A)-NNNNNNN(N) with optional extension; 7–8 digit
    // local numbers such as 88908890.
    if b.len() == 11 && b[0] == b'1' && (b'3'..=b'9').contains(&b[1]) && digits(b) {
        return true;
    }
    if (7..=8).contains(&b.len()) && digits(b) {
        return true;
    }
    let mut parts = s.split('-');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(area), Some(num), ext, None) => {
            area.starts_with('0')
                && (3..=4).contains(&area.len())
                && digits(area.as_bytes())
                && (7..=8).contains(&num.len())
                && digits(num.as_bytes())
                && ext.is_none_or(|e| (1..=6).contains(&e.len()) && digits(e.as_bytes()))
        }
        (Some(whole), None, None, None) => {
            whole.starts_with('0') && (10..=12).contains(&whole.len()) && digits(whole.as_bytes())
        }
        _ => false,
    }
}

fn err(out: &mut Vec<FieldError>, f: &Field, m: FieldMsg) {
    out.push(FieldError {
        element: crate::mask::mask_text(&f.element),
        code: m.code(),
        message: crate::mask::mask_text(&m.message()),
    });
}

fn check_value<'f>(
    f: &'f Field,
    v: &Value,
    patterns: &mut crate::pattern::Patterns<'f>,
    out: &mut Vec<FieldError>,
) {
    // Type first; a value of the wrong type (or a date that is none) is not checked further.
    if !typed(f, v, out) || !kind_rules(f, v.as_str(), out) {
        return;
    }
    constraints(f, v, out);
    if let Some(t) = v.as_str() {
        match_patterns(f, t, patterns, out);
    }
}

/// The value's JSON type is the element's.
fn typed(f: &Field, v: &Value, out: &mut Vec<FieldError>) -> bool {
    use ElementType::*;
    let label = &*f.label;
    let typed_ok = match f.kind {
        String | Text | Enum | Phone | ResidentId | Uscc | Date => v.is_string(),
        Integer => v.as_i64().is_some() || v.as_u64().is_some(),
        Decimal => decimal_of(v).is_some() && (v.is_string() || v.is_number()),
        Boolean => v.is_boolean(),
    };
    if !typed_ok {
        let m = match f.kind {
            Integer => FieldMsg::NotInteger { label },
            Decimal => FieldMsg::NotDecimal { label },
            Boolean => FieldMsg::NotBoolean { label },
            _ => FieldMsg::NotText { label },
        };
        err(out, f, m);
        return false;
    }
    true
}

/// What the element's type itself requires: a date, a telephone number, a valid 公民身份号码 or
/// 统一社会信用代码. `false` when nothing further can be checked.
fn kind_rules(f: &Field, text: Option<&str>, out: &mut Vec<FieldError>) -> bool {
    use ElementType::*;
    let label = &*f.label;
    let t = text.unwrap_or("");
    match f.kind {
        Date if parse_ymd(t).is_none() => {
            err(out, f, FieldMsg::Date { label });
            return false;
        }
        Phone if !is_phone(t) => err(out, f, FieldMsg::Phone { label }),
        ResidentId | Uscc => {
            let check: Box<dyn Verdict> = if f.kind == ResidentId {
                Box::new(check_resident_id(t, None))
            } else {
                Box::new(check_uscc(t))
            };
            if !check.is_valid() {
                let first = check.reasons().first();
                let why = first.map_or("invalid", |r| r.code);
                let detail = first.map_or("", |r| &*r.message);
                err(
                    out,
                    f,
                    if f.kind == ResidentId {
                        FieldMsg::ResidentId { label, detail, why }
                    } else {
                        FieldMsg::Uscc { label, detail, why }
                    },
                );
            }
        }
        _ => {}
    }
    true
}

/// The merged constraints: options, length, minimum and maximum.
fn constraints(f: &Field, v: &Value, out: &mut Vec<FieldError>) {
    let label = &*f.label;
    let text = v.as_str();
    let c = &f.constraints;
    if let (Some(opts), Some(t)) = (&c.options, text) {
        if !opts.iter().any(|o| o == t) {
            let options = opts.join("、");
            err(out, f, FieldMsg::Options { label, options });
        }
    }
    if let (Some(max), Some(t)) = (c.max_len, text) {
        let n = t.chars().count();
        if n > max as usize {
            err(out, f, FieldMsg::MaxLen { label, n, max });
        }
    }
    if let Some(min) = &c.min {
        if compare(f.kind, v, min) == Some(Ordering3::Less) {
            let min = display(min);
            err(out, f, FieldMsg::Min { label, min });
        }
    }
    if let Some(max) = &c.max {
        if compare(f.kind, v, max) == Some(Ordering3::Greater) {
            let max = display(max);
            err(out, f, FieldMsg::Max { label, max });
        }
    }
}

/// The bounded patterns ([`crate::pattern`]): text over the bound is reported, not matched.
fn match_patterns<'f>(
    f: &'f Field,
    t: &str,
    patterns: &mut crate::pattern::Patterns<'f>,
    out: &mut Vec<FieldError>,
) {
    let label = &*f.label;
    for p in &f.constraints.patterns {
        if t.chars().nth(crate::pattern::MAX_TEXT_CHARS).is_some() {
            let max = crate::pattern::MAX_TEXT_CHARS;
            err(out, f, FieldMsg::PatternTextTooLong { label, max });
            continue;
        }
        match patterns.get(p) {
            Ok(re) if re.is_match(t) => {}
            Ok(_) => err(out, f, FieldMsg::Pattern { label }),
            Err(e) => {
                let error = e.to_string();
                err(out, f, FieldMsg::PatternUnusable { label, error });
            }
        }
    }
}

fn display(v: &Value) -> std::string::String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn empty(v: &Value) -> bool {
    v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty())
}

/// Validates values (keyed by element id) against a merged form.
pub fn validate(form: &Form, values: &Map<std::string::String, Value>) -> Vec<FieldError> {
    let mut out = Vec::new();
    let mut patterns = crate::pattern::Patterns::default();
    for f in &form.fields {
        match values.get(&*f.element) {
            Some(v) if !empty(v) => check_value(f, v, &mut patterns, &mut out),
            _ => {
                if f.required {
                    let m = FieldMsg::Required {
                        label: &f.label,
                        needed_by: Enumerated(&f.needed_by),
                    };
                    err(&mut out, f, m);
                }
            }
        }
    }
    let known: foldhash::HashSet<&str> = form.fields.iter().map(|f| &*f.element).collect();
    for k in values.keys() {
        if !known.contains(k.as_str()) {
            out.push(FieldError {
                // A caller's key may be an ID number typed in the wrong place: shown masked.
                element: crate::mask::mask_text(k),
                code: FieldMsg::UnknownElement.code(),
                message: FieldMsg::UnknownElement.message().into(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::is_phone;

    #[test]
    fn phones() {
        for ok in [
            "13812345678",
            "88908890",
            "022-88908890",
            "022-2345678",
            "0755-12345678-123",
            "02288908890",
        ] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in [
            "12812345678",
            "123",
            "022-88",
            "abc",
            "138123456789",
            "22-88908890",
        ] {
            assert!(!is_phone(bad), "{bad}");
        }
    }
}
