//! A workbook as plain cells: read from XLSX (calamine) or CSV, written to XLSX
//! (rust_xlsxwriter). The catalog mapping works on these cells only, so both formats and any
//! future one share it.

use std::path::Path;

/// One cell as read: text, a number, a yes/no, a date (`YYYY-MM-DD`), or empty.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    Date(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text: whole numbers without a decimal point (a phone number typed as a
    /// number stays `88908890`).
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Bool(b) => if *b { "是" } else { "否" }.to_string(),
            Cell::Date(d) => d.clone(),
        }
    }
}

/// One sheet: its name and rows of cells (the first row is the headings).
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
}

/// Why a file could not be read or written, in Chinese.
pub type Fail = String;

/// Reads an XLSX workbook (every sheet) or a CSV file (one sheet named after the file's
/// heading row's table: the caller decides).
pub fn read(path: &Path) -> Result<Vec<Table>, Fail> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "xlsx" | "xlsm" => read_xlsx(path),
        "csv" => read_csv(path).map(|t| vec![t]),
        _ => Err(format!("{}：不是 .xlsx 或 .csv 文件", path.display())),
    }
}

fn read_xlsx(path: &Path) -> Result<Vec<Table>, Fail> {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let mut wb: Xlsx<_> = open_workbook(path)
        .map_err(|e| format!("{}：无法读取 XLSX 工作簿（{e}）", path.display()))?;
    let mut out = Vec::new();
    for name in wb.sheet_names() {
        let range = wb
            .worksheet_range(&name)
            .map_err(|e| format!("{}：工作表「{name}」无法读取（{e}）", path.display()))?;
        let mut rows = Vec::with_capacity(range.height());
        // calamine starts the range at the first used cell; rows and columns before it are empty.
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for _ in 0..r0 {
            rows.push(Vec::new());
        }
        for row in range.rows() {
            let mut cells = vec![Cell::Empty; c0 as usize];
            for d in row {
                cells.push(match d {
                    Data::Empty => Cell::Empty,
                    Data::String(s) => Cell::Text(s.clone()),
                    Data::Float(f) => Cell::Number(*f),
                    Data::Int(i) => Cell::Number(*i as f64),
                    Data::Bool(b) => Cell::Bool(*b),
                    // Excel's serial day: days since 1899-12-30 (25,569 before 1970-01-01).
                    Data::DateTime(d) => {
                        match zhengwu::date::from_epoch_days(d.as_f64().floor() as i64 - 25_569) {
                            Some(day) => Cell::Date(zhengwu::date::format_ymd(day)),
                            _ => Cell::Number(d.as_f64()),
                        }
                    }
                    Data::DateTimeIso(s) => Cell::Date(s.chars().take(10).collect()),
                    Data::DurationIso(s) => Cell::Text(s.clone()),
                    Data::Error(e) => Cell::Text(format!("#{e:?}")),
                });
            }
            rows.push(cells);
        }
        out.push(Table { name, rows });
    }
    Ok(out)
}

fn read_csv(path: &Path) -> Result<Table, Fail> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}：无法读取（{e}）", path.display()))?;
    // Spreadsheet programs write a UTF-8 byte-order mark; GBK text is refused with a hint.
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes)).map_err(
        |_| {
            format!(
                "{}：不是 UTF-8 编码的 CSV（请以“CSV UTF-8”格式另存）",
                path.display()
            )
        },
    )?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (n, rec) in reader.records().enumerate() {
        let rec = rec.map_err(|e| format!("{}：第{}行无法读取（{e}）", path.display(), n + 1))?;
        rows.push(
            rec.iter()
                .map(|s| {
                    if s.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(s.to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(Table {
        name: String::new(),
        rows,
    })
}

/// A cell to write.
pub enum Out {
    Text(String),
    Number(f64),
}

/// A sheet to write: headings, rows, and each column's width in characters.
pub struct OutSheet {
    pub name: String,
    pub headings: Vec<String>,
    pub rows: Vec<Vec<Option<Out>>>,
}

/// Writes sheets to an XLSX file: bold, frozen headings; wrapped text; widths from the content.
pub fn write_xlsx(path: &Path, sheets: &[OutSheet]) -> Result<(), Fail> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold().set_background_color(0xDDEBF7);
    let wrap = Format::new().set_text_wrap();
    let fail = |e: rust_xlsxwriter::XlsxError| format!("{}：无法写入（{e}）", path.display());
    for s in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(&s.name).map_err(fail)?;
        for (c, h) in s.headings.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, h, &bold)
                .map_err(fail)?;
            let widest = s
                .rows
                .iter()
                .filter_map(|r| match r.get(c) {
                    Some(Some(Out::Text(t))) => t.lines().map(crate::width).max(),
                    Some(Some(Out::Number(_))) => Some(8),
                    _ => None,
                })
                .max()
                .unwrap_or(0)
                .max(crate::width(h));
            ws.set_column_width(c as u16, (widest.min(60) + 2) as f64)
                .map_err(fail)?;
        }
        ws.set_freeze_panes(1, 0).map_err(fail)?;
        for (r, row) in s.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                match cell {
                    Some(Out::Text(t)) if t.contains('\n') => {
                        ws.write_string_with_format(r, c, t, &wrap).map(|_| ())
                    }
                    Some(Out::Text(t)) => ws.write_string(r, c, t).map(|_| ()),
                    Some(Out::Number(n)) => ws.write_number(r, c, *n).map(|_| ()),
                    None => Ok(()),
                }
                .map_err(fail)?;
            }
        }
    }
    wb.save(path).map_err(fail)
}
