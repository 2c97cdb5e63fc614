//! `nomen tag --json --no-builtin` through the real binary, with a gazetteer of the
//! test's own written to `g.jsonl` in a temporary directory: the tests of names in
//! any spelling (`tests/inflected.rs`, `tests/namesakes.rs`, `tests/east_asian.rs`).
//! Each mention's span is checked against the text it was found in. Each test crate
//! uses only some of these helpers.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

/// A mention: (text, start, end, entity, rule), the span in bytes of the original text.
pub type Found = (String, usize, usize, String, String);

/// A temporary directory holding `jsonl` as the gazetteer `tag` reads.
pub fn with_gazetteer(jsonl: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("g.jsonl"), jsonl).unwrap();
    dir
}

/// The mentions of `nomen tag --json --no-builtin --entities DIR/g.jsonl` on `text`.
pub fn tag(dir: &Path, text: &str) -> Vec<Found> {
    let file = dir.join("article.txt");
    std::fs::write(&file, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(["tag", "--json", "--no-builtin", "--entities"])
        .arg(dir.join("g.jsonl"))
        .arg(&file)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    // 1: nothing found.
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[start..end], m["text"].as_str().unwrap());
            (
                m["text"].as_str().unwrap().to_string(),
                start,
                end,
                m["entity"].as_str().unwrap().to_string(),
                m["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The expected mention `mention`: its first occurrence in `text` after byte `from`.
pub fn at(text: &str, mention: &str, from: usize, entity: &str, rule: &str) -> Found {
    let start = from + text[from..].find(mention).unwrap();
    (
        mention.to_string(),
        start,
        start + mention.len(),
        entity.to_string(),
        rule.to_string(),
    )
}

/// `tag` finds exactly `want` in `text`, in order: each (mention, entity, rule) the
/// first occurrence of its words after the end of the one before.
pub fn assert_tags(dir: &Path, text: &str, want: &[(&str, &str, &str)]) {
    let mut from = 0;
    let want: Vec<Found> = want
        .iter()
        .map(|&(mention, entity, rule)| {
            let found = at(text, mention, from, entity, rule);
            from = found.2;
            found
        })
        .collect();
    assert_eq!(tag(dir, text), want, "{text}");
}
