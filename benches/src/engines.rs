//! The indexing contenders, each measured in-process on one corpus: nomen's full
//! pipeline and the plain-tantivy baseline; and the corpus reader they share with the
//! stage benchmarks.
//!
//! Peak RSS is per process, so the harness ([`crate::harness`]) runs each contender
//! in a child process of its own (`nomen bench index-one`), which calls
//! [`index_one`] and prints the [`IndexRun`] as JSON.
//!
//! The baseline is what a user of tantivy writes first: `id` (`STRING | STORED`),
//! `title` and `body` (`TEXT | STORED`: tantivy's default tokenizer, positions), one
//! producer thread parsing JSON Lines, `threads` indexing threads sharing `memory_mb`
//! of writer budget, a commit every `commit_every_mb` of input and at the end, then
//! waiting for merges: the same threads, budget and commit cadence nomen is given.

use std::borrow::Cow;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tantivy::schema::{Schema, STORED, STRING, TEXT};
use tantivy::{Index, IndexWriter, TantivyDocument};

use crate::error::BenchError;
use crate::measure::{cpu_seconds, dir_size, mb_per_s, peak_rss_bytes, MemorySampler};

/// Which indexer to measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Engine {
    /// nomen's full pipeline: parse, fold, link entities, tantivy with nomen's schema.
    Nomen,
    /// Plain tantivy: default tokenizer, no entities.
    Tantivy,
    /// nomen's pipeline without entity linking (what linking costs).
    NomenNoLinking,
    /// nomen's pipeline without the exact-view fields (what they cost).
    NomenNoExact,
    /// nomen's pipeline without linking and without the exact-view fields: folding,
    /// nomen's analyzers and schema.
    NomenNoLinkingNoExact,
}

impl Engine {
    /// nomen's pipeline without one part or two, in the order `nomen bench index
    /// --parts` reports them.
    pub const PARTS: [Engine; 3] = [
        Engine::NomenNoLinking,
        Engine::NomenNoExact,
        Engine::NomenNoLinkingNoExact,
    ];

    /// Every contender.
    pub const ALL: [Engine; 5] = [
        Engine::Nomen,
        Engine::Tantivy,
        Engine::NomenNoLinking,
        Engine::NomenNoExact,
        Engine::NomenNoLinkingNoExact,
    ];

    /// The name on the command line and in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Engine::Nomen => "nomen",
            Engine::Tantivy => "tantivy",
            Engine::NomenNoLinking => "nomen-no-linking",
            Engine::NomenNoExact => "nomen-no-exact",
            Engine::NomenNoLinkingNoExact => "nomen-no-linking-no-exact",
        }
    }

    /// What nomen's pipeline leaves out for this contender; `None` for the baseline.
    pub fn without(self) -> Option<nomen_index::Without> {
        let (linking, exact_fields) = match self {
            Engine::Tantivy => return None,
            Engine::Nomen => (false, false),
            Engine::NomenNoLinking => (true, false),
            Engine::NomenNoExact => (false, true),
            Engine::NomenNoLinkingNoExact => (true, true),
        };
        Some(nomen_index::Without {
            linking,
            exact_fields,
        })
    }
}

impl std::str::FromStr for Engine {
    type Err = String;
    fn from_str(s: &str) -> Result<Engine, String> {
        Engine::ALL
            .into_iter()
            .find(|e| e.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Engine::ALL.iter().map(|e| e.as_str()).collect();
                format!("engine {s:?}: expected one of {}", names.join(", "))
            })
    }
}

/// Which gazetteer nomen links against.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GazetteerSpec {
    /// Extra JSON Lines gazetteer files (e.g. the one written next to a generated corpus).
    pub files: Vec<PathBuf>,
    /// Whether the built-in gazetteer is loaded first (`nomen bench` loads it unless
    /// `--no-builtin`; the derived `Default` is `false`).
    pub builtin: bool,
}

/// What to index and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexConfig {
    /// The JSON Lines corpus.
    pub corpus: PathBuf,
    /// The index directory to create (must not exist, or be empty).
    pub index_dir: PathBuf,
    /// Worker and indexing threads (≥ 1).
    pub threads: usize,
    /// tantivy writer memory budget in MiB, shared by the indexing threads.
    pub memory_mb: usize,
    /// Commit after this many MiB of input (and at the end).
    pub commit_every_mb: u64,
    /// The gazetteer (nomen only).
    pub gazetteer: GazetteerSpec,
}

/// One indexing run's figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexRun {
    /// Which contender.
    pub engine: Engine,
    /// Documents indexed.
    pub docs: u64,
    /// Corpus bytes read.
    pub bytes: u64,
    /// Wall-clock seconds from opening the corpus to the last merge finishing.
    pub seconds: f64,
    /// CPU seconds (user + system, every thread of the child process) over the
    /// same span as `seconds`; `None` off Linux. Over `seconds` it says how many
    /// cores were busy on average.
    #[serde(default)]
    pub cpu_seconds: Option<f64>,
    /// Documents per second.
    pub docs_per_s: f64,
    /// Megabytes (10^6 bytes) of corpus per second.
    pub mb_per_s: f64,
    /// Peak resident memory of the process, bytes (`VmHWM`); `None` off Linux. It
    /// counts the index files tantivy maps, so it grows with the index.
    pub peak_rss_bytes: Option<u64>,
    /// Peak anonymous resident memory (heap, stacks), sampled every 20 ms.
    #[serde(default)]
    pub peak_anon_bytes: u64,
    /// Peak file-backed resident memory (mapped index files, binary), sampled.
    #[serde(default)]
    pub peak_file_bytes: u64,
    /// Size of the index directory afterwards, bytes.
    pub index_bytes: u64,
    /// Threads used.
    pub threads: usize,
    /// Writer budget, MiB.
    pub memory_mb: usize,
    /// Entity mentions found (nomen only).
    pub mentions: Option<u64>,
    /// Sum over documents of the distinct entities each mentions (nomen only).
    pub entity_links: Option<u64>,
    /// Records rejected.
    pub errors: u64,
}

/// Indexes `config.corpus` with `engine` in this process and measures it.
///
/// # Errors
/// Unreadable corpus, unusable index directory, tantivy or nomen errors.
pub fn index_one(engine: Engine, config: &IndexConfig) -> Result<IndexRun, BenchError> {
    if config.threads == 0 {
        return Err(BenchError::Option("--threads must be at least 1".into()));
    }
    std::fs::create_dir_all(&config.index_dir).map_err(|e| BenchError::io(&config.index_dir, e))?;
    let sampler = MemorySampler::start(Duration::from_millis(20));
    let cpu_before = cpu_seconds();
    let mut run = match engine.without() {
        None => index_tantivy(config)?,
        Some(without) => crate::nomen::index_nomen(engine, without, config)?,
    };
    run.cpu_seconds = cpu_seconds()
        .zip(cpu_before)
        .map(|(after, before)| after - before);
    let peaks = sampler.finish();
    run.peak_anon_bytes = peaks.anon_bytes;
    run.peak_file_bytes = peaks.file_bytes;
    run.index_bytes =
        dir_size(&config.index_dir).map_err(|e| BenchError::io(&config.index_dir, e))?;
    run.peak_rss_bytes = peak_rss_bytes();
    Ok(run)
}

/// The fields of a corpus line the benchmarks read; other fields are ignored.
#[derive(Debug, Deserialize)]
pub struct RawDoc<'a> {
    /// Document id, when given.
    #[serde(borrow, default)]
    pub id: Option<Cow<'a, str>>,
    /// Title (may be empty).
    #[serde(borrow, default)]
    pub title: Cow<'a, str>,
    /// Body text.
    #[serde(borrow, default)]
    pub body: Cow<'a, str>,
}

/// Reads a JSON Lines corpus line by line, parsing each into a [`RawDoc`], calling
/// `each(line_number, doc)` until it returns `false`; blank lines are skipped.
/// Returns the bytes read (up to and including the line where `each` stopped).
///
/// # Errors
/// I/O errors, and the first line that is not a JSON object (with its line number).
pub fn for_each_doc(
    path: &Path,
    mut each: impl FnMut(u64, RawDoc<'_>) -> Result<bool, BenchError>,
) -> Result<u64, BenchError> {
    let file = File::open(path).map_err(|e| BenchError::io(path, e))?;
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut line = String::new();
    let mut bytes = 0u64;
    let mut number = 0u64;
    loop {
        line.clear();
        let n = reader
            .read_line(&mut line)
            .map_err(|e| BenchError::io(path, e))?;
        if n == 0 {
            break;
        }
        number += 1;
        bytes += n as u64;
        let text = line.trim_end();
        if text.is_empty() {
            continue;
        }
        let doc: RawDoc<'_> = serde_json::from_str(text).map_err(|e| BenchError::Record {
            path: path.to_path_buf(),
            line: number,
            reason: e.to_string(),
        })?;
        if !each(number, doc)? {
            break;
        }
    }
    Ok(bytes)
}

/// The baseline's schema: `id` (STRING | STORED), `title` and `body` (TEXT | STORED).
pub fn baseline_schema() -> Schema {
    let mut builder = Schema::builder();
    builder.add_text_field("id", STRING | STORED);
    builder.add_text_field("title", TEXT | STORED);
    builder.add_text_field("body", TEXT | STORED);
    builder.build()
}

fn index_tantivy(config: &IndexConfig) -> Result<IndexRun, BenchError> {
    let dir = &config.index_dir;
    let tantivy_err = |source| BenchError::Tantivy {
        path: dir.clone(),
        source,
    };
    let started = Instant::now();
    let schema = baseline_schema();
    let index = Index::create_in_dir(dir, schema.clone()).map_err(tantivy_err)?;
    let (id, title, body) = (
        schema.get_field("id").map_err(tantivy_err)?,
        schema.get_field("title").map_err(tantivy_err)?,
        schema.get_field("body").map_err(tantivy_err)?,
    );
    let mut writer: IndexWriter = index
        .writer_with_num_threads(config.threads, config.memory_mb << 20)
        .map_err(tantivy_err)?;
    let commit_every = config.commit_every_mb.max(1) << 20;
    let mut docs = 0u64;
    let mut since_commit = 0u64;
    let bytes = for_each_doc(&config.corpus, |line, raw| {
        let mut doc = TantivyDocument::default();
        let doc_id = match raw.id {
            Some(i) => i.into_owned(),
            None => format!("line-{line}"),
        };
        doc.add_text(id, &doc_id);
        doc.add_text(title, &raw.title);
        doc.add_text(body, &raw.body);
        writer.add_document(doc).map_err(tantivy_err)?;
        docs += 1;
        // Approximate input bytes for the commit cadence (the reader counts exactly).
        let approx = (raw.title.len() + raw.body.len() + 64) as u64;
        since_commit += approx;
        if since_commit >= commit_every {
            writer.commit().map_err(tantivy_err)?;
            since_commit = 0;
        }
        Ok(true)
    })?;
    writer.commit().map_err(tantivy_err)?;
    writer.wait_merging_threads().map_err(tantivy_err)?;
    let seconds = started.elapsed().as_secs_f64();
    Ok(IndexRun {
        engine: Engine::Tantivy,
        docs,
        bytes,
        seconds,
        cpu_seconds: None,
        docs_per_s: docs as f64 / seconds.max(1e-9),
        mb_per_s: mb_per_s(bytes, seconds),
        peak_rss_bytes: None,
        peak_anon_bytes: 0,
        peak_file_bytes: 0,
        index_bytes: 0,
        threads: config.threads,
        memory_mb: config.memory_mb,
        mentions: None,
        entity_links: None,
        errors: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baseline_indexes_a_small_corpus() {
        let tmp = tempfile::tempdir().unwrap();
        let corpus = tmp.path().join("c.jsonl");
        std::fs::write(
            &corpus,
            "{\"id\":\"a\",\"title\":\"One\",\"body\":\"alpha beta\"}\n\n{\"title\":\"Two\",\"body\":\"gamma\",\"lang\":\"en\"}\n",
        )
        .unwrap();
        let config = IndexConfig {
            corpus: corpus.clone(),
            index_dir: tmp.path().join("idx"),
            threads: 1,
            memory_mb: 20,
            commit_every_mb: 512,
            gazetteer: GazetteerSpec::default(),
        };
        let run = index_one(Engine::Tantivy, &config).unwrap();
        assert_eq!(run.docs, 2);
        assert_eq!(run.bytes, std::fs::metadata(&corpus).unwrap().len());
        assert!(run.index_bytes > 0);
        let json = serde_json::to_value(&run).unwrap();
        assert_eq!(json["engine"], "tantivy");
        let back: IndexRun = serde_json::from_value(json).unwrap();
        assert_eq!(back, run);
    }

    #[test]
    fn bad_lines_name_their_line() {
        let tmp = tempfile::tempdir().unwrap();
        let corpus = tmp.path().join("c.jsonl");
        std::fs::write(&corpus, "{\"body\":\"x\"}\n{\"body\": 3}\n").unwrap();
        let err = for_each_doc(&corpus, |_, _| Ok(true)).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("c.jsonl:2: "), "{text}");
    }
}
