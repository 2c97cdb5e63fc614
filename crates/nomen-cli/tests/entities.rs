//! `nomen entities resolve|list|show`, driving the real binary: typo and script
//! tolerance, ambiguity, explanations, user gazetteers replacing and extending the
//! built-in one, `--no-builtin`, and errors for bad gazetteer files and unknown ids.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn nomen(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .output()
        .expect("nomen runs")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", stdout(out), stderr(out)))
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// The ids of `nomen entities resolve NAME --json`, best first, with the exit code.
fn resolve_ids(cwd: &Path, name: &str, extra: &[&str]) -> (Vec<String>, i32) {
    let mut args = vec!["entities", "resolve", name, "--json"];
    args.extend_from_slice(extra);
    let out = nomen(cwd, &args);
    let ids = json(&out)
        .as_array()
        .expect("an array")
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    (ids, code(&out))
}

#[test]
fn resolve_tolerates_typos_scripts_order_and_initials() {
    let dir = tmp();
    for (query, id) in [
        ("Madurro", "nicolas-maduro"),
        ("Мадуро", "nicolas-maduro"),
        ("马杜罗", "nicolas-maduro"),
        ("Μαδούρο", "nicolas-maduro"),
        ("MADURO MOROS, Nicolás", "nicolas-maduro"),
        ("Edmundo Gonzales", "edmundo-gonzalez-urrutia"),
        ("E. González U.", "edmundo-gonzalez-urrutia"),
        ("D. B. Erickson", "daniel-b-erickson"),
        ("WSJ", "wall-street-journal"),
        ("Consejo Nacional Electoral", "cne-venezuela"),
        ("Hugo Chavez Frias", "hugo-chavez"),
    ] {
        let (ids, rc) = resolve_ids(dir.path(), query, &[]);
        assert_eq!(rc, 0, "{query}");
        assert_eq!(
            ids.first().map(String::as_str),
            Some(id),
            "{query}: {ids:?}"
        );
    }
}

#[test]
fn resolve_json_shape_and_explanation() {
    let dir = tmp();
    let out = nomen(
        dir.path(),
        &[
            "entities",
            "resolve",
            "Edmundo Gonzales",
            "--json",
            "--limit",
            "1",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v = json(&out);
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 1);
    let c = &arr[0];
    assert_eq!(c["id"], "edmundo-gonzalez-urrutia");
    assert_eq!(c["name"], "Edmundo González Urrutia");
    assert_eq!(c["kind"], "person");
    let score = c["score"].as_f64().unwrap();
    assert!(score > 0.7 && score < 1.0, "{score}");
    let parts = c["why"]["parts"].as_array().unwrap();
    let typo = parts
        .iter()
        .find(|p| p["query"] == "gonzales")
        .expect("gonzales aligned");
    assert_eq!(typo["status"], "agreed");
    assert_eq!(typo["name"], "gonzalez");
    assert!(parts
        .iter()
        .any(|p| p["name"] == "urrutia" && p["status"] == "omitted"));
}

#[test]
fn resolve_human_table_and_ambiguity() {
    let dir = tmp();
    let out = nomen(dir.path(), &["entities", "resolve", "Rodríguez"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("rank"), "{text}");
    assert!(text.contains("jorge-rodriguez") && text.contains("delcy-rodriguez"));
    // Both siblings score alike: neither is ranked far above the other. (A city of
    // the Philippines is called Rodriguez: it ranks first, being named in full.)
    let (ids, _) = resolve_ids(
        dir.path(),
        "Rodríguez",
        &["--limit", "2", "--kind", "person"],
    );
    let mut ids = ids;
    ids.sort();
    assert_eq!(ids, ["delcy-rodriguez", "jorge-rodriguez"]);
    let (places, _) = resolve_ids(dir.path(), "Rodríguez", &["--kind", "place"]);
    assert!(!places.is_empty());
    for id in &places {
        let out = nomen(dir.path(), &["entities", "show", id, "--json"]);
        assert_eq!(json(&out)["kind"], "place", "{id}");
    }
    // A full name picks one sibling, and the other scores low.
    let out = nomen(
        dir.path(),
        &["entities", "resolve", "Delcy Rodriguez", "--json"],
    );
    let v = json(&out);
    assert_eq!(v[0]["id"], "delcy-rodriguez");
    if let Some(jorge) = v
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "jorge-rodriguez")
    {
        assert!(jorge["score"].as_f64().unwrap() <= 0.3);
    }
}

#[test]
fn resolve_nothing_exits_1() {
    let dir = tmp();
    let out = nomen(dir.path(), &["entities", "resolve", "Zzyzx Qwertyuiop"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("no entity matches \"Zzyzx Qwertyuiop\""));
    let out = nomen(
        dir.path(),
        &["entities", "resolve", "Maduro", "--limit", "0"],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let out = nomen(dir.path(), &["entities", "resolve", "Zzyzx", "--json"]);
    assert_eq!(code(&out), 1);
    assert_eq!(json(&out), serde_json::json!([]));
}

#[test]
fn user_gazetteer_extends_replaces_and_no_builtin() {
    let dir = tmp();
    let file = dir.path().join("mine.jsonl");
    std::fs::write(
        &file,
        concat!(
            "{\"id\": \"lula\", \"name\": \"Luiz Inácio Lula da Silva\", \"kind\": \"person\", \"aliases\": [\"Лула да Силва\"]}\n",
            "{\"id\": \"nicolas-maduro\", \"name\": \"Nicolás Maduro Moros\", \"kind\": \"person\", \"note\": \"mine\"}\n",
        ),
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let (ids, rc) = resolve_ids(dir.path(), "Lula da Silva", &["--entities", f]);
    assert_eq!(rc, 0);
    assert_eq!(ids[0], "lula");
    let (ids, _) = resolve_ids(dir.path(), "Лула", &["--entities", f]);
    assert_eq!(ids[0], "lula");
    // Replaced entry: the built-in aliases are gone, the user's name is used.
    let out = nomen(
        dir.path(),
        &[
            "entities",
            "show",
            "nicolas-maduro",
            "--json",
            "--entities",
            f,
        ],
    );
    assert_eq!(code(&out), 0);
    let v = json(&out);
    assert_eq!(v["name"], "Nicolás Maduro Moros");
    assert_eq!(v["note"], "mine");
    // Only the user's file.
    let out = nomen(
        dir.path(),
        &[
            "entities",
            "list",
            "--json",
            "--no-builtin",
            "--entities",
            f,
        ],
    );
    assert_eq!(code(&out), 0);
    let listed = json(&out);
    let ids: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["lula", "nicolas-maduro"]);
    let (ids, rc) = resolve_ids(dir.path(), "Madurro", &["--no-builtin", "--entities", f]);
    assert_eq!(
        (ids.as_slice(), rc),
        (&["nicolas-maduro".to_string()][..], 0)
    );
    let (ids, rc) = resolve_ids(dir.path(), "WSJ", &["--no-builtin", "--entities", f]);
    assert_eq!((ids.len(), rc), (0, 1));
}

#[test]
fn bad_gazetteer_files_are_errors_with_file_and_line() {
    let dir = tmp();
    let file = dir.path().join("bad.jsonl");
    std::fs::write(
        &file,
        "{\"id\": \"a\", \"name\": \"A Person\", \"kind\": \"person\"}\n{\"id\": \"b\", \"name\": \"\", \"kind\": \"person\"}\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    for sub in [
        vec!["entities", "resolve", "A Person", "--entities", f],
        vec!["entities", "list", "--entities", f],
        vec!["entities", "show", "a", "--entities", f],
    ] {
        let out = nomen(dir.path(), &sub);
        assert_eq!(code(&out), 2, "{sub:?}");
        let err = stderr(&out);
        assert!(err.contains("bad.jsonl:2"), "{err}");
        assert!(err.contains("\"name\""), "{err}");
    }
    std::fs::write(&file, "{not json}\n").unwrap();
    let out = nomen(dir.path(), &["entities", "list", "--entities", f]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("bad.jsonl:1"), "{}", stderr(&out));
    let out = nomen(
        dir.path(),
        &["entities", "list", "--entities", "does-not-exist.jsonl"],
    );
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("does-not-exist.jsonl"));
    let out = nomen(dir.path(), &["entities", "list", "--no-builtin"]);
    assert_eq!(code(&out), 2);
}

#[test]
fn list_and_show() {
    let dir = tmp();
    let out = nomen(
        dir.path(),
        &["entities", "list", "--json", "--kind", "person"],
    );
    assert_eq!(code(&out), 0);
    let v = json(&out);
    let all = v.as_array().unwrap();
    assert!(all.iter().all(|e| e["kind"] == "person"));
    assert!(all.iter().any(|e| e["id"] == "nicolas-maduro"));
    assert!(!all.iter().any(|e| e["id"] == "venezuela"));
    let out = nomen(dir.path(), &["entities", "list"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("venezuela"));

    let out = nomen(dir.path(), &["entities", "show", "cne-venezuela"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(
        text.contains("Consejo Nacional Electoral") && text.contains("CNE"),
        "{text}"
    );
    let out = nomen(dir.path(), &["entities", "show", "cne-venezuela", "--json"]);
    assert_eq!(json(&out)["kind"], "organization");

    let out = nomen(dir.path(), &["entities", "show", "nicolas-madur"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("unknown entity id \"nicolas-madur\""), "{err}");
    assert!(err.contains("nicolas-maduro"), "{err}");
    let out = nomen(dir.path(), &["entities", "show", "qqqqqq"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("unknown entity id"));
}
