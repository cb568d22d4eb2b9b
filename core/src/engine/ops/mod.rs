//! The operation table: name → function. `meta.ops` lists it; `Engine::call` dispatches on it.

mod calendar;
mod case;
mod catalog;
mod commitment;
mod credit;
mod diff_years;
mod form;
mod id;
mod materials;
mod meta;
mod notice;

use super::reply::Reply;
use super::Engine;
use crate::error::Result;
use serde_json::Value;

/// An operation: reads its input, returns its answer (which may borrow from the engine and the
/// input).
pub type OpFn = for<'a> fn(&'a Engine, &'a Value) -> Result<Reply<'a>>;

/// Every operation, by name.
pub const OPS: &[(&str, OpFn)] = &[
    ("meta.version", meta::version),
    ("meta.ops", meta::ops),
    ("meta.docs", meta::docs),
    ("meta.reasons", meta::reasons),
    ("explain.answer", meta::explain),
    ("policy.get", meta::policy),
    ("calendar.day", calendar::day),
    ("calendar.add_workdays", calendar::add_workdays),
    ("calendar.workdays_between", calendar::workdays_between),
    ("calendar.deadline", calendar::deadline),
    ("calendar.check_year", calendar::check_year),
    ("calendar.coverage", calendar::coverage),
    ("calendar.parse_notice", notice::parse_notice),
    ("calendar.diff_years", diff_years::diff_years),
    ("id.resident", id::resident),
    ("id.uscc", id::uscc),
    ("id.resident_batch", id::resident_batch),
    ("id.uscc_batch", id::uscc_batch),
    ("catalog.lint", catalog::lint_op),
    ("catalog.stats", catalog::stats_op),
    ("catalog.diff", catalog::diff_op),
    ("matter.get", catalog::matter_get),
    ("matter.guide", catalog::matter_guide),
    ("bundle.list", catalog::bundle_list),
    ("bundle.get", catalog::bundle_get),
    ("bundle.guide", catalog::bundle_guide),
    ("material.review", materials::review_op),
    ("materials.resolve", materials::resolve_op),
    ("commitment.eligibility", commitment::eligibility_op),
    ("commitment.letter_check", commitment::letter_check_op),
    ("commitment.letter", commitment::letter_op),
    ("commitment.open", commitment::open_op),
    ("commitment.apply", commitment::apply_op),
    ("commitment.tick", commitment::tick_op),
    ("commitment.rebase", commitment::rebase_op),
    ("commitment.tick_batch", commitment::tick_batch_op),
    ("credit.judge", credit::judge_op),
    ("credit.status", credit::status_op),
    ("credit.status_batch", credit::status_batch_op),
    ("credit.status_columns", credit::status_columns_op),
    ("credit.repair_check", credit::repair_check_op),
    ("form.merge", form::merge_op),
    ("form.prefill", form::prefill_op),
    ("form.validate", form::validate_op),
    ("form.split", form::split_op),
    ("case.supervise", case::supervise_op),
    ("case.supervise_batch", case::supervise_batch_op),
    ("case.stats", case::stats_op),
];

pub(super) fn find(op: &str) -> Option<OpFn> {
    OPS.iter().find(|(name, _)| *name == op).map(|(_, f)| *f)
}

/// The length of the batch array under `key` (0 when there is none: parsing reports that).
pub(super) fn batch_len(input: &Value, key: &str) -> usize {
    input.get(key).and_then(Value::as_array).map_or(0, Vec::len)
}

/// The key of the batch array of a batch operation, counted on the text before it is parsed.
pub(super) fn batch_key(op: &str) -> Option<&'static str> {
    match op {
        "credit.status_batch" => Some("subjects"),
        "commitment.tick_batch" => Some("states"),
        "case.supervise_batch" | "case.stats" => Some("cases"),
        "id.resident_batch" => Some("ids"),
        "id.uscc_batch" => Some("codes"),
        "credit.status_columns" => Some("records"),
        _ => None,
    }
}

/// A list whose items are worked out while the answer is written: a batch's answer is never held
/// whole, and writing stops at `limits.max_output_bytes`.
pub(super) struct Lazy<I>(std::cell::RefCell<Option<I>>);

impl<I> Lazy<I> {
    pub(super) fn new(items: I) -> Self {
        Lazy(std::cell::RefCell::new(Some(items)))
    }
}

impl<I: Iterator<Item = T>, T: serde::Serialize> serde::Serialize for Lazy<I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let items = self.0.borrow_mut().take();
        let mut seq = s.serialize_seq(None)?;
        for item in items.into_iter().flatten() {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}
