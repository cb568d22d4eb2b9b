//! `form.merge` — one form for the chosen matters (SPEC §7): "一次告知、一表申请、一套材料".
//!
//! Linear in the number of form fields (plus the n log n of ordering the matters).

use super::order::order;
use super::validate::{compare, Ordering3};
use super::{
    Conflict, Dept, Field, FieldConstraints, Form, FormMaterial, FormMatter, OwnField, Side, Text,
};
use crate::catalog::types::ElementType;
use crate::catalog::{Catalog, Element, FormField};
use crate::error::{Error, ErrorCode, Result};
use crate::reason::{doc, Citation, Reason};
use foldhash::{HashMap, HashMapExt};
use serde_json::Value;

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

struct Pick<'a> {
    code: &'a str,
    rank: usize,
    department: &'a str,
    pulled_in_by: Option<&'a str>,
}

fn select<'a>(
    cat: &'a Catalog,
    req: Request<'a>,
    reasons: &mut Vec<Reason>,
) -> Result<Vec<Pick<'a>>> {
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
            let mut taken: foldhash::HashSet<&str> =
                foldhash::HashSetExt::with_capacity(codes.len());
            for (i, code) in codes.iter().enumerate() {
                let m = cat.require_matter(code, || format!("matters[{i}]"))?;
                if !taken.insert(code.as_str()) {
                    continue;
                }
                picks.push(Pick {
                    code: code.as_str(),
                    rank: rank.get(code.as_str()).copied().unwrap_or(usize::MAX),
                    department: m.department.as_deref().unwrap_or_default(),
                    pulled_in_by: None,
                });
            }
        }
        Request::Bundle { id, choose } => {
            let b = cat.require_bundle(id)?;
            let entry = |code: &str| b.matters.iter().position(|bm| bm.matter == code);
            let chosen: Vec<usize> = match choose {
                None => (0..b.matters.len()).collect(),
                Some(codes) => {
                    let mut v = Vec::new();
                    let mut seen = foldhash::HashSet::default();
                    for (i, code) in codes.iter().enumerate() {
                        let p = entry(code).ok_or_else(|| {
                            Error::new(
                                ErrorCode::FormNotInBundle,
                                msg!(
                                    format!("{code:?} 不是“{}”的事项", b.name),
                                    format!("{code:?} is not a matter of {}", b.name)
                                ),
                            )
                            .at(format!("choose[{i}]"))
                        })?;
                        if seen.insert(p) {
                            v.push(p);
                        }
                    }
                    v
                }
            };
            let mut picked: foldhash::HashSet<&'a str> = foldhash::HashSet::default();
            let mut take = |p: usize, by: Option<&'a str>, picks: &mut Vec<Pick<'a>>| {
                let bm = &b.matters[p];
                if !picked.insert(bm.matter.as_str()) {
                    return false;
                }
                picks.push(Pick {
                    code: bm.matter.as_str(),
                    rank: p,
                    department: bm.department.as_str(),
                    pulled_in_by: by,
                });
                true
            };
            for &p in &chosen {
                take(p, None, &mut picks);
            }
            // Matters the law requires to be handled together come along (三(一)2).
            let mut groups_of: HashMap<&str, Vec<&Vec<String>>> = HashMap::new();
            for g in &b.together {
                for c in g {
                    let e = groups_of.entry(c.as_str()).or_default();
                    // A group naming a matter twice is listed once for it.
                    if !e.last().is_some_and(|last| std::ptr::eq(*last, g)) {
                        e.push(g);
                    }
                }
            }
            for &p in &chosen {
                let code = &b.matters[p].matter;
                for group in groups_of.get(code.as_str()).into_iter().flatten() {
                    for other in group.iter() {
                        if let Some(q) = entry(other) {
                            if take(q, Some(code.as_str()), &mut picks) {
                                let name = |c: &str| {
                                    cat.matter(c).map_or(c.to_string(), |m| m.name.clone())
                                };
                                reasons.push(Reason::new(
                                    "form.together",
                                    msg!(
                                        format!(
                                            "按法律规定，{}与{}一并办理",
                                            name(other),
                                            name(code)
                                        ),
                                        format!(
                                            "{} is handled together with {} as the law requires",
                                            name(other),
                                            name(code)
                                        )
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
    /// The element's id and label, allocated once and shared by every field that shows them.
    id: Text,
    label: Text,
    required: bool,
    needed_by: Vec<Text>,
    /// Index (in form order) of the last matter added to `needed_by`: O(1) de-duplication.
    last_matter: usize,
    departments: Vec<Text>,
    /// The departments already in `departments`: O(1) de-duplication.
    department_set: foldhash::HashSet<&'a str>,
    first: usize,
    sides: Vec<(&'a str, &'a FormField)>,
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

/// A borrowed view of one source's constraints (the element's own, or one form's).
#[derive(Clone, Copy)]
struct View<'a> {
    source: &'a str,
    max_len: Option<u32>,
    min: Option<&'a Value>,
    max: Option<&'a Value>,
    pattern: Option<&'a str>,
    options: Option<&'a [String]>,
}

fn views<'a>(acc: &'a Acc<'a>) -> impl Iterator<Item = View<'a>> + 'a {
    let e = acc.element;
    std::iter::once(View {
        source: "element",
        max_len: e.max_len,
        min: e.min.as_ref(),
        max: e.max.as_ref(),
        pattern: e.pattern.as_deref(),
        options: e.options.as_deref(),
    })
    .chain(acc.sides.iter().map(|(code, f)| View {
        source: code,
        max_len: f.max_len,
        min: f.min.as_ref(),
        max: f.max.as_ref(),
        pattern: f.pattern.as_deref(),
        options: f.options.as_deref(),
    }))
}

fn sides<'a>(acc: &'a Acc<'a>, get: impl Fn(&View<'a>) -> Option<Value>) -> Vec<Side> {
    views(acc)
        .filter_map(|v| {
            get(&v).map(|value| Side {
                source: v.source.to_string(),
                value,
            })
        })
        .collect()
}

/// The strictest constraints of all sources; conflicts (with every side) when they cannot all
/// hold. One pass over the sources; sides are only built for a conflict.
fn merge_constraints(acc: &Acc<'_>, conflicts: &mut Vec<Conflict>) -> FieldConstraints {
    let e = acc.element;
    let kind = e.kind;
    let mut out = FieldConstraints::default();
    let (mut lo, mut hi): (Option<&Value>, Option<&Value>) = (None, None);
    let (mut bad_min, mut bad_max, mut any_options) = (false, false, false);
    let mut inter: Option<Vec<&String>> = None;
    for v in views(acc) {
        if let Some(l) = v.max_len {
            out.max_len = Some(out.max_len.map_or(l, |x| x.min(l)));
        }
        if let Some(m) = v.min {
            if num_or_date(kind, m) {
                if lo.is_none_or(|cur| compare(kind, m, cur) == Some(Ordering3::Greater)) {
                    lo = Some(m);
                }
            } else {
                bad_min = true;
            }
        }
        if let Some(m) = v.max {
            if num_or_date(kind, m) {
                if hi.is_none_or(|cur| compare(kind, m, cur) == Some(Ordering3::Less)) {
                    hi = Some(m);
                }
            } else {
                bad_max = true;
            }
        }
        if let Some(p) = v.pattern {
            if !out.patterns.iter().any(|x| x == p) {
                out.patterns.push(p.to_string());
            }
        }
        if let Some(o) = v.options {
            any_options = true;
            inter = Some(match inter {
                None => o.iter().collect(),
                Some(mut cur) => {
                    cur.retain(|x| o.contains(x));
                    cur
                }
            });
        }
    }
    for (bad, name) in [(bad_min, "min"), (bad_max, "max")] {
        if bad {
            let pick = |v: &View<'_>| -> Option<Value> {
                let x = if name == "min" { v.min } else { v.max };
                x.filter(|x| !num_or_date(kind, x)).cloned()
            };
            conflicts.push(Conflict {
                element: e.id.clone(),
                kind: "type".into(),
                sides: sides(acc, pick),
                message: msg!(
                    format!("{name} 与{}类型的取值不符", kind.label()),
                    format!("{name} does not fit a {} value", kind.name())
                )
                .into(),
            });
        }
    }
    out.min = lo.cloned();
    out.max = hi.cloned();
    if let (Some(l), Some(h)) = (lo, hi) {
        if compare(kind, l, h) == Some(Ordering3::Greater) {
            let mut s = sides(acc, |v| v.min.cloned());
            s.extend(sides(acc, |v| v.max.cloned()));
            conflicts.push(Conflict {
                element: e.id.clone(),
                kind: "range".into(),
                sides: s,
                message: msg!(
                    format!("没有取值能同时不小于{l}且不大于{h}"),
                    format!("no value can be at least {l} and at most {h}")
                )
                .into(),
            });
        }
    }
    if any_options {
        let opt_sides = || sides(acc, |v| v.options.map(|o| Value::from(o.to_vec())));
        if kind != ElementType::Enum {
            conflicts.push(Conflict {
                element: e.id.clone(),
                kind: "type".into(),
                sides: opt_sides(),
                message: msg!(
                    format!("{}类型的取值不应有可选项", kind.label()),
                    format!("options given for a {} value", kind.name())
                )
                .into(),
            });
        }
        let inter: Vec<String> = inter.unwrap_or_default().into_iter().cloned().collect();
        if inter.is_empty() {
            conflicts.push(Conflict {
                element: e.id.clone(),
                kind: "options".into(),
                sides: opt_sides(),
                message: msg!(
                    "没有一个可选项能被所有表单接受",
                    "no option is allowed by every form"
                )
                .into(),
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
    let keyed: Vec<(&str, usize, &[String])> = picks
        .iter()
        .map(|p| {
            (
                p.code,
                p.rank,
                cat.matter(p.code).map_or(&[][..], |m| m.after.as_slice()),
            )
        })
        .collect();
    let (ordered, constrained) = order(&keyed)?;
    if constrained {
        reasons.push(Reason::new(
            "form.order",
            msg!(
                "事项按前置关系排序",
                "matters are ordered by their 前置 relations"
            ),
            Citation::new(doc::TJ_2022_ONETHING, "三(一)1"),
        ));
    }
    let mut matters = Vec::with_capacity(ordered.len());
    // Sized for the worst case (no field or material shared) so nothing grows while merging.
    let (n_fields, n_materials) = picks
        .iter()
        .filter_map(|p| cat.matter(p.code))
        .fold((0, 0), |(f, m), x| {
            (f + x.form.len(), m + x.materials.len())
        });
    let mut acc: Vec<Acc<'_>> = Vec::with_capacity(n_fields);
    let mut by_element: HashMap<&str, usize> = HashMap::with_capacity(n_fields);
    let mut materials: Vec<FormMaterial> = Vec::with_capacity(n_materials);
    let mut by_material: HashMap<&str, usize> = HashMap::with_capacity(n_materials);
    let mut mat_last: Vec<usize> = Vec::with_capacity(n_materials);
    let mut dept_text: HashMap<&str, Text> = HashMap::new();
    // What the results of the matters already merged produce, and which matter produces it.
    let mut produced: HashMap<&str, &crate::catalog::Matter> = HashMap::new();
    let mut produced_by: HashMap<&str, Text> = HashMap::new();
    let mut pos = 0usize;
    for &i in &ordered {
        let p = &picks[i];
        let m = cat.require_matter(p.code, String::new)?;
        let code: Text = Text::from(m.code.as_str());
        let dept = dept_text
            .entry(p.department)
            .or_insert_with(|| Text::from(p.department))
            .clone();
        let here = matters.len();
        let mut own = Vec::with_capacity(m.form.len());
        for f in &m.form {
            let Some(el) = cat.element(&f.element) else {
                continue;
            };
            let k = *by_element.entry(el.id.as_str()).or_insert_with(|| {
                acc.push(Acc {
                    element: el,
                    id: Text::from(el.id.as_str()),
                    label: Text::from(el.label.as_str()),
                    required: false,
                    needed_by: Vec::new(),
                    last_matter: usize::MAX,
                    departments: Vec::new(),
                    department_set: foldhash::HashSet::default(),
                    first: pos,
                    sides: Vec::new(),
                });
                acc.len() - 1
            });
            pos += 1;
            let a = &mut acc[k];
            let made = produced.get(el.id.as_str()).copied();
            own.push(OwnField {
                element: a.id.clone(),
                label: f
                    .label
                    .as_deref()
                    .map_or_else(|| a.label.clone(), Text::from),
                required: f.required,
            });
            match made {
                Some(by) => {
                    produced_by
                        .entry(el.id.as_str())
                        .or_insert_with(|| Text::from(by.code.as_str()));
                }
                None => a.required |= f.required,
            }
            if a.last_matter != here {
                a.last_matter = here;
                a.needed_by.push(code.clone());
                if a.department_set.insert(p.department) {
                    a.departments.push(dept.clone());
                }
            }
            a.sides.push((m.code.as_str(), f));
        }
        for mm in &m.materials {
            let Some(mat) = cat.material(&mm.material) else {
                continue;
            };
            let k = *by_material.entry(mat.id.as_str()).or_insert_with(|| {
                materials.push(FormMaterial {
                    material: Text::from(mat.id.as_str()),
                    name: Text::from(mat.name.as_str()),
                    required: false,
                    common: false,
                    needed_by: Vec::new(),
                    produced_by: None,
                });
                mat_last.push(usize::MAX);
                materials.len() - 1
            });
            let x = &mut materials[k];
            match produced.get(mat.id.as_str()) {
                Some(by) if !x.required => {
                    x.produced_by
                        .get_or_insert_with(|| Text::from(by.code.as_str()));
                }
                _ => {
                    x.required |= mm.required;
                    if x.required {
                        x.produced_by = None;
                    }
                }
            }
            if mat_last[k] != here {
                mat_last[k] = here;
                x.needed_by.push(code.clone());
            }
            x.common = x.needed_by.len() > 1;
        }
        for thing in &m.produces {
            produced.entry(thing.as_str()).or_insert(m);
        }
        matters.push(FormMatter {
            code,
            name: Text::from(m.name.as_str()),
            department: Dept {
                id: dept,
                name: Text::from(cat.department_name(p.department)),
            },
            pulled_in_by: p.pulled_in_by.map(Text::from),
            fields: own,
        });
    }
    let mut conflicts = Vec::new();
    let mut fields: Vec<(bool, usize, Field)> = acc
        .into_iter()
        .map(|a| {
            let constraints = merge_constraints(&a, &mut conflicts);
            let common = a.needed_by.len() > 1;
            (
                common,
                a.first,
                Field {
                    element: a.id,
                    label: a.label,
                    kind: a.element.kind,
                    required: a.required,
                    constraints,
                    shared_source: a.element.shared_source.clone(),
                    common,
                    needed_by: a.needed_by,
                    departments: a.departments,
                    // Asked anyway when a matter before the producer requires it.
                    produced_by: if a.required {
                        None
                    } else {
                        produced_by.get(a.element.id.as_str()).cloned()
                    },
                },
            )
        })
        .collect();
    let name_of = |code: &Text| {
        cat.matter(code)
            .map_or(code.to_string(), |m| m.name.clone())
    };
    for (_, _, f) in &fields {
        if let Some(by) = &f.produced_by {
            reasons.push(Reason::new(
                "form.produced",
                msg!(
                    format!("{}由{}办结后产生，由系统回填，申请人无需填写", f.label, name_of(by)),
                    format!("{} comes from the result of {}: filled in by the platform, not asked of the applicant", f.label, name_of(by))
                ),
                Citation::new(doc::TJ_2022_ONETHING, "三(一)2"),
            ));
        }
    }
    for x in &materials {
        if let Some(by) = &x.produced_by {
            reasons.push(Reason::new(
                "form.produced",
                msg!(
                    format!("{}由{}办结后产生，申请人无需提交", x.name, name_of(by)),
                    format!(
                        "{} is the result of {}: not asked of the applicant",
                        x.name,
                        name_of(by)
                    )
                ),
                Citation::new(doc::TJ_2022_ONETHING, "三(一)2"),
            ));
        }
    }
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
