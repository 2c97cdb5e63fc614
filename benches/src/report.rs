//! Results as JSON (an envelope naming the machine) and as plain-text tables.

use serde::Serialize;

use crate::engines::{Engine, IndexRun};
use crate::harness::{IndexComparison, Scaling};
use crate::nomen::{ClassLatency, SearchBench};
use crate::stages::Stages;

/// The machine a result came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Machine {
    /// Logical CPUs available to this process.
    pub cpus: usize,
    /// CPU model (`model name` in `/proc/cpuinfo`), when known.
    pub cpu_model: Option<String>,
    /// Total memory in bytes (`MemTotal` in `/proc/meminfo`), when known.
    pub memory_bytes: Option<u64>,
    /// Operating system (`linux`, ...).
    pub os: String,
}

impl Machine {
    /// This machine.
    pub fn current() -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu_model = cpuinfo
            .lines()
            .find(|l| l.starts_with("model name"))
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim().to_string());
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let memory_bytes = meminfo
            .lines()
            .find(|l| l.starts_with("MemTotal:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kib| kib.parse::<u64>().ok())
            .map(|kib| kib * 1024);
        Machine {
            cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
            cpu_model,
            memory_bytes,
            os: std::env::consts::OS.to_string(),
        }
    }
}

/// The JSON file `nomen bench ... --out FILE` writes.
#[derive(Debug, Clone, Serialize)]
pub struct Report<T: Serialize> {
    /// Which benchmark (`index`, `stages`, `search`, `scaling`, `generate`).
    pub benchmark: String,
    /// nomen's version.
    pub nomen_version: String,
    /// `HEAD` of the checkout the command ran in, when known (the binary itself may
    /// have been built from another state: see `build_commit`).
    pub commit: Option<String>,
    /// The commit the binary was built from (`-dirty`: with uncommitted changes), when
    /// known.
    pub build_commit: Option<String>,
    /// The machine.
    pub machine: Machine,
    /// The command line.
    pub command: Vec<String>,
    /// The figures.
    pub results: T,
}

/// `1234567` bytes as `1.2 MB`.
pub fn human_bytes(bytes: u64) -> String {
    let b = bytes as f64;
    if b >= 1e9 {
        format!("{:.2} GB", b / 1e9)
    } else if b >= 1e6 {
        format!("{:.1} MB", b / 1e6)
    } else if b >= 1e3 {
        format!("{:.1} kB", b / 1e3)
    } else {
        format!("{bytes} B")
    }
}

fn opt_f64(value: Option<f64>, decimals: usize) -> String {
    value.map_or_else(|| "n/a".into(), |v| format!("{v:.decimals$}"))
}

fn opt_bytes(bytes: Option<u64>) -> String {
    bytes.map_or_else(|| "n/a".into(), |b| format!("{} MiB", b >> 20))
}

/// A table with a header row, columns padded to their widest cell.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.chars().count());
            if i > 0 {
                out.push_str("  ");
            }
            if i == 0 {
                out.push_str(cell);
                out.push_str(&" ".repeat(pad));
            } else {
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            }
        }
        out.trim_end().to_string() + "\n"
    };
    let mut out = line(header.to_vec());
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    out.push_str(&line(rule.iter().map(String::as_str).collect()));
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

fn run_row(label: &str, r: &IndexRun) -> Vec<String> {
    vec![
        label.to_string(),
        r.threads.to_string(),
        human_bytes(r.bytes),
        r.docs.to_string(),
        format!("{:.2}", r.seconds),
        opt_f64(r.cpu_seconds, 2),
        opt_f64(r.cpu_seconds.map(|cpu| cpu / r.seconds.max(1e-9)), 2),
        format!("{:.0}", r.docs_per_s),
        format!("{:.1}", r.mb_per_s),
        opt_bytes(r.peak_rss_bytes),
        format!("{} MiB", r.peak_anon_bytes >> 20),
        human_bytes(r.index_bytes),
    ]
}

const RUN_HEADER: [&str; 12] = [
    "run",
    "threads",
    "corpus",
    "docs",
    "seconds",
    "CPU s",
    "cores busy",
    "docs/s",
    "MB/s",
    "peak RSS",
    "peak anon",
    "index",
];

/// The indexing comparison as a table.
pub fn index_table(c: &IndexComparison) -> String {
    let mut rows: Vec<Vec<String>> = c
        .runs
        .iter()
        .map(|r| run_row(r.engine.as_str(), r))
        .collect();
    for s in [&c.nomen, &c.tantivy]
        .into_iter()
        .chain(c.parts.iter().map(|p| &p.summary))
    {
        rows.push(vec![
            format!("{} (median)", s.engine.as_str()),
            c.threads.to_string(),
            human_bytes(s.bytes),
            s.docs.to_string(),
            format!("{:.2}", s.seconds),
            opt_f64(s.cpu_seconds, 2),
            opt_f64(s.cores_busy, 2),
            format!("{:.0}", s.docs_per_s),
            format!("{:.1}", s.mb_per_s),
            opt_bytes(s.peak_rss_bytes),
            format!("{} MiB", s.peak_anon_bytes >> 20),
            human_bytes(s.index_bytes),
        ]);
    }
    let mut out = table(&RUN_HEADER, &rows);
    out.push_str(&format!(
        "nomen / tantivy MB/s: {:.2} (median of {} paired rounds; budget {} MiB)\n",
        c.ratio_mb_per_s,
        c.nomen.runs.min(c.tantivy.runs),
        c.memory_mb
    ));
    if let Some(m) = c
        .runs
        .iter()
        .filter(|r| r.engine == Engine::Nomen)
        .find_map(|r| r.mentions)
    {
        out.push_str(&format!("nomen linked {m} mentions\n"));
    }
    if !c.parts.is_empty() {
        let rows: Vec<Vec<String>> = c
            .parts
            .iter()
            .map(|p| {
                vec![
                    p.engine.as_str().to_string(),
                    format!("{:.2}", p.summary.seconds),
                    format!("{:.0} %", p.share_of_nomen * 100.0),
                    opt_f64(p.summary.cpu_seconds, 2),
                    opt_f64(p.cpu_share_of_nomen.map(|share| share * 100.0), 0),
                    format!("{:.2}", p.ratio_mb_per_s),
                ]
            })
            .collect();
        out.push_str("\nwhat the parts of nomen's pipeline cost (medians of the same rounds):\n");
        out.push_str(&table(
            &[
                "pipeline",
                "seconds",
                "time saved",
                "CPU s",
                "CPU saved %",
                "MB/s ÷ tantivy",
            ],
            &rows,
        ));
    }
    out
}

/// The stage costs as a table.
pub fn stages_table(s: &Stages) -> String {
    let rows: Vec<Vec<String>> = s
        .stages
        .iter()
        .map(|st| {
            vec![
                st.stage.clone(),
                human_bytes(st.bytes),
                format!("{:.2}", st.seconds),
                format!("{:.1}", st.mb_per_s),
                format!("{} {}", st.output, st.output_unit),
            ]
        })
        .collect();
    let mut out = table(
        &["stage (1 core)", "input", "seconds", "MB/s", "output"],
        &rows,
    );
    out.push_str(&format!(
        "{} documents; gazetteer of {} entities\n",
        s.docs, s.gazetteer_entities
    ));
    out
}

fn latency_row(c: &ClassLatency) -> Vec<String> {
    vec![
        c.class.clone(),
        c.latency.queries.to_string(),
        format!("{:.2}", c.latency.p50_ms),
        format!("{:.2}", c.latency.p95_ms),
        format!("{:.2}", c.latency.p99_ms),
        format!("{:.2}", c.latency.max_ms),
        format!("{:.0}", c.mean_total_hits),
        c.empty_queries.to_string(),
    ]
}

/// Search latency as a table (with the baseline's text class when measured).
pub fn search_table(s: &SearchBench, baseline: Option<&ClassLatency>) -> String {
    let mut rows: Vec<Vec<String>> = s.classes.iter().map(latency_row).collect();
    if let Some(b) = baseline {
        rows.push(latency_row(b));
    }
    let mut out = table(
        &[
            "class",
            "timed",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "max ms",
            "mean hits",
            "empty",
        ],
        &rows,
    );
    out.push_str(&format!(
        "{} documents; open + first query: {:.1} ms (first), {:.1} ms (median of 5 more)\n",
        s.docs, s.open_first_query_ms, s.open_first_query_warm_ms
    ));
    out
}

/// The scaling runs as a table.
pub fn scaling_table(s: &Scaling) -> String {
    let rows: Vec<Vec<String>> = s
        .points
        .iter()
        .map(|p| run_row(&format!("{} {}", p.axis, p.run.engine.as_str()), &p.run))
        .collect();
    let mut out = table(&RUN_HEADER, &rows);
    out.push_str(&format!(
        "thread speed-up (max threads / 1): nomen {:.2}x, tantivy {:.2}x\n",
        s.nomen_thread_speedup, s.tantivy_thread_speedup
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align() {
        let t = table(
            &["a", "bb"],
            &[
                vec!["xxx".into(), "1".into()],
                vec!["y".into(), "22".into()],
            ],
        );
        assert_eq!(t, "a    bb\n---  --\nxxx   1\ny    22\n");
    }

    #[test]
    fn bytes_read_humanly() {
        assert_eq!(human_bytes(999), "999 B");
        assert_eq!(human_bytes(1_500_000), "1.5 MB");
        assert_eq!(human_bytes(2_340_000_000), "2.34 GB");
    }

    #[test]
    fn report_json_shape() {
        let r = Report {
            benchmark: "stages".into(),
            nomen_version: "0.1.0".into(),
            commit: None,
            build_commit: Some("abc1234".into()),
            machine: Machine::current(),
            command: vec!["nomen".into()],
            results: Stages {
                docs: 1,
                gazetteer_entities: 2,
                stages: vec![],
            },
        };
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["benchmark"], "stages");
        assert_eq!(v["build_commit"], "abc1234");
        assert!(v["machine"]["cpus"].as_u64().unwrap() >= 1);
        assert_eq!(v["results"]["gazetteer_entities"], 2);
    }
}
