//! `zhengwu` — the command for the people who keep a district's 事项清单 and for operators: lint
//! and count a catalog from the spreadsheet departments fill, diff two of them with the reasons
//! and publication dates the rules ask for, count a deadline, check identifiers and calendar
//! years, merge a form, and reach any operation of the JSON door.
//!
//! Exit codes: 0 done; 1 the answer has findings or an identifier is invalid; 2 the command or
//! its input is wrong (a located message says where).

#![forbid(unsafe_code)]

mod cases;
mod catalogs;
mod commands;
mod everyday;
mod notice;
mod render;
mod texts;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "zhengwu", version, about = "政务服务规则：事项清单检查、比对、期限计算、证件号码与日历核验", long_about = None)]
struct Cli {
    /// Engine configuration (JSON file: calendar, policy, regions, limits …)
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The catalog to use instead of the embedded sample (.json, .xlsx or .csv)
    #[arg(long, global = true, value_name = "FILE")]
    catalog: Option<PathBuf>,
    /// Column headings of your workbooks beyond the built-in ones: a JSON file {"other name": "standard heading"}
    #[arg(long, global = true, value_name = "FILE.json")]
    headings: Option<PathBuf>,
    /// Print the JSON door's answer instead of tables
    #[arg(long, global = true)]
    json: bool,
    /// Language of messages: zh (default) or en
    #[arg(long, global = true, value_name = "LANG", default_value = "zh")]
    lang: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// 检查事项清单（公开公示办法的要素、五减目标、时限）
    Lint {
        /// The catalog (.xlsx, .csv or .json); the --catalog or embedded one when absent
        file: Option<PathBuf>,
        /// Also write the findings to this XLSX file
        #[arg(long, value_name = "OUT.xlsx")]
        xlsx: Option<PathBuf>,
    },
    /// 统计事项清单的指标（网上办、最多跑一次、时限压缩等）
    Stats {
        /// The catalog (.xlsx, .csv or .json)
        file: Option<PathBuf>,
    },
    /// 比对两版事项清单：新增、取消、下放、合并及其理由和公布期限
    Diff {
        /// The earlier catalog
        old: PathBuf,
        /// The later catalog
        new: PathBuf,
        /// The day of the change, for the publication dates (default: today)
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
        /// Also write the diff to this XLSX file
        #[arg(long, value_name = "OUT.xlsx")]
        xlsx: Option<PathBuf>,
    },
    /// 计算办结期限（工作日或自然日，特殊环节暂停计时）
    Deadline(DeadlineArgs),
    /// 核验公民身份号码或统一社会信用代码（号码只以遮蔽形式显示）
    Id {
        /// Numbers or codes (spaces and hyphens as typed are fine; quote them)
        #[arg(required = true)]
        values: Vec<String>,
    },
    /// 工作日日历：核对年度文件、显示某年安排、查看覆盖范围
    Calendar {
        #[command(subcommand)]
        what: CalendarCommand,
    },
    /// 一表申报：合并事项的表单
    Form {
        #[command(subcommand)]
        what: FormCommand,
    },
    /// 办事指南：事项或一件事的“明白纸”（文本，或 --html 写出可打印的网页）
    Guide {
        /// A matter code (e.g. TJ-SCJGW-0001) or a bundle id (e.g. enterprise-opening)
        target: String,
        /// Also write the printable page (A4) to this file
        #[arg(long, value_name = "FILE.html")]
        html: Option<PathBuf>,
    },
    /// 事项清单的导入、导出和模板
    Catalog {
        #[command(subcommand)]
        what: CatalogCommand,
    },
    /// 告知承诺：开具承诺（写出状态文件）、按日核查期限和提醒
    Commitment {
        #[command(subcommand)]
        what: CommitmentCommand,
    },
    /// 电子监察：核查办件表中每个办件的期限、超期和提醒
    Case {
        #[command(subcommand)]
        what: CaseCommand,
    },
    /// 调用 JSON 接口的任一操作
    Call {
        /// Operation, e.g. calendar.deadline
        op: String,
        /// Input JSON, or - to read it from stdin (default {})
        input: Option<String>,
    },
}

#[derive(Args)]
pub struct DeadlineArgs {
    /// The start day (not counted), YYYY-MM-DD
    start: String,
    /// A period in working days
    #[arg(
        long,
        conflicts_with = "natural_days",
        required_unless_present = "natural_days"
    )]
    workdays: Option<u32>,
    /// A period in natural days
    #[arg(long)]
    natural_days: Option<u32>,
    /// A paused step: FROM..TO or FROM..TO:STEP, the step as the workbooks name it or its wire name (2024-10-09..2024-10-11:听证 or :hearing)
    #[arg(long, value_name = "FROM..TO[:STEP]")]
    pause: Vec<String>,
}

/// `zhengwu commitment open`.
#[derive(Args)]
pub struct CommitmentOpen {
    /// The matter's code, e.g. TJ-SCJGW-0001
    #[arg(long)]
    matter: String,
    /// The applicant's 统一社会信用代码
    #[arg(long, conflicts_with = "resident_id")]
    uscc: Option<String>,
    /// The applicant's 公民身份号码
    #[arg(long)]
    resident_id: Option<String>,
    /// The day the applicant signed the 告知承诺书, YYYY-MM-DD
    #[arg(long, value_name = "YYYY-MM-DD")]
    committed_on: String,
    /// The day of the approval decision (default: the day of commitment)
    #[arg(long, value_name = "YYYY-MM-DD")]
    decided_on: Option<String>,
    /// Materials still to supply (material ids, comma-separated)
    #[arg(long, value_delimiter = ',')]
    missing: Vec<String>,
    /// The state file to write (the host keeps it and ticks it)
    #[arg(long, value_name = "STATE.json")]
    state: PathBuf,
}

#[derive(Subcommand)]
pub(crate) enum CommitmentCommand {
    /// 开具承诺：计算补交材料、核查、公示等期限，写出状态文件
    Open(CommitmentOpen),
    /// 按日核查：状态文件到某日的期限、提醒和后果（改写状态文件）
    Tick {
        /// The state file written by open (or by the host)
        state: PathBuf,
        /// The day to check on (default: today)
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
    },
}

#[derive(Subcommand)]
pub(crate) enum CaseCommand {
    /// 核查办件表（.xlsx、.csv 或 .json）：状态、承诺和法定期限、超期、提醒
    Supervise {
        /// One case a row: 办件编号, 事项编码, 收件日期, 补正告知日期, 补正日期, 受理日期, 决定日期, 决定结果, 送达日期
        file: PathBuf,
        /// The day to check on (default: today)
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
    },
}

#[derive(Subcommand)]
enum CalendarCommand {
    /// 核对年度节假日文件（法定节假日是否齐全）
    Check {
        /// A year file (zhengwu's or holiday-cn's shape)
        file: PathBuf,
    },
    /// 显示某年的放假和调休安排
    Show {
        /// The year
        year: i32,
    },
    /// 日历覆盖的年份及其依据
    Coverage,
    /// 读入国务院办公厅的节假日安排通知（粘贴为文本文件），核对并写出年度文件
    Import {
        /// The notice as text (one notice, or a notice followed by its later changes)
        file: PathBuf,
        /// Write the year file here
        #[arg(long, value_name = "YEAR.json")]
        out: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum FormCommand {
    /// 合并一件事或若干事项的表单
    Merge {
        /// A bundle (一件事), e.g. enterprise-opening
        #[arg(long, conflicts_with = "matters", required_unless_present = "matters")]
        bundle: Option<String>,
        /// Matter codes, comma-separated
        #[arg(long, value_delimiter = ',')]
        matters: Vec<String>,
    },
}

#[derive(Subcommand)]
enum CatalogCommand {
    /// 把事项清单（--catalog 或内置示例）导出为 XLSX
    Export {
        /// The workbook to write
        #[arg(long, value_name = "OUT.xlsx")]
        out: PathBuf,
    },
    /// 把 XLSX 或 CSV 事项清单读成 JSON（检查每个单元格）
    Import {
        /// The workbook or CSV
        file: PathBuf,
        /// Write the JSON here (default: stdout)
        #[arg(long, value_name = "OUT.json")]
        out: Option<PathBuf>,
    },
    /// 写出空白的事项清单模板
    Template {
        /// The workbook to write
        #[arg(long, value_name = "OUT.xlsx")]
        out: PathBuf,
    },
}

fn main() {
    let cli = Cli::parse();
    // Every message of the run — the engine's, the workbook reader's, the command's own — is in
    // the language of --lang.
    let lang = if cli.lang == "en" {
        zhengwu::lang::Lang::En
    } else {
        zhengwu::lang::Lang::Zh
    };
    let code = zhengwu::lang::scoped(lang, || commands::run(cli));
    std::process::exit(code);
}
