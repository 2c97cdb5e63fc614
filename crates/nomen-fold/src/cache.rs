//! A precomputed fast path for every character of the Basic Multilingual Plane.
//!
//! For each character of U+0000..U+FFFF the table holds what the full pipeline makes
//! of it when it stands alone in its cluster (no combining mark after it), in both
//! views, and the per-character facts the hot loops ask about: whether it continues
//! a cluster, is romanised, is a combining mark, is a word or ideographic character,
//! and whether the clusters it starts or continues can skip normalization (see
//! [`Entry::strips_marks`], [`Entry::accent`] and [`Entry::verbatim`]).
//!
//! The table is split in blocks of 128 characters, each filled lazily the first time
//! one of its characters is looked up, by running the real pipeline on each
//! character, so the fast path cannot disagree with the slow one and text in one
//! script pays only for its own blocks. Characters past U+FFFF take the slow path.

use std::sync::OnceLock;

use unicode_normalization::char::{
    canonical_combining_class, decompose_compatible, is_combining_mark,
};
use unicode_normalization::{is_nfkc_quick, IsNormalized};
use unicode_script::{Script, UnicodeScript};

use crate::letters::{fold_letter, Letter};
use crate::marks::{policy_for, MarkPolicy};
use crate::punct::{classify, Punct};
use crate::View;

/// Longest output (in chars) stored in an entry; longer ones take the slow path.
const MAX_OUT: usize = 4;

/// Characters per lazily built block.
const BLOCK: usize = 128;

/// Number of blocks: the whole Basic Multilingual Plane.
const BLOCKS: usize = 0x10000 / BLOCK;

/// Marks an output too long to store.
const UNCACHED: u8 = u8::MAX;

// Flags of an entry.
const CONTINUES: u16 = 1;
const TRANSLITERATED: u16 = 1 << 1;
const MARK: u16 = 1 << 2;
const IN_WORD: u16 = 1 << 3;
const WORD: u16 = 1 << 4;
const IDEOGRAPHIC: u16 = 1 << 5;
const STRIPS_MARKS: u16 = 1 << 6;
const ACCENT: u16 = 1 << 7;
const VERBATIM: u16 = 1 << 8;
const KEEPS_MARKS: u16 = 1 << 9;
const FOLDED_ROMANISED: u16 = 1 << 10;

/// What the pipeline makes of one character standing alone in its cluster, and
/// facts about the character.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    exact: [char; MAX_OUT],
    folded: [char; MAX_OUT],
    exact_len: u8,
    folded_len: u8,
    /// Canonical combining class.
    pub(crate) ccc: u8,
    flags: u16,
}

impl Entry {
    /// The stored output for `view`, or `None` when it must take the slow path.
    #[inline]
    pub(crate) fn output(&self, view: View) -> Option<&[char]> {
        let (chars, len) = match view {
            View::Exact => (&self.exact, self.exact_len),
            View::Folded => (&self.folded, self.folded_len),
        };
        (len != UNCACHED).then(|| &chars[..usize::from(len)])
    }

    #[inline]
    fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// The character continues the cluster before it.
    #[inline]
    pub(crate) fn continues(&self) -> bool {
        self.has(CONTINUES)
    }

    /// The character is romanised in the folded view.
    #[inline]
    pub(crate) fn transliterated(&self) -> bool {
        self.has(TRANSLITERATED)
    }

    /// The character is a combining mark.
    #[inline]
    pub(crate) fn mark(&self) -> bool {
        self.has(MARK)
    }

    /// The character continues a word token (a word character, not Han or Kana).
    #[inline]
    pub(crate) fn in_word(&self) -> bool {
        self.has(IN_WORD)
    }

    /// [`crate::is_word_char`].
    #[inline]
    pub(crate) fn word(&self) -> bool {
        self.has(WORD)
    }

    /// [`crate::is_ideographic`].
    #[inline]
    pub(crate) fn ideographic(&self) -> bool {
        self.has(IDEOGRAPHIC)
    }

    /// A letter of a script whose marks are accents (Latin, Greek, Armenian, Georgian,
    /// Hebrew, Arabic, Syriac): followed only by [`Entry::accent`] marks, its cluster
    /// folds (folded view) to what the letter alone folds to.
    #[inline]
    pub(crate) fn strips_marks(&self) -> bool {
        self.has(STRIPS_MARKS)
    }

    /// A combining mark of the accent and vocalisation blocks (Inherited, Latin, Greek,
    /// Hebrew, Arabic, Syriac), unchanged by case folding and punctuation rules:
    /// removed after a [`Entry::strips_marks`] letter.
    #[inline]
    pub(crate) fn accent(&self) -> bool {
        self.has(ACCENT)
    }

    /// Unchanged by every step of the exact view (no compatibility decomposition,
    /// quick check `NFKC_QC=Yes`, case-fold stable, not punctuation to unify): a
    /// cluster of such characters in canonical order is already its exact view.
    #[inline]
    pub(crate) fn verbatim(&self) -> bool {
        self.has(VERBATIM)
    }

    /// In the folded view, the marks after this character are kept (it is not a
    /// mark, its script's marks are letters or vowels), and letter folding leaves it
    /// unchanged. For a mark: letter folding leaves it unchanged.
    #[inline]
    pub(crate) fn keeps_marks(&self) -> bool {
        self.has(KEEPS_MARKS)
    }

    /// The folded output (when stored) has a character that is romanised.
    #[inline]
    pub(crate) fn folded_romanised(&self) -> bool {
        self.has(FOLDED_ROMANISED)
    }
}

type Block = Box<[Entry; BLOCK]>;

static TABLE: [OnceLock<Block>; BLOCKS] = [const { OnceLock::new() }; BLOCKS];

/// The entry of `c`, when `c` is in the Basic Multilingual Plane.
#[inline(always)]
pub(crate) fn lookup(c: char) -> Option<&'static Entry> {
    let n = c as usize;
    let block = TABLE.get(n / BLOCK)?;
    Some(&block.get_or_init(|| build(n / BLOCK))[n % BLOCK])
}

/// Scripts whose combining marks are accents or vocalisation, removed in the folded
/// view (a subset of [`policy_for`]'s `Strip` scripts: letters only, no symbols).
fn accent_script(script: Script) -> bool {
    matches!(
        script,
        Script::Latin
            | Script::Greek
            | Script::Armenian
            | Script::Georgian
            | Script::Hebrew
            | Script::Arabic
            | Script::Syriac
    )
}

/// Scripts of the marks [`Entry::accent`] accepts.
fn accent_mark_script(script: Script) -> bool {
    matches!(
        script,
        Script::Inherited
            | Script::Latin
            | Script::Greek
            | Script::Hebrew
            | Script::Arabic
            | Script::Syriac
    )
}

/// True when folding the case of `c` gives `c`.
fn case_stable(c: char) -> bool {
    let mut n = 0;
    let mut same = true;
    crate::case::fold_case(c, |f| {
        n += 1;
        same &= f == c;
    });
    same && n == 1
}

/// True when `c` has no compatibility (or canonical) decomposition.
fn no_decomposition(c: char) -> bool {
    let mut n = 0;
    let mut same = true;
    decompose_compatible(c, |d| {
        n += 1;
        same &= d == c;
    });
    same && n == 1
}

/// True when the compatibility decomposition of `c` is letters and marks only,
/// starting with a letter (not, say, a space and a mark).
fn letters_and_marks(c: char) -> bool {
    let mut first = true;
    let mut ok = true;
    decompose_compatible(c, |d| {
        ok &= if first {
            d.is_alphabetic() && !is_combining_mark(d)
        } else {
            d.is_alphabetic() || is_combining_mark(d)
        };
        first = false;
    });
    ok
}

fn entry(c: char, scratch: &mut crate::pipeline::Scratch) -> Entry {
    let mut e = Entry {
        exact: ['\0'; MAX_OUT],
        folded: ['\0'; MAX_OUT],
        exact_len: UNCACHED,
        folded_len: UNCACHED,
        ccc: canonical_combining_class(c),
        flags: 0,
    };
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    for view in [View::Exact, View::Folded] {
        let out = crate::pipeline::fold_single_cluster_slow(s, view, scratch);
        if out.len() <= MAX_OUT {
            let (dst, len) = match view {
                View::Exact => (&mut e.exact, &mut e.exact_len),
                View::Folded => (&mut e.folded, &mut e.folded_len),
            };
            dst[..out.len()].copy_from_slice(out);
            *len = out.len() as u8;
        }
    }
    let mark = is_combining_mark(c);
    let script = c.script();
    let stable = case_stable(c) && classify(c) == Punct::Keep;
    let folded_same = e.output(View::Folded) == Some(&[c][..]);
    let flags = [
        (CONTINUES, crate::pipeline::continues_cluster_slow(c)),
        (TRANSLITERATED, crate::translit::is_transliterated(c)),
        (MARK, mark),
        (IN_WORD, crate::tokens::in_word_slow(c)),
        (WORD, crate::tokens::is_word_char_slow(c)),
        (IDEOGRAPHIC, crate::tokens::is_ideographic_slow(c)),
        (
            STRIPS_MARKS,
            // The cheap tests first: `is_alphabetic` past the standard library's
            // fast tables (CJK, Hangul) costs thousands of instructions a call.
            !mark
                && accent_script(script)
                && policy_for(c) == MarkPolicy::Strip
                && c.is_alphabetic()
                && letters_and_marks(c)
                && e.output(View::Folded).is_some(),
        ),
        (
            ACCENT,
            mark && accent_mark_script(script) && stable && c != '\u{0345}',
        ),
        (
            VERBATIM,
            !c.is_ascii()
                && stable
                && no_decomposition(c)
                && is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes,
        ),
        (
            KEEPS_MARKS,
            !c.is_ascii()
                && fold_letter(c) == Letter::Same
                && (mark || (folded_same && policy_for(c) == MarkPolicy::Keep)),
        ),
        (
            FOLDED_ROMANISED,
            e.output(View::Folded)
                .is_some_and(|o| o.iter().any(|&x| crate::translit::is_transliterated(x))),
        ),
    ];
    for (flag, yes) in flags {
        if yes {
            e.flags |= flag;
        }
    }
    e
}

fn build(block: usize) -> Block {
    let mut scratch = crate::pipeline::Scratch::default();
    let first = block * BLOCK;
    Box::new(std::array::from_fn(|k| {
        // Surrogates are not chars: their entries are never looked up.
        let c = char::from_u32((first + k) as u32).unwrap_or('\0');
        entry(c, &mut scratch)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_covers_the_bmp() {
        assert!(lookup('é').is_some());
        assert!(lookup('\u{2019}').is_some());
        assert!(lookup('中').is_some());
        assert!(lookup('\u{FFFF}').is_some());
        assert!(lookup('\u{10000}').is_none());
        let e = lookup('é').unwrap();
        assert_eq!(e.output(View::Folded), Some(&['e'][..]));
        assert_eq!(e.output(View::Exact), Some(&['é'][..]));
        assert!(lookup('\u{301}').unwrap().continues());
        assert!(lookup('\u{301}').unwrap().accent());
        assert!(lookup('ж').unwrap().transliterated());
        assert!(lookup('ש').unwrap().strips_marks());
        assert!(lookup('ह').unwrap().keeps_marks());
        assert!(lookup('\u{93F}').unwrap().verbatim());
        assert!(!lookup('\u{345}').unwrap().accent());
    }
}
