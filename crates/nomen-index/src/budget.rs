//! A search that stops at its deadline ([`crate::SearchRequest::deadline`]): the
//! matches are collected segment by segment, a few thousand documents at a time, and
//! the clock is read between blocks; past the deadline the search ends with
//! [`crate::Error::OverBudget`] instead of running on. `nomen serve` gives each
//! request one, so a query that matches most of a large index cannot hold a worker
//! thread long after its client was answered 503.
//!
//! Without a deadline the collector is tantivy's own, untouched.

use std::time::Instant;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::Weight;
use tantivy::{DocId, DocSet, SegmentOrdinal, SegmentReader, TantivyError, TERMINATED};

/// Documents matched between two readings of the clock.
const CHECK_EVERY: usize = 4096;

/// Documents handed to an unscored collector at once.
const BLOCK: usize = 64;

/// The message of the tantivy error a bounded search ends with, to tell it from
/// others ([`is_over_budget`]).
const OVER_BUDGET: &str = "nomen: the search is past its deadline";

/// `inner`, stopping at `deadline` when there is one.
pub(crate) struct Bounded<C> {
    inner: C,
    deadline: Option<Instant>,
}

impl<C> Bounded<C> {
    pub(crate) fn new(inner: C, deadline: Option<Instant>) -> Bounded<C> {
        Bounded { inner, deadline }
    }
}

/// Whether `err` is the end of a search past its deadline.
pub(crate) fn is_over_budget(err: &TantivyError) -> bool {
    matches!(err, TantivyError::InternalError(m) if m == OVER_BUDGET)
}

/// An error when `deadline` has passed.
pub(crate) fn check(deadline: Option<Instant>) -> tantivy::Result<()> {
    match deadline {
        Some(d) if Instant::now() >= d => Err(TantivyError::InternalError(OVER_BUDGET.into())),
        _ => Ok(()),
    }
}

impl<C: Collector> Collector for Bounded<C> {
    type Fruit = C::Fruit;
    type Child = C::Child;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<C::Child> {
        self.inner.for_segment(segment_local_id, segment)
    }

    fn requires_scoring(&self) -> bool {
        self.inner.requires_scoring()
    }

    fn merge_fruits(
        &self,
        fruits: Vec<<C::Child as SegmentCollector>::Fruit>,
    ) -> tantivy::Result<C::Fruit> {
        self.inner.merge_fruits(fruits)
    }

    fn collect_segment(
        &self,
        weight: &dyn Weight,
        segment_ord: u32,
        reader: &SegmentReader,
    ) -> tantivy::Result<<C::Child as SegmentCollector>::Fruit> {
        let Some(deadline) = self.deadline else {
            return self.inner.collect_segment(weight, segment_ord, reader);
        };
        check(Some(deadline))?;
        let mut child = self.inner.for_segment(segment_ord, reader)?;
        let scoring = self.inner.requires_scoring();
        let alive = reader.alive_bitset();
        let mut scorer = weight.scorer(reader, 1.0)?;
        let mut block = [0 as DocId; BLOCK];
        let mut doc = scorer.doc();
        while doc != TERMINATED {
            let mut seen = 0;
            let mut len = 0;
            while doc != TERMINATED && seen < CHECK_EVERY {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    if scoring {
                        child.collect(doc, scorer.score());
                    } else {
                        block[len] = doc;
                        len += 1;
                        if len == BLOCK {
                            child.collect_block(&block);
                            len = 0;
                        }
                    }
                }
                seen += 1;
                doc = scorer.advance();
            }
            if len > 0 {
                child.collect_block(&block[..len]);
            }
            if doc != TERMINATED {
                check(Some(deadline))?;
            }
        }
        Ok(child.harvest())
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::{Error, IngestOptions, Input, NomenIndex, SearchRequest};

    /// The same answers with a deadline far off as without one; a deadline already
    /// past is an error, not a partial answer.
    #[test]
    fn a_deadline_changes_nothing_until_it_passes() {
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join("a.jsonl");
        let lines: Vec<String> = (0..3000)
            .map(|i| {
                let who = if i % 3 == 0 { "Nicolás Maduro" } else { "Joe Biden" };
                format!(
                    r#"{{"id":"a{i}","title":"t {i}","body":"{who} habló del mango {i}.","lang":"es","date":"2024-0{}-1{}"}}"#,
                    1 + i % 9,
                    i % 10
                )
            })
            .collect();
        std::fs::write(&articles, lines.join("\n")).unwrap();
        let index = NomenIndex::create_or_open(dir.path().join("idx"), None).unwrap();
        index
            .ingest(&[Input::Path(articles)], &IngestOptions::default(), &mut ())
            .unwrap();
        let searcher = index.searcher().unwrap();
        let later = Some(Instant::now() + Duration::from_secs(3600));
        for request in [
            SearchRequest {
                query: Some("mango".into()),
                ..SearchRequest::default()
            },
            SearchRequest {
                entity_ids: vec!["nicolas-maduro".into()],
                ..SearchRequest::default()
            },
        ] {
            let free = searcher.search(&request).unwrap();
            let bounded = searcher
                .search(&SearchRequest {
                    deadline: later,
                    ..request.clone()
                })
                .unwrap();
            assert_eq!(free.total, bounded.total);
            let ids = |r: &crate::SearchResults| -> Vec<String> {
                r.hits.iter().map(|h| h.id.clone()).collect()
            };
            assert_eq!(ids(&free), ids(&bounded));
            assert_eq!(free.facets.entities, bounded.facets.entities);
            let timeline = |deadline| {
                searcher.timeline(
                    &SearchRequest {
                        deadline,
                        ..request.clone()
                    },
                    crate::timeline::Granularity::Month,
                )
            };
            assert_eq!(
                timeline(None).unwrap().buckets,
                timeline(later).unwrap().buckets
            );
            let past = Some(Instant::now() - Duration::from_millis(1));
            for err in [
                searcher
                    .search(&SearchRequest {
                        deadline: past,
                        ..request.clone()
                    })
                    .unwrap_err(),
                timeline(past).unwrap_err(),
                searcher
                    .network(
                        &SearchRequest {
                            deadline: past,
                            ..request.clone()
                        },
                        5,
                    )
                    .unwrap_err(),
            ] {
                assert!(matches!(err, Error::OverBudget), "{err}");
            }
        }
    }
}
