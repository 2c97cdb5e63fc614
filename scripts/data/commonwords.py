"""Which words are common words of a language, for the place data scripts.

Two independent sources, each pinned by version and sha256 and read straight from the
downloaded package (nothing is unpacked, nothing of them is written to the repository):

  * wordfreq 3.1.1 (PyPI wheel; code Apache-2.0, word-frequency data CC-BY-SA 4.0, built
    from Wikipedia, OpenSubtitles, SUBTLEX, Google Books Ngrams, ParaCrawl and others):
    how often a word is written, as a Zipf value (log10 of its frequency per billion
    words: 3 is once per million words, 6 once per thousand), in 21 languages. Its
    lists are lowercased, so a frequent place name (`berlin`, `wien`) looks like any
    frequent word: frequency alone does not say "common word".
  * Debian's spelling word lists (the `w*` packages: wamerican, wngerman, wspanish,
    witalian, wportuguese, wfrench, wdutch; each package's licence is its own, GPL or
    permissive, and we only read them): every word with its case. A word that the
    list writes in lowercase is a common word (`nice`, `dort`, `siegen`, `uma`), one
    that it writes only capitalised is a name (`Nizza`, `Wien`). German capitalises
    its nouns too: there a capitalised word is a common noun when the list has it
    inflected as nouns are (`Reste`, `Resten` of `Rest`; `Ländern` of `Länder`;
    `Namen` of `Name`), not only with the genitive -s or the -er of a name's
    inhabitants (`Wiens`, `Wiener`).

`Lexicon.common_in(word)` is the languages in which `word` is a common word written at
least COMMON_ZIPF (once per million words): the two sources agree.
"""

import gzip
import io
import lzma
import os
import struct
import tarfile
import unicodedata
import zipfile

from datafiles import DataError, check, pip_download, url_download

WORDFREQ_VERSION = "3.1.1"
WORDFREQ_FILE = "wordfreq-%s-py3-none-any.whl" % WORDFREQ_VERSION
WORDFREQ_REQUIREMENT = "wordfreq==%s" % WORDFREQ_VERSION
# Computed once from PyPI's file (2026-12-04).
WORDFREQ_SHA256 = "4b1c6ecffc6198be3396d5cf871c4423ca71c907c231348d352dd54d62b97473"

# wordfreq's languages with a "large" list (the best-sourced ones).
WORDFREQ_LANGUAGES = ["ar", "bn", "ca", "cs", "de", "en", "es", "fi", "fr", "he", "it", "ja",
                      "mk", "nb", "nl", "pl", "pt", "ru", "sv", "uk", "zh"]
# wordfreq's languages with only a "small" list (its words down to once per million words
# or so): read for names in scripts other than Latin only (`frequency_any`), where a
# frequent word of one of them (Korean `위해`, "for"; Persian `دوشنبه`, "Monday") is not
# the name of a city abroad. The large languages' rules above keep their 21 languages.
SMALL_LANGUAGES = ["bg", "da", "el", "fa", "fil", "hi", "hu", "id", "is", "ko", "lt", "lv",
                   "ms", "ro", "sh", "sk", "sl", "ta", "tr", "ur", "vi"]

DEBIAN = "http://deb.debian.org/debian/pool/main/"
# language -> (package file under DEBIAN, sha256 of Debian bookworm's file, path in it).
WORD_LISTS = {
    "en": ("s/scowl/wamerican_2020.12.07-2_all.deb",
           "c8f8e2b2ad0d37bfdd41f0e40f1e4c8e5f907467d768a1d3698b164e9617f0b4",
           "./usr/share/dict/american-english"),
    "de": ("i/igerman98/wngerman_20161207-11_all.deb",
           "9053a69641bcf59233055f1b3ca341046751534b2b32d1e32c67b23ab9b98fec",
           "./usr/share/dict/ngerman"),
    "es": ("w/wspanish/wspanish_1.0.30_all.deb",
           "a2b7504fb8c12deaf6c4e868f749a3d05a42caee348f0f5bb006238e925cde18",
           "./usr/share/dict/spanish"),
    "it": ("w/witalian/witalian_1.10_all.deb",
           "dc6eb1423726ce838332936db078406b646d0f3773701a5b1566a68495ddf076",
           "./usr/share/dict/italian"),
    "pt": ("i/ispell.pt/wportuguese_20220621-1_all.deb",
           "82d6aeca20d072bbe962db68e4c50d3cce76ecb12295608692dff4638daec2a0",
           "./usr/share/dict/portuguese"),
    "fr": ("w/wfrench/wfrench_1.2.7-2_all.deb",
           "a5cbe63b988adbdb973983aab5b76fe2b715e9a37b012f31ad1e925b1a4b4c29",
           "./usr/share/dict/french"),
    "nl": ("d/dutch/wdutch_2.20.19-2_all.deb",
           "79dc0dbbd9b3e029ba84423a804c635aca87105521962f9b4c3023399c94dc35",
           "./usr/share/dict/nederlands"),
}

# Languages that capitalise every noun.
NOUN_CAPITALS = {"de"}
# Endings of a German noun's other forms (plural, dative plural, strong genitive); the
# genitive -s and the -er(n) of inhabitants are left out: names take them too.
NOUN_ENDINGS = ("e", "en", "n", "es")

COMMON_ZIPF = 3.0

# Letters that a name written without its umlauts stands for.
UMLAUTS = {"de": {"a": "ä", "o": "ö", "u": "ü"}}


# Latin letters that do not decompose into a letter and marks, as nomen folds them
# (`ɛ`: `e`, `ŋ`: `n`, `ł`: `l`): filled by `use_letters` from nomen-fold itself, so
# that Ewe `Benɛ` (Benin) is looked up as Italian `bene`, as nomen will match it.
LETTERS = {}


def use_letters(table):
    """Sets the spelling of each lowercase letter of `table` ({letter: ASCII})."""
    LETTERS.clear()
    LETTERS.update(table)


def strip_accents(word):
    """`word` without its combining marks, its other Latin letters spelled as nomen
    folds them (`Čada`: `Cada`; `Benɛ`: `Bene`)."""
    out = []
    for c in unicodedata.normalize("NFKD", word):
        if unicodedata.combining(c):
            continue
        spelled = LETTERS.get(c.lower()) if not c.isascii() else None
        out.append(c if spelled is None else spelled.upper() if c.isupper() else spelled)
    return "".join(out)


def fetch(cache):
    """Downloads (once) and checks the pinned packages; returns their paths."""
    os.makedirs(cache, exist_ok=True)
    wordfreq = check(pip_download(cache, WORDFREQ_REQUIREMENT, WORDFREQ_FILE,
                                  ["--only-binary", ":all:"]), WORDFREQ_SHA256)
    lists = {}
    for lang, (path, sha, _) in sorted(WORD_LISTS.items()):
        local = os.path.join(cache, os.path.basename(path).replace("%3a", "_"))
        lists[lang] = check(url_download(DEBIAN + path, local), sha)
    return wordfreq, lists


def _unpack_msgpack(b):
    """The subset of msgpack that wordfreq's files use (arrays, maps, strings, small
    integers, nil, booleans)."""
    pos = 0

    def take(n):
        nonlocal pos
        out = b[pos:pos + n]
        if len(out) != n:
            raise DataError("wordfreq data: truncated msgpack")
        pos += n
        return out

    def read():
        t = take(1)[0]
        if t <= 0x7F:
            return t
        if 0x80 <= t <= 0x8F:
            return {read(): read() for _ in range(t & 0x0F)}
        if 0x90 <= t <= 0x9F:
            return [read() for _ in range(t & 0x0F)]
        if 0xA0 <= t <= 0xBF:
            return take(t & 0x1F).decode("utf-8")
        if t == 0xC0:
            return None
        if t in (0xC2, 0xC3):
            return t == 0xC3
        if t == 0xCC:
            return take(1)[0]
        if t == 0xCD:
            return struct.unpack(">H", take(2))[0]
        if t in (0xD9, 0xDA, 0xDB):
            size = {0xD9: ">B", 0xDA: ">H", 0xDB: ">I"}[t]
            n = struct.unpack(size, take(struct.calcsize(size)))[0]
            return take(n).decode("utf-8")
        if t in (0xDC, 0xDD):
            size = ">H" if t == 0xDC else ">I"
            return [read() for _ in range(struct.unpack(size, take(struct.calcsize(size)))[0])]
        if t == 0xDE:
            return {read(): read() for _ in range(struct.unpack(">H", take(2))[0])}
        raise DataError("wordfreq data: msgpack type 0x%02x not handled" % t)

    return read()


def _read_deb_member(path, member):
    """The text of `member` inside the data.tar.xz of the Debian package `path`."""
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"!<arch>\n"):
        raise DataError("%s: not a Debian package" % path)
    pos = 8
    while pos + 60 <= len(data):
        header = data[pos:pos + 60]
        name = header[:16].decode("ascii").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        body = data[pos + 60:pos + 60 + size]
        pos += 60 + size + (size % 2)
        if name == "data.tar.xz":
            with tarfile.open(fileobj=io.BytesIO(lzma.decompress(body))) as tar:
                f = tar.extractfile(member)
                if f is None:
                    raise DataError("%s: no %s" % (path, member))
                return f.read().decode("utf-8")
    raise DataError("%s: no data.tar.xz" % path)


def _read_cbpack(whl, wordfreq_path, size, lang):
    """{word: Zipf} of wordfreq's `size` ("large", "small") list of `lang`."""
    packed = whl.read("wordfreq/data/%s_%s.msgpack.gz" % (size, lang))
    bins = _unpack_msgpack(gzip.decompress(packed))
    if not bins or not isinstance(bins[0], dict) or bins[0].get("format") != "cB":
        raise DataError("%s: %s_%s is not a cBpack list" % (wordfreq_path, size, lang))
    table = {}
    # Bin i holds the words at -i centibels: Zipf 9 - i/100.
    for i, words in enumerate(bins[1:]):
        for w in words:
            table.setdefault(w, round(9 - i / 100, 2))
    return table


class Lexicon:
    def __init__(self, wordfreq_path, list_paths):
        self.zipf = {}
        self.small = {}
        with zipfile.ZipFile(wordfreq_path) as whl:
            self.license = whl.read("wordfreq-%s.dist-info/LICENSE.txt"
                                    % WORDFREQ_VERSION).decode("utf-8")
            for lang in SMALL_LANGUAGES:
                self.small[lang] = _read_cbpack(whl, wordfreq_path, "small", lang)
            for lang in WORDFREQ_LANGUAGES:
                table = _read_cbpack(whl, wordfreq_path, "large", lang)
                # Folded as nomen matches names: `año` is looked up as `ano` too.
                for w, f in list(table.items()):
                    key = strip_accents(w)
                    if key != w and f > table.get(key, 0.0):
                        table[key] = f
                self.zipf[lang] = table
        self.lower = {}
        self.capitalised = {}
        for lang, path in list_paths.items():
            words = _read_deb_member(path, WORD_LISTS[lang][2]).split("\n")
            lower = {w for w in words if w and w[0].islower()}
            self.lower[lang] = lower | {strip_accents(w) for w in lower}
            self.capitalised[lang] = {w for w in words if w and w[0].isupper()}

    def frequency(self, lang, word):
        """The Zipf frequency of `word` (any case, with or without its accents: nomen
        matches names folded, so `Israëli` is `israeli`) in `lang`, 0 when not listed."""
        table = self.zipf[lang]
        return max(table.get(word.lower(), 0.0), table.get(strip_accents(word.lower()), 0.0))

    def best_frequency(self, word):
        """(Zipf, language) of `word` in the language that writes it most."""
        return max((self.frequency(lang, word), lang) for lang in WORDFREQ_LANGUAGES)

    def frequency_any(self, word):
        """(Zipf, language) of `word` in the language that writes it most, of all of
        wordfreq's languages, the small lists' too (see SMALL_LANGUAGES)."""
        w = word.lower()
        small = max(((table.get(w, 0.0), lang) for lang, table in self.small.items()),
                    default=(0.0, ""))
        return max(self.best_frequency(word), small)

    def _common_noun(self, lang, word):
        caps = self.capitalised[lang]
        if word not in caps:
            return False
        # Its own plural or case forms; `-e` alone is not enough (`Berline`, a
        # carriage, is not a form of `Berlin`).
        if any(word + e in caps for e in NOUN_ENDINGS if e != "e"):
            return True
        # The plural or a case of a noun in -e (`Namen` of `Name`).
        return any(word.endswith(e) and word[:-len(e)].endswith("e")
                   and word[:-len(e)] in caps for e in ("n", "en"))

    def plural_noun(self, lang, word):
        """True when the one-word `word` is, in `lang` (a language that capitalises its
        nouns: German), the plural of a common noun in -e of its word list, and the list
        has the plural too: German `Polen` of `Pole`, `Schweden` of `Schwede` (the Poles,
        the Swedes), as German names several peoples by their country's name."""
        caps = self.capitalised.get(lang, ())
        return (lang in NOUN_CAPITALS and word in caps and word.endswith("en")
                and word[:-1] in caps)

    def people(self, lang, word):
        """True when English `word` names a people: capitalised with a plural in the
        English word list (`Pakistanis`, `Israelis`), as names of countries are not
        (`America` has `Americas`: a name in -a is a land's)."""
        caps = self.capitalised.get(lang, ())
        word = strip_accents(word)
        return lang == "en" and word in caps and word + "s" in caps and not word.endswith("a")

    def _variants(self, lang, word):
        """`word`, and in German its spellings with one umlaut (`Lander`: `Länder`),
        which fold to the same key (nomen folds `ä` to `a`)."""
        out = [word]
        if lang in UMLAUTS:
            for i, c in enumerate(word):
                if c in UMLAUTS[lang]:
                    out.append(word[:i] + UMLAUTS[lang][c] + word[i + 1:])
        return out

    def common_frequency(self, lang, word):
        """The Zipf frequency in `lang` of the one-word `word` as a common word of
        `lang` (of its most frequent spelling that is one: see `_variants`), or 0 when
        it is none: not written in lowercase by the language's word list (nor, in
        German, a common noun), or rarer than COMMON_ZIPF."""
        best = 0.0
        for v in dict.fromkeys(self._variants(lang, word) + [strip_accents(word)]):
            f = self.frequency(lang, v)
            if f < COMMON_ZIPF or f <= best:
                continue
            w = v.lower() if v.isupper() else v[:1].lower() + v[1:]
            if w in self.lower[lang] or (
                    lang in NOUN_CAPITALS and self._common_noun(lang, v[:1].upper() + v[1:])):
                best = f
        return best

    def common_in(self, word):
        """The languages (sorted) in which the one-word `word` is a common word (see
        `common_frequency`)."""
        return [lang for lang in sorted(self.lower) if self.common_frequency(lang, word) > 0]
