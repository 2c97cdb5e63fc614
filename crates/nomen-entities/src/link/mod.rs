//! Mention linking: find the gazetteer entities a document names, however it spells them.
//!
//! A [`Linker`] is built once per [`Gazetteer`]. It folds every name and alias with
//! `nomen-fold` into a sequence of folded tokens and stores the sequences in a token
//! trie (the *dictionary*), together with keys derived from each person's name
//! structure ([`crate::name`]): surname-first orders (`Maduro Moros, Nicolás`), given
//! name + first surname (`Edmundo González`), both surnames (`González Urrutia`), the
//! surname alone, and acronyms of organisation names (`CNE`).
//!
//! [`Linker::link_document`] folds the title and the body once, walks their tokens
//! through the trie (matches are whole token sequences, so `Madurodam` never contains
//! `Maduro`), and then decides every candidate with evidence from the original text:
//!
//! 1. **Full names** (a name or alias, a reordered name, a surname with compatible
//!    initials such as `N. Maduro`) link on their own. Single-token names must be
//!    capitalised (`un mango maduro` is ripe fruit); lowercase multi-token names link
//!    only for people (`nicolas maduro`), never for places or bodies (`la paz`).
//! 2. **Short forms** (a surname alone, given name + surname subset, both surnames)
//!    link to an entity named in full in the same document (title and body together:
//!    in-document coreference), or, when nobody in the document fits, to the only
//!    entity in the gazetteer with that key, if capitalised. Two entities in context
//!    that share the short form leave it unlinked.
//! 3. **Acronyms** link when written in capitals and confirmed: the entity is named in
//!    full, the document defines it (`Consejo Nacional Electoral (CNE)`), or (for an
//!    acronym listed as an alias) no other entity has it.
//!
//! A capitalised word right before a surname that contradicts the entity's given
//! names (`Felipe González`, `Daniel C. Erickson`) or a capitalised word right after a
//! name that the name does not contain (`Maduro Guerra`, `Washington Post`) blocks the
//! link: the text names someone or something else. Honorifics and roles in front
//! (`el presidente Maduro`, `Sr. González`) never block and count as evidence.
//!
//! Every mention carries byte offsets into the original text and the [`Rule`] that
//! linked it.
//!
//! # Example
//!
//! ```
//! use std::sync::Arc;
//! use nomen_entities::{Gazetteer, Linker, Rule};
//!
//! let linker = Linker::new(Arc::new(Gazetteer::builtin()));
//! let text = "MADURO MOROS, Nicolás habló. Luego Maduro se fue a comer un mango maduro.";
//! let links = linker.link_text(text);
//! let found: Vec<(&str, &str, Rule)> = links
//!     .mentions
//!     .iter()
//!     .map(|m| (&text[m.start..m.end], m.entity.as_str(), m.rule))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [
//!         ("MADURO MOROS, Nicolás", "nicolas-maduro", Rule::Reordered),
//!         ("Maduro", "nicolas-maduro", Rule::SurnameCoref),
//!     ]
//! );
//! assert_eq!(links.entities, ["nicolas-maduro"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod dict;
mod doc;

use std::sync::Arc;

use nomen_fold::Folder;
use serde::Serialize;

use crate::Gazetteer;

pub use dict::DictionaryStats;

/// Which field of a document a mention is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// The title (the `title` argument of [`Linker::link_document`]).
    Title,
    /// The body.
    Body,
}

/// Why a mention was linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Rule {
    /// The mention is the entity's canonical name, up to case.
    Exact,
    /// The mention is the canonical name after folding (accents, punctuation).
    Folded,
    /// The mention is one of the entity's aliases.
    Alias,
    /// The name parts in another order: surname first, comma inversion.
    Reordered,
    /// A surname with initials compatible with the given names (`N. Maduro`).
    Initials,
    /// A surname (or short form) of an entity named in full in the same document.
    SurnameCoref,
    /// A short form of the name (surname alone, given name + first surname, both
    /// surnames) that only this entity has in the gazetteer.
    ShortForm,
    /// An acronym: listed as an alias, derived from the name and confirmed by the
    /// document, or defined in the text (`Long Name (ACR)`).
    Acronym,
    /// The mention is written in another script than the name it matched.
    Transliterated,
}

impl Rule {
    /// The kebab-case name used in JSON (`exact`, `surname-coref`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Exact => "exact",
            Rule::Folded => "folded",
            Rule::Alias => "alias",
            Rule::Reordered => "reordered",
            Rule::Initials => "initials",
            Rule::SurnameCoref => "surname-coref",
            Rule::ShortForm => "short-form",
            Rule::Acronym => "acronym",
            Rule::Transliterated => "transliterated",
        }
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One linked mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The field the mention is in.
    pub field: Field,
    /// Start byte offset in the ORIGINAL text of the field (a char boundary).
    pub start: usize,
    /// End byte offset (exclusive) in the original text of the field.
    pub end: usize,
    /// The mention as written (`text[start..end]`).
    pub text: String,
    /// The entity's id.
    pub entity: String,
    /// The entity's canonical name.
    pub name: String,
    /// Why it linked.
    pub rule: Rule,
}

/// The result of linking one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DocumentLinks {
    /// The mentions, title first, then by position.
    pub mentions: Vec<Mention>,
    /// The ids of the entities mentioned, sorted and unique.
    pub entities: Vec<String>,
}

/// Links mentions of a gazetteer's entities in documents.
///
/// Building one folds and indexes every name of the gazetteer (a few milliseconds for
/// the built-in one); share it (it is `Send + Sync`) rather than rebuilding it.
#[derive(Debug)]
pub struct Linker {
    gazetteer: Arc<Gazetteer>,
    dict: dict::Dictionary,
    folder: Folder,
}

impl Linker {
    /// A linker for `gazetteer`, with the default folding (transliteration on).
    pub fn new(gazetteer: Arc<Gazetteer>) -> Linker {
        let folder = Folder::new();
        let dict = dict::Dictionary::build(&gazetteer, &folder);
        Linker {
            gazetteer,
            dict,
            folder,
        }
    }

    /// The gazetteer this linker was built from.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Sizes of the built dictionary (distinct tokens, trie nodes, keys).
    pub fn stats(&self) -> DictionaryStats {
        self.dict.stats()
    }

    /// Links one document. Title and body are linked together: a surname in the body
    /// links to the person the title names in full, and the other way round. Offsets
    /// of title mentions refer to `title`, those of body mentions to `body`.
    pub fn link_document(&self, title: &str, body: &str) -> DocumentLinks {
        doc::link(self, &[(Field::Title, title), (Field::Body, body)])
    }

    /// Links a text with no title: `link_document("", text)`.
    pub fn link_text(&self, text: &str) -> DocumentLinks {
        doc::link(self, &[(Field::Body, text)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linker() -> Linker {
        Linker::new(Arc::new(Gazetteer::builtin()))
    }

    /// (mention text, entity, rule) of every mention of `text`.
    fn links(linker: &Linker, text: &str) -> Vec<(String, String, Rule)> {
        let out = linker.link_text(text);
        for m in &out.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
        out.mentions
            .into_iter()
            .map(|m| (m.text, m.entity, m.rule))
            .collect()
    }

    #[test]
    fn full_names_in_any_case_and_accent() {
        let l = linker();
        for text in [
            "Nicolas Maduro",
            "NICOLÁS MADURO",
            "nicolas maduro",
            "Nicolás Maduro",
        ] {
            let got = links(&l, text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].1, "nicolas-maduro", "{text}");
        }
    }
}
