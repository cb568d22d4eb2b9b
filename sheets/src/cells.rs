//! Cells read as clerks write them: `20个工作日` and `即办` in a time limit, `否` and `不收费` in the
//! fee, `2025/3/3` and `2025年3月3日` in a date, `2份` in copies — each turned into the value the
//! catalog holds, or refused with what the column expects.

use crate::book::Cell;
use crate::schema::{Column, Kind};
use crate::texts::Said;
use serde_json::Value;

/// Units a whole number may carry, by column: a time limit in working days, copies, days.
fn units(col: &Column) -> &'static [&'static str] {
    match col.path {
        ["time_limit", _] => &["个工作日", "工作日"],
        ["copies"] => &["份"],
        ["valid_days"] => &["天", "日"],
        _ => &[],
    }
}

/// What a clerk writes for a time limit of none (办结 on the spot).
const ON_THE_SPOT: &[&str] = &["即办", "即时办结", "当场办结", "立即办结", "即时"];
/// What a clerk writes in 收费 for a matter that charges nothing.
const NO_FEE: &[&str] = &["否", "无", "不收费", "免费", "免收"];

fn count(cell: &Cell, col: &Column, text: &str) -> Result<Value, String> {
    if let Cell::Number(n) = cell {
        if n.fract() == 0.0 && *n >= 0.0 && *n <= u32::MAX as f64 {
            return Ok(Value::from(*n as u64));
        }
    }
    if matches!(col.path, ["time_limit", _]) && ON_THE_SPOT.contains(&text) {
        return Ok(Value::from(0u64));
    }
    let number = units(col)
        .iter()
        .find_map(|u| text.strip_suffix(u))
        .unwrap_or(text)
        .trim();
    if let Ok(n) = number.parse::<u32>() {
        return Ok(Value::from(n));
    }
    if matches!(col.path, ["time_limit", _]) {
        return Err(Said::NotWorkdays { text }.to_string());
    }
    Err(Said::NotCount { text }.to_string())
}

/// A date as people type it: `2025-03-03`, `2025-3-3`, `2025/3/3`, `2025.3.3`, `2025年3月3日`.
pub fn date(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches('日');
    let parts: Vec<&str> = t.split(['-', '/', '.', '年', '月']).collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = (
        y.parse::<i32>().ok()?,
        m.parse::<u32>().ok()?,
        d.parse::<u32>().ok()?,
    );
    if !(1000..=9999).contains(&y) {
        return None;
    }
    let iso = format!("{y:04}-{m:02}-{d:02}");
    zhengwu::date::parse_ymd(&iso).map(|_| iso)
}

/// A cell's value for its column: `None` for an empty cell (and a fee of none), the value, or
/// what is wrong with it.
pub fn decode(cell: &Cell, col: &Column) -> Result<Option<Value>, String> {
    if cell.is_empty() {
        return Ok(None);
    }
    let text = cell.text();
    let listed = |labels: &[(&str, &str)]| {
        labels
            .iter()
            .map(|(_, zh)| *zh)
            .collect::<Vec<_>>()
            .join("、")
    };
    let one = |labels: &[(&'static str, &'static str)], t: &str| -> Result<Value, String> {
        labels
            .iter()
            .find(|(wire, zh)| *zh == t || *wire == t)
            .map(|(wire, _)| Value::from(*wire))
            .ok_or_else(|| {
                Said::NotAnOption {
                    text: t,
                    options: listed(labels),
                }
                .to_string()
            })
    };
    Ok(Some(match col.kind {
        Kind::Text => Value::from(text),
        Kind::Int => count(cell, col, &text)?,
        Kind::Decimal => {
            if NO_FEE.contains(&text.as_str()) {
                return Ok(None);
            }
            let amount = text.trim_end_matches('元').trim();
            let ok = !amount.is_empty()
                && amount.chars().all(|c| c.is_ascii_digit() || c == '.')
                && amount.matches('.').count() <= 1;
            if !ok {
                return Err(Said::NotAmount { text: &text }.to_string());
            }
            Value::from(amount)
        }
        Kind::Bool => match text.as_str() {
            "是" | "有" | "√" | "✓" | "true" | "TRUE" | "Y" | "y" | "1" => Value::from(true),
            "否" | "无" | "×" | "✗" | "false" | "FALSE" | "N" | "n" | "0" => {
                Value::from(false)
            }
            _ => return Err(Said::NotYesNo { text: &text }.to_string()),
        },
        Kind::Date => match cell {
            Cell::Date(d) if zhengwu::date::parse_ymd(d).is_some() => Value::from(d.clone()),
            _ => Value::from(date(&text).ok_or_else(|| Said::NotDate { text: &text }.to_string())?),
        },
        Kind::Enum(labels) => one(&labels(), &text)?,
        Kind::EnumList(labels) => {
            let labels = labels();
            let parts = text
                .split(['、', '，', ',', ';', '；', '\n'])
                .map(str::trim)
                .filter(|p| !p.is_empty());
            Value::Array(parts.map(|p| one(&labels, p)).collect::<Result<_, _>>()?)
        }
        Kind::Lines => Value::Array(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(Value::from)
                .collect(),
        ),
        Kind::Json => serde_json::from_str(&text).map_err(|e| {
            Said::NotJson {
                error: e.to_string(),
            }
            .to_string()
        })?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::MATTERS;

    fn col(heading: &str) -> &'static Column {
        MATTERS
            .columns
            .iter()
            .find(|c| c.heading == heading)
            .unwrap()
    }

    fn read(heading: &str, text: &str) -> Result<Option<Value>, String> {
        decode(&Cell::Text(text.to_string()), col(heading))
    }

    #[test]
    fn values_as_clerks_write_them() {
        assert_eq!(
            read("承诺办结时限", "20个工作日"),
            Ok(Some(Value::from(20)))
        );
        assert_eq!(read("承诺办结时限", "5 工作日"), Ok(Some(Value::from(5))));
        assert_eq!(read("承诺办结时限", "即办"), Ok(Some(Value::from(0))));
        assert!(read("承诺办结时限", "20天").unwrap_err().contains("工作日"));
        assert_eq!(read("收费", "否"), Ok(None));
        assert_eq!(read("收费", "不收费"), Ok(None));
        assert_eq!(read("收费", "12.50元"), Ok(Some(Value::from("12.50"))));
        assert!(read("收费", "按标准").is_err());
        assert_eq!(
            read("公布日期", "2025/3/3"),
            Ok(Some(Value::from("2025-03-03")))
        );
        assert_eq!(
            read("公布日期", "2025年3月3日"),
            Ok(Some(Value::from("2025-03-03")))
        );
        assert_eq!(
            read("公布日期", "2025.03.03"),
            Ok(Some(Value::from("2025-03-03")))
        );
        assert!(read("公布日期", "2025/2/30").is_err());
        assert!(read("公布日期", "3/3/2025").is_err());
        assert_eq!(read("是否发证", "有"), Ok(Some(Value::from(true))));
        let modes = read("办理方式", "窗口办理").unwrap_err();
        assert!(
            modes.contains("窗口办理") && modes.contains("网上办"),
            "{modes}"
        );
    }
}
