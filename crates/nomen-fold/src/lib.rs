//! Text folding for nomen: one implementation of "these two spellings are the same".
//!
//! Every place in nomen that compares text (the entity matcher, the tantivy analyzer
//! at index and query time, the name resolver) folds it with this crate, so they can
//! never disagree. The crate does no I/O and knows nothing of tantivy.
//!
//! # Two views
//!
//! * [`View::Exact`]: Unicode-normalized (NFKC), fully case-folded (`Straße` →
//!   `strasse`, `İstanbul` → `istanbul`, final sigma), punctuation unified (all
//!   apostrophes → `'`, all dashes → `-`, all spaces → ` `, zero-width characters and
//!   soft hyphens removed); accents and scripts kept. Used to prefer exact matches.
//! * [`View::Folded`]: the exact view, then accents removed where they are accents
//!   (Latin, Greek, Cyrillic `ё`, Hebrew niqqud, Arabic harakat and tatweel; never
//!   Indic vowel signs, never Cyrillic `й`), letters that do not decompose spelled out
//!   (`ł` → `l`, `ø` → `o`, `þ` → `th`, `æ` → `ae`, ...), and Greek, Cyrillic,
//!   Armenian, Georgian and Hangul romanised (`Μαδούρο`, `Мадуро` → `maduro`). Han and
//!   Kana are kept as they are. This is the matching key.
//!
//! NFC, NFD and NFKC spellings of the same text fold identically in both views.
//!
//! # Offsets
//!
//! [`Folder::fold_into`] fills a [`Folded`], which maps every byte of the folded text
//! back to the byte range of the original text it came from, on char boundaries.
//! [`Folded::tokens`] cuts the folded text into [`Token`]s that carry both ranges.
//!
//! # Example
//!
//! ```
//! use nomen_fold::{Folded, Folder, View};
//!
//! let folder = Folder::new();
//! assert_eq!(folder.fold("NICOLÁS MADURO’s"), "nicolas maduro's");
//! assert_eq!(folder.fold("Николас Мадуро"), "nikolas maduro");
//! assert_eq!(folder.fold_exact("Straße İstanbul"), "strasse istanbul");
//!
//! let text = "El presidente Nicolás Maduro";
//! let mut folded = Folded::new();
//! folder.fold_into(text, View::Folded, &mut folded);
//! let last = folded.tokens().last().expect("a token");
//! assert_eq!(last.text, "maduro");
//! assert_eq!(&text[last.original], "Maduro");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Speed
//!
//! Text that needs no change is returned borrowed (no allocation); ASCII text takes a
//! fast path that only lowercases; ASCII runs inside other text are copied in bulk.
//! Every character of the Basic Multilingual Plane standing alone in its cluster is
//! looked up in a table filled lazily, 128 characters at a time, from the pipeline
//! itself; the same table tells which clusters need no normalization: a letter of a
//! script whose marks are accents followed by accents (Hebrew niqqud, Arabic
//! harakat, NFD Latin) folds to the letter's entry, and a cluster of characters that
//! no step changes, in canonical order (Indic vowel signs, viramas), stays as it is.
//! CJK, Kana and Hangul syllables pass through untouched. Only the remaining
//! clusters go through the full normalization steps, with reusable buffers. Output
//! is written straight to the result until the first character to romanise, so Latin
//! text needs no intermediate buffer; a whole word of small Russian or Greek letters
//! (after folding) that ends at a space or punctuation is romanised in one pass and
//! written straight to the result too. See `benches/benches/fold.rs` and
//! `benches/benches/analyzer.rs` for the measured throughput.

mod cache;
mod case;
mod folded;
mod letters;
mod marks;
mod pipeline;
mod punct;
mod tokens;
mod translit;

use std::borrow::Cow;

pub use folded::Folded;
pub use tokens::{ascii_prefix_len, is_ideographic, is_word_char, Token, TokenKind, Tokens};

use pipeline::{fold_text, Scratch};

thread_local! {
    /// Reusable buffers for [`Folder::fold_view`], so folding a name allocates only
    /// its result.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Which of the two views of a text to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Case-folded and normalized, accents and scripts kept.
    Exact,
    /// Accents removed, other scripts romanised: the matching key.
    #[default]
    Folded,
}

/// Folds text. Cheap to create and to clone; holds only its options.
///
/// Built with [`Folder::new`] (the defaults) or [`Folder::builder`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Folder {
    transliterate: bool,
}

impl Default for Folder {
    fn default() -> Self {
        Folder::new()
    }
}

/// Options for a [`Folder`].
#[derive(Debug, Clone)]
pub struct FolderBuilder {
    transliterate: bool,
}

impl Default for FolderBuilder {
    fn default() -> Self {
        FolderBuilder {
            transliterate: true,
        }
    }
}

impl FolderBuilder {
    /// Whether the folded view romanises Greek, Cyrillic, Armenian, Georgian and Hangul.
    ///
    /// Default: `true`. With `false`, those scripts keep their letters (accents are
    /// still removed), for users who need transliteration off.
    pub fn transliterate(&mut self, yes: bool) -> &mut Self {
        self.transliterate = yes;
        self
    }

    /// The folder with these options.
    pub fn build(&self) -> Folder {
        Folder {
            transliterate: self.transliterate,
        }
    }
}

impl Folder {
    /// A folder with the default options (transliteration on).
    pub const fn new() -> Folder {
        Folder {
            transliterate: true,
        }
    }

    /// A builder for a folder with other options.
    pub fn builder() -> FolderBuilder {
        FolderBuilder::default()
    }

    /// Whether this folder romanises other scripts in the folded view.
    pub fn transliterates(&self) -> bool {
        self.transliterate
    }

    /// The folded view of `text` (the matching key). Borrowed when nothing changes.
    pub fn fold<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.fold_view(text, View::Folded)
    }

    /// The exact view of `text` (case-folded, accents kept). Borrowed when nothing
    /// changes.
    pub fn fold_exact<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.fold_view(text, View::Exact)
    }

    /// The given view of `text`. Borrowed when nothing changes.
    pub fn fold_view<'a>(&self, text: &'a str, view: View) -> Cow<'a, str> {
        if is_stable(text) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        self.fold_unstable(text, view, &mut out);
        Cow::Owned(out)
    }

    /// The given view of `text`, written to `out` (its previous content replaced), for
    /// a caller that folds many short texts (tokens) and keeps one buffer.
    pub fn fold_view_to(&self, text: &str, view: View, out: &mut String) {
        out.clear();
        if is_stable(text) {
            out.push_str(text);
        } else {
            self.fold_unstable(text, view, out);
        }
    }

    /// Appends the exact view of `text` to `out` when the character table alone
    /// tells it (no character of `text` joins the cluster before it, and each has a
    /// stored output: most words of most scripts), and returns true; else returns
    /// false and leaves `out` as it was ([`Folder::fold_view_to`] folds any text).
    /// No buffer, no normalization: for a caller that folds many words one by one.
    #[inline]
    pub fn exact_by_table(&self, text: &str, out: &mut String) -> bool {
        pipeline::exact_by_table(text, out)
    }

    /// Appends the `view` of `text`, which [`is_stable`] did not vouch for, to `out`.
    fn fold_unstable(&self, text: &str, view: View, out: &mut String) {
        if text.is_ascii() {
            out.push_str(text);
            out.make_ascii_lowercase();
            return;
        }
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => fold_text(text, view, self.transliterate, &mut scratch, out),
            // Only reachable if folding re-entered itself; fall back to a fresh buffer.
            Err(_) => fold_text(text, view, self.transliterate, &mut Scratch::default(), out),
        });
    }

    /// Folds `text` in `view` into `out`, with the map back to `text`'s offsets.
    ///
    /// `out`'s buffers are reused; its previous content is replaced.
    pub fn fold_into(&self, text: &str, view: View, out: &mut Folded) {
        if text.is_ascii() {
            out.set_ascii(text);
            return;
        }
        out.reset(text.len());
        let mut scratch = std::mem::take(&mut out.scratch);
        fold_text(text, view, self.transliterate, &mut scratch, out);
        out.scratch = scratch;
    }

    /// Convenience: the folded-view tokens of `text` as owned strings with their
    /// original byte ranges. Allocates; hot paths use [`Folder::fold_into`] and
    /// [`Folded::tokens`].
    pub fn tokenize(&self, text: &str) -> Vec<(String, std::ops::Range<usize>)> {
        let mut folded = Folded::new();
        self.fold_into(text, View::Folded, &mut folded);
        folded
            .tokens()
            .map(|t| (t.text.to_string(), t.original))
            .collect()
    }
}

/// The folded view of `text` with the default [`Folder`].
pub fn fold(text: &str) -> Cow<'_, str> {
    Folder::new().fold(text)
}

/// The exact view of `text` with the default [`Folder`].
pub fn fold_exact(text: &str) -> Cow<'_, str> {
    Folder::new().fold_exact(text)
}

/// True when folding `text` in either view changes nothing: ASCII without capitals,
/// and Han/Kana characters (which are never changed).
fn is_stable(text: &str) -> bool {
    let bytes = text.as_bytes();
    if text.is_ascii() {
        return !bytes.iter().any(u8::is_ascii_uppercase);
    }
    text.chars().all(|c| {
        if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else {
            // CJK Unified Ideographs (and extension A), Hiragana, Katakana: no
            // normalization, case or accent applies to them.
            matches!(c as u32, 0x3041..=0x3096 | 0x30A1..=0x30FA | 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> String {
        fold(s).into_owned()
    }

    #[test]
    fn spec_examples() {
        assert_eq!(f("Straße"), "strasse");
        assert_eq!(f("STRASSE"), "strasse");
        assert_eq!(f("İstanbul"), "istanbul");
        assert_eq!(f("ISTANBUL"), "istanbul");
        assert_eq!(f("Μαδούρο"), "maduro");
        assert_eq!(f("Николас Мадуро"), "nikolas maduro");
        assert_eq!(f("ｆｕｌｌｗｉｄｔｈ"), "fullwidth");
        assert_eq!(f("ﬁnance"), "finance");
        assert_eq!(f("x²"), "x2");
        assert_eq!(f("Maduro’s"), "maduro's");
        assert_eq!(f("a\u{2014}b"), "a-b");
        assert_eq!(f("a\u{00A0}b"), "a b");
        assert_eq!(f("Ma\u{00AD}du\u{200B}ro"), "maduro");
        assert_eq!(f("łøđðħıþæœĳŋ"), "lodd".to_string() + "hithaeoeijn");
        assert_eq!(f("ёлка"), "elka");
        assert_eq!(f("йод"), "yod");
        assert_eq!(f("马杜罗"), "马杜罗");
    }

    #[test]
    fn exact_view_keeps_accents() {
        assert_eq!(fold_exact("NICOLÁS"), "nicolás");
        assert_eq!(fold_exact("Мадуро"), "мадуро");
        assert_eq!(fold_exact("ΟΔΟΣ"), "οδοσ");
    }

    #[test]
    fn canonical_equivalence() {
        let nfc = "Nicolás Gonzalez Ñandú";
        let nfd = "Nicola\u{301}s Gonzalez N\u{303}andu\u{301}";
        assert_eq!(f(nfc), f(nfd));
        assert_eq!(fold_exact(nfc), fold_exact(nfd));
    }

    #[test]
    fn indic_vowel_signs_kept() {
        assert_eq!(f("हिन्दी"), "हिन्दी");
    }

    #[test]
    fn hebrew_and_arabic_marks_removed() {
        assert_eq!(f("שָׁלוֹם"), "שלום");
        assert_eq!(f("مُحَمَّد"), "محمد");
        assert_eq!(f("عـــلي"), "علي");
    }

    #[test]
    fn borrowed_when_unchanged() {
        assert!(matches!(fold("already folded"), Cow::Borrowed(_)));
        assert!(matches!(fold("马杜罗表示"), Cow::Borrowed(_)));
        assert!(matches!(fold("Capital"), Cow::Owned(_)));
    }

    #[test]
    fn offsets_map_back() {
        let text = "NICOLÁS Мадуро’s Straße";
        let mut out = Folded::new();
        Folder::new().fold_into(text, View::Folded, &mut out);
        let toks: Vec<_> = out
            .tokens()
            .map(|t| (t.text.to_string(), &text[t.original]))
            .collect();
        assert_eq!(
            toks,
            vec![
                ("nicolas".into(), "NICOLÁS"),
                ("maduro".into(), "Мадуро"),
                ("s".into(), "s"),
                ("strasse".into(), "Straße"),
            ]
        );
    }

    #[test]
    fn cjk_tokens_are_single_characters() {
        let toks = Folder::new().tokenize("马杜罗表示 abc");
        let texts: Vec<_> = toks.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(texts, ["马", "杜", "罗", "表", "示", "abc"]);
    }

    #[test]
    fn transliteration_can_be_turned_off() {
        let folder = Folder::builder().transliterate(false).build();
        assert_eq!(folder.fold("Мадуро"), "мадуро");
    }
}
