//! `nomen serve --opensearch` against a real OpenSearch cluster: the same articles
//! indexed locally and into the cluster, one `nomen serve` on each, and every API
//! route asked the same: search (text, entities in several spellings, filters,
//! paging), the timeline and the network (counted by the cluster's aggregations), a
//! document with its mentions, resolve, entity, tag, stats and the errors. The
//! answers must be the same JSON, but for the scores of ranked hits (BM25 on the
//! cluster and in tantivy differ in their details) and the sizes in the stats.
//!
//! Needs `NOMEN_TEST_OPENSEARCH=URL` (`.ci/run` starts a cluster and sets it);
//! without it the test says it is skipped and checks nothing.

#[path = "support/cluster.rs"]
mod cluster;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use cluster::{code, corpus, nomen, stderr, Cleanup};
use serde_json::Value;

/// A running `nomen serve ARGS`, stopped (by its pid) when dropped.
struct Server {
    child: Child,
    base: String,
    agent: ureq::Agent,
}

impl Server {
    fn start(cwd: &Path, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_nomen"))
            .arg("serve")
            .args(args)
            .args(["--addr", "127.0.0.1:0"])
            .current_dir(cwd)
            .env_remove("NOMEN_INDEX")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("nomen serve runs");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next().expect("a first line").expect("a line of text");
        let base = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {first:?}"))
            .trim_end_matches('/')
            .to_string();
        std::thread::spawn(move || lines.for_each(drop));
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        Server { child, base, agent }
    }

    /// The status and JSON answer of `GET path` (or `POST` of `body`).
    fn ask(&self, path: &str, body: Option<&str>) -> (u16, Value) {
        let url = format!("{}{path}", self.base);
        let mut resp = match body {
            None => self.agent.get(&url).call(),
            Some(b) => self
                .agent
                .post(&url)
                .header("content-type", "text/plain; charset=utf-8")
                .send(b.as_bytes()),
        }
        .unwrap_or_else(|e| panic!("{path}: {e}"));
        let text = resp.body_mut().read_to_string().unwrap();
        let json = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}: {text}"));
        (resp.status().as_u16(), json)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `q` percent-encoded for a query string.
fn enc(q: &str) -> String {
    q.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A search answer with its hits keyed by id and without scores (ranked hits are
/// compared as sets: the cluster's BM25 is not tantivy's).
fn by_id(results: &Value) -> (Value, BTreeMap<String, Value>, Value) {
    let hits = results["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|hit| {
            let mut hit = hit.clone();
            hit.as_object_mut().expect("object").remove("score");
            (hit["id"].as_str().expect("id").to_string(), hit)
        })
        .collect();
    (results["total"].clone(), hits, results["facets"].clone())
}

#[test]
fn serve_on_a_cluster_answers_as_serve_on_the_local_index() {
    let Some(url) = cluster::cluster_url("serve_on_a_cluster_answers_as_serve_on_the_local_index")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let index = cluster::index_name("serve");
    let _cleanup = Cleanup {
        url: url.clone(),
        index: index.clone(),
    };
    let serve_fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/serve/articles.jsonl");
    let inputs = [
        serve_fixture,
        corpus().join("articles.jsonl"),
        corpus().join("delcy.txt"),
    ];
    let inputs: Vec<&str> = inputs.iter().map(|p| p.to_str().unwrap()).collect();
    let mut args = vec!["index", "--index", "idx"];
    args.extend(&inputs);
    let out = nomen(dir.path(), &args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Two shards: the cluster's counts are sums over them.
    let mut args = vec![
        "index",
        "--opensearch",
        &url,
        "--os-index",
        &index,
        "--shards",
        "2",
    ];
    args.extend(&inputs);
    let out = nomen(dir.path(), &args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    let local = Server::start(dir.path(), &["--index", "idx"]);
    let remote = Server::start(dir.path(), &["--opensearch", &url, "--os-index", &index]);

    // Searches: the hit sets, every hit field but the score, the totals, the facets.
    let searches = [
        "q=maduro",
        "q=MADURO&limit=100",
        "q=%22Nicol%C3%A1s%20Maduro%22&limit=100",
        &format!("q={}&limit=100", enc("Мадуро")),
        "q=petro%20OR%20putin&limit=100",
        "q=maduro%20-petro&limit=100",
        "q=lang%3Aru&limit=100",
        "entity_id=nicolas-maduro&limit=100",
        &format!("entity={}&limit=100", enc("Мадуро")),
        &format!("entity={}&limit=100", enc("MADURO MOROS, Nicolás")),
        "entity=Gustavo%20Petro&entity_id=nicolas-maduro&limit=100",
        "q=caracas&entity_id=nicolas-maduro&limit=100",
        "entity_id=nicolas-maduro&lang=es,en&limit=100",
        "entity_id=nicolas-maduro&since=2024-02-01&until=2024-04-30&limit=100",
        "limit=100&facets=50",
        // Paging, newest first (no query text: the order is the dates', not a score).
        "entity_id=nicolas-maduro&limit=2&offset=2",
        "limit=3&offset=4",
    ];
    let mut found = 0;
    for query in searches {
        let path = format!("/api/search?{query}");
        let (ls, lj) = local.ask(&path, None);
        let (rs, rj) = remote.ask(&path, None);
        assert_eq!((ls, rs), (200, 200), "{path}: {lj} / {rj}");
        let (lt, lh, lf) = by_id(&lj);
        let (rt, rh, rf) = by_id(&rj);
        assert_eq!(lt, rt, "{path}: total");
        assert_eq!(lh, rh, "{path}: hits");
        assert_eq!(lf, rf, "{path}: facets");
        if !query.contains("q=") {
            // Newest first on both: the same order.
            assert_eq!(lj["hits"], rj["hits"], "{path}: order");
        }
        found += lh.len();
    }
    assert!(found > 40, "the searches find things ({found} hits in all)");

    // Everything else: the very same JSON.
    let mut same = vec![
        "/api/entities/nicolas-maduro/timeline".to_string(),
        "/api/entities/nicolas-maduro/timeline?granularity=day".into(),
        "/api/entities/nicolas-maduro/timeline?since=2024-03-01&until=2024-03-31".into(),
        "/api/entities/nicolas-maduro/timeline?lang=ru&granularity=month".into(),
        "/api/entities/nicolas-maduro/timeline?q=petro".into(),
        "/api/entities/gustavo-petro/timeline?entity_id=nicolas-maduro".into(),
        "/api/entities/nicolas-maduro/network?size=10".into(),
        "/api/entities/nicolas-maduro/network?size=2".into(),
        "/api/entities/nicolas-maduro/network?entity_id=gustavo-petro".into(),
        "/api/entities/caracas/network?q=maduro&size=50".into(),
        "/api/entities/nicolas-maduro".into(),
        format!("/api/entities/resolve?name={}", enc("Мадуро")),
        "/api/entities/resolve?name=Maduro&kind=person".into(),
        // Errors: the same status and message.
        "/api/search?q=title%3A(maduro".into(),
        "/api/search?entity=Nobody%20Anywhere%20Zzyzx".into(),
        "/api/search?entity_id=no-such-entity".into(),
        "/api/entities/no-such-entity/timeline".into(),
        "/api/documents/no-such-article".into(),
    ];
    // Each article's document view, with its mentions.
    let (_, all) = local.ask("/api/search?limit=100", None);
    let ids: Vec<String> = all["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.len() >= 15, "{ids:?}");
    same.extend(ids.iter().map(|id| format!("/api/documents/{}", enc(id))));
    for path in &same {
        let (ls, lj) = local.ask(path, None);
        let (rs, rj) = remote.ask(path, None);
        assert_eq!(ls, rs, "{path}: {lj} / {rj}");
        assert_eq!(lj, rj, "{path}");
    }
    let (_, t) = remote.ask("/api/entities/nicolas-maduro/timeline", None);
    assert!(t["total"].as_u64().unwrap() >= 6, "{t}");
    let (_, n) = remote.ask("/api/entities/nicolas-maduro/network?size=10", None);
    assert!(n["edges"].as_array().unwrap().len() > 3, "{n}");

    // Tagging uses the recorded gazetteer.
    let text = "Николас Мадуро встретился с Густаво Петро в Каракасе.";
    assert_eq!(
        local.ask("/api/tag", Some(text)),
        remote.ask("/api/tag", Some(text))
    );

    // The stats count the same (the sizes are the cluster's own).
    let (_, ls) = local.ask("/api/stats", None);
    let (_, rs) = remote.ask("/api/stats", None);
    for field in [
        "documents",
        "gazetteer",
        "languages",
        "unknown_language",
        "entities",
        "documents_with_entities",
        "oldest",
        "newest",
    ] {
        assert_eq!(ls[field], rs[field], "stats {field}");
    }
}

#[test]
fn serve_without_the_cluster_index_does_not_start_and_says_why() {
    let Some(url) = cluster::cluster_url("serve_without_the_cluster_index_does_not_start") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // No index there: the server does not start, and says why.
    let out = nomen(
        dir.path(),
        &[
            "serve",
            "--opensearch",
            &url,
            "--os-index",
            "no-such-index-here",
            "--addr",
            "127.0.0.1:0",
        ],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no index \"no-such-index-here\""),
        "{}",
        stderr(&out)
    );
}
