//! A fixed list of folded words asked about every token of a document: a cheap reject
//! before any comparison.
//!
//! The linker's rules test words against short lists (a navy's ship prefixes, the
//! nouns of warships, ...). A `[&str]::contains` compares the word with each entry in
//! turn, a call to `memcmp` for each entry of the same length; asked about every
//! token of a long speech, that is most of what such a rule costs. A [`WordSet`]
//! keeps, for each first byte, the lengths of the entries starting with it (one bit
//! per length), built at compile time: nearly every token of a text is rejected by
//! one table read and a shift, and only a word with an entry's first byte and length
//! is compared with the entries.

/// Lengths in bytes of 31 and more share the last bit of a first byte's mask.
const LONG: usize = 31;

/// A fixed list of words, with the lengths of its entries by first byte.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// Bit `n` of `lengths[b]` is set when an entry of `n` bytes (`LONG` for `LONG`
    /// and more) starts with byte `b`.
    lengths: [u32; 256],
}

impl WordSet {
    /// The set of `words` (compile time: `const SET: WordSet = WordSet::new(&[..])`).
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        let mut lengths = [0u32; 256];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            if !w.is_empty() {
                let n = if w.len() < LONG { w.len() } else { LONG };
                lengths[w[0] as usize] |= 1 << n;
            }
            i += 1;
        }
        WordSet { words, lengths }
    }

    /// True when `word` is one of the set's words.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return self.words.contains(&"");
        };
        self.may_hold(first, word.len()) && self.words.contains(&word)
    }

    /// False when no word of the set starts with byte `first` and is `len` bytes
    /// long: asked of a token's bytes in the text before its word is made.
    #[inline]
    pub(crate) fn may_hold(&self, first: u8, len: usize) -> bool {
        self.lengths[usize::from(first)] >> len.min(LONG) & 1 == 1
    }

    /// The set's words, in the order given.
    #[cfg(test)]
    pub(crate) fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SET: WordSet = WordSet::new(&[
        "uss",
        "hms",
        "carrier",
        "",
        "é",
        "a-very-long-word-of-more-than-31-bytes",
    ]);

    #[test]
    fn contains_exactly_the_words_given() {
        for w in SET.words() {
            assert!(SET.contains(w), "{w:?}");
        }
        for w in [
            "us",
            "usss",
            "hm",
            "carriers",
            "carrie",
            "Uss",
            "e",
            "a-very-long-word-of-more-than-31-bytes!",
            "a-very-long-word-of-more-than-31-bytez",
            "x",
        ] {
            assert!(!SET.contains(w), "{w:?}");
        }
    }

    #[test]
    fn may_hold_every_word_and_no_other_first_byte_and_length() {
        for w in SET.words().iter().filter(|w| !w.is_empty()) {
            assert!(SET.may_hold(w.as_bytes()[0], w.len()), "{w:?}");
        }
        assert!(!SET.may_hold(b'u', 2));
        assert!(!SET.may_hold(b'x', 3));
        assert!(SET.may_hold(b'a', 200));
        assert!(!SET.may_hold(b'c', 200));
    }

    #[test]
    fn an_empty_word_is_in_a_set_only_when_given() {
        const NO_EMPTY: WordSet = WordSet::new(&["and", "or"]);
        assert!(!NO_EMPTY.contains(""));
        assert!(SET.contains(""));
    }

    /// The same answers as the list's own `contains` for every word of a text.
    #[test]
    fn agrees_with_the_list_on_every_word() {
        const LIST: &[&str] = &["and", "or", "und", "oder", "y", "o", "e", "ou", "et", "en"];
        const WORDS: WordSet = WordSet::new(LIST);
        let text = "y and or ore ou oui et en end e o und unde oder odera ander a b yy";
        for w in text.split(' ') {
            assert_eq!(WORDS.contains(w), LIST.contains(&w), "{w:?}");
        }
    }
}
