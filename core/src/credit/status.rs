//! `credit.status` — what a subject's records mean today (SPEC §5): on the blacklist or not (one
//! dishonest judgement in commitment approval, `tj-2018-commitment` 第七条; external lists merged
//! in, 第八条), whether commitment approval is open to it, the joint punishment that severe
//! dishonesty brings (`tj-2018-discipline` 第九条), the green channel of honest subjects (第十条),
//! the inspection tier (`tj-2018-supervision` 第十六条), and the date from which the authority may
//! move it off the list (rectified, then one year without new dishonesty — 第七条).
//!
//! One pass over the records, in date order: linear, and cheap enough to evaluate a million
//! subjects a second.

use super::messages::{CreditText, StatusMsg};
use super::{DishonestForm, EnforcementStatus, Judgement, Record, Severity, Subject};
use crate::calendar::Calendar;
use crate::error::{Error, ErrorCode, Result};
use crate::policy::{ParamId, ParamValue, Policy};
use crate::reason::{doc, Citation, Reason};
use chrono::{Months, NaiveDate};
use serde::Serialize;

wire_enum! {
    /// 检查频次.
    Inspection {
        /// 减少检查频次 — honest subjects.
        Reduced => "reduced", "减少检查频次";
        /// Ordinary.
        Normal => "normal", "正常检查频次";
        /// 增加检查频次 — subjects under close supervision.
        Increased => "increased", "增加检查频次";
    }
}

/// A restriction in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Restriction {
    /// Stable name.
    pub area: &'static str,
    /// The Chinese term.
    pub label: &'static str,
    /// Where it comes from.
    pub citation: Citation,
}

/// A subject's credit position on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "CreditStatus"))]
pub struct Status {
    /// The subject (resident IDs masked).
    pub subject: Subject,
    /// On the blacklist.
    pub blacklisted: bool,
    /// Since when, when listed.
    #[serde(skip_serializing_if = "Option::is_none", with = "crate::date::ymd_opt")]
    pub listed_since: Option<NaiveDate>,
    /// Severe dishonesty in force (joint punishment).
    pub severe: bool,
    /// Whether commitment approval is open to the subject.
    pub commitment_allowed: bool,
    /// Restrictions in force.
    pub restrictions: Vec<Restriction>,
    /// 绿色通道.
    pub green_channel: bool,
    /// Inspection tier.
    pub inspection: Inspection,
    /// From when the authority may move the subject off the list; absent when not listed.
    #[serde(skip_serializing_if = "Option::is_none", with = "crate::date::ymd_opt")]
    pub removal_eligible_on: Option<NaiveDate>,
    /// Records entered after the credit-entry period (`tj-2018-discipline` 第七条).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub late_entries: Vec<LateEntry>,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// A record entered later than the credit-entry period after the violation was found
/// (失信信息纳入期限, `tj-2018-discipline` 第七条: "应当在7个工作日内…纳入社会信用不良记录").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LateEntry {
    /// Index of the record.
    pub record: usize,
    /// The day the violation was found.
    #[serde(with = "crate::date::ymd")]
    pub found_on: NaiveDate,
    /// The day the record was due.
    #[serde(with = "crate::date::ymd")]
    pub due: NaiveDate,
    /// The day it was entered.
    #[serde(with = "crate::date::ymd")]
    pub entered_on: NaiveDate,
}

const C: &str = doc::TJ_2018_COMMITMENT;
const D: &str = doc::TJ_2018_DISCIPLINE;
const S: &str = doc::TJ_2018_SUPERVISION;

/// The joint punishment areas of `tj-2018-discipline` 第九条.
pub const JOINT_PUNISHMENT: [(&str, &str); 7] = [
    ("registration", "登记注册"),
    ("licensing", "行政许可"),
    ("honours", "荣誉授予"),
    ("qualification", "资质资格认定"),
    ("land_supply", "取得政府供应土地"),
    ("bidding", "工程招投标"),
    ("procurement", "政府采购"),
];

/// What the records say once read in date order: the one pass `status` concludes from.
#[derive(Default)]
struct History {
    own_listing: bool,
    external: bool,
    listed_since: Option<NaiveDate>,
    severe: bool,
    ever_dishonest: bool,
    honest: u32,
    rectified_on: Option<NaiveDate>,
    barred_mismatch: bool,
    barred_falsified: bool,
    late_entries: Vec<LateEntry>,
    enforcement_open: bool,
    minor_only: bool,
    reasons: Reasons,
}

impl History {
    fn listed(&self) -> bool {
        self.own_listing || self.external
    }

    fn barred(&self) -> bool {
        self.barred_mismatch || self.barred_falsified
    }

    /// Reads the records, oldest first, refusing any out of order or after `today`.
    fn read(
        records: &[Record],
        today: NaiveDate,
        policy: &Policy,
        cal: &Calendar,
        reasons: Reasons,
    ) -> Result<Self> {
        let mut h = History {
            minor_only: true,
            reasons,
            ..History::default()
        };
        let entry_period = policy.period(ParamId::CreditEntry);
        let mut prev: Option<NaiveDate> = None;
        for (i, r) in records.iter().enumerate() {
            let on = r.on();
            check_order(i, on, prev, today)?;
            prev = Some(on);
            if let Record::Judgement {
                found_on: Some(found),
                ..
            } = r
            {
                h.found(i, *found, on, cal, entry_period)?;
            }
            h.apply(r, on);
        }
        Ok(h)
    }

    /// A judgement that says when its violation was found: entered within the credit-entry
    /// period (`tj-2018-discipline` 第七条), or noted as late.
    fn found(
        &mut self,
        i: usize,
        found: NaiveDate,
        on: NaiveDate,
        cal: &Calendar,
        entry_period: crate::calendar::Period,
    ) -> Result<()> {
        if found > on {
            return Err(Error::new(
                ErrorCode::CreditRecordsUnordered,
                CreditText::FoundAfterRecord { found, on }.message(),
            )
            .at(format!("records[{i}].found_on")));
        }
        let due = cal
            .deadline(found, entry_period, &[])
            .map_err(|e| e.within(&format!("records[{i}].found_on")))?
            .due;
        if on > due {
            self.late_entries.push(LateEntry {
                record: i,
                found_on: found,
                due,
                entered_on: on,
            });
        }
        Ok(())
    }

    /// One record's effect on the listing.
    fn apply(&mut self, r: &Record, on: NaiveDate) {
        match r {
            Record::Judgement {
                judgement: Judgement::Dishonest,
                severity,
                form,
                ..
            } => {
                self.barred_falsified |= *form == Some(DishonestForm::Falsified);
                if !self.listed() {
                    self.listed_since = Some(on);
                }
                self.own_listing = true;
                self.ever_dishonest = true;
                self.rectified_on = None;
                self.severe |= *severity == Some(Severity::Severe);
                self.minor_only &= *severity == Some(Severity::Minor);
            }
            Record::Judgement {
                judgement: Judgement::Honest,
                ..
            } => self.honest += 1,
            Record::ExternalBlacklist { .. } => {
                if !self.listed() {
                    self.listed_since = Some(on);
                }
                self.external = true;
                self.severe = true;
                self.minor_only = false;
            }
            Record::Rectified { .. } => {
                if self.own_listing {
                    self.rectified_on = Some(on);
                }
            }
            Record::RepairApproved { .. } | Record::Removed { .. } => {
                let removed = matches!(r, Record::Removed { .. });
                self.own_listing = false;
                self.external = false;
                self.severe = false;
                self.listed_since = None;
                self.rectified_on = None;
                self.minor_only = true;
                self.reasons.push(if removed {
                    StatusMsg::Removed { on }
                } else {
                    StatusMsg::Repaired { on }
                });
            }
            Record::RevokedForMismatch { .. } => self.barred_mismatch = true,
            Record::Enforcement { status, .. } => {
                self.enforcement_open = *status == EnforcementStatus::Unfulfilled
            }
        }
    }
}

/// Records come oldest first, none after `today`.
fn check_order(i: usize, on: NaiveDate, prev: Option<NaiveDate>, today: NaiveDate) -> Result<()> {
    if prev.is_some_and(|p| on < p) {
        return Err(Error::new(
            ErrorCode::CreditRecordsUnordered,
            CreditText::Unordered.message(),
        )
        .at(format!("records[{i}].on")));
    }
    if on > today {
        return Err(Error::new(
            ErrorCode::CreditRecordsUnordered,
            CreditText::AfterToday { on, today }.message(),
        )
        .at(format!("records[{i}].on")));
    }
    Ok(())
}

/// The reasons of a standing as they are found — or none kept, where the caller shows no
/// reasons (the columns for analysts): writing each reason's message was a fifth of the cost of
/// a column row.
#[derive(Default)]
struct Reasons {
    keep: bool,
    list: Vec<Reason>,
}

impl Reasons {
    fn push(&mut self, m: StatusMsg) {
        if self.keep {
            self.list.push(m.reason());
        }
    }
}

/// Evaluates a subject's records (oldest first) as of `today`. The calendar dates the
/// credit-entry period of records that say when their violation was found.
pub fn status(
    subject: Subject,
    records: &[Record],
    today: NaiveDate,
    policy: &Policy,
    cal: &Calendar,
) -> Result<Status> {
    let keep = Reasons {
        keep: true,
        list: Vec::new(),
    };
    decide(subject, records, today, policy, cal, keep)
}

/// [`status`] with no reasons (`reasons` empty), for callers that show none: every other field
/// is the same.
pub(crate) fn status_without_reasons(
    records: &[Record],
    today: NaiveDate,
    policy: &Policy,
    cal: &Calendar,
) -> Result<Status> {
    let subject = Subject::Uscc(String::new());
    decide(subject, records, today, policy, cal, Reasons::default())
}

fn decide(
    subject: Subject,
    records: &[Record],
    today: NaiveDate,
    policy: &Policy,
    cal: &Calendar,
    reasons: Reasons,
) -> Result<Status> {
    let mut h = History::read(records, today, policy, cal, reasons)?;
    let mut reasons = std::mem::take(&mut h.reasons);
    let mut restrictions = Vec::new();
    listing(&h, &mut reasons, &mut restrictions);
    bars(&h, &mut reasons, &mut restrictions);
    late_entries(&h, &mut reasons);
    let district_refusal =
        policy.flag(ParamId::DistrictCreditRule) && (h.ever_dishonest || h.enforcement_open);
    if district_refusal {
        district_rule(&h, &mut reasons, &mut restrictions);
    }
    let listed = h.listed();
    let commitment_allowed = !listed && !h.barred() && !district_refusal;
    if commitment_allowed {
        reasons.push(StatusMsg::CommitmentOpen);
    }
    let green_channel = !listed && !h.ever_dishonest && !h.barred() && h.honest > 0;
    if green_channel {
        reasons.push(StatusMsg::GreenChannel);
    }
    let inspection = inspection(listed, green_channel, &mut reasons);
    let removal_eligible_on = if h.own_listing {
        removal(&h, today, policy, &mut reasons)
    } else {
        None
    };
    Ok(Status {
        subject,
        blacklisted: listed,
        listed_since: h.listed_since,
        severe: h.severe,
        commitment_allowed,
        restrictions,
        green_channel,
        inspection,
        removal_eligible_on,
        late_entries: h.late_entries,
        reasons: reasons.list,
    })
}

/// On the list: by the subject's own judgement (第七条, 轻微 第十四条), by an external list
/// (第八条); what listing and severity restrict (第十四条(三), 第九条; `tj-2018-discipline` 第九条).
fn listing(h: &History, reasons: &mut Reasons, restrictions: &mut Vec<Restriction>) {
    if h.own_listing {
        reasons.push(StatusMsg::Blacklisted);
        if h.minor_only {
            reasons.push(StatusMsg::Minor);
        }
    }
    if h.external {
        reasons.push(StatusMsg::ExternalList);
    }
    if h.listed() {
        restrictions.push(Restriction {
            area: "commitment_approval",
            label: "不适用承诺审批",
            citation: Citation::new(C, "第十四条(三)"),
        });
        restrictions.push(Restriction {
            area: "ongoing_commitments_suspended",
            label: "正在办理的承诺审批事项中止",
            citation: Citation::new(C, "第九条"),
        });
    }
    if h.severe {
        for (area, label) in JOINT_PUNISHMENT {
            restrictions.push(Restriction {
                area,
                label,
                citation: Citation::new(D, "第九条"),
            });
        }
        reasons.push(StatusMsg::JointPunishment);
    }
}

fn restricts_commitment(restrictions: &[Restriction]) -> bool {
    restrictions.iter().any(|r| r.area == "commitment_approval")
}

/// Barred for good from commitment approval (`tj-2018-supervision` 第十七条).
fn bars(h: &History, reasons: &mut Reasons, restrictions: &mut Vec<Restriction>) {
    if h.barred() && !restricts_commitment(restrictions) {
        restrictions.push(Restriction {
            area: "commitment_approval",
            label: "不再适用承诺审批",
            citation: Citation::new(S, "第十七条"),
        });
    }
    if h.barred_mismatch {
        reasons.push(StatusMsg::Barred);
    }
    if h.barred_falsified {
        reasons.push(StatusMsg::BarredFalseMaterials);
    }
}

/// Records entered after the credit-entry period (`tj-2018-discipline` 第七条).
fn late_entries(h: &History, reasons: &mut Reasons) {
    for l in &h.late_entries {
        reasons.push(StatusMsg::LateEntry {
            record: l.record,
            found_on: l.found_on,
            due: l.due,
            entered_on: l.entered_on,
        });
    }
}

/// The district rule (宝坻 二(三)): any dishonesty record or unfulfilled judgement refuses
/// commitment approval.
fn district_rule(h: &History, reasons: &mut Reasons, restrictions: &mut Vec<Restriction>) {
    reasons.push(if h.enforcement_open {
        StatusMsg::DistrictRuleEnforcement
    } else {
        StatusMsg::DistrictRuleRecord
    });
    if !restricts_commitment(restrictions) {
        restrictions.push(Restriction {
            area: "commitment_approval",
            label: "不适用承诺审批（区级规则）",
            citation: Citation::new(doc::BAODI_2018, "二(三)"),
        });
    }
}

/// The inspection tier (`tj-2018-supervision` 第十六条).
fn inspection(listed: bool, green_channel: bool, reasons: &mut Reasons) -> Inspection {
    let inspection = if listed {
        Inspection::Increased
    } else if green_channel {
        Inspection::Reduced
    } else {
        Inspection::Normal
    };
    if inspection != Inspection::Normal {
        reasons.push(if listed {
            StatusMsg::InspectionIncreased
        } else {
            StatusMsg::InspectionReduced
        });
    }
    inspection
}

/// When a listed subject may come off the list: rectified, then a year without new dishonesty
/// (第七条).
fn removal(
    h: &History,
    today: NaiveDate,
    policy: &Policy,
    reasons: &mut Reasons,
) -> Option<NaiveDate> {
    let Some(r) = h.rectified_on else {
        reasons.push(StatusMsg::RectifyFirst);
        return None;
    };
    let years = match policy.param(ParamId::BlacklistRemoval).value {
        ParamValue::Years(y) => y,
        _ => 1,
    };
    let eligible = r
        .checked_add_months(Months::new(12 * years))
        .unwrap_or(NaiveDate::MAX);
    reasons.push(if today >= eligible {
        StatusMsg::RemovalEligible {
            rectified: r,
            years,
        }
    } else {
        StatusMsg::RemovalWaiting {
            rectified: r,
            eligible,
        }
    });
    Some(eligible)
}
