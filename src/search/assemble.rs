//! The tantivy queries assembled from a query's plan: the strict query (every unit) and the
//! query of passages holding any unit.

use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term as TantivyTerm;

use crate::index::schema::Fields;
use crate::search::filtered::Filtered;
use crate::search::plan::{Alternative, Analysed, ChainPlan, Plan, Unit, UnitKind};

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

/// A word's spellings the strict pass matches: typed and alias ones, not typo corrections or
/// synonyms (left to the `words` rule, which ranks them below).
fn spelt(alts: &[Alternative]) -> Vec<&str> {
    alts.iter()
        .filter(|a| !a.spelling.ranked_below())
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
