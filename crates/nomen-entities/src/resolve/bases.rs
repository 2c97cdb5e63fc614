//! Base forms of inflected query words: `Макрона` (`makrona`) is compared as `makron`,
//! `Merkels` as `merkel`, `Москвы` (`moskvy`) as `moskva`.
//!
//! Each content word of a query is also tried without a case ending, on its folded
//! (romanised) form:
//!
//! * a word written in Cyrillic loses a Slavic case ending (Russian, Ukrainian,
//!   Bulgarian, Serbian declension as nomen-fold romanises it) and may get a nominative
//!   ending back where the base needs one (`moskv` + `a`, `german` + `iya`);
//! * a word written in Latin script loses a genitive `-s` or a Polish or Czech case
//!   ending, nothing put back (`Merkels`, `Macrona`, `Putinem`), leaving four letters
//!   or more.
//!
//! A base form is kept only when it is a known word (of the gazetteer or of rigour's
//! name tables), so a word nomen knows nothing about is never cut into one it does by
//! chance. Each variant of the query is scored like the query, times
//! [`BASE_FORM_FACTOR`]: the form as typed, when it matches as well, wins.

use crate::name::NameParts;

/// Factor on the score of a query read with a base form.
pub(super) const BASE_FORM_FACTOR: f64 = 0.97;
/// At most this many variants of one query.
const MAX_VARIANTS: usize = 4;
/// Shortest stem left after cutting a Cyrillic ending (before a nominative ending).
const MIN_STEM: usize = 3;
/// Shortest base left after cutting a Latin-script ending.
const MIN_LATIN_BASE: usize = 4;

/// Slavic case endings of folded Cyrillic words, longest first.
const SLAVIC: &[&str] = &[
    "yami", "akh", "yakh", "ykh", "ikh", "ogo", "ego", "omu", "emu", "ami", "iyu", "oyu", "om",
    "em", "ym", "im", "oy", "ey", "yu", "ya", "ov", "ev", "ie", "a", "u", "e", "y", "i",
];
/// Nominative endings put back on a Cyrillic stem (`moskv` + `a`, `german` + `iya`).
const NOMINATIVES: &[&str] = &["", "a", "ya", "iya", "o", "y", "yy", "iy", "ye"];
/// Endings of Latin-script words: the genitive `-s`, Polish and Czech case endings.
const LATIN: &[&str] = &["owi", "em", "om", "ie", "s", "a", "u", "e"];

/// The variants of `query` with inflected words read as their base forms, each with a
/// note saying which word was read how. `known` tells whether a folded word is known.
/// A known word may be inflected too (`Путина` is also a woman's surname in rigour's
/// tables, `dome` a word of some place's name): it keeps its own form in the first
/// variant, and its base forms in the others.
pub(super) fn variants(
    query: &NameParts,
    known: &dyn Fn(&str) -> bool,
) -> Vec<(NameParts, String)> {
    // For each content word with base forms: the forms to try, first the one for
    // the first variant.
    let mut choices: Vec<(usize, Vec<String>)> = Vec::new();
    for (i, p) in query.parts.iter().enumerate() {
        if !p.is_content() || p.is_initial || p.ideographic {
            continue;
        }
        let mut forms = base_forms(&p.folded, is_cyrillic(&p.exact), known);
        if forms.is_empty() {
            continue;
        }
        if known(&p.folded) {
            forms.insert(0, p.folded.clone());
        }
        choices.push((i, forms));
    }
    let first: Vec<(usize, &str)> = choices.iter().map(|(i, f)| (*i, f[0].as_str())).collect();
    let mut out = Vec::new();
    if first.iter().any(|&(i, f)| query.parts[i].folded != f) {
        out.push(apply(query, &first));
    }
    for (k, (_, forms)) in choices.iter().enumerate() {
        for f in forms.iter().skip(1) {
            if out.len() >= MAX_VARIANTS {
                return out;
            }
            let mut pick = first.clone();
            pick[k].1 = f;
            out.push(apply(query, &pick));
        }
    }
    out
}

/// True when `exact` (a part as typed, case-folded) is written in Cyrillic.
fn is_cyrillic(exact: &str) -> bool {
    exact.chars().any(|c| matches!(c, '\u{0400}'..='\u{052F}'))
}

/// The known base forms of the folded word `word` (Cyrillic or Latin rules, see the
/// module documentation), longest ending cut first.
pub(super) fn base_forms(word: &str, cyrillic: bool, known: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if !word.is_ascii() {
        return out;
    }
    let (endings, nominatives, min) = if cyrillic {
        (SLAVIC, NOMINATIVES, MIN_STEM)
    } else {
        (LATIN, &[""][..], MIN_LATIN_BASE)
    };
    for ending in endings {
        let Some(stem) = word.strip_suffix(ending) else {
            continue;
        };
        if stem.len() < min {
            continue;
        }
        for nominative in nominatives {
            let base = format!("{stem}{nominative}");
            if base != word && !out.contains(&base) && known(&base) {
                out.push(base);
            }
        }
        if out.len() >= 3 {
            break;
        }
    }
    out
}

/// `query` with the parts at the given indexes read as the given forms, and a note
/// naming the base forms used.
fn apply(query: &NameParts, picks: &[(usize, &str)]) -> (NameParts, String) {
    let mut q = query.clone();
    let mut notes = Vec::new();
    for &(i, form) in picks {
        let p = &mut q.parts[i];
        if p.folded != form {
            notes.push(format!("{form:?} as the base form of {:?}", p.folded));
            p.folded = form.to_string();
            p.exact = form.to_string();
        }
    }
    (q, notes.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::name::parse_name;

    fn known(w: &str) -> bool {
        [
            "makron",
            "macron",
            "moskva",
            "germaniya",
            "merkel",
            "putin",
            "shtaty",
            "soedinennye",
            "ameriki",
            "amerika",
            "francia",
        ]
        .contains(&w)
    }

    #[test]
    fn endings_are_cut_only_to_known_words() {
        assert_eq!(base_forms("makrona", true, &known), ["makron"]);
        assert_eq!(base_forms("moskvy", true, &known), ["moskva"]);
        assert_eq!(base_forms("germanii", true, &known), ["germaniya"]);
        assert_eq!(base_forms("putinym", true, &known), ["putin"]);
        assert_eq!(base_forms("merkels", false, &known), ["merkel"]);
        assert_eq!(base_forms("macrona", false, &known), ["macron"]);
        // Latin script: nothing put back (`Francis` is no `Francia`).
        assert!(base_forms("francis", false, &known).is_empty());
        assert!(base_forms("okonkwo", true, &known).is_empty());
        assert!(base_forms("мадуро", true, &known).is_empty());
    }

    #[test]
    fn known_words_keep_their_form_first() {
        let v = variants(&parse_name("Соединённых Штатов Америки"), &known);
        let words: Vec<Vec<&str>> = v
            .iter()
            .map(|(q, _)| q.content().map(|p| p.folded.as_str()).collect())
            .collect();
        assert_eq!(words[0], ["soedinennye", "shtaty", "ameriki"]);
        assert_eq!(words[1], ["soedinennye", "shtaty", "amerika"]);
        assert!(variants(&parse_name("Putin"), &known).is_empty());
    }
}
