//! One input record → one [`Article`]: JSON Lines parsing without building a
//! `serde_json::Value`, `.txt` articles, stable ids, language detection.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::date::{self, parse_timestamp};
use crate::error::{Origin, RecordError};

/// An article ready to index; text borrowed from the input line where possible.
#[derive(Debug, Clone, PartialEq)]
pub struct Article<'a> {
    /// The article's id: as given, or derived from its content ([`content_id`]).
    pub id: Cow<'a, str>,
    /// Title (may be empty).
    pub title: Cow<'a, str>,
    /// Body text.
    pub body: Cow<'a, str>,
    /// Publication date, UTC seconds since the epoch.
    pub date: Option<i64>,
    /// ISO 639-1 language code: as given (lowercased), or detected.
    pub lang: Option<Cow<'a, str>>,
    /// Source name.
    pub source: Option<Cow<'a, str>>,
    /// URL.
    pub url: Option<Cow<'a, str>>,
}

/// Why a record was rejected: the field at fault (if one) and a lowercase clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The field at fault.
    pub field: Option<&'static str>,
    /// What is wrong.
    pub reason: String,
}

impl Rejection {
    fn field(field: &'static str, reason: impl Into<String>) -> Rejection {
        Rejection {
            field: Some(field),
            reason: reason.into(),
        }
    }
}

/// A JSON value of any type, kept only as far as we need it: strings (borrowed when
/// unescaped), and the type name of anything else for error messages.
#[derive(Debug)]
enum Value<'a> {
    Str(Cow<'a, str>),
    Int(i128),
    Other(&'static str),
}

impl<'de: 'a, 'a> Deserialize<'de> for Value<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Value<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Value<'a>, E> {
                Ok(Value::Str(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Value<'a>, E> {
                Ok(Value::Str(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Value<'a>, E> {
                Ok(Value::Str(Cow::Owned(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value<'a>, E> {
                Ok(Value::Int(i128::from(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value<'a>, E> {
                Ok(Value::Int(i128::from(v)))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Value<'a>, E> {
                Ok(Value::Other("a number"))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Value<'a>, E> {
                Ok(Value::Other("a boolean"))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Value<'a>, E> {
                Ok(Value::Other("null"))
            }
            fn visit_none<E: de::Error>(self) -> Result<Value<'a>, E> {
                Ok(Value::Other("null"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'a>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Value::Other("an array"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'a>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Value::Other("an object"))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// The fields of a JSON Lines article we read; every other field is ignored.
#[derive(Debug, Deserialize)]
struct RawRecord<'a> {
    #[serde(borrow, default)]
    id: Option<Value<'a>>,
    #[serde(borrow, default)]
    title: Option<Value<'a>>,
    #[serde(borrow, default)]
    body: Option<Value<'a>>,
    #[serde(borrow, default)]
    text: Option<Value<'a>>,
    #[serde(borrow, default)]
    date: Option<Value<'a>>,
    #[serde(borrow, default)]
    lang: Option<Value<'a>>,
    #[serde(borrow, default)]
    source: Option<Value<'a>>,
    #[serde(borrow, default)]
    url: Option<Value<'a>>,
}

/// A string field: `Ok(None)` when absent, null or empty.
fn string_field<'a>(
    name: &'static str,
    value: Option<Value<'a>>,
) -> Result<Option<Cow<'a, str>>, Rejection> {
    match value {
        None | Some(Value::Other("null")) => Ok(None),
        Some(Value::Str(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s)),
        Some(Value::Int(_)) => Err(Rejection::field(name, "expected a string, found a number")),
        Some(Value::Other(kind)) => Err(Rejection::field(
            name,
            format!("expected a string, found {kind}"),
        )),
    }
}

/// Parses one JSON Lines record (already checked to be UTF-8). A byte order mark
/// before it is ignored (files saved by Windows tools, or several concatenated).
pub fn parse_json_line(line: &str) -> Result<Article<'_>, Rejection> {
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    // serde would read a JSON array positionally into the struct: refuse it here.
    if !line.trim_start().starts_with('{') {
        let found = match line.trim_start().chars().next() {
            Some('[') => "an array",
            Some('"') => "a string",
            Some('-' | '0'..='9') => "a number",
            Some('t' | 'f') if serde_json::from_str::<bool>(line).is_ok() => "a boolean",
            Some('n') if line.trim() == "null" => "null",
            _ => "text that is not JSON",
        };
        return Err(Rejection {
            field: None,
            reason: format!(
                "expected a JSON object, found {found} (one article a line: {{\"id\": ..., \
                 \"body\": ...}})"
            ),
        });
    }
    let raw: RawRecord<'_> = serde_json::from_str(line).map_err(|e| Rejection {
        field: None,
        reason: json_message(&e),
    })?;
    let id = match raw.id {
        Some(Value::Int(n)) => Some(Cow::Owned(n.to_string())),
        other => string_field("id", other)?.map(|s| match s {
            Cow::Borrowed(b) => Cow::Borrowed(b.trim()),
            Cow::Owned(o) => Cow::Owned(o.trim().to_owned()),
        }),
    };
    let title = string_field("title", raw.title)?.unwrap_or_default();
    let body = match string_field("body", raw.body)? {
        Some(body) => body,
        None => match string_field("text", raw.text)? {
            Some(text) => text,
            None => {
                return Err(Rejection::field(
                    "body",
                    "missing (an article needs a non-empty \"body\" or \"text\")",
                ))
            }
        },
    };
    let date = match string_field("date", raw.date)? {
        None => None,
        Some(text) => match parse_timestamp(&text) {
            Some(secs) if date::in_range(secs) => Some(secs),
            Some(_) => {
                return Err(Rejection::field(
                    "date",
                    format!("{text:?} is out of the dates the index stores (years 1678 to 2261)"),
                ))
            }
            None => {
                return Err(Rejection::field(
                    "date",
                    format!("{text:?} is not a date (expected YYYY-MM-DD or RFC 3339)"),
                ))
            }
        },
    };
    let lang = string_field("lang", raw.lang)?.map(|l| match l {
        Cow::Borrowed(b) => lowercase(b.trim()),
        Cow::Owned(o) => Cow::Owned(o.trim().to_lowercase()),
    });
    let source = string_field("source", raw.source)?;
    let url = string_field("url", raw.url)?;
    Ok(Article {
        id: id.unwrap_or_else(|| Cow::Owned(content_id(&title, &body))),
        title,
        body,
        date,
        lang,
        source,
        url,
    })
}

/// serde_json's message without its " at line 1 column N" suffix (a record is one
/// line: the caller gives the file's line), with the column.
fn json_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = match msg.rfind(" at line ") {
        Some(i) => &msg[..i],
        None => &msg,
    };
    format!("invalid JSON at column {}: {msg}", e.column())
}

/// Reads one JSON Lines record as ingest does: `bytes` is line `line` of `origin`
/// without its line ending; invalid UTF-8 and every rejected field become a
/// [`RecordError`] naming `origin`, `line` and the field.
pub fn read_json_line<'a>(
    origin: &Origin,
    line: u64,
    bytes: &'a [u8],
) -> Result<Article<'a>, RecordError> {
    let text = utf8(origin, line, bytes)?;
    parse_json_line(text).map_err(|r| reject(origin, line, r))
}

/// Reads a whole `.txt` article as ingest does (errors are about line 1, or the line
/// of the first invalid UTF-8 sequence).
pub fn read_text<'a>(origin: &Origin, bytes: &'a [u8]) -> Result<Article<'a>, RecordError> {
    let text = utf8(origin, 1, bytes)?;
    parse_text(text).map_err(|r| reject(origin, 1, r))
}

fn reject(origin: &Origin, line: u64, rejection: Rejection) -> RecordError {
    RecordError {
        origin: origin.clone(),
        line,
        field: rejection.field,
        reason: rejection.reason,
    }
}

/// `bytes` as text, or the line and column (in bytes, 1-based) of the first invalid
/// UTF-8 sequence; `bytes` starts at line `line`.
///
/// Valid text is checked by `simdutf8` (16 or 32 bytes at a time): the standard
/// library's check takes a character at a time past ASCII, about 4.4 instructions a
/// byte over the generated corpus, whose Russian, Greek, Chinese and Japanese
/// articles are most of its bytes past ASCII (220 M of nomen's 12,645 M instructions
/// indexing it without linking). Only invalid text is checked again, by the standard
/// library, for where it fails.
fn utf8<'a>(origin: &Origin, line: u64, bytes: &'a [u8]) -> Result<&'a str, RecordError> {
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(text);
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let newlines = before.iter().filter(|&&b| b == b'\n').count() as u64;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        RecordError {
            origin: origin.clone(),
            line: line + newlines,
            field: None,
            reason: format!("invalid UTF-8 at column {}", before.len() - line_start + 1),
        }
    })
}

/// Parses a `.txt` article: the first non-empty line is the title, the rest the body.
/// A one-paragraph file is its own title and body.
pub fn parse_text(text: &str) -> Result<Article<'_>, Rejection> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.trim().is_empty() {
        return Err(Rejection {
            field: None,
            reason: "empty file".into(),
        });
    }
    let (title, rest) = match trimmed.split_once('\n') {
        Some((first, rest)) if !rest.trim().is_empty() => (first.trim(), rest.trim()),
        _ => (trimmed.trim(), trimmed.trim()),
    };
    Ok(Article {
        id: Cow::Owned(content_id(title, rest)),
        title: Cow::Borrowed(title),
        body: Cow::Borrowed(rest),
        date: None,
        lang: None,
        source: None,
        url: None,
    })
}

fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) || !s.is_ascii() {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// A stable id for an article without one: 16 hex digits of a 64-bit FNV-1a hash of
/// the title, a NUL byte and the body. The same content always gets the same id, in
/// every run and on every machine, so re-indexing replaces rather than duplicates.
pub fn content_id(title: &str, body: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for &b in title.as_bytes().iter().chain(&[0u8]).chain(body.as_bytes()) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(PRIME);
    }
    format!("{hash:016x}")
}

/// Bytes of the body that language detection reads: whatlang's trigram scoring
/// costs about as much as linking per byte, and a few sentences suffice.
const LANG_SAMPLE_BYTES: usize = 400;

/// Detects the language of an article, as an ISO 639-1 code (`"en"`, `"es"`, ...).
/// Looks at the title and the first 400 bytes of the body. `None` when whatlang is
/// unsure or the language has no two-letter code.
pub fn detect_lang(title: &str, body: &str) -> Option<&'static str> {
    let mut end = body.len().min(LANG_SAMPLE_BYTES);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let mut sample = String::with_capacity(title.len() + end + 1);
    sample.push_str(title);
    sample.push('\n');
    sample.push_str(&body[..end]);
    let info = whatlang::detect(&sample)?;
    if !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    nomen_entities::iso639_1(info.lang())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_full_record_borrowing_text() {
        let line = r#"{"id":"a1","title":"Maduro","body":"El presidente","date":"2024-08-12","lang":"ES","source":"El País","url":"https://x","extra":[1,{"a":2}]}"#;
        let a = parse_json_line(line).unwrap();
        assert_eq!(a.id, "a1");
        assert!(matches!(a.body, Cow::Borrowed(_)));
        assert_eq!(a.lang.as_deref(), Some("es"));
        assert_eq!(a.date, Some(1_723_420_800));
        assert_eq!(a.source.as_deref(), Some("El País"));
    }

    #[test]
    fn text_stands_in_for_body_and_ids_are_derived() {
        let a = parse_json_line(r#"{"title":"T","text":"caf\u00e9"}"#).unwrap();
        assert_eq!(a.body, "café");
        assert_eq!(a.id, content_id("T", "café"));
        assert_eq!(a.id.len(), 16);
        let n = parse_json_line(r#"{"id":42,"body":"x"}"#).unwrap();
        assert_eq!(n.id, "42");
    }

    #[test]
    fn rejections_name_the_field() {
        let cases = [
            (r#"{"id":"x"}"#, Some("body")),
            (r#"{"id":"x","body":""}"#, Some("body")),
            (r#"{"id":"x","body":5}"#, Some("body")),
            (r#"{"id":[1],"body":"b"}"#, Some("id")),
            (r#"{"title":true,"body":"b"}"#, Some("title")),
            (r#"{"body":"b","date":"yesterday"}"#, Some("date")),
            (r#"{"body":"b","date":20240812}"#, Some("date")),
            (r#"{"body":"b""#, None),
            (r#"[1,2]"#, None),
        ];
        for (line, field) in cases {
            let err = parse_json_line(line).unwrap_err();
            assert_eq!(err.field, field, "{line}: {err:?}");
        }
        let err = parse_json_line(r#"{"body":5}"#).unwrap_err();
        assert_eq!(err.reason, "expected a string, found a number");
        for (line, found) in [
            ("[1,2]", "an array"),
            ("42", "a number"),
            ("null", "null"),
            ("true", "a boolean"),
            ("\"text\"", "a string"),
            ("hello", "text that is not JSON"),
        ] {
            let err = parse_json_line(line).unwrap_err();
            assert!(
                err.reason
                    .starts_with(&format!("expected a JSON object, found {found} ")),
                "{line}: {}",
                err.reason
            );
        }
        let err = parse_json_line(r#"{"body":"b""#).unwrap_err();
        assert_eq!(
            err.reason,
            "invalid JSON at column 11: EOF while parsing an object"
        );
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        let a = parse_json_line("\u{feff}{\"id\":\"x\",\"body\":\"b\"}").unwrap();
        assert_eq!((a.id.as_ref(), a.body.as_ref()), ("x", "b"));
    }

    /// Found by the `jsonl` fuzz target's property test: a valid date outside the
    /// years tantivy's `i64` nanoseconds reach overflowed when indexed.
    #[test]
    fn dates_the_index_cannot_store_are_rejected() {
        for date in [
            "9999-12-31",
            "2262-04-12",
            "1500-01-01",
            "0000-01-01",
            "2261-12-31T23:00:00-02:00",
        ] {
            let line = format!(r#"{{"body":"b","date":"{date}"}}"#);
            let err = parse_json_line(&line).unwrap_err();
            assert_eq!(err.field, Some("date"), "{line}");
            assert!(
                err.reason.contains("years 1678 to 2261"),
                "{line}: {}",
                err.reason
            );
        }
        for (date, secs) in [
            ("1678-01-01", date::MIN_SECS),
            ("2261-12-31T23:59:59Z", date::MAX_SECS - 1),
        ] {
            let line = format!(r#"{{"body":"b","date":"{date}"}}"#);
            assert_eq!(parse_json_line(&line).unwrap().date, Some(secs), "{line}");
        }
    }

    #[test]
    fn text_files_have_a_title_line() {
        let a = parse_text("Title here\n\nBody one.\nBody two.\n").unwrap();
        assert_eq!(a.title, "Title here");
        assert_eq!(a.body, "Body one.\nBody two.");
        let one = parse_text("Only one paragraph.").unwrap();
        assert_eq!(one.title, one.body);
        assert!(parse_text(" \n\n").is_err());
    }

    #[test]
    fn content_ids_are_stable() {
        assert_eq!(content_id("", ""), "af63bd4c8601b7df");
        assert_ne!(content_id("a", "b"), content_id("ab", ""));
    }

    #[test]
    fn detects_common_languages() {
        let es = "El presidente de Venezuela dijo que las elecciones se celebrarán en la fecha prevista por el consejo electoral.";
        assert_eq!(detect_lang("", es), Some("es"));
        let en = "The president of Venezuela said that the elections will be held on the date set by the electoral council.";
        assert_eq!(detect_lang("", en), Some("en"));
    }
}
