//! A user's bodies named only in English (issue 17), through the real binary: each
//! links where the press of another language names it in its own words (rule
//! `translated-name`: `Centrální volební komise`, `Narodowy Bank Polski`, `Съюза на
//! демократичните сили`), then by the initials of those words in the same document
//! (rule `translated-acronym`: `СДС`), never alone; a subset of the name's words,
//! a lowercase phrase, a longer name and a body's own styling stay unlinked. None of
//! these bodies is in an accuracy set.

#[path = "support/builtin_tag.rs"]
mod builtin_tag;

use builtin_tag::{assert_links, assert_unlinked, tag_with as tag, write_gazetteer};

const USER_GAZETTEER: &str = concat!(
    "{\"id\":\"cec\",\"name\":\"Central Election Commission\",\"kind\":\"organization\"}\n",
    "{\"id\":\"nbp\",\"name\":\"National Bank of Poland\",\"kind\":\"organization\"}\n",
    "{\"id\":\"udf\",\"name\":\"Union of Democratic Forces\",\"kind\":\"organization\"}\n",
    "{\"id\":\"pnl\",\"name\":\"National Liberal Party\",\"kind\":\"organization\"}\n",
    "{\"id\":\"pvv\",\"name\":\"Party for Freedom\",\"kind\":\"organization\"}\n",
    "{\"id\":\"ods\",\"name\":\"Civic Democratic Party\",\"kind\":\"organization\"}\n",
    "{\"id\":\"homeland-union\",\"name\":\"Homeland Union\",\"kind\":\"organization\"}\n",
);

/// Texts written for this test: (text, mention, entity, rule).
const FOUND: &[(&str, &str, &str, &str)] = &[
    (
        "Předseda Centrální volební komise oznámil v pondělí konečné výsledky voleb.",
        "Centrální volební komise",
        "cec",
        "translated-name",
    ),
    (
        "Вчера Центральна виборча комісія оголосила остаточні результати виборів.",
        "Центральна виборча комісія",
        "cec",
        "translated-name",
    ),
    (
        "Prezes Narodowego Banku Polskiego zapowiedział obniżkę stóp. NBP nie komentuje.",
        "Narodowego Banku Polskiego",
        "nbp",
        "translated-name",
    ),
    (
        "Prezes Narodowego Banku Polskiego zapowiedział obniżkę stóp. NBP nie komentuje.",
        "NBP",
        "nbp",
        // (The acronym of the user's English name too: rule `acronym`.)
        "",
    ),
    (
        "Лидерът на Съюза на демократичните сили говори пред журналисти. СДС ще участва в изборите.",
        "СДС",
        "udf",
        "translated-acronym",
    ),
    (
        "Liderul Partidului Național Liberal a anunțat ieri că partidul va intra la guvernare.",
        "Partidului Național Liberal",
        "pnl",
        "translated-name",
    ),
    (
        "De leider van de Partij voor de Vrijheid sprak dinsdag in de Tweede Kamer.",
        "Partij voor de Vrijheid",
        "pvv",
        "translated-name",
    ),
    (
        "Seimo rinkimus antrą kartą laimėjo Tėvynės sąjunga, pranešė rinkimų komisija.",
        "Tėvynės sąjunga",
        "homeland-union",
        "translated-name",
    ),
];

/// Texts where a word must stay unlinked: (text, word).
const TRAPS: &[(&str, &str)] = &[
    // Alone, the acronym of a translated name is any other body's.
    ("NBP nie komentuje decyzji rządu w sprawie podatków.", "NBP"),
    // Part of the name's concepts only.
    (
        "Prezes Narodowego Banku zapowiedział obniżkę stóp.",
        "Narodowego Banku",
    ),
    // A lowercase phrase where the press capitalises a body's first word.
    (
        "Ve městě zasedala centrální volební komise jiného státu, psal deník.",
        "centrální volební komise",
    ),
    // A body's own styling of its name, capitalised throughout where the press
    // capitalises only a body's first word: another body.
    (
        "Vláda a Občanská Demokratická Strana se v úterý dohodly na rozpočtu.",
        "Občanská Demokratická Strana",
    ),
];

#[test]
fn users_bodies_link_in_the_words_of_the_texts_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    for (text, mention, entity, rule) in FOUND {
        assert_links(
            dir.path(),
            &["--entities", &file],
            text,
            &[(mention, entity, rule)],
        );
    }
}

#[test]
fn a_part_a_lowercase_phrase_a_lone_acronym_and_a_bodys_own_styling_stay_unlinked() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    for (text, word) in TRAPS {
        assert_unlinked(dir.path(), &["--entities", &file], text, word);
    }
}

#[test]
fn the_builtin_gazetteer_alone_links_no_translated_name() {
    let dir = tempfile::tempdir().unwrap();
    let got = tag(
        dir.path(),
        &[],
        "Prezes Narodowego Banku Polskiego zapowiedział obniżkę stóp.",
    );
    assert!(
        got.iter().all(|(_, _, r)| !r.starts_with("translated")),
        "{got:?}"
    );
}
