//! Names by language: an entity's field `by_language`, which gives each language's
//! names of it as the press of that language writes them.
//!
//! ```text
//! {"id": "world-health-organization", "name": "World Health Organization",
//!  "kind": "organization",
//!  "by_language": {"en": ["World Health Organization", "WHO"],
//!                  "ru": ["Всемирная организация здравоохранения", "ВОЗ"]}}
//! ```
//!
//! The built-in organisations (`data/organizations/organizations.jsonl`) are written
//! so, one language at a time, so that a reviewer can check one language; loading
//! them adds every name of the field to the entity's aliases (`expand_aliases`).
//! The field stays in the entity (and with it when a user's entity merges with it):
//! the linker reads it to link an acronym only in a text of a language whose press
//! writes it (`languages_of`); `nomen entities show` lists the names by language.
//! `build.rs` expands the field the same way for its table of the built-in names.

use crate::gazetteer::Entity;

/// The name of the field.
pub const FIELD: &str = "by_language";

/// Adds every name of `entity`'s `by_language` field to its aliases, languages in
/// the order of their codes, each name once and not the canonical name; an entity
/// without the field is left alone. An error says what is wrong with the field (its
/// value must be an object of lists of strings, keyed by language codes of two or
/// three lowercase letters, with a region or script after a hyphen: `sr-Latn`).
pub(crate) fn expand_aliases(entity: &mut Entity) -> Result<(), String> {
    let Some(value) = entity.extra.get(FIELD) else {
        return Ok(());
    };
    let serde_json::Value::Object(languages) = value else {
        return Err(format!(
            "field \"{FIELD}\": expected an object of languages"
        ));
    };
    let mut codes: Vec<&String> = languages.keys().collect();
    codes.sort();
    let mut added: Vec<String> = Vec::new();
    for code in codes {
        if !valid_code(code) {
            return Err(format!(
                "field \"{FIELD}\": {code:?} is not a language code (`de`, `sr-Latn`)"
            ));
        }
        let serde_json::Value::Array(names) = &languages[code.as_str()] else {
            return Err(format!(
                "field \"{FIELD}\": the names of {code:?} must be a list of strings"
            ));
        };
        for name in names {
            let Some(name) = name.as_str() else {
                return Err(format!(
                    "field \"{FIELD}\": the names of {code:?} must be a list of strings"
                ));
            };
            if name.trim().is_empty() {
                return Err(format!("field \"{FIELD}\": an empty name in {code:?}"));
            }
            if name != entity.name
                && !entity.aliases.iter().any(|a| a == name)
                && !added.iter().any(|a| a == name)
            {
                added.push(name.to_string());
            }
        }
    }
    entity.aliases.extend(added);
    Ok(())
}

/// True for a language code: two or three lowercase ASCII letters, then optionally a
/// hyphen and a region or script of letters (`sr-Latn`, `pt-BR`).
fn valid_code(code: &str) -> bool {
    let (lang, rest) = match code.split_once('-') {
        Some((lang, rest)) => (lang, Some(rest)),
        None => (code, None),
    };
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && rest.is_none_or(|r| {
            (2..=4).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_alphabetic())
        })
}

/// A name reduced to its letters and digits, folded: how two spellings of one
/// acronym compare (`U.N.`, `UN`; `NATO`, `Nato`).
fn acronym_form(name: &str) -> String {
    nomen_fold::fold(name)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The languages (their codes without region or script: `sr` for `sr-Latn`) whose
/// names of `entity` in its `by_language` field are written as `name` is, up to case
/// and dots (`OMS`: `es`, `fr`, `pt`, ...); empty when the entity has no such field or
/// no language gives the name.
pub(crate) fn languages_of<'e>(entity: &'e Entity, name: &str) -> Vec<&'e str> {
    let Some(serde_json::Value::Object(languages)) = entity.extra.get(FIELD) else {
        return Vec::new();
    };
    let form = acronym_form(name);
    if form.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<&str> = Vec::new();
    for (code, names) in languages {
        let Some(names) = names.as_array() else {
            continue;
        };
        let has = names
            .iter()
            .filter_map(|n| n.as_str())
            .any(|n| acronym_form(n) == form);
        let lang = code.split('-').next().unwrap_or(code);
        if has && !out.contains(&lang) {
            out.push(lang);
        }
    }
    out
}

/// The languages (codes without region or script) in which `entity`'s `by_language`
/// field gives an acronym ([`is_acronym`]) but none written as `name` is, up to case
/// and dots: the press of those languages writes another acronym for the body (`OEA`
/// for the Organization of American States in French and Spanish, where `OAS` is
/// something else), so `name` alone there is not the body. A language that also gives
/// `name` in another script (`sr`: `УН` and `UN`) is not one of them. Empty when the
/// entity has no such field.
pub(crate) fn other_acronym_languages<'e>(entity: &'e Entity, name: &str) -> Vec<&'e str> {
    let Some(serde_json::Value::Object(languages)) = entity.extra.get(FIELD) else {
        return Vec::new();
    };
    let form = acronym_form(name);
    let mut other: Vec<&str> = Vec::new();
    let mut same: Vec<&str> = Vec::new();
    for (code, names) in languages {
        let lang = code.split('-').next().unwrap_or(code);
        for n in names
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|n| n.as_str())
        {
            if !is_acronym(n) {
                continue;
            }
            let list = if acronym_form(n) == form {
                &mut same
            } else {
                &mut other
            };
            if !list.contains(&lang) {
                list.push(lang);
            }
        }
    }
    other.retain(|l| !same.contains(l));
    other
}

/// True for a name written as an acronym: one word (dots and hyphens allowed) of at
/// least two capitals that are most of its letters (`NATO`, `U.N.`, `BoE`, `ΕΤΕπ`;
/// not `Nato`, `Frontex`, `G7`). The rule of `scripts/data/organizations.py`, which
/// reads the file's acronyms so.
fn is_acronym(name: &str) -> bool {
    if name.chars().any(char::is_whitespace) {
        return false;
    }
    let (mut letters, mut upper) = (0usize, 0usize);
    for c in name.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    upper >= 2 && upper * 2 > letters
}

/// The names of `entity` by language, as its `by_language` field gives them (codes in
/// order); empty without the field.
pub fn names_by_language(entity: &Entity) -> Vec<(&str, Vec<&str>)> {
    let Some(serde_json::Value::Object(languages)) = entity.extra.get(FIELD) else {
        return Vec::new();
    };
    let mut out: Vec<(&str, Vec<&str>)> = languages
        .iter()
        .map(|(code, names)| {
            let names = names
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|n| n.as_str())
                .collect();
            (code.as_str(), names)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(b.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Kind;

    fn entity(by_language: serde_json::Value) -> Entity {
        let mut extra = serde_json::Map::new();
        extra.insert(FIELD.to_string(), by_language);
        Entity {
            id: "who".into(),
            name: "World Health Organization".into(),
            kind: Kind::Organization,
            aliases: vec!["WHO".into()],
            extra,
        }
    }

    #[test]
    fn names_become_aliases_once_in_code_order() {
        let mut e = entity(serde_json::json!({
            "ru": ["Всемирная организация здравоохранения", "ВОЗ"],
            "de": ["Weltgesundheitsorganisation", "WHO"],
            "en": ["World Health Organization", "WHO"],
            "sr-Latn": ["Svetska zdravstvena organizacija", "SZO"],
        }));
        expand_aliases(&mut e).unwrap();
        assert_eq!(
            e.aliases,
            [
                "WHO",
                "Weltgesundheitsorganisation",
                "Всемирная организация здравоохранения",
                "ВОЗ",
                "Svetska zdravstvena organizacija",
                "SZO"
            ]
        );
        assert_eq!(
            names_by_language(&e)[0],
            ("de", vec!["Weltgesundheitsorganisation", "WHO"])
        );
    }

    #[test]
    fn a_malformed_field_is_an_error_naming_it() {
        for (value, says) in [
            (serde_json::json!(["WHO"]), "expected an object"),
            (serde_json::json!({"de": "WHO"}), "list of strings"),
            (serde_json::json!({"de": [5]}), "list of strings"),
            (
                serde_json::json!({"German": ["WHO"]}),
                "not a language code",
            ),
            (serde_json::json!({"de": [" "]}), "an empty name"),
        ] {
            let err = expand_aliases(&mut entity(value)).unwrap_err();
            assert!(err.contains("by_language") && err.contains(says), "{err}");
        }
        let mut plain = entity(serde_json::json!({}));
        plain.extra.clear();
        assert!(expand_aliases(&mut plain).is_ok());
        assert_eq!(plain.aliases, ["WHO"]);
    }

    #[test]
    fn languages_of_a_name_compare_letters_up_to_case_and_dots() {
        let e = entity(serde_json::json!({
            "en": ["NATO"],
            "de": ["Nato"],
            "fr": ["OTAN"],
            "es": ["OTAN"],
            "sr-Latn": ["NATO"],
        }));
        let mut nato = languages_of(&e, "N.A.T.O.");
        nato.sort();
        assert_eq!(nato, ["de", "en", "sr"]);
        assert_eq!(languages_of(&e, "otan"), ["es", "fr"]);
        assert!(languages_of(&e, "UN").is_empty());
        assert!(languages_of(&e, "...").is_empty());
    }

    #[test]
    fn other_acronym_languages_write_another_acronym_and_not_this_one() {
        let e = entity(serde_json::json!({
            "en": ["Organization of American States", "OAS"],
            "de": ["Organisation Amerikanischer Staaten", "OAS"],
            "fr": ["Organisation des États américains", "OEA"],
            "es": ["Organización de los Estados Americanos", "OEA"],
            "pl": ["Organizacja Państw Amerykańskich"],
            "sr": ["Организација америчких држава", "ОАД"],
            "sr-Latn": ["Organizacija američkih država", "OAS"],
        }));
        let mut against = other_acronym_languages(&e, "O.A.S.");
        against.sort();
        // Not `pl` (no acronym), nor `sr` (which writes `OAS` in Latin script).
        assert_eq!(against, ["es", "fr"]);
        let mut against = other_acronym_languages(&e, "OEA");
        against.sort();
        assert_eq!(against, ["de", "en", "sr"]);
        let mut plain = e.clone();
        plain.extra.clear();
        assert!(other_acronym_languages(&plain, "OAS").is_empty());
    }

    #[test]
    fn acronyms_are_words_mostly_in_capitals() {
        for yes in ["NATO", "U.N.", "BoE", "ΕΤΕπ", "ВОЗ", "EØSU"] {
            assert!(is_acronym(yes), "{yes}");
        }
        for no in ["Nato", "Frontex", "G7", "UN Women", "УНП ООН", "A"] {
            assert!(!is_acronym(no), "{no}");
        }
    }
}
