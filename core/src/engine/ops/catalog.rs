//! `catalog.*`, `matter.get`, `bundle.*` (SPEC §2, §7).

use crate::catalog::diff::{diff, publication, Diff, Publication};
use crate::catalog::lint::{lint_within, Finding, Severity};
use crate::catalog::stats::stats;
use crate::catalog::{Bundle, Catalog, Matter};
use crate::engine::limits::too_large_answer;
use crate::engine::texts::EngineText;
use crate::engine::{Engine, Reply};
use crate::error::{Error, ErrorCode, Result};
use crate::policy::{ParamId, Used};
use crate::wire::parse;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::borrow::Cow;

/// The fields are only checked here (present, known): the catalog is read from the input where
/// it lies, not copied — a copy of a 16 MiB catalog's value tree costs some 300 MB.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct MaybeCatalog {
    #[serde(default)]
    #[allow(dead_code)]
    #[cfg_attr(feature = "schema", schemars(with = "serde_json::Value"))]
    catalog: Option<IgnoredAny>,
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

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "LintSummary"))]
struct Summary {
    errors: usize,
    warnings: usize,
    infos: usize,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct LintOut<'a> {
    findings: Vec<Finding>,
    summary: Summary,
    policy: Used<'a>,
}

pub fn lint_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let _: MaybeCatalog = parse(input)?;
    let given = input.get("catalog");
    let cat = catalog_of(e, given, "catalog")?;
    let max = e.limits().max_output_bytes;
    let findings = lint_within(&cat, e.policy(), max).ok_or_else(|| {
        let err = too_large_answer(max);
        match given {
            Some(_) => err.at("catalog"),
            None => err,
        }
    })?;
    let count = |s| findings.iter().filter(|f| f.severity == s).count();
    let summary = Summary {
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
    };
    Reply::typed(LintOut {
        findings,
        summary,
        policy: e.policy().used(&[
            ParamId::CompressionMin,
            ParamId::LicensePromisedMax,
            ParamId::StatutoryDefault,
        ]),
    })
}

pub fn stats_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let _: MaybeCatalog = parse(input)?;
    let cat = catalog_of(e, input.get("catalog"), "catalog")?;
    Reply::typed(stats(&cat, e.policy()))
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct DiffIn {
    #[allow(dead_code)]
    #[cfg_attr(feature = "schema", schemars(with = "serde_json::Value"))]
    from: IgnoredAny,
    #[serde(default)]
    #[allow(dead_code)]
    #[cfg_attr(feature = "schema", schemars(with = "serde_json::Value"))]
    to: Option<IgnoredAny>,
    #[serde(default, with = "crate::date::ymd_opt")]
    changed_on: Option<chrono::NaiveDate>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct DiffOut<'a> {
    #[serde(flatten)]
    diff: Diff,
    #[serde(skip_serializing_if = "Option::is_none")]
    publication: Option<Publication>,
    #[serde(skip_serializing_if = "Option::is_none")]
    policy: Option<Used<'a>>,
}

pub fn diff_op<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: DiffIn = parse(input)?;
    // Read where they lie in the input (see [`MaybeCatalog`]).
    let from = catalog_of(e, input.get("from"), "from")?;
    let to = catalog_of(e, input.get("to"), "to")?;
    let d = diff(&from, &to, e.policy());
    let publication = match i.changed_on {
        Some(day) => Some(publication(&d, e.calendar(), e.policy(), day)?),
        None => None,
    };
    let policy = publication.as_ref().map(|_| {
        e.policy()
            .used(&[ParamId::InfoPublication, ParamId::ReadingPlaces])
    });
    Reply::typed(DiffOut {
        diff: d,
        publication,
        policy,
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct MatterIn {
    code: String,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct MatterOut<'a> {
    matter: &'a Matter,
}

pub fn matter_get<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: MatterIn = parse(input)?;
    let matter = e.catalog().require_matter(&i.code, || "code".into())?;
    Reply::typed(MatterOut { matter })
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Department"))]
struct Dept<'a> {
    id: &'a str,
    name: &'a str,
}

fn dept<'a>(cat: &'a Catalog, id: &'a str) -> Dept<'a> {
    Dept {
        id,
        name: cat.department_name(id),
    }
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct BundleMatterOut<'a> {
    code: &'a str,
    name: &'a str,
    department: Dept<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    co_departments: Vec<Dept<'a>>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct BundleOut<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<u32>,
    name: &'a str,
    audience: &'a str,
    lead: Dept<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    co_leads: Vec<Dept<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    matters: Option<Vec<BundleMatterOut<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    matter_count: Option<usize>,
    together: &'a [Vec<String>],
}

fn bundle_out<'a>(cat: &'a Catalog, b: &'a Bundle, with_matters: bool) -> BundleOut<'a> {
    let matters = with_matters.then(|| {
        b.matters
            .iter()
            .map(|bm| BundleMatterOut {
                code: &bm.matter,
                name: cat.matter(&bm.matter).map_or("", |x| x.name.as_str()),
                department: dept(cat, &bm.department),
                co_departments: bm.co_departments.iter().map(|d| dept(cat, d)).collect(),
            })
            .collect()
    });
    BundleOut {
        id: &b.id,
        number: b.number,
        name: &b.name,
        audience: &b.audience,
        lead: dept(cat, &b.lead),
        co_leads: b.co_leads.iter().map(|d| dept(cat, d)).collect(),
        matters,
        matter_count: (!with_matters).then_some(b.matters.len()),
        together: &b.together,
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ListIn {
    #[serde(default)]
    audience: Option<String>,
    #[serde(default)]
    with_matters: bool,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct ListOut<'a> {
    bundles: Vec<BundleOut<'a>>,
}

pub fn bundle_list<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: ListIn = parse(input)?;
    if let Some(a) = &i.audience {
        if a != "enterprise" && a != "personal" {
            return Err(Error::new(
                ErrorCode::InputInvalidValue,
                EngineText::AudienceInvalid.message(),
            )
            .at("audience"));
        }
    }
    let cat = e.catalog();
    let bundles = cat
        .data()
        .bundles
        .iter()
        .filter(|b| i.audience.as_ref().is_none_or(|a| &b.audience == a))
        .map(|b| bundle_out(cat, b, i.with_matters))
        .collect();
    Reply::typed(ListOut { bundles })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct GetIn {
    bundle: String,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct GetOut<'a> {
    bundle: BundleOut<'a>,
}

pub fn bundle_get<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: GetIn = parse(input)?;
    let cat = e.catalog();
    let b = cat.require_bundle(&i.bundle)?;
    Reply::typed(GetOut {
        bundle: bundle_out(cat, b, true),
    })
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct BundleIn {
    bundle: String,
}

/// `matter.guide` — the matter's 办事指南 (`tj-2018-disclosure` 第七条).
pub fn matter_guide<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: MatterIn = parse(input)?;
    Reply::typed(crate::guide::matter_guide(
        e.catalog(),
        e.policy(),
        &i.code,
    )?)
}

/// `bundle.guide` — the bundle's 办事指南 (`tj-2022-onething` 三(一)1).
pub fn bundle_guide<'a>(e: &'a Engine, input: &'a Value) -> Result<Reply<'a>> {
    let i: BundleIn = parse(input)?;
    Reply::typed(crate::guide::bundle_guide(
        e.catalog(),
        e.policy(),
        &i.bundle,
    )?)
}

#[cfg(feature = "schema")]
pub(super) const SCHEMAS: &[super::schema::OpSchema] = {
    use super::schema::op;
    &[
        op::<MaybeCatalog, LintOut<'static>>("catalog.lint"),
        op::<MaybeCatalog, crate::catalog::stats::Stats<'static>>("catalog.stats"),
        op::<DiffIn, DiffOut<'static>>("catalog.diff"),
        op::<MatterIn, MatterOut<'static>>("matter.get"),
        op::<MatterIn, crate::guide::Guide>("matter.guide"),
        op::<ListIn, ListOut<'static>>("bundle.list"),
        op::<GetIn, GetOut<'static>>("bundle.get"),
        op::<BundleIn, crate::guide::Guide>("bundle.guide"),
    ]
};
