//! The lint's rules: one enum, each rule with its id, severity, citation and what it checks. A
//! finding names its rule by value, so a rule cannot be misspelt into a silent default.

use super::Severity;
use crate::catalog::types::cite;
use crate::reason::{doc, Citation};
use serde::Serialize;

macro_rules! rules {
    ($( $v:ident => $id:literal, $sev:ident, $cite:expr, $what:literal; )*) => {
        /// A rule of `catalog.lint`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Rule { $( #[doc = $what] $v, )* }

        impl Rule {
            /// Every rule, in output order.
            pub const ALL: &'static [Rule] = &[ $( Rule::$v, )* ];

            /// The stable id (`limit.promised_exceeds_statutory`).
            pub const fn id(self) -> &'static str {
                match self { $( Rule::$v => $id, )* }
            }

            /// How serious a finding of this rule is.
            pub const fn severity(self) -> Severity {
                match self { $( Rule::$v => Severity::$sev, )* }
            }

            /// The article the rule rests on.
            pub const fn citation(self) -> Citation {
                match self { $( Rule::$v => $cite, )* }
            }

            /// What the rule checks.
            pub const fn description(self) -> &'static str {
                match self { $( Rule::$v => $what, )* }
            }
        }
    };
}

rules! {
    MatterMissingElement => "matter.missing_element", Error, cite::ELEMENTS, "a required element of the matter is missing";
    MatterMissingContact => "matter.missing_contact", Warning, Citation::new(doc::TJ_2018_DISCLOSURE, "第十三条(一)"), "where to apply (办理地点) or the consultation phone (咨询电话) is not published";
    MatterDuplicateCode => "matter.duplicate_code", Error, cite::NAMES, "the same code appears twice at one level";
    MatterNameMismatch => "matter.name_mismatch", Error, cite::NAMES, "one code carries different names at different levels";
    MatterHierarchy => "matter.hierarchy", Warning, cite::NAMES, "a 子项 or 类型项 without a proper parent";
    MatterOutOfScope => "matter.out_of_scope", Error, cite::SCOPE, "a kind of power that is not a government service";
    MatterAfterCycle => "matter.after_cycle", Error, Citation::new(doc::TJ_2022_ONETHING, "三(一)1"), "前置 relations form a cycle";
    ItemDepartmentRuleOnly => "item.department_rule_only", Error, cite::CHANGES, "a 子项 or 类型项 set by a 部门规章 alone: to be cancelled";
    MatterDefaultValidity => "matter.default_validity", Info, cite::PROCEDURE, "no validity or scope given: 长期有效 / 全国 apply";
    ModeImmediateWithSpecialSteps => "mode.immediate_with_special_steps", Error, cite::IMMEDIATE, "马上办 although special steps are needed";
    ModeOnlineWithoutUrl => "mode.online_without_url", Error, cite::ONLINE, "网上办 without a published address";
    ModeIdCardOnlyNeedsMore => "mode.id_card_only_needs_more", Error, cite::ID_CARD_ONLY, "一证通办 although other materials are required";
    LimitStatutoryMissing => "limit.statutory_missing", Info, cite::STATUTORY_DEFAULT, "no statutory limit: 20 working days apply";
    LimitPromisedMissing => "limit.promised_missing", Warning, cite::LIMITS, "no promised limit published";
    LimitPromisedExceedsStatutory => "limit.promised_exceeds_statutory", Error, cite::LIMITS, "promised limit longer than the statutory one";
    LimitCompressionBelowTarget => "limit.compression_below_target", Warning, cite::COMPRESSION, "promised limit less than 60 % shorter than the statutory one";
    LimitLicenseOverTarget => "limit.license_over_target", Warning, cite::COMPRESSION, "a licence promised in more than 5 working days";
    FeeMissingStandardOrBasis => "fee.missing_standard_or_basis", Error, cite::FEES, "a fee without its standard or legal basis";
    ConvenienceMissing => "convenience.missing", Warning, cite::CONVENIENCE, "办理便捷度 (delivery, appointment, joint handling, FAQ, 通办范围) is not published";
    ConvenienceJointWithoutDepartments => "convenience.joint_without_departments", Error, cite::CONVENIENCE, "joint handling without the departments named";
    CommitmentExcludedDomain => "commitment.excluded_domain", Error, cite::COMMITMENT_SCOPE, "commitment approval in an excluded domain";
    CommitmentIrrevocable => "commitment.irrevocable", Error, cite::COMMITMENT_SCOPE, "commitment approval for a decision that cannot be revoked";
    CommitmentDeferrableWithoutCommitment => "commitment.deferrable_without_commitment", Warning, Citation::new(doc::TJ_2018_COMMITMENT, "第三条"), "a deferrable material in a matter that offers no commitment approval";
    MaterialMissingRank => "material.missing_rank", Warning, cite::MATERIALS, "no 材料位阶";
    MaterialMissingAttribute => "material.missing_attribute", Warning, cite::MATERIALS, "no 材料属性";
    MaterialMissingSource => "material.missing_source", Warning, cite::MATERIALS, "no 材料来源";
    MaterialMissingNotes => "material.missing_notes", Warning, cite::MATERIALS, "no 材料准备要点";
    MaterialApplicantWithoutTemplate => "material.applicant_without_template", Warning, cite::TEMPLATES, "the applicant prepares it but no template is given";
    MaterialFormWithoutBlankOrSample => "material.form_without_blank_or_sample", Warning, cite::TEMPLATES, "an application form without a blank or a filled sample";
    MaterialSharedButAsked => "material.shared_but_asked", Warning, cite::NO_ASKING_TWICE, "a government source holds it, yet the applicant is asked for it";
    BundleDepartmentMismatch => "bundle.department_mismatch", Warning, cite::BUNDLES, "the bundle names another responsible unit than the matter's implementing department";
}

impl Rule {
    /// A rule by its id.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Rule {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LintRule".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        schemars::json_schema!({"description": "A rule of the catalog lint, by its id.", "type": "string", "enum": ids})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_found() {
        let mut seen = std::collections::HashSet::new();
        for r in Rule::ALL {
            assert!(seen.insert(r.id()), "{}", r.id());
            assert_eq!(Rule::from_id(r.id()), Some(*r));
            assert!(!r.description().is_empty());
        }
        assert_eq!(Rule::from_id("no.such_rule"), None);
    }
}
