//! A workbook as plain cells: read from XLSX (calamine) or CSV, written to XLSX
//! (rust_xlsxwriter). The catalog mapping works on these cells only, so both formats and any
//! future one share it.

use crate::budget::{Budget, Counter};
use crate::texts::Said;
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
/// heading row's table: the caller decides), under the default [`Budget`].
pub fn read(path: &Path) -> Result<Vec<Table>, Fail> {
    read_with(path, &Budget::default())
}

/// Reads a workbook or CSV file under `budget`: a regular file of at most `max_file_bytes`, its
/// archive checked before it is opened and its cells counted as they stream; the first figure
/// over the budget stops the read with a located message.
pub fn read_with(path: &Path, budget: &Budget) -> Result<Vec<Table>, Fail> {
    let name = zhengwu::egress::terminal(&path.display().to_string()).into_owned();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if !matches!(ext.as_str(), "xlsx" | "xlsm" | "csv") {
        return Err(Said::NotWorkbook { file: &name }.to_string());
    }
    let bytes = zhengwu::ingress::read_file(path, budget.max_file_bytes)
        .map_err(|f| f.message(&name).into_owned())?;
    let read = if ext == "csv" {
        read_csv(&bytes, budget).map(|t| vec![t])
    } else {
        read_xlsx(bytes, budget)
    };
    read.map_err(|message| {
        Said::About {
            file: &name,
            message,
        }
        .to_string()
    })
}

/// Reads XLSX bytes: the archive checked first ([`crate::budget`]), then each sheet's cells
/// streamed and placed by their own addresses — the sheet's declared used range is never used.
pub fn read_xlsx(bytes: Vec<u8>, budget: &Budget) -> Result<Vec<Table>, Fail> {
    crate::budget::check_archive(&bytes, budget)?;
    // The spreadsheet reader indexes its shared strings by what the cells say and panics on an
    // index past them: a workbook that inconsistent is refused as unreadable, not a crash.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_checked(bytes, budget)))
        .unwrap_or_else(|_| Err(Said::Inconsistent.to_string()))
}

fn read_checked(bytes: Vec<u8>, budget: &Budget) -> Result<Vec<Table>, Fail> {
    use calamine::{DataRef, Reader, Xlsx};
    let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| {
        Said::CannotReadWorkbook {
            error: e.to_string(),
        }
        .to_string()
    })?;
    let mut counter = Counter::new(*budget);
    let mut out = Vec::new();
    for name in wb.sheet_names() {
        let shown = zhengwu::egress::terminal(&name).into_owned();
        let mut reader = wb
            .worksheet_cells_reader(&name)
            .map_err(|e| cannot_read(&shown, e))?;
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        while let Some(c) = reader.next_cell().map_err(|e| cannot_read(&shown, e))? {
            let (r, col) = c.get_position();
            let cell = match c.get_value() {
                DataRef::Empty => continue,
                DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s)
                    if s.is_empty() =>
                {
                    continue
                }
                DataRef::String(s) => Cell::Text(s.clone()),
                DataRef::SharedString(s) => Cell::Text((*s).to_string()),
                DataRef::Float(f) => Cell::Number(*f),
                DataRef::Int(i) => Cell::Number(*i as f64),
                DataRef::Bool(b) => Cell::Bool(*b),
                // Excel's serial day: days since 1899-12-30 (25,569 before 1970-01-01).
                DataRef::DateTime(d) => {
                    match zhengwu::date::from_epoch_days(d.as_f64().floor() as i64 - 25_569) {
                        Some(day) => Cell::Date(zhengwu::date::format_ymd(day)),
                        _ => Cell::Number(d.as_f64()),
                    }
                }
                DataRef::DateTimeIso(s) => Cell::Date(s.chars().take(10).collect()),
                DataRef::DurationIso(s) => Cell::Text(s.clone()),
                DataRef::Error(e) => Cell::Text(format!("#{e:?}")),
            };
            let chars = match &cell {
                Cell::Text(t) => t.chars().count(),
                _ => 0,
            };
            counter.cell(&shown, r, col, chars)?;
            place(&mut rows, r as usize, col as usize, cell);
        }
        out.push(Table { name, rows });
    }
    Ok(out)
}

/// Puts a cell at its address; rows and columns before it are empty (both bounded by the
/// budget's rows and columns, checked before).
fn place(rows: &mut Vec<Vec<Cell>>, r: usize, c: usize, cell: Cell) {
    if rows.len() <= r {
        rows.resize_with(r + 1, Vec::new);
    }
    let row = &mut rows[r];
    if row.len() <= c {
        row.resize(c + 1, Cell::Empty);
    }
    row[c] = cell;
}

/// Reads CSV bytes (UTF-8, a byte-order mark dropped), counting rows and cells as they come.
pub fn read_csv(bytes: &[u8], budget: &Budget) -> Result<Table, Fail> {
    // Spreadsheet programs write a UTF-8 byte-order mark, or (Excel's "CSV" on Chinese Windows)
    // GBK: text that is not UTF-8 is read as GB18030, GBK's superset, and refused when it is
    // neither.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text: std::borrow::Cow<'_, str> = match std::str::from_utf8(bytes) {
        Ok(t) => t.into(),
        Err(_) => encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(bytes)
            .ok_or_else(|| Said::CsvNotUtf8.to_string())?,
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut counter = Counter::new(*budget);
    let mut rows = Vec::new();
    for (n, rec) in reader.records().enumerate() {
        let rec = rec.map_err(|e| {
            Said::CannotReadRow {
                row: n + 1,
                error: e.to_string(),
            }
            .to_string()
        })?;
        let row = u32::try_from(n).unwrap_or(u32::MAX);
        let mut cells = Vec::with_capacity(rec.len().min(budget.max_columns as usize));
        for (c, s) in rec.iter().enumerate() {
            if s.is_empty() {
                cells.push(Cell::Empty);
                continue;
            }
            let col = u32::try_from(c).unwrap_or(u32::MAX);
            counter.cell("事项", row, col, s.chars().count())?;
            cells.push(Cell::Text(s.to_string()));
        }
        rows.push(cells);
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
    let fail = |e: rust_xlsxwriter::XlsxError| {
        Said::CannotWrite {
            file: &path.display().to_string(),
            error: e.to_string(),
        }
        .to_string()
    };
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

fn cannot_read(sheet: &str, e: impl std::fmt::Display) -> String {
    Said::CannotReadSheet {
        sheet,
        error: e.to_string(),
    }
    .to_string()
}
