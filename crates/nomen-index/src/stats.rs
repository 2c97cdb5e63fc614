//! What an index holds: documents, segments, size on disk, the gazetteer it was
//! built with, languages and the most mentioned entities.

use serde::Serialize;
use tantivy::collector::Count;
use tantivy::query::AllQuery;

use crate::collect::TermCounts;
use crate::date::format_rfc3339;
use crate::error::Error;
use crate::meta::{GazetteerInfo, GAZETTEER_FILE};
use crate::schema::names;
use crate::search::EntityCount;
use crate::NomenIndex;

/// Entities listed in [`Stats::entities`].
pub const TOP_ENTITIES: usize = 20;

/// A value and how many documents have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueCount {
    /// The value.
    pub value: String,
    /// Documents with it.
    pub count: u64,
}

/// What an index holds.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Live documents.
    pub documents: u64,
    /// Deleted (replaced) documents not yet merged away.
    pub deleted: u64,
    /// Segments.
    pub segments: usize,
    /// Size of the index directory's files, in bytes: `articles_bytes` +
    /// `gazetteer_bytes` + `cache_bytes`.
    pub bytes: u64,
    /// Of `bytes`, the index proper: the articles' segments and the commit files.
    pub articles_bytes: u64,
    /// Of `bytes`, the copy of the gazetteer the index was built with
    /// (`gazetteer.jsonl`), which `search` resolves names with: there from the
    /// index's creation, however few articles it holds.
    pub gazetteer_bytes: u64,
    /// Of `bytes`, the cached linker of a large gazetteer (`linker-*.bin`, see
    /// [`crate::linker_cache`]): saved by the first `nomen index`, rebuilt if deleted.
    pub cache_bytes: u64,
    /// The gazetteer the index was built with.
    pub gazetteer: GazetteerInfo,
    /// Documents per language, most frequent first.
    pub languages: Vec<ValueCount>,
    /// Documents without a language.
    pub unknown_language: u64,
    /// The most mentioned entities (documents mentioning each), most first.
    pub entities: Vec<EntityCount>,
    /// Documents that mention at least one entity.
    pub documents_with_entities: u64,
    /// The oldest article date, RFC 3339 (replaced documents not yet merged away
    /// included); `null` when no article has a date.
    pub oldest: Option<String>,
    /// The newest article date, RFC 3339 (as for `oldest`).
    pub newest: Option<String>,
}

impl NomenIndex {
    /// Counts what the index holds (as last committed).
    pub fn stats(&self) -> Result<Stats, Error> {
        let searcher = self.searcher()?;
        let tantivy_searcher = searcher.tantivy_searcher();
        let segments = tantivy_searcher.segment_readers();
        let deleted = segments
            .iter()
            .map(|s| u64::from(s.num_deleted_docs()))
            .sum();
        let (documents, languages, entities) = tantivy_searcher
            .search(
                &AllQuery,
                &(
                    Count,
                    TermCounts::new(names::LANG),
                    TermCounts::top(names::ENTITIES, TOP_ENTITIES, []),
                ),
            )
            .map_err(|e| Error::tantivy(&self.dir, e))?;
        let with_entities = tantivy_searcher
            .search(
                &tantivy::query::ExistsQuery::new(names::ENTITIES.into(), false),
                &Count,
            )
            .map_err(|e| Error::tantivy(&self.dir, e))?;
        let (mut articles_bytes, mut gazetteer_bytes, mut cache_bytes) = (0, 0, 0);
        let entries = std::fs::read_dir(&self.dir).map_err(|e| Error::io(&self.dir, e))?;
        for entry in entries.flatten() {
            let Ok(md) = entry.metadata() else { continue };
            if !md.is_file() {
                continue;
            }
            let path = entry.path();
            *if path.file_name().is_some_and(|n| n == GAZETTEER_FILE) {
                &mut gazetteer_bytes
            } else if nomen_entities::is_cache_file(&path) {
                &mut cache_bytes
            } else {
                &mut articles_bytes
            } += md.len();
        }
        let known: u64 = languages.iter().map(|(_, n)| n).sum();
        let mut span: Option<(i64, i64)> = None;
        for segment in segments {
            let column = segment
                .fast_fields()
                .date(names::DATE)
                .map_err(|e| Error::tantivy(&self.dir, e))?;
            if column.values.num_vals() > 0 {
                let (lo, hi) = (
                    column.min_value().into_timestamp_secs(),
                    column.max_value().into_timestamp_secs(),
                );
                span = Some(span.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
            }
        }
        Ok(Stats {
            documents: documents as u64,
            deleted,
            segments: segments.len(),
            bytes: articles_bytes + gazetteer_bytes + cache_bytes,
            articles_bytes,
            gazetteer_bytes,
            cache_bytes,
            gazetteer: self.meta.gazetteer.clone(),
            unknown_language: (documents as u64).saturating_sub(known),
            languages: languages
                .into_iter()
                .map(|(value, count)| ValueCount { value, count })
                .collect(),
            entities: entities
                .into_iter()
                .take(TOP_ENTITIES)
                .map(|(id, count)| EntityCount {
                    name: self
                        .gazetteer
                        .get(&id)
                        .map_or_else(|| id.clone(), |e| e.name.clone()),
                    id,
                    count,
                })
                .collect(),
            documents_with_entities: with_entities as u64,
            oldest: span.map(|(lo, _)| format_rfc3339(lo)),
            newest: span.map(|(_, hi)| format_rfc3339(hi)),
        })
    }
}
