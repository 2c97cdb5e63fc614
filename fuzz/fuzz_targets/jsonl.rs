//! Fuzz target `jsonl`: the invariants of `nomen_invariants::jsonl` (see its docs) on
//! the fuzzer's bytes. Crashes found are kept in `fuzz/regressions/jsonl/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nomen_invariants::jsonl::check(data));
