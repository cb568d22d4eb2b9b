//! 统一社会信用代码 — GB 32100: 18 characters over a 31-character alphabet (digits and capital
//! letters without I O Z S V): 登记管理部门代码 (1), 机构类别代码 (1), 登记管理机关行政区划码 (6),
//! 主体标识码 = the GB 11714 organisation code (9), and a check character.
//!
//! Validity is the format plus the check character, weights 3^(i-1) mod 31. The organisation
//! code's own GB 11714 check (on characters 9–17) is reported as a field of its own: codes issued
//! after 2015 to bodies that never had an organisation code do not always satisfy it.

use super::messages::UsccMsg;
use super::region::Region;
use super::regions::RegionTable;
use super::Verdict;
use crate::reason::Reason;
use serde::Serialize;

const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
const ORG_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

/// Value of a character in the GB 32100 alphabet, or `None`.
#[inline]
fn value(c: u8) -> Option<u32> {
    match VALUE[usize::from(c)] {
        NOT_A_CHARACTER => None,
        v => Some(u32::from(v)),
    }
}

const NOT_A_CHARACTER: u8 = 0xff;

/// Value of each byte in the code's alphabet, or `NOT_A_CHARACTER`. A table rather than a `match`: codes mix digits and letters at random,
/// and a branch per character mispredicts (measured: 124 ns per random code with a `match`).
static VALUE: [u8; 256] = {
    let mut t = [NOT_A_CHARACTER; 256];
    let mut i = 0;
    while i < ALPHABET.len() {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
};

/// The check character for a 17-character body, or `None` if a character is outside the
/// alphabet.
///
/// ```
/// assert_eq!(zhengwu::id::uscc_check_character(b"91350100M000100Y4"), Some('3'));
/// ```
pub fn uscc_check_character(body: &[u8]) -> Option<char> {
    if body.len() != 17 {
        return None;
    }
    let mut sum = 0u32;
    for (i, &c) in body.iter().enumerate() {
        sum += value(c)? * WEIGHTS[i];
    }
    Some(ALPHABET[((31 - sum % 31) % 31) as usize] as char)
}

/// The GB 11714 check character of an 8-character organisation-code body (digits and capital
/// letters), or `None` when a character is outside `0-9A-Z`.
pub fn organization_code_check_character(body: &[u8]) -> Option<char> {
    if body.len() != 8 {
        return None;
    }
    let mut sum = 0u32;
    for (i, &c) in body.iter().enumerate() {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return None,
        };
        sum += v * ORG_WEIGHTS[i];
    }
    Some(match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        d => char::from(b'0' + d as u8),
    })
}

/// 登记管理部门 — the registering authority (first character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RegistrationAuthority {
    /// The code character.
    pub code: char,
    /// Its name, when the code is assigned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<&'static str>,
}

/// 机构类别 — the kind of body within its authority (second character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EntityType {
    /// The code character.
    pub code: char,
    /// Its name, when the code is assigned for this authority.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<&'static str>,
}

/// 主体标识码 — the organisation code (characters 9–17) and its own GB 11714 check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OrganizationCode {
    /// The nine characters.
    pub code: String,
    /// Whether its ninth character is the GB 11714 check of the first eight.
    pub check_valid: bool,
}

/// The check of one 统一社会信用代码.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UsccCheck {
    /// Format and check character conform to GB 32100.
    pub valid: bool,
    /// The code as checked (upper-cased).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// 登记管理部门.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration_authority: Option<RegistrationAuthority>,
    /// 机构类别.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<EntityType>,
    /// 登记管理机关行政区划码.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    /// 主体标识码.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_code: Option<OrganizationCode>,
    /// Why.
    pub reasons: Vec<Reason>,
}

impl Verdict for UsccCheck {
    fn is_valid(&self) -> bool {
        self.valid
    }
    fn reasons(&self) -> &[Reason] {
        &self.reasons
    }
}

fn authority_name(c: u8) -> Option<&'static str> {
    Some(match c {
        b'1' => "机构编制",
        b'2' => "外交",
        b'3' => "司法行政",
        b'4' => "文化",
        b'5' => "民政",
        b'6' => "旅游",
        b'7' => "宗教",
        b'8' => "工会",
        b'9' => "工商（市场监管）",
        b'A' => "中央军委改革和编制办公室",
        b'N' => "农业农村",
        b'Y' => "其他",
        _ => return None,
    })
}

fn entity_name(authority: u8, kind: u8) -> Option<&'static str> {
    Some(match (authority, kind) {
        (b'1', b'1') => "机关",
        (b'1', b'2') => "事业单位",
        (b'1', b'3') => "中央编办直接管理机构编制的群众团体",
        (b'2', b'1') => "外国常驻新闻机构",
        (b'3', b'1') => "律师执业机构",
        (b'3', b'2') => "外国律师事务所驻华代表机构",
        (b'3', b'3') => "司法鉴定机构",
        (b'3', b'4') => "仲裁委员会",
        (b'3', b'5') => "公证处",
        (b'4', b'1') => "外国在华文化中心",
        (b'5', b'1') => "社会团体",
        (b'5', b'2') => "民办非企业单位",
        (b'5', b'3') => "基金会",
        (b'6', b'1') => "外国旅游部门常驻代表机构",
        (b'6', b'2') => "港澳台地区旅游部门常驻内地（大陆）代表机构",
        (b'7', b'1') => "宗教活动场所",
        (b'7', b'2') => "宗教院校",
        (b'8', b'1') => "基层工会",
        (b'9', b'1') => "企业",
        (b'9', b'2') => "个体工商户",
        (b'9', b'3') => "农民专业合作社",
        (b'A', b'1') => "军队事业单位",
        (b'N', b'1') => "组级集体经济组织",
        (b'N', b'2') => "村级集体经济组织",
        (b'N', b'3') => "乡镇级集体经济组织",
        (b'Y', b'1') => "其他",
        (_, b'9') => "其他",
        _ => return None,
    })
}

/// Whether `code` is a valid 统一社会信用代码 — the same verdict as [`check_uscc`], without
/// building reasons or allocating (for batch work).
///
/// ```
/// assert!(zhengwu::id::is_valid_uscc("91350100M000100Y43"));
/// assert!(!zhengwu::id::is_valid_uscc("91350100M000100Y44"));
/// ```
pub fn is_valid_uscc(code: &str) -> bool {
    let code = super::compact(code);
    let b = code.as_bytes();
    if b.len() != 18 {
        return false;
    }
    // Branch-free over the 17 characters: an invalid one sets a bit of `bad`.
    let (mut sum, mut bad) = (0u32, 0u8);
    for (i, &c) in b[..17].iter().enumerate() {
        let v = VALUE[usize::from(c.to_ascii_uppercase())];
        bad |= v & 0x80;
        sum += u32::from(v & 0x1f) * WEIGHTS[i];
    }
    bad == 0 && ALPHABET[((31 - sum % 31) % 31) as usize] == b[17].to_ascii_uppercase()
}

/// Checks a 统一社会信用代码. Spaces and hyphens typed within are dropped
/// ([`compact`](super::compact)) and lowercase letters are read as capitals.
///
/// ```
/// use zhengwu::id::check_uscc;
/// let c = check_uscc("91350100M000100Y43");
/// assert!(c.valid);
/// assert_eq!(c.entity_type.unwrap().name, Some("企业"));
/// ```
pub fn check_uscc(code: &str) -> UsccCheck {
    check_uscc_in(code, &RegionTable::embedded())
}

/// [`check_uscc`] naming the region from `regions` (an engine's table).
pub fn check_uscc_in(code: &str, regions: &RegionTable) -> UsccCheck {
    let mut out = UsccCheck {
        valid: false,
        code: None,
        registration_authority: None,
        entity_type: None,
        region: None,
        organization_code: None,
        reasons: Vec::new(),
    };
    let upper = super::compact(code).to_ascii_uppercase();
    let b = upper.as_bytes();
    if !upper.is_ascii() && code.chars().count() == 18 {
        out.reasons.push(UsccMsg::Characters.reason());
        return out;
    }
    if b.len() != 18 || !upper.is_ascii() {
        out.reasons.push(
            UsccMsg::Length {
                n: code.chars().count(),
            }
            .reason(),
        );
        return out;
    }
    if let Some(pos) = b.iter().position(|&c| value(c).is_none()) {
        out.reasons.push(
            UsccMsg::Format {
                position: pos + 1,
                character: format!("{:?}", b[pos] as char),
            }
            .reason(),
        );
        return out;
    }
    // A resident ID number typed into the code field is not echoed whole — nor in parts: the
    // 主体标识码 is cut from the masked code, so it cannot restore the birth date.
    let shown = crate::mask::mask_text(&upper);
    out.code = Some(shown.clone());
    out.registration_authority = Some(RegistrationAuthority {
        code: b[0] as char,
        name: authority_name(b[0]),
    });
    out.entity_type = Some(EntityType {
        code: b[1] as char,
        name: entity_name(b[0], b[1]),
    });
    if b[2..8].iter().all(u8::is_ascii_digit) {
        let n = b[2..8]
            .iter()
            .fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'));
        out.region = regions.region(n);
    }
    let org_expected = organization_code_check_character(&b[8..16]);
    out.organization_code = Some(OrganizationCode {
        code: shown.get(8..17).unwrap_or_default().to_string(),
        check_valid: org_expected.map(|c| c as u8) == Some(b[16]),
    });
    let expected = uscc_check_character(&b[..17]).map(|c| c as u8);
    if expected == Some(b[17]) {
        out.valid = true;
        out.reasons.push(UsccMsg::Valid.reason());
    } else {
        out.reasons.push(UsccMsg::CheckCharacter.reason());
    }
    if authority_name(b[0]).is_none() {
        out.reasons.push(
            UsccMsg::UnknownAuthority {
                code: format!("{:?}", b[0] as char),
            }
            .reason(),
        );
    }
    if out.region.is_none() {
        out.reasons.push(UsccMsg::UnknownRegion.reason());
    }
    if out
        .organization_code
        .as_ref()
        .is_some_and(|o| !o.check_valid)
    {
        out.reasons.push(UsccMsg::OrganizationCodeCheck.reason());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphabet_values_are_positions() {
        for (i, &c) in ALPHABET.iter().enumerate() {
            assert_eq!(value(c), Some(i as u32));
        }
        for c in [b'I', b'O', b'Z', b'S', b'V', b'a', b'-'] {
            assert_eq!(value(c), None);
        }
    }

    #[test]
    fn weights_are_powers_of_three() {
        let mut w = 1u32;
        for x in WEIGHTS {
            assert_eq!(x, w);
            w = w * 3 % 31;
        }
    }

    #[test]
    fn catches_every_single_substitution() {
        let good = "91350100M000100Y43";
        assert!(check_uscc(good).valid);
        for pos in 0..18 {
            for &c in ALPHABET {
                let mut s = good.as_bytes().to_vec();
                if s[pos] == c {
                    continue;
                }
                s[pos] = c;
                let s = String::from_utf8(s).unwrap();
                assert!(!check_uscc(&s).valid, "{s}");
            }
        }
    }

    #[test]
    fn fast_verdict_equals_full_check() {
        let chars = b"0123456789ABCDEFGHJKLMNPQRTUWXYabcIOZSV -";
        let mut x = 0xfeed_f00d_1234_5678u64;
        let mut valid = 0;
        for i in 0..200_000u64 {
            let mut s = Vec::with_capacity(18);
            for _ in 0..17 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let pool = if i % 5 == 0 { chars.len() } else { 31 };
                s.push(chars[(x % pool as u64) as usize]);
            }
            let good = uscc_check_character(&s.to_ascii_uppercase()).map(|c| c as u8);
            match (i % 3, good) {
                (0 | 1, Some(c)) => s.push(if i % 6 == 0 {
                    c.to_ascii_lowercase()
                } else {
                    c
                }),
                _ => s.push(chars[(x >> 50) as usize % chars.len()]),
            }
            if i % 101 == 0 {
                s.pop();
            }
            let code = String::from_utf8(s).unwrap();
            let full = check_uscc(&code).valid;
            assert_eq!(is_valid_uscc(&code), full, "{code}");
            valid += usize::from(full);
        }
        assert!(valid > 10_000, "{valid}");
    }

    #[test]
    fn organization_code() {
        assert_eq!(organization_code_check_character(b"M000100Y"), Some('4'));
        let c = check_uscc("91350100M000100Y43");
        assert!(c.organization_code.unwrap().check_valid);
    }
}
