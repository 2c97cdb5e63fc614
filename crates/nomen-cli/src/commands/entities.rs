//! `nomen entities`: look up gazetteer entities (see `nomen entities --help`). The
//! resolution and scoring are done by `nomen_entities::Resolver`.

use std::io::Write;
use std::process::ExitCode;

use nomen_entities::{Entity, Kind, Resolver};
use serde::Serialize;

use super::common::GazetteerArgs;
use crate::output::print_json;

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
    /// "alias", "parts": [{"query", "name", "status", "via", "role", "similarity"}]}}].
    /// Exits 1 when no entity comes close.
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
}

/// Arguments of `nomen entities resolve`.
#[derive(Debug, clap::Args)]
pub struct ResolveArgs {
    /// The name to resolve, as written (`Madurro`, `Мадуро`, `E. González U.`).
    pub name: String,

    /// At most this many candidates (at least 1).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: u32,

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
    }
}

fn resolve(args: ResolveArgs) -> anyhow::Result<ExitCode> {
    let gazetteer = args.gazetteer.load()?;
    let resolver = Resolver::new(gazetteer);
    let limit = usize::try_from(args.limit).unwrap_or(usize::MAX);
    let candidates = resolver.resolve(&args.name, limit);
    if args.json {
        print_json(&candidates)?;
    } else if candidates.is_empty() {
        eprintln!("nomen: no entity matches {:?}", args.name);
    } else {
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
    Ok(if candidates.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
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
        let suggestions = close_ids(&Resolver::new(gazetteer.clone()), &args.id);
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
    for (key, value) in &entity.extra {
        writeln!(out, "{key:<8} {value}")?;
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
