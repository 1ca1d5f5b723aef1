//! The user's query string → a tantivy query.
//!
//! Syntax: words (all must match), `"exact phrase"`, `-word` or `-"phrase"` to exclude,
//! `speaker:name` and `quote:word` / `quote:"phrase"` to look inside quotations.

use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Term as TantivyTerm;

use crate::analysis::{self, Chain};
use crate::schema::Fields;

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
}

/// A query the user must rephrase; the message says how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

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

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as an inclusive `YYYYMMDD` bound: the first day it covers,
/// or with `upper` the last.
pub fn date_bound(s: &str, upper: bool) -> Result<u64, UsageError> {
    use crate::extract::dates::{DispatchDate, Origin};
    let bad = || UsageError(format!("invalid date {s:?}: use YYYY, YYYY-MM or YYYY-MM-DD"));
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

/// The analysed form of one clause in one chain: terms with their positions.
type Analysed = Vec<(usize, String)>;

/// Analysers and fields needed to turn a `UserQuery` into tantivy queries.
pub struct Builder<'a> {
    pub fields: &'a Fields,
    /// The chains the index holds passages for (usually only French).
    pub chains: Vec<Chain>,
    pub analyzers: Vec<(Chain, TextAnalyzer)>,
    pub name_analyzer: TextAnalyzer,
}

/// Everything search needs from a parsed query.
pub struct Built {
    /// Every positive clause must match.
    pub all: Box<dyn Query>,
    /// At least one positive clause matches: the fallback when nothing matches `all`.
    pub any: Option<Box<dyn Query>>,
    /// Terms to highlight, per chain.
    pub highlight: Vec<(Chain, Vec<String>)>,
    /// Whether the query has words at all (a speaker or date filter alone has none).
    pub has_words: bool,
}

impl Builder<'_> {
    pub fn analyse(&mut self, chain: Chain, text: &str) -> Analysed {
        let analyzer = &mut self
            .analyzers
            .iter_mut()
            .find(|(c, _)| *c == chain)
            .expect("an analyzer for every chain")
            .1;
        analysis::terms(analyzer, text)
            .into_iter()
            .map(|t| (t.position, t.text))
            .collect()
    }

    pub fn build(&mut self, q: &UserQuery) -> Result<Built, UsageError> {
        let positives: Vec<&Clause> = q.clauses.iter().filter(|c| !c.negated).collect();
        let filters = self.filters(q);
        if positives.is_empty() && filters.is_empty() {
            let msg = if q.clauses.is_empty() {
                "empty query: give words to look for, e.g. search \"cibles légitimes\""
            } else {
                "the query only excludes words: add at least one word to look for"
            };
            return Err(UsageError(msg.into()));
        }

        let mut all_by_chain = Vec::new();
        let mut any_by_chain = Vec::new();
        let mut highlight = Vec::new();
        let mut has_words = false;
        for chain in self.chains.clone() {
            let mut musts: Vec<Box<dyn Query>> = Vec::new();
            let mut phrase_terms: Vec<(usize, TantivyTerm)> = Vec::new();
            let mut plain_words = 0;
            let mut hl = Vec::new();
            for c in &positives {
                let terms = self.analyse(chain, &c.text);
                if terms.is_empty() {
                    continue;
                }
                let field = match c.scope {
                    Scope::Text => self.fields.body_for(chain),
                    Scope::Quote => self.fields.quoted_for(chain),
                };
                hl.extend(terms.iter().map(|(_, t)| t.clone()));
                if c.scope == Scope::Text && !c.phrase {
                    plain_words += 1;
                }
                if c.scope == Scope::Text {
                    let base = phrase_terms.last().map_or(0, |(p, _)| p + 1);
                    let first = terms[0].0;
                    phrase_terms.extend(
                        terms.iter().map(|(p, t)| {
                            (base + p - first, TantivyTerm::from_field_text(field, t))
                        }),
                    );
                }
                musts.push(clause_query(field, &terms));
            }
            if musts.is_empty() {
                continue;
            }
            has_words = true;
            let mut nots: Vec<Box<dyn Query>> = Vec::new();
            for c in q.clauses.iter().filter(|c| c.negated) {
                let terms = self.analyse(chain, &c.text);
                if !terms.is_empty() {
                    nots.push(clause_query(self.fields.body_for(chain), &terms));
                }
            }
            // Passages where the words stand together, in order, rank first.
            let proximity: Option<Box<dyn Query>> = (plain_words >= 2 && phrase_terms.len() >= 2)
                .then(|| -> Box<dyn Query> {
                    Box::new(BoostQuery::new(
                        Box::new(PhraseQuery::new_with_offset_and_slop(
                            phrase_terms.clone(),
                            PROXIMITY_SLOP,
                        )),
                        PHRASE_BOOST,
                    ))
                });
            let assemble = |occur: Occur, musts: &[Box<dyn Query>]| -> Box<dyn Query> {
                let mut clauses: Vec<(Occur, Box<dyn Query>)> =
                    musts.iter().map(|m| (occur, m.box_clone())).collect();
                clauses.extend(nots.iter().map(|n| (Occur::MustNot, n.box_clone())));
                if let Some(p) = &proximity {
                    clauses.push((Occur::Should, p.box_clone()));
                }
                // A lone clause is run as itself: a term query keeps its block-max WAND top-k,
                // which a one-clause boolean query hides behind a generic scorer.
                if clauses.len() == 1 && clauses[0].0 != Occur::MustNot {
                    return clauses.pop().expect("one clause").1;
                }
                Box::new(BooleanQuery::new(clauses))
            };
            all_by_chain.push(assemble(Occur::Must, &musts));
            if musts.len() > 1 {
                any_by_chain.push(assemble(Occur::Should, &musts));
            }
            highlight.push((chain, hl));
        }

        if !positives.is_empty() && !has_words {
            return Err(UsageError(
                "the query holds only stop words (le, de, pour …): add a word that says what to look for"
                    .into(),
            ));
        }
        let words_or_all = |qs: Vec<Box<dyn Query>>| -> Box<dyn Query> {
            match qs.len() {
                0 => Box::new(AllQuery),
                1 => qs.into_iter().next().expect("one query"),
                _ => Box::new(BooleanQuery::new(
                    qs.into_iter().map(|q| (Occur::Should, q)).collect(),
                )),
            }
        };
        let with_filters = |words: Box<dyn Query>| -> Box<dyn Query> {
            if filters.is_empty() {
                return words;
            }
            let mut clauses = vec![(Occur::Must, words)];
            clauses.extend(filters.iter().map(|f| (Occur::Must, f.box_clone())));
            Box::new(BooleanQuery::new(clauses))
        };
        let any = (!any_by_chain.is_empty()).then(|| with_filters(words_or_all(any_by_chain)));
        Ok(Built {
            all: with_filters(words_or_all(all_by_chain)),
            any,
            highlight,
            has_words,
        })
    }

    fn filters(&mut self, q: &UserQuery) -> Vec<Box<dyn Query>> {
        let mut out: Vec<Box<dyn Query>> = Vec::new();
        for name in &q.speakers {
            let terms: Analysed = analysis::terms(&mut self.name_analyzer, name)
                .into_iter()
                .map(|t| (t.position, t.text))
                .collect();
            if !terms.is_empty() {
                out.push(clause_query(self.fields.speakers, &terms));
            }
        }
        // A date overlaps [since, until] when it starts before `until` and ends after `since`;
        // undated passages have neither bound and drop out.
        if let Some(until) = q.until {
            out.push(Box::new(RangeQuery::new(
                std::ops::Bound::Unbounded,
                std::ops::Bound::Included(TantivyTerm::from_field_u64(
                    self.fields.date_start,
                    until,
                )),
            )));
        }
        if let Some(since) = q.since {
            out.push(Box::new(RangeQuery::new(
                std::ops::Bound::Included(TantivyTerm::from_field_u64(self.fields.date_end, since)),
                std::ops::Bound::Unbounded,
            )));
        }
        out
    }
}

/// Words typed next to each other still "stand together" with this many words between them in
/// the passage (the stop words of "garanties de la sécurité" count).
const PROXIMITY_SLOP: u32 = 2;

/// How much a passage gains for holding the query's words together and in order.
const PHRASE_BOOST: f32 = 10.0;

fn clause_query(field: Field, terms: &Analysed) -> Box<dyn Query> {
    if terms.len() == 1 {
        Box::new(TermQuery::new(
            TantivyTerm::from_field_text(field, &terms[0].1),
            IndexRecordOption::WithFreqs,
        ))
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
