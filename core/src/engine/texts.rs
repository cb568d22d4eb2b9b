//! What the engine says about its configuration, its limits and its answers: each text once,
//! both templates side by side, arguments named once.

use crate::message::{Enumerated, Named};

/// The keys a configuration may have.
pub(super) const CONFIG_KEYS: &[&str] = &[
    "calendar",
    "calendar_years",
    "calendar_files",
    "calendar_projection",
    "catalog",
    "policy",
    "regions",
    "limits",
    "lang",
    "fault_injection",
];

texts! {
    /// The engine's texts.
    pub(crate) enum EngineText<'a> {
        /// Not an object.
        ConfigNotObject => "配置须为 JSON 对象", "the configuration must be a JSON object";
        /// Not JSON.
        ConfigNotJson { error: String } => "配置不是有效的 JSON：{error}", "configuration is not valid JSON: {error}";
        /// `lang` other than zh or en.
        LangInvalid => "lang 只能是 \"zh\" 或 \"en\"", "lang is \"zh\" or \"en\"";
        /// `calendar_years` not a list.
        YearsNotList => "calendar_years 须为年度文件的列表", "calendar_years is a list of year files";
        /// `calendar_files` not a list.
        FilesNotList => "calendar_files 须为年度文件路径的列表", "calendar_files is a list of paths to year files";
        /// A path that is no string.
        PathNotString => "路径须为字符串", "a path is a string";
        /// A projection other than off or statutory.
        ProjectionInvalid => "calendar_projection 只能是 \"off\" 或 \"statutory\"", "calendar_projection is \"off\" or \"statutory\"";
        /// `fault_injection` not a flag.
        FaultInjectionInvalid => "fault_injection 只能是 true 或 false", "fault_injection is true or false";
        /// An unknown configuration key.
        UnknownKey { key: &'a str, known: Enumerated<'a, &'a str> } => "未知配置项 {key:?}；可用配置项：{known}", "unknown configuration key {key:?}; known: {known}";
        /// A year file that is no JSON.
        FileNotJson { file: &'a str, error: String } => "{file:?} 不是有效的 JSON：{error}", "{file:?} is not JSON: {error}";
        /// A configuration list past its limit.
        TooManyEntries { at: &'a str, n: usize, max: usize, key: &'a str } => "配置的 {at} 有{n}项；本引擎最多接受{max}项（limits.{key}）", "the configuration's {at} has {n} entries; this engine accepts at most {max} (limits.{key})";
        /// An unknown policy key.
        UnknownPolicyKey { key: &'a str } => "未知的 policy 配置项 {key:?}；可用：profile、overrides", "unknown policy key {key:?}; known: profile, overrides";
        /// A profile that is no string.
        ProfileNotString => "profile 须为字符串", "profile must be a string";
        /// Overrides that are no object.
        OverridesNotObject => "overrides 须为对象", "overrides must be an object";
        /// A policy of another shape.
        PolicyShape => "policy 须为政策配置名称或 {{\"profile\", \"overrides\"}}", "policy must be a profile name or {{\"profile\", \"overrides\"}}";
        /// A batch past its limit.
        BatchTooLong { len: usize, max: usize } => "一次调用有{len}项；本引擎一次最多处理{max}项（limits.max_batch_items）", "{len} items in one call; this engine takes at most {max} (limits.max_batch_items)";
        /// A text past its limit.
        TooManyBytes { what: Named, n: usize, max: usize, key: &'a str } => "{what}为{n}字节；本引擎最多接受{max}字节（limits.{key}）", "{what} is {n} bytes; this engine accepts at most {max} (limits.{key})";
        /// A catalog past its limit.
        TooManyMatters { matters: usize, max: usize } => "事项清单有{matters}个事项；本引擎最多接受{max}个（limits.max_catalog_matters）", "the catalog has {matters} matters; this engine accepts at most {max} (limits.max_catalog_matters)";
        /// Nested too deep.
        TooDeep { max: usize } => "输入的数组和对象嵌套超过{max}层（limits.max_depth）", "input nests deeper than {max} arrays and objects (limits.max_depth)";
        /// Too many values.
        TooManyValues { what: Named, max: usize, key: &'a str } => "{what}的值超过{max}个（数组元素和对象成员；limits.{key}）", "{what} has more than {max} values (array items and object members; limits.{key})";
        /// An answer past its limit.
        AnswerTooLarge { max: usize } => "答复将超过{max}字节（limits.max_output_bytes）", "the answer would exceed {max} bytes (limits.max_output_bytes)";
        /// An unknown operation.
        UnknownOp { op: String } => "未知操作 {op:?}；可用操作见 meta.ops", "unknown operation {op:?}; meta.ops lists them";
        /// An answer that cannot be written.
        OutputNotSerializable { error: String } => "答复无法序列化：{error}", "output not serializable: {error}";
        /// `calendar.diff_years` without its year.
        NoYearGiven => "须给出 text（通知文本）或 year_file（年度文件）之一", "give one of text (the notice) or year_file";
        /// Cases without today.
        CasesNeedToday => "给出 cases 时须给出 today", "cases need today";
        /// An explanation of something that is no answer.
        NotAnAnswer => "answer 须为一次操作的答复（对象）", "answer is the answer of an operation (an object)";
        /// An audience other than the two.
        AudienceInvalid => "audience 只能是 \"enterprise\" 或 \"personal\"", "audience must be \"enterprise\" or \"personal\"";
        /// A shared source that is no object.
        SharedNotObject { source: &'a str } => "共享来源 {source:?} 须为数据项取值的对象", "shared source {source:?} must be an object of element values";
    }
}
