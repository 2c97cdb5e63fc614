//! Measuring tools: peak resident memory, CPU time, directory sizes, latency percentiles, medians.

use std::fs;
use std::io;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// This process's peak resident set size in bytes (`VmHWM` in `/proc/self/status`),
/// or `None` where that file does not exist (not Linux) or lacks the field.
pub fn peak_rss_bytes() -> Option<u64> {
    status_kib("VmHWM:").map(|kib| kib * 1024)
}

/// This process's current resident set size in bytes (`VmRSS`), like
/// [`peak_rss_bytes`].
pub fn rss_bytes() -> Option<u64> {
    status_kib("VmRSS:").map(|kib| kib * 1024)
}

/// CPU time this process has used so far, user plus system, all threads, in
/// seconds (`utime` + `stime` of `/proc/self/stat`, in the kernel's user-visible
/// ticks of 1/100 s); `None` where that file does not exist (not Linux).
pub fn cpu_seconds() -> Option<f64> {
    parse_stat_cpu(&fs::read_to_string("/proc/self/stat").ok()?)
}

/// `utime` + `stime` (fields 14 and 15) of a `/proc/PID/stat` line, in seconds. The
/// command name (field 2) is in parentheses and may hold spaces: fields are counted
/// after its closing parenthesis.
fn parse_stat_cpu(stat: &str) -> Option<f64> {
    /// `USER_HZ`: /proc reports times in these ticks on every Linux architecture.
    const TICKS_PER_SECOND: f64 = 100.0;
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace().skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some((utime + stime) as f64 / TICKS_PER_SECOND)
}

fn status_kib(key: &str) -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    parse_status_kib(&status, key)
}

fn parse_status_kib(status: &str, key: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with(key))?;
    line[key.len()..].split_whitespace().next()?.parse().ok()
}

/// Peak anonymous and file-backed resident memory, sampled (the kernel keeps a peak
/// only of the total, `VmHWM`, which includes the index files tantivy maps).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SampledPeaks {
    /// Largest `RssAnon` seen: heap and stacks, what the process itself allocated.
    pub anon_bytes: u64,
    /// Largest `RssFile` seen: mapped files (the binary, tantivy's mmapped segments).
    pub file_bytes: u64,
}

/// Samples `RssAnon` and `RssFile` of this process on a background thread until
/// [`MemorySampler::finish`].
#[derive(Debug)]
pub struct MemorySampler {
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<SampledPeaks>>,
}

impl MemorySampler {
    /// Starts sampling every `interval`.
    pub fn start(interval: Duration) -> MemorySampler {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let handle = std::thread::Builder::new()
            .name("bench-rss-sampler".into())
            .spawn(move || {
                let mut peaks = SampledPeaks::default();
                loop {
                    if let Ok(status) = fs::read_to_string("/proc/self/status") {
                        let anon = parse_status_kib(&status, "RssAnon:").unwrap_or(0) * 1024;
                        let file = parse_status_kib(&status, "RssFile:").unwrap_or(0) * 1024;
                        peaks.anon_bytes = peaks.anon_bytes.max(anon);
                        peaks.file_bytes = peaks.file_bytes.max(file);
                    }
                    if flag.load(Ordering::Relaxed) {
                        return peaks;
                    }
                    std::thread::sleep(interval);
                }
            })
            .ok();
        MemorySampler { stop, handle }
    }

    /// Stops sampling and returns the peaks (all zero where `/proc` is missing or the
    /// thread could not start).
    pub fn finish(mut self) -> SampledPeaks {
        self.stop.store(true, Ordering::Relaxed);
        self.handle
            .take()
            .and_then(|h| h.join().ok())
            .unwrap_or_default()
    }
}

/// Total size in bytes of the regular files under `path` (recursively).
///
/// # Errors
/// The first directory or metadata read that fails.
pub fn dir_size(path: &Path) -> io::Result<u64> {
    let mut total = 0;
    for entry in fs::read_dir(path)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        if meta.is_dir() {
            total += dir_size(&entry.path())?;
        } else {
            total += meta.len();
        }
    }
    Ok(total)
}

/// Latency figures of one query class, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Latency {
    /// Number of timed queries.
    pub queries: usize,
    /// Median.
    pub p50_ms: f64,
    /// 95th percentile.
    pub p95_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// Slowest.
    pub max_ms: f64,
    /// Mean.
    pub mean_ms: f64,
}

impl Latency {
    /// The percentiles of `samples_ms` (nearest-rank); all zero when empty.
    pub fn of(samples_ms: &[f64]) -> Latency {
        let mut s = samples_ms.to_vec();
        s.sort_by(f64::total_cmp);
        let rank = |p: f64| -> f64 {
            if s.is_empty() {
                return 0.0;
            }
            let i = ((p / 100.0) * s.len() as f64).ceil() as usize;
            s[i.clamp(1, s.len()) - 1]
        };
        Latency {
            queries: s.len(),
            p50_ms: rank(50.0),
            p95_ms: rank(95.0),
            p99_ms: rank(99.0),
            max_ms: s.last().copied().unwrap_or(0.0),
            mean_ms: if s.is_empty() {
                0.0
            } else {
                s.iter().sum::<f64>() / s.len() as f64
            },
        }
    }
}

/// The median of `values` (the mean of the middle two for an even count); 0 when empty.
pub fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => 0.0,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// Megabytes (10^6 bytes) per second.
pub fn mb_per_s(bytes: u64, seconds: f64) -> f64 {
    if seconds <= 0.0 {
        0.0
    } else {
        bytes as f64 / 1e6 / seconds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_nearest_rank() {
        let samples: Vec<f64> = (1..=100).map(f64::from).collect();
        let l = Latency::of(&samples);
        assert_eq!(
            (l.p50_ms, l.p95_ms, l.p99_ms, l.max_ms),
            (50.0, 95.0, 99.0, 100.0)
        );
        assert_eq!(l.queries, 100);
        assert_eq!(Latency::of(&[]).p99_ms, 0.0);
        assert_eq!(Latency::of(&[3.0]).p50_ms, 3.0);
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(median(&[]), 0.0);
    }

    #[test]
    fn stat_cpu() {
        let stat = "4242 (nomen (x) y) R 1 2 3 4 5 6 7 8 9 10 250 37 0 0 20 0 3 0 100";
        assert_eq!(parse_stat_cpu(stat), Some(2.87));
        assert_eq!(parse_stat_cpu("4242 (nomen) R 1 2"), None);
        assert_eq!(parse_stat_cpu("no parenthesis"), None);
        if cfg!(target_os = "linux") {
            assert!(cpu_seconds().is_some());
        }
    }

    #[test]
    fn status_lines() {
        let status = "Name:\tnomen\nVmHWM:\t  123456 kB\nVmRSS:\t 1000 kB\n";
        assert_eq!(parse_status_kib(status, "VmHWM:"), Some(123_456));
        assert_eq!(parse_status_kib(status, "VmRSS:"), Some(1000));
        assert_eq!(parse_status_kib(status, "VmPeak:"), None);
        if cfg!(target_os = "linux") {
            assert!(peak_rss_bytes().is_some_and(|b| b > 0));
            let sampler = MemorySampler::start(Duration::from_millis(1));
            let block = vec![1u8; 8 << 20];
            std::thread::sleep(Duration::from_millis(20));
            let peaks = sampler.finish();
            assert!(peaks.anon_bytes >= 8 << 20, "{peaks:?}");
            drop(block);
        }
    }

    #[test]
    fn dir_sizes_add_up() {
        let dir = std::env::temp_dir().join(format!("nomen-bench-size-{}", std::process::id()));
        fs::create_dir_all(dir.join("sub")).unwrap();
        fs::write(dir.join("a"), [0u8; 10]).unwrap();
        fs::write(dir.join("sub/b"), [0u8; 5]).unwrap();
        assert_eq!(dir_size(&dir).unwrap(), 15);
        fs::remove_dir_all(&dir).unwrap();
    }
}
