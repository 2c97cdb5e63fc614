//! nomen's side of the benchmarks, through nomen-index's library API: the full
//! indexing pipeline (`index_nomen`, run by [`crate::engines::index_one`]) and search
//! latency ([`search_bench`]), plus the same text queries on the plain-tantivy
//! baseline ([`baseline_search`]).

use std::sync::Arc;
use std::time::Instant;

use nomen_entities::Gazetteer;
use nomen_index::{IngestOptions, Input, NomenIndex, SearchRequest, Without};
use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::QueryParser;
use tantivy::{Index, TantivyDocument};

use crate::engines::{Engine, GazetteerSpec, IndexConfig, IndexRun};
use crate::error::BenchError;
use crate::measure::{mb_per_s, Latency};
use crate::queries::QuerySet;

/// Loads the gazetteer `spec` names.
///
/// # Errors
/// A gazetteer file that does not load.
pub fn load_gazetteer(spec: &GazetteerSpec) -> Result<Gazetteer, BenchError> {
    Ok(Gazetteer::load(&spec.files, spec.builtin)?)
}

fn nomen_err(config_dir: &std::path::Path) -> impl Fn(nomen_index::Error) -> BenchError + '_ {
    move |source| BenchError::Nomen {
        path: config_dir.to_path_buf(),
        source: Box::new(source),
    }
}

/// nomen's pipeline (all of it unless `without` says otherwise), reported as
/// `engine`: [`NomenIndex::create_or_open`] with the gazetteer, then
/// [`NomenIndex::ingest`] of the corpus (no resume, not strict).
pub(crate) fn index_nomen(
    engine: Engine,
    without: Without,
    config: &IndexConfig,
) -> Result<IndexRun, BenchError> {
    let started = Instant::now();
    let gazetteer = load_gazetteer(&config.gazetteer)?;
    let err = nomen_err(&config.index_dir);
    let index =
        NomenIndex::create_or_open(&config.index_dir, Some(Arc::new(gazetteer))).map_err(&err)?;
    let options = IngestOptions {
        threads: config.threads,
        memory_mb: config.memory_mb,
        strict: false,
        commit_every_mb: config.commit_every_mb,
        resume: false,
        without,
        ..IngestOptions::default()
    };
    let summary = index
        .ingest(&[Input::Path(config.corpus.clone())], &options, &mut ())
        .map_err(&err)?;
    drop(index);
    let seconds = started.elapsed().as_secs_f64();
    Ok(IndexRun {
        engine,
        docs: summary.documents,
        bytes: summary.bytes,
        seconds,
        cpu_seconds: None,
        docs_per_s: summary.documents as f64 / seconds.max(1e-9),
        mb_per_s: mb_per_s(summary.bytes, seconds),
        peak_rss_bytes: None,
        peak_anon_bytes: 0,
        peak_file_bytes: 0,
        index_bytes: 0,
        threads: config.threads,
        memory_mb: config.memory_mb,
        mentions: Some(summary.mentions),
        entity_links: Some(summary.entities),
        errors: summary.errors,
    })
}

/// Latency of one query class, with the answers' size (so a fast empty answer shows).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClassLatency {
    /// `text`, `entity`, `combined`, `facet`.
    pub class: String,
    /// What the queries are.
    pub description: String,
    /// Percentiles over every timed query.
    pub latency: Latency,
    /// Mean number of matching documents per query.
    pub mean_total_hits: f64,
    /// Queries of the set that matched nothing.
    pub empty_queries: usize,
}

/// What [`search_bench`] measured.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchBench {
    /// Documents in the index.
    pub docs: u64,
    /// Timed rounds over each query set (after one warm-up round).
    pub rounds: usize,
    /// Open the index, make a searcher, answer one text query: milliseconds, first
    /// time in this process.
    pub open_first_query_ms: f64,
    /// The same, median of the following opens (files in the page cache).
    pub open_first_query_warm_ms: f64,
    /// One entry per query class.
    pub classes: Vec<ClassLatency>,
}

/// Search latency on the nomen index in `dir`: open + first query, then every class
/// of `queries` for `rounds` timed rounds after a warm-up round.
///
/// # Errors
/// The index does not open, or a query fails.
pub fn search_bench(
    dir: &std::path::Path,
    queries: &QuerySet,
    rounds: usize,
) -> Result<SearchBench, BenchError> {
    let err = nomen_err(dir);
    let first_text = queries
        .text
        .first()
        .cloned()
        .unwrap_or_else(|| "the".into());
    let open_and_ask = || -> Result<f64, BenchError> {
        let started = Instant::now();
        let index = NomenIndex::open(dir).map_err(&err)?;
        let searcher = index.searcher().map_err(&err)?;
        let results = searcher
            .search(&SearchRequest {
                query: Some(first_text.clone()),
                ..SearchRequest::default()
            })
            .map_err(&err)?;
        std::hint::black_box(results.total);
        Ok(started.elapsed().as_secs_f64() * 1e3)
    };
    let open_first_query_ms = open_and_ask()?;
    let mut warm = Vec::new();
    for _ in 0..5 {
        warm.push(open_and_ask()?);
    }

    let index = NomenIndex::open(dir).map_err(&err)?;
    let searcher = index.searcher().map_err(&err)?;
    let docs = searcher
        .search(&SearchRequest {
            limit: 1,
            facet_size: 0,
            ..SearchRequest::default()
        })
        .map_err(&err)?
        .total;

    let mut classes = Vec::new();
    let requests = queries.requests();
    for (class, description, list) in requests {
        let mut samples = Vec::with_capacity(list.len() * rounds);
        let mut totals = 0u64;
        let mut empty = 0usize;
        // Each query's total in the warm-up round: every timed answer must match it.
        let mut expected = Vec::with_capacity(list.len());
        for round in 0..=rounds {
            for (i, request) in list.iter().enumerate() {
                let started = Instant::now();
                let results = searcher.search(request).map_err(&err)?;
                let ms = started.elapsed().as_secs_f64() * 1e3;
                check_answer(request, &results, expected.get(i).copied())?;
                if round > 0 {
                    samples.push(ms);
                } else {
                    expected.push(results.total);
                    totals += results.total;
                    empty += usize::from(results.total == 0);
                }
            }
        }
        classes.push(ClassLatency {
            class: class.to_string(),
            description,
            latency: Latency::of(&samples),
            mean_total_hits: totals as f64 / list.len().max(1) as f64,
            empty_queries: empty,
        });
    }
    Ok(SearchBench {
        docs,
        rounds,
        open_first_query_ms,
        open_first_query_warm_ms: crate::measure::median(&warm),
        classes,
    })
}

/// Checks that a timed answer is a real one: as many hits as the limit allows, the
/// same total as the warm-up answer (`expected`), every hit of an entity filter
/// mentioning the filtered entities, and a facet when the hits have other entities.
fn check_answer(
    request: &SearchRequest,
    results: &nomen_index::SearchResults,
    expected: Option<u64>,
) -> Result<(), BenchError> {
    let wrong = |reason: String| BenchError::Query {
        query: format!(
            "{} {:?}",
            request.query.as_deref().unwrap_or(""),
            request.entity_ids
        ),
        reason,
    };
    let want_hits = results.total.min(request.limit as u64);
    if results.hits.len() as u64 != want_hits {
        return Err(wrong(format!(
            "returned {} hits for a total of {} (limit {})",
            results.hits.len(),
            results.total,
            request.limit
        )));
    }
    if let Some(expected) = expected {
        if results.total != expected {
            return Err(wrong(format!(
                "total {} in a timed round, {expected} in the warm-up round",
                results.total
            )));
        }
    }
    // Every hit of an entity filter mentions the filtered entities.
    for hit in &results.hits {
        if let Some(missing) = request
            .entity_ids
            .iter()
            .find(|id| !hit.entities.contains(id))
        {
            return Err(wrong(format!(
                "hit {} does not mention the filtered entity {missing}",
                hit.id
            )));
        }
    }
    // The facet lists the other entities of the matches ("who else"): it cannot be
    // empty when a hit mentions an entity besides the filtered ones.
    let others = |hit: &nomen_index::Hit| {
        hit.entities
            .iter()
            .any(|id| !request.entity_ids.contains(id))
    };
    if request.facet_size > 0
        && results.facets.entities.is_empty()
        && results.hits.iter().any(others)
    {
        return Err(wrong(
            "no entity facet although a hit mentions other entities".into(),
        ));
    }
    Ok(())
}

/// The text queries of `queries` on the plain-tantivy baseline index in `dir`
/// (default tokenizer, title and body, all words required, top 10 with their stored
/// documents loaded, plus the count), for comparison with nomen's `text` class.
///
/// # Errors
/// The index does not open or a query does not parse.
pub fn baseline_search(
    dir: &std::path::Path,
    queries: &QuerySet,
    rounds: usize,
) -> Result<ClassLatency, BenchError> {
    let tantivy_err = |source| BenchError::Tantivy {
        path: dir.to_path_buf(),
        source,
    };
    let index = Index::open_in_dir(dir).map_err(tantivy_err)?;
    let schema = index.schema();
    let fields = vec![
        schema.get_field("title").map_err(tantivy_err)?,
        schema.get_field("body").map_err(tantivy_err)?,
    ];
    let mut parser = QueryParser::for_index(&index, fields);
    parser.set_conjunction_by_default();
    let reader = index.reader().map_err(tantivy_err)?;
    let searcher = reader.searcher();
    let parsed = queries
        .text
        .iter()
        .map(|q| {
            parser.parse_query(q).map_err(|e| BenchError::Query {
                query: q.clone(),
                reason: e.to_string(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut samples = Vec::new();
    let mut totals = 0u64;
    let mut empty = 0usize;
    for round in 0..=rounds {
        for query in &parsed {
            let started = Instant::now();
            let (top, total) = searcher
                .search(query, &(TopDocs::with_limit(10).order_by_score(), Count))
                .map_err(tantivy_err)?;
            if top.len() != total.min(10) {
                return Err(BenchError::Query {
                    query: format!("{query:?}"),
                    reason: format!("{} hits for a total of {total}", top.len()),
                });
            }
            for (_, address) in top {
                let doc: TantivyDocument = searcher.doc(address).map_err(tantivy_err)?;
                std::hint::black_box(doc);
            }
            let ms = started.elapsed().as_secs_f64() * 1e3;
            if round > 0 {
                samples.push(ms);
            } else {
                totals += total as u64;
                empty += usize::from(total == 0);
            }
        }
    }
    Ok(ClassLatency {
        class: "text (plain tantivy)".into(),
        description: "the text queries on the baseline index: default tokenizer, \
                      top 10 with stored documents, count"
            .into(),
        latency: Latency::of(&samples),
        mean_total_hits: totals as f64 / parsed.len().max(1) as f64,
        empty_queries: empty,
    })
}
