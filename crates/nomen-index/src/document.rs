//! One stored article by id, with every entity mention in it: the document view of
//! `nomen serve`. The mentions are the ones indexing found, stored with the article
//! ([`crate::mentions`]).

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{TantivyDocument, Term};

use crate::date::format_rfc3339;
use crate::error::Error;
use crate::search::{Searcher, StoredArticle};

/// A stored article and its mentions.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// Article id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Body.
    pub body: String,
    /// Date, RFC 3339 UTC.
    pub date: Option<String>,
    /// Language code.
    pub lang: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// The mentions (each with its `field`, byte offsets into that field, entity and
    /// rule) and the entity set, as `nomen tag --jsonl --json` prints them.
    #[serde(flatten)]
    pub tagged: nomen_entities::Tagged,
}

impl Searcher {
    /// The article with id `id` as last committed; `None` when there is none.
    pub fn document(&self, id: &str) -> Result<Option<Document>, Error> {
        let f = self.fields();
        let searcher = self.tantivy_searcher();
        let query = TermQuery::new(Term::from_field_text(f.id, id), IndexRecordOption::Basic);
        let top = searcher
            .search(&query, &TopDocs::with_limit(1).order_by_score())
            .map_err(|e| Error::tantivy(self.dir(), e))?;
        let Some((_, address)) = top.into_iter().next() else {
            return Ok(None);
        };
        let doc: TantivyDocument = searcher
            .doc(address)
            .map_err(|e| Error::tantivy(self.dir(), e))?;
        Ok(Some(self.document_of(StoredArticle::of(f, &doc))))
    }

    /// The document view of a stored article, with the mentions stored with it.
    pub fn document_of(&self, article: StoredArticle) -> Document {
        let gazetteer = self.gazetteer();
        let mentions = article
            .mentions
            .iter()
            .map(|m| nomen_entities::Mention {
                field: m.field,
                start: m.start,
                end: m.end,
                text: article.text_of(m).to_string(),
                name: gazetteer
                    .get(&m.entity)
                    .map_or_else(|| m.entity.clone(), |e| e.name.clone()),
                entity: m.entity.clone(),
                rule: m.rule,
            })
            .collect();
        let links = nomen_entities::DocumentLinks {
            mentions,
            entities: article.entities,
        };
        Document {
            id: article.id,
            date: article.date.map(format_rfc3339),
            lang: article.lang,
            source: article.source,
            url: article.url,
            tagged: nomen_entities::Tagged::new(gazetteer, &links, None, true),
            title: article.title,
            body: article.body,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{IngestOptions, Input, NomenIndex};

    #[test]
    fn a_document_comes_back_whole_with_its_mentions() {
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join("a.jsonl");
        std::fs::write(
            &articles,
            r#"{"id":"x<1>","title":"Мадуро","body":"<script>alert(1)</script> Nicolás Maduro.","lang":"es","date":"2024-07-29","source":"S"}"#,
        )
        .unwrap();
        let index = NomenIndex::create_or_open(dir.path().join("idx"), None).unwrap();
        index
            .ingest(&[Input::Path(articles)], &IngestOptions::default(), &mut ())
            .unwrap();
        let searcher = index.searcher().unwrap();
        assert!(searcher.document("nope").unwrap().is_none());
        let doc = searcher.document("x<1>").unwrap().unwrap();
        assert_eq!(doc.body, "<script>alert(1)</script> Nicolás Maduro.");
        assert_eq!(doc.date.as_deref(), Some("2024-07-29T00:00:00Z"));
        let spans: Vec<(&str, &str)> = doc
            .tagged
            .mentions
            .iter()
            .map(|m| {
                let field = match m.field {
                    Some(nomen_entities::Field::Title) => &doc.title,
                    _ => &doc.body,
                };
                (&field[m.start..m.end], m.entity.as_str())
            })
            .collect();
        assert_eq!(
            spans,
            [
                ("Мадуро", "nicolas-maduro"),
                ("Nicolás Maduro", "nicolas-maduro")
            ]
        );
        let json = serde_json::to_value(&doc).unwrap();
        assert_eq!(json["mentions"][1]["field"], "body");
        assert_eq!(json["entities"][0]["count"], 2);
    }
}
