//! `nomen bench`, driven through the real binary on a tiny generated corpus: the
//! generator is deterministic and writes what it says, and every measuring subcommand
//! runs end to end and writes a JSON report whose counts match the corpus. No timing is
//! asserted (speed is measured by running the benches, not by tests): only that the
//! figures exist, are finite and positive, and count the right things.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::{json, Value};

/// Articles in the test corpus: enough for every query class to find something.
const DOCS: u64 = 150;

fn nomen(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run nomen");
    assert!(
        out.status.success(),
        "nomen {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn generate(dir: &Path, out_dir: &str, seed: &str) {
    let docs = DOCS.to_string();
    nomen(
        dir,
        &[
            "bench",
            "generate",
            "--docs",
            &docs,
            "--seed",
            seed,
            "--synthetic-entities",
            "50",
            "--out-dir",
            out_dir,
        ],
    );
}

fn json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("report written");
    serde_json::from_str(&text).expect("valid JSON")
}

fn positive(v: &Value, what: &str) -> f64 {
    let x = v
        .as_f64()
        .unwrap_or_else(|| panic!("{what} is not a number: {v}"));
    assert!(x.is_finite() && x > 0.0, "{what} = {x}");
    x
}

#[test]
fn generate_is_deterministic_and_describes_what_it_wrote() {
    let tmp = tempfile::tempdir().unwrap();
    generate(tmp.path(), "a", "7");
    generate(tmp.path(), "b", "7");
    generate(tmp.path(), "c", "8");
    let read = |d: &str| std::fs::read(tmp.path().join(d).join("corpus.jsonl")).unwrap();
    assert_eq!(read("a"), read("b"), "same seed, same bytes");
    assert_ne!(read("a"), read("c"), "another seed, another corpus");

    let corpus = String::from_utf8(read("a")).unwrap();
    let mut langs = std::collections::BTreeSet::new();
    for (n, line) in corpus.lines().enumerate() {
        let article: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("line {n}: {e}"));
        for field in ["id", "title", "body", "lang", "date"] {
            assert!(article[field].is_string(), "line {n}: no {field}");
        }
        langs.insert(article["lang"].as_str().unwrap().to_string());
    }
    assert_eq!(corpus.lines().count() as u64, DOCS);
    assert!(langs.len() >= 5, "several languages: {langs:?}");

    let meta = json(&tmp.path().join("a/corpus.json"));
    assert_eq!(meta["seed"], 7);
    assert_eq!(meta["stats"]["docs"], DOCS);
    assert_eq!(meta["stats"]["bytes"], corpus.len() as u64);
    let gazetteer = std::fs::read_to_string(tmp.path().join("a/gazetteer.jsonl")).unwrap();
    assert_eq!(
        meta["gazetteer_entities"],
        gazetteer.lines().count() as u64,
        "corpus.json counts the gazetteer it wrote"
    );
}

#[test]
fn stages_index_and_search_report_what_they_measured() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    generate(dir, "gen", "42");
    let corpus = "gen/corpus.jsonl";

    nomen(
        dir,
        &[
            "bench",
            "stages",
            "--corpus",
            corpus,
            "--out",
            "stages.json",
        ],
    );
    let stages = json(&dir.join("stages.json"));
    assert_eq!(stages["benchmark"], "stages");
    // The commit the binary was built from, when built in a git checkout (CI is).
    let build = &stages["build_commit"];
    assert!(
        build.is_null() || build.as_str().is_some_and(|c| c.len() >= 7),
        "{build}"
    );
    assert_eq!(stages["results"]["docs"], DOCS);
    let names: Vec<&str> = stages["results"]["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            positive(&s["mb_per_s"], "stage MB/s");
            positive(&s["output"], "stage output");
            s["stage"].as_str().unwrap()
        })
        .collect();
    for want in ["read+parse", "link"] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }

    #[rustfmt::skip]
    nomen(dir, &["bench", "index", "--corpus", corpus, "--rounds", "1", "--parts",
                 "--work-dir", "work", "--out", "index.json"]);
    let index = json(&dir.join("index.json"))["results"].clone();
    for engine in ["nomen", "tantivy"] {
        let e = &index[engine];
        assert_eq!(e["docs"], DOCS, "{engine} indexed every article");
        assert_eq!(
            e["bytes"],
            std::fs::metadata(dir.join(corpus)).unwrap().len()
        );
        positive(&e["mb_per_s"], "MB/s");
        positive(&e["peak_rss_bytes"], "peak RSS");
        positive(&e["index_bytes"], "index size");
    }
    positive(&index["ratio_mb_per_s"], "ratio");
    // CPU time, where /proc has it (too few ticks on a tiny corpus to ask for more
    // than a number that is not negative).
    if cfg!(target_os = "linux") {
        for run in index["runs"].as_array().unwrap() {
            let cpu = run["cpu_seconds"].as_f64();
            assert!(cpu.is_some_and(|c| c >= 0.0), "{}: {cpu:?}", run["engine"]);
        }
        for part in index["parts"].as_array().unwrap() {
            let share = part["cpu_share_of_nomen"].as_f64();
            assert!(
                share.is_some_and(f64::is_finite),
                "{}: {share:?}",
                part["engine"]
            );
        }
    }
    let nomen_run = index["runs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["engine"] == "nomen")
        .expect("a nomen run");
    positive(&nomen_run["mentions"], "mentions linked");
    assert_eq!(nomen_run["errors"], 0);
    // `--parts`: nomen without linking, without the exact fields, without both, in
    // the same round; what each leaves out shows in its run.
    let parts = index["parts"].as_array().expect("parts");
    let engines: Vec<&str> = parts
        .iter()
        .map(|p| p["engine"].as_str().unwrap())
        .collect();
    assert_eq!(
        engines,
        [
            "nomen-no-linking",
            "nomen-no-exact",
            "nomen-no-linking-no-exact"
        ]
    );
    for part in parts {
        assert_eq!(part["summary"]["docs"], DOCS);
        positive(&part["ratio_mb_per_s"], "part ratio");
        let run = index["runs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["engine"] == part["engine"])
            .expect("a run of the part");
        let linked = part["engine"] == "nomen-no-exact";
        let want = if linked {
            &nomen_run["mentions"]
        } else {
            &json!(0)
        };
        assert_eq!(&run["mentions"], want, "{}", part["engine"]);
        assert!(
            run["index_bytes"].as_u64() < nomen_run["index_bytes"].as_u64(),
            "{} leaves something out of the index",
            part["engine"]
        );
    }

    #[rustfmt::skip]
    nomen(dir, &["bench", "search", "--corpus", corpus, "--rounds", "1",
                 "--work-dir", "work", "--out", "search.json"]);
    let search = json(&dir.join("search.json"))["results"].clone();
    assert_eq!(search["nomen"]["docs"], DOCS);
    positive(
        &search["nomen"]["open_first_query_ms"],
        "open + first query",
    );
    let classes = search["nomen"]["classes"].as_array().unwrap();
    assert_eq!(classes.len(), 4, "text, entity, combined, facet");
    for class in classes {
        let name = class["class"].as_str().unwrap();
        let timed = class["latency"]["queries"].as_u64().unwrap();
        assert!(timed > 0, "{name}: no query timed");
        positive(&class["latency"]["p99_ms"], "p99");
        let empty = class["empty_queries"].as_u64().unwrap();
        assert!(empty < timed, "{name}: every query found nothing");
    }
    positive(
        &search["baseline_text"]["latency"]["p50_ms"],
        "baseline p50",
    );
}
