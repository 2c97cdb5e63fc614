//! The UN Security Council consolidated list importer (`--format un`).
//!
//! The XML is read as a stream (quick-xml): one `INDIVIDUAL` or `ENTITY` element at a
//! time, wherever it is nested. From each:
//!
//! * id: `un-<REFERENCE_NUMBER>` (`un-CDi.001`, the number the UN publishes and the
//!   press cites), or `un-<DATAID>` when there is no reference number;
//! * name: an individual's `FIRST_NAME` .. `FOURTH_NAME` joined in order, capitals
//!   lowered (`SADDAM HUSSEIN AL-TIKRITI` → `Saddam Hussein Al-Tikriti`); an entity's
//!   `FIRST_NAME` as written. Individuals are persons, entities organizations;
//! * aliases: `NAME_ORIGINAL_SCRIPT` (`صدام حسين التكريتي`) and every
//!   `INDIVIDUAL_ALIAS`/`ENTITY_ALIAS` `ALIAS_NAME`, except those of `QUALITY` `Low`,
//!   which are weak aliases (see [`super`]).
//!
//! A record without a name is skipped and reported with the line of its element.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use quick_xml::events::Event;

use super::{display_person_name, origin, Emitter, ImportError, Record};
use crate::Kind;

/// A `BufRead` that counts the newlines the XML reader has consumed, so that every
/// event has a line number.
struct LineCounter<R> {
    inner: R,
    /// Newlines consumed so far.
    newlines: u64,
}

impl<R: BufRead> std::io::Read for LineCounter<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.newlines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for LineCounter<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        if let Ok(buf) = self.inner.fill_buf() {
            let n = amt.min(buf.len());
            self.newlines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
        }
        self.inner.consume(amt);
    }
}

/// The record being read.
#[derive(Default)]
struct Current {
    kind: Option<Kind>,
    line: u64,
    dataid: String,
    reference: String,
    names: [String; 4],
    original: Vec<String>,
    aliases: Vec<String>,
    weak: Vec<String>,
    /// The alias element being read: (quality, name).
    alias: Option<(String, String)>,
}

/// Reads one UN XML file into `emitter`.
pub(crate) fn read(path: &Path, emitter: &mut Emitter) -> Result<(), ImportError> {
    let origin = origin(path);
    let file = File::open(path)
        .map_err(|e| ImportError::new(&origin, 0, format!("cannot read file: {e}")))?;
    let mut reader = quick_xml::Reader::from_reader(LineCounter {
        inner: BufReader::new(file),
        newlines: 0,
    });
    let mut buf = Vec::new();
    // Element names from the record element down (empty outside records).
    let mut path: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut current: Option<Current> = None;
    let mut records = 0usize;
    loop {
        buf.clear();
        let event = reader.read_event_into(&mut buf);
        let line = reader.get_ref().newlines + 1;
        let event = match event {
            Ok(event) => event,
            Err(e) => return Err(ImportError::new(&origin, line, format!("invalid XML: {e}"))),
        };
        match event {
            Event::Eof => break,
            Event::Start(start) => {
                let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
                if current.is_none() {
                    let kind = match name.as_str() {
                        "INDIVIDUAL" => Some(Kind::Person),
                        "ENTITY" => Some(Kind::Organization),
                        _ => None,
                    };
                    if let Some(kind) = kind {
                        current = Some(Current {
                            kind: Some(kind),
                            line,
                            ..Current::default()
                        });
                        path.push(name);
                    }
                    continue;
                }
                if let Some(cur) = current.as_mut() {
                    if path.len() == 1 && name.ends_with("_ALIAS") {
                        cur.alias = Some((String::new(), String::new()));
                    }
                }
                path.push(name);
                text.clear();
            }
            Event::Text(t) if current.is_some() => {
                let s = t
                    .xml_content(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|e| ImportError::new(&origin, line, format!("invalid text: {e}")))?;
                text.push_str(&s);
            }
            Event::CData(t) if current.is_some() => {
                text.push_str(&String::from_utf8_lossy(&t));
            }
            Event::GeneralRef(r) if current.is_some() => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    Ok(None) => r
                        .decode()
                        .ok()
                        .and_then(|n| quick_xml::escape::resolve_predefined_entity(&n))
                        .map(str::to_string),
                    Err(_) => None,
                };
                match resolved {
                    Some(s) => text.push_str(&s),
                    None => {
                        return Err(ImportError::new(
                            &origin,
                            line,
                            format!(
                                "invalid XML: unknown entity reference &{};",
                                String::from_utf8_lossy(&r)
                            ),
                        ))
                    }
                }
            }
            Event::End(_) => {
                let Some(cur) = current.as_mut() else {
                    continue;
                };
                let value = text.trim().to_string();
                text.clear();
                let depth = path.len();
                let name = path.pop().unwrap_or_default();
                match depth {
                    1 => {
                        // The record element ends.
                        if let Some(cur) = current.take() {
                            records += 1;
                            finish(cur, &origin, emitter)?;
                        }
                    }
                    2 => match name.as_str() {
                        "DATAID" => cur.dataid = value,
                        "REFERENCE_NUMBER" => cur.reference = value,
                        "FIRST_NAME" => cur.names[0] = value,
                        "SECOND_NAME" => cur.names[1] = value,
                        "THIRD_NAME" => cur.names[2] = value,
                        "FOURTH_NAME" => cur.names[3] = value,
                        "NAME_ORIGINAL_SCRIPT" if !value.is_empty() => cur.original.push(value),
                        n if n.ends_with("_ALIAS") => {
                            if let Some((quality, alias)) = cur.alias.take() {
                                if alias.is_empty() {
                                    // `<ALIAS_NAME/>`: the list's way of saying none.
                                } else if quality.eq_ignore_ascii_case("low") {
                                    cur.weak.push(alias);
                                } else {
                                    cur.aliases.push(alias);
                                }
                            }
                        }
                        _ => {}
                    },
                    3 => {
                        if let Some((quality, alias)) = cur.alias.as_mut() {
                            match name.as_str() {
                                "QUALITY" => *quality = value,
                                "ALIAS_NAME" => *alias = value,
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    if current.is_some() {
        return Err(ImportError::new(
            &origin,
            reader.get_ref().newlines + 1,
            "invalid XML: the file ends inside a record",
        ));
    }
    if records == 0 {
        return Err(ImportError::new(
            &origin,
            0,
            "no INDIVIDUAL or ENTITY element: not a UN consolidated list",
        ));
    }
    Ok(())
}

/// Turns a finished record into a gazetteer record and hands it to `emitter`.
fn finish(cur: Current, origin: &str, emitter: &mut Emitter) -> Result<(), ImportError> {
    let id = if !cur.reference.is_empty() {
        format!("un-{}", cur.reference)
    } else if !cur.dataid.is_empty() {
        format!("un-{}", cur.dataid)
    } else {
        emitter.skip(
            origin,
            cur.line,
            "REFERENCE_NUMBER",
            "no REFERENCE_NUMBER or DATAID",
            "",
        );
        return Ok(());
    };
    let written = cur
        .names
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let name = if cur.kind == Some(Kind::Person) {
        display_person_name(&written)
    } else {
        written
    };
    if name.is_empty() {
        emitter.skip(origin, cur.line, "FIRST_NAME", "empty name", &id);
        return Ok(());
    }
    let mut aliases = cur.original;
    aliases.extend(cur.aliases);
    let record = Record {
        id,
        name,
        kind: cur.kind,
        aliases,
        weak_aliases: cur.weak,
    };
    emitter.emit(record, origin, cur.line)
}
