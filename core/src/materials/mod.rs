//! 申请材料 — what an applicant must still bring (SPEC §3): proofs reviewed for clearance
//! (证明清理) and, for a set of matters, each material resolved to shared, on file, replaced by a
//! letter, deferred under a commitment, or required — asked for once, whatever the number of
//! matters that need it ("一次提交、全域有效", "不再索要").

pub mod messages;
pub mod resolve;
pub mod review;
