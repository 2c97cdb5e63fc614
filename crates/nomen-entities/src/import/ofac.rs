//! The OFAC SDN "classic" CSV importer (`--format ofac`).
//!
//! The files have no header row; `-0-` (with trailing spaces) means empty; the last line
//! may be a single 0x1A (end-of-file) byte. Bytes that are not UTF-8 are read as Latin-1.
//! Each file given is recognised by its number of columns, whatever its name and order:
//!
//! * 12 columns: `sdn.csv` (or `cons_prim.csv`): `ent_num, SDN_Name, SDN_Type, Program,
//!   Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks`;
//! * 5 columns: `alt.csv`: `ent_num, alt_num, alt_type, alt_name, alt_remarks`: every
//!   alternate name (`aka`, `fka`, `nka`) becomes an alias of the entity `ent_num`;
//! * 6 columns: `add.csv` (addresses): ignored, with a note.
//!
//! Ids are `ofac-<ent_num>`. `SDN_Type` `individual` gives a person, `vessel` and
//! `aircraft` other, empty an organization. An individual's name is written
//! `LAST NAMES, Given Names` (`MADURO MOROS, Nicolas`): the entity's name is the
//! given names first with the surnames' capitals lowered (`Nicolas Maduro Moros`), and
//! the name as written is kept as an alias (its comma tells the linker which words are
//! surnames, so `Maduro Moros` and `Nicolás Maduro` are found). Other names are kept as
//! written. The weak a.k.a.s OFAC writes in the free-text remarks are not read.

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use super::{display_person_name, origin, Emitter, ImportError, Record};
use crate::Kind;

/// What an OFAC file holds, told by its number of columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Sdn,
    Alt,
    Add,
    Empty,
}

const SDN_COLUMNS: usize = 12;
const ALT_COLUMNS: usize = 5;
const ADD_COLUMNS: usize = 6;

/// Reads the OFAC files into `emitter`: first the alias files, then the entity files in
/// the order given.
pub(crate) fn read(files: &[PathBuf], emitter: &mut Emitter) -> Result<(), ImportError> {
    let mut sdn = Vec::new();
    let mut aliases: HashMap<u64, Vec<String>> = HashMap::new();
    let mut alt_files = 0;
    for path in files {
        match classify(path)? {
            FileKind::Sdn => sdn.push(path),
            FileKind::Alt => {
                read_alt(path, &mut aliases, emitter)?;
                alt_files += 1;
            }
            FileKind::Add => emitter.summary.notes.push(format!(
                "{}: an OFAC address file (add.csv): ignored",
                origin(path)
            )),
            FileKind::Empty => emitter
                .summary
                .notes
                .push(format!("{}: no records: ignored", origin(path))),
        }
    }
    if sdn.is_empty() {
        return Err(ImportError::new(
            &files
                .iter()
                .map(|p| origin(p))
                .collect::<Vec<_>>()
                .join(", "),
            0,
            "no OFAC sdn.csv among the files (a file of 12 columns)",
        ));
    }
    if alt_files == 0 {
        emitter
            .summary
            .notes
            .push("no OFAC alt.csv given: entities have no aliases but their written names".into());
    }
    for path in sdn {
        read_sdn(path, &mut aliases, emitter)?;
    }
    let orphans: usize = aliases.values().map(Vec::len).sum();
    if orphans > 0 {
        emitter.summary.notes.push(format!(
            "{orphans} alternate names of {} ent_nums not in the sdn files: ignored",
            aliases.len()
        ));
    }
    Ok(())
}

/// A reader of an OFAC CSV file: no header, any number of columns.
fn open(path: &Path) -> Result<::csv::Reader<super::NoCr<std::io::BufReader<File>>>, ImportError> {
    let file = File::open(path)
        .map_err(|e| ImportError::new(&origin(path), 0, format!("cannot read file: {e}")))?;
    Ok(::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(super::NoCr::new(std::io::BufReader::new(file))))
}

/// Reads the next record, skipping the end-of-file marker; `Ok(None)` at the end. An
/// unreadable row is reported as a skip and the next one read.
fn next_record(
    reader: &mut ::csv::Reader<super::NoCr<std::io::BufReader<File>>>,
    row: &mut ::csv::ByteRecord,
    origin: &str,
    mut emitter: Option<&mut Emitter>,
) -> Result<Option<u64>, ImportError> {
    loop {
        let line = reader.position().line();
        match reader.read_byte_record(row) {
            Ok(false) => return Ok(None),
            Ok(true) => {
                let line = row.position().map_or(line, |p| p.line());
                if row.len() == 1 && field(row, 0).is_empty() {
                    continue; // the 0x1A end-of-file byte, or a blank line
                }
                return Ok(Some(line));
            }
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line());
                match (e.kind(), emitter.as_deref_mut()) {
                    (::csv::ErrorKind::Io(io), _) => {
                        return Err(ImportError::new(
                            origin,
                            line,
                            format!("cannot read file: {io}"),
                        ))
                    }
                    (_, Some(emitter)) => {
                        emitter.skip(origin, line, "-", "invalid CSV row", &e.to_string())
                    }
                    (_, None) => return Err(ImportError::new(origin, line, e.to_string())),
                }
            }
        }
    }
}

/// Tells what `path` holds from its first record.
fn classify(path: &Path) -> Result<FileKind, ImportError> {
    let origin = origin(path);
    let mut reader = open(path)?;
    let mut row = ::csv::ByteRecord::new();
    let Some(line) = next_record(&mut reader, &mut row, &origin, None)? else {
        return Ok(FileKind::Empty);
    };
    match row.len() {
        SDN_COLUMNS => Ok(FileKind::Sdn),
        ALT_COLUMNS => Ok(FileKind::Alt),
        ADD_COLUMNS => Ok(FileKind::Add),
        n => Err(ImportError::new(
            &origin,
            line,
            format!(
                "not an OFAC SDN file: the first record has {n} fields (sdn.csv has {SDN_COLUMNS}, alt.csv {ALT_COLUMNS}, add.csv {ADD_COLUMNS})"
            ),
        )),
    }
}

/// Field `i` of `row`, decoded (UTF-8, else Latin-1), trimmed, `-0-` and 0x1A as empty.
fn field(row: &::csv::ByteRecord, i: usize) -> String {
    let bytes = row.get(i).unwrap_or(b"");
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    };
    let trimmed = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{1a}');
    if trimmed == "-0-" {
        String::new()
    } else {
        trimmed.to_string()
    }
}

/// Parses `ent_num`, or reports the record as skipped.
fn ent_num(row: &::csv::ByteRecord, origin: &str, line: u64, emitter: &mut Emitter) -> Option<u64> {
    let cell = field(row, 0);
    match cell.parse::<u64>() {
        Ok(n) => Some(n),
        Err(_) => {
            emitter.skip(
                origin,
                line,
                "ent_num",
                "ent_num is not a number",
                &format!("{cell:?}"),
            );
            None
        }
    }
}

/// Reads the rows of one OFAC file (`file`: its usual name, for messages) that have
/// `columns` fields and a numeric `ent_num`, passing each with its origin, line and
/// `ent_num` to `each`; other rows are reported and skipped.
fn for_each_row(
    path: &Path,
    file: &str,
    columns: usize,
    emitter: &mut Emitter,
    mut each: impl FnMut(&::csv::ByteRecord, &str, u64, u64, &mut Emitter) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let origin = origin(path);
    let mut reader = open(path)?;
    let mut row = ::csv::ByteRecord::new();
    while let Some(line) = next_record(&mut reader, &mut row, &origin, Some(emitter))? {
        if row.len() != columns {
            emitter.skip(
                &origin,
                line,
                "-",
                "wrong number of fields",
                &format!("{} ({file} has {columns})", row.len()),
            );
            continue;
        }
        let Some(num) = ent_num(&row, &origin, line, emitter) else {
            continue;
        };
        each(&row, &origin, line, num, emitter)?;
    }
    Ok(())
}

/// Reads `alt.csv`: alternate names by `ent_num`.
fn read_alt(
    path: &Path,
    aliases: &mut HashMap<u64, Vec<String>>,
    emitter: &mut Emitter,
) -> Result<(), ImportError> {
    for_each_row(
        path,
        "alt.csv",
        ALT_COLUMNS,
        emitter,
        |row, origin, line, num, emitter| {
            let name = field(row, 3);
            if name.is_empty() {
                emitter.skip(
                    origin,
                    line,
                    "alt_name",
                    "empty name",
                    &format!("ent_num {num}"),
                );
            } else {
                aliases.entry(num).or_default().push(name);
            }
            Ok(())
        },
    )
}

/// Reads `sdn.csv`, joining the aliases (taken out of `aliases`).
fn read_sdn(
    path: &Path,
    aliases: &mut HashMap<u64, Vec<String>>,
    emitter: &mut Emitter,
) -> Result<(), ImportError> {
    for_each_row(
        path,
        "sdn.csv",
        SDN_COLUMNS,
        emitter,
        |row, origin, line, num, emitter| {
            let sdn_type = field(row, 2).to_lowercase();
            let kind = match sdn_type.as_str() {
                "individual" => Kind::Person,
                "vessel" | "aircraft" => Kind::Other,
                "" => Kind::Organization,
                _ => {
                    emitter.skip(origin, line, "SDN_Type", "unknown SDN type", &sdn_type);
                    return Ok(());
                }
            };
            let written = field(row, 1);
            let mut record = Record {
                id: format!("ofac-{num}"),
                kind: Some(kind),
                aliases: aliases.remove(&num).unwrap_or_default(),
                ..Record::default()
            };
            if kind == Kind::Person {
                record.name = natural_order(&written);
                record.aliases.insert(0, written);
            } else {
                record.name = written;
            }
            emitter.emit(record, origin, line)
        },
    )
}

/// `LAST NAMES, Given Names` as `Given Names Last Names`, capitals lowered (see
/// [`display_person_name`]); a name without a comma only gets its capitals lowered.
fn natural_order(written: &str) -> String {
    match written.split_once(',') {
        Some((last, given)) if !last.trim().is_empty() && !given.trim().is_empty() => {
            display_person_name(&format!("{} {}", given.trim(), last.trim()))
        }
        _ => display_person_name(written),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order_of_individuals() {
        assert_eq!(
            natural_order("MADURO MOROS, Nicolas"),
            "Nicolas Maduro Moros"
        );
        assert_eq!(
            natural_order("FLORES DE MADURO, Cilia Adela"),
            "Cilia Adela Flores de Maduro"
        );
        assert_eq!(natural_order("AL-BAGHDADI"), "Al-Baghdadi");
        assert_eq!(natural_order("SMITH,"), "Smith,");
    }

    #[test]
    fn fields_decode_and_empty() {
        let row = ::csv::ByteRecord::from(vec![&b"12 "[..], b"-0- ", b"CAF\xc9", b"\x1a"]);
        assert_eq!(field(&row, 0), "12");
        assert_eq!(field(&row, 1), "");
        assert_eq!(field(&row, 2), "CAFÉ");
        assert_eq!(field(&row, 3), "");
        assert_eq!(field(&row, 9), "");
    }
}
