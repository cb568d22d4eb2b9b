//! 前后置顺序 — ordering the matters of a form by their 前置 relations (`tj-2022-onething`
//! 三(一)1). Ties are broken by a canonical rank (the bundle's order, else the catalog's), so the
//! order the caller lists the matters in does not change the result.

use super::messages::FormText;
use crate::error::{Error, ErrorCode, Result};
use foldhash::{HashMap, HashMapExt};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Orders `codes` (with their canonical `rank`s and `after` lists) topologically; a cycle is a
/// `form.cycle` error naming it. O((n + e) log n). The flag says whether any 前置 relation
/// among these matters constrained the order.
pub fn order(codes: &[(&str, usize, &[String])]) -> Result<(Vec<usize>, bool)> {
    let idx: HashMap<&str, usize> = codes
        .iter()
        .enumerate()
        .map(|(i, (c, _, _))| (*c, i))
        .collect();
    let n = codes.len();
    let mut indegree = vec![0usize; n];
    let mut indegree_sum = 0usize;
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, (_, _, after)) in codes.iter().enumerate() {
        for a in after.iter() {
            if let Some(&j) = idx.get(a.as_str()) {
                if j != i {
                    next[j].push(i);
                    indegree[i] += 1;
                    indegree_sum += 1;
                } else {
                    return Err(cycle_error(&[codes[i].0, codes[i].0]));
                }
            }
        }
    }
    let mut ready: BinaryHeap<Reverse<(usize, usize)>> = (0..n)
        .filter(|&i| indegree[i] == 0)
        .map(|i| Reverse((codes[i].1, i)))
        .collect();
    let mut out = Vec::with_capacity(n);
    while let Some(Reverse((_, i))) = ready.pop() {
        out.push(i);
        for &k in &next[i] {
            indegree[k] -= 1;
            if indegree[k] == 0 {
                ready.push(Reverse((codes[k].1, k)));
            }
        }
    }
    if out.len() < n {
        // Walk back along 前置 edges among the remaining matters until one repeats.
        let remaining: Vec<bool> = (0..n).map(|i| indegree[i] > 0).collect();
        let start = (0..n).find(|&i| remaining[i]).unwrap_or(0);
        let mut seen: HashMap<usize, usize> = HashMap::new();
        let mut path = Vec::new();
        let mut cur = start;
        loop {
            if let Some(&pos) = seen.get(&cur) {
                let mut cycle: Vec<&str> = path[pos..]
                    .iter()
                    .rev()
                    .map(|&i: &usize| codes[i].0)
                    .collect();
                cycle.push(cycle[0]);
                return Err(cycle_error(&cycle));
            }
            seen.insert(cur, path.len());
            path.push(cur);
            let prev = codes[cur]
                .2
                .iter()
                .filter_map(|a| idx.get(a.as_str()).copied())
                .find(|&j| remaining[j]);
            match prev {
                Some(j) => cur = j,
                None => return Err(cycle_error(&[codes[cur].0])),
            }
        }
    }
    let constrained = indegree_sum > 0;
    Ok((out, constrained))
}

fn cycle_error(cycle: &[&str]) -> Error {
    Error::new(
        ErrorCode::FormCycle,
        FormText::Cycle {
            cycle: cycle.join(" → "),
        }
        .message(),
    )
}
