//! `nomen stats`: what an index holds (see `nomen stats --help`). The counting is
//! done by `nomen_index::NomenIndex::stats`.

use std::io::Write;
use std::process::ExitCode;

use nomen_index::NomenIndex;

use super::common::{ClusterArgs, IndexDirArgs};
use super::index::human_bytes;
use crate::output::print_json;

/// The long help of `nomen stats` (shown after the options by `--help`).
const LONG_HELP: &str = "\
Prints the number of documents, segments, the size on disk, the gazetteer the index was\n\
built with, the languages and the most mentioned entities. The size is the sum of the\n\
articles' (the index proper), the recorded gazetteer's (a copy of the gazetteer the index\n\
was built with, there from its creation) and, for a large gazetteer, the cached linker's\n\
(rebuilt when deleted). --json prints {\"documents\", \"deleted\", \"segments\", \"bytes\",\n\
\"articles_bytes\", \"gazetteer_bytes\", \"cache_bytes\",\n\
\"gazetteer\": {\"fingerprint\", \"sources\", \"entities\"},\n\
\"languages\": [{\"value\", \"count\"}], \"unknown_language\", \"entities\": [{\"id\", \"name\",\n\
\"count\"}], \"documents_with_entities\", \"oldest\", \"newest\"}.";

/// Arguments of `nomen stats` (see [`LONG_HELP`]).
#[derive(Debug, clap::Args)]
#[command(after_long_help = LONG_HELP)]
pub struct Args {
    #[command(flatten)]
    pub index: IndexDirArgs,

    #[command(flatten)]
    pub cluster: ClusterArgs,

    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs `nomen stats`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let (stats, place) = match args.cluster.options() {
        Some(options) => {
            let index = nomen_opensearch::ClusterIndex::open(&options, &args.cluster.os_index)?;
            let place = format!("{} on {}", index.name(), index.url());
            (index.stats()?, place)
        }
        None => {
            let index = NomenIndex::open(&args.index.index)?;
            (index.stats()?, index.dir().display().to_string())
        }
    };
    if args.json {
        print_json(&stats)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "index      {place}")?;
    writeln!(
        out,
        "documents  {} ({} with entities; {} replaced, awaiting merge)",
        stats.documents, stats.documents_with_entities, stats.deleted
    )?;
    if let (Some(oldest), Some(newest)) = (&stats.oldest, &stats.newest) {
        writeln!(
            out,
            "dates      {} to {}",
            oldest.get(..10).unwrap_or(oldest),
            newest.get(..10).unwrap_or(newest)
        )?;
    }
    writeln!(out, "segments   {}", stats.segments)?;
    // An index holds more than its articles: say what the size is made of.
    let mut parts = vec![format!("articles {}", human_bytes(stats.articles_bytes))];
    if stats.gazetteer_bytes > 0 {
        parts.push(format!(
            "recorded gazetteer {}",
            human_bytes(stats.gazetteer_bytes)
        ));
    }
    if stats.cache_bytes > 0 {
        parts.push(format!("cached linker {}", human_bytes(stats.cache_bytes)));
    }
    writeln!(
        out,
        "size       {} ({})",
        human_bytes(stats.bytes),
        parts.join(", ")
    )?;
    writeln!(
        out,
        "gazetteer  {} ({}), {} entities",
        stats.gazetteer.fingerprint,
        stats.gazetteer.sources.join(", "),
        stats.gazetteer.entities
    )?;
    let mut langs: Vec<String> = stats
        .languages
        .iter()
        .map(|l| format!("{} {}", l.value, l.count))
        .collect();
    if stats.unknown_language > 0 {
        langs.push(format!("unknown {}", stats.unknown_language));
    }
    if langs.is_empty() {
        langs.push("none".to_string());
    }
    writeln!(out, "languages  {}", langs.join(", "))?;
    if !stats.entities.is_empty() {
        writeln!(out, "entities   (articles mentioning each)")?;
        for e in &stats.entities {
            writeln!(out, "  {:>8}  {} ({})", e.count, e.name, e.id)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
