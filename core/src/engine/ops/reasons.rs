//! `meta.reasons` — every message a host may meet, read from the typed catalogs (each area's
//! `messages.rs`), every error code with its description, and the lint's rules: so that a host can
//! map or translate them.

use super::super::Engine;
use crate::engine::Reply;
use crate::error::Result;
use crate::message::Entry;
use crate::reason::Citation;
use crate::wire::parse;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// Every catalog, by area.
pub fn catalogs() -> [&'static [Entry]; 16] {
    use crate::{calendar, case, catalog, commitment, credit, form, guide, id, materials};
    [
        calendar::messages::DeadlineMsg::CATALOG,
        <calendar::messages::YearMsg<'static>>::CATALOG,
        case::messages::FindingMsg::CATALOG,
        <catalog::messages::ChangeMsg<'static>>::CATALOG,
        <commitment::messages::EligibilityMsg<'static>>::CATALOG,
        commitment::messages::DeadlineMsg::CATALOG,
        commitment::messages::LetterMsg::CATALOG,
        credit::messages::StatusMsg::CATALOG,
        credit::messages::JudgeMsg::CATALOG,
        <form::messages::FormMsg<'static>>::CATALOG,
        <form::messages::FieldMsg<'static>>::CATALOG,
        guide::messages::GuideMsg::CATALOG,
        id::messages::ResidentMsg::CATALOG,
        id::messages::UsccMsg::CATALOG,
        <materials::messages::ReviewMsg<'static>>::CATALOG,
        <materials::messages::ResolveMsg<'static>>::CATALOG,
    ]
}

use super::meta::Empty;

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Variant {
    zh: &'static str,
    en: &'static str,
    args: &'static [&'static str],
    citation: Citation,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct ReasonOut {
    code: &'static str,
    variants: Vec<Variant>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct ErrorOut {
    code: &'static str,
    area: &'static str,
    description: &'static str,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct RuleOut {
    id: &'static str,
    severity: crate::catalog::lint::Severity,
    citation: Citation,
    description: &'static str,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct ReasonsOut {
    reasons: Vec<ReasonOut>,
    errors: Vec<ErrorOut>,
    lint_rules: Vec<RuleOut>,
}

/// `meta.reasons`: every code with its templates (`{name}` names an argument, listed in `args`;
/// `{name:?}` shows it quoted) and citation, sorted by code; every error code; the lint's rules.
pub fn reasons<'a>(_: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let Empty {} = parse(input)?;
    let mut by_code: BTreeMap<&'static str, Vec<Variant>> = BTreeMap::new();
    for e in catalogs().into_iter().flatten() {
        by_code.entry(e.code).or_default().push(Variant {
            zh: e.zh,
            en: e.en,
            args: e.args,
            citation: e.citation,
        });
    }
    Reply::typed(ReasonsOut {
        reasons: by_code
            .into_iter()
            .map(|(code, variants)| ReasonOut { code, variants })
            .collect(),
        errors: crate::error::ErrorCode::ALL
            .iter()
            .map(|c| ErrorOut {
                code: c.as_str(),
                area: c.area().as_str(),
                description: c.description(),
            })
            .collect(),
        lint_rules: crate::catalog::lint::Rule::ALL
            .iter()
            .map(|r| RuleOut {
                id: r.id(),
                severity: r.severity(),
                citation: r.citation(),
                description: r.description(),
            })
            .collect(),
    })
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[op::<Empty, ReasonsOut>("meta.reasons")]
};
