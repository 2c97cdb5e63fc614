//! A user's gazetteer that names islands, mountain ranges, regions and bodies only in
//! English (issue 17), through the real binary: merged with the built-in features
//! and bodies, its entities link in the press's own names and their case forms where
//! the text says a place is meant: the prepositions an island or a region takes
//! (German `auf`, Slavic `na`, Russian `на`, Italian `sugli`), the Turkish locative
//! after an apostrophe, the Czech and Slovak locative plural, the Polish neuter
//! locative, the Finnish illative of a consonant stem, the Hungarian superessive, the
//! Scandinavian genitive, a Lithuanian or Ukrainian name of several words in a case
//! form, and the Italian press's acronyms written as words. Traps stay unlinked: a
//! river's name after `на` (an island's too), a German noun after `auf`, a given name
//! with a possessive, and an acronym written as a word outside Italian text.

#[path = "support/builtin_tag.rs"]
mod builtin_tag;

use builtin_tag::{assert_links, assert_unlinked, write_gazetteer};

const USER_GAZETTEER: &str = concat!(
    "{\"id\":\"my-corfu\",\"name\":\"Corfu\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-crete\",\"name\":\"Crete\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-apennines\",\"name\":\"Apennines\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-carpathians\",\"name\":\"Carpathian Mountains\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-pomerania\",\"name\":\"Pomerania\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-red-sea\",\"name\":\"Red Sea\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-oslo\",\"name\":\"Oslo\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-madrid\",\"name\":\"Madrid\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-sco\",\"name\":\"Shanghai Cooperation Organisation\",\"kind\":\"organization\",\"aliases\":[\"SCO\"]}\n",
    "{\"id\":\"my-oic\",\"name\":\"Organisation of Islamic Cooperation\",\"kind\":\"organization\",\"aliases\":[\"OIC\"]}\n",
    "{\"id\":\"my-imf\",\"name\":\"International Monetary Fund\",\"kind\":\"organization\",\"aliases\":[\"IMF\"]}\n",
    "{\"id\":\"my-samsung\",\"name\":\"Samsung\",\"kind\":\"organization\"}\n",
);

/// Texts written for this test and the mentions each must have: (text, mention,
/// entity).
const FOUND: &[(&str, &str, &str)] = &[
    (
        "Die Feuerwehr kämpft seit Tagen gegen Waldbrände auf Korfu, meldeten die \
         Behörden am Montag.",
        "Korfu",
        "my-corfu",
    ),
    (
        "Пожары на Корфу потушены, сообщили в понедельник местные власти.",
        "Корфу",
        "my-corfu",
    ),
    (
        "Korfu'da orman yangını ikinci gününde de sürüyor, yetkililer açıklama yaptı.",
        "Korfu",
        "my-corfu",
    ),
    (
        "Nevicate abbondanti sugli Appennini hanno chiuso diverse strade provinciali.",
        "Appennini",
        "my-apennines",
    ),
    (
        "Medvědi se letos v Karpatech objevují častěji než dříve, uvedli ochránci.",
        "Karpatech",
        "my-carpathians",
    ),
    (
        "Medvede sa tento rok v Karpatoch objavujú častejšie, uviedli ochranári.",
        "Karpatoch",
        "my-carpathians",
    ),
    (
        "Susza na Pomorzu jest w tym roku wyjątkowo dotkliwa, alarmują rolnicy.",
        "Pomorzu",
        "my-pomerania",
    ),
    (
        "Ministeri matkustaa ensi viikolla Madridiin, ja hän tapaa siellä kollegansa.",
        "Madridiin",
        "my-madrid",
    ),
    (
        "A turisták száma nőtt Krétán az idén, és a szállodák is megteltek.",
        "Krétán",
        "my-crete",
    ),
    (
        "Oslos ordfører sa at det ikke er penger til nye bybaner og at byen må vente.",
        "Oslos",
        "my-oslo",
    ),
    (
        "Laivai su kroviniais vis dar plaukia per Raudonosios jūros vandenis.",
        "Raudonosios jūros",
        "my-red-sea",
    ),
    (
        "Делегація взяла участь у засіданні у Шанхайській організації співробітництва.",
        "Шанхайській організації співробітництва",
        "my-sco",
    ),
    (
        "Les ministres de l'Organisation de la coopération islamique se réunissent \
         lundi; l'OCI veut une position commune.",
        "OCI",
        "my-oic",
    ),
    (
        "Secondo il Fmi la crescita dell'economia italiana resterà debole anche \
         quest'anno.",
        "Fmi",
        "my-imf",
    ),
    (
        "Глава концерна Samsung Ли Чжэ Ён посетил завод в Техасе.",
        "Samsung",
        "my-samsung",
    ),
];

/// Texts in which such a name is another word or names another thing, built-in data
/// only: (text, the word).
const TRAPS: &[(&str, &str)] = &[
    // A river's name after `на`: Russian `Эльба` is the Elbe and the island of Elba.
    (
        "Туристы выбирают отдых на Эльбе у берегов Италии, где жил Наполеон.",
        "Эльбе",
    ),
    // A German noun after `auf` (`Rügen`, rebukes, is the island of Rügen too).
    (
        "Die Regierung reagierte am Dienstag gelassen auf Rügen der Kommission.",
        "Rügen",
    ),
    // A given name with a possessive after `In`.
    (
        "In Lorraine's own words, her son was not always the best of boys.",
        "Lorraine",
    ),
    // An acronym written as a word outside an Italian text: Dutch `Uit`, "out".
    (
        "Uit de cijfers blijkt dat de economie dit jaar nauwelijks groeit.",
        "Uit",
    ),
];

#[test]
fn latin_names_of_features_and_bodies_link_in_the_press_own_forms() {
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
fn homographs_of_features_and_acronyms_stay_unlinked() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    for (text, word) in TRAPS {
        for args in [&[][..], &["--entities", &file][..]] {
            assert_unlinked(dir.path(), args, text, word);
        }
    }
}
