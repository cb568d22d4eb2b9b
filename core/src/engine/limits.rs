//! Limits (`limits` in the engine configuration): the largest input text, the deepest JSON
//! nesting, the largest catalog, the largest answer and the longest batch an engine accepts. Government platforms pass on whatever their
//! users typed; a limit turns a runaway input into a clear error (`input.too_large`,
//! `input.too_deep`) before any work is done, in every door.

use super::texts::EngineText;
use crate::error::{Error, ErrorCode, Result};
use crate::message::Named;
use serde::Deserialize;
use serde_json::Value;

/// The limits an engine enforces on every call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Largest input, in bytes of JSON text (default 16 MiB).
    pub max_input_bytes: usize,
    /// Deepest nesting of arrays and objects (default 64; the deepest vector input nests 6).
    pub max_depth: usize,
    /// Most matters in a catalog given in an input or the configuration (default 200,000).
    pub max_catalog_matters: usize,
    /// Largest answer, in bytes of JSON text (default 64 MiB): an answer that would be larger is
    /// refused as `input.too_large`, estimated before the work where the size is known in advance
    /// (batches, `form.split`, `catalog.lint`) and never rendered past the limit.
    pub max_output_bytes: usize,
    /// Most items in one batch call (`credit.status_batch`, `commitment.tick_batch`; default
    /// 100,000), checked before any item is worked on.
    pub max_batch_items: usize,
    /// Most values in one input text (array items and object members, counted as separators and
    /// brackets before the text is parsed; default 2,097,152, one per 8 bytes of the largest
    /// input). A parsed value costs tens of bytes and an object a handful of allocations, so
    /// `[1,1,1,…]` or `[{},{},…]` would otherwise cost some thirty times their text and seconds
    /// to build; real inputs carry one value per 20 to 50 bytes.
    pub max_input_values: usize,
    /// Largest configuration text, in bytes (default 64 MiB). The configuration is read under
    /// limits of its own: a host's catalog, regions and calendar are data from outside too.
    pub max_config_bytes: usize,
    /// Most values in a configuration (array items and object members, default 1,048,576),
    /// counted before the text is parsed, as `max_input_values` is for inputs.
    pub max_config_values: usize,
    /// Most rows of `regions` a configuration may add to the GB/T 2260 table (default 100,000;
    /// the embedded table has 8,110 names).
    pub max_regions: usize,
    /// Most calendar years a configuration may carry (default 200).
    pub max_calendar_years: usize,
    /// Largest file read for the engine or the command (year files, configurations, catalogs,
    /// workbooks; default 64 MiB). Only regular files are read.
    pub max_file_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 16 << 20,
            max_depth: 64,
            max_catalog_matters: 200_000,
            max_output_bytes: 64 << 20,
            max_batch_items: 100_000,
            max_input_values: 2 << 20,
            max_config_bytes: 64 << 20,
            max_config_values: 1 << 20,
            max_regions: 100_000,
            max_calendar_years: 200,
            max_file_bytes: 64 << 20,
        }
    }
}

impl Limits {
    /// Refuses a batch longer than `max_batch_items`, before any item is worked on.
    pub fn check_batch(&self, len: usize, path: &str) -> Result<()> {
        if len > self.max_batch_items {
            return Err(Error::new(
                ErrorCode::InputTooLarge,
                EngineText::BatchTooLong {
                    len,
                    max: self.max_batch_items,
                }
                .message(),
            )
            .at(path));
        }
        Ok(())
    }

    /// Refuses an answer whose size, known before the work, exceeds `max_output_bytes`.
    pub fn check_output(&self, estimate: usize, path: &str) -> Result<()> {
        if estimate > self.max_output_bytes {
            return Err(too_large_answer(self.max_output_bytes).at(path));
        }
        Ok(())
    }

    /// Checks input text: its size, then its nesting and its number of values (one pass over the
    /// bytes, strings skipped), before it is parsed.
    pub fn check_text(&self, text: &str) -> Result<()> {
        self.scan(text, Scope::Input)
    }

    /// Checks configuration text as [`Limits::check_text`] checks an input, against the
    /// configuration's own budget (`max_config_bytes`, `max_config_values`).
    pub fn check_config_text(&self, text: &str) -> Result<()> {
        self.scan(text, Scope::Config)
    }

    fn scan(&self, text: &str, scope: Scope) -> Result<()> {
        let (max_bytes, max_values) = match scope {
            Scope::Input => (self.max_input_bytes, self.max_input_values),
            Scope::Config => (self.max_config_bytes, self.max_config_values),
        };
        let max_depth = scope.max_depth(self);
        if text.len() > max_bytes {
            let (zh, en, key) = scope.names("bytes");
            return Err(Error::new(
                ErrorCode::InputTooLarge,
                EngineText::TooManyBytes {
                    what: Named(zh, en),
                    n: text.len(),
                    max: max_bytes,
                    key,
                }
                .message(),
            ));
        }
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        let mut values = 0usize;
        for &b in text.as_bytes() {
            if in_string {
                match (escaped, b) {
                    (true, _) => escaped = false,
                    (false, b'\\') => escaped = true,
                    (false, b'"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    values += 1;
                    if depth > max_depth {
                        return Err(too_deep(max_depth));
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                b',' => values += 1,
                _ => {}
            }
        }
        if values > max_values {
            return Err(too_many_values(max_values, scope));
        }
        Ok(())
    }

    /// Refuses a batch that is too long before its text is parsed: counts the items of the array
    /// under top-level key `key` in one pass over the bytes (strings skipped, nothing allocated).
    /// The parsed batch is checked again by the operation, so a key spelled with escapes only
    /// moves the check after parsing.
    pub fn check_batch_text(&self, text: &str, key: &str) -> Result<()> {
        match top_level_array_len(text, key) {
            Some(n) => self.check_batch(n, key),
            None => Ok(()),
        }
    }

    /// Checks the nesting of an input already parsed (the Rust door's `call`). Iterative, so a
    /// deep value cannot exhaust the stack here.
    pub fn check_value(&self, v: &Value) -> Result<()> {
        self.walk(v, Scope::Input)
    }

    /// Checks a configuration already parsed as [`Limits::check_value`] checks an input, against
    /// `max_config_values`.
    pub fn check_config_value(&self, v: &Value) -> Result<()> {
        self.walk(v, Scope::Config)
    }

    fn walk(&self, v: &Value, scope: Scope) -> Result<()> {
        let max_values = match scope {
            Scope::Input => self.max_input_values,
            Scope::Config => self.max_config_values,
        };
        let max_depth = scope.max_depth(self);
        // Only containers go on the stack, so a flat input allocates nothing.
        let mut stack: Vec<(&Value, usize)> = Vec::new();
        let mut next = Some((v, 0usize));
        let mut values = 0usize;
        while let Some((v, d)) = next.take().or_else(|| stack.pop()) {
            let (len, children): (usize, &mut dyn Iterator<Item = &Value>) = match v {
                Value::Array(a) => (a.len(), &mut a.iter()),
                Value::Object(o) => (o.len(), &mut o.values()),
                _ => continue,
            };
            if d >= max_depth {
                return Err(too_deep(max_depth));
            }
            // Counted as in the text: the container and the separators between its items.
            values += 1 + len.saturating_sub(1);
            if values > max_values {
                return Err(too_many_values(max_values, scope));
            }
            stack.extend(
                children
                    .filter(|c| c.is_array() || c.is_object())
                    .map(|c| (c, d + 1)),
            );
        }
        Ok(())
    }

    /// Checks the number of matters of a catalog before it is loaded.
    pub fn check_catalog(&self, matters: usize) -> Result<()> {
        if matters > self.max_catalog_matters {
            return Err(Error::new(
                ErrorCode::InputTooLarge,
                EngineText::TooManyMatters {
                    matters,
                    max: self.max_catalog_matters,
                }
                .message(),
            )
            .at("matters"));
        }
        Ok(())
    }
}

/// What a text is checked as: a call's input or the engine's configuration.
#[derive(Clone, Copy)]
enum Scope {
    Input,
    Config,
}

/// How deep a configuration may nest, whatever `max_depth` says of inputs (the catalog nests 6).
const CONFIG_DEPTH: usize = 64;

fn too_deep(max: usize) -> Error {
    Error::new(
        ErrorCode::InputTooDeep,
        EngineText::TooDeep { max }.message(),
    )
}

impl Scope {
    fn max_depth(self, l: &Limits) -> usize {
        match self {
            Scope::Input => l.max_depth,
            Scope::Config => CONFIG_DEPTH,
        }
    }

    /// The scope's name in Chinese and English, and the limit's key for `what`.
    fn names(self, what: &str) -> (&'static str, &'static str, &'static str) {
        match (self, what) {
            (Scope::Input, "bytes") => ("输入", "input", "max_input_bytes"),
            (Scope::Input, _) => ("输入", "input", "max_input_values"),
            (Scope::Config, "bytes") => ("配置", "the configuration", "max_config_bytes"),
            (Scope::Config, _) => ("配置", "the configuration", "max_config_values"),
        }
    }
}

fn too_many_values(max: usize, scope: Scope) -> Error {
    let (zh, en, key) = scope.names("values");
    Error::new(
        ErrorCode::InputTooLarge,
        EngineText::TooManyValues {
            what: Named(zh, en),
            max,
            key,
        }
        .message(),
    )
}

/// The number of items of the array under top-level key `key` of a JSON object text, if there is
/// one; text that is not well-formed gives some count, and the parser reports it afterwards.
fn top_level_array_len(text: &str, key: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (0usize, 0usize);
    let (mut key_at_1, mut counting, mut items, mut empty) = (false, false, 0usize, true);
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        match b {
            b'"' => {
                let start = i;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if depth == 1 {
                    key_at_1 = bytes.get(start..i) == Some(key.as_bytes());
                }
                i += 1;
                if counting && depth == 2 {
                    empty = false;
                }
            }
            b'[' | b'{' => {
                if counting && depth == 2 {
                    empty = false;
                }
                depth += 1;
                if b == b'[' && depth == 2 && key_at_1 {
                    (counting, items, empty) = (true, 0, true);
                }
            }
            b']' | b'}' => {
                if counting && depth == 2 {
                    return Some(if empty { 0 } else { items + 1 });
                }
                depth = depth.saturating_sub(1);
            }
            b',' if counting && depth == 2 => items += 1,
            b' ' | b'\t' | b'\n' | b'\r' | b':' | b',' => {}
            _ if counting && depth == 2 => empty = false,
            _ => {}
        }
    }
    None
}

/// The text of the object under top-level key `key` of a JSON object text (at most 4 KiB), if
/// there is one: how the configuration's own `limits` are found before the configuration is
/// parsed, so a host can raise its budget in the configuration itself.
pub(crate) fn top_level_object_text<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    let bytes = text.as_bytes();
    let (mut depth, mut i, mut key_at_1) = (0usize, 0usize, false);
    let mut start = None;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        match b {
            b'"' => {
                let s = i;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if depth == 1 {
                    key_at_1 = bytes.get(s..i) == Some(key.as_bytes());
                }
                i += 1;
            }
            b'{' | b'[' => {
                depth += 1;
                if b == b'{' && depth == 2 && key_at_1 {
                    start = Some(i - 1);
                }
            }
            b'}' | b']' => {
                if depth == 2 {
                    if let Some(s) = start {
                        return text.get(s..i);
                    }
                }
                depth = depth.saturating_sub(1);
            }
            b',' if depth == 1 => key_at_1 = false,
            _ => {}
        }
        if start.is_some_and(|s| i - s > 4096) {
            return None;
        }
    }
    None
}

/// The error of an answer larger than `limits.max_output_bytes`.
pub(crate) fn too_large_answer(max: usize) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        EngineText::AnswerTooLarge { max }.message(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_brackets_outside_strings_only() {
        let l = Limits {
            max_depth: 3,
            ..Limits::default()
        };
        assert!(l.check_text(r#"{"a":[{"b":"[[[[[[{{{{"}]}"#).is_ok());
        assert!(l.check_text(r#"{"a":"\"[[[[\\"}"#).is_ok());
        let e = l.check_text(r#"{"a":[[{}]]}"#).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InputTooDeep);
        let v: Value = serde_json::from_str(r#"{"a":[[{}]]}"#).unwrap();
        assert_eq!(
            l.check_value(&v).unwrap_err().code(),
            ErrorCode::InputTooDeep
        );
        let v: Value = serde_json::from_str(r#"{"a":[[1]]}"#).unwrap();
        assert!(l.check_value(&v).is_ok());
        assert!(l.check_text(r#"{"a":[[1]]}"#).is_ok());
    }

    #[test]
    fn batch_length_is_read_from_the_text() {
        let n = |t: &str| top_level_array_len(t, "subjects");
        assert_eq!(n(r#"{"today":"x","subjects":[]}"#), Some(0));
        assert_eq!(n(r#"{"subjects":[1,2,3],"today":"x"}"#), Some(3));
        assert_eq!(n(r#"{"subjects":[{"a":[1,2]},"s,]",[3,4]]}"#), Some(3));
        assert_eq!(n(r#"{"x":{"subjects":[1,2]},"subjects":[ 1 ]}"#), Some(1));
        assert_eq!(n(r#"{"x":"subjects","y":[1,2]}"#), None);
        assert_eq!(n(r#"{"s\"ubjects":[1,2]}"#), None);
        let l = Limits {
            max_batch_items: 2,
            ..Limits::default()
        };
        let e = l
            .check_batch_text(r#"{"subjects":[1,1,1]}"#, "subjects")
            .unwrap_err();
        assert_eq!(
            (e.code(), e.path()),
            (ErrorCode::InputTooLarge, Some("subjects"))
        );
        assert!(l
            .check_batch_text(r#"{"subjects":[1,1]}"#, "subjects")
            .is_ok());
    }

    #[test]
    fn values_are_counted_outside_strings() {
        let l = Limits {
            max_input_values: 4,
            ..Limits::default()
        };
        assert!(l.check_text(r#"{"a":[1,2],"b":",,,,,,[[{"}"#).is_ok());
        let e = l.check_text(r#"{"a":[1,2,3,4,5]}"#).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InputTooLarge);
        assert!(e.message().contains("limits.max_input_values"));
        // The parsed input (the object doors) counts the same way.
        let count = |t: &str| {
            let v: Value = serde_json::from_str(t).unwrap();
            l.check_value(&v).is_ok()
        };
        assert!(count(r#"{"a":[1,2],"b":"x"}"#));
        assert!(!count(r#"{"a":[1,2,3,4,5]}"#));
        assert!(count(r#"{"a":[1,2,3]}"#));
        assert!(l.check_text(r#"{"a":[1,2,3]}"#).is_ok());
        assert!(!count(r#"{"a":[1,2,3],"b":[]}"#));
        assert!(l.check_text(r#"{"a":[1,2,3],"b":[]}"#).is_err());
    }

    #[test]
    fn size_is_checked_first() {
        let l = Limits {
            max_input_bytes: 10,
            ..Limits::default()
        };
        assert_eq!(
            l.check_text(r#"{"date":"2024-01-01"}"#).unwrap_err().code(),
            ErrorCode::InputTooLarge
        );
    }
}
