//! A walk-through of zhengwu on the embedded defaults: the working-day calendar, deadlines with
//! paused steps, the policy profiles' differing commitment periods, applicant identifiers, the
//! catalog, commitments and credit, one form, and today's case of a deadline in a year whose
//! holiday notice is not yet loaded (refused, projected as 暂定, re-based).
//!
//! Run: `cargo run --release -p zhengwu --example walkthrough`

use serde_json::{json, Value};
use zhengwu::Engine;

/// Prints reasons as `· code — message [doc article]`.
fn print_reasons(indent: &str, reasons: &Value) {
    for r in reasons.as_array().into_iter().flatten() {
        println!(
            "{indent}· {} — {} [{} {}]",
            r["code"].as_str().unwrap_or(""),
            r["message"].as_str().unwrap_or(""),
            r["citation"]["doc"].as_str().unwrap_or(""),
            r["citation"]["article"].as_str().unwrap_or("")
        );
    }
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
    println!("zhengwu {} — {:?}\n", zhengwu::VERSION, engine);

    println!("1. 期限计算: working days across Spring Festival 2024 (02-10…02-17 off, Sundays 02-04 and 02-18 worked)");
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

    println!(
        "\n2. A 20-working-day statutory limit with a hearing (听证) whose days are not counted"
    );
    show(
        &engine,
        "calendar.deadline",
        json!({"start": "2024-09-20", "period": {"workdays": 20},
               "pauses": [{"from": "2024-10-09", "to": "2024-10-11", "step": "hearing"},
                          {"from": "2024-10-14", "to": "2024-10-15", "step": "site_survey"}]}),
    );

    println!("\n3. The period to supply committed materials differs by profile (SPEC §6)");
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
            "  {profile:<20} {:<20} committed 2024-08-20 → due {}   [{} {}]",
            period.describe(),
            out["due"].as_str().unwrap_or("?"),
            cite.doc,
            cite.article
        );
    }

    println!("\n4. Applicant identifiers (resident ID numbers are only ever shown masked)");
    show(&engine, "id.resident", json!({"id": "11010519491231002X"}));
    show(&engine, "id.resident", json!({"id": "110105194912310021"}));
    show(&engine, "id.uscc", json!({"code": "91350100M000100Y43"}));
    show(&engine, "id.uscc", json!({"code": "91350100M000100Y44"}));

    println!("\n5. The catalog: 23 一件事 bundles of 2022, linted against the reform rules");
    let bundles = engine.call("bundle.list", &json!({}))?;
    for b in bundles["bundles"].as_array().into_iter().flatten().take(4) {
        println!(
            "  {} {} — lead {}, {} matters",
            b["audience"].as_str().unwrap_or(""),
            b["name"].as_str().unwrap_or(""),
            b["lead"]["name"].as_str().unwrap_or(""),
            b["matter_count"]
        );
    }
    let lint = engine.call("catalog.lint", &json!({}))?;
    println!("  lint summary: {}", lint["summary"]);
    for f in lint["findings"].as_array().into_iter().flatten() {
        println!(
            "    · {} [{}] {} ({} {})",
            f["rule"].as_str().unwrap_or(""),
            f["severity"].as_str().unwrap_or(""),
            f["message"].as_str().unwrap_or(""),
            f["citation"]["doc"].as_str().unwrap_or(""),
            f["citation"]["article"].as_str().unwrap_or("")
        );
    }
    let stats = engine.call("catalog.stats", &json!({}))?;
    for t in stats["targets"].as_array().into_iter().flatten() {
        println!(
            "  {:<24} {:>7} target {:>4} met {}",
            t["label"].as_str().unwrap_or(""),
            t["value"].as_str().unwrap_or(""),
            t["target"].as_str().unwrap_or(""),
            t["met"]
        );
    }

    println!(
        "\n6. 企业开办: what the applicant still brings (asked once; shared data not asked again)"
    );
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
        println!(
            "  {:<10} {} (needed by {})",
            m["status"].as_str().unwrap_or(""),
            m["name"].as_str().unwrap_or(""),
            m["needed_by"].as_array().map_or(0, Vec::len)
        );
    }
    println!("  summary: {}", resolved["summary"]);

    println!(
        "\n7. 承诺审批: a commitment never fulfilled (60 working days across Spring Festival 2024)"
    );
    let setup = codes.first().cloned().unwrap_or_default();
    let firm = json!({"uscc": "91350100M000100Y43"});
    let opened = engine.call(
        "commitment.open",
        &json!({"matter": setup, "applicant": {"subject": firm}, "committed_on": "2024-01-31", "missing": ["domicile-proof"]}),
    )?;
    println!("  deadlines: {}", opened["deadlines"]);
    for r in opened["reasons"].as_array().into_iter().flatten() {
        println!(
            "    · {} [{} {}]",
            r["message"].as_str().unwrap_or(""),
            r["citation"]["doc"].as_str().unwrap_or(""),
            r["citation"]["article"].as_str().unwrap_or("")
        );
    }
    let mut state = opened["state"].clone();
    let mut new_records = Vec::new();
    for today in ["2024-04-25", "2024-04-29", "2024-04-30"] {
        let t = engine.call("commitment.tick", &json!({"state": state, "today": today}))?;
        let alerts: Vec<String> = t["alerts"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| {
                format!(
                    "{} {}",
                    a["deadline"].as_str().unwrap_or(""),
                    a["kind"].as_str().unwrap_or("")
                )
            })
            .collect();
        let effects: Vec<&str> = t["effects"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e["type"].as_str())
            .collect();
        println!(
            "  tick {today}: status {} alerts [{}] effects {:?}",
            t["state"]["status"],
            alerts.join(", "),
            effects
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
    println!("  next eligibility: eligible {}", again["eligible"]);
    print_reasons("    ", &again["reasons"]);

    println!(
        "\n8. 一表申报: 企业开办 as one form — merge, prefill from shared data, validate, split"
    );
    let form = engine.call("form.merge", &json!({"bundle": "enterprise-opening"}))?;
    println!("  order: {}", form["order"]);
    for f in form["fields"].as_array().into_iter().flatten() {
        println!(
            "  {:<4} {:<24} {:<9} {:<8} needed by {} department(s){}",
            if f["common"] == true { "共用" } else { "" },
            f["label"].as_str().unwrap_or(""),
            f["type"].as_str().unwrap_or(""),
            if f["required"] == true {
                "required"
            } else {
                ""
            },
            f["departments"].as_array().map_or(0, Vec::len),
            f["shared_source"]
                .as_str()
                .map(|s| format!(", from {s}"))
                .unwrap_or_default()
        );
    }
    let materials: Vec<&str> = form["materials"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["name"].as_str())
        .collect();
    println!(
        "  one set of materials ({}): {}",
        materials.len(),
        materials.join("、")
    );
    let shared = json!({"法人库": {"entity_name": "天津某某科技有限公司", "legal_rep_name": "李四", "domicile": "天津市滨海新区某路1号"}});
    let pre = engine.call("form.prefill", &json!({"form": form, "shared": shared}))?;
    println!("  prefilled from shared data: {}", pre["filled_from"]);
    println!("  still to fill (required): {}", pre["required_to_fill"]);
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
    println!("  validation: valid {}", checked["valid"]);
    for e in checked["errors"].as_array().into_iter().flatten() {
        println!(
            "    ✗ {} {} — {}",
            e["element"].as_str().unwrap_or(""),
            e["code"].as_str().unwrap_or(""),
            e["message"].as_str().unwrap_or("")
        );
    }
    values["legal_rep_id"] = json!("11010519491231002X");
    values["seal_count"] = json!(2);
    // A new firm has no 统一社会信用代码 until 企业设立登记 issues it; the later matters use it.
    values["uscc"] = json!("91120116MA05JJK24M");
    let checked = engine.call("form.validate", &json!({"form": form, "values": values}))?;
    println!("  after correcting: valid {}", checked["valid"]);
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

    println!("\n9. Today (2026-11-30): a commitment's 60 working days reach into 2027, whose notice is not in the data");
    let opening = json!({"matter": "TJ-SCJGW-0001",
        "applicant": {"subject": {"uscc": "91350100M000100Y43"}, "records": []},
        "committed_on": "2026-11-30", "missing": ["domicile-proof"]});
    println!("  refused by default — never a guess:");
    show(&engine, "commitment.open", opening.clone());
    let projected = Engine::new(&json!({"calendar_projection": "statutory"}))?;
    let opened = projected.call("commitment.open", &opening)?;
    println!(
        "  with \"calendar_projection\": \"statutory\" — 暂定 (provisional: {}): materials due {}",
        opened["provisional"], opened["deadlines"]["materials_due"]
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
    println!("  after loading the 2027 notice, commitment.rebase:");
    for e in rebased["effects"].as_array().into_iter().flatten() {
        println!(
            "    → {} {}: {} → {} [{} {}]",
            e["type"].as_str().unwrap_or(""),
            e["deadline"].as_str().unwrap_or(""),
            e["from"].as_str().unwrap_or(""),
            e["to"].as_str().unwrap_or(""),
            e["citation"]["doc"].as_str().unwrap_or(""),
            e["citation"]["article"].as_str().unwrap_or("")
        );
    }

    println!("\n10. Bad input gets a structured error, never a guess");
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
    Ok(())
}
