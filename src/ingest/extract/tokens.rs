//! One paragraph as words, punctuation and quotations, cut into sentences.
//!
//! A quotation is one token: attribution rules look at the words around it, never inside it.

use std::ops::Range;

use crate::text::sentences;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct,
    /// A quoted span, by its index in the dispatch's list of spans.
    Quote(usize),
}

/// A token's lower-cased text, kept inline: a dispatch has thousands of words, and a heap string
/// for each was most of extraction's cost; reading it back as `&str` is free (no UTF-8 check
/// per reading, which the rules make millions of times a dispatch).
#[derive(Clone)]
pub struct Lower(compact_str::CompactString);

impl Lower {
    pub fn new() -> Lower {
        Lower(compact_str::CompactString::const_new(""))
    }

    /// The bytes: for comparisons.
    pub fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl Default for Lower {
    fn default() -> Self {
        Lower::new()
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Lower {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.bytes() == other.as_bytes()
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.bytes() == other.as_bytes()
    }
}

impl From<&str> for Lower {
    fn from(s: &str) -> Lower {
        Lower(compact_str::CompactString::new(s))
    }
}

/// A word's lower-cased letters as they are read: one buffer for the whole line, emptied for
/// each word, so that its capacity is allocated once and its text is read back without a UTF-8
/// check (pushing onto the inline string itself checked its capacity and representation at
/// every character, and a fixed array needed checking whenever read). The word becomes a
/// [`Lower`] once, when it is whole.
struct WordBuf<'b>(&'b mut String);

impl WordBuf<'_> {
    #[inline]
    fn push(&mut self, c: char) {
        self.0.push(c);
    }

    #[inline]
    fn as_str(&self) -> &str {
        self.0
    }

    #[inline]
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[derive(Debug, Clone)]
pub struct Tok {
    pub kind: Kind,
    /// Byte offsets in the block.
    pub start: usize,
    pub end: usize,
    /// Lower-cased, apostrophes as `'`; a punctuation mark as itself; empty for a quotation.
    pub lower: Lower,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Two letters or more, all upper-case ("OTAN", "AFP").
    pub acronym: bool,
    /// Can be part of a name (set by the names module): capitalised, not a function word.
    pub name_word: bool,
    /// A title word that opens no name ("Premier", "Urgentiste").
    pub title: bool,
    /// What the lexicon knows of the word (`LEX_` bits), set once right after tokenizing
    /// instead of by each rule that asks it of every word.
    pub lex: u8,
}

/// The register of bodies has something to read at the word (set by `bodies::mark_words`
/// right after tokenizing).
pub const LEX_FACT: u8 = 1;
/// A speech verb, once an inverted pronoun is taken off ("a-t-il" is not one, "déclare-t-il"
/// is): set by `bodies::mark_words`.
pub const LEX_SPEECH: u8 = 2;
/// A capitalised word's or an acronym's bits below were worked out (by `bodies::mark_words`);
/// a rule asks the lexicon itself of a word without it.
pub const LEX_CAPITAL: u8 = 4;
/// The word may open a newspaper's name (`bodies::may_open_press`).
pub const LEX_PRESS: u8 = 8;
/// Capitalised, the word can be part of a name (`names::may_name`).
pub const LEX_NAME: u8 = 16;
/// Capitalised, the word is a title's (`names::is_title_word`).
pub const LEX_TITLE: u8 = 32;

impl Tok {
    pub fn is(&self, w: &str) -> bool {
        matches!(self.kind, Kind::Word) && self.lower.bytes() == w.as_bytes()
    }

    /// Inlined where it is asked (over a constant `chars`, mostly of one or a few ASCII marks),
    /// its rarer case of a mark of several bytes apart.
    #[inline(always)]
    pub fn is_punct(&self, chars: &str) -> bool {
        // A punctuation token is one character: its bytes are found in `chars` as they are.
        matches!(self.kind, Kind::Punct) && {
            let b = self.lower.bytes();
            match b {
                // An ASCII mark, as most are: a byte of `chars` below 128 is a character.
                [one] => chars.bytes().any(|c| c == *one),
                _ => wide_punct_in(b, chars),
            }
        }
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }

    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            Kind::Quote(i) => Some(i),
            _ => None,
        }
    }

    /// A capitalised word (not an acronym).
    pub fn is_capitalised(&self) -> bool {
        matches!(self.kind, Kind::Word) && self.cap && !self.acronym
    }
}

/// Whether the mark of several bytes `b` is one of the characters of `chars` (see
/// [`Tok::is_punct`]).
#[inline(never)]
fn wide_punct_in(b: &[u8], chars: &str) -> bool {
    chars
        .char_indices()
        .any(|(i, c)| chars.as_bytes()[i..i + c.len_utf8()] == *b)
}

/// One sentence of a paragraph: its tokens are `toks[range]`, their offsets in `block`.
#[derive(Clone, Copy)]
pub struct Sentence<'a> {
    pub block: &'a str,
    pub toks: &'a [Tok],
    pub range: &'a Range<usize>,
}

/// Words that end with an elided vowel: "l'", "qu'", "jusqu'".
const ELISIONS: [&str; 14] = [
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Where a line is read, character by character: an ASCII byte is a character without
/// decoding (a peekable `CharIndices` decoded each character and kept it aside, most of the
/// tokenizer's cost).
struct Cursor<'t> {
    text: &'t str,
    pos: usize,
}

impl Cursor<'_> {
    /// The character at the cursor and its byte offset in the line.
    #[inline]
    fn peek(&self) -> Option<(usize, char)> {
        let b = *self.text.as_bytes().get(self.pos)?;
        if b < 0x80 {
            Some((self.pos, char::from(b)))
        } else {
            self.text[self.pos..].chars().next().map(|c| (self.pos, c))
        }
    }

    /// Steps past the character at the cursor.
    #[inline]
    fn step(&mut self) {
        if let Some((_, c)) = self.peek() {
            self.pos += c.len_utf8();
        }
    }
}

/// Splits `block[line]` into tokens. `quotes` are `(span index, start, end)` byte ranges of the
/// quotations on this line, in order.
pub fn tokenize(block: &str, line: Range<usize>, quotes: &[(usize, usize, usize)]) -> Vec<Tok> {
    tokenize_with(block, line, quotes, true)
}

/// [`tokenize`], with the plain words and ASCII marks read from their bytes (`fast`) or as any
/// other word (the tests compare the two).
#[inline]
fn tokenize_with(
    block: &str,
    line: Range<usize>,
    quotes: &[(usize, usize, usize)],
    fast: bool,
) -> Vec<Tok> {
    let text = &block[line.clone()];
    let mut out = Vec::with_capacity(text.len() / 5 + 4);
    let mut q = quotes.iter().peekable();
    let mut iter = Cursor { text, pos: 0 };
    let mut buf = String::with_capacity(64);
    let bytes = text.as_bytes();
    while iter.pos < bytes.len() {
        let at = line.start + iter.pos;
        if let Some(&&(idx, start, end)) = q.peek() {
            if at >= start {
                q.next();
                out.push(Tok {
                    kind: Kind::Quote(idx),
                    start,
                    end,
                    lower: Lower::new(),
                    cap: false,
                    acronym: false,
                    name_word: false,
                    title: false,
                    lex: 0,
                });
                // Past the quotation at once (its characters are not read): the first
                // character boundary at or after its end, or the line's end.
                let to = end.saturating_sub(line.start).min(text.len());
                if to > iter.pos {
                    iter.pos = to;
                    while !text.is_char_boundary(iter.pos) {
                        iter.pos += 1;
                    }
                }
                continue;
            }
        }
        // Most of a line: a space, a plain word, an ASCII mark, each read from its bytes.
        let b = bytes[iter.pos];
        if matches!(b, b' ' | b'\t'..=b'\r') {
            iter.pos += 1;
            continue;
        }
        if let Some((end, tok)) = plain_word(text, line.start, iter.pos, &mut buf).filter(|_| fast)
        {
            out.push(tok);
            iter.pos = end;
            continue;
        }
        if fast && b.is_ascii() && !b.is_ascii_alphanumeric() {
            // Not a letter: no initial and no word opens at it.
            let i = iter.pos;
            iter.pos += 1;
            out.push(Tok {
                kind: Kind::Punct,
                start: at,
                end: at + 1,
                lower: Lower::from(&text[i..i + 1]),
                cap: false,
                acronym: false,
                name_word: false,
                title: false,
                lex: 0,
            });
            continue;
        }
        let Some((i, c)) = iter.peek() else {
            break;
        };
        if c.is_whitespace() {
            iter.step();
            continue;
        }
        if let Some(end) = initials_end(text, i) {
            // "J.D. Vance", "George W. Bush": initials are one word of the name they open.
            let word = Lower::from(text[i..end].to_lowercase().as_str());
            let mut tok = word_tok(text, line.start, i, end, word);
            tok.acronym = false;
            out.push(tok);
            while iter.peek().is_some_and(|(j, _)| j < end) {
                iter.step();
            }
            continue;
        }
        if c.is_alphanumeric() {
            let (word, end) = read_word(text, &mut iter, &mut buf);
            // "assure t-il", "a t-elle": an inversion whose first hyphen was dropped is the
            // verb's, as "assure-t-il" is; so is one whose hyphen stands apart ("a - t-il").
            let inversion = matches!(word.as_str(), "t-il" | "t-elle" | "t-on");
            let n = out.len();
            if inversion
                && n >= 2
                && out[n - 1].is_punct("-")
                && out[n - 1].start > out[n - 2].end
                && out[n - 2].kind == Kind::Word
            {
                out.pop();
            }
            if let Some(verb) = out
                .last_mut()
                .filter(|t| inversion && t.kind == Kind::Word && !t.lower.contains('-'))
            {
                verb.lower =
                    Lower::from(format!("{}-{}", verb.lower.as_str(), word.as_str()).as_str());
                verb.end = line.start + end;
                continue;
            }
            out.push(word_tok(text, line.start, i, end, word));
            continue;
        }
        iter.step();
        out.push(Tok {
            kind: Kind::Punct,
            start: at,
            end: at + c.len_utf8(),
            lower: Lower::from(&text[i..i + c.len_utf8()]),
            cap: false,
            acronym: false,
            name_word: false,
            title: false,
            lex: 0,
        });
    }
    out
}

/// The word opening at byte `i` of `text` and where it ends, when it is plain: ASCII letters
/// and digits and the accented letters of Latin-1 ("é", "À"), ending at the line's end, a space
/// or an ASCII mark other than a hyphen or an apostrophe, with no ASCII capital from its fourth
/// byte on (which may open a glued article) and not a single letter before a full stop (which
/// may be an initial). Such a word is read as [`read_word`] and [`word_tok`] read it, from its
/// bytes; any other is left to them (`None`).
#[inline]
fn plain_word(text: &str, offset: usize, i: usize, buf: &mut String) -> Option<(usize, Tok)> {
    let bytes = text.as_bytes();
    let mut j = i;
    let (mut letters, mut capitals) = (0usize, 0usize);
    let mut latin_capital = false;
    while let Some(&b) = bytes.get(j) {
        if b.is_ascii_lowercase() {
            letters += 1;
            j += 1;
        } else if b.is_ascii_digit() {
            j += 1;
        } else if b.is_ascii_uppercase() {
            if j >= i + 3 {
                return None;
            }
            letters += 1;
            capitals += 1;
            j += 1;
        } else if b == 0xC3 {
            // U+00C0..U+00FF: letters but for "×" and "÷"; capitals up to "Þ" but for "×".
            let c = *bytes.get(j + 1)?;
            if c == 0x97 || c == 0xB7 {
                break;
            }
            letters += 1;
            if c <= 0x9E {
                capitals += 1;
                latin_capital = true;
            }
            j += 2;
        } else if b == b'-' || b == b'\'' || !b.is_ascii() {
            return None;
        } else {
            break;
        }
    }
    let first_len = if bytes[i] == 0xC3 { 2 } else { 1 };
    if j == i || j == i + first_len && bytes.get(j) == Some(&b'.') {
        return None;
    }
    let surface = &text[i..j];
    let lower = if capitals == 0 {
        Lower::from(surface)
    } else {
        buf.clear();
        if latin_capital {
            for c in surface.chars() {
                buf.extend(c.to_lowercase());
            }
        } else {
            buf.push_str(surface);
            buf.make_ascii_lowercase();
        }
        Lower::from(buf.as_str())
    };
    let cap = bytes[i].is_ascii_uppercase() || bytes[i] == 0xC3 && bytes[i + 1] <= 0x9E;
    Some((
        j,
        Tok {
            kind: Kind::Word,
            start: offset + i,
            end: offset + j,
            lower,
            cap,
            acronym: cap && letters >= 2 && capitals == letters,
            name_word: false,
            title: false,
            lex: 0,
        },
    ))
}

/// Where the initials opening at byte `i` of `text` end, full stops included, when a
/// capitalised word of two letters or more follows them after a space: "J.D. Vance", "J. K.
/// Rowling", "George W. Bush" (not "le plan B. Les élus", whose article is not a name).
fn initials_end(text: &str, i: usize) -> Option<usize> {
    let mut end = i;
    let mut rest = &text[i..];
    loop {
        let mut chars = rest.chars();
        let (Some(letter), Some('.')) = (chars.next(), chars.next()) else {
            break;
        };
        let after = chars.next();
        // "J.D.": another initial may follow at once; a lower-case letter or a digit may not.
        if !letter.is_uppercase() || after.is_some_and(|c| c.is_alphanumeric() && !c.is_uppercase())
        {
            break;
        }
        end += letter.len_utf8() + 1;
        rest = &text[end..];
        // "J. K. Rowling": a space between two initials.
        let spaced = rest.trim_start_matches([' ', '\u{a0}']);
        let mut next = spaced.chars();
        if spaced.len() < rest.len()
            && next.next().is_some_and(char::is_uppercase)
            && next.next() == Some('.')
        {
            end += rest.len() - spaced.len();
            rest = spaced;
        }
    }
    // "M. Lavrov": the honorific, not an initial; "Q." and "R." opening an interview's lines:
    // the question and the answer.
    let single = end == i + 2;
    if end == i || &text[i..end] == "M." || single && text[..i].trim().is_empty() {
        return None;
    }
    let word = rest.strip_prefix([' ', '\u{a0}'])?;
    let first: String = word.chars().take_while(|c| c.is_alphabetic()).collect();
    let function = super::lexicon::is_function_word(&first.to_lowercase());
    (first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().count() >= 2
        && !function)
        .then_some(end)
}

/// The bytes of lower-case ASCII letters and digits, by value: one load per byte of a word.
static LOWER_OR_DIGIT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_lowercase() || (b as u8).is_ascii_digit();
        b += 1;
    }
    table
};

/// Reads the word starting at the iterator's position: letters and digits, with inner hyphens
/// and apostrophes, an elision ("l'", "qu'") ending it. Its lower-cased form and where it ends.
#[inline]
fn read_word(text: &str, iter: &mut Cursor, buf: &mut String) -> (Lower, usize) {
    let mut end = iter.peek().map_or(0, |(i, _)| i);
    buf.clear();
    let mut word = WordBuf(buf);
    let start = end;
    let bytes = text.as_bytes();
    loop {
        // A run of lower-case ASCII letters and digits, most of a word: each is its own
        // lower-case form and opens no glued article, so the run is copied at once.
        let run = bytes[iter.pos..]
            .iter()
            .position(|&b| !LOWER_OR_DIGIT[usize::from(b)])
            .unwrap_or(bytes.len() - iter.pos);
        if run > 0 {
            word.0.push_str(&text[iter.pos..iter.pos + run]);
            iter.pos += run;
            end = iter.pos;
        }
        let Some((j, ch)) = iter.peek() else {
            break;
        };
        if ch.is_alphanumeric() {
            // "PlusLe président …": an article glued to the word before it by a page's
            // layout opens a word of its own.
            if ch.is_uppercase() && j >= start + 3 && glued_article(&text[start..j], &text[j..]) {
                break;
            }
            if ch.is_ascii() {
                word.push(ch.to_ascii_lowercase());
            } else {
                for l in ch.to_lowercase() {
                    word.push(l);
                }
            }
            end = j + ch.len_utf8();
            iter.step();
        } else if (ch == '-' || is_apostrophe(ch)) && !word.is_empty() {
            let next = text[j + ch.len_utf8()..].chars().next();
            // "d'après" is one word: the preposition "selon" means.
            let apres = word.as_str() == "d" && {
                let rest = &text[j + ch.len_utf8()..];
                let mut chars = rest.chars();
                let head: String = chars
                    .by_ref()
                    .take(5)
                    .flat_map(char::to_lowercase)
                    .collect();
                head == "après" && !chars.next().is_some_and(char::is_alphanumeric)
            };
            if is_apostrophe(ch) && ELISIONS.contains(&word.as_str()) && !apres {
                word.push('\'');
                end = j + ch.len_utf8();
                iter.step();
                break;
            }
            if next.is_some_and(char::is_alphanumeric) {
                word.push(if ch == '-' { '-' } else { '\'' });
                iter.step();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    (Lower::from(word.as_str()), end)
}

/// Whether `rest` opens with a capitalised article ending there ("Le président") and `before`
/// is a word of lower-case letters after its first: the two were glued together ("PlusLe"),
/// which no name is ("DeSantis", "McCarthy" are not followed by an article).
fn glued_article(before: &str, rest: &str) -> bool {
    let letters: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let article = matches!(
        letters.as_str(),
        "Le" | "La" | "Les" | "Un" | "Une" | "Des" | "Du"
    );
    article && before.chars().skip(1).all(|c| c.is_lowercase()) && before.chars().count() >= 3
}

/// The token of the word `start..end` of a line starting at byte `offset` of its block.
#[inline]
fn word_tok(text: &str, offset: usize, start: usize, end: usize, word: Lower) -> Tok {
    let surface = &text[start..end];
    // "al-Chareh", "el-Sissi", "ben-Gvir": a name after an Arabic or Hebrew article joined by
    // a hyphen is capitalised as a whole, as the press writes it in a name ("Ahmad al-Chareh").
    // Every such article opens with "a", "e", "b" or "i": most words need no looking for a
    // hyphen.
    let cap = surface.chars().next().is_some_and(char::is_uppercase)
        || matches!(surface.as_bytes().first(), Some(b'a' | b'e' | b'b' | b'i'))
            && surface.split_once('-').is_some_and(|(article, rest)| {
                matches!(
                    article,
                    "al" | "el" | "ad" | "ach" | "as" | "ech" | "ben" | "ibn" | "abou"
                ) && rest.chars().next().is_some_and(char::is_uppercase)
            });
    let all_capitals = |w: &str| {
        let mut letters = w.chars().filter(|c| c.is_alphabetic());
        letters.clone().nth(1).is_some() && letters.all(char::is_uppercase)
    };
    // "UFAS-SNa", "CGT-Pénitentiaire": a body's name made of an acronym and another part is
    // one too.
    let acronym = cap
        && (all_capitals(surface)
            || surface
                .split_once('-')
                .is_some_and(|(first, rest)| all_capitals(first) && !rest.is_empty()));
    Tok {
        kind: Kind::Word,
        start: offset + start,
        end: offset + end,
        lower: word,
        cap,
        acronym,
        name_word: false,
        title: false,
        lex: 0,
    }
}

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
        // The rule of `text::sentences`, on tokens: a quotation is one token. Only a final
        // mark or a quotation can end a sentence: the next token is looked at after those.
        let opens_sentence = || {
            next.cap || next.quote().is_some() || next.lower.starts_with(sentences::opens_sentence)
        };
        let ends = match t.kind {
            Kind::Word => false,
            Kind::Punct if t.lower.starts_with(sentences::is_final) => {
                let opens_sentence = opens_sentence();
                let abbreviation = t.lower == "."
                    && i > 0
                    && toks[i - 1].is_word()
                    && sentences::is_abbreviation(
                        &toks[i - 1].lower,
                        toks[i - 1].cap,
                        if i > 1 {
                            toks[i - 2].lower.as_str()
                        } else {
                            ""
                        },
                    );
                // "1.254 salariés": a period between digits, with no space, groups thousands.
                let thousands = t.lower == "."
                    && i > 0
                    && toks[i - 1].end == t.start
                    && next.start == t.end
                    && toks[i - 1].lower.ends_with(|c: char| c.is_ascii_digit())
                    && next.lower.starts_with(|c: char| c.is_ascii_digit());
                opens_sentence && !abbreviation && !thousands
            }
            // «…» Elle a appelé … : a pronoun or an article opens a new sentence even after a
            // quotation without final punctuation.
            Kind::Quote(q) => {
                opens_sentence()
                    && (quote_ends_sentence(q)
                        || next.cap
                            && matches!(
                                next.lower.as_str(),
                                "il" | "elle"
                                    | "ils"
                                    | "elles"
                                    | "on"
                                    | "le"
                                    | "la"
                                    | "les"
                                    | "l'"
                                    | "un"
                                    | "une"
                            ))
            }
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
            .map(|t| t.lower.as_str().to_owned())
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
        assert_eq!(words("assure t-il"), ["assure-t-il"]);
        assert_eq!(words("a - t-il"), ["a-t-il"]);
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

    /// The same tokens, field by field, whether plain words are read from their bytes or not.
    fn same_either_way(text: &str) {
        let show = |fast| {
            tokenize_with(text, 0..text.len(), &[], fast)
                .iter()
                .map(|t| format!("{t:?}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(show(true), show(false), "{text}");
    }

    #[test]
    fn plain_words_read_from_bytes_as_any_word() {
        for text in [
            "J.D. Vance et George W. Bush, J. K. Rowling ; M. Lavrov. Q. R. A.",
            "PlusLe président, DeSantis, McCarthy, ÉTAT, État, OTAN-Sud, UFAS-SNa",
            "l’Ukraine, aujourd'hui d'après X, qu'il s'est a-t-il a - t-il assure t-il",
            "Ahmad al-Chareh, el-Sissi, ben-Gvir, 1.254 salariés, 10h45 - 9h05 : 14:30 –",
            "× ÷ ÀÉÎÕÜ àéîõüÿ ßÞþ Œuvre œuvre naïve ÇA çà\u{a0}x\u{202f}y\u{b}z\x0c",
            "Ab.Cd. A.B. É. é. 3. x.y. ABC. AbcDef abCDe À.B. Éric Dupont-Aignan",
        ] {
            same_either_way(text);
        }
        let dirs = [
            "corpus",
            "tests/gold/dispatches",
            "tests/gold/dev/dispatches",
        ];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut lines = 0;
        for dir in dirs {
            for entry in walkdir::WalkDir::new(root.join(dir)) {
                let entry = entry.unwrap();
                if !entry.file_type().is_file() {
                    continue;
                }
                let Ok(text) = std::fs::read_to_string(entry.path()) else {
                    continue;
                };
                for line in text.lines() {
                    same_either_way(line);
                    lines += 1;
                }
            }
        }
        assert!(lines > 1000, "{lines} lines");
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let text = "Selon M. Peskov, rien. Puis autre chose.";
        let toks = tokenize(text, 0..text.len(), &[]);
        assert_eq!(sentences(&toks, |_| false).len(), 2);
    }

    #[test]
    fn extraction_and_passages_agree_on_where_sentences_begin() {
        // Lines of the bundled corpus without quotation marks (a quotation is one token for
        // extraction, and the marks around it are not tokens): the same sentences either way.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut lines = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text
                .lines()
                .filter(|l| !l.contains(['«', '»', '"', '“', '”']))
            {
                let toks = tokenize(line, 0..line.len(), &[]);
                let by_tokens: Vec<usize> = sentences(&toks, |_| false)
                    .iter()
                    .skip(1)
                    .map(|r| toks[r.start].start)
                    .collect();
                assert_eq!(
                    by_tokens,
                    crate::text::sentences::sentence_starts(line),
                    "{line}"
                );
                lines += 1;
            }
        }
        assert!(lines > 100, "{lines} lines");
    }
}
