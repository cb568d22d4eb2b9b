//! `catalog.diff` — what changed between two catalogs: matters added, cancelled, devolved or
//! merged, materials no longer asked for, and the material reduction share. Cancelling needs a
//! written reason, devolving the power and the implementing department, merging the matter
//! merged into (`tj-2018-notice` 三(一)); changes without them are flagged. Material reduction is
//! measured against the target of `baodi-2018` 一(三) (≥ 30 %). Given the day of the change, every
//! changed matter gets its publication due dates: published within 20 working days
//! (`tj-2018-disclosure` 第二十二条), given to the reading places within 10 (第二十三条).

use super::types::cite;
use super::Catalog;
use crate::calendar::Calendar;
use crate::error::Result;
use crate::policy::{ParamId, Policy};
use crate::reason::{doc, Citation, Reason};
use chrono::NaiveDate;
use foldhash::{HashMap, HashMapExt};
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::collections::HashSet;

fn dec(d: Decimal) -> String {
    d.round_dp(4).normalize().to_string()
}

/// The differences from `from` to `to`, as the JSON `catalog.diff` returns. Linear.
pub fn diff(from: &Catalog, to: &Catalog, policy: &Policy) -> Value {
    let changes = &to.data().changes;
    let mut by_key: HashMap<(&str, &str), &super::Change> = HashMap::with_capacity(changes.len());
    for c in changes {
        by_key
            .entry((c.matter.as_str(), c.kind.as_str()))
            .or_insert(c);
    }
    let record = |code: &str, kind: &str| by_key.get(&(code, kind)).copied();
    let mut added = Vec::new();
    let mut cancelled = Vec::new();
    let mut merged = Vec::new();
    let mut devolved = Vec::new();
    let mut modified: Vec<&str> = Vec::new();
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
                if n != m {
                    modified.push(m.code.as_str());
                }
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
    let reductions = json!({
        "special_steps": reduction(
            from, to,
            |m| m.special_steps.iter().filter(|s| s.is_special()).count(),
            "special steps (审图、现场踏勘、公示、听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审) required",
            Citation::new(doc::TJ_2018_NOTICE, "三(三)"),
        ),
        "certificates": reduction(
            from, to,
            |m| usize::from(m.issues_license),
            "matters issuing a certificate, licence or approval (证照)",
            Citation::new(doc::TJ_2018_NOTICE, "三(五)"),
        ),
    });
    json!({
        "added": added,
        "cancelled": cancelled,
        "devolved": devolved,
        "merged": merged,
        "cancelled_materials": cancelled_materials,
        "material_reduction": {"before": before, "after": after, "share": dec(share), "target": dec(target), "met": before > 0 && share >= target, "reasons": [reason]},
        "findings": findings,
        "modified": modified,
        "reductions": reductions,
    })
}

/// A count over the in-scope matters of both catalogs, met when it went down (or stayed at none):
/// the "减少" targets of `tj-2018-notice` 三(三) and 三(五).
fn reduction(
    from: &Catalog,
    to: &Catalog,
    count: impl Fn(&super::Matter) -> usize,
    what: &str,
    citation: Citation,
) -> Value {
    let total = |c: &Catalog| -> usize {
        c.data()
            .matters
            .iter()
            .filter(|m| m.kind.is_none_or(|k| k.in_scope()))
            .map(&count)
            .sum()
    };
    let (before, after) = (total(from), total(to));
    let met = after < before || (before == 0 && after == 0);
    json!({"before": before, "after": after, "met": met,
           "reasons": [Reason::new("reduction.count", format!("{what}: {before} before, {after} after"), citation)]})
}

/// The publication due dates of every changed matter of a diff, the change made on
/// `changed_on`: published within the information-publication period (20 working days,
/// `tj-2018-disclosure` 第二十二条) and given to the reading places within theirs (10, 第二十三条).
/// `diff` is the answer of [`diff`]; the result goes under its `publication` key.
pub fn publication(
    diff: &Value,
    cal: &Calendar,
    policy: &Policy,
    changed_on: NaiveDate,
) -> Result<Value> {
    let publish = policy.period(ParamId::InfoPublication);
    let reading = policy.period(ParamId::ReadingPlaces);
    let due = |p| -> Result<NaiveDate> {
        Ok(cal
            .deadline(changed_on, p, &[])
            .map_err(|e| e.within("changed_on"))?
            .due)
    };
    let (publish_due, reading_due) = (due(publish)?, due(reading)?);
    let mut matters = Vec::new();
    for change in ["added", "cancelled", "devolved", "merged"] {
        for m in diff[change].as_array().into_iter().flatten() {
            matters.push(json!({"matter": m["matter"], "change": change,
                "publish_due": crate::date::format_ymd(publish_due),
                "reading_places_due": crate::date::format_ymd(reading_due)}));
        }
    }
    for m in diff["modified"].as_array().into_iter().flatten() {
        matters.push(json!({"matter": m, "change": "modified",
            "publish_due": crate::date::format_ymd(publish_due),
            "reading_places_due": crate::date::format_ymd(reading_due)}));
    }
    let reasons = [
        Reason::new(
            "publication.publish_due",
            format!(
                "information formed or changed on {changed_on} is published within {}: by {publish_due}",
                publish.describe()
            ),
            Citation::new(doc::TJ_2018_DISCLOSURE, "第二十二条"),
        ),
        Reason::new(
            "publication.reading_places_due",
            format!(
                "and given to the reading places within {}: by {reading_due}",
                reading.describe()
            ),
            Citation::new(doc::TJ_2018_DISCLOSURE, "第二十三条"),
        ),
    ];
    Ok(json!({
        "changed_on": crate::date::format_ymd(changed_on),
        "publish_due": crate::date::format_ymd(publish_due),
        "reading_places_due": crate::date::format_ymd(reading_due),
        "matters": matters,
        "reasons": reasons,
    }))
}
