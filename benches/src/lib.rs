//! nomen's benchmark kit: the corpus generator and the measurement harness behind
//! `nomen bench`.
//!
//! * [`corpus`]: a seeded, platform-independent generator of multilingual news-like
//!   articles (JSON Lines) with gazetteer entity mentions in variant spellings.
//! * [`rng`]: the small PRNG the generator uses.
//! * [`vocab`]: the word lists, per language.
//!
//! Criterion benches (`benches/benches/*.rs`) measure folding, matching and the
//! analyzer; this library measures whole pipelines. See `BENCHMARKS.md`.

pub mod corpus;
pub mod rng;
pub mod vocab;
