//! Input discovery and reading: files, directories (walked recursively, sorted),
//! gzip (detected by its magic bytes, whatever the name), and standard input.

use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::error::{Error, Origin};
use crate::meta::FileStamp;

/// One input as named by the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// JSON Lines on standard input (`-`).
    Stdin,
    /// A file or a directory.
    Path(PathBuf),
}

impl Input {
    /// `-` is standard input, anything else a path.
    pub fn parse(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// How a file's records are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// One JSON article a line.
    JsonLines,
    /// One article per file, first line the title.
    Text,
}

/// One file to read.
#[derive(Debug, Clone)]
pub(crate) struct InputFile {
    pub origin: Origin,
    pub format: Format,
    /// Size on disk (None for stdin).
    pub size: Option<u64>,
    /// Identity for resuming (None for stdin).
    pub stamp: Option<FileStamp>,
}

/// The format a file name says, after an optional `.gz`.
fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.')?.1;
    match ext {
        "jsonl" | "ndjson" | "json" => Some(Format::JsonLines),
        "txt" => Some(Format::Text),
        _ => None,
    }
}

/// Expands the user's inputs into the files to read, in order.
pub(crate) fn expand(inputs: &[Input]) -> Result<Vec<InputFile>, Error> {
    let mut files = Vec::new();
    for input in inputs {
        match input {
            Input::Stdin => files.push(InputFile {
                origin: Origin::Stdin,
                format: Format::JsonLines,
                size: None,
                stamp: None,
            }),
            Input::Path(path) => {
                let md = fs::metadata(path).map_err(|e| Error::Input {
                    path: path.clone(),
                    reason: format!("cannot read: {e}"),
                })?;
                if md.is_dir() {
                    walk(path, &mut files)?;
                } else {
                    let format = format_of(path).ok_or_else(|| Error::Input {
                        path: path.clone(),
                        reason: "unsupported input (expected .jsonl, .ndjson, .json, .txt, \
                                 one of those with .gz, a directory, or -)"
                            .into(),
                    })?;
                    files.push(file(path, format)?);
                }
            }
        }
    }
    Ok(files)
}

fn file(path: &Path, format: Format) -> Result<InputFile, Error> {
    let stamp = FileStamp::of(path).map_err(|e| Error::io(path, e))?;
    Ok(InputFile {
        origin: Origin::File(path.to_path_buf()),
        format,
        size: Some(stamp.size),
        stamp: Some(stamp),
    })
}

/// Walks `dir` recursively in sorted order, keeping supported files; hidden entries,
/// symbolic links to directories and nomen index directories are skipped.
fn walk(dir: &Path, out: &mut Vec<InputFile>) -> Result<(), Error> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|e| Error::io(dir, e))?;
    entries.sort();
    for path in entries {
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'))
        {
            continue;
        }
        let md = fs::symlink_metadata(&path).map_err(|e| Error::io(&path, e))?;
        if md.is_dir() {
            // A nomen index (say ./nomen-index under `nomen index .`) holds JSON
            // files that are not articles.
            if !path.join(crate::meta::META_FILE).exists() {
                walk(&path, out)?;
            }
        } else if let Some(format) = format_of(&path) {
            if fs::metadata(&path).is_ok_and(|m| m.is_file()) {
                out.push(file(&path, format)?);
            }
        }
    }
    Ok(())
}

/// Counts the bytes read from the underlying file (compressed bytes for gzip).
struct Counting<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Opens `file` for reading its (decompressed) bytes; bytes read from disk are added
/// to `counter`.
pub(crate) fn open(file: &InputFile, counter: Arc<AtomicU64>) -> io::Result<Box<dyn BufRead>> {
    let raw: Box<dyn Read> = match &file.origin {
        Origin::Stdin => Box::new(io::stdin()),
        Origin::File(path) => Box::new(fs::File::open(path)?),
    };
    let mut reader = BufReader::with_capacity(
        256 * 1024,
        Counting {
            inner: raw,
            counter,
        },
    );
    let head = reader.fill_buf()?;
    if head.len() >= 2 && head[0] == 0x1f && head[1] == 0x8b {
        Ok(Box::new(BufReader::with_capacity(
            256 * 1024,
            flate2::bufread::MultiGzDecoder::new(reader),
        )))
    } else {
        Ok(Box::new(reader))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_names() {
        assert_eq!(format_of(Path::new("a.jsonl")), Some(Format::JsonLines));
        assert_eq!(format_of(Path::new("a.NDJSON.gz")), Some(Format::JsonLines));
        assert_eq!(format_of(Path::new("dir/a.txt.gz")), Some(Format::Text));
        assert_eq!(format_of(Path::new("a.md")), None);
        assert_eq!(format_of(Path::new("gz")), None);
    }

    #[test]
    fn walks_sorted_and_filters() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        for name in [
            "b.txt",
            "a.jsonl",
            "sub/c.ndjson.gz",
            "notes.md",
            ".hidden.txt",
        ] {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        let files = expand(&[Input::Path(dir.path().to_path_buf())]).unwrap();
        let names: Vec<String> = files
            .iter()
            .map(|f| match &f.origin {
                Origin::File(p) => p.strip_prefix(dir.path()).unwrap().display().to_string(),
                Origin::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(names, ["a.jsonl", "b.txt", "sub/c.ndjson.gz"]);
        let err = expand(&[Input::Path(dir.path().join("notes.md"))]).unwrap_err();
        assert!(err.to_string().contains("unsupported input"), "{err}");
        let err = expand(&[Input::Path(dir.path().join("missing.jsonl"))]).unwrap_err();
        assert!(err.to_string().contains("missing.jsonl"), "{err}");
    }

    #[test]
    fn reads_gzip_by_magic() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.jsonl");
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"line one\nline two\n").unwrap();
        fs::write(&path, enc.finish().unwrap()).unwrap();
        let files = expand(&[Input::Path(path)]).unwrap();
        let counter = Arc::new(AtomicU64::new(0));
        let mut text = String::new();
        open(&files[0], counter.clone())
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "line one\nline two\n");
        assert_eq!(counter.load(Ordering::Relaxed), files[0].size.unwrap());
    }
}
