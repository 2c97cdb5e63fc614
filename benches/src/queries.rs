//! The fixed query set of the search benchmark, derived from a seed, the generator's
//! word lists and the gazetteer (plus the entities an index mentions most), so two
//! runs on the same index ask the same questions.

use nomen_entities::Gazetteer;
use nomen_index::SearchRequest;
use serde::Serialize;

use crate::rng::{derive, Rng};
use crate::vocab::LANGUAGES;

const STREAM_QUERIES: u64 = 3;

/// The queries, by class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuerySet {
    /// Text queries: one or two words (all required).
    pub text: Vec<String>,
    /// Entity ids to filter on.
    pub entity_ids: Vec<String>,
    /// Text plus entity id.
    pub combined: Vec<(String, String)>,
    /// Facet counting over all documents (`None`) or one language.
    pub facet_langs: Vec<Option<String>>,
}

impl QuerySet {
    /// Builds the set: 60 text queries (40 single words of mid frequency from the
    /// Latin-, Cyrillic- and Greek-script word lists, 20 pairs from one language each), 40 entity ids (the `popular`
    /// ones first, up to 20, then drawn from `gazetteer`), 40 combined queries, and
    /// facet counts over everything and per language.
    pub fn build(seed: u64, gazetteer: &Gazetteer, popular: &[String]) -> QuerySet {
        let mut rng = Rng::new(derive(seed, STREAM_QUERIES, 0));
        let spaced: Vec<_> = LANGUAGES.iter().filter(|l| !l.no_spaces).collect();
        let pick_lang = |rng: &mut Rng| spaced[rng.below(spaced.len() as u64) as usize];
        // Skip the most frequent (function) words: ranks 15 .. end.
        let word = |rng: &mut Rng, lang: &crate::vocab::Language| -> String {
            let lo = 15.min(lang.words.len() - 1);
            lang.words[rng.range(lo, lang.words.len() - 1)].to_lowercase()
        };
        let mut text = Vec::with_capacity(60);
        for _ in 0..40 {
            let lang = pick_lang(&mut rng);
            text.push(word(&mut rng, lang));
        }
        // Pairs from one language, so that they can co-occur.
        for _ in 0..20 {
            let lang = pick_lang(&mut rng);
            let a = word(&mut rng, lang);
            let b = word(&mut rng, lang);
            text.push(format!("{a} {b}"));
        }

        let mut entity_ids: Vec<String> = popular.iter().take(20).cloned().collect();
        let entities = gazetteer.entities();
        let mut attempts = 0;
        while entity_ids.len() < 40 && !entities.is_empty() && attempts < 1000 {
            attempts += 1;
            let id = &entities[rng.below(entities.len() as u64) as usize].id;
            if !entity_ids.contains(id) {
                entity_ids.push(id.clone());
            }
        }
        let combined = entity_ids
            .iter()
            .enumerate()
            .map(|(i, id)| (text[i % text.len()].clone(), id.clone()))
            .collect();
        let mut facet_langs = vec![None];
        facet_langs.extend(LANGUAGES.iter().map(|l| Some(l.code.to_string())));
        QuerySet {
            text,
            entity_ids,
            combined,
            facet_langs,
        }
    }

    /// The requests of each class: `(class, description, requests)`.
    pub fn requests(&self) -> Vec<(&'static str, String, Vec<SearchRequest>)> {
        let base = SearchRequest::default();
        let text = self
            .text
            .iter()
            .map(|q| SearchRequest {
                query: Some(q.clone()),
                ..base.clone()
            })
            .collect();
        let entity = self
            .entity_ids
            .iter()
            .map(|id| SearchRequest {
                entity_ids: vec![id.clone()],
                ..base.clone()
            })
            .collect();
        let combined = self
            .combined
            .iter()
            .map(|(q, id)| SearchRequest {
                query: Some(q.clone()),
                entity_ids: vec![id.clone()],
                ..base.clone()
            })
            .collect();
        let facet = self
            .facet_langs
            .iter()
            .map(|lang| SearchRequest {
                langs: lang.iter().cloned().collect(),
                limit: 1,
                facet_size: 20,
                ..base.clone()
            })
            .collect();
        vec![
            (
                "text",
                format!(
                    "{} word queries (1-2 words, all required), top 10 with snippets and the \
                     entity facet",
                    self.text.len()
                ),
                text,
            ),
            (
                "entity",
                format!(
                    "{} entity-id filters, newest 10 with snippets and the entity facet",
                    self.entity_ids.len()
                ),
                entity,
            ),
            (
                "combined",
                format!("{} word + entity-id queries", self.combined.len()),
                combined,
            ),
            (
                "facet",
                format!(
                    "{} entity facet counts (top 20) over all documents or one language",
                    self.facet_langs.len()
                ),
                facet,
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_set_is_fixed_by_the_seed() {
        let g = Gazetteer::builtin();
        let popular = vec!["nicolas-maduro".to_string()];
        let a = QuerySet::build(1, &g, &popular);
        assert_eq!(a, QuerySet::build(1, &g, &popular));
        assert_ne!(a.text, QuerySet::build(2, &g, &popular).text);
        assert_eq!(a.text.len(), 60);
        assert_eq!(a.entity_ids[0], "nicolas-maduro");
        assert_eq!(a.entity_ids.len(), g.len().min(40));
        let classes: Vec<_> = a
            .requests()
            .into_iter()
            .map(|(c, _, r)| (c, r.len()))
            .collect();
        assert_eq!(classes[0], ("text", 60));
        assert_eq!(classes[3].1, 1 + LANGUAGES.len());
    }
}
