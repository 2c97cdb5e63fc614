//! The folding pipeline: clusters in, folded characters with original offsets out.
//!
//! Text is cut into clusters (a base character and the combining marks, Hangul
//! vowel/final jamo that follow it), so that every canonically equivalent spelling of
//! a cluster (NFC, NFD, NFKC) is folded from the same normalized form and every output
//! character knows the original byte range it came from. Per cluster:
//!
//! 1. NFKC (compatibility forms: ligatures, width, superscripts);
//! 2. punctuation unification ([`crate::punct`]) and full case folding ([`crate::case`]);
//! 3. exact view: NFC, done. Folded view: NFD, remove accent marks by the base's script
//!    ([`crate::marks`]), NFC, fold letters that do not decompose ([`crate::letters`]);
//! 4. folded view with transliteration: romanise runs of Greek, Cyrillic, Armenian,
//!    Georgian and Hangul with digraph context ([`crate::translit`]).
//!
//! ASCII characters not followed by a mark take a fast path (lowercase, no tables);
//! so do whole words of Russian and Greek letters in the folded view (`small_word`).

use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

use crate::cache;
use crate::case::fold_case;
use crate::letters::{fold_letter, Letter};
use crate::marks::{is_tatweel, keep_mark, policy_for, MarkPolicy};
use crate::punct::{classify, Punct};
use crate::tokens::in_word_slow;
use crate::translit::{
    cyrillic_language, is_transliterated, romanise, russian, Cyrillic, WordContext,
};
use crate::View;

/// Where folded text goes: a plain string, or a string with an offset map.
pub(crate) trait Sink {
    /// Appends `c`, which came from original bytes `start..end`.
    fn push(&mut self, c: char, start: u32, end: u32);
    /// Appends the lowercase of the ASCII text `s`, whose bytes came from the
    /// original bytes `offset..offset + s.len()`, one for one.
    fn push_ascii_run(&mut self, s: &str, offset: u32) {
        for (k, b) in s.bytes().enumerate() {
            let at = offset.saturating_add(to_u32(k));
            self.push(char::from(b.to_ascii_lowercase()), at, at.saturating_add(1));
        }
    }
    /// Appends `chars`, each from its range in `ranges` (same length).
    fn push_all(&mut self, chars: &[char], ranges: &[(u32, u32)]) {
        for (&c, &(start, end)) in chars.iter().zip(ranges) {
            self.push(c, start, end);
        }
    }
    /// Appends the ASCII letters and digits of `s` (lowercased on the way; anything
    /// else in `s` is dropped), which came from `start..end`. Implementations copy `s`
    /// whole when it is (as usual: romanised letters) lowercase letters and digits only.
    fn push_ascii_lower(&mut self, s: &str, start: u32, end: u32);
    /// The original bytes up to `end` came from a letter that folds to nothing
    /// inside a word (`ь`, `ъ`): the character pushed last now reaches `end`, so a
    /// token ending there covers the letter (`Меркель` is `merkel`, bytes 0..14, not
    /// 0..12). Implementations without an offset map ignore it.
    fn extend_last(&mut self, _end: u32) {}
}

/// True when `s` is lowercase ASCII letters and digits only: [`Sink::push_ascii_lower`]
/// would keep it as it is.
#[inline]
pub(crate) fn is_lower_ascii_word(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

impl Sink for String {
    #[inline]
    fn push(&mut self, c: char, _: u32, _: u32) {
        String::push(self, c);
    }
    #[inline]
    fn push_ascii_run(&mut self, s: &str, _: u32) {
        let before = self.len();
        self.push_str(s);
        self[before..].make_ascii_lowercase();
    }
    #[inline]
    fn push_ascii_lower(&mut self, s: &str, _: u32, _: u32) {
        if is_lower_ascii_word(s) {
            self.push_str(s);
            return;
        }
        for b in s.bytes().filter(u8::is_ascii_alphanumeric) {
            String::push(self, char::from(b.to_ascii_lowercase()));
        }
    }
}

/// Reusable buffers for the pipeline.
#[derive(Debug, Default, Clone)]
pub(crate) struct Scratch {
    chars: Vec<char>,
    ranges: Vec<(u32, u32)>,
    cluster: String,
    decomposed: String,
}

/// True if `c` continues the cluster before it.
#[inline]
fn continues_cluster(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    if is_unchanged(c) {
        return false;
    }
    match cache::lookup(c) {
        Some(entry) => entry.continues(),
        None => continues_cluster_slow(c),
    }
}

/// True if `c` continues the cluster before it (without the table).
pub(crate) fn continues_cluster_slow(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    is_combining_mark(c)
        || canonical_combining_class(c) != 0
        // Hangul conjoining vowel and final jamo compose with the syllable before.
        || ('\u{1160}'..='\u{11FF}').contains(&c)
        || ('\u{D7B0}'..='\u{D7FF}').contains(&c)
        // Halfwidth katakana voiced sound marks: NFKC turns them into combining marks.
        || c == '\u{FF9E}'
        || c == '\u{FF9F}'
        // Compatibility and halfwidth Hangul jamo: NFKC turns the vowels and finals
        // into conjoining jamo that compose with the syllable before. (The halfwidth
        // block has unassigned gaps, `U+FFBF`: NFKC leaves those alone, and they
        // start a cluster of their own like any other unassigned code point.)
        || (('\u{3131}'..='\u{318E}').contains(&c) || ('\u{FFA0}'..='\u{FFDC}').contains(&c))
            && std::iter::once(c).nfkc().ne(std::iter::once(c))
        // Thai and Lao sara am: NFKC splits them into a mark and a vowel.
        || c == '\u{0E33}'
        || c == '\u{0EB3}'
        // Invisible characters the fold removes must not split a cluster: the marks
        // around them would end up in two clusters, out of canonical order.
        || classify(c) == Punct::Remove
        // Kirat Rai vowel signs are letters (Lm) that compose with each other.
        || ('\u{16D63}'..='\u{16D6A}').contains(&c)
}

#[inline]
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Folds `text` in `view` into `sink`.
#[inline]
pub(crate) fn fold_text<S: Sink>(
    text: &str,
    view: View,
    transliterate: bool,
    scratch: &mut Scratch,
    sink: &mut S,
) {
    fold_text_with::<S, true>(text, view, transliterate, scratch, sink);
}

/// [`fold_text`], with (`FAST`) or without the table's fast paths for clusters (the
/// reference the fast paths are tested against).
fn fold_text_with<S: Sink, const FAST: bool>(
    text: &str,
    view: View,
    transliterate: bool,
    scratch: &mut Scratch,
    sink: &mut S,
) {
    let continues = if FAST {
        continues_cluster
    } else {
        continues_cluster_slow
    };
    scratch.chars.clear();
    scratch.ranges.clear();
    // Output goes straight to `sink` until the first character to romanise; from
    // there on it is buffered in `scratch` and romanised with its context by `emit`.
    // (Romanisation looks only forward, and at whether the output before it ends in
    // a word, which `last` remembers.)
    let romanising = view == View::Folded && transliterate;
    let mut buffered = false;
    let mut last: Option<char> = None;
    let bytes = text.as_bytes();
    // The table entry of the character at a byte offset, when the cluster before it
    // already looked it up.
    let mut peek: Option<(usize, &'static cache::Entry)> = None;
    // Where `small_word` may look for a word next (it does not look again inside a
    // run it gave up on).
    let mut small_word_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            // A run of ASCII, less its last byte when a mark follows (that byte is
            // the base of the next cluster).
            let mut j = i + crate::ascii_prefix_len(&bytes[i..]);
            if j < bytes.len() && text[j..].chars().next().is_some_and(continues) {
                j -= 1;
            }
            if j > i {
                if buffered {
                    scratch.chars.extend(
                        bytes[i..j]
                            .iter()
                            .map(|b| char::from(b.to_ascii_lowercase())),
                    );
                    scratch
                        .ranges
                        .extend((i..j).map(|k| (to_u32(k), to_u32(k + 1))));
                    if FAST {
                        buffered = !flush_at_boundary(scratch, sink, &mut last);
                    }
                } else {
                    sink.push_ascii_run(&text[i..j], to_u32(i));
                    last = Some(char::from(bytes[j - 1]));
                }
            }
            i = j;
            if i == bytes.len() || bytes[i] >= 0x80 {
                continue;
            }
        }
        // Lead bytes of U+0380..U+047F: Greek and Cyrillic letters.
        if FAST
            && romanising
            && !buffered
            && matches!(bytes[i], 0xCE..=0xD1)
            && i >= small_word_from
        {
            let after_word = last.is_some_and(word_char);
            match small_word(text, i, after_word, scratch, sink) {
                Ok((end, c)) => {
                    i = end;
                    last = Some(c);
                    continue;
                }
                Err(end) => small_word_from = end,
            }
        }
        let start = i;
        // `i` is on a char boundary and `i < len`, so there is a char here.
        let Some(first) = text[i..].chars().next() else {
            break;
        };
        i += first.len_utf8();
        let base_end = i;
        let first_entry = match peek {
            Some((at, entry)) if FAST && at == start => Some(entry),
            _ => None,
        };
        // ASCII never continues a cluster.
        while i < bytes.len() && bytes[i] >= 0x80 {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if FAST && !is_unchanged(c) {
                // Keep the entry of the character that starts the next cluster.
                if let Some(entry) = cache::lookup(c) {
                    if !entry.continues() {
                        peek = Some((i, entry));
                        break;
                    }
                    i += c.len_utf8();
                    continue;
                }
            }
            if !continues(c) {
                break;
            }
            i += c.len_utf8();
        }
        let range = (to_u32(start), to_u32(i));
        if FAST && i == base_end {
            // A lone character: its stored output, straight to the sink unless it is
            // (or follows) a character to romanise.
            if is_ideograph_block(first) {
                if buffered {
                    scratch.chars.push(first);
                    scratch.ranges.push(range);
                } else {
                    sink.push(first, range.0, range.1);
                    last = Some(first);
                }
                continue;
            }
            if let Some(entry) = first_entry.or_else(|| {
                (!is_unchanged(first))
                    .then(|| cache::lookup(first))
                    .flatten()
            }) {
                if let Some(out) = entry.output(view) {
                    if out.is_empty() && romanised(first) {
                        absorb_dropped_letter(scratch, sink, last, range.1);
                        continue;
                    }
                    let to_romanise = romanising && entry.folded_romanised();
                    if !buffered && !to_romanise {
                        for &c in out {
                            sink.push(c, range.0, range.1);
                        }
                        if let Some(&c) = out.last() {
                            last = Some(c);
                        }
                        continue;
                    }
                    for &c in out {
                        scratch.chars.push(c);
                        scratch.ranges.push(range);
                    }
                    buffered = !flush_at_boundary(scratch, sink, &mut last);
                    continue;
                }
            }
        }
        let before = scratch.chars.len();
        if FAST && i == base_end && is_unchanged(first) {
            scratch.chars.push(first);
            scratch.ranges.push(range);
        } else {
            let fast = if FAST {
                fast_cluster(first, &text[base_end..i], view)
            } else {
                None
            };
            match fast {
                Some(Fast::Output(out)) => {
                    scratch.chars.extend_from_slice(out);
                    scratch.ranges.extend(out.iter().map(|_| range));
                }
                Some(Fast::Verbatim) => {
                    for c in text[start..i].chars() {
                        scratch.chars.push(c);
                        scratch.ranges.push(range);
                    }
                }
                None => fold_cluster(&text[start..i], range.0, range.1, view, scratch),
            }
        }
        if scratch.chars.len() == before && romanised(first) {
            absorb_dropped_letter(scratch, sink, last, range.1);
            continue;
        }
        if !buffered {
            if romanising && scratch.chars[before..].iter().any(|&c| romanised(c)) {
                buffered = true;
            } else {
                sink.push_all(&scratch.chars, &scratch.ranges);
                if let Some(&c) = scratch.chars.last() {
                    last = Some(c);
                }
                scratch.chars.clear();
                scratch.ranges.clear();
            }
        } else if FAST {
            buffered = !flush_at_boundary(scratch, sink, &mut last);
        }
    }
    if buffered {
        emit(scratch, sink, last.is_some_and(word_char));
    }
}

/// Appends the exact view of `text` to `out` when the table alone tells it, and
/// returns true; else returns false with `out` as it was. It does when no character
/// of `text` continues the cluster before it and each has a stored output: every
/// character is then a cluster of its own, which [`fold_text`] folds, in the exact
/// view, to that stored output, with no context (the exact view romanises nothing).
/// Most words of most scripts qualify; marks written apart (NFD), characters past
/// the Basic Multilingual Plane and outputs too long to store do not.
#[inline]
pub(crate) fn exact_by_table(text: &str, out: &mut String) -> bool {
    let before = out.len();
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if is_unchanged(c) {
            out.push(c);
            continue;
        }
        match cache::lookup(c) {
            Some(entry) if !entry.continues() => match entry.output(View::Exact) {
                Some(chars) => out.extend(chars),
                None => {
                    out.truncate(before);
                    return false;
                }
            },
            _ => {
                out.truncate(before);
                return false;
            }
        }
    }
    true
}

/// A letter of a romanised script folded to nothing (a cluster with no output) after
/// a word: the output
/// character before it, buffered in `scratch` or already in `sink` (`last`), now
/// reaches the letter's end `end`, so that the word's token covers it.
fn absorb_dropped_letter<S: Sink>(
    scratch: &mut Scratch,
    sink: &mut S,
    last: Option<char>,
    end: u32,
) {
    match (scratch.chars.last(), scratch.ranges.last_mut()) {
        (Some(&c), Some(range)) => {
            if word_char(c) {
                range.1 = range.1.max(end);
            }
        }
        _ => {
            if last.is_some_and(word_char) {
                sink.extend_last(end);
            }
        }
    }
}

/// The fast path for a word of the Russian or Greek alphabet: at `at`, a run of
/// characters that each fold (alone, folded view) to one small letter `а`..`я` or
/// `α`..`ω`, then the end of the text or a character that stands alone in its
/// cluster and folds to something that starts with a character that is not part of
/// a word (a space, punctuation). Such a word is romanised on its own
/// (Russian orthography, no context from outside the word but whether the output
/// before it ends in a word, `after_word`) and written straight to `sink`, as
/// [`emit`] would write it.
///
/// Returns the end of the word and its last folded character, or, when the text at
/// `at` is not such a word, where to look for one again.
#[inline]
fn small_word<S: Sink>(
    text: &str,
    at: usize,
    after_word: bool,
    scratch: &mut Scratch,
    sink: &mut S,
) -> Result<(usize, char), usize> {
    let bytes = text.as_bytes();
    let mut i = at;
    scratch.chars.clear();
    scratch.ranges.clear();
    // Two-byte sequences with these lead bytes are U+0380..U+047F.
    let letters = basic_letters();
    while i + 1 < bytes.len() && matches!(bytes[i], 0xCE..=0xD1) {
        // U+0380..U+047F, from 0.
        let n = (usize::from(bytes[i] - 0xCE) << 6) | usize::from(bytes[i + 1] & 0x3F);
        match letters[n] {
            '\0' => break,
            f => {
                scratch.chars.push(f);
                i += 2;
            }
        }
    }
    if i == at {
        return Err(i);
    }
    let word_ends = match text[i..].chars().next() {
        None => true,
        Some(c) => {
            // `c` stands alone in its cluster, and its output starts with a character
            // that is not part of a word.
            let after = &text[i + c.len_utf8()..];
            after.chars().next().is_none_or(|d| !continues_cluster(d))
                && if c.is_ascii() {
                    !c.is_ascii_alphanumeric()
                } else {
                    !continues_cluster(c)
                        && cache::lookup(c)
                            .and_then(|e| e.output(View::Folded))
                            .and_then(|out| out.first())
                            .is_some_and(|&f| !word_char(f))
                }
        }
    };
    let Some(&last) = scratch.chars.last().filter(|_| word_ends) else {
        scratch.chars.clear();
        return Err(i);
    };
    let chars = &mut scratch.chars;
    let mut in_output_word = after_word;
    let mut k = 0;
    while k < chars.len() {
        if let Some(piece) = russian(chars[k], chars.get(k + 1).copied()) {
            if !piece.is_empty() {
                sink.push_ascii_lower(piece, to_u32(at + 2 * k), to_u32(at + 2 * k + 2));
                in_output_word = true;
            } else if in_output_word {
                sink.extend_last(to_u32(at + 2 * k + 2));
            }
            k += 1;
            continue;
        }
        let ctx = WordContext {
            word_start: !in_output_word,
            language: Cyrillic::Russian,
        };
        let (latin, used) = romanise(chars, k, ctx);
        // Every letter is two bytes long.
        let start = to_u32(at + 2 * k);
        let end = to_u32(at + 2 * (k + used));
        let mut wrote = false;
        for piece in latin {
            if !piece.is_empty() {
                sink.push_ascii_lower(piece, start, end);
                let letters = piece.bytes().any(|b| b.is_ascii_alphanumeric());
                in_output_word |= letters;
                wrote |= letters;
            }
        }
        if !wrote && in_output_word {
            sink.extend_last(end);
        }
        k += used;
    }
    chars.clear();
    Ok((i, last))
}

/// For each character of U+0380..U+047F (Greek and Cyrillic), the small letter
/// [`is_basic_letter`] it folds to (folded view, alone in its cluster) when it folds
/// to one and does not continue a cluster; `'\0'` otherwise. Read from the table.
fn basic_letters() -> &'static [char; 256] {
    static LETTERS: std::sync::OnceLock<[char; 256]> = std::sync::OnceLock::new();
    LETTERS.get_or_init(|| {
        std::array::from_fn(|k| {
            char::from_u32(0x380 + k as u32)
                .and_then(cache::lookup)
                .filter(|entry| !entry.continues())
                .and_then(|entry| match entry.output(View::Folded) {
                    Some(&[f]) if is_basic_letter(f) => Some(f),
                    _ => None,
                })
                .unwrap_or('\0')
        })
    })
}

/// The small letters of the Russian (`а`..`я`) and Greek (`α`..`ω`) alphabets:
/// romanised without context from outside their word, in Russian orthography.
#[inline(always)]
fn is_basic_letter(c: char) -> bool {
    matches!(c as u32, 0x03B1..=0x03C9 | 0x0430..=0x044F)
}

/// Romanises and writes out the buffered characters when they end with an ASCII
/// character that is not a letter or digit: romanisation looks ahead no further
/// than the end of a word, so nothing after it can change them. Returns whether it
/// did (the buffer is then empty and `last` is that character).
///
/// Text in another script with a few Greek or Cyrillic words then goes back to the
/// direct path after each of them.
#[inline]
fn flush_at_boundary<S: Sink>(
    scratch: &mut Scratch,
    sink: &mut S,
    last: &mut Option<char>,
) -> bool {
    match scratch.chars.last() {
        Some(&c) if c.is_ascii() && !c.is_ascii_alphanumeric() => {
            emit(scratch, sink, last.is_some_and(word_char));
            *last = Some(c);
            scratch.chars.clear();
            scratch.ranges.clear();
            true
        }
        _ => false,
    }
}

/// The pipeline's output for `cluster` alone (the table's source of truth).
pub(crate) fn fold_single_cluster_slow<'s>(
    cluster: &str,
    view: View,
    scratch: &'s mut Scratch,
) -> &'s [char] {
    scratch.chars.clear();
    scratch.ranges.clear();
    fold_cluster(cluster, 0, to_u32(cluster.len()), view, scratch);
    &scratch.chars
}

/// A cluster folded without the normalization steps.
enum Fast {
    /// The stored output of the cluster's first character.
    Output(&'static [char]),
    /// The cluster itself, unchanged.
    Verbatim,
}

/// The output of the cluster `first` + `rest` when the table can tell it without
/// normalizing (a lone character with a stored output; a letter followed by accents
/// in the folded view; characters that no step changes, in canonical order).
///
/// `rest` holds the characters that continue the cluster (marks, mostly).
#[inline(always)]
fn fast_cluster(first: char, rest: &str, view: View) -> Option<Fast> {
    let entry = cache::lookup(first)?;
    if rest.is_empty() {
        return entry.output(view).map(Fast::Output);
    }
    // Folded view: the accents of a Latin, Greek, Hebrew, Arabic, ... letter go.
    if view == View::Folded
        && entry.strips_marks()
        && rest
            .chars()
            .all(|m| cache::lookup(m).is_some_and(cache::Entry::accent))
    {
        return entry.output(View::Folded).map(Fast::Output);
    }
    // A cluster of characters that no step changes, in canonical order, is already
    // NFKC (hence NFC), case-folded and without punctuation to unify: the exact view
    // is the cluster. In the folded view it stays too when its base keeps its marks
    // (Indic vowel signs, ...) and letter folding changes none of it.
    let folded = view == View::Folded;
    if !entry.verbatim() || (folded && (entry.mark() || !entry.keeps_marks())) {
        return None;
    }
    let mut last_ccc = entry.ccc;
    for m in rest.chars() {
        let e = cache::lookup(m)?;
        if !e.verbatim() || !e.mark() || (folded && !e.keeps_marks()) {
            return None;
        }
        if e.ccc != 0 && last_ccc > e.ccc {
            return None;
        }
        last_ccc = e.ccc;
    }
    Some(Fast::Verbatim)
}

/// True for characters that no step of the pipeline changes when they stand alone:
/// CJK unified ideographs, Hiragana, Katakana and Hangul syllables (Hangul is
/// romanised later, from the folded characters).
#[inline]
fn is_unchanged(c: char) -> bool {
    let n = c as u32;
    n >= 0x3041
        && matches!(n, 0x3041..=0x3096 | 0x30A1..=0x30FA | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3)
}

/// True for the CJK unified ideographs, Hiragana and Katakana that no step of the
/// pipeline changes (and none romanises) when they stand alone.
#[inline]
fn is_ideograph_block(c: char) -> bool {
    let n = c as u32;
    // One comparison for the scripts before the CJK blocks.
    n >= 0x3041
        && matches!(n, 0x3041..=0x3096 | 0x30A1..=0x30FA | 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

/// True if `c` is a combining mark.
#[inline]
fn is_mark(c: char) -> bool {
    if c.is_ascii() || is_ideograph_block(c) || is_small_letter(c) {
        return false;
    }
    match cache::lookup(c) {
        Some(entry) => entry.mark(),
        None => is_combining_mark(c),
    }
}

/// True if `c` continues a word token.
#[inline]
pub(crate) fn word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if is_small_letter(c) {
        return true;
    }
    if is_ideograph_block(c) {
        return false;
    }
    match cache::lookup(c) {
        Some(entry) => entry.in_word(),
        None => in_word_slow(c),
    }
}

/// (`c` is romanised, `c` continues a word), with one table lookup.
#[inline(always)]
fn classes(c: char) -> (bool, bool) {
    if c.is_ascii() {
        return (false, c.is_ascii_alphanumeric());
    }
    if is_small_letter(c) {
        return (true, true);
    }
    if is_ideograph_block(c) {
        return (false, false);
    }
    match cache::lookup(c) {
        Some(entry) => (entry.transliterated(), entry.in_word()),
        None => (is_transliterated(c), in_word_slow(c)),
    }
}

/// True for the small letters of the Greek and Russian alphabets (`α`..`ω`,
/// `а`..`я`, `ѐ`..`џ`), the bulk of the text romanised: letters that continue a
/// word, are romanised and are not marks (as the table says; a test checks it).
#[inline(always)]
fn is_small_letter(c: char) -> bool {
    matches!(c as u32, 0x03B1..=0x03C9 | 0x0430..=0x045F)
}

/// Whether `c` (folded) is romanised in the folded view.
#[inline]
fn romanised(c: char) -> bool {
    if c.is_ascii() || is_ideograph_block(c) {
        return false;
    }
    match cache::lookup(c) {
        Some(entry) => entry.transliterated(),
        None => is_transliterated(c),
    }
}

/// Folds one cluster into `scratch.chars` / `scratch.ranges`.
fn fold_cluster(cluster: &str, start: u32, end: u32, view: View, scratch: &mut Scratch) {
    let Scratch {
        chars,
        ranges,
        cluster: tmp,
        decomposed,
        ..
    } = scratch;
    tmp.clear();
    for c in cluster.chars().nfkc() {
        match classify(c) {
            Punct::Keep => fold_case(c, |f| tmp.push(f)),
            Punct::Replace(r) => tmp.push(r),
            Punct::Remove => {}
        }
    }
    // `´` (used as an apostrophe) is a space and an acute accent under NFKC: that
    // cluster is the apostrophe, so `Maduro´s` and its NFKC spelling meet.
    if tmp.contains(" \u{301}") {
        *tmp = tmp.replace(" \u{301}", "'");
    }
    // `i` + combining dot above is how full case folding spells `İ`; the dot is
    // redundant on an `i` and would shift offsets and split matches: drop it, so
    // `İstanbul`, `I\u{307}stanbul` and `i\u{307}stanbul` all give `istanbul`.
    if tmp.contains("i\u{307}") {
        *tmp = tmp.replace("i\u{307}", "i");
    }
    if view == View::Exact {
        for c in tmp.chars().nfc() {
            chars.push(c);
            ranges.push((start, end));
        }
        return;
    }
    decomposed.clear();
    let mut base: Option<char> = None;
    let mut policy = MarkPolicy::Strip;
    for c in tmp.chars().nfd() {
        if is_combining_mark(c) {
            if base.is_some_and(|b| keep_mark(policy, b, c)) {
                decomposed.push(c);
            }
        } else if !is_tatweel(c) {
            base = Some(c);
            policy = policy_for(c);
            decomposed.push(c);
        }
    }
    // A base folded to ASCII (a digit of another script, a letter spelled out)
    // drops the marks left after it, as an ASCII base would.
    let mut after_ascii = false;
    for c in decomposed.chars().nfc() {
        if c.is_ascii() {
            after_ascii = true;
            chars.push(c);
            ranges.push((start, end));
            continue;
        }
        if after_ascii && is_combining_mark(c) {
            continue;
        }
        after_ascii = false;
        match fold_letter(c) {
            Letter::Same => {
                chars.push(c);
                ranges.push((start, end));
            }
            Letter::Char(x) => {
                after_ascii = x.is_ascii();
                chars.push(x);
                ranges.push((start, end));
            }
            Letter::Text(t) => {
                after_ascii = true;
                for b in t.bytes() {
                    chars.push(char::from(b));
                    ranges.push((start, end));
                }
            }
        }
    }
}

/// Emits the folded characters, romanising where asked.
///
/// `after_word` says whether the output already in `sink` ends inside a word.
fn emit<S: Sink>(scratch: &mut Scratch, sink: &mut S, after_word: bool) {
    let Scratch { chars, ranges, .. } = scratch;
    // Word boundaries as the tokenizer sees them in the OUTPUT (a letter romanised to
    // nothing, like `ь`, does not start or end a word), so a token folds the same
    // wherever it stands: where the current word began, and its Cyrillic orthography
    // (computed when first needed).
    let mut in_output_word = after_word;
    let mut word_begin = 0;
    let mut language: Option<Cyrillic> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let word_start = !in_output_word;
        if word_start {
            word_begin = i;
            language = None;
        }
        let (romanised_c, word_c) = classes(c);
        if !romanised_c {
            // Everything up to the next romanised character goes out as it is,
            // tracking word boundaries through the run exactly as char by char.
            in_output_word = word_c;
            let mut end = i + 1;
            while let Some(&d) = chars.get(end) {
                let (romanised_d, word_d) = classes(d);
                if romanised_d {
                    break;
                }
                if !in_output_word {
                    word_begin = end;
                    language = None;
                }
                in_output_word = word_d;
                end += 1;
            }
            sink.push_all(&chars[i..end], &ranges[i..end]);
            i = end;
            continue;
        }
        let language = *language.get_or_insert_with(|| cyrillic_language(chars, word_begin));
        let ctx = WordContext {
            word_start,
            language,
        };
        let (latin, used) = romanise(chars, i, ctx);
        let start = ranges[i].0;
        let end = ranges[i + used - 1].1;
        let mut wrote = false;
        for piece in latin {
            if !piece.is_empty() {
                sink.push_ascii_lower(piece, start, end);
                let letters = piece.bytes().any(|b| b.is_ascii_alphanumeric());
                in_output_word |= letters;
                wrote |= letters;
            }
        }
        if !wrote && in_output_word {
            sink.extend_last(end);
        }
        i += used;
        // Marks kept after the letter (Hangul tone marks, stray accents) would land on
        // the Latin spelling: drop them, as after any Latin letter.
        while i < chars.len() && is_mark(chars[i]) {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Folded;
    use proptest::prelude::*;

    /// Folds `text` with and without the fast paths, in both views, with and
    /// without romanisation, and panics with `what` if they differ.
    fn assert_fast_is_slow(text: &str, fast: &mut Scratch, slow: &mut Scratch, what: &str) {
        for view in [View::Exact, View::Folded] {
            for transliterate in [false, true] {
                let mut got = Folded::new();
                fold_text_with::<_, true>(text, view, transliterate, fast, &mut got);
                let mut want = Folded::new();
                fold_text_with::<_, false>(text, view, transliterate, slow, &mut want);
                assert_eq!(got.as_str(), want.as_str(), "{what} {view:?} {text:?}");
                for k in 0..=got.as_str().len() {
                    assert_eq!(
                        got.original_range(0..k),
                        want.original_range(0..k),
                        "{what} {view:?} {text:?}: offsets"
                    );
                }
            }
        }
    }

    fn bmp() -> impl Iterator<Item = char> {
        (0x80..0x10000).filter_map(char::from_u32)
    }

    fn hex(c: char) -> String {
        format!("U+{:04X}", c as u32)
    }

    /// The table's stored outputs and the unchanged ranges give what the full
    /// pipeline gives, for every character of the BMP standing alone.
    #[test]
    fn fast_paths_agree_with_the_pipeline() {
        let mut fast = Scratch::default();
        let mut slow = Scratch::default();
        for c in bmp() {
            let s = c.to_string();
            for view in [View::Exact, View::Folded] {
                let mut out = String::new();
                fold_text(&s, view, false, &mut fast, &mut out);
                let want: String = fold_single_cluster_slow(&s, view, &mut slow)
                    .iter()
                    .collect();
                assert_eq!(out, want, "{} {view:?}", hex(c));
            }
        }
    }

    /// Every letter whose marks the table strips, followed by every accent the
    /// table strips (alone, and two of them), folds as the full pipeline folds it.
    #[test]
    fn accents_after_letters_agree_with_the_pipeline() {
        let mut fast = Scratch::default();
        let mut slow = Scratch::default();
        let entry = |c| cache::lookup(c).expect("BMP");
        let bases: Vec<char> = ('\0'..='\u{7F}')
            .chain(bmp())
            .filter(|&c| entry(c).strips_marks())
            .collect();
        let accents: Vec<char> = bmp().filter(|&c| entry(c).accent()).collect();
        assert!(bases.len() > 1000 && accents.len() > 300);
        for &b in &bases {
            for &m in &accents {
                let text = format!("{b}{m}");
                for view in [View::Exact, View::Folded] {
                    let mut got = String::new();
                    fold_text(&text, view, false, &mut fast, &mut got);
                    let want: String = fold_single_cluster_slow(&text, view, &mut slow)
                        .iter()
                        .collect();
                    assert_eq!(got, want, "{} {} {view:?}", hex(b), hex(m));
                }
            }
        }
        // Two accents, in and out of canonical order, on every base.
        let pairs = [
            '\u{301}', '\u{323}', '\u{5B8}', '\u{5C1}', '\u{64E}', '\u{651}', '\u{342}',
        ];
        for &b in &bases {
            for m1 in pairs {
                for m2 in pairs {
                    assert_fast_is_slow(&format!("{b}{m1}{m2}"), &mut fast, &mut slow, "pair");
                }
            }
        }
    }

    /// Clusters of verbatim characters (kept as they are) agree with the pipeline:
    /// every verbatim mark after bases of many scripts, and every verbatim base
    /// before marks of many scripts.
    #[test]
    fn verbatim_clusters_agree_with_the_pipeline() {
        let mut fast = Scratch::default();
        let mut slow = Scratch::default();
        let entry = |c| cache::lookup(c).expect("BMP");
        let marks: Vec<char> = bmp()
            .filter(|&c| entry(c).verbatim() && entry(c).mark())
            .collect();
        let bases: Vec<char> = bmp()
            .filter(|&c| entry(c).verbatim() && !entry(c).mark())
            .collect();
        assert!(marks.len() > 500 && bases.len() > 10_000);
        let some_bases = [
            'a', 'é', 'ש', 'م', 'ह', 'क', 'ক', 'க', 'ก', 'ກ', 'ཀ', 'က', 'ა', 'Ա', 'α', 'и', '中',
            'あ', '한', 'ᄀ', '\u{A0}', '€', '1',
        ];
        for m in &marks {
            for b in some_bases {
                assert_fast_is_slow(&format!("{b}{m}"), &mut fast, &mut slow, "mark");
            }
        }
        let some_marks = [
            '\u{301}', '\u{5B8}', '\u{651}', '\u{93F}', '\u{94D}', '\u{9BE}', '\u{BCD}', '\u{E34}',
            '\u{F72}', '\u{102C}', '\u{1DC0}', '\u{20D0}', '\u{302A}',
        ];
        for b in &bases {
            for m in some_marks {
                let text = format!("{b}{m}");
                for view in [View::Exact, View::Folded] {
                    let mut got = String::new();
                    fold_text(&text, view, false, &mut fast, &mut got);
                    let want: String = fold_single_cluster_slow(&text, view, &mut slow)
                        .iter()
                        .collect();
                    assert_eq!(got, want, "{} {} {view:?}", hex(*b), hex(m));
                }
            }
        }
    }

    /// The shortcut for small Greek and Cyrillic letters says what the table says.
    #[test]
    fn small_letters_are_romanised_word_letters() {
        for c in (0x370..0x530).filter_map(char::from_u32) {
            if is_small_letter(c) {
                let e = cache::lookup(c).expect("BMP");
                assert!(e.transliterated() && e.in_word() && !e.mark(), "{}", hex(c));
                assert!(!e.continues(), "{}", hex(c));
            }
        }
    }

    /// Cases the property tests found: clusters that start with a mark (no base),
    /// and a word written out at a separator after a Serbian letter.
    #[test]
    fn found_cases_agree_with_the_pipeline() {
        let mut fast = Scratch::default();
        let mut slow = Scratch::default();
        for text in [
            "\u{316}\u{315}",
            "\u{31e}\u{333}｣ഈ\\",
            "\u{37A}\u{301}",
            "ј1й ",
            "aμπα μπα Μπάιντεν-ντα, γκ.",
            "xъда ъгъл, объявление",
        ] {
            assert_fast_is_slow(text, &mut fast, &mut slow, "found");
        }
    }

    /// Characters from the blocks the fast paths serve, bases and marks mixed.
    fn clustered_char() -> impl Strategy<Value = char> {
        prop_oneof![
            3 => proptest::char::range('\u{20}', '\u{7E}'),
            2 => proptest::char::range('\u{A0}', '\u{24F}'),
            4 => proptest::char::range('\u{300}', '\u{36F}'),
            2 => proptest::char::range('\u{370}', '\u{52F}'),
            1 => proptest::char::range('\u{530}', '\u{58F}'),
            4 => proptest::char::range('\u{590}', '\u{8FF}'),
            4 => proptest::char::range('\u{900}', '\u{DFF}'),
            2 => proptest::char::range('\u{E00}', '\u{10FF}'),
            1 => proptest::char::range('\u{1100}', '\u{11FF}'),
            2 => proptest::char::range('\u{1AB0}', '\u{1FFF}'),
            2 => proptest::char::range('\u{2000}', '\u{2BFF}'),
            1 => proptest::char::range('\u{3000}', '\u{30FF}'),
            1 => proptest::char::range('\u{AC00}', '\u{AC40}'),
            2 => proptest::char::range('\u{FB00}', '\u{FFEF}'),
            1 => any::<char>(),
        ]
    }

    /// Words of the romanised scripts (digraphs, Ukrainian and Serbian letters, hard
    /// signs, accents) between separators and Latin words.
    fn romanised_text() -> impl Strategy<Value = String> {
        let letter = prop_oneof![
            4 => proptest::sample::select(
                "мадуроъьйїієґјљђМПΟΥμπντγκουαυευηυσςΆάΐ".chars().collect::<Vec<_>>()
            ),
            1 => proptest::char::range('\u{370}', '\u{52F}'),
            1 => proptest::char::range('\u{531}', '\u{587}'),
            1 => proptest::char::range('\u{10D0}', '\u{10FA}'),
            1 => proptest::char::range('\u{AC00}', '\u{AC40}'),
            1 => proptest::sample::select(vec!['\u{301}', '\u{308}', '\u{306}', 'a', 'Z', '1']),
        ];
        let word = proptest::collection::vec(letter, 1..6);
        let sep = proptest::sample::select(vec![" ", ", ", "-", "'", "’", "\u{A0}", "«", "", "x "]);
        proptest::collection::vec((word, sep), 0..8).prop_map(|parts| {
            parts
                .into_iter()
                .map(|(w, s)| w.into_iter().collect::<String>() + s)
                .collect()
        })
    }

    /// Words of the small Russian and Greek letters (the ones `small_word` takes),
    /// with capitals, accented and other letters mixed in, before every kind of end:
    /// separators, separators a mark continues, digits, Latin letters, the end.
    fn small_words() -> impl Strategy<Value = String> {
        let letter = prop_oneof![
            4 => proptest::sample::select("мадуроъьйыэюяАЯЪЬЁёєј".chars().collect::<Vec<_>>()),
            4 => proptest::sample::select("μπντγκουευηαωΜΠΑΩΆάΐςΣ".chars().collect::<Vec<_>>()),
            1 => proptest::char::range('\u{380}', '\u{47F}'),
            1 => proptest::sample::select(vec!['a', 'Z', '1', '\u{301}', '\u{345}', '中']),
        ];
        let word = proptest::collection::vec(letter, 0..7);
        let sep = proptest::sample::select(vec![
            " ", ", ", "-", "'", " \u{301}", "-\u{300}", ".\u{345}", " a", "\u{A0}", "", "1",
        ]);
        proptest::collection::vec((word, sep), 0..8).prop_map(|parts| {
            parts
                .into_iter()
                .map(|(w, s)| w.into_iter().collect::<String>() + s)
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        /// Russian and Greek words fold alike with and without the fast paths (the
        /// whole-word path `small_word` included).
        #[test]
        fn fast_paths_agree_on_small_words(text in small_words()) {
            assert_fast_is_slow(&text, &mut Scratch::default(), &mut Scratch::default(), "small");
        }

        /// Romanised words fold alike with and without the fast paths (which also
        /// write each word out as soon as it ends).
        #[test]
        fn fast_paths_agree_on_romanised_words(text in romanised_text()) {
            assert_fast_is_slow(&text, &mut Scratch::default(), &mut Scratch::default(), "words");
        }

        /// Mixed strings fold alike with and without the fast paths (text and
        /// offsets, both views, with and without romanisation).
        #[test]
        fn fast_paths_agree_on_mixed_strings(
            chars in proptest::collection::vec(clustered_char(), 0..16),
        ) {
            let text: String = chars.into_iter().collect();
            assert_fast_is_slow(&text, &mut Scratch::default(), &mut Scratch::default(), "mixed");
        }
    }

    /// A char whose compatibility decomposition starts with a mark must continue the
    /// cluster before it, or the NFKC spelling of a text would cluster differently.
    /// Where the table alone tells a text's exact view, it is the pipeline's: every
    /// character of the Basic Multilingual Plane alone, after a letter, doubled and
    /// before an accent, and the shared vectors.
    #[test]
    fn exact_by_table_is_the_pipeline() {
        let mut texts: Vec<String> = nomen_testdata::fold_inputs_and(["Мадуро", "Ῥόδος"]);
        for c in bmp() {
            texts.push(c.to_string());
            texts.push(format!("A{c}"));
            texts.push(format!("{c}{c}z"));
            texts.push(format!("{c}\u{301}"));
        }
        let (mut told, mut slow) = (0, Scratch::default());
        for text in &texts {
            let mut got = String::from("x");
            if exact_by_table(text, &mut got) {
                let mut want = String::from("x");
                fold_text_with::<_, false>(text, View::Exact, false, &mut slow, &mut want);
                assert_eq!(got, want, "{text:?}");
                told += 1;
            } else {
                assert_eq!(got, "x", "{text:?}");
            }
        }
        assert!(told > texts.len() / 2, "{told} of {}", texts.len());
        let mut out = String::new();
        assert!(!exact_by_table("Jose\u{301}", &mut out) && out.is_empty());
        assert!(exact_by_table("GONZÁLEZ Мадуро", &mut out));
        assert_eq!(out, "gonzález мадуро");
    }

    #[test]
    fn chars_decomposing_to_a_leading_mark_continue_the_cluster() {
        let mut missing = Vec::new();
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let first = std::iter::once(c).nfkd().next();
            if first.is_some_and(|f| f != c && continues_cluster(f)) && !continues_cluster(c) {
                missing.push(format!("U+{:04X}", c as u32));
            }
        }
        assert!(missing.is_empty(), "{}", missing.join(" "));
    }
}
