//! `nomen`: make news archives searchable by who and what they are about.
//!
//! This binary is thin: it parses arguments (clap derive; the doc comments are the
//! `--help`), hands them to the subcommand's `run`, and prints errors as a chain.
//! The work is done by the `nomen-fold`, `nomen-entities` and `nomen-index` crates.
//!
//! Exit codes: 0 success; 1 the command ran but found nothing, or some input lines
//! were rejected (`index`); 2 an error.

mod commands;
mod output;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// nomen: search news archives by who and what they are about, in any spelling and
/// any script.
///
/// nomen folds text (accents, case, ligatures, punctuation variants, other scripts
/// romanised), links mentions of gazetteer entities (people, organizations, places)
/// however they are written, and indexes articles into a tantivy index you can search
/// by words and by entities.
///
/// Exit codes: 0 success; 1 nothing found, or some input was rejected; 2 error.
#[derive(Debug, Parser)]
#[command(
    name = "nomen",
    version,
    propagate_version = true,
    max_term_width = 100
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Index articles (JSONL, .txt, directories, .gz, or - for stdin) with their entities.
    Index(commands::index::Args),
    /// Search the index by words and by entities named in any spelling.
    Search(commands::search::Args),
    /// Serve the index's search page and JSON API over HTTP (read-only).
    Serve(commands::serve::Args),
    /// Show what an index holds: documents, segments, size, languages, top entities.
    Stats(commands::stats::Args),
    /// Check that an index is whole and consistent (checksums, ids, commit record).
    Check(commands::check::Args),
    /// Find the gazetteer entities mentioned in a text, with offsets and reasons.
    #[command(
        after_help = "A gazetteer of 10,000 entities or more is built once and its \
        linker cached in $NOMEN_CACHE_DIR (default $XDG_CACHE_HOME/nomen or \
        ~/.cache/nomen; an empty NOMEN_CACHE_DIR turns the cache off). nomen index keeps \
        it in the index directory instead."
    )]
    Tag(commands::tag::Args),
    /// Look up gazetteer entities: resolve a name, list them, show one.
    Entities(commands::entities::Args),
    /// Print the folded form of text (the key nomen matches and indexes on).
    Normalize(commands::normalize::Args),
    /// Measure indexing throughput, search latency and memory on a corpus.
    Bench(commands::bench::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Index(a) => commands::index::run(a),
        Command::Search(a) => commands::search::run(a),
        Command::Serve(a) => commands::serve::run(a),
        Command::Stats(a) => commands::stats::run(a),
        Command::Check(a) => commands::check::run(a),
        Command::Tag(a) => commands::tag::run(a),
        Command::Entities(a) => commands::entities::run(a),
        Command::Normalize(a) => commands::normalize::run(a),
        Command::Bench(a) => commands::bench::run(a),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if output::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("nomen: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
