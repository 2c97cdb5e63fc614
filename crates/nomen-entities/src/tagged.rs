//! The shape in which a linked text is shown: the mentions with their entity's name and
//! rule, and the text's entity set with mention counts. `nomen tag --json` prints it,
//! `nomen serve` answers `POST /api/tag` and a document's mentions with it, so the two
//! can never disagree.

use std::collections::HashMap;

use serde::Serialize;

use crate::{DocumentLinks, Field, Gazetteer, Rule};

/// One mention, as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaggedMention {
    /// The field the mention is in (only for texts with a title and a body).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<Field>,
    /// Start byte offset in the original text of the field.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// The entity's id.
    pub entity: String,
    /// The entity's canonical name.
    pub name: String,
    /// Why it linked.
    pub rule: Rule,
}

/// One entity of a text's entity set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaggedEntity {
    /// Canonical id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Its kind (`person`, `organization`, `place`, `other`).
    pub kind: &'static str,
    /// Its mentions in the text.
    pub count: usize,
}

/// A linked text: `{"id"?, "mentions", "entities"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tagged {
    /// The article's id, when the text is one of several (`nomen tag --jsonl`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The mentions, title first, then by position.
    pub mentions: Vec<TaggedMention>,
    /// The entities mentioned, in the order of [`DocumentLinks::entities`], with
    /// their mention counts.
    pub entities: Vec<TaggedEntity>,
}

impl Tagged {
    /// The shown form of `links`, found with `gazetteer`'s linker. `with_field`: say
    /// which field each mention is in (a text of title and body).
    pub fn new(
        gazetteer: &Gazetteer,
        links: &DocumentLinks,
        id: Option<String>,
        with_field: bool,
    ) -> Tagged {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for m in &links.mentions {
            *counts.entry(m.entity.as_str()).or_default() += 1;
        }
        Tagged {
            id,
            mentions: links
                .mentions
                .iter()
                .map(|m| TaggedMention {
                    field: with_field.then_some(m.field),
                    start: m.start,
                    end: m.end,
                    text: m.text.clone(),
                    entity: m.entity.clone(),
                    name: m.name.clone(),
                    rule: m.rule,
                })
                .collect(),
            entities: links
                .entities
                .iter()
                .filter_map(|id| {
                    let e = gazetteer.get(id)?;
                    Some(TaggedEntity {
                        id: e.id.clone(),
                        name: e.name.clone(),
                        kind: e.kind.as_str(),
                        count: counts.get(id.as_str()).copied().unwrap_or(0),
                    })
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::Linker;

    #[test]
    fn counts_mentions_per_entity_and_names_fields_when_asked() {
        let linker = Linker::new(Arc::new(Gazetteer::builtin()));
        let links = linker.link_document("Maduro", "Nicolás Maduro met Joe Biden. Maduro left.");
        let tagged = Tagged::new(linker.gazetteer(), &links, Some("a1".into()), true);
        let maduro = tagged
            .entities
            .iter()
            .find(|e| e.id == "nicolas-maduro")
            .unwrap();
        assert_eq!(maduro.count, 3);
        assert_eq!(maduro.kind, "person");
        assert_eq!(tagged.mentions[0].field, Some(Field::Title));
        let json = serde_json::to_value(&tagged).unwrap();
        assert_eq!(json["id"], "a1");
        assert_eq!(json["mentions"][0]["field"], "title");
        let plain = Tagged::new(linker.gazetteer(), &links, None, false);
        let json = serde_json::to_value(&plain).unwrap();
        assert!(json.get("id").is_none());
        assert!(json["mentions"][0].get("field").is_none());
    }
}
