//! International bodies in any language, through the real binary: a user's gazetteer
//! that names the World Health Organization and the International Criminal Court only
//! in English merges with the built-in bodies (`data/organizations/`) and so links
//! their names and acronyms as the press of each language writes them; with
//! `--no-builtin --builtin-names` too. The acronyms that only some languages write
//! (`ВОЗ`, `OMS`, `MTK`, `CPI`) link only in a text of those languages, never in a
//! line in capitals or in lowercase; `nomen entities show` lists the names by language.

#[path = "support/builtin_tag.rs"]
mod builtin_tag;

use std::path::Path;

use builtin_tag::{assert_links, assert_unlinked, run, tag_with as tag, write_gazetteer};

const WHO: &str = "my-who";
const ICC: &str = "my-icc";

const USER_GAZETTEER: &str = concat!(
    "{\"id\":\"my-who\",\"name\":\"World Health Organization\",\"kind\":\"organization\",\"aliases\":[\"WHO\"]}\n",
    "{\"id\":\"my-icc\",\"name\":\"International Criminal Court\",\"kind\":\"organization\"}\n",
);

/// Texts written for this test, with the bodies each must link, by full name and by
/// the acronym its language's press writes (mention, entity, rule or "" for any).
/// A mention that must be found: its text, entity and rule ("" for any).
type Expected = (&'static str, &'static str, &'static str);

const FOUND: &[(&str, &[Expected])] = &[
    (
        "Эксперты ВОЗ в четверг предупредили о новой волне гриппа в регионе, сообщили в \
         министерстве здравоохранения.",
        &[("ВОЗ", WHO, "language-acronym")],
    ),
    (
        "Le directeur de l'OMS a annoncé mardi que la campagne de vaccination commencera \
         dans le nord du pays et qu'elle durera trois semaines.",
        &[("OMS", WHO, "language-acronym")],
    ),
    (
        "La CPI emitió una orden de arresto contra el exministro, según informaron fuentes \
         del tribunal en La Haya este miércoles.",
        &[("CPI", ICC, "language-acronym")],
    ),
    (
        "Prokurator MTK złożył w środę wniosek o wydanie nakazu aresztowania, poinformowała \
         agencja prasowa w Warszawie.",
        &[("MTK", ICC, "language-acronym")],
    ),
    (
        "Die Weltgesundheitsorganisation warnte am Montag vor einer neuen Welle. Die WHO rief \
         die Länder auf, die Impfungen fortzusetzen.",
        &[("Weltgesundheitsorganisation", WHO, ""), ("WHO", WHO, "")],
    ),
    (
        "Ο ΠΟΥ ανακοίνωσε την Τρίτη νέα μέτρα για την πρόληψη της νόσου στην περιοχή και \
         ζήτησε από τις κυβερνήσεις να συνεργαστούν.",
        &[("ΠΟΥ", WHO, "language-acronym")],
    ),
    (
        "Maailman terveysjärjestö kertoi tiistaina, että rokotteita on toimitettu jo \
         kolmeenkymmeneen maahan.",
        &[("Maailman terveysjärjestö", WHO, "")],
    ),
    (
        "Il procuratore della Corte penale internazionale ha chiesto un mandato di arresto; \
         secondo la CPI le prove sono sufficienti.",
        &[("Corte penale internazionale", ICC, ""), ("CPI", ICC, "")],
    ),
    (
        "UCM savcısı, soruşturmanın önümüzdeki aylarda genişletileceğini ve yeni tanıkların \
         dinleneceğini açıkladı.",
        &[("UCM", ICC, "language-acronym")],
    ),
    (
        "Internationaal Strafhof in Den Haag vaardigde dinsdag een arrestatiebevel uit tegen \
         de voormalige minister.",
        &[("Internationaal Strafhof", ICC, "")],
    ),
];

/// Words that must stay unlinked, each in a text of its own: an acronym of a body in a
/// text of a language whose press does not write it so, or in a line in capitals, or
/// a word in lowercase.
const TRAPS: &[(&str, &str)] = &[
    // Consumer prices in English, not the ICC.
    (
        "The CPI rose 0.3 percent in March, the Labor Department said on Wednesday, as \
         energy prices climbed for the third month.",
        "CPI",
    ),
    // A Budapest football club in Hungarian, not the ICC (Polish `MTK`).
    (
        "Az MTK hazai pályán kapott ki vasárnap a bajnokság utolsó fordulójában, és így a \
         csapat a tabella aljára került.",
        "MTK",
    ),
    // Madrid's Complutense University in Spanish, not the ICC (Turkish `UCM`).
    (
        "Los estudiantes de la UCM protestaron ayer en Madrid contra la subida de las tasas \
         universitarias.",
        "UCM",
    ),
    // A French headline in capitals: `UN` is an article.
    (
        "UN HOMME ARRÊTÉ À LYON APRÈS UNE COURSE-POURSUITE\nLa police a interpellé le \
         suspect dans la nuit de samedi.",
        "UN",
    ),
    // An English headline in capitals: `WHO` is a pronoun.
    (
        "WHO WILL PAY FOR THE NEW BRIDGE\nThe council has not said how the project will be \
         financed.",
        "WHO",
    ),
    // Lowercase words and a short capitalised word are no acronyms.
    (
        "Eu acho que o governo deve agir, disse o ministro, e a oposição concordou com ele.",
        "Eu",
    ),
    (
        "Il a acheté un livre et un journal avant de prendre le train pour Marseille.",
        "un",
    ),
];

fn check_found(dir: &Path, args: &[&str]) {
    for (text, must) in FOUND {
        assert_links(dir, args, text, must);
    }
}

#[test]
fn bodies_named_in_english_are_found_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    check_found(dir.path(), &["--entities", &file]);
}

#[test]
fn builtin_names_without_the_builtin_gazetteer() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    check_found(
        dir.path(),
        &["--entities", &file, "--no-builtin", "--builtin-names"],
    );
    // Without the built-in names, the user's English names alone.
    let got = tag(
        dir.path(),
        &["--entities", &file, "--no-builtin"],
        FOUND[0].0,
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn acronyms_of_other_languages_capitals_and_lowercase_stay_unlinked() {
    let dir = tempfile::tempdir().unwrap();
    for (text, word) in TRAPS {
        assert_unlinked(dir.path(), &[], text, word);
    }
}

/// National parties and agencies (`data/organizations/`), by the names their
/// languages' press writes, declined, and a place's case form inside a body's name
/// (texts written for this test, built-in gazetteer only).
#[test]
fn national_bodies_by_their_own_names_and_the_places_inside_them() {
    let dir = tempfile::tempdir().unwrap();
    for (text, must) in [
        (
            "Die Sozialdemokratische Partei Deutschlands hat am Sonntag einen neuen Vorstand \
             gewählt, teilte die Partei in Berlin mit.",
            &[("Sozialdemokratische Partei Deutschlands", "spd", "")][..],
        ),
        (
            "Ruotsin maahanmuuttovirasto julkaisi tiistaina uudet tilastot. Ruotsin hallitus \
             kommentoi lukuja keskiviikkona.",
            &[
                (
                    "Ruotsin maahanmuuttovirasto",
                    "swedish-migration-agency",
                    "",
                ),
                ("Ruotsin", "country-se", ""),
            ][..],
        ),
        (
            "Politycy Platformy Obywatelskiej spotkali się w sobotę z wyborcami w Gdańsku.",
            &[("Platformy Obywatelskiej", "civic-platform", "declined-name")][..],
        ),
        (
            "Учёные в ЦЕРНе запустили в среду новый эксперимент, сообщила пресс-служба.",
            &[("ЦЕРНе", "cern", "")][..],
        ),
    ] {
        assert_links(dir.path(), &[], text, must);
    }
}

#[test]
fn show_lists_the_names_by_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(dir.path(), USER_GAZETTEER);
    let out = run(
        dir.path(),
        &["entities", "show", "my-who", "--entities", &file],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for line in [
        "de      Weltgesundheitsorganisation, WHO",
        "ru      Всемирная организация здравоохранения, ВОЗ",
        "merged   with the built-in entity world-health-organization",
    ] {
        assert!(text.contains(line), "{line:?} not in:\n{text}");
    }
    // `resolve` finds the merged body by a name in another language.
    let out = run(
        dir.path(),
        &[
            "entities",
            "resolve",
            "Organisation mondiale de la santé",
            "--entities",
            &file,
        ],
        "",
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("my-who"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// A word of another script links a body's acronym by its sound only when it writes
/// the acronym letter for letter (`ОПЕК` for OPEC), not when it only sounds near it
/// (`ОАСК`, a Kyiv court's acronym, is no OSCE), with the user's list alone or merged.
#[test]
fn another_scripts_acronym_links_letter_for_letter() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("bodies.jsonl");
    std::fs::write(
        &list,
        "{\"id\":\"my-opec\",\"name\":\"OPEC\",\"kind\":\"organization\"}\n\
         {\"id\":\"my-osce\",\"name\":\"OSCE\",\"kind\":\"organization\"}\n",
    )
    .unwrap();
    let list = list.to_str().unwrap();
    let text = "Країни ОПЕК домовились про видобуток. Суддя ОАСК заявив про тиск на суд.";
    let alone = tag(dir.path(), &["--no-builtin", "--entities", list], text);
    assert!(
        alone.iter().any(|(t, e, _)| t == "ОПЕК" && e == "my-opec"),
        "{alone:?}"
    );
    for got in [alone, tag(dir.path(), &["--entities", list], text)] {
        assert!(!got.iter().any(|(t, _, _)| t == "ОАСК"), "{got:?}");
    }
}

/// A body's name of several words links in the case its sentence asks for, in the
/// languages that decline (rule `declined-name`), the whole name only: not one word of
/// it, not another body's adjective before the same noun, not two words opening a
/// sentence, and not in a language that does not decline. Sentences written for this
/// test.
#[test]
fn a_bodys_name_in_a_case_form_links_whole() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &str, &str)] = &[
        (
            "Mise Mezinárodního měnového fondu odjela z Kyjeva bez dohody.",
            "Mezinárodního měnového fondu",
            "international-monetary-fund",
        ),
        (
            "Rada prezesów Europejskiego Banku Centralnego obniżyła stopy.",
            "Europejskiego Banku Centralnego",
            "european-central-bank",
        ),
        (
            "Valdyba nusprendė, kad Europos centrinio banko palūkanos nesikeis.",
            "Europos centrinio banko",
            "european-central-bank",
        ),
        (
            "Η απόφαση της Διεθνούς Ολυμπιακής Επιτροπής ανακοινώθηκε χθες.",
            "Διεθνούς Ολυμπιακής Επιτροπής",
            "international-olympic-committee",
        ),
        (
            "Делегация на Международния валутен фонд пристигна в понеделник.",
            "Международния валутен фонд",
            "international-monetary-fund",
        ),
    ];
    for &(text, name, entity) in cases {
        assert_links(dir.path(), &[], text, &[(name, entity, "declined-name")]);
    }
    for text in [
        // Part of the name, another adjective, two words opening a sentence.
        "Zástupci měnového fondu odjeli. Mezinárodního obchodního fondu se to netýká.",
        "Světové banky zvyšují úroky, řekl analytik.",
        // A language whose press does not decline the name.
        "The Internationals Monetary Funds met on Monday.",
    ] {
        let got = tag(dir.path(), &[], text);
        assert!(
            !got.iter().any(|(_, _, r)| r == "declined-name"),
            "{text}: {got:?}"
        );
    }
}

/// A user's list that names five bodies in English only (as a newsroom's list does)
/// merges with the built-in bodies, whose names were filled in for the languages the
/// coverage table of `data/organizations/README.md` showed missing: each text below,
/// written for this test, must link its body by the name its language's press writes.
/// An acronym that is also a word stays unlinked where it is the word: Latvian `Ēka`
/// ("building") opening a sentence, even where the ESA is named; `EKA` in an English
/// text.
#[test]
fn bodies_filled_in_for_more_languages_merge_with_a_latin_only_list() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("bodies.jsonl");
    std::fs::write(
        &list,
        "{\"id\":\"my-esa\",\"name\":\"European Space Agency\",\"kind\":\"organization\",\"aliases\":[\"ESA\"]}\n\
         {\"id\":\"my-ilo\",\"name\":\"International Labour Organization\",\"kind\":\"organization\",\"aliases\":[\"ILO\"]}\n\
         {\"id\":\"my-ebrd\",\"name\":\"European Bank for Reconstruction and Development\",\"kind\":\"organization\",\"aliases\":[\"EBRD\"]}\n\
         {\"id\":\"my-opcw\",\"name\":\"Organisation for the Prohibition of Chemical Weapons\",\"kind\":\"organization\",\"aliases\":[\"OPCW\"]}\n\
         {\"id\":\"my-cjeu\",\"name\":\"Court of Justice of the European Union\",\"kind\":\"organization\"}\n",
    )
    .unwrap();
    let list = list.to_str().unwrap();
    let found: &[(&str, &[(&str, &str)])] = &[
        (
            "Evropská kosmická agentura oznámila, že nová družice odstartuje v březnu. \
             Podle ESA bude mise trvat pět let.",
            &[("Evropská kosmická agentura", "my-esa"), ("ESA", "my-esa")],
        ),
        (
            "Az Európai Űrügynökség kedden bejelentette, hogy az új műhold tavasszal indul \
             a francia guyanai űrközpontból.",
            &[("Európai Űrügynökség", "my-esa")],
        ),
        (
            "Eiropas Kosmosa aģentūra paziņoja, ka jaunais satelīts tiks palaists martā. \
             EKA pārstāvis to apstiprināja preses konferencē.",
            &[("Eiropas Kosmosa aģentūra", "my-esa"), ("EKA", "my-esa")],
        ),
        (
            "Međunarodna organizacija rada upozorila je u utorak na porast nezaposlenosti \
             među mladima u cijeloj regiji.",
            &[("Međunarodna organizacija rada", "my-ilo")],
        ),
        (
            "Меѓународната организација на трудот објави нов извештај за пазарот на трудот. \
             Според МОТ, невработеноста во државата опаѓа.",
            &[
                ("Меѓународната организација на трудот", "my-ilo"),
                ("МОТ", "my-ilo"),
            ],
        ),
        (
            "Európska banka pre obnovu a rozvoj poskytne úver na modernizáciu železníc na \
             východe krajiny.",
            &[("Európska banka pre obnovu a rozvoj", "my-ebrd")],
        ),
        (
            "Европска банка за обнову и развој финансираће изградњу нове електране. \
             ЕБРД је саопштила да ће кредит бити одобрен до краја године.",
            &[
                ("Европска банка за обнову и развој", "my-ebrd"),
                ("ЕБРД", "my-ebrd"),
            ],
        ),
        (
            "Kimyasal Silahların Yasaklanması Örgütü müfettişleri bölgeye gitti. KSYÖ, \
             raporun gelecek ay yayımlanacağını açıkladı.",
            &[
                ("Kimyasal Silahların Yasaklanması Örgütü", "my-opcw"),
                ("KSYÖ", "my-opcw"),
            ],
        ),
        (
            "La Corte di giustizia Ue ha respinto il ricorso del governo sulla riforma delle \
             concessioni balneari.",
            &[("Corte di giustizia Ue", "my-cjeu")],
        ),
    ];
    for &(text, must) in found {
        let must: Vec<_> = must.iter().map(|&(m, e)| (m, e, "")).collect();
        assert_links(dir.path(), &["--entities", list], text, &must);
    }
    for (text, word) in [
        (
            "Eiropas Kosmosa aģentūra paziņoja par jaunu satelītu. Ēka, kurā strādā \
             inženieri, atrodas Rīgā.",
            "Ēka",
        ),
        (
            "The EKA chain opened three new stores in the city centre on Saturday, the \
             company said.",
            "EKA",
        ),
    ] {
        assert_unlinked(dir.path(), &["--entities", list], text, word);
    }
}

/// A user's own acronym of a body merged with a built-in one links where the built-in
/// body's names by language say nothing against it: in a language that writes no
/// acronym of the body (English for the Court of Arbitration for Sport, whose English
/// press writes none; Slovak for the OAS), not only in those that write it; never in
/// a language whose press writes another acronym of the body (French `OEA`: `l'OAS` is
/// the Organisation armée secrète there, Italian `TAS`). (Not yet: a text of one
/// sentence whose language nomen cannot tell, `L'OAS a revendiqué l'attentat :
/// l'Organisation armée secrète voulait garder l'Algérie française.`, links the user's
/// `OAS`; refusing it wherever the language is unknown would refuse it in Slovak too.)
#[test]
fn a_users_own_acronym_links_unless_the_language_writes_another() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_gazetteer(
        dir.path(),
        concat!(
            "{\"id\":\"my-cas\",\"name\":\"Court of Arbitration for Sport\",\"kind\":\"organization\",\"aliases\":[\"CAS\"]}\n",
            "{\"id\":\"my-oas\",\"name\":\"Organization of American States\",\"kind\":\"organization\",\"aliases\":[\"OAS\"]}\n",
            "{\"id\":\"my-ema\",\"name\":\"European Medicines Agency\",\"kind\":\"organization\",\"aliases\":[\"EMA\"]}\n",
        ),
    );
    let args = ["--entities", file.as_str()];
    for (text, acronym, entity, rule) in [
        (
            "The CAS upheld the four-year ban on the sprinter on Tuesday, the court said in \
             a statement from Lausanne.",
            "CAS",
            "my-cas",
            "acronym",
        ),
        (
            "Der CAS bestätigte am Dienstag die Sperre gegen den Sprinter, teilte das Gericht \
             in Lausanne mit.",
            "CAS",
            "my-cas",
            "language-acronym",
        ),
        (
            "Generálny tajomník OAS v utorok vyzval vládu na dialóg s opozíciou, uviedla \
             agentúra v Bratislave.",
            "OAS",
            "my-oas",
            "acronym",
        ),
        (
            "The OAS sent observers to the election, and its secretary general met the \
             president on Monday.",
            "OAS",
            "my-oas",
            "language-acronym",
        ),
        (
            "The EMA approved the vaccine on Friday after a review of the trial data, the \
             agency said.",
            "EMA",
            "my-ema",
            "",
        ),
    ] {
        let got = tag(dir.path(), &args, text);
        assert!(
            got.iter()
                .any(|(t, e, r)| t == acronym && e == entity && (rule.is_empty() || r == rule)),
            "{acronym} -> {entity} ({rule}) not in {got:?} of {text:?}"
        );
    }
    for (text, acronym) in [
        (
            "Les anciens de l'OAS ont manifesté mardi à Nice, selon la préfecture, qui a \
             interdit le rassemblement.",
            "OAS",
        ),
        (
            "Il CAS ha confermato la squalifica dell'atleta, ha comunicato martedì il \
             tribunale di Losanna.",
            "CAS",
        ),
    ] {
        let got = tag(dir.path(), &args, text);
        assert!(
            !got.iter().any(|(t, _, _)| t == acronym),
            "{acronym} linked in {got:?} of {text:?}"
        );
    }
}
