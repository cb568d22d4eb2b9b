//! `catalog.lint` — the rules of SPEC §2 and §3 that a catalog can break, each finding with its
//! rule, severity, the record it concerns, a path into the catalog and the article it rests on.
//!
//! Errors break a rule outright (a promised limit longer than the statutory one); warnings miss a
//! reform target or a disclosure duty that may have a reason (a licence promised in 7 working
//! days); infos say which legal default applies (no statutory limit: 20 working days).

use super::types::{cite, MatterKind, Mode, Source};
use super::{Catalog, Matter};
use crate::calendar::Period;
use crate::policy::{ParamId, Policy};
use crate::reason::{doc, Citation};
use foldhash::{HashMap, HashMapExt};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Breaks a rule.
    Error,
    /// Misses a target or duty that may have a reason.
    Warning,
    /// Names the legal default that applies.
    Info,
}

/// One lint finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Rule id, e.g. `limit.promised_exceeds_statutory`.
    pub rule: &'static str,
    /// Severity.
    pub severity: Severity,
    /// The matter concerned (code).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matter: Option<String>,
    /// The material concerned (id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub material: Option<String>,
    /// The bundle concerned (id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bundle: Option<String>,
    /// Path into the catalog.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
    /// The article the rule rests on.
    pub citation: Citation,
}

/// Every rule the lint applies: id, severity, citation, what it checks.
pub const RULES: &[(&str, Severity, Citation, &str)] = &[
    (
        "matter.missing_element",
        Severity::Error,
        cite::ELEMENTS,
        "a required element of the matter is missing",
    ),
    (
        "matter.duplicate_code",
        Severity::Error,
        cite::NAMES,
        "the same code appears twice at one level",
    ),
    (
        "matter.name_mismatch",
        Severity::Error,
        cite::NAMES,
        "one code carries different names at different levels",
    ),
    (
        "matter.hierarchy",
        Severity::Warning,
        cite::NAMES,
        "a 子项 or 类型项 without a proper parent",
    ),
    (
        "matter.out_of_scope",
        Severity::Error,
        cite::SCOPE,
        "a kind of power that is not a government service",
    ),
    (
        "matter.after_cycle",
        Severity::Error,
        Citation::new(doc::TJ_2022_ONETHING, "三(一)1"),
        "前置 relations form a cycle",
    ),
    (
        "item.department_rule_only",
        Severity::Error,
        cite::CHANGES,
        "a 子项 or 类型项 set by a 部门规章 alone: to be cancelled",
    ),
    (
        "matter.default_validity",
        Severity::Info,
        cite::PROCEDURE,
        "no validity or scope given: 长期有效 / 全国 apply",
    ),
    (
        "mode.immediate_with_special_steps",
        Severity::Error,
        cite::IMMEDIATE,
        "马上办 although special steps are needed",
    ),
    (
        "mode.online_without_url",
        Severity::Error,
        cite::ONLINE,
        "网上办 without a published address",
    ),
    (
        "mode.id_card_only_needs_more",
        Severity::Error,
        cite::ID_CARD_ONLY,
        "一证通办 although other materials are required",
    ),
    (
        "limit.statutory_missing",
        Severity::Info,
        cite::STATUTORY_DEFAULT,
        "no statutory limit: 20 working days apply",
    ),
    (
        "limit.promised_missing",
        Severity::Warning,
        cite::LIMITS,
        "no promised limit published",
    ),
    (
        "limit.promised_exceeds_statutory",
        Severity::Error,
        cite::LIMITS,
        "promised limit longer than the statutory one",
    ),
    (
        "limit.compression_below_target",
        Severity::Warning,
        cite::COMPRESSION,
        "promised limit less than 60 % shorter than the statutory one",
    ),
    (
        "limit.license_over_target",
        Severity::Warning,
        cite::COMPRESSION,
        "a licence promised in more than 5 working days",
    ),
    (
        "fee.missing_standard_or_basis",
        Severity::Error,
        cite::FEES,
        "a fee without its standard or legal basis",
    ),
    (
        "convenience.joint_without_departments",
        Severity::Error,
        cite::CONVENIENCE,
        "joint handling without the departments named",
    ),
    (
        "commitment.excluded_domain",
        Severity::Error,
        cite::COMMITMENT_SCOPE,
        "commitment approval in an excluded domain",
    ),
    (
        "commitment.irrevocable",
        Severity::Error,
        cite::COMMITMENT_SCOPE,
        "commitment approval for a decision that cannot be revoked",
    ),
    (
        "commitment.deferrable_without_commitment",
        Severity::Warning,
        Citation::new(doc::TJ_2018_COMMITMENT, "第三条"),
        "a deferrable material in a matter that offers no commitment approval",
    ),
    (
        "material.missing_rank",
        Severity::Warning,
        cite::MATERIALS,
        "no 材料位阶",
    ),
    (
        "material.missing_attribute",
        Severity::Warning,
        cite::MATERIALS,
        "no 材料属性",
    ),
    (
        "material.missing_source",
        Severity::Warning,
        cite::MATERIALS,
        "no 材料来源",
    ),
    (
        "material.missing_notes",
        Severity::Warning,
        cite::MATERIALS,
        "no 材料准备要点",
    ),
    (
        "material.applicant_without_template",
        Severity::Warning,
        cite::TEMPLATES,
        "the applicant prepares it but no template is given",
    ),
    (
        "material.form_without_blank_or_sample",
        Severity::Warning,
        cite::TEMPLATES,
        "an application form without a blank or a filled sample",
    ),
    (
        "material.shared_but_asked",
        Severity::Warning,
        cite::NO_ASKING_TWICE,
        "a government source holds it, yet the applicant is asked for it",
    ),
    (
        "bundle.department_mismatch",
        Severity::Warning,
        cite::BUNDLES,
        "the bundle names another responsible unit than the matter's implementing department",
    ),
];

fn rule(id: &str) -> (Severity, Citation) {
    RULES
        .iter()
        .find(|r| r.0 == id)
        .map_or((Severity::Error, cite::ELEMENTS), |r| (r.1, r.2))
}

struct Out {
    findings: Vec<Finding>,
}

impl Out {
    fn push(&mut self, id: &'static str, path: String, message: String) -> &mut Finding {
        let (severity, citation) = rule(id);
        self.findings.push(Finding {
            rule: id,
            severity,
            matter: None,
            material: None,
            bundle: None,
            path,
            message,
            citation,
        });
        self.findings
            .last_mut()
            .unwrap_or_else(|| unreachable!("just pushed"))
    }
    fn matter(&mut self, m: &Matter, id: &'static str, path: String, message: String) {
        self.push(id, path, message).matter = Some(m.code.clone());
    }
}

fn is_id_card(cat: &Catalog, material: &str) -> bool {
    material == "id-card"
        || cat
            .material(material)
            .is_some_and(|m| m.name.contains("居民身份证") || m.name == "身份证")
}

fn workdays(p: Period) -> u32 {
    match p {
        Period::Workdays(n) => n,
        Period::NaturalDays(n) => n,
    }
}

/// For a 子项 or 类型项 whose every 设定依据 (or, with none marked, every basis) is a 部门规章:
/// the laws named, for the message (`tj-2018-notice` 三(一)).
fn department_rule_only(m: &Matter) -> Option<String> {
    use super::types::ItemLevel;
    if !matches!(m.item_level, Some(ItemLevel::Sub | ItemLevel::Type)) {
        return None;
    }
    let setting = m.legal_basis.iter().filter(|b| b.is_setting()).count();
    let bases = m
        .legal_basis
        .iter()
        .filter(|b| setting == 0 || b.is_setting());
    let mut laws = Vec::new();
    for b in bases {
        if b.norm != Some(crate::norm::BasisKind::DepartmentRules) {
            return None;
        }
        laws.push(b.law.as_str());
    }
    (!laws.is_empty()).then(|| laws.join("、"))
}

/// Lints a catalog against the rules and the policy's targets. Linear in the catalog's size.
pub fn lint(cat: &Catalog, policy: &Policy) -> Vec<Finding> {
    let mut out = Out {
        findings: Vec::new(),
    };
    let data = cat.data();
    let compression_min = policy.ratio(ParamId::CompressionMin);
    let license_max = workdays(policy.period(ParamId::LicensePromisedMax));
    let statutory_default = workdays(policy.period(ParamId::StatutoryDefault));

    let mut by_code: HashMap<&str, Vec<usize>> = HashMap::with_capacity(data.matters.len());
    for (i, m) in data.matters.iter().enumerate() {
        by_code.entry(m.code.as_str()).or_default().push(i);
    }

    for (i, m) in data.matters.iter().enumerate() {
        let at = |f: &str| format!("matters[{i}].{f}");
        // Required elements (第七条).
        let missing: [(&str, bool); 9] = [
            ("kind", m.kind.is_none()),
            ("category", m.category.is_none()),
            ("level", m.level.is_none()),
            ("department", m.department.is_none()),
            ("audience", m.audience.is_none()),
            ("modes", m.modes.is_empty()),
            ("legal_basis", m.legal_basis.is_empty()),
            ("time_limit", m.time_limit.is_none()),
            (
                "complaint_phone",
                m.complaint_phone
                    .as_deref()
                    .map_or(true, |p| p.trim().is_empty()),
            ),
        ];
        for (field, absent) in missing {
            if absent {
                out.matter(
                    m,
                    "matter.missing_element",
                    at(field),
                    format!("{}: {field} is not published", m.name),
                );
            }
        }
        if m.outcome.is_none() {
            out.matter(
                m,
                "matter.missing_element",
                at("outcome"),
                format!("{}: the result form (办理结果) is not published", m.name),
            );
        }
        // Codes and names (第九条).
        let same = &by_code[m.code.as_str()];
        if same.len() > 1 && same[0] == i {
            let mut seen_levels = BTreeMap::new();
            for &j in same {
                let other = &data.matters[j];
                if let Some(&first) = seen_levels.get(&other.level) {
                    out.matter(
                        other,
                        "matter.duplicate_code",
                        format!("matters[{j}].code"),
                        format!("code {} appears twice at one level (matters[{first}] and matters[{j}])", other.code),
                    );
                } else {
                    seen_levels.insert(other.level, j);
                }
                if other.name != m.name {
                    out.matter(
                        other,
                        "matter.name_mismatch",
                        format!("matters[{j}].name"),
                        format!(
                            "code {} is named {:?} here and {:?} at matters[{i}]",
                            m.code, other.name, m.name
                        ),
                    );
                }
            }
        }
        if let Some(level) = m.item_level {
            use super::types::ItemLevel;
            let parent_level = m
                .parent
                .as_deref()
                .and_then(|p| cat.matter(p))
                .and_then(|p| p.item_level);
            let ok = match level {
                ItemLevel::Major => m.parent.is_none(),
                ItemLevel::Sub => parent_level == Some(ItemLevel::Major),
                ItemLevel::Type => parent_level == Some(ItemLevel::Sub),
            };
            if !ok {
                out.matter(
                    m,
                    "matter.hierarchy",
                    at("parent"),
                    format!(
                        "{}: a {} needs a parent one level up (大项 → 子项 → 类型项)",
                        m.name,
                        level.label()
                    ),
                );
            }
        }
        if let Some(basis) = department_rule_only(m) {
            out.matter(
                m,
                "item.department_rule_only",
                at("legal_basis"),
                format!(
                    "{}: a {} whose setting rests only on 部门规章 ({}): 凡是根据部门规章设定的子项或类型项一律都要取消",
                    m.name,
                    m.item_level.map_or("子项", |l| l.label()),
                    basis
                ),
            );
        }
        if let Some(kind) = m.kind {
            if !kind.in_scope() {
                out.matter(
                    m,
                    "matter.out_of_scope",
                    at("kind"),
                    format!(
                        "{}: {} is not a government service (政务服务事项)",
                        m.name,
                        kind.label()
                    ),
                );
            }
        }
        if m.validity.is_none() || m.scope.is_none() {
            out.matter(
                m,
                "matter.default_validity",
                at("validity"),
                format!(
                    "{}: validity 长期有效 and scope 全国 apply where not given",
                    m.name
                ),
            );
        }
        // Modes (第十条; 一证通办).
        if m.modes.contains(&Mode::Immediate) && m.special_steps.iter().any(|s| s.is_special()) {
            let steps: Vec<&str> = m
                .special_steps
                .iter()
                .filter(|s| s.is_special())
                .map(|s| s.label())
                .collect();
            out.matter(
                m,
                "mode.immediate_with_special_steps",
                at("modes"),
                format!("{}: 马上办 but needs {}", m.name, steps.join("、")),
            );
        }
        if m.modes.contains(&Mode::Online)
            && m.online_url
                .as_deref()
                .map_or(true, |u| u.trim().is_empty())
        {
            out.matter(
                m,
                "mode.online_without_url",
                at("online_url"),
                format!("{}: 网上办 but no address is published", m.name),
            );
        }
        if m.modes.contains(&Mode::IdCardOnly) {
            let others: Vec<&str> = m
                .materials
                .iter()
                .filter(|x| x.required && !is_id_card(cat, &x.material))
                .map(|x| x.material.as_str())
                .collect();
            if !others.is_empty() {
                out.matter(
                    m,
                    "mode.id_card_only_needs_more",
                    at("materials"),
                    format!(
                        "{}: 一证通办 but also requires {}",
                        m.name,
                        others.join(", ")
                    ),
                );
            }
        }
        // Time limits (第十四条; 通知 三(四)).
        if let Some(t) = &m.time_limit {
            let statutory = t.statutory_workdays.unwrap_or(statutory_default);
            if t.statutory_workdays.is_none() {
                out.matter(
                    m,
                    "limit.statutory_missing",
                    at("time_limit.statutory_workdays"),
                    format!(
                        "{}: no statutory limit; {statutory_default} working days apply",
                        m.name
                    ),
                );
            }
            match t.promised_workdays {
                None => out.matter(
                    m,
                    "limit.promised_missing",
                    at("time_limit.promised_workdays"),
                    format!("{}: no promised limit", m.name),
                ),
                Some(p) if p > statutory => out.matter(
                    m,
                    "limit.promised_exceeds_statutory",
                    at("time_limit.promised_workdays"),
                    format!(
                        "{}: promised {p} working days, statutory {statutory}",
                        m.name
                    ),
                ),
                Some(p) => {
                    if statutory > 0 {
                        let compression = Decimal::from(statutory - p) / Decimal::from(statutory);
                        if compression < compression_min {
                            out.matter(
                                m,
                                "limit.compression_below_target",
                                at("time_limit.promised_workdays"),
                                format!(
                                    "{}: {statutory} → {p} working days is {}% shorter; the target is {}%",
                                    m.name,
                                    (compression * Decimal::from(100)).round_dp(1).normalize(),
                                    (compression_min * Decimal::from(100)).normalize()
                                ),
                            );
                        }
                    }
                    if m.issues_license && p > license_max {
                        out.matter(m, "limit.license_over_target", at("time_limit.promised_workdays"), format!("{}: a licence promised in {p} working days; the target is {license_max}", m.name));
                    }
                }
            }
        }
        // Fees (第十五条).
        if let Some(f) = &m.fee {
            if f.amount > Decimal::ZERO && (f.standard.is_none() || f.basis.is_none()) {
                out.matter(
                    m,
                    "fee.missing_standard_or_basis",
                    at("fee"),
                    format!(
                        "{}: a fee of {} yuan needs its standard and basis",
                        m.name, f.amount
                    ),
                );
            }
        }
        // Convenience (第十七条).
        if let Some(c) = &m.convenience {
            if c.joint && c.joint_departments.is_empty() {
                out.matter(
                    m,
                    "convenience.joint_without_departments",
                    at("convenience.joint_departments"),
                    format!("{}: 联办 without the departments", m.name),
                );
            }
        }
        // Commitment approval (信用承诺办法 第三条, 第四条).
        if m.commitment.allowed {
            if !m.commitment.domains.is_empty() {
                let d: Vec<&str> = m.commitment.domains.iter().map(|d| d.label()).collect();
                out.matter(
                    m,
                    "commitment.excluded_domain",
                    at("commitment.domains"),
                    format!(
                        "{}: commitment approval although it concerns {}",
                        m.name,
                        d.join("、")
                    ),
                );
            }
            if !m.commitment.revocable {
                out.matter(
                    m,
                    "commitment.irrevocable",
                    at("commitment.revocable"),
                    format!(
                        "{}: commitment approval for a decision that cannot be revoked",
                        m.name
                    ),
                );
            }
        } else if let Some((j, mm)) = m.materials.iter().enumerate().find(|(_, x)| x.deferrable) {
            out.matter(
                m,
                "commitment.deferrable_without_commitment",
                at(&format!("materials[{j}].deferrable")),
                format!(
                    "{}: {} is marked deferrable but the matter offers no commitment approval",
                    m.name, mm.material
                ),
            );
        }
    }

    // Materials (第十二条(四)).
    for (i, mat) in data.materials.iter().enumerate() {
        let at = |f: &str| format!("materials[{i}].{f}");
        let mut push = |id: &'static str, path: String, msg: String| {
            out.push(id, path, msg).material = Some(mat.id.clone());
        };
        if mat.rank.is_none() {
            push(
                "material.missing_rank",
                at("rank"),
                format!("{}: no rank (主审/非主审)", mat.name),
            );
        }
        if mat.attribute.is_none() {
            push(
                "material.missing_attribute",
                at("attribute"),
                format!("{}: no attribute (共性/个性)", mat.name),
            );
        }
        if mat.source.is_none() {
            push(
                "material.missing_source",
                at("source"),
                format!("{}: no source", mat.name),
            );
        }
        if mat.notes.as_deref().map_or(true, |n| n.trim().is_empty()) {
            push(
                "material.missing_notes",
                at("notes"),
                format!("{}: no preparation notes (准备要点)", mat.name),
            );
        }
        if mat.is_form && (mat.blank.is_none() || mat.sample.is_none()) {
            push(
                "material.form_without_blank_or_sample",
                at("blank"),
                format!(
                    "{}: an application form needs a blank and a filled sample",
                    mat.name
                ),
            );
        } else if !mat.is_form && mat.source == Some(Source::Applicant) && mat.template.is_none() {
            push(
                "material.applicant_without_template",
                at("template"),
                format!(
                    "{}: prepared by the applicant but no template is given",
                    mat.name
                ),
            );
        }
        if let Some(src) = &mat.shared_source {
            if mat.source != Some(Source::Government) {
                push(
                    "material.shared_but_asked",
                    at("source"),
                    format!(
                        "{}: {src} holds it; obtain it by sharing instead of asking the applicant",
                        mat.name
                    ),
                );
            }
        }
    }

    // 前置 cycles.
    if let Some(cycle) = after_cycle(cat) {
        let first = &cycle[0];
        let i = data
            .matters
            .iter()
            .position(|m| &m.code == first)
            .unwrap_or(0);
        out.push(
            "matter.after_cycle",
            format!("matters[{i}].after"),
            format!("前置 relations form a cycle: {}", cycle.join(" → ")),
        )
        .matter = Some(first.clone());
    }

    // Bundles (一件事 三(一)).
    for (i, b) in data.bundles.iter().enumerate() {
        for (j, bm) in b.matters.iter().enumerate() {
            if let Some(m) = cat.matter(&bm.matter) {
                if let Some(d) = &m.department {
                    if d != &bm.department && !bm.co_departments.contains(d) {
                        let f = out.push(
                            "bundle.department_mismatch",
                            format!("bundles[{i}].matters[{j}].department"),
                            format!(
                                "{} in {}: the bundle names {}, the matter is implemented by {}",
                                m.name,
                                b.name,
                                cat.department_name(&bm.department),
                                cat.department_name(d)
                            ),
                        );
                        f.bundle = Some(b.id.clone());
                        f.matter = Some(m.code.clone());
                    }
                }
            }
        }
    }
    out.findings
}

/// Finds one cycle in the 前置 graph (codes, first repeated at the end), if any. Linear.
pub fn after_cycle(cat: &Catalog) -> Option<Vec<String>> {
    let data = cat.data();
    let n = data.matters.len();
    let idx: HashMap<&str, usize> = data
        .matters
        .iter()
        .enumerate()
        .map(|(i, m)| (m.code.as_str(), i))
        .collect();
    // 0 = unvisited, 1 = on the stack, 2 = done.
    let mut state = vec![0u8; n];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for start in 0..n {
        if state[start] != 0 {
            continue;
        }
        stack.push((start, 0));
        state[start] = 1;
        while let Some(top) = stack.len().checked_sub(1) {
            let (node, next) = stack[top];
            let after = &data.matters[node].after;
            if next < after.len() {
                stack[top].1 += 1;
                if let Some(&t) = idx.get(after[next].as_str()) {
                    match state[t] {
                        0 => {
                            state[t] = 1;
                            stack.push((t, 0));
                        }
                        1 => {
                            let pos = stack.iter().position(|(x, _)| *x == t).unwrap_or(0);
                            let mut cycle: Vec<String> = stack[pos..]
                                .iter()
                                .map(|(x, _)| data.matters[*x].code.clone())
                                .collect();
                            cycle.push(data.matters[t].code.clone());
                            return Some(cycle);
                        }
                        _ => {}
                    }
                }
            } else {
                state[node] = 2;
                stack.pop();
            }
        }
    }
    None
}

/// Finds `MatterKind`s in use that are out of scope (for stats).
pub fn out_of_scope(m: &Matter) -> bool {
    m.kind.is_some_and(|k: MatterKind| !k.in_scope())
}
