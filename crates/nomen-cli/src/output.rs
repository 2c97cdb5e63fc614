//! Output helpers shared by the subcommands: JSON printing, broken-pipe handling, and
//! output files written whole or not at all.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

use serde::Serialize;

/// True when `err` (or its cause chain) is a broken pipe: `nomen ... | head` closed
/// our stdout, which is not an error worth reporting.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            // `print_json`'s write errors come wrapped in serde_json's error.
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == Some(io::ErrorKind::BrokenPipe)
    })
}

/// Writes `value` as pretty JSON and a newline to stdout.
pub fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// An output file (`-o PATH`) written whole or not at all. When `PATH` is a regular
/// file or does not exist yet, the bytes go to `PATH.tmp` beside it, renamed over
/// `PATH` by [`OutputFile::commit`]; dropped without a commit, the temporary file is
/// removed and `PATH` is left as it was. Anything else (`/dev/null`, a FIFO, a
/// terminal) is written in place: renaming over it would replace the device itself.
pub struct OutputFile {
    out: BufWriter<File>,
    path: PathBuf,
    tmp: Option<PathBuf>,
}

impl OutputFile {
    /// Opens `path` for writing as described above.
    pub fn create(path: &Path) -> anyhow::Result<Self> {
        let whole = std::fs::metadata(path).map_or(true, |m| m.is_file());
        let tmp = whole.then(|| {
            let mut name = path.file_name().unwrap_or_default().to_os_string();
            name.push(".tmp");
            path.with_file_name(name)
        });
        let target = tmp.as_deref().unwrap_or(path);
        let file =
            File::create(target).with_context(|| format!("cannot create {}", target.display()))?;
        Ok(Self {
            out: BufWriter::new(file),
            path: path.to_path_buf(),
            tmp,
        })
    }

    /// Flushes the bytes and, for a regular file, renames the temporary file over
    /// the path.
    pub fn commit(mut self) -> anyhow::Result<()> {
        self.out
            .flush()
            .with_context(|| format!("cannot write {}", self.path.display()))?;
        if let Some(tmp) = self.tmp.take() {
            std::fs::rename(&tmp, &self.path).with_context(|| {
                let _ = std::fs::remove_file(&tmp);
                format!("cannot write {}", self.path.display())
            })?;
        }
        Ok(())
    }
}

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl Drop for OutputFile {
    fn drop(&mut self) {
        if let Some(tmp) = &self.tmp {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_replaced_whole_and_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        std::fs::write(&path, "old\n").unwrap();
        let mut out = OutputFile::create(&path).unwrap();
        out.write_all(b"new\n").unwrap();
        drop(out);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
        assert!(!dir.path().join("out.jsonl.tmp").exists());
        let mut out = OutputFile::create(&path).unwrap();
        out.write_all(b"new\n").unwrap();
        out.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
        assert!(!dir.path().join("out.jsonl.tmp").exists());
    }

    #[test]
    fn a_device_is_written_in_place_not_replaced() {
        let null = Path::new("/dev/null");
        let before = std::fs::metadata(null).unwrap();
        if before.is_file() {
            // Someone else's bug already replaced it; nothing to check here.
            return;
        }
        let mut out = OutputFile::create(null).unwrap();
        out.write_all(b"proposals\n").unwrap();
        out.commit().unwrap();
        let after = std::fs::metadata(null).unwrap();
        assert!(!after.is_file(), "/dev/null was replaced by a regular file");
    }
}
