//! The user's query string → a tantivy query.
//!
//! Syntax: words (all must match), `"exact phrase"`, `-word` or `-"phrase"` to exclude,
//! `speaker:name` and `quote:word` / `quote:"phrase"` to look inside quotations.

use tantivy::query::{AllQuery, BooleanQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Term as TantivyTerm;

use crate::index::analysis::{self, Chain};
use crate::index::schema::{self, Fields};
use crate::model::aliases::Aliases;
use crate::search::filtered::{DateOverlap, Filtered};

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

impl UserQuery {
    /// Sets the date range from `--since` / `--until` as the user typed them.
    pub fn set_dates(
        &mut self,
        since: Option<&str>,
        until: Option<&str>,
    ) -> Result<(), UsageError> {
        self.since = since.map(|d| date_bound(d, false)).transpose()?;
        self.until = until.map(|d| date_bound(d, true)).transpose()?;
        Ok(())
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as an inclusive `YYYYMMDD` bound: the first day it covers,
/// or with `upper` the last.
pub fn date_bound(s: &str, upper: bool) -> Result<u64, UsageError> {
    use crate::model::dates::{DispatchDate, Origin};
    let bad = || {
        UsageError(format!(
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

/// The analysed form of one clause in one chain: terms with their positions.
type Analysed = Vec<(usize, String)>;

/// Analysers and fields needed to turn a `UserQuery` into tantivy queries.
pub struct Builder<'a> {
    pub fields: &'a Fields,
    /// The chains the index holds passages for (usually only French).
    pub chains: Vec<Chain>,
    pub analyzers: Vec<(Chain, TextAnalyzer)>,
    pub name_analyzer: TextAnalyzer,
    /// Speakers' name variants: `--speaker zelenski` looks for the name the index holds.
    pub aliases: &'a Aliases,
}

/// Everything search needs from a parsed query.
pub struct Built {
    /// Every positive clause must match.
    pub all: Box<dyn Query>,
    /// The words standing together and in order (a phrase): among the best matches of `all`,
    /// the passages it matches rank first. Only for queries of two words or more.
    pub together: Option<Box<dyn Query>>,
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

    /// Builds the queries for `q`. Every word's postings score (BM25) and drive the top-k with
    /// block-max WAND; phrases, speakers and dates are filters checked only for the candidates
    /// that could enter the top k (see [`Filtered`]).
    pub fn build(&mut self, q: &UserQuery) -> Result<Built, UsageError> {
        let positives: Vec<&Clause> = q.clauses.iter().filter(|c| !c.negated).collect();
        let (speakers, dates) = self.filters(q);
        if positives.is_empty() && speakers.is_empty() && dates.is_none() {
            let msg = if q.clauses.is_empty() {
                "empty query: give words to look for, e.g. search \"cibles légitimes\""
            } else {
                "the query only excludes words: add at least one word to look for"
            };
            return Err(UsageError(msg.into()));
        }

        let mut all_by_chain = Vec::new();
        let mut together_by_chain = Vec::new();
        let mut any_by_chain = Vec::new();
        let mut highlight = Vec::new();
        let mut has_words = false;
        for chain in self.chains.clone() {
            let mut musts: Vec<Box<dyn Query>> = Vec::new();
            let mut words: Vec<TantivyTerm> = Vec::new();
            let mut phrases: Vec<Box<dyn Query>> = Vec::new();
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
                for (_, t) in &terms {
                    let term = TantivyTerm::from_field_text(field, t);
                    if !words.contains(&term) {
                        words.push(term);
                    }
                }
                if terms.len() > 1 {
                    phrases.push(clause_query(field, &terms));
                }
                musts.push(clause_query(field, &terms));
            }
            if musts.is_empty() {
                continue;
            }
            has_words = true;
            // A speaker's name joins the words: the intersection then starts from the rarer
            // postings, often the speaker's.
            for name in &speakers {
                for (_, t) in name {
                    let term = TantivyTerm::from_field_text(self.fields.speakers, t);
                    if !words.contains(&term) {
                        words.push(term);
                    }
                }
                if name.len() > 1 {
                    phrases.push(clause_query(self.fields.speakers, name));
                }
            }
            let mut nots: Vec<Box<dyn Query>> = Vec::new();
            for c in q.clauses.iter().filter(|c| c.negated) {
                let terms = self.analyse(chain, &c.text);
                if !terms.is_empty() {
                    nots.push(clause_query(self.fields.body_for(chain), &terms));
                }
            }
            // The words, all required: a pure intersection of term postings, which tantivy
            // prunes with block-max WAND (exclusions, when any, are subtracted).
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = words
                .iter()
                .map(|t| -> (Occur, Box<dyn Query>) {
                    (
                        Occur::Must,
                        Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs)),
                    )
                })
                .collect();
            clauses.extend(nots.iter().map(|n| (Occur::MustNot, n.box_clone())));
            let conjunction: Box<dyn Query> = if clauses.len() == 1 {
                clauses.pop().expect("one clause").1
            } else {
                Box::new(BooleanQuery::new(clauses))
            };
            all_by_chain.push(match all_of(phrases) {
                None => conjunction,
                Some(f) => Box::new(Filtered::new(conjunction, f)),
            });
            // Passages where the words stand together, in order, rank first.
            if plain_words >= 2 && phrase_terms.len() >= 2 {
                together_by_chain.push(Box::new(PhraseQuery::new_with_offset_and_slop(
                    phrase_terms.clone(),
                    PROXIMITY_SLOP,
                )) as Box<dyn Query>);
            }
            if musts.len() > 1 {
                let some_word: Box<dyn Query> = Box::new(BooleanQuery::new(
                    musts.into_iter().map(|m| (Occur::Should, m)).collect(),
                ));
                let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, some_word)];
                if speakers.is_empty() && nots.is_empty() {
                    // Bare: a union of words that tantivy prunes with block-max WAND.
                    any_by_chain.push(clauses.pop().expect("one clause").1);
                    highlight.push((chain, hl));
                    continue;
                }
                for name in &speakers {
                    clauses.push((Occur::Must, speaker_query(self.fields.speakers, name)));
                }
                clauses.extend(nots.iter().map(|n| (Occur::MustNot, n.box_clone())));
                any_by_chain.push(Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>);
            }
            highlight.push((chain, hl));
        }

        if !positives.is_empty() && !has_words {
            return Err(UsageError(
                "the query holds only stop words (le, de, pour …): add a word that says what to look for"
                    .into(),
            ));
        }
        // Without words, the speakers' names are the query.
        let speakers_only: Option<Box<dyn Query>> = all_of(
            speakers
                .iter()
                .map(|name| speaker_query(self.fields.speakers, name))
                .collect(),
        );
        let with_filters = |words: Vec<Box<dyn Query>>| -> Option<Box<dyn Query>> {
            let words = match words.len() {
                0 => speakers_only.as_ref().map(|s| s.box_clone()),
                1 => words.into_iter().next(),
                _ => Some(Box::new(BooleanQuery::new(
                    words.into_iter().map(|q| (Occur::Should, q)).collect(),
                )) as Box<dyn Query>),
            };
            let dates = dates.clone().map(|d| Box::new(d) as Box<dyn Query>);
            match (words, dates) {
                (Some(w), Some(d)) => Some(Box::new(Filtered::new(w, d))),
                (Some(w), None) => Some(w),
                // A date filter alone: every passage of the span.
                (None, Some(d)) => Some(d),
                (None, None) => None,
            }
        };
        // Checked only on the best candidates of `all` (see `search`): no filter needed.
        let together = match together_by_chain.len() {
            0 => None,
            1 => together_by_chain.pop(),
            _ => Some(Box::new(BooleanQuery::new(
                together_by_chain
                    .into_iter()
                    .map(|q| (Occur::Should, q))
                    .collect(),
            )) as Box<dyn Query>),
        };
        Ok(Built {
            all: with_filters(all_by_chain).unwrap_or_else(|| Box::new(AllQuery)),
            together,
            // Without words to relax, there is no fallback: the filters alone are no answer.
            any: if any_by_chain.is_empty() {
                None
            } else {
                with_filters(any_by_chain)
            },
            highlight,
            has_words,
        })
    }

    /// The speaker names, analysed, and the date span of `q`.
    fn filters(&mut self, q: &UserQuery) -> (Vec<Analysed>, Option<DateOverlap>) {
        let speakers = q
            .speakers
            .iter()
            .map(|name| {
                let name = self.aliases.query_name(name);
                analysis::terms(&mut self.name_analyzer, &name)
                    .into_iter()
                    .map(|t| (t.position, t.text))
                    .collect::<Analysed>()
            })
            .filter(|terms| !terms.is_empty())
            .collect();
        // A date overlaps [since, until] when it starts before `until` and ends after `since`;
        // undated passages have neither bound and drop out.
        let dates = (q.since.is_some() || q.until.is_some()).then(|| DateOverlap {
            start_field: schema::DATE_START.to_owned(),
            end_field: schema::DATE_END.to_owned(),
            since: q.since,
            until: q.until,
        });
        (speakers, dates)
    }
}

/// Words typed next to each other still "stand together" with this many words between them in
/// the passage (the stop words of "garanties de la sécurité" count).
const PROXIMITY_SLOP: u32 = 2;

/// Passages quoting a speaker: every token of the name, together when it has several.
fn speaker_query(field: Field, name: &Analysed) -> Box<dyn Query> {
    let mut qs: Vec<Box<dyn Query>> = name
        .iter()
        .map(|(_, t)| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                TantivyTerm::from_field_text(field, t),
                IndexRecordOption::WithFreqs,
            ))
        })
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
