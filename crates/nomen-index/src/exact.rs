//! The analyzer of the exact-view fields (`title_exact`, `body_exact`): the
//! [`analyzer::EXACT`] tokens, keeping only those that folding changes.
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

use nomen_fold::{Folder, View};
use tantivy::tokenizer::{
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

use crate::analyzer::NomenTokenizer;

/// Name of the analyzer of the exact-view fields.
pub const EXACT_NON_ASCII: &str = "nomen_exact_non_ascii";

/// Registers [`EXACT_NON_ASCII`] in `manager`.
pub fn register(manager: &TokenizerManager) {
    manager.register(EXACT_NON_ASCII, analyzer());
}

/// The exact-view analyzer without the tokens folding leaves unchanged.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(NomenTokenizer::new(Folder::new(), View::Exact))
        .filter(ChangedByFolding(Folder::new()))
        .build()
}

/// A token filter keeping the tokens that the folder's folded view changes (accents,
/// other scripts); pure-ASCII tokens are dropped without folding them.
#[derive(Debug, Clone)]
pub struct ChangedByFolding(pub Folder);

impl TokenFilter for ChangedByFolding {
    type Tokenizer<T: Tokenizer> = ChangedByFoldingTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> ChangedByFoldingTokenizer<T> {
        ChangedByFoldingTokenizer {
            inner: tokenizer,
            folder: self.0,
            folded: String::new(),
        }
    }
}

/// A tokenizer wrapped by [`ChangedByFolding`].
#[derive(Debug, Clone)]
pub struct ChangedByFoldingTokenizer<T> {
    inner: T,
    folder: Folder,
    /// The folded token being compared (reused).
    folded: String,
}

impl<T: Tokenizer> Tokenizer for ChangedByFoldingTokenizer<T> {
    type TokenStream<'a> = ChangedByFoldingStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        ChangedByFoldingStream {
            tail: self.inner.token_stream(text),
            folder: &self.folder,
            folded: &mut self.folded,
        }
    }
}

/// The token stream of a [`ChangedByFoldingTokenizer`].
#[derive(Debug)]
pub struct ChangedByFoldingStream<'a, S> {
    tail: S,
    folder: &'a Folder,
    folded: &'a mut String,
}

impl<S: TokenStream> TokenStream for ChangedByFoldingStream<'_, S> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            let text = &self.tail.token().text;
            if text.is_ascii() {
                continue;
            }
            self.folder.fold_view_to(text, View::Folded, self.folded);
            if *self.folded != *text {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(String, usize, usize)> {
        let mut a = analyzer();
        let mut stream = a.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position, t.offset_from));
        }
        out
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
            let analyze = |mut a: TextAnalyzer| {
                let mut stream = a.token_stream(text);
                let mut out = Vec::new();
                while let Some(t) = stream.next() {
                    out.push((t.position, t.text.clone()));
                }
                out
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
