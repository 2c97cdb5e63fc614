//! `nomen index`: index articles with their entities (see `nomen index --help`).
//!
//! The work is done by `nomen_index::NomenIndex::ingest`; this module parses the
//! flags, shows a progress bar (only when stderr is a terminal), reports rejected
//! records on stderr and prints the summary.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use nomen_index::{IngestObserver, IngestOptions, IngestProgress, Input, NomenIndex, RecordError};

use super::common::{ClusterArgs, GazetteerArgs, IndexDirArgs};
use crate::output::print_json;

/// Rejected records printed on stderr before the rest are only counted.
const MAX_ERRORS_SHOWN: u64 = 100;

/// The long help of `nomen index` (shown after the options by `--help`).
const LONG_HELP: &str = "\
Indexes articles into a tantivy index, linking the gazetteer entities they mention. An\n\
article whose id is already in the index replaces it, so re-running a command is safe;\n\
files (and the start of a file) that an earlier run committed are skipped unless --no-\n\
resume. A bad record (invalid JSON, missing body, wrong type, invalid UTF-8) is reported\n\
with file, line and reason and skipped; the exit code is then 1.\n\
\n\
Each commit (every --commit-every-mb MiB of input) records what it holds, so a run that\n\
is killed or crashes loses at most that much: the same command resumes it. One run at a\n\
time writes an index: another one stops at once with \"locked by another nomen process\"\n\
(exit code 2); searches may run meanwhile and see the last commit. `nomen check`\n\
verifies an index.\n\
\n\
The index records the gazetteer it was built with: later `nomen index` runs without\n\
--entities/--no-builtin reuse it, and `nomen search` resolves names with it.";

/// Arguments of `nomen index` (see [`LONG_HELP`]).
#[derive(Debug, clap::Args)]
#[command(after_long_help = LONG_HELP)]
pub struct Args {
    /// Inputs: JSON Lines files (.jsonl, .ndjson, .json: one article a line with
    /// `id`, `title`, `body` or `text`, `date`, `lang`, `source`, `url`), .txt files
    /// (first line = title), directories (walked recursively), any of those
    /// gzip-compressed (.gz), or - for JSON Lines on standard input.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<String>,

    #[command(flatten)]
    pub index: IndexDirArgs,

    #[command(flatten)]
    pub cluster: ClusterArgs,

    /// Primary shards of a new cluster index (with --opensearch).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub shards: u32,

    /// Replicas of each shard of a new cluster index (with --opensearch) [default: 1
    /// on a cluster of several data nodes, else 0].
    #[arg(long, value_name = "N")]
    pub replicas: Option<u32>,

    /// Bulk requests in flight at a time (with --opensearch).
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub os_in_flight: usize,

    #[command(flatten)]
    pub gazetteer: GazetteerArgs,

    /// Stop at the first bad record (what was indexed before it is kept).
    #[arg(long)]
    pub strict: bool,

    /// Threads for parsing and entity linking, and for tantivy's indexing
    /// [default: all cores].
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub threads: usize,

    /// tantivy writer memory budget in MiB (at least 15 per indexing thread).
    #[arg(long, value_name = "MB", default_value_t = 256)]
    pub memory_mb: usize,

    /// The largest record in MiB: a longer JSON line is skipped (reported, exit code
    /// 1), a longer .txt file is indexed cut to this size (with a warning).
    #[arg(long, value_name = "MB", default_value_t = nomen_index::DEFAULT_MAX_DOC_MB)]
    pub max_doc_mb: usize,

    /// Commit after this many MiB of input, so an interrupted run loses at most that.
    #[arg(long, value_name = "MB", default_value_t = 512)]
    pub commit_every_mb: u64,

    /// Read every input again, even files an earlier run already committed.
    #[arg(long)]
    pub no_resume: bool,

    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Shows progress and rejected records.
struct Observer {
    bar: Option<ProgressBar>,
    shown: u64,
}

impl Observer {
    fn eprint(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }
}

impl IngestObserver for Observer {
    fn progress(&mut self, p: &IngestProgress) {
        if let Some(bar) = &self.bar {
            if let Some(total) = p.total_bytes {
                bar.set_length(total);
            }
            bar.set_position(p.bytes_read);
            let secs = p.elapsed.as_secs_f64().max(1e-3);
            bar.set_message(format!(
                "{} docs, {:.0} docs/s, {} errors",
                p.documents,
                p.documents as f64 / secs,
                p.errors
            ));
        }
    }

    fn warning(&mut self, warning: &RecordError) {
        self.eprint(&format!("nomen: warning: {warning}"));
    }

    fn rejected(&mut self, error: &RecordError) {
        self.shown += 1;
        if self.shown <= MAX_ERRORS_SHOWN {
            self.eprint(&format!("nomen: skipped {error}"));
        } else if self.shown == MAX_ERRORS_SHOWN + 1 {
            self.eprint("nomen: more bad records; only counting them from now on");
        }
    }
}

/// Runs `nomen index`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // Without gazetteer flags, an existing index keeps the gazetteer it records.
    let gazetteer = if args.gazetteer.entities.is_empty() && !args.gazetteer.no_builtin {
        None
    } else {
        Some(args.gazetteer.load().context("loading the gazetteer")?)
    };
    let merged = gazetteer.as_deref().and_then(super::common::merged_line);
    let inputs: Vec<Input> = args.inputs.iter().map(|a| Input::parse(a)).collect();
    let options = IngestOptions {
        threads: args.threads,
        memory_mb: args.memory_mb,
        strict: args.strict,
        commit_every_mb: args.commit_every_mb,
        resume: !args.no_resume,
        max_doc_mb: args.max_doc_mb,
        ..IngestOptions::default()
    };
    let sized = !inputs.contains(&Input::Stdin);
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        // Standard input has no known size: no bar, no ETA.
        let template = if sized {
            "{spinner} {elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} \
             ETA {eta} {msg}"
        } else {
            "{spinner} {elapsed_precise} {bytes} {bytes_per_sec} {msg}"
        };
        let style =
            ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar.enable_steady_tick(Duration::from_millis(200));
        bar
    });
    let mut observer = Observer { bar, shown: 0 };
    let (result, place) = match args.cluster.options() {
        Some(cluster) => {
            let create = nomen_opensearch::CreateOptions {
                shards: args.shards,
                replicas: args.replicas,
            };
            let index = nomen_opensearch::ClusterIndex::create_or_open(
                &cluster,
                &args.cluster.os_index,
                gazetteer,
                create,
            )?;
            let place = format!("{} on {}", index.name(), index.url());
            let result = index
                .ingest(&inputs, &options, args.os_in_flight, &mut observer)
                .map_err(anyhow::Error::from);
            (result, place)
        }
        None => {
            let index = NomenIndex::create_or_open(&args.index.index, gazetteer)?;
            let result = index
                .ingest(&inputs, &options, &mut observer)
                .map_err(anyhow::Error::from);
            (result, index.dir().display().to_string())
        }
    };
    if let Some(bar) = &observer.bar {
        bar.finish_and_clear();
    }
    let summary = result?;
    if args.json {
        print_json(&summary)?;
    } else {
        let mut out = std::io::stdout().lock();
        let secs = summary.seconds.max(1e-3);
        writeln!(
            out,
            "indexed {}{} from {} ({}) in {:.2} s: {:.0} docs/s, {:.1} MB/s",
            plural(summary.documents, "document"),
            match summary.replaced {
                0 => String::new(),
                n => format!(" ({n} replacing an article with the same id)"),
            },
            plural((summary.files - summary.skipped_files) as u64, "file"),
            human_bytes(summary.bytes),
            summary.seconds,
            summary.documents as f64 / secs,
            summary.bytes as f64 / 1e6 / secs,
        )?;
        writeln!(
            out,
            "entities: {} links ({} mentions); errors: {}{}{}",
            summary.entities,
            summary.mentions,
            summary.errors,
            if summary.stopped {
                " (stopped at the first: --strict)"
            } else {
                ""
            },
            match summary.truncated {
                0 => String::new(),
                n => format!("; truncated to --max-doc-mb: {n}"),
            }
        )?;
        if let Some(line) = &merged {
            writeln!(out, "{line}")?;
        }
        if summary.skipped_files > 0 {
            writeln!(
                out,
                "skipped {} already indexed (--no-resume reads them again)",
                plural(summary.skipped_files as u64, "file")
            )?;
        }
        writeln!(out, "index: {place}")?;
    }
    Ok(if summary.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `1 file`, `2 files`.
fn plural(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `1536` → `1.5 KiB`.
pub(crate) fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_are_human() {
        assert_eq!(human_bytes(12), "12 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(3 << 30), "3.0 GiB");
    }
}
