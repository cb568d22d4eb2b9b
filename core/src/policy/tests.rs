//! The policy profiles and their overrides, checked.

use super::*;

#[test]
fn every_profile_lists_every_parameter_in_order() {
    for name in PROFILES {
        let p = Policy::profile(name).unwrap();
        let ids: Vec<_> = p.params().iter().map(|x| x.id).collect();
        assert_eq!(ids, ParamId::ALL);
    }
}

#[test]
fn profiles_differ_where_sources_differ() {
    let t = Policy::profile("tianjin-2018").unwrap();
    let n = Policy::profile("tianjin-2018-notice").unwrap();
    let b = Policy::profile("baodi-2018").unwrap();
    assert_eq!(t.period(ParamId::MaterialsPeriod), Period::Workdays(60));
    assert_eq!(n.period(ParamId::MaterialsPeriod), Period::NaturalDays(60));
    assert_eq!(b.period(ParamId::MaterialsPeriod), Period::NaturalDays(60));
    assert!(b.flag(ParamId::DistrictCreditRule) && !t.flag(ParamId::DistrictCreditRule));
    assert_eq!(t.ratio(ParamId::CompressionMin).to_string(), "0.6");
}

#[test]
fn overrides_are_typed() {
    let mut m = Map::new();
    m.insert(
        "materials_period".into(),
        serde_json::json!({"natural_days": 45}),
    );
    let p = Policy::default().with_overrides(&m).unwrap();
    assert_eq!(p.period(ParamId::MaterialsPeriod), Period::NaturalDays(45));
    let mut bad = Map::new();
    bad.insert("materials_period".into(), serde_json::json!(true));
    let e = Policy::default().with_overrides(&bad).unwrap_err();
    assert_eq!(e.path(), Some("overrides.materials_period"));
    let mut unknown = Map::new();
    unknown.insert("nope".into(), serde_json::json!(1));
    assert_eq!(
        Policy::default()
            .with_overrides(&unknown)
            .unwrap_err()
            .code(),
        ErrorCode::ConfigUnknownParameter
    );
}
