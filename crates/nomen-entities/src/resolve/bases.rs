//! Base forms of inflected query words: `Макрона` (`makrona`) is compared as `makron`,
//! `Merkels` as `merkel`, `Москвы` (`moskvy`) as `moskva`.
//!
//! The endings are [`crate::inflect`]'s (the case endings of names per script, the
//! same the linker reads text with); this module decides which base forms a query
//! tries: only those that are known words (of the gazetteer, or name parts of
//! rigour's tables), so a word nomen knows nothing about is never cut into one it
//! knows by chance, and never a plural (a family is not one entity). Each variant of
//! the query is scored like the query, times [`BASE_FORM_FACTOR`]: the form as typed,
//! when it matches as well, wins.

use crate::inflect::{self, EndingKind, Script};
use crate::name::NameParts;

/// Factor on the score of a query read with a base form.
pub(super) const BASE_FORM_FACTOR: f64 = 0.97;
/// At most this many variants of one query.
const MAX_VARIANTS: usize = 4;
/// At most this many base forms of one word.
const MAX_BASES: usize = 3;

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
        let Some(script) = Script::of(&p.original) else {
            continue;
        };
        let mut forms = base_forms(&p.folded, script, known);
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

/// The known base forms of the folded word `word` written in `script` (see
/// [`inflect::base_forms`]), longest stem first, plurals left out.
pub(super) fn base_forms(word: &str, script: Script, known: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in inflect::base_forms(word, script) {
        if f.ending.kind == EndingKind::Plural || out.contains(&f.base) || !known(&f.base) {
            continue;
        }
        out.push(f.base);
        if out.len() >= MAX_BASES {
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
        assert_eq!(base_forms("makrona", Script::Cyrillic, &known), ["makron"]);
        assert_eq!(base_forms("moskvy", Script::Cyrillic, &known), ["moskva"]);
        assert_eq!(
            base_forms("germanii", Script::Cyrillic, &known),
            ["germaniya"]
        );
        assert_eq!(base_forms("putinu", Script::Cyrillic, &known), ["putin"]);
        assert_eq!(base_forms("merkels", Script::Latin, &known), ["merkel"]);
        assert_eq!(base_forms("macrona", Script::Latin, &known), ["macron"]);
        // Nothing put back on a Latin word (`Francis` is no `Francia`), no plural.
        assert!(base_forms("francis", Script::Latin, &known).is_empty());
        assert!(base_forms("makrony", Script::Cyrillic, &known).is_empty());
        assert!(base_forms("okonkwo", Script::Cyrillic, &known).is_empty());
    }

    #[test]
    fn known_words_keep_their_form_first() {
        // `putina` is a known word too (a woman's surname): the query as typed is not
        // a variant, the base form is.
        let known = |w: &str| ["putina", "putin", "moskva"].contains(&w);
        let v = variants(&parse_name("Путина"), &known);
        let words: Vec<Vec<&str>> = v
            .iter()
            .map(|(q, _)| q.content().map(|p| p.folded.as_str()).collect())
            .collect();
        assert_eq!(words, [["putin"]]);
        let v = variants(&parse_name("Москвы Путина"), &known);
        assert_eq!(
            v[0].0
                .content()
                .map(|p| p.folded.as_str())
                .collect::<Vec<_>>(),
            ["moskva", "putina"]
        );
        assert!(variants(&parse_name("Putin"), &known).is_empty());
    }
}
