//! 信用承诺审批 — commitment approval (SPEC §4): who may commit ([`eligibility`]), what the
//! letter must hold ([`letter`]), and the life of a commitment as a pure state machine
//! ([`lifecycle`]).

pub mod eligibility;
pub mod letter;
pub mod lifecycle;
pub mod messages;
pub mod rebase;
pub mod render;
