//! Fuzz target `fold`: the invariants of `nomen_invariants::fold` (see its docs) on
//! the fuzzer's bytes. Crashes found are kept in `fuzz/regressions/fold/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nomen_invariants::fold::check(data));
