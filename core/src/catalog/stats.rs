//! `catalog.stats` — how a catalog measures against the reform targets of SPEC §2 ("五减",
//! `tj-2018-notice` 二, 三): online share, "最多跑一次" share (overall and per department),
//! time-limit compression, licences within 5 working days, and material counts; where the catalog
//! dates the publication of its matters, the coverage of the published 事项清单 (70 % by
//! 2018-04-25 and 90 % by 2018-06-20, `tj-2018-notice` 一(五); 90 % within the year, 一(四)). Every
//! target is reported with its value, target, `met` and citation. The reduction targets of
//! 三(三) (special steps) and 三(五) (certificates) need the earlier catalog: `catalog.diff`.

use super::types::{cite, Mode};
use super::Catalog;
use crate::calendar::Period;
use crate::policy::Used;
use crate::policy::{ParamId, Policy};
use crate::reason::{doc, Citation};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

fn ratio(num: usize, den: usize) -> Decimal {
    if den == 0 {
        Decimal::ZERO
    } else {
        Decimal::from(num as u64) / Decimal::from(den as u64)
    }
}

fn dec(d: Decimal) -> String {
    d.round_dp(4).normalize().to_string()
}

fn days(p: Period) -> u32 {
    p.len()
}

/// A coverage target: name, label, the day (y, m, d), the share in percent, the citation.
type Coverage = (&'static str, &'static str, (i32, u32, u32), i64, Citation);

/// The coverage targets of the 2018 事项清单: share of in-scope matters published by a day.
const COVERAGE: [Coverage; 3] = [
    (
        "published_first_batch_share",
        "第一批事项目录占比",
        (2018, 4, 25),
        70,
        Citation::new(doc::TJ_2018_NOTICE, "一(五)"),
    ),
    (
        "published_second_batch_share",
        "第二批事项目录占比",
        (2018, 6, 20),
        90,
        Citation::new(doc::TJ_2018_NOTICE, "一(五)"),
    ),
    (
        "published_year_share",
        "年内“政务一网通”事项占比",
        (2018, 12, 31),
        90,
        Citation::new(doc::TJ_2018_NOTICE, "一(四)"),
    ),
];

/// The statistics of a catalog, as `catalog.stats` returns them. Linear in its size.
pub fn stats<'a>(cat: &Catalog, policy: &'a Policy) -> Stats<'a> {
    let data = cat.data();
    let matters: Vec<_> = data
        .matters
        .iter()
        .filter(|m| m.kind.is_none_or(|k| k.in_scope()))
        .collect();
    let n = matters.len();
    let online = matters
        .iter()
        .filter(|m| m.modes.contains(&Mode::Online))
        .count();
    let once = matters.iter().filter(|m| at_most_once(m)).count();
    let compression_min = policy.ratio(ParamId::CompressionMin);

    let Sums {
        with_limits,
        sum_stat,
        sum_prom,
        sum_comp,
        compressed,
        licences,
        licences_ok,
    } = sums(&matters, policy);
    let avg = |sum: u64| {
        if with_limits == 0 {
            Decimal::ZERO
        } else {
            Decimal::from(sum) / Decimal::from(with_limits as u64)
        }
    };
    let online_min = policy.ratio(ParamId::OnlineShareMin);
    let once_min = policy.ratio(ParamId::OneVisitShareMin);
    let departments = departments(cat, &matters, once_min);
    let references: usize = matters.iter().map(|m| m.materials.len()).sum();
    let distinct: HashSet<&str> = matters
        .iter()
        .flat_map(|m| m.materials.iter().map(|x| x.material.as_str()))
        .collect();
    let mut targets = vec![
        target(
            "online_share",
            "网上办事项比例",
            ratio(online, n),
            online_min,
            online,
            n,
            cite::ONLINE_SHARE,
        ),
        target(
            "at_most_once_share",
            "最多跑一次事项比例",
            ratio(once, n),
            once_min,
            once,
            n,
            cite::COMPRESSION,
        ),
        target(
            "compression_share",
            "承诺时限压缩达标比例",
            ratio(compressed, with_limits),
            Decimal::ONE,
            compressed,
            with_limits,
            cite::COMPRESSION,
        ),
        target(
            "license_within_target_share",
            "许可证照承诺时限达标比例",
            ratio(licences_ok, licences),
            Decimal::ONE,
            licences_ok,
            licences,
            cite::COMPRESSION,
        ),
    ];
    coverage(&matters, &mut targets);
    Stats {
        matters: data.matters.len(),
        in_scope: n,
        targets,
        limits: Limits {
            matters_with_limits: with_limits,
            average_statutory_workdays: dec(avg(sum_stat)),
            average_promised_workdays: dec(avg(sum_prom)),
            average_compression: dec(if with_limits == 0 {
                Decimal::ZERO
            } else {
                sum_comp / Decimal::from(with_limits as u64)
            }),
            compression_target: dec(compression_min),
        },
        materials: Materials {
            references,
            distinct: distinct.len(),
            per_matter: dec(ratio(references, n)),
        },
        departments,
        policy: policy.used(USED),
    }
}

/// The sums over the matters with both limits published (第十四条; 通知 三(四)).
#[derive(Default)]
struct Sums {
    with_limits: usize,
    sum_stat: u64,
    sum_prom: u64,
    sum_comp: Decimal,
    compressed: usize,
    licences: usize,
    licences_ok: usize,
}

fn sums(matters: &[&super::Matter], policy: &Policy) -> Sums {
    let statutory_default = days(policy.period(ParamId::StatutoryDefault));
    let license_max = days(policy.period(ParamId::LicensePromisedMax));
    let compression_min = policy.ratio(ParamId::CompressionMin);
    let mut s = Sums::default();
    for m in matters {
        let Some(t) = &m.time_limit else { continue };
        let Some(p) = t.promised_workdays else {
            continue;
        };
        let st = t.statutory_workdays.unwrap_or(statutory_default);
        s.with_limits += 1;
        s.sum_stat += u64::from(st);
        s.sum_prom += u64::from(p);
        let c = if st == 0 {
            Decimal::ZERO
        } else {
            (Decimal::from(st) - Decimal::from(p)) / Decimal::from(st)
        };
        s.sum_comp += c;
        s.compressed += usize::from(c >= compression_min);
        if m.issues_license {
            s.licences += 1;
            s.licences_ok += usize::from(p <= license_max);
        }
    }
    s
}

fn at_most_once(m: &super::Matter) -> bool {
    m.modes.contains(&Mode::Online) || m.modes.contains(&Mode::OneVisit)
}

/// Each department's share of 最多跑一次 matters.
fn departments(
    cat: &Catalog,
    matters: &[&super::Matter],
    once_min: Decimal,
) -> Vec<DepartmentShare> {
    let mut per_dept: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for m in matters {
        if let Some(d) = &m.department {
            let e = per_dept.entry(d.as_str()).or_default();
            e.0 += 1;
            e.1 += usize::from(at_most_once(m));
        }
    }
    per_dept
        .iter()
        .map(|(d, (total, ok))| {
            let share = ratio(*ok, *total);
            DepartmentShare {
                department: d.to_string(),
                name: cat.department_name(d).to_string(),
                matters: *total,
                at_most_once: *ok,
                share: dec(share),
                target: dec(once_min),
                met: share >= once_min,
            }
        })
        .collect()
}

fn target(
    name: &'static str,
    label: &'static str,
    value: Decimal,
    target: Decimal,
    count: usize,
    of: usize,
    citation: Citation,
) -> Target {
    Target {
        name,
        label,
        value: dec(value),
        target: dec(target),
        met: of > 0 && value >= target,
        applicable: of > 0,
        count,
        of,
        citation,
        by: None,
    }
}

/// Coverage of the published 事项清单 (一(四), 一(五)), where the catalog dates publication.
fn coverage(matters: &[&super::Matter], targets: &mut Vec<Target>) {
    let n = matters.len();
    if matters.iter().any(|m| m.published_on.is_some()) {
        for (name, label, by, share, citation) in COVERAGE {
            let by = NaiveDate::from_ymd_opt(by.0, by.1, by.2).unwrap_or(NaiveDate::MIN);
            let count = matters
                .iter()
                .filter(|m| m.published_on.is_some_and(|d| d <= by))
                .count();
            let mut t = target(
                name,
                label,
                ratio(count, n),
                Decimal::new(share, 2),
                count,
                n,
                citation,
            );
            t.by = Some(by);
            targets.push(t);
        }
    }
}

const USED: &[ParamId] = &[
    ParamId::OnlineShareMin,
    ParamId::OneVisitShareMin,
    ParamId::CompressionMin,
    ParamId::LicensePromisedMax,
    ParamId::StatutoryDefault,
];

/// A reform target measured on the catalog.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "StatsTarget"))]
pub struct Target {
    /// Stable name.
    pub name: &'static str,
    /// The Chinese term.
    pub label: &'static str,
    /// The share reached (decimal string).
    pub value: String,
    /// The share required.
    pub target: String,
    /// Whether the target is met (never when it does not apply).
    pub met: bool,
    /// Whether any matter falls under the target (不适用 when none: a catalog without a matter
    /// that issues a 许可证照 neither meets nor misses the licence target).
    pub applicable: bool,
    /// Matters that count.
    pub count: usize,
    /// Out of.
    pub of: usize,
    /// Where the target comes from.
    pub citation: Citation,
    /// The day by which it is due, for dated targets.
    #[serde(skip_serializing_if = "Option::is_none", with = "crate::date::ymd_opt")]
    pub by: Option<NaiveDate>,
}

/// Time limits over the matters that state both.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Limits {
    /// Matters with a promised limit.
    pub matters_with_limits: usize,
    /// Average statutory working days.
    pub average_statutory_workdays: String,
    /// Average promised working days.
    pub average_promised_workdays: String,
    /// Average compression (statutory − promised) / statutory.
    pub average_compression: String,
    /// The compression target.
    pub compression_target: String,
}

/// Material references.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Materials {
    /// References from matters.
    pub references: usize,
    /// Distinct materials referenced.
    pub distinct: usize,
    /// References per in-scope matter.
    pub per_matter: String,
}

/// 最多跑一次 per department.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DepartmentShare {
    /// Department id.
    pub department: String,
    /// Its name.
    pub name: String,
    /// Its in-scope matters.
    pub matters: usize,
    /// Of which 最多跑一次.
    pub at_most_once: usize,
    /// The share.
    pub share: String,
    /// The target share.
    pub target: String,
    /// Whether it is met.
    pub met: bool,
}

/// The statistics of a catalog (`catalog.stats`).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "CatalogStats"))]
pub struct Stats<'a> {
    /// Matters in the catalog.
    pub matters: usize,
    /// Of which in the scope of 政务服务事项.
    pub in_scope: usize,
    /// The reform targets.
    pub targets: Vec<Target>,
    /// Time limits.
    pub limits: Limits,
    /// Materials.
    pub materials: Materials,
    /// Per department.
    pub departments: Vec<DepartmentShare>,
    /// The parameters used.
    pub policy: Used<'a>,
}
