//! Every word of the bundled corpus, and its accentless spelling, give the same terms; and so do
//! its upper-case and elided forms.

use std::collections::BTreeSet;
use std::path::Path;

use depeches::index::analysis::{terms, Chain};

/// How a person types a word without accents (independent of the analyzer's own folding).
fn strip_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' => "a".to_owned(),
            'À' | 'Â' | 'Ä' | 'Á' => "A".to_owned(),
            'é' | 'è' | 'ê' | 'ë' => "e".to_owned(),
            'É' | 'È' | 'Ê' | 'Ë' => "E".to_owned(),
            'î' | 'ï' | 'í' => "i".to_owned(),
            'Î' | 'Ï' | 'Í' => "I".to_owned(),
            'ô' | 'ö' | 'ó' => "o".to_owned(),
            'Ô' | 'Ö' | 'Ó' => "O".to_owned(),
            'ù' | 'û' | 'ü' | 'ú' => "u".to_owned(),
            'Ù' | 'Û' | 'Ü' | 'Ú' => "U".to_owned(),
            'ç' => "c".to_owned(),
            'Ç' => "C".to_owned(),
            'ÿ' => "y".to_owned(),
            'œ' => "oe".to_owned(),
            'Œ' => "OE".to_owned(),
            'æ' => "ae".to_owned(),
            'Æ' => "AE".to_owned(),
            other => other.to_string(),
        })
        .collect()
}

fn vocabulary() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut words = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("corpus/") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("utf-8");
            for w in text.split(|c: char| !c.is_alphanumeric()) {
                if !w.is_empty() {
                    words.insert(w.to_owned());
                }
            }
        }
    }
    words
}

fn analysed(text: &str) -> Vec<String> {
    terms(&mut Chain::French.analyzer(), text)
        .into_iter()
        .map(|t| t.text)
        .collect()
}

#[test]
fn every_word_and_its_accentless_spelling_give_the_same_terms() {
    let words = vocabulary();
    assert!(
        words.len() > 1500,
        "the corpus vocabulary is {} words",
        words.len()
    );
    let mut accented = 0;
    let mut mismatches = Vec::new();
    for w in &words {
        let bare = strip_accents(w);
        if bare != *w {
            accented += 1;
        }
        let expected = analysed(w);
        for variant in [bare.clone(), w.to_uppercase(), bare.to_lowercase()] {
            if analysed(&variant) != expected {
                mismatches.push(format!("{w} / {variant}"));
            }
        }
    }
    assert!(accented > 300, "only {accented} accented words");
    assert!(
        mismatches.is_empty(),
        "{} mismatches: {:?}",
        mismatches.len(),
        &mismatches[..mismatches.len().min(20)]
    );
}

#[test]
fn elided_forms_give_the_word_alone() {
    for w in vocabulary()
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
    {
        let expected = analysed(w);
        for prefix in ["l'", "l’", "d'", "d’", "qu'", "jusqu’"] {
            assert_eq!(analysed(&format!("{prefix}{w}")), expected, "{prefix}{w}");
        }
    }
}

/// The memoised chains give exactly what the filters give one after another: same terms, same
/// positions, same offsets, over the whole bundled corpus and the test fixtures (accents, case,
/// elisions, no-break spaces, very long tokens), for every chain. One analyzer per chain reads
/// every file, so words come from the memo as well as from a first pass.
#[test]
fn memoised_chains_match_the_stepwise_filters() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["corpus", "tests/fixtures/depeches"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("dir") {
            let path = entry.expect("entry").path();
            if let Ok(text) = std::fs::read_to_string(&path) {
                texts.push(text.clone());
                texts.push(text.to_uppercase());
            }
        }
    }
    texts.push(format!("{} court, l’Otan, qu'elles", "x".repeat(45)));
    assert!(texts.len() > 40, "the corpus is there");
    for chain in Chain::ALL {
        let mut memoised = chain.analyzer();
        let mut stepwise = chain.stepwise();
        for text in &texts {
            assert_eq!(
                terms(&mut memoised, text),
                terms(&mut stepwise, text),
                "{chain:?}"
            );
        }
    }
}

/// Highlighting passes over a word whose first letter (plain ASCII, lower-cased) starts no
/// wanted term: it relies on every chain keeping a word's first letter. Checked on every word of
/// the corpus and its capitalised form, in every chain.
#[test]
fn every_chain_keeps_the_first_letter() {
    for chain in Chain::ALL {
        let mut analyzer = chain.analyzer();
        for word in vocabulary() {
            for form in [word.clone(), word.to_uppercase()] {
                let first = form.as_bytes()[0];
                if !first.is_ascii() {
                    continue;
                }
                for term in terms(&mut analyzer, &form) {
                    assert_eq!(
                        term.text.as_bytes()[0],
                        first.to_ascii_lowercase(),
                        "{chain:?}: {form} gives {}",
                        term.text
                    );
                }
            }
        }
    }
}
