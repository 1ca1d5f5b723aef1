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
mod queries;
pub mod rng;
pub mod vocab;
mod writer;

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use lexicon::Lexicon;
use rng::Rng;
use vocab::TOPICS;

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
        writer::write(self, Rng::derive(self.seed, n))
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
}

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
