//! Input discovery and reading: files, directories (walked recursively, sorted),
//! gzip (detected by its magic bytes, whatever the name), and standard input.
//!
//! Reading is bounded: a line or a `.txt` file longer than the record limit is
//! streamed through (or cut), never held whole in memory.

use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::error::{Error, Origin, RecordError};
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

/// The files to read, and the entries of walked directories that cannot be read.
#[derive(Debug, Default)]
pub(crate) struct Expanded {
    /// The files to read, in order.
    pub files: Vec<InputFile>,
    /// Entries found in a directory that cannot be read (a dangling symbolic link, a
    /// FIFO, an unreadable subdirectory): reported and skipped, the rest is read.
    pub unreadable: Vec<RecordError>,
}

/// Expands the user's inputs into the files to read, in order. An input the user
/// named that cannot be read is an error; an unreadable entry inside a directory is
/// reported in [`Expanded::unreadable`].
pub(crate) fn expand(inputs: &[Input]) -> Result<Expanded, Error> {
    let mut out = Expanded::default();
    for input in inputs {
        match input {
            Input::Stdin => out.files.push(InputFile {
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
                    let entries = fs::read_dir(path).map_err(|e| Error::Input {
                        path: path.clone(),
                        reason: format!("cannot read directory: {e}"),
                    })?;
                    walk(entries, path, &mut out)?;
                } else {
                    let format = format_of(path).ok_or_else(|| Error::Input {
                        path: path.clone(),
                        reason: "unsupported input (expected .jsonl, .ndjson, .json, .txt, \
                                 one of those with .gz, a directory, or -)"
                            .into(),
                    })?;
                    out.files.push(file(path, format)?);
                }
            }
        }
    }
    Ok(out)
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

/// Walks a directory recursively in sorted order, keeping supported files; hidden
/// entries, symbolic links to directories and nomen index directories are skipped.
/// Entries that cannot be read are reported in `out.unreadable`.
fn walk(entries: fs::ReadDir, dir: &Path, out: &mut Expanded) -> Result<(), Error> {
    let unreadable = |path: &Path, reason: String| RecordError {
        origin: Origin::File(path.to_path_buf()),
        line: 0,
        field: None,
        reason,
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(e) => out.unreadable.push(unreadable(
                dir,
                format!("cannot list every entry of the directory: {e}"),
            )),
        }
    }
    paths.sort();
    for path in paths {
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'))
        {
            continue;
        }
        let md = match fs::symlink_metadata(&path) {
            Ok(md) => md,
            Err(e) => {
                out.unreadable
                    .push(unreadable(&path, format!("cannot read: {e}")));
                continue;
            }
        };
        if md.is_dir() {
            // A nomen index (say ./nomen-index under `nomen index .`) holds JSON
            // files that are not articles.
            if path.join(crate::meta::META_FILE).exists() {
                continue;
            }
            match fs::read_dir(&path) {
                Ok(entries) => walk(entries, &path, out)?,
                Err(e) => out
                    .unreadable
                    .push(unreadable(&path, format!("cannot read directory: {e}"))),
            }
        } else if let Some(format) = format_of(&path) {
            match fs::metadata(&path) {
                Ok(m) if m.is_file() => match file(&path, format) {
                    Ok(file) => out.files.push(file),
                    Err(e) => out.unreadable.push(unreadable(&path, format!("{e}"))),
                },
                // A symbolic link to a directory.
                Ok(m) if m.is_dir() => {}
                Ok(_) => out.unreadable.push(unreadable(
                    &path,
                    "not a regular file (a FIFO, socket or device; name it \
                     on the command line to read it)"
                        .into(),
                )),
                // A dangling symbolic link, a loop of links.
                Err(e) => out
                    .unreadable
                    .push(unreadable(&path, format!("cannot read: {e}"))),
            }
        }
    }
    Ok(())
}

/// What [`read_line_bounded`] read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineRead {
    /// The input has ended: nothing was read.
    Eof,
    /// A line, appended to the buffer (with its line end, if it has one).
    Line,
    /// A line longer than the limit: read through and dropped (nothing appended).
    TooLong {
        /// Its length in bytes, without the `\n`.
        bytes: u64,
    },
}
/// The index of the first `needle` in `hay`, read eight bytes at a time: the reader
/// looks for the end of every line of the input this way (a byte at a time, that
/// cost about five instructions per byte of input).
fn find_byte(hay: &[u8], needle: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let pattern = ONES * u64::from(needle);
    let mut chunks = hay.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])) ^ pattern;
        // Nonzero iff a byte of `x` is zero; a borrow only starts at such a byte, so
        // the lowest bit set marks the first one.
        let found = x.wrapping_sub(ONES) & !x & HIGHS;
        if found != 0 {
            return Some(offset + (found.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == needle)
        .map(|i| offset + i)
}

/// Reads one line (through its `\n`, or to the end of the input) and appends it to
/// `buf`, unless it is longer than `max` bytes: then it is read through and dropped,
/// so memory never holds more than `max` bytes of it. On an error, `buf` may hold
/// part of the line: the caller truncates it.
pub fn read_line_bounded(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<LineRead> {
    let start = buf.len();
    // Bytes of the line read so far, with its `\n` once found.
    let mut total = 0u64;
    let mut too_long = false;
    let mut newline = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let end = find_byte(available, b'\n');
        newline = end.is_some();
        let chunk = match end {
            Some(i) => &available[..=i],
            None => available,
        };
        total += chunk.len() as u64;
        let content = total - u64::from(newline);
        if !too_long && content > max as u64 {
            too_long = true;
            buf.truncate(start);
        }
        if !too_long {
            buf.extend_from_slice(chunk);
        }
        let n = chunk.len();
        reader.consume(n);
        if newline {
            break;
        }
    }
    Ok(if total == 0 {
        LineRead::Eof
    } else if too_long {
        LineRead::TooLong {
            bytes: total - u64::from(newline),
        }
    } else {
        LineRead::Line
    })
}

/// Reads a whole `.txt` article, but at most `max` bytes of it (cut at a UTF-8
/// character boundary when the text is UTF-8 up to the cut). Returns the bytes and
/// whether the file was longer.
pub fn read_text_bounded(reader: &mut dyn BufRead, max: usize) -> io::Result<(Vec<u8>, bool)> {
    let mut data = Vec::new();
    Read::take(&mut *reader, max as u64 + 1).read_to_end(&mut data)?;
    if data.len() <= max {
        return Ok((data, false));
    }
    data.truncate(max);
    if let Err(e) = std::str::from_utf8(&data) {
        // An incomplete character at the cut: drop it. Invalid UTF-8 elsewhere is
        // left for the UTF-8 check to report.
        if e.error_len().is_none() {
            data.truncate(e.valid_up_to());
        }
    }
    Ok((data, true))
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

/// Opens `file` for reading its (decompressed) bytes, and says whether it is gzip;
/// bytes read from disk are added to `counter`.
pub(crate) fn open(
    file: &InputFile,
    counter: Arc<AtomicU64>,
) -> io::Result<(Box<dyn BufRead>, bool)> {
    let raw: Box<dyn Read> = match &file.origin {
        Origin::Stdin => Box::new(io::stdin()),
        Origin::File(path) => Box::new(fs::File::open(path)?),
    };
    reader_of(Counting {
        inner: raw,
        counter,
    })
}

/// The bytes of `reader` as ingest reads them: decompressed when they start with the
/// gzip magic bytes (concatenated gzip members are read one after another), as they
/// are otherwise. Fails only when reading the first bytes fails; corrupt gzip data
/// is an error of a later read.
pub fn decompressed<'a, R: Read + 'a>(reader: R) -> io::Result<Box<dyn BufRead + 'a>> {
    reader_of(reader).map(|(reader, _)| reader)
}

/// [`decompressed`], and whether the bytes were gzip.
fn reader_of<'a, R: Read + 'a>(reader: R) -> io::Result<(Box<dyn BufRead + 'a>, bool)> {
    let mut reader = BufReader::with_capacity(256 * 1024, reader);
    let head = reader.fill_buf()?;
    if head.len() >= 2 && head[0] == 0x1f && head[1] == 0x8b {
        Ok((
            Box::new(BufReader::with_capacity(
                256 * 1024,
                flate2::bufread::MultiGzDecoder::new(reader),
            )),
            true,
        ))
    } else {
        Ok((Box::new(reader), false))
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
        let files = expand(&[Input::Path(dir.path().to_path_buf())])
            .unwrap()
            .files;
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
        let files = expand(&[Input::Path(path)]).unwrap().files;
        let counter = Arc::new(AtomicU64::new(0));
        let mut text = String::new();
        let (mut reader, gzip) = open(&files[0], counter.clone()).unwrap();
        assert!(gzip);
        reader.read_to_string(&mut text).unwrap();
        assert_eq!(text, "line one\nline two\n");
        assert_eq!(counter.load(Ordering::Relaxed), files[0].size.unwrap());
    }

    #[test]
    fn long_lines_are_read_through_not_kept() {
        // A tiny buffer, so lines span many fills.
        let text = b"short\n0123456789abcdef\r\n\nlast without newline";
        let mut reader = io::BufReader::with_capacity(3, &text[..]);
        let mut buf = Vec::new();
        let mut reads = Vec::new();
        loop {
            let start = buf.len();
            let read = read_line_bounded(&mut reader, &mut buf, 8).unwrap();
            if read == LineRead::Eof {
                break;
            }
            reads.push((read, String::from_utf8(buf[start..].to_vec()).unwrap()));
        }
        assert_eq!(
            reads,
            [
                (LineRead::Line, "short\n".to_string()),
                (LineRead::TooLong { bytes: 17 }, String::new()),
                (LineRead::Line, "\n".to_string()),
                (LineRead::TooLong { bytes: 20 }, String::new()),
            ]
        );
        // Exactly at the limit is kept.
        let mut buf = Vec::new();
        let mut reader = io::BufReader::with_capacity(3, &b"12345678\n"[..]);
        assert_eq!(
            read_line_bounded(&mut reader, &mut buf, 8).unwrap(),
            LineRead::Line
        );
        assert_eq!(buf, b"12345678\n");
    }

    #[test]
    fn long_texts_are_cut_at_a_character() {
        let text = "ab\u{e9}cd".as_bytes(); // é is 2 bytes: a b [c3 a9] c d
        let cut = |max| read_text_bounded(&mut io::BufReader::new(text), max).unwrap();
        assert_eq!(cut(10), (text.to_vec(), false));
        assert_eq!(cut(6), (text.to_vec(), false));
        assert_eq!(cut(5), (b"ab\xc3\xa9c".to_vec(), true));
        // The cut would split the é: it goes too.
        assert_eq!(cut(3), (b"ab".to_vec(), true));
    }

    #[test]
    fn unreadable_directory_entries_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.jsonl"), "x").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path().join("gone"), dir.path().join("b.jsonl")).unwrap();
        let out = expand(&[Input::Path(dir.path().to_path_buf())]).unwrap();
        assert_eq!(out.files.len(), 1);
        #[cfg(unix)]
        {
            assert_eq!(out.unreadable.len(), 1);
            let err = out.unreadable[0].to_string();
            assert!(err.contains("b.jsonl: cannot read: "), "{err}");
        }
    }

    #[test]
    fn find_byte_finds_the_first_occurrence_anywhere() {
        for len in 0..40 {
            let mut hay: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
            // High bytes next to the needle must not hide or fake a match.
            for b in hay.iter_mut().step_by(3) {
                *b = 0xC3;
            }
            assert_eq!(find_byte(&hay, b'\n'), None, "{len}");
            for at in 0..len {
                let mut with = hay.clone();
                with[at] = b'\n';
                if at + 1 < len {
                    with[at + 1] = b'\n';
                }
                assert_eq!(find_byte(&with, b'\n'), Some(at), "{len} {at}");
                assert_eq!(
                    find_byte(&with, b'\n'),
                    with.iter().position(|&b| b == b'\n')
                );
            }
        }
        assert_eq!(find_byte(&[0x0B, 0x8A, 0x0A], b'\n'), Some(2));
        assert_eq!(find_byte(&[0x8A; 9], b'\n'), None);
    }
}
