#!/usr/bin/env python3
"""`nomen entities discover` on the fundus news fixtures, per language, scored by hand.

The fixtures (258 articles of 41 countries, MIT; read from `../shared/data`, never
copied) are split by language: each article goes to the language whose function words
it uses most (de, en, es, fr); one where no language has 8 % of its words, or where the
first two tie, goes to `other`. Discovery runs over all articles and over each
language's (built-in gazetteer, `--min-docs 2`), and each run's top N proposals are
scored against `judgements.tsv` (verdicts only) in the judgements' folder (below). A proposal
not judged there is printed as such and counted apart: judge it and add it (its key is
`key(name)` below). The frequent entities of a language (`frequent.tsv`: names written inside sentences in 5 articles or more, read as entities)
are found when
`nomen tag` with the built-in gazetteer (and then with the proposals added) links a
mention over one of their occurrences in half their articles or more.

The fixtures' licence forbids redistributing them, so the two files of judgements are
kept outside the repository, as the labels of the fixtures are (`target/bench-data/
discover-fundus/`, or the folder `NOMEN_FUNDUS_JUDGEMENTS` names), and keep nothing of
them: each name is stored as its key, the first 16 hex digits of the SHA-256 of its
UTF-8 (NFC). Judgements are looked up by the key of each proposal's name; the frequent
names are found again among the fixtures' word sequences of up to MAX_WORDS words.

    NOMEN_FUNDUS=../shared/data/fundus-news-fixtures/articles.jsonl \\
      python3 scripts/eval/discover_fundus.py --nomen target/debug/nomen [--top 50] [--show]
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
JUDGED = os.environ.get("NOMEN_FUNDUS_JUDGEMENTS") or os.path.join(
    HERE, "..", "..", "target", "bench-data", "discover-fundus")
JUDGEMENTS = os.path.join(JUDGED, "judgements.tsv")
FREQUENT = os.path.join(JUDGED, "frequent.tsv")

FUNCTION_WORDS = {
    "de": "der die das und ist nicht mit von den dem zu auf ein eine sich auch für im".split(),
    "en": "the and of to is in that for on with was are it by from this".split(),
    "es": "el la los las y que del en por con para una es se lo al".split(),
    "fr": "le la les et des du est que une pour dans sur au qui pas avec".split(),
}
WORD = re.compile(r"\w+", re.UNICODE)
# Words written together inside a name (`Baden-Württemberg`, `Olaf Scholz`).
NAME_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
MAX_WORDS = 6


def key(name):
    """The key a name is stored under in the two files."""
    return hashlib.sha256(unicodedata.normalize("NFC", name).encode("utf-8")).hexdigest()[:16]


def names_of(path, keys):
    """{key: name} of the `keys` found among the word sequences of the articles of
    `path` (each key's first spelling found)."""
    wanted, out = set(keys), {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            for text in (art.get("title") or "", art["text"]):
                for pattern in (NAME_WORD, WORD):
                    words = pattern.findall(unicodedata.normalize("NFC", text))
                    for i in range(len(words)):
                        for n in range(1, min(MAX_WORDS, len(words) - i) + 1):
                            name = " ".join(words[i:i + n])
                            k = key(name)
                            if k in wanted and k not in out:
                                out[k] = name
    return out


def language(text):
    words = [w.lower() for w in WORD.findall(text)]
    if not words:
        return "other"
    counts = {lang: sum(1 for w in words if w in set(fw)) for lang, fw in FUNCTION_WORDS.items()}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, n), (_, second) = ranked[0], ranked[1]
    if n < 0.08 * len(words) or n == second:
        return "other"
    return best


def load_judgements(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or line.startswith("scope\t") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4 or parts[2] not in ("right", "wrong"):
                sys.exit(f"{path}:{n}: expected scope, key, verdict (right|wrong), reason")
            out[(parts[0], parts[1])] = parts[2] == "right"
    return out


def load_frequent(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or line.startswith("lang\t") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2:
                sys.exit(f"{path}:{n}: expected lang, key")
            out.setdefault(parts[0], []).append(parts[1])
    return out


def found(nomen, path, names, extra):
    """The names of `names` linked over an occurrence in half their articles or more."""
    cmd = [nomen, "tag", "--jsonl", "--json", path] + (["--entities", extra] if extra else [])
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode not in (0, 1):
        sys.exit(f"{nomen} tag failed: {res.stderr}")
    tagged = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
    articles = [json.loads(l) for l in open(path, encoding="utf-8")]
    out = []
    for name in names:
        pat = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        docs = hits = 0
        for art, tag in zip(articles, tagged):
            spans = []
            for field, text in (("title", art.get("title") or ""), ("body", art["text"])):
                spans += [(field, m.start(), m.end()) for m in pat.finditer(text)]
            if not spans:
                continue
            docs += 1
            # (Offsets in bytes: the fields' UTF-8.)
            def b(field, i):
                text = art.get("title") or "" if field == "title" else art["text"]
                return len(text[:i].encode("utf-8"))
            if any(
                m.get("field", "body") == f and m["start"] < b(f, e) and b(f, st) < m["end"]
                for (f, st, e) in spans
                for m in tag.get("mentions", [])
            ):
                hits += 1
        if docs and hits * 2 >= docs:
            out.append(name)
    return out


def verdict(judgements, run, name):
    k = key(name)
    return judgements.get((run, k), judgements.get(("*", k)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nomen", default="target/debug/nomen")
    ap.add_argument("--top", type=int, default=50)
    ap.add_argument("--show", action="store_true", help="print each run's top proposals")
    args = ap.parse_args()
    src = os.environ.get("NOMEN_FUNDUS")
    if not src or not os.path.exists(src):
        print("skipped: set NOMEN_FUNDUS to the fixtures' articles.jsonl")
        return
    if not (os.path.exists(JUDGEMENTS) and os.path.exists(FREQUENT)):
        print("skipped: no judgements in %s (judgements.tsv, frequent.tsv; kept outside the "
              "repository: set NOMEN_FUNDUS_JUDGEMENTS to their folder)" % os.path.normpath(JUDGED))
        return
    judgements = load_judgements(JUDGEMENTS)
    frequent = load_frequent(FREQUENT)
    with tempfile.TemporaryDirectory() as tmp:
        files = {"all": src}
        outs, counts = {}, {}
        with open(src, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    d = json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"{src}:{n}: not JSON: {e}")
                if not isinstance(d.get("text"), str):
                    sys.exit(f"{src}:{n}: field \"text\": expected a string")
                lang = language(d["text"])
                if lang not in outs:
                    files[lang] = os.path.join(tmp, f"fundus-{lang}.jsonl")
                    outs[lang] = open(files[lang], "w", encoding="utf-8")
                outs[lang].write(line if line.endswith("\n") else line + "\n")
                counts[lang] = counts.get(lang, 0) + 1
        for o in outs.values():
            o.close()
        counts["all"] = sum(counts.values())
        print("| articles | proposals | top-N right | spellings per proposal (top N) | not judged |")
        print("|---|---|---|---|---|")
        for run in ["all", "de", "en", "es", "fr", "other"]:
            if run not in files:
                continue
            res = subprocess.run(
                [args.nomen, "entities", "discover", files[run], "--json"],
                capture_output=True, text=True,
            )
            # (Exit 1: no proposal.)
            if res.returncode not in (0, 1):
                sys.exit(f"{args.nomen} failed on {run}: {res.stderr}")
            proposals = json.loads(res.stdout or "[]")
            top = proposals[: args.top]
            right = sum(1 for p in top if verdict(judgements, run, p["name"]) is True)
            unjudged = [p["name"] for p in top if verdict(judgements, run, p["name"]) is None]
            judged = len(top) - len(unjudged)
            spell = [len(p["discovered"]["spellings"]) for p in top]
            mean = sum(spell) / len(spell) if spell else 0
            wrong = [p["name"] for p in top if verdict(judgements, run, p["name"]) is False]
            print(
                f"| {run} ({counts[run]}) | {len(proposals)} | {right} / {judged}"
                f" | {mean:.2f} | {', '.join(unjudged) or '-'} |"
            )
            if args.show:
                for i, p in enumerate(top, 1):
                    v = verdict(judgements, run, p["name"])
                    mark = {True: "ok", False: "WRONG", None: "?"}[v]
                    al = ", ".join(p.get("aliases", [])[:3])
                    print(f"    {i:3} {p['discovered']['documents']:3} {p['kind']:12} {mark:5} {p['name']}"
                          + (f" ({al})" if al else ""))
            if wrong:
                print(f"    wrong: {', '.join(wrong)}")
            if run in frequent:
                spelled = names_of(files[run], frequent[run])
                lost = len(frequent[run]) - len(spelled)
                if lost:
                    print(f"    {lost} frequent names not found in these articles (other fixtures?)")
                names = [spelled[k] for k in frequent[run] if k in spelled]
                props = os.path.join(tmp, f"proposals-{run}.jsonl")
                with open(props, "w", encoding="utf-8") as o:
                    for p in proposals:
                        o.write(json.dumps({k: p[k] for k in ("id", "name", "kind", "aliases") if k in p},
                                           ensure_ascii=False) + "\n")
                known = found(args.nomen, files[run], names, None)
                both = found(args.nomen, files[run], names, props)
                missed = [n for n in names if n not in both]
                print(f"    frequent entities (>= 5 articles): {len(names)}; found by the built-in gazetteer"
                      f" {len(known)}, with the proposals {len(both)}; missed: {', '.join(missed) or '-'}")


if __name__ == "__main__":
    main()
