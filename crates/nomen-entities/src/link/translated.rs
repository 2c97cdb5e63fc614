//! A user's body named in another language's words (rules `translated-name` and
//! `translated-acronym`).
//!
//! A user's gazetteer gives a body its English (or other Latin) name: `Party of
//! Regions`, `Nationalist Movement Party`, `Federal Criminal Police Office`. The press
//! of other languages translates such a name word by word: Russian `Партия регионов`,
//! Turkish `Milliyetçi Hareket Partisi`, Czech `Spolkový kriminální úřad`. Where the
//! gazetteer has no names of the body in a language (no `by_language` entry, which the
//! built-in bodies have and which wins), this module reads the user's name as a set
//! of *concepts* of the lexicon of institutional vocabulary
//! (`data/organizations/body-words.tsv`: `party`, `movement`, `nationalist`,
//! `federal`, `criminal-police`, `office`...), and a run of a text's words links to the
//! body when its words are, in any order, exactly those concepts in one language:
//! every word a form of its lexicon entry with another ending of that language (the
//! stem and ending rule of [`super::declined`], with the endings of a few more
//! languages here), the language's own function words (`на`, `za`, `de`, `ve`)
//! allowed between them. A country's name inside the body's name (`of Turkey`) is
//! matched by any of the place's names in the gazetteer, declined; `Republic of`
//! before a country's name may be left out (`Централната банка на Турция`).
//!
//! The forms are worked out once per linker, for the concepts the gazetteer's user
//! bodies use only: a gazetteer without such a body costs nothing per token.
//!
//! Limits: the whole name is required (no subset: `Central Bank` alone is not the
//! Central Bank of the Republic of Turkey), of two concepts or more; every English
//! word of the name must be in the lexicon (or name a place), so a name with a proper
//! noun in it (`Bank of Georgia` aside) gives nothing; compounds (German
//! `Bundeskriminalamt`, Bulgarian `Християндемократически`) are not split; two user
//! bodies of the same concepts link neither.

use std::collections::HashMap;
use std::sync::OnceLock;

use nomen_fold::Folder;

use super::declined;
use crate::hash::FxBuild;
use crate::{Gazetteer, Kind};

/// The lexicon: one concept a line, its forms by language (see its README).
static LEXICON_TSV: &str = include_str!("../../../../data/organizations/body-words.tsv");

/// The languages of the lexicon (besides English, whose forms read the user's
/// names): a form's language is its index here.
pub(crate) const LANGUAGES: &[&str] = &[
    "ru", "uk", "be", "bg", "mk", "sr", "hr", "bs", "sl", "pl", "cs", "sk", "de", "nl", "fr", "es",
    "it", "pt", "ro", "ca", "el", "tr", "az", "hu", "fi", "et", "lv", "lt", "sv", "da", "nb",
];

/// The language of a place's name: any.
const ANY: u8 = u8::MAX;

/// Folded English words that a body's name holds between its content words.
const ENGLISH_FUNCTION_WORDS: &[&str] = &["of", "for", "and", "the", "s", "on", "to"];

/// A lexicon of concepts, parsed from [`LEXICON_TSV`] once.
#[derive(Debug)]
struct Lexicon {
    /// Each concept's id (the first column).
    ids: Vec<&'static str>,
    /// Each concept's forms: language (an index of [`LANGUAGES`], or `None` for
    /// English) and the form as written.
    forms: Vec<Vec<(Option<u8>, &'static str)>>,
}

/// The lexicon, parsed on first use.
fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| parse_lexicon(LEXICON_TSV).unwrap_or_else(|e| panic!("{e}")))
}

/// The lexicon of `tsv`: lines `concept<TAB>lang:form|form<TAB>...`, `#` comments.
/// An error names the line and what is wrong (the shipped file is checked by a test).
fn parse_lexicon(tsv: &'static str) -> Result<Lexicon, String> {
    let mut lexicon = Lexicon {
        ids: Vec::new(),
        forms: Vec::new(),
    };
    for (n, line) in tsv.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cells = line.split('\t');
        let id = cells.next().unwrap_or_default().trim();
        if id.is_empty() || lexicon.ids.contains(&id) {
            return Err(format!(
                "body-words.tsv:{}: concept {id:?} empty or repeated",
                n + 1
            ));
        }
        let mut forms = Vec::new();
        for cell in cells.filter(|c| !c.trim().is_empty()) {
            let Some((lang, words)) = cell.split_once(':') else {
                return Err(format!(
                    "body-words.tsv:{}: {cell:?} is not lang:forms",
                    n + 1
                ));
            };
            let lang = match lang.trim() {
                "en" => None,
                code => match LANGUAGES.iter().position(|l| *l == code) {
                    Some(i) => Some(i as u8),
                    None => {
                        return Err(format!(
                            "body-words.tsv:{}: unknown language {code:?}",
                            n + 1
                        ))
                    }
                },
            };
            for form in words.split('|').map(str::trim) {
                if form.is_empty() {
                    return Err(format!(
                        "body-words.tsv:{}: an empty form in {cell:?}",
                        n + 1
                    ));
                }
                forms.push((lang, form));
            }
        }
        if !forms.iter().any(|(l, _)| l.is_none()) {
            return Err(format!(
                "body-words.tsv:{}: {id:?} has no English form",
                n + 1
            ));
        }
        lexicon.ids.push(id);
        lexicon.forms.push(forms);
    }
    Ok(lexicon)
}

/// Words of a folded text: its runs of letters and digits (`prosecutor's` is
/// `prosecutor`, `s`, as the linker's tokens are).
fn words_of(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// One form of a concept in one language, folded, word by word.
#[derive(Debug)]
struct Form {
    lang: u8,
    concept: u32,
    words: Box<[Box<str>]>,
}

/// A form found at a word: its language, its concept and its length in words.
type Hit = (u8, u32, u8);

/// The bodies of a concept set: entity positions.
type Bodies = Vec<u32>;

/// The translated names of a gazetteer's user bodies, ready to be found in text.
#[derive(Debug, Default)]
pub(crate) struct TranslatedNames {
    forms: Vec<Form>,
    /// Forms by the [`key`] of their first word.
    by_key: HashMap<u32, Vec<u32>, FxBuild>,
    /// Bodies by their sorted concepts.
    bodies: HashMap<Box<[u32]>, Bodies, FxBuild>,
    /// The first concept that is a place (the place at gazetteer position 0).
    first_place: u32,
}

/// The lookup key of a folded word: its first three bytes (the shortest stem), or
/// the whole word when shorter, with its length.
#[inline]
fn key(word: &str) -> u32 {
    let b = word.as_bytes();
    let n = b.len().min(3);
    let mut k = [0u8; 4];
    k[..n].copy_from_slice(&b[..n]);
    k[3] = n as u8;
    u32::from_le_bytes(k)
}

impl TranslatedNames {
    /// The translated names of `gazetteer`'s user bodies (entities of kind
    /// organization from a user's file) whose names read as concepts of the lexicon.
    pub(crate) fn new(gazetteer: &Gazetteer, folder: &Folder) -> TranslatedNames {
        let mut out = TranslatedNames::default();
        let entities = gazetteer.entities();
        let users: Vec<usize> = (0..entities.len())
            .filter(|&i| entities[i].kind == Kind::Organization && gazetteer.is_users(i))
            .collect();
        if users.is_empty() {
            return out;
        }
        let lexicon = lexicon();
        let mut english: HashMap<String, u32> = HashMap::new();
        let mut longest = 1;
        for (c, forms) in lexicon.forms.iter().enumerate() {
            for &(lang, form) in forms {
                if lang.is_none() {
                    let folded = folder.fold(form);
                    let joined = words_of(&folded).collect::<Vec<_>>().join(" ");
                    longest = longest.max(joined.split(' ').count());
                    english.entry(joined).or_insert(c as u32);
                }
            }
        }
        let mut places: Option<HashMap<String, Vec<u32>>> = None;
        let first_place = lexicon.ids.len() as u32;
        out.first_place = first_place;
        let republic = lexicon.ids.iter().position(|&id| id == "republic");
        let mut used_places: Vec<u32> = Vec::new();
        for &e in &users {
            let entity = &entities[e];
            for name in entity.names() {
                let Some(concepts) =
                    read_name(folder, name, (&english, longest), gazetteer, &mut places)
                else {
                    continue;
                };
                let mut variants = vec![concepts.clone()];
                // `Republic of` before a country's name is left out by the press.
                if let Some(r) = republic {
                    if let Some(p) = concepts
                        .windows(2)
                        .position(|w| w[0] == r as u32 && w[1] >= first_place)
                    {
                        let mut shorter = concepts.clone();
                        shorter.remove(p);
                        variants.push(shorter);
                    }
                }
                for mut v in variants {
                    if v.len() < 2 {
                        continue;
                    }
                    used_places.extend(
                        v.iter()
                            .filter(|&&c| c >= first_place)
                            .map(|&c| c - first_place),
                    );
                    v.sort_unstable();
                    let bodies = out.bodies.entry(v.into()).or_default();
                    if !bodies.contains(&(e as u32)) {
                        bodies.push(e as u32);
                    }
                }
            }
        }
        let mut used: Vec<u32> = out.bodies.keys().flat_map(|k| k.iter().copied()).collect();
        used.sort_unstable();
        used.dedup();
        for &c in &used {
            if c < first_place {
                for &(lang, form) in &lexicon.forms[c as usize] {
                    let Some(lang) = lang else { continue };
                    let code = LANGUAGES[usize::from(lang)];
                    let mut folds = vec![folder.fold(form).into_owned()];
                    if code == "uk" {
                        folds.push(declined::ukrainian_fold(folder, form));
                    }
                    for f in folds {
                        out.push_form(lang, c, &f);
                    }
                }
            } else {
                let place = &entities[(c - first_place) as usize];
                for name in place.names() {
                    let f = folder.fold(name);
                    // (Names of one or two letters are codes, not words of a text.)
                    if words_of(&f).all(|w| w.chars().count() >= 3) {
                        out.push_form(ANY, c, &f);
                    }
                }
            }
        }
        out
    }

    fn push_form(&mut self, lang: u8, concept: u32, folded: &str) {
        let words: Box<[Box<str>]> = words_of(folded).map(Box::from).collect();
        let Some(first) = words.first() else { return };
        let k = key(first);
        let ids = self.by_key.entry(k).or_default();
        if ids.iter().any(|&i| {
            let f = &self.forms[i as usize];
            f.lang == lang && f.concept == concept && f.words == words
        }) {
            return;
        }
        ids.push(self.forms.len() as u32);
        self.forms.push(Form {
            lang,
            concept,
            words,
        });
    }

    /// True when no user body has a translated name: no text need be read.
    pub(crate) fn is_empty(&self) -> bool {
        self.bodies.is_empty()
    }

    /// The translated names that `words` (one field's) hold, in order.
    pub(crate) fn find(&self, words: &[Word<'_>], out: &mut Vec<Found>) {
        out.clear();
        if self.is_empty() || words.len() < 2 {
            return;
        }
        // Per word: the forms whose first word it is, in the form's language (a
        // place's name in every language of the field's lexicon words).
        let mut hits: Vec<Vec<Hit>> = vec![Vec::new(); words.len()];
        let mut langs = 0u64;
        let mut any_place = false;
        for (i, w) in words.iter().enumerate() {
            let Some(ids) = self.by_key.get(&key(w.folded)) else {
                continue;
            };
            for &id in ids {
                let f = &self.forms[id as usize];
                if f.lang == ANY {
                    any_place = true;
                    continue;
                }
                if self.form_at(words, i, f, f.lang) {
                    hits[i].push((f.lang, f.concept, f.words.len() as u8));
                    langs |= 1 << f.lang;
                }
            }
        }
        if langs == 0 {
            return;
        }
        if any_place {
            for (i, w) in words.iter().enumerate() {
                let Some(ids) = self.by_key.get(&key(w.folded)) else {
                    continue;
                };
                for &id in ids {
                    let f = &self.forms[id as usize];
                    if f.lang != ANY {
                        continue;
                    }
                    for lang in (0..LANGUAGES.len() as u8).filter(|l| langs & 1 << l != 0) {
                        if self.form_at(words, i, f, lang) {
                            hits[i].push((lang, f.concept, f.words.len() as u8));
                        }
                    }
                }
            }
        }
        for lang in (0..LANGUAGES.len() as u8).filter(|l| langs & 1 << l != 0) {
            self.find_in(words, &hits, lang, out);
        }
        out.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    }

    /// True when form `f` is written at word `i` in language `lang`.
    fn form_at(&self, words: &[Word<'_>], i: usize, f: &Form, lang: u8) -> bool {
        f.words.iter().enumerate().all(|(j, fw)| {
            let Some(w) = words.get(i + j) else {
                return false;
            };
            (j == 0 || w.joined) && word_form(w.folded, fw, lang)
        })
    }

    /// The names of language `lang` in `words`.
    fn find_in(&self, words: &[Word<'_>], hits: &[Vec<Hit>], lang: u8, out: &mut Vec<Found>) {
        // A word of a form of the language (the first or a later word of it).
        let mut covered = vec![false; words.len()];
        for (i, h) in hits.iter().enumerate() {
            for &(l, _, len) in h {
                if l == lang {
                    for c in &mut covered[i..i + usize::from(len)] {
                        *c = true;
                    }
                }
            }
        }
        let content = |i: usize| covered[i];
        let function = |i: usize| is_function_word(lang, words[i].folded);
        let mut i = 0;
        while i < words.len() {
            if !content(i) {
                i += 1;
                continue;
            }
            // The run: content words, function words between them, nothing but
            // spaces (or an apostrophe) between words.
            let start = i;
            let mut end = i + 1;
            loop {
                if end < words.len() && words[end].joined && content(end) {
                    end += 1;
                    continue;
                }
                let mut k = end;
                while k < words.len() && words[k].joined && function(k) && !content(k) {
                    k += 1;
                }
                if k > end && k < words.len() && words[k].joined && content(k) {
                    end = k + 1;
                    continue;
                }
                break;
            }
            self.names_in_run(words, (hits, &covered), lang, (start, end), out);
            i = end;
        }
    }

    /// The names in the run of words `start..end` of language `lang`: from a
    /// capitalised word, the longest stretch whose concepts are a body's, not part of
    /// a longer stretch of the lexicon's words.
    fn names_in_run(
        &self,
        words: &[Word<'_>],
        (hits, covered): (&[Vec<Hit>], &[bool]),
        lang: u8,
        (start, end): (usize, usize),
        out: &mut Vec<Found>,
    ) {
        let is_content = |i: usize| covered[i];
        let mut a = start;
        while a < end {
            // (A place's name before a body's is its qualifier: Czech `Německý
            // Spolkový kriminální úřad`, Russian `Турецкая Партия ...`.)
            let place_before = a > start && self.only_places(&hits[a - 1], lang);
            if !is_content(a) || !words[a].upper || !(place_before || Self::opens(words, start, a))
            {
                a += 1;
                continue;
            }
            let mut found = None;
            for b in (a + 1..=end).rev() {
                if !is_content(b - 1) || !Self::closes(words, end, b) {
                    continue;
                }
                if let Some(entity) = self.body_of(words, hits, lang, a, b) {
                    found = Some((b, entity));
                    break;
                }
            }
            match found {
                Some((b, entity)) => {
                    let initials = (a..b)
                        .filter(|&i| is_content(i))
                        .filter_map(|i| words[i].first)
                        .flat_map(char::to_uppercase)
                        .collect();
                    // (A word of a place's name keeps its capital.)
                    let later_capitals = (a + 1..b).any(|i| {
                        is_content(i)
                            && words[i].upper
                            && !self.only_places(&hits[i], lang)
                            && !(i > a && self.place_spans(&hits[..i], lang, i))
                    });
                    out.push(Found {
                        start: a,
                        end: b,
                        later_capitals,
                        entity,
                        lang: LANGUAGES[usize::from(lang)],
                        initials,
                        after_place: place_before,
                    });
                    a = b;
                }
                None => a += 1,
            }
        }
    }

    /// True when a place's name of several words that starts before word `i` holds
    /// it (`hits` are those of the words before `i`).
    fn place_spans(&self, hits: &[Vec<Hit>], lang: u8, i: usize) -> bool {
        hits.iter().enumerate().any(|(j, h)| {
            h.iter()
                .any(|&(l, c, len)| l == lang && c >= self.first_place && j + usize::from(len) > i)
        })
    }

    /// True when the hits of a word in `lang` are all a place's name.
    fn only_places(&self, hits: &[Hit], lang: u8) -> bool {
        let mut of_lang = hits.iter().filter(|h| h.0 == lang).peekable();
        of_lang.peek().is_some() && of_lang.all(|h| h.1 >= self.first_place)
    }

    /// True when a name may start at word `a` of the run from `start`: the run's
    /// first content word, or one after a lowercase word (a new name starts: Russian
    /// `комиссии Партии регионов`).
    fn opens(words: &[Word<'_>], start: usize, a: usize) -> bool {
        a == start || !words[a - 1].upper
    }

    /// True when a name may end before word `b` of the run ending at `end`: the
    /// run's end, or a capitalised word after a lowercase one (another name starts).
    fn closes(words: &[Word<'_>], end: usize, b: usize) -> bool {
        b == end || (words[b].upper && !words[b - 1].upper)
    }

    /// The one body whose concepts are those of words `a..b` in `lang`, read in every
    /// way the words' forms allow.
    fn body_of(
        &self,
        words: &[Word<'_>],
        hits: &[Vec<Hit>],
        lang: u8,
        a: usize,
        b: usize,
    ) -> Option<u32> {
        let mut readings: Vec<Vec<u32>> = Vec::new();
        let mut current = Vec::new();
        read(words, hits, lang, a, b, &mut current, &mut readings);
        let mut found: Option<u32> = None;
        for mut r in readings {
            r.sort_unstable();
            let Some(bodies) = self.bodies.get(r.as_slice()) else {
                continue;
            };
            // Two bodies of the same concepts: neither.
            let &[e] = bodies.as_slice() else { return None };
            match found {
                Some(f) if f != e => return None,
                _ => found = Some(e),
            }
        }
        found
    }
}

/// Adds to `readings` the concept lists that words `i..b` read as in `lang` (at most
/// [`MAX_READINGS`]), after `current`.
fn read(
    words: &[Word<'_>],
    hits: &[Vec<Hit>],
    lang: u8,
    i: usize,
    b: usize,
    current: &mut Vec<u32>,
    readings: &mut Vec<Vec<u32>>,
) {
    if readings.len() >= MAX_READINGS {
        return;
    }
    if i == b {
        readings.push(current.clone());
        return;
    }
    let mut any = false;
    for &(l, concept, len) in &hits[i] {
        let next = i + usize::from(len);
        if l != lang || next > b {
            continue;
        }
        any = true;
        current.push(concept);
        read(words, hits, lang, next, b, current, readings);
        current.pop();
    }
    if !any && is_function_word(lang, words[i].folded) {
        read(words, hits, lang, i + 1, b, current, readings);
    }
}

/// The most readings of a run looked up.
const MAX_READINGS: usize = 32;

/// A word of a field, as [`TranslatedNames::find`] reads it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word<'a> {
    /// Its folded form.
    pub(crate) folded: &'a str,
    /// Whether it starts with a capital.
    pub(crate) upper: bool,
    /// Whether nothing but spaces (or an apostrophe) is between it and the word before.
    pub(crate) joined: bool,
    /// Its first letter as written.
    pub(crate) first: Option<char>,
}

/// A translated name found in a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// Its words.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The body (a position in the gazetteer).
    pub(crate) entity: u32,
    /// The language of its words.
    pub(crate) lang: &'static str,
    /// The first letters of its content words, in capitals: its acronym.
    pub(crate) initials: String,
    /// Whether a place's name is right before it (its qualifier).
    pub(crate) after_place: bool,
    /// Whether a word after its first one (not of a place's name) is capitalised.
    pub(crate) later_capitals: bool,
}

/// True when the press of `lang` writes a body's name with a capital on its first
/// word only (and on the places' names in it): Russian `Партия регионов`, Czech
/// `Nová demokracie`, Swedish `Förenta nationerna`, by their orthographies' rules
/// for names of organisations. There a translated name whose later words are
/// capitalised is another body's own name, styled its own way (the Swedish party
/// `Ny Demokrati`, not Greece's New Democracy).
pub(crate) fn capitalises_first_word_only(lang: &str) -> bool {
    matches!(
        lang,
        "ru" | "uk"
            | "be"
            | "bg"
            | "mk"
            | "sr"
            | "hr"
            | "bs"
            | "sl"
            | "cs"
            | "sk"
            | "sv"
            | "da"
            | "nb"
            | "fi"
            | "et"
            | "lv"
            | "lt"
    )
}

/// The index of `code` in [`LANGUAGES`] (`sr-Latn` is `sr`).
#[cfg(test)]
fn language_index(code: &str) -> Option<usize> {
    let code = code.split('-').next().unwrap_or(code);
    LANGUAGES.iter().position(|&l| l == code)
}

/// The concepts of a body's name: each English word a form of the lexicon (longest
/// first, plurals read as singulars) or the name of a place, function words left
/// out. `None` when a word is neither.
fn read_name(
    folder: &Folder,
    name: &str,
    (english, longest): (&HashMap<String, u32>, usize),
    gazetteer: &Gazetteer,
    places: &mut Option<HashMap<String, Vec<u32>>>,
) -> Option<Vec<u32>> {
    let folded = folder.fold(name);
    let words: Vec<&str> = words_of(&folded).collect();
    if words.len() < 2 {
        return None;
    }
    let first_place = lexicon().ids.len() as u32;
    let mut out = Vec::new();
    let mut i = 0;
    'words: while i < words.len() {
        for m in (1..=longest.min(words.len() - i)).rev() {
            let phrase = words[i..i + m].join(" ");
            let found = english.get(&phrase).copied().or_else(|| {
                singulars(&phrase)
                    .into_iter()
                    .find_map(|s| english.get(&s).copied())
            });
            if let Some(c) = found {
                out.push(c);
                i += m;
                continue 'words;
            }
        }
        if ENGLISH_FUNCTION_WORDS.contains(&words[i]) {
            i += 1;
            continue;
        }
        let places = places.get_or_insert_with(|| place_names(gazetteer, folder));
        for m in (1..=3.min(words.len() - i)).rev() {
            let phrase = words[i..i + m].join(" ");
            if let Some(p) = places.get(&phrase).and_then(|ps| ps.first()) {
                out.push(first_place + p);
                i += m;
                continue 'words;
            }
        }
        return None;
    }
    Some(out)
}

/// The singulars an English plural may be of (`regions`, `freedoms`, `parties`).
fn singulars(phrase: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(s) = phrase.strip_suffix("ies") {
        out.push(format!("{s}y"));
    }
    if let Some(s) = phrase.strip_suffix("es") {
        out.push(s.to_string());
    }
    if let Some(s) = phrase.strip_suffix('s') {
        out.push(s.to_string());
    }
    out
}

/// Places' names (folded, words joined by spaces) and the places of each.
fn place_names(gazetteer: &Gazetteer, folder: &Folder) -> HashMap<String, Vec<u32>> {
    let mut out: HashMap<String, Vec<u32>> = HashMap::new();
    for (i, e) in gazetteer.entities().iter().enumerate() {
        if e.kind != Kind::Place {
            continue;
        }
        // Only names in Latin letters: the user's names are.
        for name in e.names().filter(|n| n.is_ascii()) {
            let key = words_of(&folder.fold(name)).collect::<Vec<_>>().join(" ");
            let places = out.entry(key).or_default();
            if !places.contains(&(i as u32)) {
                places.push(i as u32);
            }
        }
    }
    out
}

/// True when the text's folded word `text` is the form's word `form` in language
/// `lang`: the same, or with another ending of the language (a stem of three letters
/// or more). A form of two letters or fewer is taken as it stands.
fn word_form(text: &str, form: &str, lang: u8) -> bool {
    if text == form {
        return true;
    }
    if form.len() <= 2 {
        return false;
    }
    let code = LANGUAGES[usize::from(lang)];
    let own = declined::endings(code).unwrap_or(&[]);
    let more = more_endings(code);
    let is_ending = |s: &str| own.contains(&s) || more.contains(&s);
    let common = text
        .bytes()
        .zip(form.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    (MIN_STEM..=common).rev().any(|k| {
        text.is_char_boundary(k)
            && form.is_char_boundary(k)
            && is_ending(&text[k..])
            && is_ending(&form[k..])
    })
}

/// The shortest stem a word keeps.
const MIN_STEM: usize = 3;

/// Endings (folded) of the languages [`declined::endings`] has no list for, and
/// those a body's words take besides names' (the Bulgarian article after an
/// adjective's `-о`, `-а`: `националистическото`).
fn more_endings(code: &str) -> &'static [&'static str] {
    match code {
        "bg" | "mk" => &[
            "oto", "ata", "ite", "iya", "ski", "ska", "sko", "ot", "ta", "to", "ia", "ija",
        ],
        "ru" | "uk" | "be" => &[
            "oy", "yy", "aya", "yye", "iyi", "yi", "oho", "oyi", "ykh", "iv", "ov", "i", "yi",
        ],
        "sr" | "hr" | "bs" | "sl" => &[
            "ijom", "oj", "u", "im", "og", "ih", "ska", "sko", "ski", "skog", "skom", "sku", "ske",
        ],
        "tr" | "az" => &[
            "", "i", "u", "si", "su", "in", "un", "nin", "nun", "ler", "lar", "leri", "lari",
            "lerin", "larin", "e", "a", "ye", "ya", "de", "da", "den", "dan", "te", "ta", "ten",
            "tan", "ne", "na", "nde", "nda", "nden", "ndan", "sine", "sina", "sinin", "sinde",
            "sinda", "sinden", "sindan", "siyle", "siyla", "yle", "yla", "ni", "nu", "yi", "yu",
            "ce", "ca", "ci",
        ],
        "fr" => &["", "s", "x", "e", "es", "le", "les", "ne", "nes"],
        "es" | "pt" | "ca" => &["", "s", "es", "a", "as", "o", "os"],
        "it" => &["", "a", "e", "i", "o"],
        "nl" => &["", "e", "en", "s", "n"],
        "sv" => &[
            "", "s", "en", "ens", "et", "ets", "n", "ns", "t", "e", "a", "er", "erna", "ar",
            "arna", "or", "orna", "na",
        ],
        "da" | "nb" => &[
            "", "s", "en", "ens", "et", "ets", "e", "er", "erne", "ene", "n", "t", "a",
        ],
        // (Greek nouns in `-μα`: `κόμμα`, `κόμματος`, `κόμματα`.)
        "el" => &["tos", "ta", "ton", "twn"],
        "hu" => &[
            "", "i", "ja", "je", "a", "e", "nak", "nek", "ot", "at", "et", "ban", "ben", "val",
            "vel",
        ],
        _ => &[],
    }
}

/// True when `word` (folded) is a function word of language `lang` that a body's
/// name holds between its words (`на`, `za`, `de la`, `ve`).
pub(crate) fn is_function_word(lang: u8, word: &str) -> bool {
    let list: &[&str] = match LANGUAGES[usize::from(lang)] {
        "ru" | "be" => &["i", "za", "po", "dlya", "v"],
        "uk" => &["i", "y", "ta", "za", "z", "v", "u"],
        "bg" | "mk" => &["na", "za", "i", "po"],
        "sr" | "hr" | "bs" => &["za", "i", "na"],
        "sl" => &["za", "in", "na"],
        "pl" => &["i", "do", "dla", "na"],
        "cs" | "sk" => &["a", "pro", "pre", "na"],
        "de" => &["der", "des", "fur", "und", "die", "den", "dem"],
        "nl" => &["van", "de", "het", "voor", "en"],
        "fr" => &["de", "du", "des", "la", "le", "l", "pour", "et", "d"],
        "es" | "ca" => &["de", "del", "la", "las", "los", "el", "para", "y", "i"],
        "it" => &[
            "di", "del", "della", "dei", "delle", "dello", "degli", "per", "e", "d", "l",
        ],
        "pt" => &["de", "do", "da", "dos", "das", "para", "e"],
        "ro" => &["de", "din", "pentru", "si", "a", "al", "ale"],
        "el" => &["tis", "tou", "ton", "kai", "gia", "ta"],
        "tr" | "az" => &["ve"],
        "hu" => &["es"],
        "fi" | "et" => &["ja"],
        "lv" => &["un"],
        "lt" => &["ir"],
        "sv" => &["for", "och"],
        "da" | "nb" => &["for", "og"],
        _ => &[],
    };
    list.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_lexicon_parses() {
        let lexicon = parse_lexicon(LEXICON_TSV).expect("the lexicon parses");
        assert!(lexicon.ids.len() >= 100, "{} concepts", lexicon.ids.len());
        assert!(lexicon.ids.contains(&"party"));
    }

    use std::sync::Arc;

    use crate::{Gazetteer, Linker};

    /// The mentions (text, id, rule) a gazetteer of `jsonl` links in `text`.
    fn links(jsonl: &str, text: &str) -> Vec<(String, String, &'static str)> {
        let gazetteer = Gazetteer::from_jsonl_str(jsonl, "test").expect("a gazetteer");
        Linker::new(Arc::new(gazetteer))
            .link_text(text)
            .mentions
            .into_iter()
            .map(|m| (m.text, m.entity, m.rule.as_str()))
            .collect()
    }

    /// Bodies of no accuracy set, named in English only.
    const BODIES: &str = r#"
{"id": "pnl", "name": "National Liberal Party", "kind": "organization"}
{"id": "cec", "name": "Central Election Commission", "kind": "organization"}
{"id": "nbp", "name": "National Bank of Poland", "kind": "organization"}
{"id": "udf", "name": "Union of Democratic Forces", "kind": "organization"}
{"id": "homeland-union", "name": "Homeland Union", "kind": "organization"}
{"id": "ods", "name": "Civic Democratic Party", "kind": "organization"}
{"id": "psd", "name": "Social Democratic Party", "kind": "organization"}
{"id": "pvv", "name": "Party for Freedom", "kind": "organization"}
{"id": "pd", "name": "Democratic Party", "kind": "organization"}
{"id": "poland", "name": "Poland", "kind": "place", "aliases": ["Polska"]}
"#;

    #[test]
    fn a_body_is_found_in_the_words_of_many_languages() {
        for (text, name, id) in [
            (
                "Liderul Partidului Național Liberal a vorbit ieri.",
                "Partidului Național Liberal",
                "pnl",
            ),
            (
                "Центральная избирательная комиссия объявила итоги.",
                "Центральная избирательная комиссия",
                "cec",
            ),
            (
                "Вчера Центральна виборча комісія оголосила результати.",
                "Центральна виборча комісія",
                "cec",
            ),
            (
                "Prezes Narodowego Banku Polskiego zabrał głos.",
                "Narodowego Banku Polskiego",
                "nbp",
            ),
            (
                "Лидерът на Съюза на демократичните сили говори.",
                "Съюза на демократичните сили",
                "udf",
            ),
            (
                "Rinkimus laimėjo Tėvynės sąjunga, sakė jis.",
                "Tėvynės sąjunga",
                "homeland-union",
            ),
            (
                "Předseda Občanské demokratické strany promluvil.",
                "Občanské demokratické strany",
                "ods",
            ),
            (
                "Liderul Partidului Social Democrat a demisionat.",
                "Partidului Social Democrat",
                "psd",
            ),
            (
                "De leider van de Partij voor de Vrijheid sprak.",
                "Partij voor de Vrijheid",
                "pvv",
            ),
            (
                "Il segretario del Partito Democratico ha parlato.",
                "Partito Democratico",
                "pd",
            ),
            (
                "El portavoz del Partido Democrático habló ayer.",
                "Partido Democrático",
                "pd",
            ),
            (
                "Der Chef der Demokratischen Partei sprach gestern.",
                "Demokratischen Partei",
                "pd",
            ),
            (
                "Η ηγεσία του Δημοκρατικού Κόμματος μίλησε.",
                "Δημοκρατικού Κόμματος",
                "pd",
            ),
            ("Demokrat Parti'nin lideri konuştu.", "Demokrat Parti", "pd"),
            (
                "Předseda Ústřední volební komise oznámil výsledky.",
                "Ústřední volební komise",
                "cec",
            ),
        ] {
            let found = links(BODIES, text);
            assert!(
                found
                    .iter()
                    .any(|(t, e, r)| t == name && e == id && *r == "translated-name"),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn the_acronym_links_once_the_name_is_written_in_full() {
        let text = "Центральная избирательная комиссия объявила итоги. ЦИК заседала всю ночь.";
        let found = links(BODIES, text);
        assert!(
            found.contains(&("ЦИК".into(), "cec".into(), "translated-acronym")),
            "{found:?}"
        );
        // Alone, an acronym of a translated name is nothing.
        let found = links(BODIES, "ЦИК заседала всю ночь.");
        assert!(found.is_empty(), "{found:?}");
        let text = "Předseda Občanské demokratické strany promluvil. ODS chce změnu.";
        let found = links(BODIES, text);
        assert!(
            found.contains(&("ODS".into(), "ods".into(), "translated-acronym")),
            "{found:?}"
        );
    }

    #[test]
    fn only_the_whole_name_capitalised_and_alone_links() {
        for text in [
            // A subset of the concepts, or more of them.
            "Центральная комиссия объявила итоги.",
            "Вчера Центральная избирательная комиссия Крыма объявила итоги, сказал он.",
            "Il Partito Democratico Cristiano ha parlato.",
            // Lowercase where the language capitalises a body's first word.
            "вчера центральная избирательная комиссия объявила итоги.",
            // Part of a longer capitalised name.
            "Вчера Молодёжная Центральная избирательная комиссия объявила итоги.",
            // A later word capitalised where the language writes a body's first word
            // only so: a body's own styling of its name, another body.
            "Vláda a Občanská Demokratická Strana se dohodly.",
            // Two words at a sentence's start, the second in lowercase: any party.
            "Partito democratico? Non c'è.",
        ] {
            let found = links(BODIES, text);
            assert!(
                !found.iter().any(|(_, _, r)| r.starts_with("translated")),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn two_bodies_of_the_same_concepts_link_neither() {
        let jsonl = r#"
{"id": "pp", "name": "People's Party", "kind": "organization"}
{"id": "popular-party", "name": "Popular Party", "kind": "organization"}
{"id": "pd", "name": "Democratic Party", "kind": "organization"}
"#;
        let found = links(jsonl, "El líder del Partido Popular habló ayer.");
        assert!(found.is_empty(), "{found:?}");
        let found = links(jsonl, "Il segretario del Partito Democratico ha parlato.");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_name_with_a_word_outside_the_lexicon_gives_nothing() {
        let gazetteer = Gazetteer::from_jsonl_str(
            r#"{"id": "x", "name": "Xyzzy Democratic Party", "kind": "organization"}"#,
            "test",
        )
        .expect("a gazetteer");
        let names = TranslatedNames::new(&gazetteer, &Folder::new());
        assert!(names.is_empty());
        // Nor does a gazetteer without a user's body cost anything.
        let names = TranslatedNames::new(&Gazetteer::builtin(), &Folder::new());
        assert!(names.is_empty());
    }

    #[test]
    fn a_word_with_another_ending_is_the_form() {
        let lang = |c: &str| language_index(c).expect("a language") as u8;
        assert!(word_form("partii", "partiya", lang("ru")));
        assert!(word_form(
            "natsionalisticheskoto",
            "natsionalisticheski",
            lang("bg")
        ));
        assert!(word_form("partisi", "parti", lang("tr")));
        assert!(word_form("ozgurlukler", "ozgurluk", lang("tr")));
        assert!(!word_form("partizan", "parti", lang("tr")));
        assert!(!word_form("regionalny", "region", lang("pl")));
    }
}
