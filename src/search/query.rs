//! The user's query string, parsed ([`parse`]). [`crate::search::plan`] turns it into units,
//! [`crate::search::assemble`] the units into tantivy queries.
//!
//! Syntax: words, `"exact phrase"`, `-word` or `-"phrase"` to exclude, `speaker:name` and
//! `quote:word` / `quote:"phrase"` to look inside quotations.

use crate::model::error::Error;

/// Where a clause must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere in the passage.
    Text,
    /// Inside a quotation.
    Quote,
}

/// One piece of the user's query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub text: String,
    /// Written in double quotes: the words must stand together.
    pub phrase: bool,
    pub negated: bool,
    pub scope: Scope,
}

/// A query as the user wrote it, parsed but not yet analysed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserQuery {
    pub clauses: Vec<Clause>,
    /// Speaker names (each must be quoted in the passage).
    pub speakers: Vec<String>,
    /// Inclusive `YYYYMMDD` bounds.
    pub since: Option<u64>,
    pub until: Option<u64>,
    /// A part of the query that cannot be read (`speaker:` with no name): refused when planned,
    /// never silently dropped.
    pub error: Option<Error>,
}

/// Splits a query string into clauses.
pub fn parse(input: &str) -> UserQuery {
    let mut q = UserQuery::default();
    let mut rest = input.trim();
    while !rest.is_empty() {
        let mut negated = false;
        let mut scope = Scope::Text;
        let mut speaker = false;
        if let Some(r) = rest.strip_prefix('-') {
            negated = true;
            rest = r;
        }
        let lower = rest.to_lowercase();
        if lower.starts_with("quote:") || lower.starts_with("quotes:") {
            scope = Scope::Quote;
            rest = &rest[rest.find(':').expect("prefix has a colon") + 1..];
        } else if lower.starts_with("speaker:") {
            speaker = true;
            rest = &rest["speaker:".len()..];
        }
        let (text, phrase, after) = if let Some(r) = rest.strip_prefix(['"', '«', '“']) {
            let end = r.find(['"', '»', '”']).unwrap_or(r.len());
            let next = r[end..].chars().next().map_or(0, char::len_utf8);
            (&r[..end], true, &r[end + next..])
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            (&rest[..end], false, &rest[end..])
        };
        let text = text.trim();
        if text.is_empty() && (speaker || scope == Scope::Quote) && q.error.is_none() {
            q.error = Some(Error::Usage(if speaker {
                "speaker: needs a name right after the colon, e.g. speaker:peskov".to_owned()
            } else {
                "quote: needs words right after the colon, e.g. quote:garanties or quote:\"cibles légitimes\"".to_owned()
            }));
        }
        if !text.is_empty() {
            if speaker {
                q.speakers.push(text.to_owned());
            } else {
                q.clauses.push(Clause {
                    text: text.to_owned(),
                    phrase,
                    negated,
                    scope,
                });
            }
        }
        rest = after.trim_start();
    }
    q
}

impl UserQuery {
    /// Sets the date range from `--since` / `--until` as the user typed them.
    pub fn set_dates(&mut self, since: Option<&str>, until: Option<&str>) -> Result<(), Error> {
        self.since = since.map(|d| date_bound(d, false)).transpose()?;
        self.until = until.map(|d| date_bound(d, true)).transpose()?;
        if let (Some(s), Some(u)) = (self.since, self.until) {
            if s > u {
                return Err(Error::Usage(format!(
                    "--since {} is after --until {}: no date is in between",
                    since.unwrap_or_default(),
                    until.unwrap_or_default()
                )));
            }
        }
        Ok(())
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as an inclusive `YYYYMMDD` bound: the first day it covers,
/// or with `upper` the last.
pub fn date_bound(s: &str, upper: bool) -> Result<u64, Error> {
    use crate::model::dates::{DispatchDate, Origin};
    let bad = || {
        Error::Usage(format!(
            "invalid date {s:?}: use YYYY, YYYY-MM or YYYY-MM-DD"
        ))
    };
    let date = if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = s.parse().map_err(|_| bad())?;
        DispatchDate::new(y, if upper { 12 } else { 1 }, None, Origin::Field)
    } else {
        DispatchDate::parse_iso(s, Origin::Field)
    }
    .ok_or_else(bad)?;
    let (start, end) = date.span();
    Ok(if upper { end } else { start })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(text: &str, phrase: bool, negated: bool, scope: Scope) -> Clause {
        Clause {
            text: text.into(),
            phrase,
            negated,
            scope,
        }
    }

    #[test]
    fn words_phrases_exclusions_and_fields() {
        let q = parse(
            r#"troupes "cibles légitimes" -otan speaker:peskov quote:"sujet de négociation" «force de réassurance»"#,
        );
        assert_eq!(
            q.clauses,
            vec![
                clause("troupes", false, false, Scope::Text),
                clause("cibles légitimes", true, false, Scope::Text),
                clause("otan", false, true, Scope::Text),
                clause("sujet de négociation", true, false, Scope::Quote),
                clause("force de réassurance", true, false, Scope::Text),
            ]
        );
        assert_eq!(q.speakers, vec!["peskov"]);
    }

    #[test]
    fn unclosed_quote_takes_the_rest() {
        let q = parse(r#""garanties de sécurité"#);
        assert_eq!(
            q.clauses,
            vec![clause("garanties de sécurité", true, false, Scope::Text)]
        );
    }
}
