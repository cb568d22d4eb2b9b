//! 全国年节及纪念日放假办法 — the statutory holidays every year's arrangement must contain, and the
//! days off of a year whose arrangement (国务院办公厅关于部分节假日安排的通知) is not published yet.
//!
//! 第二条 gives the holidays of all citizens. Four versions matter here:
//! - 1999 (国务院令第270号, 2000–2007 here): 元旦 1 day; 春节 3 days (正月初一至初三); 劳动节 3 days
//!   (5月1日至3日); 国庆节 3 days (10月1日至3日). No 清明、端午、中秋.
//! - 2007 (国务院令第513号, from 2008-01-01): 元旦 1 day; 春节 3 days (除夕、正月初一、初二);
//!   清明、劳动节 (5月1日)、端午、中秋 1 day each; 国庆节 3 days (10月1日至3日).
//! - 2013 (国务院令第644号, from 2014-01-01): 春节 becomes 正月初一至初三.
//! - 2024 (国务院令第795号, from 2025-01-01): 春节 4 days (除夕、正月初一至初三); 劳动节 2 days
//!   (5月1日、2日).
//!
//! The lunar and solar-term dates (除夕, 正月初一, 清明, 端午, 中秋) come from
//! `data/statutory-dates.json`, computed with tyme4rs (寿星天文历) by
//! `examples/statutory_dates.rs` and checked against it by the tests; the library embeds only
//! the table (five dates a year, 2000–2100).

use super::messages::CalendarText;
use crate::error::{Error, ErrorCode, Result};
use crate::reason::{doc, Citation};
use chrono::{Days, NaiveDate};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The table of lunar and solar-term dates.
const TABLE_JSON: &str = include_str!("../../data/statutory-dates.json");

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Table {
    years: BTreeMap<String, [String; 5]>,
}

/// Per year from [`FIRST_YEAR`]: 除夕, 正月初一, 清明, 端午, 中秋.
static TABLE: LazyLock<Vec<[NaiveDate; 5]>> = LazyLock::new(|| {
    let t: Table = serde_json::from_str(TABLE_JSON).unwrap_or(Table {
        years: BTreeMap::new(),
    });
    t.years
        .iter()
        .map_while(|(y, days)| {
            let y: i32 = y.parse().ok()?;
            let mut out = [NaiveDate::MIN; 5];
            for (slot, md) in out.iter_mut().zip(days) {
                *slot = NaiveDate::parse_from_str(&format!("{y}-{md}"), "%Y-%m-%d").ok()?;
            }
            Some(out)
        })
        .collect()
});

/// The first year of the table.
pub const FIRST_YEAR: i32 = 2000;

/// The last year whose statutory holidays can be computed.
pub fn last_year() -> i32 {
    FIRST_YEAR + TABLE.len() as i32 - 1
}

/// The version of 全国年节及纪念日放假办法 in force in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Law {
    /// 1999 revision (国务院令第270号), 2000–2007 (the table's first year is 2000).
    Rev1999,
    /// 2007 revision (国务院令第513号), 2008–2013.
    Rev2007,
    /// 2013 revision (国务院令第644号), 2014–2024.
    Rev2013,
    /// 2024 revision (国务院令第795号), from 2025.
    Rev2024,
}

impl Law {
    /// The version in force in `year`, if the year is covered (from 2000).
    pub const fn in_force(year: i32) -> Option<Law> {
        match year {
            ..=1999 => None,
            2000..=2007 => Some(Law::Rev1999),
            2008..=2013 => Some(Law::Rev2007),
            2014..=2024 => Some(Law::Rev2013),
            _ => Some(Law::Rev2024),
        }
    }

    /// The decree that set it.
    pub const fn decree(self) -> &'static str {
        match self {
            Law::Rev1999 => "国务院令第270号",
            Law::Rev2007 => "国务院令第513号",
            Law::Rev2013 => "国务院令第644号",
            Law::Rev2024 => "国务院令第795号",
        }
    }

    /// The article listing the holidays of all citizens.
    pub const CITATION: Citation = Citation::new(doc::PRC_HOLIDAYS, "第二条");
}

/// One statutory day off: the holiday, which day of it, and its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatutoryDay {
    /// The holiday (元旦, 春节, …).
    pub holiday: &'static str,
    /// Which day of it (1月1日, 除夕, 正月初一, 清明, …).
    pub day: &'static str,
    /// The date.
    pub date: NaiveDate,
}

/// The statutory days off of `year` under the law then in force, in date order. Errors for a
/// year before 2000 or beyond the table.
pub fn days(year: i32) -> Result<Vec<StatutoryDay>> {
    let law = Law::in_force(year);
    let row = usize::try_from(year - FIRST_YEAR)
        .ok()
        .and_then(|i| TABLE.get(i));
    let (Some(law), Some(&[eve, spring, qingming, duanwu, zhongqiu])) = (law, row) else {
        return Err(Error::new(
            ErrorCode::CalendarOutOfRange,
            CalendarText::NoStatutory {
                year,
                last: last_year(),
            }
            .message(),
        ));
    };
    let md = |m, d| NaiveDate::from_ymd_opt(year, m, d).unwrap_or(NaiveDate::MIN);
    let next = |d: NaiveDate, n| d.checked_add_days(Days::new(n)).unwrap_or(d);
    let day = |holiday, day, date| StatutoryDay { holiday, day, date };
    let mut out = vec![day("元旦", "1月1日", md(1, 1))];
    if matches!(law, Law::Rev2007 | Law::Rev2024) {
        out.push(day("春节", "除夕", eve));
    }
    out.push(day("春节", "正月初一", spring));
    out.push(day("春节", "正月初二", next(spring, 1)));
    if law != Law::Rev2007 {
        out.push(day("春节", "正月初三", next(spring, 2)));
    }
    if law != Law::Rev1999 {
        out.push(day("清明节", "清明", qingming));
    }
    out.push(day("劳动节", "5月1日", md(5, 1)));
    if matches!(law, Law::Rev1999 | Law::Rev2024) {
        out.push(day("劳动节", "5月2日", md(5, 2)));
    }
    if law == Law::Rev1999 {
        out.push(day("劳动节", "5月3日", md(5, 3)));
    } else {
        out.push(day("端午节", "五月初五", duanwu));
        out.push(day("中秋节", "八月十五", zhongqiu));
    }
    out.push(day("国庆节", "10月1日", md(10, 1)));
    out.push(day("国庆节", "10月2日", md(10, 2)));
    out.push(day("国庆节", "10月3日", md(10, 3)));
    out.sort_by_key(|d| d.date);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tyme4rs::tyme::lunar::LunarDay;
    use tyme4rs::tyme::solar::{SolarDay, SolarTerm};
    use tyme4rs::tyme::Tyme;

    fn date(d: SolarDay) -> NaiveDate {
        NaiveDate::from_ymd_opt(
            d.get_year() as i32,
            d.get_month() as u32,
            d.get_day() as u32,
        )
        .unwrap()
    }

    /// The embedded table is what tyme4rs computes, year by year.
    #[test]
    fn table_matches_tyme4rs() {
        assert_eq!(last_year(), 2100);
        for (i, row) in TABLE.iter().enumerate() {
            let y = FIRST_YEAR as isize + i as isize;
            let spring = LunarDay::from_ymd(y, 1, 1).get_solar_day();
            let want = [
                date(spring.next(-1)),
                date(spring),
                date(SolarTerm::from_index(y, 7).get_solar_day()),
                date(LunarDay::from_ymd(y, 5, 5).get_solar_day()),
                date(LunarDay::from_ymd(y, 8, 15).get_solar_day()),
            ];
            assert_eq!(row, &want, "{y}");
        }
    }

    #[test]
    fn counts_follow_the_law_in_force() {
        assert_eq!(days(2013).unwrap().len(), 11);
        assert_eq!(days(2024).unwrap().len(), 11);
        assert_eq!(days(2025).unwrap().len(), 13);
        let d2027 = days(2027).unwrap();
        let spring: Vec<_> = d2027.iter().filter(|d| d.holiday == "春节").collect();
        assert_eq!(spring[0].date.to_string(), "2027-02-05"); // 除夕
        assert_eq!(spring[3].date.to_string(), "2027-02-08"); // 正月初三
                                                              // 1999 version: 元旦 1, 春节 正月初一至初三, 劳动节 5月1日至3日, 国庆节 3 — 10 days.
        let d2005: Vec<_> = days(2005).unwrap().iter().map(|d| d.day).collect();
        assert_eq!(
            d2005,
            [
                "1月1日",
                "正月初一",
                "正月初二",
                "正月初三",
                "5月1日",
                "5月2日",
                "5月3日",
                "10月1日",
                "10月2日",
                "10月3日"
            ]
        );
        assert_eq!(days(2007).unwrap().len(), 10);
        assert_eq!(days(2008).unwrap().len(), 11);
        assert!(days(1999).is_err() && days(2101).is_err());
    }
}
