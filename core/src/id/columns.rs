//! 批量识别 — identifiers read into columns for analysts (a million rows, one call): validity,
//! the first fault's reason code, region code, birth date and sex for 公民身份号码; validity,
//! reason, 登记管理部门, 机构类别, region and organisation-code check for 统一社会信用代码. The verdicts
//! are those of [`check_resident_id`](super::check_resident_id) and [`check_uscc`](super::check_uscc) (a property test holds them equal),
//! without building reasons or masked text per row.

use super::messages::{ResidentMsg, UsccMsg};
use super::region::province_name;
use super::resident::{resident_check_character, Sex};
use super::{check_uscc, compact};
use chrono::NaiveDate;

/// Reason code of a row with no identifier (null / missing).
pub const MISSING: &str = ResidentMsg::Missing.code();

/// Resident ID numbers read into columns, one entry per input row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResidentIdColumns {
    /// Valid by GB 11643.
    pub valid: Vec<bool>,
    /// `id.valid`, or the first fault's code as [`check_resident_id`](super::check_resident_id) gives it, or [`MISSING`].
    pub reason: Vec<&'static str>,
    /// The six-digit 地址码 where the number has the right shape, else `None`.
    pub region: Vec<Option<u32>>,
    /// The 出生日期码 where it is a real date (not after `today`), else `None`.
    pub birth_date: Vec<Option<NaiveDate>>,
    /// The sex read from the 顺序码 where the number has the right shape.
    pub sex: Vec<Option<Sex>>,
}

/// Reads resident ID numbers (spaces and hyphens as people type them are dropped, as
/// [`check_resident_id`](super::check_resident_id) does); `None` rows are [`MISSING`].
///
/// ```
/// let c = zhengwu::id::resident_id_columns([Some("110105 19491231 002X"), None, Some("1")], None);
/// assert_eq!(c.valid, [true, false, false]);
/// assert_eq!(c.reason, ["id.valid", "id.missing", "id.length"]);
/// assert_eq!(c.region[0], Some(110105));
/// ```
pub fn resident_id_columns<'a, I>(ids: I, today: Option<NaiveDate>) -> ResidentIdColumns
where
    I: IntoIterator<Item = Option<&'a str>>,
{
    let it = ids.into_iter();
    let n = it.size_hint().0;
    let mut out = ResidentIdColumns {
        valid: Vec::with_capacity(n),
        reason: Vec::with_capacity(n),
        region: Vec::with_capacity(n),
        birth_date: Vec::with_capacity(n),
        sex: Vec::with_capacity(n),
    };
    for id in it {
        let r = id.map_or(Row::missing(), |id| read_resident(&compact(id), today));
        out.valid.push(r.reason == ResidentMsg::Valid.code());
        out.reason.push(r.reason);
        out.region.push(r.region);
        out.birth_date.push(r.birth);
        out.sex.push(r.sex);
    }
    out
}

struct Row {
    reason: &'static str,
    region: Option<u32>,
    birth: Option<NaiveDate>,
    sex: Option<Sex>,
}

impl Row {
    fn missing() -> Row {
        Row::fault(MISSING)
    }
    fn fault(reason: &'static str) -> Row {
        Row {
            reason,
            region: None,
            birth: None,
            sex: None,
        }
    }
}

/// The first fault in the order [`check_resident_id`](super::check_resident_id) reports them.
fn read_resident(id: &str, today: Option<NaiveDate>) -> Row {
    let b = id.as_bytes();
    if b.len() != 18 {
        return Row::fault(if b.len() == 15 && b.iter().all(u8::is_ascii_digit) {
            ResidentMsg::FirstGeneration.code()
        } else if !id.is_ascii() && id.chars().count() == 18 {
            ResidentMsg::Characters.code()
        } else {
            ResidentMsg::Length { n: 0 }.code()
        });
    }
    let last = b[17].to_ascii_uppercase();
    if !b[..17].iter().all(u8::is_ascii_digit) || !(last.is_ascii_digit() || last == b'X') {
        return Row::fault(ResidentMsg::Format.code());
    }
    let num = |r: std::ops::Range<usize>| {
        b[r].iter()
            .fold(0u32, |acc, &c| acc * 10 + u32::from(c - b'0'))
    };
    let region = num(0..6);
    let birth = i32::try_from(num(6..10))
        .ok()
        .filter(|y| *y >= 1800)
        .and_then(|y| NaiveDate::from_ymd_opt(y, num(10..12), num(12..14)))
        .filter(|d| today.is_none_or(|t| *d <= t));
    let sex = Some(if num(16..17) % 2 == 1 {
        Sex::Male
    } else {
        Sex::Female
    });
    let reason = if province_name((region / 10_000) as u8).is_none() {
        ResidentMsg::Region {
            province: String::new(),
        }
        .code()
    } else if birth.is_none() {
        ResidentMsg::BirthInvalid.code()
    } else if resident_check_character(&b[..17]).map(|c| c as u8) != Some(last) {
        ResidentMsg::CheckCharacter.code()
    } else {
        ResidentMsg::Valid.code()
    };
    Row {
        reason,
        region: Some(region),
        birth,
        sex,
    }
}

/// USCCs read into columns, one entry per input row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UsccColumns {
    /// Valid by GB 32100.
    pub valid: Vec<bool>,
    /// `uscc.valid`, or the first fault's code as [`check_uscc`](super::check_uscc) gives it, or [`MISSING`].
    pub reason: Vec<&'static str>,
    /// The code in its compact, upper-case form where it has the right shape.
    pub code: Vec<Option<String>>,
    /// 登记管理部门代码 (first character).
    pub registration_authority: Vec<Option<char>>,
    /// 机构类别代码 (second character).
    pub entity_type: Vec<Option<char>>,
    /// 登记管理机关行政区划码.
    pub region: Vec<Option<u32>>,
    /// Whether the embedded 组织机构代码's own check character is right.
    pub organization_code_valid: Vec<Option<bool>>,
}

/// Reads USCCs (spaces and hyphens dropped); `None` rows are [`MISSING`].
///
/// ```
/// let c = zhengwu::id::uscc_columns([Some("91 350100 M000100Y43"), None]);
/// assert_eq!(c.valid, [true, false]);
/// assert_eq!(c.code[0].as_deref(), Some("91350100M000100Y43"));
/// ```
pub fn uscc_columns<'a, I>(codes: I) -> UsccColumns
where
    I: IntoIterator<Item = Option<&'a str>>,
{
    let mut out = UsccColumns::default();
    for code in codes {
        let Some(code) = code else {
            out.valid.push(false);
            out.reason.push(MISSING);
            out.code.push(None);
            out.registration_authority.push(None);
            out.entity_type.push(None);
            out.region.push(None);
            out.organization_code_valid.push(None);
            continue;
        };
        let c = check_uscc(code);
        out.valid.push(c.valid);
        out.reason
            .push(c.reasons.first().map_or(UsccMsg::Valid.code(), |r| r.code));
        out.registration_authority
            .push(c.registration_authority.as_ref().map(|a| a.code));
        out.entity_type.push(c.entity_type.as_ref().map(|e| e.code));
        out.region.push(c.region.map(|r| r.code));
        out.organization_code_valid
            .push(c.organization_code.as_ref().map(|o| o.check_valid));
        out.code.push(c.code);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{check_resident_id, resident_check_character};
    use super::*;
    use proptest::prelude::*;

    /// Numbers near validity: a body of digits with a random check, or a valid one with one
    /// character changed, with separators sprinkled in.
    fn near_ids() -> impl Strategy<Value = String> {
        (
            prop::sample::select(vec![
                "110105", "120107", "440305", "990101", "120119", "371402",
            ]),
            1790u32..2030,
            0u32..14,
            0u32..33,
            0u32..1000,
            any::<bool>(),
            prop::sample::select(vec!["", " ", "-", "x"]),
        )
            .prop_map(|(region, y, m, d, seq, fix, sep)| {
                let body = format!("{region}{y:04}{m:02}{d:02}{seq:03}");
                let check = if fix {
                    resident_check_character(body.as_bytes()).unwrap()
                } else {
                    'X'
                };
                if sep == "x" {
                    format!("{}{}", &body[..16], check)
                } else {
                    format!("{}{sep}{}{sep}{check}", &body[..6], &body[6..])
                }
            })
    }

    proptest! {
        #[test]
        fn resident_columns_agree_with_the_check(id in prop_oneof![near_ids(), ".{0,20}"], late in any::<bool>()) {
            let today = late.then(|| NaiveDate::from_ymd_opt(2000, 1, 1).unwrap());
            let c = check_resident_id(&id, today);
            let cols = resident_id_columns([Some(id.as_str())], today);
            prop_assert_eq!(cols.valid[0], c.valid);
            prop_assert_eq!(cols.reason[0], c.reasons[0].code);
            prop_assert_eq!(cols.birth_date[0], c.birth_date);
            prop_assert_eq!(cols.sex[0], c.sex);
            prop_assert_eq!(cols.region[0].filter(|_| c.region.is_some()), c.region.map(|r| r.code));
            if today.is_none() {
                prop_assert_eq!(super::super::is_valid_resident_id(&id), c.valid);
            }
        }

        #[test]
        fn uscc_columns_agree_with_the_check(code in "[0-9A-Z -]{0,22}") {
            let c = super::super::check_uscc(&code);
            let cols = uscc_columns([Some(code.as_str())]);
            prop_assert_eq!(cols.valid[0], c.valid);
            prop_assert_eq!(cols.valid[0], super::super::is_valid_uscc(&code));
            prop_assert_eq!(cols.reason[0], c.reasons[0].code);
        }
    }
}
