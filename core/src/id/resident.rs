//! 公民身份号码 — GB 11643: 6-digit address code (GB/T 2260), 8-digit birth date, 3-digit
//! sequence (odd for men, even for women), and a check character by ISO 7064 MOD 11-2.

use super::messages::ResidentMsg;
use super::region::Region;
use super::regions::RegionTable;
use super::Verdict;
use crate::mask::mask_resident_id;
use crate::reason::Reason;
use chrono::NaiveDate;
use serde::Serialize;

/// Weights of ISO 7064 MOD 11-2 for the 17 body digits: 2^(18-i) mod 11.
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// Check character for each remainder of the weighted sum mod 11.
const CHECK: [u8; 11] = *b"10X98765432";

wire_enum! {
    /// 性别 — read from the parity of the sequence code (GB 11643 顺序码).
    Sex {
        /// Odd sequence code.
        Male => "male", "男";
        /// Even sequence code.
        Female => "female", "女";
    }
}

/// The check of one 公民身份号码: verdict, parsed fields and reasons.
///
/// `Debug` shows the masked number only.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ResidentIdCheck {
    /// Whether the number is a valid GB 11643 number.
    pub valid: bool,
    /// The number masked for display.
    pub masked: String,
    /// 地址码 — where the number was first issued.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    /// 出生日期码.
    #[serde(skip_serializing_if = "Option::is_none", with = "crate::date::ymd_opt")]
    pub birth_date: Option<NaiveDate>,
    /// 性别.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// Why the number is valid or not.
    pub reasons: Vec<Reason>,
}

impl std::fmt::Debug for ResidentIdCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResidentIdCheck")
            .field("valid", &self.valid)
            .field("masked", &self.masked)
            .field("region", &self.region)
            .field("birth_date", &self.birth_date)
            .field("sex", &self.sex)
            .finish_non_exhaustive()
    }
}

impl Verdict for ResidentIdCheck {
    fn is_valid(&self) -> bool {
        self.valid
    }
    fn reasons(&self) -> &[Reason] {
        &self.reasons
    }
}

/// The check character for 17 body digits (ISO 7064 MOD 11-2), or `None` when the body is not
/// 17 ASCII digits.
///
/// ```
/// assert_eq!(zhengwu::id::resident_check_character(b"11010519491231002"), Some('X'));
/// ```
pub fn resident_check_character(body: &[u8]) -> Option<char> {
    if body.len() != 17 {
        return None;
    }
    let mut sum = 0u32;
    for (i, &c) in body.iter().enumerate() {
        if !c.is_ascii_digit() {
            return None;
        }
        sum += u32::from(c - b'0') * WEIGHTS[i];
    }
    Some(CHECK[(sum % 11) as usize] as char)
}

/// Whether `id` is a valid 公民身份号码 — the same verdict as [`check_resident_id`] with no
/// `today`, without building reasons or allocating (for batch work).
///
/// ```
/// assert!(zhengwu::id::is_valid_resident_id("11010519491231002X"));
/// assert!(!zhengwu::id::is_valid_resident_id("110105194912310021"));
/// ```
pub fn is_valid_resident_id(id: &str) -> bool {
    let id = super::compact(id);
    let b = id.as_bytes();
    if b.len() != 18 || !b[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let last = b[17].to_ascii_uppercase();
    let num = |r: std::ops::Range<usize>| {
        b[r].iter()
            .fold(0u32, |acc, &c| acc * 10 + u32::from(c - b'0'))
    };
    if super::region::province_name(num(0..2) as u8).is_none() {
        return false;
    }
    let y = num(6..10);
    if y < 1800 || NaiveDate::from_ymd_opt(y as i32, num(10..12), num(12..14)).is_none() {
        return false;
    }
    resident_check_character(&b[..17]).map(|c| c as u8) == Some(last)
}

/// Checks a 公民身份号码. Spaces and hyphens typed within are dropped ([`compact`](super::compact))
/// and a lowercase `x` is read as `X`; anything else outside
/// `[0-9]{17}[0-9X]` is a format error. `today`, when given, rejects birth dates after it.
///
/// ```
/// use zhengwu::id::check_resident_id;
/// let c = check_resident_id("11010519491231002X", None);
/// assert!(c.valid);
/// assert_eq!(c.masked, "110105********002X");
/// ```
pub fn check_resident_id(id: &str, today: Option<NaiveDate>) -> ResidentIdCheck {
    check_resident_id_in(id, today, &RegionTable::embedded())
}

/// [`check_resident_id`] naming the region from `regions` (an engine's table, which a host may
/// have extended) instead of the embedded one.
pub fn check_resident_id_in(
    id: &str,
    today: Option<NaiveDate>,
    regions: &RegionTable,
) -> ResidentIdCheck {
    let id = &*super::compact(id);
    let masked = mask_resident_id(id);
    let mut out = ResidentIdCheck {
        valid: false,
        masked,
        region: None,
        birth_date: None,
        sex: None,
        reasons: Vec::new(),
    };
    let b = id.as_bytes();
    if b.len() != 18 {
        if b.len() == 15 && b.iter().all(u8::is_ascii_digit) {
            out.reasons.push(ResidentMsg::FirstGeneration.reason());
        } else if !id.is_ascii() && id.chars().count() == 18 {
            out.reasons.push(ResidentMsg::Characters.reason());
        } else {
            out.reasons.push(
                ResidentMsg::Length {
                    n: id.chars().count(),
                }
                .reason(),
            );
        }
        return out;
    }
    let last = b[17].to_ascii_uppercase();
    if !b[..17].iter().all(u8::is_ascii_digit) || !(last.is_ascii_digit() || last == b'X') {
        out.reasons.push(ResidentMsg::Format.reason());
        return out;
    }
    let num = |r: std::ops::Range<usize>| {
        b[r].iter()
            .fold(0u32, |acc, &c| acc * 10 + u32::from(c - b'0'))
    };
    let mut ok = true;
    match regions.region(num(0..6)) {
        Some(r) => out.region = Some(r),
        None => {
            ok = false;
            out.reasons.push(
                ResidentMsg::Region {
                    province: format!("{:02}", num(0..2)),
                }
                .reason(),
            );
        }
    }
    let (y, m, d) = (num(6..10), num(10..12), num(12..14));
    let birth = i32::try_from(y)
        .ok()
        .filter(|y| *y >= 1800)
        .and_then(|y| NaiveDate::from_ymd_opt(y, m, d));
    match birth {
        Some(date) if today.is_none_or(|t| date <= t) => out.birth_date = Some(date),
        Some(_) => {
            ok = false;
            out.reasons.push(ResidentMsg::BirthAfter.reason());
        }
        None => {
            ok = false;
            out.reasons.push(ResidentMsg::BirthInvalid.reason());
        }
    }
    out.sex = Some(if num(16..17) % 2 == 1 {
        Sex::Male
    } else {
        Sex::Female
    });
    let expected = resident_check_character(&b[..17]).map(|c| c as u8);
    if expected != Some(last) {
        ok = false;
        out.reasons.push(ResidentMsg::CheckCharacter.reason());
    }
    if ok {
        out.valid = true;
        out.reasons.push(ResidentMsg::Valid.reason());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_check(body: &str) -> String {
        format!(
            "{body}{}",
            resident_check_character(body.as_bytes()).unwrap()
        )
    }

    #[test]
    fn standard_example() {
        // The worked example of GB 11643: 11010519491231002X.
        let c = check_resident_id("11010519491231002X", None);
        assert!(c.valid, "{:?}", c.reasons);
        assert_eq!(c.sex, Some(Sex::Female));
        assert_eq!(c.birth_date, NaiveDate::from_ymd_opt(1949, 12, 31));
        assert_eq!(c.region.unwrap().province, "北京市");
        assert!(check_resident_id("11010519491231002x", None).valid);
    }

    #[test]
    fn every_wrong_check_character_is_caught() {
        let good = with_check("12011019900307007");
        assert!(check_resident_id(&good, None).valid);
        for c in "0123456789X".chars() {
            let candidate = format!("{}{c}", &good[..17]);
            assert_eq!(check_resident_id(&candidate, None).valid, candidate == good);
        }
    }

    #[test]
    fn faults_are_named() {
        let code = |s: &str| check_resident_id(s, None).reasons[0].code;
        assert_eq!(code("1201101990030700"), "id.length");
        assert_eq!(code("120110900307007"), "id.first_generation");
        assert_eq!(code("12011019900307007Y"), "id.format");
        assert_eq!(code(&with_check("99011019900307007")), "id.region");
        assert_eq!(code(&with_check("12011019900230007")), "id.birth_date");
        let future = check_resident_id(
            &with_check("12011020300101007"),
            NaiveDate::from_ymd_opt(2026, 1, 1),
        );
        assert_eq!(future.reasons[0].code, "id.birth_date");
    }

    #[test]
    fn fast_verdict_equals_full_check() {
        let mut x = 0x1234_5678_9abc_def1u64;
        let mut valid = 0;
        for i in 0..200_000u64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Mostly plausible numbers with random faults in every part.
            let body = format!(
                "{:02}{:04}{}{:02}{:02}{:03}",
                [11, 12, 13, 10, 99, 65, 83][(x % 7) as usize],
                (x >> 3) % 10_000,
                [1949, 1799, 2000, 1985, 2030][((x >> 17) % 5) as usize],
                (x >> 20) % 14,
                (x >> 24) % 33,
                (x >> 30) % 1000
            );
            let check = match i % 4 {
                0 => resident_check_character(body.as_bytes())
                    .unwrap()
                    .to_ascii_lowercase(),
                1 => char::from(b"0123456789XY"[((x >> 40) % 12) as usize]),
                _ => resident_check_character(body.as_bytes()).unwrap(),
            };
            let mut id = format!("{body}{check}");
            if i % 97 == 0 {
                id.pop();
            }
            let full = check_resident_id(&id, None).valid;
            assert_eq!(is_valid_resident_id(&id), full, "{}", mask_resident_id(&id));
            valid += usize::from(full);
        }
        assert!(
            valid > 10_000,
            "the generator must produce valid numbers too ({valid})"
        );
    }

    #[test]
    fn debug_is_masked() {
        let id = with_check("12011019900307007");
        let dbg = format!("{:?}", check_resident_id(&id, None));
        assert!(!dbg.contains(&id));
        assert!(dbg.contains("120110********"));
    }
}
