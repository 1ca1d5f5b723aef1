//! One paragraph as words, punctuation and quotations, cut into sentences.
//!
//! A quotation is one token: attribution rules look at the words around it, never inside it.

use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct,
    /// A quoted span, by its index in the dispatch's list of spans.
    Quote(usize),
}

#[derive(Debug, Clone)]
pub struct Tok {
    pub kind: Kind,
    /// Byte offsets in the block.
    pub start: usize,
    pub end: usize,
    /// Lower-cased, apostrophes as `'`; a punctuation mark as itself; empty for a quotation.
    pub lower: String,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Two letters or more, all upper-case ("OTAN", "AFP").
    pub acronym: bool,
}

impl Tok {
    pub fn is(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.lower == w
    }

    pub fn is_punct(&self, chars: &str) -> bool {
        self.kind == Kind::Punct && self.lower.chars().next().is_some_and(|c| chars.contains(c))
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            Kind::Quote(i) => Some(i),
            _ => None,
        }
    }

    /// A capitalised word (not an acronym).
    pub fn is_capitalised(&self) -> bool {
        self.kind == Kind::Word && self.cap && !self.acronym
    }
}

/// Words that end with an elided vowel: "l'", "qu'", "jusqu'".
const ELISIONS: [&str; 14] = [
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `block[line]` into tokens. `quotes` are `(span index, start, end)` byte ranges of the
/// quotations on this line, in order.
pub fn tokenize(block: &str, line: Range<usize>, quotes: &[(usize, usize, usize)]) -> Vec<Tok> {
    let mut out = Vec::new();
    let text = &block[line.clone()];
    let mut q = quotes.iter().peekable();
    let mut iter = text.char_indices().peekable();
    while let Some(&(i, c)) = iter.peek() {
        let at = line.start + i;
        if let Some(&&(idx, start, end)) = q.peek() {
            if at >= start {
                q.next();
                out.push(Tok {
                    kind: Kind::Quote(idx),
                    start,
                    end,
                    lower: String::new(),
                    cap: false,
                    acronym: false,
                });
                while iter.peek().is_some_and(|&(j, _)| line.start + j < end) {
                    iter.next();
                }
                continue;
            }
        }
        if c.is_whitespace() {
            iter.next();
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let mut end = i;
            let mut word = String::new();
            while let Some(&(j, ch)) = iter.peek() {
                if ch.is_alphanumeric() {
                    word.extend(ch.to_lowercase());
                    end = j + ch.len_utf8();
                    iter.next();
                } else if (ch == '-' || is_apostrophe(ch)) && !word.is_empty() {
                    let next = text[j + ch.len_utf8()..].chars().next();
                    if is_apostrophe(ch) && ELISIONS.contains(&word.as_str()) {
                        word.push('\'');
                        end = j + ch.len_utf8();
                        iter.next();
                        break;
                    }
                    if next.is_some_and(char::is_alphanumeric) {
                        word.push(if ch == '-' { '-' } else { '\'' });
                        iter.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let surface = &text[start..end];
            let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
            let cap = surface.chars().next().is_some_and(char::is_uppercase);
            let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
            out.push(Tok {
                kind: Kind::Word,
                start: line.start + start,
                end: line.start + end,
                lower: word,
                cap,
                acronym,
            });
            continue;
        }
        iter.next();
        out.push(Tok {
            kind: Kind::Punct,
            start: at,
            end: at + c.len_utf8(),
            lower: c.to_string(),
            cap: false,
            acronym: false,
        });
    }
    out
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: [&str; 24] = [
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "av", "etc", "cf",
    "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "p",
];

/// Cuts a paragraph's tokens into sentences (token index ranges). `quote_ends_sentence` tells
/// whether a quotation's words end with final punctuation.
pub fn sentences(toks: &[Tok], quote_ends_sentence: impl Fn(usize) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..toks.len() {
        let t = &toks[i];
        let Some(next) = toks.get(i + 1) else {
            break;
        };
        let opens_sentence = next.cap
            || next.quote().is_some()
            || next.lower.starts_with(|c: char| c.is_ascii_digit())
            || next.is_punct("-–—");
        let ends = match t.kind {
            Kind::Punct if t.is_punct(".!?…") => {
                let abbreviation = t.lower == "."
                    && i > 0
                    && toks[i - 1].is_word()
                    && (ABBREVIATIONS.contains(&toks[i - 1].lower.as_str())
                        || (toks[i - 1].lower.chars().count() == 1 && toks[i - 1].cap));
                opens_sentence && !abbreviation
            }
            Kind::Quote(q) => opens_sentence && quote_ends_sentence(q),
            _ => false,
        };
        if ends {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, 0..text.len(), &[])
            .into_iter()
            .map(|t| t.lower)
            .collect()
    }

    #[test]
    fn elision_hyphens_and_inversions() {
        assert_eq!(
            words("L’Ukraine, a-t-il dit aujourd'hui à M. Peskov"),
            [
                "l'",
                "ukraine",
                ",",
                "a-t-il",
                "dit",
                "aujourd'hui",
                "à",
                "m",
                ".",
                "peskov"
            ]
        );
        assert_eq!(words("qu'il s'est"), ["qu'", "il", "s'", "est"]);
        assert_eq!(words("MaPrimeRénov’ »"), ["maprimerénov", "’", "»"]);
    }

    #[test]
    fn a_quotation_is_one_token() {
        let text = "Il a dit « oui, bien sûr » hier.";
        let open = text.find('«').unwrap();
        let end = text.find('»').unwrap() + '»'.len_utf8();
        let toks = tokenize(text, 0..text.len(), &[(0, open, end)]);
        let kinds: Vec<Kind> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[3], Kind::Quote(0));
        assert_eq!(toks[4].lower, "hier");
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let text = "Selon M. Peskov, rien. Puis autre chose.";
        let toks = tokenize(text, 0..text.len(), &[]);
        assert_eq!(sentences(&toks, |_| false).len(), 2);
    }
}
