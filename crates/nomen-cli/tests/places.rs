//! The built-in places (countries, territories, regions and cities from CLDR and
//! GeoNames, `data/places/`) through the real binary, with no gazetteer of the user's:
//! `nomen entities resolve` and `nomen search --entity` know a place by its name in any
//! language or script, and `nomen tag` links the places in German, Russian and Japanese
//! text. The articles and sentences are the test's own.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const CARACAS: &str = "caracas";
const UNITED_STATES: &str = "united-states";
const VIENNA: &str = "geonames-2761369";
const MUNICH: &str = "geonames-2867714";
const MILAN: &str = "geonames-3173435";
const MOSCOW: &str = "geonames-524901";
const BEIJING: &str = "geonames-1816670";
const ISTANBUL: &str = "geonames-745044";
const LONDON: &str = "geonames-2643743";
const PARIS: &str = "geonames-2988507";
const SEOUL: &str = "geonames-1835848";
const GERMANY: &str = "country-de";

fn nomen(cwd: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(args)
        .current_dir(cwd)
        .env_remove("NOMEN_INDEX")
        .env("NOMEN_CACHE_DIR", cwd.join("cache"))
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
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    child.wait_with_output().expect("nomen ends")
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

/// The entity `nomen entities resolve NAME` ranks first.
fn resolved(dir: &Path, name: &str) -> String {
    let out = nomen(dir, &["entities", "resolve", name, "--json"], None);
    assert_eq!(
        code(&out),
        0,
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    json(&out)[0]["id"].as_str().unwrap_or_default().to_string()
}

#[test]
fn places_resolve_in_any_language_and_script() {
    let dir = tempfile::tempdir().unwrap();
    for (name, id) in [
        ("Каракас", CARACAS),
        ("Vereinigte Staaten", UNITED_STATES),
        ("Vereinigten Staaten", UNITED_STATES),
        ("Stany Zjednoczone", UNITED_STATES),
        ("Wien", VIENNA),
        ("Вена", VIENNA),
        ("ウィーン", VIENNA),
        ("Deutschland", GERMANY),
        ("Германия", GERMANY),
        ("Γερμανία", GERMANY),
        ("Mailand", MILAN),
        ("Londres", LONDON),
        ("Сеул", SEOUL),
    ] {
        assert_eq!(resolved(dir.path(), name), id, "{name}");
    }
    // Where a place comes from is shown with it.
    let out = nomen(dir.path(), &["entities", "show", VIENNA], None);
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("geonames:2761369"), "{shown}");
    assert!(shown.contains("\"AT\""), "{shown}");
}

#[test]
fn tag_links_places_in_german_russian_and_japanese() {
    let dir = tempfile::tempdir().unwrap();
    for (sentence, expected) in [
        (
            "Der Zug fuhr von Wien über München nach Mailand.",
            [("Wien", VIENNA), ("München", MUNICH), ("Mailand", MILAN)],
        ),
        (
            "Делегация вылетела из Москвы в Пекин через Стамбул.",
            [
                ("Москвы", MOSCOW),
                ("Пекин", BEIJING),
                ("Стамбул", ISTANBUL),
            ],
        ),
        (
            "首相はロンドンとパリを訪れた後、ソウルに向かった。",
            [("ロンドン", LONDON), ("パリ", PARIS), ("ソウル", SEOUL)],
        ),
    ] {
        let out = nomen(dir.path(), &["tag", "--json"], Some(sentence));
        assert_eq!(code(&out), 0, "{sentence}");
        let v = json(&out);
        let found: Vec<(String, String)> = v["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                let (start, end) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                // Offsets are into the sentence as given.
                assert_eq!(&sentence[start..end], m["text"].as_str().unwrap());
                (
                    m["text"].as_str().unwrap().to_string(),
                    m["entity"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(t, e)| (t.to_string(), e.to_string()))
            .collect();
        assert_eq!(found, want, "{sentence}");
    }
}

const ARTICLES: &str = r#"{"id": "de1", "title": "Neue Sanktionen", "body": "Die Vereinigten Staaten verhängten am Montag neue Sanktionen. In Caracas demonstrierten Tausende gegen die Regierung.", "date": "2024-08-10"}
{"id": "ru1", "title": "Протесты в Каракасе", "body": "В Каракасе прошли акции протеста. Вашингтон призвал к переговорам.", "date": "2024-08-11"}
{"id": "ja1", "title": "ウィーンで会議", "body": "外相はウィーンで記者会見を開いた。", "date": "2024-08-12"}
{"id": "en1", "title": "Talks in Vienna", "body": "Diplomats met in Vienna on Tuesday; nothing was said about South America.", "date": "2024-08-13"}
"#;

fn hits(dir: &Path, entity: &str) -> BTreeSet<String> {
    let out = nomen(
        dir,
        &["search", "--index", "idx", "--json", "--entity", entity],
        None,
    );
    assert!(
        matches!(code(&out), 0 | 1),
        "{entity}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    json(&out)["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn search_filters_by_a_place_named_in_any_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("articles.jsonl"), ARTICLES).unwrap();
    let out = nomen(
        dir.path(),
        &["index", "--index", "idx", "articles.jsonl"],
        None,
    );
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let set = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    // Caracas: in German and in Russian (declined: Каракасе), found by its Cyrillic,
    // Latin and Japanese names.
    for name in ["Каракас", "Caracas", "カラカス"] {
        assert_eq!(hits(dir.path(), name), set(&["de1", "ru1"]), "{name}");
    }
    // The United States, named in German in the query, in German in the text.
    assert_eq!(
        hits(dir.path(), "Vereinigte Staaten"),
        set(&["de1"]),
        "Vereinigte Staaten"
    );
    // Vienna, written Wien, Вена or ウィーン: the Japanese and the English article.
    for name in ["Wien", "Вена", "ウィーン"] {
        assert_eq!(hits(dir.path(), name), set(&["en1", "ja1"]), "{name}");
    }
    // The entity facet names the place.
    let out = nomen(
        dir.path(),
        &["search", "--index", "idx", "--json", "--entity", "Wien"],
        None,
    );
    let v = json(&out);
    let first = &v["hits"][0];
    assert!(
        first["entities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["id"] == VIENNA || e == VIENNA),
        "{first}"
    );
}

#[path = "support/builtin_tag.rs"]
mod builtin_tag;

/// The names the press gives some countries that CLDR lacks (`Britain`, `Gran Bretaña`,
/// `DPRK`, `Republic of Korea`) link to the country; a longer place's name that holds
/// one (`New Britain`, an island and a town) does not. Sentences written for this test.
#[test]
fn press_names_of_countries_that_cldr_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    for (text, mention, entity) in [
        (
            "Britain and Norway signed a fisheries deal on Friday.",
            "Britain",
            "country-gb",
        ),
        (
            "El ministro viajó a Gran Bretaña para negociar el acuerdo pesquero.",
            "Gran Bretaña",
            "country-gb",
        ),
        (
            "Die Exporte nach Großbritannien sind im Mai gesunken.",
            "Großbritannien",
            "country-gb",
        ),
        (
            "Envoys from the DPRK met their counterparts in Beijing on Monday.",
            "DPRK",
            "country-kp",
        ),
        (
            "The Republic of Korea and Japan agreed to resume talks.",
            "Republic of Korea",
            "country-kr",
        ),
    ] {
        builtin_tag::assert_links(dir, &[], text, &[(mention, entity, "")]);
    }
    let text = "The ferry to New Britain left Rabaul harbour late on Sunday.";
    builtin_tag::assert_unlinked(dir, &[], text, "Britain");
    builtin_tag::assert_unlinked(dir, &[], text, "New Britain");
}
