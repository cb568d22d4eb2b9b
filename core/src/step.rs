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

wire_enum! {
    /// A special review step (特殊环节), `tj-2018-disclosure` 第十三条(三).
    SpecialStep {
        /// 纸质审查
        PaperReview => "paper_review", "纸质审查";
        /// 现场踏勘
        SiteSurvey => "site_survey", "现场踏勘";
        /// 审图
        DrawingReview => "drawing_review", "审图";
        /// 公示
        Publicity => "publicity", "公示";
        /// 听证
        Hearing => "hearing", "听证";
        /// 招标
        Bidding => "bidding", "招标";
        /// 拍卖
        Auction => "auction", "拍卖";
        /// 检验
        Inspection => "inspection", "检验";
        /// 检测
        Testing => "testing", "检测";
        /// 检疫
        Quarantine => "quarantine", "检疫";
        /// 鉴定
        Appraisal => "appraisal", "鉴定";
        /// 专家评审
        ExpertReview => "expert_review", "专家评审";
        /// 数量限制
        QuantityLimit => "quantity_limit", "数量限制";
    }
}

impl SpecialStep {
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
