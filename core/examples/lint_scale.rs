//! Builds a synthetic catalog of N matters (the sample's matters repeated under fresh codes) and
//! lints it R times; used with `valgrind --tool=callgrind --toggle-collect=...lint...` to count
//! the lint's instructions per matter at different sizes.
//! Run: `cargo run --release -p zhengwu --example lint_scale -- 10000 3`

use serde_json::Value;
use zhengwu::catalog::{lint::lint, Catalog};
use zhengwu::policy::Policy;

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let n = args.first().copied().unwrap_or(10_000);
    let rounds = args.get(1).copied().unwrap_or(1);
    let sample: Value =
        serde_json::from_str(zhengwu::catalog::TIANJIN_SAMPLE_JSON).unwrap_or_default();
    let base = sample["matters"].as_array().cloned().unwrap_or_default();
    let mut matters = Vec::with_capacity(n);
    for i in 0..n {
        let mut m = base[i % base.len()].clone();
        m["code"] = format!("M{i}").into();
        m["after"] = Value::Array(vec![]);
        matters.push(m);
    }
    let mut cat = sample;
    cat["matters"] = matters.into();
    cat["bundles"] = Value::Array(vec![]);
    let cat = match Catalog::from_json(&cat) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let policy = Policy::default();
    let start = std::time::Instant::now();
    let mut findings = 0;
    for _ in 0..rounds {
        findings += lint(&cat, &policy).len();
    }
    println!(
        "{n} matters, {rounds} rounds, {findings} findings, {:?} per round",
        start.elapsed() / rounds.max(1) as u32
    );
}
