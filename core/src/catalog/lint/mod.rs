//! `catalog.lint` — the rules of SPEC §2 and §3 that a catalog can break, each finding with its
//! rule, severity, the record it concerns, a path into the catalog and the article it rests on.
//!
//! Errors break a rule outright (a promised limit longer than the statutory one); warnings miss a
//! reform target or a disclosure duty that may have a reason (a licence promised in 7 working
//! days); infos say which legal default applies (no statutory limit: 20 working days). The
//! rules are [`Rule`]; the matters' checks are in `matters`, the materials', 前置 relations' and
//! bundles' in `records`.

mod matters;
mod records;
mod rules;

pub use records::{after_cycle, out_of_scope};
pub use rules::Rule;

use super::Catalog;
use crate::policy::Policy;
use crate::reason::Citation;
use serde::Serialize;

wire_enum! {
    /// How serious a finding is.
    Severity {
        /// Breaks a rule.
        Error => "error", "错误";
        /// Misses a target or duty that may have a reason.
        Warning => "warning", "警告";
        /// Names the legal default that applies.
        Info => "info", "提示";
    }
}

/// One lint finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule (serialized as its id, e.g. `limit.promised_exceeds_statutory`).
    pub rule: Rule,
    /// Severity.
    pub severity: Severity,
    /// The matter concerned (code).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matter: Option<String>,
    /// The material concerned (id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub material: Option<String>,
    /// The bundle concerned (id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bundle: Option<String>,
    /// Path into the catalog.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
    /// The article the rule rests on.
    pub citation: Citation,
}

/// The findings as they are collected.
pub(crate) struct Out {
    findings: Vec<Finding>,
}

impl Out {
    pub(crate) fn push(&mut self, rule: Rule, path: String, message: String) -> &mut Finding {
        self.findings.push(Finding {
            rule,
            severity: rule.severity(),
            matter: None,
            material: None,
            bundle: None,
            path,
            message,
            citation: rule.citation(),
        });
        self.findings
            .last_mut()
            .unwrap_or_else(|| unreachable!("just pushed"))
    }
    pub(crate) fn matter(&mut self, m: &super::Matter, rule: Rule, path: String, message: String) {
        self.push(rule, path, message).matter = Some(m.code.clone());
    }
}

/// Lints a catalog against the rules and the policy's targets. Linear in the catalog's size.
pub fn lint(cat: &Catalog, policy: &Policy) -> Vec<Finding> {
    let mut out = Out {
        findings: Vec::new(),
    };
    matters::check(cat, policy, &mut out);
    records::check(cat, &mut out);
    out.findings
}
