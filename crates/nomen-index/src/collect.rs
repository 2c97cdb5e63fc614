//! A collector counting the values of a multi-valued keyword fast field over the
//! matching documents: the entity facet of a search, and the language and entity
//! counts of `stats`. It reads term ordinals from the fast-field column (no stored
//! documents), so it costs a few nanoseconds per matching document and value.

use std::collections::HashMap;
use std::io;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Documents collected one at a time are counted by blocks of this many.
const BLOCK: usize = 256;

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
    /// Documents collected one by one, counted by blocks of [`BLOCK`].
    pending: Vec<DocId>,
    /// Buffers of the block counting, reused.
    docs: Vec<DocId>,
    rows: Vec<u32>,
    ords: Vec<u64>,
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
            pending: Vec::with_capacity(BLOCK),
            docs: Vec::new(),
            rows: Vec::new(),
            ords: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<io::Result<Vec<(String, u64)>>>,
    ) -> tantivy::Result<Self::Fruit> {
        let mut merged: HashMap<String, u64> = HashMap::new();
        for fruit in fruits {
            let fruit = fruit.map_err(|e| {
                tantivy::TantivyError::InternalError(format!(
                    "reading the terms of fast field {:?}: {e}",
                    self.field
                ))
            })?;
            for (value, count) in fruit {
                *merged.entry(value).or_default() += count;
            }
        }
        let mut out: Vec<(String, u64)> = merged.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(out)
    }
}

impl SegmentTermCounts {
    /// Counts the values of `docs` (sorted): the column's row ids and values are
    /// read in batches rather than one document at a time.
    fn count_block(&mut self, docs: &[DocId]) {
        let Some(column) = &self.column else {
            return;
        };
        if docs.is_empty() {
            return;
        }
        let ords = column.ords();
        self.docs.clear();
        self.rows.clear();
        ords.row_ids_for_docs(docs, &mut self.docs, &mut self.rows);
        self.ords.clear();
        self.ords.resize(self.rows.len(), 0);
        ords.values.get_vals(&self.rows, &mut self.ords);
        for &ord in &self.ords {
            if let Some(count) = self.counts.get_mut(ord as usize) {
                *count += 1;
            }
        }
    }
}

impl SegmentCollector for SegmentTermCounts {
    /// The values of the segment with their counts; an error if the column's
    /// dictionary cannot be read.
    type Fruit = io::Result<Vec<(String, u64)>>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.pending.push(doc);
        if self.pending.len() >= BLOCK {
            let pending = std::mem::take(&mut self.pending);
            self.count_block(&pending);
            self.pending = pending;
            self.pending.clear();
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        self.count_block(docs);
    }

    /// Turns the counted ordinals into terms with one sorted pass over the column's
    /// dictionary (each sstable block is decoded once), not one lookup per ordinal.
    fn harvest(mut self) -> Self::Fruit {
        let pending = std::mem::take(&mut self.pending);
        self.count_block(&pending);
        let Some(column) = self.column else {
            return Ok(Vec::new());
        };
        // Ascending by construction: the counts are indexed by ordinal.
        let (ords, counts): (Vec<u64>, Vec<u64>) = self
            .counts
            .iter()
            .enumerate()
            .filter(|(_, &count)| count > 0)
            .map(|(ord, &count)| (ord as u64, count))
            .unzip();
        let mut out = Vec::with_capacity(ords.len());
        let mut invalid = None;
        let complete = column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
            let count = counts.get(out.len()).copied().unwrap_or(0);
            match std::str::from_utf8(bytes) {
                Ok(value) => out.push((value.to_string(), count)),
                Err(e) => {
                    invalid.get_or_insert(e);
                    // Keep the positions aligned with `counts`.
                    out.push((String::new(), count));
                }
            }
        })?;
        if let Some(e) = invalid {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("a keyword term is not UTF-8: {e}"),
            ));
        }
        if !complete || out.len() != ords.len() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "the column dictionary has fewer terms than its ordinals ({} of {} found)",
                    out.len(),
                    ords.len()
                ),
            ));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::Count;
    use tantivy::query::{AllQuery, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, FAST, STRING};
    use tantivy::{doc, Index, IndexWriter, Term};

    use super::*;

    /// Block collection (no scoring, no deletes) and per-document collection (after
    /// a delete) count alike.
    #[test]
    fn counts_values_by_block_and_by_document() {
        let mut builder = Schema::builder();
        let tag = builder.add_text_field("tag", STRING | FAST);
        let id = builder.add_text_field("id", STRING);
        let index = Index::create_in_ram(builder.build());
        let mut writer: IndexWriter = index.writer(15 << 20).unwrap();
        for n in 0..1000u32 {
            let mut d = doc!(id => n.to_string());
            for t in ["a", "b", "c"].iter().take((n % 3) as usize + 1) {
                d.add_text(tag, t);
            }
            if n % 10 == 0 {
                // No value at all.
                d = doc!(id => n.to_string());
            }
            writer.add_document(d).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let (total, counts) = searcher
            .search(&AllQuery, &(Count, TermCounts::new("tag")))
            .unwrap();
        assert_eq!(total, 1000);
        // n % 3 == 0 → a; 1 → a, b; 2 → a, b, c; minus the multiples of 10.
        let expected = |k: u32| (0..1000u32).filter(|n| n % 10 != 0 && n % 3 >= k).count() as u64;
        assert_eq!(
            counts,
            [
                ("a".to_string(), expected(0)),
                ("b".to_string(), expected(1)),
                ("c".to_string(), expected(2))
            ]
        );
        writer.delete_term(Term::from_field_text(id, "1"));
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let query = TermQuery::new(Term::from_field_text(id, "4"), IndexRecordOption::Basic);
        let counts = searcher.search(&query, &TermCounts::new("tag")).unwrap();
        assert_eq!(counts, [("a".to_string(), 1), ("b".to_string(), 1)]);
        let all = searcher.search(&AllQuery, &TermCounts::new("tag")).unwrap();
        assert_eq!(all[0], ("a".to_string(), expected(0) - 1));
    }

    /// The bulk dictionary lookup of `harvest` gives the same values and counts as
    /// looking each ordinal up on its own, across many sstable blocks and with
    /// sparse matches (ordinals skipped within and across blocks).
    #[test]
    fn bulk_term_lookup_matches_per_ordinal_lookup() {
        let mut builder = Schema::builder();
        let tag = builder.add_text_field("tag", STRING | FAST);
        let id = builder.add_text_field("id", STRING);
        let index = Index::create_in_ram(builder.build());
        let mut writer: IndexWriter = index.writer(15 << 20).unwrap();
        for n in 0..6000u32 {
            let mut d = doc!(id => (n % 7).to_string());
            // Long, shared-prefix values: many dictionary blocks, delta-encoded.
            d.add_text(tag, format!("Q{:06}/entité-{}", n % 4000, n % 13));
            d.add_text(tag, format!("Q{:06}", n % 97));
            writer.add_document(d).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        for key in ["0", "3"] {
            let query = TermQuery::new(Term::from_field_text(id, key), IndexRecordOption::Basic);
            let counts = searcher.search(&query, &TermCounts::new("tag")).unwrap();
            // Reference: every matching document's values read one by one.
            let mut expected: HashMap<String, u64> = HashMap::new();
            let docs = searcher
                .search(&query, &tantivy::collector::DocSetCollector)
                .unwrap();
            for address in docs {
                let column = searcher
                    .segment_reader(address.segment_ord)
                    .fast_fields()
                    .str("tag")
                    .unwrap()
                    .unwrap();
                let mut value = String::new();
                for ord in column.term_ords(address.doc_id) {
                    assert!(column.ord_to_str(ord, &mut value).unwrap());
                    *expected.entry(value.clone()).or_default() += 1;
                }
            }
            let mut expected: Vec<(String, u64)> = expected.into_iter().collect();
            expected.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            assert!(expected.len() > 500, "{}", expected.len());
            assert_eq!(counts, expected);
        }
    }
}
