//! `nomen tag --entities` on a person's surname written alone, with nobody named in
//! full (issue 17, "precision first"): a word after a preposition of origin or
//! direction is a place (every mention of the word in the text, once one is), and a
//! capitalised word after a title and its dot (`dr.`, `gen.`) is a given name,
//! someone else's unless the person's. The texts are written for this test, in
//! Swedish, Romanian, Polish and Czech.

#[path = "support/gazetteer_tag.rs"]
mod support;

use support::{at, tag, with_gazetteer};

/// People whose surnames are also places' names or common words.
const GAZETTEER: &str = r#"{"id":"stefan-lund","name":"Stefan Lund","kind":"person"}
{"id":"ana-cuba","name":"Ana Cuba","kind":"person"}
{"id":"ewa-lis","name":"Ewa Lis","kind":"person"}
"#;

#[test]
fn a_surname_after_a_preposition_of_origin_or_direction_is_a_place() {
    let dir = with_gazetteer(GAZETTEER);
    for text in [
        // Every mention of the word in the text, once one of them is a place.
        "Nytt tåg till Lund\nDet nya tåget till Lund går varje timme. Lund väntar.",
        "Studenter från Lund vann tävlingen.",
        "Au sosit turiști din Cuba și din Mexic.",
    ] {
        assert_eq!(tag(dir.path(), text), [], "{text}");
    }
    let text = "Ministern Lund svarade på frågan.";
    assert_eq!(
        tag(dir.path(), text),
        [at(text, "Lund", 0, "stefan-lund", "short-form")]
    );
}

#[test]
fn a_given_name_after_an_abbreviated_title_is_someone_elses() {
    let dir = with_gazetteer(GAZETTEER);
    for text in [
        "Mszę odprawił dr. Bartłomiej Lis w niedzielę.",
        "Velení převzal gen. Ondřej Lis minulý týden.",
    ] {
        assert_eq!(tag(dir.path(), text), [], "{text}");
    }
    let text = "Przemawiała też dr. Ewa Lis z Krakowa.";
    assert_eq!(
        tag(dir.path(), text),
        [at(text, "Ewa Lis", 0, "ewa-lis", "exact")]
    );
    let text = "Wykład wygłosił dr. Lis z Krakowa.";
    assert_eq!(
        tag(dir.path(), text),
        [at(text, "Lis", 0, "ewa-lis", "short-form")]
    );
}
