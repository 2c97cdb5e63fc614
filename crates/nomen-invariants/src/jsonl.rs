//! Ingest's record reader on arbitrary bytes: gzip detection and decoding
//! ([`nomen_index::decompressed`]), lines, and one JSON record a line
//! ([`nomen_index::read_json_line`]); also the whole input as a `.txt` article
//! ([`nomen_index::read_text`]).
//!
//! Lines are cut as ingest cuts them: at `\n`, without the line ending (`\n`,
//! `\r\n`), whitespace-only lines skipped, a read error (corrupt gzip) ending the file.
//!
//! Invariants: nothing panics; a rejected record's error names the file and the
//! line it is on (`fuzz.jsonl:LINE: `), and the field when one is at fault; an
//! accepted article has a non-empty id and body, a lowercase language, and a date
//! that the index can store (tantivy keeps nanoseconds in an `i64`) and that comes
//! back unchanged through RFC 3339.

use std::io::BufRead;
use std::path::PathBuf;

use nomen_index::date::{format_rfc3339, parse_timestamp};
use nomen_index::{Article, Origin, RecordError};

/// The file name records are read under.
pub const FILE: &str = "fuzz.jsonl";

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
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
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
        Err(e) => check_error(data, 1, &e),
    }
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
