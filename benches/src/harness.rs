//! The harness: runs each indexing contender in a child process of its own (so peak
//! RSS is per contender), alternating contenders round by round on the same corpus,
//! and derives medians and ratios; and the scaling runs (threads, corpus sizes).
//!
//! The child is the `nomen` binary itself: `nomen bench index-one --engine ENGINE ...`
//! prints one [`IndexRun`] as JSON. The caller passes the binary's path (the CLI uses
//! `std::env::current_exe()`).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Serialize;

use crate::engines::{Engine, IndexConfig, IndexRun};
use crate::error::BenchError;
use crate::measure::median;

/// Runs one contender in a child process: `exe bench index-one ...`; the index
/// directory is removed first.
///
/// # Errors
/// The child cannot start, fails, or prints something that is not an [`IndexRun`].
pub fn run_child(exe: &Path, engine: Engine, config: &IndexConfig) -> Result<IndexRun, BenchError> {
    remove_dir(&config.index_dir)?;
    let mut cmd = Command::new(exe);
    cmd.args(["bench", "index-one", "--engine", engine.as_str()])
        .arg("--corpus")
        .arg(&config.corpus)
        .arg("--index-dir")
        .arg(&config.index_dir)
        .arg("--threads")
        .arg(config.threads.to_string())
        .arg("--memory-mb")
        .arg(config.memory_mb.to_string())
        .arg("--commit-every-mb")
        .arg(config.commit_every_mb.to_string());
    for file in &config.gazetteer.files {
        cmd.arg("--entities").arg(file);
    }
    if !config.gazetteer.builtin {
        cmd.arg("--no-builtin");
    }
    let command = format!("{cmd:?}");
    let output = cmd.output().map_err(|e| BenchError::Child {
        command: command.clone(),
        detail: format!("cannot start: {e}"),
    })?;
    if !output.status.success() {
        return Err(BenchError::Child {
            command,
            detail: format!(
                "{}: {}",
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        });
    }
    serde_json::from_slice(&output.stdout).map_err(|e| BenchError::Child {
        command,
        detail: format!("output is not an index run: {e}"),
    })
}

fn remove_dir(dir: &Path) -> Result<(), BenchError> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(BenchError::io(dir, e)),
    }
}

/// Medians of one contender's runs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EngineSummary {
    /// Which contender.
    pub engine: Engine,
    /// Runs.
    pub runs: usize,
    /// Documents per run.
    pub docs: u64,
    /// Corpus bytes per run.
    pub bytes: u64,
    /// Median seconds.
    pub seconds: f64,
    /// Median CPU seconds (user + system, all threads); `None` when not measured.
    #[serde(default)]
    pub cpu_seconds: Option<f64>,
    /// Median over runs of CPU seconds ÷ seconds: the cores busy on average.
    #[serde(default)]
    pub cores_busy: Option<f64>,
    /// Median documents/s.
    pub docs_per_s: f64,
    /// Median MB/s.
    pub mb_per_s: f64,
    /// Median peak RSS, bytes.
    pub peak_rss_bytes: Option<u64>,
    /// Median sampled peak of anonymous memory, bytes.
    pub peak_anon_bytes: u64,
    /// Median index size, bytes.
    pub index_bytes: u64,
}

impl EngineSummary {
    fn of(engine: Engine, runs: &[IndexRun]) -> EngineSummary {
        let mine: Vec<&IndexRun> = runs.iter().filter(|r| r.engine == engine).collect();
        let med = |f: fn(&IndexRun) -> f64| median(&mine.iter().map(|r| f(r)).collect::<Vec<_>>());
        let of_runs = |f: &dyn Fn(&IndexRun) -> Option<f64>| {
            let values: Vec<f64> = mine.iter().filter_map(|r| f(r)).collect();
            (!values.is_empty()).then(|| median(&values))
        };
        let rss: Vec<f64> = mine
            .iter()
            .filter_map(|r| r.peak_rss_bytes.map(|b| b as f64))
            .collect();
        EngineSummary {
            engine,
            runs: mine.len(),
            docs: mine.first().map_or(0, |r| r.docs),
            bytes: mine.first().map_or(0, |r| r.bytes),
            seconds: med(|r| r.seconds),
            cpu_seconds: of_runs(&|r| r.cpu_seconds),
            cores_busy: of_runs(&|r| cores_busy(r)),
            docs_per_s: med(|r| r.docs_per_s),
            mb_per_s: med(|r| r.mb_per_s),
            peak_rss_bytes: (!rss.is_empty()).then(|| median(&rss) as u64),
            peak_anon_bytes: med(|r| r.peak_anon_bytes as f64) as u64,
            index_bytes: med(|r| r.index_bytes as f64) as u64,
        }
    }
}

/// A run's CPU seconds over its wall-clock seconds.
fn cores_busy(run: &IndexRun) -> Option<f64> {
    run.cpu_seconds
        .filter(|_| run.seconds > 0.0)
        .map(|cpu| cpu / run.seconds)
}

/// nomen against the plain-tantivy baseline on one corpus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndexComparison {
    /// The corpus.
    pub corpus: PathBuf,
    /// Threads and writer budget, the same for both.
    pub threads: usize,
    /// Writer budget, MiB.
    pub memory_mb: usize,
    /// nomen's medians.
    pub nomen: EngineSummary,
    /// The baseline's medians.
    pub tantivy: EngineSummary,
    /// Median over rounds of nomen MB/s ÷ tantivy MB/s (each round runs both).
    pub ratio_mb_per_s: f64,
    /// With `--parts`: nomen's pipeline without each part, in the same rounds.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<PartCost>,
    /// Every run, in the order run.
    pub runs: Vec<IndexRun>,
}

/// What leaving parts of nomen's pipeline out saves, measured in the same rounds as
/// the full pipeline and the baseline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartCost {
    /// The pipeline without the part(s) ([`Engine::PARTS`]).
    pub engine: Engine,
    /// Its medians.
    pub summary: EngineSummary,
    /// Median over rounds of its MB/s ÷ the baseline's.
    pub ratio_mb_per_s: f64,
    /// Median over rounds of the share of the full pipeline's time it saves: what the
    /// part(s) left out cost.
    pub share_of_nomen: f64,
    /// The same for CPU time: median over rounds of the share of the full pipeline's
    /// CPU seconds it saves (`None` when CPU time was not measured).
    #[serde(default)]
    pub cpu_share_of_nomen: Option<f64>,
}

/// Runs nomen and the baseline (and with `parts`, nomen without each of its parts:
/// [`Engine::PARTS`]) `rounds` times each on `config.corpus`, each in its own child
/// process (index directory `config.index_dir`/the engine's name, removed before each
/// run). Each round starts one contender later than the one before, so none is always
/// first.
///
/// # Errors
/// The first child that fails.
pub fn compare(
    exe: &Path,
    config: &IndexConfig,
    rounds: usize,
    parts: bool,
    mut progress: impl FnMut(&IndexRun),
) -> Result<IndexComparison, BenchError> {
    let mut contenders = vec![Engine::Nomen, Engine::Tantivy];
    if parts {
        contenders.extend(Engine::PARTS);
    }
    let mut runs = Vec::new();
    // Per round, each contender's run (index into `runs`), in `contenders` order.
    let mut rounds_runs: Vec<Vec<usize>> = Vec::new();
    for round in 0..rounds.max(1) {
        let mut order = contenders.clone();
        order.rotate_left(round % contenders.len());
        let mut mine = vec![0; contenders.len()];
        for engine in order {
            let mut c = config.clone();
            c.index_dir = config.index_dir.join(engine.as_str());
            let run = run_child(exe, engine, &c)?;
            progress(&run);
            if let Some(slot) = contenders.iter().position(|&e| e == engine) {
                mine[slot] = runs.len();
            }
            runs.push(run);
        }
        rounds_runs.push(mine);
    }
    // Median over rounds of `f(full nomen, baseline, contender)`.
    let paired = |slot: usize, f: fn(&IndexRun, &IndexRun, &IndexRun) -> Option<f64>| {
        let values: Vec<f64> = rounds_runs
            .iter()
            .filter_map(|r| f(&runs[r[0]], &runs[r[1]], &runs[r[slot]]))
            .collect();
        median(&values)
    };
    let ratio = |_: &IndexRun, base: &IndexRun, run: &IndexRun| {
        (base.mb_per_s > 0.0).then(|| run.mb_per_s / base.mb_per_s)
    };
    let share = |full: &IndexRun, _: &IndexRun, run: &IndexRun| {
        (full.seconds > 0.0).then(|| (full.seconds - run.seconds) / full.seconds)
    };
    let cpu_share = |full: &IndexRun, _: &IndexRun, run: &IndexRun| {
        let (full, run) = (full.cpu_seconds?, run.cpu_seconds?);
        (full > 0.0).then(|| (full - run) / full)
    };
    let measured_cpu = runs.iter().all(|r| r.cpu_seconds.is_some());
    let parts = (2..contenders.len())
        .map(|slot| PartCost {
            engine: contenders[slot],
            summary: EngineSummary::of(contenders[slot], &runs),
            ratio_mb_per_s: paired(slot, ratio),
            share_of_nomen: paired(slot, share),
            cpu_share_of_nomen: measured_cpu.then(|| paired(slot, cpu_share)),
        })
        .collect();
    Ok(IndexComparison {
        corpus: config.corpus.clone(),
        threads: config.threads,
        memory_mb: config.memory_mb,
        nomen: EngineSummary::of(Engine::Nomen, &runs),
        tantivy: EngineSummary::of(Engine::Tantivy, &runs),
        ratio_mb_per_s: paired(0, ratio),
        parts,
        runs,
    })
}

/// One scaling point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScalingPoint {
    /// What varies: `threads` or `size`.
    pub axis: String,
    /// The run.
    pub run: IndexRun,
}

/// How throughput and memory grow.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scaling {
    /// Thread scaling on one corpus, then every corpus size at the configured threads;
    /// both engines.
    pub points: Vec<ScalingPoint>,
    /// nomen MB/s at the largest thread count ÷ at 1 thread.
    pub nomen_thread_speedup: f64,
    /// Baseline MB/s at the largest thread count ÷ at 1 thread.
    pub tantivy_thread_speedup: f64,
}

/// Thread scaling (`thread_counts` on `thread_corpus`) and size scaling (each of
/// `corpora`, in the order given, at `config.threads`), nomen and the baseline.
///
/// # Errors
/// The first child that fails.
pub fn scaling(
    exe: &Path,
    config: &IndexConfig,
    thread_corpus: &Path,
    corpora: &[PathBuf],
    thread_counts: &[usize],
    mut progress: impl FnMut(&ScalingPoint),
) -> Result<Scaling, BenchError> {
    let mut points = Vec::new();
    let speed = |engine: Engine, points: &[ScalingPoint]| -> f64 {
        let of = |t: usize| {
            points
                .iter()
                .find(|p| p.axis == "threads" && p.run.engine == engine && p.run.threads == t)
                .map_or(0.0, |p| p.run.mb_per_s)
        };
        let max = thread_counts.iter().copied().max().unwrap_or(1);
        let one = of(1);
        if one > 0.0 {
            of(max) / one
        } else {
            0.0
        }
    };
    {
        for &threads in thread_counts {
            for engine in [Engine::Nomen, Engine::Tantivy] {
                let mut c = config.clone();
                c.corpus = thread_corpus.to_path_buf();
                c.threads = threads;
                c.index_dir = config.index_dir.join(engine.as_str());
                let point = ScalingPoint {
                    axis: "threads".into(),
                    run: run_child(exe, engine, &c)?,
                };
                progress(&point);
                points.push(point);
            }
        }
    }
    for corpus in corpora {
        for engine in [Engine::Nomen, Engine::Tantivy] {
            let mut c = config.clone();
            c.corpus = corpus.clone();
            c.index_dir = config.index_dir.join(engine.as_str());
            let point = ScalingPoint {
                axis: "size".into(),
                run: run_child(exe, engine, &c)?,
            };
            progress(&point);
            points.push(point);
        }
    }
    let nomen_thread_speedup = speed(Engine::Nomen, &points);
    let tantivy_thread_speedup = speed(Engine::Tantivy, &points);
    Ok(Scaling {
        points,
        nomen_thread_speedup,
        tantivy_thread_speedup,
    })
}
