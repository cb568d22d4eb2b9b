//! A 事项清单 workbook read into a catalog: each sheet by its Chinese headings, each cell by its
//! column's kind, 申请材料 rows put back under their matters. Every fault names the sheet, the
//! row and the column heading, in Chinese; faults the engine finds in the assembled catalog
//! (an unknown department, a material no sheet defines …) are traced back to their cell too.

use crate::book::{Cell, Table};
use crate::cells::decode;
use crate::headings::{heading_row, normal, Headings};
use crate::schema::{Column, Sheet, ABOUT, DEPARTMENTS, MATTERS, SHEETS};
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

/// Every fault of a workbook, in sheet and row order; shown one a line (the first
/// [`Faults::SHOWN`], then how many more).
#[derive(Debug, Clone, PartialEq)]
pub struct Faults(pub Vec<Located>);

impl Faults {
    /// Faults shown in the message; the rest are counted.
    pub const SHOWN: usize = 50;
}

impl std::fmt::Display for Faults {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let [one] = self.0.as_slice() {
            return write!(f, "{one}");
        }
        write!(f, "{}", Said::Faults { n: self.0.len() })?;
        for l in self.0.iter().take(Self::SHOWN) {
            write!(f, "\n  {l}")?;
        }
        if self.0.len() > Self::SHOWN {
            write!(
                f,
                "\n  {}",
                Said::MoreFaults {
                    n: self.0.len() - Self::SHOWN
                }
            )?;
        }
        Ok(())
    }
}

/// What a column of the sheet holds: a field, a heading the sheet does not know (kept under
/// 扩展数据 where the sheet has it), or nothing.
enum Slot<'s> {
    Field(&'s Column),
    Extra(String),
    Skip,
}

/// The heading row of a sheet and its columns: every heading known (by its standard name, a
/// synonym or a host's name), none twice, every required one there. Unknown headings go to
/// 扩展数据 on sheets that have it; elsewhere they are faults.
fn columns<'s>(
    sheet: &'s Sheet,
    table: &Table,
    extra: Option<&str>,
    names: &Headings,
    faults: &mut Vec<Located>,
) -> Option<(usize, Vec<Slot<'s>>)> {
    let Some(first) = table.rows.first() else {
        faults.push(at(sheet.name, Some(1), None, Said::NoHeadings.to_string()));
        return None;
    };
    let h_at = heading_row(sheet, &table.rows, names).unwrap_or(0);
    let headings = table.rows.get(h_at).unwrap_or(first);
    let row = Some(h_at + 1);
    let keeps_extra = sheet.columns.iter().any(|c| c.path == ["extra"]);
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    let before = faults.len();
    for (c, h) in headings.iter().enumerate() {
        let text = h.text();
        if text.is_empty() {
            out.push(Slot::Skip);
            continue;
        }
        if Some(normal(&text).as_str()) == extra.map(normal).as_deref() {
            out.push(Slot::Skip);
            seen.push(extra.unwrap_or_default());
            continue;
        }
        match names.column(sheet, &text) {
            Some(col) if seen.contains(&col.heading) => {
                faults.push(at(
                    sheet.name,
                    row,
                    Some(&text),
                    Said::HeadingTwice.to_string(),
                ));
                out.push(Slot::Skip);
            }
            Some(col) => {
                seen.push(col.heading);
                out.push(Slot::Field(col));
            }
            None if keeps_extra => out.push(Slot::Extra(text)),
            None => {
                let known = sheet
                    .columns
                    .iter()
                    .map(|c| c.heading)
                    .collect::<Vec<_>>()
                    .join("、");
                let column = c + 1;
                faults.push(at(
                    sheet.name,
                    row,
                    Some(&text),
                    Said::UnknownColumn { column, known }.to_string(),
                ));
                out.push(Slot::Skip);
            }
        }
    }
    for need in sheet.required.iter().copied().chain(extra) {
        if !seen.contains(&need) {
            faults.push(at(
                sheet.name,
                row,
                Some(need),
                Said::ColumnMissing.to_string(),
            ));
        }
    }
    (faults.len() == before).then_some((h_at, out))
}

/// A record of a sheet: its row (1-based, as the spreadsheet shows), its fields, and the value
/// of the column naming its parent (申请材料 → 事项编码).
type Record = (usize, Map<String, Value>, Option<String>);

/// The records of one sheet; every faulty cell is recorded and the reading goes on.
fn records(
    sheet: &Sheet,
    table: &Table,
    extra: Option<&str>,
    names: &Headings,
    faults: &mut Vec<Located>,
) -> Vec<Record> {
    let Some((h_at, cols)) = columns(sheet, table, extra, names, faults) else {
        return Vec::new();
    };
    let extra_at = extra.and_then(|x| {
        table.rows[h_at]
            .iter()
            .position(|h| normal(&h.text()) == normal(x))
    });
    let mut out = Vec::new();
    for (r, row) in table.rows.iter().enumerate().skip(h_at + 1) {
        if row.iter().all(Cell::is_empty) {
            continue;
        }
        let mut rec = Map::new();
        let mut kept = Map::new();
        let mut ok = true;
        for (c, cell) in row.iter().enumerate() {
            match cols.get(c) {
                Some(Slot::Field(col)) => match decode(cell, col) {
                    Ok(Some(v)) => put(&mut rec, col.path, v),
                    Ok(None) => {}
                    Err(m) => {
                        faults.push(at(sheet.name, Some(r + 1), Some(col.heading), m));
                        ok = false;
                    }
                },
                Some(Slot::Extra(h)) if !cell.is_empty() => {
                    kept.insert(h.clone(), Value::from(cell.text()));
                }
                _ => {}
            }
        }
        if !kept.is_empty() {
            let into = rec
                .entry("extra")
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(m) = into {
                for (k, v) in kept {
                    m.entry(k).or_insert(v);
                }
            }
        }
        let parent = extra_at
            .and_then(|c| row.get(c))
            .map(Cell::text)
            .filter(|t| !t.is_empty());
        if extra.is_some() && parent.is_none() {
            faults.push(at(sheet.name, Some(r + 1), extra, Said::Empty.to_string()));
            ok = false;
        }
        if let Some(key) = sheet.columns.first() {
            if !rec.contains_key(key.path[0]) {
                faults.push(at(
                    sheet.name,
                    Some(r + 1),
                    Some(key.heading),
                    Said::Empty.to_string(),
                ));
                ok = false;
            }
        }
        if ok {
            out.push((r + 1, rec, parent));
        }
    }
    out
}

/// Reads a workbook (or a single CSV table of matters) into a catalog, with the built-in
/// heading names.
pub fn catalog(tables: &[Table]) -> Result<Imported, Faults> {
    catalog_with(tables, &Headings::new())
}

/// Reads a workbook into a catalog, knowing `names` beside the built-in headings. The matters
/// are on the sheet named 事项, or else on the first sheet that holds their headings
/// (`Sheet1` of a department's export); title rows above the headings are skipped. Every fault
/// of the file is reported at once.
pub fn catalog_with(tables: &[Table], names: &Headings) -> Result<Imported, Faults> {
    let matters_table = tables
        .iter()
        .position(|t| t.name == MATTERS.name)
        .or_else(|| (tables.len() == 1).then_some(0))
        .or_else(|| {
            tables
                .iter()
                .position(|t| heading_row(&MATTERS, &t.rows, names).is_some())
        });
    let find = |name: &str| {
        if name == MATTERS.name {
            return matters_table.map(|i| &tables[i]);
        }
        tables.iter().find(|t| t.name == name)
    };
    let mut faults = Vec::new();
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
        let missing = at(MATTERS.name, None, None, Said::SheetMissing.to_string());
        return Err(Faults(vec![missing]));
    }
    for sheet in SHEETS.iter().filter(|s| s.within.is_none()) {
        let Some(table) = find(sheet.name) else {
            continue;
        };
        let name = if sheet.name == MATTERS.name {
            sheet_name(table)
        } else {
            sheet.name
        };
        let mut list = Vec::new();
        let mut sheet_faults = Vec::new();
        for (i, (row, rec, _)) in records(sheet, table, None, names, &mut sheet_faults)
            .into_iter()
            .enumerate()
        {
            origins.insert((sheet.list.to_string(), i), (name.to_string(), row));
            list.push(Value::Object(rec));
        }
        faults.extend(sheet_faults.into_iter().map(|mut l| {
            l.sheet = name.to_string();
            l
        }));
        cat.insert(sheet.list.to_string(), Value::Array(list));
    }
    // 申请材料: rows back under their matters, in sheet order.
    for sheet in SHEETS.iter().filter(|s| s.within.is_some()) {
        let (Some(table), Some((parent, field, key))) = (find(sheet.name), sheet.within) else {
            continue;
        };
        let items = records(sheet, table, Some(key), names, &mut faults);
        let Some(list) = cat.get_mut(parent).and_then(Value::as_array_mut) else {
            faults.push(at(sheet.name, None, None, Said::NoMattersSheet.to_string()));
            continue;
        };
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
            let Some(&i) = index.get(&code) else {
                faults.push(at(
                    sheet.name,
                    Some(row),
                    Some(key),
                    Said::NoSuchMatter { code: &code }.to_string(),
                ));
                continue;
            };
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
    resolve_departments(
        &mut cat,
        find(DEPARTMENTS.name).is_some(),
        &origins,
        &mut faults,
    );
    if !faults.is_empty() {
        return Err(Faults(faults));
    }
    Ok(Imported {
        catalog: Value::Object(cat),
        origins,
        nested,
    })
}

/// The name a fault gives the matters' sheet: its own (`Sheet1`), or 事项 for a CSV.
fn sheet_name(table: &Table) -> &str {
    if table.name.is_empty() {
        MATTERS.name
    } else {
        &table.name
    }
}

/// 实施主体 may name a department by its id or by its name; without a 部门 sheet (a CSV of
/// matters), each name becomes a department of its own.
fn resolve_departments(
    cat: &mut Map<String, Value>,
    listed: bool,
    origins: &HashMap<(String, usize), (String, usize)>,
    faults: &mut Vec<Located>,
) {
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
            faults.push(at(
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
        let sheet = SHEETS
            .iter()
            .find(|s| s.list == list && s.within.is_none())?;
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
