//! 语言 — the language of messages: Chinese by default (`"lang": "zh"`), English on request
//! (`"lang": "en"`). Codes, paths and citations never change with the language; only the text
//! people read does.
//!
//! The language is a property of the call, not of each function: an engine sets it for the
//! duration of a call ([`scoped`]), and every message made during the call — reasons, errors,
//! findings, alerts — is written in it ([`msg!`](crate::msg)). Outside any call (the Rust API used
//! directly) messages are Chinese.

use chrono::{Datelike, NaiveDate};
use std::cell::Cell;

wire_enum! {
    /// The language of messages.
    Lang {
        /// 中文 (the default).
        Zh => "zh", "中文";
        /// English.
        En => "en", "英文";
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Zh) };
}

/// The language messages are written in on this thread now.
#[inline]
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Runs `f` with messages in `lang`, then restores the language before (also on unwinding).
pub fn scoped<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(lang)));
    f()
}

/// A date as Chinese text reads it: `2024年11月18日`.
pub fn zh_date(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// A date in the current language: `2024年11月18日` or `2024-11-18`.
pub fn date(d: NaiveDate) -> String {
    match current() {
        Lang::Zh => zh_date(d),
        Lang::En => crate::date::format_ymd(d),
    }
}

/// Chooses the Chinese or the English text of a message; only the chosen one is built.
///
/// `msg!("中文", "English")`, or with `format!` on either side.
#[macro_export]
macro_rules! msg {
    ($zh:expr, $en:expr $(,)?) => {
        match $crate::lang::current() {
            $crate::lang::Lang::Zh => ::std::borrow::Cow::<'static, str>::from($zh),
            $crate::lang::Lang::En => ::std::borrow::Cow::<'static, str>::from($en),
        }
    };
}

/// [`msg!`](crate::msg) for fixed texts, as `&'static str`.
#[macro_export]
macro_rules! tr {
    ($zh:literal, $en:literal $(,)?) => {
        match $crate::lang::current() {
            $crate::lang::Lang::Zh => $zh,
            $crate::lang::Lang::En => $en,
        }
    };
}
