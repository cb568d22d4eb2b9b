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
                msg!(
                    format!("{}：未公布{label}", m.name),
                    format!("{}: {field} is not published", m.name)
                ),
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
                msg!(
                    format!("{}：未公布{label}", m.name),
                    format!("{}: {field} ({label}) is not published", m.name)
                ),
            );
        }
    }
    if m.outcome.is_none() {
        out.matter(
            m,
            Rule::MatterMissingElement,
            at("outcome"),
            msg!(
                format!("{}：未公布办理结果", m.name),
                format!("{}: the result form (办理结果) is not published", m.name)
            ),
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
                    msg!(
                        format!("编码{}在同一层级出现两次（matters[{first}] 和 matters[{j}]）", other.code),
                        format!("code {} appears twice at one level (matters[{first}] and matters[{j}])", other.code)
                    ),
                );
            } else {
                seen_levels.insert(other.level, j);
            }
            if other.name != m.name {
                out.matter(
                    other,
                    Rule::MatterNameMismatch,
                    format!("matters[{j}].name"),
                    msg!(
                        format!(
                            "编码{}在此处名为{:?}，在 matters[{i}] 名为{:?}",
                            m.code, other.name, m.name
                        ),
                        format!(
                            "code {} is named {:?} here and {:?} at matters[{i}]",
                            m.code, other.name, m.name
                        )
                    ),
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
                msg!(
                    format!(
                        "{}：{}须有上一级的事项（大项 → 子项 → 类型项）",
                        m.name,
                        level.label()
                    ),
                    format!(
                        "{}: a {} needs a parent one level up (大项 → 子项 → 类型项)",
                        m.name,
                        level.label()
                    )
                ),
            );
        }
    }
    if let Some(basis) = department_rule_only(m) {
        out.matter(
            m,
            Rule::ItemDepartmentRuleOnly,
            at("legal_basis"),
            msg!(
                format!(
                    "{}：该{}仅以部门规章（{}）设定：凡是根据部门规章设定的子项或类型项一律都要取消",
                    m.name,
                    m.item_level.map_or("子项或类型项", |l| l.label()),
                    basis
                ),
                format!(
                    "{}: a {} whose setting rests only on 部门规章 ({}): 凡是根据部门规章设定的子项或类型项一律都要取消",
                    m.name,
                    m.item_level.map_or("子项或类型项", |l| l.label()),
                    basis
                )
            ),
        );
    }
    if let Some(kind) = m.kind {
        if !kind.in_scope() {
            out.matter(
                m,
                Rule::MatterOutOfScope,
                at("kind"),
                msg!(
                    format!("{}：{}不属于政务服务事项", m.name, kind.label()),
                    format!(
                        "{}: {} is not a government service (政务服务事项)",
                        m.name,
                        kind.label()
                    )
                ),
            );
        }
    }
    if m.validity.is_none() || m.scope.is_none() {
        out.matter(
            m,
            Rule::MatterDefaultValidity,
            at("validity"),
            msg!(
                format!(
                    "{}：未写明有效期限和适用范围的，按长期有效、全国范围适用",
                    m.name
                ),
                format!(
                    "{}: validity 长期有效 and scope 全国 apply where not given",
                    m.name
                )
            ),
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
            msg!(
                format!("{}：标为马上办，但有{}环节", m.name, steps.join("、")),
                format!("{}: 马上办 but needs {}", m.name, steps.join("、"))
            ),
        );
    }
    if m.modes.contains(&Mode::Online)
        && m.online_url.as_deref().is_none_or(|u| u.trim().is_empty())
    {
        out.matter(
            m,
            Rule::ModeOnlineWithoutUrl,
            at("online_url"),
            msg!(
                format!("{}：标为网上办，但未公布网址", m.name),
                format!("{}: 网上办 but no address is published", m.name)
            ),
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
                msg!(
                    format!("{}：标为一证通办，但还要求{}", m.name, others.join("、")),
                    format!(
                        "{}: 一证通办 but also requires {}",
                        m.name,
                        others.join(", ")
                    )
                ),
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
                msg!(
                    format!(
                        "{}：未写明法定办结时限，按{statutory_default}个工作日",
                        m.name
                    ),
                    format!(
                        "{}: no statutory limit; {statutory_default} working days apply",
                        m.name
                    )
                ),
            );
        }
        match t.promised_workdays {
            None => out.matter(
                m,
                Rule::LimitPromisedMissing,
                at("time_limit.promised_workdays"),
                msg!(
                    format!("{}：未写明承诺办结时限", m.name),
                    format!("{}: no promised limit", m.name)
                ),
            ),
            Some(p) if p > statutory => out.matter(
                m,
                Rule::LimitPromisedExceedsStatutory,
                at("time_limit.promised_workdays"),
                msg!(
                    format!(
                        "{}：承诺时限{p}个工作日，超过法定时限{statutory}个工作日",
                        m.name
                    ),
                    format!(
                        "{}: promised {p} working days, statutory {statutory}",
                        m.name
                    )
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
                            msg!(
                                format!(
                                    "{}：由{statutory}个工作日压缩到{p}个工作日，减少{}%；目标为{}%",
                                    m.name,
                                    (compression * Decimal::from(100)).round_dp(1).normalize(),
                                    (compression_min * Decimal::from(100)).normalize()
                                ),
                                format!(
                                    "{}: {statutory} → {p} working days is {}% shorter; the target is {}%",
                                    m.name,
                                    (compression * Decimal::from(100)).round_dp(1).normalize(),
                                    (compression_min * Decimal::from(100)).normalize()
                                )
                            ),
                        );
                    }
                }
                if m.issues_license && p > license_max {
                    out.matter(m, Rule::LimitLicenseOverTarget, at("time_limit.promised_workdays"), msg!(
                        format!("{}：证照类事项承诺{p}个工作日办结；目标为{license_max}个工作日", m.name),
                        format!("{}: a licence promised in {p} working days; the target is {license_max}", m.name)
                    ));
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
                msg!(
                    format!("{}：收费{}元，须写明收费标准和依据", m.name, f.amount),
                    format!(
                        "{}: a fee of {} yuan needs its standard and basis",
                        m.name, f.amount
                    )
                ),
            );
        }
    }
    // Convenience (第十七条).
    if m.convenience.is_none() {
        out.matter(
            m,
            Rule::ConvenienceMissing,
            at("convenience"),
            msg!(
                format!("{}：未公布办理便捷度（是否物流快递、是否支持预约、是否涉及联办、问题和解答、通办范围）", m.name),
                format!("{}: convenience (办理便捷度) is not published", m.name)
            ),
        );
    }
    if let Some(c) = &m.convenience {
        if c.joint && c.joint_departments.is_empty() {
            out.matter(
                m,
                Rule::ConvenienceJointWithoutDepartments,
                at("convenience.joint_departments"),
                msg!(
                    format!("{}：标为联办，但未写明联办部门", m.name),
                    format!("{}: 联办 without the departments", m.name)
                ),
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
                msg!(
                    format!("{}：涉及{}，却适用承诺审批", m.name, d.join("、")),
                    format!(
                        "{}: commitment approval although it concerns {}",
                        m.name,
                        d.join("、")
                    )
                ),
            );
        }
        if !m.commitment.revocable {
            out.matter(
                m,
                Rule::CommitmentIrrevocable,
                at("commitment.revocable"),
                msg!(
                    format!("{}：许可决定不可撤销，却适用承诺审批", m.name),
                    format!(
                        "{}: commitment approval for a decision that cannot be revoked",
                        m.name
                    )
                ),
            );
        }
    } else if let Some((j, mm)) = m.materials.iter().enumerate().find(|(_, x)| x.deferrable) {
        out.matter(
            m,
            Rule::CommitmentDeferrableWithoutCommitment,
            at(&format!("materials[{j}].deferrable")),
            msg!(
                format!(
                    "{}：{}标为可容缺，但该事项不适用承诺审批",
                    m.name, mm.material
                ),
                format!(
                    "{}: {} is marked deferrable but the matter offers no commitment approval",
                    m.name, mm.material
                )
            ),
        );
    }
}
