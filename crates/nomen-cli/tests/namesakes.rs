//! `nomen tag --entities` on texts that name someone else with a gazetteer person's
//! surname (issue 17, "people who share a surname"), a double surname with an ending
//! the lists lack, a place's name in quotation marks and a name in another Cyrillic
//! alphabet: what links, with its span (byte offsets of the original text) and rule.
//! The texts are written for this test, in German, Spanish, Russian, Serbian,
//! Estonian, Bulgarian, Greek, Lithuanian and Abkhaz.

#[path = "support/gazetteer_tag.rs"]
mod support;

use support::{at, tag, with_gazetteer};

/// Latin-script names only, but for Tbilisi's Abkhaz name.
const GAZETTEER: &str = r#"{"id":"kovac","name":"Niko Kovač","kind":"person"}
{"id":"sanchez","name":"Pedro Sánchez","kind":"person"}
{"id":"zverev","name":"Alexander Zverev","kind":"person"}
{"id":"mk","name":"Anna Müller-Kowalski","kind":"person"}
{"id":"lima","name":"Lima","kind":"place"}
{"id":"rhodes","name":"Rhodes","kind":"place","aliases":["Ρόδος","Родос"]}
{"id":"tbilisi","name":"Tbilisi","kind":"place","aliases":["Қарҭ"]}
"#;

fn setup() -> tempfile::TempDir {
    with_gazetteer(GAZETTEER)
}

#[test]
fn another_persons_given_name_makes_the_surname_someone_elses() {
    let dir = setup();
    // First in a headline and in its lead, where a capital says nothing: a given name
    // of rigour's data that is not the gazetteer person's, written twice before the
    // surname. Neither the full name nor the surname alone later is the person.
    for text in [
        "Robert Kovač trifft\nRobert Kovač traf zweimal. Danach jubelte Kovač.",
        "Hugo Sánchez marca\nHugo Sánchez marcó dos goles. Después Sánchez celebró.",
        // Declined given name and surname in one case (Russian, Serbian genitive).
        "Матч Михаила Зверева закончился вечером. Зверев доволен.",
        "Публика је поздравила Михаила Зверева. Зверев је задовољан.",
    ] {
        assert_eq!(tag(dir.path(), text), [], "{text}");
    }
    // The person's own given name, in another language's form too, and a preposition
    // first in a sentence do not.
    let text = "Niko Kovač trifft\nNiko Kovač traf zweimal. Danach jubelte Kovač.";
    assert_eq!(
        tag(dir.path(), text),
        [
            at(text, "Niko Kovač", 0, "kovac", "exact"),
            at(text, "Niko Kovač", 12, "kovac", "exact"),
            at(text, "Kovač", 40, "kovac", "surname-coref"),
        ]
    );
    let text = "Laut Kovač ist das Spiel wichtig. Niko Kovač sagte das.";
    assert_eq!(
        tag(dir.path(), text),
        [
            at(text, "Kovač", 0, "kovac", "surname-coref"),
            at(text, "Niko Kovač", 0, "kovac", "exact"),
        ]
    );
    let text = "Матч Александра Зверева закончился вечером. Зверев доволен.";
    assert_eq!(
        tag(dir.path(), text),
        [
            at(text, "Александра Зверева", 0, "zverev", "transcribed"),
            at(text, "Зверев", 80, "zverev", "transliterated"),
        ]
    );
}

#[test]
fn a_double_surname_with_an_ending_the_lists_lack_is_one_mention() {
    let dir = setup();
    // Estonian comitative: the mention covers both halves, not the first alone.
    let text = "Anna Müller-Kowalski saabus. Müller-Kowalskiga kohtusid kõik.";
    assert_eq!(
        tag(dir.path(), text),
        [
            at(text, "Anna Müller-Kowalski", 0, "mk", "exact"),
            at(text, "Müller-Kowalskiga", 0, "mk", "surname-coref"),
        ]
    );
}

#[test]
fn a_place_alone_in_quotation_marks_is_a_thing_named_after_it() {
    let dir = setup();
    for text in [
        "Хотел „Родос“ е пълен.",
        "Το πλοίο «Ρόδος» έφτασε στο λιμάνι.",
        "Sena „Lima“ parduota aukcione.",
        "Команда поедет на ралли «Лима» в январе.",
    ] {
        assert_eq!(tag(dir.path(), text), [], "{text}");
    }
    let text = "Το πλοίο έφτασε στη Ρόδο. Η Ρόδος υποδέχθηκε.";
    assert!(tag(dir.path(), text).iter().any(|m| m.3 == "rhodes"));
}

#[test]
fn a_name_in_another_cyrillic_alphabet_matches_only_text_in_it() {
    let dir = setup();
    // Tbilisi's Abkhaz name `Қарҭ` romanises to `kart`: not Serbian `Карте`
    // (tickets) nor Russian `карт` (of maps).
    for text in [
        "Карте за премијеру су распродате.",
        "Карт на столе не было.",
    ] {
        assert_eq!(tag(dir.path(), text), [], "{text}");
    }
    let text = "Қарҭ қалақь аҿы.";
    assert_eq!(
        tag(dir.path(), text),
        [at(text, "Қарҭ", 0, "tbilisi", "alias")]
    );
}
