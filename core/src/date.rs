//! Dates on the wire: strictly `YYYY-MM-DD`, nothing else.
//!
//! A lenient parser would turn `2024-2-30` or `2024/02/03` into *some* date; a deadline computed
//! from a guessed date is a silently wrong answer. So the text must be exactly ten characters,
//! zero-padded, and name a real day of the Gregorian calendar.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serializer};

/// Parses exactly `YYYY-MM-DD` (four-digit year, zero-padded month and day).
///
/// ```
/// use zhengwu::date::parse_ymd;
/// assert!(parse_ymd("2024-02-29").is_some());
/// assert!(parse_ymd("2023-02-29").is_none());
/// assert!(parse_ymd("2024-2-9").is_none());
/// ```
pub fn parse_ymd(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let y = digits(0..4)?;
    let m = digits(5..7)?;
    let d = digits(8..10)?;
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// `num_days_from_ce` of 1970-01-01.
const UNIX_EPOCH_CE: i64 = 719_163;

/// Days since 1970-01-01 (the count NumPy's `datetime64[D]` and JavaScript time / 86,400,000
/// use).
pub fn to_epoch_days(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce()) - UNIX_EPOCH_CE
}

/// The date `days` after 1970-01-01, if chrono can represent it.
pub fn from_epoch_days(days: i64) -> Option<NaiveDate> {
    let ce = i32::try_from(days.checked_add(UNIX_EPOCH_CE)?).ok()?;
    NaiveDate::from_num_days_from_ce_opt(ce)
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_ymd(d: NaiveDate) -> String {
    match ymd_bytes(d) {
        Some(b) => String::from(std::str::from_utf8(&b).unwrap_or_default()),
        None => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
    }
}

/// `YYYY-MM-DD` written without the formatter, for years 0–9999 (every date an answer holds is
/// one; others take `format!`): dates are the most written value of all.
fn ymd_bytes(d: NaiveDate) -> Option<[u8; 10]> {
    let y = u32::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let (m, day) = (d.month(), d.day());
    Some([
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(day / 10),
        digit(day),
    ])
}

/// Writes `d` as `YYYY-MM-DD` with no allocation where [`ymd_bytes`] applies.
fn serialize_ymd<S: Serializer>(d: NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    match ymd_bytes(d) {
        Some(b) => s.serialize_str(std::str::from_utf8(&b).unwrap_or_default()),
        None => s.serialize_str(&format_ymd(d)),
    }
}

/// A date that serializes as `YYYY-MM-DD` with no text allocated on the way (the answers of 电子监察
/// carry a dozen dates each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ymd(pub(crate) NaiveDate);

impl serde::Serialize for Ymd {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_ymd(self.0, s)
    }
}

/// Marker that lets the engine recognise a date error inside a serde error message.
pub(crate) const INVALID_DATE_TAG: &str = "\u{1}input.invalid_date\u{1}";

/// `#[serde(with = "crate::date::ymd")]` for `NaiveDate` fields.
///
/// A type rather than a module, so that the JSON Schema of a field read with it is the schema of
/// a date (`meta.schema`).
#[allow(non_camel_case_types)]
pub struct ymd;

impl ymd {
    /// Serializes as `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        serialize_ymd(*d, s)
    }

    /// Deserializes strictly from `YYYY-MM-DD`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        parse_ymd(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "{INVALID_DATE_TAG}{}",
                msg!(
                    format!("{:?} 不是 YYYY-MM-DD 格式的有效日期", truncate(&s, 40)),
                    format!(
                        "not a calendar date in YYYY-MM-DD form: {:?}",
                        truncate(&s, 40)
                    )
                )
            ))
        })
    }
}

/// `#[serde(with = "crate::date::ymd_opt")]` for `Option<NaiveDate>` fields.
///
/// A type rather than a module, for the same reason as [`ymd`].
#[allow(non_camel_case_types)]
pub struct ymd_opt;

impl ymd_opt {
    /// Serializes as `YYYY-MM-DD` or null.
    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => serialize_ymd(*d, s),
            None => s.serialize_none(),
        }
    }

    /// Deserializes strictly from `YYYY-MM-DD` or null.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        #[derive(Deserialize)]
        struct Wrap(#[serde(with = "ymd")] NaiveDate);
        Ok(Option::<Wrap>::deserialize(d)?.map(|w| w.0))
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ymd {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IsoDate".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        NaiveDate::json_schema(g)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ymd_opt {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "OptionalIsoDate".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        g.subschema_for::<Option<ymd>>()
    }
}

/// Serializes a list of dates as `YYYY-MM-DD` strings (`#[serde(serialize_with)]`).
pub fn ymd_vec<S: serde::Serializer>(v: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(v.iter().map(|d| format_ymd(*d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_forms_only() {
        assert_eq!(parse_ymd("2018-01-01"), NaiveDate::from_ymd_opt(2018, 1, 1));
        for bad in [
            "",
            "2018-1-01",
            "2018/01/01",
            "18-01-01",
            "2018-01-1 ",
            "+018-01-01",
            "2018-00-10",
            "2018-13-01",
            "2018-04-31",
            "２０１８-01-01",
            "2018-01-01T00:00",
        ] {
            assert_eq!(parse_ymd(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn round_trip() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        assert_eq!(parse_ymd(&format_ymd(d)), Some(d));
    }

    #[test]
    fn written_as_the_formatter_writes_it() {
        for (y, m, d) in [
            (0, 1, 1),
            (7, 3, 9),
            (999, 12, 31),
            (2024, 2, 29),
            (9999, 12, 31),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(format_ymd(day), format!("{y:04}-{m:02}-{d:02}"));
        }
        let far = NaiveDate::from_ymd_opt(12345, 6, 7).unwrap();
        assert_eq!(format_ymd(far), "12345-06-07");
        let before = NaiveDate::from_ymd_opt(-44, 3, 15).unwrap();
        assert_eq!(format_ymd(before), format!("{:04}-03-15", -44));
    }
}
