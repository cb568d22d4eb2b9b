//! The command's own texts — what it says about how it was used (a file it cannot write, an
//! option missing) — in the language of `--lang`, declared once with both templates side by side.
//! The engine's messages come from the core's catalogs in the same language.

zhengwu::texts! {
    /// What the command says.
    pub enum Said<'a> {
        /// The prefix of every failure on stderr.
        Error => "错误：", "error: ";
        /// `--lang` other than zh or en.
        LangInvalid => "--lang 只能是 zh 或 en", "--lang is zh or en";
        /// A file that cannot be written.
        CannotWrite { file: &'a str, error: String } => "{file}：无法写入（{error}）", "{file}: cannot be written ({error})";
        /// A file that is no JSON.
        NotJson { file: &'a str, error: String } => "{file}：不是有效的 JSON（{error}）", "{file}: not valid JSON ({error})";
        /// A message about a file.
        About { file: &'a str, message: String } => "{file}：{message}", "{file}: {message}";
        /// The configuration's limits unreadable.
        BadLimits { file: &'a str, error: String } => "{file}：limits 无效（{error}）", "{file}: invalid limits ({error})";
        /// The configuration not an object.
        ConfigNotObject { file: &'a str } => "{file}：配置须为 JSON 对象", "{file}: the configuration must be a JSON object";
        /// An engine error traced to a workbook cell.
        Located { file: &'a str, place: String, code: &'a str } => "{file}：{place}（{code}）", "{file}: {place} ({code})";
        /// An engine error with its path.
        AtPath { message: &'a str, code: &'a str, path: &'a str } => "{message}（{code}，位置 {path}）", "{message} ({code}, at {path})";
        /// An engine error.
        Plain { message: &'a str, code: &'a str } => "{message}（{code}）", "{message} ({code})";
        /// `--pause` written otherwise.
        /// A headings file that is not an object of texts.
        BadHeadings { file: &'a str } => "{file}：列标题对照表应为 JSON 对象，如 {{\"承诺天数\": \"承诺办结时限\"}}", "{file}: a headings file is a JSON object such as {{\"承诺天数\": \"承诺办结时限\"}}";
        /// A commitment without its applicant.
        SubjectMissing => "须给出申请人：--uscc 或 --resident-id", "give the applicant: --uscc or --resident-id";
        /// A cases file of no known shape.
        CasesShape { file: &'a str } => "{file}：办件表须在前10行内有含“事项编码”和“收件日期”的标题行（JSON 则为办件数组）", "{file}: a cases workbook has a heading row naming 事项编码 and 收件日期 in its first 10 rows (or JSON: a list of cases)";
        PauseForm { given: &'a str } => "--pause {given}：应写作 起..止 或 起..止:环节（如 2024-10-09..2024-10-11:听证，环节也可写作 hearing）", "--pause {given}: write FROM..TO or FROM..TO:STEP (e.g. 2024-10-09..2024-10-11:hearing)";
        /// Neither period given.
        PeriodMissing => "--workdays 或 --natural-days 须给出一个", "give one of --workdays or --natural-days";
        /// Not a year.
        NotAYear { year: i32 } => "{year} 不是有效的年份", "{year} is not a year";
        /// Past the last day there is.
        DateOutOfRange => "日期超出范围", "the date is out of range";
        /// Standard input, as a file's name.
        Stdin => "标准输入", "standard input";
        /// Standard input not UTF-8.
        StdinNotUtf8 => "标准输入不是 UTF-8 文本", "standard input is not UTF-8 text";
        /// A guide's target that is neither.
        NotMatterOrBundle { target: String } => "{target} 既不是事项编码，也不是一件事（zhengwu call bundle.list 列出一件事）", "{target} is neither a matter code nor a bundle (zhengwu call bundle.list lists the bundles)";
        /// A file written.
        Wrote { file: &'a str } => "已写出 {file}", "wrote {file}";
        /// A catalog written.
        WroteMatters { file: &'a str, n: usize } => "已写出 {file}（{n} 个事项）", "wrote {file} ({n} matters)";
        /// A blank template written.
        WroteTemplate { file: &'a str } => "已写出空白模板 {file}", "wrote the blank template {file}";
        /// A year file written.
        WroteYearFile { file: &'a str } => "已写出年度文件 {file}", "wrote the year file {file}";
        /// A long run started.
        Checking { n: usize } => "正在检查 {n} 个事项…", "checking {n} matters…";
        /// A long run started.
        Counting { n: usize } => "正在统计 {n} 个事项…", "counting {n} matters…";
        /// A long run started.
        Comparing { n: usize } => "正在比对 {n} 个事项…", "comparing {n} matters…";
        /// A long run done.
        Done { seconds: String } => "完成，用时 {seconds} 秒", "done in {seconds} s";
    }
}
