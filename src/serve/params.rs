//! The query string of an API request, checked against the server's bounds. Every refusal is a
//! one-line message saying what to change (a 400).

use std::time::Duration;

use crate::search::query::{self, Scope, UserQuery};
use crate::search::timeline::By;
use crate::search::{Options, Sort};

/// What one request may cost. Configurable by `search-serve`'s flags; the defaults are the
/// README's.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Characters in `q` (a speaker name counts too).
    pub max_query_chars: usize,
    /// Words in `q` plus the words of the speakers' names.
    pub max_terms: usize,
    /// Largest `n`.
    pub max_n: usize,
    /// Largest `offset`.
    pub max_offset: usize,
    /// Time a request may take, waiting for its turn included.
    pub budget: Duration,
    /// Searches running at once.
    pub max_searches: usize,
    /// Searches waiting for their turn; past that, requests are refused (429).
    pub max_waiting: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_query_chars: 500,
            max_terms: 32,
            max_n: 100,
            max_offset: 1000,
            budget: Duration::from_millis(2000),
            max_searches: std::thread::available_parallelism().map_or(2, |n| n.get()),
            max_waiting: 256,
        }
    }
}

/// The parameters of `/api/search`, `/api/dates`, `/api/quotations` and `/api/timeline`.
#[derive(Debug, Clone)]
pub struct SearchParams {
    /// `q` as given.
    pub q: String,
    pub query: UserQuery,
    pub options: Options,
    /// The period of `/api/timeline`.
    pub by: By,
}

/// The endpoints that take a query, each with its own parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    /// `/api/search`: every parameter.
    Search,
    /// `/api/dates`: no `n`, `offset`, `sort`.
    Dates,
    /// `/api/quotations`: no `quotes` (the words always match inside quotations).
    Quotations,
    /// `/api/timeline`: no `n`, `offset`, `sort`, `quotes`; `by`.
    Timeline,
}

impl Endpoint {
    fn known(self) -> &'static [&'static str] {
        match self {
            Endpoint::Search => &[
                "q",
                "n",
                "offset",
                "speaker",
                "quotes",
                "since",
                "until",
                "sort",
                "no_collapse",
                "explain",
            ],
            Endpoint::Dates => &["q", "speaker", "quotes", "since", "until"],
            Endpoint::Quotations => &["q", "n", "offset", "speaker", "since", "until", "sort"],
            Endpoint::Timeline => &["q", "speaker", "since", "until", "by"],
        }
    }

    fn paged(self) -> bool {
        matches!(self, Endpoint::Search | Endpoint::Quotations)
    }
}

/// The parameters of a request, in order, decoded.
pub struct Pairs(Vec<(String, String)>);

impl Pairs {
    pub fn parse(raw: Option<&str>) -> Pairs {
        Pairs(
            form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// Refuses a parameter the endpoint does not know (a typo would otherwise be ignored).
    pub fn only(&self, known: &[&str]) -> Result<(), String> {
        match self.0.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            Some((k, _)) => Err(format!(
                "unknown parameter {k:?}: this endpoint takes {}",
                known.join(", ")
            )),
            None => Ok(()),
        }
    }

    /// The one value of `name`, if given (and not empty: an empty form field is no value).
    pub fn one(&self, name: &str) -> Result<Option<&str>, String> {
        let mut values = self.0.iter().filter(|(k, _)| k == name);
        let first = values.next();
        if values.next().is_some() {
            return Err(format!("parameter {name:?} is given more than once"));
        }
        Ok(first
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.trim().is_empty()))
    }

    /// Every non-empty value of `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// A whole number from `min` to `max`, `default` when absent.
    pub fn number(
        &self,
        name: &str,
        default: usize,
        min: usize,
        max: usize,
    ) -> Result<usize, String> {
        match self.one(name)? {
            None => Ok(default),
            Some(v) => v
                .trim()
                .parse::<usize>()
                .ok()
                .filter(|n| (min..=max).contains(n))
                .ok_or_else(|| {
                    format!("invalid {name} {v:?}: give a whole number from {min} to {max}")
                }),
        }
    }

    /// `1`/`true`/`on` or `0`/`false`/`off`.
    pub fn flag(&self, name: &str) -> Result<bool, String> {
        match self.one(name)? {
            None => Ok(false),
            Some(v) => match v.trim().to_ascii_lowercase().as_str() {
                "1" | "true" | "on" | "yes" => Ok(true),
                "0" | "false" | "off" | "no" => Ok(false),
                _ => Err(format!("invalid {name} {v:?}: give 1 or 0")),
            },
        }
    }
}

/// The parameters of a query `endpoint`, checked against `limits`.
pub fn search_params(
    raw: Option<&str>,
    limits: &Limits,
    endpoint: Endpoint,
) -> Result<SearchParams, String> {
    let pairs = Pairs::parse(raw);
    pairs.only(endpoint.known())?;
    let q = pairs.one("q")?.unwrap_or_default().to_owned();
    let speakers: Vec<String> = pairs
        .all("speaker")
        .into_iter()
        .map(str::to_owned)
        .collect();
    let chars = q.chars().count() + speakers.iter().map(|s| s.chars().count()).sum::<usize>();
    if chars > limits.max_query_chars {
        return Err(format!(
            "the query is {chars} characters long: at most {} are allowed",
            limits.max_query_chars
        ));
    }
    let mut query = query::parse(&q);
    if pairs.flag("quotes")? {
        for c in &mut query.clauses {
            c.scope = Scope::Quote;
        }
    }
    query.speakers.extend(speakers);
    let terms = query
        .clauses
        .iter()
        .map(|c| c.text.split_whitespace().count())
        .chain(query.speakers.iter().map(|s| s.split_whitespace().count()))
        .sum::<usize>();
    if terms > limits.max_terms {
        return Err(format!(
            "the query has {terms} words: at most {} are allowed",
            limits.max_terms
        ));
    }
    query
        .set_dates(pairs.one("since")?, pairs.one("until")?)
        .map_err(|e| e.to_string())?;
    let mut options = Options::default();
    if endpoint.paged() {
        options.limit = pairs.number("n", 10, 1, limits.max_n)?;
        options.offset = pairs.number("offset", 0, 0, limits.max_offset)?;
        options.sort = match pairs.one("sort")? {
            None | Some("relevance") => Sort::Relevance,
            Some("date") => Sort::Date,
            Some(other) => return Err(format!("invalid sort {other:?}: give relevance or date")),
        };
        options.collapse = !pairs.flag("no_collapse")?;
        options.explain = pairs.flag("explain")?;
    }
    let by = match pairs.one("by")? {
        None => By::Month,
        Some("day") => By::Day,
        Some("week") => By::Week,
        Some("month") => By::Month,
        Some("year") => By::Year,
        Some(other) => {
            return Err(format!(
                "invalid by {other:?}: give day, week, month or year"
            ))
        }
    };
    Ok(SearchParams {
        q,
        query,
        options,
        by,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &str) -> Result<SearchParams, String> {
        search_params(Some(raw), &Limits::default(), Endpoint::Search)
    }

    #[test]
    fn every_parameter_is_read() {
        let p = parse(
            "q=cibles+l%C3%A9gitimes&n=5&offset=10&speaker=peskov&speaker=&quotes=1&since=2025-09&until=2025&sort=date",
        )
        .unwrap();
        assert_eq!(p.q, "cibles légitimes");
        assert_eq!(p.options.limit, 5);
        assert_eq!(p.options.offset, 10);
        assert_eq!(p.options.sort, Sort::Date);
        assert_eq!(p.query.speakers, ["peskov"]);
        assert!(p.query.clauses.iter().all(|c| c.scope == Scope::Quote));
        assert!(p.options.collapse && !p.options.explain);
        assert_eq!(
            (p.query.since, p.query.until),
            (Some(20250901), Some(20251231))
        );
        let p = parse("q=otan&no_collapse=1&explain=true").unwrap();
        assert!(!p.options.collapse && p.options.explain);
        let p = parse("q=otan&no_collapse=0&explain=off").unwrap();
        assert!(p.options.collapse && !p.options.explain);
    }

    #[test]
    fn each_endpoint_takes_its_own_parameters() {
        let limits = Limits::default();
        let timeline = search_params(
            Some("q=otan&by=week&since=2025"),
            &limits,
            Endpoint::Timeline,
        )
        .unwrap();
        assert_eq!(timeline.by, By::Week);
        assert_eq!(timeline.query.since, Some(20250101));
        let quotations = search_params(
            Some("q=otan&n=3&offset=6&sort=date"),
            &limits,
            Endpoint::Quotations,
        )
        .unwrap();
        assert_eq!(
            (quotations.options.limit, quotations.options.offset),
            (3, 6)
        );
        assert_eq!(quotations.options.sort, Sort::Date);
        for (raw, endpoint, refused) in [
            ("q=a&n=3", Endpoint::Timeline, "\"n\""),
            ("q=a&quotes=1", Endpoint::Quotations, "\"quotes\""),
            ("q=a&by=day", Endpoint::Quotations, "\"by\""),
            ("q=a&by=day", Endpoint::Search, "\"by\""),
            ("q=a&sort=date", Endpoint::Dates, "\"sort\""),
        ] {
            let e = search_params(Some(raw), &limits, endpoint).unwrap_err();
            assert!(e.contains(&format!("unknown parameter {refused}")), "{e}");
        }
        let e = search_params(Some("q=a&by=fortnight"), &limits, Endpoint::Timeline).unwrap_err();
        assert_eq!(e, "invalid by \"fortnight\": give day, week, month or year");
    }

    #[test]
    fn bounds_and_typos_are_refused_with_what_to_do() {
        let e = parse("q=a&n=0").unwrap_err();
        assert!(e.contains("from 1 to 100"), "{e}");
        assert!(parse("q=a&offset=1001").is_err());
        assert!(parse("q=a&sort=newest")
            .unwrap_err()
            .contains("relevance or date"));
        assert!(parse("q=a&limit=3")
            .unwrap_err()
            .contains("unknown parameter"));
        assert!(parse("q=a&q=b").unwrap_err().contains("more than once"));
        assert!(parse("q=a&quotes=maybe").is_err());
        assert_eq!(
            parse("q=a&explain=2").unwrap_err(),
            "invalid explain \"2\": give 1 or 0"
        );
        assert_eq!(
            parse("q=a&no_collapse=oui").unwrap_err(),
            "invalid no_collapse \"oui\": give 1 or 0"
        );
        assert!(parse("q=a&explain=1&explain=0")
            .unwrap_err()
            .contains("more than once"));
        let dates =
            search_params(Some("q=a&explain=1"), &Limits::default(), Endpoint::Dates).unwrap_err();
        assert!(dates.contains("unknown parameter \"explain\""), "{dates}");
        let words = ["mot"; 33].join("+");
        assert!(parse(&format!("q={words}"))
            .unwrap_err()
            .contains("33 words"));
        let long = "a".repeat(501);
        assert!(parse(&format!("q={long}"))
            .unwrap_err()
            .contains("501 characters"));
        assert_eq!(
            parse("q=a&since=2025-13").unwrap_err(),
            "invalid date \"2025-13\": use YYYY, YYYY-MM or YYYY-MM-DD"
        );
    }
}
