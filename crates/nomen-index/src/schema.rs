//! The index schema: which fields an article becomes, and how each is indexed.
//!
//! | field | indexed as | stored | fast |
//! |---|---|---|---|
//! | `id` | keyword (raw) | yes | |
//! | `title`, `body` | [`analyzer::FOLDED`] with positions | yes | |
//! | `title_exact`, `body_exact` | [`exact::EXACT_TERMS`]: which exact spellings the text has, no positions, frequencies or norms (exact-accent ranking) | | |
//! | `lang`, `source` | keyword | yes | yes (stats, facets) |
//! | `url` | keyword | yes | |
//! | `date` | date, seconds precision | yes | yes (ranges, newest first) |
//! | `entities` | keyword, multi-valued: canonical entity ids | yes | yes (filters, facets) |
//! | `mentions` | not indexed: the mentions' spans, entities and rules ([`crate::mentions`]) | yes | |
//!
//! CJK text needs nothing of its own: the analyzers cut Han and Kana into one token
//! per character, and tantivy's query parser turns a multi-token term into a phrase.

use tantivy::schema::{
    BytesOptions, DateOptions, DateTimePrecision, Field, IndexRecordOption, Schema,
    TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};

use crate::{analyzer, exact};

/// Field names, as used in queries (`title:maduro`, `lang:es`, `entities:ID`).
pub mod names {
    /// Article id (keyword).
    pub const ID: &str = "id";
    /// Title, folded.
    pub const TITLE: &str = "title";
    /// Body, folded.
    pub const BODY: &str = "body";
    /// Title, exact view (accents kept).
    pub const TITLE_EXACT: &str = "title_exact";
    /// Body, exact view (accents kept).
    pub const BODY_EXACT: &str = "body_exact";
    /// ISO 639-1 language code (keyword).
    pub const LANG: &str = "lang";
    /// Source name (keyword).
    pub const SOURCE: &str = "source";
    /// URL (keyword).
    pub const URL: &str = "url";
    /// Publication date.
    pub const DATE: &str = "date";
    /// Canonical ids of the linked entities (multi-valued keyword).
    pub const ENTITIES: &str = "entities";
    /// The mentions indexing found (stored only, [`crate::mentions`]).
    pub const MENTIONS: &str = "mentions";
}

/// The schema's fields, resolved once.
#[derive(Debug, Clone)]
pub struct Fields {
    /// The tantivy schema.
    pub schema: Schema,
    /// `id`.
    pub id: Field,
    /// `title`.
    pub title: Field,
    /// `body`.
    pub body: Field,
    /// `title_exact`.
    pub title_exact: Field,
    /// `body_exact`.
    pub body_exact: Field,
    /// `lang`.
    pub lang: Field,
    /// `source`.
    pub source: Field,
    /// `url`.
    pub url: Field,
    /// `date`.
    pub date: Field,
    /// `entities`.
    pub entities: Field,
    /// `mentions`.
    pub mentions: Field,
}

/// Builds the nomen schema.
pub fn build_schema() -> Schema {
    let mut builder = Schema::builder();
    let text = |tokenizer: &str, stored: bool| {
        let opts = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        if stored {
            opts.set_stored()
        } else {
            opts
        }
    };
    builder.add_text_field(names::ID, STRING | STORED);
    builder.add_text_field(names::TITLE, text(analyzer::FOLDED, true));
    builder.add_text_field(names::BODY, text(analyzer::FOLDED, true));
    // The exact fields only rank (`Searcher::exact_boost`): each spelling once per
    // text, documents only; without norms every article gets the same boost for it.
    let exact = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(exact::EXACT_TERMS)
            .set_index_option(IndexRecordOption::Basic)
            .set_fieldnorms(false),
    );
    builder.add_text_field(names::TITLE_EXACT, exact.clone());
    builder.add_text_field(names::BODY_EXACT, exact);
    builder.add_text_field(names::LANG, STRING | STORED | FAST);
    builder.add_text_field(names::SOURCE, STRING | STORED | FAST);
    builder.add_text_field(names::URL, STRING | STORED);
    builder.add_date_field(
        names::DATE,
        DateOptions::default()
            .set_indexed()
            .set_stored()
            .set_fast()
            .set_precision(DateTimePrecision::Seconds),
    );
    builder.add_text_field(names::ENTITIES, STRING | STORED | FAST);
    builder.add_bytes_field(names::MENTIONS, BytesOptions::default().set_stored());
    builder.build()
}

impl Fields {
    /// Resolves the fields of `schema`; `None` when a field is missing (an index
    /// built by another program or another version).
    pub fn from_schema(schema: &Schema) -> Option<Fields> {
        let get = |name: &str| schema.get_field(name).ok();
        Some(Fields {
            schema: schema.clone(),
            id: get(names::ID)?,
            title: get(names::TITLE)?,
            body: get(names::BODY)?,
            title_exact: get(names::TITLE_EXACT)?,
            body_exact: get(names::BODY_EXACT)?,
            lang: get(names::LANG)?,
            source: get(names::SOURCE)?,
            url: get(names::URL)?,
            date: get(names::DATE)?,
            entities: get(names::ENTITIES)?,
            mentions: get(names::MENTIONS)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_has_every_field() {
        let schema = build_schema();
        let fields = Fields::from_schema(&schema).expect("all fields");
        assert_ne!(fields.title, fields.title_exact);
        assert!(schema.get_field_entry(fields.entities).is_fast());
        assert!(schema.get_field_entry(fields.date).is_fast());
        assert!(!schema.get_field_entry(fields.body_exact).is_stored());
    }
}
