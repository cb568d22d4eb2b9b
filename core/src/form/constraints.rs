//! Merging one field's constraints across the forms that ask for it (一表申报, `tj-2022-onething`
//! 三(一)1): the strictest of all, or a conflict naming every side when they cannot all hold.

use super::messages::FormText;
use super::validate::{compare, Ordering3};
use super::{Conflict, FieldConstraints, Side, Text};
use crate::catalog::types::ElementType;
use crate::catalog::{Element, FormField};
use serde_json::Value;

/// One merged field while merging: its element, every form's side, who needs it.
pub(super) struct Acc<'a> {
    pub(super) element: &'a Element,
    /// The element's id and label, allocated once and shared by every field that shows them.
    pub(super) id: Text,
    pub(super) label: Text,
    pub(super) required: bool,
    pub(super) needed_by: Vec<Text>,
    /// Index (in form order) of the last matter added to `needed_by`: O(1) de-duplication.
    pub(super) last_matter: usize,
    pub(super) departments: Vec<Text>,
    pub(super) first: usize,
    pub(super) sides: Vec<(&'a str, &'a FormField)>,
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
pub(super) fn merge_constraints(acc: &Acc<'_>, conflicts: &mut Vec<Conflict>) -> FieldConstraints {
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
                message: FormText::BoundType { bound: name, kind }.message().into(),
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
                message: FormText::EmptyRange {
                    min: l.to_string(),
                    max: h.to_string(),
                }
                .message()
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
                message: FormText::OptionsForType { kind }.message().into(),
            });
        }
        let inter: Vec<String> = inter.unwrap_or_default().into_iter().cloned().collect();
        if inter.is_empty() {
            conflicts.push(Conflict {
                element: e.id.clone(),
                kind: "options".into(),
                sides: opt_sides(),
                message: FormText::NoCommonOption.message().into(),
            });
        }
        out.options = Some(inter);
    }
    out
}
