//! 文本长度 — how many bytes a text takes in JSON as the JSON door writes it (serde_json's
//! compact form: quotes, `\"`, `\\`, the short escapes and `\u00XX` for other control
//! characters). The doors that build answers without writing text (Python's dict door) count
//! with it, so that `limits.max_output_bytes` refuses the same answers through every door.

/// The bytes an escape adds to one byte.
fn extra(b: u8) -> usize {
    match b {
        b'"' | b'\\' | b'\n' | b'\r' | b'\t' | 0x08 | 0x0c => 1,
        0..=0x1f => 5,
        _ => 0,
    }
}

/// Whether `b` is written escaped.
fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The length of `s` as a JSON string, quotes included. Most texts need no escape: counting the
/// bytes that do is one pass the compiler turns into vector compares; only a text that holds
/// one is weighed byte by byte.
#[inline]
pub fn json_str_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    if bytes.iter().filter(|&&b| escaped(b)).count() == 0 {
        return 2 + bytes.len();
    }
    2 + bytes.len() + bytes.iter().map(|&b| extra(b)).sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn written(s: &str) -> usize {
        serde_json::to_string(s).unwrap().len()
    }

    #[test]
    fn every_ascii_byte_at_every_offset_after_wide_text() {
        for b in 0u8..0x80 {
            for at in 0..17 {
                let mut s = "办".repeat(at % 3) + &"a".repeat(at);
                s.push(b as char);
                s.push_str("件事");
                assert_eq!(json_str_len(&s), written(&s), "{b:#x} at {at}");
            }
        }
    }

    proptest! {
        #[test]
        fn as_serde_json_writes_it(s in "(\\PC|[\\x00-\\x1f\"\\\\]|一件事){0,40}") {
            prop_assert_eq!(json_str_len(&s), written(&s));
        }
    }
}
