//! 信用状况 as columns — the credit standing of a million subjects in one call, for analysts
//! and Spark: each subject's records (the JSON list `credit.status` takes) and its day in, the
//! compact answer out — blacklisted, listed since, severe, commitment allowed, green channel,
//! inspection tier, removal eligible on — instead of a JSON object with reasons per subject.
//! The same [`status`](super::status::status) decides, without writing the reasons the columns
//! do not show (a test holds them equal).

use super::messages::CreditText;
use super::status::{status_without_reasons, Inspection};
use super::Record;
use crate::calendar::Calendar;
use crate::date::from_epoch_days;
use crate::error::{Error, ErrorCode, Result};
use crate::policy::Policy;
use crate::wire::{parse_any, parse_text};
use chrono::NaiveDate;
use serde_json::Value;

/// One entry per subject; `None` where the row was missing (or failed, coerced).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreditColumns {
    /// On the blacklist (黑名单).
    pub blacklisted: Vec<Option<bool>>,
    /// Listed since.
    pub listed_since: Vec<Option<NaiveDate>>,
    /// Severely dishonest (严重失信).
    pub severe: Vec<Option<bool>>,
    /// Commitment approval (告知承诺) may be offered.
    pub commitment_allowed: Vec<Option<bool>>,
    /// The green channel (绿色通道) applies.
    pub green_channel: Vec<Option<bool>>,
    /// Inspection frequency (双随机抽查).
    pub inspection: Vec<Option<Inspection>>,
    /// First day removal may be applied for.
    pub removal_eligible_on: Vec<Option<NaiveDate>>,
}

/// Credit standing over columns: `records` holds each subject's records as JSON text (`None`:
/// a missing row), `today` its day as days since 1970-01-01 (one for all, or one per row;
/// `i64::MIN` missing). A row that fails — records that are not valid JSON or not records, out
/// of date order, a day outside the calendar — is an error with the row in its path, or a
/// missing row when `coerce`.
///
/// ```
/// use zhengwu::{calendar::Calendar, credit::status_columns, policy::Policy};
/// let (cal, policy) = (Calendar::cn_mainland().unwrap(), Policy::tianjin_2018());
/// let today = zhengwu::date::to_epoch_days(zhengwu::date::parse_ymd("2024-06-03").unwrap());
/// let r = r#"[{"type":"judgement","on":"2024-03-01","judgement":"dishonest","form":"falsified","severity":"severe"}]"#;
/// let c = status_columns(&[Some(r), Some("[]"), None], &[today], &policy, &cal, false).unwrap();
/// assert_eq!(c.blacklisted, [Some(true), Some(false), None]);
/// ```
pub fn status_columns(
    records: &[Option<&str>],
    today: &[i64],
    policy: &Policy,
    cal: &Calendar,
    coerce: bool,
) -> Result<CreditColumns> {
    columns(records, today, policy, cal, coerce, |rec: &&str| {
        // Straight from the text; only a list that does not read is read again the strict
        // way, for the error's code and path.
        match serde_json::from_str(rec) {
            Ok(list) => Ok(list),
            Err(_) => parse_any(&parse_text(rec)?).map_err(|e| e.within("records")),
        }
    })
}

/// [`status_columns`] over records already parsed as JSON values (the JSON door's input), so
/// that they are not written out and read again.
pub fn status_columns_of_values(
    records: &[Option<Value>],
    today: &[i64],
    policy: &Policy,
    cal: &Calendar,
    coerce: bool,
) -> Result<CreditColumns> {
    columns(records, today, policy, cal, coerce, records_of_value)
}

/// [`status_columns`] over rows held in any form `read` turns into a subject's records — a
/// host's own objects, say, each read only when its row is decided, so that no row's reading
/// outlives its decision. [`records_of_value`] reads a JSON value as the JSON door does.
pub fn status_columns_with<T>(
    records: &[Option<T>],
    today: &[i64],
    policy: &Policy,
    cal: &Calendar,
    coerce: bool,
    read: impl Fn(&T) -> Result<Vec<Record>>,
) -> Result<CreditColumns> {
    columns(records, today, policy, cal, coerce, read)
}

/// A subject's records from a JSON value, as [`status_columns_of_values`] reads each row.
pub fn records_of_value(rec: &Value) -> Result<Vec<Record>> {
    parse_any(rec).map_err(|e| e.within("records"))
}

/// The rows read by `read` and decided one by one.
fn columns<T>(
    records: &[Option<T>],
    today: &[i64],
    policy: &Policy,
    cal: &Calendar,
    coerce: bool,
    read: impl Fn(&T) -> Result<Vec<Record>>,
) -> Result<CreditColumns> {
    let n = records.len();
    if today.len() != 1 && today.len() != n {
        return Err(Error::new(
            ErrorCode::InputInvalidValue,
            CreditText::TodayRows {
                rows: today.len(),
                n,
            }
            .message(),
        )
        .at("today"));
    }
    let mut out = CreditColumns::default();
    for (i, rec) in records.iter().enumerate() {
        let day = if today.len() == 1 { today[0] } else { today[i] };
        let Some(rec) = rec.as_ref().filter(|_| day != i64::MIN) else {
            push(&mut out, None);
            continue;
        };
        let row = (|| {
            let today = from_epoch_days(day).ok_or_else(|| {
                Error::new(
                    ErrorCode::InputInvalidDate,
                    CreditText::DayOutOfRange.message(),
                )
                .at("today")
            })?;
            let list = read(rec)?;
            status_without_reasons(&list, today, policy, cal)
        })();
        match row {
            Ok(s) => push(&mut out, Some(s)),
            Err(_) if coerce => push(&mut out, None),
            Err(e) => return Err(e.within(&format!("[{i}]"))),
        }
    }
    Ok(out)
}

fn push(out: &mut CreditColumns, s: Option<super::status::Status>) {
    out.blacklisted.push(s.as_ref().map(|s| s.blacklisted));
    out.listed_since
        .push(s.as_ref().and_then(|s| s.listed_since));
    out.severe.push(s.as_ref().map(|s| s.severe));
    out.commitment_allowed
        .push(s.as_ref().map(|s| s.commitment_allowed));
    out.green_channel.push(s.as_ref().map(|s| s.green_channel));
    out.inspection.push(s.as_ref().map(|s| s.inspection));
    out.removal_eligible_on
        .push(s.and_then(|s| s.removal_eligible_on));
}
