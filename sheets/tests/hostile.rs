//! Workbooks that once crashed or exhausted the reader, refused with a located message.

use zhengwu_sheets::book::{read_csv, read_xlsx};
use zhengwu_sheets::budget::Budget;

/// Found by the `workbook` fuzz target: a cell naming a shared string past the end made the
/// spreadsheet library panic.
#[test]
fn a_shared_string_past_the_end_is_refused_not_a_crash() {
    let bytes = include_bytes!("data/shared-string-past-the-end.xlsx").to_vec();
    let err = read_xlsx(bytes, &Budget::default()).unwrap_err();
    assert!(err.contains("无法读取"), "{err}");
}

#[test]
fn rows_columns_and_cells_are_counted_as_they_come() {
    let small = Budget {
        max_rows: 3,
        max_columns: 2,
        max_cell_chars: 5,
        ..Budget::default()
    };
    let rows = "a,b\n1,2\n3,4\n5,6\n";
    let err = read_csv(rows.as_bytes(), &small).unwrap_err();
    assert!(err.contains("第4行"), "{err}");
    let err = read_csv(b"a,b,c\n", &small).unwrap_err();
    assert!(err.contains("第3列"), "{err}");
    let err = read_csv("事项名称很长很长\n".as_bytes(), &small).unwrap_err();
    assert!(err.contains("字符"), "{err}");
    assert_eq!(read_csv(b"a,b\n1,2\n", &small).unwrap().rows.len(), 2);
}

#[test]
fn the_template_reads_under_the_default_budget() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/catalog/sample.xlsx"
    ))
    .unwrap();
    let tables = read_xlsx(bytes, &Budget::default()).unwrap();
    assert!(tables.iter().any(|t| t.name == "事项" && t.rows.len() > 10));
}
