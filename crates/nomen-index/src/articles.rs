//! Every stored article of an index, read back in storage order: what `nomen entities
//! discover --index` reads. The index stores each article's original title and body;
//! reading them is a pass over the document store (decompressing its blocks), no
//! search.

use tantivy::schema::Value;
use tantivy::TantivyDocument;

use crate::error::Error;
use crate::search::{Searcher, StoredArticle};

impl Searcher {
    /// Calls `f(id, title, body)` for every live article of the last commit, segment
    /// by segment in storage order. Stops at the first error of `f` or of the store.
    pub fn for_each_article<E>(
        &self,
        mut f: impl FnMut(&str, &str, &str) -> Result<(), E>,
    ) -> Result<Result<(), E>, Error> {
        let fields = self.fields();
        self.for_each_document(|doc| {
            let text = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("");
            f(text(fields.id), text(fields.title), text(fields.body))
        })
    }

    /// Calls `f` with every live article of the last commit as stored, its mentions
    /// decoded (what indexing linked), like [`Searcher::for_each_article`].
    pub fn for_each_stored_article<E>(
        &self,
        mut f: impl FnMut(StoredArticle) -> Result<(), E>,
    ) -> Result<Result<(), E>, Error> {
        let fields = self.fields();
        self.for_each_document(|doc| f(StoredArticle::of(fields, doc)))
    }

    /// The segments of the last commit, in storage order: what a reader of the
    /// articles segment by segment ([`Searcher::for_each_article_in`]) goes through.
    pub fn segments(&self) -> Vec<Segment> {
        self.tantivy_searcher()
            .segment_readers()
            .iter()
            .map(|s| Segment {
                key: format!("{}.{}", s.segment_id().uuid_string(), s.num_deleted_docs()),
                articles: s.num_docs(),
            })
            .collect()
    }

    /// [`Searcher::for_each_article`] over the segment at `segment` of
    /// [`Searcher::segments`] only.
    pub fn for_each_article_in<E>(
        &self,
        segment: usize,
        mut f: impl FnMut(&str, &str, &str) -> Result<(), E>,
    ) -> Result<Result<(), E>, Error> {
        let fields = self.fields();
        self.for_each_document_in(Some(segment), |doc| {
            let text = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("");
            f(text(fields.id), text(fields.title), text(fields.body))
        })
    }

    /// [`Searcher::for_each_stored_article`] over the segment at `segment` of
    /// [`Searcher::segments`] only.
    pub fn for_each_stored_article_in<E>(
        &self,
        segment: usize,
        mut f: impl FnMut(StoredArticle) -> Result<(), E>,
    ) -> Result<Result<(), E>, Error> {
        let fields = self.fields();
        self.for_each_document_in(Some(segment), |doc| f(StoredArticle::of(fields, doc)))
    }

    /// Calls `f` with every live stored document of the last commit, segment by
    /// segment in storage order; stops at the first error of `f` or of the store.
    fn for_each_document<E>(
        &self,
        f: impl FnMut(&TantivyDocument) -> Result<(), E>,
    ) -> Result<Result<(), E>, Error> {
        self.for_each_document_in(None, f)
    }

    /// [`Searcher::for_each_document`] over one segment (by its position), or all.
    fn for_each_document_in<E>(
        &self,
        only: Option<usize>,
        mut f: impl FnMut(&TantivyDocument) -> Result<(), E>,
    ) -> Result<Result<(), E>, Error> {
        let searcher = self.tantivy_searcher();
        for (i, segment) in searcher.segment_readers().iter().enumerate() {
            if only.is_some_and(|o| o != i) {
                continue;
            }
            let store = segment
                .get_store_reader(1)
                .map_err(|e| Error::tantivy(self.dir(), e))?;
            for doc in store.iter::<TantivyDocument>(segment.alive_bitset()) {
                let doc = doc.map_err(|e| Error::tantivy(self.dir(), e))?;
                if let Err(e) = f(&doc) {
                    return Ok(Err(e));
                }
            }
        }
        Ok(Ok(()))
    }
}

/// A segment of an index's last commit ([`Searcher::segments`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// What identifies its articles: the segment's id and its number of deleted
    /// articles (an article replaced or deleted since changes it). Two searchers that
    /// give one key see the same articles in it.
    pub key: String,
    /// Its live articles.
    pub articles: u32,
}

#[cfg(test)]
mod tests {
    use crate::{IngestOptions, Input, NomenIndex};

    #[test]
    fn every_live_article_once() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("a.jsonl");
        std::fs::write(
            &input,
            "{\"id\":\"1\",\"title\":\"T1\",\"body\":\"B1\"}\n{\"id\":\"2\",\"title\":\"T2\",\"body\":\"B2\"}\n{\"id\":\"1\",\"title\":\"T1b\",\"body\":\"B1b\"}\n",
        )
        .unwrap();
        let index = NomenIndex::create_or_open(dir.path().join("i"), None).unwrap();
        index
            .ingest(&[Input::Path(input)], &IngestOptions::default(), &mut ())
            .unwrap();
        let mut seen = Vec::new();
        index
            .searcher()
            .unwrap()
            .for_each_article(|id, t, b| {
                seen.push(format!("{id} {t} {b}"));
                Ok::<(), ()>(())
            })
            .unwrap()
            .unwrap();
        seen.sort();
        assert_eq!(seen, ["1 T1b B1b", "2 T2 B2"]);
    }
}
