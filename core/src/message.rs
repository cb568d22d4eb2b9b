//! 消息目录 — the typed message catalogs. Each area declares its reasons once, with
//! [`messages!`](crate::messages): one variant per message, with its stable code, its citation
//! and its Chinese and English templates side by side, each argument named once and typed. The
//! rules build a variant (`CreditMsg::Removed { on }`) and never write prose; the catalog renders
//! it in the call's language ([`crate::lang`]), dates through one formatter ([`Arg`]).
//!
//! Every catalog lists itself (`CATALOG`), so `meta.reasons` is read from the types, not from the
//! source text: a host can map or translate every message the library can give.
//!
//! Templates name their arguments: `{on}` shows the argument `on` in the call's language (a date
//! as `2024年11月18日` or `2024-11-18`), `{name:?}` shows it quoted (`"…"`), and `{{`/`}}` are
//! literal braces.

use crate::lang::{current, Lang};
use crate::reason::Citation;
use chrono::NaiveDate;
use serde::Serialize;
use std::borrow::Cow;
use std::fmt::Write;

/// One entry of a catalog: what `meta.reasons` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Entry {
    /// The stable code.
    pub code: &'static str,
    /// The article the message rests on.
    pub citation: Citation,
    /// The Chinese template.
    pub zh: &'static str,
    /// The English template.
    pub en: &'static str,
    /// The names of its arguments, in declaration order.
    pub args: &'static [&'static str],
}

/// An argument of a template, shown in a language.
pub trait Arg {
    /// Writes the argument as `lang` reads it.
    fn show(&self, lang: Lang, out: &mut String);
}

impl<T: Arg + ?Sized> Arg for &T {
    fn show(&self, lang: Lang, out: &mut String) {
        (**self).show(lang, out)
    }
}

impl Arg for str {
    fn show(&self, _: Lang, out: &mut String) {
        out.push_str(self)
    }
}

impl Arg for String {
    fn show(&self, _: Lang, out: &mut String) {
        out.push_str(self)
    }
}

impl Arg for Cow<'_, str> {
    fn show(&self, _: Lang, out: &mut String) {
        out.push_str(self)
    }
}

impl Arg for std::sync::Arc<str> {
    fn show(&self, _: Lang, out: &mut String) {
        out.push_str(self)
    }
}

/// A name in both languages: `Named("输入", "input")`.
#[derive(Debug, Clone, Copy)]
pub struct Named(pub &'static str, pub &'static str);

impl Arg for Named {
    fn show(&self, lang: Lang, out: &mut String) {
        out.push_str(if lang == Lang::Zh { self.0 } else { self.1 })
    }
}

/// A value the caller words in each language (what serde found or expected, in Chinese and as
/// serde says it).
#[derive(Debug, Clone)]
pub struct Pair(pub String, pub String);

impl Arg for Pair {
    fn show(&self, lang: Lang, out: &mut String) {
        out.push_str(if lang == Lang::Zh { &self.0 } else { &self.1 })
    }
}

/// Names enumerated as the language writes them: `甲、乙`, `a, b`.
#[derive(Debug, Clone, Copy)]
pub struct Enumerated<'a, T>(pub &'a [T]);

impl<T: AsRef<str>> Arg for Enumerated<'_, T> {
    fn show(&self, lang: Lang, out: &mut String) {
        let sep = if lang == Lang::Zh { "、" } else { ", " };
        for (i, x) in self.0.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(x.as_ref());
        }
    }
}

/// A date: `2024年11月18日` in Chinese, `2024-11-18` in English.
impl Arg for NaiveDate {
    fn show(&self, lang: Lang, out: &mut String) {
        match lang {
            Lang::Zh => out.push_str(&crate::lang::zh_date(*self)),
            Lang::En => out.push_str(&crate::date::format_ymd(*self)),
        }
    }
}

/// A citation, as printed (`《全称》条目`).
impl Arg for Citation {
    fn show(&self, _: Lang, out: &mut String) {
        out.push_str(&self.text())
    }
}

/// An optional argument: nothing when absent.
impl<T: Arg> Arg for Option<T> {
    fn show(&self, lang: Lang, out: &mut String) {
        if let Some(x) = self {
            x.show(lang, out)
        }
    }
}

macro_rules! display_args {
    ($($t:ty),*) => {
        $(impl Arg for $t {
            fn show(&self, _: Lang, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        })*
    };
}
display_args!(
    u8,
    u16,
    u32,
    u64,
    usize,
    i32,
    i64,
    char,
    rust_decimal::Decimal
);

/// The template of the call's language.
#[inline]
pub fn pick(zh: &'static str, en: &'static str) -> &'static str {
    match current() {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Renders `template` with `args`. A template without arguments is returned as it is, without
/// allocating. A name the arguments lack is written as it stands (the catalog tests forbid it).
pub fn render(template: &'static str, args: &[(&str, &dyn Arg)]) -> Cow<'static, str> {
    if !template.contains(['{', '}']) {
        return Cow::Borrowed(template);
    }
    let lang = current();
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        let Some(end) = tail.find('}').filter(|_| tail.starts_with('{')) else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
            continue;
        };
        let inner = &tail[1..end];
        let (name, quoted) = match inner.strip_suffix(":?") {
            Some(n) => (n, true),
            None => (inner, false),
        };
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, a)) if quoted => {
                let mut s = String::new();
                a.show(lang, &mut s);
                let _ = write!(out, "{s:?}");
            }
            Some((_, a)) => a.show(lang, &mut out),
            None => out.push_str(&tail[..=end]),
        }
        rest = &tail[end + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The names a template uses, for the catalog tests.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        let tail = &rest[i..];
        if let Some(after) = tail.strip_prefix("{{") {
            rest = after;
            continue;
        }
        let Some(end) = tail.find('}') else { break };
        let inner = &tail[1..end];
        names.push(inner.strip_suffix(":?").unwrap_or(inner));
        rest = &tail[end + 1..];
    }
    names
}

/// Declares a typed message catalog: an enum with one variant per message, each with its code,
/// citation and both templates (a citation that depends on the arguments reads them, and names
/// with `; listed` the citation the catalog shows); `code()`, `citation()`, `message()` (in the call's language),
/// `reason()`, `From<_> for Reason`, and `CATALOG`, every entry in declaration order.
///
/// ```ignore
/// messages! {
///     /// The reasons of the credit status.
///     pub enum CreditMsg<'a> {
///         /// 移出黑名单.
///         Removed { on: NaiveDate } => "credit.removed", Citation::new(C, "第七条"),
///             "{on}移出黑名单",
///             "moved off the list on {on}";
///     }
/// }
/// ```
#[macro_export]
macro_rules! messages {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident $(<$lt:lifetime>)? {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $({ $($field:ident : $ty:ty),* $(,)? })?
                    => $code:literal, $cite:expr $(; listed $listed:expr)?,
                    $zh:literal,
                    $en:literal;
            )*
        }
    ) => {
        $crate::texts! {
            $(#[$meta])*
            $vis enum $name $(<$lt>)? {
                $(
                    $(#[$vmeta])*
                    $variant $({ $($field : $ty),* })? => $zh, $en;
                )*
            }
        }

        #[allow(dead_code)]
        impl $(<$lt>)? $name $(<$lt>)? {
            /// Every message of this catalog.
            pub const CATALOG: &'static [$crate::message::Entry] = &[
                $($crate::message::Entry {
                    code: $code,
                    citation: $crate::__listed!($($listed)?, $cite),
                    zh: $zh,
                    en: $en,
                    args: &[$($(stringify!($field)),*)?],
                },)*
            ];

            /// The stable code.
            pub const fn code(&self) -> &'static str {
                match self {
                    $(Self::$variant { .. } => $code,)*
                }
            }

            /// The article it rests on.
            pub fn citation(&self) -> $crate::reason::Citation {
                match self {
                    $(
                        #[allow(unused_variables)]
                        Self::$variant $({ $($field),* })? => $cite,
                    )*
                }
            }

            /// The reason: code, message and citation.
            pub fn reason(&self) -> $crate::reason::Reason {
                $crate::reason::Reason::new(self.code(), self.message(), self.citation())
            }
        }

        impl $(<$lt>)? From<$name $(<$lt>)?> for $crate::reason::Reason {
            fn from(m: $name $(<$lt>)?) -> Self {
                m.reason()
            }
        }
    };
}

/// Declares the texts of a door or a tool (the command, the workbook reader, a binding's own
/// checks): as [`messages!`](crate::messages), one variant per text with both templates side by
/// side and its arguments named once, without a code or citation — they say what is wrong with
/// how the door was used, not a decision. `message()` renders in the call's language, and the enum
/// is `Display`.
#[macro_export]
macro_rules! texts {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident $(<$lt:lifetime>)? {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $({ $($field:ident : $ty:ty),* $(,)? })?
                    => $zh:literal,
                    $en:literal;
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        $vis enum $name $(<$lt>)? {
            $(
                $(#[$vmeta])*
                $variant $({ $(#[allow(missing_docs)] $field: $ty),* })?,
            )*
        }

        #[allow(dead_code)]
        impl $(<$lt>)? $name $(<$lt>)? {
            /// Every text of this set: `(Chinese, English)`.
            pub const TEMPLATES: &'static [(&'static str, &'static str)] = &[$(($zh, $en),)*];

            /// The text in the call's language.
            pub fn message(&self) -> ::std::borrow::Cow<'static, str> {
                match self {
                    $(Self::$variant $({ $($field),* })? => $crate::message::render(
                        $crate::message::pick($zh, $en),
                        &[$($((stringify!($field), $field as &dyn $crate::message::Arg)),*)?],
                    ),)*
                }
            }
        }

        impl $(<$lt>)? ::std::fmt::Display for $name $(<$lt>)? {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.message())
            }
        }
    };
}

/// Wire enums as message arguments: the Chinese term (`label()`) in Chinese, the wire name
/// (`name()`) in English — `wire_args!(Status, DeadlineKind)`.
#[macro_export]
macro_rules! wire_args {
    ($($t:ty),* $(,)?) => {
        $(impl $crate::message::Arg for $t {
            fn show(&self, lang: $crate::lang::Lang, out: &mut String) {
                out.push_str(if lang == $crate::lang::Lang::Zh { self.label() } else { self.name() });
            }
        })*
    };
}

/// The citation a catalog lists: the `listed` one where the variant's own depends on its
/// arguments.
#[doc(hidden)]
#[macro_export]
macro_rules! __listed {
    ($listed:expr, $cite:expr) => {
        $listed
    };
    (, $cite:expr) => {
        $cite
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::scoped;

    messages! {
        enum Sample<'a> {
            Plain => "t.plain", Citation::new("doc", "1"), "固定", "fixed";
            Year { year: &'static str } => "t.year", Citation::new("doc", year); listed Citation::new("doc", "{year}"),
                "{year}年", "{year}";
            Dated { on: NaiveDate, name: &'a str, n: u32 } => "t.dated", Citation::new("doc", "2"),
                "{on}{name:?}共{n}项{{}}", "{name:?} on {on}: {n} {{}}";
        }
    }

    #[test]
    fn renders_in_the_call_language_with_one_date_formatter() {
        let on = NaiveDate::from_ymd_opt(2024, 11, 18).unwrap();
        let m = Sample::Dated {
            on,
            name: "甲",
            n: 3,
        };
        assert_eq!(m.message(), "2024年11月18日\"甲\"共3项{}");
        assert_eq!(
            scoped(Lang::En, || m.message()),
            "\"甲\" on 2024-11-18: 3 {}"
        );
        assert!(matches!(Sample::Plain.message(), Cow::Borrowed("固定")));
        let r: crate::reason::Reason = Sample::Plain.into();
        assert_eq!((r.code, r.citation.article), ("t.plain", "1"));
        assert_eq!(Sample::CATALOG[2].args, ["on", "name", "n"]);
        let y = Sample::Year { year: "2025" };
        assert_eq!(
            (y.citation().article, Sample::CATALOG[1].citation.article),
            ("2025", "{year}")
        );
    }

    texts! {
        enum Said<'a> {
            Cannot { file: &'a str } => "{file}：无法读取", "{file}: cannot be read";
        }
    }

    #[test]
    fn texts_follow_the_call_language() {
        let t = Said::Cannot { file: "a.json" };
        assert_eq!(t.to_string(), "a.json：无法读取");
        assert_eq!(scoped(Lang::En, || t.to_string()), "a.json: cannot be read");
        assert_eq!(Said::TEMPLATES.len(), 1);
    }

    #[test]
    fn placeholders_are_read_as_written() {
        assert_eq!(placeholders("{a}与{b:?}{{x}}"), ["a", "b"]);
        assert_eq!(render("{missing}", &[]), "{missing}");
    }
}
