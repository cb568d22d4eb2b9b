//! The reasons of identifier checks: 公民身份号码 (GB 11643) and 统一社会信用代码 (GB 32100, with
//! the organisation code of GB 11714), each message with its code, citation and both templates.

use crate::reason::{doc, Citation};

const STRUCTURE: Citation = Citation::new(doc::GB_11643, "号码的结构");
const ADDRESS: Citation = Citation::new(doc::GB_11643, "地址码");
const BIRTH: Citation = Citation::new(doc::GB_11643, "出生日期码");
const CHECK: Citation = Citation::new(doc::GB_11643, "校验码");
const USCC_STRUCTURE: Citation = Citation::new(doc::GB_32100, "代码结构");
const USCC_CHECK: Citation = Citation::new(doc::GB_32100, "校验码");
const ORG_CHECK: Citation = Citation::new(doc::GB_11714, "校验码");

messages! {
    /// 公民身份号码 (GB 11643).
    pub enum ResidentMsg {
        /// No number in the cell (a null or missing value of a column).
        Missing => "id.missing", STRUCTURE,
            "未填写公民身份号码",
            "no resident ID number is given";
        /// A 15-digit number.
        FirstGeneration => "id.first_generation", STRUCTURE,
            "这是15位的第一代身份证号码；只有18位号码有效",
            "a 15-digit first-generation number; only 18-character numbers are valid";
        /// Full-width or other characters.
        Characters => "id.characters", STRUCTURE,
            "公民身份号码由半角数字和X组成；全角或其他字符不能识别",
            "a resident ID number is written in ASCII digits and X; full-width or other characters are not read as them";
        /// Not 18 characters.
        Length { n: usize } => "id.length", STRUCTURE,
            "公民身份号码应为18位，此号码为{n}位",
            "a resident ID number has 18 characters, not {n}";
        /// Not 17 digits and a digit or X.
        Format => "id.format", STRUCTURE,
            "前17位须为数字，最后一位为数字或X",
            "the first 17 characters must be digits and the last a digit or X";
        /// No province-level division (the two digits as written).
        Region { province: String } => "id.region", ADDRESS,
            "地址码{province}····不对应任何省级行政区划",
            "address code {province}···· names no province-level division";
        /// Born after the given day.
        BirthAfter => "id.birth_date", BIRTH,
            "出生日期码晚于给定日期",
            "the birth date code lies after the given date";
        /// Not a date.
        BirthInvalid => "id.birth_date", BIRTH,
            "出生日期码不是有效日期",
            "the birth date code is not a real date";
        /// ISO 7064 MOD 11-2.
        CheckCharacter => "id.check_character", CHECK,
            "校验码与前17位数字不符（ISO 7064 MOD 11-2）",
            "the check character does not match the first 17 digits (ISO 7064 MOD 11-2)";
        /// Valid.
        Valid => "id.valid", CHECK,
            "地址码、出生日期码和校验码符合 GB 11643",
            "address code, birth date and check character conform to GB 11643";
    }
}

messages! {
    /// 统一社会信用代码 (GB 32100; GB 11714).
    pub enum UsccMsg {
        /// Full-width or other characters.
        Characters => "uscc.characters", USCC_STRUCTURE,
            "统一社会信用代码由半角数字和大写字母组成；全角或其他字符不能识别",
            "a unified social credit code is written in ASCII digits and capital letters; full-width or other characters are not read as them";
        /// Not 18 characters.
        Length { n: usize } => "uscc.length", USCC_STRUCTURE,
            "统一社会信用代码应为18位，此代码为{n}位",
            "a unified social credit code has 18 characters, not {n}";
        /// A character outside the alphabet (quoted as written).
        Format { position: usize, character: String } => "uscc.format", USCC_STRUCTURE,
            "第{position}位（{character}）不是代码字符（数字和除 I、O、Z、S、V 以外的大写字母）",
            "character {position} ({character}) is not in the code's alphabet (digits and capital letters without I, O, Z, S, V)";
        /// Valid.
        Valid => "uscc.valid", USCC_CHECK,
            "格式和校验码符合 GB 32100",
            "format and check character conform to GB 32100";
        /// The check character.
        CheckCharacter => "uscc.check_character", USCC_CHECK,
            "校验码与前17位不符",
            "the check character does not match the first 17 characters";
        /// An unassigned registration authority (quoted as written).
        UnknownAuthority { code: String } => "uscc.unknown_authority", USCC_STRUCTURE,
            "登记管理部门码 {code} 未分配",
            "registration authority code {code} is not assigned";
        /// An unknown region.
        UnknownRegion => "uscc.unknown_region", USCC_STRUCTURE,
            "第3至8位不对应已知的行政区划",
            "characters 3–8 name no known administrative division";
        /// The organisation code's own check (GB 11714).
        OrganizationCodeCheck => "uscc.organization_code_check", ORG_CHECK,
            "组织机构代码（第9至17位）未通过 GB 11714 校验；不影响代码有效性",
            "the organisation code (characters 9–17) fails its own GB 11714 check; this does not affect validity";
    }
}

texts! {
    /// What a host's region table (GB/T 2260 rows) is refused for.
    pub enum RegionsText<'a> {
        /// A code that is no region code.
        BadCode { text: &'a str } => "行政区划代码 {text:?} 不是以省级代码开头的6位数字", "region code {text:?} is not six digits starting with a province-level code";
        /// A year that is none.
        BadYear { text: &'a str } => "年份 {text:?} 无效", "{text:?} is not a year";
        /// A row without its four columns.
        BadColumns => "每行须为 代码、名称、起始年、终止年 四列（以制表符分隔）", "each row has four tab-separated columns: code, name, from, to";
        /// Not a list of regions.
        NotList => "regions 须为行政区划的列表：[{{\"code\", \"name\", \"from\"?, \"to\"?}}]", "regions is a list of regions: [{{\"code\", \"name\", \"from\"?, \"to\"?}}]";
        /// A region without code or name.
        NoCodeOrName => "每个行政区划须有 code 和 name 两个字符串", "each region has a code and a name, both text";
    }
}
