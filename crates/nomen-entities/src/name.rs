//! Name analysis shared by the linker and the resolver.
//!
//! [`parse_name`] splits a name as written (`MADURO MOROS, Nicolás`, `E. González U.`,
//! `Foro Penal S.A.`, `el presidente Maduro`) into [`NamePart`]s, each with an exact
//! (case-folded) and a folded (accents off, other scripts romanised) view and a
//! [`Role`]: given name, middle name or first surname, surname, initial, particle
//! (`de`, `van`, `bin`), legal form (`S.A.`, `GmbH`), honorific or role word in front of
//! the name (`Sr.`, `presidente`, `президент`), or generational suffix (`Jr.`).
//!
//! Structure is read from the spelling only: a comma inverts the name (`SURNAME,
//! Given`), ALL-CAPS parts next to mixed-case ones are surnames, otherwise the first
//! content part is the given name and the last the surname. The word lists
//! ([`is_honorific`], [`is_particle`], [`is_stopword`], [`legal_form`]) cover the main
//! languages of news and take folded tokens (as produced by `nomen_fold::fold`).
//!
//! [`acronym`] derives the acronym of a name's content words (`Consejo Nacional
//! Electoral` → `cne`, `The Wall Street Journal` → `wsj`); [`phonetic_es`] and
//! [`phonetic`] give sound-alike keys used as candidate generation and weak evidence.

use std::borrow::Cow;
use std::collections::HashSet;

use nomen_fold::{fold, fold_exact, is_ideographic, is_word_char};
use serde::Serialize;

/// What a part of a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A given name (first content part, or after the comma of an inverted name).
    Given,
    /// A content part between the given name and the surname: a middle name or, in
    /// Hispanic and Portuguese names, the first of two surnames.
    Middle,
    /// A surname (last content part, before the comma of an inverted name, or ALL CAPS).
    Surname,
    /// A single letter standing for a name part (`N.`, `B`).
    Initial,
    /// A name particle or function word (`de`, `del`, `van`, `von`, `bin`, `the`, `of`).
    Particle,
    /// A company legal form (`S.A.`, `GmbH`, `Ltd`, `ООО`).
    LegalForm,
    /// An honorific or role word before the name (`Sr.`, `Dr.`, `presidente`).
    Honorific,
    /// A generational suffix after the name (`Jr.`, `III`, `hijo`).
    Suffix,
}

/// One part of a parsed name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NamePart {
    /// The part as written (without surrounding punctuation).
    pub original: String,
    /// Case-folded, accents and script kept (`gonzález`, `мадуро`).
    pub exact: String,
    /// Accents removed, other scripts romanised (`gonzalez`, `maduro`); Han and Kana
    /// are kept as they are.
    pub folded: String,
    /// What the part is.
    pub role: Role,
    /// True for a single letter standing for a name part.
    pub is_initial: bool,
    /// True when the part is written in Han or Kana (compared by characters).
    pub ideographic: bool,
    /// True when the part is written in capitals and has at least two letters.
    pub all_caps: bool,
    /// For a legal form, its canonical key (`sa`, `gmbh`, `jsc`); a legal form written in
    /// several words (`Joint Stock Company`) has the key on its first part only.
    pub legal_form: Option<&'static str>,
}

impl NamePart {
    /// True for the parts that identify the bearer: given names, middle names,
    /// surnames and initials (not particles, legal forms, honorifics or suffixes).
    pub fn is_content(&self) -> bool {
        matches!(
            self.role,
            Role::Given | Role::Middle | Role::Surname | Role::Initial
        )
    }

    /// The first character of the folded view.
    pub fn first_char(&self) -> Option<char> {
        self.folded.chars().next()
    }
}

/// A name split into parts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct NameParts {
    /// The parts in the order written.
    pub parts: Vec<NamePart>,
    /// True when a comma put the surname first (`Maduro, Nicolás`).
    pub inverted: bool,
    /// For an inverted name, the index in `parts` of the first part after the comma.
    pub comma: Option<usize>,
}

impl NameParts {
    /// The content parts (see [`NamePart::is_content`]) in the order written.
    pub fn content(&self) -> impl Iterator<Item = &NamePart> + '_ {
        self.parts.iter().filter(|p| p.is_content())
    }

    /// The content parts in given-name-first order: an inverted name (`Maduro Moros,
    /// Nicolás`) has its part after the comma moved to the front, and a name whose
    /// surnames are marked by capitals (`MADURO Nicolás`) has its given names first.
    pub fn content_given_first(&self) -> Vec<&NamePart> {
        let mut out: Vec<&NamePart> = Vec::with_capacity(self.parts.len());
        if let Some(c) = self.comma {
            out.extend(self.parts[c..].iter().filter(|p| p.is_content()));
            out.extend(self.parts[..c].iter().filter(|p| p.is_content()));
        } else if self
            .content()
            .any(|p| p.all_caps && p.role == Role::Surname)
            && self.content().any(|p| p.role == Role::Given)
        {
            out.extend(self.content().filter(|p| p.role != Role::Surname));
            out.extend(self.content().filter(|p| p.role == Role::Surname));
        } else {
            out.extend(self.content());
        }
        out
    }

    /// The parts with role [`Role::LegalForm`].
    pub fn legal_forms(&self) -> impl Iterator<Item = &NamePart> + '_ {
        self.parts.iter().filter(|p| p.role == Role::LegalForm)
    }

    /// True when the name has no content part.
    pub fn is_empty(&self) -> bool {
        self.content().next().is_none()
    }

    /// The acronym of the content words (see [`acronym`]).
    pub fn acronym(&self) -> Option<String> {
        let letters: Vec<char> = self
            .parts
            .iter()
            .filter(|p| {
                matches!(p.role, Role::Given | Role::Middle | Role::Surname)
                    && !p.ideographic
                    && !is_stopword(&p.folded)
            })
            .filter_map(|p| p.first_char())
            .collect();
        if letters.len() >= 2 && letters.iter().all(|c| c.is_ascii_alphanumeric()) {
            Some(letters.into_iter().collect())
        } else {
            None
        }
    }

    /// When the name itself looks like an acronym (`CNE`, `U.S.`, `EE.UU.` written as one
    /// capitalised word, or only initials), the folded acronym; otherwise `None`.
    pub fn as_acronym(&self) -> Option<String> {
        let content: Vec<&NamePart> = self.content().collect();
        match content.as_slice() {
            [one] if one.all_caps && (2..=8).contains(&one.folded.chars().count()) => {
                Some(one.folded.clone())
            }
            many if many.len() >= 2 && many.iter().all(|p| p.is_initial) => {
                Some(many.iter().filter_map(|p| p.first_char()).collect())
            }
            _ => None,
        }
    }
}

/// Splits `name` into parts with roles. Never fails: a name with nothing usable gives
/// an empty [`NameParts`].
pub fn parse_name(name: &str) -> NameParts {
    let mut raw: Vec<RawPart> = Vec::new();
    let mut comma_at: Option<usize> = None;
    for (chunk, comma_before) in chunks(name) {
        if comma_before && comma_at.is_none() && !raw.is_empty() {
            comma_at = Some(raw.len());
        }
        split_chunk(chunk, &mut raw);
    }
    assign_roles(raw, comma_at)
}

/// A part before roles are assigned.
struct RawPart {
    original: String,
    exact: String,
    folded: String,
    is_initial: bool,
    /// Dotted single letters that might form a legal form (`S.A.`) or initials.
    ideographic: bool,
    all_caps: bool,
}

/// Cuts a name into whitespace/punctuation-separated chunks; the flag says a comma (or
/// semicolon) came before the chunk.
fn chunks(name: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut comma = false;
    for (i, c) in name.char_indices() {
        let sep = c.is_whitespace()
            || matches!(
                c,
                ',' | ';'
                    | '·'
                    | '・'
                    | '/'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '"'
                    | '“'
                    | '”'
                    | '«'
                    | '»'
                    | '&'
                    | '+'
                    | '|'
                    | ':'
                    | '-'
                    | '‐'
                    | '‑'
                    | '‒'
                    | '–'
                    | '—'
                    | '_'
                    | '='
                    | '、'
                    | '，'
            );
        if sep {
            if let Some(s) = start.take() {
                out.push((&name[s..i], comma));
                comma = false;
            }
            if matches!(c, ',' | ';' | '，') {
                comma = true;
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((&name[s..], comma));
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | 'ʹ' | '′')
}

/// Splits one chunk (no whitespace) into raw parts: possessives and elisions handled,
/// dotted abbreviations read as initials or one word.
fn split_chunk(chunk: &str, out: &mut Vec<RawPart>) {
    let chunk = chunk.trim_matches(|c: char| !(is_word_char(c) || c == '.' || is_apostrophe(c)));
    let chunk = chunk.trim_start_matches(|c: char| c == '.' || is_apostrophe(c));
    let chunk = chunk.trim_end_matches(|c: char| is_apostrophe(c));
    if chunk.is_empty() {
        return;
    }
    if chunk.chars().any(is_ideographic) {
        let exact = fold_exact(chunk).into_owned();
        let folded: String = fold(chunk).chars().filter(|c| is_word_char(*c)).collect();
        if !folded.is_empty() {
            out.push(RawPart {
                original: chunk.to_string(),
                exact,
                folded,
                is_initial: false,
                ideographic: true,
                all_caps: false,
            });
        }
        return;
    }
    // Possessive `'s` at the end.
    let mut chunk = chunk;
    if let Some((i, c)) = chunk.char_indices().rev().nth(1) {
        let last = chunk[i + c.len_utf8()..].chars().next();
        if is_apostrophe(c) && matches!(last, Some('s' | 'S')) && i > 0 {
            chunk = &chunk[..i];
        }
    }
    // Elision: `d'Hondt`, `l'Oréal`, `dell'Acqua` → particle + word; `O'Brien` → one word.
    if let Some((i, c)) = chunk.char_indices().find(|(_, c)| is_apostrophe(*c)) {
        let left = &chunk[..i];
        let right = &chunk[i + c.len_utf8()..];
        let left_folded = fold(left);
        if !right.is_empty()
            && (matches!(left_folded.as_ref(), "l" | "d") || is_particle(&left_folded))
        {
            push_word_initial(left, false, out);
            split_chunk(right, out);
            return;
        }
        let joined: String = chunk.chars().filter(|c| !is_apostrophe(*c)).collect();
        push_word(&joined, out);
        return;
    }
    // Dots: `N.` initial, `S.A.` / `U.S.` dotted letters, `EE.UU.` / `Gral.` one word.
    if chunk.contains('.') {
        let segments: Vec<&str> = chunk.split('.').filter(|s| !s.is_empty()).collect();
        if segments.len() >= 2 && segments.iter().all(|s| s.chars().count() == 1) {
            let joined: String = segments.concat();
            if legal_form(&fold(&joined)).is_some() {
                push_word_initial(&joined, false, out);
            } else {
                for s in segments {
                    push_word_initial(s, true, out);
                }
            }
            return;
        }
        let joined: String = segments.concat();
        push_word(&joined, out);
        return;
    }
    push_word(chunk, out);
}

/// True when a folded part of two or three letters has no vowel (`jd`, `tj`): initials
/// written together, not a word said as one.
pub(crate) fn joined_initials(folded: &str) -> bool {
    (2..=3).contains(&folded.len())
        && folded.bytes().all(|b| {
            b.is_ascii_lowercase() && !matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
        })
}

fn push_word(word: &str, out: &mut Vec<RawPart>) {
    // One character, a letter.
    let mut chars = word.chars();
    let single = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    push_word_initial(word, single, out);
}

/// `s` without its characters that are not word characters (no copy when it has none).
fn word_chars(s: Cow<'_, str>) -> String {
    if s.chars().all(is_word_char) {
        s.into_owned()
    } else {
        s.chars().filter(|c| is_word_char(*c)).collect()
    }
}

fn push_word_initial(word: &str, is_initial: bool, out: &mut Vec<RawPart>) {
    let folded = word_chars(fold(word));
    if folded.is_empty() {
        return;
    }
    let exact = word_chars(fold_exact(word));
    // The letters, and whether every character is one, in one pass.
    let (letters, all_letters) = word.chars().fold((0usize, true), |(n, all), c| {
        let letter = c.is_alphabetic();
        (n + usize::from(letter), all && letter)
    });
    let all_caps = letters >= 2
        && word.chars().any(|c| c.is_uppercase())
        && !word.chars().any(|c| c.is_lowercase());
    let is_initial = is_initial && all_letters;
    out.push(RawPart {
        original: word.to_string(),
        exact,
        folded,
        is_initial,
        ideographic: false,
        all_caps,
    });
}

fn assign_roles(raw: Vec<RawPart>, comma_at: Option<usize>) -> NameParts {
    let n = raw.len();
    let mut roles: Vec<Option<Role>> = vec![None; n];

    // Leading honorifics, possibly preceded by articles (`el presidente`, `the late`).
    let mut lead = 0;
    {
        let mut i = 0;
        let mut last_hon = None;
        while i < n {
            let f = raw[i].folded.as_str();
            if is_honorific(f) {
                last_hon = Some(i);
            } else if !is_stopword(f) {
                break;
            }
            i += 1;
        }
        if let Some(h) = last_hon {
            // Keep at least one part.
            if h + 1 < n {
                lead = h + 1;
            }
        }
    }
    for r in roles.iter_mut().take(lead) {
        *r = Some(Role::Honorific);
    }

    // Legal forms written in several words, anywhere after the honorifics.
    let mut legal: Vec<Option<&'static str>> = vec![None; n];
    let mut in_phrase = vec![false; n];
    {
        let folded: Vec<&str> = raw.iter().map(|r| r.folded.as_str()).collect();
        let mut i = lead;
        while i < n {
            match legal_phrase_at(&folded[i..]) {
                Some((len, form)) if len < n - lead => {
                    legal[i] = Some(form);
                    for flag in &mut in_phrase[i..i + len] {
                        *flag = true;
                    }
                    i += len;
                }
                _ => i += 1,
            }
        }
    }
    let single_form = |p: &RawPart| {
        if p.is_initial {
            None
        } else {
            legal_form(&p.folded)
        }
    };
    // Trailing suffixes and legal forms; leading legal forms (`ООО`, `JSC`, `AB`).
    let mut end = n;
    while end > lead + 1 {
        let k = end - 1;
        let p = &raw[k];
        if in_phrase[k] {
            roles[k] = Some(Role::LegalForm);
        } else if let Some(form) = single_form(p) {
            roles[k] = Some(Role::LegalForm);
            legal[k] = Some(form);
        } else if is_suffix(&p.folded) && k > lead {
            if p.folded == "sr" && end != n {
                break;
            }
            roles[k] = Some(Role::Suffix);
        } else {
            break;
        }
        end -= 1;
    }
    let mut start = lead;
    while start + 1 < end {
        let p = &raw[start];
        if in_phrase[start] {
            roles[start] = Some(Role::LegalForm);
        } else if let Some(form) = single_form(p).filter(|_| is_leading_legal_form(&p.folded)) {
            roles[start] = Some(Role::LegalForm);
            legal[start] = Some(form);
        } else {
            break;
        }
        start += 1;
    }
    // Legal-form phrases inside the name (`Foo Joint Stock Company Bar`).
    for i in start..end {
        if in_phrase[i] {
            roles[i] = Some(Role::LegalForm);
        }
    }
    // Particles and initials inside the name. Before the first content word only
    // articles are particles (`La Paz`, `The Times`; but `CON TRAFFIC`, `Di Maria`).
    let mut seen_content = false;
    for i in start..end {
        if roles[i].is_some() {
            continue;
        }
        let f = raw[i].folded.as_str();
        if raw[i].is_initial {
            roles[i] = Some(Role::Initial);
            seen_content = true;
        } else if (is_particle(f) || is_stopword(f))
            && end - start > 1
            && (seen_content || is_article(f))
        {
            roles[i] = Some(Role::Particle);
        } else {
            seen_content = true;
        }
    }
    // Keep at least one content part (`De La`).
    if !(start..end).any(|i| roles[i].is_none() || roles[i] == Some(Role::Initial)) {
        if let Some(i) = (start..end)
            .rev()
            .find(|&i| roles[i] == Some(Role::Particle))
        {
            roles[i] = None;
        }
    }
    // A comma that only separates a legal form or suffix is not an inversion.
    let comma_at = comma_at.filter(|&c| {
        c > start
            && c < end
            && (c..end).any(|i| roles[i].is_none() || roles[i] == Some(Role::Initial))
    });
    let words: Vec<usize> = (start..end).filter(|&i| roles[i].is_none()).collect();
    let inverted = comma_at.is_some();
    if let Some(c) = comma_at {
        for &i in &words {
            roles[i] = Some(if i < c { Role::Surname } else { Role::Given });
        }
    } else {
        // (A given name of initials written together, `JD Vance`, is no surname in
        // capitals.)
        let caps_surname = |i: usize| raw[i].all_caps && !joined_initials(&raw[i].folded);
        let caps = words.iter().filter(|&&i| caps_surname(i)).count();
        if caps > 0 && caps < words.len() {
            for &i in &words {
                roles[i] = Some(if caps_surname(i) {
                    Role::Surname
                } else {
                    Role::Given
                });
            }
        } else {
            let initials: Vec<usize> = (start..end)
                .filter(|&j| roles[j] == Some(Role::Initial))
                .collect();
            let initial_before = |i: usize| initials.iter().any(|&j| j < i);
            let initial_after = |i: usize| initials.iter().any(|&j| j > i);
            let count = words.len();
            for (k, &i) in words.iter().enumerate() {
                roles[i] = Some(if count == 1 {
                    if initial_after(i) && !initial_before(i) {
                        Role::Given
                    } else {
                        Role::Surname
                    }
                } else if k == 0 && !initial_before(i) {
                    Role::Given
                } else if k + 1 == count {
                    Role::Surname
                } else {
                    Role::Middle
                });
            }
        }
    }
    let parts = raw
        .into_iter()
        .zip(roles)
        .zip(legal)
        .map(|((r, role), legal_form_of)| NamePart {
            original: r.original,
            exact: r.exact,
            folded: r.folded,
            role: role.unwrap_or(Role::Surname),
            is_initial: r.is_initial,
            ideographic: r.ideographic,
            all_caps: r.all_caps,
            legal_form: if role == Some(Role::LegalForm) {
                legal_form_of
            } else {
                None
            },
        })
        .collect();
    NameParts {
        parts,
        inverted,
        comma: comma_at,
    }
}

/// The folded acronym of `name`'s content words, skipping particles, stop words,
/// honorifics and legal forms: `Consejo Nacional Electoral` → `cne`, `Tribunal Supremo
/// de Justicia` → `tsj`, `The Wall Street Journal` → `wsj`. `None` when the name has
/// fewer than two content words or is not written in a Latin-script form.
pub fn acronym(name: &str) -> Option<String> {
    parse_name(name).acronym()
}

/// True for a folded honorific or role word that can stand before a name (`sr`, `sra`,
/// `don`, `dr`, `gral`, `lic`, `president`, `presidente`, `prasident`, `prezident`
/// (президент), `ministro`, `minister`, `senator`, ...).
pub fn is_honorific(folded_token: &str) -> bool {
    static SET: WordSet = WordSet::new(HONORIFICS);
    SET.contains(folded_token)
}

/// True when `head`, the first [`inflect::MIN_STEM`](crate::inflect::MIN_STEM) bytes
/// of a folded word, starts some honorific (of that length or more): the stem of an
/// inflected honorific (`kanzlers`, `prezidenta`) keeps them, so a word whose head
/// starts none is not one, whatever its ending (one lookup instead of one per
/// ending).
pub(crate) fn starts_honorific(head: &[u8]) -> bool {
    static HEADS: std::sync::OnceLock<HashSet<&'static [u8], crate::hash::FxBuild>> =
        std::sync::OnceLock::new();
    HEADS
        .get_or_init(|| {
            HONORIFICS
                .iter()
                .filter_map(|h| h.as_bytes().get(..crate::inflect::MIN_STEM))
                .collect()
        })
        .contains(head)
}

/// True for a folded name particle (`de`, `del`, `la`, `da`, `dos`, `van`, `von`, `y`,
/// `e`, `bin`, `al`, ...).
pub fn is_particle(folded_token: &str) -> bool {
    static SET: WordSet = WordSet::new(PARTICLES);
    SET.contains(folded_token)
}

/// The folded name particles of [`is_particle`].
pub(crate) fn particles() -> &'static [&'static str] {
    PARTICLES
}

/// True for a folded function word skipped in acronyms and never enough to match on its
/// own (`the`, `of`, `and`, `de`, `la`, `y`, `fur`, `des`, `du`, ...).
pub fn is_stopword(folded_token: &str) -> bool {
    static SET: WordSet = WordSet::new(STOPWORDS);
    SET.contains(folded_token)
}

/// A word list as a hash set built on first use, with the length of its longest
/// word: the linker asks about every token of a text, most of them longer than any
/// function word, and a binary search of the list cost several string comparisons.
struct WordSet {
    words: &'static [&'static str],
    set: std::sync::OnceLock<(HashSet<&'static str, crate::hash::FxBuild>, usize)>,
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: std::sync::OnceLock::new(),
        }
    }

    #[inline]
    fn contains(&self, word: &str) -> bool {
        let (set, longest) = self.set.get_or_init(|| {
            let longest = self.words.iter().map(|w| w.len()).max().unwrap_or(0);
            (self.words.iter().copied().collect(), longest)
        });
        word.len() <= *longest && set.contains(word)
    }
}

/// True for a folded definite article that may start a name without being part of it
/// (`the`, `la`, `el`, `le`, `les`, `los`, `las`, `il`, `lo`, `die`, `der`, `das`,
/// `al`, `l`).
pub fn is_article(folded_token: &str) -> bool {
    matches!(
        folded_token,
        "the"
            | "la"
            | "el"
            | "le"
            | "les"
            | "los"
            | "las"
            | "il"
            | "lo"
            | "die"
            | "der"
            | "das"
            | "al"
            | "l"
    )
}

/// The canonical legal form of a folded token (`sa`, `gmbh`, `ltd`, `inc`, `llc`, ...;
/// `limited` → `ltd`, `incorporated` → `inc`), or `None`: nomen's own list, then
/// rigour's (`data/names/org-types.tsv`: `kft`, `sro`, `doo`, `tov`, ...).
pub fn legal_form(folded_token: &str) -> Option<&'static str> {
    LEGAL_FORMS
        .binary_search_by(|(k, _)| k.cmp(&folded_token))
        .ok()
        .map(|i| LEGAL_FORMS[i].1)
        .or_else(|| crate::org_types::form(folded_token))
}

/// True for a folded word common to many organisation names (`group`, `bank`,
/// `international`, `services`, `nacional`, ...): weaker evidence than a distinctive
/// word when two names share or miss it.
pub fn is_generic_word(folded_token: &str) -> bool {
    GENERIC_WORDS.binary_search(&folded_token).is_ok()
}

/// True for a folded generational suffix (`jr`, `sr`, `ii`, `iii`, `hijo`, ...).
pub fn is_suffix(folded_token: &str) -> bool {
    SUFFIXES.binary_search(&folded_token).is_ok()
}

/// True for a legal form that may also stand before the name (`ООО Ромашка`, `AB
/// Volvo`, `JSC Foo`): all but the generic words that start ordinary names.
fn is_leading_legal_form(folded_token: &str) -> bool {
    !matches!(
        folded_token,
        "co" | "company"
            | "corp"
            | "corporation"
            | "inc"
            | "incorporated"
            | "ltd"
            | "limited"
            | "limitada"
            | "ltda"
            | "ca"
            | "cia"
            | "se"
    )
}

/// The legal form written as several words at the start of `tokens` (folded), as
/// (number of tokens, canonical key).
fn legal_phrase_at(tokens: &[&str]) -> Option<(usize, &'static str)> {
    let own = LEGAL_PHRASES
        .iter()
        .filter(|(words, _)| tokens.len() >= words.len() && tokens[..words.len()] == **words)
        .map(|(words, key)| (words.len(), *key))
        .max_by_key(|(len, _)| *len);
    match (own, crate::org_types::phrase_at(tokens)) {
        // The longer reading wins; nomen's own key on a tie.
        (Some(a), Some(b)) if b.0 > a.0 => Some(b),
        (Some(a), _) => Some(a),
        (None, b) => b,
    }
}

/// The class of a canonical legal form: `stock` (joint-stock companies: AG, S.A., JSC,
/// N.V., PLC, ...), `limited` (limited liability: GmbH, Ltd, LLC, OOO, S.R.L., ...),
/// `partnership` (KG, LP, LLP, ...) or `generic` (Co., Corp., Inc.: compatible with all);
/// for forms only rigour lists, the class it gives them (`sp` sole proprietorship,
/// `coop`, `ngo`, ...; the form itself when it gives none).
pub fn legal_class(canonical: &str) -> &'static str {
    match canonical {
        "ag" | "sa" | "jsc" | "ojsc" | "cjsc" | "pjsc" | "oao" | "zao" | "pao" | "ao" | "nv"
        | "spa" | "asa" | "ab" | "oyj" | "plc" | "sab" | "saa" | "sae" | "kgaa" | "se" | "sca"
        | "kk" | "ca" | "sau" | "sac" => "stock",
        "lp" | "llp" | "kg" | "ohg" | "gbr" | "scs" | "ek" | "cv" => "partnership",
        "co" | "corp" | "inc" | "cia" => "generic",
        "gmbh" | "ltd" | "llc" | "srl" | "sarl" | "bv" | "bvba" | "doo" | "eirl" | "eood"
        | "eurl" | "kft" | "ltda" | "oy" | "pt" | "pte" | "pty" | "sas" | "sl" | "sll" | "sprl"
        | "ug" | "zrt" | "bhd" | "spzoo" | "sdnbhd" => "limited",
        other => crate::org_types::class(other).unwrap_or("limited"),
    }
}

/// A Spanish-aware sound-alike key of a folded Latin-script token: `b`=`v`, `ll`=`y`,
/// `z` and `c` before `e`/`i` = `s`, silent `h`, `qu`/`c`/`k` = `k`, `j` and `g` before
/// `e`/`i` = `h` (so the romanised `kh` of Хорхе meets `Jorge`), doubled letters
/// collapsed. Tokens with non-ASCII letters (Han, Kana, unromanised scripts) are
/// returned unchanged.
pub fn phonetic_es(folded: &str) -> String {
    if !folded.is_ascii() {
        return folded.to_string();
    }
    let b = folded.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let front = |c: u8| matches!(c, b'e' | b'i' | b'y');
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let (emit, step): (&[u8], usize) = match c {
            b'c' if at(i + 1) == b'h' => (b"x", 2),
            b's' if at(i + 1) == b'h' => (b"x", 2),
            b't' if at(i + 1) == b's' && at(i + 2) == b'h' => (b"x", 3),
            b'z' if at(i + 1) == b'h' => (b"j", 2),
            b'k' if at(i + 1) == b'h' => (b"h", 2),
            b'p' if at(i + 1) == b'h' => (b"f", 2),
            b't' if at(i + 1) == b'h' => (b"t", 2),
            b'd' if at(i + 1) == b'z' && at(i + 2) == b'h' => (b"j", 3),
            b'c' if at(i + 1) == b'k' => (b"k", 2),
            b'q' if at(i + 1) == b'u' => (b"k", 2),
            b'g' if at(i + 1) == b'u' && front(at(i + 2)) => (b"g", 2),
            b'l' if at(i + 1) == b'l' => (b"y", 2),
            b'n' if at(i + 1) == b'h' => (b"n", 2),
            b'o' if at(i + 1) == b'u' => (b"u", 2),
            b'c' if front(at(i + 1)) => (b"s", 1),
            b'g' if front(at(i + 1)) => (b"h", 1),
            b'c' | b'q' | b'k' => (b"k", 1),
            b'z' => (b"s", 1),
            b'v' | b'w' => (b"b", 1),
            b'j' => (b"h", 1),
            b'h' => (b"", 1),
            b'y' if !matches!(at(i + 1), b'a' | b'e' | b'o' | b'u') => (b"i", 1),
            b'x' => (b"ks", 1),
            _ => (std::slice::from_ref(&b[i]), 1),
        };
        for &e in emit {
            if out.last() != Some(&e) {
                out.push(e);
            }
        }
        i += step;
    }
    // `from_utf8` cannot fail: only ASCII bytes were pushed.
    String::from_utf8(out).unwrap_or_default()
}

/// A general sound-alike key of a folded Latin-script token: the consonant skeleton
/// after the [`phonetic_es`] mappings, keeping a leading vowel (`biden`, `baiden` →
/// `bdn`). Coarse: for candidate generation and weak evidence only.
pub fn phonetic(folded: &str) -> String {
    let es = phonetic_es(folded);
    if !es.is_ascii() {
        return es;
    }
    let mut out = String::with_capacity(es.len());
    for (i, c) in es.chars().enumerate() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
        if vowel && i > 0 {
            continue;
        }
        let c = if vowel { 'a' } else { c };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

// Word lists: sorted (binary search), folded (lowercase, no accents, romanised).

const HONORIFICS: &[&str] = &[
    "alcalde",
    "alcaldesa",
    "ayatollah",
    "bakan",
    "bakani",
    "basbakan",
    "basbakani",
    "bishop",
    "bundeskanzler",
    "bundeskanzlerin",
    "canciller",
    "capitan",
    "capt",
    "captain",
    "cardenal",
    "cardinal",
    "chancellor",
    "col",
    "colonel",
    "comandante",
    "commander",
    "congressman",
    "congresswoman",
    "coronel",
    "cpt",
    "cumhurbaskani",
    "deputada",
    "deputado",
    "diputada",
    "diputado",
    "don",
    "dona",
    "dott",
    "dr",
    "dra",
    "elnok",
    "emir",
    "excmo",
    "fotitkar",
    "fr",
    "frau",
    "gen",
    "gobernador",
    "gobernadora",
    "gospodin",
    "gospozha",
    "gouverneur",
    "governador",
    "governor",
    "gral",
    "herr",
    "hon",
    "imam",
    "ing",
    "jeque",
    "judge",
    "juez",
    "jueza",
    "kancelar",
    "kancellar",
    "kancler",
    "kanclerz",
    "kangelarios",
    "kansleri",
    "kantsler",
    "kanzler",
    "kanzlerin",
    "king",
    "kulugyminiszter",
    "lcdo",
    "lic",
    "licda",
    "licdo",
    "liittokansleri",
    "lt",
    "madame",
    "maire",
    "mayor",
    "ministar",
    "minister",
    "ministeri",
    "ministerin",
    "ministr",
    "ministra",
    "ministre",
    "ministro",
    "miniszter",
    "miniszterelnok",
    "miss",
    "mlle",
    "mme",
    "monsenor",
    "monsieur",
    "mr",
    "mrs",
    "ms",
    "msgr",
    "paaministeri",
    "paasihteeri",
    "pope",
    "praesident",
    "praesidentin",
    "prasident",
    "prasidentin",
    "predseda",
    "predsednik",
    "predsjednik",
    "premer",
    "premier",
    "premiere",
    "premijer",
    "president",
    "presidenta",
    "presidente",
    "presidentin",
    "presidentti",
    "prezident",
    "prezydent",
    "prince",
    "princesa",
    "principe",
    "proedros",
    "prof",
    "profa",
    "professor",
    "professora",
    "prothypurgos",
    "queen",
    "rei",
    "reina",
    "rep",
    "rev",
    "rey",
    "sansolye",
    "sekretarz",
    "senador",
    "senadora",
    "senator",
    "senatorin",
    "senhor",
    "senhora",
    "senor",
    "senora",
    "sgt",
    "sheikh",
    "sir",
    "sr",
    "sra",
    "srta",
    "ulkoministeri",
    "vicepresident",
    "vicepresidenta",
    "vicepresidente",
    "ypurgos",
];

const PARTICLES: &[&str] = &[
    "abu", "al", "ap", "bin", "bint", "da", "dal", "das", "de", "degli", "dei", "del", "della",
    "delle", "dello", "den", "der", "des", "di", "do", "dos", "du", "e", "el", "ibn", "la", "las",
    "le", "lo", "los", "ter", "van", "vom", "von", "y", "zu", "zum", "zur",
];

const STOPWORDS: &[&str] = &[
    "a", "an", "and", "at", "au", "aux", "by", "com", "con", "d", "da", "das", "de", "dei", "del",
    "della", "dem", "den", "der", "des", "di", "die", "do", "dos", "du", "e", "el", "em", "en",
    "et", "for", "fur", "i", "il", "in", "l", "la", "las", "le", "les", "lo", "los", "na", "no",
    "o", "of", "on", "para", "por", "pour", "sur", "the", "to", "und", "van", "von", "with", "y",
    "zu",
];

/// (folded token, canonical legal form), sorted by token.
const LEGAL_FORMS: &[(&str, &str)] = &[
    ("ab", "ab"),
    ("ag", "ag"),
    ("aktiengesellschaft", "ag"),
    ("ao", "jsc"),
    ("asa", "asa"),
    ("bhd", "bhd"),
    ("bv", "bv"),
    ("bvba", "bvba"),
    ("ca", "ca"),
    ("cia", "cia"),
    ("cjsc", "cjsc"),
    ("co", "co"),
    ("company", "co"),
    ("corp", "corp"),
    ("corporation", "corp"),
    ("cv", "cv"),
    ("doo", "doo"),
    ("eirl", "eirl"),
    ("ek", "ek"),
    ("eood", "eood"),
    ("eurl", "eurl"),
    ("gbr", "gbr"),
    ("gmbh", "gmbh"),
    ("inc", "inc"),
    ("incorporated", "inc"),
    ("jsc", "jsc"),
    ("kft", "kft"),
    ("kg", "kg"),
    ("kgaa", "kgaa"),
    ("kk", "kk"),
    ("limitada", "ltda"),
    ("limited", "ltd"),
    ("llc", "llc"),
    ("llp", "llp"),
    ("lp", "lp"),
    ("ltd", "ltd"),
    ("ltda", "ltda"),
    ("nv", "nv"),
    ("oao", "ojsc"),
    ("ohg", "ohg"),
    ("ojsc", "ojsc"),
    ("ooo", "llc"),
    ("oy", "oy"),
    ("oyj", "oyj"),
    ("pao", "pjsc"),
    ("pjsc", "pjsc"),
    ("plc", "plc"),
    ("pt", "pt"),
    ("pte", "pte"),
    ("pty", "pty"),
    ("sa", "sa"),
    ("saa", "saa"),
    ("sab", "sab"),
    ("sac", "sac"),
    ("sae", "sae"),
    ("sarl", "sarl"),
    ("sas", "sas"),
    ("sau", "sau"),
    ("sca", "sca"),
    ("scs", "scs"),
    ("se", "se"),
    ("sl", "sl"),
    ("sll", "sll"),
    ("spa", "spa"),
    ("sprl", "sprl"),
    ("srl", "srl"),
    ("tov", "llc"),
    ("ug", "ug"),
    ("zao", "cjsc"),
    ("zrt", "zrt"),
];

/// Legal forms written in several (folded) words, with their canonical key.
const LEGAL_PHRASES: &[(&[&str], &str)] = &[
    (&["joint", "stock", "company"], "jsc"),
    (&["open", "joint", "stock", "company"], "ojsc"),
    (&["closed", "joint", "stock", "company"], "cjsc"),
    (&["public", "joint", "stock", "company"], "pjsc"),
    (&["limited", "liability", "company"], "llc"),
    (&["limited", "liability", "partnership"], "llp"),
    (&["public", "limited", "company"], "plc"),
    (&["sociedad", "anonima"], "sa"),
    (&["sociedade", "anonima"], "sa"),
    (&["societe", "anonyme"], "sa"),
    (&["societa", "per", "azioni"], "spa"),
    (&["sociedad", "de", "responsabilidad", "limitada"], "srl"),
    (&["societe", "a", "responsabilite", "limitee"], "sarl"),
    (&["societatea", "cu", "raspundere", "limitata"], "srl"),
    (&["societa", "a", "responsabilita", "limitata"], "srl"),
    (&["gesellschaft", "mit", "beschrankter", "haftung"], "gmbh"),
    (&["aktsionernoe", "obshchestvo"], "jsc"),
    (&["otkrytoe", "aktsionernoe", "obshchestvo"], "ojsc"),
    (&["zakrytoe", "aktsionernoe", "obshchestvo"], "cjsc"),
    (&["publichnoe", "aktsionernoe", "obshchestvo"], "pjsc"),
    (
        &["obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"],
        "llc",
    ),
    (&["sp", "z", "o", "o"], "spzoo"),
    (&["sdn", "bhd"], "sdnbhd"),
];

const GENERIC_WORDS: &[&str] = &[
    "agencia",
    "agency",
    "asociacion",
    "associacao",
    "association",
    "banco",
    "bank",
    "banque",
    "bureau",
    "capital",
    "center",
    "centre",
    "centro",
    "comite",
    "committee",
    "consulting",
    "corporacion",
    "development",
    "energy",
    "enterprise",
    "enterprises",
    "foundation",
    "fund",
    "fundacion",
    "general",
    "global",
    "group",
    "groupe",
    "grupo",
    "gruppe",
    "holding",
    "holdings",
    "industries",
    "industry",
    "institute",
    "instituto",
    "internacional",
    "international",
    "investment",
    "investments",
    "limited",
    "logistics",
    "management",
    "ministerio",
    "ministry",
    "nacional",
    "national",
    "nationale",
    "office",
    "partners",
    "resources",
    "service",
    "services",
    "solutions",
    "systems",
    "technologies",
    "technology",
    "trading",
    "trust",
    "union",
    "world",
];

const SUFFIXES: &[&str] = &[
    "filho", "hijo", "ii", "iii", "iv", "jr", "junior", "neto", "senior", "sobrinho", "sr",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(name: &str) -> Vec<(String, Role)> {
        parse_name(name)
            .parts
            .into_iter()
            .map(|p| (p.folded, p.role))
            .collect()
    }

    fn r(pairs: &[(&str, Role)]) -> Vec<(String, Role)> {
        pairs.iter().map(|(s, r)| (s.to_string(), *r)).collect()
    }

    #[test]
    fn word_lists_are_sorted_and_unique() {
        for list in [HONORIFICS, PARTICLES, STOPWORDS, SUFFIXES] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted, list, "word list not sorted or has duplicates");
        }
        let keys: Vec<&str> = LEGAL_FORMS.iter().map(|(k, _)| *k).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, keys);
        for w in HONORIFICS.iter().chain(PARTICLES).chain(STOPWORDS) {
            assert_eq!(fold(w), *w, "{w} is not folded");
        }
    }

    #[test]
    fn western_order() {
        use Role::*;
        assert_eq!(
            roles("Nicolás Maduro Moros"),
            r(&[("nicolas", Given), ("maduro", Middle), ("moros", Surname)])
        );
        assert_eq!(roles("Maduro"), r(&[("maduro", Surname)]));
    }

    #[test]
    fn comma_inversion_and_caps() {
        use Role::*;
        let p = parse_name("MADURO MOROS, Nicolás");
        assert!(p.inverted);
        assert_eq!(
            roles("MADURO MOROS, Nicolás"),
            r(&[("maduro", Surname), ("moros", Surname), ("nicolas", Given)])
        );
        assert_eq!(
            roles("Nicolás MADURO"),
            r(&[("nicolas", Given), ("maduro", Surname)])
        );
        // A comma before a legal form or a suffix is no inversion.
        assert!(!parse_name("Acme, Inc.").inverted);
        assert!(!parse_name("Joseph Robinette Biden, Jr.").inverted);
    }

    #[test]
    fn initials_honorifics_particles() {
        use Role::*;
        assert_eq!(
            roles("E. González U."),
            r(&[("e", Initial), ("gonzalez", Surname), ("u", Initial)])
        );
        assert_eq!(
            roles("D. B. Erickson"),
            r(&[("d", Initial), ("b", Initial), ("erickson", Surname)])
        );
        assert_eq!(
            roles("el presidente Maduro"),
            r(&[
                ("el", Honorific),
                ("presidente", Honorific),
                ("maduro", Surname)
            ])
        );
        assert_eq!(
            roles("Sr. González"),
            r(&[("sr", Honorific), ("gonzalez", Surname)])
        );
        assert_eq!(
            roles("президент Путин"),
            r(&[("prezident", Honorific), ("putin", Surname)])
        );
        assert_eq!(
            roles("Tribunal Supremo de Justicia"),
            r(&[
                ("tribunal", Given),
                ("supremo", Middle),
                ("de", Particle),
                ("justicia", Surname)
            ])
        );
        // An honorific alone is kept as the name.
        assert_eq!(roles("Presidente"), r(&[("presidente", Surname)]));
    }

    #[test]
    fn legal_forms_and_suffixes() {
        use Role::*;
        assert_eq!(
            roles("Foro Penal S.A."),
            r(&[("foro", Given), ("penal", Surname), ("sa", LegalForm)])
        );
        assert_eq!(
            roles("Deutsche Bank AG"),
            r(&[("deutsche", Given), ("bank", Surname), ("ag", LegalForm)])
        );
        assert_eq!(
            roles("ООО Ромашка"),
            r(&[("ooo", LegalForm), ("romashka", Surname)])
        );
        assert_eq!(legal_form("limited"), Some("ltd"));
        assert_eq!(
            roles("Joseph Robinette Biden Jr."),
            r(&[
                ("joseph", Given),
                ("robinette", Middle),
                ("biden", Surname),
                ("jr", Suffix)
            ])
        );
    }

    #[test]
    fn punctuation_possessives_elisions_scripts() {
        use Role::*;
        assert_eq!(
            roles("Gonzalez-Urrutia"),
            r(&[("gonzalez", Given), ("urrutia", Surname)])
        );
        assert_eq!(roles("Maduro’s"), r(&[("maduro", Surname)]));
        assert_eq!(
            roles("Charles d'Hondt"),
            r(&[("charles", Given), ("d", Particle), ("hondt", Surname)])
        );
        assert_eq!(
            roles("Conan O'Brien"),
            r(&[("conan", Given), ("obrien", Surname)])
        );
        assert_eq!(
            roles("Николас Мадуро"),
            r(&[("nikolas", Given), ("maduro", Surname)])
        );
        let han = parse_name("尼古拉斯·马杜罗");
        assert_eq!(han.parts.len(), 2);
        assert!(han.parts.iter().all(|p| p.ideographic));
        assert_eq!(han.parts[1].folded, "马杜罗");
        assert!(parse_name("  ,.;  ").is_empty());
    }

    #[test]
    fn legal_form_phrases_and_classes() {
        use Role::*;
        let p = parse_name("Tactical Missiles Corporation Joint Stock Company");
        let forms: Vec<&str> = p.parts.iter().filter_map(|p| p.legal_form).collect();
        assert_eq!(forms, ["corp", "jsc"]);
        assert_eq!(
            p.content().map(|p| p.folded.as_str()).collect::<Vec<_>>(),
            ["tactical", "missiles"]
        );
        let p = parse_name("Акционерное общество Ромашка");
        assert_eq!(p.parts[0].legal_form, Some("jsc"));
        assert_eq!(p.parts[2].role, Surname);
        let p = parse_name("FABERLIC EUROPE Sp. z o.o.");
        assert_eq!(p.content().count(), 2);
        assert_eq!(p.parts[2].legal_form, Some("spzoo"));
        assert_eq!(legal_form("oao"), legal_form("ojsc"));
        assert_eq!(legal_class("ag"), legal_class("jsc"));
        assert_ne!(legal_class("ag"), legal_class("gmbh"));
        // A legal form alone is the name.
        assert_eq!(roles("GmbH"), r(&[("gmbh", Surname)]));
    }

    #[test]
    fn leading_function_words() {
        use Role::*;
        assert_eq!(roles("La Paz"), r(&[("la", Particle), ("paz", Surname)]));
        assert_eq!(
            roles("Con Traffic"),
            r(&[("con", Given), ("traffic", Surname)])
        );
        assert_eq!(
            roles("Ángel Di María"),
            r(&[("angel", Given), ("di", Particle), ("maria", Surname)])
        );
        assert_eq!(roles("De La"), r(&[("de", Surname), ("la", Particle)]));
    }

    #[test]
    fn acronyms() {
        assert_eq!(
            acronym("Consejo Nacional Electoral").as_deref(),
            Some("cne")
        );
        assert_eq!(
            acronym("Tribunal Supremo de Justicia").as_deref(),
            Some("tsj")
        );
        assert_eq!(acronym("The Wall Street Journal").as_deref(), Some("wsj"));
        assert_eq!(acronym("Maduro"), None);
        assert_eq!(parse_name("CNE").as_acronym().as_deref(), Some("cne"));
        assert_eq!(parse_name("U.S.").as_acronym().as_deref(), Some("us"));
        assert_eq!(parse_name("Consejo").as_acronym(), None);
    }

    #[test]
    fn phonetic_keys() {
        assert_eq!(phonetic_es("gonzales"), phonetic_es("gonzalez"));
        assert_eq!(phonetic_es("madurro"), phonetic_es("maduro"));
        assert_eq!(phonetic_es("jorge"), phonetic_es("khorkhe"));
        assert_eq!(phonetic_es("villa"), phonetic_es("biya"));
        assert_eq!(phonetic_es("quintero"), phonetic_es("kintero"));
        assert_eq!(phonetic_es("hernandez"), phonetic_es("ernandes"));
        assert_ne!(phonetic_es("jorge"), phonetic_es("delcy"));
        assert_eq!(phonetic("biden"), phonetic("baiden"));
        assert_eq!(phonetic_es("马杜罗"), "马杜罗");
    }
}
