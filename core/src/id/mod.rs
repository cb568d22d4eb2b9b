//! 主体标识 — the identifiers that name an applicant (SPEC §5): 公民身份号码 for persons
//! (GB 11643) and 统一社会信用代码 for organisations (GB 32100). Both carry check characters
//! that the library verifies; resident ID numbers are personal data and are only ever shown
//! masked (`120110********0073`).

mod columns;
pub mod messages;
mod region;
mod regions;
mod resident;
mod uscc;

pub use crate::mask::{contains_unmasked_resident_id, mask_resident_id, mask_text};
pub use columns::{resident_id_columns, uscc_columns, ResidentIdColumns, UsccColumns, MISSING};
pub use region::{province_name, Region};
pub use regions::RegionTable;
pub use resident::{
    check_resident_id, check_resident_id_in, is_valid_resident_id, resident_check_character,
    ResidentIdCheck, Sex,
};
pub use uscc::{
    check_uscc, check_uscc_in, is_valid_uscc, organization_code_check_character,
    uscc_check_character, EntityType, OrganizationCode, RegistrationAuthority, UsccCheck,
};

use crate::reason::Reason;
use std::borrow::Cow;

/// Drops what people type around and inside identifiers — surrounding white space, and ASCII
/// spaces and hyphens within (`91 110000 600037341L`, `110105-19491231-002X`) — as
/// python-stdnum's `compact` does. Borrowed when there is nothing to drop. Full-width characters
/// are kept, so that the checks can say so.
///
/// ```
/// assert_eq!(zhengwu::id::compact(" 91 350100-M000100Y43\n"), "91350100M000100Y43");
/// ```
pub fn compact(s: &str) -> Cow<'_, str> {
    let t = s.trim_ascii();
    if t.bytes().any(|c| c == b' ' || c == b'-') {
        Cow::Owned(t.chars().filter(|c| *c != ' ' && *c != '-').collect())
    } else {
        Cow::Borrowed(t)
    }
}

/// A verdict and its reasons, shared by both identifier checks.
pub trait Verdict {
    /// Whether the identifier is valid.
    fn is_valid(&self) -> bool;
    /// Why.
    fn reasons(&self) -> &[Reason];
}
