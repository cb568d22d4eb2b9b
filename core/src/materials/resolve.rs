//! `materials.resolve` — for the matters an applicant applies for, what each material comes to:
//!
//! - `shared`: a government source holds it; it must not be asked for again
//!   (`tj-2018-onenet` 第二十二条);
//! - `on_file`: submitted before and still valid — "一次提交、全域有效"
//!   (`tj-2018-disclosure` 第十二条(四)4);
//! - `letter`: another department's decision, conveyed by its letter (以函代证, `baodi-2018`
//!   二(一)2);
//! - `deferred`: missing, deferrable in every matter that needs it, and the applicant asks for
//!   commitment approval (容缺后补, `tj-2018-commitment` 第三条);
//! - `required`: to be submitted — once, however many matters need it.

use super::messages::{MaterialsText, ResolveMsg};
use crate::catalog::{Catalog, Material};
use crate::error::{Error, ErrorCode, Result};
use crate::reason::Reason;
use chrono::NaiveDate;
use foldhash::{HashMap, HashMapExt};
use serde::{Deserialize, Serialize};

/// A material the applicant submitted before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OnFile {
    /// Material id.
    pub material: String,
    /// When it was submitted.
    #[serde(
        default,
        with = "crate::date::ymd_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub submitted_on: Option<NaiveDate>,
    /// Last day it is valid.
    #[serde(
        default,
        with = "crate::date::ymd_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub valid_until: Option<NaiveDate>,
}

/// What the platform knows about the applicant's case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    /// The day of the application (needed when validity dates are involved).
    #[serde(
        default,
        with = "crate::date::ymd_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub today: Option<NaiveDate>,
    /// Materials submitted before.
    #[serde(default)]
    pub on_file: Vec<OnFile>,
    /// Shared sources the platform cannot reach for this case.
    #[serde(default)]
    pub unavailable_sources: Vec<String>,
    /// Whether the applicant asks for commitment approval (and may have it).
    #[serde(default)]
    pub commitment: bool,
}

wire_enum! {
    /// What a material comes to.
    #[cfg_attr(feature = "schema", schemars(rename = "MaterialStatus"))]
    Status {
        /// A government source holds it.
        Shared => "shared", "共享获取";
        /// Submitted before and still valid.
        OnFile => "on_file", "已在档";
        /// Replaced by a letter from the deciding department.
        Letter => "letter", "以函代证";
        /// Supplied later under a commitment.
        Deferred => "deferred", "容缺后补";
        /// To be submitted.
        Required => "required", "需提交";
    }
}

/// One resolved material.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Resolved {
    /// Material id.
    pub material: String,
    /// Its name.
    pub name: String,
    /// What it comes to.
    pub status: Status,
    /// The matters that need it, in the order given.
    pub needed_by: Vec<String>,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// An optional material (no matter requires it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Optional {
    /// Material id.
    pub material: String,
    /// Its name.
    pub name: String,
    /// The matters that list it.
    pub needed_by: Vec<String>,
}

struct Need {
    needed_by: Vec<String>,
    required: bool,
    deferrable_everywhere: bool,
}

/// Resolves the materials of `matters` (codes) for `dossier`. Linear in the materials involved.
pub fn resolve(
    cat: &Catalog,
    matters: &[String],
    dossier: &Dossier,
) -> Result<(Vec<Resolved>, Vec<Optional>)> {
    let (order, needs) = needs(cat, matters)?;
    let on_file: HashMap<&str, &OnFile> = dossier
        .on_file
        .iter()
        .map(|o| (o.material.as_str(), o))
        .collect();
    let mut resolved = Vec::new();
    let mut optional = Vec::new();
    for id in order {
        let need = &needs[id];
        let Some(mat) = cat.material(id) else {
            continue;
        };
        if !need.required {
            optional.push(Optional {
                material: id.to_string(),
                name: mat.name.clone(),
                needed_by: need.needed_by.clone(),
            });
            continue;
        }
        let mut reasons = Vec::new();
        let mut status = shared(mat, dossier, &mut reasons);
        if status.is_none() {
            if let Some(o) = on_file.get(id) {
                status = kept_on_file(id, mat, o, dossier, &mut reasons)?;
            }
        }
        if status.is_none() && mat.letter_replaceable {
            status = Some(Status::Letter);
            reasons.push(ResolveMsg::Letter.reason());
        }
        if status.is_none() && need.deferrable_everywhere && dossier.commitment {
            status = Some(Status::Deferred);
            reasons.push(ResolveMsg::Deferred.reason());
        }
        let status = status.unwrap_or_else(|| {
            reasons.push(if need.needed_by.len() > 1 {
                ResolveMsg::RequiredShared {
                    matters: need.needed_by.len(),
                }
                .reason()
            } else {
                ResolveMsg::Required.reason()
            });
            Status::Required
        });
        resolved.push(Resolved {
            material: id.to_string(),
            name: mat.name.clone(),
            status,
            needed_by: need.needed_by.clone(),
            reasons,
        });
    }
    Ok((resolved, optional))
}

/// Who needs each material, in order of first appearance: `(order, needs)`.
#[allow(clippy::type_complexity)]
fn needs<'c>(
    cat: &'c Catalog,
    matters: &[String],
) -> Result<(Vec<&'c str>, HashMap<&'c str, Need>)> {
    let mut order: Vec<&str> = Vec::new();
    let mut needs: HashMap<&str, Need> = HashMap::new();
    for (i, code) in matters.iter().enumerate() {
        let m = cat.require_matter(code, || format!("matters[{i}]"))?;
        let commitment = m.commitment.allowed;
        for mm in &m.materials {
            let need = needs.entry(mm.material.as_str()).or_insert_with(|| {
                order.push(mm.material.as_str());
                Need {
                    needed_by: Vec::new(),
                    required: false,
                    deferrable_everywhere: true,
                }
            });
            if !need.needed_by.contains(&m.code) {
                need.needed_by.push(m.code.clone());
            }
            if mm.required {
                need.required = true;
                need.deferrable_everywhere &= mm.deferrable && commitment;
            }
        }
    }
    Ok((order, needs))
}

/// A material a shared source holds is obtained by sharing, not asked for — unless the source
/// cannot be reached for this case.
fn shared(mat: &Material, dossier: &Dossier, reasons: &mut Vec<Reason>) -> Option<Status> {
    let src = mat.shared_source.as_ref()?;
    if dossier.unavailable_sources.iter().any(|s| s == src) {
        reasons.push(ResolveMsg::SourceUnavailable { source: src }.reason());
        return None;
    }
    reasons.push(ResolveMsg::Shared { source: src }.reason());
    Some(Status::Shared)
}

/// 一次提交，各处通用: a copy on file serves while it is valid.
fn kept_on_file(
    id: &str,
    mat: &Material,
    o: &OnFile,
    dossier: &Dossier,
    reasons: &mut Vec<Reason>,
) -> Result<Option<Status>> {
    let expiry = o.valid_until.or_else(|| {
        mat.valid_days
            .zip(o.submitted_on)
            .and_then(|(d, s)| s.checked_add_days(chrono::Days::new(u64::from(d))))
    });
    match (expiry, dossier.today) {
        (None, _) => {
            reasons.push(ResolveMsg::OnFile.reason());
            Ok(Some(Status::OnFile))
        }
        (Some(_), None) => Err(Error::new(
            ErrorCode::InputMissingField,
            MaterialsText::NeedsToday { id }.message(),
        )
        .at("dossier.today")),
        (Some(until), Some(today)) if today <= until => {
            reasons.push(ResolveMsg::OnFileUntil { until }.reason());
            Ok(Some(Status::OnFile))
        }
        (Some(until), Some(_)) => {
            reasons.push(ResolveMsg::OnFileExpired { until }.reason());
            Ok(None)
        }
    }
}
