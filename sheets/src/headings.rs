//! Column headings as departments write them: the standard heading of each column
//! (`承诺办结时限`), the other names the 实施清单 exports of the districts use for it (`承诺时限`,
//! `承诺办理时限（工作日）`), names a host adds, and the heading row found below title rows.
//!
//! Why: a department's export is rarely the template. Its sheet is `Sheet1`, a merged title row
//! (`天津市XX区政务服务事项实施清单`) sits above the headings, and the headings are the
//! synonyms its system prints. Reading only the template's exact headings in row 1 refused every
//! real file.

#[cfg(test)]
use crate::schema::MATTERS;
use crate::schema::{Column, Sheet};
use std::collections::HashMap;

/// The built-in other names of each column, by sheet: (sheet, standard heading, other names).
/// docs/catalog-format.md lists them; a host adds its own with [`Headings::with`].
pub const SYNONYMS: &[(&str, &str, &[&str])] = &[
    (
        "事项",
        "事项编码",
        &[
            "事项代码",
            "实施编码",
            "实施清单编码",
            "事项实施编码",
            "基本编码",
        ],
    ),
    (
        "事项",
        "事项名称",
        &["实施清单名称", "事项全称", "实施事项名称"],
    ),
    (
        "事项",
        "实施主体",
        &["实施部门", "实施机关", "办理部门", "实施主体名称"],
    ),
    ("事项", "行政主体", &["权力来源主体"]),
    ("事项", "服务对象", &["办理对象", "面向对象"]),
    ("事项", "办理方式", &["办理形式"]),
    (
        "事项",
        "法定办结时限",
        &["法定时限", "法定办理时限", "法定期限"],
    ),
    (
        "事项",
        "承诺办结时限",
        &["承诺时限", "承诺办理时限", "承诺期限"],
    ),
    ("事项", "特殊环节", &["特别程序"]),
    ("事项", "是否发证", &["是否颁发证照", "颁发证照"]),
    ("事项", "结果形式", &["审批结果", "结果名称", "办理结果"]),
    ("事项", "有效期限", &["有效期", "结果有效期"]),
    ("事项", "收费", &["是否收费", "收费金额"]),
    ("事项", "咨询电话", &["咨询方式"]),
    ("事项", "办理地点", &["受理地点", "办理窗口"]),
    ("事项", "投诉电话", &["监督投诉电话", "投诉方式"]),
    ("事项", "公布日期", &["发布日期"]),
    ("部门", "部门编码", &["单位编码"]),
    ("部门", "部门名称", &["单位名称"]),
    ("材料", "材料名称", &["申请材料名称"]),
    ("数据元素", "元素名称", &["字段名称"]),
    ("一件事", "名称", &["一件事名称"]),
];

/// The headings a host knows beside the built-in ones: other name → standard heading (any sheet
/// whose columns have that heading).
#[derive(Debug, Clone, Default)]
pub struct Headings {
    host: HashMap<String, String>,
}

impl Headings {
    /// The built-in names only.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the host's names: each other name read as the standard heading it maps to.
    pub fn with(mut self, names: impl IntoIterator<Item = (String, String)>) -> Self {
        self.host
            .extend(names.into_iter().map(|(k, v)| (normal(&k), normal(&v))));
        self
    }

    /// The column a heading names on a sheet: its standard heading, a built-in other name or a
    /// host's, compared without spaces, line breaks, a leading `*` (required) or a trailing unit
    /// in brackets (`承诺时限（工作日）`).
    pub fn column<'s>(&self, sheet: &'s Sheet, heading: &str) -> Option<&'s Column> {
        let h = normal(heading);
        let standard = |name: &str| sheet.columns.iter().find(|c| c.heading == name);
        if let Some(c) = standard(&h) {
            return Some(c);
        }
        if let Some(c) = self.host.get(&h).and_then(|s| standard(s)) {
            return Some(c);
        }
        SYNONYMS
            .iter()
            .filter(|(s, _, _)| *s == sheet.name)
            .find(|(_, _, others)| others.contains(&h.as_str()))
            .and_then(|(_, std, _)| standard(std))
    }
}

/// A heading as compared: no white space, no leading `*`, no trailing bracketed unit.
pub fn normal(heading: &str) -> String {
    let spaced: String = heading.chars().filter(|c| !c.is_whitespace()).collect();
    // One pass over the leading marks (removing them one at a time would be quadratic).
    let mut h = spaced.trim_start_matches(['*', '＊']).to_string();
    for (open, close) in [('（', '）'), ('(', ')')] {
        if h.ends_with(close) {
            if let Some(at) = h.rfind(open) {
                if at > 0 {
                    h.truncate(at);
                }
            }
        }
    }
    h
}

/// Rows searched for the heading row: title rows above it are skipped.
pub const SEARCH_ROWS: usize = 10;

/// The heading row of a table for a sheet: the first of its first [`SEARCH_ROWS`] rows that
/// names every column the sheet requires (a title row names none); `None` when no row does.
pub fn heading_row(
    sheet: &Sheet,
    rows: &[Vec<crate::book::Cell>],
    names: &Headings,
) -> Option<usize> {
    rows.iter().take(SEARCH_ROWS).position(|row| {
        let found: Vec<&str> = row
            .iter()
            .filter_map(|c| names.column(sheet, &c.text()).map(|col| col.heading))
            .collect();
        !found.is_empty() && sheet.required.iter().all(|r| found.contains(r))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_as_departments_write_them() {
        let h = Headings::new();
        let col = |s| h.column(&MATTERS, s).map(|c| c.heading);
        assert_eq!(col("承诺办结时限"), Some("承诺办结时限"));
        assert_eq!(col("承诺时限"), Some("承诺办结时限"));
        assert_eq!(col(" 承诺时限\n（工作日）"), Some("承诺办结时限"));
        assert_eq!(col("*事项名称"), Some("事项名称"));
        assert_eq!(col("备注"), None);
        assert_eq!(col("（工作日）"), None);
        let host = Headings::new().with([("承诺天数".to_string(), "承诺办结时限".to_string())]);
        assert_eq!(
            host.column(&MATTERS, "承诺天数").map(|c| c.heading),
            Some("承诺办结时限")
        );
    }

    #[test]
    fn every_synonym_names_a_column_of_its_sheet_and_no_other_heading() {
        for (sheet, std, others) in SYNONYMS {
            let s = crate::schema::SHEETS
                .iter()
                .find(|s| s.name == *sheet)
                .unwrap();
            assert!(s.columns.iter().any(|c| c.heading == *std), "{sheet} {std}");
            for o in *others {
                assert!(
                    !s.columns.iter().any(|c| c.heading == *o),
                    "{o} is a heading of {sheet}"
                );
            }
        }
    }
}
