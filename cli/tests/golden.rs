//! Every subcommand as users meet it: the binary run with real files, its stdout, stderr and exit
//! code compared with `cli/tests/golden/<case>.txt` (`ZW_UPDATE_GOLDEN=1` rewrites them). Bad
//! files — a broken XLSX, a missing column, a wrong date, an unknown department — must each give
//! a located Chinese message and exit code 2. `--json` must print what the JSON door answers.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn scratch() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("golden");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs the command in `dir` (paths in messages stay relative).
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_zhengwu"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The arguments as a shell line a user can paste: one with a space or a shell character quoted.
fn shell_words(args: &[&str]) -> String {
    args.iter()
        .map(|a| {
            if a.is_empty() || a.contains(|c: char| " \t'\"$&|;<>*?()[]{}~#`\\".contains(c)) {
                format!("'{}'", a.replace('\'', "'\\''"))
            } else {
                a.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn golden(name: &str, dir: &Path, args: &[&str], code: i32) {
    let (got_code, stdout, stderr) = run(dir, args);
    let text = format!(
        "$ zhengwu {}\nexit {got_code}\n--- stdout\n{stdout}--- stderr\n{stderr}",
        shell_words(args)
    );
    let path = root().join("cli/tests/golden").join(format!("{name}.txt"));
    if std::env::var_os("ZW_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no golden file {}: ZW_UPDATE_GOLDEN=1", path.display()));
    assert_eq!(text, want, "{name}: output differs from {}", path.display());
    assert_eq!(got_code, code, "{name}: exit code");
}

#[test]
fn subcommands() {
    let r = root();
    let cases: &[(&str, &[&str], i32)] = &[
        ("lint", &["lint", "examples/catalog/sample.xlsx"], 0),
        ("stats", &["stats", "examples/catalog/sample.xlsx"], 0),
        (
            "stats-no-licence",
            &["stats", "tests/fixtures/catalog-no-licence.json"],
            0,
        ),
        (
            "diff",
            &[
                "diff",
                "examples/catalog/sample.xlsx",
                "examples/catalog/sample-2025.xlsx",
                "--on",
                "2025-03-03",
            ],
            1,
        ),
        (
            "deadline",
            &[
                "deadline",
                "2024-09-20",
                "--workdays",
                "20",
                "--pause",
                "2024-10-09..2024-10-11:hearing",
            ],
            0,
        ),
        (
            "deadline-natural",
            &["deadline", "2024-09-21", "--natural-days", "10"],
            0,
        ),
        (
            "deadline-en",
            &["--lang", "en", "deadline", "2024-09-20", "--workdays", "20"],
            0,
        ),
        (
            "id",
            &[
                "id",
                "110105 19491231 002X",
                "91350100M000100Y43",
                "110105194912310021",
                "120107197001010016",
            ],
            1,
        ),
        ("calendar-show", &["calendar", "show", "2024"], 0),
        (
            "calendar-check",
            &[
                "calendar",
                "check",
                "tests/fixtures/calendar-2027.holiday-cn.json",
            ],
            0,
        ),
        ("calendar-coverage", &["calendar", "coverage"], 0),
        (
            "calendar-import",
            &["calendar", "import", "tests/fixtures/notices/2026.txt"],
            0,
        ),
        (
            "form-merge",
            &["form", "merge", "--bundle", "enterprise-opening"],
            0,
        ),
        ("guide-matter", &["guide", "TJ-SCJGW-0001"], 0),
        ("guide-bundle", &["guide", "enterprise-opening"], 0),
        ("guide-unknown", &["guide", "NO-SUCH"], 2),
        (
            "call",
            &[
                "call",
                "calendar.add_workdays",
                r#"{"date":"2024-09-30","days":1}"#,
            ],
            0,
        ),
        (
            "call-error",
            &["call", "calendar.day", r#"{"date":"2024-02-30"}"#],
            2,
        ),
        (
            "deadline-zh-step",
            &[
                "deadline",
                "2024-09-20",
                "--workdays",
                "20",
                "--pause",
                "2024-10-09..2024-10-11:听证",
            ],
            0,
        ),
        (
            "deadline-bad-pause",
            &[
                "deadline",
                "2024-09-20",
                "--workdays",
                "20",
                "--pause",
                "2024-10-09",
            ],
            2,
        ),
        (
            "deadline-beyond",
            &["deadline", "2026-12-20", "--workdays", "60"],
            2,
        ),
    ];
    for (name, args, code) in cases {
        golden(name, &r, args, *code);
    }
}

#[test]
fn bad_files_are_located_in_chinese() {
    let d = scratch();
    std::fs::write(d.join("broken.xlsx"), b"this is not a workbook").unwrap();
    std::fs::write(d.join("no-name.csv"), "事项编码,实施主体\nX-1,区某局\n").unwrap();
    std::fs::write(
        d.join("bad-date.csv"),
        "事项编码,事项名称,实施主体,公布日期\nX-1,某许可,区某局,2024-13-01\n",
    )
    .unwrap();
    std::fs::write(
        d.join("bad-limit.csv"),
        "事项编码,事项名称,实施主体,法定办结时限\nX-1,某许可,区某局,二十\n",
    )
    .unwrap();
    // A department's export saved by Excel on Chinese Windows: GBK, a title row, synonyms,
    // values as clerks write them, and three faults, all reported at once.
    let clerk = "宝坻区政务服务事项实施清单,,,,,\n\
                 事项代码,事项名称,实施部门,承诺时限（工作日）,是否收费,发布日期\n\
                 BD-1,个体工商户登记,区市场监管局,5个工作日,否,2025/3/3\n\
                 BD-2,道路挖掘许可,区城管委,20天,按标准,2025/2/30\n\
                 BD-3,临时占道,区城管委,即办,不收费,2025年3月4日\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(clerk);
    std::fs::write(d.join("clerk-faults.csv"), &gbk).unwrap();
    let fixed = clerk
        .replace("20天", "20个工作日")
        .replace("按标准", "否")
        .replace("2025/2/30", "2025/3/4");
    std::fs::write(d.join("clerk.csv"), encoding_rs::GBK.encode(&fixed).0).unwrap();
    std::fs::write(d.join("headings.json"), r#"{"编号": "事项编码"}"#).unwrap();
    std::fs::write(
        d.join("own-headings.csv"),
        "编号,事项名称,实施主体\nBD-9,某事项,区某局\n",
    )
    .unwrap();
    let mut cat = json!({"departments": [{"id": "d1", "name": "区甲局"}], "matters": [
        {"code": "X-1", "name": "某许可", "department": "d1"},
        {"code": "X-2", "name": "某服务", "department": "d1"}
    ]});
    zhengwu_sheets::write_catalog(&d.join("good.xlsx"), &cat).unwrap();
    cat["matters"][1]["department"] = json!("区乙局");
    zhengwu_sheets::write_catalog(&d.join("unknown-department.xlsx"), &cat).unwrap();
    std::fs::write(
        d.join("notice.txt"),
        "国务院办公厅关于2024年部分节假日安排的通知\n二、春节：2月10日至17日放假调休，共8天。2月4日（星期六）上班。\n",
    )
    .unwrap();
    let cases: &[(&str, &[&str])] = &[
        ("bad-notice", &["calendar", "import", "notice.txt"]),
        ("bad-broken-xlsx", &["lint", "broken.xlsx"]),
        ("bad-missing-column", &["lint", "no-name.csv"]),
        ("bad-date", &["lint", "bad-date.csv"]),
        ("bad-number", &["lint", "bad-limit.csv"]),
        ("bad-clerk-workbook", &["lint", "clerk-faults.csv"]),
        (
            "bad-unknown-department",
            &["lint", "unknown-department.xlsx"],
        ),
        ("bad-not-a-catalog", &["lint", "nowhere.txt"]),
        // The same faults in English: the engine's, the command's and the files' messages.
        (
            "bad-not-a-catalog-en",
            &["--lang", "en", "lint", "nowhere.txt"],
        ),
        (
            "bad-date-en",
            &["--lang", "en", "deadline", "2024-02-30", "--workdays", "3"],
        ),
        ("bad-guide-en", &["--lang", "en", "guide", "NOPE"]),
        ("bad-csv-date-en", &["--lang", "en", "lint", "bad-date.csv"]),
    ];
    for (name, args) in cases {
        golden(name, &d, args, 2);
    }
    // A workbook that reads: its own findings, located by sheet, row and heading.
    golden("lint-small", &d, &["lint", "good.xlsx"], 1);
    // The clerk's export once fixed reads as it is (GBK, title row, synonyms, 即办, 否).
    golden("stats-clerk", &d, &["stats", "clerk.csv"], 0);
    // Headings of the host's own, from a file; without it the column is missing.
    golden("bad-own-headings", &d, &["lint", "own-headings.csv"], 2);
    golden(
        "lint-own-headings",
        &d,
        &["--headings", "headings.json", "stats", "own-headings.csv"],
        0,
    );
}

/// A commitment opened to a state file and ticked from it; a workbook of cases supervised.
#[test]
fn commitments_and_cases() {
    let d = scratch().join("commitments");
    std::fs::create_dir_all(&d).unwrap();
    let _ = std::fs::remove_file(d.join("state.json"));
    let open: &[&str] = &[
        "commitment",
        "open",
        "--matter",
        "TJ-SCJGW-0001",
        "--uscc",
        "91350100M000100Y43",
        "--committed-on",
        "2024-09-27",
        "--decided-on",
        "2024-09-29",
        "--missing",
        "domicile-proof",
        "--state",
        "state.json",
    ];
    golden("commitment-open", &d, open, 0);
    let state: Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("state.json")).unwrap()).unwrap();
    assert_eq!(state["status"], "active");
    assert_eq!(state["subject"]["uscc"], "91350100M000100Y43");
    golden(
        "commitment-tick",
        &d,
        &["commitment", "tick", "state.json", "--today", "2024-12-20"],
        1,
    );
    std::fs::write(
        d.join("cases.csv"),
        "宝坻区办件登记表,,,,,\n办件编号,事项编码,收件日期,受理日期,决定日期,送达日期\n\
         A-1,TJ-SCJGW-0001,2024/3/4,2024/3/4,2024/3/12,2024/3/13\n\
         A-2,TJ-SCJGW-0001,2024-03-04,2024-03-05,,\n",
    )
    .unwrap();
    golden(
        "case-supervise",
        &d,
        &["case", "supervise", "cases.csv", "--today", "2024-03-20"],
        1,
    );
}

#[test]
fn json_output_is_the_json_doors() {
    let r = root();
    let door = |op: &str, input: Value| zhengwu::Engine::default().call(op, &input).unwrap();
    let (code, stdout, _) = run(&r, &["--json", "lint", "examples/catalog/sample.xlsx"]);
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).unwrap(),
        door("catalog.lint", json!({}))
    );
    let (_, stdout, _) = run(&r, &["--json", "stats", "examples/catalog/sample.xlsx"]);
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).unwrap(),
        door("catalog.stats", json!({}))
    );
    let (_, stdout, _) = run(
        &r,
        &["--json", "deadline", "2024-09-20", "--workdays", "20"],
    );
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).unwrap(),
        door(
            "calendar.deadline",
            json!({"start": "2024-09-20", "period": {"workdays": 20}, "pauses": []})
        )
    );
    let (code, stdout, _) = run(&r, &["--json", "id", "11010519491231002X"]);
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).unwrap(),
        door("id.resident", json!({"id": "11010519491231002X"}))
    );
    assert!(
        !run(&r, &["id", "11010519491231002X"])
            .1
            .contains("11010519491231002X"),
        "tables show the number masked"
    );
}

#[test]
fn round_trip_through_the_command() {
    let d = scratch();
    let (code, _, stderr) = run(&d, &["catalog", "export", "--out", "exported.xlsx"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, stderr) = run(&d, &["catalog", "import", "exported.xlsx"]);
    assert_eq!(code, 0, "{stderr}");
    let back: Value = serde_json::from_str(&stdout).unwrap();
    let engine = zhengwu::Engine::new(&back).unwrap();
    assert_eq!(
        engine.call("catalog.lint", &json!({})).unwrap(),
        zhengwu::Engine::default()
            .call("catalog.lint", &json!({}))
            .unwrap()
    );
    let (code, _, _) = run(&d, &["catalog", "template", "--out", "blank.xlsx"]);
    assert_eq!(code, 0);
    let (code, _, stderr) = run(
        &d,
        &[
            "--catalog",
            "exported.xlsx",
            "lint",
            "--xlsx",
            "findings.xlsx",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let t = zhengwu_sheets::book::read(&d.join("findings.xlsx")).unwrap();
    assert_eq!(t[0].name, "检查结果");
    let findings = zhengwu::Engine::default()
        .call("catalog.lint", &json!({}))
        .unwrap()["findings"]
        .as_array()
        .map_or(0, Vec::len);
    assert!(findings > 0);
    assert_eq!(
        t[0].rows.len(),
        1 + findings,
        "a heading and the sample's findings, one a row"
    );
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, stderr) = run(&root(), &["deadline", "2024-09-20"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--workdays"), "{stderr}");
    let (code, _, _) = run(&root(), &["no-such-command"]);
    assert_eq!(code, 2);
}
