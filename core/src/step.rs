//! 特殊环节 — the review steps a matter may involve (`tj-2018-disclosure` 第十三条(三)).
//!
//! Some of them stop the clock: the time of 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审 is
//! not counted in statutory or promised limits (第十四条; `prc-licensing-law` 第四十五条). The
//! others (纸质审查、现场踏勘、审图、公示、数量限制) are steps whose time *is* counted.
//!
//! 第十三条(三) lists the review steps of a procedure; only some of them are 特殊环节 in the sense
//! of 马上办 ("没有特殊环节", 第十条(一)) and of the notice's 减少特殊环节 (`tj-2018-notice` 三(三):
//! 审图、现场踏勘、公示、听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审). 纸质审查 is part of
//! every review, 马上办 included, and 数量限制 is a condition on the decision, not a step.

use crate::reason::{doc, Citation};
use serde::{Deserialize, Serialize};

/// A special review step (特殊环节), `tj-2018-disclosure` 第十三条(三).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpecialStep {
    /// 纸质审查
    PaperReview,
    /// 现场踏勘
    SiteSurvey,
    /// 审图
    DrawingReview,
    /// 公示
    Publicity,
    /// 听证
    Hearing,
    /// 招标
    Bidding,
    /// 拍卖
    Auction,
    /// 检验
    Inspection,
    /// 检测
    Testing,
    /// 检疫
    Quarantine,
    /// 鉴定
    Appraisal,
    /// 专家评审
    ExpertReview,
    /// 数量限制
    QuantityLimit,
}

impl SpecialStep {
    /// The Chinese term used in the source.
    pub const fn label(self) -> &'static str {
        match self {
            SpecialStep::PaperReview => "纸质审查",
            SpecialStep::SiteSurvey => "现场踏勘",
            SpecialStep::DrawingReview => "审图",
            SpecialStep::Publicity => "公示",
            SpecialStep::Hearing => "听证",
            SpecialStep::Bidding => "招标",
            SpecialStep::Auction => "拍卖",
            SpecialStep::Inspection => "检验",
            SpecialStep::Testing => "检测",
            SpecialStep::Quarantine => "检疫",
            SpecialStep::Appraisal => "鉴定",
            SpecialStep::ExpertReview => "专家评审",
            SpecialStep::QuantityLimit => "数量限制",
        }
    }

    /// The wire name (`site_survey`, …).
    pub const fn name(self) -> &'static str {
        match self {
            SpecialStep::PaperReview => "paper_review",
            SpecialStep::SiteSurvey => "site_survey",
            SpecialStep::DrawingReview => "drawing_review",
            SpecialStep::Publicity => "publicity",
            SpecialStep::Hearing => "hearing",
            SpecialStep::Bidding => "bidding",
            SpecialStep::Auction => "auction",
            SpecialStep::Inspection => "inspection",
            SpecialStep::Testing => "testing",
            SpecialStep::Quarantine => "quarantine",
            SpecialStep::Appraisal => "appraisal",
            SpecialStep::ExpertReview => "expert_review",
            SpecialStep::QuantityLimit => "quantity_limit",
        }
    }

    /// Whether the step's time is excluded from statutory and promised limits (第十四条).
    pub const fn pauses_the_clock(self) -> bool {
        matches!(
            self,
            SpecialStep::Hearing
                | SpecialStep::Bidding
                | SpecialStep::Auction
                | SpecialStep::Inspection
                | SpecialStep::Testing
                | SpecialStep::Quarantine
                | SpecialStep::Appraisal
                | SpecialStep::ExpertReview
        )
    }

    /// Whether the step is a 特殊环节 of `tj-2018-notice` 三(三) (and so rules out 马上办,
    /// `tj-2018-disclosure` 第十条(一)): every step but 纸质审查 and 数量限制.
    pub const fn is_special(self) -> bool {
        !matches!(self, SpecialStep::PaperReview | SpecialStep::QuantityLimit)
    }

    /// The article that lists the steps whose time is excluded.
    pub const EXCLUSION_CITATION: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十四条");
}
