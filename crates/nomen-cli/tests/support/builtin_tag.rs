//! `nomen tag --json` through the real binary, on a text given on stdin, with a fresh
//! link cache in the test's directory: the tests of places' traps and cases and of the
//! built-in organisations (`tests/place_traps.rs`, `tests/place_cases.rs`,
//! `tests/organizations.rs`). Each test crate uses only some of these helpers.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// `nomen ARGS` run in `dir` with `stdin` as its standard input; its link cache in
/// `dir/cache`.
pub fn run(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(args)
        .current_dir(dir)
        .env("NOMEN_CACHE_DIR", dir.join("cache"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nomen runs");
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
    }
    child.wait_with_output().expect("nomen ends")
}

/// [`run`] of a `nomen tag` command, which must end with 0 (mentions found) or 1 (none).
pub fn run_tag(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let out = run(dir, args, stdin);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The (text, entity, rule) of every mention of one `--json` answer.
pub fn mentions(json: &Value) -> Vec<(String, String, String)> {
    json["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap_or_default().to_string();
            (s("text"), s("entity"), s("rule"))
        })
        .collect()
}

/// The (text, entity, rule) of every mention `nomen tag --json ARGS` finds in `text`,
/// run in `dir`.
pub fn tag_with(dir: &Path, args: &[&str], text: &str) -> Vec<(String, String, String)> {
    let mut all = vec!["tag", "--json"];
    all.extend_from_slice(args);
    let out = run_tag(dir, &all, text);
    mentions(&serde_json::from_slice(&out.stdout).expect("JSON"))
}

/// [`tag_with`] with the built-in gazetteer only.
pub fn tag(dir: &Path, text: &str) -> Vec<(String, String, String)> {
    tag_with(dir, &[], text)
}

/// `jsonl` written to `dir/mine.jsonl` as the user's gazetteer; its path, for
/// `--entities`.
pub fn write_gazetteer(dir: &Path, jsonl: &str) -> String {
    let path = dir.join("mine.jsonl");
    std::fs::write(&path, jsonl).unwrap();
    path.to_string_lossy().into_owned()
}

/// `nomen tag --json ARGS` on `text` links every (mention, entity, rule) of `must`; an
/// empty rule stands for any rule.
pub fn assert_links(dir: &Path, args: &[&str], text: &str, must: &[(&str, &str, &str)]) {
    let got = tag_with(dir, args, text);
    for (mention, entity, rule) in must {
        assert!(
            got.iter()
                .any(|(t, e, r)| t == mention && e == entity && (rule.is_empty() || r == rule)),
            "{mention} -> {entity} ({rule}) missing with {args:?}: {got:?}\n{text}"
        );
    }
}

/// `nomen tag --json ARGS` on `text` links no mention whose text is `word`.
pub fn assert_unlinked(dir: &Path, args: &[&str], text: &str, word: &str) {
    let got = tag_with(dir, args, text);
    assert!(
        got.iter().all(|(t, _, _)| t != word),
        "{word} linked with {args:?}: {got:?}\n{text}"
    );
}

/// Checks that every `(text, entity)` of `must` is among the mentions `got` found in
/// `text`, and that no mention's text is one of `never` (whatever it is linked to).
pub fn check_mentions(
    got: &[(String, String, String)],
    text: &str,
    must: &[(&str, &str)],
    never: &[&str],
) {
    for (mention, entity) in must {
        assert!(
            got.iter().any(|(t, e, _)| t == mention && e == entity),
            "{mention} -> {entity} missing in {got:?}\n{text}"
        );
    }
    for word in never {
        assert!(
            got.iter().all(|(t, _, _)| t != word),
            "{word} linked: {got:?}\n{text}"
        );
    }
}
