//! The writer lock of a nomen index: `nomen.lock` in the index directory, held (an
//! exclusive advisory lock, `flock` on Unix) by the one process that writes the index.
//!
//! It is taken before anything is written into the directory (`nomen.json`,
//! `gazetteer.jsonl`, the linker cache, tantivy's files), so two `nomen index` runs
//! can never race, not even while the index is being created; the second gets
//! [`Error::Locked`] at once instead of waiting. The operating system releases the
//! lock when its process ends, however it ends: a lock left by a killed run never
//! blocks the next one (the file stays, but an unlocked file means nothing). tantivy
//! keeps its own writer lock (`.tantivy-writer.lock`, also advisory); this one covers
//! nomen's files too.
//!
//! Readers take no lock: they see the last commit (tantivy's `meta.json` is replaced
//! atomically, and tantivy's `.tantivy-meta.lock` keeps the files a reader is opening
//! from being garbage-collected).

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use fs4::fs_std::FileExt;

use crate::error::Error;

/// File name of the writer lock in an index directory.
pub const LOCK_FILE: &str = "nomen.lock";

/// A held writer lock; released when dropped (or when the process ends).
#[derive(Debug)]
pub struct IndexLock {
    /// Kept open: closing the file releases the lock.
    _file: File,
    path: PathBuf,
}

impl IndexLock {
    /// Takes the writer lock of the index in `dir` (which must exist), without
    /// waiting: [`Error::Locked`] if another process (or another [`IndexLock`] of this
    /// process) holds it.
    pub fn acquire(dir: &Path) -> Result<IndexLock, Error> {
        let path = dir.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        // Fully qualified: newer std has inherent lock methods of similar names.
        match FileExt::try_lock_exclusive(&file) {
            Ok(true) => Ok(IndexLock { _file: file, path }),
            Ok(false) => Err(Error::Locked {
                dir: dir.to_path_buf(),
            }),
            Err(e) => Err(Error::io(&path, e)),
        }
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_fails_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = IndexLock::acquire(dir.path()).unwrap();
        let err = IndexLock::acquire(dir.path()).unwrap_err();
        assert!(matches!(err, Error::Locked { .. }), "{err}");
        assert_eq!(
            err.to_string(),
            format!(
                "index {} is locked by another nomen process (a `nomen index` still \
                 running?); wait for it to end, or write into another directory",
                dir.path().display()
            )
        );
        drop(first);
        // The file stays, but it no longer locks anything.
        assert!(dir.path().join(LOCK_FILE).exists());
        IndexLock::acquire(dir.path()).unwrap();
    }
}
