//! The language of a text, for names that only some languages' press writes: an
//! acronym an entity's `by_language` field ([`crate::by_language`]) gives for some
//! languages (`ВОЗ` in Russian, `OMS` in French, Spanish, Portuguese, Italian and
//! Romanian, `MTK` in Polish) links on its own only in a text of one of them
//! ([`super::Rule::LanguageAcronym`]): the same letters are another body, a word or
//! nothing elsewhere (`CPI`, the International Criminal Court in Spanish, is consumer
//! prices in English; `MTK` a Budapest football club in Hungarian). The acronym a
//! user gives their own entity, merged with a built-in body, is not bound so: it
//! links on its own except in a text of a language whose press writes another
//! acronym of the body and not the user's (a user's `OAS` in French, whose press
//! writes `OEA`).
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

/// True when a text told to be in `told` (an ISO 639-1 code) may be in `language`:
/// the same group, or close languages a short text's guess confuses (Russian,
/// Ukrainian and Belarusian; Bulgarian, Macedonian and the Serbo-Croatian group with
/// Slovene; Turkish and Azerbaijani; Danish, Norwegian and Swedish).
pub(crate) fn close(told: &str, language: &str) -> bool {
    fn family(code: &str) -> &str {
        match group(code) {
            "ru" | "uk" | "be" => "east-slavic",
            "bg" | "mk" | "sh" | "sl" => "south-slavic",
            "tr" | "az" => "turkic",
            "da" | "sv" => "scandinavian",
            other => other,
        }
    }
    family(told) == family(language)
}

/// True when a text in `language` (an ISO 639-1 code) is in one of `languages`.
pub(crate) fn fits(languages: &[impl AsRef<str>], language: &str) -> bool {
    let language = group(language);
    languages.iter().any(|l| group(l.as_ref()) == language)
}

/// whatlang's ISO 639-3 languages as ISO 639-1 codes (`None` for one without): the
/// index's language detection and the linker's read the same codes.
pub fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        Cym => "cy",
        #[allow(unreachable_patterns)]
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
