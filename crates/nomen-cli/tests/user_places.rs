//! A user's gazetteer of rivers, islands and lakes named only in English (issue 17),
//! through the real binary: an entity named like a built-in feature merges with it
//! (by its own name even where a city has that name as an alternate one: `Sava`) and
//! links in the exonyms and case forms of the press (`ob Dravi`, `uz Dravu`,
//! `Hiidenmaalla`, `pa Daugavu`, `über die Drau`); a user's place of its own links
//! in a Finnish case of a foreign name in `-nd` (`Gotlannissa`), and in the Slovene
//! and Croatian cases after a river's prepositions (`ob`, `uz`). Traps stay unlinked:
//! a river's name that is a club's or a person's, a river's case form without a
//! preposition, a way's preposition inside a school's or a town's name
//! (`School on the Rhine`, `Weil am Rhein`), a region's German genitive (a club's).
//! A user's river merged with a built-in one links by the user's own name without
//! other evidence (`du Rhône`, rule `listed-place`), not as a club's last word (`NK
//! Drava`); a user's island named like a German verb links after `Insel`. The names
//! the merge brought link so in a text of the language whose press writes them (`del
//! Tajo`, `sull'Etna`), and a user's name that is a common word capitalised after an
//! article (`la Seine`); not a town's name that ends in a river's (`Alphen aan den
//! Rijn`).

#[path = "support/builtin_tag.rs"]
mod builtin_tag;

use builtin_tag::{assert_links, assert_unlinked, tag_with as tag, write_gazetteer};

const USER_GAZETTEER: &str = concat!(
    "{\"id\":\"my-sava\",\"name\":\"Sava\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-drava\",\"name\":\"Drava\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-daugava\",\"name\":\"Daugava\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-hiiumaa\",\"name\":\"Hiiumaa\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-bornholm\",\"name\":\"Bornholm\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-sylt\",\"name\":\"Sylt\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-baltic\",\"name\":\"Baltic Sea\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-rhine\",\"name\":\"Rhine\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-gotland\",\"name\":\"Gotland\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-kupa\",\"name\":\"Kupa\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-bavaria\",\"name\":\"Bavaria\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-rhone\",\"name\":\"Rhône\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-rugen\",\"name\":\"Rügen\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-seine\",\"name\":\"Seine\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-tagus\",\"name\":\"Tagus\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-etna\",\"name\":\"Mount Etna\",\"kind\":\"place\"}\n",
);

/// Texts written for this test and the mentions each must have: (text, mention,
/// entity).
const FOUND: &[(&str, &str, &str)] = &[
    (
        "Gasilci so v torek evakuirali več hiš ob Dravi, ki je tudi tokrat narasla.",
        "Dravi",
        "my-drava",
    ),
    (
        "Mještani su uz Dravu cijelu noć punili vreće pijeskom, a voda je i dalje rasla.",
        "Dravu",
        "my-drava",
    ),
    (
        "Der Verkehr rollt seit Montag wieder über die Drau, meldete die Polizei in Villach.",
        "Drau",
        "my-drava",
    ),
    (
        "Die Strände Sylts sind am Montag voll, denn die Touristen sind mit dem Wetter sehr zufrieden.",
        "Sylts",
        "my-sylt",
    ),
    (
        "Die Fähre fuhr gestern über die Ostsee nach Schweden, meldete die Reederei.",
        "Ostsee",
        "my-baltic",
    ),
    (
        "Yhä useampi suomalainen viettää kesänsä Hiidenmaalla, kertoi matkanjärjestäjä.",
        "Hiidenmaalla",
        "my-hiiumaa",
    ),
    (
        "Ruotsin armeija on lisännyt joukkojaan Gotlannissa, mutta ei kerro niiden määrää.",
        "Gotlannissa",
        "my-gotland",
    ),
    (
        "Ministrs sacīja, ka kuģi pa Daugavu vairs nekursē un ka tas ir jāmaina.",
        "Daugavu",
        "my-daugava",
    ),
    (
        "Mještani Karlovca uz Kupu cijelu su noć slagali vreće pijeska, a vodostaj je i dalje rastao.",
        "Kupu",
        "my-kupa",
    ),
    (
        "Nogometaši so v soboto trenirali ob Savi, kjer je tudi igrišče kluba.",
        "Savi",
        "my-sava",
    ),
    // The user's own name of a river the built-in gazetteer links only with evidence
    // of place (rule `listed-place`).
    (
        "Le débit du Rhône a encore baissé cette semaine, selon les hydrologues.",
        "Rhône",
        "my-rhone",
    ),
    // The name the merge brought in the text's own language (`Tajo`, also a common
    // word of Spanish), after an article, elided too (`sull'Etna`); the user's own
    // name that is a common word of French (`seine`, a net), capitalised after one.
    (
        "Los regantes piden que el caudal del Tajo no baje más este verano.",
        "Tajo",
        "my-tagus",
    ),
    (
        "Gli scienziati hanno installato nuovi sensori sull'Etna la settimana scorsa.",
        "Etna",
        "my-etna",
    ),
    (
        "Les péniches qui remontent la Seine sont de plus en plus nombreuses cet été.",
        "Seine",
        "my-seine",
    ),
    // A river's name after Slavic `nad`, its bank's preposition.
    (
        "Była premier wzięła udział w konferencji na barce zacumowanej nad Sekwaną.",
        "Sekwaną",
        "my-seine",
    ),
    // A German feature's noun before a name that is a German verb.
    (
        "Der Minister hat am Wochenende die Insel Rügen besucht und den Hafen gesehen.",
        "Rügen",
        "my-rugen",
    ),
];

/// Texts written for this test and a word of each that must stay unlinked.
const TRAPS: &[(&str, &str)] = &[
    // A club named after the river, and a case form without a preposition.
    (
        "NK Drava je v soboto izgubila tekmo, trener Drave pa je odstopil.",
        "Drave",
    ),
    // A person's given name.
    (
        "Slikar Sava Šumanović je tudi tokrat navdušil obiskovalce razstave.",
        "Sava",
    ),
    // A way's or a merged preposition inside a name (a school's, a town's).
    (
        "Die International School on the Rhine in Neuss plant einen Ausbau.",
        "Rhine",
    ),
    (
        "Der Zoll in Weil am Rhein kontrollierte am Montag die Lastwagen.",
        "Rhein",
    ),
    // A town's name that ends in the river's name of the text's language.
    (
        "De gemeente Alphen aan den Rijn heeft vrijdag een nieuwe fietsbrug geopend.",
        "Rijn",
    ),
    // A region's German genitive is its club's as often (`Bayerns Trainer`): only a
    // feature's links alone.
    (
        "Bayerns Trainer lobte die Mannschaft nach dem Sieg in der Champions League.",
        "Bayerns",
    ), // The user's own name of a river is still a club's last word (`NK Drava`), and the
    // user's island is still a German verb, in lowercase or first in a sentence.
    (
        "NK Drava je v soboto izgubila tekmo, navijači so bili razočarani.",
        "Drava",
    ),
    (
        "Die Verwaltungsrichter rügen das Bundesamt wegen langsamer Verfahren.",
        "rügen",
    ),
    (
        "Rügen dieser Art seien selten, sagte ein Sprecher des Gerichts in Leipzig.",
        "Rügen",
    ),
];

#[test]
fn users_rivers_islands_and_lakes_link_in_the_press_own_forms() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    for (text, mention, entity) in FOUND {
        assert_links(
            dir.path(),
            &["--entities", &file],
            text,
            &[(mention, entity, "")],
        );
    }
}

#[test]
fn a_rivers_club_person_and_unproven_case_stay_unlinked() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    for (text, word) in TRAPS {
        assert_unlinked(dir.path(), &["--entities", &file], text, word);
    }
}

#[test]
fn a_users_own_place_in_nd_links_in_finnish_cases_without_the_builtin_gazetteer() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    let text = "Ruotsin armeija on lisännyt joukkojaan Gotlannissa, mutta ei kerro niiden \
                määrää. Gotlannin asukkaat ovat tyytyväisiä.";
    let got = tag(dir.path(), &["--no-builtin", "--entities", &file], text);
    for mention in ["Gotlannissa", "Gotlannin"] {
        assert!(
            got.iter()
                .any(|(t, e, r)| t == mention && e == "my-gotland" && r == "place-case"),
            "{mention}: {got:?}"
        );
    }
}

#[test]
fn the_summary_says_the_river_merged_by_its_own_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    let out = builtin_tag::run_tag(
        dir.path(),
        &["tag", "--entities", &file],
        "Reka Sava je prestopila bregove.",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("my-sava = feature-sava (same name and kind)"),
        "{stderr}"
    );
}
