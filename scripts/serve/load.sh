#!/usr/bin/env bash
# A bounded load test of nomen serve on loopback (BENCHMARKS.md, "nomen serve"):
# a generated corpus of DOCS articles (nomen bench generate, seed 42) indexed with the
# release build, served on 127.0.0.1, then wrk (Debian's package) with 50 connections
# for SECONDS each: mixed text, entity and combined queries; entity-filtered queries
# alone; and the mixed load again while a `nomen index` adds articles beside it
# (commits under load). Prints wrk's figures and the server's memory (RSS) before and
# after each run. Stops the server it started by its PID.
#   scripts/serve/load.sh [DOCS] [SECONDS]     (default 100000 30)
set -euo pipefail
cd "$(dirname "$0")/../.."
docs="${1:-100000}"
secs="${2:-30}"
work="${NOMEN_LOAD_DIR:-target/serve-load}"
mkdir -p "$work"
command -v wrk >/dev/null || { echo "load: wrk is missing (apt-get install wrk)" >&2; exit 1; }
cargo build --release --locked -q -p nomen-cli
nomen="$PWD/target/release/nomen"
if [[ ! -f "$work/corpus-$docs/corpus.jsonl" ]]; then
  "$nomen" bench generate --docs "$docs" --out-dir "$work/corpus-$docs"
fi
if [[ ! -d "$work/idx-$docs" ]]; then
  "$nomen" index --index "$work/idx-$docs" --no-builtin --entities "$work/corpus-$docs/gazetteer.jsonl" \
    "$work/corpus-$docs/corpus.jsonl" >/dev/null
fi
# Articles added during the last run: another seed, other ids.
if [[ ! -f "$work/more/corpus.jsonl" ]]; then
  "$nomen" bench generate --docs 20000 --seed 7 --out-dir "$work/more" >/dev/null
fi
rm -rf "$work/idx-live" && cp -r "$work/idx-$docs" "$work/idx-live"

"$nomen" serve --index "$work/idx-live" --addr 127.0.0.1:0 >"$work/serve.out" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
echo "load: started nomen serve, pid $pid"
for _ in $(seq 100); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.2; done
base="$(grep -o 'http://[^/ ]*' "$work/serve.out")"

# The queries: words of middling frequency in the corpus's titles, and the entities
# the index mentions most.
python3 - "$work/corpus-$docs/corpus.jsonl" "$base" "$work" <<'PY'
import collections, json, random, sys, urllib.request
corpus, base, work = sys.argv[1:]
words = collections.Counter()
with open(corpus, encoding="utf-8") as f:
    for n, line in enumerate(f):
        if n >= 20000:
            break
        for w in json.loads(line).get("title", "").lower().split():
            if w.isalpha() and len(w) > 3:
                words[w] += 1
ranked = [w for w, _ in words.most_common(2000)]
picked = ranked[100:2000:40][:40]
stats = json.load(urllib.request.urlopen(base + "/api/stats"))
entities = [e["id"] for e in stats["entities"]]
q = urllib.parse.quote
text = [f"/api/search?q={q(w)}" for w in picked]
entity = [f"/api/search?entity_id={q(e)}" for e in entities]
rng = random.Random(42)
combined = [f"/api/search?q={q(rng.choice(picked))}&entity_id={q(rng.choice(entities))}" for _ in range(40)]
open(f"{work}/paths-mixed.txt", "w").write("\n".join(text + entity * 2 + combined) + "\n")
open(f"{work}/paths-entity.txt", "w").write("\n".join(entity) + "\n")
print(f"load: {len(text)} text, {len(entity)} entity, {len(combined)} combined queries")
PY

rss() { awk '/VmRSS|VmHWM/ {printf "%s %d MiB  ", $1, $2/1024} END {print ""}' "/proc/$pid/status"; }
run() {
  echo "== $1"
  echo -n "memory before: "; rss
  NOMEN_LOAD_PATHS="$2" wrk -t2 -c50 -d"${secs}s" --timeout 10s --latency -s scripts/serve/load.lua "$base" \
    | grep -E "nomen-load|Non-2xx|Socket errors|Requests/sec"
  echo -n "memory after: "; rss
}
curl -s "$base/api/search?entity_id=x" >/dev/null || true
run "mixed: text, entity and combined queries, 50 connections, ${secs} s" "$work/paths-mixed.txt"
run "entity-filtered queries alone, 50 connections, ${secs} s" "$work/paths-entity.txt"
before="$(curl -s "$base/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')"
"$nomen" index --index "$work/idx-live" --commit-every-mb 4 "$work/more/corpus.jsonl" >"$work/index-under-load.log" 2>&1 &
ipid=$!
echo "load: started nomen index, pid $ipid (20000 more articles)"
run "mixed, while nomen index adds 20,000 articles" "$work/paths-mixed.txt"
wait "$ipid" || echo "load: nomen index exited $?"
after="$(curl -s "$base/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')"
echo "load: documents seen by the server before and after the indexing: $before -> $after"
echo "load: stopping nomen serve, pid $pid"
