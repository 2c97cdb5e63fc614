//! Tags a JSON Lines corpus (`title`, `body` per line) with a gazetteer file: the
//! warm start as `nomen` does it (parse the file, then `Linker::cached`), then single-
//! thread tagging, each phase timed. Small on purpose, so that a profiler (`perf
//! record`, `valgrind --tool=callgrind`) sees only what it is asked about.
//!
//! ```text
//! cargo run --release -p nomen-entities --example tag_file -- [--mentions FILE] GAZETTEER.jsonl CORPUS.jsonl [ROUNDS] [CACHE_DIR]
//! ```
//!
//! Each round tags the corpus from folded fields (`link_document_folded`: the cost of
//! everything after folding), then from the raw text (`link_document`).
//!
//! `GAZETTEER.jsonl` may be `-` for the built-in gazetteer alone, or `+FILE` for the
//! built-in gazetteer and `FILE` merged into it (as `nomen index --entities FILE` and
//! `nomen bench index` load a generated corpus's `gazetteer.jsonl`). The linker cache
//! goes to `CACHE_DIR` (default: the system's temporary directory).
//!
//! `--mentions FILE` writes every mention of the first round to `FILE`, one per line
//! (document index, field, start, end, entity id, rule; tab-separated), from the raw
//! text, and the same from the folded fields to `FILE.folded`, so that two builds of
//! the linker can be compared with `cmp`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use nomen_entities::{DocumentLinks, Gazetteer, Linker};

/// Nanoseconds of CPU time (user + system) this thread has used, from Linux's
/// `/proc/thread-self/stat` (10 ms steps); unlike wall time, other processes sharing
/// the cores do not inflate it. `None` elsewhere.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which is in parentheses): utime is the 12th.
    let mut f = s.get(s.rfind(')')? + 1..)?.split_whitespace().skip(11);
    let ticks: u64 = f.next()?.parse::<u64>().ok()? + f.next()?.parse::<u64>().ok()?;
    Some(ticks * 10_000_000)
}

/// `"; X MB/s of CPU time"` for `bytes` tagged in the CPU time since `start`.
fn cpu_rate(bytes: usize, start: Option<u64>) -> String {
    match (start, cpu_ns()) {
        (Some(a), Some(b)) if b > a => {
            format!(
                "; {:.1} MB/s of CPU time",
                bytes as f64 * 1e3 / (b - a) as f64
            )
        }
        _ => String::new(),
    }
}

/// Writes the mentions of document `doc` to `out`, one tab-separated line each.
fn write_mentions(out: &mut impl Write, doc: usize, links: &DocumentLinks) -> std::io::Result<()> {
    for m in &links.mentions {
        writeln!(
            out,
            "{doc}\t{:?}\t{}\t{}\t{}\t{}",
            m.field,
            m.start,
            m.end,
            m.entity,
            m.rule.as_str()
        )?;
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut dump: Option<PathBuf> = None;
    if let Some(i) = args.iter().position(|a| a == "--mentions") {
        let Some(path) = args.get(i + 1) else {
            return Err("--mentions needs a FILE".into());
        };
        dump = Some(PathBuf::from(path));
        args.drain(i..i + 2);
    }
    let [gazetteer_path, corpus_path, rest @ ..] = args.as_slice() else {
        return Err(
            "usage: tag_file [--mentions FILE] GAZETTEER.jsonl CORPUS.jsonl [ROUNDS] [CACHE_DIR]"
                .into(),
        );
    };
    let rounds: usize = rest.first().map(|s| s.parse()).transpose()?.unwrap_or(1);
    let cache_dir = rest
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("nomen-tag-file"));

    let t = Instant::now();
    let gazetteer = if gazetteer_path == "-" {
        Gazetteer::builtin()
    } else if let Some(file) = gazetteer_path.strip_prefix('+') {
        Gazetteer::load(&[PathBuf::from(file)], true)?
    } else {
        Gazetteer::from_file(Path::new(gazetteer_path))?
    };
    let parse = t.elapsed();
    let t = Instant::now();
    let linker = Linker::cached(Arc::new(gazetteer), &cache_dir);
    let load = t.elapsed();
    eprintln!(
        "gazetteer: {} entities; parse {:.3} s, linker (cached) {:.3} s",
        linker.gazetteer().len(),
        parse.as_secs_f64(),
        load.as_secs_f64()
    );

    let text = std::fs::read_to_string(corpus_path)?;
    let docs: Vec<(String, String)> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l)?;
            let field = |name: &str| v[name].as_str().unwrap_or("").to_string();
            Ok((field("title"), field("body")))
        })
        .collect::<Result<_, serde_json::Error>>()?;
    let bytes: usize = docs.iter().map(|(t, b)| t.len() + b.len()).sum();
    let fold = |text: &str| {
        let mut f = nomen_fold::Folded::new();
        linker
            .folder()
            .fold_into(text, nomen_fold::View::Folded, &mut f);
        f
    };
    let prefolded: Vec<_> = docs.iter().map(|(t, b)| (fold(t), fold(b))).collect();
    if let Some(path) = &dump {
        let create = |p: &Path| std::fs::File::create(p).map(std::io::BufWriter::new);
        let mut raw = create(path)?;
        let mut folded_path = path.as_os_str().to_owned();
        folded_path.push(".folded");
        let mut folded = create(Path::new(&folded_path))?;
        for (d, ((title, body), (tf, bf))) in docs.iter().zip(&prefolded).enumerate() {
            write_mentions(&mut raw, d, &linker.link_document(title, body))?;
            write_mentions(
                &mut folded,
                d,
                &linker.link_document_folded(title, tf, body, bf),
            )?;
        }
        raw.flush()?;
        folded.flush()?;
    }
    for _ in 0..rounds {
        let t = Instant::now();
        let cpu = cpu_ns();
        let mut mentions = 0usize;
        for ((title, body), (tf, bf)) in docs.iter().zip(&prefolded) {
            mentions += linker
                .link_document_folded(title, tf, body, bf)
                .mentions
                .len();
        }
        let secs = t.elapsed().as_secs_f64();
        eprintln!(
            "tagged {} documents folded beforehand, {} mentions: {:.1} MB/s{}",
            docs.len(),
            mentions,
            bytes as f64 / 1e6 / secs,
            cpu_rate(bytes, cpu)
        );
        let t = Instant::now();
        let cpu = cpu_ns();
        let mut mentions = 0usize;
        for (title, body) in &docs {
            mentions += linker.link_document(title, body).mentions.len();
        }
        let secs = t.elapsed().as_secs_f64();
        eprintln!(
            "tagged {} documents, {:.1} MB, {} mentions: {:.1} MB/s{}",
            docs.len(),
            bytes as f64 / 1e6,
            mentions,
            bytes as f64 / 1e6 / secs,
            cpu_rate(bytes, cpu)
        );
    }
    Ok(())
}
