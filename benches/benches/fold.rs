//! Folding throughput: `nomen-fold` against tantivy's own ASCII-folding pipeline.
//!
//! What it measures, on the same text in the same run:
//!
//! * `fold_text/<lang>/nomen`: [`Folder::fold_into`] (folded view) of a news
//!   paragraph plus counting its [`Folded::tokens`] (bytes/s);
//! * `fold_text/<lang>/tantivy`: tantivy's `SimpleTokenizer + LowerCaser +
//!   AsciiFoldingFilter` over the same paragraph, counting tokens (bytes/s);
//! * `fold_names/<lang>`: [`Folder::fold`] of each name of a list of person and
//!   organisation names as they appear in the news (names/s).
//!
//! Corpus: hand-written paragraphs and name lists in English, Spanish, German,
//! Russian and mixed scripts (`fold_corpus/mod.rs`, each paragraph repeated to ~8 KB). Every
//! iteration checks its answer (token count, total folded length), so a fast wrong
//! result cannot pass.
//!
//! Run: `cargo bench -p nomen-benches --bench fold`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use nomen_fold::{Folded, Folder, View};
use tantivy::tokenizer::{TextAnalyzer, TokenStream};

#[path = "fold_corpus/mod.rs"]
mod corpus;

use corpus::{corpora, tantivy_pipeline};

fn nomen_tokens(folder: &Folder, folded: &mut Folded, text: &str) -> usize {
    folder.fold_into(text, View::Folded, folded);
    folded.tokens().count()
}

fn tantivy_tokens(analyzer: &mut TextAnalyzer, text: &str) -> usize {
    let mut stream = analyzer.token_stream(text);
    let mut n = 0;
    while stream.advance() {
        n += 1;
    }
    n
}

fn bench_text(c: &mut Criterion) {
    let folder = Folder::new();
    for (name, text, _) in corpora() {
        let mut folded = Folded::new();
        let mut analyzer = tantivy_pipeline();
        let ours = nomen_tokens(&folder, &mut folded, &text);
        let theirs = tantivy_tokens(&mut analyzer, &text);
        let mut group = c.benchmark_group(format!("fold_text/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("nomen", |b| {
            b.iter(|| {
                let n = nomen_tokens(&folder, &mut folded, black_box(&text));
                assert_eq!(n, ours);
            })
        });
        group.bench_function("tantivy", |b| {
            b.iter(|| {
                let n = tantivy_tokens(&mut analyzer, black_box(&text));
                assert_eq!(n, theirs);
            })
        });
        group.finish();
    }
}

fn bench_names(c: &mut Criterion) {
    let folder = Folder::new();
    let mut group = c.benchmark_group("fold_names");
    for (name, _, names) in corpora() {
        let total: usize = names.iter().map(|n| folder.fold(n).len()).sum();
        group.throughput(Throughput::Elements(names.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut len = 0;
                for n in black_box(names) {
                    len += folder.fold(n).len();
                }
                assert_eq!(len, total);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_text, bench_names);
criterion_main!(benches);
