//! `nomen normalize`, driven through the real binary on the shared test vectors
//! (`data/test-vectors/fold.tsv`): the folded view, `--exact`, and `--json` (both
//! views, and every token's offsets into the original text).

use std::io::Write;
use std::process::{Command, Output, Stdio};

use nomen_fold::{Folded, Folder, View};
use serde_json::Value;

/// One line of the vector file: (line number, input, folded, exact).
type Case = (usize, String, String, String);

fn cases() -> Vec<Case> {
    let cases: Vec<Case> = nomen_testdata::fold_cases()
        .into_iter()
        .map(|c| (c.line, c.input, c.folded, c.exact))
        .collect();
    assert!(cases.len() >= 300);
    cases
}

/// Runs `nomen normalize <args>` with every input on its own line of stdin.
fn run_on_all(args: &[&str], cases: &[Case]) -> Output {
    let mut stdin = String::new();
    for (line, input, ..) in cases {
        assert!(
            !input.contains('\n') && !input.contains('\r'),
            "line {line}"
        );
        stdin.push_str(input);
        stdin.push('\n');
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .arg("normalize")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "nomen normalize {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn folded_view_of_every_vector() {
    let cases = cases();
    let out = run_on_all(&[], &cases);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    assert_eq!(lines.len(), cases.len() + 1, "one output line per input");
    for ((line, input, folded, _), got) in cases.iter().zip(&lines) {
        assert_eq!(got, folded, "fold.tsv line {line}: {input:?}");
    }
}

#[test]
fn exact_view_of_every_vector() {
    let cases = cases();
    let out = run_on_all(&["--exact"], &cases);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    assert_eq!(lines.len(), cases.len() + 1);
    for ((line, input, _, exact), got) in cases.iter().zip(&lines) {
        assert_eq!(got, exact, "fold.tsv line {line}: {input:?}");
    }
}

#[test]
fn json_of_every_vector() {
    let cases = cases();
    let out = run_on_all(&["--json"], &cases);
    let text = String::from_utf8(out.stdout).unwrap();
    let docs: Vec<Value> = serde_json::Deserializer::from_str(&text)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(docs.len(), cases.len(), "one JSON document per input");
    let folder = Folder::new();
    let mut expected_tokens = Folded::new();
    for ((line, input, folded, exact), doc) in cases.iter().zip(&docs) {
        let at = format!("fold.tsv line {line}: {input:?}");
        assert_eq!(doc["text"], input.as_str(), "{at}");
        assert_eq!(doc["folded"], folded.as_str(), "{at}");
        assert_eq!(doc["exact"], exact.as_str(), "{at}");
        folder.fold_into(folded, View::Folded, &mut expected_tokens);
        let want: Vec<&str> = expected_tokens.tokens().map(|t| t.text).collect();
        let tokens = doc["tokens"].as_array().unwrap();
        let got: Vec<&str> = tokens
            .iter()
            .map(|t| t["folded"].as_str().unwrap())
            .collect();
        assert_eq!(got, want, "{at}");
        for t in tokens {
            let start = usize::try_from(t["start"].as_u64().unwrap()).unwrap();
            let end = usize::try_from(t["end"].as_u64().unwrap()).unwrap();
            assert!(start < end && end <= input.len(), "{at}: {start}..{end}");
            assert!(input.is_char_boundary(start) && input.is_char_boundary(end));
            assert_eq!(t["text"], &input[start..end], "{at}");
        }
    }
}

#[test]
fn arguments_and_no_transliterate() {
    let out = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(["normalize", "NICOLÁS", "Мадуро’s"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "nicolas maduro's\n");
    let out = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(["normalize", "--no-transliterate", "Мадуро́ Ёлка"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "мадуро елка\n");
}
