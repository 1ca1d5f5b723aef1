//! Accent folding: the one way depeches compares words without case or accents.
//!
//! It is the folding of the index's analysis chains (tantivy's `LowerCaser` then
//! `AsciiFoldingFilter`, Lucene's table: `é` → `e`, `œ` → `oe`, `ł` → `l`, `’` → `'` …), applied to
//! a whole string, so that names, aliases and speakers compare exactly as the index matches.

use std::cell::RefCell;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RawTokenizer, TextAnalyzer, TokenStream};

/// Lower-cases and removes diacritics: how names are compared ("Sergueï" = "serguei").
///
/// The chain works character by character (each character is lower-cased, then each character
/// of that is folded), so the fold of a string is the folds of its characters put together:
/// ASCII is lower-cased in place, and any other character's fold is worked out once by the
/// chain itself and remembered. The same result as running the chain over the whole string,
/// without its two passes and two allocations over every passage folded at indexing.
pub fn fold(s: &str) -> String {
    // ASCII has no accents to remove: lower-casing is the whole folding (most names, and
    // every word of most queries).
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// The folding of `s` kept inline when short (a word, most names): for a folding only looked at
/// or compared, no allocation (`fold` allocated once per call, over half a million times a
/// thousand dispatches).
pub fn fold_small(s: &str) -> compact_str::CompactString {
    if s.is_ascii() {
        let mut out = compact_str::CompactString::new(s);
        out.make_ascii_lowercase();
        return out;
    }
    let mut out = compact_str::CompactString::with_capacity(s.len());
    fold_onto(s, &mut out);
    out
}

/// The folding of `s`, borrowed when `s` is its own folding (ASCII without capitals: most words
/// of a dispatch once lower-cased), so that looking a word up costs no allocation.
pub fn fold_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(fold(s))
    }
}

/// Appends the folding of `s` to `out`: runs of ASCII are copied at once and lower-cased in
/// place, any other character is looked up.
pub fn fold_into(s: &str, out: &mut String) {
    fold_onto(s, out);
}

/// A string a folding is written onto: a `String`, or an inline string for a short one.
trait Folded {
    fn push_str(&mut self, s: &str);
    /// Lower-cases the ASCII written from byte `at` on.
    fn lower_from(&mut self, at: usize);
    fn len(&self) -> usize;
}

impl Folded for String {
    fn push_str(&mut self, s: &str) {
        String::push_str(self, s);
    }
    fn lower_from(&mut self, at: usize) {
        self[at..].make_ascii_lowercase();
    }
    fn len(&self) -> usize {
        String::len(self)
    }
}

impl Folded for compact_str::CompactString {
    fn push_str(&mut self, s: &str) {
        compact_str::CompactString::push_str(self, s);
    }
    fn lower_from(&mut self, at: usize) {
        self.as_mut_str()[at..].make_ascii_lowercase();
    }
    fn len(&self) -> usize {
        compact_str::CompactString::len(self)
    }
}

/// The one folding loop: runs of ASCII are copied at once and lower-cased in place, any other
/// character is looked up.
fn fold_onto(s: &str, out: &mut impl Folded) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let run = i;
        while i < bytes.len() && bytes[i].is_ascii() {
            i += 1;
        }
        if i > run {
            let at = out.len();
            out.push_str(&s[run..i]);
            out.lower_from(at);
        }
        if let Some(c) = s[i..].chars().next() {
            with_folded(c, |f| out.push_str(f));
            i += c.len_utf8();
        }
    }
}

/// The characters of news text with a folding kept in a table (no hashing, no thread-local):
/// Latin letters with their accents, and general punctuation (’ — …).
const LATIN: std::ops::Range<u32> = 0x80..0x250;
const PUNCTUATION: std::ops::Range<u32> = 0x2000..0x2070;

static LATIN_FOLDED: [OnceLock<Box<str>>; 0x250 - 0x80] = [const { OnceLock::new() }; 0x250 - 0x80];
static PUNCTUATION_FOLDED: [OnceLock<Box<str>>; 0x2070 - 0x2000] =
    [const { OnceLock::new() }; 0x2070 - 0x2000];

thread_local! {
    /// The fold of each other non-ASCII character met, worked out by the chain the first time.
    static FOLDED: RefCell<FxHashMap<char, Box<str>>> = RefCell::new(FxHashMap::default());
}

/// Gives the folding of a non-ASCII character to `with`.
fn with_folded(c: char, with: impl FnOnce(&str)) {
    let n = c as u32;
    let slot = if LATIN.contains(&n) {
        Some(&LATIN_FOLDED[(n - LATIN.start) as usize])
    } else if PUNCTUATION.contains(&n) {
        Some(&PUNCTUATION_FOLDED[(n - PUNCTUATION.start) as usize])
    } else {
        None
    };
    if let Some(slot) = slot {
        with(slot.get_or_init(|| by_chain(&mut chain(), c)));
        return;
    }
    FOLDED.with(|folded| {
        let mut folded = folded.borrow_mut();
        // Bounded whatever the text: news uses a few hundred characters.
        if folded.len() >= 4096 {
            folded.clear();
        }
        let f = folded.entry(c).or_insert_with(|| by_chain(&mut chain(), c));
        with(f);
    });
}

/// The index's folding chain: the reference `fold` gives the same result as.
fn chain() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

fn by_chain(chain: &mut TextAnalyzer, c: char) -> Box<str> {
    let mut buf = [0; 4];
    let mut stream = chain.token_stream(c.encode_utf8(&mut buf));
    let mut out = String::new();
    while stream.advance() {
        out.push_str(&stream.token().text);
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_ligatures_and_apostrophes_fold() {
        assert_eq!(fold("Sergueï Lavrov"), "serguei lavrov");
        assert_eq!(fold("ÉLYSÉE"), "elysee");
        assert_eq!(fold("cœur d’Œdipe"), "coeur d'oedipe");
        assert_eq!(fold("Łukasz Gąsior"), "lukasz gasior");
        assert_eq!(fold("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
        assert_eq!(fold("déjà-vu"), "deja-vu");
        assert_eq!(fold(""), "");
        assert_eq!(fold("déjà"), fold("DÉJÀ"));
    }

    #[test]
    fn a_short_folding_is_the_folding() {
        for s in [
            "Sergueï Lavrov",
            "ÉLYSÉE",
            "cœur d’Œdipe",
            "Łukasz Gąsior",
            "déjà-vu",
            "",
            "ostaliennes",
            "une phrase assez longue pour ne pas tenir en ligne, avec des accents: é à ç",
        ] {
            assert_eq!(fold_small(s).as_str(), fold(s));
        }
    }

    /// The chain over a whole string, as `fold` ran it before it went character by character.
    fn whole(s: &str) -> String {
        let mut chain = chain();
        let mut stream = chain.token_stream(s);
        let mut out = String::new();
        while stream.advance() {
            out.push_str(&stream.token().text);
        }
        out
    }

    #[test]
    fn every_character_folds_as_the_chain_folds_it() {
        // Every character, one at a time, then runs of them mixed with ASCII (which the chain
        // treats apart when the whole string is ASCII).
        let all: Vec<char> = (0..0x11_0000u32).filter_map(char::from_u32).collect();
        for c in &all {
            let s = c.to_string();
            assert_eq!(fold(&s), whole(&s), "{:?} U+{:04X}", c, *c as u32);
        }
        for chunk in all.chunks(97) {
            let s: String = chunk.iter().flat_map(|&c| [c, 'A', ' ', 'é']).collect();
            assert_eq!(fold(&s), whole(&s));
            assert_eq!(fold_cow(&s), whole(&s));
            assert_eq!(fold_cow(&s.to_ascii_lowercase()), fold(&s));
        }
        assert_eq!(fold_cow("abc d'e"), "abc d'e");
        assert_eq!(fold_cow("Abc"), "abc");
    }

    #[test]
    fn the_bundled_corpus_folds_as_the_chain_folds_it() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
            assert_eq!(fold(&text), whole(&text));
            n += 1;
        }
        assert!(n > 10);
    }
}
