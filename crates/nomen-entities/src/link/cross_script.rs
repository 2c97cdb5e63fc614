//! Person names spelt in other scripts, for the linker's dictionary.
//!
//! A gazetteer entry `Nicolás Maduro` written in Latin script only should still be
//! linked in Japanese or Chinese text (`ニコラス・マドゥロ大統領`, `尼古拉斯·马杜罗表示`).
//! Folding cannot romanise those scripts, so the dictionary gets, for each person, the
//! full names whose **every** part is a spelling of the corresponding Latin part in
//! rigour's cross-script name groups ([`crate::name_groups`]): `ニコラス` + `マドゥロ`,
//! `尼古拉斯` + `马杜罗`, joined as the script writes foreign names (`・` in Kana, `·` in
//! Han, a space elsewhere). They link with the rule `transliterated`; the surname alone
//! follows the linker's usual rules for surnames (coreference or uniqueness).
//!
//! This is evidence used at dictionary build time, never a rewrite of the text. Caps
//! keep it from blowing up or guessing: names of two to four parts, parts in at most
//! [`MAX_GROUPS`] groups (a part in many groups, `Xi`, has too many readings), spellings
//! of two characters or more (one Han character, `李`, is too ambiguous), at most
//! [`MAX_PER_PART`] spellings of a part per script, [`MAX_PER_SCRIPT`] names per script
//! and [`MAX_PER_NAME`] per name.

use std::collections::{BTreeMap, HashMap};

use crate::gazetteer::{Entity, Kind};
use crate::name::parse_name;
use crate::name_groups;

/// Parts in more groups than this get no spellings (too many readings).
pub(crate) const MAX_GROUPS: usize = 16;
/// Spellings of one part in one script.
pub(crate) const MAX_PER_PART: usize = 3;
/// Names per script and name.
pub(crate) const MAX_PER_SCRIPT: usize = 4;
/// Names per gazetteer name.
pub(crate) const MAX_PER_NAME: usize = 12;

/// The romanised content parts, given name first, of a person's name that can be spelt
/// in other scripts: two to four parts, no initials, every part romanised.
fn latin_parts(name: &str) -> Option<Vec<String>> {
    let parsed = parse_name(name);
    let parts = parsed.content_given_first();
    if !(2..=4).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.is_initial || p.ideographic || !p.folded.is_ascii())
    {
        return None;
    }
    Some(parts.iter().map(|p| p.folded.clone()).collect())
}

/// A coarse script class of a spelling (by its first letter) and how that script joins
/// the parts of a foreign name.
fn script(spelling: &str) -> (u32, &'static str) {
    match spelling.chars().next().map_or(0, u32::from) {
        0x3040..=0x30FF | 0x31F0..=0x31FF => (1, "・"),
        0x3400..=0x9FFF | 0x20000..=0x2FFFF | 0xF900..=0xFAFF => (2, "·"),
        0x0600..=0x06FF | 0x0750..=0x077F => (3, " "),
        0x0590..=0x05FF => (4, " "),
        0x0E00..=0x0E7F => (5, " "),
        0x0900..=0x097F => (6, " "),
        // Other scripts: by block of 256 code points (one script or a few).
        c => (0x100 + (c >> 8), " "),
    }
}

/// For each entity (by position), the names in other scripts to add to the
/// dictionary. Entities that are not persons, or whose parts have no spellings, get an
/// empty list. One pass over the name table for the whole gazetteer.
pub(crate) fn variants(entities: &[Entity]) -> Vec<Vec<String>> {
    let per_entity: Vec<Vec<Vec<String>>> = super::dict::par_map(entities, |e| {
        if e.kind != Kind::Person {
            return Vec::new();
        }
        e.names().filter_map(latin_parts).collect()
    });
    let mut wanted: Vec<&str> = per_entity
        .iter()
        .flatten()
        .flatten()
        .map(String::as_str)
        .filter(|p| name_groups::groups(p).len() <= MAX_GROUPS)
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    if wanted.is_empty() {
        return vec![Vec::new(); entities.len()];
    }
    let spellings = name_groups::unromanised_spellings(wanted);
    super::dict::par_map(&per_entity, |names| {
        let mut out: Vec<String> = Vec::new();
        for parts in names {
            for v in name_variants(parts, &spellings) {
                if !out.contains(&v) {
                    out.push(v);
                }
            }
        }
        out
    })
}

/// The names in other scripts of one name's parts (see the module docs).
fn name_variants(parts: &[String], spellings: &HashMap<String, Vec<String>>) -> Vec<String> {
    // Script → per part, its spellings in that script.
    let mut by_script: BTreeMap<(u32, &'static str), Vec<Vec<&str>>> = BTreeMap::new();
    for (i, part) in parts.iter().enumerate() {
        let Some(list) = spellings.get(part) else {
            return Vec::new();
        };
        // A one-character spelling (`习`, `李`) is too ambiguous in running text.
        for s in list.iter().filter(|s| s.chars().count() >= 2) {
            let key = script(s);
            let slots = by_script
                .entry(key)
                .or_insert_with(|| vec![Vec::new(); parts.len()]);
            if slots[i].len() < MAX_PER_PART {
                slots[i].push(s);
            }
        }
    }
    let mut out = Vec::new();
    for ((_, sep), slots) in by_script {
        if slots.iter().any(Vec::is_empty) {
            continue;
        }
        // The cartesian product, first spellings first, capped.
        let mut names: Vec<String> = vec![String::new()];
        for (i, slot) in slots.iter().enumerate() {
            let mut next = Vec::new();
            for prefix in &names {
                for s in slot {
                    if next.len() == MAX_PER_SCRIPT {
                        break;
                    }
                    let mut n = prefix.clone();
                    if i > 0 {
                        n.push_str(sep);
                    }
                    n.push_str(s);
                    next.push(n);
                }
            }
            names = next;
        }
        out.extend(names);
        if out.len() >= MAX_PER_NAME {
            out.truncate(MAX_PER_NAME);
            break;
        }
    }
    out
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A person of that name, no aliases (also for the other link modules' tests).
    pub(in crate::link) fn person(name: &str) -> Entity {
        serde_json::from_str(&format!(
            r#"{{"id":"x","name":{},"kind":"person"}}"#,
            serde_json::to_string(name).unwrap()
        ))
        .unwrap()
    }

    #[test]
    fn full_names_in_kana_and_han() {
        let v = variants(&[person("Nicolás Maduro")]);
        let names = &v[0];
        assert!(names.iter().any(|n| n == "ニコラス・マドゥロ"), "{names:?}");
        assert!(names.iter().any(|n| n == "尼古拉斯·马杜罗"), "{names:?}");
        assert!(names.len() <= MAX_PER_NAME);
        // Every variant has one spelling per part: no Latin left in it.
        assert!(names.iter().all(|n| !n.is_ascii()), "{names:?}");
    }

    #[test]
    fn western_and_chinese_names() {
        let v = variants(&[person("Angela Merkel"), person("Xi Jinping")]);
        assert!(v[0].iter().any(|n| n == "アンゲラ・メルケル"), "{:?}", v[0]);
        // `Xi` has too many readings (and one-character spellings): no guesses.
        assert!(v[1].is_empty(), "{:?}", v[1]);
    }

    #[test]
    fn only_persons_with_known_parts() {
        let org: Entity =
            serde_json::from_str(r#"{"id":"o","name":"Nicolás Maduro","kind":"organization"}"#)
                .unwrap();
        let v = variants(&[
            org,
            person("Zzyzx Qwertyuiop"),
            person("Maduro"),
            person("N. Maduro"),
        ]);
        assert!(v.iter().all(Vec::is_empty), "{v:?}");
    }
}
