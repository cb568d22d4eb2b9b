//! 政策参数 — every period and threshold the rules use, as named data with a citation and an
//! effective date (SPEC §6).
//!
//! The sources disagree on details: the commitment measure gives 60 *working* days to supply
//! missing materials (`tj-2018-commitment` 第三条), the earlier notice 60 *natural* days
//! (`tj-2018-notice` 六(二)), Baodi's district rule "60日" (`baodi-2018` 二(三)) and a stricter
//! credit test. So a profile is chosen, single values may be overridden, and every output names
//! the values it used.

use crate::calendar::Period;
use crate::error::{Error, ErrorCode, Result};
use crate::message::Enumerated;
use crate::reason::{doc, Citation};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{Map, Value};

/// The kind of value a parameter holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamValue {
    /// A period in working or natural days.
    Period(Period),
    /// A share or ratio, e.g. 0.6.
    Ratio(Decimal),
    /// A number of calendar years.
    Years(u32),
    /// A rule switched on or off.
    Flag(bool),
}

impl ParamValue {
    fn kind(self) -> &'static str {
        match self {
            ParamValue::Period(_) => tr!(
                "期限（{\"workdays\": n} 或 {\"natural_days\": n}）",
                "a period ({\"workdays\": n} or {\"natural_days\": n})"
            ),
            ParamValue::Ratio(_) => tr!("小数比例，如 \"0.6\"", "a decimal ratio such as \"0.6\""),
            ParamValue::Years(_) => tr!("整数年数", "a whole number of years"),
            ParamValue::Flag(_) => tr!("true 或 false", "true or false"),
        }
    }
}

/// As outputs show it: a period `{"workdays": n}`, a ratio as a decimal string (`"0.6"`),
/// years `{"years": n}`, a flag as a boolean.
impl Serialize for ParamValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            ParamValue::Period(p) => p.serialize(s),
            ParamValue::Ratio(r) => s.serialize_str(&r.normalize().to_string()),
            ParamValue::Years(y) => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("years", y)?;
                m.end()
            }
            ParamValue::Flag(b) => s.serialize_bool(*b),
        }
    }
}

macro_rules! params {
    ($( $id:ident => $name:literal, $label:literal; )*) => {
        /// The named policy parameters.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ParamId { $( #[doc = $label] $id, )* }

        impl ParamId {
            /// Every parameter, in output order.
            pub const ALL: &'static [ParamId] = &[ $( ParamId::$id, )* ];

            /// The wire name.
            pub const fn name(self) -> &'static str {
                match self { $( ParamId::$id => $name, )* }
            }

            /// The Chinese term.
            pub const fn label(self) -> &'static str {
                match self { $( ParamId::$id => $label, )* }
            }

            /// Looks a parameter up by its wire name.
            pub fn from_name(name: &str) -> Option<ParamId> {
                match name { $( $name => Some(ParamId::$id), )* _ => None }
            }
        }
    };
}

params! {
    MaterialsPeriod => "materials_period", "承诺补齐材料期限";
    ExtensionPeriod => "extension_period", "延期提交期限";
    SupervisionStart => "supervision_start", "启动核查期限";
    VerificationPeriod => "verification_period", "核查完成期限";
    RectificationCap => "rectification_cap", "整改期限上限";
    LetterPublication => "letter_publication", "承诺书公开期限";
    InfoPublication => "info_publication", "事项信息公开期限";
    ReadingPlaces => "reading_places", "信息查阅场所提供期限";
    StatutoryDefault => "statutory_default", "法定办结时限（法律未规定时）";
    LicensePromisedMax => "license_promised_max", "许可证照承诺办结时限上限";
    CreditEntry => "credit_entry", "失信信息纳入期限";
    BlacklistRemoval => "blacklist_removal", "黑名单转出观察期";
    CompressionMin => "compression_min", "承诺时限压缩比例下限";
    OnlineShareMin => "online_share_min", "网上办事项比例下限";
    OneVisitShareMin => "one_visit_share_min", "最多跑一次事项比例下限";
    MaterialReductionMin => "material_reduction_min", "申请材料精简比例下限";
    DistrictCreditRule => "district_credit_rule", "无失信记录和未履行被执行人义务（区级规则）";
}

/// One parameter's value in a profile, with where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// Which parameter.
    pub id: ParamId,
    /// Its value.
    pub value: ParamValue,
    /// The article that sets it.
    pub citation: Citation,
    /// Date from which the source applies, when the source states one.
    pub effective: Option<NaiveDate>,
    /// The profile's own value, when the host overrode it.
    pub overridden_from: Option<ParamValue>,
}

/// A policy profile: a name and one value for every parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    profile: &'static str,
    params: Vec<Param>,
}

const fn wd(n: u32) -> ParamValue {
    ParamValue::Period(Period::Workdays(n))
}

const fn ratio(num: i64, scale: u32) -> ParamValue {
    ParamValue::Ratio(Decimal::from_parts(num as u32, 0, 0, false, scale))
}

const COMMITMENT: &str = doc::TJ_2018_COMMITMENT;

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The names of the built-in profiles; the first is the default.
pub const PROFILES: &[&str] = &["tianjin-2018", "tianjin-2018-notice", "baodi-2018"];

impl Default for Policy {
    fn default() -> Self {
        Policy::tianjin_2018()
    }
}

impl Policy {
    /// `tianjin-2018`: the five 一制三化 measures of 2018-09-07 (60 working days to supply).
    pub fn tianjin_2018() -> Policy {
        let eff = date(2018, 9, 7);
        let c = |doc, art| Citation::new(doc, art);
        let p = |id, value, citation, effective| Param {
            id,
            value,
            citation,
            effective,
            overridden_from: None,
        };
        use ParamId::*;
        Policy {
            profile: "tianjin-2018",
            params: vec![
                p(MaterialsPeriod, wd(60), c(COMMITMENT, "第三条"), eff),
                p(ExtensionPeriod, wd(20), c(COMMITMENT, "第十六条"), eff),
                p(SupervisionStart, wd(3), c(COMMITMENT, "第十六条"), eff),
                p(VerificationPeriod, wd(50), c(COMMITMENT, "第十六条"), eff),
                p(RectificationCap, wd(60), c(COMMITMENT, "第十六条"), eff),
                p(LetterPublication, wd(20), c(COMMITMENT, "第十三条"), eff),
                p(
                    InfoPublication,
                    wd(20),
                    c(doc::TJ_2018_DISCLOSURE, "第二十二条"),
                    eff,
                ),
                p(
                    ReadingPlaces,
                    wd(10),
                    c(doc::TJ_2018_DISCLOSURE, "第二十三条"),
                    eff,
                ),
                p(
                    StatutoryDefault,
                    wd(20),
                    c(doc::PRC_LICENSING_LAW, "第四十二条"),
                    None,
                ),
                p(
                    LicensePromisedMax,
                    wd(5),
                    c(doc::TJ_2018_NOTICE, "三(四)"),
                    None,
                ),
                p(
                    CreditEntry,
                    wd(7),
                    c(doc::TJ_2018_DISCIPLINE, "第七条"),
                    eff,
                ),
                p(
                    BlacklistRemoval,
                    ParamValue::Years(1),
                    c(COMMITMENT, "第七条"),
                    eff,
                ),
                p(
                    CompressionMin,
                    ratio(6, 1),
                    c(doc::TJ_2018_NOTICE, "三(四)"),
                    None,
                ),
                p(
                    OnlineShareMin,
                    ratio(9, 1),
                    c(doc::TJ_2018_NOTICE, "二(一)"),
                    None,
                ),
                p(
                    OneVisitShareMin,
                    ratio(9, 1),
                    c(doc::TJ_2018_NOTICE, "三(四)"),
                    None,
                ),
                p(
                    MaterialReductionMin,
                    ratio(3, 1),
                    c(doc::BAODI_2018, "一(三)"),
                    date(2018, 12, 4),
                ),
                p(
                    DistrictCreditRule,
                    ParamValue::Flag(false),
                    c(COMMITMENT, "第十五条"),
                    eff,
                ),
            ],
        }
    }

    /// A built-in profile by name.
    pub fn profile(name: &str) -> Result<Policy> {
        let mut p = Policy::tianjin_2018();
        match name {
            "tianjin-2018" => {}
            "tianjin-2018-notice" => {
                p.profile = "tianjin-2018-notice";
                // The notice carries no date of its own in its text.
                p.set(
                    ParamId::MaterialsPeriod,
                    ParamValue::Period(Period::NaturalDays(60)),
                    Citation::new(doc::TJ_2018_NOTICE, "六(二)"),
                    None,
                );
            }
            "baodi-2018" => {
                p.profile = "baodi-2018";
                let eff = date(2018, 12, 4);
                let rule = Citation::new(doc::BAODI_2018, "二(三)");
                p.set(
                    ParamId::MaterialsPeriod,
                    ParamValue::Period(Period::NaturalDays(60)),
                    rule,
                    eff,
                );
                p.set(
                    ParamId::DistrictCreditRule,
                    ParamValue::Flag(true),
                    rule,
                    eff,
                );
                p.set(
                    ParamId::LicensePromisedMax,
                    wd(5),
                    Citation::new(doc::BAODI_2018, "二(一)5"),
                    eff,
                );
            }
            other => {
                return Err(Error::new(
                    ErrorCode::ConfigUnknownProfile,
                    PolicyText::UnknownProfile {
                        profile: other,
                        known: Enumerated(PROFILES),
                    }
                    .message(),
                ))
            }
        }
        Ok(p)
    }

    fn set(
        &mut self,
        id: ParamId,
        value: ParamValue,
        citation: Citation,
        effective: Option<NaiveDate>,
    ) {
        if let Some(p) = self.params.iter_mut().find(|p| p.id == id) {
            p.value = value;
            p.citation = citation;
            p.effective = effective;
        }
    }

    /// Applies host overrides `{"name": value}`; errors point at `overrides.<name>`.
    pub fn with_overrides(mut self, overrides: &Map<String, Value>) -> Result<Policy> {
        for (name, v) in overrides {
            let at = format!("overrides.{name}");
            let id = ParamId::from_name(name).ok_or_else(|| {
                Error::new(
                    ErrorCode::ConfigUnknownParameter,
                    PolicyText::UnknownParameter { name }.message(),
                )
                .at(&at)
            })?;
            let slot = self.params.iter_mut().find(|p| p.id == id).ok_or_else(|| {
                Error::new(
                    ErrorCode::ConfigUnknownParameter,
                    PolicyText::NotInProfile { name }.message(),
                )
                .at(&at)
            })?;
            let new = parse_value(slot.value, v).ok_or_else(|| {
                Error::new(
                    ErrorCode::ConfigInvalid,
                    PolicyText::WrongKind {
                        name,
                        kind: slot.value.kind(),
                    }
                    .message(),
                )
                .at(&at)
            })?;
            if slot.overridden_from.is_none() {
                slot.overridden_from = Some(slot.value);
            }
            slot.value = new;
        }
        Ok(self)
    }

    /// The profile name.
    pub fn profile_name(&self) -> &'static str {
        self.profile
    }

    /// Every parameter, in a fixed order.
    pub fn params(&self) -> &[Param] {
        &self.params
    }

    /// One parameter.
    pub fn param(&self, id: ParamId) -> &Param {
        // Every profile is built from tianjin_2018(), which lists every ParamId once, in
        // declaration order (checked by a test), so the discriminant is the index.
        &self.params[id as usize]
    }

    /// A period parameter's value (falls back to zero working days for a non-period id).
    pub fn period(&self, id: ParamId) -> Period {
        match self.param(id).value {
            ParamValue::Period(p) => p,
            _ => Period::Workdays(0),
        }
    }

    /// A ratio parameter's value.
    pub fn ratio(&self, id: ParamId) -> Decimal {
        match self.param(id).value {
            ParamValue::Ratio(r) => r,
            _ => Decimal::ZERO,
        }
    }

    /// A flag parameter's value.
    pub fn flag(&self, id: ParamId) -> bool {
        matches!(self.param(id).value, ParamValue::Flag(true))
    }

    /// `{"profile", "<name>": value, …}` for the given parameters — what outputs name as "used".
    pub fn used<'a>(&'a self, ids: &'a [ParamId]) -> Used<'a> {
        Used { policy: self, ids }
    }
}

/// The parameters an answer used, serialized `{"profile", "<name>": value, …}`.
#[derive(Debug, Clone, Copy)]
pub struct Used<'a> {
    policy: &'a Policy,
    ids: &'a [ParamId],
}

impl Serialize for Used<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.ids.len() + 1))?;
        m.serialize_entry("profile", self.policy.profile)?;
        for id in self.ids {
            m.serialize_entry(id.name(), &self.policy.param(*id).value)?;
        }
        m.end()
    }
}

/// The profile as `policy.get` answers it.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Policy"))]
struct PolicyOut<'a> {
    profile: &'a str,
    parameters: Vec<ParamOut>,
}

/// One parameter of the profile.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "PolicyParameter"))]
struct ParamOut {
    name: &'static str,
    label: &'static str,
    value: ParamValue,
    citation: Citation,
    #[serde(with = "crate::date::ymd_opt")]
    effective: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    overridden: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    profile_value: Option<ParamValue>,
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Policy {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Policy".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        PolicyOut::json_schema(g)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ParamValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ParamValue".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let period = g.subschema_for::<Period>();
        schemars::json_schema!({
            "description": "A parameter's value: a period, a ratio as a decimal string, whole years, or a flag.",
            "anyOf": [
                period,
                {"type": "string"},
                {"type": "object", "properties": {"years": {"type": "integer", "minimum": 0}}, "required": ["years"]},
                {"type": "boolean"}
            ]
        })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Used<'_> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PolicyUsed".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let value = g.subschema_for::<ParamValue>();
        schemars::json_schema!({
            "description": "The parameters an answer used: the profile's name and each parameter by name.",
            "type": "object",
            "properties": {"profile": {"type": "string"}},
            "required": ["profile"],
            "additionalProperties": value
        })
    }
}

/// The whole profile: every parameter with label, value, citation and effective date
/// (`policy.get`).
impl Serialize for Policy {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        PolicyOut {
            profile: self.profile,
            parameters: self
                .params
                .iter()
                .map(|p| ParamOut {
                    name: p.id.name(),
                    label: p.id.label(),
                    value: p.value,
                    citation: p.citation,
                    effective: p.effective,
                    overridden: p.overridden_from.map(|_| true),
                    profile_value: p.overridden_from,
                })
                .collect(),
        }
        .serialize(s)
    }
}

fn parse_value(like: ParamValue, v: &Value) -> Option<ParamValue> {
    match like {
        ParamValue::Period(_) => {
            let p: Period = serde_json::from_value(v.clone()).ok()?;
            Some(ParamValue::Period(p))
        }
        ParamValue::Ratio(_) => {
            let d = match v {
                Value::String(s) => s.parse::<Decimal>().ok()?,
                Value::Number(n) => n.to_string().parse::<Decimal>().ok()?,
                _ => return None,
            };
            (d >= Decimal::ZERO && d <= Decimal::ONE).then_some(ParamValue::Ratio(d))
        }
        ParamValue::Years(_) => {
            let y = v
                .get("years")
                .and_then(Value::as_u64)
                .or_else(|| v.as_u64())?;
            u32::try_from(y)
                .ok()
                .filter(|y| *y <= 100)
                .map(ParamValue::Years)
        }
        ParamValue::Flag(_) => v.as_bool().map(ParamValue::Flag),
    }
}

#[cfg(test)]
mod tests;

texts! {
    /// What a policy configuration refuses.
    enum PolicyText<'a> {
        /// An unknown profile.
        UnknownProfile { profile: &'a str, known: Enumerated<'a, &'a str> } => "未知的政策配置 {profile:?}；可用：{known}", "unknown policy profile {profile:?}; known: {known}";
        /// An unknown parameter.
        UnknownParameter { name: &'a str } => "未知的政策参数 {name:?}", "unknown policy parameter {name:?}";
        /// A parameter the profile lacks.
        NotInProfile { name: &'a str } => "参数 {name:?} 不在此政策配置中", "parameter {name:?} is not in this profile";
        /// A value of the wrong kind.
        WrongKind { name: &'a str, kind: &'a str } => "{name} 须为{kind}", "{name} must be {kind}";
    }
}
