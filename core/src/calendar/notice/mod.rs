//! 国务院办公厅关于部分节假日安排的通知 — the State Council's notice, read as published, into the
//! days it sets and a year file the engine loads (`cn-holiday-notice`; the statutory days it must
//! contain are those of 全国年节及纪念日放假办法 第二条).
//!
//! Every phrasing the notices have used is read: "1月1日（周三）放假1天，不调休", "2月4日至10日放假调休，
//! 共7天。2月2日（星期六）、2月3日（星期日）上班", "4月5日放假，与周末连休", "5月2日（星期一）补休",
//! "2018年12月30日至2019年1月1日放假调休，共3天", "2月2日（农历除夕）至8日", the 2007–2008
//! "12月29日（星期六）公休日调至12月31日（星期一）", a later notice that changes one holiday
//! ("劳动节假期调整为…") and an extension ("延长2020年春节假期至2月2日"). Several notices may be given
//! in one text, in the order they appeared: a later item for a holiday replaces or extends the
//! earlier one.
//!
//! Nothing is guessed. A 调休 working day that is not a weekend, a weekday in brackets that is not
//! that date's weekday, a "共N天" that does not match the span, a date that does not exist, or a text
//! with no items is refused, naming the item and the phrase. The work is linear in the text.

mod scan;
#[cfg(test)]
mod tests;

use super::messages::{CalendarText, NoticeText};
use crate::error::{Error, ErrorCode, Result};
use chrono::{Datelike, NaiveDate, Weekday};
use scan::{clauses, dates, normalize, DateRef};
use std::collections::BTreeMap;

/// The holidays a notice names, in the statutory order.
pub const HOLIDAYS: [&str; 7] = [
    "元旦",
    "春节",
    "清明节",
    "劳动节",
    "端午节",
    "中秋节",
    "国庆节",
];

/// Days off the State Council set once, by a notice of its own (国务院关于…纪念日调休放假的通知):
/// 2015's 9月3日 (its notice gave 9月3日至5日 off and 9月6日 worked).
pub const COMMEMORATIONS: [&str; 1] = ["中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"];

/// A holiday a notice may name: one of [`HOLIDAYS`] or [`COMMEMORATIONS`].
fn named(h: &str) -> bool {
    HOLIDAYS.contains(&h) || COMMEMORATIONS.contains(&h)
}

/// The longest holiday block a notice has set (2020's extended 春节: 10 days) with room to spare;
/// a longer span is refused, not expanded.
const MAX_SPAN: i64 = 20;

/// One item of the notice: a holiday (or two merged, 国庆节、中秋节) and the days it sets.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Holiday {
    /// As the notice names it (元旦, 国庆节、中秋节 …).
    pub name: String,
    /// Its days off, in date order.
    #[serde(serialize_with = "crate::date::ymd_vec")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::date::ymd>"))]
    pub days_off: Vec<NaiveDate>,
    /// The weekend days worked for it (调休上班), in date order.
    #[serde(serialize_with = "crate::date::ymd_vec")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::date::ymd>"))]
    pub workdays: Vec<NaiveDate>,
}

/// What the text says about itself: title, 文号 and date of issue, each `None` when the text does
/// not show it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Heading {
    /// 国务院办公厅关于2027年部分节假日安排的通知.
    pub title: Option<String>,
    /// 国办发明电〔2026〕N号.
    pub number: Option<String>,
    /// The date under the signature.
    pub date: Option<NaiveDate>,
}

/// A parsed notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The year it arranges.
    pub year: i32,
    /// Title, 文号, date — as the text shows them.
    pub heading: Heading,
    /// Its items, in the notice's order.
    pub holidays: Vec<Holiday>,
}

impl Notice {
    /// Every day off it sets, in any year, in date order.
    pub fn days_off(&self) -> Vec<NaiveDate> {
        let mut v: Vec<NaiveDate> = self
            .holidays
            .iter()
            .flat_map(|h| h.days_off.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// Every 调休 working day it sets, in date order.
    pub fn workdays(&self) -> Vec<NaiveDate> {
        let mut v: Vec<NaiveDate> = self
            .holidays
            .iter()
            .flat_map(|h| h.workdays.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

fn refuse(item: &str, phrase: &str, why: NoticeText) -> Error {
    let phrase: String = phrase.chars().take(60).collect();
    let at = if item.is_empty() {
        String::new()
    } else {
        format!("{item}：")
    };
    let why = why.to_string();
    Error::new(
        ErrorCode::CalendarInvalidNotice,
        NoticeText::Refused {
            at: &at,
            phrase: &phrase,
            why,
        }
        .message(),
    )
    .at("text")
}

const WEEKDAYS: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];

fn weekday_zh(w: Weekday) -> &'static str {
    WEEKDAYS[w.num_days_from_monday() as usize]
}

/// The date of `r` in the year context `year`, checked: it exists, and its bracketed weekday is
/// its own.
fn resolve(r: &DateRef, year: i32, month: u32, item: &str, clause: &str) -> Result<NaiveDate> {
    let (y, m) = (r.year.unwrap_or(year), r.month.unwrap_or(month));
    let d = NaiveDate::from_ymd_opt(y, m, r.day).ok_or_else(|| {
        refuse(
            item,
            clause,
            NoticeText::NoSuchDate {
                y,
                m,
                d: r.day,
                iso: format!("{y}-{m:02}-{:02}", r.day),
            },
        )
    })?;
    if let Some(w) = r.weekday {
        if w != d.weekday() {
            return Err(refuse(
                item,
                clause,
                NoticeText::WeekdayMismatch {
                    given: weekday_zh(w),
                    date: d,
                    actual: weekday_zh(d.weekday()),
                    weekday: format!("{:?}", d.weekday()),
                },
            ));
        }
    }
    Ok(d)
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn holiday_in(s: &str) -> Option<String> {
    let mut found: Vec<(usize, &str)> = HOLIDAYS
        .iter()
        .chain(&COMMEMORATIONS)
        .filter_map(|h| s.find(h).map(|i| (i, *h)))
        .collect();
    found.sort();
    found.first().map(|(_, h)| (*h).to_string())
}

/// The year the notice arranges: from its title ("关于2027年部分节假日"), its opening ("现将2027年"),
/// a changed holiday ("2019年劳动节"), or the caller's `year`; a caller's year that differs from
/// the text's is refused.
fn year_of(text: &str, given: Option<i32>) -> Result<i32> {
    let after = |key: &str| -> Option<i32> {
        let i = text.find(key)? + key.len();
        let digits: String = text[i..].chars().take(4).collect();
        (text[i..].chars().nth(4) == Some('年'))
            .then(|| digits.parse().ok())
            .flatten()
    };
    let from_text = after("关于")
        .or_else(|| after("现将"))
        .or_else(|| after("延长"))
        .filter(|y| (1949..=2199).contains(y));
    match (from_text, given) {
        (Some(t), Some(g)) if t != g => Err(Error::new(
            ErrorCode::CalendarInvalidNotice,
            CalendarText::NoticeYearDiffers {
                arranged: t,
                given: g,
            }
            .message(),
        )
        .at("year")),
        (Some(y), _) | (None, Some(y)) => Ok(y),
        (None, None) => Err(Error::new(
            ErrorCode::CalendarInvalidNotice,
            CalendarText::NoticeWithoutYear.message(),
        )
        .at("text")),
    }
}

fn heading(lines: &[String]) -> Heading {
    let joined: String = lines.concat();
    let title = joined.find("国务院办公厅关于").and_then(|i| {
        let rest = &joined[i..];
        let end = rest.find("通知")? + "通知".len();
        (rest[..end].chars().count() <= 60).then(|| rest[..end].to_string())
    });
    let number = joined.find("国办发明电〔").and_then(|i| {
        let rest = &joined[i..];
        let end = rest.find('号')? + '号'.len_utf8();
        (rest[..end].chars().count() <= 20).then(|| rest[..end].to_string())
    });
    // The date under the signature: the last line that is a date and nothing else.
    let date = lines.iter().rev().find_map(|l| {
        let ds = dates(l);
        match ds.as_slice() {
            [d] if d.start == 0 && d.end == l.len() => {
                NaiveDate::from_ymd_opt(d.year?, d.month?, d.day)
            }
            _ => None,
        }
    });
    Heading {
        title,
        number,
        date,
    }
}

/// Reads a notice (or several, in the order they appeared). `year` is needed only when the text
/// does not say which year it arranges.
pub fn parse(text: &str, year: Option<i32>) -> Result<Notice> {
    let lines: Vec<String> = text.lines().map(normalize).collect();
    let year = year_of(&lines.concat(), year)?;
    // Each notice of the text begins at its title; its items are the lines opening with 一、二、…,
    // and a notice without them (a change of one holiday) is one item from "如下:" on.
    let mut sections: Vec<&[String]> = Vec::new();
    let mut from = 0;
    for (i, l) in lines.iter().enumerate() {
        if i > from && (l.starts_with("国务院办公厅关于") || l.starts_with("国务院关于"))
        {
            sections.push(&lines[from..i]);
            from = i;
        }
    }
    sections.push(&lines[from..]);
    // The heading is the first notice's: a later change has its own date and 文号.
    let heading = heading(sections[0]);
    let mut items: Vec<(String, String, bool)> = Vec::new();
    for section in sections {
        let first = items.len();
        for l in section {
            match scan::item_marker(l) {
                Some((label, body)) => items.push((label.to_string(), body.to_string(), false)),
                None => {
                    if items.len() > first {
                        if let Some(last) = items.last_mut() {
                            last.1.push_str(l);
                        }
                    }
                }
            }
        }
        if items.len() == first {
            // "现将2019年劳动节假期调整安排通知如下：5月1日至4日…".
            let joined = section.concat();
            if let Some(i) = joined.find("如下:") {
                let (before, after) = (&joined[..i], &joined[i + "如下:".len()..]);
                if let Some(h) = holiday_in(before) {
                    items.push((
                        String::new(),
                        format!("{h}:{after}"),
                        before.contains("调整"),
                    ));
                }
            }
        }
    }
    let mut holidays: Vec<Holiday> = Vec::new();
    for (label, body, rearranged) in &items {
        apply_item(label, body, year, *rearranged, &mut holidays)?;
    }
    holidays.retain(|h| !h.days_off.is_empty() || !h.workdays.is_empty());
    if holidays.is_empty() {
        return Err(Error::new(
            ErrorCode::CalendarInvalidNotice,
            CalendarText::NoticeWithoutItems.message(),
        )
        .at("text"));
    }
    Ok(Notice {
        year,
        heading,
        holidays,
    })
}

/// Applies one item to the holidays read so far.
fn apply_item(
    label: &str,
    body: &str,
    year: i32,
    rearranged: bool,
    out: &mut Vec<Holiday>,
) -> Result<()> {
    let (name, body) = match body.split_once(':') {
        Some((head, rest)) if !head.is_empty() && head.split('、').all(named) => {
            (head.to_string(), rest)
        }
        _ => match holiday_in(body) {
            Some(h) => (h, body),
            None => return Ok(()),
        },
    };
    let item = format!("{label}{name}");
    let at = match out.iter().position(|h| h.name == name) {
        Some(i) => i,
        None => {
            out.push(Holiday {
                name: name.clone(),
                days_off: Vec::new(),
                workdays: Vec::new(),
            });
            out.len() - 1
        }
    };
    // A later notice that rearranges the holiday replaces what an earlier one set.
    if rearranged || body.contains("调整") {
        out[at].days_off.clear();
        out[at].workdays.clear();
    }
    for sentence in body.split(['.', ';']) {
        let mut last_span: Option<(NaiveDate, NaiveDate)> = None;
        for clause in clauses(sentence) {
            clause_into(&item, clause, year, &mut out[at], &mut last_span)?;
        }
    }
    let h = &mut out[at];
    h.days_off.sort();
    h.days_off.dedup();
    h.workdays.sort();
    h.workdays.dedup();
    if let Some(d) = h.workdays.iter().find(|d| !is_weekend(**d)) {
        return Err(refuse(
            &item,
            body,
            NoticeText::NotWeekend {
                date: *d,
                weekday: weekday_zh(d.weekday()),
            },
        ));
    }
    if let Some(d) = h.workdays.iter().find(|d| h.days_off.contains(d)) {
        return Err(refuse(&item, body, NoticeText::OffAndWorking { date: *d }));
    }
    Ok(())
}

/// One clause of an item: a span or day off, 调休 working days, 补休, 公休日调至, an extension, or a
/// "共N天" that must match the span before it. Other clauses (与周末连休, 不调休, 休息 …) set no day,
/// but the weekdays in their brackets are still checked.
fn clause_into(
    item: &str,
    clause: &str,
    year: i32,
    h: &mut Holiday,
    last_span: &mut Option<(NaiveDate, NaiveDate)>,
) -> Result<()> {
    let refs = dates(clause);
    let mut days = Vec::with_capacity(refs.len());
    let mut month = 1;
    let mut y = year;
    // In the 元旦 item a December date without its year is the year before's (2008's notice:
    // "12月29日（星期六）公休日调至12月31日（星期一）").
    let new_year = h.name == "元旦";
    for r in &refs {
        let ry = if r.year.is_none() && new_year && r.month == Some(12) {
            year - 1
        } else {
            y
        };
        let d = resolve(r, ry, month, item, clause)?;
        month = d.month();
        y = d.year();
        days.push(d);
    }
    if let Some(n) = scan::total_days(clause) {
        if let Some((a, b)) = *last_span {
            let span = (b - a).num_days() + 1;
            if span != i64::from(n) {
                return Err(refuse(
                    item,
                    clause,
                    NoticeText::SpanMismatch {
                        from: a,
                        to: b,
                        span,
                    },
                ));
            }
        }
    }
    let span = |a: NaiveDate, mut b: NaiveDate| -> Result<Vec<NaiveDate>> {
        if b < a && b.year() == a.year() && refs.last().is_some_and(|r| r.year.is_none()) {
            // "12月30日至1月1日": the end is in the next year.
            b = b.with_year(a.year() + 1).unwrap_or(b);
        }
        let n = (b - a).num_days();
        if !(0..MAX_SPAN).contains(&n) {
            return Err(refuse(item, clause, NoticeText::BadSpan { from: a, to: b }));
        }
        Ok(a.iter_days().take(n as usize + 1).collect())
    };
    if clause.contains("延长") && clause.contains('至') {
        let Some(&end) = days.last() else {
            return Ok(());
        };
        let Some(start) = h.days_off.iter().min().copied() else {
            return Err(refuse(item, clause, NoticeText::ExtensionFirst));
        };
        let range = span(start, end)?;
        h.workdays.retain(|w| !range.contains(w));
        h.days_off.extend(range);
    } else if let Some(at) = clause.find("调至") {
        // "12月29日（星期六）公休日调至12月31日（星期一）": the days before are worked, the days
        // after are off.
        for (r, d) in refs.iter().zip(&days) {
            if r.start < at {
                h.workdays.push(*d);
            } else {
                h.days_off.push(*d);
            }
        }
    } else if clause.contains("上班") {
        if !clause.contains("起") {
            h.workdays.extend(days);
        }
    } else if clause.contains("补休") {
        h.days_off.extend(days);
    } else if clause.contains("放假") {
        match (days.as_slice(), clause.contains('至')) {
            ([a, b], true) => {
                let range = span(*a, *b)?;
                *last_span = Some((range[0], range[range.len() - 1]));
                h.days_off.extend(range);
            }
            (_, _) => {
                if let (Some(a), Some(b)) = (days.first(), days.last()) {
                    *last_span = Some((*a, *b));
                }
                h.days_off.extend(days);
            }
        }
    }
    Ok(())
}

/// The notice's days per holiday as a year file of the notice's year (days of another year, as
/// 2019's 2018-12-29…31, ride in it: the engine adds them to their own year).
pub fn year_file(n: &Notice) -> serde_json::Value {
    let mut off: BTreeMap<NaiveDate, &str> = BTreeMap::new();
    let mut work: BTreeMap<NaiveDate, &str> = BTreeMap::new();
    for h in &n.holidays {
        for d in &h.days_off {
            off.entry(*d).or_insert(&h.name);
        }
        for d in &h.workdays {
            work.entry(*d).or_insert(&h.name);
        }
    }
    let mut source = serde_json::Map::new();
    if let Some(t) = &n.heading.title {
        source.insert("title".into(), t.clone().into());
        if t.starts_with("国务院办公厅") {
            source.insert("issuer".into(), "国务院办公厅".into());
        }
    }
    if let Some(x) = &n.heading.number {
        source.insert("number".into(), x.clone().into());
    }
    if let Some(d) = n.heading.date {
        source.insert("date".into(), crate::date::format_ymd(d).into());
    }
    let mut file = serde_json::json!({
        "year": n.year,
        "days_off": off.iter().map(|(d, h)| serde_json::json!({"date": crate::date::format_ymd(*d), "holiday": h})).collect::<Vec<_>>(),
        "workdays": work.iter().map(|(d, h)| serde_json::json!({"date": crate::date::format_ymd(*d), "for": h})).collect::<Vec<_>>(),
    });
    if !source.is_empty() {
        file["source"] = serde_json::Value::Object(source);
    }
    file
}
