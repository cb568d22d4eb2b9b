//! The notice's text, token by token: full-width forms folded, clauses split outside brackets,
//! dates with their bracketed weekdays. Hand-written scanners, linear in the text (no caller
//! pattern, no backtracking).

use chrono::Weekday;

/// A line with full-width digits and punctuation folded to ASCII and spaces dropped, so that
/// "１月１日（星期一）" and "1月1日(星期一)" read alike.
pub(super) fn normalize(line: &str) -> String {
    line.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{feff}')
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '（' => '(',
            '）' => ')',
            '：' => ':',
            '，' => ',',
            '。' => '.',
            '；' => ';',
            _ => c,
        })
        .collect()
}

const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// `("一、", body)` when the line opens an item.
pub(super) fn item_marker(line: &str) -> Option<(&str, &str)> {
    let n = NUMERALS.iter().find(|n| line.starts_with(**n))?;
    let rest = &line[n.len()..];
    let body = rest.strip_prefix('、')?;
    Some((&line[..n.len() + '、'.len_utf8()], body))
}

/// The clauses of a sentence: split at commas outside brackets.
pub(super) fn clauses(sentence: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in sentence.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            ',' if depth == 0 => {
                out.push(&sentence[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&sentence[start..]);
    out.retain(|c| !c.is_empty());
    out
}

/// A date as written: `[YYYY年][M月]D日[(…)]`, with the weekday its brackets name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct DateRef {
    pub(super) year: Option<i32>,
    pub(super) month: Option<u32>,
    pub(super) day: u32,
    pub(super) weekday: Option<Weekday>,
    /// Byte span in the text, brackets included.
    pub(super) start: usize,
    pub(super) end: usize,
}

fn number(s: &str, i: usize, max_digits: usize) -> Option<(u32, usize)> {
    let digits: usize = s[i..].bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > max_digits {
        return None;
    }
    s[i..i + digits].parse().ok().map(|n| (n, i + digits))
}

fn weekday_in(bracket: &str) -> Option<Weekday> {
    for key in ["星期", "周"] {
        if let Some(i) = bracket.find(key) {
            let w = match bracket[i + key.len()..].chars().next()? {
                '一' => Weekday::Mon,
                '二' => Weekday::Tue,
                '三' => Weekday::Wed,
                '四' => Weekday::Thu,
                '五' => Weekday::Fri,
                '六' => Weekday::Sat,
                '日' | '天' => Weekday::Sun,
                _ => continue,
            };
            return Some(w);
        }
    }
    None
}

/// Every date in `s`, in order.
pub(super) fn dates(s: &str) -> Vec<DateRef> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if !s.as_bytes()[i].is_ascii_digit() || (i > 0 && s.as_bytes()[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        let (mut year, mut month) = (None, None);
        if let Some((n, k)) = number(s, j, 4) {
            if s[k..].starts_with('年') && k - j == 4 {
                year = Some(n as i32);
                j = k + '年'.len_utf8();
            }
        }
        if let Some((n, k)) = number(s, j, 2) {
            if s[k..].starts_with('月') {
                month = Some(n);
                j = k + '月'.len_utf8();
            }
        }
        let Some((day, k)) = number(s, j, 2).filter(|(_, k)| s[*k..].starts_with('日')) else {
            i = start + 1;
            while i < s.len() && !s.is_char_boundary(i) {
                i += 1;
            }
            continue;
        };
        let mut end = k + '日'.len_utf8();
        let mut weekday = None;
        if s[end..].starts_with('(') {
            if let Some(close) = s[end..].find(')') {
                weekday = weekday_in(&s[end + 1..end + close]);
                end += close + 1;
            }
        }
        out.push(DateRef {
            year,
            month,
            day,
            weekday,
            start,
            end,
        });
        i = end;
    }
    out
}

/// N of a "共N天" clause.
pub(super) fn total_days(clause: &str) -> Option<u32> {
    let i = clause.find('共')? + '共'.len_utf8();
    let (n, k) = number(clause, i, 3)?;
    clause[k..].starts_with('天').then_some(n)
}
