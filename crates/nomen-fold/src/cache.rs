//! A precomputed fast path for the most frequent non-ASCII characters.
//!
//! For every character of U+0080..U+07FF (Latin-1, Latin Extended, IPA, Greek,
//! Cyrillic, Armenian, Hebrew, Arabic, Syriac) and of General Punctuation
//! (U+2000..U+206F), the table holds what the full pipeline makes of it when it
//! stands alone in its cluster (no combining mark after it), in both views, plus
//! whether it continues a cluster and whether it is romanised. The table is filled
//! once, lazily, by running the real pipeline on each character, so the fast path
//! cannot disagree with the slow one.

use std::sync::OnceLock;

use crate::View;

/// Longest output (in chars) stored in an entry; longer ones take the slow path.
const MAX_OUT: usize = 4;

/// What the pipeline makes of one character standing alone in its cluster.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    exact: [char; MAX_OUT],
    exact_len: u8,
    folded: [char; MAX_OUT],
    folded_len: u8,
    /// The character continues the cluster before it.
    pub(crate) continues: bool,
    /// The character is romanised in the folded view.
    pub(crate) transliterated: bool,
    /// The character is a combining mark.
    pub(crate) mark: bool,
    /// The character continues a word token.
    pub(crate) in_word: bool,
}

/// Marks an output too long to store.
const UNCACHED: u8 = u8::MAX;

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
}

const LATIN_END: u32 = 0x800;
const PUNCT_START: u32 = 0x2000;
const PUNCT_END: u32 = 0x2070;
const LEN: usize = (LATIN_END - 0x80 + PUNCT_END - PUNCT_START) as usize;

#[inline]
fn index(c: char) -> Option<usize> {
    let n = c as u32;
    if (0x80..LATIN_END).contains(&n) {
        Some((n - 0x80) as usize)
    } else if (PUNCT_START..PUNCT_END).contains(&n) {
        Some((n - PUNCT_START + LATIN_END - 0x80) as usize)
    } else {
        None
    }
}

static TABLE: OnceLock<Box<[Entry]>> = OnceLock::new();

/// The entry of `c`, when `c` is in the table's ranges.
#[inline]
pub(crate) fn lookup(c: char) -> Option<&'static Entry> {
    let i = index(c)?;
    TABLE.get_or_init(build).get(i)
}

fn build() -> Box<[Entry]> {
    let mut scratch = crate::pipeline::Scratch::default();
    let chars = (0x80..LATIN_END)
        .chain(PUNCT_START..PUNCT_END)
        .filter_map(char::from_u32);
    let mut table = Vec::with_capacity(LEN);
    for c in chars {
        let mut entry = Entry {
            exact: ['\0'; MAX_OUT],
            exact_len: UNCACHED,
            folded: ['\0'; MAX_OUT],
            folded_len: UNCACHED,
            continues: crate::pipeline::continues_cluster_slow(c),
            transliterated: crate::translit::is_transliterated(c),
            mark: unicode_normalization::char::is_combining_mark(c),
            in_word: crate::tokens::in_word(c),
        };
        let mut buf = [0u8; 4];
        let s: &str = c.encode_utf8(&mut buf);
        for view in [View::Exact, View::Folded] {
            let out = crate::pipeline::fold_single_cluster_slow(s, view, &mut scratch);
            if out.len() <= MAX_OUT {
                let (dst, len) = match view {
                    View::Exact => (&mut entry.exact, &mut entry.exact_len),
                    View::Folded => (&mut entry.folded, &mut entry.folded_len),
                };
                dst[..out.len()].copy_from_slice(out);
                *len = out.len() as u8;
            }
        }
        table.push(entry);
    }
    table.into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_covers_its_ranges() {
        assert_eq!(TABLE.get_or_init(build).len(), LEN);
        assert!(lookup('é').is_some());
        assert!(lookup('\u{2019}').is_some());
        assert!(lookup('a').is_none());
        assert!(lookup('中').is_none());
        let e = lookup('é').unwrap();
        assert_eq!(e.output(View::Folded), Some(&['e'][..]));
        assert_eq!(e.output(View::Exact), Some(&['é'][..]));
        assert!(lookup('\u{301}').unwrap().continues);
        assert!(lookup('ж').unwrap().transliterated);
    }
}
