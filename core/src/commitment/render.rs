//! 告知承诺书 — the letter an applicant signs for a matter (`tj-2018-commitment` 第十二条, 第十三条,
//! 第十四条(二)), rendered as plain text and as a printable HTML page (A4, the reader's own Chinese
//! fonts, nothing loaded from outside). What the applicant affirms is the eight items of 第十二条
//! word for word; the materials still to supply carry their due day, marked 暂定 when the
//! calendar that gives it is projected.

use super::messages::{CommitmentText, LetterMsg};
use crate::calendar::Calendar;
use crate::catalog::{Catalog, Matter};
use crate::error::{Error, ErrorCode, Result};
use crate::lang::zh_date;
use crate::policy::{ParamId, Policy};
use crate::reason::Reason;
use chrono::NaiveDate;
use std::fmt::Write as _;

/// The eight affirmations of 第十二条, as the measure words them.
pub const AFFIRMATIONS: [&str; 8] = [
    "已认真学习了相关法律法规规章和规范性文件，了解了该项行政许可的有关要求，对有关规定的内容已经知晓和全面理解。",
    "自身能够满足办理该事项的条件、标准和技术要求。",
    "对于尚未提供的材料，能够在规定期限内予以提供，并符合法定形式和标准。",
    "所提供的申请材料实质内容均真实、合法、有效。",
    "所提供的纸质申请材料和电子申请材料内容完全一致。",
    "主动接受有关监管部门的监督和管理。",
    "对违反上述承诺的行为或超越行政许可范围进行活动的行为，与审批机关无关，愿意承担相应的法律责任。因违反有关法律法规及承诺，被撤销行政许可决定所造成的经济和法律后果，愿意自行承担。",
    "以上陈述真实、有效，是其真实意思的表示。",
];

const NUMERALS: [&str; 8] = ["一", "二", "三", "四", "五", "六", "七", "八"];

/// What the letter is made from.
#[derive(Debug, Clone)]
pub struct LetterRequest<'a> {
    /// The matter.
    pub matter: &'a str,
    /// 行政相对人名称 (the applicant's name as it stands in the letter).
    pub applicant_name: &'a str,
    /// The applicant's code (统一社会信用代码 or 公民身份号码), printed for the department.
    pub applicant_code: Option<&'a str>,
    /// 委托代理人, when one signs (第十四条(二)).
    pub agent_name: Option<&'a str>,
    /// The day the commitment is made.
    pub committed_on: NaiveDate,
    /// The materials still to supply (material ids of the matter).
    pub missing: &'a [String],
}

/// The rendered letter.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RenderedLetter {
    /// The matter's code.
    pub matter: String,
    /// The last day to supply the missing materials.
    #[serde(with = "crate::date::ymd")]
    pub materials_due: NaiveDate,
    /// Whether that day rests on a projected (暂定) calendar.
    pub provisional: bool,
    /// The letter as plain text.
    pub text: String,
    /// The letter as a printable HTML page.
    pub html: String,
    /// Why it says what it says.
    pub reasons: Vec<Reason>,
}

fn basis(m: &Matter) -> String {
    let laws: Vec<String> = m
        .legal_basis
        .iter()
        .filter(|b| b.is_setting())
        .map(|b| {
            format!(
                "《{}》{}",
                b.law.trim_matches(|c| c == '《' || c == '》'),
                b.article.as_deref().unwrap_or("")
            )
        })
        .collect();
    if laws.is_empty() {
        "（见事项办事指南）".to_string()
    } else {
        laws.join("；")
    }
}

/// What the letter says, worked out once and written twice (text and HTML).
struct Letter<'a> {
    m: &'a Matter,
    req: &'a LetterRequest<'a>,
    department: String,
    conditions: String,
    names: Vec<String>,
    due_text: String,
    period: String,
    supervision: String,
    copies: String,
}

/// Renders the letter of `req` on the engine's catalog, calendar and policy.
pub fn render(
    cat: &Catalog,
    cal: &Calendar,
    policy: &Policy,
    req: &LetterRequest<'_>,
) -> Result<RenderedLetter> {
    let m = cat.require_matter(req.matter, || "matter".into())?;
    eligible(m)?;
    let names = missing_names(cat, m, req)?;
    let period = policy.period(ParamId::MaterialsPeriod);
    // The letter is a Chinese document whatever the language of the call.
    let zh =
        |p: crate::calendar::Period| crate::lang::scoped(crate::lang::Lang::Zh, || p.describe());
    let (start, verify, cap, publish) = (
        zh(policy.period(ParamId::SupervisionStart)),
        zh(policy.period(ParamId::VerificationPeriod)),
        zh(policy.period(ParamId::RectificationCap)),
        zh(policy.period(ParamId::LetterPublication)),
    );
    let supervision = format!(
        "作出承诺审批后{start}内，监管部门启动核查，{verify}内完成；发现与承诺不符的，责令限期整改，整改期限不超过作出决定后{cap}。"
    );
    let copies = format!(
        "本承诺书一式两份，双方签章后各执一份，并于{publish}内通过天津网上办事大厅向社会公开。"
    );
    let due = cal
        .deadline(req.committed_on, period, &[])
        .map_err(|e| e.within("committed_on"))?
        .due;
    let provisional = cal.is_projected(due);
    let due_text = format!(
        "{}{}",
        zh_date(due),
        if provisional { "（暂定）" } else { "" }
    );
    let conditions = if m.conditions.is_empty() {
        "申请材料齐全、符合法定形式（法律法规未规定其他条件）".to_string()
    } else {
        m.conditions.join("；")
    };
    let department = m
        .department
        .as_deref()
        .map_or("履行审批职责的行政机关".to_string(), |d| {
            cat.department_name(d).to_string()
        });
    let l = Letter {
        m,
        req,
        department,
        conditions,
        names,
        due_text,
        period: zh(period),
        supervision,
        copies,
    };
    let reasons = reasons(&l, &publish, due, provisional);
    Ok(RenderedLetter {
        matter: m.code.clone(),
        materials_due: due,
        provisional,
        text: text(&l),
        html: html(&l),
        reasons,
    })
}

/// 第四条 excludes matters (national or public security, irrevocable decisions …); 第十一条's
/// letter samples are made only for matters that may use commitment approval.
fn eligible(m: &Matter) -> Result<()> {
    let c = &m.commitment;
    if !c.allowed || !c.domains.is_empty() || !c.revocable {
        let why = if !c.allowed {
            CommitmentText::NotOffered { matter: &m.name }
        } else if !c.domains.is_empty() {
            let d: Vec<&str> = c.domains.iter().map(|d| d.label()).collect();
            CommitmentText::ExcludedDomain {
                matter: &m.name,
                domains: d.join("、"),
            }
        } else {
            CommitmentText::Irrevocable { matter: &m.name }
        };
        return Err(Error::new(
            ErrorCode::CommitmentNotEligible,
            CommitmentText::NoLetter {
                why: why.to_string(),
            }
            .message(),
        )
        .at("matter"));
    }
    Ok(())
}

/// The names of the missing materials, each one the matter's.
fn missing_names(cat: &Catalog, m: &Matter, req: &LetterRequest<'_>) -> Result<Vec<String>> {
    let mut names = Vec::with_capacity(req.missing.len());
    for (i, id) in req.missing.iter().enumerate() {
        let Some(mm) = m.materials.iter().find(|x| &x.material == id) else {
            return Err(Error::new(
                ErrorCode::CommitmentNotEligible,
                CommitmentText::UnknownMaterial {
                    id,
                    matter: &m.name,
                }
                .message(),
            )
            .at(format!("missing[{i}]")));
        };
        names.push(
            cat.material(&mm.material)
                .map_or(mm.material.clone(), |x| x.name.clone()),
        );
    }
    Ok(names)
}

/// The letter as plain text.
fn text(l: &Letter) -> String {
    // Plain text.
    let mut t = String::new();
    let _ = writeln!(t, "告知承诺书\n");
    let _ = writeln!(t, "事项名称：{}（{}）", l.m.name, l.m.code);
    let _ = writeln!(t, "设定依据：{}", basis(l.m));
    let _ = writeln!(t, "审批机关：{}", l.department);
    let _ = writeln!(
        t,
        "行政相对人：{}{}",
        l.req.applicant_name,
        l.req
            .applicant_code
            .map_or(String::new(), |c| format!("（{c}）"))
    );
    let _ = writeln!(t, "申请条件：{}", l.conditions);
    if l.names.is_empty() {
        let _ = writeln!(t, "尚未提供的材料：无");
    } else {
        let _ = writeln!(t, "尚未提供的材料（容缺后补）：{}", l.names.join("、"));
        let _ = writeln!(
            t,
            "补交期限：{}（自承诺之日起{}，承诺当日不计）",
            l.due_text, l.period
        );
    }
    let _ = writeln!(t, "\n本人（本单位）对下列内容作出确认和承诺：");
    for (n, a) in NUMERALS.iter().zip(AFFIRMATIONS) {
        let _ = writeln!(t, "（{n}）{a}");
    }
    let _ = writeln!(
        t,
        "\n违反承诺的后果：未按期提交材料或提交的材料不符合要求，以及实际情况与承诺内容不符且整改后仍不符合条件的，作出行政许可决定的行政机关依法撤销许可决定，失信行为记入信用记录、列入黑名单并依法实施惩戒；提供虚假材料的，不再适用承诺审批。"
    );
    let _ = writeln!(t, "事后监管：{}", l.supervision);
    let _ = writeln!(t, "{}\n", l.copies);
    let _ = writeln!(
        t,
        "行政相对人（签章）：__________    日期：{}",
        zh_date(l.req.committed_on)
    );
    if let Some(a) = l.req.agent_name {
        let _ = writeln!(t, "委托代理人（签字）：{a} __________（附授权委托书）");
    }
    let _ = writeln!(
        t,
        "审批机关（签章）：{} __________    日期：____年__月__日",
        l.department
    );
    t
}

/// The letter as an A4 HTML page (escaped caller text; no external resources).
fn html(l: &Letter) -> String {
    // HTML (escaped caller text; no external resources).
    let e = escape;
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>告知承诺书</title><style>");
    h.push_str("@page{size:A4;margin:20mm}body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",\"Source Han Serif SC\",serif;font-size:12pt;line-height:1.8;color:#000;max-width:170mm;margin:0 auto}h1{text-align:center;font-size:18pt;letter-spacing:.5em}dl{display:grid;grid-template-columns:7em 1fr;gap:.2em 1em}dt{font-weight:bold}ol{list-style:none;padding-left:0}.sign{margin-top:2em;display:grid;grid-template-columns:1fr 1fr;gap:1.5em}.line{display:inline-block;min-width:8em;border-bottom:1px solid #000}.note{font-size:10.5pt}");
    h.push_str("</style></head><body><h1>告知承诺书</h1><dl>");
    let _ = write!(
        h,
        "<dt>事项名称</dt><dd>{}（{}）</dd>",
        e(&l.m.name),
        e(&l.m.code)
    );
    let _ = write!(h, "<dt>设定依据</dt><dd>{}</dd>", e(&basis(l.m)));
    let _ = write!(h, "<dt>审批机关</dt><dd>{}</dd>", e(&l.department));
    let _ = write!(
        h,
        "<dt>行政相对人</dt><dd>{}{}</dd>",
        e(l.req.applicant_name),
        l.req
            .applicant_code
            .map_or(String::new(), |c| format!("（{}）", e(c)))
    );
    let _ = write!(h, "<dt>申请条件</dt><dd>{}</dd>", e(&l.conditions));
    if l.names.is_empty() {
        h.push_str("<dt>尚未提供的材料</dt><dd>无</dd>");
    } else {
        let _ = write!(
            h,
            "<dt>容缺后补材料</dt><dd>{}</dd>",
            e(&l.names.join("、"))
        );
        let _ = write!(
            h,
            "<dt>补交期限</dt><dd><strong>{}</strong>（自承诺之日起{}）</dd>",
            e(&l.due_text),
            e(&l.period)
        );
    }
    h.push_str("</dl><p>本人（本单位）对下列内容作出确认和承诺：</p><ol>");
    for (n, a) in NUMERALS.iter().zip(AFFIRMATIONS) {
        let _ = write!(h, "<li>（{n}）{a}</li>");
    }
    h.push_str("</ol><p class=\"note\"><strong>违反承诺的后果：</strong>未按期提交材料或提交的材料不符合要求，以及实际情况与承诺内容不符且整改后仍不符合条件的，依法撤销许可决定，失信行为记入信用记录、列入黑名单并依法实施惩戒；提供虚假材料的，不再适用承诺审批。</p>");
    let _ = write!(
        h,
        "<p class=\"note\"><strong>事后监管：</strong>{}</p>",
        e(&l.supervision)
    );
    let _ = write!(
        h,
        "<p class=\"note\">{}</p><div class=\"sign\">",
        e(&l.copies)
    );
    let _ = write!(
        h,
        "<div>行政相对人（签章）：<span class=\"line\"></span><br>日期：{}</div>",
        zh_date(l.req.committed_on)
    );
    let _ = write!(
        h,
        "<div>审批机关（签章）：{}<span class=\"line\"></span><br>日期：____年__月__日</div>",
        e(&l.department)
    );
    if let Some(a) = l.req.agent_name {
        let _ = write!(
            h,
            "<div>委托代理人（签字）：{}<span class=\"line\"></span><br>（附授权委托书）</div>",
            e(a)
        );
    }
    h.push_str("</div></body></html>\n");
    h
}

/// Why the letter says what it says (第三条, 第十二条, 第十三条, 第十四条(二)).
fn reasons(l: &Letter, publish: &str, due: NaiveDate, provisional: bool) -> Vec<Reason> {
    let mut reasons = vec![
        LetterMsg::Affirmations.reason(),
        LetterMsg::Copies {
            publish: publish.to_string(),
        }
        .reason(),
    ];
    if !l.names.is_empty() {
        reasons.push(if provisional {
            LetterMsg::MaterialsDueProvisional { due }.reason()
        } else {
            LetterMsg::MaterialsDue { due }.reason()
        });
    }
    if l.req.agent_name.is_some() {
        reasons.push(LetterMsg::Agent.reason());
    }
    reasons
}

/// Text made safe for HTML.
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}
