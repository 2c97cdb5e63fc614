//! Name resolution: which gazetteer entities a name, as a user typed it, may mean.
//!
//! [`Resolver::new`] parses every name and alias of the gazetteer once and indexes them
//! by folded part, by sound-alike key, by character trigrams of each part (for typos:
//! `Madurro`, `Edmundo Gonzales`), by acronym and by Han/Kana character
//! (`postings`); [`Resolver::cached`] keeps those tables in a cache file beside the
//! linker's and reads them in place (`tables`). A query, and its words read as base
//! forms of inflected words (`bases`), gathers candidates from those indexes (never
//! scanning all entities), aligns each candidate name with [`compare_names`]'s
//! alignment, judges the alignment with the resolver's rules into a calibrated score
//! (`evidence`), keeps each entity's best name and ranks. Every [`Candidate`] carries
//! the alignment and the rules that explain its score.
//!
//! [`Resolver::resolve_one`] picks the one entity a user means, or says why it cannot:
//! nothing scores [`MATCH_THRESHOLD`] or more, or several entities score close to each
//! other and neither the index's mentions nor a place's prominence tells them apart
//! (`prominence`; `Rodríguez` → Jorge and Delcy).

mod bases;
mod evidence;
mod prominence;
mod score;
mod tables;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use crate::gazetteer::{Entity, Gazetteer, Kind};
use crate::name::{parse_name, phonetic_es, NamePart, NameParts};
use crate::name_groups;

mod postings;
use postings::{Builder, Postings};

pub use prominence::{ChosenBy, Resolution, MENTIONS_RATIO, PRIOR_RATIO};
pub use score::{compare_names, compare_parsed, Comparison, PartAlignment, Status, Via};

/// The score from which two names are taken to be the same (as in the name bench).
pub const MATCH_THRESHOLD: f64 = 0.7;
/// Candidates scoring below this are not returned at all.
pub const MIN_CANDIDATE_SCORE: f64 = 0.3;
/// A candidate within this distance of the best one makes a name ambiguous (unless the
/// best one matches exactly, with score 1).
pub const AMBIGUITY_MARGIN: f64 = 0.1;
/// Trigrams held by more names than this are skipped in typo lookups (unless needed to
/// have three).
const MAX_GRAM_POSTINGS: usize = 20_000;
/// Gazetteers with at least this many entities are parsed on several threads.
const PARALLEL_FROM: usize = 20_000;
/// At most this many candidate names are scored per query (the best by index evidence).
const MAX_SCORED: usize = 500;

/// Why a candidate matched: the entity name or alias that scored best, and its alignment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    /// The entity's name or alias that was compared (or the id, for an id lookup).
    pub matched: String,
    /// True when `matched` is an alias rather than the canonical name.
    pub alias: bool,
    /// True when the query was the entity's id.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub id: bool,
    /// Which parts agreed, were omitted or contradicted.
    pub parts: Vec<PartAlignment>,
    /// What raised or lowered the score beyond the parts' agreement, in words
    /// (`surname only`, `"banco" unexplained`, `base form "makron" of "makrona"`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Explanation {
    /// A one-line summary: `alias "Мадуро": maduro=maduro folded; nicolas omitted`.
    pub fn short(&self) -> String {
        if self.id {
            return "id".to_string();
        }
        let mut out = String::new();
        if self.alias {
            out.push_str(&format!("alias {:?}: ", self.matched));
        }
        let items: Vec<String> = self
            .parts
            .iter()
            .map(|p| {
                let q = p.query.as_deref().unwrap_or("-");
                let n = p.name.as_deref().unwrap_or("-");
                match (p.status, p.via) {
                    (Status::Agreed, Some(Via::NameGroup)) => {
                        let group = crate::name_groups::shared_group(q, n)
                            .map(|g| format!(" (Wikidata {})", crate::name_groups::group_name(g)))
                            .unwrap_or_default();
                        format!("{q}={n} {}{group}", via_name(Via::NameGroup))
                    }
                    (Status::Agreed, Some(via)) if q == n => format!("{q} {}", via_name(via)),
                    (Status::Agreed, Some(via)) => format!("{q}={n} {}", via_name(via)),
                    (Status::Agreed, None) => format!("{q}={n}"),
                    (Status::Omitted, _) => {
                        format!(
                            "{} omitted",
                            p.query.as_deref().or(p.name.as_deref()).unwrap_or("-")
                        )
                    }
                    (Status::Contradicted, _) => format!("{q}≠{n}"),
                }
            })
            .collect();
        out.push_str(&items.join("; "));
        for note in &self.notes {
            out.push_str(" (");
            out.push_str(note);
            out.push(')');
        }
        out
    }
}

fn via_name(via: Via) -> &'static str {
    match via {
        Via::Exact => "exact",
        Via::Folded => "folded",
        Via::Phonetic => "phonetic",
        Via::Typo => "typo",
        Via::Initial => "initial",
        Via::Characters => "characters",
        Via::Acronym => "acronym",
        Via::Prefix => "prefix",
        Via::Joined => "joined",
        Via::LegalClass => "legal-class",
        Via::NameGroup => "same name in another script",
    }
}

/// An entity a name may mean, with its score and the explanation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// The entity id.
    pub id: String,
    /// The entity's canonical name.
    pub name: String,
    /// The entity's kind.
    pub kind: Kind,
    /// Score in `[0, 1]` of the entity's best name against the query.
    pub score: f64,
    /// Which name scored and how its parts aligned.
    pub why: Explanation,
    /// Articles of the index searched that mention the entity, when resolved for an
    /// index ([`Resolver::resolve_one_with`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mentions: Option<u64>,
    /// Prominence of the entity outside any index (the `prominence` module): for places, a
    /// country over a world region over a city, a city by population; 0 otherwise.
    #[serde(skip)]
    pub prior: f64,
}

/// Why [`Resolver::resolve_one`] found no single entity.
#[derive(Debug, Clone, PartialEq)]
pub enum ResolveError {
    /// Nothing scores [`MATCH_THRESHOLD`] or more.
    NotFound {
        /// The name as given.
        name: String,
        /// The closest candidates (below the threshold), best first; may be empty.
        suggestions: Vec<Candidate>,
    },
    /// Several entities score close to each other and neither prominence nor the
    /// index's mentions tell them apart.
    Ambiguous {
        /// The name as given.
        name: String,
        /// The close candidates, best first.
        candidates: Vec<Candidate>,
    },
}

/// `name (id, score[, N articles])`.
fn describe(c: &Candidate) -> String {
    match c.mentions {
        Some(m) => format!(
            "{} ({}, {:.2}, {m} article{})",
            c.name,
            c.id,
            c.score,
            if m == 1 { "" } else { "s" }
        ),
        None => format!("{} ({}, {:.2})", c.name, c.id, c.score),
    }
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResolveError::NotFound { name, suggestions } => {
                write!(f, "no entity matches {name:?}")?;
                if !suggestions.is_empty() {
                    let s: Vec<String> = suggestions.iter().map(describe).collect();
                    write!(
                        f,
                        " well enough; closest, all below {MATCH_THRESHOLD}: {}",
                        s.join(", ")
                    )?;
                }
                Ok(())
            }
            ResolveError::Ambiguous { name, candidates } => {
                write!(f, "{name:?} is ambiguous: ")?;
                let s: Vec<String> = candidates.iter().map(describe).collect();
                f.write_str(&s.join(", "))?;
                f.write_str("; give its id or a fuller name")
            }
        }
    }
}

impl std::error::Error for ResolveError {}

/// One indexed name or alias, parsed.
#[derive(Debug)]
struct IndexedName {
    entity: u32,
    index: u32,
    parts: NameParts,
}

/// Resolves names to gazetteer entities. Cheap to share (`Send + Sync`).
///
/// # Example
///
/// ```
/// use std::sync::Arc;
/// use nomen_entities::{Gazetteer, ResolveError, Resolver};
///
/// let resolver = Resolver::new(Arc::new(Gazetteer::builtin()));
/// let best = &resolver.resolve("Madurro", 3)[0];
/// assert_eq!(best.id, "nicolas-maduro");
/// assert_eq!(resolver.resolve_one("Мадуро")?.entity.id, "nicolas-maduro");
/// assert!(matches!(
///     resolver.resolve_one("Rodríguez"),
///     Err(ResolveError::Ambiguous { .. })
/// ));
/// # Ok::<(), ResolveError>(())
/// ```
#[derive(Debug)]
pub struct Resolver {
    gazetteer: Arc<Gazetteer>,
    /// Name id → the entity and the index of the name among its names (0: the
    /// canonical name). Names are parsed again when a query makes them candidates.
    names: Vec<(u32, u32)>,
    /// Folded content part → names holding it.
    words: Postings,
    /// Sound-alike key of a part → names.
    sounds: Postings,
    /// Trigram of a part of four letters or more (padded `^word$`) → names.
    grams: Postings,
    /// Acronym of a name's content words → names.
    acronyms: Postings,
    /// Han/Kana character → names.
    chars: Postings,
    /// Cross-script name group ([`crate::name_groups`]) of a part → names.
    name_groups: Postings,
}

/// Parses every name and alias of `entities` (on several threads for large
/// gazetteers), with the sound-alike key of each non-initial Latin content part.
fn parse_all(entities: &[Entity]) -> Vec<(IndexedName, Vec<String>)> {
    let parse_range = |range: std::ops::Range<usize>| -> Vec<(IndexedName, Vec<String>)> {
        let mut out = Vec::new();
        for e in range {
            for (k, text) in entities[e].names().enumerate() {
                let parts = parse_name(text);
                let sounds = parts
                    .content()
                    .filter(|p| !p.ideographic && !p.is_initial)
                    .map(|p| phonetic_es(&p.folded))
                    .collect();
                let name = IndexedName {
                    entity: e as u32,
                    index: k as u32,
                    parts,
                };
                out.push((name, sounds));
            }
        }
        out
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if threads < 2 || entities.len() < PARALLEL_FROM {
        return parse_range(0..entities.len());
    }
    let chunk = entities.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let range = t * chunk..((t + 1) * chunk).min(entities.len());
                scope.spawn(move || parse_range(range))
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(v) => v,
                // A panic in a parsing thread is a bug: re-raise it here.
                Err(e) => std::panic::resume_unwind(e),
            })
            .collect()
    })
}

/// Longest Han/Kana run split into pieces for name-group lookups.
const MAX_SPLIT_CHARS: usize = 12;

/// The keys under which to look up a query part's name groups: the part itself and,
/// for a Han/Kana run that is not a name part on its own, every piece of it of two
/// characters or more (and single characters, for runs of three or fewer: `习近平`).
fn group_keys(p: &NamePart) -> Vec<&str> {
    let mut keys = vec![p.folded.as_str()];
    if !p.ideographic || !name_groups::groups(&p.folded).is_empty() {
        return keys;
    }
    let bounds: Vec<usize> = p
        .folded
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(p.folded.len()))
        .collect();
    let n = bounds.len() - 1;
    if n > MAX_SPLIT_CHARS {
        return keys;
    }
    let shortest = if n <= 3 { 1 } else { 2 };
    for i in 0..n {
        for j in i + shortest..=n {
            if j - i < n {
                keys.push(&p.folded[bounds[i]..bounds[j]]);
            }
        }
    }
    keys
}

fn trigrams(word: &str) -> Vec<[char; 3]> {
    let chars: Vec<char> = std::iter::once('^')
        .chain(word.chars())
        .chain(std::iter::once('$'))
        .collect();
    chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect()
}

impl Resolver {
    /// Indexes every name and alias of `gazetteer`.
    pub fn new(gazetteer: Arc<Gazetteer>) -> Resolver {
        let mut names = Vec::new();
        let mut words = Builder::<String>::default();
        let mut sounds = Builder::<String>::default();
        let mut grams = Builder::<[char; 3]>::default();
        let mut acronyms = Builder::<String>::default();
        let mut chars = Builder::<char>::default();
        let mut groups = Builder::<u32>::default();
        for (name, name_sounds) in parse_all(gazetteer.entities()) {
            let id = names.len() as u32;
            let mut name_sounds = name_sounds.into_iter();
            for p in name.parts.content() {
                words.add(p.folded.as_str(), id);
                if p.ideographic {
                    for c in p.folded.chars() {
                        chars.add(&c, id);
                    }
                    continue;
                }
                if p.is_initial {
                    continue;
                }
                if p.folded.chars().count() >= 4 {
                    for g in trigrams(&p.folded) {
                        grams.add(&g, id);
                    }
                }
                for g in name_groups::groups(&p.folded).iter() {
                    groups.add(&g, id);
                }
                if let Some(sound) = name_sounds.next() {
                    sounds.add(sound.as_str(), id);
                }
            }
            if let Some(a) = name.parts.acronym() {
                acronyms.add(a.as_str(), id);
            }
            names.push((name.entity, name.index));
        }
        Resolver {
            gazetteer: Arc::clone(&gazetteer),
            names,
            words: words.build(),
            sounds: sounds.build(),
            grams: grams.build(),
            acronyms: acronyms.build(),
            chars: chars.build(),
            name_groups: groups.build(),
        }
    }

    /// A resolver for `gazetteer` read from `dir` when a cache of these entities by
    /// this build is there ([`Resolver::cache_path`]), else built and saved there (a
    /// failure to save is ignored: the resolver is still returned). Saving keeps the
    /// [`crate::SHARED_CACHES`] newest resolver caches of the directory.
    pub fn cached(gazetteer: Arc<Gazetteer>, dir: &Path) -> Resolver {
        let path = Self::cache_path(&gazetteer, dir);
        if let Some(r) = tables::load(Arc::clone(&gazetteer), &path) {
            return r;
        }
        let r = Resolver::new(gazetteer);
        if r.save(&path).is_ok() {
            crate::link::prune_files(dir, "resolver-", crate::SHARED_CACHES);
        }
        r
    }

    /// A resolver for `gazetteer` read from the cache file `path` (written by
    /// [`Resolver::save`]); `None` when it is missing, damaged, of another gazetteer
    /// or of another build.
    pub fn load(gazetteer: Arc<Gazetteer>, path: &Path) -> Option<Resolver> {
        tables::load(gazetteer, path)
    }

    /// Writes the resolver's tables to `path` (creating its directory).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        tables::save(self, path)
    }

    /// Where [`Resolver::cached`] keeps the tables of `gazetteer` in `dir`:
    /// `resolver-<gazetteer fingerprint>-<build>.bin`, beside the linker's cache.
    pub fn cache_path(gazetteer: &Gazetteer, dir: &Path) -> PathBuf {
        tables::path(gazetteer, dir)
    }

    /// The postings tables, in the order the cache file holds them.
    fn tables(&self) -> [&Postings; 6] {
        [
            &self.words,
            &self.sounds,
            &self.grams,
            &self.acronyms,
            &self.chars,
            &self.name_groups,
        ]
    }

    /// The text of name `id`.
    fn text(&self, id: u32) -> &str {
        let (e, k) = self.names[id as usize];
        let entity = &self.gazetteer.entities()[e as usize];
        if k == 0 {
            &entity.name
        } else {
            entity
                .aliases
                .get(k as usize - 1)
                .map_or(entity.name.as_str(), String::as_str)
        }
    }

    /// The gazetteer this resolver searches.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The entities `name` may mean, best first, at most `limit`; candidates scoring
    /// below [`MIN_CANDIDATE_SCORE`] are left out. Scores are the resolver's calibrated
    /// judgement (the `evidence` module): 0.9 and above is one of the entity's names in another
    /// spelling or form, 0.7 to 0.9 a likely reading, below 0.7 a guess. Between equal
    /// scores, the more prominent entity comes first (see the `prominence` module).
    pub fn resolve(&self, name: &str, limit: usize) -> Vec<Candidate> {
        if limit == 0 {
            return Vec::new();
        }
        let query = parse_name(name);
        if query.is_empty() {
            return Vec::new();
        }
        // Best (score, name id, comparison, judgement) per entity, over the query and
        // the base forms of its inflected words.
        let mut best: HashMap<u32, Scored> = HashMap::new();
        let mut parsed: HashMap<u32, NameParts> = HashMap::new();
        self.score_query(&query, 1.0, None, &mut best, &mut parsed);
        for (variant, stripped) in bases::variants(&query, &|w| self.is_known(w)) {
            self.score_query(
                &variant,
                bases::BASE_FORM_FACTOR,
                Some(stripped),
                &mut best,
                &mut parsed,
            );
        }
        let entities = self.gazetteer.entities();
        let mut out: Vec<Candidate> = best
            .into_iter()
            .filter(|(_, s)| s.score >= MIN_CANDIDATE_SCORE)
            .map(|(e, s)| {
                let entity = &entities[e as usize];
                let alias = self.names[s.name as usize].1 > 0;
                let mut notes = s.notes;
                if let Some(b) = s.base {
                    notes.insert(0, b);
                }
                Candidate {
                    id: entity.id.clone(),
                    name: entity.name.clone(),
                    kind: entity.kind,
                    score: s.score,
                    why: Explanation {
                        matched: self.text(s.name).to_string(),
                        alias,
                        id: false,
                        parts: s.parts,
                        notes,
                    },
                    mentions: None,
                    prior: prominence::prior(entity),
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.prior.total_cmp(&a.prior))
                .then_with(|| a.id.cmp(&b.id))
        });
        out.truncate(limit);
        out
    }

    /// True when `folded` is a word of some name of the gazetteer or a name part in
    /// rigour's cross-script tables.
    fn is_known(&self, folded: &str) -> bool {
        self.words.contains_key(folded) || !name_groups::groups(folded).is_empty()
    }

    /// Gathers the candidate names of `query`, scores them and keeps each entity's
    /// best in `best` (scores multiplied by `factor`; `base` says which base form of
    /// an inflected word the query is). Names are parsed into `parsed` once.
    fn score_query(
        &self,
        query: &NameParts,
        factor: f64,
        base: Option<String>,
        best: &mut HashMap<u32, Scored>,
        parsed: &mut HashMap<u32, NameParts>,
    ) {
        let mut evidence: HashMap<u32, f32> = HashMap::new();
        let mut add = |ids: Option<&[u32]>, w: f32| {
            for &id in ids.into_iter().flatten() {
                *evidence.entry(id).or_default() += w;
            }
        };
        for p in query.content() {
            // The same name in another script (`マドゥロ` → names with `maduro`); a Han or
            // Kana run that is no name part on its own may be several written together
            // (`习近平`): its pieces count too.
            if !p.is_initial {
                let mut seen: Vec<u32> = Vec::new();
                for key in group_keys(p) {
                    for g in name_groups::groups(key).iter() {
                        if !seen.contains(&g) {
                            seen.push(g);
                            add(self.name_groups.get(&g), 2.0);
                        }
                    }
                }
            }
            add(self.words.get(p.folded.as_str()), 2.0);
            if p.ideographic {
                let n = p.folded.chars().count().max(1) as f32;
                for c in p.folded.chars() {
                    add(self.chars.get(&c), 1.0 / n);
                }
                continue;
            }
            if p.is_initial {
                continue;
            }
            add(self.sounds.get(phonetic_es(&p.folded).as_str()), 1.0);
        }
        if let Some(a) = query.as_acronym() {
            add(self.acronyms.get(a.as_str()), 2.0);
        }
        if let Some(a) = query.acronym() {
            add(self.words.get(a.as_str()), 1.0);
        }
        // Typos: names sharing at least half the trigrams of a query part that is not
        // spelt like any indexed part (a known part is most likely no typo).
        for p in query.content() {
            if p.ideographic
                || p.is_initial
                || p.folded.chars().count() < 4
                || self.words.contains_key(p.folded.as_str())
            {
                continue;
            }
            // Rarest trigrams first; very common ones are skipped (they would add many
            // candidates and little evidence), keeping at least three.
            let mut lists: Vec<&[u32]> = trigrams(&p.folded)
                .iter()
                .filter_map(|g| self.grams.get(g))
                .collect();
            lists.sort_by_key(|l| l.len());
            let keep = lists
                .iter()
                .position(|l| l.len() > MAX_GRAM_POSTINGS)
                .unwrap_or(lists.len())
                .max(3.min(lists.len()));
            let grams = &lists[..keep];
            let mut counts: HashMap<u32, u16> = HashMap::new();
            for list in grams {
                for &id in list.iter() {
                    *counts.entry(id).or_default() += 1;
                }
            }
            // A short word shares few trigrams with its typo (`Germnay` / `Germany`: 3 of
            // 7): a third of them suffice up to eight letters.
            let need = if p.folded.chars().count() <= 8 {
                grams.len().div_ceil(3)
            } else {
                grams.len().div_ceil(2)
            } as u16;
            for (id, c) in counts {
                if c >= need {
                    *evidence.entry(id).or_default() += f32::from(c) / grams.len() as f32;
                }
            }
        }

        let mut ranked: Vec<(u32, f32)> = evidence.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(MAX_SCORED);

        let entities = self.gazetteer.entities();
        let words = KnownWords(self);
        for (id, _) in ranked {
            let (entity, index) = self.names[id as usize];
            let parts = parsed
                .entry(id)
                .or_insert_with(|| parse_name(self.text(id)));
            let c = compare_parsed(query, parts);
            if c.score <= 0.0 {
                continue;
            }
            let kind = entities[entity as usize].kind;
            let j = evidence::judge(query, parts, &c, kind, &words, base.is_some());
            let score = j.score * factor;
            let better = match best.get(&entity) {
                None => true,
                Some(prev) => {
                    score > prev.score
                        || (score == prev.score
                            && index == 0
                            && self.names[prev.name as usize].1 > 0)
                }
            };
            if better {
                best.insert(
                    entity,
                    Scored {
                        score,
                        name: id,
                        parts: c.parts,
                        notes: j.notes,
                        base: base.clone(),
                    },
                );
            }
        }
    }

    /// The one entity `name` means: an entity id given as it is, or the best
    /// candidate when it scores [`MATCH_THRESHOLD`] or more and no other candidate
    /// comes within [`AMBIGUITY_MARGIN`] of it, unless prominence settles it (see
    /// [`Resolver::resolve_one_with`]).
    pub fn resolve_one(&self, name: &str) -> Result<Resolution, ResolveError> {
        self.resolve_one_with(name, None)
    }

    /// [`Resolver::resolve_one`], with `mentions` giving how many articles of an index
    /// mention an entity (by id): between comparable candidates (scores within
    /// [`AMBIGUITY_MARGIN`], or a one-word place's or body's name that is also people's
    /// surname), the one mentioned in at least [`MENTIONS_RATIO`] times as many articles
    /// as any other is chosen; else, for places, the one with [`PRIOR_RATIO`] times the
    /// prominence (a country over a region over a city; a city by population). Each
    /// candidate's count is in [`Candidate::mentions`].
    pub fn resolve_one_with(
        &self,
        name: &str,
        mentions: Option<&dyn Fn(&str) -> u64>,
    ) -> Result<Resolution, ResolveError> {
        if let Some(entity) = self.gazetteer.get(name.trim()) {
            return Ok(Resolution {
                entity: Candidate {
                    id: entity.id.clone(),
                    name: entity.name.clone(),
                    kind: entity.kind,
                    score: 1.0,
                    why: Explanation {
                        matched: entity.id.clone(),
                        alias: false,
                        id: true,
                        parts: Vec::new(),
                        notes: Vec::new(),
                    },
                    mentions: mentions.map(|m| m(&entity.id)),
                    prior: prominence::prior(entity),
                },
                alternatives: Vec::new(),
                chosen_by: ChosenBy::Id,
            });
        }
        let mut candidates = self.resolve(name, CONSIDERED);
        if let Some(m) = mentions {
            for c in &mut candidates {
                c.mentions = Some(m(&c.id));
            }
        }
        prominence::choose(name, candidates)
    }
}

/// How many candidates [`Resolver::resolve_one_with`] considers.
const CONSIDERED: usize = 10;

/// One entity's best name while scoring.
struct Scored {
    score: f64,
    name: u32,
    parts: Vec<PartAlignment>,
    notes: Vec<String>,
    base: Option<String>,
}

/// The resolver's words, for [`evidence::judge`].
struct KnownWords<'a>(&'a Resolver);

impl evidence::Words for KnownWords<'_> {
    fn known_other(&self, folded: &str, unless: &str) -> bool {
        if folded == unless {
            return false;
        }
        if self.0.words.contains_key(folded) {
            return true;
        }
        let groups = name_groups::groups(folded);
        if !groups.is_empty() && name_groups::shared_group(folded, unless).is_none() {
            return true;
        }
        // An inflected form of a word of the gazetteer (`trampa` of `tramp`).
        let known = |w: &str| self.0.words.contains_key(w);
        [
            crate::inflect::Script::Latin,
            crate::inflect::Script::Cyrillic,
        ]
        .iter()
        .flat_map(|&script| bases::base_forms(folded, script, &known))
        .any(|b| b != unless)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written entities: the tests below are about the resolver's logic,
    /// not about the thousands of generated places (tested on their own).
    fn resolver() -> Resolver {
        Resolver::new(Arc::new(Gazetteer::builtin_entities().unwrap()))
    }

    fn top(r: &Resolver, q: &str) -> String {
        r.resolve(q, 5)
            .first()
            .map(|c| c.id.clone())
            .unwrap_or_default()
    }

    #[test]
    fn resolver_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Resolver>();
    }

    #[test]
    fn typo_and_script_tolerant() {
        let r = resolver();
        for q in [
            "Madurro",
            "Мадуро",
            "马杜罗",
            "Nicolas Maduro",
            "MADURO MOROS, Nicolás",
            "マドゥロ",
            "尼古拉斯·马杜罗",
            "el presidente Maduro",
            "Sr. Maduro",
        ] {
            assert_eq!(top(&r, q), "nicolas-maduro", "{q}");
        }
        for q in ["Edmundo Gonzales", "E. González U.", "Gonzalez-Urrutia"] {
            assert_eq!(top(&r, q), "edmundo-gonzalez-urrutia", "{q}");
        }
        assert_eq!(top(&r, "WSJ"), "wall-street-journal");
        assert_eq!(top(&r, "Consejo Nacional Electoral"), "cne-venezuela");
        assert!(r.resolve("Zzyzx Qwerty", 5).is_empty());
    }

    #[test]
    fn resolve_one_outcomes() {
        let r = resolver();
        assert_eq!(
            r.resolve_one("Madurro").unwrap().entity.id,
            "nicolas-maduro"
        );
        assert_eq!(
            r.resolve_one("nicolas-maduro").unwrap().entity.id,
            "nicolas-maduro"
        );
        match r.resolve_one("Rodríguez") {
            Err(ResolveError::Ambiguous { candidates, .. }) => {
                let mut ids: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
                ids.sort_unstable();
                assert_eq!(ids, ["delcy-rodriguez", "jorge-rodriguez"]);
            }
            other => panic!("expected ambiguity, got {other:?}"),
        }
        let err = r.resolve_one("Rodríguez").unwrap_err().to_string();
        assert!(err.starts_with("\"Rodríguez\" is ambiguous: "), "{err}");
        assert!(err.ends_with("; give its id or a fuller name"), "{err}");
        // The name that leaves fewer parts unexplained wins: Nicolás Maduro over his
        // son Nicolás Maduro Guerra.
        assert_eq!(
            r.resolve_one("Felipe González").unwrap().entity.id,
            "felipe-gonzalez"
        );
        assert_eq!(r.resolve_one("Maduro").unwrap().entity.id, "nicolas-maduro");
        assert_eq!(
            r.resolve_one("WSJ").unwrap().entity.id,
            "wall-street-journal"
        );
        assert_eq!(
            r.resolve_one("Zzyzx").unwrap_err().to_string(),
            "no entity matches \"Zzyzx\""
        );
    }

    #[test]
    fn places_in_any_language_and_script() {
        let r = Resolver::new(Arc::new(Gazetteer::builtin()));
        for (q, id) in [
            ("Каракас", "caracas"),
            ("Vereinigte Staaten", "united-states"),
            ("Estados Unidos", "united-states"),
            ("Wien", "geonames-2761369"),
            ("Вена", "geonames-2761369"),
            ("ウィーン", "geonames-2761369"),
            ("Allemagne", "country-de"),
            ("Германия", "country-de"),
            ("ドイツ", "country-de"),
            ("Elfenbeinküste", "country-ci"),
        ] {
            assert_eq!(
                r.resolve_one(q).map(|r| r.entity.id),
                Ok(id.to_string()),
                "{q}"
            );
        }
        // A city's name is also two people's surname: ambiguous, the people listed.
        match r.resolve_one("Rodríguez") {
            Err(ResolveError::Ambiguous { candidates, .. }) => {
                let ids: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
                assert!(ids.contains(&"delcy-rodriguez"), "{ids:?}");
                assert!(ids.contains(&"jorge-rodriguez"), "{ids:?}");
                assert!(candidates.iter().any(|c| c.kind == Kind::Place), "{ids:?}");
            }
            other => panic!("expected ambiguity, got {other:?}"),
        }
    }

    proptest::proptest! {
        #[test]
        fn any_query_is_answered(q in "\\PC{0,30}") {
            static RESOLVER: std::sync::OnceLock<Resolver> = std::sync::OnceLock::new();
            let r = RESOLVER.get_or_init(resolver);
            let got = r.resolve(&q, 5);
            proptest::prop_assert!(got.len() <= 5);
            proptest::prop_assert!(got.windows(2).all(|w| w[0].score >= w[1].score));
            proptest::prop_assert!(got.iter().all(|c| (MIN_CANDIDATE_SCORE..=1.0).contains(&c.score)));
            let _ = r.resolve_one(&q);
        }
    }

    #[test]
    fn saved_tables_resolve_alike_and_bad_files_are_refused() {
        let g = Arc::new(Gazetteer::builtin_entities().unwrap());
        let built = Resolver::new(Arc::clone(&g));
        let dir = std::env::temp_dir().join(format!("nomen-resolver-test-{}", std::process::id()));
        let path = Resolver::cache_path(&g, &dir);
        built.save(&path).unwrap();
        let loaded = Resolver::load(Arc::clone(&g), &path).unwrap();
        for q in [
            "Madurro",
            "Мадуро",
            "WSJ",
            "Rodríguez",
            "E. González U.",
            "马杜罗",
            "Zzyzx",
        ] {
            assert_eq!(built.resolve(q, 5), loaded.resolve(q, 5), "{q}");
        }
        // Cached: the second call loads the same file.
        let cached = Resolver::cached(Arc::clone(&g), &dir);
        assert_eq!(
            cached.resolve_one("Maduro").unwrap().entity.id,
            "nicolas-maduro"
        );
        // Another gazetteer, a cut file, garbage: refused.
        let mut other = (*g).clone();
        other.insert(crate::Entity {
            id: "x".into(),
            name: "Xavier Quintana".into(),
            kind: Kind::Person,
            aliases: Vec::new(),
            extra: serde_json::Map::new(),
        });
        assert!(Resolver::load(Arc::new(other), &path).is_none());
        // The loaded resolvers map the file: unmapped before it is cut in place below
        // (nomen itself only ever replaces a cache file by renaming a new one over it).
        drop((loaded, cached));
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        assert!(Resolver::load(Arc::clone(&g), &path).is_none());
        std::fs::write(&path, b"NOMENRSV garbage").unwrap();
        assert!(Resolver::load(Arc::clone(&g), &path).is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn explanation_is_structured() {
        let r = resolver();
        let c = &r.resolve("Мадуро", 1)[0];
        assert!(c.why.alias || c.why.matched == "Nicolás Maduro");
        let json = serde_json::to_value(c).unwrap();
        assert_eq!(json["id"], "nicolas-maduro");
        assert_eq!(json["kind"], "person");
        assert!(json["why"]["parts"].is_array());
    }
}
