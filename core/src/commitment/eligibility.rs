//! `commitment.eligibility` — may this applicant have commitment approval for this matter with
//! these materials missing (`tj-2018-commitment` 第三条, 第四条, 第十五条; `tj-2018-supervision`
//! 第十七条; `baodi-2018` 二(三))? Every refusal is a reason with its citation; an eligible
//! applicant is told that refusal would breach 第十五条.

use crate::calendar::Calendar;
use crate::catalog::{Catalog, Matter};
use crate::credit::status::{status, Status};
use crate::credit::{Record, Subject};
use crate::error::Result;
use crate::policy::{ParamId, Policy};
use crate::reason::{doc, Citation, Reason};
use chrono::NaiveDate;
use serde::Serialize;

const C: &str = doc::TJ_2018_COMMITMENT;

/// The answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Eligibility {
    /// Whether commitment approval must be offered.
    pub eligible: bool,
    /// Why (refusals first).
    pub reasons: Vec<Reason>,
    /// The applicant's credit position the answer rests on.
    pub credit: Status,
}

/// The applicant of a request: who, their credit records, and the day of the request (the
/// records are read as of it).
pub struct Applicant<'a> {
    /// The subject.
    pub subject: Subject,
    /// Its credit records, oldest first.
    pub records: &'a [Record],
    /// The day of the request.
    pub today: NaiveDate,
}

/// Decides eligibility.
pub fn eligibility(
    cat: &Catalog,
    policy: &Policy,
    cal: &Calendar,
    matter: &str,
    applicant: Applicant<'_>,
    missing: &[String],
) -> Result<Eligibility> {
    let m = cat.require_matter(matter, || "matter".into())?;
    let Applicant {
        subject,
        records,
        today,
    } = applicant;
    let credit = status(subject, records, today, policy, cal).map_err(|e| e.within("applicant"))?;
    let mut refusals = Vec::new();
    matter_refusals(m, &mut refusals);
    material_refusals(cat, m, missing, &mut refusals);
    credit_refusals(&credit, &mut refusals);
    let eligible = refusals.is_empty();
    let mut reasons = refusals;
    if eligible {
        eligible_reasons(m, policy, &mut reasons);
    }
    Ok(Eligibility {
        eligible,
        reasons,
        credit,
    })
}

/// The matter's own exclusions (第四条).
fn matter_refusals(m: &Matter, refusals: &mut Vec<Reason>) {
    if !m.commitment.allowed {
        refusals.push(Reason::new(
            "commitment.not_offered",
            msg!(
                format!("{}不适用告知承诺审批", m.name),
                format!("{} does not offer commitment approval", m.name)
            ),
            Citation::new(C, "第四条"),
        ));
    }
    if !m.commitment.domains.is_empty() {
        let d: Vec<&str> = m.commitment.domains.iter().map(|d| d.label()).collect();
        refusals.push(Reason::new(
            "commitment.excluded_domain",
            msg!(
                format!("{}涉及{}，不适用告知承诺", m.name, d.join("、")),
                format!("{} concerns {}", m.name, d.join("、"))
            ),
            Citation::new(C, "第四条"),
        ));
    }
    if !m.commitment.revocable {
        refusals.push(Reason::new(
            "commitment.irrevocable",
            msg!(
                "该许可决定不可撤销，不适用告知承诺",
                "the licensing decision cannot be revoked"
            ),
            Citation::new(C, "第四条"),
        ));
    }
}

/// Only materials published as deferrable may be missing (第四条, 第十一条).
fn material_refusals(cat: &Catalog, m: &Matter, missing: &[String], refusals: &mut Vec<Reason>) {
    for id in missing {
        match m.materials.iter().find(|x| &x.material == id) {
            None => refusals.push(Reason::new(
                "commitment.unknown_material",
                msg!(
                    format!("{id} 不是{}的申请材料", m.name),
                    format!("{id} is not a material of {}", m.name)
                ),
                Citation::new(C, "第十一条"),
            )),
            Some(x) if !x.deferrable => {
                let name = cat.material(id).map_or(id.as_str(), |x| x.name.as_str());
                refusals.push(Reason::new(
                    "commitment.material_not_deferrable",
                    msg!(
                        format!("{name}不能容缺后补；只有标明可容缺的材料才能后补"),
                        format!("{name} may not be supplied later; only materials marked deferrable may be missing")
                    ),
                    // 第四条: the departments name the matters and materials that may be
                    // deferred, as the 天津网上办事大厅 publishes them; 第三条 only defines 承诺审批.
                    Citation::new(C, "第四条"),
                ));
            }
            Some(_) => {}
        }
    }
}

/// The applicant's credit: listed (第十四条(三)), barred (全程监督办法 第十七条) or refused under the
/// district rule (宝坻 二(三)).
fn credit_refusals(credit: &Status, refusals: &mut Vec<Reason>) {
    if credit.blacklisted {
        refusals.push(Reason::new(
            "commitment.blacklisted",
            msg!("申请人已列入黑名单", "the applicant is on the blacklist"),
            Citation::new(C, "第十四条(三)"),
        ));
    }
    if credit
        .restrictions
        .iter()
        .any(|r| r.area == "commitment_approval")
        && !credit.blacklisted
    {
        let c = credit
            .restrictions
            .iter()
            .find(|r| r.area == "commitment_approval")
            .map_or(
                Citation::new(doc::TJ_2018_SUPERVISION, "第十七条"),
                |r| r.citation,
            );
        let code = if c.doc == doc::BAODI_2018 {
            "commitment.district_credit_rule"
        } else {
            "commitment.barred"
        };
        let mismatch = credit.reasons.iter().any(|r| r.code == "credit.barred");
        let msg = if code == "commitment.barred" && mismatch {
            tr!(
                "曾因实际情况与承诺内容不符被撤销许可，不再适用告知承诺审批",
                "a licence was revoked for a mismatch with an earlier commitment: commitment approval no longer applies"
            )
        } else if code == "commitment.barred" {
            tr!(
                "曾在申请中提供虚假材料，不再适用告知承诺审批",
                "false materials were provided in an earlier application: commitment approval no longer applies"
            )
        } else {
            tr!(
                "有失信记录或未履行法院判决，按区级规定不予承诺审批",
                "a dishonesty record or an unfulfilled court judgement: refused under the district rule"
            )
        };
        refusals.push(Reason::new(code, msg, c));
    }
}

/// Why an eligible applicant is eligible (第三条, 第十五条; 宝坻 二(三) where it applies).
fn eligible_reasons(m: &Matter, policy: &Policy, reasons: &mut Vec<Reason>) {
    reasons.push(Reason::new(
        "commitment.eligible",
        msg!(
            format!("{}适用告知承诺审批，所缺材料均可容缺后补，申请人未列入黑名单", m.name),
            format!(
                "{} offers commitment approval, only deferrable materials are missing, and the applicant is not on the blacklist",
                m.name
            )
        ),
        Citation::new(C, "第三条"),
    ));
    reasons.push(Reason::new(
        "commitment.may_not_refuse",
        msg!(
            "未列入黑名单的申请人要求采取承诺审批方式的，行政机关不得拒绝",
            "an applicant not on the blacklist who asks for commitment approval may not be refused"
        ),
        Citation::new(C, "第十五条"),
    ));
    if policy.flag(ParamId::DistrictCreditRule) {
        reasons.push(Reason::new(
            "commitment.district_rule_met",
            msg!(
                "无失信记录，无未履行的法院判决",
                "no dishonesty record and no unfulfilled court judgement"
            ),
            Citation::new(doc::BAODI_2018, "二(三)"),
        ));
    }
}
