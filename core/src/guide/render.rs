//! A guide as plain text and as a printable page: A4, the reader's own Chinese fonts, nothing
//! loaded from outside, every catalog text escaped. Missing elements are printed as 未公布, so the
//! sheet at the window shows the same gaps as the web page.

use super::{Section, Status};
use crate::commitment::render::escape;
use std::fmt::Write as _;

const NUMERALS: [&str; 12] = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
];

const SAMPLE_NOTE: &str = "本指南据示例数据生成，不是正式的办事指南。";

fn numeral(i: usize) -> String {
    NUMERALS
        .get(i)
        .map_or_else(|| (i + 1).to_string(), |n| (*n).to_string())
}

/// The guide's text and HTML.
pub(super) fn render(title: &str, sample: bool, sections: &[Section]) -> (String, String) {
    (text(title, sample, sections), html(title, sample, sections))
}

fn text(title: &str, sample: bool, sections: &[Section]) -> String {
    let mut t = String::new();
    let _ = writeln!(t, "{title}");
    if sample {
        let _ = writeln!(t, "（{SAMPLE_NOTE}）");
    }
    for (i, s) in sections.iter().enumerate() {
        let _ = writeln!(t, "\n{}、{}（{}）", numeral(i), s.title, s.citation.text());
        for e in &s.elements {
            match &e.value {
                Some(v) => {
                    let _ = writeln!(t, "  {}：{v}", e.label);
                }
                None => {
                    let _ = writeln!(t, "  {}：（{}）", e.label, Status::Missing.label());
                }
            }
        }
    }
    t
}

fn html(title: &str, sample: bool, sections: &[Section]) -> String {
    let e = escape;
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{}</title><style>",
        e(title)
    );
    h.push_str("@page{size:A4;margin:18mm}body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",\"Source Han Serif SC\",serif;font-size:11.5pt;line-height:1.7;color:#000;max-width:174mm;margin:0 auto}h1{text-align:center;font-size:17pt}h2{font-size:13pt;margin:1em 0 .3em;border-bottom:1px solid #000;break-after:avoid}h2 small{font-weight:normal;font-size:9pt}dl{display:grid;grid-template-columns:8em 1fr;gap:.15em 1em;margin:0}dt{font-weight:bold}dd{margin:0}.missing{font-style:italic;border:1px dashed #000;padding:0 .3em}.note{text-align:center;border:1px solid #000;padding:.3em}section{break-inside:avoid-page}");
    let _ = write!(h, "</style></head><body><h1>{}</h1>", e(title));
    if sample {
        let _ = write!(h, "<p class=\"note\" role=\"note\">{SAMPLE_NOTE}</p>");
    }
    for (i, s) in sections.iter().enumerate() {
        let _ = write!(
            h,
            "<section><h2>{}、{} <small>{}</small></h2><dl>",
            numeral(i),
            e(s.title),
            e(&s.citation.text())
        );
        for el in &s.elements {
            match &el.value {
                Some(v) => {
                    let _ = write!(h, "<dt>{}</dt><dd>{}</dd>", e(&el.label), e(v));
                }
                None => {
                    let _ = write!(
                        h,
                        "<dt>{}</dt><dd><span class=\"missing\">{}</span></dd>",
                        e(&el.label),
                        Status::Missing.label()
                    );
                }
            }
        }
        h.push_str("</dl></section>");
    }
    h.push_str("</body></html>\n");
    h
}
