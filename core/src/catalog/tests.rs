//! The embedded catalog against the seed's tables (附件1, 附件2 of `tj-2022-onething`),
//! transcribed here independently of the generator, and the loader's reference checks.

use super::*;

/// (序号, 名称, 牵头单位, [(涉及事项, [责任单位])]) as the published tables list them.
type Row = (
    u32,
    &'static str,
    &'static [&'static str],
    &'static [(&'static str, &'static [&'static str])],
);

const ENTERPRISE: &[Row] = &[
    (
        1,
        "企业开办",
        &["市市场监管委"],
        &[
            ("企业设立登记", &["市市场监管委"]),
            ("公章刻制备案", &["市公安局"]),
            ("发票领用", &["市税务局"]),
            ("企业社会保险登记", &["市人社局"]),
            ("住房公积金单位登记开户", &["市公积金管理中心"]),
        ],
    ),
    (
        2,
        "企业准营(以餐饮店为例)",
        &["市市场监管委"],
        &[
            ("食品经营许可", &["市市场监管委"]),
            (
                "设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批",
                &["市城市管理委"],
            ),
            (
                "公众聚集场所投入使用、营业前消防安全检查",
                &["市消防救援总队"],
            ),
        ],
    ),
    (
        3,
        "员工录用",
        &["市人社局"],
        &[
            ("就业登记", &["市人社局"]),
            ("职工参保登记(社会保险)", &["市人社局"]),
            ("社会保障卡申领", &["市人社局"]),
            ("档案的接收和转递(流动人员)", &["市人社局"]),
            ("职工参保登记(基本医疗保险)", &["市医保局"]),
            ("个人住房公积金账户设立", &["市公积金管理中心"]),
        ],
    ),
    (
        4,
        "涉企不动产登记",
        &["市规划资源局"],
        &[
            ("不动产统一登记", &["市规划资源局"]),
            ("房地产交易税费申报", &["市税务局"]),
        ],
    ),
    (
        5,
        "企业简易注销",
        &["市市场监管委"],
        &[
            ("企业注销登记", &["市市场监管委"]),
            ("税务注销", &["市税务局"]),
        ],
    ),
    (6, "供水报装", &["市水务局"], &[("用水报装", &["市水务局"])]),
    (
        7,
        "供气报装",
        &["市公用事业局"],
        &[("供气报装", &["市公用事业局"])],
    ),
    (
        8,
        "涉企不动产登记预约",
        &["市规划资源局"],
        &[
            ("转移登记", &["市规划资源局"]),
            ("变更登记", &["市规划资源局"]),
            ("登记预约", &["市规划资源局"]),
        ],
    ),
    (
        9,
        "大件运输",
        &["市交通运输委"],
        &[(
            "在公路、高速公路上行驶超过公路、桥梁技术标准的车辆的许可",
            &["市交通运输委"],
        )],
    ),
    (
        10,
        "涉路施工",
        &["市交通运输委", "市公用事业局"],
        &[
            ("公路、高速公路涉路施工", &["市交通运输委"]),
            ("城市道路涉路施工", &["市公用事业局"]),
            ("涉路施工交通安全审查", &["市公安局"]),
        ],
    ),
];

const PERSONAL: &[Row] = &[
    (
        1,
        "新生儿出生",
        &["市卫生健康委"],
        &[
            ("出生医学证明签发", &["市卫生健康委"]),
            ("预防接种证办理", &["市卫生健康委"]),
            ("户口登记", &["市公安局"]),
            ("城乡居民参保登记(基本医疗保险)", &["市医保局"]),
            ("社会保障卡申领", &["市人社局"]),
        ],
    ),
    (
        2,
        "灵活就业",
        &["市人社局"],
        &[
            ("就业登记", &["市人社局"]),
            ("档案的接收和转递(流动人员)", &["市人社局"]),
            ("社会保险登记", &["市人社局"]),
            ("基本医疗保险参保和变更登记", &["市医保局"]),
            ("灵活就业人员社会保险费申报", &["市税务局"]),
        ],
    ),
    (
        3,
        "公民婚育",
        &["市民政局"],
        &[
            ("内地居民婚姻登记", &["市民政局"]),
            ("户口登记项目变更", &["市公安局"]),
            ("户口迁移", &["市公安局"]),
            ("生育登记", &["市卫生健康委"]),
        ],
    ),
    (
        4,
        "扶残助困",
        &["市民政局"],
        &[
            ("残疾人证办理", &["市残联"]),
            (
                "困难残疾人生活补贴和重度残疾人护理补贴资格认定",
                &["市民政局"],
            ),
            ("低保、特困等困难群众医疗救助", &["市医保局"]),
            ("城乡居民基本养老保险补助", &["市人社局"]),
        ],
    ),
    (
        5,
        "军人退役",
        &["市退役军人局"],
        &[
            ("退役报到", &["市退役军人局"]),
            ("户口登记(退役军人恢复户口)", &["市公安局"]),
            ("核发居民身份证", &["市公安局"]),
            ("预备役登记", &["天津市警备区"]),
            ("社会保险登记", &["市人社局"]),
            ("军地养老保险关系转移接续", &["市人社局"]),
            ("基本医疗保险参保和变更登记", &["市医保局"]),
            ("基本医疗保险关系转移接续", &["市医保局"]),
            ("退役士兵自主就业一次性经济补助金的给付", &["市退役军人局"]),
        ],
    ),
    (
        6,
        "二手房转移登记及水电气联动过户",
        &["市规划资源局"],
        &[
            ("房屋交易合同网签备案", &["市住房城乡建设委"]),
            ("房地产交易税费申报", &["市税务局"]),
            ("不动产统一登记", &["市规划资源局"]),
            ("电表过户", &["国网天津市电力公司"]),
            ("水表过户", &["市水务局"]),
            ("天然气过户", &["市公用事业局"]),
        ],
    ),
    (
        7,
        "企业职工退休",
        &["市人社局"],
        &[
            ("职工正常退休(职)申请", &["市人社局"]),
            ("职工提前退休(退职)申请", &["市人社局"]),
            ("职工参保登记(基本医疗保险)", &["市医保局"]),
            ("住房公积金提取(离休、退休)", &["市公积金管理中心"]),
        ],
    ),
    (
        8,
        "公民身后",
        &["市民政局"],
        &[
            ("出具死亡证明(正常死亡)", &["市卫生健康委"]),
            ("出具死亡证明(非正常死亡)", &["市公安局"]),
            ("出具火化证明", &["市民政局"]),
            ("参保人员个人账户一次性支取(基本医疗保险)", &["市医保局"]),
            ("个人账户一次性待遇申领(养老保险)", &["市人社局"]),
            ("遗属待遇申领", &["市人社局"]),
            ("死亡、宣告死亡办理户口注销", &["市公安局"]),
            ("注销驾驶证", &["市公安局"]),
            ("住房公积金提取(死亡)", &["市公积金管理中心"]),
        ],
    ),
    (
        9,
        "税费缴纳",
        &["市税务局"],
        &[
            ("社保缴费办理", &["市税务局"]),
            ("灵活就业人员一键缴费", &["市税务局"]),
            ("开具社保缴费证明", &["市税务局"]),
            ("社会保险费退费申请", &["市税务局"]),
            ("车船税申报", &["市税务局"]),
            ("个人所得税纳税清单查询和申请", &["市税务局"]),
            ("收入纳税明细查询", &["市税务局"]),
        ],
    ),
    (
        10,
        "公(廉)租房申请",
        &["市住房城乡建设委"],
        &[
            ("公共租赁住房资格", &["市民政局"]),
            ("住房租赁补贴", &["市住房城乡建设委"]),
        ],
    ),
    (
        11,
        "异地就医备案",
        &["市医保局"],
        &[
            ("跨省临时外出就医人员备案", &["市医保局"]),
            ("跨省异地长期居住人员备案", &["市医保局"]),
        ],
    ),
    (
        12,
        "特殊人群参加中考优待",
        &["市教委"],
        &[
            ("特殊人群中考加分", &["市教委"]),
            (
                "烈士子女中考优待",
                &["市公安局", "市应急局", "市退役军人局"],
            ),
            ("华侨子女、归侨子女、归侨学生中考加分", &["市侨办"]),
        ],
    ),
    (
        13,
        "特殊人群参加高考优待",
        &["市教委"],
        &[
            ("特殊人群高考优待", &["市教委"]),
            ("自主业退役士兵高考加分", &["市退役军人局"]),
            ("二等功以上退役军人高考加分", &["市退役军人局"]),
            ("烈士子女考加分", &["市公安局", "市应急局", "市退役军人局"]),
            ("华侨子女、归侨子女、归侨学生高考加分", &["市侨办"]),
            ("少数民族考生高考加分", &["市民族宗教委"]),
        ],
    ),
];

#[test]
fn every_bundle_and_matter_of_the_seed_is_present_with_its_departments() {
    let cat = Catalog::tianjin_sample().unwrap();
    for (audience, rows) in [("enterprise", ENTERPRISE), ("personal", PERSONAL)] {
        let bundles: Vec<&Bundle> = cat
            .data()
            .bundles
            .iter()
            .filter(|b| b.audience == audience)
            .collect();
        assert_eq!(bundles.len(), rows.len(), "{audience}");
        for (number, name, leads, matters) in rows {
            let b = bundles
                .iter()
                .find(|b| b.number == Some(*number))
                .unwrap_or_else(|| panic!("{audience} {number}"));
            assert_eq!(b.name, *name);
            let got_leads: Vec<&str> = std::iter::once(&b.lead)
                .chain(&b.co_leads)
                .map(|d| cat.department_name(d))
                .collect();
            assert_eq!(got_leads, *leads, "{name}: lead units");
            assert_eq!(b.matters.len(), matters.len(), "{name}: number of matters");
            for (bm, (mname, units)) in b.matters.iter().zip(matters.iter()) {
                let m = cat.matter(&bm.matter).unwrap();
                assert_eq!(m.name, *mname, "{name}");
                let got: Vec<&str> = std::iter::once(&bm.department)
                    .chain(&bm.co_departments)
                    .map(|d| cat.department_name(d))
                    .collect();
                assert_eq!(got, *units, "{name}: {mname}");
                assert!(m.sample, "{mname} must be labelled as sample data");
            }
        }
    }
}

#[test]
fn one_code_per_matter_across_bundles() {
    // 同一事项、同一编码: a matter listed in two bundles is the same record.
    let cat = Catalog::tianjin_sample().unwrap();
    let code_of = |bundle: &str, name: &str| {
        let b = cat
            .data()
            .bundles
            .iter()
            .find(|b| b.name == bundle)
            .unwrap();
        b.matters
            .iter()
            .find(|bm| cat.matter(&bm.matter).unwrap().name == name)
            .unwrap()
            .matter
            .clone()
    };
    assert_eq!(
        code_of("员工录用", "就业登记"),
        code_of("灵活就业", "就业登记")
    );
    assert_eq!(
        code_of("涉企不动产登记", "不动产统一登记"),
        code_of("二手房转移登记及水电气联动过户", "不动产统一登记")
    );
    assert_eq!(
        code_of("员工录用", "社会保障卡申领"),
        code_of("新生儿出生", "社会保障卡申领")
    );
}

#[test]
fn shared_elements_are_reused_across_matters() {
    let cat = Catalog::tianjin_sample().unwrap();
    let uses = |el: &str| {
        cat.data()
            .matters
            .iter()
            .filter(|m| m.form.iter().any(|f| f.element == el))
            .count()
    };
    for el in ["uscc", "legal_rep_name", "applicant_id", "domicile"] {
        assert!(uses(el) >= 3, "{el} used by {} matters", uses(el));
    }
}

fn base() -> serde_json::Value {
    serde_json::json!({
        "departments": [{"id": "d1", "name": "市某局"}],
        "elements": [{"id": "uscc", "label": "统一社会信用代码", "type": "uscc"}],
        "materials": [{"id": "m1", "name": "申请书", "rank": "principal", "attribute": "specific", "source": "applicant", "notes": "签字", "template": "t"}],
        "matters": [{"code": "A", "name": "甲事项", "department": "d1", "materials": [{"material": "m1"}], "form": [{"element": "uscc", "required": true}]}],
        "bundles": [{"id": "b1", "name": "一件事", "audience": "enterprise", "lead": "d1", "matters": [{"matter": "A", "department": "d1"}]}]
    })
}

#[test]
fn references_are_checked_with_paths() {
    assert!(Catalog::from_json(&base()).is_ok());
    let cases: &[(&str, serde_json::Value, ErrorCode, &str)] = &[
        (
            "/matters/0/materials/0/material",
            "m9".into(),
            ErrorCode::CatalogUnknownMaterial,
            "matters[0].materials[0].material",
        ),
        (
            "/matters/0/form/0/element",
            "nope".into(),
            ErrorCode::CatalogUnknownElement,
            "matters[0].form[0].element",
        ),
        (
            "/matters/0/department",
            "d9".into(),
            ErrorCode::CatalogUnknownDepartment,
            "matters[0].department",
        ),
        (
            "/bundles/0/matters/0/matter",
            "Z".into(),
            ErrorCode::CatalogUnknownMatter,
            "bundles[0].matters[0].matter",
        ),
        (
            "/bundles/0/lead",
            "d9".into(),
            ErrorCode::CatalogUnknownDepartment,
            "bundles[0].lead",
        ),
        (
            "/matters/0/kind",
            "licence".into(),
            ErrorCode::CatalogInvalid,
            "matters[0].kind",
        ),
        (
            "/materials/0/rank",
            3.into(),
            ErrorCode::CatalogInvalid,
            "materials[0].rank",
        ),
    ];
    for (ptr, value, code, path) in cases {
        let mut v = base();
        let (parent, key) = ptr.rsplit_once('/').unwrap();
        v.pointer_mut(parent).unwrap()[key] = value.clone();
        let e = Catalog::from_json(&v).unwrap_err();
        assert_eq!((e.code(), e.path()), (*code, Some(*path)), "{ptr}");
    }
    let mut dup = base();
    let m = dup["materials"][0].clone();
    dup["materials"].as_array_mut().unwrap().push(m);
    let e = Catalog::from_json(&dup).unwrap_err();
    assert_eq!(
        (e.code(), e.path()),
        (ErrorCode::CatalogDuplicateId, Some("materials[1].id"))
    );
}
