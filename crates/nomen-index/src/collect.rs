//! A collector counting the values of a multi-valued keyword fast field over the
//! matching documents: the entity facet of a search, and the language and entity
//! counts of `stats`. It reads term ordinals from the fast-field column (no stored
//! documents), so it costs a few nanoseconds per matching document and value.

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Counts the values of the keyword fast field `field` over the matching documents.
#[derive(Debug, Clone)]
pub struct TermCounts {
    field: String,
}

impl TermCounts {
    /// Counts the values of `field` (a `STRING | FAST` field).
    pub fn new(field: &str) -> TermCounts {
        TermCounts {
            field: field.to_string(),
        }
    }
}

/// The per-segment side of [`TermCounts`].
pub struct SegmentTermCounts {
    column: Option<StrColumn>,
    counts: Vec<u64>,
}

impl Collector for TermCounts {
    /// Values and their counts, most frequent first, ties by value.
    type Fruit = Vec<(String, u64)>;
    type Child = SegmentTermCounts;

    fn for_segment(
        &self,
        _segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentTermCounts> {
        let column = segment.fast_fields().str(&self.field)?;
        let terms = column.as_ref().map_or(0, |c| c.num_terms());
        Ok(SegmentTermCounts {
            column,
            counts: vec![0; terms],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(String, u64)>>) -> tantivy::Result<Self::Fruit> {
        let mut merged: HashMap<String, u64> = HashMap::new();
        for fruit in fruits {
            for (value, count) in fruit {
                *merged.entry(value).or_default() += count;
            }
        }
        let mut out: Vec<(String, u64)> = merged.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(out)
    }
}

impl SegmentCollector for SegmentTermCounts {
    type Fruit = Vec<(String, u64)>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(column) = &self.column {
            for ord in column.term_ords(doc) {
                if let Some(count) = self.counts.get_mut(ord as usize) {
                    *count += 1;
                }
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        let Some(column) = self.column else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut value = String::new();
        for (ord, &count) in self.counts.iter().enumerate() {
            if count > 0 && column.ord_to_str(ord as u64, &mut value).unwrap_or(false) {
                out.push((value.clone(), count));
            }
        }
        out
    }
}
