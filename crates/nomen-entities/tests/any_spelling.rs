//! Linking "in any spelling" (issue 17), measured on the sets in `data/eval/any-spelling` and
//! `data/eval/any-spelling-2` to `-5` (see their READMEs): news articles in fourteen, seventeen,
//! twenty-one and twenty-three languages (the last two sets) whose press declines, transcribes and
//! pads names, scored against a gazetteer that gives each entity only its canonical Latin name. The
//! second set was written blind, as a held-out check of rules tuned on the first; rules were tuned
//! on it later too. The third was written blind again and kept from the rules' authors until their
//! work had landed (BENCHMARKS.md says which figures are which); so were the fourth and the fifth.
//!
//! Two runs: the Latin-only gazetteer alone (`nomen tag --no-builtin --entities
//! data/eval/any-spelling/gazetteer.jsonl`), and merged with the built-in one (the
//! same without `--no-builtin`; only the set's entities are scored there, plus any
//! other entity linked on a gold span, which is a wrong link). Each prints mention-
//! and document-level precision and recall per language, and every miss and wrong
//! link (`cargo test -p nomen-entities --test any_spelling -- --nocapture`).
//!
//! This is a measurement, not a target: recall is printed, not asserted. Precision
//! is guarded: it may not fall below the floor below (the first set measured mention
//! precision 1.000 in both runs when it was written, the second 0.953 and 0.984 blind,
//! before the rules it showed missing, the third 0.984 and 0.973 blind, the fourth 0.990
//! and 0.989 blind, the fifth 0.979 and 0.976 blind, the sixth 0.984 and 0.987 blind),
//! so a rule that links what an article does not mention fails here.
//! All sets get the same checks of their shape.

mod support;

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use nomen_entities::{Gazetteer, Linker};

/// The lowest mention and document precision accepted, in both runs.
const PRECISION_FLOOR: f64 = 0.95;

/// The sets: directory under `data/eval` and the fewest gold mentions it has.
const SETS: [(&str, usize); 6] = [
    ("any-spelling", 500),
    ("any-spelling-2", 400),
    ("any-spelling-3", 550),
    ("any-spelling-4", 600),
    ("any-spelling-5", 650),
    ("any-spelling-6", 800),
];

fn set_dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/eval")
        .join(name)
}

fn gazetteer_path(name: &str) -> PathBuf {
    set_dir(name).join("gazetteer.jsonl")
}

/// The languages the set must cover with at least five articles each: every
/// language issue 17 names as inflecting names or writing them in another script.
const LANGUAGES: [&str; 11] = [
    "ru", "uk", "bg", "sr", "el", "pl", "cs", "de", "fi", "hu", "tr",
];

#[test]
fn the_sets_are_well_formed() {
    for (name, _) in SETS {
        well_formed(name);
    }
}

fn well_formed(name: &str) {
    let dir = set_dir(name);
    let gazetteer = Gazetteer::load(&[gazetteer_path(name)], false).unwrap();
    assert!(
        (25..=45).contains(&gazetteer.len()),
        "{} entities",
        gazetteer.len()
    );
    // Latin only: no name or alias in another script (the point of the set).
    for e in gazetteer.entities() {
        for name in e.names() {
            assert!(
                name.chars()
                    .all(|c| !c.is_alphabetic() || (c as u32) < 0x250 || c == 'ẞ'),
                "{}: {name:?} is not in Latin script",
                e.id
            );
        }
    }
    let gold = support::read_gold(&dir);
    let mut per_lang: BTreeMap<String, usize> = BTreeMap::new();
    let mut files = HashSet::new();
    let mut traps = 0;
    for g in &gold {
        assert!(files.insert(g.file.clone()), "{} labelled twice", g.file);
        assert!(
            g.file.starts_with(&format!("{}_", g.lang())),
            "{}: lang {}",
            g.file,
            g.lang()
        );
        *per_lang.entry(g.lang()).or_default() += 1;
        traps += usize::from(g.file.contains("_trap_"));
        for m in &g.mentions {
            assert!(
                gazetteer.get(&m[1]).is_some(),
                "{}: {:?} names {}, not in the gazetteer",
                g.file,
                m[0],
                m[1]
            );
        }
        // Every gold span is found in its file, in order (panics otherwise).
        let text = std::fs::read_to_string(dir.join("articles").join(&g.file)).unwrap();
        assert!(text.contains('\n'), "{}: no title line", g.file);
        assert_eq!(support::gold_spans(&text, g).len(), g.mentions.len());
    }
    // Every article is labelled (an article without mentions has an empty list).
    for entry in std::fs::read_dir(dir.join("articles")).unwrap() {
        let file = entry.unwrap().file_name().into_string().unwrap();
        assert!(files.contains(&file), "{name}: {file} has no gold line");
    }
    assert!(gold.len() >= 60, "{} articles", gold.len());
    assert!(traps >= 15, "{traps} distractor articles");
    for lang in LANGUAGES {
        let n = per_lang.get(lang).copied().unwrap_or(0);
        assert!(n >= 5, "{lang}: {n} articles");
    }
}

/// Prints the run and asserts the precision floors.
fn check(heading: &str, eval: &support::Evaluation, min_gold: usize) {
    println!("{}", eval.report(heading));
    let (m, d) = (eval.total_mentions(), eval.total_docs());
    assert!(m.gold >= min_gold, "{} gold mentions", m.gold);
    assert!(
        m.precision() >= PRECISION_FLOOR,
        "{heading}: mention precision {:.3} < {PRECISION_FLOOR}",
        m.precision()
    );
    assert!(
        d.precision() >= PRECISION_FLOOR,
        "{heading}: document precision {:.3} < {PRECISION_FLOOR}",
        d.precision()
    );
}

#[test]
fn latin_only_gazetteer() {
    for (name, min_gold) in SETS {
        let gazetteer = Gazetteer::load(&[gazetteer_path(name)], false).unwrap();
        let linker = Linker::new(Arc::new(gazetteer));
        let eval = support::evaluate(&set_dir(name), &linker, None);
        check(
            &format!("{name} set, Latin-only gazetteer (--no-builtin)"),
            &eval,
            min_gold,
        );
    }
}

#[test]
fn merged_with_the_builtin_gazetteer() {
    for (name, min_gold) in SETS {
        let scope: HashSet<String> = Gazetteer::load(&[gazetteer_path(name)], false)
            .unwrap()
            .entities()
            .iter()
            .map(|e| e.id.clone())
            .collect();
        let gazetteer = Gazetteer::load(&[gazetteer_path(name)], true).unwrap();
        let linker = Linker::new(Arc::new(gazetteer));
        let eval = support::evaluate(&set_dir(name), &linker, Some(&scope));
        check(
            &format!("{name} set, Latin-only gazetteer merged with the built-in one"),
            &eval,
            min_gold,
        );
    }
}
