//! Guards on acronyms: when the text says that an acronym stands for something other
//! than the gazetteer's body with those letters.
//!
//! [`names_another_body`] compares the words a document defines an acronym with
//! (`National Safety Council (NSC)`) with the names of the entity the gazetteer gives
//! the same letters (the National Security Council): a name of the entity in the same
//! language as the definition, word for word, that differs in a content word is
//! another body's name, and the acronym is that other body's throughout the document.
//!
//! [`spelled_in_lowercase`] finds a term the text spells out in common words, letter by
//! letter, without brackets (`the 200-day EMA ... the exponential moving average`): an
//! acronym the document explains as lowercase words that are no words of the body's
//! names is that term's, not the body's.

/// True when the definition's words (folded, in text order) name another body than
/// the entity whose names are `names` (each folded, split into words): compared by
/// their content words (four letters or more, in order: connectors and articles
/// differ between languages and forms, `del`/`de la`), no name is the definition
/// itself (word for word, up to forms of a word), and some name of as many content
/// words has at least as many words the same as the definition's (written alike: the
/// two are in one language, not cognates of two, `banca centrale europea`) as words
/// that differ from them, and one at least, where neither word is a form of the other
/// ([`other_word`]: `safety` and `security`, `salud` and `sueño`; not `rady` and
/// `rada`, `organisation` and `organization`).
///
/// A definition in a language none of the entity's names is written in agrees with
/// none of them word for word and is left to the caller's other tests.
pub(crate) fn names_another_body(definition: &[&str], names: &[Vec<String>]) -> bool {
    let def: Vec<&str> = definition.iter().copied().filter(|w| content(w)).collect();
    let candidates: Vec<Vec<&str>> = names
        .iter()
        .map(|n| {
            n.iter()
                .map(String::as_str)
                .filter(|w| content(w))
                .collect()
        })
        .filter(|n: &Vec<&str>| n.len() == def.len() && !def.is_empty())
        .collect();
    if candidates
        .iter()
        .any(|n| n.iter().zip(&def).all(|(a, b)| !other_word(a, b)))
    {
        return false;
    }
    candidates.iter().any(|name| {
        let pairs = || name.iter().zip(&def);
        let same = pairs().filter(|(a, b)| a == b).count();
        let other = pairs().filter(|(a, b)| other_word(a, b)).count();
        other > 0 && same >= other
    })
}

/// True when `words` (the document's words, folded, each with whether it is written in
/// lowercase, in text order; `None` between sentences) hold a run of as many
/// lowercase words as the acronym `acr` (folded) has letters, of four letters or more
/// each, whose first letters spell it, and none of which starts as a word of the
/// body's names does (`own`: the first four letters of each): a term the text
/// spells out (`exponential moving average` for `EMA`). Acronyms of two letters or
/// fewer are too short to tell a spelling from chance.
pub(crate) fn spelled_in_lowercase(
    acr: &str,
    words: &[Option<(&str, bool)>],
    own: &std::collections::HashSet<String>,
) -> bool {
    let letters: Vec<char> = acr.chars().collect();
    let n = letters.len();
    if n < 3 || !letters.iter().all(|c| c.is_alphabetic()) {
        return false;
    }
    words.windows(n).any(|run| {
        run.iter().zip(&letters).all(|(w, &l)| {
            w.is_some_and(|(word, lower)| {
                lower
                    && word.chars().count() >= 4
                    && word.starts_with(l)
                    && !own.contains(&word.chars().take(4).collect::<String>())
            })
        })
    })
}

/// True for a word of four letters or more: a content word, not a connector.
fn content(word: &str) -> bool {
    word.chars().count() >= 4
}

/// True when `a` and `b` are not forms of one word: their common start is shorter
/// than three letters and than half the shorter of the two.
fn other_word(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common < 3 && 2 * common < shorter
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<Vec<String>> {
        list.iter()
            .map(|n| n.split_whitespace().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn a_definition_differing_in_a_content_word_names_another_body() {
        let nsc = names(&["national security council", "nsc"]);
        assert!(names_another_body(&["national", "safety", "council"], &nsc));
        assert!(!names_another_body(
            &["national", "security", "council"],
            &nsc
        ));
    }

    #[test]
    fn spellings_and_case_forms_of_one_word_are_the_same_name() {
        let who = names(&["world health organization"]);
        assert!(!names_another_body(
            &["world", "health", "organisation"],
            &who
        ));
        let oms = names(&["organizacion mundial de la salud"]);
        assert!(!names_another_body(
            &["organizacion", "mundial", "de", "la", "salud"],
            &oms
        ));
        assert!(names_another_body(
            &["organizacion", "mundial", "del", "sueno"],
            &oms
        ));
        let iwf = names(&["internationaler wahrungsfonds"]);
        assert!(names_another_body(
            &["internationaler", "wanderfonds"],
            &iwf
        ));
        // More words differ than agree: too little to say one language.
        let nsc = names(&["national security council"]);
        assert!(!names_another_body(&["national", "sports", "club"], &nsc));
        let rbn = names(&["rada bezpieczenstwa narodowego"]);
        assert!(!names_another_body(
            &["rady", "bezpieczenstwa", "narodowego"],
            &rbn
        ));
    }

    #[test]
    fn a_definition_in_another_language_or_length_says_nothing() {
        let ecb = names(&["european central bank"]);
        assert!(!names_another_body(&["europaische", "zentralbank"], &ecb));
        assert!(!names_another_body(&["banca", "centrale", "europea"], &ecb));
    }

    fn stems(name: &str) -> std::collections::HashSet<String> {
        name.split_whitespace()
            .filter(|w| w.chars().count() >= 4)
            .map(|w| w.chars().take(4).collect())
            .collect()
    }

    fn words(text: &str) -> Vec<Option<(&str, bool)>> {
        text.split_whitespace()
            .map(|w| (w != "|").then(|| (w, w.chars().all(|c| !c.is_uppercase()))))
            .collect()
    }

    #[test]
    fn a_term_spelled_out_in_lowercase_is_not_the_body() {
        let ema = stems("european medicines agency");
        let text = words("analysts said the exponential moving average is watched");
        assert!(spelled_in_lowercase("ema", &text, &ema));
        // The body's own words spell the body.
        let text = words("the european medicines agency said");
        assert!(!spelled_in_lowercase("ema", &text, &ema));
        // Capitalised words are a name, not a term; a sentence's end breaks a run.
        let text = words("the Exponential Moving Average");
        assert!(!spelled_in_lowercase("ema", &text, &ema));
        let text = words("exponential moving | average");
        assert!(!spelled_in_lowercase("ema", &text, &ema));
    }

    #[test]
    fn short_words_and_short_acronyms_spell_nothing() {
        let own = stems("united nations");
        assert!(!spelled_in_lowercase("un", &words("unique nights"), &own));
        let fp = stems("foro penal");
        assert!(!spelled_in_lowercase("ema", &words("each man and"), &fp));
    }

    #[test]
    fn connectors_alone_do_not_make_another_name() {
        let isis = names(&["islamic state of iraq and syria"]);
        assert!(!names_another_body(
            &["islamic", "state", "in", "iraq", "and", "syria"],
            &isis
        ));
    }
}
