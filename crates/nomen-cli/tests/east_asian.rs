//! `nomen tag --entities` with Chinese and Japanese names given in Pinyin and Hepburn
//! only, Korean names in a Latin spelling and Vietnamese ones in Vietnamese letters,
//! on text that writes them as the Russian, Ukrainian, Hungarian, Czech and Bulgarian
//! press does (rule `east-asian-transcription`): Palladius, Polivanov and Kontsevich
//! in Cyrillic, the Hungarian systems with the family name first, the Czech ones. The
//! sentences are the test's own.

use std::path::Path;

#[path = "support/gazetteer_tag.rs"]
mod support;

/// Latin-script names only, no aliases.
const GAZETTEER: &str = r#"{"id":"xi","name":"Xi Jinping","kind":"person"}
{"id":"wang","name":"Wang Yi","kind":"person"}
{"id":"kishida","name":"Fumio Kishida","kind":"person"}
{"id":"merkel","name":"Angela Merkel","kind":"person"}
{"id":"deng","name":"Deng Xiaoping","kind":"person"}
{"id":"chung","name":"Chung Ju-yung","kind":"person"}
{"id":"kim","name":"Kim Dae-jung","kind":"person"}
{"id":"le-duan","name":"Lê Duẩn","kind":"person"}
"#;

/// (mention text, entity, rule) of `nomen tag --json` on `text`, each span checked
/// against the text.
fn tag(dir: &Path, text: &str) -> Vec<(String, String, String)> {
    std::fs::write(dir.join("g.jsonl"), GAZETTEER).unwrap();
    support::tag(dir, text)
        .into_iter()
        .map(|(mention, _, _, entity, rule)| (mention, entity, rule))
        .collect()
}

fn link(mention: &str, entity: &str) -> (String, String, String) {
    (
        mention.to_string(),
        entity.to_string(),
        "east-asian-transcription".to_string(),
    )
}

#[test]
fn chinese_and_japanese_names_in_the_press_systems() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        // Russian: Palladius and Polivanov.
        (
            "Председатель КНР Си Цзиньпин прибыл в Москву во вторник.",
            link("Си Цзиньпин", "xi"),
        ),
        (
            "Бывший премьер Японии Фумио Кисида выступил на конференции.",
            link("Фумио Кисида", "kishida"),
        ),
        // Ukrainian: the same systems in Ukrainian letters.
        (
            "Голова КНР Сі Цзіньпін зустрівся з делегацією.",
            link("Сі Цзіньпін", "xi"),
        ),
        (
            "Колишній прем'єр Японії Фуміо Кісіда виступив у парламенті.",
            link("Фуміо Кісіда", "kishida"),
        ),
        // Hungarian: its own systems, the family name first.
        (
            "Hszi Csin-ping kínai elnök kedden Belgrádba érkezett.",
            link("Hszi Csin-ping", "xi"),
        ),
        (
            "A volt japán kormányfő, Kisida Fumio szerdán beszédet mondott.",
            link("Kisida Fumio", "kishida"),
        ),
        (
            "Vang Ji külügyminiszter a tárgyalások után nyilatkozott.",
            link("Vang Ji", "wang"),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(tag(dir.path(), text), [expected], "{text}");
    }
}

#[test]
fn a_lone_syllable_and_western_names_stay_as_they_were() {
    let dir = tempfile::tempdir().unwrap();
    // `Ван` alone is no one (here the painter's `Ван Гог`), nor is `Си` (a note).
    for text in [
        "Картина Ван Гога ушла с молотка за рекордную сумму.",
        "Оркестр взял ноту Си и замолчал.",
    ] {
        let got = tag(dir.path(), text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // A known limit: a one-letter word (`И`, also the conjunction) is no name word,
    // so `Ван И` is not linked (README).
    let got = tag(
        dir.path(),
        "Министр иностранных дел Китая Ван И провёл переговоры.",
    );
    assert!(got.is_empty(), "{got:?}");
    // A Western name keeps its own rules (a Russian transcription compared by sound).
    let got = tag(dir.path(), "Канцлер Ангела Меркель выступила в Берлине.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "merkel");
    assert_ne!(got[0].2, "east-asian-transcription");
}

#[test]
fn korean_vietnamese_and_czech_forms() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        // Czech: the ÚJČ system for Chinese, the Czech press's for Korean.
        (
            "Reformy prosadil Teng Siao-pching na konci sedmdesátých let.",
            link("Teng Siao-pching", "deng"),
        ),
        (
            "Zakladatel skupiny Hyundai Čong Ču-jong zemřel roku 2001.",
            link("Čong Ču-jong", "chung"),
        ),
        // Russian and Ukrainian: Kontsevich (voiced `чж` after a vowel).
        (
            "Нобелевскую премию мира получил Ким Дэ Чжун в 2000 году.",
            link("Ким Дэ Чжун", "kim"),
        ),
        (
            "Премію миру отримав Кім Де Джун у 2000 році.",
            link("Кім Де Джун", "kim"),
        ),
        // Hungarian: its own system, voiced `dzs`.
        (
            "A Nobel-békedíjat Kim De Dzsung kapta meg.",
            link("Kim De Dzsung", "kim"),
        ),
        // Russian and Bulgarian: the Vietnamese syllables (`d` is `з`, `uâ` `уа`).
        (
            "Генеральный секретарь Ле Зуан выступил с докладом.",
            link("Ле Зуан", "le-duan"),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(tag(dir.path(), text), [expected], "{text}");
    }
}
