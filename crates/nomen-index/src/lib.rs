//! Everything tantivy for nomen: the folding analyzer, the schema, ingest and search.
//!
//! (Being built: see ARCHITECTURE.md.)

pub mod analyzer;
