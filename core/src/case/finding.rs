//! 监察发现 — what supervision finds in a case, each with its kind (时效性、流程合法性、内容规范性、
//! 收费、跑动次数) and the article it rests on.

use super::event::{Case, Event};
use super::facts::NA;
use super::messages::FindingMsg;
use crate::catalog::Catalog;
use crate::catalog::Matter;
use crate::date::{from_epoch_days, to_epoch_days};
use crate::reason::{doc, Citation};
use crate::step::SpecialStep;
use rust_decimal::Decimal;
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

wire_enum! {
    /// What a finding is about (`tj-2018-onenet` 第三十四条: 时效性、流程合法性、内容规范性, 收费;
    /// and 最多跑一次).
    #[cfg_attr(feature = "schema", schemars(rename = "FindingCategory"))]
    Category {
        /// 时效性
        Timeliness => "timeliness", "时效性";
        /// 流程合法性
        Process => "process", "流程合法性";
        /// 内容规范性
        Content => "content", "内容规范性";
        /// 收费
        Fee => "fee", "收费";
        /// 跑动次数
        Visits => "visits", "跑动次数";
    }
}

wire_enum! {
    /// A kind of finding. The wire name, prefixed `case.`, is the finding's code.
    FindingKind {
        /// 补正告知超过五日 (`prc-licensing-law` 第三十二条).
        LateSupplementNotice => "late_supplement_notice", "补正告知超期";
        /// 二次补正 — not 一次性告知 (`tj-2018-notice` 六(一)).
        RepeatedSupplement => "repeated_supplement", "多次补正";
        /// 超承诺时限 (`tj-2018-disclosure` 第十四条).
        LatePromised => "late_promised", "超承诺时限";
        /// 超法定时限 (`prc-licensing-law` 第四十二条).
        LateStatutory => "late_statutory", "超法定时限";
        /// 送达超期 (`prc-licensing-law` 第四十四条).
        LateDelivery => "late_delivery", "送达超期";
        /// 延期超过十日 (`prc-licensing-law` 第四十二条).
        ExtensionBeyondLaw => "extension_beyond_law", "延期超过法定";
        /// 增加环节 (`tj-2018-supervision` 第八条).
        UnpublishedStep => "unpublished_step", "增加环节";
        /// 增加要件、索要证明 (`tj-2018-supervision` 第八条).
        UnpublishedMaterial => "unpublished_material", "增加要件";
        /// 能共享的材料要求重复提交 (`tj-2018-onenet` 第二十二条).
        SharedMaterialAsked => "shared_material_asked", "重复提交共享材料";
        /// 收费与公示不符 (`tj-2018-disclosure` 第十五条).
        FeeNotPublished => "fee_not_published", "收费与公示不符";
        /// 跑动超过一次 (最多跑一次, `tj-2018-notice` 三(四)).
        TooManyVisits => "too_many_visits", "跑动超过一次";
    }
}

impl FindingKind {
    /// The finding's code, `case.<wire name>`.
    pub const fn code(self) -> &'static str {
        match self {
            FindingKind::LateSupplementNotice => "case.late_supplement_notice",
            FindingKind::RepeatedSupplement => "case.repeated_supplement",
            FindingKind::LatePromised => "case.late_promised",
            FindingKind::LateStatutory => "case.late_statutory",
            FindingKind::LateDelivery => "case.late_delivery",
            FindingKind::ExtensionBeyondLaw => "case.extension_beyond_law",
            FindingKind::UnpublishedStep => "case.unpublished_step",
            FindingKind::UnpublishedMaterial => "case.unpublished_material",
            FindingKind::SharedMaterialAsked => "case.shared_material_asked",
            FindingKind::FeeNotPublished => "case.fee_not_published",
            FindingKind::TooManyVisits => "case.too_many_visits",
        }
    }

    /// What the finding is about.
    pub const fn category(self) -> Category {
        match self {
            FindingKind::LateSupplementNotice
            | FindingKind::LatePromised
            | FindingKind::LateStatutory
            | FindingKind::LateDelivery
            | FindingKind::ExtensionBeyondLaw => Category::Timeliness,
            FindingKind::RepeatedSupplement | FindingKind::UnpublishedStep => Category::Process,
            FindingKind::UnpublishedMaterial | FindingKind::SharedMaterialAsked => {
                Category::Content
            }
            FindingKind::FeeNotPublished => Category::Fee,
            FindingKind::TooManyVisits => Category::Visits,
        }
    }

    /// The article the finding rests on.
    pub const fn citation(self) -> Citation {
        match self {
            FindingKind::LateSupplementNotice => {
                Citation::new(doc::PRC_LICENSING_LAW, "第三十二条")
            }
            FindingKind::RepeatedSupplement => Citation::new(doc::TJ_2018_NOTICE, "六(一)"),
            FindingKind::LatePromised => Citation::new(doc::TJ_2018_DISCLOSURE, "第十四条"),
            FindingKind::LateStatutory | FindingKind::ExtensionBeyondLaw => {
                Citation::new(doc::PRC_LICENSING_LAW, "第四十二条")
            }
            FindingKind::LateDelivery => Citation::new(doc::PRC_LICENSING_LAW, "第四十四条"),
            FindingKind::UnpublishedStep | FindingKind::UnpublishedMaterial => {
                Citation::new(doc::TJ_2018_SUPERVISION, "第八条")
            }
            FindingKind::SharedMaterialAsked => Citation::new(doc::TJ_2018_ONENET, "第二十二条"),
            FindingKind::FeeNotPublished => Citation::new(doc::TJ_2018_DISCLOSURE, "第十五条"),
            FindingKind::TooManyVisits => Citation::new(doc::TJ_2018_NOTICE, "三(四)"),
        }
    }

    /// The bit of the kind in a findings mask (the columnar answer).
    pub const fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// What a finding is about, beyond its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// Nothing more.
    None,
    /// A limit passed: its last day and by how many working days.
    Late {
        /// The last day of the limit (epoch days).
        due: i64,
        /// Working days past it.
        by: i64,
    },
    /// A count against what is allowed.
    Count {
        /// How many.
        count: u32,
        /// How many are allowed.
        allowed: u32,
    },
    /// A material.
    Material(String),
    /// A special step.
    Step(SpecialStep),
    /// A fee charged against the published one.
    Fee {
        /// Charged.
        charged: Decimal,
        /// Published (none: the matter is free).
        published: Option<Decimal>,
    },
}

/// One finding: its kind, the day it shows (epoch days; [`NA`] where the trail does not say) and
/// its detail. Serialized as `{"code", "kind", "category", "on", "message", "citation", …}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Kind.
    pub kind: FindingKind,
    /// Day.
    pub on: i64,
    /// Detail.
    pub detail: Detail,
}

/// A day of the trail as the answer writes it (null where the trail does not say).
pub(super) fn ymd(day: i64) -> Option<crate::date::Ymd> {
    (day != NA)
        .then(|| from_epoch_days(day))
        .flatten()
        .map(crate::date::Ymd)
}

impl Finding {
    /// The finding in plain words, in the language of the call.
    pub fn message(&self) -> String {
        match self.catalogued() {
            Some(m) => m.message().into_owned(),
            None => self.kind.label().to_string(),
        }
    }

    /// The catalog's message of this finding (none where the detail does not fit the kind).
    pub fn catalogued(&self) -> Option<FindingMsg<'_>> {
        let day = |d: &i64| (*d != NA).then(|| from_epoch_days(*d)).flatten();
        Some(match (self.kind, &self.detail) {
            (FindingKind::LateSupplementNotice, Detail::Late { due, by }) => {
                FindingMsg::LateSupplementNotice {
                    by: *by,
                    due: day(due),
                }
            }
            (FindingKind::RepeatedSupplement, Detail::Count { count, .. }) => {
                FindingMsg::RepeatedSupplement { count: *count }
            }
            (FindingKind::LatePromised, Detail::Late { due, by }) => FindingMsg::LatePromised {
                by: *by,
                due: day(due),
            },
            (FindingKind::LateStatutory, Detail::Late { due, by }) => FindingMsg::LateStatutory {
                by: *by,
                due: day(due),
            },
            (FindingKind::LateDelivery, Detail::Late { due, by }) => FindingMsg::LateDelivery {
                by: *by,
                due: day(due),
            },
            (FindingKind::ExtensionBeyondLaw, Detail::Count { count, allowed }) => {
                FindingMsg::ExtensionBeyondLaw {
                    count: *count,
                    allowed: *allowed,
                }
            }
            (FindingKind::UnpublishedStep, Detail::Step(s)) => {
                FindingMsg::UnpublishedStep { step: s.label() }
            }
            (FindingKind::UnpublishedMaterial, Detail::Material(m)) => {
                FindingMsg::UnpublishedMaterial { material: m }
            }
            (FindingKind::SharedMaterialAsked, Detail::Material(m)) => {
                FindingMsg::SharedMaterialAsked { material: m }
            }
            (FindingKind::FeeNotPublished, Detail::Fee { charged, published }) => match published {
                Some(p) => FindingMsg::FeeDiffers {
                    charged: *charged,
                    published: *p,
                },
                None => FindingMsg::FeeUnpublished { charged: *charged },
            },
            (FindingKind::TooManyVisits, Detail::Count { count, allowed }) => {
                FindingMsg::TooManyVisits {
                    count: *count,
                    allowed: *allowed,
                }
            }
            _ => return None,
        })
    }
}

impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // A struct, not a map: its field names are fixed in the program, so a writer knows them
        // by address (the JSON writer checks each once, the Python door makes each string once).
        let mut m = s.serialize_struct("Finding", 8)?;
        m.serialize_field("code", self.kind.code())?;
        m.serialize_field("kind", self.kind.label())?;
        m.serialize_field("category", &self.kind.category())?;
        m.serialize_field("on", &ymd(self.on))?;
        match &self.detail {
            Detail::Late { due, by } => {
                m.serialize_field("due", &ymd(*due))?;
                m.serialize_field("late_workdays", &by)?;
            }
            Detail::Material(x) => m.serialize_field("material", &crate::mask::mask_text(x))?,
            Detail::Step(x) => m.serialize_field("step", &x)?,
            Detail::Fee { charged, published } => {
                m.serialize_field("charged", &charged.to_string())?;
                m.serialize_field("published", &published.map(|p| p.to_string()))?;
            }
            Detail::Count { count, allowed } => {
                m.serialize_field("count", &count)?;
                m.serialize_field("allowed", &allowed)?;
            }
            Detail::None => {}
        }
        m.serialize_field("message", &crate::mask::mask_text(&self.message()))?;
        m.serialize_field("citation", &self.kind.citation())?;
        m.end()
    }
}

/// The findings only the events show (not the columns): supplement requests past the first,
/// steps, materials and fees beyond the published matter.
pub(super) fn content_findings(
    catalog: &Catalog,
    matter: &Matter,
    case: &Case,
    out: &mut Vec<Finding>,
) {
    let published_material = |id: &str| matter.materials.iter().any(|m| m.material == id);
    let asked = |on: i64, id: &str, out: &mut Vec<Finding>| {
        if !published_material(id) {
            out.push(Finding {
                kind: FindingKind::UnpublishedMaterial,
                on,
                detail: Detail::Material(id.to_string()),
            });
        }
        if catalog
            .material(id)
            .is_some_and(|m| m.shared_source.is_some())
        {
            out.push(Finding {
                kind: FindingKind::SharedMaterialAsked,
                on,
                detail: Detail::Material(id.to_string()),
            });
        }
    };
    for e in &case.events {
        let on = to_epoch_days(e.on());
        match e {
            Event::SupplementRequested { materials, .. } => {
                for id in materials {
                    asked(on, id, out);
                }
            }
            Event::MaterialRequested { material, .. } => asked(on, material, out),
            Event::SpecialStepStarted { step, .. } if !matter.special_steps.contains(step) => {
                out.push(Finding {
                    kind: FindingKind::UnpublishedStep,
                    on,
                    detail: Detail::Step(*step),
                });
            }
            Event::FeeCharged { amount, .. } => {
                let published = matter.fee.as_ref().map(|f| f.amount);
                if published != Some(*amount) {
                    out.push(Finding {
                        kind: FindingKind::FeeNotPublished,
                        on,
                        detail: Detail::Fee {
                            charged: *amount,
                            published,
                        },
                    });
                }
            }
            _ => {}
        }
    }
}
