//! Crash safety and concurrency of `nomen index`, driving the real binary: runs killed
//! (SIGKILL) at random moments and resumed, a second writer, searches while an index
//! run commits.
//!
//! After every kill the index must open, pass `nomen check`, and hold exactly the ids
//! of the input lines its last commit's payload says were committed (computed here
//! from the corpus, not just counted). The kill test is seeded (`NOMEN_CRASH_SEED`,
//! printed) and scaled by `NOMEN_CRASH_KILLS` (default 20; the ignored
//! `hundreds_of_kills` runs 300); `NOMEN_CRASH_VERBOSE=1` prints every kill.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn command(cwd: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nomen"));
    cmd.args(args)
        .current_dir(cwd)
        .env_remove("NOMEN_INDEX")
        .stdin(Stdio::null());
    cmd
}

fn nomen(cwd: &Path, args: &[&str]) -> Output {
    command(cwd, args).output().expect("nomen runs")
}

fn spawn(cwd: &Path, args: &[&str]) -> Child {
    command(cwd, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nomen runs")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// SplitMix64: a seeded generator for the kill delays (reproducible from the seed).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// One input file: its canonical path (as the commit payload records it) and the id
/// of each line (`ids[k]` is line k + 1; a `.txt` file is one line).
struct InputFile {
    path: PathBuf,
    ids: Vec<String>,
}

/// The final version of an article: its title and a word only it contains.
struct Version {
    title: String,
    marker: String,
}

/// A corpus written to disk, in the order `nomen index` reads it.
struct Corpus {
    files: Vec<InputFile>,
    /// id → its last version (a later line replaces an earlier one).
    last: BTreeMap<String, Version>,
    /// Markers of versions that were replaced (must not be found at the end).
    replaced_markers: Vec<String>,
}

impl Corpus {
    /// How many lines of each file the commit described by `progress` (the
    /// `progress` of `nomen check --json`; `null` for no commit) holds: all of the
    /// files it finished, and the lines up to its partial line of the file it was
    /// reading.
    fn committed_lines(&self, progress: &Value) -> Vec<usize> {
        let done: BTreeSet<&str> = progress["done"]
            .as_array()
            .map(|files| {
                files
                    .iter()
                    .map(|f| f["path"].as_str().expect("path"))
                    .collect()
            })
            .unwrap_or_default();
        let partial = progress["partial"].as_array().map(|p| {
            (
                p[0]["path"].as_str().expect("partial path").to_string(),
                p[1].as_u64().expect("partial line") as usize,
            )
        });
        self.files
            .iter()
            .map(|file| {
                let path = file.path.to_str().unwrap();
                if done.contains(path) {
                    file.ids.len()
                } else {
                    match &partial {
                        Some((p, line)) if p == path => (*line).min(file.ids.len()),
                        _ => 0,
                    }
                }
            })
            .collect()
    }

    /// The ids of every line the commit described by `progress` holds.
    fn committed(&self, progress: &Value) -> BTreeSet<String> {
        let lines = self.committed_lines(progress);
        self.files
            .iter()
            .zip(lines)
            .flat_map(|(file, n)| file.ids[..n].iter().cloned())
            .collect()
    }

    /// Input lines (articles) in all.
    fn lines(&self) -> usize {
        self.files.iter().map(|f| f.ids.len()).sum()
    }

    fn all_ids(&self) -> Vec<String> {
        self.last.keys().cloned().collect()
    }
}

/// Filler words, so that bodies (and the gzip file) are not trivially compressible.
const WORDS: [&str; 16] = [
    "gobierno",
    "elecciones",
    "consejo",
    "nacional",
    "oposición",
    "acuerdo",
    "frontera",
    "economía",
    "petróleo",
    "sanciones",
    "tribunal",
    "protesta",
    "ministro",
    "prensa",
    "informe",
    "mercado",
];

fn json_line(id: &str, title: &str, marker: &str, rng: &mut Rng, words: usize) -> String {
    let filler: Vec<&str> = (0..words)
        .map(|_| WORDS[rng.below(WORDS.len() as u64) as usize])
        .collect();
    format!(
        "{{\"id\":\"{id}\",\"lang\":\"es\",\"title\":\"{title}\",\"body\":\"Nicolás Maduro habló \
         en el acto {marker}. {}\"}}\n",
        filler.join(" ")
    )
}

/// Writes the kill test's corpus under `dir/in`: a JSON Lines file, a directory with
/// a gzip-compressed JSON Lines file and two `.txt` articles, and a last JSON Lines
/// file that also replaces some articles of the first. `lines` per JSON Lines file.
fn write_corpus(dir: &Path, lines: usize, seed: u64) -> Corpus {
    let root = dir.join("in");
    std::fs::create_dir_all(root.join("b")).unwrap();
    let mut rng = Rng(seed ^ 0x5eed);
    let mut corpus = Corpus {
        files: Vec::new(),
        last: BTreeMap::new(),
        replaced_markers: Vec::new(),
    };
    let mut add_json = |corpus: &mut Corpus,
                        name: &str,
                        gzip: bool,
                        make: &dyn Fn(usize) -> (String, String, String)| {
        let path = root.join(name);
        let mut content = String::new();
        let mut ids = Vec::new();
        for i in 0..lines {
            let (id, title, marker) = make(i);
            content.push_str(&json_line(&id, &title, &marker, &mut rng, 60));
            if let Some(old) = corpus.last.insert(id.clone(), Version { title, marker }) {
                corpus.replaced_markers.push(old.marker);
            }
            ids.push(id);
        }
        if gzip {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            enc.write_all(content.as_bytes()).unwrap();
            std::fs::write(&path, enc.finish().unwrap()).unwrap();
        } else {
            std::fs::write(&path, content).unwrap();
        }
        corpus.files.push(InputFile {
            path: path.canonicalize().unwrap(),
            ids,
        });
    };
    let plain = |prefix: &'static str| {
        move |i: usize| {
            let id = format!("{prefix}{i}");
            (id.clone(), format!("Artículo {id}"), format!("mark{id}"))
        }
    };
    add_json(&mut corpus, "a.jsonl", false, &plain("a"));
    add_json(&mut corpus, "b/c.jsonl.gz", true, &plain("c"));
    for name in ["d", "e"] {
        let path = root.join(format!("b/{name}.txt"));
        let (title, body) = (
            format!("Nota {name}"),
            format!("Delcy Rodríguez habló en el acto mark{name}txt."),
        );
        std::fs::write(&path, format!("{title}\n\n{body}\n")).unwrap();
        let id = nomen_index::content_id(&title, &body);
        corpus.last.insert(
            id.clone(),
            Version {
                title,
                marker: format!("mark{name}txt"),
            },
        );
        corpus.files.push(InputFile {
            path: path.canonicalize().unwrap(),
            ids: vec![id],
        });
    }
    // Every seventh line of z.jsonl is a second version of an article of a.jsonl.
    add_json(&mut corpus, "z.jsonl", false, &|i: usize| {
        if i % 7 == 3 {
            let id = format!("a{i}");
            (id.clone(), format!("Segunda {id}"), format!("v2mark{id}"))
        } else {
            let id = format!("z{i}");
            (id.clone(), format!("Artículo {id}"), format!("mark{id}"))
        }
    });
    corpus
}

/// `nomen check --json` on `idx`, which must pass.
fn check(cwd: &Path, idx: &str, context: &str) -> Value {
    let out = nomen(cwd, &["check", "--index", idx, "--json"]);
    assert_eq!(
        code(&out),
        0,
        "{context}: nomen check failed:\n{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn live_ids(idx: &Path) -> Vec<String> {
    nomen_index::NomenIndex::open(idx)
        .and_then(|index| index.live_ids())
        .unwrap_or_else(|e| panic!("{}: {e}", idx.display()))
}

/// The temporary files in `idx` (tantivy's `.tmpXXXXXX`, nomen's `*.tmp*`).
fn temporary_files(idx: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(idx)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    names.sort();
    names
}

/// Checks a complete index: every id once, the last version of a sample of articles
/// (found by their own words), no replaced version, no leftover files.
fn assert_complete(d: &Path, corpus: &Corpus, rng: &mut Rng, context: &str) {
    let report = check(d, "idx", context);
    assert_eq!(live_ids(&d.join("idx")), corpus.all_ids(), "{context}");
    assert_eq!(
        report["unreferenced_files"],
        Value::Array(vec![]),
        "{context}"
    );
    assert_eq!(
        temporary_files(&d.join("idx")),
        Vec::<String>::new(),
        "{context}"
    );
    let ids = corpus.all_ids();
    let mut sample: Vec<&String> = (0..4)
        .map(|_| &ids[rng.below(ids.len() as u64) as usize])
        .collect();
    // A replaced article and the .txt ones too.
    sample.push(&ids[0]);
    for (id, version) in &corpus.last {
        if version.marker.ends_with("txt") {
            sample.push(id);
        }
    }
    sample.extend(
        corpus
            .last
            .iter()
            .find(|(_, v)| v.marker.starts_with("v2"))
            .map(|(id, _)| id),
    );
    for id in sample {
        let version = &corpus.last[id];
        let out = nomen(d, &["search", "--index", "idx", "--json", &version.marker]);
        assert_eq!(code(&out), 0, "{context}: {}", text(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["total"], 1, "{context}: {}", version.marker);
        assert_eq!(v["hits"][0]["id"], id.as_str(), "{context}");
        assert_eq!(v["hits"][0]["title"], version.title.as_str(), "{context}");
    }
    let old = &corpus.replaced_markers[0];
    let out = nomen(d, &["search", "--index", "idx", "--json", old]);
    assert_eq!(
        code(&out),
        1,
        "{context}: the replaced version {old} is still found"
    );
}

/// Kills `nomen index --commit-every-mb 1` `kills` times at random moments, checking
/// the index after each kill, and lets a run complete now and then (verified, then
/// removed, so that later kills find work to interrupt).
fn kill_and_resume(kills: u32, lines: usize) {
    let seed = std::env::var("NOMEN_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!(
        "kill test: seed {seed} (NOMEN_CRASH_SEED={seed} reproduces the delays), {kills} kills"
    );
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let corpus = write_corpus(d, lines, seed);
    let args = ["index", "--index", "idx", "--commit-every-mb", "1", "in"];

    // A full run first: it measures how long one takes (the range of the delays).
    let started = Instant::now();
    let out = nomen(d, &args);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let full_ms = started.elapsed().as_millis().max(50) as u64;
    assert_complete(d, &corpus, &mut rng, "first full run");
    std::fs::remove_dir_all(d.join("idx")).unwrap();

    let (mut killed, mut completed, mut commits_seen, mut max_leftovers) =
        (0u32, 0u32, 0u32, 0usize);
    let mut last_commit = Value::Null;
    let total = corpus.last.len() as u64;
    let mut committed_docs = 0u64;
    let mut last_leftovers: BTreeSet<String> = BTreeSet::new();
    let mut round = 0u32;
    let mut creations_killed = 0u32;
    while killed < kills {
        round += 1;
        // When to kill: (a) at a random moment of the first 300 ms (creating the
        // index, taking the lock, reading the first batches); (b) just after the
        // run's k-th change of meta.json (a commit or a merge) plus a random 0-40 ms
        // (mid-commit, garbage collection, merges, the next batch); (c) at a random
        // moment of what is left of the work (a resumed run skips what is committed,
        // but always opens the index, commits and waits for its merges: a quarter of
        // a full run is a rough bound of that).
        let left_ms = full_ms * (total - committed_docs + total / 4) / total;
        let (when, delay, after_changes) = match rng.below(10) {
            0..=2 => ("early", rng.below(300), u32::MAX),
            3..=6 => ("after a commit", rng.below(41), 1 + rng.below(3) as u32),
            _ => ("anywhere", rng.below(left_ms + 1), u32::MAX),
        };
        let context = if after_changes == u32::MAX {
            format!("seed {seed}, round {round}, {when}: {delay} ms")
        } else {
            format!("seed {seed}, round {round}, {when}: {delay} ms after change {after_changes}")
        };
        let meta = || std::fs::read(d.join("idx/meta.json")).ok();
        let mut last_meta = meta();
        let mut changes = 0u32;
        let mut started = Instant::now();
        let mut child = spawn(d, &args);
        let finished = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break Some(status);
            }
            if after_changes != u32::MAX && changes < after_changes {
                let now = meta();
                if now != last_meta {
                    last_meta = now;
                    changes += 1;
                    started = Instant::now();
                }
            } else if started.elapsed() >= Duration::from_millis(delay) {
                break None;
            }
            std::thread::sleep(Duration::from_millis(1));
        };
        match finished {
            Some(status) => {
                let output = child.wait_with_output().unwrap();
                assert!(
                    status.success(),
                    "{context}: the run failed: {}",
                    text(&output.stderr)
                );
                // It resumed: it indexed the lines the last commit did not hold.
                let left =
                    corpus.lines() - corpus.committed_lines(&last_commit).iter().sum::<usize>();
                let summary = text(&output.stdout);
                assert!(
                    summary.starts_with(&format!("indexed {left} document")),
                    "{context}: {left} documents were left to index: {summary}"
                );
                completed += 1;
                check(d, "idx", &context);
                assert_eq!(live_ids(&d.join("idx")), corpus.all_ids(), "{context}");
                std::fs::remove_dir_all(d.join("idx")).unwrap();
                last_commit = Value::Null;
                last_leftovers.clear();
                committed_docs = 0;
                continue;
            }
            None => {
                child.kill().unwrap();
                child.wait().unwrap();
                killed += 1;
            }
        }
        let idx = d.join("idx");
        if !idx.join("meta.json").exists() {
            // Killed before the index was created: nothing committed, nothing to
            // search, and the next run must not trip over what the creation left.
            let out = nomen(d, &["check", "--index", "idx"]);
            assert_eq!(code(&out), 2, "{context}");
            assert!(
                text(&out.stderr).contains("no nomen index here"),
                "{context}: {}",
                text(&out.stderr)
            );
            creations_killed += 1;
            continue;
        }
        let report = check(d, "idx", &context);
        let expected: Vec<String> = corpus.committed(&report["progress"]).into_iter().collect();
        let live = live_ids(&idx);
        assert_eq!(
            live.len(),
            expected.len(),
            "{context}: {} documents lost or added",
            expected.len().abs_diff(live.len())
        );
        assert_eq!(live, expected, "{context}");
        assert_eq!(report["documents"], expected.len(), "{context}");
        committed_docs = expected.len() as u64;
        if std::env::var_os("NOMEN_CRASH_VERBOSE").is_some() {
            eprintln!("{context}: killed; {committed_docs} documents committed");
        }
        // Files a killed run left (tantivy's uncommitted segments and temporary
        // files) must not pile up: once a run commits, the ones seen before it are gone.
        let mut leftovers: BTreeSet<String> = report["unreferenced_files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap().to_string())
            .collect();
        leftovers.extend(temporary_files(&idx));
        let commit = report["progress"].clone();
        if commit != last_commit {
            commits_seen += 1;
            let stale: Vec<&String> = leftovers.intersection(&last_leftovers).collect();
            assert!(
                stale.is_empty(),
                "{context}: leftovers survived a commit: {stale:?}"
            );
        }
        max_leftovers = max_leftovers.max(leftovers.len());
        last_commit = commit;
        last_leftovers = leftovers;
    }
    // Whatever the last kill left, one more run completes the index, resuming.
    let out = nomen(d, &args);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let left = corpus.lines() - corpus.committed_lines(&last_commit).iter().sum::<usize>();
    assert!(
        text(&out.stdout).starts_with(&format!("indexed {left} document")),
        "seed {seed}: {left} documents were left to index: {}",
        text(&out.stdout)
    );
    assert_complete(d, &corpus, &mut rng, &format!("seed {seed}, final run"));
    eprintln!(
        "kill test: seed {seed}: {killed} kills survived ({creations_killed} before the index \
         existed), {completed} runs completed between them, {commits_seen} distinct commits \
         checked, at most {max_leftovers} leftover files, 0 documents lost ({} documents, \
         full run {full_ms} ms)",
        corpus.last.len()
    );
}

#[test]
fn killed_runs_leave_a_consistent_index_that_resumes() {
    let kills = std::env::var("NOMEN_CRASH_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    kill_and_resume(kills, 2500);
}

/// The long version, for the figures: `cargo test -p nomen-cli --test crash -- --ignored`.
#[test]
#[ignore = "several minutes: 300 kills"]
fn hundreds_of_kills() {
    kill_and_resume(300, 2500);
}

/// Waits until `idx/nomen.json` exists (written under the writer lock, so the run
/// holds it from then on); panics if `child` ends first.
fn wait_for_lock(child: &mut Child, idx: &Path) {
    while !idx.join("nomen.json").exists() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the run ended ({status}) before it was seen holding the lock");
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn a_second_writer_is_refused_and_a_killed_writer_does_not_block() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let corpus = write_corpus(d, 2500, 7);
    let mut rng = Rng(7);
    let args = [
        "index",
        "--index",
        "idx",
        "--commit-every-mb",
        "1",
        "--threads",
        "1",
        "in",
    ];
    let mut first = spawn(d, &args);
    wait_for_lock(&mut first, &d.join("idx"));
    let second = nomen(d, &["index", "--index", "idx", "in"]);
    assert!(
        first.try_wait().unwrap().is_none(),
        "the first run ended before the second was refused: make the corpus larger"
    );
    assert_eq!(code(&second), 2, "{}", text(&second.stderr));
    assert_eq!(
        text(&second.stderr),
        "nomen: error: index idx is locked by another nomen process (a `nomen index` still \
         running?); wait for it to end, or write into another directory\n"
    );
    let status = first.wait().unwrap();
    assert!(status.success(), "{status}");
    assert_complete(d, &corpus, &mut rng, "first run");

    // A run killed holding the lock: the next run neither waits nor fails.
    std::fs::remove_dir_all(d.join("idx")).unwrap();
    let mut killed = spawn(d, &args);
    wait_for_lock(&mut killed, &d.join("idx"));
    killed.kill().unwrap();
    killed.wait().unwrap();
    let out = nomen(d, &args);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert_complete(d, &corpus, &mut rng, "after a kill");
}

#[test]
fn a_held_lock_refuses_writers_but_not_readers() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("one.jsonl"),
        "{\"id\":\"x1\",\"body\":\"Nicolás Maduro habló.\"}\n",
    )
    .unwrap();
    std::fs::write(
        d.join("two.jsonl"),
        "{\"id\":\"x2\",\"body\":\"Delcy Rodríguez habló.\"}\n",
    )
    .unwrap();
    let out = nomen(d, &["index", "--index", "idx", "one.jsonl"]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    // Held by this process, as another nomen process would hold it.
    let lock = nomen_index::lock::IndexLock::acquire(&d.join("idx")).unwrap();
    let out = nomen(d, &["index", "--index", "idx", "two.jsonl"]);
    assert_eq!(code(&out), 2);
    assert!(
        text(&out.stderr).contains("index idx is locked by another nomen process"),
        "{}",
        text(&out.stderr)
    );
    // Readers take no lock.
    let out = nomen(d, &["search", "--index", "idx", "maduro"]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    check(d, "idx", "locked");
    drop(lock);
    let out = nomen(d, &["index", "--index", "idx", "two.jsonl"]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert_eq!(live_ids(&d.join("idx")), ["x1", "x2"]);

    // A new index: the lock is taken before anything else is written, so a locked
    // empty directory is "locked", not "not a nomen index".
    std::fs::create_dir(d.join("fresh")).unwrap();
    let lock = nomen_index::lock::IndexLock::acquire(&d.join("fresh")).unwrap();
    let out = nomen(d, &["index", "--index", "fresh", "one.jsonl"]);
    assert_eq!(code(&out), 2);
    assert!(
        text(&out.stderr).contains("is locked"),
        "{}",
        text(&out.stderr)
    );
    assert!(!d.join("fresh/nomen.json").exists());
    drop(lock);
    let out = nomen(d, &["index", "--index", "fresh", "one.jsonl"]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
}

#[test]
fn searches_while_indexing_see_only_whole_commits() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("in")).unwrap();
    // Files of 400 lines (~200 KB, one batch each), so a commit holds whole files: the
    // counts a search may see are the totals at file boundaries.
    let mut rng = Rng(11);
    let mut corpus = Corpus {
        files: Vec::new(),
        last: BTreeMap::new(),
        replaced_markers: Vec::new(),
    };
    let mut valid = vec![0u64];
    for f in 0..24 {
        let path = d.join(format!("in/f{f:02}.jsonl"));
        let mut content = String::new();
        let mut ids = Vec::new();
        for i in 0..400 {
            let id = format!("f{f}n{i}");
            content.push_str(&json_line(
                &id,
                "Título",
                &format!("mark{id}"),
                &mut rng,
                60,
            ));
            ids.push(id);
        }
        std::fs::write(&path, content).unwrap();
        valid.push(valid.last().unwrap() + ids.len() as u64);
        corpus.files.push(InputFile {
            path: path.canonicalize().unwrap(),
            ids,
        });
    }
    let total = *valid.last().unwrap();
    let mut child = spawn(
        d,
        &[
            "index",
            "--index",
            "idx",
            "--commit-every-mb",
            "1",
            "--threads",
            "1",
            "in",
        ],
    );
    let (mut stats_seen, mut search_seen, mut checks) = (Vec::new(), Vec::new(), 0u32);
    let mut running = true;
    while running {
        running = child.try_wait().unwrap().is_none();
        let out = nomen(d, &["stats", "--index", "idx", "--json"]);
        if code(&out) == 2 && stats_seen.is_empty() && text(&out.stderr).contains("no nomen index")
        {
            continue; // not created yet
        }
        assert_eq!(code(&out), 0, "stats: {}", text(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        stats_seen.push(v["documents"].as_u64().unwrap());

        let out = nomen(
            d,
            &[
                "search", "--index", "idx", "--json", "--limit", "1", "maduro",
            ],
        );
        assert!(matches!(code(&out), 0 | 1), "search: {}", text(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        search_seen.push(v["total"].as_u64().unwrap());

        let report = check(d, "idx", "during indexing");
        let expected = corpus.committed(&report["progress"]).len();
        assert_eq!(report["documents"], expected, "{report}");
        checks += 1;
    }
    eprintln!("counts seen by stats {stats_seen:?}, by search {search_seen:?}, {checks} checks");
    for seen in [&stats_seen, &search_seen] {
        assert!(
            seen.windows(2).all(|w| w[0] <= w[1]),
            "decreasing: {seen:?}"
        );
        for n in seen {
            assert!(valid.contains(n), "{n} is not a whole commit: {seen:?}");
        }
    }
    assert_eq!(stats_seen.last(), Some(&total));
    assert!(child.wait().unwrap().success());
}

#[test]
fn writers_racing_to_create_an_index_never_collide() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut rng = Rng(13);
    let lines: String = (0..200)
        .map(|i| {
            json_line(
                &format!("r{i}"),
                "Título",
                &format!("markr{i}"),
                &mut rng,
                20,
            )
        })
        .collect();
    std::fs::write(d.join("race.jsonl"), lines).unwrap();
    let expected: Vec<String> = {
        let mut ids: Vec<String> = (0..200).map(|i| format!("r{i}")).collect();
        ids.sort();
        ids
    };
    for round in 0..6 {
        let idx = format!("race{round}");
        let args = ["index", "--index", idx.as_str(), "race.jsonl"];
        // Both start before either has created anything.
        let runs = [spawn(d, &args), spawn(d, &args)];
        let mut refused = 0;
        for run in runs {
            let out = run.wait_with_output().unwrap();
            match code(&out) {
                0 => {}
                2 if text(&out.stderr).contains("is locked by another nomen process") => {
                    refused += 1;
                }
                c => panic!("round {round}: exit {c}: {}", text(&out.stderr)),
            }
        }
        assert!(refused < 2, "round {round}: both were refused");
        check(d, &idx, &format!("round {round}"));
        assert_eq!(live_ids(&d.join(&idx)), expected, "round {round}");
    }
}
