//! Provenance: the same quotation reported by several dispatches is one quotation.
//!
//! Every quotation written to the index carries a *quotation id*, shared by every quotation
//! found to be the same: their analysed words (folded, stemmed, stop words out) overlap enough —
//! at least [`CONTAINMENT`] of the shorter's words are in the longer, so a shortened quotation
//! joins the full one — and their speakers do not contradict (one unknown, or the same person).
//! A quotation of fewer than [`MIN_WORDS`] words joins another only with the very same words and
//! the same known speaker: « inacceptable » said by two people, or twice a year apart, is not
//! one quotation.
//!
//! Linking is done as the quotation is written, against what the index already holds and what
//! this run wrote since its last commit, never by reading the whole index: each quotation's words
//! are indexed as keys (`quote_terms`), and a new quotation looks up only the passages holding
//! its [`KEYS`] rarest words, then compares their quotations' words with its own. The ids live
//! in the passages' documents (indexed in `quotation`, stored with each quotation): they change
//! with the commits that write them, atomically, and a pruned dispatch takes its quotations'
//! ids away with it. Which carrier came first is not stored: it is read at query time from the
//! carriers' dates, so pruning the first carrier makes the next one first.

use rustc_hash::{FxHashMap, FxHashSet};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocSet, IndexReader, ReloadPolicy, Searcher, TantivyDocument, Term, TERMINATED};

use crate::index::analysis::{self, Chain};
use crate::index::schema::Fields;
use crate::index::stored_str;
use crate::model::dispatch::Dispatch;
use crate::model::quote::HitQuote;
use crate::text::fold::fold;

/// Share of the shorter quotation's words that must be in the longer one.
pub const CONTAINMENT: f64 = 0.8;

/// Below this many distinct words, a quotation joins another only when both say exactly the same
/// words and the same known speaker said them.
pub const MIN_WORDS: usize = 3;

/// How many of a quotation's rarest words are looked up to find the quotations it may repeat.
/// Any quotation it repeats (at least 80 % of the shorter's words in common) shares one of them
/// whenever the shorter has fewer than 20 words, and nearly always beyond.
const KEYS: usize = 4;

/// Passages read per key at most: a key held by more passages than this is not rare, and the
/// other keys find the quotation.
const MAX_POSTINGS_PER_KEY: usize = 200;

/// A quotation id as it is shown and stored: 16 hexadecimal digits.
pub fn format_id(id: u64) -> String {
    format!("{id:016x}")
}

/// A quotation id read back from its 16 hexadecimal digits.
pub fn parse_id(s: &str) -> Option<u64> {
    let s = s.trim();
    (s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| u64::from_str_radix(s, 16).ok())
        .flatten()
}

/// The analysed words of a quotation, sorted and distinct: what two quotations are compared by.
pub fn words(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut w: Vec<String> = analysis::terms(analyzer, text)
        .into_iter()
        .map(|t| t.text)
        .collect();
    w.sort_unstable();
    w.dedup();
    w
}

/// How many words of the sorted, distinct lists `a` and `b` are in both.
fn common(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Whether two speakers can be the same person: one is unknown, or their folded names are equal
/// or one is the other's surname.
pub fn speakers_agree(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same_person(a, b),
        _ => true,
    }
}

fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    if a == b {
        return true;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    !short.contains(' ') && long.ends_with(&format!(" {short}"))
}

/// How alike two quotations are, when they are the same quotation: the share of the shorter's
/// words found in the longer. `None` when they are two quotations.
pub fn likeness(
    a: &[String],
    a_speaker: Option<&str>,
    b: &[String],
    b_speaker: Option<&str>,
) -> Option<f64> {
    if a.is_empty() || b.is_empty() || !speakers_agree(a_speaker, b_speaker) {
        return None;
    }
    let shorter = a.len().min(b.len());
    if shorter < MIN_WORDS {
        let both_known = a_speaker.is_some() && b_speaker.is_some();
        return (a == b && both_known).then_some(1.0);
    }
    let share = common(a, b) as f64 / shorter as f64;
    (share >= CONTAINMENT).then_some(share)
}

/// One quotation the linker knows: its id, words and speaker.
#[derive(Debug, Clone)]
struct Known {
    id: u64,
    words: Vec<String>,
    speaker: Option<String>,
}

/// A quotation of a dispatch being written, linked: its id and the words to index as its keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linked {
    pub id: u64,
    pub words: Vec<String>,
}

/// Gives each quotation written to an index its id, linking it to the quotations the index and
/// the run already hold.
pub struct Linker {
    /// The index as of the run's last commit (none for an index being created).
    reader: Option<IndexReader>,
    fields: Fields,
    /// Quotations written since the last commit, which the reader does not see yet.
    pending: Vec<Known>,
    pending_by_word: FxHashMap<String, Vec<usize>>,
    /// The quotations of committed passages already read, by segment and document.
    read: FxHashMap<(u32, u32), Vec<Known>>,
    analyzers: FxHashMap<Chain, TextAnalyzer>,
}

impl Linker {
    pub fn new(index: &tantivy::Index, fields: &Fields) -> Linker {
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .ok();
        Linker {
            reader,
            fields: fields.clone(),
            pending: Vec::new(),
            pending_by_word: FxHashMap::default(),
            read: FxHashMap::default(),
            analyzers: FxHashMap::default(),
        }
    }

    /// The run committed: what it wrote is now in the index, seen by the reader.
    pub fn committed(&mut self) {
        if let Some(r) = &self.reader {
            if r.reload().is_ok() {
                self.pending.clear();
                self.pending_by_word.clear();
            }
        }
        self.read.clear();
    }

    fn analyzer(&mut self, chain: Chain) -> &mut TextAnalyzer {
        self.analyzers
            .entry(chain)
            .or_insert_with(|| chain.analyzer())
    }

    /// Links every quotation of `d`: per passage, per quotation, in order.
    pub fn link(&mut self, d: &Dispatch) -> Vec<Vec<Linked>> {
        let chain = Chain::for_lang(&d.lang);
        let searcher = self.reader.as_ref().map(|r| r.searcher());
        let mut out = Vec::with_capacity(d.passages.len());
        for p in &d.passages {
            let mut linked = Vec::with_capacity(p.quotes.len());
            for (i, q) in p.quotes.iter().enumerate() {
                let words = words(self.analyzer(chain), &q.text);
                let speaker = q.speaker.as_deref();
                let found = if words.is_empty() {
                    None
                } else {
                    self.find(searcher.as_ref(), &words, speaker)
                };
                let id = found.unwrap_or_else(|| new_id(&d.id, p.number, i));
                if !words.is_empty() {
                    let at = self.pending.len();
                    for w in &words {
                        self.pending_by_word.entry(w.clone()).or_default().push(at);
                    }
                    self.pending.push(Known {
                        id,
                        words: words.clone(),
                        speaker: q.speaker.clone(),
                    });
                }
                linked.push(Linked { id, words });
            }
            out.push(linked);
        }
        out
    }

    /// The id of the quotation `words` repeats most closely, if any.
    fn find(
        &mut self,
        searcher: Option<&Searcher>,
        words: &[String],
        speaker: Option<&str>,
    ) -> Option<u64> {
        let field = self.fields.quote_terms;
        let frequency = |w: &String| {
            let committed = searcher
                .and_then(|s| s.doc_freq(&Term::from_field_text(field, w)).ok())
                .unwrap_or(0);
            let pending = self.pending_by_word.get(w).map_or(0, Vec::len) as u64;
            committed + pending
        };
        let mut keys: Vec<(u64, &String)> = words.iter().map(|w| (frequency(w), w)).collect();
        keys.sort_unstable();
        keys.truncate(KEYS);

        let mut best: Option<(f64, u64)> = None;
        let mut consider = |k: &Known| {
            if let Some(share) = likeness(words, speaker, &k.words, k.speaker.as_deref()) {
                // The closest wins; between equals, the smaller id, so that the choice does not
                // depend on the order candidates were met in.
                if best.is_none_or(|(s, id)| share > s || (share == s && k.id < id)) {
                    best = Some((share, k.id));
                }
            }
        };
        let mut seen_pending = FxHashSet::default();
        for (_, w) in &keys {
            for &at in self.pending_by_word.get(*w).into_iter().flatten() {
                if seen_pending.insert(at) {
                    consider(&self.pending[at]);
                }
            }
        }
        if let Some(searcher) = searcher {
            let mut docs: Vec<(u32, u32)> = Vec::new();
            for (freq, w) in &keys {
                if *freq == 0 {
                    continue;
                }
                docs.extend(postings(searcher, field, w));
            }
            docs.sort_unstable();
            docs.dedup();
            for addr in docs {
                if !self.read.contains_key(&addr) {
                    let known = self.read_passage(searcher, addr);
                    self.read.insert(addr, known);
                }
                for k in &self.read[&addr] {
                    consider(k);
                }
            }
        }
        best.map(|(_, id)| id)
    }

    /// The quotations of a committed passage, with their ids and words.
    fn read_passage(&mut self, searcher: &Searcher, (seg, doc): (u32, u32)) -> Vec<Known> {
        let Ok(d) = searcher.doc::<TantivyDocument>(tantivy::DocAddress::new(seg, doc)) else {
            return Vec::new();
        };
        let f = &self.fields;
        let (Some(stored), Some(text)) = (stored_str(&d, f.quotes), stored_str(&d, f.text)) else {
            return Vec::new();
        };
        let chain = Chain::for_lang(stored_str(&d, f.lang).unwrap_or("fr"));
        let quotes: Vec<HitQuote> = crate::index::read_quotes(stored, text);
        let mut out = Vec::with_capacity(quotes.len());
        for q in quotes {
            let Some(id) = q.quotation.as_deref().and_then(parse_id) else {
                continue;
            };
            let words = words(self.analyzer(chain), &q.text);
            out.push(Known {
                id,
                words,
                speaker: q.speaker,
            });
        }
        out
    }
}

/// The live documents (segment, document) holding `word` in `field`, at most
/// [`MAX_POSTINGS_PER_KEY`].
fn postings(searcher: &Searcher, field: tantivy::schema::Field, word: &str) -> Vec<(u32, u32)> {
    let term = Term::from_field_text(field, word);
    let mut out = Vec::new();
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let Ok(inverted) = segment.inverted_index(field) else {
            continue;
        };
        let Ok(Some(mut postings)) = inverted.read_postings(&term, IndexRecordOption::Basic) else {
            continue;
        };
        let alive = segment.alive_bitset();
        let mut doc = postings.doc();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                out.push((ord as u32, doc));
                if out.len() >= MAX_POSTINGS_PER_KEY {
                    return out;
                }
            }
            doc = postings.advance();
        }
    }
    out
}

/// The id of a quotation seen for the first time: from where it was first seen, so that a
/// rebuild of the same dispatches gives the same ids.
fn new_id(dispatch: &str, passage: usize, index: usize) -> u64 {
    let key = format!("{dispatch}\u{0}{passage}\u{0}{index}");
    xxhash_rust::xxh3::xxh3_64(key.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<String> {
        words(&mut Chain::French.analyzer(), text)
    }

    #[test]
    fn a_shortened_quotation_is_the_same_quotation() {
        let full = w("toute force étrangère déployée en Ukraine deviendrait une cible légitime pour nos armées");
        let short = w("toute force étrangère deviendrait une cible légitime");
        assert!(likeness(&full, Some("Vladimir Poutine"), &short, None).is_some());
        assert!(likeness(&short, None, &full, Some("Poutine")).is_some());
    }

    #[test]
    fn half_the_words_in_common_is_two_quotations() {
        let a = w("nous ne céderons rien sur la question des frontières orientales");
        let b = w("nous ne céderons rien sur la question du gaz et des tarifs");
        assert!(likeness(&a, Some("Ivo Marten"), &b, Some("Ivo Marten")).is_none());
    }

    #[test]
    fn contradicting_speakers_are_two_quotations() {
        let a = w("la sécurité de l'Europe se joue aujourd'hui sur le front ukrainien");
        assert!(likeness(&a, Some("Ivo Marten"), &a, Some("Lena Sorel")).is_none());
        assert!(likeness(&a, Some("Ivo Marten"), &a, Some("Marten")).is_some());
    }

    #[test]
    fn a_short_quotation_needs_the_same_words_and_speaker() {
        let a = w("inacceptable");
        assert!(likeness(&a, Some("Ivo Marten"), &a, None).is_none());
        assert!(likeness(&a, Some("Ivo Marten"), &a, Some("Ivo Marten")).is_some());
    }

    #[test]
    fn ids_read_back() {
        for id in [0, 1, u64::MAX, 0x3fa2_0000_1234_abcd] {
            assert_eq!(parse_id(&format_id(id)), Some(id));
        }
        assert_eq!(parse_id("cibles légitimes"), None);
    }
}
