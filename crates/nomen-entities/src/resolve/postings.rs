//! The resolver's candidate indexes: each key (a folded name part, a sound-alike key, a
//! trigram, ...) maps to the sorted ids of the names that hold it.
//!
//! A key is stored as bytes ([`Key`]) in an [`fst::Map`] whose value is the key's range
//! in one array of ids. Built from `(key, name id)` pairs in name order: the pairs are
//! grouped by a counting sort, the keys sorted into the map. The map is read in place
//! from its bytes, so a resolver saved to its cache file ([`super::tables`]) opens
//! without rebuilding any table: the bytes are the table.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use memmap2::Mmap;

use crate::hash::FxBuild;

/// A key of a postings table, written as bytes.
pub(super) trait Key {
    /// Appends the key's bytes to `out`.
    fn write(&self, out: &mut Vec<u8>);
}

impl Key for str {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(self.as_bytes());
    }
}

impl Key for String {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(self.as_bytes());
    }
}

impl Key for char {
    fn write(&self, out: &mut Vec<u8>) {
        let mut b = [0u8; 4];
        out.extend_from_slice(self.encode_utf8(&mut b).as_bytes());
    }
}

impl Key for [char; 3] {
    fn write(&self, out: &mut Vec<u8>) {
        for c in self {
            c.write(out);
        }
    }
}

impl Key for u32 {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_be_bytes());
    }
}

/// Bytes of a table: built in memory, or read in place from the memory-mapped cache
/// file (then opening a resolver copies and decodes nothing).
#[derive(Debug)]
pub(super) enum Bytes {
    Owned(Vec<u8>),
    /// `file[start..end]`.
    Mapped {
        file: Arc<Mmap>,
        start: usize,
        end: usize,
    },
}

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        match self {
            Bytes::Owned(v) => v,
            Bytes::Mapped { file, start, end } => &file[*start..*end],
        }
    }
}

/// An array of name ids: built in memory, or the little-endian `u32`s of the mapped
/// cache file read in place.
#[derive(Debug)]
pub(super) enum Ids {
    Owned(Vec<u32>),
    /// Bytes whose address is a multiple of 4 and whose length is a multiple of 4, on
    /// a little-endian machine (checked by [`Ids::from_le_bytes`]).
    Mapped(Bytes),
}

impl Ids {
    /// The ids stored as little-endian `u32`s in `bytes` (a whole number of them):
    /// read in place when the machine and the alignment allow it, decoded otherwise.
    pub(super) fn from_le_bytes(bytes: Bytes) -> Option<Ids> {
        let b = bytes.as_ref();
        if b.len() % 4 != 0 {
            return None;
        }
        if cfg!(target_endian = "little") && b.as_ptr().align_offset(4) == 0 {
            return Some(Ids::Mapped(bytes));
        }
        Some(Ids::Owned(
            b.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        ))
    }

    pub(super) fn as_slice(&self) -> &[u32] {
        match self {
            Ids::Owned(v) => v,
            Ids::Mapped(bytes) => {
                let b = bytes.as_ref();
                // SAFETY: `from_le_bytes` made `Mapped` only for bytes aligned to 4
                // whose length is a multiple of 4 on a little-endian machine, where
                // those bytes are `b.len() / 4` valid `u32`s in native order; every bit
                // pattern is a valid `u32`; the mapping lives as long as `self`.
                unsafe { std::slice::from_raw_parts(b.as_ptr().cast::<u32>(), b.len() / 4) }
            }
        }
    }
}

/// Key → sorted, distinct name ids.
#[derive(Debug)]
pub(super) struct Postings {
    /// Key bytes → `start << 32 | len` in `ids`.
    map: fst::Map<Bytes>,
    ids: Ids,
}

impl Postings {
    /// The postings of `map` (the bytes of an fst map) and `ids`; `None` when the
    /// bytes are not an fst map. A range outside `ids` (a damaged file) reads as no
    /// names, never out of bounds.
    pub(super) fn from_parts(map: Bytes, ids: Ids) -> Option<Postings> {
        let map = fst::Map::new(map).ok()?;
        Some(Postings { map, ids })
    }

    /// The fst map's bytes and the ids, for saving.
    pub(super) fn parts(&self) -> (&[u8], &[u32]) {
        (self.map.as_fst().as_bytes(), self.ids.as_slice())
    }

    /// The ids of the names holding `key`.
    pub(super) fn get<Q: Key + ?Sized>(&self, key: &Q) -> Option<&[u32]> {
        let mut buf = Vec::with_capacity(16);
        key.write(&mut buf);
        let v = self.map.get(&buf)?;
        let (start, len) = ((v >> 32) as usize, (v & 0xffff_ffff) as usize);
        self.ids.as_slice().get(start..start.checked_add(len)?)
    }

    /// True when some name holds `key`.
    pub(super) fn contains_key<Q: Key + ?Sized>(&self, key: &Q) -> bool {
        let mut buf = Vec::with_capacity(16);
        key.write(&mut buf);
        self.map.contains_key(&buf)
    }
}

/// Collects `(key, id)` pairs; ids must be added in non-decreasing order.
#[derive(Debug)]
pub(super) struct Builder<K> {
    keys: HashMap<K, u32, FxBuild>,
    pairs: Vec<(u32, u32)>,
}

impl<K: Hash + Eq> Default for Builder<K> {
    fn default() -> Self {
        Builder {
            keys: HashMap::default(),
            pairs: Vec::new(),
        }
    }
}

impl<K: Hash + Eq + Key> Builder<K> {
    /// Records that name `id` holds `key` (a key given as a borrowed form is copied
    /// only the first time it is seen).
    pub(super) fn add<Q>(&mut self, key: &Q, id: u32)
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
        let next = self.keys.len() as u32;
        let k = match self.keys.get(key) {
            Some(&k) => k,
            None => {
                self.keys.insert(key.to_owned(), next);
                next
            }
        };
        self.pairs.push((k, id));
    }

    /// The index: each key's ids in the order added, repeats removed.
    pub(super) fn build(self) -> Postings {
        let n = self.keys.len();
        let mut starts = vec![0u32; n + 1];
        for &(k, _) in &self.pairs {
            starts[k as usize + 1] += 1;
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        let mut fill = starts.clone();
        let mut ids = vec![0u32; self.pairs.len()];
        for &(k, id) in &self.pairs {
            let (first, at) = (starts[k as usize], fill[k as usize]);
            // Same name twice in a row for a key: once.
            if at > first && ids[at as usize - 1] == id {
                continue;
            }
            ids[at as usize] = id;
            fill[k as usize] += 1;
        }
        // Keys in byte order, each with its ids packed after the previous key's.
        let mut keyed: Vec<(Vec<u8>, u32)> = self
            .keys
            .into_iter()
            .map(|(key, k)| {
                let mut b = Vec::new();
                key.write(&mut b);
                (b, k)
            })
            .collect();
        keyed.sort_unstable();
        let mut packed = Vec::with_capacity(ids.len());
        let mut builder = fst::MapBuilder::memory();
        for (bytes, k) in keyed {
            let (first, end) = (starts[k as usize] as usize, fill[k as usize] as usize);
            let value = ((packed.len() as u64) << 32) | (end - first) as u64;
            packed.extend_from_slice(&ids[first..end]);
            // Keys are distinct and sorted: inserting cannot fail.
            let _ = builder.insert(&bytes, value);
        }
        let map = builder
            .into_inner()
            .expect("building an fst map in memory does no I/O");
        Postings::from_parts(Bytes::Owned(map), Ids::Owned(packed))
            .expect("an fst map's builder writes a valid map")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_grouped_by_key_in_order_without_repeats() {
        let mut b: Builder<String> = Builder::default();
        for (key, id) in [
            ("a", 0),
            ("b", 0),
            ("a", 0),
            ("a", 1),
            ("c", 2),
            ("a", 3),
            ("b", 3),
        ] {
            b.add(key, id);
        }
        let p = b.build();
        assert_eq!(p.get("a"), Some(&[0, 1, 3][..]));
        assert_eq!(p.get("b"), Some(&[0, 3][..]));
        assert_eq!(p.get("c"), Some(&[2][..]));
        assert_eq!(p.get("d"), None);
        assert!(p.contains_key("c") && !p.contains_key("d"));
        let empty: Postings = Builder::<char>::default().build();
        assert_eq!(empty.get(&'x'), None);
        // Read back from its parts, the same.
        let (map, ids) = p.parts();
        let q = Postings::from_parts(Bytes::Owned(map.to_vec()), Ids::Owned(ids.to_vec())).unwrap();
        assert_eq!(q.get("a"), Some(&[0, 1, 3][..]));
        // A range outside the ids reads as nothing.
        let short = Postings::from_parts(Bytes::Owned(map.to_vec()), Ids::Owned(vec![0])).unwrap();
        assert_eq!(short.get("a"), None);
        // Not an fst map: refused.
        assert!(Postings::from_parts(Bytes::Owned(vec![1, 2, 3]), Ids::Owned(vec![])).is_none());
    }

    #[test]
    fn ids_from_little_endian_bytes_aligned_or_not() {
        let le: Vec<u8> = [1u32, 0x0102_0304, u32::MAX]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect();
        // One byte in front, so that one of the two starts is not a multiple of 4.
        for skip in 0..2 {
            let mut bytes = vec![0u8; skip];
            bytes.extend_from_slice(&le);
            let ids = Ids::from_le_bytes(Bytes::Owned(bytes[skip..].to_vec())).unwrap();
            assert_eq!(ids.as_slice(), &[1, 0x0102_0304, u32::MAX]);
        }
        assert!(Ids::from_le_bytes(Bytes::Owned(vec![0; 5])).is_none());
        assert_eq!(
            Ids::from_le_bytes(Bytes::Owned(vec![])).unwrap().as_slice(),
            &[] as &[u32]
        );
    }

    #[test]
    fn other_key_types() {
        let mut b: Builder<[char; 3]> = Builder::default();
        b.add(&['^', 'm', 'a'], 4);
        let p = b.build();
        assert_eq!(p.get(&['^', 'm', 'a']), Some(&[4][..]));
        let mut b: Builder<u32> = Builder::default();
        b.add(&7, 1);
        b.add(&300, 2);
        let p = b.build();
        assert_eq!(p.get(&300u32), Some(&[2][..]));
    }
}
