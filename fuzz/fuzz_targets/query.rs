//! Fuzz target `query`: the invariants of `nomen_invariants::query` (see its docs) on
//! the fuzzer's bytes. Crashes found are kept in `fuzz/regressions/query/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nomen_invariants::query::check(data));
