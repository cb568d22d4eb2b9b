//! Masking of resident ID numbers in anything shown to people or written to logs.

/// Masks a resident ID number for display: first 6 and last 4 characters kept, the 8 between
/// (the birth date) replaced by `*` — `120110********0073`. Input of another length is masked
/// all but its first and last characters, so nothing ID-like is ever shown whole.
///
/// ```
/// assert_eq!(zhengwu::id::mask_resident_id("12011019900101007X"), "120110********007X");
/// ```
pub fn mask_resident_id(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    let n = chars.len();
    if n == 18 {
        let mut s: String = chars[..6].iter().collect();
        s.push_str("********");
        s.extend(&chars[14..]);
        s
    } else if n <= 2 {
        "*".repeat(n)
    } else {
        let mut s = String::with_capacity(n);
        s.push(chars[0]);
        s.extend(std::iter::repeat_n('*', n - 2));
        s.push(chars[n - 1]);
        s
    }
}

/// Whether `text` shows something [`mask_text`] would have masked: a run of 15 or more ASCII
/// digits (a full resident ID number, 18- or 15-character, or longer). The check the tests run
/// over every error, `Debug` and `repr` output.
///
/// ```
/// use zhengwu::id::{contains_unmasked_resident_id, mask_text};
/// let t = "bad id 11010519491231002X here";
/// assert!(contains_unmasked_resident_id(t));
/// assert!(!contains_unmasked_resident_id(&mask_text(t)));
/// ```
pub fn contains_unmasked_resident_id(text: &str) -> bool {
    let mut run = 0usize;
    for &c in text.as_bytes() {
        if c.is_ascii_digit() {
            run += 1;
            if run >= 15 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Masks every run of text that looks like a resident ID number: 17 digits followed by a digit
/// or `X`/`x`, or 15 digits (first-generation numbers) — and, to be safe, any longer digit run.
/// Used on every error message the library produces.
pub fn mask_text(text: &str) -> String {
    let b = text.as_bytes();
    // Fast path: fewer than 15 ASCII digits in a row anywhere means nothing to mask.
    if !contains_unmasked_resident_id(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let mut end = i;
            if end - start == 17 && i < b.len() && (b[i] == b'X' || b[i] == b'x') {
                end += 1;
                i += 1;
            }
            let run = &text[start..end];
            if end - start >= 15 {
                out.push_str(&mask_resident_id(run));
            } else {
                out.push_str(run);
            }
        } else {
            // Copy one whole UTF-8 character.
            let ch_len = text[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&text[i..i + ch_len]);
            i += ch_len;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_ids_in_text() {
        let t = mask_text("invalid type: string \"110101199003074477\", expected u32");
        assert!(!t.contains("110101199003074477"), "{t}");
        assert!(t.contains("110101********4477"));
        let t = mask_text("id 11010119900307447x and 110101900307447 and 2024-01-01");
        assert!(t.contains("110101********447x"), "{t}");
        assert!(!t.contains("110101900307447"), "{t}");
        assert!(t.contains("2024-01-01"));
        assert_eq!(mask_text("短文本 12345"), "短文本 12345");
    }
}
