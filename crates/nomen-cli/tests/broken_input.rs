//! Broken input, driven through the real binary: a corpus of broken files generated
//! here (invalid JSON and UTF-8, wrong types, binary data, truncated gzip, records
//! over the size limit up to a 100 MiB single line, JSON nested a million levels
//! deep, unreadable directory entries, broken and foreign index directories, broken
//! gazetteers, queries tantivy rejects). For each: the message
//! names the file and line (and field or column where there is one), the exit code
//! is the documented one (README "Exit codes and errors"), nothing panics, and an
//! index that held documents before holds exactly them afterwards (plus the good
//! records of a partly broken file).

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Runs `nomen` in `cwd`, feeding `stdin` (if any).
fn run(cwd: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(args)
        .current_dir(cwd)
        .env_remove("NOMEN_INDEX")
        .env("NOMEN_CACHE_DIR", "")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nomen runs");
    if let Some(input) = stdin {
        if let Err(e) = child.stdin.take().unwrap().write_all(input) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "nomen {args:?} panicked: {err}"
    );
    out
}

fn nomen(cwd: &Path, args: &[&str]) -> Output {
    run(cwd, args, None)
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts the exit code and that stderr holds every one of `needles`.
#[track_caller]
fn expect(out: &Output, want_code: i32, needles: &[&str]) {
    let err = stderr(out);
    assert_eq!(code(out), want_code, "stderr: {err}");
    for needle in needles {
        assert!(err.contains(needle), "{needle:?} not in: {err}");
    }
}

/// The ids in the index `idx` under `dir`.
fn ids(dir: &Path, idx: &str) -> BTreeSet<String> {
    let out = nomen(
        dir,
        &["search", "--index", idx, "--json", "--limit", "100000"],
    );
    assert!(code(&out) <= 1, "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = v["hits"].as_array().unwrap();
    assert_eq!(v["total"].as_u64(), Some(hits.len() as u64));
    hits.iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

/// Deterministic pseudo-random bytes (xorshift), for "binary" files.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

fn article(id: &str) -> String {
    format!("{{\"id\":\"{id}\",\"title\":\"Title {id}\",\"body\":\"the body of {id}\"}}\n")
}

/// A temp dir with `idx` holding the good articles `g1`..`g5`.
fn good_index() -> (tempfile::TempDir, BTreeSet<String>) {
    let dir = tempfile::tempdir().unwrap();
    let good: String = (1..=5).map(|n| article(&format!("g{n}"))).collect();
    std::fs::write(dir.path().join("good.jsonl"), good).unwrap();
    let out = nomen(dir.path(), &["index", "--index", "idx", "good.jsonl"]);
    expect(&out, 0, &[]);
    let before = ids(dir.path(), "idx");
    assert_eq!(before.len(), 5);
    (dir, before)
}

/// Indexes `args` into `idx`, expecting `code` and `needles`; then the index holds
/// exactly `expected` plus `added`, which becomes the new `expected`.
#[track_caller]
fn index_case(
    d: &Path,
    expected: &mut BTreeSet<String>,
    args: &[&str],
    want_code: i32,
    needles: &[&str],
    added: &[String],
) {
    let mut full = vec!["index", "--index", "idx"];
    full.extend_from_slice(args);
    let out = nomen(d, &full);
    expect(&out, want_code, needles);
    expected.extend(added.iter().cloned());
    assert_eq!(&ids(d, "idx"), expected, "after nomen {args:?}");
}

fn s(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn broken_records_are_reported_with_file_line_and_field() {
    let (dir, mut expected) = good_index();
    let d = dir.path();
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let mut mixed: Vec<u8> = Vec::new();
    let lines: Vec<Vec<u8>> = vec![
        br#"{"id":"m1","body":"fine"}"#.to_vec(),
        b"[1,2]".to_vec(),
        b"42".to_vec(),
        b"null".to_vec(),
        br#"{"id":true,"body":"x"}"#.to_vec(),
        br#"{"id":"m6","body":5}"#.to_vec(),
        br#"{"id":"m7","title":["t"],"body":"x"}"#.to_vec(),
        br#"{"id":"m8","body":"x","date":"soon"}"#.to_vec(),
        br#"{"id":"m9"}"#.to_vec(),
        b"{\"id\":\"m10\",\"body\":\"a\x00b\"}".to_vec(),
        b"{\"id\":\"m11\",\"body\":\"x\xff\"}".to_vec(),
        format!(r#"{{"id":"m12","body":{deep}}}"#).into_bytes(),
        format!(r#"{{"id":"m13","body":"deep extra","extra":{deep}}}"#).into_bytes(),
        "\u{feff}{\"id\":\"m14\",\"body\":\"after a BOM\"}"
            .as_bytes()
            .to_vec(),
        b"{\"id\":\"m15\",\"body\":\"CRLF\"}\r".to_vec(),
        br#"{"id":"m16","body":"x""#.to_vec(),
        br#"{"id":"","body":"an empty id"}"#.to_vec(),
        b"   ".to_vec(),
        br#"{"id":"m19","body":"no newline at the end"}"#.to_vec(),
    ];
    for (i, line) in lines.iter().enumerate() {
        mixed.extend_from_slice(line);
        if i + 1 < lines.len() {
            mixed.push(b'\n');
        }
    }
    std::fs::write(d.join("mixed.jsonl"), &mixed).unwrap();
    let content_id = nomen_index::content_id("", "an empty id");
    index_case(
        d,
        &mut expected,
        &["mixed.jsonl"],
        1,
        &[
            "mixed.jsonl:2: expected a JSON object, found an array",
            "mixed.jsonl:3: expected a JSON object, found a number",
            "mixed.jsonl:4: expected a JSON object, found null",
            "mixed.jsonl:5: field \"id\": expected a string, found a boolean",
            "mixed.jsonl:6: field \"body\": expected a string, found a number",
            "mixed.jsonl:7: field \"title\": expected a string, found an array",
            "mixed.jsonl:8: field \"date\": \"soon\" is not a date",
            "mixed.jsonl:9: field \"body\": missing",
            "mixed.jsonl:10: invalid JSON at column 22: control character",
            "mixed.jsonl:11: invalid UTF-8 at column 22",
            "mixed.jsonl:12: field \"body\": expected a string, found an array",
            "mixed.jsonl:16: invalid JSON at column 22: EOF while parsing",
        ],
        &s(&["m1", "m13", "m14", "m15", &content_id, "m19"]),
    );

    // Empty and binary files.
    std::fs::write(d.join("empty.jsonl"), "").unwrap();
    index_case(d, &mut expected, &["empty.jsonl"], 0, &[], &[]);
    std::fs::write(d.join("empty.txt"), " \n\n").unwrap();
    index_case(
        d,
        &mut expected,
        &["empty.txt"],
        1,
        &["empty.txt:1: empty file"],
        &[],
    );
    std::fs::write(d.join("binary.jsonl"), noise(20_000, 7)).unwrap();
    std::fs::write(d.join("binary.txt"), noise(20_000, 11)).unwrap();
    let out = nomen(
        d,
        &["index", "--index", "idx", "binary.jsonl", "binary.txt"],
    );
    expect(
        &out,
        1,
        &["binary.jsonl:1: ", "binary.txt:1: invalid UTF-8 at column"],
    );
    for line in stderr(&out).lines() {
        assert!(
            line.starts_with("nomen: skipped binary.jsonl:")
                || line.starts_with("nomen: skipped binary.txt:1: invalid UTF-8 at column")
                || line.starts_with("nomen: more bad records"),
            "{line}"
        );
    }
    assert_eq!(ids(d, "idx"), expected);

    // Standard input names itself.
    let out = run(
        d,
        &["index", "--index", "idx", "-"],
        Some(b"{\"id\":\"s1\",\"body\":\"from stdin\"}\n{\"body\":1.5}\n"),
    );
    expect(
        &out,
        1,
        &["<stdin>:2: field \"body\": expected a string, found a number"],
    );
    expected.insert("s1".into());
    assert_eq!(ids(d, "idx"), expected);

    // --strict stops at the first bad record; what came before is kept.
    let strict = article("t1") + "{\"id\":\"t2\"}\n" + &article("t3");
    std::fs::write(d.join("strict.jsonl"), strict).unwrap();
    index_case(
        d,
        &mut expected,
        &["--strict", "strict.jsonl"],
        1,
        &["strict.jsonl:2: field \"body\": missing"],
        &s(&["t1"]),
    );
}

#[test]
fn broken_gzip_and_oversized_records() {
    let (dir, mut expected) = good_index();
    let d = dir.path();
    // Named .gz but not gzip: read as what it is (gzip is told by its magic bytes).
    std::fs::write(d.join("plain.jsonl.gz"), article("p1")).unwrap();
    std::fs::write(d.join("garbage.jsonl.gz"), b"this is not gzip\n").unwrap();
    index_case(
        d,
        &mut expected,
        &["plain.jsonl.gz", "garbage.jsonl.gz"],
        1,
        &["garbage.jsonl.gz:1: expected a JSON object, found text that is not JSON"],
        &s(&["p1"]),
    );

    // Truncated gzip: the lines before the cut are indexed, the rest reported.
    let text: String = (1..=400).map(|n| article(&format!("z{n}"))).collect();
    let gz = gzip(text.as_bytes());
    std::fs::write(d.join("cut.jsonl.gz"), &gz[..gz.len() / 2]).unwrap();
    let out = nomen(d, &["index", "--index", "idx", "cut.jsonl.gz"]);
    expect(&out, 1, &["read error, rest of the file skipped"]);
    let err = stderr(&out);
    let line: usize = err
        .split("cut.jsonl.gz:")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no line in {err}"));
    assert!(line > 1 && line < 400, "{err}");
    expected.extend((1..line).map(|n| format!("z{n}")));
    assert_eq!(ids(d, "idx"), expected);

    // A gzip member followed by garbage.
    let mut trailing = gzip(article("y1").as_bytes());
    trailing.extend_from_slice(b"trailing garbage");
    std::fs::write(d.join("trailing.jsonl.gz"), trailing).unwrap();
    index_case(
        d,
        &mut expected,
        &["trailing.jsonl.gz"],
        1,
        &["trailing.jsonl.gz:2: read error, rest of the file skipped: invalid gzip header"],
        &s(&["y1"]),
    );

    // Records over --max-doc-mb: a JSON line is streamed through and rejected, the
    // lines after it are read; a .txt is indexed cut, with a warning.
    let long = "word ".repeat(3 << 20 >> 2); // 3.75 MiB
    let json = article("before")
        + &format!("{{\"id\":\"long\",\"body\":\"{long}\"}}\n")
        + &article("after");
    std::fs::write(d.join("long.jsonl"), json).unwrap();
    index_case(
        d,
        &mut expected,
        &["--max-doc-mb", "1", "long.jsonl"],
        1,
        &["long.jsonl:2: record of 3.8 MiB is over the limit of 1 MiB (--max-doc-mb)"],
        &s(&["before", "after"]),
    );
    std::fs::write(d.join("long.txt"), format!("A long title\n{long}")).unwrap();
    let out = nomen(
        d,
        &[
            "index",
            "--index",
            "idx",
            "--max-doc-mb",
            "1",
            "--json",
            "long.txt",
        ],
    );
    expect(
        &out,
        0,
        &["nomen: warning: long.txt:1: longer than the record limit of 1 MiB (--max-doc-mb): only its first 1 MiB are indexed"],
    );
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (summary["documents"].as_u64(), summary["truncated"].as_u64()),
        (Some(1), Some(1))
    );
    let now = ids(d, "idx");
    assert_eq!(now.len(), expected.len() + 1);
    assert!(expected.is_subset(&now));
    expected = now;
    // Under the limit, the same .txt is whole (no warning).
    let out = nomen(d, &["index", "--index", "idx", "--no-resume", "long.txt"]);
    expect(&out, 0, &[]);
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    // A .txt's id is derived from its content: the whole text is another article.
    let now = ids(d, "idx");
    assert_eq!(now.len(), expected.len() + 1);
    assert!(expected.is_subset(&now));
    expected = now;

    // Limits on the options themselves.
    for (args, needle) in [
        (
            &["--max-doc-mb", "0"][..],
            "--max-doc-mb 0: the limit must be at least 1 MiB",
        ),
        (
            &["--memory-mb", "10"][..],
            "--memory-mb 10: tantivy needs at least 15 MiB",
        ),
        (
            &["--threads", "1", "--memory-mb", "5000"][..],
            "--memory-mb 5000: tantivy takes at most 4095 MiB per indexing thread (1 here)",
        ),
        (
            &["--memory-mb", "18446744073709551615"][..],
            "--memory-mb 18446744073709551615: tantivy takes at most 4095 MiB",
        ),
        (
            &["--memory-mb", "lots"][..],
            "invalid value 'lots' for '--memory-mb <MB>'",
        ),
        (&["--max-doc-mb", "-1"][..], "unexpected argument '-1'"),
    ] {
        let mut full = vec!["index", "--index", "idx"];
        full.extend_from_slice(args);
        full.push("long.jsonl");
        expect(&nomen(d, &full), 2, &[needle]);
    }
    // Two budgets accepted, the same documents.
    for mb in ["15", "64"] {
        let out = nomen(
            d,
            &[
                "index",
                "--index",
                "idx",
                "--no-resume",
                "--max-doc-mb",
                "1",
                "--memory-mb",
                mb,
                "long.jsonl",
            ],
        );
        expect(&out, 1, &["long.jsonl:2: record of"]);
    }
    assert_eq!(ids(d, "idx"), expected);
}

/// The largest inputs of the issue's list: a 100 MiB single line (a JSON record, a
/// `.txt` article, a gazetteer entry) and JSON nested a million levels deep (in
/// records and in gazetteers). Rejected or cut, with file and line; the index keeps
/// what it held.
#[test]
fn hundred_megabyte_lines_and_a_million_levels_of_nesting() {
    let (dir, mut expected) = good_index();
    let d = dir.path();
    let hundred_mb = "word ".repeat(20 << 20);
    assert_eq!(hundred_mb.len(), 100 << 20);
    let depth = 1_000_000;
    let records = [
        article("h1"),
        format!("{{\"id\":\"huge\",\"body\":\"{hundred_mb}\"}}\n"),
        format!(
            "{{\"id\":\"deep-extra\",\"body\":\"fine\",\"extra\":{}{}}}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
        format!(
            "{{\"id\":\"deep-body\",\"body\":{}1{}}}\n",
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        ),
        article("h2"),
    ];
    std::fs::write(d.join("big.jsonl"), records.concat()).unwrap();
    index_case(
        d,
        &mut expected,
        &["big.jsonl"],
        1,
        &[
            "big.jsonl:2: record of 100.0 MiB is over the limit of 16 MiB (--max-doc-mb)",
            "big.jsonl:4: field \"body\": expected a string, found an object",
        ],
        &s(&["h1", "deep-extra", "h2"]),
    );
    std::fs::write(d.join("big.txt"), format!("A title\n{hundred_mb}")).unwrap();
    let out = nomen(
        d,
        &[
            "index",
            "--index",
            "idx",
            "--max-doc-mb",
            "1",
            "--json",
            "big.txt",
        ],
    );
    expect(
        &out,
        0,
        &["nomen: warning: big.txt:1: longer than the record limit of 1 MiB (--max-doc-mb)"],
    );
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["truncated"].as_u64(), Some(1));
    let now = ids(d, "idx");
    assert_eq!(now.len(), expected.len() + 1);
    assert!(expected.is_subset(&now));

    // Gazetteers: an alias of 100 MiB, an extra field nested a million levels deep.
    let entity = "{\"id\":\"a\",\"name\":\"Name a\",\"kind\":\"person\"";
    std::fs::write(
        d.join("g-huge.jsonl"),
        format!("{entity},\"aliases\":[\"{hundred_mb}\"]}}\n"),
    )
    .unwrap();
    std::fs::write(
        d.join("g-deep.jsonl"),
        format!(
            "{entity},\"extra\":{}{}}}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    )
    .unwrap();
    std::fs::write(d.join("article.txt"), "Some text about Name a.").unwrap();
    for (file, needles) in [
        (
            "g-huge.jsonl",
            &[
                "gazetteer g-huge.jsonl:1: field \"aliases\": an alias of entity \"a\" is \
               104857600 bytes long, over the limit of 4096 (a name, not a text)",
            ][..],
        ),
        (
            "g-deep.jsonl",
            &[
                "gazetteer g-deep.jsonl:1: invalid JSON at column ",
                ": recursion limit exceeded",
            ][..],
        ),
    ] {
        expect(
            &nomen(d, &["tag", "--entities", file, "article.txt"]),
            2,
            needles,
        );
        let args = ["index", "--index", "idx", "--entities", file, "good.jsonl"];
        expect(&nomen(d, &args), 2, needles);
    }
    assert_eq!(ids(d, "idx"), now);
}

#[test]
fn unreadable_paths_and_directory_entries() {
    let (dir, mut expected) = good_index();
    let d = dir.path();
    let inputs = d.join("inputs");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::write(inputs.join("ok.jsonl"), article("ok1")).unwrap();
    std::os::unix::fs::symlink("gone.jsonl", inputs.join("dangling.jsonl")).unwrap();
    std::os::unix::fs::symlink("loop-b.jsonl", inputs.join("loop-a.jsonl")).unwrap();
    std::os::unix::fs::symlink("loop-a.jsonl", inputs.join("loop-b.jsonl")).unwrap();
    std::os::unix::fs::symlink("..", inputs.join("parent")).unwrap();
    let fifo = Command::new("mkfifo")
        .arg(inputs.join("fifo.jsonl"))
        .status()
        .is_ok_and(|s| s.success());
    // Unreadable even by root: /proc/self/mem is the reading process's own memory,
    // whose first page is never mapped (EIO).
    let proc_mem = Path::new("/proc/self/mem").exists();
    if proc_mem {
        std::os::unix::fs::symlink("/proc/self/mem", inputs.join("mem.jsonl")).unwrap();
    }
    let locked = inputs.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("hidden.jsonl"), article("locked1")).unwrap();
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    // Root reads a mode-000 directory anyway: that case is then not a failure.
    let locked_fails = std::fs::read_dir(&locked).is_err();
    if !locked_fails {
        eprintln!("running as root: a mode-000 directory is readable, that case is not tested");
    }
    let out = nomen(d, &["index", "--index", "idx", "inputs"]);
    let mut needles = vec![
        "inputs/dangling.jsonl: cannot read: No such file or directory",
        "inputs/loop-a.jsonl: cannot read: Too many levels of symbolic links",
        "inputs/loop-b.jsonl: cannot read: Too many levels of symbolic links",
    ];
    if fifo {
        needles.push("inputs/fifo.jsonl: not a regular file");
    }
    if locked_fails {
        needles.push("inputs/locked: cannot read directory: Permission denied");
    }
    if proc_mem {
        needles.push("inputs/mem.jsonl: cannot open: Input/output error");
    }
    expect(&out, 1, &needles);
    expected.insert("ok1".into());
    if !locked_fails {
        expected.insert("locked1".into());
    }
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    assert_eq!(ids(d, "idx"), expected);

    // Named on the command line, an unreadable input stops the command before it
    // writes anything (exit 2).
    std::fs::write(d.join("notes.md"), "x").unwrap();
    for (input, needle) in [
        (
            "missing.jsonl",
            "missing.jsonl: cannot read: No such file or directory",
        ),
        (
            "inputs/dangling.jsonl",
            "inputs/dangling.jsonl: cannot read: No such file",
        ),
        ("notes.md", "notes.md: unsupported input"),
    ] {
        let out = nomen(d, &["index", "--index", "idx", "good.jsonl", input]);
        expect(&out, 2, &[needle]);
    }
    // Many tiny files.
    let many = d.join("many");
    std::fs::create_dir(&many).unwrap();
    for n in 0..300 {
        std::fs::write(
            many.join(format!("{n:03}.txt")),
            format!("tiny {n}\nbody {n}"),
        )
        .unwrap();
    }
    let out = nomen(d, &["index", "--index", "idx", "--json", "many"]);
    expect(&out, 0, &[]);
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["documents"].as_u64(), Some(300));
    let now = ids(d, "idx");
    assert_eq!(now.len(), expected.len() + 300);
    assert!(expected.is_subset(&now));
}

/// Copies the directory `from` to `to` (flat: an index directory has no subdirectories).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn broken_and_foreign_index_directories() {
    let (dir, expected) = good_index();
    let d = dir.path();
    let idx = d.join("idx");
    std::fs::write(d.join("file"), "not a directory").unwrap();
    std::fs::create_dir(d.join("other")).unwrap();
    std::fs::write(d.join("other/notes.txt"), "mine").unwrap();
    let versioned = d.join("v99");
    copy_dir(&idx, &versioned);
    let meta = std::fs::read_to_string(versioned.join("nomen.json")).unwrap();
    assert!(meta.contains("\"format\": 3"), "{meta}");
    std::fs::write(
        versioned.join("nomen.json"),
        meta.replace("\"format\": 3", "\"format\": 99"),
    )
    .unwrap();
    let broken_meta = d.join("brokenmeta");
    copy_dir(&idx, &broken_meta);
    std::fs::write(broken_meta.join("nomen.json"), "{").unwrap();
    let broken_tantivy = d.join("brokentantivy");
    copy_dir(&idx, &broken_tantivy);
    std::fs::write(broken_tantivy.join("meta.json"), "garbage").unwrap();
    let no_gazetteer = d.join("nogazetteer");
    copy_dir(&idx, &no_gazetteer);
    std::fs::remove_file(no_gazetteer.join("gazetteer.jsonl")).unwrap();

    let cases: &[(&str, &[&str], &str)] = &[
        (
            "missing",
            &["search", "stats"],
            "missing: no nomen index here (no nomen.json)",
        ),
        (
            "file",
            &["search", "stats", "check", "index"],
            "file: is a file, not a nomen index (an index is a directory",
        ),
        (
            "file/idx",
            &["search", "stats", "check", "index"],
            "file/idx: cannot be an index directory: file is a file",
        ),
        ("other", &["search", "stats"], "other: no nomen index here"),
        (
            "other",
            &["index"],
            "other: exists and is not a nomen index",
        ),
        (
            "v99",
            &["search", "stats", "index"],
            "v99/nomen.json: index format 99 is not the one this nomen reads (3); re-index",
        ),
        (
            "brokenmeta",
            &["search", "stats", "index"],
            "brokenmeta/nomen.json: not a nomen meta file: ",
        ),
        (
            "brokentantivy",
            &["search", "stats", "index"],
            "index brokentantivy: ",
        ),
        (
            "nogazetteer",
            &["search", "stats", "index"],
            "nogazetteer/gazetteer.jsonl: No such file",
        ),
    ];
    for (index, commands, needle) in cases {
        for command in *commands {
            let mut args = vec![*command, "--index", index];
            match *command {
                "index" => args.push("good.jsonl"),
                "search" => args.push("body"),
                _ => {}
            }
            let out = nomen(d, &args);
            expect(&out, 2, &[needle]);
            // One line, the cause not repeated.
            let err = stderr(&out);
            assert_eq!(err.lines().count(), 1, "{err}");
        }
    }
    assert!(
        !d.join("missing").exists(),
        "search must not create an index"
    );
    assert_eq!(
        std::fs::read_to_string(d.join("other/notes.txt")).unwrap(),
        "mine"
    );
    assert_eq!(ids(d, "idx"), expected);
}

#[test]
fn broken_gazetteers_name_file_line_and_field() {
    let (dir, expected) = good_index();
    let d = dir.path();
    let entity =
        |id: &str| format!("{{\"id\":\"{id}\",\"name\":\"Name {id}\",\"kind\":\"person\"}}\n");
    let huge_aliases: Vec<String> = (0..20_000).map(|n| format!("Alias Number {n}")).collect();
    let files: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "json.jsonl",
            (entity("a") + "{\"id\":\"b\",\n").into_bytes(),
            "json.jsonl:2: invalid JSON at column 10: EOF while parsing a value",
        ),
        (
            "noname.jsonl",
            b"{\"id\":\"a\",\"kind\":\"person\"}\n".to_vec(),
            "noname.jsonl:1: field \"name\": missing",
        ),
        (
            "kind.jsonl",
            b"{\"id\":\"a\",\"name\":\"A\",\"kind\":\"planet\"}\n".to_vec(),
            "kind.jsonl:1: field \"kind\": unknown variant `planet`",
        ),
        (
            "types.jsonl",
            (entity("a") + "{\"id\":\"b\",\"name\":[\"B\"],\"kind\":\"person\"}\n").into_bytes(),
            "types.jsonl:2: field \"name\": invalid type: sequence, expected a string",
        ),
        (
            "aliases.jsonl",
            b"{\"id\":\"a\",\"name\":\"A\",\"kind\":\"person\",\"aliases\":\"A\"}\n".to_vec(),
            "aliases.jsonl:1: field \"aliases\": invalid type: string \"A\", expected a sequence",
        ),
        (
            "empty.jsonl",
            Vec::new(),
            "empty.jsonl: no entities (the file is empty",
        ),
        (
            "dup.jsonl",
            (entity("a") + &entity("b") + &entity("a")).into_bytes(),
            "dup.jsonl:3: field \"id\": \"a\" is already used on line 1 of this file",
        ),
        (
            "utf8.jsonl",
            [
                entity("a").as_bytes(),
                b"{\"id\":\"b\",\"name\":\"B\xc3\",\"kind\":\"person\"}\n",
            ]
            .concat(),
            "utf8.jsonl:2: invalid UTF-8 at column 20",
        ),
        (
            "binary.jsonl",
            noise(5000, 3),
            "binary.jsonl:1: invalid UTF-8 at column",
        ),
    ];
    for (name, bytes, _) in &files {
        std::fs::write(d.join(name), bytes).unwrap();
    }
    std::fs::create_dir(d.join("adir")).unwrap();
    std::fs::write(d.join("article.txt"), "Some text about Name a.").unwrap();
    let mut cases: Vec<(String, String)> = files
        .iter()
        .map(|(name, _, needle)| (name.to_string(), format!("gazetteer {needle}")))
        .collect();
    cases.push((
        "adir".into(),
        "gazetteer adir: cannot read file: Is a directory".into(),
    ));
    cases.push((
        "nowhere.jsonl".into(),
        "gazetteer nowhere.jsonl: cannot read file: No such file".into(),
    ));
    for (file, needle) in &cases {
        for command in [
            &["tag", "--entities", file, "article.txt"][..],
            &["index", "--index", "idx", "--entities", file, "good.jsonl"][..],
            &["entities", "list", "--entities", file][..],
            &["entities", "resolve", "--entities", file, "Name a"][..],
        ] {
            let out = nomen(d, command);
            expect(&out, 2, &[needle]);
        }
    }
    // A huge alias list is not an error: it loads and links.
    let big = format!(
        "{{\"id\":\"many\",\"name\":\"Ximena Many\",\"kind\":\"person\",\"aliases\":{}}}\n",
        serde_json::to_string(&huge_aliases).unwrap()
    );
    std::fs::write(d.join("huge.jsonl"), big).unwrap();
    std::fs::write(d.join("mention.txt"), "Alias Number 19999 spoke.").unwrap();
    let out = nomen(
        d,
        &[
            "tag",
            "--no-builtin",
            "--entities",
            "huge.jsonl",
            "mention.txt",
        ],
    );
    expect(&out, 0, &[]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("many"));
    assert_eq!(ids(d, "idx"), expected);
}

#[test]
fn queries_tantivy_rejects_say_what_and_where() {
    let (dir, _) = good_index();
    let d = dir.path();
    let cases: &[(&str, &str)] = &[
        (
            "\"unclosed",
            "at column 10: syntax error: missing delimiter",
        ),
        ("(a b", "at column 5: syntax error: expected ')'"),
        ("a b)", "at column 4: syntax error: unparsed end of query"),
        (
            "body AND",
            "at column 6: syntax error: AND with no term after it",
        ),
        (
            "OR OR",
            "at column 6: syntax error: found unexpected boolean operator",
        ),
        ("x title:", "at column 9: syntax error: expected word"),
        ("foo:bar", "at column 1: no field \"foo\""),
        ("body nope:x", "at column 6: no field \"nope\""),
        ("O'Brien (said", "at column 14: syntax error: expected ')'"),
        (
            "Мадуро \"x",
            "at column 10: syntax error: missing delimiter",
        ),
        (
            "date:[a TO b]",
            "date field has an invalid format (dates in a query are RFC 3339",
        ),
        ("[1 TO 2]", "(a range names its field: date:[A TO B])"),
    ];
    for (query, needle) in cases {
        let out = nomen(d, &["search", "--index", "idx", query]);
        expect(&out, 2, &[&format!("query {query:?}: "), needle]);
        // Where there is a column, a caret under it.
        if let Some(col) = needle
            .strip_prefix("at column ")
            .and_then(|r| r.split(':').next())
            .and_then(|n| n.parse::<usize>().ok())
        {
            let err = stderr(&out);
            let lines: Vec<&str> = err.lines().collect();
            assert_eq!(lines.len(), 3, "{err}");
            assert_eq!(lines[1], format!("  {query}"));
            assert_eq!(lines[2], format!("  {}^", " ".repeat(col - 1)));
        }
    }
    // Odd but valid queries are not errors.
    for query in ["body*", "a && b", "*", "\"\"", "id:>"] {
        let out = nomen(d, &["search", "--index", "idx", query]);
        assert!(code(&out) <= 1, "{query}: {}", stderr(&out));
    }
}

#[test]
fn tag_names_the_line_and_column_of_invalid_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("bad.txt"), b"Maduro spoke.\nthen \xc3(\n").unwrap();
    expect(
        &nomen(d, &["tag", "bad.txt"]),
        2,
        &["bad.txt:2: invalid UTF-8 at column 6"],
    );
    let out = run(d, &["tag", "-"], Some(b"\xff"));
    expect(&out, 2, &["<stdin>:1: invalid UTF-8 at column 1"]);
    std::fs::create_dir(d.join("adir")).unwrap();
    expect(
        &nomen(d, &["tag", "adir"]),
        2,
        &["cannot read adir: Is a directory"],
    );
}

/// A file that disappears after the inputs were listed and before it is read: the
/// first input is a FIFO, so the second is deleted while nomen waits on the first.
#[test]
fn a_file_that_disappears_is_reported() {
    let (dir, mut expected) = good_index();
    let d = dir.path();
    let fifo = d.join("first.jsonl");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("mkfifo is not available: the disappearing-file case is not tested");
        return;
    }
    std::fs::write(d.join("second.jsonl"), article("gone")).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(["index", "--index", "idx", "first.jsonl", "second.jsonl"])
        .current_dir(d)
        .env_remove("NOMEN_INDEX")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Opening the FIFO for writing waits until nomen opens it for reading, which it
    // does after listing both inputs; it reads second.jsonl only after this EOF.
    let mut writer = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
    std::fs::remove_file(d.join("second.jsonl")).unwrap();
    writer.write_all(article("f1").as_bytes()).unwrap();
    drop(writer);
    let out = child.wait_with_output().unwrap();
    expect(
        &out,
        1,
        &["second.jsonl: cannot open: No such file or directory"],
    );
    assert!(!stderr(&out).contains("panicked"));
    expected.insert("f1".into());
    assert_eq!(ids(d, "idx"), expected);
}
