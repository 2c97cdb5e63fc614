//! Name resolution: which gazetteer entities a name, as a user typed it, may mean.
//!
//! [`Resolver::new`] parses every name and alias of the gazetteer once and indexes them
//! by folded part, by sound-alike key, by character trigrams of each part (for typos:
//! `Madurro`, `Edmundo Gonzales`), by acronym and by Han/Kana character. A query gathers
//! candidates from those indexes (never scanning all entities), scores each candidate
//! name with [`compare_names`]'s alignment, keeps each entity's best name and ranks.
//! Every [`Candidate`] carries the alignment that explains its score.
//!
//! [`Resolver::resolve_one`] picks the one entity a user means, or says why it cannot:
//! nothing scores [`MATCH_THRESHOLD`] or more, or several entities score close to each
//! other (`Rodríguez` → Jorge and Delcy).

mod score;

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use serde::Serialize;

use crate::gazetteer::{Entity, Gazetteer, Kind};
use crate::name::{parse_name, phonetic_es, NamePart, NameParts};
use crate::name_groups;

mod postings;
use postings::{Builder, Postings};

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
}

/// Why [`Resolver::resolve_one`] found no single entity.
#[derive(Debug, Clone, PartialEq)]
pub enum ResolveError {
    /// Nothing scores [`MATCH_THRESHOLD`] or more.
    NotFound {
        /// The name as given.
        name: String,
    },
    /// Several entities score close to each other.
    Ambiguous {
        /// The name as given.
        name: String,
        /// The close candidates, best first.
        candidates: Vec<Candidate>,
    },
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResolveError::NotFound { name } => write!(f, "no entity matches {name:?}"),
            ResolveError::Ambiguous { name, candidates } => {
                write!(f, "{name:?} is ambiguous: ")?;
                for (i, c) in candidates.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{} ({}, {:.2})", c.id, c.name, c.score)?;
                }
                f.write_str("; use an id")
            }
        }
    }
}

impl std::error::Error for ResolveError {}

/// One indexed name or alias.
#[derive(Debug)]
struct IndexedName {
    entity: u32,
    alias: bool,
    text: String,
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
/// assert_eq!(resolver.resolve_one("Мадуро")?.id, "nicolas-maduro");
/// assert!(matches!(
///     resolver.resolve_one("Rodríguez"),
///     Err(ResolveError::Ambiguous { .. })
/// ));
/// # Ok::<(), ResolveError>(())
/// ```
#[derive(Debug)]
pub struct Resolver {
    gazetteer: Arc<Gazetteer>,
    names: Vec<IndexedName>,
    /// Folded content part → names holding it.
    words: Postings<String>,
    /// Sound-alike key of a part → names.
    sounds: Postings<String>,
    /// Trigram of a part (padded `^word$`) → names.
    /// Built on first use: only a query part spelt like no indexed part (a typo)
    /// needs it, and it is the largest index (a third of the build).
    grams: std::sync::OnceLock<Postings<[char; 3]>>,
    /// Acronym of a name's content words → names.
    acronyms: Postings<String>,
    /// Han/Kana character → names.
    chars: Postings<char>,
    /// Cross-script name group ([`crate::name_groups`]) of a part → names.
    name_groups: Postings<u32>,
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
                    alias: k > 0,
                    text: text.to_string(),
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
        let mut acronyms = Builder::<String>::default();
        let mut chars = Builder::<char>::default();
        let mut groups = Builder::<u32>::default();
        for (name, name_sounds) in parse_all(gazetteer.entities()) {
            let id = names.len() as u32;
            let mut name_sounds = name_sounds.into_iter();
            for p in name.parts.content() {
                if p.ideographic {
                    for c in p.folded.chars() {
                        chars.add(&c, id);
                    }
                    continue;
                }
                words.add(p.folded.as_str(), id);
                if p.is_initial {
                    continue;
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
            names.push(name);
        }
        Resolver {
            gazetteer: Arc::clone(&gazetteer),
            names,
            words: words.build(),
            sounds: sounds.build(),
            grams: std::sync::OnceLock::new(),
            acronyms: acronyms.build(),
            chars: chars.build(),
            name_groups: groups.build(),
        }
    }

    /// The trigram index of the parts of four characters or more (not initials, not
    /// Han or Kana), built on first use.
    fn grams(&self) -> &Postings<[char; 3]> {
        self.grams.get_or_init(|| {
            let mut grams = Builder::<[char; 3]>::default();
            for (id, name) in self.names.iter().enumerate() {
                for p in name.parts.content() {
                    if !p.ideographic && !p.is_initial && p.folded.chars().count() >= 4 {
                        for g in trigrams(&p.folded) {
                            grams.add(&g, id as u32);
                        }
                    }
                }
            }
            grams.build()
        })
    }

    /// The gazetteer this resolver searches.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The entities `name` may mean, best first, at most `limit`; candidates scoring
    /// below [`MIN_CANDIDATE_SCORE`] are left out.
    pub fn resolve(&self, name: &str, limit: usize) -> Vec<Candidate> {
        let query = parse_name(name);
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
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
            if p.ideographic {
                let n = p.folded.chars().count().max(1) as f32;
                for c in p.folded.chars() {
                    add(self.chars.get(&c), 1.0 / n);
                }
                continue;
            }
            add(self.words.get(p.folded.as_str()), 2.0);
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
                .filter_map(|g| self.grams().get(g))
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
            let need = grams.len().div_ceil(2) as u16;
            for (id, c) in counts {
                if c >= need {
                    *evidence.entry(id).or_default() += f32::from(c) / grams.len() as f32;
                }
            }
        }

        let mut ranked: Vec<(u32, f32)> = evidence.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(MAX_SCORED);

        // Best name per entity.
        let mut best: HashMap<u32, (f64, u32, Comparison)> = HashMap::new();
        for (id, _) in ranked {
            let n = &self.names[id as usize];
            let c = compare_parsed(&query, &n.parts);
            if c.score < MIN_CANDIDATE_SCORE {
                continue;
            }
            let better = match best.get(&n.entity) {
                None => true,
                Some((s, prev, _)) => {
                    c.score > *s || (c.score == *s && !n.alias && self.names[*prev as usize].alias)
                }
            };
            if better {
                best.insert(n.entity, (c.score, id, c));
            }
        }
        let entities = self.gazetteer.entities();
        let mut out: Vec<Candidate> = best
            .into_iter()
            .map(|(e, (score, id, c))| {
                let entity = &entities[e as usize];
                let n = &self.names[id as usize];
                Candidate {
                    id: entity.id.clone(),
                    name: entity.name.clone(),
                    kind: entity.kind,
                    score,
                    why: Explanation {
                        matched: n.text.clone(),
                        alias: n.alias,
                        id: false,
                        parts: c.parts,
                    },
                }
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        out.truncate(limit);
        out
    }

    /// The one entity `name` means: an entity id given as it is, or the best candidate
    /// when it scores [`MATCH_THRESHOLD`] or more and no other candidate comes within
    /// [`AMBIGUITY_MARGIN`] of it (a best candidate with score 1 is only ambiguous with
    /// another of score 1).
    pub fn resolve_one(&self, name: &str) -> Result<Candidate, ResolveError> {
        if let Some(entity) = self.gazetteer.get(name.trim()) {
            return Ok(Candidate {
                id: entity.id.clone(),
                name: entity.name.clone(),
                kind: entity.kind,
                score: 1.0,
                why: Explanation {
                    matched: entity.id.clone(),
                    alias: false,
                    id: true,
                    parts: Vec::new(),
                },
            });
        }
        let mut candidates = self.resolve(name, 10);
        let Some(top) = candidates.first().filter(|c| c.score >= MATCH_THRESHOLD) else {
            return Err(ResolveError::NotFound {
                name: name.to_string(),
            });
        };
        let exact = top.score >= 1.0;
        let floor = top.score - AMBIGUITY_MARGIN;
        // One word that is the whole name of a place or body and the surname of people
        // (`Rodríguez`: a city, and Delcy and Jorge): without a text to settle it, as
        // ambiguous as two people sharing a surname.
        let thing_or_surname =
            exact && top.kind != Kind::Person && parse_name(name).content().count() == 1;
        candidates.retain(|c| {
            (c.score > floor && (!exact || c.score >= 1.0))
                || (thing_or_surname && c.kind == Kind::Person && c.score >= MATCH_THRESHOLD)
        });
        if candidates.len() > 1 {
            return Err(ResolveError::Ambiguous {
                name: name.to_string(),
                candidates,
            });
        }
        Ok(candidates.swap_remove(0))
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
        assert_eq!(r.resolve_one("Madurro").unwrap().id, "nicolas-maduro");
        assert_eq!(
            r.resolve_one("nicolas-maduro").unwrap().id,
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
        assert!(err.ends_with("; use an id"), "{err}");
        // The name that leaves fewer parts unexplained wins: Nicolás Maduro over his
        // son Nicolás Maduro Guerra.
        assert_eq!(
            r.resolve_one("Felipe González").unwrap().id,
            "felipe-gonzalez"
        );
        assert_eq!(r.resolve_one("Maduro").unwrap().id, "nicolas-maduro");
        assert_eq!(r.resolve_one("WSJ").unwrap().id, "wall-street-journal");
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
            assert_eq!(r.resolve_one(q).map(|c| c.id), Ok(id.to_string()), "{q}");
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
