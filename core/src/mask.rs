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

/// A resident ID number as people type it: ASCII or full-width digits (`１１０１０５…`), possibly
/// broken by single spaces or hyphens (`110105-19491231-002X`), with a final `X`. Returns the spans
/// (byte ranges) of `text` that are ID numbers — exactly 18 characters (17 digits and a digit or
/// `X`) or 15 digits once folded — and the folded ASCII form of each. A longer or shorter digit
/// run is not an ID number and is left alone.
fn id_spans(text: &str) -> Vec<(usize, usize, String)> {
    fn digit(c: char) -> Option<char> {
        match c {
            '0'..='9' => Some(c),
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            _ => None,
        }
    }
    fn check_char(c: char) -> bool {
        matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ')
    }
    fn separator(c: char) -> bool {
        matches!(
            c,
            ' ' | '-' | '－' | '\u{3000}' | '‐' | '–' | '.' | '．' | '·' | '_' | '/'
        )
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        let Some(d) = digit(c) else {
            k += 1;
            continue;
        };
        // A run must not continue a longer digit run to its left (it is part of that run).
        let mut folded = String::from(d);
        let mut end = start + c.len_utf8();
        let mut j = k + 1;
        while j < chars.len() {
            let (pos, c) = chars[j];
            if let Some(d) = digit(c) {
                folded.push(d);
                end = pos + c.len_utf8();
                j += 1;
            } else if separator(c)
                && chars.get(j + 1).is_some_and(|&(_, n)| {
                    digit(n).is_some() || (folded.len() == 17 && check_char(n))
                })
            {
                j += 1;
            } else {
                break;
            }
        }
        if folded.len() == 17 {
            if let Some(&(pos, c)) = chars.get(j).filter(|&&(_, c)| check_char(c)) {
                folded.push('X');
                end = pos + c.len_utf8();
                j += 1;
            } else if let Some(&(pos, c)) = chars
                .get(j + 1)
                .filter(|&&(_, c)| check_char(c))
                .filter(|_| chars.get(j).is_some_and(|&(_, s)| separator(s)))
            {
                folded.push('X');
                end = pos + c.len_utf8();
                j += 2;
            }
        }
        let n = folded.len();
        if n == 18 || (n == 15 && !folded.contains('X')) {
            out.push((start, end, folded));
        }
        k = j;
    }
    out
}

/// Whether `text` shows a resident ID number that [`mask_text`] would have masked: 18 or 15
/// characters once full-width digits and separators are folded. The check the tests run over
/// every error, reason, path, `Debug` and `repr` output.
///
/// ```
/// use zhengwu::id::{contains_unmasked_resident_id, mask_text};
/// for t in ["bad id 11010519491231002X here", "１１０１０５１９４９１２３１００２Ｘ", "110105-19491231-002X"] {
///     assert!(contains_unmasked_resident_id(t));
///     assert!(!contains_unmasked_resident_id(&mask_text(t)));
/// }
/// assert!(!contains_unmasked_resident_id("9999999999999999999 working days"));
/// ```
pub fn contains_unmasked_resident_id(text: &str) -> bool {
    // Fast path over the bytes, no allocation: an ID needs 15 digits (ASCII or full-width) in
    // one run, separators inside it allowed. Text without such a run is done here.
    let b = text.as_bytes();
    let (mut run, mut k, mut long) = (0usize, 0usize, false);
    while k < b.len() {
        let c = b[k];
        let step = match c {
            b'0'..=b'9' => {
                run += 1;
                1
            }
            b' ' | b'-' | b'X' | b'x' | b'.' | b'_' | b'/' => 1,
            // The middle dot · (C2 B7), the ideographic space (E3 80 80), ‐ and – (E2 80 90, 93).
            0xC2 if b.get(k + 1) == Some(&0xB7) => 2,
            0xE3 if b.get(k + 1..k + 3) == Some(&[0x80, 0x80][..]) => 3,
            0xE2 if matches!(b.get(k + 1..k + 3), Some([0x80, 0x90 | 0x93])) => 3,
            // Full-width digits ０–９ (EF BC 90–99), Ｘ ｘ, and the full-width hyphen (EF BC 8D).
            0xEF if b.get(k + 1) == Some(&0xBC) => match b.get(k + 2) {
                Some(0x90..=0x99) => {
                    run += 1;
                    3
                }
                Some(0xB8 | 0x8D | 0x8E) => 3,
                _ => {
                    run = 0;
                    3
                }
            },
            _ => {
                run = 0;
                1
            }
        };
        if run >= 15 {
            long = true;
            break;
        }
        k += step;
    }
    long && !id_spans(text).is_empty()
}

/// Masks every resident ID number in `text` — ASCII or full-width, whole or broken by
/// separators — as its display form (`110105********002X`); everything else is kept. Used on
/// every message, path and reason the library produces.
pub fn mask_text(text: &str) -> String {
    if !contains_unmasked_resident_id(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (start, end, folded) in id_spans(text) {
        out.push_str(&text[last..start]);
        out.push_str(&mask_resident_id(&folded));
        last = end;
    }
    out.push_str(&text[last..]);
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
        assert!(t.contains("110101********447X"), "{t}");
        assert!(!t.contains("110101900307447"), "{t}");
        assert!(t.contains("2024-01-01"));
        assert_eq!(mask_text("短文本 12345"), "短文本 12345");
        // Full-width and separated forms are IDs too; a 19-digit count is not.
        assert_eq!(
            mask_text("１１０１０５１９４９１２３１００２Ｘ"),
            "110105********002X"
        );
        assert_eq!(
            mask_text("号码 110105-19491231-002X 有误"),
            "号码 110105********002X 有误"
        );
        assert_eq!(mask_text("110105 19491231 002X"), "110105********002X");
        let n = "9999999999999999999 working days";
        assert_eq!(mask_text(n), n);
        assert!(!contains_unmasked_resident_id(
            "2024-01-01 to 2024-12-31, 13800138000"
        ));
    }
}
