//! Natural features and historical regions in any language, through the real binary: a
//! user's gazetteer that names the Alps, the Danube and Flanders only in English merges
//! with the built-in features (`data/places/features.jsonl`) by name and kind, and so
//! links their names as the press of each language writes them, case forms included,
//! where the text says a place is meant (a one-word feature's name is as often a
//! club's or a ship's); a name that is a common word of the text's language (`Seine` in
//! German) is no feature without it, and a lowercase word never is.

#[path = "support/builtin_tag.rs"]
mod builtin_tag;

use std::path::Path;

use builtin_tag::tag_with as tag;

const USER_GAZETTEER: &str = concat!(
    "{\"id\":\"my-alps\",\"name\":\"Alps\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-danube\",\"name\":\"Danube\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-flanders\",\"name\":\"Flanders\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-oder\",\"name\":\"Oder\",\"kind\":\"place\"}\n",
);

/// Texts written for this test and the mentions each must have: (text, entity). (`in
/// den Alpen`, `στις Άλπεις` are not linked: an article before the name is no evidence
/// of place for a one-word name that needs it.)
const FOUND: &[(&str, &[(&str, &str)])] = &[
    (
        "In Vlaanderen keurde de regering het plan dinsdag goed, meldde de krant.",
        &[("Vlaanderen", "my-flanders")],
    ),
    (
        "Уровень воды в Дунае поднялся после дождей, сообщили власти.",
        &[("Дунае", "my-danube")],
    ),
    (
        "Poziom wody w Odrze wzrósł po ulewnych deszczach, podały służby w Polsce.",
        &[("Odrze", "my-oder")],
    ),
];

/// Texts in which a feature's name is another word or names another thing: (text, the
/// word).
const TRAPS: &[(&str, &str)] = &[
    (
        "Футболният клуб „Дунав“ загуби мача в неделя, съобщиха от ръководството.",
        "Дунав",
    ),
    (
        "Seine Regierung will das Gesetz noch in diesem Jahr ändern, sagte der Minister am \
         Montag.",
        "Seine",
    ),
    (
        "Ob die Regierung das Gesetz ändert oder nicht, ist noch unklar, sagte der Minister.",
        "oder",
    ),
];

fn write_gazetteer(dir: &Path) -> String {
    let path = dir.join("mine.jsonl");
    std::fs::write(&path, USER_GAZETTEER).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn features_named_in_english_are_found_in_other_languages() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path());
    for (text, must) in FOUND {
        let got = tag(dir.path(), &["--entities", &file], text);
        for (mention, entity) in must.iter() {
            assert!(
                got.iter().any(|(t, e, _)| t == mention && e == entity),
                "{mention} -> {entity} missing: {got:?}\n{text}"
            );
        }
    }
}

#[test]
fn a_features_name_that_is_a_common_word_stays_unlinked() {
    let dir = tempfile::tempdir().unwrap();
    for (text, word) in TRAPS {
        let got = tag(dir.path(), &[], text);
        assert!(
            !got.iter().any(|(t, _, _)| t == word),
            "{word} linked: {got:?}\n{text}"
        );
    }
}
