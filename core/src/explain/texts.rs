//! Why `explain.answer` refuses what it was given: each text once, both templates side by side.

use crate::message::Enumerated;

texts! {
    /// What `explain.answer` says of an answer it will not explain.
    pub(super) enum ExplainText<'a> {
        /// A flag that is no flag.
        NotFlag { op: &'a str, key: &'a str } => "{op} 的答复中 {key} 须为 true 或 false", "in an answer of {op}, {key} is true or false";
        /// A key missing.
        Missing { op: &'a str, key: &'a str } => "这不是 {op} 的答复：缺少 {key}", "not an answer of {op}: {key} is missing";
        /// A list that is no list.
        NotList { op: &'a str, key: &'a str } => "{op} 的答复中 {key} 须为列表", "in an answer of {op}, {key} is a list";
        /// A date that is no date.
        NotDate { op: &'a str, key: &'a str } => "{op} 的答复中 {key} 须为 YYYY-MM-DD 日期", "in an answer of {op}, {key} is a YYYY-MM-DD date";
        /// A line that is no object with a message.
        NotLine { op: &'a str, key: &'a str } => "{op} 的答复中 {key} 的每一项须为带 message（文字）的对象", "in an answer of {op}, each of {key} is an object with a message (text)";
        /// No answer at all.
        NotAnswer => "answer 须为一次操作的答复（对象）", "answer is the answer of an operation (an object)";
        /// An error given back.
        AnError { code: &'a str, op: &'a str } => "这是一个错误（{code}），不是 {op} 的答复；错误不作说明", "this is an error ({code}), not an answer of {op}; errors are not explained";
        /// More lines than a 明白纸 explains.
        TooManyLines { max: usize } => "答复共有超过{max}条理由、发现、提醒或材料；明白纸不说明这样的答复", "the answer has more than {max} reasons, findings, alerts or materials; a 明白纸 does not explain it";
        /// `credit` that is no object.
        CreditNotObject { op: &'a str } => "{op} 的答复中 credit 须为对象", "in an answer of {op}, credit is an object";
        /// Too many credit reasons.
        TooManyCreditLines { max: usize } => "答复超过{max}条", "the answer has more than {max} lines";
        /// Blacklisted yet allowed.
        Contradiction => "答复自相矛盾：列入黑名单的主体不能适用告知承诺审批（信用承诺办法第七条）", "the answer contradicts itself: a blacklisted subject cannot use commitment approval";
        /// Valid with errors, or invalid without.
        ValidityContradiction { valid: &'a str, errors: usize } => "答复自相矛盾：valid 为 {valid}，而 errors 有{errors}项", "the answer contradicts itself: valid is {valid} with {errors} errors";
        /// A material without name or status.
        BadMaterial { statuses: Enumerated<'a, &'a str> } => "材料须有 name 和 status（{statuses}之一）", "a material has a name and a status (one of {statuses})";
        /// A case status that is none.
        BadCaseStatus { statuses: Enumerated<'a, &'a str> } => "case.supervise 的答复中 status 须为{statuses}之一", "in an answer of case.supervise, status is one of {statuses}";
    }
}
