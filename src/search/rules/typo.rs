//! The `typo` rule: a query word the index does not hold, or holds far more rarely than a term one
//! or two edits away, also matches that term, ranked below the passages spelt as typed.
//!
//! The index terms within reach are found by running a Levenshtein automaton (with
//! transpositions: `sécurtié` is one edit from `sécurité`) over the term dictionary, as tantivy's
//! `FuzzyTermQuery` does: the walk visits only the dictionary's prefixes that can still match.

use std::sync::OnceLock;

use levenshtein_automata::{Distance, LevenshteinAutomatonBuilder, DFA, SINK_STATE};
use tantivy::schema::Field;
use tantivy::Searcher;
use tantivy_fst::Automaton;

/// Words shorter than this (in letters, as typed) are never corrected: too many short words are
/// one edit from each other.
pub const MIN_LETTERS: usize = 5;

/// From this many letters on, two edits are allowed.
pub const TWO_EDITS_FROM: usize = 9;

/// A word held by the index is still corrected when a term within reach is this many times more
/// frequent…
pub const RARER_BY: u64 = 20;

/// …and the word itself occurs in at most this many passages (or in at most this share of the
/// index, for large ones): a word used a few times in a million passages next to a common one
/// is more likely a misspelling of it than a word of its own.
pub const RARE_AT_MOST: u64 = 3;
pub const RARE_SHARE: f64 = 1e-5;

/// At most this many corrections per word, the most frequent first.
pub const MAX_CORRECTIONS: usize = 3;

/// Index terms shorter than this (in bytes) are never offered as corrections.
const MIN_TERM_BYTES: usize = 4;

/// How many edits a word of `letters` letters may be corrected by.
pub fn max_edits(letters: usize) -> u8 {
    if letters < MIN_LETTERS {
        0
    } else if letters < TWO_EDITS_FROM {
        1
    } else {
        2
    }
}

/// An index term near a query term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbour {
    pub term: String,
    /// Passages holding it, over the whole index.
    pub doc_freq: u64,
    pub edits: u8,
}

/// How many passages hold `term` in `field`, over every segment.
pub fn doc_freq(searcher: &Searcher, field: Field, term: &str) -> u64 {
    let term = tantivy::Term::from_field_text(field, term);
    searcher
        .segment_readers()
        .iter()
        .filter_map(|s| s.inverted_index(field).ok())
        .map(|ii| u64::from(ii.doc_freq(&term).unwrap_or(0)))
        .sum()
}

/// The terms of `field` within `max_edits` of `term` (itself excluded), with their frequencies.
pub fn neighbours(
    searcher: &Searcher,
    field: Field,
    term: &str,
    max_edits: u8,
) -> tantivy::Result<Vec<Neighbour>> {
    if max_edits == 0 {
        return Ok(Vec::new());
    }
    let Some(&first) = term.as_bytes().first() else {
        return Ok(Vec::new());
    };
    let dfa = builder(max_edits).build_dfa(term);
    let mut found: Vec<Neighbour> = Vec::new();
    for segment in searcher.segment_readers() {
        let ii = segment.inverted_index(field)?;
        let automaton = Levenshtein { dfa: &dfa, first };
        let mut stream = ii.terms().search(automaton).into_stream()?;
        while stream.advance() {
            let key = stream.key();
            if key == term.as_bytes() || key.len() < MIN_TERM_BYTES {
                continue;
            }
            let Ok(text) = std::str::from_utf8(key) else {
                continue;
            };
            let df = u64::from(stream.value().doc_freq);
            match found.iter_mut().find(|n| n.term == text) {
                Some(n) => n.doc_freq += df,
                None => {
                    let edits = match dfa.eval(key) {
                        Distance::Exact(d) => d,
                        Distance::AtLeast(d) => d,
                    };
                    found.push(Neighbour {
                        term: text.to_owned(),
                        doc_freq: df,
                        edits,
                    });
                }
            }
        }
    }
    Ok(found)
}

/// The corrections [`choose`] picks among the terms of `field` within `max_edits` of `term`
/// (which occurs in `doc_freq` passages). Terms one edit away are looked for first: `choose`
/// keeps only the fewest edits among the terms frequent enough, so when one of them qualifies
/// the walk allowing two edits, which visits many times more of the dictionary, cannot change
/// the answer and is skipped.
pub fn corrections(
    searcher: &Searcher,
    field: Field,
    term: &str,
    max_edits: u8,
    doc_freq: u64,
) -> tantivy::Result<Vec<Neighbour>> {
    if max_edits > 1 {
        let near = choose(neighbours(searcher, field, term, 1)?, doc_freq);
        if !near.is_empty() {
            return Ok(near);
        }
    }
    Ok(choose(
        neighbours(searcher, field, term, max_edits)?,
        doc_freq,
    ))
}

/// The corrections to offer for a word whose term occurs in `doc_freq` passages, given the index terms near it: none when the word is common
/// enough; else the nearest terms (fewest edits), and when the word is in the index, only those
/// far more frequent than it. The most frequent first, at most [`MAX_CORRECTIONS`].
pub fn choose(mut near: Vec<Neighbour>, doc_freq: u64) -> Vec<Neighbour> {
    if doc_freq > 0 {
        near.retain(|n| n.doc_freq >= RARER_BY * doc_freq);
    }
    let Some(fewest) = near.iter().map(|n| n.edits).min() else {
        return Vec::new();
    };
    near.retain(|n| n.edits == fewest);
    near.sort_by(|a, b| b.doc_freq.cmp(&a.doc_freq).then(a.term.cmp(&b.term)));
    near.truncate(MAX_CORRECTIONS);
    near
}

/// Whether a word held by `doc_freq` of `num_docs` passages is rare enough to look for a more
/// common spelling near it.
pub fn is_rare(doc_freq: u64, num_docs: u64) -> bool {
    doc_freq == 0 || doc_freq <= RARE_AT_MOST || (doc_freq as f64) <= RARE_SHARE * num_docs as f64
}

/// Building the automaton's tables costs a few milliseconds: once per process and distance.
fn builder(max_edits: u8) -> &'static LevenshteinAutomatonBuilder {
    static ONE: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    static TWO: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    let cell = if max_edits <= 1 { &ONE } else { &TWO };
    cell.get_or_init(|| LevenshteinAutomatonBuilder::new(max_edits.min(2), true))
}

/// The automaton as the term dictionary walks it, restricted to the terms beginning with the
/// word's own first byte: a word's first letter is seldom mistyped, and changing it changes the
/// word (`Kelog` is not `relog`). Refusing every other first byte at the root keeps the walk
/// inside one branch of the dictionary instead of visiting, with two edits allowed, nearly
/// every short prefix of it.
struct Levenshtein<'a> {
    dfa: &'a DFA,
    first: u8,
}

/// The walk's state before its first byte (the DFA's own states are small indices).
const BEFORE_FIRST: u32 = u32::MAX;

impl Automaton for Levenshtein<'_> {
    type State = u32;

    fn start(&self) -> u32 {
        BEFORE_FIRST
    }

    fn is_match(&self, state: &u32) -> bool {
        // The empty term is never a correction.
        *state != BEFORE_FIRST && matches!(self.dfa.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        match *state {
            BEFORE_FIRST if byte == self.first => {
                self.dfa.transition(self.dfa.initial_state(), byte)
            }
            BEFORE_FIRST => SINK_STATE,
            s => self.dfa.transition(s, byte),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::{Schema, TEXT};
    use tantivy::{doc, Index, IndexWriter};

    fn index(texts: &[&str]) -> (Index, Field) {
        let mut schema = Schema::builder();
        let text = schema.add_text_field("text", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer(15_000_000).unwrap();
        for t in texts {
            writer.add_document(doc!(text => *t)).unwrap();
        }
        writer.commit().unwrap();
        (index, text)
    }

    #[test]
    fn edits_grow_with_the_word() {
        assert_eq!(max_edits(4), 0);
        assert_eq!(max_edits(5), 1);
        assert_eq!(max_edits(8), 1);
        assert_eq!(max_edits(9), 2);
    }

    #[test]
    fn a_missing_name_finds_the_one_a_letter_away() {
        let (index, field) = index(&[
            "steve witkoff est arrivé",
            "witkoff à moscou",
            "un autre sujet",
        ]);
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(doc_freq(&searcher, field, "witkof"), 0);
        let near = neighbours(&searcher, field, "witkof", 1).unwrap();
        assert_eq!(
            near,
            vec![Neighbour {
                term: "witkoff".into(),
                doc_freq: 2,
                edits: 1
            }]
        );
        assert_eq!(choose(near, 0).len(), 1);
        // A transposition is one edit.
        let swapped = neighbours(&searcher, field, "wiktoff", 1).unwrap();
        assert_eq!(swapped.len(), 1);
    }

    #[test]
    fn a_word_in_the_index_is_corrected_only_towards_a_far_commoner_one() {
        let near = vec![
            Neighbour {
                term: "macron".into(),
                doc_freq: 400,
                edits: 1,
            },
            Neighbour {
                term: "micro".into(),
                doc_freq: 10,
                edits: 1,
            },
        ];
        let chosen = choose(near.clone(), 2);
        assert_eq!(chosen.len(), 1);
        assert_eq!(chosen[0].term, "macron");
        assert!(choose(near, 30).is_empty());
        assert!(is_rare(0, 10));
        assert!(is_rare(3, 1_000));
        assert!(!is_rare(4, 1_000));
        assert!(is_rare(10, 1_000_000));
    }

    /// Looking one edit away first gives what choosing among every term two edits away gives.
    #[test]
    fn corrections_match_choosing_among_every_neighbour() {
        let (index, field) = index(&[
            "palalova parle",
            "palalova encore",
            "palalovo une fois",
            "palalovna répond",
            "pallalovaa rare",
            "zelensky et zelenskyy",
            "zelensky encore",
            "zelenskii",
        ]);
        let searcher = index.reader().unwrap().searcher();
        let mut one_edit_first = 0;
        for term in [
            "palalovva",
            "palalova",
            "palaloav",
            "pallalovva",
            "zelenskyi",
            "zelenskiyy",
            "zelensky",
            "palxxlova",
            "qalalovaa",
        ] {
            for df in [0, 1, 5] {
                let all = choose(neighbours(&searcher, field, term, 2).unwrap(), df);
                let got = corrections(&searcher, field, term, 2, df).unwrap();
                assert_eq!(got, all, "{term} {df}");
                one_edit_first += usize::from(got.first().is_some_and(|n| n.edits == 1));
            }
        }
        assert!(one_edit_first > 0);
    }
}
