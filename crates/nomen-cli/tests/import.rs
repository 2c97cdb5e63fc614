//! `nomen entities import`, driving the real binary on the fixtures in
//! `tests/fixtures/import/` (invented records in the layouts of the real lists): the
//! gazetteer written for each format, the skipped records and the summary, fatal errors,
//! and that `tag` and `index` load what was written and find the names in text.
//! `real_lists` imports the real OFAC and UN files when `../shared/data` is there.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn fixture(name: &str) -> String {
    fixtures().join(name).to_str().unwrap().to_string()
}

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

/// Imports `files` (fixture names) in `format` into `dir/out.jsonl`, expecting success;
/// returns the entities written and stderr.
fn import(dir: &Path, format: &str, files: &[&str], extra: &[&str]) -> (Vec<Value>, String) {
    let paths: Vec<String> = files.iter().map(|f| fixture(f)).collect();
    let mut args = vec!["entities", "import", "--format", format, "-o", "out.jsonl"];
    args.extend(paths.iter().map(String::as_str));
    args.extend_from_slice(extra);
    let out = nomen(dir, &args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), "", "the gazetteer goes to -o, not stdout");
    let text = std::fs::read_to_string(dir.join("out.jsonl")).unwrap();
    let entities = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (entities, stderr(&out))
}

/// (id, name, kind, aliases) of each entity.
fn summary(entities: &[Value]) -> Vec<(String, String, String, Vec<String>)> {
    entities
        .iter()
        .map(|e| {
            let aliases = e["aliases"]
                .as_array()
                .map(|a| a.iter().map(|s| s.as_str().unwrap().to_string()).collect())
                .unwrap_or_default();
            (
                e["id"].as_str().unwrap().to_string(),
                e["name"].as_str().unwrap().to_string(),
                e["kind"].as_str().unwrap().to_string(),
                aliases,
            )
        })
        .collect()
}

fn e(id: &str, name: &str, kind: &str, aliases: &[&str]) -> (String, String, String, Vec<String>) {
    (
        id.into(),
        name.into(),
        kind.into(),
        aliases.iter().map(|s| s.to_string()).collect(),
    )
}

/// `nomen tag --no-builtin --entities out.jsonl --json` on `text` → (mention text, entity id).
fn tag(dir: &Path, text: &str, extra: &[&str]) -> Vec<(String, String)> {
    std::fs::write(dir.join("text.txt"), text).unwrap();
    let mut args = vec![
        "tag",
        "--no-builtin",
        "--entities",
        "out.jsonl",
        "--json",
        "text.txt",
    ];
    args.extend_from_slice(extra);
    let out = nomen(dir, &args);
    assert!(matches!(code(&out), 0 | 1), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["text"].as_str().unwrap().to_string(),
                m["entity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn ofac_files_in_any_order() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (entities, err) = import(d, "ofac", &["alt.csv", "add.csv", "sdn.csv"], &[]);
    assert_eq!(
        summary(&entities),
        [
            e(
                "ofac-101",
                "Ernesto Javier Zavaleta Ruiz",
                "person",
                &["ZAVALETA RUIZ, Ernesto Javier", "ZAVALETA, Ernesto"]
            ),
            e(
                "ofac-102",
                "BANCO IMAGINARIO DEL SUR, S.A.",
                "organization",
                &["BANCO DEL SUR IMAGINARIO", "BIS BANK"]
            ),
            e("ofac-103", "SEA LANTERN", "other", &[]),
            e(
                "ofac-106",
                "Maria Jose O'Hara de la Peña",
                "person",
                &["O'HARA DE LA PEÑA, Maria Jose", "O'HARA, Maria"]
            ),
            e("ofac-107", "Max Mustermann", "person", &["MUSTERMANN, Max"]),
        ]
    );
    assert!(
        err.contains(
            "imported 5 entities to out.jsonl (1 organization, 1 other, 3 person), 7 aliases"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "skipped 3 records: 1 empty name, 1 ent_num is not a number, 1 unknown SDN type"
        ),
        "{err}"
    );
    assert!(
        err.contains("sdn.csv:4: field \"ent_num\": ent_num is not a number: \"X104\""),
        "{err}"
    );
    assert!(
        err.contains("sdn.csv:5: field \"SDN_Type\": unknown SDN type: robot"),
        "{err}"
    );
    assert!(
        err.contains("sdn.csv:8: field \"name\": empty name: entity \"ofac-108\""),
        "{err}"
    );
    assert!(
        err.contains("add.csv: an OFAC address file (add.csv): ignored"),
        "{err}"
    );
    assert!(
        err.contains("1 alternate names of 1 ent_nums not in the sdn files"),
        "{err}"
    );

    // Another order, same bytes but the header comment naming the files.
    let first = std::fs::read_to_string(d.join("out.jsonl")).unwrap();
    import(d, "ofac", &["sdn.csv", "alt.csv"], &[]);
    let second = std::fs::read_to_string(d.join("out.jsonl")).unwrap();
    let body = |s: &str| s.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&first), body(&second));
    assert!(second
        .starts_with("# nomen gazetteer imported by `nomen entities import --format ofac` from: "));

    // The linker finds the people under the names news text uses.
    assert_eq!(
        tag(
            d,
            "Ayer Ernesto Zavaleta habló con María José O'Hara de la Peña y Max Mustermann. Zavaleta Ruiz lo negó.",
            &[]
        ),
        pairs(&[
            ("Ernesto Zavaleta", "ofac-101"),
            ("María José O'Hara de la Peña", "ofac-106"),
            ("Max Mustermann", "ofac-107"),
            ("Zavaleta Ruiz", "ofac-101")
        ])
    );
}

#[test]
fn un_list_with_original_scripts_and_weak_aliases() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (entities, err) = import(d, "un", &["un.xml"], &[]);
    assert_eq!(
        summary(&entities),
        [
            e(
                "un-TSi.001",
                "Karim Yusuf Al-Haddad",
                "person",
                &["كريم يوسف الحداد", "Karim Yousef al-Haddad"]
            ),
            e("un-9000002", "Иван Petrovich", "person", &["Иван Петрович"]),
            e(
                "un-TSe.001",
                "NORTHERN LIGHT & SHIELD BRIGADE",
                "organization",
                &["NLSB", "Brigade of the Northern Light"]
            ),
        ]
    );
    assert_eq!(
        entities[0]["weak_aliases"],
        serde_json::json!(["The Engineer"])
    );
    assert!(
        err.contains("1 weak aliases (not linked unless --weak-aliases)"),
        "{err}"
    );
    assert!(
        err.contains("un.xml:39: field \"FIRST_NAME\": empty name: un-TSi.003"),
        "{err}"
    );
    assert!(
        err.contains("un.xml:59: field \"id\": duplicate id: un-TSi.001"),
        "{err}"
    );

    let text = "قال كريم يوسف الحداد إن The Engineer لم يكن هناك.";
    assert_eq!(
        tag(d, text, &[]),
        pairs(&[("كريم يوسف الحداد", "un-TSi.001")])
    );
    import(d, "un", &["un.xml"], &["--weak-aliases"]);
    assert_eq!(
        tag(d, text, &[]),
        pairs(&[
            ("كريم يوسف الحداد", "un-TSi.001"),
            ("The Engineer", "un-TSi.001")
        ])
    );
}

#[test]
fn ftm_entities_by_schema() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (entities, err) = import(d, "ftm", &["ftm.jsonl"], &[]);
    assert_eq!(
        summary(&entities),
        [
            e(
                "ts-person-1",
                "Ana Lucía Ferreira",
                "person",
                &[
                    "FERREIRA, Ana Lucia",
                    "Ana Ferreira Costa",
                    "Ana Lucía Costa"
                ]
            ),
            e("ts-company-1", "Ferreira Holdings Ltd", "organization", &[]),
            e(
                "ts-body-1",
                "Ministry of Imaginary Affairs",
                "organization",
                &[]
            ),
        ]
    );
    assert_eq!(entities[0]["weak_aliases"], serde_json::json!(["La Jefa"]));
    assert!(
        err.contains("not imported: 1 × FtM schema Address"),
        "{err}"
    );
    assert!(
        err.contains("not imported: 1 × FtM schema Sanction"),
        "{err}"
    );
    assert!(
        err.contains("ftm.jsonl:5: field \"properties.name\": not a list of strings: ts-org-1"),
        "{err}"
    );
    assert!(
        err.contains("ftm.jsonl:6: field \"-\": invalid FtM JSON: expected ident at column 2"),
        "{err}"
    );
}

#[test]
fn csv_columns_and_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (entities, err) = import(d, "csv", &["people.csv"], &[]);
    assert_eq!(
        summary(&entities),
        [
            e(
                "jdoe",
                "Johanna Doe",
                "person",
                &["J. Doe", "Johanna M. Doe"]
            ),
            e("acme", "Acme Widgets", "organization", &["ACME"]),
            e("riverton", "Riverton", "place", &[]),
        ]
    );
    assert!(
        err.contains("people.csv:5: field \"kind\": empty kind: entity \"nokind\""),
        "{err}"
    );
    assert!(
        err.contains("people.csv:6: field \"kind\": unknown kind: robot"),
        "{err}"
    );
    assert!(
        err.contains("people.csv:7: field \"id\": empty id"),
        "{err}"
    );
    // Empty alias cells and `;;` are no names: nothing was repeated.
    assert!(
        err.contains("3 aliases, 0 weak aliases (not linked unless --weak-aliases), 0 repeated names dropped"),
        "{err}"
    );
    let (entities, _) = import(d, "csv", &["people.csv"], &["--default-kind", "other"]);
    assert_eq!(entities.len(), 4);
    assert_eq!(entities[3]["kind"], "other");

    // The output feeds `index` (and the index records it).
    std::fs::write(
        d.join("a.jsonl"),
        "{\"id\": \"1\", \"title\": \"News\", \"body\": \"Johanna Doe bought Acme Widgets.\"}\n",
    )
    .unwrap();
    let out = nomen(
        d,
        &[
            "index",
            "--index",
            "idx",
            "--entities",
            "out.jsonl",
            "a.jsonl",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = nomen(
        d,
        &[
            "search",
            "--index",
            "idx",
            "--json",
            "--entity-id",
            "jdoe",
            "bought",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("\"1\""), "{}", stdout(&out));
}

#[test]
fn fatal_errors_name_the_file_and_leave_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("noname.csv"), "id,title\n1,x\n").unwrap();
    std::fs::write(
        d.join("broken.xml"),
        "<CONSOLIDATED_LIST>\n<INDIVIDUAL>\n<FIRST_NAME>A</SECOND_NAME>\n",
    )
    .unwrap();
    std::fs::write(d.join("three.csv"), "1,2,3\n").unwrap();
    for (args, message) in [
        (
            vec!["--format", "csv", "noname.csv"],
            "noname.csv:1: header row: no column \"name\" (found: id, title)",
        ),
        (
            vec!["--format", "un", "broken.xml"],
            "broken.xml:3: invalid XML",
        ),
        (
            vec!["--format", "un", "noname.csv"],
            "noname.csv: no INDIVIDUAL or ENTITY element",
        ),
        (
            vec!["--format", "ofac", "three.csv"],
            "three.csv:1: not an OFAC SDN file: the first record has 3 fields",
        ),
        (
            vec!["--format", "ftm", "missing.jsonl"],
            "missing.jsonl: cannot read file",
        ),
    ] {
        let mut all = vec!["entities", "import", "-o", "out.jsonl"];
        all.extend(args);
        let out = nomen(d, &all);
        assert_eq!(code(&out), 2, "{all:?}");
        assert!(stderr(&out).contains(message), "{all:?}: {}", stderr(&out));
        assert!(!d.join("out.jsonl").exists() && !d.join("out.jsonl.tmp").exists());
    }
}

#[test]
fn writes_to_stdout_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let out = nomen(
        dir.path(),
        &[
            "entities",
            "import",
            "--format",
            "csv",
            &fixture("people.csv"),
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out).lines().filter(|l| !l.starts_with('#')).count(),
        3
    );
    // A file that cannot be read is found before anything is written.
    std::fs::create_dir(dir.path().join("adir")).unwrap();
    for (bad, message) in [
        ("missing.csv", "missing.csv: cannot read file: "),
        ("adir", "adir: is a directory, not a file"),
    ] {
        let out = nomen(
            dir.path(),
            &[
                "entities",
                "import",
                "--format",
                "csv",
                &fixture("people.csv"),
                bad,
            ],
        );
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        assert!(stderr(&out).contains(message), "{}", stderr(&out));
        assert_eq!(stdout(&out), "", "nothing written before the error");
    }
}

/// The real OFAC (2021-07) and UN (2026-02-27) lists in `../shared/data`, when present.
#[test]
fn real_lists() {
    let data =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/watchman-sanctions");
    if !data.is_dir() {
        eprintln!("skipped: {} is absent", data.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let f = |name: &str| data.join(name).to_str().unwrap().to_string();
    let out = nomen(
        d,
        &[
            "entities",
            "import",
            "--format",
            "ofac",
            "-o",
            "out.jsonl",
            &f("ofac_2021-07_sdn.csv"),
            &f("ofac_2021-07_alt.csv"),
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "imported 8976 entities to out.jsonl (3673 organization, 683 other, 4620 person)"
        ),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("skipped"), "{}", stderr(&out));
    assert_eq!(
        tag(
            d,
            "El presidente Maduro Moros y Cilia Flores viajaron.",
            &[]
        ),
        pairs(&[
            ("Maduro Moros", "ofac-22790"),
            ("Cilia Flores", "ofac-25079")
        ])
    );
    let out = nomen(
        d,
        &[
            "entities",
            "import",
            "--format",
            "un",
            "-o",
            "out.jsonl",
            &f("un_consolidated_2026-02-27.xml"),
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("imported 1003 entities to out.jsonl (273 organization, 730 person)"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("skipped"), "{}", stderr(&out));
}
