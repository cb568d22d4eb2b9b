//! 行政区划代码 (GB/T 2260) — enough of it to validate and name the region of an identifier.
//!
//! Province-level codes (the first two digits) are validated against the full list; county-level
//! names are given for Tianjin, this library's home jurisdiction, including codes retired since
//! (塘沽区, 汉沽区, 大港区, the former 县) because numbers issued under them stay valid for life.

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

/// Tianjin's county-level divisions, current and retired.
const TIANJIN: &[(u32, &str)] = &[
    (120000, "天津市"),
    (120100, "天津市市辖区"),
    (120101, "和平区"),
    (120102, "河东区"),
    (120103, "河西区"),
    (120104, "南开区"),
    (120105, "河北区"),
    (120106, "红桥区"),
    (120107, "塘沽区"),
    (120108, "汉沽区"),
    (120109, "大港区"),
    (120110, "东丽区"),
    (120111, "西青区"),
    (120112, "津南区"),
    (120113, "北辰区"),
    (120114, "武清区"),
    (120115, "宝坻区"),
    (120116, "滨海新区"),
    (120117, "宁河区"),
    (120118, "静海区"),
    (120119, "蓟州区"),
    (120200, "天津市县"),
    (120221, "宁河县"),
    (120222, "武清县"),
    (120223, "静海县"),
    (120224, "宝坻县"),
    (120225, "蓟县"),
];

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
    /// The county-level name, where the library knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<&'static str>,
}

impl Region {
    /// The region of a six-digit code, when its province exists.
    pub fn from_code(code: u32) -> Option<Region> {
        let province = province_name(u8::try_from(code / 10_000).ok()?)?;
        let name = TIANJIN
            .binary_search_by_key(&code, |&(c, _)| c)
            .ok()
            .map(|i| TIANJIN[i].1);
        Some(Region {
            code,
            province,
            name,
        })
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
        assert!(TIANJIN.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn names() {
        assert_eq!(province_name(12), Some("天津市"));
        assert_eq!(province_name(10), None);
        let r = Region::from_code(120115).unwrap();
        assert_eq!((r.province, r.name), ("天津市", Some("宝坻区")));
        assert_eq!(Region::from_code(110101).unwrap().name, None);
        assert!(Region::from_code(990101).is_none());
    }
}
