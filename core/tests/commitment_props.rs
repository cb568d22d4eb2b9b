//! Property tests of the commitment state machine: no event sequence reaches an undefined state;
//! deadlines never move earlier; serialise → deserialise → continue equals continuing directly.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use zhengwu::calendar::Calendar;
use zhengwu::commitment::lifecycle::{
    apply, open, tick, Event, RevocationReason, State, Status, SubjectChange,
};
use zhengwu::credit::Subject;
use zhengwu::policy::{Policy, PROFILES};
use zhengwu::ErrorCode;

#[derive(Debug, Clone)]
enum Step {
    Event(u8, u8, u16),
    Tick(u16),
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    prop::collection::vec(
        prop_oneof![
            4 => (0u8..12, 0u8..4, 0u16..40).prop_map(|(k, x, d)| Step::Event(k, x, d)),
            1 => (0u16..120).prop_map(Step::Tick),
        ],
        0..14,
    )
}

fn event(kind: u8, x: u8, on: NaiveDate, s: &State) -> Event {
    let material = |x: u8| ["plan", "proof", "licence", "nope"][usize::from(x) % 4].to_string();
    match kind {
        0 => Event::MaterialsSupplied {
            on,
            materials: vec![material(x)],
            conforming: x != 3,
        },
        1 => Event::ExtensionApproved { on },
        2 => Event::VerificationStarted { on },
        3 => Event::VerificationCompleted {
            on,
            conforming: x % 2 == 0,
        },
        4 => Event::RectificationOrdered {
            on,
            deadline: on + Days::new(u64::from(x) * 9 + 1).min(Days::new(200)),
        },
        5 => Event::Rectified {
            on,
            conforming: x != 1,
        },
        6 => Event::Revoked {
            on,
            reason: [
                RevocationReason::LateMaterials,
                RevocationReason::Nonconforming,
                RevocationReason::Falsified,
                RevocationReason::Mismatch,
            ][usize::from(x)],
        },
        7 => Event::SubjectChanged {
            on,
            change: [
                SubjectChange::LegalRepresentative,
                SubjectChange::Name,
                SubjectChange::ResponsiblePerson,
                SubjectChange::Name,
            ][usize::from(x)],
        },
        8 => Event::Recommitted { on },
        9 => Event::SubjectBlacklisted { on },
        10 => Event::SubjectCleared { on },
        _ => {
            let _ = s;
            Event::LetterPublished { on }
        }
    }
}

fn invariants(s: &State) {
    use Status::*;
    let wraps = matches!(s.status, Suspended | UnderRectification | RecommitRequired);
    assert_eq!(
        !s.resume_to.is_empty(),
        wraps,
        "{:?} with resume_to {:?}",
        s.status,
        s.resume_to
    );
    // The stack holds the wrapped statuses: the bottom is a plain status, the rest wrappers.
    if let Some((bottom, rest)) = s.resume_to.split_first() {
        assert!(
            matches!(bottom, Active | Extended | Fulfilled),
            "resume to {bottom:?}"
        );
        assert!(
            rest.iter().all(|r| matches!(r, UnderRectification)),
            "{:?}",
            s.resume_to
        );
    }
    assert!(s.missing.iter().all(|m| !s.supplied.contains(m)));
    if s.status == Fulfilled {
        assert!(s.missing.is_empty());
    }
    if s.status == Active {
        assert!(!s.extended);
    }
    if s.status == Extended {
        assert!(s.extended);
    }
    if s.status == UnderRectification {
        assert!(s.deadlines.rectification_due.is_some());
    }
    if s.deadlines.rectification_due.is_some() {
        assert!(
            s.status == UnderRectification
                || s.status == Revoked
                || s.resume_to.contains(&UnderRectification),
            "{:?} {:?}",
            s.status,
            s.resume_to
        );
    }
    assert!(s
        .deadlines
        .rectification_due
        .is_none_or(|r| r <= s.deadlines.rectification_cap));
}

fn no_earlier(before: &State, after: &State) {
    let (a, b) = (&before.deadlines, &after.deadlines);
    assert!(b.materials_due >= a.materials_due);
    assert_eq!(b.supervision_start_due, a.supervision_start_due);
    assert_eq!(b.verification_due, a.verification_due);
    assert_eq!(b.rectification_cap, a.rectification_cap);
    assert_eq!(b.publication_due, a.publication_due);
}

fn round_trip(s: &State) -> State {
    let text = serde_json::to_string(s).unwrap();
    let back: State = serde_json::from_str(&text).unwrap();
    assert_eq!(&back, s, "state must survive JSON unchanged");
    back
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn every_sequence_stays_defined(profile in 0usize..3, start in 0u64..2200, person in any::<bool>(), steps in steps()) {
        let cal = Calendar::cn_mainland().unwrap();
        let policy = Policy::profile(PROFILES[profile]).unwrap();
        let committed = NaiveDate::from_ymd_opt(2018, 1, 10).unwrap() + Days::new(start);
        let subject = if person { Subject::ResidentId("11010519491231002X".into()) } else { Subject::Uscc("91350100M000100Y43".into()) };
        let opened = open(&cal, &policy, "M", subject, committed, committed, vec!["plan".into(), "proof".into()]).unwrap();
        let mut state = round_trip(&opened.state);
        let mut day = committed;
        for step in steps {
            let result = match step {
                Step::Event(k, x, d) => {
                    day = day + Days::new(u64::from(d));
                    let ev = event(k, x, day, &state);
                    let direct = apply(&cal, &state, &ev);
                    let via_json = apply(&cal, &round_trip(&state), &ev);
                    prop_assert_eq!(direct.as_ref().map(|o| &o.state), via_json.as_ref().map(|o| &o.state));
                    direct
                }
                Step::Tick(d) => {
                    let today = day + Days::new(u64::from(d));
                    let direct = tick(&cal, &state, today);
                    let via_json = tick(&cal, &round_trip(&state), today);
                    prop_assert_eq!(direct.as_ref().map(|o| &o.state), via_json.as_ref().map(|o| &o.state));
                    direct
                }
            };
            match result {
                Ok(o) => {
                    invariants(&o.state);
                    no_earlier(&state, &o.state);
                    if state.status == Status::Revoked {
                        prop_assert_eq!(o.state.status, Status::Revoked);
                        prop_assert!(o.effects.is_empty(), "a revoked commitment has no further effects");
                    }
                    state = round_trip(&o.state);
                }
                Err(e) => {
                    // Only the state machine's own refusals, or the calendar's edge.
                    prop_assert!(matches!(e.code(), ErrorCode::CommitmentInvalidTransition | ErrorCode::CommitmentInvalidEvent | ErrorCode::CalendarOutOfRange), "{}", e);
                }
            }
        }
    }
}
