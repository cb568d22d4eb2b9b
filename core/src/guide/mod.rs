//! 办事指南 — the guide a matter publishes, its 办事“明白纸” (`tj-2018-disclosure` 第七条), and the
//! guide of a 一件事 (`tj-2022-onething` 三(一)1: "形成…办事指南，在线上线下服务渠道同源发布、同步更新").
//!
//! The guide is made from the same catalog data the engine decides with (第二十一条: 数据同源性、
//! 信息一致性), so the web page, the window and the printed sheet cannot drift apart. Its
//! sections follow 第七条 in order — 办理主体、事项名称、办理类别与方式、法定依据、申请条件和材料、
//! 办理程序、办理时限、收费、效能投诉、办理便捷度 — each element with the article that defines it
//! (第八条 to 第十七条).
//!
//! An element the catalog does not publish is shown as missing, never filled in; where the law
//! itself supplies the answer (no statutory limit: 20 working days; no validity: 长期有效) the
//! guide says so and marks it a legal default. Which elements are missing is decided by
//! [`catalog.lint`](crate::catalog::lint) alone: the guide runs the lint on the matter and shows
//! its findings as the guide's gaps — one rule, two views.

mod bundle;
mod matter;
pub mod messages;
mod render;

pub use bundle::bundle_guide;
pub use matter::matter_guide;

use crate::catalog::lint::{lint, Finding, Rule, Severity};
use crate::catalog::{Catalog, CatalogData, Matter};
use crate::policy::Policy;
use crate::reason::{Citation, Reason};
use serde::Serialize;

wire_enum! {
    /// Whether an element of the guide is published.
    #[cfg_attr(feature = "schema", schemars(rename = "ElementStatus"))]
    Status {
        /// Published in the catalog.
        Present => "present", "已公布";
        /// Not published, and the law supplies the answer (第十三条(六), 第十四条(一)…).
        Default => "default", "法定情形";
        /// Not published although the rules ask for it: a gap the lint also reports.
        Missing => "missing", "未公布";
    }
}

/// One element of a guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Element {
    /// Where it stands in the matter (`time_limit.promised_workdays`, `materials[2]`).
    pub key: String,
    /// The element's name in the measure (办理地点, 承诺办结时限 …).
    pub label: String,
    /// What the guide says; `null` when missing.
    pub value: Option<String>,
    /// Published, a legal default, or missing.
    pub status: Status,
    /// The article that defines the element.
    pub citation: Citation,
    /// The lint's rules that found something about this element.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<Rule>,
}

/// One section of a guide, in the order of 第七条.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Section {
    /// Stable key (`subject`, `procedure` …).
    pub key: &'static str,
    /// Its title (办理主体, 办理程序 …).
    pub title: &'static str,
    /// The article that defines it.
    pub citation: Citation,
    /// Its elements.
    pub elements: Vec<Element>,
}

/// A gap of the guide: one lint finding about the matter, located at the guide's element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Gap {
    /// The matter (code).
    pub matter: String,
    /// The lint's rule.
    pub rule: Rule,
    /// Its severity.
    pub severity: Severity,
    /// The element concerned (the key of [`Element`], or the field of the matter).
    pub element: String,
    /// What is wrong.
    pub message: String,
    /// The article the rule rests on.
    pub citation: Citation,
}

/// A guide: data, plain text and a printable page, with the reasons.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Guide {
    /// The matter's code (matter guides).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matter: Option<String>,
    /// The bundle's id (bundle guides).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bundle: Option<String>,
    /// The title.
    pub name: String,
    /// Illustrative sample data, not an official guide.
    pub sample: bool,
    /// The sections in the order of 第七条 (or of the bundle guide).
    pub sections: Vec<Section>,
    /// What the lint finds about the matters: the same gaps the sections mark.
    pub gaps: Vec<Gap>,
    /// The guide as plain text.
    pub text: String,
    /// The guide as a printable HTML page (A4, no external resources).
    pub html: String,
    /// Why it says what it says.
    pub reasons: Vec<Reason>,
}

/// The lint's findings about `m` alone, with paths relative to the matter (`place`,
/// `materials[1].notes` by the matter's own material list). The lint runs on a catalog that holds
/// only this matter, its materials and data elements, so its cost is the matter's size, whatever
/// the catalog's.
pub(crate) fn findings_of(cat: &Catalog, policy: &Policy, m: &Matter) -> Vec<(String, Finding)> {
    let mut one = m.clone();
    // Relations to other matters are not elements of this matter's guide.
    one.after.clear();
    one.produces.clear();
    let mut parent = None;
    if let Some(p) = m.parent.as_deref().and_then(|p| cat.matter(p)) {
        let mut p = p.clone();
        p.materials.clear();
        p.form.clear();
        p.after.clear();
        p.produces.clear();
        p.parent = None;
        parent = Some(p);
    }
    if parent.is_none() {
        one.parent = None;
    }
    let mut seen = foldhash::HashSet::default();
    let material_ids: Vec<&str> = m
        .materials
        .iter()
        .map(|mm| mm.material.as_str())
        .filter(|id| seen.insert(*id))
        .collect();
    let materials = material_ids
        .iter()
        .filter_map(|id| cat.material(id).cloned())
        .collect();
    let elements = m
        .form
        .iter()
        .filter_map(|f| cat.element(&f.element).cloned())
        .collect();
    let code = m.code.clone();
    // Only the departments the matter (and its parent) name: the work stays the matter's size.
    let mut dept_ids: Vec<&str> = Vec::new();
    let mut seen = foldhash::HashSet::default();
    for x in std::iter::once(m).chain(parent.as_ref()) {
        let joint = x.convenience.iter().flat_map(|c| &c.joint_departments);
        let named = [&x.department, &x.authority, &x.competent_department];
        for id in named.into_iter().flatten().chain(joint) {
            if seen.insert(id.as_str()) {
                dept_ids.push(id);
            }
        }
    }
    let departments = dept_ids
        .iter()
        .filter_map(|id| cat.department(id).cloned())
        .collect();
    let sub = CatalogData {
        description: None,
        departments,
        elements,
        materials,
        matters: parent.into_iter().chain(std::iter::once(one)).collect(),
        bundles: Vec::new(),
        changes: Vec::new(),
    };
    let Ok(sub) = Catalog::from_data(sub) else {
        // The engine's catalog was checked when loaded; a part of it is as sound.
        return Vec::new();
    };
    // Each material at its first place in the matter's list.
    let mut first: foldhash::HashMap<&str, usize> = foldhash::HashMap::default();
    for (j, mm) in m.materials.iter().enumerate() {
        first.entry(mm.material.as_str()).or_insert(j);
    }
    let index = sub.data().matters.len() - 1;
    let prefix = format!("matters[{index}].");
    lint(&sub, policy)
        .into_iter()
        .filter_map(|f| {
            if f.matter.as_deref() == Some(code.as_str()) {
                let rest = f.path.strip_prefix(&prefix)?.to_string();
                return Some((rest, f));
            }
            let id = f.material.as_deref()?;
            let j = *first.get(id)?;
            let field = f.path.split_once("].").map_or("", |(_, x)| x);
            let key = if field.is_empty() {
                format!("materials[{j}]")
            } else {
                format!("materials[{j}].{field}")
            };
            Some((key, f))
        })
        .collect()
}

/// The keys that hold `key`, itself first: `materials[2].notes` → itself, `materials[2]`,
/// `materials`.
fn holders(key: &str) -> impl Iterator<Item = &str> {
    std::iter::once(key).chain(
        key.char_indices()
            .filter(|&(i, c)| i > 0 && (c == '.' || c == '['))
            .map(|(i, _)| &key[..i])
            .collect::<Vec<_>>()
            .into_iter()
            .rev(),
    )
}

/// Marks each element with the findings about it. An element a missing-element finding points at
/// (or at what holds it) is missing; a finding about a part of it (a material's 准备要点) leaves it
/// published, its value saying which part is not. Returns the findings as gaps. Linear in the
/// elements and findings: each is looked up by the keys that hold it.
pub(crate) fn attach(
    code: &str,
    sections: &mut [Section],
    findings: Vec<(String, Finding)>,
) -> Vec<Gap> {
    // Every element under each key that holds it (an element's own key included).
    type At = Vec<(usize, usize)>;
    let mut under: foldhash::HashMap<String, At> = foldhash::HashMap::default();
    let mut exact: foldhash::HashMap<String, At> = foldhash::HashMap::default();
    for (s, sec) in sections.iter().enumerate() {
        for (e, el) in sec.elements.iter().enumerate() {
            for h in holders(&el.key) {
                under.entry(h.to_string()).or_default().push((s, e));
            }
            exact.entry(el.key.clone()).or_default().push((s, e));
        }
    }
    let mut gaps = Vec::with_capacity(findings.len());
    for (key, f) in findings {
        // Elements at or inside the finding's key: the finding is about them whole.
        let whole = under.get(&key).into_iter().flatten().map(|&at| (at, true));
        // Elements that hold the finding's key: the finding is about a part of them.
        let parts = holders(&key)
            .skip(1)
            .flat_map(|h| exact.get(h).into_iter().flatten().map(|&at| (at, false)));
        let hits: Vec<((usize, usize), bool)> = whole.chain(parts).collect();
        for ((s, e), whole) in hits {
            let el = &mut sections[s].elements[e];
            if !el.findings.contains(&f.rule) {
                el.findings.push(f.rule);
            }
            if whole && is_missing_rule(f.rule) {
                el.status = Status::Missing;
                el.value = None;
            }
        }
        gaps.push(Gap {
            matter: code.to_string(),
            rule: f.rule,
            severity: f.severity,
            element: key,
            message: f.message,
            citation: f.citation,
        });
    }
    gaps
}

/// The reason that `missing` elements are shown as missing (none when there are none).
pub(crate) fn missing_reason(sections: &[Section]) -> Option<Reason> {
    let missing = sections
        .iter()
        .flat_map(|s| &s.elements)
        .filter(|e| e.status == Status::Missing)
        .count();
    (missing > 0).then(|| messages::GuideMsg::Missing { missing }.reason())
}

/// The lint's rules that say an element is not published.
pub(crate) fn is_missing_rule(r: Rule) -> bool {
    matches!(
        r,
        Rule::MatterMissingElement
            | Rule::MatterMissingContact
            | Rule::ConvenienceMissing
            | Rule::ModeOnlineWithoutUrl
            | Rule::LimitPromisedMissing
            | Rule::MaterialMissingRank
            | Rule::MaterialMissingAttribute
            | Rule::MaterialMissingSource
            | Rule::MaterialMissingNotes
    )
}

#[cfg(test)]
mod tests;
