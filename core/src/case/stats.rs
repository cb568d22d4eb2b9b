//! 综合考评 — figures per department and per matter over many cases (`tj-2018-onenet` 第二十三条):
//! cases, on-time share, handling working days against the limits (median, 90th percentile),
//! findings by kind, visits per case, 好差评 shares, and the 最多跑一次 / 减时限 targets met or not.

use super::event::Grade;
use super::finding::FindingKind;
use super::messages::CaseText;
use crate::catalog::{Catalog, Matter};
use crate::reason::{doc, Citation};
use serde::Serialize;
use std::collections::HashMap;

/// What the figures need of one case.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    /// Whether decided.
    pub decided: bool,
    /// Within the promised (else statutory) limit, when decided.
    pub on_time: Option<bool>,
    /// Working days from acceptance to decision without paused days, when decided.
    pub handling: Option<i64>,
    /// The statutory limit in force (with extension).
    pub statutory: u32,
    /// Visits.
    pub visits: u32,
    /// 好差评.
    pub evaluation: Option<Grade>,
    /// Findings, as [`FindingKind::bit`]s.
    pub findings: u32,
}

#[derive(Default)]
struct Acc {
    cases: u64,
    decided: u64,
    on_time: u64,
    handling: Vec<i64>,
    handling_sum: i64,
    statutory_sum: i64,
    findings: [u64; FindingKind::ALL.len()],
    visits: u64,
    one_visit: u64,
    grades: [u64; Grade::ALL.len()],
}

impl Acc {
    fn add(&mut self, r: &Row) {
        self.cases += 1;
        self.visits += u64::from(r.visits);
        self.one_visit += u64::from(r.visits <= 1);
        if r.decided {
            self.decided += 1;
            self.on_time += u64::from(r.on_time == Some(true));
            if let Some(h) = r.handling {
                self.handling.push(h);
                self.handling_sum += h;
                self.statutory_sum += i64::from(r.statutory);
            }
        }
        for (k, n) in FindingKind::ALL.iter().zip(self.findings.iter_mut()) {
            *n += u64::from(r.findings & k.bit() != 0);
        }
        if let Some(g) = r.evaluation {
            self.grades[g as usize] += 1;
        }
    }

    fn figures(mut self) -> Figures {
        let share = |a: u64, b: u64| (b > 0).then(|| round4(a as f64 / b as f64));
        let (median, p90) = (rank(&mut self.handling, 50), rank(&mut self.handling, 90));
        let evaluated: u64 = self.grades.iter().sum();
        let satisfied = self.grades[..3].iter().sum();
        let one_visit_share = share(self.one_visit, self.cases);
        let time_reduction = (self.statutory_sum > 0)
            .then(|| round4(1.0 - self.handling_sum as f64 / self.statutory_sum as f64));
        Figures {
            cases: self.cases,
            decided: self.decided,
            on_time: self.on_time,
            on_time_share: share(self.on_time, self.decided),
            handling_median_workdays: median,
            handling_p90_workdays: p90,
            findings: FindingKind::ALL
                .iter()
                .zip(self.findings)
                .filter(|(_, n)| *n > 0)
                .map(|(k, n)| (k.name(), n))
                .collect(),
            visits_per_case: share(self.visits, self.cases),
            evaluated,
            evaluations: Grade::ALL
                .iter()
                .zip(self.grades)
                .filter(|(_, n)| *n > 0)
                .map(|(g, n)| (g.name(), n))
                .collect(),
            satisfied_share: share(satisfied, evaluated),
            targets: vec![
                Target::new(
                    "one_visit",
                    one_visit_share,
                    ONE_VISIT_TARGET,
                    TARGET_CITATION,
                ),
                Target::new(
                    "time_reduction",
                    time_reduction,
                    TIME_REDUCTION_TARGET,
                    TARGET_CITATION,
                ),
            ],
        }
    }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The nearest-rank `p`-th percentile (the smallest value with at least p % of the values at or
/// below it); linear time.
fn rank(v: &mut [i64], p: usize) -> Option<i64> {
    if v.is_empty() {
        return None;
    }
    let k = (v.len() * p).div_ceil(100).max(1) - 1;
    Some(*v.select_nth_unstable(k).1)
}

/// 最多跑一次 ≥ 90 % and 承诺时限比法定时限减少 ≥ 60 % (`tj-2018-notice` 三(四)).
const ONE_VISIT_TARGET: f64 = 0.9;
const TIME_REDUCTION_TARGET: f64 = 0.6;
const TARGET_CITATION: Citation = Citation::new(doc::TJ_2018_NOTICE, "三(四)");

/// A reform target, measured on the records.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "CaseTarget"))]
pub struct Target {
    /// `one_visit` (share of cases with at most one visit) or `time_reduction` (1 − handling
    /// working days / statutory working days, over decided cases).
    pub target: &'static str,
    /// The measured value.
    pub value: Option<f64>,
    /// The threshold.
    pub threshold: f64,
    /// Whether met (none without cases to measure).
    pub met: Option<bool>,
    /// Why.
    pub citation: Citation,
}

impl Target {
    fn new(target: &'static str, value: Option<f64>, threshold: f64, citation: Citation) -> Self {
        Target {
            target,
            value,
            threshold,
            met: value.map(|v| v >= threshold),
            citation,
        }
    }
}

/// The figures of one department or matter.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Figures {
    /// Cases.
    pub cases: u64,
    /// Decided cases.
    pub decided: u64,
    /// Decided within the promised (else statutory) limit.
    pub on_time: u64,
    /// on_time / decided.
    pub on_time_share: Option<f64>,
    /// Median handling working days (nearest rank).
    pub handling_median_workdays: Option<i64>,
    /// 90th percentile of handling working days (nearest rank).
    pub handling_p90_workdays: Option<i64>,
    /// Findings by kind (kinds with none left out).
    pub findings: std::collections::BTreeMap<&'static str, u64>,
    /// Visits per case.
    pub visits_per_case: Option<f64>,
    /// Cases evaluated (好差评).
    pub evaluated: u64,
    /// Evaluations by grade.
    pub evaluations: std::collections::BTreeMap<&'static str, u64>,
    /// 非常满意 + 满意 + 基本满意 over evaluated.
    pub satisfied_share: Option<f64>,
    /// The reform targets.
    pub targets: Vec<Target>,
}

/// A department's figures.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DepartmentFigures<'a> {
    /// Department id (none for matters without one).
    pub department: Option<&'a str>,
    /// Its name.
    pub name: Option<&'a str>,
    /// Figures.
    #[serde(flatten)]
    pub figures: Figures,
}

/// A matter's figures, with its published limits.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MatterFigures<'a> {
    /// Code.
    pub matter: &'a str,
    /// Name.
    pub name: &'a str,
    /// Department.
    pub department: Option<&'a str>,
    /// 承诺办结时限.
    pub promised_workdays: Option<u32>,
    /// 法定办结时限.
    pub statutory_workdays: Option<u32>,
    /// Figures.
    #[serde(flatten)]
    pub figures: Figures,
}

/// What each figure means and the article behind it.
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Legend {
    /// Figure name.
    pub figure: &'static str,
    /// Meaning.
    pub meaning: &'static str,
    /// Why.
    pub citation: Citation,
}

/// Each figure: its name, its meaning in Chinese and in English, and the article behind it.
const LEGEND: [(&str, &str, &str, Citation); 6] = [
    ("on_time_share", "已办结案件中在承诺时限内办结的比例（未承诺时限的按法定时限）", "decided cases decided within the promised limit (the statutory one where none is promised)", Citation::new(doc::TJ_2018_DISCLOSURE, "第十四条")),
    ("handling_median_workdays", "自受理至作出决定的工作日数，不含暂停计时的特殊环节；中位数和第90百分位数按最近秩法计算", "working days from acceptance to decision, paused special steps not counted; median and 90th percentile by nearest rank", Citation::new(doc::PRC_LICENSING_LAW, "第四十五条")),
    ("findings", "电子监察发现的问题，按时效性、流程合法性、内容规范性和收费分类", "electronic supervision findings by kind: timeliness, process legality, content and fees", Citation::new(doc::TJ_2018_ONENET, "第三十四条")),
    ("visits_per_case", "每件平均到现场次数（窗口收件计一次），对照“最多跑一次”", "visits in person per case (a window receipt counts), against 最多跑一次", Citation::new(doc::TJ_2018_NOTICE, "三(四)")),
    ("evaluations", "已评价案件的“好差评”等级", "好差评 grades of the evaluated cases", Citation::new(doc::TJ_2022_ONETHING, "四(四)")),
    ("departments", "依据办件记录对各部门进行综合分析、综合考评", "综合分析、综合考评 of each department on its case records", Citation::new(doc::TJ_2018_ONENET, "第二十三条")),
];

/// `case.stats`: the figures of every department and matter.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "CaseStats"))]
pub struct Stats<'a> {
    /// Cases counted.
    pub cases: u64,
    /// All cases together.
    pub overall: Figures,
    /// Per department, by id.
    pub departments: Vec<DepartmentFigures<'a>>,
    /// Per matter, by code.
    pub matters: Vec<MatterFigures<'a>>,
    /// What each figure means.
    pub legend: Vec<Legend>,
}

/// Aggregates rows of cases, each with its matter. Linear in the rows (percentiles by
/// selection, not sorting).
pub fn stats<'a>(
    catalog: &'a Catalog,
    rows: impl IntoIterator<Item = (&'a Matter, Row)>,
) -> Stats<'a> {
    let mut all = Acc::default();
    let mut by_matter: HashMap<&'a str, (&'a Matter, Acc)> = HashMap::new();
    let mut by_department: HashMap<Option<&'a str>, Acc> = HashMap::new();
    for (m, r) in rows {
        all.add(&r);
        by_matter
            .entry(m.code.as_str())
            .or_insert_with(|| (m, Acc::default()))
            .1
            .add(&r);
        by_department
            .entry(m.department.as_deref())
            .or_default()
            .add(&r);
    }
    let mut departments: Vec<DepartmentFigures<'a>> = by_department
        .into_iter()
        .map(|(d, acc)| DepartmentFigures {
            department: d,
            name: d
                .and_then(|d| catalog.department(d))
                .map(|x| x.name.as_str()),
            figures: acc.figures(),
        })
        .collect();
    departments.sort_by(|a, b| a.department.cmp(&b.department));
    let mut matters: Vec<MatterFigures<'a>> = by_matter
        .into_values()
        .map(|(m, acc)| MatterFigures {
            matter: &m.code,
            name: &m.name,
            department: m.department.as_deref(),
            promised_workdays: m.time_limit.as_ref().and_then(|t| t.promised_workdays),
            statutory_workdays: m.time_limit.as_ref().and_then(|t| t.statutory_workdays),
            figures: acc.figures(),
        })
        .collect();
    matters.sort_by(|a, b| a.matter.cmp(b.matter));
    let overall = all.figures();
    Stats {
        cases: overall.cases,
        overall,
        departments,
        matters,
        legend: LEGEND
            .iter()
            .map(|&(figure, zh, en, citation)| Legend {
                figure,
                meaning: match crate::lang::current() {
                    crate::lang::Lang::Zh => zh,
                    crate::lang::Lang::En => en,
                },
                citation,
            })
            .collect(),
    }
}

impl Stats<'_> {
    /// The figures as JSON text (the `case.stats` answer without `today` and `refused`).
    pub fn to_json(&self) -> crate::Result<String> {
        serde_json::to_string(self).map_err(|e| {
            crate::Error::new(
                crate::ErrorCode::InternalPanic,
                CaseText::FiguresNotWritten {
                    error: e.to_string(),
                }
                .message(),
            )
        })
    }
}
