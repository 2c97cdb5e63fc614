//! [`NomenIndex::check`]: is an index whole and consistent? For `nomen check`, and for
//! the tests that kill `nomen index` at random moments.
//!
//! One snapshot (the last commit, opened as tantivy's readers open it: under
//! `.tantivy-meta.lock`, so a concurrent writer cannot garbage-collect its files
//! meanwhile) is checked for:
//!
//! * every segment opening, and every file of every segment matching the checksum in
//!   its footer;
//! * no id held by two live documents, and every live document holding one id;
//! * the number of live documents equal to what the commit recorded in its payload
//!   ([`crate::meta::Progress::documents`]; indexes written before the count was
//!   recorded skip this);
//! * `nomen.json` and `gazetteer.jsonl` agreeing (fingerprint, checked when the index
//!   opens; entity count here).
//!
//! Files that no commit references (being written by a running ingest, or left by
//! one that was killed; the next ingest removes them) are listed, but are not a
//! problem.

use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;
use tantivy::directory::error::OpenReadError;
use tantivy::directory::{Directory, META_LOCK};
use tantivy::index::{InvertedIndexReader, SegmentReader};
use tantivy::schema::IndexRecordOption;
use tantivy::termdict::TermMerger;
use tantivy::{DocSet, TERMINATED};

use crate::error::Error;
use crate::meta::Progress;
use crate::NomenIndex;

/// Duplicate ids quoted in a problem, at most.
const DUPLICATES_SHOWN: usize = 5;

/// What [`NomenIndex::check`] found.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    /// Live documents in the last commit.
    pub documents: u64,
    /// Distinct ids of live documents.
    pub ids: u64,
    /// The number of live documents the last commit recorded; `None` when its payload
    /// does not say (an index written by an older nomen, or never committed to).
    pub committed_documents: Option<u64>,
    /// What the last commit recorded as indexed: finished input files and how far the
    /// file being read had got.
    pub progress: Progress,
    /// Segments in the last commit.
    pub segments: usize,
    /// Segment files whose checksum was verified.
    pub files_checked: usize,
    /// Files in the directory that no commit references: being written by a running
    /// ingest, or left by an interrupted one (the next ingest removes them). Not a
    /// problem.
    pub unreferenced_files: Vec<PathBuf>,
    /// Everything wrong, one clause each; empty when the index is sound.
    pub problems: Vec<String>,
}

impl CheckReport {
    /// Whether the check found nothing wrong.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

impl NomenIndex {
    /// Checks the last commit of this index, as readers see it (also while another
    /// process writes): every segment opens and every segment file matches its
    /// checksum; no id is held by two live documents and every live document holds
    /// one; the number of live documents is the one the commit recorded (when its
    /// payload records one); `nomen.json` and `gazetteer.jsonl` agree.
    ///
    /// Problems are reported in [`CheckReport::problems`]; an error means the check
    /// could not run at all (the commit's `meta.json` is unreadable, the directory
    /// cannot be listed).
    pub fn check(&self) -> Result<CheckReport, Error> {
        let tantivy_err = |e: tantivy::TantivyError| Error::tantivy(&self.dir, e);
        let directory = self.index.directory();
        let mut problems = Vec::new();

        // The snapshot: metas and open segments, taken as tantivy's readers take them.
        let (metas, readers) = {
            let _meta_lock = directory
                .acquire_lock(&META_LOCK)
                .map_err(|e| Error::tantivy(&self.dir, e))?;
            let metas = self.index.load_metas().map_err(tantivy_err)?;
            let mut readers = Vec::with_capacity(metas.segments.len());
            let mut ids = Vec::with_capacity(metas.segments.len());
            for meta in &metas.segments {
                // The id field's index too (its files open lazily otherwise).
                let opened = SegmentReader::open(&self.index.segment(meta.clone()))
                    .and_then(|reader| Ok((reader.inverted_index(self.fields.id)?, reader)));
                match opened {
                    Ok((inverted, reader)) => {
                        readers.push(reader);
                        ids.push(inverted);
                    }
                    Err(e) => problems.push(format!(
                        "segment {} does not open: {e}",
                        meta.id().uuid_string()
                    )),
                }
            }
            (metas, (readers, ids))
        };
        let (readers, id_indexes) = readers;

        // Checksums: the files of the snapshot that exist (a segment lists every file
        // it may have; the open readers hold what they need, even if a concurrent
        // writer has removed it since).
        let managed = directory.list_managed_files();
        let referenced = metas.list_segment_files();
        let mut files: Vec<&PathBuf> = referenced.intersection(&managed).collect();
        files.sort();
        let mut files_checked = 0;
        let mut current: Option<std::collections::HashSet<PathBuf>> = None;
        for path in files {
            match directory.validate_checksum(path) {
                Ok(true) => files_checked += 1,
                Ok(false) => problems.push(format!(
                    "{}: checksum mismatch (the file is damaged)",
                    path.display()
                )),
                // Missing: a problem, unless a concurrent writer has merged its segment
                // away and removed it since the snapshot.
                Err(OpenReadError::FileDoesNotExist(_)) => {
                    let current = match &current {
                        Some(files) => files,
                        None => current.insert(
                            self.index
                                .load_metas()
                                .map_err(tantivy_err)?
                                .list_segment_files(),
                        ),
                    };
                    if current.contains(path) {
                        problems.push(format!("{}: missing", path.display()));
                    }
                }
                Err(e) => problems.push(format!("{}: {e}", path.display())),
            }
        }
        let mut unreferenced_files: Vec<PathBuf> = managed
            .iter()
            .filter(|p| !referenced.contains(*p) && !is_tantivy_bookkeeping(p))
            .filter(|p| directory.exists(p).unwrap_or(false))
            .cloned()
            .collect();
        unreferenced_files.sort();

        // Ids.
        let documents: u64 = readers.iter().map(|r| u64::from(r.num_docs())).sum();
        let mut ids = 0u64;
        let mut postings = 0u64;
        let mut duplicates = Vec::new();
        let mut duplicate_count = 0u64;
        scan_ids(&readers, &id_indexes, |id, live| {
            if live > 0 {
                ids += 1;
                postings += u64::from(live);
            }
            if live > 1 {
                duplicate_count += 1;
                if duplicates.len() < DUPLICATES_SHOWN {
                    duplicates.push(format!("{:?} ({live} times)", String::from_utf8_lossy(id)));
                }
            }
        })
        .map_err(|e| Error::io(&self.dir, e))?;
        if duplicate_count > 0 {
            problems.push(format!(
                "{duplicate_count} ids are held by several live documents: {}{}",
                duplicates.join(", "),
                if duplicate_count > duplicates.len() as u64 {
                    ", ..."
                } else {
                    ""
                }
            ));
        }
        if postings != documents {
            problems.push(format!(
                "{documents} live documents hold {postings} ids (every document has one)"
            ));
        }

        // The commit's own record.
        let progress = Progress::from_payload(metas.payload.as_deref());
        if let Some(committed) = progress.documents {
            if committed != documents {
                problems.push(format!(
                    "the last commit recorded {committed} documents, but it holds {documents}"
                ));
            }
        }

        // nomen.json and gazetteer.jsonl (their fingerprints were compared on open).
        if self.meta.gazetteer.entities != self.gazetteer.len() {
            problems.push(format!(
                "nomen.json records {} entities, but gazetteer.jsonl holds {}",
                self.meta.gazetteer.entities,
                self.gazetteer.len()
            ));
        }

        Ok(CheckReport {
            documents,
            ids,
            committed_documents: progress.documents,
            progress,
            segments: metas.segments.len(),
            files_checked,
            unreferenced_files,
            problems,
        })
    }

    /// The ids of the live documents of the last commit, sorted; an id appears once
    /// per live document holding it (so a duplicate shows).
    pub fn live_ids(&self) -> Result<Vec<String>, Error> {
        let searcher = self.searcher()?.tantivy_searcher();
        let readers = searcher.segment_readers();
        let id_indexes = readers
            .iter()
            .map(|r| r.inverted_index(self.fields.id))
            .collect::<tantivy::Result<Vec<_>>>()
            .map_err(|e| Error::tantivy(&self.dir, e))?;
        let mut out = Vec::new();
        scan_ids(readers, &id_indexes, |id, live| {
            let id = String::from_utf8_lossy(id);
            out.extend(std::iter::repeat_n(id.into_owned(), live as usize));
        })
        .map_err(|e| Error::io(&self.dir, e))?;
        Ok(out)
    }
}

/// tantivy's own files, managed but never referenced by a segment.
fn is_tantivy_bookkeeping(path: &std::path::Path) -> bool {
    path == std::path::Path::new("meta.json") || path == std::path::Path::new(".managed.json")
}

/// Calls `each(id, live)` for every id term of the segments `readers` (whose id
/// field's inverted indexes are `inverted`), in byte order, with the number of live
/// documents holding it (0 when all of them are deleted).
fn scan_ids(
    readers: &[SegmentReader],
    inverted: &[Arc<InvertedIndexReader>],
    mut each: impl FnMut(&[u8], u32),
) -> std::io::Result<()> {
    let streams = inverted
        .iter()
        .map(|i| i.terms().stream())
        .collect::<std::io::Result<Vec<_>>>()?;
    let mut merger = TermMerger::new(streams);
    while merger.advance() {
        let mut live = 0u32;
        for (ord, info) in merger.current_segment_ords_and_term_infos() {
            let mut docs =
                inverted[ord].read_postings_from_terminfo(&info, IndexRecordOption::Basic)?;
            let alive = readers[ord].alive_bitset();
            let mut doc = docs.doc();
            while doc != TERMINATED {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    live += 1;
                }
                doc = docs.advance();
            }
        }
        each(merger.key(), live);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use tantivy::{IndexWriter, TantivyDocument};

    use crate::{IngestOptions, Input, NomenIndex};

    #[test]
    fn a_sound_index_passes_and_a_duplicate_id_fails() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.jsonl");
        let lines: String = (1..=3)
            .map(|n| format!("{{\"id\":\"a{n}\",\"body\":\"article number {n}\"}}\n"))
            .collect();
        std::fs::write(&file, lines).unwrap();
        let index = NomenIndex::create_or_open(dir.path().join("idx"), None).unwrap();
        let options = IngestOptions {
            threads: 1,
            memory_mb: 15,
            ..IngestOptions::default()
        };
        index
            .ingest(&[Input::Path(file)], &options, &mut ())
            .unwrap();
        let report = index.check().unwrap();
        assert!(report.is_ok(), "{:?}", report.problems);
        assert_eq!(
            (report.documents, report.ids, report.committed_documents),
            (3, 3, Some(3))
        );
        assert_eq!(report.progress.done.len(), 1);
        assert!(report.files_checked > 0);
        assert_eq!(index.live_ids().unwrap(), ["a1", "a2", "a3"]);

        // A document added behind nomen's back, with an id the index holds, under a
        // commit that keeps the payload (and its count of 3).
        let payload = index.tantivy().load_metas().unwrap().payload;
        let mut writer: IndexWriter = index.tantivy().writer(15 << 20).unwrap();
        let mut doc = TantivyDocument::new();
        doc.add_text(index.fields().id, "a2");
        doc.add_text(index.fields().body, "a second a2");
        writer.add_document(doc).unwrap();
        let mut prepared = writer.prepare_commit().unwrap();
        prepared.set_payload(&payload.unwrap());
        prepared.commit().unwrap();
        let report = index.check().unwrap();
        assert_eq!(
            report.problems,
            [
                "1 ids are held by several live documents: \"a2\" (2 times)",
                "the last commit recorded 3 documents, but it holds 4"
            ]
        );
        assert_eq!(index.live_ids().unwrap(), ["a1", "a2", "a2", "a3"]);
    }

    /// The files of `dir` whose names end with `ext`.
    fn files(dir: &std::path::Path, ext: &str) -> Vec<std::path::PathBuf> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .collect()
    }

    #[test]
    fn damaged_and_missing_files_are_problems() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.jsonl");
        std::fs::write(&file, "{\"id\":\"a1\",\"body\":\"some words\"}\n").unwrap();
        let idx = dir.path().join("idx");
        let index = NomenIndex::create_or_open(&idx, None).unwrap();
        index
            .ingest(&[Input::Path(file)], &IngestOptions::default(), &mut ())
            .unwrap();
        drop(index);

        // One byte of the stored documents changed.
        let store = &files(&idx, "store")[0];
        let mut bytes = std::fs::read(store).unwrap();
        bytes[0] ^= 0xff;
        std::fs::write(store, bytes).unwrap();
        let report = NomenIndex::open(&idx).unwrap().check().unwrap();
        let name = store.file_name().unwrap().to_string_lossy();
        assert_eq!(
            report.problems,
            [format!("{name}: checksum mismatch (the file is damaged)")]
        );

        // The positions file gone: the segment does not open, the file is missing,
        // and the commit's document is not there.
        let pos = &files(&idx, "pos")[0];
        std::fs::remove_file(pos).unwrap();
        let report = NomenIndex::open(&idx).unwrap().check().unwrap();
        let name = pos.file_name().unwrap().to_string_lossy();
        assert_eq!(report.problems.len(), 4, "{:?}", report.problems);
        assert!(report.problems[0].contains("does not open"));
        assert!(report.problems.contains(&format!("{name}: missing")));
        assert!(report
            .problems
            .contains(&"the last commit recorded 1 documents, but it holds 0".to_string()));
    }
}
