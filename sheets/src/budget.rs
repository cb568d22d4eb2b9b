//! 工作簿预算 — a workbook is untrusted input. What a file says about itself (its used range,
//! its entries' sizes) is never trusted for allocation; what it really holds is counted while
//! it is read, and the read stops at the first figure over its budget with a located Chinese
//! message (file, sheet, row).
//!
//! The checks, in order: the file's bytes (a regular file only, [`zhengwu::ingress`]); the zip
//! archive's entries, their uncompressed bytes and compression ratio, counted by decompressing
//! each entry once before the spreadsheet reader sees it (a header may lie about its size); then,
//! while the cells stream, rows, columns, cells and the characters of one cell.

use crate::texts::Said;
use std::io::{Cursor, Read};

/// The budget of one workbook read. The defaults fit the largest catalog an engine accepts
/// (200,000 matters) and stay within about 2 s and a few hundred MB on the worst file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Largest file, in bytes (default 64 MiB; the engine's `limits.max_file_bytes`).
    pub max_file_bytes: usize,
    /// Most bytes the archive's entries may hold once decompressed, together (default 160 MiB).
    pub max_uncompressed_bytes: u64,
    /// Highest compression ratio of an entry over 1 MiB (default 200; sheets compress 5–30 times).
    pub max_ratio: u64,
    /// Most entries in the archive (default 10,000).
    pub max_entries: usize,
    /// Most rows in one sheet, headings included (default 200,010: the engine's
    /// `limits.max_catalog_matters` and a few rows of titles and headings).
    pub max_rows: u32,
    /// Most columns (default 256: the widest sheet has fewer than 40).
    pub max_columns: u32,
    /// Most cells in the whole workbook (default 6,000,000).
    pub max_cells: usize,
    /// Most characters in one cell (default 32,767, Excel's own limit).
    pub max_cell_chars: usize,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            max_file_bytes: 64 << 20,
            max_uncompressed_bytes: 160 << 20,
            max_ratio: 200,
            max_entries: 10_000,
            max_rows: 200_010,
            max_columns: 256,
            max_cells: 6_000_000,
            max_cell_chars: 32_767,
        }
    }
}

impl Budget {
    /// The budget an engine's limits imply: its file size and its largest catalog.
    pub fn for_limits(l: &zhengwu::engine::limits::Limits) -> Budget {
        Budget {
            max_file_bytes: l.max_file_bytes,
            max_rows: u32::try_from(l.max_catalog_matters.saturating_add(10)).unwrap_or(u32::MAX),
            ..Budget::default()
        }
    }
}

/// Counts, while the cells stream, against the budget.
pub(crate) struct Counter {
    pub(crate) budget: Budget,
    cells: usize,
}

impl Counter {
    pub(crate) fn new(budget: Budget) -> Counter {
        Counter { budget, cells: 0 }
    }

    /// Checks one non-empty cell at `row`, `col` (0-based) of `sheet`.
    pub(crate) fn cell(
        &mut self,
        sheet: &str,
        row: u32,
        col: u32,
        chars: usize,
    ) -> Result<(), String> {
        let b = &self.budget;
        let place = |what: Said| {
            Said::AtRow {
                sheet,
                row: u64::from(row) + 1,
                what: what.to_string(),
            }
            .to_string()
        };
        let column = u64::from(col) + 1;
        if row >= b.max_rows {
            let max = u64::from(b.max_rows);
            return Err(place(Said::TooManyRows { max }));
        }
        if col >= b.max_columns {
            let max = u64::from(b.max_columns);
            return Err(place(Said::TooManyColumns { column, max }));
        }
        if chars > b.max_cell_chars {
            let max = b.max_cell_chars;
            return Err(place(Said::CellTooLong { column, chars, max }));
        }
        self.cells += 1;
        if self.cells > b.max_cells {
            return Err(place(Said::TooManyCells { max: b.max_cells }));
        }
        Ok(())
    }
}

/// Checks a zip archive before the spreadsheet reader opens it: the number of entries, then each
/// entry decompressed once and counted — against its declared size, the total, and the ratio.
pub(crate) fn check_archive(bytes: &[u8], b: &Budget) -> Result<(), String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        Said::NotXlsx {
            error: e.to_string(),
        }
        .to_string()
    })?;
    if zip.len() > b.max_entries {
        return Err(Said::TooManyParts {
            parts: zip.len(),
            max: b.max_entries,
        }
        .to_string());
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let entry = zip.by_index(i).map_err(|e| {
            Said::CannotReadPart {
                part: i + 1,
                error: e.to_string(),
            }
            .to_string()
        })?;
        let name = zhengwu::egress::terminal(entry.name()).into_owned();
        let (declared, packed) = (entry.size(), entry.compressed_size());
        let over_ratio = |n: u64| n > (1 << 20) && n / packed.max(1) > b.max_ratio;
        if total.saturating_add(declared) > b.max_uncompressed_bytes || over_ratio(declared) {
            return Err(bomb(&name, declared, packed, b));
        }
        // Decompressed and counted, never more than one byte past what it declared.
        let mut read = 0u64;
        let mut chunk = [0u8; 64 << 10];
        let mut limited = entry.take(declared + 1);
        loop {
            let n = limited.read(&mut chunk).map_err(|e| {
                Said::CannotUnpack {
                    name: &name,
                    error: e.to_string(),
                }
                .to_string()
            })?;
            if n == 0 {
                break;
            }
            read += n as u64;
        }
        if read > declared {
            return Err(Said::PartLies {
                name: &name,
                declared,
            }
            .to_string());
        }
        total += read;
    }
    Ok(())
}

fn bomb(name: &str, declared: u64, packed: u64, b: &Budget) -> String {
    Said::PartTooLarge {
        name,
        declared,
        packed,
        max: b.max_uncompressed_bytes,
        ratio: b.max_ratio,
    }
    .to_string()
}
