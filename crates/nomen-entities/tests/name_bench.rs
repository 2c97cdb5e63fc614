//! The nomenklatura name bench: 826 labelled name pairs, scored by our
//! [`compare_names`] and by the reference matcher (logic-v2, frozen scores), with
//! precision, recall and F1 by schema at the same threshold.
//!
//! The data is third party (MIT, OpenSanctions) and stays outside the project: it is
//! read from `../shared/data/nomenklatura-name-bench/` relative to the workspace root.
//! Run with:
//!
//! ```text
//! cargo test -p nomen-entities --release --test name_bench -- --ignored --nocapture
//! ```
//!
//! Set `NOMEN_BENCH_MISSES=1` to also print the pairs we get wrong.

use std::collections::BTreeMap;
use std::path::PathBuf;

use nomen_entities::{compare_names, MATCH_THRESHOLD};

fn bench_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/nomenklatura-name-bench")
}

/// Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Rows as maps from column name to value.
fn read_table(name: &str) -> Vec<BTreeMap<String, String>> {
    let path = bench_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut rows = parse_csv(&text).into_iter();
    let header = rows.next().expect("a header row");
    rows.filter(|r| r.len() == header.len())
        .map(|r| header.iter().cloned().zip(r).collect())
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl Counts {
    fn add(&mut self, truth: bool, predicted: bool) {
        match (truth, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
    fn n(&self) -> usize {
        self.tp + self.fp + self.fn_ + self.tn
    }
}

#[test]
#[ignore = "reads third-party data from ../shared/data; run with --ignored"]
fn name_bench() {
    if !bench_dir().join("cases.csv").exists() {
        eprintln!("name bench data not found at {}", bench_dir().display());
        return;
    }
    let cases = read_table("cases.csv");
    let reference = read_table("logicv2-frozen.csv");
    assert!(cases.len() >= 800, "cases.csv has {} rows", cases.len());
    let misses = std::env::var_os("NOMEN_BENCH_MISSES").is_some();

    // Side by side on the rows the reference scored (its file has 812 of the 826).
    let mut ours: BTreeMap<String, Counts> = BTreeMap::new();
    let mut theirs: BTreeMap<String, Counts> = BTreeMap::new();
    for row in &reference {
        let truth = row["is_match"] == "true";
        let score = compare_names(&row["name1"], &row["name2"]).score;
        let ref_score: f64 = row["score"].parse().expect("a numeric reference score");
        let ours_says = score >= MATCH_THRESHOLD;
        let ref_says = ref_score >= MATCH_THRESHOLD;
        for key in [row["schema"].clone(), "ALL".to_string()] {
            ours.entry(key.clone()).or_default().add(truth, ours_says);
            theirs.entry(key).or_default().add(truth, ref_says);
        }
        if misses && ours_says != truth {
            println!(
                "MISS {} {:.3} (ref {ref_score:.3}) {:?} ~ {:?} [{}]",
                if truth { "FN" } else { "FP" },
                score,
                row["name1"],
                row["name2"],
                row["category"],
            );
        }
    }
    // Ours on every case of cases.csv.
    let mut all = Counts::default();
    for case in &cases {
        let score = compare_names(&case["name1"], &case["name2"]).score;
        all.add(case["is_match"] == "true", score >= MATCH_THRESHOLD);
    }

    println!("\nname bench at threshold {MATCH_THRESHOLD}: nomen vs logic-v2 (frozen)");
    println!(
        "{:<12} {:>4}  {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}",
        "schema", "n", "P", "R", "F1", "ref P", "ref R", "ref F1"
    );
    for (key, c) in &ours {
        let (p, r, f) = c.prf();
        let (rp, rr, rf) = theirs[key].prf();
        println!(
            "{key:<12} {:>4}  {p:>6.3} {r:>6.3} {f:>6.3}   {rp:>6.3} {rr:>6.3} {rf:>6.3}",
            c.n()
        );
    }
    let (p, r, f) = all.prf();
    println!(
        "{:<12} {:>4}  {p:>6.3} {r:>6.3} {f:>6.3}   (nomen on every row of cases.csv)",
        "cases.csv",
        all.n()
    );
    // Speed of compare_names (meaningful with --release only).
    let start = std::time::Instant::now();
    let mut sum = 0.0;
    for case in &cases {
        sum += compare_names(&case["name1"], &case["name2"]).score;
    }
    let per_pair = start.elapsed() / cases.len() as u32;
    println!("compare_names: {per_pair:.2?} per pair (both parses included; checksum {sum:.3})");
    let (_, _, f) = ours["ALL"].prf();
    let (_, _, rf) = theirs["ALL"].prf();
    assert!(
        f > rf,
        "nomen F1 {f:.3} does not beat the reference {rf:.3}"
    );
}

#[test]
fn csv_parser_handles_quotes() {
    let rows = parse_csv("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n");
    assert_eq!(rows, vec![vec!["a", "b"], vec!["x, y", "say \"hi\""]]);
}
