//! Writes `core/data/schema.json`, the JSON Schema of every operation's input and answer derived
//! from the Rust types (`meta.schema` serves the written file).
//!
//!     cargo run -p zhengwu --features schema --example schema            # (re)write
//!     cargo run -p zhengwu --features schema --example schema -- --check # fail when not current

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let doc = match zhengwu::engine::schema_document() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("the operations' schema is incomplete:\n{e}");
            return ExitCode::FAILURE;
        }
    };
    let text = serde_json::to_string_pretty(&doc).expect("a JSON value serializes") + "\n";
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/schema.json");
    if std::env::args().any(|a| a == "--check") {
        let now = std::fs::read_to_string(&path).unwrap_or_default();
        if now != text {
            eprintln!(
                "{} is not current: run cargo run -p zhengwu --features schema --example schema",
                path.display()
            );
            return ExitCode::FAILURE;
        }
        println!("{} is current", path.display());
    } else {
        std::fs::write(&path, text).expect("core/data is writable");
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
