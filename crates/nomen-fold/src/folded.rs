//! Folded text that remembers where every byte came from.

use std::ops::Range;

use crate::pipeline::{Scratch, Sink};
use crate::tokens::Tokens;

/// Folded text plus a map from each of its bytes back to the original text.
///
/// Built by [`Folder::fold_into`](crate::Folder::fold_into); reuse one value across
/// calls to avoid allocating. Offsets are byte offsets into the original text and
/// always fall on its char boundaries. Texts longer than 4 GiB are not supported
/// (offsets are stored as `u32` and saturate).
#[derive(Debug, Default, Clone)]
pub struct Folded {
    pub(crate) text: String,
    /// For each byte of `text`, the start of the original range it came from.
    starts: Vec<u32>,
    /// For each byte of `text`, the end of the original range it came from.
    ends: Vec<u32>,
    /// When true, the map is the identity and `starts`/`ends` are empty.
    identity: bool,
    /// Length of the original text.
    original_len: usize,
    pub(crate) scratch: Scratch,
}

impl Folded {
    /// An empty value, ready to be filled by [`Folder::fold_into`](crate::Folder::fold_into).
    pub fn new() -> Self {
        Self::default()
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in bytes of the original text this was folded from.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// Maps a byte range of the folded text to the byte range of the original text it
    /// came from. The result always lies on char boundaries of the original.
    ///
    /// An empty range maps to an empty range at the corresponding position; a range
    /// beyond the end is clamped.
    pub fn original_range(&self, folded: Range<usize>) -> Range<usize> {
        let len = self.text.len();
        let start = folded.start.min(len);
        let end = folded.end.min(len).max(start);
        if self.identity {
            return start..end;
        }
        let orig_start = if start < len {
            self.starts[start] as usize
        } else {
            self.original_len
        };
        if end == start {
            return orig_start..orig_start;
        }
        let orig_end = self.ends[end - 1] as usize;
        orig_start..orig_end.max(orig_start)
    }

    /// [`Folded::original_range`] of a token: `start < end <= self.text.len()`, so
    /// neither clamp nor the empty case applies.
    #[inline]
    pub(crate) fn token_original(&self, start: usize, end: usize) -> Range<usize> {
        debug_assert!(start < end && end <= self.text.len());
        if self.identity {
            return start..end;
        }
        match (self.starts.get(start), self.ends.get(end.wrapping_sub(1))) {
            (Some(&s), Some(&e)) => s as usize..(e.max(s) as usize),
            _ => self.original_range(start..end),
        }
    }

    /// True when every offset into the folded and the original text fits in 32 bits,
    /// so that [`crate::Token::span`] is exact for every token.
    pub fn spans_fit(&self) -> bool {
        u32::try_from(self.text.len().max(self.original_len)).is_ok()
    }

    /// The tokens (words, numbers, single CJK characters) of the folded text.
    pub fn tokens(&self) -> Tokens<'_> {
        Tokens::new(self)
    }

    /// Calls `f(folded, original, ideograph)` for every token, in order: each token's
    /// byte range in the folded text, in the original text, and whether it is a single
    /// Han or Kana character ([`TokenKind::Ideograph`](crate::TokenKind::Ideograph)).
    /// What [`Folded::tokens`] gives, without making each [`Token`](crate::Token):
    /// for a caller that reads every token of long texts.
    #[inline]
    pub fn for_each_token(&self, f: impl FnMut(Range<usize>, Range<usize>, bool)) {
        crate::tokens::for_each(self, f);
    }

    /// Sets `out` to the [`Token::span`](crate::Token::span) of every token, in
    /// order (as `self.tokens().map(|t| t.span())` would, without making the tokens);
    /// exact when [`Folded::spans_fit`] holds.
    pub fn token_spans(&self, out: &mut Vec<[u32; 4]>) {
        crate::tokens::spans_into(self, out);
    }

    pub(crate) fn reset(&mut self, original_len: usize) {
        self.text.clear();
        self.starts.clear();
        self.ends.clear();
        self.text.reserve(original_len);
        self.starts.reserve(original_len);
        self.ends.reserve(original_len);
        self.identity = false;
        self.original_len = original_len;
    }

    /// Fills `self` with the lowercase of an ASCII `text`, with the identity map.
    pub(crate) fn set_ascii(&mut self, text: &str) {
        self.reset(text.len());
        self.text.push_str(text);
        self.text.make_ascii_lowercase();
        self.identity = true;
    }
}

impl Sink for Folded {
    #[inline]
    fn push(&mut self, c: char, start: u32, end: u32) {
        if c.is_ascii() {
            // One byte, one map entry.
            self.text.push(c);
            self.starts.push(start);
            self.ends.push(end);
            return;
        }
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.starts.push(start);
            self.ends.push(end);
        }
    }

    fn extend_last(&mut self, end: u32) {
        // Every byte of the last character carries its range.
        let Some(&start) = self.starts.last() else {
            return;
        };
        for (s, e) in self.starts.iter().zip(self.ends.iter_mut()).rev() {
            if *s != start {
                break;
            }
            *e = (*e).max(end);
        }
    }

    fn push_ascii_run(&mut self, s: &str, offset: u32) {
        let before = self.text.len();
        self.text.push_str(s);
        self.text[before..].make_ascii_lowercase();
        let end = offset.saturating_add(u32::try_from(s.len()).unwrap_or(u32::MAX));
        self.starts.extend(offset..end);
        self.ends
            .extend(offset.saturating_add(1)..end.saturating_add(1));
    }

    fn push_all(&mut self, chars: &[char], ranges: &[(u32, u32)]) {
        if chars.iter().all(char::is_ascii) {
            self.text.extend(chars.iter());
            self.starts.extend(ranges.iter().map(|r| r.0));
            self.ends.extend(ranges.iter().map(|r| r.1));
            return;
        }
        for (&c, &(start, end)) in chars.iter().zip(ranges) {
            self.push(c, start, end);
        }
    }

    #[inline]
    fn push_ascii_lower(&mut self, s: &str, start: u32, end: u32) {
        let before = self.text.len();
        if crate::pipeline::is_lower_ascii_word(s) {
            self.text.push_str(s);
        } else {
            self.text.extend(
                s.bytes()
                    .filter(u8::is_ascii_alphanumeric)
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
        }
        let added = self.text.len() - before;
        self.starts.extend(std::iter::repeat_n(start, added));
        self.ends.extend(std::iter::repeat_n(end, added));
    }
}

#[cfg(test)]
mod tests {
    use crate::{Folded, Folder, View};

    /// The original text of each token of `text` (folded view, with and without
    /// romanisation).
    fn token_texts(folder: &Folder, text: &str) -> Vec<String> {
        let mut folded = Folded::new();
        folder.fold_into(text, View::Folded, &mut folded);
        folded
            .tokens()
            .map(|t| text[t.original].to_string())
            .collect()
    }

    /// An unassigned code point inside the halfwidth Hangul block (`U+FFBF`, found by
    /// the property test) is no jamo: it does not join the letter before it, so the
    /// word's token ends where the letter does.
    #[test]
    fn an_unassigned_code_point_is_not_part_of_the_word_before_it() {
        let folder = Folder::new();
        for (text, word) in [
            ("e\u{FFBF}\u{4D8}", "e"),
            ("\u{400}\u{FFBF}\u{4D8}", "\u{400}"),
            ("Мадуро\u{FFC0}", "Мадуро"),
        ] {
            assert_eq!(token_texts(&folder, text), [word], "{text:?}");
        }
        // An assigned halfwidth jamo still composes with the syllable before it.
        assert_eq!(
            token_texts(&folder, "\u{AC00}\u{FFC2}"),
            ["\u{AC00}\u{FFC2}"]
        );
    }

    #[test]
    fn a_token_spans_its_whole_written_word() {
        let folder = Folder::new();
        let plain = Folder::builder().transliterate(false).build();
        // Every word must come back whole, in every script, whatever it folds to:
        // letters that fold to nothing at the end (`ь`, `ъ`), in the middle, marks
        // in NFD, final sigma, dotted capital I, ß, ligatures, Kana and Han.
        for text in [
            "Бывший канцлер Ангела Меркель не участвовала.",
            "Игорь Сечин, Съезд, Объём, Подъезд.",
            "Гоголь Гоголь. ГОГОЛЬ",
            "Мальта Київ Соф\u{0456}я",
            "José Jose\u{301} Ña\u{303}na Müller Mu\u{308}ller",
            "Ὀδυσσεύς Μαδούρο Τσίπρας ΤΣΙΠΡΑΣ",
            "İstanbul Işık Straße STRASSE ﬁnance Œuvre",
            "ニコラス・マドゥロ 尼古拉斯、马杜罗表示",
            "Սարգսյան Მამუკა 김정은",
        ] {
            for f in [&folder, &plain] {
                let words: Vec<String> = text
                    .split(|c: char| !nomen_fold_word(c))
                    .filter(|w| !w.is_empty())
                    .flat_map(split_ideographs)
                    .collect();
                assert_eq!(token_texts(f, text), words, "{text:?}");
            }
        }
    }

    /// A word character of the tokenizer.
    fn nomen_fold_word(c: char) -> bool {
        crate::is_word_char(c)
    }

    /// Han and Kana are one token per character.
    fn split_ideographs(word: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut run = String::new();
        for c in word.chars() {
            if crate::is_ideographic(c) {
                if !run.is_empty() {
                    out.push(std::mem::take(&mut run));
                }
                out.push(c.to_string());
            } else {
                run.push(c);
            }
        }
        if !run.is_empty() {
            out.push(run);
        }
        out
    }
}
