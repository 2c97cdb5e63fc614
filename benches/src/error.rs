//! The errors of the benchmark kit.

use std::io;
use std::path::PathBuf;

/// Something that stopped a benchmark.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BenchError {
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What failed.
        source: io::Error,
    },
    /// A corpus line is not a JSON object with string `title` and `body`.
    #[error("{}:{line}: {reason}", path.display())]
    Record {
        /// The corpus file.
        path: PathBuf,
        /// 1-based line number.
        line: u64,
        /// What is wrong with it.
        reason: String,
    },
    /// tantivy failed (the plain-tantivy baseline).
    #[error("tantivy index {}: {source}", path.display())]
    Tantivy {
        /// The index directory.
        path: PathBuf,
        /// tantivy's error.
        source: tantivy::TantivyError,
    },
    /// A tantivy query did not parse.
    #[error("query {query:?}: {reason}")]
    Query {
        /// The query text.
        query: String,
        /// Why it failed.
        reason: String,
    },
    /// nomen's index failed.
    #[error("nomen index {}: {source}", path.display())]
    Nomen {
        /// The index directory.
        path: PathBuf,
        /// nomen-index's error.
        source: Box<nomen_index::Error>,
    },
    /// The gazetteer could not be loaded.
    #[error(transparent)]
    Gazetteer(#[from] nomen_entities::GazetteerError),
    /// A measurement child process failed or printed something unexpected.
    #[error("child `{command}`: {detail}")]
    Child {
        /// The command line.
        command: String,
        /// What went wrong (exit status and stderr, or the parse error).
        detail: String,
    },
    /// A benchmark option is out of range.
    #[error("{0}")]
    Option(String),
}

impl BenchError {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: io::Error) -> BenchError {
        BenchError::Io {
            path: path.into(),
            source,
        }
    }
}
