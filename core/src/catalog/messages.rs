//! The reasons of catalog changes (`catalog.diff`): the reductions of 通知 三(二)、三(三)、三(五) and
//! 宝坻 一(三), the publication periods of 公开公示办法 第二十二条、第二十三条, and the findings of
//! changes lacking what 通知 三(一) asks of them — each with its code, citation and templates.

use super::types::cite;
use crate::calendar::Period;
use crate::lang::Lang;
use crate::message::Arg;
use crate::reason::{doc, Citation};
use chrono::NaiveDate;

/// A count before and after, said as it went: 由191项减为190项, 仍为191项（未减少）, 仍为0 (nothing
/// left to reduce), 由190项增为191项 — never "由191项减为191项".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    /// Before.
    pub before: usize,
    /// After.
    pub after: usize,
    /// The unit written after each number (项 for material requirements, none for the others).
    pub unit: &'static str,
}

impl Counted {
    /// A count without a unit (特殊环节, 证照 matters).
    pub const fn of(before: usize, after: usize) -> Self {
        Counted {
            before,
            after,
            unit: "",
        }
    }
}

impl Arg for Counted {
    fn show(&self, lang: Lang, out: &mut String) {
        use std::cmp::Ordering::*;
        use std::fmt::Write as _;
        let (b, a, u) = (self.before, self.after, self.unit);
        let _ = match (lang, a.cmp(&b)) {
            (Lang::Zh, Less) => write!(out, "由{b}{u}减为{a}{u}"),
            (Lang::Zh, Equal) if b == 0 => write!(out, "仍为0{u}"),
            (Lang::Zh, Equal) => write!(out, "仍为{b}{u}（未减少）"),
            (Lang::Zh, Greater) => write!(out, "由{b}{u}增为{a}{u}"),
            (_, Equal) => write!(out, "{b}, unchanged"),
            (_, _) => write!(out, "{b} before, {a} after"),
        };
    }
}

messages! {
    /// What a catalog's changes come to.
    pub enum ChangeMsg<'a> {
        /// Material requirements before and after (宝坻 一(三)).
        MaterialReduction { before: usize, after: usize, change: Counted } => "materials.reduction", cite::MATERIAL_REDUCTION,
            "申请材料{change}",
            "material requirements: {change}";
        /// Special steps before and after (通知 三(三)).
        SpecialSteps { before: usize, after: usize, change: Counted } => "reduction.count", Citation::new(doc::TJ_2018_NOTICE, "三(三)"),
            "需要的特殊环节（审图、现场踏勘、公示、听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审）：{change}",
            "special steps (审图、现场踏勘、公示、听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审) required: {change}";
        /// Matters issuing a 证照 before and after (通知 三(五)).
        Certificates { before: usize, after: usize, change: Counted } => "reduction.count", Citation::new(doc::TJ_2018_NOTICE, "三(五)"),
            "颁发证照的事项：{change}",
            "matters issuing a certificate, licence or approval (证照): {change}";
        /// 信息公开 (公开公示办法 第二十二条).
        PublishDue { changed_on: NaiveDate, period: Period, due: NaiveDate }
            => "publication.publish_due", Citation::new(doc::TJ_2018_DISCLOSURE, "第二十二条"),
            "{changed_on}形成或变更的信息应在{period}内公开：{due}前",
            "information formed or changed on {changed_on} is published within {period}: by {due}";
        /// 信息查阅场所 (公开公示办法 第二十三条).
        ReadingPlacesDue { period: Period, from: NaiveDate, due: NaiveDate }
            => "publication.reading_places_due", Citation::new(doc::TJ_2018_DISCLOSURE, "第二十三条"),
            "并自信息公开后{period}内提供给信息查阅场所；自最迟公开日{from}起算：{due}前",
            "and given to the reading places within {period} of publication; counted from the latest day of publication, {from}: by {due}";
        /// A merge without its target (通知 三(一)).
        MergedWithoutTarget { matter: &'a str } => "change.merged_without_target", cite::CHANGES,
            "{matter}记为合并，但未指明新清单中的事项",
            "{matter} is recorded as merged but names no matter of the new catalog";
        /// A cancellation without its reason (通知 三(一)).
        CancelledWithoutReason { matter: &'a str } => "change.cancelled_without_reason", cite::CHANGES,
            "{matter}已取消，但没有书面理由",
            "{matter} is gone without a written reason";
        /// A devolution without its power and department (通知 三(一)).
        DevolvedWithoutDetails { matter: &'a str, from: &'static str, to: &'static str }
            => "change.devolved_without_details", cite::CHANGES,
            "{matter}由{from}下放到{to}，但未写明下放的权限和实施部门",
            "{matter} moved from {from} to {to} without naming the power and the implementing department";
    }
}

texts! {
    /// What is wrong with a catalog as loaded (`catalog.invalid`, `catalog.unknown_*`,
    /// `catalog.duplicate_id`).
    pub enum CatalogText<'a> {
        /// An empty id.
        EmptyId { list: &'a str, i: usize, field: &'a str } => "{list}[{i}] 的 {field} 为空", "{list}[{i}] has an empty {field}";
        /// A matter without its code.
        EmptyCode => "事项编码为空", "a matter has an empty code";
        /// An id used twice.
        DuplicateId { field: &'a str, key: &'a str, list: &'a str, first: usize, i: usize } => "{field} {key:?} 被 {list}[{first}] 和 {list}[{i}] 重复使用", "{field} {key:?} is used by {list}[{first}] and {list}[{i}]";
        /// An enum element without options.
        EnumWithoutOptions { id: &'a str } => "枚举型数据项 {id:?} 未列出可选值", "enum element {id:?} lists no options";
        /// An unknown department.
        UnknownDepartment { id: &'a str } => "未知部门 {id:?}", "unknown department {id:?}";
        /// An unknown matter.
        UnknownMatter { code: &'a str } => "未知事项 {code:?}", "unknown matter {code:?}";
        /// An unknown material.
        UnknownMaterial { id: &'a str } => "未知材料 {id:?}", "unknown material {id:?}";
        /// An unknown data element.
        UnknownElement { id: &'a str } => "未知数据项 {id:?}", "unknown data element {id:?}";
        /// A product that is neither.
        UnknownProduct { id: &'a str } => "{id:?} 既不是数据项也不是材料", "{id:?} is neither a data element nor a material";
        /// A group naming a matter outside the bundle.
        NotInBundle { code: &'a str } => "{code:?} 不是该一件事的事项", "{code:?} is not one of the bundle's matters";
        /// An unknown bundle.
        UnknownBundle { id: &'a str } => "未知的一件事 {id:?}", "unknown bundle {id:?}";
        /// A pattern past the bounds.
        BadPattern { pattern: String, error: String } => "格式规则 {pattern:?} 不是限度内的有效正则表达式：{error}", "pattern {pattern:?} is not a valid regular expression within the bounds: {error}";
    }
}
