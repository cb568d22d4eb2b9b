//! A 事项清单 workbook read into a catalog: each sheet by its Chinese headings, each cell by its
//! column's kind, 申请材料 rows put back under their matters. Every fault names the sheet, the
//! row and the column heading, in Chinese; faults the engine finds in the assembled catalog
//! (an unknown department, a material no sheet defines …) are traced back to their cell too.

use crate::book::{Cell, Table};
use crate::schema::{Column, Kind, Sheet, ABOUT, DEPARTMENTS, MATTERS, SHEETS};
use crate::texts::Said;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Where in the workbook a fault lies, and what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub sheet: String,
    pub row: Option<usize>,
    pub heading: Option<String>,
    pub message: String,
}

impl std::fmt::Display for Located {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", Said::Sheet { sheet: &self.sheet })?;
        if let Some(row) = self.row {
            write!(f, "{}", Said::Row { row })?;
        }
        if let Some(heading) = &self.heading {
            write!(f, "{}", Said::Heading { heading })?;
        }
        write!(
            f,
            "{}",
            Said::What {
                message: &self.message
            }
        )
    }
}

fn at(sheet: &str, row: Option<usize>, heading: Option<&str>, message: String) -> Located {
    Located {
        sheet: sheet.to_string(),
        row,
        heading: heading.map(str::to_string),
        message,
    }
}

/// The catalog read from a workbook, with the row each record came from.
pub struct Imported {
    pub catalog: Value,
    /// (list, index) → (sheet, row); (matter index, material index) for 申请材料.
    origins: HashMap<(String, usize), (String, usize)>,
    nested: HashMap<(usize, usize), usize>,
}

fn decode(cell: &Cell, col: &Column) -> Result<Option<Value>, String> {
    if cell.is_empty() {
        return Ok(None);
    }
    let text = cell.text();
    let listed = |labels: Vec<(&str, &str)>| {
        labels
            .iter()
            .map(|(_, zh)| *zh)
            .collect::<Vec<_>>()
            .join("、")
    };
    let one = |labels: &Vec<(&'static str, &'static str)>, t: &str| -> Result<Value, String> {
        labels
            .iter()
            .find(|(wire, zh)| *zh == t || *wire == t)
            .map(|(wire, _)| Value::from(*wire))
            .ok_or_else(|| {
                Said::NotAnOption {
                    text: t,
                    options: listed(labels.clone()),
                }
                .to_string()
            })
    };
    Ok(Some(match col.kind {
        Kind::Text => Value::from(text),
        Kind::Int => match cell {
            Cell::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n <= u32::MAX as f64 => {
                Value::from(*n as u64)
            }
            _ => Value::from(
                text.parse::<u32>()
                    .map_err(|_| Said::NotCount { text: &text }.to_string())?,
            ),
        },
        Kind::Decimal => {
            let ok = !text.is_empty()
                && text.chars().all(|c| c.is_ascii_digit() || c == '.')
                && text.matches('.').count() <= 1;
            if !ok {
                return Err(Said::NotAmount { text: &text }.to_string());
            }
            Value::from(text)
        }
        Kind::Bool => match text.as_str() {
            "是" | "true" | "TRUE" | "Y" | "y" | "1" => Value::from(true),
            "否" | "false" | "FALSE" | "N" | "n" | "0" => Value::from(false),
            _ => return Err(Said::NotYesNo { text: &text }.to_string()),
        },
        Kind::Date => {
            if zhengwu::date::parse_ymd(&text).is_none() {
                return Err(Said::NotDate { text: &text }.to_string());
            }
            Value::from(text)
        }
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

fn put(record: &mut Map<String, Value>, path: &[&str], value: Value) {
    if let [last] = path {
        record.insert((*last).to_string(), value);
        return;
    }
    let inner = record
        .entry(path[0].to_string())
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(m) = inner {
        put(m, &path[1..], value);
    }
}

/// The columns of a sheet's heading row, checked: every heading known, none twice.
fn columns<'s>(
    sheet: &'s Sheet,
    table: &Table,
    extra: Option<&str>,
) -> Result<Vec<Option<&'s Column>>, Located> {
    let headings = table
        .rows
        .first()
        .ok_or_else(|| at(sheet.name, Some(1), None, Said::NoHeadings.to_string()))?;
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for (c, h) in headings.iter().enumerate() {
        let h = h.text();
        if h.is_empty() {
            out.push(None);
            continue;
        }
        if seen.contains(&h) {
            return Err(at(
                sheet.name,
                Some(1),
                Some(&h),
                Said::HeadingTwice.to_string(),
            ));
        }
        seen.push(h.clone());
        if Some(h.as_str()) == extra {
            out.push(None);
            continue;
        }
        let col = sheet
            .columns
            .iter()
            .find(|col| col.heading == h)
            .ok_or_else(|| {
                let known = sheet
                    .columns
                    .iter()
                    .map(|c| c.heading)
                    .collect::<Vec<_>>()
                    .join("、");
                at(
                    sheet.name,
                    Some(1),
                    Some(&h),
                    Said::UnknownColumn {
                        column: c + 1,
                        known,
                    }
                    .to_string(),
                )
            })?;
        out.push(Some(col));
    }
    for need in sheet.required {
        if !seen.iter().any(|h| h == need) {
            return Err(at(
                sheet.name,
                Some(1),
                Some(need),
                Said::ColumnMissing.to_string(),
            ));
        }
    }
    if let Some(x) = extra {
        if !seen.iter().any(|h| h == x) {
            return Err(at(
                sheet.name,
                Some(1),
                Some(x),
                Said::ColumnMissing.to_string(),
            ));
        }
    }
    Ok(out)
}

/// A record of a sheet: its row (1-based, as the spreadsheet shows), its fields, and the value
/// of the column naming its parent (申请材料 → 事项编码).
type Record = (usize, Map<String, Value>, Option<String>);

/// The records of one sheet.
fn records(sheet: &Sheet, table: &Table, extra: Option<&str>) -> Result<Vec<Record>, Located> {
    let cols = columns(sheet, table, extra)?;
    let extra_at = extra.and_then(|x| table.rows[0].iter().position(|h| h.text() == x));
    let mut out = Vec::new();
    for (r, row) in table.rows.iter().enumerate().skip(1) {
        if row.iter().all(Cell::is_empty) {
            continue;
        }
        let mut rec = Map::new();
        for (c, cell) in row.iter().enumerate() {
            let Some(Some(col)) = cols.get(c) else {
                continue;
            };
            if let Some(v) =
                decode(cell, col).map_err(|m| at(sheet.name, Some(r + 1), Some(col.heading), m))?
            {
                put(&mut rec, col.path, v);
            }
        }
        let parent = extra_at
            .and_then(|c| row.get(c))
            .map(Cell::text)
            .filter(|t| !t.is_empty());
        if extra.is_some() && parent.is_none() {
            return Err(at(sheet.name, Some(r + 1), extra, Said::Empty.to_string()));
        }
        if let Some(key) = sheet.columns.first() {
            if !rec.contains_key(key.path[0]) {
                return Err(at(
                    sheet.name,
                    Some(r + 1),
                    Some(key.heading),
                    Said::Empty.to_string(),
                ));
            }
        }
        out.push((r + 1, rec, parent));
    }
    Ok(out)
}

/// Reads a workbook (or a single CSV table of matters) into a catalog.
pub fn catalog(tables: &[Table]) -> Result<Imported, Located> {
    let single = tables.len() == 1 && tables[0].name.is_empty();
    let find = |name: &str| {
        tables
            .iter()
            .find(|t| t.name == name || (single && name == MATTERS.name))
    };
    let mut cat = Map::new();
    let mut origins = HashMap::new();
    let mut nested = HashMap::new();
    if let Some(about) = find(ABOUT) {
        if let Some(row) = about.rows.first() {
            if row.first().map(Cell::text).as_deref() == Some("清单说明") {
                let d = row.get(1).map(Cell::text).unwrap_or_default();
                if !d.is_empty() {
                    cat.insert("description".into(), Value::from(d));
                }
            }
        }
    }
    if find(MATTERS.name).is_none() {
        return Err(at(MATTERS.name, None, None, Said::SheetMissing.to_string()));
    }
    for sheet in SHEETS.iter().filter(|s| s.within.is_none()) {
        let Some(table) = find(sheet.name) else {
            continue;
        };
        let mut list = Vec::new();
        for (i, (row, rec, _)) in records(sheet, table, None)?.into_iter().enumerate() {
            origins.insert((sheet.list.to_string(), i), (sheet.name.to_string(), row));
            list.push(Value::Object(rec));
        }
        cat.insert(sheet.list.to_string(), Value::Array(list));
    }
    // 申请材料: rows back under their matters, in sheet order.
    for sheet in SHEETS.iter().filter(|s| s.within.is_some()) {
        let (Some(table), Some((parent, field, key))) = (find(sheet.name), sheet.within) else {
            continue;
        };
        let items = records(sheet, table, Some(key))?;
        let list = cat
            .get_mut(parent)
            .and_then(Value::as_array_mut)
            .ok_or_else(|| at(sheet.name, None, None, Said::NoMattersSheet.to_string()))?;
        let index: HashMap<String, usize> = list
            .iter()
            .enumerate()
            .filter_map(|(i, m)| {
                m.get("code")
                    .and_then(Value::as_str)
                    .map(|c| (c.to_string(), i))
            })
            .collect();
        for (row, rec, code) in items {
            let code = code.unwrap_or_default();
            let i = *index.get(&code).ok_or_else(|| {
                at(
                    sheet.name,
                    Some(row),
                    Some(key),
                    Said::NoSuchMatter { code: &code }.to_string(),
                )
            })?;
            if let Some(Value::Object(m)) = list.get_mut(i) {
                let items = m
                    .entry(field.to_string())
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(a) = items {
                    nested.insert((i, a.len()), row);
                    a.push(Value::Object(rec));
                }
            }
        }
    }
    resolve_departments(&mut cat, find(DEPARTMENTS.name).is_some(), &origins)?;
    Ok(Imported {
        catalog: Value::Object(cat),
        origins,
        nested,
    })
}

/// 实施主体 may name a department by its id or by its name; without a 部门 sheet (a CSV of
/// matters), each name becomes a department of its own.
fn resolve_departments(
    cat: &mut Map<String, Value>,
    listed: bool,
    origins: &HashMap<(String, usize), (String, usize)>,
) -> Result<(), Located> {
    let mut depts: Vec<Value> = cat
        .get("departments")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let by_name: HashMap<String, String> = depts
        .iter()
        .filter_map(|d| {
            Some((
                d.get("name")?.as_str()?.to_string(),
                d.get("id")?.as_str()?.to_string(),
            ))
        })
        .collect();
    let ids: Vec<String> = depts
        .iter()
        .filter_map(|d| d.get("id")?.as_str().map(str::to_string))
        .collect();
    let matters = cat.get_mut("matters").and_then(Value::as_array_mut);
    for (i, m) in matters.into_iter().flatten().enumerate() {
        let Some(name) = m
            .get("department")
            .and_then(Value::as_str)
            .map(str::to_string)
        else {
            continue;
        };
        if ids.contains(&name) {
            continue;
        }
        if let Some(id) = by_name.get(&name) {
            m["department"] = Value::from(id.clone());
        } else if !listed {
            if !depts.iter().any(|d| d["id"] == name.as_str()) {
                depts.push(serde_json::json!({"id": name, "name": name}));
            }
        } else {
            let (sheet, row) = origins
                .get(&("matters".to_string(), i))
                .cloned()
                .unwrap_or_default();
            return Err(at(
                &sheet,
                Some(row),
                Some("实施主体"),
                Said::NoSuchDepartment { name: &name }.to_string(),
            ));
        }
    }
    if !listed && !depts.is_empty() {
        cat.insert("departments".into(), Value::Array(depts));
    }
    Ok(())
}

impl Imported {
    /// The cell a catalog path (`matters[3].time_limit.statutory_workdays`, as the engine's
    /// errors and findings name it) came from.
    pub fn locate(&self, path: &str, message: &str) -> Option<Located> {
        let path = path.strip_prefix("catalog.").unwrap_or(path);
        let (list, rest) = path.split_once('[')?;
        let (i, rest) = rest.split_once(']')?;
        let i: usize = i.parse().ok()?;
        let rest = rest.strip_prefix('.').unwrap_or(rest);
        let segs: Vec<&str> = rest.split(['.', '[']).filter(|s| !s.is_empty()).collect();
        if list == "matters" && segs.first() == Some(&"materials") {
            let j: usize = segs.get(1)?.trim_end_matches(']').parse().ok()?;
            let row = *self.nested.get(&(i, j))?;
            let sheet = crate::schema::MATTER_MATERIALS.name;
            return Some(at(
                sheet,
                Some(row),
                heading(&crate::schema::MATTER_MATERIALS, &segs[2..]),
                message.to_string(),
            ));
        }
        let (sheet_name, row) = self.origins.get(&(list.to_string(), i))?.clone();
        let sheet = SHEETS.iter().find(|s| s.name == sheet_name)?;
        Some(at(
            &sheet_name,
            Some(row),
            heading(sheet, &segs),
            message.to_string(),
        ))
    }
}

/// The heading of the column a field path falls in (the longest matching column path), or of
/// the first column inside it (`time_limit` → 法定办结时限).
fn heading(sheet: &Sheet, segs: &[&str]) -> Option<&'static str> {
    let within =
        |c: &&Column| c.path.len() <= segs.len() && c.path.iter().zip(segs).all(|(a, b)| a == b);
    let inside = |c: &&Column| {
        !segs.is_empty()
            && c.path.len() > segs.len()
            && c.path.iter().zip(segs).all(|(a, b)| a == b)
    };
    sheet
        .columns
        .iter()
        .filter(within)
        .max_by_key(|c| c.path.len())
        .or_else(|| sheet.columns.iter().find(inside))
        .map(|c| c.heading)
}
