//! Ingest's record reader on arbitrary bytes: gzip detection and decoding
//! ([`nomen_index::decompressed`]), lines read with a length limit
//! ([`nomen_index::read_line_bounded`], here [`MAX_LINE`] bytes so that the limit is
//! reached), and one JSON record a line ([`nomen_index::read_json_line`]); also the
//! whole input as a `.txt` article ([`nomen_index::read_text`]).
//!
//! Line endings are cut as ingest cuts them (`\n`, `\r\n`), whitespace-only lines
//! skipped, a read error (corrupt gzip) ending the file.
//!
//! Invariants: nothing panics; a line read holds at most the limit (and its `\n`)
//! and a line over it is reported with its length and nothing kept; a rejected
//! record's error names the file and the line it is on (`fuzz.jsonl:LINE: `), and
//! the field when one is at fault; an accepted article has a non-empty id and body,
//! a lowercase language, and a date that the index can store (tantivy keeps
//! nanoseconds in an `i64`) and that comes back unchanged through RFC 3339.

use std::path::PathBuf;

use nomen_index::date::{format_rfc3339, parse_timestamp};
use nomen_index::{Article, LineRead, Origin, RecordError};

/// The file name records are read under.
pub const FILE: &str = "fuzz.jsonl";

/// The line length limit of the reader, in bytes (ingest's default is 16 MiB).
pub const MAX_LINE: usize = 256;

/// Checks the reader on `data`, as a JSON Lines file and as a `.txt` article.
pub fn check(data: &[u8]) {
    let origin = Origin::File(PathBuf::from(FILE));
    let mut reader = match nomen_index::decompressed(data) {
        Ok(reader) => reader,
        Err(e) => panic!("{data:?}: reading from memory failed: {e}"),
    };
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let read = match nomen_index::read_line_bounded(&mut *reader, &mut buf, MAX_LINE) {
            Ok(read) => read,
            Err(_) => break,
        };
        match read {
            LineRead::Eof => {
                assert!(buf.is_empty(), "{}: end of input with bytes", lossy(data));
                break;
            }
            LineRead::TooLong { bytes } => {
                assert!(
                    bytes > MAX_LINE as u64 && buf.is_empty(),
                    "{}: line of {bytes} bytes over the limit, {} kept",
                    lossy(data),
                    buf.len()
                );
                line_no += 1;
                continue;
            }
            LineRead::Line => {
                let newlines = buf.iter().filter(|&&b| b == b'\n').count();
                assert!(
                    !buf.is_empty()
                        && buf.len() - newlines <= MAX_LINE
                        && (newlines == 0 || (newlines == 1 && buf.ends_with(b"\n"))),
                    "{}: line read {:?}",
                    lossy(data),
                    lossy(&buf)
                );
            }
        }
        line_no += 1;
        let mut end = buf.len();
        while end > 0 && matches!(buf[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        let bytes = &buf[..end];
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match nomen_index::read_json_line(&origin, line_no, bytes) {
            Ok(article) => check_article(bytes, &article),
            Err(e) => check_error(bytes, line_no, &e),
        }
    }
    match nomen_index::read_text(&origin, data) {
        Ok(article) => check_article(data, &article),
        // Invalid UTF-8 is reported on its line, others on line 1.
        Err(e) => {
            let line = if e.field.is_none() && e.reason.starts_with("invalid UTF-8") {
                e.line
            } else {
                1
            };
            assert!(
                line >= 1 && line as usize <= data.split(|&b| b == b'\n').count(),
                "{}: line {line}",
                lossy(data)
            );
            check_error(data, line, &e)
        }
    }
}

fn lossy(bytes: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(bytes))
}

fn check_error(input: &[u8], line: u64, e: &RecordError) {
    let input = String::from_utf8_lossy(input);
    let shown = e.to_string();
    assert_eq!(e.line, line, "{input:?}: {shown}");
    assert!(
        shown.starts_with(&format!("{FILE}:{line}: ")),
        "{input:?}: message does not name the file and line: {shown}"
    );
    if let Some(field) = e.field {
        assert!(
            shown.contains(&format!("field \"{field}\"")),
            "{input:?}: message does not name field {field}: {shown}"
        );
    }
    assert!(!e.reason.is_empty(), "{input:?}: no reason given");
}

fn check_article(input: &[u8], article: &Article<'_>) {
    let input = String::from_utf8_lossy(input);
    assert!(!article.id.is_empty(), "{input:?}: empty id");
    assert!(!article.body.trim().is_empty(), "{input:?}: empty body");
    if let Some(lang) = &article.lang {
        assert_eq!(lang.as_ref(), lang.to_lowercase(), "{input:?}: language");
    }
    if let Some(secs) = article.date {
        assert!(
            secs.checked_mul(1_000_000_000).is_some(),
            "{input:?}: date {secs} s is out of the range the index can store"
        );
        assert_eq!(
            parse_timestamp(&format_rfc3339(secs)),
            Some(secs),
            "{input:?}: date {secs} does not come back through {}",
            format_rfc3339(secs)
        );
    }
}
