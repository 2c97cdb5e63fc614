//! Search: words and phrases folded like the index, entity filters resolved through
//! the index's own gazetteer, language and date filters, ranked hits with snippets,
//! and the facet of the entities most mentioned in the results.

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::{Bound, Range};
use std::sync::{Arc, OnceLock};

use nomen_entities::{Candidate, ChosenBy, Explanation, Gazetteer, Linker, Resolver};
use serde::{Serialize, Serializer};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, QueryParser,
    QueryParserError, RangeQuery, TermQuery,
};
use tantivy::query_grammar::{self, Occur as GrammarOccur, UserInputAst, UserInputLeaf};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DateTime, DocAddress, IndexReader, Order, ReloadPolicy, TantivyDocument, Term};

use crate::budget::Bounded;
use crate::collect::TermCounts;
use crate::date::{format_rfc3339, parse_timestamp};
use crate::error::Error;
use crate::schema::{names, Fields};
use crate::NomenIndex;

/// Boost of the title over the body.
pub(crate) const TITLE_BOOST: f32 = 2.0;
/// Boost of the exact-view fields: a match with the accents as typed ranks first.
pub(crate) const EXACT_BOOST: f32 = 1.5;
/// Snippet length in characters.
pub(crate) const SNIPPET_CHARS: usize = 200;

/// What to search for. Every part is optional; all given parts must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    /// Query text: words (all of them must match unless `OR` is written), `"phrases"`,
    /// `AND`/`OR`/`NOT` (upper case), `-word`, `field:value` (fields `title`, `body`,
    /// `lang`, `source`, `url`, `id`, `entities`). Folded like the index.
    pub query: Option<String>,
    /// Entity names in any spelling, resolved through the index's gazetteer; each must
    /// be mentioned.
    pub entities: Vec<String>,
    /// Canonical entity ids; each must be mentioned.
    pub entity_ids: Vec<String>,
    /// Languages (ISO 639-1); any of them. Empty: all.
    pub langs: Vec<String>,
    /// Only articles dated at or after this (UTC seconds).
    pub since: Option<i64>,
    /// Only articles dated before this (UTC seconds, exclusive).
    pub until: Option<i64>,
    /// Hits to return. Default: 10.
    pub limit: usize,
    /// Hits to skip before those returned (paging). Default: 0.
    pub offset: usize,
    /// Entities in the facet. Default: 10. With 0, the facet is not computed (a
    /// little faster on large result sets).
    pub facet_size: usize,
    /// When the search must be done: past it, the search stops and fails with
    /// [`Error::OverBudget`] (checked every few thousand matching documents).
    /// `None`: no limit.
    pub deadline: Option<std::time::Instant>,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: None,
            entities: Vec::new(),
            entity_ids: Vec::new(),
            langs: Vec::new(),
            since: None,
            until: None,
            limit: 10,
            offset: 0,
            facet_size: 10,
            deadline: None,
        }
    }
}

/// Parses a `--since` bound: `YYYY-MM-DD` (start of that day, UTC) or RFC 3339.
pub fn parse_since(value: &str) -> Result<i64, Error> {
    parse_timestamp(value).ok_or_else(|| Error::Date {
        what: "--since",
        value: value.to_string(),
    })
}

/// Parses an `--until` bound, inclusive: `YYYY-MM-DD` includes that whole day; an
/// RFC 3339 time includes that second. Returns the exclusive end.
pub fn parse_until(value: &str) -> Result<i64, Error> {
    let secs = parse_timestamp(value).ok_or_else(|| Error::Date {
        what: "--until",
        value: value.to_string(),
    })?;
    Ok(if value.trim().len() == 10 {
        secs + 86_400
    } else {
        secs + 1
    })
}

/// Highlighted text: a fragment and the byte ranges of its highlights.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet {
    /// The fragment of the article's text.
    pub text: String,
    /// Byte ranges of `text` to highlight, sorted, not overlapping.
    pub highlights: Vec<Range<usize>>,
}

impl Snippet {
    /// A snippet of `text` with `highlights` (byte ranges of `text`): out-of-bounds
    /// or off-boundary ranges are dropped, the others sorted and overlaps merged.
    pub fn new(text: String, highlights: Vec<Range<usize>>) -> Snippet {
        let mut ranges: Vec<Range<usize>> = highlights
            .into_iter()
            .filter(|r| r.start < r.end && r.end <= text.len())
            .filter(|r| text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
            .collect();
        ranges.sort_by_key(|r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        Snippet {
            text,
            highlights: merged,
        }
    }

    /// The fragment with every highlight wrapped in `open` and `close`.
    pub fn render(&self, open: &str, close: &str, escape: fn(&str) -> String) -> String {
        let mut out = String::with_capacity(self.text.len() + 16);
        let mut at = 0;
        for range in &self.highlights {
            out.push_str(&escape(&self.text[at..range.start]));
            out.push_str(open);
            out.push_str(&escape(&self.text[range.clone()]));
            out.push_str(close);
            at = range.end;
        }
        out.push_str(&escape(&self.text[at..]));
        out
    }

    /// HTML: text escaped, highlights in `<b>…</b>`.
    pub fn to_html(&self) -> String {
        self.render("<b>", "</b>", escape_html)
    }
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

impl Serialize for Snippet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_html())
    }
}

/// One result.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Article id.
    pub id: String,
    /// Relevance score; `null` when results are listed newest first (no query text).
    pub score: Option<f32>,
    /// Title.
    pub title: String,
    /// Date, RFC 3339 UTC.
    pub date: Option<String>,
    /// Language code.
    pub lang: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Canonical ids of the entities the article mentions.
    pub entities: Vec<String>,
    /// A fragment of the body with the matches highlighted (as HTML with `<b>` in
    /// JSON).
    pub snippet: Snippet,
}

/// One entity of the facet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityCount {
    /// Canonical id.
    pub id: String,
    /// Canonical name (the id when the gazetteer lacks it).
    pub name: String,
    /// Matching articles that mention it.
    pub count: u64,
}

/// Facets of the results.
#[derive(Debug, Clone, Serialize)]
pub struct Facets {
    /// The entities most mentioned in the matching articles (all of them, not only
    /// the hits shown), other than those searched for; most frequent first.
    pub entities: Vec<EntityCount>,
}

/// What a search found.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// Matching articles.
    pub total: u64,
    /// The best `limit` of them.
    pub hits: Vec<Hit>,
    /// Facets over all matching articles.
    pub facets: Facets,
    /// The entities searched for (`--entity` resolved, and `--entity-id`).
    #[serde(skip)]
    pub resolved: Vec<EntityCount>,
    /// Each `--entity` name: the entity it was resolved to, how, and the other
    /// candidates considered, each with the articles of the index that mention it.
    #[serde(rename = "resolved")]
    pub resolved_names: Vec<ResolvedName>,
}

/// What an `--entity` name was taken to mean.
#[derive(Debug, Clone, Serialize)]
pub struct ResolvedName {
    /// The name as given.
    pub query: String,
    /// The entity searched for: id, name, kind, score, why, mentions (articles of the
    /// index that mention it).
    pub entity: Candidate,
    /// How it was chosen: `id`, `score` (the only close candidate), `mentions` (the
    /// most mentioned of comparable ones), `prominence` (the most prominent place).
    pub chosen_by: ChosenBy,
    /// Other candidates considered, best first, with their mentions.
    pub alternatives: Vec<Candidate>,
}

/// What a hit is made of: the fields an index stores of an article.
#[derive(Debug, Clone, Default)]
pub struct StoredArticle {
    /// Article id.
    pub id: String,
    /// Title (original text).
    pub title: String,
    /// Body (original text).
    pub body: String,
    /// Date, UTC seconds.
    pub date: Option<i64>,
    /// Language code.
    pub lang: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Canonical ids of the entities it mentions.
    pub entities: Vec<String>,
    /// The mentions indexing found.
    pub mentions: Vec<crate::StoredMention>,
}

/// A request's query, built by [`Searcher::build_query`].
pub(crate) struct BuiltQuery {
    /// Everything the request asks for.
    pub query: Box<dyn Query>,
    /// The text part, if any.
    pub text_query: Option<Box<dyn Query>>,
    /// The exact-view terms of the text part's words ([`Searcher::exact_boost`]),
    /// each once: the articles that have more of them rank first.
    pub exact_words: Vec<String>,
    /// The entities filtered on.
    pub resolved: Vec<EntityCount>,
    /// What each `--entity` name was resolved to.
    pub resolved_names: Vec<ResolvedName>,
}

/// Searches one index; cheap to reuse for many queries.
pub struct Searcher {
    dir: std::path::PathBuf,
    reader: IndexReader,
    fields: Fields,
    parser: QueryParser,
    /// The exact-view analyzer, for the words of a query ([`Searcher::exact_boost`]).
    exact: tantivy::tokenizer::TextAnalyzer,
    gazetteer: Arc<Gazetteer>,
    resolver: OnceLock<Resolver>,
    linker: OnceLock<Linker>,
    /// Searches a cluster's index ([`Searcher::for_cluster`]): no index directory.
    cluster: bool,
    /// Never write into the index directory (the linker cache): [`NomenIndex::serving_searcher`].
    read_only: bool,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Searcher").finish_non_exhaustive()
    }
}

impl NomenIndex {
    /// A searcher over the index as last committed.
    pub fn searcher(&self) -> Result<Searcher, Error> {
        self.searcher_with(ReloadPolicy::Manual, false)
    }

    /// A searcher for a long-running reader such as `nomen serve`: it follows the
    /// commits of a `nomen index` writing beside it (tantivy watches the index's meta
    /// file and reloads within about a second, [`ReloadPolicy::OnCommitWithDelay`]),
    /// and it never writes into the index directory: the linker that marks entity
    /// mentions in snippets is loaded from the index's cache when there is one, else
    /// from (or saved to) the user's cache directory, else built in memory.
    pub fn serving_searcher(&self) -> Result<Searcher, Error> {
        self.searcher_with(ReloadPolicy::OnCommitWithDelay, true)
    }

    fn searcher_with(&self, policy: ReloadPolicy, read_only: bool) -> Result<Searcher, Error> {
        let reader = self
            .index
            .reader_builder()
            .reload_policy(policy)
            .try_into()
            .map_err(|e| Error::tantivy(&self.dir, e))?;
        let mut searcher = Searcher::with_parts(
            self.dir.clone(),
            &self.index,
            reader,
            self.fields.clone(),
            Arc::clone(&self.gazetteer),
            false,
        );
        searcher.read_only = read_only;
        Ok(searcher)
    }
}

impl Searcher {
    /// A searcher of `index` (with nomen's analyzers registered) read by `reader`;
    /// `cluster`: the linker is cached in the user's cache directory `dir`, not in an
    /// index directory.
    pub(crate) fn with_parts(
        dir: std::path::PathBuf,
        index: &tantivy::Index,
        reader: IndexReader,
        fields: Fields,
        gazetteer: Arc<Gazetteer>,
        cluster: bool,
    ) -> Searcher {
        let f = &fields;
        // The exact fields are not the parser's: they have no positions, and they only
        // rank (see `exact_boost`).
        let mut parser = QueryParser::for_index(index, vec![f.title, f.body]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.title, TITLE_BOOST);
        Searcher {
            dir,
            reader,
            fields,
            parser,
            exact: crate::exact::analyzer(),
            gazetteer,
            resolver: OnceLock::new(),
            linker: OnceLock::new(),
            cluster,
            read_only: false,
        }
    }

    /// The query parser (nomen's analyzers, default fields and boosts).
    pub(crate) fn parser(&self) -> &QueryParser {
        &self.parser
    }

    /// The schema's fields.
    pub(crate) fn fields(&self) -> &Fields {
        &self.fields
    }
}

impl Searcher {
    /// The tantivy searcher of the last commit.
    pub(crate) fn tantivy_searcher(&self) -> tantivy::Searcher {
        self.reader.searcher()
    }

    /// The index directory.
    pub(crate) fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    /// The gazetteer of the index.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The linker of the index's gazetteer, loaded (or built) on first use.
    pub fn linker(&self) -> &Linker {
        self.linker.get_or_init(|| {
            if self.read_only {
                crate::linker_cache::read_only_linker(&self.gazetteer, &self.dir)
            } else if !self.cluster {
                crate::linker_cache::linker(&self.gazetteer, &self.dir)
            } else if self.dir.as_os_str().is_empty() {
                Linker::new(Arc::clone(&self.gazetteer))
            } else {
                crate::linker_cache::shared_linker(&self.gazetteer, &self.dir)
            }
        })
    }

    /// The resolver of the index's gazetteer, loaded on first use from its cache (the
    /// index directory's, or the user's cache directory's; a read-only searcher never
    /// writes the index directory), or built.
    pub fn resolver(&self) -> &Resolver {
        self.resolver.get_or_init(|| {
            if self.read_only {
                crate::linker_cache::read_only_resolver(&self.gazetteer, &self.dir)
            } else if !self.cluster {
                crate::linker_cache::resolver(&self.gazetteer, &self.dir)
            } else if self.dir.as_os_str().is_empty() {
                Resolver::new(Arc::clone(&self.gazetteer))
            } else {
                crate::linker_cache::shared_resolver(&self.gazetteer, &self.dir)
            }
        })
    }

    /// The number of documents as last seen (a reload may add more).
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Resolves `--entity` names and checks `--entity-id`s: the canonical ids to
    /// filter on, in order, without repeats.
    pub fn resolve_entities(&self, request: &SearchRequest) -> Result<Vec<EntityCount>, Error> {
        Ok(self.resolve_request(request)?.0)
    }

    /// The number of articles of the index that mention the entity `id`.
    pub fn mention_count(&self, id: &str) -> u64 {
        let term = Term::from_field_text(self.fields.entities, id);
        self.reader.searcher().doc_freq(&term).unwrap_or(0)
    }

    /// What `name` (an `--entity` value) means in this index: an id, a whole name of
    /// one entity found in the (cached) linker's dictionary, or the resolver's choice,
    /// comparable candidates told apart by their mentions in the index.
    pub fn resolve_name(&self, name: &str) -> Result<ResolvedName, Error> {
        let known = self
            .gazetteer
            .get(name.trim())
            .map(|e| (e, true))
            .or_else(|| self.linker().exact_entity(name).map(|e| (e, false)));
        if let Some((entity, by_id)) = known {
            return Ok(ResolvedName {
                query: name.to_string(),
                entity: Candidate {
                    id: entity.id.clone(),
                    name: entity.name.clone(),
                    kind: entity.kind,
                    score: 1.0,
                    why: Explanation {
                        matched: if by_id {
                            entity.id.clone()
                        } else {
                            name.trim().to_string()
                        },
                        alias: false,
                        id: by_id,
                        parts: Vec::new(),
                        notes: if by_id {
                            Vec::new()
                        } else {
                            vec!["a whole name of this entity only".to_string()]
                        },
                    },
                    mentions: Some(self.mention_count(&entity.id)),
                    prior: 0.0,
                },
                chosen_by: if by_id { ChosenBy::Id } else { ChosenBy::Score },
                alternatives: Vec::new(),
            });
        }
        let resolver = self.resolver();
        let mentions = |id: &str| self.mention_count(id);
        let r = resolver
            .resolve_one_with(name, Some(&mentions))
            .map_err(Error::Entity)?;
        Ok(ResolvedName {
            query: name.to_string(),
            entity: r.entity,
            chosen_by: r.chosen_by,
            alternatives: r.alternatives,
        })
    }

    /// The ids to filter on (see [`Searcher::resolve_entities`]) and what each
    /// `--entity` name was resolved to.
    pub(crate) fn resolve_request(
        &self,
        request: &SearchRequest,
    ) -> Result<(Vec<EntityCount>, Vec<ResolvedName>), Error> {
        let mut out: Vec<EntityCount> = Vec::new();
        let mut names = Vec::new();
        for name in &request.entities {
            let r = self.resolve_name(name)?;
            let (id, canonical) = (r.entity.id.clone(), r.entity.name.clone());
            names.push(r);
            if !out.iter().any(|e| e.id == id) {
                out.push(EntityCount {
                    id,
                    name: canonical,
                    count: 0,
                });
            }
        }
        for id in &request.entity_ids {
            let entity = self
                .gazetteer
                .get(id)
                .ok_or_else(|| Error::UnknownEntityId { id: id.clone() })?;
            if !out.iter().any(|e| e.id == entity.id) {
                out.push(EntityCount {
                    id: entity.id.clone(),
                    name: entity.name.clone(),
                    count: 0,
                });
            }
        }
        Ok((out, names))
    }

    /// The query of `request` (text, entity, language and date parts together), the
    /// text part alone (for ranking and snippets), and the entities it filters on.
    pub(crate) fn build_query(&self, request: &SearchRequest) -> Result<BuiltQuery, Error> {
        let f = &self.fields;
        let (resolved, resolved_names) = self.resolve_request(request)?;
        let mut exact_words = Vec::new();
        let text_query = match request.query.as_deref().map(str::trim) {
            Some(q) if !q.is_empty() => {
                let quoted = quote_apostrophes(q);
                let parsed = self.parser.parse_query(&quoted).map_err(|e| {
                    let (column, message) = query_error(&self.parser, q, &quoted, &e);
                    Error::Query {
                        query: q.to_string(),
                        column,
                        message,
                    }
                })?;
                let terms = self.exact_terms_of(&quoted);
                for (word, _) in &terms {
                    if !exact_words.contains(word) {
                        exact_words.push(word.clone());
                    }
                }
                Some(match self.exact_boost(&terms) {
                    Some(exact) => Box::new(BooleanQuery::new(vec![
                        (Occur::Must, parsed),
                        (Occur::Should, exact),
                    ])) as Box<dyn Query>,
                    None => parsed,
                })
            }
            _ => None,
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(q) = &text_query {
            clauses.push((Occur::Must, q.box_clone()));
        }
        let filter = |q: Box<dyn Query>| -> (Occur, Box<dyn Query>) {
            (Occur::Must, Box::new(ConstScoreQuery::new(q, 0.0)))
        };
        for entity in &resolved {
            clauses.push(filter(Box::new(TermQuery::new(
                Term::from_field_text(f.entities, &entity.id),
                IndexRecordOption::Basic,
            ))));
        }
        if !request.langs.is_empty() {
            let langs = request
                .langs
                .iter()
                .map(|l| -> (Occur, Box<dyn Query>) {
                    let term = Term::from_field_text(f.lang, &l.trim().to_lowercase());
                    (
                        Occur::Should,
                        Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                    )
                })
                .collect();
            clauses.push(filter(Box::new(BooleanQuery::new(langs))));
        }
        if request.since.is_some() || request.until.is_some() {
            // A bound outside the dates the index stores is the edge of that range
            // (the same documents match), not an overflow.
            let term = |secs: i64| {
                let secs = secs.clamp(crate::date::MIN_SECS, crate::date::MAX_SECS);
                Term::from_field_date(f.date, DateTime::from_timestamp_secs(secs))
            };
            let lower = request
                .since
                .map_or(Bound::Unbounded, |s| Bound::Included(term(s)));
            let upper = request
                .until
                .map_or(Bound::Unbounded, |s| Bound::Excluded(term(s)));
            clauses.push(filter(Box::new(RangeQuery::new(lower, upper))));
        }
        let query: Box<dyn Query> = if clauses.is_empty() {
            Box::new(AllQuery)
        } else {
            Box::new(BooleanQuery::new(clauses))
        };
        Ok(BuiltQuery {
            query,
            text_query,
            exact_words,
            resolved,
            resolved_names,
        })
    }

    /// The exact-view terms of the query `quoted` ([`exact_terms`]), with their
    /// boosts: for each word or phrase of the query searched in the default fields
    /// and not negated, the exact view of each of its words that folding changes
    /// (`Nicolás` → `nicolás`, `Мадуро` → `мадуро`; [`crate::exact`]). None for
    /// `nicolas`: the folded fields alone rank.
    fn exact_terms_of(&self, quoted: &str) -> Vec<(String, f32)> {
        let mut terms = Vec::new();
        if let Ok(ast) = query_grammar::parse_query(quoted) {
            exact_terms(&ast, 1.0, &mut self.exact.clone(), &mut terms);
        }
        terms
    }

    /// What lifts the articles spelled as the query was typed (its exact `terms`):
    /// each term looked up in `title_exact` and `body_exact` with the title's and the
    /// exact fields' boosts (and the word's own `^boost`), each a clause that may
    /// match; `None` without terms. It only adds to the score of articles the query
    /// matches (the folded fields decide that, phrases included); the exact fields
    /// keep one term per spelling and article, without positions, so a phrase typed
    /// with accents lifts the articles that have its accented words among those whose
    /// folded words are adjacent. [`Searcher::search`] also ranks first the articles
    /// that have more of the query's exact words ([`exact_rank`]).
    fn exact_boost(&self, terms: &[(String, f32)]) -> Option<Box<dyn Query>> {
        if terms.is_empty() {
            return None;
        }
        let f = &self.fields;
        let fields = [
            (f.title_exact, TITLE_BOOST * EXACT_BOOST),
            (f.body_exact, EXACT_BOOST),
        ];
        let clauses = terms
            .iter()
            .flat_map(|(text, boost)| {
                fields.iter().map(move |&(field, field_boost)| {
                    let term = TermQuery::new(
                        Term::from_field_text(field, text),
                        IndexRecordOption::WithFreqs,
                    );
                    let q: Box<dyn Query> =
                        Box::new(BoostQuery::new(Box::new(term), boost * field_boost));
                    (Occur::Should, q)
                })
            })
            .collect();
        Some(Box::new(BooleanQuery::new(clauses)))
    }

    /// Runs `request`.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, Error> {
        let f = &self.fields;
        let BuiltQuery {
            query,
            text_query,
            exact_words,
            resolved,
            resolved_names,
        } = self.build_query(request)?;
        let searcher = self.reader.searcher();
        // tantivy allocates for the limit up front: never more than the documents.
        let wanted = request.limit.clamp(1, searcher.num_docs().max(1) as usize);
        let offset = request
            .offset
            .min(searcher.num_docs().try_into().unwrap_or(usize::MAX));
        // No facet asked for: no fast-field scan of the matches. The entities searched
        // for are left out of it.
        let facet = (request.facet_size > 0).then(|| {
            let searched = resolved.iter().map(|e| e.id.clone());
            TermCounts::top(names::ENTITIES, request.facet_size, searched)
        });
        let (ranked, total, counts): (Vec<(Option<f32>, DocAddress)>, usize, _) =
            if text_query.is_some() && !exact_words.is_empty() {
                let top = TopDocs::with_limit(wanted)
                    .and_offset(offset)
                    .tweak_score(exact_rank(f, exact_words));
                let (top, total, counts) = searcher
                    .search(&query, &Bounded::new((top, Count, facet), request.deadline))
                    .map_err(|e| self.run_error(request, e))?;
                (
                    top.into_iter().map(|((_, s), a)| (Some(s), a)).collect(),
                    total,
                    counts,
                )
            } else if text_query.is_some() {
                let top = TopDocs::with_limit(wanted)
                    .and_offset(offset)
                    .order_by_score();
                let (top, total, counts) = searcher
                    .search(&query, &Bounded::new((top, Count, facet), request.deadline))
                    .map_err(|e| self.run_error(request, e))?;
                (
                    top.into_iter().map(|(s, a)| (Some(s), a)).collect(),
                    total,
                    counts,
                )
            } else {
                let top = TopDocs::with_limit(wanted)
                    .and_offset(offset)
                    .order_by_fast_field::<DateTime>(names::DATE, Order::Desc);
                let (top, total, counts) = searcher
                    .search(&query, &Bounded::new((top, Count, facet), request.deadline))
                    .map_err(|e| self.run_error(request, e))?;
                (
                    top.into_iter().map(|(_, a)| (None, a)).collect(),
                    total,
                    counts,
                )
            };

        let generator = match &text_query {
            Some(q) => {
                let mut g = SnippetGenerator::create(&searcher, q.as_ref(), f.body)
                    .map_err(|e| self.run_error(request, e))?;
                g.set_max_num_chars(SNIPPET_CHARS);
                Some(g)
            }
            None => None,
        };
        crate::budget::check(request.deadline).map_err(|e| self.run_error(request, e))?;
        let wanted_ids: HashSet<&str> = resolved.iter().map(|e| e.id.as_str()).collect();
        let mut hits = Vec::with_capacity(ranked.len());
        for (score, address) in ranked.into_iter().take(request.limit) {
            let doc: TantivyDocument = searcher
                .doc(address)
                .map_err(|e| Error::tantivy(&self.dir, e))?;
            let stored = StoredArticle::of(f, &doc);
            hits.push(self.hit(generator.as_ref(), &wanted_ids, score, stored));
        }
        let entities = self.facet(counts.unwrap_or_default(), &wanted_ids, request.facet_size);
        Ok(SearchResults {
            total: total as u64,
            hits,
            facets: Facets { entities },
            resolved,
            resolved_names,
        })
    }

    /// The hit of a stored article: its snippet made by `generator` (the query's
    /// body terms), with the mentions of the `wanted` entities highlighted too, or a
    /// window around those mentions, or the start of the body.
    pub(crate) fn hit(
        &self,
        generator: Option<&SnippetGenerator>,
        wanted_ids: &HashSet<&str>,
        score: Option<f32>,
        stored: StoredArticle,
    ) -> Hit {
        let StoredArticle {
            id,
            title,
            body,
            date,
            lang,
            source,
            url,
            entities,
            mentions,
        } = stored;
        // The body's mentions of the entities searched for, as indexing found them.
        let wanted: Vec<Range<usize>> = mentions
            .iter()
            .filter(|m| m.field == nomen_entities::Field::Body)
            .filter(|m| wanted_ids.contains(m.entity.as_str()))
            .map(|m| m.start..m.end)
            .collect();
        let mut snippet = Snippet::default();
        if let Some(g) = generator {
            let s = g.snippet(&body);
            if !s.highlighted().is_empty() {
                let mut highlights = s.highlighted().to_vec();
                // Also the mentions of the entities searched for.
                let fragment = s.fragment_range();
                highlights.extend(
                    wanted
                        .iter()
                        .filter(|m| m.start >= fragment.start && m.end <= fragment.end)
                        .map(|m| m.start - fragment.start..m.end - fragment.start),
                );
                snippet = Snippet::new(s.fragment().to_string(), highlights);
            }
        }
        if snippet.highlights.is_empty() && !wanted.is_empty() {
            snippet = window(&body, &wanted, SNIPPET_CHARS);
        }
        if snippet.text.is_empty() {
            snippet = window(&body, &[], SNIPPET_CHARS);
        }
        Hit {
            id,
            score,
            title,
            date: date.map(format_rfc3339),
            lang,
            source,
            url,
            entities,
            snippet,
        }
    }

    /// The entity facet from the counts of the matching articles' entities (most
    /// first), without the entities searched for, named from the gazetteer.
    pub(crate) fn facet(
        &self,
        counts: impl IntoIterator<Item = (String, u64)>,
        wanted_ids: &HashSet<&str>,
        size: usize,
    ) -> Vec<EntityCount> {
        counts
            .into_iter()
            .filter(|(id, _)| !wanted_ids.contains(id.as_str()))
            .take(size)
            .map(|(id, count)| EntityCount {
                name: self
                    .gazetteer
                    .get(&id)
                    .map_or_else(|| id.clone(), |e| e.name.clone()),
                id,
                count,
            })
            .collect()
    }

    /// An error of tantivy running `request`'s query. A schema error or an unknown
    /// field there is the query's fault, not the index's: tantivy's parser accepts
    /// `FIELD:*` (any value) for any name and leaves the checks to the search
    /// (`title:*` on a field with no fast values, `nofield:*`): a [`Error::Query`].
    pub(crate) fn run_error(&self, request: &SearchRequest, err: tantivy::TantivyError) -> Error {
        use tantivy::TantivyError::{FieldNotFound, SchemaError};
        if crate::budget::is_over_budget(&err) {
            return Error::OverBudget;
        }
        let Some(query) = request.query.as_deref().map(str::trim) else {
            return Error::tantivy(&self.dir, err);
        };
        let message = match err {
            SchemaError(message) => format!(
                "{} (FIELD:* works on lang, source, entities and date only)",
                message.trim_end_matches('.')
            ),
            FieldNotFound(field) => format!(
                "Field does not exist: '{field}' (fields: title, body, lang, source, url, id, \
                 entities, date)"
            ),
            err => return Error::tantivy(&self.dir, err),
        };
        Error::Query {
            query: query.to_string(),
            column: None,
            message,
        }
    }
}

impl StoredArticle {
    /// The text of its mention `m` (one of [`StoredArticle::mentions`], whose spans
    /// were checked against the article when they were read).
    pub fn text_of(&self, m: &crate::StoredMention) -> &str {
        let field = match m.field {
            nomen_entities::Field::Title => &self.title,
            nomen_entities::Field::Body => &self.body,
        };
        &field[m.start..m.end]
    }

    /// The article of a stored tantivy document of the nomen schema `f`.
    pub(crate) fn of(f: &Fields, doc: &TantivyDocument) -> StoredArticle {
        let text = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str().map(str::to_string))
        };
        let title = text(f.title).unwrap_or_default();
        let body = text(f.body).unwrap_or_default();
        let entities: Vec<String> = doc
            .get_all(f.entities)
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let mentions = doc
            .get_first(f.mentions)
            .and_then(|v| v.as_bytes())
            .map(|bytes| crate::mentions::decode(bytes, &entities, &title, &body))
            .unwrap_or_default();
        StoredArticle {
            id: text(f.id).unwrap_or_default(),
            title,
            body,
            date: doc
                .get_first(f.date)
                .and_then(|v| v.as_datetime())
                .map(|d| d.into_timestamp_secs()),
            lang: text(f.lang),
            source: text(f.source),
            url: text(f.url),
            entities,
            mentions,
        }
    }
}

/// Quotes the words with an apostrophe inside (`O'Brien`, `l'opposition`,
/// `Maduro's`) outside double-quoted phrases: tantivy's grammar would read the
/// apostrophe as the start of a quoted phrase and fail. Quoted, the word is a phrase
/// of its parts (the analyzer splits at apostrophes), so it matches as written.
pub(crate) fn quote_apostrophes(query: &str) -> Cow<'_, str> {
    let is_apostrophe = |c: char| matches!(c, '\'' | '\u{2019}' | '\u{02BC}');
    if !query.contains(is_apostrophe) {
        return Cow::Borrowed(query);
    }
    let mut out = String::with_capacity(query.len() + 8);
    let mut in_phrase = false;
    let mut chunk = String::new();
    let flush = |chunk: &mut String, out: &mut String| {
        let chars: Vec<char> = chunk.chars().collect();
        let inner = chars
            .windows(3)
            .any(|w| w[0].is_alphanumeric() && is_apostrophe(w[1]) && w[2].is_alphanumeric());
        if inner && !chunk.contains('"') {
            let start = chunk
                .find(|c: char| !matches!(c, '+' | '-' | '('))
                .unwrap_or(0);
            let body_end = chunk.trim_end_matches(')').len().max(start);
            let (prefix, rest) = chunk.split_at(start);
            let (word, suffix) = rest.split_at(body_end - start);
            out.push_str(prefix);
            match word.split_once(':') {
                Some((field, value))
                    if !field.is_empty()
                        && field.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') =>
                {
                    out.push_str(field);
                    out.push_str(":\"");
                    out.push_str(value);
                }
                _ => {
                    out.push('"');
                    out.push_str(word);
                }
            }
            out.push('"');
            out.push_str(suffix);
        } else {
            out.push_str(chunk);
        }
        chunk.clear();
    };
    for c in query.chars() {
        if in_phrase {
            out.push(c);
            if c == '"' {
                in_phrase = false;
            }
        } else if c == '"' && chunk.is_empty() {
            in_phrase = true;
            out.push(c);
        } else if c.is_whitespace() {
            flush(&mut chunk, &mut out);
            out.push(c);
        } else {
            chunk.push(c);
        }
    }
    flush(&mut chunk, &mut out);
    Cow::Owned(out)
}

/// The rank of a hit of a query with exact-view `words`, per segment: how many of
/// the words the article has (in `title_exact` or `body_exact`), then its score. So
/// an article spelled as the query was typed ranks before every article that is not,
/// however the folded fields score them (a title, a short text, a repeated word).
/// The articles with each word are read from its postings once per segment; a
/// segment that cannot be read counts none (the order is then the score's).
fn exact_rank(
    f: &Fields,
    words: Vec<String>,
) -> impl Fn(&tantivy::SegmentReader) -> Box<dyn Fn(tantivy::DocId, f32) -> (u32, f32)>
       + Send
       + Sync
       + 'static {
    let fields = [f.title_exact, f.body_exact];
    move |segment: &tantivy::SegmentReader| {
        let sets: Vec<tantivy::BitSet> = words
            .iter()
            .map(|word| {
                let mut set = tantivy::BitSet::with_max_value(segment.max_doc());
                for field in fields {
                    let Ok(inverted) = segment.inverted_index(field) else {
                        continue;
                    };
                    let term = Term::from_field_text(field, word);
                    if let Ok(Some(mut postings)) =
                        inverted.read_postings(&term, IndexRecordOption::Basic)
                    {
                        let mut doc = tantivy::DocSet::doc(&postings);
                        while doc != tantivy::TERMINATED {
                            set.insert(doc);
                            doc = tantivy::DocSet::advance(&mut postings);
                        }
                    }
                }
                set
            })
            .collect();
        Box::new(move |doc: tantivy::DocId, score: f32| {
            let has = sets.iter().filter(|set| set.contains(doc)).count();
            (u32::try_from(has).unwrap_or(u32::MAX), score)
        })
    }
}

/// Appends to `out` the exact-view terms of the words of `ast` searched in the
/// default fields and not under a negation, each with its boost (`word^2`).
fn exact_terms(
    ast: &UserInputAst,
    boost: f32,
    analyzer: &mut tantivy::tokenizer::TextAnalyzer,
    out: &mut Vec<(String, f32)>,
) {
    match ast {
        UserInputAst::Clause(clauses) => {
            for (occur, sub) in clauses {
                if *occur != Some(GrammarOccur::MustNot) {
                    exact_terms(sub, boost, analyzer, out);
                }
            }
        }
        UserInputAst::Boost(sub, b) => {
            exact_terms(sub, boost * b.into_inner() as f32, analyzer, out)
        }
        UserInputAst::Leaf(leaf) => {
            if let UserInputLeaf::Literal(literal) = leaf.as_ref() {
                if literal.field_name.is_none() {
                    let mut stream = analyzer.token_stream(&literal.phrase);
                    while let Some(token) = stream.next() {
                        out.push((token.text.clone(), boost));
                    }
                }
            }
        }
    }
}

/// Where a query that does not parse goes wrong (1-based column, in characters of
/// `query` as typed, when it can be told) and what is wrong, with a hint. `quoted` is
/// the query given to tantivy ([`quote_apostrophes`] of `query`).
///
/// tantivy's strict parser says only "syntax error"; its lenient parser, run again
/// here, says what and where (a byte offset into `quoted`).
pub(crate) fn query_error(
    parser: &QueryParser,
    query: &str,
    quoted: &str,
    err: &QueryParserError,
) -> (Option<usize>, String) {
    const SYNTAX_HINT: &str = "check that quotes and parentheses are closed, that AND, OR \
                               and NOT stand between terms, and quote words with a colon";
    match err {
        QueryParserError::SyntaxError(_) => {
            let (_, errors) = parser.parse_query_lenient(quoted);
            let located = errors.iter().find_map(|e| match e {
                QueryParserError::SyntaxError(text) => {
                    let text = text.strip_prefix("Syntax Error: ").unwrap_or(text);
                    let (what, pos) = text.rsplit_once(" at position ")?;
                    Some((what.to_string(), pos.parse::<usize>().ok()?))
                }
                _ => None,
            });
            if let Some((what, pos)) = located {
                let mut chars = what.chars();
                let what: String = chars
                    .next()
                    .map(|c| c.to_lowercase().chain(chars).collect())
                    .unwrap_or_default();
                return (
                    Some(column_in_original(query, quoted, pos)),
                    format!("syntax error: {what} ({SYNTAX_HINT})"),
                );
            }
            // The lenient parser forgives an operator with nothing after it.
            let trimmed = query.trim_end();
            let last = trimmed
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or_default();
            if matches!(last, "AND" | "OR" | "NOT" | "&&" | "||") {
                let start = trimmed.len() - last.len();
                return (
                    Some(query[..start].chars().count() + 1),
                    format!("syntax error: {last} with no term after it ({SYNTAX_HINT})"),
                );
            }
            (None, format!("syntax error ({SYNTAX_HINT})"))
        }
        QueryParserError::FieldDoesNotExist(field) => {
            // Where the user wrote `field:`.
            let column = query
                .match_indices(&format!("{field}:"))
                .map(|(i, _)| i)
                .find(|&i| {
                    query[..i]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric() && c != '_')
                })
                .map(|i| query[..i].chars().count() + 1);
            (
                column,
                format!(
                    "no field {field:?} (fields: title, body, lang, source, url, id, \
                     entities, date; quote a word with a colon: \"{field}:...\")"
                ),
            )
        }
        QueryParserError::DateFormatError(_) => (
            None,
            format!(
                "{err} (dates in a query are RFC 3339: date:[2024-08-01T00:00:00Z TO \
                 2024-09-01T00:00:00Z]; or use --since and --until)"
            ),
        ),
        QueryParserError::RangeMustNotHavePhrase | QueryParserError::UnsupportedQuery(_) => (
            None,
            format!("{err} (a range names its field: date:[A TO B])"),
        ),
        _ => (None, err.to_string()),
    }
}

/// The 1-based column, in characters of `query`, of byte `pos` of `quoted`, which is
/// `query` with double quotes inserted.
fn column_in_original(query: &str, quoted: &str, pos: usize) -> usize {
    let mut original = query.chars().peekable();
    let mut column = 1;
    for (i, c) in quoted.char_indices() {
        if i >= pos {
            break;
        }
        if original.peek() == Some(&c) {
            original.next();
            column += 1;
        }
    }
    column
}

/// A fragment of at most `max_chars` characters of `text` around the first of
/// `ranges` (sorted byte ranges of `text`), with the ranges inside it highlighted;
/// the start of `text` when `ranges` is empty. Cuts at spaces where it can.
fn window(text: &str, ranges: &[Range<usize>], max_chars: usize) -> Snippet {
    let mut ranges: Vec<Range<usize>> = ranges
        .iter()
        .filter(|r| r.start < r.end && r.end <= text.len())
        .filter(|r| text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
        .cloned()
        .collect();
    ranges.sort_by_key(|r| r.start);
    let anchor = ranges.first().map_or(0, |r| r.start);
    // Start up to a quarter of the window before the first highlight, at a space.
    let lead = max_chars / 4;
    let mut start = anchor;
    for (n, (i, _)) in text[..anchor].char_indices().rev().enumerate() {
        start = i;
        if n + 1 >= lead {
            break;
        }
    }
    if start > 0 {
        if let Some(space) = text[start..anchor].find(char::is_whitespace) {
            start += space + 1;
        }
    }
    let mut end = text.len();
    if let Some((i, _)) = text[start..].char_indices().nth(max_chars) {
        end = start + i;
        if let Some(space) = text[start..end].rfind(char::is_whitespace) {
            if space > (end - start) / 2 {
                end = start + space;
            }
        }
    }
    let fragment = text[start..end].trim_end();
    let end = start + fragment.len();
    let highlights = ranges
        .into_iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| r.start - start..r.end - start)
        .collect();
    Snippet::new(fragment.to_string(), highlights)
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    #[test]
    fn window_centres_on_the_first_range() {
        let text = "a ".repeat(100) + "Мадуро said " + &"b ".repeat(100);
        let at = text.find("Мадуро").unwrap();
        let s = window(&text, &[at..at + "Мадуро".len()], 60);
        assert_eq!(s.highlights.len(), 1);
        assert_eq!(&s.text[s.highlights[0].clone()], "Мадуро");
        assert!(s.text.chars().count() <= 60);
        assert_eq!(
            s.render("[", "]", str::to_string)
                .matches("[Мадуро]")
                .count(),
            1
        );
    }

    #[test]
    fn window_without_ranges_is_the_start() {
        let s = window("short text", &[], 60);
        assert_eq!(s.text, "short text");
        assert!(s.highlights.is_empty());
        let s = window("", &[0..3], 60);
        assert_eq!(s.text, "");
    }

    #[test]
    fn highlights_are_sorted_and_merged() {
        let s = Snippet::new("abcdefgh".into(), vec![4..6, 0..2, 1..3, 7..20, 5..6]);
        assert_eq!(s.highlights, vec![0..3, 4..6]);
        assert_eq!(s.render("[", "]", str::to_string), "[abc]d[ef]gh");
    }

    #[test]
    fn html_escapes() {
        let s = Snippet {
            text: "a<b & Maduro".into(),
            highlights: vec![6..12],
        };
        assert_eq!(s.to_html(), "a&lt;b &amp; <b>Maduro</b>");
    }

    #[test]
    fn apostrophes_inside_words_are_quoted() {
        assert!(matches!(quote_apostrophes("maduro"), Cow::Borrowed(_)));
        assert_eq!(quote_apostrophes("maduro's plan"), "\"maduro's\" plan");
        assert_eq!(quote_apostrophes("-O’Brien"), "-\"O’Brien\"");
        assert_eq!(
            quote_apostrophes("(l'opposition OR x)"),
            "(\"l'opposition\" OR x)"
        );
        assert_eq!(quote_apostrophes("title:d'Hondt"), "title:\"d'Hondt\"");
        assert_eq!(
            quote_apostrophes("\"l'opposition dit\" y"),
            "\"l'opposition dit\" y"
        );
        assert_eq!(quote_apostrophes("'phrase here'"), "'phrase here'");
    }

    proptest::proptest! {
        /// Whatever is typed, parsing either succeeds or fails with an error, and
        /// snippets of any text with any ranges render: no panic.
        #[test]
        fn arbitrary_queries_and_snippets_do_not_panic(
            query in "[a-zA-Z0-9 '’\"():+\\-*^~éМ马\\[\\]{}!]{0,24}",
            text in "[a-zé М马'\n]{0,60}",
            ranges in proptest::collection::vec((0usize..70, 0usize..70), 0..6),
        ) {
            let parser = parser();
            let _ = parser.parse_query(&quote_apostrophes(&query));
            let ranges: Vec<Range<usize>> = ranges.into_iter().map(|(a, b)| a..b).collect();
            let s = window(&text, &ranges, 20);
            let _ = s.render("[", "]", str::to_string);
            let s = Snippet::new(text.clone(), ranges);
            let _ = s.to_html();
        }
    }

    /// A query parser over the nomen schema, analyzers registered, as the search's.
    fn parser() -> QueryParser {
        let index = tantivy::Index::create_in_ram(crate::schema::build_schema());
        crate::analyzer::register(index.tokenizers());
        crate::exact::register(index.tokenizers());
        let f = Fields::from_schema(&index.schema()).unwrap();
        let mut parser = QueryParser::for_index(&index, vec![f.title, f.body]);
        parser.set_conjunction_by_default();
        parser
    }

    /// The exact terms of a query, with their boosts.
    fn exact_of(query: &str) -> Vec<(String, f32)> {
        let ast = query_grammar::parse_query(&quote_apostrophes(query)).unwrap();
        let mut out = Vec::new();
        exact_terms(&ast, 1.0, &mut crate::exact::analyzer(), &mut out);
        out
    }

    #[test]
    fn cjk_and_cyrillic_queries_fold_like_the_index() {
        let parser = parser();
        let q = format!("{:?}", parser.parse_query("马杜罗").unwrap());
        assert!(q.contains("PhraseQuery"), "{q}");
        let q = format!("{:?}", parser.parse_query("Мадуро").unwrap());
        assert!(q.contains("\"maduro\""), "{q}");
        assert!(!q.contains("\"мадуро\""), "{q}");
        assert_eq!(exact_of("Мадуро"), [("мадуро".to_string(), 1.0)]);
        assert!(exact_of("马杜罗").is_empty());
    }

    /// The exact terms of a query: the words folding changes, in the default fields,
    /// not negated, with their boosts; phrases give each of their words.
    #[test]
    fn exact_terms_of_a_query() {
        let terms = |q: &str| -> Vec<String> { exact_of(q).into_iter().map(|t| t.0).collect() };
        assert!(terms("nicolas maduro").is_empty());
        assert_eq!(terms("Nicolás Maduro"), ["nicolás"]);
        assert_eq!(
            terms("\"José Martínez\" OR São"),
            ["josé", "martínez", "são"]
        );
        assert_eq!(terms("maduro -Nicolás NOT São"), Vec::<String>::new());
        assert_eq!(terms("title:Nicolás lang:es Мадуро"), ["мадуро"]);
        assert_eq!(terms("(a OR Ærø) AND -(Łódź)"), ["ærø"]);
        assert_eq!(exact_of("Nicolás^2"), [("nicolás".to_string(), 2.0)]);
        assert_eq!(exact_of("l'Élysée"), [("élysée".to_string(), 1.0)]);
    }

    #[test]
    fn until_includes_the_day() {
        assert_eq!(
            parse_until("2024-08-12").unwrap(),
            parse_since("2024-08-13").unwrap()
        );
        assert!(parse_since("12/08/2024").is_err());
    }

    /// Indexed through ingest, an article is found by a folded phrase, keeps its stored text as given and gets a snippet whose
    /// highlights cover the original spelling.
    #[test]
    fn pre_tokenized_fields_search_store_and_highlight() {
        use crate::{IngestOptions, Input, NomenIndex};
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join("a.jsonl");
        std::fs::write(
            &articles,
            concat!(
                r#"{"id":"a1","title":"Элекции: МАДУРО","body":"El CNE proclamó a Nicolás Maduro ayer.","lang":"es"}"#,
                "\n",
                r#"{"id":"a2","title":"Mangos","body":"Maduro, Nicolás: un mango maduro.","lang":"es"}"#,
                "\n",
            ),
        )
        .unwrap();
        let index = NomenIndex::create_or_open(dir.path().join("idx"), None).unwrap();
        index
            .ingest(&[Input::Path(articles)], &IngestOptions::default(), &mut ())
            .unwrap();
        let searcher = index.searcher().unwrap();
        let search = |q: &str| {
            searcher
                .search(&SearchRequest {
                    query: Some(q.to_string()),
                    ..SearchRequest::default()
                })
                .unwrap()
        };
        // The phrase matches only where the words are adjacent and in order.
        let phrase = search("\"NICOLAS maduro\"");
        assert_eq!(phrase.total, 1);
        let hit = &phrase.hits[0];
        assert_eq!(hit.id, "a1");
        assert_eq!(hit.title, "Элекции: МАДУРО");
        assert!(
            hit.snippet.text.contains("Nicolás Maduro"),
            "{:?}",
            hit.snippet
        );
        let marked: Vec<&str> = hit
            .snippet
            .highlights
            .iter()
            .map(|r| &hit.snippet.text[r.clone()])
            .collect();
        assert_eq!(marked, ["Nicolás", "Maduro"]);
        assert_eq!(search("nicolas maduro").total, 2);
        // The title is indexed folded too.
        assert_eq!(search("title:maduro").total, 1);
    }
}
