//! A Ukrainian, Serbian or Macedonian word read in the letters Russian writes for the
//! same sounds, so that a case ending of its own language on a name the gazetteer
//! writes in Russian letters finds the name.
//!
//! The folder romanises a Cyrillic word by the system of the language its letters
//! tell (Ukrainian national for a word with `і ї є ґ`, Serbian Latin for one with `ј љ
//! њ ћ ђ џ ѓ ќ ѕ`, BGN/PCGN otherwise), and it tells the language by the whole word.
//! A place the data names in Russian letters, which Ukrainian or Serbian share
//! (`Мюнхен`, `Брюссель`, `Грчка`, `Норвешка`), then reaches the text with its
//! case ending in the other system: Ukrainian `Мюнхені` (locative `-і`) folds to
//! `miunkheni`, not the `myunkhen` + `i` of the name; Serbian `Грчкој` (the `-ој` of a
//! feminine adjectival name) to `grckoj`, not `grchk` + `oy`. [`russian_letters`]
//! writes the word's language-only letters as the Russian letters of the same sounds
//! (Ukrainian `і` as `и`, `є` as `е`, `ї` as `йи`, `ґ` as `г`; Serbian and Macedonian
//! `ј` as `й`, `љ` `њ` as `ль` `нь`, `ћ` `ч` as `ч`, `ђ` `џ` as `дж`, Macedonian `ѓ`
//! `ќ` as `г` `к`, `ѕ` as `дз`), so the word folds by the Russian system and its case
//! ending is removed from a stem spelled as the name is (`Мюнхени`: `myunkhen` + `i`;
//! `Грчкой`: `grchk` + `oy`, nominative `grchka`). The linker tries this reading only
//! after the word's own, for a capitalised word whose nominative in its own letters
//! names nothing (rule `cyrillic-case`).

/// The letters of Ukrainian, Serbian and Macedonian that Russian does not write, each
/// with the Russian letters of its sound, lowercase and capital.
const LETTERS: &[(char, &str)] = &[
    ('і', "и"),
    ('І', "И"),
    ('ї', "йи"),
    ('Ї', "Йи"),
    ('є', "е"),
    ('Є', "Е"),
    ('ґ', "г"),
    ('Ґ', "Г"),
    ('ј', "й"),
    ('Ј', "Й"),
    ('љ', "ль"),
    ('Љ', "Ль"),
    ('њ', "нь"),
    ('Њ', "Нь"),
    ('ћ', "ч"),
    ('Ћ', "Ч"),
    ('ђ', "дж"),
    ('Ђ', "Дж"),
    ('џ', "дж"),
    ('Џ', "Дж"),
    ('ѓ', "г"),
    ('Ѓ', "Г"),
    ('ќ', "к"),
    ('Ќ', "К"),
    ('ѕ', "дз"),
    ('Ѕ', "Дз"),
];

/// The Russian letters for the sound of `c`, a letter Russian does not write.
fn russian(c: char) -> Option<&'static str> {
    LETTERS.iter().find(|&&(l, _)| l == c).map(|&(_, r)| r)
}

/// True when the UTF-8 `bytes` hold a letter of [`LETTERS`], told by its two bytes
/// (U+0402–U+040F and U+0452–U+045F but `Ѝ`, `Ў`, `ѝ`, `ў`; `Ґ`, `ґ`), not by a search
/// of the table per character: most Cyrillic words asked about are Russian.
fn has_own_letter(bytes: &[u8]) -> bool {
    bytes.windows(2).any(|w| match (w[0], w[1]) {
        (0xD0, b) => (0x82..=0x8F).contains(&b) && b != 0x8D && b != 0x8E,
        (0xD1, b) => (0x92..=0x9F).contains(&b) && b != 0x9D && b != 0x9E,
        (0xD2, b) => b == 0x90 || b == 0x91,
        _ => false,
    })
}

/// `word` (a Cyrillic word as written) with its Ukrainian, Serbian and Macedonian
/// letters written in the Russian letters of the same sounds; `None` when it has none
/// (its folding is already the Russian system's).
pub(crate) fn russian_letters(word: &str) -> Option<String> {
    if !has_own_letter(word.as_bytes()) {
        return None;
    }
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars() {
        match russian(c) {
            Some(r) => out.push_str(r),
            None => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ukrainian_letters_are_written_in_russian_ones() {
        assert_eq!(russian_letters("Мюнхені").as_deref(), Some("Мюнхени"));
        assert_eq!(russian_letters("Брюсселі").as_deref(), Some("Брюссели"));
        assert_eq!(russian_letters("Києві").as_deref(), Some("Киеви"));
        assert_eq!(russian_letters("Ґданську").as_deref(), Some("Гданську"));
    }

    #[test]
    fn serbian_and_macedonian_letters_are_written_in_russian_ones() {
        assert_eq!(russian_letters("Грчкој").as_deref(), Some("Грчкой"));
        assert_eq!(russian_letters("Норвешкој").as_deref(), Some("Норвешкой"));
        assert_eq!(russian_letters("Хелсинкију").as_deref(), Some("Хелсинкийу"));
        assert_eq!(russian_letters("Ђорђа").as_deref(), Some("Джорджа"));
        assert_eq!(russian_letters("Љубљани").as_deref(), Some("Льубльани"));
        assert_eq!(russian_letters("Ѓорѓија").as_deref(), Some("Горгийа"));
    }

    #[test]
    fn the_byte_test_is_the_tables() {
        for c in '\u{0400}'..='\u{04FF}' {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(has_own_letter(bytes), russian(c).is_some(), "{c}");
        }
    }

    #[test]
    fn russian_and_bulgarian_words_are_left_alone() {
        assert_eq!(russian_letters("Мюнхене"), None);
        assert_eq!(russian_letters("Бундестагът"), None);
        assert_eq!(russian_letters("Berlin"), None);
    }

    #[test]
    fn the_russian_reading_folds_by_the_russian_system() {
        // The point of the reading: the stem folds as the name written in Russian
        // letters does.
        let read = russian_letters("Мюнхені").unwrap();
        assert_eq!(nomen_fold::fold(&read), "myunkheni");
        assert_eq!(nomen_fold::fold("Мюнхен"), "myunkhen");
        let read = russian_letters("Грчкој").unwrap();
        assert_eq!(nomen_fold::fold(&read), "grchkoy");
        assert_eq!(nomen_fold::fold("Грчка"), "grchka");
    }
}
