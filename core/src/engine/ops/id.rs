//! `id.resident` and `id.uscc` (SPEC §5).

use crate::date::ymd_opt;
use crate::engine::Engine;
use crate::engine::Reply;
use crate::error::Result;
use crate::id::{check_resident_id, check_uscc};
use crate::wire::parse;
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResidentIn {
    id: String,
    /// When given, a birth date after it makes the number invalid.
    #[serde(default, with = "ymd_opt")]
    today: Option<NaiveDate>,
}

pub fn resident<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: ResidentIn = parse(input)?;
    Reply::typed(check_resident_id(&i.id, i.today))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UsccIn {
    code: String,
}

pub fn uscc<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: UsccIn = parse(input)?;
    Reply::typed(check_uscc(&i.code))
}
