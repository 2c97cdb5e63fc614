//! `nomen tag --entities` with people's names given in one Latin spelling, on text
//! that writes them as each press does (issue 17): the Arabic article the gazetteer's
//! name lacks (`al-`, Serbian `ел`), a case ending on the last syllable of an East
//! Asian given name written with a hyphen, a Korean family name spelled with a silent
//! letter, and a body's one-word name that the document writes as a person's surname.
//! The names and sentences are the test's own.

use std::path::Path;

#[path = "support/gazetteer_tag.rs"]
mod support;

/// Latin-script names only, no aliases.
const GAZETTEER: &str = r#"{"id":"zawahiri","name":"Ayman Zawahiri","kind":"person"}
{"id":"moon","name":"Moon Hee-sang","kind":"person"}
{"id":"wen","name":"Wen Jiabao","kind":"person"}
{"id":"ahn","name":"Ahn Cheol-soo","kind":"person"}
{"id":"porsche","name":"Porsche","kind":"organization"}
"#;

/// (mention text, entity, rule) of `nomen tag --json` on `text`, each span checked
/// against the text.
fn tag(dir: &Path, text: &str) -> Vec<(String, String, String)> {
    std::fs::write(dir.join("g.jsonl"), GAZETTEER).unwrap();
    support::tag(dir, text)
        .into_iter()
        .map(|(mention, _, _, entity, rule)| (mention, entity, rule))
        .collect()
}

fn m(mention: &str, entity: &str, rule: &str) -> (String, String, String) {
    (mention.to_string(), entity.to_string(), rule.to_string())
}

#[test]
fn the_arabic_article_is_read_inside_a_name() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        tag(dir.path(), "Ayman al-Zawahiri was named in the report."),
        [m("Ayman al-Zawahiri", "zawahiri", "folded")]
    );
    let got = tag(dir.path(), "Извештај помиње Ајмана ел Завахирија.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Ајмана ел Завахирија");
}

#[test]
fn a_case_ending_on_a_given_names_last_syllable() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        tag(
            dir.path(),
            "Delegacja spotkała się z Moon Hee-sangiem w Seulu."
        ),
        [m("Moon Hee-sangiem", "moon", "inflected")]
    );
    assert_eq!(
        tag(dir.path(), "Ministr jednal s Wen Ťia-paem o obchodu."),
        [m("Wen Ťia-paem", "wen", "inflected")]
    );
}

#[test]
fn a_korean_family_name_with_a_silent_letter() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        tag(dir.path(), "Политик Ан Чоль Су выступил в парламенте."),
        [m("Ан Чоль Су", "ahn", "east-asian-transcription")]
    );
}

#[test]
fn a_bodys_one_word_name_after_a_given_name_is_a_surname() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        tag(
            dir.path(),
            "Das Museum ehrt den Konstrukteur Ferdinand Porsche. Porsche starb 1951."
        ),
        []
    );
    assert_eq!(
        tag(dir.path(), "Der Absatz von Porsche wuchs im Sommer."),
        [m("Porsche", "porsche", "exact")]
    );
}
