//! `form.merge` — one form for the chosen matters (SPEC §7): "一次告知、一表申请、一套材料".
//!
//! Linear in the number of form fields (plus the n log n of ordering the matters).

use super::constraints::{merge_constraints, Acc};
use super::messages::{FormMsg, FormText};
use super::order::order;
use super::{Conflict, Dept, Field, Form, FormMaterial, FormMatter, OwnField, Text};
use crate::catalog::Catalog;
use crate::error::{Error, ErrorCode, Result};
use crate::reason::Reason;
use foldhash::{HashMap, HashMapExt};

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
                                FormText::NotInBundle {
                                    code,
                                    bundle: &b.name,
                                }
                                .message(),
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
                                reasons.push(
                                    FormMsg::Together {
                                        matter: &name(other),
                                        with: &name(code),
                                    }
                                    .reason(),
                                );
                            }
                        }
                    }
                }
            }
        }
    }
    Ok(picks)
}

/// The fields and materials of the matters merged so far, by element and by material, and what
/// their results produce (一表申报: one field per element, one set of materials).
struct Merger<'c> {
    acc: Vec<Acc<'c>>,
    by_element: HashMap<&'c str, usize>,
    materials: Vec<FormMaterial>,
    by_material: HashMap<&'c str, usize>,
    mat_last: Vec<usize>,
    // What the results of the matters already merged produce, and which matter produces it.
    produced: HashMap<&'c str, &'c crate::catalog::Matter>,
    produced_by: HashMap<&'c str, Text>,
    /// The departments already listed for each merged field (its index, the department):
    /// O(1) de-duplication in one table for the whole form.
    departments: foldhash::HashSet<(usize, &'c str)>,
    /// How many matters are merged, up to 16: a field's lists start that long, so for the
    /// forms of a bundle they never grow, and a long list of matters still costs each field no
    /// more than a small constant up front.
    list_start: usize,
    pos: usize,
}

/// One matter as it is merged: its code, its department, its place in the order.
struct Here<'p> {
    code: Text,
    dept: Text,
    department: &'p str,
    index: usize,
}

impl<'c> Merger<'c> {
    /// Sized for the worst case (no field or material shared) so nothing grows while merging.
    fn new(n_fields: usize, n_materials: usize, n_matters: usize) -> Self {
        Merger {
            acc: Vec::with_capacity(n_fields),
            by_element: HashMap::with_capacity(n_fields),
            materials: Vec::with_capacity(n_materials),
            by_material: HashMap::with_capacity(n_materials),
            mat_last: Vec::with_capacity(n_materials),
            produced: HashMap::new(),
            produced_by: HashMap::new(),
            departments: foldhash::HashSetExt::with_capacity(n_fields),
            list_start: n_matters.min(16),
            pos: 0,
        }
    }

    /// A matter's form fields, merged by data element; returns the matter's own fields.
    fn fields(
        &mut self,
        cat: &'c Catalog,
        m: &'c crate::catalog::Matter,
        h: &Here<'c>,
    ) -> Vec<OwnField> {
        let (code, dept, here) = (&h.code, &h.dept, h.index);
        let mut own = Vec::with_capacity(m.form.len());
        for f in &m.form {
            let Some((el, texts)) = cat.element_texts(&f.element) else {
                continue;
            };
            let k = *self.by_element.entry(el.id.as_str()).or_insert_with(|| {
                self.acc.push(Acc {
                    element: el,
                    id: texts[0].clone(),
                    label: texts[1].clone(),
                    required: false,
                    needed_by: Vec::with_capacity(self.list_start),
                    last_matter: usize::MAX,
                    departments: Vec::with_capacity(self.list_start),
                    first: self.pos,
                    sides: Vec::with_capacity(self.list_start),
                });
                self.acc.len() - 1
            });
            self.pos += 1;
            let a = &mut self.acc[k];
            let made = self.produced.get(el.id.as_str()).copied();
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
                    self.produced_by
                        .entry(el.id.as_str())
                        .or_insert_with(|| Text::from(by.code.as_str()));
                }
                None => a.required |= f.required,
            }
            if a.last_matter != here {
                a.last_matter = here;
                a.needed_by.push(code.clone());
                if self.departments.insert((k, h.department)) {
                    a.departments.push(dept.clone());
                }
            }
            a.sides.push((m.code.as_str(), f));
        }
        own
    }

    /// A matter's materials, merged by material: one set, what an earlier matter produces not
    /// asked for.
    fn materials(&mut self, cat: &'c Catalog, m: &'c crate::catalog::Matter, h: &Here<'c>) {
        let (code, here) = (&h.code, h.index);
        for mm in &m.materials {
            let Some((mat, texts)) = cat.material_texts(&mm.material) else {
                continue;
            };
            let k = *self.by_material.entry(mat.id.as_str()).or_insert_with(|| {
                self.materials.push(FormMaterial {
                    material: texts[0].clone(),
                    name: texts[1].clone(),
                    required: false,
                    common: false,
                    needed_by: Vec::new(),
                    produced_by: None,
                });
                self.mat_last.push(usize::MAX);
                self.materials.len() - 1
            });
            let x = &mut self.materials[k];
            match self.produced.get(mat.id.as_str()) {
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
            if self.mat_last[k] != here {
                self.mat_last[k] = here;
                x.needed_by.push(code.clone());
            }
            x.common = x.needed_by.len() > 1;
        }
        for thing in &m.produces {
            self.produced.entry(thing.as_str()).or_insert(m);
        }
    }
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
        reasons.push(FormMsg::Order.reason());
    }
    let mut matters = Vec::with_capacity(ordered.len());
    let (n_fields, n_materials) = picks
        .iter()
        .filter_map(|p| cat.matter(p.code))
        .fold((0, 0), |(f, m), x| {
            (f + x.form.len(), m + x.materials.len())
        });
    let mut g = Merger::new(n_fields, n_materials, ordered.len());
    for &i in &ordered {
        let p = &picks[i];
        let m = cat.require_matter(p.code, String::new)?;
        let [code, name] = cat
            .matter_texts(p.code)
            .cloned()
            .unwrap_or_else(|| [Text::from(m.code.as_str()), Text::from(m.name.as_str())]);
        let [dept_id, dept_name] = cat.department_texts(p.department);
        let h = Here {
            code,
            dept: dept_id,
            department: p.department,
            index: matters.len(),
        };
        let own = g.fields(cat, m, &h);
        g.materials(cat, m, &h);
        matters.push(FormMatter {
            code: h.code,
            name,
            department: Dept {
                id: h.dept,
                name: dept_name,
            },
            pulled_in_by: p.pulled_in_by.map(Text::from),
            fields: own,
        });
    }
    let mut conflicts = Vec::new();
    let mut fields = finish(g.acc, &g.produced_by, &mut conflicts);
    let materials = g.materials;
    produced_reasons(cat, &fields, &materials, &mut reasons);
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

/// Each merged field with its constraints merged (conflicts reported), keyed for the order:
/// `(common, first appearance, field)`.
fn finish(
    acc: Vec<Acc<'_>>,
    produced_by: &HashMap<&str, Text>,
    conflicts: &mut Vec<Conflict>,
) -> Vec<(bool, usize, Field)> {
    acc.into_iter()
        .map(|a| {
            let constraints = merge_constraints(&a, conflicts);
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
        .collect()
}

/// What the platform fills in from an earlier matter's result (一件事 三(一)2).
fn produced_reasons(
    cat: &Catalog,
    fields: &[(bool, usize, Field)],
    materials: &[FormMaterial],
    reasons: &mut Vec<Reason>,
) {
    let name_of = |code: &Text| {
        cat.matter(code)
            .map_or(code.to_string(), |m| m.name.clone())
    };
    for (_, _, f) in fields {
        if let Some(by) = &f.produced_by {
            reasons.push(
                FormMsg::ProducedField {
                    field: &f.label,
                    by: &name_of(by),
                }
                .reason(),
            );
        }
    }
    for x in materials {
        if let Some(by) = &x.produced_by {
            reasons.push(
                FormMsg::ProducedMaterial {
                    material: &x.name,
                    by: &name_of(by),
                }
                .reason(),
            );
        }
    }
}
