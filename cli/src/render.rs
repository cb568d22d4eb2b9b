//! Human output: Chinese tables aligned by display width (a CJK character takes two columns),
//! colour only when writing to a terminal (and never with `NO_COLOR`).

use std::io::IsTerminal;

pub use zhengwu_sheets::{severity, width};

/// Whether stdout takes colour.
pub fn colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Text in an ANSI colour when `on`.
pub fn paint(s: &str, code: &str, on: bool) -> String {
    if on {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
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
