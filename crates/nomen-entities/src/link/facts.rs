//! What the word lists say about a word of text, as one byte: whether it is a
//! function word (a stop word or a name particle) and whether it is an honorific or
//! role word, possibly with a case ending (`президента`, `Kanzlers`).
//!
//! The tagger asks this of the words around every candidate. The part that depends
//! only on the folded word is worked out once per dictionary token when the
//! dictionary is built and kept in the token's slot of the token table
//! ([`super::table`]), so that a word of text that is a token gets it with its id;
//! only a word that is no token, or whose first letters start an honorific (which
//! then depends on the word's script), is read by the lists in the text.

use crate::inflect::{self, Script};
use crate::name::{is_honorific, is_particle, is_stopword, starts_honorific};

/// The facts are known (0: not worked out yet).
pub(crate) const KNOWN: u8 = 1;
/// A stop word or name particle (`de`, `the`, `van`).
pub(crate) const FUNCTION: u8 = 2;
/// An honorific or role word (`Sr.`, `presidente`, `канцлера`).
pub(crate) const HONORIFIC: u8 = 4;
/// Of a token's facts only ([`of_token`]): the word is no honorific as written, but
/// its first letters start one, so it may be one with a case ending, which depends
/// on how the word is written ([`of_word`] decides).
pub(crate) const MAY_INFLECT: u8 = 8;

/// The facts of the folded token `folded` that do not depend on how the word is
/// written: [`KNOWN`], [`FUNCTION`], [`HONORIFIC`], and [`MAY_INFLECT`] when the
/// original text must be read to tell whether it is an honorific.
pub(crate) fn of_token(folded: &str) -> u8 {
    let mut v = KNOWN;
    if is_stopword(folded) || is_particle(folded) {
        v |= FUNCTION;
    }
    if is_honorific(folded) {
        v |= HONORIFIC;
    } else if may_inflect(folded) {
        v |= MAY_INFLECT;
    }
    v
}

/// The facts of a word of text: its folded form and its original text.
/// [`KNOWN`], [`FUNCTION`] and [`HONORIFIC`]; never [`MAY_INFLECT`].
pub(crate) fn of_word(folded: &str, original: &str) -> u8 {
    resolve(of_token(folded), folded, original)
}

/// A token's facts ([`of_token`]) made final for the word as written: the word is
/// read again only when its facts say [`MAY_INFLECT`].
#[inline]
pub(crate) fn resolve(token: u8, folded: &str, original: &str) -> u8 {
    if token & MAY_INFLECT == 0 {
        return token;
    }
    let base = token & !MAY_INFLECT;
    if inflected_honorific(folded, original) {
        base | HONORIFIC
    } else {
        base
    }
}

/// True when the first [`inflect::MIN_STEM`] letters of a word longer than them by two
/// or more start an honorific: only such a word may be an honorific with a case
/// ending (every base form keeps those letters).
fn may_inflect(folded: &str) -> bool {
    folded.len() > inflect::MIN_STEM + 1
        && starts_honorific(&folded.as_bytes()[..inflect::MIN_STEM])
}

/// True when a capitalised or lowercase word is an honorific or role word with a
/// case ending (`президента`, `канцлера`, `Kanzlers`).
pub(crate) fn inflected_honorific(folded: &str, original: &str) -> bool {
    if !may_inflect(folded) {
        return false;
    }
    let Some(script) = Script::of(original) else {
        return false;
    };
    inflect::for_each_base_form(folded, script, &mut |base, _| {
        if is_honorific(base) {
            std::ops::ControlFlow::Break(())
        } else {
            std::ops::ControlFlow::Continue(())
        }
    })
    .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A token's facts made final are the word's facts, for function words,
    /// honorifics as written and with case endings, in every script, and other words.
    #[test]
    fn token_facts_resolved_are_the_words_facts() {
        let words = [
            ("de", "de"),
            ("the", "The"),
            ("van", "van"),
            ("presidente", "presidente"),
            ("prezidenta", "президента"),
            ("kantslera", "канцлера"),
            ("kanzlers", "Kanzlers"),
            ("kanzler", "Kanzler"),
            ("maduro", "Maduro"),
            ("merkel", "Меркель"),
            ("sr", "Sr"),
            ("prezident", "президент"),
            ("ministra", "Ministra"),
        ];
        let mut honorifics = 0;
        for (folded, original) in words {
            let want = {
                let mut v = KNOWN;
                if is_stopword(folded) || is_particle(folded) {
                    v |= FUNCTION;
                }
                if is_honorific(folded) || inflected_honorific(folded, original) {
                    v |= HONORIFIC;
                }
                v
            };
            assert_eq!(
                resolve(of_token(folded), folded, original),
                want,
                "{original}"
            );
            assert_eq!(of_word(folded, original), want, "{original}");
            assert_eq!(of_word(folded, original) & MAY_INFLECT, 0);
            honorifics += usize::from(want & HONORIFIC != 0);
        }
        // The list has honorifics as written and with a case ending.
        assert!(honorifics >= 4, "{honorifics}");
        assert!(inflected_honorific("prezidenta", "президента"));
        assert_ne!(of_token("prezidenta") & MAY_INFLECT, 0);
        assert_eq!(of_token("maduro") & (MAY_INFLECT | HONORIFIC | FUNCTION), 0);
    }
}
