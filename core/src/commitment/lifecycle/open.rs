//! 作出承诺审批 — opening a commitment: every deadline computed and the reasons for each.

use super::*;
use crate::calendar::{Calendar, Period};
use crate::credit::Subject;
use crate::error::{Error, ErrorCode, Result};
use crate::lang::zh_date;
use crate::policy::Policy;
use crate::reason::{Citation, Reason};
use chrono::NaiveDate;

/// Why each deadline falls where it does.
pub fn deadline_reasons(s: &State) -> Vec<Reason> {
    let p = &s.policy;
    let d = &s.deadlines;
    let mut r = vec![
        Reason::new(
            "deadline.materials_due",
            msg!(
                format!(
                    "容缺材料应自承诺之日（{}）起{}内补齐：{}{}",
                    zh_date(s.committed_on),
                    p.materials_period.describe(),
                    zh_date(d.materials_due),
                    if s.extended {
                        format!("，已延期{}", p.extension_period.describe())
                    } else {
                        String::new()
                    }
                ),
                format!(
                    "missing materials within {} of the commitment ({}): {}{}",
                    p.materials_period.describe(),
                    s.committed_on,
                    d.materials_due,
                    if s.extended {
                        format!(", extended by {}", p.extension_period.describe())
                    } else {
                        String::new()
                    }
                )
            ),
            if s.extended {
                Citation::new(C, "第十六条")
            } else {
                Citation::new(C, "第三条")
            },
        ),
        Reason::new(
            "deadline.supervision_start_due",
            msg!(
                format!(
                    "监管部门应自作出决定之日（{}）起{}内启动核查：{}",
                    zh_date(s.decided_on),
                    p.supervision_start.describe(),
                    zh_date(d.supervision_start_due)
                ),
                format!(
                    "supervision starts within {} of the decision ({}): {}",
                    p.supervision_start.describe(),
                    s.decided_on,
                    d.supervision_start_due
                )
            ),
            Citation::new(S, "第九条"),
        ),
        Reason::new(
            "deadline.verification_due",
            msg!(
                format!(
                    "应自作出决定之日起{}内完成核查：{}",
                    p.verification_period.describe(),
                    zh_date(d.verification_due)
                ),
                format!(
                    "verification completed within {} of the decision: {}",
                    p.verification_period.describe(),
                    d.verification_due
                )
            ),
            Citation::new(C, "第十六条"),
        ),
        Reason::new(
            "deadline.rectification_cap",
            msg!(
                format!(
                    "整改期限最迟不超过作出决定之日起{}：{}",
                    p.rectification_cap.describe(),
                    zh_date(d.rectification_cap)
                ),
                format!(
                    "a rectification deadline may not pass {} after the decision: {}",
                    p.rectification_cap.describe(),
                    d.rectification_cap
                )
            ),
            Citation::new(S, "第十一条"),
        ),
        Reason::new(
            "deadline.publication_due",
            msg!(
                format!(
                    "承诺书应自签署之日起{}内公开：{}",
                    p.letter_publication.describe(),
                    zh_date(d.publication_due)
                ),
                format!(
                    "the letter is published within {} of signing: {}",
                    p.letter_publication.describe(),
                    d.publication_due
                )
            ),
            Citation::new(C, "第十三条"),
        ),
    ];
    if let Some(due) = d.rectification_due {
        r.push(Reason::new(
            "deadline.rectification_due",
            msg!(
                format!("已责令整改，期限至{}", zh_date(due)),
                format!("rectification ordered, due {due}")
            ),
            Citation::new(C, "第十六条"),
        ));
    }
    r.push(Reason::new(
        "deadline.liability_period",
        msg!(
            format!(
                "自承诺之日（{}）起至补齐全部材料（含延期）期间，申请人对依许可决定从事的活动承担法律责任：最迟至{}{}",
                zh_date(s.committed_on),
                zh_date(d.materials_due),
                if s.extended { "" } else { "（如获延期则相应延后）" }
            ),
            format!(
                "from the commitment ({}) until every material is supplied, extension included, the applicant bears the legal liability for acts under the decision: at the latest until {}{}",
                s.committed_on,
                d.materials_due,
                if s.extended { "" } else { " (later if an extension is approved)" }
            )
        ),
        Citation::new(C, "第十七条"),
    ));
    r
}

pub(crate) fn due(cal: &Calendar, start: NaiveDate, p: Period) -> Result<NaiveDate> {
    Ok(cal.deadline(start, p, &[])?.due)
}

/// Opens a commitment: the state after the decision, with every deadline computed.
pub fn open(
    cal: &Calendar,
    policy: &Policy,
    matter: &str,
    subject: Subject,
    committed_on: NaiveDate,
    decided_on: NaiveDate,
    missing: Vec<String>,
) -> Result<Outcome> {
    if decided_on < committed_on {
        return Err(Error::new(
            ErrorCode::CommitmentInvalidEvent,
            msg!(
                "决定日期不能早于承诺日期",
                "the decision cannot precede the commitment"
            ),
        )
        .at("decided_on"));
    }
    let pu = policy_used(policy);
    let deadlines = Deadlines {
        materials_due: due(cal, committed_on, pu.materials_period)
            .map_err(|e| e.at("committed_on"))?,
        supervision_start_due: due(cal, decided_on, pu.supervision_start)
            .map_err(|e| e.at("decided_on"))?,
        verification_due: due(cal, decided_on, pu.verification_period)
            .map_err(|e| e.at("decided_on"))?,
        rectification_cap: due(cal, decided_on, pu.rectification_cap)
            .map_err(|e| e.at("decided_on"))?,
        publication_due: due(cal, committed_on, pu.letter_publication)
            .map_err(|e| e.at("committed_on"))?,
        rectification_due: None,
    };
    let fulfilled = missing.is_empty();
    let state = State {
        matter: matter.to_string(),
        subject: subject.masked(),
        status: if fulfilled {
            Status::Fulfilled
        } else {
            Status::Active
        },
        resume_to: Vec::new(),
        committed_on,
        decided_on,
        last_event_on: decided_on,
        missing,
        supplied: Vec::new(),
        extended: false,
        verification: Verification::NotStarted,
        letter_published: false,
        provisional: cal.is_projected(deadlines.latest()),
        deadlines,
        policy: pu,
    };
    let d = &state.deadlines;
    let effects = vec![
        Effect::MarkCertificate {
            marking: "承诺审批",
            citation: Citation::new(C, "第十四条(三)"),
        },
        Effect::NotifySupervisor {
            sends: Some(["申请材料", "承诺书", "办理结果"]),
            about: None,
            citation: Citation::new(C, "第十六条"),
        },
        Effect::StartSupervision {
            due: d.supervision_start_due,
            citation: Citation::new(S, "第九条"),
        },
        Effect::PublishLetter {
            due: d.publication_due,
            citation: Citation::new(C, "第十三条"),
        },
    ];
    Ok(Outcome {
        state,
        effects,
        alerts: Vec::new(),
    })
}
