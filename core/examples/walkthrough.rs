//! 演示 — a walk-through of zhengwu on the embedded defaults, printed in Chinese as a clerk reads
//! it: the working-day calendar, deadlines with paused steps, the policy profiles' differing
//! commitment periods, applicant identifiers, the catalog, commitments and credit, one form,
//! today's case of a deadline in a year whose holiday notice is not yet loaded (refused, projected
//! as 暂定, re-based), electronic supervision of a case, and the printable 告知承诺书 and 明白纸.
//!
//! Run: `cargo run --release -p zhengwu --example walkthrough`

use serde_json::{json, Value};
use zhengwu::Engine;

/// Prints reasons as `· message（《全称》条目）`.
fn print_reasons(indent: &str, reasons: &Value) {
    for r in reasons.as_array().into_iter().flatten() {
        println!(
            "{indent}· {}（{}）",
            r["message"].as_str().unwrap_or(""),
            cite(&r["citation"])
        );
    }
}

/// A citation as printed.
fn cite(c: &Value) -> &str {
    c["text"].as_str().unwrap_or("")
}

/// Display width in a terminal: CJK characters take two columns.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if ('\u{1100}'..='\u{ffef}').contains(&c) && !('\u{2000}'..='\u{2fff}').contains(&c) {
                2
            } else {
                1
            }
        })
        .sum()
}

/// `s` padded with spaces to `w` columns.
fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// `0.9059` as `90.6%`.
fn percent(v: &Value) -> String {
    v.as_str()
        .and_then(|s| s.parse::<f64>().ok())
        .map_or("—".into(), |x| format!("{:.1}%", x * 100.0))
}

/// `2024-10-21` as `2024年10月21日`.
fn day(v: &Value) -> String {
    v.as_str()
        .and_then(zhengwu::date::parse_ymd)
        .map_or("—".into(), zhengwu::lang::zh_date)
}

fn show(engine: &Engine, op: &str, input: Value) {
    println!("  {op} {input}");
    match engine.call(op, &input) {
        Ok(out) => {
            let reasons = out.get("reasons").and_then(Value::as_array).cloned();
            let mut brief = out.clone();
            if let Some(obj) = brief.as_object_mut() {
                obj.remove("reasons");
            }
            println!("    → {brief}");
            print_reasons("      ", &Value::Array(reasons.unwrap_or_default()));
        }
        Err(e) => println!("    ✗ {}", e.to_json()),
    }
}

fn main() -> Result<(), zhengwu::Error> {
    let engine = Engine::try_default()?;
    let v = engine.call("meta.version", &json!({}))?;
    println!(
        "zhengwu {}：日历 {}（{}至{}），政策口径 {}\n",
        zhengwu::VERSION,
        v["calendar"]["name"].as_str().unwrap_or(""),
        day(&v["calendar"]["from"]),
        day(&v["calendar"]["to"]),
        v["policy"].as_str().unwrap_or("")
    );

    println!("一、期限计算：2024年春节前后的工作日（2月10日至17日放假，2月4日、18日周日调休上班）");
    for d in ["2024-02-04", "2024-02-09", "2024-02-12", "2024-02-18"] {
        show(&engine, "calendar.day", json!({ "date": d }));
    }
    show(
        &engine,
        "calendar.add_workdays",
        json!({"date": "2024-02-08", "days": 3}),
    );
    show(
        &engine,
        "calendar.workdays_between",
        json!({"from": "2024-02-01", "to": "2024-02-29"}),
    );

    println!("\n二、20个工作日的法定时限，听证期间不计入，现场踏勘期间计入");
    show(
        &engine,
        "calendar.deadline",
        json!({"start": "2024-09-20", "period": {"workdays": 20},
               "pauses": [{"from": "2024-10-09", "to": "2024-10-11", "step": "hearing"},
                          {"from": "2024-10-14", "to": "2024-10-15", "step": "site_survey"}]}),
    );

    println!("\n三、容缺材料补交期限因政策口径而异");
    for profile in zhengwu::policy::PROFILES {
        let e = Engine::new(&json!({ "policy": profile }))?;
        let period = e.policy().period(zhengwu::policy::ParamId::MaterialsPeriod);
        let cite = e
            .policy()
            .param(zhengwu::policy::ParamId::MaterialsPeriod)
            .citation;
        let out = e.call(
            "calendar.deadline",
            &json!({"start": "2024-08-20", "period": serde_json::to_value(period).unwrap_or_default()}),
        )?;
        println!(
            "  {} {} 2024年8月20日承诺 → {}前补齐（{}）",
            pad(profile, 20),
            pad(&period.describe(), 12),
            day(&out["due"]),
            cite.text()
        );
    }

    println!("\n四、申请人身份核验（公民身份号码只显示脱敏形式）");
    show(&engine, "id.resident", json!({"id": "11010519491231002X"}));
    show(&engine, "id.resident", json!({"id": "110105194912310021"}));
    show(&engine, "id.uscc", json!({"code": "91350100M000100Y43"}));
    show(&engine, "id.uscc", json!({"code": "91350100M000100Y44"}));

    println!("\n五、事项清单：2022年“一件事一次办”23个一件事，按改革要求检查");
    let bundles = engine.call("bundle.list", &json!({}))?;
    for b in bundles["bundles"].as_array().into_iter().flatten() {
        println!(
            "  {} {} 牵头 {} {}个事项",
            if b["audience"] == "enterprise" {
                "企业"
            } else {
                "个人"
            },
            pad(b["name"].as_str().unwrap_or(""), 30),
            pad(b["lead"]["name"].as_str().unwrap_or(""), 18),
            b["matter_count"]
        );
    }
    let lint = engine.call("catalog.lint", &json!({}))?;
    let sum = &lint["summary"];
    println!(
        "  检查结果：错误{}项，警告{}项，提示{}项",
        sum["errors"], sum["warnings"], sum["infos"]
    );
    for f in lint["findings"].as_array().into_iter().flatten() {
        let level = match f["severity"].as_str() {
            Some("error") => "错误",
            Some("warning") => "警告",
            _ => "提示",
        };
        println!(
            "    · 【{level}】{}（{}）",
            f["message"].as_str().unwrap_or(""),
            cite(&f["citation"])
        );
    }
    let stats = engine.call("catalog.stats", &json!({}))?;
    for t in stats["targets"].as_array().into_iter().flatten() {
        println!(
            "  {} 实际 {:>7}  目标 {:>6}  {}",
            pad(t["label"].as_str().unwrap_or(""), 26),
            percent(&t["value"]),
            percent(&t["target"]),
            if t["met"] == true {
                "达标"
            } else {
                "未达标"
            }
        );
    }

    println!("\n六、企业开办：申请人还需准备的材料（一次提交；能共享的不再索要）");
    let opening = engine.call("bundle.get", &json!({"bundle": "enterprise-opening"}))?;
    let codes: Vec<Value> = opening["bundle"]["matters"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| m["code"].clone())
        .collect();
    let resolved = engine.call(
        "materials.resolve",
        &json!({"matters": codes, "dossier": {"commitment": true, "today": "2024-05-06",
                "on_file": [{"material": "shareholder-ids", "valid_until": "2024-12-31"}]}}),
    )?;
    for m in resolved["materials"].as_array().into_iter().flatten() {
        let status = match m["status"].as_str() {
            Some("required") => "需提交",
            Some("on_file") => "已存档",
            Some("shared") => "共享获取",
            Some("letter") => "以函代证",
            Some("deferred") => "容缺后补",
            _ => "",
        };
        println!(
            "  {} {}（{}个事项需要）",
            pad(status, 10),
            m["name"].as_str().unwrap_or(""),
            m["needed_by"].as_array().map_or(0, Vec::len)
        );
    }
    let s = &resolved["summary"];
    println!(
        "  合计：需提交{}项，容缺后补{}项，共享获取{}项，已存档{}项，以函代证{}项",
        s["required"], s["deferred"], s["shared"], s["on_file"], s["letter"]
    );

    println!("\n七、告知承诺审批：一项逾期未履行的承诺（60个工作日，跨2024年春节）");
    let setup = codes.first().cloned().unwrap_or_default();
    let firm = json!({"uscc": "91350100M000100Y43"});
    let opened = engine.call(
        "commitment.open",
        &json!({"matter": setup, "applicant": {"subject": firm}, "committed_on": "2024-01-31", "missing": ["domicile-proof"]}),
    )?;
    print_reasons("    ", &opened["reasons"]);
    let mut state = opened["state"].clone();
    let mut new_records = Vec::new();
    for today in ["2024-04-25", "2024-04-29", "2024-04-30"] {
        let t = engine.call("commitment.tick", &json!({"state": state, "today": today}))?;
        let alerts: Vec<String> = t["alerts"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| {
                let what = match a["deadline"].as_str() {
                    Some("materials_due") => "补交材料",
                    Some("supervision_start_due") => "启动核查",
                    Some("verification_due") => "完成核查",
                    Some("publication_due") => "公开承诺书",
                    Some("rectification_due") => "整改",
                    _ => "期限",
                };
                let level = match a["kind"].as_str() {
                    Some("approaching") => "临期",
                    Some("due_today") => "今日到期",
                    _ => "已超期",
                };
                format!("{what}{level}")
            })
            .collect();
        let effects: Vec<&str> = t["effects"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| match e["type"].as_str() {
                Some("revoke_license") => Some("撤销许可决定"),
                Some("credit_judgement") => Some("信用评判（失信）"),
                Some("notify_supervisor") => Some("告知监管部门"),
                Some(_) => Some("其他"),
                None => None,
            })
            .collect();
        let status = match t["state"]["status"].as_str() {
            Some("active") => "履行中",
            Some("revoked") => "已撤销",
            Some("fulfilled") => "已履行",
            _ => "其他",
        };
        println!(
            "  {}：状态 {status}；预警 {}；须办 {}",
            day(&json!(today)),
            alerts.join("、"),
            if effects.is_empty() {
                "无".to_string()
            } else {
                effects.join("、")
            }
        );
        for e in t["effects"].as_array().into_iter().flatten() {
            if let Some(r) = e.get("record") {
                new_records.push(r.clone());
            }
        }
        state = t["state"].clone();
    }
    let again = engine.call(
        "commitment.eligibility",
        &json!({"matter": setup, "applicant": {"subject": firm, "records": new_records}, "missing": ["domicile-proof"], "today": "2024-05-06"}),
    )?;
    println!(
        "  再次申请告知承诺：{}",
        if again["eligible"] == true {
            "可以"
        } else {
            "不可以"
        }
    );
    print_reasons("    ", &again["reasons"]);

    println!("\n八、一表申报：企业开办一张表——合并、共享数据预填、校验、分送");
    let form = engine.call("form.merge", &json!({"bundle": "enterprise-opening"}))?;
    let names: Vec<&str> = form["matters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["name"].as_str())
        .collect();
    println!("  办理顺序：{}", names.join(" → "));
    for f in form["fields"].as_array().into_iter().flatten() {
        let kind = match f["type"].as_str() {
            Some("string") => "文字",
            Some("text") => "长文字",
            Some("integer") => "整数",
            Some("decimal") => "小数",
            Some("date") => "日期",
            Some("enum") => "选项",
            Some("phone") => "电话",
            Some("resident_id") => "身份证号",
            Some("uscc") => "信用代码",
            Some("boolean") => "是否",
            _ => "",
        };
        let note = match (f["produced_by"].as_str(), f["shared_source"].as_str()) {
            (Some(_), _) => "，前序事项办结后回填".to_string(),
            (None, Some(s)) => format!("，可从{s}预填"),
            _ => String::new(),
        };
        println!(
            "  {} {} {} {} {}个部门需要{note}",
            if f["common"] == true {
                "共用"
            } else {
                "    "
            },
            pad(f["label"].as_str().unwrap_or(""), 28),
            pad(kind, 8),
            if f["required"] == true {
                "必填"
            } else {
                "选填"
            },
            f["departments"].as_array().map_or(0, Vec::len)
        );
    }
    let materials: Vec<&str> = form["materials"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["name"].as_str())
        .collect();
    println!(
        "  一套材料（{}项）：{}",
        materials.len(),
        materials.join("、")
    );
    let shared = json!({"法人库": {"entity_name": "天津某某科技有限公司", "legal_rep_name": "李四", "domicile": "天津市滨海新区某路1号"}});
    let pre = engine.call("form.prefill", &json!({"form": form, "shared": shared}))?;
    let filled: Vec<String> = pre["filled_from"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| {
            let label = form["fields"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|f| f["element"] == k.as_str())
                .and_then(|f| f["label"].as_str())
                .unwrap_or(k);
            format!("{label}←{}", v.as_str().unwrap_or(""))
        })
        .collect();
    println!("  从共享数据预填：{}", filled.join("、"));
    println!(
        "  还需填写的必填项：{}项",
        pre["required_to_fill"].as_array().map_or(0, Vec::len)
    );
    let mut values = pre["values"].clone();
    for (k, v) in [
        ("enterprise_type", json!("有限责任公司")),
        ("registered_capital", json!("100")),
        ("business_scope", json!("软件开发")),
        ("legal_rep_id", json!("110105194912310021")),
        ("contact_name", json!("王五")),
        ("contact_phone", json!("13812345678")),
        ("seal_kinds", json!("公章")),
        ("seal_count", json!(9)),
        ("invoice_kind", json!("电子发票")),
        ("invoice_quantity", json!(25)),
        ("tax_officer_name", json!("赵六")),
        ("tax_officer_id", json!("11010519491231002X")),
        ("staff_count", json!(12)),
        ("bank_name", json!("某银行")),
        ("bank_account", json!("6222000011112222")),
        ("hpf_rate", json!("12")),
    ] {
        values[k] = v;
    }
    let checked = engine.call("form.validate", &json!({"form": form, "values": values}))?;
    println!(
        "  校验：{}",
        if checked["valid"] == true {
            "通过"
        } else {
            "未通过"
        }
    );
    for e in checked["errors"].as_array().into_iter().flatten() {
        println!("    ✗ {}", e["message"].as_str().unwrap_or(""));
    }
    values["legal_rep_id"] = json!("11010519491231002X");
    values["seal_count"] = json!(2);
    let checked = engine.call("form.validate", &json!({"form": form, "values": values}))?;
    println!(
        "  改正后校验：{}",
        if checked["valid"] == true {
            "通过"
        } else {
            "未通过"
        }
    );
    let split = engine.call("form.split", &json!({"form": form, "values": values}))?;
    for p in split["packets"].as_array().into_iter().flatten() {
        let labels: Vec<&str> = p["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["label"].as_str())
            .collect();
        println!(
            "  → {} {}: {}",
            p["department"]["name"].as_str().unwrap_or(""),
            p["name"].as_str().unwrap_or(""),
            labels.join("、")
        );
    }

    println!("\n九、今天（2026年11月30日）承诺：60个工作日延伸到2027年，而2027年放假安排尚未载入");
    let opening = json!({"matter": "TJ-SCJGW-0001",
        "applicant": {"subject": {"uscc": "91350100M000100Y43"}, "records": []},
        "committed_on": "2026-11-30", "missing": ["domicile-proof"]});
    println!("  默认拒绝计算，绝不猜测：");
    show(&engine, "commitment.open", opening.clone());
    let projected = Engine::new(&json!({"calendar_projection": "statutory"}))?;
    let opened = projected.call("commitment.open", &opening)?;
    println!(
        "  配置 \"calendar_projection\": \"statutory\" 后按法定节假日推算：{}前补齐材料{}",
        day(&opened["deadlines"]["materials_due"]),
        if opened["provisional"] == true {
            "（暂定）"
        } else {
            ""
        }
    );
    print_reasons(
        "      ",
        &json!([opened["reasons"].as_array().and_then(|r| r.last())]),
    );
    // The day the State Council publishes 2027's arrangement, the host loads it (here a made-up
    // fixture in holiday-cn's shape) and re-bases the stored commitment.
    let notice: Value = serde_json::from_str(include_str!(
        "../../tests/fixtures/calendar-2027.holiday-cn.json"
    ))
    .unwrap_or(Value::Null);
    let loaded = Engine::new(&json!({"calendar_years": [notice]}))?;
    let rebased = loaded.call("commitment.rebase", &json!({"state": opened["state"]}))?;
    println!("  载入2027年通知（示例数据）后重新计算（commitment.rebase）：");
    for e in rebased["effects"].as_array().into_iter().flatten() {
        let what = match e["deadline"].as_str() {
            Some("materials_due") => "补交材料期限",
            Some("verification_due") => "完成核查期限",
            Some("rectification_cap") => "整改期限上限",
            Some("supervision_start_due") => "启动核查期限",
            Some("publication_due") => "公开承诺书期限",
            other => other.unwrap_or(""),
        };
        println!(
            "    → {what}：{} → {}（{}）",
            day(&e["from"]),
            day(&e["to"]),
            cite(&e["citation"])
        );
    }

    println!("\n十、错误输入得到结构化的错误，绝不猜测");
    show(&engine, "calendar.day", json!({"date": "2027-01-04"}));
    show(
        &engine,
        "calendar.add_workdays",
        json!({"date": "2024-02-30", "days": 1}),
    );
    show(
        &engine,
        "calendar.deadline",
        json!({"start": "2024-03-01", "period": {"workdays": 5}, "pauses": [{"from": "2024-03-08", "to": "2024-03-04"}]}),
    );

    println!("\n十一、电子监察：一件超承诺时限、多跑一次的办件");
    let case = engine.call(
        "case.supervise",
        &json!({"case": {"id": "2024-0001", "matter": "TJ-SCJGW-0002", "events": [
            {"type": "received", "on": "2024-03-04", "channel": "window"},
            {"type": "accepted", "on": "2024-03-04"},
            {"type": "visit", "on": "2024-03-11"},
            {"type": "decided", "on": "2024-03-18", "result": "granted"}]}, "today": "2024-03-19"}),
    )?;
    for f in case["findings"].as_array().into_iter().flatten() {
        println!(
            "  · 【{}】{}（{}）",
            f["kind"].as_str().unwrap_or(""),
            f["message"].as_str().unwrap_or(""),
            cite(&f["citation"])
        );
    }
    for a in case["alerts"].as_array().into_iter().flatten() {
        println!("  · 【预警】{}", a["message"].as_str().unwrap_or(""));
    }

    println!("\n十二、明白纸：告诉申请人结论、要做什么、依据什么");
    let answer = engine.call(
        "commitment.eligibility",
        &json!({"matter": "TJ-SCJGW-0001", "applicant": {"subject": firm, "records": []}, "missing": ["domicile-proof"], "today": "2024-03-01"}),
    )?;
    let sheet = engine.call(
        "explain.answer",
        &json!({"op": "commitment.eligibility", "answer": answer}),
    )?;
    for line in sheet["text"].as_str().unwrap_or("").lines() {
        println!("  {line}");
    }
    Ok(())
}
