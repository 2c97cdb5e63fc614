//! People's names as each press writes them (issue 17): the Arabic article the
//! gazetteer's name lacks, a case ending on the last syllable of an East Asian given
//! name written with a hyphen, Korean family names spelled with a silent letter, and a
//! body's one-word name that the document writes as a person's surname. People and
//! sentences of these tests are not those of the any-spelling sets.

use std::sync::Arc;

use super::{Linker, Rule};
use crate::Gazetteer;

fn linker() -> &'static Linker {
    static LINKER: std::sync::OnceLock<Linker> = std::sync::OnceLock::new();
    LINKER.get_or_init(|| {
        let jsonl = r#"{"id":"ayman-zawahiri","name":"Ayman Zawahiri","kind":"person"}
{"id":"wen-jiabao","name":"Wen Jiabao","kind":"person"}
{"id":"kim-dae-jung","name":"Kim Dae-jung","kind":"person"}
{"id":"ahn-cheol-soo","name":"Ahn Cheol-soo","kind":"person"}
{"id":"porsche","name":"Porsche","kind":"organization"}
{"id":"who","name":"World Health Organization","kind":"organization","aliases":["WHO"]}"#;
        Linker::new(Arc::new(Gazetteer::from_jsonl_str(jsonl, "test").unwrap()))
    })
}

/// (text, entity, rule) of each mention of a text.
fn text(text: &str) -> Vec<(String, String, Rule)> {
    linker()
        .link_text(text)
        .mentions
        .into_iter()
        .map(|m| (m.text, m.entity, m.rule))
        .collect()
}

/// The texts and entities of a text's mentions.
fn spans(t: &str) -> Vec<(String, String)> {
    text(t).into_iter().map(|(s, e, _)| (s, e)).collect()
}

fn p(t: &str, e: &str) -> (String, String) {
    (t.to_string(), e.to_string())
}

#[test]
fn the_arabic_article_the_gazetteer_lacks() {
    // Written with a hyphen, in Latin letters; apart, in Serbian Cyrillic; a sun
    // letter's consonant in Russian (`аз-Завахири`).
    assert_eq!(
        spans("Ayman al-Zawahiri spoke."),
        [p("Ayman al-Zawahiri", "ayman-zawahiri")]
    );
    assert_eq!(
        spans("Говорио је Ајман ел Завахири јуче."),
        [p("Ајман ел Завахири", "ayman-zawahiri")]
    );
    assert_eq!(
        spans("Выступил Айман аз-Завахири."),
        [p("Айман аз-Завахири", "ayman-zawahiri")]
    );
    // Not an article: a capital inside the word, or another word apart.
    assert!(spans("Ayman AL-Zawahiri spoke.")
        .iter()
        .all(|(s, _)| s != "Ayman AL-Zawahiri"));
    assert!(spans("Ayman ad Zawahiri spoke.")
        .iter()
        .all(|(s, _)| s != "Ayman ad Zawahiri"));
}

#[test]
fn a_case_ending_on_the_last_syllable_of_a_given_name() {
    // Polish genitive, Czech instrumental of a syllable in `-ao`, Hungarian
    // accusative: one mention of the whole name, not its words apart.
    let got = text("Wizyta Kim Dae-junga w Berlinie.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].2),
        ("Kim Dae-junga", Rule::Inflected)
    );
    assert_eq!(
        spans("Premiér Wen Ťia-pao přiletěl. Jednal s Wen Ťia-paem o obchodu."),
        [
            p("Wen Ťia-pao", "wen-jiabao"),
            p("Wen Ťia-paem", "wen-jiabao")
        ]
    );
    assert_eq!(
        spans("Ven Csia-pao megérkezett. Fogadták Ven Csia-paót."),
        [
            p("Ven Csia-pao", "wen-jiabao"),
            p("Ven Csia-paót", "wen-jiabao")
        ]
    );
    // The syllable alone is never read so.
    assert!(spans("Das Wort Dae-junga.").is_empty());
}

#[test]
fn korean_family_names_with_a_silent_letter() {
    assert_eq!(
        spans("Кандидат Ан Чоль Су выступил."),
        [p("Ан Чоль Су", "ahn-cheol-soo")]
    );
}

#[test]
fn a_bodys_name_after_a_given_name_is_a_surname() {
    // The person, in the document, here and in every place of the word; with a
    // case ending on both words (Polish).
    let person = "Der Konstrukteur Ferdinand Porsche entwarf den Wagen. Porsche starb 1951.";
    assert!(spans(person).is_empty(), "{:?}", spans(person));
    let person = "Wystawa prac Ferdinanda Porschego. Porsche zmarł w 1951.";
    assert!(spans(person).is_empty(), "{:?}", spans(person));
    // Not a given name: the first word of a sentence (rigour's data holds `Bei`).
    assert_eq!(
        spans("Bei Porsche wächst der Absatz."),
        [p("Porsche", "porsche")]
    );
    // An acronym is no surname for being written so after a name elsewhere.
    assert_eq!(
        spans("Die WHO warnt. Der Arzt Li Who sprach."),
        [p("WHO", "who")]
    );
    // The body: a given name and the word before a legal form are a firm's name
    // (which the gazetteer lacks, so it is not linked), no surname; the word alone is
    // still the body's.
    assert_eq!(
        spans("Die Ferdinand Porsche AG meldet Gewinne. Porsche wächst."),
        [p("Porsche", "porsche")]
    );
    assert_eq!(spans("Porsche meldet Gewinne."), [p("Porsche", "porsche")]);
}
