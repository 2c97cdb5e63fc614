//! Everything tantivy for nomen: the folding analyzer, the schema, ingest and search.
//!
//! * [`NomenIndex`]: an index directory. [`NomenIndex::create_or_open`] for writing,
//!   [`NomenIndex::open`] for reading; both register nomen's analyzers, and the index
//!   records the gazetteer it was built with (`nomen.json`, `gazetteer.jsonl`), so a
//!   search resolves names exactly as indexing linked them.
//! * [`NomenIndex::ingest`]: streaming, parallel indexing of JSON Lines, `.txt`,
//!   directories, gzip and stdin, with [`IngestOptions`], an [`IngestObserver`] for
//!   progress and rejected records, and a [`Summary`].
//! * [`NomenIndex::searcher`] → [`Searcher::search`] with a [`SearchRequest`] →
//!   [`SearchResults`] (serializable as the `nomen search --json` output).
//! * [`Searcher::timeline`] (matches per day or month), [`Searcher::network`] (the
//!   entities mentioned with those searched for, and the pairs among them) and
//!   [`Searcher::document`] (one article and its mentions): what `nomen serve` draws.
//! * [`NomenIndex::serving_searcher`]: a searcher for a long-running reader, which
//!   follows new commits and never writes into the index directory.
//! * [`NomenIndex::stats`] → [`Stats`]; [`NomenIndex::check`] → [`CheckReport`]: is
//!   the last commit whole and consistent?
//! * One writer at a time: [`NomenIndex::create_or_open`] takes the index's writer
//!   lock ([`lock`]) before it writes anything; readers take none and see the last
//!   commit. Every commit records what it holds ([`meta::Progress`]), so an
//!   interrupted ingest resumes.
//! * [`NomenIndex::linker`]: the index's entity linker, cached next to the index for
//!   large gazetteers ([`linker_cache`]).
//!
//! Schema: see [`schema`]. Errors: [`Error`] and, for one bad input record,
//! [`RecordError`].
//!
//! # Example
//!
//! ```
//! use std::sync::Arc;
//!
//! use nomen_entities::Gazetteer;
//! use nomen_index::{Input, IngestOptions, NomenIndex, SearchRequest};
//!
//! let dir = tempfile::tempdir()?;
//! let articles = dir.path().join("articles.jsonl");
//! std::fs::write(&articles, concat!(
//!     r#"{"id":"a1","title":"Elecciones","body":"El CNE proclamó a Nicolás Maduro.","lang":"es","date":"2024-07-29"}"#, "\n",
//!     r#"{"id":"a2","title":"Mangos","body":"Un mango maduro es dulce.","lang":"es"}"#, "\n",
//! ))?;
//! let index = NomenIndex::create_or_open(dir.path().join("index"), Some(Arc::new(Gazetteer::builtin())))?;
//! let summary = index.ingest(&[Input::Path(articles)], &IngestOptions::default(), &mut ())?;
//! assert_eq!(summary.documents, 2);
//!
//! let searcher = index.searcher()?;
//! let results = searcher.search(&SearchRequest {
//!     query: Some("NICOLAS".into()),
//!     ..SearchRequest::default()
//! })?;
//! assert_eq!(results.total, 1);
//! assert_eq!(results.hits[0].id, "a1");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod analyzer;
mod articles;
mod budget;
mod check;
pub mod cluster;
mod collect;
pub mod date;
mod document;
mod error;
pub mod exact;
mod ingest;
mod input;
mod leftovers;
pub mod linker_cache;
pub mod lock;
pub mod mentions;
pub mod meta;
pub mod network;
mod prefold;
mod record;
pub mod schema;
mod search;
mod stats;
pub mod timeline;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use nomen_entities::Gazetteer;
use tantivy::Index;

pub use articles::Segment;
pub use check::CheckReport;
pub use collect::TermCounts;
pub use document::Document;
pub use error::{Error, Origin, RecordError};
pub use ingest::{
    ingest_into, panic_message, Built, DocumentSink, DocumentTarget, IngestObserver, IngestOptions,
    IngestProgress, Prepared, Summary, TextField, Without, DEFAULT_MAX_DOC_MB, GAP_TOKEN,
};
pub use input::{decompressed, read_line_bounded, read_text_bounded, Input, LineRead};
pub use mentions::StoredMention;
pub use meta::{GazetteerInfo, Meta};
pub use network::{Edge, Network};
pub use record::{content_id, detect_lang, read_json_line, read_text, Article};
pub use search::{
    parse_since, parse_until, EntityCount, Facets, Hit, ResolvedName, SearchRequest, SearchResults,
    Searcher, Snippet, StoredArticle,
};
pub use stats::{Stats, ValueCount, TOP_ENTITIES};
pub use timeline::{Bucket, Granularity, Timeline};

use schema::Fields;

/// A nomen index directory: tantivy's files, `nomen.json` and `gazetteer.jsonl`.
pub struct NomenIndex {
    dir: PathBuf,
    index: Index,
    fields: Fields,
    gazetteer: Arc<Gazetteer>,
    meta: Meta,
    /// The writer lock, when opened for writing ([`NomenIndex::create_or_open`]).
    lock: Option<lock::IndexLock>,
}

impl std::fmt::Debug for NomenIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NomenIndex")
            .field("dir", &self.dir)
            .field("meta", &self.meta)
            .finish_non_exhaustive()
    }
}

impl NomenIndex {
    /// Opens the index in `dir` for searching (or for more ingest), with the gazetteer
    /// it records.
    pub fn open(dir: impl AsRef<Path>) -> Result<NomenIndex, Error> {
        let dir = dir.as_ref();
        if !dir.join(tantivy_meta(dir)).exists() {
            // Say why in the clearest words: a file in the way, no nomen.json.
            refuse_file(dir)?;
            meta::read(dir)?;
            return Err(Error::Unfinished {
                dir: dir.to_path_buf(),
            });
        }
        let (meta, gazetteer) = meta::read(dir)?;
        let index = Index::open_in_dir(dir).map_err(|e| Error::tantivy(dir, e))?;
        NomenIndex::finish(dir, index, meta, Arc::new(gazetteer), None)
    }

    /// Opens the index in `dir` for writing, creating it (and the directory) if
    /// needed, and takes its writer lock ([`lock`]) before anything is written: a
    /// directory another process writes gives [`Error::Locked`] at once. The lock is
    /// held until the `NomenIndex` is dropped.
    ///
    /// `gazetteer`: `None` uses the one recorded in an existing index, or the
    /// built-in one for a new index. `Some(g)` records `g` in a new index; for an
    /// existing index it must be the recorded one (same fingerprint), otherwise
    /// [`Error::GazetteerMismatch`]: articles linked with two gazetteers would make
    /// entity search inconsistent.
    pub fn create_or_open(
        dir: impl AsRef<Path>,
        gazetteer: Option<Arc<Gazetteer>>,
    ) -> Result<NomenIndex, Error> {
        let dir = dir.as_ref();
        // Refuse another program's directory before writing the lock file into it.
        match fs::read_dir(dir) {
            Ok(_) if dir.join(meta::META_FILE).exists() => {}
            Ok(_) => refuse_foreign(dir)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                refuse_file(dir)?;
                fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            }
            Err(e) => {
                refuse_file(dir)?;
                return Err(Error::io(dir, e));
            }
        }
        let lock = lock::IndexLock::acquire(dir)?;
        // From here on no other nomen process writes into `dir`.
        if dir.join(meta::META_FILE).exists() {
            let (meta, recorded) = meta::read(dir)?;
            if let Some(given) = &gazetteer {
                if given.fingerprint() != meta.gazetteer.fingerprint {
                    return Err(Error::GazetteerMismatch {
                        dir: dir.to_path_buf(),
                        recorded: meta.gazetteer.fingerprint.clone(),
                        recorded_sources: meta.gazetteer.sources.join(", "),
                        given: given.fingerprint(),
                        given_sources: given.sources().join(", "),
                    });
                }
            }
            let index = if dir.join(tantivy_meta(dir)).exists() {
                Index::open_in_dir(dir)
            } else {
                // Killed between writing nomen.json and creating the index.
                Index::create_in_dir(dir, schema::build_schema())
            }
            .map_err(|e| Error::tantivy(dir, e))?;
            return NomenIndex::finish(dir, index, meta, Arc::new(recorded), Some(lock));
        }
        // A new index, or one whose creation was killed before nomen.json was written.
        refuse_foreign(dir)?;
        let gazetteer = gazetteer.unwrap_or_else(|| Arc::new(Gazetteer::builtin()));
        let meta = meta::write(dir, &gazetteer)?;
        let index = Index::create_in_dir(dir, schema::build_schema())
            .map_err(|e| Error::tantivy(dir, e))?;
        NomenIndex::finish(dir, index, meta, gazetteer, Some(lock))
    }

    fn finish(
        dir: &Path,
        index: Index,
        meta: Meta,
        gazetteer: Arc<Gazetteer>,
        lock: Option<lock::IndexLock>,
    ) -> Result<NomenIndex, Error> {
        analyzer::register(index.tokenizers());
        exact::register(index.tokenizers());
        let fields = Fields::from_schema(&index.schema()).ok_or_else(|| Error::Meta {
            path: dir.join(tantivy_meta(dir)),
            message: "the index schema is not nomen's (missing fields); re-index".into(),
        })?;
        Ok(NomenIndex {
            dir: dir.to_path_buf(),
            index,
            fields,
            gazetteer,
            meta,
            lock,
        })
    }

    /// The index directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The gazetteer the index was built with.
    pub fn gazetteer(&self) -> &Arc<Gazetteer> {
        &self.gazetteer
    }

    /// The linker of the index's gazetteer; for a large gazetteer, loaded from (or
    /// built and saved to) the cache in the index directory ([`linker_cache`]).
    pub fn linker(&self) -> nomen_entities::Linker {
        linker_cache::linker(&self.gazetteer, &self.dir)
    }

    /// The content of `nomen.json`.
    pub fn meta(&self) -> &Meta {
        &self.meta
    }

    /// The tantivy index, for benchmarks and tools that need it directly.
    pub fn tantivy(&self) -> &Index {
        &self.index
    }

    /// The schema's fields.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }
}

/// [`Error::NotEmpty`] if `dir` holds anything but what an interrupted creation of a
/// nomen index leaves (the lock file, the recorded gazetteer, temporary files), and
/// has not become a nomen index meanwhile.
/// [`Error::NotADirectory`] when `dir`, or the nearest of its parents that exists, is
/// not a directory (a file named as the index, or a file where a parent should be):
/// the OS would only say "Not a directory" about some file inside it.
fn refuse_file(dir: &Path) -> Result<(), Error> {
    for path in dir.ancestors().filter(|p| !p.as_os_str().is_empty()) {
        match fs::metadata(path) {
            Ok(md) if md.is_dir() => return Ok(()),
            Ok(_) => {
                return Err(Error::NotADirectory {
                    dir: dir.to_path_buf(),
                    file: path.to_path_buf(),
                })
            }
            Err(_) => {}
        }
    }
    Ok(())
}

fn refuse_foreign(dir: &Path) -> Result<(), Error> {
    let entries = fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let name = entry.file_name();
        let ours = name.to_str().is_some_and(|n| {
            n == lock::LOCK_FILE || n == meta::GAZETTEER_FILE || meta::is_temporary(n)
        });
        // Another nomen process may be creating the index: it writes nomen.json
        // before any other file, so one listed here means nomen.json is there now.
        if !ours && !dir.join(meta::META_FILE).exists() {
            return Err(Error::NotEmpty {
                dir: dir.to_path_buf(),
            });
        }
    }
    Ok(())
}

/// tantivy's meta file name.
fn tantivy_meta(_dir: &Path) -> &'static str {
    "meta.json"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_creation_killed_before_nomen_json_is_taken_up_again() {
        let dir = tempfile::tempdir().unwrap();
        let idx = dir.path().join("idx");
        fs::create_dir(&idx).unwrap();
        // What a run killed while creating the index leaves.
        fs::write(idx.join(lock::LOCK_FILE), b"").unwrap();
        fs::write(idx.join(meta::GAZETTEER_FILE), b"{\"id\":").unwrap();
        fs::write(idx.join("nomen.json.tmp"), b"{").unwrap();
        let err = NomenIndex::open(&idx).unwrap_err();
        assert!(matches!(err, Error::NotAnIndex { .. }), "{err}");
        let index = NomenIndex::create_or_open(&idx, None).unwrap();
        assert_eq!(index.gazetteer().len(), Gazetteer::builtin().len());
        drop(index);
        NomenIndex::open(&idx).unwrap();
    }

    #[test]
    fn a_file_where_the_index_directory_should_be_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("notadir");
        fs::write(&file, b"x").unwrap();
        for path in [file.clone(), file.join("idx"), file.join("a/b")] {
            for err in [
                NomenIndex::open(&path).unwrap_err(),
                NomenIndex::create_or_open(&path, None).unwrap_err(),
            ] {
                match &err {
                    Error::NotADirectory { dir, file: found } => {
                        assert_eq!((dir, found), (&path, &file));
                    }
                    other => panic!("{path:?}: {other}"),
                }
            }
        }
        assert_eq!(fs::read(&file).unwrap(), b"x");
    }

    #[test]
    fn an_index_killed_between_nomen_json_and_meta_json_is_unfinished() {
        let dir = tempfile::tempdir().unwrap();
        let index = NomenIndex::create_or_open(dir.path(), None).unwrap();
        drop(index);
        fs::remove_file(dir.path().join(tantivy_meta(dir.path()))).unwrap();
        let err = NomenIndex::open(dir.path()).unwrap_err();
        assert!(matches!(err, Error::Unfinished { .. }), "{err}");
        // `nomen index` completes it.
        NomenIndex::create_or_open(dir.path(), None).unwrap();
        NomenIndex::open(dir.path()).unwrap();
    }

    #[test]
    fn a_foreign_directory_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("notes.txt"), b"mine").unwrap();
        let err = NomenIndex::create_or_open(dir.path(), None).unwrap_err();
        assert!(matches!(err, Error::NotEmpty { .. }), "{err}");
        assert!(!dir.path().join(lock::LOCK_FILE).exists());
    }
}
