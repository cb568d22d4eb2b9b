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

use crate::reason::{doc, Citation, Reason};
use serde::{Deserialize, Serialize};

pub use crate::norm::BasisKind;

/// The facts of one proof or material under review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    Decision {
        /// 取消
        Cancel => "cancel", "取消";
        /// 保留
        Keep => "keep", "保留";
    }
}

const BASIS: Citation = Citation::new(doc::TJ_2018_NOTICE, "三(二)");
const GROUNDS: Citation = Citation::new(doc::TJ_2018_NOTICE, "三(六)");
const BAODI_PROOFS: Citation = Citation::new(doc::BAODI_2018, "二(七)");
const BAODI_MATERIALS: Citation = Citation::new(doc::BAODI_2018, "二(一)2");

/// Reviews one proof; every ground that applies is a reason.
pub fn review(f: &ProofFacts) -> (Decision, Vec<Reason>) {
    let mut r = Vec::new();
    if !f.basis.counts() {
        r.push(Reason::new(
            "proof.no_basis",
            msg!(
                format!("其依据为{}，不是法律、法规或规章", f.basis.label()),
                format!(
                    "it rests on {} — not a law, regulation or rule",
                    f.basis.label()
                )
            ),
            BASIS,
        ));
    } else if f.basis == BasisKind::LocalRegulation && !f.basis_reasonable {
        r.push(Reason::new(
            "proof.unreasonable_local_regulation",
            msg!(
                "地方性法规设定但不合理、不必要：按程序取消",
                "a local regulation requires it without reason or need: cancel by the set procedure"
            ),
            BAODI_PROOFS,
        ));
    }
    let grounds: [(bool, &'static str, &str, Citation); 8] = [
        (f.obtainable_internally, "proof.obtainable_internally", tr!("可通过内部调查或数据共享获取", "it can be obtained by internal investigation or data sharing"), GROUNDS),
        (f.proven_by_certificate, "proof.proven_by_certificate", tr!("申请人的有效证件或证照即可证明", "a valid ID or certificate of the applicant proves it"), GROUNDS),
        (f.replaceable_by_commitment, "proof.replaceable_by_commitment", tr!("可用书面承诺、签字声明或协议代替", "a written commitment, signed statement or agreement can replace it"), GROUNDS),
        (f.issuer_cannot_verify, "proof.issuer_cannot_verify", tr!("开具单位无权或无法核实", "the issuing unit has no power or no means to verify it"), GROUNDS),
        (f.covered_by_other, "proof.covered_by_other", tr!("已被其他材料涵盖或替代", "another material covers or replaces it"), BAODI_PROOFS),
        (f.checkable_online, "proof.checkable_online", tr!("可通过网络核验", "it can be checked online"), BAODI_PROOFS),
        (f.intermediary_commissionable, "proof.intermediary_commissionable", tr!("可由行政机关自行委托中介服务", "the authority can commission the intermediary's work itself"), BAODI_MATERIALS),
        (f.decision_of_other_department, "proof.letter", tr!("属其他部门的决定，以该部门函件转达（以函代证）", "it is another department's decision, which a letter from that department conveys (以函代证)"), BAODI_MATERIALS),
    ];
    for (applies, code, message, citation) in grounds {
        if applies {
            r.push(Reason::new(code, message, citation));
        }
    }
    // 宝坻 二(一)2: both halves are needed — unobtainable by normal means *and* no major effect
    // (the authority supervising instead); a basis in law does not save it.
    if f.unobtainable_by_normal_means && f.no_major_effect {
        r.push(Reason::new(
            "proof.unobtainable",
            msg!(
                "申请人通过正常途径无法获取，且取消后通过事中事后监管不会产生重大影响",
                "the applicant cannot obtain it by normal means, and supervision during and after can manage without it with no major effect"
            ),
            BAODI_MATERIALS,
        ));
    }
    if r.is_empty() {
        let basis = f
            .basis_text
            .clone()
            .unwrap_or_else(|| f.basis.label().to_string());
        r.push(Reason::new(
            "proof.kept",
            msg!(
                format!("保留：其依据为{basis}，不符合任何取消情形；依据已列明"),
                format!("kept: it rests on {basis} and no ground for cancelling applies; its basis is listed")
            ),
            BAODI_PROOFS,
        ));
        (Decision::Keep, r)
    } else {
        (Decision::Cancel, r)
    }
}
