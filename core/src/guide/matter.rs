//! The guide of one matter: the ten sections of `tj-2018-disclosure` 第七条, each element from the
//! article that defines it (第八条 to 第十七条).

use super::messages::GuideMsg;
use super::{attach, findings_of, render, Element, Guide, Section, Status};
use crate::catalog::types::cite;
use crate::catalog::{Catalog, Matter};
use crate::error::Result;
use crate::lang::{scoped, Lang};
use crate::policy::{ParamId, Policy};
use crate::reason::{doc, Citation};

const fn d(article: &'static str) -> Citation {
    Citation::new(doc::TJ_2018_DISCLOSURE, article)
}

pub(super) fn el(key: impl Into<String>, label: &str, value: String, c: Citation) -> Element {
    Element {
        key: key.into(),
        label: label.into(),
        value: Some(value),
        status: Status::Present,
        citation: c,
        findings: Vec::new(),
    }
}

/// An element whose value may be absent: absent is missing (the lint decides, see [`attach`]).
pub(super) fn opt(key: &str, label: &str, value: Option<String>, c: Citation) -> Element {
    let status = if value.is_some() {
        Status::Present
    } else {
        Status::Missing
    };
    Element {
        key: key.into(),
        label: label.into(),
        value,
        status,
        citation: c,
        findings: Vec::new(),
    }
}

fn legal_default(key: &str, label: &str, value: String, c: Citation) -> Element {
    Element {
        status: Status::Default,
        ..el(key, label, value, c)
    }
}

pub(super) fn text(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn yes_no(b: bool) -> String {
    if b { "是" } else { "否" }.to_string()
}

fn basis_text(b: &crate::catalog::LegalBasis) -> String {
    let law = b.law.trim_matches(|c| c == '《' || c == '》');
    format!("《{law}》{}", b.article.as_deref().unwrap_or(""))
}

fn subject(cat: &Catalog, m: &Matter) -> Section {
    let name = |id: &Option<String>| id.as_deref().map(|d| cat.department_name(d).to_string());
    let mut e = Vec::new();
    // 行政主体 is written only when it differs from the implementing department (catalog format).
    if let Some(a) = name(&m.authority).or_else(|| name(&m.department)) {
        e.push(el("authority", "行政主体", a, d("第八条(一)")));
    }
    if let Some(c) = name(&m.competent_department) {
        e.push(el(
            "competent_department",
            "业务主管部门",
            c,
            d("第八条(二)"),
        ));
    }
    e.push(opt(
        "department",
        "实施部门",
        name(&m.department),
        d("第八条(三)"),
    ));
    e.push(opt(
        "audience",
        "服务对象",
        m.audience.map(|a| a.label().to_string()),
        d("第八条(四)"),
    ));
    section("subject", "办理主体", d("第八条"), e)
}

fn naming(cat: &Catalog, m: &Matter) -> Section {
    let mut e = vec![
        el("name", "事项名称", m.name.clone(), d("第九条")),
        el("code", "事项编码", m.code.clone(), d("第九条")),
    ];
    if let Some(l) = m.item_level {
        e.push(el("item_level", "事项层级", l.label().into(), d("第九条")));
    }
    if let Some(p) = &m.parent {
        let shown = cat
            .matter(p)
            .map_or(p.clone(), |x| format!("{}（{}）", x.name, x.code));
        e.push(el("parent", "所属事项", shown, d("第九条")));
    }
    e.push(opt(
        "kind",
        "事项类型",
        m.kind.map(|k| k.label().to_string()),
        cite::ELEMENTS,
    ));
    section("name", "事项名称", d("第九条"), e)
}

fn modes(m: &Matter) -> Section {
    let mut e = vec![
        opt(
            "category",
            "办理类别",
            m.category.map(|c| c.label().to_string()),
            d("第十条"),
        ),
        opt(
            "modes",
            "办理方式",
            (!m.modes.is_empty()).then(|| {
                m.modes
                    .iter()
                    .map(|x| x.label())
                    .collect::<Vec<_>>()
                    .join("、")
            }),
            d("第十条"),
        ),
    ];
    let online = m.modes.contains(&crate::catalog::types::Mode::Online);
    if online || text(&m.online_url).is_some() {
        e.push(opt(
            "online_url",
            "网上办理地址",
            text(&m.online_url),
            d("第十条(二)"),
        ));
    }
    section("modes", "办理类别与方式", d("第十条"), e)
}

fn basis(m: &Matter) -> Section {
    let (setting, other): (Vec<_>, Vec<_>) = m.legal_basis.iter().partition(|b| b.is_setting());
    let join = |v: &[&crate::catalog::LegalBasis]| {
        v.iter()
            .map(|b| basis_text(b))
            .collect::<Vec<_>>()
            .join("；")
    };
    let mut e = Vec::new();
    // Bases all marked 其他依据 show no 设定依据 line: only what the catalog says is shown.
    if !setting.is_empty() || other.is_empty() {
        e.push(opt(
            "legal_basis",
            "设定依据",
            (!setting.is_empty()).then(|| join(&setting)),
            d("第十一条"),
        ));
    }
    if !other.is_empty() {
        e.push(el(
            "legal_basis.other",
            "其他依据",
            join(&other),
            d("第十一条"),
        ));
    }
    section("basis", "法定依据", d("第十一条"), e)
}

fn material_text(cat: &Catalog, mm: &crate::catalog::MatterMaterial) -> String {
    let Some(x) = cat.material(&mm.material) else {
        return mm.material.clone();
    };
    let mut parts: Vec<String> = vec![if mm.required { "必要" } else { "非必要" }.into()];
    let unknown = "未公布";
    parts.push(format!(
        "材料位阶：{}",
        x.rank.map_or(unknown, |r| r.label())
    ));
    parts.push(format!(
        "材料属性：{}",
        x.attribute.map_or(unknown, |r| r.label())
    ));
    parts.push(format!(
        "材料来源：{}",
        x.source.map_or(unknown, |r| r.label())
    ));
    parts.push(format!(
        "准备要点：{}",
        text(&x.notes).as_deref().unwrap_or(unknown)
    ));
    if let Some(a) = text(&mm.acceptance) {
        parts.push(format!("受理标准：{a}"));
    }
    if let Some(c) = mm.copies {
        parts.push(format!("{c}份"));
    }
    for (label, v) in [
        ("材料模板", &x.template),
        ("空白表格", &x.blank),
        ("示范文本", &x.sample),
    ] {
        if let Some(v) = text(v) {
            parts.push(format!("{label}：{v}"));
        }
    }
    if let Some(s) = text(&x.shared_source) {
        parts.push(format!("可由{s}共享获取"));
    }
    if mm.deferrable || x.deferrable {
        parts.push("可容缺后补".into());
    }
    format!("{}（{}）", x.name, parts.join("；"))
}

fn conditions(cat: &Catalog, m: &Matter) -> Section {
    let mut e = vec![opt(
        "level",
        "行使层级",
        m.level.map(|l| l.label().to_string()),
        d("第十二条(一)"),
    )];
    e.push(if m.conditions.is_empty() {
        legal_default(
            "conditions",
            "申请条件",
            "法律法规规章没有明确规定申请条件，按要求备齐申请材料后即可申报".into(),
            d("第十二条(三)"),
        )
    } else {
        el(
            "conditions",
            "申请条件",
            m.conditions.join("；"),
            d("第十二条(三)"),
        )
    });
    if m.materials.is_empty() {
        e.push(el(
            "materials",
            "申请材料",
            "无需提交申请材料".into(),
            d("第十二条(四)"),
        ));
    }
    for (j, mm) in m.materials.iter().enumerate() {
        e.push(el(
            format!("materials[{j}]"),
            "申请材料",
            material_text(cat, mm),
            d("第十二条(四)"),
        ));
    }
    section("conditions", "申请条件和材料", d("第十二条"), e)
}

fn procedure(m: &Matter) -> Section {
    let mut e = vec![
        opt("place", "办理地点", text(&m.place), d("第十三条(一)2")),
        opt(
            "consult_phone",
            "咨询电话",
            text(&m.consult_phone),
            d("第十三条(一)3"),
        ),
    ];
    let steps: Vec<&str> = m.special_steps.iter().map(|s| s.label()).collect();
    e.push(el(
        "special_steps",
        "审查环节",
        if steps.is_empty() {
            "无特殊环节".into()
        } else {
            steps.join("、")
        },
        d("第十三条(三)"),
    ));
    e.push(opt(
        "outcome",
        "办理结果",
        m.outcome.as_ref().map(|o| match text(&o.sample) {
            Some(s) => format!("{}（示范样本：{s}）", o.form),
            None => o.form.clone(),
        }),
        d("第十三条(四)"),
    ));
    e.push(match text(&m.quantity_limit) {
        Some(q) => el("quantity_limit", "数量限制", q, d("第十三条(五)")),
        None => legal_default(
            "quantity_limit",
            "数量限制",
            "法律法规规章未规定数量限制".into(),
            d("第十三条(五)"),
        ),
    });
    e.push(match text(&m.validity) {
        Some(v) => el("validity", "有效期限", v, d("第十三条(六)")),
        None => legal_default(
            "validity",
            "有效期限",
            "长期有效（法律法规规章未规定有效期限）".into(),
            d("第十三条(六)"),
        ),
    });
    e.push(match text(&m.scope) {
        Some(v) => el("scope", "适用范围", v, d("第十三条(六)")),
        None => legal_default(
            "scope",
            "适用范围",
            "全国范围内有效（法律法规规章未限定地域）".into(),
            d("第十三条(六)"),
        ),
    });
    section("procedure", "办理程序", d("第十三条"), e)
}

fn time_limit(m: &Matter, policy: &Policy) -> Section {
    let zh = |p: crate::calendar::Period| scoped(Lang::Zh, || p.describe());
    let paused = if m.special_steps.iter().any(|s| s.is_special()) {
        "（不含听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的时限）"
    } else {
        ""
    };
    let t = m.time_limit.as_ref();
    let statutory = match t.and_then(|t| t.statutory_workdays) {
        Some(n) => el(
            "time_limit.statutory_workdays",
            "法定办结时限",
            format!("{n}个工作日{paused}"),
            d("第十四条(一)"),
        ),
        None => legal_default(
            "time_limit.statutory_workdays",
            "法定办结时限",
            format!(
                "{}{paused}（法律法规规章未规定，以《中华人民共和国行政许可法》第四十二条为准）",
                zh(policy.period(ParamId::StatutoryDefault))
            ),
            cite::STATUTORY_DEFAULT,
        ),
    };
    let promised = opt(
        "time_limit.promised_workdays",
        "承诺办结时限",
        t.and_then(|t| t.promised_workdays)
            .map(|n| format!("{n}个工作日{paused}")),
        d("第十四条(二)"),
    );
    section(
        "time_limit",
        "办理时限",
        d("第十四条"),
        vec![statutory, promised],
    )
}

fn fee(m: &Matter) -> Section {
    let e = match &m.fee {
        None => el("fee", "收费", "不收费".into(), d("第十五条")),
        Some(f) => {
            let mut s = format!("{}元", f.amount);
            for (label, v) in [("收费标准", &f.standard), ("收费依据", &f.basis)] {
                s.push_str(&format!(
                    "；{label}：{}",
                    text(v).as_deref().unwrap_or("未公布")
                ));
            }
            el("fee", "收费", s, d("第十五条"))
        }
    };
    section("fee", "收费", d("第十五条"), vec![e])
}

fn complaint(m: &Matter) -> Section {
    let e = opt(
        "complaint_phone",
        "监督投诉电话",
        text(&m.complaint_phone),
        d("第十六条"),
    );
    section("complaint", "效能投诉", d("第十六条"), vec![e])
}

fn convenience(cat: &Catalog, m: &Matter) -> Section {
    let Some(c) = &m.convenience else {
        let e = opt("convenience", "办理便捷度", None, d("第十七条"));
        return section("convenience", "办理便捷度", d("第十七条"), vec![e]);
    };
    let mut e = vec![
        el(
            "convenience.delivery",
            "是否物流快递",
            yes_no(c.delivery),
            d("第十七条(一)"),
        ),
        el(
            "convenience.appointment",
            "是否支持预约",
            yes_no(c.appointment),
            d("第十七条(二)"),
        ),
    ];
    let joint = if c.joint {
        let names: Vec<&str> = c
            .joint_departments
            .iter()
            .map(|x| cat.department_name(x))
            .collect();
        format!("是（{}）", names.join("、"))
    } else {
        "否".into()
    };
    e.push(el(
        "convenience.joint",
        "是否涉及联办",
        joint,
        d("第十七条"),
    ));
    for (k, f) in c.faq.iter().enumerate() {
        e.push(el(
            format!("convenience.faq[{k}]"),
            "问题和解答",
            format!("问：{} 答：{}", f.q, f.a),
            d("第十七条"),
        ));
    }
    if let Some(s) = c.scope {
        e.push(el(
            "convenience.scope",
            "通办范围",
            s.label().into(),
            d("第十七条"),
        ));
    }
    section("convenience", "办理便捷度", d("第十七条"), e)
}

pub(super) fn section(
    key: &'static str,
    title: &'static str,
    c: Citation,
    elements: Vec<Element>,
) -> Section {
    Section {
        key,
        title,
        citation: c,
        elements,
    }
}

/// The sections of `m`'s guide, marked with the lint's findings, and those findings as gaps.
pub(super) fn sections(
    cat: &Catalog,
    policy: &Policy,
    m: &Matter,
) -> (Vec<Section>, Vec<super::Gap>) {
    let mut s = vec![
        subject(cat, m),
        naming(cat, m),
        modes(m),
        basis(m),
        conditions(cat, m),
        procedure(m),
        time_limit(m, policy),
        fee(m),
        complaint(m),
        convenience(cat, m),
    ];
    let gaps = attach(&m.code, &mut s, findings_of(cat, policy, m));
    (s, gaps)
}

/// `matter.guide`: the 办事指南 of the matter `code`.
pub fn matter_guide(cat: &Catalog, policy: &Policy, code: &str) -> Result<Guide> {
    let m = cat.require_matter(code, || "code".into())?;
    let (sections, gaps) = sections(cat, policy, m);
    let mut reasons = vec![
        GuideMsg::Elements.reason(),
        GuideMsg::WhatWhereHowLong.reason(),
        GuideMsg::SameSource.reason(),
    ];
    reasons.extend(super::missing_reason(&sections));
    let title = format!("{}办事指南", m.name);
    let (text, html) = render::render(&title, m.sample, &sections);
    Ok(Guide {
        matter: Some(m.code.clone()),
        bundle: None,
        name: title,
        sample: m.sample,
        sections,
        gaps,
        text,
        html,
        reasons,
    })
}
