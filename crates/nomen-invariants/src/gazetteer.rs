//! The gazetteer loader: `Gazetteer::from_jsonl_str` on arbitrary text.
//!
//! Invariants: nothing panics; an error names the origin and a line of the text, and
//! is the first problem in it: the lines before it load, and the line alone fails
//! the same way (unless the problem is an id used twice, which needs the earlier
//! line); a gazetteer that loads has non-empty ids, each found by `get`, and comes
//! back unchanged through `to_jsonl` and `from_jsonl_str`, with the same fingerprint.

use nomen_entities::{Gazetteer, GazetteerErrorKind};

/// The name the text is loaded under.
pub const ORIGIN: &str = "fuzz.jsonl";

/// Checks the loader on `data` read as UTF-8 (invalid bytes replaced).
pub fn check(data: &[u8]) {
    check_str(&String::from_utf8_lossy(data));
}

/// Checks the loader on `text`; returns the gazetteer when it loads.
pub fn check_str(text: &str) -> Option<Gazetteer> {
    let lines: Vec<&str> = text.lines().collect();
    match Gazetteer::from_jsonl_str(text, ORIGIN) {
        Err(e) => {
            assert_eq!(e.origin, ORIGIN, "{text:?}: {e}");
            assert!(
                e.line >= 1 && e.line <= lines.len(),
                "{text:?}: error on line {} of {}: {e}",
                e.line,
                lines.len()
            );
            let shown = e.to_string();
            assert!(
                shown.starts_with(&format!("gazetteer {ORIGIN}:{}: ", e.line)),
                "{text:?}: message does not name the file and line: {shown}"
            );
            let before = lines[..e.line - 1].join("\n");
            if let Err(early) = Gazetteer::from_jsonl_str(&before, ORIGIN) {
                panic!("{text:?}: error reported on line {}, but {early}", e.line);
            }
            if !matches!(e.kind, GazetteerErrorKind::DuplicateId { .. }) {
                match Gazetteer::from_jsonl_str(lines[e.line - 1], ORIGIN) {
                    Ok(_) => panic!("{text:?}: line {} loads alone, but {e}", e.line),
                    Err(alone) => assert_eq!(alone.kind, e.kind, "{text:?}: line {}", e.line),
                }
            }
            None
        }
        Ok(gazetteer) => {
            for (i, entity) in gazetteer.entities().iter().enumerate() {
                assert!(!entity.id.trim().is_empty(), "{text:?}: empty id loaded");
                assert_eq!(gazetteer.position(&entity.id), Some(i), "{text:?}");
            }
            let jsonl = gazetteer.to_jsonl();
            let again = match Gazetteer::from_jsonl_str(&jsonl, ORIGIN) {
                Ok(again) => again,
                Err(e) => panic!("{text:?}: to_jsonl gave {jsonl:?}, which does not load: {e}"),
            };
            assert_eq!(
                again.entities(),
                gazetteer.entities(),
                "{text:?}: entities changed through to_jsonl ({jsonl:?})"
            );
            assert_eq!(again.to_jsonl(), jsonl, "{text:?}: to_jsonl not stable");
            assert_eq!(again.fingerprint(), gazetteer.fingerprint(), "{text:?}");
            Some(gazetteer)
        }
    }
}
