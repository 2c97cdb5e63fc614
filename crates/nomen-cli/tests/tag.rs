//! `nomen tag`, driven through the real binary: files and stdin, the table and the
//! JSON shape, offsets into the original text, gazetteer errors, `--no-builtin`,
//! `--jsonl` articles, exit codes.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const SEED: &str = include_str!("../../../seeds/000_26cca705d95a2c53.txt");

fn nomen() -> Command {
    Command::new(env!("CARGO_BIN_EXE_nomen"))
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = nomen();
    cmd.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(text) = stdin {
        let written = child.stdin.take().unwrap().write_all(text.as_bytes());
        // A command that fails on its arguments exits before reading its input.
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn tags_a_file_as_a_table() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "a.txt", SEED);
    let o = run(&["tag", &file], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Edmundo González Urrutia"), "{out}");
    assert!(out.contains("surname-coref"), "{out}");
    assert!(
        out.contains("nicolas-maduro  Nicolás Maduro (person, "),
        "{out}"
    );
    assert!(out.contains("entities:"), "{out}");
}

#[test]
fn tags_stdin_with_and_without_dash() {
    let text = "El presidente Nicolás Maduro habló con Joe Biden.";
    for args in [&["tag"][..], &["tag", "-"][..]] {
        let o = run(args, Some(text));
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let out = stdout(&o);
        assert!(out.contains("nicolas-maduro"), "{out}");
        assert!(out.contains("joe-biden"), "{out}");
    }
}

#[test]
fn json_shape_and_offsets_slice_the_original_text() {
    let o = run(&["tag", "--json"], Some(SEED));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let mentions = v["mentions"].as_array().unwrap();
    assert!(mentions.len() >= 20, "{mentions:?}");
    for m in mentions {
        let obj = m.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["end", "entity", "name", "rule", "start", "text"]);
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&SEED[s..e], m["text"].as_str().unwrap());
    }
    let entities = v["entities"].as_array().unwrap();
    let ids: Vec<&str> = entities.iter().map(|e| e["id"].as_str().unwrap()).collect();
    for id in [
        "nicolas-maduro",
        "edmundo-gonzalez-urrutia",
        "joe-biden",
        "jorge-rodriguez",
        "daniel-b-erickson",
        "foro-penal",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let maduro = entities
        .iter()
        .find(|e| e["id"] == "nicolas-maduro")
        .unwrap();
    assert_eq!(maduro["kind"], "person");
    assert_eq!(maduro["name"], "Nicolás Maduro");
    let count = mentions
        .iter()
        .filter(|m| m["entity"] == "nicolas-maduro")
        .count();
    assert_eq!(maduro["count"].as_u64().unwrap() as usize, count);
}

#[test]
fn nothing_found_exits_1() {
    let o = run(&["tag"], Some("Compré un mango maduro en el mercado."));
    assert_eq!(o.status.code(), Some(1));
    let o = run(&["tag", "--json"], Some("nada"));
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["mentions"].as_array().unwrap().len(), 0);
}

/// A text or article over `--max-doc-mb` is refused with an error naming it (and its
/// line), before it is linked; under a raised limit it is tagged.
#[test]
fn texts_over_the_limit_are_refused_naming_the_input() {
    let dir = tempfile::tempdir().unwrap();
    let big = "Nicolás Maduro habló en Caracas. ".repeat(40_000);
    assert!(big.len() > 1 << 20 && big.len() < 2 << 20);
    let file = write(dir.path(), "big.txt", &big);
    let o = run(&["tag", "--max-doc-mb", "1", &file], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("big.txt: the text is longer than the limit of 1 MiB (--max-doc-mb)"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty());
    let o = run(&["tag", "--max-doc-mb", "1"], Some(&big));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("<stdin>: the text is longer than the limit"));
    let o = run(&["tag", "--max-doc-mb", "2", "--json", &file], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["mentions"].as_array().unwrap().len(), 80_000);

    let small = serde_json::json!({"id": "a", "body": "Nicolás Maduro"}).to_string();
    let long = serde_json::json!({"id": "b", "body": big}).to_string();
    let jsonl = write(dir.path(), "a.jsonl", &format!("{small}\n{long}\n"));
    let o = run(&["tag", "--jsonl", "--max-doc-mb", "1", &jsonl], None);
    assert_eq!(o.status.code(), Some(2));
    let want = format!(
        "a.jsonl:2: the article is {} bytes long, over the limit of 1 MiB (--max-doc-mb)",
        long.len()
    );
    assert!(stderr(&o).contains(&want), "{}", stderr(&o));
    // The article before it was tagged and printed.
    assert!(stdout(&o).starts_with("== a\n"), "{}", stdout(&o));
    let o = run(&["tag", "--max-doc-mb", "0", &file], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--max-doc-mb 0"));
}

#[test]
fn bad_gazetteer_names_file_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.jsonl",
        "# people\n{\"id\": \"a\", \"name\": \"Ana Pérez\", \"kind\": \"person\"}\n{\"id\": \"b\", \"name\": \"  \", \"kind\": \"person\"}\n",
    );
    let o = run(&["tag", "--entities", &bad], Some("Ana Pérez"));
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains(&format!("{bad}:3")), "{err}");
    assert!(err.contains("\"name\""), "{err}");

    let dup = write(
        dir.path(),
        "dup.jsonl",
        "{\"id\": \"a\", \"name\": \"Ana\", \"kind\": \"person\"}\n{\"id\": \"a\", \"name\": \"Bea\", \"kind\": \"person\"}\n",
    );
    let o = run(&["tag", "--entities", &dup], Some("Ana"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(&format!("{dup}:2")), "{}", stderr(&o));

    let o = run(&["tag", "--entities", "/nonexistent/x.jsonl"], Some("Ana"));
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("/nonexistent/x.jsonl"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn missing_input_file_is_an_error() {
    let o = run(&["tag", "/nonexistent/article.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/article.txt"));
}

#[test]
fn user_gazetteer_and_no_builtin() {
    let dir = tempfile::tempdir().unwrap();
    let mine = write(
        dir.path(),
        "mine.jsonl",
        "{\"id\": \"ana-perez\", \"name\": \"Ana Pérez Soto\", \"kind\": \"person\"}\n",
    );
    let text = "Ana Pérez Soto se reunió con Nicolás Maduro. Pérez dijo que sí.";
    let o = run(&["tag", "--json", "--entities", &mine], Some(text));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let ids: Vec<&str> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["ana-perez", "nicolas-maduro"]);
    let rules: Vec<&str> = v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["exact", "exact", "surname-coref"]);

    let o = run(
        &["tag", "--json", "--no-builtin", "--entities", &mine],
        Some(text),
    );
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let ids: Vec<&str> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["ana-perez"]);

    // --no-builtin alone is an error.
    let o = run(&["tag", "--no-builtin"], Some(text));
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn jsonl_articles_link_title_and_body_together() {
    let input = concat!(
        "{\"id\": \"a1\", \"title\": \"Maduro rechaza la oferta\", \"body\": \"Nicolás Maduro dijo que no.\"}\n",
        "{\"id\": \"a2\", \"title\": \"Lluvias\", \"body\": \"Llovió mucho.\"}\n",
    );
    let o = run(&["tag", "--jsonl", "--json"], Some(input));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a1");
    let m = &lines[0]["mentions"][0];
    assert_eq!(m["field"], "title");
    assert_eq!(m["text"], "Maduro");
    assert_eq!(m["rule"], "surname-coref");
    assert_eq!(lines[1]["mentions"].as_array().unwrap().len(), 0);

    let o = run(&["tag", "--jsonl"], Some("{\"title\": 3}\n"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("standard input:1"), "{}", stderr(&o));
}

/// A broken article is named by one line number, the file's, with the field or the
/// column at fault, as `nomen index` names it; the articles before it are tagged.
#[test]
fn jsonl_errors_name_the_line_and_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let good = "{\"id\": \"a\", \"body\": \"Nicolás Maduro\"}";
    for (third, want) in [
        (
            "{\"id\": \"c\", \"body\": \"x\"",
            "broken.jsonl:3: invalid JSON at column 23: EOF while parsing an object\n",
        ),
        (
            "{\"id\": \"c\", \"title\": 5, \"body\": \"x\"}",
            "broken.jsonl:3: field \"title\": expected a string, found a number\n",
        ),
        (
            "{\"id\": \"c\", \"title\": \"x\"}",
            "broken.jsonl:3: field \"body\": missing",
        ),
        (
            "[1, 2]",
            "broken.jsonl:3: expected a JSON object, found an array",
        ),
    ] {
        for eol in ["\n", "\r\n"] {
            let text = format!("{good}{eol}{eol}{third}{eol}{good}{eol}");
            let file = write(dir.path(), "broken.jsonl", &text);
            let o = run(&["tag", "--jsonl", &file], None);
            assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
            let err = stderr(&o);
            assert!(err.contains(want), "{eol:?} {want:?} not in {err}");
            assert!(!err.contains(" at line "), "{err}");
            assert_eq!(stdout(&o).matches("== a\n").count(), 1, "{}", stdout(&o));
        }
    }
}

/// A large gazetteer's linker is built once, saved in the cache directory, and loaded
/// by later runs, which tag exactly as the first; `NOMEN_CACHE_DIR=` turns it off.
#[test]
fn a_large_gazetteer_is_cached_between_runs() {
    let dir = tempfile::tempdir().unwrap();
    let mut gazetteer = String::new();
    for i in 0..12_000 {
        gazetteer.push_str(&format!(
            "{{\"id\":\"p{i}\",\"name\":\"Zorvan{i} Quillet{i}\",\"kind\":\"person\"}}\n"
        ));
    }
    let gazetteer = write(dir.path(), "big.jsonl", &gazetteer);
    let text = write(
        dir.path(),
        "t.txt",
        "ZORVAN11999 QUILLET11999 met Zorvan7 Quillet7. Quillet7 left.",
    );
    let cache = dir.path().join("cache");
    let tag = |cache_dir: &Path| {
        let out = nomen()
            .args(["tag", "--json", "--entities", &gazetteer, &text])
            .env("NOMEN_CACHE_DIR", cache_dir)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let cached_files = || std::fs::read_dir(&cache).map(|d| d.count()).unwrap_or(0);
    let built = tag(&cache);
    assert_eq!(cached_files(), 1, "the first run saves the linker");
    let loaded = tag(&cache);
    assert_eq!(built, loaded);
    let json: Value = serde_json::from_str(&loaded).unwrap();
    let ids: Vec<&str> = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["p11999", "p7"]);
    // Caching off: nothing new is written, the result is the same.
    assert_eq!(tag(Path::new("")), built);
    assert_eq!(cached_files(), 1);
}

/// `(text, entity, rule)` of each mention of `nomen tag --json` output, checking that
/// `text` is `input[start..end]`.
fn mentions(o: &Output, input: &str) -> Vec<(String, String, String)> {
    let v: Value = serde_json::from_str(&stdout(o)).unwrap();
    v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let text = m["text"].as_str().unwrap();
            assert_eq!(&input[start..end], text, "{m}");
            (
                text.to_string(),
                m["entity"].as_str().unwrap().to_string(),
                m["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn middle_names_titles_dotted_acronyms_and_whole_cyrillic_spans() {
    let dir = tempfile::tempdir().unwrap();
    let mine = write(
        dir.path(),
        "mine.jsonl",
        concat!(
            "{\"id\": \"greta\", \"name\": \"Greta Lindqvist\", \"kind\": \"person\", \"aliases\": [\"Грета Линдквист\"]}\n",
            "{\"id\": \"renard\", \"name\": \"Julien Renard\", \"kind\": \"person\"}\n",
            "{\"id\": \"otan\", \"name\": \"Organisation du traité de l'Atlantique nord\", \"kind\": \"organization\", \"aliases\": [\"OTAN\"]}\n",
            "{\"id\": \"igor\", \"name\": \"Igor Mel\", \"kind\": \"person\", \"aliases\": [\"Игорь Мель\"]}\n",
        ),
    );
    let text = "Greta M. Lindqvist's plan and Greta Sofia Lindqvist. Julien Renard et \
                M. Renard, selon l'O.T.A.N., hier. Вчера выступил Игорь Мель, а Грета Линдквист молчала.";
    let o = run(
        &["tag", "--json", "--no-builtin", "--entities", &mine],
        Some(text),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let m = |t: &str, e: &str, r: &str| (t.to_string(), e.to_string(), r.to_string());
    assert_eq!(
        mentions(&o, text),
        [
            m("Greta M. Lindqvist", "greta", "middle-names"),
            m("Greta Sofia Lindqvist", "greta", "middle-names"),
            m("Julien Renard", "renard", "exact"),
            m("Renard", "renard", "surname-coref"),
            m("O.T.A.N.", "otan", "acronym"),
            m("Игорь Мель", "igor", "transliterated"),
            m("Грета Линдквист", "greta", "alias"),
        ]
    );
}

/// An entity of the user's with a built-in id keeps the built-in names (`Олаф Шольц`),
/// and `tag`, `entities show` and `index` say what was merged.
#[test]
fn the_users_entities_merge_with_builtin_ones_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let mine = write(
        dir.path(),
        "mine.jsonl",
        concat!(
            "{\"id\": \"olaf-scholz\", \"name\": \"Olaf Scholz\", \"kind\": \"person\"}\n",
            "{\"id\": \"ofac-1\", \"name\": \"MADURO MOROS, Nicolas\", \"kind\": \"person\", \"same_as\": \"nicolas-maduro\"}\n",
        ),
    );
    let text = "Канцлер Германии Олаф Шольц встретился с Николасом Мадуро.";
    let o = run(&["tag", "--json", "--entities", &mine], Some(text));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ids: Vec<String> = mentions(&o, text).into_iter().map(|m| m.1).collect();
    assert!(ids.contains(&"olaf-scholz".to_string()), "{ids:?}");
    assert!(ids.contains(&"ofac-1".to_string()), "{ids:?}");
    assert_eq!(
        stderr(&o).trim(),
        "nomen: gazetteer: 2 of your entities merged with built-in ones: olaf-scholz (same \
         id), ofac-1 = nicolas-maduro (same_as)"
    );

    let o = run(
        &["entities", "show", "--entities", &mine, "nicolas-maduro"],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("id       ofac-1\n"), "{out}");
    assert!(out.contains("Николас Мадуро"), "{out}");
    assert!(
        out.contains("merged   with the built-in entity nicolas-maduro (same_as; "),
        "{out}"
    );

    let article = write(dir.path(), "a.txt", text);
    let index = dir.path().join("idx").display().to_string();
    let o = run(
        &["index", "--index", &index, "--entities", &mine, &article],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("gazetteer: 2 of your entities merged with built-in ones"),
        "{}",
        stdout(&o)
    );
}

/// With `--no-builtin --builtin-names` only the user's entities link, but one that is
/// the same as a built-in entity still takes its names: a Latin-only `Vienna` finds
/// `Wien` and `Вену`, while the built-in places the user did not list (Germany) link
/// nothing; without `--builtin-names` nothing links.
#[test]
fn without_the_builtin_gazetteer_its_names_still_serve_the_users_entities() {
    let dir = tempfile::tempdir().unwrap();
    let mine = write(
        dir.path(),
        "mine.jsonl",
        "{\"id\": \"vie\", \"name\": \"Vienna\", \"kind\": \"place\"}\n",
    );
    let text = "Die Konferenz in Wien begann. Делегаты из Германии прибыли в Вену.";
    let o = run(
        &["tag", "--json", "--no-builtin", "--entities", &mine],
        Some(text),
    );
    // (Exit code 1: nothing found.)
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(mentions(&o, text).is_empty());
    let o = run(
        &[
            "tag",
            "--json",
            "--no-builtin",
            "--builtin-names",
            "--entities",
            &mine,
        ],
        Some(text),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let found: Vec<(String, String)> = mentions(&o, text).into_iter().map(|m| (m.0, m.1)).collect();
    assert_eq!(
        found,
        [
            ("Wien".to_string(), "vie".to_string()),
            ("Вену".to_string(), "vie".to_string())
        ]
    );
    assert!(
        stderr(&o).contains("1 of your entities merged with a built-in one: vie = "),
        "{}",
        stderr(&o)
    );
}
