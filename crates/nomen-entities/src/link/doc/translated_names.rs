//! A user's body named in the words of the text's language ([`super::super::translated`]):
//! the document's runs of the lexicon's words that are a body's whole name (rule
//! `translated-name`), and then the acronym of such a name, its words' first letters
//! in capitals (`ПНД` of `Партия националистического движения`, `HÖH` of `Hak ve
//! Özgürlükler Hareketi`), wherever the document writes it (its headline too), once
//! the document names the body so in full (rule `translated-acronym`): never alone,
//! as an acronym of the gazetteer links where the document names its entity in full.
//!
//! A name links where nothing of the dictionary covers any of its words (the
//! gazetteer's own names win), in a text whose language is the name's (or whose
//! language is not told), not at a sentence's start when of two words (`Central bank
//! ...` may be any), and not right after a capitalised word inside a sentence (then
//! it is part of a longer name: `National Republican Guard` is not the Republican
//! Guard), except in German, which capitalises its nouns; nor before a capitalised
//! word (`Partito Democratico Cristiano`) except in German and Turkish; nor, in a
//! language that capitalises a body's first word only, with a later word capitalised
//! ([`capitalises_first_word_only`]: the Swedish `Ny Demokrati`).

use super::super::translated::{capitalises_first_word_only, Found, Word};
use super::{case_of, first_case_at, language, Cand, Case, Doc, Linked, Rule};

impl Doc<'_> {
    /// Links the translated names of user bodies, then their acronyms.
    pub(super) fn link_translated_names(&mut self, cands: &[Cand]) {
        let names = self.linker.translated();
        if names.is_empty() {
            return;
        }
        let mut found: Vec<(usize, Found)> = Vec::new();
        let mut words: Vec<Word<'_>> = Vec::new();
        let mut out = Vec::new();
        for (fi, ft) in self.texts.iter().enumerate() {
            words.clear();
            let folded = ft.folded.as_str();
            for (i, t) in ft.toks.iter().enumerate() {
                let joined = i > 0 && {
                    let gap = &ft.text[ft.toks[i - 1].original.end..t.original.start];
                    gap.chars().all(char::is_whitespace) || matches!(gap, "'" | "’" | "ʼ" | "-")
                };
                words.push(Word {
                    folded: if t.ideograph {
                        ""
                    } else {
                        &folded[t.folded.clone()]
                    },
                    upper: first_case_at(ft.text, &t.original) == Case::Upper,
                    joined,
                    first: ft.text[t.original.clone()].chars().next(),
                });
            }
            names.find(&words, &mut out);
            found.extend(out.drain(..).map(|f| (fi, f)));
        }
        if found.is_empty() {
            return;
        }
        let mut acronyms: Vec<(String, u32)> = Vec::new();
        for (fi, f) in found {
            let l = Linked {
                field: fi,
                start: f.start,
                end: f.end,
                entity: f.entity,
                rule: Rule::TranslatedName,
            };
            // (A name of the dictionary inside it, a country's, is a word of it.)
            let covered = cands.iter().any(|c| {
                c.field == fi
                    && c.start < f.end
                    && f.start < c.end
                    && (c.start < f.start || f.end < c.end || (c.start, c.end) == (f.start, f.end))
            });
            if covered
                || !self.is_free(fi, f.start, f.end)
                || self.two_words_opening_a_sentence(&l) && !self.all_capitalised(&l)
                || !f.after_place && self.after_a_capitalised_word(&l, f.lang)
                || self.before_a_capitalised_word(&l, f.lang)
                || f.later_capitals && capitalises_first_word_only(f.lang) && !self.title_case(fi)
                || !self.may_be_written_in(f.lang)
            {
                continue;
            }
            self.accept(l);
            if f.initials.chars().count() >= 2 {
                acronyms.push((f.initials, f.entity));
            }
        }
        if !acronyms.is_empty() {
            self.link_translated_acronyms(cands, &acronyms);
        }
    }

    /// Links the acronyms of the translated names linked (acronym, entity): a free
    /// word in capitals that is the acronym of one body's name.
    fn link_translated_acronyms(&mut self, cands: &[Cand], acronyms: &[(String, u32)]) {
        let mut links = Vec::new();
        for (fi, ft) in self.texts.iter().enumerate() {
            for (i, t) in ft.toks.iter().enumerate() {
                if ft.occupied[i] || t.ideograph {
                    continue;
                }
                let word = &ft.text[t.original.clone()];
                if !case_of(word).1 {
                    continue;
                }
                let mut fitting = acronyms.iter().filter(|(a, _)| a == word).map(|&(_, e)| e);
                let Some(entity) = fitting.next() else {
                    continue;
                };
                if fitting.any(|e| e != entity) {
                    continue;
                }
                let covered = cands
                    .iter()
                    .any(|c| c.field == fi && c.start <= i && i < c.end);
                if !covered {
                    links.push(Linked {
                        field: fi,
                        start: i,
                        end: i + 1,
                        entity,
                        rule: Rule::TranslatedAcronym,
                    });
                }
            }
        }
        for l in links {
            self.accept(l);
        }
    }

    /// True when every word of the span starts with a capital.
    fn all_capitalised(&self, l: &Linked) -> bool {
        (l.start..l.end).all(|i| self.tok_case(l.field, i) == Case::Upper)
    }

    /// True when a capitalised word is right before the span (nothing but spaces
    /// between), not at a sentence's start, in a language that writes its nouns in
    /// lowercase: the span is the end of a longer name.
    fn after_a_capitalised_word(&self, l: &Linked, lang: &str) -> bool {
        if l.start == 0 || lang == "de" || self.title_case(l.field) {
            return false;
        }
        let ft = &self.texts[l.field];
        let (before, first) = (&ft.toks[l.start - 1], &ft.toks[l.start]);
        ft.text[before.original.end..first.original.start]
            .chars()
            .all(char::is_whitespace)
            && self.tok_case(l.field, l.start - 1) == Case::Upper
            && !self.sentence_initial(l.field, l.start - 1)
    }

    /// True when a capitalised word follows the span (nothing but spaces between),
    /// not in German (its nouns are capitalised) nor Turkish (which capitalises the
    /// title after a name: `Partisi Genel Başkanı`): the span is the start of a
    /// longer name (`Центральная избирательная комиссия Крыма`, `Partito Democratico
    /// Cristiano`).
    fn before_a_capitalised_word(&self, l: &Linked, lang: &str) -> bool {
        let ft = &self.texts[l.field];
        if l.end >= ft.toks.len() || matches!(lang, "de" | "tr" | "az") || self.title_case(l.field)
        {
            return false;
        }
        let (last, after) = (&ft.toks[l.end - 1], &ft.toks[l.end]);
        ft.text[last.original.end..after.original.start]
            .chars()
            .all(char::is_whitespace)
            && self.tok_case(l.field, l.end) == Case::Upper
    }

    /// True unless the document's language is told and is none written like `lang`.
    fn may_be_written_in(&self, lang: &str) -> bool {
        let told = super::place::language_code(self.language()).or_else(|| {
            *self
                .iso_language
                .get_or_init(|| language::detect(self.texts.iter().map(|ft| ft.text)))
        });
        told.is_none_or(|code| language::close(code, lang))
    }
}
