//! The analyzers of the exact view: per folded token, the exact view of the original
//! word, when folding changed it.
//!
//! The exact-view fields (`title_exact`, `body_exact`) exist to rank first the
//! articles written with the accents (or the script) a query was typed with.
//! [`ExactTokenizer`] walks the folded-view tokens (the very tokens of `title` and
//! `body`, carried with the document by the `prefold` module at indexing, so nothing
//! is folded again) and, for each, folds the original text the token came from in the
//! exact view (case-folded, accents and scripts kept). Where that differs from the
//! folded token (`González` → `gonzález` against `gonzalez`, `Мадуро` → `мадуро`
//! against `maduro`) it is emitted, at the folded token's position; elsewhere nothing
//! is, since the folded field already holds the same word. An ASCII word is skipped
//! unread: both views only lower-case it. Han and Kana are not romanised, so their
//! exact view is their folded view, and English, Chinese and Japanese text add
//! nothing to these fields.
//!
//! Two analyzers are registered:
//!
//! * [`EXACT_TERMS`], the index's: each original word once per text (the first time
//!   it occurs). The exact fields keep which spellings an article has, not where or
//!   how often (no positions, no frequencies): they only rank, and every word of a
//!   Russian or Greek article is one of their terms, so a term per occurrence with
//!   its position cost indexing about as much as a field of its own.
//! * [`EXACT_BY_TOKEN`]: every occurrence, at its position: the query's words (the
//!   search looks each of their exact terms up in the exact fields, see
//!   `Searcher::exact_boost`), and a search cluster's pre-analysed exact fields.
//!
//! At query time `González` yields the exact term `gonzález`, which lifts the
//! articles that wrote it so; `gonzalez` yields none, and ranking comes from the
//! folded fields alone. Which articles match, phrases included, is the folded
//! fields' decision.

use std::hash::BuildHasher;
use std::ops::Range;

use nomen_fold::{Folded, Folder, View};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager};

use crate::analyzer::{set_span, FoldedTokens, MAX_TOKEN_BYTES};

/// Name of the analyzer of every exact-view token at its position (queries, a search
/// cluster's fields).
pub const EXACT_BY_TOKEN: &str = "nomen_exact_by_token";

/// Name of the analyzer of the exact-view fields of nomen's index: each original
/// word's exact term once per text.
pub const EXACT_TERMS: &str = "nomen_exact_terms";

/// Registers [`EXACT_BY_TOKEN`] and [`EXACT_TERMS`] in `manager`.
pub fn register(manager: &TokenizerManager) {
    manager.register(EXACT_BY_TOKEN, analyzer());
    manager.register(EXACT_TERMS, terms_analyzer());
}

/// The analyzer of [`EXACT_BY_TOKEN`]: every exact-view token, at its position.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::from(ExactTokenizer::new(crate::analyzer::folder()))
}

/// The analyzer of [`EXACT_TERMS`]: the exact-view token of each original word the
/// first time the word occurs in the text.
pub fn terms_analyzer() -> TextAnalyzer {
    let mut tokenizer = ExactTokenizer::new(crate::analyzer::folder());
    tokenizer.distinct = true;
    TextAnalyzer::from(tokenizer)
}

/// The memo's slots (see [`Memo`]): 2 MiB.
const SLOT_BITS: u32 = 14;

/// The slots of the words seen last, in front of the others: 256 KiB, which stays
/// in a core's cache.
const HOT_BITS: u32 = 11;

/// A word and its exact view fit in a slot when their lengths add up to this.
const SLOT_BYTES: usize = 118;

/// The memo is made after this many words were folded without it, so that a query
/// (a few words) does not pay for it.
const UNREMEMBERED: u32 = 256;

/// A word and its exact view, in two cache lines.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Slot {
    /// The word's hash with its lowest bit set; 0 for an empty slot.
    hash: u64,
    word_len: u8,
    exact_len: u8,
    /// The word, then its exact view.
    bytes: [u8; SLOT_BYTES],
}

const _: () = assert!(std::mem::size_of::<Slot>() == 128);

impl Slot {
    /// The exact view of `word`, whose hash (lowest bit set) is `tag`, if this slot
    /// holds it.
    fn exact(&self, tag: u64, word: &str) -> Option<&[u8]> {
        let len = word.len();
        (self.hash == tag
            && usize::from(self.word_len) == len
            && self.bytes.get(..len) == Some(word.as_bytes()))
        .then(|| &self.bytes[len..len + usize::from(self.exact_len)])
    }
}

const EMPTY: Slot = Slot {
    hash: 0,
    word_len: 0,
    exact_len: 0,
    bytes: [0; SLOT_BYTES],
};

/// The exact view of the original words seen, one slot per word chosen by the
/// word's hash (direct-mapped: a word replaces the one in its slot), so memory is
/// bounded whatever the input and a lookup reads one slot. (A hash table of boxed
/// strings read three places, each a likely cache miss: its lookups were 3.7 % of
/// the samples of a `perf` profile of indexing the generated 50 MB corpus.)
#[derive(Clone, Default)]
struct Memo {
    /// Words folded before the slots were made ([`UNREMEMBERED`]).
    folded: u32,
    slots: Box<[Slot]>,
    /// The slots of the words seen last ([`HOT_BITS`]).
    hot: Box<[Slot]>,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let used = self.slots.iter().filter(|s| s.hash != 0).count();
        f.debug_struct("Memo")
            .field("folded", &self.folded)
            .field("slots_used", &used)
            .finish()
    }
}

impl Memo {
    /// Appends the exact view of `word` to `out` (empty).
    fn exact_into(&mut self, folder: &Folder, word: &str, out: &mut String) {
        if self.slots.is_empty() {
            if self.folded < UNREMEMBERED {
                self.folded += 1;
                out.push_str(&folder.fold_view(word, View::Exact));
                return;
            }
            self.slots = vec![EMPTY; 1 << SLOT_BITS].into_boxed_slice();
            self.hot = vec![EMPTY; 1 << HOT_BITS].into_boxed_slice();
        }
        let hash = rustc_hash::FxBuildHasher.hash_one(word);
        let tag = hash | 1;
        let len = word.len();
        let hot = (hash >> (64 - HOT_BITS)) as usize;
        let slot = (hash >> (64 - SLOT_BITS)) as usize;
        // Only whole strings are stored (below): the slices are UTF-8.
        if let Some(bytes) = self.hot[hot].exact(tag, word) {
            out.push_str(std::str::from_utf8(bytes).unwrap_or_default());
            return;
        }
        if let Some(bytes) = self.slots[slot].exact(tag, word) {
            out.push_str(std::str::from_utf8(bytes).unwrap_or_default());
            self.hot[hot] = self.slots[slot];
            return;
        }
        out.push_str(&folder.fold_view(word, View::Exact));
        if len + out.len() <= SLOT_BYTES {
            let new = &mut self.slots[slot];
            new.hash = tag;
            new.word_len = len as u8;
            new.exact_len = out.len() as u8;
            new.bytes[..len].copy_from_slice(word.as_bytes());
            new.bytes[len..len + out.len()].copy_from_slice(out.as_bytes());
            self.hot[hot] = *new;
        }
    }
}

/// The tokenizer of [`EXACT_BY_TOKEN`] (see the module's documentation).
///
/// The exact view of a word depends on the word alone. Most words' is read from the
/// folder's character table ([`Folder::exact_by_table`]: a few kilobytes per script,
/// in a core's cache); the others' (marks written apart, characters past the Basic
/// Multilingual Plane) is remembered per original word (in a bounded, direct-mapped
/// memo): a word that recurs is folded once. (The memo alone, for every word, spent
/// 60 % of this tokenizer's time waiting for its slots to load: 253 samples of 5,150
/// in a `perf` profile of indexing the generated 50 MB corpus without linking; the
/// table first: 115.)
#[derive(Debug, Clone)]
pub struct ExactTokenizer {
    folder: Folder,
    /// The folded view of the text, when its tokens did not come with it (reused).
    folded: Folded,
    /// The exact view of original words.
    memo: Memo,
    /// Each original word once per text ([`EXACT_TERMS`]).
    distinct: bool,
    /// The original words of the text seen so far (their hashes), when `distinct`.
    seen: Seen,
}

impl ExactTokenizer {
    /// The tokenizer for `folder` (use the analyzers' folder, [`crate::analyzer::folder`]).
    pub fn new(folder: Folder) -> Self {
        ExactTokenizer {
            folder,
            folded: Folded::new(),
            memo: Memo::default(),
            distinct: false,
            seen: Seen::default(),
        }
    }
}

/// The hashes of the original words of one text, for [`EXACT_TERMS`]; emptied, not
/// freed, between texts. A word whose hash (64 bits) another word of the same text
/// has is taken for that word: its exact term is left out, which costs it at most a
/// boost.
#[derive(Debug, Clone, Default)]
struct Seen(rustc_hash::FxHashSet<u64>);

impl Seen {
    fn clear(&mut self) {
        self.0.clear();
    }

    /// Adds `word`; false when the text already had it.
    fn insert(&mut self, word: &str) -> bool {
        self.0.insert(rustc_hash::FxBuildHasher.hash_one(word))
    }
}

impl Tokenizer for ExactTokenizer {
    type TokenStream<'a> = ExactTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ExactTokenStream<'a> {
        // Every word of an ASCII text is ASCII: nothing to emit, nothing to fold.
        let text = if text.is_ascii() { "" } else { text };
        self.seen.clear();
        ExactTokenStream {
            seen: self.distinct.then_some(&mut self.seen),
            tokens: FoldedTokens::of(text, &self.folder, &mut self.folded),
            text,
            ascii: 0..0,
            folder: &self.folder,
            memo: &mut self.memo,
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
    memo: &'a mut Memo,
    token: Token,
    /// The words seen, when each is emitted once ([`EXACT_TERMS`]).
    seen: Option<&'a mut Seen>,
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
            if let Some(seen) = self.seen.as_deref_mut() {
                if !seen.insert(word) {
                    continue;
                }
            }
            let text = &mut self.token.text;
            text.clear();
            if !self.folder.exact_by_table(word, text) {
                self.memo.exact_into(self.folder, word, text);
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

    /// The memo answers as the folder does: before its slots are made and after,
    /// for more words than it has slots (so words replace each other), for words
    /// too long for a slot, asked twice.
    #[test]
    fn the_memo_answers_as_the_folder() {
        let folder = Folder::new();
        let mut words: Vec<String> = ["Мадуро", "GONZÁLEZ", "Straße", "Ærø", "ﬁnance", "Ῥόδος"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        words.push("Ünïcödé".repeat(12));
        words.extend((0..(3 << SLOT_BITS) / 2).map(|i| format!("Zürich{i}")));
        let mut memo = Memo::default();
        let mut out = String::new();
        for _round in 0..2 {
            for word in &words {
                out.clear();
                memo.exact_into(&folder, word, &mut out);
                assert_eq!(out, folder.fold_view(word, View::Exact), "{word}");
            }
        }
        assert!(!memo.slots.is_empty());
        assert!(words.iter().any(|w| 2 * w.len() > SLOT_BYTES));
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
    fn the_analyzers_are_registered() {
        let manager = TokenizerManager::default();
        register(&manager);
        assert!(manager.get(EXACT_BY_TOKEN).is_some());
        assert!(manager.get(EXACT_TERMS).is_some());
    }

    /// The index's analyzer emits, of the per-token analyzer's tokens, the first of
    /// each original word (a word written twice the same way is one term; the same
    /// exact view from two spellings, `МАДУРО` and `Мадуро`, is two), for texts with
    /// more distinct words than the table first holds, twice over (the table is
    /// emptied between texts).
    #[test]
    fn the_index_analyzer_emits_each_original_word_once() {
        let many: String = (0..700)
            .map(|i| format!("Zürich{i} Мадуро{} ", i % 300))
            .collect();
        let texts = [
            "Мадуро и МАДУРО, Мадуро; González y González y GONZÁLEZ",
            "马杜罗 Μαδούρο Μαδούρο plain Ærø",
            many.as_str(),
        ];
        let mut terms = terms_analyzer();
        for _round in 0..2 {
            for text in texts {
                let mut seen = std::collections::HashSet::new();
                let want: Vec<(String, usize)> = all_tokens(&mut analyzer(), text)
                    .into_iter()
                    .filter(|t| seen.insert(&text[t.offset_from..t.offset_to]))
                    .map(|t| (t.text, t.offset_from))
                    .collect();
                let got: Vec<(String, usize)> = all_tokens(&mut terms, text)
                    .into_iter()
                    .map(|t| (t.text, t.offset_from))
                    .collect();
                assert_eq!(got, want, "{text:.80}");
            }
        }
        let got: Vec<String> = all_tokens(&mut terms, texts[0])
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(got, ["мадуро", "и", "мадуро", "gonzález", "gonzález"]);
    }
}
