//! Folds every article of a JSONL corpus and prints the result, to check that a change
//! of the folder changes no output.
//!
//! For each line's `title` and `body`, in both views, prints the folded text and every
//! token with its folded and original byte ranges. Run it with two builds and compare:
//!
//! ```text
//! cargo run --release -p nomen-fold --example fold_corpus -- corpus.jsonl > a.txt
//! cmp a.txt b.txt
//! cargo run --release -p nomen-fold --example fold_corpus -- corpus.jsonl --time 5
//! ```
//!
//! A line that is not a JSON object with string `title` and `body` is reported on
//! stderr (that field skipped).

use std::io::{BufRead, BufWriter, Write};

use nomen_fold::{Folded, Folder, View};

/// The string field `name` of the JSON object `line` (serde_json, a dev-dependency:
/// the library itself reads no JSON).
fn field(line: &str, name: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    value.get(name)?.as_str().map(str::to_string)
}

/// Seconds this thread has run on a CPU (Linux), so that time spent waiting for a
/// busy machine's cores does not count; wall-clock seconds elsewhere.
fn cpu_seconds(epoch: std::time::Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or_else(|| epoch.elapsed().as_secs_f64(), |ns| ns as f64 / 1e9)
}

/// Best of `rounds` CPU seconds of `f`, and its last answer.
fn best_of(rounds: usize, mut f: impl FnMut() -> usize) -> (f64, usize) {
    let epoch = std::time::Instant::now();
    let mut best = f64::INFINITY;
    let mut answer = 0;
    for _ in 0..rounds {
        let start = cpu_seconds(epoch);
        answer = f();
        best = best.min(cpu_seconds(epoch) - start);
    }
    (best, answer)
}

/// Times folding of every title and body (each view; the folded view plus its
/// tokens; the tokens of already folded text), best of `rounds`, and prints MB/s of
/// original text.
fn time(texts: &[String], rounds: usize) {
    let folder = Folder::new();
    let mut folded = Folded::new();
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let report = |what: &str, (secs, answer): (f64, usize)| {
        println!(
            "{what:<26} {:>7.1} MB/s  {secs:.3} s  answer {answer}",
            mb / secs
        );
    };
    for view in [View::Folded, View::Exact] {
        report(
            &format!("fold_into {view:?}"),
            best_of(rounds, || {
                let mut n = 0;
                for text in texts {
                    folder.fold_into(text, view, &mut folded);
                    n += folded.as_str().len();
                }
                n
            }),
        );
    }
    let sum = |f: &Folded| {
        f.tokens()
            .map(|t| t.original.start ^ t.folded.end)
            .fold(0, usize::wrapping_add)
    };
    report(
        "fold_into Folded + tokens",
        best_of(rounds, || {
            let mut n = 0usize;
            for text in texts {
                folder.fold_into(text, View::Folded, &mut folded);
                n = n.wrapping_add(sum(&folded));
            }
            n
        }),
    );
    let all: Vec<Folded> = texts
        .iter()
        .map(|text| {
            let mut f = Folded::new();
            folder.fold_into(text, View::Folded, &mut f);
            f
        })
        .collect();
    report(
        "tokens of Folded",
        best_of(rounds, || all.iter().map(sum).fold(0, usize::wrapping_add)),
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: fold_corpus CORPUS.jsonl [--time ROUNDS]")?;
    let input = std::io::BufReader::new(std::fs::File::open(&path)?);
    if args.next().as_deref() == Some("--time") {
        let rounds = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
        let mut texts = Vec::new();
        for line in input.lines() {
            let line = line?;
            texts.extend(["title", "body"].iter().filter_map(|f| field(&line, f)));
        }
        time(&texts, rounds);
        return Ok(());
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let folder = Folder::new();
    let mut folded = Folded::new();
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        for name in ["title", "body"] {
            let Some(text) = field(&line, name) else {
                eprintln!("{path}:{}: no string field {name:?}", n + 1);
                continue;
            };
            for view in [View::Exact, View::Folded] {
                folder.fold_into(&text, view, &mut folded);
                writeln!(out, "{} {name} {view:?} {}", n + 1, folded.as_str())?;
                for t in folded.tokens() {
                    write!(
                        out,
                        " {}..{}:{}..{}",
                        t.folded.start, t.folded.end, t.original.start, t.original.end
                    )?;
                }
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
