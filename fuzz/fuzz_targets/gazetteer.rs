//! Fuzz target `gazetteer`: the invariants of `nomen_invariants::gazetteer` (see its docs) on
//! the fuzzer's bytes. Crashes found are kept in `fuzz/regressions/gazetteer/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nomen_invariants::gazetteer::check(data));
