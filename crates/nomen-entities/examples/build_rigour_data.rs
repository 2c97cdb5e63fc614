//! Builds nomen's name tables from rigour's data files; run by `scripts/data/rigour.py`
//! (which downloads and checks the package and passes the files), not by hand.
//!
//! ```text
//! build_rigour_data PERSON_NAMES_TXT ORG_TYPES_JSON OUT_DIR HEADER_TXT
//! ```
//!
//! Writes into OUT_DIR, deterministically (same input, same bytes):
//! * `person-names.fst`, `person-names.groups`, `person-groups.fst`: the cross-script
//!   name-part groups (format in `nomen_entities::name_groups`);
//! * `org-types.tsv`: legal forms and organisation types, `tokens<TAB>canonical<TAB>class`,
//!   sorted, after the lines of HEADER_TXT written as `# ` comments.
//!
//! Prints what it kept and dropped, one figure a line.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use nomen_entities::name;
use nomen_entities::name_groups::part_key;
use nomen_fold::{fold, is_word_char};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

fn main() {
    if let Err(e) = run() {
        eprintln!("build_rigour_data: error: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [names, orgs, out, header] = args.as_slice() else {
        return Err(
            "usage: build_rigour_data PERSON_NAMES_TXT ORG_TYPES_JSON OUT_DIR HEADER_TXT".into(),
        );
    };
    let out = Path::new(out);
    fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let header = fs::read_to_string(header).map_err(|e| format!("{header}: {e}"))?;
    build_person_names(Path::new(names), out)?;
    build_org_types(Path::new(orgs), out, &header)?;
    Ok(())
}

/// Groups with more distinct parts than this are dropped: they are not one name's
/// spellings but a mix (none of rigour 2.6.1's groups comes near; a guard for updates).
const MAX_GROUP_PARTS: usize = 200;

fn build_person_names(path: &Path, out: &Path) -> Result<()> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut part_groups: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    let mut kept = 0;
    let mut members: BTreeSet<(u32, String)> = BTreeSet::new();
    let (mut lines, mut variants, mut unusable, mut single, mut huge) = (0, 0, 0, 0, 0);
    let mut one_script = 0;
    for (i, line) in text.lines().enumerate() {
        let at = || format!("{}:{}", path.display(), i + 1);
        if line.trim().is_empty() {
            continue;
        }
        lines += 1;
        let (list, item) = line
            .rsplit_once(" => ")
            .ok_or_else(|| format!("{}: no \" => \" before the item id", at()))?;
        let group = group_id(item.trim())
            .ok_or_else(|| format!("{}: group id {item:?} is not Q<number> or X<number>", at()))?;
        let mut keys = BTreeSet::new();
        for v in list.split(", ") {
            variants += 1;
            match part_key(v) {
                Some(k) => {
                    keys.insert(k);
                }
                None => unusable += 1,
            }
        }
        if keys.len() < 2 {
            // Nothing to be equivalent to.
            single += 1;
            continue;
        }
        if keys.len() > MAX_GROUP_PARTS {
            huge += 1;
            continue;
        }
        // Only groups that cross scripts: a part that folding romanises (Latin,
        // Cyrillic, Greek, Hangul) and one that it keeps (Han, Kana, Arabic, ...).
        if keys.iter().all(|k| k.is_ascii()) || keys.iter().all(|k| !k.is_ascii()) {
            one_script += 1;
            continue;
        }
        for k in &keys {
            part_groups.entry(k.clone()).or_default().insert(group);
            // The reverse table: a group's spellings in scripts folding keeps, of two
            // characters or more (what the linker's dictionary uses).
            if !k.is_ascii() && k.chars().count() >= 2 {
                members.insert((group, k.clone()));
            }
        }
        kept += 1;
    }

    let mut map = fst::MapBuilder::memory();
    let mut packed: Vec<u8> = Vec::new();
    let mut multi = 0;
    for (key, groups) in &part_groups {
        let value = if groups.len() == 1 {
            (1u64 << 32) | u64::from(*groups.iter().next().unwrap_or(&0))
        } else {
            multi += 1;
            let offset = (packed.len() / 4) as u64;
            for g in groups {
                packed.extend_from_slice(&g.to_le_bytes());
            }
            ((groups.len() as u64) << 32) | offset
        };
        map.insert(key, value)?;
    }
    let mut set = fst::SetBuilder::memory();
    let mut key = Vec::new();
    for (g, part) in &members {
        key.clear();
        key.extend_from_slice(&g.to_be_bytes());
        key.extend_from_slice(part.as_bytes());
        set.insert(&key)?;
    }
    write(out, "person-names.fst", &map.into_inner()?)?;
    write(out, "person-groups.fst", &set.into_inner()?)?;
    write(out, "person-names.groups", &packed)?;
    let max_groups = part_groups.values().map(|g| g.len()).max().unwrap_or(0);
    println!("person_names: {lines} groups, {variants} variants read");
    println!("person_names: {unusable} variants dropped (several parts, or one letter)");
    println!("person_names: {single} groups dropped (fewer than two distinct folded parts)");
    println!("person_names: {huge} groups dropped (more than {MAX_GROUP_PARTS} parts)");
    println!("person_names: {one_script} groups dropped (all parts romanised by folding, or none)");
    println!(
        "person_names: kept {kept} groups, {} distinct folded parts; {multi} parts in several groups (at most {max_groups}); {} (group, unromanised spelling) pairs",
        part_groups.len(),
        members.len()
    );
    Ok(())
}

/// `Q30098294` (a Wikidata item) → 30098294; `X12` (a group of rigour's own) → 2^31 + 12.
fn group_id(text: &str) -> Option<u32> {
    let (base, digits) = match text.split_at_checked(1)? {
        ("Q", d) => (0, d),
        ("X", d) => (GROUP_OWN, d),
        _ => return None,
    };
    let n: u32 = digits.parse().ok()?;
    (n < GROUP_OWN).then_some(base | n)
}

use nomen_entities::name_groups::GROUP_OWN;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<()> {
    let path = dir.join(name);
    fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("wrote {} ({} bytes)", path.display(), bytes.len());
    Ok(())
}

/// Generic kinds of rigour that are company legal forms (the others, `SOE`, `NGO`,
/// `FIN`, `REL`, `MIL`, `JV`, are organisation types whose full words are common in
/// names: `Stiftung`, `Foundation`).
const LEGAL_KINDS: &[&str] = &["JSC", "LLC", "LP", "GP", "LLP", "SP", "COOP", ""];
/// Kinds whose single long words are company-law terms (`Aktiebolag`), not name words.
const COMPANY_KINDS: &[&str] = &["JSC", "LLC", "LP", "GP", "LLP", "SP"];

/// An alias as folded tokens: split at spaces and punctuation other than dots and
/// apostrophes, which are removed (`S.A.` → `sa`, `Ges. m. b. H.` → `ges m b h`), as
/// `parse_name` reads them.
fn tokens(alias: &str) -> Vec<String> {
    alias
        .split(|c: char| !(is_word_char(c) || c == '.' || is_apostrophe(c)))
        .map(|chunk| {
            let joined: String = chunk
                .chars()
                .filter(|&c| c != '.' && !is_apostrophe(c))
                .collect();
            fold(&joined)
                .chars()
                .filter(|c| is_word_char(*c))
                .collect::<String>()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// An abbreviation as written: dotted (`S.A.`, `e.V.`), with two capitals or more
/// (`GmbH`, `OOO`), or of four letters at most (`ab`, `kft`).
fn is_abbreviation(alias: &str, folded: &str) -> bool {
    alias.contains('.')
        || alias.chars().filter(|c| c.is_uppercase()).count() >= 2
        || folded.chars().count() <= 4
}

fn build_org_types(path: &Path, out: &Path, header: &str) -> Result<()> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let entries: Vec<serde_json::Value> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut rows: BTreeMap<String, (String, String)> = BTreeMap::new();
    let (mut aliases, mut skipped_kind, mut skipped_word, mut conflicts) = (0, 0, 0, 0);
    let mut skipped_short = 0;
    for (i, e) in entries.iter().enumerate() {
        let at = || format!("{} entry {}", path.display(), i + 1);
        let list: Vec<&str> = e["aliases"]
            .as_array()
            .ok_or_else(|| format!("{}: field \"aliases\" is not a list", at()))?
            .iter()
            .map(|a| {
                a.as_str()
                    .ok_or_else(|| format!("{}: an alias is not a string", at()))
            })
            .collect::<std::result::Result<_, _>>()?;
        let kind = e["generic"].as_str().unwrap_or("");
        // The first of `compare`, `display` and the first alias that is not empty after
        // folding (`compare` is "" in a few entries).
        let canonical: String = [e["compare"].as_str(), e["display"].as_str()]
            .into_iter()
            .flatten()
            .chain(list.iter().copied())
            .map(|name| tokens(name).concat())
            .find(|c| !c.is_empty())
            .ok_or_else(|| format!("{}: every name is empty after folding", at()))?;
        let class = if kind.is_empty() {
            "-".to_string()
        } else {
            kind.to_lowercase()
        };
        for alias in list {
            aliases += 1;
            let toks = tokens(alias);
            if toks.is_empty() || toks.len() > 6 {
                skipped_word += 1;
                continue;
            }
            // Tokens that are also name words or initials would turn names into legal
            // forms (`Li Na`, `Wang Yu`, `Pushkin A. S.`): one-token forms of two
            // letters or fewer, function words, honorifics and runs of single letters
            // are left to nomen's own list.
            let short = |t: &String| t.chars().count() <= 2;
            if (toks.len() == 1
                && (short(&toks[0])
                    || name::is_stopword(&toks[0])
                    || name::is_particle(&toks[0])
                    || name::is_honorific(&toks[0])))
                || toks.iter().all(|t| t.chars().count() == 1)
            {
                skipped_short += 1;
                continue;
            }
            let legal = LEGAL_KINDS.contains(&kind);
            let keep = if toks.len() == 1 {
                is_abbreviation(alias, &toks[0]) || (legal && COMPANY_KINDS.contains(&kind))
            } else {
                legal
            };
            if !keep {
                if legal {
                    skipped_word += 1;
                } else {
                    skipped_kind += 1;
                }
                continue;
            }
            let key = toks.join(" ");
            match rows.get(&key) {
                Some((c, k)) if *c != canonical || *k != class => conflicts += 1,
                Some(_) => {}
                None => {
                    rows.insert(key, (canonical.clone(), class.clone()));
                }
            }
        }
    }
    let mut tsv = String::new();
    for line in header.lines() {
        if line.is_empty() {
            tsv.push_str("#\n");
        } else {
            let _ = writeln!(tsv, "# {line}");
        }
    }
    for (key, (canonical, class)) in &rows {
        let _ = writeln!(tsv, "{key}\t{canonical}\t{class}");
    }
    write(out, "org-types.tsv", tsv.as_bytes())?;
    println!(
        "org_types: {} entries, {aliases} aliases; kept {} distinct forms; dropped {skipped_kind} (organisation types, not abbreviations), {skipped_word} (plain words or empty), {skipped_short} (two letters or fewer, single letters, or function words); {conflicts} aliases already taken by an earlier entry",
        entries.len(),
        rows.len()
    );
    Ok(())
}
