//! The analyzer of the exact-view fields (`title_exact`, `body_exact`): the
//! [`analyzer::EXACT`] tokens, keeping only those that are not pure ASCII.
//!
//! These fields exist to rank first the articles written with the accents (or the
//! script) a query was typed with. A pure-ASCII token of the exact view is always
//! equal to its folded-view token (for ASCII text both views only lower-case), so it
//! adds nothing the folded fields do not already have; dropping it keeps the exact
//! fields small (English text adds almost nothing to them) and halves the postings
//! work of indexing. Positions are kept, so phrases with accents still match as
//! phrases. At query time the same analyzer runs on the query: `González` yields
//! the exact term `gonzález`, which lifts articles that wrote it so; `gonzalez`
//! yields none, and ranking comes from the folded fields alone.
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

/// The exact-view analyzer without its pure-ASCII tokens.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(NomenTokenizer::new(Folder::new(), View::Exact))
        .filter(NonAscii)
        .build()
}

/// A token filter keeping the tokens that contain a non-ASCII character.
#[derive(Debug, Clone, Copy)]
pub struct NonAscii;

impl TokenFilter for NonAscii {
    type Tokenizer<T: Tokenizer> = NonAsciiTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> NonAsciiTokenizer<T> {
        NonAsciiTokenizer { inner: tokenizer }
    }
}

/// A tokenizer wrapped by [`NonAscii`].
#[derive(Debug, Clone)]
pub struct NonAsciiTokenizer<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for NonAsciiTokenizer<T> {
    type TokenStream<'a> = NonAsciiStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        NonAsciiStream {
            tail: self.inner.token_stream(text),
        }
    }
}

/// The token stream of a [`NonAsciiTokenizer`].
#[derive(Debug)]
pub struct NonAsciiStream<S> {
    tail: S,
}

impl<S: TokenStream> TokenStream for NonAsciiStream<S> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            if !self.tail.token().text.is_ascii() {
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
    fn keeps_only_non_ascii_tokens_with_their_positions() {
        assert_eq!(
            tokens("Edmundo GONZÁLEZ Urrutia y Мадуро"),
            [("gonzález".into(), 1, 8), ("мадуро".into(), 4, 28)]
        );
        assert!(tokens("Nicolas Maduro").is_empty());
        assert_eq!(tokens("马杜罗").len(), 3);
    }
}
