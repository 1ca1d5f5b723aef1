//! A deterministic generator of French dispatches in the real input format, for benchmarks: the
//! same seed and word lists give the same bytes, whatever the number of threads.
//!
//! Each dispatch is about one topic (whose words and set phrases it repeats), quotes a cast of
//! recurring speakers with their titles in the varied ways wire copy does, and has the quirks of
//! the real feed: an optional ` date YYYY-MM-DD ` or ` date YYYY-MM ` first line with text
//! continuing on it, kickers, bylines, bullets, intertitles, related-link lists, a trailing
//! "Plus", blank-line or single-newline paragraphs, curly or straight apostrophes, and « »
//! with no-break or narrow no-break spaces, tight, or straight double quotes.

pub mod lexicon;
pub mod rng;
pub mod vocab;

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use lexicon::Lexicon;
use rng::Rng;
use vocab::{Topic, TOPICS};

/// Years the dispatches' dates fall in.
pub const FIRST_YEAR: u32 = 2019;
pub const LAST_YEAR: u32 = 2026;

/// How many recurring speakers the corpus quotes.
const SPEAKERS: usize = 400;

/// A recurring speaker, with the title dispatches give them.
#[derive(Debug, Clone)]
pub struct Speaker {
    pub first: String,
    pub last: String,
    pub female: bool,
    pub title: String,
    pub topic: usize,
}

impl Speaker {
    pub fn full(&self) -> String {
        format!("{} {}", self.first, self.last)
    }
}

/// What the generator is built from.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub seed: u64,
    /// Word lists: `word<TAB>frequency` lines, or one word per line.
    pub lexicons: Vec<PathBuf>,
}

/// The generator's world: vocabulary and speakers, built once from the seed.
pub struct Generator {
    seed: u64,
    lexicon: Lexicon,
    function_cdf: Vec<f64>,
    speakers: Vec<Speaker>,
    /// Speakers of each topic, most often quoted first.
    by_topic: Vec<Vec<usize>>,
}

/// What a run wrote.
#[derive(Debug, Clone, Copy, Default)]
pub struct Written {
    pub dispatches: usize,
    pub bytes: u64,
}

impl Generator {
    pub fn new(config: &Config) -> anyhow::Result<Generator> {
        let lexicon = Lexicon::build(&config.lexicons, config.seed)?;
        let mut total = 0.0;
        let function_cdf: Vec<f64> = (0..vocab::FUNCTION_WORDS.len())
            .map(|r| {
                total += 1.0 / (r as f64 + 1.5);
                total
            })
            .collect();
        let function_cdf = function_cdf.into_iter().map(|c| c / total).collect();
        let (speakers, by_topic) = speakers(config.seed);
        Ok(Generator {
            seed: config.seed,
            lexicon,
            function_cdf,
            speakers,
            by_topic,
        })
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }

    /// The relative path of dispatch `n`: a thousand files per folder.
    pub fn file_name(&self, n: u64) -> String {
        let hash = Rng::derive(self.seed ^ 0xf11e, n).next_u64();
        format!("{:03}/{:06}_{:016x}.txt", n / 1000, n, hash)
    }

    /// The text of dispatch `n`.
    pub fn dispatch(&self, n: u64) -> String {
        let mut rng = Rng::derive(self.seed, n);
        let topic = rng.below(TOPICS.len());
        let mut w = Writer {
            g: self,
            topic: &TOPICS[topic],
            topic_index: topic,
            apostrophe: if rng.chance(0.6) { "’" } else { "'" },
            quotes: *rng.pick(&QUOTE_STYLES),
            keywords: Vec::new(),
            cast: Vec::new(),
            last_speaker: None,
            out: String::with_capacity(4096),
            rng,
        };
        w.write();
        w.out
    }

    /// Writes dispatches `0..count` under `dir` on `threads` threads.
    pub fn write_all(&self, dir: &Path, count: u64, threads: usize) -> anyhow::Result<Written> {
        let threads = threads.max(1) as u64;
        let results: Vec<anyhow::Result<Written>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads)
                .map(|t| {
                    s.spawn(move || -> anyhow::Result<Written> {
                        let mut written = Written::default();
                        let mut n = t;
                        while n < count {
                            let path = dir.join(self.file_name(n));
                            if n % 1000 < threads {
                                let parent = path.parent().expect("a file has a folder");
                                std::fs::create_dir_all(parent).with_context(|| {
                                    format!("cannot create {}", parent.display())
                                })?;
                            }
                            let text = self.dispatch(n);
                            std::fs::write(&path, &text)
                                .with_context(|| format!("cannot write {}", path.display()))?;
                            written.dispatches += 1;
                            written.bytes += text.len() as u64;
                            n += threads;
                        }
                        Ok(written)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("a generator thread panicked"))
                .collect()
        });
        let mut total = Written::default();
        for r in results {
            let r = r?;
            total.dispatches += r.dispatches;
            total.bytes += r.bytes;
        }
        Ok(total)
    }

    fn function_word(&self, rng: &mut Rng) -> &'static str {
        let u = rng.f64();
        let i = self.function_cdf.partition_point(|&c| c < u);
        vocab::FUNCTION_WORDS[i.min(vocab::FUNCTION_WORDS.len() - 1)]
    }

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

/// Content words a dispatch holds on average, and the share drawn from the whole lexicon (the
/// rest are topic words, keywords and numbers): what rare-term queries are calibrated on.
const CONTENT_WORDS_PER_DISPATCH: f64 = 250.0;
const LEXICON_SHARE: f64 = 0.65;

fn speakers(seed: u64) -> (Vec<Speaker>, Vec<Vec<usize>>) {
    let mut rng = Rng::derive(seed, 0x5_0ea4e5);
    let mut used = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(SPEAKERS);
    let mut by_topic = vec![Vec::new(); TOPICS.len()];
    while out.len() < SPEAKERS {
        let last = format!(
            "{}{}{}",
            rng.pick(vocab::NAME_ONSETS),
            rng.pick(vocab::NAME_MIDDLES),
            rng.pick(vocab::NAME_ENDINGS)
        );
        if !used.insert(last.clone()) {
            continue;
        }
        let female = rng.chance(0.45);
        let first = if female {
            rng.pick(vocab::FIRST_NAMES_F)
        } else {
            rng.pick(vocab::FIRST_NAMES_M)
        };
        let (m, f) = rng.pick(vocab::TITLES);
        let title = if female { f } else { m }
            .replace("{o}", rng.pick::<&str>(vocab::ORGANISATIONS))
            .replace("{n}", rng.pick::<&str>(vocab::NATIONALITIES))
            .replace(
                "{c}",
                rng.pick::<&str>(TOPICS[out.len() % TOPICS.len()].places),
            );
        let topic = out.len() % TOPICS.len();
        by_topic[topic].push(out.len());
        out.push(Speaker {
            first: first.to_string(),
            last,
            female,
            title,
            topic,
        });
    }
    (out, by_topic)
}

#[derive(Debug, Clone, Copy)]
struct QuoteStyle {
    open: &'static str,
    close: &'static str,
}

const QUOTE_STYLES: [QuoteStyle; 6] = [
    QuoteStyle {
        open: "«\u{a0}",
        close: "\u{a0}»",
    },
    QuoteStyle {
        open: "«\u{a0}",
        close: "\u{a0}»",
    },
    QuoteStyle {
        open: "«\u{202f}",
        close: "\u{202f}»",
    },
    QuoteStyle {
        open: "«",
        close: "»",
    },
    QuoteStyle {
        open: "« ",
        close: " »",
    },
    QuoteStyle {
        open: "\"",
        close: "\"",
    },
];

/// Writes one dispatch.
struct Writer<'a> {
    g: &'a Generator,
    topic: &'static Topic,
    topic_index: usize,
    apostrophe: &'static str,
    quotes: QuoteStyle,
    /// Rarer words this dispatch keeps coming back to.
    keywords: Vec<&'a str>,
    /// Speakers already introduced in this dispatch.
    cast: Vec<usize>,
    last_speaker: Option<usize>,
    out: String,
    rng: Rng,
}

/// One quotation's speaker and the way the sentence attributes it.
struct Voice<'a> {
    speaker: usize,
    /// Already quoted in this dispatch: may be named by surname alone.
    known: bool,
    female: bool,
    open: &'a str,
    close: &'a str,
    verb: &'static str,
    /// Words of the quotation.
    words: usize,
    title: String,
    name: String,
    /// Which of the ten sentence forms.
    form: usize,
}

impl<'a> Writer<'a> {
    fn write(&mut self) {
        for _ in 0..self.rng.range(3, 8) {
            let r = self.g.lexicon.rank_between(&mut self.rng, 2_000, 200_000);
            self.keywords.push(self.g.lexicon.word(r));
        }
        // Header, with the lead continuing on the same line.
        let roll = self.rng.f64();
        let year = self.rng.range(FIRST_YEAR as usize, LAST_YEAR as usize);
        let month = self.rng.range(1, 12);
        let has_header = roll < 0.72;
        if roll < 0.57 {
            let day = self.rng.range(
                1,
                depeches::model::dates::days_in_month(year as i32, month as u32) as usize,
            );
            self.out
                .push_str(&format!(" date {year}-{month:02}-{day:02} "));
        } else if has_header {
            self.out.push_str(&format!(" date {year}-{month:02} "));
        }
        if has_header {
            let n = self.rng.range(1, 2);
            self.sentences(n);
            self.out.push_str("\n\n");
        }
        if self.rng.chance(0.15) {
            self.out.push_str(self.topic.kicker);
            self.out.push_str("\n\n");
        }
        self.title();
        self.out.push_str("\n\n");
        if self.rng.chance(0.4) {
            self.out.push_str(self.rng.pick::<&str>(vocab::BYLINES));
            self.out.push_str("\n\n");
        }
        if self.rng.chance(0.08) {
            self.out.push_str("Les points essentiels\n\n");
            for _ in 0..self.rng.range(2, 4) {
                self.out.push_str("  • ");
                let n = self.rng.around(16.0, 6, 30);
                self.sentence(n, true);
                self.out.push('\n');
            }
            self.out.push('\n');
        }
        let separator = if self.rng.chance(0.15) { "\n" } else { "\n\n" };
        let paragraphs = self.rng.around(8.0, 2, 30);
        for p in 0..paragraphs {
            if p > 0 && self.rng.chance(0.08) {
                self.words_line(3, 7);
                self.out.push_str(separator);
            }
            if p > 1 && self.rng.chance(0.03) {
                self.related_links(separator);
            }
            self.paragraph();
            self.out.push_str(separator);
        }
        if self.rng.chance(0.12) {
            self.related_links(separator);
        }
        if self.rng.chance(0.05) {
            self.out.push_str("Plus\n");
        }
    }

    fn related_links(&mut self, separator: &str) {
        for _ in 0..self.rng.range(2, 3) {
            self.out.push_str("- ");
            self.words_line(5, 12);
            self.out.push('\n');
        }
        if separator == "\n\n" {
            self.out.push('\n');
        }
    }

    fn title(&mut self) {
        if self.rng.chance(0.1) {
            let s = self.speaker();
            self.words_line(3, 7);
            self.out.push_str(" : ");
            self.out.push_str(self.quotes.open);
            let n = self.rng.range(3, 8);
            self.sentence_body(n, false);
            self.out.push_str(self.quotes.close);
            self.out.push_str(", ");
            let v = *self.rng.pick(&["rappelle", "prévient", "affirme", "selon"]);
            self.out.push_str(v);
            self.out.push(' ');
            self.out.push_str(&self.g.speakers[s].last);
        } else {
            self.words_line(4, 11);
        }
    }

    /// A short line with no final period: title, intertitle, related link.
    fn words_line(&mut self, lo: usize, hi: usize) {
        let n = self.rng.range(lo, hi);
        self.sentence_body(n, true);
    }

    fn paragraph(&mut self) {
        let long = self.rng.chance(0.05);
        let sentences = if long {
            self.rng.range(6, 12)
        } else {
            self.rng.around(2.2, 1, 5)
        };
        let quote_at = self.rng.chance(0.4).then(|| self.rng.below(sentences));
        for i in 0..sentences {
            if i > 0 {
                self.out.push(' ');
            }
            if Some(i) == quote_at {
                self.quotation();
            } else {
                let n = self.rng.around(20.0, 5, 60);
                self.sentence(n, true);
            }
        }
    }

    fn sentences(&mut self, n: usize) {
        for i in 0..n {
            if i > 0 {
                self.out.push(' ');
            }
            let len = self.rng.around(20.0, 6, 45);
            self.sentence(len, true);
        }
    }

    /// A sentence of about `n` words, with its final punctuation.
    fn sentence(&mut self, n: usize, capital: bool) {
        if self.rng.chance(0.12) {
            self.out.push_str(self.rng.pick::<&str>(vocab::OPENERS));
            self.out.push(' ');
            self.sentence_body(n, false);
        } else {
            self.sentence_body(n, capital);
        }
        let end = self.rng.f64();
        self.out.push_str(if end < 0.97 {
            "."
        } else if end < 0.99 {
            " ?"
        } else {
            "…"
        });
    }

    /// Words with no final punctuation; `le`, `de`, `que` … are elided before a vowel.
    fn sentence_body(&mut self, n: usize, capital: bool) {
        let g = self.g;
        let mut tokens: Vec<std::borrow::Cow<'a, str>> = Vec::with_capacity(n + 4);
        let mut functions_in_a_row = 0;
        for i in 0..n {
            if functions_in_a_row < 2 && i + 1 < n && self.rng.chance(0.48) {
                tokens.push(g.function_word(&mut self.rng).into());
                functions_in_a_row += 1;
            } else {
                tokens.push(self.content_word());
                functions_in_a_row = 0;
                if i + 2 < n && self.rng.chance(0.06) {
                    tokens.push(",".into());
                }
            }
        }
        let start = self.out.len();
        let mut glued = true;
        for (k, w) in tokens.iter().enumerate() {
            if w == "," {
                self.out.push(',');
                continue;
            }
            if !glued {
                self.out.push(' ');
            }
            // No elision before `et`, `ou`, `à` …: « de et » never reads « d'et ».
            let next_vowel = tokens.get(k + 1).is_some_and(|n| {
                starts_with_vowel(n)
                    && !matches!(n.as_ref(), "et" | "ou" | "où" | "à" | "au" | "aux" | "a")
            });
            if next_vowel && matches!(w.as_ref(), "le" | "la" | "de" | "que" | "ne" | "se") {
                self.out.push_str(&w[..w.len() - 1]);
                self.out.push_str(self.apostrophe);
                glued = true;
            } else {
                self.out.push_str(w);
                glued = false;
            }
        }
        if capital {
            capitalise(&mut self.out, start);
        }
    }

    fn content_word(&mut self) -> std::borrow::Cow<'a, str> {
        let g = self.g;
        let r = self.rng.f64();
        if r < 0.20 {
            let t = self.topic;
            if self.rng.chance(0.15) {
                return (*self.rng.pick(t.places)).into();
            }
            if self.rng.chance(0.1) {
                return (*self.rng.pick(t.phrases)).into();
            }
            return (*self.rng.pick(t.words)).into();
        }
        if r < 0.27 {
            return (*self.rng.pick(&self.keywords)).into();
        }
        if r < 0.29 {
            return match self.rng.below(4) {
                0 => format!("{}", self.rng.range(2, 99)),
                1 => format!(
                    "{}",
                    self.rng.range(FIRST_YEAR as usize - 30, LAST_YEAR as usize)
                ),
                2 => format!("{} {}", self.rng.range(1, 28), self.rng.pick(vocab::MONTHS)),
                _ => format!("{},{}\u{a0}%", self.rng.range(0, 30), self.rng.below(10)),
            }
            .into();
        }
        g.lexicon.sample(&mut self.rng).into()
    }

    /// A speaker for this dispatch: mostly its topic's well-known voices.
    fn speaker(&mut self) -> usize {
        if !self.cast.is_empty() && self.rng.chance(0.45) {
            return *self.rng.pick(&self.cast);
        }
        let pool = &self.g.by_topic[if self.rng.chance(0.85) {
            self.topic_index
        } else {
            self.rng.below(TOPICS.len())
        }];
        // Zipf over the topic's speakers: a few are quoted all the time.
        let mut i = 0;
        while i + 1 < pool.len() && self.rng.chance(0.55) {
            i += 1;
        }
        pool[i]
    }

    fn quotation(&mut self) {
        let v = self.voice();
        self.attributed(&v);
        if !v.known {
            self.cast.push(v.speaker);
        }
        self.last_speaker = Some(v.speaker);
    }

    /// Who speaks next and how the sentence gives it: the draws of one quotation, in order.
    fn voice(&mut self) -> Voice<'a> {
        let s = self.speaker();
        let known = self.cast.contains(&s);
        let sp = &self.g.speakers[s];
        let (open, close) = if self.rng.chance(0.1) {
            let q = *self.rng.pick(&QUOTE_STYLES);
            (q.open, q.close)
        } else {
            (self.quotes.open, self.quotes.close)
        };
        let verb = *self.rng.pick(vocab::SAYING);
        let words = self.rng.around(16.0, 4, 45);
        let title = sp.title.replace('\'', self.apostrophe);
        let name = if known && self.rng.chance(0.6) {
            if self.rng.chance(0.3) {
                format!("{} {}", if sp.female { "Mme" } else { "M." }, sp.last)
            } else {
                sp.last.clone()
            }
        } else {
            sp.full()
        };
        let form = if self.last_speaker == Some(s) {
            9
        } else {
            self.rng.below(9)
        };
        Voice {
            speaker: s,
            known,
            female: sp.female,
            open,
            close,
            verb,
            words,
            title,
            name,
            form,
        }
    }

    /// The quotation in one of ten attribution forms (the tenth: the same speaker going on).
    fn attributed(&mut self, v: &Voice) {
        let (open, close, n, verb, name) = (v.open, v.close, v.words, v.verb, &v.name);
        let title = &v.title;
        match v.form {
            0 | 1 => {
                // « … », a déclaré le porte-parole du Kremlin, Dmitri X.
                self.quoted(open, close, n, true);
                self.out.push_str(&format!(", {verb} {title}, {name}."));
            }
            2 => {
                self.quoted(open, close, n, true);
                self.out.push_str(&format!(", {verb} {name}."));
            }
            3 => {
                // X, titre, a affirmé : « … »
                self.out.push_str(&format!("{name}, {title}, {verb} : "));
                self.quoted(open, close, n, true);
                self.out.push('.');
            }
            4 => {
                let t = capitalised(title);
                self.out.push_str(&format!("{t} {name} {verb} que "));
                self.quoted(open, close, n, false);
                self.out.push('.');
            }
            5 => {
                self.out.push_str(&format!("Selon {name}, "));
                self.quoted(open, close, n, false);
                self.out.push('.');
            }
            6 => {
                let t = capitalised(title);
                self.out
                    .push_str(&format!("Pour {}, ", t.to_lowercase().trim_start()));
                self.quoted(open, close, n, false);
                self.out.push('.');
            }
            7 => {
                self.out
                    .push_str(&format!("{name} {verb} dans un entretien : "));
                self.quoted(open, close, n, true);
            }
            8 => {
                let words = self.rng.range(6, 14);
                self.sentence_body(words, true);
                self.out
                    .push_str(&format!(", {verb} {name}, qui a jugé la situation "));
                let words = self.rng.range(1, 3);
                self.quoted(open, close, words, false);
                self.out.push('.');
            }
            _ => {
                // Continued by the same speaker: « … », a-t-il ajouté.
                self.quoted(open, close, n, true);
                let pronoun = if v.female { "elle" } else { "il" };
                let v = *self.rng.pick(vocab::SAYING_INVERTED);
                self.out.push_str(&format!(", a-t-{pronoun} {v}."));
            }
        }
    }

    fn quoted(&mut self, open: &str, close: &str, n: usize, capital: bool) {
        self.out.push_str(open);
        self.sentence_body(n, capital);
        if capital && self.rng.chance(0.3) {
            self.out.push('.');
        }
        self.out.push_str(close);
    }
}

fn starts_with_vowel(w: &str) -> bool {
    w.starts_with([
        'a', 'e', 'é', 'è', 'ê', 'i', 'o', 'u', 'h', 'â', 'î', 'ô', 'A', 'E', 'É', 'I', 'O', 'U',
    ])
}

fn capitalise(out: &mut String, start: usize) {
    let rest = &out[start..];
    let offset = rest.len() - rest.trim_start().len();
    let at = start + offset;
    if let Some(c) = out[at..].chars().next() {
        if c.is_lowercase() {
            let upper: String = c.to_uppercase().collect();
            out.replace_range(at..at + c.len_utf8(), &upper);
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut out = s.to_owned();
    capitalise(&mut out, 0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use depeches::ingest::parse::Context;
    use depeches::model::dispatch::Dispatch;

    fn generator(seed: u64) -> Generator {
        Generator::new(&Config {
            seed,
            lexicons: Vec::new(),
        })
        .unwrap()
    }

    #[test]
    fn same_seed_same_bytes() {
        let (a, b) = (generator(7), generator(7));
        for n in [0, 1, 99] {
            assert_eq!(a.dispatch(n), b.dispatch(n));
            assert_eq!(a.file_name(n), b.file_name(n));
        }
        assert_ne!(a.dispatch(0), generator(8).dispatch(0));
    }

    #[test]
    fn dispatches_parse_into_passages() {
        let g = generator(1);
        let mut passages = 0;
        let mut dated = 0;
        for n in 0..200 {
            let text = g.dispatch(n);
            assert!(!text.contains("  ") || text.contains("  •"), "{text}");
            let d = Dispatch::parse("x.txt", &text, &Context::default());
            assert_eq!(d.lang, "fr", "{text}");
            passages += d.passages.len();
            dated += d.date.is_some() as usize;
        }
        assert!((1200..3000).contains(&passages), "{passages}");
        assert!((100..180).contains(&dated), "{dated}");
    }

    #[test]
    fn queries_cover_every_class() {
        let g = generator(1);
        let q = g.queries(1000);
        for class in [
            "frequent",
            "rare",
            "two_terms",
            "three_to_five",
            "phrase",
            "speaker",
            "date",
            "unaccented_elided",
        ] {
            assert!(q.iter().any(|(c, _)| c == class), "{class}");
        }
    }
}
