//! What a writer killed mid-run leaves in an index directory, and its removal by the
//! next writer (which holds the writer lock, [`crate::lock`], so nothing it removes
//! can belong to a live writer).
//!
//! * tantivy's temporary files (`.tmpXXXXXX`: `meta.json` and `.managed.json` are
//!   written to one and renamed);
//! * the linker cache's temporary files (`linker-*.tmp<pid>`,
//!   [`crate::linker_cache::remove_stale_temporaries`]).
//!
//! Segment files of uncommitted segments are tantivy's to remove (its garbage
//! collection, which ingest runs when it opens the writer and after every commit).

use std::fs;
use std::path::Path;

/// Removes the leftovers of killed writers from the index directory `dir`. Failures
/// are ignored: a leftover only costs disk space.
pub(crate) fn remove(dir: &Path) {
    crate::linker_cache::remove_stale_temporaries(dir);
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_str().is_some_and(is_tantivy_temporary) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether `name` is a temporary file of tantivy's atomic writes (made by the
/// `tempfile` crate's defaults: `.tmp` and six letters or digits).
fn is_tantivy_temporary(name: &str) -> bool {
    name.strip_prefix(".tmp")
        .is_some_and(|rest| rest.len() == 6 && rest.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_temporaries_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            ".tmpR0Vvui",
            ".tmpshort",
            "meta.json",
            ".managed.json",
            "x.tmp123456",
        ] {
            fs::write(dir.path().join(name), b"x").unwrap();
        }
        remove(dir.path());
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [".managed.json", ".tmpshort", "meta.json", "x.tmp123456"]
        );
    }
}
