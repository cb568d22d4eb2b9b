//! The checks of each matter: elements (公开公示办法 第七条), names and codes (第九条), modes (第十条),
//! time limits (第十四条; 通知 三(四)), fees (第十五条), convenience (第十七条), commitment
//! approval (信用承诺办法 第三条, 第四条) and the 部门规章 rule of 通知 三(一).

use super::messages::LintMsg;
use super::{Out, Rule};
use crate::calendar::Period;
use crate::catalog::types::Mode;
use crate::catalog::{Catalog, Matter};
use crate::message::Enumerated;
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

/// For a 子项 or 类型项 (by its `item_level`, or by having a `parent`) whose every 设定依据 (or, with none marked, every basis) is a 部门规章:
/// the laws named, for the message (`tj-2018-notice` 三(一)).
fn department_rule_only(m: &Matter) -> Option<String> {
    use crate::catalog::types::ItemLevel;
    // A matter with a parent is a 子项 or 类型项 whether or not its level is written down (the
    // catalog format says so): the rule reads both.
    let below_major = match m.item_level {
        Some(level) => matches!(level, ItemLevel::Sub | ItemLevel::Type),
        None => m.parent.is_some(),
    };
    if !below_major {
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

/// What every matter's checks read: the catalog, the matters by code, the policy's thresholds.
struct Ctx<'c> {
    cat: &'c Catalog,
    data: &'c crate::catalog::CatalogData,
    by_code: HashMap<&'c str, Vec<usize>>,
    compression_min: Decimal,
    license_max: u32,
    statutory_default: u32,
}

/// The checks of one matter, in the order their findings are listed.
const CHECKS: [fn(&Ctx, usize, &Matter, &mut Out); 7] =
    [elements, codes, item, modes, time_limits, fees, commitment];

/// Checks every matter.
pub(super) fn check(cat: &Catalog, policy: &Policy, out: &mut Out) {
    let data = cat.data();
    let mut by_code: HashMap<&str, Vec<usize>> = HashMap::with_capacity(data.matters.len());
    for (i, m) in data.matters.iter().enumerate() {
        by_code.entry(m.code.as_str()).or_default().push(i);
    }
    let x = Ctx {
        cat,
        data,
        by_code,
        compression_min: policy.ratio(ParamId::CompressionMin),
        license_max: workdays(policy.period(ParamId::LicensePromisedMax)),
        statutory_default: workdays(policy.period(ParamId::StatutoryDefault)),
    };
    for (i, m) in data.matters.iter().enumerate() {
        if out.full() {
            return;
        }
        for check in CHECKS {
            check(&x, i, m, out);
        }
    }
}

/// Required elements (第七条), where to apply and whom to ask (第十三条(一)2, 3), the result (第七条).
fn elements(_: &Ctx, i: usize, m: &Matter, out: &mut Out) {
    let at = |f: &str| format!("matters[{i}].{f}");
    // Required elements (第七条).
    let missing: [(&str, &str, bool); 9] = [
        ("kind", "事项类型", m.kind.is_none()),
        ("category", "办理类别", m.category.is_none()),
        ("level", "行使层级", m.level.is_none()),
        ("department", "实施部门", m.department.is_none()),
        ("audience", "服务对象", m.audience.is_none()),
        ("modes", "办理方式", m.modes.is_empty()),
        ("legal_basis", "法定依据", m.legal_basis.is_empty()),
        ("time_limit", "办理时限", m.time_limit.is_none()),
        (
            "complaint_phone",
            "效能投诉电话",
            m.complaint_phone
                .as_deref()
                .is_none_or(|p| p.trim().is_empty()),
        ),
    ];
    for (field, label, absent) in missing {
        if absent {
            out.matter(
                m,
                Rule::MatterMissingElement,
                at(field),
                LintMsg::MissingElement {
                    name: &m.name,
                    label,
                    field,
                }
                .message(),
            );
        }
    }
    // 申请 — where to apply and whom to ask (第十三条(一)2, 3).
    let blank = |v: &Option<String>| v.as_deref().is_none_or(|p| p.trim().is_empty());
    for (field, label, absent) in [
        ("place", "办理地点", blank(&m.place)),
        ("consult_phone", "咨询电话", blank(&m.consult_phone)),
    ] {
        if absent {
            out.matter(
                m,
                Rule::MatterMissingContact,
                at(field),
                LintMsg::MissingContact {
                    name: &m.name,
                    label,
                    field,
                }
                .message(),
            );
        }
    }
    if m.outcome.is_none() {
        out.matter(
            m,
            Rule::MatterMissingElement,
            at("outcome"),
            LintMsg::MissingOutcome { name: &m.name }.message(),
        );
    }
}

/// One code, one name, once per level (第九条).
fn codes(x: &Ctx, i: usize, m: &Matter, out: &mut Out) {
    let data = x.data;
    let by_code = &x.by_code;
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
                    LintMsg::DuplicateCode {
                        code: &other.code,
                        first,
                        second: j,
                    }
                    .message(),
                );
            } else {
                seen_levels.insert(other.level, j);
            }
            if other.name != m.name {
                out.matter(
                    other,
                    Rule::MatterNameMismatch,
                    format!("matters[{j}].name"),
                    LintMsg::NameMismatch {
                        code: &m.code,
                        here: &other.name,
                        there: &m.name,
                        at: i,
                    }
                    .message(),
                );
            }
        }
    }
}

/// The 大项/子项/类型项 hierarchy, 部门规章 子项 (通知 三(一)), scope (第七条) and default validity (第八条).
fn item(x: &Ctx, i: usize, m: &Matter, out: &mut Out) {
    let at = |f: &str| format!("matters[{i}].{f}");
    let cat = x.cat;
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
                LintMsg::Hierarchy {
                    name: &m.name,
                    level: level.label(),
                }
                .message(),
            );
        }
    }
    if let Some(basis) = department_rule_only(m) {
        out.matter(
            m,
            Rule::ItemDepartmentRuleOnly,
            at("legal_basis"),
            LintMsg::DepartmentRuleOnly {
                name: &m.name,
                level: m.item_level.map_or("子项或类型项", |l| l.label()),
                basis,
            }
            .message(),
        );
    }
    if let Some(kind) = m.kind {
        if !kind.in_scope() {
            out.matter(
                m,
                Rule::MatterOutOfScope,
                at("kind"),
                LintMsg::OutOfScope {
                    name: &m.name,
                    kind: kind.label(),
                }
                .message(),
            );
        }
    }
    if m.validity.is_none() || m.scope.is_none() {
        out.matter(
            m,
            Rule::MatterDefaultValidity,
            at("validity"),
            LintMsg::DefaultValidity { name: &m.name }.message(),
        );
    }
}

/// Modes (第十条; 一证通办).
fn modes(x: &Ctx, i: usize, m: &Matter, out: &mut Out) {
    let at = |f: &str| format!("matters[{i}].{f}");
    let cat = x.cat;
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
            LintMsg::ImmediateWithSteps {
                name: &m.name,
                steps: steps.join("、"),
            }
            .message(),
        );
    }
    if m.modes.contains(&Mode::Online)
        && m.online_url.as_deref().is_none_or(|u| u.trim().is_empty())
    {
        out.matter(
            m,
            Rule::ModeOnlineWithoutUrl,
            at("online_url"),
            LintMsg::OnlineWithoutUrl { name: &m.name }.message(),
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
                LintMsg::IdCardOnlyNeedsMore {
                    name: &m.name,
                    others: Enumerated(&others),
                }
                .message(),
            );
        }
    }
}

/// Time limits (第十四条; 通知 三(四)).
fn time_limits(x: &Ctx, i: usize, m: &Matter, out: &mut Out) {
    let at = |f: &str| format!("matters[{i}].{f}");
    let compression_min = x.compression_min;
    let license_max = x.license_max;
    let statutory_default = x.statutory_default;
    // Time limits (第十四条; 通知 三(四)).
    if let Some(t) = &m.time_limit {
        let statutory = t.statutory_workdays.unwrap_or(statutory_default);
        if t.statutory_workdays.is_none() {
            out.matter(
                m,
                Rule::LimitStatutoryMissing,
                at("time_limit.statutory_workdays"),
                LintMsg::StatutoryMissing {
                    name: &m.name,
                    days: x.statutory_default,
                }
                .message(),
            );
        }
        match t.promised_workdays {
            None => out.matter(
                m,
                Rule::LimitPromisedMissing,
                at("time_limit.promised_workdays"),
                LintMsg::PromisedMissing { name: &m.name }.message(),
            ),
            Some(p) if p > statutory => out.matter(
                m,
                Rule::LimitPromisedExceedsStatutory,
                at("time_limit.promised_workdays"),
                LintMsg::PromisedExceedsStatutory {
                    name: &m.name,
                    promised: p,
                    statutory,
                }
                .message(),
            ),
            Some(p) => {
                if statutory > 0 {
                    let compression = Decimal::from(statutory - p) / Decimal::from(statutory);
                    if compression < compression_min {
                        out.matter(
                            m,
                            Rule::LimitCompressionBelowTarget,
                            at("time_limit.promised_workdays"),
                            LintMsg::CompressionBelowTarget {
                                name: &m.name,
                                statutory,
                                promised: p,
                                percent: (compression * Decimal::from(100))
                                    .round_dp(1)
                                    .normalize()
                                    .to_string(),
                                target: (compression_min * Decimal::from(100))
                                    .normalize()
                                    .to_string(),
                            }
                            .message(),
                        );
                    }
                }
                if m.issues_license && p > license_max {
                    out.matter(
                        m,
                        Rule::LimitLicenseOverTarget,
                        at("time_limit.promised_workdays"),
                        LintMsg::LicenseOverTarget {
                            name: &m.name,
                            promised: p,
                            max: license_max,
                        }
                        .message(),
                    );
                }
            }
        }
    }
}

/// Fees (第十五条) and convenience (第十七条).
fn fees(_: &Ctx, i: usize, m: &Matter, out: &mut Out) {
    let at = |f: &str| format!("matters[{i}].{f}");
    // Fees (第十五条).
    if let Some(f) = &m.fee {
        if f.amount > Decimal::ZERO && (f.standard.is_none() || f.basis.is_none()) {
            out.matter(
                m,
                Rule::FeeMissingStandardOrBasis,
                at("fee"),
                LintMsg::FeeWithoutBasis {
                    name: &m.name,
                    amount: f.amount.to_string(),
                }
                .message(),
            );
        }
    }
    // Convenience (第十七条).
    if m.convenience.is_none() {
        out.matter(
            m,
            Rule::ConvenienceMissing,
            at("convenience"),
            LintMsg::ConvenienceMissing { name: &m.name }.message(),
        );
    }
    if let Some(c) = &m.convenience {
        if c.joint && c.joint_departments.is_empty() {
            out.matter(
                m,
                Rule::ConvenienceJointWithoutDepartments,
                at("convenience.joint_departments"),
                LintMsg::JointWithoutDepartments { name: &m.name }.message(),
            );
        }
    }
}

/// Commitment approval (信用承诺办法 第三条, 第四条).
fn commitment(_: &Ctx, i: usize, m: &Matter, out: &mut Out) {
    let at = |f: &str| format!("matters[{i}].{f}");
    // Commitment approval (信用承诺办法 第三条, 第四条).
    if m.commitment.allowed {
        if !m.commitment.domains.is_empty() {
            let d: Vec<&str> = m.commitment.domains.iter().map(|d| d.label()).collect();
            out.matter(
                m,
                Rule::CommitmentExcludedDomain,
                at("commitment.domains"),
                LintMsg::ExcludedDomain {
                    name: &m.name,
                    domains: d.join("、"),
                }
                .message(),
            );
        }
        if !m.commitment.revocable {
            out.matter(
                m,
                Rule::CommitmentIrrevocable,
                at("commitment.revocable"),
                LintMsg::Irrevocable { name: &m.name }.message(),
            );
        }
    } else if let Some((j, mm)) = m.materials.iter().enumerate().find(|(_, x)| x.deferrable) {
        out.matter(
            m,
            Rule::CommitmentDeferrableWithoutCommitment,
            at(&format!("materials[{j}].deferrable")),
            LintMsg::DeferrableWithoutCommitment {
                name: &m.name,
                material: &mm.material,
            }
            .message(),
        );
    }
}
