//! 法律规范的位阶 — the kind of norm a requirement rests on: law, administrative regulation,
//! local regulation, rules, or documents that are not norms at all.
//!
//! The reform reads it twice: a proof or material needs a basis in 法律法规规章 (`tj-2018-notice`
//! 三(二), 三(六); `baodi-2018` 二(一)2), and a 子项 or 类型项 set by a 部门规章 alone is cancelled
//! (`tj-2018-notice` 三(一)).

wire_enum! {
    /// The kind of norm a requirement rests on (法律规范的位阶).
    BasisKind {
        /// 法律
        Law => "law", "法律";
        /// 行政法规
        AdministrativeRegulation => "administrative_regulation", "行政法规";
        /// 地方性法规
        LocalRegulation => "local_regulation", "地方性法规";
        /// 部门规章
        DepartmentRules => "department_rules", "部门规章";
        /// 地方政府规章
        LocalGovernmentRules => "local_government_rules", "地方政府规章";
        /// 规范性文件 — does not count
        NormativeDocument => "normative_document", "规范性文件";
        /// 部门红头文件 — does not count
        DepartmentDocument => "department_document", "部门文件";
        /// 工作习惯、工作需要 — does not count
        Habit => "habit", "工作习惯或工作需要";
        /// none at all
        None => "none", "无依据";
    }
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
}
