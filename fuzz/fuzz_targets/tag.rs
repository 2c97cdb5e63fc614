//! Fuzz target `tag`: the invariants of `nomen_invariants::tag` (see its docs) on
//! the fuzzer's bytes. Crashes found are kept in `fuzz/regressions/tag/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nomen_invariants::tag::check(data));
