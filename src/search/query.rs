//! The user's query string, parsed ([`parse`]), and the strict tantivy query assembled from its
//! plan ([`crate::search::plan`]).
//!
//! Syntax: words, `"exact phrase"`, `-word` or `-"phrase"` to exclude, `speaker:name` and
//! `quote:word` / `quote:"phrase"` to look inside quotations.

use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term as TantivyTerm;

use crate::index::schema::Fields;
use crate::model::error::Error;
use crate::search::filtered::Filtered;
use crate::search::plan::{Alternative, Analysed, ChainPlan, Plan, Spelling, Unit, UnitKind};

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

/// The strict query of a plan: passages holding every unit (in a typed or alias spelling; typo
/// corrections are left to the `words` rule, which ranks them below). When every unit is a plain
/// word, the query is a pure intersection of term postings, which tantivy prunes with block-max
/// WAND; phrases, speakers' full names and dates are filters checked only for the candidates
/// that could enter the top k (see [`Filtered`]). `None` when the plan asks for nothing.
pub fn strict(plan: &Plan, fields: &Fields) -> Option<Box<dyn Query>> {
    let mut by_chain: Vec<Box<dyn Query>> = Vec::new();
    for cp in &plan.chains {
        let mut words: Vec<TantivyTerm> = Vec::new();
        let mut unions: Vec<Box<dyn Query>> = Vec::new();
        let mut phrases: Vec<Box<dyn Query>> = Vec::new();
        for unit in &cp.units {
            match &unit.kind {
                UnitKind::Word(alts) => match spelt(alts)[..] {
                    [one] => {
                        let term = TantivyTerm::from_field_text(unit.field, one);
                        if !words.contains(&term) {
                            words.push(term);
                        }
                    }
                    _ => unions.push(unit_query(unit)),
                },
                UnitKind::Phrase(terms) => {
                    for (_, t) in terms {
                        let term = TantivyTerm::from_field_text(unit.field, t);
                        if !words.contains(&term) {
                            words.push(term);
                        }
                    }
                    phrases.push(clause_query(unit.field, terms));
                }
            }
        }
        // A speaker's name joins the words: the intersection then starts from the rarer
        // postings, often the speaker's.
        for name in &plan.speakers {
            for (_, t) in name {
                let term = TantivyTerm::from_field_text(fields.speakers, t);
                if !words.contains(&term) {
                    words.push(term);
                }
            }
            if name.len() > 1 {
                phrases.push(clause_query(fields.speakers, name));
            }
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = words
            .iter()
            .map(|t| -> (Occur, Box<dyn Query>) {
                (
                    Occur::Must,
                    Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs)),
                )
            })
            .collect();
        clauses.extend(unions.into_iter().map(|u| (Occur::Must, u)));
        clauses.extend(exclusions(cp).into_iter().map(|n| (Occur::MustNot, n)));
        let conjunction: Box<dyn Query> = if clauses.len() == 1 {
            clauses.pop().expect("one clause").1
        } else {
            Box::new(BooleanQuery::new(clauses))
        };
        by_chain.push(match all_of(phrases) {
            None => conjunction,
            Some(f) => Box::new(Filtered::new(conjunction, f)),
        });
    }
    with_filters(plan, fields, by_chain)
}

/// Passages holding at least one unit (typed or alias spellings), ranked by BM25 over them: what
/// `--all-words` shows when no passage holds every unit. `None` for a query of one unit.
pub fn any(plan: &Plan, fields: &Fields) -> Option<Box<dyn Query>> {
    let mut by_chain: Vec<Box<dyn Query>> = Vec::new();
    for cp in &plan.chains {
        if cp.units.len() < 2 {
            continue;
        }
        let some_unit: Box<dyn Query> = Box::new(BooleanQuery::new(
            cp.units
                .iter()
                .map(|u| (Occur::Should, unit_query(u)))
                .collect(),
        ));
        let nots = exclusions(cp);
        if plan.speakers.is_empty() && nots.is_empty() {
            // Bare: a union of words that tantivy prunes with block-max WAND.
            by_chain.push(some_unit);
            continue;
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, some_unit)];
        for name in &plan.speakers {
            clauses.push((Occur::Must, speaker_query(fields.speakers, name)));
        }
        clauses.extend(nots.into_iter().map(|n| (Occur::MustNot, n)));
        by_chain.push(Box::new(BooleanQuery::new(clauses)));
    }
    if by_chain.is_empty() {
        return None;
    }
    with_filters(plan, fields, by_chain)
}

/// A word's spellings the strict pass matches: typed and alias ones, not typo corrections
/// (left to the `words` rule, which ranks them below).
fn spelt(alts: &[Alternative]) -> Vec<&str> {
    alts.iter()
        .filter(|a| a.spelling != Spelling::Typo)
        .map(|a| a.term.as_str())
        .collect()
}

/// One unit as a query: a term, a union of its spellings, or a phrase.
fn unit_query(unit: &Unit) -> Box<dyn Query> {
    match &unit.kind {
        UnitKind::Word(alts) => any_term(unit.field, &spelt(alts)),
        UnitKind::Phrase(terms) => clause_query(unit.field, terms),
    }
}

/// A chain's exclusions as queries: a word in any of its spellings, or a phrase.
fn exclusions(cp: &ChainPlan) -> Vec<Box<dyn Query>> {
    cp.exclusions
        .iter()
        .map(|e| match &e.kind {
            UnitKind::Word(alts) => {
                let terms: Vec<&str> = alts.iter().map(|a| a.term.as_str()).collect();
                any_term(e.field, &terms)
            }
            UnitKind::Phrase(terms) => clause_query(e.field, terms),
        })
        .collect()
}

/// The chains' queries joined, with the speakers and dates that filter them all. Without words,
/// the speakers' names are the query; a date filter alone gives every passage of the span.
fn with_filters(
    plan: &Plan,
    fields: &Fields,
    by_chain: Vec<Box<dyn Query>>,
) -> Option<Box<dyn Query>> {
    let words = match by_chain.len() {
        0 => all_of(
            plan.speakers
                .iter()
                .map(|name| speaker_query(fields.speakers, name))
                .collect(),
        ),
        1 => by_chain.into_iter().next(),
        _ => Some(Box::new(BooleanQuery::new(
            by_chain.into_iter().map(|q| (Occur::Should, q)).collect(),
        )) as Box<dyn Query>),
    };
    let dates = plan.dates.clone().map(|d| Box::new(d) as Box<dyn Query>);
    match (words, dates) {
        (Some(w), Some(d)) => Some(Box::new(Filtered::new(w, d))),
        (Some(w), None) => Some(w),
        (None, Some(d)) => Some(d),
        (None, None) => None,
    }
}

/// Any of `terms`: the term itself when there is one.
fn any_term(field: Field, terms: &[&str]) -> Box<dyn Query> {
    match terms {
        [one] => term_query(field, one),
        _ => Box::new(BooleanQuery::new(
            terms
                .iter()
                .map(|t| (Occur::Should, term_query(field, t)))
                .collect(),
        )),
    }
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        TantivyTerm::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

/// Passages quoting a speaker: every token of the name, together when it has several.
fn speaker_query(field: Field, name: &Analysed) -> Box<dyn Query> {
    let mut qs: Vec<Box<dyn Query>> = name
        .iter()
        .map(|(_, t)| -> Box<dyn Query> { term_query(field, t) })
        .collect();
    if name.len() > 1 {
        qs.push(clause_query(field, name));
    }
    all_of(qs).expect("a name has terms")
}

/// All of `queries` required; `None` when there are none.
fn all_of(mut queries: Vec<Box<dyn Query>>) -> Option<Box<dyn Query>> {
    match queries.len() {
        0 => None,
        1 => queries.pop(),
        _ => Some(Box::new(BooleanQuery::new(
            queries.into_iter().map(|q| (Occur::Must, q)).collect(),
        ))),
    }
}

fn clause_query(field: Field, terms: &Analysed) -> Box<dyn Query> {
    if terms.len() == 1 {
        term_query(field, &terms[0].1)
    } else {
        let first = terms[0].0;
        Box::new(PhraseQuery::new_with_offset(
            terms
                .iter()
                .map(|(p, t)| (p - first, TantivyTerm::from_field_text(field, t)))
                .collect(),
        ))
    }
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
