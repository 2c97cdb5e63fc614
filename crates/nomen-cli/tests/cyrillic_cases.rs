//! Places' case forms in Ukrainian and Serbian Cyrillic with the built-in gazetteer,
//! through the real binary: a case ending of the language's own letters on a name
//! the data writes in the Russian letters both languages share (rule
//! `cyrillic-case`), and the prepositions of place those languages write (`у`, `до`)
//! as a town's evidence. The sentences are the test's own.

#[path = "support/builtin_tag.rs"]
mod builtin_tag;

use builtin_tag::tag;

const MUNICH: &str = "geonames-2867714";
const BRUSSELS: &str = "geonames-2800866";
const GENEVA: &str = "geonames-2660646";
const HELSINKI: &str = "geonames-658225";
const GREECE: &str = "country-gr";
const NORWAY: &str = "country-no";

fn link(mention: &str, entity: &str, rule: &str) -> (String, String, String) {
    (mention.to_string(), entity.to_string(), rule.to_string())
}

#[test]
fn ukrainian_and_serbian_endings_on_names_in_russian_letters() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        // Ukrainian locative `-і` (the word folds by the Ukrainian system, the name
        // `Мюнхен`, `Брюссель` by the Russian one).
        (
            "Прем'єр провів переговори в Мюнхені.",
            link("Мюнхені", MUNICH, "cyrillic-case"),
        ),
        (
            "Міністри зустрілися у Брюсселі.",
            link("Брюсселі", BRUSSELS, "cyrillic-case"),
        ),
        // Serbian `-ој` of a feminine adjectival name (`Грчка`, `Норвешка`) and `-ју`
        // after a vowel (`Хелсинки`).
        (
            "Министар је боравио у Грчкој прошле недеље.",
            link("Грчкој", GREECE, "cyrillic-case"),
        ),
        (
            "Делегација је остала у Норвешкој два дана.",
            link("Норвешкој", NORWAY, "cyrillic-case"),
        ),
        (
            "Конференција о клими одржана је у Хелсинкију.",
            link("Хелсинкију", HELSINKI, "cyrillic-case"),
        ),
        // A town that needs the text's evidence: Ukrainian and Serbian `у`, `до`
        // written in Cyrillic say place, as Russian `в` does.
        (
            "Делегація прибула до Женеви у вівторок.",
            link("Женеви", GENEVA, "inflected"),
        ),
        (
            "Разговори се настављају у Женеви.",
            link("Женеви", GENEVA, "inflected"),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(tag(dir.path(), text), [expected], "{text}");
    }
}

#[test]
fn a_town_without_the_texts_evidence_stays_unlinked() {
    let dir = tempfile::tempdir().unwrap();
    // The genitive with no preposition before it: `Женеви` may be the town, but the
    // text does not say so (a town's one-word name needs evidence).
    let got = tag(dir.path(), "Представники Женеви приїхали.");
    assert!(got.is_empty(), "{got:?}");
}
