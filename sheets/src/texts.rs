//! What the workbook reader and writer say, in the call's language: where a fault lies and what
//! it is, declared once with both templates side by side. Sheet names and headings stay the
//! workbook's own (Chinese) words.

zhengwu::texts! {
    /// The reader's and writer's texts.
    pub enum Said<'a> {
        /// Where: a sheet.
        Sheet { sheet: &'a str } => "工作表「{sheet}」", "sheet “{sheet}”";
        /// Where: a row.
        Row { row: usize } => "第{row}行", " row {row}";
        /// Where: a heading.
        Heading { heading: &'a str } => "「{heading}」", " “{heading}”";
        /// What, after where.
        What { message: &'a str } => "：{message}", ": {message}";
        /// Not one of the values.
        NotAnOption { text: &'a str, options: String } => "“{text}”不是可用的取值（可用：{options}）", "“{text}” is not one of the values ({options})";
        /// Not a whole number.
        NotCount { text: &'a str } => "“{text}”不是非负整数", "“{text}” is not a whole number from 0";
        /// A time limit that is no number of working days.
        NotWorkdays { text: &'a str } => "“{text}”不是工作日数（写作 20、20个工作日或即办）", "“{text}” is not a number of working days (write 20, 20个工作日 or 即办)";
        /// Not an amount.
        NotAmount { text: &'a str } => "“{text}”不是金额（如 12.50）", "“{text}” is not an amount (such as 12.50)";
        /// Not yes or no.
        NotYesNo { text: &'a str } => "“{text}”不是“是”或“否”", "“{text}” is not 是 or 否 (yes or no)";
        /// Not a date.
        NotDate { text: &'a str } => "“{text}”不是日期（写作 2025-03-03、2025/3/3 或 2025年3月3日）", "“{text}” is not a date (write 2025-03-03, 2025/3/3 or 2025年3月3日)";
        /// A message about a file.
        About { file: &'a str, message: String } => "{file}：{message}", "{file}: {message}";
        /// Not JSON.
        NotJson { error: String } => "不是有效的 JSON（{error}）", "not valid JSON ({error})";
        /// No heading row.
        /// How many faults a file has, before they are listed.
        Faults { n: usize } => "共{n}处问题：", "{n} faults:";
        /// Faults past those listed.
        MoreFaults { n: usize } => "……另有{n}处", "… and {n} more";
        NoHeadings => "缺少标题行", "the heading row is missing";
        /// A heading twice.
        HeadingTwice => "列标题重复", "the heading appears twice";
        /// An unknown heading.
        UnknownColumn { column: usize, known: String } => "未知的列（第{column}列）；可用的列：{known}", "unknown column (column {column}); the columns are: {known}";
        /// A column missing.
        ColumnMissing => "缺少这一列", "this column is missing";
        /// A cell left empty.
        Empty => "未填写", "not filled in";
        /// A sheet missing.
        SheetMissing => "工作簿中没有这张工作表", "the workbook has no such sheet";
        /// No matters sheet for a nested sheet.
        NoMattersSheet => "没有对应的事项工作表", "there is no matters sheet for it";
        /// A row naming a matter not on the matters sheet.
        NoSuchMatter { code: &'a str } => "事项工作表中没有编码为“{code}”的事项", "the matters sheet has no matter coded “{code}”";
        /// A department not on the departments sheet.
        NoSuchDepartment { name: &'a str } => "部门工作表中没有“{name}”（按部门编码或名称查找）", "the departments sheet has no “{name}” (looked up by id or name)";
        /// Neither .xlsx nor .csv.
        NotWorkbook { file: &'a str } => "{file}：不是 .xlsx 或 .csv 文件", "{file}: not an .xlsx or .csv file";
        /// An inconsistent workbook.
        Inconsistent => "工作簿内容不一致（单元格引用了不存在的共享字符串或样式），无法读取", "the workbook is inconsistent (a cell refers to a shared string or style that does not exist) and cannot be read";
        /// An unreadable workbook.
        CannotReadWorkbook { error: String } => "无法读取 XLSX 工作簿（{error}）", "the XLSX workbook cannot be read ({error})";
        /// An unreadable sheet.
        CannotReadSheet { sheet: &'a str, error: String } => "工作表「{sheet}」无法读取（{error}）", "sheet “{sheet}” cannot be read ({error})";
        /// A CSV not in UTF-8.
        CsvNotUtf8 => "既不是 UTF-8 也不是 GBK 编码的 CSV（请以“CSV UTF-8”格式另存）", "a CSV in neither UTF-8 nor GBK (save it as “CSV UTF-8”)";
        /// An unreadable CSV row.
        CannotReadRow { row: usize, error: String } => "第{row}行无法读取（{error}）", "row {row} cannot be read ({error})";
        /// A file that cannot be written.
        CannotWrite { file: &'a str, error: String } => "{file}：无法写入（{error}）", "{file}: cannot be written ({error})";
        /// Where a budget is passed.
        AtRow { sheet: &'a str, row: u64, what: String } => "工作表「{sheet}」第{row}行：{what}", "sheet “{sheet}” row {row}: {what}";
        /// Too many rows.
        TooManyRows { max: u64 } => "超过每张工作表最多{max}行的限制，不予读取", "more than the {max} rows a sheet may have; not read";
        /// Too many columns.
        TooManyColumns { column: u64, max: u64 } => "第{column}列有内容，超过最多{max}列的限制，不予读取", "column {column} holds a value, past the {max} columns allowed; not read";
        /// A cell too long.
        CellTooLong { column: u64, chars: usize, max: usize } => "第{column}列的单元格有{chars}个字符，超过{max}个的限制", "the cell of column {column} has {chars} characters, more than the {max} allowed";
        /// Too many cells.
        TooManyCells { max: usize } => "工作簿的单元格超过{max}个，不予读取", "the workbook has more than {max} cells; not read";
        /// Not an XLSX.
        NotXlsx { error: String } => "不是有效的 XLSX 工作簿（{error}）", "not a valid XLSX workbook ({error})";
        /// Too many parts.
        TooManyParts { parts: usize, max: usize } => "工作簿有{parts}个部件，超过{max}个的限制", "the workbook has {parts} parts, more than the {max} allowed";
        /// An unreadable part.
        CannotReadPart { part: usize, error: String } => "工作簿的第{part}个部件无法读取（{error}）", "part {part} of the workbook cannot be read ({error})";
        /// A part that does not unpack.
        CannotUnpack { name: &'a str, error: String } => "部件「{name}」无法解压（{error}）", "part “{name}” cannot be unpacked ({error})";
        /// A part larger than it says.
        PartLies { name: &'a str, declared: u64 } => "部件「{name}」解压后超过其声明的{declared}字节（文件头不实），不予读取", "part “{name}” unpacks to more than the {declared} bytes it declares (a false header); not read";
        /// A part too large or too compressed.
        PartTooLarge { name: &'a str, declared: u64, packed: u64, max: u64, ratio: u64 } => "部件「{name}」解压后为{declared}字节（压缩后{packed}字节）；工作簿解压后最多{max}字节、压缩比最多{ratio}倍，不予读取", "part “{name}” unpacks to {declared} bytes ({packed} packed); a workbook unpacks to at most {max} bytes at a ratio of at most {ratio}; not read";
    }
}
