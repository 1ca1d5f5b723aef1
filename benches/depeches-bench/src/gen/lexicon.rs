//! The content vocabulary and its Zipf law: word forms ranked from most to least frequent, drawn
//! with probability ∝ 1 / (rank + q).
//!
//! Ranks come, in order, from the built-in core of news words, from word lists given on the
//! command line (a `word<TAB>frequency` list is ranked by its frequencies; a plain list of words,
//! such as a spelling dictionary, is shuffled with the seed and appended), and last from a
//! generated tail of derived and inflected forms and invented proper names. A law over ranks, not
//! the sources' own frequencies, is what keeps the tail long: at a million passages most of the
//! hundreds of thousands of forms occur at least once, as in real news text.

use std::collections::HashSet;
use std::path::Path;

use anyhow::Context as _;

use super::rng::Rng;
use super::vocab;

/// Zipf–Mandelbrot offset: flattens the head so the first content word is not absurdly frequent.
const MANDELBROT_Q: f64 = 2.7;
/// Zipf exponent of the content vocabulary.
const ZIPF_S: f64 = 1.0;

/// A word list ranked by frequency, with its sampling law.
pub struct Lexicon {
    words: Vec<String>,
    /// Cumulative weights, normalised to end at 1.
    cdf: Vec<f64>,
}

impl Lexicon {
    /// Builds the ranked vocabulary from the built-in core, the given word lists and the
    /// generated tail. The same files and seed give the same ranks.
    pub fn build(files: &[impl AsRef<Path>], seed: u64) -> anyhow::Result<Lexicon> {
        let mut rng = Rng::derive(seed, 0x1e71c0);
        let excluded: HashSet<String> = vocab::FUNCTION_WORDS
            .iter()
            .map(|w| w.to_string())
            .chain(vocab::EXCLUDED_FORMS.split_whitespace().map(str::to_owned))
            .collect();
        let mut seen: HashSet<String> = HashSet::new();
        let mut words: Vec<String> = Vec::new();
        let mut add = |w: &str, words: &mut Vec<String>| {
            let key = w.to_lowercase();
            if !excluded.contains(&key) && seen.insert(key) {
                words.push(w.to_owned());
            }
        };
        for w in vocab::CORE_WORDS {
            add(w, &mut words);
        }
        let mut frequency_lists: Vec<(f64, String)> = Vec::new();
        let mut plain_lists: Vec<String> = Vec::new();
        for file in files {
            let file = file.as_ref();
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("cannot read the word list {}", file.display()))?;
            for line in text.lines() {
                let mut cols = line.split('\t');
                let word = cols.next().unwrap_or("").trim();
                if !is_word(word) {
                    continue;
                }
                match cols.next().and_then(|f| f.trim().parse::<f64>().ok()) {
                    Some(freq) => frequency_lists.push((freq, word.to_owned())),
                    None => plain_lists.push(word.to_owned()),
                }
            }
        }
        // Stable sort: equal frequencies keep the file's order.
        frequency_lists.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (_, w) in &frequency_lists {
            add(w, &mut words);
        }
        shuffle(&mut plain_lists, &mut rng);
        for w in &plain_lists {
            add(w, &mut words);
        }
        for topic in vocab::TOPICS {
            for w in topic.words {
                add(w, &mut words);
            }
        }
        let mut tail = generated_tail();
        shuffle(&mut tail, &mut rng);
        for w in &tail {
            add(w, &mut words);
        }
        let mut cdf = Vec::with_capacity(words.len());
        let mut total = 0.0;
        for r in 0..words.len() {
            total += (r as f64 + 1.0 + MANDELBROT_Q).powf(-ZIPF_S);
            cdf.push(total);
        }
        for c in &mut cdf {
            *c /= total;
        }
        Ok(Lexicon { words, cdf })
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The word of a rank (0 is the most frequent).
    pub fn word(&self, rank: usize) -> &str {
        &self.words[rank]
    }

    /// The probability that one draw gives the word of `rank`.
    pub fn probability(&self, rank: usize) -> f64 {
        self.cdf[rank] - if rank == 0 { 0.0 } else { self.cdf[rank - 1] }
    }

    pub fn sample(&self, rng: &mut Rng) -> &str {
        let u = rng.f64();
        let rank = self
            .cdf
            .partition_point(|&c| c < u)
            .min(self.words.len() - 1);
        &self.words[rank]
    }

    /// A rank drawn uniformly in `[lo, hi)` (clamped to the vocabulary).
    pub fn rank_between(&self, rng: &mut Rng, lo: usize, hi: usize) -> usize {
        let hi = hi.min(self.words.len());
        let lo = lo.min(hi.saturating_sub(1));
        lo + rng.below((hi - lo).max(1))
    }
}

/// A usable word form: letters and inner hyphens, 2 to 30 characters.
fn is_word(w: &str) -> bool {
    let n = w.chars().count();
    (2..=30).contains(&n)
        && w.chars().next().is_some_and(char::is_alphabetic)
        && w.chars().last().is_some_and(char::is_alphabetic)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

fn shuffle<T>(items: &mut [T], rng: &mut Rng) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// Derived and inflected forms (`re` + `négoci` + `eraient`) and invented proper names: the part
/// of the long tail no word list needs to provide.
fn generated_tail() -> Vec<String> {
    let mut out = Vec::new();
    for p in vocab::PREFIXES.iter().skip(2) {
        for s in vocab::STEMS {
            for x in vocab::SUFFIXES {
                // `dé` + `négoci` reads as a word; avoid doubled vowels at the seams.
                if p.ends_with(['e', 'é', 'o', 'i', 'a'])
                    && s.starts_with(['e', 'é', 'a', 'i', 'o', 'u'])
                {
                    continue;
                }
                out.push(format!("{p}{s}{x}"));
            }
        }
    }
    for o in vocab::NAME_ONSETS {
        for m in vocab::NAME_MIDDLES {
            for e in vocab::NAME_ENDINGS {
                out.push(format!("{o}{m}{e}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_vocabulary_is_large_and_ranked() {
        let lex = Lexicon::build(&[] as &[&Path], 1).unwrap();
        assert!(lex.len() > 70_000, "{}", lex.len());
        assert_eq!(lex.word(0), "président");
        assert!(lex.probability(0) > lex.probability(1000));
        let mut rng = Rng::new(3);
        let draws: HashSet<&str> = (0..20_000).map(|_| lex.sample(&mut rng)).collect();
        assert!(draws.len() > 5_000, "{}", draws.len());
    }

    #[test]
    fn word_lists_are_filtered() {
        assert!(is_word("négociations"));
        assert!(is_word("porte-avions"));
        assert!(!is_word("l'"));
        assert!(!is_word("a"));
        assert!(!is_word("covid19"));
    }
}
