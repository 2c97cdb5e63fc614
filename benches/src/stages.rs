//! Stage costs on one core: what each step of nomen's pipeline costs alone.
//!
//! * `read+parse`: read the corpus file and parse every line with serde_json (the
//!   floor no indexer can beat).
//! * `fold (folded view)`, `fold (exact view)`: [`Folder::fold_into`] over title and
//!   body.
//! * `analyzer: nomen (indexed fields)`: the analyzers of nomen's text fields, every
//!   token: the folded view (`title`, `body`) and the exact fields' analyzer
//!   (`title_exact`, `body_exact`). Each folds the text itself here; in indexing both
//!   read the tokens the linker already made (see `nomen_index::analyzer`).
//! * `analyzer: tantivy default`: tantivy's default tokenizer, every token (what the
//!   baseline pays).
//! * `link`: [`Linker::link_document`] against the gazetteer (the linker is built
//!   before the clock starts).
//!
//! Parsing is measured on the whole file (or its first `limit` bytes); the other stages
//! on the same documents held in memory, so they exclude reading and parsing. Every
//! stage counts its output (tokens, mentions, folded bytes) and the counts are
//! reported, so a stage that silently did nothing would show.

use std::sync::Arc;
use std::time::Instant;

use nomen_entities::{Gazetteer, Linker};
use nomen_fold::{Folded, Folder, View};
use serde::Serialize;
use tantivy::tokenizer::{TextAnalyzer, TokenizerManager};

use crate::engines::for_each_doc;
use crate::error::BenchError;
use crate::measure::mb_per_s;

/// One stage's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stage {
    /// Stage name.
    pub stage: String,
    /// Input bytes processed (JSON bytes for parsing; title + body bytes otherwise).
    pub bytes: u64,
    /// Seconds on one core.
    pub seconds: f64,
    /// Megabytes (10^6) per second.
    pub mb_per_s: f64,
    /// What the stage produced (tokens, mentions, bytes), as a check.
    pub output: u64,
    /// What `output` counts.
    pub output_unit: String,
}

/// All stage figures for one corpus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stages {
    /// Documents measured.
    pub docs: u64,
    /// Gazetteer entities (for `link`).
    pub gazetteer_entities: usize,
    /// The stages, in pipeline order.
    pub stages: Vec<Stage>,
}

/// Measures every stage on the documents of `corpus` up to `limit` bytes of title and
/// body text (all of them when `None`), linking against `gazetteer`.
///
/// # Errors
/// Unreadable or malformed corpus.
pub fn measure_stages(
    corpus: &std::path::Path,
    limit: Option<u64>,
    gazetteer: Gazetteer,
) -> Result<Stages, BenchError> {
    // Read+parse floor: parse only (no copies), up to the limit.
    let mut kept = 0u64;
    let mut parsed_bytes = 0u64;
    let started = Instant::now();
    let json_bytes = for_each_doc(corpus, |_, raw| {
        parsed_bytes += (raw.title.len() + raw.body.len()) as u64;
        kept += 1;
        std::hint::black_box(&raw);
        Ok(limit.is_none_or(|l| parsed_bytes < l))
    })?;
    let parse_seconds = started.elapsed().as_secs_f64();

    // The same documents, held in memory for the other stages.
    let mut docs: Vec<(String, String)> = Vec::with_capacity(kept as usize);
    for_each_doc(corpus, |_, raw| {
        docs.push((raw.title.into_owned(), raw.body.into_owned()));
        Ok((docs.len() as u64) < kept)
    })?;
    let text_bytes: u64 = docs.iter().map(|(t, b)| (t.len() + b.len()) as u64).sum();
    let mut stages = vec![Stage {
        stage: "read+parse".into(),
        bytes: json_bytes,
        seconds: parse_seconds,
        mb_per_s: mb_per_s(json_bytes, parse_seconds),
        output: kept,
        output_unit: "documents".into(),
    }];

    let folder = Folder::new();
    for (name, view) in [
        ("fold (folded view)", View::Folded),
        ("fold (exact view)", View::Exact),
    ] {
        let mut folded = Folded::default();
        let mut out = 0u64;
        let started = Instant::now();
        for (title, body) in &docs {
            folder.fold_into(title, view, &mut folded);
            out += folded.as_str().len() as u64;
            folder.fold_into(body, view, &mut folded);
            out += folded.as_str().len() as u64;
        }
        stages.push(timed(name, text_bytes, started, out, "folded bytes"));
    }

    let manager = TokenizerManager::default();
    nomen_index::analyzer::register(&manager);
    nomen_index::exact::register(&manager);
    let mut nomen = [
        manager.get(nomen_index::analyzer::FOLDED),
        manager.get(nomen_index::exact::EXACT_TERMS),
    ];
    let started = Instant::now();
    let mut tokens = 0u64;
    for analyzer in nomen.iter_mut().flatten() {
        tokens += count_tokens(analyzer, &docs);
    }
    stages.push(timed(
        "analyzer: nomen (indexed fields)",
        text_bytes,
        started,
        tokens,
        "tokens",
    ));
    if let Some(mut default) = manager.get("default") {
        let started = Instant::now();
        let tokens = count_tokens(&mut default, &docs);
        stages.push(timed(
            "analyzer: tantivy default",
            text_bytes,
            started,
            tokens,
            "tokens",
        ));
    }

    let entities = gazetteer.len();
    let linker = Linker::new(Arc::new(gazetteer));
    let started = Instant::now();
    let mut mentions = 0u64;
    for (title, body) in &docs {
        mentions += linker.link_document(title, body).mentions.len() as u64;
    }
    stages.push(timed("link", text_bytes, started, mentions, "mentions"));

    Ok(Stages {
        docs: kept,
        gazetteer_entities: entities,
        stages,
    })
}

fn timed(name: &str, bytes: u64, started: Instant, output: u64, unit: &str) -> Stage {
    let seconds = started.elapsed().as_secs_f64();
    Stage {
        stage: name.into(),
        bytes,
        seconds,
        mb_per_s: mb_per_s(bytes, seconds),
        output,
        output_unit: unit.into(),
    }
}

fn count_tokens(analyzer: &mut TextAnalyzer, docs: &[(String, String)]) -> u64 {
    let mut n = 0u64;
    for (title, body) in docs {
        for text in [title, body] {
            let mut stream = analyzer.token_stream(text);
            while stream.advance() {
                n += 1;
            }
        }
    }
    n
}
