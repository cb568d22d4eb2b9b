//! `catalog.diff` — what changed between two catalogs: matters added, cancelled, devolved or
//! merged, materials no longer asked for, and the material reduction share. Cancelling needs a
//! written reason, devolving the power and the implementing department, merging the matter
//! merged into (`tj-2018-notice` 三(一)); changes without them are flagged. Material reduction is
//! measured against the target of `baodi-2018` 一(三) (≥ 30 %).

use super::types::cite;
use super::Catalog;
use crate::policy::{ParamId, Policy};
use crate::reason::Reason;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::collections::HashSet;

fn dec(d: Decimal) -> String {
    d.round_dp(4).normalize().to_string()
}

/// The differences from `from` to `to`, as the JSON `catalog.diff` returns. Linear.
pub fn diff(from: &Catalog, to: &Catalog, policy: &Policy) -> Value {
    let changes = &to.data().changes;
    let record =
        |code: &str, kind: &str| changes.iter().find(|c| c.matter == code && c.kind == kind);
    let mut added = Vec::new();
    let mut cancelled = Vec::new();
    let mut merged = Vec::new();
    let mut devolved = Vec::new();
    let mut findings: Vec<Value> = Vec::new();
    let mut flag = |rule: &str, code: &str, message: String| {
        findings.push(
            json!({"rule": rule, "matter": code, "message": message, "citation": cite::CHANGES}),
        );
    };
    let mut seen = HashSet::new();
    for m in &from.data().matters {
        if !seen.insert(m.code.as_str()) {
            continue;
        }
        match to.matter(&m.code) {
            None => {
                if let Some(c) = record(&m.code, "merged") {
                    let into_ok = c.into.as_deref().is_some_and(|i| to.matter(i).is_some());
                    if !into_ok {
                        flag(
                            "change.merged_without_target",
                            &m.code,
                            format!(
                                "{} is recorded as merged but names no matter of the new catalog",
                                m.name
                            ),
                        );
                    }
                    merged.push(json!({"matter": m.code, "name": m.name, "into": c.into, "complete": into_ok}));
                } else {
                    let reason = record(&m.code, "cancelled")
                        .and_then(|c| c.reason.clone())
                        .filter(|r| !r.trim().is_empty());
                    if reason.is_none() {
                        flag(
                            "change.cancelled_without_reason",
                            &m.code,
                            format!("{} is gone without a written reason", m.name),
                        );
                    }
                    cancelled.push(json!({"matter": m.code, "name": m.name, "reason": reason, "complete": reason.is_some()}));
                }
            }
            Some(n) => {
                if let (Some(a), Some(b)) = (m.level, n.level) {
                    if b > a {
                        let c = record(&m.code, "devolved");
                        let complete =
                            c.is_some_and(|c| c.power.is_some() && c.department.is_some());
                        if !complete {
                            flag("change.devolved_without_details", &m.code, format!("{} moved from {} to {} without naming the power and the implementing department", m.name, a.label(), b.label()));
                        }
                        devolved.push(json!({"matter": m.code, "name": m.name, "from": a.name(), "to": b.name(),
                                             "power": c.and_then(|c| c.power.clone()), "department": c.and_then(|c| c.department.clone()), "complete": complete}));
                    }
                }
            }
        }
    }
    let old: HashSet<&str> = from
        .data()
        .matters
        .iter()
        .map(|m| m.code.as_str())
        .collect();
    let mut seen_new = HashSet::new();
    for m in &to.data().matters {
        if !old.contains(m.code.as_str()) && seen_new.insert(m.code.as_str()) {
            added.push(json!({"matter": m.code, "name": m.name}));
        }
    }
    let used = |c: &Catalog| -> HashSet<String> {
        c.data()
            .matters
            .iter()
            .flat_map(|m| m.materials.iter().map(|x| x.material.clone()))
            .collect()
    };
    let (before_set, after_set) = (used(from), used(to));
    let mut cancelled_materials: Vec<&String> = before_set.difference(&after_set).collect();
    cancelled_materials.sort();
    let refs = |c: &Catalog| -> usize { c.data().matters.iter().map(|m| m.materials.len()).sum() };
    let (before, after) = (refs(from), refs(to));
    let share = if before == 0 {
        Decimal::ZERO
    } else {
        (Decimal::from(before as u64) - Decimal::from(after as u64)) / Decimal::from(before as u64)
    };
    let target = policy.ratio(ParamId::MaterialReductionMin);
    let reason = Reason::new(
        "materials.reduction",
        format!("{before} material requirements before, {after} after"),
        cite::MATERIAL_REDUCTION,
    );
    json!({
        "added": added,
        "cancelled": cancelled,
        "devolved": devolved,
        "merged": merged,
        "cancelled_materials": cancelled_materials,
        "material_reduction": {"before": before, "after": after, "share": dec(share), "target": dec(target), "met": before > 0 && share >= target, "reasons": [reason]},
        "findings": findings,
    })
}
