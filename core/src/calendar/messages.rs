//! The reasons of the calendar (办理期限, 节假日安排): every message a deadline, a year's check, a
//! notice read or a year's changes can give, with its code, citation and both templates.

use super::citation::{notice_citation, year_str};
use super::data::YearSource;
use super::statutory::Law;
use super::Period;
use crate::lang::Lang;
use crate::message::{Arg, Named};
use crate::reason::{doc, Citation};
use crate::step::SpecialStep;
use chrono::NaiveDate;
use std::fmt::Write;

const WORKDAY_LAW: Citation = Citation::new(doc::PRC_LICENSING_LAW, "第八十二条");
const START_EXCLUDED: Citation = Citation::new(doc::PRC_CIVIL_CODE, "第二百零一条");
const REST_DAY_ROLL: Citation = Citation::new(doc::PRC_CIVIL_CODE, "第二百零三条");
const PAUSE_LAW: Citation = Citation::new(doc::PRC_LICENSING_LAW, "第四十五条");
const NOTICE_LISTED: Citation = Citation::new(doc::CN_HOLIDAY_NOTICE, "{year}");

messages! {
    /// 办理期限 (`calendar.deadline`): how a period is counted (行政许可法 第八十二条; 民法典
    /// 第二百零一条, 第二百零三条) and what pauses it (第四十五条; 公开公示办法 第十四条).
    pub enum DeadlineMsg {
        /// A step whose time counts (公开公示办法 第十四条).
        PauseCounted { from: NaiveDate, to: NaiveDate, step: &'static str }
            => "pause.counted", SpecialStep::EXCLUSION_CITATION,
            "{from}至{to}（{step}）不暂停计时：{step}所需时间计入办理时限",
            "{from}…{to} ({step}) is not paused: the time of {step} counts toward the limit";
        /// Working days (第八十二条).
        Workdays { start: NaiveDate, n: Ordinal } => "period.workdays", WORKDAY_LAW,
            "期限为{start}后第{n}个工作日：休息日和法定节假日不计入，调休上班日计入",
            "due on the {n} working day after {start}: weekends and statutory holidays are not counted, 调休 working days are";
        /// The start day is not counted (民法典 第二百零一条).
        StartExcluded { start: NaiveDate } => "period.start_excluded", START_EXCLUDED,
            "起算日{start}当日不计入",
            "the start day {start} is not counted";
        /// Natural days (民法典 第二百零一条).
        NaturalDays { start: NaiveDate, period: Period, n: u32 } => "period.natural_days", START_EXCLUDED,
            "自{start}起{n}个自然日，按日历日计算；起算日当日不计入",
            "{period} after {start}, counted on the plain calendar; the start day is not counted";
        /// The last day is a holiday (民法典 第二百零三条).
        RollHoliday { last: NaiveDate, holiday: String, due: NaiveDate } => "period.rest_day_roll", REST_DAY_ROLL,
            "期限届满日{last}为{holiday}放假日，顺延至其后第一个工作日{due}",
            "the last day {last} is a day off of {holiday}; the deadline moves to the next working day {due}";
        /// The last day is paused (民法典 第二百零三条).
        RollPaused { last: NaiveDate, due: NaiveDate } => "period.rest_day_roll", REST_DAY_ROLL,
            "期限届满日{last}为暂停计时日，顺延至其后第一个工作日{due}",
            "the last day {last} is a paused day; the deadline moves to the next working day {due}";
        /// The last day is a weekend day (民法典 第二百零三条).
        RollWeekend { last: NaiveDate, due: NaiveDate } => "period.rest_day_roll", REST_DAY_ROLL,
            "期限届满日{last}为休息日，顺延至其后第一个工作日{due}",
            "the last day {last} is a weekend day; the deadline moves to the next working day {due}";
        /// Paused working days (公开公示办法 第十四条).
        PausedWorkdays { from: NaiveDate, to: NaiveDate, days: Period } => "pause.excluded", SpecialStep::EXCLUSION_CITATION,
            "{from}至{to}暂停计时：{days}不计入",
            "{from}…{to} is paused: {days} not counted";
        /// Paused days (公开公示办法 第十四条).
        PausedDays { from: NaiveDate, to: NaiveDate, days: DayCount } => "pause.excluded", SpecialStep::EXCLUSION_CITATION,
            "{from}至{to}暂停计时：{days}不计入",
            "{from}…{to} is paused: {days} not counted";
        /// 第四十五条.
        PauseLaw => "pause.law", PAUSE_LAW,
            "听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审所需时间不计算在办理时限内",
            "the time of hearings, bidding, auctions, inspection, testing, quarantine, appraisal and expert review is not counted in the limit";
    }
}

messages! {
    /// 节假日安排: the years the calendar holds, checked, read from a notice, and changed.
    pub enum YearMsg<'a> {
        /// A year past the official ones (全国年节及纪念日放假办法).
        Provisional { year: i32, law: &'static str } => "calendar.provisional", Law::CITATION,
            "未载入《国务院办公厅关于{year}年部分节假日安排的通知》：该年按休息日和《全国年节及纪念日放假办法》（{law}）规定的法定节假日推算，不含调休——在载入通知前为暂定",
            "{year}'s holiday arrangement (国务院办公厅关于{year}年部分节假日安排的通知) is not loaded: its days off are taken as the weekends and the statutory holidays of 全国年节及纪念日放假办法 ({law}), without 调休 — provisional (暂定) until the notice is loaded";
        /// A range past the official ones.
        ProvisionalRange { from: NaiveDate, to: NaiveDate } => "calendar.provisional", Law::CITATION,
            "{from}至{to}：仅按休息日和《全国年节及纪念日放假办法》规定的法定节假日推算，不含调休——暂定",
            "from {from} to {to}: weekends and the statutory holidays of 全国年节及纪念日放假办法 only, without 调休 — provisional (暂定)";
        /// The official range (行政许可法 第八十二条).
        OfficialRange { from: NaiveDate, to: NaiveDate } => "calendar.official_range", WORKDAY_LAW,
            "{from}至{to}为官方公布的节假日安排",
            "official arrangements from {from} to {to}";
        /// The notice a year comes from.
        OfficialYear { year: i32, notice: Notice<'a> } => "calendar.official_year", notice_citation(*year); listed NOTICE_LISTED,
            "{year}年：{notice}",
            "{year}: {notice}";
        /// A year the host loaded without naming its notice.
        HostYear { year: i32, notice: Notice<'a> } => "calendar.official_year", Citation::new(doc::HOST_CALENDAR, year_str(*year)); listed Citation::new(doc::HOST_CALENDAR, "{year}"),
            "{year}年：{notice}",
            "{year}: {notice}";
        /// A statutory holiday the file does not give off.
        MissingHoliday { holiday: &'static str, day: &'static str, date: NaiveDate } => "calendar.missing_holiday", Law::CITATION,
            "{holiday}{day}（{date}）在文件中未列为放假日",
            "{holiday} {day} ({date}) is not a day off in the file";
        /// Statutory holidays a notice does not give off.
        MissingHolidays { missing: Listed<'a> } => "calendar.missing_holiday", Law::CITATION,
            "下列法定节假日未列为放假日：{missing}；载入前请核对通知全文",
            "not a day off in the text: {missing} — check the whole notice before loading";
        /// A year whose statutory table is not known.
        StatutoryUnknown { year: i32, last: i32 } => "calendar.statutory_unknown", Law::CITATION,
            "未核对{year}年的法定节假日（可核对2000年至{last}年）",
            "the statutory holidays of {year} are not checked (2000 to {last})";
        /// Every statutory holiday off, under the decree in force.
        CompleteYear { year: i32, law: &'static str } => "calendar.complete_year", Law::CITATION,
            "{year}年《全国年节及纪念日放假办法》（{law}）规定的法定节假日均已列为放假日",
            "every statutory holiday of {year} under 全国年节及纪念日放假办法 ({law}) is a day off";
        /// Every statutory holiday off, in a notice.
        CompleteNotice { year: i32 } => "calendar.complete_year", Law::CITATION,
            "{year}年的法定节假日均已列为放假日",
            "every statutory holiday of {year} is a day off";
        /// A notice read.
        NoticeRead { year: i32, items: usize } => "calendar.notice_read", notice_citation(*year); listed NOTICE_LISTED,
            "读出通知的{items}项安排",
            "{items} items read from the notice";
        /// A notice read from a text without its title.
        NoticeReadUntitled { year: i32, items: usize } => "calendar.notice_read", notice_citation(*year); listed NOTICE_LISTED,
            "按所给通知文本读出{items}项安排（文本未载明标题）",
            "{items} items read from the text given (it shows no title)";
        /// What a notice changes against the projection.
        ProjectionChanges { year: i32, days: usize } => "calendar.projection_changes", notice_citation(*year); listed NOTICE_LISTED,
            "与按法定节假日和周末的推算相比，通知改变{days}天（调休放假和调休上班）",
            "against the projection from weekends and statutory days, the notice changes {days} days (调休)";
        /// What loading a year changes.
        YearChanges { year: i32, days: usize, commitments: usize, cases: usize, source: Citation }
            => "calendar.year_changes", *source; listed NOTICE_LISTED,
            "载入{year}年的安排后：{days}天的工作日状态改变，{commitments}件承诺审批和{cases}件办件的期限随之改变",
            "once {year} is loaded: {days} days change, and the deadlines of {commitments} commitments and {cases} cases move";
    }
}

/// An ordinal: `3` in Chinese (第3个), `3rd` in English.
#[derive(Debug, Clone, Copy)]
pub struct Ordinal(pub u32);

impl Arg for Ordinal {
    fn show(&self, lang: Lang, out: &mut String) {
        let n = self.0;
        let suffix = match (lang, n % 10, n % 100) {
            (Lang::Zh, _, _) => "",
            (_, _, 11..=13) => "th",
            (_, 1, _) => "st",
            (_, 2, _) => "nd",
            (_, 3, _) => "rd",
            _ => "th",
        };
        let _ = write!(out, "{n}{suffix}");
    }
}

/// A number of calendar days: `3日`, `3 days`.
#[derive(Debug, Clone, Copy)]
pub struct DayCount(pub u32);

impl Arg for DayCount {
    fn show(&self, lang: Lang, out: &mut String) {
        let n = self.0;
        let _ = match lang {
            Lang::Zh => write!(out, "{n}日"),
            Lang::En => write!(out, "{n} day{}", if n == 1 { "" } else { "s" }),
        };
    }
}

/// Items joined as the language lists them: `甲；乙`, `a; b`.
#[derive(Debug, Clone, Copy)]
pub struct Listed<'a>(pub &'a [String]);

impl Arg for Listed<'_> {
    fn show(&self, lang: Lang, out: &mut String) {
        out.push_str(&self.0.join(if lang == Lang::Zh { "；" } else { "; " }));
    }
}

/// The notice a year's data names: its title (or that the data shows none), 文号, date, address.
#[derive(Debug, Clone, Copy)]
pub struct Notice<'a>(pub &'a YearSource);

impl Arg for Notice<'_> {
    fn show(&self, lang: Lang, out: &mut String) {
        let src = self.0;
        match (&src.title, lang) {
            (Some(t), _) => out.push_str(t),
            (None, Lang::Zh) => out.push_str("所依据的通知（数据未载明标题）"),
            (None, Lang::En) => out.push_str("the notice (its title is not in the data)"),
        }
        if let Some(n) = &src.number {
            let _ = write!(out, "（{n}）");
        }
        if let Some(d) = src.date {
            out.push_str(if lang == Lang::Zh { "，" } else { ", " });
            d.show(lang, out);
        }
        if let Some(u) = &src.url {
            let _ = write!(out, ", {u}");
        }
    }
}

texts! {
    /// What is wrong with calendar data (`calendar.invalid_data`, `calendar.implausible_year`,
    /// `calendar.incomplete_year`).
    pub enum DataText<'a> {
        /// Not JSON.
        NotJson { error: String } => "日历数据不是有效的 JSON：{error}", "calendar data is not JSON: {error}";
        /// A year key that is no year.
        BadYearKey { key: &'a str } => "年份键 {key:?} 不是四位年份", "year key {key:?} is not a four-digit year";
        /// A day outside its year.
        NotInYear { date: NaiveDate, year: i32 } => "{date}不在{year}年内", "{date} is not in year {year}";
        /// A holiday without its name.
        HolidayEmpty => "节假日名称为空", "holiday name is empty";
        /// A day listed twice.
        Twice { date: NaiveDate, first: &'a str } => "{date}重复列出（首次在 {first}）", "{date} is listed twice (first at {first})";
        /// A weekday declared a working day.
        WeekdayWorkday { date: NaiveDate } => "{date}是周一至周五；只有休息日才能调为上班日（调休）", "{date} is a weekday; only weekend days can be declared working days (调休)";
        /// The lists against `working_days_in_year`.
        WorkingDays { year: i32, count: u32, expected: u32 } => "按所列日期{year}年有{count}个工作日，而 working_days_in_year 为{expected}", "the lists give {count} working days in {year}, but working_days_in_year says {expected}";
        /// More of something than any notice has set.
        Implausible { year: i32, n: usize, what: Named, max: usize } => "{year}年列出{n}个{what}，超过历年国务院办公厅节假日安排通知的最多{max}个；请核对数据", "{year} lists {n} {what}, more than the {max} any State Council notice has set; check the data";
        /// Statutory holidays missing.
        Incomplete { year: i32, missing: Listed<'a> } => "{year}年数据不完整，下列法定节假日未列为放假日：{missing}（《全国年节及纪念日放假办法》第二条）", "{year} is incomplete: not a day off in its lists — {missing} (全国年节及纪念日放假办法 第二条)";
    }
}

texts! {
    /// What the calendar refuses: days outside its data, pauses that end before they start,
    /// years it cannot hold together.
    pub enum CalendarText<'a> {
        /// Years not contiguous.
        NotContiguous { year: i32, next: i32 } => "年份须连续：{year}年之后是{next}年", "years must be contiguous: {year} is followed by {next}";
        /// Too many holiday names.
        TooManyNames { max: usize } => "节假日名称超过{max}个", "more than {max} distinct holiday names";
        /// A day outside the data.
        OutOfRange { day: NaiveDate, from: NaiveDate, to: NaiveDate } => "{day}不在日历数据范围内（{from}至{to}）", "{day} is outside the calendar's data ({from} to {to})";
        /// Working days past the data.
        AddOutOfRange { day: NaiveDate, n: i64, from: NaiveDate, to: NaiveDate } => "{day}起{n}个工作日超出日历数据范围（{from}至{to}）", "{n} working days from {day} falls outside the calendar's data ({from} to {to})";
        /// A day number that is no date.
        NotADayNumber { day: i64 } => "1970年1月1日起第{day}日不是有效日期", "{day} days from 1970-01-01 is not a date";
        /// A pause ending before it starts.
        PauseBackwards { from: NaiveDate, to: NaiveDate } => "暂停区间的结束日（{to}）早于开始日（{from}）", "pause ends ({to}) before it starts ({from})";
        /// A pause of a column ending before it starts (the days as written in ISO form).
        PauseBackwardsIso { from: String, to: String } => "暂停区间的结束日（{to}）早于开始日（{from}）", "pause ends ({to}) before it starts ({from})";
        /// Columns of different lengths.
        RowsDiffer { what: &'a str, m: usize, n: usize } => "{what}有{m}行，起算日有{n}行", "{what} has {m} rows, starts {n}";
        /// A start outside the date range.
        StartOutOfRange => "起算日超出日期范围", "the start is out of the date range";
        /// A count that is no count.
        NotACount { count: i64 } => "期限天数{count}不是非负整数", "{count} is not a count of days";
        /// Days past the last date there is.
        PlusDays { day: String, n: u64 } => "{day} 加 {n} 日超出日期范围", "{day} plus {n} days is not a date";
        /// A notice settling a day of a year without data.
        YearWithoutData { year: i32, date: NaiveDate, of: i32 } => "{year}年的通知安排了{date}（属{of}年），而该年没有数据：请一并载入该年", "the notice for {year} settles {date}, in {of}, which has no data: load that year too";
        /// A year whose statutory holidays cannot be computed.
        NoStatutory { year: i32, last: i32 } => "无法推算{year}年的法定节假日（可推算2000年至{last}年）", "the statutory holidays of {year} cannot be computed (2000 to {last})";
        /// A notice for another year than given.
        NoticeYearDiffers { arranged: i32, given: i32 } => "通知安排的是{arranged}年，与给出的 year {given} 不符", "the notice arranges {arranged}, not the year {given} given";
        /// A notice that does not say its year.
        NoticeWithoutYear => "通知文本中找不到所安排的年份（如“关于2027年部分节假日安排的通知”），请给出 year", "the text does not say which year it arranges (关于2027年部分节假日安排的通知): give year";
        /// A notice without items.
        NoticeWithoutItems => "通知文本中没有放假或上班的安排（应有“一、元旦：1月1日放假…”这样的条目）", "the text sets no day off or working day (items like 一、元旦：1月1日放假…)";
    }
}

texts! {
    /// Why a notice is refused (`calendar.invalid_notice`): the item and the phrase, then what is
    /// wrong with it.
    pub enum NoticeText<'a> {
        /// The frame: where, the phrase, why.
        Refused { at: &'a str, phrase: &'a str, why: String } => "{at}“{phrase}”{why}", "{at}\"{phrase}\": {why}";
        /// A date that does not exist.
        NoSuchDate { y: i32, m: u32, d: u32, iso: String } => "中的{y}年{m}月{d}日不存在", "{iso} does not exist";
        /// A bracketed weekday that is not the date's.
        WeekdayMismatch { given: &'a str, date: NaiveDate, actual: &'a str, weekday: String } => "：括号中的星期{given}与{date}不符（该日是星期{actual}）", "the weekday in brackets is not {date}'s ({weekday})";
        /// A 调休 working day on a weekday.
        NotWeekend { date: NaiveDate, weekday: &'a str } => "：调休上班日{date}是星期{weekday}，不是周末", "the 调休 working day {date} is not a weekend day";
        /// A day both off and working.
        OffAndWorking { date: NaiveDate } => "：{date}既放假又上班", "{date} is both a day off and a working day";
        /// A 共N天 that does not match its span.
        SpanMismatch { from: NaiveDate, to: NaiveDate, span: i64 } => "与所列日期不符：{from}至{to}共{span}天", "does not match the span {from}…{to} ({span} days)";
        /// A span no notice sets.
        BadSpan { from: NaiveDate, to: NaiveDate } => "的起止日期不成立（{from}至{to}）", "is not a span a notice sets ({from} to {to})";
        /// An extension without its notice.
        ExtensionFirst => "：延长的假期须与原通知一并给出（先原通知，后延长的通知）", "an extension needs the notice it extends, given before it";
    }
}
