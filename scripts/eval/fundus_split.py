#!/usr/bin/env python3
"""Split the fundus news fixtures by language, for `nomen entities discover` per language.

Each article goes to the language whose function words it uses most (de, en, es, fr);
an article where no language has 8 % of its words, or where the first two tie, goes to
`other`. The fixtures (MIT, `../shared/data/fundus-news-fixtures/articles.jsonl`) are
read from where they are and written to OUT_DIR as `fundus-LANG.jsonl` (one article a
line, `id`, `title`, `text`), never into the repository.

    python3 scripts/eval/fundus_split.py ../shared/data/fundus-news-fixtures/articles.jsonl OUT_DIR
"""

import json
import os
import re
import sys

FUNCTION_WORDS = {
    "de": "der die das und ist nicht mit von den dem zu auf ein eine sich auch für im".split(),
    "en": "the and of to is in that for on with was are it by from this".split(),
    "es": "el la los las y que del en por con para una es se lo al".split(),
    "fr": "le la les et des du est que une pour dans sur au qui pas avec".split(),
}
WORD = re.compile(r"\w+", re.UNICODE)


def language(text: str) -> str:
    words = [w.lower() for w in WORD.findall(text)]
    if not words:
        return "other"
    counts = {}
    for lang, fw in FUNCTION_WORDS.items():
        s = set(fw)
        counts[lang] = sum(1 for w in words if w in s)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, n), (_, second) = ranked[0], ranked[1]
    if n < 0.08 * len(words) or n == second:
        return "other"
    return best


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    outs = {}
    counts = {}
    with open(src, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit(f"{src}:{n}: not JSON: {e}")
            text = d.get("text") or ""
            lang = language(text)
            if lang not in outs:
                outs[lang] = open(os.path.join(out_dir, f"fundus-{lang}.jsonl"), "w", encoding="utf-8")
            doc = {"id": f"fundus-{n}", "title": d.get("title") or "", "text": text}
            outs[lang].write(json.dumps(doc, ensure_ascii=False) + "\n")
            counts[lang] = counts.get(lang, 0) + 1
    for o in outs.values():
        o.close()
    print(" ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
