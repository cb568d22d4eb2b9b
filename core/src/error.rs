//! The one error type every door ships: a stable dotted code, a message, and a path into the
//! caller's input.
//!
//! Codes are data, not prose: bindings map them to status codes (C), exception attributes
//! (Python) and `Error.code` (JS), and conformance vectors name them. A code, once published,
//! keeps its spelling. Messages are for people and may be reworded; they never carry a full
//! 公民身份号码 (every message passes through [`crate::mask::mask_text`]).

use serde::Serialize;
use std::fmt;

/// Declares the error codes once: variant, dotted name, area. `ALL`, `as_str`, `area` and
/// `from_name` follow from the one list.
macro_rules! error_codes {
    ($( #[doc = $doc:literal] $v:ident => $name:literal, $area:ident; )*) => {
        /// Stable error codes. The dotted string ([`ErrorCode::as_str`]) is the public name.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorCode { $( #[doc = $doc] $v, )* }

        impl ErrorCode {
            /// Every code, in a fixed order (documentation and binding tables are generated from it).
            pub const ALL: &'static [ErrorCode] = &[ $( ErrorCode::$v, )* ];

            /// What the code means, as its declaration says.
            pub fn description(self) -> &'static str {
                match self { $( ErrorCode::$v => $doc.trim(), )* }
            }

            /// The stable dotted name, e.g. `calendar.out_of_range`.
            pub const fn as_str(self) -> &'static str {
                match self { $( ErrorCode::$v => $name, )* }
            }

            /// The area a code belongs to: what the doors map to a status, an exception class.
            pub const fn area(self) -> Area {
                match self { $( ErrorCode::$v => Area::$area, )* }
            }
        }
    };
}

error_codes! {
    /// The input text is not JSON.
    InputInvalidJson => "input.invalid_json", Input;
    /// A required field is absent.
    InputMissingField => "input.missing_field", Input;
    /// A field the operation does not know (usually a typo) is present.
    InputUnknownField => "input.unknown_field", Input;
    /// A field has the wrong JSON type.
    InputWrongType => "input.wrong_type", Input;
    /// A field has the right type but an unacceptable value.
    InputInvalidValue => "input.invalid_value", Input;
    /// A date is not a real `YYYY-MM-DD` calendar date.
    InputInvalidDate => "input.invalid_date", Input;
    /// The input exceeds the engine's size limit.
    InputTooLarge => "input.too_large", Input;
    /// The input is nested deeper than the engine's limit.
    InputTooDeep => "input.too_deep", Input;
    /// An object names the same key twice (which one would count is not a guess to make).
    InputDuplicateKey => "input.duplicate_key", Input;
    /// A door was handed a NULL pointer where it needs one (C).
    InputNullArgument => "input.null_argument", Input;
    /// A door was handed text that is not UTF-8 (C).
    InputInvalidUtf8 => "input.invalid_utf8", Input;
    /// No operation has this name.
    OpUnknown => "op.unknown", Op;
    /// The engine configuration is malformed.
    ConfigInvalid => "config.invalid", Config;
    /// The configuration names a policy profile the engine does not know.
    ConfigUnknownProfile => "config.unknown_profile", Config;
    /// A policy override names a parameter that does not exist.
    ConfigUnknownParameter => "config.unknown_parameter", Config;
    /// A date lies outside the years the calendar has data for.
    CalendarOutOfRange => "calendar.out_of_range", Calendar;
    /// Calendar data handed to the engine is inconsistent.
    CalendarInvalidData => "calendar.invalid_data", Calendar;
    /// A paused interval of a deadline is malformed (`to` before `from`).
    CalendarInvalidPause => "calendar.invalid_pause", Calendar;
    /// A year's arrangement lacks a statutory holiday of 全国年节及纪念日放假办法.
    CalendarIncompleteYear => "calendar.incomplete_year", Calendar;
    /// A year's arrangement is beyond what any notice has ever set (more days off or 调休 days than a real year has).
    CalendarImplausibleYear => "calendar.implausible_year", Calendar;
    /// A holiday notice's text that cannot be read without guessing (a weekday that is not the date's, a 调休 day that is not a weekend, a 共N天 that does not match).
    CalendarInvalidNotice => "calendar.invalid_notice", Calendar;
    /// The catalog's structure is malformed.
    CatalogInvalid => "catalog.invalid", Catalog;
    /// Two records of one list share an id.
    CatalogDuplicateId => "catalog.duplicate_id", Catalog;
    /// A record names a department the catalog does not have.
    CatalogUnknownDepartment => "catalog.unknown_department", Catalog;
    /// A matter names a material the catalog does not have.
    CatalogUnknownMaterial => "catalog.unknown_material", Catalog;
    /// A form names a data element the catalog does not have.
    CatalogUnknownElement => "catalog.unknown_element", Catalog;
    /// A code names no matter of the catalog.
    CatalogUnknownMatter => "catalog.unknown_matter", Catalog;
    /// An id names no bundle of the catalog.
    CatalogUnknownBundle => "catalog.unknown_bundle", Catalog;
    /// A subject is not a valid USCC or resident ID number.
    CreditInvalidSubject => "credit.invalid_subject", Credit;
    /// Credit records are not in date order, or lie after today.
    CreditRecordsUnordered => "credit.records_unordered", Credit;
    /// An event is not allowed in the commitment's current state.
    CommitmentInvalidTransition => "commitment.invalid_transition", Commitment;
    /// The commitment letter lacks affirmations or signatures.
    CommitmentIncompleteLetter => "commitment.incomplete_letter", Commitment;
    /// Commitment approval was asked for where it is not allowed.
    CommitmentNotEligible => "commitment.not_eligible", Commitment;
    /// An event's data breaks a rule (a deadline beyond its cap, a date before the decision).
    CommitmentInvalidEvent => "commitment.invalid_event", Commitment;
    /// A stored commitment state breaks an invariant (a status it cannot reach, dates out of order, deadlines that do not follow from its periods).
    CommitmentInvalidState => "commitment.invalid_state", Commitment;
    /// A case's events cannot have happened (out of date order, no receipt first, a decision before acceptance, an event after today, …).
    CaseInvalidEvents => "case.invalid_events", Case;
    /// The 前置 relations of the chosen matters form a cycle.
    FormCycle => "form.cycle", Form;
    /// A chosen matter is not one of the bundle's.
    FormNotInBundle => "form.not_in_bundle", Form;
    /// A merged form handed back is inconsistent.
    FormInvalid => "form.invalid", Form;
    /// An answer given back to be explained is not that operation's answer (a missing or mistyped field, a contradiction, an error object).
    ExplainInvalidAnswer => "explain.invalid_answer", Explain;
    /// A panic was caught at a door; the engine stays usable.
    InternalPanic => "internal.panic", Internal;
}

/// The area of an error code — the part of its name before the dot. Doors match it
/// exhaustively, so a new area cannot fall through to a default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    /// `input.*` — the request is malformed.
    Input,
    /// `op.*` — no such operation.
    Op,
    /// `config.*` — the engine configuration.
    Config,
    /// `calendar.*` — the working-day calendar.
    Calendar,
    /// `catalog.*` — the catalog of matters.
    Catalog,
    /// `credit.*` — credit records.
    Credit,
    /// `commitment.*` — commitment approval.
    Commitment,
    /// `form.*` — one-form filing.
    Form,
    /// `case.*` — case supervision (电子监察).
    Case,
    /// `explain.*` — an answer given back to be explained.
    Explain,
    /// `internal.*` — a fault caught at a door.
    Internal,
}

impl Area {
    /// The area's name (`input`, `calendar`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            Area::Input => "input",
            Area::Op => "op",
            Area::Config => "config",
            Area::Calendar => "calendar",
            Area::Catalog => "catalog",
            Area::Credit => "credit",
            Area::Commitment => "commitment",
            Area::Form => "form",
            Area::Case => "case",
            Area::Explain => "explain",
            Area::Internal => "internal",
        }
    }
}

impl ErrorCode {
    /// Looks a code up by its dotted name.
    pub fn from_name(name: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.iter().copied().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ErrorCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ErrorCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        schemars::json_schema!({"description": "A stable error code.", "type": "string", "enum": codes})
    }
}

/// An error with a stable code, a human message and, when the fault lies in the input, the
/// path to it (`pauses[1].to`, `calendar.years.2027.days_off[3].date`).
#[derive(Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[error("{code}: {message}{}", .path.as_ref().map(|p| format!(" (at {p})")).unwrap_or_default())]
pub struct Error {
    code: ErrorCode,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
}

/// A path as errors carry it: at most 256 characters (a caller's key can be megabytes long).
fn clip_path(p: String) -> String {
    match p.char_indices().nth(256) {
        Some((i, _)) => format!("{}…", &p[..i]),
        None => p,
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Debug shows the same masked text as Display: no identifier escapes through `{:?}`.
        f.debug_struct("Error")
            .field("code", &self.code.as_str())
            .field("message", &self.message)
            .field("path", &self.path)
            .finish()
    }
}

impl Error {
    /// A new error; the message is masked so it never carries a full resident ID number.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error {
            code,
            message: crate::mask::mask_text(&message.into()),
            path: None,
        }
    }

    /// The `internal.panic` error for a panic a door caught (its payload, masked, in the
    /// message). Doors catch panics so that none crosses into the host.
    pub fn from_panic(payload: &(dyn std::any::Any + Send)) -> Self {
        let detail = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        Error::new(
            ErrorCode::InternalPanic,
            msg!(
                format!("内部错误：{detail}"),
                format!("internal fault: {detail}")
            ),
        )
    }

    /// Runs `f`, turning a panic inside it into [`Error::from_panic`].
    pub fn guard<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
            .unwrap_or_else(|p| Err(Error::from_panic(&*p)))
    }

    /// Sets the path into the input (replacing any path already set).
    #[must_use]
    pub fn at(mut self, path: impl Into<String>) -> Self {
        // Paths quote the caller's keys, which may be ID numbers: masked like messages.
        let p = crate::mask::mask_text(&clip_path(path.into()));
        self.path = if p.is_empty() { None } else { Some(p) };
        self
    }

    /// Prefixes the path with an outer field, e.g. `years.2027` + `days_off[0]`.
    #[must_use]
    pub fn within(mut self, outer: &str) -> Self {
        let outer = crate::mask::mask_text(outer);
        self.path = Some(match self.path.take() {
            None => outer,
            Some(inner) if inner.starts_with('[') => format!("{outer}{inner}"),
            Some(inner) => format!("{outer}.{inner}"),
        });
        self
    }

    /// The stable code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The human-readable message (masked).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The path into the input, when the fault lies there.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The error as a JSON value `{"code", "message", "path"?}` (e.g. for a batch's slot).
    pub fn to_value(&self) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        m.insert("code".into(), self.code.as_str().into());
        m.insert("message".into(), self.message.clone().into());
        if let Some(p) = &self.path {
            m.insert("path".into(), p.clone().into());
        }
        serde_json::Value::Object(m)
    }

    /// The error as the JSON object every door returns: `{"code", "message", "path"?}`.
    pub fn to_json(&self) -> String {
        // Serializing a struct of strings cannot fail.
        serde_json::to_string(self).unwrap_or_else(|_| {
            format!(
                "{{\"code\":\"{}\",\"message\":\"unserializable error\"}}",
                self.code
            )
        })
    }
}

/// Result alias used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code's name starts with its area's name; names are unique and found by name.
    #[test]
    fn codes_names_and_areas_agree() {
        let mut seen = std::collections::HashSet::new();
        for c in ErrorCode::ALL {
            let (area, rest) = c.as_str().split_once('.').expect("dotted");
            assert_eq!(area, c.area().as_str(), "{c}");
            assert!(!rest.is_empty() && seen.insert(c.as_str()), "{c}");
            assert_eq!(ErrorCode::from_name(c.as_str()), Some(*c));
        }
    }
}
