//! `catalog.lint` — the rules of SPEC §2 and §3 that a catalog can break, each finding with its
//! rule, severity, the record it concerns, a path into the catalog and the article it rests on.
//!
//! Errors break a rule outright (a promised limit longer than the statutory one); warnings miss a
//! reform target or a disclosure duty that may have a reason (a licence promised in 7 working
//! days); infos say which legal default applies (no statutory limit: 20 working days). The
//! rules are [`Rule`]; the matters' checks are in `matters`, the materials', 前置 relations' and
//! bundles' in `records`.

mod matters;
pub mod messages;
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
    #[cfg_attr(feature = "schema", schemars(rename = "LintSeverity"))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// Approximate size of the findings as JSON, and the most the caller takes.
    bytes: usize,
    max_bytes: usize,
}

impl Out {
    /// Whether the findings already exceed what the caller takes (the checks stop then).
    pub(crate) fn full(&self) -> bool {
        self.bytes > self.max_bytes
    }

    pub(crate) fn push(
        &mut self,
        rule: Rule,
        path: String,
        message: impl Into<String>,
    ) -> &mut Finding {
        let message: String = message.into();
        // Names in a catalog are the host's text: a finding never shows an ID number whole.
        let message = crate::mask::mask_text(&message);
        let path = crate::mask::mask_text(&path);
        // rule, severity, path, message, citation and the matter's code, with JSON punctuation.
        self.bytes += rule.id().len() + path.len() + message.len() + 160;
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
    pub(crate) fn matter(
        &mut self,
        m: &super::Matter,
        rule: Rule,
        path: String,
        message: impl Into<String>,
    ) {
        self.push(rule, path, message).matter = Some(m.code.clone());
    }
}

/// Lints a catalog against the rules and the policy's targets. Linear in the catalog's size.
pub fn lint(cat: &Catalog, policy: &Policy) -> Vec<Finding> {
    lint_within(cat, policy, usize::MAX).unwrap_or_default()
}

/// [`lint`], stopping as soon as the findings would take more than `max_bytes` of JSON (`None`
/// then): the work and the memory stay within what the caller will take.
pub fn lint_within(cat: &Catalog, policy: &Policy, max_bytes: usize) -> Option<Vec<Finding>> {
    let mut out = Out {
        findings: Vec::new(),
        bytes: 0,
        max_bytes,
    };
    matters::check(cat, policy, &mut out);
    if !out.full() {
        records::check(cat, &mut out);
    }
    (!out.full()).then_some(out.findings)
}
