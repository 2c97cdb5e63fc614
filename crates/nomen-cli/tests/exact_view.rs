//! The exact view through the real binary: a query typed with accents or in its own
//! script ranks the articles spelled that way first, phrases match exactly the
//! articles whose folded words are adjacent whatever their spelling, and an index of
//! another format is refused with a clear error.
//!
//! The articles are written so that the folded view alone would rank them the other
//! way round: the articles spelled otherwise repeat the word, or are shorter.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn nomen(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(args)
        .current_dir(cwd)
        .env_remove("NOMEN_INDEX")
        .stdin(Stdio::null())
        .output()
        .expect("nomen runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// (id, title, body) of the test articles.
const ARTICLES: &[(&str, &str, &str)] = &[
    // Nicolás: the accented spelling once, the plain one twice and in shorter texts.
    (
        "acc-nicolas",
        "Discurso",
        "El presidente Nicolás habló ayer en la capital durante una hora.",
    ),
    ("plain-nicolas-1", "Speech", "Nicolas spoke. Nicolas left."),
    ("plain-nicolas-2", "NICOLAS", "Nicolas again, Nicolas."),
    (
        "acc-nicolas-2",
        "Nicolás",
        "Una entrevista larga con muchas palabras y una sola mención.",
    ),
    // São and Sao.
    (
        "acc-sao",
        "Viagem",
        "Chegamos a São Paulo de manhã cedo para a reunião do conselho.",
    ),
    ("plain-sao-1", "Trip", "Sao Paulo, Sao Paulo."),
    ("plain-sao-2", "SAO", "Sao Paulo traffic."),
    // Мадуро in Cyrillic, Maduro in Latin letters.
    (
        "cyr-maduro",
        "Выборы",
        "Президент Мадуро выступил в столице перед собравшимися сторонниками.",
    ),
    ("lat-maduro-1", "Maduro", "Maduro, Maduro, Maduro."),
    ("lat-maduro-2", "News", "Maduro said so."),
    // Phrases: adjacent in this order, spelled either way, and not adjacent.
    (
        "phrase-acc",
        "Entrevista",
        "Según José Martínez, el acuerdo sigue en pie desde el martes pasado.",
    ),
    (
        "phrase-plain",
        "Interview",
        "Jose Martinez said Jose Martinez.",
    ),
    ("phrase-apart", "Otro", "Martínez llegó; José no."),
    ("phrase-reversed", "Otra", "Martínez José firmó."),
];

/// A temp dir with the articles indexed into `idx`.
fn indexed() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = String::new();
    for (id, title, body) in ARTICLES {
        let v = serde_json::json!({"id": id, "title": title, "body": body, "date": "2024-07-29"});
        jsonl.push_str(&v.to_string());
        jsonl.push('\n');
    }
    std::fs::write(dir.path().join("a.jsonl"), jsonl).unwrap();
    let out = nomen(dir.path(), &["index", "--index", "idx", "a.jsonl"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

/// The hit ids of `nomen search QUERY`, in rank order (all of them).
fn ids(dir: &Path, query: &str) -> Vec<String> {
    let out = nomen(
        dir,
        &["search", "--index", "idx", "--json", "--limit", "50", query],
    );
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{query}: {}",
        stderr(&out)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits: Vec<String> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(v["total"].as_u64().unwrap() as usize, hits.len(), "{query}");
    hits
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

/// `first` (in any order) come before every other hit of `query`, and the hits are
/// exactly those of `folded` (the query without accents).
fn ranks_first(dir: &Path, query: &str, folded: &str, first: &[&str]) {
    let hits = ids(dir, query);
    assert_eq!(
        sorted(hits.clone()),
        sorted(ids(dir, folded)),
        "{query} / {folded}"
    );
    let mut head: Vec<&str> = hits[..first.len()].iter().map(String::as_str).collect();
    head.sort_unstable();
    let mut want = first.to_vec();
    want.sort_unstable();
    assert_eq!(head, want, "{query}: {hits:?}");
}

#[test]
fn a_query_typed_with_accents_or_in_its_script_ranks_that_spelling_first() {
    let dir = indexed();
    let d = dir.path();
    ranks_first(d, "Nicolás", "nicolas", &["acc-nicolas", "acc-nicolas-2"]);
    ranks_first(d, "NICOLÁS", "NICOLAS", &["acc-nicolas", "acc-nicolas-2"]);
    ranks_first(d, "São", "sao", &["acc-sao"]);
    ranks_first(d, "Мадуро", "maduro", &["cyr-maduro"]);
    ranks_first(d, "\"São Paulo\"", "\"sao paulo\"", &["acc-sao"]);
    // Typed without accents the folded view alone ranks: the repeated plain
    // spellings come first.
    let plain = ids(d, "nicolas");
    assert!(plain[0].starts_with("plain-"), "{plain:?}");
    // A word typed with accents inside a larger query lifts its spelling too, and a
    // negated one lifts nothing and still excludes.
    ranks_first(
        d,
        "Nicolás OR Мадуро",
        "nicolas OR maduro",
        &["acc-nicolas", "acc-nicolas-2", "cyr-maduro"],
    );
    assert_eq!(
        sorted(ids(d, "nicolas -Nicolás")),
        Vec::<String>::new(),
        "folded, the negated word is the searched one"
    );
    assert_eq!(
        sorted(ids(d, "Мадуро -Президент")),
        ["lat-maduro-1", "lat-maduro-2"]
    );
}

#[test]
fn phrases_match_exactly_the_adjacent_words_whatever_their_spelling() {
    let dir = indexed();
    let d = dir.path();
    let both = ["phrase-acc", "phrase-plain"];
    for query in [
        "\"José Martínez\"",
        "\"jose martinez\"",
        "\"JOSÉ MARTÍNEZ\"",
    ] {
        assert_eq!(sorted(ids(d, query)), both, "{query}");
    }
    assert_eq!(ids(d, "\"José Martínez\"")[0], "phrase-acc");
    assert_eq!(ids(d, "\"JOSÉ MARTÍNEZ\"")[0], "phrase-acc");
    assert_eq!(ids(d, "\"Martínez José\""), ["phrase-reversed"]);
    // The words alone match all four.
    assert_eq!(ids(d, "José Martínez").len(), 4);
    // Not a phrase in the exact view: one accented word and one plain one.
    assert_eq!(sorted(ids(d, "\"José Martinez\"")), both);
    // Cyrillic phrase against the Latin one.
    assert_eq!(ids(d, "\"Президент Мадуро\""), ["cyr-maduro"]);
}

#[test]
fn an_index_of_another_format_is_refused_with_a_clear_error() {
    let dir = indexed();
    let meta = dir.path().join("idx/nomen.json");
    let text = std::fs::read_to_string(&meta).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    let format = v["format"].as_u64().unwrap();
    v["format"] = Value::from(format - 1);
    std::fs::write(&meta, v.to_string()).unwrap();
    for args in [
        &["search", "--index", "idx", "Nicolás"][..],
        &["stats", "--index", "idx"][..],
        &["index", "--index", "idx", "a.jsonl"][..],
    ] {
        let out = nomen(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("index format") && err.contains("re-index") && !err.contains("panicked"),
            "{args:?}: {err}"
        );
    }
}
