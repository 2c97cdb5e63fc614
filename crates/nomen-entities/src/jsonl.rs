//! Writing entities as JSON Lines, byte for byte what `serde_json` writes for them.
//!
//! Every index stores its gazetteer as JSON Lines ([`Gazetteer::to_jsonl`]), so
//! creating one writes every built-in entity: about 4.6 MB. `serde_json` spends most
//! of that time checking each byte of each string for a character to escape and
//! going through its `io::Write` and map machinery, and the caller then checked the
//! whole output for UTF-8 again. Here the strings are scanned eight bytes at a time
//! and copied as whole runs into a `String`; the fields nomen does not read (`extra`)
//! are still written by `serde_json`. A test checks the output against `serde_json`'s
//! on the built-in gazetteer and on strings with every character that is escaped.
//!
//! [`Gazetteer::to_jsonl`]: crate::Gazetteer::to_jsonl

use crate::gazetteer::Entity;

/// Appends `entity` as one line of JSON (with its newline) to `out`, as
/// `serde_json::to_writer` would write it (followed by `\n`).
pub(crate) fn push_entity(out: &mut String, entity: &Entity) {
    out.push_str("{\"id\":");
    push_str(out, &entity.id);
    out.push_str(",\"name\":");
    push_str(out, &entity.name);
    out.push_str(",\"kind\":\"");
    out.push_str(entity.kind.as_str());
    out.push('"');
    if !entity.aliases.is_empty() {
        out.push_str(",\"aliases\":[");
        for (i, alias) in entity.aliases.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_str(out, alias);
        }
        out.push(']');
    }
    for (key, value) in &entity.extra {
        out.push(',');
        push_str(out, key);
        out.push(':');
        // A JSON value always serializes.
        out.push_str(&serde_json::to_string(value).unwrap_or_else(|_| "null".into()));
    }
    out.push_str("}\n");
}

/// True when some byte of `word` is below 0x20, `"` or `\` (the bytes JSON escapes).
#[inline]
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // The classic tests: nonzero iff some byte of `x` is zero (below 0x20); a borrow
    // only starts at a byte that matches, so the whole word never errs.
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGHS;
    below_space | zero(word ^ (ONES * u64::from(b'"'))) | zero(word ^ (ONES * u64::from(b'\\')))
        != 0
}

/// Appends `s` as a JSON string, escaped as `serde_json` escapes it: `"` and `\`
/// with a backslash, the control characters below 0x20 as `\b \t \n \f \r` or
/// `\u00xx` (lowercase hex), everything else as it is.
pub(crate) fn push_str(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    // Start of the run not yet copied.
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            if !needs_escape(word) {
                i += 8;
                continue;
            }
        }
        let end = (i + 8).min(bytes.len());
        while i < end {
            let b = bytes[i];
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                0x08 => "\\b",
                0x09 => "\\t",
                0x0A => "\\n",
                0x0C => "\\f",
                0x0D => "\\r",
                0x00..=0x1F => "",
                _ => {
                    i += 1;
                    continue;
                }
            };
            // Escaped bytes are ASCII, so `start..i` and what follows are whole
            // characters.
            out.push_str(&s[start..i]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xF)]));
            } else {
                out.push_str(escape);
            }
            i += 1;
            start = i;
        }
    }
    out.push_str(&s[start..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{Gazetteer, Kind};

    fn serde_line(entity: &Entity) -> String {
        let mut line = serde_json::to_string(entity).unwrap();
        line.push('\n');
        line
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut cases: Vec<String> = (0u8..0x80).map(|b| char::from(b).to_string()).collect();
        cases.extend(
            [
                "",
                "plain ascii text of some length",
                "Nicolás \"Maduro\" \\ Moros\n\ttab",
                "Николас Мадуро\u{1}",
                "尼古拉斯·马杜罗\"",
                "0123456\"89abcdef\\",
                "\u{7f}\u{80}\u{ff}é\u{2028}\u{1F600}",
                "aaaaaaa\u{1f}aaaaaaaa\u{0}",
            ]
            .map(String::from),
        );
        // Every escaped byte at every offset of a 16-byte window, next to
        // multi-byte characters.
        for b in (0u8..0x20).chain([b'"', b'\\']) {
            for at in 0..16 {
                let mut s: String = "é".repeat(4) + "abcdefgh";
                if s.is_char_boundary(at) {
                    s.insert(at, char::from(b));
                    cases.push(s);
                }
            }
        }
        for case in cases {
            let mut ours = String::new();
            push_str(&mut ours, &case);
            assert_eq!(ours, serde_json::to_string(&case).unwrap(), "{case:?}");
        }
    }

    #[test]
    fn entities_write_as_serde_json_writes_them() {
        let gazetteer = Gazetteer::builtin();
        assert!(gazetteer.entities().len() > 1000);
        let mut extra = serde_json::Map::new();
        extra.insert("wikidata".into(), "Q1\n\"x\"".into());
        extra.insert("a\u{1}key".into(), serde_json::json!([1, {"b": null}, 2.5]));
        let made = Entity {
            id: "x\\y".into(),
            name: "Name \"quoted\"".into(),
            kind: Kind::Other,
            aliases: Vec::new(),
            extra,
        };
        for entity in gazetteer.entities().iter().chain([&made]) {
            let mut ours = String::new();
            push_entity(&mut ours, entity);
            assert_eq!(ours, serde_line(entity));
        }
    }
}
