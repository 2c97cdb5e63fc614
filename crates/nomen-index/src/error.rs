//! The errors of nomen-index: precise values whose `Display` names the offending
//! file, line, field or value.

use std::fmt;
use std::path::PathBuf;

/// Where a record came from: a file path or standard input.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Origin {
    /// A file, as named on the command line or found in a directory.
    File(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File(path) => write!(f, "{}", path.display()),
            Origin::Stdin => f.write_str("<stdin>"),
        }
    }
}

/// One input record that was rejected (and skipped), or a file that could not be
/// read: where it is and why.
///
/// `Display`: `articles.jsonl:14: field "body": expected a string, found a number`;
/// without the line when it is about the whole file (`line` 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    /// The file (or standard input) holding the record.
    pub origin: Origin,
    /// 1-based line number of the record (1 for a `.txt` file); 0 when the error is
    /// about the whole file (it could not be opened).
    pub line: u64,
    /// The field at fault, when one is.
    pub field: Option<&'static str>,
    /// What is wrong, one lowercase clause.
    pub reason: String,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        f.write_str(": ")?;
        if let Some(field) = self.field {
            write!(f, "field \"{field}\": ")?;
        }
        f.write_str(&self.reason)
    }
}

impl std::error::Error for RecordError {}

/// Everything that can go wrong in nomen-index. A single bad input record is not an
/// error of the ingest: it is a [`RecordError`] passed to the observer and counted
/// in the summary.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An I/O error on a file or directory. (The I/O error is part of the message,
    /// not a `source`, so that a printed chain does not repeat it.)
    #[error("{}: {error}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        error: std::io::Error,
    },
    /// tantivy failed on the index in `dir`.
    #[error("index {}: {message}", dir.display())]
    Tantivy {
        /// The index directory.
        dir: PathBuf,
        /// tantivy's message.
        message: String,
    },
    /// Another process writes the index (it holds the writer lock, see
    /// [`crate::lock`]).
    #[error(
        "index {} is locked by another nomen process (a `nomen index` still running?); \
         wait for it to end, or write into another directory",
        dir.display()
    )]
    Locked {
        /// The index directory.
        dir: PathBuf,
    },
    /// The directory holds no nomen index.
    #[error("{}: no nomen index here (no nomen.json); build one with `nomen index`", dir.display())]
    NotAnIndex {
        /// The directory.
        dir: PathBuf,
    },
    /// The index path, or a directory above it, is a file: an index is a directory.
    #[error("{}", not_a_directory(dir, file))]
    NotADirectory {
        /// The index directory as given.
        dir: PathBuf,
        /// The file in the way: `dir` itself or one of its parents.
        file: PathBuf,
    },
    /// The directory holds `nomen.json` but not yet tantivy's `meta.json`: the index
    /// is being created, or its creation was interrupted.
    #[error(
        "{}: no nomen index here yet (its creation is under way, or was interrupted: \
         `nomen index` completes it)",
        dir.display()
    )]
    Unfinished {
        /// The directory.
        dir: PathBuf,
    },
    /// The directory exists, is not empty and is not a nomen index: we do not write
    /// into it.
    #[error("{}: exists and is not a nomen index (not empty, no nomen.json); refusing to write into it", dir.display())]
    NotEmpty {
        /// The directory.
        dir: PathBuf,
    },
    /// The index's `nomen.json` or `gazetteer.jsonl` is unreadable.
    #[error("{}: {message}", path.display())]
    Meta {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Indexing with another gazetteer than the one the index was built with.
    #[error(
        "index {} was built with gazetteer {recorded} ({recorded_sources}), not {given} \
         ({given_sources}): pass the same --entities files, or none to reuse the recorded \
         gazetteer, or index into a new directory",
        dir.display()
    )]
    GazetteerMismatch {
        /// The index directory.
        dir: PathBuf,
        /// Fingerprint recorded in the index.
        recorded: String,
        /// Sources recorded in the index, comma-separated.
        recorded_sources: String,
        /// Fingerprint of the gazetteer given now.
        given: String,
        /// Sources of the gazetteer given now, comma-separated.
        given_sources: String,
    },
    /// An input path that cannot be indexed (missing, or of an unsupported kind).
    #[error("{}: {reason}", path.display())]
    Input {
        /// The path as given.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// A search query that does not parse.
    #[error("query {query:?}: {}{message}", column.map(|c| format!("at column {c}: ")).unwrap_or_default())]
    Query {
        /// The query as typed.
        query: String,
        /// Where it goes wrong: 1-based, in characters, when it can be told.
        column: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// An `--entity` name that resolves to no entity or to several.
    #[error("--entity: {0}{hint}", hint = entity_hint(.0))]
    Entity(nomen_entities::ResolveError),
    /// An entity id that the index's gazetteer does not hold.
    #[error("--entity-id {id:?}: no such entity in the index's gazetteer")]
    UnknownEntityId {
        /// The id as given.
        id: String,
    },
    /// A date that does not parse.
    #[error(
        "{what} {value:?}: not a date (expected YYYY-MM-DD or RFC 3339, e.g. 2024-08-12T10:00:00Z)"
    )]
    Date {
        /// Which option or field.
        what: &'static str,
        /// The value as given.
        value: String,
    },
    /// An invalid option value (thread count, memory budget).
    #[error("{0}")]
    Option(String),
    /// A search stopped at its deadline ([`crate::SearchRequest::deadline`]).
    #[error("the search ran past its deadline")]
    OverBudget,
    /// The index a [`crate::DocumentSink`] writes into failed (a search cluster that
    /// is down or refuses writes): its own error.
    #[error("{0}")]
    Sink(Box<dyn std::error::Error + Send + Sync>),
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            error: source,
        }
    }

    pub(crate) fn tantivy(dir: impl Into<PathBuf>, err: impl fmt::Display) -> Error {
        Error::Tantivy {
            dir: dir.into(),
            message: err.to_string(),
        }
    }
}

/// The message of [`Error::NotADirectory`].
fn not_a_directory(dir: &std::path::Path, file: &std::path::Path) -> String {
    if dir == file {
        format!(
            "{}: is a file, not a nomen index (an index is a directory, made by `nomen \
             index --index DIR`)",
            dir.display()
        )
    } else {
        format!(
            "{}: cannot be an index directory: {} is a file",
            dir.display(),
            file.display()
        )
    }
}

/// What `--entity`'s error adds: where an ambiguous name's id goes.
fn entity_hint(err: &nomen_entities::ResolveError) -> &'static str {
    match err {
        nomen_entities::ResolveError::Ambiguous { .. } => " (the id goes to --entity-id)",
        nomen_entities::ResolveError::NotFound { .. } => "",
    }
}
