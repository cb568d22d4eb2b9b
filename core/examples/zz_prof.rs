fn main() {
    let a: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&a[1]).unwrap();
    let n: usize = a.get(3).map_or(5, |s| s.parse().unwrap());
    let e = zhengwu::Engine::from_config_json("").unwrap();
    for _ in 0..n {
        let t = std::time::Instant::now();
        let r = e.call_json(&a[2], &text);
        println!(
            "{:.3} s {:?}",
            t.elapsed().as_secs_f64(),
            r.as_ref().map(|s| s.len()).map_err(|e| e.code())
        );
    }
}
