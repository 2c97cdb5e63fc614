//! The scoring harness shared by the accuracy tests (`accuracy.rs` on `data/eval`,
//! `any_spelling.rs` on `data/eval/any-spelling`): reads a labelled set (articles and
//! `gold.jsonl`), links every article, and counts mention- and document-level
//! precision and recall per language, with the list of misses and wrong links.
//!
//! A set is a directory holding `articles/*.txt` (first line the title, the rest the
//! body, the layout `nomen index` reads) and `gold.jsonl`: one line per article,
//! `{"file", "lang"?, "mentions": [[text, entity], ...]}`, every mention in text order.
//! Each mention's span is found by searching forward from the end of the previous one,
//! over the whole file (title, newline, body); a mention may be `[text, entity,
//! before]`, where `before` is the text right before it, to skip an earlier
//! occurrence that is not a mention. The language is `lang`, or the file name up to
//! its first `_`.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use nomen_entities::{Field, Linker};
use serde::Deserialize;

/// One labelled article.
#[derive(Debug, Deserialize)]
pub struct Gold {
    pub file: String,
    #[serde(default)]
    pub lang: Option<String>,
    pub mentions: Vec<Vec<String>>,
}

impl Gold {
    /// The article's language: `lang`, or the file name up to its first `_`.
    pub fn lang(&self) -> String {
        match &self.lang {
            Some(lang) => lang.clone(),
            None => self.file.split('_').next().unwrap_or("?").to_string(),
        }
    }
}

/// Reads `gold.jsonl` of a set; panics with the file and line on a bad line.
pub fn read_gold(dir: &Path) -> Vec<Gold> {
    let path = dir.join("gold.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let gold: Gold = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1));
            for m in &gold.mentions {
                assert!(
                    (2..=3).contains(&m.len()) && !m[0].is_empty(),
                    "{}:{}: mention {m:?} is not [text, entity] or [text, entity, before]",
                    path.display(),
                    i + 1
                );
            }
            gold
        })
        .collect()
}

/// True positives, predictions and gold items.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
    /// 1.0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.tp as f64 / self.predicted as f64
        }
    }
    /// 1.0 when there is nothing to find.
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }
}

/// Gold spans `(start, end, entity)` in whole-file offsets, found in order; panics
/// naming the file and the mention when one is not found.
pub fn gold_spans(text: &str, gold: &Gold) -> Vec<(usize, usize, String)> {
    let mut cursor = 0;
    gold.mentions
        .iter()
        .map(|m| {
            let (mention, entity) = (&m[0], &m[1]);
            let before = m.get(2).map(String::as_str).unwrap_or("");
            let at = text[cursor..]
                .find(&format!("{before}{mention}"))
                .map(|i| i + before.len())
                .unwrap_or_else(|| {
                    panic!("{}: gold {mention:?} not found after {cursor}", gold.file)
                })
                + cursor;
            cursor = at + mention.len();
            (at, at + mention.len(), entity.clone())
        })
        .collect()
}

/// The scores of one run over a set.
#[derive(Debug, Default)]
pub struct Evaluation {
    /// Mention-level counts per language.
    pub mentions: BTreeMap<String, Counts>,
    /// Document-level counts per language: each (article, entity) pair is one item.
    pub docs: BTreeMap<String, Counts>,
    /// Articles per language.
    pub articles: BTreeMap<String, usize>,
    /// One line per miss (`missed`), wrong link (`false`) and right entity on a wrong
    /// span (`span`), by file.
    pub errors: Vec<String>,
}

impl Evaluation {
    pub fn total_mentions(&self) -> Counts {
        let mut total = Counts::default();
        self.mentions.values().for_each(|c| total.add(*c));
        total
    }
    pub fn total_docs(&self) -> Counts {
        let mut total = Counts::default();
        self.docs.values().for_each(|c| total.add(*c));
        total
    }
    pub fn files(&self) -> usize {
        self.articles.values().sum()
    }

    /// The table (per language and in total) and the errors, as printed by the tests.
    pub fn report(&self, heading: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{heading}");
        let _ = writeln!(
            out,
            "lang  docs  mentions P / R / gold      doc entities P / R / gold"
        );
        let row = |out: &mut String, lang: &str, n: usize, m: Counts, d: Counts| {
            let _ = writeln!(
                out,
                "{lang:4}  {n:4}  {:.3} / {:.3} / {:3}       {:.3} / {:.3} / {:3}",
                m.precision(),
                m.recall(),
                m.gold,
                d.precision(),
                d.recall(),
                d.gold
            );
        };
        for (lang, m) in &self.mentions {
            row(&mut out, lang, self.articles[lang], *m, self.docs[lang]);
        }
        row(
            &mut out,
            "all",
            self.files(),
            self.total_mentions(),
            self.total_docs(),
        );
        for e in &self.errors {
            let _ = writeln!(out, "  {e}");
        }
        out
    }
}

/// Links every article of the set in `dir` and scores it against the gold.
///
/// With `scope`, only the entities it names are scored: a predicted mention of
/// another entity (a built-in place, say, when the built-in gazetteer is merged in)
/// is left out, unless its span overlaps a gold mention, where it is a wrong link.
/// Without, every prediction counts.
pub fn evaluate(dir: &Path, linker: &Linker, scope: Option<&HashSet<String>>) -> Evaluation {
    let mut eval = Evaluation::default();
    for gold in read_gold(dir) {
        let path = dir.join("articles").join(&gold.file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let (title, body) = text.split_once('\n').unwrap_or((text.as_str(), ""));
        let body_offset = title.len() + 1;
        let expected: BTreeSet<(usize, usize, String)> =
            gold_spans(&text, &gold).into_iter().collect();
        let links = linker.link_document(title, body);
        let mut predicted = BTreeSet::new();
        let mut rules = BTreeMap::new();
        let mut out_of_scope_kept = BTreeSet::new();
        for m in &links.mentions {
            let off = if m.field == Field::Title {
                0
            } else {
                body_offset
            };
            let (start, end) = (m.start + off, m.end + off);
            assert_eq!(&text[start..end], m.text, "{}: span of {m:?}", gold.file);
            if let Some(scope) = scope {
                if !scope.contains(&m.entity) {
                    if !expected.iter().any(|g| g.0 < end && start < g.1) {
                        continue;
                    }
                    out_of_scope_kept.insert(m.entity.clone());
                }
            }
            rules.insert((start, end, m.entity.clone()), m.rule);
            predicted.insert((start, end, m.entity.clone()));
        }
        let m = Counts {
            tp: predicted.intersection(&expected).count(),
            predicted: predicted.len(),
            gold: expected.len(),
        };
        // A prediction that overlaps a gold mention of the same entity has the right
        // entity and a wrong span: reported once, as `span`, not as a false link and a
        // miss (it counts as both in the figures: the scoring is strict).
        let mut span_missed = BTreeSet::new();
        for fp in predicted.difference(&expected) {
            let rule = rules[fp].as_str();
            let same = expected
                .difference(&predicted)
                .find(|g| g.2 == fp.2 && g.0 < fp.1 && fp.0 < g.1);
            if let Some(g) = same {
                span_missed.insert(g.clone());
                eval.errors.push(format!(
                    "{}: span {:?} for {:?} → {} ({rule})",
                    gold.file,
                    &text[fp.0..fp.1],
                    &text[g.0..g.1],
                    fp.2
                ));
            } else {
                eval.errors.push(format!(
                    "{}: false {:?} → {} ({rule})",
                    gold.file,
                    &text[fp.0..fp.1],
                    fp.2
                ));
            }
        }
        for miss in expected.difference(&predicted) {
            if !span_missed.contains(miss) {
                eval.errors.push(format!(
                    "{}: missed {:?} → {}",
                    gold.file,
                    &text[miss.0..miss.1],
                    miss.2
                ));
            }
        }
        let pe: BTreeSet<&str> = links
            .entities
            .iter()
            .map(String::as_str)
            .filter(|e| scope.is_none_or(|s| s.contains(*e)) || out_of_scope_kept.contains(*e))
            .collect();
        let ge: BTreeSet<&str> = gold.mentions.iter().map(|m| m[1].as_str()).collect();
        for e in ge.difference(&pe) {
            eval.errors.push(format!(
                "{}: document misses {e} (no mention linked)",
                gold.file
            ));
        }
        for e in pe.difference(&ge) {
            eval.errors
                .push(format!("{}: document wrongly names {e}", gold.file));
        }
        let d = Counts {
            tp: pe.intersection(&ge).count(),
            predicted: pe.len(),
            gold: ge.len(),
        };
        let lang = gold.lang();
        eval.mentions.entry(lang.clone()).or_default().add(m);
        eval.docs.entry(lang.clone()).or_default().add(d);
        *eval.articles.entry(lang).or_default() += 1;
    }
    eval
}
