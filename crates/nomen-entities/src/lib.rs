//! Entities for nomen: the gazetteer, mention linking in any spelling, name resolution.
//!
//! * [`Gazetteer`]: the entities nomen knows (built-in, plus the user's JSON Lines files).
//!
//! Every comparison of names goes through `nomen-fold`, the same folding the index uses.

mod gazetteer;

pub use gazetteer::{Entity, Gazetteer, GazetteerError, GazetteerErrorKind, Kind, BUILTIN_ORIGIN};
