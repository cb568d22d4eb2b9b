//! The enumerations of the catalog format (INTERFACE "Catalog format"), each with its Chinese
//! term and the article that defines it. Wire names are lower-case English; `label()` gives the
//! Chinese term used in outputs.

use crate::reason::{doc, Citation};

wire_enum! {
    /// 事项类型 — the kind of power or service (`gb-t-39046` A.1). Only some are in scope of
    /// 政务服务事项 (`tj-2018-notice` 一(二)); the others parse so that the lint can name them.
    MatterKind {
        /// 行政许可 (01)
        Licensing => "licensing", "行政许可";
        /// 行政处罚 (02) — out of scope
        Penalty => "penalty", "行政处罚";
        /// 行政强制 (03) — out of scope
        Coercion => "coercion", "行政强制";
        /// 行政征收 (04) — out of scope
        Levy => "levy", "行政征收";
        /// 行政给付 (05)
        Benefit => "benefit", "行政给付";
        /// 行政检查 (06) — out of scope
        Inspection => "inspection", "行政检查";
        /// 行政确认 (07)
        Confirmation => "confirmation", "行政确认";
        /// 行政奖励 (08)
        Award => "award", "行政奖励";
        /// 行政裁决 (09)
        Adjudication => "adjudication", "行政裁决";
        /// 其他行政权力 (10)
        Other => "other", "其他行政权力";
        /// 公共服务 (20)
        PublicService => "public_service", "公共服务";
        /// 内部管理 — out of scope, no code
        Internal => "internal", "内部管理事项";
    }
}

impl MatterKind {
    /// The two-digit `gb-t-39046` code, when the kind has one.
    pub const fn gb_code(self) -> Option<&'static str> {
        Some(match self {
            MatterKind::Licensing => "01",
            MatterKind::Penalty => "02",
            MatterKind::Coercion => "03",
            MatterKind::Levy => "04",
            MatterKind::Benefit => "05",
            MatterKind::Inspection => "06",
            MatterKind::Confirmation => "07",
            MatterKind::Award => "08",
            MatterKind::Adjudication => "09",
            MatterKind::Other => "10",
            MatterKind::PublicService => "20",
            MatterKind::Internal => return None,
        })
    }

    /// Whether matters of this kind are 政务服务事项 (`tj-2018-notice` 一(二)(三)).
    pub const fn in_scope(self) -> bool {
        !matches!(
            self,
            MatterKind::Penalty
                | MatterKind::Coercion
                | MatterKind::Levy
                | MatterKind::Inspection
                | MatterKind::Internal
        )
    }
}

wire_enum! {
    /// 办理类别 (`tj-2018-disclosure` 第十条).
    #[cfg_attr(feature = "schema", schemars(rename = "MatterCategory"))]
    Category {
        /// 普通
        General => "general", "普通";
        /// 特许
        Franchise => "franchise", "特许";
        /// 认可
        Recognition => "recognition", "认可";
        /// 核准
        Approval => "approval", "核准";
        /// 登记
        Registration => "registration", "登记";
        /// 其他
        Other => "other", "其他";
    }
}

wire_enum! {
    /// 行使层级 (`tj-2018-disclosure` 第十二条(一)).
    Level {
        /// 国家级
        National => "national", "国家级";
        /// 省级
        Provincial => "provincial", "省级";
        /// 市级
        Municipal => "municipal", "市级";
        /// 区级
        District => "district", "区级";
        /// 乡级
        Township => "township", "乡级";
        /// 村级
        Village => "village", "村级";
    }
}

wire_enum! {
    /// 办理方式 (`tj-2018-disclosure` 第十条; 无人审批 `baodi-2018` 二(五); 一证通办
    /// `tj-2018-notice` 一(三)4).
    Mode {
        /// 马上办 — simple materials, no special steps, result on the spot.
        Immediate => "immediate", "马上办";
        /// 网上办 — whole application online; the URL must be published.
        Online => "online", "网上办";
        /// 就近办 — available at a lower level.
        Nearby => "nearby", "就近办";
        /// 一次办 — at most one visit.
        OneVisit => "one_visit", "一次办";
        /// 无人审批
        Unmanned => "unmanned", "无人审批";
        /// 一证通办 — the ID card alone.
        IdCardOnly => "id_card_only", "一证通办";
    }
}

wire_enum! {
    /// 服务对象 (`tj-2018-disclosure` 第八条(四)).
    Audience {
        /// 自然人
        NaturalPerson => "natural_person", "自然人";
        /// 法人和其他组织
        LegalPerson => "legal_person", "法人";
        /// 自然人和法人
        Both => "both", "自然人、法人";
    }
}

wire_enum! {
    /// 事项层级 — 大项 → 子项 → 类型项 (`tj-2018-disclosure` 第九条).
    ItemLevel {
        /// 大项
        Major => "major", "大项";
        /// 子项
        Sub => "sub", "子项";
        /// 类型项
        Type => "type", "类型项";
    }
}

wire_enum! {
    /// Domains where commitment approval is excluded (`tj-2018-commitment` 第四条).
    Domain {
        /// 国家安全
        NationalSecurity => "national_security", "国家安全";
        /// 公共安全
        PublicSecurity => "public_security", "公共安全";
        /// 生态安全
        EcologicalSecurity => "ecological_security", "生态安全";
        /// 金融安全
        FinancialSecurity => "financial_security", "金融安全";
        /// 文化安全
        CulturalSecurity => "cultural_security", "文化安全";
        /// 安全生产
        ProductionSafety => "production_safety", "安全生产";
        /// 公共利益
        PublicInterest => "public_interest", "公共利益";
        /// 直接关系人身健康、生命财产
        HealthLifeProperty => "health_life_property", "直接关系人身健康、生命财产";
    }
}

wire_enum! {
    /// 材料位阶 (`tj-2018-disclosure` 第十二条(四)2).
    Rank {
        /// 主审材料
        Principal => "principal", "主审材料";
        /// 非主审材料
        Secondary => "secondary", "非主审材料";
    }
}

wire_enum! {
    /// 材料属性 (`tj-2018-disclosure` 第十二条(四)3): 共性 materials are reusable.
    Attribute {
        /// 共性材料
        Common => "common", "共性材料";
        /// 个性材料
        Specific => "specific", "个性材料";
    }
}

wire_enum! {
    /// 材料来源 (`tj-2018-disclosure` 第十二条(四)4).
    Source {
        /// 申请人自行填写
        Applicant => "applicant", "申请人自行填写";
        /// 从行政机关取得
        Government => "government", "行政机关";
        /// 从中介机构取得
        Intermediary => "intermediary", "中介机构";
        /// 从第三方机构取得
        ThirdParty => "third_party", "第三方机构";
    }
}

wire_enum! {
    /// 通办范围 (`tj-2018-disclosure` 第十七条).
    ServiceScope {
        /// 全国通办
        National => "national", "全国";
        /// 跨省通办
        CrossProvince => "cross_province", "跨省";
        /// 跨市通办
        CrossCity => "cross_city", "跨市";
        /// 跨县通办
        CrossCounty => "cross_county", "跨县";
    }
}

wire_enum! {
    /// 数据元素类型 — the type of a form field's data element.
    ElementType {
        /// One line of text.
        String => "string", "文本";
        /// Free text.
        Text => "text", "长文本";
        /// `YYYY-MM-DD`.
        Date => "date", "日期";
        /// Whole number.
        Integer => "integer", "整数";
        /// Decimal number (money as a decimal string).
        Decimal => "decimal", "小数";
        /// true / false.
        Boolean => "boolean", "是否";
        /// One of `options`.
        Enum => "enum", "选项";
        /// Telephone number.
        Phone => "phone", "电话";
        /// 公民身份号码 (check character verified).
        ResidentId => "resident_id", "公民身份号码";
        /// 统一社会信用代码 (check character verified).
        Uscc => "uscc", "统一社会信用代码";
    }
}

/// Articles the catalog model rests on.
pub mod cite {
    use super::*;
    /// Elements a matter carries.
    pub const ELEMENTS: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第七条");
    /// Names and codes.
    pub const NAMES: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第九条");
    /// Categories and modes.
    pub const MODES: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十条");
    /// 马上办.
    pub const IMMEDIATE: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十条(一)");
    /// 网上办 URL.
    pub const ONLINE: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十条(二)");
    /// Legal basis.
    pub const BASIS: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十一条");
    /// Materials.
    pub const MATERIALS: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十二条(四)");
    /// Templates and samples.
    pub const TEMPLATES: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十二条(四)5");
    /// Procedure, validity, scope.
    pub const PROCEDURE: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十三条");
    /// Time limits.
    pub const LIMITS: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十四条");
    /// Fees.
    pub const FEES: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十五条");
    /// Complaint phone.
    pub const COMPLAINTS: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十六条");
    /// Convenience.
    pub const CONVENIENCE: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十七条");
    /// Scope of 政务服务事项.
    pub const SCOPE: Citation = Citation::new(doc::TJ_2018_NOTICE, "一(二)");
    /// 一证通办.
    pub const ID_CARD_ONLY: Citation = Citation::new(doc::TJ_2018_NOTICE, "一(三)4");
    /// Time-limit compression and licences within 5 working days.
    pub const COMPRESSION: Citation = Citation::new(doc::TJ_2018_NOTICE, "三(四)");
    /// Online share.
    pub const ONLINE_SHARE: Citation = Citation::new(doc::TJ_2018_NOTICE, "二(一)");
    /// Cancelling, devolving, merging.
    pub const CHANGES: Citation = Citation::new(doc::TJ_2018_NOTICE, "三(一)");
    /// Commitment exclusions.
    pub const COMMITMENT_SCOPE: Citation = Citation::new(doc::TJ_2018_COMMITMENT, "第四条");
    /// Statutory default of 20 working days.
    pub const STATUTORY_DEFAULT: Citation = Citation::new(doc::PRC_LICENSING_LAW, "第四十二条");
    /// Shared data must not be asked for again.
    pub const NO_ASKING_TWICE: Citation = Citation::new(doc::TJ_2018_ONENET, "第二十二条");
    /// Material reduction.
    pub const MATERIAL_REDUCTION: Citation = Citation::new(doc::BAODI_2018, "一(三)");
    /// Bundles.
    pub const BUNDLES: Citation = Citation::new(doc::TJ_2022_ONETHING, "三(一)");
}
