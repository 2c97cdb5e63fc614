//! `nomen search`: search an index by words and by entities (see `nomen search
//! --help`). The work is done by `nomen_index::Searcher`; this module parses the
//! flags and prints the results.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use nomen_index::{parse_since, parse_until, NomenIndex, SearchRequest, SearchResults};

use super::common::{ClusterArgs, IndexDirArgs};
use crate::output::print_json;

/// Titles longer than this many characters are cut in human output.
const TITLE_CHARS: usize = 120;

/// Entities listed per hit in human output (`--json` lists them all).
const ENTITIES_SHOWN: usize = 8;

/// The long help of `nomen search` (shown after the options by `--help`).
const LONG_HELP: &str = "\
QUERY: words (all of them must match, unless OR is written), \"phrases\", AND, OR, NOT\n\
(upper case; lower-case and/or/not are ordinary words), -word, and field:value (fields\n\
title, body, lang, source, url, id, entities). It is folded like the index: `gonzalez`\n\
and `GONZÁLEZ` find the same articles, `Мадуро` finds `Maduro`, and `马杜罗` is searched as\n\
a phrase of its characters; with accents typed, articles written with those accents rank\n\
first. A word with an apostrophe inside (O'Brien, l'opposition) is matched as written.\n\
Put -- before a query that starts with -: nomen search -- -word other.\n\
\n\
Without QUERY, the matching articles are listed newest first.\n\
\n\
Output: the hits with title, date, language, source, entities and a snippet whose\n\
matches are in bold on a terminal and between square brackets otherwise, then the\n\
entities most mentioned in all matching articles. --json prints {\"total\", \"hits\":\n\
[{\"id\", \"score\", \"title\", \"date\", \"lang\", \"source\", \"url\", \"entities\", \"snippet\"}],\n\
\"facets\": {\"entities\": [{\"id\", \"name\", \"count\"}]}, \"resolved\": [{\"query\", \"entity\":\n\
{\"id\", \"name\", \"kind\", \"score\", \"why\", \"mentions\"}, \"chosen_by\", \"alternatives\": [...]}]},\n\
snippets as HTML with the matches in `<b>` elements.\n\
\n\
--entity NAME: the entity NAME most likely means (score 0.9 and above: one of its names\n\
in another spelling, script or form; 0.7 to 0.9: a likely reading, such as a surname\n\
alone or a typo in a long word); between comparable candidates, the one the index\n\
mentions most (then, for places, the most prominent). The output says which entity\n\
was searched and the alternatives with their article counts. A name no entity matches\n\
with a score of 0.7 or more, or that stays ambiguous, is an error (exit code 2)\n\
listing the closest candidates: choose one with --entity-id.\n\
\n\
Exit code 1 when nothing matches.";

/// Arguments of `nomen search` (see [`LONG_HELP`]).
#[derive(Debug, clap::Args)]
#[command(after_long_help = LONG_HELP)]
pub struct Args {
    /// Query text (several arguments are joined with spaces).
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    #[command(flatten)]
    pub index: IndexDirArgs,

    #[command(flatten)]
    pub cluster: ClusterArgs,

    /// Only articles that mention this entity, named in any spelling or script
    /// (resolved through the index's gazetteer, like `nomen entities resolve`, and
    /// the index's mentions; repeatable: all of them). A name that matches no entity
    /// well, or stays ambiguous, is an error listing the candidates and their ids.
    #[arg(long = "entity", value_name = "NAME")]
    pub entities: Vec<String>,

    /// Only articles that mention the entity with this canonical id (repeatable).
    #[arg(long = "entity-id", value_name = "ID")]
    pub entity_ids: Vec<String>,

    /// Only articles in this language (ISO 639-1 code; repeatable or comma-separated:
    /// any of them).
    #[arg(long = "lang", value_name = "L", value_delimiter = ',')]
    pub langs: Vec<String>,

    /// Only articles dated on or after this day (YYYY-MM-DD) or time (RFC 3339).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Only articles dated on or before this day (YYYY-MM-DD, the whole day) or time
    /// (RFC 3339).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,

    /// Hits to show.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub limit: usize,

    /// Hits to skip before those shown (the next page: --offset 10).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub offset: usize,

    /// Entities to show in the facet.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub facets: usize,

    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs `nomen search`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let query = args.query.join(" ");
    let request = SearchRequest {
        query: (!query.trim().is_empty()).then_some(query),
        entities: args.entities,
        entity_ids: args.entity_ids,
        langs: args
            .langs
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .collect(),
        since: args.since.as_deref().map(parse_since).transpose()?,
        until: args.until.as_deref().map(parse_until).transpose()?,
        limit: args.limit,
        offset: args.offset,
        facet_size: args.facets,
        deadline: None,
    };
    // Never dropped: the process ends after the search, and freeing a large
    // gazetteer, its dictionary and resolver entry by entry only costs time.
    let (results, gazetteer, place) = match args.cluster.options() {
        Some(options) => {
            let index = nomen_opensearch::ClusterIndex::open(&options, &args.cluster.os_index)?;
            let searcher = std::mem::ManuallyDrop::new(index.searcher()?);
            let place = format!("{} on {}", index.name(), index.url());
            let results = index.search(&searcher, &request).map_err(|e| match e {
                nomen_opensearch::Error::Nomen(e) => e,
                e => nomen_index::Error::Sink(Box::new(e)),
            });
            (results, std::sync::Arc::clone(index.gazetteer()), place)
        }
        None => {
            let index = std::mem::ManuallyDrop::new(NomenIndex::open(&args.index.index)?);
            let searcher = std::mem::ManuallyDrop::new(index.searcher()?);
            let place = args.index.index.display().to_string();
            (
                searcher.search(&request),
                std::sync::Arc::clone(index.gazetteer()),
                place,
            )
        }
    };
    let gazetteer = std::mem::ManuallyDrop::new(gazetteer);
    let results = match results {
        Ok(results) => results,
        // The query and a caret under the column where it goes wrong.
        Err(
            err @ nomen_index::Error::Query {
                column: Some(column),
                ..
            },
        ) => {
            let query = request.query.as_deref().unwrap_or_default().trim();
            anyhow::bail!("{err}\n  {query}\n  {:>column$}", "^");
        }
        Err(err) => return Err(err).with_context(|| format!("searching {place}")),
    };
    if args.json {
        print_json(&results)?;
    } else {
        print_human(
            &request,
            &results,
            std::io::stdout().is_terminal(),
            &gazetteer,
        )?;
    }
    Ok(if results.total == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// One line saying what an `--entity` name was taken to mean and what else it might
/// have meant: `"Sánchez": Pedro Sánchez (pedro-sanchez, person, score 0.88, surname
/// only); also: Soledad de Graciano Sánchez (geonames-3982912, 0 articles)`.
fn resolved_line(r: &nomen_index::ResolvedName) -> String {
    let e = &r.entity;
    let how = match r.chosen_by {
        nomen_entities::ChosenBy::Id => "by id".to_string(),
        nomen_entities::ChosenBy::Mentions => "the most mentioned here".to_string(),
        nomen_entities::ChosenBy::Prominence => "the most prominent place".to_string(),
        nomen_entities::ChosenBy::Score => e.why.notes.join(", "),
    };
    let how = if how.is_empty() {
        String::new()
    } else {
        format!(", {how}")
    };
    let mut line = format!(
        "{:?}: {} ({}, {}, score {:.2}{how})",
        r.query,
        e.name,
        e.id,
        e.kind.as_str(),
        e.score
    );
    if !r.alternatives.is_empty() {
        let alts: Vec<String> = r
            .alternatives
            .iter()
            .map(|a| {
                let m = a.mentions.unwrap_or(0);
                format!(
                    "{} ({}, {m} article{})",
                    a.name,
                    a.id,
                    if m == 1 { "" } else { "s" }
                )
            })
            .collect();
        line.push_str(&format!(
            "; also: {} (--entity-id ID to choose)",
            alts.join(", ")
        ));
    }
    line
}

fn print_human(
    request: &SearchRequest,
    results: &SearchResults,
    terminal: bool,
    gazetteer: &nomen_entities::Gazetteer,
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let (open, close) = if terminal {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let mut what = Vec::new();
    if let Some(q) = &request.query {
        what.push(format!("{q:?}"));
    }
    for e in &results.resolved {
        what.push(format!("{} ({})", e.name, e.id));
    }
    let noun = if results.total == 1 {
        "article"
    } else {
        "articles"
    };
    if what.is_empty() {
        writeln!(out, "{} {noun}", results.total)?;
    } else {
        writeln!(out, "{} {noun} for {}", results.total, what.join(" + "))?;
    }
    for r in &results.resolved_names {
        writeln!(out, "{}", resolved_line(r))?;
    }
    for (n, hit) in results.hits.iter().enumerate() {
        writeln!(out)?;
        let title = match hit.title.char_indices().nth(TITLE_CHARS) {
            _ if hit.title.is_empty() => "(untitled)".to_string(),
            Some((cut, _)) => format!("{}…", hit.title[..cut].trim_end()),
            None => hit.title.clone(),
        };
        writeln!(out, "{}. {title}", request.offset + n + 1)?;
        let mut line = Vec::new();
        if let Some(date) = &hit.date {
            line.push(date.get(..10).unwrap_or(date).to_string());
        }
        if let Some(lang) = &hit.lang {
            line.push(lang.clone());
        }
        if let Some(source) = &hit.source {
            line.push(source.clone());
        }
        line.push(format!("id {}", hit.id));
        if let Some(score) = hit.score {
            line.push(format!("score {score:.2}"));
        }
        writeln!(out, "   {}", line.join(" · "))?;
        if !hit.entities.is_empty() {
            let names: Vec<&str> = hit
                .entities
                .iter()
                .take(ENTITIES_SHOWN)
                .map(|id| gazetteer.get(id).map_or(id.as_str(), |e| e.name.as_str()))
                .collect();
            let more = hit.entities.len().saturating_sub(ENTITIES_SHOWN);
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            writeln!(out, "   entities: {}{more}", names.join(", "))?;
        }
        let snippet = hit
            .snippet
            .render(open, close, str::to_string)
            .replace(['\n', '\r'], " ");
        if !snippet.is_empty() {
            writeln!(out, "   {snippet}")?;
        }
    }
    if !results.facets.entities.is_empty() {
        writeln!(out)?;
        let facet: Vec<String> = results
            .facets
            .entities
            .iter()
            .map(|e| format!("{} ({})", e.name, e.count))
            .collect();
        writeln!(out, "also in these articles: {}", facet.join(", "))?;
    }
    out.flush()?;
    Ok(())
}
