//! What the lint's findings say: one text per finding, both templates side by side, arguments
//! named once. The rule a finding belongs to — its id, severity and citation — is in
//! `lint/rules.rs` ([`super::Rule`]).

use crate::message::Enumerated;

texts! {
    /// The findings of `catalog.lint`.
    pub enum LintMsg<'a> {
        /// A required element not published (第七条).
        MissingElement { name: &'a str, label: &'a str, field: &'a str } => "{name}：未公布{label}", "{name}: {field} is not published";
        /// Where to apply or whom to ask not published (第十三条(一)2、3).
        MissingContact { name: &'a str, label: &'a str, field: &'a str } => "{name}：未公布{label}", "{name}: {field} ({label}) is not published";
        /// The result form not published (第七条).
        MissingOutcome { name: &'a str } => "{name}：未公布办理结果", "{name}: the result form (办理结果) is not published";
        /// A code twice at one level (第九条).
        DuplicateCode { code: &'a str, first: usize, second: usize } => "编码{code}在同一层级出现两次（matters[{first}] 和 matters[{second}]）", "code {code} appears twice at one level (matters[{first}] and matters[{second}])";
        /// One code, two names (第九条).
        NameMismatch { code: &'a str, here: &'a str, there: &'a str, at: usize } => "编码{code}在此处名为{here:?}，在 matters[{at}] 名为{there:?}", "code {code} is named {here:?} here and {there:?} at matters[{at}]";
        /// A 子项 or 类型项 without its parent (第九条).
        Hierarchy { name: &'a str, level: &'a str } => "{name}：{level}须有上一级的事项（大项 → 子项 → 类型项）", "{name}: a {level} needs a parent one level up (大项 → 子项 → 类型项)";
        /// Set by a 部门规章 alone (通知 三(一)).
        DepartmentRuleOnly { name: &'a str, level: &'a str, basis: String } => "{name}：该{level}仅以部门规章（{basis}）设定：凡是根据部门规章设定的子项或类型项一律都要取消", "{name}: a {level} whose setting rests only on 部门规章 ({basis}): 凡是根据部门规章设定的子项或类型项一律都要取消";
        /// Not a government service (第二条).
        OutOfScope { name: &'a str, kind: &'a str } => "{name}：{kind}不属于政务服务事项", "{name}: {kind} is not a government service (政务服务事项)";
        /// Validity and scope by default (第八条).
        DefaultValidity { name: &'a str } => "{name}：未写明有效期限和适用范围的，按长期有效、全国范围适用", "{name}: validity 长期有效 and scope 全国 apply where not given";
        /// 马上办 with special steps (第十条).
        ImmediateWithSteps { name: &'a str, steps: String } => "{name}：标为马上办，但有{steps}环节", "{name}: 马上办 but needs {steps}";
        /// 网上办 without its address (第十条).
        OnlineWithoutUrl { name: &'a str } => "{name}：标为网上办，但未公布网址", "{name}: 网上办 but no address is published";
        /// 一证通办 asking for more (第十条).
        IdCardOnlyNeedsMore { name: &'a str, others: Enumerated<'a, &'a str> } => "{name}：标为一证通办，但还要求{others}", "{name}: 一证通办 but also requires {others}";
        /// No statutory limit (行政许可法 第四十二条).
        StatutoryMissing { name: &'a str, days: u32 } => "{name}：未写明法定办结时限，按{days}个工作日", "{name}: no statutory limit; {days} working days apply";
        /// No promised limit (第十四条).
        PromisedMissing { name: &'a str } => "{name}：未写明承诺办结时限", "{name}: no promised limit";
        /// Promised longer than statutory (第十四条).
        PromisedExceedsStatutory { name: &'a str, promised: u32, statutory: u32 } => "{name}：承诺时限{promised}个工作日，超过法定时限{statutory}个工作日", "{name}: promised {promised} working days, statutory {statutory}";
        /// Less compressed than the target (通知 三(四)).
        CompressionBelowTarget { name: &'a str, statutory: u32, promised: u32, percent: String, target: String } => "{name}：由{statutory}个工作日压缩到{promised}个工作日，减少{percent}%；目标为{target}%", "{name}: {statutory} → {promised} working days is {percent}% shorter; the target is {target}%";
        /// A licence promised in more than the target (通知 三(四)).
        LicenseOverTarget { name: &'a str, promised: u32, max: u32 } => "{name}：证照类事项承诺{promised}个工作日办结；目标为{max}个工作日", "{name}: a licence promised in {promised} working days; the target is {max}";
        /// A fee without its standard or basis (第十五条).
        FeeWithoutBasis { name: &'a str, amount: String } => "{name}：收费{amount}元，须写明收费标准和依据", "{name}: a fee of {amount} yuan needs its standard and basis";
        /// No 办理便捷度 (第十七条).
        ConvenienceMissing { name: &'a str } => "{name}：未公布办理便捷度（是否物流快递、是否支持预约、是否涉及联办、问题和解答、通办范围）", "{name}: convenience (办理便捷度) is not published";
        /// 联办 without the departments (第十七条).
        JointWithoutDepartments { name: &'a str } => "{name}：标为联办，但未写明联办部门", "{name}: 联办 without the departments";
        /// Commitment approval in an excluded domain (信用承诺办法 第四条).
        ExcludedDomain { name: &'a str, domains: String } => "{name}：涉及{domains}，却适用承诺审批", "{name}: commitment approval although it concerns {domains}";
        /// Commitment approval for an irrevocable decision (信用承诺办法 第四条).
        Irrevocable { name: &'a str } => "{name}：许可决定不可撤销，却适用承诺审批", "{name}: commitment approval for a decision that cannot be revoked";
        /// A deferrable material without commitment approval (信用承诺办法 第三条).
        DeferrableWithoutCommitment { name: &'a str, material: &'a str } => "{name}：{material}标为可容缺，但该事项不适用承诺审批", "{name}: {material} is marked deferrable but the matter offers no commitment approval";
        /// No 材料位阶.
        MissingRank { name: &'a str } => "{name}：未标明主审/非主审", "{name}: no rank (主审/非主审)";
        /// No 材料属性.
        MissingAttribute { name: &'a str } => "{name}：未标明共性/个性", "{name}: no attribute (共性/个性)";
        /// No 材料来源.
        MissingSource { name: &'a str } => "{name}：未标明材料来源", "{name}: no source";
        /// No 材料准备要点.
        MissingNotes { name: &'a str } => "{name}：未写明准备要点", "{name}: no preparation notes (准备要点)";
        /// A form without its blank or sample.
        FormWithoutBlankOrSample { name: &'a str } => "{name}：申请表须提供空白表格和填写样本", "{name}: an application form needs a blank and a filled sample";
        /// Prepared by the applicant without a template.
        ApplicantWithoutTemplate { name: &'a str } => "{name}：由申请人自备，但未提供模板", "{name}: prepared by the applicant but no template is given";
        /// Held by a shared source yet asked for.
        SharedButAsked { name: &'a str, source: &'a str } => "{name}：{source}已有此材料，应通过共享获取，不应向申请人索要", "{name}: {source} holds it; obtain it by sharing instead of asking the applicant";
        /// A 前置 cycle.
        AfterCycle { cycle: String } => "前置关系形成循环：{cycle}", "前置 relations form a cycle: {cycle}";
        /// A bundle naming another unit than the matter's.
        BundleDepartmentMismatch { name: &'a str, bundle: &'a str, named: &'a str, actual: &'a str } => "{name}（{bundle}）：一件事清单写的是{named}，事项的实施部门是{actual}", "{name} in {bundle}: the bundle names {named}, the matter is implemented by {actual}";
    }
}
