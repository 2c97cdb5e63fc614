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

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let text = self.folded.as_str();
        let bytes = text.as_bytes();
        // Skip separators.
        let mut start = self.pos;
        let mut first = None;
        while start < bytes.len() {
            let b = bytes[start];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    first = Some((char::from(b), false));
                    break;
                }
                start += 1;
                continue;
            }
            let c = text[start..].chars().next()?;
            let (word, ideographic) = token_class(c);
            if word {
                first = Some((c, ideographic));
                break;
            }
            start += c.len_utf8();
        }
        let (first, ideographic) = first?;
        let mut end = start + first.len_utf8();
        let kind = if ideographic {
            TokenKind::Ideograph
        } else {
            while end < bytes.len() {
                let b = bytes[end];
                if b < 0x80 {
                    if b.is_ascii_alphanumeric() {
                        end += 1;
                        continue;
                    }
                    break;
                }
                let Some(c) = text[end..].chars().next() else {
                    break;
                };
                let (word, ideographic) = token_class(c);
                if word && !ideographic {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            TokenKind::Word
        };
        self.pos = end;
        Some(Token {
            text: &text[start..end],
            folded: start..end,
            original: self.folded.original_range(start..end),
            kind,
        })
    }
}
