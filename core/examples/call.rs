//! Runs one operation from the command line: `cargo run --example call -- calendar.day '{"date":"2024-02-10"}'`.
//! Prints the output JSON, or the error JSON and exits with status 1.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 2 {
        eprintln!("usage: call <op> [input-json]");
        std::process::exit(2);
    }
    let input = args.get(2).map(String::as_str).unwrap_or("{}");
    let engine = match zhengwu::Engine::try_default() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{}", e.to_json());
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
