//! The resolver's tables on disk, so that resolving a name does not parse every name of
//! the gazetteer first (a third of a second for the built-in one).
//!
//! Like the linker's cache ([`crate::Linker::cache_path`]), the file is named by the
//! gazetteer's fingerprint and the build (`resolver-<fingerprint>-<build>.bin`) and
//! starts with a magic string, a format version, the build and the fingerprint: a file
//! of another gazetteer, version or build, or cut short, is refused, never misread.
//! Its tables are the resolver's own: the name list and each postings table as the
//! bytes of an fst map and an id array. The file is memory-mapped and the tables are
//! read in place: opening a resolver rebuilds, copies and decodes no table (the id
//! arrays start at multiples of 4 in the file, so that they are `u32`s as they lie).
//! The file is only ever replaced whole (written to a temporary file, then renamed), so
//! a mapping stays valid while another process refreshes the cache.
//!
//! Layout (little-endian): `NOMENRSV`, version `u32`, build and fingerprint (each a
//! `u64` length + bytes), the names (`u32` entity and `u32` name index, as two arrays),
//! then each postings table: the map's bytes, zero bytes up to a multiple of 4, then its
//! ids.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use memmap2::Mmap;

use super::postings::{Bytes, Ids, Postings};
use super::Resolver;
use crate::link::cache::{build, Reader, Writer};
use crate::Gazetteer;

const MAGIC: &[u8; 8] = b"NOMENRSV";
/// Bump when the layout or what the tables hold changes.
const VERSION: u32 = 2;

/// Where the resolver of `gazetteer` is kept in `dir`.
pub(super) fn path(gazetteer: &Gazetteer, dir: &Path) -> PathBuf {
    dir.join(format!(
        "resolver-{}-{}.bin",
        gazetteer.fingerprint(),
        crate::link::cache::build_digest()
    ))
}

/// Writes `r`'s tables to `path` (through a temporary file renamed into place).
pub(super) fn save(r: &Resolver, path: &Path) -> std::io::Result<()> {
    let mut w = Writer(Vec::new());
    w.0.extend_from_slice(MAGIC);
    w.u32(VERSION);
    w.bytes(build().as_bytes());
    w.bytes(r.gazetteer.fingerprint().as_bytes());
    let entities: Vec<u32> = r.names.iter().map(|n| n.0).collect();
    let index: Vec<u32> = r.names.iter().map(|n| n.1).collect();
    w.u32s(&entities);
    w.u32s(&index);
    for p in r.tables() {
        let (map, ids) = p.parts();
        w.bytes(map);
        // The ids after their 8-byte length start at a multiple of 4.
        while w.0.len() % 4 != 0 {
            w.0.push(0);
        }
        w.u32s(ids);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, &w.0)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// Reads the resolver of `gazetteer` saved at `path`; `None` when the file is missing,
/// of another gazetteer, version or build, or damaged.
pub(super) fn load(gazetteer: Arc<Gazetteer>, path: &Path) -> Option<Resolver> {
    let file = std::fs::File::open(path).ok()?;
    // SAFETY: nomen never writes a cache file in place (see the module docs: it is
    // written whole under another name and renamed), so the mapped bytes do not change
    // while mapped; a file cut short is refused by the reads below, which check every
    // length against the mapping's.
    let data = Arc::new(unsafe { Mmap::map(&file) }.ok()?);
    let mut r = Reader {
        data: &data,
        pos: 0,
    };
    if r.take(8)? != MAGIC || r.u32()? != VERSION || r.bytes()? != build().as_bytes() {
        return None;
    }
    if r.bytes()? != gazetteer.fingerprint().as_bytes() {
        return None;
    }
    let entities = r.u32s()?;
    let index = r.u32s()?;
    if entities.len() != index.len() {
        return None;
    }
    // Every name must be one of the gazetteer's.
    let all = gazetteer.entities();
    for (&e, &k) in entities.iter().zip(&index) {
        let entity = all.get(e as usize)?;
        if k as usize > entity.aliases.len() {
            return None;
        }
    }
    let names: Vec<(u32, u32)> = entities.into_iter().zip(index).collect();
    let mapped = |bytes: &[u8], end: usize| Bytes::Mapped {
        file: Arc::clone(&data),
        start: end - bytes.len(),
        end,
    };
    let mut table = || -> Option<Postings> {
        let map = r.bytes()?;
        let map = mapped(map, r.pos);
        while r.pos % 4 != 0 {
            r.take(1)?;
        }
        let ids = r.u32_bytes()?;
        let ids = Ids::from_le_bytes(mapped(ids, r.pos))?;
        if ids.as_slice().iter().any(|&id| id as usize >= names.len()) {
            return None;
        }
        Postings::from_parts(map, ids)
    };
    let words = table()?;
    let sounds = table()?;
    let grams = table()?;
    let acronyms = table()?;
    let chars = table()?;
    let name_groups = table()?;
    if r.remaining() != 0 {
        return None;
    }
    Some(Resolver {
        gazetteer,
        names,
        words,
        sounds,
        grams,
        acronyms,
        chars,
        name_groups,
    })
}
