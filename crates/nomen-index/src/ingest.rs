//! Streaming ingest: reader thread → worker threads (parse, detect language, fold,
//! link entities, assemble the document for its index) → this thread (hand the
//! documents to the sink in input order, commit) → the index (tantivy's indexing
//! threads, or a search cluster).
//!
//! The pipeline up to a linked document ([`Prepared`]) is the same for every index;
//! what the document becomes and where it goes is a [`DocumentTarget`] (on the
//! workers) and a [`DocumentSink`] (on this thread): tantivy's here, a cluster's in
//! another crate ([`ingest_into`]).
//!
//! Memory stays bounded: every channel is bounded, a batch holds at most
//! [`BATCH_BYTES`] of input, and tantivy's writer has a fixed budget. Batches are put
//! back in input order before they reach the writer, so the result is deterministic
//! (for an id given twice, the later record wins), errors are reported in input
//! order, and every commit holds exactly a prefix of the input. The commit payload
//! records that prefix ([`crate::meta::Progress`]), so a re-run after a kill skips
//! what was already committed.

use std::collections::{BTreeMap, HashSet};
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::{bounded, Receiver, Sender};
use nomen_entities::{DocumentLinks, Linker};
use nomen_fold::{Folded, View};
use serde::Serialize;
use tantivy::query::TermSetQuery;
use tantivy::{DateTime, DocSet, IndexWriter, TantivyDocument, Term};

use crate::error::{Error, Origin, RecordError};
use crate::input::{self, Format, Input, InputFile, LineRead};
use crate::meta::Progress;
use crate::prefold::{InFlight, IndexDoc};
use crate::record::{self, Article};
use crate::schema::Fields;
use crate::NomenIndex;

/// A batch of JSON lines holds at most this many bytes (or [`BATCH_LINES`] lines).
pub const BATCH_BYTES: usize = 1 << 20;
/// A batch holds at most this many lines.
pub const BATCH_LINES: usize = 1024;
/// At most this many documents given to tantivy and not yet indexed (tantivy's own
/// queue holds up to 10,000): they carry their tokens (see `prefold`).
const MAX_IN_FLIGHT: usize = 1024;

/// tantivy needs at least this much writer memory per indexing thread.
const MIN_MB_PER_THREAD: usize = 15;
/// tantivy uses at most this many indexing threads.
const MAX_WRITER_THREADS: usize = 8;
/// tantivy's limit on the writer memory of one indexing thread (just under 4 GiB).
const MAX_BYTES_PER_THREAD: usize = 4_293_967_295;
/// The default record limit ([`IngestOptions::max_doc_mb`]).
pub const DEFAULT_MAX_DOC_MB: usize = 16;

/// How to ingest.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Worker threads for parsing and linking, and tantivy indexing threads.
    /// Default: 0, meaning all cores.
    pub threads: usize,
    /// tantivy writer memory budget in MiB, shared by its threads (at least 15 MiB
    /// each; fewer threads are used if the budget is small). Default: 256.
    pub memory_mb: usize,
    /// Stop at the first rejected record (what was indexed before it is committed).
    /// Default: false (report, skip, go on).
    pub strict: bool,
    /// Commit after this many MiB of input since the last commit, so a kill loses at
    /// most that much. Default: 512.
    pub commit_every_mb: u64,
    /// Skip input files (and the start of a file) that an earlier run already
    /// committed, as recorded in the index. Default: true.
    pub resume: bool,
    /// The largest record read, in MiB: a longer JSON line is read through without
    /// being kept and rejected; a longer `.txt` file is cut to this size (at a
    /// character boundary) and indexed, with a warning. Bounds the memory a record
    /// can take, whatever the input. Default: [`DEFAULT_MAX_DOC_MB`] (16 MiB: a news
    /// article is a few KiB, and a record this long is almost surely not one article).
    pub max_doc_mb: usize,
    /// Parts of the pipeline to leave out, to measure what each costs (`nomen bench
    /// index --parts`). Default: none. An index built without a part opens and
    /// searches, but lacks what the part gives.
    pub without: Without,
}

/// Parts of the ingest pipeline that can be left out ([`IngestOptions::without`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Without {
    /// No entity linking: the articles are still folded once and indexed, but have
    /// no entity ids (no entity filters, facets or mention counts).
    pub linking: bool,
    /// No exact-view fields (`title_exact`, `body_exact`): the accents and the script
    /// a query is typed in no longer rank first.
    pub exact_fields: bool,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            threads: 0,
            memory_mb: 256,
            strict: false,
            commit_every_mb: 512,
            resume: true,
            max_doc_mb: DEFAULT_MAX_DOC_MB,
            without: Without::default(),
        }
    }
}

/// Where an ingest has got to, for progress displays.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct IngestProgress {
    /// Documents sent to the index so far.
    pub documents: u64,
    /// Records rejected so far.
    pub errors: u64,
    /// Input bytes read so far (compressed bytes for gzip input).
    pub bytes_read: u64,
    /// Total input bytes, when every input is a file.
    pub total_bytes: Option<u64>,
    /// Time since the ingest started.
    #[serde(skip)]
    pub elapsed: Duration,
}

/// Receives what happens during an ingest. Every method has an empty default.
pub trait IngestObserver {
    /// Called after every batch of records (often; throttle any display).
    fn progress(&mut self, _progress: &IngestProgress) {}
    /// A record was rejected and skipped (or, with `strict`, ingest stops after it),
    /// or a file found in a directory could not be read (line 0).
    fn rejected(&mut self, _error: &RecordError) {}
    /// A record was indexed, but not whole (a `.txt` file over the record limit).
    fn warning(&mut self, _warning: &RecordError) {}
    /// A file was skipped entirely because an earlier run committed all of it.
    fn skipped_file(&mut self, _origin: &Origin) {}
}

/// An observer that ignores everything.
impl IngestObserver for () {}

/// What an ingest did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Documents indexed (added or replaced).
    pub documents: u64,
    /// Of those, the documents that replaced an article with the same id (indexed
    /// before, or earlier in this ingest).
    pub replaced: u64,
    /// Input bytes this run read for its records (compressed bytes for gzip input).
    /// A resumed run reads the part of a file an earlier run committed only to find
    /// its place: that part is not counted (exactly for plain files, to within a read
    /// buffer of 256 KiB for gzip), so that bytes over `seconds` is this run's speed.
    pub bytes: u64,
    /// Entity links: the sum over documents of the distinct entities each mentions.
    pub entities: u64,
    /// Entity mentions found.
    pub mentions: u64,
    /// Records rejected (and files found in directories that could not be read).
    pub errors: u64,
    /// Records indexed cut to the record limit (`.txt` files over it).
    pub truncated: u64,
    /// Input files read (or skipped).
    pub files: usize,
    /// Files skipped because an earlier run had committed them.
    pub skipped_files: usize,
    /// Commits made.
    pub commits: u32,
    /// Whether ingest stopped early at a rejected record (`strict`).
    pub stopped: bool,
    /// Wall-clock seconds.
    pub seconds: f64,
}

/// A unit of work for the workers.
enum Job {
    /// JSON lines: `data[range]` is line number `u64`; `Err(bytes)` a line over the
    /// record limit, of that length, not kept.
    Lines {
        data: Vec<u8>,
        lines: Vec<(u64, Result<Range<usize>, u64>)>,
        last_line: u64,
    },
    /// A whole `.txt` article, and whether it was cut to the record limit.
    Text(Vec<u8>, bool),
    /// The file ended; everything in it has been sent.
    End,
    /// Reading failed at this point; the file is abandoned.
    Failed(RecordError),
}

/// A document built by a worker, with what the summary counts of it.
#[derive(Debug)]
pub struct Built<D> {
    /// The line of its record in its input (1 for a `.txt` file).
    pub line: u64,
    /// The article's id.
    pub id: String,
    /// The document, as its [`DocumentTarget`] assembled it.
    pub doc: D,
    /// Distinct entities it mentions.
    pub entities: u32,
    /// Entity mentions found in it.
    pub mentions: u32,
}

/// A linked article, ready to become a document of some index: what the workers
/// hand a [`DocumentTarget`].
#[derive(Debug)]
pub struct Prepared<'a> {
    /// The article as read.
    pub article: &'a Article<'a>,
    /// Its language: as given, or detected.
    pub lang: Option<&'a str>,
    /// Its entity links (none when linking is left out).
    pub links: &'a DocumentLinks,
    /// The folded views of the title and body, and their tokens' spans (empty when
    /// the linker folded the text itself: see [`Prepared::pre_analysed`]).
    folded: [&'a Folded; 2],
    spans: &'a [Vec<[u32; 4]>; 2],
    /// Parts left out.
    pub without: Without,
}

/// The title or the body of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// The title.
    Title,
    /// The body.
    Body,
}

/// Stands for a token that is not indexed, in [`Prepared::pre_analysed`] text: no
/// query term is ever this (the folder never makes a control character a token).
pub const GAP_TOKEN: &str = "\u{1}";

impl Prepared<'_> {
    /// The text of `field`.
    pub fn text(&self, field: TextField) -> &str {
        match field {
            TextField::Title => &self.article.title,
            TextField::Body => &self.article.body,
        }
    }

    /// The tokens nomen's analyzer indexes for `field` in `view`, as text for an
    /// engine that splits at whitespace and does nothing else (a search cluster's
    /// `whitespace` tokenizer): the same terms at the same positions as in nomen's
    /// own index. [`View::Folded`]: every token of the folded view ([`GAP_TOKEN`] for
    /// one too long to index). [`View::Exact`]: the exact-view terms of the exact
    /// fields ([`crate::exact`]), the positions between them filled with
    /// [`GAP_TOKEN`]; empty for an ASCII text or without the exact fields.
    pub fn pre_analysed(&self, field: TextField, view: View) -> String {
        let text = self.text(field);
        let i = field as usize;
        let mut out = String::new();
        match view {
            View::Folded => {
                let own;
                let (folded, spans) = if self.spans[i].is_empty() && !text.is_empty() {
                    let mut folded = Folded::default();
                    crate::analyzer::folder().fold_into(text, View::Folded, &mut folded);
                    let mut spans = Vec::new();
                    crate::prefold::spans_of(&folded, &mut spans);
                    own = (folded, spans);
                    (&own.0, own.1.as_slice())
                } else {
                    (self.folded[i], self.spans[i].as_slice())
                };
                let folded_text = folded.as_str();
                for &[start, end, _, _] in spans {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    match folded_text.get(start as usize..end as usize) {
                        Some(token)
                            if token.len() <= crate::analyzer::MAX_TOKEN_BYTES
                                && !token.contains(char::is_whitespace) =>
                        {
                            out.push_str(token)
                        }
                        _ => out.push_str(GAP_TOKEN),
                    }
                }
            }
            View::Exact => {
                if text.is_ascii() || self.without.exact_fields {
                    return out;
                }
                let mut analyzer = crate::exact::analyzer();
                let mut last: Option<usize> = None;
                for token in crate::analyzer::all_tokens(&mut analyzer, text) {
                    if token.text.contains(char::is_whitespace) {
                        continue;
                    }
                    if let Some(last) = last {
                        out.push(' ');
                        for _ in last + 1..token.position {
                            out.push_str(GAP_TOKEN);
                            out.push(' ');
                        }
                    }
                    out.push_str(&token.text);
                    last = Some(token.position);
                }
            }
        }
        out
    }
}

/// Turns linked articles into documents of one kind of index, on the worker threads.
pub trait DocumentTarget: Send + Sync {
    /// The document.
    type Doc: Send;
    /// The document of `prepared`.
    fn assemble(&self, prepared: &Prepared<'_>) -> Self::Doc;
}

/// Takes the documents, in input order, on the ingest's own thread, and makes them
/// durable at each commit with the record of what they are ([`Progress`]), so a
/// killed ingest resumes after its last commit.
pub trait DocumentSink {
    /// The document ([`DocumentTarget::Doc`]).
    type Doc;
    /// Adds `docs`, the next documents of `origin`. Returns the documents the index
    /// refused (reported and counted as rejected records); `Err` stops the ingest.
    fn add(
        &mut self,
        origin: &Origin,
        docs: Vec<Built<Self::Doc>>,
    ) -> Result<Vec<RecordError>, Error>;
    /// Makes everything added so far durable, recording `progress` with it (the
    /// sink may fill in [`Progress::documents`]). Returns the documents the index
    /// refused since the last call, as [`DocumentSink::add`].
    fn commit(&mut self, progress: &mut Progress) -> Result<Vec<RecordError>, Error>;
    /// The ingest failed: drop what was added since the last commit, if the index
    /// can.
    fn rollback(&mut self) {}
    /// Of the documents added, those that replaced one with the same id.
    fn replaced(&self) -> u64;
}

/// A worker's answer to one job.
enum Outcome<D> {
    Records {
        items: Vec<Result<Built<D>, RecordError>>,
        warnings: Vec<RecordError>,
        last_line: u64,
    },
    End,
    Failed(RecordError),
}

/// Everything a worker needs, shared.
struct Context<T> {
    target: T,
    linker: Linker,
    files: Vec<InputFile>,
    /// The record limit in bytes.
    max_doc_bytes: usize,
    /// Parts left out.
    without: Without,
}

impl NomenIndex {
    /// Indexes `inputs` into this index: every article is linked against the index's
    /// gazetteer, and an article whose id is already in the index replaces it.
    ///
    /// Rejected records are passed to `observer` and counted in the summary; with
    /// `strict` the ingest stops at the first one. Either way, everything indexed
    /// before is committed. Errors are reserved for what stops the whole ingest
    /// (unreadable input paths, a locked or failing index).
    pub fn ingest(
        &self,
        inputs: &[Input],
        options: &IngestOptions,
        observer: &mut dyn IngestObserver,
    ) -> Result<Summary, Error> {
        if options.memory_mb < MIN_MB_PER_THREAD {
            return Err(Error::Option(format!(
                "--memory-mb {}: tantivy needs at least {MIN_MB_PER_THREAD} MiB",
                options.memory_mb
            )));
        }
        let threads = threads(options);
        let writer_threads = threads
            .min(options.memory_mb / MIN_MB_PER_THREAD)
            .clamp(1, MAX_WRITER_THREADS);
        let budget = options
            .memory_mb
            .checked_mul(1 << 20)
            .filter(|bytes| bytes / writer_threads <= MAX_BYTES_PER_THREAD)
            .ok_or_else(|| {
                Error::Option(format!(
                    "--memory-mb {}: tantivy takes at most {} MiB per indexing thread \
                     ({writer_threads} here)",
                    options.memory_mb,
                    MAX_BYTES_PER_THREAD >> 20
                ))
            })?;
        // An index opened for reading takes the writer lock for this ingest.
        let _lock = match &self.lock {
            Some(_) => None,
            None => Some(crate::lock::IndexLock::acquire(&self.dir)?),
        };
        let writer: IndexWriter<IndexDoc> = self
            .index
            .writer_with_num_threads(writer_threads, budget)
            .map_err(|e| match e {
                // Another program writing with tantivy directly.
                tantivy::TantivyError::LockFailure(
                    tantivy::directory::error::LockError::LockBusy,
                    _,
                ) => Error::Locked {
                    dir: self.dir.clone(),
                },
                e => Error::tantivy(&self.dir, e),
            })?;
        // Remove what a killed run left (files of segments it never committed): the
        // commits would too, but a run killed before its first commit should not let
        // them pile up. Best effort: a failure only leaves them for the next commit.
        let _ = writer.garbage_collect_files().wait();
        let progress = if options.resume {
            Progress::from_payload(
                self.index
                    .load_metas()
                    .map_err(|e| Error::tantivy(&self.dir, e))?
                    .payload
                    .as_deref(),
            )
        } else {
            Progress::default()
        };

        let before = self
            .index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| Error::tantivy(&self.dir, e))?
            .searcher();
        // Live documents now; the commits record the count (for `check`).
        let live = before.num_docs();
        crate::leftovers::remove(&self.dir);
        let target = TantivyTarget {
            fields: self.fields.clone(),
            before: (before.num_docs() > 0 || !before.segment_readers().is_empty())
                .then_some(before),
        };
        let mut sink = TantivySink {
            writer,
            fields: self.fields.clone(),
            dir: self.dir.clone(),
            in_flight: InFlight::new(),
            seen: HashSet::new(),
            live,
            replaced: 0,
        };
        // Without linking (a benchmark's part), the linker is neither loaded nor
        // built: its cost belongs to the linking part.
        let linker = if options.without.linking {
            Linker::new(Arc::new(nomen_entities::Gazetteer::empty()))
        } else {
            self.linker()
        };
        let summary = ingest_into(
            linker, target, &mut sink, inputs, options, progress, observer,
        )?;
        sink.writer
            .wait_merging_threads()
            .map_err(|e| Error::tantivy(&self.dir, e))?;
        Ok(summary)
    }
}

/// The worker threads of `options` (all cores for 0).
fn threads(options: &IngestOptions) -> usize {
    if options.threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        options.threads
    }
}

/// Reads `inputs`, links every article with `linker`, has `target` assemble its
/// document on the worker threads and gives the documents to `sink` in input order,
/// committing every [`IngestOptions::commit_every_mb`] and at the end. `progress` is
/// what the index records as committed: with [`IngestOptions::resume`], the files and
/// lines it holds are skipped (pass [`Progress::default`] to read everything).
///
/// [`NomenIndex::ingest`] is this with tantivy's target and sink; a search cluster
/// brings its own. Rejected records (and the documents the sink refuses) are passed
/// to `observer` and counted; with `strict` the ingest stops at the first one, after
/// committing what came before. `Err` is for what stops the whole ingest, after
/// [`DocumentSink::rollback`].
pub fn ingest_into<T, S>(
    linker: Linker,
    target: T,
    sink: &mut S,
    inputs: &[Input],
    options: &IngestOptions,
    mut progress: Progress,
    observer: &mut dyn IngestObserver,
) -> Result<Summary, Error>
where
    T: DocumentTarget,
    S: DocumentSink<Doc = T::Doc>,
{
    let started = Instant::now();
    let input::Expanded { files, unreadable } = input::expand(inputs)?;
    if options.max_doc_mb == 0 {
        return Err(Error::Option(
            "--max-doc-mb 0: the limit must be at least 1 MiB".into(),
        ));
    }
    let max_doc_bytes = options.max_doc_mb.saturating_mul(1 << 20);
    let total_bytes = files.iter().map(|f| f.size).sum::<Option<u64>>();
    let threads = threads(options);
    let ctx = Arc::new(Context {
        target,
        linker,
        files,
        max_doc_bytes,
        without: options.without,
    });
    let bytes_read = Arc::new(AtomicU64::new(0));
    // Bytes read only to skip what an earlier run committed (see `Summary::bytes`).
    let skipped_bytes = Arc::new(AtomicU64::new(0));
    let mut summary = Summary {
        documents: 0,
        replaced: 0,
        bytes: 0,
        entities: 0,
        mentions: 0,
        errors: 0,
        truncated: 0,
        files: ctx.files.len(),
        skipped_files: 0,
        commits: 0,
        stopped: false,
        seconds: 0.0,
    };
    // Which files to skip, decided up front from the committed record.
    let plan: Vec<Plan> = ctx
        .files
        .iter()
        .map(|f| match &f.stamp {
            Some(stamp) if progress.is_done(stamp) => Plan::Skip,
            Some(stamp) => Plan::From(progress.partial_line(stamp).unwrap_or(0)),
            None => Plan::From(0),
        })
        .collect();
    for (file, plan) in ctx.files.iter().zip(&plan) {
        if matches!(plan, Plan::Skip) {
            summary.skipped_files += 1;
            observer.skipped_file(&file.origin);
        }
    }

    for err in &unreadable {
        summary.errors += 1;
        observer.rejected(err);
        if options.strict {
            summary.stopped = true;
            summary.seconds = started.elapsed().as_secs_f64();
            return Ok(summary);
        }
    }

    /// Counts and reports the documents the sink refused.
    fn report(summary: &mut Summary, observer: &mut dyn IngestObserver, refused: Vec<RecordError>) {
        for err in refused {
            summary.errors += 1;
            summary.documents = summary.documents.saturating_sub(1);
            observer.rejected(&err);
        }
    }
    let commit_every = options.commit_every_mb.max(1) << 20;
    let result = std::thread::scope(|scope| -> Result<(), Error> {
        let (job_tx, job_rx) = bounded::<(u64, usize, Job)>(threads * 2);
        let (out_tx, out_rx) = bounded::<(u64, usize, Outcome<T::Doc>)>(threads * 2);
        {
            let ctx = Arc::clone(&ctx);
            let counters = Counters {
                bytes_read: Arc::clone(&bytes_read),
                skipped_bytes: Arc::clone(&skipped_bytes),
            };
            scope.spawn(move || read_all(&ctx, &plan, &counters, &job_tx));
        }
        for _ in 0..threads {
            let ctx = Arc::clone(&ctx);
            let job_rx = job_rx.clone();
            let out_tx = out_tx.clone();
            scope.spawn(move || work(&ctx, &job_rx, &out_tx));
        }
        drop(job_rx);
        drop(out_tx);

        let mut pending: BTreeMap<u64, (usize, Outcome<T::Doc>)> = BTreeMap::new();
        let mut next = 0u64;
        let mut since_commit = 0u64;
        let mut committed_read = 0u64;
        let mut current: Option<(usize, u64)> = None;
        'receive: for (seq, file, outcome) in out_rx.iter() {
            pending.insert(seq, (file, outcome));
            while let Some((file, outcome)) = pending.remove(&next) {
                next += 1;
                match outcome {
                    Outcome::Records {
                        mut items,
                        warnings,
                        last_line,
                    } => {
                        for warning in &warnings {
                            summary.truncated += 1;
                            observer.warning(warning);
                        }
                        if options.strict {
                            // Nothing after the first rejected record is indexed.
                            if let Some(k) = items.iter().position(Result::is_err) {
                                items.truncate(k + 1);
                            }
                        }
                        let mut docs = Vec::with_capacity(items.len());
                        let mut stop = false;
                        for item in items {
                            match item {
                                Ok(built) => {
                                    summary.documents += 1;
                                    summary.entities += u64::from(built.entities);
                                    summary.mentions += u64::from(built.mentions);
                                    current = Some((file, built.line));
                                    docs.push(built);
                                }
                                Err(err) => {
                                    summary.errors += 1;
                                    observer.rejected(&err);
                                    current = Some((file, err.line));
                                    stop = options.strict;
                                }
                            }
                        }
                        let refused = sink.add(&ctx.files[file].origin, docs)?;
                        report(&mut summary, observer, refused);
                        if stop {
                            summary.stopped = true;
                            break 'receive;
                        }
                        current = Some((file, last_line));
                    }
                    Outcome::End => {
                        if let Some(stamp) = &ctx.files[file].stamp {
                            progress.finish(stamp.clone());
                        }
                        current = None;
                    }
                    Outcome::Failed(err) => {
                        summary.errors += 1;
                        observer.rejected(&err);
                        current = None;
                        if options.strict {
                            summary.stopped = true;
                            break 'receive;
                        }
                    }
                }
                let read = bytes_read.load(Ordering::Relaxed);
                observer.progress(&IngestProgress {
                    documents: summary.documents,
                    errors: summary.errors,
                    bytes_read: read,
                    total_bytes,
                    elapsed: started.elapsed(),
                });
                since_commit += read - committed_read;
                committed_read = read;
                if since_commit >= commit_every {
                    record_partial(&mut progress, &ctx.files, current);
                    let refused = sink.commit(&mut progress)?;
                    report(&mut summary, observer, refused);
                    summary.commits += 1;
                    since_commit = 0;
                }
            }
        }
        // Dropping the receiver unblocks the workers and the reader if we stopped
        // early; the scope then joins them.
        drop(out_rx);
        record_partial(&mut progress, &ctx.files, current);
        Ok(())
    });
    if let Err(err) = result {
        // Nothing after the last commit is kept; the index stays as it was then.
        sink.rollback();
        return Err(err);
    }
    let refused = sink.commit(&mut progress)?;
    report(&mut summary, observer, refused);
    summary.commits += 1;
    summary.replaced = sink.replaced();
    summary.bytes = bytes_read
        .load(Ordering::Relaxed)
        .saturating_sub(skipped_bytes.load(Ordering::Relaxed));
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// The tantivy document of an article, and whether its id was in the index as
/// committed before this ingest.
pub(crate) struct TantivyBuilt {
    doc: IndexDoc,
    existed: bool,
}

/// Assembles tantivy documents.
struct TantivyTarget {
    fields: Fields,
    /// The index as committed before this ingest (`None` when it was empty): an
    /// article replaces an older one only if its id is there, or earlier in this
    /// ingest. A delete per article would cost more than the article (tantivy keeps
    /// every delete until the commit and runs it against every segment).
    before: Option<tantivy::Searcher>,
}

/// Adds tantivy documents, replacing by id, and commits with the progress as payload.
struct TantivySink {
    writer: IndexWriter<IndexDoc>,
    fields: Fields,
    dir: std::path::PathBuf,
    in_flight: Arc<InFlight>,
    /// Hashes of the ids added in this ingest (see `delete_older`).
    seen: HashSet<u128>,
    /// Live documents.
    live: u64,
    replaced: u64,
}

impl DocumentSink for TantivySink {
    type Doc = TantivyBuilt;

    fn add(
        &mut self,
        _origin: &Origin,
        docs: Vec<Built<TantivyBuilt>>,
    ) -> Result<Vec<RecordError>, Error> {
        let replaces = delete_older(&self.writer, &self.fields, &docs, &mut self.seen, &self.dir)?;
        for (built, replace) in docs.into_iter().zip(replaces) {
            if replace == Replace::Inline {
                self.writer
                    .delete_term(Term::from_field_text(self.fields.id, &built.id));
            }
            self.in_flight.wait_below(MAX_IN_FLIGHT);
            self.writer
                .add_document(built.doc.doc.counted(&self.in_flight))
                .map_err(|e| Error::tantivy(&self.dir, e))?;
            self.replaced += u64::from(replace != Replace::No);
            self.live += u64::from(replace == Replace::No);
        }
        Ok(Vec::new())
    }

    fn commit(&mut self, progress: &mut Progress) -> Result<Vec<RecordError>, Error> {
        progress.documents = Some(self.live);
        commit(&mut self.writer, progress, &self.dir)?;
        Ok(Vec::new())
    }

    fn rollback(&mut self) {
        let _ = self.writer.rollback();
    }

    fn replaced(&self) -> u64 {
        self.replaced
    }
}
/// Replacing by id for one batch, before its documents are added: one delete query
/// for the ids whose older article precedes the batch (in the index before the
/// ingest, or in an earlier batch), since a delete per article costs more than the
/// article (tantivy keeps every delete until the commit and runs it against every
/// segment). Returns, per item, whether it replaces an older article and how: the
/// ids repeated inside the batch must be deleted just before they are added.
fn delete_older(
    writer: &IndexWriter<IndexDoc>,
    fields: &Fields,
    docs: &[Built<TantivyBuilt>],
    seen: &mut HashSet<u128>,
    dir: &std::path::Path,
) -> Result<Vec<Replace>, Error> {
    let mut in_batch: HashSet<u128> = HashSet::with_capacity(docs.len());
    let mut older: Vec<Term> = Vec::new();
    let mut replaces = vec![Replace::No; docs.len()];
    for (built, replace) in docs.iter().zip(&mut replaces) {
        let hash = hash_id(&built.id);
        if !in_batch.insert(hash) {
            // A hash collision (odds about n² / 2¹²⁹ for n ids) would cost a needless
            // delete and a miscount of the documents the commit records.
            *replace = Replace::Inline;
        } else if built.doc.existed || seen.contains(&hash) {
            older.push(Term::from_field_text(fields.id, &built.id));
            *replace = Replace::BeforeBatch;
        }
    }
    seen.extend(in_batch);
    if !older.is_empty() {
        writer
            .delete_query(Box::new(TermSetQuery::new(older)))
            .map_err(|e| Error::tantivy(dir, e))?;
    }
    Ok(replaces)
}

/// Whether a document replaces an older article with its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Replace {
    /// No: the id is new.
    No,
    /// Yes, one that precedes the batch: deleted by the batch's delete query.
    BeforeBatch,
    /// Yes, one earlier in the same batch: deleted just before the document is added.
    Inline,
}

/// A 128-bit hash of an article id (two 64-bit SipHashes, so that a collision is
/// vanishingly rare even among billions of ids).
fn hash_id(id: &str) -> u128 {
    let hash = |salt: u8| {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        salt.hash(&mut hasher);
        id.hash(&mut hasher);
        hasher.finish()
    };
    (u128::from(hash(0)) << 64) | u128::from(hash(1))
}

/// What to do with a file.
#[derive(Debug, Clone, Copy)]
enum Plan {
    /// Committed by an earlier run: skip it.
    Skip,
    /// Read it, skipping lines up to and including this one (0: none).
    From(u64),
}

fn record_partial(progress: &mut Progress, files: &[InputFile], current: Option<(usize, u64)>) {
    progress.partial = current.and_then(|(file, line)| {
        let stamp = files[file].stamp.clone()?;
        // A file reported finished is not partial (its End came after).
        (!progress.is_done(&stamp)).then_some((stamp, line))
    });
}

fn commit(
    writer: &mut IndexWriter<IndexDoc>,
    progress: &Progress,
    dir: &std::path::Path,
) -> Result<(), Error> {
    let mut prepared = writer
        .prepare_commit()
        .map_err(|e| Error::tantivy(dir, e))?;
    prepared.set_payload(&progress.to_payload());
    prepared.commit().map_err(|e| Error::tantivy(dir, e))?;
    Ok(())
}

/// What the reader thread counts as it reads.
struct Counters {
    /// Input bytes read (compressed bytes for gzip input).
    bytes_read: Arc<AtomicU64>,
    /// Of those, the bytes read only to find where an earlier run stopped.
    skipped_bytes: Arc<AtomicU64>,
}

/// The reader thread: reads every file in order and cuts it into jobs.
fn read_all<T>(
    ctx: &Context<T>,
    plan: &[Plan],
    counters: &Counters,
    jobs: &Sender<(u64, usize, Job)>,
) {
    let bytes_read = &counters.bytes_read;
    // Counts the bytes read of the current file since `opened` as skipped. Of a gzip
    // file the count is right to within the reader's buffer (256 KiB of compressed
    // bytes read ahead); of another file the caller counts the skipped lines exactly.
    let skipped_since = |opened: u64| {
        let now = bytes_read.load(Ordering::Relaxed);
        counters
            .skipped_bytes
            .fetch_add(now.saturating_sub(opened), Ordering::Relaxed);
    };
    let mut seq = 0u64;
    let mut send = |file: usize, job: Job| -> bool {
        let ok = jobs.send((seq, file, job)).is_ok();
        seq += 1;
        ok
    };
    for (index, (file, plan)) in ctx.files.iter().zip(plan).enumerate() {
        let Plan::From(skip_to) = *plan else {
            continue;
        };
        let failed = |line: u64, e: std::io::Error| {
            Job::Failed(RecordError {
                origin: file.origin.clone(),
                line,
                field: None,
                reason: format!("read error, rest of the file skipped: {e}"),
            })
        };
        let opened = bytes_read.load(Ordering::Relaxed);
        let (mut reader, gzip) = match input::open(file, Arc::clone(bytes_read)) {
            Ok(opened) => opened,
            Err(e) => {
                // Gone or unreadable since the inputs were listed.
                let job = Job::Failed(RecordError {
                    origin: file.origin.clone(),
                    line: 0,
                    field: None,
                    reason: format!("cannot open: {e}"),
                });
                if !send(index, job) {
                    return;
                }
                continue;
            }
        };
        match file.format {
            Format::Text => {
                let sent = match input::read_text_bounded(&mut *reader, ctx.max_doc_bytes) {
                    // Committed by an earlier run, but not yet marked finished.
                    Ok(_) if skip_to >= 1 => {
                        skipped_since(opened);
                        send(index, Job::End)
                    }
                    Ok((data, cut)) => send(index, Job::Text(data, cut)) && send(index, Job::End),
                    Err(e) => send(index, failed(1, e)),
                };
                if !sent {
                    return;
                }
            }
            Format::JsonLines => {
                let mut line_no = 0u64;
                // Bytes of the lines skipped (an earlier run committed them).
                let mut skipped_plain = 0u64;
                let mut data = Vec::with_capacity(BATCH_BYTES + 4096);
                let mut lines = Vec::new();
                loop {
                    let start = data.len();
                    let read = input::read_line_bounded(&mut *reader, &mut data, ctx.max_doc_bytes);
                    let too_long = match read {
                        Ok(LineRead::Eof) => break,
                        Ok(LineRead::Line) => None,
                        Ok(LineRead::TooLong { bytes }) => Some(bytes),
                        Err(e) => {
                            if !lines.is_empty() {
                                data.truncate(start);
                                let batch = std::mem::take(&mut lines);
                                let job = Job::Lines {
                                    data: std::mem::take(&mut data),
                                    lines: batch,
                                    last_line: line_no,
                                };
                                if !send(index, job) {
                                    return;
                                }
                            }
                            if !send(index, failed(line_no + 1, e)) {
                                return;
                            }
                            break;
                        }
                    };
                    line_no += 1;
                    let mut end = data.len();
                    while end > start && matches!(data[end - 1], b'\n' | b'\r') {
                        end -= 1;
                    }
                    if line_no <= skip_to {
                        skipped_plain += too_long.unwrap_or((data.len() - start) as u64);
                        data.truncate(start);
                        if line_no == skip_to {
                            if gzip {
                                skipped_since(opened);
                            } else {
                                counters
                                    .skipped_bytes
                                    .fetch_add(skipped_plain, Ordering::Relaxed);
                            }
                        }
                    } else if let Some(bytes) = too_long {
                        lines.push((line_no, Err(bytes)));
                    } else if data[start..end].iter().all(u8::is_ascii_whitespace) {
                        data.truncate(start);
                    } else {
                        lines.push((line_no, Ok(start..end)));
                    }
                    if data.len() >= BATCH_BYTES || lines.len() >= BATCH_LINES {
                        let job = Job::Lines {
                            data: std::mem::replace(
                                &mut data,
                                Vec::with_capacity(BATCH_BYTES + 4096),
                            ),
                            lines: std::mem::take(&mut lines),
                            last_line: line_no,
                        };
                        if !send(index, job) {
                            return;
                        }
                    }
                }
                if !lines.is_empty() || line_no > 0 {
                    let job = Job::Lines {
                        data,
                        lines,
                        last_line: line_no,
                    };
                    if !send(index, job) {
                        return;
                    }
                }
                if !send(index, Job::End) {
                    return;
                }
            }
        }
    }
}

/// A worker thread: turns jobs into documents.
fn work<T: DocumentTarget>(
    ctx: &Context<T>,
    jobs: &Receiver<(u64, usize, Job)>,
    out: &Sender<(u64, usize, Outcome<T::Doc>)>,
) {
    for (seq, file, job) in jobs.iter() {
        let origin = &ctx.files[file].origin;
        let outcome = match job {
            Job::Lines {
                data,
                lines,
                last_line,
            } => Outcome::Records {
                items: lines
                    .into_iter()
                    .map(|(line, range)| match range {
                        Ok(range) => build_line(ctx, origin, line, &data[range]),
                        Err(bytes) => Err(too_long(ctx, origin, line, bytes)),
                    })
                    .collect(),
                warnings: Vec::new(),
                last_line,
            },
            Job::Text(data, cut) => Outcome::Records {
                items: vec![build_text(ctx, origin, &data)],
                warnings: if cut {
                    vec![RecordError {
                        origin: origin.clone(),
                        line: 1,
                        field: None,
                        reason: format!(
                            "longer than the record limit of {} (--max-doc-mb): only \
                             its first {} are indexed",
                            mib(ctx.max_doc_bytes as u64),
                            mib(data.len() as u64)
                        ),
                    }]
                } else {
                    Vec::new()
                },
                last_line: 1,
            },
            Job::End => Outcome::End,
            Job::Failed(err) => Outcome::Failed(err),
        };
        if out.send((seq, file, outcome)).is_err() {
            return;
        }
    }
}

/// `16 MiB`, `100.2 MiB`.
fn mib(bytes: u64) -> String {
    let mib = bytes as f64 / f64::from(1 << 20);
    if mib.fract() == 0.0 {
        format!("{mib:.0} MiB")
    } else {
        format!("{mib:.1} MiB")
    }
}

/// The rejection of a JSON line over the record limit.
fn too_long<T>(ctx: &Context<T>, origin: &Origin, line: u64, bytes: u64) -> RecordError {
    RecordError {
        origin: origin.clone(),
        line,
        field: None,
        reason: format!(
            "record of {} is over the limit of {} (--max-doc-mb)",
            mib(bytes),
            mib(ctx.max_doc_bytes as u64)
        ),
    }
}

fn build_line<T: DocumentTarget>(
    ctx: &Context<T>,
    origin: &Origin,
    line: u64,
    bytes: &[u8],
) -> Result<Built<T::Doc>, RecordError> {
    let article = record::read_json_line(origin, line, bytes)?;
    guarded(origin, line, || build(ctx, line, article))
}

fn build_text<T: DocumentTarget>(
    ctx: &Context<T>,
    origin: &Origin,
    bytes: &[u8],
) -> Result<Built<T::Doc>, RecordError> {
    let article = record::read_text(origin, bytes)?;
    guarded(origin, 1, || build(ctx, 1, article))
}

/// Runs `f` for record `line` of `origin`; a panic in it (a bug in nomen, never the
/// record's fault) rejects that record instead of stopping the ingest, so what was
/// indexed before it and the records after it are kept.
fn guarded<T>(origin: &Origin, line: u64, f: impl FnOnce() -> T) -> Result<T, RecordError> {
    // `build` only reads the shared context; what a panic leaves half done is this
    // thread's reusable buffers, which are refilled before they are read again.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|panic| {
        let what = panic_message(panic.as_ref());
        RecordError {
            origin: origin.clone(),
            line,
            field: None,
            reason: format!(
                "nomen failed on this record ({what}); this is a bug, please report it"
            ),
        }
    })
}

/// The message a panic was raised with (`panic!("...")`, `expect`, an index out of
/// bounds), or "a panic" when it carried something else: for reporting a bug in nomen
/// that [`std::panic::catch_unwind`] caught.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into())
}

thread_local! {
    /// The folding buffers of a worker's title and body, reused across documents.
    static FOLDED: std::cell::Cell<(Folded, Folded)> = std::cell::Cell::default();
    /// The token spans of a worker's title and body, reused likewise.
    static SPANS: std::cell::Cell<[Vec<[u32; 4]>; 2]> = std::cell::Cell::default();
}

/// Folds and links `article`, and has the target assemble its document.
fn build<T: DocumentTarget>(ctx: &Context<T>, line: u64, article: Article<'_>) -> Built<T::Doc> {
    // Folded once, for the linker and for the index (see `prefold`).
    let (mut title_folded, mut body_folded) = FOLDED.with(std::cell::Cell::take);
    let mut spans = SPANS.with(std::cell::Cell::take);
    let folder = crate::analyzer::folder();
    let links = if ctx.without.linking {
        folder.fold_into(&article.title, View::Folded, &mut title_folded);
        folder.fold_into(&article.body, View::Folded, &mut body_folded);
        crate::prefold::spans_of(&title_folded, &mut spans[0]);
        crate::prefold::spans_of(&body_folded, &mut spans[1]);
        DocumentLinks::default()
    } else if *ctx.linker.folder() == folder {
        folder.fold_into(&article.title, View::Folded, &mut title_folded);
        folder.fold_into(&article.body, View::Folded, &mut body_folded);
        ctx.linker.link_document_folded_spans(
            &article.title,
            &title_folded,
            &article.body,
            &body_folded,
            &mut spans,
        )
    } else {
        spans.iter_mut().for_each(Vec::clear);
        ctx.linker.link_document(&article.title, &article.body)
    };
    let lang = match &article.lang {
        Some(lang) => Some(lang.as_ref()),
        None => record::detect_lang(&article.title, &article.body),
    };
    let doc = ctx.target.assemble(&Prepared {
        article: &article,
        lang,
        links: &links,
        folded: [&title_folded, &body_folded],
        spans: &spans,
        without: ctx.without,
    });
    FOLDED.with(|p| p.set((title_folded, body_folded)));
    SPANS.with(|p| p.set(spans));
    Built {
        line,
        id: article.id.into_owned(),
        doc,
        entities: u32::try_from(links.entities.len()).unwrap_or(u32::MAX),
        mentions: u32::try_from(links.mentions.len()).unwrap_or(u32::MAX),
    }
}

impl DocumentTarget for TantivyTarget {
    type Doc = TantivyBuilt;

    fn assemble(&self, prepared: &Prepared<'_>) -> TantivyBuilt {
        let f = &self.fields;
        let article = prepared.article;
        let mut doc = TantivyDocument::new();
        doc.add_text(f.id, &article.id);
        // The exact-view fields emit nothing for an ASCII text (see `exact`): it is
        // not given to them.
        let exact = |text: &str| !text.is_ascii() && !prepared.without.exact_fields;
        if !article.title.is_empty() {
            doc.add_text(f.title, &article.title);
            if exact(&article.title) {
                doc.add_text(f.title_exact, &article.title);
            }
        }
        doc.add_text(f.body, &article.body);
        if exact(&article.body) {
            doc.add_text(f.body_exact, &article.body);
        }
        if let Some(lang) = prepared.lang {
            doc.add_text(f.lang, lang);
        }
        if let Some(source) = &article.source {
            doc.add_text(f.source, source);
        }
        if let Some(url) = &article.url {
            doc.add_text(f.url, url);
        }
        if let Some(secs) = article.date {
            doc.add_date(f.date, DateTime::from_timestamp_secs(secs));
        }
        for id in &prepared.links.entities {
            doc.add_text(f.entities, id);
        }
        if !prepared.links.mentions.is_empty() {
            let mentions =
                crate::mentions::encode(&prepared.links.mentions, &prepared.links.entities);
            doc.add_bytes(f.mentions, &mentions);
        }
        let doc = IndexDoc::new(
            doc,
            &[
                (
                    prepared.folded[0],
                    &prepared.spans[0],
                    &[f.title, f.title_exact],
                ),
                (
                    prepared.folded[1],
                    &prepared.spans[1],
                    &[f.body, f.body_exact],
                ),
            ],
        );
        let existed = self
            .before
            .as_ref()
            .is_some_and(|searcher| has_live(searcher, &Term::from_field_text(f.id, &article.id)));
        TantivyBuilt { doc, existed }
    }
}

/// Whether a live document of `searcher` holds `term`. The term dictionary is looked
/// up first (cheap, and enough for a new id); only a term found there has its
/// documents checked against the deletes. An error reading the index counts as "yes":
/// the caller then deletes to be safe (and the recorded count may be off by one).
fn has_live(searcher: &tantivy::Searcher, term: &Term) -> bool {
    searcher.segment_readers().iter().any(|segment| {
        let Ok(inverted) = segment.inverted_index(term.field()) else {
            return true;
        };
        match inverted.get_term_info(term) {
            Ok(None) => false,
            Ok(Some(info)) => {
                let Ok(mut docs) = inverted
                    .read_postings_from_terminfo(&info, tantivy::schema::IndexRecordOption::Basic)
                else {
                    return true;
                };
                let alive = segment.alive_bitset();
                let mut doc = docs.doc();
                while doc != tantivy::TERMINATED {
                    if alive.is_none_or(|a| a.is_alive(doc)) {
                        return true;
                    }
                    doc = docs.advance();
                }
                false
            }
            Err(_) => true,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meta::FileStamp;

    fn article(n: u32) -> String {
        format!("{{\"id\":\"a{n}\",\"body\":\"article number {n}\"}}\n")
    }

    #[test]
    fn resumes_after_the_last_committed_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.jsonl");
        std::fs::write(&file, (1..=5).map(article).collect::<String>()).unwrap();
        let index = NomenIndex::create_or_open(dir.path().join("idx"), None).unwrap();
        // As if a killed run had committed lines 1 to 3 (and nothing of them).
        let progress = Progress {
            done: Vec::new(),
            partial: Some((FileStamp::of(&file).unwrap(), 3)),
            documents: None,
        };
        let mut writer: IndexWriter<IndexDoc> = index.tantivy().writer(15 << 20).unwrap();
        commit(&mut writer, &progress, dir.path()).unwrap();
        drop(writer);

        let input = [Input::Path(file.clone())];
        let options = IngestOptions {
            threads: 1,
            memory_mb: 15,
            ..IngestOptions::default()
        };
        let summary = index.ingest(&input, &options, &mut ()).unwrap();
        assert_eq!(summary.documents, 2, "lines 4 and 5 only");
        // The bytes of this run's lines, not the file's: its speed is bytes/seconds.
        assert_eq!(summary.bytes, (article(4) + &article(5)).len() as u64);
        let again = index.ingest(&input, &options, &mut ()).unwrap();
        assert_eq!((again.documents, again.skipped_files), (0, 1));
        let fresh = IngestOptions {
            resume: false,
            ..options
        };
        let all = index.ingest(&input, &fresh, &mut ()).unwrap();
        assert_eq!((all.documents, all.replaced), (5, 2));
        assert_eq!(all.bytes, std::fs::metadata(&file).unwrap().len());
        assert_eq!(index.stats().unwrap().documents, 5);
    }

    /// A target that keeps the pre-analysed views, and a sink that keeps what it
    /// is given: the seam a search cluster's ingest uses.
    struct Views;
    type ViewDoc = (String, String, String, Vec<String>);
    impl DocumentTarget for Views {
        type Doc = ViewDoc;
        fn assemble(&self, p: &Prepared<'_>) -> ViewDoc {
            (
                p.pre_analysed(TextField::Title, View::Folded),
                p.pre_analysed(TextField::Body, View::Folded),
                p.pre_analysed(TextField::Body, View::Exact),
                p.links.entities.clone(),
            )
        }
    }
    #[derive(Default)]
    struct Kept {
        docs: Vec<(String, u64, ViewDoc)>,
        commits: Vec<Progress>,
    }
    impl DocumentSink for Kept {
        type Doc = ViewDoc;
        fn add(
            &mut self,
            _origin: &Origin,
            docs: Vec<Built<ViewDoc>>,
        ) -> Result<Vec<RecordError>, Error> {
            self.docs
                .extend(docs.into_iter().map(|b| (b.id, b.line, b.doc)));
            Ok(Vec::new())
        }
        fn commit(&mut self, progress: &mut Progress) -> Result<Vec<RecordError>, Error> {
            self.commits.push(progress.clone());
            Ok(Vec::new())
        }
        fn replaced(&self) -> u64 {
            0
        }
    }

    #[test]
    fn a_second_sink_gets_the_linked_documents_and_their_pre_analysed_views() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.jsonl");
        let bodies = [
            "Николас Мадуро habló en Caracas con González.",
            "马杜罗在加拉加斯讲话。",
            "plain ascii, with O'Brien's words",
        ];
        let text: String = bodies
            .iter()
            .enumerate()
            .map(|(i, b)| {
                format!("{{\"id\":\"d{i}\",\"title\":\"Nicolás Maduro\",\"body\":\"{b}\"}}\n")
            })
            .collect::<String>()
            + "{\"id\":\"bad\"}\n";
        std::fs::write(&file, text).unwrap();
        let gazetteer = Arc::new(nomen_entities::Gazetteer::builtin());
        let mut sink = Kept::default();
        let options = IngestOptions {
            threads: 2,
            ..IngestOptions::default()
        };
        let summary = ingest_into(
            Linker::new(gazetteer),
            Views,
            &mut sink,
            &[Input::Path(file.clone())],
            &options,
            Progress::default(),
            &mut (),
        )
        .unwrap();
        assert_eq!((summary.documents, summary.errors), (3, 1));
        let lines: Vec<u64> = sink.docs.iter().map(|d| d.1).collect();
        assert_eq!(lines, [1, 2, 3], "in input order");
        let mut folded = crate::analyzer::analyzer(View::Folded);
        for ((_, _, (title, body, exact, entities)), text) in sink.docs.iter().zip(bodies) {
            assert_eq!(title, "nicolas maduro");
            // The folded view is the analyzer's tokens, in order.
            let tokens: Vec<String> = crate::analyzer::all_tokens(&mut folded, text)
                .into_iter()
                .map(|t| t.text)
                .collect();
            assert_eq!(body, &tokens.join(" "));
            assert!(
                entities.contains(&"nicolas-maduro".to_string()),
                "{entities:?}"
            );
            if text.is_ascii() {
                assert_eq!(exact, "");
            }
        }
        // The exact view: the words folding changed, at their positions.
        assert_eq!(
            sink.docs[0].2 .1,
            "nikolas maduro hablo en caracas con gonzalez"
        );
        assert_eq!(
            sink.docs[0].2 .2,
            format!("николас мадуро habló {GAP_TOKEN} {GAP_TOKEN} {GAP_TOKEN} gonzález")
        );
        // One commit at the end, recording the whole file.
        assert_eq!(sink.commits.len(), 1);
        assert!(sink.commits[0].is_done(&crate::meta::FileStamp::of(&file).unwrap()));
    }

    #[test]
    fn a_panic_while_building_a_record_rejects_that_record() {
        let origin = Origin::Stdin;
        assert_eq!(guarded(&origin, 3, || 7).unwrap(), 7);
        let err = guarded(&origin, 4, || -> u32 { panic!("begin > end") }).unwrap_err();
        assert_eq!(err.line, 4);
        assert!(
            err.reason.contains("begin > end") && err.reason.contains("bug"),
            "{err}"
        );
        let formatted = guarded(&origin, 5, || -> u32 { panic!("at {}", 9) }).unwrap_err();
        assert!(formatted.reason.contains("at 9"), "{formatted}");
    }

    /// The terms of `field` in `index`, in order.
    fn terms(index: &NomenIndex, field: tantivy::schema::Field) -> Vec<Vec<u8>> {
        let reader = index.tantivy().reader().unwrap();
        let mut out = std::collections::BTreeSet::new();
        for segment in reader.searcher().segment_readers() {
            let inverted = segment.inverted_index(field).unwrap();
            let mut stream = inverted.terms().stream().unwrap();
            while stream.advance() {
                out.insert(stream.key().to_vec());
            }
        }
        out.into_iter().collect()
    }

    #[test]
    fn a_part_left_out_leaves_the_rest_of_the_index_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.jsonl");
        std::fs::write(
            &file,
            concat!(
                "{\"id\":\"a\",\"title\":\"Nicolás Maduro en Caracas\",",
                "\"body\":\"El presidente Nicolás Maduro habló. Maduro dijo que sí.\"}\n",
                "{\"id\":\"b\",\"body\":\"Николас Мадуро выступил в Каракасе.\"}\n",
                "{\"id\":\"c\",\"body\":\"plain ascii about the weather\"}\n",
            ),
        )
        .unwrap();
        let build = |name: &str, without: Without| {
            let index = NomenIndex::create_or_open(dir.path().join(name), None).unwrap();
            let options = IngestOptions {
                threads: 1,
                memory_mb: 15,
                without,
                ..IngestOptions::default()
            };
            let summary = index
                .ingest(&[Input::Path(file.clone())], &options, &mut ())
                .unwrap();
            assert_eq!(summary.documents, 3, "{name}");
            (index, summary)
        };
        let (full, full_summary) = build("full", Without::default());
        let (unlinked, unlinked_summary) = build(
            "unlinked",
            Without {
                linking: true,
                ..Without::default()
            },
        );
        let (inexact, _) = build(
            "inexact",
            Without {
                exact_fields: true,
                ..Without::default()
            },
        );
        let f = full.fields().clone();
        for field in [f.title, f.body, f.id, f.lang] {
            let want = terms(&full, field);
            assert!(!want.is_empty());
            assert_eq!(terms(&unlinked, field), want);
            assert_eq!(terms(&inexact, field), want);
        }
        // Linking: entity ids and mention counts, and nothing else.
        assert!(full_summary.mentions >= 3, "{full_summary:?}");
        assert!(terms(&full, f.entities).contains(&b"nicolas-maduro".to_vec()));
        assert_eq!(unlinked_summary.mentions, 0);
        assert!(terms(&unlinked, f.entities).is_empty());
        assert_eq!(terms(&inexact, f.entities), terms(&full, f.entities));
        // The exact fields: accents and Cyrillic, and nothing else.
        for field in [f.title_exact, f.body_exact] {
            assert!(!terms(&full, field).is_empty());
            assert_eq!(terms(&unlinked, field), terms(&full, field));
            assert!(terms(&inexact, field).is_empty());
        }
        assert!(terms(&full, f.body_exact).contains(&"мадуро".as_bytes().to_vec()));
    }

    #[test]
    fn a_writer_elsewhere_is_reported_as_a_lock() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.jsonl");
        std::fs::write(&file, article(1)).unwrap();
        let input = [Input::Path(file)];
        let options = IngestOptions {
            threads: 1,
            memory_mb: 15,
            ..IngestOptions::default()
        };
        let writing = NomenIndex::create_or_open(dir.path().join("idx"), None).unwrap();
        writing.ingest(&input, &options, &mut ()).unwrap();
        // Another handle on the same index (as another process would have) is
        // refused while the first holds nomen's writer lock...
        let reading = NomenIndex::open(dir.path().join("idx")).unwrap();
        let err = reading.ingest(&input, &options, &mut ()).unwrap_err();
        assert!(matches!(err, Error::Locked { .. }), "{err}");
        // ... and a program writing with tantivy directly holds tantivy's lock.
        drop(writing);
        let _tantivy: IndexWriter = reading.tantivy().writer(15 << 20).unwrap();
        let err = reading.ingest(&input, &options, &mut ()).unwrap_err();
        assert!(matches!(err, Error::Locked { .. }), "{err}");
    }

    #[test]
    fn ingest_removes_what_killed_writers_left() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.jsonl");
        std::fs::write(&file, article(1)).unwrap();
        let idx = dir.path().join("idx");
        let index = NomenIndex::create_or_open(&idx, None).unwrap();
        // A linker cache and a meta.json being written when their writers were killed.
        let left = ["linker-0123abcd.tmp4242424", ".tmpAb12Cd"];
        for name in left {
            std::fs::write(idx.join(name), b"partial").unwrap();
        }
        let options = IngestOptions {
            threads: 1,
            memory_mb: 15,
            ..IngestOptions::default()
        };
        index
            .ingest(&[Input::Path(file)], &options, &mut ())
            .unwrap();
        for name in left {
            assert!(!idx.join(name).exists(), "{name}");
        }
        assert!(index.check().unwrap().is_ok());
    }

    #[test]
    fn an_id_given_twice_keeps_the_later_article() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.jsonl");
        let text = "{\"id\":\"x\",\"body\":\"first version\"}\n".to_string()
            + &article(1)
            + "{\"id\":\"x\",\"body\":\"second version\"}\n";
        std::fs::write(&file, text).unwrap();
        let index = NomenIndex::create_or_open(dir.path().join("idx"), None).unwrap();
        let input = [Input::Path(file)];
        let summary = index
            .ingest(&input, &IngestOptions::default(), &mut ())
            .unwrap();
        assert_eq!((summary.documents, summary.replaced), (3, 1));
        let find = |q: &str| {
            let request = crate::SearchRequest {
                query: Some(q.into()),
                ..crate::SearchRequest::default()
            };
            let results = index.searcher().unwrap().search(&request).unwrap();
            results.hits.into_iter().map(|h| h.id).collect::<Vec<_>>()
        };
        assert_eq!(find("version"), ["x"]);
        assert_eq!(find("second"), ["x"]);
        assert!(find("first").is_empty());
        assert_eq!(index.stats().unwrap().documents, 2);
        // Again, now that both ids are in the index: replaced, not duplicated.
        let fresh = IngestOptions {
            resume: false,
            ..IngestOptions::default()
        };
        let again = index.ingest(&input, &fresh, &mut ()).unwrap();
        assert_eq!((again.documents, again.replaced), (3, 3));
        assert_eq!(index.stats().unwrap().documents, 2);
        assert_eq!(find("second"), ["x"]);
    }

    #[test]
    fn strict_does_not_delete_what_it_does_not_replace() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.jsonl");
        std::fs::write(&good, (1..=4).map(article).collect::<String>()).unwrap();
        let index = NomenIndex::create_or_open(dir.path().join("idx"), None).unwrap();
        let options = IngestOptions::default();
        index
            .ingest(&[Input::Path(good)], &options, &mut ())
            .unwrap();
        // The same ids again, with a bad record before a4: a4 must stay.
        let bad = dir.path().join("bad.jsonl");
        let text = article(1) + &article(2) + "{\"id\":\"a3\"}\n" + &article(4);
        std::fs::write(&bad, text).unwrap();
        let strict = IngestOptions {
            strict: true,
            ..options
        };
        let summary = index.ingest(&[Input::Path(bad)], &strict, &mut ()).unwrap();
        assert_eq!((summary.documents, summary.stopped), (2, true));
        assert_eq!(index.stats().unwrap().documents, 4);
    }

    #[test]
    fn strict_keeps_what_came_before() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.jsonl");
        let text = article(1) + &article(2) + "{\"id\":\"bad\"}\n" + &article(4);
        std::fs::write(&file, text).unwrap();
        let index = NomenIndex::create_or_open(dir.path().join("idx"), None).unwrap();
        struct Errors(Vec<String>);
        impl IngestObserver for Errors {
            fn rejected(&mut self, error: &RecordError) {
                self.0.push(error.to_string());
            }
        }
        let mut errors = Errors(Vec::new());
        let options = IngestOptions {
            strict: true,
            ..IngestOptions::default()
        };
        let summary = index
            .ingest(&[Input::Path(file.clone())], &options, &mut errors)
            .unwrap();
        assert!(summary.stopped);
        assert_eq!((summary.documents, summary.errors), (2, 1));
        assert_eq!(
            errors.0,
            [format!(
                "{}:3: field \"body\": missing (an article needs a non-empty \"body\" or \"text\")",
                file.display()
            )]
        );
        assert_eq!(index.stats().unwrap().documents, 2);
    }
}
