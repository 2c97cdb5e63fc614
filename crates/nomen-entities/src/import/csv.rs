//! The generic CSV importer (`--format csv`).
//!
//! The first row is a header naming the columns, in any order and case: `id` and `name`
//! are required, `kind` (`person`, `organization` or `organisation`, `place`, `other`)
//! and `aliases` (several separated by `;`) are optional; other columns are ignored.
//! Cells are trimmed. A record with an empty `id` or `name` cell is skipped; so is one
//! whose `kind` is empty or missing, unless a default kind is given
//! ([`Options::default_kind`]), and one with an unknown kind. Empty aliases (`a;;b`) are
//! dropped. Rows may have fewer cells than the header (missing cells are empty).

use std::fs::File;
use std::path::Path;

use super::{origin, Emitter, ImportError, Options, Record};
use crate::Kind;

/// Column positions found in the header.
struct Columns {
    id: usize,
    name: usize,
    kind: Option<usize>,
    aliases: Option<usize>,
}

/// Parses a kind as written in a CSV cell (any case).
pub fn parse_kind(cell: &str) -> Option<Kind> {
    match cell.trim().to_lowercase().as_str() {
        "person" => Some(Kind::Person),
        "organization" | "organisation" => Some(Kind::Organization),
        "place" => Some(Kind::Place),
        "other" => Some(Kind::Other),
        _ => None,
    }
}

/// Reads one CSV file into `emitter`.
pub(crate) fn read(
    path: &Path,
    options: &Options,
    emitter: &mut Emitter,
) -> Result<(), ImportError> {
    let origin = origin(path);
    let file = File::open(path)
        .map_err(|e| ImportError::new(&origin, 0, format!("cannot read file: {e}")))?;
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(super::NoCr::new(std::io::BufReader::new(file)));
    let headers = reader
        .headers()
        .map_err(|e| ImportError::new(&origin, 1, format!("header row: {}", csv_message(&e))))?
        .clone();
    let find = |want: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(want))
    };
    let missing = |col: &str| {
        ImportError::new(
            &origin,
            1,
            format!(
                "header row: no column {col:?} (found: {})",
                headers.iter().collect::<Vec<_>>().join(", ")
            ),
        )
    };
    let columns = Columns {
        id: find("id").ok_or_else(|| missing("id"))?,
        name: find("name").ok_or_else(|| missing("name"))?,
        kind: find("kind"),
        aliases: find("aliases"),
    };
    let mut row = ::csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut row) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line());
                if matches!(e.kind(), ::csv::ErrorKind::Io(_)) {
                    return Err(ImportError::new(&origin, line, csv_message(&e)));
                }
                emitter.skip(&origin, line, "-", "invalid CSV row", &csv_message(&e));
                continue;
            }
        }
        let line = row.position().map_or(line, |p| p.line());
        let cell = |i: usize| row.get(i).unwrap_or("");
        let kind_cell = columns.kind.map_or("", cell);
        let kind = if kind_cell.is_empty() {
            options.default_kind
        } else {
            match parse_kind(kind_cell) {
                Some(kind) => Some(kind),
                None => {
                    emitter.skip(&origin, line, "kind", "unknown kind", kind_cell);
                    continue;
                }
            }
        };
        let aliases = columns.aliases.map_or("", cell);
        let record = Record {
            id: cell(columns.id).to_string(),
            name: cell(columns.name).to_string(),
            kind,
            aliases: aliases.split(';').map(str::to_string).collect(),
            weak_aliases: Vec::new(),
        };
        emitter.emit(record, &origin, line)?;
    }
    Ok(())
}

/// The csv crate's message without its own position (we give the line).
fn csv_message(e: &::csv::Error) -> String {
    match e.kind() {
        ::csv::ErrorKind::Utf8 { err, .. } => format!("invalid UTF-8 in field {}", err.field() + 1),
        ::csv::ErrorKind::Io(io) => format!("cannot read file: {io}"),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(parse_kind(" Person "), Some(Kind::Person));
        assert_eq!(parse_kind("organisation"), Some(Kind::Organization));
        assert_eq!(parse_kind("ORGANIZATION"), Some(Kind::Organization));
        assert_eq!(parse_kind("robot"), None);
    }
}
