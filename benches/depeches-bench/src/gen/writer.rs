//! One dispatch's text: its topic, title, paragraphs, and quotations attributed in the ways wire
//! copy does, with the quirks of the real feed.

use super::rng::Rng;
use super::vocab::{self, Topic, TOPICS};
use super::{Generator, FIRST_YEAR, LAST_YEAR};

/// The text of a dispatch drawn from `rng`.
pub(super) fn write(g: &Generator, mut rng: Rng) -> String {
    let topic = rng.below(TOPICS.len());
    let mut w = Writer {
        g,
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
