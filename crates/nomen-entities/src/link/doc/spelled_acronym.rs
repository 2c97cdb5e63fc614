//! An acronym the document spells out as a term in common words (`the 200-day EMA
//! ... the exponential moving average`): the term's, not a body's with those letters
//! ([`acronym_guard::spelled_in_lowercase`] says what counts as spelling it out).

use super::{Cand, Case, Doc};
use crate::link::acronym_guard;

impl Doc<'_> {
    /// True when the one-word span is an acronym that the document spells out in
    /// lowercase words that are no words of `entity`'s names
    /// ([`acronym_guard::spelled_in_lowercase`], over the words of every field, a
    /// run broken wherever anything but spaces comes between two words).
    pub(super) fn acronym_spelled_out(&self, c: &Cand, entity: u32) -> bool {
        if c.end - c.start != 1 {
            return false;
        }
        let acr: String = self
            .tok_text(c.field, c.start)
            .chars()
            .filter(|ch| ch.is_alphanumeric())
            .collect();
        if acr.chars().count() < 3 {
            return false;
        }
        let mut words: Vec<Option<(&str, bool)>> = Vec::new();
        for (f, ft) in self.texts.iter().enumerate() {
            for i in 0..ft.toks.len() {
                if i > 0 && self.adjacent_after(f, i).is_none() {
                    words.push(None);
                }
                words.push(Some((
                    self.tok_text(f, i),
                    self.tok_case(f, i) == Case::Lower,
                )));
            }
            words.push(None);
        }
        // The entity's name stems only take spellings away: where none is found
        // without them (most acronyms), none is with them, and they are not worked
        // out (folding every name of a body named in many languages).
        acronym_guard::spelled_in_lowercase(&acr, &words, &Default::default())
            && acronym_guard::spelled_in_lowercase(&acr, &words, &self.name_stems(entity))
    }
}
