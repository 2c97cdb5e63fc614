//! The mention linker over arbitrary text, with the built-in gazetteer and with a
//! small gazetteer read from the input.
//!
//! Input: `gazetteer JSONL \0 title \0 body` (see [`crate::parts`]); a gazetteer
//! part that does not load, or loads no entity, is skipped.
//!
//! Invariants: nothing panics (building the linker included); every mention's range
//! lies inside its field on char boundaries, its `text` is that slice, and the slice
//! folds to at least one token; mentions are in field order, then position, and do
//! not overlap; each names an entity of the gazetteer with its canonical name;
//! `entities` is the sorted set of the mentions' entities; linking is deterministic,
//! `link_document_folded` gives what `link_document` gives, and `link_text(body)`
//! what `link_document("", body)` gives.

use std::sync::{Arc, OnceLock};

use nomen_entities::{DocumentLinks, Field, Gazetteer, Linker};
use nomen_fold::{Folded, Folder, View};

/// The built-in linker, built once.
fn builtin() -> &'static Linker {
    static LINKER: OnceLock<Linker> = OnceLock::new();
    LINKER.get_or_init(|| Linker::new(Arc::new(Gazetteer::builtin())))
}

/// Checks the linker on fuzz input `gazetteer \0 title \0 body`.
pub fn check(data: &[u8]) {
    let p = crate::parts(data, 3);
    if let Ok(gazetteer) = Gazetteer::from_jsonl_str(&p[0], "fuzz.jsonl") {
        if !gazetteer.is_empty() {
            check_linker(&Linker::new(Arc::new(gazetteer)), &p[1], &p[2]);
        }
    }
    check_linker(builtin(), &p[1], &p[2]);
}

/// Checks `linker` on one document; returns its links.
pub fn check_linker(linker: &Linker, title: &str, body: &str) -> DocumentLinks {
    let links = linker.link_document(title, body);
    let context = || format!("title {title:?}, body {body:?}");
    let folder = Folder::new();
    let mut folded = Folded::new();
    let mut ids: Vec<&str> = Vec::new();
    for (i, m) in links.mentions.iter().enumerate() {
        let text = match m.field {
            Field::Title => title,
            Field::Body => body,
        };
        assert!(
            m.start < m.end && m.end <= text.len(),
            "{}: mention {m:?} out of its field",
            context()
        );
        assert!(
            text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
            "{}: mention {m:?} off char boundaries",
            context()
        );
        assert_eq!(m.text, text[m.start..m.end], "{}", context());
        folder.fold_into(&m.text, View::Folded, &mut folded);
        assert!(
            folded.tokens().next().is_some(),
            "{}: mention {m:?} folds to nothing",
            context()
        );
        if let Some(prev) = i.checked_sub(1).map(|j| &links.mentions[j]) {
            assert!(
                (prev.field, prev.end) <= (m.field, m.start),
                "{}: mentions {prev:?} and {m:?} out of order or overlapping",
                context()
            );
        }
        match linker.gazetteer().get(&m.entity) {
            Some(e) => assert_eq!(e.name, m.name, "{}: {m:?}", context()),
            None => panic!("{}: mention {m:?} of an unknown entity", context()),
        }
        ids.push(&m.entity);
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(links.entities, ids, "{}: entities", context());

    assert_eq!(
        linker.link_document(title, body),
        links,
        "{}: not deterministic",
        context()
    );
    let mut title_folded = Folded::new();
    let mut body_folded = Folded::new();
    linker
        .folder()
        .fold_into(title, View::Folded, &mut title_folded);
    linker
        .folder()
        .fold_into(body, View::Folded, &mut body_folded);
    assert_eq!(
        linker.link_document_folded(title, &title_folded, body, &body_folded),
        links,
        "{}: link_document_folded differs",
        context()
    );
    assert_eq!(
        linker.link_text(body),
        linker.link_document("", body),
        "body {body:?}: link_text differs from link_document with no title"
    );
    links
}
