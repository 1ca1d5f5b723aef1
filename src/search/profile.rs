//! A speaker's profile (`search --speaker NAME --profile`): who they are in the index (canonical
//! name, the other names their quotations go by), how much they were quoted and when, and the
//! words and phrases that set their quotations apart from everybody's.
//!
//! Distinctiveness is Dunning's log-likelihood ratio (G², as Rayson and Garside use it to find a
//! corpus's keywords): for each word, how surprising its count in the speaker's quotations is if
//! the speaker used it at the rate all quotations do. Raw frequency would put « pas » and
//! « sécurité » first for everyone; a plain ratio of rates would put a word said once first. G²
//! weighs both: a word gets far only by being both over-represented and seen often enough to be
//! sure of it. Only over-represented words are kept.
//!
//! The background rates cost no scan: a word's count in all quotations is its document frequency
//! in the index's quoted-words field (the passages whose quotations hold it: a word seldom
//! occurs twice in one passage's quotations), out of the field's total number of words, both
//! kept by the index. The speaker's side is counted the same way, per passage carrying their
//! quotations: a quotation repeated by five dispatches counts five times on both sides.

use rustc_hash::{FxHashMap, FxHashSet};
use tantivy::collector::{Count, DocSetCollector};
use tantivy::query::{BooleanQuery, PhraseQuery, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use crate::index::analysis::{self, Chain};
use crate::index::schema::Fields;
use crate::index::{self, schema, stored_str};
use crate::model::quote::HitQuote;
use crate::search::filtered::DateOverlap;
use crate::search::quotations::{date_key, name_words, speaker_wanted};
use crate::search::speaker_list::name_terms;
use crate::search::Engine;

/// Passages of one speaker read at most (the most quoted people of a year of wire copy stay
/// under it; past it, the profile is that of the passages read).
pub const MAX_PASSAGES: usize = 20_000;

/// The least log-likelihood ratio shown: p < 0.05 (χ² with one degree of freedom). Below it, a
/// word's excess in the speaker's quotations may be chance.
pub const SIGNIFICANT: f64 = 3.84;

/// Two-word phrases whose count in all quotations is looked up (the speaker's most frequent).
const PHRASE_CANDIDATES: usize = 12;

/// A speaker's profile; serialized as is, it is the object of `search --speaker NAME --profile
/// --json` and the body of `/api/profile` (with `took_ms`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Profile {
    /// The name their quotations are stored under most often.
    pub speaker: String,
    /// The other names: as their quotations give them, and the spellings the alias lists know.
    pub aliases: Vec<String>,
    /// Distinct quotations (one however many dispatches carried it).
    pub quotations: usize,
    /// Dispatches quoting them.
    pub dispatches: usize,
    /// Earliest and latest date of those dispatches (`YYYY-MM-DD` or `YYYY-MM`).
    pub first: Option<String>,
    pub last: Option<String>,
    /// Their most distinctive words and phrases, most distinctive first.
    pub distinctive: Vec<Distinctive>,
}

/// A word or two-word phrase that sets a speaker's quotations apart.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Distinctive {
    /// As the speaker's quotations most often write it (lower case).
    pub words: String,
    /// Log-likelihood ratio G² against all quotations (at least [`SIGNIFICANT`]: p < 0.05;
    /// above 10.83: p < 0.001).
    pub score: f64,
    /// How many of the speaker's quotations hold it.
    pub quotations: usize,
    /// How many passages of all quotations hold it (the speaker's included).
    pub everyone: u64,
    /// One of the speaker's quotations holding it: the one carried by most dispatches.
    pub example: Example,
}

/// A quotation shown as an example, where it first appeared.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Example {
    /// Its id, for `--provenance` (none for a quotation stored before ids existed).
    pub id: Option<String>,
    pub quote: String,
    pub dispatch: String,
    pub passage: u64,
    pub date: Option<String>,
}

/// One of the speaker's quotations, however many passages carried it.
struct Said {
    example: Example,
    carriers: usize,
}

/// A word or phrase of the speaker's: per passage counts and where it was said.
#[derive(Default)]
struct Seen {
    chain: Option<Chain>,
    /// The analysed terms (one for a word, two for a phrase).
    terms: Vec<String>,
    /// Passages whose quotations of the speaker hold it.
    passages: usize,
    /// Surface forms and how often each.
    forms: FxHashMap<String, usize>,
    /// The speaker's quotations holding it (indexes into the quotations).
    said: FxHashSet<usize>,
}

/// What reading the speaker's passages gathers.
#[derive(Default)]
struct Reading {
    /// The speaker's distinct quotations, and where each is in `said` by id.
    said: Vec<Said>,
    by_id: FxHashMap<String, usize>,
    /// The names their quotations are stored under, and how often.
    names: FxHashMap<String, usize>,
    dispatches: FxHashSet<String>,
    dates: Vec<String>,
    /// Their words and phrases.
    seen: FxHashMap<(Chain, String), Seen>,
    /// Words of all their quotations read.
    speaker_words: u64,
    analyzers: FxHashMap<Chain, TextAnalyzer>,
}

/// Where a passage stands: its dispatch, number and date.
struct Place {
    dispatch: String,
    passage: u64,
    date: Option<String>,
}

impl Reading {
    /// Reads one passage: the speaker's quotations in it, their words and phrases.
    fn passage(&mut self, f: &Fields, doc: &TantivyDocument, wanted: &[Vec<String>]) {
        let (Some(stored), Some(text)) = (stored_str(doc, f.quotes), stored_str(doc, f.text))
        else {
            return;
        };
        let place = Place {
            dispatch: stored_str(doc, f.dispatch).unwrap_or_default().to_owned(),
            passage: doc
                .get_first(f.passage)
                .and_then(|v| v.as_u64())
                .unwrap_or(0),
            date: stored_str(doc, f.date).map(str::to_owned),
        };
        let chain = Chain::for_lang(stored_str(doc, f.lang).unwrap_or("fr"));
        // The words of the speaker's quotations in this passage, each counted once.
        let mut here: Here = FxHashMap::default();
        let mut theirs = false;
        for (i, q) in index::read_quotes(stored, text).into_iter().enumerate() {
            if !speaker_wanted(q.speaker.as_deref(), wanted) {
                continue;
            }
            theirs = true;
            if let Some(s) = &q.speaker {
                *self.names.entry(s.clone()).or_default() += 1;
            }
            let at = self.quotation(&q, &place, i);
            let analyzer = self
                .analyzers
                .entry(chain)
                .or_insert_with(|| chain.analyzer());
            self.speaker_words += note_words(&mut here, analyzer, &q.text, at);
        }
        if !theirs {
            return;
        }
        self.dispatches.insert(place.dispatch);
        if let Some(d) = place.date {
            self.dates.push(d);
        }
        for (terms, (form, ats)) in here {
            let e = self.seen.entry((chain, terms.join(" "))).or_default();
            e.chain = Some(chain);
            e.terms = terms;
            e.passages += 1;
            *e.forms.entry(form).or_default() += 1;
            e.said.extend(ats);
        }
    }

    /// Counts one carrier of a quotation (the `i`-th of its passage), kept as an example where
    /// it first appeared; its index in `said`.
    fn quotation(&mut self, q: &HitQuote, place: &Place, i: usize) -> usize {
        let example = || Example {
            id: q.quotation.clone(),
            quote: q.text.clone(),
            dispatch: place.dispatch.clone(),
            passage: place.passage,
            date: place.date.clone(),
        };
        let key = q
            .quotation
            .clone()
            .unwrap_or_else(|| format!("{}\u{0}{}\u{0}{i}", place.dispatch, place.passage));
        let said = &mut self.said;
        let at = *self.by_id.entry(key).or_insert_with(|| {
            said.push(Said {
                example: example(),
                carriers: 0,
            });
            said.len() - 1
        });
        let s = &mut self.said[at];
        s.carriers += 1;
        let earlier = (
            place.date.is_none(),
            date_key(&place.date),
            &place.dispatch,
            place.passage,
        ) < (
            s.example.date.is_none(),
            date_key(&s.example.date),
            &s.example.dispatch,
            s.example.passage,
        );
        if earlier {
            s.example = example();
        }
        at
    }

    /// The name their quotations are stored under most often (the longer, then the first in
    /// alphabetical order, between equals).
    fn speaker(&self) -> Option<String> {
        self.names
            .iter()
            .max_by(|a, b| {
                (a.1, a.0.split_whitespace().count(), b.0).cmp(&(
                    b.1,
                    b.0.split_whitespace().count(),
                    a.0,
                ))
            })
            .map(|(n, _)| n.clone())
    }
}

/// Notes the words of one quotation, and its two-word phrases (two words standing together,
/// no stop word between them), in `here`; how many words it has.
fn note_words(here: &mut Here, analyzer: &mut TextAnalyzer, text: &str, at: usize) -> u64 {
    let terms = analysis::terms(analyzer, text);
    for (k, t) in terms.iter().enumerate() {
        let form = text[t.byte_start..t.byte_end].to_lowercase();
        note(here, vec![t.text.clone()], form, at);
        if let Some(next) = terms.get(k + 1) {
            if next.position == t.position + 1 {
                let form = text[t.byte_start..next.byte_end].to_lowercase();
                note(here, vec![t.text.clone(), next.text.clone()], form, at);
            }
        }
    }
    terms.len() as u64
}

impl Engine {
    /// The profile of the speaker `name` (a surname is enough, as for `--speaker`), with at most
    /// `top` distinctive words and phrases; `None` when no passage quotes them.
    pub fn profile(&self, name: &str, top: usize) -> anyhow::Result<Option<Profile>> {
        self.profile_between(name, top, None, None)
    }

    /// [`Engine::profile`] of what the speaker said in the passages dated within `since` and
    /// `until` (inclusive `YYYYMMDD` bounds, as `--since` and `--until` give them; undated
    /// passages left out when either is given), still weighed against all quotations.
    pub fn profile_between(
        &self,
        name: &str,
        top: usize,
        since: Option<u64>,
        until: Option<u64>,
    ) -> anyhow::Result<Option<Profile>> {
        let typed = self.aliases.query_name(name);
        let wanted = vec![name_words(&typed)];
        if wanted[0].is_empty() {
            return Err(crate::model::error::Error::Usage(
                "a speaker's name must have letters, e.g. --speaker peskov".to_owned(),
            )
            .into());
        }
        self.reading(|| {
            let searcher = self.searcher();
            let addrs = self.passages_quoting(&searcher, &wanted[0], since, until)?;
            let mut reading = Reading::default();
            for addr in addrs {
                let doc: TantivyDocument = searcher.doc(addr)?;
                reading.passage(&self.fields, &doc, &wanted);
            }
            if reading.said.is_empty() {
                return Ok(None);
            }
            let speaker = reading.speaker().unwrap_or(typed);
            let Reading {
                said,
                names,
                dispatches,
                mut dates,
                seen,
                speaker_words,
                ..
            } = reading;
            let distinctive = self.distinctive(&searcher, seen, speaker_words, &said, top)?;
            dates.sort_by_key(|d| date_key(&Some(d.clone())));
            Ok(Some(Profile {
                aliases: self.other_names(&speaker, &names),
                speaker,
                quotations: said.len(),
                dispatches: dispatches.len(),
                first: dates.first().cloned(),
                last: dates.last().cloned(),
                distinctive,
            }))
        })
    }

    /// The passages whose speakers field holds the name's words, in order (at most
    /// [`MAX_PASSAGES`]).
    fn passages_quoting(
        &self,
        searcher: &Searcher,
        words: &[String],
        since: Option<u64>,
        until: Option<u64>,
    ) -> anyhow::Result<Vec<DocAddress>> {
        let field = self.fields.speakers;
        let query: Box<dyn Query> = match words {
            [one] => Box::new(TermQuery::new(
                Term::from_field_text(field, one),
                IndexRecordOption::Basic,
            )),
            _ => Box::new(PhraseQuery::new(
                words
                    .iter()
                    .map(|w| Term::from_field_text(field, w))
                    .collect(),
            )),
        };
        let query: Box<dyn Query> = if since.is_some() || until.is_some() {
            let dates = DateOverlap {
                start_field: schema::DATE_START.to_owned(),
                end_field: schema::DATE_END.to_owned(),
                since,
                until,
            };
            Box::new(BooleanQuery::intersection(vec![query, Box::new(dates)]))
        } else {
            query
        };
        let mut addrs: Vec<DocAddress> = searcher
            .search(query.as_ref(), &DocSetCollector)?
            .into_iter()
            .collect();
        addrs.sort_unstable();
        addrs.truncate(MAX_PASSAGES);
        Ok(addrs)
    }

    /// The speaker's words and phrases scored against all quotations, the best `top`.
    fn distinctive(
        &self,
        searcher: &Searcher,
        seen: FxHashMap<(Chain, String), Seen>,
        speaker_words: u64,
        said: &[Said],
        top: usize,
    ) -> anyhow::Result<Vec<Distinctive>> {
        let all_words = self.all_quoted_words(searcher)?;
        let words = Words {
            speaker: speaker_words.max(1),
            rest: all_words.saturating_sub(speaker_words).max(1),
        };
        let mut scored: Vec<(Distinctive, Vec<String>)> = Vec::new();
        for s in candidates(seen, said.len()) {
            if let Some(d) = self.scored(searcher, s, words, said)? {
                scored.push(d);
            }
        }
        Ok(keep_top(scored, top))
    }

    /// Every word of every quotation in the index, over each chain's quoted-words field.
    fn all_quoted_words(&self, searcher: &Searcher) -> anyhow::Result<u64> {
        let mut all_words = 0u64;
        for chain in [Chain::French, Chain::English, Chain::Plain] {
            let field = self.fields.quoted_for(chain);
            for segment in searcher.segment_readers() {
                all_words += segment.inverted_index(field)?.total_num_tokens();
            }
        }
        Ok(all_words)
    }

    /// A word or phrase of the speaker's scored against all quotations, with its terms; `None`
    /// when its excess may be chance.
    fn scored(
        &self,
        searcher: &Searcher,
        s: Seen,
        words: Words,
        said: &[Said],
    ) -> anyhow::Result<Option<(Distinctive, Vec<String>)>> {
        let Some(chain) = s.chain else {
            return Ok(None);
        };
        let field = self.fields.quoted_for(chain);
        let everyone = match &s.terms[..] {
            [one] => searcher.doc_freq(&Term::from_field_text(field, one))?,
            _ => searcher.search(
                &PhraseQuery::new(
                    s.terms
                        .iter()
                        .map(|t| Term::from_field_text(field, t))
                        .collect(),
                ),
                &Count,
            )? as u64,
        };
        let a = s.passages as f64;
        let b = (everyone as f64 - a).max(0.0);
        let score = log_likelihood(a, b, words.speaker as f64, words.rest as f64);
        if score < SIGNIFICANT {
            return Ok(None);
        }
        let form = s
            .forms
            .iter()
            .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
            .map(|(f, _)| f.clone())
            .unwrap_or_default();
        let best = s
            .said
            .iter()
            .copied()
            .max_by(|&x, &y| said[x].carriers.cmp(&said[y].carriers).then(y.cmp(&x)))
            .unwrap_or(0);
        Ok(Some((
            Distinctive {
                words: form,
                score: (score * 100.0).round() / 100.0,
                quotations: s.said.len(),
                everyone: everyone.max(s.passages as u64),
                example: said[best].example.clone(),
            },
            s.terms,
        )))
    }

    /// The names other than `speaker` the speaker goes by: those their quotations give, and the
    /// spellings the alias lists know (as the lists write them).
    fn other_names(&self, speaker: &str, names: &FxHashMap<String, usize>) -> Vec<String> {
        let mut out: Vec<String> = names.keys().filter(|n| **n != speaker).cloned().collect();
        out.sort();
        let own = name_terms(speaker);
        let own_words: Vec<&str> = own.split(' ').collect();
        if let Some(p) = self.aliases.person(speaker) {
            for (s, written) in p.spellings.iter().zip(p.written()) {
                // A part of the name ("macron" for Emmanuel Macron) is no other name.
                let part = s.split(' ').all(|w| own_words.contains(&w));
                if !part && !out.iter().any(|o| name_terms(o) == *s) {
                    out.push(written);
                }
            }
        }
        out
    }
}

/// Words in the speaker's quotations and in everybody else's.
#[derive(Clone, Copy)]
struct Words {
    speaker: u64,
    rest: u64,
}

/// The words and phrases worth scoring: a word said once may be chance (with five quotations or
/// more, two passages are asked for); phrases seen in two passages at least, the most frequent.
fn candidates(seen: FxHashMap<(Chain, String), Seen>, quotations: usize) -> Vec<Seen> {
    let min_passages = if quotations >= 5 { 2 } else { 1 };
    let mut words: Vec<Seen> = Vec::new();
    let mut phrases: Vec<Seen> = Vec::new();
    for (_, s) in seen {
        if s.passages < min_passages {
            continue;
        }
        if s.terms.len() == 1 {
            words.push(s);
        } else if s.passages >= 2 {
            phrases.push(s);
        }
    }
    phrases.sort_by(|a, b| b.passages.cmp(&a.passages).then(a.terms.cmp(&b.terms)));
    phrases.truncate(PHRASE_CANDIDATES);
    words.extend(phrases);
    words
}

/// The best `top` of the scored words and phrases: between equal scores a phrase before its
/// words, and a word most of whose uses are inside a phrase listed above it left out.
fn keep_top(mut scored: Vec<(Distinctive, Vec<String>)>, top: usize) -> Vec<Distinctive> {
    scored.sort_by(|x, y| {
        y.0.score
            .total_cmp(&x.0.score)
            .then(y.1.len().cmp(&x.1.len()))
            .then(x.0.words.cmp(&y.0.words))
    });
    let mut out: Vec<(Distinctive, Vec<String>)> = Vec::new();
    for (d, terms) in scored {
        let inside = terms.len() == 1
            && out.iter().any(|(p, pt)| {
                pt.len() > 1 && pt.contains(&terms[0]) && p.quotations * 5 >= d.quotations * 4
            });
        if !inside {
            out.push((d, terms));
        }
        if out.len() == top {
            break;
        }
    }
    out.into_iter().map(|(d, _)| d).collect()
}

/// The words and phrases of the speaker's quotations in one passage: their first surface form
/// and the speaker's quotations holding them.
type Here = FxHashMap<Vec<String>, (String, Vec<usize>)>;

fn note(here: &mut Here, terms: Vec<String>, form: String, at: usize) {
    let e = here.entry(terms).or_insert_with(|| (form, Vec::new()));
    if !e.1.contains(&at) {
        e.1.push(at);
    }
}

/// Dunning's log-likelihood ratio G² of a word seen `a` times in `n1` words of one corpus and
/// `b` times in `n2` words of another; positive when it is over-represented in the first, else 0.
pub fn log_likelihood(a: f64, b: f64, n1: f64, n2: f64) -> f64 {
    if a / n1 <= b / n2 {
        return 0.0;
    }
    let e1 = n1 * (a + b) / (n1 + n2);
    let e2 = n2 * (a + b) / (n1 + n2);
    let term = |o: f64, e: f64| if o > 0.0 { o * (o / e).ln() } else { 0.0 };
    2.0 * (term(a, e1) + term(b, e2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rare_word_said_often_outscores_a_common_one_and_chance_scores_nothing() {
        // 1,000 words by the speaker, 100,000 by everyone else.
        let rare = log_likelihood(5.0, 1.0, 1_000.0, 100_000.0);
        let common = log_likelihood(20.0, 1_500.0, 1_000.0, 100_000.0);
        assert!(rare > 10.83, "{rare}");
        assert!(rare > common, "{rare} {common}");
        // At everybody's rate, or below it: not distinctive.
        assert_eq!(log_likelihood(10.0, 1_000.0, 1_000.0, 100_000.0), 0.0);
        assert_eq!(log_likelihood(1.0, 1_000.0, 1_000.0, 100_000.0), 0.0);
        // The textbook value: 2 × (a ln(a/E1) + b ln(b/E2)).
        let g = log_likelihood(10.0, 10.0, 100.0, 1_000.0);
        let (e1, e2) = (100.0 * 20.0 / 1_100.0, 1_000.0 * 20.0 / 1_100.0);
        let expected = 2.0 * (10.0 * (10.0f64 / e1).ln() + 10.0 * (10.0f64 / e2).ln());
        assert!((g - expected).abs() < 1e-9);
    }
}
