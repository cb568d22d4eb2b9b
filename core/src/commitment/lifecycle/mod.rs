//! 承诺审批全过程 — the life of one commitment as a pure state machine (`tj-2018-commitment`
//! 第十三条, 第十四条, 第十六条; `tj-2018-supervision` 第八条…第十二条).
//!
//! [`open`] computes every deadline from the calendar and the policy profile and stores them,
//! with the periods used, in the state. [`apply`] takes one event and returns the next state and
//! the effects the host must carry out (revoke the licence, judge credit, notify the supervising
//! authority …), or `commitment.invalid_transition` when the event is not allowed in the current
//! state. [`tick`] takes `today`, raises alerts for deadlines due or passed (自动预警) and moves
//! overdue commitments on. Time enters only as an argument, so replaying the same events gives
//! the same state.

mod apply;
mod check;
mod effect;
mod event;
mod open;
mod state;
mod tick;

pub use apply::apply;
pub use check::check;
pub use effect::{Alert, AlertKind, DeadlineKind, Effect, Outcome, RecordOut};
pub use event::Event;
pub(crate) use open::due;
pub use open::{deadline_reasons, open};
pub use state::{
    policy_used, Deadlines, PolicyUsed, RevocationReason, State, Status, SubjectChange,
    Verification,
};
pub use tick::{alerts, needs_move, tick, tick_mut};

use crate::reason::doc;

const C: &str = doc::TJ_2018_COMMITMENT;
const S: &str = doc::TJ_2018_SUPERVISION;
