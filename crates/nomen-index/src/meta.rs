//! What a nomen index records beside tantivy's files: `nomen.json` (format version and
//! the gazetteer's fingerprint and sources) and `gazetteer.jsonl` (the gazetteer
//! itself), so that search and stats resolve names exactly as indexing linked them.
//! Also the resume record kept in tantivy's commit payload.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use nomen_entities::Gazetteer;
use serde::{Deserialize, Serialize};

use crate::error::Error;

/// File name of the nomen meta file in an index directory.
pub const META_FILE: &str = "nomen.json";
/// File name of the recorded gazetteer in an index directory.
pub const GAZETTEER_FILE: &str = "gazetteer.jsonl";
/// The index format this crate writes and reads.
///
/// 3: the exact-view fields hold each spelling once per text, without positions
/// (`crate::exact::EXACT_TERMS`); an index of format 2 is refused with a request
/// to re-index.
pub const FORMAT: u32 = 3;

/// The gazetteer an index was built with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GazetteerInfo {
    /// [`Gazetteer::fingerprint`].
    pub fingerprint: String,
    /// [`Gazetteer::sources`]: `built-in` and file paths.
    pub sources: Vec<String>,
    /// Number of entities.
    pub entities: usize,
}

impl GazetteerInfo {
    /// The record of `gazetteer`.
    pub fn of(gazetteer: &Gazetteer) -> GazetteerInfo {
        GazetteerInfo {
            fingerprint: gazetteer.fingerprint(),
            sources: gazetteer.sources().to_vec(),
            entities: gazetteer.len(),
        }
    }
}

/// The content of `nomen.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// Index format version ([`FORMAT`]).
    pub format: u32,
    /// The gazetteer the index was built with.
    pub gazetteer: GazetteerInfo,
    /// XXH3-64 (hex) of the bytes of `gazetteer.jsonl` as written: when they are
    /// unchanged and the gazetteer is the built-in one of this build (same
    /// fingerprint), opening the index decodes the built-in gazetteer instead of
    /// parsing the file's JSON (most of the time `nomen search --entity` took).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gazetteer_file_digest: Option<String>,
}

/// XXH3-64 of `bytes`, in hex: [`Meta::gazetteer_file_digest`].
fn file_digest(bytes: &[u8]) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
}

/// Reads `nomen.json` and `gazetteer.jsonl` from `dir`.
pub(crate) fn read(dir: &Path) -> Result<(Meta, Gazetteer), Error> {
    let meta_path = dir.join(META_FILE);
    let text = match fs::read_to_string(&meta_path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::NotAnIndex {
                dir: dir.to_path_buf(),
            })
        }
        Err(e) => return Err(Error::io(&meta_path, e)),
    };
    let meta: Meta = serde_json::from_str(&text).map_err(|e| Error::Meta {
        path: meta_path.clone(),
        message: format!("not a nomen meta file: {e}"),
    })?;
    if meta.format != FORMAT {
        return Err(Error::Meta {
            path: meta_path,
            message: format!(
                "index format {} is not the one this nomen reads ({FORMAT}); re-index",
                meta.format
            ),
        });
    }
    let gaz_path = dir.join(GAZETTEER_FILE);
    let bytes = fs::read(&gaz_path).map_err(|e| Error::io(&gaz_path, e))?;
    let builtin_only = meta.gazetteer.sources == [nomen_entities::BUILTIN_ORIGIN];
    let unchanged = meta.gazetteer_file_digest.as_deref() == Some(&file_digest(&bytes));
    if builtin_only && unchanged {
        if let Ok(builtin) = Gazetteer::try_builtin() {
            if builtin.fingerprint() == meta.gazetteer.fingerprint {
                return Ok((meta, builtin));
            }
        }
    }
    let jsonl = String::from_utf8(bytes).map_err(|_| Error::Meta {
        path: gaz_path.clone(),
        message: "recorded gazetteer is not UTF-8 text: the index directory was modified by hand"
            .into(),
    })?;
    let gazetteer = Gazetteer::from_written_jsonl_str(&jsonl, &gaz_path.display().to_string())
        .map_err(|e| Error::Meta {
            path: gaz_path.clone(),
            message: format!("recorded gazetteer: {e}"),
        })?;
    if gazetteer.fingerprint() != meta.gazetteer.fingerprint {
        return Err(Error::Meta {
            path: gaz_path,
            message: format!(
                "recorded gazetteer has fingerprint {}, but nomen.json says {}: the index \
                 directory was modified by hand",
                gazetteer.fingerprint(),
                meta.gazetteer.fingerprint
            ),
        });
    }
    Ok((meta, gazetteer))
}

/// Writes `nomen.json` and `gazetteer.jsonl` into `dir` (each via a temporary file and
/// a rename, so a kill never leaves half a file).
pub(crate) fn write(dir: &Path, gazetteer: &Gazetteer) -> Result<Meta, Error> {
    let jsonl = gazetteer.to_jsonl();
    let meta = Meta {
        format: FORMAT,
        gazetteer: GazetteerInfo::of(gazetteer),
        gazetteer_file_digest: Some(file_digest(jsonl.as_bytes())),
    };
    write_atomic(&dir.join(GAZETTEER_FILE), jsonl.as_bytes())?;
    let mut json = serde_json::to_vec_pretty(&meta).map_err(|e| Error::Meta {
        path: dir.join(META_FILE),
        message: e.to_string(),
    })?;
    json.push(b'\n');
    write_atomic(&dir.join(META_FILE), &json)?;
    Ok(meta)
}

/// Whether `name` is one of the temporary files [`write`] renames into place (left
/// behind when a run is killed while creating an index).
pub(crate) fn is_temporary(name: &str) -> bool {
    [META_FILE, GAZETTEER_FILE]
        .iter()
        .any(|file| name.strip_prefix(file) == Some(".tmp"))
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let mut file = fs::File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::io(&tmp, e))?;
    fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
}

/// Identifies one version of an input file: path, size and modification time.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FileStamp {
    /// Absolute path.
    pub path: PathBuf,
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the epoch (0 when unknown).
    pub mtime_ns: u128,
}

impl FileStamp {
    /// The stamp of the file at `path` now.
    pub fn of(path: &Path) -> std::io::Result<FileStamp> {
        let md = fs::metadata(path)?;
        let mtime_ns = md
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        Ok(FileStamp {
            path: fs::canonicalize(path)?,
            size: md.len(),
            mtime_ns,
        })
    }
}

/// At most this many finished files are remembered for resuming.
pub const MAX_RESUME_FILES: usize = 100_000;

/// The resume record stored in each commit's payload: which input files are fully
/// indexed in that commit, and how far the file being read had got.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Files indexed to the end (oldest first; at most [`MAX_RESUME_FILES`]).
    pub done: Vec<FileStamp>,
    /// The file being read at the commit, and its last line included in the commit.
    pub partial: Option<(FileStamp, u64)>,
    /// Live documents in the index at the commit (checked by
    /// [`NomenIndex::check`](crate::NomenIndex::check)); `None` in the payloads of
    /// older versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents: Option<u64>,
}

impl Progress {
    /// Parses a commit payload; anything unreadable is an empty record (nothing is
    /// skipped, which is always safe since ids replace).
    pub fn from_payload(payload: Option<&str>) -> Progress {
        payload
            .and_then(|p| serde_json::from_str(p).ok())
            .unwrap_or_default()
    }

    /// The payload text.
    pub fn to_payload(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Records `stamp` as finished.
    pub fn finish(&mut self, stamp: FileStamp) {
        if self
            .partial
            .as_ref()
            .is_some_and(|(p, _)| p.path == stamp.path)
        {
            self.partial = None;
        }
        self.done.retain(|d| d.path != stamp.path);
        self.done.push(stamp);
        if self.done.len() > MAX_RESUME_FILES {
            let excess = self.done.len() - MAX_RESUME_FILES;
            self.done.drain(..excess);
        }
    }

    /// Whether `stamp` was finished.
    pub fn is_done(&self, stamp: &FileStamp) -> bool {
        self.done.iter().any(|d| d == stamp)
    }

    /// The last committed line of `stamp`, if it was being read at the commit.
    pub fn partial_line(&self, stamp: &FileStamp) -> Option<u64> {
        match &self.partial {
            Some((p, line)) if p == stamp => Some(*line),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recorded_gazetteer_reads_back_and_a_hand_edit_is_refused() {
        let dir = std::env::temp_dir().join(format!("nomen-meta-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        // The built-in gazetteer: decoded again, not parsed from the file.
        let builtin = Gazetteer::builtin();
        let meta = write(&dir, &builtin).unwrap();
        assert!(meta.gazetteer_file_digest.is_some());
        let (read_meta, back) = read(&dir).unwrap();
        assert_eq!(read_meta, meta);
        assert_eq!(back.fingerprint(), builtin.fingerprint());
        assert_eq!(back.entities(), builtin.entities());
        // Edited by hand (one letter of a name): the file is parsed, and refused.
        let path = dir.join(GAZETTEER_FILE);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, text.replacen("Nicolás Maduro", "Nicolás Madura", 1)).unwrap();
        let err = read(&dir).unwrap_err().to_string();
        assert!(err.contains("modified by hand"), "{err}");
        // Another gazetteer: parsed from the file, the same entities.
        let mut other = Gazetteer::empty();
        other.insert(nomen_entities::Entity {
            id: "x".into(),
            name: "Xavier Quintana".into(),
            kind: nomen_entities::Kind::Person,
            aliases: vec!["X. Quintana".into()],
            extra: Default::default(),
        });
        write(&dir, &other).unwrap();
        let (_, back) = read(&dir).unwrap();
        assert_eq!(back.entities(), other.entities());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn progress_round_trips_and_replaces() {
        let a = FileStamp {
            path: "/a".into(),
            size: 1,
            mtime_ns: 2,
        };
        let mut p = Progress {
            partial: Some((a.clone(), 7)),
            ..Progress::default()
        };
        // A payload without a document count (written before it was recorded).
        let old = format!(
            "{{\"done\":[],\"partial\":[{},7]}}",
            serde_json::to_string(&a).unwrap()
        );
        assert_eq!(Progress::from_payload(Some(&old)), p);
        assert_eq!(p.partial_line(&a), Some(7));
        p.finish(a.clone());
        p.finish(a.clone());
        assert_eq!(p.done.len(), 1);
        assert!(p.partial.is_none());
        let back = Progress::from_payload(Some(&p.to_payload()));
        assert!(back.is_done(&a));
        let changed = FileStamp { size: 3, ..a };
        assert!(!back.is_done(&changed));
        assert_eq!(Progress::from_payload(Some("garbage")), Progress::default());
    }
}
