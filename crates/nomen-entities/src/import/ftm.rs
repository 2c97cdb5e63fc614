//! The FollowTheMoney importer (`--format ftm`): entities as OpenSanctions publishes
//! them, one JSON object a line (`{"id", "schema", "caption", "properties": {"name":
//! [...], "alias": [...], "weakAlias": [...], "previousName": [...], ...}}`).
//!
//! Schemas `Person` (person) and `Organization`, `Company`, `LegalEntity`, `PublicBody`
//! (organization) are imported; every other schema (`Address`, `Sanction`, `Vessel`,
//! relations) is counted in the summary and left out. The id is the FtM id unchanged.
//! The name is `caption` when present, else the first `name`; the other names,
//! `alias` and `previousName` become aliases; `weakAlias` weak aliases (see [`super`]).
//! A line that is not such an object is skipped and reported with its line.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::Deserialize;

use super::{origin, Emitter, ImportError, Record};
use crate::Kind;

#[derive(Deserialize)]
struct FtmEntity {
    id: String,
    schema: String,
    #[serde(default)]
    caption: Option<String>,
    #[serde(default)]
    properties: HashMap<String, serde_json::Value>,
}

/// The gazetteer kind of an FtM schema, `None` for schemas not imported.
pub fn schema_kind(schema: &str) -> Option<Kind> {
    match schema {
        "Person" => Some(Kind::Person),
        "Organization" | "Company" | "LegalEntity" | "PublicBody" => Some(Kind::Organization),
        _ => None,
    }
}

/// Reads one FtM JSON Lines file into `emitter`.
pub(crate) fn read(path: &Path, emitter: &mut Emitter) -> Result<(), ImportError> {
    let origin = origin(path);
    let file = File::open(path)
        .map_err(|e| ImportError::new(&origin, 0, format!("cannot read file: {e}")))?;
    let mut reader = BufReader::new(file);
    let mut bytes = Vec::new();
    let mut line_no = 0u64;
    loop {
        bytes.clear();
        line_no += 1;
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                return Err(ImportError::new(
                    &origin,
                    line_no,
                    format!("cannot read file: {e}"),
                ))
            }
        }
        let Ok(line) = std::str::from_utf8(&bytes) else {
            emitter.skip(&origin, line_no, "-", "invalid UTF-8", "");
            continue;
        };
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let entity: FtmEntity = match serde_json::from_str(trimmed) {
            Ok(e) => e,
            Err(e) => {
                let msg = e.to_string();
                let msg = msg.rfind(" at line ").map_or(msg.as_str(), |i| &msg[..i]);
                let detail = format!("{msg} at column {}", e.column());
                emitter.skip(&origin, line_no, "-", "invalid FtM JSON", &detail);
                continue;
            }
        };
        let Some(kind) = schema_kind(&entity.schema) else {
            emitter.not_imported(format!("FtM schema {}", entity.schema));
            continue;
        };
        let mut props = entity.properties;
        let mut take = |key: &str| -> Result<Vec<String>, String> {
            match props.remove(key) {
                None | Some(serde_json::Value::Null) => Ok(Vec::new()),
                Some(v) => serde_json::from_value::<Vec<String>>(v).map_err(|_| key.to_string()),
            }
        };
        let fields = (|| {
            Ok::<_, String>((
                take("name")?,
                take("alias")?,
                take("previousName")?,
                take("weakAlias")?,
            ))
        })();
        let (mut names, alias, previous, weak) = match fields {
            Ok(f) => f,
            Err(key) => {
                emitter.skip(
                    &origin,
                    line_no,
                    &format!("properties.{key}"),
                    "not a list of strings",
                    &entity.id,
                );
                continue;
            }
        };
        let caption = entity.caption.filter(|c| !c.trim().is_empty());
        let name = match caption {
            Some(c) => c,
            None if !names.is_empty() => names.remove(0),
            None => String::new(),
        };
        names.extend(alias);
        names.extend(previous);
        let record = Record {
            id: entity.id,
            name,
            kind: Some(kind),
            aliases: names,
            weak_aliases: weak,
        };
        emitter.emit(record, &origin, line_no)?;
    }
    Ok(())
}
