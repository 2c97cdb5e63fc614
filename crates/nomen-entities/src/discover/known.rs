//! What the gazetteer in use says about a name that it does not link: discovery
//! proposes only what no list knows, and a name that is a known entity's is that
//! entity, or nothing.
//!
//! - **A known name in another script** ([`KnownNames::reads_as_known`]): a Cyrillic
//!   or Greek spelling whose words read, by the linker's reading by sound
//!   ([`super::script`]), as the words of a known Latin name (`Κολομμπια` is
//!   `Colombia`, `Фелипе Гонсалес` is `Felipe González`) is that entity, spelled as no
//!   newspaper of that script spells it, so the linker's own names of it in that
//!   script did not link it. It is not proposed.
//! - **An initial and a known person's surname** ([`KnownNames::initial_and_known_surname`]):
//!   `G. Bush`, `M. Rubio`, where the linker did not take them for the known person
//!   (no full name before them in the document), are that person or someone the
//!   corpus never names in full: not a new entity to propose either way.
//! - **Place-name heads** ([`is_place_head`]): the words that name a kind of
//!   settlement or natural feature before a place's own name in the languages nomen
//!   links (`Bad`, `Puerto`, `Villa`, `Fort`, `Monte`, `Lake`). A name that starts
//!   with one is evidence of a place, not of a person or (as a common noun
//!   elsewhere: `puerto`) of an organisation. (The first words of many of the
//!   built-in gazetteer's place names were tried as such heads too: they hold
//!   articles and words of other languages, and `New`, `Santa`, `City`, which start
//!   organisations' names as often, `New York Stock Exchange`, `Santa Bárbara
//!   Blindados`, `Manchester City`.)

use std::collections::{HashMap, HashSet};

use crate::gazetteer::{Gazetteer, Kind};
use crate::inflect::Script;
use crate::name::{parse_name, NameParts};

use super::script;

/// Words that name a kind of settlement or natural feature and come before a place's
/// own name (`Bad Ems`, `Puerto Cabello`, `Villa Clara`, `Monte Carlo`, `Lake Placid`,
/// `Cabo Verde`, `Isla Margarita`, `Sankt Gallen`), in the languages nomen links (es,
/// en, de, fr, pt, it; folded, sorted). Chosen by the class of word, as
/// [`super::words`]' lists are, not by any test corpus's names.
const PLACE_HEADS: &[&str] = &[
    "bad", "cabo", "cape", "cidade", "ciudad", "fort", "ilha", "isla", "isola", "lago", "lake",
    "mont", "monte", "mount", "porto", "puerto", "sankt", "vila", "villa",
];

/// True when `folded` names a kind of settlement or feature before a place's own name
/// ([`PLACE_HEADS`]).
pub(super) fn is_place_head(folded: &str) -> bool {
    PLACE_HEADS.binary_search(&folded).is_ok()
}

/// What discovery reads of the gazetteer in use (see the module docs).
#[derive(Debug, Default)]
pub(super) struct KnownNames {
    /// Folded last words of known people's names of two words or more.
    surnames: HashSet<String>,
    /// Known names in Latin script, parsed; blocked by the sound keys of their
    /// content words ([`script::keys`]).
    latin: Vec<NameParts>,
    by_sound: HashMap<u32, Vec<usize>>,
}

impl KnownNames {
    /// Reads the gazetteer. The Latin names are indexed by sound only when
    /// `other_scripts` (some candidate is written in Cyrillic or Greek).
    pub(super) fn new(known: &Gazetteer, other_scripts: bool) -> KnownNames {
        let mut out = KnownNames::default();
        for e in known.entities() {
            for n in std::iter::once(&e.name).chain(e.aliases.iter()) {
                let latin = script::of(n) == Some(Script::Latin);
                if e.kind != Kind::Person && !(other_scripts && latin) {
                    continue;
                }
                let parts = parse_name(n);
                let content = parts.content_given_first();
                if e.kind == Kind::Person && content.len() >= 2 {
                    if let Some(last) = content.last().filter(|p| !p.is_initial) {
                        out.surnames.insert(last.folded.clone());
                    }
                }
                if other_scripts && latin && !content.is_empty() {
                    let at = out.latin.len();
                    let mut keys: Vec<u32> = content.iter().flat_map(|p| script::keys(p)).collect();
                    keys.sort_unstable();
                    keys.dedup();
                    for k in keys {
                        out.by_sound.entry(k).or_default().push(at);
                    }
                    out.latin.push(parts);
                }
            }
        }
        out
    }

    /// True when the name is initials and one more word that is a known person's
    /// surname (`G. Bush`).
    pub(super) fn initial_and_known_surname(&self, parts: &NameParts) -> bool {
        let content = parts.content_given_first();
        match content.split_last() {
            Some((last, initials)) => {
                !initials.is_empty()
                    && initials.iter().all(|p| p.is_initial)
                    && !last.is_initial
                    && self.surnames.contains(&last.folded)
            }
            None => false,
        }
    }

    /// True when a name in Cyrillic or Greek reads as a known Latin name: each of its
    /// words, in order, as a word of the known name ([`script::transcribed`]); a single
    /// word only as a whole known name of one word. Initials are left out on both
    /// sides, the known name having as many or more (`Джордж У. Буш` is `George W.
    /// Bush`: an initial's letter in another script is not its Latin letter's
    /// romanisation, `У` for `W`).
    pub(super) fn reads_as_known(&self, text: &str, parts: &NameParts) -> bool {
        if !matches!(script::of(text), Some(Script::Cyrillic | Script::Greek)) {
            return false;
        }
        let all = parts.content_given_first();
        let initials = all.iter().filter(|p| p.is_initial).count();
        let content: Vec<_> = all.into_iter().filter(|p| !p.is_initial).collect();
        // Blocked as grouping blocks: by the word with the fewest known names near it
        // among the words that have sound keys (every word must read as a word of
        // the known name, and a word of fewer than two consonant classes, `Εμμα`,
        // `Хулиа`, has none: blocking by the first word alone missed `Εμμα Ιιλμαζ
        // Σχροντερ` for `Emma Yılmaz Schröder`).
        let Some(near) = content
            .iter()
            .map(|p| script::keys(p))
            .filter(|keys| !keys.is_empty())
            .map(|keys| {
                let mut near: Vec<usize> = keys
                    .iter()
                    .flat_map(|k| self.by_sound.get(k).into_iter().flatten().copied())
                    .collect();
                near.sort_unstable();
                near.dedup();
                near
            })
            .min_by_key(Vec::len)
        else {
            return false;
        };
        near.into_iter().any(|i| {
            let all = self.latin[i].content_given_first();
            if all.iter().filter(|p| p.is_initial).count() < initials {
                return false;
            }
            let long: Vec<_> = all.into_iter().filter(|p| !p.is_initial).collect();
            (content.len() >= 2 || long.len() == 1)
                && content.len() <= long.len()
                && script::transcribed(&content, &long).is_some()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Entity;

    fn gazetteer() -> Gazetteer {
        let mut g = Gazetteer::empty();
        for (id, name, kind) in [
            ("cuba", "Cuba", Kind::Place),
            ("rio-cuarto", "Rio Cuarto", Kind::Place),
            ("marcelo-ribeiro", "Marcelo R. Ribeiro", Kind::Person),
            ("foro-penal", "Foro Penal", Kind::Organization),
            ("emma-yilmaz-schroder", "Emma Yılmaz Schröder", Kind::Person),
            ("ana-schroder", "Ana Schröder", Kind::Person),
        ] {
            g.insert(Entity {
                id: id.into(),
                name: name.into(),
                kind,
                aliases: Vec::new(),
                extra: serde_json::Map::new(),
            });
        }
        g
    }

    #[test]
    fn a_known_name_spelled_in_another_script_reads_as_known() {
        let k = KnownNames::new(&gazetteer(), true);
        let reads = |t: &str| k.reads_as_known(t, &parse_name(t));
        assert!(reads("Куба"));
        assert!(reads("Κουμπα"));
        assert!(reads("Марсело Рибейро"));
        assert!(reads("Φορο Πεναλ"));
        assert!(reads("Марсело Р. Рибейро"));
        assert!(!reads("Марсело Р. Т. Рибейро"));
        // One word of a longer known name is not that name; another name is not.
        assert!(!reads("Рибейро"));
        assert!(!reads("Марсело Ромеро"));
        // A first word too short to block by (`Εμμα`, one consonant class): the
        // other words find the known name.
        assert!(reads("Εμμα Ιιλμαζ Σχροντερ"));
        assert!(reads("Емма Иилмас Счродер"));
        assert!(reads("Ана Счродер"));
        // Another person who shares the surname stays another person.
        assert!(!reads("Мария Иилмас Счродер"));
        assert!(!reads("Хулиа Счродер"));
        // Latin names are the linker's business.
        assert!(!reads("Kuba"));
    }

    #[test]
    fn an_initial_with_a_known_surname_is_the_known_person() {
        let k = KnownNames::new(&gazetteer(), false);
        let has = |t: &str| k.initial_and_known_surname(&parse_name(t));
        assert!(has("M. Ribeiro"));
        assert!(has("J. M. Ribeiro"));
        assert!(!has("Ana Ribeiro"));
        assert!(!has("M. Romero"));
        assert!(!has("Ribeiro"));
    }

    #[test]
    fn place_heads_are_a_class_of_words() {
        assert!(is_place_head("bad"));
        assert!(is_place_head("puerto"));
        assert!(!is_place_head("real"));
        assert!(!is_place_head("ana"));
        assert!(PLACE_HEADS.windows(2).all(|w| w[0] < w[1]));
    }
}
