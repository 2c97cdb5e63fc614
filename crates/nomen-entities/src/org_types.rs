//! Legal forms from rigour's `org_types.json` (MIT, © OpenSanctions Datenbanken GmbH),
//! as generated into `data/names/org-types.tsv` by `scripts/data/rigour.py`.
//!
//! Each line gives the folded tokens of a form as `parse_name` reads them (`sa`,
//! `sociedad anonima`, `ges m b h`), its canonical form (`sa`, `gmbh`) and rigour's
//! generic kind (`jsc`, `llc`, `lp`, ...). [`crate::name`] consults its own short list
//! first and this table after it, so the forms nomen already knew keep their canonical
//! keys, and rigour adds the rest (1,000 forms in dozens of languages).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::hash::FxBuild;

static TSV: &str = include_str!("../../../data/names/org-types.tsv");

/// One form: canonical key and rigour's kind (`-` for none).
type Form = (&'static str, &'static str);

struct Table {
    /// One-token forms.
    single: HashMap<&'static str, Form, FxBuild>,
    /// Forms of several tokens, by first token: (the other tokens written together,
    /// form). Compared written together so that `spol s r o` (as `parse_name` reads
    /// `spol. s r.o.`) is `spol s ro`.
    phrases: HashMap<&'static str, Vec<(String, Form)>, FxBuild>,
    /// Canonical key → kind.
    kinds: HashMap<&'static str, &'static str, FxBuild>,
    /// Lines that did not have three fields (0 for the committed file: a lint test).
    malformed: usize,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table {
            single: HashMap::default(),
            phrases: HashMap::default(),
            kinds: HashMap::default(),
            malformed: 0,
        };
        for line in TSV.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let mut fields = line.split('\t');
            let (Some(tokens), Some(canonical), Some(kind), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                t.malformed += 1;
                continue;
            };
            let form = (canonical, kind);
            t.kinds.entry(canonical).or_insert(kind);
            let mut words = tokens.split(' ');
            let first = words.next().unwrap_or_default();
            let rest: String = words.collect();
            if rest.is_empty() {
                t.single.insert(first, form);
            } else {
                t.phrases.entry(first).or_default().push((rest, form));
            }
        }
        t
    })
}

/// The canonical form of a one-token legal form (folded), if rigour lists it.
pub(crate) fn form(folded_token: &str) -> Option<&'static str> {
    table().single.get(folded_token).map(|f| f.0)
}

/// The longest legal form of several tokens at the start of `tokens` (folded), as
/// (number of tokens, canonical form).
pub(crate) fn phrase_at(tokens: &[&str]) -> Option<(usize, &'static str)> {
    let (first, rest) = tokens.split_first()?;
    let mut best: Option<(usize, &'static str)> = None;
    for (written, form) in table().phrases.get(first)? {
        // Take tokens while they spell a prefix of the rest of the form.
        let mut at = 0;
        for (k, t) in rest.iter().enumerate() {
            if !written[at..].starts_with(t) {
                break;
            }
            at += t.len();
            if at == written.len() {
                if best.is_none_or(|(len, _)| k + 2 > len) {
                    best = Some((k + 2, form.0));
                }
                break;
            }
        }
    }
    best
}

/// The class of a canonical form rigour knows, in nomen's terms: `stock` (rigour's
/// `jsc`), `limited` (`llc`), `partnership` (`lp`, `gp`, `llp`), rigour's kind for the
/// others (`sp`, `coop`, `soe`, `ngo`, ...), or the form itself when rigour gives none.
pub(crate) fn class(canonical: &str) -> Option<&'static str> {
    let (key, kind) = table().kinds.get_key_value(canonical)?;
    Some(match *kind {
        "jsc" => "stock",
        "llc" => "limited",
        "lp" | "gp" | "llp" => "partnership",
        "-" => key,
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Data lint: the committed table parses, says where it comes from, and has the
    /// forms a reader would look for.
    #[test]
    fn table_is_well_formed() {
        assert!(TSV.contains("rigour 2.6.1"));
        assert!(TSV.contains("Licence: MIT"));
        assert!(TSV.contains("OpenSanctions"));
        let t = table();
        assert_eq!(t.malformed, 0);
        let forms = t.single.len() + t.phrases.values().map(Vec::len).sum::<usize>();
        assert!((500..5000).contains(&forms), "{forms} forms");
        // One-token forms of two letters (`sa`, `ag`) are nomen's own list's.
        assert_eq!(form("sa"), None);
        assert_eq!(form("sro"), Some("sro"));
        assert_eq!(form("gmbh"), Some("gmbh"));
        assert_eq!(form("maduro"), None);
        assert_eq!(phrase_at(&["sociedad", "anonima", "x"]), Some((2, "sa")));
        assert_eq!(
            phrase_at(&["gesellschaft", "mit", "beschrankter", "haftung"]),
            Some((4, "gmbh"))
        );
        assert_eq!(phrase_at(&["sociedad"]), None);
        // Letters written apart or together are one form.
        assert_eq!(phrase_at(&["spol", "s", "ro"]), Some((3, "sro")));
        assert_eq!(phrase_at(&["spol", "s", "r", "o", "x"]), Some((4, "sro")));
        assert_eq!(phrase_at(&["spol", "s", "r"]), None);
        assert_eq!(class("sa"), Some("stock"));
        assert_eq!(class("sro"), Some("limited"));
        assert_eq!(class("gmbh"), Some("limited"));
        assert_eq!(class("nothing-like-it"), None);
    }

    #[test]
    fn name_words_are_not_forms() {
        // Two-letter words and initials stay names (`Li Na`, `Wang Yu`, `A. S.`).
        for t in ["na", "yu", "in", "et", "de", "the"] {
            assert_eq!(form(t), None, "{t}");
        }
        assert_eq!(phrase_at(&["a", "s"]), None);
    }
}
