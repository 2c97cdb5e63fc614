//! Cross-script name-part equivalences: which spellings of a name part, in any script,
//! are the same given name or surname.
//!
//! The table is built from `rust/data/names/person_names.txt` of the `rigour` 2.6.1
//! source package (MIT, © OpenSanctions Datenbanken GmbH; derived from Wikidata's
//! given-name and family-name items) by `scripts/data/rigour.py`, which writes the
//! committed files in `data/names/` (see `data/names/README.md`). Each group is one
//! Wikidata item (or one of rigour's own, see [`group_name`]) (`Q30098294`: `maduro`, `мадуро`, `マドゥロ`, `马杜罗`, `마두로`); a
//! group is identified by its item number.
//!
//! Keys are name parts folded by [`part_key`], which is how [`crate::name::parse_name`]
//! folds a part, so a part of a parsed name can be looked up as it is. Folding already
//! romanises Cyrillic, Greek and Hangul (`мадуро` → `maduro`); the table matters for
//! the scripts folding keeps: Han, Kana, Arabic, Hebrew, Thai and others.
//!
//! Three files are embedded in the binary and read in place (no parsing at start-up; the
//! first lookup costs a few microseconds):
//! * `person-names.fst`: folded part → its groups (an `fst` map; one group is stored in
//!   the value itself, several as an offset into `person-names.groups`, a packed array
//!   of little-endian `u32` item numbers);
//! * `person-groups.fst`: the set of `group id (4 bytes, big-endian) ++ spelling` for
//!   the spellings of two characters or more in scripts folding keeps, so a group's
//!   spellings are one range query ([`group_spellings`]; the linker's dictionary adds
//!   them, see [`unromanised_spellings`]).
//!
//! These are evidence for the resolver and the linker, never a rewrite of the text.

use std::sync::OnceLock;

use fst::{IntoStreamer, Streamer};
use nomen_fold::{fold, is_ideographic, is_word_char};

static PARTS_FST: &[u8] = include_bytes!("../../../data/names/person-names.fst");
static PARTS_GROUPS: &[u8] = include_bytes!("../../../data/names/person-names.groups");
static GROUPS_FST: &[u8] = include_bytes!("../../../data/names/person-groups.fst");

/// Group ids at or above this are rigour's own groups (`X12` is `GROUP_OWN + 12`);
/// below it, Wikidata item numbers (`Q30098294` is 30098294).
pub const GROUP_OWN: u32 = 1 << 31;

/// The name of a group as rigour writes it: `Q30098294` (a Wikidata item) or `X12`.
pub fn group_name(group: u32) -> String {
    if group >= GROUP_OWN {
        format!("X{}", group - GROUP_OWN)
    } else {
        format!("Q{group}")
    }
}

/// Groups of a part with more than this many groups are not used (a part in that many
/// items says little about any one of them).
pub const MAX_GROUPS_PER_PART: usize = 64;

struct Tables {
    parts: fst::Map<&'static [u8]>,
    groups: fst::Set<&'static [u8]>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        // The files are generated and committed; the data-lint tests open them, so an
        // error here is a broken build, not bad input.
        parts: fst::Map::new(PARTS_FST).expect("data/names/person-names.fst is a valid fst map"),
        groups: fst::Set::new(GROUPS_FST).expect("data/names/person-groups.fst is a valid fst set"),
    })
}

/// The key a name part is stored under: the part folded as [`crate::name::parse_name`]
/// folds it (accents and case off, Cyrillic/Greek/Hangul romanised, Han and Kana kept),
/// keeping word characters only. `None` for a variant written as several parts (with
/// spaces, hyphens or other separators), or too short to be evidence: one letter, or
/// nothing, outside Han and Kana.
pub fn part_key(variant: &str) -> Option<String> {
    let v = variant.trim();
    if v.is_empty() || !v.chars().all(is_word_char) {
        return None;
    }
    let key: String = fold(v).chars().filter(|c| is_word_char(*c)).collect();
    let ideographic = key.chars().any(is_ideographic);
    let len = key.chars().count();
    if len == 0 || (!ideographic && len < 2) {
        return None;
    }
    Some(key)
}

/// The groups (Wikidata item numbers, ascending) a folded part belongs to; empty when
/// the part is in no group or in more than [`MAX_GROUPS_PER_PART`].
pub fn groups(folded_part: &str) -> Groups {
    match tables().parts.get(folded_part) {
        Some(value) => decode(value),
        None => Groups::Empty,
    }
}

/// The groups a value of the parts map stands for.
fn decode(value: u64) -> Groups {
    let count = (value >> 32) as usize;
    let payload = (value & 0xffff_ffff) as u32;
    match count {
        0 => Groups::Empty,
        1 => Groups::One(payload),
        n if n > MAX_GROUPS_PER_PART => Groups::Empty,
        n => {
            let start = payload as usize * 4;
            match PARTS_GROUPS.get(start..start + n * 4) {
                Some(bytes) => Groups::Many(bytes),
                None => Groups::Empty,
            }
        }
    }
}

/// The groups of a part: see [`groups`].
#[derive(Debug, Clone, Copy)]
pub enum Groups {
    /// In no group.
    Empty,
    /// In one group.
    One(u32),
    /// In several: packed little-endian item numbers.
    Many(&'static [u8]),
}

impl Groups {
    /// True when the part is in no group.
    pub fn is_empty(&self) -> bool {
        matches!(self, Groups::Empty)
    }

    /// Number of groups.
    pub fn len(&self) -> usize {
        match self {
            Groups::Empty => 0,
            Groups::One(_) => 1,
            Groups::Many(b) => b.len() / 4,
        }
    }

    /// The item numbers, ascending.
    pub fn iter(self) -> impl Iterator<Item = u32> {
        let (one, many): (Option<u32>, &'static [u8]) = match self {
            Groups::Empty => (None, &[]),
            Groups::One(g) => (Some(g), &[]),
            Groups::Many(b) => (None, b),
        };
        one.into_iter().chain(
            many.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])),
        )
    }

    /// True when `group` is one of them.
    pub fn contains(self, group: u32) -> bool {
        self.iter().any(|g| g == group)
    }
}

/// A group both folded parts belong to (the smallest item number), if any. Parts that
/// fold alike are not asked about: they agree anyway.
pub fn shared_group(a: &str, b: &str) -> Option<u32> {
    if a == b {
        return None;
    }
    let ga = groups(a);
    if ga.is_empty() {
        return None;
    }
    let gb = groups(b);
    ga.iter().find(|&g| gb.contains(g))
}

/// The spellings of group `group` in scripts folding keeps (Han, Kana, Arabic, ...), of
/// two characters or more, in byte order (one range query).
pub fn group_spellings(group: u32) -> Vec<String> {
    let from = group.to_be_bytes();
    let mut range = tables().groups.range().ge(from);
    if let Some(next) = group.checked_add(1) {
        range = range.lt(next.to_be_bytes());
    }
    let mut stream = range.into_stream();
    let mut out = Vec::new();
    while let Some(key) = stream.next() {
        if let Some(Ok(s)) = key.get(4..).map(std::str::from_utf8) {
            out.push(s.to_string());
        }
    }
    out
}

/// For each romanised folded part of `parts` (`maduro`), its spellings of two characters
/// or more in scripts that folding keeps (`マドゥロ`, `马杜罗`, `مادورو`, ...) through any
/// of its groups, those shared by more of the part's groups first (the usual spelling),
/// then in byte order. One range query per group.
pub fn unromanised_spellings<'a>(
    parts: impl IntoIterator<Item = &'a str>,
) -> std::collections::HashMap<String, Vec<String>> {
    let mut out = std::collections::HashMap::new();
    for part in parts {
        if !part.is_ascii() || out.contains_key(part) {
            continue;
        }
        let mut counts: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        for g in groups(part).iter() {
            for s in group_spellings(g) {
                *counts.entry(s).or_default() += 1;
            }
        }
        if counts.is_empty() {
            continue;
        }
        let mut counted: Vec<(String, u32)> = counts.into_iter().collect();
        counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out.insert(
            part.to_string(),
            counted.into_iter().map(|(s, _)| s).collect(),
        );
    }
    out
}

/// True when a folded part is written in a script that folding leaves as it is (Han,
/// Kana, Arabic, Hebrew, Thai, ...): not ASCII after folding.
pub fn is_unromanised(folded_part: &str) -> bool {
    !folded_part.is_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_like_name_parts() {
        assert_eq!(part_key("Мадуро").as_deref(), Some("maduro"));
        assert_eq!(part_key("马杜罗").as_deref(), Some("马杜罗"));
        assert_eq!(part_key("마두로").as_deref(), Some("maduro"));
        assert_eq!(part_key("maduro sezita"), None);
        assert_eq!(part_key("jean-claude"), None);
        assert_eq!(part_key("x"), None);
        assert_eq!(part_key("李").as_deref(), Some("李"));
        // A part parsed from a name is stored under the same key.
        let parsed = crate::name::parse_name("ニコラス・マドゥロ");
        let folded: Vec<&str> = parsed.content().map(|p| p.folded.as_str()).collect();
        assert_eq!(folded, ["ニコラス", "マドゥロ"]);
        assert_eq!(part_key("マドゥロ").as_deref(), Some("マドゥロ"));
    }

    #[test]
    fn maduro_group_spans_scripts() {
        for other in ["マドゥロ", "马杜罗"] {
            assert!(shared_group("maduro", other).is_some(), "{other}");
        }
        assert_eq!(shared_group("maduro", "普京"), None);
        assert_eq!(shared_group("maduro", "maduro"), None);
        let all = unromanised_spellings(["maduro", "zzyzxqwerty", "马杜罗"]);
        assert_eq!(all.len(), 1, "{all:?}");
        let spellings = &all["maduro"];
        for s in ["マドゥロ", "马杜罗"] {
            assert!(spellings.iter().any(|x| x == s), "{spellings:?}");
        }
        assert!(spellings.iter().all(|s| !s.is_ascii()), "{spellings:?}");
        let g = shared_group("maduro", "马杜罗").unwrap();
        let members = group_spellings(g);
        assert!(members.iter().any(|m| m == "マドゥロ"), "{members:?}");
        assert!(members
            .iter()
            .all(|m| !m.is_ascii() && m.chars().count() >= 2));
        assert!(group_spellings(u32::MAX).is_empty());
        assert_eq!(group_name(30098294), "Q30098294");
        assert_eq!(group_name(GROUP_OWN + 12), "X12");
    }

    /// Data lint: the committed files say where they come from, open, and are of a
    /// plausible size (rigour 2.6.1: 358,270 parts in 123,164 groups).
    #[test]
    fn data_files_are_attributed_and_plausible() {
        let readme = include_str!("../../../data/names/README.md");
        for needle in [
            "rigour 2.6.1",
            "MIT License",
            "OpenSanctions Datenbanken GmbH",
            "scripts/data/rigour.py",
            "person-names.fst",
            "person-groups.fst",
        ] {
            assert!(readme.contains(needle), "README lacks {needle:?}");
        }
        let parts = tables().parts.len();
        assert!((100_000..2_000_000).contains(&parts), "{parts} parts");
        assert!(PARTS_FST.len() < 16 << 20, "{} bytes", PARTS_FST.len());
        assert_eq!(PARTS_GROUPS.len() % 4, 0);
        // Every value points inside the packed array.
        let mut stream = tables().parts.stream();
        let mut several = 0;
        while let Some((_, v)) = stream.next() {
            let (n, at) = ((v >> 32) as usize, (v & 0xffff_ffff) as usize);
            assert!(n >= 1);
            if n > 1 {
                several += 1;
                assert!((at + n) * 4 <= PARTS_GROUPS.len());
            }
        }
        assert!(several > 1000, "{several}");
    }

    #[test]
    fn other_known_groups() {
        for (latin, other) in [
            ("merkel", "メルケル"),
            ("merkel", "ميركل"),
            ("nicolas", "ニコラス"),
            ("vladimir", "弗拉基米尔"),
            ("jinping", "近平"),
        ] {
            assert!(shared_group(latin, other).is_some(), "{latin} / {other}");
        }
        assert_eq!(shared_group("merkel", "マドゥロ"), None);
    }

    #[test]
    fn unknown_parts_have_no_groups() {
        assert!(groups("zzyzxqwerty").is_empty());
        assert!(groups("").is_empty());
        assert!(unromanised_spellings(["zzyzxqwerty", ""]).is_empty());
    }
}
