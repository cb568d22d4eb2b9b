//! 过程留痕 — a case's events replayed into the facts that supervision reads, with the checks
//! that refuse a trail that cannot have happened.

use super::event::{Case, Channel, Decision, Event, Grade};
use super::messages::EventsText;
use crate::catalog::Matter;
use crate::date::to_epoch_days;
use crate::error::{Error, ErrorCode, Result};
use crate::step::SpecialStep;

/// A day that is not there (not yet happened, or not recorded), in the epoch-day columns.
pub const NA: i64 = i64::MIN;

/// What the trail says, in days since 1970-01-01 ([`NA`] where the event has not happened):
/// what [`super::assess`] works on, whether it came from events or from columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// 收件.
    pub received: i64,
    /// The first supplement notice.
    pub first_supplement: i64,
    /// The second supplement notice (一次性告知 allows one).
    pub second_supplement: i64,
    /// How many supplement notices.
    pub supplements: u32,
    /// How many supplements came back.
    pub supplied: u32,
    /// 受理 (as recorded; the law may deem it earlier).
    pub accepted: i64,
    /// 决定.
    pub decided: i64,
    /// Whether the decision refused.
    pub refused: bool,
    /// 送达.
    pub delivered: i64,
    /// Working days of approved extension.
    pub extension: u32,
    /// Paused intervals (both ends in), sorted and merged: the published special steps that stop
    /// the clock; a step still running is paused through today.
    pub pauses: Vec<(i64, i64)>,
    /// Whether a special step that stops the clock is running today.
    pub paused_now: bool,
    /// Visits (到现场), a window receipt included.
    pub visits: u32,
    /// The day of the last visit.
    pub last_visit: i64,
    /// The latest 好差评.
    pub evaluation: Option<Grade>,
}

fn invalid(i: usize, message: String) -> Error {
    Error::new(ErrorCode::CaseInvalidEvents, message).at(format!("events[{i}]"))
}

impl Facts {
    /// Replays `case` against its published `matter` up to `today` (epoch days).
    pub fn replay(case: &Case, matter: &Matter, today: i64) -> Result<Facts> {
        let mut f = Facts {
            received: NA,
            first_supplement: NA,
            second_supplement: NA,
            supplements: 0,
            supplied: 0,
            accepted: NA,
            decided: NA,
            refused: false,
            delivered: NA,
            extension: 0,
            pauses: Vec::new(),
            paused_now: false,
            visits: 0,
            last_visit: NA,
            evaluation: None,
        };
        if case.events.is_empty() {
            return Err(
                Error::new(ErrorCode::CaseInvalidEvents, EventsText::NoEvents.message())
                    .at("events"),
            );
        }
        let mut open: Vec<(SpecialStep, i64)> = Vec::new();
        let mut last = NA;
        for (i, e) in case.events.iter().enumerate() {
            let on = to_epoch_days(e.on());
            if on < last {
                return Err(invalid(
                    i,
                    EventsText::OutOfOrder { on: e.on() }.message().into_owned(),
                ));
            }
            if on > today {
                return Err(invalid(
                    i,
                    EventsText::AfterToday { on: e.on() }.message().into_owned(),
                ));
            }
            last = on;
            f.event(i, e, on, &mut open, matter)?;
        }
        for (s, from) in open {
            let before = f.pauses.len();
            f.pause(matter, s, from, today);
            f.paused_now |= f.pauses.len() > before;
        }
        f.merge_pauses();
        Ok(f)
    }

    /// One event, checked against what came before it.
    fn event(
        &mut self,
        i: usize,
        e: &Event,
        on: i64,
        open: &mut Vec<(SpecialStep, i64)>,
        matter: &Matter,
    ) -> Result<()> {
        if i == 0 && !matches!(e, Event::Received { .. }) {
            return Err(invalid(
                i,
                EventsText::FirstNotReceived.message().into_owned(),
            ));
        }
        match e {
            Event::Received { .. }
            | Event::SupplementRequested { .. }
            | Event::SupplementReceived { .. }
            | Event::Accepted { .. } => self.intake(i, e, on),
            _ => self.progress(i, e, on, open, matter),
        }
    }

    /// 收件, 补正, 受理 (行政许可法 第三十二条).
    fn intake(&mut self, i: usize, e: &Event, on: i64) -> Result<()> {
        let after_decision = self.decided != NA;
        match e {
            Event::Received { channel, .. } => {
                if i != 0 {
                    return Err(invalid(i, EventsText::ReceivedAgain.message().into_owned()));
                }
                self.received = on;
                if *channel == Some(Channel::Window) {
                    self.visits += 1;
                    self.last_visit = on;
                }
            }
            Event::SupplementRequested { .. } => {
                if after_decision || self.accepted != NA {
                    return Err(invalid(
                        i,
                        EventsText::SupplementAfterAcceptance.message().into_owned(),
                    ));
                }
                if self.first_supplement == NA {
                    self.first_supplement = on;
                } else if self.second_supplement == NA {
                    self.second_supplement = on;
                }
                self.supplements += 1;
            }
            Event::SupplementReceived { .. } => {
                if after_decision {
                    return Err(invalid(
                        i,
                        EventsText::SupplementAfterDecision.message().into_owned(),
                    ));
                }
                if self.supplied >= self.supplements {
                    return Err(invalid(
                        i,
                        EventsText::SupplementUnasked.message().into_owned(),
                    ));
                }
                self.supplied += 1;
            }
            Event::Accepted { .. } => {
                if self.accepted != NA || after_decision {
                    return Err(invalid(i, EventsText::AcceptedAgain.message().into_owned()));
                }
                self.accepted = on;
            }
            _ => {}
        }
        Ok(())
    }

    /// What follows acceptance: special steps, extension, decision, delivery, visits, evaluation
    /// and fees.
    fn progress(
        &mut self,
        i: usize,
        e: &Event,
        on: i64,
        open: &mut Vec<(SpecialStep, i64)>,
        matter: &Matter,
    ) -> Result<()> {
        let after_decision = self.decided != NA;
        match e {
            Event::SpecialStepStarted { step, .. } => {
                if after_decision || open.iter().any(|(s, _)| s == step) {
                    return Err(invalid(
                        i,
                        EventsText::StepAgain { step: step.label() }
                            .message()
                            .into_owned(),
                    ));
                }
                open.push((*step, on));
            }
            Event::SpecialStepEnded { step, .. } => {
                let Some(k) = open.iter().position(|(s, _)| s == step) else {
                    return Err(invalid(
                        i,
                        EventsText::StepNotStarted { step: step.label() }
                            .message()
                            .into_owned(),
                    ));
                };
                let (s, from) = open.swap_remove(k);
                self.pause(matter, s, from, on);
            }
            Event::ExtensionApproved { workdays, .. } => {
                // The limit an extension lengthens runs from acceptance (deemed at receipt
                // when no supplement was asked: 行政许可法 第三十二条).
                if self.accepted == NA && self.supplements > 0 {
                    return Err(invalid(
                        i,
                        EventsText::ExtensionBeforeAcceptance.message().into_owned(),
                    ));
                }
                if after_decision || *workdays == 0 {
                    return Err(invalid(
                        i,
                        EventsText::ExtensionInvalid.message().into_owned(),
                    ));
                }
                self.extension = self.extension.saturating_add(*workdays);
            }
            Event::Decided { result, .. } => {
                if after_decision {
                    return Err(invalid(i, EventsText::DecidedAgain.message().into_owned()));
                }
                if self.accepted == NA && self.supplements > 0 {
                    return Err(invalid(
                        i,
                        EventsText::DecisionBeforeAcceptance.message().into_owned(),
                    ));
                }
                self.decided = on;
                self.refused = *result == Decision::Refused;
                for (s, from) in std::mem::take(open) {
                    self.pause(matter, s, from, on);
                }
            }
            Event::Delivered { .. } => {
                if !after_decision || self.delivered != NA {
                    return Err(invalid(
                        i,
                        EventsText::DeliveredAgain.message().into_owned(),
                    ));
                }
                self.delivered = on;
            }
            Event::Visit { .. } => {
                self.visits += 1;
                self.last_visit = on;
            }
            Event::Evaluation { grade, .. } => {
                if !after_decision {
                    return Err(invalid(
                        i,
                        EventsText::EvaluationEarly.message().into_owned(),
                    ));
                }
                self.evaluation = Some(*grade)
            }
            Event::FeeCharged { amount, .. } if amount.is_sign_negative() && !amount.is_zero() => {
                return Err(invalid(
                    i,
                    EventsText::NegativeFee { amount: *amount }
                        .message()
                        .into_owned(),
                ));
            }
            _ => {}
        }
        Ok(())
    }

    /// Records a step's days as a pause when the step stops the clock and the matter publishes it
    /// (an added step is a finding, and cannot lengthen a limit).
    fn pause(&mut self, matter: &Matter, step: SpecialStep, from: i64, to: i64) {
        if step.pauses_the_clock() && matter.special_steps.contains(&step) {
            self.pauses.push((from, to));
        }
    }

    /// Sorts and merges the paused intervals (both ends in).
    pub fn merge_pauses(&mut self) {
        if self.pauses.len() < 2 {
            return;
        }
        self.pauses.sort_unstable();
        let mut merged: Vec<(i64, i64)> = Vec::with_capacity(self.pauses.len());
        for &(a, b) in &self.pauses {
            match merged.last_mut() {
                Some(last) if a <= last.1 + 1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        self.pauses = merged;
    }
}
