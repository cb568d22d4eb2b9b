//! Human output: Chinese tables aligned by display width (a CJK character takes two columns),
//! colour only when writing to a terminal (and never with `NO_COLOR`).

use std::io::IsTerminal;

pub use zhengwu_sheets::{severity, width};

/// Whether stdout takes colour.
pub fn colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Text in an ANSI colour when `on`. The colour is written as a marker that only [`safe`] turns
/// into the escape sequence — after every control character of the text itself is quoted — so
/// no text, whatever it holds, can write an escape sequence of its own.
pub fn paint(s: &str, code: &str, on: bool) -> String {
    if on {
        let n = nonce();
        format!("{OPEN}{n}{code}{CLOSE}{s}{OPEN}{n}0{CLOSE}")
    } else {
        s.to_string()
    }
}

const OPEN: char = '\u{F8F0}';
const CLOSE: char = '\u{F8F1}';

/// A marker no input can guess: drawn once per run.
fn nonce() -> &'static str {
    static NONCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    NONCE.get_or_init(|| {
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u32(std::process::id());
        format!("{:016x}", h.finish())
    })
}

/// The one egress of the command: every byte written to stdout or stderr passes here. Resident
/// ID numbers are masked and control characters quoted ([`zhengwu::egress::terminal`]); then
/// the colour markers of [`paint`] (and only those) become escape sequences.
pub fn safe(s: &str) -> String {
    let text = zhengwu::egress::terminal(s);
    if !text.contains(OPEN) {
        return text.into_owned();
    }
    let marker = format!("{OPEN}{}", nonce());
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    while let Some(at) = rest.find(&marker) {
        out.push_str(&rest[..at]);
        let after = &rest[at + marker.len()..];
        match after.find(CLOSE) {
            Some(end)
                if after[..end]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b';') =>
            {
                out.push_str(&format!("\x1b[{}m", &after[..end]));
                rest = &after[end + CLOSE.len_utf8()..];
            }
            _ => {
                out.push_str(&marker);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The colour of a severity.
pub fn severity_colour(s: &str) -> &'static str {
    match s {
        "error" => "31",
        "warning" => "33",
        _ => "36",
    }
}

/// Cuts text to at most `max` display columns, ending in … when cut.
fn clip(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if width(&out) + width(c.encode_utf8(&mut [0; 4])) + 1 > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// A table: headings and rows, columns padded to their widest cell (each at most `max`
/// columns; the last column is never cut). `paint[i]` colours a whole row.
pub fn table(
    headings: &[&str],
    rows: &[Vec<String>],
    colours: &[Option<&str>],
    on: bool,
) -> String {
    const MAX: usize = 40;
    let n = headings.len();
    let mut widths: Vec<usize> = headings.iter().map(|h| width(h)).collect();
    for row in rows {
        for (i, c) in row.iter().enumerate().take(n.saturating_sub(1)) {
            widths[i] = widths[i].max(width(c).min(MAX));
        }
    }
    let line = |cells: Vec<String>| -> String {
        let mut out = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                out.push_str(c);
            } else {
                let c = clip(c, MAX);
                out.push_str(&c);
                out.push_str(&" ".repeat(widths[i] - width(&c) + 2));
            }
        }
        out.trim_end().to_string()
    };
    let mut out = paint(
        &line(headings.iter().map(|h| h.to_string()).collect()),
        "1",
        on,
    );
    out.push('\n');
    for (k, row) in rows.iter().enumerate() {
        let l = line(row.clone());
        out.push_str(&match colours.get(k).copied().flatten() {
            Some(code) => paint(&l, code, on),
            None => l,
        });
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_colours_become_escapes() {
        let shown = safe(&format!(
            "{}\x1b]0;t\x07 11010519491231002X",
            paint("错误", "31", true)
        ));
        assert_eq!(shown, "\x1b[31m错误\x1b[0m\\e]0;t\\a 110105********002X");
        let forged = format!("{OPEN}0000000000000000{CLOSE}8m隐藏");
        assert!(!safe(&forged).contains('\x1b'));
    }

    #[test]
    fn cjk_takes_two_columns() {
        assert_eq!(width("事项abc"), 7);
        let t = table(
            &["编码", "名称"],
            &[
                vec!["A".into(), "甲".into()],
                vec!["TJ-1".into(), "乙".into()],
            ],
            &[],
            false,
        );
        assert_eq!(t, "编码  名称\nA     甲\nTJ-1  乙\n");
        assert_eq!(clip("一二三四五", 7), "一二三…");
    }
}
