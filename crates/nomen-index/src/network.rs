//! The co-mention network of a search: the entities mentioned most often in the
//! matching articles, and how many of those articles mention each pair of them.
//! Two passes over the entity fast field of the matches: the first counts every
//! entity (the search facet's [`TermCounts`]), the second counts the pairs among the
//! top ones, reading each match's entity ordinals once.

use serde::Serialize;
use tantivy::collector::{Collector, Count, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::budget::Bounded;
use crate::collect::TermCounts;
use crate::error::Error;
use crate::schema::names;
use crate::search::{EntityCount, SearchRequest, Searcher};

/// The most entities a network holds besides those searched for.
pub const MAX_NODES: usize = 50;

/// A link between two entities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edge {
    /// One entity's id.
    pub source: String,
    /// The other's.
    pub target: String,
    /// Matching articles that mention both.
    pub count: u64,
}

/// The entities that appear with those searched for.
#[derive(Debug, Clone, Serialize)]
pub struct Network {
    /// The entities searched for (`count`: matching articles).
    pub entities: Vec<EntityCount>,
    /// Matching articles.
    pub total: u64,
    /// The entities most mentioned in the matching articles, most first (`count`:
    /// matching articles that mention it).
    pub nodes: Vec<EntityCount>,
    /// From each entity searched for to each node (the node's count), and between
    /// two nodes mentioned together in at least one matching article; most first.
    pub edges: Vec<Edge>,
}

impl Searcher {
    /// The `size` entities (at most [`MAX_NODES`]) most mentioned in the matches of
    /// `request` (limit, offset and facet size are ignored), with the counts of the
    /// articles mentioning each pair.
    pub fn network(&self, request: &SearchRequest, size: usize) -> Result<Network, Error> {
        let built = self.build_query(request)?;
        let searcher = self.tantivy_searcher();
        let (total, counts) = searcher
            .search(
                built.query.as_ref(),
                &Bounded::new(
                    (
                        Count,
                        TermCounts::top(
                            names::ENTITIES,
                            size.min(MAX_NODES),
                            built.resolved.iter().map(|e| e.id.clone()),
                        ),
                    ),
                    request.deadline,
                ),
            )
            .map_err(|e| self.run_error(request, e))?;
        let nodes = self.network_nodes(&built.resolved, counts, size);
        let ids: Vec<String> = nodes.iter().map(|n| n.id.clone()).collect();
        let pairs = if ids.len() > 1 {
            searcher
                .search(
                    built.query.as_ref(),
                    &Bounded::new(PairCounts { ids }, request.deadline),
                )
                .map_err(|e| self.run_error(request, e))?
        } else {
            Vec::new()
        };
        Ok(Network::of_counts(
            built.resolved,
            total as u64,
            nodes,
            &pairs,
        ))
    }

    /// The nodes of a network: the `size` entities (at most [`MAX_NODES`]) most
    /// mentioned in the matches (`counts`: each entity's matching articles, most
    /// first, ties by id), those searched for (`resolved`) left out, named from the
    /// gazetteer.
    pub fn network_nodes(
        &self,
        resolved: &[EntityCount],
        counts: impl IntoIterator<Item = (String, u64)>,
        size: usize,
    ) -> Vec<EntityCount> {
        counts
            .into_iter()
            .filter(|(id, _)| !resolved.iter().any(|e| e.id == *id))
            .take(size.min(MAX_NODES))
            .map(|(id, count)| EntityCount {
                name: self
                    .gazetteer()
                    .get(&id)
                    .map_or_else(|| id.clone(), |e| e.name.clone()),
                id,
                count,
            })
            .collect()
    }
}

impl Network {
    /// The network of `total` matches of a search for `resolved`, with its `nodes`
    /// ([`Searcher::network_nodes`]) and `pairs`, the count of matches mentioning
    /// both of nodes `i < j` at `i * k + j` (`k` nodes; empty when `k < 2`).
    pub fn of_counts(
        resolved: Vec<EntityCount>,
        total: u64,
        nodes: Vec<EntityCount>,
        pairs: &[u64],
    ) -> Network {
        let mut edges = Vec::new();
        for entity in &resolved {
            for node in &nodes {
                edges.push(Edge {
                    source: entity.id.clone(),
                    target: node.id.clone(),
                    count: node.count,
                });
            }
        }
        let k = nodes.len();
        for i in 0..k {
            for j in i + 1..k {
                let count = pairs.get(i * k + j).copied().unwrap_or(0);
                if count > 0 {
                    edges.push(Edge {
                        source: nodes[i].id.clone(),
                        target: nodes[j].id.clone(),
                        count,
                    });
                }
            }
        }
        edges.sort_by_key(|e| std::cmp::Reverse(e.count));
        let entities = resolved
            .into_iter()
            .map(|e| EntityCount { count: total, ..e })
            .collect();
        Network {
            entities,
            total,
            nodes,
            edges,
        }
    }
}

/// Counts, for each pair of `ids`, the matching documents that mention both: a
/// `k × k` matrix, row-major (only `i < j` is filled).
struct PairCounts {
    ids: Vec<String>,
}

struct SegmentPairCounts {
    column: Option<StrColumn>,
    /// `(ordinal in this segment's dictionary, index in ids)`, sorted by ordinal.
    ords: Vec<(u64, usize)>,
    k: usize,
    matrix: Vec<u64>,
    present: Vec<usize>,
}

impl Collector for PairCounts {
    type Fruit = Vec<u64>;
    type Child = SegmentPairCounts;

    fn for_segment(
        &self,
        _segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentPairCounts> {
        let column = segment.fast_fields().str(names::ENTITIES)?;
        let mut ords = Vec::new();
        if let Some(column) = &column {
            for (i, id) in self.ids.iter().enumerate() {
                if let Some(ord) = column.dictionary().term_ord(id.as_bytes())? {
                    ords.push((ord, i));
                }
            }
        }
        ords.sort_unstable();
        let k = self.ids.len();
        Ok(SegmentPairCounts {
            column,
            ords,
            k,
            matrix: vec![0; k * k],
            present: Vec::with_capacity(k),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<u64>>) -> tantivy::Result<Vec<u64>> {
        let k = self.ids.len();
        let mut out = vec![0; k * k];
        for fruit in fruits {
            for (total, n) in out.iter_mut().zip(fruit) {
                *total += n;
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for SegmentPairCounts {
    type Fruit = Vec<u64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let Some(column) = &self.column else {
            return;
        };
        if self.ords.len() < 2 {
            return;
        }
        self.present.clear();
        for ord in column.ords().values_for_doc(doc) {
            if let Ok(at) = self.ords.binary_search_by_key(&ord, |&(o, _)| o) {
                self.present.push(self.ords[at].1);
            }
        }
        for (n, &a) in self.present.iter().enumerate() {
            for &b in &self.present[n + 1..] {
                let (i, j) = if a < b { (a, b) } else { (b, a) };
                self.matrix[i * self.k + j] += 1;
            }
        }
    }

    fn harvest(self) -> Vec<u64> {
        self.matrix
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{IngestOptions, Input, NomenIndex};

    #[test]
    fn counts_nodes_and_pairs_in_the_matches() {
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join("a.jsonl");
        let lines = [
            r#"{"id":"1","title":"t","body":"Nicolás Maduro y Joe Biden en Caracas.","lang":"es"}"#,
            r#"{"id":"2","title":"t","body":"Nicolás Maduro y Joe Biden hablaron.","lang":"es"}"#,
            r#"{"id":"3","title":"t","body":"Nicolás Maduro llegó a Caracas.","lang":"es"}"#,
            r#"{"id":"4","title":"t","body":"Joe Biden en Caracas sin el otro.","lang":"es"}"#,
        ];
        std::fs::write(&articles, lines.join("\n")).unwrap();
        let index = NomenIndex::create_or_open(dir.path().join("idx"), None).unwrap();
        index
            .ingest(&[Input::Path(articles)], &IngestOptions::default(), &mut ())
            .unwrap();
        let searcher = index.searcher().unwrap();
        let request = SearchRequest {
            entity_ids: vec!["nicolas-maduro".into()],
            ..SearchRequest::default()
        };
        let network = searcher.network(&request, 10).unwrap();
        assert_eq!(network.total, 3);
        assert_eq!(network.entities[0].count, 3);
        let node = |id: &str| network.nodes.iter().find(|n| n.id == id).map(|n| n.count);
        assert_eq!(node("joe-biden"), Some(2));
        let caracas = network
            .nodes
            .iter()
            .find(|n| n.name == "Caracas")
            .expect("Caracas is linked")
            .id
            .clone();
        assert_eq!(node(&caracas), Some(2));
        assert!(node("nicolas-maduro").is_none());
        let edge = |a: &str, b: &str| {
            network
                .edges
                .iter()
                .find(|e| (e.source == a && e.target == b) || (e.source == b && e.target == a))
                .map(|e| e.count)
        };
        assert_eq!(edge("nicolas-maduro", "joe-biden"), Some(2));
        // Article 1 only: article 4 does not mention Maduro.
        assert_eq!(edge("joe-biden", &caracas), Some(1));
        assert_eq!(searcher.network(&request, 1).unwrap().nodes.len(), 1);
    }
}
