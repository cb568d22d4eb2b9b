//! 主体标识 — the identifiers that name an applicant (SPEC §5): 公民身份号码 for persons
//! (GB 11643) and 统一社会信用代码 for organisations (GB 32100). Both carry check characters
//! that the library verifies; resident ID numbers are personal data and are only ever shown
//! masked (`120110********0073`).

mod mask;
mod region;
mod resident;
mod uscc;

pub use mask::{contains_unmasked_resident_id, mask_resident_id, mask_text};
pub use region::{province_name, Region};
pub use resident::{
    check_resident_id, is_valid_resident_id, resident_check_character, ResidentIdCheck, Sex,
};
pub use uscc::{
    check_uscc, is_valid_uscc, organization_code_check_character, uscc_check_character, EntityType,
    OrganizationCode, RegistrationAuthority, UsccCheck,
};

use crate::reason::Reason;

/// A verdict and its reasons, shared by both identifier checks.
pub trait Verdict {
    /// Whether the identifier is valid.
    fn is_valid(&self) -> bool;
    /// Why.
    fn reasons(&self) -> &[Reason];
}
