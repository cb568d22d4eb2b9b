//! `credit.judge` — the judgement after a finished case (`tj-2018-commitment` 第七条, 第九条), with
//! the severity of `tj-2018-discipline` 第五条 (严重失信) or 第十四条 (轻微失信).

use super::{DishonestForm, Judgement, Severity};
use crate::reason::{doc, Citation, Reason};
use serde::{Deserialize, Serialize};

/// The facts of one finished case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFacts {
    /// All committed materials were supplied within the period (or none were missing).
    #[serde(default = "yes")]
    pub supplied_on_time: bool,
    /// The supplied materials meet the legal conditions.
    #[serde(default = "yes")]
    pub conforming: bool,
    /// The licensing decision was revoked.
    #[serde(default)]
    pub decision_revoked: bool,
    /// Materials were falsified, concealed or fraudulent (弄虚作假、欺诈隐瞒、恶意欺骗).
    #[serde(default)]
    pub falsified: bool,
    /// Another ground of dishonesty the law sets, named.
    #[serde(default)]
    pub other_ground: Option<String>,
    /// Serious harm to people's health or life.
    #[serde(default)]
    pub serious_harm: bool,
    /// Serious damage to fair competition or social order.
    #[serde(default)]
    pub serious_disorder: bool,
    /// The licensed activity was carried on without the licence.
    #[serde(default)]
    pub acted_without_license: bool,
    /// The revocation had serious consequences.
    #[serde(default)]
    pub serious_consequences: bool,
    /// A minor lapse such as a late annual inspection (年检年审逾期).
    #[serde(default)]
    pub minor: bool,
}

fn yes() -> bool {
    true
}

/// The judgement, its form and severity, and the reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// Honest or dishonest.
    pub judgement: Judgement,
    /// Form of dishonesty (第九条).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<DishonestForm>,
    /// Severity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// Why.
    pub reasons: Vec<Reason>,
}

const C: &str = doc::TJ_2018_COMMITMENT;
const D: &str = doc::TJ_2018_DISCIPLINE;

/// Judges one case.
pub fn judge(f: &CaseFacts) -> Verdict {
    let mut reasons = Vec::new();
    let form = if f.falsified {
        reasons.push(Reason::new(
            "credit.falsified",
            "materials were falsified, concealed or fraudulent",
            Citation::new(C, "第九条(一)"),
        ));
        Some(DishonestForm::Falsified)
    } else if !f.supplied_on_time {
        reasons.push(Reason::new(
            "credit.late_materials",
            "the committed materials were not supplied in time",
            Citation::new(C, "第九条(二)"),
        ));
        Some(DishonestForm::LateMaterials)
    } else if !f.conforming && f.decision_revoked {
        reasons.push(Reason::new(
            "credit.nonconforming_revoked",
            "the supplied materials did not meet the conditions and the decision was revoked",
            Citation::new(C, "第九条(三)"),
        ));
        Some(DishonestForm::NonconformingRevoked)
    } else if let Some(g) = f.other_ground.as_deref().filter(|g| !g.trim().is_empty()) {
        reasons.push(Reason::new(
            "credit.other_ground",
            format!("another legal ground: {g}"),
            Citation::new(C, "第九条(四)"),
        ));
        Some(DishonestForm::Other)
    } else {
        None
    };
    let Some(form) = form else {
        let mut reasons = vec![Reason::new(
            "credit.honest",
            "all materials were supplied as agreed and in time, and they meet the law",
            Citation::new(C, "第九条"),
        )];
        if !f.conforming {
            reasons.push(Reason::new(
                "credit.nonconforming_not_revoked",
                "materials did not conform but the decision was not revoked: no form of dishonesty of 第九条 applies yet",
                Citation::new(C, "第九条(三)"),
            ));
        }
        return Verdict {
            judgement: Judgement::Honest,
            form: None,
            severity: None,
            reasons,
        };
    };
    let severe_grounds: [(bool, &str, &str); 6] = [
        (
            f.serious_harm,
            "第五条(一)",
            "serious harm to people's health or life",
        ),
        (
            f.serious_disorder,
            "第五条(二)",
            "serious damage to fair competition or social order",
        ),
        (
            f.acted_without_license,
            "第五条(三)",
            "the activity was carried on without the licence",
        ),
        (
            form == DishonestForm::LateMaterials,
            "第五条(四)",
            "committed materials not supplied in time",
        ),
        (
            form == DishonestForm::Falsified,
            "第五条(五)",
            "falsified, concealed or fraudulent materials",
        ),
        (
            form == DishonestForm::NonconformingRevoked && f.serious_consequences,
            "第五条(六)",
            "non-conforming materials, decision revoked, serious consequences",
        ),
    ];
    let mut severity = Severity::General;
    for (applies, art, what) in severe_grounds {
        if applies {
            severity = Severity::Severe;
            reasons.push(Reason::new(
                "credit.severe",
                format!("severe dishonesty: {what}"),
                Citation::new(D, art),
            ));
        }
    }
    if severity != Severity::Severe && f.minor {
        severity = Severity::Minor;
        reasons.push(Reason::new(
            "credit.minor",
            "a minor lapse: education first, lighter or no punishment",
            Citation::new(D, "第十四条"),
        ));
    }
    reasons.push(Reason::new(
        "credit.blacklist",
        "one dishonest judgement in commitment approval puts the subject on the blacklist",
        Citation::new(C, "第七条"),
    ));
    Verdict {
        judgement: Judgement::Dishonest,
        form: Some(form),
        severity: Some(severity),
        reasons,
    }
}
