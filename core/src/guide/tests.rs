use super::*;
use crate::catalog::lint::lint;
use crate::policy::Policy;

fn sample() -> std::sync::Arc<Catalog> {
    Catalog::tianjin_sample().unwrap()
}

fn elements(g: &Guide) -> impl Iterator<Item = &Element> {
    g.sections.iter().flat_map(|s| &s.elements)
}

#[test]
fn every_matter_follows_article_seven_and_shows_only_the_lints_gaps() {
    let cat = sample();
    let policy = Policy::default();
    let all = lint(&cat, &policy);
    for m in &cat.data().matters {
        let g = matter_guide(&cat, &policy, &m.code).unwrap();
        let titles: Vec<&str> = g.sections.iter().map(|s| s.title).collect();
        assert_eq!(
            titles,
            [
                "办理主体",
                "事项名称",
                "办理类别与方式",
                "法定依据",
                "申请条件和材料",
                "办理程序",
                "办理时限",
                "收费",
                "效能投诉",
                "办理便捷度"
            ]
        );
        // One rule, two views: the gaps are exactly the lint's findings about this matter and
        // its materials.
        let mut from_lint: Vec<(&str, String)> = all
            .iter()
            .filter(|f| {
                f.matter.as_deref() == Some(m.code.as_str())
                    || f.material
                        .as_deref()
                        .is_some_and(|id| m.materials.iter().any(|mm| mm.material == id))
            })
            .filter(|f| {
                f.rule != Rule::BundleDepartmentMismatch && f.rule != Rule::MatterAfterCycle
            })
            .map(|f| (f.rule.id(), f.message.clone()))
            .collect();
        let mut from_guide: Vec<(&str, String)> = g
            .gaps
            .iter()
            .map(|x| (x.rule.id(), x.message.clone()))
            .collect();
        from_lint.sort();
        from_guide.sort();
        from_guide.dedup();
        from_lint.dedup();
        assert_eq!(from_guide, from_lint, "{}", m.code);
        for e in elements(&g) {
            match e.status {
                Status::Missing => {
                    assert!(e.value.is_none());
                    assert!(
                        e.findings.iter().any(|r| is_missing_rule(*r)),
                        "{} {} missing with no finding",
                        m.code,
                        e.key
                    );
                    assert!(g.text.contains(&format!("{}：（未公布）", e.label)));
                }
                _ => assert!(e.value.is_some()),
            }
        }
        assert!(g.sample && g.text.contains("示例数据"));
        assert!(g.html.starts_with("<!DOCTYPE html>"));
        // Nothing is loaded from outside: addresses are text, never links or sources.
        for loads in ["src=", "href=", "<link", "url(", "@import"] {
            assert!(!g.html.contains(loads), "{loads}");
        }
    }
}

#[test]
fn every_bundle_renders_with_its_matters_in_order_and_one_set_of_materials() {
    let cat = sample();
    let policy = Policy::default();
    assert_eq!(cat.data().bundles.len(), 23);
    for b in &cat.data().bundles {
        let g = bundle_guide(&cat, &policy, &b.id).unwrap();
        assert_eq!(g.bundle.as_deref(), Some(b.id.as_str()));
        let steps = &g.sections[1].elements;
        assert_eq!(steps.len(), b.matters.len(), "{}", b.id);
        let mats = &g.sections[2].elements;
        let mut names: Vec<&str> = mats.iter().map(|e| e.label.as_str()).collect();
        let n = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), n, "a material listed twice in {}", b.id);
        assert!(g.text.contains(&b.name));
        // Each matter's gaps, and no others.
        for gap in &g.gaps {
            assert!(b.matters.iter().any(|bm| bm.matter == gap.matter));
        }
    }
}

fn tiny(place: Option<&str>, promised: Option<u32>) -> Catalog {
    let mut m = serde_json::json!({
        "code": "A", "name": "甲许可", "kind": "licensing", "category": "general",
        "level": "municipal", "department": "d1", "audience": "legal_person",
        "modes": ["one_visit"], "legal_basis": [{"law": "某条例", "article": "第十条"}],
        "time_limit": {"statutory_workdays": 20},
        "outcome": {"form": "许可证"}, "complaint_phone": "88908890",
        "consult_phone": "022-1", "convenience": {"delivery": true},
        "materials": [{"material": "form"}]
    });
    if let Some(p) = place {
        m["place"] = p.into();
    }
    if let Some(n) = promised {
        m["time_limit"]["promised_workdays"] = n.into();
    }
    Catalog::from_json(&serde_json::json!({
        "departments": [{"id": "d1", "name": "市甲局"}],
        "materials": [{"id": "form", "name": "申请表<script>", "rank": "principal",
            "attribute": "specific", "source": "applicant", "is_form": true,
            "blank": "b.pdf", "sample": "s.pdf"}],
        "matters": [m]
    }))
    .unwrap()
}

#[test]
fn a_missing_element_is_shown_missing_never_invented() {
    let policy = Policy::default();
    let g = matter_guide(&tiny(None, None), &policy, "A").unwrap();
    let find = |k: &str| elements(&g).find(|e| e.key == k).unwrap().clone();
    assert_eq!(find("place").status, Status::Missing);
    assert_eq!(find("place").findings, [Rule::MatterMissingContact]);
    assert_eq!(find("time_limit.promised_workdays").status, Status::Missing);
    // A material's 准备要点 is missing: the material is listed, its value says which part.
    let mat = find("materials[0]");
    assert_eq!(mat.status, Status::Present);
    assert!(mat.value.unwrap().contains("准备要点：未公布"));
    assert_eq!(mat.findings, [Rule::MaterialMissingNotes]);
    // The law's defaults are named as such.
    assert_eq!(find("validity").status, Status::Default);
    assert_eq!(find("conditions").status, Status::Default);
    // Catalog text is escaped in the page.
    assert!(g.html.contains("申请表&lt;script&gt;") && !g.html.contains("<script>"));

    let g = matter_guide(&tiny(Some("市政务服务中心3号窗口"), Some(5)), &policy, "A").unwrap();
    let find = |k: &str| elements(&g).find(|e| e.key == k).unwrap().clone();
    assert_eq!(
        find("place").value.as_deref(),
        Some("市政务服务中心3号窗口")
    );
    assert_eq!(find("time_limit.promised_workdays").status, Status::Present);
    assert!(g.gaps.iter().all(|x| x.rule != Rule::MatterMissingContact));
}

#[test]
fn unknown_codes_are_refused() {
    let policy = Policy::default();
    let e = matter_guide(&sample(), &policy, "NO-SUCH").unwrap_err();
    assert_eq!(e.path(), Some("code"));
    let e = bundle_guide(&sample(), &policy, "no-such").unwrap_err();
    assert_eq!(e.path(), Some("bundle"));
}

#[test]
fn a_matter_with_many_materials_is_worked_in_one_pass() {
    // 20,000 materials, each without its 准备要点: 20,000 gaps, each placed on its element by
    // look-up (a pairwise match would be 4×10⁸ comparisons).
    let n = 20_000;
    let materials: Vec<serde_json::Value> = (0..n)
        .map(|i| serde_json::json!({"id": format!("m{i}"), "name": format!("材料{i}"), "rank": "principal", "attribute": "specific", "source": "applicant"}))
        .collect();
    let uses: Vec<serde_json::Value> = (0..n)
        .map(|i| serde_json::json!({"material": format!("m{i}")}))
        .collect();
    let cat = Catalog::from_json(&serde_json::json!({
        "departments": [{"id": "d1", "name": "市甲局"}],
        "materials": materials,
        "matters": [{"code": "A", "name": "甲", "department": "d1", "materials": uses}]
    }))
    .unwrap();
    let start = std::time::Instant::now();
    let g = matter_guide(&cat, &Policy::default(), "A").unwrap();
    let notes = g
        .gaps
        .iter()
        .filter(|x| x.rule == Rule::MaterialMissingNotes)
        .count();
    assert_eq!(notes, n);
    let marked = elements(&g)
        .filter(|e| e.findings.contains(&Rule::MaterialMissingNotes))
        .count();
    assert_eq!(marked, n);
    eprintln!("guide of {n} materials: {:?}", start.elapsed());
}
