#!/usr/bin/env bash
# Ingest throughput and query latency of nomen on a cluster beside the local index, on
# the same generated corpus, in the same run:
#
#   scripts/opensearch/start.sh --nodes N
#   scripts/opensearch/bench.sh [--size 20MB] [--rounds 5] [--url URL]
#
# Needs a release build (cargo build --release -p nomen-cli). Prints one line per
# measurement; BENCHMARKS.md quotes them. Query latency is that of the whole
# `nomen search --json` command (process start, gazetteer, query, output), each query
# run --rounds times, local and cluster alternating.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
nomen="${NOMEN_BIN:-$root/target/release/nomen}"
size=20MB
rounds=5
url=http://127.0.0.1:19200
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --url) url="$2"; shift 2 ;;
    *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
nodes=$(curl -s "$url/_cat/nodes?h=name" | wc -l)
"$nomen" bench generate --size "$size" --out-dir gen >/dev/null
docs=$(wc -l <gen/corpus.jsonl)
bytes=$(stat -c %s gen/corpus.jsonl)
echo "corpus: $docs articles, $bytes bytes (nomen bench generate --size $size); cluster: $nodes node(s); $(nproc) cores"

# Ingest: local, then the cluster (a fresh index each), wall and CPU seconds of nomen.
run_ingest() { # label, args...
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S" -o time.txt "$nomen" index --entities gen/gazetteer.jsonl "$@" gen/corpus.jsonl >/dev/null
  read -r wall user sys <time.txt
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v d="$docs" -v b="$bytes" \
    'BEGIN { printf "ingest %-22s %7.1f s  %6.0f docs/s  %5.2f MB/s  nomen CPU %5.1f s\n", l, w, d / w, b / 1e6 / w, u + s }'
}
run_ingest "local" --index local
index="bench-$$"
run_ingest "cluster ($nodes node(s))" --opensearch "$url" --os-index "$index"

# Query latency.
queries=(
  "maduro"
  "gonzalez"
  "\"banco nacional\""
  "election OR elecciones"
  "--lang es"
  "--since 2026-01-01"
)
# Entities from the index's facet, by name.
while IFS= read -r name; do queries+=("--entity=$name"); done < <(
  "$nomen" stats --json --index local | python3 -c 'import json,sys; [print(e["name"]) for e in json.load(sys.stdin)["entities"][:4]]')
: >local.ms; : >cluster.ms
for _ in $(seq 1 "$rounds"); do
  for q in "${queries[@]}"; do
    read -r -a args <<<"$q"
    case "$q" in --entity=*) args=("$q") ;; esac
    for where in local cluster; do
      if [ $where = local ]; then target=(--index local); else target=(--opensearch "$url" --os-index "$index"); fi
      start=$(date +%s%N)
      "$nomen" search --json "${target[@]}" "${args[@]}" >/dev/null || true
      echo $(( ($(date +%s%N) - start) / 1000000 )) >>"$where.ms"
    done
  done
done
for where in local cluster; do
  sort -n "$where.ms" | awk -v w="$where" '{ v[NR] = $1 } END {
    p50 = v[int((NR + 1) * 0.50)]; p99 = v[int(NR * 0.99 + 0.999)];
    printf "search %-8s %d runs: p50 %d ms, p99 %d ms\n", w, NR, p50, p99 }'
done
curl -s -XDELETE "$url/$index,$index-nomen-meta" >/dev/null
