//! Names written in another script reach entities whose gazetteer entry is in Latin
//! script only, through the cross-script name groups built from rigour's data
//! (`data/names/`): `nomen entities resolve`, `nomen search --entity` and `nomen tag`,
//! driving the real binary on a gazetteer and articles the test writes. Also legal
//! forms from the same data: one class however they are written.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Latin-script names only, no aliases.
const GAZETTEER: &str = r#"{"id":"nm","name":"Nicolás Maduro","kind":"person"}
{"id":"vp","name":"Vladimir Putin","kind":"person"}
{"id":"am","name":"Angela Merkel","kind":"person"}
{"id":"xj","name":"Xi Jinping","kind":"person"}
{"id":"ds","name":"Delcy Rodríguez","kind":"person"}
"#;

fn nomen(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .output()
        .expect("nomen runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn setup(gazetteer: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("g.jsonl"), gazetteer).unwrap();
    dir
}

/// `nomen entities resolve NAME --json` on the test gazetteer only.
fn resolve(dir: &Path, name: &str) -> (Vec<Value>, i32) {
    let out = nomen(
        dir,
        &[
            "entities",
            "resolve",
            name,
            "--json",
            "--no-builtin",
            "--entities",
            "g.jsonl",
        ],
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            text(&out.stdout),
            text(&out.stderr)
        )
    });
    let list = v.as_array().expect("an array").clone();
    (list, out.status.code().expect("exit code"))
}

fn top_id(dir: &Path, name: &str) -> String {
    let (list, _) = resolve(dir, name);
    list.first()
        .and_then(|c| c["id"].as_str())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn katakana_surname_resolves_to_latin_only_entry() {
    let dir = setup(r#"{"id":"nm","name":"Nicolás Maduro","kind":"person"}"#);
    let (list, code) = resolve(dir.path(), "マドゥロ");
    assert_eq!(code, 0);
    assert_eq!(list[0]["id"], "nm");
    // The explanation says why: the part agreed through the name groups.
    let parts = list[0]["why"]["parts"].as_array().unwrap();
    assert!(
        parts
            .iter()
            .any(|p| p["query"] == "マドゥロ" && p["name"] == "maduro" && p["via"] == "name_group"),
        "{parts:?}"
    );
    // The human output names the reason and the Wikidata item.
    let out = nomen(
        dir.path(),
        &[
            "entities",
            "resolve",
            "マドゥロ",
            "--no-builtin",
            "--entities",
            "g.jsonl",
        ],
    );
    let human = text(&out.stdout);
    assert!(human.contains("same name in another script"), "{human}");
    assert!(human.contains("Wikidata Q"), "{human}");
}

#[test]
fn full_names_in_other_scripts() {
    let dir = setup(GAZETTEER);
    for (query, id) in [
        ("ニコラス・マドゥロ", "nm"),
        ("尼古拉斯·马杜罗", "nm"),
        ("尼古拉斯马杜罗", "nm"),
        ("니콜라스 마두로", "nm"),
        ("普丁", "vp"),
        ("弗拉基米尔·普丁", "vp"),
        ("블라디미르 푸틴", "vp"),
        ("アンゲラ・メルケル", "am"),
        ("メルケル", "am"),
        ("ميركل", "am"),
        ("أنجيلا ميركل", "am"),
        ("习近平", "xj"),
        ("習近平", "xj"),
    ] {
        assert_eq!(top_id(dir.path(), query), id, "{query}");
    }
}

#[test]
fn no_false_cross_script_matches() {
    let dir = setup(&format!(
        "{GAZETTEER}{}\n",
        r#"{"id":"kana","name":"マドゥロ","kind":"organization"}"#
    ));
    // The entity written in the query's own script ranks above the cross-script one.
    let (list, _) = resolve(dir.path(), "マドゥロ");
    let ids: Vec<&str> = list.iter().filter_map(|c| c["id"].as_str()).collect();
    assert_eq!(ids.first(), Some(&"kana"), "{ids:?}");
    assert!(ids.contains(&"nm"), "{ids:?}");
    assert!(list[0]["score"].as_f64().unwrap() > list[1]["score"].as_f64().unwrap());
    // Unrelated names in other scripts match nothing.
    for query in ["ズッキーニ", "北京大学", "ليمون"] {
        let (list, code) = resolve(dir.path(), query);
        assert!(list.is_empty(), "{query}: {list:?}");
        assert_eq!(code, 1, "{query}");
    }
    // A given name alone in another script is not the person with that given name
    // and another surname (`尼古拉斯·李`: Nicolás Li).
    let (list, _) = resolve(dir.path(), "尼古拉斯·李");
    assert!(
        list.iter().all(|c| c["score"].as_f64().unwrap() < 0.5),
        "{list:?}"
    );
}

#[test]
fn search_entity_in_another_script() {
    let dir = setup(GAZETTEER);
    let d = dir.path();
    std::fs::write(
        d.join("a.jsonl"),
        concat!(
            r#"{"id":"a1","title":"Maduro speaks","body":"Nicolás Maduro said on Monday that the vote was fair.","lang":"en","date":"2024-08-01"}"#,
            "\n",
            r#"{"id":"a2","title":"Putin visits","body":"Vladimir Putin met officials in Moscow.","lang":"en","date":"2024-08-02"}"#,
            "\n",
            r#"{"id":"a3","title":"演説","body":"ベネズエラのニコラス・マドゥロ大統領は月曜日に演説した。","lang":"ja","date":"2024-08-03"}"#,
            "\n",
        ),
    )
    .unwrap();
    let out = nomen(
        d,
        &[
            "index",
            "--index",
            "idx",
            "--no-builtin",
            "--entities",
            "g.jsonl",
            "a.jsonl",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    // The Japanese article is linked to the Latin-only entry at indexing, so naming the
    // entity in any script finds both articles.
    for (query, articles) in [
        ("マドゥロ", &["a1", "a3"][..]),
        ("ニコラス・マドゥロ", &["a1", "a3"]),
        ("Nicolás Maduro", &["a1", "a3"]),
        ("普丁", &["a2"]),
    ] {
        let out = nomen(
            d,
            &["search", "--index", "idx", "--entity", query, "--json"],
        );
        assert!(out.status.success(), "{query}: {}", text(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut hits: Vec<&str> = v["hits"]
            .as_array()
            .unwrap_or_else(|| panic!("{v}"))
            .iter()
            .filter_map(|h| h["id"].as_str())
            .collect();
        hits.sort_unstable();
        assert_eq!(hits, articles, "{query}");
    }
}

/// `nomen tag --json` of `text` on the test gazetteer only: (entity, mention, rule).
fn tag(dir: &Path, text: &str) -> Vec<(String, String, String)> {
    let path = dir.join("text.txt");
    std::fs::write(&path, text).unwrap();
    let out = nomen(
        dir,
        &[
            "tag",
            "--json",
            "--no-builtin",
            "--entities",
            "g.jsonl",
            "text.txt",
        ],
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            text_of(&out.stdout),
            text_of(&out.stderr)
        )
    });
    let mentions = v["mentions"].as_array().unwrap_or_else(|| panic!("{v}"));
    mentions
        .iter()
        .map(|m| {
            let span =
                &text[m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize];
            (
                m["entity"].as_str().unwrap().to_string(),
                span.to_string(),
                m["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn text_of(bytes: &[u8]) -> String {
    text(bytes)
}

#[test]
fn linker_finds_latin_only_persons_in_other_scripts() {
    let dir = setup(GAZETTEER);
    let d = dir.path();
    let ja = tag(
        d,
        "ベネズエラのニコラス・マドゥロ大統領は演説した。マドゥロ氏はドイツのアンゲラ・メルケル前首相と会談した。",
    );
    let found: Vec<(&str, &str)> = ja
        .iter()
        .map(|(e, s, _)| (e.as_str(), s.as_str()))
        .collect();
    assert!(found.contains(&("nm", "ニコラス・マドゥロ")), "{ja:?}");
    assert!(found.contains(&("nm", "マドゥロ")), "{ja:?}");
    assert!(found.contains(&("am", "アンゲラ・メルケル")), "{ja:?}");
    assert!(
        ja.iter().all(|(_, _, rule)| rule == "transliterated"),
        "{ja:?}"
    );
    let zh = tag(d, "委内瑞拉总统尼古拉斯·马杜罗周一表示，马杜罗说。");
    let found: Vec<(&str, &str)> = zh
        .iter()
        .map(|(e, s, _)| (e.as_str(), s.as_str()))
        .collect();
    assert_eq!(
        found,
        [("nm", "尼古拉斯·马杜罗"), ("nm", "马杜罗")],
        "{zh:?}"
    );
}

#[test]
fn linker_adds_no_cross_script_guesses() {
    let dir = setup(GAZETTEER);
    let d = dir.path();
    // Another person with the same given name, other names, words: nothing.
    for text in [
        "ニコラス・ケイジは俳優です。",
        "北京大学の学生が集まった。",
        "un mango maduro",
        "习近平主席は述べた。",
    ] {
        let got = tag(d, text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn legal_forms_are_one_class() {
    let dir = setup(concat!(
        r#"{"id":"pdvsa","name":"Petróleos de Venezuela, S.A.","kind":"organization"}"#,
        "\n",
        r#"{"id":"foo","name":"Foo Trading GmbH","kind":"organization"}"#,
        "\n",
    ));
    let d = dir.path();
    let score = |q: &str, id: &str| -> f64 {
        let (list, _) = resolve(d, q);
        list.iter()
            .find(|c| c["id"] == id)
            .and_then(|c| c["score"].as_f64())
            .unwrap_or(0.0)
    };
    assert_eq!(
        score("Petróleos de Venezuela Sociedad Anónima", "pdvsa"),
        1.0
    );
    assert_eq!(score("PETROLEOS DE VENEZUELA SA", "pdvsa"), 1.0);
    // Without its form the name is still the best candidate; a form on one side only
    // is evidence (below 1), a different kind of form more so.
    let (list, _) = resolve(d, "Petróleos de Venezuela");
    assert_eq!(list[0]["id"], "pdvsa");
    let bare = list[0]["score"].as_f64().unwrap();
    assert!(bare < 1.0);
    assert!(score("Petróleos de Venezuela GmbH", "pdvsa") < bare);
    // German forms written out, from rigour's table.
    assert_eq!(
        score("Foo Trading Gesellschaft mit beschränkter Haftung", "foo"),
        1.0
    );
    // In text, the name written with another form links through the bare name.
    let got = tag(
        d,
        "Petróleos de Venezuela Sociedad Anónima anunció un acuerdo.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "pdvsa");
}
