//! The entity linker (`nomen_entities::Linker`): build time and tagging throughput.
//!
//! Corpora: the sample article `seeds/000_26cca705d95a2c53.txt`, and ~1 MB of the
//! seeded generated corpus (`nomen_benches::corpus`, seed 42: nine languages, entity
//! mentions in variant spellings, lowercase homographs). Gazetteers: the built-in one,
//! and the built-in one plus 100k synthetic entities. Tagging includes folding, token
//! lookup, the trie walk and every decision; each iteration asserts the mention count
//! found before the loop, so a fast wrong answer cannot pass.
//!
//! Run: `cargo bench -p nomen-benches --bench matcher`. The 1k/100k/1M-entity scale
//! figures (load + build time, memory, MB/s) come from
//! `cargo run --release -p nomen-benches --example gazetteer_scale`.

use std::hint::black_box;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use nomen_benches::corpus::{self, Budget};
use nomen_entities::{Gazetteer, Linker};

const SAMPLE: &str = include_str!("../../seeds/000_26cca705d95a2c53.txt");

/// `(title, body)` of about `bytes` of generated articles.
fn generated(gazetteer: &Gazetteer, bytes: u64) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let budget = Budget {
        bytes: Some(bytes),
        docs: None,
    };
    corpus::generate(42, gazetteer, budget, &mut out).expect("writing to memory");
    String::from_utf8_lossy(&out)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            (
                v["title"].as_str().unwrap_or("").to_string(),
                v["body"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn tag_all(linker: &Linker, docs: &[(String, String)]) -> usize {
    docs.iter()
        .map(|(t, b)| linker.link_document(t, b).mentions.len())
        .sum()
}

fn bench(c: &mut Criterion) {
    let builtin = Arc::new(Gazetteer::builtin());
    let mut group = c.benchmark_group("matcher");
    group.sample_size(20);

    let keys = Linker::new(builtin.clone()).stats().keys;
    group.bench_function("build/builtin", |b| {
        b.iter(|| {
            let linker = Linker::new(black_box(builtin.clone()));
            assert_eq!(linker.stats().keys, keys);
        })
    });

    let linker = Linker::new(builtin.clone());
    let expected = linker.link_text(SAMPLE).mentions.len();
    assert!(expected >= 25, "the sample article has {expected} mentions");
    group.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    group.bench_function("tag/sample-article/builtin", |b| {
        b.iter(|| assert_eq!(linker.link_text(black_box(SAMPLE)).mentions.len(), expected))
    });

    let gen_gazetteer = Arc::new(corpus::generation_gazetteer(42, 100_000));
    let docs = generated(&gen_gazetteer, 1 << 20);
    let bytes: usize = docs.iter().map(|(t, b)| t.len() + b.len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    let expected = tag_all(&linker, &docs);
    group.bench_function("tag/generated-1MB/builtin", |b| {
        b.iter(|| assert_eq!(tag_all(&linker, black_box(&docs)), expected))
    });

    let big = Linker::new(gen_gazetteer);
    let expected = tag_all(&big, &docs);
    assert!(expected > 0);
    group.bench_function("tag/generated-1MB/100k-entities", |b| {
        b.iter(|| assert_eq!(tag_all(&big, black_box(&docs)), expected))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
