//! The query file of a generated corpus: eight queries of each class, drawn from the
//! generator's vocabulary, speakers and dates, one random stream through the classes.

use super::rng::Rng;
use super::vocab::{self, Topic, TOPICS};
use super::{Generator, FIRST_YEAR, LAST_YEAR};

/// Content words a dispatch holds on average, and the share drawn from the whole lexicon (the
/// rest are topic words, keywords and numbers): what rare-term queries are calibrated on.
const CONTENT_WORDS_PER_DISPATCH: f64 = 250.0;
const LEXICON_SHARE: f64 = 0.65;

impl Generator {
    /// A query file for a corpus of `dispatches` dispatches made by this generator: a class
    /// label, a tab, the query. Rare terms are drawn where the Zipf law expects a handful of
    /// occurrences at that size.
    pub fn queries(&self, dispatches: u64) -> Vec<(String, String)> {
        let mut rng = Rng::derive(self.seed, 0x9_0e71e5);
        // One random stream through the classes, in this order: a query file depends only on
        // the seed and the size.
        let classes: [(&str, QueryClass); 8] = [
            ("frequent", Generator::frequent_queries),
            ("rare", Generator::rare_queries),
            ("two_terms", Generator::two_term_queries),
            ("three_to_five", Generator::three_to_five_queries),
            ("phrase", Generator::phrase_queries),
            ("speaker", Generator::speaker_queries),
            ("date", Generator::date_queries),
            ("unaccented_elided", Generator::unaccented_elided_queries),
        ];
        let mut out = Vec::new();
        for (class, make) in classes {
            for q in make(self, &mut rng, dispatches) {
                out.push((class.to_owned(), q));
            }
        }
        out
    }

    /// The most frequent words of the lexicon and of the topics.
    fn frequent_queries(&self, rng: &mut Rng, _: u64) -> Vec<String> {
        (0..8)
            .map(|i| {
                if i % 2 == 0 {
                    self.lexicon.word(rng.below(12)).to_owned()
                } else {
                    let t = rng.below(TOPICS.len());
                    topic_word(rng, &TOPICS[t])
                }
            })
            .collect()
    }

    /// Words expected 2 to 40 times in `dispatches` dispatches.
    fn rare_queries(&self, rng: &mut Rng, dispatches: u64) -> Vec<String> {
        // Expected occurrences of rank r ≈ draws · P(r).
        let draws = dispatches as f64 * CONTENT_WORDS_PER_DISPATCH * LEXICON_SHARE;
        let ranks: Vec<usize> = (0..self.lexicon.len())
            .filter(|&r| {
                let e = draws * self.lexicon.probability(r);
                (2.0..40.0).contains(&e)
            })
            .collect();
        if ranks.is_empty() {
            return Vec::new();
        }
        (0..8)
            .map(|_| self.lexicon.word(ranks[rng.below(ranks.len())]).to_owned())
            .collect()
    }

    /// A topic word and another of the topic or a frequent word.
    fn two_term_queries(&self, rng: &mut Rng, _: u64) -> Vec<String> {
        (0..8)
            .map(|_| {
                let t = &TOPICS[rng.below(TOPICS.len())];
                let a = topic_word(rng, t);
                let b = if rng.chance(0.5) {
                    topic_word(rng, t)
                } else {
                    self.lexicon.word(rng.below(200)).to_owned()
                };
                format!("{a} {b}")
            })
            .collect()
    }

    /// Three to five distinct words, most of one topic.
    fn three_to_five_queries(&self, rng: &mut Rng, _: u64) -> Vec<String> {
        (0..8)
            .map(|_| {
                let t = &TOPICS[rng.below(TOPICS.len())];
                let n = rng.range(3, 5);
                let mut words: Vec<String> = Vec::new();
                while words.len() < n {
                    let w = if rng.chance(0.6) {
                        topic_word(rng, t)
                    } else {
                        self.lexicon.word(rng.below(300)).to_owned()
                    };
                    if !words.contains(&w) {
                        words.push(w);
                    }
                }
                words.join(" ")
            })
            .collect()
    }

    /// A topic's set phrase, in quotes.
    fn phrase_queries(&self, rng: &mut Rng, _: u64) -> Vec<String> {
        (0..8)
            .map(|_| {
                let t = &TOPICS[rng.below(TOPICS.len())];
                format!("\"{}\"", rng.pick(t.phrases))
            })
            .collect()
    }

    /// A topic's speaker by surname, with a topic word, or by full name with a frequent word.
    fn speaker_queries(&self, rng: &mut Rng, _: u64) -> Vec<String> {
        (0..8)
            .map(|i| {
                let topic = rng.below(TOPICS.len());
                let s = &self.speakers[self.by_topic[topic][rng.below(3)]];
                match i % 3 {
                    0 => format!("speaker:{}", s.last),
                    1 => format!(
                        "speaker:{} {}",
                        s.last.to_lowercase(),
                        topic_word(rng, &TOPICS[topic])
                    ),
                    _ => format!(
                        "speaker:\"{}\" {}",
                        s.full(),
                        self.lexicon.word(rng.below(100))
                    ),
                }
            })
            .collect()
    }

    /// A topic word or phrase within a span of months, from a year, or until a day.
    fn date_queries(&self, rng: &mut Rng, _: u64) -> Vec<String> {
        (0..8)
            .map(|i| {
                let t = &TOPICS[rng.below(TOPICS.len())];
                let y = rng.range(FIRST_YEAR as usize, LAST_YEAR as usize - 1);
                match i % 3 {
                    0 => format!(
                        "since:{y}-{:02} until:{y}-{:02} {}",
                        rng.range(1, 6),
                        rng.range(7, 12),
                        topic_word(rng, t)
                    ),
                    1 => format!("since:{y} {}", topic_word(rng, t)),
                    _ => format!("until:{y}-06-30 \"{}\"", rng.pick(t.phrases)),
                }
            })
            .collect()
    }

    /// Accented words typed without accents, and words after an elided article.
    fn unaccented_elided_queries(&self, rng: &mut Rng, _: u64) -> Vec<String> {
        let accented: Vec<String> = vocab::CORE_WORDS
            .iter()
            .chain(TOPICS.iter().flat_map(|t| t.words.iter()))
            .filter(|w| w.chars().any(|c| "éèêàâîïôûùç".contains(c)))
            .map(|w| w.to_string())
            .collect();
        let vowel_initial: Vec<String> = TOPICS
            .iter()
            .flat_map(|t| t.words.iter().chain(t.places.iter()))
            .chain(vocab::CORE_WORDS.iter())
            .filter(|w| {
                w.starts_with([
                    'a', 'e', 'é', 'i', 'o', 'u', 'h', 'A', 'E', 'É', 'I', 'O', 'U',
                ])
            })
            .map(|w| w.to_string())
            .collect();
        (0..8)
            .map(|i| {
                if i % 2 == 0 {
                    let w = rng.pick(&accented).clone();
                    // Lower case without accents: what a user typing fast writes.
                    depeches::text::fold::fold(&w)
                } else {
                    let w = rng.pick(&vowel_initial).clone();
                    let article = *rng.pick(&["l'", "l’", "d'", "d’", "qu'", "L'"]);
                    format!("{article}{w}")
                }
            })
            .collect()
    }
}

/// One class of generated queries: its queries for a corpus of so many dispatches.
type QueryClass = fn(&Generator, &mut Rng, u64) -> Vec<String>;

/// A word of the topic.
fn topic_word(rng: &mut Rng, t: &Topic) -> String {
    rng.pick(t.words).to_string()
}
