#!/usr/bin/env bash
# A bounded load test of nomen serve on loopback (BENCHMARKS.md, "nomen serve under
# load"): a generated corpus of DOCS articles (nomen bench generate, seed 42) indexed
# with the release build and served on 127.0.0.1; then `nomen bench load` (closed loop,
# one keep-alive connection per client, figures per query class with the server's own
# wait/work times from its Server-Timing header):
#   1. mixed text, entity and combined searches, 50 connections, SECONDS;
#   2. the same at 4 connections (the server's worker count: no queue), SECONDS;
#   3. the mixed load at 50 connections again while a `nomen index` adds MORE articles
#      beside the server, committing every 4 MB (no request may fail; the server must
#      count the new articles without a restart).
# The server's memory (VmRSS, and VmHWM, its peak) is printed before and after each
# run, and `uptime` (the machine is shared). Every process it starts is stopped by its
# PID; nothing is sent anywhere but 127.0.0.1.
#   scripts/serve/load.sh [DOCS] [SECONDS] [MORE]     (default 100000 30 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
docs="${1:-100000}"
secs="${2:-30}"
more="${3:-10000}"
work="${NOMEN_LOAD_DIR:-target/serve-load}"
mkdir -p "$work"
# NOMEN_BIN: a release binary built already (otherwise this tree's is built).
if [[ -z "${NOMEN_BIN:-}" ]]; then
  cargo build --release --locked -q -p nomen-cli
fi
nomen="${NOMEN_BIN:-$PWD/target/release/nomen}"
echo "load: $nomen, tree $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- crates || echo +changes), $(nproc) cores"
if [[ ! -f "$work/corpus-$docs/corpus.jsonl" ]]; then
  "$nomen" bench generate --docs "$docs" --seed 42 --out-dir "$work/corpus-$docs"
fi
if [[ ! -f "$work/idx-$docs/.done" ]]; then
  rm -rf "$work/idx-$docs"
  /usr/bin/time -f "load: indexed in %e s (%U s user, %S s sys, peak RSS %M KB)" \
    "$nomen" index --index "$work/idx-$docs" --no-builtin --entities "$work/corpus-$docs/gazetteer.jsonl" \
    "$work/corpus-$docs/corpus.jsonl" >/dev/null
  touch "$work/idx-$docs/.done"
fi
# Articles added during the last run: another seed, so other ids.
if [[ ! -f "$work/more-$more/corpus.jsonl" ]]; then
  "$nomen" bench generate --docs "$more" --seed 7 --out-dir "$work/more-$more" >/dev/null
fi
rm -rf "$work/idx-live" && cp -r "$work/idx-$docs" "$work/idx-live"
rm -f "$work/idx-live/.done"

pid=""
ipid=""
cleanup() {
  [[ -n "$ipid" ]] && kill "$ipid" 2>/dev/null || true
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
}
trap cleanup EXIT
"$nomen" serve --index "$work/idx-live" --addr 127.0.0.1:0 >"$work/serve.out" &
pid=$!
echo "load: started nomen serve, pid $pid"
for _ in $(seq 100); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.2; done
base="$(grep -o 'http://[^/ ]*' "$work/serve.out")"

# The queries: title words of middling frequency; the entities the index mentions
# most, by id and by name; and pairs of a word and an entity.
python3 - "$work/corpus-$docs/corpus.jsonl" "$base" "$work" <<'PY'
import collections, json, random, sys, urllib.parse, urllib.request
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
picked = ranked[20:2000:40][:40]
stats = json.load(urllib.request.urlopen(base + "/api/stats"))
top = stats["entities"]
q = urllib.parse.quote
rng = random.Random(42)
text = [f"text\t/api/search?q={q(w)}" for w in picked]
entity = [f"entity\t/api/search?entity_id={q(e['id'])}" for e in top]
entity += [f"entity\t/api/search?entity={q(e['name'])}" for e in top]
combined = [f"combined\t/api/search?q={q(rng.choice(picked))}&entity_id={q(rng.choice(top)['id'])}"
            for _ in range(len(text))]
open(f"{work}/paths.tsv", "w").write("\n".join(text + entity + combined) + "\n")
print(f"load: {len(text)} text, {len(entity)} entity ({len(top)} entities by id and by name), "
      f"{len(combined)} combined searches; {stats['documents']} documents")
PY

rss() { awk '/VmRSS|VmHWM/ {printf "%s %d MiB  ", $1, $2/1024} END {print ""}' "/proc/$pid/status"; }
run() { # title, connections, seconds
  echo "== $1"
  echo "load: uptime:$(uptime | sed 's/.*load average/ load average/')"
  echo -n "load: server memory before: "; rss
  "$nomen" bench load "$base" --paths "$work/paths.tsv" --connections "$2" --seconds "$3" \
    --out "$work/load-$2-$3.json"
  echo -n "load: server memory after: "; rss
  echo "load: uptime:$(uptime | sed 's/.*load average/ load average/')"
}
# Warm-up: every request once (the resolver and the linker are built on first use).
"$nomen" bench load "$base" --paths "$work/paths.tsv" --connections 1 --seconds 5 >/dev/null
run "mixed: text, entity and combined searches, 50 connections, ${secs} s" 50 "$secs"
run "mixed, 4 connections (no queue), ${secs} s" 4 "$secs"
before="$(curl -s "$base/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')"
"$nomen" index --index "$work/idx-live" --commit-every-mb 4 "$work/more-$more/corpus.jsonl" \
  >"$work/index-under-load.log" 2>&1 &
ipid=$!
echo "load: started nomen index, pid $ipid ($more more articles, a commit every 4 MB)"
run "mixed, 50 connections, while nomen index adds $more articles" 50 "$((secs * 2))"
if kill -0 "$ipid" 2>/dev/null; then
  echo "load: nomen index still running after the load; waiting for it"
fi
wait "$ipid" && echo "load: nomen index finished: $(tail -1 "$work/index-under-load.log")" \
  || echo "load: nomen index exited $?"
ipid=""
sleep 2
after="$(curl -s "$base/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')"
echo "load: documents counted by the server before and after the indexing: $before -> $after"
echo "load: stopping nomen serve, pid $pid"
