//! `credit.repair_check` — whether a credit-repair application holds the six items of
//! `tj-2018-discipline` 第十二条.

use crate::reason::{doc, Citation};
use serde::{Deserialize, Serialize};

/// The items of a repair application (第十二条(一)…(六)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Application {
    /// (一) 修复申请书
    #[serde(default)]
    pub application_letter: bool,
    /// (二) 行政相对人主体资格证明
    #[serde(default)]
    pub subject_qualification: bool,
    /// (三) 按照事项行政审批条件补齐相关申请材料证明
    #[serde(default)]
    pub materials_supplied_proof: bool,
    /// (四) 依法履行行政处罚决定证明材料
    #[serde(default)]
    pub penalties_fulfilled_proof: bool,
    /// (五) 对违法行为进行整改、消除危害后果的证明材料
    #[serde(default)]
    pub rectification_proof: bool,
    /// (六) 行政机关需要的其他材料: what the authority asked for …
    #[serde(default)]
    pub other_requested: Vec<String>,
    /// … and what was provided of it.
    #[serde(default)]
    pub other_provided: Vec<String>,
}

/// One missing item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "RepairMissing"))]
pub struct Missing {
    /// Field name.
    pub item: String,
    /// The item as 第十二条 names it.
    pub label: String,
    /// Where it is required.
    pub citation: Citation,
}

/// What is missing from an application.
pub fn check(a: &Application) -> Vec<Missing> {
    let art = |n: &'static str| Citation::new(doc::TJ_2018_DISCIPLINE, n);
    let mut out = Vec::new();
    for (present, item, label, n) in [
        (
            a.application_letter,
            "application_letter",
            "修复申请书",
            "第十二条(一)",
        ),
        (
            a.subject_qualification,
            "subject_qualification",
            "行政相对人主体资格证明",
            "第十二条(二)",
        ),
        (
            a.materials_supplied_proof,
            "materials_supplied_proof",
            "按照事项行政审批条件补齐相关申请材料证明",
            "第十二条(三)",
        ),
        (
            a.penalties_fulfilled_proof,
            "penalties_fulfilled_proof",
            "依法履行行政处罚决定证明材料",
            "第十二条(四)",
        ),
        (
            a.rectification_proof,
            "rectification_proof",
            "对违法行为进行整改、消除危害后果的证明材料",
            "第十二条(五)",
        ),
    ] {
        if !present {
            out.push(Missing {
                item: item.into(),
                label: label.into(),
                citation: art(n),
            });
        }
    }
    let provided: std::collections::HashSet<&str> =
        a.other_provided.iter().map(String::as_str).collect();
    for other in &a.other_requested {
        if !provided.contains(other.as_str()) {
            out.push(Missing {
                item: format!("other:{other}"),
                label: format!("行政机关需要的其他材料：{other}"),
                citation: art("第十二条(六)"),
            });
        }
    }
    out
}
