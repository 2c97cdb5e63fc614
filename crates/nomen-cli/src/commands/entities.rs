//! `nomen entities`: look up gazetteer entities (see `nomen entities --help`). The
//! resolution and scoring are done by `nomen_entities::Resolver`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use nomen_entities::import::{self, Format, Options};
use nomen_entities::{Entity, Kind, Resolver};
use serde::Serialize;

use super::common::GazetteerArgs;
use crate::output::{print_json, OutputFile};

/// Arguments of `nomen entities`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

/// The `nomen entities` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Rank the entities a name may mean, in any spelling or script, typos included.
    ///
    /// Prints rank, id, name, kind, score and which name parts agreed, were omitted or
    /// contradicted. --json prints [{"id", "name", "kind", "score", "why": {"matched",
    /// "alias", "parts": [{"query", "name", "status", "via", "role", "similarity"}],
    /// "notes"}}]. Scores: 0.9 and above, one of the entity's names in another
    /// spelling, script or form; 0.7 to 0.9, a likely reading (a surname alone, a typo
    /// in a long word, an initial and a surname, an organisation's acronym); below 0.7,
    /// listed but never chosen by `nomen search --entity`. Exits 1 when no entity
    /// scores 0.7 or more.
    Resolve(ResolveArgs),
    /// List the gazetteer's entities (id, kind, name, aliases).
    ///
    /// --json prints [{"id", "name", "kind", "aliases"}].
    List(ListArgs),
    /// Show one entity by id, with its names and aliases.
    ///
    /// --json prints {"id", "name", "kind", "aliases", ...extra fields}. Exits 2 for an
    /// unknown id, suggesting close ones.
    Show(ShowArgs),
    /// Convert a list into a gazetteer (JSON Lines) for --entities.
    ///
    /// Formats: csv (header row with columns id, name, kind, aliases; aliases separated
    /// by `;`), ofac (OFAC SDN classic CSV: sdn.csv and alt.csv in any order, told apart
    /// by their number of columns; add.csv is ignored), un (UN Security Council
    /// consolidated list XML), ftm (FollowTheMoney JSON Lines from OpenSanctions).
    /// Records that cannot be imported are reported and skipped; a summary goes to
    /// stderr. Exits 2 when a file cannot be read or is not in the format.
    Import(ImportArgs),
    /// Propose gazetteer entries for the people and organisations a corpus names that
    /// the gazetteer does not know.
    ///
    /// Reads the articles twice (input files, or an index's stored articles with
    /// --index): first the candidate names and the case of every word, then, after
    /// grouping the names, the linker with the known and the discovered entities
    /// together, which gathers the spellings (accents, case, initials, a surname alone
    /// after the full name, `SURNAME, Given`, inflections, transliterations). Prints
    /// documents, kind, confidence, name and aliases, most documents first; -o writes
    /// gazetteer JSON Lines for --entities. Exits 1 when nothing is proposed.
    Discover(super::discover::Args),
}

/// Arguments of `nomen entities resolve`.
#[derive(Debug, clap::Args)]
pub struct ResolveArgs {
    /// The name to resolve, as written (`Madurro`, `Мадуро`, `E. González U.`).
    pub name: String,

    /// At most this many candidates (at least 1).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: u32,

    /// Only entities of this kind (`Rodríguez` is two people and a city).
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,

    /// Print JSON.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
}

/// Arguments of `nomen entities list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only entities of this kind.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,

    /// Print JSON.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
}

/// Arguments of `nomen entities show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The entity id (`nicolas-maduro`).
    pub id: String,

    /// Print JSON.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
}

/// Arguments of `nomen entities import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The format of the files.
    #[arg(long, value_enum)]
    pub format: FormatArg,

    /// The files to import (for ofac: sdn.csv and alt.csv, in any order).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,

    /// Write the gazetteer here (`-`: standard output).
    #[arg(short, long, default_value = "-")]
    pub output: PathBuf,

    /// Link weak aliases (UN quality "Low", FtM weakAlias) in running text too. By
    /// default they are kept in the unlinked field `weak_aliases`: they are often short
    /// and ambiguous.
    #[arg(long)]
    pub weak_aliases: bool,

    /// csv: the kind of rows whose kind cell is empty or whose file has no kind column
    /// (by default such rows are skipped).
    #[arg(long, value_enum)]
    pub default_kind: Option<KindArg>,
}

/// An import format on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// CSV with a header row: id, name, kind, aliases.
    Csv,
    /// OFAC SDN classic CSV (sdn.csv, alt.csv).
    Ofac,
    /// UN Security Council consolidated list XML.
    Un,
    /// FollowTheMoney JSON Lines (OpenSanctions).
    Ftm,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Csv => Format::Csv,
            FormatArg::Ofac => Format::Ofac,
            FormatArg::Un => Format::Un,
            FormatArg::Ftm => Format::Ftm,
        }
    }
}

/// An entity kind on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// People.
    Person,
    /// Companies, institutions, parties, newspapers.
    Organization,
    /// Countries, cities, buildings.
    Place,
    /// Anything else.
    Other,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Kind {
        match k {
            KindArg::Person => Kind::Person,
            KindArg::Organization => Kind::Organization,
            KindArg::Place => Kind::Place,
            KindArg::Other => Kind::Other,
        }
    }
}

/// Runs `nomen entities`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Command::Resolve(a) => resolve(a),
        Command::List(a) => list(a),
        Command::Show(a) => show(a),
        Command::Import(a) => import(a),
        Command::Discover(a) => super::discover::run(a),
    }
}

fn import(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let options = Options {
        weak_aliases: args.weak_aliases,
        default_kind: args.default_kind.map(Kind::from),
    };
    let format = Format::from(args.format);
    let to_stdout = args.output.as_os_str() == "-";
    let summary = if to_stdout {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        import::import(format, &args.files, &options, &mut out)?
    } else {
        // Written whole or not at all: a failed import leaves no half-written
        // gazetteer behind.
        let mut out = OutputFile::create(&args.output)?;
        let summary = import::import(format, &args.files, &options, &mut out)?;
        out.commit()?;
        summary
    };
    print_summary(&summary, if to_stdout { None } else { Some(&args.output) });
    Ok(ExitCode::SUCCESS)
}

/// The import summary, on stderr.
fn print_summary(summary: &import::Summary, output: Option<&PathBuf>) {
    let kinds: Vec<String> = summary
        .written
        .iter()
        .map(|(kind, n)| format!("{n} {kind}"))
        .collect();
    let to = output.map_or(String::new(), |p| format!(" to {}", p.display()));
    eprintln!(
        "nomen: imported {} entities{to} ({}), {} aliases, {} weak aliases (not linked unless --weak-aliases), {} repeated names dropped",
        summary.entities(),
        if kinds.is_empty() { "none".to_string() } else { kinds.join(", ") },
        summary.aliases,
        summary.weak_aliases,
        summary.duplicate_names
    );
    if summary.empty_names > 0 {
        eprintln!(
            "nomen: {} names with no letter or digit dropped",
            summary.empty_names
        );
    }
    if summary.long_aliases > 0 {
        eprintln!(
            "nomen: {} aliases longer than {} bytes dropped (a text, not a name)",
            summary.long_aliases,
            nomen_entities::MAX_NAME_BYTES
        );
    }
    for (what, n) in &summary.not_imported {
        eprintln!("nomen: not imported: {n} × {what}");
    }
    if summary.skipped_total() > 0 {
        let reasons: Vec<String> = summary
            .skipped_by_reason
            .iter()
            .map(|(reason, n)| format!("{n} {reason}"))
            .collect();
        eprintln!(
            "nomen: skipped {} records: {}",
            summary.skipped_total(),
            reasons.join(", ")
        );
        for skip in &summary.skipped {
            eprintln!("nomen: skipped {skip}");
        }
        if summary.skipped.len() < summary.skipped_total() {
            eprintln!(
                "nomen: ... and {} more skipped records",
                summary.skipped_total() - summary.skipped.len()
            );
        }
    }
    for note in &summary.notes {
        eprintln!("nomen: note: {note}");
    }
}

fn resolve(args: ResolveArgs) -> anyhow::Result<ExitCode> {
    let gazetteer = args.gazetteer.load()?;
    // Never dropped: freeing every parsed name as the process ends only costs time
    // (a fifth of a run with the built-in places).
    let resolver = std::mem::ManuallyDrop::new(super::common::resolver(gazetteer));
    let limit = usize::try_from(args.limit).unwrap_or(usize::MAX);
    let candidates = match args.kind.map(Kind::from) {
        None => resolver.resolve(&args.name, limit),
        Some(kind) => {
            // Every candidate, then those of the kind.
            let mut all = resolver.resolve(&args.name, usize::MAX);
            all.retain(|c| c.kind == kind);
            all.truncate(limit);
            all
        }
    };
    let found = candidates
        .first()
        .is_some_and(|c| c.score >= nomen_entities::MATCH_THRESHOLD);
    if args.json {
        print_json(&candidates)?;
    } else if candidates.is_empty() {
        eprintln!("nomen: no entity matches {:?}", args.name);
    } else {
        if !found {
            eprintln!(
                "nomen: no entity matches {:?} well (every candidate scores below {}); the closest:",
                args.name,
                nomen_entities::MATCH_THRESHOLD
            );
        }
        let mut out = std::io::stdout().lock();
        let id_w = candidates
            .iter()
            .map(|c| c.id.chars().count())
            .max()
            .unwrap_or(2);
        let name_w = candidates
            .iter()
            .map(|c| c.name.chars().count())
            .max()
            .unwrap_or(4);
        writeln!(
            out,
            "{:>4}  {:<id_w$}  {:<name_w$}  {:<12}  {:>5}  why",
            "rank", "id", "name", "kind", "score"
        )?;
        for (i, c) in candidates.iter().enumerate() {
            writeln!(
                out,
                "{:>4}  {:<id_w$}  {:<name_w$}  {:<12}  {:>5.2}  {}",
                i + 1,
                c.id,
                c.name,
                c.kind.as_str(),
                c.score,
                c.why.short()
            )?;
        }
        out.flush()?;
    }
    Ok(if found {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// An entity as `list --json` prints it.
#[derive(Serialize)]
struct Listed<'a> {
    id: &'a str,
    name: &'a str,
    kind: Kind,
    aliases: &'a [String],
}

fn list(args: ListArgs) -> anyhow::Result<ExitCode> {
    let gazetteer = args.gazetteer.load()?;
    let kind = args.kind.map(Kind::from);
    let entities: Vec<&Entity> = gazetteer
        .entities()
        .iter()
        .filter(|e| kind.is_none_or(|k| e.kind == k))
        .collect();
    if args.json {
        let listed: Vec<Listed<'_>> = entities
            .iter()
            .map(|e| Listed {
                id: &e.id,
                name: &e.name,
                kind: e.kind,
                aliases: &e.aliases,
            })
            .collect();
        print_json(&listed)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    let id_w = entities
        .iter()
        .map(|e| e.id.chars().count())
        .max()
        .unwrap_or(2);
    writeln!(out, "{:<id_w$}  {:<12}  name (aliases)", "id", "kind")?;
    for e in &entities {
        writeln!(
            out,
            "{:<id_w$}  {:<12}  {} ({})",
            e.id,
            e.kind.as_str(),
            e.name,
            e.aliases.len()
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn show(args: ShowArgs) -> anyhow::Result<ExitCode> {
    let gazetteer = args.gazetteer.load()?;
    let Some(entity) = gazetteer.get(&args.id) else {
        let suggestions = close_ids(&super::common::resolver(gazetteer.clone()), &args.id);
        if suggestions.is_empty() {
            anyhow::bail!(
                "unknown entity id {:?}; `nomen entities list` shows the ids",
                args.id
            );
        }
        anyhow::bail!(
            "unknown entity id {:?}; did you mean {}?",
            args.id,
            suggestions.join(", ")
        );
    };
    if args.json {
        print_json(entity)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "id       {}", entity.id)?;
    writeln!(out, "name     {}", entity.name)?;
    writeln!(out, "kind     {}", entity.kind)?;
    for (i, alias) in entity.aliases.iter().enumerate() {
        writeln!(out, "{:<8} {alias}", if i == 0 { "aliases" } else { "" })?;
    }
    // The names by language, a line for each (`de  Weltgesundheitsorganisation, WHO`).
    let by_language = nomen_entities::by_language::names_by_language(entity);
    for (i, (lang, names)) in by_language.iter().enumerate() {
        let label = if i == 0 { "names" } else { "" };
        writeln!(out, "{label:<8} {lang:<7} {}", names.join(", "))?;
    }
    for (key, value) in &entity.extra {
        if key == nomen_entities::by_language::FIELD && !by_language.is_empty() {
            continue;
        }
        writeln!(out, "{key:<8} {value}")?;
    }
    if let Some(m) = gazetteer.merged_with(&entity.id) {
        writeln!(
            out,
            "merged   with the built-in entity {} ({}; {}:{}): its names are aliases here",
            m.builtin_id,
            m.reason.describe(),
            m.origin,
            m.line
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Ids close to `id`: ids of the entities `id` resolves to when read as a name
/// (`nicolas-madur` → `nicolas-maduro`), then ids that share its prefix.
fn close_ids(resolver: &Resolver, id: &str) -> Vec<String> {
    let mut out: Vec<String> = resolver
        .resolve(&id.replace(['-', '_'], " "), 3)
        .into_iter()
        .map(|c| c.id)
        .collect();
    let prefix: String = id.chars().take(4).collect();
    if !prefix.is_empty() {
        for e in resolver.gazetteer().entities() {
            if out.len() >= 5 {
                break;
            }
            if e.id.starts_with(&prefix) && !out.contains(&e.id) {
                out.push(e.id.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, Parser};

    #[derive(Debug, Parser)]
    struct Cli {
        #[command(flatten)]
        args: Args,
    }

    #[test]
    fn args_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn parses_subcommands() {
        let cli = Cli::parse_from(["x", "resolve", "Madurro", "--limit", "3", "--json"]);
        match cli.args.command {
            Command::Resolve(r) => {
                assert_eq!(r.name, "Madurro");
                assert_eq!(r.limit, 3);
                assert!(r.json);
            }
            other => panic!("{other:?}"),
        }
        let cli = Cli::parse_from(["x", "list", "--kind", "person", "--no-builtin"]);
        assert!(matches!(
            cli.args.command,
            Command::List(ListArgs {
                kind: Some(KindArg::Person),
                ..
            })
        ));
    }
}
