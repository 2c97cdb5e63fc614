//! `nomen check`: is an index whole and consistent? (see `nomen check --help`). The
//! checking is done by `nomen_index::NomenIndex::check`.

use std::io::Write;
use std::process::ExitCode;

use nomen_index::NomenIndex;

use super::common::IndexDirArgs;
use crate::output::print_json;

/// The long help of `nomen check` (shown after the options by `--help`).
const LONG_HELP: &str = "\
Checks the last commit of an index: every segment opens and every segment file matches\n\
its checksum; no id is held by two live documents; the number of live documents is the\n\
one the commit recorded; nomen.json and gazetteer.jsonl agree. It reads only, and can\n\
run while `nomen index` writes (it checks the last commit).\n\
\n\
Exit codes: 0 the index is sound; 1 problems found (each is printed); 2 the index\n\
cannot be opened at all. --json prints {\"documents\", \"ids\", \"committed_documents\",\n\
\"progress\": {\"done\", \"partial\"}, \"segments\", \"files_checked\", \"unreferenced_files\",\n\
\"problems\"}.";

/// Arguments of `nomen check` (see [`LONG_HELP`]).
#[derive(Debug, clap::Args)]
#[command(after_long_help = LONG_HELP)]
pub struct Args {
    #[command(flatten)]
    pub index: IndexDirArgs,

    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs `nomen check`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let index = NomenIndex::open(&args.index.index)?;
    let report = index.check()?;
    let code = if report.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    };
    if args.json {
        print_json(&report)?;
        return Ok(code);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "index      {}", index.dir().display())?;
    writeln!(
        out,
        "segments   {} ({} files checksummed)",
        report.segments, report.files_checked
    )?;
    writeln!(
        out,
        "documents  {} live, {} distinct ids; the commit recorded {}",
        report.documents,
        report.ids,
        report.committed_documents.map_or(
            "no count (nothing committed yet, or by an older nomen)".to_string(),
            |n| { n.to_string() }
        )
    )?;
    let progress = &report.progress;
    let partial = progress
        .partial
        .as_ref()
        .map_or(String::new(), |(f, line)| {
            format!(", up to line {line} of {}", f.path.display())
        });
    writeln!(
        out,
        "committed  {} input files complete{partial}",
        progress.done.len()
    )?;
    if !report.unreferenced_files.is_empty() {
        writeln!(
            out,
            "unused     {} files no commit references (being written by a running `nomen \
             index`, or left by an interrupted one: the next run removes them)",
            report.unreferenced_files.len()
        )?;
    }
    if report.is_ok() {
        writeln!(out, "ok")?;
    } else {
        for problem in &report.problems {
            writeln!(out, "problem: {problem}")?;
        }
    }
    out.flush()?;
    Ok(code)
}
