//! 行政区划代码表 — the GB/T 2260 table that names regions below the province: the embedded one
//! (`data/regions-gbt2260.tsv`, every code 1980–2020 with each of its names and the years it was
//! in force, retired codes included; source and licence in the file's header), or the embedded
//! one extended by a host's rows (engine configuration `"regions"`) — the 民政部 publishes
//! changes every year, and a host that has the newer codes should not wait for a release.

use super::messages::RegionsText;
use super::region::{is_municipality, province_name, Region};
use crate::error::{Error, ErrorCode, Result};
use serde_json::Value;
use std::sync::{Arc, LazyLock};

/// The embedded table's text.
pub const EMBEDDED_TSV: &str = include_str!("../../data/regions-gbt2260.tsv");

/// One name of a code, with the year it went out of use (0 = still in use, or not known).
#[derive(Debug, Clone)]
struct Entry {
    code: u32,
    name: Arc<str>,
    to: u16,
}

/// A GB/T 2260 table: codes with their names over time.
#[derive(Debug, Clone, Default)]
pub struct RegionTable {
    /// By code, then by period: the last entry of a code is its latest name.
    entries: Vec<Entry>,
}

static EMBEDDED: LazyLock<Arc<RegionTable>> = LazyLock::new(|| {
    // The embedded text is checked by the test suite; a row it cannot read would fail them.
    Arc::new(RegionTable::from_tsv(EMBEDDED_TSV).unwrap_or_default())
});

/// Rows that stand for a group, not a place (市辖区, 县, 省直辖县级行政区划 …): no name to show.
/// The city's name shared, made once: a lookup of a 直辖市 ID allocates nothing for it.
fn municipality(province: u32) -> Arc<str> {
    static NAMES: LazyLock<[Arc<str>; 4]> =
        LazyLock::new(|| ["北京市", "天津市", "上海市", "重庆市"].map(Arc::from));
    let i = match province {
        11 => 0,
        12 => 1,
        31 => 2,
        _ => 3,
    };
    Arc::clone(&NAMES[i])
}

fn is_placeholder(name: &str) -> bool {
    matches!(
        name,
        "市辖区"
            | "县"
            | "市"
            | "省直辖县级行政区划"
            | "自治区直辖县级行政区划"
            | "省直辖县级行政单位"
            | "自治区直辖县级行政单位"
            | "省直辖行政单位"
    )
}

fn bad_row(at: String, why: RegionsText) -> Error {
    Error::new(ErrorCode::ConfigInvalid, why.message()).at(at)
}

fn code_of(text: &str, at: &str) -> Result<u32> {
    text.parse::<u32>()
        .ok()
        .filter(|c| text.len() == 6 && province_name((c / 10_000) as u8).is_some())
        .ok_or_else(|| bad_row(format!("{at}.code"), RegionsText::BadCode { text }))
}

fn year_of(text: &str, at: &str) -> Result<u16> {
    if text.is_empty() {
        return Ok(0);
    }
    text.parse::<u16>()
        .ok()
        .filter(|y| (1949..=9999).contains(y))
        .ok_or_else(|| bad_row(at.to_string(), RegionsText::BadYear { text }))
}

impl RegionTable {
    /// The embedded table (shared; built on first use).
    pub fn embedded() -> Arc<RegionTable> {
        Arc::clone(&EMBEDDED)
    }

    /// A table from TSV text as the embedded file has it: `code`, `name`, `from`, `to` columns
    /// (years may be empty), `#` comment lines and a header line skipped.
    pub fn from_tsv(text: &str) -> Result<RegionTable> {
        let mut rows = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.starts_with("code\t") || line.trim().is_empty() {
                continue;
            }
            let at = format!("line {}", n + 1);
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 4 || f[1].is_empty() {
                return Err(bad_row(at, RegionsText::BadColumns));
            }
            rows.push((
                code_of(f[0], &at)?,
                f[1].to_string(),
                year_of(f[2], &at)?,
                year_of(f[3], &at)?,
            ));
        }
        Ok(RegionTable::from_rows(rows))
    }

    fn from_rows(mut rows: Vec<(u32, String, u16, u16)>) -> RegionTable {
        // Stable: a code's names stay in their order of periods.
        rows.sort_by_key(|r| (r.0, r.2));
        let entries = rows
            .into_iter()
            .map(|(code, name, _, to)| Entry {
                code,
                name: Arc::from(name),
                to,
            })
            .collect();
        RegionTable { entries }
    }

    /// The embedded table with a host's rows (`[{"code", "name", "from"?, "to"?}]`): a code the
    /// host names replaces the embedded entries of that code; new codes are added.
    pub fn extended(value: &Value) -> Result<RegionTable> {
        let list = value
            .as_array()
            .ok_or_else(|| bad_row(String::new(), RegionsText::NotList))?;
        let mut host = Vec::with_capacity(list.len());
        for (i, v) in list.iter().enumerate() {
            let at = format!("[{i}]");
            let text = |k: &str| v.get(k).and_then(Value::as_str);
            let year = |k: &str| -> Result<u16> {
                match v.get(k) {
                    None | Some(Value::Null) => Ok(0),
                    Some(y) => year_of(&y.to_string(), &format!("{at}.{k}")),
                }
            };
            let (Some(code), Some(name)) = (text("code"), text("name").filter(|n| !n.is_empty()))
            else {
                return Err(bad_row(at, RegionsText::NoCodeOrName));
            };
            host.push((
                code_of(code, &at)?,
                name.to_string(),
                year("from")?,
                year("to")?,
            ));
        }
        let named: std::collections::HashSet<u32> = host.iter().map(|r| r.0).collect();
        let mut rows: Vec<(u32, String, u16, u16)> = EMBEDDED
            .entries
            .iter()
            .filter(|e| !named.contains(&e.code))
            .map(|e| (e.code, e.name.to_string(), 0, e.to))
            .collect();
        rows.extend(host);
        Ok(RegionTable::from_rows(rows))
    }

    /// The number of codes.
    pub fn len(&self) -> usize {
        let t = &self.entries;
        t.len() - t.windows(2).filter(|w| w[0].code == w[1].code).count()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn latest(&self, code: u32) -> Option<&Entry> {
        let t = &self.entries;
        let end = t.partition_point(|e| e.code <= code);
        (end > 0 && t[end - 1].code == code).then(|| &t[end - 1])
    }

    /// The region of a six-digit code, when its province exists: the code's latest name and its
    /// prefecture's, where this table knows them.
    pub fn region(&self, code: u32) -> Option<Region> {
        let province = province_name(u8::try_from(code / 10_000).ok()?)?;
        let own = (code % 10_000 != 0).then(|| self.latest(code)).flatten();
        let prefecture = if is_municipality((code / 10_000) as u8) {
            (code % 10_000 != 0).then(|| municipality(code / 10_000))
        } else {
            (code % 100 != 0)
                .then(|| self.latest(code / 100 * 100))
                .flatten()
                .map(|e| Arc::clone(&e.name))
                .filter(|n| !is_placeholder(n))
        };
        Some(Region {
            code,
            province,
            prefecture,
            name: own
                .map(|e| Arc::clone(&e.name))
                .filter(|n| !is_placeholder(n)),
            retired_in: own.and_then(|e| (e.to != 0).then_some(e.to)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_table_reads_whole() {
        let lines = EMBEDDED_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("code\t"))
            .count();
        assert_eq!(
            RegionTable::from_tsv(EMBEDDED_TSV).unwrap().entries.len(),
            lines
        );
        assert!(RegionTable::embedded().len() > 7000);
    }

    #[test]
    fn hosts_extend_and_override() {
        let t = RegionTable::extended(&serde_json::json!([
            {"code": "110199", "name": "某新区", "from": 2023},
            {"code": "110105", "name": "朝阳区（主机）"}
        ]))
        .unwrap();
        assert_eq!(t.region(110199).unwrap().name.as_deref(), Some("某新区"));
        assert_eq!(
            t.region(110105).unwrap().name.as_deref(),
            Some("朝阳区（主机）")
        );
        assert_eq!(
            t.region(120107).unwrap().retired_in,
            Some(2008),
            "the rest stays"
        );
        assert_eq!(t.len(), RegionTable::embedded().len() + 1);
        let e = RegionTable::extended(&serde_json::json!([{"code": "990101", "name": "x"}]))
            .unwrap_err();
        assert_eq!(e.path(), Some("[0].code"));
        let e = RegionTable::from_tsv("110105\t朝阳区\n").unwrap_err();
        assert_eq!(e.path(), Some("line 1"));
    }
}
