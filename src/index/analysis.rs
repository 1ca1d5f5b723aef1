//! Token chains, registered once in the index and used for documents and queries alike.
//!
//! Every chain splits on anything that is not a letter or a digit (so `l'OTAN`, `l’Otan`,
//! no-break spaces, guillemets and hyphens all separate words), drops absurdly long tokens,
//! lower-cases and folds accents *before* stop words and stemming. Folding first is what makes a
//! word and its accentless spelling give the same terms by construction (`sécurité` and
//! `securite` both reach the stemmer as `securite`); the stop lists are therefore written folded.
//! French elisions (`l'`, `d'`, `qu'`, `jusqu'` …) are removed as stop words.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::{Arc, PoisonError, RwLock};

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxBuildHasher, FxHashMap};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, StopWordFilter,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

/// The analysis chain a passage is indexed with, chosen from its dispatch's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Chain {
    /// French: elision, stop words, Snowball French stemmer.
    French,
    /// English: stop words, Snowball English stemmer.
    English,
    /// Any other language: lower-cased and accent-folded, not stemmed.
    Plain,
}

impl Chain {
    pub const ALL: [Chain; 3] = [Chain::French, Chain::English, Chain::Plain];

    /// The chain for a stored language code (`fr`, `en`, or any other code).
    pub fn for_lang(lang: &str) -> Chain {
        match lang {
            "fr" => Chain::French,
            "en" => Chain::English,
            _ => Chain::Plain,
        }
    }

    /// Name under which the chain is registered in the index's tokenizer manager.
    pub fn tokenizer_name(self) -> &'static str {
        match self {
            Chain::French => "depeches_fr",
            Chain::English => "depeches_en",
            Chain::Plain => "depeches_plain",
        }
    }

    /// The chain as tantivy filters, one step after another: the reference the memoised
    /// analyzer reproduces word for word.
    pub fn stepwise(self) -> TextAnalyzer {
        let base = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter);
        match self {
            Chain::French => base
                .filter(StopWordFilter::remove(words(FRENCH_STOP_WORDS)))
                .filter(StemFilter::new(Algorithm::French))
                .build(),
            Chain::English => base
                .filter(StopWordFilter::remove(words(ENGLISH_STOP_WORDS)))
                .filter(StemFilter::new(Algorithm::English))
                .build(),
            Chain::Plain => base.build(),
        }
    }

    /// The chain used for documents and queries: [`Chain::stepwise`] with every word's outcome
    /// remembered (see [`Memoised`]).
    pub fn analyzer(self) -> TextAnalyzer {
        let memo = match self {
            Chain::French => MemoSlot::French,
            Chain::English => MemoSlot::English,
            Chain::Plain => MemoSlot::Plain,
        };
        TextAnalyzer::from(Memoised::new(self.stepwise(), memo))
    }
}

/// Name of the analyzer for person and body names: folded and lower-cased, never stemmed.
pub const NAME_TOKENIZER: &str = "depeches_name";

/// Tokens longer than this (in bytes) are noise: base64, URLs glued together.
pub const MAX_TOKEN_BYTES: usize = 40;

/// The analyzer for speaker names: `Sergueï Lavrov` gives `serguei`, `lavrov`.
pub fn name_analyzer() -> TextAnalyzer {
    TextAnalyzer::from(Memoised::new(
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
        MemoSlot::Names,
    ))
}

/// Registers every chain under its name, for the index to use at writing and at query time.
pub fn register(manager: &TokenizerManager) {
    for chain in Chain::ALL {
        manager.register(chain.tokenizer_name(), chain.analyzer());
    }
    manager.register(NAME_TOKENIZER, name_analyzer());
}

/// One analysed token of a text: its term and where it stands, in bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub text: String,
    pub position: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

/// Runs `analyzer` over `text` and collects the terms it keeps.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Term> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        out.push(Term {
            text: token.text.clone(),
            position: token.position,
            byte_start: token.offset_from,
            byte_end: token.offset_to,
        });
    }
    out
}

fn words(list: &str) -> Vec<String> {
    list.split_whitespace().map(str::to_owned).collect()
}

/// French stop words, folded (they are compared after accent folding): Snowball's list with the
/// forms of *être* and *avoir*, plus elided articles and conjunctions, so that `l'`, `d'`, `qu'`,
/// `jusqu'`, `lorsqu'` … disappear whichever apostrophe follows them. `ici`, `quel`, `sans` and
/// `soi` stay searchable: `jusqu'ici` and `sans condition` are things people look for.
pub const FRENCH_STOP_WORDS: &str = "
au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma mais
me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes
toi ton tu un une vos votre vous cet cette cela ceci ca y a
c d j l m n s t jusqu lorsqu puisqu quoiqu presqu quelqu
ete etee etees etes etant suis es est sommes sont serai seras sera serons serez seront serais
serait serions seriez seraient etais etait etions etiez etaient fus fut fumes futes furent sois
soit soyons soyez soient fusse fusses fussions fussiez fussent
ayant eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait
aurions auriez auraient avais avait avions aviez avaient eut eumes eutes eurent aie aies ait
ayons ayez aient eusse eusses eussions eussiez eussent
";

/// English stop words: Lucene's English list.
pub const ENGLISH_STOP_WORDS: &str = "
a an and are as at be but by for if in into is it no not of on or such that the their then there
these they this to was will with
";

/// A `TokenFilter` applying a rust-stemmers (Snowball) algorithm to every token.
#[derive(Clone)]
pub struct StemFilter {
    stemmer: Arc<Stemmer>,
}

impl StemFilter {
    pub fn new(algorithm: Algorithm) -> Self {
        StemFilter {
            stemmer: Arc::new(Stemmer::create(algorithm)),
        }
    }
}

impl TokenFilter for StemFilter {
    type Tokenizer<T: Tokenizer> = StemFilterWrapper<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> StemFilterWrapper<T> {
        StemFilterWrapper {
            stemmer: self.stemmer,
            inner: tokenizer,
        }
    }
}

#[derive(Clone)]
pub struct StemFilterWrapper<T> {
    stemmer: Arc<Stemmer>,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for StemFilterWrapper<T> {
    type TokenStream<'a> = StemTokenStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemTokenStream {
            stemmer: &self.stemmer,
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct StemTokenStream<'a, T> {
    stemmer: &'a Stemmer,
    tail: T,
}

impl<T: TokenStream> TokenStream for StemTokenStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        if let Cow::Owned(stem) = self.stemmer.stem(&self.tail.token().text) {
            self.tail.token_mut().text = stem;
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// A chain run once per distinct word. Every chain starts by cutting the text into runs of
/// letters and digits, and everything after that (length limit, case, accents, stop words,
/// stemming) depends on the run alone; so the outcome of each run is remembered, and a word seen
/// before costs one hash lookup instead of four filters and a Snowball pass. News vocabulary
/// repeats itself, and a search engine keeps its analyzers from one query to the next: when
/// hits are highlighted, nearly every word of their passages is already known.
///
/// The memo is the thread's, one per chain, shared by every analyzer of that chain the thread
/// runs: indexing runs an analyzer per field (the passage's body, its quoted words, its title),
/// and a memo per analyzer ran the chain and the stemmer again over every word another field had
/// already analysed (each quotation's words twice more). Being the thread's, it is read and
/// written without a lock. A word the thread has not met is looked up in what every thread
/// found (`SHARED`, behind a lock) before the chain is run.
#[derive(Clone)]
pub struct Memoised {
    words: SimpleTokenizer,
    chain: TextAnalyzer,
    /// Which of the thread's memos is this chain's.
    memo: MemoSlot,
}

/// A thread's memos: the term a run gives, or `None` when the chain drops it (stop word, too
/// long).
type Memo = FxHashMap<Box<str>, Option<Box<str>>>;

/// Which memo of the thread's an analyzer uses: one per chain, one for names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemoSlot {
    French = 0,
    English = 1,
    Plain = 2,
    Names = 3,
}

thread_local! {
    /// Each thread's memos, by [`MemoSlot`].
    static MEMOS: RefCell<[Memo; 4]> = RefCell::new(Default::default());
}

/// What every thread has found, by [`MemoSlot`]: looked up (behind a lock) only for a word the
/// thread's own memo does not hold, so that a word is run through the chain once per process
/// (the staging threads analyse quotations before the indexing threads meet their words).
static SHARED: [RwLock<Memo>; 4] = [const { RwLock::new(Memo::with_hasher(FxBuildHasher)) }; 4];

/// Runs remembered before a memo starts again, so memory stays bounded on any vocabulary
/// (about 15 MB at most per memo).
const MEMO_ENTRIES: usize = 200_000;

impl Memoised {
    pub fn new(chain: TextAnalyzer, memo: MemoSlot) -> Memoised {
        Memoised {
            words: SimpleTokenizer::default(),
            chain,
            memo,
        }
    }
}

impl Tokenizer for Memoised {
    type TokenStream<'a> = MemoisedStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> MemoisedStream<'a> {
        MemoisedStream {
            runs: self.words.token_stream(text),
            chain: &mut self.chain,
            memo: self.memo as usize,
        }
    }
}

pub struct MemoisedStream<'a> {
    runs: <SimpleTokenizer as Tokenizer>::TokenStream<'a>,
    chain: &'a mut TextAnalyzer,
    /// The thread's memo this stream reads, by [`MemoSlot`].
    memo: usize,
}

impl TokenStream for MemoisedStream<'_> {
    fn advance(&mut self) -> bool {
        let slot = self.memo;
        while self.runs.advance() {
            let token = self.runs.token_mut();
            // A remembered run: its term is copied into the token's buffer (reused: no
            // allocation) while the memo is borrowed.
            let known = MEMOS.with_borrow(|memos| {
                let term = memos[slot].get(token.text.as_str())?;
                Some(term.as_deref().map(|term| {
                    token.text.clear();
                    token.text.push_str(term);
                }))
            });
            match known {
                Some(Some(())) => return true,
                Some(None) => continue,
                None => {}
            }
            let run = token.text.as_str();
            let shared = &SHARED[slot];
            let found = shared
                .read()
                .unwrap_or_else(PoisonError::into_inner)
                .get(run)
                .cloned();
            let term = match found {
                Some(term) => term,
                None => {
                    // A run has no separator in it, so the chain sees it as one word.
                    let term = self
                        .chain
                        .token_stream(run)
                        .next()
                        .map(|t| Box::<str>::from(t.text.as_str()));
                    let mut all = shared.write().unwrap_or_else(PoisonError::into_inner);
                    if all.len() > MEMO_ENTRIES {
                        all.clear();
                    }
                    all.insert(Box::from(run), term.clone());
                    term
                }
            };
            let run = Box::<str>::from(run);
            let kept = term.as_deref().map(|term| {
                token.text.clear();
                token.text.push_str(term);
            });
            MEMOS.with_borrow_mut(|memos| {
                let memo = &mut memos[slot];
                if memo.len() > MEMO_ENTRIES {
                    memo.clear();
                }
                memo.insert(run, term);
            });
            if kept.is_some() {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.runs.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.runs.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(text: &str) -> Vec<String> {
        terms(&mut Chain::French.analyzer(), text)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn accents_case_and_number_are_ignored() {
        assert_eq!(fr("cibles légitimes"), fr("CIBLES LÉGITIMES"));
        assert_eq!(fr("cibles légitimes"), fr("cible legitime"));
        assert_eq!(fr("sécurité"), fr("securite"));
    }

    #[test]
    fn elision_with_both_apostrophes() {
        assert_eq!(fr("l'OTAN"), vec!["otan"]);
        assert_eq!(fr("l’Otan"), vec!["otan"]);
        assert_eq!(fr("d'Istanbul"), fr("Istanbul"));
        // `elles` and `ici` are words of their own, so the elided forms can be looked for.
        assert_eq!(fr("qu'elles jusqu’ici"), fr("elles ici"));
        assert_eq!(fr("qu'elles jusqu’ici").len(), 2);
    }

    #[test]
    fn no_break_spaces_and_guillemets_separate_words() {
        assert_eq!(
            fr("«\u{a0}cible\u{202f}légitime\u{a0}»"),
            fr("cible légitime")
        );
    }

    #[test]
    fn inflections_meet() {
        assert_eq!(fr("négociations directes"), fr("négocier directement"));
    }

    #[test]
    fn stop_words_keep_their_place() {
        let t = terms(&mut Chain::French.analyzer(), "cessez-le-feu");
        let positions: Vec<usize> = t.iter().map(|t| t.position).collect();
        assert_eq!(positions, vec![0, 2]);
    }

    #[test]
    fn names_are_folded_as_text_fold_folds() {
        // Speakers and aliases are compared with `fold`; the index must fold them the same way.
        for name in [
            "Sergueï",
            "ÉLYSÉE",
            "Œdipe",
            "Łukasz",
            "Erdoğan",
            "Nuñez",
            "Ødegaard",
        ] {
            let t = terms(&mut name_analyzer(), name);
            assert_eq!(t.len(), 1, "{name}");
            assert_eq!(t[0].text, crate::text::fold::fold(name), "{name}");
        }
    }

    #[test]
    fn numbers_are_terms() {
        assert_eq!(fr("26 pays en 2022"), vec!["26", "pay", "2022"]);
    }
}
