//! The resolver's candidate indexes: each key (a folded name part, a sound-alike key, a
//! trigram, ...) maps to the sorted ids of the names that hold it.
//!
//! Built from `(key, name id)` pairs in name order: each distinct key is stored once
//! (interned to a dense number), the pairs are grouped by a counting sort, and all id
//! lists live in one array. Building the built-in gazetteer's indexes (136,000 names of
//! places) this way allocates a few large arrays instead of a vector per key, and
//! dropping them is as cheap.

use std::collections::HashMap;
use std::hash::Hash;

use crate::hash::FxBuild;

/// Key → sorted, distinct name ids.
#[derive(Debug)]
pub(super) struct Postings<K> {
    /// Key → its range in `ids`.
    index: HashMap<K, (u32, u32), FxBuild>,
    ids: Vec<u32>,
}

impl<K: Hash + Eq> Postings<K> {
    /// The ids of the names holding `key`.
    pub(super) fn get<Q>(&self, key: &Q) -> Option<&[u32]>
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let &(start, len) = self.index.get(key)?;
        self.ids.get(start as usize..(start + len) as usize)
    }

    /// True when some name holds `key`.
    pub(super) fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index.contains_key(key)
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

impl<K: Hash + Eq> Builder<K> {
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
    pub(super) fn build(self) -> Postings<K> {
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
        // Close the gaps the repeats left, key by key.
        let mut packed = Vec::with_capacity(ids.len());
        let mut ranges = vec![(0u32, 0u32); n];
        for k in 0..n {
            let (first, end) = (starts[k] as usize, fill[k] as usize);
            ranges[k] = (packed.len() as u32, (end - first) as u32);
            packed.extend_from_slice(&ids[first..end]);
        }
        let index = self
            .keys
            .into_iter()
            .map(|(key, k)| (key, ranges[k as usize]))
            .collect();
        Postings { index, ids: packed }
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
        let empty: Postings<char> = Builder::default().build();
        assert_eq!(empty.get(&'x'), None);
    }
}
