//! A department's 实施清单 export as it arrives: the sheet is `Sheet1`, a merged title row sits
//! above the headings, the headings are synonyms (`承诺时限`, `实施部门`), an extra column
//! (`备注`) the template lacks, values written as people write them (`20个工作日`, `即办`, `否`
//! for 收费, `2025/3/3`), and a GBK CSV. A file with several faults reports every one at once.

use rust_xlsxwriter::{Format, Workbook};
use zhengwu_sheets::book;
use zhengwu_sheets::budget::Budget;
use zhengwu_sheets::headings::Headings;
use zhengwu_sheets::import;

const HEADINGS: [&str; 8] = [
    "事项代码",
    "事项名称",
    "实施部门",
    "法定时限",
    "承诺时限（工作日）",
    "是否收费",
    "发布日期",
    "备注",
];

fn export(rows: &[[&str; 8]]) -> Vec<u8> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Sheet1").unwrap();
    ws.merge_range(
        0,
        0,
        0,
        7,
        "天津市宝坻区政务服务事项实施清单",
        &Format::new(),
    )
    .unwrap();
    for (c, h) in HEADINGS.iter().enumerate() {
        ws.write_string(1, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(2 + r as u32, c as u16, *v).unwrap();
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn a_department_export_reads_whole() {
    let bytes = export(&[
        [
            "BD-001",
            "个体工商户登记",
            "区市场监管局",
            "15个工作日",
            "20个工作日",
            "否",
            "2025/3/3",
            "窗口受理",
        ],
        [
            "BD-002",
            "道路挖掘许可",
            "区城管委",
            "20",
            "即办",
            "不收费",
            "2025年3月4日",
            "",
        ],
    ]);
    let tables = book::read_xlsx(bytes, &Budget::default()).unwrap();
    let imported = import::catalog(&tables).unwrap_or_else(|f| panic!("{f}"));
    let m = &imported.catalog["matters"];
    assert_eq!(m[0]["code"], "BD-001");
    assert_eq!(m[0]["time_limit"]["statutory_workdays"], 15);
    assert_eq!(m[0]["time_limit"]["promised_workdays"], 20);
    assert_eq!(m[1]["time_limit"]["promised_workdays"], 0, "即办");
    assert!(m[0].get("fee").is_none(), "否 in 收费 is no fee");
    assert_eq!(m[0]["published_on"], "2025-03-03");
    assert_eq!(m[1]["published_on"], "2025-03-04");
    assert_eq!(
        m[0]["extra"]["备注"], "窗口受理",
        "an unknown column is kept, not dropped"
    );
    assert_eq!(imported.catalog["departments"][0]["name"], "区市场监管局");
    // A fault the engine finds later is traced to Sheet1's row, not a 事项 sheet it lacks.
    let here = imported.locate("matters[1].time_limit", "x").unwrap();
    assert_eq!((here.sheet.as_str(), here.row), ("Sheet1", Some(4)));
}

#[test]
fn every_fault_of_the_file_at_once() {
    let bytes = export(&[
        [
            "BD-001",
            "个体工商户登记",
            "区市场监管局",
            "15天",
            "20个工作日",
            "按标准",
            "2025/2/30",
            "",
        ],
        ["", "道路挖掘许可", "区城管委", "20", "5", "", "", ""],
        [
            "BD-003",
            "临时占道",
            "区城管委",
            "二十",
            "5",
            "",
            "3/3/2025",
            "",
        ],
    ]);
    let tables = book::read_xlsx(bytes, &Budget::default()).unwrap();
    let faults = match import::catalog(&tables) {
        Ok(_) => panic!("a faulty file was read"),
        Err(f) => f,
    };
    let got: Vec<(Option<usize>, Option<&str>)> = faults
        .0
        .iter()
        .map(|l| (l.row, l.heading.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (Some(3), Some("法定办结时限")),
            (Some(3), Some("收费")),
            (Some(3), Some("公布日期")),
            (Some(4), Some("事项编码")),
            (Some(5), Some("法定办结时限")),
            (Some(5), Some("公布日期")),
        ]
    );
    let text = faults.to_string();
    assert!(text.starts_with("共6处问题："), "{text}");
    assert!(
        text.contains("工作表「Sheet1」第3行「法定办结时限」：“15天”不是工作日数"),
        "{text}"
    );
    assert!(faults.0.iter().all(|l| l.sheet == "Sheet1"));
}

#[test]
fn a_hosts_own_headings() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["编号", "事项名称", "承诺天数"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (c, v) in ["BD-9", "某事项", "3"].iter().enumerate() {
        ws.write_string(1, c as u16, *v).unwrap();
    }
    let tables = book::read_xlsx(wb.save_to_buffer().unwrap(), &Budget::default()).unwrap();
    let err = import::catalog(&tables)
        .err()
        .expect("编号 is no heading of the template")
        .to_string();
    assert!(
        err.contains("事项编码") && err.contains("缺少这一列"),
        "{err}"
    );
    let names = Headings::new().with([
        ("编号".into(), "事项编码".into()),
        ("承诺天数".into(), "承诺办结时限".into()),
    ]);
    let imported = import::catalog_with(&tables, &names).unwrap_or_else(|f| panic!("{f}"));
    assert_eq!(
        imported.catalog["matters"][0]["time_limit"]["promised_workdays"],
        3
    );
}

#[test]
fn a_gbk_csv_reads_as_the_utf8_one() {
    let text = "事项编码,事项名称,实施主体,承诺时限\nBD-1,个体工商户登记,区市场监管局,5个工作日\n";
    let (gbk, _, bad) = encoding_rs::GBK.encode(text);
    assert!(!bad);
    let table = book::read_csv(&gbk, &Budget::default()).unwrap();
    let utf8 = book::read_csv(text.as_bytes(), &Budget::default()).unwrap();
    assert_eq!(table.rows.len(), utf8.rows.len());
    let a = import::catalog(&[table]).unwrap_or_else(|f| panic!("{f}"));
    let b = import::catalog(&[utf8]).unwrap_or_else(|f| panic!("{f}"));
    assert_eq!(a.catalog, b.catalog);
    assert_eq!(a.catalog["matters"][0]["name"], "个体工商户登记");
    // Bytes that are neither are refused, not read as mojibake.
    assert!(book::read_csv(b"\xff\xfe\xfd,\x81\n", &Budget::default()).is_err());
}
