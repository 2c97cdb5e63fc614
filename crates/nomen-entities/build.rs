//! Computes `NOMEN_LINKER_BUILD`: a digest of the code and data a linker's dictionary is
//! derived from (this crate's sources, nomen-fold's sources when built in the
//! workspace, and the embedded name tables). A cached dictionary records it, so a cache
//! written by a build whose folding or key derivation differed is never read back,
//! even when nobody remembered to bump the cache format's version.
//!
//! Also writes `places.bin`, `regions.bin` and `features.bin` to `OUT_DIR`: the
//! built-in places of `data/places/places.jsonl`, the regions of
//! `data/places/regions.jsonl` and the natural features and historical regions of
//! `data/places/features.jsonl` in a compact binary form the crate embeds, so that
//! starting a command decodes strings instead of parsing 3.4 MB of JSON (see
//! `gazetteer::builtin_places`). Invalid JSON there fails the build, naming the line.
//!
//! And `builtin-names.bin`: the built-in entities (`data/entities.jsonl`, then
//! `data/organizations/organizations.jsonl`, then the places) by the folded key of each of their names (`name_key.rs`, the crate's own
//! code), so that loading a file of entities beside the built-in ones does not fold
//! the 135,000 built-in names to find which are the same (see `same_entity`).

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

/// The encoded places being written: the records, and the text of every string one
/// after another (so that it is checked as UTF-8 once, not string by string).
#[derive(Default)]
struct Encoded {
    records: Vec<u8>,
    text: String,
}

impl Encoded {
    fn u32(&mut self, n: usize) {
        let n = u32::try_from(n).expect("encoded places under 4 GiB");
        self.records.extend_from_slice(&n.to_le_bytes());
    }
    /// A string: its end in the text (`u32`); it starts where the previous one ended.
    fn str(&mut self, s: &str) {
        self.text.push_str(s);
        self.u32(self.text.len());
    }
}

/// `places.jsonl` encoded: `NOMENPLC`, the length of the text (`u32`, little-endian),
/// the text (every string of the file, UTF-8, one after another), then a record per
/// entity: line number (`u32`), id, name (each the `u32` end of the string in the
/// text), kind (`u8`: person, organization, place, other), the number of aliases
/// (`u32`) and the aliases, the other fields as a JSON object (empty when there are
/// none). Blank lines and `#` comments are skipped, as the JSON reader skips them.
fn encode_places(text: &str, origin: &Path, names: &mut Names) -> Vec<u8> {
    let mut enc = Encoded::default();
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let fail = |what: &str| -> ! { panic!("{}:{line_no}: {what}", origin.display()) };
        let mut object = match serde_json::from_str::<serde_json::Value>(trimmed) {
            Ok(serde_json::Value::Object(o)) => o,
            Ok(_) => fail("not a JSON object"),
            Err(e) => fail(&e.to_string()),
        };
        let mut string = |key: &str| match object.remove(key) {
            Some(serde_json::Value::String(s)) => s,
            _ => fail(&format!("field \"{key}\": missing or not a string")),
        };
        let (id, name, kind) = (string("id"), string("name"), string("kind"));
        let kind: u8 = match kind.as_str() {
            "person" => 0,
            "organization" => 1,
            "place" => 2,
            "other" => 3,
            _ => fail(&format!("field \"kind\": unknown kind {kind:?}")),
        };
        let aliases = match object.remove("aliases") {
            None | Some(serde_json::Value::Null) => Vec::new(),
            Some(serde_json::Value::Array(a)) => a
                .into_iter()
                .map(|v| match v {
                    serde_json::Value::String(s) => s,
                    _ => fail("field \"aliases\": not a list of strings"),
                })
                .collect(),
            Some(_) => fail("field \"aliases\": not a list of strings"),
        };
        names.add(&id, &name, &aliases);
        enc.u32(line_no);
        enc.str(&id);
        enc.str(&name);
        enc.records.push(kind);
        enc.u32(aliases.len());
        for alias in &aliases {
            enc.str(alias);
        }
        let extra = if object.is_empty() {
            String::new()
        } else {
            serde_json::Value::Object(object).to_string()
        };
        enc.str(&extra);
    }
    let mut out = b"NOMENPLC".to_vec();
    let text_len = u32::try_from(enc.text.len()).expect("encoded places under 4 GiB");
    out.extend_from_slice(&text_len.to_le_bytes());
    out.extend_from_slice(enc.text.as_bytes());
    out.extend_from_slice(&enc.records);
    out
}

include!("src/name_key.rs");

/// The built-in entities' names by position, as the gazetteer holds them: in the
/// order read, an entity whose id was read before replacing that one in its place.
#[derive(Default)]
struct Names {
    positions: std::collections::HashMap<String, usize>,
    names: Vec<Vec<String>>,
    /// The names by language of each entity that has them (in the order they are
    /// added as aliases), for an entry of the places that replaces it: the crate's
    /// `Gazetteer::try_builtin` adds them to it.
    by_language: Vec<(String, Vec<String>)>,
}

impl Names {
    fn add(&mut self, id: &str, name: &str, aliases: &[String]) {
        let names: Vec<String> = std::iter::once(name)
            .chain(aliases.iter().map(String::as_str))
            .map(str::to_string)
            .collect();
        match self.positions.get(id) {
            Some(&i) => self.names[i] = names,
            None => {
                self.positions.insert(id.to_string(), self.names.len());
                self.names.push(names);
            }
        }
    }
}

/// The names of `data/entities.jsonl` (id, name, aliases of each line). A line this
/// does not read is skipped: the crate then finds the table's digest wrong and folds
/// the names itself, so the table can only be right or unused.
fn entity_names(text: &str, names: &mut Names) {
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Ok(serde_json::Value::Object(o)) = serde_json::from_str::<serde_json::Value>(line)
        else {
            continue;
        };
        let string = |key: &str| o.get(key).and_then(|v| v.as_str()).map(str::to_string);
        let (Some(id), Some(name)) = (string("id"), string("name")) else {
            continue;
        };
        let mut aliases: Vec<String> = o
            .get("aliases")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        // The names by language are aliases too, added as `by_language::expand_aliases`
        // adds them: languages in the order of their codes, each name once, not the
        // canonical name.
        if let Some(serde_json::Value::Object(languages)) = o.get("by_language") {
            let mut codes: Vec<&String> = languages.keys().collect();
            codes.sort();
            let mut all = Vec::new();
            for code in codes {
                let list = languages[code.as_str()].as_array().into_iter().flatten();
                for alias in list.filter_map(|v| v.as_str()) {
                    all.push(alias.to_string());
                    if alias != name && !aliases.iter().any(|a| a == alias) {
                        aliases.push(alias.to_string());
                    }
                }
            }
            names.by_language.push((id.clone(), all));
        }
        names.add(&id, &name, &aliases);
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

    let mut names = Names::default();
    let entities = manifest.join("../../data/entities.jsonl");
    println!("cargo:rerun-if-changed={}", entities.display());
    let text =
        fs::read_to_string(&entities).unwrap_or_else(|e| panic!("{}: {e}", entities.display()));
    entity_names(&text, &mut names);
    // The built-in organisations, loaded after them.
    let organizations = manifest.join("../../data/organizations/organizations.jsonl");
    println!("cargo:rerun-if-changed={}", organizations.display());
    let text = fs::read_to_string(&organizations)
        .unwrap_or_else(|e| panic!("{}: {e}", organizations.display()));
    entity_names(&text, &mut names);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    // The places, then the regions (`scripts/data/regions.py`), then the natural
    // features and historical regions (`scripts/data/features.py`), loaded in that order.
    for (file, bin) in [
        ("places.jsonl", "places.bin"),
        ("regions.jsonl", "regions.bin"),
        ("features.jsonl", "features.bin"),
    ] {
        let path = manifest.join("../../data/places").join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        fs::write(out.join(bin), encode_places(&text, &path, &mut names))
            .unwrap_or_else(|e| panic!("writing {bin}: {e}"));
    }
    // The names by language of an entity a place replaced (`Gazetteer::try_builtin`).
    for (id, by_language) in std::mem::take(&mut names.by_language) {
        let Some(&i) = names.positions.get(&id) else {
            continue;
        };
        let entry = &mut names.names[i];
        for alias in by_language {
            if !entry.contains(&alias) {
                entry.push(alias);
            }
        }
    }
    fs::write(out.join("builtin-names.bin"), key_table(&names.names))
        .unwrap_or_else(|e| panic!("writing builtin-names.bin: {e}"));
}
