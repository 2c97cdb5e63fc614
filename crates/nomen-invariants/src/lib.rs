//! The invariants of nomen's functions that read untrusted input, written once and
//! checked in two places:
//!
//! * the cargo-fuzz targets in `fuzz/` (one per module here) call `check` on the
//!   fuzzer's bytes;
//! * the ordinary test run (`cargo test --workspace`) replays every input kept under
//!   `fuzz/regressions/<target>/` through the same `check`
//!   (`tests/regressions.rs`), and property tests (`tests/properties.rs`) feed it
//!   generated input.
//!
//! Each `check` panics, with the input in the message, when an invariant does not
//! hold; a panic inside the code under test is a failure too. Modules:
//!
//! * [`fold`]: every public folding entry point.
//! * [`tag`]: the mention linker, with the built-in gazetteer and one read from the
//!   input.
//! * [`gazetteer`], the loader: `Gazetteer::from_jsonl_str` on any text.
//! * [`jsonl`]: ingest's record reader (gzip detection and decoding, one JSON record
//!   a line).
//! * [`query`]: search requests (query text, entity names and ids, languages, dates)
//!   against a small index.
//!
//! This crate is test-only (`publish = false`): no nomen crate depends on it.

pub mod fold;
pub mod gazetteer;
pub mod jsonl;
pub mod query;
pub mod tag;

/// A target's check: panics when an invariant does not hold for the input.
pub type Check = fn(&[u8]);

/// The targets, as named in `fuzz/fuzz_targets/` and `fuzz/regressions/`, with their
/// checks.
pub const TARGETS: &[(&str, Check)] = &[
    ("fold", fold::check),
    ("tag", tag::check),
    ("gazetteer", gazetteer::check),
    ("jsonl", jsonl::check),
    ("query", query::check),
];

/// Cuts fuzz input into `n` parts at NUL bytes (the last part keeps any further
/// NULs); missing parts are empty. The bytes of each part are read as UTF-8, with
/// invalid sequences replaced, so every input reaches the code under test.
pub fn parts(data: &[u8], n: usize) -> Vec<String> {
    let mut out: Vec<String> = data
        .splitn(n.max(1), |&b| b == 0)
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    out.resize(n.max(1), String::new());
    out
}
