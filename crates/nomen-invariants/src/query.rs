//! Search requests against a small index: query text, `--entity` names,
//! `--entity-id`s, `--lang`, `--since` and `--until`, hit and facet counts, all from
//! the input.
//!
//! Input: `query \0 entity names \0 entity ids \0 languages \0 since \n until \0
//! sizes`, each list one item a line; the length of the last part chooses the limit
//! (0 to 15) and the facet size (0 to 3). An empty since or until is not given.
//!
//! Invariants: nothing panics; a request either succeeds or fails with a user error
//! (a query that does not parse, a name that resolves to no entity or to several, an
//! unknown id, a date that does not parse), never an I/O or index error; results
//! hold at most `limit` hits and no more than `total`; every hit mentions each entity
//! searched for and is dated inside the bounds; a snippet's highlights lie inside its
//! text on char boundaries, sorted and apart; the facet holds at most `facet_size`
//! entities, none of those searched for.

use std::sync::{Arc, OnceLock};

use nomen_entities::Gazetteer;
use nomen_index::{
    parse_since, parse_until, Error, IngestOptions, Input, NomenIndex, SearchRequest, Searcher,
};

/// The articles of the index searched: several scripts, dates, languages, entities.
const ARTICLES: &str = concat!(
    r#"{"id":"a1","title":"Elecciones en Venezuela","body":"El Consejo Nacional Electoral (CNE) proclamó a Nicolás Maduro. Edmundo González Urrutia no reconoce el resultado.","lang":"es","date":"2024-07-29","source":"agencia"}"#,
    "\n",
    r#"{"id":"a2","title":"Mangos","body":"Un mango maduro es dulce; O'Brien's café sells them.","lang":"en","date":"2023-01-15T10:30:00Z"}"#,
    "\n",
    r#"{"id":"a3","title":"Николас Мадуро","body":"Президент Венесуэлы Николас Мадуро встретился с журналистами. 马杜罗 Μαδούρο Straße İstanbul.","date":"1999-12-31T23:59:59+02:00"}"#,
    "\n",
    r#"{"id":"a4","title":"No date","body":"MADURO MOROS, Nicolás habló con el CNE.","url":"https://example.invalid/a4"}"#,
    "\n",
);

/// A searcher over an index of [`ARTICLES`] with the built-in gazetteer, built once
/// in a temporary directory (which lives as long as the process).
fn searcher() -> &'static Searcher {
    static INDEX: OnceLock<(tempfile::TempDir, Searcher)> = OnceLock::new();
    let (_, searcher) = INDEX.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let articles = dir.path().join("articles.jsonl");
        std::fs::write(&articles, ARTICLES).expect("writing the articles");
        let index = NomenIndex::create_or_open(
            dir.path().join("index"),
            Some(Arc::new(Gazetteer::builtin())),
        )
        .expect("creating the index");
        let options = IngestOptions::default();
        let summary = index
            .ingest(&[Input::Path(articles)], &options, &mut ())
            .expect("indexing the articles");
        assert_eq!(summary.documents, 4);
        let searcher = index.searcher().expect("a searcher");
        (dir, searcher)
    });
    searcher
}

/// Checks one search request made from fuzz input (see the module docs).
pub fn check(data: &[u8]) {
    let p = crate::parts(data, 6);
    let lines = |s: &str| -> Vec<String> { s.lines().map(str::to_string).collect() };
    let (since, until) = p[4].split_once('\n').unwrap_or((&p[4], ""));
    let mut request = SearchRequest {
        query: (!p[0].is_empty()).then(|| p[0].clone()),
        entities: lines(&p[1]),
        entity_ids: lines(&p[2]),
        langs: lines(&p[3]),
        limit: p[5].len() % 16,
        facet_size: p[5].len() / 16 % 4,
        ..SearchRequest::default()
    };
    for (value, parse, slot) in [
        (
            since,
            parse_since as fn(&str) -> Result<i64, Error>,
            &mut request.since,
        ),
        (until, parse_until, &mut request.until),
    ] {
        if value.is_empty() {
            continue;
        }
        match parse(value) {
            Ok(secs) => *slot = Some(secs),
            Err(Error::Date { .. }) => {}
            Err(e) => panic!("{value:?}: not a date error: {e}"),
        }
    }
    check_request(searcher(), &request);
}

/// Runs `request` and checks the outcome.
pub fn check_request(searcher: &Searcher, request: &SearchRequest) {
    let results = match searcher.search(request) {
        Ok(results) => results,
        Err(
            Error::Query { .. }
            | Error::Entity(_)
            | Error::UnknownEntityId { .. }
            | Error::Date { .. },
        ) => return,
        Err(e) => panic!("{request:?}: not a user error: {e}"),
    };
    assert!(
        results.hits.len() <= request.limit && results.hits.len() as u64 <= results.total,
        "{request:?}: {} hits of {}",
        results.hits.len(),
        results.total
    );
    assert!(
        results.facets.entities.len() <= request.facet_size,
        "{request:?}"
    );
    for hit in &results.hits {
        for wanted in &results.resolved {
            assert!(
                hit.entities.contains(&wanted.id),
                "{request:?}: hit {} does not mention {}",
                hit.id,
                wanted.id
            );
        }
        if request.since.is_some() || request.until.is_some() {
            let date = hit
                .date
                .as_deref()
                .and_then(nomen_index::date::parse_timestamp);
            match date {
                Some(d) => assert!(
                    request.since.is_none_or(|s| d >= s) && request.until.is_none_or(|u| d < u),
                    "{request:?}: hit {} dated {:?}",
                    hit.id,
                    hit.date
                ),
                None => panic!("{request:?}: hit {} has no date", hit.id),
            }
        }
        let snippet = &hit.snippet;
        let mut at = 0;
        for r in &snippet.highlights {
            assert!(
                at <= r.start && r.start < r.end && r.end <= snippet.text.len(),
                "{request:?}: highlight {r:?} in {:?}",
                snippet.text
            );
            assert!(
                snippet.text.is_char_boundary(r.start) && snippet.text.is_char_boundary(r.end),
                "{request:?}: highlight {r:?} off char boundaries in {:?}",
                snippet.text
            );
            at = r.end;
        }
        let _ = snippet.to_html();
    }
    for facet in &results.facets.entities {
        assert!(
            !results.resolved.iter().any(|e| e.id == facet.id),
            "{request:?}: facet repeats {}",
            facet.id
        );
    }
}
