//! The guide of a 一件事 (`tj-2022-onething` 三(一)1: "一件事一次办…办事指南"): its matters merged as
//! one form merges them — one order by 前置 relations, one set of materials (三(一)2: "一套材料、一次
//! 提交"), the lead department, the total promised time, and where to go and whom to call for
//! each matter. Each matter's gaps are its own guide's, so the bundle shows no element its matters
//! do not publish.

use super::matter::{el, opt, section, sections as matter_sections, text};
use super::messages::GuideMsg;
use super::{render, Element, Gap, Guide, Section};
use crate::catalog::{Bundle, Catalog};
use crate::error::Result;
use crate::form::merge::{merge, Request};
use crate::form::messages::FormMsg;
use crate::form::Form;
use crate::policy::Policy;
use crate::reason::{doc, Citation, Reason};
use foldhash::{HashMap, HashMapExt};

const fn t(article: &'static str) -> Citation {
    Citation::new(doc::TJ_2022_ONETHING, article)
}

/// The element `key` of a matter's guide, relabelled for the bundle.
fn take(sections: &[Section], key: &str, new_key: String, label: String) -> Option<Element> {
    let e = sections
        .iter()
        .flat_map(|s| &s.elements)
        .find(|e| e.key == key)?;
    Some(Element {
        key: new_key,
        label,
        ..e.clone()
    })
}

/// `bundle.guide`: the 办事指南 of the bundle `id`.
pub fn bundle_guide(cat: &Catalog, policy: &Policy, id: &str) -> Result<Guide> {
    let b = cat.require_bundle(id)?;
    let form = merge(
        cat,
        Request::Bundle {
            id: &b.id,
            choose: None,
        },
    )?;
    // Each matter's own guide: its elements and gaps.
    let mut per: Per = HashMap::with_capacity(form.order.len());
    for code in &form.order {
        if let Some(m) = cat.matter(code) {
            per.insert(code, matter_sections(cat, policy, m));
        }
    }
    let (places, fees) = places_and_fees(cat, &form, &per);
    let sections = vec![
        section("bundle", "一件事", t("三(一)"), head(cat, b, &form)),
        section("matters", "办理事项与顺序", t("三(一)1"), steps(cat, &form)),
        section("materials", "一套材料", t("三(一)2"), materials(cat, &form)),
        section(
            "time_limit",
            "办理时限",
            t("三(一)1"),
            time(cat, &form, &per),
        ),
        section(
            "places",
            "办理地点和电话",
            Citation::new(doc::TJ_2018_DISCLOSURE, "第十三条(一)"),
            places,
        ),
        section(
            "fee",
            "收费",
            Citation::new(doc::TJ_2018_DISCLOSURE, "第十五条"),
            fees,
        ),
    ];
    let mut gaps = Vec::new();
    for code in &form.order {
        if let Some((_, g)) = per.remove(&**code) {
            gaps.extend(g);
        }
    }
    let sample = form
        .order
        .iter()
        .any(|c| cat.matter(c).is_some_and(|m| m.sample));
    let reasons = reasons(&form, &sections);
    let title = format!("“{}”一件事办事指南", b.name);
    let (text, html) = render::render(&title, sample, &sections);
    Ok(Guide {
        matter: None,
        bundle: Some(b.id.clone()),
        name: title,
        sample,
        sections,
        gaps,
        text,
        html,
        reasons,
    })
}

/// Each matter's own guide sections and gaps, by code.
type Per<'c> = HashMap<&'c str, (Vec<Section>, Vec<Gap>)>;

fn name_of(cat: &Catalog, code: &str) -> String {
    cat.matter(code)
        .map_or(code.to_string(), |m| m.name.clone())
}

fn names(cat: &Catalog, ids: &[String]) -> String {
    ids.iter()
        .map(|d| cat.department_name(d))
        .collect::<Vec<_>>()
        .join("、")
}

/// 一件事: its name, number, audience, lead department and number of matters.
fn head(cat: &Catalog, b: &Bundle, form: &Form) -> Vec<Element> {
    let mut head = vec![el("name", "名称", b.name.clone(), t("三(一)"))];
    if let Some(n) = b.number {
        head.push(el("number", "序号", n.to_string(), t("三(一)")));
    }
    let audience = match b.audience.as_str() {
        "enterprise" => "企业（企业全生命周期）",
        "personal" => "个人（个人全生命周期）",
        other => other,
    };
    head.push(el("audience", "服务对象", audience.into(), t("二")));
    let mut lead = cat.department_name(&b.lead).to_string();
    if !b.co_leads.is_empty() {
        lead = format!("{lead}、{}", names(cat, &b.co_leads));
    }
    head.push(el("lead", "牵头单位", lead, t("四(二)")));
    head.push(el(
        "matter_count",
        "涉及事项",
        format!("{}项", form.matters.len()),
        t("三(一)1"),
    ));

    head
}

/// 办理事项与顺序: the matters in 前置 order with their responsible units.
fn steps(cat: &Catalog, form: &Form) -> Vec<Element> {
    let in_bundle: foldhash::HashSet<&str> = form.order.iter().map(|c| &**c).collect();
    let mut steps = Vec::with_capacity(form.matters.len());
    for (i, fm) in form.matters.iter().enumerate() {
        let before: Vec<String> = cat
            .matter(&fm.code)
            .map(|m| {
                m.after
                    .iter()
                    .filter(|a| in_bundle.contains(a.as_str()))
                    .map(|a| name_of(cat, a))
                    .collect()
            })
            .unwrap_or_default();
        let mut v = format!(
            "{}（{}）；责任单位：{}",
            fm.name, fm.code, fm.department.name
        );
        if !before.is_empty() {
            v.push_str(&format!("；前置事项：{}", before.join("、")));
        }
        if let Some(by) = &fm.pulled_in_by {
            v.push_str(&format!("；依法与{}一并办理", name_of(cat, by)));
        }
        steps.push(el(
            format!("matters[{i}]"),
            &format!("第{}步", i + 1),
            v,
            t("三(一)1"),
        ));
    }

    steps
}

/// 一套材料: one set, what an earlier matter produces not asked for.
fn materials(cat: &Catalog, form: &Form) -> Vec<Element> {
    let mut materials = Vec::with_capacity(form.materials.len());
    for (i, fm) in form.materials.iter().enumerate() {
        let needed: Vec<String> = fm.needed_by.iter().map(|c| name_of(cat, c)).collect();
        let v = match &fm.produced_by {
            Some(by) => format!("由{}的办理结果产生，无需提交", name_of(cat, by)),
            None => format!(
                "{}；用于{}",
                if fm.required { "必要" } else { "非必要" },
                needed.join("、")
            ),
        };
        materials.push(el(format!("materials[{i}]"), &fm.name, v, t("三(一)2")));
    }

    materials
}

/// 办理时限: each matter's promised limit, and the total along the 前置 chains (matters with no
/// 前置 relation between them run side by side).
fn time(cat: &Catalog, form: &Form, per: &Per) -> Vec<Element> {
    let mut time = Vec::with_capacity(form.order.len() + 1);
    let mut finish: HashMap<&str, Option<u32>> = HashMap::with_capacity(form.order.len());
    let mut total: Option<u32> = Some(0);
    let mut total_findings = Vec::new();
    for code in &form.order {
        let (secs, _) = &per[&**code];
        let name = name_of(cat, code);
        let key = "time_limit.promised_workdays";
        if let Some(e) = take(
            secs,
            key,
            format!("{code}.{key}"),
            format!("{name}承诺办结时限"),
        ) {
            total_findings.extend(e.findings.iter().copied());
            time.push(e);
        }
        let own = cat
            .matter(code)
            .and_then(|m| m.time_limit.as_ref())
            .and_then(|t| t.promised_workdays);
        let start = cat
            .matter(code)
            .map(|m| {
                m.after
                    .iter()
                    .filter_map(|a| finish.get(a.as_str()))
                    .try_fold(0u32, |acc, f| f.map(|f| acc.max(f)))
            })
            .unwrap_or(Some(0));
        let end = match (start, own) {
            (Some(s), Some(o)) => Some(s.saturating_add(o)),
            _ => None,
        };
        finish.insert(code, end);
        total = match (total, end) {
            (Some(a), Some(e)) => Some(a.max(e)),
            _ => None,
        };
    }
    let mut whole = opt(
        "total_promised_workdays",
        "合计承诺时限",
        total.map(|n| format!("{n}个工作日（前后置事项相加，并联事项取最长）")),
        t("三(一)1"),
    );
    whole.findings = total_findings;
    time.push(whole);

    time
}

/// 办理地点和电话 per matter, and 收费.
fn places_and_fees(cat: &Catalog, form: &Form, per: &Per) -> (Vec<Element>, Vec<Element>) {
    // 办理地点和电话, and 收费.
    let mut places = Vec::new();
    let mut fees = Vec::new();
    for code in &form.order {
        let (secs, _) = &per[&**code];
        let name = name_of(cat, code);
        for (key, label) in [
            ("place", "办理地点"),
            ("consult_phone", "咨询电话"),
            ("complaint_phone", "监督投诉电话"),
        ] {
            if let Some(e) = take(secs, key, format!("{code}.{key}"), format!("{name}{label}")) {
                places.push(e);
            }
        }
        if let Some(f) = cat.matter(code).and_then(|m| m.fee.as_ref()) {
            let s = format!("{}元", f.amount);
            let s = match text(&f.standard) {
                Some(x) => format!("{s}（{x}）"),
                None => s,
            };
            fees.push(el(
                format!("{code}.fee"),
                &name,
                s,
                Citation::new(doc::TJ_2018_DISCLOSURE, "第十五条"),
            ));
        }
    }
    if fees.is_empty() {
        fees.push(el(
            "fee",
            "收费",
            "各事项均不收费".into(),
            Citation::new(doc::TJ_2018_DISCLOSURE, "第十五条"),
        ));
    }

    (places, fees)
}

/// Why the guide is one (三(一)1), and what it lacks.
fn reasons(form: &Form, sections: &[Section]) -> Vec<Reason> {
    let mut reasons = vec![GuideMsg::Bundle.reason()];
    if form.reasons.iter().any(|r| r.code == FormMsg::Order.code()) {
        reasons.push(FormMsg::Order.reason());
    }
    reasons.extend(super::missing_reason(sections));
    reasons
}
