//! Query-string parameters, read by hand so that every mistake is a 400 naming the
//! parameter: an unknown name, a repeated single-valued one, a number that is not
//! one or is over its cap, a date that does not parse.

use nomen_index::{parse_since, parse_until, SearchRequest};

use crate::error::ApiError;
use crate::Limits;

/// The decoded parameters of one request, in order.
#[derive(Debug, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

/// Parameters that may be given several times.
const REPEATABLE: &[&str] = &["entity", "entity_id", "lang"];

impl Params {
    /// Decodes `query` (the raw query string), accepting only the names in
    /// `allowed`; a name other than `entity`, `entity_id` and `lang` may appear once.
    pub fn parse(query: Option<&str>, allowed: &[&str]) -> Result<Params, ApiError> {
        let mut pairs: Vec<(String, String)> = Vec::new();
        for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
            if name.is_empty() && value.is_empty() {
                continue;
            }
            if !allowed.contains(&name.as_ref()) {
                return Err(ApiError::param(
                    &name,
                    format!(
                        "unknown parameter {name:?} (this route takes: {})",
                        allowed.join(", ")
                    ),
                ));
            }
            if !REPEATABLE.contains(&name.as_ref()) && pairs.iter().any(|(n, _)| *n == name) {
                return Err(ApiError::param(&name, format!("{name:?} is given twice")));
            }
            pairs.push((name.into_owned(), value.into_owned()));
        }
        Ok(Params { pairs })
    }

    /// The value of single-valued `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `name`, blank ones left out.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(n, v)| n == name && !v.trim().is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// `name` as a whole number in `0..=max`; `default` when absent.
    pub fn number(&self, name: &str, default: usize, max: usize) -> Result<usize, ApiError> {
        let Some(value) = self.get(name) else {
            return Ok(default);
        };
        let n: usize = value.trim().parse().map_err(|_| {
            ApiError::param(name, format!("{name}={value:?} is not a whole number"))
        })?;
        if n > max {
            return Err(ApiError::param(
                name,
                format!("{name}={n} is over the limit of {max}"),
            ));
        }
        Ok(n)
    }

    /// The search request these parameters describe (`q`, `entity`, `entity_id`,
    /// `lang`, `since`, `until`, `limit`, `offset`, `facets`), as `nomen search` reads
    /// its flags.
    pub fn search_request(&self, limits: &Limits) -> Result<SearchRequest, ApiError> {
        let date = |name: &str, parse: fn(&str) -> Result<i64, nomen_index::Error>| {
            self.get(name)
                .filter(|v| !v.trim().is_empty())
                .map(|v| {
                    parse(v).map_err(|_| {
                        ApiError::param(
                            name,
                            format!("{name}={v:?} is not a day (YYYY-MM-DD) or an RFC 3339 time"),
                        )
                    })
                })
                .transpose()
        };
        let query = self.get("q").filter(|q| !q.trim().is_empty());
        if let Some(q) = query {
            if q.chars().count() > limits.max_query_chars {
                return Err(ApiError::param(
                    "q",
                    format!(
                        "the query is over the limit of {} characters",
                        limits.max_query_chars
                    ),
                ));
            }
        }
        let mut entities = self.all("entity");
        let mut entity_ids = self.all("entity_id");
        if entities.len() + entity_ids.len() > limits.max_entities {
            return Err(ApiError::param(
                "entity",
                format!("more than {} entities in one search", limits.max_entities),
            ));
        }
        entities.iter_mut().for_each(|e| *e = e.trim().to_string());
        entity_ids
            .iter_mut()
            .for_each(|e| *e = e.trim().to_string());
        Ok(SearchRequest {
            query: query.map(str::to_string),
            entities,
            entity_ids,
            langs: self
                .all("lang")
                .iter()
                .flat_map(|l| l.split(','))
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect(),
            since: date("since", parse_since)?,
            until: date("until", parse_until)?,
            limit: self.number("limit", 10, limits.max_limit)?,
            offset: self.number("offset", 0, limits.max_offset)?,
            facet_size: self.number("facets", 10, limits.max_limit)?,
            // The search stops by itself when the request's time is up.
            deadline: Some(std::time::Instant::now() + limits.budget),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEARCH: &[&str] = &[
        "q",
        "entity",
        "entity_id",
        "lang",
        "since",
        "until",
        "limit",
        "offset",
        "facets",
    ];

    fn request(query: &str) -> Result<SearchRequest, ApiError> {
        Params::parse(Some(query), SEARCH)?.search_request(&Limits::default())
    }

    #[test]
    fn reads_every_search_parameter() {
        let r = request(
            "q=maduro+%22x+y%22&entity=%D0%9C%D0%B0%D0%B4%D1%83%D1%80%D0%BE&entity_id=a&entity_id=b\
             &lang=es,en&lang=fr&since=2024-01-01&until=2024-01-31&limit=5&offset=20&facets=0",
        )
        .unwrap();
        assert_eq!(r.query.as_deref(), Some("maduro \"x y\""));
        assert_eq!(r.entities, ["Мадуро"]);
        assert_eq!(r.entity_ids, ["a", "b"]);
        assert_eq!(r.langs, ["es", "en", "fr"]);
        assert_eq!(r.since, Some(parse_since("2024-01-01").unwrap()));
        assert_eq!(r.until, Some(parse_until("2024-01-31").unwrap()));
        assert_eq!((r.limit, r.offset, r.facet_size), (5, 20, 0));
        let mut r = request("").unwrap();
        // The search stops at the end of the request's time budget.
        assert!(r.deadline.is_some_and(|d| d > std::time::Instant::now()));
        r.deadline = None;
        assert_eq!(r, SearchRequest::default());
        assert_eq!(request("q=+&since=").unwrap().query, None);
    }

    #[test]
    fn each_mistake_names_its_parameter() {
        let param = |q: &str| request(q).unwrap_err().param.unwrap();
        assert_eq!(param("limit=x"), "limit");
        assert_eq!(param("limit=-1"), "limit");
        assert_eq!(param("limit=100000"), "limit");
        assert_eq!(param("offset=99999999999999999999999"), "offset");
        assert_eq!(param("since=yesterday"), "since");
        assert_eq!(param("until=2024-13-01"), "until");
        assert_eq!(param("q=a&q=b"), "q");
        assert_eq!(param("colour=red"), "colour");
        assert_eq!(param(&format!("q={}", "a".repeat(2000))), "q");
        let many: String = (0..20).map(|i| format!("entity_id=e{i}&")).collect();
        assert_eq!(param(&many), "entity");
    }
}
