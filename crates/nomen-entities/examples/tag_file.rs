//! Tags a JSON Lines corpus (`title`, `body` per line) with a gazetteer file: the
//! warm start as `nomen` does it (parse the file, then `Linker::cached`), then single-
//! thread tagging, each phase timed. Small on purpose, so that a profiler (`perf
//! record`, `valgrind --tool=callgrind`) sees only what it is asked about.
//!
//! ```text
//! cargo run --release -p nomen-entities --example tag_file -- GAZETTEER.jsonl CORPUS.jsonl [ROUNDS] [CACHE_DIR]
//! ```
//!
//! Each round tags the corpus from folded fields (`link_document_folded`: the cost of
//! everything after folding), then from the raw text (`link_document`).
//!
//! `GAZETTEER.jsonl` may be `-` for the built-in gazetteer alone. The linker cache goes
//! to `CACHE_DIR` (default: the system's temporary directory).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use nomen_entities::{Gazetteer, Linker};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [gazetteer_path, corpus_path, rest @ ..] = args.as_slice() else {
        return Err("usage: tag_file GAZETTEER.jsonl CORPUS.jsonl [ROUNDS] [CACHE_DIR]".into());
    };
    let rounds: usize = rest.first().map(|s| s.parse()).transpose()?.unwrap_or(1);
    let cache_dir = rest
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("nomen-tag-file"));

    let t = Instant::now();
    let gazetteer = if gazetteer_path == "-" {
        Gazetteer::builtin()
    } else {
        Gazetteer::from_file(Path::new(gazetteer_path))?
    };
    let parse = t.elapsed();
    let t = Instant::now();
    let linker = Linker::cached(Arc::new(gazetteer), &cache_dir);
    let load = t.elapsed();
    eprintln!(
        "gazetteer: {} entities; parse {:.3} s, linker (cached) {:.3} s",
        linker.gazetteer().len(),
        parse.as_secs_f64(),
        load.as_secs_f64()
    );

    let text = std::fs::read_to_string(corpus_path)?;
    let docs: Vec<(String, String)> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l)?;
            let field = |name: &str| v[name].as_str().unwrap_or("").to_string();
            Ok((field("title"), field("body")))
        })
        .collect::<Result<_, serde_json::Error>>()?;
    let bytes: usize = docs.iter().map(|(t, b)| t.len() + b.len()).sum();
    let fold = |text: &str| {
        let mut f = nomen_fold::Folded::new();
        linker
            .folder()
            .fold_into(text, nomen_fold::View::Folded, &mut f);
        f
    };
    let prefolded: Vec<_> = docs.iter().map(|(t, b)| (fold(t), fold(b))).collect();
    for _ in 0..rounds {
        let t = Instant::now();
        let mut mentions = 0usize;
        for ((title, body), (tf, bf)) in docs.iter().zip(&prefolded) {
            mentions += linker
                .link_document_folded(title, tf, body, bf)
                .mentions
                .len();
        }
        let secs = t.elapsed().as_secs_f64();
        eprintln!(
            "tagged {} documents folded beforehand, {} mentions: {:.1} MB/s",
            docs.len(),
            mentions,
            bytes as f64 / 1e6 / secs
        );
        let t = Instant::now();
        let mut mentions = 0usize;
        for (title, body) in &docs {
            mentions += linker.link_document(title, body).mentions.len();
        }
        let secs = t.elapsed().as_secs_f64();
        eprintln!(
            "tagged {} documents, {:.1} MB, {} mentions: {:.1} MB/s",
            docs.len(),
            bytes as f64 / 1e6,
            mentions,
            bytes as f64 / 1e6 / secs
        );
    }
    Ok(())
}
