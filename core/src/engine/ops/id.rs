//! `id.resident` and `id.uscc` (GB 11643, GB 32100), one at a time and as columns
//! (`id.resident_batch`, `id.uscc_batch`).

use crate::date::ymd_opt;
use crate::engine::Engine;
use crate::engine::Reply;
use crate::error::Result;
use crate::id::{
    check_resident_id_in, check_uscc_in, resident_id_columns, uscc_columns, RegionTable, Sex,
};
use crate::wire::parse;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ResidentIn {
    id: String,
    /// When given, a birth date after it makes the number invalid.
    #[serde(default, with = "ymd_opt")]
    today: Option<NaiveDate>,
}

pub fn resident<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: ResidentIn = parse(input)?;
    Reply::typed(check_resident_id_in(&i.id, i.today, e.regions()))
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct UsccIn {
    code: String,
}

pub fn uscc<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: UsccIn = parse(input)?;
    Reply::typed(check_uscc_in(&i.code, e.regions()))
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ResidentBatchIn {
    /// The numbers; `null` for a missing one.
    ids: Vec<Option<String>>,
    #[serde(default, with = "ymd_opt")]
    today: Option<NaiveDate>,
}

/// Columns of `id.resident_batch`: one array per field, one entry per number, names resolved
/// from the region table. No number is echoed back: only what was read from it.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct ResidentBatchOut {
    valid: Vec<bool>,
    reason: Vec<&'static str>,
    region: Vec<Option<String>>,
    province: Names,
    prefecture: Names,
    county: Names,
    birth_date: Vec<Option<String>>,
    sex: Vec<Option<Sex>>,
}

/// Region codes as six digits.
fn six_digits(codes: &[Option<u32>]) -> Vec<Option<String>> {
    codes.iter().map(|r| r.map(|r| format!("{r:06}"))).collect()
}

/// A column of names (shared text).
type Names = Vec<Option<std::sync::Arc<str>>>;

/// Province, prefecture and county names of a region column, each code looked up once.
fn names(regions: &RegionTable, codes: &[Option<u32>]) -> [Names; 3] {
    let mut seen: std::collections::HashMap<u32, Option<crate::id::Region>> = Default::default();
    let mut out: [Names; 3] = Default::default();
    for c in codes {
        let r = c.and_then(|c| seen.entry(c).or_insert_with(|| regions.region(c)).clone());
        let (p, f, k) = r.as_ref().map_or((None, None, None), |r| {
            let (p, f, k) = r.levels();
            (
                Some(std::sync::Arc::from(p)),
                f.map(std::sync::Arc::from),
                k.map(std::sync::Arc::from),
            )
        });
        out[0].push(p);
        out[1].push(f);
        out[2].push(k);
    }
    out
}

pub fn resident_batch<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    e.limits()
        .check_batch(super::batch::batch_len(input, "ids"), "ids")?;
    let i: ResidentBatchIn = parse(input)?;
    let c = resident_id_columns(i.ids.iter().map(Option::as_deref), i.today);
    let [province, prefecture, county] = names(e.regions(), &c.region);
    Reply::typed(ResidentBatchOut {
        valid: c.valid,
        reason: c.reason,
        region: six_digits(&c.region),
        province,
        prefecture,
        county,
        birth_date: c
            .birth_date
            .iter()
            .map(|d| d.map(|d| d.format("%Y-%m-%d").to_string()))
            .collect(),
        sex: c.sex,
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct UsccBatchIn {
    codes: Vec<Option<String>>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct UsccBatchOut {
    valid: Vec<bool>,
    reason: Vec<&'static str>,
    code: Vec<Option<String>>,
    registration_authority: Vec<Option<String>>,
    entity_type: Vec<Option<String>>,
    region: Vec<Option<String>>,
    province: Names,
    prefecture: Names,
    county: Names,
    organization_code_valid: Vec<Option<bool>>,
}

pub fn uscc_batch<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    e.limits()
        .check_batch(super::batch::batch_len(input, "codes"), "codes")?;
    let i: UsccBatchIn = parse(input)?;
    let c = uscc_columns(i.codes.iter().map(Option::as_deref));
    let [province, prefecture, county] = names(e.regions(), &c.region);
    let chars = |v: Vec<Option<char>>| v.into_iter().map(|c| c.map(String::from)).collect();
    Reply::typed(UsccBatchOut {
        valid: c.valid,
        reason: c.reason,
        code: c.code,
        registration_authority: chars(c.registration_authority),
        entity_type: chars(c.entity_type),
        region: six_digits(&c.region),
        province,
        prefecture,
        county,
        organization_code_valid: c.organization_code_valid,
    })
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[
        op::<ResidentIn, crate::id::ResidentIdCheck>("id.resident"),
        op::<UsccIn, crate::id::UsccCheck>("id.uscc"),
        op::<ResidentBatchIn, ResidentBatchOut>("id.resident_batch"),
        op::<UsccBatchIn, UsccBatchOut>("id.uscc_batch"),
    ]
};
