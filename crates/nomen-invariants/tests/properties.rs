//! Property tests: the invariants the fuzz targets check (see `nomen_invariants`),
//! on generated input, in the ordinary test run. Folding has its own, larger property
//! tests in `crates/nomen-fold/tests/properties.rs`; the fold check runs here on a
//! few cases only, to keep it in step with the fuzz target.
//!
//! Generators build input that reaches the interesting paths more often than random
//! bytes do: names of the built-in gazetteer in several spellings among ordinary
//! words, well-formed and malformed gazetteer and article lines, query syntax.

use std::io::Write;
use std::sync::{Arc, OnceLock};

use nomen_entities::{Gazetteer, Linker, Rule};
use nomen_invariants::{fold, gazetteer, jsonl, query, tag};
use proptest::prelude::*;

fn builtin() -> &'static Linker {
    static LINKER: OnceLock<Linker> = OnceLock::new();
    LINKER.get_or_init(|| Linker::new(Arc::new(Gazetteer::builtin())))
}

/// Pieces of text: names of the built-in gazetteer as written, upper-cased,
/// lower-cased and surname-first, ordinary words, punctuation and odd characters.
fn piece() -> impl Strategy<Value = String> {
    let names: Vec<String> = Gazetteer::builtin()
        .entities()
        .iter()
        .flat_map(|e| e.names().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let name = proptest::sample::select(names);
    prop_oneof![
        3 => name.clone(),
        1 => name.clone().prop_map(|n| n.to_uppercase()),
        1 => name.clone().prop_map(|n| n.to_lowercase()),
        1 => name.prop_map(|n| match n.rsplit_once(' ') {
            Some((given, surname)) => format!("{}, {given}", surname.to_uppercase()),
            None => n,
        }),
        4 => proptest::sample::select(vec![
            "el", "presidente", "la", "de", "un", "mango", "maduro", "said", "the", "and",
            "Sr.", "Dr.", "President", "of", "in", "Caracas", "Felipe", "Guerra", "Post",
            "N.", "E.", "CNE", "(", ")", ",", ".", "'s", "’s", "-", "\n", "\u{301}",
            "\u{200B}", "½", "ß", "İ", "ﬁ", "Ⅻ", "é", "e\u{301}",
        ])
        .prop_map(str::to_string),
        1 => "[\\PC]{1,4}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..24).prop_map(|v| v.join(" "))
}

/// A gazetteer line: a valid entity (names from the pieces), or one of several kinds
/// of broken line.
fn gazetteer_line() -> impl Strategy<Value = String> {
    let kind = proptest::sample::select(vec!["person", "organization", "place", "other", "robot"]);
    let json = |s: &str| serde_json::to_string(s).expect("a string serializes");
    prop_oneof![
        6 => ("[a-z0-9-]{0,8}", piece(), kind, proptest::collection::vec(piece(), 0..3), any::<bool>())
            .prop_map(move |(id, name, kind, aliases, extra)| {
                let aliases: Vec<String> = aliases.iter().map(|a| json(a)).collect();
                format!(
                    "{{\"id\": {}, \"name\": {}, \"kind\": \"{kind}\", \"aliases\": [{}]{}}}",
                    json(&id),
                    json(&name),
                    aliases.join(", "),
                    if extra { ", \"wikidata\": {\"q\": [1, 2.5, null, true]}" } else { "" }
                )
            }),
        1 => Just(String::new()),
        1 => Just("# a comment".to_string()),
        1 => Just("{\"id\": \"x\", \"name\": \"X\"}".to_string()),
        1 => Just("{\"id\": \"x\", \"id\": \"y\", \"name\": \"X\", \"kind\": \"person\"}".to_string()),
        1 => Just("[1, 2]".to_string()),
        1 => "[\\PC]{0,12}",
    ]
}

fn gazetteer_text() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(gazetteer_line(), 0..8),
        any::<bool>(),
    )
        .prop_map(|(lines, crlf)| lines.join(if crlf { "\r\n" } else { "\n" }))
}

/// A JSON value for an article field: strings of several kinds, dates in and out of
/// range, numbers, null, arrays, objects.
fn field_value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => text().prop_map(|t| serde_json::to_string(&t).expect("a string serializes")),
        2 => (0u32..10_000, 1u32..13, 1u32..32).prop_map(|(y, m, d)| format!("\"{y:04}-{m:02}-{d:02}\"")),
        1 => (0u32..10_000, 0u32..24, 0u32..60, "[+-][0-2][0-9]:[0-5][0-9]|Z|")
            .prop_map(|(y, h, m, off)| format!("\"{y:04}-06-15T{h:02}:{m:02}:00{off}\"")),
        1 => any::<i64>().prop_map(|n| n.to_string()),
        1 => any::<f64>().prop_map(|n| format!("{n:?}")),
        1 => Just("null".to_string()),
        1 => Just("[\"a\", 1]".to_string()),
        1 => Just("{\"a\": 1}".to_string()),
        1 => Just("\"  \"".to_string()),
    ]
}

fn article_line() -> impl Strategy<Value = String> {
    let field = proptest::sample::select(vec![
        "id", "title", "body", "text", "date", "lang", "source", "url", "other",
    ]);
    prop_oneof![
        8 => proptest::collection::vec((field, field_value()), 0..7).prop_map(|fields| {
            let fields: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
            format!("{{{}}}", fields.join(", "))
        }),
        1 => Just("   ".to_string()),
        1 => "[\\PC]{0,12}",
        1 => Just("{\"body\": \"truncated".to_string()),
    ]
}

fn articles() -> impl Strategy<Value = Vec<u8>> {
    (
        proptest::collection::vec(article_line(), 0..6),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(lines, crlf, gzip)| {
            let text = lines.join(if crlf { "\r\n" } else { "\n" }).into_bytes();
            if gzip {
                let mut enc =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                enc.write_all(&text).expect("writing to memory");
                enc.finish().expect("writing to memory")
            } else {
                text
            }
        })
}

/// Query text: words of the indexed articles in several spellings, and query syntax.
fn query_text() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        4 => proptest::sample::select(vec![
            "maduro", "MADURO", "Мадуро", "nicolás", "cne", "mango", "straße", "istanbul",
            "o'brien's", "café", "马杜罗", "elecciones",
        ]).prop_map(str::to_string),
        3 => proptest::sample::select(vec![
            "AND", "OR", "NOT", "-", "+", "\"", "'", "(", ")", "title:", "body:", "lang:",
            "entities:", "id:", "date:", "url:", "nofield:", "*", "~2", "^2", "[a TO z]",
            "{", "}", ":", "\\", "’", "IN [a b]", "\u{0}",
        ]).prop_map(str::to_string),
        1 => "[\\PC]{1,4}",
    ];
    proptest::collection::vec(token, 0..8).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn linker_invariants_on_generated_documents(title in text(), body in text()) {
        tag::check_linker(builtin(), &title, &body);
    }

    #[test]
    fn linker_invariants_with_a_generated_gazetteer(g in gazetteer_text(), body in text()) {
        if let Ok(gazetteer) = Gazetteer::from_jsonl_str(&g, "generated.jsonl") {
            if !gazetteer.is_empty() {
                tag::check_linker(&Linker::new(Arc::new(gazetteer)), "", &body);
            }
        }
    }

    /// Text appended after a long run of ordinary lowercase words does not remove
    /// or move a full-name mention before it. (Short forms, acronyms and
    /// transliterated matches, which may be short forms, can change: they depend on
    /// who else the whole document names, e.g. `МАДУРО` is left unlinked once
    /// `Nicolás Maduro Guerra` appears; the first words decide whether a text is
    /// written in headline style; and a one-word name opening a sentence reads as a
    /// common word once the document writes that word in lowercase, e.g. `Qionghai N.`
    /// then `qionghai shi`, as `Paz` does before `la paz`.)
    #[test]
    fn appending_text_keeps_earlier_full_name_mentions(base in text(), more in text()) {
        let filler = "and then the story went on for a long while without anyone of note ".repeat(8);
        let before = format!("{base}\n\n{filler}");
        let after = format!("{before}{more}");
        let full = |r: Rule| matches!(r, Rule::Exact | Rule::Folded | Rule::Alias | Rule::Reordered);
        let old = builtin().link_text(&before);
        let new = builtin().link_text(&after);
        let fold = |w: &str| nomen_fold::fold(w).into_owned();
        let written_lowercase_after = |word: &str| {
            more.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.chars().next().is_some_and(char::is_lowercase) && fold(w) == fold(word))
        };
        let opens_sentence = |start: usize| {
            let gap = before[..start].trim_end_matches(' ');
            gap.is_empty() || gap.ends_with(['.', '!', '?', '…', ':', '\n', '"', '“', '”', '„', '«', '»', '¿', '¡', '—', '–'])
        };
        let common_word_now = |m: &nomen_entities::Mention| {
            !m.text.contains(char::is_whitespace) && opens_sentence(m.start) && written_lowercase_after(&m.text)
        };
        for m in old.mentions.iter().filter(|m| full(m.rule) && !common_word_now(m)) {
            prop_assert!(
                new.mentions.iter().any(|n| n.start == m.start && n.end == m.end && n.entity == m.entity),
                "mention {m:?} of {before:?} is gone after appending {more:?}"
            );
        }
    }

    #[test]
    fn gazetteer_loader_on_generated_lines(g in gazetteer_text()) {
        gazetteer::check_str(&g);
    }

    /// Entities with non-empty ids and names that fold to something load, and
    /// come back unchanged through `to_jsonl`.
    #[test]
    fn valid_entities_round_trip(
        entities in proptest::collection::vec(("[a-z][a-z0-9-]{0,8}", "[A-Z][a-z]{1,6}( [A-Z][a-z]{1,6})?", proptest::collection::vec(piece(), 0..3)), 0..6)
    ) {
        let mut lines = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (id, name, aliases) in &entities {
            let aliases: Vec<&String> = aliases.iter().filter(|a| !nomen_fold::Folder::new().tokenize(a).is_empty()).collect();
            if seen.insert(id.clone()) {
                let entity = serde_json::json!({"id": id, "name": name, "kind": "person", "aliases": aliases});
                lines.push(entity.to_string());
            }
        }
        let text = lines.join("\n");
        let loaded = gazetteer::check_str(&text);
        prop_assert!(loaded.is_some(), "{text:?} does not load");
        prop_assert_eq!(loaded.map_or(0, |g| g.len()), lines.len());
    }

    #[test]
    fn record_reader_on_generated_articles(data in articles()) {
        jsonl::check(&data);
    }

    #[test]
    fn search_requests_from_generated_queries(
        q in query_text(),
        entity in proptest::option::of(prop_oneof![piece(), "[\\PC]{0,6}"]),
        id in proptest::option::of(prop_oneof![Just("nicolas-maduro".to_string()), "[a-z-]{0,8}"]),
        lang in proptest::option::of(prop_oneof![Just("ES".to_string()), Just("ru".to_string()), "[\\PC]{0,3}"]),
        since in proptest::option::of(prop_oneof![Just("2000-01-01".to_string()), Just("1500-01-01".to_string()), Just("9999-12-31".to_string()), "[\\PC]{0,12}"]),
        until in proptest::option::of(prop_oneof![Just("2024-07-29".to_string()), Just("2262-04-12".to_string()), "[\\PC]{0,12}"]),
        sizes in 0usize..64,
    ) {
        let mut data = Vec::new();
        for part in [
            Some(q),
            entity,
            id,
            lang,
            Some(format!("{}\n{}", since.unwrap_or_default(), until.unwrap_or_default())),
        ] {
            data.extend_from_slice(part.unwrap_or_default().as_bytes());
            data.push(0);
        }
        data.extend(std::iter::repeat_n(b'x', sizes));
        query::check(&data);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(50))]

    #[test]
    fn fold_check_on_generated_text(t in text()) {
        fold::check_str(&t);
    }
}
