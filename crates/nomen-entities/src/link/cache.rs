//! A built dictionary on disk, so that a large gazetteer is ready without rebuilding.
//!
//! Building the dictionary of a 1M-entity gazetteer folds and parses several million
//! names (tens of seconds); reading it back is a few flat arrays and two hash tables
//! to refill. The file starts with a magic string, a format version, the build that
//! wrote it (a digest of the folding and linking code, made by `build.rs`) and the
//! gazetteer's [`Gazetteer::fingerprint`](crate::Gazetteer::fingerprint): a file made
//! for other entities, by another version or build, or cut short is refused, never
//! misread.
//!
//! Layout (little-endian): `NOMENLNK`, version `u32`, build and fingerprint (each a
//! `u32` length + bytes), then each table as a `u64` element count followed by its
//! elements (the sound index of persons' name words and the word filter last).

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::dict::{Dictionary, Key, KeyKind};
use crate::Kind;

const MAGIC: &[u8; 8] = b"NOMENLNK";
/// Bump when the dictionary's layout or its key derivation changes.
const VERSION: u32 = 8;

/// The build the dictionary was made by (see `build.rs`): a cache of another build,
/// whose folding or keys may differ, is not read back.
const BUILD: &str = env!("NOMEN_LINKER_BUILD");

/// The digest part of [`BUILD`] (16 hex digits), which cache file names carry so that
/// two builds sharing a directory keep a cache each instead of overwriting each
/// other's.
pub(crate) fn build_digest() -> &'static str {
    BUILD.rsplit('-').next().unwrap_or(BUILD)
}

/// The build the caches are made by (see `build.rs`).
pub(crate) fn build() -> &'static str {
    BUILD
}

/// Why a cached dictionary could not be used.
#[derive(Debug)]
#[non_exhaustive]
pub enum LinkerCacheError {
    /// The file could not be read or written.
    Io {
        /// The cache file.
        path: PathBuf,
        /// The I/O error.
        source: io::Error,
    },
    /// The file is not a nomen linker cache, is from another format version, or is
    /// truncated or corrupt.
    Invalid {
        /// The cache file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The file was built for another gazetteer.
    Stale {
        /// The cache file.
        path: PathBuf,
    },
}

impl fmt::Display for LinkerCacheError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkerCacheError::Io { path, source } => {
                write!(f, "linker cache {}: {source}", path.display())
            }
            LinkerCacheError::Invalid { path, reason } => {
                write!(f, "linker cache {}: invalid: {reason}", path.display())
            }
            LinkerCacheError::Stale { path } => write!(
                f,
                "linker cache {}: built for another gazetteer",
                path.display()
            ),
        }
    }
}

impl std::error::Error for LinkerCacheError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LinkerCacheError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Writes `dict` for the gazetteer with `fingerprint` to `path` (via a temporary file
/// renamed into place, so a reader never sees half a file).
pub(crate) fn save(
    dict: &Dictionary,
    fingerprint: &str,
    path: &Path,
) -> Result<(), LinkerCacheError> {
    let io_err = |source| LinkerCacheError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut w = Writer(Vec::with_capacity(dict.stats().heap_bytes / 2));
    w.0.extend_from_slice(MAGIC);
    w.u32(VERSION);
    w.bytes(BUILD.as_bytes());
    w.bytes(fingerprint.as_bytes());
    let t = dict.tables();
    w.bytes(t.arena.as_bytes());
    w.u32s(t.ends);
    w.u32s(t.roots);
    w.u32s(&t.children.start);
    w.u32s(&t.children.tokens);
    w.u32s(&t.children.nodes);
    w.u32s(t.key_start);
    w.len(t.keys.len());
    for k in t.keys {
        w.0.extend_from_slice(&k.entity.to_le_bytes());
        w.0.extend_from_slice(&k.name.to_le_bytes());
        w.0.push(k.kind as u8);
        w.0.push(kind_to_u8(k.entity_kind));
        w.0.push(k.split);
        w.0.push(u8::from(k.block));
        w.0.extend_from_slice(&k.scripts.to_le_bytes());
    }
    w.bytes(&t.given.iter().map(|&g| u8::from(g)).collect::<Vec<u8>>());
    w.u32(t.nodes);
    w.bytes(t.strong);
    w.u32s(t.entity_names);
    w.len(t.name_segs.len());
    for &(start, len) in t.name_segs {
        w.0.extend_from_slice(&start.to_le_bytes());
        w.0.extend_from_slice(&len.to_le_bytes());
    }
    w.u32s(t.seg_arena);
    w.u32s(t.sound_hashes);
    w.u32s(t.sound_tokens);
    w.len(t.filter.len());
    for x in t.filter {
        w.0.extend_from_slice(&x.to_le_bytes());
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io_err)?;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, &w.0).map_err(io_err)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io_err(e)
    })
}

/// Reads the dictionary saved at `path` for the gazetteer with `fingerprint`.
pub(crate) fn load(fingerprint: &str, path: &Path) -> Result<Dictionary, LinkerCacheError> {
    let data = std::fs::read(path).map_err(|source| LinkerCacheError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let invalid = |reason: &str| LinkerCacheError::Invalid {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    let mut r = Reader {
        data: &data,
        pos: 0,
    };
    if r.take(8).ok_or_else(|| invalid("too short"))? != MAGIC {
        return Err(invalid("not a nomen linker cache"));
    }
    if r.u32().ok_or_else(|| invalid("too short"))? != VERSION {
        return Err(invalid("made by another version of nomen"));
    }
    if r.bytes().ok_or_else(|| invalid("truncated"))? != BUILD.as_bytes() {
        return Err(invalid("made by another build of nomen"));
    }
    if r.bytes().ok_or_else(|| invalid("truncated"))? != fingerprint.as_bytes() {
        return Err(LinkerCacheError::Stale {
            path: path.to_path_buf(),
        });
    }
    read_tables(&mut r).ok_or_else(|| invalid("truncated or corrupt"))
}

fn read_tables(r: &mut Reader<'_>) -> Option<Dictionary> {
    let arena = String::from_utf8(r.bytes()?.to_vec()).ok()?;
    let ends = r.u32s()?;
    let roots = r.u32s()?;
    let children = (r.u32s()?, r.u32s()?, r.u32s()?);
    let key_start = r.u32s()?;
    let n = r.len()?;
    let mut keys = Vec::with_capacity(n.min(r.remaining() / 12));
    for _ in 0..n {
        let entity = r.u32()?;
        let name = u16::from_le_bytes(r.take(2)?.try_into().ok()?);
        let b = r.take(6)?;
        keys.push(Key {
            entity,
            name,
            kind: KeyKind::from_u8(b[0])?,
            entity_kind: kind_from_u8(b[1])?,
            split: b[2],
            block: b[3] != 0,
            scripts: u16::from_le_bytes([b[4], b[5]]),
        });
    }
    let given = r.bytes()?.iter().map(|&b| b != 0).collect();
    let nodes = r.u32()?;
    let strong_bytes = r.bytes()?;
    let mut strong = super::table::with_capacity_huge(strong_bytes.len());
    strong.extend_from_slice(strong_bytes);
    let entity_names = r.u32s()?;
    let n = r.len()?;
    let mut name_segs = Vec::with_capacity(n.min(r.remaining() / 6));
    for _ in 0..n {
        let start = r.u32()?;
        let len = u16::from_le_bytes(r.take(2)?.try_into().ok()?);
        name_segs.push((start, len));
    }
    let seg_arena = r.u32s()?;
    let sound_hashes = r.u32s()?;
    let sound_tokens = r.u32s()?;
    let n = r.len()?;
    let raw = r.take(n.checked_mul(8)?)?;
    let filter = raw
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
        .collect();
    if r.remaining() != 0 {
        return None;
    }
    Dictionary::from_tables(super::dict::OwnedTables {
        arena,
        ends,
        roots,
        children,
        key_start,
        keys,
        given,
        nodes,
        strong,
        entity_names,
        name_segs,
        seg_arena,
        sound_hashes,
        sound_tokens,
        filter,
    })
}

/// An entity kind as stored in a key.
fn kind_to_u8(kind: Kind) -> u8 {
    match kind {
        Kind::Person => 0,
        Kind::Organization => 1,
        Kind::Place => 2,
        Kind::Other => 3,
    }
}

/// The entity kind stored as `v` by [`kind_to_u8`].
fn kind_from_u8(v: u8) -> Option<Kind> {
    [Kind::Person, Kind::Organization, Kind::Place, Kind::Other]
        .get(usize::from(v))
        .copied()
}

pub(crate) struct Writer(pub(crate) Vec<u8>);

impl Writer {
    pub(crate) fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn len(&mut self, n: usize) {
        self.0.extend_from_slice(&(n as u64).to_le_bytes());
    }
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.0.extend_from_slice(b);
    }
    pub(crate) fn u32s(&mut self, v: &[u32]) {
        self.len(v.len());
        for x in v {
            self.0.extend_from_slice(&x.to_le_bytes());
        }
    }
}

pub(crate) struct Reader<'a> {
    pub(crate) data: &'a [u8],
    pub(crate) pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }
    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let out = self.data.get(self.pos..end)?;
        self.pos = end;
        Some(out)
    }
    pub(crate) fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn len(&mut self) -> Option<usize> {
        usize::try_from(u64::from_le_bytes(self.take(8)?.try_into().ok()?)).ok()
    }
    pub(crate) fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.len()?;
        self.take(n)
    }
    /// The raw bytes of a `u32` array written by [`Writer::u32s`] (`4 × length`).
    pub(crate) fn u32_bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.len()?;
        self.take(n.checked_mul(4)?)
    }
    pub(crate) fn u32s(&mut self) -> Option<Vec<u32>> {
        let n = self.len()?;
        let raw = self.take(n.checked_mul(4)?)?;
        let mut v = super::table::with_capacity_huge(n);
        v.extend(
            raw.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])),
        );
        Some(v)
    }
}
