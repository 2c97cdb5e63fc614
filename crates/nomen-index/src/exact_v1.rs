//! The analyzer of the exact-view fields of indexes made before
//! [`crate::exact::EXACT_BY_TOKEN`]: the [`analyzer::EXACT`] tokens, keeping only those
//! that folding changes. Kept, and registered, so those indexes are searched (and
//! added to) with the analyzer they were built with.
//!
//! These fields exist to rank first the articles written with the accents (or the
//! script) a query was typed with. An exact-view token that folding leaves as it is
//! (any pure-ASCII token: for ASCII text both views only lower-case; Han and Kana,
//! which are not romanised) is equal to its folded-view token, so it adds nothing the
//! folded fields do not already have. Dropping those keeps the exact fields small
//! (English text adds almost nothing to them, Chinese and Japanese text nothing) and
//! saves most of their postings work at indexing. Positions are kept, so phrases
//! with accents still match as phrases. At query time the same analyzer runs on the
//! query: `González` yields the exact term `gonzález`, which lifts articles that
//! wrote it so; `gonzalez` yields none, and ranking comes from the folded fields
//! alone. The registered name keeps its first meaning's `non_ascii`: indexes record
//! it in their schema.
//!
//! [`analyzer::EXACT`]: crate::analyzer::EXACT

use nomen_fold::{Folded, Folder, View};
use rustc_hash::FxHashMap;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager};

use crate::analyzer::{set_span, IndexedTokens};

/// Name of the analyzer of the exact-view fields.
pub const EXACT_NON_ASCII: &str = "nomen_exact_non_ascii";

/// Registers [`EXACT_NON_ASCII`] in `manager`.
pub fn register(manager: &TokenizerManager) {
    manager.register(EXACT_NON_ASCII, analyzer());
}

/// The exact-view analyzer without the tokens folding leaves unchanged.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::from(ExactTokenizer::new(Folder::new()))
}

/// The tokenizer of [`EXACT_NON_ASCII`]: the tokens of [`analyzer::EXACT`] (same text,
/// same positions) that `folder`'s folded view changes.
///
/// One pass over the exact-view tokens: pure-ASCII tokens are skipped before they are
/// copied (both views only lower-case them), and whether folding changes a token is
/// remembered per token text (the answer depends on the text alone), so a word that
/// recurs is folded once. An ASCII text yields no token and is not folded.
///
/// [`analyzer::EXACT`]: crate::analyzer::EXACT
#[derive(Debug, Clone)]
pub struct ExactTokenizer {
    folder: Folder,
    /// The exact view of the text being tokenized (reused).
    folded: Folded,
    /// Whether folding changes a (non-ASCII) token, by token text.
    changed: FxHashMap<Box<str>, bool>,
    /// The folded view of the token being decided (reused).
    scratch: String,
}

/// [`ExactTokenizer`] forgets what it remembered past this many distinct tokens
/// (about 64 bytes each plus the text), so memory stays bounded whatever the input.
const MAX_REMEMBERED: usize = 1 << 16;

impl ExactTokenizer {
    /// The tokenizer for `folder` (use the analyzers' folder, [`crate::analyzer::folder`]).
    pub fn new(folder: Folder) -> Self {
        ExactTokenizer {
            folder,
            folded: Folded::new(),
            changed: FxHashMap::default(),
            scratch: String::new(),
        }
    }
}

impl Tokenizer for ExactTokenizer {
    type TokenStream<'a> = ExactTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ExactTokenStream<'a> {
        // Every exact-view token of an ASCII text is ASCII: nothing is kept.
        let text = if text.is_ascii() { "" } else { text };
        self.folder.fold_into(text, View::Exact, &mut self.folded);
        ExactTokenStream {
            tokens: IndexedTokens::new(&self.folded),
            folder: &self.folder,
            changed: &mut self.changed,
            scratch: &mut self.scratch,
            token: Token::default(),
        }
    }
}

/// The token stream of an [`ExactTokenizer`].
#[derive(Debug)]
pub struct ExactTokenStream<'a> {
    tokens: IndexedTokens<'a>,
    folder: &'a Folder,
    changed: &'a mut FxHashMap<Box<str>, bool>,
    scratch: &'a mut String,
    token: Token,
}

impl ExactTokenStream<'_> {
    /// Whether the folded view of the exact-view token `text` differs from it.
    fn changed_by_folding(&mut self, text: &str) -> bool {
        if let Some(&changed) = self.changed.get(text) {
            return changed;
        }
        self.folder.fold_view_to(text, View::Folded, self.scratch);
        let changed = *self.scratch != text;
        if self.changed.len() >= MAX_REMEMBERED {
            self.changed.clear();
        }
        self.changed.insert(text.into(), changed);
        changed
    }
}

impl TokenStream for ExactTokenStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some((position, t)) = self.tokens.next() {
            if t.text.is_ascii() || !self.changed_by_folding(t.text) {
                continue;
            }
            self.token.text.clear();
            self.token.text.push_str(t.text);
            set_span(&mut self.token, t.original.start, t.original.end, position);
            return true;
        }
        false
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
    use crate::analyzer::all_tokens;

    fn tokens(text: &str) -> Vec<(String, usize, usize)> {
        all_tokens(&mut analyzer(), text)
            .into_iter()
            .map(|t| (t.text, t.position, t.offset_from))
            .collect()
    }

    #[test]
    fn keeps_only_tokens_folding_changes_with_their_positions() {
        assert_eq!(
            tokens("Edmundo GONZÁLEZ Urrutia y Мадуро"),
            [("gonzález".into(), 1, 8), ("мадуро".into(), 4, 28)]
        );
        assert!(tokens("Nicolas Maduro").is_empty());
        // Han and Kana are not romanised: their exact tokens are the folded ones.
        assert!(tokens("马杜罗表示").is_empty());
        assert!(tokens("マドゥロ大統領").is_empty());
        assert_eq!(
            tokens("马杜罗 Μαδούρο Straße Ærø"),
            [("μαδούρο".into(), 3, 10), ("ærø".into(), 5, 33)]
        );
    }

    /// The fused tokenizer keeps exactly the exact-view analyzer's tokens that are not
    /// ASCII and that the folded view changes (what the filter chain it replaced
    /// kept), with their positions and offsets: on the shared vectors, mixed texts,
    /// an over-long token, and with the memo cleared in between (one tokenizer for
    /// all texts, so words recur).
    #[test]
    fn equals_the_exact_analyzer_filtered() {
        let long = format!("before {} after Ünïcode", "é".repeat(256));
        let texts = nomen_testdata::fold_inputs_and([
            "Edmundo GONZÁLEZ Urrutia y Мадуро en 马杜罗表示 İstanbul",
            "ﬁnance ＦＵＬＬ 東京 がぎぐ ｶﾞｷﾞ Ελλάδα Ῥόδος naïve cœur",
            "Ærø Łódź ħ þ ŋ ı ǅ ﬀ ß ẞ",
            "plain ascii only",
            long.as_str(),
        ]);
        let folder = Folder::new();
        let mut fused = analyzer();
        let mut checked = 0;
        for round in 0..2 {
            for text in &texts {
                let spans = |tokens: Vec<Token>| -> Vec<_> {
                    tokens
                        .into_iter()
                        .map(|t| (t.text, t.position, t.offset_from, t.offset_to))
                        .collect()
                };
                let want = spans(
                    all_tokens(&mut crate::analyzer::analyzer(View::Exact), text)
                        .into_iter()
                        .filter(|t| {
                            !t.text.is_ascii() && folder.fold_view(&t.text, View::Folded) != t.text
                        })
                        .collect(),
                );
                let got = spans(all_tokens(&mut fused, text));
                assert_eq!(got, want, "round {round}: {text:?}");
                checked += 1;
            }
            // Start the second round with the memo cleared.
            fused = analyzer();
        }
        assert!(checked >= 600, "only {checked} texts");
    }

    /// Whatever the exact field drops, the folded field has at the same position:
    /// the exact-view token equals the folded-view token there.
    #[test]
    fn dropped_tokens_equal_the_folded_view() {
        let texts = [
            "Edmundo GONZÁLEZ Urrutia y Мадуро en 马杜罗表示 İstanbul",
            "ﬁnance ＦＵＬＬ 東京 がぎぐ ｶﾞｷﾞ Ελλάδα Ῥόδος naïve cœur",
            "Ærø Łódź ħ þ ŋ ı ǅ ﬀ ß ẞ",
        ];
        for text in texts {
            let analyze = |mut a: TextAnalyzer| -> Vec<_> {
                all_tokens(&mut a, text)
                    .into_iter()
                    .map(|t| (t.position, t.text))
                    .collect()
            };
            let exact = analyze(crate::analyzer::analyzer(View::Exact));
            let folded = analyze(crate::analyzer::analyzer(View::Folded));
            assert_eq!(exact.len(), folded.len(), "{text}");
            let kept = tokens(text);
            for ((position, e), (_, f)) in exact.iter().zip(&folded) {
                let is_kept = kept.iter().any(|(_, p, _)| p == position);
                if !is_kept {
                    assert_eq!(e, f, "{text}: dropped exact token at {position}");
                }
            }
        }
    }
}
