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
//! `data/entities.jsonl`) with the user's files: an entity whose id is already known
//! replaces the earlier one, in place.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The built-in gazetteer, embedded at compile time.
const BUILTIN: &str = include_str!("../../../data/entities.jsonl");

/// The name under which the built-in gazetteer is reported in errors and sources.
pub const BUILTIN_ORIGIN: &str = "built-in";

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
        }
    }
}

impl std::error::Error for GazetteerError {}

/// A set of entities with unique ids.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_id: HashMap<String, usize>,
    sources: Vec<String>,
}

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
        Self::from_jsonl_str(BUILTIN, BUILTIN_ORIGIN)
    }

    /// An empty gazetteer.
    pub fn empty() -> Gazetteer {
        Gazetteer::default()
    }

    /// Loads the built-in gazetteer (when `builtin` is true) and then each file in
    /// order; an entity whose id is already loaded replaces the earlier one.
    pub fn load(files: &[PathBuf], builtin: bool) -> Result<Gazetteer, GazetteerError> {
        let mut gazetteer = if builtin {
            Self::try_builtin()?
        } else {
            Gazetteer::empty()
        };
        for path in files {
            gazetteer.merge(Self::from_file(path)?);
        }
        Ok(gazetteer)
    }

    /// Loads one JSON Lines file.
    pub fn from_file(path: &Path) -> Result<Gazetteer, GazetteerError> {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| GazetteerError {
            origin: origin.clone(),
            line: 0,
            kind: GazetteerErrorKind::Io(e.to_string()),
        })?;
        Self::from_jsonl_str(&text, &origin)
    }

    /// Parses JSON Lines text; `origin` names it in errors and in [`Gazetteer::sources`].
    pub fn from_jsonl_str(text: &str, origin: &str) -> Result<Gazetteer, GazetteerError> {
        let mut gazetteer = Gazetteer::empty();
        let mut first_line: HashMap<String, usize> = HashMap::new();
        for (index, line) in text.lines().enumerate() {
            let line_no = index + 1;
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let err = |kind| GazetteerError {
                origin: origin.to_string(),
                line: line_no,
                kind,
            };
            let entity: Entity = serde_json::from_str(trimmed)
                .map_err(|e| err(GazetteerErrorKind::Json(json_message(&e))))?;
            validate(&entity).map_err(err)?;
            if let Some(&first) = first_line.get(&entity.id) {
                return Err(err(GazetteerErrorKind::DuplicateId {
                    id: entity.id,
                    first_line: first,
                }));
            }
            first_line.insert(entity.id.clone(), line_no);
            gazetteer.insert(entity);
        }
        gazetteer.sources.push(origin.to_string());
        Ok(gazetteer)
    }

    /// Adds `other`'s entities; those whose id is known replace the earlier ones.
    pub fn merge(&mut self, other: Gazetteer) {
        for entity in other.entities {
            self.insert(entity);
        }
        self.sources.extend(other.sources);
    }

    /// Inserts one entity, replacing any entity with the same id.
    pub fn insert(&mut self, entity: Entity) {
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

    /// True when there are no entities.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// Where the entities came from: `built-in` and file paths, in load order.
    pub fn sources(&self) -> &[String] {
        &self.sources
    }

    /// The entities as JSON Lines, one a line; [`Gazetteer::from_jsonl_str`] reads it back.
    pub fn to_jsonl(&self) -> String {
        let mut out = String::new();
        for entity in &self.entities {
            // Serializing a struct of strings and JSON values cannot fail.
            if let Ok(line) = serde_json::to_string(entity) {
                out.push_str(&line);
                out.push('\n');
            }
        }
        out
    }

    /// A stable digest of the entities (64-bit FNV-1a of [`Gazetteer::to_jsonl`], in hex):
    /// two gazetteers with the same content have the same fingerprint.
    pub fn fingerprint(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.to_jsonl().bytes() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        format!("{hash:016x}")
    }
}

/// Checks the fields serde cannot check.
fn validate(entity: &Entity) -> Result<(), GazetteerErrorKind> {
    if entity.id.trim().is_empty() {
        return Err(GazetteerErrorKind::EmptyId);
    }
    if folds_to_nothing(&entity.name) {
        return Err(GazetteerErrorKind::EmptyName {
            id: entity.id.clone(),
        });
    }
    if let Some(alias) = entity.aliases.iter().find(|a| folds_to_nothing(a)) {
        return Err(GazetteerErrorKind::EmptyAlias {
            id: entity.id.clone(),
            alias: alias.clone(),
        });
    }
    Ok(())
}

/// True when `name` has no token once folded (empty, spaces, punctuation only).
fn folds_to_nothing(name: &str) -> bool {
    let mut folded = nomen_fold::Folded::new();
    nomen_fold::Folder::new().fold_into(name, nomen_fold::View::Folded, &mut folded);
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
        let cases = [
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
                "gazetteer f.jsonl:1: unknown variant `robot`, expected one of `person`, `organization`, `place`, `other`",
            ),
            (
                "{\"id\":\"a\",\"kind\":\"person\"}",
                "gazetteer f.jsonl:1: missing field `name`",
            ),
        ];
        for (text, want) in cases {
            let err = Gazetteer::from_jsonl_str(text, "f.jsonl").unwrap_err();
            assert_eq!(err.to_string(), want);
        }
        let err = Gazetteer::from_jsonl_str("{\"id\": ", "f.jsonl").unwrap_err();
        assert!(err
            .to_string()
            .starts_with("gazetteer f.jsonl:1: invalid JSON at column"));
    }

    #[test]
    fn files_replace_builtin_entries() {
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
        assert_eq!(
            g.get("nicolas-maduro").unwrap().name,
            "Nicolás Maduro Moros"
        );
        let only = Gazetteer::load(&[path], false).unwrap();
        assert_eq!(only.len(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
