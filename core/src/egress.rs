//! 出口脱敏 — the one rule for every text that leaves: errors of every door, the command's
//! tables and messages, answers' free text and HTML, the sheets' faults. A 公民身份号码 is
//! masked wherever it appears (ASCII, full-width, or broken by spaces, hyphens or dots); text
//! bound for a terminal has its control characters quoted as well.
//!
//! Why one rule: each surface added its own messages and each forgot a case; text passed
//! through [`text`] or [`terminal`] cannot show a full number, whatever built it.

use std::borrow::Cow;

/// Text safe to show or log: every resident ID number in it masked (`120110********0073`).
/// Text without one is returned as it is, without copying.
pub fn text(s: &str) -> Cow<'_, str> {
    if crate::mask::contains_unmasked_resident_id(s) {
        Cow::Owned(crate::mask::mask_text(s))
    } else {
        Cow::Borrowed(s)
    }
}

/// Masks in place: the `String` is replaced only when it shows a number.
pub fn mask_in_place(s: &mut String) {
    if crate::mask::contains_unmasked_resident_id(s) {
        *s = crate::mask::mask_text(s);
    }
}

/// Text safe to write to a terminal: masked as [`text`], and every control character except
/// the line feed and the tab quoted as git and `ls` do (`\e`, `\a`, `\r`, `\x7f`, `\u{9b}`), so
/// a name cannot retitle the window, clear the screen or hide the lines before it.
pub fn terminal(s: &str) -> Cow<'_, str> {
    let masked = text(s);
    if !masked
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' || is_bidi_control(c))
    {
        return masked;
    }
    let mut out = String::with_capacity(masked.len() + 8);
    for c in masked.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            '\x1b' => out.push_str("\\e"),
            '\x07' => out.push_str("\\a"),
            '\r' => out.push_str("\\r"),
            '\x08' => out.push_str("\\b"),
            c if (c as u32) < 0x80 && c.is_control() => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_control() || is_bidi_control(c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The bidirectional overrides and isolates that reorder what a terminal shows.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_number_is_masked() {
        for s in [
            "11010519491231002X",
            "１１０１０５１９４９１２３１００２Ｘ",
            "110105.19491231.002X",
            "110105 1949 1231 002X",
            "\u{0}11010519491231002X",
            "110105\u{3000}19491231\u{3000}002X",
        ] {
            let out = text(s);
            assert!(
                !crate::mask::contains_unmasked_resident_id(&out),
                "{s:?} → {out}"
            );
            assert!(out.contains("********"), "{s:?} → {out}");
        }
        assert!(matches!(text("2024-09-20 到期"), Cow::Borrowed(_)));
    }

    #[test]
    fn control_characters_are_quoted() {
        assert_eq!(
            terminal("事项\x1b]0;pwned\x07\x1b[2J\r\u{202e}名"),
            "事项\\e]0;pwned\\a\\e[2J\\r\\u{202e}名"
        );
        assert_eq!(terminal("a\tb\nc"), "a\tb\nc");
        assert_eq!(terminal("\u{9b}31m"), "\\u{9b}31m");
    }
}
