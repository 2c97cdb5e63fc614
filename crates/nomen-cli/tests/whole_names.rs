//! `nomen tag --entities` on whole names across scripts and transcriptions (issue 17),
//! with a Latin-only gazetteer: a given name in another form right before the surname
//! at the start of a headline or a sentence (Bulgarian, Greek, German), a short surname
//! of one consonant class after its given name (Russian), the press's `-ий` for a
//! Georgian given name in `-i` (Russian, Ukrainian), a Korean family name written first
//! and used alone (English), the one word of a name that a title starts (English). The
//! texts and people are written for this test; each script's trap must stay unlinked.

#[path = "support/gazetteer_tag.rs"]
mod support;

use support::{at, tag, with_gazetteer};

const GAZETTEER: &str = r#"{"id":"juha-sipila","name":"Juha Sipilä","kind":"person"}
{"id":"mark-rutte","name":"Mark Rutte","kind":"person"}
{"id":"aleksandar-vucic","name":"Aleksandar Vučić","kind":"person"}
{"id":"helga-laal","name":"Helga Laal","kind":"person"}
{"id":"irakli-kobakhidze","name":"Irakli Kobakhidze","kind":"person"}
{"id":"ban-ki-moon","name":"Ban Ki-moon","kind":"person"}
{"id":"queen-margrethe","name":"Queen Margrethe","kind":"person"}
"#;

#[test]
fn a_given_name_in_another_form_first_in_a_sentence() {
    let dir = with_gazetteer(GAZETTEER);
    let text = "Юха Сипиля пристигна в София. Сипиля говори с журналисти.";
    let got = tag(dir.path(), text);
    assert_eq!(
        got[0],
        at(text, "Юха Сипиля", 0, "juha-sipila", "inflected")
    );
    let text = "Alexander Vučić traf am Montag ein. Vučić sprach lange.";
    let got = tag(dir.path(), text);
    assert_eq!(
        got[0],
        at(
            text,
            "Alexander Vučić",
            0,
            "aleksandar-vucic",
            "given-name-variant"
        )
    );
    // Greek, a headline line that capitalises its names.
    let text = "Ταξιδεύει Ο Μαρκ Ρούτε\nΟ γενικός γραμματέας Μαρκ Ρούτε ταξιδεύει αύριο.";
    let got = tag(dir.path(), text);
    assert_eq!(
        got[0],
        at(text, "Μαρκ Ρούτε", 0, "mark-rutte", "transcribed")
    );
    // A sentence-initial word that is no form of the given name is left out.
    let text = "Вчера Сипиля говори с журналисти. Юха Сипиля пристигна.";
    let got = tag(dir.path(), text);
    assert!(got.iter().all(|m| m.0 != "Вчера Сипиля"), "{got:?}");
}

#[test]
fn a_short_surname_after_its_given_name() {
    let dir = with_gazetteer(GAZETTEER);
    let text = "Бывший министр Хелга Лал выступила в Берлине. Лал сказала, что довольна.";
    assert_eq!(
        tag(dir.path(), text),
        [
            at(text, "Хелга Лал", 0, "helga-laal", "transcribed"),
            at(text, "Лал", 60, "helga-laal", "transcribed"),
        ]
    );
    // Nobody named in full: the short word stays unread.
    assert_eq!(tag(dir.path(), "Вчера Лал выступила в Берлине."), []);
}

#[test]
fn the_press_ij_of_a_georgian_given_name() {
    let dir = with_gazetteer(GAZETTEER);
    for (text, name) in [
        (
            "Премьер Грузии Ираклий Кобахидзе заявил о новой партии.",
            "Ираклий Кобахидзе",
        ),
        (
            "Прем'єр Грузії Іраклій Кобахідзе заявив про нову партію.",
            "Іраклій Кобахідзе",
        ),
    ] {
        assert_eq!(
            tag(dir.path(), text),
            [at(text, name, 0, "irakli-kobakhidze", "transcribed")]
        );
    }
}

#[test]
fn a_family_name_written_first_alone_after_the_full_name() {
    let dir = with_gazetteer(GAZETTEER);
    let text = "Former UN chief Ban Ki-moon spoke in Seoul. Ban said the talks went well.";
    assert_eq!(
        tag(dir.path(), text),
        [
            at(text, "Ban Ki-moon", 0, "ban-ki-moon", "exact"),
            at(text, "Ban", 30, "ban-ki-moon", "surname-coref"),
        ]
    );
    assert_eq!(tag(dir.path(), "Ban said the talks went well."), []);
}

#[test]
fn the_word_a_title_starts_alone_after_the_full_name() {
    let dir = with_gazetteer(GAZETTEER);
    let text = "Queen Margrethe opened the exhibition. Margrethe spoke briefly.";
    assert_eq!(
        tag(dir.path(), text),
        [
            at(text, "Queen Margrethe", 0, "queen-margrethe", "exact"),
            at(text, "Margrethe", 20, "queen-margrethe", "surname-coref"),
        ]
    );
    assert_eq!(
        tag(dir.path(), "Margrethe spoke briefly at the opening."),
        []
    );
}
