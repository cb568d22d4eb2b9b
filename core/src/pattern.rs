//! Patterns (`pattern` constraints of a form field) come from whoever wrote the catalog or the
//! form a host passes in, and the text they are matched against from the applicant. Both are
//! bounded so that no call can be held by them: a pattern is at most [`MAX_PATTERN_CHARS`]
//! long and compiles to at most [`NFA_SIZE_LIMIT`] bytes (counted repetitions such as
//! `(?:a{0,1000}){0,50}` are refused); text longer than [`MAX_TEXT_CHARS`] is not matched but
//! reported (`form.pattern_text_too_long`). regex-lite matches in O(pattern × text) time, so one
//! check costs at most their product. A call compiles each distinct pattern once ([`Patterns`]);
//! nothing compiled outlives the call.

use regex_lite::{Regex, RegexBuilder};
use std::collections::HashMap;
use std::sync::Arc;

/// Longest pattern, in characters.
pub const MAX_PATTERN_CHARS: usize = 512;
/// Largest compiled pattern (regex-lite's NFA size limit, in bytes).
pub const NFA_SIZE_LIMIT: usize = 8 * 1024;
/// Longest text matched against a pattern, in characters.
pub const MAX_TEXT_CHARS: usize = 4_000;
/// The patterns of one call, each compiled once.
#[derive(Default)]
pub struct Patterns<'a>(HashMap<&'a str, Result<Arc<Regex>, PatternError>>);

impl<'a> Patterns<'a> {
    /// The compiled pattern (compiled on first use in this call).
    pub fn get(&mut self, p: &'a str) -> Result<Arc<Regex>, PatternError> {
        self.0.entry(p).or_insert_with(|| compile(p)).clone()
    }
}

/// Why a pattern cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternError {
    /// Longer than [`MAX_PATTERN_CHARS`].
    TooLong,
    /// Not a valid expression, or larger than [`NFA_SIZE_LIMIT`] once compiled.
    Invalid(String),
}

impl std::fmt::Display for PatternError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PatternError::TooLong => f.write_str(&msg!(
                format!("超过{MAX_PATTERN_CHARS}个字符"),
                format!("longer than {MAX_PATTERN_CHARS} characters")
            )),
            PatternError::Invalid(e) if e.contains("size limit") => {
                f.write_str(&msg!("编译后超出大小限制".to_string(), e.clone()))
            }
            PatternError::Invalid(e) => {
                f.write_str(&msg!(format!("无效的正则表达式（`{e}`）"), e.clone()))
            }
        }
    }
}

/// The pattern compiled within the bounds.
pub fn compile(p: &str) -> Result<Arc<Regex>, PatternError> {
    if p.chars().count() > MAX_PATTERN_CHARS {
        return Err(PatternError::TooLong);
    }
    let re = RegexBuilder::new(p)
        .size_limit(NFA_SIZE_LIMIT)
        .nest_limit(64)
        .build()
        .map_err(|e| PatternError::Invalid(first_line(&e.to_string())))?;
    Ok(Arc::new(re))
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_hold() {
        assert!(compile("^[0-9]{6}$").unwrap().is_match("300000"));
        assert!(matches!(
            compile("(?:a{0,1000}){0,50}Z"),
            Err(PatternError::Invalid(_))
        ));
        assert!(matches!(
            compile(".{0,100000}Z"),
            Err(PatternError::Invalid(_))
        ));
        assert!(matches!(
            compile(&"a".repeat(600)),
            Err(PatternError::TooLong)
        ));
    }
}
