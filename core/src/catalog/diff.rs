//! `catalog.diff` — what changed between two catalogs: matters added, cancelled, devolved or
//! merged, materials no longer asked for, and the material reduction share. Cancelling needs a
//! written reason, devolving the power and the implementing department, merging the matter
//! merged into (`tj-2018-notice` 三(一)); changes without them are flagged. Material reduction is
//! measured against the target of `baodi-2018` 一(三) (≥ 30 %). Given the day of the change, every
//! changed matter gets its publication due dates: published within 20 working days
//! (`tj-2018-disclosure` 第二十二条), given to the reading places within 10 (第二十三条).

use super::messages::{ChangeMsg, Counted};
use super::{Catalog, Matter};
use crate::calendar::Calendar;
use crate::error::Result;
use crate::policy::{ParamId, Policy};
use crate::reason::{Citation, Reason};
use chrono::NaiveDate;
use foldhash::{HashMap, HashMapExt};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::HashSet;

fn dec(d: Decimal) -> String {
    d.round_dp(4).normalize().to_string()
}

/// A matter of the new catalog that the old one lacked.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Added {
    /// Code.
    pub matter: String,
    /// Name.
    pub name: String,
}

/// A cancelled matter (取消) and its written reason.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Cancelled {
    /// Code.
    pub matter: String,
    /// Name.
    pub name: String,
    /// The written reason.
    pub reason: Option<String>,
    /// Whether the reason is given.
    pub complete: bool,
}

/// A devolved matter (下放): the power and the implementing department.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Devolved {
    /// Code.
    pub matter: String,
    /// Name.
    pub name: String,
    /// Level before.
    pub from: &'static str,
    /// Level after.
    pub to: &'static str,
    /// The power devolved.
    pub power: Option<String>,
    /// The implementing department.
    pub department: Option<String>,
    /// Whether both are named.
    pub complete: bool,
}

/// A merged matter (合并) and what it was merged into.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Merged {
    /// Code.
    pub matter: String,
    /// Name.
    pub name: String,
    /// The matter it went into.
    pub into: Option<String>,
    /// Whether that matter is in the new catalog.
    pub complete: bool,
}

/// A change lacking what 通知 三(一) requires.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChangeFinding {
    /// Rule id.
    pub rule: &'static str,
    /// The matter.
    pub matter: String,
    /// What is missing.
    pub message: String,
    /// 通知 三(一).
    pub citation: Citation,
}

/// The material reduction against `baodi-2018` 一(三).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MaterialReduction {
    /// Material requirements before.
    pub before: usize,
    /// After.
    pub after: usize,
    /// The share reduced.
    pub share: String,
    /// The target share.
    pub target: String,
    /// Whether it is met.
    pub met: bool,
    /// Why.
    pub reasons: [Reason; 1],
}

/// A "减少" target (通知 三(三), 三(五)): a count before and after.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reduction {
    /// Before.
    pub before: usize,
    /// After.
    pub after: usize,
    /// Met when it went down (or stayed at none).
    pub met: bool,
    /// Why.
    pub reasons: [Reason; 1],
}

/// The reductions the notice asks for.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reductions {
    /// 特殊环节 (三(三)).
    pub special_steps: Reduction,
    /// 证照 (三(五)).
    pub certificates: Reduction,
}

/// One changed matter's publication due dates.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PublicationMatter {
    /// Code.
    pub matter: String,
    /// `added`, `cancelled`, `devolved`, `merged` or `modified`.
    pub change: &'static str,
    /// Published by (第二十二条).
    #[serde(with = "crate::date::ymd")]
    pub publish_due: NaiveDate,
    /// Given to the reading places by (第二十三条).
    #[serde(with = "crate::date::ymd")]
    pub reading_places_due: NaiveDate,
}

/// The publication due dates of a change made on a day.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Publication {
    /// The day of the change.
    #[serde(with = "crate::date::ymd")]
    pub changed_on: NaiveDate,
    /// Published by.
    #[serde(with = "crate::date::ymd")]
    pub publish_due: NaiveDate,
    /// The day the reading places' period runs from: 第二十三条 counts it from publication
    /// ("自信息公开后"), so from the latest day of publication, `publish_due` — a host that
    /// publishes earlier may count from its own day.
    #[serde(with = "crate::date::ymd")]
    pub reading_places_from: NaiveDate,
    /// Given to the reading places by.
    #[serde(with = "crate::date::ymd")]
    pub reading_places_due: NaiveDate,
    /// Per changed matter.
    pub matters: Vec<PublicationMatter>,
    /// Why.
    pub reasons: [Reason; 2],
}

/// What changed between two catalogs (`catalog.diff`).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Diff {
    /// Matters added.
    pub added: Vec<Added>,
    /// Matters cancelled.
    pub cancelled: Vec<Cancelled>,
    /// Matters devolved.
    pub devolved: Vec<Devolved>,
    /// Matters merged.
    pub merged: Vec<Merged>,
    /// Materials no matter asks for any more.
    pub cancelled_materials: Vec<String>,
    /// The material reduction.
    pub material_reduction: MaterialReduction,
    /// Changes lacking their required reason.
    pub findings: Vec<ChangeFinding>,
    /// Matters present in both whose record changed.
    pub modified: Vec<String>,
    /// Special steps and certificates.
    pub reductions: Reductions,
}

/// What a walk over the old catalog's matters finds: each matter gone (merged or cancelled) or
/// kept (modified, devolved), with the findings of changes lacking their reasons.
#[derive(Default)]
struct Walk {
    added: Vec<Added>,
    cancelled: Vec<Cancelled>,
    merged: Vec<Merged>,
    devolved: Vec<Devolved>,
    modified: Vec<String>,
    findings: Vec<ChangeFinding>,
}

/// The new catalog's change records, by matter and kind (the first of each).
type Records<'a> = HashMap<(&'a str, &'a str), &'a super::Change>;

impl Walk {
    fn flag(&mut self, code: &str, m: ChangeMsg) {
        self.findings.push(ChangeFinding {
            rule: m.code(),
            matter: code.to_string(),
            message: crate::mask::mask_text(&m.message()),
            citation: m.citation(),
        });
    }

    /// A matter the new catalog no longer has: merged into another, or cancelled with its
    /// written reason.
    fn gone(&mut self, records: &Records, to: &Catalog, m: &Matter) {
        let record = |code: &str, kind: &str| records.get(&(code, kind)).copied();
        if let Some(c) = record(&m.code, "merged") {
            let into_ok = c.into.as_deref().is_some_and(|i| to.matter(i).is_some());
            if !into_ok {
                self.flag(&m.code, ChangeMsg::MergedWithoutTarget { matter: &m.name });
            }
            self.merged.push(Merged {
                matter: m.code.clone(),
                name: m.name.clone(),
                into: c.into.clone(),
                complete: into_ok,
            });
        } else {
            let reason = record(&m.code, "cancelled")
                .and_then(|c| c.reason.clone())
                .filter(|r| !r.trim().is_empty());
            if reason.is_none() {
                self.flag(
                    &m.code,
                    ChangeMsg::CancelledWithoutReason { matter: &m.name },
                );
            }
            let complete = reason.is_some();
            self.cancelled.push(Cancelled {
                matter: m.code.clone(),
                name: m.name.clone(),
                reason,
                complete,
            });
        }
    }

    /// A matter in both: modified, or devolved to a lower level with its power and department.
    fn kept(&mut self, records: &Records, m: &Matter, n: &Matter) {
        let record = |code: &str, kind: &str| records.get(&(code, kind)).copied();
        if n != m {
            self.modified.push(m.code.clone());
        }
        if let (Some(a), Some(b)) = (m.level, n.level) {
            if b > a {
                let c = record(&m.code, "devolved");
                let complete = c.is_some_and(|c| c.power.is_some() && c.department.is_some());
                if !complete {
                    self.flag(
                        &m.code,
                        ChangeMsg::DevolvedWithoutDetails {
                            matter: &m.name,
                            from: a.label(),
                            to: b.label(),
                        },
                    );
                }
                self.devolved.push(Devolved {
                    matter: m.code.clone(),
                    name: m.name.clone(),
                    from: a.name(),
                    to: b.name(),
                    power: c.and_then(|c| c.power.clone()),
                    department: c.and_then(|c| c.department.clone()),
                    complete,
                });
            }
        }
    }
}

/// The differences from `from` to `to`. Linear.
pub fn diff(from: &Catalog, to: &Catalog, policy: &Policy) -> Diff {
    let changes = &to.data().changes;
    let mut records: Records = HashMap::with_capacity(changes.len());
    for c in changes {
        records
            .entry((c.matter.as_str(), c.kind.as_str()))
            .or_insert(c);
    }
    let mut w = Walk::default();
    let mut seen = HashSet::new();
    for m in &from.data().matters {
        if !seen.insert(m.code.as_str()) {
            continue;
        }
        match to.matter(&m.code) {
            None => w.gone(&records, to, m),
            Some(n) => w.kept(&records, m, n),
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
            w.added.push(Added {
                matter: m.code.clone(),
                name: m.name.clone(),
            });
        }
    }
    let (cancelled_materials, material_reduction) = materials(from, to, policy);
    Diff {
        added: w.added,
        cancelled: w.cancelled,
        devolved: w.devolved,
        merged: w.merged,
        cancelled_materials,
        material_reduction,
        findings: w.findings,
        modified: w.modified,
        reductions: reductions(from, to),
    }
}

/// The materials no matter asks for any more, and the reduction of material requirements
/// (`tj-2018-notice` 三(二)).
fn materials(from: &Catalog, to: &Catalog, policy: &Policy) -> (Vec<String>, MaterialReduction) {
    let used = |c: &Catalog| -> HashSet<String> {
        c.data()
            .matters
            .iter()
            .flat_map(|m| m.materials.iter().map(|x| x.material.clone()))
            .collect()
    };
    let (before_set, after_set) = (used(from), used(to));
    let mut cancelled_materials: Vec<String> = before_set.difference(&after_set).cloned().collect();
    cancelled_materials.sort();
    let refs = |c: &Catalog| -> usize { c.data().matters.iter().map(|m| m.materials.len()).sum() };
    let (before, after) = (refs(from), refs(to));
    let share = if before == 0 {
        Decimal::ZERO
    } else {
        (Decimal::from(before as u64) - Decimal::from(after as u64)) / Decimal::from(before as u64)
    };
    let target = policy.ratio(ParamId::MaterialReductionMin);
    let change = Counted {
        before,
        after,
        unit: "项",
    };
    let reason = ChangeMsg::MaterialReduction {
        before,
        after,
        change,
    }
    .reason();
    let material_reduction = MaterialReduction {
        before,
        after,
        share: dec(share),
        target: dec(target),
        met: before > 0 && share >= target,
        reasons: [reason],
    };
    (cancelled_materials, material_reduction)
}

/// Special steps and certificates, fewer or not.
fn reductions(from: &Catalog, to: &Catalog) -> Reductions {
    Reductions {
        special_steps: reduction(
            from,
            to,
            |m| m.special_steps.iter().filter(|s| s.is_special()).count(),
            |before, after| ChangeMsg::SpecialSteps {
                before,
                after,
                change: Counted::of(before, after),
            },
        ),
        certificates: reduction(
            from,
            to,
            |m| usize::from(m.issues_license),
            |before, after| ChangeMsg::Certificates {
                before,
                after,
                change: Counted::of(before, after),
            },
        ),
    }
}

/// A count over the in-scope matters of both catalogs, met when it went down (or stayed at none):
/// the "减少" targets of `tj-2018-notice` 三(三) and 三(五).
fn reduction(
    from: &Catalog,
    to: &Catalog,
    count: impl Fn(&Matter) -> usize,
    make: fn(usize, usize) -> ChangeMsg<'static>,
) -> Reduction {
    let total = |c: &Catalog| -> usize {
        c.data()
            .matters
            .iter()
            .filter(|m| m.kind.is_none_or(|k| k.in_scope()))
            .map(&count)
            .sum()
    };
    let (before, after) = (total(from), total(to));
    Reduction {
        before,
        after,
        met: after < before || (before == 0 && after == 0),
        reasons: [make(before, after).reason()],
    }
}

/// The publication due dates of every changed matter of a diff, the change made on
/// `changed_on`: published within the information-publication period (20 working days,
/// `tj-2018-disclosure` 第二十二条) and given to the reading places within theirs (10, 第二十三条).
pub fn publication(
    diff: &Diff,
    cal: &Calendar,
    policy: &Policy,
    changed_on: NaiveDate,
) -> Result<Publication> {
    let publish = policy.period(ParamId::InfoPublication);
    let reading = policy.period(ParamId::ReadingPlaces);
    let due = |from, p| -> Result<NaiveDate> {
        Ok(cal
            .deadline(from, p, &[])
            .map_err(|e| e.within("changed_on"))?
            .due)
    };
    // 第二十三条: "自信息公开后10个工作日内" — from publication, at the latest `publish_due`.
    let publish_due = due(changed_on, publish)?;
    let reading_places_due = due(publish_due, reading)?;
    let entry = |matter: &str, change| PublicationMatter {
        matter: matter.to_string(),
        change,
        publish_due,
        reading_places_due,
    };
    let mut matters = Vec::new();
    matters.extend(diff.added.iter().map(|m| entry(&m.matter, "added")));
    matters.extend(diff.cancelled.iter().map(|m| entry(&m.matter, "cancelled")));
    matters.extend(diff.devolved.iter().map(|m| entry(&m.matter, "devolved")));
    matters.extend(diff.merged.iter().map(|m| entry(&m.matter, "merged")));
    matters.extend(diff.modified.iter().map(|m| entry(m, "modified")));
    Ok(Publication {
        changed_on,
        publish_due,
        reading_places_from: publish_due,
        reading_places_due,
        matters,
        reasons: [
            ChangeMsg::PublishDue {
                changed_on,
                period: publish,
                due: publish_due,
            }
            .reason(),
            ChangeMsg::ReadingPlacesDue {
                period: reading,
                from: publish_due,
                due: reading_places_due,
            }
            .reason(),
        ],
    })
}
