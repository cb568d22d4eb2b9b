//! `form.merge` — one form for the chosen matters (SPEC §7): "一次告知、一表申请、一套材料".
//!
//! Linear in the number of form fields (plus the n log n of ordering the matters).

use super::order::order;
use super::validate::{compare, Ordering3};
use super::{
    Conflict, Dept, Field, FieldConstraints, Form, FormMaterial, FormMatter, OwnField, Side,
};
use crate::catalog::types::ElementType;
use crate::catalog::{Catalog, Element, FormField};
use crate::error::{Error, ErrorCode, Result};
use crate::reason::{doc, Citation, Reason};
use serde_json::Value;
use std::collections::HashMap;

/// What to merge: a list of matters, or a bundle (optionally only some of its matters).
#[derive(Debug, Clone, Copy)]
pub enum Request<'a> {
    /// These matters (codes).
    Matters(&'a [String]),
    /// This bundle; `choose` limits it to some matters (the law's `together` groups still apply).
    Bundle {
        /// Bundle id.
        id: &'a str,
        /// Chosen matter codes.
        choose: Option<&'a [String]>,
    },
}

struct Pick {
    code: String,
    rank: usize,
    department: String,
    pulled_in_by: Option<String>,
}

fn select(cat: &Catalog, req: Request<'_>, reasons: &mut Vec<Reason>) -> Result<Vec<Pick>> {
    let mut picks: Vec<Pick> = Vec::new();
    match req {
        Request::Matters(codes) => {
            let rank: HashMap<&str, usize> = cat
                .data()
                .matters
                .iter()
                .enumerate()
                .rev()
                .map(|(i, m)| (m.code.as_str(), i))
                .collect();
            for (i, code) in codes.iter().enumerate() {
                let m = cat.matter(code).ok_or_else(|| {
                    Error::new(
                        ErrorCode::CatalogUnknownMatter,
                        format!("unknown matter {code:?}"),
                    )
                    .at(format!("matters[{i}]"))
                })?;
                if picks.iter().any(|p| &p.code == code) {
                    continue;
                }
                picks.push(Pick {
                    code: code.clone(),
                    rank: rank.get(code.as_str()).copied().unwrap_or(usize::MAX),
                    department: m.department.clone().unwrap_or_default(),
                    pulled_in_by: None,
                });
            }
        }
        Request::Bundle { id, choose } => {
            let b = cat.bundle(id).ok_or_else(|| {
                Error::new(
                    ErrorCode::CatalogUnknownBundle,
                    format!("unknown bundle {id:?}"),
                )
                .at("bundle")
            })?;
            let entry = |code: &str| b.matters.iter().position(|bm| bm.matter == code);
            let chosen: Vec<usize> = match choose {
                None => (0..b.matters.len()).collect(),
                Some(codes) => {
                    let mut v = Vec::new();
                    for (i, code) in codes.iter().enumerate() {
                        let p = entry(code).ok_or_else(|| {
                            Error::new(
                                ErrorCode::FormNotInBundle,
                                format!("{code:?} is not a matter of {}", b.name),
                            )
                            .at(format!("choose[{i}]"))
                        })?;
                        if !v.contains(&p) {
                            v.push(p);
                        }
                    }
                    v
                }
            };
            let take = |p: usize, by: Option<String>, picks: &mut Vec<Pick>| {
                let bm = &b.matters[p];
                if picks.iter().any(|x| x.code == bm.matter) {
                    return false;
                }
                picks.push(Pick {
                    code: bm.matter.clone(),
                    rank: p,
                    department: bm.department.clone(),
                    pulled_in_by: by,
                });
                true
            };
            for &p in &chosen {
                take(p, None, &mut picks);
            }
            // Matters the law requires to be handled together come along (三(一)2).
            for &p in &chosen {
                let code = &b.matters[p].matter;
                for group in b.together.iter().filter(|g| g.contains(code)) {
                    for other in group {
                        if let Some(q) = entry(other) {
                            if take(q, Some(code.clone()), &mut picks) {
                                let name = |c: &str| {
                                    cat.matter(c).map_or(c.to_string(), |m| m.name.clone())
                                };
                                reasons.push(Reason::new(
                                    "form.together",
                                    format!(
                                        "{} is handled together with {} as the law requires",
                                        name(other),
                                        name(code)
                                    ),
                                    Citation::new(doc::TJ_2022_ONETHING, "三(一)2"),
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    Ok(picks)
}

struct Acc<'a> {
    element: &'a Element,
    required: bool,
    needed_by: Vec<String>,
    departments: Vec<String>,
    first: usize,
    sides: Vec<(String, &'a FormField)>,
}

fn num_or_date(kind: ElementType, v: &Value) -> bool {
    match kind {
        ElementType::Date => v
            .as_str()
            .is_some_and(|s| crate::date::parse_ymd(s).is_some()),
        ElementType::Integer | ElementType::Decimal => super::validate::decimal_of(v).is_some(),
        _ => false,
    }
}

fn merge_constraints(acc: &Acc<'_>, conflicts: &mut Vec<Conflict>) -> FieldConstraints {
    let e = acc.element;
    let kind = e.kind;
    let sides_of = |get: &dyn Fn(&crate::catalog::Constraints) -> Option<Value>| -> Vec<Side> {
        let mut v = Vec::new();
        if let Some(x) = get(&e.constraints()) {
            v.push(Side {
                source: "element".into(),
                value: x,
            });
        }
        for (code, f) in &acc.sides {
            if let Some(x) = get(&f.constraints()) {
                v.push(Side {
                    source: code.clone(),
                    value: x,
                });
            }
        }
        v
    };
    let mut out = FieldConstraints::default();
    // Length: the shortest maximum.
    let lens = sides_of(&|c| c.max_len.map(Value::from));
    out.max_len = lens
        .iter()
        .filter_map(|s| s.value.as_u64())
        .min()
        .and_then(|x| u32::try_from(x).ok());
    // Range: the highest minimum and the lowest maximum.
    for (name, pick_max) in [("min", true), ("max", false)] {
        let sides = sides_of(&|c| {
            if name == "min" {
                c.min.clone()
            } else {
                c.max.clone()
            }
        });
        let (good, bad): (Vec<&Side>, Vec<&Side>) =
            sides.iter().partition(|s| num_or_date(kind, &s.value));
        if !bad.is_empty() {
            conflicts.push(Conflict {
                element: e.id.clone(),
                kind: "type".into(),
                sides: bad.iter().map(|s| (*s).clone()).collect(),
                message: format!("{name} does not fit a {} value", kind.name()),
            });
        }
        let best = good.into_iter().reduce(|a, b| {
            let b_wins = match compare(kind, &b.value, &a.value) {
                Some(Ordering3::Greater) => pick_max,
                Some(Ordering3::Less) => !pick_max,
                _ => false,
            };
            if b_wins {
                b
            } else {
                a
            }
        });
        let v = best.map(|s| s.value.clone());
        if name == "min" {
            out.min = v;
        } else {
            out.max = v;
        }
    }
    if let (Some(lo), Some(hi)) = (&out.min, &out.max) {
        if compare(kind, lo, hi) == Some(Ordering3::Greater) {
            let mut sides = sides_of(&|c| c.min.clone());
            sides.extend(sides_of(&|c| c.max.clone()));
            conflicts.push(Conflict {
                element: e.id.clone(),
                kind: "range".into(),
                sides,
                message: format!("no value can be at least {lo} and at most {hi}"),
            });
        }
    }
    // Patterns: all of them.
    for s in sides_of(&|c| c.pattern.clone().map(Value::from)) {
        if let Some(p) = s.value.as_str() {
            if !out.patterns.iter().any(|x| x == p) {
                out.patterns.push(p.to_string());
            }
        }
    }
    // Options: the intersection, in the element's order.
    let opt_sides = sides_of(&|c| c.options.clone().map(Value::from));
    if !opt_sides.is_empty() {
        if kind != ElementType::Enum {
            conflicts.push(Conflict {
                element: e.id.clone(),
                kind: "type".into(),
                sides: opt_sides.clone(),
                message: format!("options given for a {} value", kind.name()),
            });
        }
        let lists: Vec<Vec<String>> = opt_sides
            .iter()
            .map(|s| {
                s.value
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| x.as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect();
        let mut inter = lists[0].clone();
        for l in &lists[1..] {
            inter.retain(|x| l.contains(x));
        }
        if inter.is_empty() {
            conflicts.push(Conflict {
                element: e.id.clone(),
                kind: "options".into(),
                sides: opt_sides,
                message: "no option is allowed by every form".into(),
            });
        }
        out.options = Some(inter);
    }
    out
}

/// Merges the forms of the requested matters.
pub fn merge(cat: &Catalog, req: Request<'_>) -> Result<Form> {
    let mut reasons = Vec::new();
    let picks = select(cat, req, &mut reasons)?;
    let keyed: Vec<(String, usize, Vec<String>)> = picks
        .iter()
        .map(|p| {
            (
                p.code.clone(),
                p.rank,
                cat.matter(&p.code)
                    .map(|m| m.after.clone())
                    .unwrap_or_default(),
            )
        })
        .collect();
    let ordered = order(&keyed)?;
    if keyed
        .iter()
        .any(|(_, _, after)| after.iter().any(|a| keyed.iter().any(|(c, _, _)| c == a)))
    {
        reasons.push(Reason::new(
            "form.order",
            "matters are ordered by their 前置 relations",
            Citation::new(doc::TJ_2022_ONETHING, "三(一)1"),
        ));
    }
    let mut matters = Vec::with_capacity(ordered.len());
    let mut acc: Vec<Acc<'_>> = Vec::new();
    let mut by_element: HashMap<&str, usize> = HashMap::new();
    let mut materials: Vec<FormMaterial> = Vec::new();
    let mut by_material: HashMap<&str, usize> = HashMap::new();
    let mut pos = 0usize;
    for &i in &ordered {
        let p = &picks[i];
        let m = cat.matter(&p.code).ok_or_else(|| {
            Error::new(
                ErrorCode::CatalogUnknownMatter,
                format!("unknown matter {:?}", p.code),
            )
        })?;
        let mut own = Vec::with_capacity(m.form.len());
        for f in &m.form {
            let Some(el) = cat.element(&f.element) else {
                continue;
            };
            own.push(OwnField {
                element: f.element.clone(),
                label: f.label.clone().unwrap_or_else(|| el.label.clone()),
                required: f.required,
            });
            let k = *by_element.entry(el.id.as_str()).or_insert_with(|| {
                acc.push(Acc {
                    element: el,
                    required: false,
                    needed_by: Vec::new(),
                    departments: Vec::new(),
                    first: pos,
                    sides: Vec::new(),
                });
                acc.len() - 1
            });
            pos += 1;
            let a = &mut acc[k];
            a.required |= f.required;
            if !a.needed_by.contains(&m.code) {
                a.needed_by.push(m.code.clone());
            }
            if !a.departments.contains(&p.department) {
                a.departments.push(p.department.clone());
            }
            a.sides.push((m.code.clone(), f));
        }
        for mm in &m.materials {
            let Some(mat) = cat.material(&mm.material) else {
                continue;
            };
            let k = *by_material.entry(mat.id.as_str()).or_insert_with(|| {
                materials.push(FormMaterial {
                    material: mat.id.clone(),
                    name: mat.name.clone(),
                    required: false,
                    common: false,
                    needed_by: Vec::new(),
                });
                materials.len() - 1
            });
            let x = &mut materials[k];
            x.required |= mm.required;
            if !x.needed_by.contains(&m.code) {
                x.needed_by.push(m.code.clone());
            }
            x.common = x.needed_by.len() > 1;
        }
        matters.push(FormMatter {
            code: m.code.clone(),
            name: m.name.clone(),
            department: Dept {
                id: p.department.clone(),
                name: cat.department_name(&p.department).to_string(),
            },
            pulled_in_by: p.pulled_in_by.clone(),
            fields: own,
        });
    }
    let mut conflicts = Vec::new();
    let mut fields: Vec<(bool, usize, Field)> = acc
        .iter()
        .map(|a| {
            let constraints = merge_constraints(a, &mut conflicts);
            let common = a.needed_by.len() > 1;
            (
                common,
                a.first,
                Field {
                    element: a.element.id.clone(),
                    label: a.element.label.clone(),
                    kind: a.element.kind,
                    required: a.required,
                    constraints,
                    shared_source: a.element.shared_source.clone(),
                    common,
                    needed_by: a.needed_by.clone(),
                    departments: a.departments.clone(),
                },
            )
        })
        .collect();
    // Common fields first, then each matter's own; within each, in order of first appearance.
    fields.sort_by_key(|(common, first, _)| (!*common, *first));
    let bundle = match req {
        Request::Bundle { id, .. } => Some(id.to_string()),
        Request::Matters(_) => None,
    };
    Ok(Form {
        bundle,
        order: matters.iter().map(|m| m.code.clone()).collect(),
        matters,
        fields: fields.into_iter().map(|(_, _, f)| f).collect(),
        materials,
        conflicts,
        reasons: reasons.into_iter().map(Into::into).collect(),
    })
}
