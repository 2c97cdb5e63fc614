#!/usr/bin/env bash
# Query latency of the same query set on a local index and on a cluster, through
# `nomen serve` (no process start in the figures), and the scale-out of the ingest:
#
#   scripts/opensearch/start.sh --nodes N [--port P]
#   scripts/opensearch/serve-bench.sh [--docs 10000] [--parts 2] [--seconds 20] [--url URL]
#
# 1. A generated corpus (nomen bench generate --docs DOCS, seed 42) is indexed locally
#    by one `nomen index`, into one cluster index by one `nomen index --opensearch`,
#    and into a second cluster index by PARTS `nomen index --opensearch` processes at
#    once, each over its own part of the lines. Wall and CPU time of each; the stats of
#    the three (documents, languages, entities, dates) must be the same.
# 2. `nomen serve --index` and `nomen serve --opensearch` (on the index made in parts),
#    and `nomen bench load --connections 1` (one request at a time: latency, not
#    throughput) over the same 120 searches (text, entity by id and by name,
#    combined), local and cluster alternating, two rounds of SECONDS each.
# Needs a release build (cargo build --release -p nomen-cli) or NOMEN_BIN. Stops
# every process it starts by its PID and deletes the cluster indexes it made.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
nomen="${NOMEN_BIN:-$root/target/release/nomen}"
docs=10000
parts=2
secs=20
url=http://127.0.0.1:19200
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs="$2"; shift 2 ;;
    --parts) parts="$2"; shift 2 ;;
    --seconds) secs="$2"; shift 2 ;;
    --url) url="$2"; shift 2 ;;
    *) echo "serve-bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d)"
index="serve-bench-$$"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for i in "$index" "$index-one"; do
    curl -s -XDELETE "$url/$i,$i-nomen-meta" >/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
nodes=$(curl -s "$url/_cat/nodes?h=name" | wc -l)
echo "serve-bench: $nomen; cluster $url, $nodes node(s); $(nproc) cores;$(uptime | sed 's/.*load average/ load average/')"
"$nomen" bench generate --docs "$docs" --seed 42 --out-dir gen >/dev/null
lines=$(wc -l <gen/corpus.jsonl)

# 1. Ingest: one local process; one cluster process; PARTS cluster processes at once.
timed() { # label, command...: wall and CPU (user + sys) of the command
  local label="$1"; shift
  /usr/bin/time -f "serve-bench: $label: %e s wall, %U s user + %S s sys" "$@" >/dev/null 2>"$work/time.err" \
    || { cat "$work/time.err"; exit 1; }
  tail -1 "$work/time.err"
}
timed "local index, 1 process, $lines articles" \
  "$nomen" index --index local --entities gen/gazetteer.jsonl gen/corpus.jsonl
timed "cluster index, 1 process, $lines articles" \
  "$nomen" index --opensearch "$url" --os-index "$index-one" --entities gen/gazetteer.jsonl gen/corpus.jsonl
split -n "l/$parts" -d --additional-suffix=.jsonl gen/corpus.jsonl part-
t0=$(date +%s.%N)
ipids=()
for part in part-*.jsonl; do
  /usr/bin/time -f "%U %S" -o "$part.time" \
    "$nomen" index --opensearch "$url" --os-index "$index" --entities gen/gazetteer.jsonl "$part" \
    >"$part.log" 2>&1 &
  ipids+=($!)
done
for p in "${ipids[@]}"; do wait "$p" || { echo "serve-bench: a nomen index failed:"; cat part-*.log; exit 1; }; done
t1=$(date +%s.%N)
cpu=$(cat part-*.jsonl.time | awk '{u += $1; s += $2} END {printf "%.2f s user + %.2f s sys", u, s}')
echo "serve-bench: cluster index, $parts processes at once over $(ls part-*.jsonl | wc -l) parts ($(wc -l part-*.jsonl | head -n -1 | awk '{printf "%s ", $1}')lines): $(printf "%.2f" "$(echo "$t1 - $t0" | bc)") s wall, $cpu (all processes)"
"$nomen" stats --json --index local >local-stats.json
"$nomen" stats --json --opensearch "$url" --os-index "$index" >cluster-stats.json
"$nomen" stats --json --opensearch "$url" --os-index "$index-one" >cluster-one-stats.json
python3 - <<'PY'
import json
l = json.load(open("local-stats.json"))
fields = ["documents", "gazetteer", "languages", "unknown_language", "entities",
          "documents_with_entities", "oldest", "newest"]
bad = False
for name, what in [("cluster-one-stats.json", "made by 1 process"),
                   ("cluster-stats.json", "made in parts")]:
    c = json.load(open(name))
    diff = [f for f in fields if l[f] != c[f]]
    bad = bad or bool(diff)
    print(f"serve-bench: stats of the local index and of the cluster index {what}: "
          f"{'the same' if not diff else 'DIFFERENT in ' + ', '.join(diff)} "
          f"({c['documents']} documents, {len(c['entities'])} top entities, {len(c['languages'])} languages)")
if bad:
    raise SystemExit(1)
PY

# 2. Latency through nomen serve.
# Started here, not in a $(...) subshell, so that their PIDs are kept for clean-up.
"$nomen" serve --addr 127.0.0.1:0 --index local >local.out 2>&1 &
pids+=($!)
"$nomen" serve --addr 127.0.0.1:0 --opensearch "$url" --os-index "$index" >cluster.out 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  grep -q http local.out 2>/dev/null && grep -q http cluster.out 2>/dev/null && break
  sleep 0.2
done
local_url=$(grep -o 'http://[^/ ]*' local.out | head -1)
cluster_url=$(grep -o 'http://[^/ ]*' cluster.out | head -1)
python3 - gen/corpus.jsonl "$local_url" <<'PY'
import collections, json, random, sys, urllib.parse, urllib.request
corpus, base = sys.argv[1:]
words = collections.Counter()
with open(corpus, encoding="utf-8") as f:
    for n, line in enumerate(f):
        if n >= 20000:
            break
        for w in json.loads(line).get("title", "").lower().split():
            if w.isalpha() and len(w) > 3:
                words[w] += 1
ranked = [w for w, _ in words.most_common(2000)]
picked = ranked[20:2000:40][:40]
top = json.load(urllib.request.urlopen(base + "/api/stats"))["entities"]
q = urllib.parse.quote
rng = random.Random(42)
text = [f"text\t/api/search?q={q(w)}" for w in picked]
entity = [f"entity\t/api/search?entity_id={q(e['id'])}" for e in top]
entity += [f"entity\t/api/search?entity={q(e['name'])}" for e in top]
combined = [f"combined\t/api/search?q={q(rng.choice(picked))}&entity_id={q(rng.choice(top)['id'])}"
            for _ in range(len(text))]
open("paths.tsv", "w").write("\n".join(text + entity + combined) + "\n")
PY
# Warm-up: the resolver and the linker of each server.
for u in "$local_url" "$cluster_url"; do
  "$nomen" bench load "$u" --paths paths.tsv --connections 1 --seconds 3 >/dev/null
done
for round in 1 2; do
  for side in local cluster; do
    u=$local_url; [ "$side" = cluster ] && u=$cluster_url
    echo "== round $round, $side ($(uptime | sed 's/.*load average/load average/'))"
    "$nomen" bench load "$u" --paths paths.tsv --connections 1 --seconds "$secs" --seed "$round"
  done
done
