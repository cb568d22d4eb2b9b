//! The checks of materials (公开公示办法 第十二条(四)), of 前置 relations (一件事 三(一)1) and of
//! bundles (一件事 三(一)).

use super::messages::LintMsg;
use super::{Out, Rule};
use crate::catalog::types::{MatterKind, Source};
use crate::catalog::{Catalog, Matter};
use foldhash::HashMap;

/// Checks the materials, the 前置 graph and the bundles.
pub(super) fn check(cat: &Catalog, out: &mut Out) {
    let data = cat.data();
    // Materials (第十二条(四)).
    for (i, mat) in data.materials.iter().enumerate() {
        if out.full() {
            return;
        }
        let at = |f: &str| format!("materials[{i}].{f}");
        let mut push = |id: Rule, path: String, msg: std::borrow::Cow<'static, str>| {
            out.push(id, path, msg).material = Some(mat.id.clone());
        };
        if mat.rank.is_none() {
            push(
                Rule::MaterialMissingRank,
                at("rank"),
                LintMsg::MissingRank { name: &mat.name }.message(),
            );
        }
        if mat.attribute.is_none() {
            push(
                Rule::MaterialMissingAttribute,
                at("attribute"),
                LintMsg::MissingAttribute { name: &mat.name }.message(),
            );
        }
        if mat.source.is_none() {
            push(
                Rule::MaterialMissingSource,
                at("source"),
                LintMsg::MissingSource { name: &mat.name }.message(),
            );
        }
        if mat.notes.as_deref().is_none_or(|n| n.trim().is_empty()) {
            push(
                Rule::MaterialMissingNotes,
                at("notes"),
                LintMsg::MissingNotes { name: &mat.name }.message(),
            );
        }
        if mat.is_form && (mat.blank.is_none() || mat.sample.is_none()) {
            push(
                Rule::MaterialFormWithoutBlankOrSample,
                at("blank"),
                LintMsg::FormWithoutBlankOrSample { name: &mat.name }.message(),
            );
        } else if !mat.is_form && mat.source == Some(Source::Applicant) && mat.template.is_none() {
            push(
                Rule::MaterialApplicantWithoutTemplate,
                at("template"),
                LintMsg::ApplicantWithoutTemplate { name: &mat.name }.message(),
            );
        }
        if let Some(src) = &mat.shared_source {
            if mat.source != Some(Source::Government) {
                push(
                    Rule::MaterialSharedButAsked,
                    at("source"),
                    LintMsg::SharedButAsked {
                        name: &mat.name,
                        source: src,
                    }
                    .message(),
                );
            }
        }
    }

    // 前置 cycles.
    if let Some(cycle) = after_cycle(cat) {
        let first = &cycle[0];
        let i = data
            .matters
            .iter()
            .position(|m| &m.code == first)
            .unwrap_or(0);
        out.push(
            Rule::MatterAfterCycle,
            format!("matters[{i}].after"),
            LintMsg::AfterCycle {
                cycle: cycle.join(" → "),
            }
            .message(),
        )
        .matter = Some(first.clone());
    }

    // Bundles (一件事 三(一)).
    for (i, b) in data.bundles.iter().enumerate() {
        for (j, bm) in b.matters.iter().enumerate() {
            if let Some(m) = cat.matter(&bm.matter) {
                if let Some(d) = &m.department {
                    if d != &bm.department && !bm.co_departments.contains(d) {
                        let f = out.push(
                            Rule::BundleDepartmentMismatch,
                            format!("bundles[{i}].matters[{j}].department"),
                            LintMsg::BundleDepartmentMismatch {
                                name: &m.name,
                                bundle: &b.name,
                                named: cat.department_name(&bm.department),
                                actual: cat.department_name(d),
                            }
                            .message(),
                        );
                        f.bundle = Some(b.id.clone());
                        f.matter = Some(m.code.clone());
                    }
                }
            }
        }
    }
}

/// Finds one cycle in the 前置 graph (codes, first repeated at the end), if any. Linear.
pub fn after_cycle(cat: &Catalog) -> Option<Vec<String>> {
    let data = cat.data();
    let n = data.matters.len();
    let idx: HashMap<&str, usize> = data
        .matters
        .iter()
        .enumerate()
        .map(|(i, m)| (m.code.as_str(), i))
        .collect();
    // 0 = unvisited, 1 = on the stack, 2 = done.
    let mut state = vec![0u8; n];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for start in 0..n {
        if state[start] != 0 {
            continue;
        }
        stack.push((start, 0));
        state[start] = 1;
        while let Some(top) = stack.len().checked_sub(1) {
            let (node, next) = stack[top];
            let after = &data.matters[node].after;
            if next < after.len() {
                stack[top].1 += 1;
                if let Some(&t) = idx.get(after[next].as_str()) {
                    match state[t] {
                        0 => {
                            state[t] = 1;
                            stack.push((t, 0));
                        }
                        1 => {
                            let pos = stack.iter().position(|(x, _)| *x == t).unwrap_or(0);
                            let mut cycle: Vec<String> = stack[pos..]
                                .iter()
                                .map(|(x, _)| data.matters[*x].code.clone())
                                .collect();
                            cycle.push(data.matters[t].code.clone());
                            return Some(cycle);
                        }
                        _ => {}
                    }
                }
            } else {
                state[node] = 2;
                stack.pop();
            }
        }
    }
    None
}

/// Finds `MatterKind`s in use that are out of scope (for stats).
pub fn out_of_scope(m: &Matter) -> bool {
    m.kind.is_some_and(|k: MatterKind| !k.in_scope())
}
