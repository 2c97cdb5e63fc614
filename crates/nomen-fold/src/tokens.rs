//! Cutting folded text into searchable units.
//!
//! A token is a maximal run of letters, digits and combining marks; apostrophes,
//! hyphens, spaces and other punctuation separate tokens (`maduro's` → `maduro`, `s`;
//! `gonzalez-urrutia` → `gonzalez`, `urrutia`). Han and Kana are written without
//! spaces, so every Han or Kana character is a token of its own: a name written in
//! those scripts is then found as a phrase of consecutive characters wherever it
//! stands in the text (`马杜罗表示` contains the phrase `马 杜 罗`).

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;
use unicode_script::{Script, UnicodeScript};

use crate::cache;
use crate::Folded;

/// What kind of unit a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, digits and marks of a space-separated script.
    Word,
    /// One Han or Kana character.
    Ideograph,
}

/// A token of folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The folded text of the token.
    pub text: &'a str,
    /// Byte range of the token in the folded text.
    pub folded: Range<usize>,
    /// Byte range of the token in the original text (on char boundaries).
    pub original: Range<usize>,
    /// Word or single ideograph.
    pub kind: TokenKind,
}

impl Token<'_> {
    /// `[folded start, folded end, original start, original end]` as 32-bit offsets:
    /// the compact form in which a token is handed from one stage to another. Exact
    /// only when [`Folded::spans_fit`] holds for the text it came from.
    #[inline]
    pub fn span(&self) -> [u32; 4] {
        [
            self.folded.start,
            self.folded.end,
            self.original.start,
            self.original.end,
        ]
        .map(|n| n as u32)
    }
}

/// True for characters written without spaces, one token each (Han, Kana).
#[inline]
pub fn is_ideographic(c: char) -> bool {
    match c as u32 {
        0..0x2E80 | 0xAC00..=0xD7A3 => false,
        0x3041..=0x3096 | 0x30A1..=0x30FA | 0x3400..=0x4DBF | 0x4E00..=0x9FFF => true,
        _ => match cache::lookup(c) {
            Some(entry) => entry.ideographic(),
            None => is_ideographic_slow(c),
        },
    }
}

/// [`is_ideographic`] without the table (the table's source of truth).
pub(crate) fn is_ideographic_slow(c: char) -> bool {
    match c as u32 {
        0..0x2E80 | 0xAC00..=0xD7A3 => return false,
        0x3041..=0x3096 | 0x30A1..=0x30FA | 0x3400..=0x4DBF | 0x4E00..=0x9FFF => return true,
        _ => {}
    }
    matches!(
        c.script(),
        Script::Han | Script::Hiragana | Script::Katakana
    ) || c == '\u{30FC}'
        || c == '\u{3005}'
}

/// True for characters that belong inside a word token.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match cache::lookup(c) {
        Some(entry) => entry.word(),
        None => is_word_char_slow(c),
    }
}

/// [`is_word_char`] without the table (the table's source of truth).
pub(crate) fn is_word_char_slow(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // The frequent blocks past the standard library's fast tables: CJK, Kana, Hangul.
    if matches!(c as u32, 0x3041..=0x3096 | 0x30A1..=0x30FA | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3)
    {
        return true;
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// True for characters that continue a word token (word characters that are not
/// Han or Kana), without the table (the table's source of truth).
pub(crate) fn in_word_slow(c: char) -> bool {
    is_word_char_slow(c) && !is_ideographic_slow(c)
}

/// What the tokenizer needs to know of a non-ASCII character: (starts a token, is
/// an ideograph).
#[inline]
fn token_class(c: char) -> (bool, bool) {
    match c as u32 {
        0x3041..=0x3096 | 0x30A1..=0x30FA | 0x3400..=0x4DBF | 0x4E00..=0x9FFF => (true, true),
        0xAC00..=0xD7A3 => (true, false),
        _ => match cache::lookup(c) {
            Some(entry) => (entry.word() || entry.ideographic(), entry.ideographic()),
            None => {
                let ideographic = is_ideographic_slow(c);
                (ideographic || is_word_char_slow(c), ideographic)
            }
        },
    }
}

/// Iterator over the tokens of a [`Folded`] text.
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    folded: &'a Folded,
    pos: usize,
}

impl<'a> Tokens<'a> {
    pub(crate) fn new(folded: &'a Folded) -> Self {
        Tokens { folded, pos: 0 }
    }
}

/// ASCII bytes that belong inside a word token (letters and digits), by byte value.
static ASCII_WORD: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// How many of the 8 bytes of `x` (little-endian: the first byte lowest), from the
/// first, are ASCII letters or digits ([`ASCII_WORD`] without a branch per byte).
#[inline]
fn ascii_word_run(x: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte, the high bit says "in lo..=hi", for bytes below 0x80: neither sum
    // carries into the next byte there (at most 0x7f + 0x80).
    let in_range = |v: u64, lo: u8, hi: u8| {
        (v.wrapping_add(ONES * u64::from(0x80 - lo)) & !v.wrapping_add(ONES * u64::from(0x7f - hi)))
            & HIGH
    };
    let ascii = !x & HIGH;
    let low7 = x & !HIGH;
    let digit = in_range(low7, b'0', b'9');
    let letter = in_range(low7 | (ONES * 0x20), b'a', b'z');
    let word = (digit | letter) & ascii;
    ((!word & HIGH).trailing_zeros() / 8) as usize
}

/// How many bytes `bytes` starts with that are ASCII (read eight at a time): where
/// the first non-ASCII byte is, or the length when there is none.
pub fn ascii_prefix_len(bytes: &[u8]) -> usize {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let high = u64::from_le_bytes(word) & HIGH_BITS;
        if high != 0 {
            return n + (high.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + chunks
        .remainder()
        .iter()
        .take_while(|b| b.is_ascii())
        .count()
}

/// The char that starts at byte `i` of `text` (a char boundary, `i < text.len()`).
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline]
    fn next(&mut self) -> Option<Token<'a>> {
        let (start, end, ideographic) = self.next_range()?;
        let text = self.folded.as_str();
        Some(Token {
            text: &text[start..end],
            folded: start..end,
            original: self.folded.token_original(start, end),
            kind: if ideographic {
                TokenKind::Ideograph
            } else {
                TokenKind::Word
            },
        })
    }
}

impl Tokens<'_> {
    /// The next token's range in the folded text, and whether it is an ideograph.
    #[inline(always)]
    fn next_range(&mut self) -> Option<(usize, usize, bool)> {
        let text = self.folded.as_str();
        let bytes = text.as_bytes();
        // Skip separators.
        let mut start = self.pos;
        let ideographic = loop {
            let &b = bytes.get(start)?;
            if b < 0x80 {
                if ASCII_WORD[usize::from(b)] {
                    break false;
                }
                start += 1;
                continue;
            }
            let c = char_at(text, start)?;
            let (word, ideographic) = token_class(c);
            if word {
                break ideographic;
            }
            start += c.len_utf8();
        };
        let end = if ideographic {
            start + char_at(text, start).map_or(1, char::len_utf8)
        } else {
            word_end(text, start)
        };
        self.pos = end;
        Some((start, end, ideographic))
    }
}

/// Sets `out` to the [`Token::span`] of every token of `folded`, in order: what
/// `folded.tokens().map(|t| t.span())` gives, without making each token.
pub(crate) fn spans_into(folded: &Folded, out: &mut Vec<[u32; 4]>) {
    out.clear();
    let mut tokens = Tokens::new(folded);
    while let Some((start, end, _)) = tokens.next_range() {
        let original = folded.token_original(start, end);
        out.push([start, end, original.start, original.end].map(|n| n as u32));
    }
}

/// Calls `f` with the folded range, the original range and the kind (true: an
/// ideograph) of every token of `folded`, in order ([`Folded::for_each_token`]).
#[inline]
pub(crate) fn for_each(folded: &Folded, mut f: impl FnMut(Range<usize>, Range<usize>, bool)) {
    let mut tokens = Tokens::new(folded);
    while let Some((start, end, ideographic)) = tokens.next_range() {
        f(start..end, folded.token_original(start, end), ideographic);
    }
}

/// The end of the word token that starts at byte `start` of `text` (a word char that
/// is not an ideograph). (Always inlined: the loops that read every token lost a
/// tenth of their speed when the compiler chose to call it.)
#[inline(always)]
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    loop {
        // The ASCII run first: most folded text is ASCII. Eight bytes at a time, so
        // that the end of a word costs one branch, not one per letter.
        while let Some(chunk) = bytes.get(end..end + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let run = ascii_word_run(u64::from_le_bytes(word));
            end += run;
            if run < 8 {
                break;
            }
        }
        while let Some(&b) = bytes.get(end) {
            if b >= 0x80 || !ASCII_WORD[usize::from(b)] {
                break;
            }
            end += 1;
        }
        match bytes.get(end) {
            Some(&b) if b >= 0x80 => {}
            _ => return end,
        }
        let Some(c) = char_at(text, end) else {
            return end;
        };
        let (word, ideographic) = token_class(c);
        if word && !ideographic {
            end += c.len_utf8();
        } else {
            return end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_prefix_len_stops_at_the_first_non_ascii_byte() {
        for (text, want) in [
            ("", 0),
            ("abc", 3),
            ("abcdefgh", 8),
            ("abcdefghé", 8),
            ("abcdefgéh", 7),
            ("éabc", 0),
            ("plain ascii text that is longer than eight bytes", 48),
            ("0123456789abcdef0123456Мадуро", 23),
        ] {
            assert_eq!(ascii_prefix_len(text.as_bytes()), want, "{text:?}");
        }
    }

    #[test]
    fn spans_are_the_tokens_offsets() {
        let mut folded = Folded::new();
        crate::Folder::new().fold_into("Ａ Straße", crate::View::Folded, &mut folded);
        assert!(folded.spans_fit());
        let spans: Vec<[u32; 4]> = folded.tokens().map(|t| t.span()).collect();
        // `Ａ` (3 bytes) folds to `a`; `Straße` (7 bytes) to `strasse`.
        assert_eq!(spans, [[0, 1, 0, 3], [2, 9, 4, 11]]);
    }

    /// `token_spans` is the tokens' spans, on the shared vectors and mixed texts, in
    /// both views, with and without romanisation.
    #[test]
    fn token_spans_are_the_tokens_spans() {
        let texts = nomen_testdata::fold_inputs_and([
            "Ａ Straße — Мадуро's 马杜罗表示 Ῥόδος",
            "plain ascii, only",
            "",
        ]);
        let plain = crate::Folder::builder().transliterate(false).build();
        let (mut folded, mut spans) = (Folded::new(), vec![[9; 4]]);
        let mut tokens = 0;
        for text in &texts {
            for folder in [crate::Folder::new(), plain] {
                for view in [crate::View::Folded, crate::View::Exact] {
                    folder.fold_into(text, view, &mut folded);
                    folded.token_spans(&mut spans);
                    let want: Vec<[u32; 4]> = folded.tokens().map(|t| t.span()).collect();
                    assert_eq!(spans, want, "{view:?} {text:?}");
                    // `for_each_token`: the same ranges, and the kind.
                    let mut each = Vec::new();
                    folded.for_each_token(|f, o, ideograph| each.push((f, o, ideograph)));
                    let tokens_each: Vec<_> = folded
                        .tokens()
                        .map(|t| (t.folded, t.original, t.kind == TokenKind::Ideograph))
                        .collect();
                    assert_eq!(each, tokens_each, "{view:?} {text:?}");
                    tokens += want.len();
                }
            }
        }
        assert!(tokens >= 1000, "only {tokens} tokens");
    }

    #[test]
    fn ascii_word_run_matches_the_table() {
        // Every byte value in every position, behind a run of letters.
        for pos in 0..8 {
            for b in 0..=255u8 {
                let mut chunk = *b"abcdefgh";
                chunk[pos] = b;
                let expected = chunk
                    .iter()
                    .take_while(|&&c| c < 0x80 && ASCII_WORD[usize::from(c)])
                    .count();
                assert_eq!(
                    ascii_word_run(u64::from_le_bytes(chunk)),
                    expected,
                    "{b:#x} at {pos}"
                );
            }
        }
    }
}
