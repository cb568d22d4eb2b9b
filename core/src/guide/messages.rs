//! The reasons of the 办事指南 (公开公示办法 第七条, 第二十一条; 宝坻 三(一); 一件事 三(一)1): each
//! message with its code, citation and both templates.

use crate::catalog::types::cite;
use crate::reason::{doc, Citation};

messages! {
    /// 办事指南.
    pub enum GuideMsg {
        /// The ten elements of 第七条.
        Elements => "guide.elements", cite::ELEMENTS,
            "办事指南按办理主体、事项名称、办理类别与方式、法定依据、申请条件和材料、办理程序、办理时限、收费、效能投诉、办理便捷度公示，形成办事“明白纸”",
            "the guide shows the ten elements of 第七条 in order, as the 办事“明白纸”";
        /// 宝坻 三(一).
        WhatWhereHowLong => "guide.what_where_how_long", Citation::new(doc::BAODI_2018, "三(一)"),
            "让企业和群众知道“办什么、在哪办、怎么办、办多久”",
            "the applicant learns what to do, where, how and how long (办什么、在哪办、怎么办、办多久)";
        /// One source online and offline (第二十一条).
        SameSource => "guide.same_source", Citation::new(doc::TJ_2018_DISCLOSURE, "第二十一条"),
            "办事指南与审批所用的事项数据同源，线上线下一致",
            "the guide is made from the catalog the decisions use: one source online and offline";
        /// Elements not published, shown so (第七条).
        Missing { missing: usize } => "guide.missing", cite::ELEMENTS,
            "{missing}项要素未公布，如实标明，不作填补（与事项清单检查所列相同）",
            "{missing} elements are not published: shown as missing, not filled in (the same gaps catalog.lint reports)";
        /// One guide for a bundle (一件事 三(一)1).
        Bundle => "guide.bundle", Citation::new(doc::TJ_2022_ONETHING, "三(一)1"),
            "一件事形成一份办事指南：事项按前后置顺序排列，材料合并为一套，线上线下同源发布",
            "one guide for the bundle: matters in 前置 order, one set of materials, one source online and offline";
    }
}
