//! The analyzer of the exact-view fields (`title_exact`, `body_exact`): per folded
//! token, the exact view of the original word, when folding changed it.
//!
//! These fields exist to rank first the articles written with the accents (or the
//! script) a query was typed with. [`ExactTokenizer`] walks the folded-view tokens
//! (the very tokens of `title` and `body`, carried with the document by
//! the `prefold` module at indexing, so nothing is folded again) and, for each, folds
//! the original text the token came from in the exact view (case-folded, accents and
//! scripts kept). Where that differs from the folded token (`González` → `gonzález`
//! against `gonzalez`, `Мадуро` → `мадуро` against `maduro`) it is emitted, at the
//! folded token's position; elsewhere nothing is, since the folded field already holds
//! the same word. An ASCII word is skipped unread: both views only lower-case it.
//! Han and Kana are not romanised, so their exact view is their folded view, and
//! English, Chinese and Japanese text add nothing to these fields.
//!
//! At query time the same analyzer runs on the query: `González` yields the exact
//! term `gonzález`, which lifts the articles that wrote it so; `gonzalez` yields none,
//! and ranking comes from the folded fields alone. Positions are the folded fields'
//! own, so phrases with accents still match as phrases.

use std::ops::Range;

use nomen_fold::{Folded, Folder, View};
use rustc_hash::FxHashMap;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager};

use crate::analyzer::{set_span, FoldedTokens, MAX_TOKEN_BYTES};

/// Name of the analyzer of the exact-view fields.
pub const EXACT_BY_TOKEN: &str = "nomen_exact_by_token";

/// Registers [`EXACT_BY_TOKEN`] in `manager`.
pub fn register(manager: &TokenizerManager) {
    manager.register(EXACT_BY_TOKEN, analyzer());
}

/// The analyzer of the exact-view fields.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::from(ExactTokenizer::new(crate::analyzer::folder()))
}

/// [`ExactTokenizer`] forgets what it remembered past this many distinct words
/// (about 64 bytes each plus the text), so memory stays bounded whatever the input.
const MAX_REMEMBERED: usize = 1 << 16;

/// The tokenizer of [`EXACT_BY_TOKEN`] (see the module's documentation).
///
/// The exact view of a word depends on the word alone, so it is remembered per
/// original word: a word that recurs is folded once.
#[derive(Debug, Clone)]
pub struct ExactTokenizer {
    folder: Folder,
    /// The folded view of the text, when its tokens did not come with it (reused).
    folded: Folded,
    /// The exact view of original words.
    exact: FxHashMap<Box<str>, Box<str>>,
}

impl ExactTokenizer {
    /// The tokenizer for `folder` (use the analyzers' folder, [`crate::analyzer::folder`]).
    pub fn new(folder: Folder) -> Self {
        ExactTokenizer {
            folder,
            folded: Folded::new(),
            exact: FxHashMap::default(),
        }
    }
}

impl Tokenizer for ExactTokenizer {
    type TokenStream<'a> = ExactTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ExactTokenStream<'a> {
        // Every word of an ASCII text is ASCII: nothing to emit, nothing to fold.
        let text = if text.is_ascii() { "" } else { text };
        ExactTokenStream {
            tokens: FoldedTokens::of(text, &self.folder, &mut self.folded),
            text,
            ascii: 0..0,
            folder: &self.folder,
            exact: &mut self.exact,
            token: Token::default(),
        }
    }
}

/// The token stream of an [`ExactTokenizer`].
#[derive(Debug)]
pub struct ExactTokenStream<'a> {
    tokens: FoldedTokens<'a>,
    text: &'a str,
    /// A range of `text` known to be ASCII (see [`FoldedTokens::next_maybe_non_ascii`]).
    ascii: Range<usize>,
    folder: &'a Folder,
    exact: &'a mut FxHashMap<Box<str>, Box<str>>,
    token: Token,
}

impl TokenStream for ExactTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let original = self.text.as_bytes();
        while let Some((folded, from, to, position)) =
            self.tokens.next_maybe_non_ascii(original, &mut self.ascii)
        {
            let Some(word) = self.text.get(from..to) else {
                continue;
            };
            // An ASCII word: both views only lower-case it. A word that is its own
            // folded view (Han, Kana, lowercase words of scripts not romanised) is
            // its own exact view as well.
            if word.is_ascii() || word == folded {
                continue;
            }
            let text = &mut self.token.text;
            text.clear();
            match self.exact.get(word) {
                Some(exact) => text.push_str(exact),
                None => {
                    if self.exact.len() >= MAX_REMEMBERED {
                        self.exact.clear();
                    }
                    text.push_str(&self.folder.fold_view(word, View::Exact));
                    self.exact.insert(word.into(), text.as_str().into());
                }
            }
            if text.is_empty() || text.len() > MAX_TOKEN_BYTES || text == folded {
                continue;
            }
            set_span(&mut self.token, from, to, position);
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

    /// (text, position, offset_from) of the tokens of `text`.
    fn tokens(text: &str) -> Vec<(String, usize, usize)> {
        all_tokens(&mut analyzer(), text)
            .into_iter()
            .map(|t| (t.text, t.position, t.offset_from))
            .collect()
    }

    /// (position, text) of the tokens of `analyzer`.
    fn positions(mut analyzer: TextAnalyzer, text: &str) -> Vec<(usize, String)> {
        all_tokens(&mut analyzer, text)
            .into_iter()
            .map(|t| (t.position, t.text))
            .collect()
    }

    #[test]
    fn keeps_the_exact_words_folding_changes_at_the_folded_positions() {
        assert_eq!(
            tokens("Edmundo GONZÁLEZ Urrutia y Мадуро"),
            [("gonzález".into(), 1, 8), ("мадуро".into(), 4, 28)]
        );
        assert!(tokens("Nicolas Maduro").is_empty());
        // Han and Kana are not romanised: their exact view is their folded view.
        assert!(tokens("马杜罗表示").is_empty());
        assert!(tokens("マドゥロ大統領").is_empty());
        assert_eq!(
            tokens("马杜罗 Μαδούρο Straße Ærø"),
            // `ß` case-folds to `ss` in both views.
            [("μαδούρο".into(), 3, 10), ("ærø".into(), 5, 33)]
        );
    }

    /// Every token sits at the position of a folded token of the same original
    /// word, and is that word's exact view; every folded token whose word's exact
    /// view differs from it has its exact token. On the shared vectors and mixed
    /// texts, twice (the second time from the memo).
    #[test]
    fn one_exact_token_per_changed_folded_token() {
        let long = format!("before {} after Ünïcode", "é".repeat(256));
        let texts = nomen_testdata::fold_inputs_and([
            "Edmundo GONZÁLEZ Urrutia y Мадуро en 马杜罗表示 İstanbul",
            "ﬁnance ＦＵＬＬ 東京 がぎぐ ｶﾞｷﾞ Ελλάδα Ῥόδος naïve cœur",
            "Ærø Łódź ħ þ ŋ ı ǅ ﬀ ß ẞ",
            "plain ascii only",
            long.as_str(),
        ]);
        let folder = Folder::new();
        let mut exact = analyzer();
        let mut checked = 0;
        for _round in 0..2 {
            for text in &texts {
                let mut want = Vec::new();
                for t in all_tokens(&mut crate::analyzer::analyzer(View::Folded), text) {
                    let word = &text[t.offset_from..t.offset_to];
                    let e = folder.fold_view(word, View::Exact);
                    if word.is_ascii() || word == t.text {
                        // Skipped unread: both views of an ASCII word, or of a word
                        // that is its own folded view, agree.
                        assert_eq!(e, t.text, "{text:?}: {word:?}");
                    } else if e != t.text && !e.is_empty() && e.len() <= MAX_TOKEN_BYTES {
                        want.push((e.into_owned(), t.position, t.offset_from, t.offset_to));
                    }
                }
                let got: Vec<_> = all_tokens(&mut exact, text)
                    .into_iter()
                    .map(|t| (t.text, t.position, t.offset_from, t.offset_to))
                    .collect();
                assert_eq!(got, want, "{text:?}");
                checked += 1;
            }
        }
        assert!(checked >= 600, "only {checked} texts");
    }

    /// A word the exact field leaves out is, at its position, the folded field's.
    #[test]
    fn positions_are_the_folded_fields() {
        let text = "Ærø Łódź naïve 東京 cœur Мадуро said";
        let folded = positions(crate::analyzer::analyzer(View::Folded), text);
        for (position, _) in positions(analyzer(), text) {
            assert!(folded.iter().any(|(p, _)| *p == position), "{position}");
        }
        assert_eq!(positions(analyzer(), text).len(), 5);
    }

    #[test]
    fn the_analyzer_is_registered() {
        let manager = TokenizerManager::default();
        register(&manager);
        assert!(manager.get(EXACT_BY_TOKEN).is_some());
    }
}
