//! The timeline of a search: how many matching articles each month (or each day, for
//! a short span) holds, counted in one pass over the date fast field of the matches.
//! `nomen serve` draws it for an entity; a bucket carries the `since`/`until` days that
//! narrow a search to it.

use std::collections::HashMap;

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DateTime, DocId, Score, SegmentOrdinal, SegmentReader};

use crate::budget::Bounded;
use crate::date::{civil_from_days, days_in_month};
use crate::error::Error;
use crate::schema::names;
use crate::search::{EntityCount, SearchRequest, Searcher};

/// With [`Granularity::Auto`], matches spanning at most this many days are counted
/// per day, longer spans per month.
pub const DAY_SPAN: i64 = 92;

/// The most buckets a timeline holds: a per-day timeline over a longer span, or a
/// per-month one over more than a thousand years, is an error.
pub const MAX_BUCKETS: usize = 12_000;

/// How the matches are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// Per day when the matches span at most [`DAY_SPAN`] days, else per month.
    #[default]
    Auto,
    /// Per day.
    Day,
    /// Per month.
    Month,
}

impl std::str::FromStr for Granularity {
    type Err = String;

    fn from_str(s: &str) -> Result<Granularity, String> {
        match s {
            "auto" => Ok(Granularity::Auto),
            "day" => Ok(Granularity::Day),
            "month" => Ok(Granularity::Month),
            other => Err(format!("{other:?} is not auto, day or month")),
        }
    }
}

/// One bar of a timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bucket {
    /// The period: `YYYY-MM` (a month) or `YYYY-MM-DD` (a day).
    pub period: String,
    /// Its first day (`YYYY-MM-DD`): the `since` of a search narrowed to it.
    pub since: String,
    /// Its last day (`YYYY-MM-DD`, inclusive): the `until` of a search narrowed to it.
    pub until: String,
    /// Matching articles dated in it.
    pub count: u64,
}

/// The matches of a search over time.
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    /// The entities searched for (`count`: matching articles).
    pub entities: Vec<EntityCount>,
    /// `day` or `month` (never `auto`).
    pub granularity: Granularity,
    /// Matching articles.
    pub total: u64,
    /// Matching articles without a date (in no bucket).
    pub undated: u64,
    /// Consecutive periods from the first match to the last, empty ones included.
    pub buckets: Vec<Bucket>,
}

impl Searcher {
    /// Counts the matches of `request` (its text, entity, language and date parts;
    /// limit and offset are ignored) per day or month.
    pub fn timeline(
        &self,
        request: &SearchRequest,
        granularity: Granularity,
    ) -> Result<Timeline, Error> {
        let built = self.build_query(request)?;
        let searcher = self.tantivy_searcher();
        let (days, undated) = searcher
            .search(
                built.query.as_ref(),
                &Bounded::new(DayCounts, request.deadline),
            )
            .map_err(|e| self.run_error(request, e))?;
        Timeline::of_days(built.resolved, granularity, &days, undated)
    }
}

impl Timeline {
    /// The timeline of the matches of a search for `resolved` (the entities searched
    /// for), from the count of matches per day (days since 1970-01-01, UTC; a day
    /// may stand for its month: any day of a month counts for that month) and of
    /// matches without a date. The local search counts them itself; a cluster's
    /// search counts them with a date histogram.
    pub fn of_days(
        resolved: Vec<EntityCount>,
        granularity: Granularity,
        days: &HashMap<i64, u64>,
        undated: u64,
    ) -> Result<Timeline, Error> {
        let total = days.values().sum::<u64>() + undated;
        let entities: Vec<EntityCount> = resolved
            .into_iter()
            .map(|e| EntityCount { count: total, ..e })
            .collect();
        let (Some(&first), Some(&last)) = (days.keys().min(), days.keys().max()) else {
            return Ok(Timeline {
                entities,
                granularity: match granularity {
                    Granularity::Day => Granularity::Day,
                    _ => Granularity::Month,
                },
                total,
                undated,
                buckets: Vec::new(),
            });
        };
        let granularity = match granularity {
            Granularity::Auto if last - first < DAY_SPAN => Granularity::Day,
            Granularity::Auto => Granularity::Month,
            g => g,
        };
        let too_many = || {
            Error::Option(format!(
                "a per-{} timeline of these articles would have more than {MAX_BUCKETS} bars: \
             narrow the dates (since, until) or count per month",
                if granularity == Granularity::Day {
                    "day"
                } else {
                    "month"
                }
            ))
        };
        let mut buckets = Vec::new();
        if granularity == Granularity::Day {
            if last - first >= MAX_BUCKETS as i64 {
                return Err(too_many());
            }
            for day in first..=last {
                let (y, m, d) = civil_from_days(day);
                let date = format!("{y:04}-{m:02}-{d:02}");
                buckets.push(Bucket {
                    period: date.clone(),
                    since: date.clone(),
                    until: date,
                    count: days.get(&day).copied().unwrap_or(0),
                });
            }
        } else {
            let mut months: HashMap<(i64, i64), u64> = HashMap::new();
            for (&day, &count) in days {
                let (y, m, _) = civil_from_days(day);
                *months.entry((y, m)).or_default() += count;
            }
            let (mut y, mut m, _) = civil_from_days(first);
            let (ly, lm, _) = civil_from_days(last);
            if (ly - y) * 12 + (lm - m) >= MAX_BUCKETS as i64 {
                return Err(too_many());
            }
            while (y, m) <= (ly, lm) {
                buckets.push(Bucket {
                    period: format!("{y:04}-{m:02}"),
                    since: format!("{y:04}-{m:02}-01"),
                    until: format!("{y:04}-{m:02}-{:02}", days_in_month(y, m)),
                    count: months.get(&(y, m)).copied().unwrap_or(0),
                });
                (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            }
        }
        debug_assert_eq!(
            buckets.iter().map(|b| b.count).sum::<u64>() + undated,
            total
        );
        Ok(Timeline {
            entities,
            granularity,
            total,
            undated,
            buckets,
        })
    }
}

/// Counts matching documents per day (days since 1970-01-01, UTC) and those without
/// a date.
struct DayCounts;

struct SegmentDayCounts {
    column: Column<DateTime>,
    days: HashMap<i64, u64>,
    undated: u64,
}

impl Collector for DayCounts {
    type Fruit = (HashMap<i64, u64>, u64);
    type Child = SegmentDayCounts;

    fn for_segment(
        &self,
        _segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentDayCounts> {
        Ok(SegmentDayCounts {
            column: segment.fast_fields().date(names::DATE)?,
            days: HashMap::new(),
            undated: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<(HashMap<i64, u64>, u64)>) -> tantivy::Result<Self::Fruit> {
        let mut days: HashMap<i64, u64> = HashMap::new();
        let mut undated = 0;
        for (segment_days, segment_undated) in fruits {
            undated += segment_undated;
            for (day, count) in segment_days {
                *days.entry(day).or_default() += count;
            }
        }
        Ok((days, undated))
    }
}

impl SegmentCollector for SegmentDayCounts {
    type Fruit = (HashMap<i64, u64>, u64);

    fn collect(&mut self, doc: DocId, _score: Score) {
        match self.column.first(doc) {
            Some(date) => {
                let day = date.into_timestamp_secs().div_euclid(86_400);
                *self.days.entry(day).or_default() += 1;
            }
            None => self.undated += 1,
        }
    }

    fn harvest(self) -> Self::Fruit {
        (self.days, self.undated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{IngestOptions, Input, NomenIndex};

    fn index_of(lines: &[String]) -> (tempfile::TempDir, NomenIndex) {
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join("a.jsonl");
        std::fs::write(&articles, lines.join("\n")).unwrap();
        let index = NomenIndex::create_or_open(dir.path().join("idx"), None).unwrap();
        index
            .ingest(&[Input::Path(articles)], &IngestOptions::default(), &mut ())
            .unwrap();
        (dir, index)
    }

    fn article(id: usize, date: Option<&str>, body: &str) -> String {
        let date = date.map_or(String::new(), |d| format!(r#","date":"{d}""#));
        format!(r#"{{"id":"a{id}","title":"t","body":"{body}","lang":"es"{date}}}"#)
    }

    #[test]
    fn counts_per_month_with_empty_months_and_undated_articles() {
        let (_dir, index) = index_of(&[
            article(1, Some("2024-01-05"), "Nicolás Maduro habló."),
            article(2, Some("2024-01-30"), "Nicolás Maduro viajó."),
            article(3, Some("2024-05-02"), "Nicolás Maduro volvió."),
            article(4, None, "Nicolás Maduro sin fecha."),
            article(5, Some("2024-02-02"), "Un mango."),
        ]);
        let searcher = index.searcher().unwrap();
        let request = SearchRequest {
            entity_ids: vec!["nicolas-maduro".into()],
            ..SearchRequest::default()
        };
        let t = searcher.timeline(&request, Granularity::Auto).unwrap();
        assert_eq!(t.granularity, Granularity::Month);
        assert_eq!((t.total, t.undated), (4, 1));
        let bars: Vec<(&str, u64)> = t
            .buckets
            .iter()
            .map(|b| (b.period.as_str(), b.count))
            .collect();
        assert_eq!(
            bars,
            [
                ("2024-01", 2),
                ("2024-02", 0),
                ("2024-03", 0),
                ("2024-04", 0),
                ("2024-05", 1)
            ]
        );
        assert_eq!(
            (t.buckets[1].since.as_str(), t.buckets[1].until.as_str()),
            ("2024-02-01", "2024-02-29")
        );
        // A bucket's days narrow a search to its articles.
        let narrowed = searcher
            .search(&SearchRequest {
                since: Some(crate::parse_since(&t.buckets[0].since).unwrap()),
                until: Some(crate::parse_until(&t.buckets[0].until).unwrap()),
                ..request.clone()
            })
            .unwrap();
        assert_eq!(narrowed.total, 2);
        // A short span is counted per day; asked for, per month.
        let short = SearchRequest {
            until: Some(crate::parse_until("2024-01-31").unwrap()),
            ..request.clone()
        };
        let t = searcher.timeline(&short, Granularity::Auto).unwrap();
        assert_eq!(t.granularity, Granularity::Day);
        assert_eq!(t.buckets.len(), 26);
        assert_eq!(t.buckets[0].period, "2024-01-05");
        assert_eq!(t.buckets.iter().map(|b| b.count).sum::<u64>(), 2);
        let t = searcher.timeline(&short, Granularity::Month).unwrap();
        assert_eq!(t.buckets.len(), 1);
    }

    #[test]
    fn no_match_is_an_empty_timeline_and_too_many_days_an_error() {
        let (_dir, index) = index_of(&[
            article(1, Some("1990-01-05"), "Nicolás Maduro habló."),
            article(2, Some("2024-01-30"), "Nicolás Maduro viajó."),
        ]);
        let searcher = index.searcher().unwrap();
        let none = SearchRequest {
            query: Some("nothingmatches".into()),
            ..SearchRequest::default()
        };
        let t = searcher.timeline(&none, Granularity::Auto).unwrap();
        assert_eq!((t.total, t.buckets.len()), (0, 0));
        let err = searcher
            .timeline(&SearchRequest::default(), Granularity::Day)
            .unwrap_err();
        assert!(err.to_string().contains("more than"), "{err}");
        let t = searcher
            .timeline(&SearchRequest::default(), Granularity::Auto)
            .unwrap();
        assert_eq!(t.buckets.len(), 34 * 12 + 1);
    }
}
