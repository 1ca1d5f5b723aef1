//! What a search shows: hits, with their highlights, snippet, quotation and explanation.

use rustc_hash::FxHashSet;
use tantivy::schema::Value;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Searcher, TantivyDocument};

use super::rank::Ranked;
use super::Engine;
use crate::index::analysis::{self, Chain};
use crate::index::{self, stored_str};
use crate::model::dispatch::distinct_speakers;
use crate::model::quote::HitQuote;
use crate::search::plan::{self, Correction, Plan};
use crate::search::snippet;
use crate::text::offsets::char_offset;

/// One ranked passage.
#[derive(Debug, Clone)]
pub struct Hit {
    pub rank: usize,
    pub score: f32,
    pub dispatch: String,
    pub passage: u64,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    pub date_origin: Option<String>,
    pub lang: String,
    pub title: String,
    pub text: String,
    /// Byte ranges of `text` to highlight.
    pub highlights: Vec<(usize, usize)>,
    /// Byte range of `text` worth showing on a terminal.
    pub snippet: (usize, usize),
    pub quotes: Vec<HitQuote>,
    /// The index in `quotes` of the quotation the hit is about: the asked speaker's (the one
    /// holding the most highlighted words, else their first), or without a speaker the one
    /// holding the most highlighted words; `None` when no quotation holds any.
    pub highlighted_quote: Option<usize>,
    /// How many units of the query (words, phrases) it holds…
    pub matched: usize,
    /// …of how many.
    pub of: usize,
    /// The near-duplicates of this passage in other dispatches, shown through it.
    pub duplicates: Vec<Duplicate>,
    /// Why it ranks where it does, when `Options::explain` asked.
    pub explanation: Option<Explanation>,
}

/// What ranked a hit: its tier, each unit's BM25 contribution, proximity and field signals.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Explanation {
    /// `matched/of`: how many units of the query it holds, of how many (rule `words`).
    pub tier: String,
    /// What orders the tiers: the weights of the units it holds, plus half the weights of those
    /// it lacks and its dispatch's title holds (rule `words`).
    pub coverage: f32,
    pub units: Vec<UnitExplanation>,
    /// The sum of the units' contributions.
    pub bm25: f32,
    /// Units held over the length of the shortest stretch holding them (rule `proximity`);
    /// `null` when it holds fewer than two.
    pub proximity: Option<f32>,
    /// No more than two words between each unit and the next.
    pub together: bool,
    /// Share of the units held that the dispatch's title holds too (rule `fields`).
    pub title: f32,
    /// The dispatch's first passage (rule `fields`).
    pub first_passage: bool,
    /// `bm25 × (1 + 0.5 × proximity) × (1 + 0.4 × title + 0.2 × first passage)`: what orders
    /// hits of one tier.
    pub score: f32,
}

/// How a hit holds one unit of the query.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UnitExplanation {
    /// As typed.
    pub unit: String,
    /// The index term it was found as (a word's spelling; `null` for a phrase or a unit not
    /// held).
    pub term: Option<String>,
    /// Its BM25 contribution (tantivy's BM25 of the term in the passage), `null` when not held.
    pub bm25: Option<f32>,
    /// What holding it adds to the coverage: its informativeness relative to the query's most
    /// informative unit (1), at least 0.25.
    pub weight: f32,
    /// Held only through a typo correction (its BM25 counts 70 %).
    pub typo: bool,
}

/// A passage collapsed into a hit: the same text, give or take a few words.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Duplicate {
    pub dispatch: String,
    pub passage: u64,
    pub date: Option<String>,
}

impl Hit {
    /// Highlights as character offsets into `text`, as the JSON output gives them.
    pub fn highlight_chars(&self) -> Vec<[usize; 2]> {
        self.highlights
            .iter()
            .map(|&(s, e)| [char_offset(&self.text, s), char_offset(&self.text, e)])
            .collect()
    }

    /// The speaker of the quotation holding the first highlighted word, when known.
    pub fn highlighted_speaker(&self) -> Option<&str> {
        self.highlights.iter().find_map(|&(s, e)| {
            let (s, e) = (char_offset(&self.text, s), char_offset(&self.text, e));
            self.quotes
                .iter()
                .find(|q| q.start <= s && e <= q.end)
                .and_then(|q| q.speaker.as_deref())
        })
    }

    /// Distinct speakers quoted in this passage.
    pub fn speakers(&self) -> Vec<&str> {
        distinct_speakers(self.quotes.iter().map(|q| q.speaker.as_deref()))
    }
}

/// What showing a ranked passage needs.
pub(super) struct Shown<'a> {
    pub searcher: &'a Searcher,
    pub plan: &'a Plan,
    /// The analyzers of the chains met so far (one is added for a chain not yet met).
    pub analyzers: &'a mut Vec<(Chain, TextAnalyzer)>,
    pub name_analyzer: &'a mut TextAnalyzer,
    pub snippet_chars: usize,
}

impl Engine {
    /// The hit showing `r`: its stored fields, highlights, snippet, quotation, title and
    /// duplicates (its rank left 0).
    pub(super) fn shown(&self, s: &mut Shown, r: &Ranked) -> anyhow::Result<Hit> {
        let searcher = s.searcher;
        let doc: TantivyDocument = searcher.doc(r.addr)?;
        let lang = stored_str(&doc, self.fields.lang)
            .unwrap_or("fr")
            .to_owned();
        let chain = Chain::for_lang(&lang);
        let wanted: FxHashSet<String> = s
            .plan
            .chains
            .iter()
            .filter(|c| c.chain == chain)
            .flat_map(|c| c.highlight.iter().cloned())
            .collect();
        let analyzer = self.analyzer(s.analyzers, chain);
        let text = stored_str(&doc, self.fields.text)
            .unwrap_or_default()
            .to_owned();
        let highlights = snippet::highlights(analyzer, &text, &wanted);
        let mut hit = self.hit(&doc, 0, r.score, text, highlights, (0, 0));
        // Cropped around the highlights unless cropped around the asked speaker's quotation.
        if !focus_quote(&mut hit, &s.plan.speakers, s.name_analyzer, s.snippet_chars) {
            hit.snippet = snippet::crop(&hit.text, &hit.highlights, s.snippet_chars);
        }
        hit.matched = r.matched;
        hit.of = r.of;
        hit.title = index::title(searcher, &self.fields, r.addr, &doc)?;
        hit.explanation = r.explanation.clone();
        for &addr in &r.duplicates {
            let d: TantivyDocument = searcher.doc(addr)?;
            let dup = self.hit(&d, 0, 0.0, String::new(), Vec::new(), (0, 0));
            hit.duplicates.push(Duplicate {
                dispatch: dup.dispatch,
                passage: dup.passage,
                date: dup.date,
            });
        }
        Ok(hit)
    }

    /// The analyzer of `chain` among `analyzers`, added from the engine's when missing.
    pub(super) fn analyzer<'a>(
        &self,
        analyzers: &'a mut Vec<(Chain, TextAnalyzer)>,
        chain: Chain,
    ) -> &'a mut TextAnalyzer {
        if !analyzers.iter().any(|(c, _)| *c == chain) {
            let prototype = self.analyzers.iter().find(|(c, _)| *c == chain);
            analyzers.push((
                chain,
                prototype.expect("every chain has an analyzer").1.clone(),
            ));
        }
        &mut analyzers
            .iter_mut()
            .find(|(c, _)| *c == chain)
            .expect("just added")
            .1
    }

    pub(super) fn hit(
        &self,
        doc: &TantivyDocument,
        rank: usize,
        score: f32,
        text: String,
        highlights: Vec<(usize, usize)>,
        snippet: (usize, usize),
    ) -> Hit {
        let f = &self.fields;
        let s = |field| stored_str(doc, field).map(str::to_owned);
        let quotes = stored_str(doc, f.quotes)
            .map(|j| index::read_quotes(j, &text))
            .unwrap_or_default();
        Hit {
            rank,
            score,
            dispatch: s(f.dispatch).unwrap_or_default(),
            passage: doc
                .get_first(f.passage)
                .and_then(|v| v.as_u64())
                .unwrap_or(0),
            date: s(f.date),
            date_precision: s(f.date_precision),
            date_origin: s(f.date_origin),
            lang: s(f.lang).unwrap_or_default(),
            // Stored on the dispatch's first passage only: filled in by `search`.
            title: String::new(),
            text,
            highlights,
            snippet,
            quotes,
            highlighted_quote: None,
            matched: 0,
            of: 0,
            duplicates: Vec::new(),
            explanation: None,
        }
    }
}

/// A quotation's byte range in `text` (its offsets are in characters).
fn quote_bytes(text: &str, q: &HitQuote) -> (usize, usize) {
    let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    (byte(q.start), byte(q.end))
}

/// Picks the hit's quotation (see [`Hit::highlighted_quote`]); for a speaker's quotation,
/// marks it when none of its words is highlighted, and crops the snippet around it rather than
/// around the passage's first sentences. Says whether it cropped the snippet (else the caller
/// crops it around the highlights).
pub(super) fn focus_quote(
    hit: &mut Hit,
    speakers: &[plan::Analysed],
    name_analyzer: &mut TextAnalyzer,
    snippet_chars: usize,
) -> bool {
    let ranges: Vec<(usize, usize)> = hit
        .quotes
        .iter()
        .map(|q| quote_bytes(&hit.text, q))
        .collect();
    let inside = |(s, e): (usize, usize)| {
        hit.highlights
            .iter()
            .filter(|&&(hs, he)| hs >= s && he <= e)
            .count()
    };
    let best_of = |candidates: &[usize]| {
        candidates
            .iter()
            .copied()
            .max_by_key(|&i| (inside(ranges[i]), std::cmp::Reverse(i)))
    };
    if speakers.is_empty() {
        let all: Vec<usize> = (0..ranges.len()).collect();
        hit.highlighted_quote = best_of(&all).filter(|&i| inside(ranges[i]) > 0);
        return false;
    }
    let theirs: Vec<usize> = (0..hit.quotes.len())
        .filter(|&i| {
            let Some(name) = hit.quotes[i].speaker.as_deref() else {
                return false;
            };
            let terms: Vec<String> = analysis::terms(name_analyzer, name)
                .into_iter()
                .map(|t| t.text)
                .collect();
            speakers
                .iter()
                .any(|wanted| wanted.iter().all(|(_, t)| terms.contains(t)))
        })
        .collect();
    let Some(i) = best_of(&theirs) else {
        return false;
    };
    hit.highlighted_quote = Some(i);
    let (s, e) = ranges[i];
    let focus: Vec<(usize, usize)> = if inside((s, e)) > 0 {
        hit.highlights
            .iter()
            .copied()
            .filter(|&(hs, he)| hs >= s && he <= e)
            .collect()
    } else {
        // Nothing of it is highlighted: the quotation itself is what was asked for.
        let at = hit.highlights.partition_point(|&(hs, _)| hs < s);
        hit.highlights.insert(at, (s, e));
        // Cropping looks for the sentence where it starts.
        let first_word = hit.text[s..e].find(' ').map_or(e, |w| s + w);
        vec![(s, first_word)]
    };
    hit.snippet = snippet::crop(&hit.text, &focus, snippet_chars);
    true
}

/// How `term` is written in the hits: the first highlighted word that gives it.
fn surface(analyzers: &mut [(Chain, TextAnalyzer)], hits: &[Hit], term: &str) -> Option<String> {
    for hit in hits {
        let chain = Chain::for_lang(&hit.lang);
        let analyzer = &mut analyzers.iter_mut().find(|(c, _)| *c == chain)?.1;
        for &(s, e) in &hit.highlights {
            for word in hit.text[s..e].split(|c: char| !c.is_alphanumeric()) {
                if !word.is_empty()
                    && analysis::terms(analyzer, word)
                        .first()
                        .is_some_and(|t| t.text == term)
                {
                    return Some(word.to_owned());
                }
            }
        }
    }
    None
}

/// Fills each correction's `shown`: the spellings the hits show; else the first term,
/// capitalised as typed.
pub(super) fn spell_corrections(
    corrections: &mut [Correction],
    analyzers: &mut [(Chain, TextAnalyzer)],
    hits: &[Hit],
) {
    for c in corrections {
        for t in &c.terms {
            if let Some(w) = surface(analyzers, hits, t) {
                if !c.shown.contains(&w) {
                    c.shown.push(w);
                }
            }
        }
        if c.shown.is_empty() {
            let t = &c.terms[0];
            c.shown.push(if c.typed.starts_with(char::is_uppercase) {
                let mut chars = t.chars();
                chars
                    .next()
                    .map(|f| f.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            } else {
                t.clone()
            });
        }
    }
}
