//! 信用评判与失信惩戒 — credit judgements, the blacklist, repair and joint punishment (SPEC §5).
//!
//! A subject is identified by 统一社会信用代码 (organisations) or 公民身份号码 (persons), both
//! checked; resident ID numbers are shown masked in every output. A subject's records — the
//! judgements after each case, external blacklists, rectification, repair, removal — are facts
//! in date order; [`status`] reads them to decide what the subject may do today.

mod columns;
pub mod judge;
pub mod messages;
pub mod repair;
pub mod status;
mod subject;

pub use columns::{
    records_of_value, status_columns, status_columns_of_values, status_columns_with, CreditColumns,
};
pub use subject::Subject;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

wire_enum! {
    /// 评判等级 (`tj-2018-commitment` 第七条).
    Judgement {
        /// 诚实守信
        Honest => "honest", "诚实守信";
        /// 失信
        Dishonest => "dishonest", "失信";
    }
}

wire_enum! {
    /// 失信的表现形式 (`tj-2018-commitment` 第九条).
    DishonestForm {
        /// (一) 申请材料存在弄虚作假、欺诈隐瞒、恶意欺骗情形
        Falsified => "falsified", "申请材料弄虚作假、欺诈隐瞒、恶意欺骗";
        /// (二) 未按时提交约定申请材料
        LateMaterials => "late_materials", "未按时提交约定申请材料";
        /// (三) 提交约定的申请材料不符合法定条件，行政许可决定被撤销
        NonconformingRevoked => "nonconforming_revoked", "材料不符合法定条件，许可决定被撤销";
        /// (四) 法律法规规定的其他情形
        Other => "other", "法律法规规定的其他情形";
    }
}

impl DishonestForm {
    /// The item of 第九条.
    pub const fn article(self) -> &'static str {
        match self {
            DishonestForm::Falsified => "第九条(一)",
            DishonestForm::LateMaterials => "第九条(二)",
            DishonestForm::NonconformingRevoked => "第九条(三)",
            DishonestForm::Other => "第九条(四)",
        }
    }
}

wire_enum! {
    /// Severity: 严重失信 (`tj-2018-discipline` 第五条), general, or 轻微失信 (第十四条).
    #[cfg_attr(feature = "schema", schemars(rename = "Severity"))]
    Severity {
        /// 轻微失信 — education first, lighter or no punishment.
        Minor => "minor", "轻微失信";
        /// 一般失信.
        General => "general", "一般失信";
        /// 严重失信 — joint punishment.
        Severe => "severe", "严重失信";
    }
}

wire_enum! {
    /// The source of an external blacklist merged into the 诚信档案 (`tj-2018-commitment` 第八条).
    ListSource {
        /// 信用信息共享平台 (市发展改革委).
        CreditPlatform => "credit_platform", "信用信息共享平台";
        /// 行政机关联合奖惩监管系统 (市市场监管委).
        JointSystem => "joint_system", "联合奖惩监管系统";
    }
}

wire_enum! {
    /// The state of a court enforcement against the subject (失信被执行人, `baodi-2018` 二(三)).
    EnforcementStatus {
        /// 未履行
        Unfulfilled => "unfulfilled", "未履行";
        /// 已履行
        Fulfilled => "fulfilled", "已履行";
    }
}

/// One fact of a subject's credit history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "CreditRecord"))]
pub enum Record {
    /// The judgement after a case.
    Judgement {
        /// Date.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Honest or dishonest.
        judgement: Judgement,
        /// Form of dishonesty.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        form: Option<DishonestForm>,
        /// Severity of dishonesty.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        severity: Option<Severity>,
        /// The matter of the case.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        matter: Option<String>,
        /// The day the violation was found in enforcement; the record is due within the
        /// credit-entry period after it (`tj-2018-discipline` 第七条).
        #[serde(
            default,
            with = "crate::date::ymd_opt",
            skip_serializing_if = "Option::is_none"
        )]
        found_on: Option<NaiveDate>,
    },
    /// Listed by an external system.
    ExternalBlacklist {
        /// Date.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Which system.
        source: ListSource,
    },
    /// Rectified (整改到位).
    Rectified {
        /// Date.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// Credit repair approved (信用修复).
    RepairApproved {
        /// Date.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// Moved off the list by the authority (转出黑名单).
    Removed {
        /// Date.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
    },
    /// A licence revoked after a mismatch with the commitment (`tj-2018-supervision` 第十七条).
    RevokedForMismatch {
        /// Date.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// The matter.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        matter: Option<String>,
    },
    /// A court enforcement (失信被执行人).
    Enforcement {
        /// Date.
        #[serde(with = "crate::date::ymd")]
        on: NaiveDate,
        /// Fulfilled or not.
        status: EnforcementStatus,
    },
}

impl Record {
    /// The record's date.
    pub fn on(&self) -> NaiveDate {
        match self {
            Record::Judgement { on, .. }
            | Record::ExternalBlacklist { on, .. }
            | Record::Rectified { on }
            | Record::RepairApproved { on }
            | Record::Removed { on }
            | Record::RevokedForMismatch { on, .. }
            | Record::Enforcement { on, .. } => *on,
        }
    }
}
