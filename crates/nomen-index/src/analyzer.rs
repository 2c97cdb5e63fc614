//! The nomen folding analyzer for tantivy: the same folding at index and query time.
//!
//! [`NomenTokenizer`] folds the whole text once with [`Folder::fold_into`] (into a
//! buffer reused across calls) and emits [`Folded::tokens`]: the token text is the
//! folded (or exact) view, `offset_from..offset_to` are byte offsets of the ORIGINAL
//! text on char boundaries, and positions are consecutive. Because the tokens come
//! from `nomen-fold` itself, the index, the query parser and the entity matcher can
//! never disagree on what a word folds to.
//!
//! Two analyzers are registered under fixed names by [`register`]:
//!
//! * [`FOLDED`] (`"nomen"`): the folded view, the matching key (`Nicolás`, `NICOLAS`,
//!   `Николас` → `nicolas`).
//! * [`EXACT`] (`"nomen_exact"`): the exact view (case-folded, accents and scripts
//!   kept), so a search can prefer exact matches.
//!
//! An index opened from disk knows only tantivy's default tokenizers: call
//! [`register`] on `index.tokenizers()` every time an index is opened or created.
//!
//! Tokens longer than [`MAX_TOKEN_BYTES`] are dropped (their position is still
//! counted), like tantivy's `RemoveLongFilter`, so one huge "word" (a base64 blob in
//! an article) cannot make indexing fail.
//!
//! [`IndexedTokens`] turns folded text into indexed tokens (positions, the long-token
//! drop); the analyzer and [`pre_tokenized`] both use it, so they cannot drift.
//! Ingest does not give tantivy pre-tokenized values (a `TantivyDocument` serializes
//! them to JSON and the indexer parses them back: 3x slower and 4x bigger in memory
//! than folding twice, measured). It carries the tokens it linked with beside the
//! document instead (the `prefold` module), and the [`FOLDED`] analyzer reads them for
//! the document's own texts rather than folding again; a test checks they are the
//! very tokens [`IndexedTokens`] gives.
//!
//! # Example
//!
//! ```
//! use nomen_index::analyzer::{self, FOLDED};
//! use tantivy::tokenizer::TokenizerManager;
//!
//! let manager = TokenizerManager::default();
//! analyzer::register(&manager);
//! let mut a = manager.get(FOLDED).expect("registered");
//! let mut stream = a.token_stream("Nicolás MADURO");
//! let mut words = Vec::new();
//! while let Some(t) = stream.next() {
//!     words.push((t.text.clone(), t.offset_from, t.offset_to));
//! }
//! assert_eq!(words, [("nicolas".to_string(), 0, 8), ("maduro".to_string(), 9, 15)]);
//! ```

use std::ops::Range;
use std::sync::Arc;

use nomen_fold::{ascii_prefix_len, Folded, Folder, Tokens, View};
use tantivy::tokenizer::{
    PreTokenizedString, TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager,
};

use crate::prefold::{self, Tokens as CarriedTokens};

/// Name of the folded-view analyzer (accents off, scripts romanised).
pub const FOLDED: &str = "nomen";

/// Name of the exact-view analyzer (case-folded, accents and scripts kept).
pub const EXACT: &str = "nomen_exact";

/// Tokens whose folded text is longer than this many bytes are dropped.
pub const MAX_TOKEN_BYTES: usize = 255;

/// Registers the [`FOLDED`] and [`EXACT`] analyzers (default [`Folder`]) in `manager`.
///
/// Call it every time an index is opened or created (`index.tokenizers()`), and on
/// the manager a query parser uses, so both sides fold alike.
pub fn register(manager: &TokenizerManager) {
    manager.register(FOLDED, analyzer(View::Folded));
    manager.register(EXACT, analyzer(View::Exact));
}

/// The analyzer for `view` with the default [`Folder`].
pub fn analyzer(view: View) -> TextAnalyzer {
    TextAnalyzer::from(NomenTokenizer::new(Folder::new(), view))
}

/// The folder of the registered analyzers: text folded by another folder must not
/// be given to [`pre_tokenized`] for a field analyzed by [`FOLDED`] or [`EXACT`].
pub fn folder() -> Folder {
    Folder::new()
}

/// The tokens an analyzer emits for a folded text, with their positions: every
/// token of the folder counts one position, tokens longer than [`MAX_TOKEN_BYTES`]
/// are skipped.
#[derive(Debug, Clone)]
pub struct IndexedTokens<'a> {
    tokens: Tokens<'a>,
    next_position: usize,
}

impl<'a> IndexedTokens<'a> {
    /// The indexed tokens of `folded`.
    pub fn new(folded: &'a Folded) -> Self {
        IndexedTokens {
            tokens: folded.tokens(),
            next_position: 0,
        }
    }
}

impl<'a> Iterator for IndexedTokens<'a> {
    /// (position, token of the folder).
    type Item = (usize, nomen_fold::Token<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        for t in self.tokens.by_ref() {
            let position = self.next_position;
            self.next_position += 1;
            if t.text.len() <= MAX_TOKEN_BYTES {
                return Some((position, t));
            }
        }
        None
    }
}

/// The tokens the analyzer of `folded`'s view would produce for `text`, ready to
/// index: `folded` must be `text` folded by [`folder`] (in that view). Offsets are
/// byte offsets of `text`.
pub fn pre_tokenized(text: &str, folded: &Folded) -> PreTokenizedString {
    let tokens = IndexedTokens::new(folded)
        .map(|(position, t)| Token {
            offset_from: t.original.start,
            offset_to: t.original.end,
            position,
            text: t.text.to_string(),
            position_length: 1,
        })
        .collect();
    PreTokenizedString {
        text: text.to_string(),
        tokens,
    }
}

/// The analyzer name registered by [`register`] for `view`.
pub fn name(view: View) -> &'static str {
    match view {
        View::Exact => EXACT,
        View::Folded => FOLDED,
    }
}

/// Where an analyzer's folded-view tokens come from: carried with the document
/// (the `prefold` module) or folded here.
#[derive(Debug)]
pub(crate) enum FoldedTokens<'a> {
    /// Made by ingest: the text's tokens, the next token's index.
    Carried(Arc<CarriedTokens>, usize),
    /// Folded by the analyzer.
    Folded(IndexedTokens<'a>),
}

impl<'a> FoldedTokens<'a> {
    /// The folded-view tokens of `text`: the carried ones when `text` is a text of
    /// the document being indexed on this thread that came with them, else those of
    /// `text` folded by `folder` into `buffer`.
    pub(crate) fn of(text: &str, folder: &Folder, buffer: &'a mut Folded) -> FoldedTokens<'a> {
        if *folder == self::folder() {
            if let Some(tokens) = prefold::current(text) {
                return FoldedTokens::Carried(tokens, 0);
            }
        }
        folder.fold_into(text, View::Folded, buffer);
        FoldedTokens::Folded(IndexedTokens::new(buffer))
    }

    /// The next token: (folded text, original start, original end, position).
    #[inline]
    pub(crate) fn next_token(&mut self) -> Option<(&str, usize, usize, usize)> {
        match self {
            FoldedTokens::Carried(tokens, next) => {
                let (i, text, from, to) = tokens.kept_from(*next)?;
                *next = i + 1;
                Some((text, from, to, i))
            }
            FoldedTokens::Folded(tokens) => {
                let (position, t) = tokens.next()?;
                Some((t.text, t.original.start, t.original.end, position))
            }
        }
    }
}

impl FoldedTokens<'_> {
    /// Like [`FoldedTokens::next_token`], but skips tokens whose original text
    /// (`original`, the text the tokens are of) lies in `ascii`, a range of it known
    /// to hold only ASCII, which this extends as it reads on. A token skipped is
    /// ASCII; one returned may still be. Carried tokens are skipped from their
    /// offsets alone: an ASCII text costs a scan of its bytes, not a look at each word.
    #[inline]
    pub(crate) fn next_maybe_non_ascii(
        &mut self,
        original: &[u8],
        ascii: &mut Range<usize>,
    ) -> Option<(&str, usize, usize, usize)> {
        match self {
            FoldedTokens::Carried(tokens, next) => {
                let spans = tokens.spans();
                let mut i = *next;
                while let Some(&[_, _, from, to]) = spans.get(i) {
                    if !in_ascii(original, from as usize..to as usize, ascii) {
                        break;
                    }
                    i += 1;
                }
                let (i, text, from, to) = tokens.kept_from(i)?;
                *next = i + 1;
                Some((text, from, to, i))
            }
            FoldedTokens::Folded(tokens) => loop {
                let (position, t) = tokens.next()?;
                if !in_ascii(original, t.original.clone(), ascii) {
                    return Some((t.text, t.original.start, t.original.end, position));
                }
            },
        }
    }
}

/// True when `span` of `text` lies in `ascii`, a range of `text` that holds only
/// ASCII; a span that starts past `ascii` first moves it there, to the longest
/// ASCII run that starts where the span does.
#[inline]
fn in_ascii(text: &[u8], span: Range<usize>, ascii: &mut Range<usize>) -> bool {
    if span.start >= ascii.end {
        let Some(rest) = text.get(span.start..) else {
            return false;
        };
        *ascii = span.start..span.start + ascii_prefix_len(rest);
    }
    span.start >= ascii.start && span.end <= ascii.end
}

/// A tantivy [`Tokenizer`] that folds text with `nomen-fold` and emits its tokens.
///
/// Cloning copies the options and a (reusable) folding buffer; tantivy clones one per
/// indexing thread. In the folded view, a text that ingest already folded comes with
/// its tokens (the `prefold` module) and is not folded again.
#[derive(Debug, Clone)]
pub struct NomenTokenizer {
    folder: Folder,
    view: View,
    folded: Folded,
}

impl NomenTokenizer {
    /// A tokenizer producing `view` of the text folded by `folder`.
    pub fn new(folder: Folder, view: View) -> Self {
        NomenTokenizer {
            folder,
            view,
            folded: Folded::new(),
        }
    }

    /// The view this tokenizer produces.
    pub fn view(&self) -> View {
        self.view
    }
}

impl Tokenizer for NomenTokenizer {
    type TokenStream<'a> = NomenTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> NomenTokenStream<'a> {
        let source = match self.view {
            View::Folded => FoldedTokens::of(text, &self.folder, &mut self.folded),
            View::Exact => {
                self.folder.fold_into(text, View::Exact, &mut self.folded);
                FoldedTokens::Folded(IndexedTokens::new(&self.folded))
            }
        };
        NomenTokenStream {
            source,
            token: Token::default(),
        }
    }
}

/// Every token `analyzer` emits for `text` (tests, and pre-analysed text for a
/// search cluster).
pub(crate) fn all_tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Token> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(t) = stream.next() {
        out.push(t.clone());
    }
    out
}

/// Sets where `token` is: `from..to` in the original text, at `position`, one
/// position long (what every nomen analyzer emits).
#[inline]
pub(crate) fn set_span(token: &mut Token, from: usize, to: usize, position: usize) {
    token.offset_from = from;
    token.offset_to = to;
    token.position = position;
    token.position_length = 1;
}

/// The token stream of a [`NomenTokenizer`].
#[derive(Debug)]
pub struct NomenTokenStream<'a> {
    source: FoldedTokens<'a>,
    token: Token,
}

impl TokenStream for NomenTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((text, from, to, position)) = self.source.next_token() else {
            return false;
        };
        self.token.text.clear();
        self.token.text.push_str(text);
        set_span(&mut self.token, from, to, position);
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `next_maybe_non_ascii` gives every token whose word is not ASCII, at its
    /// position, and only tokens `next_token` gives, on the shared vectors and
    /// mixed texts.
    #[test]
    fn next_maybe_non_ascii_skips_only_ascii_words() {
        let texts = nomen_testdata::fold_inputs_and([
            "Nicolás Maduro, González y Мадуро en 马杜罗表示 plain words here",
            "only ascii words in this one, over several chunks of eight",
            "é",
            "ab\u{301}c de ﬁnance",
        ]);
        let f = folder();
        let mut folded = Folded::new();
        let mut non_ascii = 0;
        for text in &texts {
            let mut all = Vec::new();
            let mut tokens = FoldedTokens::of(text, &f, &mut folded);
            while let Some((t, from, to, p)) = tokens.next_token() {
                all.push((p, t.to_string(), from, to));
            }
            let mut got = Vec::new();
            let mut tokens = FoldedTokens::of(text, &f, &mut folded);
            let mut ascii = 0..0;
            while let Some((t, from, to, p)) =
                tokens.next_maybe_non_ascii(text.as_bytes(), &mut ascii)
            {
                got.push((p, t.to_string(), from, to));
            }
            for token in all.iter().filter(|t| !text[t.2..t.3].is_ascii()) {
                assert!(got.contains(token), "{text:?}: {token:?} skipped");
                non_ascii += 1;
            }
            assert!(got.iter().all(|t| all.contains(t)), "{text:?}");
        }
        assert!(non_ascii >= 300, "only {non_ascii} non-ASCII words");
    }

    /// (text, offset_from, offset_to, position) of every token.
    fn analyze(view: View, text: &str) -> Vec<(String, usize, usize, usize)> {
        all_tokens(&mut analyzer(view), text)
            .into_iter()
            .map(|t| (t.text, t.offset_from, t.offset_to, t.position))
            .collect()
    }

    /// The same, straight from the folder.
    fn from_folder(view: View, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut folded = Folded::new();
        Folder::new().fold_into(text, view, &mut folded);
        folded
            .tokens()
            .enumerate()
            .map(|(i, t)| (t.text.to_string(), t.original.start, t.original.end, i))
            .collect()
    }

    const TEXTS: &[&str] = &[
        "",
        "   ",
        "plain ascii text, with punctuation!",
        "NICOLÁS MADURO’s Straße — İstanbul",
        "Николас Мадуро встретился с Μαδούρο",
        "马杜罗表示 Maduro said",
        "ｆｕｌｌｗｉｄｔｈ ﬁnance x² Ma\u{00AD}du\u{200B}ro",
        "Nicola\u{301}s Gonza\u{301}lez",
        "שָׁלוֹם مُحَمَّد हिन्दी",
    ];

    #[test]
    fn analyzer_yields_the_folders_tokens_and_offsets() {
        for view in [View::Folded, View::Exact] {
            for text in TEXTS {
                let got = analyze(view, text);
                assert_eq!(got, from_folder(view, text), "{view:?} {text:?}");
                for (_, from, to, _) in &got {
                    assert!(text.is_char_boundary(*from) && text.is_char_boundary(*to));
                }
            }
        }
    }

    #[test]
    fn folded_and_exact_views() {
        let text = "NICOLÁS Мадуро";
        let folded: Vec<_> = analyze(View::Folded, text)
            .into_iter()
            .map(|t| t.0)
            .collect();
        let exact: Vec<_> = analyze(View::Exact, text)
            .into_iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(folded, ["nicolas", "maduro"]);
        assert_eq!(exact, ["nicolás", "мадуро"]);
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "El presidente NICOLÁS Maduro";
        let toks = analyze(View::Folded, text);
        let originals: Vec<_> = toks.iter().map(|t| &text[t.1..t.2]).collect();
        assert_eq!(originals, ["El", "presidente", "NICOLÁS", "Maduro"]);
        let positions: Vec<_> = toks.iter().map(|t| t.3).collect();
        assert_eq!(positions, [0, 1, 2, 3]);
    }

    #[test]
    fn buffer_reuse_across_calls_does_not_leak() {
        let mut a = analyzer(View::Folded);
        for text in ["Nicolás Maduro Moros", "Ёлка", "a"] {
            let mut stream = a.token_stream(text);
            let mut n = 0;
            while let Some(t) = stream.next() {
                assert!(t.offset_to <= text.len());
                n += 1;
            }
            assert_eq!(n, text.split_whitespace().count());
        }
    }

    #[test]
    fn huge_tokens_are_dropped_but_counted() {
        let text = format!("before {} after", "x".repeat(MAX_TOKEN_BYTES + 1));
        let toks = analyze(View::Folded, &text);
        let got: Vec<_> = toks.iter().map(|t| (t.0.as_str(), t.3)).collect();
        assert_eq!(got, [("before", 0), ("after", 2)]);
    }

    /// The shared vectors: the analyzers' tokens are the tokens of the expected views.
    #[test]
    fn analyzers_match_the_test_vectors() {
        let mut checked = 0;
        for case in nomen_testdata::fold_cases() {
            let input = &case.input;
            for (view, expected) in [(View::Folded, &case.folded), (View::Exact, &case.exact)] {
                let got: Vec<String> = analyze(view, input).into_iter().map(|t| t.0).collect();
                let mut folded = Folded::new();
                Folder::new().fold_into(expected, view, &mut folded);
                let want: Vec<&str> = folded.tokens().map(|t| t.text).collect();
                assert_eq!(
                    got.join(" "),
                    want.join(" "),
                    "fold.tsv line {} ({view:?})",
                    case.line
                );
                for (_, from, to, _) in analyze(view, input) {
                    assert!(input.is_char_boundary(from) && input.is_char_boundary(to));
                }
            }
            checked += 1;
        }
        assert!(checked >= 300, "only {checked} vectors");
    }

    #[test]
    fn register_makes_both_names_available() {
        let manager = TokenizerManager::default();
        assert!(manager.get(FOLDED).is_none());
        register(&manager);
        for view in [View::Folded, View::Exact] {
            let mut a = manager.get(name(view)).expect("registered");
            let mut stream = a.token_stream("Ёлка");
            assert!(stream.advance());
            let want = if view == View::Folded {
                "elka"
            } else {
                "ёлка"
            };
            assert_eq!(stream.token().text, want);
        }
    }

    /// The pre-tokenized tokens ingest gives tantivy are exactly the analyzer's, on
    /// the shared vectors, the mixed texts and a text with an over-long token.
    #[test]
    fn pre_tokenized_equals_the_analyzer() {
        let long = format!("before {} after Ünïcode", "é".repeat(MAX_TOKEN_BYTES));
        let texts = nomen_testdata::fold_inputs_and(TEXTS.iter().copied().chain([long.as_str()]));
        let mut folded = Folded::new();
        let mut checked = 0;
        for text in texts.iter().map(String::as_str) {
            for view in [View::Folded, View::Exact] {
                folder().fold_into(text, view, &mut folded);
                let pre = pre_tokenized(text, &folded);
                assert_eq!(pre.text, text);
                let got: Vec<_> = pre
                    .tokens
                    .iter()
                    .map(|t| (t.text.clone(), t.offset_from, t.offset_to, t.position))
                    .collect();
                assert_eq!(got, analyze(view, text), "{view:?} {text:?}");
                assert!(pre.tokens.iter().all(|t| t.position_length == 1));
            }
            checked += 1;
        }
        assert!(checked >= 300, "only {checked} texts");
    }
}
