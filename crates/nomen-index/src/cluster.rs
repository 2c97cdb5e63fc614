//! nomen's search over an index that a search cluster keeps (OpenSearch,
//! Elasticsearch): nomen parses, folds and resolves; the cluster matches, ranks and
//! counts; nomen makes the hits, snippets and facets from what the cluster returns,
//! with the very code of the local search.
//!
//! * [`Searcher::for_cluster`]: a searcher with no index of its own, for the
//!   gazetteer the cluster's index records.
//! * [`Searcher::plan`] → [`SearchPlan`]: the request's entities resolved, and its
//!   query text parsed by the local search's parser (same grammar, same errors) into a
//!   [`ClusterQuery`]: a tree of terms and phrases already analysed by nomen's own
//!   analyzers, for fields whose cluster analyzer only splits at whitespace (the
//!   pre-analysed text of [`crate::Prepared::pre_analysed`]).
//! * [`Searcher::cluster_results`]: the [`SearchResults`] of what the cluster found.
//!
//! The tree follows tantivy's query parser (`set_conjunction_by_default`, the title
//! and exact-field boosts of the local search): a word without a field is a
//! disjunction over `title` and `body` (the folded fields alone match), a word that
//! analyses to several tokens is a phrase, and a word that analyses to none is left
//! out of its clause. Differences: a phrase whose tokens are not at consecutive
//! positions (a token over [`crate::analyzer::MAX_TOKEN_BYTES`] inside it) is
//! matched as if they were; and the cluster's query does not look at the exact-view
//! terms (it keeps them at their positions), where nomen's own index adds the
//! query's exact terms as optional clauses that rank first the articles spelled as
//! typed: the same articles match, the ranking of words typed with accents can differ.

use std::collections::{BTreeMap, HashSet};
use std::ops::Bound;
use std::sync::Arc;

use nomen_entities::Gazetteer;
use nomen_fold::View;
use tantivy::query::Query;
use tantivy::query_grammar::{self, Occur as GrammarOccur, UserInputAst, UserInputLeaf};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, ReloadPolicy};

use crate::date::parse_timestamp;
use crate::error::Error;
use crate::schema::{self, names, Fields};
use crate::search::{
    query_error, quote_apostrophes, EntityCount, Facets, SearchRequest, SearchResults, Searcher,
    StoredArticle, SNIPPET_CHARS, TITLE_BOOST,
};

/// How a clause of a [`ClusterQuery::Bool`] must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occur {
    /// Must match (and scores).
    Must,
    /// May match (and scores); at least one `Should` must when there is no `Must`.
    Should,
    /// Must not match.
    MustNot,
}

/// A value of a range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RangeValue {
    /// A date, UTC seconds.
    Seconds(i64),
    /// A keyword.
    Text(String),
}

/// A query over nomen's fields (schema names: `title`, `body`, `title_exact`,
/// `body_exact`, `id`, `lang`, `source`, `url`, `entities`, `date`), with every text
/// already analysed by nomen: terms are matched as they are.
#[derive(Debug, Clone, PartialEq)]
pub enum ClusterQuery {
    /// Every document.
    All,
    /// No document.
    Nothing,
    /// A boolean combination.
    Bool(Vec<(Occur, ClusterQuery)>),
    /// A query whose score is multiplied by a factor.
    Boost(Box<ClusterQuery>, f32),
    /// A term of a field (a token of a text field, or a whole keyword).
    Term {
        /// The field.
        field: &'static str,
        /// The term.
        value: String,
    },
    /// Tokens of a text field in sequence.
    Phrase {
        /// The field.
        field: &'static str,
        /// The tokens, in order.
        tokens: Vec<String>,
        /// How far the tokens may move (`"a b"~2`).
        slop: u32,
        /// The last token is a prefix (`"a b"*`).
        prefix: bool,
    },
    /// A range of a date or keyword field.
    Range {
        /// The field.
        field: &'static str,
        /// Lower bound.
        lower: Bound<RangeValue>,
        /// Upper bound.
        upper: Bound<RangeValue>,
    },
    /// Any of the terms of a keyword field.
    Set {
        /// The field.
        field: &'static str,
        /// The terms.
        values: Vec<String>,
    },
    /// Documents with a value in the field.
    Exists {
        /// The field.
        field: &'static str,
    },
}

/// A request made ready for a cluster.
#[derive(Debug)]
pub struct SearchPlan {
    /// The entities searched for (`--entity` resolved, and `--entity-id`): the
    /// documents must have each in `entities`.
    pub resolved: Vec<EntityCount>,
    /// What each `--entity` name was resolved to (mentions counted in the local
    /// index).
    pub resolved_names: Vec<crate::ResolvedName>,
    /// The query text, when there is one (hits ranked by score; otherwise newest
    /// first).
    pub query: Option<ClusterQuery>,
    /// The body terms the snippets mark: the cluster gives each one's document
    /// frequency to [`Searcher::cluster_results`], as the local index does to its
    /// snippet generator.
    pub snippet_terms: Vec<String>,
    /// The parsed query, for the snippets.
    parsed: Option<Box<dyn Query>>,
}

/// A hit as a cluster returns it: its score (`None` when ranked by date) and the
/// article it stores.
#[derive(Debug, Clone)]
pub struct ClusterHit {
    /// Relevance score.
    pub score: Option<f32>,
    /// The stored article.
    pub article: StoredArticle,
}

/// The nomen schema's fields that a query may name, with what they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text(View),
    Exact,
    Keyword,
    Date,
}

fn kind_of(name: &str) -> Option<(&'static str, Kind)> {
    Some(match name {
        names::TITLE => (names::TITLE, Kind::Text(View::Folded)),
        names::BODY => (names::BODY, Kind::Text(View::Folded)),
        names::TITLE_EXACT => (names::TITLE_EXACT, Kind::Exact),
        names::BODY_EXACT => (names::BODY_EXACT, Kind::Exact),
        names::ID => (names::ID, Kind::Keyword),
        names::LANG => (names::LANG, Kind::Keyword),
        names::SOURCE => (names::SOURCE, Kind::Keyword),
        names::URL => (names::URL, Kind::Keyword),
        names::ENTITIES => (names::ENTITIES, Kind::Keyword),
        names::DATE => (names::DATE, Kind::Date),
        _ => return None,
    })
}

/// The fields a word without a field is looked for in, with their boosts (the local
/// search's query parser's).
/// The folded fields alone decide what matches, as in the local search (whose exact
/// fields only rank): an exact field keeps only the words folding changes, so a phrase
/// over it (`"Laura Martin Sánchez"` is `sánchez` there) would match articles the
/// phrase is not in.
const DEFAULT_FIELDS: [(&str, f32); 2] = [(names::TITLE, TITLE_BOOST), (names::BODY, 1.0)];

impl Searcher {
    /// A searcher with no index of its own, for an index a cluster keeps that was
    /// built with `gazetteer`: it resolves entities, parses queries
    /// ([`Searcher::plan`]) and makes results ([`Searcher::cluster_results`]);
    /// [`Searcher::search`] finds nothing with it. The linker (for the mentions of
    /// the entities searched for) is cached in the user's cache directory.
    pub fn for_cluster(gazetteer: Arc<Gazetteer>) -> Result<Searcher, Error> {
        let dir = crate::linker_cache::user_cache_dir().unwrap_or_default();
        let index = Index::create_in_ram(schema::build_schema());
        crate::analyzer::register(index.tokenizers());
        crate::exact::register(index.tokenizers());
        let fields = Fields::from_schema(&index.schema()).ok_or_else(|| Error::Meta {
            path: dir.clone(),
            message: "nomen's schema lacks a field".into(),
        })?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| Error::tantivy(&dir, e))?;
        Ok(Searcher::with_parts(
            dir, &index, reader, fields, gazetteer, true,
        ))
    }

    /// Resolves the request's entities and parses its query text (errors are the
    /// local search's: a query that does not parse, an entity that resolves to none
    /// or several).
    pub fn plan(&self, request: &SearchRequest) -> Result<SearchPlan, Error> {
        let (resolved, resolved_names) = self.resolve_request(request)?;
        let Some(q) = request
            .query
            .as_deref()
            .map(str::trim)
            .filter(|q| !q.is_empty())
        else {
            return Ok(SearchPlan {
                resolved,
                resolved_names,
                query: None,
                snippet_terms: Vec::new(),
                parsed: None,
            });
        };
        let quoted = quote_apostrophes(q);
        let parser = self.parser();
        let parsed = parser.parse_query(&quoted).map_err(|e| {
            let (column, message) = query_error(parser, q, &quoted, &e);
            Error::Query {
                query: q.to_string(),
                column,
                message,
            }
        })?;
        // It parses, so the grammar accepts it too.
        let ast = query_grammar::parse_query(&quoted).map_err(|_| Error::Query {
            query: q.to_string(),
            column: None,
            message: "syntax error".into(),
        })?;
        let unsupported = |message: String| Error::Query {
            query: q.to_string(),
            column: None,
            message,
        };
        let query = translate(&ast)
            .map_err(unsupported)?
            .unwrap_or(ClusterQuery::Nothing);
        let body = self.fields().body;
        let mut terms = std::collections::BTreeSet::new();
        parsed.query_terms(&mut |term, _| {
            if term.field() == body {
                if let Some(text) = term.value().as_str() {
                    terms.insert(text.to_string());
                }
            }
        });
        Ok(SearchPlan {
            resolved,
            resolved_names,
            query: Some(query),
            snippet_terms: terms.into_iter().collect(),
            parsed: Some(parsed),
        })
    }

    /// The results of `plan` from what the cluster found: `total` matching
    /// documents, the best `hits`, the counts of the matching documents' entities
    /// (`entity_counts`, most first, ties by id) and the document frequency of each of
    /// the plan's snippet terms in the body (`body_doc_freqs`; a term missing there
    /// marks nothing, as in a local index without it). The same hits, snippets and
    /// facet as a local search that found the same.
    pub fn cluster_results(
        &self,
        plan: SearchPlan,
        request: &SearchRequest,
        total: u64,
        hits: Vec<ClusterHit>,
        entity_counts: Vec<(String, u64)>,
        body_doc_freqs: &BTreeMap<String, u64>,
    ) -> SearchResults {
        let generator = plan.parsed.as_ref().map(|_| {
            let terms: BTreeMap<String, f32> = plan
                .snippet_terms
                .iter()
                .filter_map(|t| {
                    let df = *body_doc_freqs.get(t)?;
                    (df > 0).then(|| (t.clone(), 1.0 / (1.0 + df as f32)))
                })
                .collect();
            let mut g = SnippetGenerator::new(
                terms,
                crate::analyzer::analyzer(View::Folded),
                self.fields().body,
                SNIPPET_CHARS,
            );
            g.set_max_num_chars(SNIPPET_CHARS);
            g
        });
        let wanted_ids: HashSet<&str> = plan.resolved.iter().map(|e| e.id.as_str()).collect();
        let hits = hits
            .into_iter()
            .take(request.limit)
            .map(|h| self.hit(generator.as_ref(), &wanted_ids, h.score, h.article))
            .collect();
        let entities = self.facet(entity_counts, &wanted_ids, request.facet_size);
        SearchResults {
            total,
            hits,
            facets: Facets { entities },
            resolved: plan.resolved.clone(),
            resolved_names: plan.resolved_names.clone(),
        }
    }
}

/// The tree of `ast`, as tantivy's parser would build its query; `None` for a part
/// that analyses to nothing (dropped from its clause, as tantivy drops it).
fn translate(ast: &UserInputAst) -> Result<Option<ClusterQuery>, String> {
    Ok(match ast {
        UserInputAst::Clause(clauses) => {
            let mut out = Vec::new();
            for (occur, sub) in clauses {
                let occur = match occur {
                    // The local search's parser joins with AND by default.
                    None | Some(GrammarOccur::Must) => Occur::Must,
                    Some(GrammarOccur::Should) => Occur::Should,
                    Some(GrammarOccur::MustNot) => Occur::MustNot,
                };
                if let Some(q) = translate(sub)? {
                    out.push((occur, q));
                }
            }
            match out.len() {
                0 => None,
                1 if out[0].0 != Occur::MustNot => out.pop().map(|(_, q)| q),
                _ => Some(ClusterQuery::Bool(out)),
            }
        }
        UserInputAst::Boost(sub, boost) => translate(sub)?.map(|q| {
            let boost = boost.into_inner() as f32;
            if (boost - 1.0).abs() < f32::EPSILON {
                q
            } else {
                ClusterQuery::Boost(Box::new(q), boost)
            }
        }),
        UserInputAst::Leaf(leaf) => leaf_query(leaf)?,
    })
}

fn field_of(name: Option<&String>, what: &str) -> Result<(&'static str, Kind), String> {
    let name = name.ok_or_else(|| format!("{what} names its field: date:[A TO B]"))?;
    kind_of(name).ok_or_else(|| {
        format!("no field {name:?} (fields: title, body, lang, source, url, id, entities, date)")
    })
}

fn leaf_query(leaf: &UserInputLeaf) -> Result<Option<ClusterQuery>, String> {
    Ok(match leaf {
        UserInputLeaf::All => Some(ClusterQuery::All),
        UserInputLeaf::Literal(literal) => {
            let fields: Vec<(&'static str, Kind, f32)> = match &literal.field_name {
                Some(name) => {
                    let (field, kind) = field_of(Some(name), "a word")?;
                    vec![(field, kind, 1.0)]
                }
                None => DEFAULT_FIELDS
                    .iter()
                    .filter_map(|&(name, boost)| kind_of(name).map(|(f, k)| (f, k, boost)))
                    .collect(),
            };
            let mut asts = Vec::new();
            for (field, kind, boost) in fields {
                let q = match kind {
                    Kind::Text(_) | Kind::Exact => {
                        let mut analyzer = match kind {
                            Kind::Exact => crate::exact::analyzer(),
                            _ => crate::analyzer::analyzer(View::Folded),
                        };
                        let tokens: Vec<String> =
                            crate::analyzer::all_tokens(&mut analyzer, &literal.phrase)
                                .into_iter()
                                .map(|t| t.text)
                                .collect();
                        match tokens.len() {
                            0 => None,
                            1 => Some(ClusterQuery::Term {
                                field,
                                value: tokens.into_iter().next().unwrap_or_default(),
                            }),
                            _ => Some(ClusterQuery::Phrase {
                                field,
                                tokens,
                                slop: literal.slop,
                                prefix: literal.prefix,
                            }),
                        }
                    }
                    Kind::Keyword => Some(ClusterQuery::Term {
                        field,
                        value: literal.phrase.clone(),
                    }),
                    Kind::Date => {
                        let secs = parse_timestamp(&literal.phrase).ok_or_else(|| {
                            format!("{:?} is not an RFC 3339 date", literal.phrase)
                        })?;
                        Some(ClusterQuery::Range {
                            field,
                            lower: Bound::Included(RangeValue::Seconds(secs)),
                            upper: Bound::Included(RangeValue::Seconds(secs)),
                        })
                    }
                };
                if let Some(q) = q {
                    asts.push(if (boost - 1.0).abs() < f32::EPSILON {
                        q
                    } else {
                        ClusterQuery::Boost(Box::new(q), boost)
                    });
                }
            }
            match asts.len() {
                0 => None,
                1 => asts.pop(),
                _ => Some(ClusterQuery::Bool(
                    asts.into_iter().map(|q| (Occur::Should, q)).collect(),
                )),
            }
        }
        UserInputLeaf::Range {
            field,
            lower,
            upper,
        } => {
            let (field, kind) = field_of(field.as_ref(), "a range")?;
            let bound = |b: &query_grammar::UserInputBound, inclusive: bool| {
                let text = b.term_str();
                if text == "*" {
                    return Ok(Bound::Unbounded);
                }
                let value = match kind {
                    Kind::Date => RangeValue::Seconds(
                        parse_timestamp(text)
                            .ok_or_else(|| format!("{text:?} is not an RFC 3339 date"))?,
                    ),
                    Kind::Keyword => RangeValue::Text(text.to_string()),
                    Kind::Text(_) | Kind::Exact => {
                        return Err(format!(
                            "a range of {field} is not searched on a cluster (ranges: date, \
                             and lang, source, url, id, entities)"
                        ))
                    }
                };
                Ok(if inclusive {
                    Bound::Included(value)
                } else {
                    Bound::Excluded(value)
                })
            };
            let lower = bound(
                lower,
                matches!(lower, query_grammar::UserInputBound::Inclusive(_)),
            )?;
            let upper = bound(
                upper,
                matches!(upper, query_grammar::UserInputBound::Inclusive(_)),
            )?;
            if lower == Bound::Unbounded && upper == Bound::Unbounded {
                None
            } else {
                Some(ClusterQuery::Range {
                    field,
                    lower,
                    upper,
                })
            }
        }
        UserInputLeaf::Set { field, elements } => {
            let (field, kind) = field_of(field.as_ref(), "a set")?;
            if kind != Kind::Keyword {
                return Err(format!(
                    "IN [...] on {field} is not searched on a cluster (lang, source, url, id, \
                     entities)"
                ));
            }
            Some(ClusterQuery::Set {
                field,
                values: elements.clone(),
            })
        }
        UserInputLeaf::Exists { field } => {
            let (field, _) = field_of(Some(field), "FIELD:*")?;
            if !matches!(
                field,
                names::LANG | names::SOURCE | names::ENTITIES | names::DATE
            ) {
                return Err(format!(
                    "{field}:* is not supported (FIELD:* works on lang, source, entities and \
                     date only)"
                ));
            }
            Some(ClusterQuery::Exists { field })
        }
        UserInputLeaf::Regex { .. } => return Err("regular expressions are not allowed".into()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(q: &str) -> ClusterQuery {
        let searcher = Searcher::for_cluster(Arc::new(Gazetteer::builtin())).unwrap();
        let request = SearchRequest {
            query: Some(q.into()),
            ..SearchRequest::default()
        };
        searcher.plan(&request).unwrap().query.unwrap()
    }

    fn boosted(q: ClusterQuery, b: f32) -> ClusterQuery {
        ClusterQuery::Boost(Box::new(q), b)
    }

    fn term(field: &'static str, value: &str) -> ClusterQuery {
        ClusterQuery::Term {
            field,
            value: value.into(),
        }
    }

    #[test]
    fn a_word_is_folded_and_looked_for_in_the_default_fields() {
        // "González": folded in title and body (the folded fields alone match).
        assert_eq!(
            plan("González"),
            ClusterQuery::Bool(vec![
                (Occur::Should, boosted(term("title", "gonzalez"), 2.0)),
                (Occur::Should, term("body", "gonzalez")),
            ])
        );
        // An ASCII word has no exact term.
        assert_eq!(
            plan("maduro"),
            ClusterQuery::Bool(vec![
                (Occur::Should, boosted(term("title", "maduro"), 2.0)),
                (Occur::Should, term("body", "maduro")),
            ])
        );
    }

    #[test]
    fn fields_phrases_and_operators() {
        assert_eq!(plan("lang:es"), term("lang", "es"));
        assert_eq!(
            plan("body:\"Николас Мадуро\"~1"),
            ClusterQuery::Phrase {
                field: "body",
                tokens: vec!["nikolas".into(), "maduro".into()],
                slop: 1,
                prefix: false,
            }
        );
        let ClusterQuery::Bool(clauses) = plan("title:maduro -body:mango") else {
            panic!("a boolean query");
        };
        assert_eq!(
            clauses,
            vec![
                (Occur::Must, term("title", "maduro")),
                (Occur::MustNot, term("body", "mango")),
            ]
        );
        assert_eq!(
            plan("date:[2024-08-01T00:00:00Z TO *]"),
            ClusterQuery::Range {
                field: "date",
                lower: Bound::Included(RangeValue::Seconds(1_722_470_400)),
                upper: Bound::Unbounded,
            }
        );
        // Nothing to look for: no document, as locally.
        assert_eq!(plan("body:…"), ClusterQuery::Nothing);
    }

    #[test]
    fn errors_are_the_local_search_s() {
        let searcher = Searcher::for_cluster(Arc::new(Gazetteer::builtin())).unwrap();
        let request = SearchRequest {
            query: Some("title:(maduro".into()),
            ..SearchRequest::default()
        };
        let err = searcher.plan(&request).unwrap_err().to_string();
        assert!(err.contains("column 14"), "{err}");
        let request = SearchRequest {
            entities: vec!["Мадуро".into()],
            ..SearchRequest::default()
        };
        let plan = searcher.plan(&request).unwrap();
        assert_eq!(plan.resolved[0].id, "nicolas-maduro");
        assert!(plan.query.is_none());
    }
}
