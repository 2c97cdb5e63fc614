//! Linking one document: find candidate spans in the trie, then decide each with
//! evidence from the original text (capitalisation, neighbouring words, initials,
//! honorifics, the other mentions of the document).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::rc::Rc;

use nomen_fold::{fold_exact, Folded, View};

use super::acronym_guard;
use super::dict::{
    is_arabic_article, script, word_script_bit, Key, KeyKind, NodeFacts, CYRILLIC, NONE,
};
use super::facts;
use super::language;
use super::place;
use super::place_case;
use super::table::Probe;
use super::{DocumentLinks, Field, Linker, Mention, Rule};
use crate::hash::FxBuild;
use crate::inflect::{self, EndingKind, Script};
use crate::name::{is_particle, is_stopword};
use crate::{by_language, Kind};

mod named_things;
mod other_names;
mod positions;
mod spelled_acronym;
mod translated_names;

impl FieldText<'_> {
    /// The indices of the field's tokens whose id is `id`, in order
    /// ([`positions::positions`]).
    #[inline]
    fn positions(&self, id: u32) -> positions::Positions<'_> {
        let ids = self.ids.get_or_init(|| {
            // (The ids are final by then: no step after `resolve_ids` sets one.)
            let mut ids = self.spare_ids.take();
            ids.clear();
            ids.extend(self.toks.iter().map(|t| t.id));
            ids
        });
        positions::positions(ids, id)
    }
}

/// Longest key, in tokens, that the trie walk follows.
const MAX_KEY_TOKENS: usize = 24;

/// How the first letter of a token is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// Starts with a capital.
    Upper,
    /// Starts with a lowercase letter.
    Lower,
    /// No case (digits, Han, Arabic, Hangul, ...).
    None,
}

/// A token of a field.
#[derive(Debug, Clone)]
struct Tok {
    id: u32,
    /// The trie node of the one-token prefix `id` ([`Dictionary::root`]).
    ///
    /// [`Dictionary::root`]: super::dict::Dictionary::root
    root: u32,
    /// What the trie walk asks first about node `node_of` ([`NodeFacts`]): `root`'s
    /// facts as the token table gave them, unless `root` was set since (to a
    /// variant's root, say): see [`Tok::root_facts`].
    node: NodeFacts,
    node_of: u32,
    folded: Range<usize>,
    original: Range<usize>,
    ideograph: bool,
    /// How the word reached its dictionary token.
    how: How,
    /// The word was read as Turkish writes the vowels of Arabic and Persian names
    /// ([`turkish_reading`]): its [`How`] is a transcription, its rule
    /// [`Rule::TurkishReading`].
    turkish: bool,
    /// The word's own token where `id` is another reading of it ([`NONE`] else): a
    /// word that is only a word of longer names (`Ruotsin` of `Ruotsin
    /// maahanmuuttovirasto`) read as a place's case form ([`place_reading`]); the
    /// trie walk of those longer names goes on by this token.
    spelled: u32,
}

impl Tok {
    /// How the word reached its token in a span of `len` tokens: as written in a
    /// span of several where the word's own token was kept for such spans
    /// ([`Tok::spelled`]: the walk went on by it).
    #[inline]
    fn how_in(&self, len: usize) -> How {
        if self.spelled != NONE && len > 1 {
            How::Same
        } else {
            self.how
        }
    }

    /// The [`NodeFacts`] of `root`: those the token table gave with it, or, for a
    /// root set since, the trie's.
    #[inline]
    fn root_facts(&self, dict: &super::dict::Dictionary) -> NodeFacts {
        if self.node_of == self.root {
            self.node
        } else {
            dict.node_facts(self.root)
        }
    }
}

/// How a word of text reached the dictionary token it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum How {
    /// It is the token (after folding).
    #[default]
    Same,
    /// Its Cyrillic case ending was replaced by the nominative's (`Каракасе`,
    /// `Николаса`): a token of the dictionary as romanised.
    Declined(EndingKind),
    /// A Latin-script or Greek case ending was removed (`Scholzovi`, `Άνγκελας`):
    /// only a person's name, and a single word needs context.
    Inflected(EndingKind),
    /// A Cyrillic or Greek word whose sounds are those of a Latin name word
    /// (`Шольц` ~ `Scholz`), possibly after removing an ending: only a person's name,
    /// and a single word needs context.
    Transcribed(Option<EndingKind>),
    /// A Latin word that is a name word once the spelling its language gives foreign
    /// names is undone, letter for letter (Hungarian `sz` for s: `Roszatom`,
    /// `Szíszi`), possibly after removing an ending.
    Respelled(Option<EndingKind>),
    /// A place's name as the press of other languages writes it ([`exonym`]:
    /// `Харьков`, `Charków`): only a place.
    Exonym,
    /// A place's name with a Latin-script case ending ([`place_case`]: `Berlinie`,
    /// `Praze`, `Helsingissä`, `Berlinben`); the index of the ending
    /// ([`place_case::ending`]): only a place, with the evidence the ending asks for.
    PlaceCase(u8),
}
struct FieldText<'a> {
    field: Field,
    text: &'a str,
    /// The folded view of `text`: folded here, or handed in already folded.
    folded: Cow<'a, Folded>,
    toks: Vec<Tok>,
    /// The tokens' ids, side by side ([`positions`]: the tokens of one word), set
    /// out on the first question that needs them (in `spare_ids`' buffer).
    ids: std::cell::OnceCell<Vec<u32>>,
    spare_ids: std::cell::Cell<Vec<u32>>,
    /// Headline-style capitalisation (or no lowercase at all): capitals say little.
    title_case: std::cell::OnceCell<bool>,
    /// Per token, memoized word-list facts (see [`Doc::word`]); 0 = not yet known.
    flags: Vec<std::cell::Cell<u8>>,
    occupied: Vec<bool>,
}

/// A span of tokens that is a key of the dictionary.
#[derive(Debug, Clone, Copy)]
struct Cand {
    field: usize,
    start: usize,
    end: usize,
    node: u32,
    /// The script the span is written in ([`word_script_bit`]): keys of names only in
    /// other scripts do not apply ([`Key::fits_script`]).
    script: u16,
}

impl Cand {
    /// A span that was no candidate of the walk (no dictionary node, no script), for
    /// the checks that take a [`Cand`] asked of any span.
    fn bare(field: usize, start: usize, end: usize) -> Cand {
        Cand {
            field,
            start,
            end,
            node: NONE,
            script: 0,
        }
    }
}

/// A decided mention, before it becomes a [`Mention`].
#[derive(Debug, Clone, Copy)]
struct Linked {
    field: usize,
    start: usize,
    end: usize,
    entity: u32,
    rule: Rule,
}

/// A field to link: its kind, its original text and, when the caller already has
/// it, the text's folded view (made with the linker's folder, [`View::Folded`]).
pub(super) type Input<'a> = (Field, &'a str, Option<&'a Folded>);

/// Where a caller wants each field's tokens: per field, `[folded start, folded end,
/// original start, original end]` of each token of its folded view, in order.
pub(super) type SpansOut<'s> = Option<&'s mut [Vec<[u32; 4]>]>;

pub(super) fn link<'a>(
    linker: &Linker,
    fields: &[Input<'a>],
    mut spans_out: SpansOut<'_>,
) -> DocumentLinks {
    let mut texts: Vec<FieldText<'a>> = Vec::with_capacity(fields.len());
    let mut cands: Vec<Cand> = Vec::new();
    // Bodies' names of several words in a case form ([`super::declined`]).
    let mut declined: Vec<Linked> = Vec::new();
    // Whether the document is written in Turkish letters ([`turkish_letters`]),
    // worked out when a word asks.
    let mut turkish = None;
    for (fi, &(field, text, prefolded)) in fields.iter().enumerate() {
        let folded = match prefolded {
            Some(folded) if folded.original_len() == text.len() => Cow::Borrowed(folded),
            _ => {
                let mut folded = POOL.with(|p| p.borrow_mut().pop()).unwrap_or_default();
                linker.folder.fold_into(text, View::Folded, &mut folded);
                Cow::Owned(folded)
            }
        };
        let (mut toks, mut flags, mut occupied, ids) =
            BUFFERS.with(|p| p.borrow_mut().pop()).unwrap_or_default();
        toks.clear();
        let mut spans = spans_out.as_deref_mut().and_then(|out| out.get_mut(fi));
        if let Some(out) = spans.as_deref_mut() {
            out.clear();
        }
        // Spans describe the caller's view only: a field folded here (the view handed
        // in was not of this text) gets none. Nor does a field whose offsets do not
        // fit in 32 bits.
        let callers_view = matches!(folded, Cow::Borrowed(_));
        let mut spans = spans.filter(|_| callers_view && folded.spans_fit());
        folded.for_each_token(|folded, original, ideograph| {
            if let Some(out) = spans.as_deref_mut() {
                out.push(
                    [folded.start, folded.end, original.start, original.end].map(|n| n as u32),
                );
            }
            toks.push(Tok {
                id: NONE,
                root: NONE,
                node: NodeFacts::default(),
                node_of: NONE,
                folded,
                original,
                ideograph,
                how: How::Same,
                turkish: false,
                spelled: NONE,
            });
        });
        flags.clear();
        flags.resize(toks.len(), std::cell::Cell::new(0));
        resolve_ids(
            linker,
            text,
            folded.as_str(),
            &mut toks,
            &mut flags,
            (fields, &mut turkish),
        );
        occupied.clear();
        occupied.resize(toks.len(), false);
        let ft = FieldText {
            field,
            text,
            occupied,
            flags,
            title_case: std::cell::OnceCell::new(),
            toks,
            ids: std::cell::OnceCell::new(),
            spare_ids: std::cell::Cell::new(ids),
            folded,
        };
        find_candidates(linker, &ft, fi, &mut cands);
        find_declined_names(linker, &ft, fi, &mut declined);
        texts.push(ft);
    }
    if cands.is_empty() && declined.is_empty() && linker.translated().is_empty() {
        recycle(texts);
        return DocumentLinks::default();
    }
    cands.sort_by_key(|c| (std::cmp::Reverse(c.end - c.start), c.field, c.start));

    let mut doc = Doc {
        linker,
        texts,
        linked: Vec::new(),
        named: HashSet::default(),
        claimed: HashSet::default(),
        claimed_after: HashSet::default(),
        lowercase: std::cell::RefCell::new(HashMap::default()),
        surnames: std::cell::RefCell::new(HashMap::default()),
        states: std::cell::RefCell::new(HashMap::default()),
        language: std::cell::OnceCell::new(),
        markers: std::cell::OnceCell::new(),
        letters: std::cell::OnceCell::new(),
        iso_language: std::cell::OnceCell::new(),
        unproven: std::cell::RefCell::new(Vec::new()),
        unproven_towns: std::cell::RefCell::new(Vec::new()),
        listed_regions: std::cell::RefCell::new(Vec::new()),
        possessions: std::cell::RefCell::new(Vec::new()),
        longer_names: std::cell::OnceCell::new(),
        title_case: std::cell::RefCell::new(Vec::new()),
        teams: std::cell::OnceCell::new(),
        parties: std::cell::OnceCell::new(),
        ships: std::cell::OnceCell::new(),
        feature_names: std::cell::RefCell::new(HashMap::default()),
        plant_names: std::cell::RefCell::new(HashMap::default()),
        sounds: std::cell::RefCell::new(HashMap::default()),
        given_groups: std::cell::RefCell::new(HashMap::default()),
    };
    // A body's name in a case form, unless a name of the dictionary spans it (the
    // form is one of the data's: `Europäischen Union`) or holds it (`Soudní dvůr
    // Evropské unie` is a court, not the Union): before the words inside it are read
    // as names of their own (`Evropě` in the OSCE's Czech name).
    declined.sort_by_key(|l| std::cmp::Reverse(l.end - l.start));
    for l in declined {
        let spanned = cands
            .iter()
            .any(|c| c.field == l.field && c.start <= l.start && l.end <= c.end);
        if !spanned && doc.is_free(l.field, l.start, l.end) && !doc.two_words_opening_a_sentence(&l)
        {
            doc.accept(l);
        }
    }
    // A user's body named in the text's language's words ([`super::translated`]).
    doc.link_translated_names(&cands);
    // Pass A: full names (and surnames completed by initials). A full name of a place
    // or body that is also someone's surname (`Rodríguez`, a city in the Philippines)
    // waits until the people named in full are known.
    let mut deferred: Vec<Cand> = Vec::new();
    for c in &cands {
        if doc.is_free(c.field, c.start, c.end) {
            if doc.thing_or_surname(c) || doc.common_word_at_sentence_start(c) {
                // Someone else's surname (`el portero Luis Rodríguez`) is nobody's here.
                if (!doc.variant_span(c) || doc.given_names_before(c))
                    && doc.claimed_by_someone_else(c)
                {
                    if doc.claimed_only_after(c) {
                        doc.claimed_after.insert(c.node);
                    } else {
                        doc.claimed.insert(c.node);
                    }
                }
                deferred.push(*c);
                continue;
            }
            match doc.decide_full(c) {
                Some(l) => doc.accept(l),
                None => {
                    if (!doc.variant_span(c) || doc.given_names_before(c))
                        && doc.claimed_by_someone_else(c)
                    {
                        if doc.claimed_only_after(c) {
                            doc.claimed_after.insert(c.node);
                        } else {
                            doc.claimed.insert(c.node);
                        }
                    }
                }
            }
        }
    }
    doc.named = doc.linked.iter().map(|l| l.entity).collect();
    // The surname of a person named in full here; the place or body only when nobody
    // named here has that surname.
    for c in &deferred {
        if doc.is_free(c.field, c.start, c.end) {
            let decided = if doc.claimed.contains(&c.node) {
                None
            } else if doc.common_word_at_sentence_start(c) {
                // `Es ist ...` where `es` is also written in lowercase: a name only of
                // an entity the document names elsewhere.
                doc.decide_short(c)
                    .or_else(|| doc.decide_full(c))
                    .filter(|l| doc.named.contains(&l.entity))
            } else if doc.surname_of_someone_named(c) {
                doc.decide_short(c)
                    .filter(|l| doc.named.contains(&l.entity))
            } else {
                doc.decide_full(c)
            };
            if let Some(l) = decided {
                doc.accept(l);
            }
        }
    }
    // A lone Cyrillic or Greek word that sounds as much like the surname of a person
    // named in full here as like another entity's name word (a tie, which the word
    // read alone leaves unread: `Κοτς` is Koç and, read `Khose`, José) is that
    // person's surname: a candidate of pass B.
    if doc.linked.iter().any(|l| l.rule == Rule::Transcribed) {
        cands.extend(doc.read_tied_surnames());
    }
    let defs = doc.definitions();
    // Pass B: short forms and acronyms, confirmed by the document or unique. A
    // surname alone of the only person in the gazetteer with it, with nobody named in
    // full here and no title or role word before it, waits: it is not the person in
    // any of its places when one of them says it is another word (`nach Montenegro`
    // after `in Montenegro`, `bir Türk tenisçi`, `I grossi alberghi`).
    let mut unproven: Vec<Linked> = Vec::new();
    for c in &cands {
        if doc.is_free(c.field, c.start, c.end) {
            if let Some((l, proven)) = doc.decide_short_proven(c) {
                if proven {
                    doc.accept(l);
                } else {
                    unproven.push(l);
                }
            }
        }
    }
    if !unproven.is_empty() {
        let refuted: HashSet<u32> = unproven
            .iter()
            .filter(|l| doc.another_word(l))
            .map(|l| doc.texts[l.field].toks[l.start].id)
            .collect();
        for l in unproven {
            // (Where the document links the person otherwise, only the word's own
            // place can say it is another word.)
            let id = doc.texts[l.field].toks[l.start].id;
            let otherwise = doc.linked.iter().any(|m| m.entity == l.entity);
            let refuted = if otherwise {
                doc.another_word(&l)
            } else {
                refuted.contains(&id)
            };
            if !refuted && doc.is_free(l.field, l.start, l.end) {
                doc.accept(l);
            }
        }
    }
    if !defs.is_empty() {
        doc.link_defined_acronyms(&defs);
    }
    doc.link_proven_places();
    doc.complete_double_surnames();
    doc.drop_quoted_places();
    doc.drop_namesakes();
    doc.drop_bodies_named_as_surnames();
    doc.drop_names_of_places();
    doc.drop_acronyms_of_firms();
    let out = doc.finish();
    recycle(doc.texts);
    out
}

thread_local! {
    /// Folding buffers reused across documents on this thread (their capacity grows
    /// to the longest field seen), so tagging a stream does not allocate them anew.
    static POOL: std::cell::RefCell<Vec<Folded>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Adds to `out` the bodies' names of several words that field `fi` writes in a case
/// form ([`super::declined`]): from a capitalised word, the words right after it
/// with nothing but spaces between them. Once per field, kept out of line so that a
/// profiler tells its cost apart (BENCHMARKS.md, "The linking stage alone").
#[inline(never)]
fn find_declined_names(linker: &Linker, ft: &FieldText<'_>, fi: usize, out: &mut Vec<Linked>) {
    let toks = &ft.toks;
    if toks.len() < 2 {
        return;
    }
    let names = linker.declined();
    if names.is_empty() {
        return;
    }
    let folded = ft.folded.as_str();
    let mut found = Vec::new();
    for i in 0..toks.len() - 1 {
        let t = &toks[i];
        if t.ideograph || t.folded.len() <= 4 || first_case_at(ft.text, &t.original) != Case::Upper
        {
            continue;
        }
        let word = |j: usize| -> Option<&str> {
            let k = i + j;
            let tok = toks.get(k)?;
            if j > 0
                && !ft.text[toks[k - 1].original.end..tok.original.start]
                    .chars()
                    .all(char::is_whitespace)
            {
                return None;
            }
            Some(&folded[tok.folded.clone()])
        };
        names.matches(word, &mut found);
        if let Some(&(entity, n)) = found.first() {
            out.push(Linked {
                field: fi,
                start: i,
                end: i + n,
                entity,
                rule: Rule::DeclinedName,
            });
        }
    }
}

/// Folded articles that come before a country's name or a common noun, rarely before
/// a person's surname alone (not `la`, `die`: `la Meloni`, `die Merkel`; not `a`,
/// `o`: prepositions and conjunctions too; not English `the`, `an`, which stand
/// before a surname used as an adjective: `the Trump administration`, `an Obama
/// appointee`), and `nach` (`nach Montenegro`).
const NOT_BEFORE_A_PERSON: &[&str] = &[
    "le",
    "du",
    "il",
    "lo",
    "del",
    "dello",
    "el",
    "der",
    "das",
    "ein",
    "einen",
    "einem",
    "eines",
    // (The feminine indefinite too: `eine Blume`; the definite `die` stands before a
    // woman's surname in speech.)
    "eine",
    "einer",
    "un",
    "une",
    "uno",
    "um",
    "het",
    "een",
    "bir",
    "nach",
    // German's other masculine and neuter articles and their contractions with a
    // preposition (`zum Frieden`, `im Norden`): the standard press writes no article
    // before a surname, so a capitalised word after one is a noun.
    "den",
    "dem",
    "des",
    "zum",
    "vom",
    "beim",
    "im",
    // German quantifiers: a capitalised word after one is a plural noun, often an
    // adjective's (`manche Reiche`, `viele Grüne`), not a person.
    "manche",
    "viele",
    "einige",
    "alle",
    "keine",
    "wenige",
    "mehrere",
    "etliche",
    "zahlreiche",
];

/// Folded prepositions of origin and direction of languages whose prepositions of
/// place [`place::is_place_preposition`] does not hold, after which a word alone is a
/// place's name, not a person's surname: Swedish `från`, `till` (`Resan till Karis`),
/// Romanian `din`, `spre` (`muzicieni din Mali`).
const ORIGIN_PREPOSITIONS: &[&str] = &["fran", "till", "din", "spre"];

/// Folded words for a family, after which a surname is the family's (`la famiglia
/// Grossi`, `семейство Георгиеви`).
const FAMILY_WORDS: &[&str] = &[
    "family",
    "familie",
    "familia",
    "famille",
    "famiglia",
    "gezin",
    "rodzina",
    "rodina",
    "rodiny",
    "perhe",
    "csalad",
    "aile",
    "ailesi",
    "obitelj",
    "porodica",
    "semya",
    "semeystvo",
    "simia",
    "oikogeneia",
];

/// Tokens between a place waiting for evidence and its country named near it
/// ([`Doc::link_proven_places`], [`Doc::link_proven_towns`]).
const COUNTRY_REACH: usize = 40;

/// Folded nouns that end a company's name as a legal form does
/// ([`Doc::opens_firm_name`]: `BOE Technology Group`, `Cheung Kong Holdings`).
const COMPANY_WORDS: &[&str] = &[
    "group", "holding", "holdings", "grupo", "groupe", "gruppe", "gruppo",
];

/// The fewest mentions of places of one country (it or its places) that make it the
/// country a document is about, for [`Doc::borrowed_from_main_country`].
const MAIN_COUNTRY: usize = 3;

/// True when `o` is in `l`'s field and at most `reach` tokens from it.
fn near(l: &Linked, o: &Linked, reach: usize) -> bool {
    o.field == l.field && o.start <= l.end + reach && l.start <= o.end + reach
}

/// Returns the fields' folding and token buffers to the pools.
fn recycle(texts: Vec<FieldText<'_>>) {
    POOL.with(|p| {
        BUFFERS.with(|b| {
            let (mut pool, mut buffers) = (p.borrow_mut(), b.borrow_mut());
            for ft in texts {
                if buffers.len() < 4 {
                    let ids = ft
                        .ids
                        .into_inner()
                        .unwrap_or_else(|| ft.spare_ids.into_inner());
                    buffers.push((ft.toks, ft.flags, ft.occupied, ids));
                }
                if let (Cow::Owned(folded), true) = (ft.folded, pool.len() < 4) {
                    pool.push(folded);
                }
            }
        })
    });
}

/// A field's token buffers: tokens, word-list flags, occupied marks, token ids.
type Buffers = (Vec<Tok>, Vec<std::cell::Cell<u8>>, Vec<bool>, Vec<u32>);

thread_local! {
    /// Token buffers reused across documents on this thread, like [`POOL`]'s.
    static BUFFERS: std::cell::RefCell<Vec<Buffers>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How many tokens ahead [`resolve_ids`] asks for the token table's slot.
const LOOKAHEAD: usize = 8;

/// Sets the dictionary id and root node of every token. With a large gazetteer the token table
/// does not fit in the caches and each lookup waits for memory: the slot of the
/// token [`LOOKAHEAD`] places ahead is requested first, so the waits overlap (8 %
/// faster tagging at 1M entities, median of 6 alternating runs).
///
/// A word that is no token may be a variant of one ([`remembered_variant`]): its
/// slot of the memo of variants is asked for when the table says so, and the memo
/// read once every token has been looked up, so that those waits overlap too.
///
/// Each token's word-list facts ([`facts`]) come with it from the table into
/// `flags` (0 for a word that is no token: worked out when asked).
fn resolve_ids(
    linker: &Linker,
    text: &str,
    folded: &str,
    toks: &mut [Tok],
    flags: &mut [std::cell::Cell<u8>],
    (fields, turkish): (&[Input<'_>], &mut Option<bool>),
) {
    let dict = &linker.dict;
    let bytes = folded.as_bytes();
    let word = |t: &Tok| bytes.get(t.folded.clone()).unwrap_or_default();
    // The probes of tokens i .. i + LOOKAHEAD, token j's at j % LOOKAHEAD.
    let mut ring = [Probe::default(); LOOKAHEAD];
    for (slot, t) in ring.iter_mut().zip(toks.iter()) {
        *slot = Probe::of(word(t));
        dict.prefetch_token(slot);
    }
    // The tokens to read as variants, each with its memo key's slot.
    let mut variants = VARIANT_QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    variants.clear();
    for i in 0..toks.len() {
        let probe = ring[i % LOOKAHEAD];
        if let Some(ahead) = toks.get(i + LOOKAHEAD) {
            let next = Probe::of(word(ahead));
            dict.prefetch_token(&next);
            ring[i % LOOKAHEAD] = next;
        }
        let t = &toks[i];
        let (id, root, word_facts, node) = dict.token_probe(word(t), &probe);
        if let Some(f) = flags.get_mut(i) {
            f.set(word_facts);
        }
        let (id, root) = match (id, root) {
            // A word that is no token: a declined or transcribed name? Names are
            // capitalised; only those words are tried (below).
            (NONE, _) => {
                let original = &text[t.original.clone()];
                let word = folded.get(t.folded.clone()).unwrap_or_default();
                if may_be_variant(word, original) {
                    variants.push((i, memo_slot(linker, word, original)));
                }
                (NONE, NONE)
            }
            // A word whose spelling is only a name in another script (`Киеве` is
            // `kieve`, some script's name of Kyiv) is tried uninflected too.
            (id, root)
                if matches!(text.as_bytes().get(t.original.start), Some(0xD0..=0xD4))
                    && is_capitalised_cyrillic(&text[t.original.clone()])
                    && node.has_keys()
                    && !dict.keys(root).iter().any(|k| k.fits_script(CYRILLIC)) =>
            {
                let word = folded.get(t.folded.clone()).unwrap_or_default();
                // (`Мюнхені`, `miunkheni` as Georgian writes Munich: read in Russian
                // letters too.)
                let declined = match uninflect(linker, word) {
                    (NONE, _) => in_russian_letters(linker, &text[t.original.clone()])
                        .unwrap_or((NONE, EndingKind::Case)),
                    found => found,
                };
                match declined {
                    (NONE, _) => (id, root),
                    (other, kind) => {
                        toks[i].how = How::Declined(kind);
                        toks[i].id = other;
                        toks[i].root = dict.root(other);
                        continue;
                    }
                }
            }
            // A Latin word whose spelling is only a name in another script (`Paříži`
            // is `parizi`, Georgian `პარიზი` romanised) is read as a variant too: a
            // case form of a Latin name (`v Paříži`).
            (id, root)
                if node.has_keys()
                    && text.as_bytes()[t.original.start].is_ascii_uppercase()
                    && !dict
                        .keys(root)
                        .iter()
                        .any(|k| k.fits_script(super::dict::LATIN)) =>
            {
                let original = &text[t.original.clone()];
                let word = folded.get(t.folded.clone()).unwrap_or_default();
                if may_be_variant(word, original) {
                    variants.push((i, memo_slot(linker, word, original)));
                }
                (id, root)
            }
            // A capitalised word that is no name of its own (nor a given name), only
            // a word of longer names (`Ruotsin` of `Ruotsin maahanmuuttovirasto`, `Deutschlands` of
            // `Sozialdemokratische Partei Deutschlands`): a place's case form too
            // (`Ruotsin hallitus`, `Deutschlands Wirtschaft`), read as one, the word's
            // own token kept for the walk of the longer names ([`Tok::spelled`]). A
            // body's name that holds a place's case form then takes nothing from the
            // place elsewhere.
            (id, root) if !node.has_keys() && !dict.is_given(id) => {
                let original = &text[t.original.clone()];
                let word = folded.get(t.folded.clone()).unwrap_or_default();
                let before = text[..t.original.start].trim_end_matches([' ', '\t']);
                let opens_sentence = before.is_empty()
                    || before.ends_with(['.', '!', '?', ':', '\n', '\r', '"', '«', '„']);
                let lowercase_after = toks
                    .get(i + 1)
                    .is_some_and(|n| starts_lowercase_at(text, &n.original));
                match place_reading(linker, word, original, opens_sentence && lowercase_after) {
                    Some((place, how)) => {
                        toks[i].how = how;
                        toks[i].id = place;
                        toks[i].root = dict.root(place);
                        toks[i].spelled = id;
                        continue;
                    }
                    None => (id, root),
                }
            }
            found => found,
        };
        toks[i].id = id;
        toks[i].root = root;
        toks[i].node = node;
        toks[i].node_of = root;
    }
    for &(i, at) in &variants {
        let t = &toks[i];
        let original = &text[t.original.clone()];
        let word = folded.get(t.folded.clone()).unwrap_or_default();
        if let Some((id, how)) = remembered_variant(linker, word, original, at) {
            toks[i].how = how;
            toks[i].id = id;
            toks[i].root = dict.root(id);
        }
    }
    // Words no rule read, in a Turkish document: Turkish vowels (one test of the
    // document's fields for Turkish letters, only when such a word has an `e`).
    for &(i, _) in &variants {
        let t = &toks[i];
        let word = folded.get(t.folded.clone()).unwrap_or_default();
        if t.id != NONE || !may_be_turkish_reading(word) {
            continue;
        }
        if !*turkish.get_or_insert_with(|| fields.iter().any(|&(_, t, _)| turkish_letters(t))) {
            break;
        }
        if article_follows(text, folded, toks, i) {
            continue;
        }
        if let Some((id, kind)) = turkish_reading(linker, word, &text[t.original.clone()]) {
            toks[i].how = How::Transcribed(kind);
            toks[i].turkish = true;
            toks[i].id = id;
            toks[i].root = dict.root(id);
        }
    }
    VARIANT_QUEUE.with(|q| *q.borrow_mut() = variants);
    pair_rules(linker, text, folded, toks);
    declined_syllables(linker, text, folded, toks);
}

/// The last syllable of an East Asian given name written with a hyphen takes the case
/// ending of the text's language (Polish `Roh Moo-hyuna`, Czech `Chu Ťin-tchaem`,
/// Hungarian `Hu Csin-taót`): a lowercase Latin word right after a hyphen, after two
/// words that a name goes on from (`roh moo`, `chu tin`), is read with a case ending
/// ([`inflect::given_name_bases`], stems of two letters or more: syllables are
/// short) when one of its base forms ends the name there. The name's other words,
/// written in full, are the evidence; the word alone is never read so.
fn declined_syllables(linker: &Linker, text: &str, folded: &str, toks: &mut [Tok]) {
    let dict = &linker.dict;
    for i in 2..toks.len() {
        // Cheap tests first: a hyphen right before the word (one byte of the text).
        let (a, b, t) = (&toks[i - 2], &toks[i - 1], &toks[i]);
        if text.as_bytes().get(b.original.end..t.original.start) != Some(b"-")
            || t.ideograph
            || b.ideograph
            || a.root == NONE
            || b.id == NONE
            || !(3..=12).contains(&t.folded.len())
        {
            continue;
        }
        if folded.as_bytes().get(a.folded.end..b.folded.start) != Some(b" ") {
            continue;
        }
        let node = child_of(dict, a.root, b);
        if node == NONE || (t.id != NONE && child_of(dict, node, t) != NONE) {
            continue;
        }
        let original = &text[t.original.clone()];
        if first_case(original) != Case::Lower || Script::of(original) != Some(Script::Latin) {
            continue;
        }
        let Some(word) = folded.get(t.folded.clone()) else {
            continue;
        };
        let ends_name = |base: &str| {
            let id = dict.token(base);
            let next = if id == NONE {
                NONE
            } else {
                dict.child(node, id)
            };
            (next != NONE && !dict.keys(next).is_empty()).then_some(id)
        };
        let found = inflect::given_name_bases(word, Script::Latin)
            .into_iter()
            .find_map(|form| Some((ends_name(&form.base)?, form.ending.kind)))
            .or_else(|| Some((vowel_and_o(word, &ends_name)?, EndingKind::Masculine)));
        if let Some((id, kind)) = found {
            toks[i].id = id;
            toks[i].root = dict.root(id);
            toks[i].how = How::Inflected(kind);
        }
    }
}

/// The Slavic case endings of a man's name in `-o` (Czech `Hugo`: `Hugem`, `Hugovi`)
/// on a syllable whose `-o` follows a vowel (Czech `Ťin-tchao`: `Ťin-tchaem`), which
/// [`inflect`] leaves to consonant stems: the base (`tchao`) that `ends_name` takes.
fn vowel_and_o(word: &str, ends_name: &dyn Fn(&str) -> Option<u32>) -> Option<u32> {
    ["em", "ovi", "owi", "om", "a", "u"]
        .iter()
        .find_map(|ending| {
            let stem = word.strip_suffix(ending)?;
            if stem.len() < 2 || !matches!(stem.as_bytes().last(), Some(b'a' | b'e' | b'i' | b'u'))
            {
                return None;
            }
            ends_name(&format!("{stem}o"))
        })
}

/// The rules that read two adjacent tokens, in one walk over the field:
/// [`declined_together`], [`surname_together`], [`short_given_declined`] and
/// [`arabic_articles`], each as if it had read the whole field after the rules before
/// it had (what each rule reads of a token is final when it reads it).
///
/// Each rule changes one token of its pair (the first for [`declined_together`],
/// [`short_given_declined`] and [`arabic_articles`], the second for
/// [`surname_together`]) and reads the tokens of its pair as the rules before it
/// left them, so at step `k` the walk runs [`declined_together`] on the pair ending
/// at `k`, [`surname_together`] and [`short_given_declined`] on the pair ending at
/// `k - 1`, and [`arabic_articles`] on the same pair (the tokens `k - 2` and `k -
/// 1`, which it reads from the first). Most pairs end each rule at its first tests
/// of a field or a byte: the rules read no text for them.
fn pair_rules(linker: &Linker, text: &str, folded: &str, toks: &mut [Tok]) {
    let n = toks.len();
    let al = linker.dict.token("al");
    for k in 1..=n {
        if k < n {
            declined_together(linker, text, folded, toks, k);
        }
        if k >= 2 {
            surname_together(linker, text, folded, toks, k - 1);
            short_given_declined(linker, text, folded, toks, k - 1);
            if al != NONE {
                arabic_articles(linker, text, folded, toks, k - 2, al);
            }
        }
    }
}

/// Case endings of a short given name in `-a` (`Iga`, `Ewa`, `Ana`) in the Slavic
/// languages that decline it before a woman's surname that does not decline (Polish
/// `Igi Świątek`, `Igę`, Czech `Evy`, `Evě` → `Eve`), with the nominative's `-a`.
const SHORT_GIVEN_ENDINGS: [&str; 6] = ["i", "y", "e", "ie", "u", "ou"];

/// A given name of two or three letters before its ending (shorter than
/// [`inflect::MIN_STEM`], so no ending is removed from it elsewhere) is declined
/// before the surname after it: a capitalised Latin word that is no token, right
/// before a name word, whose stem plus `-a` is a given name that goes on to that word
/// in the dictionary (`Igi` + `Świątek` is `Iga Świątek`). The pair is the evidence.
///
/// One step of [`pair_rules`]: the pair of tokens `i - 1` and `i`.
#[inline]
fn short_given_declined(linker: &Linker, text: &str, folded: &str, toks: &mut [Tok], i: usize) {
    let (before, next) = (&toks[i - 1], &toks[i]);
    // Cheap tests first: most words are tokens, or come before a word that is none.
    if before.id != NONE || next.id == NONE || before.ideograph {
        return;
    }
    if !(3..=5).contains(&before.folded.len())
        || folded.as_bytes().get(before.folded.end..next.folded.start) != Some(b" ")
    {
        return;
    }
    let Some(word) = folded.get(before.folded.clone()) else {
        return;
    };
    // (Every ending of [`SHORT_GIVEN_ENDINGS`] ends in `i`, `y`, `e` or `u`.)
    if !word.bytes().all(|b| b.is_ascii_lowercase())
        || !matches!(word.as_bytes().last(), Some(b'i' | b'y' | b'e' | b'u'))
    {
        return;
    }
    let original = &text[before.original.clone()];
    if first_case(original) != Case::Upper || Script::of(original) != Some(Script::Latin) {
        return;
    }
    let dict = &linker.dict;
    for ending in SHORT_GIVEN_ENDINGS {
        let Some(stem) = word.strip_suffix(ending) else {
            continue;
        };
        if !(2..inflect::MIN_STEM).contains(&stem.len()) {
            continue;
        }
        // The stem and `a`, on the stack (the stem is ASCII and shorter than
        // `MIN_STEM`).
        let mut given = [b'a'; inflect::MIN_STEM];
        given[..stem.len()].copy_from_slice(stem.as_bytes());
        let Ok(given) = std::str::from_utf8(&given[..=stem.len()]) else {
            continue;
        };
        let id = dict.token(given);
        let root = dict.root(id);
        if id != NONE && dict.is_given(id) && root != NONE && dict.child(root, next.id) != NONE {
            toks[i - 1].id = id;
            toks[i - 1].root = root;
            toks[i - 1].how = How::Inflected(EndingKind::Case);
            return;
        }
    }
}

/// The Arabic article as each language's press writes it, read as the gazetteer's
/// `al` (`el-Sisi`, `es-Sisi`, `as-Sisi`, Hungarian `esz-Szíszi`, Russian `ас-Сиси`,
/// `аш-Шараа`): a word of a vowel and `l`, or a vowel and the consonant letters that
/// start the next word (the article's `l` takes the sound of a "sun letter":
/// `ad-Din`, `an-Nasr`, `ash-Sharif`), joined to that word by a hyphen (or, `al`
/// and `el` only, written apart inside a name that goes on with it), and not in
/// capitals (`US-Senat`). The word after it must be capitalised.
///
/// One step of [`pair_rules`]: the pair of tokens `i` and `i + 1`.
#[inline]
fn arabic_articles(linker: &Linker, text: &str, folded: &str, toks: &mut [Tok], i: usize, al: u32) {
    let (t, next) = (&toks[i], &toks[i + 1]);
    // Cheap tests first: the hyphen right after the word (one byte of the text), the
    // word's length.
    let gap = text.as_bytes().get(t.original.end..next.original.start);
    if t.id == al
        || !matches!(gap, Some(b"-" | b" "))
        || !(2..=4).contains(&t.folded.len())
        || next.ideograph
    {
        return;
    }
    // Written apart (the Serbian press's `Абдел Фатах ел Бурхан`), only the article
    // `al`, `el` inside a name that goes on with it here: a name word before it with
    // `al` after it in the dictionary (Spanish `el` before a capitalised word is
    // mostly the article of a noun: `el Gobierno`).
    let apart = gap == Some(b" ");
    // (The word first, the trie last: most pairs of words have a space between.)
    if apart
        && (t.folded.len() != 2
            || i == 0
            || folded.as_bytes().get(t.folded.start + 1) != Some(&b'l')
            || toks[i - 1].root == NONE
            || linker.dict.child(toks[i - 1].root, al) == NONE)
    {
        return;
    }
    let Some(word) = folded.get(t.folded.clone()) else {
        return;
    };
    let written = &text[t.original.clone()];
    if first_case(&text[next.original.clone()]) != Case::Upper
        || written.chars().skip(1).any(char::is_uppercase)
    {
        return;
    }
    let after = folded.get(next.folded.clone()).unwrap_or_default();
    if is_arabic_article_form(word, after) {
        let root = linker.dict.root(al);
        toks[i].id = al;
        toks[i].root = root;
        toks[i].how = How::Respelled(None);
    }
}

/// True when the folded `word` is the Arabic article before the folded `next` word
/// ([`arabic_articles`]): `a`, `e` or `u`, then `l` or the first consonant letters of
/// `next` that a sun letter is written with.
fn is_arabic_article_form(word: &str, next: &str) -> bool {
    let b = word.as_bytes();
    if !matches!(b[0], b'a' | b'e' | b'u') {
        return false;
    }
    let consonant = &word[1..];
    consonant == "l"
        || (matches!(
            consonant,
            "s" | "sh" | "sz" | "z" | "t" | "th" | "ts" | "d" | "dh" | "dz" | "n" | "r"
        ) && next.starts_with(consonant)
            && next.len() > consonant.len() + 1)
}

thread_local! {
    /// [`resolve_ids`]'s list of the tokens to read as variants, reused.
    static VARIANT_QUEUE: std::cell::RefCell<Vec<(usize, Option<MemoSlot>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// A given name is declined or transcribed with the surname after it (`Vladimira
/// Putina`, `Volodimir Zelenszkij`): a capitalised word right before a word read as
/// a variant of a name word, which is itself some name's word (`Vladimira` is a
/// spelling of the city of Vladimir) but does not go on to that word in the
/// dictionary, is read as a variant too when its variant does (`vladimir` +
/// `putin`). The two words then make a name, which is the evidence.
///
/// One step of [`pair_rules`]: the pair of tokens `i - 1` and `i`.
#[inline]
fn declined_together(linker: &Linker, text: &str, folded: &str, toks: &mut [Tok], i: usize) {
    let dict = &linker.dict;
    let (before, next) = (&toks[i - 1], &toks[i]);
    if next.how == How::Same
        || next.id == NONE
        || before.how != How::Same
        || before.id == NONE
        || before.ideograph
    {
        return;
    }
    let gap = folded
        .as_bytes()
        .get(before.folded.end..next.folded.start)
        .unwrap_or(b".");
    if !gap.iter().all(|&b| b == b' ')
        || (before.root != NONE && dict.child(before.root, next.id) != NONE)
    {
        return;
    }
    let original = &text[before.original.clone()];
    let word = folded.get(before.folded.clone()).unwrap_or_default();
    let Some((id, how)) = variant(linker, word, original) else {
        return;
    };
    let root = dict.root(id);
    if id != before.id && root != NONE && dict.child(root, next.id) != NONE {
        toks[i - 1].id = id;
        toks[i - 1].root = root;
        toks[i - 1].how = how;
    }
}

/// A Cyrillic or Greek surname after a given name is transcribed even when, as
/// romanised, it is a word of some other name or the declined form of one (`Κόστα`
/// is `kosta` of `Kosta Rika`, `Монтенегру` an alias of Montenegro): a capitalised
/// Cyrillic or Greek word right after a given name, which does not go on to it in the
/// dictionary, is read as a variant ([`variant_continuing`]) when that variant does
/// (`antonio` + `costa`). The two words then make a name, which is the evidence.
///
/// One step of [`pair_rules`]: the pair of tokens `i - 1` and `i`.
#[inline]
fn surname_together(linker: &Linker, text: &str, folded: &str, toks: &mut [Tok], i: usize) {
    let dict = &linker.dict;
    // Only a word that starts with a Greek or Cyrillic letter (its first byte in
    // UTF-8 is 0xCE to 0xD4) is read: most text is Latin, and this runs on every
    // pair of tokens.
    let first = text.as_bytes().get(toks[i].original.start).copied();
    if !matches!(first, Some(0xCE..=0xD4)) {
        return;
    }
    // (The Arabic article between them, which the gazetteer's name lacks: `Саад ел
    // Харири`, `Мохаммед эль-Барадеи`; [`skipped_article`] walks over it.)
    let b = if i >= 2 && article_between(text, folded, toks, i) {
        i - 2
    } else {
        i - 1
    };
    let (before, next) = (&toks[b], &toks[i]);
    // (A word that is no token is read too: its transcription alone may have tied
    // with another entity's name word, which does not go on from this given name.)
    if matches!(next.how, How::Transcribed(_))
        || next.ideograph
        || before.root == NONE
        || !dict.is_given(before.id)
    {
        return;
    }
    let gap = if b + 1 == i {
        folded
            .as_bytes()
            .get(before.folded.end..next.folded.start)
            .unwrap_or(b".")
    } else {
        b" "
    };
    if !gap.iter().all(|&b| b == b' ') {
        return;
    }
    let original = &text[next.original.clone()];
    if first_case(original) != Case::Upper
        || !matches!(Script::of(original), Some(Script::Cyrillic | Script::Greek))
        || dict.child(before.root, next.id) != NONE
    {
        return;
    }
    let word = folded.get(next.folded.clone()).unwrap_or_default();
    let root = before.root;
    if let Some((id, how)) = variant_continuing(linker, word, original, root) {
        toks[i].id = id;
        toks[i].root = dict.root(id);
        toks[i].how = how;
    }
}

/// True when token `i - 1` is the Arabic article between a word and token `i`, as
/// [`skipped_article`] reads it: a space before it, a hyphen or (`al`, `el`) a space
/// after it, no capital after its first letter, the word after it capitalised.
fn article_between(text: &str, folded: &str, toks: &[Tok], i: usize) -> bool {
    let (prev, t, next) = (&toks[i - 2], &toks[i - 1], &toks[i]);
    if !(2..=4).contains(&t.folded.len()) || t.ideograph || prev.ideograph {
        return false;
    }
    let bytes = text.as_bytes();
    let apart = match bytes.get(t.original.end..next.original.start) {
        Some(b"-") => false,
        Some(b" ") => true,
        _ => return false,
    };
    if bytes.get(prev.original.end..t.original.start) != Some(b" ") {
        return false;
    }
    let (Some(word), Some(after)) = (
        folded.get(t.folded.clone()),
        folded.get(next.folded.clone()),
    ) else {
        return false;
    };
    (!apart || matches!(word, "al" | "el"))
        && !text[t.original.clone()]
            .chars()
            .skip(1)
            .any(char::is_uppercase)
        && first_case(&text[next.original.clone()]) == Case::Upper
        && is_arabic_article_form(word, after)
}

/// The variant of the Cyrillic or Greek `word` (declined, with an ending, or
/// transcribed: [`variant`]'s readings, each tried) that goes on from the trie node
/// `node`, if one does.
fn variant_continuing(
    linker: &Linker,
    word: &str,
    original: &str,
    node: u32,
) -> Option<(u32, How)> {
    let dict = &linker.dict;
    let continues = |id: u32| id != NONE && dict.child(node, id) != NONE;
    let script = Script::of(original)?;
    if !word.is_ascii() {
        return None;
    }
    if script == Script::Cyrillic {
        let (id, kind) = uninflect(linker, word);
        if continues(id) {
            return Some((id, How::Declined(kind)));
        }
    }
    if let Some((id, kind)) = strip_ending(linker, word, script) {
        if continues(id) {
            let how = if script == Script::Greek {
                How::Declined(kind)
            } else {
                How::Inflected(kind)
            };
            return Some((id, how));
        }
    }
    let spelled = if script == Script::Cyrillic {
        super::phonetic::cyrillic_spelling(original, word)
    } else {
        Cow::Borrowed(word)
    };
    // Only the name words that go on from `node` compete: another entity's word
    // that sounds the same (`José`, read `Khose`, for the `Κοτς` of Ali Koç) is no
    // reading of a word that follows this given name, and must not tie with it.
    transcribe_where(linker, &spelled, script, true, continues)
        .map(|(id, kind)| (id, How::Transcribed(kind)))
}

/// Which kana a character is: 1 hiragana, 2 katakana (with the prolonged sound mark),
/// 0 neither (the middle dot `・` separates words: neither).
fn kana(c: char) -> u8 {
    match c as u32 {
        0x3041..=0x309F => 1,
        0x30A0..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => 2,
        _ => 0,
    }
}

/// True when the kana character on one side of byte `at` of `text` (before it when
/// `before`, else after) continues a run of the same kana as the character on the
/// other side.
fn kana_touching(text: &str, at: usize, before: bool) -> bool {
    let (Some(head), Some(tail)) = (text.get(..at), text.get(at..)) else {
        return false;
    };
    let (outside, inside) = if before {
        (head.chars().next_back(), tail.chars().next())
    } else {
        (tail.chars().next(), head.chars().next_back())
    };
    match (outside, inside) {
        (Some(o), Some(i)) => kana(o) != 0 && kana(o) == kana(i),
        _ => false,
    }
}

/// True when token `id` is written starting in lowercase somewhere in the fields.
fn written_in_lowercase(texts: &[FieldText<'_>], id: u32, word: &str) -> bool {
    let (word, len) = (word.as_bytes(), word.len());
    // (An ending is looked for after a word of four letters or more only.)
    let endings = if len >= 4 { 3 } else { 0 };
    texts.iter().any(|ft| {
        let folded = ft.folded.as_str().as_bytes();
        ft.toks.iter().any(|t| {
            // The word itself, or (four letters or more) the word with an ending of
            // up to three letters: `orpoja` says that `Orpo` at a sentence start is
            // the Finnish common word (an orphan), not the surname. Asked of the
            // token first, so the original text is read only for the few that are.
            // (Its length first: `end - start - len - 1` is under 3 for a token one
            // to three bytes longer than the word.)
            (t.id == id
                || ((t.folded.end - t.folded.start).wrapping_sub(len + 1) < endings
                    && folded.get(t.folded.start..t.folded.start + len) == Some(word)))
                && starts_lowercase(&ft.text[t.original.clone()])
        })
    })
}

/// True when the original text between two tokens ends a sentence or opens a quote,
/// a bracket or a dash: the next word is capitalised whatever it is.
fn sentence_break(gap: &str) -> bool {
    gap.chars().any(|c| {
        matches!(
            c,
            '.' | '!'
                | '?'
                | '…'
                | ':'
                | '\n'
                | '"'
                | '“'
                | '”'
                | '„'
                | '«'
                | '»'
                | '¿'
                | '¡'
                | '—'
                | '–'
        )
    })
}

/// The most letters a word in capitals has to be read as an acronym rather than a
/// place's name written in capitals ([`Doc::acronym_of_a_word`]).
const MAX_ACRONYM: usize = 4;

/// [`Doc::person_in_document`]: the word is written after a given name or a title, or
/// before a surname.
const AFTER_GIVEN: u8 = 1;
/// [`Doc::person_in_document`]: the word is written before an age in commas.
const WITH_AGE: u8 = 2;
/// [`Doc::person_in_document`]: the word is written twice in a row, a person's name
/// (`Ahmad Ahmad`), whose other mentions `to` or `from` do not make a place.
const NAME_TWICE: u8 = 4;
/// [`Doc::person_in_document`]: the word is written right before a surname, as a given
/// name (`Milan Adam`), which also sets [`AFTER_GIVEN`].
const BEFORE_SURNAME: u8 = 8;

/// The length of a match score at the start of `s` with the spaces around it, when
/// `s` starts with one (` 2-0 `, ` 1:1 `, ` 3 – 2 `): two numbers of one or two
/// digits joined by a dash or a colon, then a space and a capitalised word.
fn score_at_start(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    let spaces = |i: &mut usize, max: usize| {
        let start = *i;
        while *i < b.len() && b[*i] == b' ' && *i - start < max {
            *i += 1;
        }
        *i - start
    };
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() && *i - start < 3 {
            *i += 1;
        }
        (1..=2).contains(&(*i - start))
    };
    if spaces(&mut i, 1) != 1 {
        return None;
    }
    let first = i;
    if !digits(&mut i) {
        return None;
    }
    let hours: u32 = s[first..i].parse().unwrap_or(u32::MAX);
    spaces(&mut i, 1);
    let rest = &s[i..];
    let dash = ['-', ':', '\u{2013}', '\u{2014}']
        .into_iter()
        .find(|&d| rest.starts_with(d))?;
    i += dash.len_utf8();
    spaces(&mut i, 1);
    let second = i;
    if !digits(&mut i) || spaces(&mut i, 1) != 1 {
        return None;
    }
    // `10:30 Uhr`: a time of day, not a score (`98:87` is one).
    let minutes: u32 = s[second..i].trim_end().parse().unwrap_or(u32::MAX);
    if dash == ':' && i - second == 3 && hours < 24 && minutes < 60 {
        return None;
    }
    s[i..].starts_with(char::is_uppercase).then_some(i)
}

/// Calls `f(p)` for every position `p` of `bytes` that holds a space followed by an
/// ASCII digit, in order. Digits are rare in text: 32 bytes at a time are tested for
/// one, and only the 32 bytes that hold one are read one by one.
fn spaces_before_digits(bytes: &[u8], mut f: impl FnMut(usize)) {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    /// The high bit of each byte of `word` that may be a digit, and of no other: a
    /// digit is the byte `b` with `b ^ b'0' < 10`, and a byte below 10 in `x` sets
    /// its high bit in `(x - 10) & !x` (exact as a test of the eight bytes).
    fn digits(word: &[u8]) -> u64 {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        let x = u64::from_ne_bytes(w) ^ (ONES * u64::from(b'0'));
        x.wrapping_sub(ONES * 10) & !x & (ONES * 0x80)
    }
    let mut visit = |q: usize| {
        if q > 0 && bytes[q].is_ascii_digit() && bytes[q - 1] == b' ' {
            f(q - 1);
        }
    };
    let mut chunks = bytes.chunks_exact(32);
    let mut k = 0;
    for chunk in chunks.by_ref() {
        let any = digits(&chunk[..8])
            | digits(&chunk[8..16])
            | digits(&chunk[16..24])
            | digits(&chunk[24..]);
        if any != 0 {
            (k..k + 32).for_each(&mut visit);
        }
        k += 32;
    }
    (k..bytes.len()).for_each(visit);
}

/// Calls `f(p)` for every position `p` of `bytes` that holds `needle`, in order:
/// eight bytes at a time, and only the bytes found read one by one.
fn positions_of(bytes: &[u8], needle: u8, mut f: impl FnMut(usize)) {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const LOW7: u64 = ONES * 0x7f;
    let mut chunks = bytes.chunks_exact(8);
    let mut k = 0;
    for chunk in chunks.by_ref() {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w) ^ (ONES * u64::from(needle));
        // The high bit of each zero byte of `x`, and of no other: `(x & LOW7) + LOW7`
        // sets a byte's high bit when its low seven bits are not all zero, without a
        // carry into the next byte, and `| x` when its own high bit is set.
        let mut found = !((x & LOW7).wrapping_add(LOW7) | x | LOW7);
        while found != 0 {
            f(k + found.trailing_zeros() as usize / 8);
            found &= found - 1;
        }
        k += 8;
    }
    for (i, &b) in chunks.remainder().iter().enumerate() {
        if b == needle {
            f(k + i);
        }
    }
}

/// True when `s` starts with a Cyrillic capital letter.
fn is_capitalised_cyrillic(s: &str) -> bool {
    // U+0400..=U+052F are written with a first byte 0xD0..=0xD4: any other word
    // (nearly every word of Latin text) is told by its first byte.
    matches!(s.as_bytes().first(), Some(0xD0..=0xD4))
        && s.chars()
            .next()
            .is_some_and(|c| matches!(c as u32, 0x0400..=0x052F) && c.is_uppercase())
}

/// How many words a thread remembers [`variant`]'s answer for (a power of two): a
/// word's slot is chosen by its hash, and a word that falls in a taken slot takes
/// it over (64 bytes each: 4 MiB).
const REMEMBERED: usize = 1 << 16;

/// Longest key ([`Remembered`]) that is remembered; longer words are read each time.
const KEY_BYTES: usize = 55;

/// One remembered answer: the key (the folded word, `\u{1}`, the word as written)
/// and [`variant`]'s answer, in one cache line, so that a word seen before costs one
/// memory access, not a hash table's control bytes, entry and separately allocated key.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Slot {
    answer: Option<(u32, How)>,
    /// 0: an empty slot (no key is empty).
    len: u8,
    key: [u8; KEY_BYTES],
}

const _: () = assert!(std::mem::size_of::<Slot>() == 64);

/// What [`variant`] answered for the words this thread has seen, with the id of the
/// linker that answered (another linker's answers are forgotten): a direct-mapped
/// cache, so every answer is the one [`variant`] gives (a slot holds its whole key).
struct Remembered {
    linker: u64,
    slots: Vec<Slot>,
}

thread_local! {
    static VARIANTS: std::cell::RefCell<Remembered> = const {
        std::cell::RefCell::new(Remembered { linker: 0, slots: Vec::new() })
    };
}

/// The languages of the language-bound acronyms this thread has asked about
/// ([`Doc::acronym_bound`]), by entity and name, with the id of the linker they
/// are of (another linker's are forgotten).
type AcronymLanguages = (u64, HashMap<(u32, u16), AcronymBound, FxBuild>);

/// The languages an acronym alias of an entity with names by language is bound to
/// ([`Doc::acronym_bound`]).
#[derive(Clone, Default)]
struct AcronymBound {
    /// The languages whose press writes it for the body
    /// ([`by_language::languages_of`]).
    listed: Rc<[Box<str>]>,
    /// For the user's own acronym of a body merged with a built-in one: the
    /// languages whose press writes another acronym of the body and not this one
    /// ([`by_language::other_acronym_languages`]), in none of `listed`'s groups.
    against: Rc<[Box<str>]>,
    /// Whether it is the user's own acronym (a name of the user's entity merged with
    /// a built-in one, [`crate::same_entity::Merged::own_names`]).
    own: bool,
}

thread_local! {
    static ACRONYM_LANGUAGES: std::cell::RefCell<AcronymLanguages> =
        std::cell::RefCell::new((0, HashMap::default()));
}

/// The stems of the entities' name words this thread has asked about
/// ([`Doc::name_stems`]), by entity, with the id of the linker they are of (another
/// linker's are forgotten).
type NameStems = (u64, HashMap<u32, Rc<HashSet<String>>, FxBuild>);

thread_local! {
    static NAME_STEMS: std::cell::RefCell<NameStems> =
        std::cell::RefCell::new((0, HashMap::default()));
}

/// The first four letters of `w`: what [`Doc::acronym_defined_otherwise`] compares of
/// a definition's words and an entity's name words.
fn name_stem(w: &str) -> String {
    w.chars().take(4).collect()
}

/// False for a word that [`variant`] answers `None` for without reading it: a
/// lowercase Latin word, a word whose folded form is not ASCII, a lowercase word of
/// more than four letters (only short particles are read in lowercase).
#[inline]
fn may_be_variant(word: &str, original: &str) -> bool {
    // (The case of the first letter first: most words that are no token are
    // lowercase and longer than four letters.)
    // (An ASCII first letter told by its byte here: `first_case` is a call.)
    let lower = match original.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => first_case(original) == Case::Lower,
    };
    !(lower && word.len() > 4) && word.is_ascii() && !(lower && original.is_ascii())
}

/// Where a word's answer is kept in the memo of variants: the key (the folded word,
/// `\u{1}`, the word as written), its length and its slot; `None` for a word too
/// long to be remembered.
#[derive(Clone, Copy)]
struct MemoSlot {
    key: [u8; KEY_BYTES],
    len: u8,
    at: u32,
}

/// The [`MemoSlot`] of a word, after asking the memory system for the slot (a hint:
/// the memo is read later, by [`remembered_variant`]).
#[inline]
fn memo_slot(linker: &Linker, word: &str, original: &str) -> Option<MemoSlot> {
    let len = word.len() + 1 + original.len();
    if len > KEY_BYTES {
        return None;
    }
    let mut key = [0u8; KEY_BYTES];
    key[..word.len()].copy_from_slice(word.as_bytes());
    key[word.len()] = 1;
    key[word.len() + 1..len].copy_from_slice(original.as_bytes());
    let hash = {
        use std::hash::Hasher;
        let mut h = crate::hash::FxHasher::default();
        h.write(&key[..len]);
        h.finish()
    };
    let at = (hash as usize) & (REMEMBERED - 1);
    VARIANTS.with(|memo| {
        if let Ok(memo) = memo.try_borrow() {
            if memo.linker == linker.id {
                super::table::prefetch(&memo.slots, at);
            }
        }
    });
    Some(MemoSlot {
        key,
        len: len as u8,
        at: at as u32,
    })
}

/// [`variant`], each word read once per thread (while it keeps its slot): text
/// repeats the capitalised words that are no name (sentence starts, German nouns, a
/// story's places) and the short function words of other scripts, and reading them
/// by sound is the costly part. `slot` is the word's [`memo_slot`] (`None`: not
/// remembered); the caller has checked [`may_be_variant`].
fn remembered_variant(
    linker: &Linker,
    word: &str,
    original: &str,
    slot: Option<MemoSlot>,
) -> Option<(u32, How)> {
    let Some(MemoSlot { key, len, at }) = slot else {
        return variant(linker, word, original);
    };
    let at = at as usize;
    let known = VARIANTS.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.linker != linker.id || memo.slots.is_empty() {
            memo.linker = linker.id;
            memo.slots.clear();
            if memo.slots.capacity() < REMEMBERED {
                // Read at random, a line per word: on huge pages, so that a read does
                // not also miss the TLB.
                memo.slots = super::table::with_capacity_huge(REMEMBERED);
            }
            memo.slots.resize(
                REMEMBERED,
                Slot {
                    answer: None,
                    len: 0,
                    key: [0; KEY_BYTES],
                },
            );
        }
        let slot = &memo.slots[at];
        (slot.len == len && slot.key == key).then_some(slot.answer)
    });
    if let Some(answer) = known {
        return answer;
    }
    let answer = variant(linker, word, original);
    VARIANTS.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.linker == linker.id {
            if let Some(slot) = memo.slots.get_mut(at) {
                *slot = Slot { answer, len, key };
            }
        }
    });
    answer
}

/// True when the given name `g` (folded, in `-a`) is a man's: one name with its form
/// in `-s` (`luka` and `lukas`) in rigour's given-name groups (see [`Doc::female`]).
fn masculine_in_a(g: &str) -> bool {
    g.len() >= 3 && crate::name_groups::shared_group(g, &format!("{g}s")).is_some()
}

/// The dictionary token a capitalised word that is no token stands for, and how: a
/// Cyrillic word declined from a token ([`uninflect`]); a Latin or Greek word with a
/// case ending on a person's name word ([`strip_ending`]); a Cyrillic or Greek word
/// that sounds like a person's Latin name word ([`transcribe`]).
fn variant(linker: &Linker, word: &str, original: &str) -> Option<(u32, How)> {
    if first_case(original) == Case::Lower {
        return particle(linker, word, original);
    }
    if first_case(original) != Case::Upper || !word.is_ascii() {
        return None;
    }
    let script = Script::of(original)?;
    if script == Script::Cyrillic {
        let (id, kind) = uninflect(linker, word);
        if id != NONE {
            return Some((id, How::Declined(kind)));
        }
        if let Some(id) = bulgarian_article(linker, word, original) {
            return Some((id, How::Declined(EndingKind::Case)));
        }
    }
    let stripped = strip_ending(linker, word, script);
    if let Some((_, EndingKind::Plural)) = stripped {
        // A plural ending is no one (`Туски`, the Tusks); the word as it stands may
        // transcribe a surname that ends so (`Борисов` for Borissov, not the plural
        // of Boris): a reading with the same sounds, no ending removed, wins.
        if let Some((id, None)) = transcribe(linker, &spelling(word, original, script), script) {
            return Some((id, How::Transcribed(None)));
        }
    }
    if let Some((id, kind)) = stripped {
        // Greek declines foreign feminine nouns in -α, places too (`Βενεζουέλας`).
        return Some((
            id,
            if script == Script::Greek {
                How::Declined(kind)
            } else {
                How::Inflected(kind)
            },
        ));
    }
    if script == Script::Latin {
        if let Some((id, kind)) = hungarian_respelling(linker, word) {
            return Some((id, How::Respelled(kind)));
        }
    }
    // A Latin word is read with the letters folding loses spelled out (`Miçotakis`),
    // and must sound exactly like the name word: Latin-script respellings of one name
    // (`Selenskyj`, `Ławrow`, `Putyin`, `Poutine`) differ in letters, not in sounds.
    if script == Script::Latin && word.len() < 4 {
        return None;
    }
    let spelled = spelling(word, original, script);
    if let Some((id, kind)) = transcribe(linker, &spelled, script) {
        // A place's name in its letters with a case ending (`w Waszyngtonie`, `u
        // Parizu`) is a closer reading than a person's name with a case ending that
        // sounds like the word (`Washington`, `Paris`): the case form's evidence
        // decides. (Not a word that sounds like a name as it stands: French
        // `al-Soudani` is al-Sudani, not a case of `Soudan`.)
        if script == Script::Latin && kind.is_some() {
            if let Some(place) = place_case(linker, word, original) {
                return Some(place);
            }
        }
        return Some((id, How::Transcribed(kind)));
    }
    if let Some(id) = exonym(linker, word, script) {
        return Some((id, How::Exonym));
    }
    if script == Script::Latin {
        return place_case(linker, word, original);
    }
    // A Ukrainian or Serbian case ending on a name the data writes in Russian
    // letters (`Мюнхені`, `Грчкој`): the word read in Russian letters, last (a
    // person's name heard in the word as written comes first: `Гроссі`, `Марією`).
    if script == Script::Cyrillic {
        if let Some((id, kind)) = in_russian_letters(linker, original) {
            return Some((id, How::Declined(kind)));
        }
    }
    // A capitalised particle of another script inside a name (the Russian press's
    // `Аль`, `Эль` of Arabic names: `Тамим бен Хамад Аль Тани`; Bulgarian `Фон дер
    // Лайен`); not a word in capitals, which a headline writes for every word.
    let mut letters = original.chars().filter(|c| c.is_alphabetic()).skip(1);
    if letters.any(char::is_lowercase) {
        return particle(linker, word, original);
    }
    None
}

/// True when the capitalised words (and `bin`, `ibn`) that follow token `i`, each
/// after a space, reach the Arabic article written with a capital (`Temim bin Hamad
/// Al Sani`): the name goes on, and a word of it read as Turkish vowels
/// ([`turkish_reading`]) would link a shorter key of a longer name.
fn article_follows(text: &str, folded: &str, toks: &[Tok], i: usize) -> bool {
    for j in i + 1..toks.len().min(i + 6) {
        let (prev, t) = (&toks[j - 1], &toks[j]);
        if folded.get(prev.folded.end..t.folded.start) != Some(" ") {
            return false;
        }
        let word = folded.get(t.folded.clone()).unwrap_or_default();
        let upper = first_case(&text[t.original.clone()]) == Case::Upper;
        if upper && is_arabic_article(word) {
            return true;
        }
        if !upper && !matches!(word, "bin" | "ibn" | "bint") {
            return false;
        }
    }
    false
}

/// True when `text` writes a letter of the Turkish alphabet that no other language
/// of the press writes: dotless `ı`, dotted `İ`, `ğ` (Azerbaijani shares them, and
/// its names the same way). The Turkish Language Association's alphabet (TDK,
/// *Yazım Kılavuzu*).
fn turkish_letters(text: &str) -> bool {
    // ı U+0131, İ U+0130, ğ U+011F, Ğ U+011E: two bytes, the first 0xC4.
    let b = text.as_bytes();
    // Most texts have no 0xC4 byte at all: `contains` finds that a word at a time.
    if !b.contains(&0xC4) {
        return false;
    }
    b.iter()
        .enumerate()
        .any(|(i, &c)| c == 0xC4 && matches!(b.get(i + 1), Some(0x9E | 0x9F | 0xB0 | 0xB1)))
}

/// The person's name token a capitalised Latin word of a Turkish text stands for, read
/// as Turkish writes Arabic and Persian names, and its ending's kind: Turkish writes
/// the short `a` of those names as `e` in most words (its own vowel there: `Enver`
/// for Anwar, `Cemal` for Jamal, `Kemal` for Kamal, `Heysem`-like `ey` for `ai`,
/// `Reisi` for Raisi; TDK's *Yazım Kılavuzu* on names from Arabic and Persian,
/// and the Turkish press's practice), so the word with every `e` read as `a` must
/// sound exactly like a name word ([`transcribe`]), possibly with a case ending.
/// Turkish also writes `h` for `kh` and breaks consonant clusters with a vowel (see
/// the body). The caller asks only in a text with Turkish letters
/// ([`turkish_letters`]).
fn turkish_reading(
    linker: &Linker,
    word: &str,
    original: &str,
) -> Option<(u32, Option<EndingKind>)> {
    if Script::of(original) != Some(Script::Latin) || first_case(original) != Case::Upper {
        return None;
    }
    let spelled = spelling(word, original, Script::Latin);
    if word.len() >= 4 && spelled.contains('e') {
        let read: String = spelled
            .chars()
            .map(|c| if c == 'e' { 'a' } else { c })
            .collect();
        if let Some(found) = transcribe(linker, &read, Script::Latin) {
            return Some(found);
        }
    }
    // Turkish has no `kh`: it writes the sound `h` (Han for Khan, Halid for Khalid,
    // Hodorkovski; TDK's *Yazım Kılavuzu* on names from Arabic, Persian and Russian).
    // A word in `h-` is also the name word in `kh-`, letter for letter (a sound
    // reading would not tell `Han` from any other `-an`).
    if let Some(rest) = spelled.strip_prefix('h') {
        let id = linker.dict.token(&format!("kh{rest}"));
        if id != NONE {
            return Some((id, None));
        }
    }
    // Turkish breaks a cluster of consonants that its syllables do not allow with a
    // high vowel (Sarkisyan for Sargsyan, Armenian Սարգսյան): the word without one
    // `i` or `u` between two consonants must sound exactly like a name word of four
    // consonant classes or more.
    let b = spelled.as_bytes();
    if b.len() >= 6 {
        for i in 2..b.len() - 2 {
            let consonant = |c: u8| c.is_ascii_lowercase() && !b"aeiouy".contains(&c);
            if matches!(b[i], b'i' | b'u') && consonant(b[i - 1]) && consonant(b[i + 1]) {
                let dropped = format!("{}{}", &spelled[..i], &spelled[i + 1..]);
                let classes = super::phonetic::latin_plain(&dropped)
                    .iter()
                    .filter_map(|r| super::phonetic::key(r))
                    .map(super::phonetic::key_classes)
                    .min()
                    .unwrap_or(0);
                if classes >= 4 {
                    if let Some((id, None)) = transcribe(linker, &dropped, Script::Latin) {
                        return Some((id, None));
                    }
                }
            }
        }
    }
    None
}

/// True when a word no rule read may still be a name as Turkish writes it
/// ([`turkish_reading`]): an `e` for the short `a` (four letters or more), an `h`
/// for `kh`, or six letters or more (a vowel breaking a cluster).
fn may_be_turkish_reading(word: &str) -> bool {
    (word.len() >= 4 && word.contains('e')) || word.starts_with('h') || word.len() >= 6
}

/// True when token `id` is a one-word name of places only.
fn only_places(linker: &Linker, id: u32) -> bool {
    let keys = linker.dict.keys(linker.dict.root(id));
    !keys.is_empty() && keys.iter().all(|k| k.entity_kind == Kind::Place)
}

/// The token of a place's one-word name that the Latin word `word` (written
/// `original`) is with a case ending of a language that declines places' names
/// ([`place_case::for_each_base`]: `Berlinie`, `Praze`, `Helsingistä`), and the
/// ending: only a token that names a place in Latin script (Finland's Serbian
/// `Финска` is `finska` romanised, no Latin word: `ve Finsku` is `Finsko`'s), and not
/// as an acronym: the press writes an acronym's case apart (`SAD-a`, `USA:ssa`) or
/// not at all (`v USA`), so `Javi`, a given name, is no case of `JAV`, the United
/// States in Lithuanian.
fn place_case(linker: &Linker, word: &str, original: &str) -> Option<(u32, How)> {
    let dict = &linker.dict;
    // (An ending that names a large place alone wins over one that needs a
    // preposition: Lithuanian `Berlyne` of `Berlynas`, not a Czech `-e` of `Berlyn`.)
    let mut first = None;
    place_case::for_each_base(word, original, &mut |base, ending| {
        let id = dict.token(base);
        if id != NONE
            && dict.keys(dict.root(id)).iter().any(|k| {
                k.entity_kind == Kind::Place
                    && !k.kind.is_acronym()
                    && k.fits_script(super::dict::LATIN)
            })
        {
            if place_case::ending(ending).evidence != place_case::Evidence::Preposition {
                return std::ops::ControlFlow::Break((id, How::PlaceCase(ending)));
            }
            first.get_or_insert((id, How::PlaceCase(ending)));
        }
        std::ops::ControlFlow::Continue(())
    })
    .or(first)
}

/// The country's token that a capitalised word, itself only a word of longer names
/// (and no given name), is in a case form, and how ([`resolve_ids`]): a Latin word
/// with a place's case ending ([`place_case`]: `Ruotsin`, `Deutschlands`), a Cyrillic
/// one declined from a place's name ([`uninflect`]: `Германии`). Only a country's: the
/// genitive of a continent is its adjective in the names it opens (Finnish
/// `Euroopan`, Latvian `Eiropas`, "European"), and a person's name word is no case
/// form of a body's word. Not a genitive in `-s` that opens a sentence before a
/// lowercase word (`bare`), where its capital says nothing and no noun follows it
/// (`Indes hat der Gemeinderat`, "meanwhile", is no genitive of French `Inde`;
/// `Deutschlands Nationalmannschaft` is Germany's).
fn place_reading(linker: &Linker, word: &str, original: &str, bare: bool) -> Option<(u32, How)> {
    if first_case(original) != Case::Upper || !word.is_ascii() || word.len() < 4 {
        return None;
    }
    let dict = &linker.dict;
    let country = |id: u32| {
        dict.keys(dict.root(id)).iter().any(|k| {
            k.entity_kind == Kind::Place
                && !k.kind.is_acronym()
                && linker.places().country_of_some_city(k.entity)
        })
    };
    let found = match Script::of(original)? {
        Script::Latin => place_case(linker, word, original).filter(|&(_, how)| {
            !(bare && matches!(how, How::PlaceCase(e) if place_case::ending(e).ending == "s"))
        }),
        // (A country's name written in Cyrillic, of six letters or more as
        // romanised: a short stem, or a name in Latin letters that a Cyrillic word
        // romanises to, is a surname's as often, `Ла Русса`.)
        Script::Cyrillic => match uninflect(linker, word) {
            (NONE, _) => None,
            (id, kind) => (dict.token_text(id).is_some_and(|base| base.len() >= 6)
                && dict
                    .keys(dict.root(id))
                    .iter()
                    .any(|k| k.entity_kind == Kind::Place && k.fits_script(CYRILLIC)))
            .then_some((id, How::Declined(kind))),
        },
        _ => None,
    };
    found.filter(|&(id, _)| country(id))
}

/// The token of a place's name (five letters or more) that `word` writes as the press
/// of another language does, with or without a case ending: the Russian and
/// Russian-derived `-ov` of a Ukrainian town in `-iv` (Ukrainian `і` in a closed final
/// syllable is an `о` elsewhere: `Харьков`, `Харкова`, `Charków`, `Charkowie`,
/// `Χάρκοβο` for Kharkiv), with `ch` read as `kh` (Polish, Greek). Only a stem in
/// `-ov`/`-ow`, and only a token that names a place. (Doubled consonants written once
/// and a Turkish `h` for `kh` were tried too: with the built-in gazetteer they made
/// German `Rabatt` Rabat, `Sessel` the Seychelles and `Hanna` Ghana.)
fn exonym(linker: &Linker, word: &str, script: Script) -> Option<u32> {
    if word.len() < 5 || !(word.contains("ov") || word.contains("ow")) {
        return None;
    }
    // The word and its stems without a case ending (a place in -ov is a consonant
    // stem: Харькове, Харкові, Charkowie; Greek adds a neuter -ο: Χάρκοβο, -ου).
    let mut stems: Vec<Cow<'_, str>> = vec![Cow::Borrowed(word)];
    match script {
        Script::Cyrillic => {
            for e in CYRILLIC_ENDINGS {
                if let Some(stem) = word.strip_suffix(e) {
                    stems.push(Cow::Borrowed(stem));
                }
            }
        }
        Script::Greek => {
            for e in ["o", "u"] {
                if let Some(stem) = word.strip_suffix(e) {
                    stems.push(Cow::Borrowed(stem));
                }
            }
        }
        Script::Latin => {
            for f in inflect::base_forms(word, script) {
                if f.ending.kind != EndingKind::Plural {
                    stems.push(Cow::Owned(f.base));
                }
            }
        }
    }
    let dict = &linker.dict;
    let mut buf = String::with_capacity(word.len() + 2);
    for stem in &stems {
        if stem.len() < 5 || !respell_place(stem, &mut buf) {
            continue;
        }
        let id = dict.token(&buf);
        if id != NONE
            && dict
                .keys(dict.root(id))
                .iter()
                .any(|k| k.entity_kind == Kind::Place)
        {
            return Some(id);
        }
    }
    None
}

/// `stem`, which must end in `-ov` or `-ow`, with the press's respelling of a
/// Ukrainian place's name undone into `out` ([`exonym`]): the final `-iv`, `ch` as
/// `kh`. False for another stem.
fn respell_place(stem: &str, out: &mut String) -> bool {
    out.clear();
    let Some(body) = stem.strip_suffix("ov").or_else(|| stem.strip_suffix("ow")) else {
        return false;
    };
    out.push_str(&body.replace("ch", "kh"));
    out.push_str("iv");
    true
}

/// True when a Russian word ends in `-и` after a consonant that is soft there (not
/// `к г х ж ш щ ч ц`, after which `-и` is the plural of a hard stem): the
/// genitive, dative or prepositional of a noun in `-ь` (`Роснефти`), not a plural.
fn soft_sign_case(original: &str) -> bool {
    let mut rev = original.chars().rev();
    let (Some(last), Some(before)) = (rev.next(), rev.next()) else {
        return false;
    };
    matches!(last, 'и' | 'И')
        && ('а'..='я').contains(&before.to_lowercase().next().unwrap_or(before))
        && !"аеёиоуыэюяйкгхжшщчцьъ".contains(before.to_lowercase().next().unwrap_or(before))
}

/// The spelling of a word of text to read its sounds from ([`transcribe`]): the
/// folded word with the letters whose sound folding or romanisation loses spelled
/// out ([`super::phonetic::latin_spelling`], [`super::phonetic::cyrillic_spelling`]).
fn spelling<'a>(word: &'a str, original: &str, script: Script) -> Cow<'a, str> {
    match script {
        Script::Latin => super::phonetic::latin_spelling(original, word),
        Script::Cyrillic => super::phonetic::cyrillic_spelling(original, word),
        Script::Greek => Cow::Borrowed(word),
    }
}

/// The token a Latin word written in Hungarian spelling stands for, letter for letter,
/// and the kind of the ending removed if any: Hungarian writes foreign names by
/// their sounds in its own letters (`sz` for s, `s` for sh, `cs` for ch, `zs` for
/// zh: `Roszatom`, `Szíszi`, `Csehov`), so the word with `sz` → `s`, `cs` → `ch`,
/// `zs` → `zh` (and also with a lone `s` → `sh`) may be a name word, or one with a
/// case ending ([`strip_ending`]). Only words with one of these digraphs.
fn hungarian_respelling(linker: &Linker, word: &str) -> Option<(u32, Option<EndingKind>)> {
    if word.len() < 4 || !(word.contains("sz") || word.contains("cs") || word.contains("zs")) {
        return None;
    }
    let (plain, lone_s) = hungarian_letters(word, "s");
    // The same, with each lone `s` read as sh.
    let shibilant = if lone_s {
        hungarian_letters(word, "sh").0
    } else {
        String::new()
    };
    for form in [plain.as_str(), shibilant.as_str()] {
        if form.len() < 4 {
            continue;
        }
        let id = linker.dict.token(form);
        if id != NONE {
            return Some((id, None));
        }
        if let Some((id, kind)) = strip_ending(linker, form, Script::Latin) {
            return Some((id, Some(kind)));
        }
    }
    None
}

/// A Latin word in Hungarian spelling read back letter for letter (`sz` → `s`, `cs` →
/// `ch`, `zs` → `zh`: `alekszandr` → `aleksandr`); `None` without these digraphs.
fn hungarian_read_back(word: &str) -> Option<String> {
    if !(word.contains("sz") || word.contains("cs") || word.contains("zs")) {
        return None;
    }
    Some(hungarian_letters(word, "s").0)
}

/// `word` with Hungarian's digraphs read from left to right (`sz` → `s`, `cs` → `ch`,
/// `zs` → `zh`) and each lone `s` as `lone_s`; and whether there was a lone `s`.
fn hungarian_letters(word: &str, lone_s: &str) -> (String, bool) {
    let b = word.as_bytes();
    let mut out = String::with_capacity(b.len() + 2);
    let mut seen = false;
    let mut i = 0;
    while i < b.len() {
        let (part, n) = match b.get(i..i + 2) {
            Some(b"sz") => ("s", 2),
            Some(b"cs") => ("ch", 2),
            Some(b"zs") => ("zh", 2),
            _ if b[i] == b's' => {
                seen = true;
                (lone_s, 1)
            }
            _ => (&word[i..i + 1], 1),
        };
        out.push_str(part);
        i += n;
    }
    (out, seen)
}

/// The token a Bulgarian noun with its definite article `-ът` stands for
/// (`Бундестагът`, `Парламентът`): Bulgarian marks a masculine noun as definite with
/// the ending, written with `ъ`, which no other Cyrillic language puts at the end of
/// a word today. The stem (four letters or more, romanised) must be a token.
fn bulgarian_article(linker: &Linker, word: &str, original: &str) -> Option<u32> {
    if !original.ends_with("ът") {
        return None;
    }
    let stem = word.strip_suffix("at")?;
    if stem.len() < 4 {
        return None;
    }
    let id = linker.dict.token(stem);
    (id != NONE).then_some(id)
}

/// The token of the name particle that a short Cyrillic or Greek word transcribes
/// (`фон`, `φον` for `von`; `бен` for `bin`), when the dictionary has it: particles
/// are written in lowercase inside a name (`Урсула фон дер Ляйен`), and some with a
/// capital (`Аль Тани`).
fn particle(linker: &Linker, word: &str, original: &str) -> Option<(u32, How)> {
    use super::phonetic;
    if word.len() > 4 || !word.is_ascii() {
        return None;
    }
    let script = Script::of(original).filter(|&s| s != Script::Latin)?;
    // Each reading of a particle, and the particles (their places in the list) read
    // so: a word meets a particle when one of its readings is one of the particle's
    // ([`phonetic::verify`] at distance 0), found by hash, not by comparing.
    type Readings = HashMap<phonetic::Sounds, Vec<usize>>;
    static READINGS: std::sync::OnceLock<Readings> = std::sync::OnceLock::new();
    let particles = crate::name::particles();
    let readings = READINGS.get_or_init(|| {
        let mut map = Readings::new();
        for (i, p) in particles.iter().enumerate().filter(|(_, p)| p.len() >= 2) {
            // The Arabic `bin`, `ibn` (son of) is `бен` in the Russian press's
            // transcription of Arabic names, as in the French press (`ben`), besides
            // `бин`, `ибн` (Russian practical transcription of Arabic, Крачковский's
            // system as the press applies it: Мухаммед бен Сальман, Усама бен Ладен).
            let also: &[&str] = match *p {
                "bin" | "ibn" => &["ben"],
                _ => &[],
            };
            for spelling in std::iter::once(*p).chain(also.iter().copied()) {
                for r in phonetic::latin(spelling) {
                    let at = map.entry(r).or_default();
                    if !at.contains(&i) {
                        at.push(i);
                    }
                }
            }
        }
        map
    });
    let mut meets: Vec<usize> = phonetic::text(word, script)
        .iter()
        .filter_map(|r| readings.get(r))
        .flatten()
        .copied()
        .collect();
    // The first particle of the list that the word meets and the dictionary has.
    meets.sort_unstable();
    meets.dedup();
    meets
        .into_iter()
        .map(|i| particles[i])
        .filter(|&p| p != word)
        .map(|p| linker.dict.token(p))
        .find(|&id| id != NONE)
        .map(|id| (id, How::Transcribed(None)))
}

/// The token of a person's name word that `word` is with a case ending ([`inflect::base_forms`]), and the ending's kind. The stems the word
/// may have are first checked against the dictionary's filter, so a word that is no
/// inflected name word costs a few hashes.
fn strip_ending(linker: &Linker, word: &str, script: Script) -> Option<(u32, EndingKind)> {
    let dict = &linker.dict;
    let bytes = word.as_bytes();
    // A stem of `MIN_STEM - 1` letters when the ending replaced a letter (`Ramy`).
    if bytes.len() < inflect::MIN_STEM {
        return None;
    }
    // The filter holds persons' name words only: Greek words, rare in most text,
    // are looked up whatever they name (Greek declines place names in -α too).
    let filtered = script != Script::Greek;
    // The stems are the word without its last 1 to 6 letters.
    let mut h = super::dict::STEM_SEED;
    let mut any = !filtered;
    for (i, &b) in bytes.iter().enumerate() {
        if any {
            break;
        }
        // A stem, or a stem whose nominative ends in a letter the ending replaced
        // (`Kunderovi` of Kundera, `Kallaksen` of Kallas, `Zelenského` of Zelenský,
        // `Dmytrowi` of Dmytro).
        if i + 1 >= inflect::MIN_STEM
            && i + 6 >= bytes.len()
            && (dict.maybe(h)
                || [b'a', b'y', b's', b'o']
                    .iter()
                    .any(|&r| dict.maybe(super::dict::stem_hash_step(h, r)))
                // (Lithuanian `Pistoriaus` of Pistorius, `Palucko` of Paluckas,
                // `Landsbergio` of Landsbergis, Latvian `Brazausks` of Brazauskas.)
                || [b'u', b'a', b'i', b'y'].iter().any(|&v| {
                    dict.maybe(super::dict::stem_hash_step(
                        super::dict::stem_hash_step(h, v),
                        b's',
                    ))
                })
                // (Lithuanian `Žemaitaičio` of Žemaitaitis, `-džio` of `-dis`.)
                || (matches!(b, b'c' | b'd')
                    && dict.maybe(
                        [if b == b'c' { b't' } else { b'd' }, b'i', b's']
                            .iter()
                            .fold(h, |h, &c| super::dict::stem_hash_step(h, c)),
                    ))
                // (Finnish `Valtosen` of Valtonen.)
                || (b == b's'
                    && dict.maybe(
                        b"nen"
                            .iter()
                            .fold(h, |h, &c| super::dict::stem_hash_step(h, c)),
                    )))
        {
            any = true;
        }
        h = super::dict::stem_hash_step(h, b);
    }
    if !any {
        return None;
    }
    let mut found = None;
    inflect::for_each_base_form(word, script, &mut |base, ending| {
        if !filtered || dict.maybe(super::dict::stem_hash(base.as_bytes())) {
            let id = dict.token(base);
            // (A Greek genitive only a place takes, `Λονδίνου`, `Ρώμης`: the token
            // must be a place's one-word name.)
            if id != NONE
                && inflect::greek_place_only(base, ending)
                && !dict
                    .keys(dict.root(id))
                    .iter()
                    .any(|k| k.entity_kind == Kind::Place)
            {
                return std::ops::ControlFlow::Continue(());
            }
            // A given name in -ia is a name of its own, a woman's, not the genitive
            // of one in -io (`Antonia`, `Maria`, `Julia`); a surname's -ia is
            // (`Bertolia` of Bertolio).
            if id != NONE && ending.ending == "a" && base.ends_with("io") && dict.is_given(id) {
                return std::ops::ControlFlow::Continue(());
            }
            if id != NONE {
                found = Some((id, ending.kind));
                return std::ops::ControlFlow::Break(());
            }
        }
        std::ops::ControlFlow::Continue(())
    });
    found
}

/// The token of the person's Latin name word that the Cyrillic or Greek `word`
/// transcribes, possibly with a case ending (`Шольцем` ~ `Scholz`), and the
/// ending's kind: the candidates are found in the dictionary's sound index by the
/// readings ([`super::phonetic`]) of the word or one of its base forms, and verified
/// on their sounds; the closest one, when no other token is as close.
fn transcribe(linker: &Linker, word: &str, script: Script) -> Option<(u32, Option<EndingKind>)> {
    transcribe_where(linker, word, script, false, |_| true)
}

/// [`transcribe`] among the name words `keep` accepts: only they compete, so a word
/// that another entity's name word sounds like as closely (a tie, which
/// [`transcribe`] leaves unread) is still read where the context admits one of
/// them only (the surname that goes on from the given name before it).
///
/// Where `keep` is such a context (`in_context`), a word of a single consonant class
/// (`Каг` for Kaag, [`super::phonetic::one_class`]), which has no blocking key, is
/// read too, and must sound exactly like the name word.
fn transcribe_where(
    linker: &Linker,
    word: &str,
    script: Script,
    in_context: bool,
    keep: impl Fn(u32) -> bool,
) -> Option<(u32, Option<EndingKind>)> {
    use super::phonetic;
    let dict = &linker.dict;
    let mut forms: Vec<(std::borrow::Cow<'_, str>, Option<EndingKind>)> =
        vec![(std::borrow::Cow::Borrowed(word), None)];
    if word.len() >= 3 {
        for f in inflect::base_forms(word, script) {
            forms.push((std::borrow::Cow::Owned(f.base), Some(f.ending.kind)));
        }
    }
    // Ukrainian and Russian surnames in -enko are Belarusian -enka (Лукашэнка), as
    // the Lithuanian, Polish and Belarusian press write them, declined as names in
    // -a (`Łukaszenki`, `Lukašenkos`): such a form is also read in -enko.
    let belarusian: Vec<_> = forms
        .iter()
        .filter_map(|(f, kind)| {
            let stem = f.strip_suffix("enka")?;
            (stem.len() >= 3).then(|| (std::borrow::Cow::Owned(format!("{stem}enko")), *kind))
        })
        .collect();
    forms.extend(belarusian);
    // A Czech, Slovak or Polish woman's adjectival surname (`Ledecká`, `Kowalska`)
    // is a Russian adjective in the Russian press (`Ледецкая`, `Ледецкую`, whose
    // base form above is the nominative): its `-ская`, `-цкая` is also read as the
    // `-ska`, `-cka` of the name (Ukrainian `Ледецька` and Bulgarian, Serbian
    // `Ледецка` write it so already).
    if script == Script::Cyrillic {
        let adjectival: Vec<_> = forms
            .iter()
            .filter_map(|(f, kind)| {
                let stem = f.strip_suffix("skaya")?;
                (stem.len() >= 3).then(|| (std::borrow::Cow::Owned(format!("{stem}ska")), *kind))
            })
            .collect();
        forms.extend(adjectival);
    }
    // (rank, token, ending kind); `tied`: the other tokens as close. The rank is
    // the distance, then whether an ending was removed: the word as it stands,
    // read exactly as a name word (`Zaharova` ~ `Zakharova`), is not outweighed by
    // one of its base forms that sounds like another name word (`zahara`, by a
    // Czech `-ová`, ~ `Sharaa`).
    let mut best: Option<((u32, bool), u32, Option<EndingKind>)> = None;
    let mut tied: Vec<u32> = Vec::new();
    let mut candidates = Vec::new();
    for (form, kind) in &forms {
        for reading in phonetic::text(form, script) {
            let key = phonetic::key(&reading);
            match key {
                Some(key) if !dict.maybe(super::dict::key_hash(key)) => continue,
                Some(_) => {}
                None if in_context && phonetic::one_class(&reading) => {}
                None => continue,
            }
            // Two consonant classes (`Rutte`, `Olaf`) are little to go on: the
            // sounds must be the same; so must a Latin word's.
            let exact = script == Script::Latin || key.is_none_or(|k| phonetic::key_classes(k) < 3);
            // The name words that may sound so, by hash: never the thousands that
            // share the consonants in a large gazetteer.
            dict.sounding(
                &reading,
                !exact && phonetic::near(&reading),
                &mut candidates,
            );
            for &token in candidates.iter().filter(|&&t| keep(t)) {
                // A Latin word is no respelling of a body's acronym (`Wiens` is no
                // `UNSC`, `Kiews` no `GIEC`): the Latin-script press writes the
                // acronym's letters as they stand, and declines it after them. Another
                // script's press writes it letter for letter (`ОПЕК` for OPEC), so a
                // word that only sounds like it is another acronym (`ОАСК`, a Kyiv
                // court's, is no `OSCE`).
                if acronym_only(dict, token)
                    && (script == Script::Latin
                        || kind.is_some()
                        || !letter_for_letter(form, dict.token_text(token).unwrap_or_default()))
                {
                    continue;
                }
                let closest = |readings: &[phonetic::Sounds]| {
                    readings
                        .iter()
                        .filter(|r| phonetic::key(r) == key)
                        .filter_map(|r| phonetic::verify(&reading, r))
                        .min()
                };
                let d = if script == Script::Latin {
                    closest(&phonetic::latin_plain(
                        dict.token_text(token).unwrap_or_default(),
                    ))
                } else {
                    with_readings(linker, token, closest)
                };
                let Some(d) = d.filter(|&d| d == 0 || !exact) else {
                    continue;
                };
                let d = (d, kind.is_some());
                match best {
                    Some((bd, bt, _)) if d > bd || (d == bd && bt == token) => {}
                    Some((bd, _, _)) if d == bd => {
                        if !tied.contains(&token) {
                            tied.push(token);
                        }
                    }
                    _ => {
                        best = Some((d, token, *kind));
                        tied.clear();
                    }
                }
            }
        }
    }
    let (_, token, kind) = best?;
    if tied.is_empty() {
        return Some((token, kind));
    }
    tied.push(token);
    one_names_entities(linker, word, &tied).map(|t| (t, kind))
}

/// True when every name that is the token `token` alone is written as an acronym
/// (`UNSC`, `GIEC`, `NATO`), and there is one.
fn acronym_only(dict: &super::dict::Dictionary, token: u32) -> bool {
    let keys = dict.keys(dict.root(token));
    !keys.is_empty()
        && keys
            .iter()
            .all(|k| matches!(k.kind, KeyKind::AcronymAlias | KeyKind::AcronymDerived))
}

/// True when the romanised word `word` writes the acronym `acronym` letter for
/// letter, `c`, `k` and `q` being one letter (`opek` for `opec`), as a press that
/// writes an acronym in its own letters does.
fn letter_for_letter(word: &str, acronym: &str) -> bool {
    let hard = |b: u8| matches!(b, b'c' | b'k' | b'q');
    word.len() == acronym.len()
        && word
            .bytes()
            .zip(acronym.bytes())
            .all(|(a, b)| a == b || (hard(a) && hard(b)))
}

/// How many name words' readings a thread remembers ([`with_readings`]; a power of
/// two): a token's slot is its id's low bits.
const READINGS_REMEMBERED: usize = 1 << 12;

/// A thread's remembered readings of name words: the linker they are of
/// ([`Linker`]'s id), then per slot the token and its readings (`NONE`: empty).
type RememberedReadings = (u64, Vec<(u32, Vec<super::phonetic::Sounds>)>);

thread_local! {
    static READINGS: std::cell::RefCell<RememberedReadings> =
        const { std::cell::RefCell::new((0, Vec::new())) };
}

/// `f` of the readings of the name word `token`
/// ([`Dictionary::readings`](super::dict::Dictionary::readings)), worked out once
/// while the token keeps its slot of this thread's memo: the same surnames and given
/// names are read again for every word that may transcribe them. (Asked again from
/// inside `f`, the readings are worked out afresh.)
fn with_readings<R>(
    linker: &Linker,
    token: u32,
    f: impl FnOnce(&[super::phonetic::Sounds]) -> R,
) -> R {
    READINGS.with(|memo| {
        let Ok(mut memo) = memo.try_borrow_mut() else {
            return f(&linker.dict.readings(token));
        };
        if memo.0 != linker.id || memo.1.is_empty() {
            memo.0 = linker.id;
            memo.1.clear();
            memo.1.resize(READINGS_REMEMBERED, (NONE, Vec::new()));
        }
        let slot = &mut memo.1[token as usize & (READINGS_REMEMBERED - 1)];
        if slot.0 != token || token == NONE {
            *slot = (token, linker.dict.readings(token));
        }
        f(&slot.1)
    })
}

/// Of tokens that sound alike (`putin` and `poutine` for Hungarian `Putyin`), the one
/// spelled closest to `word` (then the lowest id), when every one of them is a name
/// word of the same entities (two aliases of one person's surname) and of at least
/// one: choosing among them then changes nothing. `None` otherwise: sounds that are
/// two people's names (`Meier`, `Maier`) name neither.
fn one_names_entities(linker: &Linker, word: &str, tokens: &[u32]) -> Option<u32> {
    let dict = &linker.dict;
    let entities = |t: u32| -> Vec<u32> {
        let mut e: Vec<u32> = dict.keys(dict.root(t)).iter().map(|k| k.entity).collect();
        e.sort_unstable();
        e.dedup();
        e
    };
    let first = entities(tokens[0]);
    if first.is_empty() || tokens[1..].iter().any(|&t| entities(t) != first) {
        return None;
    }
    tokens.iter().copied().min_by_key(|&t| {
        let text = dict.token_text(t).unwrap_or_default();
        (
            super::phonetic::distance(word.as_bytes(), text.as_bytes()),
            t,
        )
    })
}

/// The token a Ukrainian, Serbian or Macedonian word declines, read in the Russian
/// letters of its sounds ([`super::russian_letters`]), with what its ending says: a
/// name the data writes in letters that language shares with Russian (`Мюнхен`,
/// `Грчка`) takes that language's endings (`Мюнхені`, `Грчкој`), and the word as
/// written folds by another system than the name. `None` for a word with no such
/// letter or whose reading declines nothing. (Out of line: its callers are on the
/// path of every word, it is asked of few.)
#[inline(never)]
fn in_russian_letters(linker: &Linker, original: &str) -> Option<(u32, EndingKind)> {
    let read = super::russian_letters::russian_letters(original)?;
    let folded = linker.folder.fold(&read);
    match uninflect(linker, &folded) {
        (NONE, _) => None,
        (id, kind) => Some((id, kind)),
    }
}

/// True when token `t`, declined ([`How::Declined`]), was read in Russian letters
/// ([`in_russian_letters`]): its own letters decline to no token or another.
fn read_in_russian_letters(linker: &Linker, word: &str, original: &str, t: &Tok) -> bool {
    matches!(t.how, How::Declined(_))
        && super::russian_letters::russian_letters(original).is_some()
        && uninflect(linker, word).0 != t.id
}

/// Case endings of Russian (and other Cyrillic-script) nouns, romanised as the folded
/// view writes them, longest first.
const CYRILLIC_ENDINGS: &[&str] = &[
    "ogo", "omu", "ami", "yami", "akh", "yakh", "ii", "om", "oy", "ey", "em", "ym", "im", "yu",
    "ya", "iu", "ia", "u", "e", "y", "i", "a",
];

/// Nominative endings tried in place of a case ending.
const NOMINATIVE_ENDINGS: &[&str] = &["", "a", "ya", "iya", "o", "y", "iy"];

/// The token id of an inflected Cyrillic word (`Венесуэлу`, `Николаса`, `Каракасе`)
/// whose nominative is a token of some name, or [`NONE`], and what the ending says
/// (a plural, a man's consonant-stem case, another case). Names in the gazetteer are
/// in the nominative; news text declines them. Of several nominatives that are tokens,
/// the longest: `России` is `Россия`, not a `Росс` some place name holds.
fn uninflect(linker: &Linker, folded: &str) -> (u32, EndingKind) {
    let mut buf = String::with_capacity(folded.len() + 3);
    let (mut best, mut best_len) = (NONE, 0);
    let mut kind = EndingKind::Case;
    for ending in CYRILLIC_ENDINGS {
        let Some(stem) = folded.strip_suffix(ending) else {
            continue;
        };
        if stem.chars().count() < 3 {
            continue;
        }
        // A final `y` or `i` after a vowel is `й` (Russian `Ираклий`, Ukrainian
        // `Іраклій`: `irakliy`, `iraklii`), the end of a nominative (the press's
        // `-ий` for a foreign given name in -i: Georgian Irakli), not the plural `ы`,
        // `и` of the word before it: the word is read as it stands ([`transcribe`]).
        // (Not after `y`, which may be the vowel `ы`: Belarusian `Ірландыі`.)
        let after_vowel = stem
            .as_bytes()
            .last()
            .is_some_and(|&b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u'));
        for nominative in NOMINATIVE_ENDINGS {
            if nominative == ending
                || (nominative.is_empty() && matches!(*ending, "y" | "i") && after_vowel)
            {
                continue;
            }
            buf.clear();
            buf.push_str(stem);
            buf.push_str(nominative);
            let id = linker.dict.token(&buf);
            // Only a nominative that is a name in Cyrillic or Latin script (`Киеве`
            // is `Киев`, not the `kievo` of Greek `Κίεβο`).
            let keys = linker.dict.keys(linker.dict.root(id));
            let fits = keys.is_empty() || keys.iter().any(|k| k.fits_script(CYRILLIC));
            if id != NONE && fits && buf.len() > best_len {
                (best, best_len) = (id, buf.len());
                // A Slavic woman's surname in -ова/-ева declines as an adjective
                // (`Георгиевой`): `Георгиевы`, Bulgarian `Георгиеви` are the family,
                // `Георгиеве` a man's case of `Георгиев`.
                let adjectival =
                    *nominative == "a" && (stem.ends_with("ov") || stem.ends_with("ev"));
                kind = match (*ending, *nominative) {
                    ("ami" | "yami" | "akh" | "yakh", _) | ("y" | "i", "") => EndingKind::Plural,
                    ("y" | "i", _) if adjectival => EndingKind::Plural,
                    ("e", _) if adjectival => EndingKind::Masculine,
                    // (Ukrainian я, ю after a consonant are `ia`, `iu`: `Маріуполя`.)
                    ("a" | "u" | "om" | "em" | "e" | "ya" | "yu" | "ia" | "iu", "") => {
                        EndingKind::Masculine
                    }
                    _ => EndingKind::Case,
                };
            }
        }
    }
    (best, kind)
}

/// Asks the memory system for what [`find_candidates`] will read about the tokens
/// ahead of token `i`: the nodes of the tokens ahead are far apart in a large
/// dictionary, so they are asked for before they are needed (see [`resolve_ids`]),
/// then, once their row bounds have had time to arrive, the edge to the next token.
/// A hint: no effect on results.
#[inline]
fn prefetch_walk(dict: &super::dict::Dictionary, ft: &FieldText<'_>, i: usize) {
    let toks = &ft.toks;
    if let Some(ahead) = toks.get(i + LOOKAHEAD) {
        if ahead.root != NONE {
            // Only what the walk will read: the keys of a word that may be a
            // one-word name, the children of a word that some word follows (the
            // root's facts say whether there are any).
            let facts = ahead.root_facts(dict);
            let keys = facts.has_keys()
                && (ahead.ideograph || !starts_lowercase_at(ft.text, &ahead.original));
            let children =
                facts.has_children() && toks.get(i + LOOKAHEAD + 1).is_some_and(|t| t.id != NONE);
            dict.prefetch_node(ahead.root, keys, children);
        }
    }
    if let (Some(ahead), Some(next)) =
        (toks.get(i + LOOKAHEAD / 2), toks.get(i + LOOKAHEAD / 2 + 1))
    {
        if ahead.root_facts(dict).has_children() {
            dict.prefetch_child(ahead.root, next.id);
        }
    }
}

/// Walks every token position through the trie and records each span that ends a key.
fn find_candidates(linker: &Linker, ft: &FieldText<'_>, fi: usize, out: &mut Vec<Cand>) {
    let dict = &linker.dict;
    let toks = &ft.toks;
    let folded = ft.folded.as_str();
    let prefetch = dict.prefetch_pays();
    for i in 0..toks.len() {
        if prefetch {
            prefetch_walk(dict, ft, i);
        }
        // A word read as a place's case form is the first word of the longer names
        // it is a word of too ([`Tok::spelled`]).
        if toks[i].spelled != NONE {
            walk_from(dict, ft, fi, i, dict.root(toks[i].spelled), out);
        }
        // `O.N.U.`, `U.S.`: the letters of a dotted acronym joined are a word of the
        // dictionary (`ONU`).
        if toks[i].folded.len() == 1 && folded.as_bytes().get(toks[i].folded.end) == Some(&b'.') {
            if let Some(c) = dotted_acronym(linker, ft, fi, i) {
                out.push(c);
            }
        }
        let mut node = toks[i].root;
        // The root's facts, from the token table: a word that ends no key and starts
        // no longer one (most words of a text) reads no row of the trie.
        let root = toks[i].root_facts(dict);
        if node == NONE || !(root.has_keys() || root.has_children()) {
            continue;
        }
        let mut j = i;
        // A one-word span must be capitalised whatever its key (`un mango maduro`):
        // lowercase ones are not even candidates.
        let lower = !toks[i].ideograph && starts_lowercase_at(ft.text, &toks[i].original);
        if lower && !root.has_children() {
            continue;
        }
        // A name in kana matches a whole run of its kana (katakana words are written
        // as one run): `フィ` is not a name inside `フィリピン`.
        let kana_before = toks[i].ideograph && kana_touching(ft.text, toks[i].original.start, true);
        let mut span_script: Option<u16> = None;
        while node != NONE {
            let one_lowercase_word = lower && j == i;
            let inside_kana = || {
                kana_before
                    || (toks[j].ideograph && kana_touching(ft.text, toks[j].original.end, false))
            };
            let has_keys = if j == i {
                root.has_keys()
            } else {
                !dict.keys(node).is_empty()
            };
            if !one_lowercase_word && has_keys && !inside_kana() {
                let script = *span_script
                    .get_or_insert_with(|| word_script_bit(&ft.text[toks[i].original.clone()]));
                let all_fit = if j == i {
                    root.all_fit(script)
                } else {
                    dict.all_fit(node, script)
                };
                if all_fit || dict.keys(node).iter().any(|k| k.fits_script(script)) {
                    out.push(Cand {
                        field: fi,
                        start: i,
                        end: j + 1,
                        node,
                        script,
                    });
                }
            }
            if j == i && !root.has_children() {
                break;
            }
            j += 1;
            // The Arabic article the gazetteer's name lacks (`Saad al-Hariri` for Saad
            // Hariri): the walk steps over it to the word after it.
            if j + 1 < toks.len() && j - i + 1 < MAX_KEY_TOKENS {
                if let Some(after) = skipped_article(dict, ft, node, j) {
                    j += 1;
                    node = after;
                    continue;
                }
            }
            node = next_node(dict, ft, i, j, node);
        }
    }
}

/// The trie node after `node` by token `j` in a walk that started at token `i`
/// ([`find_candidates`], [`walk_from`]): [`NONE`] past the field's end or
/// [`MAX_KEY_TOKENS`], at a word that is no token, or across a gap that no name spans
/// (a sentence's end but an abbreviation's dot).
#[inline(always)]
fn next_node(
    dict: &super::dict::Dictionary,
    ft: &FieldText<'_>,
    i: usize,
    j: usize,
    node: u32,
) -> u32 {
    let toks = &ft.toks;
    // (A word that is no token goes on from no node: most words after a function
    // word that some name starts with. Its gap is not read.)
    if j >= toks.len() || j - i >= MAX_KEY_TOKENS || toks[j].id == NONE {
        return NONE;
    }
    let folded = ft.folded.as_str();
    let gap = &folded[toks[j - 1].folded.end..toks[j].folded.start];
    if !joinable_gap(gap)
        || (ends_sentence(gap) && !abbreviation(&folded[toks[j - 1].folded.clone()]))
    {
        return NONE;
    }
    child_of(dict, node, &toks[j])
}

/// The trie node after `node` by the word after token `j`, when token `j` is the
/// Arabic article written before a name word that the gazetteer's name writes without
/// it (`Saad al-Hariri`, `Саад ел Харири`, `Μοχάμεντ Ελ Μπαραντέι` for Saad Hariri or
/// Mohamed Baradei): inside a name (a word of it before, from which `node` goes on),
/// a vowel and `l` or a sun letter's consonants ([`is_arabic_article_form`]), joined
/// to a capitalised word by a hyphen, or, `al` and `el` only, written apart from it,
/// with no capital after its first letter (`US-Senat`); the name goes on from `node`
/// by that word, and not by the article itself (rule of the name's other words).
fn skipped_article(
    dict: &super::dict::Dictionary,
    ft: &FieldText<'_>,
    node: u32,
    j: usize,
) -> Option<u32> {
    let (t, next) = (&ft.toks[j], &ft.toks[j + 1]);
    if next.id == NONE
        || !article_between(ft.text, ft.folded.as_str(), &ft.toks, j + 1)
        || (t.id != NONE && child_of(dict, node, t) != NONE)
    {
        return None;
    }
    let after = child_of(dict, node, next);
    (after != NONE).then_some(after)
}

/// The trie node after `node` by the word of token `t`: by its own token where it
/// was read as another ([`Tok::spelled`]: a longer name's word, not the place's case
/// form, `South African` is no `South Africa`), else by its reading.
#[inline]
fn child_of(dict: &super::dict::Dictionary, node: u32, t: &Tok) -> u32 {
    dict.child(node, if t.spelled != NONE { t.spelled } else { t.id })
}

/// The candidates of two words or more that start at token `i` from trie node
/// `node` (the word's own token's, [`Tok::spelled`]), as [`find_candidates`] walks.
fn walk_from(
    dict: &super::dict::Dictionary,
    ft: &FieldText<'_>,
    fi: usize,
    i: usize,
    mut node: u32,
    out: &mut Vec<Cand>,
) {
    let toks = &ft.toks;
    let mut j = i;
    let script = word_script_bit(&ft.text[toks[i].original.clone()]);
    while node != NONE {
        if j > i
            && !dict.keys(node).is_empty()
            && (dict.all_fit(node, script) || dict.keys(node).iter().any(|k| k.fits_script(script)))
        {
            out.push(Cand {
                field: fi,
                start: i,
                end: j + 1,
                node,
                script,
            });
        }
        j += 1;
        node = next_node(dict, ft, i, j, node);
    }
}

/// The candidate of a dotted acronym starting at token `i` (`O.N.U.`, `E.U.A`): two
/// to ten single letters each followed by a dot with no space, whose letters joined
/// are an acronym of the dictionary (`ONU`), and which no capitalised word follows
/// (`J.R. Smith` is a person's initials, not the acronym `JR`).
fn dotted_acronym(linker: &Linker, ft: &FieldText<'_>, fi: usize, i: usize) -> Option<Cand> {
    let folded = ft.folded.as_str();
    let toks = &ft.toks;
    let letter = |t: &Tok| !t.ideograph && t.folded.len() == 1;
    let mut joined = String::new();
    let mut j = i;
    while j < toks.len() && j - i < 10 && letter(&toks[j]) {
        if j > i && folded.get(toks[j - 1].folded.end..toks[j].folded.start) != Some(".") {
            break;
        }
        joined.push_str(&folded[toks[j].folded.clone()]);
        j += 1;
    }
    if j - i < 2 {
        return None;
    }
    if let Some(next) = toks.get(j) {
        let gap = ft.text.get(toks[j - 1].original.end..next.original.start)?;
        let spaces = gap.trim_start_matches('.').chars().all(char::is_whitespace);
        if spaces && !next.ideograph && first_case_at(ft.text, &next.original) == Case::Upper {
            return None;
        }
    }
    let dict = &linker.dict;
    let node = dict.root(dict.token(&joined));
    let script = word_script_bit(&ft.text[toks[i].original.clone()]);
    dict.keys(node)
        .iter()
        .any(|k| k.kind.is_acronym() && k.fits_script(script))
        .then_some(Cand {
            field: fi,
            start: i,
            end: j,
            node,
            script,
        })
}

/// True when the folded acronym `acr` is made of the starts of `words`, in order: each
/// word gives its first letters (at least one; a function word may give none), and
/// nothing is left over (`fp`, `fope` of `foro penal`; not `oask` of `kyieva`).
fn acronym_fits(acr: &str, words: &[&str]) -> bool {
    fn fits(acr: &[char], words: &[&str]) -> bool {
        let Some((word, rest)) = words.split_first() else {
            return acr.is_empty();
        };
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphanumeric()).collect();
        if is_stopword(word) && fits(acr, rest) {
            return true;
        }
        (1..=letters.len().min(acr.len()))
            .take_while(|&n| acr[n - 1] == letters[n - 1])
            .any(|n| fits(&acr[n..], rest))
    }
    let acr: Vec<char> = acr.chars().collect();
    words.len() <= 12 && fits(&acr, words)
}

/// True when the folded word is the plural of a division's noun that English names
/// after its seat, before a list of such divisions (`counties`, `provinces`,
/// `prefectures`, `governorates`, `oblasts`; not `boroughs`, `parishes`, whose
/// namesakes are the places themselves: `the boroughs of Manhattan and Brooklyn`).
fn is_division_plural(folded: &str) -> bool {
    matches!(
        folded,
        "counties" | "provinces" | "prefectures" | "governorates" | "oblasts"
    )
}

/// True when `acr` is written as an acronym: in capitals (`ISIL`), or starting with
/// one, with two capitals or more and no two lowercase letters in a row, the
/// lowercase ones the initials of a connector (`TfL`, Transport for London; `AfD`,
/// `PdL`): not a word in brackets (`(Reuters)`, `(pictured)`).
fn acronym_cased(acr: &str) -> bool {
    let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
    letters.first().is_some_and(|c| c.is_uppercase())
        && letters.iter().filter(|c| c.is_uppercase()).count() >= 2
        && !letters
            .windows(2)
            .any(|w| w[0].is_lowercase() && w[1].is_lowercase())
}

/// [`starts_lowercase`] of `text[range]`, told by its first byte when that is ASCII
/// (without making the slice). Always inlined: the trie walk asks it of every word
/// that starts a key or a longer one, and the call cost more than the test.
#[inline(always)]
fn starts_lowercase_at(text: &str, range: &Range<usize>) -> bool {
    match text.as_bytes().get(range.start) {
        Some(b) if b.is_ascii() && range.start < range.end => b.is_ascii_lowercase(),
        _ => starts_lowercase_not_ascii(&text[range.clone()]),
    }
}

/// [`starts_lowercase`], out of line (see [`starts_lowercase_at`]).
#[inline(never)]
fn starts_lowercase_not_ascii(s: &str) -> bool {
    starts_lowercase(s)
}

/// True when the Cyrillic word `s` is an acronym in capitals (two letters or more)
/// with a case ending of one or two lowercase letters written onto it (`ЦЕРНе`,
/// `МИДа`).
fn cyrillic_acronym_with_ending(s: &str) -> bool {
    let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    let capitals = s
        .chars()
        .take_while(|&c| cyrillic(c) && c.is_uppercase())
        .count();
    let rest: Vec<char> = s.chars().skip(capitals).collect();
    capitals >= 2
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|&c| cyrillic(c) && c.is_lowercase())
}

/// True when `s` starts with a lowercase letter.
#[inline]
fn starts_lowercase(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => s.chars().next().is_some_and(char::is_lowercase),
    }
}

/// True when the folded text between two tokens may sit inside one name: spaces, a
/// hyphen, an apostrophe, dots of initials, the comma of an inverted name, the middle
/// dot of transcribed names; never a line break.
#[inline]
fn joinable_gap(gap: &str) -> bool {
    // One space, the gap between most words, without reading it as characters.
    if gap.as_bytes() == b" " {
        return true;
    }
    gap.len() <= 4
        && gap.matches(',').count() <= 1
        && gap
            .chars()
            .all(|c| matches!(c, ' ' | '.' | ',' | '-' | '\'' | '·' | '・' | '‧' | '•'))
}

/// True when a gap between two tokens is a full stop and a space: the end of a
/// sentence, unless the word before it is an abbreviation ([`abbreviation`]).
fn ends_sentence(gap: &str) -> bool {
    gap.starts_with('.') && gap.ends_with(' ')
}

/// True when a folded word may be an abbreviation whose dot does not end a sentence
/// inside a name (`N.`, `St.`, `Jr.`, `Wm.`): at most three letters. A longer word
/// before `. ` ends a sentence, so `Pappas. Nikos` is not the name `Pappas Nikos`.
fn abbreviation(word: &str) -> bool {
    word.chars().nth(3).is_none()
}

/// True when a folded word has the shape of an East Slavic patronymic (`Владимирович`,
/// `Александровна`, `Ильич`-type forms excepted): a middle name, never a surname.
fn is_patronymic(word: &str) -> bool {
    ["ovich", "evich", "ovna", "evna", "ichna"]
        .iter()
        .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
}

/// How `s` starts (capital, lowercase, uncased) and whether all its cased letters are
/// capitals (at least one).
fn case_of(s: &str) -> (Case, bool) {
    let mut chars = s.chars();
    let first = match chars.next() {
        Some(c) if c.is_uppercase() => Case::Upper,
        Some(c) if c.is_lowercase() => Case::Lower,
        _ => Case::None,
    };
    let mut any_upper = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return (first, false);
        }
        any_upper |= c.is_uppercase();
    }
    (first, any_upper)
}

/// `c.is_alphabetic()`, the basic Cyrillic and Greek letters told by range (those
/// [`first_case`] reads so) without the Unicode table's search.
#[inline]
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(c as u32, 0x0410..=0x044F | 0x0391..=0x03A1 | 0x03A3..=0x03A9 | 0x03B1..=0x03C9)
        || c.is_alphabetic()
}

/// Headline style: most content words capitalised, or no lowercase letter at all.
fn is_title_case(ft: &FieldText<'_>) -> bool {
    /// Words read: the first words tell, a headline or an all-caps text shows it at once.
    const WORDS: usize = 60;
    let mut upper = 0usize;
    let mut lower = 0usize;
    let mut any_lower = false;
    for (n, (n_tok, t)) in ft
        .toks
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.ideograph)
        .take(WORDS)
        .enumerate()
    {
        let case = first_case_at(ft.text, &t.original);
        if case == Case::None {
            continue;
        }
        any_lower |= case == Case::Lower;
        let f = &ft.folded.as_str()[t.folded.clone()];
        // (A token's word-list facts, when known, say that it is no function word
        // and so no stop word, without a look-up; a word of five bytes or more has
        // two characters.)
        let facts = ft.flags.get(n_tok).map_or(0, std::cell::Cell::get);
        let function = facts & facts::KNOWN == 0 || facts & facts::FUNCTION != 0;
        if (f.len() < 5 && f.chars().nth(1).is_none()) || (function && is_stopword(f)) {
            continue;
        }
        match case {
            Case::Lower => lower += 1,
            Case::Upper => upper += 1,
            Case::None => {}
        }
        // Decided once lowercase words outnumber even the capitals that the words
        // left to read could add (running prose, after a dozen words or so).
        if any_lower && lower * 5 > upper + (WORDS - 1 - n) {
            return false;
        }
    }
    (upper > 0 && !any_lower) || (upper >= 3 && lower * 5 <= upper)
}

/// [`first_case`] of `text[range]` (a token's), an ASCII first letter told by its
/// byte without slicing the text.
#[inline]
fn first_case_at(text: &str, range: &Range<usize>) -> Case {
    match text.as_bytes().get(range.start) {
        Some(b'A'..=b'Z') if range.start < range.end => Case::Upper,
        Some(b'a'..=b'z') if range.start < range.end => Case::Lower,
        Some(b) if b.is_ascii() && range.start < range.end => Case::None,
        _ => first_case(&text[range.clone()]),
    }
}

/// How `s` starts: the first element of [`case_of`], without reading further.
#[inline]
fn first_case(s: &str) -> Case {
    let c = match s.as_bytes().first() {
        // (An ASCII letter's case is its range: what `is_uppercase` says of it.)
        Some(b'A'..=b'Z') => return Case::Upper,
        Some(b'a'..=b'z') => return Case::Lower,
        Some(&b) if b.is_ascii() => return Case::None,
        _ => match s.chars().next() {
            Some(c) => c,
            None => return Case::None,
        },
    };
    // The basic Cyrillic and Greek letters, most letters of those scripts' text, by
    // range (what `is_uppercase` and `is_lowercase` say of them, without their tables).
    match c as u32 {
        0x0410..=0x042F | 0x0391..=0x03A1 | 0x03A3..=0x03A9 => return Case::Upper,
        0x0430..=0x044F | 0x03B1..=0x03C9 => return Case::Lower,
        _ => {}
    }
    if c.is_uppercase() {
        Case::Upper
    } else if c.is_lowercase() {
        Case::Lower
    } else {
        Case::None
    }
}

/// What the name word lists say about a token.
#[derive(Debug, Clone, Copy)]
struct Word {
    /// A stop word or name particle (`de`, `the`, `van`).
    function: bool,
    /// An honorific or role word (`Sr.`, `presidente`).
    honorific: bool,
}

/// The state of one document being linked.
struct Doc<'a> {
    linker: &'a Linker,
    texts: Vec<FieldText<'a>>,
    linked: Vec<Linked>,
    /// Entities named in full (pass A) anywhere in the document.
    named: HashSet<u32, FxBuild>,
    /// Whether the document also writes a dictionary token starting in lowercase
    /// (`es`, `dass`, `vine`: common words, whatever a capital at the start of a
    /// sentence says), for the tokens asked about so far.
    lowercase: std::cell::RefCell<HashMap<u32, bool, FxBuild>>,
    /// Per token id: whether the document writes it after a given name or a title
    /// ([`Doc::surname_in_document`]), and whether before an age in commas
    /// ([`Doc::aged_in_document`]): bits [`AFTER_GIVEN`] and [`WITH_AGE`].
    surnames: std::cell::RefCell<HashMap<u32, u8, FxBuild>>,
    /// Per token id: the US states (bit `index`, of [`place::us_states`]) the document
    /// writes right after the word, `Alexandria, Virginia` ([`Doc::states_in_document`]),
    /// and the countries it writes as the word's owner, `the UK's Kent`
    /// ([`Doc::owners_in_document`]).
    states: std::cell::RefCell<HashMap<u32, (u64, Vec<u32>), FxBuild>>,
    /// Short-form keys (trie nodes) that the document uses for someone else: a
    /// surname after a contradicting given name (`Carlos González`) or inside a
    /// longer unknown name (`Ana Maduro Pérez`). They stay unlinked elsewhere in the
    /// document, as the surname of an entity would be ambiguous there.
    claimed: HashSet<u32, FxBuild>,
    /// Short-form keys claimed only by a capitalised word after one of their spans
    /// ([`Doc::claimed_only_after`]): still the surname of a person named in full.
    claimed_after: HashSet<u32, FxBuild>,
    /// The document's language (a bit of [`place::detect_language`]), worked out on
    /// first use.
    language: std::cell::OnceCell<u8>,
    /// The function-word languages of the document's first words
    /// ([`place_case::marker_masks`]), worked out on first use.
    markers: std::cell::OnceCell<Vec<u16>>,
    /// The languages its letters say the document may be written in
    /// ([`place_case::letter_languages`]), worked out on first use.
    letters: std::cell::OnceCell<u16>,
    /// The document's language as whatlang guesses it ([`language::detect`]), worked
    /// out on first use.
    iso_language: std::cell::OnceCell<Option<&'static str>>,
    /// One-word place names that are common words of the document's language, with no
    /// preposition of place before them: linked at the end if a place or their
    /// country is named near them ([`Doc::link_proven_places`]).
    unproven: std::cell::RefCell<Vec<Linked>>,
    /// One-word names of towns ([`place::PlaceFacts::needs_evidence`]) with no
    /// evidence of their own: linked at the end if a place or their country is named
    /// near them, or the document names the same town with evidence
    /// ([`Doc::link_proven_places`]).
    unproven_towns: std::cell::RefCell<Vec<Linked>>,
    /// Cities' names read as their regions' ([`Doc::listed_among_regions`]): not
    /// linked, but names of a list of places, which proves the towns and regions
    /// listed with them ([`Doc::link_proven_towns`]).
    listed_regions: std::cell::RefCell<Vec<Linked>>,
    /// Token ids of cities' one-word names that the document writes as a listed
    /// possession (`Japan's Toyota`, [`Doc::listed_possession`]): a thing's name there
    /// and in the later mentions no preposition of place is before, and no common word
    /// of them set aside is linked by a place named near it
    /// ([`Doc::link_proven_places`]).
    possessions: std::cell::RefCell<Vec<u32>>,
    /// Token ids that the document writes as the last word of a longer name
    /// (`RB Leipzig`, `Arminia Bielefeld`), worked out on first use
    /// ([`Doc::named_inside_longer_name`]).
    longer_names: std::cell::OnceCell<HashSet<u32, FxBuild>>,
    /// Per field, once asked: whether it is written in title case
    /// ([`place::title_case`]).
    title_case: std::cell::RefCell<Vec<Option<bool>>>,
    /// The token ids that the document writes beside a match score between two
    /// place names (`Hamburg 2-0 Cologne`), worked out on first use
    /// ([`Doc::team_in_document`]).
    teams: std::cell::OnceCell<HashSet<u32, FxBuild>>,
    /// The token ids that the document writes beside `versus`, `vs.` or `v.` between
    /// two capitalised words, worked out on first use ([`Doc::party_in_document`]).
    parties: std::cell::OnceCell<HashSet<u32, FxBuild>>,
    /// The runs of capitalised words that the document writes as ships' names,
    /// worked out on first use ([`Doc::names_ship`]).
    ships: std::cell::OnceCell<HashSet<(u32, u32, usize), FxBuild>>,
    /// Per token id asked about: whether the document writes it before a capitalised
    /// noun of a water body or landform (`Chesapeake Bay`,
    /// [`place::is_feature_word_after`]), worked out on first use
    /// ([`Doc::feature_named`]).
    feature_names: std::cell::RefCell<HashMap<u32, bool, FxBuild>>,
    /// Per token id asked about: whether the document writes it before `nuclear` in
    /// lowercase (`the Fukushima nuclear reactors`), worked out on first use
    /// ([`Doc::plant_named`]).
    plant_names: std::cell::RefCell<HashMap<u32, bool, FxBuild>>,
    /// [`Doc::sounds_like`]'s answers per (field, token index, name word), worked
    /// out on first use.
    sounds: std::cell::RefCell<HashMap<(usize, usize, u32), bool, FxBuild>>,
    /// [`Doc::same_given_name`]'s reading of a word against a given name (the word
    /// or a base form of it shares a given-name group with the name) per (field,
    /// token index, name word), worked out on first use.
    given_groups: std::cell::RefCell<HashMap<(usize, usize, u32), bool, FxBuild>>,
}

/// The name-like words right before a span: initials and capitalised words, and
/// whether an honorific precedes them.
#[derive(Debug, Default)]
struct Run {
    /// Token indices, in text order (a sentence-initial or headline word that is not
    /// a known given name is left out).
    tokens: Vec<usize>,
    /// At least one initial in `tokens`.
    initials: bool,
    /// An honorific or role word right before the run (or the span).
    honorific: bool,
    /// The run started with the French title `M.` (Monsieur), left out of `tokens`:
    /// it may as well be an initial, so the surname links only to a person the
    /// document names in full (`Emmanuel Macron ... M. Macron`).
    title: bool,
}

/// How the case of a span fits the kinds of keys (computed once per span).
#[derive(Debug, Clone, Copy)]
struct SpanCase {
    /// Only Han/Kana tokens: `Some(at least two)`.
    ideographs: Option<bool>,
    /// Every cased token is in capitals, and at least one is.
    acronym: bool,
    /// One token: not lowercase.
    single: Option<bool>,
    /// Content words (not stop words or particles): none is cased.
    uncased: bool,
    /// No content word starts lowercase.
    no_lower: bool,
    /// Some content word starts with a capital.
    some_upper: bool,
    /// The first word starts lowercase.
    first_lower: bool,
    /// Number of content words.
    content: usize,
    /// One word of four letters or more written like a word: a capital, then
    /// lowercase (`Nato`, `Natossa`), as much of the press writes acronyms that are
    /// said as words.
    word_like: bool,
    /// One word of three letters written so (`Onu`, `Uit`, `Bce`): as the Italian
    /// press writes every acronym ([`Doc::italian_acronym`]).
    word_like3: bool,
}

impl SpanCase {
    /// Whether the case of the span fits the key: single words and short forms must
    /// be capitalised, acronyms in capitals, lowercase full names only for people.
    fn ok(&self, kind: KeyKind, entity_kind: Kind) -> bool {
        if let Some(ok) = self.ideographs {
            return ok;
        }
        if kind == KeyKind::AcronymAlias {
            return self.acronym || self.word_like || self.word_like3;
        }
        if kind.is_acronym() {
            return self.acronym;
        }
        if let Some(ok) = self.single {
            return ok;
        }
        if self.uncased {
            return true;
        }
        if !kind.is_full() {
            return self.no_lower;
        }
        if self.some_upper {
            return entity_kind == Kind::Person || !self.first_lower;
        }
        entity_kind == Kind::Person && self.content >= 2
    }
}

/// At most this many surname keys of one span are checked one by one against the
/// initials and given names before it; beyond, the surname is too common for them
/// to single anyone out.
const MAX_SURNAME_KEYS: usize = 32;

impl<'a> Doc<'a> {
    /// The keys of a candidate's node that apply to its script ([`Key::fits_script`]):
    /// all of them, unless some come only from names in another script.
    fn keys(&self, c: &Cand) -> Cow<'a, [Key]> {
        let keys = self.linker.dict.keys(c.node);
        if self.linker.dict.all_fit(c.node, c.script) {
            Cow::Borrowed(keys)
        } else {
            Cow::Owned(
                keys.iter()
                    .filter(|k| k.fits_script(c.script))
                    .copied()
                    .collect(),
            )
        }
    }

    /// [`Dictionary::counts`](super::dict::Dictionary::counts) of the keys of
    /// [`Doc::keys`].
    fn counts(&self, c: &Cand) -> (u8, u8, u8) {
        if self.linker.dict.all_fit(c.node, c.script) {
            return self.linker.dict.counts(c.node);
        }
        let keys = self.linker.dict.keys(c.node);
        let count = |f: &dyn Fn(&Key) -> bool| {
            keys.iter()
                .filter(|k| k.fits_script(c.script) && f(k))
                .count()
                .min(255) as u8
        };
        (
            count(&|k| !matches!(k.kind, KeyKind::SurnameWeak | KeyKind::AcronymDerived)),
            count(&|k| k.kind.is_full()),
            count(&|k| k.is_surname()),
        )
    }

    /// Word-list facts of token `i` (computed once per document): whether it is a
    /// stop word or particle, and whether it is an honorific.
    fn word(&self, field: usize, i: usize) -> Word {
        let cell = &self.texts[field].flags[i];
        let mut v = cell.get();
        if v & facts::KNOWN == 0 || v & facts::MAY_INFLECT != 0 {
            let (f, original) = (self.tok_text(field, i), self.tok_original(field, i));
            v = if v & facts::KNOWN == 0 {
                facts::of_word(f, original)
            } else {
                facts::resolve(v, f, original)
            };
            cell.set(v);
        }
        Word {
            function: v & facts::FUNCTION != 0,
            honorific: v & facts::HONORIFIC != 0,
        }
    }

    /// Whether the field is written headline-style (computed on first use).
    fn title_case(&self, field: usize) -> bool {
        let ft = &self.texts[field];
        *ft.title_case.get_or_init(|| is_title_case(ft))
    }

    fn is_free(&self, field: usize, start: usize, end: usize) -> bool {
        !self.texts[field].occupied[start..end].iter().any(|&o| o)
    }

    fn accept(&mut self, l: Linked) {
        for o in &mut self.texts[l.field].occupied[l.start..l.end] {
            *o = true;
        }
        self.linked.push(l);
    }

    fn tok_text(&self, field: usize, i: usize) -> &str {
        let ft = &self.texts[field];
        &ft.folded.as_str()[ft.toks[i].folded.clone()]
    }

    fn tok_original(&self, field: usize, i: usize) -> &str {
        let ft = &self.texts[field];
        &ft.text[ft.toks[i].original.clone()]
    }

    /// `first_case(self.tok_original(field, i))`, an ASCII first letter told by its
    /// byte without slicing the text.
    #[inline]
    fn tok_case(&self, field: usize, i: usize) -> Case {
        let ft = &self.texts[field];
        first_case_at(ft.text, &ft.toks[i].original)
    }

    /// True when the one-word span is a person's name word (rigour's data) with an
    /// English possessive `'s` right after it (`Lorraine's own words`).
    fn named_possessor(&self, c: &Cand) -> bool {
        let ft = &self.texts[c.field];
        let after = &ft.text[ft.toks[c.end - 1].original.end..];
        let rest = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("\u{2019}s"));
        c.end - c.start == 1
            && rest.is_some_and(|r| !r.starts_with(char::is_alphanumeric))
            && crate::name_groups::part_key(self.tok_original(c.field, c.start))
                .is_some_and(|k| !crate::name_groups::groups(&k).is_empty())
    }

    /// True when token `i` ends in a possessive: an `-s` (`Macrons`) or an apostrophe
    /// right after it (`Merz'`, `Scholz’`). Latin script only.
    fn possessive_ending(&self, field: usize, i: usize) -> bool {
        let ft = &self.texts[field];
        let word = self.tok_original(field, i);
        Script::of(word) == Some(Script::Latin)
            && (word.ends_with(['s', 'S'])
                || ft.text[ft.toks[i].original.end..].starts_with(['\'', '\u{2019}']))
    }

    /// True when token `i` (folded) starts with a whole word of three letters or more
    /// of `key`'s name: an ending added to it (`Stubbin` of Stubb), not one that
    /// replaced its last letter (`Petra` of Petro).
    fn keeps_name_word(&self, field: usize, i: usize, key: &Key) -> bool {
        let word = self.tok_text(field, i);
        nomen_fold::fold(self.entity_name(key))
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.len() >= 3 && word.starts_with(w))
    }

    /// True when the word right after the span is a capitalised name word of its own,
    /// linked to nothing yet (`Sitte` after `Dr. Petra`).
    fn name_word_after(&self, c: &Cand) -> bool {
        self.adjacent_after(c.field, c.end).is_some_and(|n| {
            !self.texts[c.field].occupied[n]
                && self.capitalised_content(c.field, n)
                && self.tok_text(c.field, n).chars().count() > 1
                && !self.compound_with_lowercase(c.field, n)
        })
    }

    fn entity_name(&self, key: &Key) -> &str {
        let e = &self.linker.gazetteer.entities()[key.entity as usize];
        e.names().nth(usize::from(key.name)).unwrap_or(&e.name)
    }

    /// The token before `i` when only spaces (or the dot of an initial or honorific
    /// abbreviation) separate them.
    fn adjacent_before(&self, field: usize, i: usize) -> Option<usize> {
        if i == 0 {
            return None;
        }
        let ft = &self.texts[field];
        let (prev, cur) = (&ft.toks[i - 1], &ft.toks[i]);
        if prev.ideograph || cur.ideograph {
            return None;
        }
        let gap = &ft.folded.as_str()[prev.folded.end..cur.folded.start];
        // (Whether the word before is an initial or an honorific is read only after
        // a dot.)
        let dotted = || {
            self.tok_text(field, i - 1).chars().count() == 1 || self.word(field, i - 1).honorific
        };
        let ok = match gap {
            " " => true,
            "." | ". " => dotted(),
            _ => !gap.is_empty() && gap.len() <= 3 && gap.chars().all(|c| c == ' '),
        };
        ok.then_some(i - 1)
    }

    /// The token before `i` when only spaces separate them, or an apostrophe that
    /// elides the word's last vowel (Italian and French articles and prepositions
    /// merged with one: `sull'Etna`, `dell'Etna`, `l'Elbe`).
    fn adjacent_or_elided_before(&self, field: usize, i: usize) -> Option<usize> {
        self.adjacent_before(field, i).or_else(|| {
            let ft = &self.texts[field];
            let (prev, cur) = (ft.toks.get(i.checked_sub(1)?)?, &ft.toks[i]);
            (!prev.ideograph
                && !cur.ideograph
                && &ft.folded.as_str()[prev.folded.end..cur.folded.start] == "'")
                .then_some(i - 1)
        })
    }

    /// The token after `end - 1` when only spaces separate them.
    fn adjacent_after(&self, field: usize, end: usize) -> Option<usize> {
        let ft = &self.texts[field];
        if end == 0 || end >= ft.toks.len() {
            return None;
        }
        let (prev, next) = (&ft.toks[end - 1], &ft.toks[end]);
        if prev.ideograph || next.ideograph {
            return None;
        }
        let gap = &ft.folded.as_str()[prev.folded.end..next.folded.start];
        (!gap.is_empty() && gap.len() <= 3 && gap.chars().all(|c| c == ' ')).then_some(end)
    }

    /// True when a dot follows token `i` (`N.`).
    fn dotted(&self, field: usize, i: usize) -> bool {
        let ft = &self.texts[field];
        ft.folded.as_str()[ft.toks[i].folded.end..].starts_with('.')
    }

    /// True when `l` is a name of two words in a case form at a sentence's start
    /// (or in a headline), where capitals say nothing: `Světové banky zvyšují` may be
    /// the world's banks, not the World Bank.
    fn two_words_opening_a_sentence(&self, l: &Linked) -> bool {
        l.end - l.start == 2
            && (self.sentence_initial(l.field, l.start) || self.title_case(l.field))
    }

    /// True when token `i` starts a sentence (or the field).
    fn sentence_initial(&self, field: usize, i: usize) -> bool {
        let ft = &self.texts[field];
        let before = &ft.text[..ft.toks[i].original.start];
        for c in before.chars().rev() {
            match c {
                '\n' | '.' | '!' | '?' | ':' | ';' | '…' => return true,
                c if c.is_whitespace() => {}
                '"' | '\'' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '(' | '[' | '¿' | '¡'
                | '—' | '–' | '-' | '*' | '#' => {}
                _ => return false,
            }
        }
        true
    }

    /// True when a word is a plausible name part (capitalised content word).
    fn capitalised_content(&self, field: usize, i: usize) -> bool {
        let ft = &self.texts[field];
        if ft.toks[i].ideograph {
            return false;
        }
        self.tok_case(field, i) == Case::Upper && {
            let w = self.word(field, i);
            !w.function && !w.honorific
        }
    }

    /// True when token `i` is a word in capitals (two letters or more, no lowercase).
    fn shouted(&self, field: usize, i: usize) -> bool {
        let t = self.tok_original(field, i);
        !self.texts[field].toks[i].ideograph
            && t.chars().filter(|&c| is_letter(c)).nth(1).is_some()
            && !t.chars().any(char::is_lowercase)
    }

    /// True when the span is in capitals and so is a word next to it: an all-caps
    /// headline line inside a text, where capitals say nothing about names.
    fn in_caps_run(&self, c: &Cand) -> bool {
        (c.start..c.end).all(|i| self.shouted(c.field, i))
            && [
                self.adjacent_before(c.field, c.start),
                self.adjacent_after(c.field, c.end),
            ]
            .into_iter()
            .flatten()
            .any(|n| self.shouted(c.field, n))
    }

    /// The case facts of a span.
    fn span_case(&self, c: &Cand) -> SpanCase {
        let ft = &self.texts[c.field];
        let toks = &ft.toks[c.start..c.end];
        let mut out = SpanCase {
            ideographs: None,
            acronym: true,
            single: None,
            uncased: true,
            no_lower: true,
            some_upper: false,
            first_lower: false,
            content: 0,
            word_like: false,
            word_like3: false,
        };
        if toks.iter().all(|t| t.ideograph) {
            out.ideographs = Some(toks.len() >= 2);
            return out;
        }
        let mut any_caps = false;
        for i in c.start..c.end {
            let (mut case, mut all_upper) = case_of(self.tok_original(c.field, i));
            // `в ЦЕРНе`, `МИДа`: the Russian, Ukrainian and Bulgarian press write a
            // case ending in lowercase onto an acronym said as a word; the word was
            // read declined ([`How::Declined`]), its capitals are the acronym's.
            if c.end - c.start == 1
                && matches!(ft.toks[i].how, How::Declined(_))
                && cyrillic_acronym_with_ending(self.tok_original(c.field, i))
            {
                all_upper = true;
            }
            // A hyphenated word takes the case of its first part: a lowercase part
            // after a hyphen is no lowercase word (the Finnish double surname
            // `Halla-aho`, as `Jean-marie`).
            if case == Case::Lower
                && i > c.start
                && ft
                    .text
                    .get(ft.toks[i - 1].original.end..ft.toks[i].original.start)
                    == Some("-")
                && case_of(self.tok_original(c.field, i - 1)).0 == Case::Upper
            {
                case = Case::Upper;
            }
            out.acronym &= all_upper || case == Case::None;
            any_caps |= all_upper;
            // (`lac Léman`, `lago di Garda`: a lake's, a river's or an island's noun
            // in lowercase that opens a place's name of several words is the name's.)
            if i == c.start {
                out.first_lower = case == Case::Lower
                    && !(c.end - c.start > 1 && place::is_feature_noun(self.tok_text(c.field, i)));
            }
            if c.end - c.start > 1 && (self.word(c.field, i).function || self.article(c.field, i)) {
                continue;
            }
            out.content += 1;
            out.uncased &= case == Case::None;
            out.no_lower &= case != Case::Lower;
            out.some_upper |= case == Case::Upper;
        }
        out.acronym &= any_caps;
        if c.end - c.start == 1 {
            out.single = Some(!out.first_lower);
            let word = self.tok_original(c.field, c.start);
            let mut letters = word.chars().filter(|&c| is_letter(c));
            let capital = letters.next().is_some_and(char::is_uppercase);
            let rest = letters.clone().count();
            let lower = letters.all(char::is_lowercase);
            out.word_like = capital && rest >= 3 && lower;
            out.word_like3 = capital && rest == 2 && lower;
        }
        out
    }

    /// A capitalised word right after the span that the name does not contain means
    /// the span is part of a longer name (`Maduro Guerra`, `Washington Post`).
    fn blocked_after(&self, c: &Cand, person: bool) -> bool {
        let (for_person, for_other) = self.blocked_after_both(c, person);
        if person {
            for_person
        } else {
            for_other
        }
    }

    /// [`Doc::blocked_after`] of a person's name (when `person`; else false) and of
    /// another's, in one reading of the text: for a one-word span the two differ only
    /// by the Catalan `i`, a person's rule (`decide_full` asks both of every span).
    fn blocked_after_both(&self, c: &Cand, person: bool) -> (bool, bool) {
        let ft = &self.texts[c.field];
        let single = c.end - c.start == 1;
        if !(person || single) {
            return (false, false);
        }
        // (In a headline in title case, where a capital says nothing, the Catalan `i`
        // still joins two surnames: `Sánchez i Llibre, Josep (GC-CiU)`.)
        if self.title_case(c.field) {
            return (person && single && self.catalan_surnames(c), false);
        }
        // A name after a lowercase prefix and a hyphen (`pro-Macron Kräfte`,
        // `anti-Orbán Proteste`) is the end of a compound word: the capitalised
        // word after it is another (a German noun).
        if c.start > 0 && !ft.toks[c.start - 1].ideograph {
            let (prev, cur) = (&ft.toks[c.start - 1], &ft.toks[c.start]);
            if ft.folded.as_str().get(prev.folded.end..cur.folded.start) == Some("-")
                && self.tok_case(c.field, c.start - 1) == Case::Lower
            {
                return (false, false);
            }
        }
        // A case ending closes a name (`Merz' Plan`, `Starmers Regierung`): the
        // capitalised word after it is another (a German noun).
        if matches!(
            ft.toks[c.end - 1].how,
            How::Inflected(_)
                | How::Transcribed(Some(_))
                | How::Respelled(Some(_))
                | How::PlaceCase(_)
        ) {
            return (false, false);
        }
        // So does the Latvian locative's long final vowel, which folding reads as the
        // nominative (`Briselē Eiropas Parlamenta komitejā`), for a place's name: no
        // person's is in the locative.
        let locative =
            single && place_case::latvian_locative(self.tok_original(c.field, c.end - 1));
        // Catalan joins the two surnames of a person with `i` (`Sánchez i Llibre`,
        // `Duran i Lleida`): a one-word surname before `i` and a capitalised word is the
        // first of someone's two. (Unless that word names a person of the gazetteer
        // itself: `Puigdemont i Junqueras` are two people, Catalan `i` is `and`.)
        let catalan_person = person && single && self.catalan_surnames(c);
        // A neighbour already linked to another entity is a separate name
        // (`Президент России Владимир Путин`), and so is a name word with a case
        // ending after a person's full name without one (`Robert Fico Babišovi`), or
        // with a man's or a woman's Slavic case ending after a body's one-word name
        // (`Automobilka Volkswagen Šefčovičovi`: a declined person's name does not
        // continue a company's; `Gericht` after `Spain` is no `Gerich` with a
        // Hungarian `-t`). (A span of two words or more is only asked of as a
        // person's name.)
        let (next_person, next_other) = match self.adjacent_after(c.field, c.end) {
            Some(n) => {
                let same_before = ft.toks[c.end - 1].how == How::Same;
                let declined_person = c.end - c.start >= 2
                    && same_before
                    && matches!(
                        ft.toks[n].how,
                        How::Declined(_)
                            | How::Inflected(_)
                            | How::Transcribed(Some(_))
                            | How::Respelled(Some(_))
                    );
                let declined_other = same_before
                    && matches!(
                        ft.toks[n].how,
                        How::Declined(EndingKind::Masculine | EndingKind::Feminine)
                            | How::Inflected(EndingKind::Masculine | EndingKind::Feminine)
                            | How::Transcribed(Some(EndingKind::Masculine | EndingKind::Feminine))
                    );
                let other_name = !ft.occupied[n]
                    && ((self.capitalised_content(c.field, n)
                        && self.tok_text(c.field, n).chars().count() > 1)
                        || self.elided_prefix(c.field, n))
                    && !self.compound_with_lowercase(c.field, n);
                // (A person's full name before a place's or a body's one-word
                // name with its own case ending, `Ali Koç İzmir'de`, `Navracsics
                // Tibor Pozsonyban`, is two names: [`Doc::closed_name_after`].)
                let closed_after = other_name && self.closed_name_after(c.field, n);
                // (An acronym in capitals after a name not in capitals, of five
                // letters at most and no word of anyone's name, is a body's: a
                // headline's `Meral Akşener CHP yönetimiyle görüştü`.)
                let acronym_after = other_name && self.acronym_after_name(c, n);
                // (A body's or a place's name in one script does not go on in
                // another: `концерна Hyundai Чон Ый Соном`, Hyundai's chairman.)
                let other_script = {
                    let here = Script::of(self.tok_original(c.field, c.end - 1));
                    let next = Script::of(self.tok_original(c.field, n));
                    here.is_some() && next.is_some() && here != next
                };
                (
                    other_name && !declined_person && !closed_after && !acronym_after,
                    other_name && !declined_other && !other_script,
                )
            }
            None => (false, false),
        };
        (
            person && (catalan_person || next_person || (single && self.given_before_particle(c))),
            single && next_other && !locative,
        )
    }

    /// True when token `n`, right after the span, is an acronym in capitals (two to
    /// five letters) after a span whose last word is not in capitals, and no part of
    /// a person's name (not a given name, no person's key, in none of rigour's name
    /// groups): a body's acronym that a headline or a list puts after a person's name
    /// (`Meral Akşener CHP yönetimiyle görüştü`), not the name going on. A surname in
    /// capitals (`Juan Pérez GARCÍA`) is in the name groups and still goes on.
    fn acronym_after_name(&self, c: &Cand, n: usize) -> bool {
        let word = self.tok_text(c.field, n);
        self.shouted(c.field, n)
            && !self.shouted(c.field, c.end - 1)
            && (2..=5).contains(&word.chars().count())
            && self.no_name_part(c.field, n)
            && crate::name_groups::groups(word).is_empty()
    }

    /// True when token `n` names a place or a body of the gazetteer on its own (a
    /// one-word name of it) and carries a case ending of its own: a Turkish suffix
    /// after an apostrophe (`İzmir'de`), a place's Latin-script case ending
    /// (Hungarian `Tokióban`, [`place_case`]). The languages that decline put the
    /// ending on a name's last word only, so the word is a whole name in its case,
    /// not the last word of a longer name that the words before it begin: a
    /// person's full name right before it (`Ali Koç İzmir'de yeni tesis açtı`) is not
    /// made longer by it. (A place's name without an ending is: `Pedro Sánchez
    /// Toledo` is someone else, as Spanish surnames are often places' names.)
    fn closed_name_after(&self, field: usize, n: usize) -> bool {
        let ft = &self.texts[field];
        let t = &ft.toks[n];
        if t.root == NONE || t.ideograph {
            return false;
        }
        let suffixed = match t.how {
            How::PlaceCase(_) => true,
            How::Same => ft.toks.get(n + 1).is_some_and(|next| {
                !next.ideograph
                    && ft
                        .text
                        .get(t.original.end..next.original.start)
                        .is_some_and(|gap| matches!(gap, "'" | "\u{2019}"))
                    && inflect::apostrophe_suffix(self.tok_text(field, n + 1)).is_some()
            }),
            _ => false,
        };
        suffixed
            && self
                .linker
                .dict
                .keys(t.root)
                .iter()
                .any(|k| k.kind.is_full() && k.entity_kind != Kind::Person)
    }

    /// True when the one-word span is a given name of the dictionary and a lowercase
    /// surname particle ([`place::is_given_name_particle`]), perhaps an article after
    /// it (`de la`, `van der`), and a capitalised word of rigour's name data that names
    /// nothing of the gazetteer follow it (`Education Minister Antonio da Conceicao`):
    /// the name goes on, and the span is the given name of someone the gazetteer
    /// lacks, not a person of it one of whose names the word also is (`Antonio` of
    /// Marco Antonio Rubio). A word that names an entity after the particle is a
    /// preposition's object (`Rubio de Venezuela`), or the gazetteer person's own
    /// surname (`Lula da Silva`).
    fn given_before_particle(&self, c: &Cand) -> bool {
        let f = c.field;
        let Some(p) = self.adjacent_after(f, c.end) else {
            return false;
        };
        if self.tok_case(f, p) != Case::Lower || !place::is_given_name_particle(self.tok_text(f, p))
        {
            return false;
        }
        let ft = &self.texts[f];
        let dict = &self.linker.dict;
        if !dict.is_given(ft.toks[c.start].id) {
            return false;
        }
        let Some(mut n) = self.adjacent_after(f, p + 1) else {
            return false;
        };
        if self.tok_case(f, n) == Case::Lower {
            let word = self.tok_text(f, n);
            if !(place::is_particle_article(word) || place::is_romance_article(word)) {
                return false;
            }
            match self.adjacent_after(f, n + 1) {
                Some(m) => n = m,
                None => return false,
            }
        }
        let id = ft.toks[n].id;
        let names_nothing =
            id == NONE || ft.toks[n].how != How::Same || dict.keys(dict.root(id)).is_empty();
        names_nothing && !ft.occupied[n] && self.name_word(f, n, false)
    }

    /// True when token `n` is one capital letter joined by an apostrophe to a
    /// capitalised word: the elided prefix of a surname (`O'Neill`, `D'Amato`,
    /// `О'Ніл`), a name word of its own although one letter long (and although `o`
    /// and `d` are function words of some languages).
    fn elided_prefix(&self, field: usize, n: usize) -> bool {
        let ft = &self.texts[field];
        let Some(next) = ft.toks.get(n + 1) else {
            return false;
        };
        !ft.toks[n].ideograph
            && !next.ideograph
            && self.tok_case(field, n) == Case::Upper
            && self.tok_text(field, n).chars().count() == 1
            && ft
                .text
                .get(ft.toks[n].original.end..next.original.start)
                .is_some_and(|gap| matches!(gap, "'" | "\u{2019}" | "\u{2bc}"))
            && first_case(self.tok_original(field, n + 1)) == Case::Upper
    }

    /// True when Catalan `i` and a capitalised word that names no person of the
    /// gazetteer follow the span ([`Doc::blocked_after_both`]): the span is the first
    /// of someone's two surnames (`Sánchez i Llibre`).
    fn catalan_surnames(&self, c: &Cand) -> bool {
        let ft = &self.texts[c.field];
        self.adjacent_after(c.field, c.end).is_some_and(|n| {
            self.tok_original(c.field, n) == "i"
                && self.adjacent_after(c.field, n + 1).is_some_and(|m| {
                    let root = ft.toks[m].root;
                    self.capitalised_content(c.field, m)
                        && !(root != NONE
                            && self
                                .linker
                                .dict
                                .keys(root)
                                .iter()
                                .any(|k| k.entity_kind == Kind::Person))
                })
        })
    }

    /// The token after a person's whole name (a span of two words or more) that is
    /// the second surname the gazetteer lacks (`Santiago Peña Palacios`, where lists
    /// give one surname): in a text in Spanish or Portuguese, whose people carry two
    /// surnames, the father's and the mother's (Spain's Ley 20/2011 del Registro
    /// Civil, art. 49; the Hispanic American and Portuguese registries likewise), one
    /// capitalised word of three letters or more that names nothing of the gazetteer
    /// and is no given name of it, not followed by another capitalised word, and in
    /// capitals only when the name is. `None` otherwise.
    fn second_surname(&self, c: &Cand) -> Option<usize> {
        if c.end - c.start < 2 || !matches!(self.language(), place::SPANISH | place::PORTUGUESE) {
            return None;
        }
        let ft = &self.texts[c.field];
        let n = self.adjacent_after(c.field, c.end)?;
        let dict = &self.linker.dict;
        let id = ft.toks[n].id;
        // A word that is a dictionary word only once respelled or stripped of an
        // ending (`Azín` read as the acronym `ASEAN`) names nothing as written.
        let unclaimed = id == NONE
            || ft.toks[n].how != How::Same
            || (!dict.is_given(id) && dict.keys(dict.root(id)).is_empty());
        let fits = !ft.occupied[n]
            && unclaimed
            && self.capitalised_content(c.field, n)
            && self.tok_text(c.field, n).len() >= 3
            && self
                .tok_original(c.field, n)
                .chars()
                .all(char::is_alphabetic)
            && (!self.shouted(c.field, n) || self.shouted(c.field, c.end - 1))
            && !self.compound_with_lowercase(c.field, n)
            && !self.adjacent_after(c.field, n + 1).is_some_and(|m| {
                self.capitalised_content(c.field, m) || self.elided_prefix(c.field, m)
            });
        fits.then_some(n)
    }

    /// True when a name of `entity` goes on after the span's words with another word
    /// than token `n`: the gazetteer knows the person's second surname, and it is
    /// not `n` (`Nicolás Maduro Moros`: `Nicolás Maduro Guerra` is his son).
    fn other_second_surname(&self, c: &Cand, n: usize, entity: u32) -> bool {
        let Some(e) = self.linker.gazetteer.entities().get(entity as usize) else {
            return true;
        };
        let span: Vec<&str> = (c.start..c.end)
            .map(|i| self.tok_text(c.field, i))
            .collect();
        let next = self.tok_text(c.field, n);
        e.names().any(|name| {
            let folded = nomen_fold::fold(name);
            let words: Vec<&str> = folded
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            words.len() > span.len() && words[..span.len()] == span[..] && words[span.len()] != next
        })
    }

    /// True when token `i` is the Arabic article as the text's language writes it
    /// (`es-`, `ас-`: read as the gazetteer's `al` by [`arabic_articles`]), which
    /// counts as a particle.
    fn article(&self, field: usize, i: usize) -> bool {
        let t = &self.texts[field].toks[i];
        t.how == How::Respelled(None)
            && self
                .linker
                .dict
                .token_text(t.id)
                .is_some_and(is_arabic_article)
    }

    /// True when token `n` is the capitalised head of a compound whose next part,
    /// after a hyphen, is a lowercase word of three letters or more (`Nobel-díjas`,
    /// `Nobel-winning`, `EU-weit`; not the `-e-` of `Tehreek-e-Insaaf`): an
    /// adjective or a common noun made from a name, which no part of a person's or
    /// a body's name is (their hyphenated parts are capitalised: `Frank-Walter`,
    /// `Innes-Stubb`).
    fn compound_with_lowercase(&self, field: usize, n: usize) -> bool {
        let ft = &self.texts[field];
        let Some(next) = ft.toks.get(n + 1) else {
            return false;
        };
        let lower = self.tok_original(field, n + 1);
        !next.ideograph
            && ft.text.get(ft.toks[n].original.end..next.original.start) == Some("-")
            && first_case(lower) == Case::Lower
            && lower.chars().count() >= 3
    }

    /// For a one-word name that is not a surname key: a capitalised word right before
    /// it (not starting a sentence) means a longer name (`George Washington`).
    fn blocked_before_word(&self, c: &Cand) -> bool {
        if c.end - c.start != 1 || self.texts[c.field].toks[c.start].ideograph {
            return false;
        }
        let Some(p) = self.adjacent_before(c.field, c.start) else {
            return false;
        };
        if self.texts[c.field].occupied[p] || !self.capitalised_content(c.field, p) {
            return false;
        }
        let title = self.title_case(c.field);
        let id = self.texts[c.field].toks[p].id;
        if self.linker.dict.is_given(id) {
            return true;
        }
        !(title || self.sentence_initial(c.field, p))
    }

    /// The large place (a country, a capital, a city of a million: no town,
    /// [`place::PlaceFacts::needs_evidence`]) that the one-word span, a town's name as
    /// written (`key`), also names in a case form of the language of the preposition
    /// right before it ([`place_case::for_each_base`], [`Doc::case_preposition`]):
    /// Czech `v Rize` is Riga's locative, not the Turkish town Rize. The preposition
    /// asks for its case, and a foreign town's name the press of these languages
    /// declines too; the large place is the one the press names so.
    fn larger_place_in_case(&self, c: &Cand, key: &Key) -> Option<u32> {
        let places = self.linker.places();
        if c.end - c.start != 1
            || key.entity_kind != Kind::Place
            || !places.needs_evidence(key.entity)
        {
            return None;
        }
        let original = self.tok_original(c.field, c.start);
        if Script::of(original) != Some(Script::Latin) {
            return None;
        }
        let p = self.adjacent_before(c.field, c.start)?;
        let dict = &self.linker.dict;
        place_case::for_each_base(self.tok_text(c.field, c.start), original, &mut |base, e| {
            let ending = place_case::ending(e);
            let id = dict.token(base);
            if id == NONE
                || !self.ending_language(ending)
                || !self.case_preposition(c.field, p, ending)
            {
                return std::ops::ControlFlow::Continue(());
            }
            match dict.keys(dict.root(id)).iter().find(|k| {
                k.entity_kind == Kind::Place
                    && k.entity != key.entity
                    && k.kind.is_full()
                    && k.fits_script(super::dict::LATIN)
                    && !places.needs_evidence(k.entity)
            }) {
                Some(k) => std::ops::ControlFlow::Break(k.entity),
                None => std::ops::ControlFlow::Continue(()),
            }
        })
    }

    /// True when the span's last word is a place's name with the German genitive
    /// `-s` ([`place_case::Evidence::GermanGenitive`]).
    fn german_genitive(&self, c: &Cand) -> bool {
        self.texts[c.field].toks[c.end - 1].how != How::Same
            && self
                .place_ending(c.field, c.end - 1)
                .is_some_and(|e| e.evidence == place_case::Evidence::GermanGenitive)
    }

    /// The place's case ending of token `i` ([`place_case`]): the one its reading
    /// holds ([`How::PlaceCase`]), or, for a Latin word read by a person's ending
    /// ([`How::Inflected`]) whose base is a place's name too, the place's ending
    /// that reads it as the same token.
    fn place_ending(&self, field: usize, i: usize) -> Option<&'static place_case::PlaceEnding> {
        let t = &self.texts[field].toks[i];
        match t.how {
            How::PlaceCase(e) => Some(place_case::ending(e)),
            How::Inflected(_) => {
                let original = self.tok_original(field, i);
                if Script::of(original) != Some(Script::Latin) {
                    return None;
                }
                match place_case(self.linker, self.tok_text(field, i), original) {
                    Some((id, How::PlaceCase(e))) if id == t.id => Some(place_case::ending(e)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// True when the word right before the one-word span is a German common noun
    /// with its article (`des Hubschrauberherstellers Airbus`, `der Autobauer
    /// Volkswagen`): German capitalises its nouns, and such a noun (written as a word,
    /// not an acronym, and no name word of the gazetteer) is in apposition to a
    /// body's name after it, not the start of a longer name. (Not for places: `die
    /// Füchse Berlin`, `das Landgericht München I`, `der Landkreis München` are
    /// names of their own.)
    fn german_noun_before(&self, c: &Cand) -> bool {
        let Some(p) = self.adjacent_before(c.field, c.start) else {
            return false;
        };
        let word = self.tok_original(c.field, p);
        self.texts[c.field].toks[p].id == NONE
            && word.chars().skip(1).all(|ch| !ch.is_uppercase())
            && self
                .adjacent_before(c.field, p)
                .is_some_and(|a| place::is_german_article(self.tok_text(c.field, a)))
            && self.language() == place::GERMAN
    }

    /// True when a German noun of a feature (`Insel`, `Fluss`, `See`, `Berg`,
    /// [`place::is_german_feature_noun`]) is right before the span in a German text:
    /// the feature's name in apposition (`die Insel Rügen`), not a longer name.
    fn german_feature_noun_before(&self, c: &Cand) -> bool {
        self.adjacent_before(c.field, c.start)
            .is_some_and(|p| place::is_german_feature_noun(self.tok_text(c.field, p)))
            && self.language() == place::GERMAN
    }

    /// Reads the initials, capitalised words and honorific right before a span.
    fn run_before(&self, c: &Cand) -> Run {
        let mut out = Run::default();
        let mut i = c.start;
        while let Some(p) = self.adjacent_before(c.field, i) {
            if self.texts[c.field].occupied[p] {
                break;
            }
            if self.word(c.field, p).honorific {
                out.honorific = true;
                break;
            }
            if !self.is_initial(c.field, p) && !self.capitalised_content(c.field, p) {
                break;
            }
            out.tokens.push(p);
            i = p;
            if out.tokens.len() >= 4 {
                break;
            }
        }
        out.tokens.reverse();
        // A capitalised word that starts a sentence or a headline word is only a
        // name part when the gazetteer knows it as a given name. In a headline every
        // word is capitalised: only the given names and initials right before the
        // span are read (`SANCTIONS AS TRUMP` has none).
        let ft = &self.texts[c.field];
        // Before a word with a Latin case ending, a capitalised word is often a noun
        // (German `die Festnahme Maduros`): as in a headline, only given names and
        // initials count.
        let inflected = matches!(ft.toks[c.start].how, How::Inflected(_));
        // A word of rigour's name data counts too where a comma or a bracket after the
        // span says that a person is being introduced (`Evan Harris (LibDem)`, `...
        // on Tuesday. David Harris, head of`): not before a word with a case ending, a
        // German noun's place.
        // (Not where the gazetteer's person of the surname is named in the document, nor
        // after a preposition that starts a sentence: `Según Costa, el acuerdo`,
        // `Secondo Grossi, i rischi`.)
        let introduced = !inflected
            && {
                let rest = ft.text[ft.toks[c.end - 1].original.end..].trim_start();
                rest.starts_with(',') || rest.starts_with('(')
            }
            && !self.surname_of_someone_named(c);
        let name_word = |p: usize| {
            introduced
                && !place::is_sentence_preposition(self.tok_text(c.field, p))
                && self.name_word(c.field, p, false)
        };
        let title = self.title_case(c.field);
        if title || inflected {
            // (A given name in another form, `Άντζελα` before `Ρέινερ`, the last word
            // before the span: [`Doc::another_form_of_a_given`].)
            let last = out.tokens.last().copied();
            let name_part = |p: usize| {
                self.is_initial(c.field, p)
                    || self.linker.dict.is_given(ft.toks[p].id)
                    || (inflected && self.declined_given_name(c.field, p))
                    || name_word(p)
                    || self.namesakes_given(c, p)
                    || (Some(p) == last && self.another_form_of_a_given(c, p))
            };
            if let Some(last_other) = out.tokens.iter().rposition(|&p| !name_part(p)) {
                out.tokens.drain(..=last_other);
            }
        } else if let Some(&first) = out.tokens.first() {
            // (Not after a title with its dot, `dr. Bartłomiej Lis`: the dot ends
            // the title, not a sentence.)
            if !self.is_initial(c.field, first)
                && !self.linker.dict.is_given(ft.toks[first].id)
                && !out.honorific
                && self.sentence_initial(c.field, first)
                && !name_word(first)
                && (out.tokens.len() != 1 || !self.another_form_of_a_given(c, first))
                && !self.namesakes_given(c, first)
            {
                out.tokens.remove(0);
            }
        }
        if let Some(&first) = out.tokens.first() {
            if self.is_title_initial(c.field, first) {
                out.tokens.remove(0);
                out.title = true;
            }
        }
        out.initials = out.tokens.iter().any(|&p| self.is_initial(c.field, p));
        out
    }

    /// True when the capitalised word `p` right before the span, first in a sentence
    /// or a headline (where a capital says nothing), is the given name of another
    /// person who shares the surname (`Arda Güler hat ...` for the gazetteer's Yaşar
    /// Güler): a word of rigour's name data in Latin script that the document never
    /// writes in lowercase ([`Doc::name_word`]; a place's name too, as the river
    /// Arda's), no other entity's name, no preposition
    /// that starts a sentence (`Laut Kovač`, `Según Sánchez`), written before the
    /// surname once more in the document (a headline and its lead both name the
    /// person in full; a common word of the name data, `Prema Plenkoviću`, seldom
    /// stands twice before the same name), and neither the word nor the sounds nor
    /// the given-name group of the first given name of any person whose surname the
    /// span is. The surname is then someone else's, here and
    /// in the rest of the document ([`Doc::claimed_by_someone_else`]), as after a
    /// given name in mid-sentence.
    fn namesakes_given(&self, c: &Cand, p: usize) -> bool {
        let id = self.texts[c.field].toks[p].id;
        let dict = &self.linker.dict;
        if self.is_initial(c.field, p)
            || dict.is_given(id)
            || (id != NONE
                && dict
                    .keys(dict.root(id))
                    .iter()
                    .any(|k| k.entity_kind != Kind::Place))
            || place::is_sentence_preposition(self.tok_text(c.field, p))
            || !self.name_word(c.field, p, true)
            || !self.pair_written_again(c, p)
        {
            return false;
        }
        self.every_person_surname_key(c, |k| {
            dict.givens(k.entity, k.name, k.split)
                .take(1)
                .all(|(g, initial, _)| {
                    !initial
                        && g != id
                        && !self.sounds_like(c.field, p, g)
                        && !self.same_given_name(c, p, g, k)
                })
        })
    }

    /// True when the span has a surname key of a person and every such key passes
    /// `test`.
    fn every_person_surname_key(&self, c: &Cand, test: impl FnMut(&Key) -> bool) -> bool {
        let keys = self.keys(c);
        let mut surnames = keys
            .iter()
            .filter(|k| k.entity_kind == Kind::Person && k.is_surname())
            .peekable();
        surnames.peek().is_some() && surnames.all(test)
    }

    /// True when the word `p`, right before the span and first in a sentence or a
    /// headline (where a capital says nothing), is the given name of a person whose
    /// surname the span is, in another language's form: it sounds the same or shares
    /// a Wikidata given-name group with it ([`Doc::sounds_like`],
    /// [`Doc::same_given_name`]: `Aleksandr Łukaszenka` at the start of a text, `Юри
    /// Ратас` for Jüri Ratas, `Muhammed Salah` for Mohamed Salah).
    fn another_form_of_a_given(&self, c: &Cand, p: usize) -> bool {
        let ft = &self.texts[c.field];
        let dict = &self.linker.dict;
        // A word that is some entity's name on its own is that name; a word known
        // only inside longer names (`Julija` of the town `Alba Julija`) may still be
        // a given name in another form.
        let id = ft.toks[p].id;
        if id != NONE && !dict.keys(dict.root(id)).is_empty() {
            return false;
        }
        // Before a surname written in Latin letters as the gazetteer writes it
        // (`Salah`, not `Łukaszenka`, `Салах`), only a given-name group tells: a
        // Latin respelling of a given name differs in letters, and reading a word by
        // sound is the costly part (most sentence-initial words before a surname are
        // no given name).
        let same_letters = ft.toks[c.start..c.end].iter().all(|t| t.how == How::Same)
            && Script::of(self.tok_original(c.field, c.end - 1)) == Some(Script::Latin);
        self.keys(c)
            .iter()
            .filter(|k| k.entity_kind == Kind::Person && k.is_surname())
            .any(|k| {
                dict.givens(k.entity, k.name, k.split)
                    .take(1)
                    .any(|(g, initial, _)| {
                        !initial
                            && ((!same_letters && self.sounds_like(c.field, p, g))
                                || self.same_given_name(c, p, g, k))
                    })
            })
    }

    /// The position of the capital of a name abbreviated with a superscript ending
    /// when token `q` is that ending (`M.ª`, `Mª`, `J.º`): Spanish and Portuguese
    /// write given names so (`María`, `José`).
    fn abbreviated_name(&self, field: usize, q: usize) -> Option<usize> {
        let ft = &self.texts[field];
        let p = q.checked_sub(1)?;
        let capital = self.tok_original(field, p);
        (matches!(self.tok_original(field, q), "ª" | "º")
            && matches!(
                &ft.text[ft.toks[p].original.end..ft.toks[q].original.start],
                "" | "."
            )
            && capital.chars().count() == 1
            && first_case(capital) == Case::Upper)
            .then_some(p)
    }

    /// True when token `p` is `M.`, which at the start of a name is the French title
    /// Monsieur (`M. Macron`, `M. Jean Dupont`) as often as an initial.
    fn is_title_initial(&self, field: usize, p: usize) -> bool {
        self.tok_original(field, p) == "M" && self.dotted(field, p)
    }

    /// A capital letter standing for a name: `N.`, or an undotted capital that is
    /// neither a function word nor the first word of a sentence.
    fn is_initial(&self, field: usize, p: usize) -> bool {
        let f = self.tok_text(field, p);
        f.chars().count() == 1
            && self.tok_case(field, p) == Case::Upper
            && (self.dotted(field, p)
                || !(self.word(field, p).function || self.sentence_initial(field, p)))
    }

    /// True when the words of `run` fit, in order, the given names of `key`'s name
    /// (an initial fits a name with that first letter; a word fits the same word).
    ///
    /// A given name of two or three consonants (`JD`, `TJ`: no vowel, so no name
    /// said as a word) is initials written together: it fits as many initials in a
    /// row, its letters in order (`J.D. Vance`, `J. D. Vance`; rule `initials`).
    fn run_fits(&self, c: &Cand, run: &Run, key: &Key) -> bool {
        let ft = &self.texts[c.field];
        let dict = &self.linker.dict;
        let mut givens = dict.givens(key.entity, key.name, key.split);
        // The letters still to come of a given name that is initials together.
        let mut joined: &[u8] = &[];
        for &p in &run.tokens {
            let initial = self.is_initial(c.field, p);
            let id = ft.toks[p].id;
            let first = self.tok_text(c.field, p).chars().next();
            if initial
                && !joined.is_empty()
                && first.is_some_and(|f| f as u32 == u32::from(joined[0]))
            {
                joined = &joined[1..];
                continue;
            }
            let mut fits_joined: &[u8] = &[];
            let fits = givens.any(|(gid, _, gc)| {
                if initial {
                    if gc == first {
                        if let Some(text) = dict
                            .token_text(gid)
                            .filter(|t| crate::name::joined_initials(t))
                        {
                            fits_joined = &text.as_bytes()[1..];
                        }
                        true
                    } else {
                        false
                    }
                } else {
                    (gid == id && id != NONE) || self.sounds_like(c.field, p, gid)
                }
            });
            if !fits {
                return false;
            }
            joined = fits_joined;
        }
        true
    }

    /// True when `run` is one capitalised word that is `key`'s given names written as
    /// one word, as the press of several languages writes Arabic compound names
    /// (Turkish `Abdülfettah`, French `Abdelfattah` for Abdel Fattah) and the
    /// vowels of its language: the same consonant sounds, four or more, and as many
    /// vowel groups ([`super::phonetic`]).
    fn run_joins_givens(&self, c: &Cand, run: &Run, key: &Key) -> bool {
        use super::phonetic;
        let [p] = run.tokens[..] else {
            return false;
        };
        if run.initials || self.tok_case(c.field, p) != Case::Upper {
            return false;
        }
        let givens: Vec<(u32, bool, Option<char>)> = self
            .linker
            .dict
            .givens(key.entity, key.name, key.split)
            .collect();
        if givens.len() < 2 || givens.iter().any(|g| g.1) {
            return false;
        }
        let mut joined = String::new();
        for &(g, _, _) in &givens {
            joined.push_str(self.linker.dict.token_text(g).unwrap_or_default());
        }
        let original = self.tok_original(c.field, p);
        let Some(script) = Script::of(original) else {
            return false;
        };
        let word = self.tok_text(c.field, p);
        let spelled = spelling(word, original, script);
        let names = if script == Script::Latin {
            phonetic::latin_plain(&joined)
        } else {
            phonetic::latin(&joined)
        };
        let vowels = |r: &[u8]| r.iter().filter(|b| b.is_ascii_lowercase()).count();
        phonetic::text(&spelled, script).iter().any(|r| {
            let k = phonetic::key(r);
            k.is_some_and(|k| phonetic::key_classes(k) >= 4)
                && names
                    .iter()
                    .any(|n| phonetic::key(n) == k && vowels(n) == vowels(r) && n.len() == r.len())
        })
    }

    /// True when the words of `run` are all the given names of `key`'s name, in order,
    /// and at least one of them only sounds like its given name ([`Doc::sounds_like`]):
    /// the name as another language writes it (`Кая Каллас`, `Szergej Lavrov`), which
    /// the dictionary's names do not spell.
    fn run_sounds_given(&self, c: &Cand, run: &Run, key: &Key) -> bool {
        let ft = &self.texts[c.field];
        self.run_of_givens(
            run,
            key,
            |p, gid| ft.toks[p].id == gid || self.sounds_like(c.field, p, gid),
            |p, gid| ft.toks[p].id != gid,
        )
    }

    /// True when the words of `run` are all the given names of `key`'s name, in order,
    /// and at least one of them is the same given name in another language
    /// ([`Doc::same_given_name`]: `Владимир` for Volodymyr) rather than the word or
    /// its sounds.
    fn run_same_given(&self, c: &Cand, run: &Run, key: &Key) -> bool {
        let ft = &self.texts[c.field];
        self.run_of_givens(
            run,
            key,
            |p, gid| {
                ft.toks[p].id == gid
                    || self.sounds_like(c.field, p, gid)
                    || self.same_given_name(c, p, gid, key)
            },
            |p, gid| ft.toks[p].id != gid && !self.sounds_like(c.field, p, gid),
        )
    }

    /// True when `run` has as many words as `key`'s name has given names, none of them
    /// an initial, every word `fits` its given name and at least one `differs` from it
    /// (word position, given name's token).
    fn run_of_givens(
        &self,
        run: &Run,
        key: &Key,
        fits: impl Fn(usize, u32) -> bool,
        differs: impl Fn(usize, u32) -> bool,
    ) -> bool {
        let givens: Vec<(u32, bool, Option<char>)> = self
            .linker
            .dict
            .givens(key.entity, key.name, key.split)
            .collect();
        givens.len() == run.tokens.len()
            && !run.initials
            && run
                .tokens
                .iter()
                .zip(&givens)
                .all(|(&p, &(gid, initial, _))| !initial && fits(p, gid))
            && run
                .tokens
                .iter()
                .zip(&givens)
                .any(|(&p, &(gid, _, _))| differs(p, gid))
    }

    /// True when the capitalised word `p` and the given name `token` of `key`'s
    /// person are one given name in two languages: they share a Wikidata given-name
    /// group ([`crate::name_groups::shared_group`]), both have four letters or more,
    /// and no other person with this surname has the word itself as a given name
    /// (`Jan Petrenko` is not Ivan Petrenko when the gazetteer has both).
    fn same_given_name(&self, c: &Cand, p: usize, token: u32, key: &Key) -> bool {
        let original = self.tok_original(c.field, p);
        if token == NONE || first_case(original) != Case::Upper {
            return false;
        }
        // The same word and given name are asked about once per key with that
        // surname and given name (a common surname: many keys).
        let known = self
            .given_groups
            .borrow()
            .get(&(c.field, p, token))
            .copied();
        let shares = match known {
            Some(known) => known,
            None => {
                let answer = self.shares_given_group(c.field, p, token);
                self.given_groups
                    .borrow_mut()
                    .insert((c.field, p, token), answer);
                answer
            }
        };
        if !shares {
            return false;
        }
        let dict = &self.linker.dict;
        let id = self.texts[c.field].toks[p].id;
        id == NONE
            || !dict
                .keys(c.node)
                .iter()
                .filter(|k| k.entity != key.entity && k.is_surname())
                .any(|k| {
                    dict.givens(k.entity, k.name, k.split)
                        .any(|(g, _, _)| g == id)
                })
    }

    /// True when the capitalised word `p` of field `field`, or a base form of it, or
    /// its Hungarian spelling read back, shares a given-name group with the name word
    /// `token` (both of four letters or more): [`Doc::same_given_name`]'s reading.
    fn shares_given_group(&self, field: usize, p: usize, token: u32) -> bool {
        let original = self.tok_original(field, p);
        let Some(name) = self.linker.dict.token_text(token) else {
            return false;
        };
        let word = self.tok_text(field, p);
        // Short names share groups too freely (`Xi`, `Chen`, `Jan`, `Ivan`). A
        // declined given name (`Андрея` of Andrii) is read by its base forms.
        let shared = |w: &str| w.len() >= 4 && crate::name_groups::shared_group(w, name).is_some();
        let declined = || {
            Script::of(original).is_some_and(|script| {
                inflect::base_forms(word, script)
                    .iter()
                    .filter(|f| f.ending.kind != EndingKind::Plural)
                    .any(|f| shared(&f.base))
            })
        };
        // Hungarian spells a foreign given name with its own letters (`Alekszandr`,
        // `Szergej`): read back (`sz` as s, `cs` as ch, `zs` as zh), it may be in the
        // group.
        let hungarian = || hungarian_read_back(word).is_some_and(|w| shared(&w));
        name.len() >= 4 && (shared(word) || declined() || hungarian())
    }

    /// True when the capitalised word `p` sounds exactly like the name word `token`
    /// ([`super::phonetic`]): a given name as another language writes it (`Кая` for
    /// Kaja, `Szergej` for Sergey, `Κιρ` for Keir). Only for a given name next to the
    /// rest of the name, which is the evidence; one consonant class is enough here.
    fn sounds_like(&self, field: usize, p: usize, token: u32) -> bool {
        let original = self.tok_original(field, p);
        if token == NONE || first_case(original) != Case::Upper {
            return false;
        }
        // The same word and name word are asked about once per key that has that given
        // name (a common given name: many keys), and reading them is the costly part.
        if let Some(&known) = self.sounds.borrow().get(&(field, p, token)) {
            return known;
        }
        let answer = self.read_sounds_like(field, p, token);
        self.sounds.borrow_mut().insert((field, p, token), answer);
        answer
    }

    /// [`Doc::sounds_like`] for a capitalised word, read anew.
    fn read_sounds_like(&self, field: usize, p: usize, token: u32) -> bool {
        use super::phonetic;
        let original = self.tok_original(field, p);
        let (Some(script), Some(name)) = (Script::of(original), self.linker.dict.token_text(token))
        else {
            return false;
        };
        let word = self.tok_text(field, p);
        let spelled = spelling(word, original, script);
        let read = |names: &[phonetic::Sounds]| {
            let sounds = |w: &str| {
                phonetic::text(w, script)
                    .iter()
                    .any(|t| names.iter().any(|n| phonetic::verify(t, n) == Some(0)))
            };
            if sounds(&spelled) {
                return true;
            }
            // A declined given name (`Edijem`, `Маєю`, `Андреем`): a base form that
            // is the name word or sounds like it. No plural, and none of the short
            // stems a one-letter ending leaves of a short word (`Ana` of `Anu`).
            word.len() >= 4
                && inflect::given_name_bases(&spelled, script)
                    .iter()
                    .filter(|f| f.ending.kind != EndingKind::Plural)
                    .any(|f| f.base == name || sounds(&f.base))
        };
        if script == Script::Latin {
            // Latvian and Lithuanian write a foreign given name as it sounds in its
            // language, as the press of other scripts transcribes it (English Paul:
            // Latvian Pols, Lithuanian Polas; Latvian Language Agency and VLKK on
            // foreign names): in their text, also its readings for that press.
            read(&phonetic::latin_plain(name))
                || (self.baltic_letters() && with_readings(self.linker, token, read))
        } else {
            with_readings(self.linker, token, read)
        }
    }

    /// True when the words of `run` are the given names of `key`'s name with middle
    /// initials or middle names added (`Angela D. Merkel`, `Nicolás M. Maduro`,
    /// `Angela Dorothea Merkel`): the first word is the first given name written in
    /// full, the key's other given names follow in order, and every word left over
    /// is a middle name ([`Doc::middle_name`]). At least one word is left over (else
    /// [`Doc::run_fits`] says it).
    fn run_pads(&self, c: &Cand, run: &Run, key: &Key) -> bool {
        let ft = &self.texts[c.field];
        let givens: Vec<(u32, bool, Option<char>)> = self
            .linker
            .dict
            .givens(key.entity, key.name, key.split)
            .collect();
        let (Some(&(first_id, first_initial, _)), [head, rest @ ..]) =
            (givens.first(), run.tokens.as_slice())
        else {
            return false;
        };
        if rest.len() < givens.len()
            || first_initial
            || first_id == NONE
            || (ft.toks[*head].id != first_id && !self.sounds_like(c.field, *head, first_id))
            || self.is_initial(c.field, *head)
        {
            return false;
        }
        let mut want = givens[1..].iter().peekable();
        for &p in rest {
            let initial = self.is_initial(c.field, p);
            if let Some(&&(gid, _, gc)) = want.peek() {
                let fits = if initial {
                    gc == self.tok_text(c.field, p).chars().next()
                } else {
                    gid == ft.toks[p].id && gid != NONE
                };
                if fits {
                    want.next();
                    continue;
                }
            }
            if !self.middle_name(c, p, key) {
                return false;
            }
        }
        want.next().is_none()
    }

    /// Whether token `p`, between the given name and the surname of `key`'s name, can
    /// be a middle name of that person: an initial, a patronymic (`Владимирович`), or
    /// a capitalised word that is neither a surname the gazetteer knows (and nobody's
    /// given name: `Pedro García Sánchez` is not Pedro Sánchez when García is a
    /// surname) nor the given name of another person with this surname (`Edmundo
    /// Felipe González` may be Felipe González's name).
    fn middle_name(&self, c: &Cand, p: usize, key: &Key) -> bool {
        if self.is_initial(c.field, p) || is_patronymic(self.tok_text(c.field, p)) {
            return true;
        }
        let dict = &self.linker.dict;
        let id = self.texts[c.field].toks[p].id;
        if id == NONE {
            return true;
        }
        let someone_elses = dict
            .keys(c.node)
            .iter()
            .filter(|k| k.fits_script(c.script))
            .filter(|k| k.entity != key.entity && k.is_surname())
            .any(|k| {
                dict.givens(k.entity, k.name, k.split)
                    .any(|(g, _, _)| g == id)
            });
        if someone_elses {
            return false;
        }
        let root = dict.root(id);
        dict.is_given(id) || root == NONE || dict.counts(root).2 == 0
    }

    /// How the words of `run` complete `key`'s surname into the person's name, if they
    /// do: initials, given names that sound the same, given names with middle names,
    /// given names in another language's form; with the first word of the name.
    fn run_rule(&self, c: &Cand, run: &Run, key: &Key) -> Option<(usize, Rule)> {
        let rule = if run.initials && self.run_fits(c, run, key) {
            Rule::Initials
        } else if self.run_sounds_given(c, run, key) {
            Rule::Transcribed
        } else if self.run_pads(c, run, key) {
            Rule::MiddleNames
        } else if self.run_same_given(c, run, key) {
            Rule::GivenNameVariant
        } else if self.run_joins_givens(c, run, key) {
            Rule::Transcribed
        } else {
            return None;
        };
        Some((*run.tokens.first()?, rule))
    }

    /// `run` without the capitalised words at its start that are no part of anyone's
    /// name: no initial, patronymic or given name of the gazetteer, no name part of
    /// rigour's name groups ([`crate::name_groups`]) unless in capitals, no person's
    /// name word: a place in the genitive, a role or an acronym before a name
    /// (`президент Финляндии
    /// Александр Стубб`, `Глава МИД Сергей Викторович Лавров`, German
    /// `Außenminister Sergej Lawrow`). `None` when there are none, or only such words.
    fn trim_run(&self, c: &Cand, run: &Run) -> Option<Run> {
        let drop = run
            .tokens
            .iter()
            .take_while(|&&p| self.no_name_part(c.field, p))
            .count();
        if drop == 0 || drop == run.tokens.len() {
            return None;
        }
        let tokens = run.tokens[drop..].to_vec();
        Some(Run {
            initials: tokens.iter().any(|&p| self.is_initial(c.field, p)),
            tokens,
            honorific: run.honorific,
            title: false,
        })
    }

    /// `run` from the word that is the first given name of `key`'s name, when the
    /// capitalised words before it are neither initials nor given names of the
    /// gazetteer (`Secretary of State Marco A. Rubio`: `State` is a surname in
    /// rigour's name data, so [`Doc::trim_run`] keeps it). A full name is not blocked
    /// by a capitalised word before it (`State Marco Rubio` links), nor is one padded
    /// with middle names or initials. `None` when the run does not start so.
    fn run_from_given(&self, c: &Cand, run: &Run, key: &Key) -> Option<Run> {
        let ft = &self.texts[c.field];
        let dict = &self.linker.dict;
        let (first, initial, _) = dict.givens(key.entity, key.name, key.split).next()?;
        if first == NONE || initial {
            return None;
        }
        let at = run.tokens.iter().position(|&p| ft.toks[p].id == first)?;
        let before = &run.tokens[..at];
        if before.is_empty()
            || before
                .iter()
                .any(|&p| self.is_initial(c.field, p) || dict.is_given(ft.toks[p].id))
        {
            return None;
        }
        let tokens = run.tokens[at..].to_vec();
        Some(Run {
            initials: tokens.iter().any(|&p| self.is_initial(c.field, p)),
            tokens,
            honorific: run.honorific,
            title: false,
        })
    }

    /// True when the capitalised word `p` is no part of anyone's name (see
    /// [`Doc::trim_run`]).
    fn no_name_part(&self, field: usize, p: usize) -> bool {
        let t = &self.texts[field].toks[p];
        let dict = &self.linker.dict;
        let word = self.tok_text(field, p);
        !self.is_initial(field, p)
            && !is_patronymic(word)
            && !dict.is_given(t.id)
            && (t.id == NONE
                || dict
                    .keys(t.root)
                    .iter()
                    .all(|k| k.entity_kind != Kind::Person))
            && (self.shouted(field, p)
                || (crate::name_groups::groups(word).is_empty()
                    && !self.declined_given_name(field, p)))
    }

    /// True when the capitalised word `p` is a given name with a case ending
    /// (`Edijem` of Edi, `Маєю` of Мая, `Андрея` of Андрей): one of its base forms is
    /// a given name of the gazetteer ([`inflect::given_name_bases`]), or a name of
    /// rigour's name groups ([`inflect::base_forms`], stems of four letters or more).
    fn declined_given_name(&self, field: usize, p: usize) -> bool {
        let Some(script) = Script::of(self.tok_original(field, p)) else {
            return false;
        };
        let word = self.tok_text(field, p);
        let dict = &self.linker.dict;
        inflect::given_name_bases(word, script)
            .iter()
            .filter(|f| f.ending.kind != EndingKind::Plural)
            .any(|f| dict.is_given(dict.token(&f.base)))
            || inflect::base_forms(word, script)
                .iter()
                // (Not Estonian's vowel and case ending on any consonant: a word
                // of text in `-i` or `-al`, `Proti`, `Signal`, is no given name.)
                .filter(|f| f.ending.kind != EndingKind::Plural && f.ending.languages != "et")
                .any(|f| !crate::name_groups::groups(&f.base).is_empty())
    }

    /// Pass A: a full name, alias, reordered name, or surname with initials.
    fn decide_full(&self, c: &Cand) -> Option<Linked> {
        let (_, full, surnames) = self.counts(c);
        // (The counts saturate at 255, past `MAX_SURNAME_KEYS`.)
        let few_surnames = surnames > 0 && usize::from(surnames) <= MAX_SURNAME_KEYS;
        if full == 0 && !few_surnames {
            return None;
        }
        let keys = self.keys(c);
        let case = self.span_case(c);
        let (after_person, after_other) = self.blocked_after_both(c, true);
        // `Santiago Peña Palacios` for Santiago Peña: the second surname the
        // gazetteer lacks, after a person's whole name (asked only when a word after
        // the name blocks it).
        let second = if after_person && full > 0 {
            self.second_surname(c)
        } else {
            None
        };
        let before_word = self.blocked_before_word(c);
        // `señor Rodríguez`, `Mr Jordan`: after a form of address, a one-word name is
        // a person's, not a place's or a body's.
        // (Also after the form of address and up to three capitalised words, the
        // person's other names: `DOÑA LEIRE IGLESIAS SANTIAGO`, `señora Ana Oramas
        // González`.)
        let after_honorific = c.end - c.start == 1 && {
            let mut p = self.adjacent_before(c.field, c.start);
            let mut names = 0;
            loop {
                match p {
                    Some(q) if place::is_form_of_address(self.tok_text(c.field, q)) => break true,
                    Some(q)
                        if names < 3
                            && self.tok_case(c.field, q) == Case::Upper
                            && !self.word(c.field, q).function =>
                    {
                        names += 1;
                        p = self.adjacent_before(c.field, q);
                    }
                    // (A given name abbreviated with a superscript ending: `DOÑA M.ª
                    // ASUNCIÓN OLTRA TORRES`, `Mª`.)
                    Some(q) if names < 3 && self.abbreviated_name(c.field, q).is_some() => {
                        names += 1;
                        p = self
                            .abbreviated_name(c.field, q)
                            .and_then(|a| self.adjacent_before(c.field, a));
                    }
                    _ => break false,
                }
            }
        };
        // The rule of a full key (`None`) is worked out for the chosen key only.
        let mut best: Vec<(Key, usize, Option<Rule>)> = Vec::new();
        // The common surname of a large gazetteer has thousands of keys: read
        // only when the counts say that some are of use.
        let full_keys = if full > 0 { &keys[..] } else { &[] };
        for key in full_keys.iter().filter(|k| k.kind.is_full()) {
            let ekind = key.entity_kind;
            if after_honorific && ekind != Kind::Person {
                continue;
            }
            let after = if ekind == Kind::Person {
                after_person
            } else {
                after_other
            };
            // (A German noun before a body's name is its apposition; before a
            // place's genitive, its head: `die Bevölkerung Hamburgs`.)
            // (Nor is a German feature's noun before a place: `die Insel Rügen`.)
            let before = before_word
                && !((ekind == Kind::Organization || self.german_genitive(c))
                    && c.end - c.start == 1
                    && self.german_noun_before(c))
                && !(ekind == Kind::Place
                    && c.end - c.start == 1
                    && self.german_feature_noun_before(c));
            if case.ok(key.kind, ekind) && !after && !before {
                best.push((*key, c.start, None));
            } else if ekind == Kind::Person
                && after
                && case.ok(key.kind, ekind)
                && !before
                && second.is_some_and(|n| !self.other_second_surname(c, n, key.entity))
            {
                best.push((*key, c.start, Some(Rule::SecondSurname)));
            }
        }
        if best.is_empty() && !after_person && few_surnames {
            // A surname completed by initials (`N. Maduro`, `E. González Urrutia`), or
            // by the given names with middle initials or names between them (`Angela
            // D. Merkel`, `Nicolás M. Maduro`).
            let surnames: Vec<&Key> = keys.iter().filter(|k| k.is_surname()).collect();
            if !surnames.is_empty() && surnames.len() <= MAX_SURNAME_KEYS {
                let run = self.run_before(c);
                // Worked out only when the whole run does not fit.
                let mut trimmed: Option<Option<Run>> = None;
                for key in surnames {
                    if !case.ok(key.kind, key.entity_kind) || run.tokens.is_empty() {
                        continue;
                    }
                    let found = self
                        .run_rule(c, &run, key)
                        .or_else(|| {
                            trimmed
                                .get_or_insert_with(|| self.trim_run(c, &run))
                                .as_ref()
                                .and_then(|t| self.run_rule(c, t, key))
                        })
                        .or_else(|| {
                            let from = self.run_from_given(c, &run, key)?;
                            self.run_rule(c, &from, key)
                                .filter(|(_, r)| matches!(r, Rule::MiddleNames | Rule::Initials))
                        });
                    if let Some((start, rule)) = found {
                        best.push((*key, start, Some(rule)));
                    }
                }
            }
        }
        let chosen = self.choose(&best)?;
        if chosen.2.is_none() {
            if let Some(larger) = self.larger_place_in_case(c, &chosen.0) {
                if self.opens_quoted_name(c) || self.names_part_of_place(c) {
                    return None;
                }
                return Some(Linked {
                    field: c.field,
                    start: c.start,
                    end: c.end,
                    entity: larger,
                    rule: Rule::PlaceCase,
                });
            }
        }
        let variant = self
            .variant_rule(c.field, chosen.1, c.end, &chosen.0)
            .ok()?;
        let (end, rule) = match (chosen.2, second) {
            (Some(Rule::SecondSurname), Some(n)) => (n + 1, Rule::SecondSurname),
            _ => (
                c.end,
                variant.unwrap_or_else(|| chosen.2.unwrap_or_else(|| self.full_rule(c, &chosen.0))),
            ),
        };
        let linked = Linked {
            field: c.field,
            start: chosen.1,
            end,
            entity: chosen.0.entity,
            rule,
        };
        let city = self.linker.places().city(chosen.0.entity);
        if chosen.0.entity_kind == Kind::Place
            && (self.inside_organisation_name(c, city)
                || self.shares_head_noun(c, &chosen.0, city)
                || self.names_ship(c, &chosen.0)
                || self.opens_quoted_work(c)
                || self.closes_quoted_work(c)
                || self.in_noble_title(c, chosen.0.entity)
                || self.inside_defined_name(c)
                || self.split_by_comma(c, &chosen.0)
                || self.named_state(c, &chosen.0)
                || self.province_of_before(c, &chosen.0)
                || self.feature_named(c, &chosen.0)
                || self.plant_named(c, &chosen.0)
                || self.compound_region(c, &chosen.0)
                || self.republic_extended(c, &chosen.0)
                || self.before_person_name(c, &chosen.0)
                || self.hangul_romanised(c, &chosen.0)
                || self.inverted_name(c).is_some()
                || self.acronym_of_a_word(c, &chosen.0)
                || self.after_name_and_connector(c, &chosen.0)
                || self.model_designation(c)
                || self.currency_symbol(c)
                || self.broadcaster_number(c)
                || self.hyphenated_name_first(c, &chosen.0)
                || self.hyphenated_name_second(c)
                || self.ends_hyphenated_place_name(c)
                || self.compass_territory(c, &chosen.0)
                || self.team_word_after(c)
                || self.party_in_document(c)
                || self.state_not_city(c, &chosen.0)
                || self.after_unknown_possessive(c, &chosen.0)
                || self.country_named_as_state(c, &chosen.0)
                || self.region_after_acronym(c, &chosen.0)
                || self.person_introduced(c)
                || self.alias_before_place(c, &chosen.0)
                || self.between_name_words(c)
                || self.after_new_adjective(c)
                || self.feature_opens_name(c, &chosen.0)
                || {
                    let regions = self.listed_among_regions(c, &chosen.0);
                    if regions {
                        self.listed_regions.borrow_mut().push(linked);
                    }
                    regions
                }
                || self.named_with_its_site(c, &chosen.0)
                || self.acronym_plural(c)
                || self.lowercase_part_of_other_place(c, &chosen.0)
                || self.hyphen_group(c)
                || (city && self.team_plural_after(c))
                || (city && c.end - c.start == 1 && {
                    // (Its other mentions too, where no preposition of place says
                    // place: `Toyota followed closely`.)
                    let id = self.texts[c.field].toks[c.start].id;
                    let possession = self.listed_possession(c);
                    if possession {
                        self.possessions.borrow_mut().push(id);
                    }
                    possession
                        || (self.possessions.borrow().contains(&id)
                            && !self.after_place_preposition(c))
                })
                || self.in_title_case_run(c)
                || (self.team_in_document(c)
                    && !self.after_place_preposition(c)
                    && !self.dateline(c)))
        {
            return None;
        }
        // `European Union (Amendment) Bill`: a place's or a body's name before a
        // parenthesis and a bill's noun is the statute's short title.
        if chosen.0.entity_kind != Kind::Person && self.in_bill_title(c) {
            return None;
        }
        // `Werner von Siemens`, `Ferdinand von Zeppelin`: a body's one-word name after
        // a given name and a surname particle is that person's surname.
        if c.end - c.start == 1
            && chosen.0.entity_kind == Kind::Organization
            && self.after_given_name_and_particle(c)
        {
            return None;
        }
        if chosen.0.entity_kind == Kind::Place {
            // `Dayton, Ohio`: a US state's name after a comma says which town, and that
            // it is one; `Alexandria, Virginia` is not Egypt's, nor is `Alexandria`
            // elsewhere in that document. `Seattle, Washington`: the state, not the
            // city of its name.
            let places = self.linker.places();
            if places.city(chosen.0.entity) {
                let own = places.us_state(chosen.0.entity);
                // (`Tbilisi, Georgia`: the city's own country, not the state.)
                let here = self.state_after(c.field, c.end);
                if here != 0 && !self.country_after(c.field, c.end, chosen.0.entity) {
                    return (here == own).then_some(linked);
                }
                if c.end - c.start == 1 {
                    let pointed = self.states_in_document(c.field, c.start, chosen.0.entity);
                    if pointed != 0 && (own == 0 || pointed & (1 << (own - 1)) == 0) {
                        return None;
                    }
                    // `the UK's Kent`: a town that the document writes as another
                    // country's is that country's (the gazetteer holds only its
                    // namesake abroad), there and elsewhere in the document.
                    if places.needs_evidence(chosen.0.entity) {
                        let owners = self.owners_in_document(c.field, c.start, chosen.0.entity);
                        if !owners.is_empty()
                            && !owners
                                .iter()
                                .any(|&o| places.country(chosen.0.entity) == Some(o))
                        {
                            return None;
                        }
                    }
                }
            }
            // (The state of `Dayton, Ohio` says which town; it links as the state, as
            // anything else it is no place: `Seattle, Washington` is not the city.)
            if self.state_of_town_before(c) && !places.is_us_state(chosen.0.entity) {
                return None;
            }
        }
        // A place's name with a Latin-script case ending links with the evidence
        // its ending asks for ([`Doc::place_case_evidence`]); a one-word form without
        // it waits for the place named elsewhere ([`Doc::link_proven_towns`]).
        if linked.rule == Rule::PlaceCase {
            if self.opens_quoted_name(c) || self.names_part_of_place(c) {
                return None;
            }
            if let Some(rule) = self.place_case_evidence(c, &chosen.0) {
                return Some(Linked { rule, ..linked });
            }
            if c.end - c.start == 1 && self.place_case_language(c) {
                self.unproven_towns.borrow_mut().push(linked);
            }
            return None;
        }
        if c.end - c.start == 1 && chosen.0.entity_kind == Kind::Place {
            let entity = &self.linker.gazetteer.entities()[chosen.0.entity as usize];
            let mention = self.tok_original(c.field, c.start);
            if place::adds_diaeresis(&self.linker.folder, mention, entity.names())
                || place::adds_final_accent(&self.linker.folder, mention, entity.names())
            {
                return None;
            }
            // `in der Mitte`, `den Rest`: a German article before a city's name makes
            // it a noun (countries take articles: `die Schweiz`; so do regions after a
            // preposition: `in der Steiermark`, `in der Lausitz`).
            if self.linker.places().country(chosen.0.entity).is_some()
                && self.after_german_article(c)
                && !(self.linker.places().region(chosen.0.entity)
                    && self.after_preposition_and_article(c))
            {
                return None;
            }
            // `die Polen`, `der Polen`, `wir Polen`: a country's name that is also
            // the plural of a common noun (the Poles) is that noun after a
            // determiner that a country German writes without an article does not
            // take.
            if self.plural_noun_after_determiner(c, &chosen.0) {
                return None;
            }
            // `zum wiederholten Male`: so does an article and an inflected adjective in
            // lowercase before a city's name that is a common word of some language
            // (a name of a large city is none: `im geteilten Berlin`).
            if self.linker.places().country(chosen.0.entity).is_some()
                && self
                    .linker
                    .places()
                    .common_word(chosen.0.entity, chosen.0.name)
                    != 0
                && self.after_german_article_and_adjective(c)
            {
                return None;
            }
            // `la Mesa`, `el Betis`: so does a Spanish or Italian article before a
            // town's (a large city's name takes one when qualified: `la Barcelona de
            // los años 20`).
            if self.linker.places().small_city(chosen.0.entity)
                && (self.after_romance_article(c) || self.after_english_article(c))
            {
                return None;
            }
            // `Jan van Aken`, `Herr van Aken`: a surname with its particle.
            if self.linker.places().city(chosen.0.entity) && self.after_surname_particle(c) {
                return None;
            }
            // `Manour al-Turki`: a country's name after the Arabic article is a nisba
            // ([`other_names`]).
            if self.linker.places().country_of_some_city(chosen.0.entity)
                && self.after_arabic_article(c)
            {
                return None;
            }
            // `Kuwaiti officials`: the people's word, not the place's name, in a text
            // of a language told apart (the README's rule on demonyms).
            if self
                .linker
                .places()
                .demonym(&self.linker.gazetteer, chosen.0.entity, chosen.0.name)
                && self.language().count_ones() == 1
            {
                return None;
            }
            // `"The Sibir"`, `«Дністер-Агро»`: a name that needs the text's evidence
            // (a town's, a region's, a feature's), opening a quotation that closes
            // within a few words, is a vessel's, a firm's or a work's name.
            if self.linker.places().needs_evidence(chosen.0.entity) && self.opens_quoted_title(c) {
                return None;
            }
            // `Милан и Рајна ...`, `Рајна Вучевић`: a feature's name that is also a
            // person's name word (rigour's data) and that the document writes as the
            // first word of a longer name is that name's where the text does not say
            // place.
            if self.linker.places().feature(chosen.0.entity)
                && !self.after_place_preposition(c)
                && !self.after_feature_preposition(c, chosen.0.entity, false)
                && !self.dateline(c)
                && self.opens_longer_name_in_document(c)
            {
                return None;
            }
            // `In Lorraine's own words`: a feature's name that is also a person's name
            // word (rigour's data) with an English possessive after it is that
            // person's; a preposition of place before it says nothing then.
            if self.linker.places().feature(chosen.0.entity) && self.named_possessor(c) {
                return None;
            }
            // (The document's language is worked out only for such a word.)
            let common_in = self
                .linker
                .places()
                .common_word(chosen.0.entity, chosen.0.name);
            // (A text whose function words tell no language, but whatlang is sure of
            // one in which the name is no common word: `Schlein a Trieste`, Italian,
            // where `Trieste` is Dutch for sad.)
            let common = common_in != 0
                && common_in & self.language() != 0
                && !self.whatlang_clears(common_in);
            // `Bridget Everett`, `Noor Rashid`, `Ex-Ministerin Raab`: a word the document
            // writes after a given name or a title is a person's surname there.
            // (Not a country's name: `президент России`, `Premier China` are its
            // people's leaders.)
            // (Where the text says place, it is the place: `Valladolid, 23 may (EFE)`
            // beside `Real Valladolid`.)
            // (An age in commas says person for a city of any size: `Mohammed al-Aqra,
            // 38`, not Agra.)
            let small = self.linker.places().small_city(chosen.0.entity);
            let city = self.linker.places().city(chosen.0.entity);
            // (`to`, `from`, `bei` are as often before a person: `useful to Ahmad`, where
            // the document writes `Ahmad Ahmad`.)
            // (So does the Turkish locative after an apostrophe, the case where other
            // languages write a preposition: `Fatih Birol Trabzon'da` in a headline,
            // where `Birol` is a given name too, is no surname `Trabzon`.)
            let place_preposition = (self.after_place_preposition(c)
                && !(self.person_in_document(c.field, c.start) & NAME_TWICE != 0
                    && self
                        .adjacent_before(c.field, c.start)
                        .is_some_and(|p| place::is_person_preposition(self.tok_text(c.field, p)))))
                || self.turkish_locative_after(c);
            // (`Hernanz Costa, Sofía`: so is one written after a surname and a comma,
            // [`other_names`].)
            // (`Milan Adam ... Milan bakes bread`: a city of any size whose name is a
            // given name of rigour's data, written before a surname elsewhere in the
            // document, is that person's given name where the text does not say
            // place; `Milan Bergamo airport` names two places.)
            // (So is a city's one-word alternate name of any size after a given name:
            // `Pascal Lamy` is no N'Djamena, once Fort-Lamy; its own name is what the
            // press calls a large city, `Jack London` aside.)
            let alias = chosen.0.name != 0 && c.end - c.start == 1;
            if city
                && !place_preposition
                && !self.dateline(c)
                && ((small && self.surname_in_document(c.field, c.start))
                    || (alias && !small && self.after_given_name_in_document(c))
                    || self.aged_in_document(c.field, c.start)
                    || (self.person_in_document(c.field, c.start) & BEFORE_SURNAME != 0
                        && self.name_word(c.field, c.start, true))
                    || self.given_name_after_surname(c))
            {
                return None;
            }
            if common {
                // A common word of the text's language: the place only with evidence.
                // (Or a town's evidence other than a preposition of direction, which
                // a common word takes too: `nach Siegen`, after victories.)
                // (Not its capital after `the`: a town's name takes no article, and a
                // common word with its capital after one is another proper noun,
                // `the Commonwealth group`, not Commonwealth in the Philippines; the
                // town then waits for its country or a place named near it.)
                // (Not a preposition merged with an article, nor any German article: it
                // makes the word its noun, `im Gange`, "under way", not the Ganges.)
                // (A capital says a name, not which: for a feature's, a river's named
                // in a town's name too, it is no evidence of the feature, `Alphen aan
                // den Rijn`.)
                let feature = self.linker.places().feature(chosen.0.entity);
                // `un bateau de la Seine`, `el caudal del Tajo`: a name of the user's
                // place merged with a built-in one (rule `listed-place`), capitalised
                // in the middle of a sentence after a definite article, in a language
                // that writes its common nouns in lowercase: the proper noun, not the
                // common word (`seine`, a net; `tajo`, a cut).
                if self.listed_place(c, chosen.0.entity, chosen.0.name)
                    && self.capital_marks_name(c)
                {
                    return Some(Linked {
                        rule: Rule::ListedPlace,
                        ..linked
                    });
                }
                if !self.after_german_article(c)
                    && (self.after_place_preposition(c)
                        || (feature && self.after_feature_preposition(c, chosen.0.entity, true))
                        || (feature && self.after_feature_noun(c))
                        || (!feature && self.capital_marks_name(c) && !self.after_the(c))
                        || self.dateline(c)
                        || self.town_evidence(c, false))
                {
                    return Some(Linked {
                        rule: Rule::PlaceEvidence,
                        ..linked
                    });
                }
                self.unproven.borrow_mut().push(linked);
                return None;
            }
            // A town's one-word name: the place only with the text's evidence; the
            // name of a longer name's bearer where the document writes it as the last
            // word of one (`RB Leipzig` ... `Leipzig fans`), else it waits for a
            // place or its country named near it, or for the same town named with
            // evidence ([`Doc::link_proven_places`]).
            if self.linker.places().needs_evidence(chosen.0.entity) {
                if self.town_evidence(c, true) {
                    return Some(linked);
                }
                // `in den Alpen`, `in the Caucasus`, `en el Mediterráneo`: a feature takes
                // the article a town does not, and so does a region (`in der
                // Steiermark`); `auf Mallorca`, `na Pomorzu`, `на Майорке`, `sulle
                // Dolomiti`: an island's or a region's preposition.
                if (self.linker.places().feature(chosen.0.entity)
                    && (self.after_preposition_and_article(c)
                        || self.after_feature_preposition(c, chosen.0.entity, false)
                        || self.after_feature_noun(c)))
                    || (self.linker.places().region(chosen.0.entity)
                        && self.after_preposition_and_article(c))
                {
                    return Some(Linked {
                        rule: Rule::PlaceEvidence,
                        ..linked
                    });
                }
                // `Le débit du Rhône`: a name the user's own file gives a place merged
                // with a built-in town, region or feature links after a definite
                // article (lowercase, or opening the sentence), which a feature's name
                // takes and a town's does not; not as the last word of a longer name
                // in the document (`NK Drava`, `Arminia Bielefeld`), nor without an
                // article (`Drava je`, `Český rozhlas Vltava`, `a Rhodes scholar`).
                if self.listed_place(c, chosen.0.entity, chosen.0.name) {
                    return Some(Linked {
                        rule: Rule::ListedPlace,
                        ..linked
                    });
                }
                if !self.named_inside_longer_name(c) {
                    self.unproven_towns.borrow_mut().push(linked);
                }
                return None;
            }
        }
        Some(linked)
    }

    /// True when the text around the one-word span says that it names a place: a
    /// preposition of place or, with `direction`, of direction right before it (`in`,
    /// `à`, `nach`, `towards`, `в`), a dateline, a settlement's noun before it (`the city of Amsterdam`, `die
    /// Stadt Leipzig`, `la provincia de Tarragona`), an office's noun or a point of the
    /// compass and a connector (`the mayor of Reus`, `west of Boston`), any of these
    /// before the first name of a list it is in (`in Freudenstadt, Nürnberg und
    /// Hamburg`, `the cities of Cluj, Sibiu and Iasi`), brackets of its own (`Ulla
    /// Schmidt (Aachen)`), a lowercase word after a hyphen (`the Denver-based
    /// court`), or another place's name in a chain of names joined by hyphens
    /// (`Vigo-Porto`, `München-Landshut-Passau-Regensburg`).
    fn town_evidence(&self, c: &Cand, direction: bool) -> bool {
        if self.dateline(c) {
            return true;
        }
        // (A list of people: `learned from Kennedy, Scalia and Thomas`.)
        let people = self.listed_with_people(c);
        if self.after_place_preposition(c) && !people {
            return true;
        }
        let f = c.field;
        let ft = &self.texts[f];
        let lower = |p: usize| self.tok_case(f, p) != Case::Upper || self.sentence_initial(f, p);
        // `у Женеві`, `у Женеви`, `до Женеви`: a preposition of the Cyrillic-script
        // languages other than Russian, written in Cyrillic; `στην Κρήτη`: Greek `σε`
        // with the article, written in Greek (rule `place-evidence`).
        let cyrillic_preposition = |p: usize| {
            let word = self.tok_text(f, p);
            match Script::of(self.tok_original(f, p)) {
                Some(Script::Cyrillic) => place::is_cyrillic_preposition(word, direction),
                Some(Script::Greek) => place::is_greek_preposition(word),
                _ => false,
            }
        };
        // `the city of Amsterdam`, `die Stadt Leipzig`, `город Киров`: in lowercase, but
        // for a language that capitalises its nouns or a script without capitals.
        let noun_case = |p: usize| {
            // (The language last: it is worked out only for a document that needs it.)
            self.tok_case(f, p) != Case::Upper
                || Script::of(self.tok_original(f, p)) != Some(Script::Latin)
                || self.language() & place::NOUN_CAPITALS != 0
        };
        let says_place = |p: usize| {
            let word = self.tok_text(f, p);
            // (French and Portuguese `à`, which folds to `a`, an article elsewhere.)
            // (And a town's preposition of a language that writes the same letters as
            // another's article or pronoun, in a text of that language: Italian `a
            // Norimberga`, Swedish `i Göteborg`, Romanian `din Cluj`.)
            let preposition = if direction {
                place::is_direction_preposition(word)
                    || self.tok_original(f, p) == "à"
                    || place::preposition_languages(word).any(|code| self.written_in_language(code))
            } else {
                place::is_place_preposition(word)
            } || cyrillic_preposition(p);
            if (lower(p) && preposition) || (noun_case(p) && place::is_settlement_word(word)) {
                return true;
            }
            place::is_name_connector(word)
                && lower(p)
                && self.adjacent_before(f, p).is_some_and(|q| {
                    let w = self.tok_text(f, q);
                    noun_case(q) && (place::is_settlement_word(w) || place::is_of_place_word(w))
                })
        };
        // The first name of the list the span ends (up to six names, each one
        // capitalised word, joined by commas or a list word).
        let mut first = c.start;
        for _ in 0..6 {
            let Some(p) = first.checked_sub(1) else {
                break;
            };
            let gap = &ft.text[ft.toks[p].original.end..ft.toks[first].original.start];
            let prev = if gap.trim() == "," {
                Some(p)
            } else if self.adjacent_before(f, first) == Some(p)
                && place::is_list_word(self.tok_text(f, p))
                && lower(p)
            {
                // `Cluj, Sibiu, and Iasi`: a comma may come before the list word.
                p.checked_sub(1).filter(|&q| {
                    let gap = &ft.text[ft.toks[q].original.end..ft.toks[p].original.start];
                    matches!(gap.trim(), "" | ",")
                })
            } else {
                None
            };
            match prev {
                Some(q) if self.capitalised_content(f, q) && !self.shouted(f, q) => first = q,
                _ => break,
            }
        }
        let mut heads = vec![c.start];
        // `registered in Dartford, Kent as ...`: two names joined by a comma alone, the
        // first no place of the gazetteer, are a town and its county or region (as
        // `Dayton, Ohio`), not a list: the preposition says place for the first, and
        // the second is the first's region, not a town of its name elsewhere.
        // (Not a list that goes on: `in Freudenstadt, Nürnberg, Landau und Hamburg`.
        // English usage: Turkish `İzmir'in Bornova, Balıkesir'in` is no such pair.)
        let town_and_region = first + 1 == c.start
            && !self.place_name(f, first, first + 1)
            && !ft.text[ft.toks[c.end - 1].original.end..]
                .trim_start()
                .starts_with([',', ';'])
            && !self
                .adjacent_after(f, c.end)
                .is_some_and(|n| place::is_list_word(self.tok_text(f, n)))
            && self.language() == place::ENGLISH;
        if first != c.start && !town_and_region {
            heads.push(first);
        }
        for head in heads {
            if let Some(p) = self.adjacent_before(f, head) {
                if !people && says_place(p) {
                    return true;
                }
            }
        }
        let (start, end) = (
            ft.toks[c.start].original.start,
            ft.toks[c.end - 1].original.end,
        );
        // `Midilli'de`, `İzmir'deki`: the Turkish locative, after an apostrophe, is
        // the case of where something is; a person takes it rarely.
        if self.turkish_locative_after(c) {
            return true;
        }
        // Brackets of its own: `Thomas Strobl (Heilbronn)`, `Casares (Málaga)`. (Not
        // after a quoted name, which they translate: the icebreaker `"The Sibir"
        // (Siberia)`.)
        if let Some(open) = ft.text[..start].trim_end().strip_suffix('(') {
            if ft.text[end..].trim_start().starts_with(')')
                && !self.shouted(f, c.start)
                && !open
                    .trim_end()
                    .ends_with(['"', '“', '”', '»', '«', '’', '\''])
            {
                return true;
            }
        }
        // The first part of a compound adjective (`the Denver-based court`), in a text
        // of a language told apart: not a name of hyphenated words (`la Seine-et-Marne`,
        // a department), nor a compound of a language that joins its words to a name
        // by a hyphen (Finnish `Tonava-nimiselle`, "to the one named Tonava").
        if c.end < ft.toks.len()
            && matches!(
                &ft.text[end..ft.toks[c.end].original.start],
                "-" | "\u{2010}" | "\u{2011}"
            )
            && self.tok_case(f, c.end) == Case::Lower
            && !ft.text[ft.toks[c.end].original.end..].starts_with(['-', '\u{2010}', '\u{2011}'])
            && self.language().count_ones() == 1
        {
            return true;
        }
        // A chain of names joined by hyphens with another place's name in it.
        let place_word = |i: usize| {
            let t = &ft.toks[i];
            let dict = &self.linker.dict;
            !t.ideograph
                && self.tok_case(f, i) == Case::Upper
                && dict.root(t.id) != NONE
                && dict
                    .keys(dict.root(t.id))
                    .iter()
                    .any(|k| k.entity_kind == Kind::Place && k.kind.is_full())
        };
        let hyphen = |a: usize| {
            matches!(
                &ft.text[ft.toks[a].original.end..ft.toks[a + 1].original.start],
                "-" | "\u{2010}" | "\u{2011}" | "\u{2013}"
            ) && self.tok_case(f, a + 1) == Case::Upper
        };
        let mut i = c.start;
        while i > 0 && c.start - i < 6 && hyphen(i - 1) {
            i -= 1;
            if place_word(i) {
                return true;
            }
        }
        let mut i = c.end - 1;
        while i + 1 < ft.toks.len() && i + 1 - c.end < 6 && hyphen(i) {
            i += 1;
            if place_word(i) {
                return true;
            }
        }
        false
    }

    /// True when the one-word span opens a list (up to six names, each one capitalised
    /// word, joined by commas or a list word) after a preposition said as often before
    /// a person ([`place::is_person_preposition`]), and the list's other names are all
    /// people's name words ([`Doc::name_word`]), none a place's: a list of people
    /// (`learned from Kennedy, Breyer and Thomas`), where the preposition says nothing
    /// of place.
    fn listed_with_people(&self, c: &Cand) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        if c.end - c.start != 1 {
            return false;
        }
        let dict = &self.linker.dict;
        let gap =
            |a: usize, b: usize| ft.text[ft.toks[a].original.end..ft.toks[b].original.start].trim();
        let list_word = |i: usize| {
            place::is_list_word(self.tok_text(f, i)) && self.tok_case(f, i) == Case::Lower
        };
        // (The list's first name only: `in Freudenstadt, Nürnberg, Landau und Hamburg`
        // says place for all.)
        if c.start > 0 && (gap(c.start - 1, c.start) == "," || list_word(c.start - 1)) {
            return false;
        }
        // (After a preposition said as often before a person: `from`, `to`, `bei`.)
        if !self
            .adjacent_before(f, c.start)
            .is_some_and(|p| place::is_person_preposition(self.tok_text(f, p)))
        {
            return false;
        }
        let mut person = false;
        let mut last = c.start;
        for _ in 0..6 {
            let n = last + 1;
            if n >= ft.toks.len() || ft.toks[n].ideograph {
                break;
            }
            // `Kennedy, Scalia and Thomas`, `Kennedy, Scalia, and Thomas`.
            let m = match gap(last, n) {
                "," if list_word(n) && n + 1 < ft.toks.len() && gap(n, n + 1).is_empty() => n + 1,
                "," => n,
                "" if list_word(n) && n + 1 < ft.toks.len() && gap(n, n + 1).is_empty() => n + 1,
                _ => break,
            };
            // Each name one word, ended by a comma, a list word or the sentence's end
            // (not `Larry Neumeister`, `Mata de Pera`).
            let ended = m + 1 >= ft.toks.len()
                || !gap(m, m + 1).is_empty()
                || (list_word(m + 1) && !ft.toks[m + 1].ideograph);
            if !self.capitalised_content(f, m) {
                break;
            }
            let root = dict.root(ft.toks[m].id);
            if root != NONE
                && dict
                    .keys(root)
                    .iter()
                    .any(|k| k.entity_kind == Kind::Place && k.kind.is_full())
            {
                return false;
            }
            if !ended {
                break;
            }
            if !self.name_word(f, m, false) {
                return false;
            }
            person = true;
            last = m;
        }
        person
    }

    /// True when the one-word span opens a quotation, after its opening mark or after
    /// the mark and an English article (`"The Sibir"`, `«Дністер-Агро»`, `„Дунав“`),
    /// that closes after at most three more words of the same sentence: the title of a
    /// vessel, a firm, a club or a work named after the place.
    fn opens_quoted_title(&self, c: &Cand) -> bool {
        const OPENING: &[char] = &['"', '„', '“', '”', '«', '»', '‚', '‘'];
        const CLOSING: &[char] = &['"', '“', '”', '«', '»', '‘', '’'];
        let ft = &self.texts[c.field];
        let (start, end) = (
            ft.toks[c.start].original.start,
            ft.toks[c.end - 1].original.end,
        );
        let before = &ft.text[..start];
        let before = before
            .strip_suffix("The ")
            .or_else(|| before.strip_suffix("the "))
            .unwrap_or(before);
        let Some(outside) = before.strip_suffix(OPENING) else {
            return false;
        };
        if !outside
            .chars()
            .next_back()
            .is_none_or(|ch| ch.is_whitespace() || ch == '(')
        {
            return false;
        }
        let after = &ft.text[end..];
        let Some(close) = after.find(CLOSING) else {
            return false;
        };
        // (Capitalised words only: `„Zaporižja treba vašu pomoć“` is a quoted sentence.)
        let inside = &after[..close];
        close <= 60
            && inside.split_whitespace().count() <= 3
            && inside
                .split(|ch: char| ch.is_whitespace() || matches!(ch, '-' | '\u{2010}' | '\u{2011}'))
                .all(|w| w.is_empty() || w.chars().next().is_some_and(char::is_uppercase))
            && inside.chars().all(|ch| {
                ch.is_alphanumeric()
                    || ch.is_whitespace()
                    || matches!(ch, '-' | '\u{2010}' | '\u{2011}' | '&')
            })
    }

    /// True when the one-word span's word is a person's name word of rigour's data
    /// (any script) and the document writes it somewhere as the first word of a longer
    /// name: right before a capitalised word that is no place's name, not at a
    /// sentence's start, in a field not in title case and a text not in German, whose
    /// nouns are capitalised (`Рајна Вучевић`, a woman's name).
    fn opens_longer_name_in_document(&self, c: &Cand) -> bool {
        let original = self.tok_original(c.field, c.start);
        if crate::name_groups::part_key(original)
            .is_none_or(|k| crate::name_groups::groups(&k).is_empty())
            || self.language() == place::GERMAN
        {
            return false;
        }
        let id = self.texts[c.field].toks[c.start].id;
        if id == NONE {
            return false;
        }
        let dict = &self.linker.dict;
        self.texts.iter().enumerate().any(|(f, ft)| {
            !self.title_case(f)
                && ft.positions(id).any(|i| {
                    self.tok_case(f, i) == Case::Upper
                        && self.adjacent_after(f, i + 1).is_some_and(|n| {
                            let next = &ft.toks[n];
                            self.capitalised_content(f, n)
                                && !self.shouted(f, n)
                                && !self.sentence_initial(f, n)
                                && (dict.root(next.id) == NONE
                                    || !dict
                                        .keys(dict.root(next.id))
                                        .iter()
                                        .any(|k| k.entity_kind == Kind::Place))
                        })
                })
        })
    }

    /// True when the document writes the one-word span's word somewhere as the last
    /// word of a longer name: right after a capitalised word (or an acronym) that is no
    /// place's name, no function word, no form of address or title and no settlement's
    /// noun, inside a sentence, in a field not written in title case (`RB Leipzig`,
    /// `Arminia Bielefeld`, `Borussia Dortmund`). There the town's name is that name's
    /// short form (`Leipzig fans`, `Bielefeld took the lead`), as a surname is a
    /// person's; a preposition of place or a dateline still says place.
    fn named_inside_longer_name(&self, c: &Cand) -> bool {
        let names = self.longer_names.get_or_init(|| {
            let dict = &self.linker.dict;
            let mut names = HashSet::default();
            for (f, ft) in self.texts.iter().enumerate() {
                if self.title_case(f) {
                    continue;
                }
                for j in 1..ft.toks.len() {
                    let t = &ft.toks[j];
                    // (The capital before the set: most words are lowercase.)
                    // (Not a place's case form: `die Rolle Genfs` is a genitive after
                    // its head noun, not a name ending with `Genf`.)
                    if t.ideograph
                        || matches!(t.how, How::PlaceCase(_))
                        || self.tok_case(f, j) != Case::Upper
                        || names.contains(&t.id)
                        || self.shouted(f, j)
                        || dict.root(t.id) == NONE
                        || !dict
                            .keys(dict.root(t.id))
                            .iter()
                            .any(|k| k.entity_kind == Kind::Place)
                    {
                        continue;
                    }
                    let Some(p) = self.adjacent_before(f, j) else {
                        continue;
                    };
                    let word = self.tok_text(f, p);
                    let head = (self.capitalised_content(f, p) || self.shouted(f, p))
                        && !self.sentence_initial(f, p)
                        && !self.word(f, p).function
                        && !place::is_form_of_address(word)
                        && !place::is_settlement_word(word)
                        && !place::is_place_preposition(word)
                        && (dict.root(ft.toks[p].id) == NONE
                            || !dict
                                .keys(dict.root(ft.toks[p].id))
                                .iter()
                                .any(|k| k.entity_kind == Kind::Place && k.kind.is_full()));
                    if head {
                        names.insert(t.id);
                    }
                }
            }
            names
        });
        !names.is_empty() && names.contains(&self.texts[c.field].toks[c.start].id)
    }

    /// True when the document writes token `p` and the span's first word, in this
    /// order and next to each other, somewhere else too (in any field).
    fn pair_written_again(&self, c: &Cand, p: usize) -> bool {
        let (word, name) = (self.tok_text(c.field, p), self.tok_text(c.field, c.start));
        self.texts.iter().enumerate().any(|(f, ft)| {
            (1..ft.toks.len()).any(|q| {
                (f, q) != (c.field, c.start)
                    && self.tok_text(f, q) == name
                    && self.tok_text(f, q - 1) == word
                    && ft
                        .text
                        .get(ft.toks[q - 1].original.end..ft.toks[q].original.start)
                        .is_some_and(|gap| gap.chars().all(char::is_whitespace))
            })
        })
    }

    /// True when given names come right before the span, none of them an initial:
    /// words the gazetteer or rigour's name data know as name parts, also with a case
    /// ending, none a place's name, the last ending in the span's last letter
    /// (`Харолда Пинтера`, `Данила Медведева`). A span in an inflected or
    /// transcribed form after them is a person's surname as surely as one written as
    /// the name is, so it too can mark the surname as someone else's for the rest of
    /// the document ([`Doc::claimed_by_someone_else`]).
    fn given_names_before(&self, c: &Cand) -> bool {
        let run = self.run_before(c);
        let dict = &self.linker.dict;
        let last_letter = |i: usize| self.tok_original(c.field, i).chars().last();
        // (The word right before ends as the span does, as a given name and a surname
        // in one case do: `Михаила Зверева`, `Михаилу Звереву`. Not a place's case
        // form, `Во Львове Залужного`, whatever given name its base may be.)
        run.tokens
            .last()
            .is_some_and(|&p| last_letter(p) == last_letter(c.end - 1))
            && run.tokens.iter().all(|&p| {
                let t = &self.texts[c.field].toks[p];
                !self.is_initial(c.field, p)
                    && !self.no_name_part(c.field, p)
                    && (t.id == NONE
                        || !dict
                            .keys(t.root)
                            .iter()
                            .any(|k| k.entity_kind == Kind::Place))
            })
    }

    /// Drops the links of a place whose name stands alone in quotation marks (`ралли
    /// «Дакар»`, `хотел „Родос“`, `sena „Volga“`, `чёрную «Волгу»`, `Το πλοίο
    /// «Ρόδος»`): the press quotes the names of things named after places (a club, a
    /// hotel, a car, a ship, a rally), not the places. (Single quotes are left alone:
    /// `l'Italie`.) Bodies keep theirs: `«Роснефть»` is the company.
    fn drop_quoted_places(&mut self) {
        const OPENING: &[char] = &['«', '„', '“', '"', '‹', '「'];
        const CLOSING: &[char] = &['»', '“', '”', '"', '›', '」'];
        let entities = self.linker.gazetteer.entities();
        let texts = &self.texts;
        self.linked.retain(|l| {
            if entities[l.entity as usize].kind != Kind::Place {
                return true;
            }
            let ft = &texts[l.field];
            let (start, end) = (
                ft.toks[l.start].original.start,
                ft.toks[l.end - 1].original.end,
            );
            let opened = ft.text[..start]
                .chars()
                .next_back()
                .is_some_and(|ch| OPENING.contains(&ch));
            let closed = ft.text[end..]
                .chars()
                .next()
                .is_some_and(|ch| CLOSING.contains(&ch));
            !(opened && closed)
        });
    }

    /// Extends a person's mention that ends with the first half of one of the
    /// person's hyphenated double surnames over the word after the hyphen, when that
    /// word starts as the second half does (its first four letters, or all of a
    /// shorter one): the double surname with a case ending the lists lack (Estonian
    /// `Grahn-Laasoneniga`, Finnish `Grahn-Laasosen`, Czech `Meinl-Reisingerovou`,
    /// `Halla-ahon`). The first half alone is not what the text wrote.
    fn complete_double_surnames(&mut self) {
        const STEM: usize = 4;
        for i in 0..self.linked.len() {
            let l = self.linked[i];
            let ft = &self.texts[l.field];
            let next = l.end;
            if next >= ft.toks.len()
                || ft.occupied[next]
                || ft.toks[next].ideograph
                || ft
                    .folded
                    .as_str()
                    .get(ft.toks[l.end - 1].folded.end..ft.toks[next].folded.start)
                    != Some("-")
                || ft
                    .text
                    .get(ft.toks[l.end - 1].original.end..ft.toks[next].original.start)
                    != Some("-")
            {
                continue;
            }
            let entity = &self.linker.gazetteer.entities()[l.entity as usize];
            if entity.kind != Kind::Person {
                continue;
            }
            let last = self.tok_text(l.field, l.end - 1);
            let word = self.tok_text(l.field, next);
            let completes = entity.names().any(|n| {
                let folded = nomen_fold::fold(n);
                folded.split_whitespace().any(|w| {
                    let mut halves = w.split('-');
                    matches!(
                        (halves.next(), halves.next(), halves.next()),
                        (Some(first), Some(second), None)
                            if first == last
                                && second.chars().count() >= 3
                                && word.starts_with(
                                    &second[..second
                                        .char_indices()
                                        .nth(STEM)
                                        .map_or(second.len(), |(at, _)| at)],
                                )
                    )
                })
            });
            if completes {
                self.texts[l.field].occupied[next] = true;
                self.linked[i].end = next + 1;
            }
        }
    }

    /// True when a word of the span is an inflected or transcribed form ([`How`]):
    /// weaker evidence, which never marks the name as someone else's for the rest
    /// of the document.
    fn variant_span(&self, c: &Cand) -> bool {
        self.texts[c.field].toks[c.start..c.end]
            .iter()
            .any(|t| t.how_in(c.end - c.start) != How::Same)
    }

    /// Whether the words of the span `start..end`, some of which may be inflected or
    /// transcribed forms ([`How`]), can name `key`'s entity, and the rule that says
    /// so: `Ok(None)` when every word is a token as written; `Err` when the forms do
    /// not fit the entity. A plural (`Макроны`) is not a person; a consonant-stem case
    /// ending is a man's (a woman's foreign surname does not decline in Russian), `-ová`
    /// a woman's ([`Doc::female`]); a Latin or Greek ending or a transcription names
    /// only a person, and a single such word (or a single declined word naming a
    /// person) needs the person named in full in the document or a title or role word
    /// right before it.
    fn variant_rule(
        &self,
        field: usize,
        start: usize,
        end: usize,
        key: &Key,
    ) -> Result<Option<Rule>, ()> {
        let toks = &self.texts[field].toks[start..end];
        if toks.iter().all(|t| t.how_in(end - start) == How::Same) {
            return Ok(None);
        }
        let person = key.entity_kind == Kind::Person;
        let mut transcribed = false;
        let mut respelled = false;
        let mut strict = false;
        let mut declined = false;
        let mut exonym = false;
        let mut place_case = false;
        let mut kinds: Vec<EndingKind> = Vec::new();
        for (j, t) in toks.iter().enumerate() {
            match t.how_in(end - start) {
                How::Same => {}
                How::Exonym => exonym = true,
                How::PlaceCase(_) => place_case = true,
                // (A person's ending may be a place's too: `Hamburgs`, read by the
                // persons' endings when the persons' filter lets the word through;
                // only for a word that names places only, not `Petro`.)
                How::Inflected(_)
                    if key.entity_kind == Kind::Place
                        && only_places(self.linker, t.id)
                        && self.place_ending(field, start + j).is_some() =>
                {
                    place_case = true;
                }
                // The Arabic article as the text's language writes it (`ас-Сиси`):
                // a spelling, no weaker evidence than the name itself.
                How::Respelled(None)
                    if self
                        .linker
                        .dict
                        .token_text(t.id)
                        .is_some_and(is_arabic_article) =>
                {
                    // (The article is a particle: [`Doc::article`].)
                    respelled = true;
                }
                How::Declined(k) => {
                    declined = true;
                    kinds.push(k);
                }
                How::Inflected(k) => {
                    strict = true;
                    kinds.push(k);
                }
                How::Transcribed(k) => {
                    strict = true;
                    transcribed = true;
                    kinds.extend(k);
                }
                How::Respelled(k) => {
                    strict = true;
                    respelled = true;
                    kinds.extend(k);
                }
            }
        }
        // A transcription or a Latin ending is weak evidence, and so is a part of a name
        // only sometimes used alone (`John` of `Donald John Trump`): both together are
        // not enough (`Gone`, `Schon` and `Cohen` sound like `John`; `Rep. Devin Nunes`
        // is not `Devi` of `Kamala Devi Harris` with an ending).
        if strict && key.kind == KeyKind::SurnameWeak {
            return Err(());
        }
        // A place's respelling or case form names only a place.
        if (exonym || place_case) && key.entity_kind != Kind::Place {
            return Err(());
        }
        // A body's one-word name takes endings and transcriptions too (`Natossa`,
        // `Фронтекс`); a place's does not (its declined Cyrillic forms aside).
        let body = key.entity_kind == Kind::Organization;
        // A Latin word that sounds like a Latin word of a body's name is another word
        // (`Hence` sounds like French `unies` of `Nations unies`): the respellings of
        // one name in Latin letters (`Selenskyj`, `Putyin`) are people's.
        if transcribed
            && !person
            && toks.iter().any(|t| {
                t.how != How::Same
                    && Script::of(&self.texts[field].text[t.original.clone()])
                        == Some(Script::Latin)
            })
        {
            return Err(());
        }
        if strict && !person && !body {
            return Err(());
        }
        // (A body's name in Russian `-и` after a soft consonant is the genitive of a
        // noun in `-ь`, which romanises to nothing: `Роснефти` of Роснефть.)
        if body
            && toks.iter().any(|t| {
                matches!(
                    t.how,
                    How::Declined(EndingKind::Plural)
                        | How::Inflected(EndingKind::Plural)
                        | How::Transcribed(Some(EndingKind::Plural))
                        | How::Respelled(Some(EndingKind::Plural))
                ) && !soft_sign_case(&self.texts[field].text[t.original.clone()])
            })
        {
            return Err(());
        }
        if person {
            if kinds.contains(&EndingKind::Plural) {
                return Err(());
            }
            let masculine = kinds.contains(&EndingKind::Masculine);
            let feminine = kinds.contains(&EndingKind::Feminine);
            // A woman's form right after her given name says she is one, when the
            // gazetteer does not (no `gender`, a given name not in `-a`: `Katalin
            // Nováková`): her surname alone may then take it too. And a man's case
            // ending right after his given name says he is a man where only his given
            // name in `-a` made him a woman (South Slavic Ivica, Mirza; `s ministrom
            // Ivico Dačićem`, `Ивицы Дачича`): his surname alone may then take it
            // too (rule `inflected`, as any case ending).
            let guessed = self.stated_gender(key.entity).is_none();
            let female = (self.female(key.entity)
                && !(guessed
                    && masculine
                    && !feminine
                    && self.form_after_given(field, start, end, key, EndingKind::Masculine)))
                || (feminine
                    && !masculine
                    && self.form_after_given(field, start, end, key, EndingKind::Feminine));
            if (masculine || feminine)
                && female != feminine
                && !(female && !feminine && self.latvian_feminine(field, start, end))
            {
                return Err(());
            }
        }
        let content = toks
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                !(self.word(field, start + i).function || self.article(field, start + i))
            })
            .count();
        // A declined word alone is often a common word or someone else (`путина`, a
        // fishing season; `купца Туска`, a merchant): a person needs context too.
        // A lone surname transcribed from another script may stand alone when it is
        // rare enough to be the name ([`Doc::rare_transcription`]).
        let rare = person && toks.len() == 1 && self.rare_transcription(field, start);
        let rare_declined = person
            && toks.len() == 1
            && !rare
            && !self.named.contains(&key.entity)
            && self.rare_declined(field, start);
        let rare = rare || rare_declined;
        if (strict || declined)
            && person
            && content == 1
            && !rare
            && !self.named.contains(&key.entity)
        {
            let c = Cand::bare(field, start, end);
            // A title before a particle (`Kanzlerin der Deutschen`) is the title of
            // a noun phrase, not of a name. And a declined word that replaced the
            // name's last letter, between a title and a name word of its own, is
            // another person's given name (`Dr. Petra Sitte` is no genitive of
            // Petro); not an ending added to the whole name word (`presidentti
            // Stubbin Mäntyniemessä`) nor a possessive (`Präsident Macrons Rede`).
            if toks.len() > 1
                || !self.run_before(&c).honorific
                || (self.name_word_after(&c)
                    && !self.possessive_ending(field, start)
                    && !self.keeps_name_word(field, start, key))
            {
                return Err(());
            }
        }
        let turkish = toks
            .iter()
            .any(|t| t.turkish && matches!(t.how, How::Transcribed(_)));
        let russian_letters = toks.iter().enumerate().any(|(j, t)| {
            read_in_russian_letters(
                self.linker,
                self.tok_text(field, start + j),
                self.tok_original(field, start + j),
                t,
            )
        });
        Ok(Some(if exonym {
            Rule::Exonym
        } else if russian_letters {
            Rule::CyrillicCase
        } else if place_case {
            Rule::PlaceCase
        } else if rare_declined {
            Rule::InflectedAlone
        } else if rare && !self.named.contains(&key.entity) {
            Rule::TranscribedAlone
        } else if turkish {
            Rule::TurkishReading
        } else if transcribed {
            Rule::Transcribed
        } else if respelled {
            Rule::Respelled
        } else {
            Rule::Inflected
        }))
    }

    /// True when token `i` is a Cyrillic or Greek word that transcribes a person's
    /// Latin name word rare enough to need no other context: read as it stands (no
    /// ending removed), with exactly the name word's sounds, four consonant classes or
    /// more (`Зеленський`, `Ζελένσκι` for Zelensky; not `Туск`, `Кая`), inside a
    /// sentence of running text (a capital at a sentence start or in a headline
    /// proves nothing).
    fn rare_transcription(&self, field: usize, i: usize) -> bool {
        use super::phonetic;
        let t = &self.texts[field].toks[i];
        if t.how != How::Transcribed(None)
            || self.sentence_initial(field, i)
            || self.title_case(field)
        {
            return false;
        }
        let original = self.tok_original(field, i);
        let script = match Script::of(original) {
            Some(s @ (Script::Cyrillic | Script::Greek)) => s,
            _ => return false,
        };
        if self.linker.dict.token_text(t.id).is_none() {
            return false;
        }
        let word = self.tok_text(field, i);
        let spelled = match script {
            Script::Cyrillic => phonetic::cyrillic_spelling(original, word),
            _ => Cow::Borrowed(word),
        };
        let readings = phonetic::text(&spelled, script);
        with_readings(self.linker, t.id, |names| {
            readings
                .iter()
                .filter(|r| phonetic::key(r).is_some_and(|k| phonetic::key_classes(k) >= 4))
                .any(|r| names.iter().any(|n| phonetic::verify(r, n) == Some(0)))
        }) && !self.after_a_name_elsewhere(t.id)
    }

    /// True when the document writes the name word `token` somewhere right after a
    /// given name (of the gazetteer or of rigour's name groups: `ξεναγός Ανδρέας
    /// Χριστοδουλίδης`): a person of that surname with another given name (the
    /// entity's own would have linked the full name), whom the surname alone later
    /// is.
    fn after_a_name_elsewhere(&self, token: u32) -> bool {
        self.texts.iter().enumerate().any(|(f, ft)| {
            ft.toks.iter().enumerate().any(|(j, t)| {
                t.id == token
                    && self.adjacent_before(f, j).is_some_and(|p| {
                        self.capitalised_content(f, p)
                            && !self.sentence_initial(f, p)
                            && !ft.occupied[p]
                            && (self.linker.dict.is_given(ft.toks[p].id)
                                || crate::name_groups::part_key(self.tok_original(f, p))
                                    .is_some_and(|k| !crate::name_groups::groups(&k).is_empty()))
                    })
            })
        })
    }

    /// True when token `i` is a Cyrillic word with a case ending whose nominative is a
    /// person's Latin name word rare enough to need no other context: romanised, the
    /// nominative is the name word itself, of four consonant sounds or more
    /// (`Эрдоганом`, `Мицотакису`; not `Путина`, `Стубба`), inside a sentence of
    /// running text, and not a form a woman's surname also has (`Лаврова`, `Лавровой`
    /// of Olga Lavrova; `Зеленской`).
    fn rare_declined(&self, field: usize, i: usize) -> bool {
        use super::phonetic;
        let t = &self.texts[field].toks[i];
        if !matches!(
            t.how,
            How::Declined(EndingKind::Masculine | EndingKind::Case)
        ) || self.sentence_initial(field, i)
            || self.title_case(field)
            || Script::of(self.tok_original(field, i)) != Some(Script::Cyrillic)
        {
            return false;
        }
        let word = self.tok_text(field, i);
        let Some(name) = self.linker.dict.token_text(t.id) else {
            return false;
        };
        // A Russian-type surname in -ов, -ев, -ин, -ын has a woman's forms that are a
        // man's cases too (`Лаврова`, `Лаврову`; `Лавровой` is hers alone): only the
        // man's instrumental and prepositional (`Лавровым`, `Лаврове`) count.
        let russian_type = ["ov", "ev", "in", "yn"].iter().any(|e| name.ends_with(e));
        if russian_type && !(word.ends_with("ym") || word.ends_with('e')) {
            return false;
        }
        // An adjectival surname (`Зеленский`) has a woman's forms too (`Зеленская`,
        // `Зеленской`, Ukrainian `Зеленська`): only a man's endings count.
        let adjectival = ["ky", "ki", "kiy", "kyi", "kyy", "kij", "kyj"]
            .iter()
            .any(|e| name.ends_with(e));
        if adjectival
            && !["ogo", "omu", "im", "ym", "om"]
                .iter()
                .any(|e| word.ends_with(e))
        {
            return false;
        }
        name.is_ascii()
            && phonetic::latin(name)
                .iter()
                .any(|r| phonetic::key(r).is_some_and(|k| phonetic::key_classes(k) >= 4))
            && !self.after_a_name_elsewhere(t.id)
    }

    /// True when the document writes a form of `kind` of a word of the span
    /// `start..end` right after one of `key`'s given names (the word itself or one
    /// that sounds the same, declined or not), or the span is a full name with such a
    /// form after its first word: a woman's form (Czech and Slovak `-ová`,
    /// [`EndingKind::Feminine`]) or a man's case ending ([`EndingKind::Masculine`]).
    fn form_after_given(
        &self,
        field: usize,
        start: usize,
        end: usize,
        key: &Key,
        kind: EndingKind,
    ) -> bool {
        let is_kind = |how: How| {
            matches!(
                how,
                How::Inflected(k) | How::Declined(k) | How::Transcribed(Some(k))
                    | How::Respelled(Some(k)) if k == kind
            )
        };
        let words: Vec<u32> = self.texts[field].toks[start..end]
            .iter()
            .filter(|t| is_kind(t.how))
            .map(|t| t.id)
            .collect();
        let givens: Vec<u32> = self
            .linker
            .dict
            .givens(key.entity, key.name, key.split)
            .filter(|g| !g.1)
            .map(|g| g.0)
            .collect();
        if words.is_empty() {
            return false;
        }
        // The span itself: a full name whose word after the first has the form (the
        // words before it are the name's given names: `Mirzom Kovačevićem`).
        if end - start >= 2 && key.kind.is_full() {
            let toks = &self.texts[field].toks;
            if (start + 1..end).any(|j| is_kind(toks[j].how)) {
                return true;
            }
        }
        if givens.is_empty() {
            return false;
        }
        self.texts.iter().enumerate().any(|(f, ft)| {
            ft.toks.iter().enumerate().any(|(j, t)| {
                is_kind(t.how)
                    && words.contains(&t.id)
                    && self.adjacent_before(f, j).is_some_and(|p| {
                        givens.iter().any(|&g| {
                            (ft.toks[p].id == g && g != NONE) || self.sounds_like(f, p, g)
                        })
                    })
            })
        })
    }

    /// True when every word of `toks` with a man's ending is a Latvian woman's
    /// form of a surname in a consonant, in a document written in Latvian letters
    /// (`ā ē ī ū ķ ļ ņ ģ`): Latvian gives such a surname the `-a` of its 4th
    /// declension, or the `-e` of its 6th, and their cases (Merkel: Merkele, Merkeles;
    /// Valtonen: Valtonena, Valtonenas, Valtonenai, Valtonenu), which Slavic and
    /// Lithuanian put on a man's name only (Latvian Language Agency, `Latviešu
    /// valodas gramatika` 2013, nouns of the 4th and 6th declension).
    fn latvian_feminine(&self, field: usize, start: usize, end: usize) -> bool {
        const ENDINGS: [&str; 8] = ["a", "as", "ai", "u", "e", "es", "ei", "i"];
        let masculine = |how: How| {
            matches!(
                how,
                How::Declined(EndingKind::Masculine)
                    | How::Inflected(EndingKind::Masculine)
                    | How::Transcribed(Some(EndingKind::Masculine))
                    | How::Respelled(Some(EndingKind::Masculine))
            )
        };
        let dict = &self.linker.dict;
        let latvian_forms = (start..end)
            .filter(|&i| masculine(self.texts[field].toks[i].how))
            .all(|i| {
                let Some(name) = dict.token_text(self.texts[field].toks[i].id) else {
                    return false;
                };
                self.tok_text(field, i)
                    .strip_prefix(name)
                    .is_some_and(|ending| ENDINGS.contains(&ending))
                    && !name.ends_with(|c: char| "aeiouy".contains(c))
            });
        latvian_forms
            && self.texts.iter().any(|ft| {
                ft.text
                    .contains(['ā', 'ē', 'ī', 'ū', 'ķ', 'ļ', 'ņ', 'ģ', 'Ā', 'Ē', 'Ī', 'Ū'])
            })
    }

    /// The gazetteer's `gender` field of the entity, when it has one it reads:
    /// `Some(true)` for a woman (`female`, `f`, `woman`, `w`), `Some(false)` for a
    /// man (`male`, `m`, `man`).
    fn stated_gender(&self, entity: u32) -> Option<bool> {
        let e = self.linker.gazetteer.entities().get(entity as usize)?;
        let g = e.extra.get("gender")?.as_str()?.trim().to_lowercase();
        if ["female", "f", "woman", "w"].contains(&g.as_str()) {
            Some(true)
        } else if ["male", "m", "man"].contains(&g.as_str()) {
            Some(false)
        } else {
            None
        }
    }

    /// Whether the entity is a woman: the gazetteer's `gender` field (`female`, `f`,
    /// `woman`; `male`, `m`, `man`) when it has one, else her first given name read
    /// as a woman's by its ending (`-a`, `-ine`, `-elle`, `-ette`: Angela, Christine),
    /// a rough rule used only to refuse case endings that Russian and Ukrainian do not
    /// put on women's consonant-final surnames. A given name in `-a` is a man's when
    /// it is one name with its form in `-s` in rigour's given-name groups
    /// ([`crate::name_groups::shared_group`]): the South Slavic and Italian men's
    /// names in `-a` are the Greek, Lithuanian and German `-as`, `-s` names (Luka and
    /// Lukas, Nikola and Nikolas, Andrea and Andreas); a woman's name has no such
    /// form (Angela, Anna, Elina).
    fn female(&self, entity: u32) -> bool {
        let Some(e) = self.linker.gazetteer.entities().get(entity as usize) else {
            return false;
        };
        if let Some(stated) = self.stated_gender(entity) {
            return stated;
        }
        let parsed = crate::name::parse_name(&e.name);
        let parts = parsed.content_given_first();
        match parts.as_slice() {
            [given, _, ..] if !given.is_initial => {
                let g = given.folded.as_str();
                ["a", "ine", "elle", "ette"]
                    .iter()
                    .any(|end| g.ends_with(end))
                    && !(g.ends_with('a') && masculine_in_a(g))
            }
            _ => false,
        }
    }

    /// True when two mentions of one field are next to each other in a list: only a
    /// comma, a slash or a word like `and`, `und`, `y` between them (`Hagen und
    /// Siegen`, `Siegen, Germany`).
    fn listed_together(&self, a: &Linked, b: &Linked) -> bool {
        if a.field != b.field {
            return false;
        }
        let (first, second) = if a.start < b.start { (a, b) } else { (b, a) };
        if first.end > second.start {
            return false;
        }
        let ft = &self.texts[a.field];
        let between = &ft.toks[first.end..second.start];
        let gap = ft
            .text
            .get(ft.toks[first.end - 1].original.end..ft.toks[second.start].original.start)
            .unwrap_or("");
        match between {
            [] => {
                let gap = gap.trim();
                matches!(gap, "," | "/")
            }
            [word] => {
                let w = &ft.folded.as_str()[word.folded.clone()];
                place::is_list_word(w) && !gap.contains(['.', ';', '\n'])
            }
            _ => false,
        }
    }

    /// The languages (ISO 639-1 codes) whose press writes the acronym `key` came
    /// from, as its entity's `by_language` field gives them; empty when the field
    /// does not give it ([`by_language::languages_of`]).
    fn acronym_languages(&self, key: &Key) -> Rc<[Box<str>]> {
        self.acronym_bound(key).listed
    }

    /// The languages the acronym `key` came from is bound to: those whose press
    /// writes it for the body, and, for the user's own acronym of a body merged with
    /// a built-in one, those whose press writes another acronym of the body for
    /// which the user's means something else ([`AcronymBound`]).
    ///
    /// Worked out once per thread and key ([`ACRONYM_LANGUAGES`]): it folds every
    /// name of the field, and the same few acronyms come back in document after
    /// document.
    fn acronym_bound(&self, key: &Key) -> AcronymBound {
        let gazetteer = &self.linker.gazetteer;
        let entity = &gazetteer.entities()[key.entity as usize];
        if entity.extra.is_empty() {
            return AcronymBound::default();
        }
        let work_out = || -> AcronymBound {
            let Some(name) = entity.names().nth(usize::from(key.name)) else {
                return AcronymBound::default();
            };
            let listed: Vec<&str> = by_language::languages_of(entity, name);
            let own = gazetteer
                .own_names(entity)
                .is_some_and(|n| usize::from(key.name) < n);
            let against: Rc<[Box<str>]> = if own {
                by_language::other_acronym_languages(entity, name)
                    .into_iter()
                    .filter(|l| !language::fits(&listed, l))
                    .map(Box::from)
                    .collect()
            } else {
                Rc::from([])
            };
            AcronymBound {
                listed: listed.into_iter().map(Box::from).collect(),
                against,
                own,
            }
        };
        ACRONYM_LANGUAGES.with(|memo| {
            let Ok(mut memo) = memo.try_borrow_mut() else {
                return work_out();
            };
            if memo.0 != self.linker.id {
                memo.0 = self.linker.id;
                memo.1.clear();
            }
            memo.1
                .entry((key.entity, key.name))
                .or_insert_with(work_out)
                .clone()
        })
    }

    /// True when the document is written in one of `languages` (ISO 639-1 codes), as
    /// whatlang or the function words ([`Doc::language`]) tell.
    ///
    /// The function words are asked first: whatlang's guess costs about thirty times
    /// as much (730,000 instructions a document), and is needed only when they do not
    /// tell one of `languages`.
    fn written_in(&self, languages: &[Box<str>]) -> bool {
        place::language_code(self.language()).is_some_and(|code| language::fits(languages, code))
            || self
                .iso_language
                .get_or_init(|| language::detect(self.texts.iter().map(|ft| ft.text)))
                .is_some_and(|code| language::fits(languages, code))
    }

    /// True when the document is written in the language `code` (an ISO 639-1 code),
    /// or one [`language::fits`] makes one with it, as [`Doc::written_in`] tells.
    fn written_in_language(&self, code: &str) -> bool {
        place::language_code(self.language()).is_some_and(|own| language::fits(&[code], own))
            || self
                .iso_language
                .get_or_init(|| language::detect(self.texts.iter().map(|ft| ft.text)))
                .is_some_and(|own| language::fits(&[code], own))
    }

    /// True when the function words tell no language of the document
    /// ([`place::ANY_LANGUAGE`]) and whatlang is sure of one they tell apart that is
    /// none of `languages` (bits of [`place::detect_language`]): a name that is a
    /// common word only in those is no common word of this text. (Not a language they
    /// do not tell apart: its common words are not in the data, and a romanised
    /// Korean `받아` is no less a word for not being Dutch.) Asked only for such a
    /// name, so whatlang runs only then.
    fn whatlang_clears(&self, languages: u8) -> bool {
        self.language() == place::ANY_LANGUAGE
            && self
                .iso_language
                .get_or_init(|| language::detect(self.texts.iter().map(|ft| ft.text)))
                .is_some_and(|code| {
                    let bit = place::language_bit(code);
                    bit != 0 && bit & languages == 0
                })
    }

    /// True when the acronym `key` is one the Italian press writes for its body (the
    /// entity's `by_language` gives it for `it`): the Italian press writes
    /// the acronyms it says as words with one capital (`l'Onu`, `la Bce`, `il Fmi`,
    /// `l'Uit`; its style books' rule for sigle), and a word so written
    /// is that acronym only in an Italian text (the caller binds it there). Other
    /// languages write such a word for something else (Dutch `Uit`, "out").
    fn italian_acronym(&self, key: &Key) -> bool {
        self.acronym_languages(key).iter().any(|l| &**l == "it")
    }

    /// The document's language, as a bit of [`place::detect_language`].
    fn language(&self) -> u8 {
        *self
            .language
            .get_or_init(|| place::detect_language(self.folded_words()))
    }

    /// The document's folded words, field after field, without ideographs.
    fn folded_words(&self) -> impl Iterator<Item = &str> {
        self.texts.iter().flat_map(|ft| {
            ft.toks
                .iter()
                .filter(|t| !t.ideograph)
                .map(|t| &ft.folded.as_str()[t.folded.clone()])
        })
    }

    /// True when the span, whose last word is a place's name with a Latin-script
    /// case ending ([`How::PlaceCase`]), names the place `key` by the evidence that
    /// ending needs ([`place_case::Evidence`]): never in a text of a language told
    /// apart that does not decline names (English, Spanish, French, Italian,
    /// Portuguese, Dutch: `Cuban`, `Romans`), nor for a place's name that is a
    /// common word of the text's language; a preposition of the ending's language
    /// right before the span (`w Berlinie`, `v Praze`, `u Zagrebu`, `z Gdańska`);
    /// for a local case (`Helsingistä`, `Berlinben`, `Vilniuje`, `Londrei`) or the
    /// German genitive in a German text (`Berlins`), a large place (a country, a
    /// capital, a city of a million: not a town, [`place::PlaceFacts::needs_evidence`])
    /// whose name is no common word of the text's language; for a local case that
    /// says where ([`place_case::PlaceEnding::says_where`]: `Debrecenben`,
    /// `Tampereella`), a town too, whose name is no common word of the text's
    /// language ([`Rule::TownCase`]). The rule the evidence links by, if any.
    fn place_case_evidence(&self, c: &Cand, key: &Key) -> Option<Rule> {
        // (Never an acronym's name: see [`place_case`].)
        if key.kind.is_acronym() {
            return None;
        }
        let ending = self.place_ending(c.field, c.end - 1)?;
        if let Some(rule) = self.ending_evidence(c, key, ending) {
            return Some(rule);
        }
        // The word's other readings as a case form of the same place (`ve Francii`:
        // the Polish `-i` of `Francia` needs a Polish preposition, the Czech `-ii` of
        // `Francie` has one): the one its context proves.
        let i = c.end - 1;
        let (word, original) = (self.tok_text(c.field, i), self.tok_original(c.field, i));
        let dict = &self.linker.dict;
        place_case::for_each_base(word, original, &mut |base, e| {
            let other = place_case::ending(e);
            let id = dict.token(base);
            if std::ptr::eq(other, ending) || id == NONE {
                return std::ops::ControlFlow::Continue(());
            }
            match dict
                .keys(dict.root(id))
                .iter()
                .find(|k| {
                    k.entity == key.entity && k.kind.is_full() && k.fits_script(super::dict::LATIN)
                })
                .and_then(|k| self.ending_evidence(c, k, other))
            {
                Some(rule) => std::ops::ControlFlow::Break(rule),
                None => std::ops::ControlFlow::Continue(()),
            }
        })
    }

    /// [`Doc::place_case_evidence`] for one reading of the span's last word: the
    /// place `key` with the case ending `ending`.
    fn ending_evidence(
        &self,
        c: &Cand,
        key: &Key,
        ending: &place_case::PlaceEnding,
    ) -> Option<Rule> {
        if !self.ending_language(ending) {
            return None;
        }
        // A Finnish genitive before a capitalised word is the first word of a longer
        // name (`Helsingin Sanomat`, a newspaper).
        if ending.finnish_genitive()
            && self
                .adjacent_after(c.field, c.end)
                .is_some_and(|n| self.tok_case(c.field, n) == Case::Upper)
        {
            return None;
        }
        let language = self.language();
        let places = self.linker.places();
        // (A stem of three letters, `u Rimu`, `u Beču`: a large place's only.)
        if c.end - c.start == 1
            && place_case::short_stem(self.tok_text(c.field, c.start), ending)
            && places.needs_evidence(key.entity)
        {
            return None;
        }
        let preposition = self
            .adjacent_before(c.field, c.start)
            .is_some_and(|p| self.case_preposition(c.field, p, ending));
        // A natural feature's name in a local case (`Korsikalla`, `Kaukázusban`,
        // `Kaukaze`, `Itämeren`) names the feature as a large place's does: the
        // evidence a feature's one-word name otherwise needs is against a club's, a
        // ship's or a brand's name, which the press of these languages writes in
        // the nominative or in quotation marks ([`Doc::opens_quoted_name`]).
        // (So does its genitive in German and Scandinavian (`die Regierung Kretas`,
        // `Ölands kommuner`): the clubs and firms named after a place are named after
        // regions and towns (`Bayerns Trainer`), rarely after an island or a river.)
        let large = !places.needs_evidence(key.entity)
            || (ending.evidence != place_case::Evidence::Preposition && places.feature(key.entity));
        if preposition || self.coordinated_after_preposition(c, ending) {
            return Some(Rule::PlaceCase);
        }
        if ending.evidence == place_case::Evidence::Preposition
            || places.common_word(key.entity, key.name) & language != 0
        {
            return None;
        }
        // (A town's name in a local case that says where: the case is the
        // preposition, `Debrecenben`, `Tampereella`.)
        if large {
            Some(Rule::PlaceCase)
        } else if ending.says_where() {
            Some(Rule::TownCase)
        } else {
            None
        }
    }

    /// True when the span follows a conjunction of the languages of `ending` (`i`,
    /// `a`, `un`, `ir`: [`place_case::is_case_conjunction`]) after another place's
    /// case form of those languages that has a preposition of theirs before it, or
    /// before the first of up to three such forms (`w Szwajcarii i Chorwacji`, `ar
    /// Lietuvu un Poliju`): the preposition governs them all. (The preposition and
    /// the conjunctions are of the span's ending's languages.)
    fn coordinated_after_preposition(&self, c: &Cand, ending: &place_case::PlaceEnding) -> bool {
        let f = c.field;
        let mut at = c.start;
        for _ in 0..3 {
            let Some(conjunction) = self.adjacent_before(f, at) else {
                return false;
            };
            if self.tok_case(f, conjunction) == Case::Upper
                || !place_case::is_case_conjunction(self.tok_text(f, conjunction), ending.languages)
            {
                return false;
            }
            let Some(form) = self.adjacent_before(f, conjunction) else {
                return false;
            };
            // (Whichever language's reading the form holds: `Lietuvu` reads as a
            // Slavic `-u` too.)
            if self.place_ending(f, form).is_none() {
                return false;
            }
            if self
                .adjacent_before(f, form)
                .is_some_and(|p| self.case_preposition(f, p, ending))
            {
                return true;
            }
            at = form;
        }
        false
    }

    /// True when token `p` is a preposition of the languages of `ending`
    /// ([`place_case::is_case_preposition`]) in lowercase, or capitalised as the
    /// first word of a sentence (`W Bagdadzie`, `V Londýně`, `Na Slovensku`: where
    /// the press of these languages starts many a sentence), not a word in capitals.
    fn case_preposition(&self, f: usize, p: usize, ending: &place_case::PlaceEnding) -> bool {
        (first_case(self.tok_original(f, p)) != Case::Upper
            || (self.sentence_initial(f, p) && !self.shouted(f, p)))
            && place_case::is_case_preposition(self.tok_text(f, p), ending.languages)
    }

    /// True when the one-word span, a place's case form, opens a quotation of more
    /// than one word (`„Lietuvos geležinkeliai“`, `«Wrocławia Główna»`): the name of
    /// a body, a paper or a work, which the languages that decline places' names put
    /// in quotation marks; the place's name is a word of it, not the place.
    fn opens_quoted_name(&self, c: &Cand) -> bool {
        self.quote_opens_before(c.field, c.start, &['"', '„', '“', '”', '«', '»', '‚', '‘'])
            && self.quotation_closes_soon(c.field, c.end)
    }

    /// True when one of `marks` stands right before token `i` of `field`, after a
    /// space or at the start of the text: a quotation it opens, not the closing mark
    /// of a quotation before (`sein." Deutschlands Chefcoach`).
    fn quote_opens_before(&self, field: usize, i: usize, marks: &[char]) -> bool {
        let ft = &self.texts[field];
        let start = ft.toks[i].original.start;
        let from = i.checked_sub(1).map_or(0, |p| ft.toks[p].original.end);
        let mut before = ft.text[from..start].chars().rev();
        before.next().is_some_and(|q| marks.contains(&q))
            && before.next().is_none_or(char::is_whitespace)
    }

    /// True when one to three words follow token `end - 1`, separated by spaces
    /// only, and a quotation mark closes right after the last (`„Lietuvos
    /// geležinkeliai“`): a quoted name, not a quoted sentence.
    fn quotation_closes_soon(&self, field: usize, end: usize) -> bool {
        let ft = &self.texts[field];
        let mut at = end;
        for _ in 0..3 {
            let Some(n) = self.adjacent_after(field, at) else {
                return false;
            };
            if ft.text[ft.toks[n].original.end..].starts_with(['"', '“', '”', '«', '»', '‘', '’'])
            {
                return true;
            }
            at = n + 1;
        }
        false
    }

    /// True when the one-word span, a place's genitive in a language that puts the
    /// genitive before its noun (Latvian, Lithuanian: `Rīgas dome`, `Kauno
    /// gatvė`), names a part of a place or a road rather than the place: right after
    /// another place's genitive (`Rīgas Maskavas forštatē`, a district of Riga named
    /// after Moscow), or before a road's or a square's noun of its language
    /// ([`place::is_baltic_road_word`]: `Maskavas ielā`, a street).
    fn names_part_of_place(&self, c: &Cand) -> bool {
        if c.end - c.start != 1 {
            return false;
        }
        let f = c.field;
        let Some(ending) = self.place_ending(f, c.start) else {
            return false;
        };
        if ending.languages & (place_case::LV | place_case::LT) == 0
            || ending.evidence != place_case::Evidence::Local
        {
            return false;
        }
        let id = self.texts[f].toks[c.start].id;
        let before = self.adjacent_before(f, c.start).is_some_and(|p| {
            let t = &self.texts[f].toks[p];
            t.id != id
                && self.tok_case(f, p) == Case::Upper
                && self
                    .place_ending(f, p)
                    .is_some_and(|e| e.languages & ending.languages != 0)
        });
        before
            || self.adjacent_after(f, c.end).is_some_and(|n| {
                self.tok_case(f, n) != Case::Upper
                    && place::is_baltic_road_word(self.tok_text(f, n))
            })
    }

    /// True when the document may be written in a language of the case ending of the
    /// span's last word ([`How::PlaceCase`]): German for the German genitive (told
    /// apart by [`place::detect_language`]); for the others, no language told apart
    /// (English, Spanish, ... do not decline names: `Filipinos`, `Gracias`) and two
    /// function words of one of the ending's languages in the document
    /// ([`place_case::has_markers`]: a short Spanish `Gracias.` is no Latvian), or a
    /// letter that only those languages write ([`place_case::letter_languages`]:
    /// `v Bělehradě` in one sentence), or whatlang sure that the text is in one of
    /// them ([`language::detect`]: a short Hungarian sentence with one function word
    /// of the list and no `ő`, `ű`).
    fn place_case_language(&self, c: &Cand) -> bool {
        self.place_ending(c.field, c.end - 1)
            .is_some_and(|ending| self.ending_language(ending))
    }

    /// [`Doc::place_case_language`] for the case ending `ending`.
    fn ending_language(&self, ending: &place_case::PlaceEnding) -> bool {
        let language = self.language();
        if ending.evidence == place_case::Evidence::GermanGenitive {
            return language == place::NOUN_CAPITALS;
        }
        language == place::ANY_LANGUAGE
            && (place_case::has_markers(
                self.markers
                    .get_or_init(|| place_case::marker_masks(self.folded_words())),
                ending.languages,
            ) || self.letters() & ending.languages != 0
                || self
                    .iso_language
                    .get_or_init(|| language::detect(self.texts.iter().map(|ft| ft.text)))
                    .is_some_and(|code| place_case::code_languages(code) & ending.languages != 0))
    }

    /// The languages its letters say the document may be written in
    /// ([`place_case::letter_languages`]), worked out on first use.
    fn letters(&self) -> u16 {
        *self.letters.get_or_init(|| {
            self.texts
                .iter()
                .fold(0, |l, ft| l | place_case::letter_languages(ft.text))
        })
    }

    /// True when the document is written in Latvian or Lithuanian letters (Latvian
    /// `ā ē ī ķ ļ ņ ģ`, Lithuanian `ė į ų`, not in a text that also has Polish ones):
    /// languages that write a foreign name as it sounds.
    fn baltic_letters(&self) -> bool {
        let letters = self.letters();
        letters & place_case::LV != 0
            || (letters & place_case::LT != 0 && letters & place_case::PL == 0)
    }

    /// True when the one-word span's capital marks a name: in a language that writes
    /// its nouns in lowercase, a capitalised word (not all in capitals) in the middle of
    /// a sentence, after a word that is not capitalised, in a field not in title case
    /// (`la provincia de Granada`, not `Granada es` nor `UN RESTO`).
    fn capital_marks_name(&self, c: &Cand) -> bool {
        if !place::capital_marks_name(self.language()) || self.shouted(c.field, c.start) {
            return false;
        }
        let capitalised = |i: usize| {
            self.tok_original(c.field, i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        };
        if c.start == 0 || !capitalised(c.start) || self.sentence_initial(c.field, c.start) {
            return false;
        }
        // The word before is lowercase, or a comma or a bracket ends the phrase before
        // (`Albacete con 56, Cuenca con 25`, `Casares (Málaga)`): not a longer name's.
        let after_break = {
            let ft = &self.texts[c.field];
            let gap = &ft.text[ft.toks[c.start - 1].original.end..ft.toks[c.start].original.start];
            gap.contains([',', '('])
                && gap
                    .chars()
                    .all(|ch| ch.is_whitespace() || matches!(ch, ',' | '(' | '"' | '«' | '“'))
        };
        if !after_break
            && self
                .adjacent_before(c.field, c.start)
                .is_none_or(&capitalised)
        {
            return false;
        }
        if after_break && self.among_capitalised_words(c) {
            return false;
        }
        let mut cache = self.title_case.borrow_mut();
        if cache.len() < self.texts.len() {
            cache.resize(self.texts.len(), None);
        }
        // Words in capitals (a headline line) are not title case: left out.
        let title = *cache[c.field].get_or_insert_with(|| {
            let toks = &self.texts[c.field].toks;
            place::title_case((0..toks.len()).filter_map(|i| {
                let t = &toks[i];
                (!t.ideograph
                    && t.folded.len() > 3
                    && !self.shouted(c.field, i)
                    && !self.sentence_initial(c.field, i))
                .then(|| capitalised(i))
            }))
        });
        !title
    }

    /// True when the one-word span is listed after a comma between two capitalised
    /// words that name no place: the word before the comma, and the one after a list
    /// word or another comma (`the Department of Jobs, Enterprise and Innovation`,
    /// `Ministerio de Industria, Comercio y Turismo`): a list of subjects in a body's
    /// name, whose capitals say nothing of a place; not `Cuenca con 25, Albacete con
    /// 56`, not `Sevilla, Granada y Córdoba`.
    fn among_capitalised_words(&self, c: &Cand) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        let named = |i: usize| {
            self.capitalised_content(f, i)
                && !self.shouted(f, i)
                && !self.sentence_initial(f, i)
                && !self.place_name(f, i, i + 1)
        };
        let before = c.start.checked_sub(1).is_some_and(|p| {
            ft.text[ft.toks[p].original.end..ft.toks[c.start].original.start].trim() == ","
                && named(p)
        });
        if !before || c.end >= ft.toks.len() {
            return false;
        }
        let gap = ft.text[ft.toks[c.end - 1].original.end..ft.toks[c.end].original.start].trim();
        let next = match gap {
            "," => Some(c.end),
            "" if place::is_list_word(self.tok_text(f, c.end))
                && self.tok_case(f, c.end) == Case::Lower =>
            {
                self.adjacent_after(f, c.end + 1)
            }
            _ => None,
        };
        next.is_some_and(named)
    }

    /// True when the one-word span opens a news dateline: first on its line and
    /// followed by a comma and a date (`Granada, 23 may`), an agency in brackets and
    /// a dash (`Siegen (dpa) -`) or a full stop and a dash (`Palma. -`); anywhere, when
    /// what follows is unmistakable: a date then an agency in capitals in brackets
    /// (`Sevilla, 23 may (EFE)`), or an agency in capitals in brackets and a dash.
    fn dateline(&self, c: &Cand) -> bool {
        /// The agency's name in brackets at the start of `s`, and what follows it.
        fn agency(s: &str) -> Option<(&str, &str)> {
            let (name, rest) = s.trim_start().strip_prefix('(')?.split_once(')')?;
            let name = name.trim();
            ((1..=12).contains(&name.chars().count())
                && name.chars().all(char::is_alphabetic)
                && name.starts_with(char::is_uppercase))
            .then_some((name, rest))
        }
        fn dash(s: &str) -> bool {
            let s = s.trim_start();
            let s = s.strip_prefix(['.', ',']).unwrap_or(s);
            s.trim_start().starts_with(['-', '–', '—'])
        }
        fn capitals(s: &str) -> bool {
            s.chars().nth(1).is_some() && !s.chars().any(char::is_lowercase)
        }
        let ft = &self.texts[c.field];
        let (start, end) = (
            ft.toks[c.start].original.start,
            ft.toks[c.end - 1].original.end,
        );
        let line_start = ft.text[..start]
            .chars()
            .rev()
            .take_while(|&ch| ch != '\n')
            .all(char::is_whitespace);
        let after = ft.text[end..].trim_start();
        if let Some(rest) = after.strip_prefix(',') {
            let rest = rest.trim_start();
            if !rest.starts_with(|ch: char| ch.is_ascii_digit()) {
                return false;
            }
            // `, 23 may (EFE)`, `, 3. Mai (dpa)`: a short date, then the agency.
            let agency_after_date = rest
                .char_indices()
                .take(24)
                .find(|&(_, ch)| ch == '(')
                .and_then(|(i, _)| agency(&rest[i..]))
                .is_some_and(|(name, _)| capitals(name));
            return line_start || agency_after_date;
        }
        if let Some((name, rest)) = agency(after) {
            return dash(rest) && (line_start || capitals(name));
        }
        line_start && after.starts_with('.') && dash(after)
    }

    /// True when a preposition of place (`in`, `nach`, `desde`, `в`) is right before
    /// the span.
    fn after_place_preposition(&self, c: &Cand) -> bool {
        // A preposition in capitals counts first in a sentence and in a headline in
        // capitals (`FALLECE EN SEVILLA`), not before a name (`IN` of a name).
        self.adjacent_before(c.field, c.start).is_some_and(|p| {
            let word = self.tok_original(c.field, p);
            first_case(word) != Case::Upper
                || self.sentence_initial(c.field, p)
                || (self.shouted(c.field, p) && self.shouted(c.field, c.start))
        } && place::is_place_preposition(self.tok_text(c.field, p)))
    }

    /// True when the span is the place of a title of nobility: a capitalised noble
    /// title and a connector in lowercase right before it (`the Prince of Wales`, `the
    /// Duke of Edinburgh`, `el Príncipe de Asturias`, [`place::is_noble_title`]), for a
    /// place whose one-word name needs the text's evidence (a town, a region, a
    /// feature): the title names a person, not the place. A country after its ruler's
    /// title (`the Prince of Monaco`) is the country the person heads, and stays.
    fn in_noble_title(&self, c: &Cand, entity: u32) -> bool {
        if !self.linker.places().needs_evidence(entity) {
            return false;
        }
        self.adjacent_before(c.field, c.start).is_some_and(|p| {
            self.tok_case(c.field, p) == Case::Lower
                && place::is_name_connector(self.tok_text(c.field, p))
                && self.adjacent_before(c.field, p).is_some_and(|q| {
                    self.tok_case(c.field, q) == Case::Upper
                        && place::is_noble_title(self.tok_text(c.field, q))
                })
        })
    }

    /// True when the span is part of a longer name of an organisation, an event or a
    /// treaty named after the place: a capitalised head noun of such names right before
    /// it, or before `of`, `de`, `von` before it (`Bank of Montreal`, `University at
    /// Buffalo`, `Vertrag von Maastricht`, `Rotary Club Liechtenstein`), or right after
    /// it (`Liverpool FC`, `Berlin Marathon`).
    fn inside_organisation_name(&self, c: &Cand, city: bool) -> bool {
        // (A syndrome's noun in any case: `the Havana syndrome`. A treaty's or a
        // strategy's noun only for a city: a country in such a name is the party or the
        // subject, `Afghanistan-Strategie`.)
        let head = |i: usize| {
            let word = self.tok_text(c.field, i);
            (self.tok_case(c.field, i) == Case::Upper
                && place::is_organisation_word(word)
                && (city || !place::is_agreement_word(word)))
                || place::is_eponym_word(word)
        };
        // (A road's noun before a connector or after the place: `Autovía de la Plata`,
        // `Oxford Street`.)
        let road = |i: usize| {
            self.tok_case(c.field, i) == Case::Upper
                && place::is_road_word(self.tok_text(c.field, i))
        };
        // An elided connector is joined by its apostrophe (`Banca d'Italia`).
        let elided = c.start.checked_sub(1).filter(|&p| {
            let ft = &self.texts[c.field];
            matches!(
                &ft.text[ft.toks[p].original.end..ft.toks[c.start].original.start],
                "'" | "\u{2019}"
            )
        });
        if let Some(p) = self.adjacent_before(c.field, c.start).or(elided) {
            // (`Hotel Atena`, `Hotel Lyon`: a hotel named after the place; in lowercase
            // too, as the Romance languages write the noun before a name, `el hotel
            // Palestina`, `l'hôtel Lutetia`. Not before a connector: CoNLL-2002 reads
            // `el Hotel Ciudad de Logroño` as a place.)
            if head(p) || self.tok_text(c.field, p) == "hotel" {
                return true;
            }
            // (A connector in capitals among capitals: `AUTOVIA DE LA PLATA`.)
            // (Not a federation's noun right before the connector: `la Federación de
            // Rusia` is the state's name; `la Confederación de Cooperativas de
            // España`, with the federation's own words between, is no state's.)
            if place::is_name_connector(self.tok_text(c.field, p))
                && (self.tok_case(c.field, p) != Case::Upper
                    || (self.shouted(c.field, p) && self.shouted(c.field, c.start)))
                && self.adjacent_before(c.field, p).is_some_and(|q| {
                    (head(q) && !place::is_federation_word(self.tok_text(c.field, q))) || road(q)
                })
            {
                return true;
            }
            // The head noun, then one or two capitalised words of the name (no
            // person's), before a connector in lowercase (`la Asociación Hipotecaria
            // de España`, `Radio Nacional de España`, `la Confederación de
            // Cooperativas de España`).
            if place::is_name_connector(self.tok_text(c.field, p))
                && self.tok_case(c.field, p) == Case::Lower
            {
                let mut q = self.adjacent_before(c.field, p);
                for _ in 0..2 {
                    // (Not a person's name: `el Hospital Carlos Haya de Málaga` is in
                    // Málaga.)
                    let Some(w) = q.filter(|&w| {
                        self.capitalised_content(c.field, w)
                            && !self.shouted(c.field, w)
                            && !self.name_word(c.field, w, false)
                    }) else {
                        break;
                    };
                    q = self.adjacent_before(c.field, w);
                    if q.is_some_and(head) {
                        return true;
                    }
                    // (A connector in lowercase between the name's words too:
                    // `la Confederación de Cooperativas de España`.)
                    if let Some(k) = q.filter(|&k| {
                        self.tok_case(c.field, k) == Case::Lower
                            && place::is_name_connector(self.tok_text(c.field, k))
                    }) {
                        q = self.adjacent_before(c.field, k);
                        if q.is_some_and(head) {
                            return true;
                        }
                    }
                }
            }
        }
        // A compound joined by a hyphen (`Havanna-Syndrom`, `Hamburg-Marathon`).
        {
            let ft = &self.texts[c.field];
            if c.end < ft.toks.len()
                && &ft.text[ft.toks[c.end - 1].original.end..ft.toks[c.end].original.start] == "-"
                && head(c.end)
            {
                return true;
            }
        }
        // After it: the head noun, possibly after up to two more capitalised words
        // (`Kuala Lumpur International Airport`); a treaty's in lowercase too (`the
        // Minsk agreements`). (After an abbreviation's dot too: `the U.S. Chamber of
        // Commerce`.) A lowercase list word may join two of those words, once, and one
        // more word is read then (`the Hong Kong Professionals and Senior Executives
        // Association`).
        let mut end = c.end;
        let (mut words, mut joined) = (3, false);
        while words > 0 {
            words -= 1;
            let Some(n) = self.adjacent_after(c.field, end).or_else(|| {
                let ft = &self.texts[c.field];
                (end == c.end
                    && end < ft.toks.len()
                    && self.tok_text(c.field, end - 1).chars().count() == 1
                    && &ft.text[ft.toks[end - 1].original.end..ft.toks[end].original.start] == ". ")
                    .then_some(end)
            }) else {
                return false;
            };
            if head(n)
                || road(n)
                || (city && end == c.end && place::is_treaty_word(self.tok_text(c.field, n)))
            {
                return true;
            }
            // `the Paris climate agreement`, `the Minsk peace accords`, `the Paris
            // climate change accord`: a treaty's noun after one or two lowercase words,
            // where an article before the city says that the city's name is a modifier
            // of the noun phrase.
            // (An airport's noun needs no article: `getting to Cardiff international
            // airport`; a city is not the airport's modifier there, as it can be a
            // verb's subject before `agreement`.)
            if city && end == c.end && self.treaty_noun_after_modifiers(c, n) {
                return true;
            }
            if !joined
                && end > c.end
                && self.tok_case(c.field, n) == Case::Lower
                && place::is_list_word(self.tok_text(c.field, n))
            {
                (words, joined) = (words + 2, true);
                end = n + 1;
                continue;
            }
            if !self.capitalised_content(c.field, n) || self.shouted(c.field, n) {
                return false;
            }
            end = n + 1;
        }
        false
    }

    /// True when, from token `n` right after the city's name, one or two lowercase
    /// content words come before a treaty's noun ([`place::is_treaty_word`]), and an
    /// English article is before the city (an airport's noun needs none): the city's
    /// name modifies the noun phrase (`the Paris climate change accord`).
    fn treaty_noun_after_modifiers(&self, c: &Cand, n: usize) -> bool {
        let f = c.field;
        let modifier = |i: usize| self.tok_case(f, i) == Case::Lower && !self.word(f, i).function;
        let article = || {
            self.adjacent_before(f, c.start)
                .is_some_and(|a| place::is_english_article(self.tok_text(f, a)))
        };
        let mut m = n;
        for _ in 0..2 {
            if !modifier(m) {
                return false;
            }
            let Some(next) = self.adjacent_after(f, m + 1) else {
                return false;
            };
            let noun = self.tok_text(f, next);
            if place::is_treaty_word(noun) {
                return (noun == "airport" && m == n) || article();
            }
            m = next;
        }
        false
    }

    /// True when a city's one-word name is listed (names joined by commas or a list
    /// word) with two or more one-word names of regions (places that are neither a
    /// city nor a country with cities: a country's regions, territories), one at least
    /// a region of the city's own country, and with no city (`Cataluña, Madrid,
    /// Canarias y Baleares`, the autonomous communities; `Bayern, Bremen und
    /// Sachsen`): the region of the city's name, which the gazetteer holds only under
    /// a longer name (`Comunidad de Madrid`, `Freie Hansestadt Bremen`), not the city.
    fn listed_among_regions(&self, c: &Cand, key: &Key) -> bool {
        let places = self.linker.places();
        if c.end - c.start != 1 || !places.city(key.entity) {
            return false;
        }
        let f = c.field;
        let ft = &self.texts[f];
        let own = places.country(key.entity);
        let list_word = |i: usize| {
            self.tok_case(f, i) == Case::Lower && place::is_list_word(self.tok_text(f, i))
        };
        let gap =
            |a: usize, b: usize| ft.text[ft.toks[a].original.end..ft.toks[b].original.start].trim();
        // The one-word names of the list: each a capitalised word between separators
        // (a comma, a list word, or a comma and a list word).
        let (mut regions, mut at_home) = (0, 0);
        for forward in [false, true] {
            let mut i = c.start;
            for _ in 0..6 {
                let step = |i: usize| {
                    if forward {
                        i.checked_add(1)
                    } else {
                        i.checked_sub(1)
                    }
                };
                let Some(mut n) = step(i).filter(|&n| n < ft.toks.len()) else {
                    break;
                };
                let (a, b) = if forward { (i, n) } else { (n, i) };
                let sep = gap(a, b);
                if sep == "," {
                    if list_word(n) {
                        match step(n).filter(|&m| m < ft.toks.len()) {
                            Some(m) => n = m,
                            None => break,
                        }
                    }
                } else if sep.is_empty() && list_word(n) {
                    match step(n).filter(|&m| m < ft.toks.len()) {
                        Some(m) if gap(n.min(m), n.max(m)).is_empty() => n = m,
                        _ => break,
                    }
                } else {
                    break;
                }
                if !self.capitalised_content(f, n) || ft.toks[n].ideograph {
                    break;
                }
                let dict = &self.linker.dict;
                let root = dict.root(ft.toks[n].id);
                let entities = if root == NONE {
                    &[][..]
                } else {
                    dict.keys(root)
                };
                let mut region = None;
                for k in entities
                    .iter()
                    .filter(|k| k.entity_kind == Kind::Place && k.kind.is_full())
                {
                    if places.city(k.entity) {
                        return false;
                    }
                    if !places.country_of_some_city(k.entity) {
                        region = Some(places.country(k.entity) == own && own.is_some());
                    }
                }
                if let Some(home) = region {
                    regions += 1;
                    at_home += usize::from(home);
                }
                i = n;
            }
        }
        regions >= 2 && at_home >= 1
    }

    /// True when a feature's name of several words ([`place::PlaceFacts::feature`])
    /// starts a longer name: in running text (not a headline in title case, not
    /// German, which capitalises its nouns), a capitalised word that is no place's
    /// name and does not start a sentence right after it (`Middle East Entrepreneurs
    /// of Tomorrow`, a project; `Black Sea Fleet`), or a list word, one to three
    /// capitalised words and the noun of a body (`the ministry's Middle East and
    /// North Africa department`, [`place::is_organisation_word`]). (A one-word name
    /// is blocked by any capitalised word after it, [`Doc::blocked_after`].)
    fn feature_opens_name(&self, c: &Cand, key: &Key) -> bool {
        let f = c.field;
        if c.end - c.start < 2 || !self.linker.places().feature(key.entity) {
            return false;
        }
        let Some(n) = self.adjacent_after(f, c.end) else {
            return false;
        };
        if self.title_case(f) || self.in_caps_run(c) {
            return false;
        }
        let dict = &self.linker.dict;
        let place_word = |i: usize| {
            let t = &self.texts[f].toks[i];
            dict.root(t.id) != NONE
                && dict
                    .keys(dict.root(t.id))
                    .iter()
                    .any(|k| k.entity_kind == Kind::Place)
        };
        if place::is_list_word(self.tok_text(f, n)) && self.tok_case(f, n) == Case::Lower {
            let mut at = n + 1;
            for _ in 0..3 {
                let Some(w) = self.adjacent_after(f, at) else {
                    return false;
                };
                if !self.capitalised_content(f, w) {
                    return false;
                }
                at = w + 1;
                if self
                    .adjacent_after(f, at)
                    .is_some_and(|o| place::is_organisation_word(self.tok_text(f, o)))
                {
                    return true;
                }
            }
            return false;
        }
        self.capitalised_content(f, n)
            && !self.shouted(f, n)
            && !self.sentence_initial(f, n)
            && !place_word(n)
            && self.language() != place::GERMAN
    }

    /// True when a capitalised form of the adjective `new` is right before the span
    /// (`NUEVA CANARIAS`, `Neues Deutschland`, [`place::is_new_adjective`]): the two
    /// words name something else, a party, a newspaper, a movement; the gazetteer holds
    /// the places so named whole (`New York`, `Nueva Zelanda`, `Nova Scotia`).
    fn after_new_adjective(&self, c: &Cand) -> bool {
        self.adjacent_before(c.field, c.start).is_some_and(|p| {
            self.tok_case(c.field, p) == Case::Upper
                && place::is_new_adjective(self.tok_text(c.field, p))
        })
    }

    /// True when a German article (`der`, `den`, `im`, `zur`) is right before the span
    /// in a German text, and the span does not start a compound (`im Gaza-Krieg`: the
    /// article is the compound's).
    fn after_german_article(&self, c: &Cand) -> bool {
        let ft = &self.texts[c.field];
        // The language last: it is worked out only for a document that needs it.
        !ft.text[ft.toks[c.end - 1].original.end..].starts_with(['-', '\u{2010}', '\u{2011}'])
            && self
                .adjacent_before(c.field, c.start)
                .is_some_and(|p| place::is_german_article(self.tok_text(c.field, p)))
            && self.language() == place::GERMAN
    }

    /// True when the one-word span is a name of a place that German also writes as
    /// the plural of a common noun (`Polen`, the Poles: the `plural_nouns` field,
    /// [`place::PlaceFacts::plural_noun`]) and a determiner of such a noun is right
    /// before it ([`place::is_german_noun_determiner`]: `die`, `der`, `viele`,
    /// `wir`), in a German text, the span starting no compound (`die Polen-Reise`).
    fn plural_noun_after_determiner(&self, c: &Cand, key: &Key) -> bool {
        let ft = &self.texts[c.field];
        // The language last: it is worked out only for a document that needs it.
        self.linker.places().plural_noun(key.entity, key.name) & place::GERMAN != 0
            && !ft.text[ft.toks[c.end - 1].original.end..]
                .starts_with(['-', '\u{2010}', '\u{2011}'])
            && self
                .adjacent_before(c.field, c.start)
                .is_some_and(|p| place::is_german_noun_determiner(self.tok_text(c.field, p)))
            && self.language() == place::GERMAN
    }

    /// True when a German article (or a preposition merged with one) and one lowercase
    /// adjective with an inflection's ending (`-e`, `-en`, `-em`, `-er`, `-es`) are right
    /// before the span, in a German text (`zum wiederholten Male`): a noun phrase.
    fn after_german_article_and_adjective(&self, c: &Cand) -> bool {
        let f = c.field;
        let Some(a) = self.adjacent_before(f, c.start).filter(|&a| {
            self.tok_case(f, a) == Case::Lower && {
                let w = self.tok_text(f, a);
                !self.word(f, a).function
                    && w.chars().count() > 3
                    && ["e", "en", "em", "er", "es"].iter().any(|e| w.ends_with(e))
            }
        }) else {
            return false;
        };
        self.adjacent_before(f, a).is_some_and(|p| {
            self.tok_case(f, p) == Case::Lower && place::is_german_article(self.tok_text(f, p))
        }) && self.language() == place::GERMAN
    }

    /// True when the one-word span `c`, name `name` of place `entity`, is a name of
    /// the user's place merged with a built-in town, region or feature that the rule
    /// `listed-place` takes: one of the user's own names
    /// ([`place::PlaceFacts::listed`]), or a name the merge brought that the entity's
    /// `by_language` field gives for the document's language (`del Tajo` in a Spanish
    /// text, `sull'Etna` in an Italian one, for a user's `Tagus` and `Mount Etna`),
    /// after a definite article or a preposition merged with one, in lowercase or
    /// opening the sentence ([`place::is_listed_place_article`]); not as the last word
    /// of a longer name in the document (`NK Drava`).
    fn listed_place(&self, c: &Cand, entity: u32, name: u16) -> bool {
        let places = self.linker.places();
        if !places.merged(entity) {
            return false;
        }
        let after_article = self
            .adjacent_or_elided_before(c.field, c.start)
            .is_some_and(|p| {
                (self.tok_case(c.field, p) == Case::Lower || self.sentence_initial(c.field, p))
                    && place::is_listed_place_article(self.tok_text(c.field, p))
            });
        after_article
            && !self.town_name_before_article(c)
            && (places.listed(entity, name) || self.named_in_own_language(entity, name))
            && !self.named_inside_longer_name(c)
    }

    /// True when the article before the span follows a capitalised word, right before
    /// it or before a short lowercase preposition: a town's name that ends in a
    /// river's (`Frankfurt am Main`, `Alphen aan den Rijn`, `Halle an der Saale`),
    /// not the river. (In a German text, which capitalises its nouns, only a place's
    /// name of the gazetteer so: `Häfen an der Nordsee` is the sea.)
    fn town_name_before_article(&self, c: &Cand) -> bool {
        let f = c.field;
        // (A text whose function words tell no language, Catalan's `les Terres de
        // l'Ebre`, is read as German only where whatlang says German.)
        let nouns_capitalised = || {
            let language = self.language();
            language & place::NOUN_CAPITALS != 0
                && (language != place::ANY_LANGUAGE || self.written_in_language("de"))
        };
        let upper = |q: usize| {
            self.tok_case(f, q) == Case::Upper
                && (!nouns_capitalised() || self.place_name(f, q, q + 1))
        };
        let Some(p) = self.adjacent_or_elided_before(f, c.start) else {
            return false;
        };
        self.adjacent_before(f, p).is_some_and(|q| {
            upper(q)
                || (self.tok_text(f, q).chars().count() <= 3
                    && self.adjacent_before(f, q).is_some_and(upper))
        })
    }

    /// True when name `name` of `entity` is one its `by_language` field gives for a
    /// language the document is written in ([`Doc::written_in_language`]).
    fn named_in_own_language(&self, entity: u32, name: u16) -> bool {
        let e = &self.linker.gazetteer.entities()[entity as usize];
        let Some(text) = e.names().nth(usize::from(name)) else {
            return false;
        };
        by_language::names_by_language(e)
            .into_iter()
            .filter(|(_, names)| names.contains(&text))
            .any(|(code, _)| self.written_in_language(code.split('-').next().unwrap_or(code)))
    }

    /// True when a definite article in lowercase (German, Spanish, Italian, English,
    /// Dutch, French) is right before the span, and a preposition of place or of a way
    /// in lowercase (or opening the sentence) before it (`in den Alpen`, `in the
    /// Caucasus`, `en el Mediterráneo`, `über das Mittelmeer`, `on the Rhine`,
    /// [`place::is_way_preposition`]), or a German preposition merged with the article
    /// (`am Bodensee`, [`place::is_german_merged_preposition`]): how the press names a
    /// mountain range, a river, a sea or a region, which take an article where a town
    /// does not.
    fn after_preposition_and_article(&self, c: &Cand) -> bool {
        const ARTICLES: &[&str] = &[
            "der", "die", "das", "den", "dem", "des", "the", "de", "het", "le", "la", "les",
        ];
        let f = c.field;
        let Some(p) = self.adjacent_before(f, c.start) else {
            return false;
        };
        let word = self.tok_text(f, p);
        // (A preposition that opens the sentence is capitalised: `In der Steiermark`,
        // `Am Bodensee`.)
        let preposition = |q: usize| {
            self.tok_case(f, q) == Case::Lower
                || (self.sentence_initial(f, q) && !self.shouted(f, q))
        };
        // (A way's or a merged preposition after a capitalised word is a name's:
        // `International School on the Rhine`, `Weil am Rhein`, `Halle an der Saale`.)
        let after_name = |q: usize| {
            self.adjacent_before(f, q)
                .is_some_and(|r| self.tok_case(f, r) == Case::Upper)
        };
        if preposition(p) && place::is_german_merged_preposition(word) {
            return !after_name(p);
        }
        self.tok_case(f, p) == Case::Lower
            && (ARTICLES.contains(&word) || place::is_romance_article(word))
            && self.adjacent_before(f, p).is_some_and(|q| {
                let w = self.tok_text(f, q);
                preposition(q)
                    && (place::is_place_preposition(w)
                        || (place::is_way_preposition(w) && !after_name(q)))
            })
    }

    /// True when a noun of a river, an island or a lake in lowercase is right before
    /// the span, in apposition (`rzeka Wisła`, `ostrov Saaremaa`, `el río Tajo`,
    /// [`place::is_feature_noun`]): the feature is named there, not a club or a firm.
    /// In a German text, a German noun of a feature, which German capitalises, says
    /// so too (`die Insel Rügen`, `der Fluss Oder`, [`place::is_german_feature_noun`]).
    fn after_feature_noun(&self, c: &Cand) -> bool {
        self.adjacent_before(c.field, c.start).is_some_and(|p| {
            let word = self.tok_text(c.field, p);
            (first_case(self.tok_original(c.field, p)) == Case::Lower
                && place::is_feature_noun(word))
                || (place::is_german_feature_noun(word) && self.language() == place::GERMAN)
        })
    }

    /// True when a preposition that a natural feature's or a historical region's
    /// name takes, and a town's does not as often, is right before the span in
    /// lowercase ([`place::is_feature_preposition`]: German `auf`, Slavic and
    /// Portuguese `na`, Cyrillic `на`, Italian `sulle`): `auf Mallorca`, `na
    /// Pomorzu`, `на Майорке`, `sulle Dolomiti`. For a name that is a common word
    /// (`common`), not German `auf`: German capitalises its nouns, and `auf` comes
    /// before as many (`auf Rügen reagieren`, to rebukes). Not for a river's name:
    /// Russian `на Эльбе` is on the Elbe or on Elba, which the gazetteer may not
    /// hold; but Slavic `nad` in Latin letters, a bank's preposition, is for any
    /// feature's (`nad Sekwaną`, `nad Vltavou`, [`place::is_bank_preposition`]).
    fn after_feature_preposition(&self, c: &Cand, entity: u32, common: bool) -> bool {
        let river = self.linker.places().river(entity);
        self.adjacent_or_elided_before(c.field, c.start)
            .is_some_and(|p| {
                let original = self.tok_original(c.field, p);
                let word = self.tok_text(c.field, p);
                // (`Auf Kreta`, `Na Krymie`: opening the sentence.)
                // (A river's name, after Slavic `nad` only, `nad Sekwaną`: its bank's
                // preposition, as `na` is an island's, [`place::is_bank_preposition`].)
                (first_case(original) == Case::Lower
                    || (self.sentence_initial(c.field, p) && !self.shouted(c.field, p)))
                    && !(common && word == "auf")
                    && ((!river
                        && place::is_feature_preposition(
                            word,
                            Script::of(original) == Some(Script::Cyrillic),
                        ))
                        || (Script::of(original) == Some(Script::Latin)
                            && place::is_bank_preposition(word)))
            })
    }

    /// True when a Turkish locative suffix follows the span's last word after an
    /// apostrophe ([`place::is_turkish_locative`]: `Midilli'de`, `İzmir'deki`).
    fn turkish_locative_after(&self, c: &Cand) -> bool {
        let ft = &self.texts[c.field];
        let last = &ft.toks[c.end - 1];
        ft.toks.get(c.end).is_some_and(|next| {
            !next.ideograph
                && ft
                    .text
                    .get(last.original.end..next.original.start)
                    .is_some_and(|gap| matches!(gap, "'" | "\u{2019}"))
                && place::is_turkish_locative(self.tok_text(c.field, c.end))
        })
    }

    /// True when a Spanish or Italian definite article, in lowercase, is right before
    /// the span in a text of that language ([`place::is_romance_article`]).
    fn after_romance_article(&self, c: &Cand) -> bool {
        // The language last: it is worked out only for a document that needs it.
        self.adjacent_before(c.field, c.start).is_some_and(|p| {
            self.tok_case(c.field, p) == Case::Lower
                && place::is_romance_article(self.tok_text(c.field, p))
        }) && matches!(self.language(), place::SPANISH | place::ITALIAN)
    }

    /// True when an English article in lowercase is right before the span in an English
    /// text, and a preposition comes after it: the name is a noun there (`the Man in
    /// Black`), not a modifier (`the Hamm police`, `the Denver-based court`) nor one of
    /// a list (`over the Tula, Moscow and Ryazan regions`).
    fn after_english_article(&self, c: &Cand) -> bool {
        const PREPOSITIONS: &[&str] = &["in", "of", "from", "at", "on", "with", "for", "to"];
        // The language last: it is worked out only for a document that needs it.
        self.adjacent_before(c.field, c.start).is_some_and(|p| {
            self.tok_case(c.field, p) == Case::Lower
                && place::is_english_article(self.tok_text(c.field, p))
        }) && self
            .adjacent_after(c.field, c.end)
            .is_some_and(|n| PREPOSITIONS.contains(&self.tok_text(c.field, n)))
            && self.language() == place::ENGLISH
    }

    /// True when the English definite article, in lowercase, is right before the span.
    fn after_the(&self, c: &Cand) -> bool {
        self.adjacent_before(c.field, c.start).is_some_and(|p| {
            self.tok_case(c.field, p) == Case::Lower && self.tok_text(c.field, p) == "the"
        })
    }

    /// The token before a surname's particle in lowercase (`van`, `von`, with its
    /// article: `von der`, `vom`) right before the span, if there is one: the word
    /// [`Doc::after_surname_particle`] and [`Doc::after_given_name_and_particle`] judge.
    fn before_surname_particle(&self, c: &Cand) -> Option<usize> {
        let lower = |p: usize| self.tok_case(c.field, p) == Case::Lower;
        let mut p = self
            .adjacent_before(c.field, c.start)
            .filter(|&p| lower(p))?;
        if place::is_particle_article(self.tok_text(c.field, p)) {
            p = self.adjacent_before(c.field, p).filter(|&q| lower(q))?;
        }
        if !place::is_surname_particle(self.tok_text(c.field, p)) {
            return None;
        }
        self.adjacent_before(c.field, p)
    }

    /// True when a Dutch or German surname's particle in lowercase (`van`, `von der`)
    /// is right before the span, and before it a form of address or a capitalised
    /// part of people's names in rigour's table that is not a place's name (`Jan van
    /// Aken`, `Herr van Aken`).
    fn after_surname_particle(&self, c: &Cand) -> bool {
        let Some(q) = self.before_surname_particle(c) else {
            return false;
        };
        let word = self.tok_text(c.field, q);
        if place::is_form_of_address(word) || self.word(c.field, q).honorific {
            return true;
        }
        let original = self.tok_original(c.field, q);
        let dict = &self.linker.dict;
        let root = self.texts[c.field].toks[q].root;
        let place = root != NONE && dict.keys(root).iter().any(|k| k.entity_kind == Kind::Place);
        self.capitalised_content(c.field, q)
            && !self.shouted(c.field, q)
            && !place
            && crate::name_groups::part_key(original)
                .is_some_and(|k| !crate::name_groups::groups(&k).is_empty())
    }

    /// True when a surname particle in lowercase (`von`, `van der`) is right before the
    /// span and before it a given name: one of the gazetteer's, or a capitalised part
    /// of people's names in rigour's table that no article or determiner makes a noun
    /// (`Werner von Siemens`; not `die Minister vom Rheinmetall-Chef`, where
    /// `Minister` is also a surname), or a form of address (`Herr von Siemens`).
    fn after_given_name_and_particle(&self, c: &Cand) -> bool {
        let Some(q) = self.before_surname_particle(c) else {
            return false;
        };
        let word = self.tok_text(c.field, q);
        if place::is_form_of_address(word) {
            return true;
        }
        if !self.capitalised_content(c.field, q) || self.shouted(c.field, q) {
            return false;
        }
        let dict = &self.linker.dict;
        let id = self.texts[c.field].toks[q].id;
        if id != NONE && dict.is_given(id) {
            return true;
        }
        let root = self.texts[c.field].toks[q].root;
        let place = root != NONE && dict.keys(root).iter().any(|k| k.entity_kind == Kind::Place);
        let determiner = self.adjacent_before(c.field, q).is_some_and(|d| {
            let w = self.tok_text(c.field, d);
            place::is_german_article(w)
                || place::is_romance_article(w)
                || place::is_english_article(w)
        });
        !place
            && !determiner
            && crate::name_groups::part_key(self.tok_original(c.field, q))
                .is_some_and(|k| !crate::name_groups::groups(&k).is_empty())
    }

    /// True when the span is inside a longer name that the text defines by an acronym
    /// in brackets (round or square) right after it, the acronym made of the starts of that name's words
    /// (`the Islamic State of Iraq and the Levant (ISIL)`, `Kuala Lumpur International
    /// Airport (KLIA)`): the place is a part of that name, not the place the text
    /// speaks of. (`Foro Penal (FP)` defines the acronym of the words linked.)
    fn inside_defined_name(&self, c: &Cand) -> bool {
        const MAX_WORDS: usize = 6;
        let ft = &self.texts[c.field];
        let name_word = |i: usize| {
            let w = self.tok_original(c.field, i);
            !ft.toks[i].ideograph
                && (first_case(w) == Case::Upper || self.word(c.field, i).function)
        };
        // Right: more words of the name, then `(ACRONYM)`.
        let mut end = c.end;
        // (One lowercase noun may come between the name and the brackets: `the Islamic
        // State of Iraq and the Levant group (ISIL, also known as ISIS)`.)
        let mut noun = None;
        let acronym = loop {
            let after = noun.map_or(end, |n: usize| n + 1);
            let rest = ft.text[ft.toks[after - 1].original.end..].trim_start_matches(' ');
            // (Square brackets too, as a transcript or an edited quotation writes the
            // acronym: `the Islamic State of Iraq and the Levant [ISIL, also known as
            // ISIS]`.)
            let bracket = match rest.as_bytes().first() {
                Some(b'(') => Some(')'),
                Some(b'[') => Some(']'),
                _ => None,
            };
            if let Some(closing) = bracket {
                let inner = &rest[1..];
                let Some(close) = inner.find(closing) else {
                    return false;
                };
                // (`(ISIL, also known as ISIS)`: the first of the names in brackets.)
                let acr = inner[..close].split(',').next().unwrap_or_default().trim();
                let letters = acr.chars().filter(|c| c.is_alphabetic()).count();
                if !(2..=10).contains(&letters)
                    || !acr
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
                    || !acronym_cased(acr)
                {
                    return false;
                }
                break nomen_fold::fold(acr)
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect::<String>();
            }
            if noun.is_some() {
                return false;
            }
            match self.adjacent_after(c.field, end) {
                Some(n) if n + 1 - c.end <= MAX_WORDS && name_word(n) => end = n + 1,
                Some(n)
                    if end > c.end
                        && !ft.toks[n].ideograph
                        && self.tok_case(c.field, n) == Case::Lower
                        && !self.word(c.field, n).function =>
                {
                    noun = Some(n)
                }
                _ => return false,
            }
        };
        // Left: the name may start before the span (`Islamic State of`).
        let mut start = c.start;
        loop {
            let words: Vec<&str> = (start..end).map(|i| self.tok_text(c.field, i)).collect();
            if (start, end) != (c.start, c.end)
                && !self.word(c.field, start).function
                && acronym_fits(&acronym, &words)
            {
                return true;
            }
            match self.adjacent_before(c.field, start) {
                Some(p) if c.start - p <= MAX_WORDS && name_word(p) => start = p,
                _ => return false,
            }
        }
    }

    /// True when the span is written in Hangul and is none of the place's names in
    /// Hangul, but matched one of its Latin names through folding's romanisation:
    /// Korean writes places in its own spelling (`아테네`, `광주`, names the gazetteer
    /// holds), so a Hangul word that romanises into another name is a Korean word
    /// (`한다` is not Handa, `지난` not Jinan, `알게` not Algiers). Only a place in
    /// the Koreas that has no Hangul name in the gazetteer is taken by its
    /// romanisation.
    fn hangul_romanised(&self, c: &Cand, key: &Key) -> bool {
        const HANGUL: u8 = 8;
        let ft = &self.texts[c.field];
        let original = &ft.text[ft.toks[c.start].original.start..ft.toks[c.end - 1].original.end];
        if super::dict::script(original) != HANGUL {
            return false;
        }
        let entity = &self.linker.gazetteer.entities()[key.entity as usize];
        let folded = nomen_fold::fold(original);
        let mut hangul = entity
            .names()
            .filter(|n| super::dict::script(n) == HANGUL)
            .peekable();
        if hangul.peek().is_none() {
            return !self.linker.places().korean(key.entity);
        }
        !hangul.any(|n| nomen_fold::fold(n) == folded)
    }

    /// True when a comma splits the span and no name of the entity has one: a name
    /// is not written across a comma (`Yang Liu, an analyst` is not Lu'an, whose
    /// `Liu-an` folds alike; `Washington, D.C.` has its comma).
    fn split_by_comma(&self, c: &Cand, key: &Key) -> bool {
        let ft = &self.texts[c.field];
        (c.start + 1..c.end)
            .any(|i| ft.text[ft.toks[i - 1].original.end..ft.toks[i].original.start].contains(','))
            && !self.linker.gazetteer.entities()[key.entity as usize]
                .names()
                .any(|n| n.contains(','))
    }

    /// True when a city's name is followed by the word `state` in lowercase
    /// (`Washington state filed a challenge`) or `region` (`the Osh region`, an
    /// oblast named after it), or by the noun of a division named
    /// after it in any case (`St. Louis County`, `Fukushima Prefecture`, `Idlib
    /// governorate`, [`place::is_division_word`]), or after a capitalised `County`
    /// (`Co.`): the state, county or province of that name, not the city.
    fn named_state(&self, c: &Cand, key: &Key) -> bool {
        if !self.linker.places().city(key.entity) {
            return false;
        }
        // Irish and British usage puts `County` (`Co.`) before the name: `County
        // Cork`, `Co. Limerick`, `County Durham`. (Not `Co.` after a capitalised
        // word, a company's: `Raytheon Co. Boston`.)
        if let Some(p) = c.start.checked_sub(1) {
            let ft = &self.texts[c.field];
            let gap = &ft.text[ft.toks[p].original.end..ft.toks[c.start].original.start];
            let county = match (self.tok_original(c.field, p), gap) {
                ("County", " ") => true,
                ("Co", ". ") => p
                    .checked_sub(1)
                    .is_none_or(|q| self.tok_case(c.field, q) != Case::Upper),
                _ => false,
            };
            if county {
                return true;
            }
        }
        // (`the Osh region`, `the Moscow region`: in lowercase, the English press's
        // word for an oblast, a province named after its seat; not `Region`
        // capitalised, a name's word.)
        self.adjacent_after(c.field, c.end).is_some_and(|n| {
            matches!(self.tok_original(c.field, n), "state" | "region")
                || (place::is_division_word(self.tok_text(c.field, n)) && !self.shouted(c.field, n))
        })
    }

    /// True when a city's name follows the English `province of`, `county of`, `state
    /// of`, `region of` (or their plurals: `the German states of Saarland and Bremen`),
    /// or a plural `counties`, `provinces` (or the noun and `are`,
    /// `were`, [`is_division_plural`]), in lowercase, directly or in a list of names
    /// that starts there (`the provinces of Aleppo, Damascus, Homs and Hama`, `the
    /// province of Latakia`, `three counties, Wicklow, Limerick and Offaly`): the names
    /// of provinces and counties named after their seats, not the cities, which the
    /// gazetteer holds alone ([`Doc::named_state`] reads `Idlib province`). (Other languages' `la
    /// provincia de Tarragona` stays the city, as their gold data reads it.)
    fn province_of_before(&self, c: &Cand, key: &Key) -> bool {
        if !self.linker.places().city(key.entity) {
            return false;
        }
        let f = c.field;
        let ft = &self.texts[f];
        let lower = |i: usize| self.tok_case(f, i) == Case::Lower;
        let mut i = c.start;
        // (Up to a list of six names of up to three words.)
        for _ in 0..24 {
            let Some(p) = i.checked_sub(1) else {
                return false;
            };
            let gap = &ft.text[ft.toks[p].original.end..ft.toks[i].original.start];
            if gap.is_empty() || gap.len() > 3 || !gap.chars().all(|ch| ch == ' ' || ch == ',') {
                return false;
            }
            let w = self.tok_text(f, p);
            if w == "of" && lower(p) && !gap.contains(',') {
                return p.checked_sub(1).is_some_and(|q| {
                    matches!(
                        self.tok_text(f, q),
                        "province"
                            | "provinces"
                            | "county"
                            | "counties"
                            | "state"
                            | "states"
                            | "region"
                            | "regions"
                    ) && lower(q)
                        && self.adjacent_before(f, p) == Some(q)
                });
            }
            // Right after the plural noun, or the noun and `are`, `were` (`in three
            // counties, Wicklow, Limerick and Offaly`, `the other counties were Laois,
            // Sligo and Cork`).
            if lower(p) && is_division_plural(w) {
                return true;
            }
            if lower(p) && matches!(w, "are" | "were") && !gap.contains(',') {
                return self
                    .adjacent_before(f, p)
                    .is_some_and(|q| lower(q) && is_division_plural(self.tok_text(f, q)));
            }
            let listed =
                (matches!(w, "and" | "or") && lower(p)) || self.tok_case(f, p) == Case::Upper;
            if !listed {
                return false;
            }
            i = p;
        }
        false
    }

    /// True when the place's name is a water body's or a landform's: before a
    /// capitalised noun of one (`Chesapeake Bay`, `Panama Canal`, `Napa Valley`,
    /// [`place::is_feature_word_after`]), after one and a connector (`the Strait of
    /// Hormuz`, `el estrecho de Gibraltar`, `the Gulf of Mexico`,
    /// [`place::is_feature_word_before`]) or after a capitalised `Lake` or `Mount`
    /// (`Lake Geneva`, `Mount Kenya`, `Mount Siple`: a mountain's name); and a town's one-word name (a [`place::PlaceFacts::needs_evidence`]
    /// town) anywhere in a document that writes it before such a noun (`in Chesapeake`
    /// after `Chesapeake Bay`): the feature named after the place, not the place.
    fn feature_named(&self, c: &Cand, key: &Key) -> bool {
        let f = c.field;
        let after = self.adjacent_after(f, c.end).is_some_and(|n| {
            self.tok_case(f, n) == Case::Upper && place::is_feature_word_after(self.tok_text(f, n))
        });
        if after {
            return true;
        }
        let before = self.adjacent_before(f, c.start).is_some_and(|p| {
            let w = self.tok_text(f, p);
            (matches!(w, "lake" | "mount") && self.tok_case(f, p) == Case::Upper)
                || (place::is_feature_connector(w)
                    && self.tok_case(f, p) == Case::Lower
                    && self
                        .adjacent_before(f, p)
                        .is_some_and(|q| place::is_feature_word_before(self.tok_text(f, q))))
        });
        if before {
            return true;
        }
        if c.end - c.start != 1 || !self.linker.places().needs_evidence(key.entity) {
            return false;
        }
        let id = self.texts[f].toks[c.start].id;
        if let Some(&named) = self.feature_names.borrow().get(&id) {
            return named;
        }
        // (Only the word's own occurrences are read: a token id is compared, not a
        // word.)
        let named = self.texts.iter().enumerate().any(|(f, ft)| {
            ft.positions(id).any(|i| {
                self.tok_case(f, i) == Case::Upper
                    && self.adjacent_after(f, i + 1).is_some_and(|n| {
                        self.tok_case(f, n) == Case::Upper
                            && place::is_feature_word_after(self.tok_text(f, n))
                    })
            })
        });
        self.feature_names.borrow_mut().insert(id, named);
        named
    }

    /// True when a town's name (a [`place::PlaceFacts::needs_evidence`] city) is a
    /// nuclear power station's or its accident's, named after the place: before
    /// `nuclear` in lowercase (`the Fukushima nuclear reactors`, `the Fukushima
    /// nuclear disaster`), and its one-word name anywhere in a document that writes it
    /// so (`to tackle Fukushima clean-up`), unless a preposition of place or a
    /// dateline says place there (`evacuated from Fukushima`).
    fn plant_named(&self, c: &Cand, key: &Key) -> bool {
        if !self.linker.places().city(key.entity)
            || !self.linker.places().needs_evidence(key.entity)
        {
            return false;
        }
        let before_nuclear = |f: usize, end: usize| {
            self.adjacent_after(f, end)
                .is_some_and(|n| self.tok_original(f, n) == "nuclear")
        };
        if before_nuclear(c.field, c.end) {
            return true;
        }
        if c.end - c.start != 1 || self.after_place_preposition(c) || self.dateline(c) {
            return false;
        }
        let id = self.texts[c.field].toks[c.start].id;
        if let Some(&named) = self.plant_names.borrow().get(&id) {
            return named;
        }
        // (Only the word's own occurrences are read: a token id is compared, not a
        // word.)
        let named = self.texts.iter().enumerate().any(|(f, ft)| {
            ft.positions(id)
                .any(|i| self.tok_case(f, i) == Case::Upper && before_nuclear(f, i + 1))
        });
        self.plant_names.borrow_mut().insert(id, named);
        named
    }

    /// True when the span names a world region or a continent (a place that is
    /// neither a city, a region of a country, a feature, nor a country of some
    /// city: `Asia`, `Europe`) joined by a hyphen to a capitalised word that names
    /// nothing of the gazetteer alone (`Asia-Pacific`, `Euro-Atlantic`): the name of
    /// a region of its own, not the continent. (`Asia-Europe`, `Africa-EU`: two
    /// names, each its own.) Not in a language that capitalises its nouns.
    fn compound_region(&self, c: &Cand, key: &Key) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        let places = self.linker.places();
        if c.end >= ft.toks.len()
            || ft.toks[c.end].ideograph
            || !matches!(
                &ft.text[ft.toks[c.end - 1].original.end..ft.toks[c.end].original.start],
                "-" | "\u{2010}" | "\u{2011}"
            )
            || self.tok_case(f, c.end) != Case::Upper
            || places.city(key.entity)
            || places.country(key.entity).is_some()
            || places.feature(key.entity)
            || places.country_of_some_city(key.entity)
        {
            return false;
        }
        let dict = &self.linker.dict;
        let node = dict.root(ft.toks[c.end].id);
        // (Not in a language that capitalises its nouns, where the second part is a
        // noun as often, `Davos-Livestream`; the language last, worked out only when
        // needed.)
        (node == NONE || !dict.keys(node).iter().any(|k| k.kind.is_full()))
            && place::capital_marks_name(self.language())
    }

    /// True when the span is a state's name that opens with the noun `Republic` (in
    /// the languages told apart, [`place::is_republic_word`]), right after a
    /// capitalised word, not opening a sentence, that no name of the state holds
    /// (`Democratic Republic of Korea`, where `Republic of Korea` is South Korea's
    /// name): a longer name that the gazetteer does not hold, as often another
    /// state's (the Democratic People's Republic of Korea); a miss rather than a
    /// guess. (The names it holds are matched whole: `Islamic Republic of Iran`.)
    fn republic_extended(&self, c: &Cand, key: &Key) -> bool {
        let f = c.field;
        if c.end - c.start < 2 || !place::is_republic_word(self.tok_text(f, c.start)) {
            return false;
        }
        let Some(p) = self.adjacent_before(f, c.start) else {
            return false;
        };
        if !self.capitalised_content(f, p) || self.sentence_initial(f, p) {
            return false;
        }
        let word = self.tok_text(f, p);
        let entity = &self.linker.gazetteer.entities()[key.entity as usize];
        !entity.names().any(|n| {
            nomen_fold::fold(n)
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| w == word)
        })
    }

    /// True when a capitalised noun of a stock exchange or a chamber
    /// ([`place::is_market_word`]) follows the span, after a space or an abbreviation's
    /// dot (`the U.S. Chamber of Commerce`, `the NY Stock Exchange`: up to one more
    /// capitalised word between).
    fn market_after(&self, c: &Cand) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        let next = self.adjacent_after(f, c.end).or_else(|| {
            (c.end < ft.toks.len()
                && &ft.text[ft.toks[c.end - 1].original.end..ft.toks[c.end].original.start] == ". ")
                .then_some(c.end)
        });
        let Some(n) = next else {
            return false;
        };
        let market = |i: usize| {
            self.tok_case(f, i) == Case::Upper && place::is_market_word(self.tok_text(f, i))
        };
        market(n)
            || (self.capitalised_content(f, n) && self.adjacent_after(f, n + 1).is_some_and(market))
    }

    /// True when the span is a name the document writes beside `versus`, `vs.` or `v.`
    /// (`Bush versus Gore`, `Hamburg vs. Bremen`): the parties of a lawsuit or the sides
    /// of a match, not places, there and wherever else the document writes the name
    /// without a preposition of place other than one said as often before a person
    /// (`tipped the White House to Bush`, [`place::is_person_preposition`]).
    fn party_in_document(&self, c: &Cand) -> bool {
        let parties = self.parties.get_or_init(|| {
            let mut parties = HashSet::default();
            for (f, ft) in self.texts.iter().enumerate() {
                let folded = ft.folded.as_str().as_bytes();
                // Only a token that starts with `v` is read: the text's `v`s are found
                // eight bytes at a time, and one right after a letter or digit is
                // inside a word (the tokens' starts are looked up for the others).
                let mut at_token = 0;
                positions_of(folded, b'v', |at| {
                    if at > 0 && folded[at - 1].is_ascii_alphanumeric() {
                        return;
                    }
                    // (The tokens' starts only grow: found by halving.)
                    at_token += ft.toks[at_token..].partition_point(|t| t.folded.start < at);
                    let i = at_token;
                    // (Not the last token: a party follows.)
                    if i + 1 >= ft.toks.len() || ft.toks[i].folded.start != at {
                        return;
                    }
                    let r = &ft.toks[i].folded;
                    if !matches!(r.end - r.start, 1 | 2 | 6) {
                        return;
                    }
                    let t = self.tok_text(f, i);
                    if !matches!(t, "versus" | "vs" | "v") || ft.toks[i].ideograph {
                        return;
                    }
                    let original = self.tok_original(f, i);
                    let dot = ft.text[ft.toks[i].original.end..].starts_with('.');
                    if first_case(original) != Case::Lower || (t == "v" && !dot) {
                        return;
                    }
                    let Some(p) = self.adjacent_before(f, i) else {
                        return;
                    };
                    let next = if dot {
                        (i + 1 < ft.toks.len()
                            && ft.text[ft.toks[i].original.end..ft.toks[i + 1].original.start]
                                .trim()
                                == ".")
                            .then_some(i + 1)
                    } else {
                        self.adjacent_after(f, i + 1)
                    };
                    let Some(n) = next else {
                        return;
                    };
                    if self.capitalised_content(f, p) && self.capitalised_content(f, n) {
                        parties.insert(ft.toks[p].id);
                        parties.insert(ft.toks[n].id);
                    }
                });
            }
            parties
        });
        if parties.is_empty() {
            return false;
        }
        let f = c.field;
        let toks = &self.texts[f].toks;
        if !(parties.contains(&toks[c.start].id) || parties.contains(&toks[c.end - 1].id)) {
            return false;
        }
        // Beside `versus` itself, whatever comes before; elsewhere, unless a preposition
        // of place says place.
        let beside = self
            .adjacent_after(f, c.end)
            .is_some_and(|n| matches!(self.tok_text(f, n), "versus" | "vs" | "v"))
            || self
                .adjacent_before(f, c.start)
                .is_some_and(|p| matches!(self.tok_text(f, p), "versus" | "vs" | "v"))
            || (c.start >= 1
                && matches!(self.tok_text(f, c.start - 1), "vs" | "v")
                && self.dotted(f, c.start - 1));
        beside
            || !self.after_place_preposition(c)
            || self
                .adjacent_before(f, c.start)
                .is_some_and(|p| place::is_person_preposition(self.tok_text(f, p)))
    }

    /// True when a place's name is a sports team's: a noun of a team's people right
    /// after it (`a Cologne fan`, `Germany striker`, [`place::is_team_word`]), or
    /// joined to it by a hyphen (`Köln-Fans`). (Not after an acronym in capitals, which
    /// says where the fans are: `US fans of the show`.)
    fn team_word_after(&self, c: &Cand) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        if c.end >= ft.toks.len() || ft.toks[c.end].ideograph || self.shouted(f, c.end - 1) {
            return false;
        }
        let gap = &ft.text[ft.toks[c.end - 1].original.end..ft.toks[c.end].original.start];
        (self.adjacent_after(f, c.end).is_some() || gap == "-")
            && place::is_team_word(self.tok_text(f, c.end))
    }

    /// The US state (index + 1 in [`place::us_states`]) whose name tokens `start..end`
    /// are, whole; 0 when they are none.
    fn state_named(&self, field: usize, start: usize, end: usize) -> u8 {
        let ft = &self.texts[field];
        if start >= end || end > ft.toks.len() || ft.toks[start..end].iter().any(|t| t.ideograph) {
            return 0;
        }
        let (state, len) = place::us_state_at(&ft.folded.as_str()[ft.toks[start].folded.start..]);
        if state != 0 && ft.toks[start].folded.start + len == ft.toks[end - 1].folded.end {
            state
        } else {
            0
        }
    }

    /// True when a town's one-word name (a place that needs evidence,
    /// [`place::PlaceFacts::needs_evidence`]) follows a capitalised word that names
    /// nothing of the gazetteer and its possessive `'s` (`Shepherd's Bush`, `King's
    /// Lynn`, `Earl's Court`): the end of a longer place's name, a district or town the
    /// gazetteer lacks. After a name of the gazetteer the possessive is an owner's
    /// (`Russia's Taganrog`, `Putin's Russia`).
    fn after_unknown_possessive(&self, c: &Cand, key: &Key) -> bool {
        let f = c.field;
        if c.end - c.start != 1 || c.start < 2 || !self.linker.places().needs_evidence(key.entity) {
            return false;
        }
        let ft = &self.texts[f];
        let (owner, s, cur) = (
            &ft.toks[c.start - 2],
            &ft.toks[c.start - 1],
            &ft.toks[c.start],
        );
        if owner.ideograph
            || s.ideograph
            || cur.ideograph
            || &ft.text[s.original.clone()] != "s"
            || !matches!(
                &ft.text[owner.original.end..s.original.start],
                "'" | "\u{2019}"
            )
            || &ft.text[s.original.end..cur.original.start] != " "
            || !self.capitalised_content(f, c.start - 2)
            || self.shouted(f, c.start - 2)
        {
            return false;
        }
        let dict = &self.linker.dict;
        owner.id == NONE || dict.keys(dict.root(owner.id)).is_empty()
    }

    /// True when the one-word span names a country whose name is, whole, a US
    /// state's (`Georgia`) in a document that writes that word as the state somewhere
    /// ([`Doc::written_as_state`]: `the US state of Georgia`, `Atlanta, Georgia`,
    /// `Georgia Gov. Brian Kemp`): the state, whose bare name the gazetteer leaves to
    /// the country, there and throughout the document, as news names one Georgia in a story; not
    /// where a city of the country comes before it and a comma (`Tbilisi, Georgia`).
    fn country_named_as_state(&self, c: &Cand, key: &Key) -> bool {
        if c.end - c.start != 1 || !self.country_entity(key.entity) {
            return false;
        }
        let state = self.state_named(c.field, c.start, c.end);
        if state == 0 || self.city_of_country_before(c.field, c.start, key.entity) {
            return false;
        }
        let id = self.texts[c.field].toks[c.start].id;
        self.texts
            .iter()
            .enumerate()
            .any(|(f, ft)| ft.positions(id).any(|j| self.written_as_state(f, j)))
    }

    /// True when a comma and, before it, the name of a city of country `country` come
    /// right before token `i` (`Tbilisi, Georgia`): the country, written so.
    fn city_of_country_before(&self, f: usize, i: usize, country: u32) -> bool {
        let ft = &self.texts[f];
        if i == 0 || ft.toks[i].ideograph || ft.toks[i - 1].ideograph {
            return false;
        }
        let gap = ft
            .text
            .get(ft.toks[i - 1].original.end..ft.toks[i].original.start)
            .unwrap_or_default();
        if gap.trim() != "," {
            return false;
        }
        let dict = &self.linker.dict;
        let root = dict.root(ft.toks[i - 1].id);
        root != NONE
            && dict.keys(root).iter().any(|k| {
                k.entity_kind == Kind::Place
                    && k.kind.is_full()
                    && self.linker.places().country(k.entity) == Some(country)
            })
    }

    /// True when the capitalised word `j`, a US state's name, is written as the
    /// state: after a state's noun (`US-Bundesstaat Georgia`), or one and a connector
    /// (`the state of Georgia`, `el estado de Georgia`, [`place::is_state_noun`]),
    /// after a city of that state and a comma (`Atlanta, Georgia`), or before a
    /// state's office (`Georgia Gov.`, [`place::is_state_office_word`]).
    fn written_as_state(&self, f: usize, j: usize) -> bool {
        if self.tok_case(f, j) != Case::Upper {
            return false;
        }
        if let Some(p) = self.adjacent_before(f, j) {
            if place::is_state_noun(self.tok_text(f, p)) {
                return true;
            }
            if place::is_name_connector(self.tok_text(f, p))
                && self.tok_case(f, p) == Case::Lower
                && self
                    .adjacent_before(f, p)
                    .is_some_and(|q| place::is_state_noun(self.tok_text(f, q)))
            {
                return true;
            }
        }
        if self.adjacent_after(f, j + 1).is_some_and(|n| {
            place::is_state_office_word(self.tok_text(f, n)) && self.tok_case(f, n) == Case::Upper
        }) {
            return true;
        }
        self.state_of_town_at(f, j, j + 1)
    }

    /// The dictionary's node for token `first` followed by tokens `rest` (`NONE` when no
    /// name of the gazetteer starts so): the walk the checks of whole names share.
    fn dict_node(&self, field: usize, first: usize, rest: Range<usize>) -> u32 {
        let dict = &self.linker.dict;
        let toks = &self.texts[field].toks;
        let mut node = dict.root(toks[first].id);
        for t in &toks[rest] {
            if node == NONE {
                break;
            }
            node = dict.child(node, t.id);
        }
        node
    }

    /// True when tokens `start..end` are, whole, a name of some place of the gazetteer.
    fn place_name(&self, field: usize, start: usize, end: usize) -> bool {
        let dict = &self.linker.dict;
        let node = self.dict_node(field, start, start + 1..end);
        node != NONE
            && dict
                .keys(node)
                .iter()
                .any(|k| k.entity_kind == Kind::Place && k.kind.is_full())
    }

    /// [`Doc::place_name`], not counting the US states themselves: tokens
    /// `start..end` name a city, a country or another place (`Washington`, the
    /// capital), not only a state (`Oregon`).
    fn place_name_but_state(&self, field: usize, start: usize, end: usize) -> bool {
        let dict = &self.linker.dict;
        let places = self.linker.places();
        let node = self.dict_node(field, start, start + 1..end);
        node != NONE
            && dict.keys(node).iter().any(|k| {
                k.entity_kind == Kind::Place && k.kind.is_full() && !places.is_us_state(k.entity)
            })
    }

    /// True when a city's name that is, whole, a US state's name (`New York`,
    /// `Washington`) means the state: an office or a body of the state follows it
    /// (`New York Attorney General`, `Washington Gov. Jay Inslee`,
    /// [`place::is_state_office_word`]), or a possessive and a county (`New York's
    /// Westchester County`), or it is listed with another state's name that names no
    /// other place of the gazetteer than the state (`in New York and New Jersey`, `New Jersey, New York`;
    /// not `New York and Washington`, two cities). Between a state and a city of its
    /// name the text says city when it means the city (`New York City`, `the city of
    /// New York`).
    fn state_not_city(&self, c: &Cand, key: &Key) -> bool {
        let f = c.field;
        if !self.linker.places().city(key.entity) || self.state_named(f, c.start, c.end) == 0 {
            return false;
        }
        let ft = &self.texts[f];
        // `Chuck Schumer, D-New York`, `(R-Texas)`: a member of Congress's party letter
        // joined to the name by a hyphen: the state the member represents.
        if c.start > 0 && !ft.toks[c.start - 1].ideograph {
            let (prev, cur) = (&ft.toks[c.start - 1], &ft.toks[c.start]);
            let letter = &ft.text[prev.original.clone()];
            let free = ft.text[..prev.original.start]
                .chars()
                .next_back()
                .is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | ','));
            if matches!(letter, "D" | "R" | "I")
                && ft.text.get(prev.original.end..cur.original.start) == Some("-")
                && free
            {
                return true;
            }
        }
        if self.legislator_of(c) {
            return true;
        }
        if let Some(n) = self.adjacent_after(f, c.end) {
            if (place::is_state_office_word(self.tok_text(f, n))
                && self.tok_case(f, n) == Case::Upper)
                || (place::is_state_adjective(self.tok_text(f, n))
                    && self.tok_case(f, n) == Case::Lower)
            {
                return true;
            }
        }
        // `New York's Westchester County`.
        if c.end + 2 < ft.toks.len() {
            let gap = &ft.text[ft.toks[c.end - 1].original.end..ft.toks[c.end].original.start];
            let possessive =
                matches!(self.tok_text(f, c.end), "s") && (gap == "'" || gap == "\u{2019}");
            // `New York's congressional delegation`: an adjective of a state's offices
            // in lowercase ([`place::is_state_adjective`]).
            if possessive
                && self.tok_case(f, c.end + 1) == Case::Lower
                && place::is_state_adjective(self.tok_text(f, c.end + 1))
            {
                return true;
            }
            if possessive {
                let mut i = c.end + 1;
                while i < ft.toks.len() && i <= c.end + 3 && self.capitalised_content(f, i) {
                    if place::is_division_word(self.tok_text(f, i)) {
                        return true;
                    }
                    i += 1;
                }
            }
        }
        // Listed with another state: `and`, `or` or a comma between.
        let joined = |a: usize, b: usize| {
            let gap = ft.text[ft.toks[a].original.end..ft.toks[b].original.start].trim();
            gap == ","
        };
        let list_word = |i: usize| {
            matches!(self.tok_text(f, i), "and" | "or") && self.tok_case(f, i) == Case::Lower
        };
        let other = |start: usize, end: usize| {
            let s = self.state_named(f, start, end);
            s != 0
                && s != self.state_named(f, c.start, c.end)
                && self.tok_case(f, start) == Case::Upper
                && !self.place_name_but_state(f, start, end)
        };
        // After: `New York and New Jersey`, `New York, New Jersey`.
        let next = if c.end < ft.toks.len() && joined(c.end - 1, c.end) {
            Some(c.end)
        } else {
            self.adjacent_after(f, c.end)
                .filter(|&n| list_word(n))
                .and_then(|n| self.adjacent_after(f, n + 1))
        };
        if let Some(n) = next {
            if (n + 1..=(n + 3).min(ft.toks.len())).any(|e| other(n, e)) {
                return true;
            }
        }
        // Before: `New Jersey and New York`, `New Jersey, New York`.
        let prev = if c.start > 0 && joined(c.start - 1, c.start) {
            Some(c.start)
        } else {
            self.adjacent_before(f, c.start)
                .filter(|&p| list_word(p))
                .and_then(|p| self.adjacent_before(f, p).map(|q| q + 1))
        };
        if let Some(end) = prev {
            if (end.saturating_sub(3)..end).any(|s| other(s, end)) {
                return true;
            }
        }
        // `a resident of Wantagh, New York, graduated`: after a comma and a capitalised
        // word after a lowercase one in running text that names no place of the
        // gazetteer (a town it does not hold; not a person's name, `Ali Martillotta,
        // New York, NY`), before a comma, a full stop or the end: the town's state.
        if c.start >= 2 && joined(c.start - 1, c.start) {
            let p = c.start - 1;
            let ends = ft.text[ft.toks[c.end - 1].original.end..]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|ch| matches!(ch, ',' | '.' | ';' | ')'));
            if ends
                && self.capitalised_content(f, p)
                && !self.shouted(f, p)
                && !self.sentence_initial(f, p)
                && !self.place_name(f, p, p + 1)
                && self
                    .adjacent_before(f, p)
                    .is_some_and(|q| self.tok_case(f, q) == Case::Lower)
            {
                return true;
            }
        }
        false
    }

    /// True when the span follows `of` after a person's name of one to three
    /// capitalised words that a legislator's or a governor's title starts (`Sen. Patty
    /// Murray of Washington`, `Democratic Sens. Patty Murray of Washington and
    /// Elizabeth Warren of Massachusetts`, `Gov. Jay Inslee of Washington`,
    /// [`place::is_legislator_title`]): the state the member represents or governs.
    fn legislator_of(&self, c: &Cand) -> bool {
        let f = c.field;
        let Some(of) = self
            .adjacent_before(f, c.start)
            .filter(|&p| self.tok_text(f, p) == "of" && self.tok_case(f, p) == Case::Lower)
        else {
            return false;
        };
        let ft = &self.texts[f];
        let mut first = of;
        for _ in 0..3 {
            let Some(w) = self.adjacent_before(f, first).filter(|&w| {
                self.capitalised_content(f, w) && !self.shouted(f, w) && !ft.toks[w].ideograph
            }) else {
                return false;
            };
            first = w;
            // The title, capitalised, a space or its abbreviation's dot before the name.
            let Some(t) = first.checked_sub(1) else {
                return false;
            };
            let gap = &ft.text[ft.toks[t].original.end..ft.toks[first].original.start];
            if matches!(gap, " " | ". ")
                && !ft.toks[t].ideograph
                && self.tok_case(f, t) == Case::Upper
                && place::is_legislator_title(self.tok_text(f, t))
            {
                return first < of;
            }
        }
        false
    }

    /// True when a region's name (a continent's or a part of the world's, not a
    /// country's nor a city's) follows an acronym in capitals that names nothing in
    /// the gazetteer, in running text (`CRRC North America`, `ABB Europe`): a company's
    /// branch named after the region it serves.
    fn region_after_acronym(&self, c: &Cand, key: &Key) -> bool {
        let f = c.field;
        if self.linker.places().city(key.entity)
            || self.country_entity(key.entity)
            || self.shouted(f, c.start)
        {
            return false;
        }
        let Some(p) = self.adjacent_before(f, c.start) else {
            return false;
        };
        let word = self.tok_original(f, p);
        let letters = word.chars().filter(|ch| ch.is_alphabetic()).count();
        let dict = &self.linker.dict;
        let root = dict.root(self.texts[f].toks[p].id);
        (2..=6).contains(&letters)
            && word
                .chars()
                .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit())
            && (root == NONE || dict.keys(root).is_empty())
            && !self
                .adjacent_before(f, p)
                .is_some_and(|q| self.shouted(f, q))
    }

    /// True when a city's name follows a capitalised word and `of` inside a sentence
    /// of English running text (`the Siege of Sarajevo`, `the Archdiocese of
    /// Chicago`): the end of a longer name, which is no place's (the gazetteer would
    /// have matched a place's whole name). English says where a body is with `in` or
    /// `at` (`the Civil Liberties Union at Little Rock`); Spanish, French and Italian
    /// `de`, `di` say both (`el Hospital Virgen del Rocío de Sevilla`). Not after
    /// a settlement's, an office's, a compass point's or a meeting's noun (`the City
    /// of London`, `the Mayor of Reus`, `the Conference of Bonn`), a place's name, a
    /// form of address, a person's name word or a word after a given name (`Rabbi
    /// Yosef Goldman of Philadelphia`, `Kurt Eichenwald of Dallas`, who are from it),
    /// nor in a title in quotes (`"100 Historical Relics of
    /// Vilnius"`).
    fn after_name_and_connector(&self, c: &Cand, key: &Key) -> bool {
        let f = c.field;
        // (A region too: `the Council of Europe`; not a country, whose institutions
        // are named so, `the Government of India`.)
        let places = self.linker.places();
        if (!places.city(key.entity) && self.country_entity(key.entity))
            || self.title_case(f)
            || self.in_caps_run(c)
        {
            return false;
        }
        let Some(p) = self.adjacent_before(f, c.start) else {
            return false;
        };
        if self.tok_original(f, p) != "of" {
            return false;
        }
        let Some(q) = self.adjacent_before(f, p) else {
            return false;
        };
        // `Lloyd's of London`: a capitalised word's possessive before `of` joins the
        // two into one name (a person is `of` a place, not the person's possessive).
        if self.capitalised_possessive(f, q) {
            return self.language() == place::ENGLISH;
        }
        // (A surname after a given name too: `Kurt Eichenwald of Dallas`. A person is
        // not `of` a region: `the Council of Europe`, where `Council` is a name word of
        // rigour's data.)
        let city = places.city(key.entity);
        if city
            && (self.name_word(f, q, false)
                || self.adjacent_before(f, q).is_some_and(|b| {
                    self.linker.dict.is_given(self.texts[f].toks[b].id)
                        || self.name_word(f, b, false)
                }))
        {
            return false;
        }
        let mut first = q;
        while let Some(b) = self.adjacent_before(f, first) {
            let w = self.tok_original(f, b);
            if first_case(w) != Case::Upper && !w.starts_with(|ch: char| ch.is_ascii_digit()) {
                break;
            }
            first = b;
        }
        {
            let ft = &self.texts[f];
            if ft.text[..ft.toks[first].original.start]
                .trim_end()
                .ends_with(['"', '“', '«', '„', '\''])
            {
                return false;
            }
        }
        let word = self.tok_text(f, q);
        let dict = &self.linker.dict;
        let root = dict.root(self.texts[f].toks[q].id);
        self.capitalised_content(f, q)
            && !self.shouted(f, q)
            && !self.sentence_initial(f, q)
            && !place::is_settlement_word(word)
            && !place::is_of_place_word(word)
            && !place::is_venue_word(word)
            && !place::is_place_preposition(word)
            && !place::is_form_of_address(word)
            && (root == NONE
                || !dict
                    .keys(root)
                    .iter()
                    .any(|k| k.entity_kind == Kind::Place && k.kind.is_full()))
            && self.language() == place::ENGLISH
    }

    /// True when token `q` is the `s` of a capitalised word's possessive (`Lloyd's`,
    /// `St Paul’s`), not in capitals.
    pub(super) fn capitalised_possessive(&self, f: usize, q: usize) -> bool {
        let ft = &self.texts[f];
        q > 0
            && self.tok_original(f, q) == "s"
            && matches!(
                &ft.text[ft.toks[q - 1].original.end..ft.toks[q].original.start],
                "'" | "\u{2019}"
            )
            && self.capitalised_content(f, q - 1)
            && !self.shouted(f, q - 1)
    }

    /// True when a hyphen and a digit follow the span (`A Mi-8 helicopter`, `Su-27`,
    /// `Tu-154`): a model's or a vehicle's designation, not the place.
    fn model_designation(&self, c: &Cand) -> bool {
        let ft = &self.texts[c.field];
        let mut rest = ft.text[ft.toks[c.end - 1].original.end..].chars();
        matches!(rest.next(), Some('-' | '\u{2010}' | '\u{2011}'))
            && rest.next().is_some_and(|ch| ch.is_ascii_digit())
    }

    /// True when a dollar sign follows the span with no space (`US$70 billion`,
    /// `HK$5`, `NZ$`): the place's name or code is part of a currency's symbol, not
    /// the place the text speaks of.
    fn currency_symbol(&self, c: &Cand) -> bool {
        let ft = &self.texts[c.field];
        ft.text[ft.toks[c.end - 1].original.end..].starts_with('$')
    }

    /// True when the span is the first part of a hyphenated name: a hyphen alone joins
    /// it to a capitalised word (not in capitals) that starts no name of the
    /// dictionary (`Kara-Murza`, a Russian surname, not Kara in Togo; `Kara-Murza's
    /// illness`, `CNN spoke to Kara-Murza`): a double surname or a compound name of its
    /// own, not the place. (A lowercase word after the hyphen says place: `the
    /// Denver-based court`; so does another place's name, `Vigo-Porto`; a body's,
    /// `Israel-Hamas`, names a party, and a country is one, so countries stay.) Not in
    /// a language that capitalises its nouns, where the second part is a noun as
    /// often (`Hamburg-Besuch`, a visit to Hamburg), nor in a headline in title case
    /// (`Moscow-Based Group`), nor in a text whose language is not told apart (it may
    /// be German).
    fn hyphenated_name_first(&self, c: &Cand, key: &Key) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        if c.end >= ft.toks.len()
            || ft.toks[c.end].ideograph
            || ft.toks[c.end].root != NONE
            || !matches!(
                &ft.text[ft.toks[c.end - 1].original.end..ft.toks[c.end].original.start],
                "-" | "\u{2010}" | "\u{2011}"
            )
            || self.tok_case(f, c.end) != Case::Upper
            || self.shouted(f, c.end)
            || self
                .tok_original(f, c.end)
                .chars()
                .any(|ch| ch.is_ascii_digit())
            || self.linker.places().country_of_some_city(key.entity)
            || self.title_case(f)
        {
            return false;
        }
        // (A language told apart that writes its nouns in lowercase, or a script whose
        // languages all do; the language last, worked out only when needed.)
        matches!(
            Script::of(self.tok_original(f, c.start)),
            Some(Script::Cyrillic | Script::Greek)
        ) || place::capital_marks_name(self.language())
    }

    /// True when the span ends a place's name joined by hyphens around a lowercase
    /// connector, after a capitalised word ([`place::is_hyphen_connector`]:
    /// `Hauts-de-France`, a French region, `Stratford-upon-Avon`,
    /// `Châlons-en-Champagne`): the longer name's, which the gazetteer may not hold.
    fn ends_hyphenated_place_name(&self, c: &Cand) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        if c.start < 2 {
            return false;
        }
        let hyphen = |a: usize, b: usize| {
            !ft.toks[a].ideograph
                && !ft.toks[b].ideograph
                && matches!(
                    &ft.text[ft.toks[a].original.end..ft.toks[b].original.start],
                    "-" | "\u{2010}" | "\u{2011}"
                )
        };
        let (k, w) = (c.start - 1, c.start - 2);
        hyphen(k, c.start)
            && hyphen(w, k)
            && self.tok_case(f, k) == Case::Lower
            && place::is_hyphen_connector(self.tok_text(f, k))
            && self.tok_case(f, w) == Case::Upper
    }

    /// True when the one-word span is the second part of a hyphenated name whose first
    /// part is a capitalised word that starts no name of the dictionary, right after a
    /// person's given name of rigour's data (`Anna Scho-Antwerpes`, a double surname,
    /// not Antwerp): the person's surname, not the place. (Without the given name, the
    /// place may be part of a place's compound name: `Frankfurt-Oder`, `Ost-Berlin`.
    /// Limit: a given name the data lacks says nothing, `Elfi Scho-Antwerpes`.)
    fn hyphenated_name_second(&self, c: &Cand) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        if c.end - c.start != 1 || c.start < 2 {
            return false;
        }
        let p = c.start - 1;
        if ft.toks[p].ideograph
            || ft.toks[c.start].ideograph
            || !matches!(
                &ft.text[ft.toks[p].original.end..ft.toks[c.start].original.start],
                "-" | "\u{2010}" | "\u{2011}"
            )
            || ft.toks[p].root != NONE
            || !self.capitalised_content(f, p)
            || self.shouted(f, p)
        {
            return false;
        }
        self.adjacent_before(f, p)
            .is_some_and(|g| self.name_word(f, g, false) && !self.word(f, g).honorific)
    }

    /// True when a number of one to three digits follows the span and a broadcaster's
    /// noun ([`place::is_broadcaster_word`]) follows the number or comes right before
    /// the span (`Europe 1 radio`, `the Rossiya 24 TV channel`, `телеканал Россия 24`):
    /// a station named after the place, not the place. (A number alone says nothing:
    /// `Dublin 8` is a district of Dublin, `Tunisia 250 million euros` the country.)
    fn broadcaster_number(&self, c: &Cand) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        let Some(rest) = ft.text[ft.toks[c.end - 1].original.end..].strip_prefix(' ') else {
            return false;
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) {
            return false;
        }
        // (A station's name may stand in quotes: `«Россия 24»`, `"Europe 1" radio`.)
        const QUOTES: &[char] = &['"', '\'', '«', '»', '„', '“', '”'];
        let after = rest[digits..]
            .trim_start_matches(QUOTES)
            .strip_prefix(' ')
            .is_some_and(|next| {
                let word: String = next.chars().take_while(|ch| ch.is_alphanumeric()).collect();
                place::is_broadcaster_word(&nomen_fold::fold(&word))
            });
        after
            || c.start.checked_sub(1).is_some_and(|p| {
                ft.text
                    .get(ft.toks[p].original.end..ft.toks[c.start].original.start)
                    .is_some_and(|gap| gap.trim().trim_matches(QUOTES).is_empty())
                    && place::is_broadcaster_word(self.tok_text(f, p))
            })
    }

    /// True when a country's name is part of another territory's: after a capitalised
    /// adjective of a point of the compass (`Northern Ireland`, also first in a
    /// sentence or in a headline in title case, where the capital says nothing; not
    /// `northern Syria`, a part of the country), or before a connector and a
    /// capitalised Romance noun of one (`Irlanda del Norte`).
    fn compass_territory(&self, c: &Cand, key: &Key) -> bool {
        let places = self.linker.places();
        if places.city(key.entity) || !self.country_entity(key.entity) {
            return false;
        }
        let f = c.field;
        let capitalised = |i: usize| self.tok_case(f, i) == Case::Upper;
        if self
            .adjacent_before(f, c.start)
            .is_some_and(|p| capitalised(p) && place::is_compass_adjective(self.tok_text(f, p)))
        {
            return true;
        }
        self.adjacent_after(f, c.end).is_some_and(|n| {
            place::is_name_connector(self.tok_text(f, n))
                && self
                    .adjacent_after(f, n + 1)
                    .is_some_and(|m| capitalised(m) && place::is_compass_noun(self.tok_text(f, m)))
        })
    }

    /// True when the span is an alias of its place (not its own name) and the lowercase
    /// content word right before it makes with it, read without case, the full name of
    /// another place (`central America`, `south America`: the regions, not the United
    /// States by its alias `America`): the text means that place, and its name in
    /// lowercase links to nothing.
    fn lowercase_part_of_other_place(&self, c: &Cand, key: &Key) -> bool {
        // (Before a place's own name, the word names a part of it: `east London`,
        // `western Europe`, `southern Africa`.)
        if key.name == 0 {
            return false;
        }
        let f = c.field;
        let Some(p) = self
            .adjacent_before(f, c.start)
            .filter(|&p| self.tok_case(f, p) == Case::Lower && !self.word(f, p).function)
        else {
            return false;
        };
        let dict = &self.linker.dict;
        let node = self.dict_node(f, p, c.start..c.end);
        node != NONE
            && dict
                .keys(node)
                .iter()
                .any(|k| k.entity_kind == Kind::Place && k.kind.is_full() && k.entity != key.entity)
    }

    /// True when the span is one word written in capitals but for a final lowercase
    /// `s` (`COs`, `MPs`, `NGOs`): the plural of an acronym, not a place's name written
    /// otherwise (`Cos`, an alias of Jos).
    fn acronym_plural(&self, c: &Cand) -> bool {
        if c.end - c.start != 1 {
            return false;
        }
        let word = self.tok_original(c.field, c.start);
        let Some(stem) = word.strip_suffix('s') else {
            return false;
        };
        stem.chars().nth(1).is_some() && stem.chars().all(|ch| ch.is_uppercase())
    }

    /// True when the entity is a country: a place with a two-letter CLDR territory
    /// code and no country of its own (not a city, not a region such as `Europe`,
    /// whose code is a number).
    fn country_entity(&self, entity: u32) -> bool {
        let Some(e) = self.linker.gazetteer.entities().get(entity as usize) else {
            return false;
        };
        let code = ["source", "same_as"]
            .iter()
            .find_map(|f| e.extra.get(*f).and_then(|v| v.as_str()))
            .and_then(|s| s.strip_prefix("cldr:"));
        e.kind == Kind::Place
            && !self.linker.places().city(entity)
            && code.is_some_and(|code| {
                code.len() == 2 && code.chars().all(|ch| ch.is_ascii_alphabetic())
            })
    }

    /// True when a city's name of several words is followed, in running text (not a
    /// headline in title case or capitals), by a person's name word that is no
    /// place's name (`Sen. Mark Warner`: `Sen. Mark` is an alias of Saint-Marc): the
    /// span is the start of a person's name. (A one-word name is blocked by any
    /// capitalised word after it, [`Doc::blocked_after`].)
    fn before_person_name(&self, c: &Cand, key: &Key) -> bool {
        c.end - c.start >= 2
            && self.linker.places().city(key.entity)
            && !self.title_case(c.field)
            && !self.in_caps_run(c)
            && self.adjacent_after(c.field, c.end).is_some_and(|n| {
                !self.sentence_initial(c.field, n) && self.name_word(c.field, n, false)
            })
    }

    /// True when a place's name of one word follows a person's name word
    /// ([`Doc::name_word`]) and comes before a comma and an article in lowercase, as the
    /// news introduces a person (`Dong Liwan, a professor at`, `Paul Berlin, the
    /// spokesman`): the end of that person's name.
    fn person_introduced(&self, c: &Cand) -> bool {
        const ARTICLES: &[&str] = &["a", "an", "the", "un", "una", "el", "la", "ein", "eine"];
        let f = c.field;
        let ft = &self.texts[f];
        if c.end - c.start != 1 || c.end >= ft.toks.len() || ft.toks[c.end].ideograph {
            return false;
        }
        let gap = ft.text[ft.toks[c.end - 1].original.end..ft.toks[c.end].original.start].trim();
        gap == ","
            && self.tok_case(f, c.end) == Case::Lower
            && ARTICLES.contains(&self.tok_text(f, c.end))
            && self
                .adjacent_before(f, c.start)
                .is_some_and(|p| self.name_word(f, p, false))
    }

    /// True when a city's one-word alternate name (not its own) comes before a
    /// connector and another place's name (`la Bahía de Cádiz`, a name of Salvador
    /// before Cádiz; `the Valley of Mexico`): a feature named after the second place,
    /// not the city of the alternate name.
    fn alias_before_place(&self, c: &Cand, key: &Key) -> bool {
        let f = c.field;
        if c.end - c.start != 1 || key.name == 0 || !self.linker.places().city(key.entity) {
            return false;
        }
        let Some(n) = self.adjacent_after(f, c.end) else {
            return false;
        };
        if !matches!(self.tok_text(f, n), "de" | "del" | "of" | "di" | "du")
            || self.tok_case(f, n) != Case::Lower
        {
            return false;
        }
        self.adjacent_after(f, n + 1).is_some_and(|m| {
            self.tok_case(f, m) == Case::Upper
                && (m + 1..=(m + 3).min(self.texts[f].toks.len())).any(|e| self.place_name(f, m, e))
        })
    }

    /// True when a city's name goes on with a lowercase `by the` or `upon` and a
    /// capitalised word, the English way of naming a town by its site (`Manchester by
    /// the Sea`, `Kingston upon Thames`, `Walton by the Naze`): another town, or a
    /// work named after one, not the city of the first word.
    fn named_with_its_site(&self, c: &Cand, key: &Key) -> bool {
        let f = c.field;
        if !self.linker.places().city(key.entity) {
            return false;
        }
        let Some(n) = self.adjacent_after(f, c.end) else {
            return false;
        };
        let site = |i: Option<usize>| {
            i.is_some_and(|i| self.capitalised_content(f, i) && !self.shouted(f, i))
        };
        match self.tok_original(f, n) {
            "by" => self
                .adjacent_after(f, n + 1)
                .filter(|&t| self.tok_original(f, t) == "the")
                .is_some_and(|t| site(self.adjacent_after(f, t + 1))),
            "upon" => site(self.adjacent_after(f, n + 1)),
            _ => false,
        }
    }

    /// True when the span stands between two capitalised words that read as words of
    /// one longer name with it, in running text (not a headline in title case, not
    /// among words in capitals) of a language that capitalises only names: the word
    /// before is not first in its sentence, and neither is a function word, a form of
    /// address, a title or an office (`Governor`, `Sen.`), a settlement's, a compass
    /// point's or a state's noun, a preposition of place or a place's name (`the
    /// Oriental Salt Lake Resort`, `the Grand Leeds Plaza`): the name of a resort, a
    /// building or a body, not the place. (Not `Republican Ohio Gov.
    /// John Kasich`, `Minnesota U.S. Attorney`. German capitalises every noun: `hat
    /// Kanzler Scholz Polen Hilfe zugesagt` names Poland.)
    fn between_name_words(&self, c: &Cand) -> bool {
        let f = c.field;
        let (Some(p), Some(n)) = (
            self.adjacent_before(f, c.start),
            self.adjacent_after(f, c.end),
        ) else {
            return false;
        };
        let dict = &self.linker.dict;
        let name_word = |i: usize| {
            let word = self.tok_text(f, i);
            let root = dict.root(self.texts[f].toks[i].id);
            self.capitalised_content(f, i)
                && !self.shouted(f, i)
                && word.chars().count() > 1
                && !place::is_form_of_address(word)
                && !place::is_state_office_word(word)
                && !place::is_of_place_word(word)
                && !place::is_settlement_word(word)
                && !place::is_state_noun(word)
                && !place::is_compass_adjective(word)
                && !place::is_place_preposition(word)
                && (root == NONE
                    || !dict
                        .keys(root)
                        .iter()
                        .any(|k| k.entity_kind == Kind::Place && k.kind.is_full()))
        };
        // (The language last: it is worked out only for a document that needs it.)
        name_word(p)
            && name_word(n)
            && !self.sentence_initial(f, p)
            && !self.title_case(f)
            && !self.in_caps_run(c)
            && self.language() & place::GERMAN == 0
    }

    /// True when the one-word span is written in capitals inside running text (not
    /// among other words in capitals, not first on its line as a dateline's place is,
    /// `MOSCOW, March 17`), has at most [`MAX_ACRONYM`] letters and matched a place
    /// name that the gazetteer does not write in capitals: an acronym of something
    /// else (`UBA-Anordnungen`, the Umweltbundesamt's, is not Ubá; `IRNA`, the news
    /// agency, is not Irna), which links only as the gazetteer or the text defines
    /// it. A preposition of place before it says place (`in LIMA`), unless the
    /// document writes the same word so elsewhere without one: an acronym keeps its
    /// sense through a document (`she was in DACA or working on DACA`).
    fn acronym_of_a_word(&self, c: &Cand, key: &Key) -> bool {
        if !self.acronym_shaped(c) || !self.entity_name(key).chars().any(char::is_lowercase) {
            return false;
        }
        let place_said = |c: &Cand| self.after_place_preposition(c) || self.dateline(c);
        if !place_said(c) {
            return true;
        }
        let id = self.texts[c.field].toks[c.start].id;
        id != NONE
            && self.texts.iter().enumerate().any(|(f, ft)| {
                ft.toks.iter().enumerate().any(|(i, t)| {
                    let other = Cand {
                        field: f,
                        start: i,
                        end: i + 1,
                        ..*c
                    };
                    t.id == id
                        && (f, i) != (c.field, c.start)
                        && self.acronym_shaped(&other)
                        && !place_said(&other)
                })
            })
    }

    /// True when the one-word span is written in capitals inside running text, with at
    /// most [`MAX_ACRONYM`] letters: not among other words in capitals, not first on
    /// its line ([`Doc::acronym_of_a_word`]).
    fn acronym_shaped(&self, c: &Cand) -> bool {
        let ft = &self.texts[c.field];
        let line_start = ft.text[..ft.toks[c.start].original.start]
            .chars()
            .rev()
            .take_while(|&ch| ch != '\n')
            .all(|ch| ch.is_whitespace() || !ch.is_alphanumeric());
        // (A script without capitals, Hangul, has no acronyms written so.)
        let word = self.tok_original(c.field, c.start);
        c.end - c.start == 1
            && self.shouted(c.field, c.start)
            && word.chars().any(char::is_uppercase)
            && word.chars().count() <= MAX_ACRONYM
            && !line_start
            && !self.in_caps_run(c)
    }

    /// The position of the given name when the span is a part of a surname in the
    /// inverted form of a person's name that lists people with their party (`Planas
    /// Puchades, Luis (GPSOE)`, `Marín González, Manuel (GPSOE)`): at the start of a
    /// line, up to three capitalised words (hyphens join more), a comma, a given name
    /// (a part of people's names in rigour's table) and up to two more capitalised
    /// words, then an acronym in capitals in brackets. The surnames are that person's:
    /// neither a place nor someone else with that surname.
    fn inverted_name(&self, c: &Cand) -> Option<usize> {
        let ft = &self.texts[c.field];
        let latin_capitalised = |i: usize| {
            let w = self.tok_original(c.field, i);
            !ft.toks[i].ideograph
                && Script::of(w) == Some(Script::Latin)
                && first_case(w) == Case::Upper
                && w.chars().any(char::is_lowercase)
        };
        let gap = |a: usize, b: usize| &ft.text[ft.toks[a].original.end..ft.toks[b].original.start];
        let joined = |a: usize| matches!(gap(a, a + 1), " " | "-");
        if !(c.start..c.end).all(latin_capitalised) {
            return None;
        }
        // Back to the start of the line.
        let mut first = c.start;
        while first > 0 && joined(first - 1) && latin_capitalised(first - 1) {
            first -= 1;
        }
        let line_start = ft.text[..ft.toks[first].original.start]
            .chars()
            .rev()
            .take_while(|&ch| ch != '\n')
            .all(char::is_whitespace);
        if !line_start {
            return None;
        }
        // On to the comma.
        let mut last = c.end - 1;
        while last + 1 < ft.toks.len() && joined(last) && latin_capitalised(last + 1) {
            last += 1;
        }
        let words = (first..=last)
            .filter(|&i| i == first || gap(i - 1, i) != "-")
            .count();
        if words > 3 || last + 1 >= ft.toks.len() || gap(last, last + 1).trim() != "," {
            return None;
        }
        let given = last + 1;
        if !latin_capitalised(given)
            || crate::name_groups::part_key(self.tok_original(c.field, given))
                .is_none_or(|k| crate::name_groups::groups(&k).is_empty())
        {
            return None;
        }
        let mut end = given;
        while end + 1 < ft.toks.len()
            && end < given + 2
            && joined(end)
            && latin_capitalised(end + 1)
        {
            end += 1;
        }
        let rest = ft.text[ft.toks[end].original.end..].trim_start();
        let party = rest.strip_prefix('(')?.split_once(')')?.0;
        ((2..=12).contains(&party.chars().count())
            && party.chars().any(char::is_alphabetic)
            && !party.chars().any(char::is_lowercase))
        .then_some(given)
    }

    /// True when the span's first or last word is a place's name that the document
    /// writes beside a match score between two capitalised names (`Hamburg 2-0
    /// Cologne`, `Astoria Walldorf 1-1 Arminia Bielefeld`; not a time of day, `Berlin
    /// 10:30 Uhr`): there they are teams named after their cities, and so they are
    /// elsewhere in the document (`Goals help Hamburg see off Cologne`) unless a
    /// preposition of place or a dateline says place (checked by the caller).
    fn team_in_document(&self, c: &Cand) -> bool {
        let teams = self.teams.get_or_init(|| {
            let dict = &self.linker.dict;
            let mut teams = HashSet::default();
            for (f, ft) in self.texts.iter().enumerate() {
                let capitalised =
                    |i: usize| !ft.toks[i].ideograph && self.tok_case(f, i) == Case::Upper;
                let place = |i: usize| {
                    let t = &ft.toks[i];
                    capitalised(i)
                        && dict.root(t.id) != NONE
                        && dict
                            .keys(dict.root(t.id))
                            .iter()
                            .any(|k| k.entity_kind == Kind::Place)
                };
                // A score starts with a space and a digit: the words followed by one
                // (few) are found in the text's bytes, and only they are read further.
                // (Tokens are in text order: the token ending at each next such space
                // is looked for after the last.)
                let mut at_token = 0;
                let mut ends = Vec::new();
                spaces_before_digits(ft.text.as_bytes(), |end| {
                    // (The tokens' ends only grow: the first ending at or after
                    // `end` is found by halving, not by reading every token.)
                    at_token += ft.toks[at_token..].partition_point(|t| t.original.end < end);
                    let mut i = at_token;
                    while i < ft.toks.len() && ft.toks[i].original.end == end {
                        ends.push(i);
                        i += 1;
                    }
                });
                for i in ends {
                    let end = ft.toks[i].original.end;
                    let after = &ft.text[end..];
                    let Some(len) = score_at_start(after) else {
                        continue;
                    };
                    let at = ft.toks[i].original.end + len;
                    let Some(j) = (i + 1..ft.toks.len()).find(|&j| ft.toks[j].original.start >= at)
                    else {
                        continue;
                    };
                    // Two capitalised names, one a place's at least (`Astoria
                    // Walldorf 1-1 Arminia Bielefeld`): the places' names either side
                    // and the name's last word after it are teams.
                    if ft.toks[j].original.start != at || !capitalised(i) || !capitalised(j) {
                        continue;
                    }
                    let last = self.adjacent_after(f, j + 1).filter(|&n| place(n));
                    if !(place(i) || place(j) || last.is_some()) {
                        continue;
                    }
                    for t in [Some(i), Some(j), last].into_iter().flatten() {
                        if place(t) {
                            teams.insert(ft.toks[t].id);
                        }
                    }
                }
            }
            teams
        });
        !teams.is_empty() && {
            let toks = &self.texts[c.field].toks;
            teams.contains(&toks[c.start].id) || teams.contains(&toks[c.end - 1].id)
        }
    }

    /// True when the document writes the one-word span's word somewhere right after a
    /// given name (a person's name word of rigour's data, [`Doc::name_word`], not a
    /// title, a function word or a particle: `der Präsident Rom besucht` names Rome,
    /// and so does `Von München aus`), and not before an apostrophe's
    /// case ending, which Turkish puts on a place's name after a person's (`Petro
    /// Poroşenko Varşova'da`), nor as a place's case form (`im Norden Münchens`: a
    /// genitive after its head noun): `Pascal Lamy`, a surname, not the alternate name
    /// of a city ([`Doc::surname_in_document`] asks less of a town's own name).
    fn after_given_name_in_document(&self, c: &Cand) -> bool {
        let id = self.texts[c.field].toks[c.start].id;
        id != NONE
            && self.texts.iter().enumerate().any(|(f, ft)| {
                ft.positions(id).any(|j| {
                    let t = &ft.toks[j];
                    !matches!(t.how, How::PlaceCase(_))
                        && !ft.text[t.original.end..].starts_with(['\'', '\u{2019}'])
                        && self.adjacent_before(f, j).is_some_and(|p| {
                            let w = self.word(f, p);
                            !w.honorific
                                && !w.function
                                && !place::is_surname_particle(self.tok_text(f, p))
                                && self.name_word(f, p, false)
                        })
                })
            })
    }

    /// True when the document writes the word at token `i` somewhere right after a
    /// given name (a capitalised word that is a part of people's names, `Bridget
    /// Everett`, and no place's name) or a title (`Ministerin Raab`), or right before
    /// such a word (`Elizabeth Thomas`): there it is a part of a person's name, and
    /// the document means that person by it (computed once per word).
    fn surname_in_document(&self, field: usize, i: usize) -> bool {
        self.person_in_document(field, i) & AFTER_GIVEN != 0
    }

    /// The US state (index + 1 in [`place::us_states`]) named right after the span
    /// that ends before token `end`: a comma, then the state's name capitalised, as
    /// whole words (`Dayton, Ohio`, `Alexandria, Virginia,`); 0 when none.
    fn state_after(&self, field: usize, end: usize) -> u8 {
        let ft = &self.texts[field];
        if end == 0 || end >= ft.toks.len() || ft.toks[end].ideograph {
            return 0;
        }
        // (Two tokens of one character cluster share its original bytes: no gap.)
        let gap = ft
            .text
            .get(ft.toks[end - 1].original.end..ft.toks[end].original.start)
            .unwrap_or_default();
        if gap.trim() != "," || self.tok_case(field, end) != Case::Upper || self.shouted(field, end)
        {
            return 0;
        }
        place::us_state_at(&ft.folded.as_str()[ft.toks[end].folded.start..]).0
    }

    /// True when the token at `end` names the country of place `entity`.
    fn country_after(&self, field: usize, end: usize, entity: u32) -> bool {
        let Some(country) = self.linker.places().country(entity) else {
            return false;
        };
        let dict = &self.linker.dict;
        let root = dict.root(self.texts[field].toks[end].id);
        root != NONE
            && dict
                .keys(root)
                .iter()
                .any(|k| k.entity == country && k.kind.is_full())
    }

    /// The US states (bit `index` of [`place::us_states`]) that the document writes
    /// right after the word at token `i`, anywhere, where it does not name the country
    /// of place `entity` (`Tbilisi, Georgia`) (computed once per word and document,
    /// with [`Doc::owners_in_document`]).
    fn states_in_document(&self, field: usize, i: usize, entity: u32) -> u64 {
        self.written_with(field, i, entity).0
    }

    /// The countries (their entities) that the document writes, anywhere, as the
    /// owner of the word at token `i`: a country's name and a possessive right before
    /// it (`the UK's Kent`, `Russia's Taganrog`, [`Doc::owner_before`]).
    fn owners_in_document(&self, field: usize, i: usize, entity: u32) -> Vec<u32> {
        self.written_with(field, i, entity).1
    }

    /// The states after the word at token `i` and the countries before it, anywhere
    /// in the document ([`Doc::states_in_document`], [`Doc::owners_in_document`]),
    /// read in one scan of the document per word.
    fn written_with(&self, field: usize, i: usize, entity: u32) -> (u64, Vec<u32>) {
        let id = self.texts[field].toks[i].id;
        if let Some(known) = self.states.borrow().get(&id) {
            return known.clone();
        }
        let mut found = 0u64;
        let mut owners = Vec::new();
        for (f, ft) in self.texts.iter().enumerate() {
            for j in ft.positions(id) {
                let s = self.state_after(f, j + 1);
                if s != 0 && !self.country_after(f, j + 1, entity) {
                    found |= 1 << (s - 1);
                }
                for owner in [self.owner_before(f, j), self.owner_after(f, j)]
                    .into_iter()
                    .flatten()
                {
                    if !owners.contains(&owner) {
                        owners.push(owner);
                    }
                }
            }
        }
        self.states.borrow_mut().insert(id, (found, owners.clone()));
        (found, owners)
    }

    /// The country whose name and a possessive (`'s`) come right before token `i`
    /// (`the UK's Kent`, `Syria's Raqqa`, `the United States' Ohio`: one to three
    /// words, the first capitalised), if any.
    fn owner_before(&self, f: usize, i: usize) -> Option<u32> {
        let ft = &self.texts[f];
        if i < 2 || ft.toks[i].ideograph {
            return None;
        }
        // `UK's`: the `s` is a token of its own after an apostrophe; `States'`: the
        // apostrophe alone before the space.
        let (end, gap) =
            if self.tok_text(f, i - 1) == "s" && self.adjacent_before(f, i) == Some(i - 1) {
                let gap = ft
                    .text
                    .get(ft.toks[i - 2].original.end..ft.toks[i - 1].original.start);
                (i - 1, gap.unwrap_or_default())
            } else {
                let gap = ft
                    .text
                    .get(ft.toks[i - 1].original.end..ft.toks[i].original.start);
                match gap.unwrap_or_default() {
                    "' " => (i, "'"),
                    "\u{2019} " => (i, "\u{2019}"),
                    _ => return None,
                }
            };
        if !matches!(gap, "'" | "\u{2019}") || end == 0 {
            return None;
        }
        let dict = &self.linker.dict;
        for start in (end.saturating_sub(3)..end).rev() {
            if ft.toks[start..end].iter().any(|t| t.ideograph)
                || self.tok_case(f, start) != Case::Upper
            {
                continue;
            }
            let node = self.dict_node(f, start, start + 1..end);
            if node == NONE {
                continue;
            }
            // (A name or an acronym of one, `UK`; not a union or the United Nations,
            // whose CLDR codes look like a country's.)
            if let Some(k) = dict.keys(node).iter().find(|k| {
                (k.kind.is_full() || k.kind == KeyKind::AcronymAlias)
                    && self.country_entity(k.entity)
                    && self.linker.places().country_of_some_city(k.entity)
            }) {
                return Some(k.entity);
            }
        }
        None
    }

    /// The country of the country or region (not a city) that the document names after
    /// the word at token `i`, a comma and up to three lowercase words of the points of
    /// the compass, closing the phrase (`born in Kent, south-east England, in 1964`,
    /// `Perth, Scotland.`, `London, Ontario`: a place in that country, of which the
    /// gazetteer may hold only a namesake abroad), if any. Not in a list (`Paris,
    /// Germany and Italy`, `London, Paris, Germany, Italy`): no capitalised name and
    /// comma before the word, no list word or capitalised word after the place.
    fn owner_after(&self, f: usize, i: usize) -> Option<u32> {
        let ft = &self.texts[f];
        let gap = |a: usize, b: usize| {
            ft.text
                .get(ft.toks[a].original.end..ft.toks[b].original.start)
        };
        if i + 1 >= ft.toks.len() || ft.toks[i].ideograph || gap(i, i + 1)? != ", " {
            return None;
        }
        if i > 0
            && gap(i - 1, i).is_some_and(|g| g.trim() == ",")
            && self.tok_case(f, i - 1) == Case::Upper
        {
            return None;
        }
        let mut k = i + 1;
        while k < ft.toks.len()
            && k < i + 4
            && self.tok_case(f, k) == Case::Lower
            && place::is_compass_word(self.tok_text(f, k))
        {
            k += 1;
        }
        if k >= ft.toks.len() || ft.toks[k].ideograph || self.tok_case(f, k) != Case::Upper {
            return None;
        }
        let places = self.linker.places();
        let dict = &self.linker.dict;
        for end in (k + 1..=(k + 3).min(ft.toks.len())).rev() {
            if ft.toks[k..end].iter().any(|t| t.ideograph) {
                continue;
            }
            let node = self.dict_node(f, k, k + 1..end);
            if node == NONE {
                continue;
            }
            let mut owner = None;
            for key in dict
                .keys(node)
                .iter()
                .filter(|key| key.entity_kind == Kind::Place && key.kind.is_full())
            {
                let country = if self.country_entity(key.entity) {
                    Some(key.entity)
                } else if places.city(key.entity) {
                    None
                } else {
                    places.country(key.entity)
                };
                match (owner, country) {
                    (_, None) => return None,
                    (None, c) => owner = c,
                    (Some(o), Some(c)) if o != c => return None,
                    _ => {}
                }
            }
            let owner = owner?;
            // The phrase closes after it: no list word, no capitalised word after a comma.
            if end < ft.toks.len() {
                let after = gap(end - 1, end)?.trim();
                if !matches!(after, "" | "," | "." | ";" | ":" | ")")
                    || place::is_list_word(self.tok_text(f, end))
                    || (after == "," && self.tok_case(f, end) == Case::Upper)
                {
                    return None;
                }
            }
            return Some(owner);
        }
        None
    }

    /// True when the span is a US state's name after a comma and a word that names a
    /// city of that state (`Seattle, Washington`, `Atlanta, Georgia`): the state, not a
    /// city or a country of its name (the state's own entity links there).
    fn state_of_town_before(&self, c: &Cand) -> bool {
        self.state_of_town_at(c.field, c.start, c.end)
    }

    /// [`Doc::state_of_town_before`] for tokens `start..end` of field `field`.
    fn state_of_town_at(&self, field: usize, start: usize, end: usize) -> bool {
        let c = Cand::bare(field, start, end);
        let ft = &self.texts[c.field];
        if c.start == 0 || ft.toks[c.start].ideograph || ft.toks[c.start - 1].ideograph {
            return false;
        }
        // The comma first: most spans have none before them, and matching the states'
        // names is the costly part. (Two tokens of one character cluster share its
        // original bytes: no gap between them.)
        let gap = ft
            .text
            .get(ft.toks[c.start - 1].original.end..ft.toks[c.start].original.start)
            .unwrap_or_default();
        if gap.trim() != "," {
            return false;
        }
        let (state, len) = place::us_state_at(&ft.folded.as_str()[ft.toks[c.start].folded.start..]);
        if state == 0 || ft.toks[c.start].folded.start + len != ft.toks[c.end - 1].folded.end {
            return false;
        }
        let dict = &self.linker.dict;
        let root = dict.root(ft.toks[c.start - 1].id);
        root != NONE
            && dict.keys(root).iter().any(|k| {
                k.entity_kind == Kind::Place && self.linker.places().us_state(k.entity) == state
            })
    }

    /// True when the document writes the word at token `i` somewhere before an age
    /// in commas (`Elizabeth, 4, was last seen`, `Mohammed al-Aqra, 38.`), as news
    /// introduces a person: the document means that person by it.
    fn aged_in_document(&self, field: usize, i: usize) -> bool {
        self.person_in_document(field, i) & WITH_AGE != 0
    }

    /// True when token `p` is a capitalised Latin word of three letters or more that
    /// rigour's name data knows as a name part, that is no place's name (unless
    /// `place_too`) and that the document never writes in lowercase: a person's name
    /// word, even at the start of a sentence or in a headline (`David Harris`, `Evan
    /// Harris (LibDem)`), where a capital says nothing.
    fn name_word(&self, f: usize, p: usize, place_too: bool) -> bool {
        let ft = &self.texts[f];
        if !self.capitalised_content(f, p) || self.shouted(f, p) {
            return false;
        }
        let original = self.tok_original(f, p);
        // Latin script only: a capitalised Greek or Cyrillic word at the start of a
        // sentence is as often a preposition (`Στην Αθήνα`).
        let latin = original.chars().all(|ch| {
            !ch.is_alphabetic() || ch < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&ch)
        });
        if original.chars().count() < 3 || !latin {
            return false;
        }
        let dict = &self.linker.dict;
        let root = dict.root(ft.toks[p].id);
        let place = root != NONE && dict.keys(root).iter().any(|k| k.entity_kind == Kind::Place);
        if place && !place_too {
            return false;
        }
        // A word the document also writes in lowercase is a common word (`Nach
        // Siegen` at the start of a sentence).
        // (A word outside the dictionary has no id of its own: compared as written.)
        let folded = self.tok_text(f, p);
        let lowercase = self.texts.iter().any(|ft| {
            ft.toks.iter().any(|t| {
                t.folded.len() == folded.len()
                    && &ft.folded.as_str()[t.folded.clone()] == folded
                    && starts_lowercase(&ft.text[t.original.clone()])
            })
        });
        !lowercase
            && crate::name_groups::part_key(original)
                .is_some_and(|k| !crate::name_groups::groups(&k).is_empty())
    }

    /// [`AFTER_GIVEN`] and [`WITH_AGE`] for the word at token `i` (computed once per
    /// word and document). Not where the word is read as a place's case form
    /// ([`How::PlaceCase`]): the capitalised word before a German genitive is its head
    /// noun (`im Süden Gazas`, `die Rolle Genfs`), not a given name, and says nothing
    /// of the nominative (`Gaza`) elsewhere.
    fn person_in_document(&self, field: usize, i: usize) -> u8 {
        let id = self.texts[field].toks[i].id;
        if let Some(&known) = self.surnames.borrow().get(&id) {
            return known;
        }
        // (The word itself before it counts as a given name, place or not: `Ahmad
        // Ahmad`, a name written twice, is a person's.)
        let given = |f: usize, p: usize| {
            self.word(f, p).honorific || self.name_word(f, p, self.texts[f].toks[p].id == id)
        };
        // (A particle joined by a hyphen may stand between: `Mohammed al-Aqra`; not
        // one written apart, `Virgen del Rocío de Sevilla`.)
        let before = |f: usize, j: usize| {
            let ft = &self.texts[f];
            // (Tokens of one character cluster share its bytes: no gap between them.)
            let hyphen = j > 0
                && ft
                    .text
                    .get(ft.toks[j - 1].original.end..ft.toks[j].original.start)
                    == Some("-");
            match self.adjacent_before(f, j) {
                Some(p) => Some(p),
                None if hyphen && is_particle(self.tok_text(f, j - 1)) => {
                    self.adjacent_before(f, j - 1)
                }
                None => None,
            }
        };
        // An age in commas after it (`Elizabeth, 4, was last seen`, `Mohammed
        // al-Aqra, 38.`) is the news's way of introducing a person.
        let age = |f: usize, j: usize| {
            let ft = &self.texts[f];
            let after = &ft.text.as_bytes()[ft.toks[j].original.end..];
            let Some(rest) = after.strip_prefix(b", ") else {
                return false;
            };
            let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            (1..=3).contains(&digits) && matches!(rest.get(digits), Some(b',' | b'.' | b';' | b')'))
        };
        let mut found = 0;
        for (f, ft) in self.texts.iter().enumerate() {
            for j in ft.positions(id) {
                if matches!(ft.toks[j].how, How::PlaceCase(_)) {
                    continue;
                }
                if found & WITH_AGE == 0 && age(f, j) {
                    found |= WITH_AGE;
                }
                // (Or right before a surname, as a given name: `Elizabeth Thomas`.)
                let surname_after = || {
                    self.adjacent_after(f, j + 1)
                        .is_some_and(|n| !self.word(f, n).honorific && given(f, n))
                };
                // (A given name only where no function word comes before: `the Berlin
                // Wall` is no person's.)
                if found & (BEFORE_SURNAME | AFTER_GIVEN) != BEFORE_SURNAME | AFTER_GIVEN
                    && surname_after()
                {
                    found |= AFTER_GIVEN;
                    if !before(f, j).is_some_and(|p| self.word(f, p).function) {
                        found |= BEFORE_SURNAME;
                    }
                }
                if found & AFTER_GIVEN == 0 && before(f, j).is_some_and(|p| given(f, p)) {
                    found |= AFTER_GIVEN;
                }
                if found & NAME_TWICE == 0
                    && before(f, j).is_some_and(|p| ft.toks[p].id == id && given(f, p))
                {
                    found |= NAME_TWICE;
                }
            }
        }
        self.surnames.borrow_mut().insert(id, found);
        found
    }

    /// True when the word right before the mention (in the same sentence) is
    /// written in lowercase or starts with a digit, and is not a word of a list
    /// (`und`, `and`).
    fn after_lowercase_word(&self, l: &Linked) -> bool {
        self.adjacent_before(l.field, l.start).is_some_and(|p| {
            let first = self.tok_original(l.field, p).chars().next();
            first.is_some_and(|ch| ch.is_lowercase() || ch.is_numeric())
                && !place::is_list_word(self.tok_text(l.field, p))
        })
    }

    /// True when the word right after the mention (in the same sentence) starts with a
    /// digit (`Mitte 2005`).
    fn before_number(&self, l: &Linked) -> bool {
        self.adjacent_after(l.field, l.end).is_some_and(|n| {
            self.tok_original(l.field, n)
                .chars()
                .next()
                .is_some_and(|ch| ch.is_ascii_digit())
        })
    }

    /// Links the one-word places set aside as common words ([`Doc::decide_full`]) that
    /// are still free and have a place named within a few words, or their country named
    /// within a paragraph's reach ([`Rule::PlaceEvidence`]).
    /// Drops the towns of a country that the document otherwise leaves unnamed where
    /// all its other places are of one other country, named at least twice (that
    /// country or its cities), in which a place has the town's own name
    /// ([`place::PlaceFacts::namesake_in`]): `the Member for Lancaster and Fleetwood`, `Like Lancaster, York and
    /// Colchester` in a speech that names London and the UK is not Lancaster,
    /// California, nor `Canterbury in Kent` beside `the UK` Kent, Washington. The
    /// gazetteer holds only the towns of 100,000 inhabitants or more, so a smaller
    /// namesake in the country the document speaks of has no entry, and the one it
    /// holds abroad is taken for it. Not a town with a US state's name after it
    /// (`Lancaster, Pennsylvania`), which says the country, nor a capital or a large
    /// city (not a town, [`place::PlaceFacts::needs_evidence`]). And so where the
    /// document names no other place of the town's country and is written in the
    /// spelling of English of a country where the town has a namesake, which its own
    /// country does not write ([`place::english_spelling`],
    /// [`place::PlaceFacts::namesake_spelled`]): `Newark hospital` in a Commons speech
    /// that writes `underutilised` and names no other place is Newark on Trent, not
    /// Newark, New Jersey. (Not where the document names a place of a country that
    /// writes otherwise: `Geneva` in American English among Russia, Syria and France
    /// is the venue abroad.) A town that the gazetteer knows by its own name only, in no
    /// language otherwise (no alias: no exonym, no transcription), is no town the press
    /// abroad writes of, and goes where most of the document's other places (twice or
    /// more, more than all the others together) are of a country where it has a
    /// namesake: `rail workers from Athlone` among Dublin, Cork and one Belfast is
    /// Athlone in Ireland, not the township in South Africa; `Geneva`, which many
    /// languages name, stays.
    fn drop_namesakes(&mut self) {
        const OTHER_COUNTRY: usize = 2;
        let places = self.linker.places();
        let entities = self.linker.gazetteer.entities();
        if !self.linked.iter().any(|l| places.needs_evidence(l.entity)) {
            return;
        }
        let country_of = |e: u32| {
            places
                .country(e)
                .or_else(|| self.country_entity(e).then_some(e))
        };
        // Mentions per country, and per town.
        let mut by_country: HashMap<u32, usize> = HashMap::new();
        let mut by_entity: HashMap<u32, usize> = HashMap::new();
        for l in &self.linked {
            if let Some(c) = country_of(l.entity) {
                *by_country.entry(c).or_default() += 1;
                *by_entity.entry(l.entity).or_default() += 1;
            }
        }
        // (The document's spelling of English, read only for a town whose country the
        // document leaves unnamed.)
        let spelling = std::cell::OnceCell::new();
        let keep: Vec<bool> = self
            .linked
            .iter()
            .map(|l| {
                if !places.needs_evidence(l.entity) || self.state_after(l.field, l.end) != 0 {
                    return true;
                }
                // (The town's own name, which the namesake holds.)
                let ft = &self.texts[l.field];
                let written =
                    &ft.text[ft.toks[l.start].original.start..ft.toks[l.end - 1].original.end];
                if nomen_fold::fold(written) != nomen_fold::fold(&entities[l.entity as usize].name)
                {
                    return true;
                }
                let Some(own) = places.country(l.entity) else {
                    return true;
                };
                let at_home = by_country.get(&own).copied().unwrap_or(0)
                    - by_entity.get(&l.entity).copied().unwrap_or(0);
                if places.city(l.entity)
                    && self.borrowed_from_main_country(&by_country, own, at_home)
                {
                    return false;
                }
                let mut abroad = by_country.iter().filter(|(&c, _)| c != own);
                if at_home > 0 {
                    return true;
                }
                if matches!(
                    (abroad.next(), abroad.next()),
                    (Some((&c, &n)), None) if n >= OTHER_COUNTRY && places.namesake_in(l.entity, c)
                ) {
                    return false;
                }
                // (A town of one name only, where most other places are of a country of
                // its namesake.)
                if entities[l.entity as usize].aliases.is_empty() {
                    let others: usize = by_country
                        .iter()
                        .filter(|(&c, _)| c != own)
                        .map(|(_, &n)| n)
                        .sum();
                    if by_country.iter().any(|(&c, &n)| {
                        c != own
                            && n >= OTHER_COUNTRY
                            && 2 * n > others
                            && places.namesake_in(l.entity, c)
                    }) {
                        return false;
                    }
                }
                // (Only where every other place named is of a country of that spelling:
                // `Geneva` among Russia, Syria and France in American English is the
                // venue abroad, not the namesake in the US.)
                let spelled = *spelling.get_or_init(|| self.english_spelling());
                !(places.namesake_spelled(l.entity, spelled)
                    && by_country
                        .keys()
                        .all(|&c| c == own || places.spelling(c) & spelled != 0))
            })
            .collect();
        if keep.iter().all(|&k| k) {
            return;
        }
        let mut i = 0;
        self.linked.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }

    /// True when the country that most of the document's places are of (`by_country`:
    /// mentions per country, at least [`MAIN_COUNTRY`] and twice those of all the
    /// other countries together, with `at_home` those of country `own` besides the
    /// town's) is one whose towns' names country `own` borrows
    /// ([`place::PlaceFacts::borrows_names`]): a town of `own` there is a place of that
    /// country that the gazetteer does not hold and the town was named after
    /// (`Westminster` among London, Birmingham and the UK is no town of Colorado,
    /// `Kent` no town of Washington).
    fn borrowed_from_main_country(
        &self,
        by_country: &HashMap<u32, usize>,
        own: u32,
        at_home: usize,
    ) -> bool {
        let places = self.linker.places();
        let Some((&main, &n)) = by_country
            .iter()
            .filter(|(&c, _)| c != own)
            .max_by_key(|(&c, &n)| (n, std::cmp::Reverse(c)))
        else {
            return false;
        };
        let rest: usize = by_country
            .iter()
            .filter(|(&c, _)| c != own && c != main)
            .map(|(_, &m)| m)
            .sum::<usize>()
            + at_home;
        n >= MAIN_COUNTRY && n >= 2 * rest && places.borrows_names(own, main)
    }

    /// The spelling of English that the document's lowercase words show
    /// ([`place::english_spelling`]: [`place::BRITISH`], [`place::AMERICAN`] or 0).
    fn english_spelling(&self) -> u8 {
        place::english_spelling(
            self.texts
                .iter()
                .flat_map(|ft| ft.toks.iter().map(move |t| &ft.text[t.original.clone()])),
        )
    }

    /// Drops the links of a body's acronym (one word in capitals, linked to a body:
    /// `BOE`, an alias of the Bank of England) that the document writes somewhere as
    /// the first word of a firm's name ([`Doc::opens_firm_name`]: `BOE Technology
    /// Group Co`): the acronym is that firm's short name throughout the document
    /// (`BOE's screens`, `BOE is banking on`), which the gazetteer does not hold.
    fn drop_acronyms_of_firms(&mut self) {
        let entities = self.linker.gazetteer.entities();
        let acronym = |l: &Linked| {
            l.end - l.start == 1
                && entities[l.entity as usize].kind != Kind::Place
                && entities[l.entity as usize].kind != Kind::Person
                && self.shouted(l.field, l.start)
        };
        if !self.linked.iter().any(acronym) {
            return;
        }
        let mut firms: HashMap<(u32, u32), bool> = HashMap::new();
        let keep: Vec<bool> = self
            .linked
            .iter()
            .map(|l| {
                if !acronym(l) {
                    return true;
                }
                let id = self.texts[l.field].toks[l.start].id;
                !*firms
                    .entry((id, l.entity))
                    .or_insert_with(|| self.opens_firm_name(id, l.entity))
            })
            .collect();
        if keep.iter().all(|&k| k) {
            return;
        }
        let mut i = 0;
        self.linked.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }

    /// True when the document writes token `id` (an acronym) right before one to
    /// three capitalised words of the same sentence, the last of which is a legal form
    /// ([`crate::name::legal_form`]: `Co`, `Ltd`, `AG`) or a company's noun
    /// ([`COMPANY_WORDS`]: `Group`, `Holdings`), and one of which at least is a word of
    /// none of the names of entity `entity` (`BOE Technology Group Co`; not `BP Plc`,
    /// the body itself with its legal form). Not in a field written in title case.
    ///
    /// The entity's name words are folded only when a legal form or a company's noun
    /// is found after the acronym: most acronyms open no such run, and folding every
    /// name of a body named in many languages cost more than the rest of the rule.
    fn opens_firm_name(&self, id: u32, entity: u32) -> bool {
        let own: std::cell::OnceCell<HashSet<String>> = std::cell::OnceCell::new();
        let own = || {
            own.get_or_init(|| {
                self.linker.gazetteer.entities()[entity as usize]
                    .names()
                    .flat_map(|n| {
                        nomen_fold::fold(n)
                            .split_whitespace()
                            .map(str::to_owned)
                            .collect::<Vec<_>>()
                    })
                    .collect()
            })
        };
        // True when one of `words` is a word of none of the entity's names.
        let other = |words: &[&str]| words.iter().any(|w| !own().contains(*w));
        self.texts.iter().enumerate().any(|(f, ft)| {
            !self.title_case(f)
                && ft.positions(id).any(|i| {
                    let mut end = i + 1;
                    let mut words: [&str; 3] = [""; 3];
                    for k in 0..3 {
                        let Some(n) = self.adjacent_after(f, end) else {
                            return false;
                        };
                        if self.tok_case(f, n) != Case::Upper {
                            return false;
                        }
                        let word = self.tok_text(f, n);
                        if crate::name::legal_form(word).is_some() {
                            return other(&words[..k]);
                        }
                        if COMPANY_WORDS.contains(&word) {
                            return other(&words[..k]) || !own().contains(word);
                        }
                        words[k] = word;
                        end = n + 1;
                    }
                    false
                })
        })
    }

    /// Drops the links of a body's one-word name (possibly declined) whose word the
    /// document writes as a person's surname somewhere ([`Doc::written_as_surname`]:
    /// `Hieronymus Bosch`, Polish `Hieronima Boscha`): the document speaks of that
    /// person, whom the gazetteer lacks, not of the body, in every place of the word
    /// (`warum Bosch bis heute …`). It only drops links: a body the document names
    /// so is missed, never linked to someone else.
    fn drop_bodies_named_as_surnames(&mut self) {
        let entities = self.linker.gazetteer.entities();
        // (Not an acronym: `UN` is no surname for being written `Un` in `Kim Jong Un`.)
        let lone_body = |l: &Linked| {
            l.end - l.start == 1
                && entities[l.entity as usize].kind == Kind::Organization
                && !self.shouted(l.field, l.start)
        };
        if !self.linked.iter().any(lone_body) {
            return;
        }
        let mut surnames: HashMap<u32, bool> = HashMap::new();
        let keep: Vec<bool> = self
            .linked
            .iter()
            .map(|l| {
                if !lone_body(l) {
                    return true;
                }
                let id = self.texts[l.field].toks[l.start].id;
                !*surnames
                    .entry(id)
                    .or_insert_with(|| self.written_as_surname(id))
            })
            .collect();
        if keep.iter().all(|&k| k) {
            return;
        }
        let mut i = 0;
        self.linked.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }

    /// True when the document writes token `id` (a body's one-word name, or a case
    /// form read as it) right after a given name that no link covers, a space between
    /// ([`Doc::given_name_word`]), and not before a legal form or a company's noun
    /// (`Robert Bosch GmbH` is the body: [`crate::name::legal_form`],
    /// [`COMPANY_WORDS`]). Not in a field written in title case, where a capital
    /// says nothing.
    fn written_as_surname(&self, id: u32) -> bool {
        // (An acronym the document defines may be no token: then no word is it.)
        if id == NONE {
            return false;
        }
        self.texts.iter().enumerate().any(|(f, ft)| {
            !self.title_case(f)
                && ft.positions(id).any(|p| {
                    // (Cheap tests first: most places of the word have no capitalised
                    // word right before them.)
                    let Some(q) = self.adjacent_before(f, p) else {
                        return false;
                    };
                    if self.tok_case(f, q) != Case::Upper
                        || self.tok_case(f, p) != Case::Upper
                        || self.shouted(f, p)
                    {
                        return false;
                    }
                    let firm = || {
                        self.adjacent_after(f, p + 1).is_some_and(|n| {
                            let word = self.tok_text(f, n);
                            crate::name::legal_form(word).is_some() || COMPANY_WORDS.contains(&word)
                        })
                    };
                    self.given_name_word(f, q, ft.toks[p].how)
                        && !firm()
                        && !self
                            .linked
                            .iter()
                            .any(|m| m.field == f && m.start <= q && q < m.end)
                })
        })
    }

    /// True when the capitalised word `q`, before a word that reached its token as
    /// `how`, is a given name: of a person of the gazetteer, of rigour's name data,
    /// or, before a word with a case ending too (`Hieronima Boscha`), one of those
    /// with a case ending ([`Doc::declined_given_name`]); three letters or more, not
    /// the first word of a sentence (`Bei Siemens`, `Het IEA`: rigour's data holds
    /// such words), no function word, not in capitals, and no name of anything but
    /// people in the gazetteer.
    fn given_name_word(&self, f: usize, q: usize, how: How) -> bool {
        let t = &self.texts[f].toks[q];
        let dict = &self.linker.dict;
        let word = self.tok_text(f, q);
        word.len() >= 3
            && self.tok_case(f, q) == Case::Upper
            && !self.shouted(f, q)
            && !self.word(f, q).function
            && !self.sentence_initial(f, q)
            && (t.id == NONE
                || dict
                    .keys(t.root)
                    .iter()
                    .all(|k| k.entity_kind == Kind::Person))
            && (dict.is_given(t.id)
                || !crate::name_groups::groups(word).is_empty()
                || (matches!(how, How::Inflected(_)) && self.declined_given_name(f, q)))
    }

    /// Drops the links of a one-word name of a person or a body (a surname alone, a
    /// body's one-word name, either possibly declined) whose word the document writes
    /// as a place's name somewhere ([`Doc::written_as_place`]: `el municipio
    /// albaceteño de Alcaraz`, `the town of X`, `Nokian kaupunki`), unless the document
    /// names the entity with two words or more (`Carlos Alcaraz`): the gazetteer does
    /// not hold that place, and the document speaks of it, not of the namesake.
    fn drop_names_of_places(&mut self) {
        let entities = self.linker.gazetteer.entities();
        let lone =
            |l: &Linked| l.end - l.start == 1 && entities[l.entity as usize].kind != Kind::Place;
        if !self.linked.iter().any(lone) {
            return;
        }
        // Every token of the document is asked whether it is one of these few words:
        // a sorted list behind a 64-bit mask of their ids, so that most tokens cost a
        // shift and a test, not a hash.
        let mut words: Vec<u32> = self
            .linked
            .iter()
            .filter(|l| lone(l))
            .map(|l| self.texts[l.field].toks[l.start].id)
            .collect();
        words.sort_unstable();
        words.dedup();
        let bit = |id: u32| 1u64 << (id % 64);
        let mask = words.iter().fold(0, |m, &id| m | bit(id));
        let mut places: Vec<u32> = Vec::new();
        for (f, ft) in self.texts.iter().enumerate() {
            for (i, t) in ft.toks.iter().enumerate() {
                if mask & bit(t.id) != 0
                    && words.binary_search(&t.id).is_ok()
                    && !places.contains(&t.id)
                    && self.written_as_place(f, i)
                {
                    places.push(t.id);
                }
            }
        }
        if places.is_empty() {
            return;
        }
        let named: HashSet<u32> = self
            .linked
            .iter()
            .filter(|l| l.end - l.start > 1)
            .map(|l| l.entity)
            .collect();
        let keep: Vec<bool> = self
            .linked
            .iter()
            .map(|l| {
                !lone(l)
                    || named.contains(&l.entity)
                    || !places.contains(&self.texts[l.field].toks[l.start].id)
            })
            .collect();
        let mut i = 0;
        self.linked.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }

    /// True when the capitalised word `i` is written as a place's name: after a
    /// settlement's noun (`die Stadt X`, `город X`), after one and a connector, with
    /// at most one lowercase word (an adjective) between (`the town of X`, `el
    /// municipio albaceteño de X`), or before a settlement's noun that follows the
    /// name in its language (`Nokian kaupunki`, [`place::is_settlement_word_after`]).
    fn written_as_place(&self, f: usize, i: usize) -> bool {
        if first_case(self.tok_original(f, i)) != Case::Upper {
            return false;
        }
        let lower = |p: usize| first_case(self.tok_original(f, p)) != Case::Upper;
        // (A language that capitalises its nouns writes the settlement's so.)
        let noun = |p: usize| {
            place::is_settlement_word(self.tok_text(f, p))
                && (lower(p)
                    || Script::of(self.tok_original(f, p)) != Some(Script::Latin)
                    || self.language() & place::NOUN_CAPITALS != 0)
        };
        if self
            .adjacent_after(f, i + 1)
            .is_some_and(|n| lower(n) && place::is_settlement_word_after(self.tok_text(f, n)))
        {
            return true;
        }
        let Some(p) = self.adjacent_before(f, i) else {
            return false;
        };
        if noun(p) {
            return true;
        }
        if !(lower(p) && place::is_name_connector(self.tok_text(f, p))) {
            return false;
        }
        let Some(q) = self.adjacent_before(f, p) else {
            return false;
        };
        noun(q) || (lower(q) && self.adjacent_before(f, q).is_some_and(noun))
    }

    fn link_proven_places(&mut self) {
        self.link_proven_towns();
        let unproven = std::mem::take(&mut *self.unproven.borrow_mut());
        if unproven.is_empty() {
            return;
        }
        let entities = self.linker.gazetteer.entities();
        let possessions = self.possessions.borrow();
        let mut proven = Vec::new();
        for l in &unproven {
            if !self.is_free(l.field, l.start, l.end)
                || (l.end - l.start == 1
                    && possessions.contains(&self.texts[l.field].toks[l.start].id))
            {
                continue;
            }
            let country = self.linker.places().country(l.entity);
            // The country named nearby is weak evidence: not for a word that reads as
            // a common noun, after a lowercase word or a number (`mit drei Siegen`,
            // `den Rest`), as a place name seldom is, or before a number (`Mitte 2005`,
            // `Ende 2010`: a time's or a measure's noun).
            let noun = self.after_lowercase_word(l) || self.before_number(l);
            let evidence = self.linked.iter().any(|o| {
                (o.entity != l.entity
                    && entities[o.entity as usize].kind == Kind::Place
                    && self.listed_together(l, o))
                    || (!noun && Some(o.entity) == country && near(l, o, COUNTRY_REACH))
            });
            if evidence {
                proven.push(Linked {
                    rule: Rule::PlaceEvidence,
                    ..*l
                });
            }
        }
        drop(possessions);
        for l in proven {
            if self.is_free(l.field, l.start, l.end) {
                self.accept(l);
            }
        }
    }

    /// Links the towns' names set aside for want of evidence ([`Doc::decide_full`])
    /// that are still free and are next to another place in a list (`Bottrop und
    /// Gelsenkirchen`, another town's name too), or have their country named within a
    /// paragraph's reach (not before a number: `Mitte 2005`), or
    /// name a town that the document names elsewhere with evidence or so proven
    /// (`Gaza`'s, after `in Gaza`) ([`Rule::PlaceEvidence`]).
    fn link_proven_towns(&mut self) {
        let mut waiting = std::mem::take(&mut *self.unproven_towns.borrow_mut());
        if waiting.is_empty() {
            return;
        }
        let entities = self.linker.gazetteer.entities();
        loop {
            let mut proven = Vec::new();
            // Two towns' names in a list prove each other (`Bottrop und Gelsenkirchen`),
            // and so does a city's name read as its region's (`Cataluña, Madrid`).
            let mut listed: Vec<Linked> = waiting.clone();
            listed.extend(self.listed_regions.borrow().iter().copied());
            waiting.retain(|l| {
                if !self.is_free(l.field, l.start, l.end) {
                    return false;
                }
                // (A case form only by the same place named elsewhere.)
                if l.rule == Rule::PlaceCase {
                    let named = self.linked.iter().any(|o| o.entity == l.entity);
                    if named {
                        proven.push(*l);
                    }
                    return !named;
                }
                let country = self.linker.places().country(l.entity);
                let evidence = listed
                    .iter()
                    .any(|o| o.entity != l.entity && self.listed_together(l, o))
                    || self.linked.iter().any(|o| {
                        (o.entity == l.entity
                            && (self.same_spelling(l, o)
                                || [l.rule, o.rule].iter().any(|r| {
                                    !matches!(r, Rule::Exact | Rule::Folded | Rule::Alias)
                                })))
                            || (entities[o.entity as usize].kind == Kind::Place
                                && self.listed_together(l, o))
                            || (Some(o.entity) == country
                                && !self.before_number(l)
                                && near(l, o, COUNTRY_REACH))
                    });
                if evidence {
                    // (A case form keeps its rule: the place named elsewhere is
                    // the evidence it waited for.)
                    let rule = if l.rule == Rule::PlaceCase {
                        Rule::PlaceCase
                    } else {
                        Rule::PlaceEvidence
                    };
                    proven.push(Linked { rule, ..*l });
                }
                !evidence
            });
            if proven.is_empty() {
                return;
            }
            for l in proven {
                if self.is_free(l.field, l.start, l.end) {
                    self.accept(l);
                }
            }
        }
    }

    /// True when mention `a` is written as mention `b` once folded, or as whole words
    /// of it (`Münster` and `MÜNSTER`, not `Monster` and `Münster`): a town's name
    /// proves another mention of the town
    /// only in the document's own spelling of it, as a writer keeps to one (a case
    /// form or a transcription on either side, read by its own rule, aside: `w
    /// Neapolu` proves `Neapol`); another
    /// name of the town that the document writes (`Monster`, Low German `Mönster`
    /// folded) is as likely a word of the text.
    fn same_spelling(&self, a: &Linked, b: &Linked) -> bool {
        let folded = |l: &Linked| {
            let ft = &self.texts[l.field];
            &ft.folded.as_str()[ft.toks[l.start].folded.start..ft.toks[l.end - 1].folded.end]
        };
        // (Or inside the other as whole words: `ANDALUCÍA` after `COMUNIDAD AUTÓNOMA DE
        // ANDALUCÍA`.)
        let (a, b) = (folded(a), folded(b));
        b.match_indices(a).any(|(i, _)| {
            !b[..i].ends_with(char::is_alphanumeric)
                && !b[i + a.len()..].starts_with(char::is_alphanumeric)
        })
    }

    /// True when the span is a full name of places, bodies or things only and also a
    /// person's surname (as a short form, which needs a person named in full).
    fn thing_or_surname(&self, c: &Cand) -> bool {
        let (_, full, surnames) = self.counts(c);
        if full == 0 || surnames == 0 || usize::from(surnames) > MAX_SURNAME_KEYS {
            return false;
        }
        let keys = self.keys(c);
        let mut full_keys = keys.iter().filter(|k| k.kind.is_full());
        full_keys.all(|k| k.entity_kind != Kind::Person)
    }

    /// True when the span is one word at the start of a sentence (or of a field) that
    /// the document also writes in lowercase: its capital proves nothing.
    fn common_word_at_sentence_start(&self, c: &Cand) -> bool {
        if c.end - c.start != 1 {
            return false;
        }
        let ft = &self.texts[c.field];
        let tok = &ft.toks[c.start];
        // Two tokens of one character cluster share its original bytes (`𛅤ￚ` folds
        // to `𛅤` and `eu`): no gap between them.
        let at_start = c.start == 0
            || sentence_break(
                ft.text
                    .get(ft.toks[c.start - 1].original.end..tok.original.start)
                    .unwrap_or_default(),
            );
        if tok.ideograph || !at_start {
            return false;
        }
        *self
            .lowercase
            .borrow_mut()
            .entry(tok.id)
            .or_insert_with(|| {
                written_in_lowercase(&self.texts, tok.id, self.tok_text(c.field, c.start))
            })
    }

    /// True when the span is the surname of a person named in full in the document.
    fn surname_of_someone_named(&self, c: &Cand) -> bool {
        self.keys(c)
            .iter()
            .filter(|k| k.is_surname())
            .any(|k| self.named.contains(&k.entity))
    }

    /// True when the span's surname keys are all contradicted by its context: given
    /// names or initials before it that fit none of the entities, or a capitalised
    /// word after it that makes it part of a longer name.
    fn claimed_by_someone_else(&self, c: &Cand) -> bool {
        let (_, _, count) = self.counts(c);
        if count == 0 {
            return false;
        }
        // Surname keys are all short forms: they need the span capitalised. In a
        // headline-style field every word is capitalised: the run before a surname
        // there holds only given names and initials ([`Doc::run_before`]), which do
        // claim (`Evan Harris (LibDem)`); in a run of capitals nothing claims.
        if !self.span_case(c).ok(KeyKind::Surname, Kind::Person) || self.in_caps_run(c) {
            return false;
        }
        if self.nickname_before(c) {
            return true;
        }
        let after = self.blocked_after(c, true);
        let run = self.run_before(c);
        // Words that are no part of anyone's name do not make the surname someone
        // else's: an acronym in capitals (`GOP Trump`) or a Cyrillic or Greek word
        // (`президент Финляндии Стубб`). A Latin word unknown to the name data may be
        // a rare surname (Spanish `Beloki Guerra`): it still claims.
        if run.tokens.iter().all(|&p| {
            self.no_name_part(c.field, p)
                && (self.shouted(c.field, p)
                    || Script::of(self.tok_original(c.field, p)) != Some(Script::Latin))
        }) {
            return after;
        }
        if usize::from(count) > MAX_SURNAME_KEYS {
            return true;
        }
        let keys = self.keys(c);
        let surnames: Vec<&Key> = keys.iter().filter(|k| k.is_surname()).collect();
        after
            || !surnames.iter().any(|k| {
                self.run_fits(c, &run, k)
                    || self.run_pads(c, &run, k)
                    || self.run_joins_givens(c, &run, k)
            })
    }

    /// True when a nickname in quotes stands right before the span, a space between
    /// (`Francisco "Lu-Olo" Guterres`, `Front-runner 'Lu-Olo' Guterres`): one to three
    /// capitalised words between quotes that open after a space or a bracket, none of
    /// them a word of a name of a person whose surname the span is (`Luiz Inácio
    /// "Lula" da Silva` is the gazetteer's). The press sets a nickname so, between the
    /// given names and the surname or alone before it, to name a person apart from the
    /// namesakes: the surname is that person's, whom the gazetteer lacks, here and in
    /// the rest of the document ([`Doc::claimed_by_someone_else`]).
    fn nickname_before(&self, c: &Cand) -> bool {
        const CLOSING: [char; 6] = ['"', '\'', '\u{201d}', '\u{2019}', '\u{bb}', '\u{201c}'];
        const OPENING: [char; 7] = [
            '"', '\'', '\u{201c}', '\u{2018}', '\u{ab}', '\u{201e}', '\u{201a}',
        ];
        let ft = &self.texts[c.field];
        let before = &ft.text[..ft.toks[c.start].original.start];
        let trimmed = before.trim_end_matches(' ');
        if trimmed.len() == before.len() || before.len() - trimmed.len() > 2 {
            return false;
        }
        let Some(close) = trimmed.chars().next_back().filter(|q| CLOSING.contains(q)) else {
            return false;
        };
        let inner_end = trimmed.len() - close.len_utf8();
        // The opening quote within 40 bytes, after a space, a bracket or the start.
        let mut start = inner_end.saturating_sub(40);
        while !trimmed.is_char_boundary(start) {
            start += 1;
        }
        let window = &trimmed[start..inner_end];
        let Some((open, q)) = window
            .char_indices()
            .rev()
            .find(|(_, ch)| OPENING.contains(ch))
        else {
            return false;
        };
        let open_at = start + open;
        let inner = &window[open + q.len_utf8()..];
        let starts_free = trimmed[..open_at]
            .chars()
            .next_back()
            .is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '['));
        let words: Vec<&str> = inner.split(' ').collect();
        if !starts_free
            || inner.is_empty()
            || words.len() > 3
            || !words.iter().all(|w| {
                first_case(w) == Case::Upper
                    && w.chars()
                        .all(|ch| ch.is_alphabetic() || matches!(ch, '-' | '.'))
            })
        {
            return false;
        }
        let parts: Vec<String> = nomen_fold::fold(inner)
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let entities = &self.linker.gazetteer.entities();
        self.every_person_surname_key(c, |k| {
            !entities[k.entity as usize].names().any(|n| {
                nomen_fold::fold(n)
                    .split(|ch: char| !ch.is_alphanumeric())
                    .any(|w| parts.iter().any(|p| p == w))
            })
        })
    }

    /// True when the span is claimed for someone else ([`Doc::claimed_by_someone_else`])
    /// only by the capitalised word after it (`Šefčovič Pozsonyban`, `Świątek
    /// Helsingin`: a place with a case ending after the surname in a Hungarian or
    /// Finnish headline), with nothing before it that contradicts: the claim then does
    /// not hold against a person the document names in full.
    fn claimed_only_after(&self, c: &Cand) -> bool {
        if !self.blocked_after(c, true) {
            return false;
        }
        let run = self.run_before(c);
        run.tokens.is_empty() || run.honorific
    }

    /// One entity among the candidates, or none when they disagree and the document
    /// does not settle it.
    fn choose<'k, R>(&self, options: &'k [(Key, usize, R)]) -> Option<&'k (Key, usize, R)> {
        let first = options.first()?;
        if options.iter().all(|o| o.0.entity == first.0.entity) {
            return Some(first);
        }
        let named: Vec<&(Key, usize, R)> = options
            .iter()
            .filter(|o| self.named.contains(&o.0.entity))
            .collect();
        if let [one] = named.as_slice() {
            return Some(one);
        }
        // A key that is the whole name, or the usual surname, beats a key that is
        // only a weak part of another name (`Maduro` of `Nicolás Maduro Guerra`).
        let strongest = options.iter().map(|o| o.0.kind).min()?;
        let mut best = options.iter().filter(|o| o.0.kind == strongest);
        let one = best.next()?;
        best.all(|o| o.0.entity == one.0.entity).then_some(one)
    }

    /// The rule of a full-key match: exact, folded, alias, reordered or transliterated.
    fn full_rule(&self, c: &Cand, key: &Key) -> Rule {
        let ft = &self.texts[c.field];
        let original = &ft.text[ft.toks[c.start].original.start..ft.toks[c.end - 1].original.end];
        let name = self.entity_name(key);
        if self.east_asian_form(key) {
            return Rule::EastAsianTranscription;
        }
        if self.transliterated(original, key) {
            return Rule::Transliterated;
        }
        match key.kind {
            // (Written as the name: the same, without folding either.)
            KeyKind::Canonical if original == name => Rule::Exact,
            KeyKind::Canonical => {
                let (a, b) = (fold_exact(original), fold_exact(name));
                let same = a
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .eq(b.chars().filter(|c| c.is_alphanumeric()));
                if same {
                    Rule::Exact
                } else {
                    Rule::Folded
                }
            }
            KeyKind::Reordered => Rule::Reordered,
            _ => Rule::Alias,
        }
    }

    /// True when the key is one of the entity's Chinese or Japanese names as the press
    /// of another language writes them ([`super::east_asian`]), numbered right after
    /// its own names.
    fn east_asian_form(&self, key: &Key) -> bool {
        let e = &self.linker.gazetteer.entities()[key.entity as usize];
        let own = 1 + e.aliases.len();
        let name = usize::from(key.name);
        name >= own && name - own < super::east_asian::press_forms(e).len()
    }

    /// True when the mention is written in another script than both the name it
    /// matched and the entity's canonical name.
    fn transliterated(&self, mention: &str, key: &Key) -> bool {
        let canonical = &self.linker.gazetteer.entities()[key.entity as usize].name;
        let s = script(mention);
        s != script(self.entity_name(key)) && s != script(canonical)
    }

    /// Whether a short-form or acronym key fits its context; `Some(honorific)` when it
    /// does (an honorific before a surname is evidence for weak keys).
    fn short_fits(
        &self,
        c: &Cand,
        case: &SpanCase,
        run: &mut Option<Run>,
        key: &Key,
    ) -> Option<bool> {
        let ekind = key.entity_kind;
        if key.kind.is_full()
            || !case.ok(key.kind, ekind)
            || self.blocked_after(c, ekind == Kind::Person)
        {
            return None;
        }
        if key.kind.is_surname_only() || key.block {
            if self.double_surname_before(c) {
                return None;
            }
            let run = run.get_or_insert_with(|| self.run_before(c));
            if !self.run_fits(c, run, key) {
                return None;
            }
            return Some(run.honorific);
        }
        if (key.kind.is_acronym() || c.end - c.start == 1) && self.blocked_before_word(c) {
            return None;
        }
        // A word in capitals among words in capitals (`UN CALENDARIO`, `EL AÑO 2005`)
        // is a headline's word, not an acronym: unless the gazetteer writes it so and
        // it has four letters or more (`GOBIERNO DE EEUU`), too long to be a word of
        // the headline by chance.
        if key.kind.is_acronym()
            && self.in_caps_run(c)
            && (key.kind == KeyKind::AcronymDerived
                || c.end - c.start > 1
                || self.tok_text(c.field, c.start).chars().count() < 4)
        {
            return None;
        }
        Some(false)
    }

    /// True when the span is the second half of a hyphenated double surname
    /// (`Suzanne Innes-Stubb`): a capitalised word that names nothing in the
    /// dictionary, mid-sentence, joined to it by a hyphen. A prefix (`pro-Stubb`,
    /// `Anti-Stubb` at a sentence start) or another name (`Merz-Tusk-Treffen`) is not.
    fn double_surname_before(&self, c: &Cand) -> bool {
        let ft = &self.texts[c.field];
        if c.start == 0 || ft.toks[c.start - 1].ideograph || self.title_case(c.field) {
            return false;
        }
        let (prev, cur) = (&ft.toks[c.start - 1], &ft.toks[c.start]);
        if ft.folded.as_str().get(prev.folded.end..cur.folded.start) != Some("-") {
            return false;
        }
        let original = self.tok_original(c.field, c.start - 1);
        let (case, caps) = case_of(original);
        case == Case::Upper
            && !caps
            && prev.root == NONE
            && !self.sentence_initial(c.field, c.start - 1)
    }

    /// True when a form of address and one to three capitalised names come right before
    /// the span (`DOÑA ANA MARÍA ORAMAS GONZÁLEZ`, `señor Juan Luis Gordo Pérez`) and none
    /// of those names is a word of a name of `entity`: someone else with that surname.
    fn other_addressed_person(&self, c: &Cand, entity: u32) -> bool {
        let mut p = self.adjacent_before(c.field, c.start);
        let mut names = Vec::new();
        let addressed = loop {
            match p {
                Some(q) if place::is_form_of_address(self.tok_text(c.field, q)) => {
                    break !names.is_empty()
                }
                Some(q)
                    if names.len() < 3
                        && self.tok_case(c.field, q) == Case::Upper
                        && !self.word(c.field, q).function =>
                {
                    names.push(self.texts[c.field].toks[q].id);
                    p = self.adjacent_before(c.field, q);
                }
                _ => break false,
            }
        };
        if !addressed {
            return false;
        }
        let e = &self.linker.gazetteer.entities()[entity as usize];
        let words: HashSet<String> = e
            .names()
            .flat_map(|n| {
                nomen_fold::fold(n)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        !names.iter().any(|&id| {
            self.linker
                .dict
                .token_text(id)
                .is_some_and(|t| words.contains(t))
        })
    }

    /// True when a mention of `entity` linked in the document holds the span's tokens
    /// (`Sánchez` of an earlier `Pedro Sánchez`).
    fn written_in_name(&self, c: &Cand, entity: u32) -> bool {
        let span = &self.texts[c.field].toks[c.start..c.end];
        self.linked.iter().any(|l| {
            let held = &self.texts[l.field].toks[l.start..l.end];
            l.entity == entity && span.iter().all(|t| held.iter().any(|h| h.id == t.id))
        })
    }

    /// True when the document defines the one-word span's acronym in brackets right
    /// after a name of other words than the entity's (`Εθνικό Κέντρο Τεκμηρίωσης
    /// (ΕΚΤ)`, a Greek documentation centre, is not the ECB's `ΕΚΤ`): up to six words
    /// before the bracket spell the acronym by their starts ([`acronym_fits`]), and
    /// fewer than half of those of four letters or more begin as a word of one of the
    /// entity's names does (`Europäische Zentralbank (EZB)` is the ECB's own name,
    /// in whatever language the gazetteer lacks it), or a name of the entity in the
    /// definition's language differs from it in a content word
    /// ([`acronym_guard::names_another_body`]: `National Safety Council (NSC)` is not
    /// the National Security Council). The text says what its acronym stands for,
    /// everywhere in the document: the entity the gazetteer gives the same letters is
    /// not meant.
    fn acronym_defined_otherwise(&self, c: &Cand, entity: u32) -> bool {
        const MAX_WORDS: usize = 6;
        if c.end - c.start != 1 {
            return false;
        }
        let id = self.texts[c.field].toks[c.start].id;
        let acr: String = self
            .tok_text(c.field, c.start)
            .chars()
            .filter(|ch| ch.is_alphanumeric())
            .collect();
        if id == NONE || acr.is_empty() {
            return false;
        }
        let mut defined: Vec<Vec<&str>> = Vec::new();
        for (f, ft) in self.texts.iter().enumerate() {
            for j in ft.positions(id) {
                let t = &ft.toks[j];
                if j == 0 {
                    continue;
                }
                // (Tokens of one cluster share their bytes: no gap between them.)
                let Some(before) = ft.text.get(ft.toks[j - 1].original.end..t.original.start)
                else {
                    continue;
                };
                let before = before.trim();
                let after = ft.text[t.original.end..].trim_start();
                let closed = match before {
                    "(" => after.starts_with(')'),
                    "[" => after.starts_with(']'),
                    _ => false,
                };
                if !closed || ft.toks[j - 1].ideograph {
                    continue;
                }
                let mut start = j - 1;
                loop {
                    let words: Vec<&str> = (start..j).map(|i| self.tok_text(f, i)).collect();
                    if !self.word(f, start).function && acronym_fits(&acr, &words) {
                        defined.push(words);
                        break;
                    }
                    match self.adjacent_before(f, start) {
                        Some(p) if j - p <= MAX_WORDS => start = p,
                        _ => break,
                    }
                }
            }
        }
        if defined.is_empty() {
            return false;
        }
        let own = self.name_stems(entity);
        if defined.iter().any(|words| {
            let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() >= 4).collect();
            let shared = long.iter().filter(|w| own.contains(&name_stem(w))).count();
            2 * shared < long.len()
        }) {
            return true;
        }
        // `National Safety Council (NSC)`: most words are the National Security
        // Council's, but a name of its in the same language differs in one.
        let names: Vec<Vec<String>> = self.linker.gazetteer.entities()[entity as usize]
            .names()
            .map(|n| {
                nomen_fold::fold(n)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect()
            })
            .collect();
        defined
            .iter()
            .any(|words| acronym_guard::names_another_body(words, &names))
    }

    /// The first four letters ([`name_stem`]) of every word of four letters or more of
    /// `entity`'s names, folded.
    ///
    /// Worked out once per thread and entity ([`NAME_STEMS`]): it folds every name
    /// of the entity (a body's names in every language: 130,000 instructions a
    /// question for the built-in organisations), and the same few acronyms are
    /// defined in document after document.
    fn name_stems(&self, entity: u32) -> Rc<HashSet<String>> {
        let work_out = || -> Rc<HashSet<String>> {
            let stems: HashSet<String> = self.linker.gazetteer.entities()[entity as usize]
                .names()
                .flat_map(|n| {
                    nomen_fold::fold(n)
                        .split_whitespace()
                        .filter(|w| w.chars().count() >= 4)
                        .map(name_stem)
                        .collect::<Vec<_>>()
                })
                .collect();
            Rc::new(stems)
        };
        NAME_STEMS.with(|memo| {
            let Ok(mut memo) = memo.try_borrow_mut() else {
                return work_out();
            };
            if memo.0 != self.linker.id {
                memo.0 = self.linker.id;
                memo.1.clear();
            }
            memo.1.entry(entity).or_insert_with(work_out).clone()
        })
    }

    /// Pass B: short forms and acronyms, linked to an entity named in the document or
    /// the only entity with that key.
    fn decide_short(&self, c: &Cand) -> Option<Linked> {
        self.decide_short_proven(c).map(|(l, _)| l)
    }

    /// [`Doc::decide_short`], and whether the link stands on its own: false for a
    /// person's surname alone linked only because nobody else in the gazetteer has it,
    /// with nobody named in the document and no title or role word before it.
    fn decide_short_proven(&self, c: &Cand) -> Option<(Linked, bool)> {
        if self.claimed.contains(&c.node) {
            return None;
        }
        let keys = self.keys(c);
        let case = self.span_case(c);
        let mut run: Option<Run> = None;
        // Entities named in the document: keys are sorted by entity.
        let mut named: Vec<&Key> = Vec::new();
        for e in &self.named {
            if let Ok(i) = keys.binary_search_by_key(e, |k| k.entity) {
                if self.short_fits(c, &case, &mut run, &keys[i]).is_some() {
                    named.push(&keys[i]);
                }
            }
        }
        // A part only sometimes used alone (a middle name taken for a possible first
        // surname: `Devi` of `Kamala Devi Harris`, `John` of `Donald John Trump`) stands
        // for a person named in the document only when the document wrote it in that
        // person's name: `Kamala Harris ... Rep. Devin Nunes` is not her.
        named.retain(|k| k.kind != KeyKind::SurnameWeak || self.written_in_name(c, k.entity));
        // Claimed only by a word after it elsewhere: a person named in full, or no one.
        if named.is_empty() && self.claimed_after.contains(&c.node) {
            return None;
        }
        let mut proven = true;
        // The languages an acronym alone is bound to, asked of the document last:
        // telling its language is the costliest test here.
        let mut bound: Rc<[Box<str>]> = Rc::from([]);
        // The languages in which the user's own acronym alone is not the body's.
        let mut refused: Rc<[Box<str>]> = Rc::from([]);
        let (key, rule) = match named.as_slice() {
            [one] => {
                let rule = if one.kind.is_acronym() {
                    Rule::Acronym
                } else {
                    Rule::SurnameCoref
                };
                (**one, rule)
            }
            [_, _, ..] => return None,
            [] if self.common_word_at_sentence_start(c) => return None,
            [] => {
                // The only entity in the gazetteer with this usable short form (weak
                // parts of other names do not compete).
                let strong = self.counts(c).0;
                let key = match strong {
                    0 if keys.len() == 1 => &keys[0],
                    1 => keys.iter().find(|k| {
                        !matches!(k.kind, KeyKind::SurnameWeak | KeyKind::AcronymDerived)
                    })?,
                    _ => return None,
                };
                // A person's one word alone in a line in capitals (`LA GUERRA DE IRAK`,
                // `DEL DIPUTADO DON ANTONIO LOURO`): capitals hide whether it is a name
                // word at all, and a name written in capitals goes on with words the
                // entity does not have; only a person the document names in full
                // (above) stands behind it.
                if key.entity_kind == Kind::Person && c.end - c.start == 1 && self.in_caps_run(c) {
                    return None;
                }
                // An acronym only some languages' press writes for the body (`ВОЗ`,
                // `OMS`): only in a text of one of them, and not in a line in capitals
                // (`WHO SAID`); elsewhere only the body named in full (above) stands
                // behind it.
                let acronym = if key.kind == KeyKind::AcronymAlias {
                    self.acronym_bound(key)
                } else {
                    AcronymBound::default()
                };
                let languages = acronym.listed.clone();
                if !languages.is_empty() && self.in_caps_run(c) {
                    return None;
                }
                // `Εθνικό Κέντρο Τεκμηρίωσης (ΕΚΤ)`: the text defines its acronym as
                // another name's.
                if key.kind.is_acronym() && self.acronym_defined_otherwise(c, key.entity) {
                    return None;
                }
                // `the exponential moving average ... the EMA`: the text spells it out as
                // a term of common words ([`spelled_acronym`]).
                if key.kind.is_acronym() && self.acronym_spelled_out(c, key.entity) {
                    return None;
                }
                // `Irena Vuković ... Irena`: a word the document writes as a given name
                // before a surname is that person's, not a body's acronym said as a word
                // (`Irena` for IRENA).
                if key.kind.is_acronym()
                    && key.entity_kind != Kind::Person
                    && c.end - c.start == 1
                    && !self.shouted(c.field, c.start)
                    && self.person_in_document(c.field, c.start) & BEFORE_SURNAME != 0
                    && self.name_word(c.field, c.start, true)
                {
                    return None;
                }
                let honorific = self.short_fits(c, &case, &mut run, key)?;
                // `Herr Scholz` in a speech that names no Scholz in full: a form of
                // address before a person's one-word name speaks of someone its
                // readers know, one of the many of that name, not the gazetteer's
                // (a role word says more: `President Putin`).
                if key.entity_kind == Kind::Person
                    && c.end - c.start == 1
                    && self
                        .adjacent_before(c.field, c.start)
                        .is_some_and(|p| place::is_form_of_address(self.tok_text(c.field, p)))
                {
                    return None;
                }
                // `M. Surname`: the title or an initial; only a person named in full
                // in the document settles it.
                if run.as_ref().is_some_and(|r| r.title) && key.kind.is_surname_only() {
                    return None;
                }
                proven =
                    honorific || key.kind != KeyKind::Surname || key.entity_kind != Kind::Person;
                match key.kind {
                    KeyKind::ShortForm | KeyKind::Surname => (*key, Rule::ShortForm),
                    KeyKind::SurnameWeak if honorific => (*key, Rule::ShortForm),
                    // The user's own acronym of a body merged with a built-in one
                    // (`EMA` in their `European Medicines Agency`), in a text of
                    // none of the languages the built-in body lists it in: the
                    // user's word stands where the built-in data says nothing
                    // against it, and not in a language whose press writes another
                    // acronym of the body (`OEA`, not `OAS`, in French), where it is
                    // something else.
                    KeyKind::AcronymAlias
                        if acronym.own
                            && (languages.is_empty() || !self.written_in(&languages)) =>
                    {
                        refused = acronym.against.clone();
                        (*key, Rule::Acronym)
                    }
                    KeyKind::AcronymAlias if !languages.is_empty() => {
                        bound = languages;
                        (*key, Rule::LanguageAcronym)
                    }
                    KeyKind::AcronymAlias => (*key, Rule::Acronym),
                    _ => return None,
                }
            }
        };
        // `Marín González, Manuel (GPSOE)`: the surname of the person whose given
        // name follows, someone else unless the entity's name starts with it.
        if let Some(given) = self.inverted_name(c) {
            let given = self.tok_text(c.field, given);
            let name =
                nomen_fold::fold(&self.linker.gazetteer.entities()[key.entity as usize].name);
            if name.split_whitespace().next() != Some(given) {
                return None;
            }
        }
        // `DON ODÓN ELORZA GONZÁLEZ` is not Felipe González: after a form of address
        // and up to three capitalised names, a surname is that person's unless one of
        // those names is a word of the entity's name.
        if key.entity_kind == Kind::Person && self.other_addressed_person(c, key.entity) {
            return None;
        }
        // `González de Txabarri`: another person's compound surname ([`other_names`]).
        if key.entity_kind == Kind::Person && self.compound_surname_after(c) {
            return None;
        }
        // `the U.S. Chamber of Commerce`: a place's acronym before the capitalised noun
        // of a stock exchange or a chamber is part of that body's name.
        if key.entity_kind == Kind::Place && (self.market_after(c) || self.currency_symbol(c)) {
            return None;
        }
        // `el señor Silva` is not Marina Silva: a form of address says the gender.
        if key.entity_kind == Kind::Person
            && self
                .adjacent_before(c.field, c.start)
                .and_then(|p| place::address_gender(self.tok_text(c.field, p)))
                .is_some_and(|feminine| feminine != self.female(key.entity))
        {
            return None;
        }
        let variant = self.variant_rule(c.field, c.start, c.end, &key).ok()?;
        let ft = &self.texts[c.field];
        let original = &ft.text[ft.toks[c.start].original.start..ft.toks[c.end - 1].original.end];
        // A lone transcription rare enough to be the name stands on its own.
        proven |= matches!(variant, Some(Rule::TranscribedAlone | Rule::InflectedAlone));
        let rule = if let Some(v) = variant {
            v
        } else if rule != Rule::Acronym && self.transliterated(original, &key) {
            Rule::Transliterated
        } else {
            rule
        };
        // `l'Onu`, `la Bce`, `l'Uit`: an acronym of three letters written as a word
        // only where the Italian press writes it so.
        if case.word_like3 && !case.acronym && key.kind == KeyKind::AcronymAlias {
            if !self.italian_acronym(&key) {
                return None;
            }
            bound = Rc::from([Box::from("it")]);
        }
        if !bound.is_empty() && !self.written_in(&bound) {
            return None;
        }
        if !refused.is_empty() && self.written_in(&refused) {
            return None;
        }
        Some((
            Linked {
                field: c.field,
                start: c.start,
                end: c.end,
                entity: key.entity,
                rule,
            },
            proven,
        ))
    }

    /// The capitalised Cyrillic and Greek words that are no name word and sound like
    /// the surname of a person the document names in full by a transcription, read again
    /// among those surnames only ([`transcribe_where`]): a word that sounds as much
    /// like another entity's name word was left unread ([`transcribe`]'s tie). Each
    /// becomes that surname's token here and a one-word candidate, which pass B judges
    /// as any surname alone (rule `transcribed`).
    #[inline(never)]
    fn read_tied_surnames(&mut self) -> Vec<Cand> {
        let linker = self.linker;
        let dict = &linker.dict;
        // (Only the people named by a transcription here: a person whose name the
        // text writes as the gazetteer does, or as an alias, has a surname that is a
        // token of its own; and reading every other capitalised word again is what
        // costs.)
        let mut named_people: Vec<u32> = self
            .linked
            .iter()
            .filter(|l| matches!(l.rule, Rule::Transcribed | Rule::TranscribedAlone))
            .map(|l| l.entity)
            .filter(|&e| linker.gazetteer.entities()[e as usize].kind == Kind::Person)
            .collect();
        named_people.sort_unstable();
        named_people.dedup();
        if named_people.is_empty() {
            return Vec::new();
        }
        let surname_of_named = |t: u32| {
            dict.keys(dict.root(t))
                .iter()
                .any(|k| k.is_surname() && named_people.contains(&k.entity))
        };
        let mut out = Vec::new();
        for f in 0..self.texts.len() {
            for i in 0..self.texts[f].toks.len() {
                let t = &self.texts[f].toks[i];
                // (A word the dictionary knows only inside longer names, `Лами` of an
                // Arabic alias of N'Djamena, `lamy` in `فور لامي`, names nobody on its
                // own: it is read too. A word that is some entity's name alone is that
                // name.)
                if (t.id != NONE && !dict.keys(dict.root(t.id)).is_empty())
                    || t.ideograph
                    || self.texts[f].occupied[i]
                {
                    continue;
                }
                let original = self.tok_original(f, i);
                let script = match Script::of(original) {
                    Some(s @ (Script::Cyrillic | Script::Greek)) => s,
                    _ => continue,
                };
                let word = self.tok_text(f, i);
                if first_case(original) != Case::Upper || !word.is_ascii() || self.shouted(f, i) {
                    continue;
                }
                let spelled = spelling(word, original, script);
                let Some((id, kind)) =
                    transcribe_where(linker, &spelled, script, true, surname_of_named)
                else {
                    continue;
                };
                let script_bit = word_script_bit(original);
                let root = dict.root(id);
                let tok = &mut self.texts[f].toks[i];
                tok.id = id;
                tok.root = root;
                tok.how = How::Transcribed(kind);
                out.push(Cand {
                    field: f,
                    start: i,
                    end: i + 1,
                    node: root,
                    script: script_bit,
                });
            }
        }
        out
    }

    /// True when the one-word surname `l` (linked only because nobody else in the
    /// gazetteer has it) is another word here: the document also writes it in
    /// lowercase (`I grossi alberghi`), or a preposition of place, an article or a
    /// family word stands right before it (`in Montenegro`, `au Monténégro`, `bir
    /// Türk tenisçi`, `la famiglia Grossi`): a place, an adjective, a family.
    fn another_word(&self, l: &Linked) -> bool {
        if l.end - l.start != 1 {
            return false;
        }
        let c = Cand::bare(l.field, l.start, l.end);
        let tok = &self.texts[l.field].toks[l.start];
        let lowercase = *self
            .lowercase
            .borrow_mut()
            .entry(tok.id)
            .or_insert_with(|| {
                written_in_lowercase(&self.texts, tok.id, self.tok_text(l.field, l.start))
            });
        // `Мария Георгиева` at a sentence start: a Cyrillic or Greek word right before
        // it that the name data knows as a name part is someone else's given name
        // (the words before a surname are read without it there).
        let named_before = self.adjacent_before(l.field, l.start).is_some_and(|p| {
            let original = self.tok_original(l.field, p);
            Script::of(original).is_some_and(|s| s != Script::Latin)
                && first_case(original) == Case::Upper
                && !self.shouted(l.field, p)
                && !crate::name_groups::groups(self.tok_text(l.field, p)).is_empty()
        });
        // (Not a suffix after an apostrophe: Turkish `Merz'in Erdoğan'la`.)
        let suffix_before = self.adjacent_before(l.field, l.start).is_some_and(|p| {
            let ft = &self.texts[l.field];
            p > 0
                && ft
                    .text
                    .get(ft.toks[p - 1].original.end..ft.toks[p].original.start)
                    .is_some_and(|gap| gap.contains(['\'', '’']))
        });
        lowercase
            || named_before
            || self.after_another_given_name(l)
            || (!suffix_before && self.after_place_preposition(&c))
            || self.adjacent_before(l.field, l.start).is_some_and(|p| {
                let word = self.tok_text(l.field, p);
                match self.tok_case(l.field, p) {
                    // A capitalised article is one too: at a sentence start
                    // (`Eine Blume aus ...`), or inside a sentence, where it opens a
                    // nickname or a title whose last word the surname only looks like
                    // (`sobre El Chapo`, `Joaquín «El Chapo» Guzmán`).
                    Case::Upper => NOT_BEFORE_A_PERSON.contains(&word) && !self.shouted(l.field, p),
                    _ => {
                        NOT_BEFORE_A_PERSON.contains(&word)
                            || FAMILY_WORDS.contains(&word)
                            || ORIGIN_PREPOSITIONS.contains(&word)
                    }
                }
            })
    }

    /// True when the one-word surname `l`, in Cyrillic or Greek letters, is written
    /// elsewhere in the document right after a capitalised word of its script inside
    /// a sentence (`музикант Питър Габриел`): that is a given name, as these
    /// scripts' press capitalises only names there, and not the entity's (its full
    /// name would have linked), so the surname alone is that other person's
    /// (`Габриел ще представи`), whether or not the name data knows the given name.
    fn after_another_given_name(&self, l: &Linked) -> bool {
        let t = &self.texts[l.field].toks[l.start];
        let (id, root) = (t.id, t.root);
        let script = Script::of(self.tok_original(l.field, l.start));
        if !matches!(script, Some(Script::Cyrillic | Script::Greek)) {
            return false;
        }
        // The entity's given names, by the names whose surname the word is: a word
        // that sounds like one, declined or not, or begins with its letter, may be
        // that given name in a transcription the full name's rules missed (`Михол
        // Мартин` for Micheál Martin, `Іраклія Кобахідзе`).
        let dict = &self.linker.dict;
        let givens: Vec<u32> = dict
            .keys(root)
            .iter()
            .filter(|k| k.entity == l.entity)
            .flat_map(|k| dict.givens(k.entity, k.name, k.split))
            .map(|g| g.0)
            .filter(|&g| g != NONE)
            .collect();
        let own_given = |f: usize, p: usize| {
            let first = self.tok_text(f, p).bytes().next();
            givens.iter().any(|&g| {
                self.texts[f].toks[p].id == g
                    || dict.token_text(g).and_then(|t| t.bytes().next()) == first
                    || self.sounds_like(f, p, g)
            })
        };
        self.texts.iter().enumerate().any(|(f, ft)| {
            !self.title_case(f)
                && ft.positions(id).any(|j| {
                    Script::of(self.tok_original(f, j)) == script
                        && self.adjacent_before(f, j).is_some_and(|p| {
                            !ft.occupied[p]
                                && self.capitalised_content(f, p)
                                && !self.shouted(f, p)
                                && !self.sentence_initial(f, p)
                                && Script::of(self.tok_original(f, p)) == script
                                && !own_given(f, p)
                        })
                })
        })
    }

    /// Acronyms defined in the text right after a full mention: `Foro Penal (FP)`.
    fn definitions(&self) -> HashMap<String, u32> {
        let mut defs = HashMap::new();
        for l in &self.linked {
            let ft = &self.texts[l.field];
            let end = ft.toks[l.end - 1].original.end;
            let rest = ft.text[end..].trim_start();
            let Some(inner) = rest.strip_prefix('(') else {
                continue;
            };
            let Some(close) = inner.find(')') else {
                continue;
            };
            let acr = inner[..close].trim();
            let letters = acr.chars().filter(|c| c.is_alphabetic()).count();
            if !(2..=10).contains(&letters)
                || !acr
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
                || acr.chars().any(|c| c.is_lowercase())
            {
                continue;
            }
            let key: String = nomen_fold::fold(acr)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            // The acronym of the words linked (`Foro Penal (FP)`, `(FOPE)`), not of
            // a longer name that ends with them (`... суд Києва (ОАСК)` is a court).
            let words: Vec<&str> = (l.start..l.end)
                .map(|i| self.tok_text(l.field, i))
                .collect();
            if !acronym_fits(&key, &words) {
                continue;
            }
            defs.entry(key).or_insert(l.entity);
        }
        defs
    }

    /// Links the free capitalised tokens that the document defined as acronyms.
    fn link_defined_acronyms(&mut self, defs: &HashMap<String, u32>) {
        let mut found = Vec::new();
        for (fi, ft) in self.texts.iter().enumerate() {
            for (i, t) in ft.toks.iter().enumerate() {
                if ft.occupied[i] || t.ideograph {
                    continue;
                }
                let (_, all_upper) = case_of(&ft.text[t.original.clone()]);
                if !all_upper {
                    continue;
                }
                let f = &ft.folded.as_str()[t.folded.clone()];
                if let Some(&entity) = defs.get(f) {
                    found.push(Linked {
                        field: fi,
                        start: i,
                        end: i + 1,
                        entity,
                        rule: Rule::Acronym,
                    });
                }
            }
        }
        for l in found {
            self.accept(l);
        }
    }

    fn finish(&mut self) -> DocumentLinks {
        let entities = self.linker.gazetteer.entities();
        let mut linked = std::mem::take(&mut self.linked);
        linked.sort_by_key(|l| (self.texts[l.field].field, l.start));
        let mentions = linked
            .iter()
            .map(|l| {
                let ft = &self.texts[l.field];
                let start = ft.toks[l.start].original.start;
                let mut end = ft.toks[l.end - 1].original.end;
                // A dotted acronym ends with its last dot (`O.N.U.`).
                if l.rule == Rule::Acronym
                    && l.end - l.start > 1
                    && self.dotted(l.field, l.end - 1)
                    && ft.text[end..].starts_with('.')
                {
                    end += 1;
                }
                let e = &entities[l.entity as usize];
                Mention {
                    field: ft.field,
                    start,
                    end,
                    text: ft.text[start..end].to_string(),
                    entity: e.id.clone(),
                    name: e.name.clone(),
                    rule: l.rule,
                }
            })
            .collect();
        let mut positions: Vec<u32> = linked.iter().map(|l| l.entity).collect();
        positions.sort_unstable();
        positions.dedup();
        let mut ids: Vec<String> = positions
            .into_iter()
            .map(|p| entities[p as usize].id.clone())
            .collect();
        ids.sort();
        DocumentLinks {
            mentions,
            entities: ids,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{
        acronym_fits, first_case, is_arabic_article_form, is_capitalised_cyrillic, is_letter,
        positions_of, score_at_start, spaces_before_digits, Case,
    };

    /// The letters read by range are those of the table.
    #[test]
    fn letters_by_range_are_the_tables() {
        for c in (0..0x0600).chain(0x1E00..0x2000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    /// The ranges read without the case tables say what the tables say.
    #[test]
    fn first_case_by_range_is_the_tables_case() {
        for c in ('\u{0370}'..='\u{0530}')
            .chain('\0'..='\u{7f}')
            .chain(['É', 'ß', 'ǅ', '1'])
        {
            let want = if c.is_uppercase() {
                Case::Upper
            } else if c.is_lowercase() {
                Case::Lower
            } else {
                Case::None
            };
            let s = format!("{c}x");
            assert_eq!(first_case(&s), want, "{c:?}");
            assert_eq!(
                is_capitalised_cyrillic(&s),
                matches!(c as u32, 0x0400..=0x052F) && c.is_uppercase(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn arabic_article_forms() {
        // The article's l, or the sun letter the next word starts with.
        assert!(is_arabic_article_form("el", "baradei"));
        assert!(is_arabic_article_form("as", "sisi"));
        assert!(is_arabic_article_form("esz", "sziszi"));
        assert!(is_arabic_article_form("ash", "sharaa"));
        assert!(is_arabic_article_form("ad", "din"));
        // Another consonant, another vowel, or a word too short after it.
        assert!(!is_arabic_article_form("as", "rashid"));
        assert!(!is_arabic_article_form("is", "sisi"));
        assert!(!is_arabic_article_form("an", "n"));
        assert!(!is_arabic_article_form("ak", "kabir"));
    }

    #[test]
    fn positions_of_are_every_position_of_the_byte() {
        let texts = [
            "",
            "v",
            "vvvvvvvvv",
            "a versus b v. c vs d",
            "\u{80}v\u{ff}vw\u{7f}u\u{f6}v the eight bytes and more, v at the end: v",
            "в Москве и vs. Μόσχα v",
        ];
        for text in texts {
            for needle in [b'v', 0x80, 0xd0, 0x7f, b' '] {
                let mut got = Vec::new();
                positions_of(text.as_bytes(), needle, |p| got.push(p));
                let want: Vec<usize> = (0..text.len())
                    .filter(|&p| text.as_bytes()[p] == needle)
                    .collect();
                assert_eq!(got, want, "{text:?} {needle:#x}");
            }
        }
    }

    #[test]
    fn spaces_before_digits_are_every_space_before_a_digit() {
        let texts = [
            "",
            " 1",
            "a 1",
            "Hamburg 2-0 Köln, am 12. Mai 2024 um 10:30 Uhr",
            "1 2 3 4 5 6 7 8 9 0 x 9",
            "no digits at all in this rather long line of text",
            "12345678 12345678  9",
            "a text longer than 32 bytes, with 3 digits 45 here and 6",
            "thirty-one bytes of text here: 7 and 8 at the chunk's edge 9",
            "ünïcödé 3 ünïcödé 45 € 6",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            let want: Vec<usize> = (0..bytes.len().saturating_sub(1))
                .filter(|&p| bytes[p] == b' ' && bytes[p + 1].is_ascii_digit())
                .collect();
            let mut got = Vec::new();
            spaces_before_digits(bytes, |p| got.push(p));
            assert_eq!(got, want, "{text:?}");
        }
        // Every byte value beside a space: only the ten digits count.
        // (In a chunk of 32 bytes, across two, and in the bytes after the last.)
        for at in [9, 31, 40, 66] {
            for b in 0..=255u8 {
                let mut bytes = vec![b'x'; 70];
                bytes[at] = b' ';
                bytes[at + 1] = b;
                let mut got = Vec::new();
                spaces_before_digits(&bytes, |p| got.push(p));
                let want = if b.is_ascii_digit() { vec![at] } else { vec![] };
                assert_eq!(got, want, "{b} at {at}");
            }
        }
    }

    #[test]
    fn scores_are_not_times_of_day() {
        assert_eq!(score_at_start(" 2-0 Cologne"), Some(5));
        assert_eq!(score_at_start(" 1:1 Bielefeld"), Some(5));
        assert_eq!(score_at_start(" 98:87 Alba"), Some(7));
        assert_eq!(score_at_start(" 10:30 Uhr"), None);
        assert_eq!(score_at_start(" 2-0 win"), None);
    }

    #[test]
    fn acronyms_fit_the_starts_of_the_words() {
        assert!(acronym_fits("fp", &["foro", "penal"]));
        assert!(acronym_fits("fope", &["foro", "penal"]));
        assert!(acronym_fits("cne", &["consejo", "nacional", "electoral"]));
        assert!(acronym_fits(
            "unhcr",
            &["un", "high", "commissioner", "for", "refugees"]
        ));
        assert!(acronym_fits(
            "bbc",
            &["british", "broadcasting", "corporation"]
        ));
        assert!(!acronym_fits("oask", &["kyieva"]));
        assert!(!acronym_fits("unrwa", &["palestine"]));
        assert!(!acronym_fits("fpx", &["foro", "penal"]));
        assert!(!acronym_fits("f", &["foro", "penal"]));
    }
}
