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
//! Linking is done as the quotation is written, against what the index held before the run and
//! what this run wrote, never by reading the whole index: each quotation's words are indexed (the
//! `quoted_*` fields, which `--quotes` searches too), and a new quotation looks up only the passages (and the run's own
//! quotations, kept in memory) holding its [`KEYS`] rarest words, at most
//! [`MAX_POSTINGS_PER_KEY`] per word, then compares their quotations' words with its own. The ids live
//! in the passages' documents (indexed in `quotation`, stored with each quotation): they change
//! with the commits that write them, atomically, and a pruned dispatch takes its quotations'
//! ids away with it. Which carrier came first is not stored: it is read at query time from the
//! carriers' dates, so pruning the first carrier makes the next one first.

use rustc_hash::{FxHashMap, FxHashSet};
use tantivy::index::SegmentId;
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use tantivy::{
    DocSet, IndexReader, ReloadPolicy, Searcher, SegmentReader, TantivyDocument, Term, TERMINATED,
};

use crate::index::analysis::Chain;
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

/// Passages read, and quotations of the run compared, per key at most (the first ones written):
/// a key held by more than this is not rare, and the other keys find the quotation. Uncapped,
/// the run's own quotations made linking quadratic in the quotations written.
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

/// The analysed words of a quotation, sorted and distinct: what is indexed as its keys.
pub fn words(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    // The terms' texts alone, taken from the stream (their places are not needed).
    let mut w: Vec<String> = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        w.push(token.text.clone());
    }
    w.sort_unstable();
    w.dedup();
    w
}

/// A word as the linker compares it: a 64-bit hash of its analysed form. Comparing two
/// quotations is then a merge of two sorted lists of integers, with no string compared or
/// allocated (two distinct words share a hash once in 2^64 pairs).
fn hash(word: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(word.as_bytes())
}

/// The hashes of sorted, distinct words, sorted and distinct.
fn hashes(words: &[String]) -> Vec<u64> {
    let mut h: Vec<u64> = words.iter().map(|w| hash(w)).collect();
    h.sort_unstable();
    h.dedup();
    h
}

/// How many values of the sorted, distinct lists `a` and `b` are in both.
fn common(a: &[u64], b: &[u64]) -> usize {
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
/// or one is the other's surname. The names are given folded ([`fold`]).
fn speakers_agree(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same_person(a, b),
        _ => true,
    }
}

fn same_person(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    !short.contains(' ')
        && long
            .strip_suffix(short)
            .is_some_and(|rest| rest.ends_with(' '))
}

/// What the linker compares of a quotation: its words' hashes and its speaker, folded.
#[derive(Debug, Clone, Copy)]
struct Said<'a> {
    words: &'a [u64],
    speaker: Option<&'a str>,
}

/// How alike two quotations are, when they are the same quotation: the share of the shorter's
/// words found in the longer. `None` when they are two quotations.
fn likeness(a: Said, b: Said) -> Option<f64> {
    if a.words.is_empty() || b.words.is_empty() || !speakers_agree(a.speaker, b.speaker) {
        return None;
    }
    let shorter = a.words.len().min(b.words.len());
    if shorter < MIN_WORDS {
        let both_known = a.speaker.is_some() && b.speaker.is_some();
        return (a.words == b.words && both_known).then_some(1.0);
    }
    let share = common(a.words, b.words) as f64 / shorter as f64;
    (share >= CONTAINMENT).then_some(share)
}

/// A quotation's words and speaker, ready for linking: what can be worked out from the dispatch
/// alone, apart from the index (and so on any thread, before the dispatch's turn to be written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteWords {
    /// Its analysed words, sorted and distinct: indexed as its keys.
    pub words: Vec<String>,
    hashes: Vec<u64>,
    /// Its speaker's name, folded.
    speaker: Option<String>,
}

impl QuoteWords {
    fn new(analyzer: &mut TextAnalyzer, text: &str, speaker: Option<&str>) -> QuoteWords {
        let words = words(analyzer, text);
        QuoteWords {
            hashes: hashes(&words),
            speaker: speaker.map(fold),
            words,
        }
    }

    fn said(&self) -> Said<'_> {
        Said {
            words: &self.hashes,
            speaker: self.speaker.as_deref(),
        }
    }
}

thread_local! {
    /// Each thread's analysers, one per chain, built on first use.
    static ANALYZERS: std::cell::RefCell<FxHashMap<Chain, TextAnalyzer>> =
        std::cell::RefCell::new(FxHashMap::default());
}

fn with_analyzer<T>(chain: Chain, f: impl FnOnce(&mut TextAnalyzer) -> T) -> T {
    ANALYZERS.with(|a| {
        let mut a = a.borrow_mut();
        f(a.entry(chain).or_insert_with(|| chain.analyzer()))
    })
}

/// The words of every quotation of `d`: per passage, per quotation, in order.
pub fn prepare(d: &Dispatch) -> Vec<Vec<QuoteWords>> {
    with_analyzer(Chain::for_lang(&d.lang), |analyzer| {
        d.passages
            .iter()
            .map(|p| {
                p.quotes
                    .iter()
                    .map(|q| QuoteWords::new(analyzer, &q.text, q.speaker.as_deref()))
                    .collect()
            })
            .collect()
    })
}

/// One quotation the linker knows: its id, words and speaker.
#[derive(Debug, Clone)]
struct Known {
    id: u64,
    said: QuoteWords,
}

/// A quotation written by this run, as the linker keeps it: its id, where its words' hashes are
/// in [`Linker::arena`], and its speaker's number in [`Linker::speakers`].
#[derive(Debug, Clone, Copy)]
struct Written {
    id: u64,
    start: u32,
    len: u32,
    speaker: Option<u32>,
}

/// The quotations of this run holding a word: how many, and the first
/// [`MAX_POSTINGS_PER_KEY`] of them (as the index's postings are read).
#[derive(Debug, Default)]
struct Holders {
    count: u64,
    first: Vec<u32>,
}

/// A quotation of a dispatch being written, linked: its id and the words to index as its keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linked {
    pub id: u64,
}

/// Gives each quotation written to an index its id, linking it to the quotations the index and
/// the run already hold.
///
/// What the index held before the run is found through its postings and read from its stored
/// passages. What the run writes is kept in memory, compactly (its words as hashes in one arena,
/// speakers interned), and found through a map from word to quotations, capped per word as the
/// index's postings are: it is never read back from the segments the run's commits make.
pub struct Linker {
    /// The index (none for an index being created), reloaded at each commit for the deletions
    /// the run made in what was there before it.
    reader: Option<IndexReader>,
    /// The segments the index held when the run began: the only ones its postings are read in.
    before: FxHashSet<SegmentId>,
    fields: Fields,
    /// Every quotation this run wrote.
    written: Vec<Written>,
    arena: Vec<u64>,
    speakers: Vec<String>,
    speaker_numbers: FxHashMap<String, u32>,
    by_word: FxHashMap<u64, Holders>,
    /// Which quotations of `written` the current look-up has already compared, by stamp.
    compared: Vec<u32>,
    stamp: u32,
    /// The quotations of the index's passages already read, by segment and document (until the
    /// next commit).
    read: FxHashMap<(u32, u32), Vec<Known>>,
}

impl Linker {
    pub fn new(index: &tantivy::Index, fields: &Fields) -> Linker {
        let reader: Option<IndexReader> = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .ok();
        let before = reader.as_ref().map_or_else(FxHashSet::default, |r| {
            r.searcher()
                .segment_readers()
                .iter()
                .map(|s| s.segment_id())
                .collect()
        });
        Linker {
            reader: reader.filter(|_| !before.is_empty()),
            before,
            fields: fields.clone(),
            written: Vec::new(),
            arena: Vec::new(),
            speakers: Vec::new(),
            speaker_numbers: FxHashMap::default(),
            by_word: FxHashMap::default(),
            compared: Vec::new(),
            stamp: 0,
            read: FxHashMap::default(),
        }
    }

    /// Forgets every quotation: called once the run has written its last dispatch, so that its
    /// tables (which grow with the run, about 75 MB at a million passages) and the reader of
    /// the index's old segments are gone before the final merge, the run's peak of memory.
    pub fn release(&mut self) {
        self.reader = None;
        self.before = FxHashSet::default();
        self.written = Vec::new();
        self.arena = Vec::new();
        self.speakers = Vec::new();
        self.speaker_numbers = FxHashMap::default();
        self.by_word = FxHashMap::default();
        self.compared = Vec::new();
        self.read = FxHashMap::default();
    }

    /// The run committed: the deletions it made in the index are now seen by the reader.
    pub fn committed(&mut self) {
        if let Some(r) = &self.reader {
            let _ = r.reload();
        }
        self.read.clear();
    }

    /// Links every quotation of `d`, whose words [`prepare`] gave: per passage, per quotation,
    /// in order.
    pub fn link(&mut self, d: &Dispatch, prepared: Vec<Vec<QuoteWords>>) -> Vec<Vec<Linked>> {
        let searcher = self.reader.as_ref().map(|r| r.searcher());
        let mut out = Vec::with_capacity(prepared.len());
        for (p, quotes) in d.passages.iter().zip(prepared) {
            let mut linked = Vec::with_capacity(quotes.len());
            for (i, q) in quotes.into_iter().enumerate() {
                let found = if q.hashes.is_empty() {
                    None
                } else {
                    self.find(searcher.as_ref(), &q)
                };
                let id = found.unwrap_or_else(|| new_id(&d.id, p.number, i));
                if !q.hashes.is_empty() {
                    self.remember(id, &q);
                }
                linked.push(Linked { id });
            }
            out.push(linked);
        }
        out
    }

    /// Keeps a quotation this run wrote, to link the ones after it.
    fn remember(&mut self, id: u64, q: &QuoteWords) {
        let at = self.written.len() as u32;
        let speaker = q
            .speaker
            .as_ref()
            .map(|s| match self.speaker_numbers.get(s) {
                Some(&n) => n,
                None => {
                    let n = self.speakers.len() as u32;
                    self.speakers.push(s.clone());
                    self.speaker_numbers.insert(s.clone(), n);
                    n
                }
            });
        self.written.push(Written {
            id,
            start: self.arena.len() as u32,
            len: q.hashes.len() as u32,
            speaker,
        });
        self.arena.extend_from_slice(&q.hashes);
        self.compared.push(0);
        for &h in &q.hashes {
            let holders = self.by_word.entry(h).or_default();
            holders.count += 1;
            if holders.first.len() < MAX_POSTINGS_PER_KEY {
                holders.first.push(at);
            }
        }
    }

    /// The id of the quotation `q` repeats most closely, if any.
    fn find(&mut self, searcher: Option<&Searcher>, q: &QuoteWords) -> Option<u64> {
        let said = q.said();
        // Its rarest words: held by the fewest passages of the index (asked only when it held
        // something before the run) and quotations of the run.
        let mut keys: Vec<(u64, u64, &str)> = q
            .words
            .iter()
            .map(|w| {
                let h = hash(w);
                let run = self.by_word.get(&h).map_or(0, |holders| holders.count);
                let before = searcher.map_or(0, |s| self.doc_freq_before(s, w));
                (run + before, h, w.as_str())
            })
            .collect();
        keys.sort_unstable();
        keys.truncate(KEYS);

        let mut best: Option<(f64, u64)> = None;
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            self.compared.iter_mut().for_each(|c| *c = 0);
            self.stamp = 1;
        }
        for &(_, h, _) in &keys {
            let Some(holders) = self.by_word.get(&h) else {
                continue;
            };
            for &at in &holders.first {
                let seen = &mut self.compared[at as usize];
                if *seen == self.stamp {
                    continue;
                }
                *seen = self.stamp;
                let w = self.written[at as usize];
                let k = Said {
                    words: &self.arena[w.start as usize..(w.start + w.len) as usize],
                    speaker: w.speaker.map(|n| self.speakers[n as usize].as_str()),
                };
                consider(&mut best, said, k, w.id);
            }
        }
        if let Some(searcher) = searcher {
            let mut docs: Vec<(u32, u32)> = Vec::new();
            for &(_, _, w) in &keys {
                docs.extend(self.postings_before(searcher, w));
            }
            docs.sort_unstable();
            docs.dedup();
            for addr in docs {
                if !self.read.contains_key(&addr) {
                    let known = self.read_passage(searcher, addr);
                    self.read.insert(addr, known);
                }
                for k in &self.read[&addr] {
                    consider(&mut best, said, k.said.said(), k.id);
                }
            }
        }
        best.map(|(_, id)| id)
    }

    /// The segments the index held before the run, with their order in `searcher`.
    fn segments_before<'s>(
        &'s self,
        searcher: &'s Searcher,
    ) -> impl Iterator<Item = (u32, &'s SegmentReader)> + 's {
        searcher
            .segment_readers()
            .iter()
            .enumerate()
            .filter(|(_, s)| self.before.contains(&s.segment_id()))
            .map(|(ord, s)| (ord as u32, s))
    }

    /// How many passages of the index as it was before the run hold `word` in a quotation
    /// (deleted ones too), whatever their language: a passage fills the quoted-words field of its
    /// own chain only.
    fn doc_freq_before(&self, searcher: &Searcher, word: &str) -> u64 {
        let mut n = 0;
        for field in self.fields.quoted {
            let term = Term::from_field_text(field, word);
            n += self
                .segments_before(searcher)
                .filter_map(|(_, s)| s.inverted_index(field).ok())
                .filter_map(|inverted| inverted.doc_freq(&term).ok())
                .map(u64::from)
                .sum::<u64>();
        }
        n
    }

    /// The live passages (segment, document) of the index as it was before the run holding
    /// `word`, at most [`MAX_POSTINGS_PER_KEY`].
    fn postings_before(&self, searcher: &Searcher, word: &str) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        for (ord, segment) in self.segments_before(searcher) {
            let alive = segment.alive_bitset();
            let room = MAX_POSTINGS_PER_KEY - out.len();
            // The passages holding it in a quotation, in any language, in document order.
            let mut docs = Vec::new();
            for field in self.fields.quoted {
                let term = Term::from_field_text(field, word);
                let Ok(inverted) = segment.inverted_index(field) else {
                    continue;
                };
                let Ok(Some(mut postings)) =
                    inverted.read_postings(&term, IndexRecordOption::Basic)
                else {
                    continue;
                };
                let mut doc = postings.doc();
                let mut taken = 0;
                while doc != TERMINATED && taken < room {
                    if alive.is_none_or(|a| a.is_alive(doc)) {
                        docs.push(doc);
                        taken += 1;
                    }
                    doc = postings.advance();
                }
            }
            docs.sort_unstable();
            docs.dedup();
            out.extend(docs.into_iter().take(room).map(|doc| (ord, doc)));
            if out.len() >= MAX_POSTINGS_PER_KEY {
                return out;
            }
        }
        out
    }

    /// The quotations of a passage of the index, with their ids and words.
    fn read_passage(&self, searcher: &Searcher, (seg, doc): (u32, u32)) -> Vec<Known> {
        let Ok(d) = searcher.doc::<TantivyDocument>(tantivy::DocAddress::new(seg, doc)) else {
            return Vec::new();
        };
        let f = &self.fields;
        let (Some(stored), Some(text)) = (stored_str(&d, f.quotes), stored_str(&d, f.text)) else {
            return Vec::new();
        };
        let chain = Chain::for_lang(stored_str(&d, f.lang).unwrap_or("fr"));
        let quotes: Vec<HitQuote> = crate::index::read_quotes(stored, text);
        with_analyzer(chain, |analyzer| {
            quotes
                .into_iter()
                .filter_map(|q| {
                    let id = q.quotation.as_deref().and_then(parse_id)?;
                    Some(Known {
                        id,
                        said: QuoteWords::new(analyzer, &q.text, q.speaker.as_deref()),
                    })
                })
                .collect()
        })
    }
}

/// Keeps `k` as the best match of `said` so far when it is the same quotation and closer. The
/// closest wins; between equals, the smaller id, so that the choice does not depend on the order
/// candidates are met in.
fn consider(best: &mut Option<(f64, u64)>, said: Said, k: Said, id: u64) {
    if let Some(share) = likeness(said, k) {
        if best.is_none_or(|(s, b)| share > s || (share == s && id < b)) {
            *best = Some((share, id));
        }
    }
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

    fn w(text: &str, speaker: Option<&str>) -> QuoteWords {
        QuoteWords::new(&mut Chain::French.analyzer(), text, speaker)
    }

    fn alike(a: &QuoteWords, b: &QuoteWords) -> bool {
        likeness(a.said(), b.said()).is_some()
    }

    const THREAT: &str =
        "toute force étrangère déployée en Ukraine deviendrait une cible légitime pour nos armées";

    #[test]
    fn a_shortened_quotation_is_the_same_quotation() {
        let short = "toute force étrangère deviendrait une cible légitime";
        assert!(alike(&w(THREAT, Some("Vladimir Poutine")), &w(short, None)));
        assert!(alike(&w(short, None), &w(THREAT, Some("Poutine"))));
    }

    #[test]
    fn half_the_words_in_common_is_two_quotations() {
        let a = w(
            "nous ne céderons rien sur la question des frontières orientales",
            Some("Ivo Marten"),
        );
        let b = w(
            "nous ne céderons rien sur la question du gaz et des tarifs",
            Some("Ivo Marten"),
        );
        assert!(!alike(&a, &b));
    }

    #[test]
    fn contradicting_speakers_are_two_quotations() {
        let text = "la sécurité de l'Europe se joue aujourd'hui sur le front ukrainien";
        let marten = w(text, Some("Ivo Marten"));
        assert!(!alike(&marten, &w(text, Some("Lena Sorel"))));
        assert!(alike(&marten, &w(text, Some("Marten"))));
        assert!(alike(&marten, &w(text, Some("IVO MARTEN"))));
        // A surname is the end of the name, after a space: not any ending.
        assert!(!alike(&marten, &w(text, Some("arten"))));
    }

    #[test]
    fn a_short_quotation_needs_the_same_words_and_speaker() {
        let text = "inacceptable";
        assert!(!alike(&w(text, Some("Ivo Marten")), &w(text, None)));
        assert!(alike(
            &w(text, Some("Ivo Marten")),
            &w(text, Some("Ivo Marten"))
        ));
    }

    /// A dispatch of one passage per quotation, each said by `speaker`.
    fn dispatch(id: &str, quotes: &[String], speaker: &str) -> Dispatch {
        use crate::model::dispatch::Passage;
        use crate::model::quote::Quote;
        let passages = quotes
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let text = format!("« {q} », a dit {speaker}.");
                Passage {
                    number: i + 1,
                    quotes: vec![Quote {
                        text: q.clone(),
                        speaker: Some(speaker.to_owned()),
                        start: "« ".len(),
                        end: "« ".len() + q.len(),
                    }],
                    text,
                }
            })
            .collect();
        Dispatch {
            id: id.to_owned(),
            title: String::new(),
            date: None,
            lang: "fr".to_owned(),
            passages,
            warnings: Vec::new(),
        }
    }

    fn link(linker: &mut Linker, d: &Dispatch) -> Vec<u64> {
        linker
            .link(d, prepare(d))
            .into_iter()
            .flatten()
            .map(|l| l.id)
            .collect()
    }

    /// A quotation of common words and two of its own: `n` is what makes it distinct.
    fn numbered(n: usize) -> String {
        format!("le gouvernement ne cédera rien sur la réforme des retraites zorba{n} kalmar{n}")
    }

    #[test]
    fn a_repeat_is_found_by_its_rare_words_however_many_share_its_common_ones() {
        let index = tantivy::Index::create_in_ram(crate::index::schema::build());
        let fields = Fields::from_schema(&index.schema()).expect("fields");
        let mut linker = Linker::new(&index, &fields);
        // Many more quotations share its common words than are compared per word.
        let many: Vec<String> = (0..3 * MAX_POSTINGS_PER_KEY).map(numbered).collect();
        let first = link(&mut linker, &dispatch("a", &many, "Ivo Marten"));
        let distinct: FxHashSet<u64> = first.iter().copied().collect();
        assert_eq!(distinct.len(), many.len(), "each is its own quotation");
        // The last ones written, shortened, said by the same person named by surname.
        for n in [many.len() - 1, many.len() - 7] {
            let short = format!("le gouvernement ne cédera rien zorba{n} kalmar{n}");
            let again = link(&mut linker, &dispatch(&format!("b{n}"), &[short], "Marten"));
            assert_eq!(again, vec![first[n]], "quotation {n} found again");
        }
        // Committed: what the run wrote is still found, from memory.
        linker.committed();
        let again = link(&mut linker, &dispatch("c", &[numbered(3)], "Ivo Marten"));
        assert_eq!(again, vec![first[3]]);
    }

    #[test]
    fn a_run_finds_what_the_index_held_before_it() {
        let index = tantivy::Index::create_in_ram(crate::index::schema::build());
        crate::index::analysis::register(index.tokenizers());
        let fields = Fields::from_schema(&index.schema()).expect("fields");
        let earlier = dispatch("a", &[numbered(1), numbered(2)], "Ivo Marten");
        let ids = {
            let mut linker = Linker::new(&index, &fields);
            let linked = linker.link(&earlier, prepare(&earlier));
            let mut writer = index
                .writer_with_num_threads(1, 15_000_000)
                .expect("writer");
            for (p, l) in earlier.passages.iter().zip(&linked) {
                writer
                    .add_document(super::super::stored::passage_doc(
                        &fields,
                        &earlier,
                        p,
                        l,
                        [0, 0],
                        1,
                    ))
                    .expect("add");
            }
            writer.commit().expect("commit");
            linked
                .into_iter()
                .flatten()
                .map(|l| l.id)
                .collect::<Vec<_>>()
        };
        // The next run reads them from the index.
        let mut linker = Linker::new(&index, &fields);
        let again = link(&mut linker, &dispatch("b", &[numbered(2)], "Marten"));
        assert_eq!(again, vec![ids[1]]);
        let other = link(&mut linker, &dispatch("c", &[numbered(2)], "Lena Sorel"));
        assert_ne!(other, vec![ids[1]], "another speaker: another quotation");
    }

    #[test]
    fn ids_read_back() {
        for id in [0, 1, u64::MAX, 0x3fa2_0000_1234_abcd] {
            assert_eq!(parse_id(&format_id(id)), Some(id));
        }
        assert_eq!(parse_id("cibles légitimes"), None);
    }
}
