#!/usr/bin/env python3
"""Scores `nomen tag` against a labelled set (data/eval/any-spelling, data/eval), from the CLI.

The same figures as the Rust tests (`crates/nomen-entities/tests/any_spelling.rs`,
`accuracy.rs`; scoring in `tests/support/mod.rs`), computed from the real binary's
output: each article (`articles/*.txt`: first line the title, the rest the body) is sent
to `nomen tag --jsonl --json` as `{"id", "title", "body"}`, and its mentions are
compared with `gold.jsonl`: strict spans (start, end, entity) for mention precision and
recall; the set of (article, entity) pairs for document precision and recall.

    cargo build --release -p nomen-cli
    python3 scripts/eval/score.py data/eval/any-spelling --no-builtin
    python3 scripts/eval/score.py data/eval/any-spelling            # merged with the built-in gazetteer

With a gazetteer.jsonl in the set, it is passed as --entities; with the built-in
gazetteer merged in, only the set's entities are scored (and any other entity linked
on a gold span, which is a wrong link), as the Rust test does. Standard library only.
"""

import argparse
import json
import os
import subprocess
import sys


def gold_spans(text, gold):
    """Whole-file (start, end, entity) of each gold mention, found in order."""
    spans, cursor = [], 0
    for m in gold["mentions"]:
        mention, entity = m[0], m[1]
        before = m[2] if len(m) > 2 else ""
        at = text.find(before + mention, cursor)
        if at < 0:
            sys.exit(f"{gold['file']}: gold {mention!r} not found after {cursor}")
        at += len(before)
        cursor = at + len(mention)
        spans.append((at, cursor, entity))
    return spans


def byte_to_char(text):
    """Map from UTF-8 byte offset to character offset (nomen reports bytes)."""
    table, b = {}, 0
    for i, ch in enumerate(text):
        table[b] = i
        b += len(ch.encode("utf-8"))
    table[b] = len(text)
    return table


def ratio(a, b):
    return a / b if b else 1.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", help="the set's directory (articles/, gold.jsonl[, gazetteer.jsonl])")
    ap.add_argument("--no-builtin", action="store_true", help="without the built-in gazetteer")
    ap.add_argument("--nomen", default="target/release/nomen", help="the nomen binary")
    ap.add_argument("--errors", action="store_true", help="list misses and wrong links")
    args = ap.parse_args()

    golds = [json.loads(l) for l in open(os.path.join(args.set, "gold.jsonl"), encoding="utf-8") if l.strip()]
    texts, lines = {}, []
    for g in golds:
        with open(os.path.join(args.set, "articles", g["file"]), encoding="utf-8") as f:
            text = f.read()
        texts[g["file"]] = text
        title, _, body = text.partition("\n")
        lines.append(json.dumps({"id": g["file"], "title": title, "body": body}, ensure_ascii=False))

    cmd = [args.nomen, "tag", "--jsonl", "--json"]
    gazetteer = os.path.join(args.set, "gazetteer.jsonl")
    scope = None
    if os.path.exists(gazetteer):
        cmd += ["--entities", gazetteer]
        if not args.no_builtin:
            scope = {json.loads(l)["id"] for l in open(gazetteer, encoding="utf-8")
                     if l.strip() and not l.lstrip().startswith("#")}
    if args.no_builtin:
        cmd.append("--no-builtin")
    print("$", " ".join(cmd), "< articles as JSONL", file=sys.stderr)
    out = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    tagged = {d["id"]: d for d in map(json.loads, out.stdout.splitlines())}

    per_lang, errors = {}, []
    for g in golds:
        text = texts[g["file"]]
        title = text.partition("\n")[0]
        b2c = byte_to_char(text)
        expected = set(gold_spans(text, g))
        predicted = set()
        doc = tagged[g["file"]]
        kept = set()
        for m in doc["mentions"]:
            off = 0 if m.get("field") == "title" else len(title.encode("utf-8")) + 1
            start, end = b2c[m["start"] + off], b2c[m["end"] + off]
            if scope is not None and m["entity"] not in scope:
                if not any(s < end and start < e for s, e, _ in expected):
                    continue
                kept.add(m["entity"])
            predicted.add((start, end, m["entity"]))
        pe = {e["id"] for e in doc["entities"] if scope is None or e["id"] in scope or e["id"] in kept}
        ge = {m[1] for m in g["mentions"]}
        lang = g.get("lang") or g["file"].split("_")[0]
        c = per_lang.setdefault(lang, [0] * 7)
        for i, v in enumerate([1, len(predicted & expected), len(predicted), len(expected),
                               len(pe & ge), len(pe), len(ge)]):
            c[i] += v
        errors += [f"{g['file']}: false {text[s:e]!r} -> {ent}" for s, e, ent in sorted(predicted - expected)]
        errors += [f"{g['file']}: missed {text[s:e]!r} -> {ent}" for s, e, ent in sorted(expected - predicted)]
        errors += [f"{g['file']}: document missed {ent}" for ent in sorted(ge - pe)]
        errors += [f"{g['file']}: document false {ent}" for ent in sorted(pe - ge)]

    print("lang  docs  mentions P / R / gold      doc entities P / R / gold")
    total = [0] * 7
    for lang in sorted(per_lang) + ["all"]:
        c = total if lang == "all" else per_lang[lang]
        if lang != "all":
            total = [a + b for a, b in zip(total, c)]
            c = per_lang[lang]
        print(f"{lang:4}  {c[0]:4}  {ratio(c[1], c[2]):.3f} / {ratio(c[1], c[3]):.3f} / {c[3]:3}"
              f"       {ratio(c[4], c[5]):.3f} / {ratio(c[4], c[6]):.3f} / {c[6]:3}")
    if args.errors:
        print("\n".join("  " + e for e in errors))


if __name__ == "__main__":
    main()
