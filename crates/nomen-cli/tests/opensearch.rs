//! `nomen index|search|stats --opensearch` against a real OpenSearch cluster: the
//! same corpus indexed locally and into the cluster answers the same query set with
//! the same hits, snippets and facets; bad input, a cluster that is down and an index
//! that refuses writes give clear errors and lose nothing.
//!
//! Needs `NOMEN_TEST_OPENSEARCH=URL` (`.ci/run` starts a cluster with
//! `scripts/opensearch/start.sh` and sets it); without it every test says it is
//! skipped and checks nothing.

#[path = "support/cluster.rs"]
mod cluster;

use std::collections::BTreeMap;
use std::path::Path;

use cluster::{code, corpus, json, nomen, stderr, stdout, Cleanup};
use serde_json::Value;

/// The hits of a `--json` search by id, without their scores (BM25 on the cluster
/// and in tantivy differ in their details; the hits, snippets and facets must not).
fn by_id(results: &Value) -> BTreeMap<String, Value> {
    results["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|hit| {
            let mut hit = hit.clone();
            let id = hit["id"].as_str().expect("id").to_string();
            hit.as_object_mut().expect("object").remove("score");
            (id, hit)
        })
        .collect()
}

/// Runs `query` (search arguments) locally and on the cluster and checks that both
/// answer alike: exit code, total, every hit field but the score, the facet.
fn same_answer(dir: &Path, local: &str, url: &str, index: &str, query: &[&str]) -> u64 {
    // Every hit (ranked hits past a limit differ: the cluster's BM25 is not tantivy's).
    let mut args = vec!["search", "--json", "--limit", "10000", "--facets", "50"];
    args.extend_from_slice(query);
    let mut l = args.clone();
    l.extend_from_slice(&["--index", local]);
    let mut c = args.clone();
    c.extend_from_slice(&["--opensearch", url, "--os-index", index]);
    let (lo, co) = (nomen(dir, &l), nomen(dir, &c));
    assert_eq!(
        code(&lo),
        code(&co),
        "{query:?}: {}\n{}",
        stderr(&lo),
        stderr(&co)
    );
    if code(&lo) == 2 {
        // The same error, named the same way (but for where it searched).
        let local_err = stderr(&lo).replace(local, "INDEX");
        // Errors name the node asked: the first of the URLs.
        let first = url.split(',').next().unwrap_or(url);
        let cluster_err = stderr(&co).replace(&format!("{index} on {first}"), "INDEX");
        assert_eq!(local_err, cluster_err, "{query:?}");
        return 0;
    }
    let (lj, cj) = (json(&lo), json(&co));
    assert_eq!(lj["total"], cj["total"], "{query:?}");
    let (lh, ch) = (by_id(&lj), by_id(&cj));
    assert_eq!(
        lh.keys().collect::<Vec<_>>(),
        ch.keys().collect::<Vec<_>>(),
        "{query:?}: hit ids"
    );
    for (id, hit) in &lh {
        assert_eq!(hit, &ch[id], "{query:?}: hit {id}");
    }
    assert_eq!(lj["facets"], cj["facets"], "{query:?}");
    lj["total"].as_u64().expect("total")
}

#[test]
fn the_cluster_answers_as_the_local_index() {
    let Some(url) = cluster::cluster_url("the_cluster_answers_as_the_local_index") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let index = cluster::index_name("parity");
    let _cleanup = Cleanup {
        url: url.clone(),
        index: index.clone(),
    };
    let c = corpus();
    let inputs = [
        c.join("articles.jsonl"),
        c.join("extra.jsonl.gz"),
        c.join("delcy.txt"),
    ];
    let inputs: Vec<&str> = inputs.iter().map(|p| p.to_str().unwrap()).collect();
    let local = dir.path().join("idx");
    let mut args = vec!["index", "--index", local.to_str().unwrap()];
    args.extend(&inputs);
    let out = nomen(dir.path(), &args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Two shards: the counts and facets are the cluster's sums over them.
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
    assert!(
        stdout(&out).contains(&format!("index: {index} on ")),
        "{}",
        stdout(&out)
    );

    let local = local.to_str().unwrap();
    let queries: &[&[&str]] = &[
        &["maduro"],
        &["MADURO"],
        &["gonzalez"],
        &["González"],
        &["\"Edmundo González\""],
        &["Мадуро"],
        &["马杜罗"],
        &["title:maduro"],
        &["maduro", "-mango"],
        &["maduro", "OR", "biden"],
        &["lang:es"],
        &["source:\"El Diario\""],
        &["date:[2024-08-01T00:00:00Z TO *]"],
        &["amnistía"],
        &["--entity", "Nicolás Maduro"],
        &["--entity", "Мадуро"],
        &["--entity", "MADURO MOROS, Nicolás"],
        &["--entity", "Delcy Rodríguez"],
        &["--entity-id", "joe-biden"],
        &["amnesty", "--entity", "E. González Urrutia"],
        &["--lang", "es"],
        &["--lang", "en,pt"],
        &["--since", "2024-08-01"],
        &["--until", "2024-07-31"],
        &["maduro", "--since", "2024-07-01", "--until", "2024-08-31"],
        &[],
        // Errors: the same message either way.
        &["title:(maduro"],
        &["--entity", "Nobody Anywhere Zzyzx"],
    ];
    let mut found = 0;
    for query in queries {
        found += same_answer(dir.path(), local, &url, &index, query);
    }
    assert!(
        found > 40,
        "the query set finds things ({found} hits in all)"
    );
    // Paging: newest first, past the first hits (the Spanish articles' dates differ).
    let page = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["search", "--json", "--offset", "1", "--limit", "2"];
        all.extend_from_slice(args);
        let out = nomen(dir.path(), &all);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        json(&out)["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_str().unwrap().to_string())
            .collect()
    };
    let local_page = page(&["--index", local, "--lang", "es"]);
    assert!(!local_page.is_empty());
    let cluster_page = page(&["--opensearch", &url, "--os-index", &index, "--lang", "es"]);
    assert_eq!(local_page, cluster_page);

    // The stats count the same documents, languages, entities and dates.
    let stats = |args: &[&str]| -> Value {
        let mut all = vec!["stats", "--json"];
        all.extend_from_slice(args);
        let out = nomen(dir.path(), &all);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        json(&out)
    };
    let (l, c) = (
        stats(&["--index", local]),
        stats(&["--opensearch", &url, "--os-index", &index]),
    );
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
        assert_eq!(l[field], c[field], "stats {field}");
    }
    assert_eq!(l["documents"], 12);
}

#[test]
fn a_generated_corpus_answers_alike_with_its_own_gazetteer() {
    let Some(url) = cluster::cluster_url("a_generated_corpus_answers_alike_with_its_own_gazetteer")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let index = cluster::index_name("generated");
    let _cleanup = Cleanup {
        url: url.clone(),
        index: index.clone(),
    };
    let out = nomen(
        dir.path(),
        &[
            "bench",
            "generate",
            "--docs",
            "2500",
            "--synthetic-entities",
            "500",
            "--seed",
            "7",
            "--out-dir",
            "gen",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Several bulk requests (1,000 documents each) and commits.
    let common = [
        "--entities",
        "gen/gazetteer.jsonl",
        "--commit-every-mb",
        "1",
        "gen/corpus.jsonl",
    ];
    let mut args = vec!["index", "--index", "idx"];
    args.extend(common);
    let out = nomen(dir.path(), &args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut args = vec!["index", "--opensearch", &url, "--os-index", &index];
    args.extend(common);
    let out = nomen(dir.path(), &args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(cluster::count(&url, &index), 2500);

    // The most mentioned entities, by id and by name, alone and with the words of
    // their names; `search` needs no --entities: the cluster records the gazetteer.
    let out = nomen(dir.path(), &["stats", "--json", "--index", "idx"]);
    let stats = json(&out);
    let top: Vec<(String, String)> = stats["entities"]
        .as_array()
        .unwrap()
        .iter()
        .take(6)
        .map(|e| {
            (
                e["id"].as_str().unwrap().to_string(),
                e["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(top.len(), 6);
    let mut found = 0;
    for (id, name) in &top {
        found += same_answer(dir.path(), "idx", &url, &index, &["--entity-id", id]);
        found += same_answer(dir.path(), "idx", &url, &index, &["--entity", name]);
        let word = name.split_whitespace().last().unwrap();
        found += same_answer(dir.path(), "idx", &url, &index, &[word]);
        let phrase = format!("\"{name}\"");
        found += same_answer(dir.path(), "idx", &url, &index, &[&phrase]);
    }
    let (a, b) = (&top[0].0, &top[1].0);
    found += same_answer(
        dir.path(),
        "idx",
        &url,
        &index,
        &["--entity-id", a, "--entity-id", b],
    );
    assert!(found > 100, "{found}");
}

/// The scale-out of the README ("On a cluster"): several `nomen index` processes,
/// started at once, each over its own part of the input, write one cluster index;
/// it then holds every article once and answers as one local index of the whole.
#[test]
fn several_processes_over_parts_of_the_input_fill_one_index() {
    let Some(url) =
        cluster::cluster_url("several_processes_over_parts_of_the_input_fill_one_index")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let index = cluster::index_name("parts");
    let _cleanup = Cleanup {
        url: url.clone(),
        index: index.clone(),
    };
    let out = nomen(
        dir.path(),
        &[
            "bench",
            "generate",
            "--docs",
            "1800",
            "--synthetic-entities",
            "300",
            "--seed",
            "11",
            "--out-dir",
            "gen",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Three parts, every third line each (so each part spans all dates and languages).
    let corpus = std::fs::read_to_string(dir.path().join("gen/corpus.jsonl")).unwrap();
    let mut parts = vec![String::new(); 3];
    for (n, line) in corpus.lines().enumerate() {
        parts[n % 3].push_str(line);
        parts[n % 3].push('\n');
    }
    for (i, part) in parts.iter().enumerate() {
        std::fs::write(dir.path().join(format!("part-{i}.jsonl")), part).unwrap();
    }
    let out = nomen(
        dir.path(),
        &[
            "index",
            "--index",
            "idx",
            "--entities",
            "gen/gazetteer.jsonl",
            "gen/corpus.jsonl",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // The three processes at once, each committing often: they race to create the
    // index and its meta index, and their bulk requests interleave.
    let children: Vec<_> = (0..3)
        .map(|i| {
            std::process::Command::new(env!("CARGO_BIN_EXE_nomen"))
                .args(["index", "--opensearch", &url, "--os-index", &index])
                .args([
                    "--entities",
                    "gen/gazetteer.jsonl",
                    "--commit-every-mb",
                    "1",
                ])
                .arg(format!("part-{i}.jsonl"))
                .current_dir(dir.path())
                .env_remove("NOMEN_INDEX")
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("nomen runs")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("nomen ends");
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert!(stdout(&out).contains("errors: 0"), "{}", stdout(&out));
    }
    assert_eq!(cluster::count(&url, &index), 1800);

    let stats = |args: &[&str]| -> Value {
        let mut all = vec!["stats", "--json"];
        all.extend_from_slice(args);
        let out = nomen(dir.path(), &all);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        json(&out)
    };
    let (l, c) = (
        stats(&["--index", "idx"]),
        stats(&["--opensearch", &url, "--os-index", &index]),
    );
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
        assert_eq!(l[field], c[field], "stats {field}");
    }
    let top: Vec<String> = l["entities"]
        .as_array()
        .unwrap()
        .iter()
        .take(3)
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    let mut found = 0;
    for id in &top {
        found += same_answer(dir.path(), "idx", &url, &index, &["--entity-id", id]);
    }
    found += same_answer(dir.path(), "idx", &url, &index, &["--lang", "de"]);
    found += same_answer(dir.path(), "idx", &url, &index, &[]);
    assert!(found > 100, "{found}");
}

#[test]
fn bad_input_is_reported_by_file_and_line_and_the_rest_is_indexed() {
    let Some(url) = cluster::cluster_url("bad_input_is_reported_by_file_and_line") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let index = cluster::index_name("bad");
    let _cleanup = Cleanup {
        url: url.clone(),
        index: index.clone(),
    };
    std::fs::write(
        dir.path().join("in.jsonl"),
        concat!(
            "{\"id\":\"ok1\",\"body\":\"Nicolás Maduro habló en Caracas.\",\"lang\":\"es\"}\n",
            "{\"id\":\"bad2\",\"body\":12}\n",
            "{\"id\":\"bad3\",\"body\":\"x\",\"date\":\"yesterday\"}\n",
            "not json\n",
            "{\"id\":\"ok5\",\"body\":\"Joe Biden in Washington.\"}\n",
        ),
    )
    .unwrap();
    let out = nomen(
        dir.path(),
        &[
            "index",
            "--opensearch",
            &url,
            "--os-index",
            &index,
            "in.jsonl",
        ],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    for expected in [
        "nomen: skipped in.jsonl:2: field \"body\": expected a string, found a number",
        "nomen: skipped in.jsonl:3: field \"date\"",
        "nomen: skipped in.jsonl:4: expected a JSON object",
    ] {
        assert!(err.contains(expected), "{expected}\n{err}");
    }
    assert_eq!(cluster::count(&url, &index), 2);
    // The same command again: everything was committed, nothing is read twice.
    let out = nomen(
        dir.path(),
        &[
            "index",
            "--opensearch",
            &url,
            "--os-index",
            &index,
            "in.jsonl",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("skipped 1 file already indexed"),
        "{}",
        stdout(&out)
    );
    assert_eq!(cluster::count(&url, &index), 2);
    // A foreign index of the same name is left alone.
    let foreign = cluster::index_name("foreign");
    let client = cluster::client(&url);
    client
        .json(
            "PUT",
            &format!("/{foreign}"),
            &serde_json::json!({}),
            "create",
        )
        .unwrap();
    let _foreign = Cleanup {
        url: url.clone(),
        index: foreign.clone(),
    };
    let out = nomen(
        dir.path(),
        &[
            "index",
            "--opensearch",
            &url,
            "--os-index",
            &foreign,
            "in.jsonl",
        ],
    );
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("is not a nomen index"),
        "{}",
        stderr(&out)
    );
    // Searching an index that is not there.
    let out = nomen(
        dir.path(),
        &[
            "search",
            "--opensearch",
            &url,
            "--os-index",
            "no-such-index-here",
            "x",
        ],
    );
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("no index \"no-such-index-here\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_index_that_refuses_writes_stops_the_ingest_and_the_rerun_completes_it() {
    let Some(url) = cluster::cluster_url("an_index_that_refuses_writes") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let index = cluster::index_name("blocked");
    let _cleanup = Cleanup {
        url: url.clone(),
        index: index.clone(),
    };
    let lines: String = (0..300)
        .map(|i| format!("{{\"id\":\"d{i}\",\"body\":\"article {i} about Caracas\"}}\n"))
        .collect();
    let first: String = lines.lines().take(150).map(|l| format!("{l}\n")).collect();
    std::fs::write(dir.path().join("first.jsonl"), first).unwrap();
    std::fs::write(dir.path().join("all.jsonl"), &lines).unwrap();
    let index_args = |file: &'static str| {
        vec![
            "index".to_string(),
            "--opensearch".into(),
            url.clone(),
            "--os-index".into(),
            index.clone(),
            file.into(),
        ]
    };
    let run = |args: Vec<String>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        nomen(dir.path(), &args)
    };
    let out = run(index_args("first.jsonl"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let client = cluster::client(&url);
    let block = |on: bool| {
        client
            .json(
                "PUT",
                &format!("/{index}/_settings"),
                &serde_json::json!({"index.blocks.write": on}),
                "block",
            )
            .unwrap();
    };
    block(true);
    let out = run(index_args("all.jsonl"));
    block(false);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("nomen: error:") && err.contains("cluster_block_exception"),
        "{err}"
    );
    assert_eq!(
        cluster::count(&url, &index),
        150,
        "nothing more was written"
    );
    // Writable again: the same command indexes everything, once.
    let out = run(index_args("all.jsonl"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(cluster::count(&url, &index), 300);
}

#[test]
fn a_cluster_that_is_down_is_a_clear_error() {
    // Needs no cluster: nothing listens on port 1 of loopback.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.jsonl"),
        "{\"id\":\"a\",\"body\":\"text\"}\n",
    )
    .unwrap();
    for args in [
        &["index", "--opensearch", "http://127.0.0.1:1", "a.jsonl"][..],
        &["search", "--opensearch", "http://127.0.0.1:1", "text"][..],
        &["stats", "--opensearch", "http://127.0.0.1:1"][..],
    ] {
        // Two tries, a quarter of a second apart.
        let out = cluster::nomen_env(dir.path(), args, &[("NOMEN_OPENSEARCH_TRIES", "2")]);
        assert_eq!(code(&out), 2, "{args:?}");
        let err = stderr(&out);
        assert!(
            err.starts_with("nomen: error: cluster http://127.0.0.1:1: ")
                && err.contains("is the cluster up?"),
            "{args:?}: {err}"
        );
    }
    // Credentials in the URL are never shown.
    let out = cluster::nomen_env(
        dir.path(),
        &["stats", "--opensearch", "http://ann:s3cret@127.0.0.1:1"],
        &[("NOMEN_OPENSEARCH_TRIES", "1")],
    );
    assert_eq!(code(&out), 2);
    assert!(!stderr(&out).contains("s3cret"), "{}", stderr(&out));
}
