//! The mentions indexing found, stored with each article (the stored-only bytes field
//! `mentions`), so that a search highlights them and the document view marks them
//! without linking the text again: a hit costs a stored-document read, not a run of
//! the linker (which was over half of an entity search's time in `nomen serve`), and
//! what is shown is what was indexed, whatever the linker of the reading build does.
//!
//! The encoding is small (4 to 7 bytes a mention and the names of the rules used,
//! before the doc store compresses it), all unsigned LEB128 numbers:
//!
//! ```text
//! rules: count, then each rule's name as length + UTF-8 bytes
//! mentions: count, then each as
//!   entity * 2 + field   (entity: index in the article's sorted `entities`; field 0 title, 1 body)
//!   start                (byte offset in the field's original text)
//!   end - start
//!   rule                 (index in the rule names above)
//! ```
//!
//! Rules are stored by name, so that the encoding does not depend on the order of
//! [`Rule`]'s variants. Decoding checks every number against the article it came
//! with: a mention that does not fit (out of range, off a character boundary, an
//! unknown rule) is dropped, never trusted.

use nomen_entities::{Field, Rule};

/// One stored mention: where it is and what it links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMention {
    /// The field it is in.
    pub field: Field,
    /// Start byte offset in the field's original text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The entity's id.
    pub entity: String,
    /// Why it linked.
    pub rule: Rule,
}

/// The encoding of `mentions`, whose entities are all in `entities` (sorted, unique:
/// [`nomen_entities::DocumentLinks::entities`]). A mention of an entity missing from
/// `entities` is left out.
pub fn encode(mentions: &[nomen_entities::Mention], entities: &[String]) -> Vec<u8> {
    let mut rules: Vec<Rule> = Vec::new();
    let mut body = Vec::with_capacity(mentions.len() * 5);
    let mut count = 0u64;
    for m in mentions {
        let Ok(entity) = entities.binary_search_by(|e| e.as_str().cmp(&m.entity)) else {
            continue;
        };
        let rule = match rules.iter().position(|&r| r == m.rule) {
            Some(i) => i,
            None => {
                rules.push(m.rule);
                rules.len() - 1
            }
        };
        let field = u64::from(m.field == Field::Body);
        put(&mut body, entity as u64 * 2 + field);
        put(&mut body, m.start as u64);
        put(&mut body, m.end.saturating_sub(m.start) as u64);
        put(&mut body, rule as u64);
        count += 1;
    }
    let mut out = Vec::with_capacity(body.len() + 8 + rules.len() * 12);
    put(&mut out, rules.len() as u64);
    for rule in rules {
        let name = rule.as_str().as_bytes();
        put(&mut out, name.len() as u64);
        out.extend_from_slice(name);
    }
    put(&mut out, count);
    out.extend_from_slice(&body);
    out
}

/// The mentions of `bytes` ([`encode`]) in an article of `entities` (its stored,
/// sorted ids), `title` and `body`. What does not fit the article is dropped;
/// bytes that are not an encoding give what was read before the damage.
pub fn decode(bytes: &[u8], entities: &[String], title: &str, body: &str) -> Vec<StoredMention> {
    let mut r = Reader { bytes, pos: 0 };
    let mut out = Vec::new();
    let Some(n_rules) = r.number() else {
        return out;
    };
    let mut rules: Vec<Option<Rule>> = Vec::new();
    for _ in 0..n_rules.min(256) {
        let Some(name) = r.number().and_then(|len| r.take(len)) else {
            return out;
        };
        rules.push(std::str::from_utf8(name).ok().and_then(|n| n.parse().ok()));
    }
    let Some(count) = r.number() else {
        return out;
    };
    for _ in 0..count.min(bytes.len() as u64) {
        let (Some(entity_field), Some(start), Some(len), Some(rule)) =
            (r.number(), r.number(), r.number(), r.number())
        else {
            return out;
        };
        let (field, text) = if entity_field % 2 == 1 {
            (Field::Body, body)
        } else {
            (Field::Title, title)
        };
        let fits = |start: u64, len: u64| -> Option<(usize, usize)> {
            let start = usize::try_from(start).ok()?;
            let end = start.checked_add(usize::try_from(len).ok()?)?;
            (end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end))
                .then_some((start, end))
        };
        let entity = usize::try_from(entity_field / 2)
            .ok()
            .and_then(|i| entities.get(i));
        let rule = usize::try_from(rule)
            .ok()
            .and_then(|i| rules.get(i).copied().flatten());
        if let (Some((start, end)), Some(entity), Some(rule)) = (fits(start, len), entity, rule) {
            out.push(StoredMention {
                field,
                start,
                end,
                entity: entity.clone(),
                rule,
            });
        }
    }
    out
}

/// Appends `n` as unsigned LEB128.
fn put(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A cursor over an encoding.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// The next unsigned LEB128 number; `None` at the end or past 64 bits.
    fn number(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.pos)?;
            self.pos += 1;
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    /// The next `len` bytes.
    fn take(&mut self, len: u64) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(usize::try_from(len).ok()?)?;
        let out = self.bytes.get(self.pos..end)?;
        self.pos = end;
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomen_entities::Mention;
    use proptest::prelude::*;

    fn mention(
        field: Field,
        text: &str,
        start: usize,
        end: usize,
        entity: &str,
        rule: Rule,
    ) -> Mention {
        Mention {
            field,
            start,
            end,
            text: text[start..end].to_string(),
            entity: entity.into(),
            name: String::new(),
            rule,
        }
    }

    #[test]
    fn mentions_come_back_as_they_went_in() {
        let title = "Мадуро";
        let body = "Nicolás Maduro met the CNE. Maduro said";
        let entities = vec!["cne".to_string(), "nicolas-maduro".to_string()];
        let mentions = vec![
            mention(
                Field::Title,
                title,
                0,
                title.len(),
                "nicolas-maduro",
                Rule::Transliterated,
            ),
            mention(Field::Body, body, 0, 15, "nicolas-maduro", Rule::Exact),
            mention(Field::Body, body, 24, 27, "cne", Rule::Acronym),
            mention(
                Field::Body,
                body,
                29,
                35,
                "nicolas-maduro",
                Rule::SurnameCoref,
            ),
            // Not among the entities: left out.
            mention(Field::Body, body, 36, 40, "nobody", Rule::Exact),
        ];
        let bytes = encode(&mentions, &entities);
        // Four mentions of 4 numbers of one byte, the counts and the four rules' names.
        let names: usize = ["transliterated", "exact", "acronym", "surname-coref"]
            .iter()
            .map(|n| n.len() + 1)
            .sum();
        assert_eq!(bytes.len(), 4 * 4 + 2 + names);
        let back = decode(&bytes, &entities, title, body);
        let expected: Vec<(Field, &str, &str, Rule)> = mentions[..4]
            .iter()
            .map(|m| (m.field, m.text.as_str(), m.entity.as_str(), m.rule))
            .collect();
        let got: Vec<(Field, &str, &str, Rule)> = back
            .iter()
            .map(|m| {
                let text = if m.field == Field::Body { body } else { title };
                (m.field, &text[m.start..m.end], m.entity.as_str(), m.rule)
            })
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn what_does_not_fit_the_article_is_dropped() {
        let body = "Мадуро и CNE";
        let entities = vec!["a".to_string()];
        let mentions = vec![
            mention(Field::Body, body, 0, 12, "a", Rule::Exact),
            mention(Field::Body, body, 13, 16, "a", Rule::Exact),
        ];
        let bytes = encode(&mentions, &entities);
        // Another body: the first span now ends inside a character, the second past the end.
        assert!(decode(&bytes, &entities, "", "Maduro и").is_empty());
        // Fewer entities than the encoding names.
        assert!(decode(&bytes, &[], "", body).is_empty());
        assert_eq!(decode(&bytes, &entities, "", body).len(), 2);
        assert!(decode(&[], &entities, "", body).is_empty());
        // An unknown rule name.
        let mut unknown = bytes.clone();
        let at = unknown.windows(5).position(|w| w == b"exact").unwrap();
        unknown[at] = b'X';
        assert!(decode(&unknown, &entities, "", body).is_empty());
    }

    proptest! {
        #[test]
        fn any_bytes_decode_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let entities = vec!["a".to_string(), "b".to_string()];
            for m in decode(&bytes, &entities, "título", "cuerpo del artículo") {
                let text = if m.field == Field::Body { "cuerpo del artículo" } else { "título" };
                prop_assert!(text.get(m.start..m.end).is_some());
            }
        }
    }
}
