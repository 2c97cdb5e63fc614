//! `nomen index` → `nomen search` → `nomen stats`, driving the real binary on the
//! corpus in `tests/corpus/` (see its README): folded text queries, entity filters in
//! any spelling, bad input, re-indexing, gzip, stdin, `NOMEN_INDEX`, and the recorded
//! gazetteer. Result sets are asserted exactly.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// Runs `nomen` in `cwd` (without NOMEN_INDEX unless given), feeding `stdin`.
fn run(cwd: &Path, args: &[&str], env: &[(&str, &str)], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nomen"));
    cmd.args(args)
        .current_dir(cwd)
        .env_remove("NOMEN_INDEX")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("nomen runs");
    if let Some(input) = stdin {
        // A command that fails on its arguments exits before reading its input.
        if let Err(e) = child.stdin.take().unwrap().write_all(input) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    }
    child.wait_with_output().unwrap()
}

fn nomen(cwd: &Path, args: &[&str]) -> Output {
    run(cwd, args, &[], None)
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A temp dir with the whole corpus indexed into `idx`.
fn indexed() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus();
    let out = nomen(
        dir.path(),
        &["index", "--index", "idx", corpus.to_str().unwrap()],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    dir
}

/// `nomen search --json ARGS` → the parsed output (exit 0 or 1 only).
fn search_json(dir: &Path, args: &[&str]) -> Value {
    let mut all = vec!["search", "--index", "idx", "--json", "--limit", "50"];
    all.extend_from_slice(args);
    let out = nomen(dir, &all);
    assert!(matches!(code(&out), 0 | 1), "{args:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The hit ids of a search, in rank order.
fn ids(dir: &Path, args: &[&str]) -> Vec<String> {
    let v = search_json(dir, args);
    let hits: Vec<String> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        v["total"].as_u64().unwrap() as usize,
        hits.len(),
        "{args:?}"
    );
    hits
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn id_set(dir: &Path, args: &[&str]) -> BTreeSet<String> {
    ids(dir, args).into_iter().collect()
}

fn stats(dir: &Path, index: &str) -> Value {
    let out = nomen(dir, &["stats", "--index", index, "--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

const MADURO_ARTICLES: [&str; 8] = [
    "zh-maduro",
    "ru-maduro",
    "fr-maduro",
    "pt-gonzalez",
    "en-wsj",
    "el-maduro",
    "de-wahl",
    "es-cne",
];

#[test]
fn indexes_the_corpus_and_reports_stats() {
    let dir = indexed();
    let s = stats(dir.path(), "idx");
    assert_eq!(s["documents"], 12);
    assert!(s["segments"].as_u64().unwrap() >= 1);
    assert!(s["bytes"].as_u64().unwrap() > 0);
    assert_eq!(s["gazetteer"]["sources"], serde_json::json!(["built-in"]));
    let langs: Vec<(String, u64)> = s["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["value"].as_str().unwrap().into(),
                l["count"].as_u64().unwrap(),
            )
        })
        .collect();
    // fr-maduro has no "lang" (detected); delcy.txt neither (detected as Spanish).
    assert_eq!(langs[0], ("es".to_string(), 4));
    assert!(langs.contains(&("fr".to_string(), 1)), "{langs:?}");
    assert_eq!(s["oldest"], "2024-06-01T00:00:00Z");
    assert_eq!(s["newest"], "2025-01-11T00:00:00Z");
    assert_eq!(s["entities"][0]["id"], "nicolas-maduro");
    assert_eq!(s["entities"][0]["count"], 8);
    let human = nomen(dir.path(), &["stats", "--index", "idx"]);
    assert!(
        stdout(&human).contains("documents  12"),
        "{}",
        stdout(&human)
    );
}

/// An index of no articles is small: what its size is made of is said, and the
/// parts add up to the files in the directory.
#[test]
fn stats_say_what_the_size_of_an_empty_index_is() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("none.jsonl"), "").unwrap();
    let out = nomen(d, &["index", "--index", "idx", "none.jsonl"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let s = stats(d, "idx");
    assert_eq!(s["documents"], 0);
    let size = |name: &str| std::fs::metadata(d.join("idx").join(name)).unwrap().len();
    let mut caches = 0;
    let mut all = 0;
    for entry in std::fs::read_dir(d.join("idx")).unwrap() {
        let entry = entry.unwrap();
        let len = entry.metadata().unwrap().len();
        all += len;
        let name = entry.file_name().into_string().unwrap();
        if name.starts_with("linker-") && name.ends_with(".bin") {
            caches += len;
        }
    }
    let num = |key: &str| s[key].as_u64().unwrap();
    assert_eq!(num("bytes"), all);
    assert_eq!(num("gazetteer_bytes"), size("gazetteer.jsonl"));
    assert_eq!(num("cache_bytes"), caches);
    assert_eq!(
        num("articles_bytes"),
        all - size("gazetteer.jsonl") - caches
    );
    assert!(num("articles_bytes") < 64 << 10, "{s}");
    let human = stdout(&nomen(d, &["stats", "--index", "idx"]));
    let line = human.lines().find(|l| l.starts_with("size ")).unwrap();
    assert!(
        line.contains("(articles ") && line.contains(", recorded gazetteer "),
        "{human}"
    );
    assert!(human.contains("languages  none\n"), "{human}");
}

#[test]
fn text_queries_are_folded() {
    let dir = indexed();
    let d = dir.path();
    let gonzalez = set(&["es-cne", "en-wsj", "pt-gonzalez", "es-mango", "es-felipe"]);
    assert_eq!(id_set(d, &["gonzalez"]), gonzalez);
    assert_eq!(id_set(d, &["GONZÁLEZ"]), gonzalez);
    // Cyrillic reaches the Latin spellings, and the word "maduro" (a ripe mango) too:
    // text search is not entity search.
    assert_eq!(
        id_set(d, &["Мадуро"]),
        set(&[
            "es-cne",
            "es-mango",
            "en-wsj",
            "pt-gonzalez",
            "fr-maduro",
            "de-wahl",
            "ru-maduro",
            "el-maduro"
        ])
    );
    assert_eq!(ids(d, &["马杜罗"]), ["zh-maduro"]);
    assert_eq!(ids(d, &["\"mango maduro\""]), ["es-mango"]);
    // An apostrophe inside a word is not a quote.
    assert_eq!(ids(d, &["l'opposition"]), ["fr-maduro"]);
    assert_eq!(ids(d, &["L’OPPOSITION"]), ["fr-maduro"]);
    assert_eq!(ids(d, &["maduro", "mango"]), ["es-mango"]);
    assert_eq!(
        id_set(d, &["caracas OR sevilla"]),
        set(&["es-mango", "fr-maduro"])
    );
    assert_eq!(
        id_set(d, &["title:maduro"]),
        set(&["es-cne", "es-mango", "en-wsj", "fr-maduro", "ru-maduro"])
    );
    assert_eq!(ids(d, &["petroleo"]).len(), 1, "the .txt article");
    assert_eq!(ids(d, &["--lang", "fr"]), ["fr-maduro"]);
    assert_eq!(
        id_set(d, &["maduro", "--lang", "de,pt"]),
        set(&["de-wahl", "pt-gonzalez"])
    );
}

#[test]
fn exact_accents_rank_first() {
    let dir = indexed();
    let accented = ids(dir.path(), &["González"]);
    assert_eq!(accented.len(), 5);
    assert_eq!(accented.last().unwrap(), "en-wsj", "{accented:?}");
    // Typed without accents, no spelling is preferred: the same set, ranked by the
    // folded fields alone.
    let plain = ids(dir.path(), &["gonzalez"]);
    assert_eq!(plain.len(), 5);
    let cyrillic = ids(dir.path(), &["Мадуро"]);
    assert_eq!(cyrillic[0], "ru-maduro", "{cyrillic:?}");
}

#[test]
fn entity_filters_in_any_spelling() {
    let dir = indexed();
    let d = dir.path();
    // Entity-only searches list newest first; the mango is not Maduro.
    assert_eq!(ids(d, &["--entity", "Мадуро"]), MADURO_ARTICLES);
    assert_eq!(ids(d, &["--entity", "nicolas maduro"]), MADURO_ARTICLES);
    assert_eq!(ids(d, &["--entity-id", "nicolas-maduro"]), MADURO_ARTICLES);
    // Felipe González is not Edmundo González Urrutia.
    let edmundo = set(&["es-cne", "en-wsj", "pt-gonzalez", "ru-maduro"]);
    assert_eq!(id_set(d, &["--entity", "Edmundo González"]), edmundo);
    assert_eq!(
        id_set(
            d,
            &["--entity", "Maduro", "--entity", "Edmundo Gonzalez Urrutia"]
        ),
        edmundo
    );
    assert_eq!(
        id_set(d, &["--entity", "Felipe Gonzalez"]),
        set(&["es-mango", "es-felipe"])
    );
    // Combinations.
    assert_eq!(
        id_set(d, &["opposition", "--entity", "Николас Мадуро"]),
        set(&["de-wahl", "en-wsj", "fr-maduro"])
    );
    assert_eq!(
        ids(d, &["--entity", "Maduro", "--since", "2025-01-01"]),
        ["zh-maduro", "ru-maduro", "fr-maduro"]
    );
    assert_eq!(
        ids(d, &["--entity", "Maduro", "--until", "2024-07-30"]),
        ["de-wahl", "es-cne"]
    );
    assert_eq!(
        ids(d, &["--entity-id", "nicolas-maduro", "--lang", "es"]),
        ["es-cne"]
    );

    // A combined search highlights the words and the entity's mentions.
    let v = search_json(
        d,
        &["opposition", "--entity", "Николас Мадуро", "--lang", "en"],
    );
    assert_eq!(
        v["hits"][0]["snippet"],
        "<b>Nicolas Maduro</b> was offered amnesty, The Wall Street Journal reported. \
         Edmundo Gonzalez Urrutia won the election, the <b>opposition</b> says"
    );

    let v = search_json(d, &["--entity", "Мадуро"]);
    let first = &v["hits"][0];
    assert_eq!(first["date"], "2025-01-11T00:00:00Z");
    assert_eq!(first["lang"], "zh");
    assert_eq!(first["source"], "日报");
    assert!(
        first["snippet"].as_str().unwrap().contains("<b>"),
        "{first}"
    );
    assert!(first["entities"]
        .as_array()
        .unwrap()
        .contains(&Value::from("nicolas-maduro")));
    let facet = v["facets"]["entities"].as_array().unwrap();
    let edmundo = facet
        .iter()
        .find(|e| e["id"] == "edmundo-gonzalez-urrutia")
        .unwrap_or_else(|| panic!("{facet:?}"));
    assert_eq!(edmundo["count"], 4);
    assert_eq!(edmundo["name"], "Edmundo González Urrutia");
    let counts: Vec<u64> = facet.iter().map(|e| e["count"].as_u64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{facet:?}");
    assert!(!facet.iter().any(|e| e["id"] == "nicolas-maduro"));
}

#[test]
fn human_output_highlights_matches() {
    let dir = indexed();
    let out = nomen(dir.path(), &["search", "--index", "idx", "mango"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.starts_with("1 article for \"mango\""), "{text}");
    assert!(text.contains("Un mango maduro es dulce"), "{text}");
    assert!(text.contains("un [mango] maduro"), "{text}");
    assert!(
        text.contains("2024-06-01 · es · La Huerta · id es-mango"),
        "{text}"
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::{BufRead, BufReader};
    // Enough output (about 200 kB) that writing it outlasts the pipe's buffer.
    let dir = tempfile::tempdir().unwrap();
    let lines: String = (0..600)
        .map(|n| format!("{{\"id\":\"m{n}\",\"body\":\"Nicolás Maduro habló en el acto {n}.\"}}\n"))
        .collect();
    let out = run(
        dir.path(),
        &["index", "--index", "idx", "-"],
        &[],
        Some(lines.as_bytes()),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for json in [true, false] {
        let mut args = vec![
            "search", "--index", "idx", "--limit", "600", "--entity", "Maduro",
        ];
        if json {
            args.push("--json");
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_nomen"))
            .args(&args)
            .current_dir(dir.path())
            .env_remove("NOMEN_INDEX")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        // stdout is closed here, like `nomen search ... | head -1`.
        let out = child.wait_with_output().unwrap();
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert_eq!(stderr(&out), "");
    }
}

#[test]
fn nothing_found_and_bad_queries() {
    let dir = indexed();
    let d = dir.path();
    let none = nomen(d, &["search", "--index", "idx", "zzyzxq"]);
    assert_eq!(code(&none), 1);
    assert!(stdout(&none).starts_with("0 articles"));

    // Jorge and Delcy Rodríguez (and a city): the one the index mentions is searched,
    // the others are listed with their article counts.
    let by_mentions = nomen(
        d,
        &[
            "search",
            "--index",
            "idx",
            "--entity",
            "Rodríguez",
            "--json",
        ],
    );
    assert_eq!(code(&by_mentions), 0, "{}", stderr(&by_mentions));
    let json: serde_json::Value = serde_json::from_str(&stdout(&by_mentions)).unwrap();
    let r = &json["resolved"][0];
    assert_eq!(r["query"], "Rodríguez");
    assert_eq!(r["chosen_by"], "mentions", "{r}");
    assert!(r["entity"]["mentions"].as_u64().unwrap() > 0, "{r}");
    let chosen = r["entity"]["id"].as_str().unwrap();
    let other = if chosen == "jorge-rodriguez" {
        "delcy-rodriguez"
    } else {
        "jorge-rodriguez"
    };
    assert!(
        r["alternatives"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == other && a["mentions"].as_u64() == Some(0)),
        "{r}"
    );
    let plain = stdout(&nomen(
        d,
        &["search", "--index", "idx", "--entity", "Rodríguez"],
    ));
    let line = plain.lines().nth(1).unwrap_or_default();
    assert!(
        line.starts_with("\"Rodríguez\": ") && line.contains(other),
        "{plain}"
    );

    // Two cities of one name, neither mentioned nor three times the other's size:
    // ambiguous, the error lists both with their article counts.
    let ambiguous = nomen(d, &["search", "--index", "idx", "--entity", "Barcelona"]);
    assert_eq!(code(&ambiguous), 2);
    let err = stderr(&ambiguous);
    assert!(
        err.contains("ambiguous") && err.contains("0 articles"),
        "{err}"
    );
    assert!(
        err.contains("geonames-3128760") && err.contains("geonames-3648559"),
        "{err}"
    );
    assert!(err.contains("the id goes to --entity-id"), "{err}");
    // A name that matches no entity well: an error, not a search.
    let none = nomen(
        d,
        &[
            "search",
            "--index",
            "idx",
            "--entity",
            // (Not `Banco Central Europeo`: the built-in organisations have the ECB.)
            "Bundesanstalt für Finanzdienstleistungsaufsicht",
        ],
    );
    assert_eq!(code(&none), 2);
    assert!(
        stderr(&none).contains("no entity matches"),
        "{}",
        stderr(&none)
    );

    let unknown = nomen(d, &["search", "--index", "idx", "--entity-id", "nobody"]);
    assert_eq!(code(&unknown), 2);
    assert!(stderr(&unknown).contains("\"nobody\""));

    for (query, needle) in [
        ("\"unclosed", "quotes"),
        ("foo:bar", "fields:"),
        ("maduro AND", "AND"),
    ] {
        let out = nomen(d, &["search", "--index", "idx", query]);
        assert_eq!(code(&out), 2, "{query}");
        let err = stderr(&out);
        assert!(
            err.contains("query") && err.contains(needle),
            "{query}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    let huge = nomen(
        d,
        &["search", "--index", "idx", "mango", "--limit", "4000000000"],
    );
    assert_eq!(code(&huge), 0, "{}", stderr(&huge));
    let zero = nomen(
        d,
        &[
            "search", "--index", "idx", "--json", "mango", "--limit", "0",
        ],
    );
    let v: Value = serde_json::from_slice(&zero.stdout).unwrap();
    assert_eq!(
        (v["total"].as_u64(), v["hits"].as_array().map(Vec::len)),
        (Some(1), Some(0))
    );

    let date = nomen(d, &["search", "--index", "idx", "--since", "12/08/2024"]);
    assert_eq!(code(&date), 2);
    assert!(stderr(&date).contains("--since \"12/08/2024\""));

    let missing = nomen(d, &["search", "--index", "nowhere", "maduro"]);
    assert_eq!(code(&missing), 2);
    assert!(stderr(&missing).contains("nowhere"), "{}", stderr(&missing));
}

#[test]
fn bad_records_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut bad = Vec::new();
    bad.extend_from_slice(b"{\"id\":\"ok1\",\"body\":\"first good article about Maduro\"}\n");
    bad.extend_from_slice(b"{\"id\":\"x\",\"body\":\n");
    bad.extend_from_slice(b"{\"id\":\"nobody\",\"title\":\"no body\"}\n");
    bad.extend_from_slice(b"{\"id\":\"wrong\",\"title\":5,\"body\":\"b\"}\n");
    bad.extend_from_slice(b"{\"id\":\"bytes\",\"body\":\"caf\xe9\"}\n");
    bad.extend_from_slice(b"\n");
    bad.extend_from_slice(b"{\"id\":\"ok2\",\"body\":\"second good article\"}\n");
    std::fs::write(d.join("bad.jsonl"), &bad).unwrap();

    let out = nomen(d, &["index", "--index", "idx", "bad.jsonl"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("bad.jsonl:2: invalid JSON"), "{err}");
    assert!(
        err.contains("bad.jsonl:3: field \"body\": missing"),
        "{err}"
    );
    assert!(
        err.contains("bad.jsonl:4: field \"title\": expected a string, found a number"),
        "{err}"
    );
    assert!(err.contains("bad.jsonl:5: invalid UTF-8"), "{err}");
    assert_eq!(err.lines().count(), 4, "{err}");
    assert!(stdout(&out).contains("errors: 4"), "{}", stdout(&out));
    assert_eq!(id_set(d, &["article"]), set(&["ok1", "ok2"]));

    // --strict stops at the first bad record and keeps what came before it.
    let out = nomen(d, &["index", "--index", "strict", "--strict", "bad.jsonl"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("bad.jsonl:2:") && !err.contains("bad.jsonl:3:"),
        "{err}"
    );
    assert_eq!(stats(d, "strict")["documents"], 1);
}

#[test]
fn reindexing_replaces_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let articles = corpus().join("articles.jsonl");
    let articles = articles.to_str().unwrap();
    let first = nomen(d, &["index", "--index", "idx", articles]);
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    // A second run skips the file it already committed ...
    let again = nomen(d, &["index", "--index", "idx", articles]);
    assert_eq!(code(&again), 0);
    assert!(
        stdout(&again).contains("indexed 0 documents"),
        "{}",
        stdout(&again)
    );
    assert!(
        stdout(&again).contains("skipped 1 file already"),
        "{}",
        stdout(&again)
    );
    // ... and with --no-resume reads it again, replacing every article.
    let forced = nomen(d, &["index", "--index", "idx", "--no-resume", articles]);
    assert_eq!(code(&forced), 0);
    assert!(
        stdout(&forced).contains("indexed 9 documents (9 replacing an article with the same id)"),
        "{}",
        stdout(&forced)
    );
    assert_eq!(stats(d, "idx")["documents"], 9);
    assert_eq!(ids(d, &["proclama"]), ["es-cne"]);
    // An article with a known id replaces the old one.
    let update = "{\"id\":\"es-cne\",\"title\":\"Rectificación del CNE\",\"body\":\"El CNE publicó las actas.\",\"lang\":\"es\"}\n";
    let out = run(
        d,
        &["index", "--index", "idx", "-"],
        &[],
        Some(update.as_bytes()),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("indexed 1 document (1 replacing an article with the same id)"),
        "{}",
        stdout(&out)
    );
    assert_eq!(stats(d, "idx")["documents"], 9);
    assert!(ids(d, &["proclama"]).is_empty());
    assert_eq!(ids(d, &["rectificacion"]), ["es-cne"]);
}

/// tantivy's meta.json of `index` says a commit holds part of a file.
fn committed_partially(index: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(index.join("meta.json")) else {
        return false;
    };
    let Ok(meta) = serde_json::from_str::<Value>(&text) else {
        return false;
    };
    let payload = meta["payload"].as_str().unwrap_or("{}");
    serde_json::from_str::<Value>(payload).is_ok_and(|p| p["partial"].is_array())
}

#[test]
fn a_killed_run_leaves_an_index_that_opens_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // About 3 MB: a commit every MiB. With "lang" given (no detection, slow in
    // debug builds).
    let n = 6000;
    let lines: String = (0..n)
        .map(|i| {
            format!(
                "{{\"id\":\"k{i}\",\"lang\":\"es\",\"body\":\"Nicolás Maduro habló en el acto {i}. {}\"}}\n",
                "Texto de relleno para el artículo. ".repeat(12)
            )
        })
        .collect();
    std::fs::write(d.join("big.jsonl"), lines).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args([
            "index",
            "--index",
            "idx",
            "--commit-every-mb",
            "1",
            "big.jsonl",
        ])
        .current_dir(d)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it as soon as a commit holds part of the file (or let it finish).
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none()
        && !committed_partially(&d.join("idx"))
        && started.elapsed().as_secs() < 120
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let _ = child.kill();
    child.wait().unwrap();

    let first = stats(d, "idx")["documents"].as_u64().unwrap();
    assert!(first <= n);
    let out = nomen(d, &["index", "--index", "idx", "big.jsonl"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // The re-run indexed only what the killed one had not committed.
    let summary = stdout(&out);
    let again: u64 = summary
        .strip_prefix("indexed ")
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("{summary}"));
    assert_eq!(first + again, n, "{summary}");
    let s = stats(d, "idx");
    assert_eq!(s["documents"], n);
    assert_eq!(s["deleted"], 0);
}

#[test]
fn stdin_gzip_and_nomen_index_env() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let env = [("NOMEN_INDEX", "from-env")];
    let line =
        "{\"id\":\"stdin-1\",\"title\":\"Desde la entrada\",\"body\":\"Delcy Rodríguez habló.\"}\n";
    let out = run(d, &["index", "-"], &env, Some(line.as_bytes()));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let gz = corpus().join("extra.jsonl.gz");
    let out = run(d, &["index", gz.to_str().unwrap()], &env, None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(d.join("from-env/nomen.json").exists());
    assert!(!d.join("nomen-index").exists());
    let out = run(
        d,
        &["search", "--json", "--entity", "Delcy Rodriguez"],
        &env,
        None,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["hits"][0]["id"], "stdin-1");
    let out = run(d, &["search", "--json", "--entity", "Μαδούρο"], &env, None);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["total"], 1);
    assert_eq!(v["hits"][0]["id"], "el-maduro");
    // Without --index or NOMEN_INDEX, the index is ./nomen-index.
    let out = run(d, &["index", gz.to_str().unwrap()], &[], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(d.join("nomen-index/nomen.json").exists());
}

#[test]
fn the_index_records_its_gazetteer() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("extra.jsonl"),
        "{\"id\":\"acme\",\"name\":\"Acme Corporation\",\"kind\":\"organization\",\"aliases\":[\"Акме\"]}\n",
    )
    .unwrap();
    std::fs::write(
        d.join("news.jsonl"),
        "{\"id\":\"n1\",\"body\":\"Acme Corporation bought a mango farm.\"}\n{\"id\":\"n2\",\"body\":\"Nothing to see.\"}\n",
    )
    .unwrap();
    let out = nomen(
        d,
        &[
            "index",
            "--index",
            "idx",
            "--entities",
            "extra.jsonl",
            "news.jsonl",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // search resolves with the recorded gazetteer, no flags repeated.
    assert_eq!(ids(d, &["--entity", "Акме"]), ["n1"]);
    let s = stats(d, "idx");
    assert_eq!(s["gazetteer"]["sources"][0], "built-in");
    assert_eq!(s["gazetteer"]["sources"].as_array().unwrap().len(), 2);
    // More input without gazetteer flags reuses the recorded gazetteer ...
    std::fs::write(
        d.join("more.jsonl"),
        "{\"id\":\"n3\",\"body\":\"ACME CORPORATION again\"}\n",
    )
    .unwrap();
    let out = nomen(d, &["index", "--index", "idx", "more.jsonl"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(id_set(d, &["--entity-id", "acme"]), set(&["n1", "n3"]));
    // ... and another gazetteer is refused, naming both.
    let out = nomen(
        d,
        &[
            "index",
            "--index",
            "idx",
            "--no-builtin",
            "--entities",
            "extra.jsonl",
            "more.jsonl",
        ],
    );
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("was built with gazetteer"),
        "{}",
        stderr(&out)
    );
}
