//! `nomen bench`: generate corpora and measure indexing throughput, stage costs,
//! search latency and scaling, nomen against a plain-tantivy baseline.
//!
//! The work is done by the `nomen-benches` library; this module parses arguments,
//! prints tables (stdout) and progress (stderr), and writes the JSON report (`--out`).
//! Indexing contenders run in child processes of this same binary (`nomen bench
//! index-one`, hidden), so each one's peak RSS is its own.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Args as ClapArgs, Subcommand};
use nomen_benches::corpus::{self, Budget};
use nomen_benches::engines::{self, Engine, GazetteerSpec, IndexConfig};
use nomen_benches::harness;
use nomen_benches::nomen as nomen_side;
use nomen_benches::queries::QuerySet;
use nomen_benches::report::{self, Machine, Report};
use nomen_benches::stages;
use serde::Serialize;

use crate::commands::common::GazetteerArgs;

/// Arguments of `nomen bench`.
#[derive(Debug, ClapArgs)]
pub struct Args {
    #[command(subcommand)]
    command: BenchCommand,
}

#[derive(Debug, Subcommand)]
enum BenchCommand {
    /// Generate a seeded multilingual news corpus (JSONL) and the gazetteer it uses.
    Generate(GenerateArgs),
    /// Index one corpus with nomen and with plain tantivy, alternating; print the ratio.
    Index(IndexArgs),
    /// Measure one contender in this process and print its figures as JSON (used by
    /// `nomen bench index` and `scaling`, one child process per run).
    #[command(hide = true)]
    IndexOne(IndexOneArgs),
    /// Stage costs on one core: read+parse, folding, analyzers, linking.
    Stages(StagesArgs),
    /// Search latency (p50/p95/p99) by query class, and open + first query time.
    Search(SearchArgs),
    /// Throughput at 1 and 2 threads; time and memory as the corpus grows.
    Scaling(ScalingArgs),
    /// Name resolution: accuracy on a test set (top-1, wrong and confident, not found)
    /// and latency, in this process and of `nomen entities resolve` as a command.
    Resolve(ResolveBenchArgs),
    /// A bounded HTTP load on a `nomen serve` on this machine (loopback only):
    /// latency percentiles and errors per query class, with the server's own timings.
    Load(super::bench_load::LoadArgs),
}

#[derive(Debug, ClapArgs)]
struct ResolveBenchArgs {
    /// The test set: TSV with the columns query, expected id (`-`: nobody), class
    /// (lines starting with `#` and the header `query` are skipped).
    #[arg(
        long,
        value_name = "FILE",
        default_value = "data/eval/resolve/queries.tsv"
    )]
    queries: PathBuf,
    /// Timed rounds over the set in this process (after one warm-up round).
    #[arg(long, default_value_t = 5)]
    rounds: usize,
    /// Queries of the set also run as `nomen entities resolve` commands (evenly
    /// spread over the set; 0: none), each three times after one warm-up run.
    #[arg(long, value_name = "N", default_value_t = 40)]
    commands: usize,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
}

/// Options shared by the subcommands that index.
#[derive(Debug, Clone, ClapArgs)]
struct RunArgs {
    /// Indexing threads, the same for both contenders.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// tantivy writer budget in MiB, the same for both contenders (nomen's default).
    #[arg(long, default_value_t = 256)]
    memory_mb: usize,
    /// Commit after this many MiB of input (nomen's default), for both contenders.
    #[arg(long, default_value_t = 512)]
    commit_every_mb: u64,
    /// Where indexes and generated corpora are written (removed and rewritten per run).
    #[arg(long, value_name = "DIR", default_value = "target/bench-work")]
    work_dir: PathBuf,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
}

#[derive(Debug, ClapArgs)]
struct GenerateArgs {
    /// Stop after this much JSONL (10MB, 1GB, 2GiB, ...; kB/MB/GB are powers of 1000).
    #[arg(long, value_name = "SIZE", required_unless_present = "docs")]
    size: Option<String>,
    /// Stop after this many articles (with --size: whichever comes first).
    #[arg(long, value_name = "N")]
    docs: Option<u64>,
    /// PRNG seed; the same seed gives the same bytes on every machine.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Synthetic entities added to the built-in gazetteer.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    synthetic_entities: usize,
    /// Output directory: corpus.jsonl, gazetteer.jsonl, corpus.json (what was made).
    #[arg(long, value_name = "DIR")]
    out_dir: PathBuf,
}

#[derive(Debug, ClapArgs)]
struct IndexArgs {
    /// The JSONL corpus. A gazetteer.jsonl beside it is used unless --entities is given.
    #[arg(long, value_name = "FILE")]
    corpus: PathBuf,
    /// Rounds; each runs nomen and tantivy once, alternating which goes first.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Also run nomen without entity linking, without the exact-view fields, and
    /// without both, in every round: what each part of the pipeline costs.
    #[arg(long)]
    parts: bool,
    #[command(flatten)]
    run: RunArgs,
    /// Also write the results as JSON to this file.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, ClapArgs)]
struct IndexOneArgs {
    /// nomen or tantivy (or nomen-no-linking, nomen-no-exact,
    /// nomen-no-linking-no-exact: nomen without parts of its pipeline).
    #[arg(long)]
    engine: Engine,
    /// The JSONL corpus.
    #[arg(long, value_name = "FILE")]
    corpus: PathBuf,
    /// The index directory (created; must be empty).
    #[arg(long, value_name = "DIR")]
    index_dir: PathBuf,
    /// Threads.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// Writer budget, MiB.
    #[arg(long, default_value_t = 256)]
    memory_mb: usize,
    /// Commit cadence, MiB of input.
    #[arg(long, default_value_t = 512)]
    commit_every_mb: u64,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
}

#[derive(Debug, ClapArgs)]
struct StagesArgs {
    /// The JSONL corpus. A gazetteer.jsonl beside it is used unless --entities is given.
    #[arg(long, value_name = "FILE")]
    corpus: PathBuf,
    /// Measure only the documents up to this much title+body text (held in memory).
    #[arg(long, value_name = "SIZE", default_value = "100MB")]
    limit: String,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
    /// Also write the results as JSON to this file.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, ClapArgs)]
struct SearchArgs {
    /// The JSONL corpus: indexed by nomen and by plain tantivy into --work-dir first
    /// (unless --index is given).
    #[arg(long, value_name = "FILE", required_unless_present = "index")]
    corpus: Option<PathBuf>,
    /// Measure this existing nomen index instead of building one (no baseline).
    #[arg(long, value_name = "DIR")]
    index: Option<PathBuf>,
    /// Timed rounds over the query set (after one warm-up round).
    #[arg(long, default_value_t = 5)]
    rounds: usize,
    /// Seed of the query set.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    #[command(flatten)]
    run: RunArgs,
    /// Also write the results as JSON to this file.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, ClapArgs)]
struct ScalingArgs {
    /// Corpus sizes to generate (prefixes of one seeded corpus), smallest first.
    #[arg(
        long,
        value_name = "SIZE",
        value_delimiter = ',',
        default_value = "10MB,100MB,1GB"
    )]
    sizes: Vec<String>,
    /// Thread counts for the thread-scaling runs (on the smallest corpus but one, or
    /// the only one).
    #[arg(long, value_delimiter = ',', default_value = "1,2")]
    thread_counts: Vec<usize>,
    /// Seed of the generated corpora.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Synthetic entities added to the built-in gazetteer.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    synthetic_entities: usize,
    #[command(flatten)]
    run: RunArgs,
    /// Also write the results as JSON to this file.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// Runs `nomen bench`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        BenchCommand::Generate(a) => generate(a),
        BenchCommand::Index(a) => index(a),
        BenchCommand::IndexOne(a) => index_one(a),
        BenchCommand::Stages(a) => stages_cmd(a),
        BenchCommand::Search(a) => search(a),
        BenchCommand::Scaling(a) => scaling(a),
        BenchCommand::Resolve(a) => resolve_bench(a),
        BenchCommand::Load(a) => super::bench_load::run(a),
    }
}

/// The `p`-th percentile (0..=100) of sorted `xs`.
fn percentile(xs: &[f64], p: f64) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    let i = ((p / 100.0) * (xs.len() - 1) as f64).round() as usize;
    xs[i.min(xs.len() - 1)]
}

fn resolve_bench(a: ResolveBenchArgs) -> anyhow::Result<ExitCode> {
    use nomen_entities::{ResolveError, Resolver};
    use std::time::Instant;
    let text = fs::read_to_string(&a.queries)
        .with_context(|| format!("cannot read {}", a.queries.display()))?;
    let mut queries: Vec<(String, Option<String>)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("query\t") || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 {
            bail!(
                "{}:{}: expected query and expected id separated by a tab",
                a.queries.display(),
                n + 1
            );
        }
        queries.push((
            cols[0].to_string(),
            (cols[1] != "-").then(|| cols[1].to_string()),
        ));
    }
    let start = Instant::now();
    let gazetteer = a.gazetteer.load()?;
    let loaded = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let resolver = Resolver::new(std::sync::Arc::clone(&gazetteer));
    let built = start.elapsed().as_secs_f64();
    let dir = std::env::temp_dir().join(format!("nomen-bench-resolve-{}", std::process::id()));
    let path = Resolver::cache_path(&gazetteer, &dir);
    resolver
        .save(&path)
        .context("saving the resolver's tables")?;
    let start = Instant::now();
    let reloaded = Resolver::load(std::sync::Arc::clone(&gazetteer), &path);
    let opened = start.elapsed().as_secs_f64();
    let _ = fs::remove_dir_all(&dir);
    if reloaded.is_none() {
        bail!(
            "the resolver's tables saved to {} did not load back",
            path.display()
        );
    }
    let (mut existing, mut right, mut absent, mut absent_right, mut wrong) = (0, 0, 0, 0, 0);
    for (q, expected) in &queries {
        let got = resolver.resolve_one(q);
        match (expected, &got) {
            (Some(e), Ok(r)) if &r.entity.id == e => right += 1,
            (_, Ok(_)) => wrong += 1,
            (None, Err(ResolveError::NotFound { .. })) => absent_right += 1,
            _ => {}
        }
        if expected.is_some() {
            existing += 1;
        } else {
            absent += 1;
        }
    }
    let mut times = Vec::with_capacity(queries.len() * a.rounds);
    // Each query's fastest round: what it costs, with the machine's noise left out.
    let mut fastest = vec![f64::INFINITY; queries.len()];
    for round in 0..=a.rounds {
        for (i, (q, _)) in queries.iter().enumerate() {
            let t = Instant::now();
            let r = resolver.resolve_one(q);
            let dt = t.elapsed().as_secs_f64() * 1000.0;
            std::hint::black_box(r).ok();
            if round > 0 {
                times.push(dt);
                fastest[i] = fastest[i].min(dt);
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let mut slowest: Vec<(f64, &str)> = fastest
        .iter()
        .zip(&queries)
        .map(|(&t, (q, _))| (t, q.as_str()))
        .collect();
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    slowest.truncate(5);
    let n = queries.len().max(1) as f64;
    println!(
        "{}: {} queries ({} of nobody in the gazetteer)",
        a.queries.display(),
        queries.len(),
        absent
    );
    println!(
        "top-1 {:.3} ({right}/{existing}) where the entity exists; wrong and confident {:.4} ({wrong}/{}); not found {:.3} ({absent_right}/{absent})",
        right as f64 / existing.max(1) as f64,
        wrong as f64 / n,
        queries.len(),
        absent_right as f64 / absent.max(1) as f64,
    );
    println!(
        "gazetteer loaded in {:.3} s; resolver built in {:.3} s, opened from its tables in {:.3} s",
        loaded, built, opened
    );
    println!(
        "in process, {} rounds: per query p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        a.rounds,
        percentile(&times, 50.0),
        percentile(&times, 95.0),
        percentile(&times, 99.0),
        times.last().copied().unwrap_or(0.0)
    );
    let slowest: Vec<String> = slowest
        .iter()
        .map(|(t, q)| format!("{q:?} {t:.1} ms"))
        .collect();
    println!(
        "slowest queries (fastest of their rounds): {}",
        slowest.join(", ")
    );
    if a.commands > 0 && !queries.is_empty() {
        let exe = std::env::current_exe().context("finding the nomen binary")?;
        let step = (queries.len() / a.commands.min(queries.len())).max(1);
        let mut wall = Vec::new();
        for (q, _) in queries.iter().step_by(step).take(a.commands) {
            for run in 0..4 {
                let mut cmd = std::process::Command::new(&exe);
                cmd.args(["entities", "resolve", q.as_str(), "--limit", "5"]);
                for e in &a.gazetteer.entities {
                    cmd.arg("--entities").arg(e);
                }
                if a.gazetteer.no_builtin {
                    cmd.arg("--no-builtin");
                }
                cmd.stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null());
                let t = Instant::now();
                let status = cmd.status().context("running nomen entities resolve")?;
                let dt = t.elapsed().as_secs_f64() * 1000.0;
                if status.code().is_none_or(|c| c > 1) {
                    bail!("nomen entities resolve {q:?} failed: {status}");
                }
                if run > 0 {
                    wall.push(dt);
                }
            }
        }
        wall.sort_by(f64::total_cmp);
        println!(
            "`nomen entities resolve` as a command, {} queries x 3 warm runs: p50 {:.1} ms, p99 {:.1} ms",
            wall.len() / 3,
            percentile(&wall, 50.0),
            percentile(&wall, 99.0)
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// What `generate` made, written to `corpus.json`.
#[derive(Debug, Serialize)]
struct CorpusMeta {
    generator_version: u32,
    seed: u64,
    size_limit: Option<u64>,
    docs_limit: Option<u64>,
    synthetic_entities: usize,
    gazetteer_entities: usize,
    gazetteer_fingerprint: String,
    stats: corpus::GenStats,
    seconds: f64,
}

fn generate(a: GenerateArgs) -> anyhow::Result<ExitCode> {
    let size = a
        .size
        .as_deref()
        .map(corpus::parse_size)
        .transpose()
        .map_err(anyhow::Error::msg)?;
    let meta = generate_into(&a.out_dir, a.seed, size, a.docs, a.synthetic_entities)?;
    println!(
        "{}: {} articles, {} ({} mentions planted), {:.1} s",
        a.out_dir.join("corpus.jsonl").display(),
        meta.stats.docs,
        report::human_bytes(meta.stats.bytes),
        meta.stats.mentions,
        meta.seconds
    );
    println!(
        "{}: {} entities (fingerprint {})",
        a.out_dir.join("gazetteer.jsonl").display(),
        meta.gazetteer_entities,
        meta.gazetteer_fingerprint
    );
    let langs: Vec<String> = meta
        .stats
        .languages
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    println!("languages: {}", langs.join(", "));
    Ok(ExitCode::SUCCESS)
}

fn generate_into(
    dir: &Path,
    seed: u64,
    size: Option<u64>,
    docs: Option<u64>,
    synthetic: usize,
) -> anyhow::Result<CorpusMeta> {
    let started = std::time::Instant::now();
    fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let gazetteer = corpus::generation_gazetteer(seed, synthetic);
    let gaz_path = dir.join("gazetteer.jsonl");
    fs::write(&gaz_path, gazetteer.to_jsonl())
        .with_context(|| format!("writing {}", gaz_path.display()))?;
    let corpus_path = dir.join("corpus.jsonl");
    let file = File::create(&corpus_path)
        .with_context(|| format!("creating {}", corpus_path.display()))?;
    let budget = Budget { bytes: size, docs };
    let stats = corpus::generate(seed, &gazetteer, budget, file)
        .with_context(|| format!("writing {}", corpus_path.display()))?;
    let meta = CorpusMeta {
        generator_version: corpus::GENERATOR_VERSION,
        seed,
        size_limit: size,
        docs_limit: docs,
        synthetic_entities: synthetic,
        gazetteer_entities: gazetteer.len(),
        gazetteer_fingerprint: gazetteer.fingerprint(),
        stats,
        seconds: started.elapsed().as_secs_f64(),
    };
    let meta_path = dir.join("corpus.json");
    fs::write(&meta_path, serde_json::to_string_pretty(&meta)? + "\n")
        .with_context(|| format!("writing {}", meta_path.display()))?;
    Ok(meta)
}

/// The gazetteer to link with: `--entities` (plus the built-in unless
/// `--no-builtin`), or else a `gazetteer.jsonl` beside the corpus (alone: it already
/// holds the built-in entities), or else the built-in one.
fn gazetteer_spec(args: &GazetteerArgs, corpus: Option<&Path>) -> GazetteerSpec {
    if args.entities.is_empty() {
        if let Some(beside) = corpus
            .and_then(Path::parent)
            .map(|d| d.join("gazetteer.jsonl"))
            .filter(|p| p.is_file())
        {
            eprintln!("nomen bench: using the gazetteer {}", beside.display());
            return GazetteerSpec {
                files: vec![beside],
                builtin: false,
            };
        }
    }
    GazetteerSpec {
        files: args.entities.clone(),
        builtin: !args.no_builtin,
    }
}

fn config(run: &RunArgs, corpus: &Path, index_dir: PathBuf) -> IndexConfig {
    IndexConfig {
        corpus: corpus.to_path_buf(),
        index_dir,
        threads: run.threads,
        memory_mb: run.memory_mb,
        commit_every_mb: run.commit_every_mb,
        gazetteer: gazetteer_spec(&run.gazetteer, Some(corpus)),
    }
}

fn index(a: IndexArgs) -> anyhow::Result<ExitCode> {
    let exe = std::env::current_exe().context("finding the nomen binary")?;
    let cfg = config(&a.run, &a.corpus, a.run.work_dir.join("index"));
    let comparison = harness::compare(&exe, &cfg, a.rounds, a.parts, |r| {
        eprintln!(
            "nomen bench: {:<25} {:>8.2} s {:>7.1} MB/s peak RSS {} MiB",
            r.engine.as_str(),
            r.seconds,
            r.mb_per_s,
            r.peak_rss_bytes.unwrap_or(0) >> 20
        );
    })?;
    print!("{}", report::index_table(&comparison));
    write_report("index", a.out.as_deref(), &comparison)?;
    Ok(ExitCode::SUCCESS)
}

fn index_one(a: IndexOneArgs) -> anyhow::Result<ExitCode> {
    let cfg = IndexConfig {
        corpus: a.corpus,
        index_dir: a.index_dir,
        threads: a.threads,
        memory_mb: a.memory_mb,
        commit_every_mb: a.commit_every_mb,
        gazetteer: GazetteerSpec {
            files: a.gazetteer.entities,
            builtin: !a.gazetteer.no_builtin,
        },
    };
    let run = engines::index_one(a.engine, &cfg)?;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer(&mut out, &run)?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

fn stages_cmd(a: StagesArgs) -> anyhow::Result<ExitCode> {
    let limit = corpus::parse_size(&a.limit).map_err(anyhow::Error::msg)?;
    let spec = gazetteer_spec(&a.gazetteer, Some(&a.corpus));
    let gazetteer = nomen_side::load_gazetteer(&spec)?;
    let result = stages::measure_stages(&a.corpus, Some(limit), gazetteer)?;
    print!("{}", report::stages_table(&result));
    write_report("stages", a.out.as_deref(), &result)?;
    Ok(ExitCode::SUCCESS)
}

/// `search` results: nomen's classes and the baseline's text class.
#[derive(Debug, Serialize)]
struct SearchResults {
    nomen: nomen_side::SearchBench,
    baseline_text: Option<nomen_side::ClassLatency>,
    queries: QuerySet,
}

fn search(a: SearchArgs) -> anyhow::Result<ExitCode> {
    let (nomen_dir, baseline_dir) = match (&a.index, &a.corpus) {
        (Some(dir), _) => (dir.clone(), None),
        (None, Some(corpus)) => {
            let exe = std::env::current_exe().context("finding the nomen binary")?;
            let root = a.run.work_dir.join("search");
            let base = config(&a.run, corpus, root.clone());
            let mut dirs = Vec::new();
            for engine in [Engine::Nomen, Engine::Tantivy] {
                let mut cfg = base.clone();
                cfg.index_dir = root.join(engine.as_str());
                let r = harness::run_child(&exe, engine, &cfg)?;
                eprintln!(
                    "nomen bench: indexed {} docs with {} in {:.1} s",
                    r.docs,
                    engine.as_str(),
                    r.seconds
                );
                dirs.push(cfg.index_dir);
            }
            (dirs[0].clone(), Some(dirs[1].clone()))
        }
        (None, None) => bail!("give --corpus or --index"),
    };
    let index = nomen_index::NomenIndex::open(&nomen_dir)?;
    let popular: Vec<String> = index
        .searcher()?
        .search(&nomen_index::SearchRequest {
            limit: 1,
            facet_size: 20,
            ..Default::default()
        })?
        .facets
        .entities
        .into_iter()
        .map(|e| e.id)
        .collect();
    let queries = QuerySet::build(a.seed, index.gazetteer(), &popular);
    drop(index);
    let nomen = nomen_side::search_bench(&nomen_dir, &queries, a.rounds)?;
    let baseline_text = baseline_dir
        .map(|d| nomen_side::baseline_search(&d, &queries, a.rounds))
        .transpose()?;
    print!("{}", report::search_table(&nomen, baseline_text.as_ref()));
    let results = SearchResults {
        nomen,
        baseline_text,
        queries,
    };
    write_report("search", a.out.as_deref(), &results)?;
    Ok(ExitCode::SUCCESS)
}

fn scaling(a: ScalingArgs) -> anyhow::Result<ExitCode> {
    let exe = std::env::current_exe().context("finding the nomen binary")?;
    let mut sizes = a
        .sizes
        .iter()
        .map(|s| corpus::parse_size(s))
        .collect::<Result<Vec<u64>, String>>()
        .map_err(anyhow::Error::msg)?;
    sizes.sort_unstable();
    let mut corpora = Vec::new();
    for size in &sizes {
        // Generated corpora are kept and reused: same seed and size, same bytes (as
        // long as the built-in gazetteer is unchanged; corpus.json records it).
        let dir = a.run.work_dir.join(format!("corpus-{}-{size}", a.seed));
        let path = dir.join("corpus.jsonl");
        if !path.is_file() {
            eprintln!(
                "nomen bench: generating {} into {}",
                report::human_bytes(*size),
                dir.display()
            );
            generate_into(&dir, a.seed, Some(*size), None, a.synthetic_entities)?;
        }
        corpora.push(path);
    }
    // Thread scaling on the second-smallest corpus (the smallest is often too small
    // to keep two threads busy), or the only one.
    let Some(thread_corpus) = corpora.get(1).or(corpora.first()).cloned() else {
        bail!("--sizes: give at least one size");
    };
    let cfg = config(&a.run, &thread_corpus, a.run.work_dir.join("scaling"));
    let result = harness::scaling(
        &exe,
        &cfg,
        &thread_corpus,
        &corpora,
        &a.thread_counts,
        |p| {
            eprintln!(
                "nomen bench: {} {:<7} threads {} {} {:>8.2} s {:>7.1} MB/s peak RSS {} MiB",
                p.axis,
                p.run.engine.as_str(),
                p.run.threads,
                report::human_bytes(p.run.bytes),
                p.run.seconds,
                p.run.mb_per_s,
                p.run.peak_rss_bytes.unwrap_or(0) >> 20
            );
        },
    )?;
    print!("{}", report::scaling_table(&result));
    write_report("scaling", a.out.as_deref(), &result)?;
    Ok(ExitCode::SUCCESS)
}

fn write_report<T: Serialize>(
    benchmark: &str,
    out: Option<&Path>,
    results: &T,
) -> anyhow::Result<()> {
    let Some(path) = out else {
        return Ok(());
    };
    let report = Report {
        benchmark: benchmark.to_string(),
        nomen_version: env!("CARGO_PKG_VERSION").to_string(),
        commit: git_commit(),
        build_commit: Some(env!("NOMEN_BUILD_COMMIT"))
            .filter(|c| !c.is_empty())
            .map(str::to_string),
        machine: Machine::current(),
        command: std::env::args().collect(),
        results,
    };
    let text = serde_json::to_string_pretty(&report)? + "\n";
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("nomen bench: wrote {}", path.display());
    Ok(())
}

/// The checkout's commit (`git rev-parse --short HEAD`), when git answers.
fn git_commit() -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .filter(|s| !s.is_empty())
}
