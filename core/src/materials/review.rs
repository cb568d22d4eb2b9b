//! `material.review` — 证明清理: whether a proof or material is cancelled or kept
//! (`tj-2018-notice` 三(二), 三(六); `baodi-2018` 二(一)2, 二(七)).
//!
//! A material is cancelled when it has no basis in law, administrative regulation or rules (a
//! department's own documents or habits do not count); when it can be obtained by internal
//! investigation or data sharing; when a valid ID or certificate proves it; when a written
//! commitment, signed statement or agreement can replace it; when the issuing unit has no power
//! or no means to verify it; when another material covers it; when it can be checked online;
//! when an intermediary's material can be commissioned by the authority itself; when it is
//! another department's decision that a letter can convey; or when, though it has a basis, the
//! applicant cannot obtain it by normal means and its absence has no major effect (the authority
//! supervising instead, `baodi-2018` 二(一)2). Otherwise it is kept, with its basis.

use super::messages::ReviewMsg;
use crate::reason::Reason;
use serde::{Deserialize, Serialize};

pub use crate::norm::BasisKind;

/// The facts of one proof or material under review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProofFacts {
    /// Its name.
    #[serde(default)]
    pub name: Option<String>,
    /// What kind of norm requires it.
    pub basis: BasisKind,
    /// The norm and article, when there is one.
    #[serde(default)]
    pub basis_text: Option<String>,
    /// For a local regulation: whether its requirement is reasonable and necessary.
    #[serde(default = "yes")]
    pub basis_reasonable: bool,
    /// Obtainable by internal investigation or data sharing.
    #[serde(default)]
    pub obtainable_internally: bool,
    /// A valid ID or certificate the applicant holds proves it.
    #[serde(default)]
    pub proven_by_certificate: bool,
    /// A written commitment, signed statement or agreement can replace it.
    #[serde(default)]
    pub replaceable_by_commitment: bool,
    /// The issuing unit has no power or no means to verify it.
    #[serde(default)]
    pub issuer_cannot_verify: bool,
    /// Another material covers or replaces it.
    #[serde(default)]
    pub covered_by_other: bool,
    /// It can be checked online.
    #[serde(default)]
    pub checkable_online: bool,
    /// An intermediary's material that the authority can commission itself.
    #[serde(default)]
    pub intermediary_commissionable: bool,
    /// Another department's decision, which a letter from it can convey (以函代证).
    #[serde(default)]
    pub decision_of_other_department: bool,
    /// The applicant cannot obtain it by normal means in practice (无法通过正常途径获得).
    #[serde(default)]
    pub unobtainable_by_normal_means: bool,
    /// Without it no major effect follows, the authority managing the matter by supervision
    /// during and after (强化事中事后监管…不会产生重大影响).
    #[serde(default)]
    pub no_major_effect: bool,
}

fn yes() -> bool {
    true
}

wire_enum! {
    /// The outcome of a review.
    #[cfg_attr(feature = "schema", schemars(rename = "ReviewDecision"))]
    Decision {
        /// 取消
        Cancel => "cancel", "取消";
        /// 保留
        Keep => "keep", "保留";
    }
}

/// Reviews one proof; every ground that applies is a reason.
pub fn review(f: &ProofFacts) -> (Decision, Vec<Reason>) {
    let mut r = Vec::new();
    if !f.basis.counts() {
        r.push(
            ReviewMsg::NoBasis {
                basis: f.basis.label(),
            }
            .reason(),
        );
    } else if f.basis == BasisKind::LocalRegulation && !f.basis_reasonable {
        r.push(ReviewMsg::UnreasonableLocalRegulation.reason());
    }
    let grounds = [
        (f.obtainable_internally, ReviewMsg::ObtainableInternally),
        (f.proven_by_certificate, ReviewMsg::ProvenByCertificate),
        (
            f.replaceable_by_commitment,
            ReviewMsg::ReplaceableByCommitment,
        ),
        (f.issuer_cannot_verify, ReviewMsg::IssuerCannotVerify),
        (f.covered_by_other, ReviewMsg::CoveredByOther),
        (f.checkable_online, ReviewMsg::CheckableOnline),
        (
            f.intermediary_commissionable,
            ReviewMsg::IntermediaryCommissionable,
        ),
        (f.decision_of_other_department, ReviewMsg::Letter),
    ];
    for (applies, ground) in grounds {
        if applies {
            r.push(ground.reason());
        }
    }
    // 宝坻 二(一)2: both halves are needed — unobtainable by normal means *and* no major effect
    // (the authority supervising instead); a basis in law does not save it.
    if f.unobtainable_by_normal_means && f.no_major_effect {
        r.push(ReviewMsg::Unobtainable.reason());
    }
    if r.is_empty() {
        let basis = f
            .basis_text
            .clone()
            .unwrap_or_else(|| f.basis.label().to_string());
        r.push(ReviewMsg::Kept { basis }.reason());
        (Decision::Keep, r)
    } else {
        (Decision::Cancel, r)
    }
}
