//! `nomen stats` of a cluster index: the local index's [`Stats`], counted by the
//! cluster (documents, deleted documents, segments and bytes from `_stats`;
//! languages, entities and dates from aggregations).

use nomen_index::{EntityCount, Stats, ValueCount, TOP_ENTITIES};
use serde_json::json;

use crate::{str_of, ClusterIndex, Error};

/// Languages listed at most (every language there is, in practice).
const MAX_LANGUAGES: usize = 1000;

pub(crate) fn stats(index: &ClusterIndex) -> Result<Stats, Error> {
    let client = index.client();
    let name = index.name();
    let body = json!({
        "size": 0,
        "track_total_hits": true,
        "aggs": {
            "languages": {"terms": {"field": "lang", "size": MAX_LANGUAGES,
                                    "order": [{"_count": "desc"}, {"_key": "asc"}]}},
            "entities": {"terms": {"field": "entities", "size": TOP_ENTITIES,
                                   "shard_size": 10_000,
                                   "order": [{"_count": "desc"}, {"_key": "asc"}]}},
            "with_entities": {"filter": {"exists": {"field": "entities"}}},
            "oldest": {"min": {"field": "date", "format": "epoch_second"}},
            "newest": {"max": {"field": "date", "format": "epoch_second"}},
        }
    });
    let answer = client.json("POST", &format!("/{name}/_search"), &body, "stats")?;
    let store = client.expect_ok(
        "GET",
        &format!("/{name}/_stats/docs,store,segments"),
        None,
        "index stats",
    )?;
    let primaries = &store["indices"][name]["primaries"];
    let aggs = &answer["aggregations"];
    let buckets = |agg: &str| -> Vec<(String, u64)> {
        aggs[agg]["buckets"]
            .as_array()
            .map(|b| {
                b.iter()
                    .filter_map(|b| Some((str_of(&b["key"])?, b["doc_count"].as_u64()?)))
                    .collect()
            })
            .unwrap_or_default()
    };
    let documents = answer["hits"]["total"]["value"].as_u64().unwrap_or(0);
    let languages: Vec<ValueCount> = buckets("languages")
        .into_iter()
        .map(|(value, count)| ValueCount { value, count })
        .collect();
    let known: u64 = languages.iter().map(|v| v.count).sum();
    let date = |agg: &str| {
        aggs[agg]["value"]
            .as_f64()
            // A date aggregation's value is in milliseconds.
            .map(|ms| nomen_index::date::format_rfc3339((ms / 1000.0).floor() as i64))
    };
    // The articles' store only: the recorded gazetteer is a document elsewhere in
    // the cluster, and the linker is cached on this machine, not in the index.
    let bytes = primaries["store"]["size_in_bytes"].as_u64().unwrap_or(0);
    Ok(Stats {
        documents,
        deleted: primaries["docs"]["deleted"].as_u64().unwrap_or(0),
        segments: primaries["segments"]["count"].as_u64().unwrap_or(0) as usize,
        bytes,
        articles_bytes: bytes,
        gazetteer_bytes: 0,
        cache_bytes: 0,
        gazetteer: index.meta().gazetteer.clone(),
        unknown_language: documents.saturating_sub(known),
        languages,
        entities: buckets("entities")
            .into_iter()
            .map(|(id, count)| EntityCount {
                name: index
                    .gazetteer()
                    .get(&id)
                    .map_or_else(|| id.clone(), |e| e.name.clone()),
                id,
                count,
            })
            .collect(),
        documents_with_entities: aggs["with_entities"]["doc_count"].as_u64().unwrap_or(0),
        oldest: date("oldest"),
        newest: date("newest"),
    })
}
