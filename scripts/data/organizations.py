"""The built-in organisations' coverage table, and a check of their acronyms.

`data/organizations/organizations.jsonl` is written by hand (see its README); this
script only reads it:

  * `table` rewrites the README's section between its markers: the counts per language
    and a table of every body by every language the linker covers, saying for each
    which names the body has there (F: a full name, A: an acronym, FA: both; `.`: none),
    so that the gaps are in sight.
  * `acronyms` prints every acronym of every language with how common it is as a word:
    its Zipf frequency in that language's wordfreq list (or, for a language wordfreq
    does not list, the highest in any list), the languages in which
    `commonwords.Lexicon.common_in` says it is a common word, and, with `--conll ZIP`,
    how often CoNLL-2002 Spanish writes it as a token (case kept) and with which tags.
    A line is marked CHECK where the acronym is a common word of its own language (in
    `common_in`, or at Zipf 4 or more), or Spanish news writes it outside an entity:
    each such acronym was read and left out unless the body is what that language's
    press means by it (the README's rule).

Usage: python3 scripts/data/organizations.py table
       python3 scripts/data/organizations.py acronyms [--conll conll2002.zip] [--cache DIR]
"""

import argparse
import collections
import json
import os
import sys
import zipfile

from datafiles import repo_root, replace_section

LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "sr",
             "sr-Latn", "bg", "mk", "ru", "uk", "be", "el", "ro", "hu", "fi", "et", "lv", "lt",
             "sv", "da", "nb", "tr", "sq", "gl", "ar", "he", "zh", "ja", "ko"]
# wordfreq's code of a language whose code it does not use: Serbo-Croatian (in Latin).
WORDFREQ_CODE = {"hr": "sh", "sr-Latn": "sh"}
START = "<!-- organizations.py: begin -->"
END = "<!-- organizations.py: end -->"


def bodies(root):
    out = []
    path = os.path.join(root, "data", "organizations", "organizations.jsonl")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                out.append(json.loads(line))
    return out


def is_acronym(name):
    """One word (dots and hyphens allowed) whose letters are mostly capitals, two at
    least: `NATO`, `MKOl`, `ΕΤΕπ`, `U.N.`; not `Unesco`, `Frontex`."""
    if any(c.isspace() for c in name):
        return False
    letters = [c for c in name if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper * 2 > len(letters)


def table(root):
    orgs = bodies(root)
    counts = collections.OrderedDict((lang, [0, 0, 0]) for lang in LANGUAGES)
    total = 0
    rows = []
    for o in orgs:
        cells = []
        for lang in LANGUAGES:
            names = o["by_language"].get(lang, [])
            acronyms = sum(map(is_acronym, names))
            full = len(names) - acronyms
            if names:
                counts[lang][0] += 1
                counts[lang][1] += len(names)
                counts[lang][2] += acronyms
                total += len(names)
            cells.append(("F" if full else "") + ("A" if acronyms else "") or ".")
        rows.append("| %s | %s |" % (o["id"], " | ".join(cells)))
    out = [START,
           "## Counts",
           "",
           "%d bodies, %d names (a name two languages share counted in each). Written by"
           % (len(orgs), total),
           "`python3 scripts/data/organizations.py table` from the data file.",
           "",
           "| language | bodies | names | of which acronyms |",
           "|---|---:|---:|---:|"]
    out += ["| %s | %d | %d | %d |" % (lang, *c) for lang, c in counts.items()]
    out += ["",
            "## Coverage",
            "",
            "Which names each body has in each language: F a full name, A an acronym, FA",
            "both, `.` none (left out: not sure of the name the press of that language",
            "writes, a name another body shares, or an acronym that is a common word there).",
            "",
            "| body | " + " | ".join(LANGUAGES) + " |",
            "|---|" + "---|" * len(LANGUAGES)]
    out += rows
    out.append(END)
    readme_path = os.path.join(root, "data", "organizations", "README.md")
    with open(readme_path, encoding="utf-8") as f:
        readme = f.read()
    readme = replace_section(readme, START, END, "\n".join(out))
    with open(readme_path, "w", encoding="utf-8") as f:
        f.write(readme)
    print("wrote", readme_path, file=sys.stderr)


def conll_tokens(path):
    """{token: Counter of tags} of CoNLL-2002 Spanish (train, testa, testb), read from
    NLTK's zip."""
    tokens = collections.defaultdict(collections.Counter)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if os.path.basename(name).startswith("esp."):
                for line in z.read(name).decode("latin-1").split("\n"):
                    parts = line.split()
                    if len(parts) >= 2:
                        tokens[parts[0]][parts[-1]] += 1
    return tokens


def acronyms(root, conll, cache):
    import commonwords
    lexicon = commonwords.Lexicon(*commonwords.fetch(cache))
    tokens = conll_tokens(conll) if conll else {}
    for o in bodies(root):
        for lang, names in o["by_language"].items():
            for name in names:
                if not is_acronym(name):
                    continue
                base = WORDFREQ_CODE.get(lang, lang)
                if base in lexicon.zipf:
                    own = "%.2f" % lexicon.frequency(base, name)
                elif base in lexicon.small:
                    own = "%.2f" % lexicon.small[base].get(name.lower(), 0.0)
                else:
                    own = "-"
                common = lexicon.common_in(name)
                seen = tokens.get(name, collections.Counter())
                flag = "CHECK" if (base in common or seen["O"] or
                                   (own != "-" and float(own) >= 4.0)) else ""
                print("\t".join([flag, o["id"], lang, name, own, ",".join(common),
                                 " ".join("%s:%d" % kv for kv in seen.most_common())
                                 if seen else ""]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["table", "acronyms"])
    parser.add_argument("--conll", help="NLTK's conll2002.zip")
    parser.add_argument("--cache", default=os.path.join(repo_root(), "target", "data-cache"))
    args = parser.parse_args()
    if args.what == "table":
        table(repo_root())
    else:
        acronyms(repo_root(), args.conll, args.cache)


if __name__ == "__main__":
    main()
