//! The checks of materials (公开公示办法 第十二条(四)), of 前置 relations (一件事 三(一)1) and of
//! bundles (一件事 三(一)).

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
                msg!(
                    format!("{}：未标明主审/非主审", mat.name),
                    format!("{}: no rank (主审/非主审)", mat.name)
                ),
            );
        }
        if mat.attribute.is_none() {
            push(
                Rule::MaterialMissingAttribute,
                at("attribute"),
                msg!(
                    format!("{}：未标明共性/个性", mat.name),
                    format!("{}: no attribute (共性/个性)", mat.name)
                ),
            );
        }
        if mat.source.is_none() {
            push(
                Rule::MaterialMissingSource,
                at("source"),
                msg!(
                    format!("{}：未标明材料来源", mat.name),
                    format!("{}: no source", mat.name)
                ),
            );
        }
        if mat.notes.as_deref().is_none_or(|n| n.trim().is_empty()) {
            push(
                Rule::MaterialMissingNotes,
                at("notes"),
                msg!(
                    format!("{}：未写明准备要点", mat.name),
                    format!("{}: no preparation notes (准备要点)", mat.name)
                ),
            );
        }
        if mat.is_form && (mat.blank.is_none() || mat.sample.is_none()) {
            push(
                Rule::MaterialFormWithoutBlankOrSample,
                at("blank"),
                msg!(
                    format!("{}：申请表须提供空白表格和填写样本", mat.name),
                    format!(
                        "{}: an application form needs a blank and a filled sample",
                        mat.name
                    )
                ),
            );
        } else if !mat.is_form && mat.source == Some(Source::Applicant) && mat.template.is_none() {
            push(
                Rule::MaterialApplicantWithoutTemplate,
                at("template"),
                msg!(
                    format!("{}：由申请人自备，但未提供模板", mat.name),
                    format!(
                        "{}: prepared by the applicant but no template is given",
                        mat.name
                    )
                ),
            );
        }
        if let Some(src) = &mat.shared_source {
            if mat.source != Some(Source::Government) {
                push(
                    Rule::MaterialSharedButAsked,
                    at("source"),
                    msg!(
                        format!("{}：{src}已有此材料，应通过共享获取，不应向申请人索要", mat.name),
                        format!(
                            "{}: {src} holds it; obtain it by sharing instead of asking the applicant",
                            mat.name
                        )
                    ),
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
            msg!(
                format!("前置关系形成循环：{}", cycle.join(" → ")),
                format!("前置 relations form a cycle: {}", cycle.join(" → "))
            ),
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
                            msg!(
                                format!(
                                    "{}（{}）：一件事清单写的是{}，事项的实施部门是{}",
                                    m.name,
                                    b.name,
                                    cat.department_name(&bm.department),
                                    cat.department_name(d)
                                ),
                                format!(
                                    "{} in {}: the bundle names {}, the matter is implemented by {}",
                                    m.name,
                                    b.name,
                                    cat.department_name(&bm.department),
                                    cat.department_name(d)
                                )
                            ),
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
