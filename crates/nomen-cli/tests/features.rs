//! Natural features and historical regions in any language, through the real binary: a
//! user's gazetteer that names the Alps, the Danube and Flanders only in English merges
//! with the built-in features (`data/places/features.jsonl`) by name and kind, and so
//! links their names as the press of each language writes them, case forms included,
//! where the text says a place is meant (a one-word feature's name is as often a
//! club's or a ship's); a name that is a common word of the text's language (`Seine` in
//! German) is no feature without it, and a lowercase word never is; nor is a name
//! that opens a quoted title, a given name before a surname, or the start of a
//! body's name.

#[path = "support/builtin_tag.rs"]
mod builtin_tag;

use builtin_tag::{assert_links, assert_unlinked, write_gazetteer};

const USER_GAZETTEER: &str = concat!(
    "{\"id\":\"my-alps\",\"name\":\"Alps\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-danube\",\"name\":\"Danube\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-flanders\",\"name\":\"Flanders\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-oder\",\"name\":\"Oder\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-black-sea\",\"name\":\"Black Sea\",\"kind\":\"place\"}\n",
    "{\"id\":\"my-aegean\",\"name\":\"Aegean Sea\",\"kind\":\"place\"}\n",
);

/// Texts written for this test and the mentions each must have: (text, entity). (A
/// preposition of place and an article before a feature's name say place, `in den
/// Alpen`, `in the Alps`, and so does Greek `σε` merged with the article, `στις
/// Άλπεις`, `στον Δούναβη`.)
const FOUND: &[(&str, &[(&str, &str)])] = &[
    (
        "Die Lawinengefahr in den Alpen ist nach dem Schneefall gestiegen, warnte der \
         Wetterdienst am Sonntag.",
        &[("Alpen", "my-alps")],
    ),
    (
        "Two climbers died in the Alps at the weekend, the mountain rescue service said.",
        &[("Alps", "my-alps")],
    ),
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
    (
        "Δύο ορειβάτες σκοτώθηκαν στις Άλπεις το Σαββατοκύριακο, ανακοίνωσαν οι αρχές.",
        &[("Άλπεις", "my-alps")],
    ),
    (
        "Η στάθμη του νερού στον Δούναβη ανέβηκε μετά τις βροχές της εβδομάδας.",
        &[("Δούναβη", "my-danube")],
    ),
];

/// Texts written for this test with a feature's name of several words in a case form
/// of its language (rule `declined-name`, which knows each name's language from the
/// features' `by_language`): (text, mention, entity). (A name whose first word has
/// four letters or fewer, Croatian `Crno more`, is not read so: the rule's lookup key.)
const DECLINED: &[(&str, &str, &str)] = &[
    (
        "Turisti hvale čistoću Egejskog mora i niske cijene smještaja.",
        "Egejskog mora",
        "my-aegean",
    ),
    (
        "Корабли флота провели учения в Чёрном море, сообщило министерство.",
        "Чёрном море",
        "my-black-sea",
    ),
    (
        "Рибалки повідомили про сильний шторм на Чорному морі минулої ночі.",
        "Чорному морі",
        "my-black-sea",
    ),
    (
        "Laivai su grūdais jau savaitę stovi Juodojoje jūroje prie Bulgarijos krantų.",
        "Juodojoje jūroje",
        "my-black-sea",
    ),
    (
        "Statki handlowe wciąż pływają po Morzu Czarnym mimo ostrzeżeń.",
        "Morzu Czarnym",
        "my-black-sea",
    ),
    (
        "Trajekty mezi ostrovy v Egejském moři tento týden nejezdí.",
        "Egejském moři",
        "my-aegean",
    ),
];

/// Texts written for this test with a feature's one-word name in a local case of
/// Finnish, Hungarian or Lithuanian, which says place by itself (rule `place-case`):
/// (text, mention, entity).
const LOCAL_CASES: &[(&str, &str, &str)] = &[
    (
        "Lautat eivät liikennöineet Egeanmerellä eilen, ja se oli matkailijoille yllätys.",
        "Egeanmerellä",
        "my-aegean",
    ),
    (
        "Két hegymászó meghalt az Alpokban a hétvégén, és a mentők nem értek oda időben.",
        "Alpokban",
        "my-alps",
    ),
    (
        "Flandrijoje vakar streikavo uosto darbuotojai, bet jie sakė, kad tai nebuvo pirmas \
         kartas.",
        "Flandrijoje",
        "my-flanders",
    ),
];

/// Texts in which a feature's name is another word or names another thing: (text, the
/// word).
const TRAPS: &[(&str, &str)] = &[
    // A German common word after a preposition merged with the article is the noun
    // (`im Gange`, "under way"; Gange is the Italian and French Ganges).
    (
        "Die Ermittlungen der Polizei sind noch im Gange, sagte eine Sprecherin am \
         Dienstag in Köln.",
        "Gange",
    ),
    // A capital says a name, not the river's: a village named after it.
    (
        "De gemeenteraad van Koudekerk aan den Rijn heeft dinsdag een besluit genomen over \
         het nieuwe zwembad.",
        "Rijn",
    ),
    // A woman's given name, in a list with a city's name.
    (
        "Милан и Рајна отворили су књижару у центру града. Рајна Петровић је раније \
         радила као учитељица, а Милан као новинар.",
        "Рајна",
    ),
    // Icebreakers' names in quotes, and their translations in brackets.
    (
        "The shipyard will launch the icebreakers \"The Sibir\" (Siberia) and \"The Ural\" \
         (Urals) next year, the company said.",
        "Siberia",
    ),
    (
        "The shipyard will launch the icebreakers \"The Sibir\" (Siberia) and \"The Ural\" \
         (Urals) next year, the company said.",
        "Urals",
    ),
    // A region's name that starts a department's.
    (
        "She heads the foreign ministry's Middle East and North Africa department, the \
         agency said on Friday.",
        "Middle East",
    ),
    // A river's name as part of a department's, joined by hyphens.
    (
        "Le conseil départemental de la Seine-et-Marne a voté le budget mardi soir.",
        "Seine",
    ),
    // A Finnish compound: "to the association named Volga".
    (
        "Säätiö lahjoitti rahat Volga-nimiselle yhdistykselle viime viikolla.",
        "Volga",
    ),
    (
        "Футболният клуб „Дунав“ загуби мача в неделя, съобщиха от ръководството.",
        "Дунав",
    ),
    // A ship's name in quotes after Greek `στο`, and a given name after `στον`.
    (
        "Οι επιβάτες επιβιβάστηκαν στο «Κρήτη II» στον Πειραιά το πρωί.",
        "Κρήτη",
    ),
    (
        "Ο προπονητής μίλησε στον Δούναβη Πετρόφ μετά τον αγώνα.",
        "Δούναβη",
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

#[test]
fn features_named_in_english_are_found_in_other_languages() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    for (text, must) in FOUND {
        let must: Vec<_> = must.iter().map(|&(m, e)| (m, e, "")).collect();
        assert_links(dir.path(), &["--entities", &file], text, &must);
    }
}

#[test]
fn a_features_name_that_is_a_common_word_stays_unlinked() {
    let dir = tempfile::tempdir().unwrap();
    for (text, word) in TRAPS {
        assert_unlinked(dir.path(), &[], text, word);
    }
}

#[test]
fn a_features_name_of_several_words_links_in_its_case_forms() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    for &(text, mention, entity) in DECLINED {
        let must = [(mention, entity, "declined-name")];
        assert_links(dir.path(), &["--entities", &file], text, &must);
    }
}

#[test]
fn a_features_name_in_a_local_case_links() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    for &(text, mention, entity) in LOCAL_CASES {
        let must = [(mention, entity, "place-case")];
        assert_links(dir.path(), &["--entities", &file], text, &must);
    }
}
