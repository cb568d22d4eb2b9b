//! 法律规范的位阶 — the kind of norm a requirement rests on: law, administrative regulation,
//! local regulation, rules, or documents that are not norms at all.
//!
//! The reform reads it twice: a proof or material needs a basis in 法律法规规章 (`tj-2018-notice`
//! 三(二), 三(六); `baodi-2018` 二(一)2), and a 子项 or 类型项 set by a 部门规章 alone is cancelled
//! (`tj-2018-notice` 三(一)).

use serde::{Deserialize, Serialize};

/// The kind of norm a requirement rests on (法律规范的位阶).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BasisKind {
    /// 法律
    Law,
    /// 行政法规
    AdministrativeRegulation,
    /// 地方性法规
    LocalRegulation,
    /// 部门规章
    DepartmentRules,
    /// 地方政府规章
    LocalGovernmentRules,
    /// 规范性文件 — does not count
    NormativeDocument,
    /// 部门红头文件 — does not count
    DepartmentDocument,
    /// 工作习惯、工作需要 — does not count
    Habit,
    /// none at all
    None,
}

impl BasisKind {
    /// Whether the norm is a law, regulation or rule (法律法规规章).
    pub const fn counts(self) -> bool {
        matches!(
            self,
            BasisKind::Law
                | BasisKind::AdministrativeRegulation
                | BasisKind::LocalRegulation
                | BasisKind::DepartmentRules
                | BasisKind::LocalGovernmentRules
        )
    }

    /// The Chinese term.
    pub const fn label(self) -> &'static str {
        match self {
            BasisKind::Law => "法律",
            BasisKind::AdministrativeRegulation => "行政法规",
            BasisKind::LocalRegulation => "地方性法规",
            BasisKind::DepartmentRules => "部门规章",
            BasisKind::LocalGovernmentRules => "地方政府规章",
            BasisKind::NormativeDocument => "规范性文件",
            BasisKind::DepartmentDocument => "部门文件",
            BasisKind::Habit => "工作习惯或工作需要",
            BasisKind::None => "无依据",
        }
    }
}
