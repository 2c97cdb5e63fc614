//! Folding: every public entry point of `nomen-fold`, both views, transliteration on
//! and off.
//!
//! Invariants: nothing panics; each view is idempotent and NFC; the folded view of
//! the exact view is the folded view; the NFC, NFD, NFKC and NFKD spellings of the
//! input fold alike; `fold_into`, `fold_view`, `fold_view_to`, `tokenize` and the free
//! functions agree; every token and every mapped range lies inside the original text
//! on char boundaries, tokens in order, and a token's original slice folded on its
//! own yields that token again.

use nomen_fold::{Folded, Folder, View};
use unicode_normalization::{is_nfc, UnicodeNormalization};

/// Checks the folding invariants on `data` read as UTF-8 (invalid bytes replaced).
pub fn check(data: &[u8]) {
    check_str(&String::from_utf8_lossy(data));
}

/// Checks the folding invariants on `text`.
pub fn check_str(text: &str) {
    let folders = [
        Folder::new(),
        Folder::builder().transliterate(false).build(),
    ];
    let mut folded = Folded::new();
    let mut buffer = String::from("Stale Ünïcode");
    for folder in &folders {
        let f = folder.fold(text);
        let e = folder.fold_exact(text);
        assert_eq!(folder.fold(&f), f, "folded view not idempotent on {text:?}");
        assert_eq!(
            folder.fold_exact(&e),
            e,
            "exact view not idempotent on {text:?}"
        );
        assert_eq!(
            folder.fold(&e),
            f,
            "folded(exact(x)) != folded(x) on {text:?}"
        );
        assert!(is_nfc(&f), "folded view of {text:?} is not NFC: {f:?}");
        assert!(is_nfc(&e), "exact view of {text:?} is not NFC: {e:?}");
        for view in [View::Folded, View::Exact] {
            let want = folder.fold_view(text, view);
            folder.fold_view_to(text, view, &mut buffer);
            assert_eq!(buffer, want, "fold_view_to on {text:?} ({view:?})");
            folder.fold_into(text, view, &mut folded);
            assert_eq!(folded.as_str(), want, "fold_into on {text:?} ({view:?})");
            check_offsets(folder, text, view, &folded);
            for (form, variant) in [
                ("NFC", text.nfc().collect::<String>()),
                ("NFD", text.nfd().collect()),
                ("NFKC", text.nfkc().collect()),
                ("NFKD", text.nfkd().collect()),
            ] {
                assert_eq!(
                    folder.fold_view(&variant, view),
                    want,
                    "{form} of {text:?} folds differently ({view:?})"
                );
            }
        }
        folder.fold_into(text, View::Folded, &mut folded);
        let tokens: Vec<(String, std::ops::Range<usize>)> = folded
            .tokens()
            .map(|t| (t.text.to_string(), t.original))
            .collect();
        assert_eq!(folder.tokenize(text), tokens, "tokenize on {text:?}");
    }
    assert_eq!(nomen_fold::fold(text), Folder::new().fold(text));
    assert_eq!(nomen_fold::fold_exact(text), Folder::new().fold_exact(text));
}

/// The offset map of `folded` (`text` folded by `folder` in `view`).
fn check_offsets(folder: &Folder, text: &str, view: View, folded: &Folded) {
    assert_eq!(folded.original_len(), text.len(), "{text:?}");
    let mut last = (0, 0);
    let mut again = Folded::new();
    for token in folded.tokens() {
        let r = token.original.clone();
        assert!(
            r.start < r.end && r.end <= text.len(),
            "{text:?}: token {:?} maps to {r:?}",
            token.text
        );
        assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "{text:?}: token {:?} maps off char boundaries: {r:?}",
            token.text
        );
        assert!(
            r.start >= last.0 && r.end >= last.1,
            "{text:?}: tokens out of order at {r:?}"
        );
        last = (r.start, r.end);
        assert_eq!(
            &folded.as_str()[token.folded.clone()],
            token.text,
            "{text:?}"
        );
        folder.fold_into(&text[r.clone()], view, &mut again);
        assert!(
            again.tokens().any(|t| t.text == token.text),
            "{text:?}: token {:?} from {:?} is not among the tokens of its slice refolded ({:?})",
            token.text,
            &text[r],
            again.as_str()
        );
    }
    let len = folded.as_str().len();
    for start in 0..=len {
        for end in [start, len] {
            let r = folded.original_range(start..end);
            assert!(
                r.start <= r.end && r.end <= text.len(),
                "{text:?}: {start}..{end} maps to {r:?}"
            );
            assert!(
                text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
                "{text:?}: {start}..{end} maps off char boundaries: {r:?}"
            );
        }
    }
    // Out-of-range requests are clamped.
    let r = folded.original_range(len + 3..len + 7);
    assert!(r.end <= text.len(), "{text:?}: clamping gave {r:?}");
}
