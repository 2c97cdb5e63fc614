//! Discovery: the people and organisations of a corpus that no gazetteer knows yet,
//! proposed as gazetteer entries (`nomen entities discover`).
//!
//! Two passes over the documents, the grouping done by the linker itself:
//!
//! 1. **Candidates** ([`candidates`], on any thread, then [`Collector::add`]): runs of
//!    capitalised words with name connectors, defined acronyms, `SURNAME, Given`,
//!    with the evidence around them (roles and honorifics, locatives, a surname
//!    repeated alone later), skipping what the gazetteer in use already links. The
//!    collector counts documents per candidate and, per word, the documents where it
//!    is written in lowercase.
//! 2. **Seeds** ([`Collector::seeds`]): the corpus decides what is a name. A word seen
//!    lowercase elsewhere in the corpus is not a name on its own, and not the first
//!    word of a name when the name only ever starts a sentence there (`Durante`,
//!    `Según`). The remaining candidates are grouped with the resolver's name
//!    comparison ([`crate::compare_parsed`]): a shorter spelling joins the one longer
//!    name it is a part of (`Edmundo González` → `Edmundo González Urrutia`, `Erickson`
//!    → `Daniel B. Erickson`) when it keeps that name's surname (people) or its head
//!    word (organisations); one that fits two different longer names (`González` of
//!    two people) joins neither and is left to the linker, document by document. A
//!    person's whole name that a longer one adds a surname to (`Mei Brown`, `Mei
//!    Pérez Brown`) joins it only when a document names both: otherwise two people.
//! 3. **Linking** ([`Seeds::gazetteer`] plus the known entities, in a [`crate::Linker`],
//!    then [`Tally::add`]): every document is linked again, so the linker's rules
//!    gather the spellings: accents and case, reordered and comma-inverted names,
//!    initials, a surname alone after the full name in the same document, possessives,
//!    inflected and transcribed forms. The same pass ([`Scanner`]) counts the documents
//!    that write a name made of common words in lowercase (`el medio ambiente`
//!    beside `Medio Ambiente`; never `comisión europea`): such a name is proposed only
//!    when its lowercase form is rare.
//! 4. **Proposals** ([`Tally::proposals`]): one gazetteer entry per seed that links in
//!    enough documents, with the most complete frequent spelling as its name, the others
//!    as aliases, a kind with the evidence for it, example contexts and a confidence.
//!
//! Memory: the candidates are counted in a map that is pruned of candidates seen in one
//! document when it passes [`Options::max_candidates`]; the word table grows with the
//! vocabulary (a few hundred thousand words for a gigabyte of news).

mod known;
mod script;
mod spans;
mod store;
mod words;

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;

use crate::gazetteer::{Entity, Gazetteer, Kind};
use crate::name::{is_generic_word, legal_form, parse_name, NameParts};
use crate::resolve::{compare_parsed, Status, Via};
use crate::{DocumentLinks, Field, Rule};

pub use spans::{candidates, Candidate, DocCandidates, Evidence};
pub use store::{CandidateStore, MentionStore};

/// Options of a discovery.
#[derive(Debug, Clone)]
pub struct Options {
    /// Propose only entities linked in at least this many documents. Default: 2.
    pub min_docs: u32,
    /// Prune the candidate table of one-document candidates when it holds more than
    /// this many. Default: 2,000,000.
    pub max_candidates: usize,
    /// Example contexts kept per proposal. Default: 3.
    pub examples: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_docs: 2,
            max_candidates: 2_000_000,
            examples: 3,
        }
    }
}

/// A candidate's counts over the corpus.
#[derive(Debug, Clone, Default)]
struct Stats {
    docs: u32,
    /// Documents where it was seen inside a sentence (its capital is evidence).
    inside: u32,
    spellings: HashMap<String, u32>,
    roles: HashMap<String, u32>,
    acronyms: HashMap<String, u32>,
    locative: u32,
    surname_later: u32,
    acronym_shape: u32,
    numeric: u32,
    indefinite: u32,
    /// Documents where it came right after a possessive determiner (`their GDP`).
    possessive: u32,
    words: Vec<String>,
    /// Documents where a word naming a class of events, laws or indices came right
    /// before it (`el índice Nasdaq`, `el torneo de Roland Garros`).
    event_before: u32,
    /// Documents where it came after a lowercase noun for a kind of body (`la
    /// asociación civil peruana Transparencia`).
    body_before: u32,
    /// Documents where it was one short word with a dot and a name after it, and
    /// where it was not (`Sen. Thom Tillis`).
    dotted: u32,
    undotted: u32,
    /// Documents where it came right after a role word and a particle (`ministro de
    /// Asuntos Exteriores`).
    role_complement: u32,
    /// Documents where it was seen in a text that capitalises its nouns.
    noun_text: u32,
    /// Documents where it was an acronym defined after the lowercase words it spells
    /// (`una oferta pública de adquisición de acciones (OPA)`).
    term: u32,
    /// Documents where it came after a role word and a particle, run into a name cut
    /// off it (`la ex ministra de Asuntos Sociales Matilde Fernández`): counted for a
    /// name made of common words only (`el consejero del Banco Regional Andino
    /// Eusebio Marcos` names a body).
    cut_complement: u32,
    /// Documents where the acronym its initials spell was a candidate too
    /// (`Partido Popular` in a document that names the `PP`).
    with_acronym: u32,
    /// Documents where it came right after a definite article (`el Gobierno`).
    definite: u32,
    /// Documents where it was seen in a text that writes definite articles.
    article_text: u32,
    /// The longer candidates named in the same document that start with its first
    /// word and hold all its words in order, by key, with the documents where both
    /// were named (`mei perez brown` for `Mei Brown`): what says that a shorter
    /// person's name is the longer one's (see [`part_of`]).
    with_longer: HashMap<String, u32>,
}

impl Stats {
    fn absorb(&mut self, o: Stats) {
        self.docs += o.docs;
        self.inside += o.inside;
        for (k, v) in o.spellings {
            *self.spellings.entry(k).or_default() += v;
        }
        for (k, v) in o.roles {
            *self.roles.entry(k).or_default() += v;
        }
        for (k, v) in o.acronyms {
            *self.acronyms.entry(k).or_default() += v;
        }
        for (k, v) in o.with_longer {
            *self.with_longer.entry(k).or_default() += v;
        }
        self.locative += o.locative;
        self.surname_later += o.surname_later;
        self.acronym_shape += o.acronym_shape;
        self.numeric += o.numeric;
        self.indefinite += o.indefinite;
        self.possessive += o.possessive;
        self.event_before += o.event_before;
        self.body_before += o.body_before;
        self.dotted += o.dotted;
        self.undotted += o.undotted;
        self.role_complement += o.role_complement;
        self.noun_text += o.noun_text;
        self.cut_complement += o.cut_complement;
        self.term += o.term;
        self.with_acronym += o.with_acronym;
        self.definite += o.definite;
        self.article_text += o.article_text;
    }
}

/// Pass 1: the candidates of the whole corpus and the case of its words.
#[derive(Debug, Default)]
pub struct Collector {
    candidates: HashMap<String, Stats>,
    /// Folded word → documents where it was written in lowercase.
    lowercase: HashMap<String, u32>,
    /// Folded word → documents where it was written in lowercase other than right
    /// after a content word in lowercase (`el gobierno`, `de la junta`): as a noun.
    lowercase_nouns: HashMap<String, u32>,
    /// Folded word → documents where it was capitalised as a noun (alone inside a
    /// sentence of a text that capitalises its nouns).
    nouns: HashMap<String, u32>,
    documents: u64,
    pruned: u64,
    max_candidates: usize,
}

impl Collector {
    /// An empty collector.
    pub fn new(options: &Options) -> Collector {
        Collector {
            max_candidates: options.max_candidates.max(1),
            ..Collector::default()
        }
    }

    /// Counts one document's candidates.
    pub fn add(&mut self, doc: DocCandidates) {
        self.documents += 1;
        // The acronyms named in the document, for the names whose initials spell one.
        let acronyms: Vec<&str> = doc
            .candidates
            .iter()
            .filter(|c| c.words.len() == 1 && c.evidence.acronym_shape)
            .map(|c| c.key.as_str())
            .collect();
        let with_acronym: Vec<bool> = doc
            .candidates
            .iter()
            .map(|c| {
                c.words.len() >= 2 && {
                    let initials = initials_of(&c.words);
                    acronyms.contains(&initials.as_str())
                }
            })
            .collect();
        let with_longer = longer_in_document(&doc.candidates);
        for w in doc.lowercase {
            *self.lowercase.entry(w).or_default() += 1;
        }
        for w in doc.lowercase_nouns {
            *self.lowercase_nouns.entry(w).or_default() += 1;
        }
        for w in doc.nouns {
            *self.nouns.entry(w).or_default() += 1;
        }
        for ((c, with_acronym), longer) in doc
            .candidates
            .into_iter()
            .zip(with_acronym)
            .zip(with_longer)
        {
            let s = self.candidates.entry(c.key).or_default();
            if s.words.is_empty() {
                s.words = c.words;
            }
            s.docs += 1;
            s.inside += u32::from(!c.only_initial);
            *s.spellings.entry(c.text).or_default() += 1;
            for r in c.evidence.roles {
                *s.roles.entry(r).or_default() += 1;
            }
            if let Some(a) = c.evidence.acronym {
                *s.acronyms.entry(a).or_default() += 1;
            }
            for k in longer {
                *s.with_longer.entry(k).or_default() += 1;
            }
            s.locative += u32::from(c.evidence.locative);
            s.surname_later += u32::from(c.evidence.surname_later);
            s.acronym_shape += u32::from(c.evidence.acronym_shape);
            s.numeric += u32::from(c.evidence.numeric);
            s.indefinite += u32::from(c.evidence.indefinite);
            s.possessive += u32::from(c.evidence.possessive);
            s.event_before += u32::from(c.evidence.event_before);
            s.body_before += u32::from(c.evidence.body_before);
            s.dotted += u32::from(c.evidence.dotted);
            s.undotted += u32::from(c.evidence.undotted);
            s.role_complement += u32::from(c.evidence.role_complement);
            s.noun_text += u32::from(c.evidence.noun_text);
            s.term += u32::from(c.evidence.term);
            s.with_acronym += u32::from(with_acronym);
            s.definite += u32::from(c.evidence.definite);
            s.article_text += u32::from(c.evidence.article_text);
        }
        self.prune();
    }

    /// Drops the one-document candidates when the table holds more than the limit.
    fn prune(&mut self) {
        if self.candidates.len() > self.max_candidates {
            let before = self.candidates.len();
            self.candidates.retain(|_, s| s.docs > 1);
            self.pruned += (before - self.candidates.len()) as u64;
        }
    }

    /// Documents counted.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// Distinct candidates held.
    pub fn len(&self) -> usize {
        self.candidates.len()
    }

    /// True when no candidate was found.
    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// One-document candidates dropped to bound memory.
    pub fn pruned(&self) -> u64 {
        self.pruned
    }

    /// Documents where `word` was written as a common word: in lowercase, or
    /// capitalised as a noun.
    fn lower(&self, word: &str) -> u32 {
        self.lowercase_only(word) + self.nouns.get(word).copied().unwrap_or(0)
    }

    /// Documents where `word` was capitalised as a noun.
    fn nouns(&self, word: &str) -> u32 {
        self.nouns.get(word).copied().unwrap_or(0)
    }

    /// Documents where `word` was written in lowercase.
    fn lowercase_only(&self, word: &str) -> u32 {
        self.lowercase.get(word).copied().unwrap_or(0)
    }

    /// Documents where `word` was written in lowercase as a noun: other than right
    /// after a content word in lowercase.
    fn lowercase_nouns_only(&self, word: &str) -> u32 {
        self.lowercase_nouns.get(word).copied().unwrap_or(0)
    }

    /// Per word, the documents of the candidates it is a word of (summed over the
    /// candidates): how often the corpus capitalises it in a name.
    fn capitalised(&self) -> HashMap<&str, u32> {
        let mut out: HashMap<&str, u32> = HashMap::new();
        for s in self.candidates.values() {
            for w in &s.words {
                *out.entry(w.as_str()).or_default() += s.docs;
            }
        }
        out
    }

    /// True when `word` is almost never written as a common word: never, or in one
    /// document for twenty of the candidates it is capitalised in (`Don Juan carlos`,
    /// a slip, beside `Carlos` in dozens of names). `capitalised` is
    /// [`Collector::capitalised`].
    fn rarely_lower(&self, word: &str, capitalised: &HashMap<&str, u32>) -> bool {
        let lower = self.lower(word);
        lower == 0 || lower * 20 <= capitalised.get(word).copied().unwrap_or(0)
    }

    /// Words the corpus and the known gazetteer show as given names: the first word of
    /// a name of two words or more with evidence of a person (a role before it, its
    /// last word alone later), that `rarely_lower` says is no common word; the given
    /// names of the known people.
    fn given_names(
        &self,
        known: &crate::Linker,
        rarely_lower: impl Fn(&str) -> bool,
    ) -> std::collections::HashSet<String> {
        let mut out = std::collections::HashSet::new();
        for s in self.candidates.values() {
            if s.words.len() >= 2 && s.inside > 0 && (!s.roles.is_empty() || s.surname_later > 0) {
                let w = &s.words[0];
                if rarely_lower(w)
                    && !crate::name::is_particle(w)
                    && !crate::name::is_stopword(w)
                    && !crate::name::is_honorific(w)
                {
                    out.insert(w.clone());
                }
            }
        }
        for e in known
            .gazetteer()
            .entities()
            .iter()
            .filter(|e| e.kind == Kind::Person)
        {
            for n in std::iter::once(&e.name).chain(e.aliases.iter()) {
                let p = parse_name(n);
                let c = p.content_given_first();
                if c.len() >= 2 && c[0].role == crate::name::Role::Given && !c[0].is_initial {
                    out.insert(c[0].folded.clone());
                }
            }
        }
        out
    }

    /// The known places' one-word names and aliases, folded and sorted (for demonyms).
    fn place_words(known: &crate::Linker) -> Vec<String> {
        let mut out: Vec<String> = known
            .gazetteer()
            .entities()
            .iter()
            .filter(|e| e.kind == Kind::Place)
            .flat_map(|e| std::iter::once(&e.name).chain(e.aliases.iter()))
            .map(|n| nomen_fold::fold(n).into_owned())
            .filter(|f| !f.is_empty() && f.chars().all(char::is_alphanumeric))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Pass 1's verdict: the candidates that are names, grouped by entity.
    pub fn seeds(self, known: &crate::Linker, options: &Options) -> Seeds {
        let seed_docs = options.min_docs.clamp(1, 2);
        // 1. A first word that only ever starts a sentence and is seen lowercase
        //    elsewhere is not part of the name (`Según Pedro Sánchez`).
        // (In the order of their keys: candidates that fold to one key keep the
        // words of the first, so the order is part of the result.)
        let mut names: HashMap<String, Stats> = HashMap::new();
        let mut ordered: Vec<(&String, &Stats)> = self.candidates.iter().collect();
        ordered.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (key, mut s) in ordered.into_iter().map(|(k, s)| (k.clone(), s.clone())) {
            let mut words = s.words.clone();
            // ... or when the rest is a name seen inside sentences
            // (`Hablaron Inés Parra` beside `... con Inés Parra`).
            let rest_is_name = words.len() > 1
                && self
                    .candidates
                    .get(&words[1..].join(" "))
                    .is_some_and(|r| r.inside > 0);
            // (Not a name that defines an acronym of its words: the acronym spells its
            // capitals, `British Petroleum ( BP )` starting a line.)
            if s.inside == 0 && s.acronyms.is_empty() && (self.lower(&words[0]) > 0 || rest_is_name)
            {
                words.remove(0);
                while words
                    .first()
                    .is_some_and(|w| crate::name::is_particle(w) || crate::name::is_stopword(w))
                {
                    words.remove(0);
                }
                if words.is_empty() {
                    continue;
                }
                // The spelling loses its first word too.
                s.spellings = s
                    .spellings
                    .into_iter()
                    .filter_map(|(t, n)| {
                        let rest = drop_words(&t, s.words.len() - words.len())?;
                        Some((rest, n))
                    })
                    .collect();
                // What is left was never seen starting a sentence; a word left alone
                // is nobody's surname.
                s.inside = s.docs;
                if words.len() == 1 {
                    s.surname_later = 0;
                }
                s.words = words;
                let key = s.words.join(" ");
                names.entry(key).or_default().absorb_keyed(s);
                continue;
            }
            names.entry(key).or_default().absorb_keyed(s);
        }
        // A run of two names side by side (`Banco Central Europeo Eugenio Domingo
        // Solans`): both halves are names of their own in more documents.
        let split: Vec<(String, usize)> = names
            .iter()
            .filter(|(_, s)| s.words.len() >= 3)
            .filter_map(|(k, s)| {
                (1..s.words.len()).find_map(|i| {
                    let (a, b) = (s.words[..i].join(" "), s.words[i..].join(" "));
                    let more = |x: &str| {
                        names
                            .get(x)
                            .is_some_and(|o| o.docs > s.docs && o.inside > 0)
                    };
                    (more(&a) && more(&b)).then(|| (k.clone(), i))
                })
            })
            .collect();
        // A role's complement run into a name (`el juez de la Audiencia Nacional
        // Carlos Bueren`, `la ministra de Cultura Carmen Alborch`): the run ends in a
        // name of two words or more seen on its own in other documents, or in a given
        // name and a surname after an organisation's head words (two words or more,
        // the first a common noun elsewhere: `Banco Central Europeo Eugenio Domingo
        // Solans`), and the word before it is a common noun elsewhere in the corpus
        // (not a given name: `Edmundo González Urrutia` beside `González Urrutia`
        // stays whole).
        let givens = self.given_names(known, |w| self.lower(w) == 0);
        // The same, with a word written in lowercase in a few documents (`Don Juan
        // carlos`, a slip): for a member after a body named alone elsewhere, where
        // the body is evidence enough.
        let capitalised = self.capitalised();
        let rarely_lower = |w: &str| self.rarely_lower(w, &capitalised);
        let member_givens = self.given_names(known, rarely_lower);
        // Per word, the names of two words or more that it starts, without a
        // particle after it.
        let mut starts_names: HashMap<&str, u32> = HashMap::new();
        for s in names.values() {
            if s.words.len() >= 2 && !crate::name::is_particle(&s.words[1]) {
                *starts_names.entry(s.words[0].as_str()).or_default() += 1;
            }
        }
        let mut split = split;
        for (k, s) in names.iter().filter(|(_, s)| s.words.len() >= 3) {
            if split.iter().any(|(x, _)| x == k) {
                continue;
            }
            let common = |w: &String| !crate::name::is_particle(w) && !crate::name::is_stopword(w);
            let found = (1..s.words.len() - 1).find(|&i| {
                let before = &s.words[i - 1];
                if !common(before) {
                    return false;
                }
                let b = s.words[i..].join(" ");
                // (Seen on its own inside sentences in a quarter as many documents as
                // the run at least: not `Social Rhein`, left of `Asociación Social
                // Rhein` where the run started a sentence with a word dropped as a
                // common word, once inside a sentence against the run's 532.)
                // (Nor before an initial: a middle initial follows a given name,
                // `Julia A. Tanaka`, where the corpus writes `julia` in lowercase
                // too.)
                if self.lower(before) > 0
                    && s.words[i].chars().count() > 1
                    && names
                        .get(&b)
                        .is_some_and(|o| o.docs >= 2 && o.inside > 0 && o.inside * 4 >= s.inside)
                {
                    return true;
                }
                // After an organisation's head words: a given name, or a name seen
                // alone in one other document.
                // (A common noun in several documents: not `José`, seen lowercase
                // once in an address.)
                let head_words = i >= 2
                    && self.lower(&s.words[0]) >= 3
                    && common(&s.words[0])
                    && !givens.contains(&s.words[0])
                    && self.lower(&s.words[i]) == 0
                    && common(&s.words[i + 1])
                    && (givens.contains(&s.words[i])
                        || names.get(&b).is_some_and(|o| o.inside > 0));
                // A given name and a surname after a name seen on its own in more
                // documents (`el juez de la Audiencia Nacional Carlos Bueren`, `el
                // defensa del Celta Sergio Fernández`), or after an acronym seen so
                // (`de UCE Emilio Guerrero`): the body, then its member. (Not after a
                // given name, `José Luis Rodríguez`, nor after a word for a kind of
                // body alone, `Fundación Pablo Iglesias`.)
                let seen_alone =
                    |key: &str| names.get(key).is_some_and(|o| o.docs >= 2 && o.inside > 0);
                // (One word before: one that starts no other name of two words
                // without a particle, as a given name does: not `Michel François
                // Poncet`.)
                let member = member_givens.contains(&s.words[i])
                    && rarely_lower(&s.words[i])
                    && !givens.contains(before)
                    && !(i == 1
                        && (is_generic_word(before)
                            || starts_names.get(before.as_str()).is_some_and(|&n| n > 1)))
                    && (seen_alone(&s.words[..i].join(" "))
                        || (seen_alone(before)
                            && names.get(before).is_some_and(|o| o.acronym_shape > 0)));
                head_words || member
            });
            split.extend(found.map(|i| (k.clone(), i)));
        }
        // Longest runs first: a half of one may be a shorter run split in turn, which
        // then takes its documents along (in the order of a hash map, the shorter
        // run was sometimes split first and the half came back as a name of its
        // own: `Sofía L. Jiménez`, in 273 documents of the generated corpus, was
        // proposed in one run of two).
        split.sort_unstable_by(|(a, _), (b, _)| {
            let words = |k: &String| k.split(' ').count();
            words(b).cmp(&words(a)).then(a.cmp(b))
        });
        split.dedup();
        for (k, i) in split {
            let Some(s) = names.remove(&k) else {
                continue;
            };
            for (half, range) in [(s.words[..i].to_vec(), 0), (s.words[i..].to_vec(), 1)] {
                let key = half.join(" ");
                if let Some(h) = names.get_mut(&key) {
                    h.docs += s.docs;
                    h.inside += s.inside;
                    if range == 0 {
                        // The role before the run is the first half's.
                        h.cut_complement += s.role_complement + s.cut_complement;
                    }
                    continue;
                }
                // A half not seen alone: a name of its own now, with the spellings
                // cut from the run's.
                let spellings = s
                    .spellings
                    .iter()
                    .filter_map(|(t, n)| {
                        let tail = drop_words(t, i)?;
                        let text = if range == 1 {
                            tail
                        } else {
                            t[..t.len() - tail.len()].trim_end().to_string()
                        };
                        (!text.is_empty()).then_some((text, *n))
                    })
                    .collect();
                names.insert(
                    key,
                    Stats {
                        docs: s.docs,
                        inside: s.inside,
                        spellings,
                        // Roles before the run are the organisation's.
                        cut_complement: if range == 0 {
                            s.role_complement + s.cut_complement
                        } else {
                            0
                        },
                        words: half,
                        ..Stats::default()
                    },
                );
            }
        }
        // A name with its place (`Cámara de Representantes de EEUU` beside
        // `Cámara de Representantes`, `Palacio de la Magdalena de Santander`): the
        // words before the place's particle are a name of two words or more seen on
        // its own in as many documents or more, and the place is a known name or
        // seen after a locative: the name's documents count for that name, and the
        // place is linked on its own.
        let placelike_word = |w: &str| {
            names
                .get(w)
                .is_some_and(|o| o.locative > 0 && o.roles.is_empty())
        };
        let mut with_place: Vec<(String, String)> = names
            .iter()
            .filter(|(_, s)| s.words.len() >= 4 && s.roles.is_empty() && s.acronyms.is_empty())
            .filter_map(|(k, s)| {
                let p = s.words.iter().rposition(|w| crate::name::is_particle(w))?;
                let head = s.words[..p]
                    .iter()
                    .rposition(|w| !crate::name::is_particle(w))
                    .map(|e| &s.words[..=e])?;
                let place = &s.words[p + 1..];
                let content = head
                    .iter()
                    .filter(|w| !crate::name::is_particle(w) && !crate::name::is_stopword(w))
                    .count();
                let head_key = head.join(" ");
                let seen = names
                    .get(&head_key)
                    .is_some_and(|o| o.docs >= s.docs && o.inside > 0);
                if content < 2 || !seen || place.is_empty() {
                    return None;
                }
                // (The place as written, linked alone by the known gazetteer: `EEUU`
                // is no full name of it, but an abbreviation it links.)
                let written = drop_words(&best_spelling(&s.spellings), p + 1)?;
                let links = known.link_document("", &written);
                let known_place = links.mentions.iter().any(|m| {
                    m.start == 0
                        && m.end == written.len()
                        && known
                            .gazetteer()
                            .get(&m.entity)
                            .is_some_and(|e| e.kind == Kind::Place)
                });
                let is_place = known_place || (place.len() == 1 && placelike_word(&place[0]));
                is_place.then(|| (k.clone(), head_key))
            })
            .collect();
        with_place.sort_unstable();
        for (k, head) in with_place {
            let Some(s) = names.remove(&k) else {
                continue;
            };
            if let Some(h) = names.get_mut(&head) {
                h.docs += s.docs;
                h.inside += s.inside;
                h.role_complement += s.role_complement;
            }
        }
        // 2. Names with enough documents and case evidence.
        let places = Self::place_words(known);
        let other_scripts = names.values().any(|s| {
            s.spellings.keys().any(|t| {
                matches!(
                    script::of(t),
                    Some(crate::inflect::Script::Cyrillic | crate::inflect::Script::Greek)
                )
            })
        });
        let known_names = known::KnownNames::new(known.gazetteer(), other_scripts);
        let mut kept: Vec<Seed> = Vec::new();
        // One-word names seen after a locative preposition and never after a role:
        // a name ending in one after a particle (`Diputación Foral de Álava`) is
        // not a person whose surname comes alone later (`en Álava`).
        let placelike: std::collections::HashSet<String> = names
            .iter()
            .filter(|(_, s)| s.words.len() == 1 && s.locative > 0 && s.roles.is_empty())
            .map(|(k, _)| k.clone())
            .collect();
        // One-word names seen inside sentences, for plurals.
        let singles: std::collections::HashSet<String> = names
            .iter()
            .filter(|(_, s)| s.words.len() == 1 && s.inside > 0)
            .map(|(k, _)| k.clone())
            .collect();
        // Per name, the documents and role complements of the longer names that
        // continue it after a particle (`Tesoro` of `secretario del Tesoro de EEUU`):
        // a portfolio named with its country is the same portfolio.
        let mut continued: HashMap<String, (u32, u32)> = HashMap::new();
        for s in names.values().filter(|s| s.role_complement > 0) {
            for (i, w) in s.words.iter().enumerate().skip(1) {
                if crate::name::is_particle(w) {
                    let c = continued.entry(s.words[..i].join(" ")).or_default();
                    c.0 += s.docs;
                    c.1 += s.role_complement;
                }
            }
        }
        // Per name, the documents of the longer names of a department that hold it
        // as their complement, after a particle or a conjunction (`Asuntos Sociales`
        // of `Consejería de Asuntos Sociales`, of `Ministerio de Trabajo y Asuntos
        // Sociales`): a portfolio there, as after a role in lowercase.
        let mut departments: HashMap<String, u32> = HashMap::new();
        for s in names.values() {
            if s.words.len() < 3 || !words::is_department(&s.words[0]) {
                continue;
            }
            let joint = |w: &String| crate::name::is_particle(w) || spans::is_conjunction_word(w);
            // (The complements right after its first particle, joined by
            // conjunctions: not what follows another particle, `Alcázar` of
            // `Consejería de Obras Públicas y el Ayuntamiento de Alcázar`; not a
            // department named after it, `Ministerio de Agricultura` of `Secretaría
            // General del Ministerio de Agricultura`.)
            let Some(first) = s.words.iter().position(|w| crate::name::is_particle(w)) else {
                continue;
            };
            let mut i = first + 1;
            while i < s.words.len() && !joint(&s.words[i]) && !words::is_department(&s.words[i]) {
                let j = (i + 1..s.words.len())
                    .find(|&j| joint(&s.words[j]))
                    .unwrap_or(s.words.len());
                *departments.entry(s.words[i..j].join(" ")).or_default() += s.docs;
                if j + 1 >= s.words.len() || !spans::is_conjunction_word(&s.words[j]) {
                    break;
                }
                i = j + 1;
            }
        }
        // Words that start three names of people or more (by a role before them or
        // their last word alone later).
        let mut first_of_people: HashMap<String, u32> = HashMap::new();
        for s in names.values() {
            if s.words.len() >= 2 && s.inside > 0 && (!s.roles.is_empty() || s.surname_later > 0) {
                *first_of_people.entry(s.words[0].clone()).or_default() += 1;
            }
        }
        // Per word, the names of people it starts, and the documents with evidence of
        // a person there (a role before the name, its last word alone later): a given
        // name when it starts three such names or more and that evidence is as
        // frequent as the word in lowercase (a given name that is a common word too,
        // `rosa`, or the generated corpus's lowercase filler; not `Real` of `Real
        // Madrid`, `Real Zaragoza`, whose last words come alone later in some of
        // their documents, beside hundreds of documents with `real`).
        let mut person_first: HashMap<String, (u32, u32)> = HashMap::new();
        for s in names.values() {
            if s.words.len() >= 2
                && s.inside > 0
                && !crate::name::is_particle(&s.words[1])
                && !crate::name::is_stopword(&s.words[1])
                && (!s.roles.is_empty() || s.surname_later > 0)
            {
                let e = person_first.entry(s.words[0].clone()).or_default();
                e.0 += 1;
                e.1 += s.roles.values().sum::<u32>() + s.surname_later;
            }
        }
        let given_name_word = |w: &str| {
            givens.contains(w)
                || (!is_generic_word(w)
                    && person_first
                        .get(w)
                        .is_some_and(|&(n, docs)| n >= 3 && docs >= self.lower(w)))
        };
        // Acronyms of common terms: defined after the lowercase words they spell
        // somewhere in the corpus (`una oferta pública de adquisición de acciones
        // (OPA)`).
        let terms: std::collections::HashSet<String> = names
            .iter()
            .filter(|(_, s)| s.term > 0 && s.words.len() == 1)
            .map(|(k, _)| k.clone())
            .collect();
        let mut names: Vec<(String, Stats)> = names.into_iter().collect();
        names.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (key, mut s) in names {
            if s.docs < seed_docs || s.spellings.is_empty() {
                continue;
            }
            let single = s.words.len() == 1;
            // Dates (`Monday`, `October 5`) and demonyms (`British`, `Palestinians`)
            // are capitalised in English and no names.
            let date_word =
                |w: &String| words::is_calendar(w) || w.chars().all(|c| c.is_ascii_digit());
            if s.words.iter().all(date_word) {
                continue;
            }
            // A weekday or a month beside only words the corpus writes as common
            // words elsewhere (`Dienstag Präsident`, `Rat Dezember`, `Juni mit`: in
            // German every noun is capitalised) is a date in a sentence, no name; a
            // connector keeps a name of common words (`Plaza de Mayo`), and a word
            // never written as a common word keeps a person (`August Bebel`).
            if s.words.iter().any(|w| words::is_calendar(w))
                && s.words
                    .iter()
                    .all(|w| date_word(w) || (self.lower(w) > 0 && !crate::name::is_particle(w)))
            {
                continue;
            }
            // (`South African`, `North American`: a phrase ending in a demonym is
            // an adjective too.)
            if s.roles.is_empty()
                && s.acronyms.is_empty()
                && s.words
                    .last()
                    .is_some_and(|w| words::is_demonym(w, &places))
            {
                continue;
            }
            // Used with an indefinite article (`una OPA`, `an NGO`, `eine SMS`) in a
            // tenth of its documents or more: a common noun. A name of several words
            // after one in a single document of three or more names one sitting or
            // one version of itself there (`en un Consejo de Ministros
            // extraordinario`, `un Real Madrid distinto`): two such documents are
            // needed for it. So is a word after a possessive determiner in two documents and
            // a quarter of its documents or more (`their GDP`, `its GDP`; not `his
            // Florida home` once in eight, nor Italian `su Giorgia Meloni`, "on").
            if (s.indefinite * 10 >= s.docs.max(1) && (s.indefinite >= 2 || single || s.docs < 3))
                || (s.possessive >= 2 && s.possessive * 4 >= s.docs)
            {
                continue;
            }
            // Next to a number in half its documents or more: part of a date, a
            // measure or a code (`January 5`, `5 km`, `EFE MG Mar-23-May`), not a name.
            if s.numeric * 2 >= s.docs {
                continue;
            }
            if single {
                // A single letter is an initial or a symbol, no name: `M.` left
                // before a surname the gazetteer in use links (`M. White` once
                // `Mary White` is known; written without its dot elsewhere, `talla
                // M`, so not taken for a title).
                if s.words[0].chars().count() == 1 {
                    continue;
                }
                // An abbreviated title, never written without its dot (`Sen.`).
                if s.dotted > 0 && s.undotted == 0 {
                    continue;
                }
                // The plural of another capitalised word (`Democrats` beside
                // `Democrat`, `MPs` beside `MP`) names the members of a group or a
                // kind of thing: names do not inflect so. (Unless seen as a place:
                // `en Barajas`.)
                if s.locative == 0 && plural_of_another(&s.words[0], &singles) {
                    continue;
                }
                // Nor is the singular of such a plural (`Republican` beside
                // `Republicans`): one member of the group, or its adjective (after a
                // locative in fewer than half its documents: `a Republican senator`).
                if s.locative * 2 < s.docs
                    && s.acronym_shape == 0
                    && singles.contains(&format!("{}s", s.words[0]))
                {
                    continue;
                }
                // A given name alone (the first word of three people's names or more
                // in this corpus, after a locative in fewer than half its documents,
                // not an acronym: `Miguel`, once in `a Miguel`) names no one in
                // particular.
                if s.locative * 2 < s.docs
                    && s.acronym_shape == 0
                    && s.acronyms.is_empty()
                    && first_of_people.get(&s.words[0]).is_some_and(|&n| n >= 3)
                {
                    continue;
                }
                // An acronym written in capitals in every one of its documents is
                // another word than the common word of the same letters (`USO`, a
                // union, beside `el uso`; `ONCE` beside `once años`): that word's
                // lowercase says nothing of it.
                // A word capitalised without a definite article before it in nine
                // documents of ten or more (`Telefónica anunció`, `en Navarra`; not `el
                // Gobierno`, `la Junta`) is used as a name: its lowercase form counts
                // against it only where it is used as a noun, after an article, a
                // determiner or a preposition (`el gobierno`), not after a noun as an
                // adjective (`una llamada telefónica`, `la capital navarra`).
                // (`Internet`, rarely after an article, is written `de internet`:
                // a noun.) Only in a language that has articles, in most of its
                // documents: Czech `České` takes none, and is an adjective.
                // A word the text introduces by the class of its body in two
                // documents and half its documents or more (`la asociación civil
                // peruana Transparencia`, beside `la transparencia` elsewhere) is that
                // body's name there. (Once is not enough: `la organización Médicos
                // sin Fronteras`, where the run stops at `sin`.)
                let lower = if s.acronym_shape >= s.docs
                    || (s.body_before >= 2 && s.body_before * 2 >= s.docs)
                {
                    0
                } else if s.definite * 10 <= s.inside && s.article_text * 2 > s.docs {
                    self.lowercase_nouns_only(&s.words[0])
                } else {
                    self.lowercase_only(&s.words[0])
                };
                // A word seen lowercase in the corpus is no name on its own, unless
                // the corpus writes it with a capital inside sentences in four times
                // as many documents (not `Gobierno` beside `el gobierno`). Nor is a noun of a text that
                // capitalises its nouns, capitalised alone there in more documents
                // than it is capitalised inside sentences elsewhere (`Polizei`); once
                // in a Spanish text dense with names taken for such a text
                // (`Hidrocantábrico`) it is not.
                if s.inside == 0 || lower * 4 > s.inside || self.nouns(&s.words[0]) > s.inside {
                    continue;
                }
                // A word that names a kind of body (`Corporación`, `Fundación`) alone
                // names a different one in each text, as `Gobierno` does.
                if is_generic_word(&s.words[0]) && s.acronym_shape == 0 {
                    continue;
                }
                // Nor does a club's form (`FC`, `CF`): left alone where a sentence
                // break cut it off its name (`FC .` then `Barcelona 71` in a table of
                // results).
                if crate::link::is_club_form(&s.words[0]) {
                    continue;
                }
            } else if s.inside == 0 && s.roles.is_empty() && s.acronyms.is_empty() {
                // Only ever at the start of a sentence, with no other evidence (an
                // acronym it defines is some).
                continue;
            }
            // The complement of a role in half its documents or more (`el ministro
            // de Asuntos Exteriores`, `the minister of Foreign Affairs`): a portfolio
            // or a field there, not a body of its own. The documents of its longer
            // names after a particle count too when it is such a complement alone
            // somewhere (`secretario del Tesoro` beside `secretario del Tesoro de
            // EEUU`).
            // A department's complement counts as a role's (`Consejería de Asuntos
            // Sociales`), and for a name made of words the corpus writes in lowercase
            // elsewhere a third of its documents says it is a portfolio (`Asuntos
            // Sociales`): such a name needs more to be a body's.
            let (more_docs, more_complements) = match continued.get(&key) {
                Some(&c) if s.role_complement > 0 => c,
                _ => (0, 0),
            };
            let complements = s.role_complement
                + more_complements
                + departments.get(&key).copied().unwrap_or(0).min(s.docs);
            let of_common_words = !single
                && s.words
                    .iter()
                    .filter(|w| !crate::name::is_particle(w) && !crate::name::is_stopword(w))
                    .all(|w| self.lower(w) > 0);
            let (complements, share) = if of_common_words {
                (complements + s.cut_complement, 3)
            } else {
                (complements, 2)
            };
            // (A department itself is a body: `el subsecretario del Ministerio de
            // Agricultura`.)
            if complements * share >= s.docs + more_docs
                && !words::is_department(&s.words[0])
                && s.roles.is_empty()
                && s.acronyms.is_empty()
            {
                continue;
            }
            // Every word lowercase somewhere, none distinctive: a phrase in title case
            // (`Medio Ambiente` beside `el medio ambiente`) or a name made of common
            // words (`Comisión Europea`, `Partido Popular`), unless a role or an
            // acronym says it is a name. The phrase written in lowercase tells them
            // apart: pass 2 looks for it ([`Scanner`]).
            // (In texts that capitalise their nouns, a role before such a run in
            // a few of its documents says nothing: `Präsident Regierung Proteste`
            // is two nouns after a third, `Staat Schulden` after `Präsident` once
            // in eleven documents.)
            let phrase = !single
                && (s.roles.is_empty() || s.noun_text * 2 >= s.docs)
                && s.acronyms.is_empty()
                && s.words
                    .iter()
                    .filter(|w| !crate::name::is_particle(w) && !crate::name::is_stopword(w))
                    .all(|w| self.lower(w) * 2 > s.docs);
            // Such a phrase only ever in capitals is a headline's words. One seen in
            // texts that capitalise their nouns in half its documents (`Wahlen
            // Land`: German never writes its nouns in lowercase, so the lowercase
            // phrase would prove nothing), or with a word that is a common word only
            // as such a noun or of one letter, is no name of common words either.
            let common = |w: &String| !crate::name::is_particle(w) && !crate::name::is_stopword(w);
            if phrase
                && (!s
                    .spellings
                    .keys()
                    .any(|t| t.chars().any(char::is_lowercase))
                    || s.noun_text * 2 >= s.docs
                    || !s
                        .words
                        .iter()
                        .filter(|w| common(w))
                        .all(|w| w.chars().count() >= 2 && self.lowercase_only(w) * 2 > s.docs))
            {
                continue;
            }
            if let [.., particle, last] = s.words.as_slice() {
                if crate::name::is_particle(particle) && placelike.contains(last) {
                    s.surname_later = 0;
                }
            }
            let text = best_spelling(&s.spellings);
            let parts = parse_name(&text);
            if parts.is_empty() {
                continue;
            }
            let evidence = KindEvidence::of(
                &s,
                &parts,
                |w| self.lower(w),
                given_name_word,
                known::is_place_head,
            );
            // The name of an event, a competition, an award, a law or an index (by its
            // head word): grouped and linked, so that its words are no other name, but
            // not proposed, being no person, organisation or place. So is a common
            // term's acronym, and a name that defines it (`Oferta Pública de
            // Adquisición (OPA)` beside `una oferta pública de adquisición de acciones
            // (OPA)`).
            let term = terms.contains(&key)
                || s.acronyms
                    .keys()
                    .any(|a| terms.contains(nomen_fold::fold(a).as_ref()));
            let event =
                (words::is_event_name(&s.words) || s.event_before * 3 >= s.docs.max(1) || term)
                    && s.roles.is_empty()
                    && parts.legal_forms().next().is_none();
            // (Its first word a given name: parsed as one, and never written in
            // lowercase in the corpus.)
            let given_name = {
                let c = content(&parts);
                c.len() >= 2
                    && c[0].role == crate::name::Role::Given
                    && !c[0].is_initial
                    && self.lower(&c[0].folded) == 0
            };
            kept.push(Seed {
                key,
                text,
                given_name,
                parts,
                kind: if event { Kind::Other } else { evidence.kind() },
                event,
                phrase,
                evidence,
                // (A noun capitalised alone in a few texts taken for ones that
                // capitalise their nouns, a table of results or a list of names, is
                // not written in lowercase: `Vizcaya` capitalised alone in one
                // Spanish table.)
                capital_only: s
                    .words
                    .iter()
                    .all(|w| self.lowercase_only(w) == 0 && self.nouns(w) <= s.inside),
                stats: s,
                group: usize::MAX,
            });
        }
        // A name the known gazetteer has whole (one the first pass did not see
        // linked: a context blocked it, or several entities have it) is not
        // proposed again.
        // Nor is one that is a known entity's name read in another script, or an
        // initial with a known person's surname ([`known`]).
        // Nor is an acronym the known gazetteer links alone as written (`USA`, a
        // known country's, seen where the linker left it: `USA-weit`).
        // (In capitals: the spelling kept may be another, `Usa` of the Italian press.)
        let known_acronym = |s: &Seed| {
            let caps = s.text.to_uppercase();
            s.stats.words.len() == 1
                && s.stats.acronym_shape > 0
                && known
                    .link_document("", &caps)
                    .mentions
                    .iter()
                    .any(|m| m.start == 0 && m.end == caps.len())
        };
        kept.retain(|s| {
            !known.knows_name(&s.text)
                && !known_names.initial_and_known_surname(&s.parts)
                && !known_names.reads_as_known(&s.text, &s.parts)
                && !known_acronym(s)
        });
        group(kept, &givens)
    }
}

impl Stats {
    fn absorb_keyed(&mut self, s: Stats) {
        if self.words.is_empty() {
            self.words = s.words.clone();
        }
        self.absorb(s);
    }
}

/// For each candidate of one document (two words or more), the keys of the longer
/// candidates of that document that start with its first word and hold all its words
/// in order (`mei perez brown` for `mei brown`, `edmundo gonzalez urrutia` for
/// `edmundo gonzalez`).
fn longer_in_document(candidates: &[Candidate]) -> Vec<Vec<String>> {
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in candidates.iter().enumerate() {
        if c.words.len() >= 2 {
            by_first.entry(c.words[0].as_str()).or_default().push(i);
        }
    }
    candidates
        .iter()
        .map(|c| {
            if c.words.len() < 2 {
                return Vec::new();
            }
            by_first[c.words[0].as_str()]
                .iter()
                .map(|&j| &candidates[j])
                .filter(|l| l.words.len() > c.words.len() && in_order(&c.words, &l.words))
                .map(|l| l.key.clone())
                .collect()
        })
        .collect()
}

/// True when every word of `short` is in `long`, in the same order.
fn in_order(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// The initials of a name's folded words, particles and stopwords left out
/// (`partido popular` → `pp`, `ministerio de trabajo y asuntos sociales` → `mtas`).
fn initials_of(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !crate::name::is_particle(w) && !crate::name::is_stopword(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// True when `word` is the plural (`-s`) of another word in `singles`, with two
/// letters or more before the ending (`Democrats` of `Democrat`, `MPs` of `MP`).
fn plural_of_another(word: &str, singles: &std::collections::HashSet<String>) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| stem.chars().count() >= 2 && singles.contains(stem))
}

/// `text` without its first `n` words (whitespace-separated, after the first
/// spelling's word boundaries); `None` when nothing is left.
fn drop_words(text: &str, n: usize) -> Option<String> {
    let mut rest = text;
    for _ in 0..n {
        let cut = rest.find(|c: char| !nomen_fold::is_word_char(c))?;
        rest = rest[cut..].trim_start_matches(|c: char| !nomen_fold::is_word_char(c));
    }
    // Leading particles went with the word.
    loop {
        let first = rest.split(' ').next()?;
        let f = nomen_fold::fold(first);
        if !first.chars().next()?.is_lowercase() || f.is_empty() {
            break;
        }
        rest = rest[first.len()..].trim_start();
    }
    (!rest.is_empty()).then(|| rest.to_string())
}

/// The spelling to show: the most frequent, mixed case before ALL CAPS.
fn best_spelling(spellings: &HashMap<String, u32>) -> String {
    spellings
        .iter()
        .max_by(|a, b| {
            let caps = |t: &str| t.chars().any(|c| c.is_lowercase());
            (caps(a.0), a.1, std::cmp::Reverse(a.0)).cmp(&(caps(b.0), b.1, std::cmp::Reverse(b.0)))
        })
        .map(|(t, _)| t.clone())
        .unwrap_or_default()
}

/// The evidence for each kind, as counts of documents.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct KindEvidence {
    /// Evidence of a person: `role word before it: ministro (3)`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub person: Vec<String>,
    /// Evidence of an organisation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub organization: Vec<String>,
    /// Evidence of a place.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub place: Vec<String>,
    #[serde(skip)]
    score: [u32; 3],
}

impl KindEvidence {
    /// `lower` counts the documents that write a folded word in lowercase; `given`
    /// says whether a folded word is a given name (of known people, or the first word
    /// of several people's names in the corpus); `place_head` whether it starts the
    /// names of places ([`known::is_place_head`]).
    fn of(
        s: &Stats,
        parts: &NameParts,
        lower: impl Fn(&str) -> u32,
        given: impl Fn(&str) -> bool,
        place_head: impl Fn(&str) -> bool,
    ) -> KindEvidence {
        let mut e = KindEvidence::default();
        let mut roles: Vec<(&String, &u32)> = s.roles.iter().collect();
        roles.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (r, n) in roles.iter().take(3) {
            e.person.push(format!("role or title before it: {r} ({n})"));
            e.score[0] += **n * 2;
        }
        if s.surname_later > 0 {
            e.person.push(format!(
                "its last word alone later in the document ({})",
                s.surname_later
            ));
            e.score[0] += s.surname_later;
        }
        let content: Vec<_> = parts.content().collect();
        if let Some(f) = parts.legal_forms().next() {
            e.organization.push(format!("legal form: {}", f.original));
            e.score[1] += s.docs * 2;
        }
        // A club's form is one too (`FC Barcelona`, `Valencia CF`).
        if let Some(f) = content
            .iter()
            .find(|p| crate::link::is_club_form(&p.folded))
        {
            e.organization
                .push(format!("a club's form: {}", f.original));
            e.score[1] += s.docs * 2;
        }
        if let Some(g) = content.iter().find(|p| is_generic_word(&p.folded)) {
            e.organization
                .push(format!("a word of organisation names: {}", g.original));
            e.score[1] += s.docs;
        }
        // A head word the corpus writes in lowercase elsewhere (`Ministerio`,
        // `Universidad`, `Fundación`) names a body or a place, not a person.
        // (Not an initial: `A. Østergaard` has no head word. Not a given name,
        // which a corpus may write in lowercase as a common word too: `rosa`,
        // `fatima`. Not a place's head: `Puerto` of `Puerto Cabello` beside `el
        // puerto`.)
        let head = content.first().filter(|h| !h.is_initial);
        if let Some(h) = head.filter(|h| content.len() > 1 && place_head(&h.folded)) {
            e.place
                .push(format!("its first word starts place names: {}", h.original));
            e.score[2] += s.docs;
        }
        if content.len() > 1 {
            if let Some(head) = head.filter(|h| !given(&h.folded) && !place_head(&h.folded)) {
                let n = lower(&head.folded);
                if n > 0 && legal_form(&head.folded).is_none() {
                    e.organization.push(format!(
                        "its first word is a common noun elsewhere: {} ({n} documents in lowercase)",
                        head.original
                    ));
                    e.score[1] += s.docs.min(n);
                }
            }
        }
        // A word after a particle that the corpus writes in lowercase (`Concejalía
        // de Cultura`): the name of a body, not a surname. (A particle after a head
        // word: an article that starts the name, `Los Wickhurst`, has no head before
        // it to be the complement of.)
        let after_particle = parts
            .parts
            .windows(2)
            .enumerate()
            .filter(|(i, w)| {
                w[0].role == crate::name::Role::Particle
                    && w[1].is_content()
                    && parts.parts[..*i].iter().any(|p| p.is_content())
            })
            .map(|(_, w)| (&w[1], lower(&w[1].folded)))
            .find(|(_, n)| *n >= 2);
        if let Some((p, n)) = after_particle {
            e.organization.push(format!(
                "a word after its particle is a common noun elsewhere: {} ({n} documents in lowercase)",
                p.original
            ));
            e.score[1] += s.docs.min(n);
        }
        let mut acr: Vec<(&String, &u32)> = s.acronyms.iter().collect();
        acr.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        if let Some((a, n)) = acr.first() {
            e.organization
                .push(format!("defines an acronym: ({a}) ({n})"));
            e.score[1] += **n * 2;
        }
        if s.acronym_shape > 0 && content.len() == 1 {
            e.organization
                .push(format!("written as an acronym ({})", s.acronym_shape));
            e.score[1] += s.acronym_shape;
        }
        if s.body_before > 0 {
            e.organization.push(format!(
                "after a word for a kind of body ({})",
                s.body_before
            ));
            e.score[1] += s.body_before * 2;
        }
        if s.locative > 0 {
            e.place
                .push(format!("after a locative preposition ({})", s.locative));
            e.score[2] += s.locative;
        }
        e
    }

    /// The kind the evidence points to; a name of two to four words none of which is
    /// a common word, without other evidence, is taken for a person.
    fn kind(&self) -> Kind {
        let [p, o, l] = self.score;
        if p > 0 && p >= o && p >= l {
            Kind::Person
        } else if o > 0 && o >= l {
            Kind::Organization
        } else if l > 0 {
            Kind::Place
        } else {
            Kind::Other
        }
    }
}

/// Words the corpus and the known gazetteer show as given names.
type Givens = std::collections::HashSet<String>;

/// A candidate kept as a name.
#[derive(Debug, Clone)]
struct Seed {
    key: String,
    text: String,
    parts: NameParts,
    kind: Kind,
    evidence: KindEvidence,
    stats: Stats,
    /// No word of it is ever written in lowercase in the corpus (nor capitalised as a
    /// noun in more than a quarter as many documents as it is capitalised inside
    /// sentences).
    capital_only: bool,
    /// Names an event, a competition, an award, a law or an index: not proposed.
    event: bool,
    /// Made of words the corpus writes in lowercase: proposed only when the phrase
    /// itself is rarely written in lowercase (pass 2 counts), and never joined to a
    /// longer name.
    phrase: bool,
    /// Index of the group (the seed heading it) once grouped.
    group: usize,
    /// Its first word is a given name (see [`Seeds::names_a_person`]).
    given_name: bool,
}

/// The result of pass 1: names grouped into entities, ready to link.
#[derive(Debug, Clone)]
pub struct Seeds {
    seeds: Vec<Seed>,
    /// Group heads, in `seeds`.
    heads: Vec<usize>,
    /// Seeds that fit several groups (left to the linker).
    ambiguous: usize,
}

/// The content words of a seed (no particles, titles or legal forms).
fn content(parts: &NameParts) -> Vec<&crate::name::NamePart> {
    parts.content_given_first()
}

/// How a shorter name fits a longer one (see [`part_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Not a spelling of it.
    No,
    /// A spelling of it, or of a part of it that keeps what identifies it.
    Part,
    /// A person's whole name that the longer one adds a surname to (`Mei Brown` of
    /// `Mei Pérez Brown`), and no document names both: a reading of it, so the
    /// shorter name is no sure spelling of another name it fits, but another person
    /// unless it fits nothing else.
    Apart,
}

/// How `short` fits `long`: [`Fit::Part`] when every part of `short` agrees with a
/// part of `long` (through spelling, accents, script, initials or acronym: never by
/// sound or typo), and `short` keeps what identifies `long`: its surname or first
/// surname for a person, its first word otherwise; [`Fit::Apart`] when it does but
/// is a person's whole name that `long` adds a surname to.
fn part_of(short: &Seed, long: &Seed, givens: &Givens) -> Fit {
    if short.stats.acronym_shape > 0 && content(&short.parts).len() == 1 {
        // An acronym joins the name that defines it (and is its alias), never another.
        let defines = long
            .stats
            .acronyms
            .keys()
            .any(|a| nomen_fold::fold(a) == short.key);
        return if defines { Fit::Part } else { Fit::No };
    }
    // A spelling in Cyrillic or Greek of a Latin name, or the other way round:
    // by the linker's reading by sound, each of its words in order.
    if script::across(script::of(&short.text), script::of(&long.text)) {
        return match script::transcribed(&content(&short.parts), &content(&long.parts)) {
            Some(matched) => keeps_identity(short, long, &matched, givens),
            None => Fit::No,
        };
    }
    let c = compare_parsed(&short.parts, &long.parts);
    let mut matched: Vec<&str> = Vec::new();
    for p in &c.parts {
        match p.status {
            Status::Contradicted => return Fit::No,
            Status::Omitted => {
                if p.query.is_some() {
                    return Fit::No;
                }
            }
            Status::Agreed => match p.via {
                Some(Via::Exact | Via::Folded | Via::Initial | Via::Acronym | Via::Joined) => {
                    if let Some(n) = &p.name {
                        matched.push(n.as_str());
                    }
                }
                Some(Via::NameGroup | Via::Phonetic) => {
                    // Another script's spelling: only across scripts.
                    let other_script = p.query.as_deref().is_some_and(|q| {
                        short.text.is_ascii() != long.text.is_ascii() && !q.is_empty()
                    });
                    if !other_script {
                        return Fit::No;
                    }
                    if let Some(n) = &p.name {
                        matched.push(n.as_str());
                    }
                }
                _ => return Fit::No,
            },
        }
    }
    keeps_identity(short, long, &matched, givens)
}

/// How `short` fits `long` when the words of `long` it matched (`matched`, folded)
/// keep what identifies `long`: its surname or first surname for a person, its whole
/// name or its head otherwise (see [`part_of`]).
fn keeps_identity(short: &Seed, long: &Seed, matched: &[&str], givens: &Givens) -> Fit {
    let long_content = content(&long.parts);
    if long_content.is_empty() {
        return Fit::No;
    }
    let has = |w: &str| matched.contains(&w);
    if long.kind == Kind::Person {
        // A word the evidence calls a place or a body is not a person's surname
        // (`Cataluña` after `en`, beside `Generalitat de Cataluña` taken for a
        // person because `Cataluña` comes again alone).
        let short_content = content(&short.parts);
        if short_content.len() == 1 && matches!(short.kind, Kind::Place | Kind::Organization) {
            return Fit::No;
        }
        let n = long_content.len();
        let last = &long_content[n - 1].folded;
        // (An initial is no surname: `Irina Moreau` keeps nothing of `Irina M.
        // Ortiz`.)
        let first_surname =
            (n >= 3 && !long_content[n - 2].is_initial).then(|| &long_content[n - 2].folded);
        if !(has(last) || first_surname.is_some_and(|f| has(f))) {
            return Fit::No;
        }
        // A person's whole name, a given name and a surname written out (`Mei
        // Brown`), is no sure spelling of a longer name that adds a surname to it
        // (`Mei Pérez Brown`), or a given name before its own (`Carmen A. Georgiou`
        // for `Ali Georgiou`): two people, unless a document names both. (A given
        // name added after the first, `José María Aznar` for `José Aznar`, or an
        // initial, `Daniel B. Erickson` for `Daniel Erickson`, adds no surname.)
        let whole = short_content.len() >= 2
            && short_content[0].role == crate::name::Role::Given
            && !short_content[0].is_initial;
        let adds = long_content.iter().enumerate().any(|(k, p)| {
            !p.is_initial && !has(&p.folded) && (k == 0 || !givens.contains(&p.folded))
        });
        if whole && adds && !short.stats.with_longer.contains_key(&long.key) {
            Fit::Apart
        } else {
            Fit::Part
        }
    } else {
        // Another spelling of the whole name, or its head: the words before its
        // first particle (`Banco Central` of `Banco Central de Venezuela`; not
        // `Venezuelan` of `Venezuelan Congress`, nor `Madrid` of `Real Madrid`).
        if long_content.iter().all(|p| has(&p.folded)) {
            return Fit::Part;
        }
        // (The head of an event's or an index's name too: `Dow Jones` of `Dow Jones
        // de Industriales`, which is not proposed, is no name of its own.)
        if long.kind != Kind::Organization && !long.event {
            // `Castilla` is not `Castilla-La Mancha`.
            return Fit::No;
        }
        let head: Vec<&str> = long
            .parts
            .parts
            .iter()
            .skip_while(|p| !p.is_content())
            .take_while(|p| p.role != crate::name::Role::Particle)
            .filter(|p| p.is_content())
            .map(|p| p.folded.as_str())
            .collect();
        // The head alone in more than twice as many documents as the whole name
        // names something of its own there: the longer name is one of its kind or
        // one of its branches (`Asuntos Exteriores` of `ministro de Asuntos
        // Exteriores`, beside `Asuntos Exteriores de la OTAN`; `Banco Central`
        // beside `Banco Central de Venezuela` in a corpus of many countries).
        let head_of = head.len() < long_content.len()
            && head.iter().all(|w| has(w))
            && matched.len() == head.len()
            && short.stats.docs <= 2 * long.stats.docs;
        if head_of {
            Fit::Part
        } else {
            Fit::No
        }
    }
}

/// Groups the seeds: shorter names join the one longer name they are part of.
fn group(mut seeds: Vec<Seed>, givens: &Givens) -> Seeds {
    // Longest (most content words) first, then fewest initials, then most
    // documents. (A name with an initial where another has a given name is the
    // shorter one: `A. Jones` ahead of `Ali Jones` and `Anna Jones` would have taken
    // both, two people, into one group.)
    let initials = |s: &Seed| content(&s.parts).iter().filter(|p| p.is_initial).count();
    seeds.sort_by(|a, b| {
        content(&b.parts)
            .len()
            .cmp(&content(&a.parts).len())
            .then(initials(a).cmp(&initials(b)))
            .then(b.stats.docs.cmp(&a.stats.docs))
            .then(a.key.cmp(&b.key))
    });
    // Blocking: seeds by folded content word.
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in seeds.iter().enumerate() {
        for p in content(&s.parts) {
            by_word.entry(p.folded.clone()).or_default().push(i);
        }
        if let Some(a) = s.parts.acronym() {
            by_word.entry(a).or_default().push(i);
        }
    }
    // Blocking across scripts: the Latin, Cyrillic and Greek seeds by the consonant
    // classes of their content words' readings ([`script::keys`]), so that a
    // transcribed spelling meets the name it reads as in another script.
    let scripts: Vec<Option<usize>> = seeds
        .iter()
        .map(|s| script::index(script::of(&s.text)))
        .collect();
    let mut by_sound: [HashMap<u32, Vec<usize>>; 3] = Default::default();
    let sound_keys: Vec<Vec<Vec<u32>>> = seeds
        .iter()
        .enumerate()
        .map(|(i, s)| match scripts[i] {
            Some(_) => content(&s.parts).iter().map(|p| script::keys(p)).collect(),
            None => Vec::new(),
        })
        .collect();
    for (i, parts) in sound_keys.iter().enumerate() {
        let Some(x) = scripts[i] else {
            continue;
        };
        for k in parts.iter().flatten() {
            let list = by_sound[x].entry(*k).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let by_sound = &by_sound;
    let mut heads = Vec::new();
    let mut ambiguous = 0;
    // A name made of common words that abbreviates to an acronym found on its own
    // (`Partido Popular` beside `PP`) is no proposal of its own: two proposals would
    // split one entity's mentions. It joins the acronym's group when it is the name
    // of those letters that the corpus names with the acronym: in the same document
    // twice or more, and twice as often as any other such name (`Pacto de Progreso`
    // spells `PP` too, named with it in 2 documents against 6 for `Partido
    // Popular`); otherwise it is left out, and the acronym proposed alone.
    let acronyms: HashMap<&str, usize> = seeds
        .iter()
        .enumerate()
        .filter(|(_, s)| s.stats.acronym_shape > 0 && content(&s.parts).len() == 1)
        .map(|(i, s)| (s.key.as_str(), i))
        .collect();
    let spelled: Vec<Option<usize>> = seeds
        .iter()
        .map(|s| {
            s.phrase
                .then(|| acronyms.get(initials_of(&s.stats.words).as_str()).copied())
                .flatten()
        })
        .collect();
    let mut joins: Vec<(usize, usize)> = Vec::new();
    let mut by_acronym: Vec<usize> = acronyms.values().copied().collect();
    by_acronym.sort_unstable();
    for a in by_acronym {
        let mut named: Vec<(u32, usize)> = (0..seeds.len())
            .filter(|&i| spelled[i] == Some(a))
            .map(|i| (seeds[i].stats.with_acronym, i))
            .collect();
        named.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
        if let Some(&(n, i)) = named.first() {
            let next = named.get(1).map_or(0, |x| x.0);
            if n >= 2 && n >= 2 * next {
                joins.push((i, a));
            }
        }
    }
    let mut dropped: Vec<bool> = spelled.iter().map(Option::is_some).collect();
    for i in 0..seeds.len() {
        if dropped[i] {
            continue;
        }
        let mut near: Vec<usize> = content(&seeds[i].parts)
            .iter()
            .flat_map(|p| by_word.get(&p.folded).into_iter().flatten().copied())
            .chain(by_word.get(&seeds[i].key).into_iter().flatten().copied())
            .filter(|&j| j < i && !dropped[j])
            .collect();
        // The seeds in the other script that one of its words reads as (the word
        // with the fewest such seeds: every word of a shorter spelling must read as
        // a word of the longer one).
        if let Some(x) = scripts[i] {
            let fewest = sound_keys[i]
                .iter()
                .filter(|keys| !keys.is_empty())
                .map(|keys| {
                    let mut js: Vec<usize> = (0..3)
                        .filter(|&y| y != x)
                        .flat_map(|y| {
                            keys.iter()
                                .flat_map(move |k| by_sound[y].get(k).into_iter().flatten())
                        })
                        .copied()
                        .filter(|&j| j < i && !dropped[j])
                        .collect();
                    js.sort_unstable();
                    js.dedup();
                    js
                })
                .min_by_key(Vec::len);
            near.extend(fewest.into_iter().flatten());
        }
        near.sort_unstable();
        near.dedup();
        // The groups it fits: as a spelling or a part ([`Fit::Part`]), and as a
        // whole name that a longer one adds a surname to ([`Fit::Apart`]).
        let n = content(&seeds[i].parts).len();
        let mut parts: Vec<usize> = Vec::new();
        let mut aparts: Vec<usize> = Vec::new();
        let mut same: Vec<usize> = Vec::new();
        for j in near {
            let m = content(&seeds[j].parts).len();
            if m < n {
                continue;
            }
            match part_of(&seeds[i], &seeds[j], givens) {
                Fit::No => {}
                Fit::Part => {
                    parts.push(seeds[j].group);
                    if m == n {
                        same.push(seeds[j].group);
                    }
                }
                Fit::Apart => aparts.push(seeds[j].group),
            }
        }
        for v in [&mut parts, &mut aparts, &mut same] {
            v.sort_unstable();
            v.dedup();
        }
        aparts.retain(|g| parts.binary_search(g).is_err());
        let groups = if aparts.is_empty() {
            parts
        } else if same.len() == 1 && parts.len() == 1 {
            // Another spelling of a whole name (`Меи Броун` of `Mei Brown`), that
            // a longer one adds a surname to.
            same
        } else if parts.is_empty() && aparts.len() == 1 {
            // A person of its own (`Mei Brown` beside `Mei Pérez Brown`).
            Vec::new()
        } else {
            parts.extend(aparts);
            parts
        };
        match groups.len() {
            // A single word with no evidence of its kind is no name alone, unless the
            // corpus never writes it in lowercase and capitalises it inside sentences
            // in three documents or more (`Repsol`, `Osasuna`; not a one-off `Monday`).
            0 if content(&seeds[i].parts).len() == 1
                && seeds[i].evidence.score.iter().all(|&s| s == 0)
                && !(seeds[i].capital_only && seeds[i].stats.inside >= 3) =>
            {
                dropped[i] = true;
            }
            0 => {
                seeds[i].group = i;
                heads.push(i);
            }
            // (A phrase of common words is no spelling of a longer name.)
            1 if seeds[i].phrase => dropped[i] = true,
            1 => seeds[i].group = groups[0],
            _ => {
                dropped[i] = true;
                ambiguous += 1;
            }
        }
    }
    // The names of an acronym's letters join its group, when it has one.
    for (i, a) in joins {
        if seeds[a].group != usize::MAX {
            seeds[i].group = seeds[a].group;
        }
    }
    Seeds {
        seeds,
        heads,
        ambiguous,
    }
}

impl Seeds {
    /// Entities found (groups of names).
    pub fn len(&self) -> usize {
        self.heads.len()
    }

    /// True when no name was found.
    pub fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// Names kept (spellings that fold apart), in all groups.
    pub fn names(&self) -> usize {
        self.seeds.iter().filter(|s| s.group != usize::MAX).count()
    }

    /// Names that fit several entities and were left to the linker.
    pub fn ambiguous(&self) -> usize {
        self.ambiguous
    }

    /// The seeds as a gazetteer: one entity per group (`discovered-N`), named by its
    /// head's spelling, with every other spelling and defined acronym as aliases.
    /// Merged into the known gazetteer (ids that cannot clash: known ids never start
    /// with `discovered-` in practice; one that did would be replaced).
    pub fn gazetteer(&self, known: &Gazetteer) -> Gazetteer {
        let mut g = known.clone();
        for (n, &h) in self.heads.iter().enumerate() {
            let head = &self.seeds[h];
            let mut aliases: Vec<String> = Vec::new();
            for s in self.seeds.iter().filter(|s| s.group == h) {
                let mut sp: Vec<(&String, &u32)> = s.stats.spellings.iter().collect();
                sp.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                for (t, _) in sp.into_iter().take(5) {
                    if *t != head.text && !aliases.contains(t) {
                        aliases.push(t.clone());
                    }
                }
                let mut acr: Vec<&String> = s.stats.acronyms.keys().collect();
                acr.sort_unstable();
                for a in acr {
                    if !aliases.contains(a) {
                        aliases.push(a.clone());
                    }
                }
            }
            let kind = self.kind_of_group(h);
            if kind == Kind::Person {
                // The linker derives a person's surname and short forms itself, with
                // the checks they need (`H. Østby`, `M. Etxeberria Lanz`); as aliases
                // they would be full names that link alone.
                let full = content(&head.parts).len();
                aliases.retain(|a| content(&parse_name(a)).len() >= full);
            }
            g.insert(Entity {
                id: format!("{SEED_PREFIX}{n}"),
                name: head.text.clone(),
                kind,
                aliases,
                extra: serde_json::Map::new(),
            });
        }
        g
    }

    /// True when the group names a person somewhere as people are named: one of its
    /// names starts with a given name the corpus never writes in lowercase, or a role
    /// or a title comes before one. A single word that the evidence calls a person
    /// without either (its "surname" alone later in the document: `In Zeitung ...
    /// Zeitung` in German, where every noun is capitalised) is no proposal.
    fn names_a_person(&self, h: usize) -> bool {
        self.seeds
            .iter()
            .filter(|s| s.group == h)
            .any(|s| s.given_name || !s.stats.roles.is_empty())
    }

    fn kind_of_group(&self, h: usize) -> Kind {
        if self.seeds[h].event {
            return Kind::Other;
        }
        let mut e = KindEvidence::default();
        for s in self.seeds.iter().filter(|s| s.group == h) {
            for k in 0..3 {
                e.score[k] += s.evidence.score[k];
            }
        }
        e.kind()
    }

    fn evidence_of_group(&self, h: usize) -> KindEvidence {
        let mut e = KindEvidence::default();
        for s in self.seeds.iter().filter(|s| s.group == h) {
            for k in 0..3 {
                e.score[k] += s.evidence.score[k];
            }
            for (to, from) in [
                (&mut e.person, &s.evidence.person),
                (&mut e.organization, &s.evidence.organization),
                (&mut e.place, &s.evidence.place),
            ] {
                for x in from {
                    if to.len() < 6 && !to.contains(x) {
                        to.push(x.clone());
                    }
                }
            }
        }
        e
    }

    /// The tally of pass 2, for these seeds.
    pub fn tally(self, options: &Options) -> Tally {
        let n = self.heads.len();
        let acronyms = self
            .heads
            .iter()
            .map(|&h| {
                let mut a: Vec<String> = Vec::new();
                for s in self.seeds.iter().filter(|s| s.group == h) {
                    a.extend(s.parts.acronym());
                    a.extend(
                        s.stats
                            .acronyms
                            .keys()
                            .map(|k| nomen_fold::fold(k).into_owned()),
                    );
                    if s.stats.acronym_shape > 0 {
                        a.push(s.key.clone());
                    }
                }
                a
            })
            .collect();
        // Words the corpus shows as given names: the first word of a discovered
        // person's name (`Luis` of `Luis García`, `Manuel` of `Manuel García
        // Castellón`), not a first surname then.
        let mut first: HashMap<&str, u32> = HashMap::new();
        for s in self.seeds.iter().filter(|s| s.kind == Kind::Person) {
            let c = content(&s.parts);
            if c.len() >= 2 {
                // (A name after an initial, `M. Etxeberria Lanz`, starts with a surname.)
                if c[0].role == crate::name::Role::Given {
                    *first.entry(c[0].folded.as_str()).or_default() += 1;
                }
            }
        }
        let surname_like = |w: &str| first.get(w).copied().unwrap_or(0) == 0;
        let givens = first.keys().map(|w| w.to_string()).collect();
        let surnames = self
            .heads
            .iter()
            .map(|&h| {
                if self.kind_of_group(h) != Kind::Person {
                    return None;
                }
                let c = content(&self.seeds[h].parts);
                let n = c.len();
                (n >= 2).then(|| {
                    let first = (n >= 3 && surname_like(&c[n - 2].folded)).then(|| c[n - 2]);
                    Surnames {
                        last: c[n - 1].folded.clone(),
                        first: first.map(|p| p.folded.clone()),
                        parts: std::iter::once(c[n - 1]).chain(first).cloned().collect(),
                    }
                })
            })
            .collect();
        // The phrases of common words heading a group, in lowercase, by their first
        // word: pass 2 counts the documents that write them so.
        let mut phrases: HashMap<String, Vec<(String, usize)>> = HashMap::new();
        for (n, &h) in self.heads.iter().enumerate() {
            let s = &self.seeds[h];
            if !s.phrase {
                continue;
            }
            for t in s.stats.spellings.keys() {
                let lower = collapse(t).to_lowercase();
                let first: String = lower
                    .chars()
                    .take_while(|&c| nomen_fold::is_word_char(c))
                    .collect();
                if first.is_empty() || lower.len() == first.len() {
                    continue;
                }
                let list = phrases.entry(first).or_default();
                if !list.iter().any(|(p, _)| *p == lower) {
                    list.push((lower, n));
                }
            }
        }
        Tally {
            scanner: Scanner {
                phrases: Arc::new(phrases),
            },
            acronyms,
            surnames,
            givens,
            groups: vec![GroupTally::default(); n],
            seeds: self,
            examples: options.examples,
            min_docs: options.min_docs.max(1),
        }
    }
}

const SEED_PREFIX: &str = "discovered-";

/// Documents a name made of common words needs to be proposed (see
/// [`Tally::proposals`]).
const PHRASE_MIN_DOCS: u32 = 6;

/// The same for such a name with a word that names a kind of body
/// ([`has_body_word`]).
const PHRASE_BODY_MIN_DOCS: u32 = 3;

/// True when a word of `name` names a kind of body (`Ministerio`, `Nacional`,
/// `Fundación`: [`is_generic_word`]).
fn has_body_word(name: &str) -> bool {
    parse_name(name)
        .content()
        .any(|p| is_generic_word(&p.folded))
}

/// Pass 2 counts of one group.
#[derive(Debug, Clone, Default)]
struct GroupTally {
    docs: u32,
    mentions: u32,
    spellings: HashMap<String, u32>,
    rules: HashMap<Rule, u32>,
    examples: Vec<Example>,
    /// Documents that write its name (a phrase of common words) in lowercase.
    lowercase: u32,
}

impl GroupTally {
    fn is_empty(&self) -> bool {
        self.docs == 0
            && self.mentions == 0
            && self.lowercase == 0
            && self.spellings.is_empty()
            && self.rules.is_empty()
            && self.examples.is_empty()
    }
}

/// Pass 2's counts of a part of the corpus (an index's segment): taken out of a
/// [`Tally`] with [`Tally::take_part`], added to one with [`Tally::merge`], kept
/// between discoveries in a [`MentionStore`].
#[derive(Debug, Clone, Default)]
pub struct TallyPart {
    /// The groups it counted anything of, by number, in increasing order.
    groups: Vec<(u32, GroupTally)>,
}

impl TallyPart {
    /// True when the part counted nothing (no document mentioned a discovered entity).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// What a mention of a discovered person must keep of the name.
#[derive(Debug, Clone)]
struct Surnames {
    /// The name's last word (folded).
    last: String,
    /// The first of two surnames (`González` of `Edmundo González Urrutia`), unless
    /// the corpus shows that word as a given name (`Luis` of `José Luis Marcos`).
    first: Option<String>,
    /// Those words as parts: a mention in another script keeps one when its word
    /// reads the same ([`script::reads_same`]: `Σχροντερ`, folded `schronter`, is
    /// `Schröder`, as grouping took it).
    parts: Vec<crate::name::NamePart>,
}

impl Surnames {
    /// How a mention (its folded content words) names the person: `Some(true)` with
    /// a given name or initial and a surname, `Some(false)` a surname alone, `None`
    /// not by a surname (`José Luis`, `Manuel` of `Juan Manuel Bonet`).
    fn full(&self, words: &[&crate::name::NamePart]) -> Option<bool> {
        let kept = self.parts.iter().any(|s| {
            words.iter().any(|w| {
                w.folded == s.folded
                    || (script::across(script::of(&w.original), script::of(&s.original))
                        && script::reads_same(w, s))
            })
        });
        if !kept {
            return None;
        }
        Some(words.len() >= 2)
    }
}

/// Pass 2: the linked mentions of the discovered entities, per document.
#[derive(Debug)]
pub struct Tally {
    scanner: Scanner,
    seeds: Seeds,
    /// Per group: the folded acronyms that are its own.
    acronyms: Vec<Vec<String>>,
    /// Per group: for people, the surnames a mention must keep.
    surnames: Vec<Option<Surnames>>,
    /// Words the corpus shows as given names: the first words of the discovered
    /// people's names (see [`Tally::add`]: a middle word that is none is a surname).
    givens: std::collections::HashSet<String>,
    groups: Vec<GroupTally>,
    examples: usize,
    min_docs: u32,
}

/// A place where a proposal is mentioned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Example {
    /// The document's id.
    pub id: String,
    /// The text around the mention (about 60 bytes either side, on one line).
    pub text: String,
    /// The mention as written.
    pub mention: String,
}

/// The discovered entities one document mentions (made on any thread by
/// [`Scanner::of_document`], counted by [`Tally::add`]).
#[derive(Debug, Clone, Default)]
pub struct DocTally {
    /// Per mention: the group, the mention as written, the rule.
    mentions: Vec<(usize, String, Rule)>,
    /// The first few mentions of each group in the document, as examples: the
    /// mention's index in `mentions` and its context.
    examples: Vec<(usize, Example)>,
    /// The groups whose name (a phrase of common words) the document writes in
    /// lowercase (distinct).
    lowercase: Vec<usize>,
}

impl DocTally {
    /// True when the document links a discovered entity (counted or not).
    pub fn mentions_any(&self) -> bool {
        !self.mentions.is_empty()
    }
}

/// What pass 2 needs to read one document ([`Tally::scanner`]): cheap to clone, for
/// any thread.
#[derive(Debug, Clone, Default)]
pub struct Scanner {
    /// The lowercase forms of the names made of common words, by their first word:
    /// (the whole phrase, its group).
    phrases: Arc<HashMap<String, Vec<(String, usize)>>>,
}

impl Scanner {
    /// What `links` (a linker of [`Seeds::gazetteer`]) found of the discovered
    /// entities in document `id`, and which of their names made of common words it
    /// writes in lowercase (`el medio ambiente`).
    pub fn of_document(
        &self,
        id: &str,
        title: &str,
        body: &str,
        links: &DocumentLinks,
    ) -> DocTally {
        let mut out = Tally::links_of(id, title, body, links);
        if !self.phrases.is_empty() {
            for text in [title, body] {
                self.lowercase_phrases(text, &mut out.lowercase);
            }
            out.lowercase.sort_unstable();
            out.lowercase.dedup();
        }
        out
    }

    /// Adds to `out` the groups whose phrase `text` writes in lowercase, between word
    /// boundaries.
    fn lowercase_phrases(&self, text: &str, out: &mut Vec<usize>) {
        let mut start: Option<usize> = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if nomen_fold::is_word_char(c) && i < text.len() {
                start.get_or_insert(i);
                continue;
            }
            let Some(s) = start.take() else {
                continue;
            };
            let word = &text[s..i];
            if !word.starts_with(char::is_lowercase) {
                continue;
            }
            let Some(list) = self.phrases.get(word) else {
                continue;
            };
            for (phrase, n) in list {
                let rest = &text[s..];
                if rest.starts_with(phrase.as_str())
                    && !rest[phrase.len()..]
                        .chars()
                        .next()
                        .is_some_and(nomen_fold::is_word_char)
                {
                    out.push(*n);
                }
            }
        }
    }
}

impl Tally {
    /// The reader of pass 2's documents, for these seeds.
    pub fn scanner(&self) -> Scanner {
        self.scanner.clone()
    }

    /// What `links` found of the discovered entities in document `id`.
    fn links_of(id: &str, title: &str, body: &str, links: &DocumentLinks) -> DocTally {
        let mut out = DocTally::default();
        for m in &links.mentions {
            let Some(n) = m
                .entity
                .strip_prefix(SEED_PREFIX)
                .and_then(|n| n.parse::<usize>().ok())
            else {
                continue;
            };
            out.mentions.push((n, collapse(&m.text), m.rule));
            let seen = out
                .examples
                .iter()
                .filter(|(i, _)| out.mentions[*i].0 == n)
                .count();
            if seen < 3 {
                let text = if m.field == Field::Title { title } else { body };
                out.examples.push((
                    out.mentions.len() - 1,
                    Example {
                        id: id.to_string(),
                        text: context(text, m.start, m.end),
                        mention: m.text.clone(),
                    },
                ));
            }
        }
        out
    }

    /// What the counts depend on besides the documents and the gazetteer pass 2 links
    /// with (the known and the discovered entities, whose
    /// [`crate::Gazetteer::fingerprint`] a caller keeping counts adds): a digest of
    /// the groups' acronyms, the surnames their mentions must keep, the phrases of
    /// common words whose lowercase forms are counted, and the examples kept.
    pub fn context(&self) -> String {
        let mut hash = xxhash_rust::xxh3::Xxh3::new();
        let mut put = |s: &str| {
            hash.update(&(s.len() as u64).to_le_bytes());
            hash.update(s.as_bytes());
        };
        put(&format!(
            "{} groups, {} examples",
            self.groups.len(),
            self.examples
        ));
        for (n, acronyms) in self.acronyms.iter().enumerate() {
            let mut a: Vec<&String> = acronyms.iter().collect();
            a.sort_unstable();
            a.dedup();
            put(&format!("acronyms of {n}: {}", a.len()));
            a.iter().for_each(|a| put(a));
        }
        let mut givens: Vec<&String> = self.givens.iter().collect();
        givens.sort_unstable();
        put(&format!("{} given names", givens.len()));
        givens.iter().for_each(|g| put(g));
        for (n, s) in self.surnames.iter().enumerate() {
            match s {
                Some(s) => {
                    put(&format!("surnames of {n}"));
                    put(&s.last);
                    put(s.first.as_deref().unwrap_or(""));
                }
                None => put(&format!("no surnames of {n}")),
            }
        }
        let mut phrases: Vec<(&String, usize)> = self
            .scanner
            .phrases
            .values()
            .flatten()
            .map(|(p, n)| (p, *n))
            .collect();
        phrases.sort_unstable();
        for (p, n) in phrases {
            put(&format!("phrase of {n}"));
            put(p);
        }
        format!("pass 2 {:016x}", hash.digest())
    }

    /// Takes the counts so far out of the tally, which counts on from none: with
    /// [`Tally::merge`], a caller counts parts of the corpus apart.
    pub fn take_part(&mut self) -> TallyPart {
        let groups = self
            .groups
            .iter_mut()
            .enumerate()
            .filter(|(_, g)| !g.is_empty())
            .map(|(n, g)| (n as u32, std::mem::take(g)))
            .collect();
        TallyPart { groups }
    }

    /// Adds the counts of `part`, counted over documents that come after the ones
    /// counted so far: the result is what counting those documents here would have
    /// given. (A part of another tally's seeds is not refused: its group numbers
    /// mean other groups; [`Tally::context`] tells the tallies apart.)
    pub fn merge(&mut self, part: TallyPart) {
        for (n, p) in part.groups {
            let Some(g) = self.groups.get_mut(n as usize) else {
                continue;
            };
            g.docs += p.docs;
            g.mentions += p.mentions;
            g.lowercase += p.lowercase;
            for (s, c) in p.spellings {
                *g.spellings.entry(s).or_default() += c;
            }
            for (r, c) in p.rules {
                *g.rules.entry(r).or_default() += c;
            }
            for e in p.examples {
                if g.examples.len() < self.examples {
                    g.examples.push(e);
                }
            }
        }
    }

    /// Counts one document.
    pub fn add(&mut self, doc: DocTally) {
        for &n in &doc.lowercase {
            if let Some(g) = self.groups.get_mut(n) {
                g.lowercase += 1;
            }
        }
        let mut counted: Vec<usize> = Vec::new();
        // A person's mentions count when they keep a surname, and a surname alone
        // only in a document that also names the person more fully (the linker may
        // link a surname that only one entity has anywhere; discovery is stricter).
        // A longer name linked to the person by its middle words that adds a surname
        // (`Mei Pérez Brown` to `Mei Brown`; not `Greta Sofia Lindqvist` to `Greta
        // Lindqvist`, nor `John F. Kerry`) counts only in a document that also names
        // the person without them: otherwise another person.
        let mut keep = vec![true; doc.mentions.len()];
        let mut full: Vec<Option<bool>> = vec![None; doc.mentions.len()];
        let mut added_surname = vec![false; doc.mentions.len()];
        for (i, (n, text, rule)) in doc.mentions.iter().enumerate() {
            let Some(Some(s)) = self.surnames.get(*n) else {
                continue;
            };
            let parsed = parse_name(text);
            let c = content(&parsed);
            full[i] = s.full(&c);
            if full[i].is_none() {
                keep[i] = false;
            }
            added_surname[i] = *rule == Rule::MiddleNames
                && c.len() >= 3
                && c[1..c.len() - 1]
                    .iter()
                    .any(|p| !p.is_initial && !self.givens.contains(&p.folded));
        }
        let named: Vec<usize> = (0..doc.mentions.len())
            .filter(|&i| keep[i] && full[i] == Some(true) && !added_surname[i])
            .map(|i| doc.mentions[i].0)
            .collect();
        let mut full_in_doc: Vec<usize> = Vec::new();
        let mut surname_only: Vec<usize> = Vec::new();
        for (i, (n, _, _)) in doc.mentions.iter().enumerate() {
            if added_surname[i] && !named.contains(n) {
                keep[i] = false;
            }
            match (keep[i], full[i]) {
                (true, Some(true)) => full_in_doc.push(*n),
                (true, Some(false)) => surname_only.push(i),
                _ => {}
            }
        }
        for i in surname_only {
            if !full_in_doc.contains(&doc.mentions[i].0) {
                keep[i] = false;
            }
        }
        let groups: Vec<usize> = doc.mentions.iter().map(|m| m.0).collect();
        for ((n, text, rule), keep) in doc.mentions.into_iter().zip(keep.iter_mut()) {
            if !*keep {
                continue;
            }
            // A transcription is from Cyrillic or Greek: a Latin mention linked so
            // (`Während` to `WIRED`) is no spelling of the name.
            if matches!(
                rule,
                Rule::Transcribed | Rule::TranscribedAlone | Rule::Respelled
            ) && !text.chars().any(|c| c.is_alphabetic() && !is_latin(c))
            {
                *keep = false;
                continue;
            }
            // An acronym counts when it is the name's own (derived from it, or defined
            // after it in the text): the linker also links an acronym defined after a
            // longer name that merely contains this one (`Tribunal Superior de
            // Justicia de Extremadura (TSJEX)`).
            if rule == Rule::Acronym {
                let folded = nomen_fold::fold(&text).into_owned();
                if !self.acronyms.get(n).is_some_and(|a| a.contains(&folded)) {
                    *keep = false;
                    continue;
                }
            }
            let Some(g) = self.groups.get_mut(n) else {
                continue;
            };
            g.mentions += 1;
            *g.spellings.entry(text).or_default() += 1;
            *g.rules.entry(rule).or_default() += 1;
            if !counted.contains(&n) {
                counted.push(n);
                g.docs += 1;
            }
        }
        // One example per group and document: its first counted mention.
        let mut shown: Vec<usize> = Vec::new();
        for (i, example) in doc.examples {
            let n = groups[i];
            if !keep[i] || shown.contains(&n) {
                continue;
            }
            shown.push(n);
            if let Some(g) = self.groups.get_mut(n) {
                if g.examples.len() < self.examples {
                    g.examples.push(example);
                }
            }
        }
    }

    /// The proposals, most documents first.
    pub fn proposals(self) -> Vec<Proposal> {
        let mut out = Vec::new();
        let mut used_ids: HashMap<String, u32> = HashMap::new();
        for (n, g) in self.groups.into_iter().enumerate() {
            let h = self.seeds.heads[n];
            if g.docs < self.min_docs || self.seeds.seeds[h].event {
                continue;
            }
            // A phrase of common words that the corpus also writes in lowercase, in
            // more than a quarter as many documents as it links (`Medio Ambiente`,
            // `Derechos Humanos`), is a phrase in title case, not a name.
            // Nor is one in fewer than six documents proposed: on CoNLL-2002 Spanish,
            // such names in three to five documents were a body or a place 20 times
            // in 37 (`Formación Profesional`, `Mercado del Café` were not), from six
            // documents on 15 times in 17. A word that names a kind of body among
            // its words (`Cuerpo Nacional de Policía`, `Ministerio de Defensa`,
            // `Fundación Española del Corazón`) says it is one from three documents
            // on: there, 11 such names, all bodies.
            let seed = &self.seeds.seeds[h];
            let min_docs = if has_body_word(&seed.text) {
                PHRASE_BODY_MIN_DOCS
            } else {
                PHRASE_MIN_DOCS
            };
            if seed.phrase && (g.lowercase * 4 > g.docs || g.docs < min_docs) {
                continue;
            }
            let head = &self.seeds.seeds[h];
            let name = canonical(&g.spellings).unwrap_or_else(|| head.text.clone());
            let mut aliases: Vec<(String, u32)> = g
                .spellings
                .iter()
                .filter(|(t, _)| **t != name)
                .map(|(t, c)| (t.clone(), *c))
                .collect();
            aliases.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let spellings: Vec<(String, u32)> = {
                let mut all: Vec<(String, u32)> =
                    g.spellings.iter().map(|(t, c)| (t.clone(), *c)).collect();
                all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                all
            };
            let evidence = self.seeds.evidence_of_group(h);
            let kind = evidence.kind();
            let mut alias_names: Vec<String> = aliases
                .into_iter()
                .map(|(t, _)| t)
                // A person's shorter forms (surname alone, given name and first
                // surname, both surnames) are linked by the linker's own rules, with
                // their checks: as aliases they would be full names that link alone.
                .filter(|t| {
                    kind != Kind::Person
                        || content(&parse_name(t)).len() >= content(&parse_name(&name)).len()
                })
                .collect();
            // Acronyms defined in the text stay aliases even when not seen alone.
            for s in self.seeds.seeds.iter().filter(|s| s.group == h) {
                let mut acr: Vec<&String> = s.stats.acronyms.keys().collect();
                acr.sort_unstable();
                for a in acr {
                    if !alias_names.contains(a) && *a != name {
                        alias_names.push(a.clone());
                    }
                }
            }
            alias_names.truncate(30);
            let mut rules: Vec<(String, u32)> = g
                .rules
                .iter()
                .map(|(r, c)| (r.as_str().to_string(), *c))
                .collect();
            rules.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let single = content(&parse_name(&name)).len() == 1;
            // (One word besides particles and function words: `Del Prado`, `In
            // Zeitung`.)
            let lone = content(&parse_name(&name))
                .iter()
                .filter(|p| {
                    !crate::name::is_particle(&p.folded) && !crate::name::is_stopword(&p.folded)
                })
                .count()
                <= 1;
            if lone && kind == Kind::Person && !self.seeds.names_a_person(h) {
                continue;
            }
            let confidence = confidence(g.docs, single, &evidence, head);
            let base = slug(&name);
            let count = used_ids.entry(base.clone()).or_default();
            *count += 1;
            let id = if *count == 1 {
                base
            } else {
                format!("{base}-{count}")
            };
            out.push(Proposal {
                id,
                name,
                kind,
                aliases: alias_names,
                discovered: Discovered {
                    documents: g.docs,
                    mentions: g.mentions,
                    confidence,
                    evidence,
                    rules: rules.into_iter().collect(),
                    spellings,
                    examples: g.examples,
                },
            });
        }
        out.sort_by(|a, b| {
            b.discovered
                .documents
                .cmp(&a.discovered.documents)
                .then(b.discovered.confidence.total_cmp(&a.discovered.confidence))
                .then(a.id.cmp(&b.id))
        });
        unshared_aliases(&mut out);
        out
    }
}

/// Leaves each written name to one proposal, so that the proposals load as a
/// gazetteer in which no name is two entities' (the linker links such a name to
/// neither): an alias that is another proposal's name is dropped (`BNG`, proposed
/// on its own, stays no alias of `Bloque Nacionalista Galego`, where the linker
/// linked it once as the acronym the name spells), and an alias of several
/// proposals stays with the first, the one in most documents.
fn unshared_aliases(proposals: &mut [Proposal]) {
    let names: std::collections::HashSet<String> = proposals
        .iter()
        .map(|p| nomen_fold::fold(&p.name).into_owned())
        .collect();
    let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
    for p in proposals.iter_mut() {
        let own = nomen_fold::fold(&p.name).into_owned();
        p.aliases.retain(|a| {
            let f = nomen_fold::fold(a).into_owned();
            f == own || (!names.contains(&f) && taken.insert(f))
        });
    }
}

/// A letter of the Latin script (Basic Latin to Latin Extended-B and IPA, Latin
/// Extended Additional).
fn is_latin(c: char) -> bool {
    (c as u32) < 0x0300 || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// A heuristic confidence in `[0, 1]`: more documents, a name of several words and
/// evidence of its kind raise it; it is a ranking aid, not a calibrated probability.
fn confidence(docs: u32, single: bool, evidence: &KindEvidence, head: &Seed) -> f64 {
    let mut c = 1.0 - 0.7f64.powi(docs.min(60) as i32);
    if single {
        c *= if head.stats.acronym_shape > 0 {
            0.85
        } else {
            0.75
        };
    }
    if evidence.score.iter().all(|&s| s == 0) {
        c *= 0.9;
    }
    (c * 100.0).round() / 100.0
}

/// The canonical name: among the spellings seen in at least a tenth as many mentions
/// as the most frequent one, the most complete (most words, then most written out),
/// then mixed case before ALL CAPS, Latin script before the others, then the most
/// frequent.
fn canonical(spellings: &HashMap<String, u32>) -> Option<String> {
    let top = *spellings.values().max()?;
    spellings
        .iter()
        .filter(|(t, &c)| c * 10 >= top && !t.starts_with(|ch: char| ch.is_lowercase()))
        .max_by(|a, b| {
            let key = |(t, c): (&String, &u32)| {
                let parts = parse_name(t);
                let words = content(&parts);
                (
                    words.len(),
                    // Written out before initials (`Halvard Østby`, not `H. Østby`).
                    words.iter().filter(|p| !p.is_initial).count(),
                    !t.contains(','),
                    t.chars().any(|c| c.is_lowercase()),
                    // The Latin spelling before its transcriptions (the linker reads
                    // them as the Latin name, not the other way round).
                    script::of(t) == Some(crate::inflect::Script::Latin),
                    *c,
                    std::cmp::Reverse(t.clone()),
                )
            };
            key((a.0, a.1)).cmp(&key((b.0, b.1)))
        })
        .map(|(t, _)| t.clone())
}

/// An id from a name: folded words joined by `-`.
fn slug(name: &str) -> String {
    let f = nomen_fold::fold(name);
    let mut out = String::new();
    for w in f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(w);
    }
    if out.is_empty() {
        out.push_str("entity");
    }
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// About 60 bytes either side of `start..end`, on char boundaries, on one line.
fn context(text: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(60);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + 60).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    let mut out = String::new();
    if a > 0 {
        out.push('…');
    }
    out.push_str(&collapse(&text[a..b]));
    if b < text.len() {
        out.push('…');
    }
    out
}

/// A proposed gazetteer entry (one JSON line of `nomen entities discover -o`): the
/// gazetteer's own fields, and what discovery found in `discovered` (kept and ignored
/// by `--entities`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Proposal {
    /// An id made from the name (`foro-penal`).
    pub id: String,
    /// The most complete of the frequent spellings.
    pub name: String,
    /// The kind the evidence points to (`other` without evidence).
    pub kind: Kind,
    /// The other spellings seen, most frequent first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// What discovery found.
    pub discovered: Discovered,
}

/// What discovery found of a proposal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Discovered {
    /// Documents that mention it.
    pub documents: u32,
    /// Mentions linked.
    pub mentions: u32,
    /// Heuristic confidence in `[0, 1]`.
    pub confidence: f64,
    /// The evidence for each kind.
    pub evidence: KindEvidence,
    /// How its mentions linked (linker rules and counts).
    pub rules: Vec<(String, u32)>,
    /// Every spelling its mentions had, with counts, most frequent first (a person's
    /// surname alone is one, though not an alias).
    pub spellings: Vec<(String, u32)>,
    /// Example contexts.
    pub examples: Vec<Example>,
}

/// Discovery over documents in memory: both passes, with `known` as the gazetteer whose
/// entities are not proposed. `docs` yields `(id, title, body)` and is read twice.
pub fn discover_documents<'a, I>(known: Arc<Gazetteer>, docs: I, options: &Options) -> Vec<Proposal>
where
    I: IntoIterator<Item = (&'a str, &'a str, &'a str)> + Clone,
{
    let linker = crate::Linker::new(known.clone());
    let mut collector = Collector::new(options);
    let kind_of = |id: &str| known.get(id).map(|e| e.kind);
    for (id, title, body) in docs.clone() {
        let links = linker.link_document(title, body);
        collector.add(candidates(
            linker.folder(),
            id,
            title,
            body,
            &links,
            &kind_of,
        ));
    }
    let seeds = collector.seeds(&linker, options);
    let linker = crate::Linker::new(Arc::new(seeds.gazetteer(&known)));
    let mut tally = seeds.tally(options);
    let scanner = tally.scanner();
    for (id, title, body) in docs {
        let links = linker.link_document(title, body);
        tally.add(scanner.of_document(id, title, body, &links));
    }
    tally.proposals()
}

#[cfg(test)]
mod tests;
