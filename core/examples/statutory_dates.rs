//! Writes `core/data/statutory-dates.json`: for every year of the table, the Gregorian dates of
//! the statutory holidays that move with the lunar calendar or the solar terms — 除夕, 春节
//! (正月初一), 清明 (the solar term), 端午 (五月初五), 中秋 (八月十五) — computed with tyme4rs.
//! `cargo run -p zhengwu --example statutory_dates > core/data/statutory-dates.json`; the test
//! `calendar::statutory` checks the file against the library on every run.

use tyme4rs::tyme::lunar::LunarDay;
use tyme4rs::tyme::solar::{SolarDay, SolarTerm};
use tyme4rs::tyme::Tyme;

fn ymd(d: SolarDay) -> String {
    format!("{:02}-{:02}", d.get_month(), d.get_day())
}

fn main() {
    let (first, last) = (2000, 2100);
    println!("{{");
    println!(" \"source\": \"tyme4rs 1.5.0 (寿星天文历): 除夕, 正月初一, 清明 (solar term), 五月初五, 八月十五 — core/examples/statutory_dates.rs\",");
    println!(" \"order\": [\"chuxi\", \"chunjie\", \"qingming\", \"duanwu\", \"zhongqiu\"],");
    println!(" \"years\": {{");
    for y in first..=last {
        let spring = LunarDay::from_ymd(y, 1, 1).get_solar_day();
        let eve = spring.next(-1);
        let qingming = SolarTerm::from_index(y, 7).get_solar_day();
        let duanwu = LunarDay::from_ymd(y, 5, 5).get_solar_day();
        let zhongqiu = LunarDay::from_ymd(y, 8, 15).get_solar_day();
        let sep = if y == last { "" } else { "," };
        println!(
            "  \"{y}\": [\"{}\", \"{}\", \"{}\", \"{}\", \"{}\"]{sep}",
            ymd(eve),
            ymd(spring),
            ymd(qingming),
            ymd(duanwu),
            ymd(zhongqiu)
        );
    }
    println!(" }}");
    println!("}}");
}
