//! `nomen bench load`: a bounded, closed-loop HTTP load on a `nomen serve` running on
//! this machine, reported per query class.
//!
//! N connections (one thread and one keep-alive connection each) send GET requests
//! drawn at random from a file of `CLASS<TAB>PATH` lines for a fixed time, each
//! waiting for its answer before the next (as wrk does). For each class it reports
//! requests, errors (no answer, a timeout, a status other than 2xx) and the latency
//! percentiles seen by the client, and beside them the server's own time from the
//! `Server-Timing` header `nomen serve` sends (`wait`: queued for a worker, `work`:
//! searching), which tells a slow search from a long queue. Only loopback addresses
//! are accepted: it is a test of a server of one's own, never of another machine.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use clap::Args as ClapArgs;
use serde::Serialize;

/// Arguments of `nomen bench load`.
#[derive(Debug, ClapArgs)]
pub struct LoadArgs {
    /// The server, e.g. http://127.0.0.1:7700 (loopback only).
    url: String,
    /// The requests: one `CLASS<TAB>PATH` a line (e.g. `entity<TAB>/api/search?entity_id=x`).
    #[arg(long, value_name = "FILE")]
    paths: PathBuf,
    /// Connections open at once, each sending one request after the other.
    #[arg(long, default_value_t = 50)]
    connections: usize,
    /// How long to send, in seconds.
    #[arg(long, default_value_t = 30.0)]
    seconds: f64,
    /// A request not answered within this many seconds counts as an error.
    #[arg(long, default_value_t = 10.0)]
    timeout: f64,
    /// Seed of the random draw of the requests.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Also write the figures as JSON to this file.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// What one request gave.
struct Sample {
    class: usize,
    /// Microseconds from sending to the whole answer read.
    micros: u64,
    /// `None`: no answer (connection error or timeout).
    status: Option<u16>,
    /// The server's `wait` and `work` durations, microseconds.
    wait: Option<u64>,
    work: Option<u64>,
}

/// Percentiles of a set of durations, in milliseconds.
#[derive(Debug, Serialize)]
struct Percentiles {
    p50: f64,
    p90: f64,
    p99: f64,
    max: f64,
}

impl Percentiles {
    fn of(mut micros: Vec<u64>) -> Option<Percentiles> {
        if micros.is_empty() {
            return None;
        }
        micros.sort_unstable();
        let at = |q: f64| {
            let rank = ((q * micros.len() as f64).ceil() as usize).clamp(1, micros.len());
            micros[rank - 1] as f64 / 1000.0
        };
        Some(Percentiles {
            p50: at(0.50),
            p90: at(0.90),
            p99: at(0.99),
            max: at(1.0),
        })
    }
}

/// The figures of one class (or of all).
#[derive(Debug, Serialize)]
struct ClassReport {
    class: String,
    requests: usize,
    errors: usize,
    /// Errors by kind: `status 503`, `no answer: ...`.
    error_kinds: BTreeMap<String, usize>,
    requests_per_second: f64,
    latency_ms: Option<Percentiles>,
    server_wait_ms: Option<Percentiles>,
    server_work_ms: Option<Percentiles>,
}

#[derive(Debug, Serialize)]
struct Report {
    url: String,
    connections: usize,
    seconds: f64,
    classes: Vec<ClassReport>,
}

/// A small deterministic generator (splitmix64): which request comes next.
struct Draw(u64);

impl Draw {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z % n as u64) as usize
    }
}

/// `dur=` of entry `name` of a `Server-Timing` header, in microseconds.
fn server_timing(header: &str, name: &str) -> Option<u64> {
    header.split(',').find_map(|entry| {
        let mut parts = entry.split(';').map(str::trim);
        if parts.next()? != name {
            return None;
        }
        parts
            .find_map(|p| p.strip_prefix("dur=")?.parse::<f64>().ok())
            .map(|ms| (ms * 1000.0).round() as u64)
    })
}

/// Runs `nomen bench load`.
pub fn run(a: LoadArgs) -> anyhow::Result<ExitCode> {
    let base = a.url.trim_end_matches('/').to_string();
    let host = base
        .strip_prefix("http://")
        .context("the URL must start with http://")?
        .split('/')
        .next()
        .unwrap_or_default();
    let host_only = match host.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    let loopback = host_only == "localhost"
        || host_only
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    if !loopback {
        bail!("{}: a load test sends requests to this machine's loopback addresses only (127.0.0.1, [::1], localhost)", a.url);
    }
    if !(a.seconds > 0.0 && a.seconds <= 600.0) {
        bail!(
            "--seconds {}: give a number above 0 and at most 600",
            a.seconds
        );
    }
    if a.connections == 0 || a.connections > 1000 {
        bail!("--connections {}: give 1 to 1000", a.connections);
    }
    let text = std::fs::read_to_string(&a.paths)
        .with_context(|| format!("{}: cannot read", a.paths.display()))?;
    let mut classes: Vec<String> = Vec::new();
    let mut requests: Vec<(usize, String)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Some((class, path)) = line.split_once('\t') else {
            bail!(
                "{}:{}: expected CLASS<TAB>PATH, found {line:?}",
                a.paths.display(),
                n + 1
            );
        };
        if !path.starts_with('/') {
            bail!(
                "{}:{}: the path must start with /",
                a.paths.display(),
                n + 1
            );
        }
        let c = match classes.iter().position(|c| c == class) {
            Some(c) => c,
            None => {
                classes.push(class.to_string());
                classes.len() - 1
            }
        };
        requests.push((c, format!("{base}{path}")));
    }
    if requests.is_empty() {
        bail!("{}: no requests", a.paths.display());
    }
    let requests = Arc::new(requests);
    let stop = Arc::new(AtomicBool::new(false));
    let timeout = Duration::from_secs_f64(a.timeout.max(0.001));
    let started = Instant::now();
    let end = started + Duration::from_secs_f64(a.seconds);
    let mut threads = Vec::new();
    for t in 0..a.connections {
        let requests = Arc::clone(&requests);
        let stop = Arc::clone(&stop);
        let seed = a.seed.wrapping_mul(1_000_003).wrapping_add(t as u64);
        threads.push(std::thread::spawn(move || {
            let agent: ureq::Agent = ureq::Agent::config_builder()
                .http_status_as_error(false)
                .timeout_global(Some(timeout))
                .max_idle_connections_per_host(1)
                .build()
                .into();
            let mut draw = Draw(seed);
            let mut samples = Vec::new();
            let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
            while Instant::now() < end && !stop.load(Ordering::Relaxed) {
                let (class, url) = &requests[draw.below(requests.len())];
                let sent = Instant::now();
                let (status, wait, work) = match agent.get(url).call() {
                    Ok(mut resp) => {
                        let timing = resp
                            .headers()
                            .get("server-timing")
                            .and_then(|v| v.to_str().ok())
                            .map(str::to_string);
                        // The whole answer, as a client reads it.
                        let read = resp.body_mut().read_to_vec();
                        let status = resp.status().as_u16();
                        match read {
                            Ok(_) => (
                                Some(status),
                                timing.as_deref().and_then(|h| server_timing(h, "wait")),
                                timing.as_deref().and_then(|h| server_timing(h, "work")),
                            ),
                            Err(e) => {
                                *kinds.entry(format!("no answer: {e}")).or_default() += 1;
                                (None, None, None)
                            }
                        }
                    }
                    Err(e) => {
                        *kinds.entry(format!("no answer: {e}")).or_default() += 1;
                        (None, None, None)
                    }
                };
                samples.push(Sample {
                    class: *class,
                    micros: sent.elapsed().as_micros() as u64,
                    status,
                    wait,
                    work,
                });
            }
            (samples, kinds)
        }));
    }
    let mut samples = Vec::new();
    let mut no_answer: BTreeMap<String, usize> = BTreeMap::new();
    for t in threads {
        let (s, k) = t
            .join()
            .map_err(|_| anyhow::anyhow!("a load thread failed"))?;
        samples.extend(s);
        for (kind, n) in k {
            *no_answer.entry(kind).or_default() += n;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let class_report = |name: String, picked: &[&Sample]| {
        let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
        for s in picked {
            match s.status {
                Some(200..=299) => {}
                Some(code) => *kinds.entry(format!("status {code}")).or_default() += 1,
                None => *kinds.entry("no answer".into()).or_default() += 1,
            }
        }
        ClassReport {
            class: name,
            requests: picked.len(),
            errors: kinds.values().sum(),
            error_kinds: kinds,
            requests_per_second: picked.len() as f64 / elapsed,
            latency_ms: Percentiles::of(picked.iter().map(|s| s.micros).collect()),
            server_wait_ms: Percentiles::of(picked.iter().filter_map(|s| s.wait).collect()),
            server_work_ms: Percentiles::of(picked.iter().filter_map(|s| s.work).collect()),
        }
    };
    let mut reports = Vec::new();
    for (c, name) in classes.iter().enumerate() {
        let picked: Vec<&Sample> = samples.iter().filter(|s| s.class == c).collect();
        reports.push(class_report(name.clone(), &picked));
    }
    let all: Vec<&Sample> = samples.iter().collect();
    reports.push(class_report("all".into(), &all));
    println!(
        "nomen bench load: {base}, {} connections, {elapsed:.1} s",
        a.connections
    );
    println!(
        "{:<10} {:>9} {:>7} {:>8} {:>9} {:>9} {:>9} {:>9} {:>11} {:>11}",
        "class",
        "requests",
        "errors",
        "req/s",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "max ms",
        "work p50",
        "work p99"
    );
    for r in &reports {
        let l = r.latency_ms.as_ref();
        let w = r.server_work_ms.as_ref();
        let f = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |v| format!("{v:.1}"));
        println!(
            "{:<10} {:>9} {:>7} {:>8.0} {:>9} {:>9} {:>9} {:>9} {:>11} {:>11}",
            r.class,
            r.requests,
            r.errors,
            r.requests_per_second,
            f(l.map(|p| p.p50)),
            f(l.map(|p| p.p90)),
            f(l.map(|p| p.p99)),
            f(l.map(|p| p.max)),
            f(w.map(|p| p.p50)),
            f(w.map(|p| p.p99)),
        );
    }
    if let Some(all) = reports.last() {
        if let Some(wait) = &all.server_wait_ms {
            println!(
                "server wait for a worker (all): p50 {:.1} ms, p99 {:.1} ms",
                wait.p50, wait.p99
            );
        }
        for (kind, n) in &all.error_kinds {
            println!("errors: {n} x {kind}");
        }
    }
    for (kind, n) in &no_answer {
        println!("no answer: {n} x {kind}");
    }
    if let Some(out) = &a.out {
        let report = Report {
            url: base.clone(),
            connections: a.connections,
            seconds: elapsed,
            classes: reports,
        };
        std::fs::write(out, serde_json::to_vec_pretty(&report)?)
            .with_context(|| format!("{}: cannot write", out.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_timing_entries_are_read_in_microseconds() {
        let h = "wait;dur=0.25, work;desc=\"search\";dur=12.5, total;dur=13";
        assert_eq!(server_timing(h, "wait"), Some(250));
        assert_eq!(server_timing(h, "work"), Some(12_500));
        assert_eq!(server_timing(h, "total"), Some(13_000));
        assert_eq!(server_timing(h, "other"), None);
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let p = Percentiles::of((1..=100).map(|ms| ms * 1000).collect()).unwrap();
        assert_eq!((p.p50, p.p90, p.p99, p.max), (50.0, 90.0, 99.0, 100.0));
        assert!(Percentiles::of(Vec::new()).is_none());
    }
}
