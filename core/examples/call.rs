//! Runs one operation from the command line: `cargo run --example call -- calendar.day '{"date":"2024-02-10"}'`.
//! An optional third argument is an engine configuration (JSON).
//! Prints the output JSON, or the error JSON and exits with status 1.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 2 {
        eprintln!("usage: call <op> [input-json] [config-json]");
        std::process::exit(2);
    }
    let input = args.get(2).map(String::as_str).unwrap_or("{}");
    let engine = match zhengwu::Engine::from_config_json(args.get(3).map_or("", String::as_str)) {
        Ok(e) => e,
        Err(e) => {
            println!("{}", e.to_json());
            std::process::exit(1);
        }
    };
    match engine.call_json(&args[1], input) {
        Ok(out) => println!("{out}"),
        Err(e) => {
            println!("{}", e.to_json());
            std::process::exit(1);
        }
    }
}
