//! Reasons and citations: every decision the library makes says why, and on which article.
//!
//! A citation is `{"doc", "article"}` where `doc` is one of the source ids of the specification
//! (`tj-2018-commitment`, `prc-licensing-law`, `gb-11643`, …) and `article` is written as the
//! source writes it (`第十六条`, `三(四)`, `5.5`).

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The source documents the library cites, by their stable ids.
pub mod doc {
    /// 关于做好"政务一网通"改革有关重点工作的通知 (2018).
    pub const TJ_2018_NOTICE: &str = "tj-2018-notice";
    /// 天津市"一制三化"改革公开公示办法(试行).
    pub const TJ_2018_DISCLOSURE: &str = "tj-2018-disclosure";
    /// 天津市"一制三化"改革信用承诺办法(试行).
    pub const TJ_2018_COMMITMENT: &str = "tj-2018-commitment";
    /// 天津市"一制三化"改革一网通办办法(试行).
    pub const TJ_2018_ONENET: &str = "tj-2018-onenet";
    /// 天津市"一制三化"改革全程监督办法(试行).
    pub const TJ_2018_SUPERVISION: &str = "tj-2018-supervision";
    /// 天津市"一制三化"改革失信惩戒办法(试行).
    pub const TJ_2018_DISCIPLINE: &str = "tj-2018-discipline";
    /// 天津市加快推进"一件事一次办"打造政务服务升级版实施方案 (2022).
    pub const TJ_2022_ONETHING: &str = "tj-2022-onething";
    /// 宝坻区承诺制标准化智能化便利化审批制度改革实施细则 (2018).
    pub const BAODI_2018: &str = "baodi-2018";
    /// 蓟州区基层政务服务体系建设工作方案 (2018).
    pub const JIZHOU_2018: &str = "jizhou-2018";
    /// 中华人民共和国行政许可法.
    pub const PRC_LICENSING_LAW: &str = "prc-licensing-law";
    /// 全国年节及纪念日放假办法 (the statutory holidays).
    pub const PRC_HOLIDAYS: &str = "prc-holidays";
    /// 国务院办公厅关于部分节假日安排的通知 (one a year; the article is the year).
    pub const CN_HOLIDAY_NOTICE: &str = "cn-holiday-notice";
    /// A year's holiday arrangement the host loaded without naming its notice (the year is the
    /// article).
    pub const HOST_CALENDAR: &str = "host-calendar";
    /// 中华人民共和国民法典.
    pub const PRC_CIVIL_CODE: &str = "prc-civil-code";
    /// GB 11643 公民身份号码.
    pub const GB_11643: &str = "gb-11643";
    /// GB 32100 法人和其他组织统一社会信用代码编码规则.
    pub const GB_32100: &str = "gb-32100";
    /// GB 11714 全国组织机构代码编制规则.
    pub const GB_11714: &str = "gb-11714";
    /// GB/T 2260 中华人民共和国行政区划代码.
    pub const GB_T_2260: &str = "gb-t-2260";
    /// GB/T 39046 政务服务平台基础数据规范.
    pub const GB_T_39046: &str = "gb-t-39046";
}

/// 依据 — where a rule comes from: a source document id and the article within it. Written as
/// `{"doc", "article", "text"}`, `text` being the citation as printed
/// (`《天津市“一制三化”改革信用承诺办法(试行)》第三条`, see [`crate::sources`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Citation {
    /// Source document id (see [`doc`]).
    pub doc: &'static str,
    /// Article, section or clause as the source writes it.
    pub article: &'static str,
}

impl Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Citation", 3)?;
        st.serialize_field("doc", self.doc)?;
        st.serialize_field("article", self.article)?;
        st.serialize_field("text", &AsStr(self))?;
        st.end()
    }
}

/// A citation's text as a JSON string, written piece by piece (`collect_str`), not built first.
struct AsStr<'a>(&'a Citation);

impl Serialize for AsStr<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&crate::sources::CitationText {
            doc: self.0.doc,
            article: self.0.article,
        })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Citation {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Citation".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Where a rule comes from: the source's id, its article, and the citation as printed (《全称》条目).",
            "type": "object",
            "properties": {
                "doc": {"type": "string"},
                "article": {"type": "string"},
                "text": {"type": "string"}
            },
            "required": ["doc", "article", "text"]
        })
    }
}

impl Citation {
    /// The citation as printed: `《全称》条目`.
    pub fn text(&self) -> String {
        crate::sources::citation_text(self.doc, self.article)
    }

    /// A citation of `article` in `doc`.
    pub const fn new(doc: &'static str, article: &'static str) -> Self {
        Citation { doc, article }
    }
}

/// 理由 — one reason behind a decision: a stable code, a message for people, and its citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reason {
    /// Stable dotted code (`period.workdays`, `id.check_character`, …).
    pub code: &'static str,
    /// What was decided and why, in plain words (never a full resident ID number). Fixed
    /// messages are borrowed, so building a reason need not allocate.
    pub message: Cow<'static, str>,
    /// The article the decision rests on.
    pub citation: Citation,
}

impl Reason {
    /// A reason with a code, a message and a citation.
    pub fn new(
        code: &'static str,
        message: impl Into<Cow<'static, str>>,
        citation: Citation,
    ) -> Self {
        // A reason never shows a full resident ID number, whatever the caller's text held. Fixed
        // messages are the library's own and carry none; formatted ones are checked.
        let message = match message.into() {
            Cow::Owned(m) if crate::mask::contains_unmasked_resident_id(&m) => {
                Cow::Owned(crate::mask::mask_text(&m))
            }
            m => m,
        };
        Reason {
            code,
            message,
            citation,
        }
    }
}

/// A reason as stored data (in a merged form a host keeps): the same JSON as [`Reason`], with
/// owned text so that it can be read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StoredReason {
    /// Code.
    pub code: String,
    /// Message.
    pub message: String,
    /// Citation.
    pub citation: StoredCitation,
}

/// A citation as stored data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StoredCitation {
    /// Source document id.
    pub doc: String,
    /// Article.
    pub article: String,
    /// The citation as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl From<Reason> for StoredReason {
    fn from(r: Reason) -> Self {
        StoredReason {
            code: r.code.to_string(),
            message: r.message.into_owned(),
            citation: StoredCitation {
                doc: r.citation.doc.to_string(),
                article: r.citation.article.to_string(),
                text: Some(r.citation.text()),
            },
        }
    }
}
