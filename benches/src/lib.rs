//! nomen's benchmark kit: the corpus generator and the measurement harness behind
//! `nomen bench`.
//!
//! * [`corpus`]: a seeded, platform-independent generator of multilingual news-like
//!   articles (JSON Lines) with gazetteer entity mentions in variant spellings.
//! * [`engines`]: the indexing contenders, nomen's full pipeline and a plain-tantivy
//!   baseline, each measured in-process ([`engines::index_one`]).
//! * [`harness`]: runs each contender in a child process (peak RSS per contender),
//!   alternating, and derives medians and ratios; thread and size scaling.
//! * [`stages`]: what each pipeline stage costs alone on one core.
//! * [`nomen`]: nomen's ingest and search through nomen-index's API; the search
//!   latency benchmark; the baseline's text search.
//! * [`queries`]: the fixed query set.
//! * [`measure`], [`report`]: peak RSS, percentiles, tables and the JSON envelope.
//! * [`rng`], [`vocab`]: the generator's PRNG and word lists.
//!
//! Criterion benches (`benches/benches/*.rs`) measure folding, matching and the
//! analyzer in isolation; this library measures whole pipelines. The library never
//! prints; `nomen bench` (crates/nomen-cli/src/commands/bench.rs) does. See
//! `BENCHMARKS.md` for the commands and the latest figures.

pub mod corpus;
pub mod engines;
pub mod error;
pub mod harness;
pub mod measure;
pub mod nomen;
pub mod queries;
pub mod report;
pub mod rng;
pub mod stages;
pub mod vocab;

pub use error::BenchError;
