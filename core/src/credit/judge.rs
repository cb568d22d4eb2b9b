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

use super::{DishonestForm, Judgement, Record, Severity};
use crate::calendar::{Calendar, Period};
use crate::error::Result;
use crate::lang::zh_date;
use crate::reason::{doc, Citation, Reason};
use chrono::NaiveDate;
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

const C: &str = doc::TJ_2018_COMMITMENT;
const D: &str = doc::TJ_2018_DISCIPLINE;
const S: &str = doc::TJ_2018_SUPERVISION;

/// The 第五条 facts that make a severe dishonesty on their own, with their item.
fn discipline_grounds(f: &CaseFacts) -> [(bool, &'static str, &'static str); 3] {
    [
        (
            f.serious_harm,
            "第五条(一)",
            tr!(
                "严重损害人民群众身体健康和生命安全",
                "serious harm to people's health or life"
            ),
        ),
        (
            f.serious_disorder,
            "第五条(二)",
            tr!(
                "严重破坏市场公平竞争秩序和社会正常秩序",
                "serious damage to fair competition or social order"
            ),
        ),
        (
            f.acted_without_license,
            "第五条(三)",
            tr!(
                "未取得许可擅自从事相关活动",
                "the activity was carried on without the licence"
            ),
        ),
    ]
}

/// The form of dishonesty of 第九条, pushing the reason that names it.
fn form_of(f: &CaseFacts, reasons: &mut Vec<Reason>) -> Option<DishonestForm> {
    if f.falsified {
        reasons.push(Reason::new(
            "credit.falsified",
            msg!(
                "申请材料存在弄虚作假、欺诈隐瞒、恶意欺骗情形",
                "materials were falsified, concealed or fraudulent"
            ),
            Citation::new(C, "第九条(一)"),
        ));
        return Some(DishonestForm::Falsified);
    }
    if !f.supplied_on_time {
        reasons.push(Reason::new(
            "credit.late_materials",
            msg!(
                "未按时提交约定的申请材料",
                "the committed materials were not supplied in time"
            ),
            Citation::new(C, "第九条(二)"),
        ));
        return Some(DishonestForm::LateMaterials);
    }
    if !f.conforming && f.decision_revoked {
        reasons.push(Reason::new(
            "credit.nonconforming_revoked",
            msg!(
                "提交的申请材料不符合法定条件，行政许可决定被撤销",
                "the supplied materials did not meet the conditions and the decision was revoked"
            ),
            Citation::new(C, "第九条(三)"),
        ));
        return Some(DishonestForm::NonconformingRevoked);
    }
    if let Some(g) = f.other_ground.as_deref().filter(|g| !g.trim().is_empty()) {
        reasons.push(Reason::new(
            "credit.other_ground",
            msg!(
                format!("法律法规规定的其他情形：{}", crate::mask::mask_text(g)),
                format!("another legal ground: {}", crate::mask::mask_text(g))
            ),
            Citation::new(C, "第九条(四)"),
        ));
        return Some(DishonestForm::Other);
    }
    if let Some((_, art, what)) = discipline_grounds(f).into_iter().find(|g| g.0) {
        reasons.push(Reason::new(
            "credit.discipline_ground",
            msg!(
                format!("{what}：本身即属严重失信（《失信惩戒办法》{art}），按其他情形记录"),
                format!("{what}: a severe dishonesty in its own right (失信惩戒办法 {art}), recorded as another ground")
            ),
            Citation::new(C, "第九条(四)"),
        ));
        return Some(DishonestForm::Other);
    }
    if f.minor {
        reasons.push(Reason::new(
            "credit.minor_ground",
            msg!(
                "逾期年检等轻微失信行为，按其他情形记录",
                "a minor dishonesty such as a late annual inspection, recorded as another ground"
            ),
            Citation::new(C, "第九条(四)"),
        ));
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
            reasons.push(Reason::new(
                "credit.honest",
                msg!(
                    "已按约定按时提交全部材料，且符合法定条件",
                    "all materials were supplied as agreed and in time, and they meet the law"
                ),
                Citation::new(C, "第九条"),
            ));
            if !f.conforming {
                reasons.push(Reason::new(
                    "credit.nonconforming_not_revoked",
                    msg!(
                        "材料不符合要求但许可决定未被撤销：尚不构成第九条所列失信情形",
                        "materials did not conform but the decision was not revoked: no form of dishonesty of 第九条 applies yet"
                    ),
                    Citation::new(C, "第九条(三)"),
                ));
            }
            (Judgement::Honest, None)
        }
        Some(form) => (Judgement::Dishonest, Some(severity(f, form, &mut reasons))),
    };
    // 第七条 has "行政相对人违法违规信息" entered within its period: an honest judgement enters
    // nothing, so it has no entry deadline (and its record no finding day to be late against).
    let found_on = f.found_on.filter(|_| judgement == Judgement::Dishonest);
    if let (Some(found), Judgement::Honest) = (f.found_on, judgement) {
        reasons.push(Reason::new(
            "credit.no_entry",
            msg!(
                format!("{}的事实未构成失信行为：无违法违规信息需记入信用记录，不设记入期限", zh_date(found)),
                format!("the facts found on {found} are not dishonest: no violation enters the credit record, so there is no entry deadline")
            ),
            Citation::new(D, "第七条"),
        ));
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
    let mut severe_grounds: Vec<(bool, &str, &str)> = discipline_grounds(f).to_vec();
    severe_grounds.extend([
        (
            form == DishonestForm::LateMaterials,
            "第五条(四)",
            tr!(
                "未按时提交约定的申请材料",
                "committed materials not supplied in time"
            ),
        ),
        (
            form == DishonestForm::Falsified,
            "第五条(五)",
            tr!(
                "申请材料弄虚作假、欺诈隐瞒",
                "falsified, concealed or fraudulent materials"
            ),
        ),
        (
            form == DishonestForm::NonconformingRevoked && f.serious_consequences,
            "第五条(六)",
            tr!(
                "材料不符合法定条件、许可决定被撤销且造成严重后果",
                "non-conforming materials, decision revoked, serious consequences"
            ),
        ),
    ]);
    let mut severity = Severity::General;
    for (applies, art, what) in severe_grounds {
        if applies {
            severity = Severity::Severe;
            reasons.push(Reason::new(
                "credit.severe",
                msg!(
                    format!("严重失信：{what}"),
                    format!("severe dishonesty: {what}")
                ),
                Citation::new(D, art),
            ));
        }
    }
    if severity != Severity::Severe && f.minor {
        severity = Severity::Minor;
        reasons.push(Reason::new(
            "credit.minor",
            msg!(
                "轻微失信：以教育为主，从轻或免予惩戒",
                "a minor lapse: education first, lighter or no punishment"
            ),
            Citation::new(D, "第十四条"),
        ));
    }
    reasons.push(Reason::new(
        "credit.blacklist",
        msg!(
            "承诺审批中一次评判为失信的，列入黑名单",
            "one dishonest judgement in commitment approval puts the subject on the blacklist"
        ),
        Citation::new(C, "第七条"),
    ));
    if form == DishonestForm::Falsified {
        reasons.push(Reason::new(
            "credit.commitment_barred",
            msg!(
                "提供虚假材料：撤销许可决定，记入诚信档案，该主体不再适用承诺审批",
                "false materials: the decision is revoked, the fact enters the 诚信档案 and commitment approval no longer applies to the subject"
            ),
            Citation::new(S, "第十七条"),
        ));
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
    reasons.push(Reason::new(
        "credit.record_due",
        msg!(
            format!(
                "{}发现失信行为，应于{}前记入信用记录",
                zh_date(found),
                zh_date(due)
            ),
            format!("found on {found}: the information enters the credit record by {due}")
        ),
        Citation::new(D, "第七条"),
    ));
    if let Some(on) = on.filter(|on| *on > due) {
        reasons.push(Reason::new(
            "credit.late_entry",
            msg!(
                format!("{}才记入，晚于应记入日{}", zh_date(on), zh_date(due)),
                format!("entered on {on}, after the due day {due}")
            ),
            Citation::new(D, "第七条"),
        ));
    }
}
