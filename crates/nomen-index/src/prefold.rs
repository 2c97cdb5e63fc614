//! Folding a document's title and body once, for the linker and for every field
//! analyzed from them.
//!
//! Ingest folds the title and body (folded view) to link their entities. Without
//! this module tantivy's indexing thread would then fold them again for the `title`
//! and `body` fields ([`FOLDED`]) and once more for the exact fields ([`EXACT`]).
//! tantivy hands an analyzer nothing but the text, and a [`PreTokenizedString`] in a
//! `TantivyDocument` is serialized to JSON and parsed back (measured 3x slower than
//! folding twice), so the tokens travel beside the document instead:
//!
//! * the worker turns the folded view it linked with into [`Tokens`] (exactly the
//!   analyzer's tokens: [`IndexedTokens`]) and wraps the document in an [`IndexDoc`],
//!   which records where each text it carries tokens for lives in the document;
//! * when tantivy's indexing thread walks the [`IndexDoc`]'s values (which it does
//!   before analyzing any of them), the document makes its tokens the thread's
//!   current ones, until it is dropped;
//! * the analyzers, given a text, first ask [`current`] for the tokens of that very
//!   text: the same address and length inside the live document being indexed on
//!   this thread. Anything else (a query, a document without tokens, a copy of a
//!   text) is folded as before.
//!
//! So what is indexed never depends on whether the tokens arrived: they are made by
//! the analyzers' folder and [`IndexedTokens`], and a unit test and an index
//! comparison check that they are the analyzers' own.
//!
//! The tokens wait in tantivy's queue (up to 10,000 documents) with their documents.
//! [`InFlight`] bounds how many documents ingest has handed to tantivy that tantivy
//! has not dropped yet, so memory does not grow with that queue.
//!
//! [`FOLDED`]: crate::analyzer::FOLDED
//! [`EXACT`]: crate::exact::EXACT
//! [`PreTokenizedString`]: tantivy::tokenizer::PreTokenizedString

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

use nomen_fold::Folded;
use tantivy::schema::{Document, Field, Value};
use tantivy::TantivyDocument;

#[cfg(doc)]
use crate::analyzer::IndexedTokens;
use crate::analyzer::MAX_TOKEN_BYTES;

/// The folded-view tokens of one text, as the [`FOLDED`](crate::analyzer::FOLDED)
/// analyzer emits them: the folded text, and per token its byte range there and in
/// the original text. A token's position is its index; the tokens [`IndexedTokens`]
/// drops (longer than [`MAX_TOKEN_BYTES`]) are skipped when read, as it does.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tokens {
    /// The folded text.
    text: Box<str>,
    /// Per token: start and end in `text`, start and end in the original text.
    tokens: Box<[[u32; 4]]>,
}

/// Sets `out` to the spans of `folded`'s tokens, as
/// [`Linker::link_document_folded_spans`] hands them out (none when an offset does not
/// fit in 32 bits): for an article that is not linked.
///
/// [`Linker::link_document_folded_spans`]: nomen_entities::Linker::link_document_folded_spans
pub(crate) fn spans_of(folded: &Folded, out: &mut Vec<[u32; 4]>) {
    if folded.spans_fit() {
        folded.token_spans(out);
    } else {
        out.clear();
    }
}

impl Tokens {
    /// The tokens of `folded` (a folded view made by [`crate::analyzer::folder`]),
    /// given as `spans`: the `[folded start, folded end, original start, original
    /// end]` of each of its [`Folded::tokens`], in order (what
    /// [`Linker::link_document_folded_spans`] hands out). `None` when a span is not
    /// one of `folded`'s texts.
    ///
    /// [`Linker::link_document_folded_spans`]: nomen_entities::Linker::link_document_folded_spans
    pub fn of(folded: &Folded, spans: &[[u32; 4]]) -> Option<Tokens> {
        let text = folded.as_str();
        let original_len = folded.original_len();
        // In ASCII text (most folded text: the folded view romanises) every offset up
        // to its length is a character boundary, so the bounds are the whole test.
        let fits = if text.is_ascii() {
            spans.iter().all(|&[start, end, from, to]| {
                start <= end
                    && end as usize <= text.len()
                    && from <= to
                    && to as usize <= original_len
            })
        } else {
            spans.iter().all(|&[start, end, from, to]| {
                text.get(start as usize..end as usize).is_some()
                    && from <= to
                    && to as usize <= original_len
            })
        };
        if !fits {
            return None;
        }
        Some(Tokens {
            text: text.into(),
            tokens: spans.into(),
        })
    }

    /// Per token: start and end in the folded text, start and end in the original.
    #[inline]
    pub(crate) fn spans(&self) -> &[[u32; 4]] {
        &self.tokens
    }

    /// Token `i` or a later one, the first the analyzer keeps: (its index, its text,
    /// original start, original end). The index is the token's position.
    #[inline]
    pub fn kept_from(&self, mut i: usize) -> Option<(usize, &str, usize, usize)> {
        loop {
            let &[start, end, from, to] = self.tokens.get(i)?;
            if (end - start) as usize <= MAX_TOKEN_BYTES {
                // `of` checked that every span is a text of `text`.
                let text = self
                    .text
                    .get(start as usize..end as usize)
                    .unwrap_or_default();
                return Some((i, text, from as usize, to as usize));
            }
            i += 1;
        }
    }
}

/// A text of a document that comes with its tokens.
#[derive(Debug)]
struct Entry {
    /// Where the text is in the document's memory, and its length.
    addr: usize,
    len: usize,
    /// The text's tokens.
    tokens: Arc<Tokens>,
}

/// The carried tokens of one document: which texts they are for, and the tokens.
#[derive(Debug, Default)]
pub struct Prefolded {
    entries: Vec<Entry>,
}

/// How long [`InFlight::wait_below`] waits for a drop before it lets its caller go on.
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(2);

/// How many documents ingest has given tantivy that tantivy has not dropped yet,
/// and a way to wait until there are few enough.
///
/// Counting is an atomic add and subtract; a waiter sleeps until the count falls to
/// half its limit, and only the drop that reaches that mark wakes it, so a full
/// queue costs one wake-up per half queue, not one per document.
#[derive(Debug, Default)]
pub struct InFlight {
    count: AtomicUsize,
    /// The count a waiter waits for (0: nobody waits).
    wake_at: AtomicUsize,
    lock: Mutex<()>,
    dropped: Condvar,
}

impl InFlight {
    /// A new counter, shared by the documents it counts.
    pub fn new() -> Arc<InFlight> {
        Arc::default()
    }

    /// Returns at once while fewer than `limit` counted documents are alive; else
    /// waits until half of them are gone, or [`PATIENCE`] has passed without a drop
    /// that wakes it: a writer whose indexing thread died (a full disk) drops nothing,
    /// and the caller's next `add_document` is what reports it, instead of a wait
    /// that never ends.
    pub fn wait_below(&self, limit: usize) {
        self.wait_below_for(limit, PATIENCE);
    }

    /// [`InFlight::wait_below`], giving up after `patience`.
    fn wait_below_for(&self, limit: usize, patience: std::time::Duration) {
        let limit = limit.max(2);
        if self.count.load(Ordering::Acquire) < limit {
            return;
        }
        let low = limit / 2;
        let mut guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        self.wake_at.store(low, Ordering::Release);
        // Checked under the lock, which a waking drop takes before it notifies: the
        // wake-up cannot come between this check and the wait.
        while self.count.load(Ordering::Acquire) > low {
            let (g, waited) = self
                .dropped
                .wait_timeout(guard, patience)
                .unwrap_or_else(PoisonError::into_inner);
            guard = g;
            if waited.timed_out() {
                break;
            }
        }
        self.wake_at.store(0, Ordering::Release);
    }

    /// Documents alive now.
    #[cfg(test)]
    pub fn count(&self) -> usize {
        self.count.load(Ordering::Acquire)
    }

    fn add(&self) {
        self.count.fetch_add(1, Ordering::AcqRel);
    }

    fn remove(&self) {
        let now = self.count.fetch_sub(1, Ordering::AcqRel).saturating_sub(1);
        if now != 0 && now == self.wake_at.load(Ordering::Acquire) {
            let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
            self.dropped.notify_all();
        }
    }
}

/// A folded view, its token spans (see [`Tokens::of`]) and the fields whose text
/// it is the view of.
pub type View<'a> = (&'a Folded, &'a [[u32; 4]], &'a [Field]);

/// A document for tantivy, with the folded-view tokens of some of its texts.
#[derive(Debug)]
pub struct IndexDoc {
    doc: TantivyDocument,
    prefolded: Option<Arc<Prefolded>>,
    in_flight: Option<Arc<InFlight>>,
}

impl IndexDoc {
    /// `doc`, with for each `(folded, spans, fields)` the tokens of `folded` (see
    /// [`Tokens::of`]) given to the first value of each of `fields` (which `folded`
    /// must be the folded view of, made by [`crate::analyzer::folder`]). A field
    /// without a text value, a view whose original length is not the text's, or
    /// a text without spans, is left to the analyzer.
    pub fn new(doc: TantivyDocument, views: &[View<'_>]) -> IndexDoc {
        let mut pre = Prefolded::default();
        for &(folded, spans, fields) in views {
            // Walked twice rather than collected: this runs for every document.
            let texts = || {
                fields
                    .iter()
                    .filter_map(|&field| doc.get_first(field).and_then(|v| v.as_str()))
                    .filter(|text| !text.is_empty() && folded.original_len() == text.len())
                    .map(|text| (text.as_ptr() as usize, text.len()))
            };
            if spans.is_empty() || texts().next().is_none() {
                continue;
            }
            let Some(tokens) = Tokens::of(folded, spans) else {
                continue;
            };
            let tokens = Arc::new(tokens);
            for (addr, len) in texts() {
                pre.entries.push(Entry {
                    addr,
                    len,
                    tokens: Arc::clone(&tokens),
                });
            }
        }
        let prefolded = (!pre.entries.is_empty()).then(|| Arc::new(pre));
        IndexDoc {
            doc,
            prefolded,
            in_flight: None,
        }
    }

    /// Counts this document in `in_flight` until it is dropped.
    pub fn counted(mut self, in_flight: &Arc<InFlight>) -> IndexDoc {
        if self.in_flight.is_none() {
            in_flight.add();
            self.in_flight = Some(Arc::clone(in_flight));
        }
        self
    }

    /// The document.
    #[cfg(test)]
    pub fn doc(&self) -> &TantivyDocument {
        &self.doc
    }
}

impl Drop for IndexDoc {
    fn drop(&mut self) {
        // The tokens name this document's memory: they are nobody's once it is gone.
        if let Some(mine) = &self.prefolded {
            CURRENT.with(|c| {
                let mut c = c.borrow_mut();
                if c.as_ref().is_some_and(|cur| Arc::ptr_eq(cur, mine)) {
                    *c = None;
                }
            });
        }
        if let Some(in_flight) = &self.in_flight {
            in_flight.remove();
        }
    }
}

thread_local! {
    /// The tokens of the document this thread is indexing.
    static CURRENT: RefCell<Option<Arc<Prefolded>>> = const { RefCell::new(None) };
}

impl Document for IndexDoc {
    type Value<'a> = <TantivyDocument as Document>::Value<'a>;
    type FieldsValuesIter<'a> = <TantivyDocument as Document>::FieldsValuesIter<'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        // tantivy walks a document's values before it analyzes them.
        CURRENT.with(|c| {
            let mut c = c.borrow_mut();
            let same = match (&*c, &self.prefolded) {
                (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            };
            if !same {
                c.clone_from(&self.prefolded);
            }
        });
        self.doc.iter_fields_and_values()
    }

    fn into_tantivy_document(mut self) -> TantivyDocument {
        std::mem::take(&mut self.doc)
    }
}

/// The tokens of `text` when it is a text of the live document this thread is
/// indexing that came with its tokens.
pub(crate) fn current(text: &str) -> Option<Arc<Tokens>> {
    if text.is_empty() {
        return None;
    }
    CURRENT.with(|c| {
        let c = c.borrow();
        let addr = text.as_ptr() as usize;
        c.as_ref()?
            .entries
            .iter()
            .find(|e| e.addr == addr && e.len == text.len())
            .map(|e| Arc::clone(&e.tokens))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyzer::{self, FOLDED};
    use crate::exact::EXACT_BY_TOKEN;
    use nomen_fold::View;
    use tantivy::schema::{Schema, STORED, TEXT};
    use tantivy::tokenizer::TokenizerManager;

    /// (text, from, to, position) of the tokens `manager`'s analyzer `name` emits.
    fn analyze(
        manager: &TokenizerManager,
        name: &str,
        text: &str,
    ) -> Vec<(String, usize, usize, usize)> {
        let mut a = manager.get(name).expect("registered");
        analyzer::all_tokens(&mut a, text)
            .into_iter()
            .map(|t| (t.text, t.offset_from, t.offset_to, t.position))
            .collect()
    }

    /// The spans the linker hands out: those of `Folded::tokens`.
    fn spans(folded: &Folded) -> Vec<[u32; 4]> {
        let mut out = Vec::new();
        spans_of(folded, &mut out);
        out
    }

    /// The tokens an [`IndexDoc`] carries give the analyzers' own tokens (folded
    /// and exact fields), on the shared vectors, mixed texts and an over-long token;
    /// the analyzers use them only for the very texts of the live document.
    #[test]
    fn carried_tokens_equal_the_analyzers() {
        let manager = TokenizerManager::default();
        analyzer::register(&manager);
        crate::exact::register(&manager);
        let mut schema = Schema::builder();
        let title = schema.add_text_field("title", TEXT | STORED);
        let body = schema.add_text_field("body", TEXT | STORED);
        let body_exact = schema.add_text_field("body_exact", TEXT);
        let long = format!("before {} after Ünïcode", "é".repeat(300));
        let texts = nomen_testdata::fold_inputs_and([
            "",
            "Nicolás MADURO’s Straße",
            "马杜罗表示 Maduro",
            long.as_str(),
        ]);
        let mut checked = 0;
        for pair in texts.windows(2) {
            let (t, b) = (pair[0].as_str(), pair[1].as_str());
            let want = (
                analyze(&manager, FOLDED, t),
                analyze(&manager, FOLDED, b),
                analyze(&manager, EXACT_BY_TOKEN, b),
            );
            let mut doc = TantivyDocument::new();
            doc.add_text(title, t);
            doc.add_text(body, b);
            doc.add_text(body_exact, b);
            let (mut tf, mut bf) = (Folded::new(), Folded::new());
            analyzer::folder().fold_into(t, View::Folded, &mut tf);
            analyzer::folder().fold_into(b, View::Folded, &mut bf);
            let (ts, bs) = (spans(&tf), spans(&bf));
            let doc = IndexDoc::new(
                doc,
                &[(&tf, &ts, &[title]), (&bf, &bs, &[body, body_exact])],
            );
            let _ = doc.iter_fields_and_values().count();
            let inner = doc.doc();
            let text_of = |field| {
                inner
                    .get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
            };
            let (t_in, b_in, e_in) = (text_of(title), text_of(body), text_of(body_exact));
            assert_eq!(
                current(t_in).is_some(),
                !t.is_empty() && !ts.is_empty(),
                "{t:?}"
            );
            assert_eq!(
                current(e_in).is_some(),
                !b.is_empty() && !bs.is_empty(),
                "{b:?}"
            );
            // A copy of the text elsewhere in memory is folded, not looked up.
            let copy = t.to_string();
            assert!(current(&copy).is_none());
            assert_eq!(analyze(&manager, FOLDED, t_in), want.0, "{t:?}");
            assert_eq!(analyze(&manager, FOLDED, b_in), want.1, "{b:?}");
            assert_eq!(analyze(&manager, EXACT_BY_TOKEN, e_in), want.2, "{b:?}");
            drop(doc);
            // Gone with its document.
            CURRENT.with(|c| assert!(c.borrow().is_none()));
            checked += 1;
        }
        assert!(checked >= 300, "only {checked} pairs");
    }

    #[test]
    fn spans_that_are_not_the_texts_are_refused() {
        let mut folded = Folded::new();
        analyzer::folder().fold_into("Straße am Meer", View::Folded, &mut folded);
        let good = spans(&folded);
        assert!(Tokens::of(&folded, &good).is_some());
        assert!(Tokens::of(&folded, &[[0, 99, 0, 1]]).is_none());
        assert!(Tokens::of(&folded, &[[0, 1, 3, 2]]).is_none());
        assert!(Tokens::of(&folded, &[[0, 1, 0, 99]]).is_none());
        assert!(Tokens::of(&folded, &[[2, 1, 0, 1]]).is_none());
        // Folded text that is not ASCII (Han is not romanised): a span must also
        // start and end on character boundaries.
        analyzer::folder().fold_into("马杜罗 表示", View::Folded, &mut folded);
        assert!(!folded.as_str().is_ascii());
        let good = spans(&folded);
        assert!(Tokens::of(&folded, &good).is_some());
        assert!(Tokens::of(&folded, &[[0, 3, 0, 3]]).is_some());
        assert!(Tokens::of(&folded, &[[1, 3, 0, 3]]).is_none());
        assert!(Tokens::of(&folded, &[[0, 2, 0, 3]]).is_none());
    }

    /// A waiter at the limit wakes once half of the counted documents are gone.
    #[test]
    fn in_flight_waits_for_half_the_limit() {
        let in_flight = InFlight::new();
        let docs: Vec<IndexDoc> = (0..8)
            .map(|_| IndexDoc::new(TantivyDocument::new(), &[]).counted(&in_flight))
            .collect();
        assert_eq!(in_flight.count(), 8);
        in_flight.wait_below(9);
        let dropper = std::thread::spawn(move || {
            for doc in docs {
                std::thread::sleep(std::time::Duration::from_millis(5));
                drop(doc);
            }
        });
        in_flight.wait_below(8);
        assert!(in_flight.count() <= 4, "{}", in_flight.count());
        dropper.join().expect("dropper");
        assert_eq!(in_flight.count(), 0);
    }

    /// Nothing dropped (a writer whose indexing thread died): the waiter goes on after
    /// its patience instead of waiting for ever.
    #[test]
    fn in_flight_gives_up_when_nothing_is_dropped() {
        let in_flight = InFlight::new();
        let _docs: Vec<IndexDoc> = (0..8)
            .map(|_| IndexDoc::new(TantivyDocument::new(), &[]).counted(&in_flight))
            .collect();
        let patience = std::time::Duration::from_millis(50);
        let start = std::time::Instant::now();
        in_flight.wait_below_for(8, patience);
        assert!(start.elapsed() >= patience);
        assert_eq!(in_flight.count(), 8);
    }
}
