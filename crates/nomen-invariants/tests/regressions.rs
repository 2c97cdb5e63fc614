//! Replays every input kept under `fuzz/regressions/<target>/` (the crashes the
//! fuzzers and property tests found, each fixed) and `fuzz/seeds/<target>/` (the
//! seed corpus) through the check of its target, in the ordinary test run: no
//! cargo-fuzz needed.

use std::path::{Path, PathBuf};

/// `fuzz/<kind>`: `regressions` or `seeds`.
fn dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz")
        .join(kind)
}

#[test]
fn every_kept_input_passes_its_check() {
    for kind in ["regressions", "seeds"] {
        replay(&dir(kind));
    }
}

fn replay(root: &Path) {
    let mut replayed = 0;
    for (target, check) in nomen_invariants::TARGETS {
        let dir = root.join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        for path in paths {
            let data = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
            eprintln!("replaying {}", path.display());
            check(&data);
            replayed += 1;
        }
    }
    assert!(
        replayed > 0,
        "no input found under {}: the regression corpus is missing",
        root.display()
    );
}

/// Every directory under `fuzz/regressions/` and `fuzz/seeds/` is a target with a
/// check (a misspelt directory would be skipped silently otherwise).
#[test]
fn every_directory_names_a_target() {
    for kind in ["regressions", "seeds"] {
        for entry in std::fs::read_dir(dir(kind)).expect("fuzz/regressions and fuzz/seeds") {
            let name = entry.expect("a directory entry").file_name();
            let name = name.to_string_lossy();
            assert!(
                nomen_invariants::TARGETS.iter().any(|(t, _)| *t == name),
                "fuzz/{kind}/{name} names no target"
            );
        }
    }
}
