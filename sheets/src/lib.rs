//! 事项清单 as workbooks — the spreadsheets departments actually fill (the 2018 notice's 明细表).
//! A catalog is read from XLSX (or a CSV of matters) by its Chinese column headings, every cell
//! checked and every fault located by sheet, row and heading in Chinese; it is written back in
//! the same layout with a 说明 sheet, so that catalog → workbook → catalog loses nothing. Lint
//! findings and diffs are written as workbooks for the departments that must act on them.
//!
//! Kept out of the core: the spreadsheet libraries are for the command and the analysts' door,
//! not for every host of the rules.

#![forbid(unsafe_code)]

pub mod book;
pub mod budget;
mod cells;
pub mod export;
pub mod headings;
pub mod import;
pub mod schema;
mod texts;

/// Display width of text in a terminal or a spreadsheet column (a CJK character takes two).
pub fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// A severity's Chinese term.
pub fn severity(s: &str) -> &'static str {
    match s {
        "error" => "错误",
        "warning" => "警告",
        "info" => "提示",
        _ => "—",
    }
}

/// A change's Chinese term.
pub fn change(s: &str) -> &'static str {
    match s {
        "added" => "新增",
        "cancelled" => "取消",
        "devolved" => "下放",
        "merged" => "合并",
        "modified" => "修改",
        _ => "—",
    }
}

/// A date as people type it (`2025/3/3`, `2025年3月3日`) as `YYYY-MM-DD`, when it is one.
pub fn cells_date(text: &str) -> Option<String> {
    cells::date(text)
}

/// Reads a catalog from a workbook file (`.xlsx`, or a `.csv` of matters).
pub fn read_catalog(path: &std::path::Path) -> Result<import::Imported, String> {
    read_catalog_with(path, &budget::Budget::default())
}

/// Reads a catalog from a workbook file under `budget` (see [`budget::Budget`]).
pub fn read_catalog_with(
    path: &std::path::Path,
    budget: &budget::Budget,
) -> Result<import::Imported, String> {
    read_catalog_named(path, budget, &headings::Headings::new())
}

/// Reads a catalog from a workbook file under `budget`, knowing the host's column `names`.
pub fn read_catalog_named(
    path: &std::path::Path,
    budget: &budget::Budget,
    names: &headings::Headings,
) -> Result<import::Imported, String> {
    let tables = book::read_with(path, budget)?;
    import::catalog_with(&tables, names).map_err(|l| format!("{}：{l}", path.display()))
}

/// Writes a catalog (the JSON an engine takes) as a workbook.
pub fn write_catalog(path: &std::path::Path, catalog: &serde_json::Value) -> Result<(), String> {
    book::write_xlsx(path, &export::catalog(catalog))
}
