//! Token chains, registered once in the index and used for documents and queries alike.
//!
//! Every chain splits on anything that is not a letter or a digit (so `l'OTAN`, `l’Otan`,
//! no-break spaces, guillemets and hyphens all separate words), drops absurdly long tokens,
//! lower-cases and folds accents *before* stop words and stemming. Folding first is what makes a
//! word and its accentless spelling give the same terms by construction (`sécurité` and
//! `securite` both reach the stemmer as `securite`); the stop lists are therefore written folded.
//! French elisions (`l'`, `d'`, `qu'`, `jusqu'` …) are removed as stop words.

use std::borrow::Cow;
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
        let shared = match self {
            Chain::French => &SHARED_FRENCH,
            Chain::English => &SHARED_ENGLISH,
            Chain::Plain => &SHARED_PLAIN,
        };
        TextAnalyzer::from(Memoised::new(self.stepwise(), shared))
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
        &SHARED_NAMES,
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
/// Each analyzer keeps its own memo, read without any lock; a word it has not seen is looked up
/// in the memo its chain shares with every other analyzer of the process before the chain is
/// run. Indexing runs an analyzer per field and per thread (the passage's body, its quoted words,
/// its title; the linker's quotation words on the staging threads): without the shared memo,
/// each of them ran the chain and the stemmer again over words another had already analysed.
#[derive(Clone)]
pub struct Memoised {
    words: SimpleTokenizer,
    chain: TextAnalyzer,
    /// The term a run gives, or `None` when the chain drops it (stop word, too long).
    memo: Memo,
    /// What every analyzer of this chain has found, behind a lock.
    shared: &'static SharedMemo,
}

type Memo = FxHashMap<Box<str>, Option<Box<str>>>;

/// The memo an analysis chain shares between its analyzers and threads.
pub struct SharedMemo(RwLock<Memo>);

impl SharedMemo {
    const fn new() -> SharedMemo {
        SharedMemo(RwLock::new(Memo::with_hasher(FxBuildHasher)))
    }

    /// The term `run` gives, if some analyzer of the chain has run it already.
    fn get(&self, run: &str) -> Option<Option<Box<str>>> {
        let memo = self.0.read().unwrap_or_else(PoisonError::into_inner);
        memo.get(run).cloned()
    }

    fn insert(&self, run: &str, term: &Option<Box<str>>) {
        let mut memo = self.0.write().unwrap_or_else(PoisonError::into_inner);
        if memo.len() > MEMO_ENTRIES {
            memo.clear();
        }
        memo.insert(Box::from(run), term.clone());
    }
}

static SHARED_FRENCH: SharedMemo = SharedMemo::new();
static SHARED_ENGLISH: SharedMemo = SharedMemo::new();
static SHARED_PLAIN: SharedMemo = SharedMemo::new();
static SHARED_NAMES: SharedMemo = SharedMemo::new();

/// Runs remembered before a memo starts again, so memory stays bounded on any vocabulary
/// (about 15 MB at most per memo).
const MEMO_ENTRIES: usize = 200_000;

impl Memoised {
    pub fn new(chain: TextAnalyzer, shared: &'static SharedMemo) -> Memoised {
        Memoised {
            words: SimpleTokenizer::default(),
            chain,
            memo: FxHashMap::default(),
            shared,
        }
    }
}

impl Tokenizer for Memoised {
    type TokenStream<'a> = MemoisedStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> MemoisedStream<'a> {
        if self.memo.len() > MEMO_ENTRIES {
            self.memo.clear();
        }
        MemoisedStream {
            runs: self.words.token_stream(text),
            chain: &mut self.chain,
            memo: &mut self.memo,
            shared: self.shared,
        }
    }
}

pub struct MemoisedStream<'a> {
    runs: <SimpleTokenizer as Tokenizer>::TokenStream<'a>,
    chain: &'a mut TextAnalyzer,
    memo: &'a mut Memo,
    shared: &'static SharedMemo,
}

impl TokenStream for MemoisedStream<'_> {
    fn advance(&mut self) -> bool {
        while self.runs.advance() {
            let run = self.runs.token().text.as_str();
            let term = match self.memo.get(run) {
                Some(term) => term.as_deref(),
                None => {
                    let term = match self.shared.get(run) {
                        Some(term) => term,
                        None => {
                            // A run has no separator in it, so the chain sees it as one word.
                            let mut stream = self.chain.token_stream(run);
                            let term = stream.next().map(|t| Box::<str>::from(t.text.as_str()));
                            self.shared.insert(run, &term);
                            term
                        }
                    };
                    self.memo.entry(Box::from(run)).or_insert(term).as_deref()
                }
            };
            if let Some(term) = term {
                // The token's buffer is reused: no allocation for a remembered word.
                let token = self.runs.token_mut();
                token.text.clear();
                token.text.push_str(term);
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
