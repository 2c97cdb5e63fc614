//! `nomen tag --json` with the built-in gazetteer only, on a text given on stdin,
//! through the real binary (a fresh link cache in the test's directory): the tests of
//! places' traps and cases (`tests/place_traps.rs`, `tests/place_cases.rs`).

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The (text, entity, rule) of every mention `nomen tag --json` finds in `text`, run
/// in `dir`.
pub fn tag(dir: &Path, text: &str) -> Vec<(String, String, String)> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(["tag", "--json"])
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
            .write_all(text.as_bytes())
            .unwrap();
    }
    let out: Output = child.wait_with_output().expect("nomen ends");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
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
