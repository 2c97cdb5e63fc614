//! Helpers of the tests against a real OpenSearch cluster (`tests/opensearch*.rs`):
//! the cluster URL from `NOMEN_TEST_OPENSEARCH` (a test without it says so and passes
//! without checking anything), the `nomen` binary, and a few direct calls.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use nomen_opensearch::{Client, ClusterOptions};
use serde_json::Value;

/// The variable naming the cluster (`scripts/opensearch/start.sh` prints its URL).
pub const URL_ENV: &str = "NOMEN_TEST_OPENSEARCH";
/// The variable naming start.sh's state directory (its `node-<i>.pid` files).
pub const DIR_ENV: &str = "NOMEN_TEST_OPENSEARCH_DIR";

/// The cluster URL, or `None` after printing why the test checks nothing.
pub fn cluster_url(test: &str) -> Option<String> {
    match std::env::var(URL_ENV) {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            eprintln!(
                "{test}: skipped: no cluster (set {URL_ENV}=URL, e.g. after \
                 scripts/opensearch/start.sh --nodes 2)"
            );
            None
        }
    }
}

/// The test corpus of `tests/index_search.rs`.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// A fresh index name for `test`.
pub fn index_name(test: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!("test-{test}-{}-{nanos}", std::process::id()).to_lowercase()
}

/// Runs `nomen args` in `cwd`.
pub fn nomen(cwd: &Path, args: &[&str]) -> Output {
    nomen_env(cwd, args, &[])
}

/// Runs `nomen args` in `cwd` with `env`.
pub fn nomen_env(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(args)
        .envs(env.iter().copied())
        .current_dir(cwd)
        .env_remove("NOMEN_INDEX")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("nomen runs")
}

pub fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A client of the cluster, for checks and clean-up.
pub fn client(url: &str) -> Client {
    Client::new(&ClusterOptions::new(url)).expect("a client")
}

/// Documents in `index` (refreshed first).
pub fn count(url: &str, index: &str) -> u64 {
    let c = client(url);
    c.expect_ok("POST", &format!("/{index}/_refresh"), None, "refresh")
        .expect("refresh");
    let answer = c
        .expect_ok("GET", &format!("/{index}/_count"), None, "count")
        .expect("count");
    answer["count"].as_u64().expect("a count")
}

/// Deletes `index` and its meta index (best effort).
pub fn delete(url: &str, index: &str) {
    let c = client(url);
    for name in [index.to_string(), format!("{index}-nomen-meta")] {
        let _ = c.send("DELETE", &format!("/{name}"), None, "delete");
    }
}

/// Deletes the indexes of a test when dropped, whether it passed or not.
pub struct Cleanup {
    pub url: String,
    pub index: String,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        delete(&self.url, &self.index);
    }
}

/// `nomen search --json` output parsed.
pub fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {}", stdout(out), stderr(out)))
}
