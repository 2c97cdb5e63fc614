// The comparison key of a name, and the table of the built-in names by key. This file
// is a module of the crate (`same_entity` uses it) and is included by the build script,
// which writes the table of the built-in names' keys (`builtin-names.bin`): one
// definition on both sides, so the keys computed when the crate is built are the keys
// computed when it runs. (No inner doc comment: `include!` does not accept one.)

/// A name as a comparison key: its folded words, space-separated.
pub(crate) fn name_key(name: &str) -> String {
    let folded = nomen_fold::fold(name);
    let mut key = String::with_capacity(folded.len());
    for word in folded.split(|c: char| !nomen_fold::is_word_char(c)) {
        if !word.is_empty() {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(word);
        }
    }
    key
}

/// The hash of a key in the table.
pub(crate) fn key_hash(key: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(key.as_bytes())
}

/// The digest of the built-in entities' names, position by position, that the table
/// was made for: a table whose digest is not that of the entities at hand is not used.
pub(crate) fn names_digest<'a, E, N>(entities: E) -> u64
where
    E: IntoIterator<Item = N>,
    N: IntoIterator<Item = &'a str>,
{
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    for names in entities {
        for name in names {
            hash.update(name.as_bytes());
            hash.update(b"\x1f");
        }
        hash.update(b"\x1e");
    }
    hash.digest()
}

/// The entity each key of `entities`' names (each its names, by position, its
/// canonical name first) names: the one entity with a name of that key, or, of
/// several, the one whose canonical name it is where the others have it as an alias
/// only (`Sava`, the river, not an alternate name of the Iranian city Sāveh: a
/// name's own bearer before the places it is another name of); `None` when several
/// have it as their canonical name or none does.
pub(crate) fn key_owners<'a, E, N>(entities: E) -> std::collections::HashMap<String, Option<u32>>
where
    E: IntoIterator<Item = N>,
    N: IntoIterator<Item = &'a str>,
{
    /// The entities with a key: the first, whether there are others, and the ones
    /// whose canonical name it is (the first, whether there are others).
    struct Owners {
        first: u32,
        many: bool,
        canonical: Option<u32>,
        canonical_many: bool,
    }
    let mut by_key: std::collections::HashMap<String, Owners> = std::collections::HashMap::new();
    for (i, names) in entities.into_iter().enumerate() {
        let i = u32::try_from(i).expect("fewer than 2^32 entities");
        for (n, name) in names.into_iter().enumerate() {
            let canonical = n == 0;
            let o = by_key.entry(name_key(name)).or_insert(Owners {
                first: i,
                many: false,
                canonical: None,
                canonical_many: false,
            });
            o.many |= o.first != i;
            if canonical {
                o.canonical_many |= o.canonical.is_some_and(|c| c != i);
                o.canonical.get_or_insert(i);
            }
        }
    }
    by_key
        .into_iter()
        .map(|(key, o)| {
            let owner = if !o.many {
                Some(o.first)
            } else if o.canonical_many {
                None
            } else {
                o.canonical
            };
            (key, owner)
        })
        .collect()
}

/// The magic bytes of the table.
pub(crate) const TABLE_MAGIC: &[u8; 8] = b"NOMENBNK";

/// The table of the keys of `entities` (each its names, by position): `TABLE_MAGIC`,
/// the [`names_digest`] (`u64`), the number of entries (`u32`), then per key that
/// one entity alone names ([`key_owners`]), sorted by [`key_hash`]: the hash (`u64`) and the entity's
/// position (`u32`), all little-endian. A hash two keys share is left out, as a
/// key several entities share is.
#[cfg_attr(not(test), allow(dead_code))] // the build script's; the crate's tests'
pub(crate) fn key_table(entities: &[Vec<String>]) -> Vec<u8> {
    let by_key = key_owners(entities.iter().map(|n| n.iter().map(String::as_str)));
    let mut by_hash: std::collections::HashMap<u64, Option<u32>> = std::collections::HashMap::new();
    for (key, position) in by_key {
        by_hash
            .entry(key_hash(&key))
            .and_modify(|p| *p = None)
            .or_insert(position);
    }
    let mut rows: Vec<(u64, u32)> = by_hash
        .into_iter()
        .filter_map(|(h, p)| Some((h, p?)))
        .collect();
    rows.sort_unstable();
    let digest = names_digest(entities.iter().map(|n| n.iter().map(String::as_str)));
    let mut out = TABLE_MAGIC.to_vec();
    out.extend_from_slice(&digest.to_le_bytes());
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    for (hash, position) in rows {
        out.extend_from_slice(&hash.to_le_bytes());
        out.extend_from_slice(&position.to_le_bytes());
    }
    out
}
