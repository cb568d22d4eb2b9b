//! The checks of each matter: elements (公开公示办法 第七条), names and codes (第九条), modes (第十条),
//! time limits (第十四条; 通知 三(四)), fees (第十五条), convenience (第十七条), commitment
//! approval (信用承诺办法 第三条, 第四条) and the 部门规章 rule of 通知 三(一).

use super::{Out, Rule};
use crate::calendar::Period;
use crate::catalog::types::Mode;
use crate::catalog::{Catalog, Matter};
use crate::policy::{ParamId, Policy};
use foldhash::{HashMap, HashMapExt};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

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
    use crate::catalog::types::ItemLevel;
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

/// Checks every matter.
pub(super) fn check(cat: &Catalog, policy: &Policy, out: &mut Out) {
    let data = cat.data();
    let compression_min = policy.ratio(ParamId::CompressionMin);
    let license_max = workdays(policy.period(ParamId::LicensePromisedMax));
    let statutory_default = workdays(policy.period(ParamId::StatutoryDefault));

    let mut by_code: HashMap<&str, Vec<usize>> = HashMap::with_capacity(data.matters.len());
    for (i, m) in data.matters.iter().enumerate() {
        by_code.entry(m.code.as_str()).or_default().push(i);
    }

    for (i, m) in data.matters.iter().enumerate() {
        if out.full() {
            return;
        }
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
                    .is_none_or(|p| p.trim().is_empty()),
            ),
        ];
        for (field, absent) in missing {
            if absent {
                out.matter(
                    m,
                    Rule::MatterMissingElement,
                    at(field),
                    format!("{}: {field} is not published", m.name),
                );
            }
        }
        if m.outcome.is_none() {
            out.matter(
                m,
                Rule::MatterMissingElement,
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
                        Rule::MatterDuplicateCode,
                        format!("matters[{j}].code"),
                        format!("code {} appears twice at one level (matters[{first}] and matters[{j}])", other.code),
                    );
                } else {
                    seen_levels.insert(other.level, j);
                }
                if other.name != m.name {
                    out.matter(
                        other,
                        Rule::MatterNameMismatch,
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
            use crate::catalog::types::ItemLevel;
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
                    Rule::MatterHierarchy,
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
                Rule::ItemDepartmentRuleOnly,
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
                    Rule::MatterOutOfScope,
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
                Rule::MatterDefaultValidity,
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
                Rule::ModeImmediateWithSpecialSteps,
                at("modes"),
                format!("{}: 马上办 but needs {}", m.name, steps.join("、")),
            );
        }
        if m.modes.contains(&Mode::Online)
            && m.online_url.as_deref().is_none_or(|u| u.trim().is_empty())
        {
            out.matter(
                m,
                Rule::ModeOnlineWithoutUrl,
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
                    Rule::ModeIdCardOnlyNeedsMore,
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
                    Rule::LimitStatutoryMissing,
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
                    Rule::LimitPromisedMissing,
                    at("time_limit.promised_workdays"),
                    format!("{}: no promised limit", m.name),
                ),
                Some(p) if p > statutory => out.matter(
                    m,
                    Rule::LimitPromisedExceedsStatutory,
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
                                Rule::LimitCompressionBelowTarget,
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
                        out.matter(m, Rule::LimitLicenseOverTarget, at("time_limit.promised_workdays"), format!("{}: a licence promised in {p} working days; the target is {license_max}", m.name));
                    }
                }
            }
        }
        // Fees (第十五条).
        if let Some(f) = &m.fee {
            if f.amount > Decimal::ZERO && (f.standard.is_none() || f.basis.is_none()) {
                out.matter(
                    m,
                    Rule::FeeMissingStandardOrBasis,
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
                    Rule::ConvenienceJointWithoutDepartments,
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
                    Rule::CommitmentExcludedDomain,
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
                    Rule::CommitmentIrrevocable,
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
                Rule::CommitmentDeferrableWithoutCommitment,
                at(&format!("materials[{j}].deferrable")),
                format!(
                    "{}: {} is marked deferrable but the matter offers no commitment approval",
                    m.name, mm.material
                ),
            );
        }
    }
}
