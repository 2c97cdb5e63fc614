//! How the resolver behaves on a large generated gazetteer: index build time and query
//! latency (printed, never asserted: speed is measured, not tested), and that the right
//! entity still comes first for exact, folded, reordered and misspelt queries.
//!
//! ```text
//! cargo test -p nomen-entities --release --test resolve_scale -- --ignored --nocapture
//! NOMEN_SCALE_ENTITIES=1000000 cargo test ... (default 100000)
//! ```

use std::fmt::Write as _;
use std::sync::Arc;
use std::time::Instant;

use nomen_entities::{Gazetteer, Resolver};

/// A small deterministic generator (xorshift), so runs are comparable.
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

const ONSETS: &[&str] = &[
    "b", "c", "d", "f", "g", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "br",
    "tr", "gr", "st", "al", "el", "or",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "á", "é", "ia", "ou"];
const CODAS: &[&str] = &["", "", "n", "r", "s", "l", "z", "nd", "rt"];

fn word(rng: &mut Rng, syllables: usize) -> String {
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(ONSETS[rng.below(ONSETS.len())]);
        w.push_str(VOWELS[rng.below(VOWELS.len())]);
    }
    w.push_str(CODAS[rng.below(CODAS.len())]);
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => w,
    }
}

/// `n` people: given name, one or two surnames, an alias with the second surname.
fn gazetteer(n: usize, rng: &mut Rng) -> (String, Vec<(String, String)>) {
    let givens: Vec<String> = (0..2000).map(|_| word(rng, 2)).collect();
    let surnames: Vec<String> = (0..50_000)
        .map(|_| {
            let syllables = 2 + rng.below(2);
            word(rng, syllables)
        })
        .collect();
    let mut text = String::new();
    let mut people = Vec::new();
    for i in 0..n {
        let g = &givens[rng.below(givens.len())];
        let s1 = &surnames[rng.below(surnames.len())];
        let s2 = &surnames[rng.below(surnames.len())];
        let name = format!("{g} {s1}");
        let alias = format!("{g} {s1} {s2}");
        writeln!(
            text,
            "{{\"id\": \"p{i}\", \"name\": \"{name}\", \"kind\": \"person\", \"aliases\": [\"{alias}\"]}}"
        )
        .unwrap();
        people.push((format!("p{i}"), alias));
    }
    (text, people)
}

/// A misspelling: one letter of the longest part doubled.
fn typo(name: &str) -> String {
    let mut parts: Vec<String> = name.split(' ').map(String::from).collect();
    let k = (0..parts.len())
        .max_by_key(|&k| parts[k].len())
        .unwrap_or(0);
    let chars: Vec<char> = parts[k].chars().collect();
    let mid = chars.len() / 2;
    let mut w: String = chars[..mid].iter().collect();
    w.push(chars[mid]);
    w.extend(&chars[mid..]);
    parts[k] = w;
    parts.join(" ")
}

#[test]
#[ignore = "generates a large gazetteer; run with --release --ignored --nocapture"]
fn resolver_at_scale() {
    let n: usize = std::env::var("NOMEN_SCALE_ENTITIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (text, people) = gazetteer(n, &mut rng);
    let t = Instant::now();
    let gaz = Arc::new(Gazetteer::from_jsonl_str(&text, "generated").unwrap());
    let load = t.elapsed();
    let t = Instant::now();
    let resolver = Resolver::new(gaz);
    let build = t.elapsed();
    println!("{n} entities: load {load:.2?}, resolver index {build:.2?}");

    let queries = 300;
    for (label, f) in [
        (
            "alias as written",
            (|s: &str| s.to_string()) as fn(&str) -> String,
        ),
        ("upper case", |s: &str| s.to_uppercase()),
        ("surname, given", |s: &str| {
            let (g, rest) = s.split_once(' ').unwrap();
            format!("{rest}, {g}")
        }),
        ("typo", typo),
    ] {
        let mut found = 0;
        let t = Instant::now();
        for k in 0..queries {
            let (id, alias) = &people[(k * 7919) % people.len()];
            let q = f(alias);
            let got = resolver.resolve(&q, 5);
            // Generated names can repeat: the right entity among the equal best counts.
            let best = got.first().map_or(0.0, |c| c.score);
            if got.iter().any(|c| &c.id == id && c.score >= best - 1e-9) {
                found += 1;
            }
        }
        let per = t.elapsed() / queries as u32;
        println!("  {label:<18} {found}/{queries} right entity first, {per:.2?} per query");
        assert!(found * 10 >= queries * 9, "{label}: only {found}/{queries}");
    }
}
