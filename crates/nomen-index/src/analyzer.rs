//! The nomen folding analyzer for tantivy (being built).
