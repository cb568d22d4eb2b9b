//! 一表申报 — one form for several matters (SPEC §7; `tj-2022-onething` 三(一)1–2;
//! `tj-2018-notice` 五; `tj-2018-onenet` 第十九条, 第二十二条).
//!
//! [`merge`](merge::merge) orders the chosen matters by their 前置 relations and merges their
//! forms by data element: one field per element, required if any form requires it, the strictest
//! constraints of all, with the matters and departments that need it; conflicts are reported,
//! never resolved silently; one set of materials. [`prefill`](prefill::prefill) fills what shared
//! data holds ("共享数据自动调用"); [`validate`](validate::validate) checks what the applicant
//! typed; [`split`](split::split) sorts the values back to every matter and department under
//! their own labels ("自动分拣、主动推送").
//!
//! The merged form is plain data: it round-trips through JSON, and every later step reads it
//! back, so a front end may hold it between steps.

mod constraints;
pub mod merge;
pub mod messages;
mod order;
/// The bounded patterns of form fields (kept at the bottom of the house, [`crate::pattern`]).
pub use crate::pattern;
pub mod prefill;
pub mod split;
pub mod validate;

use crate::catalog::types::ElementType;
use crate::reason::StoredReason;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::sync::Arc;

/// Text of a merged form: ids, codes and labels repeat across fields (every field lists the
/// matters that need it), so they are shared, not copied — a merge allocates each once.
/// Serializes as a JSON string.
pub type Text = Arc<str>;

/// A department as the form names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "FormDepartment"))]
pub struct Dept {
    /// Id.
    pub id: Text,
    /// Name.
    pub name: Text,
}

/// One field of a matter's own form, as that matter labels it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OwnField {
    /// Data element.
    pub element: Text,
    /// The matter's own label.
    pub label: Text,
    /// Whether the matter requires it.
    pub required: bool,
}

/// A matter in the merged form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FormMatter {
    /// Code.
    pub code: Text,
    /// Name.
    pub name: Text,
    /// The responsible department (the bundle's 责任单位, else the implementing department).
    pub department: Dept,
    /// Why it is in the form when it was not chosen (`together`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pulled_in_by: Option<Text>,
    /// Its own form, in its own order and labels.
    pub fields: Vec<OwnField>,
}

/// Constraints of a merged field: the strictest of all forms.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FieldConstraints {
    /// Maximum length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_len: Option<u32>,
    /// Minimum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Value>,
    /// Maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Value>,
    /// Patterns; a value must match all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patterns: Vec<String>,
    /// Allowed values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
}

/// One field of the merged form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Data element.
    pub element: Text,
    /// Label (the element's).
    pub label: Text,
    /// Type.
    #[serde(rename = "type")]
    pub kind: ElementType,
    /// Required if any matter's form requires it.
    pub required: bool,
    /// The strictest constraints.
    #[serde(default)]
    pub constraints: FieldConstraints,
    /// The shared source that holds it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_source: Option<String>,
    /// Needed by more than one matter.
    pub common: bool,
    /// The matters that need it.
    pub needed_by: Vec<Text>,
    /// Their departments.
    pub departments: Vec<Text>,
    /// The earlier matter of this form whose result produces it: not asked of the applicant
    /// (the platform fills it in once that matter is decided).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub produced_by: Option<Text>,
}

/// A material of the merged form, asked for once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FormMaterial {
    /// Material id.
    pub material: Text,
    /// Name.
    pub name: Text,
    /// Required by at least one matter.
    pub required: bool,
    /// Used by more than one matter.
    pub common: bool,
    /// The matters that need it.
    pub needed_by: Vec<Text>,
    /// The earlier matter of this form whose result produces it: not asked of the applicant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub produced_by: Option<Text>,
}

/// One side of a conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Side {
    /// The matter (or `element` for the element's own constraint).
    pub source: String,
    /// The constraint's value there.
    pub value: Value,
}

/// Constraints that cannot all hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// Data element.
    pub element: String,
    /// `options`, `range`, `length` or `type`.
    pub kind: String,
    /// Every side.
    pub sides: Vec<Side>,
    /// What cannot hold.
    pub message: String,
}

/// A merged form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// The bundle, when one was chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle: Option<String>,
    /// Matter codes in 前置 order.
    pub order: Vec<Text>,
    /// The matters with their own forms.
    pub matters: Vec<FormMatter>,
    /// The merged fields: common first, then each matter's own.
    pub fields: Vec<Field>,
    /// One set of materials.
    pub materials: Vec<FormMaterial>,
    /// Conflicts found.
    pub conflicts: Vec<Conflict>,
    /// Why matters were added or ordered.
    #[serde(default)]
    pub reasons: Vec<StoredReason>,
}

/// `form.validate`'s answer.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Validation {
    /// No errors.
    pub valid: bool,
    /// One per element and code.
    pub errors: Vec<validate::FieldError>,
}

/// `form.split`'s answer.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Split {
    /// Each matter's own fields and values.
    pub packets: Vec<split::Packet>,
    /// The matters of each department.
    pub departments: Vec<split::DepartmentPacket>,
}
