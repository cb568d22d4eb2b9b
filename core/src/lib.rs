//! # zhengwu (政务)
//!
//! The rules of Chinese government-service administration — Tianjin's "一制三化" approval reform
//! and its "一件事一次办" plan — as a library that platforms embed instead of re-coding them:
//! working-day time limits, applicant identifiers, policy profiles, and (in the engine's
//! operation table) every decision with its reasons and the article it rests on.
//!
//! The core is pure Rust with no binding code; the C ABI, the Python package and the WASM
//! package are thin doors onto [`Engine::call_json`].
//!
//! ```
//! use zhengwu::Engine;
//! use serde_json::json;
//! let engine = Engine::default();
//! // 2024-09-29 (a Sunday) is a 调休 working day; 10-01…10-07 is 国庆节.
//! let out = engine
//!     .call("calendar.deadline", &json!({"start": "2024-09-27", "period": {"workdays": 3}}))
//!     .unwrap();
//! assert_eq!(out["due"], "2024-10-08");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[macro_use]
mod enums;
#[macro_use]
pub mod lang;
#[macro_use]
pub mod message;
pub mod calendar;
pub mod case;
pub mod catalog;
pub mod commitment;
pub mod credit;
pub mod date;
pub mod egress;
pub mod engine;
pub mod error;
pub mod explain;
pub mod form;
pub mod guide;
pub mod id;
pub mod ingress;
pub mod mask;
pub mod materials;
pub mod norm;
pub mod pattern;
pub mod policy;
pub mod reason;
pub mod sources;
pub mod step;
pub mod wire;

pub use engine::{Engine, ABI_VERSION, VERSION};
pub use error::{Area, Error, ErrorCode, Result};
pub use reason::{Citation, Reason};
