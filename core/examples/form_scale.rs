//! Merges a synthetic request of N matters with 30 fields each (300 shared elements); used with
//! `valgrind --tool=callgrind --toggle-collect='zhengwu::form::merge::merge'` to count the
//! merge's instructions at different sizes.
//! Run: `cargo run --release -p zhengwu --example form_scale -- 1000`, or `-- bundle after-death 1000`
//! for a default bundle.

use serde_json::{json, Value};
use zhengwu::catalog::Catalog;
use zhengwu::form::merge::{merge, Request};

fn main() {
    // `form_scale bundle <id> [times]`: merge a default bundle (profiling the merge itself).
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("bundle") {
        let cat = Catalog::tianjin_sample().expect("embedded catalog");
        let id = args.get(2).map_or("after-death", String::as_str);
        let times: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(1000);
        let start = std::time::Instant::now();
        let mut fields = 0;
        for _ in 0..times {
            match merge(&cat, Request::Bundle { id, choose: None }) {
                Ok(f) => fields += f.fields.len(),
                Err(e) => {
                    eprintln!("{e}");
                    std::process::exit(1);
                }
            }
        }
        println!(
            "{id}: {times} merges, {fields} fields, {:?} each",
            start.elapsed() / times as u32
        );
        return;
    }
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let elements: Vec<Value> = (0..300)
        .map(|i| json!({"id": format!("e{i}"), "label": format!("要素{i}"), "type": "string", "max_len": 100}))
        .collect();
    let matters: Vec<Value> = (0..n)
        .map(|m| {
            let form: Vec<Value> = (0..30).map(|k| json!({"element": format!("e{}", (m * 7 + k * 11) % 300), "required": k % 2 == 0})).collect();
            json!({"code": format!("M{m}"), "name": format!("事项{m}"), "department": "d1", "form": form})
        })
        .collect();
    let cat = json!({"departments": [{"id": "d1", "name": "市某局"}], "elements": elements, "matters": matters});
    let cat = match Catalog::from_json(&cat) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let codes: Vec<String> = (0..n).map(|m| format!("M{m}")).collect();
    let start = std::time::Instant::now();
    match merge(&cat, Request::Matters(&codes)) {
        Ok(f) => println!(
            "{n} matters → {} fields in {:?}",
            f.fields.len(),
            start.elapsed()
        ),
        Err(e) => eprintln!("{e}"),
    }
}
