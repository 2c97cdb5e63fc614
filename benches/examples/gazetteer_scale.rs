//! Linker scale benchmark: generated gazetteers of 1k, 100k and 1M entities (see
//! `scale_gazetteer`: sanctions-list-like, 2.5 to 3.5 names per entity).
//!
//! For each size: the time to build the linker from a loaded gazetteer (folding and
//! indexing every name, alias and derived key), the resident memory it adds, and the
//! single-thread tagging throughput (MB/s of title + body text, folding and every
//! decision included) over a seeded generated corpus (default 20 MB, nine languages,
//! mentions of built-in and synthetic entities in variant spellings). Also reports the
//! time to parse the gazetteer from JSON Lines (`Gazetteer::from_jsonl_str`), i.e.
//! load + build = a cold start from a file, and the warm start: the dictionary saved
//! with `Linker::save` and read back with `Linker::load` (what `Linker::cached` does)
//! for a freshly parsed gazetteer, fingerprint computation and check included; warm
//! start = parse JSONL + load cache.
//!
//! ```text
//! cargo run --release -p nomen-benches --example gazetteer_scale [SIZES] [CORPUS_MB] [ROUNDS]
//! cargo run --release -p nomen-benches --example gazetteer_scale 1000,100000,1000000 20
//! ```
//!
//! With `GAZETTEER_SCALE_DUMP=DIR` in the environment, the corpus and each gazetteer
//! are also written to `DIR` (`corpus.jsonl`, `gazetteer-N.jsonl`), e.g. for
//! `nomen-entities`' `tag_file` example under a profiler.
//!
//! `ROUNDS` (default 1) repeats each tagging pass and reports the median, and makes
//! tagging dominate a profile of the run. Tagging is measured twice: from the raw
//! text (`Linker::link_document`: folding included) and from fields folded
//! beforehand (`Linker::link_document_folded`: everything after folding).

use std::sync::Arc;
use std::time::Instant;

use std::collections::HashSet;

use nomen_benches::corpus::{self, Budget};
use nomen_benches::measure::{peak_rss_bytes, rss_bytes};
use nomen_benches::rng::Rng;
use nomen_benches::vocab::{self, LANGUAGES};
use nomen_entities::Linker;
use nomen_entities::{Entity, Gazetteer, Kind};

/// A gazetteer of `n` entities: the built-in ones, the corpus generator's synthetic
/// entities (up to 100k: the ones the corpus mentions), then entities made here, as
/// many as needed, shaped like a sanctions/PEP list: people (60 %) with 3 to 4 names
/// each (full name, a longer form with a second surname, `SURNAME, Given`, a variant
/// spelling), organisations (25 %) with their acronym, places (15 %). Surnames mix
/// the common ones of the word lists (ambiguity) with syllable-made ones (the long
/// tail). Deterministic.
fn scale_gazetteer(n: usize) -> Gazetteer {
    let mut g = corpus::generation_gazetteer(42, n.min(100_000));
    let mut seen: HashSet<String> = g
        .entities()
        .iter()
        .flat_map(|e| e.names().map(str::to_string))
        .collect();
    let mut rng = Rng::new(0x5ca1e);
    let mut i = 0usize;
    while g.len() < n {
        i += 1;
        let lang = &LANGUAGES[rng.below(5) as usize];
        let pseudo = |rng: &mut Rng, syllables: usize| -> String {
            let mut w = String::new();
            for _ in 0..syllables {
                w.push_str(rng.pick::<&str>(lang.syllables));
            }
            capitalize(&w)
        };
        let roll = rng.below(100);
        let (id, name, kind, aliases) = if roll < 60 {
            let given = rng.pick(vocab::GIVEN_NAMES).to_string();
            let surname = |rng: &mut Rng| {
                if rng.percent(50) {
                    rng.pick(vocab::SURNAMES).to_string()
                } else {
                    let syl = 2 + rng.below(2) as usize;
                    pseudo(rng, syl)
                }
            };
            let first = surname(&mut rng);
            let second = surname(&mut rng);
            let name = format!("{given} {first}");
            let aliases = vec![
                format!("{given} {first} {second}"),
                format!("{}, {given}", first.to_uppercase()),
                name.replace('v', "w").replace("c", "k").replace("z", "s"),
            ];
            (format!("scale-person-{i:07}"), name, Kind::Person, aliases)
        } else if roll < 85 {
            let ty = rng.pick(vocab::ORG_TYPES);
            let mid = rng.pick(vocab::ORG_MIDDLES);
            let syl = 2 + rng.below(2) as usize;
            let stem = pseudo(&mut rng, syl);
            let name = format!("{ty} {mid} {stem}");
            let acronym = corpus::acronym(&name);
            (
                format!("scale-org-{i:07}"),
                name,
                Kind::Organization,
                vec![acronym],
            )
        } else {
            let prefix = rng.pick(vocab::PLACE_PREFIXES);
            let syl = 2 + rng.below(3) as usize;
            let name = format!("{prefix} {}", pseudo(&mut rng, syl));
            (format!("scale-place-{i:07}"), name, Kind::Place, Vec::new())
        };
        if !seen.insert(name.clone()) {
            continue;
        }
        let aliases: Vec<String> = aliases
            .into_iter()
            .filter(|a| a != &name && seen.insert(a.clone()))
            .collect();
        g.insert(Entity {
            id,
            name,
            kind,
            aliases,
            extra: Default::default(),
        });
    }
    g
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

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
    let rounds: usize = args
        .next()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(1)
        .max(1);

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
    if let Some(dir) = std::env::var_os("GAZETTEER_SCALE_DUMP") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("corpus.jsonl"), &raw)?;
    }
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
    // pays before its first lookup), measured right before each tagging run so that
    // both see the same machine load.
    let fold_only = || {
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
        assert!(tokens > 0);
        text_bytes as f64 / 1e6 / t.elapsed().as_secs_f64()
    };
    // The fields folded once, for tagging without folding.
    let prefolded: Vec<(nomen_fold::Folded, nomen_fold::Folded)> = {
        let folder = nomen_fold::Folder::new();
        docs.iter()
            .map(|(title, body)| {
                let fold = |text: &str| {
                    let mut f = nomen_fold::Folded::new();
                    folder.fold_into(text, nomen_fold::View::Folded, &mut f);
                    f
                };
                (fold(title), fold(body))
            })
            .collect()
    };
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };

    println!(
        "| entities | names+aliases | parse JSONL | build linker | save cache (size) | load cache | RSS added | dictionary heap | tokens | trie nodes | keys | fold+tokenize MB/s | tag MB/s (1 thread) | tag MB/s excl. folding | mentions |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for &n in &sizes {
        let gazetteer = scale_gazetteer(n);
        let names: usize = gazetteer
            .entities()
            .iter()
            .map(|e| 1 + e.aliases.len())
            .sum();
        let jsonl = gazetteer.to_jsonl();
        drop(gazetteer);
        if let Some(dir) = std::env::var_os("GAZETTEER_SCALE_DUMP") {
            // For profiling tools outside this run: the gazetteer as a file.
            let dir = std::path::PathBuf::from(dir);
            std::fs::create_dir_all(&dir)?;
            std::fs::write(dir.join(format!("gazetteer-{n}.jsonl")), &jsonl)?;
        }
        let t = Instant::now();
        let gazetteer = Gazetteer::from_jsonl_str(&jsonl, "generated")?;
        let parse = t.elapsed();
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
        drop(linker);
        // A gazetteer parsed anew, as a new process has it: its fingerprint, which
        // the load checks, is not computed yet.
        let gazetteer = Arc::new(Gazetteer::from_jsonl_str(&jsonl, "generated")?);
        drop(jsonl);
        let t = Instant::now();
        let linker = Linker::load(gazetteer, &cache_path)?;
        let load = t.elapsed();
        std::fs::remove_dir_all(&cache_dir)?;

        let floor = fold_only();
        let mut mentions = 0usize;
        let mut raw_mbs = Vec::new();
        let mut folded_mbs = Vec::new();
        for _ in 0..rounds {
            let t = Instant::now();
            mentions = 0;
            for (title, body) in &docs {
                mentions += linker.link_document(title, body).mentions.len();
            }
            raw_mbs.push(text_bytes as f64 / 1e6 / t.elapsed().as_secs_f64());
            let t = Instant::now();
            let mut again = 0usize;
            for ((title, body), (tf, bf)) in docs.iter().zip(&prefolded) {
                again += linker
                    .link_document_folded(title, tf, body, bf)
                    .mentions
                    .len();
            }
            folded_mbs.push(text_bytes as f64 / 1e6 / t.elapsed().as_secs_f64());
            assert_eq!(again, mentions, "prefolded tagging found other mentions");
        }
        println!(
            "| {} | {} | {:.2} s | {:.2} s | {:.2} s ({:.0} MiB) | {:.2} s | {:.0} MiB | {:.0} MiB | {} | {} | {} | {:.1} | {:.1} | {:.1} | {} |",
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
            floor,
            median(raw_mbs),
            median(folded_mbs),
            mentions
        );
    }
    eprintln!("peak RSS: {:.0} MiB", mib(peak_rss_bytes().unwrap_or(0)));
    Ok(())
}
