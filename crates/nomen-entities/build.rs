//! Computes `NOMEN_LINKER_BUILD`: a digest of the code and data a linker's dictionary is
//! derived from (this crate's sources, nomen-fold's sources when built in the
//! workspace, and the embedded name tables). A cached dictionary records it, so a cache
//! written by a build whose folding or key derivation differed is never read back,
//! even when nobody remembered to bump the cache format's version.

use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dirs = [
        manifest.join("src"),
        manifest.join("../nomen-fold/src"),
        manifest.join("../../data/names"),
    ];
    let mut paths = Vec::new();
    for dir in &dirs {
        println!("cargo:rerun-if-changed={}", dir.display());
        files(dir, &mut paths);
    }
    let names = manifest.join("../../data/names");
    if let Ok(entries) = fs::read_dir(&names) {
        paths.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_file()));
    }
    paths.sort();
    // 64-bit FNV-1a over each file's contents.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for path in &paths {
        for byte in fs::read(path).unwrap_or_default() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    println!(
        "cargo:rustc-env=NOMEN_LINKER_BUILD={}-{hash:016x}",
        std::env::var("CARGO_PKG_VERSION").unwrap_or_default()
    );
}
