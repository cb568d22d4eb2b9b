//! Workbooks and CSV files from arbitrary bytes, under a small budget: a located refusal or a
//! catalog, never a panic, an abort or an allocation the budget does not allow (libFuzzer's RSS
//! limit catches one). Bytes starting `PK` are read as XLSX, others as CSV.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zhengwu_sheets::budget::Budget;

fuzz_target!(|data: &[u8]| {
    // The reader refuses a workbook whose reader library panics (caught where it is read); the
    // fuzzer's own hook would abort before that. A panic that escapes is still a crash: the
    // fuzzer catches what leaves this closure.
    quiet_panics();
    let budget = Budget {
        max_uncompressed_bytes: 16 << 20,
        max_rows: 2_000,
        max_cells: 50_000,
        ..Budget::default()
    };
    let tables = if data.starts_with(b"PK") {
        zhengwu_sheets::book::read_xlsx(data.to_vec(), &budget)
    } else {
        zhengwu_sheets::book::read_csv(data, &budget).map(|t| vec![t])
    };
    if let Ok(tables) = tables {
        if let Ok(imported) = zhengwu_sheets::import::catalog(&tables) {
            let _ = zhengwu::catalog::Catalog::from_json(&imported.catalog);
        }
    }
});

fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| std::panic::set_hook(Box::new(|_| {})));
}
