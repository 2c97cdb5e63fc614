//! Linker scale benchmark: generated gazetteers of 1k, 100k and 1M entities.
//!
//! For each size: the time to build the linker from a loaded gazetteer (folding and
//! indexing every name, alias and derived key), the resident memory it adds, and the
//! single-thread tagging throughput (MB/s of title + body text, folding and every
//! decision included) over a seeded generated corpus (default 20 MB, nine languages,
//! mentions of built-in and synthetic entities in variant spellings). Also reports the
//! time to parse the gazetteer from JSON Lines (`Gazetteer::from_jsonl_str`), i.e.
//! load + build = a cold start from a file, and the warm start: the dictionary saved
//! with `Linker::save` and read back with `Linker::load` (what `Linker::cached` does),
//! fingerprint check included.
//!
//! ```text
//! cargo run --release -p nomen-benches --example gazetteer_scale [SIZES] [CORPUS_MB]
//! cargo run --release -p nomen-benches --example gazetteer_scale 1000,100000,1000000 20
//! ```

use std::sync::Arc;
use std::time::Instant;

use nomen_benches::corpus::{self, Budget};
use nomen_benches::measure::{peak_rss_bytes, rss_bytes};
use nomen_entities::{Gazetteer, Linker};

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let sizes: Vec<usize> = args
        .next()
        .unwrap_or_else(|| "1000,100000,1000000".to_string())
        .split(',')
        .map(str::parse)
        .collect::<Result<_, _>>()?;
    let corpus_mb: u64 = args.next().map(|s| s.parse()).transpose()?.unwrap_or(20);

    // The corpus mentions built-in and (some) synthetic entities of the largest size.
    let largest = sizes.iter().copied().max().unwrap_or(1000);
    let t = Instant::now();
    let corpus_gazetteer = corpus::generation_gazetteer(42, largest.min(100_000));
    let mut raw = Vec::new();
    corpus::generate(
        42,
        &corpus_gazetteer,
        Budget {
            bytes: Some(corpus_mb << 20),
            docs: None,
        },
        &mut raw,
    )?;
    drop(corpus_gazetteer);
    let docs: Vec<(String, String)> = String::from_utf8(raw)?
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l)?;
            Ok((
                v["title"].as_str().unwrap_or("").to_string(),
                v["body"].as_str().unwrap_or("").to_string(),
            ))
        })
        .collect::<Result<_, serde_json::Error>>()?;
    let text_bytes: usize = docs.iter().map(|(t, b)| t.len() + b.len()).sum();
    eprintln!(
        "corpus: {} articles, {:.1} MB of title+body text (generated in {:.1} s)",
        docs.len(),
        text_bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );

    // The floor: folding and tokenizing alone (what any linker built on nomen-fold
    // pays before its first lookup).
    let folder = nomen_fold::Folder::new();
    let mut folded = nomen_fold::Folded::new();
    let t = Instant::now();
    let mut tokens = 0usize;
    for (title, body) in &docs {
        for text in [title, body] {
            folder.fold_into(text, nomen_fold::View::Folded, &mut folded);
            tokens += folded.tokens().count();
        }
    }
    eprintln!(
        "fold + tokenize only: {:.1} MB/s ({tokens} tokens)",
        text_bytes as f64 / 1e6 / t.elapsed().as_secs_f64()
    );

    println!(
        "| entities | names+aliases | parse JSONL | build linker | save cache (size) | load cache | RSS added | dictionary heap | tokens | trie nodes | keys | tag MB/s (1 thread) | mentions |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for &n in &sizes {
        let gazetteer = corpus::generation_gazetteer(42, n);
        let names: usize = gazetteer
            .entities()
            .iter()
            .map(|e| 1 + e.aliases.len())
            .sum();
        let jsonl = gazetteer.to_jsonl();
        drop(gazetteer);
        let t = Instant::now();
        let gazetteer = Gazetteer::from_jsonl_str(&jsonl, "generated")?;
        let parse = t.elapsed();
        drop(jsonl);
        let gazetteer = Arc::new(gazetteer);
        let before = rss_bytes().unwrap_or(0);
        let t = Instant::now();
        let linker = Linker::new(gazetteer);
        let build = t.elapsed();
        let after = rss_bytes().unwrap_or(0);
        let stats = linker.stats();

        // Warm start: the built dictionary read back from its cache file
        // (`Linker::cached`), fingerprint check included.
        let cache_dir = std::env::temp_dir().join(format!("nomen-scale-{}", std::process::id()));
        let cache_path = Linker::cache_path(linker.gazetteer(), &cache_dir);
        let t = Instant::now();
        linker.save(&cache_path)?;
        let save = t.elapsed();
        let cache_size = std::fs::metadata(&cache_path)?.len();
        let gazetteer = Arc::new(linker.gazetteer().clone());
        drop(linker);
        let t = Instant::now();
        let linker = Linker::load(gazetteer, &cache_path)?;
        let load = t.elapsed();
        std::fs::remove_dir_all(&cache_dir)?;

        let t = Instant::now();
        let mut mentions = 0usize;
        for (title, body) in &docs {
            mentions += linker.link_document(title, body).mentions.len();
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "| {} | {} | {:.2} s | {:.2} s | {:.2} s ({:.0} MiB) | {:.2} s | {:.0} MiB | {:.0} MiB | {} | {} | {} | {:.1} | {} |",
            n,
            names,
            parse.as_secs_f64(),
            build.as_secs_f64(),
            save.as_secs_f64(),
            mib(cache_size),
            load.as_secs_f64(),
            mib(after.saturating_sub(before)),
            mib(stats.heap_bytes as u64),
            stats.tokens,
            stats.nodes,
            stats.keys,
            text_bytes as f64 / 1e6 / secs,
            mentions
        );
    }
    eprintln!("peak RSS: {:.0} MiB", mib(peak_rss_bytes().unwrap_or(0)));
    Ok(())
}
