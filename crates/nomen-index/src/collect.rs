//! A collector counting the values of a multi-valued keyword fast field over the
//! matching documents: the entity facet of a search, the nodes of a co-mention
//! network, and the language and entity counts of `stats`. It reads term ordinals
//! from the fast-field column (no stored documents), so it costs a few nanoseconds per
//! matching document and value.
//!
//! Turning ordinals into terms is the expensive part (the column's dictionary is a
//! compressed sstable) and a facet wants only its first few values: with
//! [`TermCounts::top`], a one-segment index looks up only the values counted as much
//! as the `k`-th; over several segments each segment's values are read in one
//! sequential pass into one buffer and the sorted runs are merged by value, so no
//! value is looked up at random and only the `k` answered become strings.

use std::collections::{HashMap, HashSet};
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
    /// Only the `k` values counted most, without these values.
    top: Option<(usize, HashSet<String>)>,
}

impl TermCounts {
    /// Counts every value of `field` (a `STRING | FAST` field).
    pub fn new(field: &str) -> TermCounts {
        TermCounts {
            field: field.to_string(),
            top: None,
        }
    }

    /// Counts the values of `field` and keeps the `k` counted most, leaving out the
    /// values of `without` (the entities searched for, in a facet). The same answer as
    /// the first `k` of [`TermCounts::new`]'s without them, looking up far fewer terms.
    pub fn top(field: &str, k: usize, without: impl IntoIterator<Item = String>) -> TermCounts {
        TermCounts {
            field: field.to_string(),
            top: Some((k, without.into_iter().collect())),
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

/// What one segment counted: its column (for the terms) and a count per ordinal.
pub struct SegmentCounts {
    column: Option<StrColumn>,
    counts: Vec<u64>,
}

impl Collector for TermCounts {
    /// `(value, count)`, most first, then by value.
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

    fn merge_fruits(&self, fruits: Vec<SegmentCounts>) -> tantivy::Result<Self::Fruit> {
        let error = |e: io::Error| {
            tantivy::TantivyError::InternalError(format!(
                "reading the terms of fast field {:?}: {e}",
                self.field
            ))
        };
        match &self.top {
            None => all_counts(&fruits).map_err(error),
            Some((k, without)) => top_counts(&fruits, *k, without).map_err(error),
        }
    }
}

/// Every value of every segment with its total count, most first.
fn all_counts(fruits: &[SegmentCounts]) -> io::Result<Vec<(String, u64)>> {
    let mut merged: HashMap<String, u64> = HashMap::new();
    for fruit in fruits {
        let Some(column) = &fruit.column else {
            continue;
        };
        let (ords, counts): (Vec<u64>, Vec<u64>) = fruit
            .counts
            .iter()
            .enumerate()
            .filter(|(_, &count)| count > 0)
            .map(|(ord, &count)| (ord as u64, count))
            .unzip();
        let terms = terms_of(column, &ords)?;
        for (term, count) in terms.into_iter().zip(counts) {
            *merged.entry(term).or_default() += count;
        }
    }
    let mut out: Vec<(String, u64)> = merged.into_iter().collect();
    sort(&mut out);
    Ok(out)
}

/// The `k` values counted most over all segments, without `without`, most first.
/// One segment: only the values whose count can be among the first `k` are looked up.
/// More: each segment's values are read in one sequential pass into one buffer (no
/// string per value), and the sorted runs merged by value (see the module docs).
fn top_counts(
    fruits: &[SegmentCounts],
    k: usize,
    without: &HashSet<String>,
) -> io::Result<Vec<(String, u64)>> {
    if k == 0 {
        return Ok(Vec::new());
    }
    let with_terms: Vec<(&StrColumn, &[u64])> = fruits
        .iter()
        .filter_map(|f| Some((f.column.as_ref()?, f.counts.as_slice())))
        .collect();
    if let [(column, counts)] = with_terms.as_slice() {
        // The (k + |without|)-th largest count: no value counted less can be in the
        // answer; the values counted as much are all read, for the ties.
        let mut sorted: Vec<u64> = counts.iter().copied().filter(|&c| c > 0).collect();
        let wanted = k + without.len();
        let floor = if sorted.len() > wanted {
            let (_, nth, _) = sorted.select_nth_unstable_by(wanted - 1, |a, b| b.cmp(a));
            *nth
        } else {
            1
        };
        let ords: Vec<u64> = (0..counts.len() as u64)
            .filter(|&o| counts[o as usize] >= floor.max(1))
            .collect();
        let terms = terms_of(column, &ords)?;
        let mut out: Vec<(String, u64)> = terms
            .into_iter()
            .zip(ords.iter().map(|&o| counts[o as usize]))
            .filter(|(t, _)| !without.contains(t))
            .collect();
        sort(&mut out);
        out.truncate(k);
        return Ok(out);
    }
    // Each segment's counted values, ascending, in one buffer.
    struct Run {
        bytes: Vec<u8>,
        /// (end offset in `bytes`, count) per value.
        values: Vec<(usize, u64)>,
    }
    let mut runs = Vec::with_capacity(with_terms.len());
    for (column, counts) in &with_terms {
        let ords: Vec<u64> = (0..counts.len() as u64)
            .filter(|&o| counts[o as usize] > 0)
            .collect();
        let mut run = Run {
            bytes: Vec::new(),
            values: Vec::with_capacity(ords.len()),
        };
        let mut n = 0;
        let complete = column.dictionary().sorted_ords_to_term_cb(&ords, |term| {
            run.bytes.extend_from_slice(term);
            run.values.push((run.bytes.len(), counts[ords[n] as usize]));
            n += 1;
        })?;
        if !complete || run.values.len() != ords.len() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "the column dictionary has fewer terms than its ordinals",
            ));
        }
        runs.push(run);
    }
    fn term(run: &Run, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { run.values[i - 1].0 };
        &run.bytes[start..run.values[i].0]
    }
    // Merge the sorted runs: the smallest value first, its counts summed.
    let mut at = vec![0usize; runs.len()];
    let mut totals: Vec<(u64, usize, usize)> = Vec::new(); // (total, run, index)
    loop {
        let mut smallest: Option<(usize, &[u8])> = None;
        for (r, run) in runs.iter().enumerate() {
            if at[r] < run.values.len() {
                let t = term(run, at[r]);
                if smallest.is_none_or(|(_, s)| t < s) {
                    smallest = Some((r, t));
                }
            }
        }
        let Some((first, value)) = smallest else {
            break;
        };
        let mut total = 0;
        for (r, run) in runs.iter().enumerate() {
            if at[r] < run.values.len() && term(run, at[r]) == value {
                total += run.values[at[r]].1;
                at[r] += 1;
            }
        }
        totals.push((total, first, at[first] - 1));
    }
    // Most first; equal counts by value (ascending), as the full count sorts them.
    totals.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| term(&runs[a.1], a.2).cmp(term(&runs[b.1], b.2)))
    });
    let mut out = Vec::with_capacity(k);
    for &(total, r, i) in &totals {
        if out.len() == k {
            break;
        }
        let value = std::str::from_utf8(term(&runs[r], i)).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("a keyword term is not UTF-8: {e}"),
            )
        })?;
        if !without.contains(value) {
            out.push((value.to_string(), total));
        }
    }
    Ok(out)
}

/// The terms of `column`'s ascending ordinals `ords`, in their order.
fn terms_of(column: &StrColumn, ords: &[u64]) -> io::Result<Vec<String>> {
    let mut out = Vec::with_capacity(ords.len());
    let mut invalid = None;
    let complete = column.dictionary().sorted_ords_to_term_cb(ords, |bytes| {
        match std::str::from_utf8(bytes) {
            Ok(value) => out.push(value.to_string()),
            Err(e) => {
                invalid.get_or_insert(e);
                out.push(String::new());
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

/// Most first, then by value.
fn sort(counts: &mut [(String, u64)]) {
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
}

impl SegmentTermCounts {
    /// Counts the values of `docs` (ascending).
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
    type Fruit = SegmentCounts;

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

    fn harvest(mut self) -> Self::Fruit {
        let pending = std::mem::take(&mut self.pending);
        self.count_block(&pending);
        SegmentCounts {
            column: self.column,
            counts: self.counts,
        }
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

    #[test]
    fn the_top_values_are_the_first_of_all_values_over_many_segments() {
        let mut builder = Schema::builder();
        let tag = builder.add_text_field("tag", STRING | FAST);
        let index = Index::create_in_ram(builder.build());
        let mut writer: IndexWriter = index.writer(15 << 20).unwrap();
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        // Five segments, each with its own skew: a value common in one segment is rare
        // in another, and many values tie.
        let mut state = 7u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        for segment in 0..5u64 {
            for _ in 0..400 {
                let mut d = doc!();
                for _ in 0..=next(4) {
                    // Skewed: small values far more often; the skew shifts per segment.
                    let v = (next(60) * next(60) / 60 + segment * 7) % 80;
                    d.add_text(tag, format!("v{v:02}"));
                }
                writer.add_document(d).unwrap();
            }
            writer.commit().unwrap();
        }
        let reader = index.reader().unwrap();
        let searcher = reader.searcher();
        assert_eq!(searcher.segment_readers().len(), 5);
        let all = searcher.search(&AllQuery, &TermCounts::new("tag")).unwrap();
        assert!(all.len() > 40, "{}", all.len());
        check_top(&searcher, &all);
        // The same in one segment.
        let ids = index.searchable_segment_ids().unwrap();
        writer.merge(&ids).wait().unwrap();
        writer.wait_merging_threads().unwrap();
        reader.reload().unwrap();
        let searcher = reader.searcher();
        assert_eq!(searcher.segment_readers().len(), 1);
        assert_eq!(
            searcher.search(&AllQuery, &TermCounts::new("tag")).unwrap(),
            all
        );
        check_top(&searcher, &all);
    }

    /// `TermCounts::top` gives the first values of `all` (the full count).
    fn check_top(searcher: &tantivy::Searcher, all: &[(String, u64)]) {
        for k in [0, 1, 3, 10, 25, 79, 200] {
            for without in [
                vec![],
                vec![all[0].0.clone()],
                vec![all[1].0.clone(), "none".into()],
            ] {
                let expected: Vec<(String, u64)> = all
                    .iter()
                    .filter(|(v, _)| !without.contains(v))
                    .take(k)
                    .cloned()
                    .collect();
                let top = searcher
                    .search(&AllQuery, &TermCounts::top("tag", k, without.clone()))
                    .unwrap();
                assert_eq!(top, expected, "k {k}, without {without:?}");
            }
        }
    }
}
