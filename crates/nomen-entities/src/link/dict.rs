//! The linker's dictionary: every name, alias and derived key of a gazetteer as a
//! sequence of folded tokens, in a token trie.
//!
//! Folded tokens are interned to `u32` ids (looked up in a flat [`TokenTable`]); the
//! trie's root edges are a vector indexed by token id and its inner edges rows of
//! sorted `(token, child)` per node ([`Children`]). Each node
//! that ends a key lists the entities whose key it is, with the key's [`KeyKind`]
//! (one entry per entity and node: the strongest kind wins). Tagging a text therefore
//! costs one string hash per token, plus one short row scan per extra token of a
//! partial match.

use std::collections::HashMap;

use nomen_fold::{Folded, Folder, TokenKind, View};

use super::store::{Store, Stored, Text};
use super::table::{Children, Probe, TokenTable};
use crate::hash::FxBuild;
use crate::name::{is_particle, is_stopword, parse_name, NamePart, NameParts, Role};
use crate::{Gazetteer, Kind};

/// No node / no token.
pub(crate) const NONE: u32 = u32::MAX;

/// How a key was obtained from an entity's names; smaller is stronger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub(crate) enum KeyKind {
    /// The canonical name.
    Canonical,
    /// An alias.
    Alias,
    /// A person's name parts in another order (surname first).
    Reordered,
    /// A person's given name + first surname, or both surnames: needs confirmation.
    ShortForm,
    /// An alias or name written as an acronym (`CNE`, `U.S.`).
    AcronymAlias,
    /// A person's surname alone: needs confirmation (coreference, or unique).
    Surname,
    /// A part that is only sometimes used alone (the second of two surnames, a
    /// middle part that may be a surname): needs coreference or an honorific.
    SurnameWeak,
    /// The acronym of an organisation's content words: needs the document to confirm.
    AcronymDerived,
}

impl KeyKind {
    /// The kind with this `as u8` value.
    pub(crate) fn from_u8(v: u8) -> Option<KeyKind> {
        const ALL: [KeyKind; 8] = [
            KeyKind::Canonical,
            KeyKind::Alias,
            KeyKind::Reordered,
            KeyKind::ShortForm,
            KeyKind::AcronymAlias,
            KeyKind::Surname,
            KeyKind::SurnameWeak,
            KeyKind::AcronymDerived,
        ];
        ALL.get(usize::from(v)).copied()
    }

    /// Keys that link on their own (after the capitalisation and context checks).
    pub(crate) fn is_full(self) -> bool {
        matches!(
            self,
            KeyKind::Canonical | KeyKind::Alias | KeyKind::Reordered
        )
    }

    /// Keys made of surnames only, which a preceding given name or initial can
    /// contradict or complete.
    pub(crate) fn is_surname_only(self) -> bool {
        matches!(self, KeyKind::Surname | KeyKind::SurnameWeak)
    }

    pub(crate) fn is_acronym(self) -> bool {
        matches!(self, KeyKind::AcronymAlias | KeyKind::AcronymDerived)
    }
}

/// One entity reachable through a trie node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub(crate) struct Key {
    /// Position of the entity in the gazetteer.
    pub entity: u32,
    /// Which of the entity's names the key came from (0 = canonical).
    pub name: u16,
    /// How the key was derived.
    pub kind: KeyKind,
    /// The entity's kind (as in the gazetteer: kept here, where the tagger reads it,
    /// so that deciding a candidate does not touch the entity).
    pub entity_kind: Kind,
    /// For surname keys: how many given-side segments of the name come before the
    /// surname(s) (see [`Dictionary::givens`]). Unused otherwise.
    pub split: u8,
    /// For surname-block keys made of two surnames: true (the key is the block).
    pub block: bool,
    /// The scripts ([`script_bit`]) the entity's names that give this key are
    /// written in: a key only of names in another script than Latin matches only
    /// text in one of those scripts ([`Key::fits_script`]). The names of an entity
    /// with no name in Latin script count as Latin too (romanised, they are the
    /// only way to it from Latin text).
    pub scripts: u16,
}

const _: () = assert!(std::mem::size_of::<Key>() == 12);

// SAFETY: `Key` is `repr(C)`: a `u32`, a `u16`, four bytes (two `repr(u8)` enums, a
// `u8`, a `bool`) and a `u16`, 12 bytes without padding (checked above); `write`
// puts them in that order, little-endian, and `valid` accepts only the values of the
// enums and the bool.
unsafe impl Stored for Key {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.entity.to_le_bytes());
        out.extend_from_slice(&self.name.to_le_bytes());
        out.extend_from_slice(&[
            self.kind as u8,
            self.entity_kind as u8,
            self.split,
            u8::from(self.block),
        ]);
        out.extend_from_slice(&self.scripts.to_le_bytes());
    }
    fn valid(b: &[u8]) -> bool {
        KeyKind::from_u8(b[6]).is_some() && b[7] <= Kind::Other as u8 && b[9] <= 1
    }
}

/// Where the person-name segments of one name lie in the dictionary's `seg_arena`.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C)]
pub(crate) struct NameSegs {
    pub start: u32,
    pub len: u32,
}

// SAFETY: two `u32`, no padding; any bytes are a value.
unsafe impl Stored for NameSegs {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.start.to_le_bytes());
        out.extend_from_slice(&self.len.to_le_bytes());
    }
}

/// The bit of a script in [`Key::scripts`]: 1 << ([`script`] - 1); a text without
/// letters counts as Latin.
pub(crate) fn script_bit(s: &str) -> u16 {
    1 << (script(s).max(1) - 1)
}

/// The bit of Latin script.
pub(crate) const LATIN: u16 = 1;
/// The bit of Cyrillic script.
pub(crate) const CYRILLIC: u16 = 1 << 2;

/// The bit of Cyrillic written with a letter that the alphabets of Russian,
/// Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian lack (Kazakh `қ`, `ә`,
/// Abkhaz `ҭ`, Tajik `ҷ`, Mongolian `ө`: [`other_cyrillic`]).
///
/// Romanised, such a name may be a word of those languages (Tbilisi's Abkhaz name
/// `Қарҭ` is `kart`, and Serbian `Карте` is tickets): a key only of names with these
/// letters ([`name_script_bit`]) matches only text that writes one of them
/// ([`word_script_bit`]).
pub(crate) const CYRILLIC_OTHER: u16 = 1 << 11;

/// True for a Cyrillic letter that none of the alphabets of Russian, Ukrainian,
/// Belarusian, Bulgarian, Serbian and Macedonian has (U+0400–U+045F and `ґ` are
/// theirs).
fn other_cyrillic(c: char) -> bool {
    matches!(c as u32, 0x0460..=0x048F | 0x0492..=0x052F)
}

/// [`script_bit`] of a name in the dictionary: [`CYRILLIC_OTHER`] instead of
/// [`CYRILLIC`] for a Cyrillic name with a letter of another alphabet.
pub(crate) fn name_script_bit(name: &str) -> u16 {
    let bit = script_bit(name);
    if bit == CYRILLIC && name.chars().any(other_cyrillic) {
        CYRILLIC_OTHER
    } else {
        bit
    }
}

/// [`script_bit`] of a word of text: [`CYRILLIC_OTHER`] as well as [`CYRILLIC`] for a
/// Cyrillic word with a letter of another alphabet, which may be a name of either.
pub(crate) fn word_script_bit(word: &str) -> u16 {
    let bit = script_bit(word);
    if bit == CYRILLIC && word.chars().any(other_cyrillic) {
        CYRILLIC | CYRILLIC_OTHER
    } else {
        bit
    }
}

/// Coarse script of a text (its first letter): 0 none, 1 Latin, 2 Greek, 3 Cyrillic,
/// 4 Armenian, 5 Hebrew, 6 Arabic, 7 Georgian, 8 Hangul, 9 Kana, 10 Han, 11 other.
pub(crate) fn script(s: &str) -> u8 {
    // Most words of most text start with an ASCII letter, or a letter of a block
    // whose every code point in the range is a letter.
    if s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        return 1;
    }
    if let Some(script) = s.chars().next().and_then(letter_script) {
        return script;
    }
    let Some(c) = s.chars().find(|c| c.is_alphabetic()) else {
        return 0;
    };
    script_of_letter(c)
}

/// The script of the letter `c` (see [`script`]).
fn script_of_letter(c: char) -> u8 {
    match c as u32 {
        0..=0x024F | 0x1E00..=0x1EFF => 1,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => 2,
        0x0400..=0x052F => 3,
        0x0530..=0x058F => 4,
        0x0590..=0x05FF => 5,
        0x0600..=0x06FF | 0x0750..=0x077F => 6,
        0x10A0..=0x10FF => 7,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => 8,
        0x3040..=0x30FF => 9,
        0x3400..=0x9FFF | 0x20000..=0x2FFFF => 10,
        _ => 11,
    }
}

/// [`script`] of a text that starts with `c`, for the letters of the scripts of
/// most non-Latin text, told by range alone: Cyrillic `А`..`я`, the Greek letters
/// without accents, Hiragana, Katakana, the CJK unified ideographs and the Hangul
/// syllables (ranges in which every code point is alphabetic); `None` for any other
/// character.
#[inline]
fn letter_script(c: char) -> Option<u8> {
    match c as u32 {
        0x0410..=0x044F => Some(3),
        0x0391..=0x03A1 | 0x03A3..=0x03A9 | 0x03B1..=0x03C9 => Some(2),
        0x3041..=0x3096 | 0x30A1..=0x30FA => Some(9),
        0x4E00..=0x9FFF => Some(10),
        0xAC00..=0xD7A3 => Some(8),
        _ => None,
    }
}

impl Key {
    /// Whether the key may match a mention written in the script `bit`
    /// ([`script_bit`]): a name in Latin script matches text in any script (folding
    /// romanises the others), a name in another script of an entity that also has
    /// a Latin name only text in its own. A romanised alias is a transliteration,
    /// not a word of Latin text: the Russian `Герман` (`german`, Germany) must not
    /// link the English `German`.
    #[inline]
    pub(crate) fn fits_script(&self, bit: u16) -> bool {
        self.scripts & (LATIN | bit) != 0
    }

    /// True for a key of surnames alone (a surname, or a block of two surnames), which
    /// a given name or initial before it can contradict or complete.
    pub(crate) fn is_surname(&self) -> bool {
        self.kind.is_surname_only() || (self.kind == KeyKind::ShortForm && self.block)
    }
}

/// Sizes of a built dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DictionaryStats {
    /// Distinct folded tokens of all names.
    pub tokens: usize,
    /// Trie nodes.
    pub nodes: usize,
    /// Keys (entity entries at the nodes).
    pub keys: usize,
    /// Approximate heap size of the dictionary in bytes (tables at their capacity).
    pub heap_bytes: usize,
}

/// A segment of a person's name: one content part with the particles before it.
#[derive(Debug, Clone)]
pub(crate) struct Seg {
    pub tokens: Vec<u32>,
    pub role: Role,
    pub initial: bool,
    pub ideographic: bool,
}

/// The dictionary of a gazetteer.
#[derive(Debug, Default)]
pub(crate) struct Dictionary {
    /// Token text → id (filled from `arena` and `ends` once they are complete).
    tokens: TokenTable,
    /// Node of the one-token key prefix starting with this token, or [`NONE`].
    roots: Store<u32>,
    /// The inner edges: node → (token → child).
    children: Children,
    /// For node `n`, its keys are `keys[key_start[n]..key_start[n + 1]]`.
    key_start: Store<u32>,
    keys: Store<Key>,
    /// Per token id: true when some person's name uses it as a given name.
    given: Store<bool>,
    /// The interned texts, end to end; token `i` is `arena[ends[i - 1]..ends[i]]`.
    arena: Text,
    ends: Store<u32>,
    nodes: u32,
    /// Per node, three counts saturating at 255: keys that are usable short forms
    /// (not weak parts), full-name keys, surname keys (see [`Dictionary::counts`]).
    strong: Store<u8>,
    /// Per node, the scripts ([`script_bit`]) that every key of the node fits
    /// ([`Key::fits_script`]; all bits for a node without keys): whether a span
    /// written in a script may use all the node's keys is one lookup, not a scan of
    /// the thousands of keys of a common surname in a large gazetteer.
    fits: Store<u16>,
    /// Per entity: index in `name_segs` of its first name.
    entity_names: Store<u32>,
    /// Per (entity, name): the range of its person-name segments in `seg_arena`
    /// (empty for other kinds).
    name_segs: Store<NameSegs>,
    /// Content token of each segment, given-name first; [`INITIAL`] marks initials.
    seg_arena: Store<u32>,
    /// The sound index: the hashes ([`super::phonetic::sounds_hash`]) of the readings
    /// of the Latin words of persons' names, and of those readings one vowel group
    /// shorter where a match one group apart is allowed
    /// ([`super::phonetic::shorter_hashes`]), sorted, and beside each (in
    /// `sound_tokens`) the token read so: how a word written in Cyrillic or Greek (or
    /// respelled in Latin) finds the name word it sounds like with a lookup or two,
    /// however many name words share its consonants.
    sound_hashes: Store<u32>,
    sound_tokens: Store<u32>,
    /// Persons' name words written with a letter that folding turns into `u` and the
    /// Serbian press writes `и` (German and Turkish `ü`, Hungarian `ű`: `Türk` is
    /// `Тирк`, `Müller` `Милер`), or into `n` where the press writes `нь`, `њ`, `νι`
    /// (Spanish `ñ`: `Peña`, `Пења`): pairs of the token and a mask of its letters (bit
    /// `i` for byte `i`) that were such a letter, sorted by token. Their readings with
    /// those letters as `i`, `ni` join the word's ([`Dictionary::readings`]).
    umlauts: Store<u32>,
    /// Where the hashes of each bucket (their top bits) start in `sound_hashes`, and
    /// the end: `2^b + 1` entries (derived from `sound_hashes`, not stored).
    sound_dir: Vec<u32>,
    /// A Bloom filter (two bits in one 64-bit word per entry) of the hashes of
    /// persons' name words ([`stem_hash`]) and of their phonetic keys
    /// ([`key_hash`]): a word of text whose stem or key is not in it is not looked up
    /// (most capitalised words of a text are no name).
    filter: Store<u64>,
}

/// What the trie walk asks first about a node, in one word: whether it ends keys,
/// whether it has children, and the scripts that all its keys fit
/// ([`Dictionary::all_fit`]). The token table keeps each token's root node's facts in
/// its slot (above the word-list facts' byte), so that the walk knows them for the
/// first token of a span without reading the node's rows (at 1M entities, three cache
/// misses for most words of a text, most of which start no span).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct NodeFacts(u32);

impl NodeFacts {
    const KEYS: u32 = 1 << 8;
    const CHILDREN: u32 = 1 << 9;
    const FITS_SHIFT: u32 = 16;

    /// The node facts among a token table slot's facts (the word-list byte dropped).
    #[inline]
    pub(crate) fn of_slot(facts: u32) -> NodeFacts {
        NodeFacts(facts & !0xFF)
    }

    /// The bits to keep in a token table slot (beside the word-list byte).
    pub(crate) fn bits(self) -> u32 {
        self.0
    }

    /// Some key ends at the node: `!keys(node).is_empty()`.
    #[inline]
    pub(crate) fn has_keys(self) -> bool {
        self.0 & Self::KEYS != 0
    }

    /// Some edge leaves the node: `child(node, t) != NONE` for some token `t`.
    #[inline]
    pub(crate) fn has_children(self) -> bool {
        self.0 & Self::CHILDREN != 0
    }

    /// [`Dictionary::all_fit`] of the node.
    #[inline]
    pub(crate) fn all_fit(self, bit: u16) -> bool {
        (self.0 >> Self::FITS_SHIFT) as u16 & bit != 0
    }
}

/// The trie size from which the tagger prefetches nodes ([`Dictionary::prefetch_pays`]):
/// with the 363,125 nodes of the built-in gazetteer and 10,000 more entities, tagging
/// was 3 % faster without (their arrays mostly stay in the caches); with the 5.2M of a
/// 1M-entity gazetteer, slower.
const PREFETCH_NODES: u32 = 1 << 21;

/// Bit of a `seg_arena` entry that marks an initial.
const INITIAL: u32 = 1 << 31;

/// The dictionary's tables, borrowed (for writing a cache).
pub(crate) struct Tables<'a> {
    pub arena: &'a str,
    pub ends: &'a [u32],
    pub roots: &'a [u32],
    pub tokens: &'a TokenTable,
    pub children: &'a Children,
    pub key_start: &'a [u32],
    pub keys: &'a [Key],
    pub given: &'a [bool],
    pub nodes: u32,
    pub strong: &'a [u8],
    pub fits: &'a [u16],
    pub entity_names: &'a [u32],
    pub name_segs: &'a [NameSegs],
    pub seg_arena: &'a [u32],
    pub sound_hashes: &'a [u32],
    pub sound_tokens: &'a [u32],
    pub filter: &'a [u64],
    pub umlauts: &'a [u32],
}

/// The dictionary's tables, owned or mapped (read from a cache).
pub(crate) struct OwnedTables {
    pub arena: Text,
    pub ends: Store<u32>,
    pub roots: Store<u32>,
    pub tokens: TokenTable,
    pub children: Children,
    pub key_start: Store<u32>,
    pub keys: Store<Key>,
    pub given: Store<bool>,
    pub nodes: u32,
    pub strong: Store<u8>,
    pub fits: Store<u16>,
    pub entity_names: Store<u32>,
    pub name_segs: Store<NameSegs>,
    pub seg_arena: Store<u32>,
    pub sound_hashes: Store<u32>,
    pub sound_tokens: Store<u32>,
    pub filter: Store<u64>,
    pub umlauts: Store<u32>,
}

impl Dictionary {
    pub(crate) fn tables(&self) -> Tables<'_> {
        Tables {
            arena: &self.arena,
            ends: &self.ends,
            roots: &self.roots,
            tokens: &self.tokens,
            children: &self.children,
            key_start: &self.key_start,
            keys: &self.keys,
            given: &self.given,
            nodes: self.nodes,
            strong: &self.strong,
            fits: &self.fits,
            entity_names: &self.entity_names,
            name_segs: &self.name_segs,
            seg_arena: &self.seg_arena,
            sound_hashes: &self.sound_hashes,
            sound_tokens: &self.sound_tokens,
            filter: &self.filter,
            umlauts: &self.umlauts,
        }
    }

    /// A dictionary from its tables, after checking that they are consistent (every
    /// index in range, every token text on char boundaries); `None` otherwise.
    pub(crate) fn from_tables(t: OwnedTables) -> Option<Dictionary> {
        let nodes = t.nodes as usize;
        let node_ok = |n: u32| n == NONE || (n as usize) < nodes;
        let mut start = 0usize;
        for &end in t.ends.iter() {
            t.arena.get(start..end as usize)?;
            start = end as usize;
        }
        let ok = start == t.arena.len()
            && t.children.is_valid(nodes)
            && t.roots.iter().all(|&n| node_ok(n))
            && t.key_start.len() == nodes + 1
            && t.key_start.windows(2).all(|w| w[0] <= w[1])
            && t.key_start.last().copied() == Some(t.keys.len() as u32)
            && t.strong.len() == nodes * 3
            && t.fits.len() == nodes
            && t.name_segs.iter().all(|s| {
                (s.start as usize)
                    .checked_add(s.len as usize)
                    .is_some_and(|e| e <= t.seg_arena.len())
            })
            && t.entity_names
                .iter()
                .all(|&i| (i as usize) <= t.name_segs.len())
            && t.sound_hashes.len() == t.sound_tokens.len()
            && t.sound_hashes.windows(2).all(|w| w[0] <= w[1])
            && t.sound_tokens.iter().all(|&i| (i as usize) < t.ends.len())
            && t.umlauts.len() % 2 == 0
            && t.umlauts
                .chunks_exact(2)
                .all(|p| (p[0] as usize) < t.ends.len())
            && t.umlauts
                .chunks_exact(2)
                .zip(t.umlauts.chunks_exact(2).skip(1))
                .all(|(a, b)| a[0] < b[0])
            && (t.filter.is_empty() || t.filter.len().is_power_of_two());
        if !ok {
            return None;
        }
        Some(Dictionary {
            tokens: t.tokens,
            roots: t.roots,
            children: t.children,
            key_start: t.key_start,
            keys: t.keys,
            given: t.given,
            arena: t.arena,
            ends: t.ends,
            nodes: t.nodes,
            strong: t.strong,
            fits: t.fits,
            entity_names: t.entity_names,
            name_segs: t.name_segs,
            seg_arena: t.seg_arena,
            sound_dir: sound_dir(&t.sound_hashes),
            sound_hashes: t.sound_hashes,
            sound_tokens: t.sound_tokens,
            filter: t.filter,
            umlauts: t.umlauts,
        })
    }

    /// The largest entity position the dictionary refers to, plus one (0 if none),
    /// and the number of entities it has names for.
    pub(crate) fn entity_bounds(&self) -> (usize, usize) {
        let max = self
            .keys
            .iter()
            .map(|k| k.entity as usize + 1)
            .max()
            .unwrap_or(0);
        (max, self.entity_names.len())
    }
}

/// Entities whose names [`Dictionary::build`] parses at a time (on every core).
const PARSE_BLOCK: usize = 4096;

/// `f` of every item, in order, computed on every core (contiguous shares, one
/// scoped thread each; on one core, or for few items, in this thread).
pub(crate) fn par_map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let share = items.len().div_ceil(threads.max(1)).max(64);
    if threads <= 1 || items.len() <= share {
        return items.iter().map(f).collect();
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(share)
            .map(|chunk| scope.spawn(move || chunk.iter().map(f).collect::<Vec<U>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(out) => out,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

/// Builder state: the dictionary plus scratch buffers.
struct Build<'f> {
    dict: Dictionary,
    /// Token text → id while building.
    interner: HashMap<Box<str>, u32, FxBuild>,
    /// Person name tokens → their letters written `ü`/`ű` ([`Dictionary::umlauts`]).
    umlauts: HashMap<u32, u32, FxBuild>,
    /// `(node << 32) | token` → child node, while building.
    edges: HashMap<u64, u32, FxBuild>,
    folder: &'f Folder,
    folded: Folded,
    pending: Vec<(u32, Key)>,
    /// The content tokens of persons' names and the one-word names of bodies (for
    /// the phonetic keys and the filter).
    person_tokens: std::collections::HashSet<u32, FxBuild>,
    /// Of those, the tokens of the press forms of Chinese and Japanese names
    /// ([`super::east_asian`]), and the tokens of all other names: a token only of the
    /// former is matched as written (and with endings), never by sound, so that its
    /// spellings (`hajao` of `hayao`) do not tie with the name's own word when another
    /// script's word sounds like both.
    press_tokens: std::collections::HashSet<u32, FxBuild>,
    heard_tokens: std::collections::HashSet<u32, FxBuild>,
    /// True while the name being added is such a press form.
    adding_press_form: bool,
    /// The positions of the name words of the person being added that one of its names
    /// writes as an initial: `(number of words, position)` ([`initialled_positions`]).
    initialled: Vec<(usize, usize)>,
}

impl Dictionary {
    /// Builds the dictionary of every entity of `gazetteer`.
    pub(crate) fn build(gazetteer: &Gazetteer, folder: &Folder) -> Dictionary {
        let mut b = Build {
            dict: Dictionary::default(),
            interner: HashMap::default(),
            edges: HashMap::default(),
            folder,
            folded: Folded::new(),
            pending: Vec::new(),
            person_tokens: Default::default(),
            press_tokens: Default::default(),
            heard_tokens: Default::default(),
            adding_press_form: false,
            umlauts: HashMap::default(),
            initialled: Vec::new(),
        };
        // Persons' full names in other scripts, from the cross-script name groups:
        // numbered after the entity's own names (the linker reports them as
        // transliterations of the canonical name).
        // Before them, Chinese and Japanese names as the press of other languages
        // writes them ([`super::east_asian`]; the linker tells them by their number:
        // right after the entity's own names).
        let entities = gazetteer.entities();
        let east_asian = super::east_asian::variants(entities);
        let other_scripts = super::cross_script::variants(entities);
        let names = |index: usize| {
            let own = entities[index].names().take(usize::from(u16::MAX));
            let press = east_asian[index].iter().map(String::as_str);
            let extra = other_scripts[index].iter().map(String::as_str);
            own.chain(press).chain(extra).take(usize::from(u16::MAX))
        };
        // Parsing names is most of the work and needs nothing of the dictionary: it
        // runs on every core, a block of entities at a time (so that the parts of a
        // million entities are never all in memory); the names then go into the
        // dictionary in gazetteer order, as if parsed here.
        let mut start = 0;
        while start < entities.len() {
            let end = (start + PARSE_BLOCK).min(entities.len());
            let block: Vec<usize> = (start..end).collect();
            let parsed: Vec<Vec<NameParts>> =
                par_map(&block, |&index| names(index).map(parse_name).collect());
            for (index, parts) in (start..end).zip(parsed) {
                let entity_id = index as u32;
                b.dict
                    .entity_names
                    .vec()
                    .push(b.dict.name_segs.len() as u32);
                let kind = entities[index].kind;
                // An entity named in Latin script somewhere: its names in other
                // scripts match only text in their own script. One with no Latin
                // name at all is reached from Latin text through its romanised names.
                let latin = entities[index].names().any(|n| script_bit(n) == LATIN);
                let free = if latin { 0 } else { LATIN };
                let own = entities[index].names().count();
                let press = own..own + east_asian[index].len();
                b.initialled = if kind == Kind::Person {
                    initialled_positions(&parts)
                } else {
                    Vec::new()
                };
                for ((name_index, name), parts) in names(index).enumerate().zip(parts) {
                    let scripts = name_script_bit(name) | free;
                    b.adding_press_form = press.contains(&name_index);
                    b.add_name(entity_id, name_index as u16, name, &parts, (kind, scripts));
                }
            }
            start = end;
        }
        b.finish()
    }

    /// The readings of the person's name word `token` ([`super::phonetic::latin`]) as
    /// the press of other scripts hears them, with its letters written `ü` or `ű`
    /// read as `i` too, and `ñ` as `ni` ([`Dictionary::umlauts`]: Serbian `Тирк` for
    /// `Türk`, `Пења` for `Peña`).
    pub(crate) fn readings(&self, token: u32) -> Vec<super::phonetic::Sounds> {
        let text = self.token_text(token).unwrap_or_default();
        let pairs = &self.umlauts[..];
        let n = pairs.len() / 2;
        let (mut at, mut hi) = (0, n);
        while at < hi {
            let mid = (at + hi) / 2;
            if pairs[2 * mid] < token {
                at = mid + 1;
            } else {
                hi = mid;
            }
        }
        let mask = if at < n && pairs[2 * at] == token {
            pairs[2 * at + 1]
        } else {
            0
        };
        readings_with(text, mask)
    }

    pub(crate) fn stats(&self) -> DictionaryStats {
        DictionaryStats {
            tokens: self.ends.len(),
            nodes: self.nodes as usize,
            keys: self.keys.len(),
            heap_bytes: self.heap_bytes(),
        }
    }

    fn heap_bytes(&self) -> usize {
        self.tokens.heap_bytes()
            + self.arena.bytes()
            + self.children.heap_bytes()
            + self.roots.bytes()
            + self.key_start.bytes()
            + self.keys.bytes()
            + self.given.bytes()
            + self.ends.bytes()
            + self.strong.bytes()
            + self.fits.bytes()
            + self.entity_names.bytes()
            + self.name_segs.bytes()
            + self.seg_arena.bytes()
            + self.sound_hashes.bytes()
            + self.sound_tokens.bytes()
            + self.sound_dir.capacity() * 4
            + self.filter.bytes()
            + self.umlauts.bytes()
    }

    /// True when the filter may hold `hash` ([`stem_hash`] or [`key_hash`]): false
    /// means no person's name word has that stem or key.
    #[inline]
    pub(crate) fn maybe(&self, hash: u64) -> bool {
        if self.filter.is_empty() {
            return false;
        }
        let (word, mask) = filter_bits(hash, self.filter.len());
        self.filter[word] & mask == mask
    }

    /// Into `out` (cleared; sorted, each once): the tokens of persons' name words
    /// with a reading that may be `reading` itself or, when `near`, one vowel group
    /// apart from it ([`super::phonetic::shorter_hashes`]). A superset (hashes
    /// collide): the caller verifies each.
    pub(crate) fn sounding(&self, reading: &[u8], near: bool, out: &mut Vec<u32>) {
        out.clear();
        self.sounding_hash(super::phonetic::sounds_hash(reading), out);
        if near {
            super::phonetic::shorter_hashes(reading, |h| self.sounding_hash(h, out));
        }
        out.sort_unstable();
        out.dedup();
    }

    /// Appends the tokens stored under `hash` in the sound index.
    fn sounding_hash(&self, hash: u32, out: &mut Vec<u32>) {
        let Some(b) = sound_bucket(hash, self.sound_dir.len()) else {
            return;
        };
        let (start, end) = (self.sound_dir[b] as usize, self.sound_dir[b + 1] as usize);
        for i in start..end {
            if self.sound_hashes[i] == hash {
                out.push(self.sound_tokens[i]);
            }
        }
    }

    /// The id of a folded token, or [`NONE`].
    #[inline]
    pub(crate) fn token(&self, text: &str) -> u32 {
        self.tokens.find(text.as_bytes(), &self.arena, &self.ends)
    }

    /// Asks the memory system for the table slot of a token, ahead of
    /// [`Self::token_probe`].
    #[inline]
    pub(crate) fn prefetch_token(&self, probe: &Probe) {
        self.tokens.prefetch(probe);
    }

    /// [`Self::token`], [`Self::root`], the word-list facts
    /// ([`super::facts::of_token`]; 0 for no token) and the root's
    /// [`Self::node_facts`] of the folded token `text` whose [`Probe`] is made, in one
    /// lookup.
    #[inline]
    pub(crate) fn token_probe(&self, text: &[u8], probe: &Probe) -> (u32, u32, u8, NodeFacts) {
        let (id, root, facts) = self.tokens.find_probe(text, probe, &self.arena, &self.ends);
        (id, root, facts as u8, NodeFacts::of_slot(facts))
    }

    /// Asks the memory system for what [`Self::keys`] (if `keys`) and [`Self::child`]
    /// (if `children`) read first about `node` (a hint: no effect on results).
    #[inline]
    pub(crate) fn prefetch_node(&self, node: u32, keys: bool, children: bool) {
        if node != NONE {
            if keys {
                super::table::prefetch(&self.key_start, node as usize);
            }
            if children {
                super::table::prefetch(&self.children.start, node as usize);
            }
        }
    }

    /// Asks the memory system for what [`Self::child`] reads for `(node, token)`
    /// after the row bounds of `node` (which [`Self::prefetch_node`] asked for).
    #[inline]
    pub(crate) fn prefetch_child(&self, node: u32, token: u32) {
        if node != NONE && token != NONE {
            self.children.prefetch_get(node, token);
        }
    }

    /// True when the trie is large enough (at least [`PREFETCH_NODES`] nodes) that
    /// its node arrays are far beyond the caches and asking for a node's entries
    /// ahead of time ([`Self::prefetch_node`], [`Self::prefetch_child`]) pays for the
    /// instructions it costs.
    #[inline]
    pub(crate) fn prefetch_pays(&self) -> bool {
        self.nodes >= PREFETCH_NODES
    }

    /// The node of the one-token prefix `token`, or [`NONE`].
    #[inline]
    pub(crate) fn root(&self, token: u32) -> u32 {
        self.roots.get(token as usize).copied().unwrap_or(NONE)
    }

    /// The child of `node` by `token`, or [`NONE`].
    #[inline]
    pub(crate) fn child(&self, node: u32, token: u32) -> u32 {
        if token == NONE {
            return NONE;
        }
        self.children.get(node, token)
    }

    /// The keys ending at `node`.
    #[inline]
    pub(crate) fn keys(&self, node: u32) -> &[Key] {
        let n = node as usize;
        match (self.key_start.get(n), self.key_start.get(n + 1)) {
            (Some(&s), Some(&e)) => &self.keys[s as usize..e as usize],
            _ => &[],
        }
    }

    /// True when some person's name uses `token` as a given name.
    #[inline]
    pub(crate) fn is_given(&self, token: u32) -> bool {
        self.given.get(token as usize).copied().unwrap_or(false)
    }

    /// The given-side segments of name `name` of entity `entity` when its surname
    /// starts at segment `split`: for each, the token id of its content part, whether
    /// it is an initial, and its first letter. Used to check initials and given names
    /// written before a surname.
    pub(crate) fn givens(
        &self,
        entity: u32,
        name: u16,
        split: u8,
    ) -> impl Iterator<Item = (u32, bool, Option<char>)> + '_ {
        let index = self
            .entity_names
            .get(entity as usize)
            .map(|&first| first as usize + usize::from(name));
        let NameSegs { start, len } = index
            .and_then(|i| self.name_segs.get(i))
            .copied()
            .unwrap_or_default();
        let len = (len as usize).min(usize::from(split));
        self.seg_arena[start as usize..start as usize + len]
            .iter()
            .map(|&v| {
                let id = v & !INITIAL;
                let first = self.token_text(id).and_then(|t| t.chars().next());
                (id, v & INITIAL != 0, first)
            })
    }

    /// For `node`: how many keys are usable short forms, full names, surnames
    /// (surname-only keys and two-surname blocks); each saturating at 255.
    #[inline]
    pub(crate) fn counts(&self, node: u32) -> (u8, u8, u8) {
        let i = node as usize * 3;
        match self.strong.get(i..i + 3) {
            Some(c) => (c[0], c[1], c[2]),
            None => (0, 0, 0),
        }
    }

    /// True when every key of `node` fits text written in the script `bit`
    /// ([`script_bit`], one bit): `keys(node).iter().all(|k| k.fits_script(bit))`,
    /// without reading the keys.
    #[inline]
    pub(crate) fn all_fit(&self, node: u32, bit: u16) -> bool {
        self.fits
            .get(node as usize)
            .is_none_or(|&scripts| scripts & bit != 0)
    }

    /// The [`NodeFacts`] of `node` ([`NONE`]: no keys, no children), read from its rows.
    pub(crate) fn node_facts(&self, node: u32) -> NodeFacts {
        if node == NONE || node >= self.nodes {
            return NodeFacts::default();
        }
        let n = node as usize;
        let rows =
            |start: &[u32]| matches!((start.get(n), start.get(n + 1)), (Some(s), Some(e)) if s < e);
        let fits = self.fits.get(n).copied().unwrap_or(u16::MAX);
        NodeFacts(
            if rows(&self.key_start) {
                NodeFacts::KEYS
            } else {
                0
            } | if rows(&self.children.start) {
                NodeFacts::CHILDREN
            } else {
                0
            } | u32::from(fits) << NodeFacts::FITS_SHIFT,
        )
    }

    /// The folded text of a token id.
    pub(crate) fn token_text(&self, id: u32) -> Option<&str> {
        let i = id as usize;
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.arena.get(start..end)
    }
}

/// The filter hash of a word (or stem): FxHash-style over its bytes. A caller may
/// hash the prefixes of a word in one pass with [`stem_hash_step`].
#[inline]
/// The letters of a name part's folded form (bit `i` for byte `i`, the first 32)
/// that folding took from a letter whose sound the press of other scripts keeps:
/// `u` where the part as written has `ü` or `ű` (the Serbian press's `и`: `Türk` is
/// `Тирк`), `n` where it has the Spanish `ñ` (\[ɲ\], the Serbian press's `њ`, the
/// Greek press's `νι`, the Russian press's `нь`: `Peña` is `Пења`, `Πένια`, `Пенья`;
/// Serbian Pravopis, transcription from Spanish; NAMES.md § 3.1), `o` where it has
/// `ö`, `ő` or the Nordic `ø` (\[ø\], the Russian press's `ё`, which it writes `е`
/// as often, the Ukrainian and Serbian press's `е`, the Greek press's `ε`: `Støre`,
/// `Ødegaard`, `Söder` are `Стёре`, `Эдегор`, `Зёдер`); `None` when it has none or
/// folding changed its length.
fn umlaut_mask(original: &str, folded: &str) -> Option<u32> {
    if !original.contains(['ü', 'Ü', 'ű', 'Ű', 'ñ', 'Ñ', 'ö', 'Ö', 'ő', 'Ő', 'ø', 'Ø'])
    {
        return None;
    }
    // Each such letter as one that folds to another letter of the same length.
    let respelled: String = original
        .chars()
        .map(|c| match c {
            'ü' | 'Ü' | 'ű' | 'Ű' => 'i',
            'ñ' | 'Ñ' => 'x',
            'ö' | 'Ö' | 'ő' | 'Ő' | 'ø' | 'Ø' => 'e',
            _ => c,
        })
        .collect();
    let respelled = nomen_fold::fold(&respelled);
    if respelled.len() != folded.len() {
        return None;
    }
    let mask = folded
        .bytes()
        .zip(respelled.bytes())
        .take(32)
        .enumerate()
        .filter(|(_, pair)| matches!(pair, (b'u', b'i') | (b'n', b'x') | (b'o', b'e')))
        .fold(0u32, |m, (i, _)| m | (1 << i));
    (mask != 0).then_some(mask)
}

/// [`super::phonetic::latin`] of `word`, and of `word` with the letters of `mask`
/// (see [`umlaut_mask`]) as the press hears them: a `u` as `i`, an `n` as `ni`, an `o`
/// as `e`.
fn readings_with(word: &str, mask: u32) -> Vec<super::phonetic::Sounds> {
    let mut out = super::phonetic::latin(word);
    if mask != 0 {
        let mut respelled = String::with_capacity(word.len() + 4);
        for (i, b) in word.bytes().enumerate() {
            let marked = i < 32 && mask & (1 << i) != 0;
            match b {
                b'u' if marked => respelled.push('i'),
                b'n' if marked => respelled.push_str("ni"),
                b'o' if marked => respelled.push('e'),
                _ => respelled.push(char::from(b)),
            }
        }
        for r in super::phonetic::latin(&respelled) {
            if !out.contains(&r) {
                out.push(r);
            }
        }
    }
    out
}

pub(crate) fn stem_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(STEM_SEED, |h, &b| stem_hash_step(h, b))
}

/// Where `hash` sits in a filter of `words` 64-bit words (a power of two): a word and
/// two bits of it (one memory access per lookup; 32 bits per entry keep false
/// positives under 1 %).
#[inline]
fn filter_bits(hash: u64, words: usize) -> (usize, u64) {
    let word = (hash >> 12) as usize & (words - 1);
    let mask = (1u64 << ((hash >> 52) & 63)) | (1u64 << ((hash >> 58) & 63));
    (word, mask)
}

/// The seed of [`stem_hash`].
pub(crate) const STEM_SEED: u64 = 0x243f_6a88_85a3_08d3;

/// One byte of [`stem_hash`].
#[inline]
pub(crate) fn stem_hash_step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// The bucket of `hash` in a sound directory of `len` entries (`2^b + 1`), or `None`
/// for an empty directory.
#[inline]
fn sound_bucket(hash: u32, len: usize) -> Option<usize> {
    let buckets = len.checked_sub(1).filter(|&n| n > 0)?;
    let bits = buckets.trailing_zeros();
    Some((u64::from(hash) >> (32 - bits)) as usize)
}

/// The directory of a sorted list of sound hashes: about one bucket per hash (a
/// power of two, at most 2^24), each bucket's start, then the end.
fn sound_dir(hashes: &[u32]) -> Vec<u32> {
    let bits = hashes
        .len()
        .max(2)
        .next_power_of_two()
        .trailing_zeros()
        .min(24);
    let buckets = 1usize << bits;
    let mut dir = Vec::with_capacity(buckets + 1);
    let mut i = 0;
    for b in 0..buckets {
        while i < hashes.len() && sound_bucket(hashes[i], buckets + 1) < Some(b) {
            i += 1;
        }
        dir.push(i as u32);
    }
    dir.push(hashes.len() as u32);
    dir
}

/// The filter hash of a phonetic key.
#[inline]
pub(crate) fn key_hash(key: u32) -> u64 {
    (u64::from(key) ^ 0x9e37_79b9_7f4a_7c15).wrapping_mul(0xff51_afd7_ed55_8ccd)
}

/// True for the folded Arabic article as a gazetteer writes it before a name part
/// (`al-Sisi`, `el-Baradei`).
pub(crate) fn is_arabic_article(folded: &str) -> bool {
    matches!(folded, "al" | "el")
}

/// True when the last two content parts of the person's name `name` (parsed:
/// `parts`), as written, are joined by a hyphen (`Karin Keller-Sutter`), and the name
/// is written given names first (no comma, no surname in capitals).
fn hyphenated_surname(name: &str, parts: &NameParts) -> bool {
    if parts.comma.is_some() || parts.content().any(|p| p.all_caps) {
        return false;
    }
    let content: Vec<&NamePart> = parts.content().collect();
    let [.., a, b] = content.as_slice() else {
        return false;
    };
    let joined = |a: &NamePart, b: &NamePart| {
        ['-', '‐', '‑']
            .iter()
            .any(|d| name.contains(&format!("{}{d}{}", a.original, b.original)))
    };
    // One given name before it, or two joined by a hyphen (`Marie-Agnes
    // Strack-Zimmermann`): not a Spanish paternal surname before a hyphenated
    // maternal one (`Pedro Sánchez Pérez-Castejón`, whose `Pedro Sánchez` is his).
    let given_only = match content.as_slice() {
        [_, _, _] => true,
        [g1, g2, _, _] => joined(g1, g2),
        _ => false,
    };
    given_only && !a.is_initial && !b.is_initial && joined(a, b)
}

/// True when `name` is written family name first in the way Korean and Taiwanese
/// names are romanised (`Cho Tae-yul`, `Ban Ki-moon`, `Lai Ching-te`): three content
/// parts, a capitalised one-syllable word, then the given name as two syllables joined
/// by a hyphen, the second in lowercase (a Western double given name capitalises both,
/// `Jean-Pierre`, and comes first). Each word one syllable (one run of vowels) of
/// five letters at most: not a Finnish double surname (`Jussi Halla-aho`).
pub(crate) fn family_name_first(name: &str, parts: &NameParts) -> bool {
    if parts.comma.is_some() {
        return false;
    }
    let content: Vec<&NamePart> = parts.content().collect();
    let [family, first, second] = content.as_slice() else {
        return false;
    };
    let syllable = |p: &NamePart, capital: bool| {
        let mut letters = p.original.chars();
        !p.is_initial
            && !p.ideographic
            && !p.all_caps
            && letters
                .next()
                .is_some_and(|c| c.is_uppercase() == capital && c.is_alphabetic())
            && letters.all(|c| c.is_lowercase())
            && (2..=5).contains(&p.original.chars().count())
            && one_vowel_run(&p.folded)
    };
    syllable(family, true)
        && syllable(first, true)
        && syllable(second, false)
        && ['-', '‐', '‑'].iter().any(|d| {
            name.contains(&format!(
                "{} {}{d}{}",
                family.original, first.original, second.original
            ))
        })
}

/// True when the folded word has exactly one run of vowels (`y` counted as one:
/// `yeol`, `Tsai`, `Cho`): one syllable.
fn one_vowel_run(word: &str) -> bool {
    let vowel = |b: &u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let b = word.as_bytes();
    let starts = (0..b.len())
        .filter(|&i| vowel(&b[i]) && (i == 0 || !vowel(&b[i - 1])))
        .count();
    starts == 1
}

/// Cuts a parsed person name into segments (content parts with their particles) in
/// given-name-first order. `tokenize` maps a part as written to token ids.
pub(crate) fn segments(
    parts: &NameParts,
    tokenize: &mut dyn FnMut(&NamePart) -> Vec<u32>,
) -> Vec<Seg> {
    let mut segs: Vec<(usize, Seg)> = Vec::new();
    let mut pending: Vec<u32> = Vec::new();
    for (i, part) in parts.parts.iter().enumerate() {
        match part.role {
            Role::Honorific | Role::Suffix | Role::LegalForm => pending.clear(),
            Role::Particle => pending.extend(tokenize(part)),
            Role::Given | Role::Middle | Role::Surname | Role::Initial => {
                let mut tokens = std::mem::take(&mut pending);
                tokens.extend(tokenize(part));
                if tokens.is_empty() {
                    continue;
                }
                segs.push((
                    i,
                    Seg {
                        tokens,
                        role: part.role,
                        initial: part.is_initial,
                        ideographic: part.ideographic,
                    },
                ));
            }
        }
    }
    if let Some(c) = parts.comma {
        let (before, after): (Vec<_>, Vec<_>) = segs.into_iter().partition(|(i, _)| *i < c);
        after.into_iter().chain(before).map(|(_, s)| s).collect()
    } else {
        // Surnames marked by capitals (`MADURO Nicolás`) go last; otherwise the order
        // as written.
        let (mut rest, surnames): (Vec<_>, Vec<_>) = segs
            .into_iter()
            .map(|(_, s)| s)
            .partition(|s| s.role != Role::Surname);
        rest.extend(surnames);
        rest
    }
}

/// The positions of the words that one of a person's names writes as an initial,
/// between its first and last word, as `(number of words, position)` in given-name-first
/// order (`George H. W. Bush`: `(4, 1)`, `(4, 2)`): the same positions of the person's
/// other names of as many words are middle names (`Herbert`, `Walker` of `George
/// Herbert Walker Bush`), whatever the parser took them for.
pub(crate) fn initialled_positions(names: &[NameParts]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for parts in names {
        let content = parts.content_given_first();
        let n = content.len();
        for (k, part) in content.iter().enumerate() {
            if part.is_initial && k >= 1 && k + 1 < n && !out.contains(&(n, k)) {
                out.push((n, k));
            }
        }
    }
    out
}

impl Build<'_> {
    fn intern(&mut self, text: &str) -> u32 {
        if let Some(&id) = self.interner.get(text) {
            return id;
        }
        let id = self.interner.len() as u32;
        self.interner.insert(text.into(), id);
        self.dict.arena.push_str(text);
        self.dict.ends.vec().push(self.dict.arena.len() as u32);
        id
    }

    /// The token ids and kinds of `text`.
    fn tokenize(&mut self, text: &str) -> (Vec<u32>, bool) {
        let mut folded = std::mem::take(&mut self.folded);
        self.folder.fold_into(text, View::Folded, &mut folded);
        let mut ids = Vec::new();
        let mut ideographic = false;
        for t in folded.tokens() {
            ideographic |= t.kind == TokenKind::Ideograph;
            ids.push(self.intern(t.text));
        }
        self.folded = folded;
        (ids, ideographic)
    }

    /// Adds `name` (parsed: `parts`, [`parse_name`] of it) of `entity`.
    fn add_name(
        &mut self,
        entity: u32,
        name_index: u16,
        name: &str,
        parts: &NameParts,
        (kind, scripts): (Kind, u16),
    ) {
        let (tokens, _) = self.tokenize(name);
        let entity_kind = kind;
        let key = |kind: KeyKind| Key {
            entity,
            name: name_index,
            kind,
            entity_kind,
            split: 0,
            block: false,
            scripts,
        };
        let as_acronym = parts.as_acronym().is_some() && !parts.parts.iter().any(|p| p.ideographic);
        let full_kind = if as_acronym {
            KeyKind::AcronymAlias
        } else if name_index == 0 {
            KeyKind::Canonical
        } else {
            KeyKind::Alias
        };
        self.insert(&tokens, key(full_kind));
        // A body's one-word name in Latin letters (`Frontex`, `NATO`) is declined and
        // transcribed by the press like a person's name word (`Natossa`,
        // `Фронтекс`, `Гаспромом`): it goes to the filter and the phonetic keys too.
        if kind == Kind::Organization
            && tokens.len() == 1
            && script_bit(name) == script_bit("a")
            && self
                .dict
                .token_text(tokens[0])
                .is_some_and(|t| t.len() >= 4)
        {
            self.person_tokens.insert(tokens[0]);
            self.heard_tokens.insert(tokens[0]);
        }
        if as_acronym && tokens.len() >= 2 {
            // A dotted acronym (`O.N.U.`, `EE.UU.`) is also written as one word
            // (`ONU`, `EEUU`): both spellings link.
            let joined: String = tokens
                .iter()
                .filter_map(|&t| self.dict.token_text(t))
                .collect();
            let id = self.intern(&joined);
            self.insert(&[id], key(KeyKind::AcronymAlias));
        }
        let segs_start = self.dict.seg_arena.len() as u32;
        match kind {
            Kind::Person if !as_acronym => {
                self.add_person_keys(entity, name_index, name, parts, scripts)
            }
            Kind::Organization | Kind::Other if !as_acronym => {
                // The name without its legal forms (`Petróleos de Venezuela` of
                // `Petróleos de Venezuela, S.A.`): a short form, linked when only this
                // entity has it or the document names it in full. Text that writes the
                // form another way (`Sociedad Anónima`, `SA`) links through it.
                if parts.legal_forms().next().is_some() && !parts.is_empty() {
                    let bare: Vec<&str> = parts
                        .parts
                        .iter()
                        .filter(|p| p.role != Role::LegalForm)
                        .map(|p| p.original.as_str())
                        .collect();
                    let (bare_tokens, _) = self.tokenize(&bare.join(" "));
                    if !bare_tokens.is_empty() && bare_tokens != tokens {
                        self.insert(&bare_tokens, key(KeyKind::ShortForm));
                    }
                }
                // The acronym of the canonical name only: the aliases of a body are
                // often its name in a hundred languages (CLDR), whose initials make
                // words of other languages (`IA` of Yoruba `Ìṣọ̀kan àgbáyé`).
                let acronym = if name_index == 0 {
                    parts.acronym()
                } else {
                    None
                };
                if let Some(acr) = acronym {
                    let (acr_tokens, _) = self.tokenize(&acr);
                    if acr_tokens.len() == 1 {
                        self.insert(&acr_tokens, key(KeyKind::AcronymDerived));
                    }
                }
            }
            _ => {}
        }
        let len = (self.dict.seg_arena.len() as u32 - segs_start).min(u32::from(u16::MAX));
        self.dict.name_segs.vec().push(NameSegs {
            start: segs_start,
            len,
        });
    }

    fn add_person_keys(
        &mut self,
        entity: u32,
        name_index: u16,
        name: &str,
        parts: &NameParts,
        scripts: u16,
    ) {
        let mut segs = {
            // A plain word's folded view is its one token; anything else (Han/Kana,
            // apostrophes, dots) is cut by the tokenizer as in running text.
            let mut tokenize = |p: &NamePart| {
                if !p.ideographic && p.original.chars().all(nomen_fold::is_word_char) {
                    let id = self.intern(&p.folded);
                    if let Some(mask) = umlaut_mask(&p.original, &p.folded) {
                        *self.umlauts.entry(id).or_default() |= mask;
                    }
                    vec![id]
                } else {
                    self.tokenize(&p.original).0
                }
            };
            segments(parts, &mut tokenize)
        };
        for s in &segs {
            if matches!(s.role, Role::Given | Role::Middle | Role::Initial) {
                for &t in &s.tokens {
                    let t = t as usize;
                    let given = self.dict.given.vec();
                    if given.len() <= t {
                        given.resize(t + 1, false);
                    }
                    given[t] = true;
                }
            }
        }
        for seg in segs.iter().filter(|s| !s.initial && !s.ideographic) {
            if let Some(&last) = seg.tokens.last() {
                self.person_tokens.insert(last);
                if self.adding_press_form {
                    self.press_tokens.insert(last);
                } else {
                    self.heard_tokens.insert(last);
                }
            }
        }
        for seg in &segs {
            if let Some(&last) = seg.tokens.last() {
                let flag = if seg.initial { INITIAL } else { 0 };
                self.dict.seg_arena.vec().push((last & !INITIAL) | flag);
            }
        }
        // A double surname joined by a hyphen (`Keller-Sutter`, `Díaz-Canel`) is one
        // surname: given name + its first part is no short form of its bearer's
        // (`Karin Keller` is someone else), its last part alone is not the bearer
        // (`Sutter`).
        // Its first part alone is a part only sometimes used alone (`Yeşilgöz` of
        // Dilan Yeşilgöz-Zegerius): it needs her named in full in the document.
        let mut first_part = None;
        if hyphenated_surname(name, parts) && segs.len() >= 2 {
            let last = segs.pop().expect("two segments");
            let first = segs.last_mut().expect("two segments");
            first_part = Some(first.tokens.clone());
            first.tokens.extend(last.tokens);
            first.role = Role::Surname;
            first.initial = false;
        }
        if segs.len() < 2 {
            self.add_after_title_key(entity, name_index, scripts, parts, &segs);
            return;
        }
        self.add_split_keys(entity, name_index, scripts, &segs, false);
        // A Korean or Taiwanese name written family name first (`Cho Tae-yul`, `Lai
        // Ching-te`): the press writes the family name alone (`Mr Cho`, `Cho said`).
        // A part only sometimes used alone: `Kim`, `Lee` are the names of millions,
        // so it needs the person named in full in the document, or a title. Not a
        // family name of two letters (`Ha`, `So`, `No`: words of English; the
        // Hungarian `He Li-feng` of He Lifeng, one of the forms the dictionary adds
        // for the press of other languages: `He` is a pronoun). Those forms give
        // their family name too (`Пак` of `Пак Кын-хе`, `Wen` of `Wen Ťia-pao`).
        if family_name_first(name, parts) {
            if let Some(family) = segs
                .first()
                .filter(|s| {
                    s.tokens.len() == 1
                        && self
                            .dict
                            .token_text(s.tokens[0])
                            .is_some_and(|t| t.len() >= 3)
                })
                .map(|s| s.tokens.clone())
            {
                self.insert(
                    &family,
                    Key {
                        entity,
                        name: name_index,
                        kind: KeyKind::SurnameWeak,
                        entity_kind: Kind::Person,
                        split: 0,
                        block: false,
                        scripts,
                    },
                );
            }
        }
        if let Some(tokens) = first_part {
            self.insert(
                &tokens,
                Key {
                    entity,
                    name: name_index,
                    kind: KeyKind::SurnameWeak,
                    entity_kind: Kind::Person,
                    split: (segs.len() - 1).min(usize::from(u8::MAX)) as u8,
                    block: false,
                    scripts,
                },
            );
        }
        // The Arabic article of a surname (`al-Sisi`, `el-Baradei`) is left out as
        // often as it is written (`Sisi`), and written in each language's way
        // (`es-Sisi`, `ас-Сиси`: the text's article is read as `al`, see
        // [`super::doc`]): the name and its short forms also link without it, and
        // with `al` for the gazetteer's `el`.
        let articled = |s: &Seg, dict: &Dictionary| {
            s.tokens.len() >= 2
                && matches!(s.role, Role::Middle | Role::Surname)
                && dict.token_text(s.tokens[0]).is_some_and(is_arabic_article)
        };
        if !segs.iter().any(|s| articled(s, &self.dict)) {
            return;
        }
        let al = self.intern("al");
        for drop in [true, false] {
            let variant: Vec<Seg> = segs
                .iter()
                .map(|s| {
                    let mut s = s.clone();
                    if articled(&s, &self.dict) {
                        if drop {
                            s.tokens.remove(0);
                        } else {
                            s.tokens[0] = al;
                        }
                    }
                    s
                })
                .collect();
            if variant.iter().zip(&segs).all(|(v, s)| v.tokens == s.tokens) {
                continue;
            }
            let full: Vec<u32> = variant
                .iter()
                .flat_map(|s| s.tokens.iter().copied())
                .collect();
            self.insert(
                &full,
                Key {
                    entity,
                    name: name_index,
                    kind: KeyKind::Alias,
                    entity_kind: Kind::Person,
                    split: 0,
                    block: false,
                    scripts,
                },
            );
            // Without it, the surname alone is a word that many things are (`Sisi`,
            // the empress; `Rashid`, a given name): it needs the person named in
            // full or a title.
            self.add_split_keys(entity, name_index, scripts, &variant, drop);
        }
    }

    /// The key of the one word of a person's name that a title or role word starts
    /// (`Sheikh Hasina`, `Pope Francis`): the name the press writes alone after it
    /// has named the person in full (`Hasina vive in India`). A part only sometimes
    /// used alone ([`KeyKind::SurnameWeak`]): it needs the person named in full in
    /// the document, or a title before it. (Not an initial, nor a name in Han or
    /// Kana.)
    fn add_after_title_key(
        &mut self,
        entity: u32,
        name_index: u16,
        scripts: u16,
        parts: &NameParts,
        segs: &[Seg],
    ) {
        let [only] = segs else {
            return;
        };
        let titled = parts
            .parts
            .first()
            .is_some_and(|p| p.role == Role::Honorific);
        if !titled || only.initial || only.ideographic || only.tokens.len() != 1 {
            return;
        }
        let tokens = only.tokens.clone();
        self.insert(
            &tokens,
            Key {
                entity,
                name: name_index,
                kind: KeyKind::SurnameWeak,
                entity_kind: Kind::Person,
                split: 0,
                block: false,
                scripts,
            },
        );
    }

    /// The keys of a person's name cut at its surname: surname first, given name and
    /// surname, the surname alone (see [`KeyKind`]; with `weak`, the surname alone is
    /// a [`KeyKind::SurnameWeak`]).
    fn add_split_keys(
        &mut self,
        entity: u32,
        name_index: u16,
        scripts: u16,
        segs: &[Seg],
        weak: bool,
    ) {
        let n = segs.len();
        let key = |kind: KeyKind, split: usize, block: bool| Key {
            entity,
            name: name_index,
            kind,
            entity_kind: Kind::Person,
            split: split.min(usize::from(u8::MAX)) as u8,
            block,
            scripts,
        };
        if segs.iter().any(|s| s.ideographic) {
            // Names in Han/Kana: the last part alone (`马杜罗` of `尼古拉斯·马杜罗`),
            // when it has at least two characters.
            let last = &segs[n - 1];
            if last.tokens.len() >= 2 {
                let toks = last.tokens.clone();
                self.insert(&toks, key(KeyKind::Surname, n - 1, false));
            }
            return;
        }
        let cat =
            |a: &[&Seg]| -> Vec<u32> { a.iter().flat_map(|s| s.tokens.iter().copied()).collect() };
        // A word that another name of the person writes as an initial is a middle
        // name, never the first word of a surname (`Walker` of `George Herbert Walker
        // Bush`, whom `George H. W. Bush` names: `Walker` alone is not him, nor is
        // `George Walker`): the surname starts after it.
        let middle = |k: usize| !segs[k].initial && self.initialled.contains(&(n, k));
        let mut splits = Vec::new();
        if let Some(mut k) = segs.iter().position(|s| s.role == Role::Surname) {
            while k + 1 < n && middle(k) {
                k += 1;
            }
            if k >= 1 {
                splits.push(k);
            }
        }
        if n >= 3
            && segs[n - 1].role == Role::Surname
            && segs[n - 2].role == Role::Middle
            && !segs[n - 2].initial
            && !middle(n - 2)
            && !splits.contains(&(n - 2))
        {
            splits.push(n - 2);
        }
        for k in splits {
            let g: Vec<&Seg> = segs[..k].iter().collect();
            let s: Vec<&Seg> = segs[k..].iter().collect();
            if s.iter().any(|x| x.initial) {
                continue;
            }
            let mut reordered = cat(&s);
            reordered.extend(cat(&g));
            self.insert(&reordered, key(KeyKind::Reordered, k, false));
            let first_given = g.iter().find(|x| !x.initial).copied();
            if let Some(fg) = first_given {
                let mut short = fg.tokens.clone();
                short.extend(cat(&s));
                self.insert(&short, key(KeyKind::ShortForm, k, false));
            }
            if s.len() >= 2 {
                self.insert(&cat(&s), key(KeyKind::ShortForm, k, true));
                if let Some(fg) = first_given {
                    let mut short = fg.tokens.clone();
                    short.extend(s[0].tokens.iter().copied());
                    self.insert(&short, key(KeyKind::ShortForm, k, false));
                }
                let mut rev = s[0].tokens.clone();
                rev.extend(cat(&g));
                self.insert(&rev, key(KeyKind::ShortForm, k, false));
                let first_kind = if n >= 4 {
                    KeyKind::Surname
                } else {
                    KeyKind::SurnameWeak
                };
                let first = s[0].tokens.clone();
                self.insert(&first, key(first_kind, k, false));
                let last = s[s.len() - 1].tokens.clone();
                self.insert(&last, key(KeyKind::SurnameWeak, k, false));
            } else {
                let only = s[0].tokens.clone();
                let kind = if weak {
                    KeyKind::SurnameWeak
                } else {
                    KeyKind::Surname
                };
                self.insert(&only, key(kind, k, false));
            }
        }
    }

    /// Adds `key` at the node of `tokens` (creating the path).
    fn insert(&mut self, tokens: &[u32], key: Key) {
        let Some((&first, rest)) = tokens.split_first() else {
            return;
        };
        // A key made only of function words (`The`, `de la`) would match everywhere.
        if tokens.iter().all(|&t| {
            self.dict
                .token_text(t)
                .is_some_and(|s| is_stopword(s) || is_particle(s))
        }) {
            return;
        }
        let d = &mut self.dict;
        let roots = d.roots.vec();
        if roots.len() <= first as usize {
            roots.resize(first as usize + 1, NONE);
        }
        let mut node = roots[first as usize];
        if node == NONE {
            node = d.nodes;
            d.nodes += 1;
            roots[first as usize] = node;
        }
        for &t in rest {
            let edge = (u64::from(node) << 32) | u64::from(t);
            node = match self.edges.get(&edge) {
                Some(&child) => child,
                None => {
                    let child = d.nodes;
                    d.nodes += 1;
                    self.edges.insert(edge, child);
                    child
                }
            };
        }
        self.pending.push((node, key));
    }

    fn finish(mut self) -> Dictionary {
        let mut pending = std::mem::take(&mut self.pending);
        // One entry per (node, entity): the strongest kind, then the earliest name,
        // with the scripts of all the names that give it.
        pending.sort_unstable_by_key(|(node, k)| (*node, k.entity, k.kind, k.name));
        pending.dedup_by(|(node, k), (kept_node, kept)| {
            let same = (*node, k.entity) == (*kept_node, kept.entity);
            if same {
                kept.scripts |= k.scripts;
            }
            same
        });
        let mut d = self.dict;
        let nodes = d.nodes as usize;
        let mut key_start = Vec::with_capacity(nodes + 1);
        let mut keys = Vec::with_capacity(pending.len());
        let mut it = pending.into_iter().peekable();
        for n in 0..nodes as u32 {
            key_start.push(keys.len() as u32);
            while let Some((_, k)) = it.next_if(|(node, _)| *node == n) {
                keys.push(k);
            }
        }
        key_start.push(keys.len() as u32);
        (d.key_start, d.keys) = (key_start.into(), keys.into());
        let mut counts = Vec::with_capacity(nodes * 3);
        for n in 0..nodes as u32 {
            let keys = d.keys(n);
            let count =
                |f: &dyn Fn(&Key) -> bool| keys.iter().filter(|k| f(k)).count().min(255) as u8;
            counts.push(count(&|k| {
                !matches!(k.kind, KeyKind::SurnameWeak | KeyKind::AcronymDerived)
            }));
            counts.push(count(&|k| k.kind.is_full()));
            counts.push(count(&|k| {
                k.kind.is_surname_only() || (k.kind == KeyKind::ShortForm && k.block)
            }));
        }
        d.strong = counts.into();
        d.fits = (0..nodes as u32)
            .map(|n| {
                d.keys(n).iter().fold(u16::MAX, |all, k| {
                    // A key fits every script when it has a Latin name, else the
                    // scripts of its names.
                    all & if k.scripts & LATIN != 0 {
                        u16::MAX
                    } else {
                        k.scripts
                    }
                })
            })
            .collect::<Vec<u16>>()
            .into();
        let edges = std::mem::take(&mut self.edges)
            .into_iter()
            .map(|(edge, child)| ((edge >> 32) as u32, edge as u32, child))
            .collect();
        d.children = Children::new(edges, nodes);
        d.tokens = TokenTable::new(&d.arena, &d.ends, &d.roots, |text, root| {
            u32::from(super::facts::of_token(text)) | d.node_facts(root).bits()
        });
        let mut people: Vec<u32> = self.person_tokens.iter().copied().collect();
        people.sort_unstable();
        let words: Vec<&str> = people
            .iter()
            .map(|&t| d.token_text(t).unwrap_or_default())
            .collect();
        // Per word: the phonetic keys of its readings (for the filter) and their
        // hashes in the sound index.
        let masks: Vec<u32> = people
            .iter()
            .map(|t| self.umlauts.get(t).copied().unwrap_or(0))
            .collect();
        let jobs: Vec<(&str, u32)> = words.iter().copied().zip(masks).collect();
        let read: Vec<(Vec<u32>, Vec<u32>)> = par_map(&jobs, |&(w, mask)| {
            let (mut keys, mut hashes) = (Vec::new(), Vec::new());
            for r in readings_with(w, mask) {
                let Some(k) = super::phonetic::key(&r) else {
                    // (A word of one consonant class, `Kaag`, has no key: it is found
                    // by its sounds where the context names its person.)
                    if super::phonetic::one_class(&r) {
                        hashes.push(super::phonetic::sounds_hash(&r));
                    }
                    continue;
                };
                keys.push(k);
                hashes.push(super::phonetic::sounds_hash(&r));
                if super::phonetic::near(&r) {
                    super::phonetic::shorter_hashes(&r, |h| hashes.push(h));
                }
            }
            keys.sort_unstable();
            keys.dedup();
            hashes.sort_unstable();
            hashes.dedup();
            (keys, hashes)
        });
        let press_only = |t: u32| self.press_tokens.contains(&t) && !self.heard_tokens.contains(&t);
        let mut sounds: Vec<(u32, u32)> = people
            .iter()
            .zip(&read)
            .filter(|(t, _)| !press_only(**t))
            .flat_map(|(&t, (_, hs))| hs.iter().map(move |&h| (h, t)))
            .collect();
        sounds.sort_unstable();
        let phon_keys = read.iter().map(|(ks, _)| ks.len()).sum::<usize>();
        let bits = ((people.len() + phon_keys) * 32)
            .next_power_of_two()
            .max(1024);
        let mut filter = vec![0u64; bits / 64];
        let filter_words = filter.len();
        let mut set = |h: u64| {
            let (word, mask) = filter_bits(h, filter_words);
            filter[word] |= mask;
        };
        for w in &words {
            set(stem_hash(w.as_bytes()));
        }
        for (ks, _) in &read {
            for &k in ks {
                set(key_hash(k));
            }
        }
        d.filter = filter.into();
        let mut umlauts: Vec<(u32, u32)> = self.umlauts.iter().map(|(&t, &m)| (t, m)).collect();
        umlauts.sort_unstable();
        d.umlauts = umlauts
            .into_iter()
            .flat_map(|(t, m)| [t, m])
            .collect::<Vec<u32>>()
            .into();
        let (hashes, tokens): (Vec<u32>, Vec<u32>) = sounds.into_iter().unzip();
        d.sound_dir = sound_dir(&hashes);
        (d.sound_hashes, d.sound_tokens) = (hashes.into(), tokens.into());
        let tokens = d.ends.len();
        if d.given.len() < tokens {
            d.given.vec().resize(tokens, false);
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_and_taiwanese_names_are_written_family_name_first() {
        let first = |n: &str| family_name_first(n, &parse_name(n));
        for n in [
            "Ban Ki-moon",
            "Lai Ching-te",
            "Yoon Suk-yeol",
            "Kim Jong-un",
        ] {
            assert!(first(n), "{n}");
        }
        // A Western double given name, a Finnish double surname, a longer name, a
        // name written with a comma: not so.
        for n in [
            "Jean-Pierre Raffarin",
            "Ann Marie-Lou",
            "Jussi Halla-aho",
            "Moon Jae-in Park",
            "Kim, Jong-un",
            "Kimberly Jong-un",
        ] {
            assert!(!first(n), "{n}");
        }
    }

    #[test]
    fn initialled_positions_are_those_a_name_writes_as_an_initial() {
        let names = [
            "George H. W. Bush",
            "George Herbert Walker Bush",
            "Joe Biden",
        ]
        .map(parse_name);
        assert_eq!(initialled_positions(&names), [(4, 1), (4, 2)]);
        // The first and last words are never middle names, even as initials.
        assert!(initialled_positions(&[parse_name("J. Smith")]).is_empty());
    }

    #[test]
    fn a_spanish_enye_is_marked_and_also_read_as_ni() {
        assert_eq!(umlaut_mask("Muñoz", "munoz"), Some(0b100));
        assert_eq!(umlaut_mask("Núñez", "nunez"), Some(0b100));
        assert_eq!(umlaut_mask("Munoz", "munoz"), None);
        let r = readings_with("munoz", 0b100);
        assert!(r.contains(&super::super::phonetic::latin("munoz")[0]));
        assert!(r.contains(&super::super::phonetic::latin("munioz")[0]));
    }

    #[test]
    fn umlauts_are_marked_where_folding_made_them_u() {
        assert_eq!(umlaut_mask("Türk", "turk"), Some(0b10));
        assert_eq!(umlaut_mask("Gündüz", "gunduz"), Some(0b1_0010));
        assert_eq!(umlaut_mask("Turk", "turk"), None);
        // Both readings: the word's own and with i.
        let r = readings_with("turk", 0b10);
        assert!(r.contains(&super::super::phonetic::latin("tirk")[0]));
        assert!(r.contains(&super::super::phonetic::latin("turk")[0]));
    }

    #[test]
    fn nordic_and_german_o_umlauts_are_also_read_as_e() {
        // (Støre, Söder: the Russian press's Стёре, Зёдер, written with е.)
        assert_eq!(umlaut_mask("Støre", "store"), Some(0b100));
        assert_eq!(umlaut_mask("Söder", "soder"), Some(0b10));
        assert_eq!(umlaut_mask("Store", "store"), None);
        let r = readings_with("store", 0b100);
        assert!(r.contains(&super::super::phonetic::latin("stere")[0]));
        assert!(r.contains(&super::super::phonetic::latin("store")[0]));
    }

    /// Every token's slot holds its root node's facts as the node's rows say them.
    #[test]
    fn token_slots_hold_their_roots_facts() {
        let g = Gazetteer::from_jsonl_str(
            r#"{"id":"rosa","name":"María de la Rosa","kind":"person"}
{"id":"putin","name":"Vladimir Putin","kind":"person","aliases":["Владимир Путин"]}
{"id":"athens","name":"Αθήνα","kind":"place","aliases":["Athens"]}
{"id":"kyiv","name":"Київ","kind":"place"}
{"id":"otan","name":"Organisation du traité de l'Atlantique nord","kind":"organization","aliases":["OTAN"]}
{"id":"de","name":"De","kind":"organization"}"#,
            "test",
        )
        .unwrap();
        let d = Dictionary::build(&g, &Folder::new());
        let mut with = [0usize; 2];
        for id in 0..d.ends.len() as u32 {
            let text = d.token_text(id).unwrap();
            let (found, root, _, facts) =
                d.token_probe(text.as_bytes(), &Probe::of(text.as_bytes()));
            assert_eq!((found, root), (id, d.root(id)), "{text}");
            assert_eq!(facts, d.node_facts(root), "{text}");
            assert_eq!(facts.has_keys(), !d.keys(root).is_empty(), "{text}");
            let n = root as usize;
            let children = root != NONE && d.children.start[n] < d.children.start[n + 1];
            assert_eq!(facts.has_children(), children, "{text}");
            for bit in (0..16).map(|b| 1u16 << b) {
                if root != NONE {
                    assert_eq!(facts.all_fit(bit), d.all_fit(root, bit), "{text} {bit}");
                }
            }
            with[0] += usize::from(facts.has_keys());
            with[1] += usize::from(facts.has_children());
        }
        assert!(with[0] > 0 && with[1] > 0, "{with:?}");
        // A text that is no token: nothing.
        let (found, root, _, facts) = d.token_probe(b"zzz", &Probe::of(b"zzz"));
        assert_eq!((found, root, facts), (NONE, NONE, NodeFacts::default()));
    }

    /// The characters whose script is told by range alone are letters, of that script.
    #[test]
    fn letter_scripts_are_the_scripts_of_letters() {
        let mut told = 0;
        for c in (0u32..0x11_0000).filter_map(char::from_u32) {
            if let Some(fast) = letter_script(c) {
                assert!(c.is_alphabetic(), "{c:?}");
                assert_eq!(fast, script_of_letter(c), "{c:?}");
                told += 1;
            }
        }
        assert!(told > 30_000);
        for (text, want) in [
            ("Maduro", 1),
            ("1 Ωμέγα", 2),
            ("Ωμέγα", 2),
            ("«Москва»", 3),
            ("Москва", 3),
            ("ひらがな", 9),
            ("東京", 10),
            ("서울", 8),
            ("Ἀθῆναι", 2),
            ("…", 0),
        ] {
            assert_eq!(script(text), want, "{text}");
        }
    }
}
