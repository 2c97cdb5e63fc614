//! One node of a two-node cluster killed during `nomen index --opensearch`: the run
//! goes on (or stops with an error), and the same command run again leaves every
//! document in the index once.
//!
//! Needs `NOMEN_TEST_OPENSEARCH=URL,URL` (both nodes) and `NOMEN_TEST_OPENSEARCH_DIR`
//! (start.sh's state directory, with `node-<i>.pid`); `.ci/run` sets both after
//! `scripts/opensearch/start.sh --nodes 2`. The test kills a node and leaves it dead:
//! it runs last (its own test binary) and `stop.sh` cleans up.

#[path = "support/cluster.rs"]
mod cluster;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cluster::{code, nomen, stderr, stdout, Cleanup};

#[test]
fn a_node_killed_during_a_bulk_ingest_loses_and_duplicates_nothing() {
    let test = "a_node_killed_during_a_bulk_ingest";
    let Some(url) = cluster::cluster_url(test) else {
        return;
    };
    let Ok(state) = std::env::var(cluster::DIR_ENV) else {
        eprintln!("{test}: skipped: {} is not set", cluster::DIR_ENV);
        return;
    };
    let client = cluster::client(&url);
    let nodes = client
        .expect_ok("GET", "/_cat/nodes?format=json&h=name", None, "nodes")
        .unwrap();
    if nodes.as_array().map_or(0, Vec::len) < 2 {
        eprintln!("{test}: skipped: the cluster has fewer than two nodes");
        return;
    }
    // The node to kill: not the elected cluster manager (two nodes keep one vote
    // between them; losing the manager would leave no cluster to write to).
    let manager = client
        .expect_ok(
            "GET",
            "/_cat/cluster_manager?format=json&h=node",
            None,
            "manager",
        )
        .unwrap()[0]["node"]
        .as_str()
        .unwrap()
        .to_string();
    let victim = if manager == "nomen-0" { 1 } else { 0 };
    let pid_file = format!("{state}/node-{victim}.pid");
    let pid = std::fs::read_to_string(&pid_file)
        .unwrap_or_else(|e| panic!("{pid_file}: {e}"))
        .trim()
        .to_string();

    let dir = tempfile::tempdir().unwrap();
    let index = cluster::index_name("nodeloss");
    let _cleanup = Cleanup {
        url: url.clone(),
        index: index.clone(),
    };
    let docs = 6000;
    let out = nomen(
        dir.path(),
        &[
            "bench",
            "generate",
            "--docs",
            &docs.to_string(),
            "--synthetic-entities",
            "200",
            "--out-dir",
            "gen",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Two shards with a replica each: a shard of the dead node has its copy on the
    // other. Small bulk batches and commits, so the kill lands mid-ingest.
    let args = [
        "index",
        "--opensearch",
        &url,
        "--os-index",
        &index,
        "--shards",
        "2",
        "--replicas",
        "1",
        "--commit-every-mb",
        "1",
        "--entities",
        "gen/gazetteer.jsonl",
        "gen/corpus.jsonl",
    ];
    let mut child = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(args)
        .current_dir(dir.path())
        .env("NOMEN_OPENSEARCH_TRIES", "10")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Kill the node once part of the corpus is in.
    let started = Instant::now();
    let mut killed = false;
    while started.elapsed() < Duration::from_secs(300) {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        let count = client
            .send("GET", &format!("/{index}/_count"), None, "count")
            .ok()
            .and_then(|a| a.body["count"].as_u64())
            .unwrap_or(0);
        if count >= 1000 {
            let status = Command::new("kill").args(["-KILL", &pid]).status().unwrap();
            assert!(status.success(), "kill {pid}");
            killed = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let first = child.wait_with_output().unwrap();
    assert!(
        killed,
        "the ingest ended before the kill: {}",
        stderr(&first)
    );
    eprintln!(
        "{test}: node {victim} killed; the first run exited {}: {}",
        code(&first),
        stderr(&first).trim()
    );
    // Either the run rode it out, or it stopped with an error naming the cluster.
    assert!(
        code(&first) == 0 || stderr(&first).contains("nomen: error: cluster "),
        "{}\n{}",
        stdout(&first),
        stderr(&first)
    );
    // The same command again: it completes the index; every document once.
    let again = nomen(dir.path(), &args);
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    assert_eq!(cluster::count(&url, &index), docs);
    let out = nomen(
        dir.path(),
        &[
            "stats",
            "--json",
            "--opensearch",
            &url,
            "--os-index",
            &index,
        ],
    );
    let stats = cluster::json(&out);
    assert_eq!(stats["documents"], docs);
    // Each id once: the id facet of all documents has no count above 1.
    let answer = client
        .json(
            "POST",
            &format!("/{index}/_search"),
            &serde_json::json!({"size": 0, "aggs": {"twice": {"terms": {"field": "id", "min_doc_count": 2}}}}),
            "ids",
        )
        .unwrap();
    assert_eq!(
        answer["aggregations"]["twice"]["buckets"],
        serde_json::json!([]),
        "ids indexed twice"
    );
}
