//! The resolution test set (`data/eval/resolve/queries.tsv`, see its README): each
//! query is resolved with [`Resolver::resolve_one`] against the built-in gazetteer, and
//! the test prints top-1 accuracy (where the entity exists), the rate of wrong answers
//! given with confidence (an entity chosen that is not the expected one, over all
//! queries), the not-found accuracy (names of nobody), the precision of the answers by
//! score band, and fails below the floors set from measured values.
//!
//! Opt-in, the same measures on the OFAC SDN list (`/work/shared/data/watchman-sanctions`
//! or `$NOMEN_OFAC_DIR`, never copied here) with queries drawn from it by rule:
//!
//! ```text
//! cargo test -p nomen-entities --release --test resolve_eval -- --nocapture
//! NOMEN_OFAC_DIR=../shared/data/watchman-sanctions cargo test -p nomen-entities --release \
//!     --test resolve_eval ofac -- --ignored --nocapture
//! ```
//!
//! (`NOMEN_OFAC_QUERIES_OUT=FILE` also writes the drawn queries as a TSV, for
//! `nomen bench resolve --queries FILE --entities ofac.jsonl --no-builtin`.)

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use nomen_entities::{Gazetteer, Kind, ResolveError, Resolver};

/// One query of a test set.
struct Query {
    text: String,
    /// The expected entity id; `None`: nobody in the gazetteer.
    expected: Option<String>,
    class: String,
}

/// What came back for one query.
#[derive(Debug, PartialEq)]
enum Outcome {
    Right(f64),
    Wrong(f64, String),
    NotFound,
    Ambiguous,
}

#[derive(Default, Debug)]
struct Figures {
    existing: usize,
    right: usize,
    absent: usize,
    absent_right: usize,
    wrong_confident: usize,
    total: usize,
    /// Score band → (answers, right answers).
    bands: BTreeMap<&'static str, (usize, usize)>,
    /// Class → (queries, right).
    classes: BTreeMap<String, (usize, usize)>,
}

impl Figures {
    fn top1(&self) -> f64 {
        self.right as f64 / self.existing.max(1) as f64
    }
    fn wrong_rate(&self) -> f64 {
        self.wrong_confident as f64 / self.total.max(1) as f64
    }
    fn not_found(&self) -> f64 {
        self.absent_right as f64 / self.absent.max(1) as f64
    }
}

fn band(score: f64) -> &'static str {
    if score >= 0.9 {
        "0.9-1.0"
    } else {
        "0.7-0.9"
    }
}

fn run(resolver: &Resolver, queries: &[Query], show_failures: bool) -> Figures {
    let mut f = Figures::default();
    for q in queries {
        let outcome = match resolver.resolve_one(&q.text) {
            Ok(r) if Some(&r.entity.id) == q.expected.as_ref() => Outcome::Right(r.entity.score),
            Ok(r) => Outcome::Wrong(
                r.entity.score,
                format!(
                    "{} ({}): {}",
                    r.entity.id,
                    r.entity.name,
                    r.entity.why.short()
                ),
            ),
            Err(ResolveError::NotFound { suggestions, .. }) => {
                if show_failures && q.expected.is_some() {
                    for c in &suggestions {
                        println!(
                            "  not found {:?}: {} {:.2} {}",
                            q.text,
                            c.id,
                            c.score,
                            c.why.short()
                        );
                    }
                }
                Outcome::NotFound
            }
            Err(ResolveError::Ambiguous { candidates, .. }) => {
                if show_failures {
                    let ids: Vec<String> = candidates
                        .iter()
                        .map(|c| format!("{} {:.2}", c.id, c.score))
                        .collect();
                    println!("  ambiguous {:?}: {}", q.text, ids.join(", "));
                }
                Outcome::Ambiguous
            }
        };
        f.total += 1;
        let ok = matches!(
            (&q.expected, &outcome),
            (Some(_), Outcome::Right(_)) | (None, Outcome::NotFound)
        );
        if q.expected.is_some() {
            f.existing += 1;
            f.right += usize::from(ok);
        } else {
            f.absent += 1;
            f.absent_right += usize::from(ok);
        }
        match &outcome {
            Outcome::Right(s) => {
                let b = f.bands.entry(band(*s)).or_default();
                b.0 += 1;
                b.1 += 1;
            }
            Outcome::Wrong(s, _) => {
                f.wrong_confident += 1;
                f.bands.entry(band(*s)).or_default().0 += 1;
            }
            _ => {}
        }
        let c = f.classes.entry(q.class.clone()).or_default();
        c.0 += 1;
        c.1 += usize::from(ok);
        if show_failures && !ok {
            println!(
                "  miss [{}] {:?}: expected {}, got {:?}",
                q.class,
                q.text,
                q.expected.as_deref().unwrap_or("not found"),
                outcome
            );
        }
    }
    f
}

fn report(name: &str, f: &Figures) {
    println!(
        "{name}: {} queries; top-1 {:.3} ({}/{}) where the entity exists; wrong and confident {:.4} ({}); not found {:.3} ({}/{})",
        f.total,
        f.top1(),
        f.right,
        f.existing,
        f.wrong_rate(),
        f.wrong_confident,
        f.not_found(),
        f.absent_right,
        f.absent
    );
    for (b, (n, right)) in &f.bands {
        println!(
            "  answers scored {b}: {n}, precision {:.3}",
            *right as f64 / (*n).max(1) as f64
        );
    }
    for (class, (n, right)) in &f.classes {
        println!("  {class:<18} {right:>4}/{n:<4}");
    }
}

fn builtin_queries() -> Vec<Query> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/eval/resolve/queries.tsv");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("query\t") || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() >= 3,
            "{}:{}: fewer than 3 columns",
            path.display(),
            n + 1
        );
        out.push(Query {
            text: cols[0].to_string(),
            expected: (cols[1] != "-").then(|| cols[1].to_string()),
            class: cols[2].to_string(),
        });
    }
    out
}

/// Floors of the built-in set, from the measured values (see BENCHMARKS.md): a change
/// that lowers a figure below them fails.
const TOP1_FLOOR: f64 = 0.95;
const WRONG_CEILING: f64 = 0.005;
const NOT_FOUND_FLOOR: f64 = 0.98;

#[test]
fn builtin_gazetteer_resolution() {
    let queries = builtin_queries();
    assert!(queries.len() >= 300, "{} queries", queries.len());
    let gazetteer = Arc::new(Gazetteer::builtin());
    for q in &queries {
        if let Some(id) = &q.expected {
            assert!(
                gazetteer.get(id).is_some(),
                "expected id {id} of {:?} is unknown",
                q.text
            );
        }
    }
    let resolver = Resolver::new(gazetteer);
    let f = run(&resolver, &queries, true);
    report("built-in gazetteer", &f);
    assert!(
        f.top1() >= TOP1_FLOOR,
        "top-1 {:.3} < {TOP1_FLOOR}",
        f.top1()
    );
    assert!(
        f.wrong_rate() <= WRONG_CEILING,
        "wrong {:.4} > {WRONG_CEILING}",
        f.wrong_rate()
    );
    assert!(
        f.not_found() >= NOT_FOUND_FLOOR,
        "not found {:.3} < {NOT_FOUND_FLOOR}",
        f.not_found()
    );
}

// ------------------------------------------------------------------ OFAC (opt-in)

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn ofac_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("NOMEN_OFAC_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/work/shared/data/watchman-sanctions"));
    dir.join("ofac_2021-07_sdn.csv").exists().then_some(dir)
}

/// Queries drawn from the OFAC gazetteer by rule (seeded): a person's or body's whole
/// name; a typo (one letter changed, doubled, dropped or swapped, not the first) in its
/// longest word of eight letters or more; a person's name with the first given name as
/// an initial; a person's name without a middle part; and names of nobody: a given name
/// and a surname of two different people that no entity has together.
fn ofac_queries(g: &Gazetteer) -> Vec<Query> {
    let fold = |s: &str| nomen_fold::fold(s).to_string();
    let mut owners: HashMap<String, HashSet<usize>> = HashMap::new();
    let mut word_owners: HashMap<String, HashSet<usize>> = HashMap::new();
    for (i, e) in g.entities().iter().enumerate() {
        for n in e.names() {
            let f = fold(n);
            for w in f.split_whitespace() {
                word_owners.entry(w.to_string()).or_default().insert(i);
            }
            owners.entry(f).or_default().insert(i);
        }
    }
    let unique = |s: &str, i: usize| {
        owners
            .get(&fold(s))
            .is_some_and(|o| o.len() == 1 && o.contains(&i))
    };
    let mut rng = Rng(0x5EED_0022);
    let mut out = Vec::new();
    let entities = g.entities();
    let words = |s: &str| -> Vec<String> { s.split_whitespace().map(str::to_string).collect() };
    let mut tries = 0;
    let (mut exact, mut typo, mut initial, mut middle) = (0, 0, 0, 0);
    while (exact < 60 || typo < 60 || initial < 40 || middle < 40) && tries < 200_000 {
        tries += 1;
        let i = rng.below(entities.len());
        let e = &entities[i];
        if !matches!(e.kind, Kind::Person | Kind::Organization) || !unique(&e.name, i) {
            continue;
        }
        let w = words(&e.name);
        if w.len() < 2
            || w.iter()
                .any(|x| !x.chars().all(|c| c.is_alphabetic() || c == '-'))
        {
            continue;
        }
        let id = Some(e.id.clone());
        match rng.below(4) {
            0 if exact < 60 => {
                out.push(Query {
                    text: e.name.clone(),
                    expected: id,
                    class: "ofac-exact".into(),
                });
                exact += 1;
            }
            1 if typo < 60 => {
                let (k, long) = w
                    .iter()
                    .enumerate()
                    .max_by_key(|(_, x)| x.chars().count())
                    .unwrap();
                let chars: Vec<char> = long.chars().collect();
                if chars.len() < 8 {
                    continue;
                }
                let at = 1 + rng.below(chars.len() - 2);
                let mut t = chars.clone();
                match rng.below(4) {
                    0 => t.insert(at, chars[at]),
                    1 => {
                        t.remove(at);
                    }
                    2 => t.swap(at, at + 1),
                    _ => t[at] = if chars[at] == 'e' { 'a' } else { 'e' },
                }
                let t: String = t.into_iter().collect();
                if t == *long || word_owners.contains_key(&fold(&t)) {
                    continue;
                }
                let mut q = w.clone();
                q[k] = t;
                out.push(Query {
                    text: q.join(" "),
                    expected: id,
                    class: "ofac-typo".into(),
                });
                typo += 1;
            }
            2 if initial < 40 && e.kind == Kind::Person && w.len() >= 3 => {
                let first = w[0].chars().next().unwrap();
                let q = format!("{first}. {}", w[1..].join(" "));
                if owners.contains_key(&fold(&q)) {
                    continue;
                }
                out.push(Query {
                    text: q,
                    expected: id,
                    class: "ofac-initial".into(),
                });
                initial += 1;
            }
            3 if middle < 40 && e.kind == Kind::Person && w.len() >= 3 => {
                let q = format!("{} {}", w[0], w[w.len() - 1]);
                if owners.contains_key(&fold(&q)) {
                    continue;
                }
                out.push(Query {
                    text: q,
                    expected: id,
                    class: "ofac-partial".into(),
                });
                middle += 1;
            }
            _ => {}
        }
    }
    // Names of nobody.
    let people: Vec<Vec<String>> = entities
        .iter()
        .filter(|e| e.kind == Kind::Person)
        .map(|e| words(&e.name))
        .filter(|w| w.len() >= 2)
        .collect();
    let mut absent = 0;
    while absent < 100 && tries < 400_000 {
        tries += 1;
        let a = &people[rng.below(people.len())];
        let b = &people[rng.below(people.len())];
        let (given, surname) = (&a[0], &b[b.len() - 1]);
        let (fg, fs) = (fold(given), fold(surname));
        let both = match (word_owners.get(&fg), word_owners.get(&fs)) {
            (Some(x), Some(y)) => x.intersection(y).next().is_some(),
            _ => true,
        };
        if both || fg.len() < 3 || fs.len() < 4 {
            continue;
        }
        out.push(Query {
            text: format!("{given} {surname}"),
            expected: None,
            class: "ofac-absent".into(),
        });
        absent += 1;
    }
    out
}

#[test]
#[ignore = "opt-in: needs the OFAC list in ../shared/data (or $NOMEN_OFAC_DIR)"]
fn ofac_resolution() {
    let Some(dir) = ofac_dir() else {
        panic!("no OFAC list: set NOMEN_OFAC_DIR to the directory of ofac_2021-07_sdn.csv");
    };
    let files = [
        dir.join("ofac_2021-07_sdn.csv"),
        dir.join("ofac_2021-07_alt.csv"),
    ];
    let mut jsonl = Vec::new();
    nomen_entities::import::import(
        nomen_entities::import::Format::Ofac,
        &files,
        &nomen_entities::import::Options::default(),
        &mut jsonl,
    )
    .unwrap();
    let g = Gazetteer::from_jsonl_str(std::str::from_utf8(&jsonl).unwrap(), "ofac").unwrap();
    let queries = ofac_queries(&g);
    // The drawn queries, for `nomen bench resolve --queries FILE` (latency).
    if let Some(out) = std::env::var_os("NOMEN_OFAC_QUERIES_OUT") {
        let mut tsv = String::from("query\texpected\tclass\n");
        for q in &queries {
            tsv.push_str(&format!(
                "{}\t{}\t{}\n",
                q.text,
                q.expected.as_deref().unwrap_or("-"),
                q.class
            ));
        }
        std::fs::write(out, tsv).unwrap();
    }
    let resolver = Resolver::new(Arc::new(g));
    let f = run(&resolver, &queries, true);
    report("OFAC SDN (2021-07)", &f);
}
