//! Entities for nomen: the gazetteer, mention linking in any spelling, name resolution.
//!
//! * [`Gazetteer`]: the entities nomen knows (built-in, plus the user's JSON Lines files).
//! * [`name`]: name analysis (parts, roles, initials, particles, legal forms, honorifics,
//!   acronyms, sound-alike keys) shared by the linker and the resolver.
//!
//! Every comparison of names goes through `nomen-fold`, the same folding the index uses.

mod gazetteer;
pub mod name;

pub use gazetteer::{Entity, Gazetteer, GazetteerError, GazetteerErrorKind, Kind, BUILTIN_ORIGIN};
