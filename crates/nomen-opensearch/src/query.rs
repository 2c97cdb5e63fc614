//! Search on a cluster: nomen's [`ClusterQuery`] as OpenSearch query DSL, and the
//! answer made into nomen's [`SearchResults`].
//!
//! One `_search` request: the query text (`must`, scored), the entity, language and
//! date filters (`filter`, not scored, as the local search scores them 0), the
//! entity facet (a `terms` aggregation ordered by count then id, as the local facet
//! is), and, in a `global` aggregation, the document frequency of each body term the
//! snippets mark (the local snippet generator weighs terms by it).

use std::collections::BTreeMap;
use std::ops::Bound;

use nomen_index::cluster::{ClusterHit, ClusterQuery, Occur, RangeValue, SearchPlan};
use nomen_index::{SearchRequest, SearchResults, Searcher, StoredArticle, StoredMention};
use serde_json::{json, Map, Value};

use crate::mapping::cluster_field;
use crate::{str_of, ClusterIndex, Error};

/// The DSL of `query`.
pub fn dsl(query: &ClusterQuery) -> Value {
    match query {
        ClusterQuery::All => json!({"match_all": {}}),
        ClusterQuery::Nothing => json!({"match_none": {}}),
        ClusterQuery::Bool(clauses) => {
            let mut must = Vec::new();
            let mut should = Vec::new();
            let mut must_not = Vec::new();
            for (occur, q) in clauses {
                match occur {
                    Occur::Must => must.push(dsl(q)),
                    Occur::Should => should.push(dsl(q)),
                    Occur::MustNot => must_not.push(dsl(q)),
                }
            }
            let mut b = Map::new();
            if !must.is_empty() {
                b.insert("must".into(), must.into());
            }
            if !should.is_empty() {
                b.insert("should".into(), should.into());
            }
            if !must_not.is_empty() {
                // Only negative clauses match nothing in nomen's parser (it refuses
                // them); keep the cluster from matching everything else.
                if b.is_empty() {
                    b.insert("must".into(), json!([{"match_none": {}}]));
                }
                b.insert("must_not".into(), must_not.into());
            }
            json!({"bool": b})
        }
        ClusterQuery::Boost(q, boost) => json!({"bool": {"must": [dsl(q)], "boost": boost}}),
        ClusterQuery::Term { field, value } => {
            json!({"term": {cluster_field(field): {"value": value}}})
        }
        ClusterQuery::Phrase {
            field,
            tokens,
            slop,
            prefix,
        } => {
            let kind = if *prefix {
                "match_phrase_prefix"
            } else {
                "match_phrase"
            };
            let mut body = json!({"query": tokens.join(" "), "analyzer": crate::mapping::ANALYZER});
            if !*prefix {
                body["slop"] = (*slop).into();
            }
            json!({kind: {cluster_field(field): body}})
        }
        ClusterQuery::Range {
            field,
            lower,
            upper,
        } => {
            let mut range = Map::new();
            let value = |v: &RangeValue| match v {
                RangeValue::Seconds(s) => json!(s),
                RangeValue::Text(t) => json!(t),
            };
            match lower {
                Bound::Included(v) => {
                    range.insert("gte".into(), value(v));
                }
                Bound::Excluded(v) => {
                    range.insert("gt".into(), value(v));
                }
                Bound::Unbounded => {}
            }
            match upper {
                Bound::Included(v) => {
                    range.insert("lte".into(), value(v));
                }
                Bound::Excluded(v) => {
                    range.insert("lt".into(), value(v));
                }
                Bound::Unbounded => {}
            }
            if *field == "date" {
                range.insert("format".into(), "epoch_second".into());
            }
            json!({"range": {cluster_field(field): range}})
        }
        ClusterQuery::Set { field, values } => json!({"terms": {cluster_field(field): values}}),
        ClusterQuery::Exists { field } => json!({"exists": {"field": cluster_field(field)}}),
    }
}

/// The most hits asked for: OpenSearch's default `index.max_result_window`.
pub const MAX_HITS: usize = 10_000;

/// The stored fields a hit is made of.
const SOURCE_FIELDS: [&str; 9] = [
    "id", "title", "body", "date", "lang", "source", "url", "entities", "mentions",
];

/// The query of `plan`: its text (`must`, scored) and the request's entity,
/// language and date filters (`filter`, not scored, as the local search scores them
/// 0).
pub(crate) fn query_of(plan: &SearchPlan, request: &SearchRequest) -> Value {
    let mut filters = Vec::new();
    for entity in &plan.resolved {
        filters.push(json!({"term": {"entities": entity.id}}));
    }
    if !request.langs.is_empty() {
        let langs: Vec<String> = request
            .langs
            .iter()
            .map(|l| l.trim().to_lowercase())
            .collect();
        filters.push(json!({"terms": {"lang": langs}}));
    }
    if request.since.is_some() || request.until.is_some() {
        let clamp = |s: i64| s.clamp(nomen_index::date::MIN_SECS, nomen_index::date::MAX_SECS);
        let mut range = Map::new();
        if let Some(since) = request.since {
            range.insert("gte".into(), clamp(since).into());
        }
        if let Some(until) = request.until {
            range.insert("lt".into(), clamp(until).into());
        }
        range.insert("format".into(), "epoch_second".into());
        filters.push(json!({"range": {"date": range}}));
    }
    let must = plan
        .query
        .as_ref()
        .map_or_else(|| json!({"match_all": {}}), dsl);
    json!({"bool": {"must": [must], "filter": filters}})
}

/// The stored article of a hit's or a document's `_source`. A stored mention that
/// does not fit the article (see [`nomen_index::mentions`]) is left out.
pub(crate) fn article_of(s: &Value) -> StoredArticle {
    let title = str_of(&s["title"]).unwrap_or_default();
    let body = str_of(&s["body"]).unwrap_or_default();
    let mentions = s["mentions"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|m| {
                    let (field, text) = match m["field"].as_str()? {
                        "title" => (nomen_entities::Field::Title, &title),
                        "body" => (nomen_entities::Field::Body, &body),
                        _ => return None,
                    };
                    let start = usize::try_from(m["start"].as_u64()?).ok()?;
                    let end = usize::try_from(m["end"].as_u64()?).ok()?;
                    text.get(start..end)?;
                    Some(StoredMention {
                        field,
                        start,
                        end,
                        entity: str_of(&m["entity"])?,
                        rule: m["rule"].as_str()?.parse().ok()?,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    StoredArticle {
        id: str_of(&s["id"]).unwrap_or_default(),
        title,
        body,
        date: s["date"].as_i64(),
        lang: str_of(&s["lang"]),
        source: str_of(&s["source"]),
        url: str_of(&s["url"]),
        entities: s["entities"]
            .as_array()
            .map(|a| a.iter().filter_map(str_of).collect())
            .unwrap_or_default(),
        mentions,
    }
}

/// The `(key, doc_count)` pairs of a terms aggregation's buckets.
pub(crate) fn buckets(agg: &Value) -> Vec<(String, u64)> {
    agg["buckets"]
        .as_array()
        .map(|buckets| {
            buckets
                .iter()
                .filter_map(|b| Some((str_of(&b["key"])?, b["doc_count"].as_u64()?)))
                .collect()
        })
        .unwrap_or_default()
}

/// Runs `request` on `index`.
pub(crate) fn search(
    index: &ClusterIndex,
    searcher: &Searcher,
    request: &SearchRequest,
) -> Result<SearchResults, Error> {
    let plan = searcher.plan(request)?;
    let query = query_of(&plan, request);
    // A cluster returns hits up to `index.max_result_window` (10,000 unless set
    // otherwise): --offset and --limit are cut to it.
    let from = request.offset.min(MAX_HITS);
    let mut body = json!({
        "from": from,
        "size": request.limit.min(MAX_HITS - from),
        "track_total_hits": true,
        "_source": SOURCE_FIELDS,
        "query": query,
    });
    if plan.query.is_none() {
        body["sort"] = json!([{"date": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]);
    }
    let mut aggs = Map::new();
    if request.facet_size > 0 {
        // Ask for as many more as there are entities searched for: they are left out.
        let size = request.facet_size + plan.resolved.len();
        aggs.insert(
            "entities".into(),
            json!({"terms": {
                "field": "entities",
                "size": size,
                "shard_size": (size * 10).max(1000),
                "order": [{"_count": "desc"}, {"_key": "asc"}],
            }}),
        );
    }
    if !plan.snippet_terms.is_empty() {
        let filters: Map<String, Value> = plan
            .snippet_terms
            .iter()
            .map(|t| (t.clone(), json!({"term": {"body_folded": t}})))
            .collect();
        aggs.insert(
            "doc_freqs".into(),
            json!({"global": {}, "aggs": {"terms": {"filters": {"filters": filters}}}}),
        );
    }
    if !aggs.is_empty() {
        body["aggs"] = aggs.into();
    }
    let answer = index.client().json(
        "POST",
        &format!("/{}/_search", index.name()),
        &body,
        "search",
    )?;
    let bad = |reason: &str| Error::Answer {
        url: index.url().to_string(),
        what: "search".into(),
        reason: reason.to_string(),
    };
    let total = answer["hits"]["total"]["value"]
        .as_u64()
        .ok_or_else(|| bad("no hits.total.value"))?;
    let ranked = plan.query.is_some();
    let hits = answer["hits"]["hits"]
        .as_array()
        .ok_or_else(|| bad("no hits.hits"))?
        .iter()
        .map(|hit| ClusterHit {
            score: if ranked {
                hit["_score"].as_f64().map(|f| f as f32)
            } else {
                None
            },
            article: article_of(&hit["_source"]),
        })
        .collect();
    let counts = buckets(&answer["aggregations"]["entities"]);
    let doc_freqs: BTreeMap<String, u64> = answer["aggregations"]["doc_freqs"]["terms"]["buckets"]
        .as_object()
        .map(|buckets| {
            buckets
                .iter()
                .filter_map(|(t, b)| Some((t.clone(), b["doc_count"].as_u64()?)))
                .collect()
        })
        .unwrap_or_default();
    Ok(searcher.cluster_results(plan, request, total, hits, counts, &doc_freqs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_gives_its_stored_mentions_and_drops_what_does_not_fit() {
        let source = json!({
            "id": "a", "title": "Мадуро", "body": "Nicolás Maduro habló.",
            "entities": ["nicolas-maduro"],
            "mentions": [
                {"field": "title", "start": 0, "end": 12, "entity": "nicolas-maduro", "rule": "transliterated"},
                {"field": "body", "start": 0, "end": 15, "entity": "nicolas-maduro", "rule": "exact"},
                // Inside a character, past the end, an unknown rule, an unknown field.
                {"field": "body", "start": 0, "end": 6, "entity": "nicolas-maduro", "rule": "exact"},
                {"field": "body", "start": 9, "end": 99, "entity": "nicolas-maduro", "rule": "exact"},
                {"field": "body", "start": 0, "end": 15, "entity": "nicolas-maduro", "rule": "guess"},
                {"field": "url", "start": 0, "end": 1, "entity": "nicolas-maduro", "rule": "exact"},
            ],
        });
        let article = article_of(&source);
        let got: Vec<(&str, nomen_entities::Rule)> = article
            .mentions
            .iter()
            .map(|m| (article.text_of(m), m.rule))
            .collect();
        assert_eq!(
            got,
            [
                ("Мадуро", nomen_entities::Rule::Transliterated),
                ("Nicolás Maduro", nomen_entities::Rule::Exact)
            ]
        );
    }

    #[test]
    fn the_dsl_of_a_tree() {
        let q = ClusterQuery::Bool(vec![
            (
                Occur::Must,
                ClusterQuery::Boost(
                    Box::new(ClusterQuery::Term {
                        field: "title",
                        value: "maduro".into(),
                    }),
                    2.0,
                ),
            ),
            (
                Occur::MustNot,
                ClusterQuery::Phrase {
                    field: "body",
                    tokens: vec!["un".into(), "mango".into()],
                    slop: 0,
                    prefix: false,
                },
            ),
        ]);
        assert_eq!(
            dsl(&q),
            json!({"bool": {
                "must": [{"bool": {"must": [{"term": {"title_folded": {"value": "maduro"}}}], "boost": 2.0}}],
                "must_not": [{"match_phrase": {"body_folded": {"query": "un mango", "analyzer": "nomen_pre_analysed", "slop": 0}}}],
            }})
        );
        let only_not = ClusterQuery::Bool(vec![(Occur::MustNot, ClusterQuery::All)]);
        assert_eq!(dsl(&only_not)["bool"]["must"], json!([{"match_none": {}}]));
        let range = ClusterQuery::Range {
            field: "date",
            lower: Bound::Included(RangeValue::Seconds(10)),
            upper: Bound::Excluded(RangeValue::Seconds(20)),
        };
        assert_eq!(
            dsl(&range),
            json!({"range": {"date": {"gte": 10, "lt": 20, "format": "epoch_second"}}})
        );
    }
}
