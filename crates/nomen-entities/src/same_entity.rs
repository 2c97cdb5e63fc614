//! When an entity of the user's is one the built-in gazetteer already has, and how the
//! two become one.
//!
//! [`Gazetteer::load`](crate::Gazetteer::load) reads the user's files into the built-in
//! gazetteer. An entity of a file is the same as a built-in one when
//!
//! 1. it has the built-in entity's id ([`MergeReason::SameId`]);
//! 2. its field `same_as` (a string or a list of strings) names the built-in entity's
//!    id, or a value of the built-in entity's own `same_as` or `source` field
//!    (`cldr:DE`, `geonames:2761369`) ([`MergeReason::SameAs`]);
//! 3. or, failing those, its name folds to a name (canonical or alias) that exactly
//!    one built-in entity has, of the same kind ([`MergeReason::SameName`]), or that
//!    several have and exactly one as its canonical name (the river `Sava`, whose
//!    name is also an alternate name of the Iranian city Sāveh): a name several
//!    built-in entities share otherwise says nothing.
//!
//! The two are merged (`merge`): one entity with the user's id, name, kind and
//! fields, and the names of both (the built-in one's name and aliases follow the
//! user's as aliases), so adding a file never takes a name away from the linker. A
//! built-in field the user's entity lacks (`country`, `population`) is kept.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::gazetteer::{Entity, Kind};
use crate::name_key::{key_hash, key_owners, name_key, names_digest, TABLE_MAGIC};

/// The built-in entities by the key of each of their names, made by the build script
/// (`name_key::key_table`).
static BUILTIN_NAME_KEYS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-names.bin"));

/// Why an entity of a file was merged with a built-in one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MergeReason {
    /// The same id.
    SameId,
    /// The file's `same_as` names the built-in entity (its id or its own `same_as`).
    SameAs,
    /// The same name and kind, which only that built-in entity has.
    SameName,
}

impl MergeReason {
    /// How the reason is written for people: `same id`, `same_as`, `same name and
    /// kind`.
    pub fn describe(self) -> &'static str {
        match self {
            MergeReason::SameId => "same id",
            MergeReason::SameAs => "same_as",
            MergeReason::SameName => "same name and kind",
        }
    }
}

/// An entity of a file merged with a built-in entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Merged {
    /// The id of the merged entity (the file's).
    pub id: String,
    /// The id of the built-in entity it was merged with (still found by
    /// [`Gazetteer::get`](crate::Gazetteer::get)).
    pub builtin_id: String,
    /// Why.
    pub reason: MergeReason,
    /// The file the entity came from.
    pub origin: String,
    /// Its line in the file.
    pub line: usize,
    /// How many names of the merged entity, from its canonical name on, are the
    /// file's own (its name and aliases, the merge puts them first): the linker binds
    /// the built-in body's acronyms to the languages that write them, not the user's,
    /// and a place's own names link as the file's entity alone would (rule
    /// `listed-place`).
    #[serde(skip)]
    pub own_names: usize,
}

/// The built-in entities by their `same_as` values and by their folded names, for
/// finding the one a file's entity is the same as.
#[derive(Debug, Default, Clone)]
pub(crate) struct BuiltinIndex {
    same_as: HashMap<String, Option<usize>>,
    names: Names,
}

/// The built-in entities by the folded key of each of their names (canonical or
/// alias): the one entity with the key (none when several have it, of any kinds).
#[derive(Debug, Clone)]
enum Names {
    /// Folded here: key → position.
    Folded(HashMap<String, Option<usize>>),
    /// The build script's table ([`BUILTIN_NAME_KEYS`]): its rows of key hash and
    /// position, sorted by hash.
    Table(&'static [u8]),
}

impl Default for Names {
    fn default() -> Self {
        Names::Folded(HashMap::new())
    }
}

/// Bytes of a row of the table: the key's hash (`u64`), the position (`u32`).
const ROW: usize = 12;

/// The rows of [`BUILTIN_NAME_KEYS`] when it was made for `builtin` (the same names
/// at the same positions), else `None`.
fn builtin_table(builtin: &[Entity]) -> Option<&'static [u8]> {
    let table = BUILTIN_NAME_KEYS;
    let rest = table.strip_prefix(TABLE_MAGIC.as_slice())?;
    let digest = u64::from_le_bytes(rest.get(..8)?.try_into().ok()?);
    let count = u32::from_le_bytes(rest.get(8..12)?.try_into().ok()?) as usize;
    let rows = rest.get(12..)?;
    (rows.len() == count * ROW && digest == names_digest(builtin.iter().map(Entity::names)))
        .then_some(rows)
}

impl BuiltinIndex {
    /// The index of `builtin` (the built-in entities, by position). Folds every name
    /// (136,000 with the built-in places: about 0.15 s of CPU, most of it making
    /// folding's tables of the scripts they are written in).
    pub(crate) fn new(builtin: &[Entity]) -> BuiltinIndex {
        let names: HashMap<String, Option<usize>> = key_owners(builtin.iter().map(Entity::names))
            .into_iter()
            .filter_map(|(k, p)| Some((k, Some(p? as usize))))
            .collect();
        BuiltinIndex {
            same_as: same_as_index(builtin),
            names: Names::Folded(names),
        }
    }

    /// The index of `builtin`, the built-in gazetteer's entities: with the table of
    /// their names' keys the build made, which nothing folds at run time, when it
    /// is the table of these names (checked by a digest of them); else [`Self::new`].
    pub(crate) fn of_builtin(builtin: &[Entity]) -> BuiltinIndex {
        match builtin_table(builtin) {
            Some(rows) => BuiltinIndex {
                same_as: same_as_index(builtin),
                names: Names::Table(rows),
            },
            None => BuiltinIndex::new(builtin),
        }
    }

    /// The built-in entity whose `same_as` has `value`, when one alone has it.
    pub(crate) fn by_same_as(&self, value: &str) -> Option<usize> {
        self.same_as.get(value).copied().flatten()
    }

    /// The built-in entity that alone has a name (canonical or alias) folding as
    /// `name`, when it is of kind `kind` (in `builtin`, the entities indexed).
    pub(crate) fn by_name(&self, name: &str, kind: Kind, builtin: &[Entity]) -> Option<usize> {
        let key = name_key(name);
        let i = match &self.names {
            Names::Folded(names) => names.get(&key).copied().flatten()?,
            Names::Table(rows) => {
                let hash = key_hash(&key);
                let at = |row: usize| -> (u64, usize) {
                    let r = &rows[row * ROW..(row + 1) * ROW];
                    let h = u64::from_le_bytes(r[..8].try_into().unwrap_or_default());
                    let p = u32::from_le_bytes(r[8..].try_into().unwrap_or_default());
                    (h, p as usize)
                };
                let (mut lo, mut hi) = (0, rows.len() / ROW);
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    if at(mid).0 < hash {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                if lo == rows.len() / ROW || at(lo).0 != hash {
                    return None;
                }
                // The hash names the entity; its names say whether the key is one of
                // theirs (a hash is not a key).
                let i = at(lo).1;
                let entity = builtin.get(i)?;
                entity.names().any(|n| name_key(n) == key).then_some(i)?
            }
        };
        builtin.get(i).is_some_and(|e| e.kind == kind).then_some(i)
    }
}

/// The built-in entities by their `same_as` and `source` values (the one entity
/// with each).
fn same_as_index(builtin: &[Entity]) -> HashMap<String, Option<usize>> {
    let mut same_as = HashMap::new();
    for (i, e) in builtin.iter().enumerate() {
        let source = e.extra.get("source").and_then(|v| v.as_str());
        for v in same_as_values(e).chain(source) {
            add(&mut same_as, v.to_string(), i);
        }
    }
    same_as.retain(|_, p| p.is_some());
    same_as
}

/// Records that entity `i` has `key`; a key of two entities maps to `None`.
fn add(map: &mut HashMap<String, Option<usize>>, key: String, i: usize) {
    map.entry(key)
        .and_modify(|p| {
            if *p != Some(i) {
                *p = None;
            }
        })
        .or_insert(Some(i));
}

/// The values of an entity's `same_as` field (a string or a list of strings).
pub(crate) fn same_as_values(e: &Entity) -> impl Iterator<Item = &str> {
    let value = e.extra.get("same_as");
    let one = value.and_then(|v| v.as_str());
    let many = value
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str());
    one.into_iter().chain(many)
}

/// The entity `user` merged with the built-in entity `builtin`: the user's id, name,
/// kind, aliases and fields, then the built-in names the user's entity does not
/// already have (as aliases) and the built-in fields it lacks. The user's names come
/// first ([`Merged::own_names`] counts them).
pub(crate) fn merge(user: Entity, builtin: &Entity) -> Entity {
    let mut seen: HashSet<String> = user.names().map(str::to_string).collect();
    let mut aliases = user.aliases;
    for name in builtin.names() {
        if seen.insert(name.to_string()) {
            aliases.push(name.to_string());
        }
    }
    let mut extra = user.extra;
    for (k, v) in &builtin.extra {
        extra.entry(k.clone()).or_insert_with(|| v.clone());
    }
    Entity {
        id: user.id,
        name: user.name,
        kind: user.kind,
        aliases,
        extra,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(json: &str) -> Entity {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn merged_entity_has_the_users_fields_and_both_names() {
        let user = entity(r#"{"id":"mine","name":"Olaf Scholz","kind":"person","party":"SPD"}"#);
        let builtin = entity(
            r#"{"id":"olaf-scholz","name":"Olaf Scholz","kind":"person","aliases":["Олаф Шольц"],"same_as":"wd:Q61053","party":"x"}"#,
        );
        let m = merge(user, &builtin);
        assert_eq!(m.id, "mine");
        assert_eq!(m.name, "Olaf Scholz");
        assert_eq!(m.aliases, ["Олаф Шольц"]);
        assert_eq!(m.extra["party"], "SPD");
        assert_eq!(m.extra["same_as"], "wd:Q61053");
    }

    #[test]
    fn the_index_answers_only_unambiguous_names_and_same_as() {
        let builtin = [
            entity(r#"{"id":"a","name":"Georgia","kind":"place","same_as":"cldr:GE"}"#),
            entity(r#"{"id":"b","name":"Georgia","kind":"place"}"#),
            entity(
                r#"{"id":"c","name":"Nicolás Maduro","kind":"person","same_as":["wd:Q57413","x:1"]}"#,
            ),
            entity(
                r#"{"id":"d","name":"Lima","kind":"place","same_as":"x:1","aliases":["Ciudad de los Reyes"]}"#,
            ),
            entity(r#"{"id":"e","name":"Lima","kind":"person"}"#),
        ];
        let index = BuiltinIndex::new(&builtin);
        let name = |n: &str, k: Kind| index.by_name(n, k, &builtin);
        assert_eq!(name("NICOLAS MADURO", Kind::Person), Some(2));
        assert_eq!(name("Nicolás Maduro", Kind::Place), None);
        assert_eq!(name("Georgia", Kind::Place), None);
        assert_eq!(name("Lima", Kind::Place), None);
        assert_eq!(name("ciudad de los reyes", Kind::Place), Some(3));
        // (Maduro's `same_as` aside: the key of a canonical name and another's alias.)
        let more = [
            entity(r#"{"id":"river","name":"Sava","kind":"place"}"#),
            entity(r#"{"id":"city","name":"Saveh","kind":"place","aliases":["Sava"]}"#),
            entity(r#"{"id":"town","name":"Sāveh","kind":"place","aliases":["Sava"]}"#),
        ];
        let other = BuiltinIndex::new(&more);
        assert_eq!(other.by_name("SAVA", Kind::Place, &more), Some(0));
        assert_eq!(other.by_name("Sāveh", Kind::Place, &more), None);
        assert_eq!(other.by_name("Saveh", Kind::Place, &more), None);
        assert_eq!(index.by_same_as("cldr:GE"), Some(0));
        assert_eq!(index.by_same_as("wd:Q57413"), Some(2));
        assert_eq!(index.by_same_as("x:1"), None);
    }

    /// The build's table is the one the built-in gazetteer's names make now (so it
    /// is used, not folded again), and answers every built-in name (and a name of
    /// none) as the index folded here does, kinds and ambiguity included.
    #[test]
    fn the_built_table_is_the_built_in_names_and_answers_as_folding_them() {
        let gazetteer = crate::Gazetteer::try_builtin().unwrap();
        let builtin = gazetteer.entities();
        let names: Vec<Vec<String>> = builtin
            .iter()
            .map(|e| e.names().map(str::to_string).collect())
            .collect();
        assert_eq!(
            BUILTIN_NAME_KEYS,
            crate::name_key::key_table(&names).as_slice()
        );
        let table = BuiltinIndex::of_builtin(builtin);
        assert!(matches!(table.names, Names::Table(_)));
        let folded = BuiltinIndex::new(builtin);
        let mut found = 0;
        for (i, e) in builtin.iter().enumerate().step_by(7) {
            for name in e.names().chain(["Nobody Atall"]) {
                for kind in [Kind::Place, Kind::Person, e.kind] {
                    let want = folded.by_name(name, kind, builtin);
                    assert_eq!(
                        table.by_name(name, kind, builtin),
                        want,
                        "{i} {name} {kind}"
                    );
                    found += usize::from(want.is_some());
                }
            }
        }
        assert!(found > 10_000, "{found}");
        // Another set of entities: the digest differs, so their names are folded.
        let other = &builtin[..10];
        assert!(matches!(
            BuiltinIndex::of_builtin(other).names,
            Names::Folded(_)
        ));
    }
}
