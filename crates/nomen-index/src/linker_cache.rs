//! The linker of an index's gazetteer, cached in the index directory.
//!
//! Building a [`Linker`] folds and indexes every name of the gazetteer: a quarter of a
//! second for the built-in one (its places have 136,000 names in many languages), about
//! ten seconds for a sanctions-list-sized gazetteer of a million entities, on every
//! `nomen index` and on every search that shows entity snippets. For gazetteers of at
//! least [`CACHE_MIN_NAMES`] names and aliases the built dictionary is therefore kept
//! next to the index, as
//! `linker-<gazetteer fingerprint>-<build>.bin` ([`Linker::cache_path`]): the first use builds and
//! saves it, later ones load it (about a second for a million entities). The
//! fingerprint names the file, so a cache can never serve another gazetteer; a stale or
//! damaged file is rebuilt; a failure to write it (a read-only index) only costs the
//! build. Saving a new cache removes the index's caches of other gazetteers.
//!
//! A new index whose gazetteer's linker is already in the user's cache directory
//! ([`user_cache_dir`], where `nomen tag` keeps it) copies it from there instead of
//! building it, and a linker built for an index is saved there too: every new index
//! with the built-in gazetteer would otherwise spend its first 0.4 s building the
//! same dictionary.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use nomen_entities::{Gazetteer, Linker, Resolver};

/// Gazetteers with at least this many names and aliases get their linker cached.
/// Smaller ones build in about the time reading a cache file would take.
pub const CACHE_MIN_NAMES: usize = 10_000;

/// True when the linker of `gazetteer` is worth caching.
fn worth_caching(gazetteer: &Gazetteer) -> bool {
    gazetteer.name_count() >= CACHE_MIN_NAMES
}

/// The linker for the gazetteer of the index in `dir`, cached there when the
/// gazetteer is large (see the module documentation). An index has one gazetteer, so
/// the caches of others are removed.
pub fn linker(gazetteer: &Arc<Gazetteer>, dir: &Path) -> Linker {
    linker_with(gazetteer, dir, user_cache_dir().as_deref())
}

/// [`linker`], with `shared` as the user's cache directory (`None`: none).
fn linker_with(gazetteer: &Arc<Gazetteer>, dir: &Path, shared: Option<&Path>) -> Linker {
    if !worth_caching(gazetteer) {
        return Linker::new(Arc::clone(gazetteer));
    }
    let current = Linker::cache_path(gazetteer, dir);
    let linker = match Linker::load(Arc::clone(gazetteer), &current) {
        Ok(linker) => linker,
        Err(_) => {
            let from_shared = shared
                .map(|s| Linker::cache_path(gazetteer, s))
                .and_then(|path| Linker::load(Arc::clone(gazetteer), &path).ok());
            let linker = match from_shared {
                Some(linker) => linker,
                None => {
                    let linker = Linker::new(Arc::clone(gazetteer));
                    if let Some(s) = shared {
                        let _ = fs::create_dir_all(s);
                        linker.save_shared(s);
                    }
                    linker
                }
            };
            let _ = linker.save(&current);
            linker
        }
    };
    if current.exists() {
        remove_other_caches(dir, &current);
    }
    linker
}

/// The linker for the gazetteer of the index in `dir`, for a reader that must not
/// write there (`nomen serve`): loaded from the index's cache when it has one, else
/// from (or saved to) the user's cache directory ([`user_cache_dir`]), else built in
/// memory. Nothing in `dir` is written or removed.
pub fn read_only_linker(gazetteer: &Arc<Gazetteer>, dir: &Path) -> Linker {
    if !worth_caching(gazetteer) {
        return Linker::new(Arc::clone(gazetteer));
    }
    if let Ok(linker) = Linker::load(Arc::clone(gazetteer), &Linker::cache_path(gazetteer, dir)) {
        return linker;
    }
    match user_cache_dir() {
        Some(shared) => {
            let _ = fs::create_dir_all(&shared);
            shared_linker(gazetteer, &shared)
        }
        None => Linker::new(Arc::clone(gazetteer)),
    }
}

/// The resolver for the gazetteer of the index in `dir`, for a reader that must not
/// write there (`nomen serve`): loaded from the index's cache when it has one, else
/// from (or saved to) the user's cache directory, else built in memory. Nothing in
/// `dir` is written or removed.
pub fn read_only_resolver(gazetteer: &Arc<Gazetteer>, dir: &Path) -> Resolver {
    if !worth_caching(gazetteer) {
        return Resolver::new(Arc::clone(gazetteer));
    }
    if let Some(r) = Resolver::load(Arc::clone(gazetteer), &Resolver::cache_path(gazetteer, dir)) {
        return r;
    }
    match user_cache_dir() {
        Some(shared) => {
            let _ = fs::create_dir_all(&shared);
            shared_resolver(gazetteer, &shared)
        }
        None => Resolver::new(Arc::clone(gazetteer)),
    }
}

/// The resolver for the gazetteer of the index in `dir`, cached there beside the
/// linker when the gazetteer is large (the same rule and the same sources: the index
/// directory, then the user's cache directory, else built and saved in both). Saving
/// a new one removes the index's resolver caches of other gazetteers.
pub fn resolver(gazetteer: &Arc<Gazetteer>, dir: &Path) -> Resolver {
    resolver_with(gazetteer, dir, user_cache_dir().as_deref())
}

/// [`resolver`], with `shared` as the user's cache directory (`None`: none).
fn resolver_with(gazetteer: &Arc<Gazetteer>, dir: &Path, shared: Option<&Path>) -> Resolver {
    if !worth_caching(gazetteer) {
        return Resolver::new(Arc::clone(gazetteer));
    }
    let current = Resolver::cache_path(gazetteer, dir);
    if let Some(r) = Resolver::load(Arc::clone(gazetteer), &current) {
        return r;
    }
    let r = match shared {
        Some(s) => Resolver::cached(Arc::clone(gazetteer), s),
        None => Resolver::new(Arc::clone(gazetteer)),
    };
    if r.save(&current).is_ok() {
        remove_other_resolvers(dir, &current);
    }
    r
}

/// The resolver for `gazetteer`, cached in a directory shared by several gazetteers
/// (a user's cache directory) when the gazetteer is large.
pub fn shared_resolver(gazetteer: &Arc<Gazetteer>, dir: &Path) -> Resolver {
    if !worth_caching(gazetteer) {
        return Resolver::new(Arc::clone(gazetteer));
    }
    Resolver::cached(Arc::clone(gazetteer), dir)
}

/// Removes the `resolver-*.bin` files of `dir` other than `keep`.
fn remove_other_resolvers(dir: &Path, keep: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let ours = name
            .to_str()
            .is_some_and(|n| n.starts_with("resolver-") && n.ends_with(".bin"));
        if ours && path != keep {
            let _ = fs::remove_file(&path);
        }
    }
}

/// nomen's cache directory for linkers shared by commands and indexes:
/// `$NOMEN_CACHE_DIR`, else `$XDG_CACHE_HOME/nomen`, else `$HOME/.cache/nomen`; `None`
/// when none is set (then nothing is cached there). An empty `NOMEN_CACHE_DIR` turns
/// this caching off.
pub fn user_cache_dir() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name);
    if let Some(dir) = var("NOMEN_CACHE_DIR") {
        return (!dir.is_empty()).then(|| PathBuf::from(dir));
    }
    if let Some(dir) = var("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("nomen"));
    }
    var("HOME")
        .filter(|d| !d.is_empty())
        .map(|home| PathBuf::from(home).join(".cache").join("nomen"))
}

/// The linker for `gazetteer`, cached in a directory shared by several gazetteers
/// (a user's cache directory) when the gazetteer is large: the caches of other
/// gazetteers are kept.
pub fn shared_linker(gazetteer: &Arc<Gazetteer>, dir: &Path) -> Linker {
    if !worth_caching(gazetteer) {
        return Linker::new(Arc::clone(gazetteer));
    }
    Linker::cached(Arc::clone(gazetteer), dir)
}

/// Removes the temporary files (`linker-*.tmp<pid>`, `resolver-*.tmp<pid>`) that a
/// process killed while saving a cache leaves in `dir`, except this process's own. For the process that
/// holds the index's writer lock: a search saving the cache at that moment only loses
/// its copy (its rename fails; the cache is built again next time). Failures are
/// ignored.
pub fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let own = format!("tmp{}", std::process::id());
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let rest = name
            .strip_prefix("linker-")
            .or_else(|| name.strip_prefix("resolver-"));
        let stale = rest.is_some_and(|rest| {
            rest.rsplit_once('.').is_some_and(|(_, ext)| {
                ext != own
                    && ext.strip_prefix("tmp").is_some_and(|pid| {
                        !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit())
                    })
            })
        });
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Removes the `linker-*.bin` files of `dir` other than `keep` (caches of a gazetteer
/// the index no longer uses). Failures are ignored: the files are only caches.
fn remove_other_caches(dir: &Path, keep: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if nomen_entities::is_cache_file(&path) && path != keep {
            let _ = fs::remove_file(&path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomen_entities::{Entity, Kind};

    fn gazetteer(n: usize, tag: &str) -> Arc<Gazetteer> {
        let mut g = Gazetteer::empty();
        for i in 0..n {
            g.insert(Entity {
                id: format!("e{i}"),
                name: format!("Zorvan{i}{tag} Quillet{i}"),
                kind: Kind::Person,
                aliases: Vec::new(),
                extra: serde_json::Map::new(),
            });
        }
        Arc::new(g)
    }

    fn caches(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("linker-"))
            .collect();
        names.sort();
        names
    }

    /// The name of `gazetteer`'s cache file.
    fn file_name(gazetteer: &Gazetteer, dir: &Path) -> String {
        let path = Linker::cache_path(gazetteer, dir);
        path.file_name().unwrap().to_string_lossy().into_owned()
    }

    /// The cache of another build (same gazetteer, another build digest) is left in
    /// a shared directory, and only the newest caches are kept there.
    #[test]
    fn a_shared_directory_keeps_other_builds_and_only_the_newest_caches() {
        let dir = tempfile::tempdir().unwrap();
        let g = gazetteer(CACHE_MIN_NAMES, "d");
        let ours = file_name(&g, dir.path());
        assert!(
            ours.starts_with(&format!("linker-{}-", g.fingerprint())),
            "{ours}"
        );
        let theirs = format!("linker-{}-0000000000000000.bin", g.fingerprint());
        assert_ne!(ours, theirs);
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let mut written = vec![theirs.clone()];
        for i in 0..nomen_entities::SHARED_CACHES + 2 {
            written.push(format!("linker-{i:016x}-0000000000000000.bin"));
        }
        for (age, name) in written.iter().enumerate() {
            let file = fs::File::create(dir.path().join(name)).unwrap();
            // `theirs` is the newest of them, then in order.
            file.set_modified(old - std::time::Duration::from_secs(age as u64))
                .unwrap();
        }
        let linker = shared_linker(&g, dir.path());
        assert_eq!(linker.link_text("Zorvan5d Quillet5.").entities, ["e5"]);
        let left = caches(dir.path());
        assert_eq!(left.len(), nomen_entities::SHARED_CACHES, "{left:?}");
        assert!(left.contains(&ours) && left.contains(&theirs), "{left:?}");
        // The oldest went.
        assert!(!left.contains(written.last().unwrap()), "{left:?}");
        // Loaded, not rebuilt, the next time: the file is not written again.
        let before = fs::metadata(dir.path().join(&ours))
            .unwrap()
            .modified()
            .unwrap();
        shared_linker(&g, dir.path());
        let after = fs::metadata(dir.path().join(&ours))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(before, after);
    }

    #[test]
    fn the_resolver_is_cached_beside_the_linker() {
        let (shared, index) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let g = gazetteer(CACHE_MIN_NAMES, "r");
        let built = resolver_with(&g, index.path(), Some(shared.path()));
        let file = Resolver::cache_path(&g, index.path());
        assert!(file.exists());
        assert!(Resolver::cache_path(&g, shared.path()).exists());
        // The linker's cache is left alone, and the resolver loads alike.
        linker_with(&g, index.path(), None);
        assert!(file.exists());
        let loaded = resolver_with(&g, index.path(), None);
        assert_eq!(
            built.resolve("Zorvan77r Quillet77", 3),
            loaded.resolve("Zorvan77r Quillet77", 3)
        );
        assert_eq!(
            loaded.resolve_one("Zorvan77r Quillet77").unwrap().entity.id,
            "e77"
        );
    }

    #[test]
    fn small_gazetteers_are_not_cached() {
        let dir = tempfile::tempdir().unwrap();
        let linker = linker_with(&gazetteer(10, "a"), dir.path(), None);
        assert_eq!(
            linker.link_text("Zorvan3a Quillet3 spoke.").entities,
            ["e3"]
        );
        assert!(caches(dir.path()).is_empty());
    }

    #[test]
    fn large_gazetteers_are_cached_and_replace_older_caches() {
        let dir = tempfile::tempdir().unwrap();
        let first = gazetteer(CACHE_MIN_NAMES, "a");
        let built = linker_with(&first, dir.path(), None);
        assert_eq!(caches(dir.path()), [file_name(&first, dir.path())]);
        // Loaded from the cache, it links the same.
        let loaded = linker_with(&first, dir.path(), None);
        let text = "Zorvan77a Quillet77 met Zorvan9999a Quillet9999.";
        assert_eq!(built.link_text(text), loaded.link_text(text));
        assert_eq!(loaded.link_text(text).entities, ["e77", "e9999"]);
        // Another gazetteer's cache replaces it.
        let second = gazetteer(CACHE_MIN_NAMES, "b");
        linker_with(&second, dir.path(), None);
        assert_eq!(caches(dir.path()), [file_name(&second, dir.path())]);
    }

    #[test]
    fn a_new_index_takes_the_linker_from_the_shared_directory() {
        let (shared, first, second) = (
            tempfile::tempdir().unwrap(),
            tempfile::tempdir().unwrap(),
            tempfile::tempdir().unwrap(),
        );
        let g = gazetteer(CACHE_MIN_NAMES, "s");
        let name = file_name(&g, first.path());
        // Built for the first index: saved in the index and in the shared directory.
        let built = linker_with(&g, first.path(), Some(shared.path()));
        assert_eq!(caches(first.path()), std::slice::from_ref(&name));
        assert_eq!(caches(shared.path()), std::slice::from_ref(&name));
        // The second index copies it; both link alike.
        let copied = linker_with(&g, second.path(), Some(shared.path()));
        assert_eq!(caches(second.path()), [name]);
        let text = "Zorvan12s Quillet12 met Zorvan9000s Quillet9000.";
        assert_eq!(built.link_text(text), copied.link_text(text));
        assert_eq!(
            std::fs::read(first.path().join(&caches(first.path())[0])).unwrap(),
            std::fs::read(second.path().join(&caches(second.path())[0])).unwrap()
        );
    }

    #[test]
    fn a_shared_directory_keeps_every_gazetteer() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (
            gazetteer(CACHE_MIN_NAMES, "a"),
            gazetteer(CACHE_MIN_NAMES, "b"),
        );
        shared_linker(&a, dir.path());
        shared_linker(&b, dir.path());
        assert_eq!(caches(dir.path()).len(), 2);
    }

    #[test]
    fn stale_temporaries_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let names = [
            "linker-abc.tmp123",
            "linker-abc.bin",
            "linker-abc.tmpx",
            "other.tmp123",
        ];
        for name in names {
            fs::write(dir.path().join(name), b"x").unwrap();
        }
        let own = format!("linker-abc.tmp{}", std::process::id());
        fs::write(dir.path().join(&own), b"x").unwrap();
        remove_stale_temporaries(dir.path());
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let mut expected = vec![
            own,
            "linker-abc.bin".to_string(),
            "linker-abc.tmpx".to_string(),
            "other.tmp123".to_string(),
        ];
        expected.sort();
        assert_eq!(left, expected);
    }

    #[test]
    fn a_damaged_cache_is_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        let g = gazetteer(CACHE_MIN_NAMES, "c");
        fs::write(Linker::cache_path(&g, dir.path()), b"not a cache").unwrap();
        let linker = linker(&g, dir.path());
        assert_eq!(linker.link_text("Zorvan5c Quillet5.").entities, ["e5"]);
        assert!(
            fs::metadata(Linker::cache_path(&g, dir.path()))
                .unwrap()
                .len()
                > 100
        );
    }
}
