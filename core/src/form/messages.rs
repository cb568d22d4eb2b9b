//! The reasons of 一表申报 (一件事 三(一)1–2): each message with its code, citation and both
//! templates.

use crate::catalog::types::ElementType;
use crate::message::Enumerated;
use crate::reason::{doc, Citation};
use std::sync::Arc;

const ORDER: Citation = Citation::new(doc::TJ_2022_ONETHING, "三(一)1");
const ONE_SET: Citation = Citation::new(doc::TJ_2022_ONETHING, "三(一)2");

messages! {
    /// 一表申报: ordering, matters handled together, what an earlier result produces.
    pub enum FormMsg<'a> {
        /// Matters handled together as the law requires (三(一)2).
        Together { matter: &'a str, with: &'a str } => "form.together", ONE_SET,
            "按法律规定，{matter}与{with}一并办理",
            "{matter} is handled together with {with} as the law requires";
        /// Ordered by 前置 relations (三(一)1).
        Order => "form.order", ORDER,
            "事项按前置关系排序",
            "matters are ordered by their 前置 relations";
        /// A field an earlier matter's result fills (三(一)2).
        ProducedField { field: &'a str, by: &'a str } => "form.produced", ONE_SET,
            "{field}由{by}办结后产生，由系统回填，申请人无需填写",
            "{field} comes from the result of {by}: filled in by the platform, not asked of the applicant";
        /// A material an earlier matter's result is (三(一)2).
        ProducedMaterial { material: &'a str, by: &'a str } => "form.produced", ONE_SET,
            "{material}由{by}办结后产生，申请人无需提交",
            "{material} is the result of {by}: not asked of the applicant";
    }
}

messages! {
    /// 一表申请: what is wrong with a value the applicant typed into the merged form
    /// (`form.validate`). The field's label is the form's; identifiers are never echoed.
    pub enum FieldMsg<'a> {
        /// A required field left empty.
        Required { label: &'a str, needed_by: Enumerated<'a, Arc<str>> } => "form.required", ORDER,
            "{label}为必填项（{needed_by}需要）",
            "{label} is required (by {needed_by})";
        /// Not a whole number.
        NotInteger { label: &'a str } => "form.integer", ORDER,
            "{label}须为整数",
            "{label} must be a whole number";
        /// Not a decimal number.
        NotDecimal { label: &'a str } => "form.decimal", ORDER,
            "{label}须为小数",
            "{label} must be a decimal number";
        /// Not true or false.
        NotBoolean { label: &'a str } => "form.type", ORDER,
            "{label}须为是或否",
            "{label} must be true or false";
        /// Not text.
        NotText { label: &'a str } => "form.type", ORDER,
            "{label}须为文字",
            "{label} must be text";
        /// Not a date.
        Date { label: &'a str } => "form.date", ORDER,
            "{label}须为 YYYY-MM-DD 格式的日期",
            "{label} must be a date in YYYY-MM-DD form";
        /// Not a telephone number.
        Phone { label: &'a str } => "form.phone", ORDER,
            "{label}不是有效的电话号码",
            "{label} is not a telephone number";
        /// Not a valid 公民身份号码: the check's own message and code.
        ResidentId { label: &'a str, detail: &'a str, why: &'a str } => "form.resident_id", ORDER,
            "{label}不是有效的公民身份号码：{detail}",
            "{label} is not a valid 公民身份号码 ({why})";
        /// Not a valid 统一社会信用代码: the check's own message and code.
        Uscc { label: &'a str, detail: &'a str, why: &'a str } => "form.uscc", ORDER,
            "{label}不是有效的统一社会信用代码：{detail}",
            "{label} is not a valid 统一社会信用代码 ({why})";
        /// Not one of the options.
        Options { label: &'a str, options: String } => "form.options", ORDER,
            "{label}须为下列之一：{options}",
            "{label} must be one of: {options}";
        /// Too long.
        MaxLen { label: &'a str, n: usize, max: u32 } => "form.max_len", ORDER,
            "{label}为{n}个字符，最多{max}个",
            "{label} has {n} characters; at most {max}";
        /// Below the minimum.
        Min { label: &'a str, min: String } => "form.min", ORDER,
            "{label}不得小于{min}",
            "{label} must be at least {min}";
        /// Above the maximum.
        Max { label: &'a str, max: String } => "form.max", ORDER,
            "{label}不得大于{max}",
            "{label} must be at most {max}";
        /// Longer than a pattern is matched against ([`crate::pattern::MAX_TEXT_CHARS`]).
        PatternTextTooLong { label: &'a str, max: usize } => "form.pattern_text_too_long", ORDER,
            "{label}超过{max}个字符，超出格式校验的长度上限",
            "{label} is longer than {max} characters, the most that is checked against a pattern";
        /// Not of the required form.
        Pattern { label: &'a str } => "form.pattern", ORDER,
            "{label}格式不符合要求",
            "{label} does not have the required form";
        /// The form's pattern cannot be used.
        PatternUnusable { label: &'a str, error: String } => "form.pattern", ORDER,
            "{label}：表单的格式规则无法使用（{error}）",
            "{label}: the form's pattern cannot be used ({error})";
        /// A key that is no field of the form.
        UnknownElement => "form.unknown_element", ORDER,
            "不是本表单的字段",
            "not a field of this form";
    }
}

texts! {
    /// What 一表申报 refuses: a request it cannot read, forms that cannot be merged.
    pub enum FormText<'a> {
        /// `choose` without a bundle.
        ChooseWithoutBundle => "choose 只能与 bundle 一起使用，不能与事项列表一起使用", "choose goes with a bundle, not with a list of matters";
        /// Neither matters nor a bundle.
        NothingToMerge => "请给出 matters 或 bundle 之一", "give either matters or a bundle";
        /// A shared source that is no object.
        SharedNotObject { source: &'a str } => "共享来源 {source:?} 须为数据项取值的对象", "shared source {source:?} must be an object of element values";
        /// A 前置 cycle.
        Cycle { cycle: String } => "前置关系形成循环：{cycle}", "前置 relations form a cycle: {cycle}";
        /// A chosen matter not in the bundle.
        NotInBundle { code: &'a str, bundle: &'a str } => "{code:?} 不是“{bundle}”的事项", "{code:?} is not a matter of {bundle}";
        /// A bound that does not fit the element's type.
        BoundType { bound: &'a str, kind: ElementType } => "{bound} 与{kind}类型的取值不符", "{bound} does not fit a {kind} value";
        /// No value within both bounds.
        EmptyRange { min: String, max: String } => "没有取值能同时不小于{min}且不大于{max}", "no value can be at least {min} and at most {max}";
        /// Options for a type without them.
        OptionsForType { kind: ElementType } => "{kind}类型的取值不应有可选项", "options given for a {kind} value";
        /// No option every form allows.
        NoCommonOption => "没有一个可选项能被所有表单接受", "no option is allowed by every form";
    }
}

// Shown as its term in Chinese and its wire name in English.
wire_args!(ElementType);
