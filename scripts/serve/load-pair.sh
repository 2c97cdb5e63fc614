#!/usr/bin/env bash
# Paired load runs of two builds of nomen serve (BENCHMARKS.md, "nomen serve under load,
# stored mentions"): each build serves its own index of the same corpus, and `nomen
# bench load` puts the same requests on them, before and after alternating: two rounds
# of 50 connections for SECONDS, then 4 connections (no queue). The server's CPU time
# (clock ticks) and memory are printed after each run, and `uptime` before it.
#   scripts/serve/load-pair.sh BEFORE_BIN BEFORE_INDEX AFTER_BIN AFTER_INDEX PATHS [SECONDS]
# PATHS: the requests, as scripts/serve/load.sh writes them (target/serve-load/paths.tsv).
set -euo pipefail
[[ $# -ge 5 ]] || { sed -n 2,8p "$0"; exit 2; }
before_bin="$1" before_idx="$2" after_bin="$3" after_idx="$4" paths="$5" secs="${6:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() { # label, binary, index, connections, seconds
  "$2" serve --index "$3" --addr 127.0.0.1:0 >"$work/$1.out" 2>&1 &
  local pid=$!
  for _ in $(seq 100); do grep -q http "$work/$1.out" 2>/dev/null && break; sleep 0.2; done
  local base
  base="$(grep -o 'http://[^/ ]*' "$work/$1.out")"
  "$2" bench load "$base" --paths "$paths" --connections 1 --seconds 5 >/dev/null
  echo "== $1, $4 connections, $5 s; $(uptime | sed 's/.*load average/load average/')"
  local t0 t1
  t0="$(awk '{print $14 + $15}' "/proc/$pid/stat")"
  "$2" bench load "$base" --paths "$paths" --connections "$4" --seconds "$5"
  t1="$(awk '{print $14 + $15}' "/proc/$pid/stat")"
  echo "server CPU: $((t1 - t0)) ticks; $(grep -E 'VmRSS|VmHWM' "/proc/$pid/status" | tr -s ' \t' ' ' | tr '\n' ' ')"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}
for _ in 1 2; do
  run before "$before_bin" "$before_idx" 50 "$secs"
  run after "$after_bin" "$after_idx" 50 "$secs"
done
run before "$before_bin" "$before_idx" 4 "$secs"
run after "$after_bin" "$after_idx" 4 "$secs"
