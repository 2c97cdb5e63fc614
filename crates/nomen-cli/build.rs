//! Records the commit the binary is built from as `NOMEN_BUILD_COMMIT` (`git rev-parse
//! --short HEAD`, with `-dirty` when tracked files had uncommitted changes), so that
//! benchmark reports name the code that was measured, not only the checkout they ran
//! in. Empty when git does not answer (a source tarball).
//!
//! Every git command here only reads: `git status` would otherwise refresh the stat
//! data in `.git/index` and write it back, and `.git/index` is one of the files this
//! script is rerun for, so each build would have made the next one rerun it and
//! recompile the crate (40 s of `cargo run --release` on a fresh clone).
//!
//! Rerun when HEAD moves, when the index changes (a commit, a checkout, `git add`),
//! and when a file the binary is built from changes (the workspace's crates, data,
//! seeds and manifests), so that an edit not yet added to the index turns the
//! suffix on; edits to other files (documentation) show once they are added.

use std::path::Path;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    // `--no-optional-locks` (GIT_OPTIONAL_LOCKS=0): no index refresh written back.
    let out = Command::new("git")
        .arg("--no-optional-locks")
        .args(args)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// What the binary is built from, relative to the workspace root: the directories
/// are scanned by cargo for any changed file.
const SOURCES: [&str; 9] = [
    "Cargo.toml",
    "Cargo.lock",
    "crates",
    "data",
    "seeds",
    "benches/Cargo.toml",
    "benches/src",
    "benches/benches",
    "benches/examples",
];

fn main() {
    for path in ["HEAD", "index"] {
        if let Some(p) = git(&["rev-parse", "--git-path", path]) {
            if Path::new(&p).exists() {
                println!("cargo:rerun-if-changed={p}");
            }
        }
    }
    if let Some(head) = git(&["symbolic-ref", "-q", "HEAD"]) {
        if let Some(p) = git(&["rev-parse", "--git-path", &head]) {
            if Path::new(&p).exists() {
                println!("cargo:rerun-if-changed={p}");
            }
        }
    }
    let commit = git(&["rev-parse", "--short", "HEAD"]).unwrap_or_default();
    if !commit.is_empty() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        for source in SOURCES {
            let path = root.join(source);
            if path.exists() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
    }
    let dirty = !commit.is_empty()
        && git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
    let suffix = if dirty { "-dirty" } else { "" };
    println!("cargo:rustc-env=NOMEN_BUILD_COMMIT={commit}{suffix}");
}
