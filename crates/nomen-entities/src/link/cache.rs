//! A built dictionary on disk, so that a large gazetteer is ready without rebuilding.
//!
//! Building the dictionary of a 1M-entity gazetteer folds and parses several million
//! names (tens of seconds). The file holds every table of the dictionary as it lies
//! in memory, its two hash tables included: reading it back maps the file and uses
//! the tables in place ([`super::store`]), after checking that they are consistent
//! (every index in range), so that opening a dictionary neither copies nor decodes
//! nor rehashes anything, and a query reads only the pages it touches. The file
//! starts with a magic string, a format version, the build that wrote it (a digest
//! of the folding and linking code, made by `build.rs`) and the gazetteer's
//! [`Gazetteer::fingerprint`](crate::Gazetteer::fingerprint): a file made for other
//! entities, by another version or build, or cut short is refused, never misread.
//! The file is only ever replaced whole (written under another name, then renamed),
//! never written in place, so a mapping stays valid while another process refreshes
//! the cache.
//!
//! Layout (little-endian): `NOMENLNK`, version `u32`, build and fingerprint (each a
//! `u64` length + bytes), the node count `u32`, then each table as a `u64` element
//! count, zeros up to a multiple of 32 bytes of the file, and its elements
//! ([`super::store::write`]).

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use std::sync::Arc;

use memmap2::Mmap;

use super::dict::{Dictionary, OwnedTables};
use super::store::{self, Text};
use super::table::{Children, EdgeTable, TokenTable};

const MAGIC: &[u8; 8] = b"NOMENLNK";
/// Bump when the dictionary's layout or its key derivation changes.
const VERSION: u32 = 20;

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
/// renamed into place, so a reader never sees half a file and a mapping of the old
/// file stays as it was).
pub(crate) fn save(
    dict: &Dictionary,
    fingerprint: &str,
    path: &Path,
) -> Result<(), LinkerCacheError> {
    let io_err = |source| LinkerCacheError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut w = Writer(Vec::with_capacity(dict.stats().heap_bytes + 4096));
    w.0.extend_from_slice(MAGIC);
    w.u32(VERSION);
    w.bytes(BUILD.as_bytes());
    w.bytes(fingerprint.as_bytes());
    let t = dict.tables();
    w.u32(t.nodes);
    let out = &mut w.0;
    store::write(out, t.arena.as_bytes());
    store::write(out, t.ends);
    store::write(out, t.roots);
    store::write(out, t.tokens.slots());
    store::write(out, &t.children.start);
    store::write(out, &t.children.tokens);
    store::write(out, &t.children.nodes);
    store::write(out, t.children.long.slots());
    store::write(out, t.key_start);
    store::write(out, t.keys);
    store::write(out, t.given);
    store::write(out, t.strong);
    store::write(out, t.fits);
    store::write(out, t.entity_names);
    store::write(out, t.name_segs);
    store::write(out, t.seg_arena);
    store::write(out, t.sound_hashes);
    store::write(out, t.sound_tokens);
    store::write(out, t.filter);
    store::write(out, t.umlauts);
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

/// Reads the dictionary saved at `path` for the gazetteer with `fingerprint`: the
/// file mapped, its tables used in place.
pub(crate) fn load(fingerprint: &str, path: &Path) -> Result<Dictionary, LinkerCacheError> {
    let io = |source| LinkerCacheError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    // SAFETY: nomen never writes a cache file in place (see the module docs: it is
    // written whole under another name and renamed), so the mapped bytes do not change
    // while mapped; a file cut short or damaged is refused by the reads below, which
    // check every length against the mapping's and every value that must be valid.
    let data = Arc::new(unsafe { Mmap::map(&file) }.map_err(io)?);
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
    let nodes = r.u32().ok_or_else(|| invalid("truncated"))?;
    let mut pos = r.pos;
    read_tables(&data, &mut pos, nodes)
        .filter(|_| pos == data.len())
        .ok_or_else(|| invalid("truncated or corrupt"))
}

/// The tables [`save`] wrote from `*pos` of `file`, in place.
fn read_tables(file: &Arc<Mmap>, pos: &mut usize, nodes: u32) -> Option<Dictionary> {
    let arena = Text::new(store::read(file, pos)?)?;
    let ends = store::read(file, pos)?;
    let roots = store::read(file, pos)?;
    let tokens = TokenTable::from_slots(store::read(file, pos)?)?;
    let (start, tokens_of_rows, children) = (
        store::read(file, pos)?,
        store::read(file, pos)?,
        store::read(file, pos)?,
    );
    let long = EdgeTable::from_slots(store::read(file, pos)?)?;
    let children = Children::from_rows(start, tokens_of_rows, children, long, nodes as usize)?;
    Dictionary::from_tables(OwnedTables {
        arena,
        ends,
        roots,
        tokens,
        children,
        key_start: store::read(file, pos)?,
        keys: store::read(file, pos)?,
        given: store::read(file, pos)?,
        nodes,
        strong: store::read(file, pos)?,
        fits: store::read(file, pos)?,
        entity_names: store::read(file, pos)?,
        name_segs: store::read(file, pos)?,
        seg_arena: store::read(file, pos)?,
        sound_hashes: store::read(file, pos)?,
        sound_tokens: store::read(file, pos)?,
        filter: store::read(file, pos)?,
        umlauts: store::read(file, pos)?,
    })
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
