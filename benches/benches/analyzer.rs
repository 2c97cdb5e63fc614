//! The nomen tantivy analyzer against tantivy's built-in ASCII-folding pipeline.
//!
//! What it measures, on the same text in the same run: the token stream of
//! `nomen_index::analyzer::analyzer(View::Folded)` (the `"nomen"` analyzer used at
//! index and query time) and of tantivy's `SimpleTokenizer + LowerCaser +
//! AsciiFoldingFilter`, each drained token by token as the indexer does, on a news
//! paragraph in English, Spanish, German, Russian and mixed scripts
//! (`fold_corpus/mod.rs`, ~8 KB each). Throughput in bytes/s; every iteration checks
//! its token count and the total length of the token texts.
//!
//! Run: `cargo bench -p nomen-benches --bench analyzer`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use nomen_fold::View;
use nomen_index::analyzer::analyzer;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};

#[path = "fold_corpus/mod.rs"]
mod corpus;

use corpus::{corpora, tantivy_pipeline};

/// Drains the token stream: (token count, total token text length).
fn drain(analyzer: &mut TextAnalyzer, text: &str) -> (usize, usize) {
    let mut stream = analyzer.token_stream(text);
    let (mut n, mut len) = (0, 0);
    while stream.advance() {
        n += 1;
        len += stream.token().text.len();
    }
    (n, len)
}

fn bench_analyzers(c: &mut Criterion) {
    for (name, text, _) in corpora() {
        let mut ours = analyzer(View::Folded);
        let mut theirs = tantivy_pipeline();
        let want_ours = drain(&mut ours, &text);
        let want_theirs = drain(&mut theirs, &text);
        let mut group = c.benchmark_group(format!("analyzer/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("nomen", |b| {
            b.iter(|| assert_eq!(drain(&mut ours, black_box(&text)), want_ours))
        });
        group.bench_function("tantivy", |b| {
            b.iter(|| assert_eq!(drain(&mut theirs, black_box(&text)), want_theirs))
        });
        group.finish();
    }
}

criterion_group!(benches, bench_analyzers);
criterion_main!(benches);
