#!/usr/bin/env python3
"""Scores `nomen entities discover` on CoNLL-2002 Spanish (opt-in; research use only).

The corpus is read from the NLTK zip where it lies (NOMEN_CONLL2002 names
`conll2002.zip`, e.g. ../shared/data/nltk-news-corpora/conll2002.zip), never copied into
the repository: the JSONL made from it goes to a temporary directory.

Documents: CoNLL-2002 Spanish is EFE newswire with no document markers; an article
starts at its dateline sentence (`Madrid , 23 may ( EFE ) .`: a sentence whose first
eight tokens hold `( EFE )` or `( EFECOM )`). Sentences before the first dateline of a
file form one document. esp.train, esp.testa and esp.testb are read in that order.

A proposal's mentions (its spans, found by `nomen tag` with the proposals as
gazetteer) are judged against the gold spans they name: a gold span overlapped over at
least half its length (a mention inside a longer gold name is nested, and not judged).
A proposal is right when it names at least one gold span, at least 90 % of the gold
spans it names are PER, ORG or LOC, and at least 90 % of those are one entity: their
folded surface form is the most common one's, or a word subsequence of it or the other
way round (`Aznar`, `José María Aznar`). The 10 % allow for the gold's own
inconsistencies (`PSOE` is MISC a few times). Frequent entities: gold PER/ORG/LOC
names (surface form folded: lowercase, no accents) in 5 or more documents; one is found
when a proposal's mentions cover one of its spans in at least half of its documents.

Usage: scripts/eval/discover_conll.py [--nomen target/release/nomen] [--no-builtin]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c if c.isalnum() or unicodedata.combining(c) else " " for c in s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).split())


MONTHS = {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"}
PARTICLES = {"de", "la", "del", "las", "los", "el"}


def dateline_start(s):
    """Where the dateline of a new article starts in sentence `s` (a list of (token,
    tag)), or None when `s` holds no dateline. A dateline is a place, maybe a date, then
    `( EFE )` or `( EFECOM )`: `Madrid , 23 may ( EFE )`, `Melbourne ( Australia ) , (
    EFE )`. CoNLL's sentences sometimes run the previous article's last line into it
    (`EFE - Cantabria Madrid , 23 may ( EFE )`, a headline in capitals before `Beirut (
    EFE )`): the dateline starts at its place, found walking back from the date."""
    toks = [t for t, _ in s]
    for i in range(min(len(toks) - 2, 30)):
        if toks[i] == "(" and toks[i + 1] in ("EFE", "EFECOM") and toks[i + 2] == ")":
            break
    else:
        return None
    j = i
    if j >= 3 and toks[j - 1][:3].lower() in MONTHS and toks[j - 2].isdigit() and toks[j - 3] == ",":
        j -= 3
    elif j >= 1 and toks[j - 1] == ",":
        j -= 1
    if j >= 1 and toks[j - 1] == ")" and "(" in toks[:j - 1]:
        j = max(n for n in range(j - 1) if toks[n] == "(")
    words = 0
    while j > 0:
        t = toks[j - 1]
        if t in PARTICLES and words:
            j -= 1
            continue
        if t[:1].isupper() and not (len(t) > 1 and t.isupper()) and not t.startswith("EFE") and words < 4:
            j -= 1
            words += 1
            continue
        break
    while j < i and toks[j] in PARTICLES:
        j += 1
    if words == 0:
        # No place: a dateline only when it opens the sentence (`( EFE ) .`).
        return 0 if i < 8 else None
    # `EFE - Cantabria Madrid`: the first word after `EFE -` is the byline's region.
    if j >= 2 and toks[j - 1] == "-" and toks[j - 2] in ("EFE", "EFECOM") and words > 1:
        j += 1
    return j


def read_docs(zpath):
    z = zipfile.ZipFile(zpath)
    docs = []
    for part in ("esp.train", "esp.testa", "esp.testb"):
        name = [n for n in z.namelist() if n.endswith(part)][0]
        text = z.read(name).decode("utf-8")
        sents, cur = [], []
        for line in text.splitlines():
            line = line.strip()
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok, _pos, tag = line.split(" ")
            cur.append((tok, tag))
        if cur:
            sents.append(cur)
        doc = []
        for s in sents:
            k = dateline_start(s)
            if k is None:
                doc.append(s)
                continue
            if k > 0:
                # The previous article's last words (its byline, `EFE - Cantabria`,
                # or a headline in capitals) ran into this dateline.
                doc.append(s[:k])
                s = s[k:]
            if doc:
                docs.append(doc)
            doc = [s]
        if doc:
            docs.append(doc)
    return docs


def render(doc, n):
    """Body text (sentences one per line, tokens joined by spaces) and gold spans
    (start, end, type, surface)."""
    out, spans, pos = [], [], 0
    for s in doc:
        cur = None
        for tok, tag in s:
            if out and out[-1] != "\n":
                out.append(" ")
                pos += 1
            start = pos
            out.append(tok)
            pos += len(tok.encode("utf-8"))
            if tag.startswith("B-"):
                if cur:
                    spans.append(cur)
                cur = [start, pos, tag[2:], [tok]]
            elif tag.startswith("I-") and cur and cur[2] == tag[2:]:
                cur[1] = pos
                cur[3].append(tok)
            else:
                if cur:
                    spans.append(cur)
                cur = None
        if cur:
            spans.append(cur)
        out.append("\n")
        pos += 1
    body = "".join(out)
    return {"id": f"conll-es-{n:04d}", "title": "", "body": body, "lang": "es"}, [
        (a, b, t, " ".join(w)) for a, b, t, w in spans
    ]


# Words an acronym skips (`OUA` of `Organización para la Unidad Africana`; `para`,
# `pour`, `per` and `for` since 2026-12-05 22:20, when discovery first joined names
# across them).
STOP = {"de", "del", "la", "las", "el", "los", "y", "e", "of", "the", "and", "d", "l", "para", "pour", "per", "for"}


def acronym_of(name):
    return "".join(w[0] for w in name.replace("-", " ").split() if w not in STOP)


def umlauts(folded):
    return folded.replace("oe", "o").replace("ae", "a").replace("ue", "u")


def same_entity(names):
    """True when the folded gold names are all one entity: equal, or each a word
    subsequence of the longest (`Aznar` of `José María Aznar`), or its acronym; German
    umlauts written out (`Koehler` of `Köhler`, folded `kohler`) are the same
    letters."""
    return subsequences(names) or subsequences([umlauts(n) for n in names])


def subsequences(names):
    names = sorted(set(names), key=lambda x: -len(x.split()))
    longest = names[0].split()
    for n in names[1:]:
        words = n.split()
        if len(words) == 1 and len(longest) > 1 and acronym_of(names[0]) == n.replace(".", ""):
            continue
        it = iter(longest)
        if not all(w in it for w in words):
            return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nomen", default="target/release/nomen")
    ap.add_argument("--no-builtin", action="store_true")
    ap.add_argument("--min-docs", default="2")
    ap.add_argument("--show-wrong", type=int, default=0)
    ap.add_argument("--show-missed", type=int, default=0)
    ap.add_argument("--dump", help="write each proposal's verdict (JSON Lines) here")
    ap.add_argument("--legacy-scorer", action="store_true",
                    help="judge as before 2026-12-06 23:00: each gold span by its own label, "
                         "mentions outside the gold spans not judged")
    args = ap.parse_args()
    zpath = os.environ.get("NOMEN_CONLL2002")
    if not zpath:
        print("skipped: set NOMEN_CONLL2002 to the path of conll2002.zip", file=sys.stderr)
        return 0
    docs = read_docs(zpath)
    gold = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "conll-es.jsonl")
        with open(corpus, "w") as f:
            for n, d in enumerate(docs):
                art, spans = render(d, n)
                gold[art["id"]] = (art["body"], spans)
                f.write(json.dumps(art, ensure_ascii=False) + "\n")
        cmd = [args.nomen, "entities", "discover", corpus, "--json", "--min-docs", args.min_docs]
        if args.no_builtin:
            empty = os.path.join(tmp, "none.jsonl")
            with open(empty, "w") as f:
                f.write('{"id":"nothing-at-all","name":"Xqzv Nothing","kind":"other"}\n')
            cmd += ["--no-builtin", "--entities", empty]
        res = subprocess.run(cmd, capture_output=True, text=True)
        print(res.stderr.strip(), file=sys.stderr)
        proposals = json.loads(res.stdout or "[]")
        # Mentions per proposal: re-tag each document with the proposals as gazetteer.
        props = os.path.join(tmp, "props.jsonl")
        with open(props, "w") as f:
            for p in proposals:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        tag = [args.nomen, "tag", "--jsonl", "--json", corpus, "--no-builtin", "--entities", props]
        if not args.no_builtin:
            tag = [args.nomen, "tag", "--jsonl", "--json", corpus, "--entities", props]
        res = subprocess.run(tag, capture_output=True, text=True)
        tagged = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
        # What the gazetteer in use already links (to leave known entities out of the
        # recall: discovery does not propose them again).
        base = tag[:-2] if not args.no_builtin else None
        known_spans = collections.defaultdict(list)
        known_names = set()
        if base:
            # Names the gazetteer has (linked or not: `Barcelona` is two cities).
            res = subprocess.run([args.nomen, "entities", "list", "--json"], capture_output=True, text=True)
            for e in json.loads(res.stdout or "[]"):
                for n in [e["name"]] + e.get("aliases", []):
                    known_names.add((fold(n), e["kind"]))
            res = subprocess.run(base, capture_output=True, text=True)
            for l in res.stdout.splitlines():
                if l.strip():
                    t = json.loads(l)
                    for m in t.get("mentions", []):
                        known_spans[t["id"]].append((m["start"], m["end"]))
    pid = {p["id"]: p for p in proposals}
    per = collections.defaultdict(list)  # proposal id -> [(doc, start, end)]
    own = {p["id"]: {fold(n) for n in [p["name"]] + p.get("aliases", [])} for p in proposals}
    for t in tagged:
        for m in t.get("mentions", []):
            # As discovery counts them: an acronym the linker gave a name because it was
            # defined after a longer name that contains it does not count.
            if m.get("rule") == "acronym" and m["entity"] in own and fold(m["text"]) not in own[m["entity"]]:
                continue
            if m["entity"] in pid:
                per[m["entity"]].append((t["id"], m["start"], m["end"]))
    # Gold entities by folded name, with their documents.
    gold_docs = collections.defaultdict(set)
    for doc, (_, spans) in gold.items():
        for a, b, t, w in spans:
            if t in ("PER", "ORG", "LOC"):
                gold_docs[(fold(w), t)].add(doc)

    # Each gold name's label in the corpus: the one the gold gives it most often (the
    # gold's own slips, `ELN` ORG 6 times and MISC once, do not make a proposal of
    # seven mentions wrong). Ties keep the spans' own labels.
    labels = collections.defaultdict(collections.Counter)
    for doc, (_, spans) in gold.items():
        for a, b, t, w in spans:
            labels[fold(w)][t] += 1

    def label(w, t):
        if args.legacy_scorer:
            return t
        top = labels[fold(w)].most_common(2)
        if len(top) == 2 and top[0][1] == top[1][1]:
            return t
        return top[0][0]

    def judge(p):
        """(right, gold names, gold types) of a proposal's mentions."""
        names, types = [], []
        for doc, s, e in per[p["id"]]:
            named = False
            for a, b, t, w in gold[doc][1]:
                # A gold span this mention names: they overlap over at least half of
                # the gold span (a mention inside a longer gold name, `EFE` of
                # `Agencia EFE`, is nested and not judged).
                if a < e and s < b and (min(b, e) - max(a, s)) * 2 >= (b - a):
                    types.append(label(w, t))
                    names.append(fold(w))
                if a < e and s < b:
                    named = True
            # A mention that overlaps no gold span and whose text is no gold name
            # anywhere in the corpus names no entity (`Más` starting a sentence,
            # linked to `Artur Mas`): it counts against the proposal, as a span of
            # another type does. (A text the gold names elsewhere may be the gold's
            # omission: not judged.)
            text = fold(gold[doc][0].encode("utf-8")[s:e].decode("utf-8", "replace"))
            if not named and not args.legacy_scorer and text not in labels:
                types.append("O")
                names.append(text)
        if not names:
            return False, names, set(types)
        typed = [n for n, t in zip(names, types) if t in ("PER", "ORG", "LOC")]
        if len(typed) < 0.9 * len(names) or not typed:
            return False, names, set(types)
        top = collections.Counter(typed).most_common(1)[0][0]
        agree = sum(1 for n in typed if same_entity([top, n]))
        return agree >= 0.9 * len(typed), names, set(types)

    verdicts = [judge(p) for p in proposals]
    for k in (100, 500):
        top = verdicts[:k]
        ok = sum(1 for v in top if v[0])
        print(f"top-{k}: {ok}/{len(top)} right, precision {ok / max(1, len(top)):.3f}")
    if args.dump:
        with open(args.dump, "w") as f:
            for p, v in zip(proposals, verdicts):
                f.write(json.dumps({"name": p["name"], "kind": p["kind"], "right": v[0], "gold": v[1][:8],
                                    "types": sorted(v[2]), "documents": p["discovered"]["documents"],
                                    "evidence": p["discovered"]["evidence"]}, ensure_ascii=False) + "\n")
    by_kind = collections.defaultdict(lambda: [0, 0])
    for p, v in zip(proposals, verdicts):
        by_kind[p["kind"]][0] += 1
        by_kind[p["kind"]][1] += 1 if v[0] else 0
    print("by kind: " + ", ".join(f"{k} {r}/{n}" for k, (n, r) in sorted(by_kind.items())))
    wrong = [(p["name"], p["discovered"]["documents"], v[1][:6], sorted(v[2])) for p, v in zip(proposals, verdicts) if not v[0]]
    for w in wrong[: args.show_wrong]:
        print("  wrong:", w)
    # Recall of frequent gold entities, merged by name (one entity per folded name).
    frequent = {k: d for k, d in gold_docs.items() if len(d) >= 5}
    covered = collections.defaultdict(set)  # (name, type) -> docs covered
    variants = []
    for p in proposals:
        seen = set()
        for doc, s, e in per[p["id"]]:
            for a, b, t, w in gold[doc][1]:
                if a < e and s < b and (fold(w), t) in frequent:
                    covered[(fold(w), t)].add(doc)
            seen.add(gold[doc][0][s:e] if False else None)
        variants.append((len(p["discovered"]["spellings"]), 1 + len(p.get("aliases", []))))
    # Known to the gazetteer in use: linked by `nomen tag` without the proposals in
    # half its documents, or one of its names is the name of a known entity of the
    # same kind (discovery does not propose a name the gazetteer has: `Barcelona`,
    # two cities, links to neither). Of another kind it is not known: the person
    # `Toledo` is no city's (before 2026-12-05 15:00 any known name counted, which
    # left found people out and missed clubs named after a city out too).
    kinds = {"PER": "person", "ORG": "organization", "LOC": "place"}
    known_covered = collections.defaultdict(set)
    for k, d in frequent.items():
        for doc in d:
            spans = [g for g in gold[doc][1] if (fold(g[3]), g[2]) == k]
            if any(a < ke and ks < b for a, b, _, _ in spans for ks, ke in known_spans[doc]):
                known_covered[k].add(doc)
    known = {k for k, d in frequent.items()
             if len(known_covered[k]) * 2 >= len(d) or (k[0], kinds[k[1]]) in known_names}
    found = [k for k, d in frequent.items() if len(covered[k]) * 2 >= len(d)]
    # Found by the gazetteer in use or the proposals: what an archive indexed with
    # both would let a user search by entity.
    either = [k for k, d in frequent.items() if len(covered[k] | known_covered[k]) * 2 >= len(d)]
    unknown = [k for k in frequent if k not in known]
    found_unknown = [k for k in found if k not in known]
    print(f"frequent gold entities (>= 5 documents): {len(frequent)}; found: {len(found)} ({len(found) / max(1, len(frequent)):.3f})")
    print(f"  of them not known to the gazetteer in use: {len(unknown)}; found: {len(found_unknown)} ({len(found_unknown) / max(1, len(unknown)):.3f})")
    if base:
        print(f"  found by the gazetteer in use or the proposals: {len(either)} ({len(either) / max(1, len(frequent)):.3f})")
    missed = sorted((k for k in unknown if k not in found), key=lambda k: -len(frequent[k]))
    for k in missed[: args.show_missed]:
        print("  missed:", k, len(frequent[k]), "documents")
    if proposals:
        for label, k in (("spellings seen (distinct written forms linked)", 0), ("name + aliases", 1)):
            v = [x[k] for x in variants]
            print(f"{label} per proposal: mean {sum(v) / len(v):.2f}, top-100 mean {sum(v[:100]) / len(v[:100]):.2f}, proposals with 2 or more: {sum(1 for x in v if x >= 2)}")
    print(f"documents: {len(docs)}; proposals: {len(proposals)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
