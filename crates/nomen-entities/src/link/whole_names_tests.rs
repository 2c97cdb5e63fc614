//! Whole names across scripts and transcriptions (issue 17): the given name in another
//! form right before a surname in a headline or at the start of a sentence, a short
//! surname of one consonant class after the given name, the press's `-ий` for a
//! Georgian given name in `-i`, a family name written first (Korean), the one word of
//! a name that a title starts. People and sentences of these tests are not those of
//! the any-spelling sets.

use std::sync::Arc;

use super::{Linker, Rule};
use crate::Gazetteer;

fn linker() -> &'static Linker {
    static LINKER: std::sync::OnceLock<Linker> = std::sync::OnceLock::new();
    LINKER.get_or_init(|| {
        let jsonl = r#"{"id":"juha-sipila","name":"Juha Sipilä","kind":"person"}
{"id":"mark-rutte","name":"Mark Rutte","kind":"person"}
{"id":"aleksandar-vucic","name":"Aleksandar Vučić","kind":"person"}
{"id":"helga-laal","name":"Helga Laal","kind":"person"}
{"id":"irakli-kobakhidze","name":"Irakli Kobakhidze","kind":"person"}
{"id":"ban-ki-moon","name":"Ban Ki-moon","kind":"person"}
{"id":"jussi-halla-aho","name":"Jussi Halla-aho","kind":"person"}
{"id":"queen-margrethe","name":"Queen Margrethe","kind":"person"}"#;
        Linker::new(Arc::new(Gazetteer::from_jsonl_str(jsonl, "test").unwrap()))
    })
}

/// (text, entity) of each mention of a document's title and body.
fn doc(title: &str, body: &str) -> Vec<(String, String)> {
    linker()
        .link_document(title, body)
        .mentions
        .into_iter()
        .map(|m| (m.text, m.entity))
        .collect()
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

fn p(t: &str, e: &str) -> (String, String) {
    (t.to_string(), e.to_string())
}

#[test]
fn a_given_name_in_another_form_starts_a_headline() {
    // Bulgarian, first in the headline: `Юха` for Juha.
    let got = doc(
        "Юха Сипиля пристигна в София",
        "Финландският политик Юха Сипиля пристигна вчера.",
    );
    assert_eq!(got[0], p("Юха Сипиля", "juha-sipila"), "{got:?}");
    // Greek, a headline that capitalises its names: `Μαρκ` for Mark.
    let got = doc(
        "Ταξιδεύει ο Μαρκ Ρούτε",
        "Ο γενικός γραμματέας Μαρκ Ρούτε ταξιδεύει αύριο.",
    );
    assert_eq!(got[0], p("Μαρκ Ρούτε", "mark-rutte"), "{got:?}");
    // Latin, first in a sentence: a given name of the same given-name group.
    let got = doc(
        "Alexander Vučić trifft Scholz",
        "Der serbische Präsident Alexander Vučić traf am Montag ein.",
    );
    assert_eq!(got[0], p("Alexander Vučić", "aleksandar-vucic"), "{got:?}");
}

#[test]
fn a_surname_of_one_consonant_class_after_its_given_name() {
    // `Лал` for Laal: one consonant class, romanised `lal`, not the name's `laal`.
    let got = text("Бывший министр Хелга Лал выступила в Берлине. Лал сказала, что довольна.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].2),
        ("Хелга Лал", Rule::Transcribed)
    );
    assert_eq!(
        (got[1].0.as_str(), got[1].1.as_str()),
        ("Лал", "helga-laal")
    );
    // Alone, with nobody named in full, it is nobody.
    assert!(text("Вчера Лал выступила в Берлине.").is_empty());
}

#[test]
fn the_press_ij_of_a_georgian_given_name() {
    for (sentence, name) in [
        (
            "Премьер Грузии Ираклий Кобахидзе заявил о новой партии.",
            "Ираклий Кобахидзе",
        ),
        (
            "Прем'єр Грузії Іраклій Кобахідзе заявив про нову партію.",
            "Іраклій Кобахідзе",
        ),
    ] {
        let got = text(sentence);
        assert_eq!(got.len(), 1, "{sentence}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            (name, "irakli-kobakhidze")
        );
    }
}

#[test]
fn a_family_name_written_first_stands_alone_after_the_full_name() {
    let got = text("Former UN chief Ban Ki-moon spoke in Seoul. Ban said the talks went well.");
    assert_eq!(
        got.iter()
            .map(|(t, e, _)| (t.as_str(), e.as_str()))
            .collect::<Vec<_>>(),
        [("Ban Ki-moon", "ban-ki-moon"), ("Ban", "ban-ki-moon")]
    );
    // Not without the full name: a family name of millions.
    assert!(text("Ban said the talks went well.").is_empty());
    // A Finnish double surname is no family name written first.
    let got = text("Jussi Halla-aho puhui eilen. Halla-aho vastasi kysymyksiin.");
    assert!(
        got.iter().all(|(_, e, _)| e == "jussi-halla-aho"),
        "{got:?}"
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn the_word_a_title_starts_stands_alone_after_the_full_name() {
    let got = text("Queen Margrethe opened the exhibition. Margrethe spoke briefly.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[1].0.as_str(), got[1].1.as_str()),
        ("Margrethe", "queen-margrethe")
    );
    assert!(text("Margrethe spoke briefly at the opening.").is_empty());
}
