//! 办件事件 — what happens to a case, dated: receipt, supplement requests, acceptance, special
//! steps, extension, decision, delivery, fees, requests for materials, visits, evaluation.

use crate::step::SpecialStep;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

wire_enum! {
    /// How the application came in (申请方式, `tj-2018-disclosure` 第十三条(一)).
    Channel {
        /// 网上申请
        Online => "online", "网上申请";
        /// 窗口申请 — the applicant came to the window (a visit).
        Window => "window", "窗口申请";
    }
}

wire_enum! {
    /// The decision (决定, `tj-2018-disclosure` 第十三条(四)).
    #[cfg_attr(feature = "schema", schemars(rename = "CaseDecision"))]
    Decision {
        /// 准予
        Granted => "granted", "准予";
        /// 不予
        Refused => "refused", "不予";
    }
}

wire_enum! {
    /// 好差评 grade (`tj-2022-onething` 四(四)).
    Grade {
        /// 非常满意
        VerySatisfied => "very_satisfied", "非常满意";
        /// 满意
        Satisfied => "satisfied", "满意";
        /// 基本满意
        Basic => "basic", "基本满意";
        /// 不满意
        Unsatisfied => "unsatisfied", "不满意";
        /// 非常不满意
        VeryUnsatisfied => "very_unsatisfied", "非常不满意";
    }
}

impl Grade {
    /// 差评: 不满意 or 非常不满意.
    pub const fn is_negative(self) -> bool {
        matches!(self, Grade::Unsatisfied | Grade::VeryUnsatisfied)
    }
}

/// 办件 — one applicant's case of a catalog matter, as its trail of dated events (过程留痕).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The host's case number (办件编号), echoed back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The matter's code in the catalog.
    pub matter: String,
    /// The events, in date order; the first is `received`.
    pub events: Vec<Event>,
}

/// One event of a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "CaseEvent"))]
pub enum Event {
    /// 收件: the application came in.
    Received {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Online or at the window (a window receipt is a visit).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        channel: Option<Channel>,
    },
    /// 补正告知: the applicant was told which materials to supplement (一次性告知).
    SupplementRequested {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// The materials asked for (material ids of the catalog).
        #[serde(default)]
        materials: Vec<String>,
    },
    /// 补正材料收到.
    SupplementReceived {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// 受理.
    Accepted {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// A special step (特殊环节) began.
    SpecialStepStarted {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Which step.
        step: SpecialStep,
    },
    /// A special step ended.
    SpecialStepEnded {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Which step.
        step: SpecialStep,
    },
    /// 延长期限 approved by the head of the authority (`prc-licensing-law` 第四十二条).
    ExtensionApproved {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Working days added to the statutory limit (the law allows 10).
        workdays: u32,
    },
    /// 作出决定.
    Decided {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Granted or refused.
        result: Decision,
    },
    /// 送达: the decision reached the applicant.
    Delivered {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// 收费.
    FeeCharged {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Amount in yuan, as a decimal string (`"20.00"`).
        #[serde(with = "rust_decimal::serde::str")]
        #[cfg_attr(feature = "schema", schemars(with = "String"))]
        amount: Decimal,
    },
    /// A material (要件, 证明) asked of the applicant outside a supplement notice.
    MaterialRequested {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Material id.
        material: String,
    },
    /// 到现场: the applicant came in person.
    Visit {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// 好差评.
    Evaluation {
        /// Day.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Grade.
        grade: Grade,
    },
}

impl Event {
    /// The event's day.
    pub fn on(&self) -> NaiveDate {
        match self {
            Event::Received { on, .. }
            | Event::SupplementRequested { on, .. }
            | Event::SupplementReceived { on }
            | Event::Accepted { on }
            | Event::SpecialStepStarted { on, .. }
            | Event::SpecialStepEnded { on, .. }
            | Event::ExtensionApproved { on, .. }
            | Event::Decided { on, .. }
            | Event::Delivered { on }
            | Event::FeeCharged { on, .. }
            | Event::MaterialRequested { on, .. }
            | Event::Visit { on }
            | Event::Evaluation { on, .. } => *on,
        }
    }
}
