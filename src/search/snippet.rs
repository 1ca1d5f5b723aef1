//! Which words of a passage to highlight, and which part of a long passage to show.
//!
//! Highlights come from analysing the passage with its own chain and marking the tokens whose
//! terms the query asked for, so the highlight agrees with the match exactly (accents, elision,
//! inflection). Neighbouring matches separated only by spaces or stop words are merged, so a
//! phrase is highlighted as one span: « [cible légitime] », [garanties de sécurité].
//! Cropping picks the sentence holding the most distinct query terms (as Lucene's unified
//! highlighter does) and widens it with its neighbours while the budget allows.

use std::collections::HashSet;

use rustc_hash::FxHashSet;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};

use crate::text::sentences::sentence_starts;

/// Byte ranges of `text` to highlight.
///
/// Every chain cuts the text into runs of letters and digits and gives each run at most one
/// term, which starts with the run's first letter, lower-cased and folded (stemming and folding
/// only ever change a word's end; `analysis_property` checks it over the corpus). So a run whose
/// first letter is plain ASCII and starts none of the wanted terms is passed over without being
/// analysed: for a query of two words, nine runs in ten. The stemmers keep a word's second
/// letter too, but for a `y` (English `dying` gives `die`) and for a French word of two letters
/// ending in `s` (`bs` gives `b`): a run beginning with two ASCII letters, the second not a `y`,
/// is analysed only when a wanted term begins with both, lower-cased, or is its first letter
/// alone (`every_run_keeps_its_second_letter` checks it over the corpus for every chain).
pub fn highlights(
    analyzer: &mut TextAnalyzer,
    text: &str,
    wanted: &FxHashSet<String>,
) -> Vec<(usize, usize)> {
    // Per ASCII first letter, the second bytes the wanted terms starting with it go on with
    // (every one when a term stops there or goes on with a byte past ASCII).
    let mut seconds = [0u128; 128];
    for term in wanted {
        match *term.as_bytes() {
            [a, b, ..] if a.is_ascii() && b.is_ascii() => seconds[usize::from(a)] |= 1 << b,
            [a, ..] if a.is_ascii() => seconds[usize::from(a)] = u128::MAX,
            _ => {}
        }
    }
    let bytes = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    // The last highlighted run: its position (run number) and end.
    let mut last: Option<(usize, usize)> = None;
    for (position, (start, end)) in runs(text).enumerate() {
        let first = bytes[start];
        if first.is_ascii() {
            let after = seconds[usize::from(first.to_ascii_lowercase())];
            let screened = match bytes.get(start + 1) {
                Some(&b)
                    if end > start + 1
                        && first.is_ascii_alphabetic()
                        && b.is_ascii_alphabetic()
                        && !b.eq_ignore_ascii_case(&b'y') =>
                {
                    after & (1 << b.to_ascii_lowercase()) == 0
                }
                _ => after == 0,
            };
            if screened {
                continue;
            }
        }
        if !is_wanted(analyzer, &text[start..end], wanted) {
            continue;
        }
        // Joined to the previous highlight across at most two runs, all of them stop words,
        // and no punctuation that ends a phrase.
        let joined = last.is_some_and(|(last_position, last_end)| {
            position <= last_position + 3
                && !text[last_end..start].contains(BREAKS)
                && runs(&text[last_end..start]).all(|(s, e)| {
                    let gap = &text[last_end..start];
                    analyzer.token_stream(&gap[s..e]).next().is_none()
                })
        });
        if joined {
            out.last_mut().expect("a highlight precedes").1 = end;
        } else {
            out.push((start, end));
        }
        last = Some((position, end));
    }
    out
}

/// Whether a run of letters and digits gives one of the wanted terms.
fn is_wanted(analyzer: &mut TextAnalyzer, run: &str, wanted: &FxHashSet<String>) -> bool {
    let mut stream = analyzer.token_stream(run);
    stream.next().is_some_and(|t| wanted.contains(&t.text))
}

/// Byte ranges of the runs of letters and digits of `text`: the words every chain starts from.
/// ASCII bytes are classified without decoding a character: most of a French passage is ASCII.
fn runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    // Whether the character at byte `i` is a letter or a digit, and its length.
    let at = move |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b.is_ascii() {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let c = text[i..].chars().next().expect("a character starts here");
            (c.is_alphanumeric(), c.len_utf8())
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            if i >= bytes.len() {
                return None;
            }
            let (word, len) = at(i);
            if word {
                break;
            }
            i += len;
        }
        let start = i;
        while i < bytes.len() {
            let (word, len) = at(i);
            if !word {
                break;
            }
            i += len;
        }
        Some((start, i))
    })
}

/// Characters that end a highlighted phrase even between two matching words.
const BREAKS: [char; 12] = ['.', '!', '?', ';', ':', '«', '»', '"', '“', '”', '(', ')'];

/// The byte window of `text` to show: all of it when it fits in `max_chars`, else the best
/// sentences around the highlights.
pub fn crop(text: &str, highlights: &[(usize, usize)], max_chars: usize) -> (usize, usize) {
    if text.chars().count() <= max_chars {
        return (0, text.len());
    }
    let mut bounds = vec![0];
    bounds.extend(sentence_starts(text));
    bounds.push(text.len());
    let sentences: Vec<(usize, usize)> = bounds.windows(2).map(|w| (w[0], w[1])).collect();
    let score = |&(s, e): &(usize, usize)| {
        let inside: Vec<&(usize, usize)> = highlights
            .iter()
            .filter(|(hs, he)| *hs >= s && *he <= e)
            .collect();
        let distinct: HashSet<String> = inside
            .iter()
            .map(|(hs, he)| text[*hs..*he].to_lowercase())
            .collect();
        distinct.len() * 10 + inside.len()
    };
    let best = (0..sentences.len())
        .max_by_key(|&i| (score(&sentences[i]), std::cmp::Reverse(i)))
        .unwrap_or(0);
    let chars = |s: usize, e: usize| text[s..e].chars().count();
    let (mut lo, mut hi) = (best, best);
    if chars(sentences[lo].0, sentences[hi].1) > max_chars {
        return around(text, highlights, sentences[best], max_chars);
    }
    loop {
        let mut grew = false;
        if hi + 1 < sentences.len() && chars(sentences[lo].0, sentences[hi + 1].1) <= max_chars {
            hi += 1;
            grew = true;
        }
        if lo > 0 && chars(sentences[lo - 1].0, sentences[hi].1) <= max_chars {
            lo -= 1;
            grew = true;
        }
        if !grew {
            break;
        }
    }
    let (s, e) = (sentences[lo].0, sentences[hi].1);
    (s, s + text[s..e].trim_end().len())
}

/// A window of `max_chars` inside one long sentence, starting a little before its first
/// highlight, cut between words.
fn around(
    text: &str,
    highlights: &[(usize, usize)],
    sentence: (usize, usize),
    max_chars: usize,
) -> (usize, usize) {
    let anchor = highlights
        .iter()
        .find(|(s, _)| *s >= sentence.0 && *s < sentence.1)
        .map_or(sentence.0, |h| h.0);
    let lead = max_chars / 4;
    let mut start = text[sentence.0..anchor]
        .char_indices()
        .rev()
        .nth(lead)
        .map_or(sentence.0, |(i, _)| sentence.0 + i);
    if start > sentence.0 {
        // Begin at the next word.
        start = text[start..anchor]
            .find(' ')
            .map_or(start, |i| start + i + 1);
    }
    let mut end = text[start..]
        .char_indices()
        .nth(max_chars)
        .map_or(text.len(), |(i, _)| start + i);
    if end < text.len() {
        end = text[start..end].rfind(' ').map_or(end, |i| start + i);
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::analysis::{self, Chain};

    /// Highlights as the analyzer's token stream gives them, every word analysed: what the
    /// screened `highlights` must reproduce.
    fn reference(
        analyzer: &mut TextAnalyzer,
        text: &str,
        wanted: &FxHashSet<String>,
    ) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        let mut last_position: Option<usize> = None;
        let mut stream = analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            if !wanted.contains(&token.text) {
                last_position = None;
                continue;
            }
            let (start, end, position) = (token.offset_from, token.offset_to, token.position);
            let mergeable = match (out.last(), last_position) {
                (Some(&(_, last_end)), Some(pos)) => {
                    position <= pos + 3 && !text[last_end..start].contains(BREAKS)
                }
                _ => false,
            };
            if mergeable {
                out.last_mut().expect("checked above").1 = end;
            } else {
                out.push((start, end));
            }
            last_position = Some(position);
        }
        out
    }

    /// Over every passage-sized paragraph of the bundled corpus, queries made of its own words
    /// (first letters accented or not, capitals, digits, stop words) highlight exactly what
    /// analysing every word would.
    #[test]
    fn screened_highlights_match_analysing_every_word() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut a = Chain::French.analyzer();
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).expect("corpus") {
            let path = entry.expect("entry").path();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let words: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            for paragraph in text.split("\n\n") {
                for step in [3, 7, 11] {
                    let query: Vec<&str> = words.iter().step_by(step).take(4).copied().collect();
                    let wanted: FxHashSet<String> = analysis::terms(&mut a, &query.join(" "))
                        .into_iter()
                        .map(|t| t.text)
                        .collect();
                    assert_eq!(
                        highlights(&mut a, paragraph, &wanted),
                        reference(&mut a, paragraph, &wanted),
                        "{query:?} in {}",
                        path.display()
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 300, "{checked}");
    }

    /// What the two-letter screen of `highlights` rests on: over every word of the bundled
    /// corpus, each chain's term for a word beginning with two ASCII letters, the second not a
    /// `y`, begins with them, lower-cased, or is the first alone.
    #[test]
    fn every_run_keeps_its_second_letter() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut words = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(dir).expect("corpus") {
            let Ok(text) = std::fs::read_to_string(entry.expect("entry").path()) else {
                continue;
            };
            for (s, e) in runs(&text) {
                words.insert(text[s..e].to_owned());
            }
        }
        assert!(words.len() > 1500, "{}", words.len());
        let mut checked = 0;
        for chain in Chain::ALL {
            let mut a = chain.analyzer();
            for w in &words {
                let b = w.as_bytes();
                if b.len() < 2
                    || !b[0].is_ascii_alphabetic()
                    || !b[1].is_ascii_alphabetic()
                    || b[1].eq_ignore_ascii_case(&b'y')
                {
                    continue;
                }
                for variant in [w.clone(), w.to_uppercase(), w.to_lowercase()] {
                    let mut stream = a.token_stream(&variant);
                    if let Some(t) = stream.next() {
                        let prefix = w[..2].to_ascii_lowercase();
                        assert!(
                            t.text.starts_with(&prefix) || t.text == prefix[..1],
                            "{chain:?}: {variant} -> {}",
                            t.text
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 3000, "{checked}");
    }

    #[test]
    fn a_run_screened_by_its_two_first_letters_is_still_found_by_them() {
        assert_eq!(marked("Paris, pas Pau.", "pau"), "Paris, pas [Pau].");
        assert_eq!(marked("la Paix", "paix"), "la [Paix]");
        assert_eq!(marked("a1 et a", "a1"), "[a1] et a");
        // A French word of two letters ending in `s` loses it: `bs` is `b`.
        assert_eq!(marked("des bs", "b"), "des [bs]");
    }

    fn marked(text: &str, query: &str) -> String {
        let mut a = Chain::French.analyzer();
        let wanted: FxHashSet<String> = analysis::terms(&mut a, query)
            .into_iter()
            .map(|t| t.text)
            .collect();
        let mut out = String::new();
        let mut at = 0;
        for (s, e) in highlights(&mut a, text, &wanted) {
            out.push_str(&text[at..s]);
            out.push('[');
            out.push_str(&text[s..e]);
            out.push(']');
            at = e;
        }
        out.push_str(&text[at..]);
        out
    }

    #[test]
    fn phrase_is_one_span_across_stop_words() {
        assert_eq!(
            marked("des garanties de sécurité solides", "garantie sécurité"),
            "des [garanties de sécurité] solides"
        );
        assert_eq!(
            marked(
                "une «\u{a0}cible légitime\u{a0}» pour Moscou",
                "cibles legitimes"
            ),
            "une «\u{a0}[cible légitime]\u{a0}» pour Moscou"
        );
    }

    #[test]
    fn elided_word_is_highlighted_without_its_article() {
        assert_eq!(marked("membre de l’OTAN.", "otan"), "membre de l’[OTAN].");
    }

    #[test]
    fn punctuation_splits_spans() {
        assert_eq!(
            marked("la cible. Légitime", "cible légitime"),
            "la [cible]. [Légitime]"
        );
    }

    #[test]
    fn crop_keeps_the_sentence_with_the_most_terms() {
        let text = "Première phrase sans intérêt aucun pour la requête posée. \
                    Deuxième phrase qui parle de cibles légitimes, enfin. \
                    Troisième phrase encore plus longue et sans aucun rapport avec rien.";
        let start = text.find("cibles").unwrap();
        let (s, e) = crop(text, &[(start, start + "cibles légitimes".len())], 80);
        assert_eq!(
            &text[s..e],
            "Deuxième phrase qui parle de cibles légitimes, enfin."
        );
    }

    #[test]
    fn crop_inside_one_long_sentence_cuts_between_words() {
        let text = format!(
            "{} cible légitime {}",
            "mot ".repeat(100),
            "fin ".repeat(100)
        );
        let start = text.find("cible").unwrap();
        let (s, e) = crop(&text, &[(start, start + 5)], 60);
        let shown = &text[s..e];
        assert!(shown.contains("cible légitime"), "{shown}");
        assert!(shown.chars().count() <= 60);
        assert!(
            shown.starts_with("mot ") && shown.ends_with("fin"),
            "{shown:?}"
        );
    }

    /// The runs found byte by byte are those of a scan character by character.
    #[test]
    fn runs_are_the_alphanumeric_stretches() {
        fn reference(text: &str) -> Vec<(usize, usize)> {
            let mut out = Vec::new();
            let mut start = None;
            for (i, c) in text.char_indices() {
                match (c.is_alphanumeric(), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        out.push((s, i));
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(s) = start {
                out.push((s, text.len()));
            }
            out
        }
        for text in [
            "",
            " ",
            "a",
            "Zelensky",
            "« L’Élysée a dit », 3 fois ; c'est-à-dire 12,5 % … Ørsted, Łódź, naïve",
            "東京 et 北京: deux villes; l'œuvre",
            "fin sur un mot accentué é",
            "… ",
        ] {
            assert_eq!(runs(text).collect::<Vec<_>>(), reference(text), "{text}");
        }
    }
}
