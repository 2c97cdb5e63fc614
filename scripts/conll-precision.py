#!/usr/bin/env python3
"""How many of nomen's links fall on a named entity of CoNLL-2002 Spanish, and how many
of its place names (LOC) nomen links to a place (BENCHMARKS.md, "Precision on real
news").

CoNLL-2002 (EFE newswire, 2000; gold PER/ORG/LOC/MISC spans) is read from the NLTK
package `conll2002.zip` (../shared/data/nltk-news-corpora; research use only, never
copied into the repository). The file (default `esp.testb`) is cut into documents of
ten sentences, tokens joined by spaces and sentences by newlines, tagged with
`nomen tag --jsonl --json` (built-in gazetteer, no cache), then scored:

  * precision: the mentions that lie inside a gold entity span of any type (a mention
    outside every span links a common word or a part of something else), and typed:
    inside a span of the entity's kind (a place in LOC, a person in PER, an
    organisation in ORG, anything else in MISC; `ESL`, the South Lebanon Army, linked
    to Lebanon is inside an ORG span: right untyped, wrong typed);
  * place recall: the gold LOC spans that hold a mention linked to a place.

Usage:
  python3 scripts/conll-precision.py NOMEN ZIP [FILE]   # e.g. esp.testb
Exits 2 on error.
"""

import json
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SENTENCES = 10


def read(zip_path, name):
    with zipfile.ZipFile(zip_path) as z:
        raw = z.read("conll2002/" + name)
    try:
        lines = raw.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        lines = raw.decode("latin-1").split("\n")
    sentences, cur = [], []
    for line in lines:
        parts = line.split()
        if not parts:
            if cur:
                sentences.append(cur)
            cur = []
        elif len(parts) >= 3:
            cur.append((parts[0], parts[-1]))
    if cur:
        sentences.append(cur)
    return sentences


def documents(sentences):
    """(text, [(start, end, type)]) per ten sentences, byte offsets."""
    out = []
    for d in range(0, len(sentences), SENTENCES):
        text, spans = b"", []
        open_span = None
        for s in sentences[d:d + SENTENCES]:
            if text:
                text += b"\n"
            for i, (word, tag) in enumerate(s):
                if i:
                    text += b" "
                start = len(text)
                text += word.encode("utf-8")
                end = len(text)
                if tag.startswith("B-") or (tag.startswith("I-") and open_span is None):
                    if open_span:
                        spans.append(tuple(open_span))
                    open_span = [start, end, tag[2:]]
                elif tag.startswith("I-"):
                    open_span[1] = end
                else:
                    if open_span:
                        spans.append(tuple(open_span))
                    open_span = None
            if open_span:
                spans.append(tuple(open_span))
                open_span = None
        out.append((text.decode("utf-8"), spans))
    return out


def kinds():
    """The kind of every built-in entity, by id."""
    out = {}
    for path in (os.path.join(ROOT, "data", "entities.jsonl"),
                 os.path.join(ROOT, "data", "places", "places.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    e = json.loads(line)
                    out[e["id"]] = e.get("kind")
    return out


GOLD = {"place": "LOC", "person": "PER", "organization": "ORG", "other": "MISC"}


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__.split("Usage:")[1].split("Exits")[0].strip(), file=sys.stderr)
        sys.exit(2)
    nomen, zip_path = sys.argv[1], sys.argv[2]
    name = sys.argv[3] if len(sys.argv) == 4 else "esp.testb"
    docs = documents(read(zip_path, name))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8",
                                     delete=False) as f:
        for i, (text, _) in enumerate(docs):
            f.write(json.dumps({"id": "d%d" % i, "body": text}, ensure_ascii=False) + "\n")
        path = f.name
    env = dict(os.environ, NOMEN_CACHE_DIR="")
    done = subprocess.run([nomen, "tag", "--jsonl", "--json", path], stdout=subprocess.PIPE,
                          env=env)
    os.unlink(path)
    if done.returncode not in (0, 1):
        print("conll-precision.py: error: %s tag failed (exit %d)" % (nomen, done.returncode),
              file=sys.stderr)
        sys.exit(2)
    kind = kinds()

    def is_place(e):
        return kind.get(e) == "place"

    inside = typed = total = loc = loc_found = 0
    outside, found = [], []
    for line in done.stdout.decode("utf-8").splitlines():
        d = json.loads(line)
        text, spans = docs[int(d["id"][1:])]
        raw = text.encode("utf-8")
        locs = [s for s in spans if s[2] == "LOC"]
        loc += len(locs)
        for m in d["mentions"]:
            total += 1
            if any(s <= m["start"] and m["end"] <= e for s, e, _ in spans):
                inside += 1
            gold = GOLD.get(kind.get(m["entity"]), "MISC")
            if any(s <= m["start"] and m["end"] <= e and t == gold for s, e, t in spans):
                typed += 1
            else:
                outside.append(m["text"])
        for s, e, _ in locs:
            if any(s <= m["start"] and m["end"] <= e and is_place(m["entity"])
                   for m in d["mentions"]):
                loc_found += 1
                found.append(raw[s:e].decode("utf-8"))
    print("%s %s: %d documents; %d mentions, %d inside a gold span: precision %.3f; "
          "inside a span of their kind: %d, %.3f; "
          "gold LOC spans with a place linked: %d of %d (%.3f)"
          % (nomen, name, len(docs), total, inside, inside / max(1, total), typed,
             typed / max(1, total), loc_found, loc, loc_found / max(1, loc)))
    print("not in a span of their kind: " + "; ".join(sorted(outside)))
    if os.environ.get("CONLL_FOUND"):
        with open(os.environ["CONLL_FOUND"], "w", encoding="utf-8") as f:
            f.write("\n".join(found) + "\n")


if __name__ == "__main__":
    main()
