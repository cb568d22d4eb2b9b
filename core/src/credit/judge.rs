//! `credit.judge` — the judgement after a finished case (`tj-2018-commitment` 第七条, 第九条), with
//! the severity of `tj-2018-discipline` 第五条 (严重失信) or 第十四条 (轻微失信).
//!
//! Readings of the text, where it allows two:
//! - A fact that 失信惩戒办法 第五条(一)–(三) names a severe dishonesty on its own (serious harm,
//!   serious disorder, acting without the licence) is a judgement of 失信 even when none of
//!   信用承诺办法 第九条(一)–(三) applies. It is recorded with the form `other` (第九条(四),
//!   "法律法规规定的其他情形") and the 第五条 item cited as its ground: the form list is fixed for
//!   hosts, and 第九条(四) is the item that takes grounds set elsewhere.
//! - A minor lapse alone (第十四条, "逾期未进行年检年审等轻微失信行为") is still 失信, with severity
//!   `minor` and the same form `other`: 第十四条 lightens the punishment, not the judgement.
//! - False materials bar the subject from commitment approval by themselves (全程监督办法 第十七条,
//!   "提供虚假材料申请的…对该行政相对人不再适用承诺审批"): the bar follows the `falsified`
//!   judgement, which is the record `credit.status` reads.

use super::messages::{Ground, JudgeMsg};
use super::{DishonestForm, Judgement, Record, Severity};
use crate::calendar::{Calendar, Period};
use crate::error::Result;
use crate::reason::Reason;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The facts of one finished case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// The day of the judgement; when given, the answer carries the record to append.
    #[serde(default, with = "crate::date::ymd_opt")]
    pub on: Option<NaiveDate>,
    /// The day the violation was found in enforcement: the record is due within the credit-entry
    /// period (7 working days, `tj-2018-discipline` 第七条).
    #[serde(default, with = "crate::date::ymd_opt")]
    pub found_on: Option<NaiveDate>,
    /// The matter of the case, carried into the record.
    #[serde(default)]
    pub matter: Option<String>,
}

fn yes() -> bool {
    true
}

/// The judgement, its form and severity, and the reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Verdict {
    /// Honest or dishonest.
    pub judgement: Judgement,
    /// Form of dishonesty (第九条).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<DishonestForm>,
    /// Severity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// The day the record is due in the credit record, when `found_on` was given (第七条).
    #[serde(skip_serializing_if = "Option::is_none", with = "crate::date::ymd_opt")]
    pub record_due: Option<NaiveDate>,
    /// The record to append to the subject's 诚信档案, when `on` was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<Record>,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// The 第五条 facts that make a severe dishonesty on their own.
fn discipline_grounds(f: &CaseFacts) -> [(bool, Ground); 3] {
    [
        (f.serious_harm, Ground::Harm),
        (f.serious_disorder, Ground::Disorder),
        (f.acted_without_license, Ground::Unlicensed),
    ]
}

/// The form of dishonesty of 第九条, pushing the reason that names it.
fn form_of(f: &CaseFacts, reasons: &mut Vec<Reason>) -> Option<DishonestForm> {
    if f.falsified {
        reasons.push(JudgeMsg::Falsified.reason());
        return Some(DishonestForm::Falsified);
    }
    if !f.supplied_on_time {
        reasons.push(JudgeMsg::LateMaterials.reason());
        return Some(DishonestForm::LateMaterials);
    }
    if !f.conforming && f.decision_revoked {
        reasons.push(JudgeMsg::NonconformingRevoked.reason());
        return Some(DishonestForm::NonconformingRevoked);
    }
    if let Some(g) = f.other_ground.as_deref().filter(|g| !g.trim().is_empty()) {
        reasons.push(
            JudgeMsg::OtherGround {
                ground: crate::mask::mask_text(g),
            }
            .reason(),
        );
        return Some(DishonestForm::Other);
    }
    if let Some((_, ground)) = discipline_grounds(f).into_iter().find(|g| g.0) {
        reasons.push(
            JudgeMsg::DisciplineGround {
                ground,
                article: ground.article(),
            }
            .reason(),
        );
        return Some(DishonestForm::Other);
    }
    if f.minor {
        reasons.push(JudgeMsg::MinorGround.reason());
        return Some(DishonestForm::Other);
    }
    None
}

/// Judges one case. The calendar dates the record's due day when `found_on` is given.
pub fn judge(f: &CaseFacts, cal: &Calendar, entry_period: Period) -> Result<Verdict> {
    let mut reasons = Vec::new();
    let form = form_of(f, &mut reasons);
    let (judgement, severity) = match form {
        None => {
            reasons.push(JudgeMsg::Honest.reason());
            if !f.conforming {
                reasons.push(JudgeMsg::NonconformingNotRevoked.reason());
            }
            (Judgement::Honest, None)
        }
        Some(form) => (Judgement::Dishonest, Some(severity(f, form, &mut reasons))),
    };
    // 第七条 has "行政相对人违法违规信息" entered within its period: an honest judgement enters
    // nothing, so it has no entry deadline (and its record no finding day to be late against).
    let found_on = f.found_on.filter(|_| judgement == Judgement::Dishonest);
    if let (Some(found), Judgement::Honest) = (f.found_on, judgement) {
        reasons.push(JudgeMsg::NoEntry { found }.reason());
    }
    let record_due = match found_on {
        None => None,
        Some(found) => {
            let due = cal
                .deadline(found, entry_period, &[])
                .map_err(|e| e.within("found_on"))?
                .due;
            entry_reasons(found, due, f.on, &mut reasons);
            Some(due)
        }
    };
    let record = f.on.map(|on| Record::Judgement {
        on,
        judgement,
        form,
        severity,
        matter: f.matter.clone(),
        found_on,
    });
    Ok(Verdict {
        judgement,
        form,
        severity,
        record_due,
        record,
        reasons,
    })
}

/// The severity of a dishonest judgement (第五条, 第十四条), and what follows from it.
fn severity(f: &CaseFacts, form: DishonestForm, reasons: &mut Vec<Reason>) -> Severity {
    let mut severe_grounds = discipline_grounds(f).to_vec();
    severe_grounds.extend([
        (form == DishonestForm::LateMaterials, Ground::LateMaterials),
        (form == DishonestForm::Falsified, Ground::Falsified),
        (
            form == DishonestForm::NonconformingRevoked && f.serious_consequences,
            Ground::NonconformingSerious,
        ),
    ]);
    let mut severity = Severity::General;
    for (applies, ground) in severe_grounds {
        if applies {
            severity = Severity::Severe;
            reasons.push(JudgeMsg::Severe { ground }.reason());
        }
    }
    if severity != Severity::Severe && f.minor {
        severity = Severity::Minor;
        reasons.push(JudgeMsg::Minor.reason());
    }
    reasons.push(JudgeMsg::Blacklist.reason());
    if form == DishonestForm::Falsified {
        reasons.push(JudgeMsg::CommitmentBarred.reason());
    }
    severity
}

/// The credit-entry period of 第七条: due day, and whether the record came late.
fn entry_reasons(
    found: NaiveDate,
    due: NaiveDate,
    on: Option<NaiveDate>,
    reasons: &mut Vec<Reason>,
) {
    reasons.push(JudgeMsg::RecordDue { found, due }.reason());
    if let Some(on) = on.filter(|on| *on > due) {
        reasons.push(JudgeMsg::LateEntry { on, due }.reason());
    }
}
