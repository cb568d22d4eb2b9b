//! `catalog.*`, `matter.get`, `bundle.*` (SPEC §2, §7).

use super::to_value;
use crate::catalog::{
    diff::{diff, publication},
    lint::lint,
    stats::stats,
    Catalog,
};
use crate::engine::Engine;
use crate::error::{Error, ErrorCode, Result};
use crate::policy::ParamId;
use crate::wire::parse;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::borrow::Cow;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MaybeCatalog {
    #[serde(default)]
    catalog: Option<Value>,
}

/// The catalog given in the input (path `catalog…`), or the engine's.
fn catalog_of<'a>(e: &'a Engine, given: Option<&Value>, field: &str) -> Result<Cow<'a, Catalog>> {
    match given {
        None => Ok(Cow::Borrowed(e.catalog())),
        Some(v) => {
            e.limits()
                .check_catalog(crate::engine::config::matter_count(v))
                .map_err(|x| x.within(field))?;
            Catalog::from_json(v)
                .map(Cow::Owned)
                .map_err(|x| x.within(field))
        }
    }
}

pub fn lint_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: MaybeCatalog = parse(input)?;
    let cat = catalog_of(e, i.catalog.as_ref(), "catalog")?;
    let findings = lint(&cat, e.policy());
    let count = |s| findings.iter().filter(|f| f.severity == s).count();
    use crate::catalog::lint::Severity::*;
    Ok(json!({
        "findings": to_value(&findings)?,
        "summary": {"errors": count(Error), "warnings": count(Warning), "infos": count(Info)},
        "policy": e.policy().used(&[ParamId::CompressionMin, ParamId::LicensePromisedMax, ParamId::StatutoryDefault]),
    }))
}

pub fn stats_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: MaybeCatalog = parse(input)?;
    let cat = catalog_of(e, i.catalog.as_ref(), "catalog")?;
    Ok(stats(&cat, e.policy()))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiffIn {
    from: Value,
    #[serde(default)]
    to: Option<Value>,
    #[serde(default, with = "crate::date::ymd_opt")]
    changed_on: Option<chrono::NaiveDate>,
}

pub fn diff_op(e: &Engine, input: &Value) -> Result<Value> {
    let i: DiffIn = parse(input)?;
    let from = catalog_of(e, Some(&i.from), "from")?;
    let to = catalog_of(e, i.to.as_ref(), "to")?;
    let mut out = diff(&from, &to, e.policy());
    if let Some(day) = i.changed_on {
        out["publication"] = publication(&out, e.calendar(), e.policy(), day)?;
        out["policy"] = e
            .policy()
            .used(&[ParamId::InfoPublication, ParamId::ReadingPlaces]);
    }
    Ok(out)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MatterIn {
    code: String,
}

pub fn matter_get(e: &Engine, input: &Value) -> Result<Value> {
    let i: MatterIn = parse(input)?;
    let m = e.catalog().require_matter(&i.code, || "code".into())?;
    Ok(json!({ "matter": to_value(m)? }))
}

fn dept(cat: &Catalog, id: &str) -> Value {
    json!({"id": id, "name": cat.department_name(id)})
}

fn bundle_json(cat: &Catalog, b: &crate::catalog::Bundle, with_matters: bool) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), b.id.clone().into());
    if let Some(n) = b.number {
        o.insert("number".into(), n.into());
    }
    o.insert("name".into(), b.name.clone().into());
    o.insert("audience".into(), b.audience.clone().into());
    o.insert("lead".into(), dept(cat, &b.lead));
    if !b.co_leads.is_empty() {
        o.insert(
            "co_leads".into(),
            b.co_leads.iter().map(|d| dept(cat, d)).collect(),
        );
    }
    if with_matters {
        let ms: Vec<Value> = b
            .matters
            .iter()
            .map(|bm| {
                let mut m = Map::new();
                m.insert("code".into(), bm.matter.clone().into());
                m.insert(
                    "name".into(),
                    cat.matter(&bm.matter)
                        .map_or("", |x| x.name.as_str())
                        .into(),
                );
                m.insert("department".into(), dept(cat, &bm.department));
                if !bm.co_departments.is_empty() {
                    m.insert(
                        "co_departments".into(),
                        bm.co_departments.iter().map(|d| dept(cat, d)).collect(),
                    );
                }
                Value::Object(m)
            })
            .collect();
        o.insert("matters".into(), ms.into());
    } else {
        o.insert("matter_count".into(), b.matters.len().into());
    }
    o.insert("together".into(), json!(b.together));
    Value::Object(o)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListIn {
    #[serde(default)]
    audience: Option<String>,
    #[serde(default)]
    with_matters: bool,
}

pub fn bundle_list(e: &Engine, input: &Value) -> Result<Value> {
    let i: ListIn = parse(input)?;
    if let Some(a) = &i.audience {
        if a != "enterprise" && a != "personal" {
            return Err(Error::new(
                ErrorCode::InputInvalidValue,
                "audience must be \"enterprise\" or \"personal\"",
            )
            .at("audience"));
        }
    }
    let cat = e.catalog();
    let bundles: Vec<Value> = cat
        .data()
        .bundles
        .iter()
        .filter(|b| i.audience.as_ref().is_none_or(|a| &b.audience == a))
        .map(|b| bundle_json(cat, b, i.with_matters))
        .collect();
    Ok(json!({ "bundles": bundles }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GetIn {
    bundle: String,
}

pub fn bundle_get(e: &Engine, input: &Value) -> Result<Value> {
    let i: GetIn = parse(input)?;
    let cat = e.catalog();
    let b = cat.bundle(&i.bundle).ok_or_else(|| {
        Error::new(
            ErrorCode::CatalogUnknownBundle,
            format!("unknown bundle {:?}", i.bundle),
        )
        .at("bundle")
    })?;
    Ok(json!({ "bundle": bundle_json(cat, b, true) }))
}
