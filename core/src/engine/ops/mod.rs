//! The operation table: name → function. `meta.ops` lists it; `Engine::call` dispatches on it.

mod calendar;
mod catalog;
mod commitment;
mod credit;
mod form;
mod id;
mod materials;
mod meta;

use super::reply::Reply;
use super::Engine;
use crate::error::Result;
use serde_json::Value;

/// An operation: reads its input, returns its answer (which may borrow from the engine and the
/// input).
pub type OpFn = for<'a> fn(&'a Engine, &'a Value) -> Result<Reply<'a>>;

/// Adapts an operation that builds its answer as a `Value`.
macro_rules! value_op {
    ($f:path) => {{
        fn adapt<'a>(e: &'a Engine, i: &'a Value) -> Result<Reply<'a>> {
            $f(e, i).map(Reply::Value)
        }
        adapt as OpFn
    }};
}

/// Every operation, by name.
pub const OPS: &[(&str, OpFn)] = &[
    ("meta.version", value_op!(meta::version)),
    ("meta.ops", value_op!(meta::ops)),
    ("policy.get", value_op!(meta::policy)),
    ("calendar.day", calendar::day),
    ("calendar.add_workdays", calendar::add_workdays),
    ("calendar.workdays_between", calendar::workdays_between),
    ("calendar.deadline", calendar::deadline),
    ("calendar.check_year", calendar::check_year),
    ("calendar.coverage", calendar::coverage),
    ("id.resident", id::resident),
    ("id.uscc", id::uscc),
    ("catalog.lint", value_op!(catalog::lint_op)),
    ("catalog.stats", value_op!(catalog::stats_op)),
    ("catalog.diff", value_op!(catalog::diff_op)),
    ("matter.get", value_op!(catalog::matter_get)),
    ("bundle.list", value_op!(catalog::bundle_list)),
    ("bundle.get", value_op!(catalog::bundle_get)),
    ("material.review", value_op!(materials::review_op)),
    ("materials.resolve", value_op!(materials::resolve_op)),
    (
        "commitment.eligibility",
        value_op!(commitment::eligibility_op),
    ),
    (
        "commitment.letter_check",
        value_op!(commitment::letter_check_op),
    ),
    ("commitment.open", value_op!(commitment::open_op)),
    ("commitment.apply", value_op!(commitment::apply_op)),
    ("commitment.tick", value_op!(commitment::tick_op)),
    ("commitment.rebase", value_op!(commitment::rebase_op)),
    (
        "commitment.tick_batch",
        value_op!(commitment::tick_batch_op),
    ),
    ("credit.judge", credit::judge_op),
    ("credit.status", value_op!(credit::status_op)),
    ("credit.status_batch", value_op!(credit::status_batch_op)),
    ("credit.repair_check", value_op!(credit::repair_check_op)),
    ("form.merge", form::merge_op),
    ("form.prefill", form::prefill_op),
    ("form.validate", value_op!(form::validate_op)),
    ("form.split", value_op!(form::split_op)),
];

pub(super) fn find(op: &str) -> Option<OpFn> {
    OPS.iter().find(|(name, _)| *name == op).map(|(_, f)| *f)
}

/// Serializes an output struct; our outputs are plain data and always serialize.
pub(crate) fn to_value<T: serde::Serialize>(t: &T) -> Result<Value> {
    serde_json::to_value(t).map_err(|e| {
        crate::error::Error::new(
            crate::error::ErrorCode::InternalPanic,
            format!("output not serializable: {e}"),
        )
    })
}
