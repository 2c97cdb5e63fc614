#!/usr/bin/env bash
# Fuzzes nomen: builds the cargo-fuzz targets in fuzz/ once, then runs each for
# SECONDS (default 60), one job at a time, and prints the executions per target
# (libFuzzer's final stats). Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Needs cargo-fuzz (installed from crates.io with `cargo install` when missing) and a
# compiler that accepts libFuzzer's instrumentation flags: the nightly toolchain when
# rustup has one, else the default toolchain with RUSTC_BOOTSTRAP=1.
#
# Build output, the growing corpus and crash artifacts go to $CARGO_TARGET_DIR/fuzz
# (default target/fuzz), never into the repository. The corpus starts from
# fuzz/seeds/<target> and fuzz/regressions/<target>. A crash is saved under
# .../artifacts/<target>/ and the script exits 1 after running the other targets:
# fix the bug, then copy the input to fuzz/regressions/<target>/, where
# `cargo test --workspace` replays it.
#
# Environment: FUZZ_SANITIZER (default none: nomen's only unsafe code is a prefetch
# hint, its invariants are panics, and AddressSanitizer halves the executions;
# `address` to use it), FUZZ_MAX_LEN (default 4096 bytes), FUZZ_ARGS (more libFuzzer
# flags, e.g. `-len_control=0` to try long inputs from the start).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(fold tag gazetteer jsonl query)
fi
sanitizer=${FUZZ_SANITIZER:-none}
max_len=${FUZZ_MAX_LEN:-4096}
out=${CARGO_TARGET_DIR:-$PWD/target}/fuzz
mkdir -p "$out"
out=$(cd "$out" && pwd)

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz from crates.io"
  cargo install cargo-fuzz --locked
fi

toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly)
  echo "fuzz: building with the nightly toolchain"
else
  export RUSTC_BOOTSTRAP=1
  echo "fuzz: no nightly toolchain: building with $(rustc --version) and RUSTC_BOOTSTRAP=1"
fi

# The targets share every dependency: the first build compiles them, the others link.
for t in "${targets[@]}"; do
  cargo "${toolchain[@]}" fuzz build --fuzz-dir fuzz --sanitizer "$sanitizer" --codegen-units 16 --target-dir "$out" "$t"
done

bin_dir="$out/$(rustc -vV | sed -n 's/^host: //p')/release"
summary=()
failed=0
for t in "${targets[@]}"; do
  corpus="$out/corpus/$t"
  artifacts="$out/artifacts/$t/"
  mkdir -p "$corpus" "$artifacts"
  for seeds in "fuzz/seeds/$t" "fuzz/regressions/$t"; do
    if [[ -d $seeds ]]; then cp -n "$seeds"/* "$corpus"/ 2>/dev/null || true; fi
  done
  log="$out/$t.log"
  echo "fuzz: $t for ${seconds}s (log: $log)"
  status=ok
  start=$(date +%s)
  if ! "$bin_dir/$t" "$corpus" -max_total_time="$seconds" -max_len="$max_len" -timeout=20 \
      -print_final_stats=1 -artifact_prefix="$artifacts" ${FUZZ_ARGS:-} >"$log" 2>&1; then
    status="CRASH: $(grep -o "$artifacts[^ ]*" "$log" | tail -1)"
    failed=1
  fi
  took=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  execs=${execs:-?}
  rate=$([[ $execs =~ ^[0-9]+$ && $took -gt 0 ]] && echo $(( execs / took )) || echo "?")
  summary+=("$(printf '%-10s %6ss %12s execs %8s/s  corpus %5s  %s' "$t" "$took" "$execs" "$rate" \
    "$(ls "$corpus" | wc -l)" "$status")")
done

echo
echo "fuzz: executions per target"
printf '%s\n' "${summary[@]}"
exit "$failed"
