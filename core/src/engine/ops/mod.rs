//! The operation table: name → function. `meta.ops` lists it; `Engine::call` dispatches on it.

mod batch;
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
mod reasons;
#[cfg(feature = "schema")]
pub mod schema;

use super::reply::Reply;
use super::Engine;
use crate::error::Result;
use serde_json::Value;

/// An operation: reads its input, returns its answer (which may borrow from the engine and the
/// input).
pub type OpFn = for<'a> fn(&'a Engine, &'a Value) -> Result<Reply<'a>>;

/// An operation read straight from its JSON text into its typed input, with no value tree between
/// (for the large inputs: batches of cases). `None` sends the text the two-step way (value, then
/// [`OpFn`]), which then gives the answer or the error: so both ways accept the same texts and
/// fail with the same errors (see [`crate::wire::parse_direct`]).
pub type TextFn = for<'a> fn(&'a Engine, &'a str) -> Option<Result<Reply<'a>>>;

/// One operation: its name, its function, and — for a batch operation — the key of its batch
/// array, counted on the text before it is parsed (so that an oversized batch is refused before
/// any work).
#[derive(Clone, Copy)]
pub struct Op {
    /// The name hosts call it by (`calendar.add_workdays`).
    pub name: &'static str,
    /// What it does.
    pub run: OpFn,
    /// The key of the batch array, for a batch operation.
    pub batch: Option<&'static str>,
    /// The same operation read straight from text, where it has that way.
    pub text: Option<TextFn>,
}

impl Op {
    const fn new(name: &'static str, run: OpFn) -> Self {
        Op {
            name,
            run,
            batch: None,
            text: None,
        }
    }

    const fn batch(name: &'static str, run: OpFn, key: &'static str) -> Self {
        Op {
            name,
            run,
            batch: Some(key),
            text: None,
        }
    }

    /// The same operation with a way straight from text.
    const fn read_from_text(self, text: TextFn) -> Self {
        Op {
            text: Some(text),
            ..self
        }
    }
}

/// Every operation, by name.
pub const OPS: &[Op] = &[
    Op::new("meta.version", meta::version),
    Op::new("meta.ops", meta::ops),
    Op::new("meta.docs", meta::docs),
    Op::new("meta.reasons", reasons::reasons),
    Op::new("meta.schema", meta::schema),
    Op::new("explain.answer", meta::explain),
    Op::new("policy.get", meta::policy),
    Op::new("calendar.day", calendar::day),
    Op::new("calendar.add_workdays", calendar::add_workdays),
    Op::new("calendar.workdays_between", calendar::workdays_between),
    Op::new("calendar.deadline", calendar::deadline),
    Op::new("calendar.check_year", calendar::check_year),
    Op::new("calendar.coverage", calendar::coverage),
    Op::new("calendar.parse_notice", notice::parse_notice),
    Op::new("calendar.diff_years", diff_years::diff_years),
    Op::new("id.resident", id::resident),
    Op::new("id.uscc", id::uscc),
    Op::batch("id.resident_batch", id::resident_batch, "ids"),
    Op::batch("id.uscc_batch", id::uscc_batch, "codes"),
    Op::new("catalog.lint", catalog::lint_op),
    Op::new("catalog.stats", catalog::stats_op),
    Op::new("catalog.diff", catalog::diff_op),
    Op::new("matter.get", catalog::matter_get),
    Op::new("matter.guide", catalog::matter_guide),
    Op::new("bundle.list", catalog::bundle_list),
    Op::new("bundle.get", catalog::bundle_get),
    Op::new("bundle.guide", catalog::bundle_guide),
    Op::new("material.review", materials::review_op),
    Op::new("materials.resolve", materials::resolve_op),
    Op::new("commitment.eligibility", commitment::eligibility_op),
    Op::new("commitment.letter_check", commitment::letter_check_op),
    Op::new("commitment.letter", commitment::letter_op),
    Op::new("commitment.open", commitment::open_op),
    Op::new("commitment.apply", commitment::apply_op),
    Op::new("commitment.tick", commitment::tick_op),
    Op::new("commitment.rebase", commitment::rebase_op),
    Op::batch("commitment.tick_batch", commitment::tick_batch_op, "states"),
    Op::new("credit.judge", credit::judge_op),
    Op::new("credit.status", credit::status_op),
    Op::batch("credit.status_batch", credit::status_batch_op, "subjects")
        .read_from_text(credit::status_batch_text),
    Op::batch(
        "credit.status_columns",
        credit::status_columns_op,
        "records",
    ),
    Op::new("credit.repair_check", credit::repair_check_op),
    Op::new("form.merge", form::merge_op),
    Op::new("form.prefill", form::prefill_op),
    Op::new("form.validate", form::validate_op),
    Op::new("form.split", form::split_op),
    Op::new("case.supervise", case::supervise_op).read_from_text(case::supervise_text),
    Op::batch("case.supervise_batch", case::supervise_batch_op, "cases")
        .read_from_text(case::supervise_batch_text),
    Op::batch("case.stats", case::stats_op, "cases").read_from_text(case::stats_text),
];

pub(super) fn find(op: &str) -> Option<&'static Op> {
    OPS.iter().find(|o| o.name == op)
}
