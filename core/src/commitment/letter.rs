//! 承诺书 — the commitment letter (`tj-2018-commitment` 第十二条, 第十三条, 第十四条(二)): the
//! applicant's eight affirmations, two copies signed by both sides, an agent allowed to sign.

use crate::reason::{doc, Citation};
use serde::{Deserialize, Serialize};

/// The eight affirmations of 第十二条.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Affirmations {
    /// (一) 已认真学习了相关法律法规规章和规范性文件
    #[serde(default)]
    pub studied_rules: bool,
    /// (二) 自身能够满足办理该事项的条件、标准和技术要求
    #[serde(default)]
    pub meets_conditions: bool,
    /// (三) 对于尚未提供的材料，能够在规定期限内予以提供，并符合法定形式和标准
    #[serde(default)]
    pub will_supply_in_time: bool,
    /// (四) 所提供的申请材料实质内容均真实、合法、有效
    #[serde(default)]
    pub materials_true: bool,
    /// (五) 所提供的纸质申请材料和电子申请材料内容完全一致
    #[serde(default)]
    pub copies_identical: bool,
    /// (六) 主动接受有关监管部门的监督和管理
    #[serde(default)]
    pub accepts_supervision: bool,
    /// (七) 愿意承担违反承诺的法律责任和后果
    #[serde(default)]
    pub bears_consequences: bool,
    /// (八) 以上陈述真实、有效，是其真实意思的表示
    #[serde(default)]
    pub statements_true: bool,
}

/// Who signed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Signatures {
    /// 行政相对人签章 (or its agent).
    #[serde(default)]
    pub applicant: bool,
    /// 履行审批职责的行政机关签章.
    #[serde(default)]
    pub authority: bool,
}

/// 委托代理人 (第十四条(二)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Agent {
    /// The agent's name.
    #[serde(default)]
    pub name: Option<String>,
    /// Whether a written authorisation (授权委托书) is attached.
    #[serde(default)]
    pub authorized: bool,
}

/// A commitment letter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Letter {
    /// 行政相对人基本信息 (name as it appears in the letter).
    #[serde(default)]
    pub applicant_name: Option<String>,
    /// The eight affirmations.
    #[serde(default)]
    pub affirmations: Affirmations,
    /// The signatures.
    #[serde(default)]
    pub signatures: Signatures,
    /// Copies made (一式两份).
    #[serde(default)]
    pub copies: u32,
    /// The agent, when one signs for the applicant.
    #[serde(default)]
    pub agent: Option<Agent>,
}

/// One missing part of a letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "LetterMissing"))]
pub struct Missing {
    /// Field path in the letter.
    pub item: &'static str,
    /// What is missing.
    pub label: &'static str,
    /// Where it is required.
    pub citation: Citation,
}

/// What the letter lacks; empty when complete.
pub fn check(l: &Letter) -> Vec<Missing> {
    let c = |a: &'static str| Citation::new(doc::TJ_2018_COMMITMENT, a);
    let a = &l.affirmations;
    let mut out = Vec::new();
    if l.applicant_name
        .as_deref()
        .is_none_or(|n| n.trim().is_empty())
    {
        out.push(Missing {
            item: "applicant_name",
            label: "行政相对人基本信息",
            citation: c("第十二条"),
        });
    }
    for (ok, item, label, art) in [
        (
            a.studied_rules,
            "affirmations.studied_rules",
            "已学习相关法律法规规章和规范性文件",
            "第十二条(一)",
        ),
        (
            a.meets_conditions,
            "affirmations.meets_conditions",
            "能够满足办理条件、标准和技术要求",
            "第十二条(二)",
        ),
        (
            a.will_supply_in_time,
            "affirmations.will_supply_in_time",
            "在规定期限内提供尚未提供的材料",
            "第十二条(三)",
        ),
        (
            a.materials_true,
            "affirmations.materials_true",
            "申请材料真实、合法、有效",
            "第十二条(四)",
        ),
        (
            a.copies_identical,
            "affirmations.copies_identical",
            "纸质与电子申请材料内容一致",
            "第十二条(五)",
        ),
        (
            a.accepts_supervision,
            "affirmations.accepts_supervision",
            "主动接受监督和管理",
            "第十二条(六)",
        ),
        (
            a.bears_consequences,
            "affirmations.bears_consequences",
            "承担违反承诺的法律责任",
            "第十二条(七)",
        ),
        (
            a.statements_true,
            "affirmations.statements_true",
            "陈述真实、有效",
            "第十二条(八)",
        ),
    ] {
        if !ok {
            out.push(Missing {
                item,
                label,
                citation: c(art),
            });
        }
    }
    if !l.signatures.applicant {
        out.push(Missing {
            item: "signatures.applicant",
            label: "行政相对人签章",
            citation: c("第十三条"),
        });
    }
    if !l.signatures.authority {
        out.push(Missing {
            item: "signatures.authority",
            label: "行政机关签章",
            citation: c("第十三条"),
        });
    }
    if l.copies < 2 {
        out.push(Missing {
            item: "copies",
            label: "承诺书一式两份",
            citation: c("第十三条"),
        });
    }
    if let Some(agent) = &l.agent {
        if agent.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
            out.push(Missing {
                item: "agent.name",
                label: "代理人姓名",
                citation: c("第十四条(二)"),
            });
        }
        if !agent.authorized {
            out.push(Missing {
                item: "agent.authorized",
                label: "授权委托书",
                citation: c("第十四条(二)"),
            });
        }
    }
    out
}
