//! A name of the gazetteer written as a part of a longer person's name: a place's, or
//! another person's surname.
//!
//! - **Nisbas.** An Arabic name that says where a family comes from puts the Arabic
//!   article before the place's name, joined by a hyphen (`Manour al-Turki`, `Ahmed
//!   el-Masri`): a country's name written so is a person's or family's name, not the
//!   country (a city's name takes the article as its own: `al-Raqqa` is Raqqa, and is
//!   left alone).
//! - **Given names after the surname.** Lists of people write the surname first and
//!   the given name after a comma (`Hernanz Costa, Sofía`, a Spanish MP, in the
//!   Congreso's lists of speakers; bibliographies and indexes): a city whose name is a
//!   given name of rigour's data, right after a comma that follows a capitalised part
//!   of people's names that is no place's name, and before what such a list writes
//!   next (the group in brackets, a semicolon, the line's end), is that person's given
//!   name: `Hernanz Costa, Sofía (GPSOE)`. An address goes on otherwise (`Connolly
//!   Hall, Cork on Friday`, `Tunbridge Wells, Kent, for five years`) and keeps its
//!   place, and so does a preposition of place or a dateline, which the caller reads
//!   first.
//! - **Compound surnames.** A person's surname alone before a particle in lowercase
//!   and a capitalised word that names nothing of the gazetteer (`González de
//!   Txabarri`, a Basque MP; `Jiménez de Parga`) is the first part of another
//!   person's compound surname, not the listed person's (Felipe González); a place
//!   after the particle is where the person is from or what they lead (`Sánchez de
//!   España`), and keeps the link. Only in a text whose function words tell one
//!   language, not German (its nouns are capitalised: `Merz vom Kanzleramt`,
//!   `Dissanayake zu Besuch`) nor Dutch (`van` is also a preposition), as the
//!   particles are prepositions of other languages before a place's case form
//!   (Polish `Cooper do Warszawy`, Ukrainian `Міядзакі до Франції`); nor before a word
//!   in capitals (`Merz von der CDU`).

use super::{is_arabic_article, place, Cand, Doc, NONE};

impl Doc<'_> {
    /// True when the one-word span is joined by a hyphen to an Arabic article (`al`,
    /// `el`, in any case) right before it: `al-Turki`, a nisba.
    pub(super) fn after_arabic_article(&self, c: &Cand) -> bool {
        let ft = &self.texts[c.field];
        c.start > 0
            && !ft.toks[c.start - 1].ideograph
            && ft
                .text
                .get(ft.toks[c.start - 1].original.end..ft.toks[c.start].original.start)
                == Some("-")
            && is_arabic_article(self.tok_text(c.field, c.start - 1))
    }

    /// True when the one-word span is a given name written after its surname and a
    /// comma (`Hernanz Costa, Sofía`): the span is a capitalised part of people's names
    /// in rigour's data, the word right before the comma is one too and no place's
    /// name, and a bracket, a semicolon or the line's end follows the span.
    pub(super) fn given_name_after_surname(&self, c: &Cand) -> bool {
        if c.end - c.start != 1 || c.start == 0 {
            return false;
        }
        let ft = &self.texts[c.field];
        let p = c.start - 1;
        if ft.toks[p].ideograph
            || ft
                .text
                .get(ft.toks[p].original.end..ft.toks[c.start].original.start)
                != Some(", ")
        {
            return false;
        }
        // (What a list of speakers writes after the given name: the group in brackets,
        // a semicolon before the next, or the line's end; an address goes on with
        // words, numbers or a comma: `Connolly Hall, Cork on Friday`, `Tunbridge Wells,
        // Kent, for five years`, `Ballyfermot Upper, Dublin 10`.)
        let rest = ft.text[ft.toks[c.start].original.end..].trim_start_matches(' ');
        let closes = rest.is_empty() || rest.starts_with(['(', ';', '\n']);
        closes && self.name_word(c.field, p, false) && self.name_word(c.field, c.start, true)
    }

    /// True when the one-word span is followed by a particle that starts a surname
    /// ([`place::is_given_name_particle`], in lowercase; an article of the particle may
    /// follow it: `van der`) and a capitalised word, not in capitals, that names
    /// nothing of the gazetteer, in a text whose function words tell one language
    /// other than German and Dutch: `González de Txabarri`.
    pub(super) fn compound_surname_after(&self, c: &Cand) -> bool {
        // (Only where function words tell one language that is neither German nor
        // Dutch: their nouns or their `van`, `zu` follow a name as words of a
        // sentence, `Dissanayake zu Besuch`; and the particles are prepositions of
        // other languages before a place's case form, Polish `Cooper do Warszawy`.)
        let language = self.language();
        if c.end - c.start != 1
            || language.count_ones() != 1
            || language & (place::GERMAN | place::DUTCH) != 0
        {
            return false;
        }
        let Some(n) = self.adjacent_after(c.field, c.end) else {
            return false;
        };
        if !self
            .tok_original(c.field, n)
            .starts_with(|ch: char| ch.is_lowercase())
            || !place::is_given_name_particle(self.tok_text(c.field, n))
        {
            return false;
        }
        let mut m = self.adjacent_after(c.field, n + 1);
        if let Some(a) = m.filter(|&a| place::is_particle_article(self.tok_text(c.field, a))) {
            m = self.adjacent_after(c.field, a + 1);
        }
        let dict = &self.linker.dict;
        m.is_some_and(|m| {
            let root = self.texts[c.field].toks[m].root;
            self.capitalised_content(c.field, m)
                && !self.shouted(c.field, m)
                && (root == NONE || dict.keys(root).is_empty())
        })
    }
}
