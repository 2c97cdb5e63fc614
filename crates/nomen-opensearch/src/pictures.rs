//! The pictures of `nomen serve` and its document view on a cluster, counted by the
//! cluster's aggregations and made into the local index's [`Timeline`], [`Network`]
//! and [`Document`] by nomen-index's own code:
//!
//! * timeline: the oldest and newest matching dates and the undated matches (`min`,
//!   `max`, `missing`), then a `date_histogram` per day (per month when the matches
//!   span [`MAX_BUCKETS`] days or more, where a per-day timeline is refused anyway);
//! * network: a `terms` aggregation of the matches' entities (the nodes), then an
//!   `adjacency_matrix` aggregation over the nodes (the matches that mention each
//!   pair);
//! * document: the article's `_source` with the mentions indexing stored in it, as
//!   the local document view shows them.

use std::collections::HashMap;

use nomen_index::network::MAX_NODES;
use nomen_index::timeline::MAX_BUCKETS;
use nomen_index::{Document, Granularity, Network, SearchRequest, Searcher, Timeline};
use serde_json::{json, Map, Value};

use crate::query::{article_of, buckets, query_of};
use crate::{ClusterIndex, Error};

const DAY_MS: i64 = 86_400_000;

/// Runs `body` (a `_search` body) on `index`.
fn search(index: &ClusterIndex, body: &Value, what: &str) -> Result<Value, Error> {
    index
        .client()
        .json("POST", &format!("/{}/_search", index.name()), body, what)
}

fn bad(index: &ClusterIndex, what: &str, reason: &str) -> Error {
    Error::Answer {
        url: index.url().to_string(),
        what: what.into(),
        reason: reason.into(),
    }
}

/// The timeline of `request`'s matches.
pub(crate) fn timeline(
    index: &ClusterIndex,
    searcher: &Searcher,
    request: &SearchRequest,
    granularity: Granularity,
) -> Result<Timeline, Error> {
    let plan = searcher.plan(request)?;
    let query = query_of(&plan, request);
    let what = "timeline";
    let span = search(
        index,
        &json!({
            "size": 0,
            "track_total_hits": true,
            "query": query,
            "aggs": {
                "oldest": {"min": {"field": "date"}},
                "newest": {"max": {"field": "date"}},
                "undated": {"missing": {"field": "date"}},
            }
        }),
        what,
    )?;
    let aggs = &span["aggregations"];
    let undated = aggs["undated"]["doc_count"]
        .as_u64()
        .ok_or_else(|| bad(index, what, "no aggregations.undated.doc_count"))?;
    let mut days: HashMap<i64, u64> = HashMap::new();
    // A date aggregation's value is in milliseconds; no value: no dated match.
    let day_of = |v: &Value| v.as_f64().map(|ms| (ms as i64).div_euclid(DAY_MS));
    if let (Some(first), Some(last)) = (
        day_of(&aggs["oldest"]["value"]),
        day_of(&aggs["newest"]["value"]),
    ) {
        let per_day = last - first < MAX_BUCKETS as i64;
        let histogram = search(
            index,
            &json!({
                "size": 0,
                "query": query,
                "aggs": {"periods": {"date_histogram": {
                    "field": "date",
                    "calendar_interval": if per_day { "day" } else { "month" },
                    "min_doc_count": 1,
                    "time_zone": "UTC",
                }}}
            }),
            what,
        )?;
        let periods = histogram["aggregations"]["periods"]["buckets"]
            .as_array()
            .ok_or_else(|| bad(index, what, "no aggregations.periods.buckets"))?;
        for b in periods {
            let (Some(key), Some(count)) = (b["key"].as_i64(), b["doc_count"].as_u64()) else {
                return Err(bad(index, what, "a histogram bucket without key or count"));
            };
            *days.entry(key.div_euclid(DAY_MS)).or_default() += count;
        }
        if !per_day {
            // Month starts stand for their months; the first and the last month are
            // keyed by the very first and last day, so that the span is exact.
            let (Some(&min), Some(&max)) = (days.keys().min(), days.keys().max()) else {
                return Err(bad(index, what, "an empty histogram of dated matches"));
            };
            if let Some(n) = days.remove(&min) {
                *days.entry(first).or_default() += n;
            }
            if let Some(n) = days.remove(&max) {
                *days.entry(last).or_default() += n;
            }
        }
    }
    Ok(Timeline::of_days(
        plan.resolved,
        granularity,
        &days,
        undated,
    )?)
}

/// The co-mention network of `request`'s matches.
pub(crate) fn network(
    index: &ClusterIndex,
    searcher: &Searcher,
    request: &SearchRequest,
    size: usize,
) -> Result<Network, Error> {
    let plan = searcher.plan(request)?;
    let query = query_of(&plan, request);
    let what = "network";
    // As many more as there are entities searched for: they are left out.
    let wanted = size.min(MAX_NODES) + plan.resolved.len();
    let answer = search(
        index,
        &json!({
            "size": 0,
            "track_total_hits": true,
            "query": query,
            "aggs": {"entities": {"terms": {
                "field": "entities",
                "size": wanted.max(1),
                "shard_size": (wanted * 10).max(1000),
                "order": [{"_count": "desc"}, {"_key": "asc"}],
            }}}
        }),
        what,
    )?;
    let total = answer["hits"]["total"]["value"]
        .as_u64()
        .ok_or_else(|| bad(index, what, "no hits.total.value"))?;
    let nodes = searcher.network_nodes(
        &plan.resolved,
        buckets(&answer["aggregations"]["entities"]),
        size,
    );
    let k = nodes.len();
    let mut pairs = vec![0; k * k];
    if k > 1 {
        // Filters named by the nodes' ranks: a bucket `i&j` (i < j as names) counts
        // the matches that mention both.
        let filters: Map<String, Value> = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (i.to_string(), json!({"term": {"entities": n.id}})))
            .collect();
        let answer = search(
            index,
            &json!({
                "size": 0,
                "query": query,
                "aggs": {"pairs": {"adjacency_matrix": {"filters": filters}}}
            }),
            what,
        )?;
        let matrix = answer["aggregations"]["pairs"]["buckets"]
            .as_array()
            .ok_or_else(|| bad(index, what, "no aggregations.pairs.buckets"))?;
        for b in matrix {
            let (Some(key), Some(count)) = (b["key"].as_str(), b["doc_count"].as_u64()) else {
                return Err(bad(index, what, "a pair bucket without key or count"));
            };
            let Some((a, c)) = key.split_once('&') else {
                continue; // one node alone
            };
            let (Ok(a), Ok(c)) = (a.parse::<usize>(), c.parse::<usize>()) else {
                return Err(bad(index, what, &format!("a pair bucket {key:?}")));
            };
            let (i, j) = (a.min(c), a.max(c));
            if j < k {
                pairs[i * k + j] = count;
            }
        }
    }
    Ok(Network::of_counts(plan.resolved, total, nodes, &pairs))
}

/// The article `id` with its mentions; `None` when the index has none.
pub(crate) fn document(
    index: &ClusterIndex,
    searcher: &Searcher,
    id: &str,
) -> Result<Option<Document>, Error> {
    let what = "get the document";
    // The id as a term (any character; no path escaping needed).
    let answer = search(
        index,
        &json!({
            "size": 1,
            "query": {"term": {"id": id}},
            "_source": ["id", "title", "body", "date", "lang", "source", "url", "entities", "mentions"],
        }),
        what,
    )?;
    let hits = answer["hits"]["hits"]
        .as_array()
        .ok_or_else(|| bad(index, what, "no hits.hits"))?;
    Ok(hits
        .first()
        .map(|hit| searcher.document_of(article_of(&hit["_source"]))))
}
