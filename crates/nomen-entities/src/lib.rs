//! Entities for nomen: the gazetteer, mention linking in any spelling, name resolution.
//!
//! * [`Gazetteer`]: the entities nomen knows (built-in, plus the user's JSON Lines files).
//! * [`name`]: name analysis (parts, roles, initials, particles, legal forms, honorifics,
//!   acronyms, sound-alike keys) shared by the linker and the resolver.
//! * [`Linker`]: finds the entities a document mentions (any spelling, any script,
//!   in-document coreference of surnames and acronyms), with byte offsets into the
//!   original text and the [`Rule`] that linked each mention.
//! * [`Resolver`]: which entities a typed name may mean, ranked and explained; built on
//!   [`compare_names`], a symmetric evidence-alignment score of two names.
//! * [`inflect`]: the case endings of names in running text and the base forms an
//!   inflected word may have (`Scholzovi` → `Scholz`), for the linker and the resolver.
//! * [`by_language`]: an entity's names by language (the built-in international bodies'
//!   `ВОЗ`, `OMS`, `Weltgesundheitsorganisation`), and the languages an acronym is
//!   written in, which the linker reads.
//! * [`discover`]: the people and organisations of a corpus that no gazetteer knows,
//!   proposed as gazetteer entries (`nomen entities discover`).
//! * [`Tagged`]: a linked text as shown (`nomen tag --json`, `nomen serve`).
//! * [`import`]: converts CSV, OFAC SDN, UN consolidated list and FollowTheMoney files
//!   into gazetteer JSON Lines (`nomen entities import`).
//!
//! Every comparison of names goes through `nomen-fold`, the same folding the index uses.

pub mod by_language;
pub mod discover;
mod gazetteer;
mod hash;
pub mod import;
pub mod inflect;
mod jsonl;
mod link;
pub mod name;
pub mod name_groups;
/// A name's comparison key, and the table of the built-in names by key (shared with
/// the build script).
mod name_key;
mod org_types;
mod resolve;
pub mod same_entity;
mod tagged;

pub use gazetteer::{
    Entity, Gazetteer, GazetteerError, GazetteerErrorKind, Kind, BUILTIN_ORIGIN, MAX_NAME_BYTES,
};
pub use link::language::iso639_1;
pub use link::{
    is_cache_file, DictionaryStats, DocumentLinks, Field, Linker, LinkerCacheError, Mention, Rule,
    SHARED_CACHES,
};
pub use resolve::{
    compare_names, compare_parsed, Candidate, ChosenBy, Comparison, Explanation, PartAlignment,
    Resolution, ResolveError, Resolver, Status, Via, AMBIGUITY_MARGIN, MATCH_THRESHOLD,
    MENTIONS_RATIO, MIN_CANDIDATE_SCORE, PRIOR_RATIO,
};
pub use same_entity::{MergeReason, Merged};
pub use tagged::{Tagged, TaggedEntity, TaggedMention};
