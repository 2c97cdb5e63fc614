//! The gazetteer: the entities nomen knows, loaded from JSON Lines.
//!
//! One entity a line:
//!
//! ```text
//! {"id": "nicolas-maduro", "name": "Nicolás Maduro", "kind": "person", "aliases": ["Nicolás Maduro Moros"]}
//! ```
//!
//! `kind` is `person`, `organization`, `place` or `other`; `aliases` is optional; unknown
//! extra fields are kept (and written back by [`Gazetteer::to_jsonl`]) but ignored. Blank
//! lines and lines starting with `#` are skipped, so a data file can say where it came
//! from. Loading checks every line and reports the first problem with its file, line
//! and field: invalid JSON, a missing or mistyped field, an empty id or name, an alias
//! that folds to nothing, an id used twice in one file.
//!
//! [`Gazetteer::load`] merges the built-in gazetteer (embedded in the binary from
//! `data/entities.jsonl`) with the user's files: an entity of a file that is the same
//! as a built-in one (same id, a `same_as` naming it, or the same name and kind)
//! merges with it, keeping the names of both ([`crate::same_entity`]); an entity
//! whose id an earlier file gave replaces that one, in place.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::by_language;
use crate::hash::FxBuild;
use crate::link::cache::Reader;
use crate::same_entity::{self, BuiltinIndex, MergeReason, Merged};

/// The built-in gazetteer's hand-written entities, embedded at compile time.
const BUILTIN: &str = include_str!("../../../data/entities.jsonl");

/// The built-in organisations (international bodies with their names in each
/// language's press, `data/organizations/organizations.jsonl`), embedded at compile
/// time and loaded after [`BUILTIN`].
const BUILTIN_ORGANIZATIONS: &str = include_str!("../../../data/organizations/organizations.jsonl");

/// The name of the built-in organisations in errors.
const BUILTIN_ORGANIZATIONS_ORIGIN: &str =
    "built-in organisations (data/organizations/organizations.jsonl)";

/// The built-in places (countries, territories, regions, cities and their names in
/// every language, generated from CLDR and GeoNames by `scripts/data/places.py`),
/// embedded at compile time in the binary form `build.rs` writes from
/// `data/places/places.jsonl` (see [`decode_places`]). Loaded after [`BUILTIN`]: an
/// entry with the id of a hand-written place replaces it (with the source's names
/// added to its aliases).
const BUILTIN_PLACES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.bin"));

/// The name of the built-in places in errors.
const BUILTIN_PLACES_ORIGIN: &str = "built-in places (data/places/places.jsonl)";

/// The built-in regions (first-level regions of countries named in many languages,
/// generated from ISO 3166-2 data by `scripts/data/regions.py`), encoded as
/// [`BUILTIN_PLACES`] is. Loaded after the places, whose names they leave alone.
const BUILTIN_REGIONS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/regions.bin"));

/// The name of the built-in regions in errors.
const BUILTIN_REGIONS_ORIGIN: &str = "built-in regions (data/places/regions.jsonl)";

/// The name under which the built-in gazetteer is reported in errors and sources.
pub const BUILTIN_ORIGIN: &str = "built-in";

/// The longest id, name or alias a gazetteer holds, in bytes. The longest names of
/// the OFAC and UN lists are under 400 bytes; a longer one is a text put in the wrong
/// field, and would cost the linker time and memory out of all proportion (an alias of
/// 20 million words took 210 s and 7.5 GB to load) for a name no text repeats.
pub const MAX_NAME_BYTES: usize = 4096;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
// One byte with these values in order: the linker's cache stores it so.
#[repr(u8)]
pub enum Kind {
    /// A person.
    Person,
    /// A company, institution, party, newspaper, NGO, ...
    Organization,
    /// A country, city, building, region, ...
    Place,
    /// Anything else (movements, events, ...).
    Other,
}

impl Kind {
    /// The lowercase name used in JSON (`person`, `organization`, `place`, `other`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
            Kind::Other => "other",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// Canonical id, unique in the gazetteer (e.g. `nicolas-maduro`).
    pub id: String,
    /// Canonical name (e.g. `Nicolás Maduro`).
    pub name: String,
    /// What the entity is.
    pub kind: Kind,
    /// Other names: full names, acronyms, spellings in other languages and scripts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Fields nomen does not use, kept so that they are written back unchanged.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Entity {
    /// The canonical name followed by the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

impl<'de> Deserialize<'de> for Entity {
    /// Reads the known fields directly and keeps the others in `extra` (what
    /// `#[serde(flatten)]` does, without buffering every field first: loading a
    /// million entities is several times faster). Errors are serde's own: `missing
    /// field `name``, `unknown variant `robot`, expected one of ...`.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Entity, D::Error> {
        deserializer.deserialize_map(EntityVisitor {
            field: &std::cell::Cell::new(None),
        })
    }
}

/// Reads an entity; `field` is set to the known field being read, so that an error
/// can name it (serde's messages do not: `invalid type: integer `5`, expected a
/// string`).
/// The value of the known field `name`, recorded in `field` while it is read (and
/// cleared once it is read).
fn field_value<'de, A: serde::de::MapAccess<'de>, T: Deserialize<'de>>(
    field: &std::cell::Cell<Option<&'static str>>,
    name: &'static str,
    map: &mut A,
) -> Result<T, A::Error> {
    field.set(Some(name));
    let value = map.next_value()?;
    field.set(None);
    Ok(value)
}

struct EntityVisitor<'c> {
    field: &'c std::cell::Cell<Option<&'static str>>,
}

impl<'de> serde::de::Visitor<'de> for EntityVisitor<'_> {
    type Value = Entity;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an entity object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Entity, A::Error> {
        use serde::de::Error;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut kind: Option<Kind> = None;
        let mut aliases: Option<Vec<String>> = None;
        let mut extra = serde_json::Map::new();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let field = &self.field;
            match key.as_ref() {
                "id" if id.is_none() => id = Some(field_value(field, "id", &mut map)?),
                "name" if name.is_none() => name = Some(field_value(field, "name", &mut map)?),
                "kind" if kind.is_none() => kind = Some(field_value(field, "kind", &mut map)?),
                "aliases" if aliases.is_none() => {
                    aliases = Some(field_value(field, "aliases", &mut map)?)
                }
                "id" | "name" | "kind" | "aliases" => {
                    return Err(A::Error::custom(format_args!("duplicate field `{key}`")))
                }
                _ => {
                    let value: serde_json::Value = map.next_value()?;
                    extra.insert(key.into_owned(), value);
                }
            }
        }
        Ok(Entity {
            id: id.ok_or_else(|| A::Error::missing_field("id"))?,
            name: name.ok_or_else(|| A::Error::missing_field("name"))?,
            kind: kind.ok_or_else(|| A::Error::missing_field("kind"))?,
            aliases: aliases.unwrap_or_default(),
            extra,
        })
    }
}

/// What went wrong on a gazetteer line.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GazetteerErrorKind {
    /// The file could not be read.
    Io(String),
    /// The line is not valid JSON or does not have the expected fields and types.
    Json(String),
    /// The `id` field is empty.
    EmptyId,
    /// The `name` field is empty after folding.
    EmptyName {
        /// The entity's id.
        id: String,
    },
    /// An alias is empty after folding.
    EmptyAlias {
        /// The entity's id.
        id: String,
        /// The alias as written.
        alias: String,
    },
    /// The id was already used on an earlier line of the same file.
    DuplicateId {
        /// The repeated id.
        id: String,
        /// The line where it was first used.
        first_line: usize,
    },
    /// The line is not valid UTF-8.
    InvalidUtf8 {
        /// 1-based byte column of the first invalid byte.
        column: usize,
    },
    /// The file holds no entity (it is empty, or only blank lines and comments).
    NoEntities,
    /// The id, the name or an alias is longer than [`MAX_NAME_BYTES`].
    TooLong {
        /// The field: `id`, `name` or `aliases`.
        field: &'static str,
        /// The entity's id (its first 40 characters when the id is the long one).
        id: String,
        /// The length of the value, in bytes.
        bytes: usize,
    },
}

/// An error loading a gazetteer, with the file (or `built-in`) and line it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerError {
    /// The file path, or [`BUILTIN_ORIGIN`].
    pub origin: String,
    /// 1-based line number; 0 when the error is about the whole file.
    pub line: usize,
    /// What went wrong.
    pub kind: GazetteerErrorKind,
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "gazetteer {}: ", self.origin)?;
        } else {
            write!(f, "gazetteer {}:{}: ", self.origin, self.line)?;
        }
        match &self.kind {
            GazetteerErrorKind::Io(e) => write!(f, "cannot read file: {e}"),
            GazetteerErrorKind::Json(e) => write!(f, "{e}"),
            GazetteerErrorKind::EmptyId => write!(f, "field \"id\" is empty"),
            GazetteerErrorKind::EmptyName { id } => {
                write!(f, "field \"name\" of entity {id:?} is empty after folding")
            }
            GazetteerErrorKind::EmptyAlias { id, alias } => write!(
                f,
                "field \"aliases\": alias {alias:?} of entity {id:?} is empty after folding"
            ),
            GazetteerErrorKind::DuplicateId { id, first_line } => write!(
                f,
                "field \"id\": {id:?} is already used on line {first_line} of this file"
            ),
            GazetteerErrorKind::InvalidUtf8 { column } => {
                write!(f, "invalid UTF-8 at column {column}")
            }
            GazetteerErrorKind::NoEntities => write!(
                f,
                "no entities (the file is empty or holds only blank lines and comments)"
            ),
            GazetteerErrorKind::TooLong { field, id, bytes } => {
                let what = match *field {
                    "id" => "the id",
                    "name" => "the name",
                    _ => "an alias",
                };
                write!(
                    f,
                    "field \"{field}\": {what} of entity {id:?} is {bytes} bytes long, over the \
                     limit of {MAX_NAME_BYTES} (a name, not a text)"
                )
            }
        }
    }
}

impl std::error::Error for GazetteerError {}

/// A set of entities with unique ids.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_id: HashMap<String, usize, FxBuild>,
    sources: Vec<String>,
    /// [`Gazetteer::fingerprint`], computed on first use; reset by every change.
    fingerprint: OnceLock<String>,
    /// How many entities, from the first, are the built-in gazetteer's.
    builtin_len: usize,
    /// The entities of files merged with built-in ones, in load order.
    merged: Vec<Merged>,
    /// The built-in entities as they were before a file's entity merged with them
    /// (a later file with the same id merges with the original again).
    originals: HashMap<usize, Entity>,
}

/// Below this size a JSON Lines text is parsed on the calling thread alone.
const PARALLEL_PARSE_BYTES: usize = 1 << 20;

impl Gazetteer {
    /// The built-in gazetteer (`data/entities.jsonl`, embedded in the binary).
    ///
    /// # Panics
    ///
    /// Never in a released build: a test checks that the embedded file loads. Use
    /// [`Gazetteer::try_builtin`] to get the error instead.
    pub fn builtin() -> Gazetteer {
        match Self::try_builtin() {
            Ok(g) => g,
            Err(e) => panic!("the built-in gazetteer is invalid: {e}"),
        }
    }

    /// The built-in gazetteer, or the error that makes it invalid.
    pub fn try_builtin() -> Result<Gazetteer, GazetteerError> {
        let mut gazetteer = Self::builtin_entities()?;
        // The names by language of the organisations that a place entry replaces (the
        // United Nations and the European Union, which `scripts/data/places.py`
        // extends with their CLDR names): kept, with their names, in the entry that
        // replaces them.
        let by_language: Vec<(String, serde_json::Value)> = gazetteer
            .entities
            .iter()
            .filter_map(|e| Some((e.id.clone(), e.extra.get(by_language::FIELD)?.clone())))
            .collect();
        for (bytes, origin) in [
            (BUILTIN_PLACES, BUILTIN_PLACES_ORIGIN),
            (BUILTIN_REGIONS, BUILTIN_REGIONS_ORIGIN),
        ] {
            gazetteer.add_parsed(vec![decode_places(bytes, origin)], origin, None)?;
            // One source for the user: `built-in`.
            gazetteer.sources.pop();
        }
        for (id, value) in by_language {
            let Some(&i) = gazetteer.by_id.get(&id) else {
                continue;
            };
            let entity = &mut gazetteer.entities[i];
            if !entity.extra.contains_key(by_language::FIELD) {
                entity.extra.insert(by_language::FIELD.to_string(), value);
                // It loaded once: the field is well formed.
                by_language::expand_aliases(entity).map_err(|message| GazetteerError {
                    origin: BUILTIN_ORGANIZATIONS_ORIGIN.to_string(),
                    line: 0,
                    kind: GazetteerErrorKind::Json(message),
                })?;
            }
        }
        gazetteer.builtin_len = gazetteer.entities.len();
        Ok(gazetteer)
    }

    /// The hand-written part of the built-in gazetteer alone (`data/entities.jsonl`:
    /// people, organisations and a few places of the news nomen was first built for),
    /// without the generated places. The corpus generator of the benchmarks draws its
    /// mentions from it.
    pub fn builtin_entities() -> Result<Gazetteer, GazetteerError> {
        let mut gazetteer = Self::from_jsonl_str_with(BUILTIN, BUILTIN_ORIGIN, Names::Trust)?;
        let origin = BUILTIN_ORGANIZATIONS_ORIGIN;
        let parsed = parse_chunks_with(BUILTIN_ORGANIZATIONS, origin, Names::Trust);
        gazetteer.add_parsed(parsed, origin, None)?;
        // One source for the user: `built-in`.
        gazetteer.sources.pop();
        Ok(gazetteer)
    }

    /// An empty gazetteer.
    pub fn empty() -> Gazetteer {
        Gazetteer::default()
    }

    /// Loads the built-in gazetteer (when `builtin` is true) and then each file in
    /// order. An entity of a file that is the same as a built-in entity merges with
    /// it (see [`crate::same_entity`] and [`Gazetteer::merged`]); an entity whose id
    /// an earlier file gave replaces that one.
    pub fn load(files: &[PathBuf], builtin: bool) -> Result<Gazetteer, GazetteerError> {
        let mut gazetteer = if builtin {
            Self::try_builtin()?
        } else {
            Gazetteer::empty()
        };
        let index = (builtin && !files.is_empty())
            .then(|| BuiltinIndex::of_builtin(&gazetteer.entities[..gazetteer.builtin_len]));
        for path in files {
            let (text, origin) = read_file(path)?;
            let blank = |l: &str| {
                let l = l.trim();
                l.is_empty() || l.starts_with('#')
            };
            if text.lines().all(blank) {
                return Err(GazetteerError {
                    origin,
                    line: 0,
                    kind: GazetteerErrorKind::NoEntities,
                });
            }
            // Parsed straight into the gazetteer (one id table, not one per file and a
            // merge): on an error the whole load fails, so a half-added file is never seen.
            let parsed = parse_chunks(&text, &origin);
            gazetteer.add_parsed(parsed, &origin, index.as_ref())?;
        }
        Ok(gazetteer)
    }

    /// The files' entities alone, as [`Gazetteer::load`] without the built-in
    /// gazetteer, but with the built-in names lent: an entity of a file that is the
    /// same as a built-in one merges with it as [`Gazetteer::load`] with it does
    /// (`Vienna` takes `Wien`, `Vídeň`, `Вена`); the other built-in entities are left
    /// out.
    pub fn load_with_builtin_names(files: &[PathBuf]) -> Result<Gazetteer, GazetteerError> {
        Ok(Self::load(files, true)?.files_only())
    }

    /// The entities of the files alone, those merged with a built-in entity with the
    /// names and fields they took from it ([`Gazetteer::load`] without the built-in
    /// gazetteer).
    fn files_only(self) -> Gazetteer {
        let Gazetteer {
            entities,
            sources,
            builtin_len,
            merged,
            originals,
            ..
        } = self;
        let mut out = Gazetteer::empty();
        for (i, entity) in entities.into_iter().enumerate() {
            if i >= builtin_len || originals.contains_key(&i) {
                out.insert(entity);
            }
        }
        out.sources = sources
            .into_iter()
            .filter(|s| s != BUILTIN_ORIGIN)
            .collect();
        out.merged = merged;
        out
    }

    /// Loads one JSON Lines file.
    pub fn from_file(path: &Path) -> Result<Gazetteer, GazetteerError> {
        let (text, origin) = read_file(path)?;
        Self::from_jsonl_str(&text, &origin)
    }

    /// Parses JSON Lines text; `origin` names it in errors and in [`Gazetteer::sources`].
    ///
    /// A large text is cut into runs of whole lines parsed on several threads; the
    /// result, and the error reported (the first problem in file order), are those of
    /// reading it line by line.
    pub fn from_jsonl_str(text: &str, origin: &str) -> Result<Gazetteer, GazetteerError> {
        Self::from_jsonl_str_with(text, origin, Names::Check)
    }

    /// [`Gazetteer::from_jsonl_str`] for a text nomen wrote itself from a gazetteer it
    /// had loaded ([`Gazetteer::to_jsonl`]: an index's recorded gazetteer), whose names
    /// were checked then: the JSON and the ids are checked, the names are not folded
    /// again to see that they are not empty (a third of the time a search took to open
    /// an index with the built-in places). Its caller compares the
    /// [`Gazetteer::fingerprint`] with the one recorded, which a changed file fails.
    pub fn from_written_jsonl_str(text: &str, origin: &str) -> Result<Gazetteer, GazetteerError> {
        Self::from_jsonl_str_with(text, origin, Names::Trust)
    }

    fn from_jsonl_str_with(
        text: &str,
        origin: &str,
        names: Names,
    ) -> Result<Gazetteer, GazetteerError> {
        let parsed = parse_chunks_with(text, origin, names);
        let mut gazetteer = Gazetteer::empty();
        gazetteer.add_parsed(parsed, origin, None)?;
        Ok(gazetteer)
    }

    /// Adds the entities of one source, parsed: an entity whose id is already known
    /// replaces the earlier one, an id twice in the source is an error; with the
    /// built-in entities' `index`, an entity that is the same as a built-in one
    /// merges with it ([`crate::same_entity`]). On an error the gazetteer holds part
    /// of the source: callers discard it.
    fn add_parsed(
        &mut self,
        parsed: Vec<ParsedChunk>,
        origin: &str,
        index: Option<&BuiltinIndex>,
    ) -> Result<(), GazetteerError> {
        self.fingerprint.take();
        let total: usize = parsed.iter().map(|c| c.entities.len()).sum();
        self.entities.reserve(total);
        self.by_id.reserve(total);
        // Entities at or after `first` came from this source; before it, those this
        // source replaced are in `replaced`. Each with the line it came from.
        let first = self.entities.len();
        let mut lines: Vec<usize> = Vec::with_capacity(total);
        let mut replaced: HashMap<usize, usize> = HashMap::new();
        for chunk in parsed {
            for (line, entity) in chunk.entities {
                let same = index.and_then(|index| self.same_builtin(&entity, index));
                if let Some((i, reason)) = same {
                    match replaced.get(&i) {
                        Some(&first_line) if reason == MergeReason::SameId => {
                            return Err(GazetteerError {
                                origin: origin.to_string(),
                                line,
                                kind: GazetteerErrorKind::DuplicateId {
                                    id: entity.id,
                                    first_line,
                                },
                            });
                        }
                        // Another entity of this source merged with it already: this
                        // one is an entity of its own.
                        Some(_) => {}
                        None => {
                            replaced.insert(i, line);
                            self.merge_into(i, entity, reason, origin, line);
                            continue;
                        }
                    }
                }
                match self.by_id.entry(entity.id.clone()) {
                    std::collections::hash_map::Entry::Occupied(known) => {
                        let i = *known.get();
                        let first_line = if i >= first {
                            Some(lines[i - first])
                        } else {
                            replaced.get(&i).copied()
                        };
                        if let Some(first_line) = first_line {
                            return Err(GazetteerError {
                                origin: origin.to_string(),
                                line,
                                kind: GazetteerErrorKind::DuplicateId {
                                    id: entity.id,
                                    first_line,
                                },
                            });
                        }
                        replaced.insert(i, line);
                        self.entities[i] = entity;
                    }
                    std::collections::hash_map::Entry::Vacant(slot) => {
                        slot.insert(self.entities.len());
                        lines.push(line);
                        self.entities.push(entity);
                    }
                }
            }
            if let Some(err) = chunk.error {
                return Err(err);
            }
        }
        self.sources.push(origin.to_string());
        Ok(())
    }

    /// The built-in entity (by position) that `entity`, of a file, is the same as,
    /// and why; see [`crate::same_entity`].
    fn same_builtin(&self, entity: &Entity, index: &BuiltinIndex) -> Option<(usize, MergeReason)> {
        if let Some(&i) = self.by_id.get(&entity.id) {
            // A known id: the built-in entity's, or one a file gave (replaced).
            return (i < self.builtin_len).then_some((i, MergeReason::SameId));
        }
        let free = |i: usize| i < self.builtin_len && !self.originals.contains_key(&i);
        let by_same_as = same_entity::same_as_values(entity).find_map(|v| {
            self.by_id
                .get(v)
                .copied()
                .or_else(|| index.by_same_as(v))
                .filter(|&i| free(i))
        });
        if let Some(i) = by_same_as {
            return Some((i, MergeReason::SameAs));
        }
        index
            .by_name(
                &entity.name,
                entity.kind,
                &self.entities[..self.builtin_len],
            )
            .filter(|&i| free(i))
            .map(|i| (i, MergeReason::SameName))
    }

    /// Merges `entity` of a file with the built-in entity at position `i`: the
    /// merged entity takes the position, under the file's id (the built-in id still
    /// finds it).
    fn merge_into(
        &mut self,
        i: usize,
        entity: Entity,
        reason: MergeReason,
        origin: &str,
        line: usize,
    ) {
        self.fingerprint.take();
        let original = self
            .originals
            .entry(i)
            .or_insert_with(|| self.entities[i].clone());
        let builtin_id = original.id.clone();
        let merged = same_entity::merge(entity, original);
        self.merged.retain(|m| m.builtin_id != builtin_id);
        self.merged.push(Merged {
            id: merged.id.clone(),
            builtin_id,
            reason,
            origin: origin.to_string(),
            line,
        });
        self.by_id.insert(merged.id.clone(), i);
        self.entities[i] = merged;
    }

    /// The entities of the user's files that [`Gazetteer::load`] merged with built-in
    /// entities, in load order.
    pub fn merged(&self) -> &[Merged] {
        &self.merged
    }

    /// How the entity `id` (its own id, or the id of the built-in entity it absorbed)
    /// was merged with a built-in entity, if it was.
    pub fn merged_with(&self, id: &str) -> Option<&Merged> {
        let entity = self.get(id)?;
        self.merged.iter().find(|m| m.id == entity.id)
    }

    /// Adds `other`'s entities; those whose id is known replace the earlier ones.
    /// ([`Gazetteer::load`] does not merge: it parses each file into one gazetteer.)
    pub fn merge(&mut self, other: Gazetteer) {
        self.entities.reserve(other.entities.len());
        self.by_id.reserve(other.entities.len());
        for entity in other.entities {
            self.insert(entity);
        }
        self.sources.extend(other.sources);
    }

    /// Inserts one entity, replacing any entity with the same id.
    pub fn insert(&mut self, entity: Entity) {
        self.fingerprint.take();
        match self.by_id.get(&entity.id) {
            Some(&i) => self.entities[i] = entity,
            None => {
                self.by_id.insert(entity.id.clone(), self.entities.len());
                self.entities.push(entity);
            }
        }
    }

    /// All entities, in load order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with this id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// Position of the entity with this id in [`Gazetteer::entities`].
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// Number of names and aliases of all entities (the strings a linker indexes).
    pub fn name_count(&self) -> usize {
        self.entities.iter().map(|e| 1 + e.aliases.len()).sum()
    }

    /// True when there are no entities.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// Where the entities came from: `built-in` and file paths, in load order.
    pub fn sources(&self) -> &[String] {
        &self.sources
    }

    /// The entities as JSON Lines, one a line; [`Gazetteer::from_jsonl_str`] reads it back.
    /// The bytes are `serde_json`'s for each entity (see `jsonl`).
    pub fn to_jsonl(&self) -> String {
        let mut out = String::new();
        for entity in &self.entities {
            crate::jsonl::push_entity(&mut out, entity);
        }
        out
    }

    /// A stable digest of the entities, 16 hex digits (XXH3 of their fields: `digest`
    /// in this module): two gazetteers with the same entities in the same order have
    /// the same fingerprint, also after a round trip through [`Gazetteer::to_jsonl`].
    /// Computed once and remembered until the next change.
    pub fn fingerprint(&self) -> String {
        self.fingerprint
            .get_or_init(|| digest(&self.entities))
            .clone()
    }
}

/// The fingerprint's format: bump when [`digest`] changes what it hashes.
const DIGEST_FORMAT: &[u8] = b"nomen-gazetteer-digest-1";

/// XXH3 (64 bits, hex) of the entities' fields, each length-prefixed so that no two
/// gazetteers give the same bytes: id, name, kind, the aliases, and the extra fields
/// as JSON. It reads the strings as they lie in memory and serializes only the extra
/// fields: a fifth of `nomen entities resolve`'s time went to the earlier digest (FNV-1a
/// a byte at a time over the whole gazetteer serialized as JSON Lines), a few
/// milliseconds for the built-in places; this one takes under one.
fn digest(entities: &[Entity]) -> String {
    fn field(buf: &mut Vec<u8>, bytes: &[u8]) {
        buf.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        buf.extend_from_slice(bytes);
    }
    // Fields are gathered in a buffer hashed 64 KiB at a time (one hasher call per
    // short string costs more than the hashing).
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    let mut buf = Vec::with_capacity(1 << 17);
    field(&mut buf, DIGEST_FORMAT);
    let mut extra = Vec::new();
    for entity in entities {
        field(&mut buf, entity.id.as_bytes());
        field(&mut buf, entity.name.as_bytes());
        field(&mut buf, entity.kind.as_str().as_bytes());
        buf.extend_from_slice(&(entity.aliases.len() as u64).to_le_bytes());
        for alias in &entity.aliases {
            field(&mut buf, alias.as_bytes());
        }
        extra.clear();
        // A map of JSON values always serializes; an empty one hashes as no bytes.
        if !entity.extra.is_empty() && serde_json::to_writer(&mut extra, &entity.extra).is_err() {
            extra.clear();
        }
        field(&mut buf, &extra);
        if buf.len() >= 1 << 16 {
            hash.update(&buf);
            buf.clear();
        }
    }
    hash.update(&buf);
    format!("{:016x}", hash.digest())
}

/// Reads a gazetteer file: its text and its name in errors and sources.
fn read_file(path: &Path) -> Result<(String, String), GazetteerError> {
    let origin = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| GazetteerError {
        origin: origin.clone(),
        line: 0,
        kind: GazetteerErrorKind::Io(e.to_string()),
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, origin)),
        Err(e) => {
            let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            Err(GazetteerError {
                line: before.iter().filter(|&&b| b == b'\n').count() + 1,
                origin,
                kind: GazetteerErrorKind::InvalidUtf8 {
                    column: before.len() - line_start + 1,
                },
            })
        }
    }
}

/// Parses JSON Lines text: a large text is cut into runs of whole lines parsed on
/// several threads; the chunks are in file order.
fn parse_chunks(text: &str, origin: &str) -> Vec<ParsedChunk> {
    parse_chunks_with(text, origin, Names::Check)
}

/// Whether loading folds every name to check that it is not empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Names {
    /// Fold and check every name and alias (user files).
    Check,
    /// Trust them: the built-in data (whose files `tests/builtin_data.rs` loads with
    /// every check) and a gazetteer nomen wrote itself. Folding the built-in 135,000
    /// names took half the start-up time of `nomen tag`.
    Trust,
}

fn parse_chunks_with(text: &str, origin: &str, names: Names) -> Vec<ParsedChunk> {
    let threads = if text.len() < PARALLEL_PARSE_BYTES {
        1
    } else {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8)
    };
    let chunks = line_chunks(text, threads);
    if chunks.len() <= 1 {
        chunks
            .iter()
            .map(|&(first_line, chunk)| parse_chunk(chunk, first_line, origin, names))
            .collect()
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = chunks
                .iter()
                .map(|&(first_line, chunk)| {
                    scope.spawn(move || parse_chunk(chunk, first_line, origin, names))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| match h.join() {
                    Ok(parsed) => parsed,
                    Err(panic) => std::panic::resume_unwind(panic),
                })
                .collect()
        })
    }
}

/// The built-in places as `build.rs` encodes them (`encode_places` there: the text
/// of every string, checked as UTF-8 once, then per entity its line number, the ends
/// of its id, name, aliases and other fields in that text, and its kind), decoded into
/// entities: strings are copied, nothing is parsed but the few other fields, which are
/// JSON. Each entity is checked as the JSON reader checks the built-in data
/// ([`Names::Trust`]); bytes that are not such an encoding (which only a broken build
/// could embed) are an error.
fn decode_places(bytes: &[u8], origin: &str) -> ParsedChunk {
    /// The records (read with the caches' `Reader`) and the text their strings are in.
    struct Cursor<'a> {
        records: Reader<'a>,
        text: &'a str,
        /// Where the next string starts in `text`.
        at: usize,
    }
    impl<'a> Cursor<'a> {
        fn u32(&mut self) -> Option<usize> {
            self.records.u32().map(|n| n as usize)
        }
        fn str(&mut self) -> Option<&'a str> {
            let end = self.u32()?;
            let s = self.text.get(self.at..end)?;
            self.at = end;
            Some(s)
        }
        fn entity(&mut self) -> Option<(usize, Entity)> {
            let line = self.u32()?;
            let id = self.str()?.to_owned();
            let name = self.str()?.to_owned();
            let kind = match self.records.take(1)?[0] {
                0 => Kind::Person,
                1 => Kind::Organization,
                2 => Kind::Place,
                3 => Kind::Other,
                _ => return None,
            };
            let count = self.u32()?;
            // Never more aliases than bytes left (a damaged count allocates nothing).
            let mut aliases = Vec::with_capacity(count.min(self.records.remaining() / 4));
            for _ in 0..count {
                aliases.push(self.str()?.to_owned());
            }
            let extra = match self.str()? {
                "" => serde_json::Map::new(),
                json => serde_json::from_str(json).ok()?,
            };
            Some((
                line,
                Entity {
                    id,
                    name,
                    kind,
                    aliases,
                    extra,
                },
            ))
        }
    }
    let error = |line, what: &str| GazetteerError {
        origin: origin.to_string(),
        line,
        kind: GazetteerErrorKind::Json(what.to_string()),
    };
    let mut entities = Vec::with_capacity(8192);
    let cursor = bytes.strip_prefix(b"NOMENPLC").and_then(|rest| {
        let len = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let text = std::str::from_utf8(rest.get(4..4 + len)?).ok()?;
        Some(Cursor {
            records: Reader {
                data: rest.get(4 + len..)?,
                pos: 0,
            },
            text,
            at: 0,
        })
    });
    let Some(mut cursor) = cursor else {
        return ParsedChunk {
            entities,
            error: Some(error(0, "not nomen's encoded places")),
        };
    };
    while cursor.records.remaining() > 0 {
        let Some((line, entity)) = cursor.entity() else {
            let last = entities.last().map_or(0, |(line, _)| *line);
            return ParsedChunk {
                entities,
                error: Some(error(last + 1, "encoded places cut short or damaged")),
            };
        };
        if let Err(kind) = validate_without_folding(&entity) {
            return ParsedChunk {
                entities,
                error: Some(GazetteerError {
                    origin: origin.to_string(),
                    line,
                    kind,
                }),
            };
        }
        entities.push((line, entity));
    }
    ParsedChunk {
        entities,
        error: None,
    }
}

/// The entities of a run of lines, in order, up to its first error.
struct ParsedChunk {
    /// (1-based line number, entity).
    entities: Vec<(usize, Entity)>,
    /// The first error of the run: no entity after it was read.
    error: Option<GazetteerError>,
}

/// Cuts `text` into at most `parts` runs of whole lines of about the same size, each
/// with the 1-based number of its first line.
fn line_chunks(text: &str, parts: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::with_capacity(parts);
    let target = text.len().div_ceil(parts.max(1)).max(1);
    let mut start = 0usize;
    let mut line = 1usize;
    while start < text.len() {
        let mut end = (start + target).min(text.len());
        end = match text.as_bytes()[end..].iter().position(|&b| b == b'\n') {
            Some(i) => end + i + 1,
            None => text.len(),
        };
        let chunk = &text[start..end];
        out.push((line, chunk));
        line += chunk.bytes().filter(|&b| b == b'\n').count();
        start = end;
    }
    out
}

/// Parses and validates the lines of `chunk`, the first being line `first_line`.
fn parse_chunk(chunk: &str, first_line: usize, origin: &str, names: Names) -> ParsedChunk {
    let mut entities = Vec::with_capacity(chunk.len() / 128);
    let mut folded = nomen_fold::Folded::new();
    for (index, line) in chunk.lines().enumerate() {
        let line_no = first_line + index;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let err = |kind| GazetteerError {
            origin: origin.to_string(),
            line: line_no,
            kind,
        };
        let field = std::cell::Cell::new(None);
        let entity = parse_entity(trimmed, &field);
        let entity: Entity = match entity {
            Ok(entity) => entity,
            Err(e) => {
                let message = match field.get() {
                    Some(name) if e.classify() == serde_json::error::Category::Data => {
                        format!("field \"{name}\": {}", json_message(&e))
                    }
                    _ => {
                        let message = json_message(&e);
                        // serde's "missing field `name`", in the shape of the others.
                        match message
                            .strip_prefix("missing field `")
                            .and_then(|rest| rest.strip_suffix('`'))
                        {
                            Some(name) => format!("field \"{name}\": missing"),
                            None => message,
                        }
                    }
                };
                let error = Some(err(GazetteerErrorKind::Json(message)));
                return ParsedChunk { entities, error };
            }
        };
        let mut entity = entity;
        // Names by language are aliases too (checked below as the others are).
        if let Err(message) = by_language::expand_aliases(&mut entity) {
            return ParsedChunk {
                entities,
                error: Some(err(GazetteerErrorKind::Json(message))),
            };
        }
        let checked = match names {
            Names::Check => validate(&entity, &mut folded),
            Names::Trust => validate_without_folding(&entity),
        };
        if let Err(kind) = checked {
            return ParsedChunk {
                entities,
                error: Some(err(kind)),
            };
        }
        entities.push((line_no, entity));
    }
    ParsedChunk {
        entities,
        error: None,
    }
}

/// Parses one entity line; `field` is left naming the known field being read when
/// an error stops it.
fn parse_entity(
    line: &str,
    field: &std::cell::Cell<Option<&'static str>>,
) -> Result<Entity, serde_json::Error> {
    use serde::Deserializer as _;
    let mut de = serde_json::Deserializer::from_str(line);
    let entity = (&mut de).deserialize_map(EntityVisitor { field })?;
    de.end()?;
    Ok(entity)
}

/// Checks the fields serde cannot check.
fn validate(entity: &Entity, folded: &mut nomen_fold::Folded) -> Result<(), GazetteerErrorKind> {
    validate_without_folding(entity)?;
    if folds_to_nothing(&entity.name, folded) {
        return Err(GazetteerErrorKind::EmptyName {
            id: entity.id.clone(),
        });
    }
    if let Some(alias) = entity.aliases.iter().find(|a| folds_to_nothing(a, folded)) {
        return Err(GazetteerErrorKind::EmptyAlias {
            id: entity.id.clone(),
            alias: alias.clone(),
        });
    }
    Ok(())
}

/// Checks the entity's id and the lengths of its id and names: the checks that cost
/// nothing, made on the built-in data too.
fn validate_without_folding(entity: &Entity) -> Result<(), GazetteerErrorKind> {
    if entity.id.trim().is_empty() {
        return Err(GazetteerErrorKind::EmptyId);
    }
    let too_long = |field, bytes| GazetteerErrorKind::TooLong {
        field,
        id: entity.id.chars().take(40).collect(),
        bytes,
    };
    if entity.id.len() > MAX_NAME_BYTES {
        return Err(too_long("id", entity.id.len()));
    }
    if entity.name.len() > MAX_NAME_BYTES {
        return Err(too_long("name", entity.name.len()));
    }
    if let Some(alias) = entity.aliases.iter().find(|a| a.len() > MAX_NAME_BYTES) {
        return Err(too_long("aliases", alias.len()));
    }
    Ok(())
}

/// True when `name` has no token once folded (empty, spaces, punctuation only).
/// `folded` is a scratch buffer. An ASCII letter or digit is always a token: such a
/// name is not folded at all (a test checks every one).
fn folds_to_nothing(name: &str, folded: &mut nomen_fold::Folded) -> bool {
    if name.bytes().any(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    nomen_fold::Folder::new().fold_into(name, nomen_fold::View::Folded, folded);
    folded.tokens().next().is_none()
}

/// serde_json's message without its own " at line 1 column N" suffix (we give the
/// file's line), keeping the column, and naming the field where serde does.
fn json_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    match e.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
            format!("invalid JSON at column {}: {msg}", e.column())
        }
        _ => msg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_loads_and_ids_are_unique() {
        let g = Gazetteer::try_builtin().unwrap();
        assert!(g.len() >= 10);
        assert!(g.get("nicolas-maduro").is_some());
        assert_eq!(g.sources(), [BUILTIN_ORIGIN]);
    }

    #[test]
    fn extra_fields_are_kept() {
        let g = Gazetteer::from_jsonl_str(
            r#"{"id":"x","name":"X Y","kind":"other","wikidata":"Q1"}"#,
            "t.jsonl",
        )
        .unwrap();
        assert!(g.to_jsonl().contains("\"wikidata\":\"Q1\""));
        let again = Gazetteer::from_jsonl_str(&g.to_jsonl(), "again").unwrap();
        assert_eq!(again.entities(), g.entities());
        assert_eq!(again.fingerprint(), g.fingerprint());
    }

    #[test]
    fn errors_name_file_line_and_field() {
        let cases: &[(&str, &str)] = &[
            (
                "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"person\"}\n{\"id\":\"a\",\"name\":\"B\",\"kind\":\"person\"}",
                "gazetteer f.jsonl:2: field \"id\": \"a\" is already used on line 1 of this file",
            ),
            (
                "\n{\"id\":\"a\",\"name\":\" - \",\"kind\":\"person\"}",
                "gazetteer f.jsonl:2: field \"name\" of entity \"a\" is empty after folding",
            ),
            (
                "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"person\",\"aliases\":[\"\u{200B}\"]}",
                "gazetteer f.jsonl:1: field \"aliases\": alias \"\\u{200b}\" of entity \"a\" is empty after folding",
            ),
            (
                "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"robot\"}",
                "gazetteer f.jsonl:1: field \"kind\": unknown variant `robot`, expected one of `person`, `organization`, `place`, `other`",
            ),
            (
                "{\"id\":\"a\",\"kind\":\"person\"}",
                "gazetteer f.jsonl:1: field \"name\": missing",
            ),
            (
                &format!(
                    "{{\"id\":\"a\",\"name\":\"A\",\"kind\":\"person\",\"aliases\":[\"B\",\"{}\"]}}",
                    "word ".repeat(1000)
                ),
                "gazetteer f.jsonl:1: field \"aliases\": an alias of entity \"a\" is 5000 bytes long, over the limit of 4096 (a name, not a text)",
            ),
            (
                &format!("{{\"id\":\"a\",\"name\":\"{}\",\"kind\":\"person\"}}", "n".repeat(4097)),
                "gazetteer f.jsonl:1: field \"name\": the name of entity \"a\" is 4097 bytes long, over the limit of 4096 (a name, not a text)",
            ),
            (
                &format!("{{\"id\":\"{}\",\"name\":\"A\",\"kind\":\"person\"}}", "i".repeat(5000)),
                &format!("gazetteer f.jsonl:1: field \"id\": the id of entity \"{}\" is 5000 bytes long, over the limit of 4096 (a name, not a text)", "i".repeat(40)),
            ),
        ];
        for &(text, want) in cases {
            let err = Gazetteer::from_jsonl_str(text, "f.jsonl").unwrap_err();
            assert_eq!(err.to_string(), want);
        }
        let err = Gazetteer::from_jsonl_str("{\"id\": ", "f.jsonl").unwrap_err();
        assert!(err
            .to_string()
            .starts_with("gazetteer f.jsonl:1: invalid JSON at column"));
    }

    /// A text of `n` generated entities, big enough to be parsed in parallel.
    fn big_jsonl(n: usize) -> String {
        let mut out = String::from("# generated\n\n");
        for i in 0..n {
            out.push_str(&format!(
                "{{\"id\":\"e{i}\",\"name\":\"Name{i} Surname{}\",\"kind\":\"person\",\"aliases\":[\"N. Surname{i}\"],\"note\":{{\"n\":{i}}}}}\r\n",
                i % 97
            ));
        }
        out
    }

    #[test]
    fn parallel_parse_reads_like_line_by_line() {
        let text = big_jsonl(40_000);
        assert!(text.len() > 2 * PARALLEL_PARSE_BYTES);
        let g = Gazetteer::from_jsonl_str(&text, "big").unwrap();
        assert_eq!(g.len(), 40_000);
        // The same entities as read one line at a time.
        let mut by_line = Gazetteer::empty();
        for line in text.lines().filter(|l| l.starts_with('{')) {
            let one = Gazetteer::from_jsonl_str(line, "line").unwrap();
            by_line.insert(one.entities()[0].clone());
        }
        assert_eq!(g.fingerprint(), by_line.fingerprint());
        for (i, e) in g.entities().iter().enumerate() {
            assert_eq!(e.id, format!("e{i}"));
            assert_eq!(e.extra["note"]["n"], i);
            assert_eq!(g.position(&e.id), Some(i));
        }
        // Round trip, fingerprint included.
        let again = Gazetteer::from_jsonl_str(&g.to_jsonl(), "again").unwrap();
        assert_eq!(again.entities(), g.entities());
        assert_eq!(again.fingerprint(), g.fingerprint());
        // Errors name the line they are on, wherever the cuts fall; the first one in
        // the file wins.
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        for bad_line in [3usize, 9_000, 17_777, 40_002] {
            let mut broken = lines.clone();
            broken[bad_line - 1] = "{\"id\":\"x\",\"name\":\"X\",\"kind\":\"robot\"}\n";
            if bad_line < 29_000 {
                broken[29_000] = "{\"id\": \n";
            }
            let err = Gazetteer::from_jsonl_str(&broken.concat(), "b.jsonl").unwrap_err();
            assert_eq!(err.line, bad_line, "{err}");
            assert!(err.to_string().contains("unknown variant `robot`"), "{err}");
        }
        // A duplicate id far from its first use, and an error after it.
        let mut dup = lines.clone();
        dup[25_001] = lines[5];
        dup[28_000] = "{\"id\": \n";
        let err = Gazetteer::from_jsonl_str(&dup.concat(), "d.jsonl").unwrap_err();
        assert_eq!(
            err.to_string(),
            "gazetteer d.jsonl:25002: field \"id\": \"e3\" is already used on line 6 of this file"
        );
    }

    #[test]
    fn encoded_places_read_like_the_json() {
        let json = include_str!("../../../data/places/places.jsonl");
        let from_json: Vec<(usize, Entity)> = parse_chunks_with(json, "p", Names::Trust)
            .into_iter()
            .flat_map(|c| {
                assert!(c.error.is_none());
                c.entities
            })
            .collect();
        let decoded = decode_places(BUILTIN_PLACES, "p");
        assert!(decoded.error.is_none());
        assert!(from_json.len() > 6000);
        assert_eq!(decoded.entities, from_json);
        // Cut short, or not the encoding: an error, the entities before it kept.
        let cut = decode_places(&BUILTIN_PLACES[..BUILTIN_PLACES.len() - 3], "p");
        assert_eq!(cut.entities.len(), from_json.len() - 1);
        let message = cut.error.unwrap().to_string();
        assert!(message.contains("cut short"), "{message}");
        assert!(decode_places(b"{\"id\": 1}", "p").error.is_some());
        // The regions, encoded the same way.
        let json = include_str!("../../../data/places/regions.jsonl");
        let from_json: Vec<(usize, Entity)> = parse_chunks_with(json, "r", Names::Trust)
            .into_iter()
            .flat_map(|c| {
                assert!(c.error.is_none());
                c.entities
            })
            .collect();
        let decoded = decode_places(BUILTIN_REGIONS, "r");
        assert!(decoded.error.is_none());
        assert!(from_json.len() > 100);
        assert_eq!(decoded.entities, from_json);
    }

    #[test]
    fn fingerprint_follows_changes_and_survives_a_round_trip() {
        let round_trip = |g: &Gazetteer| {
            Gazetteer::from_written_jsonl_str(&g.to_jsonl(), "recorded")
                .unwrap()
                .fingerprint()
        };
        let mut g = Gazetteer::builtin();
        let before = g.fingerprint();
        assert_eq!(before.len(), 16);
        assert_eq!(round_trip(&g), before);
        g.insert(Entity {
            id: "new".into(),
            name: "Someone New".into(),
            kind: Kind::Person,
            aliases: vec![],
            extra: Default::default(),
        });
        let with_new = g.fingerprint();
        assert_ne!(with_new, before);
        assert_eq!(round_trip(&g), with_new);
        // Each field counts, and where a string ends does too.
        let one = |id: &str, name: &str, kind: Kind, aliases: &[&str], extra: &str| {
            let mut g = Gazetteer::empty();
            g.insert(Entity {
                id: id.into(),
                name: name.into(),
                kind,
                aliases: aliases.iter().map(|a| a.to_string()).collect(),
                extra: serde_json::from_str(extra).unwrap(),
            });
            g.fingerprint()
        };
        let base = one("a", "Ab", Kind::Person, &["C"], "{}");
        for other in [
            one("b", "Ab", Kind::Person, &["C"], "{}"),
            one("a", "Ac", Kind::Person, &["C"], "{}"),
            one("a", "Ab", Kind::Place, &["C"], "{}"),
            one("a", "Ab", Kind::Person, &["D"], "{}"),
            one("a", "Ab", Kind::Person, &["C", "D"], "{}"),
            one("a", "Ab", Kind::Person, &["C"], r#"{"population": 1}"#),
            one("aA", "b", Kind::Person, &["C"], "{}"),
            one("a", "Ab", Kind::Person, &["", "C"], "{}"),
        ] {
            assert_ne!(other, base);
        }
        assert_eq!(one("a", "Ab", Kind::Person, &["C"], "{}"), base);
        assert_ne!(Gazetteer::empty().fingerprint(), base);
    }

    #[test]
    fn ascii_letters_and_digits_always_fold_to_a_token() {
        // `folds_to_nothing` skips folding names that contain one.
        for b in (0u8..128).filter(u8::is_ascii_alphanumeric) {
            let text = format!("-{}-", b as char);
            let mut folded = nomen_fold::Folded::new();
            nomen_fold::Folder::new().fold_into(&text, nomen_fold::View::Folded, &mut folded);
            assert!(folded.tokens().next().is_some(), "{text:?}");
        }
    }

    #[test]
    fn entity_fields_are_checked() {
        let err = |line: &str| {
            Gazetteer::from_jsonl_str(line, "f")
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            err(r#"{"id":"a","name":"A","kind":"person","id":"b"}"#),
            "gazetteer f:1: duplicate field `id`"
        );
        assert_eq!(
            err(r#"{"name":"A","kind":"person"}"#),
            "gazetteer f:1: field \"id\": missing"
        );
        assert!(
            err(r#"{"id":"a","name":"A","kind":"person","aliases":null}"#).starts_with(
                "gazetteer f:1: field \"aliases\": invalid type: null, expected a sequence"
            )
        );
        assert!(err(r#"["a"]"#).starts_with("gazetteer f:1: invalid type: sequence"));
        assert_eq!(
            err(r#"{"id":5,"name":"A","kind":"person"}"#),
            "gazetteer f:1: field \"id\": invalid type: integer `5`, expected a string"
        );
        assert_eq!(
            err(r#"{"id":"a","name":"A","kind":"person","aliases":["x",true]}"#),
            "gazetteer f:1: field \"aliases\": invalid type: boolean `true`, expected a string"
        );
        // An error in a field nomen does not read names no field.
        assert!(err(r#"{"id":"a","name":"A","kind":"person","x":[}"#)
            .starts_with("gazetteer f:1: invalid JSON at column"));
        let g = Gazetteer::from_jsonl_str(
            r#"{"z":1,"id":"a","name":"A","kind":"place","a":[true]}"#,
            "f",
        )
        .unwrap();
        let e = &g.entities()[0];
        assert_eq!(
            (e.kind, e.aliases.len(), e.extra.len()),
            (Kind::Place, 0, 2)
        );
    }

    #[test]
    fn unreadable_files_name_line_and_column() {
        let dir = std::env::temp_dir().join(format!("nomen-gaz-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("bad.jsonl");
        let origin = path.display().to_string();
        let load = |bytes: &[u8]| {
            std::fs::write(&path, bytes).unwrap();
            Gazetteer::load(std::slice::from_ref(&path), false)
                .unwrap_err()
                .to_string()
        };
        let good = b"{\"id\":\"a\",\"name\":\"A\",\"kind\":\"person\"}\n";
        let mut bad = good.to_vec();
        bad.extend_from_slice(b"{\"id\":\"b\",\"name\":\"B\xff\",\"kind\":\"person\"}\n");
        assert_eq!(
            load(&bad),
            format!("gazetteer {origin}:2: invalid UTF-8 at column 20")
        );
        for empty in [&b""[..], b"\n  \n", b"# only a comment\n"] {
            assert_eq!(
                load(empty),
                format!(
                    "gazetteer {origin}: no entities (the file is empty or holds only blank \
                     lines and comments)"
                )
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn files_merge_with_builtin_entries() {
        let dir = std::env::temp_dir().join(format!("nomen-gaz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("mine.jsonl");
        std::fs::write(
            &path,
            "# my entities\n{\"id\":\"nicolas-maduro\",\"name\":\"Nicolás Maduro Moros\",\"kind\":\"person\"}\n{\"id\":\"new\",\"name\":\"Someone New\",\"kind\":\"person\"}\n",
        )
        .unwrap();
        let builtin = Gazetteer::builtin();
        let g = Gazetteer::load(std::slice::from_ref(&path), true).unwrap();
        assert_eq!(g.len(), builtin.len() + 1);
        // The file's entity with a built-in id is merged with it: its name and
        // fields, and the names of both.
        let maduro = g.get("nicolas-maduro").unwrap();
        assert_eq!(maduro.name, "Nicolás Maduro Moros");
        let before = builtin.get("nicolas-maduro").unwrap();
        for name in before.names() {
            assert!(maduro.names().any(|n| n == name), "{name} lost");
        }
        assert_eq!(
            g.position("nicolas-maduro"),
            builtin.position("nicolas-maduro")
        );
        let merged = g.merged_with("nicolas-maduro").unwrap();
        assert_eq!(
            (merged.builtin_id.as_str(), merged.reason, merged.line),
            ("nicolas-maduro", MergeReason::SameId, 2)
        );
        assert_eq!(g.merged().len(), 1);
        assert_ne!(g.fingerprint(), builtin.fingerprint());
        assert_eq!(
            g.fingerprint(),
            Gazetteer::load(std::slice::from_ref(&path), true)
                .unwrap()
                .fingerprint()
        );
        let only = Gazetteer::load(std::slice::from_ref(&path), false).unwrap();
        assert_eq!(only.len(), 2);
        assert_eq!(only.get("nicolas-maduro").unwrap().aliases.len(), 0);
        // The file's entities alone with the built-in names lent: the merged one
        // with them.
        let only = Gazetteer::load_with_builtin_names(std::slice::from_ref(&path)).unwrap();
        assert_eq!(only.len(), 2);
        assert_eq!(
            only.get("nicolas-maduro").unwrap().names().count(),
            maduro.names().count()
        );
        assert_eq!(only.get("new").unwrap().aliases.len(), 0);
        assert_eq!(only.merged().len(), 1);
        assert_eq!(only.sources(), [path.display().to_string()]);
        assert!(only.get("country-de").is_none());
        // Loaded into the built-in gazetteer, the file is read as one: an id twice in
        // it is an error, also when it replaces a built-in entity.
        for (twice, first_line) in [("nicolas-maduro", 2), ("new", 3)] {
            std::fs::write(
                &path,
                format!(
                    "# my entities\n{{\"id\":\"nicolas-maduro\",\"name\":\"N. Maduro Moros\",\"kind\":\"person\"}}\n{{\"id\":\"new\",\"name\":\"Someone New\",\"kind\":\"person\"}}\n{{\"id\":\"{twice}\",\"name\":\"Again\",\"kind\":\"person\"}}\n"
                ),
            )
            .unwrap();
            let err = Gazetteer::load(std::slice::from_ref(&path), true).unwrap_err();
            assert_eq!(err.line, 4, "{err}");
            assert!(
                matches!(&err.kind, GazetteerErrorKind::DuplicateId { id, first_line: l } if id == twice && *l == first_line),
                "{err}"
            );
        }
        // Two files: the second replaces the first's entities.
        let other = dir.join("other.jsonl");
        std::fs::write(
            &other,
            "{\"id\":\"new\",\"name\":\"Someone Newer\",\"kind\":\"person\"}\n",
        )
        .unwrap();
        std::fs::write(
            &path,
            "{\"id\":\"new\",\"name\":\"Someone New\",\"kind\":\"person\"}\n",
        )
        .unwrap();
        let both = Gazetteer::load(&[path.clone(), other.clone()], true).unwrap();
        assert_eq!(both.len(), builtin.len() + 1);
        assert_eq!(both.get("new").unwrap().name, "Someone Newer");
        assert_eq!(both.sources().len(), 3);
        // Two files with a built-in id: the later one merges with the built-in
        // entity as it was (the earlier file's names are replaced, the built-in
        // ones kept).
        std::fs::write(
            &path,
            "{\"id\":\"nicolas-maduro\",\"name\":\"N. Maduro\",\"kind\":\"person\",\"aliases\":[\"Old Alias\"]}\n",
        )
        .unwrap();
        std::fs::write(
            &other,
            "{\"id\":\"nicolas-maduro\",\"name\":\"Nicolás Maduro\",\"kind\":\"person\"}\n",
        )
        .unwrap();
        let both = Gazetteer::load(&[path.clone(), other], true).unwrap();
        let maduro = both.get("nicolas-maduro").unwrap();
        assert!(maduro.names().all(|n| n != "Old Alias"));
        assert!(maduro.names().any(|n| n == "Nicolás Maduro Moros"));
        assert_eq!(both.merged().len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn same_as_and_same_name_merge_under_the_users_id() {
        let dir = std::env::temp_dir().join(format!("nomen-gaz-same-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("mine.jsonl");
        std::fs::write(
            &path,
            concat!(
                "{\"id\":\"ofac-1\",\"name\":\"MADURO MOROS, Nicolas\",\"kind\":\"person\",\"same_as\":\"nicolas-maduro\"}\n",
                "{\"id\":\"my-germany\",\"name\":\"Deutschland\",\"kind\":\"place\",\"same_as\":[\"x:1\",\"cldr:DE\"]}\n",
                "{\"id\":\"my-biden\",\"name\":\"JOE BIDEN\",\"kind\":\"person\"}\n",
                "{\"id\":\"biden-org\",\"name\":\"Joe Biden\",\"kind\":\"organization\"}\n",
                "{\"id\":\"other-biden\",\"name\":\"Joe Biden\",\"kind\":\"person\"}\n",
            ),
        )
        .unwrap();
        let builtin = Gazetteer::builtin();
        let g = Gazetteer::load(std::slice::from_ref(&path), true).unwrap();
        let reasons: Vec<(&str, &str, MergeReason)> = g
            .merged()
            .iter()
            .map(|m| (m.id.as_str(), m.builtin_id.as_str(), m.reason))
            .collect();
        assert_eq!(
            reasons,
            [
                ("ofac-1", "nicolas-maduro", MergeReason::SameAs),
                ("my-germany", "country-de", MergeReason::SameAs),
                ("my-biden", "joe-biden", MergeReason::SameName),
            ]
        );
        // One entity, the user's id; the built-in id finds it too.
        let maduro = g.get("ofac-1").unwrap();
        assert_eq!(g.get("nicolas-maduro").unwrap().id, "ofac-1");
        assert!(maduro.names().any(|n| n == "Николас Мадуро"), "{maduro:?}");
        assert_eq!(g.merged_with("nicolas-maduro").unwrap().id, "ofac-1");
        // Another kind, or the same name a second time: entities of their own.
        assert_eq!(g.len(), builtin.len() + 2);
        assert!(g.get("biden-org").is_some() && g.get("other-biden").is_some());
        assert!(g.merged_with("other-biden").is_none());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// `merge`: known ids replaced in place, new ones appended in order (the
    /// fingerprint depends on it), as inserting one entity at a time.
    #[test]
    fn merge_is_insert_one_by_one() {
        let a = Gazetteer::from_jsonl_str(
            "{\"id\":\"a\",\"name\":\"Ann A\",\"kind\":\"person\"}\n{\"id\":\"b\",\"name\":\"Bo B\",\"kind\":\"person\"}\n",
            "a",
        )
        .unwrap();
        let b = Gazetteer::from_jsonl_str(
            "{\"id\":\"c\",\"name\":\"Cy C\",\"kind\":\"place\"}\n{\"id\":\"a\",\"name\":\"Ann Other\",\"kind\":\"person\"}\n{\"id\":\"d\",\"name\":\"Di D\",\"kind\":\"other\"}\n",
            "b",
        )
        .unwrap();
        let mut merged = a.clone();
        let _ = merged.fingerprint();
        merged.merge(b.clone());
        let mut inserted = a.clone();
        for e in b.entities() {
            inserted.insert(e.clone());
        }
        let ids = |g: &Gazetteer| {
            g.entities()
                .iter()
                .map(|e| e.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&merged), ["a", "b", "c", "d"]);
        assert_eq!(ids(&merged), ids(&inserted));
        assert_eq!(merged.to_jsonl(), inserted.to_jsonl());
        assert_eq!(merged.fingerprint(), inserted.fingerprint());
        assert_eq!(merged.get("a").unwrap().name, "Ann Other");
        assert_eq!(merged.position("d"), Some(3));
        assert_eq!(merged.sources(), ["a", "b"]);
        // Into an empty gazetteer: the other's tables as they are.
        let mut empty = Gazetteer::empty();
        empty.merge(b.clone());
        assert_eq!(ids(&empty), ids(&b));
        assert_eq!(empty.position("a"), Some(1));
        assert_eq!(empty.fingerprint(), b.fingerprint());
    }
}
