//! The language of a text, for names that only some languages' press writes: an
//! acronym an entity's `by_language` field ([`crate::by_language`]) gives for some
//! languages (`ВОЗ` in Russian, `OMS` in French, Spanish, Portuguese, Italian and
//! Romanian, `MTK` in Polish) links on its own only in a text of one of them
//! ([`super::Rule::LanguageAcronym`]): the same letters are another body, a word or
//! nothing elsewhere (`CPI`, the International Criminal Court in Spanish, is consumer
//! prices in English; `MTK` a Budapest football club in Hungarian).
//!
//! The language is whatlang's trigram guess on the first bytes of the text, when it is
//! sure, or the function-word language [`super::place::detect_language`] tells
//! apart. Languages the press of one writes the same way as another's are one here
//! (Croatian, Serbian and Bosnian; Czech and Slovak; Danish and Norwegian): a short
//! text does not tell them apart, and their bodies' acronyms are the same.

/// Bytes of a text whatlang reads (its trigram scoring costs about as much as linking
/// per byte; a few sentences suffice). Only documents with a language-bound acronym
/// pay for it, once.
const SAMPLE_BYTES: usize = 600;

/// The language of `fields` (the texts of a document, title first), as an ISO 639-1
/// code, when whatlang is sure of it.
pub(crate) fn detect<'t>(fields: impl Iterator<Item = &'t str>) -> Option<&'static str> {
    let mut sample = String::with_capacity(SAMPLE_BYTES + 8);
    for text in fields {
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
        let mut end = text.len().min(SAMPLE_BYTES - sample.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        sample.push_str(&text[..end]);
        sample.push('\n');
    }
    let info = whatlang::detect(&sample)?;
    if !info.is_reliable() {
        return None;
    }
    iso639_1(info.lang())
}

/// The group of languages `code` is one with here (see the module's documentation).
fn group(code: &str) -> &str {
    match code {
        "hr" | "sr" | "bs" => "sh",
        "cs" | "sk" => "cs",
        "nb" | "nn" | "no" | "da" => "da",
        other => other,
    }
}

/// True when a text in `language` (an ISO 639-1 code) is in one of `languages`.
pub(crate) fn fits(languages: &[impl AsRef<str>], language: &str) -> bool {
    let language = group(language);
    languages.iter().any(|l| group(l.as_ref()) == language)
}

/// whatlang's languages that a built-in body's names may be given in, as ISO 639-1
/// codes; `None` for the others.
fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en",
        Deu => "de",
        Fra => "fr",
        Spa => "es",
        Ita => "it",
        Por => "pt",
        Nld => "nl",
        Pol => "pl",
        Ces => "cs",
        Slk => "sk",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Bul => "bg",
        Mkd => "mk",
        Rus => "ru",
        Ukr => "uk",
        Bel => "be",
        Ell => "el",
        Ron => "ro",
        Hun => "hu",
        Fin => "fi",
        Est => "et",
        Lav => "lv",
        Lit => "lt",
        Swe => "sv",
        Dan => "da",
        Nob => "nb",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Pes => "fa",
        Ind => "id",
        Vie => "vi",
        Hin => "hi",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_of_the_press_are_told_apart() {
        for (text, code) in [
            (
                "The central bank raised interest rates again on Tuesday, and economists \
                 expect inflation to slow down before the end of the year.",
                "en",
            ),
            (
                "Rząd przedstawił w czwartek nowy plan budżetu, który według ekonomistów \
                 nie wystarczy, aby zahamować wzrost cen w przyszłym roku.",
                "pl",
            ),
            (
                "Правительство в четверг представило новый план бюджета, который, по \
                 мнению экономистов, не остановит рост цен в следующем году.",
                "ru",
            ),
            (
                "Hükümet perşembe günü yeni bütçe planını açıkladı; ekonomistlere göre \
                 plan gelecek yıl fiyatların artışını durdurmaya yetmeyecek.",
                "tr",
            ),
        ] {
            assert_eq!(detect([text].into_iter()), Some(code), "{text}");
        }
        assert_eq!(detect(["OK"].into_iter()), None);
    }

    #[test]
    fn languages_written_alike_are_one() {
        assert!(fits(&["hr"], "sr"));
        assert!(fits(&["sr"], "bs"));
        assert!(fits(&["cs", "de"], "sk"));
        assert!(fits(&["nb"], "da"));
        assert!(!fits(&["pl"], "hu"));
        assert!(!fits(&["ru"], "uk"));
        assert!(!fits(&[] as &[&str], "en"));
    }
}
