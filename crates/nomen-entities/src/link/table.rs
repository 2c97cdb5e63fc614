//! The dictionary's two lookup structures, laid out for the tagger's access pattern:
//! every token of a text is looked up once ([`TokenTable`]), and every token after
//! the start of a partial match asks for one trie edge ([`Children`]).
//!
//! Both are flat arrays: no pointer to follow per probe, nothing to rehash when a
//! cached dictionary is read back (the edges are stored as they are used).

use std::hash::Hasher;

use super::store::{Store, Stored};
use crate::hash::FxHasher;

/// No token / no node.
const NONE: u32 = u32::MAX;

/// Bytes of a token kept in its slot: longer tokens compare the rest in the arena.
const INLINE: usize = 16;

/// One slot of the [`TokenTable`]: the token's [`head`] (its first 16 bytes), its
/// length, its id, the trie node of the one-token prefix it starts, what the word
/// lists say of it ([`super::facts::of_token`], the low byte of `facts`) and what the
/// trie walk asks first about that node ([`super::dict::NodeFacts`], the rest of
/// `facts`): what the tagger asks next about a token, without a second lookup. Nearly every token is shorter
/// than 16 bytes, so a lookup reads one slot (half a cache line, never two lines) and
/// compares two words: the token texts are not touched.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(32))]
pub(crate) struct Slot {
    head: [u64; 2],
    len: u32,
    id: u32,
    root: u32,
    facts: u32,
}

const _: () = assert!(std::mem::size_of::<Slot>() == 32);

// SAFETY: `Slot` is `repr(C)`: two `u64` and four `u32`, 32 bytes in all, no
// padding (checked above); any bytes are a slot; `write` puts the fields in that
// order, little-endian.
unsafe impl Stored for Slot {
    fn write(&self, out: &mut Vec<u8>) {
        for h in self.head {
            out.extend_from_slice(&h.to_le_bytes());
        }
        for x in [self.len, self.id, self.root, self.facts] {
            out.extend_from_slice(&x.to_le_bytes());
        }
    }
}

const EMPTY: Slot = Slot {
    head: [0, 0],
    len: 0,
    id: NONE,
    root: NONE,
    facts: 0,
};

/// The interned tokens' texts → ids: open addressing with linear probing, at most
/// half full.
#[derive(Debug, Clone, Default)]
pub(crate) struct TokenTable {
    slots: Store<Slot>,
    mask: usize,
}

/// `s[at..at + 8]` as a little-endian word (`at + 8 <= s.len()`).
#[inline]
fn word8(s: &[u8], at: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&s[at..at + 8]);
    u64::from_le_bytes(a)
}

/// `s[at..at + 4]` as a little-endian word (`at + 4 <= s.len()`).
#[inline]
fn word4(s: &[u8], at: usize) -> u64 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&s[at..at + 4]);
    u64::from(u32::from_le_bytes(a))
}

/// Two words that, with the length, tell apart any two texts of up to 16 bytes (for
/// longer texts: the first 16 bytes). Made of fixed-size loads that may overlap
/// (`s[0..8]` and `s[len - 8..len]` for 8 to 16 bytes, and so on), so no copy of a
/// variable length.
#[inline]
fn head(s: &[u8]) -> [u64; 2] {
    let n = s.len();
    match n {
        16.. => [word8(s, 0), word8(s, 8)],
        8..=15 => [word8(s, 0), word8(s, n - 8)],
        4..=7 => [word4(s, 0) | (word4(s, n - 4) << 32), 0],
        1..=3 => [
            u64::from(s[0]) | (u64::from(s[n / 2]) << 8) | (u64::from(s[n - 1]) << 16),
            0,
        ],
        0 => [0, 0],
    }
}

/// The table hash of a text whose [`head`] is `h`: the head words and the length,
/// then (beyond 16 bytes) the rest, multiply-mixed as in [`FxHasher`].
#[inline]
fn hash(s: &[u8], h: [u64; 2]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut x = (h[0] ^ s.len() as u64).wrapping_mul(K);
    x = (x.rotate_left(26) ^ h[1]).wrapping_mul(K);
    if s.len() > INLINE {
        let mut rest = FxHasher::default();
        rest.write(&s[INLINE..]);
        x = (x.rotate_left(26) ^ rest.finish()).wrapping_mul(K);
    }
    // The high bits are the best mixed.
    x.rotate_left(26) ^ (x >> 32)
}

/// What a lookup of a text computes before reading the table: its [`head`] and hash.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Probe {
    head: [u64; 2],
    hash: u64,
}

impl Probe {
    #[inline]
    pub(crate) fn of(text: &[u8]) -> Probe {
        let head = head(text);
        Probe {
            head,
            hash: hash(text, head),
        }
    }
}

impl TokenTable {
    /// The table of the tokens `arena[ends[i - 1]..ends[i]]`, token `i` having id `i`,
    /// root node `roots[i]` ([`NONE`] beyond `roots`) and facts `facts(text, root)`. A
    /// text present twice keeps its first id.
    pub(crate) fn new(
        arena: &str,
        ends: &[u32],
        roots: &[u32],
        facts: impl Fn(&str, u32) -> u32,
    ) -> TokenTable {
        let capacity = (ends.len() * 2).max(16).next_power_of_two();
        let mut slots = with_capacity_huge(capacity);
        slots.resize(capacity, EMPTY);
        let mut t = TokenTable {
            slots: Store::Owned(slots),
            mask: capacity - 1,
        };
        let mut start = 0usize;
        for (id, &end) in ends.iter().enumerate() {
            let end = end as usize;
            let text = arena.as_bytes().get(start..end).unwrap_or_default();
            if t.find(text, arena, ends) == NONE {
                let h = head(text);
                let mut i = hash(text, h) as usize & t.mask;
                let slots = t.slots.vec();
                while slots[i].id != NONE {
                    i = (i + 1) & t.mask;
                }
                let root = roots.get(id).copied().unwrap_or(NONE);
                slots[i] = Slot {
                    head: h,
                    len: text.len() as u32,
                    id: id as u32,
                    root,
                    facts: facts(arena.get(start..end).unwrap_or_default(), root),
                };
            }
            start = end;
        }
        t
    }

    /// The id of `text`, or [`NONE`]. `arena` and `ends` are those the table was made
    /// from (for the bytes beyond the 16 kept in a slot).
    #[inline]
    pub(crate) fn find(&self, text: &[u8], arena: &str, ends: &[u32]) -> u32 {
        self.find_probe(text, &Probe::of(text), arena, ends).0
    }

    /// The id, root node and facts of `text` ([`NONE`], [`NONE`], 0 when it is not in
    /// the table), its [`Probe`] already made.
    #[inline(always)]
    pub(crate) fn find_probe(
        &self,
        text: &[u8],
        probe: &Probe,
        arena: &str,
        ends: &[u32],
    ) -> (u32, u32, u32) {
        if self.slots.is_empty() {
            return (NONE, NONE, 0);
        }
        let h = probe.head;
        let len = text.len() as u32;
        let mut i = probe.hash as usize & self.mask;
        // At most one pass over the slots: a table is never full, but one read from a
        // damaged file might be.
        for _ in 0..=self.mask {
            let slot = &self.slots[i];
            if slot.id == NONE {
                return (NONE, NONE, 0);
            }
            if slot.len == len
                && slot.head == h
                && (text.len() <= INLINE || {
                    let end = ends.get(slot.id as usize).map_or(0, |&e| e as usize);
                    end.checked_sub(text.len() - INLINE)
                        .and_then(|rest| arena.as_bytes().get(rest..end))
                        == Some(&text[INLINE..])
                })
            {
                return (slot.id, slot.root, slot.facts);
            }
            i = (i + 1) & self.mask;
        }
        (NONE, NONE, 0)
    }

    /// Starts loading the first slot [`TokenTable::find_probe`] reads for `probe` into
    /// the cache (a hint: no effect on results).
    #[inline]
    pub(crate) fn prefetch(&self, probe: &Probe) {
        prefetch(&self.slots, probe.hash as usize & self.mask);
    }

    /// Heap bytes.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.slots.bytes()
    }

    /// The slots, for a cache file.
    pub(crate) fn slots(&self) -> &[Slot] {
        &self.slots
    }

    /// The table whose slots are `slots` (read back from a cache), or `None` when
    /// their number is not a power of two (or zero: an empty table).
    pub(crate) fn from_slots(slots: Store<Slot>) -> Option<TokenTable> {
        let mask = mask_of(slots.len())?;
        Some(TokenTable { slots, mask })
    }
}

/// An empty vector with room for `n` items, whose memory the kernel is asked to back
/// with huge pages (Linux, transparent huge pages in `madvise` mode): the dictionary's
/// tables are read at random, a cache line per lookup, and with 4 KiB pages nearly
/// every lookup at 1M entities also misses the TLB. A hint: no effect on contents.
pub(crate) fn with_capacity_huge<T>(n: usize) -> Vec<T> {
    let v: Vec<T> = Vec::with_capacity(n);
    #[cfg(target_os = "linux")]
    advise_huge(
        v.as_ptr().cast::<u8>(),
        n.saturating_mul(std::mem::size_of::<T>()),
    );
    v
}

/// Asks Linux to back the whole pages of `len` bytes at `ptr` with huge pages.
#[cfg(target_os = "linux")]
fn advise_huge(ptr: *const u8, len: usize) {
    const PAGE: usize = 4096;
    const MADV_HUGEPAGE: i32 = 14;
    extern "C" {
        fn madvise(addr: *mut std::ffi::c_void, len: usize, advice: i32) -> i32;
    }
    if len < (2 << 20) {
        return;
    }
    let start = (ptr as usize).div_ceil(PAGE) * PAGE;
    let end = (ptr as usize).saturating_add(len) / PAGE * PAGE;
    if end > start {
        // SAFETY: the range is whole pages inside an allocation this process owns;
        // MADV_HUGEPAGE changes only how the kernel backs them, never their contents
        // or mapping, and a failure (no THP support) leaves things as they were.
        unsafe {
            madvise(start as *mut std::ffi::c_void, end - start, MADV_HUGEPAGE);
        }
    }
}

/// Starts loading `items[i]` into the cache, if it exists: a hint that changes no
/// result (nothing on other architectures than x86_64).
#[inline]
pub(crate) fn prefetch<T>(items: &[T], i: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(item) = items.get(i) {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: `sse` is part of every x86_64 target; a prefetch reads nothing the
        // program sees and never faults (the address is a live element anyway).
        unsafe { _mm_prefetch::<_MM_HINT_T0>((item as *const T).cast::<i8>()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (items, i);
}

/// Rows of [`Children`] longer than this are also indexed in [`EdgeTable`]: a short
/// row is one cache line to scan, a long one (the surnames after a common given name:
/// thousands at 1M entities) a binary search with a cache miss at nearly every step.
const LONG_ROW: usize = 8;

/// The trie's inner edges in compressed-row form: the children of node `n` are
/// `tokens[start[n]..start[n + 1]]` (sorted) and `nodes[..]` at the same positions.
/// A node without children (most of them) costs one read of `start`. The edges of
/// long rows are also in `long`, a hash table made from the rows (not stored in a
/// cache: [`Children::index_long_rows`] makes it after reading).
#[derive(Debug, Clone, Default)]
pub(crate) struct Children {
    pub start: Store<u32>,
    pub tokens: Store<u32>,
    pub nodes: Store<u32>,
    pub long: EdgeTable,
}

/// One edge of a long row in the [`EdgeTable`].
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub(crate) struct Edge {
    node: u32,
    token: u32,
    child: u32,
}

const _: () = assert!(std::mem::size_of::<Edge>() == 12);

// SAFETY: `Edge` is `repr(C)`: three `u32`, no padding (checked above); any bytes are
// an edge; `write` puts them in that order, little-endian.
unsafe impl Stored for Edge {
    fn write(&self, out: &mut Vec<u8>) {
        for x in [self.node, self.token, self.child] {
            out.extend_from_slice(&x.to_le_bytes());
        }
    }
}

const NO_EDGE: Edge = Edge {
    node: NONE,
    token: NONE,
    child: NONE,
};

/// `(node, token)` → child for the edges of long rows: open addressing with linear
/// probing, at most half full, so a lookup (found or not) reads about one cache line.
#[derive(Debug, Clone, Default)]
pub(crate) struct EdgeTable {
    slots: Store<Edge>,
    mask: usize,
}

impl EdgeTable {
    /// The slots, for a cache file.
    pub(crate) fn slots(&self) -> &[Edge] {
        &self.slots
    }

    /// The table whose slots are `slots` (read back from a cache), or `None` when
    /// their number is not a power of two (or zero: no long rows).
    pub(crate) fn from_slots(slots: Store<Edge>) -> Option<EdgeTable> {
        let mask = mask_of(slots.len())?;
        Some(EdgeTable { slots, mask })
    }

    /// The first slot of `(node, token)`.
    #[inline]
    fn slot(&self, node: u32, token: u32) -> usize {
        const K: u64 = 0xf135_7aea_2e62_a9c5;
        let x = ((u64::from(node) << 32) | u64::from(token)).wrapping_mul(K);
        // The high bits are the best mixed.
        (x.rotate_left(26) ^ (x >> 32)) as usize & self.mask
    }

    /// The child of `node` by `token`, or [`NONE`].
    #[inline]
    fn get(&self, node: u32, token: u32) -> u32 {
        let mut i = self.slot(node, token);
        // At most one pass (see `TokenTable::find_probe`).
        for _ in 0..=self.mask {
            let Some(e) = self.slots.get(i) else {
                return NONE;
            };
            if e.node == node && e.token == token {
                return e.child;
            }
            if e.node == NONE {
                return NONE;
            }
            i = (i + 1) & self.mask;
        }
        NONE
    }
}

impl Children {
    /// The rows of `edges` (`(parent, token, child)`, any order) for `nodes` nodes.
    pub(crate) fn new(mut edges: Vec<(u32, u32, u32)>, nodes: usize) -> Children {
        edges.sort_unstable();
        let mut start = Vec::with_capacity(nodes + 1);
        let mut tokens = Vec::with_capacity(edges.len());
        let mut children = Vec::with_capacity(edges.len());
        let mut it = edges.into_iter().peekable();
        for n in 0..nodes as u32 {
            start.push(tokens.len() as u32);
            while let Some((_, token, child)) = it.next_if(|e| e.0 == n) {
                tokens.push(token);
                children.push(child);
            }
        }
        start.push(tokens.len() as u32);
        let mut c = Children {
            start: start.into(),
            tokens: tokens.into(),
            nodes: children.into(),
            long: EdgeTable::default(),
        };
        c.index_long_rows();
        c
    }

    /// The rows `start`, `tokens`, `nodes` with their long rows indexed in `long` (as
    /// read from a cache), or `None` when the rows are not well formed for
    /// `node_count` nodes. (The edge table is not checked: a wrong entry can only make
    /// a lookup miss or answer a node, which the caller's node checks bound.)
    pub(crate) fn from_rows(
        start: Store<u32>,
        tokens: Store<u32>,
        nodes: Store<u32>,
        long: EdgeTable,
        node_count: usize,
    ) -> Option<Children> {
        let c = Children {
            start,
            tokens,
            nodes,
            long,
        };
        c.is_valid(node_count).then_some(c)
    }

    /// Fills `long` with the edges of the rows longer than [`LONG_ROW`].
    fn index_long_rows(&mut self) {
        let rows = || {
            self.start
                .windows(2)
                .enumerate()
                .filter(|(_, w)| (w[1] - w[0]) as usize > LONG_ROW)
        };
        let edges: usize = rows().map(|(_, w)| (w[1] - w[0]) as usize).sum();
        if edges == 0 {
            self.long = EdgeTable::default();
            return;
        }
        let capacity = (edges * 2).next_power_of_two();
        let mut slots = with_capacity_huge(capacity);
        slots.resize(capacity, NO_EDGE);
        let mut t = EdgeTable {
            slots: Store::Owned(Vec::new()),
            mask: capacity - 1,
        };
        for (node, w) in rows() {
            let node = node as u32;
            for e in w[0] as usize..w[1] as usize {
                let token = self.tokens[e];
                let mut i = t.slot(node, token);
                while slots[i].node != NONE {
                    i = (i + 1) & t.mask;
                }
                slots[i] = Edge {
                    node,
                    token,
                    child: self.nodes[e],
                };
            }
        }
        t.slots = Store::Owned(slots);
        self.long = t;
    }

    /// True when the rows are well formed for `nodes` nodes: offsets in range and in
    /// order, children in range, each row's tokens strictly increasing.
    pub(crate) fn is_valid(&self, nodes: usize) -> bool {
        self.start.len() == nodes + 1
            && self.start.first() == Some(&0)
            && self.start.last().map(|&e| e as usize) == Some(self.tokens.len())
            && self.tokens.len() == self.nodes.len()
            && self.start.windows(2).all(|w| w[0] <= w[1])
            && self.nodes.iter().all(|&c| (c as usize) < nodes)
            && self.start.windows(2).all(|w| {
                self.tokens[w[0] as usize..w[1] as usize]
                    .windows(2)
                    .all(|t| t[0] < t[1])
            })
    }

    /// The child of `node` by `token`, or [`NONE`].
    #[inline]
    pub(crate) fn get(&self, node: u32, token: u32) -> u32 {
        let n = node as usize;
        let (Some(&s), Some(&e)) = (self.start.get(n), self.start.get(n + 1)) else {
            return NONE;
        };
        let (s, e) = (s as usize, e as usize);
        if s == e {
            return NONE;
        }
        let Some(row) = self.tokens.get(s..e) else {
            return NONE;
        };
        let found = if row.len() <= LONG_ROW {
            row.iter().position(|&t| t == token)
        } else if !self.long.slots.is_empty() {
            return self.long.get(node, token);
        } else {
            row.binary_search(&token).ok()
        };
        found.map_or(NONE, |i| self.nodes[s + i])
    }

    /// Starts loading what [`Children::get`] reads for `(node, token)` beyond the row
    /// bounds (a hint: no effect on results). Best called once `start[node]` is in
    /// the cache (see [`prefetch`]).
    #[inline]
    pub(crate) fn prefetch_get(&self, node: u32, token: u32) {
        let n = node as usize;
        let (Some(&s), Some(&e)) = (self.start.get(n), self.start.get(n + 1)) else {
            return;
        };
        let (s, e) = (s as usize, e as usize);
        if e - s > LONG_ROW && !self.long.slots.is_empty() {
            prefetch(&self.long.slots, self.long.slot(node, token));
        } else if e > s {
            prefetch(&self.tokens, s);
        }
    }

    /// Heap bytes.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.start.bytes() + self.tokens.bytes() + self.nodes.bytes() + self.long.slots.bytes()
    }
}

/// The mask of an open-addressing table of `n` slots read back from a cache: `n - 1`,
/// or `None` when `n` is not a power of two (0, an empty table, has mask 0).
fn mask_of(n: usize) -> Option<usize> {
    (n == 0 || n.is_power_of_two()).then(|| n.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arena(words: &[&str]) -> (String, Vec<u32>) {
        let mut a = String::new();
        let mut ends = Vec::new();
        for w in words {
            a.push_str(w);
            ends.push(a.len() as u32);
        }
        (a, ends)
    }

    #[test]
    fn token_table_finds_every_token_and_nothing_else() {
        let long = "a-token-longer-than-sixteen-bytes";
        let words: Vec<String> = (0..5000)
            .map(|i| format!("w{i}"))
            .chain([
                long.to_string(),
                format!("{long}!"),
                "exactly16bytes!!".into(),
                "ü".into(),
            ])
            .collect();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let (a, ends) = arena(&refs);
        let roots: Vec<u32> = (0..refs.len() as u32 - 1).map(|i| i * 3).collect();
        let t = TokenTable::new(&a, &ends, &roots, |w, root| w.len() as u32 | root << 8);
        for (i, w) in refs.iter().enumerate() {
            assert_eq!(t.find(w.as_bytes(), &a, &ends), i as u32, "{w}");
            let probe = Probe::of(w.as_bytes());
            let root = roots.get(i).copied().unwrap_or(NONE);
            assert_eq!(
                t.find_probe(w.as_bytes(), &probe, &a, &ends),
                (i as u32, root, w.len() as u32 | root << 8)
            );
        }
        for miss in [
            "",
            "w",
            "w5000",
            "a-token-longer-than-sixteen-bytez",
            "exactly16bytes!",
            "exactly16bytes!!!",
            "u",
        ] {
            assert_eq!(t.find(miss.as_bytes(), &a, &ends), NONE, "{miss}");
        }
        assert_eq!(TokenTable::default().find(b"x", "", &[]), NONE);
    }

    /// Tables read from a damaged file may be full: a lookup still ends.
    #[test]
    fn a_full_table_from_a_damaged_file_answers_none() {
        let busy = Slot {
            head: [1, 2],
            len: 3,
            id: 0,
            root: 0,
            facts: 0,
        };
        let t = TokenTable::from_slots(Store::Owned(vec![busy; 16])).unwrap();
        assert_eq!(t.find(b"abc", "abc", &[3]), NONE);
        assert!(TokenTable::from_slots(Store::Owned(vec![busy; 12])).is_none());
        let edge = Edge {
            node: 1,
            token: 1,
            child: 1,
        };
        let e = EdgeTable::from_slots(Store::Owned(vec![edge; 8])).unwrap();
        assert_eq!(e.get(2, 2), NONE);
        assert_eq!(e.get(1, 1), 1);
    }

    proptest::proptest! {
        /// Texts of one length up to 16 bytes are equal exactly when their heads are.
        #[test]
        fn heads_tell_short_texts_apart(
            a in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..=16),
            flips in proptest::collection::vec((0usize..16, 1u8..=255), 0..3),
        ) {
            let mut b = a.clone();
            for (at, x) in flips {
                if let Some(byte) = b.get_mut(at) {
                    *byte ^= x;
                }
            }
            proptest::prop_assert_eq!(head(&a) == head(&b), a == b);
        }
    }

    #[test]
    fn children_rows() {
        let edges = vec![(0, 7, 1), (0, 3, 2), (2, 5, 3), (0, 9, 4)];
        let c = Children::new(edges, 5);
        assert!(c.is_valid(5));
        assert_eq!(
            (c.get(0, 7), c.get(0, 3), c.get(0, 9), c.get(2, 5)),
            (1, 2, 4, 3)
        );
        assert_eq!(
            (c.get(0, 5), c.get(1, 7), c.get(4, 0), c.get(99, 0)),
            (NONE, NONE, NONE, NONE)
        );
        // Long rows are looked up in the edge table (and binary searched without it).
        let many: Vec<(u32, u32, u32)> = (0..100).map(|t| (0, t * 2, t + 1)).collect();
        let c = Children::new(many, 101);
        assert!(c.is_valid(101));
        assert!(!c.long.slots.is_empty());
        assert_eq!((c.get(0, 42), c.get(0, 43)), (22, NONE));
        assert_eq!((c.get(1, 42), c.get(0, NONE)), (NONE, NONE));
        let mut unindexed = c.clone();
        unindexed.long = EdgeTable::default();
        for t in 0..210 {
            assert_eq!(unindexed.get(0, t), c.get(0, t), "{t}");
        }
        let rows = |c: &Children, nodes| {
            Children::from_rows(
                c.start.clone(),
                c.tokens.clone(),
                c.nodes.clone(),
                c.long.clone(),
                nodes,
            )
        };
        assert!(rows(&c, 101).is_some_and(|r| (0..210).all(|t| r.get(0, t) == c.get(0, t))));
        assert!(rows(&c, 5).is_none());
        let mut bad = c.clone();
        bad.tokens.vec().swap(3, 4);
        assert!(!bad.is_valid(101));
    }
}
