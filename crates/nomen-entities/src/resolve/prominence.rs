//! Which of several comparable candidates a user most likely means.
//!
//! The score says how well a name fits; it cannot tell apart two entities that fit
//! equally (`Rodríguez`: two people and a city). Two signals can:
//!
//! * **Mentions in the index being searched**: an entity the archive mentions in
//!   hundreds of articles is likelier than one it never mentions. Used when resolving
//!   for an index ([`super::Resolver::resolve_one_with`]).
//! * **The prior of a place** ([`prior`]): a country before a world region before a
//!   city, a city by its population (GeoNames' figure in the built-in places' field
//!   `population`). The built-in data has no mark for capitals: a capital ranks by its
//!   population like any city.
//!
//! Candidates are comparable when their scores are within [`super::AMBIGUITY_MARGIN`]
//! of the best, or when the best is a place's or body's one-word name that is also
//! people's surname. Among comparable candidates, one with [`MENTIONS_RATIO`] times the
//! mentions of every other (and at least one) is chosen; failing that, a place with
//! [`PRIOR_RATIO`] times the prior of every other (all of them places scoring 0.9 or
//! more: between two readings of a typo, the larger place is no likelier); failing
//! that, the name is ambiguous.

use serde::Serialize;

use super::{Candidate, ResolveError, AMBIGUITY_MARGIN, MATCH_THRESHOLD};
use crate::gazetteer::{Entity, Kind};

/// A candidate mentioned in this many times the articles of every other comparable one
/// is chosen.
pub const MENTIONS_RATIO: u64 = 3;
/// A place with this many times the prior of every other comparable place is chosen.
pub const PRIOR_RATIO: f64 = 3.0;
/// Places are told apart by their prior only when all of them score this much (one
/// of their names in another spelling): between two readings of a typo, the more
/// populous place is no likelier.
const PRIOR_FLOOR: f64 = 0.9;
/// A score from which a name is exactly one of the entity's names (in some spelling).
const EXACT: f64 = 0.99;
/// Alternatives listed beside the chosen entity.
const ALTERNATIVES: usize = 5;
/// Alternatives scoring below this are not listed.
const ALTERNATIVE_FLOOR: f64 = super::MIN_CANDIDATE_SCORE;
/// Prior of a country or territory (above any city's population).
const COUNTRY: f64 = 1e11;
/// Prior of a world region (`South America`).
const REGION: f64 = 1e10;

/// How the entity was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChosenBy {
    /// The name was the entity's id.
    Id,
    /// It was the only candidate scoring close to the best.
    Score,
    /// Among comparable candidates, it is the most mentioned in the index.
    Mentions,
    /// Among comparable places, it is the most prominent (kind, population).
    Prominence,
}

/// The entity a name means, and the others it might have meant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resolution {
    /// The entity chosen.
    pub entity: Candidate,
    /// Other candidates considered, best first (at most five, scoring
    /// [`super::MIN_CANDIDATE_SCORE`] or more).
    pub alternatives: Vec<Candidate>,
    /// How it was chosen among them.
    pub chosen_by: ChosenBy,
}

/// The prominence of `entity` outside any index: for a built-in place, [`COUNTRY`] for
/// a country or territory, [`REGION`] for a world region, its population for a city; 0
/// for anything else (people, bodies, places without those fields).
pub fn prior(entity: &Entity) -> f64 {
    if entity.kind != Kind::Place {
        return 0.0;
    }
    let source = entity
        .extra
        .get("source")
        .and_then(|s| s.as_str())
        .unwrap_or("");
    if let Some(code) = source.strip_prefix("cldr:") {
        return if code.bytes().all(|b| b.is_ascii_digit()) {
            REGION
        } else {
            COUNTRY
        };
    }
    entity
        .extra
        .get("population")
        .and_then(|p| p.as_f64())
        .filter(|p| p.is_finite() && *p > 0.0)
        .unwrap_or(0.0)
}

/// Chooses among `candidates` (best first, as [`super::Resolver::resolve`] ranks them,
/// with mentions filled in when resolving for an index).
pub(super) fn choose(
    name: &str,
    mut candidates: Vec<Candidate>,
) -> Result<Resolution, ResolveError> {
    let Some(top) = candidates.first().filter(|c| c.score >= MATCH_THRESHOLD) else {
        candidates.truncate(3);
        return Err(ResolveError::NotFound {
            name: name.to_string(),
            suggestions: candidates,
        });
    };
    // A name that is exactly one entity's is comparable only with names that are exactly
    // others'.
    let floor = if top.score >= EXACT {
        EXACT - f64::EPSILON
    } else {
        top.score - AMBIGUITY_MARGIN
    };
    // A one-word name that is the whole name of a place or body and the surname of
    // people (`Rodríguez`: a city, and Delcy and Jorge): the people are comparable.
    let thing_or_surname = top.kind != Kind::Person
        && top.score >= EXACT
        && crate::name::parse_name(name).content().count() == 1;
    let comparable: Vec<usize> = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.score >= MATCH_THRESHOLD
                && (c.score > floor || (thing_or_surname && c.kind == Kind::Person))
        })
        .map(|(i, _)| i)
        .collect();
    let (pick, chosen_by) = if comparable.len() == 1 {
        (0, ChosenBy::Score)
    } else if let Some(i) = dominant(
        &comparable,
        |i| candidates[i].mentions.unwrap_or(0) as f64,
        MENTIONS_RATIO as f64,
    ) {
        (i, ChosenBy::Mentions)
    } else if comparable
        .iter()
        .all(|&i| candidates[i].kind == Kind::Place && candidates[i].score >= PRIOR_FLOOR)
    {
        match dominant(&comparable, |i| candidates[i].prior, PRIOR_RATIO) {
            Some(i) => (i, ChosenBy::Prominence),
            None => return Err(ambiguous(name, &candidates, &comparable)),
        }
    } else {
        return Err(ambiguous(name, &candidates, &comparable));
    };
    let entity = candidates.remove(pick);
    let alternatives = candidates
        .into_iter()
        .filter(|c| c.score >= ALTERNATIVE_FLOOR)
        .take(ALTERNATIVES)
        .collect();
    Ok(Resolution {
        entity,
        alternatives,
        chosen_by,
    })
}

/// The one of `items` whose `value` is positive and at least `ratio` times every
/// other's.
fn dominant(items: &[usize], value: impl Fn(usize) -> f64, ratio: f64) -> Option<usize> {
    let mut sorted: Vec<(usize, f64)> = items.iter().map(|&i| (i, value(i))).collect();
    sorted.sort_by(|a, b| b.1.total_cmp(&a.1));
    let (best, v) = sorted[0];
    let next = sorted.get(1).map_or(0.0, |s| s.1);
    (v > 0.0 && v >= ratio * next && v > next).then_some(best)
}

fn ambiguous(name: &str, candidates: &[Candidate], comparable: &[usize]) -> ResolveError {
    ResolveError::Ambiguous {
        name: name.to_string(),
        candidates: comparable.iter().map(|&i| candidates[i].clone()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::Explanation;

    fn c(id: &str, kind: Kind, score: f64, prior: f64, mentions: Option<u64>) -> Candidate {
        Candidate {
            id: id.to_string(),
            name: id.to_string(),
            kind,
            score,
            why: Explanation {
                matched: id.to_string(),
                alias: false,
                id: false,
                parts: Vec::new(),
                notes: Vec::new(),
            },
            mentions,
            prior,
        }
    }

    #[test]
    fn mentions_settle_comparable_candidates() {
        let r = choose(
            "x",
            vec![
                c("a", Kind::Person, 0.88, 0.0, Some(2)),
                c("b", Kind::Person, 0.88, 0.0, Some(40)),
            ],
        )
        .unwrap();
        assert_eq!(
            (r.entity.id.as_str(), r.chosen_by),
            ("b", ChosenBy::Mentions)
        );
        assert_eq!(r.alternatives[0].id, "a");
        // Close counts: ambiguous.
        let e = choose(
            "x",
            vec![
                c("a", Kind::Person, 0.88, 0.0, Some(20)),
                c("b", Kind::Person, 0.88, 0.0, Some(40)),
            ],
        );
        assert!(matches!(e, Err(ResolveError::Ambiguous { .. })), "{e:?}");
    }

    #[test]
    fn places_by_prior_people_never() {
        let r = choose(
            "x",
            vec![
                c("town", Kind::Place, 1.0, 200_000.0, None),
                c("city", Kind::Place, 1.0, 3_000_000.0, None),
            ],
        )
        .unwrap();
        assert_eq!(r.entity.id, "city");
        let e = choose(
            "x",
            vec![
                c("p1", Kind::Person, 0.88, 0.0, None),
                c("p2", Kind::Person, 0.88, 0.0, None),
            ],
        );
        assert!(matches!(e, Err(ResolveError::Ambiguous { .. })));
    }

    #[test]
    fn a_clear_best_needs_nothing_else_and_weak_is_not_found() {
        let r = choose(
            "x",
            vec![
                c("a", Kind::Person, 0.88, 0.0, Some(0)),
                c("b", Kind::Place, 0.6, 0.0, Some(500)),
            ],
        )
        .unwrap();
        assert_eq!((r.entity.id.as_str(), r.chosen_by), ("a", ChosenBy::Score));
        let e = choose("x", vec![c("b", Kind::Place, 0.6, 0.0, None)]);
        match e {
            Err(ResolveError::NotFound { suggestions, .. }) => assert_eq!(suggestions.len(), 1),
            other => panic!("{other:?}"),
        }
    }
}
