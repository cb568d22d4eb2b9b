//! The reasons of 一表申报 (一件事 三(一)1–2): each message with its code, citation and both
//! templates.

use crate::reason::{doc, Citation};

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
