//! Places' names with the case endings of the Latin-script languages that decline
//! them, through the real binary with the built-in gazetteer only: `nomen tag` on the
//! test's own sentences in Polish, Czech, Croatian, Finnish, Hungarian, Lithuanian,
//! Romanian and German links the declined forms (rule `place-case`), and not the same
//! endings in English text or against Hungarian vowel harmony. None of the places is
//! one of issue 17's examples.

#[path = "support/builtin_tag.rs"]
mod builtin_tag;

use builtin_tag::tag;

const WROCLAW: &str = "geonames-3081368";
const LISBON: &str = "geonames-2267057";
const OSTRAVA: &str = "geonames-3068799";
const BRATISLAVA: &str = "geonames-3060972";
const SPLIT: &str = "geonames-3190261";
const STOCKHOLM: &str = "geonames-2673730";
const COPENHAGEN: &str = "geonames-2618425";
const VIENNA: &str = "geonames-2761369";
const WARSAW: &str = "geonames-756135";
const KAUNAS: &str = "geonames-598316";
const PARIS: &str = "geonames-2988507";
const HAMBURG: &str = "geonames-2911298";
const DENMARK: &str = "country-dk";

#[test]
fn declined_places_link_with_their_rule() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    for (text, must) in [
        (
            "Konferencja odbyła się we Wrocławiu, a potem delegaci pojechali do Lizbony, bo już nie było lotów.",
            &[("Wrocławiu", WROCLAW), ("Lizbony", LISBON)][..],
        ),
        (
            "Schůzka se konala v Ostravě a delegace pak odjela do Bratislavy, jak bylo podle plánu.",
            &[("Ostravě", OSTRAVA), ("Bratislavy", BRATISLAVA)][..],
        ),
        (
            // (Denmark's Serbian name `Данска` romanises to `danska`: no Latin word.)
            "Setkání proběhlo v Dánsku, jak bylo podle plánu.",
            &[("Dánsku", DENMARK)][..],
        ),
        (
            "Sastanak je održan u Splitu prošlog tjedna, kao što je bio plan.",
            &[("Splitu", SPLIT)][..],
        ),
        (
            "Kokous pidettiin Tukholmassa, ja ministeri lensi sitten Kööpenhaminaan, mutta hän oli väsynyt.",
            &[("Tukholmassa", STOCKHOLM), ("Kööpenhaminaan", COPENHAGEN)][..],
        ),
        (
            "A találkozót Bécsben tartották, majd a miniszter Varsóba repült, és azt mondta, hogy nem fáradt.",
            &[("Bécsben", VIENNA), ("Varsóba", WARSAW)][..],
        ),
        (
            "Susitikimas vyko Kaune, o delegacija grįžo vakare, ir tai buvo gerai.",
            &[("Kaune", KAUNAS)][..],
        ),
        (
            "Primarul Parisului a vorbit ieri despre transport și a spus că mai sunt probleme.",
            &[("Parisului", PARIS)][..],
        ),
        (
            "Die Bevölkerung Hamburgs wächst, und die Mieten sind nicht niedrig, sagt der Sprecher.",
            &[("Hamburgs", HAMBURG)][..],
        ),
    ] {
        let got = tag(dir, text);
        for (mention, entity) in must {
            assert!(
                got.iter()
                    .any(|(t, e, r)| t == mention && e == entity && r == "place-case"),
                "{mention} -> {entity} (place-case) missing in {got:?}\n{text}"
            );
        }
    }
}

#[test]
fn case_endings_need_their_language_and_harmony() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    for text in [
        // English text does not decline names: a Hungarian or German ending there is
        // part of another word.
        "The band Bécsben played and the crowd was there with the fans of Hamburgs.",
        // A Hungarian suffix whose vowel disagrees with the stem's is no case.
        "A találkozót Bécsban tartották, és azt mondta, hogy nem fáradt.",
    ] {
        let got = tag(dir, text);
        assert!(
            got.iter().all(|(_, _, r)| r != "place-case"),
            "{got:?}\n{text}"
        );
    }
}

const BASEL: &str = "geonames-2661604";
const GAZA: &str = "geonames-281133";

/// A case form shares its word with the nominative: what the document says around
/// the case form (the head noun before a German genitive, `die Rolle Basels`, `im
/// Süden Gazas`) is no evidence that the nominative elsewhere is a person's surname
/// or the end of a longer name, and takes none of its links away.
#[test]
fn a_case_form_keeps_the_nominatives_links() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    for (text, mention, entity, count) in [
        (
            "Die Gespräche in Basel gingen weiter. Basel ist klein. Die Rolle Basels ist klar.",
            "Basel",
            BASEL,
            2,
        ),
        (
            "Bonn und Gaza: Nachrichten. Er soll sich im Süden Gazas versteckt halten.",
            "Gaza",
            GAZA,
            1,
        ),
    ] {
        let got = tag(dir, text);
        let n = got
            .iter()
            .filter(|(t, e, _)| t == mention && e == entity)
            .count();
        assert_eq!(n, count, "{mention} -> {entity} in {got:?}\n{text}");
    }
}

/// `České republiky` (of the Czech Republic): `-é` is an adjective's ending, no case
/// of a name (not Slovene `Češka`'s genitive `Češke`, nor a locative of `Česko`,
/// whose velar takes `-u`: `v Česku`).
#[test]
fn an_adjective_is_no_case_form() {
    let dir = tempfile::tempdir().unwrap();
    let got = tag(
        dir.path(),
        "Vláda ctí zakotvení České republiky, je to jako podle analytiků v České spořitelně.",
    );
    assert!(got.iter().all(|(t, _, _)| t != "České"), "{got:?}");
}
