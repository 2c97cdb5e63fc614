//! The resolver's score: how sure it is that a typed name means an entity, from the
//! alignment of the query with one of the entity's names ([`super::compare_parsed`]).
//!
//! [`compare_names`](super::compare_names) is symmetric: it says whether two names are
//! the same. A user's query is not symmetric with a gazetteer name: every word the user
//! typed should be explained, while the user may leave out parts of the name (the
//! surname alone). And some agreements that are fine between two full names are weak
//! evidence for a short query against 135,000 names. So the resolver judges the
//! alignment again, by these rules:
//!
//! * **Typos** (and sound-alikes that are no known spelling of the same name) are judged against the length and rarity of the word: one edit needs a
//!   word of six letters or more, two edits nine or more (an edit of the first letter
//!   counts twice: it is seldom mistyped), and a typed word that is
//!   itself a known name (another word of the gazetteer, or a name part of rigour's
//!   tables) is that name, not a typo of this one (`Lagarde` is no typo of `Lagarto`).
//! * **Acronyms** derived from a name's words match only organisations: a place or a
//!   person is written as an acronym only where the gazetteer lists it (`USA`, `AMLO`),
//!   which is matched as a name like any other (`ECB` is not the initials of a place's
//!   foreign name).
//! * **Initials** need the rest of the name to agree well (not by a typo): `X. Name`
//!   with `Name` a typo of a word is no evidence.
//! * **Words the user typed that the name does not explain** cost much (one part of a
//!   long query matching is weak: `Banco Central Europeo` is not `Europe`).
//! * **Parts of the name the user left out** cost by what they are: a person's given
//!   name left out (the surname alone) a little, a person's last surname more, one word
//!   of a place's or organisation's longer name much (`Sánchez` is a surname before it
//!   is a word of `Soledad de Graciano Sánchez`).
//!
//! The score is the mean similarity of the agreeing parts times a factor per rule; it
//! is calibrated on the test set `data/eval/resolve/` (see the README's "Resolving
//! names"): 0.9 and above is one of the entity's names in another spelling, script or
//! form; 0.7 to 0.9 is a likely reading (a surname alone, a typo in a long word, an
//! initial and a surname, an organisation's acronym); below 0.7 nomen does not pick it.

use crate::gazetteer::Kind;
use crate::name::{NamePart, NameParts, Role};

use super::score::{edit_distance, Comparison, Status, Via};

/// Factor for each word of the query that no part of the name explains.
const UNEXPLAINED_WORD: f64 = 0.45;
/// Factor for an initial of the query that no part of the name explains.
const UNEXPLAINED_INITIAL: f64 = 0.5;
/// A person named by surname(s) alone, the last surname among them.
const SURNAME_ONLY: f64 = 0.88;
/// A person named without a middle part (a middle name, a first surname).
const MIDDLE_LEFT_OUT: f64 = 0.93;
/// A person named without their last surname (`Edmundo González` of `Edmundo
/// González Urrutia`).
const LAST_SURNAME_LEFT_OUT: f64 = 0.8;
/// A person named by a first surname alone (`González` of `Edmundo González Urrutia`):
/// it is also the whole surname of others (`Felipe González`), who come first.
const FIRST_SURNAME_ONLY: f64 = 0.74;
/// A person named by given names alone.
const GIVEN_ONLY: f64 = 0.6;
/// A place's, organisation's or other entity's name of which only some words were
/// given: `PARTIAL_BASE + PARTIAL_SPAN * share` (share of its words' weight given).
const PARTIAL_BASE: f64 = 0.3;
const PARTIAL_SPAN: f64 = 0.5;
/// Similarity counted for an initial agreeing with a word.
const INITIAL_SIMILARITY: f64 = 0.6;
/// Score of an acronym of three letters or more derived from an organisation's words.
const ACRONYM: f64 = 0.85;
/// Score of a two-letter acronym derived from an organisation's words.
const SHORT_ACRONYM: f64 = 0.65;
/// Factor of a legal form on one side only, and of two forms of the same class.
const LEGAL_FORM_OMITTED: f64 = 0.92;
const LEGAL_FORM_VARIANT: f64 = 0.97;
/// Longest word typed in capitals read as an acronym (no typo allowed in it).
const MAX_ACRONYM: usize = 5;
/// Ceiling of a name with contradicted parts: listed, never picked.
const CONTRADICTED_CEILING: f64 = 0.45;

/// What the resolver asks about words while judging.
pub(super) trait Words {
    /// True when `folded` is a word of some name of the gazetteer, or a name part
    /// rigour's tables know, other than `unless` (and not a spelling of it).
    fn known_other(&self, folded: &str, unless: &str) -> bool;
}

/// The resolver's judgement of one alignment.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Judgement {
    /// Calibrated score in `[0, 1]`.
    pub(super) score: f64,
    /// The rules that lowered it, in words (`surname only`, `"banco" unexplained`).
    pub(super) notes: Vec<String>,
}

/// Judges the alignment `c` of a query with `name`, a name of an entity of `kind`.
/// `strict` (a query read with the base form of an inflected word): no typo and no
/// sound-alike counts, one reading of the words is guess enough.
pub(super) fn judge(
    query: &NameParts,
    name: &NameParts,
    c: &Comparison,
    kind: Kind,
    words: &dyn Words,
    strict: bool,
) -> Judgement {
    let mut notes = Vec::new();
    if c.score <= 0.0 || c.parts.is_empty() {
        return Judgement { score: 0.0, notes };
    }
    // An acronym against a name's words.
    if let Some(p) = c.parts.iter().find(|p| p.via == Some(Via::Acronym)) {
        if kind != Kind::Organization {
            notes.push("acronym of a name that is not an organisation's".to_string());
            return Judgement { score: 0.0, notes };
        }
        let letters = p
            .query
            .as_deref()
            .filter(|q| !q.contains(' '))
            .or(p.name.as_deref())
            .unwrap_or_default();
        notes.push("acronym of the name's words".to_string());
        let score = if letters.chars().count() <= 2 {
            SHORT_ACRONYM
        } else {
            ACRONYM
        };
        return Judgement { score, notes };
    }

    // Short words typed in capitals (`NASA`, `ASEAN`) are acronyms, not typos; a long
    // one (`COMERCIALZADORA`, lists write names in capitals) may have a typo.
    let caps: Vec<&str> = query
        .content()
        .filter(|p| p.all_caps && p.folded.chars().count() <= MAX_ACRONYM)
        .map(|p| p.folded.as_str())
        .collect();
    let translit: Vec<&str> = query
        .content()
        .filter(|p| p.exact.chars().any(is_other_script))
        .map(|p| p.folded.as_str())
        .collect();
    let mut contradicted = false;
    let mut agreed_weight = 0.0;
    let mut agreed_sum = 0.0;
    let mut factor = 1.0;
    let mut initials = 0;
    let mut weak_other = false;
    let mut covered: Vec<&str> = Vec::new();
    for p in &c.parts {
        let content = !matches!(p.role, Role::LegalForm | Role::Suffix | Role::Honorific);
        match (p.status, p.via) {
            (Status::Agreed, Some(Via::LegalClass)) => {
                factor *= LEGAL_FORM_VARIANT;
            }
            (Status::Agreed, Some(via)) => {
                let (q, n) = (
                    p.query.as_deref().unwrap_or(""),
                    p.name.as_deref().unwrap_or(""),
                );
                let q_initial = is_initial_text(q);
                let q_caps = caps.contains(&q);
                let n_initial = is_initial_text(n);
                let w = if q_initial || n_initial { 0.5 } else { 1.0 };
                let mut sim = p.similarity;
                match via {
                    Via::Typo | Via::Phonetic if strict => {
                        notes.push(format!("{q}≠{n}: a base form must match as it is"));
                        contradicted = true;
                        continue;
                    }
                    // rigour's groups are given names and surnames: a base form (a
                    // word cut to one those tables know) that meets a name of no
                    // person only through such a group is two guesses in a row
                    // (`Crete` read as `cret`, a surname whose Hebrew spelling is
                    // Kerch's name).
                    Via::NameGroup if strict && kind != Kind::Person => {
                        notes.push(format!(
                            "{q}≠{n}: a base form meets a name of no person only as it is"
                        ));
                        contradicted = true;
                        continue;
                    }
                    // Written in another script: romanisation varies (`Каракас` is
                    // `karakas`), and a sound-alike is the evidence to have.
                    Via::Phonetic
                        if translit.contains(&q)
                            && (strict
                                || q.chars().count() < 5
                                || words.known_other(q, n)
                                || edit_distance(q, n, 2).is_none()) =>
                    {
                        notes.push(format!("{q}≠{n}: another known name"));
                        contradicted = true;
                        continue;
                    }
                    Via::Phonetic if translit.contains(&q) => {}
                    // A sound-alike that is no known spelling of the same name (by
                    // rigour's groups) nor a doubled letter is judged like a typo.
                    Via::Phonetic
                        if !q_initial
                            && (kind != Kind::Person
                                || crate::name_groups::shared_group(q, n).is_none())
                            && undoubled(q) != undoubled(n) =>
                    {
                        match typo_ok(q, n, words) {
                            Ok(s) => {
                                sim = s.max(sim.min(0.9));
                                weak_other = true;
                                notes.push(format!("{q}={n} sounds alike"));
                            }
                            Err(why) => {
                                notes.push(why);
                                contradicted = true;
                                continue;
                            }
                        }
                    }
                    Via::Typo if q_caps => {
                        notes.push(format!("{q}≠{n}: a word in capitals is no typo"));
                        contradicted = true;
                        continue;
                    }
                    Via::Typo => match typo_ok(q, n, words) {
                        Ok(s) => {
                            sim = s;
                            weak_other = true;
                            notes.push(format!("{q}={n} typo"));
                        }
                        Err(why) => {
                            notes.push(why);
                            contradicted = true;
                            continue;
                        }
                    },
                    Via::Initial => {
                        initials += 1;
                        sim = INITIAL_SIMILARITY;
                    }
                    Via::Prefix | Via::Characters if sim < 0.9 => weak_other = true,
                    Via::Joined if sim < 1.0 => weak_other = true,
                    _ => {}
                }
                agreed_weight += w;
                agreed_sum += w * sim;
                covered.extend(n.split(' '));
            }
            (Status::Omitted, _) if p.role == Role::LegalForm => {
                factor *= LEGAL_FORM_OMITTED;
                notes.push("legal form on one side only".to_string());
            }
            (Status::Omitted, _) => {
                if let (Some(q), None) = (&p.query, &p.name) {
                    if content {
                        if is_initial_text(q) {
                            factor *= UNEXPLAINED_INITIAL;
                        } else {
                            factor *= UNEXPLAINED_WORD;
                        }
                        notes.push(format!("{q:?} unexplained"));
                    }
                }
            }
            (Status::Contradicted, _) => {
                contradicted = true;
                notes.push(format!(
                    "{}≠{}",
                    p.query.as_deref().unwrap_or("-"),
                    p.name.as_deref().unwrap_or("-")
                ));
            }
            (Status::Agreed, None) => {}
        }
    }
    if agreed_weight <= 0.0 {
        return Judgement { score: 0.0, notes };
    }
    // An initial needs every other agreeing part to agree well, and one whole word.
    if initials > 0 && (weak_other || agreed_weight <= 0.5 * initials as f64) {
        notes.push("an initial with no well-matched word beside it".to_string());
        return Judgement { score: 0.0, notes };
    }
    let mean = agreed_sum / agreed_weight;
    factor *= coverage(name, &covered, kind, &mut notes);
    let mut score = (mean * factor).clamp(0.0, 1.0);
    if contradicted {
        score = score.min(CONTRADICTED_CEILING).min(c.score);
    }
    // Never above the symmetric comparison's view of a full agreement with no
    // penalty (exactly 1), and never 1 unless the comparison says so.
    if c.score < 1.0 && score >= 1.0 {
        score = 0.99;
    }
    Judgement { score, notes }
}

/// True for a letter of a script other than Latin.
fn is_other_script(c: char) -> bool {
    c.is_alphabetic() && c > '\u{024F}' && !('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// `s` with runs of one letter collapsed.
fn undoubled(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// True for a folded part that is a single letter (an initial).
fn is_initial_text(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// Whether the query word `q` may be a typo of the name's word `n`, and the similarity
/// counted; or why not.
fn typo_ok(q: &str, n: &str, words: &dyn Words) -> Result<f64, String> {
    let long = q.chars().count().max(n.chars().count());
    let budget = if long >= 9 {
        2
    } else if long >= 6 {
        1
    } else {
        0
    };
    // The first letter is seldom mistyped: an edit there counts twice.
    let first_differs = q.chars().next() != n.chars().next();
    let Some(d) = edit_distance(q, n, budget)
        .filter(|&d| d > 0)
        .map(|d| d + usize::from(first_differs))
        .filter(|&d| d <= budget)
    else {
        return Err(format!(
            "{q}≠{n}: too far for a typo in a word of {long} letters"
        ));
    };
    if words.known_other(q, n) {
        return Err(format!("{q}≠{n}: {q:?} is another known name"));
    }
    Ok(1.0 - d as f64 / long as f64)
}

/// The factor for the parts of `name` the query left out (`covered` holds the folded
/// parts of the name that agreed).
fn coverage(name: &NameParts, covered: &[&str], kind: Kind, notes: &mut Vec<String>) -> f64 {
    let parts: Vec<&NamePart> = name.content_given_first();
    let is_covered = |p: &NamePart| covered.contains(&p.folded.as_str());
    if parts.iter().all(|p| is_covered(p)) {
        return 1.0;
    }
    if kind == Kind::Person && parts.len() >= 2 && !parts.iter().any(|p| p.ideographic) {
        let last = parts.len() - 1;
        let given = parts[..last]
            .iter()
            .any(|p| p.role == Role::Given && is_covered(p));
        let last_covered = is_covered(parts[last]);
        let middle_covered = parts[1..last].iter().any(|p| is_covered(p));
        let (f, note) = match (given, last_covered) {
            (true, true) => (MIDDLE_LEFT_OUT, "a middle part left out"),
            (false, true) => (SURNAME_ONLY, "surname only"),
            (true, false) if middle_covered => (LAST_SURNAME_LEFT_OUT, "last surname left out"),
            (false, false) if middle_covered => (FIRST_SURNAME_ONLY, "first surname only"),
            (_, false) => (GIVEN_ONLY, "given name only"),
        };
        notes.push(note.to_string());
        return f;
    }
    let weight = |p: &NamePart| {
        if p.is_initial || crate::name::is_generic_word(&p.folded) {
            0.5
        } else {
            1.0
        }
    };
    let total: f64 = parts.iter().map(|p| weight(p)).sum();
    let given: f64 = parts
        .iter()
        .filter(|p| is_covered(p))
        .map(|p| weight(p))
        .sum();
    let share = if total > 0.0 { given / total } else { 0.0 };
    notes.push(format!("{:.0} % of the name's words", share * 100.0));
    PARTIAL_BASE + PARTIAL_SPAN * share
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::name::parse_name;
    use crate::resolve::compare_parsed;

    struct NoWords;
    impl Words for NoWords {
        fn known_other(&self, _: &str, _: &str) -> bool {
            false
        }
    }
    struct Known(&'static str);
    impl Words for Known {
        fn known_other(&self, w: &str, _: &str) -> bool {
            w == self.0
        }
    }

    fn j(q: &str, n: &str, kind: Kind) -> f64 {
        j_with(q, n, kind, &NoWords)
    }

    fn j_with(q: &str, n: &str, kind: Kind, words: &dyn Words) -> f64 {
        let (qp, np) = (parse_name(q), parse_name(n));
        judge(&qp, &np, &compare_parsed(&qp, &np), kind, words, false).score
    }

    #[test]
    fn whole_names_in_any_spelling_score_high() {
        assert_eq!(j("Nicolás Maduro", "Nicolás Maduro", Kind::Person), 1.0);
        assert!(j("nicolas maduro", "Nicolás Maduro", Kind::Person) >= 0.95);
        assert!(j("Каракас", "Caracas", Kind::Place) >= 0.95);
    }

    #[test]
    fn surnames_and_left_out_parts() {
        let surname = j("Okafor", "Chidi Okafor", Kind::Person);
        assert!((0.7..0.9).contains(&surname), "{surname}");
        // The same word as one of a place's three words is weak.
        let place = j("Okafor", "Villa de Okafor Norte", Kind::Place);
        assert!(place < 0.7, "{place}");
        // Given name alone: weak.
        assert!(j("Chidi", "Chidi Okafor", Kind::Person) < 0.7);
        // Father and son: the whole name beats the name with a surname left out by
        // more than the ambiguity margin.
        let son = j("Ana Pérez", "Ana Pérez Gil", Kind::Person);
        assert!(1.0 - son > super::super::AMBIGUITY_MARGIN, "{son}");
    }

    #[test]
    fn typos_by_length_and_rarity() {
        // One edit in a long word: likely.
        let t = j("Wolfenbüttle", "Wolfenbüttel", Kind::Place);
        // Not in a short word typed in capitals (an acronym), nor in a five-letter word;
        // a long word in capitals may have one.
        assert_eq!(j("ASEAN", "Aswan", Kind::Place), 0.0);
        assert!(j("WOLFENBÜTTLE", "Wolfenbüttel", Kind::Place) >= 0.7);
        assert_eq!(j("Aswen", "Aswan", Kind::Place), 0.0);
        assert!((0.7..0.95).contains(&t), "{t}");
        // Two edits in a seven-letter word: no.
        assert_eq!(j("Tarvaxe", "Tarvazi", Kind::Place), 0.0);
        // A typed word that is a known other name is not a typo.
        assert!(j_with("Brenton", "Brunton", Kind::Place, &Known("brenton")) < 0.5);
        assert!(j("Brenton", "Brunton", Kind::Place) >= 0.7);
    }

    #[test]
    fn unexplained_query_words_cost() {
        assert!(j("Banco Nacional Quilmes", "Quilmes", Kind::Place) < 0.3);
        assert!(j("Quilmes Norte", "Quilmes", Kind::Place) < 0.5);
    }

    #[test]
    fn initials_need_the_rest_to_agree_well() {
        let ok = j("E. Vantongeren", "Eliza Vantongeren", Kind::Person);
        assert!(ok >= 0.7, "{ok}");
        // Surname matched only by a typo: nothing.
        assert_eq!(j("E. Vantongeran", "Eliza Vantongeren", Kind::Person), 0.0);
    }

    #[test]
    fn a_base_form_meets_a_place_through_no_person_name_group() {
        // `cret` (the base form `Crete` is read as) and `קרץ` share a group of
        // rigour's surnames; `קרץ` is also Kerch's Hebrew name.
        let (q, n) = (parse_name("cret"), parse_name("קרץ"));
        let c = compare_parsed(&q, &n);
        assert!(
            c.parts.iter().any(|p| p.via == Some(Via::NameGroup)),
            "{c:?}"
        );
        assert_eq!(judge(&q, &n, &c, Kind::Place, &NoWords, true).score, 0.0);
        // As typed, or for a person, the group is evidence.
        assert!(judge(&q, &n, &c, Kind::Place, &NoWords, false).score > 0.7);
        assert!(judge(&q, &n, &c, Kind::Person, &NoWords, true).score > 0.7);
    }

    #[test]
    fn derived_acronyms_only_for_organisations() {
        let org = j("CNE", "Consejo Nacional Electoral", Kind::Organization);
        assert!((0.7..0.9).contains(&org), "{org}");
        assert_eq!(j("CNE", "Consejo Nacional Electoral", Kind::Place), 0.0);
        assert_eq!(j("ECB", "Emetab Congo Brazzaville", Kind::Place), 0.0);
    }
}
