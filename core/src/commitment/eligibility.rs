//! `commitment.eligibility` — may this applicant have commitment approval for this matter with
//! these materials missing (`tj-2018-commitment` 第三条, 第四条, 第十五条; `tj-2018-supervision`
//! 第十七条; `baodi-2018` 二(三))? Every refusal is a reason with its citation; an eligible
//! applicant is told that refusal would breach 第十五条.

use super::messages::EligibilityMsg;
use crate::calendar::Calendar;
use crate::catalog::{Catalog, Matter};
use crate::credit::status::{status, Status};
use crate::credit::{Record, Subject};
use crate::error::Result;
use crate::policy::{ParamId, Policy};
use crate::reason::{doc, Reason};
use chrono::NaiveDate;
use serde::Serialize;

/// The answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
        refusals.push(EligibilityMsg::NotOffered { matter: &m.name }.reason());
    }
    if !m.commitment.domains.is_empty() {
        let d: Vec<&str> = m.commitment.domains.iter().map(|d| d.label()).collect();
        refusals.push(
            EligibilityMsg::ExcludedDomain {
                matter: &m.name,
                domains: d.join("、"),
            }
            .reason(),
        );
    }
    if !m.commitment.revocable {
        refusals.push(EligibilityMsg::Irrevocable.reason());
    }
}

/// Only materials published as deferrable may be missing (第四条, 第十一条).
fn material_refusals(cat: &Catalog, m: &Matter, missing: &[String], refusals: &mut Vec<Reason>) {
    for id in missing {
        match m.materials.iter().find(|x| &x.material == id) {
            None => refusals.push(
                EligibilityMsg::UnknownMaterial {
                    id,
                    matter: &m.name,
                }
                .reason(),
            ),
            Some(x) if !x.deferrable => {
                let name = cat.material(id).map_or(id.as_str(), |x| x.name.as_str());
                refusals.push(EligibilityMsg::MaterialNotDeferrable { name }.reason());
            }
            Some(_) => {}
        }
    }
}

/// The applicant's credit: listed (第十四条(三)), barred (全程监督办法 第十七条) or refused under the
/// district rule (宝坻 二(三)).
fn credit_refusals(credit: &Status, refusals: &mut Vec<Reason>) {
    if credit.blacklisted {
        refusals.push(EligibilityMsg::Blacklisted.reason());
    }
    if credit
        .restrictions
        .iter()
        .any(|r| r.area == "commitment_approval")
        && !credit.blacklisted
    {
        let district = credit
            .restrictions
            .iter()
            .find(|r| r.area == "commitment_approval")
            .is_some_and(|r| r.citation.doc == doc::BAODI_2018);
        let barred = crate::credit::messages::StatusMsg::Barred.code();
        let mismatch = credit.reasons.iter().any(|r| r.code == barred);
        refusals.push(
            if district {
                EligibilityMsg::DistrictCreditRule
            } else if mismatch {
                EligibilityMsg::BarredMismatch
            } else {
                EligibilityMsg::BarredFalseMaterials
            }
            .reason(),
        );
    }
}

/// Why an eligible applicant is eligible (第三条, 第十五条; 宝坻 二(三) where it applies).
fn eligible_reasons(m: &Matter, policy: &Policy, reasons: &mut Vec<Reason>) {
    reasons.push(EligibilityMsg::Eligible { matter: &m.name }.reason());
    reasons.push(EligibilityMsg::MayNotRefuse.reason());
    if policy.flag(ParamId::DistrictCreditRule) {
        reasons.push(EligibilityMsg::DistrictRuleMet.reason());
    }
}
