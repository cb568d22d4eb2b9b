//! 事项清单 as a workbook: which sheet holds which part of the catalog, and under which Chinese
//! column heading each field sits — the one table both the import and the export read, so that
//! a catalog goes to a spreadsheet and back without losing a field.

use zhengwu::catalog::types::{
    Attribute, Audience, Category, Domain, ElementType, ItemLevel, Level, MatterKind, Mode, Rank,
    ServiceScope, Source,
};
use zhengwu::step::SpecialStep;

/// A field's wire names and Chinese terms.
pub type Labels = fn() -> Vec<(&'static str, &'static str)>;

/// How a field's JSON value is written in a cell.
#[derive(Clone, Copy)]
pub enum Kind {
    /// Text as is.
    Text,
    /// A whole number.
    Int,
    /// A decimal amount, kept as text in JSON (`"12.50"`).
    Decimal,
    /// 是 / 否.
    Bool,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// One value of an enumeration, written as its Chinese term (its wire name is read too).
    Enum(Labels),
    /// Several values of an enumeration, separated by 、.
    EnumList(Labels),
    /// A list of text, one item a line.
    Lines,
    /// Anything else, as JSON text.
    Json,
}

/// One column: the field's path in the record (`["time_limit", "statutory_workdays"]`), its
/// heading, what it means (for the 说明 sheet) and how it is written.
pub struct Column {
    pub path: &'static [&'static str],
    pub heading: &'static str,
    pub meaning: &'static str,
    pub kind: Kind,
}

/// One sheet: its name, the catalog's list it holds, its columns. A sheet `of` another holds the
/// items of a list inside each record of that other sheet, tied by the record's key column.
pub struct Sheet {
    pub name: &'static str,
    pub list: &'static str,
    pub columns: &'static [Column],
    /// For a sheet of items inside records (申请材料 of a matter): the parent's list, the field
    /// in the parent holding the items, and the heading of the column naming the parent.
    pub within: Option<(&'static str, &'static str, &'static str)>,
    /// Headings a sheet must have (the fields the catalog requires).
    pub required: &'static [&'static str],
}

macro_rules! labels {
    ($t:ty) => {
        || <$t>::ALL.iter().map(|v| (v.name(), v.label())).collect()
    };
}

const fn col(
    path: &'static [&'static str],
    heading: &'static str,
    meaning: &'static str,
    kind: Kind,
) -> Column {
    Column {
        path,
        heading,
        meaning,
        kind,
    }
}

fn change_types() -> Vec<(&'static str, &'static str)> {
    vec![
        ("cancelled", "取消"),
        ("devolved", "下放"),
        ("merged", "合并"),
    ]
}

fn audiences() -> Vec<(&'static str, &'static str)> {
    vec![("enterprise", "企业"), ("personal", "个人")]
}

pub static MATTERS: Sheet = Sheet {
    name: "事项",
    list: "matters",
    within: None,
    required: &["事项编码", "事项名称"],
    columns: &[
        col(
            &["code"],
            "事项编码",
            "同一事项、同一标准、同一编码（公开公示办法 第九条）",
            Kind::Text,
        ),
        col(&["name"], "事项名称", "事项名称", Kind::Text),
        col(&["parent"], "上级事项", "所属大项或子项的编码", Kind::Text),
        col(
            &["item_level"],
            "事项层级",
            "大项、子项或类型项",
            Kind::Enum(labels!(ItemLevel)),
        ),
        col(
            &["kind"],
            "事项类型",
            "行政许可、行政处罚、公共服务等",
            Kind::Enum(labels!(MatterKind)),
        ),
        col(
            &["category"],
            "办理类别",
            "普通、特许、认可、核准、登记、其他",
            Kind::Enum(labels!(Category)),
        ),
        col(
            &["level"],
            "行使层级",
            "国家级、省级、市级、区级、乡级",
            Kind::Enum(labels!(Level)),
        ),
        col(
            &["department"],
            "实施主体",
            "实施部门（部门工作表的部门编码或名称）",
            Kind::Text,
        ),
        col(
            &["authority"],
            "行政主体",
            "与实施部门不同时填写",
            Kind::Text,
        ),
        col(
            &["competent_department"],
            "业务主管部门",
            "市级业务主管部门",
            Kind::Text,
        ),
        col(
            &["audience"],
            "服务对象",
            "自然人、法人或两者",
            Kind::Enum(labels!(Audience)),
        ),
        col(
            &["modes"],
            "办理方式",
            "马上办、网上办、就近办、一次办，以“、”分隔",
            Kind::EnumList(labels!(Mode)),
        ),
        col(&["online_url"], "网上办理地址", "网上办的网址", Kind::Text),
        col(
            &["legal_basis"],
            "法定依据",
            "JSON：[{\"law\", \"article\"?, \"kind\"?, \"norm\"?}]",
            Kind::Json,
        ),
        col(
            &["conditions"],
            "申请条件",
            "每行一项；空表示材料齐全即可",
            Kind::Lines,
        ),
        col(
            &["time_limit", "statutory_workdays"],
            "法定办结时限",
            "工作日",
            Kind::Int,
        ),
        col(
            &["time_limit", "promised_workdays"],
            "承诺办结时限",
            "工作日",
            Kind::Int,
        ),
        col(
            &["special_steps"],
            "特殊环节",
            "听证、招标、检验、专家评审等，以“、”分隔",
            Kind::EnumList(labels!(SpecialStep)),
        ),
        col(
            &["issues_license"],
            "是否发证",
            "办理结果是否为许可证照、资质资格（是/否）",
            Kind::Bool,
        ),
        col(
            &["quantity_limit"],
            "数量限制",
            "法律规定的数量限制",
            Kind::Text,
        ),
        col(&["outcome", "form"], "结果形式", "证照、批文等", Kind::Text),
        col(&["outcome", "sample"], "结果样本", "示范样本", Kind::Text),
        col(
            &["validity"],
            "有效期限",
            "法律未规定的为长期有效",
            Kind::Text,
        ),
        col(&["scope"], "适用范围", "法律未限定的为全国", Kind::Text),
        col(
            &["fee", "amount"],
            "收费",
            "金额（元）；不收费留空",
            Kind::Decimal,
        ),
        col(&["fee", "standard"], "收费标准", "收费标准", Kind::Text),
        col(&["fee", "basis"], "收费依据", "收费依据", Kind::Text),
        col(&["consult_phone"], "咨询电话", "咨询电话", Kind::Text),
        col(
            &["place"],
            "办理地点",
            "办理地点，明确到窗口号或科室名称",
            Kind::Text,
        ),
        col(&["complaint_phone"], "投诉电话", "效能投诉电话", Kind::Text),
        col(
            &["convenience", "delivery"],
            "物流快递",
            "是否物流快递（是/否）",
            Kind::Bool,
        ),
        col(
            &["convenience", "appointment"],
            "预约办理",
            "是否支持预约（是/否）",
            Kind::Bool,
        ),
        col(
            &["convenience", "joint"],
            "联办",
            "是否涉及联办（是/否）",
            Kind::Bool,
        ),
        col(
            &["convenience", "joint_departments"],
            "联办部门",
            "每行一个",
            Kind::Lines,
        ),
        col(
            &["convenience", "faq"],
            "问题解答",
            "JSON：[{\"q\", \"a\"}]",
            Kind::Json,
        ),
        col(
            &["convenience", "scope"],
            "通办范围",
            "全国、跨省、跨市、跨县",
            Kind::Enum(labels!(ServiceScope)),
        ),
        col(
            &["commitment", "allowed"],
            "承诺审批",
            "是否实行承诺审批（是/否）",
            Kind::Bool,
        ),
        col(
            &["commitment", "domains"],
            "涉及领域",
            "国家安全、公共安全等不适用承诺的领域，以“、”分隔",
            Kind::EnumList(labels!(Domain)),
        ),
        col(
            &["commitment", "revocable"],
            "可撤销",
            "许可决定能否撤销（是/否）",
            Kind::Bool,
        ),
        col(
            &["form"],
            "表单字段",
            "JSON：[{\"element\", \"required\"?, \"label\"?, …}]",
            Kind::Json,
        ),
        col(
            &["after"],
            "前置事项",
            "须先办理的事项编码，每行一个",
            Kind::Lines,
        ),
        col(
            &["produces"],
            "办理结果产出",
            "结果产出的数据元素和材料，每行一个",
            Kind::Lines,
        ),
        col(
            &["published_on"],
            "公布日期",
            "列入事项清单的日期",
            Kind::Date,
        ),
        col(&["sample"], "示例数据", "是否为示例（是/否）", Kind::Bool),
        col(&["extra"], "扩展数据", "主机自有数据（JSON）", Kind::Json),
    ],
};

pub static MATTER_MATERIALS: Sheet = Sheet {
    name: "申请材料",
    list: "materials",
    within: Some(("matters", "materials", "事项编码")),
    required: &["材料编码"],
    columns: &[
        col(
            &["material"],
            "材料编码",
            "材料工作表中的材料编码",
            Kind::Text,
        ),
        col(&["required"], "必须提交", "是/否", Kind::Bool),
        col(
            &["deferrable"],
            "可容缺",
            "承诺审批时可后补（是/否）",
            Kind::Bool,
        ),
        col(&["acceptance"], "受理标准", "本事项的受理标准", Kind::Text),
        col(&["copies"], "份数", "份数", Kind::Int),
    ],
};

pub static MATERIALS: Sheet = Sheet {
    name: "材料",
    list: "materials",
    within: None,
    required: &["材料编码", "材料名称"],
    columns: &[
        col(&["id"], "材料编码", "稳定的编码", Kind::Text),
        col(&["name"], "材料名称", "材料名称", Kind::Text),
        col(
            &["rank"],
            "材料位阶",
            "主审材料或非主审材料",
            Kind::Enum(labels!(Rank)),
        ),
        col(
            &["attribute"],
            "材料属性",
            "共性材料或个性材料",
            Kind::Enum(labels!(Attribute)),
        ),
        col(
            &["source"],
            "材料来源",
            "申请人自行填写、行政机关、中介机构、第三方机构",
            Kind::Enum(labels!(Source)),
        ),
        col(&["notes"], "准备要点", "材料准备要点", Kind::Text),
        col(&["template"], "材料模版", "模版的引用或网址", Kind::Text),
        col(
            &["is_form"],
            "是否表格",
            "是否为申请表格（是/否）",
            Kind::Bool,
        ),
        col(&["blank"], "空白格式文本", "表格的空白文本", Kind::Text),
        col(&["sample"], "示范文本", "表格的示范文本", Kind::Text),
        col(&["deferrable"], "可容缺", "是/否", Kind::Bool),
        col(&["letter_replaceable"], "以函代证", "是/否", Kind::Bool),
        col(
            &["shared_source"],
            "共享来源",
            "人口库、电子证照库等",
            Kind::Text,
        ),
        col(&["basis"], "设定依据", "要求提交的法律法规规章", Kind::Text),
        col(
            &["valid_days"],
            "有效天数",
            "在档复印件的有效天数",
            Kind::Int,
        ),
        col(&["extra"], "扩展数据", "主机自有数据（JSON）", Kind::Json),
    ],
};

pub static DEPARTMENTS: Sheet = Sheet {
    name: "部门",
    list: "departments",
    within: None,
    required: &["部门编码", "部门名称"],
    columns: &[
        col(&["id"], "部门编码", "稳定的编码", Kind::Text),
        col(&["name"], "部门名称", "公布的名称", Kind::Text),
        col(&["extra"], "扩展数据", "主机自有数据（JSON）", Kind::Json),
    ],
};

pub static ELEMENTS: Sheet = Sheet {
    name: "数据元素",
    list: "elements",
    within: None,
    required: &["元素编码", "元素名称", "类型"],
    columns: &[
        col(&["id"], "元素编码", "稳定的编码", Kind::Text),
        col(&["label"], "元素名称", "如 统一社会信用代码", Kind::Text),
        col(
            &["type"],
            "类型",
            "文本、日期、整数等",
            Kind::Enum(labels!(ElementType)),
        ),
        col(
            &["shared_source"],
            "共享来源",
            "人口库、法人库等",
            Kind::Text,
        ),
        col(&["max_len"], "最大长度", "字符数", Kind::Int),
        col(&["min"], "最小值", "JSON", Kind::Json),
        col(&["max"], "最大值", "JSON", Kind::Json),
        col(&["pattern"], "格式", "格式（正则子集）", Kind::Text),
        col(&["options"], "可选值", "每行一个", Kind::Lines),
        col(&["extra"], "扩展数据", "主机自有数据（JSON）", Kind::Json),
    ],
};

pub static BUNDLES: Sheet = Sheet {
    name: "一件事",
    list: "bundles",
    within: None,
    required: &["编码", "名称", "类别", "牵头单位", "涉及事项"],
    columns: &[
        col(&["id"], "编码", "稳定的编码", Kind::Text),
        col(&["number"], "序号", "清单中的序号", Kind::Int),
        col(&["name"], "名称", "如 企业开办", Kind::Text),
        col(&["audience"], "类别", "企业或个人", Kind::Enum(audiences)),
        col(&["lead"], "牵头单位", "部门编码", Kind::Text),
        col(&["co_leads"], "其他牵头单位", "每行一个", Kind::Lines),
        col(
            &["matters"],
            "涉及事项",
            "JSON：[{\"matter\", \"department\", \"co_departments\"?}]",
            Kind::Json,
        ),
        col(
            &["together"],
            "须一并办理",
            "JSON：[[事项编码…]]",
            Kind::Json,
        ),
    ],
};

pub static CHANGES: Sheet = Sheet {
    name: "变更",
    list: "changes",
    within: None,
    required: &["事项编码", "变更类型"],
    columns: &[
        col(&["matter"], "事项编码", "原清单中的事项编码", Kind::Text),
        col(
            &["type"],
            "变更类型",
            "取消、下放或合并",
            Kind::Enum(change_types),
        ),
        col(
            &["reason"],
            "取消理由",
            "取消事项须写明理由（通知 三(一)）",
            Kind::Text,
        ),
        col(&["power"], "下放权限", "下放的权限", Kind::Text),
        col(&["department"], "承接部门", "下放后的实施部门", Kind::Text),
        col(&["into"], "并入事项", "合并后的事项编码", Kind::Text),
    ],
};

/// Every sheet, in workbook order.
pub static SHEETS: [&Sheet; 7] = [
    &MATTERS,
    &MATTER_MATERIALS,
    &MATERIALS,
    &DEPARTMENTS,
    &ELEMENTS,
    &BUNDLES,
    &CHANGES,
];

/// The sheet holding the catalog's own description.
pub const ABOUT: &str = "说明";
