//! Accent folding: the one way depeches compares words without case or accents.
//!
//! It is the folding of the index's analysis chains (tantivy's `LowerCaser` then
//! `AsciiFoldingFilter`, Lucene's table: `é` → `e`, `œ` → `oe`, `ł` → `l`, `’` → `'` …), applied to
//! a whole string, so that names, aliases and speakers compare exactly as the index matches.

use std::cell::RefCell;

use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RawTokenizer, TextAnalyzer, TokenStream};

thread_local! {
    /// Built once per thread: a chain is a few boxed filters, and folding runs for every name.
    static FOLDER: RefCell<TextAnalyzer> = RefCell::new(
        TextAnalyzer::builder(RawTokenizer::default())
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    );
}

/// Lower-cases and removes diacritics: how names are compared ("Sergueï" = "serguei").
pub fn fold(s: &str) -> String {
    // ASCII has no accents to remove: lower-casing is the whole folding (most names, and
    // every word of most queries).
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    FOLDER.with(|folder| {
        let mut folder = folder.borrow_mut();
        let mut stream = folder.token_stream(s);
        // The raw tokenizer gives the whole string as one token (none for an empty string).
        let mut out = String::new();
        while stream.advance() {
            out.push_str(&stream.token().text);
        }
        out
    })
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
}
