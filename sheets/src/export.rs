//! Catalogs, lint findings and diffs written as workbooks for departments: the catalog in the
//! same sheets and headings the import reads (so that a round trip loses nothing), with a 说明
//! sheet of what each column means; findings and diffs as tables with their citations.

use crate::book::{Out, OutSheet};
use crate::schema::{Kind, Sheet, ABOUT, SHEETS};
use serde_json::Value;

fn encode(v: &Value, kind: Kind) -> Option<Out> {
    if v.is_null() {
        return None;
    }
    let label = |labels: &[(&str, &str)], w: &str| {
        labels
            .iter()
            .find(|(wire, _)| *wire == w)
            .map_or(w.to_string(), |(_, zh)| zh.to_string())
    };
    Some(match kind {
        Kind::Int => match v.as_u64() {
            Some(n) => Out::Number(n as f64),
            None => Out::Text(v.to_string()),
        },
        Kind::Bool => Out::Text(
            if v.as_bool() == Some(true) {
                "是"
            } else {
                "否"
            }
            .to_string(),
        ),
        Kind::Text | Kind::Decimal | Kind::Date => {
            Out::Text(v.as_str().map_or_else(|| v.to_string(), str::to_string))
        }
        Kind::Enum(labels) => Out::Text(label(&labels(), v.as_str().unwrap_or_default())),
        Kind::EnumList(labels) => {
            let labels = labels();
            let items: Vec<String> = v
                .as_array()?
                .iter()
                .filter_map(Value::as_str)
                .map(|w| label(&labels, w))
                .collect();
            if items.is_empty() {
                return None;
            }
            Out::Text(items.join("、"))
        }
        Kind::Lines => {
            let items: Vec<&str> = v.as_array()?.iter().filter_map(Value::as_str).collect();
            if items.is_empty() {
                return None;
            }
            Out::Text(items.join("\n"))
        }
        Kind::Json => Out::Text(v.to_string()),
    })
}

fn field<'v>(rec: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(rec, |v, k| v.get(*k))
}

fn sheet_rows(sheet: &Sheet, records: &[(Option<String>, &Value)]) -> OutSheet {
    let mut headings: Vec<String> = Vec::new();
    if let Some((_, _, key)) = sheet.within {
        headings.push(key.to_string());
    }
    headings.extend(sheet.columns.iter().map(|c| c.heading.to_string()));
    let rows = records
        .iter()
        .map(|(parent, rec)| {
            let mut row: Vec<Option<Out>> = Vec::new();
            if sheet.within.is_some() {
                row.push(parent.clone().map(Out::Text));
            }
            row.extend(
                sheet
                    .columns
                    .iter()
                    .map(|c| field(rec, c.path).and_then(|v| encode(v, c.kind))),
            );
            row
        })
        .collect();
    OutSheet {
        name: sheet.name.to_string(),
        headings,
        rows,
    }
}

/// The workbook of a catalog (the JSON an engine takes): 说明 first, then every sheet.
pub fn catalog(cat: &Value) -> Vec<OutSheet> {
    let mut out = vec![about(cat.get("description").and_then(Value::as_str))];
    for sheet in SHEETS {
        let records: Vec<(Option<String>, &Value)> = match sheet.within {
            None => cat
                .get(sheet.list)
                .and_then(Value::as_array)
                .map(|a| a.iter().map(|r| (None, r)).collect())
                .unwrap_or_default(),
            Some((parent, field_name, _)) => cat
                .get(parent)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .flat_map(|p| {
                    let code = p.get("code").and_then(Value::as_str).map(str::to_string);
                    p.get(field_name)
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .map(move |r| (code.clone(), r))
                })
                .collect(),
        };
        out.push(sheet_rows(sheet, &records));
    }
    out
}

/// The 说明 sheet: the catalog's description, then what every column of every sheet means.
fn about(description: Option<&str>) -> OutSheet {
    let mut rows = vec![
        vec![
            Some(Out::Text("清单说明".into())),
            description.map(|d| Out::Text(d.into())),
            None,
        ],
        vec![None, None, None],
        vec![
            Some(Out::Text("工作表".into())),
            Some(Out::Text("列".into())),
            Some(Out::Text("含义".into())),
        ],
    ];
    for s in SHEETS {
        if let Some((_, _, key)) = s.within {
            rows.push(vec![
                Some(Out::Text(s.name.into())),
                Some(Out::Text(key.into())),
                Some(Out::Text("所属事项的编码".into())),
            ]);
        }
        for c in s.columns {
            let meaning = match c.kind {
                Kind::Enum(l) | Kind::EnumList(l) => {
                    format!(
                        "{}（可填：{}）",
                        c.meaning,
                        l().iter().map(|(_, zh)| *zh).collect::<Vec<_>>().join("、")
                    )
                }
                _ => c.meaning.to_string(),
            };
            rows.push(vec![
                Some(Out::Text(s.name.into())),
                Some(Out::Text(c.heading.into())),
                Some(Out::Text(meaning)),
            ]);
        }
    }
    // The first row holds the description: it is the heading row of this sheet.
    let first = rows.remove(0);
    let headings = first.into_iter().map(|c| match c {
        Some(Out::Text(t)) => t,
        _ => String::new(),
    });
    OutSheet {
        name: ABOUT.to_string(),
        headings: headings.collect(),
        rows,
    }
}

fn text(v: &Value, key: &str) -> Option<Out> {
    v.get(key).and_then(|x| match x {
        Value::Null => None,
        Value::String(s) => Some(Out::Text(s.clone())),
        other => Some(Out::Text(other.to_string())),
    })
}

fn citation(v: &Value) -> Option<Out> {
    v.get("citation")
        .and_then(|c| c.get("text"))
        .and_then(Value::as_str)
        .map(|t| Out::Text(t.to_string()))
}

/// A finding's level, matter, message and citation.
fn finding(f: &Value) -> Vec<Option<Out>> {
    let level = crate::severity(f["severity"].as_str().unwrap_or_default()).to_string();
    vec![
        Some(Out::Text(level)),
        text(f, "matter"),
        text(f, "message"),
        citation(f),
    ]
}

/// Lint findings as one sheet.
pub fn findings(answer: &Value) -> Vec<OutSheet> {
    let rows = answer["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            let mut row = finding(f);
            row.extend([text(f, "rule"), text(f, "path")]);
            row
        })
        .collect();
    let headings = ["级别", "事项编码", "问题", "依据", "规则", "位置"]
        .map(String::from)
        .to_vec();
    vec![OutSheet {
        name: "检查结果".into(),
        headings,
        rows,
    }]
}

/// A diff as sheets: added, cancelled, devolved, merged, modified, and its findings.
/// The two catalogs of a diff, their matters indexed by code once (a diff of 200,000 modified
/// matters looks each up in constant time).
pub struct Compared<'a> {
    old: std::collections::HashMap<&'a str, &'a Value>,
    new: std::collections::HashMap<&'a str, &'a Value>,
}

impl<'a> Compared<'a> {
    /// Indexes the matters of `from` and `to`.
    pub fn new(from: &'a Value, to: &'a Value) -> Self {
        let index = |cat: &'a Value| {
            cat["matters"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|m| Some((m["code"].as_str()?, m)))
                .collect()
        };
        Compared {
            old: index(from),
            new: index(to),
        }
    }

    /// A modified matter as a clerk reads it: its name (the new list's) and the headings of the
    /// elements that changed (`承诺办结时限`、`申请材料`).
    pub fn modified(&self, code: &str) -> (String, Vec<&'static str>) {
        let (old, new) = (
            self.old.get(code).copied().unwrap_or(&Value::Null),
            self.new.get(code).copied().unwrap_or(&Value::Null),
        );
        let name = new["name"]
            .as_str()
            .or(old["name"].as_str())
            .unwrap_or_default()
            .to_string();
        let at = |m: &'a Value, path: &[&str]| -> Option<&'a Value> {
            let v = path.iter().fold(m, |v, k| &v[*k]);
            // An absent field and an empty one read alike in a workbook.
            match v {
                Value::Null => None,
                Value::Array(a) if a.is_empty() => None,
                Value::String(s) if s.is_empty() => None,
                other => Some(other),
            }
        };
        let mut fields: Vec<&'static str> = crate::schema::MATTERS
            .columns
            .iter()
            .filter(|c| at(old, c.path) != at(new, c.path))
            .map(|c| c.heading)
            .collect();
        for (key, heading) in [("materials", "申请材料"), ("form", "表单要素")] {
            if at(old, &[key]) != at(new, &[key]) {
                fields.push(heading);
            }
        }
        (name, fields)
    }
}

/// The sheets of a `catalog.diff` answer; `from` and `to` are the catalogs compared (for the
/// names and changed elements of modified matters).
pub fn diff(answer: &Value, from: &Value, to: &Value) -> Vec<OutSheet> {
    let compared = Compared::new(from, to);
    let list = |key: &str| answer[key].as_array().cloned().unwrap_or_default();
    let sheet = |name: &str, headings: &[&str], rows: Vec<Vec<Option<Out>>>| OutSheet {
        name: name.into(),
        headings: headings.iter().map(|h| h.to_string()).collect(),
        rows,
    };
    let basic = |key: &str, extra: &[&str]| -> Vec<Vec<Option<Out>>> {
        list(key)
            .iter()
            .map(|c| {
                let mut row = vec![text(c, "matter"), text(c, "name")];
                row.extend(extra.iter().map(|k| text(c, k)));
                row
            })
            .collect()
    };
    vec![
        sheet("新增", &["事项编码", "事项名称"], basic("added", &[])),
        sheet(
            "取消",
            &["事项编码", "事项名称", "取消理由"],
            basic("cancelled", &["reason"]),
        ),
        sheet(
            "下放",
            &["事项编码", "事项名称", "下放权限", "承接部门"],
            basic("devolved", &["power", "department"]),
        ),
        sheet(
            "合并",
            &["事项编码", "事项名称", "并入事项"],
            basic("merged", &["into"]),
        ),
        sheet(
            "修改",
            &["事项编码", "事项名称", "改动的要素"],
            list("modified")
                .iter()
                .filter_map(Value::as_str)
                .map(|m| {
                    let (name, fields) = compared.modified(m);
                    vec![
                        Some(Out::Text(m.to_string())),
                        Some(Out::Text(name)),
                        Some(Out::Text(fields.join("、"))),
                    ]
                })
                .collect(),
        ),
        sheet(
            "公布",
            &[
                "事项编码",
                "变更",
                "公布期限（公开公示办法第二十二条）",
                "送达查阅场所期限（第二十三条）",
            ],
            answer["publication"]["matters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| {
                    let change =
                        crate::change(p["change"].as_str().unwrap_or_default()).to_string();
                    vec![
                        text(p, "matter"),
                        Some(Out::Text(change)),
                        text(p, "publish_due"),
                        text(p, "reading_places_due"),
                    ]
                })
                .collect(),
        ),
        sheet(
            "问题",
            &["级别", "事项编码", "问题", "依据"],
            list("findings").iter().map(finding).collect(),
        ),
    ]
}
