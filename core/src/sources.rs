//! 依据文件 — every source the library cites: its full title, 文号, issuer, date and where it
//! applies, so that a citation can be printed as a reader expects
//! (`《天津市"一制三化"改革信用承诺办法(试行)》第三条`). Where the seed text does not show a 文号
//! or a date, the field is empty rather than guessed.

use serde::Serialize;

/// Where a source applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// 全国.
    National,
    /// 天津市.
    Tianjin,
    /// 天津市宝坻区.
    Baodi,
    /// 天津市蓟州区.
    Jizhou,
}

impl Scope {
    /// 全国 / 天津市 / 宝坻区 / 蓟州区.
    pub const fn label(self) -> &'static str {
        match self {
            Scope::National => "全国",
            Scope::Tianjin => "天津市",
            Scope::Baodi => "天津市宝坻区",
            Scope::Jizhou => "天津市蓟州区",
        }
    }
}

/// One cited source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    /// The citation id (`tj-2018-commitment`).
    pub id: &'static str,
    /// 全称.
    pub title: &'static str,
    /// 文号, where the source shows it.
    pub number: Option<&'static str>,
    /// 制发机关.
    pub issuer: Option<&'static str>,
    /// 印发或公布日期 (`YYYY-MM-DD`), where the source shows it.
    pub date: Option<&'static str>,
    /// Where it applies.
    pub scope: Scope,
    /// `全国`, `天津市`, `天津市宝坻区` …
    pub applies_to: &'static str,
    /// A note on the text used (draft, forwarded, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
}

const fn src(
    id: &'static str,
    title: &'static str,
    number: Option<&'static str>,
    issuer: Option<&'static str>,
    date: Option<&'static str>,
    scope: Scope,
    note: Option<&'static str>,
) -> Source {
    Source {
        id,
        title,
        number,
        issuer,
        date,
        scope,
        applies_to: scope.label(),
        note,
    }
}

const TJ_GOV_OFFICE: Option<&str> = Some("天津市人民政府办公厅");
const FIVE_MEASURES: Option<&str> =
    Some("天津市人民政府办公厅2018年9月7日印发的“一制三化”改革五个配套办法之一");

/// Every source, in the order of the specification.
pub const SOURCES: &[Source] = &[
    src(
        "tj-2018-notice",
        "关于做好“政务一网通”改革有关重点工作的通知",
        None,
        None,
        None,
        Scope::Tianjin,
        Some("依据《天津市“政务一网通”改革方案》（津政发〔2018〕14号）部署"),
    ),
    src(
        "tj-2018-disclosure",
        "天津市“一制三化”改革公开公示办法(试行)",
        None,
        TJ_GOV_OFFICE,
        Some("2018-09-07"),
        Scope::Tianjin,
        FIVE_MEASURES,
    ),
    src(
        "tj-2018-commitment",
        "天津市“一制三化”改革信用承诺办法(试行)",
        None,
        TJ_GOV_OFFICE,
        Some("2018-09-07"),
        Scope::Tianjin,
        FIVE_MEASURES,
    ),
    src(
        "tj-2018-onenet",
        "天津市“一制三化”改革一网通办办法(试行)",
        None,
        TJ_GOV_OFFICE,
        Some("2018-09-07"),
        Scope::Tianjin,
        FIVE_MEASURES,
    ),
    src(
        "tj-2018-supervision",
        "天津市“一制三化”改革全程监督办法(试行)",
        None,
        TJ_GOV_OFFICE,
        Some("2018-09-07"),
        Scope::Tianjin,
        FIVE_MEASURES,
    ),
    src(
        "tj-2018-discipline",
        "天津市“一制三化”改革失信惩戒办法(试行)",
        None,
        TJ_GOV_OFFICE,
        Some("2018-09-07"),
        Scope::Tianjin,
        FIVE_MEASURES,
    ),
    src(
        "tj-2022-onething",
        "天津市加快推进“一件事一次办”打造政务服务升级版实施方案",
        None,
        Some("天津市政务服务办公室"),
        None,
        Scope::Tianjin,
        Some("征求意见稿，含附件1、附件2"),
    ),
    src(
        "baodi-2018",
        "宝坻区承诺制标准化智能化便利化审批制度改革实施细则",
        None,
        Some("天津市宝坻区人民政府"),
        Some("2018-12-04"),
        Scope::Baodi,
        None,
    ),
    src(
        "jizhou-2018",
        "天津市蓟州区基层政务服务体系建设工作方案",
        None,
        Some("天津市蓟州区人民政府办公室"),
        Some("2018-12-19"),
        Scope::Jizhou,
        Some("区审批局拟定，区人民政府办公室转发"),
    ),
    src(
        "prc-licensing-law",
        "中华人民共和国行政许可法",
        Some("中华人民共和国主席令第七号"),
        Some("全国人民代表大会常务委员会"),
        Some("2003-08-27"),
        Scope::National,
        Some("2019年4月23日修正"),
    ),
    src(
        "prc-civil-code",
        "中华人民共和国民法典",
        Some("中华人民共和国主席令第四十五号"),
        Some("全国人民代表大会"),
        Some("2020-05-28"),
        Scope::National,
        None,
    ),
    src(
        "prc-holidays",
        "全国年节及纪念日放假办法",
        Some("国务院令第795号"),
        Some("国务院"),
        Some("2024-11-10"),
        Scope::National,
        Some("此前为国务院令第513号（2007年）、第644号（2013年）"),
    ),
    src(
        "cn-holiday-notice",
        "国务院办公厅关于部分节假日安排的通知",
        None,
        Some("国务院办公厅"),
        None,
        Scope::National,
        Some("每年一份；引用时条目为年份"),
    ),
    src(
        "gb-11643",
        "公民身份号码（GB 11643）",
        None,
        None,
        None,
        Scope::National,
        None,
    ),
    src(
        "gb-32100",
        "法人和其他组织统一社会信用代码编码规则（GB 32100）",
        None,
        None,
        None,
        Scope::National,
        None,
    ),
    src(
        "gb-11714",
        "全国组织机构代码编制规则（GB 11714）",
        None,
        None,
        None,
        Scope::National,
        None,
    ),
    src(
        "gb-t-2260",
        "中华人民共和国行政区划代码（GB/T 2260）",
        None,
        None,
        None,
        Scope::National,
        None,
    ),
    src(
        "gb-t-39046",
        "政务服务平台基础数据规范（GB/T 39046）",
        None,
        None,
        None,
        Scope::National,
        None,
    ),
];

/// The source with citation id `id`.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

/// A citation as a reader expects it: `《全称》条目` (the year's notice: `《国务院办公厅关于2027年部分
/// 节假日安排的通知》`; a standard's clause: `《公民身份号码（GB 11643）》5.5`).
pub fn citation_text(doc: &str, article: &str) -> String {
    CitationText { doc, article }.to_string()
}

/// [`citation_text`] written where it goes (an answer's JSON, a message) without a `String` of
/// its own: every reason of every answer carries one.
pub struct CitationText<'a> {
    /// The source's id.
    pub doc: &'a str,
    /// The article.
    pub article: &'a str,
}

impl std::fmt::Display for CitationText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (doc, article) = (self.doc, self.article);
        if doc == "cn-holiday-notice" {
            return write!(f, "《国务院办公厅关于{article}年部分节假日安排的通知》");
        }
        if doc == "host-calendar" {
            return write!(f, "宿主载入的{article}年节假日安排（未载明所依据的通知）");
        }
        match source(doc) {
            Some(s) => write!(f, "《{}》{article}", s.title),
            None => write!(f, "{doc} {article}"),
        }
    }
}
