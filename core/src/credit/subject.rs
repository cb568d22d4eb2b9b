//! 主体 — who an applicant is: an organisation by 统一社会信用代码 or a person by 公民身份号码.

use super::messages::CreditText;
use crate::error::{Error, ErrorCode, Result};
use crate::id::{is_valid_resident_id, is_valid_uscc};
use crate::mask::mask_resident_id;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A credit subject. Resident ID numbers are never shown whole: `Debug` and JSON give the masked
/// form; [`Subject::key`] gives the full identifier for the host's own look-ups.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Subject {
    /// 统一社会信用代码 (upper-cased).
    Uscc(String),
    /// 公民身份号码 (upper-cased check character), or its masked form when read back from
    /// stored state.
    ResidentId(String),
}

impl std::fmt::Debug for Subject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Subject::Uscc(c) => write!(f, "Uscc({c})"),
            Subject::ResidentId(id) => write!(f, "ResidentId({})", mask_resident_id(id)),
        }
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct Wire {
    #[serde(default)]
    uscc: Option<String>,
    #[serde(default)]
    resident_id: Option<String>,
}

impl Subject {
    /// Reads `{"uscc"}` or `{"resident_id"}` and checks the identifier's check character.
    /// With `allow_masked`, a masked resident ID (as stored state carries it) is accepted.
    pub fn from_json(v: &Value, allow_masked: bool) -> Result<Subject> {
        let w: Wire = crate::wire::parse(v)?;
        match (w.uscc, w.resident_id) {
            (Some(c), None) => {
                if is_valid_uscc(&c) {
                    Ok(Subject::Uscc(c.to_ascii_uppercase()))
                } else {
                    Err(Error::new(
                        ErrorCode::CreditInvalidSubject,
                        CreditText::BadUscc.message(),
                    )
                    .at("uscc"))
                }
            }
            (None, Some(id)) => {
                let masked = allow_masked
                    && id.len() == 18
                    && id.as_bytes()[6..14].iter().all(|&b| b == b'*');
                if masked || is_valid_resident_id(&id) {
                    Ok(Subject::ResidentId(id.to_ascii_uppercase()))
                } else {
                    Err(Error::new(
                        ErrorCode::CreditInvalidSubject,
                        CreditText::BadResidentId.message(),
                    )
                    .at("resident_id"))
                }
            }
            _ => Err(Error::new(
                ErrorCode::CreditInvalidSubject,
                CreditText::SubjectShape.message(),
            )),
        }
    }

    /// The subject as shown in outputs: `{"uscc": code}` or `{"resident_id": masked}`.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// The same subject with a resident ID masked — what stored state keeps.
    pub fn masked(&self) -> Subject {
        match self {
            Subject::Uscc(c) => Subject::Uscc(c.clone()),
            Subject::ResidentId(id) => Subject::ResidentId(mask_resident_id(id)),
        }
    }

    /// The full identifier (for the host's own indexing; never for display).
    pub fn key(&self) -> &str {
        match self {
            Subject::Uscc(c) | Subject::ResidentId(c) => c,
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Subject {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Subject".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "信用主体: an enterprise by its 统一社会信用代码 or a person by the 公民身份号码 (masked in answers).",
            "oneOf": [
                {"type": "object", "properties": {"uscc": {"type": "string"}}, "required": ["uscc"], "additionalProperties": false},
                {"type": "object", "properties": {"resident_id": {"type": "string"}}, "required": ["resident_id"], "additionalProperties": false}
            ]
        })
    }
}

impl Serialize for Subject {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(1))?;
        match self {
            Subject::Uscc(c) => m.serialize_entry("uscc", c)?,
            Subject::ResidentId(id) => m.serialize_entry("resident_id", &mask_resident_id(id))?,
        }
        m.end()
    }
}
