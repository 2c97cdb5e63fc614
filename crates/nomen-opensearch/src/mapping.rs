//! The settings and mapping nomen creates a cluster index with.
//!
//! | field | mapping | from |
//! |---|---|---|
//! | `id` | `keyword` | the article id (also the document `_id`) |
//! | `title`, `body` | `text`, not indexed (kept in `_source` for hits and snippets) | the original text |
//! | `title_folded`, `body_folded` | `text`, analyzer `nomen_pre_analysed` (`whitespace` tokenizer, nothing else) | nomen's folded-view tokens |
//! | `title_exact`, `body_exact` | same | nomen's exact-view terms, at their positions |
//! | `lang`, `source`, `url` | `keyword` | as given (`lang` detected when not given) |
//! | `date` | `date`, `epoch_second` | UTC seconds |
//! | `entities` | `keyword` | canonical entity ids |
//! | `mentions` | `object`, not indexed | `{field, start, end, entity, rule}` per mention, byte offsets into the original text |
//!
//! `dynamic: strict`: a document with another field is refused, so a foreign writer
//! cannot slip fields in that nomen would not search.

use serde_json::{json, Value};

/// The analyzer of the pre-analysed fields.
pub const ANALYZER: &str = "nomen_pre_analysed";

/// The cluster field a query on nomen's schema field `name` runs on.
pub fn cluster_field(name: &str) -> &str {
    match name {
        "title" => "title_folded",
        "body" => "body_folded",
        other => other,
    }
}

/// The body of `PUT /INDEX`: settings (shards, replicas, the analyzer) and mapping.
pub fn index_body(shards: u32, replicas: u32) -> Value {
    let pre_analysed = json!({"type": "text", "analyzer": ANALYZER});
    let stored_only = json!({"type": "text", "index": false});
    json!({
        "settings": {
            "number_of_shards": shards,
            "number_of_replicas": replicas,
            "analysis": {
                "analyzer": {
                    ANALYZER: {"type": "custom", "tokenizer": "whitespace"}
                }
            }
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "id": {"type": "keyword"},
                "title": stored_only,
                "body": stored_only,
                "title_folded": pre_analysed,
                "body_folded": pre_analysed,
                "title_exact": pre_analysed,
                "body_exact": pre_analysed,
                "lang": {"type": "keyword"},
                "source": {"type": "keyword"},
                "url": {"type": "keyword", "ignore_above": 8000},
                "date": {"type": "date", "format": "epoch_second"},
                "entities": {"type": "keyword"},
                "mentions": {"type": "object", "enabled": false}
            }
        }
    })
}
