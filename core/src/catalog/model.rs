//! The catalog's records, as a host writes them (INTERFACE "Catalog format"). Fields a lint rule
//! checks for are optional here, so that a catalog missing them still loads and the lint can say
//! what is missing. Unknown fields are refused (a misspelt `deferable` must not silently mean
//! "not deferrable"); a host's own data goes under `extra`, which is kept as given.

use super::types::*;
use crate::step::SpecialStep;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

fn is_false(b: &bool) -> bool {
    !*b
}

/// 部门 — a department or unit that leads, implements or supervises matters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Department {
    /// Stable id, e.g. `tj-scjgw`.
    pub id: String,
    /// Name as published, e.g. 市市场监管委.
    pub name: String,
    /// The host's own data, kept as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Map<String, Value>>,
}

/// 数据元素 — a piece of data that forms share (统一社会信用代码, 法定代表人, 公民身份号码 …),
/// the unit by which one form merges the forms of several matters (`tj-2022-onething` 三(一)2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// Stable id, e.g. `uscc`.
    pub id: String,
    /// Label, e.g. 统一社会信用代码.
    pub label: String,
    /// Type of the value.
    #[serde(rename = "type")]
    pub kind: ElementType,
    /// The shared source that holds it (人口库, 法人库, 电子证照库 …), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_source: Option<String>,
    /// Maximum length in characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_len: Option<u32>,
    /// Minimum (numbers; dates as `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Value>,
    /// Maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Value>,
    /// A pattern the text must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// Allowed values of an `enum` value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
    /// The host's own data, kept as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Map<String, Value>>,
}

/// Constraints on a value; on an element, and again (stricter) on a form field.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Constraints {
    /// Maximum length in characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_len: Option<u32>,
    /// Minimum (numbers; dates as `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Value>,
    /// Maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Value>,
    /// A pattern the text must match (a small regular-expression subset; see `form`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// Allowed values of an `enum` element.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
}

/// 申请材料 — a material as the catalog defines it once, for every matter that asks for it
/// (`tj-2018-disclosure` 第十二条(四)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Material {
    /// Stable id, e.g. `id-card`.
    pub id: String,
    /// 材料名称.
    pub name: String,
    /// 材料位阶.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<Rank>,
    /// 材料属性.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute: Option<Attribute>,
    /// 材料来源.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// 材料准备要点.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// 材料模版 (a reference or URL) for materials the applicant prepares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// Whether the material is an application form (申请表格), which needs a blank and a sample.
    #[serde(default, skip_serializing_if = "is_false")]
    pub is_form: bool,
    /// 空白格式文本 of a form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blank: Option<String>,
    /// 示范文本 of a form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample: Option<String>,
    /// 容缺后补 — may be supplied later under a commitment.
    #[serde(default)]
    pub deferrable: bool,
    /// 以函代证 — may be replaced by a letter from the department whose decision it is.
    #[serde(default)]
    pub letter_replaceable: bool,
    /// The government source that holds it (人口库, 电子证照库 …), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_source: Option<String>,
    /// 设定依据 — the law, regulation or rule that requires it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    /// How many days a copy on file stays valid, when it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_days: Option<u32>,
    /// The host's own data, kept as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Map<String, Value>>,
}

/// 法定依据 (`tj-2018-disclosure` 第十一条): 设定依据 or 其他依据.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    /// The law, regulation or rule.
    pub law: String,
    /// The article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// `setting` (设定依据, default) or `other` (其他依据); anything else is refused, so a norm
    /// put in the wrong field (`"department_rules"`) is not read as a 设定依据.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<BasisUse>,
    /// The kind of norm (法律、行政法规、地方性法规、部门规章…): a 子项 or 类型项 whose setting
    /// rests on a 部门规章 alone is cancelled (`tj-2018-notice` 三(一)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub norm: Option<crate::norm::BasisKind>,
}

wire_enum! {
    /// What a 法定依据 is to the matter (`tj-2018-disclosure` 第十一条).
    BasisUse {
        /// 设定依据 — the norm that creates the matter.
        Setting => "setting", "设定依据";
        /// 其他依据 — any other norm the matter rests on.
        Other => "other", "其他依据";
    }
}

impl LegalBasis {
    /// Whether this is a 设定依据 (the default) rather than an 其他依据.
    pub fn is_setting(&self) -> bool {
        self.kind != Some(BasisUse::Other)
    }
}

/// 办理时限 (`tj-2018-disclosure` 第十四条), in working days, paused steps excluded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TimeLimit {
    /// 法定办结时限; when absent, 20 working days (`prc-licensing-law` 第四十二条).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statutory_workdays: Option<u32>,
    /// 承诺办结时限.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promised_workdays: Option<u32>,
}

/// 收费 (`tj-2018-disclosure` 第十五条).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// Amount in yuan, as a decimal string (`"12.50"`).
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub amount: Decimal,
    /// 收费标准.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<String>,
    /// 收费依据.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

/// 办理便捷度 (`tj-2018-disclosure` 第十七条).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Convenience {
    /// 是否物流快递.
    #[serde(default)]
    pub delivery: bool,
    /// 是否支持预约.
    #[serde(default)]
    pub appointment: bool,
    /// 是否涉及联办.
    #[serde(default)]
    pub joint: bool,
    /// 联办部门 (required when `joint`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub joint_departments: Vec<String>,
    /// 问题和解答.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faq: Vec<Faq>,
    /// 通办范围.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<ServiceScope>,
}

/// One question and answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Faq {
    /// 问题.
    pub q: String,
    /// 解答.
    pub a: String,
}

/// 承诺审批 settings of a matter (`tj-2018-commitment` 第四条).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CommitmentSettings {
    /// Whether commitment approval is offered.
    #[serde(default)]
    pub allowed: bool,
    /// Excluded domains the matter touches.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<Domain>,
    /// Whether the licensing decision can be revoked.
    #[serde(default = "yes")]
    pub revocable: bool,
}

fn yes() -> bool {
    true
}

/// A material as one matter asks for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MatterMaterial {
    /// The material's id in the catalog.
    pub material: String,
    /// Whether it must be submitted (or may be omitted).
    #[serde(default = "yes")]
    pub required: bool,
    /// Whether this matter lets it be deferred under a commitment.
    #[serde(default)]
    pub deferrable: bool,
    /// 受理标准 for this matter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptance: Option<String>,
    /// Number of copies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copies: Option<u32>,
}

/// A field of a matter's own form: a data element, under the matter's own label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FormField {
    /// The data element.
    pub element: String,
    /// Whether the matter requires a value.
    #[serde(default)]
    pub required: bool,
    /// The matter's own label, when it differs from the element's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Maximum length in characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_len: Option<u32>,
    /// Minimum (numbers; dates as `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Value>,
    /// Maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Value>,
    /// A pattern the text must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// Allowed values of an `enum` value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
}

/// 办理结果.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// 结果形式 (证照, 批文 …).
    pub form: String,
    /// 示范样本.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample: Option<String>,
}

/// 政务服务事项 — a matter with the elements the disclosure measure requires
/// (`tj-2018-disclosure` 第七条…第十七条).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Matter {
    /// 事项编码 — "同一事项、同一标准、同一编码" (第九条).
    pub code: String,
    /// 事项名称.
    pub name: String,
    /// The 大项 or 子项 this item belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// 大项 / 子项 / 类型项.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_level: Option<ItemLevel>,
    /// 事项类型.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<MatterKind>,
    /// 办理类别.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// 行使层级.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// 实施部门.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// 行政主体, when it differs from the implementing department.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<String>,
    /// 业务主管部门 (municipal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub competent_department: Option<String>,
    /// 服务对象.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    /// 办理方式.
    #[serde(default)]
    pub modes: Vec<Mode>,
    /// 网上办 address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_url: Option<String>,
    /// 法定依据.
    #[serde(default)]
    pub legal_basis: Vec<LegalBasis>,
    /// 申请条件; empty means complete materials suffice (第十二条(三)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    /// 办理时限.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit: Option<TimeLimit>,
    /// 特殊环节.
    #[serde(default)]
    pub special_steps: Vec<SpecialStep>,
    /// Whether the result is a licence or qualification (许可证照、资质资格类).
    #[serde(default)]
    pub issues_license: bool,
    /// 数量限制, when the law sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity_limit: Option<String>,
    /// 办理结果.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    /// 有效期限; 长期有效 when the law is silent (第十三条(六)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<String>,
    /// 适用范围; 全国 when the law sets no regional limit (第十三条(六)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// 收费; null when free.
    #[serde(default)]
    pub fee: Option<Fee>,
    /// 咨询电话 (`tj-2018-disclosure` 第十三条(一)3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consult_phone: Option<String>,
    /// 办理地点 — where to apply, down to the window or office (`tj-2018-disclosure`
    /// 第十三条(一)2: "应明确到窗口号或科室名称").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// 效能投诉电话 (88908890 is the city-wide line).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint_phone: Option<String>,
    /// 办理便捷度.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub convenience: Option<Convenience>,
    /// 承诺审批.
    #[serde(default)]
    pub commitment: CommitmentSettings,
    /// 申请材料.
    #[serde(default)]
    pub materials: Vec<MatterMaterial>,
    /// The matter's own form.
    #[serde(default)]
    pub form: Vec<FormField>,
    /// 前置 — matters that must be done before this one.
    #[serde(default)]
    pub after: Vec<String>,
    /// 办理结果 that later matters use: the data elements and materials this matter's result
    /// produces (设立登记 → 统一社会信用代码, 营业执照). In one form they are not asked of the
    /// applicant for the matters that come after it (`tj-2022-onething` 三(一)2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub produces: Vec<String>,
    /// The day the matter was published in the 事项清单 (`tj-2018-notice` 一(五)): read by the
    /// coverage targets of `catalog.stats`.
    #[serde(
        default,
        with = "crate::date::ymd_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub published_on: Option<chrono::NaiveDate>,
    /// Marks illustrative sample data (not an official guide).
    #[serde(default, skip_serializing_if = "is_false")]
    pub sample: bool,
    /// The host's own data, kept as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Map<String, Value>>,
}

/// A matter as a bundle lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BundleMatter {
    /// Matter code.
    pub matter: String,
    /// 责任单位.
    pub department: String,
    /// Further responsible units, where the list names several.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_departments: Vec<String>,
}

/// 一件事 — matters of one life stage handled as one (`tj-2022-onething` 三(一), 附件1/2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// Stable id, e.g. `enterprise-opening`.
    pub id: String,
    /// 名称, e.g. 企业开办.
    pub name: String,
    /// `enterprise` (附件1) or `personal` (附件2).
    pub audience: String,
    /// 牵头单位.
    pub lead: String,
    /// Further lead units, where the list names several.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_leads: Vec<String>,
    /// 涉及事项.
    pub matters: Vec<BundleMatter>,
    /// Groups of matters the law requires to be handled together.
    #[serde(default)]
    pub together: Vec<Vec<String>>,
    /// Position in the published list (序号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
}

/// A recorded change to a matter (`tj-2018-notice` 三(一)): cancelling needs a reason, devolving
/// names the power and the implementing department, merging names the matters merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The matter's code (in the earlier catalog).
    pub matter: String,
    /// `cancelled`, `devolved` or `merged`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Why (cancelled).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Which power is devolved (devolved).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power: Option<String>,
    /// The implementing department after devolution (devolved).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// The matter it was merged into (merged).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub into: Option<String>,
}

/// A whole catalog as handed in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogData {
    /// What this catalog is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 部门.
    #[serde(default)]
    pub departments: Vec<Department>,
    /// 数据元素.
    #[serde(default)]
    pub elements: Vec<Element>,
    /// 申请材料.
    #[serde(default)]
    pub materials: Vec<Material>,
    /// 事项.
    #[serde(default)]
    pub matters: Vec<Matter>,
    /// 一件事.
    #[serde(default)]
    pub bundles: Vec<Bundle>,
    /// Recorded changes since an earlier catalog.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
}

macro_rules! constraints_of {
    ($t:ty) => {
        impl $t {
            /// The constraints this record sets.
            pub fn constraints(&self) -> Constraints {
                Constraints {
                    max_len: self.max_len,
                    min: self.min.clone(),
                    max: self.max.clone(),
                    pattern: self.pattern.clone(),
                    options: self.options.clone(),
                }
            }
        }
    };
}
constraints_of!(Element);
constraints_of!(FormField);
