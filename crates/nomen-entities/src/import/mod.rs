//! Importers: convert the lists users already have into gazetteer JSON Lines.
//!
//! [`import`] reads files in one of four [`Format`]s and writes one entity a line in the
//! format [`crate::Gazetteer`] loads:
//!
//! * [`Format::Csv`]: a CSV file with a header row naming the columns `id`, `name`,
//!   `kind` and `aliases` (see [`csv`]).
//! * [`Format::Ofac`]: the OFAC SDN "classic" CSV files `sdn.csv` and `alt.csv`
//!   (see [`ofac`]).
//! * [`Format::Un`]: the UN Security Council consolidated list XML (see [`un`]).
//! * [`Format::Ftm`]: FollowTheMoney entity JSON Lines as published by OpenSanctions
//!   (see [`ftm`]).
//!
//! Every importer streams its input: a record is converted and written before the next
//! one is read (the OFAC importer holds the aliases of `alt.csv` in memory, a small
//! file, to join them to `sdn.csv`). Whatever the format, [`import`]:
//!
//! * removes, inside one entity, names that fold to the same tokens as an earlier one
//!   (`MADURO` and `Maduro`; case, accents and punctuation, not scripts) and names that
//!   fold to nothing;
//! * skips a record whose name is empty or whose id was already written, and any record
//!   the format's reader finds invalid, and reports each ([`Skip`]: file, line, field,
//!   reason) in the [`Summary`];
//! * keeps *weak* aliases (UN `QUALITY` low, FtM `weakAlias`) out of `aliases` by
//!   default: they are short or ambiguous (`Abu Ali`, `Hajji`), and a name in `aliases`
//!   is linked in running text. They are written in an extra field `weak_aliases`
//!   (kept by the gazetteer, not linked); [`Options::weak_aliases`] links them too.
//!
//! An error that stops the import (a file that cannot be read, that is not in the
//! format, broken XML) is an [`ImportError`] naming the file and line.

pub mod csv;
pub mod ftm;
pub mod ofac;
pub mod un;

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use nomen_fold::Folder;

use crate::{Entity, Kind};

/// The formats [`import`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV with a header row: `id`, `name`, `kind`, `aliases` (`;`-separated).
    Csv,
    /// OFAC SDN classic CSV: `sdn.csv` and optionally `alt.csv` (and `add.csv`, ignored).
    Ofac,
    /// The UN Security Council consolidated list XML.
    Un,
    /// FollowTheMoney entities, one JSON object a line.
    Ftm,
}

impl Format {
    /// The name used on the command line and in the output's `source` field.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Ofac => "ofac",
            Format::Un => "un",
            Format::Ftm => "ftm",
        }
    }
}

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Write weak aliases into `aliases` (linked in running text) instead of the
    /// unlinked extra field `weak_aliases`. Default: false.
    pub weak_aliases: bool,
    /// The kind of a CSV record whose `kind` cell is empty or whose file has no `kind`
    /// column. Default: none (such a record is skipped).
    pub default_kind: Option<Kind>,
}

/// A record that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    /// The file.
    pub origin: String,
    /// 1-based line where the record starts (0 when unknown).
    pub line: u64,
    /// The field at fault (`name`, `kind`, `ent_num`, ...).
    pub field: String,
    /// What is wrong, in a few words; the same words for the same problem, so that
    /// [`Summary::skipped_by_reason`] can count them.
    pub reason: String,
    /// The offending value or more detail, possibly empty.
    pub detail: String,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: field {:?}: {}",
            self.origin, self.line, self.field, self.reason
        )?;
        if !self.detail.is_empty() {
            write!(f, ": {}", self.detail)?;
        }
        Ok(())
    }
}

/// At most this many skipped records are kept with their details in a [`Summary`]; all
/// are counted.
pub const MAX_SKIP_DETAILS: usize = 50;

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Entities written, by kind.
    pub written: BTreeMap<&'static str, usize>,
    /// Aliases written (in `aliases`).
    pub aliases: usize,
    /// Weak aliases written in the extra field `weak_aliases`.
    pub weak_aliases: usize,
    /// Names dropped inside entities because they repeat another name of the entity
    /// once folded. (Empty cells and empty `;`-separated parts are no names: not
    /// counted anywhere.)
    pub duplicate_names: usize,
    /// Names dropped inside entities because they fold to nothing (no letter or digit:
    /// `--`, `()`).
    pub empty_names: usize,
    /// Aliases dropped because they are longer than [`crate::MAX_NAME_BYTES`] (a text
    /// in a name field; the gazetteer would refuse them).
    pub long_aliases: usize,
    /// Records skipped, by reason.
    pub skipped_by_reason: BTreeMap<String, usize>,
    /// The first [`MAX_SKIP_DETAILS`] skipped records.
    pub skipped: Vec<Skip>,
    /// Records not imported on purpose (`FtM schema Address`: 12), by what they are.
    pub not_imported: BTreeMap<String, usize>,
    /// Other remarks about the input (files ignored, aliases without an entity).
    pub notes: Vec<String>,
}

impl Summary {
    /// Entities written, all kinds.
    pub fn entities(&self) -> usize {
        self.written.values().sum()
    }

    /// Records skipped, all reasons.
    pub fn skipped_total(&self) -> usize {
        self.skipped_by_reason.values().sum()
    }

    fn skip(&mut self, skip: Skip) {
        *self
            .skipped_by_reason
            .entry(skip.reason.clone())
            .or_default() += 1;
        if self.skipped.len() < MAX_SKIP_DETAILS {
            self.skipped.push(skip);
        }
    }
}

/// An error that stops an import, with the file and line it is about.
#[derive(Debug)]
pub struct ImportError {
    /// The file (or the output, for a write error).
    pub origin: String,
    /// 1-based line; 0 when the error is about the whole file.
    pub line: u64,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.origin, self.message)
        } else {
            write!(f, "{}:{}: {}", self.origin, self.line, self.message)
        }
    }
}

impl std::error::Error for ImportError {}

impl ImportError {
    pub(crate) fn new(origin: &str, line: u64, message: impl Into<String>) -> ImportError {
        ImportError {
            origin: origin.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// Imports `files` in `format` and writes gazetteer JSON Lines to `out`: first a comment
/// line naming the format and the files, then one entity a line, in input order. The
/// output depends only on the inputs and `options`.
pub fn import(
    format: Format,
    files: &[PathBuf],
    options: &Options,
    out: &mut dyn Write,
) -> Result<Summary, ImportError> {
    // Every input must open before the first byte is written: a missing file would
    // otherwise leave a header and part of a gazetteer on standard output.
    for path in files {
        check_readable(path)?;
    }
    let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let mut emitter = Emitter::new(format, options, out);
    emitter.write_header(&names)?;
    match format {
        Format::Csv => {
            for path in files {
                csv::read(path, options, &mut emitter)?;
            }
        }
        Format::Ofac => ofac::read(files, &mut emitter)?,
        Format::Un => {
            for path in files {
                un::read(path, &mut emitter)?;
            }
        }
        Format::Ftm => {
            for path in files {
                ftm::read(path, &mut emitter)?;
            }
        }
    }
    emitter.flush()?;
    Ok(emitter.summary)
}

/// One entity as a format's reader hands it over, before cleaning.
#[derive(Debug, Default)]
pub(crate) struct Record {
    pub id: String,
    pub name: String,
    pub kind: Option<Kind>,
    pub aliases: Vec<String>,
    pub weak_aliases: Vec<String>,
}

/// Cleans records and writes them: the part of an import common to all formats.
pub(crate) struct Emitter<'a> {
    format: Format,
    weak_as_aliases: bool,
    out: &'a mut dyn Write,
    ids: HashSet<String>,
    folder: Folder,
    line: Vec<u8>,
    pub summary: Summary,
}

impl<'a> Emitter<'a> {
    fn new(format: Format, options: &Options, out: &'a mut dyn Write) -> Emitter<'a> {
        Emitter {
            format,
            weak_as_aliases: options.weak_aliases,
            out,
            ids: HashSet::new(),
            // Names that differ only in case, accents or punctuation are repeats; a
            // name in another script is kept (not romanised) though the linker would
            // find it through the romanised one: it is what the list published.
            folder: Folder::builder().transliterate(false).build(),
            line: Vec::with_capacity(512),
            summary: Summary::default(),
        }
    }

    fn write_header(&mut self, files: &[String]) -> Result<(), ImportError> {
        let line = format!(
            "# nomen gazetteer imported by `nomen entities import --format {}` from: {}\n",
            self.format.as_str(),
            files.join(", ")
        );
        self.out
            .write_all(line.as_bytes())
            .map_err(|e| ImportError::new("output", 0, format!("cannot write: {e}")))
    }

    fn flush(&mut self) -> Result<(), ImportError> {
        self.out
            .flush()
            .map_err(|e| ImportError::new("output", 0, format!("cannot write: {e}")))
    }

    /// Records a skipped record.
    pub fn skip(&mut self, origin: &str, line: u64, field: &str, reason: &str, detail: &str) {
        self.summary.skip(Skip {
            origin: origin.to_string(),
            line,
            field: field.to_string(),
            reason: reason.to_string(),
            detail: detail.to_string(),
        });
    }

    /// Counts a record not imported on purpose.
    pub fn not_imported(&mut self, what: String) {
        *self.summary.not_imported.entry(what).or_default() += 1;
    }

    /// The folded tokens of `name`, joined by spaces (empty when it has none).
    fn key(&self, name: &str) -> String {
        let tokens = self.folder.tokenize(name);
        let mut key = String::with_capacity(name.len());
        for (i, (token, _)) in tokens.iter().enumerate() {
            if i > 0 {
                key.push(' ');
            }
            key.push_str(token);
        }
        key
    }

    /// Cleans `record` (trims names, drops repeated and empty ones) and writes it, or
    /// skips it (empty id or name, no kind, id already written), naming `origin` and
    /// `line` in the report.
    pub fn emit(&mut self, record: Record, origin: &str, line: u64) -> Result<(), ImportError> {
        let id = record.id.trim();
        if id.is_empty() {
            self.skip(origin, line, "id", "empty id", "");
            return Ok(());
        }
        if id.len() > crate::MAX_NAME_BYTES {
            self.skip(origin, line, "id", "id too long", &too_long(id.len()));
            return Ok(());
        }
        let name = record.name.trim();
        if name.len() > crate::MAX_NAME_BYTES {
            self.skip(
                origin,
                line,
                "name",
                "name too long",
                &format!("entity {id:?}: {}", too_long(name.len())),
            );
            return Ok(());
        }
        let name_key = self.key(name);
        if name_key.is_empty() {
            self.skip(
                origin,
                line,
                "name",
                "empty name",
                &format!("entity {id:?}"),
            );
            return Ok(());
        }
        let Some(kind) = record.kind else {
            self.skip(
                origin,
                line,
                "kind",
                "empty kind",
                &format!("entity {id:?}"),
            );
            return Ok(());
        };
        if self.ids.contains(id) {
            self.skip(origin, line, "id", "duplicate id", id);
            return Ok(());
        }
        let mut seen: HashSet<String> = HashSet::new();
        seen.insert(name_key);
        let (strong, weak) = if self.weak_as_aliases {
            let mut all = record.aliases;
            all.extend(record.weak_aliases);
            (all, Vec::new())
        } else {
            (record.aliases, record.weak_aliases)
        };
        let aliases = self.unique(strong, &mut seen);
        let weak = self.unique(weak, &mut seen);
        self.summary.aliases += aliases.len();
        self.summary.weak_aliases += weak.len();
        *self.summary.written.entry(kind.as_str()).or_default() += 1;

        let mut extra = serde_json::Map::new();
        extra.insert(
            "source".to_string(),
            serde_json::Value::String(self.format.as_str().to_string()),
        );
        if !weak.is_empty() {
            extra.insert(
                "weak_aliases".to_string(),
                serde_json::Value::Array(weak.into_iter().map(serde_json::Value::String).collect()),
            );
        }
        let entity = Entity {
            id: id.to_string(),
            name: name.to_string(),
            kind,
            aliases,
            extra,
        };
        self.line.clear();
        serde_json::to_writer(&mut self.line, &entity)
            .map_err(|e| ImportError::new(origin, line, format!("cannot serialize: {e}")))?;
        self.line.push(b'\n');
        self.out
            .write_all(&self.line)
            .map_err(|e| ImportError::new("output", 0, format!("cannot write: {e}")))?;
        self.ids.insert(entity.id);
        Ok(())
    }

    /// `names` trimmed, without blank ones, those whose folded tokens are in `seen`
    /// (which gets the new ones) and those that fold to nothing.
    fn unique(&mut self, names: Vec<String>, seen: &mut HashSet<String>) -> Vec<String> {
        let mut out = Vec::with_capacity(names.len());
        for name in names {
            let trimmed = name.trim();
            if trimmed.len() > crate::MAX_NAME_BYTES {
                self.summary.long_aliases += 1;
                continue;
            }
            if trimmed.is_empty() {
                continue;
            }
            let key = self.key(trimmed);
            if key.is_empty() {
                self.summary.empty_names += 1;
                continue;
            }
            if !seen.insert(key) {
                self.summary.duplicate_names += 1;
                continue;
            }
            out.push(if trimmed.len() == name.len() {
                name
            } else {
                trimmed.to_string()
            });
        }
        out
    }
}

/// The detail of a skip for a value of `bytes` bytes over [`crate::MAX_NAME_BYTES`].
fn too_long(bytes: usize) -> String {
    format!("{bytes} bytes, over the limit of {}", crate::MAX_NAME_BYTES)
}

/// A reader that drops carriage returns, so that CRLF files (OFAC's, spreadsheets')
/// read as LF files: the csv crate counts the line of a record that follows a CRLF
/// one short. A carriage return inside a quoted cell is dropped too, harmless in names.
pub(crate) struct NoCr<R> {
    inner: R,
}

impl<R: std::io::Read> NoCr<R> {
    pub(crate) fn new(inner: R) -> NoCr<R> {
        NoCr { inner }
    }
}

impl<R: std::io::Read> std::io::Read for NoCr<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            let n = self.inner.read(buf)?;
            if n == 0 {
                return Ok(0);
            }
            let mut kept = 0;
            for i in 0..n {
                if buf[i] != b'\r' {
                    buf[kept] = buf[i];
                    kept += 1;
                }
            }
            // A chunk of only carriage returns is not the end of the input.
            if kept > 0 {
                return Ok(kept);
            }
        }
    }
}

/// `path` as it is named in errors and skips.
pub(crate) fn origin(path: &Path) -> String {
    path.display().to_string()
}

/// An error naming `path` unless it is a file that opens for reading.
fn check_readable(path: &Path) -> Result<(), ImportError> {
    let cannot = |reason: String| ImportError::new(&origin(path), 0, reason);
    let file = File::open(path).map_err(|e| cannot(format!("cannot read file: {e}")))?;
    match file.metadata() {
        Ok(md) if md.is_dir() => Err(cannot("is a directory, not a file".into())),
        Ok(_) => Ok(()),
        Err(e) => Err(cannot(format!("cannot read file: {e}"))),
    }
}

/// A person's name written for display: words written all in capitals (`MADURO`,
/// `AL-TIKRITI`, `O'BRIEN`) get an initial capital (`Maduro`, `Al-Tikriti`,
/// `O'Brien`); particles after the first word in lower case (`Flores de Maduro`);
/// suffixes (`II`, `JR`) and words with lowercase letters are left alone.
pub(crate) fn display_person_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (i, word) in name.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = letters >= 2 && !word.chars().any(|c| c.is_lowercase());
        let folded = nomen_fold::fold(word);
        if !all_caps || crate::name::is_suffix(&folded) {
            out.push_str(word);
        } else if i > 0 && crate::name::is_particle(&folded) {
            out.extend(word.chars().flat_map(char::to_lowercase));
        } else {
            // Capital after the start, a hyphen or an apostrophe; lower case elsewhere.
            let mut capital = true;
            for c in word.chars() {
                if c.is_alphabetic() {
                    if capital {
                        out.extend(c.to_uppercase());
                    } else {
                        out.extend(c.to_lowercase());
                    }
                    capital = false;
                } else {
                    out.push(c);
                    capital = matches!(c, '-' | '\'' | '’');
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_cr_drops_carriage_returns() {
        use std::io::Read;
        let mut out = String::new();
        NoCr::new(&b"a,b\r\n\r\r\nc\r\n"[..])
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, "a,b\n\nc\n");
    }

    #[test]
    fn person_names_for_display() {
        assert_eq!(
            display_person_name("Nicolas MADURO MOROS"),
            "Nicolas Maduro Moros"
        );
        assert_eq!(
            display_person_name("Cilia Adela FLORES DE MADURO"),
            "Cilia Adela Flores de Maduro"
        );
        assert_eq!(
            display_person_name("SADDAM HUSSEIN AL-TIKRITI"),
            "Saddam Hussein Al-Tikriti"
        );
        assert_eq!(display_person_name("SEAN O'BRIEN III"), "Sean O'Brien III");
        assert_eq!(display_person_name("DE LA CRUZ, Juan"), "De la Cruz, Juan");
        assert_eq!(display_person_name("Joaquín  Guzmán"), "Joaquín Guzmán");
    }

    fn run(records: Vec<Record>, options: &Options) -> (String, Summary) {
        let mut out = Vec::new();
        let mut emitter = Emitter::new(Format::Csv, options, &mut out);
        for (i, r) in records.into_iter().enumerate() {
            emitter.emit(r, "f.csv", i as u64 + 2).unwrap();
        }
        let summary = std::mem::take(&mut emitter.summary);
        (String::from_utf8(out).unwrap(), summary)
    }

    fn record(id: &str, name: &str, aliases: &[&str], weak: &[&str]) -> Record {
        Record {
            id: id.into(),
            name: name.into(),
            kind: Some(Kind::Person),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            weak_aliases: weak.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn emitter_cleans_dedupes_and_skips() {
        let records = vec![
            record(
                "a",
                " Nicolás Maduro ",
                &["NICOLAS MADURO", "Maduro Moros", "", "--", "maduro moros"],
                &["Nico", "nico", "Maduro Moros"],
            ),
            record("a", "Someone Else", &[], &[]),
            record("", "No Id", &[], &[]),
            record("b", " ... ", &[], &[]),
            Record {
                kind: None,
                ..record("c", "No Kind", &[], &[])
            },
        ];
        let (out, summary) = run(records, &Options::default());
        assert_eq!(
            out,
            "{\"id\":\"a\",\"name\":\"Nicolás Maduro\",\"kind\":\"person\",\"aliases\":[\"Maduro Moros\"],\"source\":\"csv\",\"weak_aliases\":[\"Nico\"]}\n"
        );
        assert_eq!(summary.entities(), 1);
        assert_eq!(summary.aliases, 1);
        assert_eq!(summary.weak_aliases, 1);
        // Repeats: NICOLAS MADURO, maduro moros, nico, the weak Maduro Moros; "--" has
        // no letters; "" is no name at all.
        assert_eq!(summary.duplicate_names, 4);
        assert_eq!(summary.empty_names, 1);
        let reasons: Vec<(&str, usize)> = summary
            .skipped_by_reason
            .iter()
            .map(|(r, n)| (r.as_str(), *n))
            .collect();
        assert_eq!(
            reasons,
            [
                ("duplicate id", 1),
                ("empty id", 1),
                ("empty kind", 1),
                ("empty name", 1)
            ]
        );
        assert_eq!(
            summary.skipped[0].to_string(),
            "f.csv:3: field \"id\": duplicate id: a"
        );
    }

    #[test]
    fn weak_aliases_can_be_linked() {
        let options = Options {
            weak_aliases: true,
            ..Options::default()
        };
        let (out, summary) = run(
            vec![record("a", "Ali Hassan", &["A. Hassan"], &["Abu Ali"])],
            &options,
        );
        assert!(
            out.contains("\"aliases\":[\"A. Hassan\",\"Abu Ali\"]"),
            "{out}"
        );
        assert!(!out.contains("weak_aliases"));
        assert_eq!(summary.aliases, 2);
    }

    #[test]
    fn names_over_the_gazetteer_limit_are_left_out() {
        let long = "word ".repeat(1000);
        let (out, summary) = run(
            vec![
                record("a", "Ana Pérez", &[&long, "Ana P. Pérez"], &[&long]),
                record("b", &long, &[], &[]),
                record(&"i".repeat(5000), "Ana Pérez", &[], &[]),
            ],
            &Options::default(),
        );
        assert_eq!(
            out,
            "{\"id\":\"a\",\"name\":\"Ana Pérez\",\"kind\":\"person\",\"aliases\":[\"Ana P. Pérez\"],\"source\":\"csv\"}\n"
        );
        assert_eq!(summary.long_aliases, 2);
        assert_eq!(
            summary.skipped[0].to_string(),
            "f.csv:3: field \"name\": name too long: entity \"b\": 4999 bytes, over the limit of 4096"
        );
        assert_eq!(
            summary.skipped[1].to_string(),
            "f.csv:4: field \"id\": id too long: 5000 bytes, over the limit of 4096"
        );
        crate::Gazetteer::from_jsonl_str(&out, "out").unwrap();
    }

    #[test]
    fn output_loads_as_a_gazetteer() {
        let (out, _) = run(
            vec![
                record("a", "Nicolás Maduro", &["Мадуро"], &["Nico"]),
                record("b", "Ana Pérez", &[], &[]),
            ],
            &Options::default(),
        );
        let g = crate::Gazetteer::from_jsonl_str(&out, "out").unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(
            g.get("a").unwrap().extra["weak_aliases"],
            serde_json::json!(["Nico"])
        );
    }
}
