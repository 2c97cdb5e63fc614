//! `nomen tag --entities` with a gazetteer of Latin-script names only, on text that
//! declines the names (Polish, Czech, Finnish, Hungarian, German, Russian)
//! or writes them in Cyrillic or Greek as the press transcribes them: each mention's
//! span (byte offsets of the original text, the whole inflected word) and its rule.

use std::path::Path;

#[path = "support/gazetteer_tag.rs"]
mod support;

use support::{at, tag, with_gazetteer};

/// Latin-script names only, no aliases.
const GAZETTEER: &str = r#"{"id":"merz","name":"Friedrich Merz","kind":"person"}
{"id":"orban","name":"Viktor Orbán","kind":"person"}
{"id":"starmer","name":"Keir Starmer","kind":"person"}
{"id":"tusk","name":"Donald Tusk","kind":"person"}
{"id":"meloni","name":"Giorgia Meloni","kind":"person"}
{"id":"kallas","name":"Kaja Kallas","kind":"person"}
{"id":"kurz","name":"Sebastian Kurz","kind":"person"}
{"id":"petro","name":"Gustavo Petro","kind":"person"}
"#;

fn setup() -> tempfile::TempDir {
    with_gazetteer(GAZETTEER)
}

/// A text and the mentions expected in it: (mention, entity, rule).
type Case = (
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

/// Asserts that `tag` finds exactly each case's mentions, in text order (each one
/// looked for after the one before it).
fn assert_cases(dir: &Path, cases: &[Case]) {
    for (text, want) in cases {
        let mut from = 0;
        let want: Vec<_> = want
            .iter()
            .map(|(m, e, r)| {
                let found = at(text, m, from, e, r);
                from = found.2;
                found
            })
            .collect();
        assert_eq!(tag(dir, text), want, "{text}");
    }
}

#[test]
fn inflected_names_in_latin_script_languages() {
    let dir = setup();
    for (text, mention, entity) in [
        (
            "Spotkanie z Donaldem Tuskiem w Brukseli.",
            "Donaldem Tuskiem",
            "tusk",
        ),
        (
            "Setkání s Friedrichem Merzem v Berlíně.",
            "Friedrichem Merzem",
            "merz",
        ),
        (
            "Puhuimme Keir Starmerille eilen.",
            "Keir Starmerille",
            "starmer",
        ),
        (
            "Találkozott Viktor Orbánnal tegnap.",
            "Viktor Orbánnal",
            "orban",
        ),
    ] {
        assert_eq!(
            tag(dir.path(), text),
            [at(text, mention, 0, entity, "inflected")],
            "{text}"
        );
    }
    // German genitive of a surname named in full earlier, before a noun.
    let text = "Friedrich Merz sprach lange. Merz' Plan und Starmers Antwort.";
    assert_eq!(
        tag(dir.path(), text),
        [at(text, "Friedrich Merz", 0, "merz", "exact")]
            .into_iter()
            .chain([at(
                text,
                "Merz",
                text.find(". ").unwrap(),
                "merz",
                "surname-coref"
            )])
            .collect::<Vec<_>>()
    );
}

/// A word that declines a name in `-o` by replacing its last letter, between a title
/// and a name word of its own, is another person's given name: `Petra` is no genitive
/// of Petro, nor `Petrem` of `Petrem Kowalskim` his instrumental; after the title
/// alone it is.
#[test]
fn a_given_name_that_looks_declined_is_not_the_surname() {
    let dir = setup();
    for text in [
        "Die Abgeordnete Dr. Petra Sitte sprach lange.",
        "La ministra Petra Kowalska dijo que no.",
        "Rozmawiał z prezydentem Petrem Kowalskim wczoraj.",
    ] {
        assert_eq!(tag(dir.path(), text), [], "{text}");
    }
    let text = "Rozmawiał z prezydentem Petrem wczoraj.";
    assert_eq!(
        tag(dir.path(), text),
        [at(text, "Petrem", 0, "petro", "inflected")]
    );
}

#[test]
fn cyrillic_and_greek_transcriptions() {
    let dir = setup();
    let text = "Канцлер Фридрих Мерц встретился с Дональдом Туском. Мерцу ответил Орбан.";
    assert_eq!(
        tag(dir.path(), text),
        [
            at(text, "Фридрих Мерц", 0, "merz", "transcribed"),
            at(text, "Дональдом Туском", 0, "tusk", "inflected"),
            at(
                text,
                "Мерцу",
                text.find(". ").unwrap(),
                "merz",
                "transcribed"
            ),
            at(text, "Орбан", 0, "orban", "transliterated"),
        ]
    );
    let text = "Η Τζόρτζια Μελόνι και ο Φρίντριχ Μερτς. Ο Μερτς είπε.";
    assert_eq!(
        tag(dir.path(), text),
        [
            at(text, "Τζόρτζια Μελόνι", 0, "meloni", "transcribed"),
            at(text, "Φρίντριχ Μερτς", 0, "merz", "transcribed"),
            at(
                text,
                "Μερτς",
                text.find(". ").unwrap(),
                "merz",
                "transcribed"
            ),
        ]
    );
}

#[test]
fn variant_forms_without_evidence_are_not_linked() {
    let dir = setup();
    // Common words that sound like a surname, lone inflected surnames, a woman's
    // surname with a man's case ending.
    for text in [
        "Курс рубля снова упал.",
        "Der Vorschlag kam aus Starmers Büro.",
        "Премьер Калласа не было.",
        "Die merzsche Politik.",
    ] {
        assert!(tag(dir.path(), text).is_empty(), "{text}");
    }
}

/// Names of our own, not the accuracy set's: Latin-script respellings, given names
/// as another language writes them, Greek and Czech endings, a body's name declined,
/// transcribed or written like a word, a transcribed particle; and the traps next to
/// them (a double surname, a common word at a sentence start).
#[test]
fn respellings_given_names_bodies_and_their_traps() {
    let dir = with_gazetteer(
        r#"{"id":"shoigu","name":"Sergei Shoigu","kind":"person"}
{"id":"tsipras","name":"Alexis Tsipras","kind":"person"}
{"id":"kundera","name":"Milan Kundera","kind":"person"}
{"id":"morawiecki","name":"Mateusz Morawiecki","kind":"person"}
{"id":"braun","name":"Wernher von Braun","kind":"person"}
{"id":"kivi","name":"Aleksis Kivi","kind":"person"}
{"id":"greenpeace","name":"Greenpeace","kind":"organization"}
{"id":"unicef","name":"United Nations Children's Fund","kind":"organization","aliases":["UNICEF"]}
{"id":"wfp","name":"World Food Programme","kind":"organization","aliases":["WFP"]}
"#,
    );
    let d = dir.path();
    let cases: [Case; 9] = [
        (
            "Sergej Schoigu sprach lange. Schoigu ging dann.",
            &[
                ("Sergej Schoigu", "shoigu", "transcribed"),
                ("Schoigu", "shoigu", "transcribed"),
            ],
        ),
        (
            "Szergej Sojgu nyilatkozott. Sojgunak nem tetszett.",
            &[
                ("Szergej Sojgu", "shoigu", "transcribed"),
                ("Sojgunak", "shoigu", "transcribed"),
            ],
        ),
        (
            "Συνάντηση με τον Αλέξη Τσίπρα. Ο Τσίπρας είπε.",
            &[
                ("Αλέξη Τσίπρα", "tsipras", "inflected"),
                ("Τσίπρας", "tsipras", "transliterated"),
            ],
        ),
        (
            "Milan Kundera psal. Cenu dali Kunderovi.",
            &[
                ("Milan Kundera", "kundera", "exact"),
                ("Kunderovi", "kundera", "inflected"),
            ],
        ),
        (
            "Rozmawiano z Mateuszem Morawieckim.",
            &[("Mateuszem Morawieckim", "morawiecki", "inflected")],
        ),
        (
            "Активисты Гринписа протестовали.",
            &[("Гринписа", "greenpeace", "transcribed")],
        ),
        ("Die Unicef warnte.", &[("Unicef", "unicef", "acronym")]),
        (
            "Вернер фон Браун построил ракету.",
            &[("Вернер фон Браун", "braun", "transcribed")],
        ),
        (
            "Aleksis Kivi kirjoitti. Kivi kuoli.",
            &[
                ("Aleksis Kivi", "kivi", "exact"),
                ("Kivi", "kivi", "surname-coref"),
            ],
        ),
    ];
    assert_cases(d, &cases);
    // A lone respelling nobody introduced; the second half of a double surname; a
    // common word at a sentence start that the text also writes in lowercase
    // (`kivi`, a stone); a three-letter acronym in title case.
    for text in [
        "Gestern sagte Schoigu nichts.",
        "Ewa Nowak-Kundera przyjechała.",
        "Kivi putosi tielle. Tiellä oli paljon kiviä.",
        "Die Wfp warnte.",
    ] {
        assert!(tag(d, text).is_empty(), "{text}");
    }
}

/// Whole paradigms of names of our own (not the accuracy sets'): a man's name in `-a`
/// whose surname takes a man's case, Finnish `-nen`, a Belarusian woman's surname in
/// its Czech, Polish, Latvian and Russian forms, the Latvian `-s` and a woman's `-a`,
/// a Polish adjectival surname, English short u in Russian and Greek; and a woman's
/// surname with a man's case, which stays unlinked.
#[test]
fn whole_paradigms_of_peoples_names() {
    let dir = with_gazetteer(
        r#"{"id":"radic","name":"Nikola Radić","kind":"person"}
{"id":"bilic","name":"Ana Bilić","kind":"person"}
{"id":"virtanen","name":"Aino Virtanen","kind":"person"}
{"id":"kastrouskaya","name":"Volha Kastrouskaya","kind":"person"}
{"id":"lindqvist","name":"Sara Lindqvist","kind":"person"}
{"id":"holmberg","name":"Nils Holmberg","kind":"person"}
{"id":"hunter","name":"Tom Hunter","kind":"person"}
"#,
    );
    let d = dir.path();
    let cases: [Case; 7] = [
        (
            "Nikola Radić je igrao. Publika je Radiću pljeskala, s Radićem.",
            &[
                ("Nikola Radić", "radic", "exact"),
                ("Radiću", "radic", "inflected"),
                ("Radićem", "radic", "inflected"),
            ],
        ),
        (
            "Aino Virtanen saapui. Virtasen mukaan kaikki sujui, sanottiin Virtaselle.",
            &[
                ("Aino Virtanen", "virtanen", "exact"),
                ("Virtasen", "virtanen", "inflected"),
                ("Virtaselle", "virtanen", "inflected"),
            ],
        ),
        (
            "Volha Kastrouská přijela. Kastrouské poděkovali.",
            &[
                ("Volha Kastrouská", "kastrouskaya", "transcribed"),
                ("Kastrouské", "kastrouskaya", "transcribed"),
            ],
        ),
        (
            "Приехала Вольга Кастровская. Кастровской помогли.",
            &[
                ("Вольга Кастровская", "kastrouskaya", "transcribed"),
                ("Кастровской", "kastrouskaya", "transcribed"),
            ],
        ),
        (
            "Ministre Sāra Lindqvista ieradās. Lindqvistai pasniedza balvu. Runāja arī Nils Holmbergs. Holmbergam uzdāvināja grāmatu.",
            &[
                ("Sāra Lindqvista", "lindqvist", "inflected"),
                ("Lindqvistai", "lindqvist", "inflected"),
                ("Nils Holmbergs", "holmberg", "inflected"),
                ("Holmbergam", "holmberg", "inflected"),
            ],
        ),
        (
            "Приехал Том Хантер. Хантера встретили.",
            &[
                ("Том Хантер", "hunter", "transcribed"),
                ("Хантера", "hunter", "transcribed"),
            ],
        ),
        (
            "Ο Τομ Χάντερ ήρθε.",
            &[("Τομ Χάντερ", "hunter", "transcribed")],
        ),
    ];
    assert_cases(d, &cases);
    // Ana is a woman's name: `Biliću` is a man of her family. Without Latvian
    // letters, a woman's surname with `-a` is a Slavic man's case.
    for text in [
        "Ana Bilić je govorila. Publika je Biliću pljeskala.",
        "Sara Lindqvist przyjechała. Lindqvista nie było.",
    ] {
        let got = tag(d, text);
        assert!(
            got.iter()
                .all(|m| !m.0.starts_with("Bili") || m.0 == "Ana Bilić")
                && got.iter().all(|m| m.0 != "Lindqvista"),
            "{text}: {got:?}"
        );
    }
}

/// Names of our own (not the accuracy sets') read by their source language: a
/// Norwegian `aa`, a French `ai`, a Belarusian `-enka` in its Russian form, a
/// Hungarian `gy` in Serbian; a South Slavic man whose given name ends in `-a`, said
/// to be a man by the case ending of his surname after his given name; the Russian
/// press's `бен` and capitalised `Аль` of an Arabic name; a Finnish double surname
/// with a lowercase second part.
#[test]
fn names_read_by_their_source_language() {
    let dir = with_gazetteer(
        r#"{"id":"kovacevic","name":"Mirza Kovačević","kind":"person"}
{"id":"haarstad","name":"Eirik Haarstad","kind":"person"}
{"id":"lemaire","name":"Marc Lemaire","kind":"person"}
{"id":"karalenka","name":"Ihar Karalenka","kind":"person"}
{"id":"farkas","name":"Gyula Farkas","kind":"person"}
{"id":"rashid","name":"Khalid bin Rashid Al Maktoum","kind":"person"}
{"id":"koskiaho","name":"Pekka Koski-aho","kind":"person"}
"#,
    );
    let d = dir.path();
    let cases: [Case; 7] = [
        (
            "Тренер Эйрик Хорстад приехал. Хорстад доволен.",
            &[
                ("Эйрик Хорстад", "haarstad", "transcribed"),
                ("Хорстад", "haarstad", "transcribed"),
            ],
        ),
        (
            "Министр Марк Лемер сказал. Лемер доволен.",
            &[
                ("Марк Лемер", "lemaire", "transcribed"),
                ("Лемер", "lemaire", "transcribed"),
            ],
        ),
        (
            "Писатель Игорь Короленко приехал. Короленко доволен.",
            &[
                ("Игорь Короленко", "karalenka", "transcribed"),
                ("Короленко", "karalenka", "transcribed"),
            ],
        ),
        (
            "Премијер Ђула Фаркаш је дошао.",
            &[("Ђула Фаркаш", "farkas", "transcribed")],
        ),
        (
            "Razgovarali smo s Mirzom Kovačevićem. Kovačevića su pitali.",
            &[
                ("Mirzom Kovačevićem", "kovacevic", "inflected"),
                ("Kovačevića", "kovacevic", "inflected"),
            ],
        ),
        (
            "Шейх Халид бен Рашид Аль Мактум прибыл.",
            &[("Халид бен Рашид Аль Мактум", "rashid", "transcribed")],
        ),
        (
            "Puhemies Pekka Koski-aho tapasi. Koski-aho sanoi.",
            &[
                ("Pekka Koski-aho", "koskiaho", "exact"),
                ("Koski-aho", "koskiaho", "surname-coref"),
            ],
        ),
    ];
    assert_cases(d, &cases);
    // Without his given name before a declined surname, a man's case ending on the
    // surname of a given name in `-a` is not enough (the man may be her relative).
    let got = tag(d, "Mirza Kovačević je došao. Kovačevića su pitali.");
    assert!(got.iter().all(|m| m.0 != "Kovačevića"), "{got:?}");
}

/// Baltic, Czech and Turkish forms of names from other languages (names invented):
/// Lithuanian cases of its own men's names in -as and -is, a Latvian -iņš given the
/// Lithuanian -is, a Lithuanian -as given the Latvian -s, the Czech and Slovak -ová
/// of a woman's surname in -o, and Turkish's e for the a of an Arabic name.
#[test]
fn baltic_endings_and_the_ova_of_names_in_o() {
    let dir = with_gazetteer(
        r#"{"id":"zemaitaitis","name":"Vytautas Žemaitaitis","kind":"person"}
{"id":"varnauskas","name":"Tomas Varnauskas","kind":"person"}
{"id":"kalnins","name":"Jānis Kalniņš","kind":"person"}
{"id":"castelo","name":"Ramona Castelo","kind":"person"}
"#,
    );
    let d = dir.path();
    let cases: [Case; 5] = [
        (
            "Ministras Tomas Varnauskas atvyko. Varnausko kalba patiko, Varnauskui plojo.",
            &[
                ("Tomas Varnauskas", "varnauskas", "exact"),
                ("Varnausko", "varnauskas", "inflected"),
                ("Varnauskui", "varnauskas", "inflected"),
            ],
        ),
        (
            "Ministras Vytautas Žemaitaitis atvyko. Su Vytautu Žemaitaičiu kalbėjo.",
            &[
                ("Vytautas Žemaitaitis", "zemaitaitis", "exact"),
                ("Vytautu Žemaitaičiu", "zemaitaitis", "inflected"),
            ],
        ),
        (
            "Latvijos ministras Janis Kalninis atvyko. Kalninio kalba patiko.",
            &[
                ("Janis Kalninis", "kalnins", "inflected"),
                ("Kalninio", "kalnins", "inflected"),
            ],
        ),
        (
            "Premiérka Ramona Castelová přijela. Castelové poděkoval.",
            &[
                ("Ramona Castelová", "castelo", "inflected"),
                ("Castelové", "castelo", "inflected"),
            ],
        ),
        (
            "Lietuvas ministrs Tomas Varnausks ieradās. Varnauskam jautāja.",
            &[
                ("Tomas Varnausks", "varnauskas", "inflected"),
                ("Varnauskam", "varnauskas", "inflected"),
            ],
        ),
    ];
    assert_cases(d, &cases);
    // Turkish writes the a of an Arabic name as e (rule turkish-reading), in a text
    // with Turkish letters only.
    std::fs::write(
        d.join("g.jsonl"),
        r#"{"id":"hamdan","name":"Yusuf Hamdan","kind":"person"}"#,
    )
    .unwrap();
    let text = "Bakan Yusuf Hemdan dün açıklama yaptı.";
    assert_eq!(
        tag(d, text),
        [at(text, "Yusuf Hemdan", 0, "hamdan", "turkish-reading")]
    );
    assert!(tag(d, "Minister Yusuf Hemdan kam gestern an.").is_empty());
    std::fs::write(
        d.join("g.jsonl"),
        r#"{"id":"castelo","name":"Ramona Castelo","kind":"person"}"#,
    )
    .unwrap();
    // A man's case ending of -ová's stem is no woman's (Castela).
    let got = tag(d, "Ramona Castelo přijela. Castela tam nebyl.");
    assert!(got.iter().all(|m| m.0 != "Castela"), "{got:?}");
}

#[test]
fn new_sources_baltic_sound_spellings_and_second_surnames() {
    // People of our own, each with one Latin name and one surname.
    let dir = with_gazetteer(
        r#"{"id":"rukeba","name":"Paul Rukeba","kind":"person"}
{"id":"ibanez","name":"Íñigo Ibáñez","kind":"person"}
{"id":"ibarra","name":"Tomás Ibarra","kind":"person"}
"#,
    );
    let d = dir.path();
    let cases: [Case; 5] = [
        // English au is the Russian press's о; Latvian writes Paul as it sounds.
        (
            "Президент Пол Рукеба прибыл в Москву.",
            &[("Пол Рукеба", "rukeba", "transcribed")],
        ),
        (
            "Ruandas prezidents Pols Rukeba ieradās Rīgā.",
            &[("Pols Rukeba", "rukeba", "transcribed")],
        ),
        // Spanish ñ is the Serbian њ.
        (
            "Министар Ињиго Ибањез стигао је у Београд.",
            &[("Ињиго Ибањез", "ibanez", "transcribed")],
        ),
        // A second surname the list lacks, in Spanish: the span covers it.
        (
            "El ministro Tomás Ibarra Salcedo dijo que el acuerdo es bueno para el país. Ibarra viajará.",
            &[
                ("Tomás Ibarra Salcedo", "ibarra", "second-surname"),
                ("Ibarra", "ibarra", "surname-coref"),
            ],
        ),
        // Not in German, where the capitalised word after the name is a noun.
        (
            "Der Minister Tomás Ibarra Regierung und die Partei sind nicht hier.",
            &[],
        ),
    ];
    assert_cases(d, &cases);
}

#[test]
fn io_surnames_estonian_cases_and_closed_names_after() {
    // People and places of our own, one Latin name each.
    let dir = with_gazetteer(
        r#"{"id":"bertolio","name":"Antonio Bertolio","kind":"person"}
{"id":"grauds","name":"Artis Grauds","kind":"person"}
{"id":"kaldmets","name":"Priit Kaldmets","kind":"person"}
{"id":"yalcin","name":"Ahmet Yalçın","kind":"person"}
{"id":"ankara","name":"Ankara","kind":"place"}
{"id":"arrieta","name":"Pedro Arrieta","kind":"person"}
{"id":"toledo","name":"Toledo","kind":"place"}
{"id":"kovalev","name":"Mariya Kovalev","kind":"person","aliases":["Мария Ковалев"]}
{"id":"fremde","name":"Lena Fremde","kind":"person"}
"#,
    );
    let d = dir.path();
    let cases: [Case; 8] = [
        // An Italian surname in -io keeps its i before the Polish and Slovak endings.
        (
            "Włoski minister Antonio Bertolio przyjechał do Warszawy. Według Bertolia reforma jest zła. Z Bertoliem nie zgodziła się Komisja.",
            &[
                ("Antonio Bertolio", "bertolio", "exact"),
                ("Bertolia", "bertolio", "inflected"),
                ("Bertoliem", "bertolio", "inflected"),
            ],
        ),
        (
            "Minister sa stretol s talianskym ministrom Antoniom Bertoliom. Bertolia pozval do Bratislavy.",
            &[
                ("Antoniom Bertoliom", "bertolio", "inflected"),
                ("Bertolia", "bertolio", "inflected"),
            ],
        ),
        // Estonian: the genitive's vowel and a case ending.
        (
            "Läti minister Artis Grauds külastas Tallinna. Graudsi sõnul on koostöö hea. Kolleeg lubas Graudsile abi.",
            &[
                ("Artis Grauds", "grauds", "exact"),
                ("Graudsi", "grauds", "inflected"),
                ("Graudsile", "grauds", "inflected"),
            ],
        ),
        (
            "Poliitik Priit Kaldmets kohtus tudengitega. Tudengid küsisid Kaldmetsalt toetuste kohta.",
            &[
                ("Priit Kaldmets", "kaldmets", "exact"),
                ("Kaldmetsalt", "kaldmets", "inflected"),
            ],
        ),
        // A place's name with its own case ending after a full name is another name.
        (
            "Vali Ahmet Yalçın Ankara'da konuştu.",
            &[
                ("Ahmet Yalçın", "yalcin", "exact"),
                ("Ankara", "ankara", "exact"),
            ],
        ),
        // Without an ending it may be a second surname: someone else.
        ("El ministro Pedro Arrieta Toledo habló ayer.", &[]),
        // A Cyrillic surname after another given name: that other person's, alone
        // too.
        (
            "Британският музикант Питър Ковалев ще изнесе концерт. Ковалев ще представи песни.",
            &[],
        ),
        // After a German quantifier: a noun.
        ("Auch manche Fremde kamen zur Eröffnung.", &[]),
    ];
    assert_cases(d, &cases);
}
